"""Belarusian places and Russian persons in a case (be45): a listed place of one word in a case
of data/inflection.toml's ``[declension.be]`` (the glossary's table, read through
translit.morphology: no dictionary of Belarusian exists) prints what its nominative prints, as
``[oblique.uk] places`` does for Ukrainian; a Russian person's row of one word respelled
(keys.toml ``[russian_spelling.be]``) is read in such a case too. The lines are UD
Belarusian-HSE's (/work/shared/corpus/be-hse.txt, cut to the phrase; its line numbers given),
the expected forms names.csv's rows (Wikipedia titles).
"""

from __future__ import annotations

import pytest
from conftest import lone_places
from hypothesis import given, settings
from hypothesis import strategies as st

import translit
from translit.glossary import forms as glossary_forms
from translit.morphology import declined, declined_nominatives, is_adjective


@pytest.mark.parametrize(
    "line, target, want, not_wanted",
    [
        ("ў цэнтры Гомеля адбываюць", "en", "Gomel", "Homyelya"),  # 113
        ("ў цэнтры Гомеля адбываюць", "de", "Homel", "Homelja"),
        ("У Гомелі міліцыя", "fr", "Homiel", "Homeli"),  # 854
        ("пад Гомелем у хлопчыка", "en", "Gomel", "Homyelyem"),  # 975
        ("у Віцебску", "de", "Wizebsk", "Wizebsku"),  # 329
        ("у Маскве Пуцін прапанаваў", "en", "Moscow", "Maskve"),  # 241
        ("паміж Мінскам і ЕС", "fr", "Minsk", "Minskam"),  # 1313
        ("у Кіеве,", "en", "Kyiv,", "Kiyevye,"),  # 1585: a stem in ў (Кіеў, Кіева)
        ("у Магілёве,", "de", "Mahiljou,", "Mahiljowe,"),  # 1143
        ("у Курапатах.", "en", "Kurapaty.", "Kurapatakh."),  # 278: a plural name
        ("з-пад Баранавіч.", "de", "Baranawitschy.", "Baranawitsch."),  # 2076
        ("у Гродне", "fr", "Grodno", "Hrodne"),  # 2307
        ("да Беларусі", "fr", "Biélorussie", "Belaroussi"),
    ],
)
def test_a_place_in_a_case_prints_its_form(
    line: str, target: str, want: str, not_wanted: str
) -> None:
    words = translit.romanize(line, lang="be", target=target).split()
    assert want in words and not_wanted not in words, words


@pytest.mark.parametrize(
    "line, kept",
    [
        # a surname after a given name in a case (Аляксандр Гомель), not the city
        ("ад Аляксандра Гомеля", "Homelja"),
        # a word of a name of several words (Новая Масква), not Moscow's locative
        ("у Новай Маскве", "Maskwe"),
        # an instrumental that ends as an adjective's case does: no dictionary tells, so a miss
        ("з Масквой", "Maskwoj"),
    ],
)
def test_no_place_where_the_word_may_be_another(line: str, kept: str) -> None:
    assert kept in translit.romanize(line, lang="be", target="de").split()


@pytest.mark.parametrize(
    "line, target, want",
    [
        ("ня чуў ад Пуціна, каб", "fr", "Poutine,"),  # 239
        ("злавілі Лукашэнку на хлусьні", "en", "Lukashenko"),  # 222
        ("супраць Гітлера, пакуль", "de", "Hitler,"),  # 2189
        ("па смерці Сталіна.", "fr", "Staline."),  # 79
    ],
)
def test_a_russian_person_in_a_case(line: str, target: str, want: str) -> None:
    assert want in translit.romanize(line, lang="be", target=target).split()


@pytest.mark.parametrize(
    "line, kept",
    [
        ("на плошчы Леніна, на", "Lenina,"),  # 1695: the square named after him
        ("праспэкта Леніна і", "Lenina"),  # 1754
        ("Аляксандра Пуціна", "Puzina"),  # another person of the surname
    ],
)
def test_no_person_where_the_name_names_another(line: str, kept: str) -> None:
    assert kept in translit.romanize(line, lang="be", target="de").split()


def test_one_home_for_the_belarusian_table() -> None:
    # the glossary's declension is morphology's (no second copy), and the names layer reads it
    assert glossary_forms.declined is declined
    assert {"Кіева", "Кіеву", "Кіеве"} <= set(declined("Кіеў", "be")[0])
    assert "Мінск" in declined_nominatives("Мінска", "be")
    assert declined_nominatives("Мінска", "uk") == ()
    assert is_adjective("Гомельскай", "be") and not is_adjective("Гомеля", "be")


def _places() -> tuple[tuple[str, str], ...]:
    """(Belarusian spelling, en form) of names.csv's one-word places spelled in Belarusian
    whose spelling no other row shares."""
    return tuple((name, row["en"].split("|")[0]) for name, row in lone_places("be"))


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(_places()), st.integers(min_value=1, max_value=12))
def test_any_case_of_a_listed_place(place: tuple[str, str], case: int) -> None:
    """A listed place in a case of the table, after a preposition, prints its row's en form or,
    where the rule does not read it (an adjective's ending), the line's letters: never another
    name."""
    name, en = place
    every, plural_only, _ = declined(name, "be")
    singular = [f for f in every if f not in plural_only]
    said = singular[case % len(singular)]
    got = translit.romanize(f"пра {said}", lang="be", target="en")
    letters = translit.romanize(f"пра {said}", lang="be", scheme="wikipedia")
    assert got in (f"pra {en}", letters), (said, got, letters)
