"""A word in capitals for a reader (``romanize(..., target=)``) is the word's reading in capitals.

user36 read the UD corpora (../shared/corpus) and names in catalogue style (SURNAME Given) for
English, German and French readers and found capitals that lost the French tréma (ЗАЙЦЕВ →
ZAITSEV beside Zaïtsev), kept a small letter (ЧАЙКА Жукова → ChAiKA), or were spelled letter by
letter as an acronym (ЖҮРҮҮДӨ → DschÜRÜÜDÖ). Expected values: French keeps its accents and
tréma on capitals (Académie française, « accentuation des majuscules »; French Wikipedia titles
Tchaïkovski, Zaïtsev, Perestroïka), the conventions' own forms of the small-letter words.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest
from conftest import corpus_files
from hypothesis import given, settings
from hypothesis import strategies as st

import translit


@pytest.mark.parametrize(
    ("lang", "target", "text", "expected"),
    [
        # French capitals keep the tréma the convention writes in small letters
        ("ru", "fr", "ЗАЙЦЕВ", "ZAÏTSEV"),
        ("ru", "fr", "ПЕРЕСТРОЙКА", "PERESTROÏKA"),
        ("ru", "fr", "ЧАЙКА", "TCHAÏKA"),
        ("uk", "fr", "ДЕРЖАВНОЇ", "DERJAVNOÏ"),
        ("kk", "fr", "ХАНШАЙЫМ", "KHANCHAÏYM"),
        # a rewrite of a person's name keeps the letter's case (й before a consonant as i)
        ("kk", "en", "ЧАЙКА Жукова", "CHAIKA Zhukova"),
        ("tt", "en", "ЧАЙКА Жукова", "CHAIKA Zhukova"),
        # ... and reaches a surname in capitals (the national system's ia after a consonant)
        ("be", "en", "Юлія НЕСЦЯРЭНКА", "Yuliya NESTSIARENKA"),
        # a word in capitals no dictionary reads (Kazakh has none) is spelled letter by letter,
        # a vowel after a consonant with its value there (-s duden: ZERN; Kazakh жер: zher)
        ("ru", "de", "ЦЕРН", "ZERN"),
        ("ru", "en", "ЦЕРН", "TSERN"),
        ("ru", "fr", "МГИМО", "MGIMO"),
        ("kk", "en", "ЖЕР", "ZHER"),
        ("kk", "de", "ЖЕЛ МЕН СУ", "SCHEL MEN SU"),
        ("kk", "fr", "ЖӘНЕ", "JANE"),
        # a word whose vowels are Turkic letters is a word, not an acronym
        ("ky", "de", "ЖҮРҮҮДӨ", "DSCHÜRÜÜDÖ"),
        ("ky", "fr", "ӨТҮҮДӨ", "OTOUOUDO"),
    ],
)
def test_capitals_read_as_the_word(lang: str, target: str, text: str, expected: str) -> None:
    assert translit.romanize(text, lang=lang, target=target) == expected


def test_small_letters_unchanged() -> None:
    # the forms the capitals above are checked against
    assert translit.romanize("Зайцев", lang="ru", target="fr") == "Zaïtsev"
    assert translit.romanize("Чайка Жукова", lang="kk", target="en") == "Chaika Zhukova"
    assert translit.romanize("Юлія Несцярэнка", lang="be", target="en") == "Yuliya Nestsiarenka"
    assert translit.romanize("жүрүүдө", lang="ky", target="de") == "dschürüüdö"


def _corpus_words(name: str) -> list[str]:
    files = corpus_files(name)
    if not files:
        return ["которой", "района", "является"]
    words = re.findall(r"\b[а-яё]{6,}\b", files[0].read_text(encoding="utf-8"))
    return sorted(set(words))[:2000]


@given(st.sampled_from(_corpus_words("ru-gsd.txt")))
@settings(max_examples=200, deadline=None)
def test_a_russian_word_in_capitals_is_its_french_form_in_capitals(word: str) -> None:
    # words of six letters and more (read as words, not acronyms), in small letters: no name
    assert translit.romanize(word.upper(), lang="ru", target="fr") == (
        translit.romanize(word, lang="ru", target="fr").upper()
    )


@given(
    st.text("аоуыэиеяюёжчшщйкнр", min_size=2, max_size=6),
    st.sampled_from(["kk", "ky", "tt", "ba", "be"]),
)
@settings(max_examples=150, deadline=None)
def test_a_surname_in_capitals_after_a_given_name_is_in_capitals(stem: str, lang: str) -> None:
    # catalogue style: a surname in capitals beside a capitalised word; no small letter in it
    surname = f"ЧАЙ{stem.upper()}ОВ"
    out = translit.romanize(f"{surname} Жукова", lang=lang, target="en")
    first = out.split(" ")[0]
    assert first == first.upper(), out


@pytest.mark.parametrize(
    ("target", "text", "expected"),
    [
        # a listed person with a patronymic, the line in capitals: the listed given name, as
        # in small letters (Andrey Andreyevich Vlasov, Youri Alekseïevitch Gagarine)
        ("en", "АНДРЕЙ АНДРЕЕВИЧ ВЛАСОВ", "ANDREY ANDREYEVICH VLASOV"),
        ("fr", "ЮРИЙ АЛЕКСЕЕВИЧ ГАГАРИН", "YOURI ALEKSEÏEVITCH GAGARINE"),
    ],
)
def test_a_listed_name_with_patronymic_in_capitals(target: str, text: str, expected: str) -> None:
    assert translit.romanize(text.title(), lang="ru", target=target) == expected.title()
    assert translit.romanize(text, lang="ru", target=target) == expected


def _listed_russian_persons() -> list[str]:
    path = Path(__file__).parent.parent / "glossaries" / "names.csv"
    rows = csv.DictReader(path.read_text(encoding="utf-8").splitlines())
    return sorted(
        r["ru"]
        for r in rows
        if r["type"] == "person" and re.fullmatch(r"[А-ЯЁ][а-яё]+ [А-ЯЁ][а-яё]+", r["ru"])
    )


@given(st.sampled_from(_listed_russian_persons()), st.sampled_from(["en", "de", "fr"]))
@settings(max_examples=150, deadline=None)
def test_a_listed_person_with_patronymic_in_capitals_is_the_title_in_capitals(
    name: str, target: str
) -> None:
    # a heading or a list in capitals writes a person as running text does, in capitals
    given_name, surname = name.split(" ")
    text = f"{given_name} Иванович {surname}"
    assert translit.romanize(text.upper(), lang="ru", target=target) == (
        translit.romanize(text, lang="ru", target=target).upper()
    )
