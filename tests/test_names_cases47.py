"""names47: a Belarusian man's surname in -а or in a consonant in every case of the grammar, and
not in a woman's noun's forms; patronymics of irregular fathers' names read back (Ільіч,
Якаўлевіч, Ілліч, Якович) and formed (Яков → Яковлевич, Яків → Якович)."""

from __future__ import annotations

import pytest

import translit
from translit.morphology import declined_nominatives, surname_declined
from translit.names.conventions import _russian_patronymic


@pytest.mark.parametrize(
    "said, en",
    [
        # a man's surname in -а: genitive -і/-ы, dative, accusative, locative -у, instrumental
        # -ам (be-hse: Лукашэнкі, Лукашэнку, Лукашэнкам; Янку Купалу)
        ("Лукашэнкі", "Lukashenko"),
        ("Лукашэнку", "Lukashenko"),
        ("Лукашэнкам", "Lukashenko"),
        ("Купалу", "Kupala"),
        ("Купалам", "Kupala"),
        ("Скарыны", "Skaryna"),
        ("Скарынам", "Skaryna"),
        # a man's surname in -й and in -ч: the masculine noun's endings
        ("Цою", "Tsoi"),
        ("Цоем", "Tsoi"),
        ("Шушкевічу", "Shushkevich"),
        ("Шушкевічам", "Shushkevich"),
        ("Чэрчылем", "Churchill"),
    ],
)
def test_a_mans_surname_in_each_case(said: str, en: str) -> None:
    got = translit.romanize(f"Размова з {said} была.", lang="be", target="en")
    assert got == f"Razmova z {en} byla.", got


@pytest.mark.parametrize(
    "nominative, said, en",
    # a woman's noun's forms (Бярозцы, a woman's; ноччу): no form of a man's surname
    [
        ("Лукашэнка", "Лукашэнцы", "Lukashenko"),
        ("Лукашэнка", "Лукашэнкай", "Lukashenko"),
        ("Бубка", "Бубцы", "Bubka"),
        ("Шушкевіч", "Шушкевіччу", "Shushkevich"),
        ("Бабель", "Бабеллю", "Babel"),
    ],
)
def test_a_womans_nouns_form_is_not_the_mans_surname(nominative: str, said: str, en: str) -> None:
    assert said not in surname_declined(nominative, "be")
    got = translit.romanize(f"Размова з {said} была.", lang="be", target="en")
    assert got.split()[2] != en, got


def test_the_surname_rules_read_back() -> None:
    for nominative in ("Лукашэнка", "Купала", "Цой", "Шушкевіч", "Чэрчыль"):
        forms = surname_declined(nominative, "be")
        assert forms, nominative
        for form in forms:
            assert nominative in declined_nominatives(form, "be", "surname"), form


@pytest.mark.parametrize(
    "word, source, lang, want",
    [
        ("Якаўлевіч", "be", "ru", "Яковлевич"),
        ("Міхайлавіч", "be", "ru", "Михайлович"),
        ("Міхайлаўна", "be", "ru", "Михайловна"),
        ("Ільіч", "be", "ru", "Ильич"),
        ("Львовіч", "be", "ru", "Львович"),
        ("Паўлавіч", "be", "uk", "Павлович"),
        ("Ілліч", "uk", "ru", "Ильич"),
        ("Іллівна", "uk", "ru", "Ильинична"),
        ("Якович", "uk", "ru", "Яковлевич"),
        ("Хомич", "uk", "ru", "Фомич"),
        ("Кузьмич", "ru", "uk", "Кузьмич"),
        ("Ильич", "ru", "uk", "Ілліч"),
        ("Саввич", "ru", "uk", "Савич"),
        ("Никитич", "ru", "uk", "Микитович"),
        ("Яковлевич", "ru", "uk", "Якович"),
    ],
)
def test_an_irregular_patronymic_read_back(word: str, source: str, lang: str, want: str) -> None:
    assert _russian_patronymic(word, source, lang) == want


@pytest.mark.parametrize(
    "line, lang, target, want",
    [
        # a Russian person in a Belarusian or Ukrainian line: the Russian patronymic
        ("Уладзімір Ільіч Ленін", "be", "en", "Vladimir Ilyich Lenin"),
        ("Уладзімір Ільіч Ленін", "be", "de", "Wladimir Iljitsch Lenin"),
        ("Володимир Ілліч Ленін", "uk", "en", "Vladimir Ilyich Lenin"),
        # a Ukrainian person ([patronymic] own_language): his own language's, Ivan Yakovych
        # Franko as the en Wikipedia article's first line writes him
        ("Іван Якаўлевіч Франко", "be", "en", "Ivan Yakovych Franko"),
        ("Иван Яковлевич Франко", "ru", "fr", "Ivan Iakovytch Franko"),
        # a one-word listed person after a given name and such a patronymic stays read
        ("Петро Ілліч Чайковський", "uk", "en", "Petro Illich Tchaikovsky"),
    ],
)
def test_a_person_with_an_irregular_patronymic(
    line: str, lang: str, target: str, want: str
) -> None:
    assert translit.romanize(line, lang=lang, target=target) == want


@pytest.mark.parametrize(
    "line, lang, target, want",
    [
        # a Belarusian person the readers write from his Russian spelling (names.csv
        # person-valery-tsepkalo: en.wikipedia's Valery Tsepkalo, de.wikipedia's Waleryj Zepkala)
        ("Валерый Цапкала", "be", "en", "Valery Tsepkalo"),
        ("Валерый Цапкала", "be", "de", "Waleryj Zepkala"),
        ("Валерий Цепкало", "ru", "en", "Valery Tsepkalo"),
        # his full name only: the surname alone may be his wife's, whom RFE/RL writes Veranika
        # Tsapkala (bench/data/names_calib17.tsv)
        ("Вераніка Цапкала", "be", "en", "Veranika Tsapkala"),
    ],
)
def test_an_established_form_from_the_russian_spelling(
    line: str, lang: str, target: str, want: str
) -> None:
    assert translit.romanize(line, lang=lang, target=target) == want
