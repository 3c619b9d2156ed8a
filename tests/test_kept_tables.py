"""The romanisers' compiled tables kept for the next process (catalogue._tables, through
_datafiles.kept_copy): read back, they romanise every scheme byte for byte as tables compiled
in the process do, and a changed scheme file (or package) makes the copy stale."""

from __future__ import annotations

import dataclasses
import os
import shutil
import sys
from pathlib import Path
from typing import Any

import pytest
from conftest import scheme_directions
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from translit import _datafiles as datafiles
from translit import catalogue
from translit.engine import Romanizer
from translit.engine.romanizer import compiled

_CASES, _IDS = scheme_directions()


@pytest.fixture
def keeping(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """Kept copies written (whatever PYTHONDONTWRITEBYTECODE says), into ``tmp_path``."""
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    monkeypatch.setattr(sys, "pycache_prefix", None)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    return tmp_path / "xdg"


def _same_types(a: Any, b: Any) -> bool:
    """``a == b`` and every part of the same type (a frozenset equals a set, 1 equals True)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return a.keys() == b.keys() and all(_same_types(a[k], b[k]) for k in a)
    if isinstance(a, (tuple, list)):
        return len(a) == len(b) and all(_same_types(x, y) for x, y in zip(a, b, strict=True))
    return bool(a == b)


def _pair(sid: str, lang: str, reverse: bool) -> tuple[Romanizer, Romanizer]:
    """(a romaniser of tables compiled here, one of the tables read back from a kept copy)."""
    folder, sid = catalogue.locate(sid, lang)
    scheme = catalogue._scheme(folder, sid)
    body = scheme.reverse if reverse else scheme.body
    assert body is not None
    made = compiled(body, catalogue._fallback_letters(scheme, reverse))
    first = catalogue._tables(folder, sid, reverse)  # (made, and kept)
    kept = catalogue._tables(folder, sid, reverse)  # (read back from the copy)
    assert first is not None and kept is not None and kept is not first
    assert _same_types(kept, made)
    return (
        Romanizer(scheme, reverse=reverse, _tables=made),
        Romanizer(scheme, reverse=reverse, _tables=kept),
    )


def _letters(r: Romanizer) -> str:
    """The scheme's source letters in three cases and a sentence of them."""
    src = sorted({*r._base, *r._ctx})
    words = " ".join(src)
    return f"{words}\n{words.upper()}\n{words.title()}\n{''.join(src)}, {''.join(src).upper()}."


@pytest.mark.parametrize(("sid", "lang", "reverse"), _CASES, ids=_IDS)
def test_kept_tables_romanize_as_compiled_ones(
    keeping: Path, sid: str, lang: str, reverse: bool
) -> None:
    fresh, kept = _pair(sid, lang, reverse)
    text = _letters(fresh)
    assert kept.romanize(text) == fresh.romanize(text)
    assert kept._romanize_reference(text) == fresh._romanize_reference(text)


_PAIRS: dict[tuple[str, str, bool], tuple[Romanizer, Romanizer]] = {}


@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(case=st.sampled_from(_CASES), data=st.data())
def test_kept_tables_romanize_any_text_as_compiled_ones(
    case: tuple[str, str, bool], data: st.DataObject, tmp_path_factory: pytest.TempPathFactory
) -> None:
    if case not in _PAIRS:
        with pytest.MonkeyPatch.context() as mp:
            mp.setattr(sys, "dont_write_bytecode", False)
            mp.setattr(sys, "pycache_prefix", None)
            mp.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("xdg")))
            _PAIRS[case] = _pair(*case)
    fresh, kept = _PAIRS[case]
    letters = [*sorted({*fresh._base, *fresh._ctx}), " ", "\n", ".", "'", "\u0301", "x", "1"]
    pieces = st.one_of(st.sampled_from(letters), st.text(max_size=3))
    text = "".join(data.draw(st.lists(pieces, max_size=40)))
    assert kept.romanize(text) == fresh.romanize(text)


def test_a_changed_scheme_file_makes_the_copy_stale(
    keeping: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    catalogue._scheme("ru", "bgn-pcgn")  # (parsed from the package's own file)
    root = tmp_path / "data"
    (root / "schemes" / "ru").mkdir(parents=True)
    mine = root / "schemes" / "ru" / "bgn-pcgn.toml"
    shutil.copyfile(os.path.join(datafiles.ROOT, "schemes", "ru", "bgn-pcgn.toml"), mine)
    monkeypatch.setattr(datafiles, "ROOT", str(root))
    made: list[int] = []

    def counted(*args: Any) -> Any:
        made.append(1)
        return compiled(*args)

    monkeypatch.setattr(catalogue, "compiled", counted)
    first = catalogue._tables("ru", "bgn-pcgn", False)
    assert len(made) == 1
    engine = "py." if first is not None and first[4] is None else "c."
    copy = datafiles.kept_path(str(mine), f"tables-forward-{engine}")
    assert os.path.exists(copy)
    assert catalogue._tables("ru", "bgn-pcgn", False) == first
    assert len(made) == 1  # read back, not made
    with open(mine, "a", encoding="utf-8") as fh:
        fh.write("\n# changed\n")
    assert catalogue._tables("ru", "bgn-pcgn", False) == first
    assert len(made) == 2  # the file changed: made again
    assert catalogue._tables("ru", "bgn-pcgn", False) == first
    assert len(made) == 2
    monkeypatch.setattr(datafiles, "_CODE_STAMP", [datafiles.code_stamp() + 1])  # a module changed
    catalogue._tables("ru", "bgn-pcgn", False)
    assert len(made) == 3


def test_nothing_is_kept_without_bytecode(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    monkeypatch.setattr(sys, "pycache_prefix", None)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert catalogue._tables("ru", "bgn-pcgn", False) is not None
    assert not (tmp_path / "xdg").exists()


@dataclasses.dataclass
class _Thing:
    name: str


def test_a_copy_is_marshal_data_where_marshal_holds_it(tmp_path: Path, keeping: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("x", encoding="utf-8")
    plain = {"a": (1, "b", frozenset({"c"}), None)}
    assert datafiles.kept_copy(str(path), lambda: plain) == plain
    with open(datafiles.kept_path(str(path)), "rb") as fh:
        assert fh.read(1) != b"\x80"  # marshal data, no pickle
    assert _same_types(datafiles.kept_copy(str(path), lambda: {}), plain)  # (read back)
    things = [_Thing("x")]
    assert datafiles.kept_copy(str(path), lambda: things, "things.") == things
    with open(datafiles.kept_path(str(path), "things."), "rb") as fh:
        assert fh.read(1) == b"\x80"  # a pickle
    assert datafiles.kept_copy(str(path), lambda: [], "things.") == things
