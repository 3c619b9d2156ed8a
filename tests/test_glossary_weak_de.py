"""German weak masculine nouns (n-Deklination) in glossary matching.

Expected values are typed from Duden, Die Grammatik, the weak declension's paradigm: der
Kommunist, des/dem/den Kommunisten, die/der/den Kommunisten; der Bauer, des Bauern; der
Nachbar, des Nachbarn; der Held, des Helden; with an adjective, strong: sowjetischer Partisan,
sowjetischen/sowjetischem/sowjetischen Partisanen, plural sowjetische, sowjetischer,
sowjetischen Partisanen; weak: der sowjetische Partisan. The strong look-alikes keep their
genitive -(e)s (des Restaurants, des Apparat(e)s, des Staat(e)s), das Präsent (a gift, neuter)
is no Präsident, and a person's name is strong (Kants). Targets: French plural in -s (Le Bon
Usage), Russian nominative plural коммунисты, партизаны (Русская грамматика 1980).
"""

from __future__ import annotations

import pytest

from translit.glossary import Concept, Glossary, Term
from translit.glossary.apply import EITHER, apply_text, find_terms
from translit.glossary.forms import (
    derived_forms,
    determined_number,
    plural_of,
    term_forms,
    undetermined_reading,
    unsuffixed,
)

GLOSSARY = Glossary(
    [
        Concept(
            "communist",
            terms=[
                Term("Kommunist", "de", gender="masculine"),
                Term("communiste", "fr"),
                Term("коммунист", "ru"),
            ],
        ),
        Concept(
            "partisan",
            terms=[Term("Partisan", "de"), Term("partisan", "fr"), Term("партизан", "ru")],
        ),
        Concept(
            "state", terms=[Term("Staat", "de"), Term("État", "fr"), Term("государство", "ru")]
        ),
        Concept(
            "apparatus",
            terms=[Term("Apparat", "de"), Term("appareil", "fr"), Term("аппарат", "ru")],
        ),
    ]
)


def _apply(text: str, target: str) -> tuple[str, list[str]]:
    notes: list[tuple[int, int, str]] = []
    out = apply_text(text, GLOSSARY, target, "replace", notes=notes)
    return out, [why for _, _, why in notes]


@pytest.mark.parametrize(
    ("term", "oblique"),
    [
        ("Kommunist", "Kommunisten"),
        ("Bolschewist", "Bolschewisten"),
        ("Sozialist", "Sozialisten"),  # (-list: not die List)
        ("Journalist", "Journalisten"),
        ("Nationalist", "Nationalisten"),
        ("Optimist", "Optimisten"),  # (-mist: not der Mist)
        ("Kollaborationist", "Kollaborationisten"),
        ("Emigrant", "Emigranten"),
        ("Demonstrant", "Demonstranten"),
        ("Dissident", "Dissidenten"),
        ("Präsident", "Präsidenten"),
        ("Soldat", "Soldaten"),
        ("Diplomat", "Diplomaten"),
        ("Demokrat", "Demokraten"),
        ("Bürokrat", "Bürokraten"),
        ("Astronom", "Astronomen"),
        ("Fotograf", "Fotografen"),
        ("Geograph", "Geographen"),
        ("Philosoph", "Philosophen"),
        ("Partisan", "Partisanen"),
        ("Held", "Helden"),
        ("Kriegsheld", "Kriegshelden"),
        ("Mensch", "Menschen"),
        ("Bauer", "Bauern"),
        ("Nachbar", "Nachbarn"),
        ("Kamerad", "Kameraden"),
        ("Rebell", "Rebellen"),
        ("Fürst", "Fürsten"),
    ],
)
def test_a_weak_noun_takes_en_in_every_case_but_the_nominative(term: str, oblique: str) -> None:
    forms, plural, either = derived_forms(Concept("x"), Term(term, "de"))
    assert forms == (term, oblique)  # (no genitive -s or -es: never Kommunists, Kommunistes)
    assert (plural, either) == ((), (oblique,))  # (des Kommunisten, die Kommunisten)
    assert plural_of(Term(term, "de")) == oblique


@pytest.mark.parametrize(
    ("term", "genitive"),
    [
        ("Restaurant", "Restaurants"),
        ("Leutnant", "Leutnants"),
        ("Apparat", "Apparates"),
        ("Staat", "Staates"),
        ("Senat", "Senats"),
        ("Rat", "Rates"),
        ("Volkskommissariat", "Volkskommissariats"),
        ("Samisdat", "Samisdats"),
        ("Moment", "Moments"),
        ("Dokument", "Dokuments"),
        ("Regiment", "Regiments"),
        ("Parlament", "Parlaments"),
        ("Kontinent", "Kontinents"),
        ("Kontingent", "Kontingents"),
        ("Talent", "Talents"),
        ("Geist", "Geistes"),
        ("Mist", "Mistes"),
        ("Resultat", "Resultats"),
        ("Patriarchat", "Patriarchats"),
    ],
)
def test_a_strong_look_alike_stays_strong(term: str, genitive: str) -> None:
    forms = term_forms(Concept("x"), Term(term, "de"))
    assert genitive in forms
    assert term + "en" not in forms


def test_a_given_gender_not_masculine_and_a_name_are_not_weak() -> None:
    """die Frist (feminine), das Präsent (neuter, a gift: des Präsent(e)s); Kant's genitive,
    Kants, Taschkent's, Taschkents (Duden: a name takes -s)."""
    assert term_forms(Concept("x"), Term("Frist", "de", gender="feminine")) == ("Frist",)
    assert "Präsenten" not in term_forms(Concept("x"), Term("Präsent", "de", gender="neuter"))
    assert term_forms(Concept("k", subject="person"), Term("Kant", "de"))[1] == "Kants"
    assert term_forms(Concept("t", subject="place"), Term("Taschkent", "de"))[1] == "Taschkents"


def test_an_adjective_before_a_weak_noun() -> None:
    forms, plural, either = derived_forms(Concept("x"), Term("Sowjetischer Partisan", "de"))
    assert set(forms) == {
        "Sowjetischer Partisan",  # (strong and mixed nominative)
        "Sowjetische Partisan",  # (weak nominative: der sowjetische Partisan)
        "Sowjetischen Partisanen",  # (genitive, accusative; weak and mixed dative; plural)
        "Sowjetischem Partisanen",  # (strong dative)
        "Sowjetische Partisanen",  # (strong plural nominative, accusative)
        "Sowjetischer Partisanen",  # (strong plural genitive)
    }
    assert set(plural) == {"Sowjetische Partisanen", "Sowjetischer Partisanen"}
    assert either == ("Sowjetischen Partisanen",)


def test_a_lookup_finds_the_weak_noun_s_form() -> None:
    assert "kommunist" in unsuffixed("kommunisten", "de")
    assert "bauer" in unsuffixed("bauern", "de")


def test_the_german_determiners_of_number() -> None:
    """Before a weak masculine form in -en: des, dem, eines, einem singular; die, der (the
    plural's genitive) plural; den, einen (accusative singular or dative plural) neither."""
    for w in ("des", "dem", "eines", "einem", "dieses", "diesem"):
        assert determined_number(w, "de") == "singular", w
    for w in ("die", "der", "diese", "dieser", "alle", "zwei", "1944"):
        assert determined_number(w, "de") == "plural", w
    for w in ("den", "einen", "diesen", "mit", "und"):
        assert determined_number(w, "de") is None, w
    assert undetermined_reading("de") == "either"


@pytest.mark.parametrize(
    ("text", "how"),
    [
        ("der Kommunist", "term"),
        ("des Kommunisten", "inflected"),
        ("dem Kommunisten", "inflected"),
        ("eines Kommunisten", "inflected"),
        ("die Kommunisten", "plural"),
        ("der Kommunisten", "plural"),
        ("zwei Kommunisten", "plural"),
        ("den Kommunisten", EITHER),
        ("Kommunisten", EITHER),
        ("die Partisanen", "plural"),
        ("des Partisanen", "inflected"),
        ("des Staates", "inflected"),
        ("des Apparates", "inflected"),
    ],
)
def test_list_tells_the_number(text: str, how: str) -> None:
    assert [(h.text, h.how) for h in find_terms(text, GLOSSARY)] == [
        (text.rsplit(maxsplit=1)[-1], how)
    ]


def test_no_strong_ending_on_a_weak_noun_matches() -> None:
    assert find_terms("Kommunists und Kommunistes", GLOSSARY) == []


@pytest.mark.parametrize(
    ("text", "fr", "ru"),
    [
        ("die Kommunisten", "die communistes", "die коммунисты"),
        ("der Kommunisten", "der communistes", "der коммунисты"),
        ("des Kommunisten", "des communiste", "des коммунист"),
        ("einem Partisanen", "einem partisan", "einem партизан"),
        ("die Partisanen", "die partisans", "die партизаны"),
        ("des Staates", "des État", "des государство"),
        ("des Apparates", "des appareil", "des аппарат"),
    ],
)
def test_replace_writes_the_number_the_determiner_tells(text: str, fr: str, ru: str) -> None:
    assert _apply(text, "fr") == (fr, [])
    assert _apply(text, "ru") == (ru, [])


# (mit Partisanen, no determiner: the plural, de28; "ihn als Partisanen", an apposition in
# its noun's case, is either)
@pytest.mark.parametrize("text", ["den Kommunisten", "Kommunisten waren", "ihn als Partisanen"])
def test_replace_keeps_a_form_of_either_number(text: str) -> None:
    for target in ("fr", "ru"):
        out, notes = _apply(text, target)
        assert out == text
        assert len(notes) == 1 and "singular in one reading and plural in another" in notes[0]


def test_a_plural_into_german_takes_the_weak_plural() -> None:
    assert _apply("les communistes et des partisans", "de") == (
        "les Kommunisten et des Partisanen",
        [],
    )
