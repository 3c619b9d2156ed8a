"""apply51: `glossary apply` in German text, two of apply50's leftovers.

A hyphenated compound declines at its last part (Duden, "Flexion von Komposita", duden.de
Sprachratgeber: the Grundwort, normally the last word, is the only part declined), so a
term headed by one takes its genitive there: des Solowezki-Lagers, des Hitler-Stalin-Pakts.
After an s sound the genitive is -es alone (Duden, "Genitiv auf -s oder -es?": "Substantive,
die auf einen Zischlaut, beispielsweise -ss, -z oder -tz enden, bilden den Genitiv
grundsätzlich auf -es": des Hasses, des Glanzes, des Satzes, des Reflexes), -nis doubling its
s (des Ergebnisses), and the Latin loans in -us and -ismus take none (des Status, des
Kommunismus). The expected sentences and forms are written here from those rules, not
produced by the code.
"""

from __future__ import annotations

import pytest

from translit.glossary import Concept, Glossary, Term, apply_text
from translit.glossary.forms import derived_forms, in_case, suffixed


def _one(ru: str, term: Term) -> Glossary:
    return Glossary([Concept("c", terms=[Term(ru, "ru"), term])])


SLON = _one(
    "Соловецкий лагерь особого назначения",
    Term("Solowezki-Lager zur besonderen Verwendung", "de", gender="neuter"),
)


def _applied(text: str, g: Glossary) -> tuple[str, list[tuple[int, int, str]]]:
    notes: list[tuple[int, int, str]] = []
    return apply_text(text, g, "de", notes=notes), notes


def test_a_hyphenated_head_declines_at_its_last_part() -> None:
    # apply50's leftover: "eines Solowezki-Lager" (the capital L after the hyphen was read
    # as an abbreviation's, KPdSU, which takes no ending)
    for text in (
        "Die Geschichte eines Соловецкого лагеря особого назначения begann.",
        "Die Geschichte des Соловецкого лагеря особого назначения begann.",
    ):
        out, notes = _applied(text, SLON)
        article = text.split(" ")[2]
        assert out == (
            f"Die Geschichte {article} Solowezki-Lagers zur besonderen Verwendung begann."
        )
        assert notes == []


def test_an_article_of_no_plural_reading_says_the_singular() -> None:
    # the term pasted as the glossary writes it (no case told) and Lager of either number
    # (die Lager): des and eines have no plural reading, so the singular genitive
    for article in ("eines", "des"):
        text = f"Die Geschichte {article} Соловецкий лагерь особого назначения begann."
        assert _applied(text, SLON) == (
            f"Die Geschichte {article} Solowezki-Lagers zur besonderen Verwendung begann.",
            [],
        )
    # den: read as before in the neuter (apply49: the masculine accusative, das), never as
    # the dative plural it also is (den Lagern)
    out, _ = _applied("Er sah den Соловецкий лагерь особого назначения.", SLON)
    assert out == "Er sah das Solowezki-Lager zur besonderen Verwendung."


def test_nuremberg_trial_takes_es() -> None:
    trial = _one("Нюрнбергский процесс", Term("Nürnberger Prozess", "de", gender="masculine"))
    assert _applied("Die Geschichte des Нюрнбергского процесса begann.", trial) == (
        "Die Geschichte des Nürnberger Prozesses begann.",
        [],
    )


def test_a_hyphenated_head_is_found_in_its_genitive() -> None:
    assert "Hitler-Stalin-Pakts" in suffixed("Hitler-Stalin-Pakt", "de", "masculine")
    assert "Solowezki-Lagers zur besonderen Verwendung" in suffixed(
        "Solowezki-Lager zur besonderen Verwendung", "de", "neuter"
    )
    # a feminine one takes none, an abbreviation last none either (der Waffen-SS)
    assert suffixed("Wlassow-Armee", "de", "feminine") == ("Wlassow-Armee",)
    assert suffixed("Waffen-SS", "de", "feminine") == ("Waffen-SS",)
    assert suffixed("NKWD-GUGB", "de", "neuter") == ("NKWD-GUGB",)


@pytest.mark.parametrize(
    ("noun", "genitive"),
    [
        ("Prozess", "Prozesses"),  # -ss
        ("Kongress", "Kongresses"),
        ("Fuß", "Fußes"),  # -ß
        ("Komplex", "Komplexes"),  # -x
        ("Schmerz", "Schmerzes"),  # -z
        ("Gesetz", "Gesetzes"),  # -tz
        ("Kurs", "Kurses"),  # -s after a consonant
        ("Kreis", "Kreises"),  # -s after a diphthong
        ("Haus", "Hauses"),
        ("Bündnis", "Bündnisses"),  # -nis doubles its s
        ("Ereignis", "Ereignisses"),
    ],
)
def test_only_es_after_an_s_sound(noun: str, genitive: str) -> None:
    # main gave no genitive at all after s, ß, x, z
    assert suffixed(noun, "de", "masculine") == (noun, genitive)


@pytest.mark.parametrize("noun", ["Kommunismus", "Stalinismus", "Status", "Kosmos", "Kolchos"])
def test_no_ending_after_us_ismus_os(noun: str) -> None:
    # des Kommunismus, des Status, des Kosmos (Latin and Greek loans; Kolchos: Duden, -)
    assert suffixed(noun, "de", "masculine") == (noun,)


def test_a_term_is_written_with_es_after_its_article() -> None:
    genitive = {"declension": 1, "case": 1}
    assert in_case("Moskauer Prozess", "de", "masculine", "singular", kept=1, **genitive) == (
        "Moskauer Prozesses"
    )
    assert in_case("Nordatlantisches Bündnis", "de", "neuter", "singular", **genitive) == (
        "Nordatlantischen Bündnisses"
    )
    assert in_case("Kriegskommunismus", "de", "masculine", "singular", **genitive) == (
        "Kriegskommunismus"
    )


def test_no_es_where_the_gender_or_number_takes_none() -> None:
    # a feminine (die Miliz, der Miliz), a plural in -s (die Gulags) and a person's name
    # (Marx' Werke: the apostrophe, as before) take no -es
    assert suffixed("Miliz", "de", "feminine") == ("Miliz",)
    assert suffixed("Gulags", "de", "plural") == ("Gulags",)
    assert suffixed("Marx", "de", name=True) == ("Marx", "Marx’")


def test_a_place_name_takes_no_es_but_its_hyphenated_compound_its_s() -> None:
    # a name's genitive is -s (Duden, Richtiges und gutes Deutsch: "einfaches -s bei den
    # meisten Eigennamen", Berlins), after an s sound none or an apostrophe: no Grazes, as
    # main; a hyphenated one declines at its last part (Nordrhein-Westfalens)
    graz = Concept("g", subject="place", terms=[Term("Грац", "ru"), Term("Graz", "de")])
    assert derived_forms(graz, graz.terms[1])[0] == ("Graz",)
    nrw = Concept("n", subject="place", terms=[
        Term("Северный Рейн — Вестфалия", "ru"), Term("Nordrhein-Westfalen", "de"),
    ])  # fmt: skip
    assert derived_forms(nrw, nrw.terms[1])[0] == ("Nordrhein-Westfalen", "Nordrhein-Westfalens")
