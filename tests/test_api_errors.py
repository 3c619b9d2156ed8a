"""Errors of the public functions come from the TranslitError tree, and a misspelt keyword
is never ignored."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from translit.errors import ParameterError, TranslitError


def test_unknown_encodings_of_the_io_functions_are_translit_errors(tmp_path: Path) -> None:
    """They were a LookupError, outside the error tree, from translit.io's public functions."""
    from translit.io import atomic_write, open_source, read_blocks

    src = tmp_path / "a.txt"
    src.write_text("Щука\n", encoding="utf-8")
    with pytest.raises(ParameterError, match="unknown encoding 'bogus' for `encoding`"):
        open_source(str(src), "bogus").__enter__()
    with pytest.raises(ParameterError, match="unknown error handler 'bogus' for `errors`"):
        open_source(str(src), "auto", "bogus").__enter__()
    with pytest.raises(ParameterError, match="unknown encoding 'koi-9'"):
        list(read_blocks(io.BytesIO(b"abc"), "koi-9"))
    with pytest.raises(ParameterError, match="unknown error handler 'ignore-all'"):
        list(read_blocks(io.BytesIO(b"\xff"), "utf-8", "ignore-all"))
    with pytest.raises(TranslitError), atomic_write(tmp_path / "b.txt", encoding="bogus"):
        pass
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"]  # no file left behind


def test_glossary_options_a_format_does_not_take_are_refused(tmp_path: Path) -> None:
    """``save(g, "x.tbx", version=2)`` wrote TBX v3 without a word (the option is
    ``tbx_version``), as ``load`` of a TBX file ignored a misspelt ``strict``."""
    from translit.glossary import load, save, shipped_path

    g = load(shipped_path("ww2-roa.tbx"))
    with pytest.raises(TypeError, match="unexpected keyword argument 'version'"):
        save(g, tmp_path / "x.tbx", version=2)
    assert not list(tmp_path.iterdir())
    save(g, tmp_path / "x.tbx", tbx_version=2, source_lang="ru", target_lang="fr")
    assert b"<martif" in (tmp_path / "x.tbx").read_bytes()[:300]
    with pytest.raises(TypeError, match="unexpected keyword argument 'strikt'"):
        load(tmp_path / "x.tbx", strikt=False)
    # the language options are the ones every format takes: TBX says its languages itself
    assert load(tmp_path / "x.tbx", source_lang="ru", target_lang="fr").get("roa")
