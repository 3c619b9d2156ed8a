"""glossary lookup of a full name in a case, and the surname match's wrong hits.

The persons are glossaries/names.csv's rows listed by surname alone (Терешкова, Гагарин, Патон,
Фаддеев, Толстой, Ахматова). The case forms are typed by hand as Russian and Ukrainian grammar
declines them (a woman's surname in -ова as an adjective, Терешковой in the genitive, dative,
instrumental and prepositional; a man's in -ин/-он as a noun, Гагарина, Гагариным), as
ru.wikipedia's articles print them ("полёт Валентины Терешковой", "Юрием Гагариным") and
uk.wikipedia's on Boris and Yevgeny Paton ("Бориса Патона", "Євгена Патона") and Garry Kasparov
("Гаррі Каспарова"); de.wikipedia's
genitive "Walentina Tereschkowas". The wrong hits are fullname40's measured ones: George Patton
(Патон, Paton: en.wikipedia "George S. Patton") and Alexander Fadeyev (Фаддеев: en.wikipedia
"Alexander Fadeyev", Фадеев).
"""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from translit.cli import cli
from translit.glossary import load, lookup, shipped_path
from translit.glossary.model import Concept, Glossary, Term
from translit.names.keys import forename_readings, nominative_names, surname_guesses


@pytest.fixture(scope="module")
def names() -> Glossary:
    return load(shipped_path("names.csv"))


@pytest.fixture(scope="module")
def surnames(names: Glossary) -> Glossary:
    """names.csv's persons listed by surname alone, none of their full names beside them."""
    ids = ("person-tereshkova", "person-gagarin", "person-paton", "person-faddeev",
           "person-tolstoy", "person-akhmatova", "person-kasparov")  # fmt: skip
    return Glossary([c for c in names.concepts if c.id in ids])


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("Валентины Терешковой", "person-tereshkova"),
        ("Валентине Терешковой", "person-tereshkova"),
        ("Валентиной Терешковой", "person-tereshkova"),
        ("Валентину Терешкову", "person-tereshkova"),
        ("Валентины Владимировны Терешковой", "person-tereshkova"),
        ("Терешковой Валентины Владимировны", "person-tereshkova"),
        ("В. В. Терешковой", "person-tereshkova"),
        ("ВАЛЕНТИНЫ ТЕРЕШКОВОЙ", "person-tereshkova"),
        ("Walentina Tereschkowas", "person-tereshkova"),
        ("Юрия Гагарина", "person-gagarin"),
        ("Юрием Гагариным", "person-gagarin"),
        ("Юрия Алексеевича Гагарина", "person-gagarin"),
        ("Бориса Патона", "person-paton"),
        ("Євгена Патона", "person-paton"),
        ("Льва Толстого", "person-tolstoy"),
        ("Анны Ахматовой", "person-akhmatova"),
        ("Гаррі Каспарова", "person-kasparov"),  # (Ukrainian: the glossary lists Каспаров in ru)
    ],
)
def test_a_full_name_in_a_case_finds_the_surname(surnames, text, concept) -> None:  # type: ignore[no-untyped-def]
    found = lookup(surnames, text)
    assert [(m.concept.id, m.reason, m.score) for m in found] == [(concept, "surname", 40)]


@pytest.mark.parametrize(
    "text",
    [
        "Бориса Патон",  # (the given name in the genitive, the surname not: no one name)
        "Юрий Гагариным",
        "Валентины Терешкова",
        "Красной армии",  # (a phrase: no given name)
        "Дня Победы",
        "валентины терешковой",  # (not capitalised: no name)
    ],
)
def test_words_in_other_cases_are_no_full_name(surnames, text) -> None:  # type: ignore[no-untyped-def]
    assert all(not m.reason.startswith("surname") for m in lookup(surnames, text))


def test_the_whole_row_still_wins_in_a_case(names) -> None:  # type: ignore[no-untyped-def]
    # names.csv lists person-yuri-gagarin (Юрий Гагарин) beside person-gagarin (Гагарин)
    found = lookup(names, "Юрием Гагариным")
    assert [(m.concept.id, m.reason) for m in found] == [("person-yuri-gagarin", "inflected")]


@pytest.mark.parametrize(
    ("text", "concept"),
    [("George Patton", "person-paton"), ("Alexander Fadeyev", "person-faddeev")],
)
def test_a_surname_reached_by_its_key_alone_is_labelled_below(surnames, text, concept) -> None:  # type: ignore[no-untyped-def]
    # (Patton ≠ Paton, Fadeyev ≠ Faddeev: only the fuzzy name key joins them)
    found = lookup(surnames, text)
    assert [(m.concept.id, m.reason) for m in found] == [(concept, "surname key")]
    assert 0 < found[0].score < 40


def test_a_listed_spelling_stays_a_surname_match(surnames) -> None:  # type: ignore[no-untyped-def]
    for text in ("Boris Paton", "Ludvig Faddeev", "Valentina Tereshkova"):
        assert [m.reason for m in lookup(surnames, text)] == ["surname"], text


def _lenin_zhukov() -> Glossary:
    """A glossary that names the person beside the surname: a full form and a short form."""
    return Glossary(
        [
            Concept("lenin", subject="person", terms=[Term("Vladimir Lenin", "en"),
                    Term("Lénine", "fr"), Term("Владимир Ленин", "ru")]),
            Concept("zhukov", subject="person", terms=[Term("Георгий Жуков", "ru"),
                    Term("Жуков", "ru", type="shortForm"), Term("Zhukov", "en", type="shortForm")]),
        ]
    )  # fmt: skip


@pytest.mark.parametrize("text", ["Pierre Lénine", "Nadejda Lénine", "Yuri Zhukov", "Юрия Жукова"])
def test_another_given_name_than_the_glossarys_is_another_person(text) -> None:  # type: ignore[no-untyped-def]
    assert lookup(_lenin_zhukov(), text) == []


@pytest.mark.parametrize(
    ("text", "concept"),
    [("Georgi Zhukov", "zhukov"), ("Георгия Жукова", "zhukov"), ("V. Lénine", "lenin"),
     ("Wladimir Lénine", "lenin")],
)  # fmt: skip
def test_the_glossarys_given_name_in_any_spelling_or_case_is_the_person(text, concept) -> None:  # type: ignore[no-untyped-def]
    assert [m.concept.id for m in lookup(_lenin_zhukov(), text)] == [concept]


def test_forename_readings_and_nominatives() -> None:
    assert forename_readings("Юрием") == ("Юрий",)
    assert "Тарас" in forename_readings("Тараса")
    assert forename_readings("Терешковой") == ()
    assert forename_readings("Valentina") == ("Valentina",)
    assert surname_guesses("Юрия Гагарина") == ["Гагарина"]
    # (Власов, Петрова: surnames that are also plural cases of given names, Влас, Пётр)
    assert surname_guesses("Андрей Власов") == ["Власов"]
    assert surname_guesses("Ивана Петрова") == ["Петрова"]
    assert surname_guesses("Красной армии") == []
    said, nominatives = nominative_names("Ю. А. Гагарина", "Гагарина", "Гагарин")
    assert (said, nominatives) == ("Гагарина", ("Гагарин",))


@settings(max_examples=30, deadline=None)
@given(
    given_name=st.sampled_from(["Валентины", "Юрия", "Анны", "Бориса", "Льва", "Тараса"]),
    other=st.sampled_from(["армии", "Армии", "Победы", "Москвы", "Союза", "Красной"]),
)
def test_a_given_name_before_a_common_word_is_no_person(surnames, given_name, other) -> None:  # type: ignore[no-untyped-def]
    # (none of these words is a case of a listed surname: nothing may be found through one)
    assert lookup(surnames, f"{given_name} {other}") == []


def test_cli_text_and_json() -> None:
    args = ["glossary", "lookup", "Валентины Терешковой", "-t", "de"]
    r = CliRunner().invoke(cli, args)
    assert r.exit_code == 0, r.output
    assert r.output == "person-tereshkova\tsurname\tТерешкова (ru)\tTereschkowa\n"
    r = CliRunner().invoke(cli, [*args, "--json"])
    (m,) = json.loads(r.output)
    assert (m["concept"], m["reason"], m["score"]) == ("person-tereshkova", "surname", 40)


# A term whose first word is hyphenated or guessed by the dictionary is declined only for a
# query starting with a letter its forms may start with; a suppletive plural starts with another
# letter than the term (ru.wikipedia "Человек-амфибия", Belyaev's novel, and "Человек-невидимка",
# Wells's: "люди-амфибии", "людей-невидимок" as the Russian texts write the plurals).
@pytest.fixture(scope="module")
def suppletive() -> Glossary:
    shipped_concepts = [c for p in ("soviet-institutions.tbx", "ww2-roa.tbx")
                        for c in load(shipped_path(p)).concepts]  # fmt: skip
    mine = [Concept("amphibian", terms=[Term("Человек-амфибия", "ru")]),
            Concept("invisible", terms=[Term("Человек-невидимка", "ru")])]  # fmt: skip
    return Glossary(shipped_concepts + mine)


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("Люди-амфибии", "amphibian"),
        ("людей-амфибий", "amphibian"),
        ("Людям-амфибиям", "amphibian"),
        ("людьми амфибиями", "amphibian"),
        ("Человека-амфибии", "amphibian"),
        ("люди-невидимки", "invisible"),
        ("Людей-невидимок", "invisible"),
    ],
)
def test_a_suppletive_plural_finds_its_term(suppletive, text, concept) -> None:  # type: ignore[no-untyped-def]
    found = lookup(suppletive, text)
    assert [(m.concept.id, m.reason) for m in found[:1]] == [(concept, "inflected")]
