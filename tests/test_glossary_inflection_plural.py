"""German adjective declension and German, French and English plurals of glossary terms in
running text (``data/inflection.toml``), and what ``glossary apply --mode replace`` writes for a
plural form.

Every expected form here is typed from the grammars the data names, not read from the code:
Duden, Die Grammatik (the adjective's strong, weak and mixed declension: der Rote Stern, eines
Roten Sterns, mit rotem Stern; the plural of feminine nouns in -ung, -heit, -keit, -schaft,
-tion, -tät and of nouns in -e), Le Bon Usage (-s, -x after -eau -au -eu; -al -ail -ou split:
none given) and the Cambridge Grammar (-s, -es after a sibilant, -ies after a consonant + y).
"""

from __future__ import annotations

import json

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from translit.glossary import Concept, Glossary, Term, lookup
from translit.glossary.apply import apply_text, find_terms
from translit.glossary.files import shipped
from translit.glossary.folding import fold
from translit.glossary.forms import (
    derived_forms,
    plural_forms,
    plural_of,
    pluralized,
    suffixed,
    term_forms,
    unsuffixed,
)

# -- German adjectives: strong, weak and mixed declension ---------------------------------------


def test_a_masculine_term_in_er_takes_every_ending_of_its_declension() -> None:
    """Roter Stern (strong/mixed nominative: ein Roter Stern): der Rote Stern, eines Roten
    Sterns, einem Roten Stern / mit Rotem Stern, einen Roten Stern."""
    got = set(suffixed("Roter Stern", "de"))
    assert {"Roter Stern", "Rote Stern", "Roten Sterns", "Roten Sternes", "Rotem Stern",
            "Roten Stern"} <= got  # fmt: skip
    # no cell of a masculine noun: -es is neuter, and the genitive -s comes with -en only
    assert not got & {"Rotes Stern", "Roter Sterns", "Rote Sterns", "Rotem Sterns"}


def test_a_neuter_term_in_es() -> None:
    """Rotes Banner (ein Rotes Banner): das Rote Banner, des Roten Banners, mit Rotem Banner."""
    got = set(suffixed("Rotes Banner", "de"))
    assert {"Rote Banner", "Roten Banners", "Rotem Banner", "Roten Banner"} <= got
    assert not got & {"Roter Banner", "Rotes Banners"}  # (no singular neuter cell)


def test_a_feminine_term_takes_the_feminine_cells_only() -> None:
    """Rote Armee, feminine: strong rote/roter/roter/rote, weak and mixed rote/roten/roten/rote;
    a feminine noun takes no genitive -s."""
    assert set(suffixed("Rote Armee", "de", "feminine")) == {
        "Rote Armee",
        "Roter Armee",
        "Roten Armee",
    }


def test_without_a_gender_an_e_adjective_takes_what_every_gender_shares() -> None:
    """-e is the nominative of every gender (weak; strong feminine and plural): only -e and -en
    are forms whatever the noun's gender. (Rote Armee: Armee is feminine by its -ee since
    forms46, so it takes Roter Armee too, as with the gender given.)"""
    assert set(suffixed("Rote Fahne", "de")) == {"Rote Fahne", "Roten Fahne"}
    assert set(suffixed("Rote Armee", "de")) == set(suffixed("Rote Armee", "de", "feminine"))


def test_a_noun_in_ee_is_no_adjective() -> None:
    """Armee ends in -e but is a noun: no adjective ends in -ee (a stem in e takes no second
    e: leise, müde). Rote Armee Fraktion has one adjective, die Rote Armee Fraktion → der Roten
    Armee Fraktion; "Armeen" or "Armeer" are no forms of it. (Feminine, as -ee nouns are
    since forms46: also the strong Roter Armee Fraktion, as with the gender given.)"""
    assert set(suffixed("Rote Armee Fraktion", "de")) == {
        "Rote Armee Fraktion",
        "Roten Armee Fraktion",
        "Roter Armee Fraktion",
    }
    assert set(suffixed("Freie Deutsche Jugend", "de")) == {
        "Freie Deutsche Jugend",
        "Freien Deutschen Jugend",
    }


def test_adjectives_agree_and_the_genitive_goes_on_the_head_noun() -> None:
    got = set(suffixed("Großer Vaterländischer Krieg", "de"))
    assert {"Großen Vaterländischen Krieges", "Großen Vaterländischen Kriegs",
            "Großem Vaterländischem Krieg"} <= got  # fmt: skip
    assert "Großen Vaterländischer Krieg" not in got  # (two adjectives of one noun agree)
    got = set(suffixed("Föderaler Sicherheitsdienst der Russischen Föderation", "de"))
    assert "Föderalen Sicherheitsdienstes der Russischen Föderation" in got
    assert set(suffixed("Komitee für Staatssicherheit", "de")) >= {"Komitees für Staatssicherheit"}
    assert "Komitee für Staatssicherheits" not in suffixed("Komitee für Staatssicherheit", "de")


def test_a_noun_in_ung_is_feminine_and_takes_no_genitive_s() -> None:
    assert suffixed("Hauptverwaltung der Lager", "de") == ("Hauptverwaltung der Lager",)
    assert suffixed("Entkulakisierung", "de") == ("Entkulakisierung",)


def test_a_persons_name_has_no_adjectives() -> None:
    """Grete, Sophie end as an adjective does; a person's genitive is on the surname."""
    person = Concept("p", subject="person")
    forms = term_forms(person, Term("Sophie Scholl", "de"))
    assert "Sophie Scholls" in forms
    assert not [f for f in forms if f.startswith(("Sophien", "Sophier"))]


# -- plurals ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("term", "lang", "plural"),
    [
        ("Säuberung", "de", "Säuberungen"),
        ("Freiheit", "de", "Freiheiten"),
        ("Persönlichkeit", "de", "Persönlichkeiten"),
        ("Gesellschaft", "de", "Gesellschaften"),
        ("Deportation", "de", "Deportationen"),
        ("Universität", "de", "Universitäten"),
        ("Kolchose", "de", "Kolchosen"),
        ("Hauptverwaltung der Lager", "de", "Hauptverwaltungen der Lager"),
        # -ismus (-ismen): Duden, Die Grammatik, "Der Plural"; a plural in -n takes no dative -n
        ("Mechanismus", "de", "Mechanismen"),
        ("goulag", "fr", "goulags"),
        ("bureau", "fr", "bureaux"),
        ("tuyau", "fr", "tuyaux"),
        ("camp de concentration", "fr", "camps de concentration"),
        ("guerre froide", "fr", "guerres froides"),
        # -s, -x, -z: the plural is the singular (Le Bon Usage, "Le nombre du nom"; the
        # Académie française: un héros, des héros; une voix, des voix; un nez, des nez)
        ("procès", "fr", "procès"),
        ("héros", "fr", "héros"),
        ("voix", "fr", "voix"),
        ("nez", "fr", "nez"),
        ("héros soviétique", "fr", "héros soviétiques"),
        ("procès de Moscou", "fr", "procès de Moscou"),
        # a name or an abbreviation in a term takes no plural (Le Bon Usage: les opérations
        # Barbarossa), nor does a word after the indefinite article (an article is no core)
        ("opération Barbarossa", "fr", "opérations Barbarossa"),
        ("division SS Galicie", "fr", "divisions SS Galicie"),
        ("XVe corps de cavalerie cosaque SS", "fr", "XVe corps de cavalerie cosaque SS"),
        ("Pas un pas en arrière !", "fr", "Pas un pas en arrière !"),
        ("gulag", "en", "gulags"),
        ("army", "en", "armies"),
        ("day", "en", "days"),
        ("tax", "en", "taxes"),
        ("purge", "en", "purges"),
        ("prisoner of war", "en", "prisoners of war"),
        ("labour camp", "en", "labour camps"),
    ],
)
def test_a_regular_plural(term: str, lang: str, plural: str) -> None:
    assert pluralized(term, lang) == (plural,)


@pytest.mark.parametrize(
    ("term", "plurals"),
    [
        # the borrowed suffixes -eur, -är (masculine: -e; Duden, Die Grammatik, "Der Plural":
        # Ingenieur – Ingenieure, Funktionär – Funktionäre), and the dative plural's -n
        # ("Die Deklination des Substantivs": mit den Ingenieuren, den Funktionären)
        ("Kollaborateur", ("Kollaborateure", "Kollaborateuren")),
        ("Ingenieur", ("Ingenieure", "Ingenieuren")),
        ("Funktionär", ("Funktionäre", "Funktionären")),
        ("Revolutionär", ("Revolutionäre", "Revolutionären")),
    ],
)
def test_a_german_plural_in_e_and_its_dative(term: str, plurals: tuple[str, ...]) -> None:
    assert pluralized(term, "de") == plurals


def test_the_dative_plural_takes_the_adjectives_of_the_dative() -> None:
    # mit ehemaligen Funktionären (strong), den ehemaligen Funktionären (weak, mixed): never
    # "ehemalige Funktionären"
    forms = pluralized("ehemaliger Funktionär", "de")
    assert [f for f in forms if f.endswith("Funktionären")] == ["ehemaligen Funktionären"]
    assert "ehemalige Funktionäre" in forms and "ehemaliger Funktionäre" in forms


def test_a_dative_plural_is_found_and_replaced_by_the_target_plural() -> None:
    g = Glossary([Concept("c", terms=[Term("Kollaborateur", "de"), Term("collaborateur", "fr")])])
    assert apply_text("mit den Kollaborateuren", g, "fr", "replace") == "mit den collaborateurs"


@pytest.mark.parametrize(
    ("term", "lang"),
    [
        ("Republik", "de"),  # (-ik: Republiken, but Politik, Musik… the glossary's to list)
        ("Gulag", "de"),  # (Gulags: no class)
        ("Militär", "de"),  # (-är, but a neuter without a plural)
        ("Kassenschlager", "de"),  # (no compound of Lager: forms43's Lager, Läger)
        ("festival", "fr"),  # (-al takes -aux, chevaux, but festivals: forms41's exceptions)
        ("final", "fr"),  # (finals and finaux: either)
        ("pneu", "fr"),  # (-eu takes -x but pneus)
        ("camp de l'Ouest", "fr"),
        ("Grande Terreur", "fr"),  # (capitals throughout: a name)
        ("Seconde Guerre mondiale", "fr"),
        ("wolf", "en"),
        ("policeman", "en"),
        ("crisis", "en"),
        ("NKVD", "en"),
        ("Армия", "ru"),  # (Russian: the dictionary's, through term_forms)
    ],
)
def test_an_irregular_or_unknown_class_gets_no_plural(term: str, lang: str) -> None:
    if term == "camp de l'Ouest":  # the head takes it, the complement stays
        assert pluralized(term, lang) == ("camps de l'Ouest",)
        return
    assert pluralized(term, lang) == ()


def test_a_neuter_noun_in_e_gets_no_plural_n() -> None:
    assert pluralized("Gebirge", "de", "neuter") == ()
    assert pluralized("Kolchose", "de", "feminine") == ("Kolchosen",)


def test_german_adjectives_take_the_plural_declension() -> None:
    """die Großen Säuberungen (weak), Große Säuberungen (strong), der Opfer Großer Säuberungen
    (strong genitive)."""
    assert set(pluralized("Große Säuberung", "de")) == {
        "Große Säuberungen",
        "Großen Säuberungen",
        "Großer Säuberungen",
    }


def test_names_and_acronyms_have_no_plural() -> None:
    person = Concept("g", subject="person")
    assert plural_forms(person, Term("Gorbatchev", "fr")) == ()  # les Gorbatchev
    assert plural_forms(Concept("p", subject="place"), Term("Moscou", "fr")) == ()
    assert plural_forms(Concept("r"), Term("ROA", "fr")) == ()
    assert plural_forms(Concept("r"), Term("Goulag", "fr", pos="properNoun")) == ()


# -- running text -----------------------------------------------------------------------------

GLOSSARY = Glossary(
    [
        Concept(
            "gulag",
            terms=[
                Term("camp de travail", "fr", gender="masculine"),
                Term("goulag", "fr", gender="masculine", status="admitted"),
                Term("Arbeitslager", "de"),
                Term("labour camp", "en"),
                Term("gulag", "en", status="admitted"),
            ],
        ),
        Concept(
            "purge",
            terms=[
                Term("épuration", "fr"),
                Term("Säuberung", "de", gender="feminine"),
                Term("Repression", "de", gender="feminine", status="admitted"),
                Term("purge", "en"),
            ],
        ),
        Concept("great-terror", terms=[Term("Großer Terror", "de"), Term("Grande Terreur", "fr")]),
        Concept(
            "gorbachev",
            subject="person",
            terms=[Term("Gorbatchev", "fr"), Term("Gorbatschow", "de")],
        ),
        Concept("roa", terms=[Term("ROA", "fr"), Term("ROA", "de")]),
    ]
)


def _found(text: str) -> list[tuple[str, str]]:
    return [(h.text, h.how) for h in find_terms(text, GLOSSARY)]


def test_plural_forms_are_found_and_said_to_be_plurals() -> None:
    assert _found("Les goulags et les épurations.") == [
        ("goulags", "plural"),
        ("épurations", "plural"),
    ]
    assert _found("die Säuberungen des Großen Terrors") == [
        ("Säuberungen", "plural"),
        ("Großen Terrors", "inflected"),
    ]
    assert _found("the gulags") == [("gulags", "plural")]


def test_no_plural_inside_a_longer_word_of_a_name_or_of_an_acronym() -> None:
    assert _found("goulagsky, goulagss, Säuberungenheit, les Gorbatchevs, les ROAs") == []


def test_replace_writes_the_target_plural_where_a_rule_gives_it() -> None:
    notes: list[tuple[int, int, str]] = []
    out = apply_text("Les goulags et le goulag.", GLOSSARY, "fr", "replace", notes=notes)
    assert out == "Les camps de travail et le camp de travail."
    assert notes == []
    out = apply_text("Die Repressionen und die Repression.", GLOSSARY, "de", "replace")
    assert out == "Die Säuberungen und die Säuberung."


def test_replace_writes_a_german_plural_of_a_borrowed_suffix() -> None:
    """The seed text's «ces collaborateurs» into German: Kollaborateur is a masculine in -eur,
    plural -e (Duden, Die Grammatik: Ingenieur – Ingenieure); it was kept with a note."""
    g = Glossary([Concept("k", terms=[Term("collaborateur", "fr"), Term("Kollaborateur", "de")])])
    notes: list[tuple[int, int, str]] = []
    out = apply_text("Certains de ces collaborateurs.", g, "de", "replace", notes=notes)
    assert (out, notes) == ("Certains de ces Kollaborateure.", [])


def test_replace_keeps_a_plural_the_target_has_no_rule_for_and_says_where() -> None:
    """Arbeitslager has no plural of a regular class (die Arbeitslager): the text's plural is
    kept and reported, never the singular put into the plural's place."""
    notes: list[tuple[int, int, str]] = []
    # (an English text: the English term's plural; in a German line, "die gulags" is no
    # English word, latinlang27)
    out = apply_text("They came\ninto the gulags.", GLOSSARY, "de", "replace", notes=notes)
    assert out == "They came\ninto the gulags."
    assert len(notes) == 1 and notes[0][:2] == (2, 10)
    assert "gulags" in notes[0][2] and "Arbeitslager" in notes[0][2]


def test_a_plural_of_the_target_term_itself_stays_without_a_note() -> None:
    notes: list[tuple[int, int, str]] = []
    out = apply_text("Die Säuberungen.", GLOSSARY, "de", "replace", notes=notes)
    assert out == "Die Säuberungen." and notes == []


def test_the_article_before_a_plural_is_not_fitted_to_a_gender() -> None:
    """Plural articles have no gender (die, der, den; les, des, aux)."""
    g = Glossary(
        [Concept("x", terms=[Term("Repression", "de", gender="feminine"),
                             Term("Säuberung", "de", gender="feminine", status="admitted"),
                             Term("terreur", "fr", gender="feminine"),
                             Term("goulag", "fr", gender="masculine", status="admitted")])]
    )  # fmt: skip
    assert apply_text("den Säuberungen", g, "de", "replace") == "den Repressionen"
    assert apply_text("des goulags", g, "fr", "replace") == "des terreurs"


# -- every derived form goes back to its term --------------------------------------------------

_LETTERS = "abcdefghiklmnoprstuvwyzäöüéèß"
_WORD = st.text(_LETTERS, min_size=1, max_size=9)


@st.composite
def _terms(draw: st.DrawFn) -> tuple[str, str, str | None]:
    lang = draw(st.sampled_from(["de", "fr", "en"]))
    words = draw(st.lists(_WORD, min_size=1, max_size=4))
    words = [w.capitalize() if draw(st.booleans()) else w for w in words]
    if len(words) > 1 and draw(st.booleans()):
        glue = {"de": ["der", "für", "zur"], "fr": ["de", "des", "du"], "en": ["of", "for"]}
        words.insert(draw(st.integers(1, len(words) - 1)), draw(st.sampled_from(glue[lang])))
    gender = draw(st.sampled_from([None, "masculine", "feminine", "neuter"]))
    return " ".join(words), lang, gender


@given(_terms(), st.booleans())
@example(("y", "en", None), False)  # a word that is only a rule's end: no letter before it
@settings(max_examples=300, deadline=None)
def test_every_derived_form_unsuffixes_back_to_its_term(
    drawn: tuple[str, str, str | None], person: bool
) -> None:
    term, lang, gender = drawn
    forms = suffixed(term, lang, gender, name=person) + pluralized(term, lang, gender)
    assert forms[0] == term
    base = " ".join(fold(term).split())
    for form in forms:
        assert base in unsuffixed(" ".join(fold(form).split()), lang), form


def test_a_french_plural_spelled_as_its_singular_is_of_either_number() -> None:
    """le héros, les héros: the term's own spelling is both numbers (read as the term, as
    written), and it is the plural a Russian plural takes (герои → héros, not kept)."""
    assert derived_forms(Concept("h"), Term("héros", "fr")) == (("héros",), (), ("héros",))
    assert plural_of(Term("voix", "fr")) == "voix"
    g = Glossary(
        [
            Concept("hero", terms=[Term("герой", "ru"), Term("héros", "fr")]),
            Concept("sh", terms=[Term("советский герой", "ru"), Term("héros soviétique", "fr")]),
        ]
    )
    notes: list[tuple[int, int, str]] = []
    out = apply_text("Герои, героев и герой; советские герои.", g, "fr", "replace", notes=notes)
    assert (out, notes) == ("Héros, héros и héros; héros soviétiques.", [])
    assert [h.how for h in find_terms("les héros soviétiques, le héros", g)] == ["plural", "term"]


def test_plural_of_is_the_one_plural_or_none() -> None:
    assert plural_of(Term("goulag", "fr")) == "goulags"
    assert plural_of(Term("Große Säuberung", "de")) is None  # (three: the article decides)
    assert plural_of(Term("Lager", "de")) is None


def test_a_german_case_form_is_not_replaced_by_a_term_whose_adjectives_it_would_leave_wrong() -> (
    None
):
    """des Großen Terrors, replaced by Große Säuberung: the genitive asks der Großen Säuberung,
    which the replacement (the nominative) is not; kept and reported. A target without
    adjectives is written (des Holocausts → der Shoah), and so is a form's own term."""
    g = Glossary(
        [
            Concept(
                "terror",
                terms=[
                    Term("Große Säuberung", "de", gender="feminine"),
                    Term("Großer Terror", "de", gender="masculine", status="admitted"),
                ],
            ),
            Concept(
                "h",
                terms=[
                    Term("Shoah", "de", gender="feminine"),
                    Term("Holocaust", "de", gender="masculine", status="admitted"),
                ],
            ),
        ]
    )
    notes: list[tuple[int, int, str]] = []
    text = "Die Opfer des Großen Terrors, wegen des Holocausts; der Großen Säuberung."
    out = apply_text(text, g, "de", "replace", notes=notes)
    assert out == "Die Opfer des Großen Terrors, wegen der Shoah; der Großen Säuberung."
    assert [n[:2] for n in notes] == [(1, 15)]
    assert "Große Säuberung" in notes[0][2]


def test_a_form_of_the_target_term_itself_is_left_as_the_text_has_it() -> None:
    """Replace writes a concept's target term; where the text already holds a form of that very
    term (Gorbatschows Politik, der Roten Armee, бойцы Красной армии), the form stays: writing
    the nominative put "Gorbatschow Politik", "der Rote Armee", "бойцы Красная армия"."""
    g = Glossary(
        [
            Concept(
                "g", subject="person", terms=[Term("Gorbatschow", "de"), Term("Горбачёв", "ru")]
            ),
            Concept("a", terms=[Term("Rote Armee", "de"), Term("Красная армия", "ru")]),
        ]
    )
    text = "Gorbatschows Politik und der Roten Armee"
    assert apply_text(text, g, "de", "replace") == text
    assert apply_text("бойцы Красной армии", g, "ru", "replace") == "бойцы Красной армии"
    assert apply_text("бойцы Красной армии", g, "de", "replace") == "бойцы Rote Armee"


def test_a_german_s_form_after_a_plural_determiner_is_the_plural() -> None:
    """Gulag and Restaurant write their plural with -s (die Gulags, die Restaurants), as their
    genitive singular (des Gulags): no rule tells which nouns do. After die, der or alle the
    form cannot be a genitive singular, which takes des (Duden, Die Grammatik: the article's
    paradigm), so it is the plural: replace wrote the target's singular ("Die goulag")."""
    g = Glossary(
        [
            Concept("r", terms=[Term("Restaurant", "de"), Term("restaurant", "fr")]),
            Concept("g", terms=[Term("Gulag", "de"), Term("goulag", "fr"), Term("ГУЛАГ", "ru")]),
        ]
    )
    notes: list[tuple[int, int, str]] = []
    text = "Die Restaurants, der Gulags, alle Gulags; des Gulags, des Restaurants."
    assert apply_text(text, g, "fr", "replace", notes=notes) == (
        "Die restaurants, der goulags, alle goulags; des goulag, des restaurant."
    )
    assert notes == []
    hows = [h["how"] for h in json.loads(apply_text(text, g, "fr", "json"))]
    assert hows == ["plural", "plural", "plural", "inflected", "inflected"]
    notes = []  # (ГУЛАГ, an acronym, has no plural: the text is kept and said so)
    assert apply_text("die Gulags", g, "ru", "replace", notes=notes) == "die Gulags"
    assert len(notes) == 1 and "no rule gives the plural of «ГУЛАГ», an acronym" in notes[0][2]


def test_a_kept_plural_says_its_one_reason() -> None:
    """The warning listed every reason a plural may have none ("an irregular class, a German
    term with adjectives, …, a name, an acronym") where the target term says which: the shipped
    French Goulag is an acronym."""
    g = Glossary([Concept("g", terms=[Term("Gulag", "de"), Term("Goulag", "fr", type="acronym")])])
    notes: list[tuple[int, int, str]] = []
    assert apply_text("die Gulags", g, "fr", "replace", notes=notes) == "die Gulags"
    assert [n[2] for n in notes] == [
        "kept «Gulags»: a plural of «Gulag», and no rule gives the plural of «Goulag», an "
        "acronym, which takes none: write it by hand"
    ]


def test_the_shipped_french_goulag_has_its_common_noun_plural() -> None:
    """leftovers39: French writes the camps as a common noun, les goulags (Académie française:
    GOULAG n. m., a forced labour camp), beside the acronym Goulag, which takes no plural:
    lookup and apply found no concept for "goulags"."""
    g = shipped()
    assert [m.concept.id for m in lookup(g, "goulags")] == ["gulag"]
    assert [m.concept.id for m in lookup(g, "Goulags")] == ["gulag"]
    hits = [(h.text, h.concept.id, h.how) for h in find_terms("Les goulags et les camps.", g)]
    assert hits == [("goulags", "gulag", "plural")]
    # the acronym the convention prints for ГУЛАГ stays the capitalised one
    assert apply_text("в ГУЛАГе", g, "fr", "replace") == "в Goulag"
