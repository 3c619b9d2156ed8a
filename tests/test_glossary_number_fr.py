"""A French form spelled alike in both numbers takes its number from the determiner before it.

French nouns in -s, -x, -z have one form for both numbers (Le Bon Usage, "Le nombre du nom";
the Académie française, "Le pluriel des noms": le héros, les héros; la voix, les voix; le prix,
les prix), so the determiner tells the number (Le Bon Usage, "Les déterminants": les, des, ces,
leurs, aux, plusieurs, quelques… plural; le, la, l', un, ce, chaque… singular; after a cardinal
numeral the noun is plural from deux). Expected targets are typed from the grammars: Russian
nominative plurals (Русская грамматика 1980: Герой Советского Союза → Герои Советского Союза,
премия → премии, голос → голоса, мнение → мнения), German ones (Duden: -ung → -en, Meinungen;
-e → -n, Stimmen; Held, a weak noun, → Helden; Preis: no regular class of
data/inflection.toml, so a plural is kept and reported, never written in the singular).
"""

from __future__ import annotations

import pytest

from translit.glossary import Concept, Glossary, Term, load, shipped_path
from translit.glossary.apply import apply_text, find_terms
from translit.glossary.forms import derived_forms, determined_number, named_in_singular

HERO = "héros de l'Union soviétique"

GLOSSARY = Glossary(
    [
        Concept(
            "hero-of-the-soviet-union",
            terms=[
                Term(HERO, "fr"),
                Term("Герой Советского Союза", "ru"),
                Term("Held der Sowjetunion", "de"),
            ],
        ),
        Concept("hero", terms=[Term("héros", "fr"), Term("герой", "ru"), Term("Held", "de")]),
        Concept("prize", terms=[Term("prix", "fr"), Term("премия", "ru"), Term("Preis", "de")]),
        Concept("voice", terms=[Term("voix", "fr"), Term("голос", "ru"), Term("Stimme", "de")]),
        Concept("opinion", terms=[Term("avis", "fr"), Term("мнение", "ru"), Term("Meinung", "de")]),
        Concept(  # (a concept named in the plural in every language)
            "war-crimes",
            terms=[
                Term("crimes de guerre", "fr"),
                Term("военные преступления", "ru"),
                Term("Kriegsverbrechen", "de"),
            ],
        ),
    ]
)


def _apply(text: str, target: str, g: Glossary = GLOSSARY) -> tuple[str, list[str]]:
    notes: list[tuple[int, int, str]] = []
    out = apply_text(text, g, target, "replace", notes=notes)
    return out, [why for _, _, why in notes]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"les {HERO}", "les Герои Советского Союза"),
        (f"des {HERO}", "des Герои Советского Союза"),
        (f"le {HERO}", "le Герой Советского Союза"),
        (f"un {HERO}", "un Герой Советского Союза"),
        (HERO, "Герой Советского Союза"),  # (no determiner: the singular, as before)
        ("ses prix", "ses премии"),
        ("chaque prix", "chaque премия"),
        ("quelques voix", "quelques голоса"),
        ("cette voix", "cette голос"),
        ("l'avis", "l'мнение"),
        ("L’ avis", "L’ мнение"),  # (an elided article, a space after it: as in the corpus)
        ("les avis", "les мнения"),
        ("trois prix", "trois премии"),
        ("vingt-deux voix", "vingt-deux голоса"),
        ("2 prix", "2 премии"),
        ("1 prix", "1 премия"),
        ("de prix", "de премия"),  # (de tells no number: as before)
    ],
)
def test_the_determiner_tells_the_number_of_a_russian_target(text: str, expected: str) -> None:
    assert _apply(text, "ru") == (expected, [])


@pytest.mark.parametrize(
    ("before", "target"),
    [
        # a compound numeral ending in un is a plural determiner (OQLF, Banque de dépannage
        # linguistique, "Déterminant numéral se terminant par un": vingt et un élèves, trente
        # et une espèces, cent un trucs, les Mille et une nuits; never vingt et un élève)
        ("vingt et un", "Герои Советского Союза"),
        ("Trente et un", "Герои Советского Союза"),
        ("cent un", "Герои Советского Союза"),
        ("deux cent cinquante et un", "Герои Советского Союза"),
        ("mille neuf cent quarante et un", "Герои Советского Союза"),
        ("vingt-et-un", "Герои Советского Союза"),  # (the 1990 rectified spelling)
        ("soixante-et-onze", "Герои Советского Союза"),
        ("un", "Герой Советского Союза"),  # (un alone: one)
        ("et un", "Герой Советского Союза"),  # (no numeral before et: un alone)
        # figures in French typography, groups of three after a space, a no-break space or a
        # narrow one (SI brochure 5.4.4; Imprimerie nationale): a thousand, plural
        ("1 000", "Герои Советского Союза"),
        ("1\u00a0000", "Герои Советского Союза"),
        ("1\u202f000", "Герои Советского Союза"),
        ("1 000 000", "Герои Советского Союза"),
        ("21", "Герои Советского Союза"),
        # a decimal number: the whole part decides, plural from 2 (Le Bon Usage § 445 c;
        # 1,5 gramme, 2,5 grammes)
        ("2,5", "Герои Советского Союза"),
        ("1,5", "Герой Советского Союза"),
        ("0,5", "Герой Советского Союза"),
        # not French: a dot in a number (German 1.000, English 1.000), two numbers side by
        # side: no number told, the singular as with no determiner
        ("1.000", "Герой Советского Союза"),
        ("1945 200", "Герой Советского Союза"),
        # a numeral noun's complement is a plural (OQLF, "Accord du verbe avec un nom collectif
        # numéral": un millier de personnes), whatever the noun's own number
        ("des centaines de", "Герои Советского Союза"),
        ("une centaine de", "Герои Советского Союза"),
        ("un millier de", "Герои Советского Союза"),
        ("2,5 millions de", "Герои Советского Союза"),
        ("1,5 million de", "Герои Советского Союза"),
        # an adverb of quantity's complement may be a mass noun's singular: nothing told
        ("beaucoup de", "Герой Советского Союза"),
    ],
)
def test_numerals_of_words_and_figures(before: str, target: str) -> None:
    assert _apply(f"{before} {HERO}", "ru") == (f"{before} {target}", [])


def test_a_numeral_noun_of_the_line_before_or_after_a_comma_tells_nothing() -> None:
    assert _apply(f"cent\nun {HERO}", "ru")[0] == "cent\nun Герой Советского Союза"
    assert _apply(f"Ils étaient vingt, un {HERO}", "ru")[0].endswith("un Герой Советского Союза")
    assert _apply(f"des centaines, de {HERO}", "ru")[0].endswith("de Герой Советского Союза")


def test_a_determiner_on_the_previous_line_tells_nothing() -> None:
    assert _apply(f"Ils furent les\n{HERO}.", "ru") == (
        "Ils furent les\nГерой Советского Союза.",
        [],
    )


def test_each_noun_takes_its_own_determiner() -> None:
    """le prix des héros: prix singular (le), héros plural (des)."""
    assert _apply("le prix des héros", "ru") == ("le премия des герои", [])
    assert _apply("le prix des héros", "de") == ("le Preis des Helden", [])  # (Duden: Held, weak)
    out, notes = _apply("les prix", "de")
    assert out == "les prix"  # (Preis: no plural a rule gives, so kept)
    assert len(notes) == 1 and "plural of «prix»" in notes[0] and "«Preis»" in notes[0]


def test_a_german_target_takes_its_plural_or_the_plural_is_kept() -> None:
    assert _apply("les avis et des voix", "de") == ("les Meinungen et des Stimmen", [])
    # (Duden: Held is a weak noun, die Helden; never «Held der Sowjetunion» for a plural)
    assert _apply(f"Les {HERO}", "de") == ("Les Helden der Sowjetunion", [])
    assert _apply(f"Le {HERO}", "de") == ("Le Held der Sowjetunion", [])


def test_a_title_case_term_and_a_capital_determiner() -> None:
    g = Glossary(
        [
            Concept(
                "h",
                terms=[
                    Term("Héros de l'Union soviétique", "fr"),
                    Term("Герой Советского Союза", "ru"),
                ],
            )
        ]
    )
    assert _apply("Les Héros de l'Union soviétique", "ru", g) == (
        "Les Герои Советского Союза",
        [],
    )
    assert _apply("TROIS Héros de l'Union soviétique", "ru", g) == (
        "TROIS Герои Советского Союза",
        [],
    )
    assert _apply("Le Héros de l'Union soviétique", "ru", g) == ("Le Герой Советского Союза", [])


def test_a_term_written_in_the_plural_stays_as_it_is() -> None:
    """crimes de guerre names the concept in the plural (its Russian term is a plural): after
    des, its targets are written as they are (Kriegsverbrechen, never a plural of a plural)."""
    assert not named_in_singular(GLOSSARY.concepts[-1])
    assert _apply("des crimes de guerre", "de")[0] == "des Kriegsverbrechen"
    assert _apply("des crimes de guerre", "ru") == ("des военные преступления", [])


def test_list_and_json_say_plural() -> None:
    hits = find_terms(f"le prix des voix, les {HERO}; le {HERO}", GLOSSARY)
    assert [(h.text, h.how) for h in hits] == [
        ("prix", "term"),
        ("voix", "plural"),
        (HERO, "plural"),
        (HERO, "term"),
    ]


def test_the_table_of_determiners() -> None:
    """The grammar's lists (Le Bon Usage, "Les déterminants")."""
    plural = (
        "les des ces mes tes ses nos vos leurs aux plusieurs quelques certains certaines maints"
    )
    singular = "le la l' un une ce cet cette mon ton son ma ta sa notre votre leur au du chaque"
    assert {determined_number(w, "fr") for w in plural.split()} == {"plural"}
    assert {determined_number(w, "fr") for w in singular.split()} == {"singular"}
    numerals = "deux dix-sept trente-et-un trente-et-une quatre-vingts cent 1944"
    for numeral in numerals.split():
        assert determined_number(numeral, "fr") == "plural", numeral
    for word in ("de", "d'", "et", "un-et", "0", "Lehrer"):
        assert determined_number(word, "fr") is None, word


def test_german_is_left_alone() -> None:
    """der Lehrer, die Lehrer: [de.plural] gives Lehrer no plural (no regular class), so there
    is no form of either number to read, and die before it changes nothing (German's table,
    [de.number], is read only before a weak noun's form in -en: test_glossary_weak_de)."""
    assert derived_forms(Concept("t"), Term("Lehrer", "de"))[1:] == ((), ())
    g = Glossary([Concept("t", terms=[Term("Lehrer", "de"), Term("учитель", "ru")])])
    assert _apply("die Lehrer", "ru", g) == ("die учитель", [])


def test_the_shipped_glossary_s_hero_of_the_soviet_union() -> None:
    g = load(shipped_path("soviet-institutions.tbx"))
    assert _apply(f"Il fut l'un des {HERO}.", "ru", g) == (
        "Il fut l'un des Герои Советского Союза.",
        [],
    )
