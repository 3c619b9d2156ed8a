"""A man's Ukrainian surname in -ко declines after his given name, where VESUM has no man's
reading of it (Франко: only the trade term франко, neuter, undeclined).

Expected forms are typed from the sources, not read from the code: a man's surname of the noun
type in -о declines as a masculine noun of the second declension, hard group (Український
правопис 2019, §§ 82-83; the textbooks' table, Забудько: Забудька, Забудькові or Забудьку,
Забудька, Забудьком, на Забудькові or Забудьку; "вулиця Івана Франка", never "Івана Франко");
of several datives side by side the first takes -ові, those after it -у (§ 83, note). A
woman's surname in -о does not decline (Марія Шевченко, Марії Шевченко); a foreign one in -о
does not either (Гюго, Кастро; Наум Габо); Russian keeps -ко surnames undeclined (Ивана
Франко), which replace reads from a Russian text and writes in Ukrainian declined.
"""

from __future__ import annotations

import pytest

from translit.glossary import Concept, Glossary, Term
from translit.glossary.apply import apply_text
from translit.morphology import inflect, inflections

FRANKO = Glossary(
    [
        Concept(
            "franko",
            subject="person",
            terms=[Term("Иван Франко", "ru"), Term("Іван Франко", "uk")],
        ),
        Concept(
            "franko-full",
            subject="person",
            terms=[Term("Иван Яковлевич Франко", "ru"), Term("Іван Якович Франко", "uk")],
        ),
    ]
)


@pytest.mark.parametrize(
    ("case", "expected"),
    [
        ("gent", "Івана Франка"),
        ("accs", "Івана Франка"),  # (a living being's accusative is its genitive)
        ("datv", "Іванові Франку"),  # (§ 83, note: the first -ові, then -у)
        ("ablt", "Іваном Франком"),
    ],
)
def test_a_man_s_surname_in_ko_declines_after_his_given_name(case: str, expected: str) -> None:
    assert inflect("Іван Франко", "uk", case, hint="person") == expected


def test_its_locative_takes_both_endings_of_the_table() -> None:
    got = inflections("Іван Франко", "uk", "loct", hint="person")
    assert {form.split()[1] for form in got} == {"Франкові", "Франку"}


def test_with_a_patronymic_every_word_declines() -> None:
    assert inflect("Іван Якович Франко", "uk", "gent", hint="person") == "Івана Яковича Франка"
    assert inflect("Іван Якович Франко", "uk", "ablt", hint="person") == "Іваном Яковичем Франком"


@pytest.mark.parametrize(
    ("term", "genitive"),
    [
        ("Франко", "Франко"),  # (alone: no gender told)
        ("Марія Франко", "Марії Франко"),  # (a woman's surname does not decline)
        ("Наум Габо", "Наума Габо"),  # (not -ко: may be foreign, Габо a pseudonym)
        ("Фідель Кастро", "Фіделя Кастро"),  # (a foreign surname in -о: VESUM's Fixd)
    ],
)
def test_other_surnames_in_o_stay(term: str, genitive: str) -> None:
    assert inflections(term, "uk", "gent", hint="person") == frozenset({genitive})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Улица Ивана Франко.", "Улица Івана Франка."),
        ("Памятник Ивану Франко.", "Памятник Іванові Франку."),
        ("С Иваном Франко.", "С Іваном Франком."),
        ("Письма Ивана Яковлевича Франко.", "Письма Івана Яковича Франка."),
    ],
)
def test_replace_writes_the_ukrainian_target_declined(text: str, expected: str) -> None:
    notes: list[tuple[int, int, str]] = []
    assert apply_text(text, FRANKO, "uk", "replace", notes=notes) == expected
    assert notes == []


def test_a_ukrainian_text_s_declined_form_is_the_term() -> None:
    """«твори Івана Франка» holds the term Іван Франко (its genitive), so a Russian target is
    written for it in the same case (Russian: Ивана Франко, undeclined)."""
    assert apply_text("Твори Івана Франка.", FRANKO, "ru") == "Твори Ивана Франко."
