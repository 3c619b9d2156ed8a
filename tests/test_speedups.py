"""The C token memo (``translit._speedups.TokenMemo``) does what the dict memo does.

``TokenMemo.join(text, extra)`` must equal ``" ".join(table[t] for t in text.split(" "))`` for
any text and table, whatever the width (1, 2 or 4 bytes per character) of the strings involved,
and hand the unknown tokens back instead of guessing. The module is optional (built only where
a C compiler is found): the ``speedups`` fixture (tests/conftest.py) gives the engine's own
module, or compiles one for this run, or skips saying there is no compiler. Which memo the
engine used is printed in the test header.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import threading
import zipfile
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT, build_speedups
from hypothesis import given, settings
from hypothesis import strategies as st


def _expected(text: str, table: dict[str, str]) -> str:
    return " ".join(table[t] for t in text.split(" "))


def test_join_and_unknown_tokens(speedups: Any) -> None:
    TokenMemo = speedups.TokenMemo
    m = TokenMemo()
    m.update({"щука": "shchuka", "": "", "a": "A"})
    assert m.join("щука a щука") == "shchuka A shchuka"
    assert m.join("") == ""
    assert m.join("  a ") == "  A "
    # unknown tokens come back once each, in order of first appearance; nothing is guessed
    assert m.join("ёж a ёж Ёж щука") == ["ёж", "Ёж"]
    assert m.join("ёж a Ёж", {"ёж": "yëzh", "Ёж": "Yëzh"}) == "yëzh A Yëzh"
    # a token in neither table comes back too (only the ones `extra` lacks)
    assert m.join("ёж a Ёж", {"ёж": "yëzh"}) == ["Ёж"]
    assert len(m) == 3
    assert sorted(m.keys()) == sorted(m) == ["", "a", "щука"]
    assert m.get("щука") == "shchuka"
    assert m.get("nope") is None
    assert m.get("nope", "d") == "d"
    assert m.get(5, "d") == "d"
    m.clear()
    assert len(m) == 0
    assert m.join("a") == ["a"]


def test_widths_mix(speedups: Any) -> None:
    TokenMemo = speedups.TokenMemo
    # keys stored as ASCII/Latin-1 strings are found inside wider texts, and outputs of every
    # width are joined into one correct string
    m = TokenMemo()
    table = {"a": "a", "é": "ɛ", "щ": "shch", "🙂": "🙂", "x\ud800": "lone surrogate kept"}
    m.update(table)
    for text in ["a é", "a щ", "щ 🙂 a é", "x\ud800 a", "🙂"]:
        # (str equality also compares the width, so a result in a wider form than needed fails)
        assert m.join(text) == _expected(text, table)


def test_grows_and_replaces(speedups: Any) -> None:
    TokenMemo = speedups.TokenMemo
    m = TokenMemo()
    table = {f"слово{i}": f"slovo{i}" for i in range(5000)}
    m.update(table)
    assert len(m) == 5000
    text = " ".join(table)
    assert m.join(text) == _expected(text, table)
    m.update({"слово7": "other"})
    assert len(m) == 5000
    assert m.get("слово7") == "other"


def test_rejects_wrong_types(speedups: Any) -> None:
    TokenMemo = speedups.TokenMemo
    m = TokenMemo()
    with pytest.raises(TypeError):
        m.update({"a": 1})
    with pytest.raises(TypeError):
        m.update([("a", "b")])
    with pytest.raises(TypeError):
        m.update(type("D", (dict,), {})(a="b"))  # only an exact dict
    with pytest.raises(TypeError):
        m.update({type("S", (str,), {})("a"): "b"})  # only exact str keys
    with pytest.raises(TypeError):
        m.join(type("S", (str,), {})("a"))
    with pytest.raises(TypeError):
        m.join("a", type("D", (dict,), {})(a="b"))
    with pytest.raises(TypeError):
        m.trim("1")
    with pytest.raises(ValueError):
        m.trim(-1)
    with pytest.raises(TypeError):
        m.join("a", {"a": "b"}, None)
    assert len(m) == 0  # a refused update adds nothing
    with pytest.raises(TypeError):
        m.join(b"a")
    with pytest.raises(TypeError):
        m.join("a", {"a": 1})
    with pytest.raises(TypeError):
        TokenMemo(1)


def test_shared_between_threads(speedups: Any) -> None:
    TokenMemo = speedups.TokenMemo
    m = TokenMemo()
    table = {f"т{i}": f"t{i}" for i in range(300)}
    text = " ".join(table)
    errors: list[BaseException] = []

    def work() -> None:
        try:
            for _ in range(200):
                out = m.join(text)
                if out.__class__ is not str:
                    m.update({t: table[t] for t in out})
                    if len(m) > 200:
                        m.clear()
                    out = m.join(text, table)
                assert out == _expected(text, table)
        except BaseException as exc:  # reported below, in the main thread
            errors.append(exc)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors


_CHARS = st.sampled_from(["a", "é", "щ", "Щ", "ʹ", "🙂", "\x00", "\ud800", " ", " ", "  "])
_TOKENS = st.lists(_CHARS.filter(lambda c: " " not in c), max_size=4).map("".join)


# fewer examples in the sanitizer's run (about 10x slower)
@settings(max_examples=40 if os.environ.get("TRANSLIT_SPEEDUPS_SO") else 300, deadline=None)
@given(
    st.lists(_TOKENS, min_size=1, max_size=12),
    st.dictionaries(_TOKENS, st.text(max_size=5), max_size=20),
    st.data(),
)
def test_join_equals_split_lookup_join(
    speedups: Any, tokens: list[str], outputs: dict[str, str], data: st.DataObject
) -> None:
    TokenMemo = speedups.TokenMemo
    text = " ".join(tokens)
    table = {t: outputs.get(t, t.upper() + "·") for t in tokens}
    # some outputs in the memo, the others in `extra`
    in_memo = data.draw(st.sets(st.sampled_from(sorted(table))), label="in_memo")
    m = TokenMemo()
    m.update({t: o for t, o in table.items() if t in in_memo})
    first = m.join(text)
    unknown = [t for t in dict.fromkeys(text.split(" ")) if t not in in_memo]
    if unknown:
        assert first == unknown
    else:
        assert first == _expected(text, table)
    extra = {t: o for t, o in table.items() if t not in in_memo}
    assert m.join(text, extra) == _expected(text, table)


def test_a_str_subclass_cannot_run_code_while_join_reads(speedups: Any) -> None:
    # a key whose __eq__ empties the memo used to make join() read freed outputs; such a key
    # is now refused before any look-up, and the memo's outputs stay valid
    TokenMemo = speedups.TokenMemo
    m = TokenMemo()
    m.update({"a": "A" * 50, "b": "B" * 50})

    class Evil(str):
        __hash__ = str.__hash__

        def __eq__(self, other: object) -> bool:
            m.clear()
            return str.__eq__(self, other)

    with pytest.raises(TypeError, match="str"):
        m.join("a b c a", {Evil("c"): "C"})
    assert m.join("a b a", {"c": "C"}) == " ".join(["A" * 50, "B" * 50, "A" * 50])


def test_trim_keeps_the_newest_entries(speedups: Any) -> None:
    TokenMemo = speedups.TokenMemo
    m = TokenMemo()
    for k in range(3000):
        m.update({f"т{k}": f"t{k}"})
    m.update({"т5": "five"})  # a new value, not a new entry: its place in the order stays
    m.trim(1000)
    assert len(m) == 1000
    assert sorted(m) == sorted(f"т{k}" for k in range(2000, 3000))
    assert m.join("т2999 т2000") == "t2999 t2000"
    assert m.join("т1999") == ["т1999"]
    m.trim(5000)  # more than it holds: nothing goes
    assert len(m) == 1000
    m.trim(0)
    assert len(m) == 0
    m.update({"x": "y"})
    assert m.join("x") == "y"


def test_c_tests_pass_under_address_sanitizer(tmp_path: Path) -> None:
    # the C tests of this file once more, on a copy built with -fsanitize=address (no leak
    # check: CPython keeps objects alive until exit by design)
    try:
        so = build_speedups(tmp_path, "-fsanitize=address", "-fno-omit-frame-pointer", "-g", "-O1")
    except RuntimeError as exc:
        pytest.skip(str(exc))
    libasan = subprocess.run(
        [os.environ.get("CC", "cc"), "-print-file-name=libasan.so"],
        capture_output=True,
        text=True,
        check=False,
    ).stdout.strip()
    if not os.path.isabs(libasan):
        pytest.skip("the C compiler has no AddressSanitizer runtime (libasan)")
    env = {
        **os.environ,
        "LD_PRELOAD": libasan,
        "ASAN_OPTIONS": "detect_leaks=0",
        "TRANSLIT_SPEEDUPS_SO": str(so),
        "PYTHONMALLOC": "malloc",  # so the sanitizer sees every allocation
    }
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "-k",
            "not sanitizer and not compiler",
            str(Path(__file__)),
        ],
        capture_output=True,
        text=True,
        check=False,
        env=env,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    assert "ERROR: AddressSanitizer" not in done.stderr


def test_install_without_a_compiler_gives_the_pure_python_engine(tmp_path: Path) -> None:
    # CC=/bin/false: the optional extension fails to build, the wheel still builds (no network:
    # --no-index, no build isolation), and the installed package romanises in pure Python
    src = tmp_path / "src"
    for part in ["translit", "src", "glossaries"]:
        shutil.copytree(
            ROOT / part, src / part, ignore=shutil.ignore_patterns("*.so", "__pycache__")
        )
    for part in ["pyproject.toml", "README.md", "LICENSE"]:
        shutil.copy(ROOT / part, src / part)
    env = {**os.environ, "CC": "/bin/false", "PIP_NO_INDEX": "1"}

    def pip(*args: str) -> None:
        done = subprocess.run(
            [sys.executable, "-m", "pip", "-q", "--disable-pip-version-check", *args],
            capture_output=True,
            text=True,
            check=False,
            env=env,
            cwd=tmp_path,
        )
        assert done.returncode == 0, done.stderr[-3000:]

    pip("wheel", "--no-deps", "--no-build-isolation", "-w", str(tmp_path / "w"), str(src))
    wheel = next((tmp_path / "w").glob("*.whl"))
    assert not any("_speedups" in n for n in zipfile.ZipFile(wheel).namelist())
    pip("install", "--no-deps", "--target", str(tmp_path / "t"), str(wheel))
    probe = "import translit, translit.engine as e; print(e.BACKEND, translit.romanize('Щука ЁЖ'))"
    done = subprocess.run(
        [
            sys.executable,
            "-I",
            "-S",  # no site-packages: the test venv's own translit (with its C module) stays out
            "-c",
            f"import sys; sys.path.insert(0, {str(tmp_path / 't')!r}); {probe}",
        ],
        capture_output=True,
        text=True,
        check=False,
        cwd=tmp_path,
    )
    assert done.stdout.split() == ["python", "Shchuka", "YËZH"], done.stderr[-2000:]


def test_the_installed_module_is_found_from_the_source_tree(speedups: Any, tmp_path: Path) -> None:
    # pytest runs from the repository root, where the source translit/ shadows the installed
    # package: the engine loads the installed package's compiled translit/_speedups instead
    site = tmp_path / "site"
    (site / "translit").mkdir(parents=True)
    shutil.copy(speedups.__file__, site / "translit" / Path(speedups.__file__).name)
    probe = "import translit.engine as e, translit; print(e.BACKEND, translit.romanize('Щука ЁЖ'))"
    env = {**os.environ, "PYTHONPATH": f"{ROOT}{os.pathsep}{site}"}
    env.pop("TRANSLIT_PURE_PYTHON", None)
    done = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        check=False,
        env=env,
        cwd=ROOT,
    )
    assert done.stdout.split() == ["native", "Shchuka", "YËZH"], done.stderr[-2000:]
