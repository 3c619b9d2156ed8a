"""Glossary files laid out as real tools and public samples lay them out (gloss10).

Each layout was read in a public file (the repository and path are named at each test); the
files here are written for this project and reproduce the layout, never the content. What is
checked: every concept, term, language and note is read into the right place, a round trip
keeps it, and what translit writes has the structure the format's schema asks for.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import source_not_written
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from translit.errors import GlossaryError
from translit.glossary import apply_text
from translit.glossary.files import load, loads, save, shipped_path
from translit.glossary.model import Concept, Glossary, Term
from translit.glossary.tbx import NOT_BASIC

NS = "urn:iso:std:iso:30042:ed-2"

# The structure TBX-Basic v3 (ISO 30042:2019, DCA) gives the entries, as its RELAX NG schema
# (LTAC-Global TBX-Basic_dialect, DCA/TBXcoreStructV03_TBX-Basic_integrated.rng) defines it:
# conceptEntry = id (xs:ID) + auxiliary data + one langSec or more; langSec = xml:lang +
# auxiliary data + one termSec or more; termSec = term, then termNote/termNoteGrp, then
# auxiliary data (descrip, descripGrp, admin, adminGrp, transacGrp, note, ref, xref). Written
# here from that description, for the parts translit writes.
_AUX = "".join(
    f'<element name="{n}"><ref name="any"/></element>'
    for n in ("descrip", "descripGrp", "admin", "adminGrp", "transacGrp", "note", "ref", "xref")
)
TBX_BASIC_ENTRIES = f"""<grammar xmlns="http://relaxng.org/ns/structure/1.0" ns="{NS}"
  datatypeLibrary="http://www.w3.org/2001/XMLSchema-datatypes">
<start><element name="tbx">
  <attribute name="type"/><attribute name="style"/><attribute name="xml:lang"/>
  <element name="tbxHeader"><ref name="any"/></element>
  <element name="text"><element name="body"><oneOrMore><ref name="entry"/></oneOrMore></element>
  </element></element></start>
<define name="aux"><zeroOrMore><choice>{_AUX}</choice></zeroOrMore></define>
<define name="entry"><element name="conceptEntry"><attribute name="id"><data type="ID"/>
  </attribute><ref name="aux"/><oneOrMore><element name="langSec">
  <attribute name="xml:lang"/><ref name="aux"/><oneOrMore><element name="termSec">
  <optional><attribute name="id"><data type="ID"/></attribute></optional>
  <element name="term"><text/></element>
  <zeroOrMore><choice><element name="termNote"><ref name="any"/></element>
    <element name="termNoteGrp"><ref name="any"/></element></choice></zeroOrMore>
  <ref name="aux"/></element></oneOrMore></element></oneOrMore></element></define>
<define name="any"><zeroOrMore><choice><attribute><anyName/></attribute><text/>
  <element><anyName/><ref name="any"/></element></choice></zeroOrMore></define>
</grammar>"""


def assert_tbx_basic(path: Path) -> None:
    schema = etree.RelaxNG(etree.fromstring(TBX_BASIC_ENTRIES.encode()))
    doc = etree.parse(str(path))
    assert schema.validate(doc), schema.error_log.last_error


# TBX-Basic v3 DCA as LTAC's sample (Example_Astronomy_DCA_VALID.tbx, read in
# DeNederlandscheBank/termate data/examples/) lays it out: entry-level transacGrp, subject,
# xGraphic and note; per language a descripGrp holding the definition and its source; per term
# part of speech, status, a descripGrp holding a context and *its* source, and two notes.
TBX_BASIC_SAMPLE = f"""<?xml version="1.0" encoding="utf-8"?>
<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="{NS}">
 <tbxHeader><fileDesc><sourceDesc><p>export</p></sourceDesc></fileDesc></tbxHeader>
 <text><body>
  <conceptEntry id="c1">
   <transacGrp><transac type="transactionType">origination</transac><date>2026-11-02</date>
    <transacNote type="responsibility" target="p1">anna</transacNote></transacGrp>
   <descrip type="subjectField">military history</descrip>
   <xref type="xGraphic" target="https://example.org/roa.png">roa.png</xref>
   <note>G-Source: example</note>
   <langSec xml:lang="en">
    <descripGrp>
     <descrip type="definition">Armed force of Russian émigrés and prisoners of war
       under German command, 1944-1945.</descrip>
     <admin type="source">Britannica</admin>
    </descripGrp>
    <termSec>
     <term>Russian Liberation Army</term>
     <termNote type="partOfSpeech">noun</termNote>
     <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>
     <descripGrp>
      <descrip type="context">The Russian Liberation Army was formed in 1944.</descrip>
      <admin type="source">https://example.org/context-en</admin>
     </descripGrp>
    </termSec>
    <termSec>
     <term>Vlasov Army</term>
     <termNote type="partOfSpeech">noun</termNote>
     <termNote type="administrativeStatus">supersededTerm-admn-sts</termNote>
     <note>Named after its commander.</note>
     <note>N-Source: example</note>
    </termSec>
   </langSec>
   <langSec xml:lang="ru">
    <descripGrp>
     <descrip type="definition">Вооружённые формирования под командованием Власова.</descrip>
     <admin type="source">https://example.org/ru</admin>
    </descripGrp>
    <termSec><term>Русская освободительная армия</term>
     <termNote type="partOfSpeech">noun</termNote></termSec>
   </langSec>
  </conceptEntry>
 </body></text>
</tbx>
""".encode()


def test_a_grouped_source_belongs_to_its_definition_or_context(tmp_path: Path) -> None:
    g = loads(TBX_BASIC_SAMPLE, "tbx", "sample.tbx")
    c = g.concepts[0]
    assert c.source is None  # "Britannica" is the English definition's source, not the entry's
    assert c.definitions["en"].startswith("Armed force of Russian émigrés")
    assert c.definitions["ru"] == "Вооружённые формирования под командованием Власова."
    en, vlasov, _ = c.terms
    assert (en.pos, en.status, en.source) == ("noun", "preferred", None)  # not the context's
    assert en.extra == (
        '<descripGrp><descrip type="context">The Russian Liberation Army was formed in 1944.'
        '</descrip><admin type="source">https://example.org/context-en</admin></descripGrp>',
    )
    assert (vlasov.status, vlasov.note) == (
        "superseded",
        "Named after its commander.\nN-Source: example",
    )
    assert apply_text("Vlasov Army", g, "en") == "Russian Liberation Army"
    out = tmp_path / "back.tbx"
    assert save(g, out) == []
    assert load(out) == g
    written = etree.parse(str(out))
    groups = written.findall(f".//{{{NS}}}langSec/{{{NS}}}descripGrp")
    assert [[(e.get("type"), e.text.split()[0]) for e in grp] for grp in groups] == [
        [("definition", "Armed"), ("source", "Britannica")],  # together again
        [("definition", "Вооружённые"), ("source", "https://example.org/ru")],
    ]
    assert_tbx_basic(out)


def test_a_definition_gone_leaves_its_source_in_the_language(tmp_path: Path) -> None:
    g = loads(TBX_BASIC_SAMPLE, "tbx", "sample.tbx")
    del g.concepts[0].definitions["en"]
    save(g, tmp_path / "back.tbx")
    ls = etree.parse(str(tmp_path / "back.tbx")).find(f".//{{{NS}}}langSec")
    assert [(_local(e.tag), e.get("type"), e.text) for e in ls][:1] == [
        ("admin", "source", "Britannica")
    ]


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


# TBX v2 as Weblate's test data writes it (WeblateOrg/weblate
# weblate/trans/tests/data/fr-extended-metadata.tbx): the martif root in the v3 namespace, the
# term's id on <term> (not on <tig>), an obsolete status, untyped tool fields.
WEBLATE_TBX = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE martif SYSTEM "TBXcoreStructV02.dtd">
<martif xmlns="urn:iso:std:iso:30042:ed-2" xml:lang="ru" type="TBX">
 <martifHeader><fileDesc><sourceDesc><p>Weblate</p></sourceDesc></fileDesc></martifHeader>
 <text><body>
  <termEntry id="t001">
   <descrip type="definition">Superseded name of the state security.</descrip>
   <descrip type="Translation needed">Yes</descrip>
   <langSet xml:lang="ru"><tig><term id="t001-ru">НКГБ</term>
    <termNote type="administrativeStatus">obsolete</termNote></tig></langSet>
   <langSet xml:lang="de"><tig><term id="t001-de">NKGB</term></tig></langSet>
  </termEntry>
 </body></text>
</martif>
""".encode()


def test_a_term_id_on_the_term_element_is_kept(tmp_path: Path) -> None:
    g = loads(WEBLATE_TBX, "tbx", "weblate.tbx")
    assert [(t.id, t.text, t.status) for t in g.concepts[0].terms] == [
        ("t001-ru", "НКГБ", "superseded"),
        ("t001-de", "NKGB", "preferred"),
    ]
    save(g, tmp_path / "back.tbx")
    assert load(tmp_path / "back.tbx") == g
    assert_tbx_basic(tmp_path / "back.tbx")


def test_a_language_without_terms_is_written_on_the_entry_not_in_an_empty_langsec(
    tmp_path: Path,
) -> None:
    # Transifex: a comment on a translation not made yet; memoQ: a <Language>_Def alone
    g = loads(
        "term,comment,translation_de,comment_de,translation_fr,comment_fr\n"
        "РОА,acronym,ROA,Abkürzung,,à traduire\n".encode(),
        "csv",
        "transifex.csv",
    )
    g.concepts[0].definitions["fr"] = "Armée de libération russe (1944-1945)"
    g.concepts[0].extra.append(("fr", '<descrip type="context">l’ARL de Vlassov</descrip>'))
    g.concepts[0].terms[1].extra = ('<termNote type="geographicalUsage">DE</termNote>',)
    g.concepts[0].terms[1].note = "Abkürzung"
    for version in (3, 2):
        out = tmp_path / f"v{version}.tbx"
        save(g, out, tbx_version=version)
        assert load(out) == g
    assert_tbx_basic(tmp_path / "v3.tbx")  # a termNote kept as read comes before the note
    entry = etree.parse(str(tmp_path / "v3.tbx")).find(f".//{{{NS}}}conceptEntry")
    assert [e.get("{http://www.w3.org/XML/1998/namespace}lang") for e in entry] == [
        None,
        "fr",
        "fr",
        "fr",
        "ru",
        "de",  # the Transifex comment, then French's, languages
    ]


def test_the_shipped_glossaries_write_tbx_basic(tmp_path: Path) -> None:
    # an entry id is an xs:ID, an XML name: "1st-cossack-division" was none
    for name in ("ww2-roa.tbx", "soviet-institutions.tbx", "names.csv"):
        out = tmp_path / f"{name}.tbx"
        save(load(shipped_path(name)), out)
        assert_tbx_basic(out)


# memoQ term base CSV export as it is laid out in public memoQ-export fixtures (a CAT asset
# parser's tests: Entry_ID,Entry_Subject,Entry_Domain,Entry_Note, then per language
# <Language>_Def, <Language>, Term_Info, Term_Example), languages named as Windows names them
# (Chinese_PRC: "Chinese (PRC)", Microsoft [MS-LCID]).
MEMOQ_EXPORT = (
    "Entry_ID,Entry_Subject,Entry_Domain,Entry_Note,Russian_Def,Russian,Term_Info,Term_Example,"
    "Chinese_PRC_Def,Chinese_PRC,Term_Info,Term_Example\n"
    "0,history,military,,,РОА,CasePermissive;HalfPrefix,Бойцы РОА,,俄罗斯解放军,,\n"
    "1,history,military,power,,власть,CasePermissive,,权力,力量,,\n"
)


def test_memoq_export_windows_language_names_and_usage_examples(tmp_path: Path) -> None:
    g = loads(MEMOQ_EXPORT.encode(), "csv", "memoq.csv")
    assert g.languages == ["ru", "zh-CN"]  # the Chinese terms were dropped as an unknown column
    roa, power = g.concepts
    assert [(t.lang, t.text) for t in roa.terms] == [("ru", "РОА"), ("zh-CN", "俄罗斯解放军")]
    assert roa.terms[0].extra == ('<descrip type="context">Бойцы РОА</descrip>',)
    assert power.definitions == {"zh-CN": "权力"}
    assert g.warnings == [  # the Chinese Term_Info is empty on every row: nothing lost, unsaid
        "memoq.csv:1: column 'Entry_Domain' not kept",
        "memoq.csv:1: column 'Term_Info' not kept",
    ]
    empty = MEMOQ_EXPORT.replace("CasePermissive;HalfPrefix", "").replace("CasePermissive", "")
    assert loads(empty.encode(), "csv", "memoq.csv").warnings == [
        "memoq.csv:1: column 'Entry_Domain' not kept"
    ]
    save(g, tmp_path / "back.tbx")
    assert load(tmp_path / "back.tbx").concepts[0].terms == roa.terms


@pytest.mark.parametrize(
    ("name", "tag"),
    [
        ("Chinese (PRC)", "zh-CN"),
        ("Chinese (Hong Kong S.A.R.)", "zh-HK"),
        ("Chinese (Macao S.A.R.)", "zh-MO"),
        ("Spanish (International Sort)", "es-ES"),
    ],
)
def test_windows_language_names_as_column_headers(name: str, tag: str) -> None:
    g = loads(f"Russian;{name}\nРОА;x\n".encode(), "csv", "trados.csv")
    assert g.languages == ["ru", tag]


# MultiTerm XML with sub-fields: the MultiTerm XML schema (RWS MultiTerm SDK, "MTF Source",
# 2001: "Added <descripGrp> inside of <descripGrp> tags") nests a field's own fields in its group
# (a Definition's Source); conceptGrp may hold <system> fields ("system-maintained information
# like the old entry class and the approval status": type entryClass, 1-8, or status, new,
# reviewed, approved).
MTF_SUBFIELDS = """<?xml version="1.0" encoding="UTF-8"?>
<mtf>
 <conceptGrp>
  <concept>17</concept>
  <system type="entryClass">1</system>
  <system type="status">approved</system>
  <descripGrp><descrip type="Definition">Armed force under German command.</descrip>
   <descripGrp><descrip type="Source">Britannica</descrip></descripGrp></descripGrp>
  <languageGrp><language type="Russian" lang="RU"/>
   <termGrp><term>РОА</term>
    <descripGrp><descrip type="Context">Бойцы РОА</descrip>
     <descripGrp><descrip type="Source">Мемуары</descrip></descripGrp></descripGrp>
   </termGrp></languageGrp>
  <languageGrp><language type="German" lang="DE"/>
   <termGrp><term>ROA</term></termGrp></languageGrp>
 </conceptGrp>
</mtf>
""".encode()


def test_a_multiterm_sub_field_belongs_to_its_field(tmp_path: Path) -> None:
    g = loads(MTF_SUBFIELDS, "tbx", "termbase.xml")
    c = g.concepts[0]
    assert (c.source, c.definitions) == (None, {"": "Armed force under German command."})
    roa = c.terms[0]
    assert roa.source is None  # "Мемуары" is the context's source
    assert roa.extra == (  # in TBX's form: the context's source an <admin type="source">
        '<descripGrp><descrip type="context">Бойцы РОА</descrip>'
        '<admin type="source">Мемуары</admin></descripGrp>',
    )
    # the <system> fields: kept (they were dropped, said "not kept"), and said on export
    assert g.warnings == []
    assert c.extra[1:] == [
        ("", '<descrip type="entryClass">1</descrip>'),
        ("", '<descrip type="status">approved</descrip>'),
    ]
    assert save(g, tmp_path / "back.tbx")[1] == (
        'data TBX-Basic does not allow, written as read: <descrip type="entryClass"> (1x: entry '
        '_17), <descrip type="status"> (1x: entry _17)' + NOT_BASIC
    )
    back = load(tmp_path / "back.tbx")  # (written '_17', and 17 in the header: read back so)
    assert back == g
    entry = etree.parse(str(tmp_path / "back.tbx")).find(f".//{{{NS}}}conceptEntry")
    group = entry.find(f"{{{NS}}}descripGrp")
    assert [(etree.QName(e).localname, e.get("type"), e.text) for e in group] == [
        ("descrip", "definition", "Armed force under German command."),
        ("admin", "source", "Britannica"),
    ]


def test_a_grouped_tool_status_still_forbids_the_term(tmp_path: Path) -> None:
    # a MultiTerm field converted to TBX, in a group with its source: the status still counts
    data = """<martif type="TBX" xml:lang="de"><text><body><termEntry id="e1">
      <langSet xml:lang="de"><tig><term>Russische Befreiungsarmee</term></tig>
        <tig><term>Wlassow-Armee</term><descripGrp><descrip type="Status">Forbidden</descrip>
          <admin type="source">Styleguide 2026</admin></descripGrp></tig></langSet>
      <langSet xml:lang="ru"><tig><term>РОА</term></tig></langSet>
    </termEntry></body></text></martif>""".encode()
    g = loads(data, "tbx", "xtm.tbx")
    banned = g.concepts[0].terms[1]
    assert (banned.status, banned.source) == ("deprecated", None)
    assert banned.extra == (
        '<descripGrp><descrip type="Status">Forbidden</descrip>'
        '<admin type="source">Styleguide 2026</admin></descripGrp>',
    )
    assert apply_text("РОА", g, "de") == "Russische Befreiungsarmee"
    save(g, tmp_path / "back.tbx")
    assert load(tmp_path / "back.tbx") == g


_LANGS = st.sampled_from(["ru", "uk", "de", "fr", "en-GB", "sr-Latn"])
# (not U+FFFE/U+FFFF either: no glossary format holds them, and Concept refuses them with a
# GlossaryError, as tests/test_glossary_hostile.py checks)
_TEXT = st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc"),
                              exclude_characters="\ufffe\uffff"), min_size=1,
                max_size=12).filter(lambda s: s.strip() == s and "|" not in s)  # fmt: skip


@settings(max_examples=60, deadline=None)
@given(
    terms=st.lists(st.tuples(_LANGS, _TEXT), min_size=1, max_size=5),
    definitions=st.dictionaries(_LANGS, _TEXT, max_size=3),
    notes=st.dictionaries(_LANGS, _TEXT, max_size=3),
)
def test_any_concept_writes_tbx_basic_and_reads_back(
    tmp_path_factory: pytest.TempPathFactory,
    terms: list[tuple[str, str]],
    definitions: dict[str, str],
    notes: dict[str, str],
) -> None:
    c = Concept("c1", terms=[Term(text, lang) for lang, text in terms])
    c.definitions.update(definitions)
    c.notes.update(notes)
    g = Glossary([c])
    out = tmp_path_factory.mktemp("tbx") / "g.tbx"
    save(g, out)
    assert_tbx_basic(out)  # a language with a note and no term: no empty langSec
    back = load(out).concepts[0]
    assert (back.definitions, back.notes) == (c.definitions, c.notes)
    assert [(t.lang, t.text) for t in back.terms] == sorted(
        [(t.lang, t.text) for t in c.terms], key=lambda x: [t.lang for t in c.terms].index(x[0])
    )


# OmegaT's glossary reader (omegat-org/omegat, GlossaryReaderTSV.java): lines starting with '#'
# are skipped; each line is split at tabs, cells trimmed, quotes being characters; a .txt file's
# encoding comes from the "-*- coding: utf-8 -*-" comment OmegaT itself writes first.
def test_an_omegat_export_is_what_omegat_reads(tmp_path: Path) -> None:
    g = Glossary(
        [
            Concept(
                "c1",
                terms=[Term('"Red" Army', "en"), Term("Rote Armee", "de")],
                notes={"": "seit 1918\nbis 1946"},
            ),
            Concept("c2", terms=[Term("#NKVD", "en"), Term("NKWD", "de")]),
        ]
    )
    lost = save(g, tmp_path / "glossary.txt", layout="omegat", source_lang="en", target_lang="de")
    lines = (tmp_path / "glossary.txt").read_text("utf-8").split("\n")
    assert lines == [
        "# Glossary in tab-separated format -*- coding: utf-8 -*-",
        '"Red" Army\tRote Armee\tseit 1918 bis 1946',  # no CSV quoting: OmegaT keeps quotes
        "#NKVD\tNKWD",
        "",
    ]
    assert lost == [
        "line breaks and tabs in cells (OmegaT reads a line a row): as spaces: not written (1x)",
        "source terms starting with '#' (OmegaT skips the line as a comment): not written (1x)",
    ]
    back = load(tmp_path / "glossary.txt", source_lang="en", target_lang="de")
    assert [[t.text for t in c.terms] for c in back.concepts] == [['"Red" Army', "Rote Armee"]]


def test_an_omegat_export_writes_suffixes_as_omegat_reads_them(tmp_path: Path) -> None:
    # OmegaT is no spreadsheet: a "'" before "-ский" (the CSV formula guard) was part of the
    # term there, so the suffix never matched; the guard is for spreadsheet layouts only
    g = Glossary(
        [
            Concept("c1", terms=[Term("-ский", "ru"), Term("-sky", "en")]),
            Concept("c2", terms=[Term("'=x", "ru"), Term("@home", "en")]),
        ]
    )
    path = tmp_path / "glossary.txt"
    assert save(g, path, layout="omegat", source_lang="ru", target_lang="en") == []
    lines = path.read_text("utf-8").split("\n")
    # a cell that already starts with ' and a formula sign keeps a second ' (read back: one)
    assert lines[1:] == ["-ский\t-sky", "''=x\t@home", ""]
    back = load(path, source_lang="ru", target_lang="en")
    assert [[t.text for t in c.terms] for c in back.concepts] == [
        ["-ский", "-sky"],
        ["'=x", "@home"],
    ]
    # asked for, the guard is there; and the spreadsheet layouts keep it by default
    save(g, path, layout="omegat", source_lang="ru", target_lang="en", escape_formulas=True)
    assert path.read_text("utf-8").split("\n")[1] == "'-ский\t'-sky"
    save(g, tmp_path / "g.csv")
    assert "'-ский" in (tmp_path / "g.csv").read_text("utf-8")


def test_no_break_and_thin_spaces_in_tbx_text_are_text(tmp_path: Path) -> None:
    # French writes U+202F before ':' and U+00A0 in numbers; XML's white space is only
    # space, tab, CR and LF, but str.split() took both for separators: the term changed
    data = f"""<tbx xmlns="{NS}" type="TBX-Basic" style="dca" xml:lang="fr"><tbxHeader>
      <fileDesc><sourceDesc><p>x</p></sourceDesc></fileDesc></tbxHeader><text><body>
      <conceptEntry id="c1"><langSec xml:lang="fr"><descrip type="definition">Armée\u202f:
        1\u00a0000\u00a0hommes</descrip><termSec><term>Armée\u00a0Vlassov</term>
        <note>voir\u202f: ROA</note></termSec></langSec></conceptEntry></body></text></tbx>"""
    g = loads(data.encode(), "tbx", "fr.tbx")
    c = g.concepts[0]
    assert c.terms[0].text == "Armée\u00a0Vlassov"
    assert c.terms[0].note == "voir\u202f: ROA"
    assert c.definitions["fr"] == "Armée\u202f:\n1\u00a0000\u00a0hommes"
    save(g, tmp_path / "back.tbx")
    assert load(tmp_path / "back.tbx") == g


# DeepL glossary export (the DeepL API documentation, "Managing glossaries": one entry a line,
# source phrase first, CSV quoting; the export adds the source and target language codes, and
# DeepL's glossary generator a relevance: tmgmt_deepl issue 3594398). No header.
def test_a_deepl_glossary_export_is_entries_not_a_header() -> None:
    data = 'РОА,ROA,ru,de,0.93\n"Власов, А. А.",Wlassow,ru,de,0.5\nГУЛАГ,Gulag,RU,DE,1\n'
    g = loads(data.encode(), "csv", "deepl.csv")
    assert [[(t.lang, t.text) for t in c.terms] for c in g.concepts] == [
        [("ru", "РОА"), ("de", "ROA")],  # the first entry was taken for a header: lost
        [("ru", "Власов, А. А."), ("de", "Wlassow")],
        [("ru", "ГУЛАГ"), ("de", "Gulag")],  # every term had been the code "ru" or "de"
    ]
    assert (g.source_lang, g.languages) == ("ru", ["ru", "de"])
    assert g.warnings == ["deepl.csv:1: column 5 (DeepL's relevance) not kept"]
    assert apply_text("Бойцы РОА", g, "de") == "Бойцы ROA"


def test_a_deepl_row_without_its_languages_is_an_error_at_its_line() -> None:
    with pytest.raises(GlossaryError, match=r"deepl\.csv:2: a DeepL glossary row is source"):
        loads("РОА,ROA,ru,de\nВласов,Wlassow,,\n".encode(), "csv", "deepl.csv")


# Excel's delimiter line: a CSV file saved for or by Excel may start with "sep=;" (Excel reads
# the delimiter from it and shows the next line as the first row), with or without a BOM.
@pytest.mark.parametrize(
    "data",
    [
        "sep=;\r\nid;ru;de\r\nroa;РОА;ROA\r\n",
        "\ufeffsep=,\nid,ru,de\nroa,РОА,ROA\n",
        "sep=\\t\nid\tru\tde\nroa\tРОА\tROA\n",
    ],
)
def test_excel_sep_line_names_the_delimiter_and_is_no_row(data: str) -> None:
    g = loads(data.encode(), "csv", "excel.csv")
    assert g.warnings == []  # it was an OmegaT file: "sep=" a term, the header a row
    assert [(c.id, [(t.lang, t.text, t.line) for t in c.terms]) for c in g.concepts] == [
        ("roa", [("ru", "РОА", 3), ("de", "ROA", 3)])
    ]


def test_white_space_runs_in_tbx_text_come_back_as_written(tmp_path: Path) -> None:
    # readers lay out an element's white space (an indented note is one line again), so a
    # note of "0  0" came back "0 0" (hypothesis found it): the writer marks such a text
    # xml:space="preserve", the readers keep it, and the mark is no data of its own
    c = Concept("c1", terms=[Term("Красная  армия", "ru"), Term("Red Army", "en")])
    c.notes.update({"ru": "0  0", "": "a\n  b"})
    c.definitions["en"] = "tab\there, end "
    out = tmp_path / "g.tbx"
    save(Glossary([c]), out)
    assert_tbx_basic(out)
    assert out.read_text("utf-8").count('xml:space="preserve"') == 3
    g = load(out)
    assert not g.warnings
    back = g.concepts[0]
    assert (back.notes, back.definitions) == (c.notes, c.definitions)
    assert [t.text for t in back.terms] == ["Красная  армия", "Red Army"]
    assert back.extra == []
    # a term takes no mark (TBX-Basic's <term> has no xml:space): its spaces in a row are
    # read as text, and only a run with a line break or a tab (a term laid out by hand on two
    # lines) as one space
    save(Glossary([Concept("c2", terms=[Term("a b", "en"), Term("c  d", "fr")])]), out)
    assert "xml:space" not in out.read_text("utf-8")
    assert [t.text for t in load(out).concepts[0].terms] == ["a b", "c  d"]


# OmegaT's own glossary test files (omegat-org/omegat test/data/glossaries/test.csv and test.tab):
# no header, the first row's source term a word that is also an ISO 639-3 code ("kde", Makonde).
# That row was read as a multilingual header: one language column, every term after it in the
# wrong language and the target column "not kept". Terms here are this project's.
@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("glossary.csv", "bug,Fehler\nRed Army,Rote Armee\n"),
        ("glossary.tab", "bug\tFehler\tin code\nRed Army\tRote Armee\n"),
    ],
)
def test_an_omegat_row_starting_with_a_language_code_is_a_row(name: str, data: str) -> None:
    from translit.glossary.checks import lint

    g = loads(data.encode(), "", name, source_lang="en", target_lang="de")
    assert [[(t.lang, t.text) for t in c.terms] for c in g.concepts] == [
        [("en", "bug"), ("de", "Fehler")],
        [("en", "Red Army"), ("de", "Rote Armee")],
    ]
    assert not [w for w in g.warnings if "not kept" in w]
    # without the languages, both columns are 'und': that is said once, not per row as "two
    # preferred full forms in und"
    bare = loads(data.encode(), "", name)
    assert not [f for f in lint(bare) if "preferred full forms" in f.message]


@pytest.mark.parametrize(
    ("header", "langs"),
    [("ru,note", ["ru"]), ("ru,ru:status,comment", ["ru"]), ("de,Entry_Note", ["de"])],
)
def test_a_header_of_one_language_and_known_columns_stays_a_header(
    header: str, langs: list[str]
) -> None:
    g = loads(f"{header}\nРОА,admitted\n".encode(), "", "g.csv")
    assert g.languages == langs
    assert [t.text for t in g.concepts[0].terms] == ["РОА"]


# EuroTermBank's TBX (Eurotermbank/Federated-Network-Toolkit-deployment
# user-guides/synchronization.md, its sample entries): the DOCTYPE names the TBX DTD by a web address, a downloaded copy's
# name percent-encoded; terms in ntig/termGrp, a tool status in <admin type="status">. The
# address is never fetched (no network, no DTD loading), and the file was refused for it.
def test_a_tbx_dtd_named_by_its_web_address_is_read_past() -> None:
    data = (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<!DOCTYPE martif SYSTEM "https://example.org/dtd/TBXcoreStructV02%20%281%29.dtd">\n'
        '<martif type="TBX" xml:lang="en"><text><body>\n'
        '<termEntry id="e1"><langSet xml:lang="ru"><ntig><termGrp><term>РОА</term></termGrp>'
        '<admin type="status">approved</admin></ntig></langSet>\n'
        '<langSet xml:lang="de"><ntig><termGrp><term>ROA</term></termGrp></ntig></langSet>'
        "</termEntry>\n</body></text></martif>\n"
    ).encode()
    g = loads(data, "tbx", "etb.tbx")
    assert [(t.lang, t.text, t.status) for t in g.concepts[0].terms] == [
        ("ru", "РОА", "preferred"),
        ("de", "ROA", "preferred"),
    ]


@pytest.mark.parametrize(
    "ref",
    [
        "http://attacker.example/evil.dtd",
        "file:///etc/TBXcoreStructV02.dtd",
        "../TBXcoreStructV02.dtd",
        "https://example.org/TBXcoreStructV02.dtd?x=../../etc/passwd",
    ],
)
def test_other_external_dtds_are_still_refused_saying_what_to_do(ref: str) -> None:
    data = (
        f'<!DOCTYPE martif SYSTEM "{ref}">\n<martif><text><body><termEntry id="x">'
        '<langSet xml:lang="en"><tig><term>Red Army</term></tig></langSet></termEntry>'
        "</body></text></martif>"
    ).encode()
    with pytest.raises(GlossaryError, match=r"external DTD.*delete the DOCTYPE line"):
        loads(data, "tbx", "x.tbx")


# TBX-Basic with back matter, as byutrg/p5-Convert-TBX-Basic's tests (t/01-basic.t) lay it
# out: <text><body>…</body><back><refObjectList type="respPerson"><refObject id=…><item
# type="fn">…: the people that transacNote target= names. It was dropped in silence, then said
# not to be read; it is kept and written back (glossary33), so the target names someone.
def test_tbx_back_matter_is_kept_and_written_back(tmp_path: Path) -> None:
    data = (
        '<martif type="TBX-Basic" xml:lang="en-US"><text><body>\n'
        '<termEntry id="c5"><langSet xml:lang="ru"><tig><term>РОА</term><transacGrp>'
        '<transac type="transactionType">origination</transac><transacNote '
        'type="responsibility" target="P1">A</transacNote></transacGrp></tig></langSet>'
        "</termEntry>\n</body>\n<back>\n"
        '<refObjectList type="respPerson"><refObject id="P1"><item type="fn">A. N. Author'
        "</item></refObject></refObjectList>\n</back></text></martif>"
    ).encode()
    g = loads(data, "tbx", "b.tbx")
    assert [c.terms[0].text for c in g.concepts] == ["РОА"]
    assert g.warnings == []
    assert g.back == (
        '<back><refObjectList type="respPerson"><refObject id="P1"><item type="fn">A. N. Author'
        "</item></refObject></refObjectList></back>"
    )
    for version, section in ((2, "refObjectList"), (3, "refObjectSec")):  # each version's name
        out = tmp_path / f"v{version}.tbx"
        assert save(g, out, tbx_version=version) == []
        root = etree.parse(str(out)).getroot()
        assert [etree.QName(e).localname for e in root.find("{*}text/{*}back")] == [section]
        back = loads(out.read_bytes(), "tbx", "v.tbx")
        assert (back.concepts, back.back) == (g.concepts, g.back.replace("refObjectList", section))
    # the term's transacGrp goes to its <tag>:term tbx column (glossary37); the back matter has
    # no place in a table
    assert save(g, tmp_path / "b.csv") == [
        "TBX back matter (<back>: the people and sources entries name): not written",
        source_not_written(g.source_lang),  # (its xml:lang: interop47)
    ]
    assert load(tmp_path / "b.csv").concepts == g.concepts


# TBX-Min (LTAC's bilingual dialect; <TBX dialect="TBX-Min"> with a header naming the source and
# target language) as byutrg/p5-Convert-TBX-Basic writes it (t/01-basic.t: termEntry/langSet/
# tig, termStatus, partOfSpeech, customer, noteGrp/note/noteKey+noteValue), and in the element
# names of the dialect's definition (entry/langGroup/termGroup). It was "not a TBX file".
@pytest.mark.parametrize(("entry", "lang", "term"), [
    ("termEntry", "langSet", "tig"), ("entry", "langGroup", "termGroup"),
])  # fmt: skip
def test_tbx_min_is_read(tmp_path: Path, entry: str, lang: str, term: str) -> None:
    data = (
        '<TBX dialect="TBX-Min">\n<header><id>t</id><languages source="ru" target="de"/>'
        f'</header>\n<body>\n<{entry} id="c1"><subjectField>military</subjectField>\n'
        f'<{lang} xml:lang="ru"><{term}><term>РОА</term><termStatus>preferred</termStatus>'
        "<partOfSpeech>noun</partOfSpeech><customer>Archive</customer><noteGrp><note>"
        f"<noteKey>source</noteKey><noteValue>Vlasov</noteValue></note></noteGrp></{term}>\n"
        f"<{term}><term>КОНР</term><termStatus>notRecommended</termStatus></{term}></{lang}>\n"
        f'<{lang} xml:lang="de"><{term}><term>ROA</term></{term}></{lang}>\n'
        f"</{entry}>\n</body>\n</TBX>\n"
    ).encode()
    g = loads(data, "tbx", "m.tbx")
    c = g.concepts[0]
    assert (c.id, c.subject, g.languages) == ("c1", "military", ["ru", "de"])
    assert [(t.lang, t.text, t.status, t.pos, t.note) for t in c.terms] == [
        ("ru", "РОА", "preferred", "noun", "source: Vlasov"),
        ("ru", "КОНР", "deprecated", None, None),
        ("de", "ROA", "preferred", None, None),
    ]
    assert c.terms[1].line == 6  # (the line of its <term> in the file)
    out = tmp_path / "m3.tbx"
    save(g, out)  # TBX-Basic, its statuses in TBX-Basic's picklist
    text = out.read_text(encoding="utf-8")
    assert "deprecatedTerm-admn-sts" in text and "notRecommended" not in text
    assert '<admin type="customerSubset">Archive</admin>' in text


# An English→Ukrainian OmegaT glossary (OmegaT-L10N/uk glossary/glossary.txt: no header, English
# source, Ukrainian target, comments naming case forms: "в родовому відмінку «глосарія»")
# applied to Ukrainian text to write English: --source-lang en --target en. The target column
# was read as --target's language, English too, and nothing was found; it is detected again.
def test_a_glossary_applied_towards_its_source_language(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from translit.cli import cli

    src = tmp_path / "glossary.txt"
    src.write_text(
        "# Glossary in tab-separated format -*- coding: utf-8 -*-\n"
        "glossary\tглосарій\tв родовому відмінку «глосарія»\nsegment\tсегмент\n",
        encoding="utf-8",
    )
    text = tmp_path / "t.txt"
    text.write_text("Вікно глосарія.\n", encoding="utf-8")
    args = ["glossary", "apply", str(text), "-g", str(src), "--target", "en"]
    res = CliRunner().invoke(cli, [*args, "--source-lang", "en", "--mode", "annotate"])
    assert res.exit_code == 0, res.output
    assert res.stdout == "Вікно глосарія [glossary].\n"


def test_a_workflow_status_no_reader_knows_is_a_warning_not_a_lost_file() -> None:
    # the layout of eliasaj92/thl-german-translation's glossary.csv (english, german, category,
    # notes, status; the status a review workflow's, `pending-review`): refused, the file was
    # lost to convert (exit 2); the TBX reader already read a status it does not know so
    g = loads(
        b"english,german,category,notes,status\n"
        b"shield,Schild,tech,,pending-review\n"
        b"hull,Rumpf,tech,,approved\n"
        b"phaser,Phaser,weapon,,pending-review\n",
        "csv",
        "thl.csv",
    )
    terms = {t.text: t for c in g.concepts for t in c.terms}
    assert set(terms) == {"shield", "Schild", "hull", "Rumpf", "phaser", "Phaser"}
    assert not terms["shield"].stated("status") and not terms["phaser"].stated("status")
    assert terms["hull"].status == "preferred" and terms["hull"].stated("status")
    said = [w for w in g.warnings if "pending-review" in w]
    assert len(said) == 1 and said[0].startswith("thl.csv:2: status 'pending-review' is no status")
