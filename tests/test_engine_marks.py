"""Combining marks in the engine, for every scheme: NFD input gives what NFC input gives, the
output is NFC, a stress mark is carried onto its letter's output.

Exhaustive: every forward scheme of every folder × every letter of every language's alphabet
(``data/alphabets.toml``) in four word shapes (alone, inside a word, title case, capitals) ×
{NFC, NFD} × {without, with a stress mark on the letter}, through the fast path (the C engine
when it is built) and the reference interpreter.
"""

from __future__ import annotations

import unicodedata
from collections import Counter

import pytest

import translit
from translit.catalogue import languages
from translit.scheme import read_scheme
from translit.script import alphabet

ACUTE = "\u0301"
_LETTERS = sorted(set("".join(alphabet(lang) for lang in languages())))
_SCHEMES = [(s["language"], s["id"]) for s in translit.schemes()]


def _words(letter: str, mark: str) -> list[str]:
    """``letter`` (with ``mark`` after it) alone, between letters, capitalised, in capitals."""
    x = letter + mark
    return [x, f"о{x}н", f"{letter.upper()}{mark}ан", f"О{letter.upper()}{mark}Н"]


def _run(r: translit.Romanizer, words: list[str]) -> list[tuple[list[str], list[str]]]:
    """(fast path, reference) outputs of ``words``, one line each, for NFC and NFD input."""
    out = []
    for form in ("NFC", "NFD"):
        text = unicodedata.normalize(form, "\n".join(words))
        out.append((r(text).split("\n"), r._romanize_reference(text).split("\n")))
    return out


@pytest.mark.parametrize(("lang", "sid"), _SCHEMES, ids=[f"{lg}/{s}" for lg, s in _SCHEMES])
def test_nfd_input_gives_the_nfc_output_and_the_output_is_nfc(lang: str, sid: str) -> None:
    r = translit.get_romanizer(sid, lang)
    for mark in ("", ACUTE):
        words = [w for letter in _LETTERS for w in _words(letter, mark)]
        (fast, ref), (fast_nfd, ref_nfd) = _run(r, words)
        for k, word in enumerate(words):
            assert fast[k] == ref[k] == fast_nfd[k] == ref_nfd[k], (word, fast[k], fast_nfd[k])
            assert unicodedata.is_normalized("NFC", fast[k]), (word, fast[k])


@pytest.mark.parametrize(("lang", "sid"), _SCHEMES, ids=[f"{lg}/{s}" for lg, s in _SCHEMES])
def test_a_stress_mark_is_carried_onto_its_letters_output(lang: str, sid: str) -> None:
    # the output of a stressed word is the unstressed word's output and one acute more (the
    # letters a stress mark composes into another letter, к ́ → ќ, г ́ → ѓ, aside); under a
    # scheme whose letters are all ASCII (its own, not the fallback's) the output is the same
    r = translit.get_romanizer(sid, lang)
    body = translit.get_scheme(sid, lang).body
    ascii_scheme = all(
        out.isascii() for out in [*body.letters.values(), *(x.out for x in body.rules)]
    )
    letters = [c for c in _LETTERS if len(unicodedata.normalize("NFC", c + ACUTE)) == 2]
    plain = [w for c in letters for w in _words(c, "")]
    stressed = [w for c in letters for w in _words(c, ACUTE)]
    for run in (r, r._romanize_reference):
        out_plain = run("\n".join(plain)).split("\n")
        out_stressed = run("\n".join(stressed)).split("\n")
        for word, a, b in zip(stressed, out_plain, out_stressed, strict=True):
            more = Counter(unicodedata.normalize("NFD", b))
            more.subtract(Counter(unicodedata.normalize("NFD", a)))
            assert +more == Counter({} if ascii_scheme else {ACUTE: 1}), (word, a, b)
            assert -more == Counter(), (word, a, b)


@pytest.mark.parametrize(
    ("lang", "sid", "text", "out"),
    [
        # schemes whose sources hold ќ ѓ ѐ ѝ (precomposed) wrote the acute decomposed: Vo + U+0301
        ("mk", "official", "Во́дская", "Vódskaâ"),
        ("mk", "bgn-pcgn", "Ско́пје", "Skópje"),
        ("any", "ala-lc-cyrillic", "Во́дская", "Vódskai͡a"),
        ("ru", "ala-lc", "Влади́мир", "Vladímir"),
        ("sr", "ala-lc", "Бео́град", "Beógrad"),
    ],
)
def test_a_stressed_vowel_comes_out_composed(lang: str, sid: str, text: str, out: str) -> None:
    r = translit.get_romanizer(sid, lang)
    for form in ("NFC", "NFD"):
        got = r(unicodedata.normalize(form, text))
        assert got == out and unicodedata.is_normalized("NFC", got), (form, got)


def test_a_source_written_in_nfd_matches_as_in_nfc() -> None:
    # letters, rules and endings are read in NFC, as a word is (an ending in NFD never matched)
    toml = "\n".join(
        [
            'id = "demo"',
            'language = "ru"',
            "[letters]",
            '"и\\u0306" = "j"',
            '"о" = "o"',
            "[endings]",
            '"и\\u0306" = "y"',
        ]
    )
    r = translit.Romanizer(read_scheme("ru/demo.toml", toml))
    for form in ("NFC", "NFD"):
        assert r(unicodedata.normalize(form, "йой, Йой")) == "joy, Joy"


@pytest.mark.parametrize(
    ("lang", "sid", "text", "out"),
    [
        # a scheme that writes ASCII drops the marks it would carry, keeps the letter
        ("ru", "icao-doc-9303", "Влади́мир Влади́мирович", "Vladimir Vladimirovich"),
        ("bg", "icao-9303", "ѝ, Ѝ, ѐ, Щу̀ка", "i, I, e, Shtuka"),
        ("mk", "icao-9303", "Ско́пје, ѐ", "Skopje, e"),
        ("ru", "wikipedia", "Пу́тин, Ё", "Putin, Yo"),
        ("uk", "national", "Украї́на", "Ukraina"),
        # what NFC composes is a letter: NFD й ё ї are й ё ї
        ("ru", "icao-doc-9303", "Йо́шкар-Ола́", "Ioshkar-Ola"),
        # a scheme with diacritics keeps carrying them
        ("ru", "bgn-pcgn", "Влади́мир, ѝ", "Vladímir, ì"),
        ("bg", "ala-lc", "Щу̀ка, ѝ", "Shtùka, ì"),
        ("ru", "ala-lc", "Влади́мир", "Vladímir"),
    ],
)
def test_an_ascii_scheme_gives_ascii(lang: str, sid: str, text: str, out: str) -> None:
    r = translit.get_romanizer(sid, lang)
    for form in ("NFC", "NFD"):
        src = unicodedata.normalize(form, text)
        assert r(src) == r._romanize_reference(src) == out, form


def test_a_derived_reverse_table_matches_a_capital_without_a_precomposed_form() -> None:
    # ISO 9 writes Ј J̌ (J + U+030C: Unicode has ǰ, no capital): the derived reverse table
    # holds its lower case j + U+030C, whose caron is that table's own mark, not a stray one
    for text in ("Ј", "ЈА", "аЈ", "ај"):
        latin = translit.romanize(text, scheme="iso-9", lang="mk")
        assert translit.reverse(latin, "iso-9", "mk") == text, latin
