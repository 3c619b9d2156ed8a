"""translit.script: the Unicode facts agree with the Unicode database of this Python."""

from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from translit import script
from translit.errors import ParameterError

ALL = range(0x110000)


def test_blocks_hold_only_cyrillic_code_points() -> None:
    for ch in script.chars(script.CYRILLIC_BLOCKS):
        name = unicodedata.name(ch, "")
        ok = not name or any(w in name for w in ("CYRILLIC", "COMBINING", "SLAVONIC"))
        assert ok, (hex(ord(ch)), name)


def test_every_cased_cyrillic_letter_of_the_bmp_is_in_a_block() -> None:
    # (U+1D2B is a phonetic small capital of the Phonetic Extensions block, not written in
    # Cyrillic text; Cyrillic Extended-D, U+1E030-1E08F, outside the BMP, is a block of
    # modifier and subscript letters with no case)
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


# --- the characters a normalisation form may change (script.unstable) ---------------------

FORMS = script.NORMAL_FORMS


def _members(form: str) -> set[int]:
    """The BMP code points of ``unstable(form)`` (every one above is in it wholesale)."""
    ranges = script.unstable(form)  # type: ignore[arg-type]
    assert ranges[-1] == (0x10000, 0x10FFFF)
    return {cp for a, b in ranges[:-1] for cp in range(a, b + 1)}


def _later_in_a_composite() -> set[str]:
    """Every character that composes with what stands before it, found by composing: for each
    character NFC keeps that decomposes, each step of its decomposition put back together
    (what came before, composed, then the next character) that NFC changes."""
    found = set()
    for cp in ALL:
        d = chr(cp)
        parts = unicodedata.normalize("NFD", d)
        if len(parts) < 2 or unicodedata.normalize("NFC", d) != d:
            continue
        for k in range(1, len(parts)):
            pair = unicodedata.normalize("NFC", parts[:k]) + parts[k]
            if unicodedata.normalize("NFC", pair) != pair:
                found.add(parts[k])
    return found


@pytest.mark.parametrize("form", FORMS)
def test_unstable_holds_every_character_its_form_changes_or_reorders(form: str) -> None:
    members = _members(form)
    missing = [
        hex(cp)
        for cp in range(0x10000)
        if (unicodedata.combining(chr(cp)) or unicodedata.normalize(form, chr(cp)) != chr(cp))  # type: ignore[arg-type]
        and cp not in members
    ]
    assert missing == []


@pytest.mark.parametrize("form", ["NFC", "NFKC"])
def test_unstable_holds_every_character_that_composes_with_one_before_it(form: str) -> None:
    members = _members(form)
    composing = _later_in_a_composite()
    assert {"\u0301", "\u0306", "\u1161", "\u11a8", "\u0bbe"} <= composing  # the test finds them
    assert (
        sorted(hex(ord(c)) for c in composing if ord(c) < 0x10000 and ord(c) not in members) == []
    )
    # the second of a canonical pair never decomposes (so that its decomposition shows it)
    for cp in ALL:
        parts = unicodedata.decomposition(chr(cp)).split()
        if len(parts) == 2 and not parts[0].startswith("<"):
            second = chr(int(parts[1], 16))
            assert unicodedata.normalize("NFD", second) == second, hex(cp)


@pytest.mark.parametrize("form", FORMS)
def test_unstable_holds_nothing_else(form: str) -> None:
    # each BMP member is a combining mark, changed by the form, or (NFC, NFKC) composes with
    # what precedes it, or would but for a composition exclusion (Tibetan U+0FB5 and U+0FB7
    # follow the first in decompositions that NFC never composes): a later character of one
    composing = _later_in_a_composite() if form in ("NFC", "NFKC") else set()
    if composing:
        excluded = {
            c
            for cp in ALL
            for c in unicodedata.normalize("NFD", chr(cp))[1:]
            if unicodedata.normalize("NFC", chr(cp)) != chr(cp)
        }
        assert {"\u0fb5", "\u0fb7"} <= excluded - composing
        composing |= excluded
    extra = [
        hex(cp)
        for cp in sorted(_members(form))
        if not unicodedata.combining(chr(cp))
        and unicodedata.normalize(form, chr(cp)) == chr(cp)  # type: ignore[arg-type]
        and chr(cp) not in composing
    ]
    assert extra == []


def test_unstable_refuses_an_unknown_form() -> None:
    with pytest.raises(ParameterError, match="NFC, NFD, NFKC, NFKD"):
        script.unstable("NFX")  # type: ignore[arg-type]


#: characters around normalisation: marks of several classes, composites, jamo, singletons,
#: compatibility characters, Cyrillic and Latin letters, an emoji, spaces
_NORMAL_ALPHABET = (
    "aeoiuAEOUCcSsnNzZ ёЁеЕйЙиИуУоОжЖ\u0301\u0300\u0308\u0306\u0327\u0323\u031b\u0338\u0334"
    "\u0315\u0345\u05b0\u0f71\u0f72\u0f73\u0f80\u093c\u0b3e\u0b47\u0bbe\u0bc6\u0dd9\u0dcf"
    "\u1100\u1161\u11a8\uac00\uac01\u212b\u2126\u0344\u0340\u00e9\u1e09\u01d5ﬁ①\u3000\u00a0"
    "\u2000\u1e9b=\u226f😊\U0001d15e\U0001d165\U0001d16e\n\t"
)
normal_text = st.one_of(
    st.text(st.sampled_from(_NORMAL_ALPHABET), max_size=40),
    st.text(st.characters(exclude_categories=()), max_size=40),
)


@settings(max_examples=500)
@given(normal_text, st.sampled_from(FORMS))
def test_text_without_an_unstable_character_is_in_the_form(text: str, form: str) -> None:
    ranges = script.unstable(form)  # type: ignore[arg-type]
    kept = "".join(c for c in text if not script.in_ranges(ranges, c))
    assert unicodedata.normalize(form, kept) == kept  # type: ignore[arg-type]
