"""Fault suite, tenth sweep: the pandas and Dask integrations and the glossary commands on
hostile values, terms and queries.

The bar: a bad scheme or language is a :class:`TranslitError` whatever the column holds; no
column of the user's is overwritten; a glossary term matches the text whether either is
written with stress marks or soft hyphens; a query of punctuation alone is not every term of
punctuation alone.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from translit import romanize
from translit.cli import cli
from translit.encodings import detect_encoding
from translit.errors import EncodingError, ParameterError, TranslitError
from translit.glossary import Concept, Glossary, Term, find_terms, lookup

ACUTE = "\u0301"
#: Russian words and names (stress as in Ozhegov's dictionary is not needed: any vowel may
#: carry the mark in a text that stresses for learners)
WORDS = ["Власов", "генерал", "Москва", "армия", "Гагарин", "освобождение"]
VOWELS = set("аеёиоуыэюяАЕЁИОУЫЭЮЯ")


def _glossary(*terms: str) -> Glossary:
    concepts = [
        Concept(f"c{i}", terms=[Term(text, "ru"), Term(f"T{i}", "fr")])
        for i, text in enumerate(terms)
    ]
    return Glossary(concepts, source_lang="ru", languages=["ru", "fr"])


def _marked(word: str, picks: list[int]) -> str:
    """``word`` with an acute after the vowels at ``picks`` (indexes among its vowels)."""
    at = {i for i, ch in enumerate(word) if ch in VOWELS}
    chosen = {sorted(at)[p % len(at)] for p in picks}
    return "".join(ch + (ACUTE if i in chosen else "") for i, ch in enumerate(word))


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(WORDS),
    st.lists(st.integers(0, 9), min_size=1, max_size=3),
    st.booleans(),
    st.booleans(),
)
def test_stress_marks_in_text_or_term_do_not_hide_a_term(
    word: str, picks: list[int], in_text: bool, soft_hyphen: bool
) -> None:
    """``Вла\\u0301сов`` in a text was not found by the term Власов, nor Власов by the term
    ``Вла\\u0301сов`` (a glossary written from a stressed dictionary); the hit spans the word
    as written."""
    marked = _marked(word, picks)
    if soft_hyphen:
        marked = marked[:2] + "\xad" + marked[2:]
    text_word, term = (marked, word) if in_text else (word, marked)
    text = f"Сказал {text_word}, и всё."
    hits = find_terms(text, _glossary(term), inflect=False, romanized=False)
    assert [(h.text, h.concept.id) for h in hits] == [(text_word, "c0")]


def test_a_grave_is_no_stress_mark_to_the_matcher() -> None:
    """The grave tells Bulgarian words apart (ѝ "her", и "and"): a decomposed ѝ is not и."""
    hits = find_terms("Дадох ѝ книгата.", _glossary("и"), inflect=False, romanized=False)
    assert hits == []


def test_glossary_apply_cli_on_stressed_terms_and_text(tmp_path: Path) -> None:
    """``glossary apply`` on a glossary with a stressed term and a soft hyphen, text without
    them, and the other way round: every word annotated, the text otherwise kept. (генерал,
    a common noun, is written in lower case: a capital would make it a name, which генерал in
    lower case is not.)"""
    glossary = tmp_path / "g.csv"
    glossary.write_text(f"id,ru,fr\nc1,Вла{ACUTE}сов,Vlassov\nc2,ген\xadерал,GÉNÉRAL\n", "utf-8")
    text = f"Власов и генерал; Власо{ACUTE}в и гене{ACUTE}рал.\n"
    done = CliRunner().invoke(
        cli, ["glossary", "apply", "-g", str(glossary), "-t", "fr", "-m", "annotate"], input=text
    )
    assert done.exit_code == 0, done.output
    assert done.output == (
        f"Власов [Vlassov] и генерал [GÉNÉRAL]; Власо{ACUTE}в [Vlassov] и "
        f"гене{ACUTE}рал [GÉNÉRAL].\n"
    )


@pytest.mark.parametrize("query", ["!!!", "…", "?", " - "])
def test_a_query_of_punctuation_alone_is_not_every_such_term(query: str) -> None:
    """``glossary lookup '!!!'`` listed every term of punctuation alone ('...', '.*', '(') as
    a folded match: both folded to nothing."""
    g = _glossary("...", ".*", "(", "РОА")
    assert lookup(g, query) == []
    assert [m.concept.id for m in lookup(g, "...")] == ["c0"]


def test_lookup_finds_a_stressed_term_by_its_plain_spelling() -> None:
    """A term written ``Вла\\u0301сов`` was found for ``Власов`` only as a name (its key)."""
    g = _glossary(f"Вла{ACUTE}сов", "Власть")
    got = lookup(g, "Власов")
    assert [(m.concept.id, m.reason) for m in got][:1] == [("c0", "folded")]


# -- pandas and Dask --------------------------------------------------------------------------


def _series(kind: str) -> object:
    pd = pytest.importorskip("pandas")
    return {
        "empty": pd.Series([], dtype=object),
        "missing": pd.Series([None, float("nan")], dtype=object),
        "numbers": pd.Series([1, 2]),
        "category": pd.Series([None], dtype="category"),
    }[kind]


@pytest.mark.parametrize("kind", ["empty", "missing", "numbers", "category"])
@pytest.mark.parametrize(
    ("method", "args", "bad"),
    [
        ("romanize", {"scheme": "no-such-scheme"}, "no-such-scheme"),
        ("romanize", {"lang": "xx"}, "xx"),
        ("romanize", {"lang": "ru", "target": "zz"}, "zz"),
        ("reverse", {"scheme": "no-such-scheme"}, "no-such-scheme"),
    ],
)
def test_accessor_refuses_a_bad_name_whatever_the_column_holds(
    kind: str, method: str, args: dict[str, str], bad: str
) -> None:
    """``Series.translit.romanize(scheme='nope')`` on a column without one string returned the
    column unchanged: the typo showed only on the next file, which had names."""
    pytest.importorskip("pandas")
    import translit.integrations.pandas  # noqa: F401  (registers .translit)

    series = _series(kind)
    with pytest.raises(TranslitError, match=bad):
        getattr(series.translit, method)(**args)  # type: ignore[attr-defined]


def test_dask_frame_suffix_never_overwrites_a_column() -> None:
    """``romanize_frame(df, ['name'], suffix='_latn')`` on a frame that has a column
    ``name_latn`` replaced it (hand-made romanisations lost); the same when one of the named
    columns is another's target (``a`` and ``a_x`` with suffix ``_x``)."""
    pd = pytest.importorskip("pandas")
    dd = pytest.importorskip("dask.dataframe")
    from translit.integrations.dask import normalize_frame, romanize_frame

    frame = dd.from_pandas(
        pd.DataFrame({"name": ["Щука"], "name_latn": ["Shchuka (checked)"]}), npartitions=1
    )
    with pytest.raises(ParameterError, match=r"'name_latn' already exist.*another suffix"):
        romanize_frame(frame, ["name"], lang="ru", suffix="_latn")
    with pytest.raises(ParameterError, match="'name_latn'"):
        normalize_frame(frame, ["name"], suffix="_latn")
    with pytest.raises(ParameterError, match="'name_latn'"):
        romanize_frame(frame, ["name", "name_latn"], lang="ru", suffix="_latn")
    kept = romanize_frame(frame, ["name"], lang="ru", suffix="_new").compute(scheduler="sync")
    assert kept.to_dict("list") == {
        "name": ["Щука"],
        "name_latn": ["Shchuka (checked)"],
        "name_new": ["Shchuka"],
    }


# -- stdin that is not UTF-8 ------------------------------------------------------------------


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("word", ["Щука", "ЩУКА", "Власов"])
def test_utf16_of_a_word_without_a_space_is_no_ascii(codec: str, word: str) -> None:
    """Every byte of a Russian word in UTF-16 without a byte-order mark is below 0x80 and none
    is zero (Щ is 29 04): it was read as ASCII, ``)\\x04C\\x04:\\x040\\x04``."""
    data = word.encode(codec)
    assert detect_encoding(data) == codec
    done = CliRunner().invoke(cli, ["romanize", "-s", "iso-9", "--lang", "ru"], input=data)
    assert done.exit_code == 0 and done.output == romanize(word, scheme="iso-9", lang="ru")


@settings(max_examples=40, deadline=None)
@given(st.binary(min_size=2, max_size=40).filter(lambda b: b"\x00" not in b))
def test_bytes_without_a_zero_are_never_bomless_utf16(data: bytes) -> None:
    """``printf 'Р\\xffОА \\xd0\\n' | translit romanize`` printed ``ꃐ탿킞ₐૐ`` with exit 0: the
    fallback guessed UTF-16 for ten bytes without a zero byte; only its Cyrillic (04 bytes) is
    UTF-16 without one, and that is found before the guess."""
    try:
        name = detect_encoding(bom_strip(data))
    except EncodingError:
        return
    if "\x04" not in data.decode("latin-1"):
        assert not name.startswith(("utf-16", "utf-32")), name


def bom_strip(data: bytes) -> bytes:
    """``data`` without a leading byte-order mark (one names its codec, rightly)."""
    return data[2:] if data[:2] in (b"\xff\xfe", b"\xfe\xff") else data


def test_damaged_utf8_stdin_is_not_read_as_cjk() -> None:
    done = CliRunner().invoke(cli, ["romanize"], input=b"\xd0\xa0\xff\xd0\x9e\xd0\x90 \xd0\n")
    assert done.exit_code in (0, 1)
    assert not any("\u3000" <= ch <= "\ud7ff" for ch in done.output), done.output
