"""The data files' parsed copies (``translit._datafiles.load_toml``): the same tables as parsing
the file, never a stale or broken copy, nothing written where Python would write no bytecode."""

from __future__ import annotations

import os
import sys
import tomllib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from translit import _datafiles as datafiles

DATA = Path(datafiles.ROOT)


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A data folder of one's own, with copies written beside the files."""
    monkeypatch.setattr(datafiles, "ROOT", str(tmp_path))
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    monkeypatch.setattr(sys, "pycache_prefix", None)
    return tmp_path


def _copies(folder: Path) -> list[Path]:
    return sorted(folder.rglob("*.marshal"))


@pytest.mark.parametrize(
    "name", sorted(str(p.relative_to(DATA)) for p in DATA.rglob("*.toml")), ids=str
)
def test_every_shipped_file_reads_as_parsing_it(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Read twice (parsed, then from its copy): both equal tomllib's own reading, in order."""
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    monkeypatch.setattr(sys, "pycache_prefix", str(tmp_path))
    expected = tomllib.loads((DATA / name).read_text(encoding="utf-8"))
    first = datafiles.load_toml(*Path(name).parts)
    path = str(DATA / name)
    stamp = datafiles._stamp((DATA / name).read_bytes())
    # a current copy now: written under the prefix, or beside the file (a build's, an earlier
    # process's without a prefix)
    copy = datafiles._read_copy(datafiles._copy_path(path), stamp)
    assert (copy or datafiles._read_copy(datafiles._copy_path(path, beside=True), stamp)) == first
    second = datafiles.load_toml(*Path(name).parts)
    assert first == second == expected
    assert list(second) == list(expected)  # key order too (tables are listed in it)


def test_a_copy_is_used_while_the_file_is_unchanged(folder: Path) -> None:
    (folder / "a.toml").write_text('x = "one"\n', encoding="utf-8")
    assert datafiles.load_toml("a.toml") == {"x": "one"}
    [copy] = _copies(folder)
    assert copy.parent == folder / "__pycache__"
    made = copy.stat().st_mtime_ns
    assert datafiles.load_toml("a.toml") == {"x": "one"}
    assert copy.stat().st_mtime_ns == made  # read, not written again


def test_a_changed_file_is_parsed_again(folder: Path) -> None:
    path = folder / "a.toml"
    path.write_text('x = "one"\n', encoding="utf-8")
    datafiles.load_toml("a.toml")
    path.write_text('x = "three"\n', encoding="utf-8")  # another size
    assert datafiles.load_toml("a.toml") == {"x": "three"}
    made = path.stat().st_mtime_ns
    path.write_text('x = "four!"\n', encoding="utf-8")  # the same size, the same time
    os.utime(path, ns=(made, made))
    assert datafiles.load_toml("a.toml") == {"x": "four!"}


def test_a_copy_outlives_a_new_modification_time(folder: Path) -> None:
    """Installing a wheel gives its files the time of the install: the copies it carries are
    made from the same bytes, so they stay current."""
    path = folder / "a.toml"
    path.write_text("x = 1\n", encoding="utf-8")
    datafiles.load_toml("a.toml")
    [copy] = _copies(folder)
    made = copy.stat().st_mtime_ns
    os.utime(path, ns=(made + 10**9, made + 10**9))
    assert datafiles.load_toml("a.toml") == {"x": 1}
    assert copy.stat().st_mtime_ns == made  # read, not written again


def test_the_build_writes_every_copy_whatever_the_settings(
    folder: Path, tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``write_copies`` (setup.py's build step) writes beside the files under
    PYTHONDONTWRITEBYTECODE; a process with a PYTHONPYCACHEPREFIX reads them there."""
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    (folder / "a.toml").write_text("x = 1\n", encoding="utf-8")
    (folder / "sub").mkdir()
    (folder / "sub" / "b.toml").write_text("y = [2]\n", encoding="utf-8")
    assert datafiles.write_copies(str(folder)) == 2
    assert [p.parent.name for p in _copies(folder)] == ["__pycache__", "__pycache__"]
    monkeypatch.setattr(sys, "pycache_prefix", str(tmp_path_factory.mktemp("prefix")))
    import tomllib

    monkeypatch.setattr(tomllib, "loads", None)  # never parsed: read from the copies
    assert datafiles.load_toml("sub", "b.toml") == {"y": [2]}


@pytest.mark.parametrize(
    "blob", [b"", b"\x00", b"not marshal at all", b"\xe9" * 40, None], ids=repr
)
def test_a_broken_copy_is_parsed_again_and_replaced(folder: Path, blob: bytes | None) -> None:
    """Truncated, garbage, or another object under the right stamp: parsed, then rewritten."""
    import marshal

    path = folder / "a.toml"
    path.write_text("x = 1\n", encoding="utf-8")
    datafiles.load_toml("a.toml")
    [copy] = _copies(folder)
    if blob is None:  # the right stamp, the wrong kind of table
        stamp = marshal.loads(copy.read_bytes())[0]
        blob = marshal.dumps((stamp, ["x", 1]))
    copy.write_bytes(blob)
    assert datafiles.load_toml("a.toml") == {"x": 1}
    assert datafiles._read_copy(str(copy), marshal.loads(copy.read_bytes())[0]) == {"x": 1}


def test_no_copy_without_bytecode_writing(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    (folder / "a.toml").write_text("x = 1\n", encoding="utf-8")
    assert datafiles.load_toml("a.toml") == {"x": 1}
    assert _copies(folder) == [] and not (folder / "__pycache__").exists()


def test_the_pycache_prefix_holds_the_copies(
    folder: Path, tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    prefix = tmp_path_factory.mktemp("prefix")
    monkeypatch.setattr(sys, "pycache_prefix", str(prefix))
    (folder / "a.toml").write_text("x = 1\n", encoding="utf-8")
    datafiles.load_toml("a.toml")
    assert _copies(folder) == []
    [copy] = _copies(prefix)
    assert str(folder).lstrip(os.sep) in str(copy)


def test_a_copy_that_cannot_be_written_is_no_error(folder: Path) -> None:
    """``__pycache__`` taken by a file (or any other OSError): parsed, nothing left behind."""
    (folder / "__pycache__").write_text("in the way", encoding="utf-8")
    (folder / "a.toml").write_text("x = 1\n", encoding="utf-8")
    assert datafiles.load_toml("a.toml") == {"x": 1}
    assert sorted(p.name for p in folder.iterdir()) == ["__pycache__", "a.toml"]


def test_values_marshal_cannot_hold_are_parsed_each_time(folder: Path) -> None:
    (folder / "a.toml").write_text("when = 2024-01-02\n", encoding="utf-8")
    assert str(datafiles.load_toml("a.toml")["when"]) == "2024-01-02"
    assert _copies(folder) == []
    assert sorted(p.name for p in folder.rglob("*") if p.is_file()) == ["a.toml"]


def test_a_file_that_is_not_toml_raises_a_value_error(folder: Path) -> None:
    (folder / "a.toml").write_text("x = \n", encoding="utf-8")
    with pytest.raises(tomllib.TOMLDecodeError):
        datafiles.load_toml("a.toml")
    (folder / "b.toml").write_bytes(b'x = "\xff"\n')
    with pytest.raises(ValueError):
        datafiles.load_toml("b.toml")
    assert _copies(folder) == []


_KEYS = st.text(
    st.characters(codec="utf-8", exclude_categories=["Cs", "Cc"]), min_size=1, max_size=8
)
_VALUES = st.recursive(
    st.floats(allow_nan=False) | st.booleans() | st.integers() | st.text(max_size=10),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(_KEYS, inner, max_size=3),
    max_leaves=10,
)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.dictionaries(_KEYS, _VALUES, max_size=5))
def test_any_table_comes_back_from_its_copy_as_it_went_in(
    folder: Path, table: dict[str, object]
) -> None:
    """What a copy holds reads back equal, keys in order, and only under its own stamp."""
    copy = str(folder / "__pycache__" / "t.marshal")
    stamp = datafiles._stamp(b"x = 1")
    datafiles._write_copy(copy, stamp, table)
    back = datafiles._read_copy(copy, stamp)
    assert back == table and list(back or {}) == list(table)
    assert datafiles._read_copy(copy, datafiles._stamp(b"x = 2")) is None


def test_a_shipped_glossary_is_found_as_the_glossary_modules_find_it() -> None:
    # detection reads names.csv's bytes through here, below the glossary modules: the same file
    from translit.glossary import shipped_path

    assert datafiles.read_glossary_bytes("names.csv") == shipped_path("names.csv").read_bytes()
    for name in ("../README.md", "no-such.csv", "", "."):
        with pytest.raises(FileNotFoundError):
            datafiles.read_glossary_bytes(name)


def test_without_bytecode_writing_a_file_is_parsed_once_per_process(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No copy on disk, none written, yet parsed once; each call's tables its own to change."""
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    (folder / "a.toml").write_text("x = [1]\n", encoding="utf-8")
    parsed: list[bytes] = []
    real = datafiles._parsed
    monkeypatch.setattr(datafiles, "_parsed", lambda raw: parsed.append(raw) or real(raw))
    first = datafiles.load_toml("a.toml")
    first["x"].append(2)
    assert datafiles.load_toml("a.toml") == {"x": [1]}
    assert len(parsed) == 1 and _copies(folder) == []
    (folder / "a.toml").write_text("x = [3]\n", encoding="utf-8")  # changed: parsed again
    assert datafiles.load_toml("a.toml") == {"x": [3]} and len(parsed) == 2


def test_a_file_kept_in_memory_gets_its_copy_once_one_may_be_written(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Read first where no copy could be written, then where one can: the copy is written."""
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    (folder / "a.toml").write_text("x = 1\n", encoding="utf-8")
    datafiles.load_toml("a.toml")
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    assert datafiles.load_toml("a.toml") == {"x": 1}
    assert len(_copies(folder)) == 1
