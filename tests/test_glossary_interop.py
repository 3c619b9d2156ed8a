"""Glossary interoperability (gloss17): what a TBX file says twice, empty notes, invented ids.

Three faults of the round trip, each found failing first:

1. a term with two status categories (``administrativeStatus`` and ``normativeAuthorization``,
   as IATE and a term base's own status may both say) or two ``termType`` kept the last one;
2. an empty ``<note/>`` of a term was dropped by the TBX writer, and the tables dropped an
   empty note or definition in silence;
3. an entry without an id was given ``c<n>``, which could be the id of another entry of the
   same file (a file whose other entries are named ``c1``, ``c2`` …), and was written to TBX v2,
   which does not need one.

The documents are written here, by hand, from ISO 30042 (TBX v2 and v3) and the TBX-Basic
data categories; expected values are what the documents say, never the code's own output.
"""

from __future__ import annotations

import io
import re
from typing import Any

import pytest
from conftest import source_not_written
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from lxml import etree

from translit.errors import GlossaryError
from translit.glossary import Glossary, apply_text, lint
from translit.glossary.files import load, loads, save
from translit.glossary.model import Concept, Implied, Term, invented_id, parts_of, settle_ids
from translit.glossary.tbx import NOT_BASIC, write_tbx


def _tbx(g: Glossary, version: int, *kept: str) -> bytes:
    """``g`` written as TBX ``version``; the writer says that the categories ``kept`` (no
    TBX-Basic ones: IATE's normativeAuthorization, a tool's status; or TBX-Basic's with a value
    outside its picklist: a tool's own termType) are written as read and
    that a TBX-Basic validator refuses them, and says nothing else."""
    out = io.StringIO()
    said = write_tbx(g, out, version=version)
    if not kept:
        assert said == []
    else:
        assert len(said) == 1, said
        assert said[0].startswith("data TBX-Basic does not allow, written as read: ")
        assert said[0].endswith(NOT_BASIC)
        assert sorted(set(re.findall(r'type="(\w+)"', said[0]))) == sorted(kept)
    return out.getvalue().encode()


def _term_notes(data: bytes) -> list[list[tuple[str | None, str]]]:
    """The termNotes of each term (tig/termSec) of a TBX document, in document order."""
    out = []
    for holder in etree.fromstring(data).iter("{*}tig", "{*}termSec", "tig"):
        notes = [
            (el.get("type"), "".join(el.itertext()))
            for el in holder.iter("{*}termNote", "termNote")
        ]
        out.append(notes)
    return out


def _martif(entries: str) -> bytes:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<martif type="TBX" xml:lang="en"><text><body>\n'
        + entries
        + "\n</body></text></martif>\n"
    ).encode()


# -- 1. two status categories, two term types ---------------------------------------------------

TWO_STATUSES = _martif("""<termEntry id="red-army">
  <langSet xml:lang="de">
    <tig><term>Rote Armee</term>
      <termNote type="administrativeStatus">admittedTerm-admn-sts</termNote>
      <termNote type="normativeAuthorization">standardizedTerm</termNote></tig>
    <tig><term>RKKA</term>
      <termNote type="termType">acronym</termNote>
      <termNote type="termType">abbreviation</termNote>
      <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>
      <termNote type="normativeAuthorization">deprecatedTerm</termNote></tig>
    <tig><term>Arbeiter-und-Bauern-Armee</term>
      <termNote type="administrativeStatus">supersededTerm-admn-sts</termNote>
      <termNote type="administrativeStatus">supersededTerm-admn-sts</termNote></tig>
  </langSet>
</termEntry>""")


@pytest.mark.parametrize("version", [2, 3])
def test_a_term_keeps_both_of_two_status_categories_and_two_types(version: int) -> None:
    # the last of each category won, the others were lost on the way out
    g = loads(TWO_STATUSES, "tbx", "two.tbx")
    written = _term_notes(_tbx(g, version, "normativeAuthorization"))
    assert sorted(written[0]) == [
        ("administrativeStatus", "admittedTerm-admn-sts"),
        ("normativeAuthorization", "standardizedTerm"),
    ]
    assert sorted(written[1]) == [
        ("administrativeStatus", "preferredTerm-admn-sts"),
        ("normativeAuthorization", "deprecatedTerm"),
        ("termType", "abbreviation"),
        ("termType", "acronym"),
    ]
    assert written[2] == [("administrativeStatus", "supersededTerm-admn-sts")] * 2
    assert loads(_tbx(g, version, "normativeAuthorization"), "tbx").concepts == g.concepts


def test_of_two_statuses_the_term_has_the_less_recommended_and_the_first_type() -> None:
    # a term any authority of the file deprecates is not offered as preferred
    g = loads(TWO_STATUSES, "tbx", "two.tbx")
    red, rkka, abba = g.concepts[0].terms
    assert (red.status, rkka.status, abba.status) == ("admitted", "deprecated", "superseded")
    assert (rkka.type, rkka.is_acronym) == ("acronym", True)
    assert g.warnings == [
        "two.tbx:5: term 'Rote Armee' has the statuses admitted (administrativeStatus) and "
        "preferred (normativeAuthorization): read as admitted, each kept",
        "two.tbx:8: term 'RKKA' has the term types acronym and abbreviation: read as acronym, "
        "each kept",
        "two.tbx:8: term 'RKKA' has the statuses preferred (administrativeStatus) and "
        "deprecated (normativeAuthorization): read as deprecated, each kept",
    ]
    # lint sees a deprecated term, not a second preferred one
    said = [f.message for f in lint(g)]
    assert not any("preferred full forms" in m for m in said), said


# -- 2. an empty note is data -------------------------------------------------------------------

EMPTY_NOTES = _martif("""<termEntry id="red-army">
  <note/>
  <note>Used from 1918.</note>
  <langSet xml:lang="de">
    <descrip type="definition"></descrip>
    <tig><term>Rote Armee</term><note/><admin type="source"/></tig>
  </langSet>
</termEntry>""")


@pytest.mark.parametrize("version", [2, 3])
def test_tbx_to_tbx_keeps_an_empty_note_of_a_term(version: int) -> None:
    # the entry's empty <note/> came back, the term's was dropped by the writer (and its empty
    # source): a round trip said it lost nothing
    g = loads(EMPTY_NOTES, "tbx", "empty.tbx")
    c = g.concepts[0]
    assert (parts_of(c.notes[""]), c.definitions, c.terms[0].note, c.terms[0].source) == (
        ("", "Used from 1918."),
        {"de": ""},
        "",
        "",
    )
    back = loads(_tbx(g, version), "tbx")
    assert back.concepts == g.concepts


@pytest.mark.parametrize("fmt", ["csv", "tsv", "xlsx"])
def test_a_table_says_it_cannot_hold_an_empty_note(tmp_path: Any, fmt: str) -> None:
    # a cell cannot tell an empty note from none: the empty one was dropped in silence
    c = Concept("c1", terms=[Term("Rote Armee", "de")], notes={"": ""}, definitions={"": ""})
    out = tmp_path / f"g.{fmt}"
    lost = save(Glossary([c]), out)
    assert lost == [
        "empty notes (a cell cannot tell one from none): not written (1x)",
        "empty definitions (a cell cannot tell one from none): not written (1x)",
    ]


def test_a_po_export_says_it_cannot_hold_an_empty_note_nor_a_term_note(tmp_path: Any) -> None:
    # both were dropped in silence (the round-trip property missed the term's: its glossaries
    # with term notes had stated statuses, which PO says it loses, so nothing was compared)
    c = Concept(
        "c1",
        terms=[Term("Красная армия", "ru", note="Kept short."), Term("Rote Armee", "de", pos="")],
        notes={"": ""},
    )
    lost = save(Glossary([c]), tmp_path / "g.po", source_lang="ru", target_lang="de")
    assert lost == [
        "empty notes or definitions (a comment cannot tell one from none): not written (1x)",
        "term parts of speech: not written (1x)",
        "term notes: not written (1x)",
    ]


# -- 3. an id the file did not give ---------------------------------------------------------------

NO_IDS = _martif("""<termEntry><langSet xml:lang="de"><tig><term>Rote Armee</term></tig></langSet></termEntry>
<termEntry><langSet xml:lang="de"><tig><term>Weiße Armee</term></tig></langSet></termEntry>
<termEntry id="c1"><langSet xml:lang="de"><tig><term>Schwarze Armee</term></tig></langSet></termEntry>
<termEntry id="c2"><langSet xml:lang="de"><tig><term>Grüne Armee</term></tig></langSet></termEntry>""")


def _entry_ids(data: bytes) -> list[str | None]:
    root = etree.fromstring(data)
    return [e.get("id") for e in root.iter("{*}termEntry", "{*}conceptEntry", "termEntry")]


def test_an_invented_id_never_takes_the_id_of_another_entry_of_the_file() -> None:
    # the first two entries were given c1 and c2, the ids of the last two: four entries, two
    # ids, a "concept id 'c1' repeated" warning about ids the file never repeated
    g = loads(NO_IDS, "tbx", "no-ids.tbx")
    ids = [c.id for c in g.concepts]
    assert ids[2:] == ["c1", "c2"] and len(set(ids)) == 4, ids
    assert g.warnings == []
    assert [c.id for c in loads(NO_IDS, "tbx", "no-ids.tbx").concepts] == ids  # stable
    assert not [f.message for f in lint(g) if "also used" in f.message]


def test_an_invented_id_is_written_where_tbx_v3_requires_one_and_only_there() -> None:
    g = loads(NO_IDS, "tbx", "no-ids.tbx")
    ids = [c.id for c in g.concepts]
    v2, v3 = _tbx(g, 2), _tbx(g, 3)
    assert _entry_ids(v2) == [None, None, "c1", "c2"]  # TBX v2 does not require one
    assert _entry_ids(v3) == ids  # TBX v3 does: each entry its own
    for data in (v2, v3):  # and read back, each entry has the id it had
        assert [c.id for c in loads(data, "tbx").concepts] == ids


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_a_table_leaves_an_invented_id_out(tmp_path: Any, fmt: str) -> None:
    # the id column held c1, c2 for entries that had none: TBX -> CSV -> TBX v2 added ids
    g = loads(NO_IDS, "tbx", "no-ids.tbx")
    out = tmp_path / f"g.{fmt}"
    # (its xml:lang, a source language a table has no place for: said, interop47)
    assert save(g, out) == [source_not_written(g.source_lang)]
    back = loads(out.read_bytes(), fmt)
    assert [c.id for c in back.concepts] == [c.id for c in g.concepts]
    assert _entry_ids(_tbx(back, 2)) == [None, None, "c1", "c2"]


@given(st.lists(st.one_of(st.none(), st.sampled_from(["c1", "c2", "c1-2", "c3", "x"])), max_size=8))
def test_settled_ids_are_unique_and_leave_every_stated_id_as_it_is(said: list[str | None]) -> None:
    # an entry without an id (None) is given c<n>; the ids the file states are all different
    stated = [x for x in said if x is not None]
    assume(len(set(stated)) == len(stated))
    concepts = [Concept(x if x is not None else invented_id(n)) for n, x in enumerate(said, 1)]
    settle_ids(concepts)
    ids = [c.id for c in concepts]
    assert len(set(ids)) == len(ids)
    assert [i for i, x in zip(ids, said, strict=True) if x is not None] == stated
    assert all(
        isinstance(c.id, Implied) == (x is None) for c, x in zip(concepts, said, strict=True)
    )


def test_a_po_export_writes_an_invented_id_only_to_tell_two_msgids_apart(tmp_path: Any) -> None:
    # every entry got msgctxt "c<n>": a PO file without contexts came back with them
    g = loads(
        _martif("""<termEntry><langSet xml:lang="ru"><tig><term>армия</term></tig></langSet>
<langSet xml:lang="fr"><tig><term>armée</term></tig></langSet></termEntry>
<termEntry><langSet xml:lang="ru"><tig><term>фронт</term></tig></langSet>
<langSet xml:lang="fr"><tig><term>front</term></tig></langSet></termEntry>
<termEntry><langSet xml:lang="ru"><tig><term>фронт</term></tig></langSet>
<langSet xml:lang="fr"><tig><term>façade</term></tig></langSet></termEntry>"""),
        "tbx",
    )
    out = tmp_path / "g.po"
    assert save(g, out, source_lang="ru", target_lang="fr") == []
    text = out.read_text("utf-8")
    assert '\n\nmsgid "армия"' in text  # no context: its msgid is its own
    assert 'msgctxt "c2"\nmsgid "фронт"' in text and 'msgctxt "c3"\nmsgid "фронт"' in text
    assert [c.id for c in loads(out.read_bytes(), "po").concepts] == ["c1", "c2", "c3"]


# -- real exports --------------------------------------------------------------------------------

# Phrase TMS (Memsource) writes a term's Forbidden and Preferred attributes as termNotes of their
# own holding true or false, and its Status (Approved or New) as <termNote type="status">: the
# mapping TermWeb documents for its TBX exchange with Memsource,
# https://termweb.atlassian.net/wiki/pages/diffpages.action?originalId=790593538&pageId=790659073
# and Phrase's "Edit Term Attributes" (https://support.phrase.com/hc/en-us/articles/10112307347868):
# terms added by linguists are New until approved; a Forbidden term gets a QA warning.
PHRASE_TBX = _martif("""<termEntry id="1001">
  <langSet xml:lang="ru">
    <tig><term>РОА</term><termNote type="status">Approved</termNote>
      <termNote type="preferred">true</termNote><termNote type="forbidden">false</termNote></tig>
  </langSet>
  <langSet xml:lang="fr">
    <tig><term>ALR</term><termNote type="status">Approved</termNote>
      <termNote type="preferred">false</termNote><termNote type="forbidden">true</termNote></tig>
    <tig><term>ROA</term><termNote type="status">New</termNote>
      <termNote type="preferred">false</termNote><termNote type="forbidden">false</termNote></tig>
  </langSet>
</termEntry>""")


def test_a_phrase_forbidden_term_is_deprecated_and_never_applied(tmp_path: Any) -> None:
    # <termNote type="forbidden">true</termNote> was kept as unknown data: the forbidden ALR
    # was the preferred French term, and apply wrote it; "New" was an unknown status
    g = loads(PHRASE_TBX, "tbx", "phrase.tbx")
    got = [(t.text, t.status, t.stated("status")) for t in g.concepts[0].terms]
    assert got == [
        ("РОА", "preferred", False),
        ("ALR", "deprecated", False),
        ("ROA", "admitted", False),
    ]
    assert g.warnings == []
    assert apply_text("РОА", g, "fr") == "ROA"
    out = tmp_path / "back.tbx"
    assert save(g, out) == [
        "ids that are no XML names or are repeated (TBX's ids are xsd:ID: a letter or _ first, "
        "no spaces, each once): written '1001' as '_1001'",
        'data TBX-Basic does not allow, written as read: <termNote type="status"> (3x: entry '
        '_1001), <termNote type="preferred"> (3x: entry _1001), <termNote type="forbidden"> (3x: '
        "entry _1001)" + NOT_BASIC,
    ]
    text = out.read_text("utf-8")  # each flag as Phrase wrote it
    assert text.count('<termNote type="forbidden">') == 3
    # and the status where it is not the preferred a reader takes without one: a tool that reads
    # administrativeStatus alone (Weblate) forbids ALR too
    said = [n for t in _term_notes(out.read_bytes()) for n in t if n[0] == "administrativeStatus"]
    assert said == [
        ("administrativeStatus", "deprecatedTerm-admn-sts"),
        ("administrativeStatus", "admittedTerm-admn-sts"),
    ]
    back = load(out)
    back.concepts[0].id = "1001"
    assert back == g


# IATE labels its term types Term, Abbrev, Phrase, Formula and Short form (IATE online help, "Term
# level": https://online-help-dev.iate.europa.eu/?p=3364); entry ids are "IATE-<number>" and
# language-independent designations are in a language section "mul" ("IATE Data fields
# explained": http://iate.europa.eu/tbx/IATE%20Data%20Fields%20Explaind.htm).
IATE_TBX = _martif("""<termEntry id="IATE-884422">
  <descrip type="subjectField">defence</descrip>
  <langSet xml:lang="de">
    <tig><term>Russische Befreiungsarmee</term><termNote type="termType">Term</termNote>
      <descrip type="reliabilityCode">3</descrip></tig>
    <tig><term>ROA</term><termNote type="termType">Abbrev</termNote>
      <descrip type="reliabilityCode">3</descrip></tig>
  </langSet>
  <langSet xml:lang="mul">
    <tig><term>ROA</term><termNote type="termType">Abbrev</termNote></tig>
  </langSet>
</termEntry>""")


def test_an_iate_abbreviation_is_read(tmp_path: Any) -> None:
    # "Abbrev" was no term type translit knew: the file failed at the first abbreviation
    g = loads(IATE_TBX, "tbx", "iate.tbx")
    c = g.concepts[0]
    assert c.id == "IATE-884422"
    assert [(t.lang, t.text, t.type) for t in c.terms] == [
        ("de", "Russische Befreiungsarmee", "fullForm"),
        ("de", "ROA", "abbreviation"),
        ("mul", "ROA", "abbreviation"),
    ]
    out = tmp_path / "back.tbx"
    assert save(g, out) == [  # (IATE's reliability code: a category of TBX's default set;
        # its term types, outside TBX-Basic's picklist: fullForm, acronym, abbreviation, ...)
        "data TBX-Basic does not allow, written as read: <termNote type=\"termType\"> 'Term', not "
        'in its picklist (1x: entry IATE-884422), <descrip type="reliabilityCode"> (2x: entry '
        "IATE-884422), <termNote type=\"termType\"> 'Abbrev', not in its picklist (2x: entry "
        "IATE-884422)" + NOT_BASIC
    ]
    text = out.read_text("utf-8")
    assert text.count('<termNote type="termType">Abbrev</termNote>') == 2  # as IATE spelt it
    assert text.count('<descrip type="reliabilityCode">3</descrip>') == 2
    assert load(out) == g


# Google's glossary of equivalent term sets (Cloud Translation, and Translator Toolkit before it):
# a header of locale codes, with optional "pos" (the part of speech of the row's terms) and
# "description" (notes for the translator, the meaning of the terms) columns:
# https://support.google.com/translate/toolkit/answer/147854 ("Custom glossary format") and
# https://cloud.google.com/translate/docs/advanced/glossary (equivalent term sets).
GOOGLE_CSV = (
    "ru,de,fr,pos,description\n"
    "армия,Armee,armée,noun,Land forces of a state\n"
    "отступать,zurückweichen,reculer,verb,\n"
).encode()


def test_a_google_glossary_reads_its_part_of_speech_and_description(tmp_path: Any) -> None:
    # both columns were "not kept"
    g = loads(GOOGLE_CSV, "csv", "google.csv")
    got = [(c.notes, [(t.lang, t.text, t.pos) for t in c.terms]) for c in g.concepts]
    assert got == [
        (
            {"": "Land forces of a state"},
            [("ru", "армия", "noun"), ("de", "Armee", "noun"), ("fr", "armée", "noun")],
        ),
        (
            {},
            [
                ("ru", "отступать", "verb"),
                ("de", "zurückweichen", "verb"),
                ("fr", "reculer", "verb"),
            ],
        ),
    ]
    assert g.warnings == []
    # and a table written holds the part of speech its rows share: CSV -> CSV keeps it
    out = tmp_path / "back.csv"
    assert save(g, out) == []
    assert load(out) == g


# Matecat's glossary: column A "Forbidden", where TRUE means the terms of the row must not be
# used, then other concept-level columns and a column per locale (Matecat, "Glossary file
# format": https://guides.matecat.com/glossary-file-format; its termbase export is CSV:
# https://guides.matecat.com/how-to-add-a-termbase).
MATECAT_CSV = (
    "Forbidden,Definition,ru-RU,fr-FR\n"
    "TRUE,,,vlassovistes\n"
    ",Armed forces of collaborators,РОА,ROA\n"
    "false,,власовцы,\n"
).encode()


def test_a_matecat_forbidden_row_is_deprecated_and_never_applied() -> None:
    # the Forbidden column was "not kept": a forbidden term was a preferred one
    g = loads(MATECAT_CSV, "csv", "matecat.csv")
    got = [[(t.lang, t.text, t.status) for t in c.terms] for c in g.concepts]
    assert got == [
        [("fr-FR", "vlassovistes", "deprecated")],
        [("ru-RU", "РОА", "preferred"), ("fr-FR", "ROA", "preferred")],
        [("ru-RU", "власовцы", "preferred")],
    ]
    assert g.warnings == []
    assert apply_text("РОА", g, "fr-FR") == "ROA"


def test_a_forbidden_cell_neither_true_nor_false_is_an_error_at_its_line() -> None:
    with pytest.raises(GlossaryError, match=r"matecat\.csv:2: .*'Forbidden'.*neither yes nor no"):
        loads(b"Forbidden,ru-RU,fr-FR\nmaybe,,vlassovistes\n", "csv", "matecat.csv")


# -- 4. a temporal qualifier, a tool's status beside administrativeStatus ------------------------
# ISO 30042:2008's default XCS gives termNote type="temporalQualifier" the picklist archaicTerm,
# outdatedTerm, obsoleteTerm (ISO 12620:1999, "temporal qualifier"); ISOcat's record of
# administrativeStatus (DC-70) reads TBX-Basic's "obsolete" usage status as superseded term and
# names the temporal qualifier's obsolete as the same value, and names "status", "term status"
# and "usage status" as the interface names of administrativeStatus. So either is one more
# status category of the term, read with the others: the least recommended is the term's.

TEMPORAL = _martif("""<termEntry id="red-army">
  <langSet xml:lang="en">
    <tig><term>Red Army</term>
      <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig>
    <tig><term>Workers' and Peasants' Red Army</term>
      <termNote type="temporalQualifier">obsoleteTerm</termNote></tig>
  </langSet>
  <langSet xml:lang="ru">
    <tig><term>Красная армия</term></tig>
    <tig><term>Рабоче-крестьянская Красная армия</term>
      <termNote type="administrativeStatus">admittedTerm-admn-sts</termNote>
      <termNote type="temporalQualifier">outdatedTerm</termNote></tig>
    <tig><term>РККА</term>
      <termNote type="termType">acronym</termNote>
      <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>
      <termNote type="status">FORBIDDEN</termNote></tig>
  </langSet>
</termEntry>""")


def test_an_obsolete_term_is_superseded_found_in_text_and_never_a_target() -> None:
    # the temporal qualifier changed nothing: the obsolete name was a second preferred full
    # form, written as the target as readily as the current one
    g = loads(TEMPORAL, "tbx", "t.tbx")
    got = [(t.text, t.status) for t in g.concepts[0].terms]
    assert got == [
        ("Red Army", "preferred"),
        ("Workers' and Peasants' Red Army", "superseded"),
        ("Красная армия", "preferred"),
        ("Рабоче-крестьянская Красная армия", "superseded"),
        ("РККА", "deprecated"),
    ]
    assert apply_text("Красная армия", g, "en") == "Red Army"
    assert apply_text("Workers' and Peasants' Red Army", g, "ru") == "Красная армия"
    assert not [f.message for f in lint(g) if "preferred full forms" in f.message]


def test_a_status_beside_administrative_status_is_read_with_it_and_warned_of() -> None:
    # README said a tool's status counts beside administrativeStatus; the reader read it only
    # where no administrativeStatus was: FORBIDDEN beside preferredTerm-admn-sts was preferred
    g = loads(TEMPORAL, "tbx", "t.tbx")
    assert g.warnings == [
        "t.tbx:12: term 'Рабоче-крестьянская Красная армия' has the statuses admitted "
        "(administrativeStatus) and superseded (temporalQualifier): read as superseded, each kept",
        "t.tbx:15: term 'РККА' has the statuses preferred (administrativeStatus) and deprecated "
        "(status): read as deprecated, each kept",
    ]


@pytest.mark.parametrize("version", [2, 3])
def test_a_temporal_qualifier_and_a_tools_status_come_back_as_read(version: int) -> None:
    g = loads(TEMPORAL, "tbx", "t.tbx")
    back = _tbx(g, version, "temporalQualifier", "status")
    # each category as read; where the status came from one that is no TBX-Basic category, it
    # is written in administrativeStatus too, for tools that read that alone (Weblate)
    assert [sorted(t) for t in _term_notes(back)] == [
        [("administrativeStatus", "preferredTerm-admn-sts")],
        [
            ("administrativeStatus", "supersededTerm-admn-sts"),
            ("temporalQualifier", "obsoleteTerm"),
        ],
        [],
        [
            ("administrativeStatus", "admittedTerm-admn-sts"),
            ("administrativeStatus", "supersededTerm-admn-sts"),
            ("temporalQualifier", "outdatedTerm"),
        ],
        [
            ("administrativeStatus", "deprecatedTerm-admn-sts"),
            ("administrativeStatus", "preferredTerm-admn-sts"),
            ("status", "FORBIDDEN"),
            ("termType", "acronym"),
        ],
    ]
    assert loads(back, "tbx").concepts == g.concepts


def test_a_temporal_qualifier_outside_its_picklist_is_a_warning_and_says_no_status() -> None:
    data = TEMPORAL.replace(b">obsoleteTerm<", b">historicTerm<")
    g = loads(data, "tbx", "t.tbx")
    assert g.concepts[0].terms[1].status == "preferred"
    assert g.warnings[0] == (
        "t.tbx:8: temporalQualifier 'historicTerm' is none of archaicTerm, outdatedTerm, "
        "obsoleteTerm: the term's status is not read from it"
    )


# -- properties: what a drawn file says comes back ------------------------------------------------

_SAID_STATUS = {  # a category's value → the status it says (ISO 30042 picklists)
    ("administrativeStatus", "preferredTerm-admn-sts"): "preferred",
    ("administrativeStatus", "admittedTerm-admn-sts"): "admitted",
    ("administrativeStatus", "deprecatedTerm-admn-sts"): "deprecated",
    ("administrativeStatus", "supersededTerm-admn-sts"): "superseded",
    ("normativeAuthorization", "standardizedTerm"): "preferred",
    ("normativeAuthorization", "proposedTerm"): "admitted",
    ("normativeAuthorization", "deprecatedTerm"): "deprecated",
    # ISO 12620:1999's temporal qualifier (TBX's default XCS: archaicTerm, outdatedTerm,
    # obsoleteTerm): no longer used for the concept, as TBX-Basic's obsolete usage status
    ("temporalQualifier", "archaicTerm"): "superseded",
    ("temporalQualifier", "obsoleteTerm"): "superseded",
    # a tool's own status category (XTM), the interface name of administrativeStatus
    ("status", "VALID"): "preferred",
    ("status", "FORBIDDEN"): "deprecated",
}
_RANK = ["preferred", "admitted", "deprecated", "superseded"]


@settings(max_examples=60, deadline=None)
@given(
    said=st.lists(st.sampled_from(sorted(_SAID_STATUS)), min_size=1, max_size=4),
    version=st.sampled_from([2, 3]),
)
def test_every_status_category_comes_back_and_the_least_recommended_is_read(
    said: list[tuple[str, str]], version: int
) -> None:
    notes = "".join(f'<termNote type="{c}">{v}</termNote>' for c, v in said)
    data = _martif(
        f'<termEntry id="e"><langSet xml:lang="de"><tig><term>Armee</term>{notes}</tig>'
        "</langSet></termEntry>"
    )
    g = loads(data, "tbx")
    want = max((_SAID_STATUS[x] for x in said), key=_RANK.index)
    assert g.concepts[0].terms[0].status == want
    back = _tbx(g, version, *{c for c, _ in said if c != "administrativeStatus"})
    written = _term_notes(back)[0]
    # each as read, and the status in administrativeStatus where no TBX category said it and it
    # is not the preferred a reader takes without one (for tools reading that alone: Weblate)
    added = [("administrativeStatus", f"{want}Term-admn-sts")]
    tbx = [
        _SAID_STATUS[x] for x in said if x[0] in ("administrativeStatus", "normativeAuthorization")
    ]
    from_tbx = bool(tbx) and max(tbx, key=_RANK.index) == want
    assert sorted(written) == sorted(said + (added if want != "preferred" and not from_tbx else []))
    assert loads(back, "tbx").concepts == g.concepts


@settings(max_examples=60, deadline=None)
@given(
    said=st.lists(
        st.one_of(st.none(), st.sampled_from(["c1", "c2", "c3", "c2-2"])), min_size=1, max_size=6
    )
)
def test_the_ids_of_a_file_come_back_through_every_format(
    tmp_path_factory: Any, said: list[str | None]
) -> None:
    stated = [x for x in said if x is not None]
    assume(len(set(stated)) == len(stated))  # (a file whose ids repeat is another test's)
    entries = "\n".join(
        f'<termEntry{f" id={x!r}" if x else ""}><langSet xml:lang="de"><tig><term>T{n}</term>'
        "</tig></langSet></termEntry>"
        for n, x in enumerate(said)
    )
    g = loads(_martif(entries), "tbx")
    ids = [c.id for c in g.concepts]
    assert len(set(ids)) == len(ids)
    assert _entry_ids(_tbx(g, 2)) == said  # v2: only what the file said
    assert _entry_ids(_tbx(g, 3)) == ids
    out = tmp_path_factory.mktemp("ids") / "g.csv"
    # (its xml:lang, a source language a table has no place for: said, interop47)
    assert save(g, out) == [source_not_written(g.source_lang)]
    for back in (loads(_tbx(g, 2), "tbx"), loads(_tbx(g, 3), "tbx"), load(out)):
        assert [c.id for c in back.concepts] == ids


# Phrase Strings term base CSV: a header of supported column names (term, case sensitive,
# translatable, description) and locale codes, in any order; "term" is the term itself, in the
# project's language, which the file does not name ("Uploading and Downloading Terms
# (Strings)": https://support.phrase.com/hc/en-us/articles/10112307427740).
PHRASE_STRINGS_CSV = (
    "term,case sensitive,translatable,description,de,fr\n"
    "Красная армия,false,true,Soviet land forces,Rote Armee,Armée rouge\n"
    "РОА,true,true,,ROA,ROA\n"
).encode()


def test_a_phrase_strings_term_is_read_in_its_source_language() -> None:
    # the term column was "not kept": the source term was lost, each concept had its
    # translations alone
    g = loads(PHRASE_STRINGS_CSV, "csv", "phrase.csv")
    got = [[(t.lang, t.text) for t in c.terms] for c in g.concepts]
    assert got == [
        [("ru", "Красная армия"), ("de", "Rote Armee"), ("fr", "Armée rouge")],
        [("ru", "РОА"), ("de", "ROA"), ("fr", "ROA")],
    ]
    assert g.concepts[0].notes == {"": "Soviet land forces"}
    assert apply_text("Красная армия", g, "de") == "Rote Armee"
    # the language is the caller's when given, and said when the file gives no clue
    given = loads(PHRASE_STRINGS_CSV, "csv", "phrase.csv", source_lang="uk")
    assert {t.lang for c in given.concepts for t in c.terms} == {"uk", "de", "fr"}
    latin = loads(b"term,de\nRed Army,Rote Armee\n", "csv", "phrase.csv")
    assert [t.lang for t in latin.concepts[0].terms] == ["und", "de"]
    assert any("does not say the source language" in w for w in latin.warnings), latin.warnings


# A term type of a tool's own (IATE's look-up forms, a termbase's picklist) in a TBX file: ISO
# 30042 fixes the picklist, but exports carry their own values. The strict read refused the
# whole file at the first one ("unknown term type"); MultiTerm's reader kept it as read.
OWN_TYPE = _martif("""<termEntry id="roa">
  <langSet xml:lang="de">
    <tig><term>Wlassow-Armee</term>
      <termNote type="termType">lookup form</termNote></tig>
    <tig><term>ROA</term>
      <termNote type="termType">acronym</termNote></tig>
  </langSet>
</termEntry>""")


@pytest.mark.parametrize("version", [2, 3])
def test_a_term_type_of_a_tools_own_is_kept_as_read_with_a_warning(version: int) -> None:
    g = loads(OWN_TYPE, "tbx", "own.tbx")
    assert [(t.text, t.type) for t in g.concepts[0].terms] == [
        ("Wlassow-Armee", "fullForm"),
        ("ROA", "acronym"),
    ]
    assert any("own.tbx:6: term type 'lookup form' is in no TBX picklist" in w for w in g.warnings)
    back = _term_notes(_tbx(g, version, "termType"))  # (not TBX-Basic's picklist's: said)
    assert ("termType", "lookup form") in back[0]
    assert ("termType", "acronym") in back[1]


# An element named as TBX's but in another namespace is another vocabulary's (Namespaces in
# XML 1.0, §1: a name is its namespace and its local part): a tool's own <x:descrip> or
# <x:termNote type="partOfSpeech"> was read as the TBX one, setting the term's part of speech
# and joining the definition; an <x:langSec> became one descrip holding its text.
FOREIGN_V3 = """<tbx xmlns="urn:iso:std:iso:30042:ed-2" xmlns:x="urn:example:tool" type="TBX-Basic"
 style="dca" xml:lang="en"><text><body>
<conceptEntry id="c1">
 <descrip type="definition">Army of the Soviet Union.</descrip>
 <x:descrip type="definition">tool's own text</x:descrip>
 <x:note>checked by the tool</x:note>
 <x:descripGrp><x:descrip type="subjectField">tool's field</x:descrip></x:descripGrp>
 <x:langSec xml:lang="de"><termSec><term>Rote Armee</term></termSec></x:langSec>
 <langSec xml:lang="ru"><termSec><term>Красная армия</term>
  <x:termNote type="partOfSpeech">verb</x:termNote><x:note>tool's note</x:note></termSec>
 </langSec>
 <langSec xml:lang="en"><termSec><term>Red Army</term></termSec></langSec>
</conceptEntry></body></text></tbx>"""
FOREIGN_V2 = """<martif type="TBX" xml:lang="en" xmlns:x="urn:example:tool"><text><body>
<termEntry id="c1">
 <descrip type="definition">Army of the Soviet Union.</descrip>
 <x:descrip type="definition">tool's own text</x:descrip>
 <x:note>checked by the tool</x:note>
 <x:descripGrp><x:descrip type="subjectField">tool's field</x:descrip></x:descripGrp>
 <x:langSet xml:lang="de"><tig><term>Rote Armee</term></tig></x:langSet>
 <langSet xml:lang="ru"><tig><term>Красная армия</term>
  <x:termNote type="partOfSpeech">verb</x:termNote><x:note>tool's note</x:note></tig>
 </langSet>
 <langSet xml:lang="en"><tig><term>Red Army</term></tig></langSet>
</termEntry></body></text></martif>"""


@pytest.mark.parametrize("document", [FOREIGN_V3, FOREIGN_V2], ids=["v3", "v2"])
def test_an_element_of_another_namespace_is_kept_as_read_and_never_read_as_tbx(
    document: str,
) -> None:
    g = loads(document.encode(), "tbx", "tool.tbx")
    (c,) = g.concepts
    assert (c.definitions, c.notes, c.subject) == ({"": "Army of the Soviet Union."}, {}, None)
    assert [(t.lang, t.text, t.pos, t.note) for t in c.terms] == [
        ("ru", "Красная армия", None, None),
        ("en", "Red Army", None, None),
    ]
    tool = "{urn:example:tool}"
    kept = [etree.fromstring(x) for _, x in c.extra]
    assert [(e.tag, e.get("type")) for e in kept] == [
        (f"{tool}descrip", "definition"),
        (f"{tool}note", None),
        (f"{tool}descripGrp", None),
        (f"{tool}{'langSec' if document is FOREIGN_V3 else 'langSet'}", None),
    ]
    assert "".join(kept[3].itertext()) == "Rote Armee"  # its structure kept, not flattened
    assert [etree.fromstring(x).tag for x in c.terms[0].extra] == [
        f"{tool}termNote",
        f"{tool}note",
    ]
    said = [w for w in g.warnings if "urn:example:tool" in w]
    assert len(said) == 6, g.warnings
    line = next(n for n, x in enumerate(document.splitlines(), 1) if "<x:descrip type" in x)
    assert said[0].startswith(
        f"tool.tbx:{line}: <x:descrip> is in the namespace 'urn:example:tool'"
    )
    assert "not read as a TBX <descrip>" in said[0]


@pytest.mark.parametrize("version", [2, 3])
@pytest.mark.parametrize("document", [FOREIGN_V3, FOREIGN_V2], ids=["v3", "v2"])
def test_an_element_of_another_namespace_comes_back_in_its_namespace(
    document: str, version: int
) -> None:
    g = loads(document.encode(), "tbx", "tool.tbx")
    out = io.StringIO()
    section = "langSec" if document is FOREIGN_V3 else "langSet"
    assert write_tbx(g, out, version=version) == [  # each of the fixture's x: elements
        "data TBX-Basic does not allow, written as read: <x:descrip> of another namespace (1x: "
        "entry c1), <x:note> of another namespace (2x: entry c1), <x:descripGrp> of another "
        f"namespace (1x: entry c1), <x:{section}> of another namespace (1x: entry c1), "
        "<x:termNote> of another namespace (1x: entry c1)" + NOT_BASIC
    ]
    written = out.getvalue().encode()
    tree = etree.fromstring(written)
    tool = "{urn:example:tool}"
    assert [e.get("type") for e in tree.iter(f"{tool}descrip")] == ["definition", "subjectField"]
    assert len(list(tree.iter(f"{tool}termNote"))) == 1
    back = loads(written, "tbx").concepts
    if (version == 3) == (document is FOREIGN_V3):  # (v2's elements, in no namespace, inside
        assert back == g.concepts  # a foreign one become v3's in a v3 file, as the rest does)
    else:
        assert [c.definitions for c in back] == [c.definitions for c in g.concepts]
        assert [t.extra for c in back for t in c.terms] == [
            t.extra for c in g.concepts for t in c.terms
        ]
