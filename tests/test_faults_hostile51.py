"""hostile51: a thirteenth attacker's round: the kept copies (``_datafiles.kept_copy``: a
scheme's compiled tables, the format kinds, the shipped glossaries) when the package changes
under a running process.

A process that imported translit and then saw the package upgraded (``pip install -U`` beside
a Jupyter kernel or a Dask worker, ``git pull`` in a checkout) still runs its old code, but
took the package stamp (:func:`translit._datafiles.code_stamp`) from the new files on its first
kept copy: it kept its old tables under the new stamp, and every later process of the new code
read them as current (a different output for good), or it read the new code's copies into its
old code (tables of another layout)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from translit import _datafiles as datafiles

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def package(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """A package folder of one module, copies kept under a pycache prefix, the package stamp
    not yet taken (as in a process that has kept nothing yet)."""
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    monkeypatch.setattr(sys, "pycache_prefix", str(tmp_path / "cache"))
    pkg = tmp_path / "pkg"
    pkg.mkdir()
    (pkg / "tables.py").write_text("OLD = 1\n", encoding="utf-8")
    monkeypatch.setattr(datafiles, "PACKAGE", str(pkg))
    monkeypatch.setattr(datafiles, "_CODE_STAMP", [])
    return pkg


@pytest.fixture
def data(tmp_path: Path) -> Path:
    """The file whose kept copy the tests below read and write (a scheme file's stand-in)."""
    path = tmp_path / "scheme.toml"
    path.write_text("x", encoding="utf-8")
    return path


def _started_now(monkeypatch: pytest.MonkeyPatch, later: int = 0) -> None:
    """This process's translit code as read now (or ``later`` ns from now): a new process."""
    import translit

    monkeypatch.setattr(datafiles, "_CODE_STAMP", [])
    monkeypatch.setattr(translit, "_IMPORTED_NS", time.time_ns() + later, raising=False)


def _upgraded(pkg: Path) -> None:
    """The package's module rewritten after this process imported translit."""
    module = pkg / "tables.py"
    module.write_text("NEW = 22\n", encoding="utf-8")
    later = time.time_ns() + 5_000_000_000
    os.utime(module, ns=(later, later))


def test_an_old_process_keeps_nothing_under_the_new_stamp(
    package: Path, monkeypatch: pytest.MonkeyPatch, data: Path
) -> None:
    _started_now(monkeypatch)
    _upgraded(package)  # (after this "process" started: its code is the old one)
    assert datafiles.kept_copy(str(data), lambda: ["old tables"]) == ["old tables"]
    _started_now(monkeypatch, 10_000_000_000)  # a new process, after the upgrade: new code
    assert datafiles.kept_copy(str(data), lambda: ["new tables"]) == ["new tables"]
    assert datafiles.kept_copy(str(data), lambda: ["made again"]) == ["new tables"]


def test_an_old_process_reads_no_copy_of_the_new_code(
    package: Path, monkeypatch: pytest.MonkeyPatch, data: Path
) -> None:
    _started_now(monkeypatch)
    _upgraded(package)
    _started_now(monkeypatch, 10_000_000_000)  # a new process, after the upgrade
    assert datafiles.kept_copy(str(data), lambda: ("new", "layout")) == ("new", "layout")
    _started_now(monkeypatch)  # an old process, started before the upgrade
    assert datafiles.kept_copy(str(data), lambda: ["old"]) == ["old"]


def test_a_copy_is_still_kept_and_read_when_nothing_changed(
    package: Path, monkeypatch: pytest.MonkeyPatch, data: Path
) -> None:
    _started_now(monkeypatch)
    assert datafiles.kept_copy(str(data), lambda: ["made"]) == ["made"]
    _started_now(monkeypatch)
    assert datafiles.kept_copy(str(data), lambda: ["made again"]) == ["made"]


_WAITING = """
import sys, translit.catalogue, translit.engine.romanizer
print("ready", flush=True)
sys.stdin.readline()
print(translit.get_romanizer("bgn-pcgn", "ru")("Жук"), flush=True)
"""
_ONCE = 'import translit; print(translit.get_romanizer("bgn-pcgn", "ru")("Жук"))'


def test_a_run_after_an_upgrade_under_a_running_process_romanises_as_the_new_code(
    tmp_path: Path,
) -> None:
    # the real thing: a copy of the package, a process of its old code waiting, the package's
    # compile step changed (ж written zz), the waiting process's first romaniser made then
    pkg = tmp_path / "pkg"
    shutil.copytree(
        ROOT / "translit", pkg / "translit", ignore=shutil.ignore_patterns("__pycache__")
    )
    env = {**os.environ, "PYTHONPATH": str(pkg), "XDG_CACHE_HOME": str(tmp_path / "cache")}
    env["TRANSLIT_PURE_PYTHON"] = "1"  # (the interpreter reads the letter table changed)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.pop("PYTHONPYCACHEPREFIX", None)
    old = subprocess.Popen(
        [sys.executable, "-c", _WAITING], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
        text=True, env=env, cwd=tmp_path,
    )  # fmt: skip
    assert old.stdout is not None and old.stdin is not None
    try:
        assert old.stdout.readline().strip() == "ready"
        module = pkg / "translit" / "engine" / "romanizer.py"
        source = module.read_text(encoding="utf-8")
        line = "    base, ctx, word_re, cut = compile_body(body, fallback)\n"
        assert line in source
        module.write_text(
            source.replace(line, line + '    base["ж"] = ("zz", "Zz", "ZZ")\n'), encoding="utf-8"
        )
        stat = module.stat()  # (a coarse file clock: the change said to be later)
        os.utime(module, ns=(stat.st_atime_ns, stat.st_mtime_ns + 2_000_000_000))
        out, _ = old.communicate("go\n", timeout=120)
    finally:
        if old.poll() is None:
            old.kill()
            old.wait()
    assert out.split()[-1] == "Zhuk"  # (the old code, as it was imported)
    run = [sys.executable, "-c", _ONCE]
    new = subprocess.run(
        run, capture_output=True, text=True, env=env, cwd=tmp_path, timeout=120, check=True
    )
    fresh = subprocess.run(
        run, capture_output=True, text=True, cwd=tmp_path, timeout=120, check=True,
        env={**env, "XDG_CACHE_HOME": str(tmp_path / "empty")},
    )  # fmt: skip
    assert fresh.stdout.strip() == "Zzuk"
    assert new.stdout.strip() == fresh.stdout.strip()


# -- a copy damaged on disk: its stamp is whole, a letter inside it is not ----------------------


def _flipped(copy: Path, old: bytes, new: bytes) -> None:
    """``copy`` with the first ``old`` inside it written ``new`` (one bit apart: a damaged
    sector, a bit flipped in memory on its way to the disk), its stamp left whole."""
    raw = copy.read_bytes()
    assert old in raw
    copy.write_bytes(raw.replace(old, new, 1))


def test_a_scheme_tables_copy_with_a_flipped_bit_is_made_again(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # romanize -l ru of "Жук" read "Zhuk" as "Ziuk" from a copy whose zh had one bit flipped
    from translit import catalogue
    from translit.engine import Romanizer
    from translit.engine.romanizer import compiled

    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    monkeypatch.setattr(sys, "pycache_prefix", None)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    scheme = catalogue._scheme("ru", "bgn-pcgn")
    made = compiled(scheme.body, catalogue._fallback_letters(scheme, False))
    catalogue._tables("ru", "bgn-pcgn", False)  # (kept)
    [copy] = (tmp_path / "xdg").rglob("bgn-pcgn.toml.tables-forward-*.pickle")
    _flipped(copy, b"Zh", b"Zi")  # (0x68 → 0x69)
    kept = catalogue._tables("ru", "bgn-pcgn", False)
    assert kept == made
    assert Romanizer(scheme, _tables=kept)("Жук") == "Zhuk"


def test_a_kept_copy_cut_short_or_with_a_flipped_bit_is_made_again(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    monkeypatch.setattr(sys, "pycache_prefix", str(tmp_path / "cache"))
    path = tmp_path / "a.csv"
    path.write_text("x", encoding="utf-8")
    value = {"ж": ("zh", "Zh", "ZH"), "kinds": [("text", (".txt",))]}
    assert datafiles.kept_copy(str(path), lambda: value) == value
    copy = Path(datafiles.kept_path(str(path)))
    whole = copy.read_bytes()
    _flipped(copy, b"Zh", b"Zi")
    assert datafiles.kept_copy(str(path), lambda: value) == value
    assert copy.read_bytes() == whole  # (made again and kept whole)
    _flipped(copy, b".txt", b".tyt")  # (0x78 → 0x79)
    assert datafiles.kept_copy(str(path), lambda: value) == value
    for cut in (1, 4, 5):  # (the checksum itself, or the data, cut short)
        copy.write_bytes(whole[:-cut])
        assert datafiles.kept_copy(str(path), lambda: value) == value


def test_a_parsed_toml_copy_with_a_flipped_bit_is_parsed_again(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(datafiles, "ROOT", str(tmp_path))
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    monkeypatch.setattr(sys, "pycache_prefix", None)
    (tmp_path / "a.toml").write_text('[letters]\n"ж" = "zh"\n', encoding="utf-8")
    assert datafiles.load_toml("a.toml") == {"letters": {"ж": "zh"}}
    [copy] = (tmp_path / "__pycache__").glob("a.toml.*.marshal")
    _flipped(copy, b"zh", b"zi")
    assert datafiles.load_toml("a.toml") == {"letters": {"ж": "zh"}}
