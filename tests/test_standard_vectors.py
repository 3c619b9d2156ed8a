"""Vectors from the standards' own texts, through the public API, every row exactly.

``tests/data/standard_vectors.tsv`` holds one pair a row (language, scheme id as ``translit
schemes`` names it, Cyrillic, expected Latin, source). The pairs were written from the documents
(the official examples of Ukraine's resolution no. 55 of 2010, Bulgaria's Transliteration Act,
the Belarusian instruction of 2007, BGN/PCGN and GEOnet names, ALA-LC, ISO 9, GOST, ICAO Doc 9303,
the national Latin alphabets) without reading the scheme files, independently of
``scheme_vectors.tsv``. Unlike that file no row carries a tolerated difference: a row either
comes out exactly (compared in NFC, since a standard fixes letters, not a normalisation form) or
is kept out, as a comment at the end of the file saying why.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from vector_tables import read_rows

import translit
from translit.catalogue import get_scheme
from translit.script import alphabet

VECTORS = Path(__file__).parent / "data" / "standard_vectors.tsv"
COLUMNS = ["lang", "scheme", "cyrillic", "latin", "source"]


class Vector(NamedTuple):
    line: int
    lang: str
    scheme: str
    cyrillic: str
    latin: str
    source: str


def _read() -> list[Vector]:
    return [Vector(n, *fields) for n, fields in read_rows(VECTORS, COLUMNS)]


ROWS = _read()


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


@pytest.mark.parametrize(
    "v", ROWS, ids=[f"{v.line}-{v.lang}-{v.scheme}-{v.cyrillic}" for v in ROWS]
)
def test_vector(v: Vector) -> None:
    got = translit.romanize(v.cyrillic, lang=v.lang, scheme=v.scheme)
    assert _nfc(got) == _nfc(v.latin), f"{VECTORS.name}:{v.line} ({v.source})"


def test_every_row_names_a_catalogue_scheme_and_a_source() -> None:
    for v in ROWS:
        assert get_scheme(v.scheme, v.lang).id == v.scheme, v
        assert v.cyrillic.strip() and v.latin.strip() and v.source.strip(), v


def test_no_pair_is_listed_twice_with_two_answers() -> None:
    answers: dict[tuple[str, str, str], set[str]] = {}
    for v in ROWS:
        answers.setdefault((v.lang, v.scheme, v.cyrillic), set()).add(_nfc(v.latin))
    assert {k: a for k, a in answers.items() if len(a) > 1} == {}


# rows of one language and scheme, mixed case (an all-capitals word alone may be read as an acronym)
_BY_SCHEME: dict[tuple[str, str], list[Vector]] = {}
for _v in ROWS:
    if not _v.cyrillic.isupper():
        _BY_SCHEME.setdefault((_v.lang, _v.scheme), []).append(_v)
_PAIRS = sorted(k for k, vs in _BY_SCHEME.items() if len(vs) > 1)


@st.composite
def _two_rows(draw: st.DrawFn) -> tuple[Vector, Vector]:
    key = draw(st.sampled_from(_PAIRS))
    first = draw(st.sampled_from(_BY_SCHEME[key]))
    second = draw(st.sampled_from(_BY_SCHEME[key]))
    return first, second


@given(_two_rows(), st.sampled_from([" ", ", ", " (", "\n"]))
@settings(max_examples=200, deadline=None)
def test_two_names_in_one_text_are_romanised_as_each_alone(
    rows: tuple[Vector, Vector], sep: str
) -> None:
    # the standards romanise word by word: a name's spelling does not depend on its neighbour
    a, b = rows
    got = translit.romanize(a.cyrillic + sep + b.cyrillic, lang=a.lang, scheme=a.scheme)
    assert _nfc(got) == _nfc(a.latin + sep + b.latin), (a.line, b.line)


# The Streamlined System's author states its shape on his own page (L. Ivanov,
# russian-romanization.weebly.com/notes.html; the system is his paper's, Contrastive Linguistics
# XLII (2017) no. 2, p. 66 ff.): Latin y renders Cyrillic й alone, not ы; h renders х, not kh; and
# the Basic system's words are the Optimized system's without its three added symbols ` " '.
_RU = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя"
# no letter here may give y (й ь ъ and the vowels that may be iotated are left out) or h or k
# other than х itself (ж ч ш щ к are left out)
_NO_Y_NO_H = "бвгдзлмнпрстфхцаиоуы"


@given(st.text(alphabet=_RU, min_size=1, max_size=12), st.sampled_from([str.lower, str.capitalize]))
@settings(max_examples=300, deadline=None)
def test_streamlined_basic_is_the_optimized_without_its_three_symbols(
    word: str, case: Callable[[str], str]
) -> None:
    text = case(word)
    basic = translit.romanize(text, lang="ru", scheme="bas-2017-bss")
    optimized = translit.romanize(text, lang="ru", scheme="bas-2017-oss")
    assert basic == optimized.translate(str.maketrans("", "", "`\"'")), text


@given(st.text(alphabet=_NO_Y_NO_H, min_size=1, max_size=12))
@settings(max_examples=300, deadline=None)
def test_streamlined_writes_h_for_kh_and_no_y_for_yery(word: str) -> None:
    for scheme in ("bas-2017-bss", "bas-2017-oss"):
        got = translit.romanize(word, lang="ru", scheme=scheme)
        assert "y" not in got and "kh" not in got, (word, got)
        assert got.count("h") == word.count("х"), (word, got)


# GOST 7.79-2000 section 6.1 (read in the standard's text): System B writes each Cyrillic letter
# with letters of the basic Latin alphabet, the apostrophe and the grave accent (слабое ударение),
# as one letter or as a combination that cannot occur in a text except for that letter. ѐ and ѝ
# (е and и with a grave, not in table 4 as transcribed) are left out: translit carries their
# accent through, as it does under every scheme.
_SYSTEM_B = re.compile(r"[A-Za-z'`]+")


@pytest.mark.parametrize("lang", ["ru", "be", "uk", "bg", "mk"])
def test_gost_system_b_writes_basic_latin_letters_apostrophe_and_grave(lang: str) -> None:
    letters = [c for c in alphabet(lang) if c.islower() and c not in "ѐѝ"]
    words = [w for c in letters for w in ("а" + c + "а", c.upper() + "а", (c + "а").upper())]
    got = translit.get_romanizer("gost-779-alt", lang)("\n".join(words)).split("\n")
    assert [(w, g) for w, g in zip(words, got, strict=True) if not _SYSTEM_B.fullmatch(g)] == []


def test_gost_system_b_macedonian_spells_no_two_strings_alike() -> None:
    # the rest of section 6.1; the transcribed table keeps it for Macedonian alone (Bulgarian щ and
    # ш+т are both sht, Ukrainian ґ and г+ь both g`, Belarusian э and е+ь both e`: see their notes)
    letters = [c for c in alphabet("mk") if c.islower() and c not in "ѐѝ"]
    words = ["".join(p) for n in (1, 2, 3) for p in itertools.product(letters, repeat=n)]
    got = translit.get_romanizer("gost-779-alt", "mk")("\n".join(words)).split("\n")
    assert len(got) == len(words) and len(set(got)) == len(words)
