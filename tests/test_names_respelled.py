"""Serbs written in Russian letters, for readers (``[respelled.ru]`` of conventions.toml).

A Russian text spells a Serb by the Russian practical transcription of Serbo-Croatian (Горан
Брегович, Милорад Павич); English, German and French readers print him as the Latin alphabet
writes him. Expected forms are the English, German and French Wikipedia article titles (Goran
Bregović, Milorad Pavić, Dragan Stojković: the same title in the three); none of these persons
is in glossaries/names.csv or bench/data/names_world39.tsv, the list the rule was measured on.
"""

from __future__ import annotations

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

import translit
from translit.names import established_forms
from translit.names.forms import south_slavic_given

TITLES = [
    ("Горан Брегович", "Goran Bregović"),
    ("Милорад Павич", "Milorad Pavić"),
    ("Драган Стойкович", "Dragan Stojković"),
]


@pytest.mark.parametrize("target", ["en", "de", "fr"])
@pytest.mark.parametrize(("text", "title"), TITLES)
def test_a_serb_in_russian_letters_is_written_in_serbian_latin(
    text: str, title: str, target: str
) -> None:
    assert translit.romanize(text, lang="ru", target=target) == title
    assert translit.romanize(text, target=target) == title  # detected as Russian


def test_in_a_sentence_in_capitals_and_beside_a_russian_name() -> None:
    text = "Фильм Горана Бреговича? Нет: музыка — Горан Брегович, текст — Иван Петрович."
    assert translit.romanize(text, lang="ru", target="de") == (
        "Film Gorana Bregowitscha? Net: musyka — Goran Bregović, tekst — Iwan Petrowitsch."
    )
    assert translit.romanize("ГОРАН БРЕГОВИЧ", lang="ru", target="en") == "GORAN BREGOVIĆ"
    # a common word opening the sentence is no part of the name
    assert translit.romanize("Композитор Горан Брегович", lang="ru", target="en") == (
        "Kompozitor Goran Bregović"
    )


@pytest.mark.parametrize(
    "text", ["Муса Хираманович Манаров", "Манаров Муса Хираманович", "Горан Петрович Иванов"]
)
def test_a_word_in_ich_within_three_names_is_a_russian_patronymic(text: str) -> None:
    # (Муса is a name of the South Slavic tables: given_names_alike.csv)
    out = translit.romanize(text, lang="ru", target="en")
    assert "ić" not in out and "ovich" in out, out


@pytest.mark.parametrize(
    ("text", "target", "out"),
    [
        ("Иван Петрович", "en", "Ivan Petrovich"),  # a Russian given name
        ("Горан Иванов", "de", "Goran Iwanow"),  # a surname of another ending
        ("Горан брегович", "en", "Goran bregovich"),  # no capital: no name
    ],
)
def test_russian_names_and_other_surnames_keep_the_convention(
    text: str, target: str, out: str
) -> None:
    assert translit.romanize(text, lang="ru", target=target) == out


def test_only_russian_text_is_read_so() -> None:
    # Ukrainian spells its own way (и is y): the rule is the Russian spelling's
    assert translit.romanize("Горан Брегович", lang="uk", target="en") == "Horan Brehovych"


@settings(max_examples=60, deadline=None)
@given(
    given_name=st.sampled_from(sorted(south_slavic_given())),
    stem=st.text(alphabet="бвгдзклмнпрстшаеиоу", min_size=2, max_size=6),
    target=st.sampled_from(["en", "de", "fr"]),
)
def test_the_surname_ending_is_serbian_after_any_table_name(
    given_name: str, stem: str, target: str
) -> None:
    """Any given name of the South Slavic tables before a capitalised word in -ич that no
    established form reads (Шостакович): the surname is written -ić for every reader."""
    surname = f"{stem.capitalize()}ович"
    assume(surname not in established_forms(target))
    text = f"{given_name.capitalize()} {surname}"
    out = translit.romanize(text, lang="ru", target=target)
    assert out.endswith("ović"), (text, out)
