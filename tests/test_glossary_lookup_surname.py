"""glossary lookup of a full name where the glossary lists the person's surname alone.

The names are glossaries/names.csv's persons listed by surname only (Терешкова, Ельцин,
Ахматова, Цветаева, Петров-Водкин) written as the Wikipedia article titles print the full
name: en.wikipedia "Valentina Tereshkova", "Boris Yeltsin", "Anna Akhmatova", "Marina
Tsvetaeva", "Kuzma Petrov-Vodkin"; fr.wikipedia "Valentina Terechkova"; de.wikipedia
"Walentina Tereschkowa"; ru.wikipedia's surname-first heading "Терешкова, Валентина
Владимировна" as Russian documents order it."""

from __future__ import annotations

import csv
import json

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from translit.cli import cli
from translit.glossary import load, lookup, shipped_path
from translit.names.keys import surname_guesses


@pytest.fixture(scope="module")
def names():  # type: ignore[no-untyped-def]
    return load(shipped_path("names.csv"))


@pytest.mark.parametrize(
    ("text", "concept", "term"),
    [
        ("Valentina Tereshkova", "person-tereshkova", "Tereshkova"),
        ("Valentina Terechkova", "person-tereshkova", "Terechkova"),
        ("Walentina Tereschkowa", "person-tereshkova", "Tereschkowa"),
        ("Терешкова Валентина Владимировна", "person-tereshkova", "Терешкова"),
        ("TERESHKOVA Valentina", "person-tereshkova", "Tereshkova"),
        ("V. V. Tereshkova", "person-tereshkova", "Tereshkova"),
        # (Boris Yeltsin has his full-name row since translator43: an exact match, as Yuri
        # Gagarin's below; Rasputin is listed by surname alone)
        ("Grigori Rasputin", "person-rasputin", "Rasputin"),
        ("Anna Akhmatova", "person-akhmatova", "Akhmatova"),
        ("Marina Tsvetaeva", "person-tsvetaeva", "Tsvetaeva"),
        ("Kuzma Petrov-Vodkin", "person-petrov-vodkin", "Petrov-Vodkin"),
    ],
)
def test_a_full_name_finds_the_person_listed_by_surname(names, text, concept, term) -> None:  # type: ignore[no-untyped-def]
    found = lookup(names, text, target="de")
    assert [(m.concept.id, m.reason) for m in found] == [(concept, "surname")]
    assert found[0].term.text.casefold() == term.casefold()
    assert found[0].score < 50  # (below every whole match, the name key's included)


def test_a_whole_match_is_never_beaten_by_the_surname(names) -> None:  # type: ignore[no-untyped-def]
    # names.csv lists both person-gagarin (Гагарин) and person-yuri-gagarin (Юрий Гагарин)
    found = lookup(names, "Yuri Gagarin")
    assert [(m.concept.id, m.reason) for m in found] == [("person-yuri-gagarin", "exact")]


@pytest.mark.parametrize(
    "text",
    ["Stalin Prize", "Red Army Day", "valentina tereshkova", "Tereshkova Street", "Moscow Kremlin"],
)
def test_a_phrase_is_no_full_name(names, text) -> None:  # type: ignore[no-untyped-def]
    assert all(m.reason != "surname" for m in lookup(names, text))


def test_surname_guesses_of_names_and_phrases() -> None:
    assert surname_guesses("Valentina Tereshkova") == ["Tereshkova"]
    assert surname_guesses("Терешкова Валентина Владимировна") == ["Терешкова"]
    assert surname_guesses("Anna Maria") == []  # (each a given name: neither a surname)
    assert surname_guesses("Stalin Prize") == []
    assert surname_guesses("Valentina Vladimirovna Tereshkova Nikolayeva") == []  # (four words)


def _surname_persons() -> list[str]:
    """The en spellings of names.csv's persons of one word, but Timur (Тимур, Tamerlane: a
    given name, which no full name ends with as its surname)."""
    with open(shipped_path("names.csv"), encoding="utf-8", newline="") as f:
        rows = [r for r in csv.DictReader(f) if r["type"] == "person"]
    cells = [c.strip() for r in rows for c in r["en"].split("|")]
    return sorted(c for c in cells if c and len(c.split()) == 1 and c != "Timur")


@settings(max_examples=40, deadline=None)
@given(
    given_name=st.sampled_from(["Valentina", "Boris", "Anna", "Youri", "Walentina", "Mikhaïl"]),
    surname=st.sampled_from(_surname_persons()),
)
def test_surname_matches_only_when_nothing_whole_does(names, given_name, surname) -> None:  # type: ignore[no-untyped-def]
    found = lookup(names, f"{given_name} {surname}")
    reasons = {m.reason for m in found}
    if reasons - {"surname", "surname key"}:  # (a key's match is a surname's too: oblique41)
        assert "surname" not in reasons
    elif not found:  # (the person's own full name has other given names: not Pierre Lénine)
        listed = [c for c in names.concepts if any(t.text == surname for t in c.terms)]
        assert any(len(t.text.split()) > 1 for c in listed for t in c.terms), surname
    else:
        assert all(m.concept.subject == "person" for m in found)


def test_cli_says_surname_in_text_and_json() -> None:
    args = ["glossary", "lookup", "Valentina Terechkova", "-t", "de"]
    r = CliRunner().invoke(cli, args)
    assert r.exit_code == 0, r.output
    assert r.output == "person-tereshkova\tsurname\tTerechkova (fr)\tTereschkowa\n"
    r = CliRunner().invoke(cli, [*args, "--json"])
    (m,) = json.loads(r.output)
    assert (m["concept"], m["reason"], m["matched"]["text"]) == (
        "person-tereshkova",
        "surname",
        "Terechkova",
    )
