"""names49: one reading of a Belarusian person in every case form (the French nominative of a
row whose forms include the surname alone, given names of another stem in their cases) and the
Latushko row (en.wikipedia.org/wiki/Pavel_Latushko, de.wikipedia.org/wiki/Pawel_Latuschka,
the frwiki article Pavel Latouchka: stored copies)."""

from __future__ import annotations

import pytest

from translit import romanize
from translit.morphology import declined_nominatives, person_declined

LENIN = {
    "en": "Vladimir Ilyich Lenin",
    "de": "Wladimir Iljitsch Lenin",
    "fr": "Vladimir Ilitch Lénine",
}


@pytest.mark.parametrize("target", ["en", "de", "fr"])
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("be", "Уладзімір Ільіч Ленін"),
        ("be", "Уладзіміра Ільіча Леніна"),
        ("be", "з Уладзімірам Ільічом Леніным"),
        ("uk", "Володимир Ілліч Ленін"),
        ("ru", "Владимир Ильич Ленин"),
    ],
)
def test_lenin_reads_alike_in_every_case(lang: str, text: str, target: str) -> None:
    # the fr row is "Vladimir Lénine|Lénine": the one-word form stopped the nominative's rule
    assert LENIN[target] in romanize(text, lang=lang, target=target)


def test_lenin_in_capitals_for_french_readers() -> None:
    assert romanize("УЛАДЗІМІР ІЛЬІЧ ЛЕНІН", lang="be", target="fr") == "VLADIMIR ILITCH LÉNINE"


LATUSHKO = {"en": "Pavel Latushko", "de": "Pawel Latuschka", "fr": "Pavel Latouchka"}


@pytest.mark.parametrize("target", ["en", "de", "fr"])
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("be", "Павел Латушка"),
        ("be", "ПАВЕЛ ЛАТУШКА"),
        ("be", "Сустрэча з Паўлам Латушкам."),
        ("be", "заява Паўла Латушкі"),
        ("be", "ліст Паўлу Латушку"),
        ("be", "гаворка пра Паўла Латушку"),
        ("be", "аб Паўле Латушку"),
        ("ru", "Павел Латушко"),
        ("ru", "с Павлом Латушко"),
    ],
)
def test_latushko_row_in_every_case(lang: str, text: str, target: str) -> None:
    got = romanize(text, lang=lang, target=target)
    want = LATUSHKO[target]
    assert (got.upper() if text.isupper() else got).count(
        want.upper() if text.isupper() else want
    ) == 1, got


@pytest.mark.parametrize(
    ("name", "forms"),
    [
        ("Павел Латушка", ["Паўла Латушкі", "Паўлу Латушку", "Паўлам Латушкам", "Паўле Латушку"]),
        ("Пётр Клімук", ["Пятра Клімука", "Пятру Клімуку", "Пятром Клімуком"]),
        ("Леў Сапега", ["Льва Сапегі", "Льву Сапегу", "Львом Сапегам"]),
    ],
)
def test_given_names_of_another_stem_decline(name: str, forms: list[str]) -> None:
    got = person_declined(name, "be")
    assert set(forms) <= got
    # not the nominative's stem with an ending (Павела), nor the bare oblique stem (Паўл)
    given = name.split(" ", maxsplit=1)[0]
    assert not any(f.startswith(given) for f in got)
    assert not any(f.split(" ")[0] in ("Паўл", "Пятр", "Льв") for f in got)


@pytest.mark.parametrize(
    ("word", "nominative"),
    [("Паўла", "Павел"), ("Паўлам", "Павел"), ("Пятру", "Пётр"), ("Львом", "Леў"), ("ЛЬВА", "ЛЕЎ")],
)
def test_given_stems_read_back(word: str, nominative: str) -> None:
    assert nominative in declined_nominatives(word, "be")


@pytest.mark.parametrize(
    ("text", "target", "want"),
    [
        ("Льва Троцкага", "en", "Leon Trotsky"),
        ("са Львом Троцкім", "de", "sa Leo Trotzki"),
        ("Льва Сапегі", "fr", "Lew Sapieha"),
    ],
)
def test_listed_persons_of_such_given_names_in_a_case(text: str, target: str, want: str) -> None:
    assert romanize(text, lang="be", target=target) == want


def test_such_a_given_name_alone_stays_as_written() -> None:
    # no surname: no person to read (as names48's guards)
    assert romanize("у Пятра", lang="be", target="en") == "u Pyatra"
    assert "Pavel" not in romanize("з Паўлам", lang="be", target="en")


@pytest.mark.parametrize(
    ("text", "target", "want"),
    [
        # en.wikipedia's first line: Pavel Pavlovich Latushko (the row's form is the Russian
        # spelling's, so the Russian patronymic); de.wikipedia's: Pawel Paulawitsch Latuschka
        ("Павел Паўлавіч Латушка", "en", "Pavel Pavlovich Latushko"),
        ("з Паўлам Паўлавічам Латушкам", "en", "z Pavel Pavlovich Latushko"),
        ("Павел Паўлавіч Латушка", "de", "Pawel Paulawitsch Latuschka"),
        # a row whose form writes the given name otherwise keeps its rule (names46, names48)
        ("Аляксандр Рыгоравіч Лукашэнка", "en", "Alexander Grigoryevich Lukashenko"),
        ("Аляксандр Рыгоравіч Лукашэнка", "de", "Aljaksandr Ryhorawitsch Lukaschenka"),
    ],
)
def test_the_patronymic_of_the_rows_form(text: str, target: str, want: str) -> None:
    assert romanize(text, lang="be", target=target) == want
