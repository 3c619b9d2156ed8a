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


@pytest.mark.parametrize("lang", ["auto", "AUTO", "auto-line"])
def test_auto_where_a_named_language_is_needed_says_so(lang: str) -> None:
    """``reverse(text, scheme, lang="auto")`` and ``get_romanizer(lang="auto")`` said "unknown
    language 'auto'", though romanize() takes it: they need a named language, and say how to
    name one (api37)."""
    import translit
    from translit.errors import UnknownLanguageError

    for call in (
        lambda: translit.reverse("Yeltsin", "iso-9", lang),
        lambda: translit.get_romanizer("iso-9", lang),
    ):
        with pytest.raises(UnknownLanguageError) as info:
            call()
        text = str(info.value)
        assert "unknown language" not in text
        assert "needs a named language" in text and "romanize()" in text
        assert "ISO 639" in text and "uk-UA" in text
        assert "known: az, ba, be, bg" in text


def test_a_scheme_check_before_any_text_is_read_does_not_claim_a_detection() -> None:
    """``romanize("", scheme="nope")`` (the check romanize_frame and the pandas accessor make
    before reading a value) said "for language 'ru' (detected from the text…)": no text was
    read (api37)."""
    import translit
    from translit.errors import UnknownSchemeError

    for text in ("", "123", "Hello"):
        with pytest.raises(UnknownSchemeError) as info:
            translit.romanize(text, scheme="nope")
        assert "detected from the text" not in str(info.value)
        assert "no Cyrillic text to detect a language from" in str(info.value)
    with pytest.raises(UnknownSchemeError, match=r"'uk' \(detected from the text"):
        translit.romanize("Київ і Харків", scheme="nope")


def test_the_check_before_any_text_takes_a_scheme_some_language_has() -> None:
    """The empty text (romanize_frame's check, the pandas accessor's on a column without a
    string) is checked against every language under auto and auto-line: "national" is
    Ukrainian's (and Belarusian's…), not Russian's, the default a text without letters
    falls to; "nope" is no language's (sweep38)."""
    import translit
    from translit.errors import UnknownSchemeError

    for lang in ("auto", "auto-line"):
        assert translit.romanize("", scheme="national", lang=lang) == ""
        with pytest.raises(UnknownSchemeError, match="no Cyrillic text to detect"):
            translit.romanize("", scheme="nope", lang=lang)
    with pytest.raises(UnknownSchemeError):  # a text that has letters is checked as before
        translit.romanize("Hello", scheme="national")
