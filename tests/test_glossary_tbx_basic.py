"""TBX written for the tools that read it: the TBX-Basic dialect's structure and categories.

glossary33 ran public glossary files of several tools through ``glossary convert`` and checked
the TBX written against LTAC Global's TBX-Basic schema (DCA RELAX NG, ISO 30042:2019). What it
refused: a concept number as an id (MultiTerm's ``<concept>17</concept>``, memoQ's ``Entry_ID``,
go-tm's ``<termEntry id="1905">``: TBX ids are ``xsd:ID``), a DCT transaction kept with its
module elements (``<basic:transactionType>`` in a ``transacGrp``: LTAC's DCT sample),
MultiTerm's transactions and sub-fields kept in MultiTerm's shape, ``Noun`` for the picklist's
``noun``. The fixtures below are this project's own terms in those files' structures.
"""

from __future__ import annotations

import io
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import GO_TM_CROSS_REFERENCE
from lxml import etree

from translit.errors import GlossaryError
from translit.glossary.files import load, loads, save, shipped_path
from translit.glossary.model import Concept, Glossary, Term
from translit.glossary.tbx import NOT_BASIC, write_tbx

NS = "urn:iso:std:iso:30042:ed-2"
#: XML 1.0 (Namespaces) NCName, the lexical space of xsd:ID: a letter or _ first, then letters,
#: digits, _ . - (no colon, no space)
NCNAME = re.compile(r"[^\W\d][\w.\-]*")
#: TBX-Basic's DCA elements and their type values (LTAC's TBXcoreStructV03_TBX-Basic_integrated
#: .rng, the "*.types" patterns), written here from the schema, not read from translit's table
BASIC = {
    "descrip": {"context", "definition", "subjectField"},
    "admin": {"customerSubset", "projectSubset", "source"},
    "termNote": {
        "administrativeStatus",
        "grammaticalGender",
        "geographicalUsage",
        "partOfSpeech",
        "termLocation",
        "termType",
    },
    "ref": {"crossReference"},
    "xref": {"externalCrossReference", "xGraphic"},
    "transac": {"transactionType"},
    "transacNote": {"responsibility"},
}
#: LTAC's Schematron rules for DCA TBX-Basic (DCA/TBX-Basic_DCA.sch), the rules its schema
#: cannot check, written here from the .sch: each closed category's values, and the levels a
#: category may stand at (its parent, or its group's parent). The .sch spells one definition
#: level "conceptEtnry"; its message, "conceptEntry or langSec levels", is taken.
PICKLISTS = {
    "administrativeStatus": {
        "admittedTerm-admn-sts",
        "deprecatedTerm-admn-sts",
        "supersededTerm-admn-sts",
        "preferredTerm-admn-sts",
    },
    "partOfSpeech": {"adjective", "noun", "other", "verb", "adverb"},
    "grammaticalGender": {"masculine", "feminine", "neuter", "other"},
    "termType": {"fullForm", "acronym", "abbreviation", "shortForm", "variant", "phrase"},
    "transactionType": {"origination", "modification"},
}
LEVELS = {
    "customerSubset": {"termSec"},
    "projectSubset": {"termSec"},
    "subjectField": {"conceptEntry"},
    "context": {"termSec"},
    "definition": {"conceptEntry", "langSec"},
    "crossReference": {"conceptEntry", "termSec"},
    "externalCrossReference": {"conceptEntry", "termSec"},
    "xGraphic": {"conceptEntry"},
}


def _local(el: etree._Element) -> str:
    return etree.QName(el).localname


def _basic_faults(data: bytes) -> list[str]:
    """What TBX-Basic's schema refuses in the v3 document ``data``: ids that are no unique
    NCNames, a conceptEntry without a langSec, a langSec without a termSec, a termNote after
    another kind of child of a termSec (the schema: term, termNote*, then the rest), a type
    the element does not take, a date that is no xsd:date; and what LTAC's Schematron rules
    refuse: a value not in its category's picklist, a category at a level not its own, an
    empty type."""
    root = etree.fromstring(data)
    out: list[str] = []
    ids = [el.get("id") for el in root.iter() if el.get("id") is not None]
    out += [f"id {i!r}" for i in ids if not NCNAME.fullmatch(i or "")]
    out += [f"id {i!r} repeated" for i in sorted({i for i in ids if ids.count(i) > 1})]
    for el in root.iter(f"{{{NS}}}*"):
        name = _local(el)
        kids = [_local(k) for k in el if isinstance(k.tag, str)]
        if name == "conceptEntry" and "langSec" not in kids:
            out.append(f"conceptEntry {el.get('id')} without langSec")
        if name == "langSec" and "termSec" not in kids:
            out.append("langSec without termSec")
        if name == "termSec":
            notes = kids.count("termNote")
            if kids[0] != "term" or kids[1 : 1 + notes] != ["termNote"] * notes:
                out.append(f"termSec order {kids}")
        if name in BASIC and el.get("type") not in BASIC[name]:
            out.append(f"<{name} type={el.get('type')!r}>")
        if name == "termNote" and _local(el.getparent()) != "termSec":
            out.append(f"termNote in {_local(el.getparent())}")
        if name == "date" and not re.fullmatch(r"\d{4}-\d\d-\d\d", el.text or ""):
            out.append(f"date {el.text!r}")
        kind = el.get("type")
        if kind == "":
            out.append(f"<{name}> with an empty type")
        if kind in PICKLISTS and el.text not in PICKLISTS[kind]:
            out.append(f"{kind} {el.text!r}")
        if kind in LEVELS and name in BASIC:
            parent = el.getparent()
            if _local(parent).endswith("Grp"):
                parent = parent.getparent()
            if _local(parent) not in LEVELS[kind]:
                out.append(f"{kind} in {_local(parent)}")
    return out


def _written(g: Glossary, version: int = 3) -> tuple[bytes, list[str]]:
    out = io.StringIO()
    said = write_tbx(g, out, version=version)
    return out.getvalue().encode(), said


# -- ids ----------------------------------------------------------------------------------------

# memoQ's CSV export numbers its entries (Entry_ID); a hand-made table names them with spaces
IDS_CSV = "id,ru,de\n17,РОА,ROA\n2 b,РККА,Rote Armee\nc3,ВС КОНР,Streitkräfte des KONR\n"


@pytest.mark.parametrize("version", [2, 3])
def test_ids_that_are_no_xml_names_are_written_as_xml_names_and_said(version: int) -> None:
    g = loads(IDS_CSV.encode(), "csv", "ids.csv")
    data, said = _written(g, version)
    entries = etree.fromstring(data).iter("{*}conceptEntry", "termEntry")
    assert [e.get("id") for e in entries] == ["_17", "_2_b", "c3"]
    assert said == [
        "ids that are no XML names or are repeated (TBX's ids are xsd:ID: a letter or _ first, "
        "no spaces, each once): written '17' as '_17', '2 b' as '_2_b'"
    ]
    if version == 3:
        assert _basic_faults(data) == []


def test_a_renamed_id_never_takes_an_id_the_file_states_and_ids_are_unique() -> None:
    # a term id equal to a concept id, and a concept whose number becomes another's stated id
    g = Glossary(
        [
            Concept("1", terms=[Term("РОА", "ru", id="_1")]),
            Concept("_1-2", terms=[Term("РККА", "ru", id="c9")]),
            Concept("c9", terms=[Term("КОНР", "ru")]),
        ]
    )
    data, said = _written(g)
    ids = [el.get("id") for el in etree.fromstring(data).iter() if el.get("id")]
    assert ids == ["_1-3", "_1", "_1-2", "c9", "c9-2"]
    assert _basic_faults(data) == []
    assert said == [
        "ids that are no XML names or are repeated (TBX's ids are xsd:ID: a letter or _ first, "
        "no spaces, each once): written '1' as '_1-3', 'c9' as 'c9-2'"
    ]


@pytest.mark.parametrize("version", [2, 3])
def test_a_cross_reference_names_the_entry_it_named_once_ids_are_renamed(version: int) -> None:
    # go-tm's numbered entries with a cross-reference between them (TBX-Basic's crossReference:
    # its target= is the id of the entry it names): the entries became _1905 and _1906, and the
    # reference still named 1905, an id the file written no longer has
    data = GO_TM_CROSS_REFERENCE
    written, _ = _written(loads(data, "tbx", "go-tm.tbx"), version)
    root = etree.fromstring(written)
    entries = [e.get("id") for e in root.iter("{*}conceptEntry", "termEntry")]
    assert [e.get("target") for e in root.iter("{*}ref", "ref")] == [entries[0]] == ["_1905"]


# -- picklists ----------------------------------------------------------------------------------


def test_a_part_of_speech_in_another_case_is_written_as_the_picklist_spells_it() -> None:
    # go-tm's TBX (and Transifex's CSV) write "Noun"; TBX-Basic's picklists (the Min and Basic
    # modules): adjective, noun, other, verb, adverb; masculine, feminine, neuter, other
    data = """<martif type="TBX" xml:lang="en-US"><text><body><termEntry id="b1905">
      <langSet xml:lang="ru"><ntig><termGrp><term>Армия</term>
        <termNote type="partOfSpeech">Noun</termNote>
        <termNote type="grammaticalGender">Feminine</termNote></termGrp></ntig>
        <ntig><termGrp><term>РОА</term><termNote type="partOfSpeech">n.</termNote></termGrp>
      </ntig></langSet></termEntry></body></text></martif>""".encode()
    g = loads(data, "tbx", "gotm.tbx")
    assert [(t.pos, t.gender) for t in g.concepts[0].terms] == [("Noun", "Feminine"), ("n.", None)]
    written, said = _written(g)
    notes = [(n.get("type"), n.text) for n in etree.fromstring(written).iter(f"{{{NS}}}termNote")]
    assert notes == [
        ("partOfSpeech", "noun"),
        ("grammaticalGender", "feminine"),
        ("partOfSpeech", "n."),  # no picklist value: as read, and said (LTAC's Schematron:
    ]  # "Permitted values of /partOfSpeech/ are 'noun', 'other', 'verb', 'adverb', 'adjective'")
    assert said == [  # (interop47: the respelling was not said)
        "parts of speech and genders in another spelling than TBX-Basic's picklist: written in "
        "its spelling, 'Noun' as 'noun' (1x), 'Feminine' as 'feminine' (1x)",
        "data TBX-Basic does not allow, written as read: <termNote type=\"partOfSpeech\"> 'n.', "
        "not in its picklist (1x: entry b1905)" + NOT_BASIC,
    ]


# -- DCT: a transaction of the Basic module --------------------------------------------------------

# LTAC's TBX-Basic DCT sample (Example_Astronomy_DCT_VALID.tbx): a transaction's type and
# responsibility are module elements, a part of speech stands in a language section too
DCT = """<?xml version="1.0" encoding="utf-8"?>
<tbx type="TBX-Basic" style="dct" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed:3.0"
 xmlns:min="http://www.tbxinfo.net/ns/min" xmlns:basic="http://www.tbxinfo.net/ns/basic">
<tbxHeader><fileDesc><sourceDesc><p>TBX file</p></sourceDesc></fileDesc></tbxHeader>
<text><body>
<conceptEntry id="c1">
  <transacGrp>
    <basic:transactionType>origination</basic:transactionType>
    <date>2026-01-17</date>
    <basic:responsibility>anna</basic:responsibility>
  </transacGrp>
  <basic:subjectField>military history</basic:subjectField>
  <langSec xml:lang="ru">
    <min:partOfSpeech>noun</min:partOfSpeech>
    <termSec><term>Русская освободительная армия</term>
      <min:partOfSpeech>noun</min:partOfSpeech>
      <min:administrativeStatus>preferredTerm-admn-sts</min:administrativeStatus>
    </termSec>
  </langSec>
</conceptEntry>
</body></text></tbx>"""


def test_a_dct_transaction_is_kept_in_dca_form() -> None:
    # it was kept as <transacGrp><transactionType>…<responsibility>…: no TBX element
    g = loads(DCT.encode(), "tbx", "dct.tbx")
    c = g.concepts[0]
    assert c.subject == "military history"
    assert c.extra[0] == (
        "",
        '<transacGrp><transac type="transactionType">origination</transac>'
        '<date>2026-01-17</date><transacNote type="responsibility">anna</transacNote>'
        "</transacGrp>",
    )
    # the language section's part of speech: TBX-Basic's termNote, where it stood
    assert c.extra[1] == ("ru", '<termNote type="partOfSpeech">noun</termNote>')
    data, said = _written(g)
    assert _basic_faults(data) == ["termNote in langSec"]  # the sample's own, said:
    assert said == [
        'data TBX-Basic does not allow, written as read: <termNote type="partOfSpeech"> outside '
        "a term (1x: entry c1)" + NOT_BASIC
    ]
    assert loads(data, "tbx").concepts == g.concepts


# -- what TBX-Basic does not define ---------------------------------------------------------------

# a TBX-Linguist file (DCA): categories of that dialect's module
LINGUIST = """<tbx type="TBX-Linguist" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
<tbxHeader><fileDesc><sourceDesc><p>x</p></sourceDesc></fileDesc></tbxHeader><text><body>
<conceptEntry id="roa"><langSec xml:lang="ru"><termSec><term>власовцы</term>
  <termNote type="partOfSpeech">noun</termNote>
  <termNote type="grammaticalNumber">plural</termNote>
  <termNote type="register">colloquialRegister</termNote>
  <adminGrp><admin type="reading">vlasovtsy</admin></adminGrp>
</termSec></langSec></conceptEntry></body></text></tbx>"""


def test_kept_categories_tbx_basic_lacks_are_written_and_said() -> None:
    g = loads(LINGUIST.encode(), "tbx", "linguist.tbx")
    data, said = _written(g)
    assert b'<termNote type="grammaticalNumber">plural</termNote>' in data  # kept, as read
    assert said == [
        'data TBX-Basic does not allow, written as read: <termNote type="grammaticalNumber"> '
        '(1x: entry roa), <termNote type="register"> (1x: entry roa), <admin type="reading"> '
        "(1x: entry roa)" + NOT_BASIC
    ]


# a TBX v3 file whose categories are all TBX-Basic's, but placed and spelled as its rules (LTAC's
# Schematron, DCA/TBX-Basic_DCA.sch) refuse: a context of the entry and of a language (the .sch:
# "Context appears at the termSec level"), a customer subset and an image of a language, values
# outside the picklists (a tool's "n.", "m", TBX v2's "standardizedTerm-admn-sts")
PLACED = """<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
<tbxHeader><fileDesc><sourceDesc><p>x</p></sourceDesc></fileDesc></tbxHeader><text><body>
<conceptEntry id="roa"><descrip type="context">Die ROA unter Wlassow.</descrip>
<langSec xml:lang="ru"><descrip type="context">РОА генерала Власова</descrip>
  <admin type="customerSubset">archive</admin>
  <xref type="xGraphic" target="https://example.org/roa.png">patch</xref>
  <termSec><term>РОА</term><termNote type="partOfSpeech">n.</termNote>
    <termNote type="administrativeStatus">standardizedTerm-admn-sts</termNote>
    <descrip type="context">солдаты РОА</descrip></termSec></langSec></conceptEntry>
<conceptEntry id="konr"><langSec xml:lang="ru"><termSec><term>КОНР</term>
  <termNote type="grammaticalGender">m</termNote><termNote type="partOfSpeech">n.</termNote>
</termSec></langSec></conceptEntry></body></text></tbx>"""


def test_data_tbx_basic_places_or_spells_otherwise_is_said_with_its_entries() -> None:
    data, said = _written(loads(PLACED.encode(), "tbx", "placed.tbx"))
    assert sorted(_basic_faults(data)) == [  # each written as read (other readers keep it)
        "administrativeStatus 'standardizedTerm-admn-sts'",
        "context in conceptEntry",
        "context in langSec",
        "customerSubset in langSec",
        "grammaticalGender 'm'",
        "partOfSpeech 'n.'",
        "partOfSpeech 'n.'",
        "xGraphic in langSec",
    ]
    assert said == [
        "data TBX-Basic does not allow, written as read: "
        '<descrip type="context"> in a conceptEntry, not in a termSec (1x: entry roa), '
        '<descrip type="context"> in a langSec, not in a termSec (1x: entry roa), '
        '<admin type="customerSubset"> in a langSec, not in a termSec (1x: entry roa), '
        '<xref type="xGraphic"> in a langSec, not in a conceptEntry (1x: entry roa), '
        "<termNote type=\"administrativeStatus\"> 'standardizedTerm-admn-sts', not in its "
        "picklist (1x: entry roa), "
        "<termNote type=\"partOfSpeech\"> 'n.', not in its picklist (2x: entries roa, konr), "
        "<termNote type=\"grammaticalGender\"> 'm', not in its picklist (1x: entry konr); "
        "other TBX readers keep it, a TBX-Basic validator refuses the file: for a valid "
        "TBX-Basic write it in the file as TBX-Basic does (a category and value of its "
        "picklists, at its level) or as a <note>, or drop it"
    ]


def test_the_shipped_glossaries_are_written_as_tbx_basic() -> None:
    for name in ("ww2-roa.tbx", "soviet-institutions.tbx"):
        data, said = _written(load(shipped_path(name)))
        assert (_basic_faults(data), said) == ([], []), name


# -- MultiTerm XML --------------------------------------------------------------------------------

# MultiTerm's <language> names its index; the SDK's examples give lang= and type=, but a
# termbase's index may be given by its name alone (GlobalSight writes name=)
MTF_NAMES = """<mtf><conceptGrp><concept>5</concept>
  <languageGrp><language type="German"/><termGrp><term>Ostfront</term></termGrp></languageGrp>
  <languageGrp><language type="Russian (Russia)"/>
    <termGrp><term>Восточный фронт</term></termGrp></languageGrp>
  <languageGrp><language name="English (United Kingdom)"/>
    <termGrp><term>Eastern Front</term></termGrp></languageGrp>
</conceptGrp></mtf>"""


def test_a_multiterm_language_given_by_its_name_is_its_tag() -> None:
    # it was the language "german", "russian (russia)": no tag, written as xml:lang so
    g = loads(MTF_NAMES.encode(), "tbx", "names.xml")
    assert [t.lang for t in g.concepts[0].terms] == ["de", "ru-RU", "en-GB"]


def test_a_multiterm_language_name_no_one_knows_says_what_to_do() -> None:
    # an index named in the termbase's own words (a German MultiTerm's "Russisch")
    data = MTF_NAMES.replace('type="German"', 'type="Russisch"').encode()
    with pytest.raises(GlossaryError) as err:
        loads(data, "tbx", "names.xml")
    assert str(err.value) == (
        "names.xml:2: <language type='Russisch'> names no language translit knows (an English "
        'name such as "German (Germany)", or a tag such as de-DE): add lang="…" with its tag'
    )


# MultiTerm XML export: transactions on each level (origination and modification, user, a
# dateTime), a definition with its Source and Note sub-fields (the MTF schema: a descripGrp in
# a descripGrp), a Context field with its Source
MTF = """<?xml version="1.0" encoding="UTF-16"?>
<mtf><conceptGrp><concept>1234</concept>
  <transacGrp><transac type="origination">anna</transac><date>2026-01-17T09:30:00</date>
  </transacGrp>
  <transacGrp><transac type="modification">boris</transac><date>2026-02-01T10:00:00</date>
  </transacGrp>
  <languageGrp><language type="Russian" lang="RU"/>
    <descripGrp><descrip type="Definition">Вооружённые силы КОНР</descrip>
      <descripGrp><descrip type="Source">Энциклопедия</descrip></descripGrp>
      <descripGrp><descrip type="Note">сокращённо</descrip></descripGrp></descripGrp>
    <termGrp><term>ВС КОНР</term>
      <descripGrp><descrip type="Context">Части ВС КОНР</descrip>
        <descripGrp><descrip type="Source">Мемуары</descrip></descripGrp></descripGrp>
      <transacGrp><transac type="origination">anna</transac><date>2026-01-17T09:30:00</date>
      </transacGrp>
    </termGrp></languageGrp>
</conceptGrp></mtf>"""


def test_multiterm_transactions_and_sub_fields_are_written_as_tbx_basic(tmp_path: Path) -> None:
    (tmp_path / "export.xml").write_bytes(MTF.encode("utf-16"))
    g = load(tmp_path / "export.xml")
    c = g.concepts[0]
    assert c.definitions == {"ru": "Вооружённые силы КОНР"}
    assert c.extra[0] == (
        "ru",
        '<descripGrp type="definition"><admin type="source">Энциклопедия</admin>'
        "<note>сокращённо</note></descripGrp>",
    )
    assert c.extra[1:] == [
        (
            "",
            f'<transacGrp><transac type="transactionType">{kind}</transac>'
            f'<transacNote type="responsibility">{who}</transacNote><date>{day}</date>'
            "</transacGrp>",
        )
        for kind, who, day in [("origination", "anna", "2026-01-17"), ("modification", "boris",
                                                                       "2026-02-01")]
    ]  # fmt: skip
    assert c.terms[0].extra == (
        '<descripGrp><descrip type="context">Части ВС КОНР</descrip>'
        '<admin type="source">Мемуары</admin></descripGrp>',
        '<transacGrp><transac type="transactionType">origination</transac>'
        '<transacNote type="responsibility">anna</transacNote><date>2026-01-17</date>'
        "</transacGrp>",
    )
    assert save(g, tmp_path / "export.tbx") == [
        "ids that are no XML names or are repeated (TBX's ids are xsd:ID: a letter or _ first, "
        "no spaces, each once): written '1234' as '_1234'"
    ]
    assert _basic_faults((tmp_path / "export.tbx").read_bytes()) == []


# a MultiTerm transaction without its kind (the MTF schema's type= left out: a hand-edited or
# another tool's export): it was written <transac type="transactionType"/>, empty, which
# TBX-Basic's transactionType picklist (origination, modification) refuses, and nothing said
MTF_NO_KIND = """<mtf><conceptGrp><concept>c1</concept>
  <transacGrp><transac>anna</transac><date>2026-01-17T09:30:00</date></transacGrp>
  <languageGrp><language type="Russian" lang="RU"/><termGrp><term>РОА</term></termGrp>
  </languageGrp></conceptGrp></mtf>"""


def test_a_multiterm_transaction_without_a_kind_is_kept_as_read_and_said() -> None:
    g = loads(MTF_NO_KIND.encode(), "tbx", "export.xml")
    assert g.concepts[0].extra == [
        ("", "<transacGrp><transac>anna</transac><date>2026-01-17</date></transacGrp>")
    ]
    data, said = _written(g)
    kinds = [e.text for e in etree.fromstring(data).iter(f"{{{NS}}}transac")]
    assert kinds == ["anna"]
    assert said == [
        "data TBX-Basic does not allow, written as read: <transac> without a type (1x: entry c1)"
        + NOT_BASIC
    ]


# -- safety: kept data a program sets is parsed as files are -------------------------------------


@pytest.mark.parametrize(
    "fragment",
    [
        '<!DOCTYPE n [<!ENTITY a "AAAAAAAAAA"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]><note>&b;</note>',
        '<!DOCTYPE n [<!ENTITY x SYSTEM "file:///etc/hostname">]><note>&x;</note>',
    ],
)
def test_kept_data_with_entities_is_refused_when_written(fragment: str) -> None:
    # the writer parsed Term.extra with lxml's defaults: internal entities were expanded
    g = Glossary([Concept("c1", terms=[Term("РОА", "ru", extra=(fragment,))])])
    with pytest.raises(GlossaryError, match="declares a DOCTYPE or uses an entity; refused"):
        write_tbx(g, io.StringIO())


def test_a_doctype_with_entities_is_refused_saying_what_to_do() -> None:
    # a TBX-Linguist checker's own fixture: an internal subset declaring one entity
    data = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE tbx [<!ENTITY xxe "boom">]>
<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2"><text><body>
<conceptEntry id="c1"><langSec xml:lang="ru"><termSec><term>РОА</term></termSec></langSec>
</conceptEntry></body></text></tbx>""".encode()
    with pytest.raises(GlossaryError) as err:
        loads(data, "tbx", "entity.tbx")
    assert str(err.value) == (
        "entity.tbx:2: XML declares entities or other DTD declarations in its DOCTYPE (XXE / "
        "entity expansion); refused (a glossary or XLIFF file needs no DTD: delete the DOCTYPE, and "
        "write out the text of each entity where the file uses it)"
    )


def test_tbx_v2_names_the_tbx_basic_constraint_file() -> None:
    # TBX-Basic 2.0 (LISA): the header's encodingDesc names its XCS, as the dialect's sample
    # files and the tools writing it (Convert::TBX::Basic, myTerm) do
    g = loads("id,ru,de\nroa,РОА,ROA\n".encode(), "csv", "t.csv")
    data, said = _written(g, 2)
    root = etree.fromstring(data)
    assert (root.tag, root.get("type")) == ("martif", "TBX-Basic")
    assert [(p.get("type"), p.text) for p in root.find("martifHeader/encodingDesc")] == [
        ("XCSURI", "TBXBasicXCSV02.xcs"),
        ("languages", "languages: ru de"),
    ]
    assert said == []
    assert loads(data, "tbx").concepts == g.concepts


# LTAC's TBX-Basic sample ("TBX file, created via MultiTerm Export"): each transaction's
# responsibility names its person by target=, a refObject of the back matter; an entry id
# equal to that person's id must not be written twice
MULTITERM_TBX = """<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed:3.0">
<tbxHeader><fileDesc><sourceDesc><p>TBX file, created via MultiTerm Export</p></sourceDesc>
</fileDesc></tbxHeader><text><body>
<conceptEntry id="p1"><transacGrp><transac type="transactionType">origination</transac>
  <date>2026-01-17</date><transacNote type="responsibility" target="p1">anna</transacNote>
  </transacGrp>
  <langSec xml:lang="ru"><termSec><term>РОА</term></termSec></langSec></conceptEntry>
</body><back><refObjectSec type="respPerson"><refObject id="p1"><itemSet type="fn">
<item type="fn">Anna</item></itemSet></refObject></refObjectSec></back></text></tbx>"""


def test_the_back_matter_comes_back_and_every_target_names_an_object() -> None:
    # it was dropped: each target= named no object of the file written
    g = loads(MULTITERM_TBX.encode(), "tbx", "mt.tbx")
    data, said = _written(g)
    root = etree.fromstring(data)
    ids = {el.get("id") for el in root.iter() if el.get("id")}
    assert {el.get("target") for el in root.iter() if el.get("target")} <= ids
    assert [e.get("id") for e in root.iter(f"{{{NS}}}refObject")] == ["p1"]
    assert [e.get("id") for e in root.iter(f"{{{NS}}}conceptEntry")] == ["p1-2"]
    assert _basic_faults(data) == []
    assert said == [
        "ids that are no XML names or are repeated (TBX's ids are xsd:ID: a letter or _ first, "
        "no spaces, each once): written 'p1' as 'p1-2'"
    ]


def test_ids_of_a_back_a_program_sets_are_read_from_its_elements() -> None:
    # the back's ids were found by a regex for id="…": an id='…' (XML's other quote) was missed,
    # and the entry p1 was written beside the person p1 (an id twice, refused); an id="…" in a
    # comment is no id, yet renamed the entry c1
    back = (
        "<back><!-- id=\"c1\" --><refObjectSec type='respPerson'><refObject id='p1'>"
        "<itemSet type='fn'><item type='fn'>Anna</item></itemSet></refObject></refObjectSec></back>"
    )
    g = Glossary(
        [Concept("p1", terms=[Term("РОА", "ru")]), Concept("c1", terms=[Term("КОНР", "ru")])]
    )
    g.back = back
    data, said = _written(g)
    root = etree.fromstring(data)
    assert [e.get("id") for e in root.iter(f"{{{NS}}}refObject")] == ["p1"]
    assert [e.get("id") for e in root.iter(f"{{{NS}}}conceptEntry")] == ["p1-2", "c1"]
    assert _basic_faults(data) == []
    assert said == [
        "ids that are no XML names or are repeated (TBX's ids are xsd:ID: a letter or _ first, "
        "no spaces, each once): written 'p1' as 'p1-2'"
    ]


def test_merged_glossaries_keep_both_files_back_matter() -> None:
    # a.merge(b) kept a's back alone: b's entries' target= named no object once saved
    other = MULTITERM_TBX.replace('"p1"', '"p2"').replace("anna", "boris").replace("Anna", "Boris")
    a = loads(MULTITERM_TBX.encode(), "tbx", "a.tbx")
    b = loads(other.encode(), "tbx", "b.tbx")
    data, _ = _written(a.merge(b).merge(a))
    root = etree.fromstring(data)
    ids = {el.get("id") for el in root.iter() if el.get("id")}
    assert {el.get("target") for el in root.iter() if el.get("target")} == {"p1", "p2"} <= ids
    assert [e.get("id") for e in root.iter(f"{{{NS}}}refObject")] == ["p1", "p2"]


_DEFINITION_IN_A_TERM = PLACED.replace(
    '<termNote type="partOfSpeech">n.</termNote>\n    <termNote',
    '<termNote type="partOfSpeech">n.</termNote>\n    <descrip type="definition">x</descrip>'
    "\n    <termNote",
)


def test_a_level_fault_names_the_allowed_levels_alike_in_every_run() -> None:
    # the allowed levels are a set: joined unsorted, "conceptEntry or langSec" came out in
    # either order with the hash seed (memory43 noticed); they are named sorted
    assert '<descrip type="definition">' in _DEFINITION_IN_A_TERM
    code = (
        "import io, sys; sys.path.insert(0, sys.argv[1]); "
        "from test_glossary_tbx_basic import _DEFINITION_IN_A_TERM as T; "
        "from translit.glossary.files import loads; from translit.glossary.tbx import write_tbx; "
        "print(write_tbx(loads(T.encode(), 'tbx', 'p.tbx'), io.StringIO()))"
    )
    outs = {
        subprocess.run(
            [sys.executable, "-c", code, str(Path(__file__).parent)],
            env={**os.environ, "PYTHONHASHSEED": str(seed)},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in range(6)
    }
    assert len(outs) == 1, outs
    assert "in a termSec, not in a conceptEntry or langSec" in outs.pop()
