"""apply49: `glossary apply` in German text, apply48's leftovers.

The fused prepositions (Duden, Die Grammatik, "Verschmelzung von Präposition und Artikel"):
am, beim, im, vom, zum, zur (and ans, ins) are the standard forms of an unstressed definite
article after its preposition; the separate form is kept where the article points (a relative
clause after the noun: "zu der Einsicht, dass …") or where the writer chose it. The expected
sentences are written here, not produced by the code.
"""

from __future__ import annotations

from translit.glossary import Concept, Glossary, Term, apply_text


def _one(ru: str, term: Term) -> Glossary:
    return Glossary([Concept("c", terms=[Term(ru, "ru"), term])])


NKVD = _one("Народный комиссариат внутренних дел", Term("Volkskommissariat", "de", gender="neuter"))
ARMY = _one("Красная армия", Term("Rote Armee", "de", gender="feminine"))
STURM = _one("фольксштурм", Term("Volkssturm", "de", gender="masculine"))


def test_a_preposition_the_text_could_not_fuse_is_fused_with_the_new_article() -> None:
    # the writer's "in der", "von der", "an der", "bei der" had no fused form (a feminine);
    # before a neuter the German reader expects im, vom, am, beim (main: "in dem", "von dem")
    cases = {
        "Er diente in der Народный комиссариат внутренних дел.": "Er diente im Volkskommissariat.",
        "Er kam von der Народный комиссариат внутренних дел.": "Er kam vom Volkskommissariat.",
        "Er stand an der Народный комиссариат внутренних дел.": "Er stand am Volkskommissariat.",
        "Er war bei der Народный комиссариат внутренних дел.": "Er war beim Volkskommissariat.",
        "In der Народный комиссариат внутренних дел war er.": "Im Volkskommissariat war er.",
        # in die (a feminine accusative) → ins; in den (a masculine one) → ins
        "Er ging in die Народный комиссариат внутренних дел.": "Er ging ins Volkskommissariat.",
        "Er kam in den Народный комиссариат внутренних дел.": "Er kam ins Volkskommissariat.",
    }
    for text, want in cases.items():
        assert apply_text(text, NKVD, "de") == want, text


def test_a_fusion_the_writer_chose_not_to_make_is_not_made() -> None:
    # "zu der" where "zur" was there to write: the writer's separate form stands (zu dem)
    assert apply_text("Er ging zu der Народный комиссариат внутренних дел.", NKVD, "de") == (
        "Er ging zu dem Volkskommissariat."
    )
    # fused before, fused after, and back (unchanged behaviour)
    assert apply_text("Er ging zur Народный комиссариат внутренних дел.", NKVD, "de") == (
        "Er ging zum Volkskommissariat."
    )
    assert apply_text("Er diente im Красная армия.", ARMY, "de") == "Er diente in der Roten Armee."


def test_a_relative_clause_after_the_term_keeps_the_article_separate() -> None:
    # Duden: the article that points to a relative clause is not fused (in dem Haus, das …)
    assert (
        apply_text(
            "Er diente in der Народный комиссариат внутренних дел, das ihn verhaftete.", NKVD, "de"
        )
        == "Er diente in dem Volkskommissariat, das ihn verhaftete."
    )


def test_der_before_a_term_of_its_gender_is_read_in_that_gender() -> None:
    # der before a feminine: a genitive or a dative, both der Roten Armee (main kept "der Rote
    # Armee" and said its case could not be told)
    notes: list[tuple[int, int, str]] = []
    out = apply_text("Er sah der Красная армия zu.", ARMY, "de", notes=notes)
    assert out == "Er sah der Roten Armee zu."
    assert notes == []
    # der before a masculine: its nominative
    notes = []
    assert apply_text("Dann kam der фольксштурм.", STURM, "de", notes=notes) == (
        "Dann kam der Volkssturm."
    )
    assert notes == []
    # der before a neuter: none of its readings is one; kept and said as before
    notes = []
    assert apply_text(
        "Er sah der Народный комиссариат внутренних дел zu.", NKVD, "de", notes=notes
    ) == ("Er sah der Volkskommissariat zu.")
    assert len(notes) == 1 and "cannot be told" in notes[0][2]


def test_a_german_source_term_is_found_in_its_heads_genitive() -> None:
    # Duden, "Enge Apposition": des Unternehmens Barbarossa; main matched only the term as
    # written (and a genitive on its last word, Barbarossas), so a German text's genitive was
    # left unread
    g = Glossary([Concept("c", terms=[
        Term("операция «Барбаросса»", "ru"),
        Term("Unternehmen Barbarossa", "de", status="deprecatedTerm"),
        Term("Operation Barbarossa", "de", gender="feminine"),
    ])])  # fmt: skip
    assert apply_text("Die Planung des Unternehmens Barbarossa begann.", g, "de") == (
        "Die Planung der Operation Barbarossa begann."
    )
    assert apply_text("Die Planung des Unternehmens Barbarossa begann.", g, "de", mode="list") == (
        "1\t17\tUnternehmens Barbarossa\tc\tde\tOperation Barbarossa\n"
    )
