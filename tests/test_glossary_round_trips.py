"""Glossary round trips lose nothing (gloss14): a file read, then written in a format and read
back, gives the same concepts for the fields that format holds, and what it cannot hold is said
(a warning naming the field and how many entries lost it).

The layouts under ``tests/data/glossary/`` were written for this project from the tools'
documentation (Weblate docs/formats/tbx.rst: source explanation in ``<descrip>``, translation
explanation in ``<note from="translator">``); the content is our own.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import source_not_written
from glossary_strategies import PART, WORD, grouped, pair_terms, terms
from hypothesis import assume, event, given, settings
from hypothesis import strategies as st
from lxml import etree

from translit.glossary.files import load, loads, save
from translit.glossary.model import Concept, Glossary, Term, joined
from translit.glossary.tbx import NOT_BASIC

DATA = Path(__file__).parent / "data" / "glossary"


def _notes(path: Path) -> list[tuple[str | None, str]]:
    doc = etree.parse(str(path))
    return [(n.get("from"), n.text or "") for n in doc.iter("{*}note", "note")]


def test_a_weblate_note_keeps_who_wrote_it_through_tbx(tmp_path: Path) -> None:
    src = DATA / "weblate.tbx"
    g = load(src)
    for version in (2, 3):
        out = tmp_path / f"v{version}.tbx"
        assert save(g, out, tbx_version=version) == [  # (Weblate's own TBX, as Weblate reads it)
            "data TBX-Basic does not allow, written as read: <descrip> without a type (1x: entry "
            'red-army), <note from=…> (3x: entries red-army, kgb), <termNote type="translationNote"'
            "> (1x: entry kgb), <termNote type=\"administrativeStatus\"> 'forbidden', not in its "
            "picklist (1x: entry kgb)" + NOT_BASIC
        ]
        assert _notes(out) == [
            ("translator", "Capital К only at the start of a sentence."),
            ("developer", "Keep short."),
            ("translator", "Line one\nline two"),
        ]
        assert load(out).concepts == g.concepts


def test_weblate_notes_go_through_a_table(tmp_path: Path) -> None:
    # before glossary37 the table had no place for them: "concept TBX data <note
    # from="translator">: not written (2x)"; the tbx column holds them now
    g = load(DATA / "weblate.tbx")
    assert save(g, tmp_path / "out.csv") == [source_not_written("en")]  # (its xml:lang)
    assert load(tmp_path / "out.csv").concepts == g.concepts


def test_a_po_export_keeps_its_source_language(tmp_path: Path) -> None:
    # The source language was not written: read back, a de-AT → fr-CA glossary said en → fr-CA.
    # Written as the header X-Source-Language, which Qt's lconvert and translate-toolkit write
    g = Glossary(
        source_lang="de-AT",
        concepts=[Concept("c1", terms=[Term("Rote Armee", "de-AT"), Term("Armée rouge", "fr-CA")])],
    )
    out = tmp_path / "g.po"
    assert save(g, out, target_lang="fr-CA") == []
    assert '"X-Source-Language: de-AT\\n"' in out.read_text("utf-8")
    back = load(out)
    assert back.source_lang == "de-AT"
    assert [(t.lang, t.text) for t in back.concepts[0].terms] == [
        ("de-AT", "Rote Armee"),
        ("fr-CA", "Armée rouge"),
    ]
    assert load(out, source_lang="de-DE").source_lang == "de-DE"  # the caller's word first


ATTRIBUTED_TBX = b"""<?xml version="1.0" encoding="UTF-8"?>
<martif type="TBX" xml:lang="en"><text><body>
<termEntry id="c1">
  <descrip type="subjectField" id="sf1">history</descrip>
  <langSet xml:lang="de-AT">
    <descrip type="definition" target="https://example.org/def">Heer der UdSSR</descrip>
    <tig><term>Rote Armee</term>
      <termNote type="administrativeStatus" id="st1">admittedTerm-admn-sts</termNote>
      <admin type="source" target="https://example.org/src">Duden</admin></tig>
  </langSet>
</termEntry>
</body></text></martif>
"""


def test_attributes_a_model_field_cannot_hold_are_named_on_reading() -> None:
    # were dropped in silence: the field's value goes to the model, its id/target cannot
    g = loads(ATTRIBUTED_TBX, "tbx", "attr.tbx")
    t = g.concepts[0].terms[0]
    assert (g.concepts[0].subject, t.status, t.source) == ("history", "admitted", "Duden")
    assert g.warnings == [
        "attr.tbx:4: attribute id='sf1' of <descrip type=\"subjectField\"> not kept",
        "attr.tbx:6: attribute target='https://example.org/def' of <descrip type=\"definition\"> "
        "not kept",
        "attr.tbx:8: attribute id='st1' of <termNote type=\"administrativeStatus\"> not kept",
        "attr.tbx:9: attribute target='https://example.org/src' of <admin type=\"source\"> "
        "not kept",
    ]


# -- any glossary, each format: what comes back differs only where a warning said so ------------

_FIELD = st.one_of(
    st.none(),
    PART,
    # an empty <note/> is data (gloss17): TBX keeps it, a table says it cannot
    st.just(""),
    st.builds(lambda a: joined(a, ""), WORD),
)
_TERM = terms(
    type=st.sampled_from(["fullForm", "acronym", "abbreviation"]),
    status=st.sampled_from(["preferred", "admitted", "deprecated"]),
    pos=st.sampled_from([None, "noun"]),
    note=_FIELD,
    source=_FIELD,
)


@st.composite
def _glossaries(draw: st.DrawFn) -> Glossary:
    """A glossary with any field (rich), or only the fields a table holds too (plain terms,
    notes and definitions of the whole concept): then every format is compared."""
    kind = draw(st.sampled_from(["rich", "plain", "pair"]))
    rich = kind == "rich"
    concepts = []
    for i in range(draw(st.integers(1, 3))):
        if kind == "pair":  # what a PO file holds: a source and a target term, notes
            raw = draw(pair_terms())
        else:
            raw = draw(st.lists(_TERM if rich else terms(), min_size=1, max_size=4))
        c = grouped(f"c{i}", raw)
        if kind != "pair":
            c.subject, c.source = draw(_FIELD), draw(_FIELD)
        for d in (c.notes, c.definitions):
            value = draw(_FIELD)
            if value is not None:
                d[draw(st.sampled_from(["", *c.languages()])) if rich else ""] = value
        concepts.append(c)
    return Glossary(concepts, source_lang=concepts[0].terms[0].lang)


_WRITTEN = [("tbx", {}), ("tbx", {"tbx_version": 2}), ("csv", {}), ("tsv", {}), ("xlsx", {})]


@settings(max_examples=80, deadline=None)
@given(g=_glossaries(), written=st.sampled_from([*_WRITTEN, ("po", {})]))
def test_a_glossary_comes_back_or_the_writer_says_what_it_lost(
    tmp_path_factory: pytest.TempPathFactory, g: Glossary, written: tuple[str, dict[str, int]]
) -> None:
    fmt, options = written
    out = tmp_path_factory.mktemp("rt") / f"g.{fmt}"
    langs = g.declared_languages()
    if fmt == "po":
        target = next((t for t in langs if t != g.source_lang), None)
        assume(target is not None)
        options = {"target_lang": target}
    lost = save(g, out, **options)
    if fmt == "tbx":
        assert lost == []  # TBX holds every field of the model
    event(f"{fmt}: {'compared' if not lost else 'said what it lost'}")
    if not lost:  # (a table's columns order the languages: the order within one is kept)
        assert _by_language(load(out).concepts) == _by_language(g.concepts), fmt


def _by_language(concepts: list[Concept]) -> list[Concept]:
    for c in concepts:
        c.terms.sort(key=lambda t: t.lang)
    return concepts


@pytest.mark.parametrize("tag", ["de-1996", "rue", "sr-Cyrl-BA"])
def test_a_po_export_keeps_a_target_language_babel_has_no_locale_for(
    tmp_path: Path, tag: str
) -> None:
    # de-1996 came back as de, rue (Rusyn) as und, in silence
    g = Glossary([Concept("c1", terms=[Term("Красная армия", "ru"), Term("X", tag)])])
    out = tmp_path / "g.po"
    assert save(g, out, source_lang="ru", target_lang=tag) == []
    assert [t.lang for t in load(out).concepts[0].terms] == ["ru", tag]


def test_a_po_export_says_a_repeated_line_of_a_note_is_written_once(tmp_path: Path) -> None:
    # Babel writes each comment line once: "0\n0" came back "0", in silence (found by the
    # property above)
    c = Concept("c1", terms=[Term("армия", "ru"), Term("armée", "fr")], notes={"": "a\na"})
    lost = save(Glossary([c]), tmp_path / "g.po", source_lang="ru", target_lang="fr")
    assert lost == ["repeated lines of notes or definitions: not written (1x)"]


@pytest.mark.parametrize("ext", ["csv", "tsv", "xlsx"])
def test_a_table_round_trip_declares_the_languages_the_file_did(tmp_path: Path, ext: str) -> None:
    # user20: ww2-roa.tbx declares "ru en fr de"; written to a table and back, its ru-Latn
    # column (two romanised forms) became a declared language, and `glossary check` of the
    # result warned "21 concepts have no preferred term in ru-Latn", which the original lacks
    from translit.glossary import lint, shipped_path

    g = load(shipped_path("ww2-roa.tbx"))
    assert g.languages == ["ru", "en", "fr", "de"]
    table = tmp_path / f"w.{ext}"
    save(g, table)
    back = load(table)
    assert back.languages == ["ru", "en", "fr", "de"]
    assert sorted({t.lang for c in back.concepts for t in c.terms}) == sorted(
        {"ru", "en", "fr", "de", "ru-Latn"}
    )
    save(back, tmp_path / "w.tbx")
    again = load(tmp_path / "w.tbx")
    assert again.languages == ["ru", "en", "fr", "de"]
    assert [str(f) for f in lint(again)] == [str(f) for f in lint(g)] == []


def test_a_lone_latin_column_is_a_language_of_the_table(tmp_path: Path) -> None:
    # sr-Latn without an sr column is the language a PO export translates into
    table = tmp_path / "sr.csv"
    table.write_text("id,en,sr-Latn\nc1,Belgrade,Beograd\n", encoding="utf-8")
    assert load(table).languages == ["en", "sr-Latn"]
    save(load(table), tmp_path / "sr.po")
    assert 'msgstr "Beograd"' in (tmp_path / "sr.po").read_text(encoding="utf-8")
