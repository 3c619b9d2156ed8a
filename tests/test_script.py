"""translit.script: the Unicode facts agree with the Unicode database of this Python."""

from __future__ import annotations

import re
import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from translit import script

ALL = range(0x110000)


def test_blocks_hold_only_cyrillic_code_points() -> None:
    for ch in script.chars(script.CYRILLIC_BLOCKS):
        name = unicodedata.name(ch, "")
        ok = not name or any(w in name for w in ("CYRILLIC", "COMBINING", "SLAVONIC"))
        assert ok, (hex(ord(ch)), name)


def test_every_cased_cyrillic_letter_of_the_bmp_is_in_a_block() -> None:
    # (Cyrillic Extended-D, U+1E030-1E08F, holds modifier letters only, and U+1D2B is a phonetic
    # small capital of the Phonetic Extensions block: neither is written in Cyrillic text)
    missing = [
        hex(cp)
        for cp in range(0x10000)
        if "CYRILLIC" in unicodedata.name(chr(cp), "")
        and unicodedata.category(chr(cp)) in ("Lu", "Ll")
        and not script.is_cyrillic(chr(cp))
    ]
    assert missing == ["0x1d2b"]


def test_letters_are_the_cased_letters_of_the_blocks() -> None:
    cased = [c for c in script.chars(script.CYRILLIC_BLOCKS) if unicodedata.category(c) in "LuLl"]
    assert cased == script.chars(script.CYRILLIC_LETTERS)


def test_marks_are_marks() -> None:
    for ch in script.chars(script.MARKS):
        cat = unicodedata.category(ch)
        assert cat in ("Mn", "Me", "Cf", "Cn") or ch in "\ua673\ua67e", (hex(ord(ch)), cat)


def test_latin_letters_are_latin() -> None:
    for ch in script.chars(script.LATIN_LETTERS):
        name = unicodedata.name(ch, "")
        assert not name or "LATIN" in name or name.startswith("MODIFIER LETTER"), (
            hex(ord(ch)),
            name,
        )


@given(st.characters())
def test_the_three_forms_agree(ch: str) -> None:
    in_class = re.fullmatch(f"[{script.CYRILLIC_CLASS}]", ch) is not None
    assert script.is_cyrillic(ch) == in_class == script.has_cyrillic(ch)
    assert (re.fullmatch(f"[{script.ROMAN_CLASS}]", ch) is not None) == script.in_ranges(
        script.ROMAN_RANGES, ch
    )


@given(st.text())
def test_has_cyrillic_is_any_is_cyrillic(text: str) -> None:
    assert script.has_cyrillic(text) == any(map(script.is_cyrillic, text))


def test_alphabets_are_lowercase_cyrillic_letters() -> None:
    assert set(script.ALPHABET_LANGUAGES) >= {"ru", "uk", "be", "bg", "sr", "mk", "kk", "ky", "mn"}
    for lang in script.ALPHABET_LANGUAGES:
        letters = script.alphabet(lang)
        assert len(set(letters)) == len(letters), lang
        assert all(script.is_cyrillic(c) and c.islower() for c in letters), lang


NINE = ("ru", "uk", "be", "bg", "sr", "mk", "kk", "ky", "mn")


def test_alphabets_hold_their_distinctive_letters() -> None:
    # one letter each that only its language of these nine uses (the orthographies'
    # descriptions; Tatar, Bashkir … share ә, Uzbek ў, Rusyn ї)
    for lang, letter in {"uk": "ї", "be": "ў", "sr": "ћ", "mk": "ѓ", "kk": "ә"}.items():
        owners = [x for x in NINE if letter in script.alphabet(x)]
        assert owners == [lang], (letter, owners)
    assert "ы" not in script.alphabet("uk") and "ї" not in script.alphabet("ru")
