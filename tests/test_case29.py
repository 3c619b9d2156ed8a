"""Capitals in a line (case29): a line in capitals reads in capitals whatever its one-letter
words and numbers, in every scheme and through the reader conventions.

The expected values are the capitals of the lower-case line's output: every scheme writes the
case of its source (BGN/PCGN's and ALA-LC's tables give one value per letter, in both cases), so
a line in capitals is its lower-case romanisation in capitals (LC's ties included: I͡A).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from translit import catalogue, romanize
from translit.engine import Romanizer
from translit.engine.case import upper


def _caps_of_lower(r: Romanizer, line: str) -> str:
    return upper(r(line.lower()), r._capitals)


BGN = catalogue.get_romanizer("bgn-pcgn", "ru")
LC = catalogue.get_romanizer("ala-lc", "ru")


@pytest.mark.parametrize(
    ("src", "out"),
    [
        # two one-letter words side by side: each read the other as "no word" (were YULYA I Ya,
        # Ya I TY; lines of the shared corpus: «Я В УЖАСЕ», «И Я О ТОМ», «А Я В ЖЕЛЕЗНОЙ»)
        ("ЮЛЯ И Я", "YULYA I YA"),
        ("Я И ТЫ", "YA I TY"),
        ("ТАК ВЕДЬ И Я О ТОМ!", "TAK VEDʹ I YA O TOM!"),
        ("Я В УЖАСЕ", "YA V UZHASE"),
        ("И НОЧЬ, И Я, И ВМЕСТЕ", "I NOCHʹ, I YA, I VMESTE"),
        # a number says nothing about case: the word beyond it does (were Ya 4 GODA, 4,5 Kh 13)
        ("Я 4 ГОДА СТОЮ", "YA 4 GODA STOYU"),
        ("СТОЙКА В СЕЧЕНИИ: 4,5 Х 13 СМ", "STOYKA V SECHENII: 4,5 KH 13 SM"),
        ("ДО СЕРЕДИНЫ 1930-Х В ЛИТЕРАТУРЕ", "DO SEREDINY 1930-KH V LITERATURE"),
        ("57 ККАЛ, Б-4, Ж-1, У-7,5", "57 KKAL, B-4, ZH-1, U-7,5"),
        # an initial after a one-letter word in capitals is in capitals like one after a word
        ("ЛЮДИ И Ю. ЩУКИН", "LYUDI I YU. SHCHUKIN"),
        # unchanged: in running text, and the rules for initials
        ("Юля и Я", "Yulya i Ya"),
        ("Я и Ты", "Ya i Ty"),
        ("Я И Ты", "Ya I Ty"),
        ("в 1930-Х годах", "v 1930-Kh godakh"),
        ("Я 4 года", "Ya 4 goda"),
        ("Ю. ВЛАСОВ", "YU. VLASOV"),  # (caps32: an initial follows its line; was Yu.)
        ("ЩУКА Я Ю. Щукин", "SHCHUKA YA Yu. Shchukin"),
        ("И Ю. Щукин", "I Yu. Shchukin"),
        ("ЖУКОВ Ю. К. 1990", "ZHUKOV YU. K. 1990"),
        ("Я\nИ ЮЛЯ", "Ya\nI YULYA"),  # neighbours are on the same line only
        ("Я 2\nЮЛЯ", "Ya 2\nYULYA"),
    ],
)
def test_one_letter_words_and_numbers_in_a_line_in_capitals(src: str, out: str) -> None:
    assert BGN(src) == out
    assert BGN._romanize_reference(src) == out
    assert "".join(BGN.romanize_lines(src.splitlines(keepends=True))) == out
    if src.isupper() and "\n" not in src and "." not in src:
        assert out == _caps_of_lower(BGN, src)


@pytest.mark.parametrize(
    ("src", "out"),
    [
        ("ЮЛЯ И Я", "I͡ULI͡A I I͡A"),
        ("Я 4 ГОДА", "I͡A 4 GODA"),
        ("ЛОТМАН И Ю. Ж.", "LOTMAN I I͡U. ZH."),
        ("Ю. Ж.", "I͡U. Zh."),  # (as before: LC's heading "Lotman, I͡U. M.")
    ],
)
def test_ala_lc_one_letter_words_in_capitals(src: str, out: str) -> None:
    assert LC(src) == out
    assert LC._romanize_reference(src) == out


LINES = [
    "ЮЛЯ И Я",
    "Я И ТЫ",
    "Я 4 ГОДА",
    "А Я В ЖЕЛЕЗНОЙ",
    "ЄВА І Я",
    "ЉУБЉАНА И Ђ",
    "Ї Є ЇЖАК",
    "ОН И Я, И ТЫ",
]


@pytest.mark.parametrize("lang", catalogue.languages())
def test_every_scheme_writes_a_line_in_capitals_as_its_lower_case_in_capitals(lang: str) -> None:
    for sid in catalogue.scheme_ids(lang):
        r = catalogue.get_romanizer(sid, lang)
        for line in LINES:
            want = _caps_of_lower(r, line)
            assert r(line) == want, (lang, sid, line)
            assert r._romanize_reference(line) == want, (lang, sid, line)


@pytest.mark.parametrize(
    ("src", "target", "out"),
    [
        # the reader conventions romanised the text between two established forms on its own, so
        # a run of initials lost the surname in capitals before it (were SHCHUKIN Shch. Zh.,
        # SCHTSCHUKIN Schtsch. Sch., CHTCHOUKINE Chtch. J.)
        ("ЩУКИН Щ. Ж.", "en", "SHCHUKIN SHCH. ZH."),
        ("ЩУКИН Щ. Ж.", "de", "SCHTSCHUKIN SCHTSCH. SCH."),
        ("ЩУКИН Щ. Ж.", "fr", "CHTCHOUKINE CHTCH. J."),
        ("ВЛАСОВ Ю. А.", "en", "VLASOV YU. A."),
        ("ЮЛЯ И Я", "en", "YULYA I YA"),
        # a letter of the input that the reader fold reads (ì) sent the text word by word, each
        # one-letter word alone (were Ya LYUBLYU ì, YULYA I Ya ì)
        ("Я ЛЮБЛЮ ì", "en", "YA LYUBLYU ì"),
        # (caps32: ì is a small letter, so the initials of the line are in title case)
        ("ЮЛЯ И Я, ЩУКИН Щ. Ж. ì", "en", "YULYA I YA, SHCHUKIN Shch. Zh. ì"),
        ("Ю. А. ГАГАРИН", "en", "YU. A. GAGARIN"),  # (caps32: was Yu. A. GAGARIN)
        ("Ю. А. Гагарин", "en", "Yu. A. Gagarin"),
    ],
)
def test_reader_conventions_see_the_whole_line(src: str, target: str, out: str) -> None:
    assert romanize(src, lang="ru", target=target) == out


def test_corpus_lines_in_capitals(corpus: Path) -> None:
    # every line of the shared corpus, in capitals, reads as its lower-case line in capitals,
    # under three schemes, lines with initials too (caps32: an initial follows its line); left
    # out: lines with no word of two letters (nothing tells their case: К-Е-Е-Й)
    langs = {"ru": ["ru-gsd", "ru-taiga", "ru-poetry"], "uk": ["uk-iu"], "bg": ["bg-btb"]}
    word2 = re.compile(r"[^\W\d_]{2}")
    differ = []
    for lang, names in langs.items():
        lines = [
            line
            for name in names
            for line in (corpus / f"{name}.txt").read_text(encoding="utf-8").splitlines()
            if line.strip() and word2.search(line)
        ]
        for sid in ("bgn-pcgn", "ala-lc", "iso-9"):
            # (as given: the look-alike repair reads case, a small в is no look-alike of B and
            # a capital one is, so Bаpвapа and BАPВAPА are repaired differently)
            r = catalogue.get_romanizer(sid, lang, homoglyphs=False)
            differ += [(lang, sid, s) for s in lines if r(s.upper()) != _caps_of_lower(r, s)]
    assert differ == []
