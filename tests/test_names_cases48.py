"""names48: a Belarusian person's name of given name, patronymic and surname read in every
case (Уладзіміра Ільіча Леніна, з Аляксандрам Рыгоравічам Лукашэнкам, Міхаілу Сяргеевічу
Гарбачову), every word in one case by [declension.be] (its `patronymic` rules), printed as the
nominative prints the person."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import translit
from translit.morphology import declined_nominatives, person_declined
from translit.names.conventions import _russian_patronymic

# (each case of the person's three names, the nominative's print for en, de, fr: the rows'
# forms, the patronymic as the nominative prints it: Russian for a row whose form writes the
# Russian given name, the line's letters for de's Aljaksandr Lukaschenka, Ukrainian for Klitschko)
CASES = [
    ("Уладзіміра Ільіча Леніна", "Vladimir Ilyich Lenin", "Wladimir Iljitsch Lenin"),
    ("Уладзіміру Ільічу Леніну", "Vladimir Ilyich Lenin", "Wladimir Iljitsch Lenin"),
    ("Уладзімірам Ільічом Леніным", "Vladimir Ilyich Lenin", "Wladimir Iljitsch Lenin"),
    (
        "Аляксандра Рыгоравіча Лукашэнкі",
        "Alexander Grigoryevich Lukashenko",
        "Aljaksandr Ryhorawitsch Lukaschenka",
    ),
    (
        "Аляксандру Рыгоравічу Лукашэнку",
        "Alexander Grigoryevich Lukashenko",
        "Aljaksandr Ryhorawitsch Lukaschenka",
    ),
    (
        "Аляксандрам Рыгоравічам Лукашэнкам",
        "Alexander Grigoryevich Lukashenko",
        "Aljaksandr Ryhorawitsch Lukaschenka",
    ),
    (
        "Міхаіла Сяргеевіча Гарбачова",
        "Mikhail Sergeyevich Gorbachev",
        "Michail Sergejewitsch Gorbatschow",
    ),
    (
        "Міхаілу Сяргеевічу Гарбачову",
        "Mikhail Sergeyevich Gorbachev",
        "Michail Sergejewitsch Gorbatschow",
    ),
    (
        "Міхаілам Сяргеевічам Гарбачовым",
        "Mikhail Sergeyevich Gorbachev",
        "Michail Sergejewitsch Gorbatschow",
    ),
    (
        "Уладзімірам Уладзіміравічам Пуціным",
        "Vladimir Vladimirovich Putin",
        "Wladimir Wladimirowitsch Putin",
    ),
    (
        "Віталю Уладзіміравічу Клічко",
        "Vitali Volodymyrovych Klitschko",
        "Vitali Wolodymyrowytsch Klitschko",
    ),
    (
        "Святланай Аляксандраўнай Алексіевіч",
        "Svetlana Aleksandrovna Alexievich",
        "Swetlana Alexandrowna Alexijewitsch",
    ),
]


@pytest.mark.parametrize("said, en, de", CASES)
def test_a_full_name_in_a_case_prints_the_person(said: str, en: str, de: str) -> None:
    assert translit.romanize(f"Размова з {said}.", lang="be", target="en") == f"Razmova z {en}."
    assert translit.romanize(f"Размова з {said}.", lang="be", target="de") == f"Rasmowa s {de}."


@pytest.mark.parametrize(
    "said, fr",
    [
        ("Уладзіміра Ільіча Леніна", "Vladimir Ilitch Lénine"),
        ("Аляксандрам Рыгоравічам Лукашэнкам", "Alexandre Grigorievitch Loukachenko"),
        ("Міхаілу Сяргеевічу Гарбачову", "Mikhaïl Sergueïevitch Gorbatchev"),
    ],
)
def test_french_readers(said: str, fr: str) -> None:
    assert translit.romanize(said, lang="be", target="fr") == fr


@pytest.mark.parametrize("target", ["en", "de", "fr"])
def test_the_nominative_prints_the_same(target: str) -> None:
    nominative = translit.romanize("Аляксандр Рыгоравіч Лукашэнка", lang="be", target=target)
    genitive = translit.romanize("Аляксандра Рыгоравіча Лукашэнкі", lang="be", target=target)
    assert genitive == nominative


def test_in_capitals() -> None:
    got = translit.romanize("АЛЯКСАНДРА РЫГОРАВІЧА ЛУКАШЭНКІ", lang="be", target="en")
    assert got == "ALEXANDER GRIGORYEVICH LUKASHENKO"


@pytest.mark.parametrize(
    "said, person",
    [
        # words in different cases are no one name (a genitive, a dative, a genitive)
        ("Уладзіміра Ільічу Леніна", "Vladimir Ilyich Lenin"),
        # a given name and a patronymic alone name no listed person (as Russian's с
        # Александром Григорьевичем): the line's letters
        ("Аляксандрам Рыгоравічам", "Alexander Grigoryevich"),
    ],
)
def test_not_a_listed_person(said: str, person: str) -> None:
    got = translit.romanize(said, lang="be", target="en")
    assert not set(got.split()) & set(person.split()), got


@pytest.mark.parametrize(
    "word, want",
    [
        ("Рыгоравічам", "Григорьевич"),
        ("Рыгоравічу", "Григорьевич"),
        ("Сяргеевіча", "Сергеевич"),
        ("Ільічом", "Ильич"),
        ("Уладзіміравічам", "Владимирович"),
        ("Аляксандраўнай", "Александровна"),
        ("Аляксандраўне", "Александровна"),
    ],
)
def test_an_oblique_patronymic_read_back(word: str, want: str) -> None:
    assert _russian_patronymic(word, "be") == want


def test_the_patronymic_rules() -> None:
    assert declined_nominatives("Рыгоравічам", "be", "patronymic") == ("Рыгоравіч",)
    assert "Ільінічна" in declined_nominatives("Ільінічны", "be", "patronymic")
    forms = person_declined("Аляксандр Рыгоравіч Лукашэнка", "be")
    assert {
        "Аляксандра Рыгоравіча Лукашэнкі",
        "Аляксандру Рыгоравічу Лукашэнку",
        "Аляксандрам Рыгоравічам Лукашэнкам",
    } <= forms
    # no mixed case, no nominative as written
    assert "Аляксандра Рыгоравічу Лукашэнкі" not in forms
    assert "Аляксандр Рыгоравіч Лукашэнка" not in forms
    # a woman's surname in a consonant does not decline (Святланы Алексіевіч)
    assert "Святланы Аляксандраўны Алексіевіч" in person_declined(
        "Святлана Аляксандраўна Алексіевіч", "be"
    )


# ru←X: a Ukrainian person named in a Russian line with a patronymic, printed with the
# Ukrainian patronymic the en Wikipedia article's first line writes ([patronymic]
# own_language), in the nominative and in a case
@pytest.mark.parametrize(
    "said, en",
    [
        ("Владимир Александрович Зеленский", "Volodymyr Oleksandrovych Zelenskyy"),
        ("с Владимиром Александровичем Зеленским", "s Volodymyr Oleksandrovych Zelenskyy"),
        ("Виктор Фёдорович Янукович", "Viktor Fedorovych Yanukovych"),
        ("Тарас Григорьевич Шевченко", "Taras Hryhorovych Shevchenko"),
        ("Пётр Алексеевич Порошенко", "Petro Oleksiiovych Poroshenko"),
        ("Виктор Андреевич Ющенко", "Viktor Andriiovych Yushchenko"),
        # a Russian person keeps the Russian one, in a case too
        ("Льва Николаевича Толстого", "Leo Nikolayevich Tolstoy"),
    ],
)
def test_a_ukrainian_person_in_a_russian_line(said: str, en: str) -> None:
    assert translit.romanize(said, lang="ru", target="en") == en


def test_the_ukrainian_patronymic_in_german() -> None:
    got = translit.romanize("Владимир Александрович Зеленский", lang="ru", target="de")
    assert got == "Wolodymyr Oleksandrowytsch Selenskyj"


@pytest.mark.parametrize(
    "word, lang, want",
    [
        # Григорий's and Анатолий's Russian patronymics read back (-ьевич: the ь off, ий on)
        ("Григорьевич", "uk", "Григорович"),
        ("Анатольевич", "uk", "Анатолійович"),
        ("Анатольевич", "ru", "Анатольевич"),
        ("Фёдорович", "uk", "Федорович"),
        ("Федорович", "ru", "Фёдорович"),
    ],
)
def test_patronymics_of_grigori_anatoli_fyodor(word: str, lang: str, want: str) -> None:
    assert _russian_patronymic(word, "ru", lang) == want


@pytest.mark.parametrize(
    "said, lang, target, want",
    [
        # rows added (ru←X): readers get the person's own given name, in a case too
        ("Алексей Резников", "ru", "en", "Oleksii Reznikov"),
        ("с Алексеем Резниковым", "ru", "de", "s Oleksij Resnikow"),
    ],
)
def test_rows_of_persons_written_about(said: str, lang: str, target: str, want: str) -> None:
    assert translit.romanize(said, lang=lang, target=target) == want


@pytest.mark.parametrize(
    "said, target, want",
    [
        # Bulgarian Николай: the Transliteration Act's y for en and fr readers, de's j
        ("Николай Бодуров", "en", "Nikolay Bodurov"),
        ("Николай Бодуров", "fr", "Nikolay Bodurov"),
        ("Николай Бодуров", "de", "Nikolaj Bodurow"),
        # a person's own spelling, his row's
        ("Николай Денков", "en", "Nikolai Denkov"),
        ("Николай Денков", "fr", "Nikolaï Denkov"),
    ],
)
def test_bulgarian_nikolay(said: str, target: str, want: str) -> None:
    assert translit.romanize(said, lang="bg", target=target) == want


def _be_persons() -> list[tuple[str, str]]:
    """(a case form, the nominative) of each names.csv person of two words in Belarusian
    spelling whose given name the given-name tables list (its sex known: the forms the grammar
    gives a man's or a woman's name), every form person_declined gives."""
    from translit.morphology import _listed_sexes

    path = Path(__file__).parent.parent / "glossaries" / "names.csv"
    out = []
    for row in csv.DictReader(path.open(encoding="utf-8")):
        for name in row["be"].split("|") if row["type"] == "person" else ():
            if name.count(" ") == 1 and name.split(" ")[0].lower() in _listed_sexes("be"):
                out += [(form, name) for form in sorted(person_declined(name, "be"))]
    return out


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(_be_persons()), st.sampled_from(["en", "de"]))
def test_a_listed_belarusian_person_in_any_case(pair: tuple[str, str], target: str) -> None:
    form, name = pair
    got = translit.romanize(f"Размова з {form} была.", lang="be", target=target)
    assert got == translit.romanize(f"Размова з {name} была.", lang="be", target=target)
