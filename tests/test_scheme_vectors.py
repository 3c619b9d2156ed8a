"""Independent test vectors: pairs from the standards' own documents, run through the public API.

``tests/data/scheme_vectors.tsv`` holds one pair a row (language, scheme id as the catalogue
names it, Cyrillic, expected Latin, source, whether the source was re-read or written from
memory, note). The pairs were written from the documents (BGN/PCGN, ALA-LC, GOST/ISO, ICAO, the
national acts and alphabets), never from translit's output nor from the oracles the suite
already compares (interscript, ICU/CLDR, iuliia).

A row without a note must come out exactly. A row with a note is a difference translit keeps on
purpose (the note says why): it must still differ, so a stale note fails; and where the note
ends in ``:: old=>new; …`` those literal replacements turn the document's Latin into
translit's, so the rest of the word is still checked letter for letter.

``PYTHONPATH=. python3 tests/test_scheme_vectors.py`` prints the vectors per catalogue scheme,
fewest first (a scheme of every language, such as iso-9, counts its rows of every language).
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from pathlib import Path
from typing import NamedTuple

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from vector_tables import read_rows

import translit
from translit.catalogue import get_romanizer, get_scheme
from translit.script import alphabet

VECTORS = Path(__file__).parent / "data" / "scheme_vectors.tsv"
COLUMNS = ["lang", "scheme", "cyrillic", "latin", "source", "checked", "note"]


class Vector(NamedTuple):
    line: int
    lang: str
    scheme: str
    cyrillic: str
    latin: str
    source: str
    checked: str
    note: str


def _read() -> list[Vector]:
    return [Vector(n, *fields) for n, fields in read_rows(VECTORS, COLUMNS)]


ROWS = _read()


def _replacements(note: str) -> list[tuple[str, str]]:
    if "::" not in note:
        return []
    spec = note.rsplit("::", 1)[1]
    pairs = [part.split("=>") for part in spec.split(";")]
    assert all(len(p) == 2 and p[0].strip() for p in pairs), note
    return [(old.strip(), new.strip()) for old, new in pairs]


@pytest.mark.parametrize(
    "v", ROWS, ids=[f"{v.line}-{v.lang}-{v.scheme}-{v.cyrillic}" for v in ROWS]
)
def test_vector(v: Vector) -> None:
    got = translit.romanize(v.cyrillic, lang=v.lang, scheme=v.scheme)
    where = f"{VECTORS.name}:{v.line} ({v.source})"
    if not v.note:
        assert got == v.latin, where
        return
    assert got != v.latin, f"{where}: the note no longer applies: {v.note}"
    fixes = _replacements(v.note)
    if fixes:
        expected = v.latin
        for old, new in fixes:
            assert old in expected, f"{where}: {old!r} is not in {expected!r}"
            expected = expected.replace(old, new)
        assert got == expected, where


def test_every_row_names_a_scheme_a_source_and_how_it_was_checked() -> None:
    for v in ROWS:
        assert get_scheme(v.scheme, v.lang).id == v.scheme, v
        assert v.source.strip() and v.cyrillic.strip() and v.latin.strip(), v
        assert v.checked.startswith(("checked (", "memory")), v


def test_no_pair_is_listed_twice_with_two_answers() -> None:
    answers: dict[tuple[str, str, str], set[str]] = {}
    for v in ROWS:
        answers.setdefault((v.lang, v.scheme, v.cyrillic), set()).add(v.latin)
    assert {k: a for k, a in answers.items() if len(a) > 1} == {}


def test_the_main_languages_main_schemes_have_ten_vectors_or_more() -> None:
    count = Counter((v.lang, v.scheme) for v in ROWS)
    main = [
        ("ru", "bgn-pcgn"), ("ru", "ala-lc"), ("ru", "icao-doc-9303"), ("ru", "iso-9"),
        ("uk", "national"), ("uk", "bgn-pcgn-2019"), ("uk", "bgn-pcgn"), ("uk", "ala-lc"),
        ("be", "national"), ("be", "bgn-pcgn"), ("be", "icao-doc-9303"), ("be", "ala-lc"),
        ("bg", "official"), ("bg", "bgn-pcgn"), ("bg", "bgn-pcgn-2013"),
        ("mk", "official"), ("mk", "icao-9303"), ("sr", "latin"),
        ("kk", "bgn-pcgn"), ("ky", "bgn-pcgn"), ("mn", "masm-5217-2012"),
        ("uz", "latin"), ("tg", "bgn-pcgn-1994"), ("tk", "bgn-pcgn-2000"), ("az", "national-1958"),
    ]  # fmt: skip
    assert {k: count[k] for k in main if count[k] < 10} == {}


def per_scheme() -> list[tuple[int, str, str]]:
    """(vectors, language, scheme id) for every scheme of the catalogue, fewest first."""
    count = Counter((v.lang, v.scheme) for v in ROWS)
    rows = []
    for info in translit.schemes():
        lang, sid = info["language"], info["id"]
        n = sum(k for (lg, s), k in count.items() if s == sid and lang in (lg, "any"))
        rows.append((n, lang, sid))
    return sorted(rows)


def test_per_scheme_counts_every_row_of_a_catalogue_scheme() -> None:
    counted = per_scheme()
    assert sum(n for n, _, _ in counted) == len(ROWS)
    assert (0, "ru", "bgn-pcgn") not in counted and len(counted) == len(translit.schemes())


# every scheme of a language (not the reverse readers), with the lowercase letters of its alphabet
_SCHEMES = [
    (info["language"], info["id"])
    for info in translit.schemes()
    if info["language"] != "any" and info["kind"] != "reverse"
]


@st.composite
def _word(draw: st.DrawFn) -> tuple[str, str, str]:
    lang, sid = draw(st.sampled_from(_SCHEMES))
    letters = "".join(c for c in alphabet(lang) if c.islower())
    inner = draw(st.text(alphabet=letters, min_size=1, max_size=6))
    # а at both ends: a word with a vowel is never an acronym (case.acronyms = "title")
    return lang, sid, f"а{inner}а"


@given(_word())
@settings(max_examples=300, deadline=None)
def test_a_word_in_capitals_is_its_lowercase_romanisation_in_capitals(
    case: tuple[str, str, str],
) -> None:
    # the vectors' ALL-CAPS rows (ЩАСТЯ → SHCHASTIA) for every word and scheme: the same letters
    # and context rules as the lowercase word, each output letter in the scheme's capitals
    # (Azerbaijani and Tatar i → İ), in both engines
    lang, sid, word = case
    r = get_romanizer(sid, lang)
    capitals = get_scheme(sid, lang).body.capitals
    lower = r(word)
    expected = "".join(capitals.get(ch, ch.upper()) for ch in lower)
    got = r(word.upper())
    assert unicodedata.normalize("NFC", got) == unicodedata.normalize("NFC", expected), (sid, word)
    assert r._interpret(word.upper()) == got, (sid, word)


if __name__ == "__main__":
    for n, lang, sid in per_scheme():
        print(f"{n:4d}  {lang}/{sid}")
