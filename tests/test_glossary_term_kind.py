"""Glossary apply writes the target term of the kind of the term matched (de28).

TBX's termType (ISO 12620, TBX-Basic's picklist) tells a full form from an acronym, an
abbreviation or a short form; a variant is an alternate spelling of another term, of no kind
of its own. The rule a translator follows: a short form in the text becomes the target's short
form of the same concept (where it has one), a full form the full form, whatever language the
match came from. The expected terms are those soviet-institutions.tbx gives the concept gulag
(French acronym Goulag, full form Direction principale des camps; Russian acronym ГУЛАГ) and
cheka (English acronym Cheka; the Russian short form Чрезвычайная комиссия).
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from translit.glossary import Concept, Glossary, Term, find_terms, load, shipped_path
from translit.glossary.apply import apply_text
from translit.glossary.model import TERM_TYPES, short_kind

INSTITUTIONS = load(shipped_path("soviet-institutions.tbx"))


def _replace(text: str, target: str, g: Glossary = INSTITUTIONS) -> tuple[str, list[str]]:
    notes: list[tuple[int, int, str]] = []
    out = apply_text(text, g, target, "replace", notes=notes)
    return out, [why for _, _, why in notes]


@pytest.mark.parametrize(
    ("target", "short"),
    [("fr", "Goulag"), ("ru", "ГУЛАГ"), ("en", "GULAG")],
)
def test_gulag_and_its_genitive_take_the_same_kind_of_term(target: str, short: str) -> None:
    """ "Gulag" is matched as the English acronym GULAG in mixed case, "Gulags" as the German
    variant Gulag inflected: both are the acronym's spelling, so both take the target's
    acronym (the genitive was written as the full form, "des Direction principale des
    camps")."""
    hits = [find_terms(t, INSTITUTIONS)[0] for t in ("Die Geschichte des Gulags.", "Im Gulag")]
    assert [(h.term.lang, h.how) for h in hits] == [("de", "inflected"), ("en", "term")]
    assert _replace("Die Geschichte des Gulags.", target) == (
        f"Die Geschichte des {short}.",
        [],
    )
    assert _replace("Im Gulag starben viele.", target) == (f"Im {short} starben viele.", [])


def test_a_full_form_takes_the_full_form() -> None:
    assert _replace("Die Hauptverwaltung der Lager", "fr") == (
        "Die Direction principale des camps",
        [],
    )


def test_a_short_form_takes_an_acronym_where_the_target_has_no_short_form() -> None:
    """Чрезвычайная комиссия is the shortForm of the Cheka's full name; English has the
    acronym Cheka and no short form (it was given the full form)."""
    assert _replace("Чрезвычайная комиссия расстреляла их.", "en")[0] == "Cheka расстреляла их."


def test_the_plural_of_a_short_form_is_never_the_full_form_s() -> None:
    """die Gulags (the German variant's plural) took the full form's plural, "Directions
    principales des camps": a plural of the acronym Goulag, which no rule gives, is kept and
    said."""
    out, notes = _replace("Die Gulags waren groß.", "fr")
    assert out == "Die Gulags waren groß."
    assert len(notes) == 1 and "«Goulag»" in notes[0]


def test_the_kind_of_a_term() -> None:
    c = Concept(
        "g",
        terms=[
            Term("Main Administration of Camps", "en"),
            Term("GULAG", "en", type="acronym"),
            Term("Gulag", "en", type="variant", status="admitted"),
            Term("Camp Administration", "en", type="variant", status="admitted"),
            Term("Gulag", "fr", type="variant", status="admitted"),  # (spells the English one)
            Term("Lagerverwaltung", "de", type="shortForm"),
            Term("LAGERVERWALTUNG", "de", type="variant"),  # (capitals: an acronym's look)
            Term("lagerverwaltung", "de", type="variant"),
        ],
    )
    assert [short_kind(c, t) for t in c.terms] == [
        None,
        "acronym",
        "acronym",
        None,
        "acronym",
        "shortForm",
        "acronym",
        "shortForm",
    ]


def test_a_full_form_is_written_before_a_preferred_acronym() -> None:
    g = Glossary(
        [
            Concept(
                "nkvd",
                terms=[
                    Term("Народный комиссариат внутренних дел", "ru"),
                    Term("НКВД", "ru", type="acronym"),
                    Term("NKWD", "de", type="acronym"),
                    Term("Volkskommissariat für innere Angelegenheiten", "de", status="admitted"),
                ],
            )
        ]
    )
    assert _replace("Народный комиссариат внутренних дел", "de", g)[0] == (
        "Volkskommissariat für innere Angelegenheiten"
    )
    assert _replace("НКВД", "de", g)[0] == "NKWD"


TERMS = st.builds(
    Term,
    st.sampled_from(["Gulag", "GULAG", "gulag", "Goulag", "ГУЛаг", "A", "x y"])
    | st.text(st.characters(categories=("L", "Nd", "Zs")), max_size=8).filter(str.strip),
    st.sampled_from(["de", "en", "fr", "ru"]),
    type=st.sampled_from(TERM_TYPES),
)


@given(st.lists(TERMS, min_size=1, max_size=6))
def test_short_kind_of_any_terms(terms: list[Term]) -> None:
    """Any terms: an acronym's look or type is an acronym; a variant takes the kind of a
    term of another type it spells, else none; every kind is one of three."""
    c = Concept("x", terms=terms)
    for t in terms:
        kind = short_kind(c, t)
        assert kind in (None, "acronym", "shortForm")
        if t.is_acronym:
            assert kind == "acronym"
        elif t.type not in ("variant", "shortForm", "clippedTerm"):
            assert kind is None
