"""German terms in running German text: the genitive -s/-es and the adjective's -en of
``data/inflection.toml`` (Duden, Die Grammatik), matched by glossary apply with ``inflect`` on.

The expected forms are written here from the grammar, not read from the code: Putins Krieg,
Gorbatschows Politik, des Holocausts, der Roten Armee; Marx' (an s sound: no -s); an acronym
takes no ending (der ROA, never ROAs as a form of ROA).
"""

from __future__ import annotations

import pytest
from conftest import german_terms_of_two_genders

from translit.glossary import Concept, Glossary, Term, lookup
from translit.glossary.apply import apply_text, find_terms
from translit.glossary.forms import suffixed

GLOSSARY = Glossary(
    [
        Concept(
            "gorbachev",
            subject="person",
            terms=[Term("Gorbatschow", "de"), Term("Gorbatchev", "fr")],
        ),
        Concept("marx", subject="person", terms=[Term("Marx", "de"), Term("Marx", "fr")]),
        Concept("holocaust", terms=[Term("Holocaust", "de"), Term("Shoah", "fr")]),
        Concept("red-army", terms=[Term("Rote Armee", "de"), Term("Armée rouge", "fr")]),
        Concept(
            "kpdsu", terms=[Term("Kommunistische Partei der Sowjetunion", "de"), Term("PCUS", "fr")]
        ),
        Concept("roa", terms=[Term("ROA", "de"), Term("ROA", "fr")]),
    ]
)


@pytest.mark.parametrize(
    ("term", "forms"),
    [
        ("Gorbatschow", {"Gorbatschows"}),
        ("Holocaust", {"Holocausts", "Holocaustes"}),
        ("Rote Armee", {"Roten Armee"}),
        ("Kommunistische Partei der Sowjetunion", {"Kommunistischen Partei der Sowjetunion"}),
    ],
)
def test_the_forms_hold_what_the_grammar_writes(term: str, forms: set[str]) -> None:
    got = suffixed(term, "de")
    assert got[0] == term
    assert forms <= set(got)


@pytest.mark.parametrize("term", ["Kreis", "ROA", "KGB"])
def test_an_s_sound_or_an_acronym_takes_no_ending(term: str) -> None:
    # (apply51: a common noun after an s sound takes Duden's -es, Prozesses, Komplexes; a
    # word in one s of no gender stated none, as it may be a plural in -s, die Gulags)
    assert suffixed(term, "de") == (term,)


@pytest.mark.parametrize("term", ["Marx", "Strauß"])
def test_a_name_in_an_s_sound_takes_an_apostrophe(term: str) -> None:
    # (apply51: these were read as common nouns above; as names, Marx' Werke, never Marxes)
    assert suffixed(term, "de", name=True) == (term, term + "’")


def test_other_languages_take_no_ending() -> None:
    assert suffixed("Gorbatchev", "fr") == ("Gorbatchev",)
    assert suffixed("Gorbachev", "en") == ("Gorbachev",)


def _found(text: str, inflect: bool = True) -> list[str]:
    rows = apply_text(text, GLOSSARY, "fr", "list", inflect=inflect).splitlines()
    return [row.split("\t")[2] for row in rows]


def test_a_german_text_finds_its_terms_in_the_genitive_and_after_an_article() -> None:
    text = (
        "Gorbatschows Politik, die Folgen des Holocausts und die Soldaten der Roten Armee; "
        "der Parteitag der Kommunistischen Partei der Sowjetunion; Marx’ Werk; die ROA."
    )
    assert _found(text) == [
        "Gorbatschows",
        "Holocausts",
        "Roten Armee",
        "Kommunistischen Partei der Sowjetunion",
        "Marx",
        "ROA",
    ]
    assert _found(text, inflect=False) == ["Marx", "ROA"]


def test_no_ending_makes_another_word_match() -> None:
    # an acronym with an s is no form of it, nor is a name's -s inside a longer word
    assert _found("die ROAs und Gorbatschowsky, Holocaustleugner") == []
    # a name needs its capital in any form (a small letter is a common word)
    assert _found("gorbatschows") == []


def test_replace_writes_the_target_term_for_a_german_form() -> None:
    out = apply_text("Die Folgen des Holocausts.", GLOSSARY, "fr", "replace")
    assert out == "Die Folgen des Shoah."


def test_a_genitive_form_takes_the_replaced_terms_article() -> None:
    """The form found ("des Holocausts") and user22's article fitting together: the German
    article before it takes the gender and case of the term written (Duden: des Holocausts,
    der Shoah; dem Holocaust, der Shoah)."""
    g = german_terms_of_two_genders()  # (die Shoah, der Holocaust)
    notes: list[tuple[int, int, str]] = []
    out = apply_text(
        "Wegen des Holocausts und nach dem Holocaust.", g, "de", "replace", notes=notes
    )
    assert out == "Wegen der Shoah und nach der Shoah."
    assert notes == []


def test_a_longer_form_cut_short_by_the_texts_end_is_no_match() -> None:
    """At the text's last word, a longer form of the same first two words (Rote Armee
    Fraktion) was read as the text's end, cut short, which is the shorter form's pattern:
    the term was found twice, the second time past the text's end, and written twice."""
    g = Glossary(
        [
            Concept("ra", terms=[Term("Rote Armee", "de"), Term("Armée rouge", "fr")]),
            Concept("raf", terms=[Term("Rote Armee Fraktion", "de"), Term("RAF", "fr")]),
        ]
    )
    text = "Soldaten der Roten Armee"
    assert [h.text for h in find_terms(text, g)] == ["Roten Armee"]
    assert apply_text(text, g, "fr") == "Soldaten der Armée rouge"
    assert apply_text(text + " Fraktion", g, "fr") == "Soldaten der RAF"


# (qafix43) A ruler's epithet declines with the name: the sentences of the LEO language blog,
# "Wie man Herrscher beugt" (blog.leo.org/2009/10/06, after canoonet's grammar), and the
# genitive of a woman's name (Katharinas der Großen).
EPITHETS = Glossary(
    [
        Concept(
            "charlemagne",
            subject="person",
            terms=[Term("Karl der Große", "de"), Term("Charlemagne", "fr")],
        ),
        Concept(
            "catherine-the-great",
            subject="person",
            terms=[
                Term("Katharina die Große", "de", gender="feminine"),
                Term("Catherine II", "fr"),
            ],
        ),
        Concept("karl-v", subject="person", terms=[Term("Karl der Fünfte", "de")]),
    ]
)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Man redet über Karl den Großen.", "Karl den Großen"),
        ("Man beschäftigt sich also mit Karl dem Großen.", "Karl dem Großen"),
        ("die Kaiserpfalz Karls des Großen", "Karls des Großen"),
        ("die Pfalz des Kaisers Karl des Großen", "Karl des Großen"),
        ("Man beschäftigt sich also mit Katharina der Großen.", "Katharina der Großen"),
        ("die Herrschaft Katharinas der Großen", "Katharinas der Großen"),
        ("die Herrschaft Karls des Fünften", "Karls des Fünften"),
    ],
)
def test_an_epithet_declines_with_the_name(text: str, found: str) -> None:
    assert [h.text for h in find_terms(text, EPITHETS)] == [found]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # the article or the adjective of another case: no form of the term
        ("Karls der Großen Reich", []),
        ("mit Karl dem Große", []),
        ("Katharinas des Großen", []),
    ],
)
def test_an_epithet_out_of_agreement_is_no_form(text: str, found: list[str]) -> None:
    assert [h.text for h in find_terms(text, EPITHETS) if " " in h.text] == found


def test_a_persons_name_takes_s_only_whatever_its_gender() -> None:
    """Duden: a proper name's genitive is -s, never -es (Peters, not Peteres), and a woman's
    name takes it too (Katharinas), though a feminine noun takes none."""
    assert suffixed("Peter", "de", name=True) == ("Peter", "Peters")
    assert suffixed("Katharina", "de", "feminine", name=True) == ("Katharina", "Katharinas")
    assert suffixed("Holocaust", "de") == ("Holocaust", "Holocausts", "Holocaustes")
    assert suffixed("Held der Sowjetunion", "de", name=True) == (
        "Held der Sowjetunion",
        "Helds der Sowjetunion",
    )


@pytest.mark.parametrize(
    ("query", "concept"),
    [
        ("Karls des Großen", "charlemagne"),
        ("Karl den Großen", "charlemagne"),
        ("Katharina der Großen", "catherine-the-great"),
        ("Karl dem Fünften", "karl-v"),
    ],
)
def test_lookup_finds_a_name_by_its_epithets_case_form(query: str, concept: str) -> None:
    found = lookup(EPITHETS, query)
    assert [(m.concept.id, m.reason) for m in found][:1] == [(concept, "inflected")]


def test_lookup_of_an_epithet_out_of_agreement_finds_no_inflected_form() -> None:
    assert not [m for m in lookup(EPITHETS, "Karl des Große") if m.reason == "inflected"]
