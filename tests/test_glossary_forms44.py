"""Glossary forms forms43 left (forms44).

Sources, each form from real text, a dictionary or a grammar:
A full name's words agree in gender: the given name's gender as pymorphy3's dictionaries tag it
(OpenCorpora, VESUM) or data/names/given_names.csv lists it, the surname's as the dictionaries
tag its nominative (Пушкин a man's, its woman's form Пушкина; Клинтон, Гинзбург, Шевченко
either's: the dictionaries give them a woman's indeclinable reading).
"""

from __future__ import annotations

import itertools

import pytest

from translit.glossary import Concept, Glossary, Term, find_terms, lookup, shipped
from translit.glossary.folding import fold
from translit.glossary.forms import pluralized, term_forms, unsuffixed

ANNA = ["Анна", "Анны", "Анне", "Анну", "Анной"]
PUSHKIN = ["Пушкин", "Пушкина", "Пушкину", "Пушкиным", "Пушкине"]


@pytest.mark.parametrize(("given", "surname"), list(itertools.product(ANNA, PUSHKIN)))
def test_a_womans_given_name_beside_a_mans_surname_form_is_no_one_person(
    given: str, surname: str
) -> None:
    # (Анна Пушкина's cases are Анны Пушкиной, Анне Пушкиной…: none of these)
    assert lookup(shipped(), f"{given} {surname}") == []


def test_names_of_either_gender_and_agreeing_names_are_still_found() -> None:
    g = shipped()
    for text, concept in [
        ("Саша Пушкин", "person-pushkin"),  # (Саша: a man's name too)
        ("Тараса Шевченко", "person-taras-shevchenko"),
        ("Александра Пушкина", "person-alexander-pushkin"),
        ("Валентины Терешковой", "person-tereshkova"),
        ("Хиллари Клинтон", "person-hillary-clinton"),
    ]:
        assert concept in [m.concept.id for m in lookup(g, text)], text
    assert [m.concept.id for m in lookup(g, "Александра Пушкина")] == ["person-alexander-pushkin"]


# German nouns in -ee: each plural as the Debian word list wngerman 20161207 (igerman98) holds
# it, the genders Duden's (das Komitee, der Kaffee, der Tee, das Klischee; die Armee, die Idee,
# die Kaktee; der See and die See, both Seen)
@pytest.mark.parametrize(
    ("word", "plural"),
    [
        ("Komitee", "Komitees"),
        ("Zentralkomitee", "Zentralkomitees"),
        ("Klischee", "Klischees"),
        ("Kaffee", "Kaffees"),
        ("Tee", "Tees"),
        ("Kräutertee", "Kräutertees"),
        ("Püree", "Pürees"),
        ("Armee", "Armeen"),
        ("Idee", "Ideen"),
        ("Kaktee", "Kakteen"),
        ("See", "Seen"),
        ("Stausee", "Stauseen"),
    ],
)
def test_nouns_in_ee_take_s_or_n_by_gender(word: str, plural: str) -> None:
    assert pluralized(word, "de")[0] == plural
    assert fold(word) in unsuffixed(fold(plural), "de")


def test_the_state_planning_committee_takes_s() -> None:
    assert pluralized("Staatliches Plankomitee", "de")[0] == "Staatliche Plankomitees"
    assert not any(
        "Plankomiteen" in f for f in term_forms(Concept("c"), Term("Staatliches Plankomitee", "de"))
    )
    assert pluralized("Schnee", "de") == ()  # (Schnees: its genitive)
    assert pluralized("Frottee", "de", "neuter") == ("Frottees",)
    assert pluralized("Soiree", "de") == ("Soireen",)  # (not listed: the feminine class)


# German epithets: the article, then an adjective (weak declension) or a noun, weak or strong
# (Duden, Die Grammatik; the LEO language blog, "Wie man Herrscher beugt"; de.wikipedia's
# titles Iwan der Schreckliche, Katharina die Große, Theophanes der Grieche, Jaroslaw der
# Weise, Wilhelm der Eroberer, Albrecht der Bär, Ludwig der Bayer)
@pytest.mark.parametrize(
    ("term", "genitive", "dative"),
    [
        ("Iwan der Schreckliche", "Iwans des Schrecklichen", "Iwan dem Schrecklichen"),
        ("Katharina die Große", "Katharinas der Großen", "Katharina der Großen"),
        ("Theophanes der Grieche", "Theophanes des Griechen", "Theophanes dem Griechen"),
        ("Jaroslaw der Weise", "Jaroslaws des Weisen", "Jaroslaw dem Weisen"),
        ("Wilhelm der Eroberer", "Wilhelms des Eroberers", "Wilhelm dem Eroberer"),
        ("Albrecht der Bär", "Albrechts des Bären", "Albrecht dem Bären"),
        ("Ludwig der Bayer", "Ludwigs des Bayern", "Ludwig dem Bayern"),
    ],
)
def test_an_epithet_declines_with_the_name(term: str, genitive: str, dative: str) -> None:
    g = Glossary([Concept("p", subject="person", terms=[Term(term, "de")])])
    forms = term_forms(g.concepts[0], g.concepts[0].terms[0])
    assert genitive in forms and dative in forms
    assert not any(f.endswith(("Erobereres", "Bärs", "Bayers")) for f in forms)
    for form in (genitive, dative):
        assert [m.concept.id for m in lookup(g, form)] == ["p"]
        assert [h.text for h in find_terms(f"unter {form} und", g)] == [form]


def test_a_feminine_noun_epithet_does_not_change() -> None:
    c = Concept("p", subject="person", terms=[Term("Anna die Prophetin", "de")])
    assert "Annas der Prophetin" in term_forms(c, c.terms[0])


def test_bear_and_bavarian_are_weak_nouns() -> None:
    # (Duden: der Bär, des Bären, die Bären, never Bäre by the -är rule; der Bayer, des Bayern;
    # test_glossary_inflection_plural had Bär with no plural: the weak class was not listed)
    assert pluralized("Bär", "de") == ("Bären",)
    assert pluralized("Bayer", "de") == ("Bayern",)


# A name ending in an s sound marks its genitive with an apostrophe (§ 96 of the official
# German spelling rules, 2006; Duden): Marx' Werke, Engels' Schriften; Tolstois with -s
@pytest.mark.parametrize(
    ("name", "genitive"),
    [
        ("Karl Marx", "Karl Marx’"),
        ("Friedrich Engels", "Friedrich Engels’"),
        ("Günter Grass", "Günter Grass’"),
        ("Lew Tolstoi", "Lew Tolstois"),
    ],
)
def test_a_name_in_an_s_sound_takes_the_apostrophe(name: str, genitive: str) -> None:
    c = Concept("p", subject="person", terms=[Term(name, "de")])
    assert term_forms(c, c.terms[0]) == (name, genitive)


def test_the_apostrophe_genitive_is_read() -> None:
    g = shipped()
    for text in ("Friedrich Engels’", "Friedrich Engels'", "Karl Marx’"):
        assert len(lookup(g, text)) == 1, text
    one = Glossary([Concept("p", subject="person", terms=[Term("Theophanes der Grieche", "de")])])
    for text in ("Theophanes’ des Griechen", "Theophanes' des Griechen"):
        assert [h.text for h in find_terms(f"die Ikonen {text} in Moskau", one)] == [text]


def test_a_declined_surname_tells_its_own_gender() -> None:
    # (Колчак: the dictionaries give it a woman's indeclinable reading too, so Анна Колчак may
    # be one woman; Колчака, Колчаком are a man's cases alone: Анны Колчак would be hers)
    g = Glossary([Concept("k", subject="person", terms=[Term("Колчак", "ru")])])
    assert [m.concept.id for m in lookup(g, "Анна Колчак")] == ["k"]
    for text in ("Анны Колчака", "Анной Колчаком", "Анне Колчаку"):
        assert lookup(g, text) == [], text
    assert [m.concept.id for m in lookup(g, "Александра Колчака")] == ["k"]
