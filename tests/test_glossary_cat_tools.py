"""Glossary files as CAT tools and terminology platforms write them.

Each fixture is a small hand-written file reproducing one structure a real tool or spec writes;
the comment above it names which. Expected values are read off the fixture by hand: the status
and type picklists are those of TBX (ISO 30042, ISO 12620 data categories), TBX-Basic and the
tools' documentation.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import source_not_written

from translit.cli import cli
from translit.errors import GlossaryError
from translit.glossary import apply_text, load, save
from translit.glossary.files import loads
from translit.glossary.tbx import NOT_BASIC

# Weblate / translate-toolkit TBX export (martif, no termEntry id, explanation in an untyped
# <descrip>, translator note as <note from="translator">, a forbidden term marked with
# <termNote type="administrativeStatus">forbidden</termNote>, Weblate docs "TBX").
WEBLATE_TBX = b"""<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE martif PUBLIC "ISO 12200:1999A//DTD MARTIF core (DXFcdV04)//EN" "TBXcdv04.dtd">
<martif type="TBX" xml:lang="ru">
  <martifHeader><fileDesc><sourceDesc><p>Translate Toolkit</p></sourceDesc></fileDesc>
  </martifHeader>
  <text><body>
    <termEntry>
      <langSet xml:lang="ru"><tig><term>\xd0\xb2\xd0\xbb\xd0\xb0\xd1\x81\xd0\xbe\xd0\xb2\xd1\x86\xd1\x8b</term></tig></langSet>
      <langSet xml:lang="fr"><tig><term>Vlassoviens</term></tig></langSet>
      <langSet xml:lang="fr"><tig><term>vlassovistes</term>
        <termNote type="administrativeStatus">forbidden</termNote></tig></langSet>
      <langSet xml:lang="de"><tig><term>Wlassow-Leute</term>
        <termNote type="administrativeStatus">forbidden</termNote></tig></langSet>
    </termEntry>
  </body></text>
</martif>
"""

# IATE TBX export: upper-case xml:lang ("EN", "DE"), subjectField in a descripGrp, termType
# "phrase" (TBX-Basic's picklist) and normative values of the full TBX picklist.
IATE_TBX = b"""<?xml version="1.0" encoding="UTF-8"?>
<martif type="TBX" xml:lang="EN">
<martifHeader><fileDesc><sourceDesc><p>IATE export</p></sourceDesc></fileDesc></martifHeader>
<text><body>
<termEntry id="IATE-881234">
  <descripGrp><descrip type="subjectField">history</descrip></descripGrp>
  <langSet xml:lang="DE">
    <tig><term>Rote Armee</term><termNote type="termType">fullForm</termNote>
      <termNote type="administrativeStatus">standardizedTerm-admn-sts</termNote></tig>
    <tig><term>Arbeiter- und Bauernarmee</term><termNote type="termType">phrase</termNote>
      <termNote type="administrativeStatus">proposedTerm-admn-sts</termNote></tig>
  </langSet>
  <langSet xml:lang="FR"><tig><term>Arm\xc3\xa9e rouge</term>
    <termNote type="normativeAuthorization">legalTerm</termNote></tig>
    <tig><term>AR</term><termNote type="termType">initialism</termNote>
    <termNote type="normativeAuthorization">regulatedTerm</termNote></tig></langSet>
</termEntry>
</body></text>
</martif>
"""


def test_forbidden_status_of_weblate_is_read_as_deprecated_and_never_applied() -> None:
    g = loads(WEBLATE_TBX, "tbx", "weblate.tbx")
    c = g.concepts[0]
    assert [(t.lang, t.text, t.status) for t in c.terms] == [
        ("ru", "власовцы", "preferred"),
        ("fr", "Vlassoviens", "preferred"),
        ("fr", "vlassovistes", "deprecated"),
        ("de", "Wlassow-Leute", "deprecated"),
    ]
    assert apply_text("власовцы", g, "fr") == "Vlassoviens"
    assert apply_text("власовцы", g, "de") == "власовцы"  # German has only a forbidden term
    assert apply_text("vlassovistes", g, "fr") == "Vlassoviens"  # the forbidden term replaced


def test_tbx_picklist_types_and_normative_values_are_read(tmp_path: Path) -> None:
    g = loads(IATE_TBX, "tbx", "iate.tbx")
    got = [(t.lang, t.text, t.type, t.status) for t in g.concepts[0].terms]
    assert got == [
        ("de", "Rote Armee", "fullForm", "preferred"),
        ("de", "Arbeiter- und Bauernarmee", "phrase", "admitted"),
        ("fr", "Armée rouge", "fullForm", "preferred"),
        ("fr", "AR", "acronym", "preferred"),
    ]
    save(g, tmp_path / "back.tbx")
    assert load(tmp_path / "back.tbx") == g


@pytest.mark.parametrize("value", ["Draft", "maybe"])
def test_an_unknown_status_is_an_error_at_its_line(value: str) -> None:
    data = WEBLATE_TBX.replace(b">forbidden<", f">{value}<".encode(), 1)
    with pytest.raises(GlossaryError, match=rf"weblate.tbx:10: unknown term status '{value}'"):
        loads(data, "tbx", "weblate.tbx")


# Weblate glossary in PO: a forbidden translation carries the flag "forbidden", an untranslatable
# term "read-only" (Weblate docs, "Glossary"); gettext plurals (msgid_plural/msgstr[n]) and
# msgctxt as msgmerge writes them.
WEBLATE_PO = """msgid ""
msgstr ""
"Language: fr\\n"
"Content-Type: text/plain; charset=UTF-8\\n"
"Plural-Forms: nplurals=2; plural=n > 1;\\n"

#, read-only
msgid "РОА"
msgstr "ROA"

#, forbidden
msgid "власовцы"
msgstr "vlassovistes"

msgctxt "army"
msgid "армия"
msgid_plural "армии"
msgstr[0] "armée"
msgstr[1] "armées"
""".encode()


def test_weblate_po_forbidden_flag_is_deprecated_and_survives_a_round_trip(tmp_path: Path) -> None:
    g = loads(WEBLATE_PO, "po", "glossary.po")
    _, vlasovtsy, army = g.concepts
    assert [(t.text, t.status) for t in vlasovtsy.terms] == [
        ("власовцы", "preferred"),
        ("vlassovistes", "deprecated"),
    ]
    assert apply_text("РОА и власовцы", g, "fr") == "ROA и власовцы"
    assert (army.id, army.preferred("fr").text) == ("army", "armée")
    assert g.warnings == [
        "glossary.po:8: flags not kept: read-only",
        "glossary.po:16: plural forms not kept (msgid_plural, msgstr[1]…): only the first form "
        "is a term",
    ]
    lost = save(g, tmp_path / "back.po")
    assert lost == []
    text = (tmp_path / "back.po").read_text("utf-8")
    # (no msgctxt added where the file had none: gloss17)
    assert '\n\n#, forbidden\nmsgid "власовцы"\nmsgstr "vlassovistes"' in text
    assert load(tmp_path / "back.po") == g


# Excel "CSV (semicolon delimited)" as saved in a de/fr/ru locale (the list separator is ';'),
# UTF-8 with a BOM, CRLF rows, a quoted note running over two lines (CRLF) with a ';' inside.
EXCEL_CSV = (
    "\ufeffru-RU;de-DE;fr-CA;Note\r\n"
    'Красная армия;Rote Armee;Armée rouge;"Armée de terre soviétique;\r\n1918-1946"\r\n'
    "РОА;ROA;ROA;\r\n"
).encode()


def test_excel_semicolon_csv(tmp_path: Path) -> None:
    g = loads(EXCEL_CSV, "csv", "excel.csv")
    assert g.languages == ["ru-RU", "de-DE", "fr-CA"]
    red, roa = g.concepts
    assert [(t.lang, t.text) for t in red.terms] == [
        ("ru-RU", "Красная армия"),
        ("de-DE", "Rote Armee"),
        ("fr-CA", "Armée rouge"),
    ]
    assert red.line == 2 and roa.line == 4
    assert red.notes == {"": "Armée de terre soviétique;\n1918-1946"}  # one line end, as in XML
    assert apply_text("Красная армия", g, "fr") == "Armée rouge"
    for name in ("back.tbx", "back.csv"):
        assert save(g, tmp_path / name) == []
        assert load(tmp_path / name) == g


# Trados / MultiTerm Excel exports label columns with Windows language names.
TRADOS_CSV = "Russian (Russia),German (Germany),English (United States),Serbian (Latin)\n"
TRADOS_CSV += "Власов,Wlassow,Vlasov,Vlasov\n"


def test_columns_named_by_language_name() -> None:
    g = loads(TRADOS_CSV.encode(), "csv", "trados.csv")
    assert g.languages == ["ru-RU", "de-DE", "en-US", "sr-Latn"]
    assert [t.text for t in g.concepts[0].terms] == ["Власов", "Wlassow", "Vlasov", "Vlasov"]


def test_a_language_name_in_an_omegat_row_is_a_term_not_a_header() -> None:
    # OmegaT glossary (headerless source<TAB>target<TAB>comment): "German" is a term here
    g = loads("German\tнемецкий\nRussian\tрусский\tязык\n".encode(), "tsv", "omegat.txt")
    assert [[t.text for t in c.terms] for c in g.concepts] == [
        ["German", "немецкий"],
        ["Russian", "русский"],
    ]


# memoQ term base CSV (memoQ documentation, "Term base in CSV format"): ';', entry-level
# columns Entry_ID, Entry_Subject, Entry_Domain … Entry_Note first, then the term columns of each
# language, repeated when an entry has several terms in one language.
MEMOQ_CSV = (
    "Entry_ID;Entry_Subject;Entry_Domain;Entry_Created;Entry_Note;ru;de;de\n"
    "17;history;military;11/2/2026 3:04:05 PM;Wehrmacht usage;РОА;Russische Befreiungsarmee;ROA\n"
)


def test_memoq_csv_entry_columns_and_repeated_language_columns() -> None:
    g = loads(MEMOQ_CSV.encode(), "csv", "memoq.csv")
    c = g.concepts[0]
    assert (c.id, c.subject, c.notes) == ("17", "history", {"": "Wehrmacht usage"})
    assert [(t.lang, t.text, t.status) for t in c.terms] == [
        ("ru", "РОА", "preferred"),
        ("de", "Russische Befreiungsarmee", "preferred"),
        ("de", "ROA", "admitted"),  # the second German term, as in a '|' list
    ]
    assert g.warnings == [
        "memoq.csv:1: column 'Entry_Domain' not kept",
        "memoq.csv:1: column 'Entry_Created' not kept",
    ]


# TBX-Basic v2 as the LISA TBX-Basic sample and MultiTerm/memoQ TBX exports write it: tig ids,
# a transaction group (origination, date, responsible), an external cross-reference, and
# term-level context, customer and project subsets and geographical usage.
BASIC_V2 = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE martif SYSTEM "TBXBasiccoreStructV02.dtd">
<martif type="TBX-Basic" xml:lang="en-US">
<martifHeader><fileDesc><sourceDesc><p>TBX-Basic</p></sourceDesc></fileDesc></martifHeader>
<text><body>
<termEntry id="eid-roa">
  <descrip type="subjectField">history</descrip>
  <transacGrp>
    <transac type="transactionType">origination</transac>
    <date>2007-07-22</date>
    <transacNote type="responsibility" target="pid-1">J. Doe</transacNote>
  </transacGrp>
  <xref type="externalCrossReference" target="https://example.org/roa">ROA</xref>
  <langSet xml:lang="ru-RU">
    <tig id="tid-roa-ru">
      <term>РОА</term>
      <termNote type="termType">acronym</termNote>
      <descrip type="context">Бойцы РОА перешли на сторону восставших.</descrip>
      <admin type="customerSubset">Museum</admin>
      <admin type="projectSubset">Exhibition 2026</admin>
      <termNote type="geographicalUsage">RU</termNote>
    </tig>
  </langSet>
  <langSet xml:lang="fr-FR"><tig id="tid-roa-fr"><term>ROA</term></tig></langSet>
</termEntry>
</body></text>
</martif>
""".encode()

# TBX v3 TBX-Basic in DCT style: data categories as module elements in their own namespace.
BASIC_V3_DCT = """<?xml version="1.0" encoding="UTF-8"?>
<tbx type="TBX-Basic" style="dct" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2"
     xmlns:basic="http://www.tbxinfo.net/ns/basic">
  <tbxHeader><fileDesc><sourceDesc><p>DCT</p></sourceDesc></fileDesc></tbxHeader>
  <text><body>
    <conceptEntry id="c-gulag">
      <langSec xml:lang="ru"><termSec id="ts-1"><term>ГУЛАГ</term>
        <basic:context>Он провёл десять лет в ГУЛАГе.</basic:context>
        <basic:customerSubset>Museum</basic:customerSubset></termSec></langSec>
    </conceptEntry>
  </body></text>
</tbx>
""".encode()


@pytest.mark.parametrize("version", [2, 3])
def test_tbx_data_categories_and_term_ids_survive_a_round_trip(
    version: int, tmp_path: Path
) -> None:
    g = loads(BASIC_V2, "tbx", "basic.tbx")
    c = g.concepts[0]
    roa_ru, roa_fr = c.terms
    assert (roa_ru.id, roa_fr.id) == ("tid-roa-ru", "tid-roa-fr")
    assert roa_ru.extra == (  # termNotes first, as TBX-Basic v3 orders a termSec
        '<termNote type="geographicalUsage">RU</termNote>',
        '<descrip type="context">Бойцы РОА перешли на сторону восставших.</descrip>',
        '<admin type="customerSubset">Museum</admin>',
        '<admin type="projectSubset">Exhibition 2026</admin>',
    )
    assert c.extra == [
        (
            "",
            '<transacGrp><transac type="transactionType">origination</transac>'
            '<date>2007-07-22</date><transacNote type="responsibility" target="pid-1">'
            "J. Doe</transacNote></transacGrp>",
        ),
        ("", '<xref type="externalCrossReference" target="https://example.org/roa">ROA</xref>'),
    ]
    assert g.warnings == []
    assert save(g, tmp_path / "back.tbx", tbx_version=version) == []
    text = (tmp_path / "back.tbx").read_text("utf-8")
    assert '<admin type="projectSubset">Exhibition 2026</admin>' in text
    assert load(tmp_path / "back.tbx") == g
    # a table keeps them too (glossary37: before, "term id: not written (2x)" and "term TBX
    # data <admin type="projectSubset">: not written (1x)"): <tag>:term id, <tag>:term tbx, tbx
    # (its source language, the file's xml:lang, has no place in a table: said, and given back)
    assert save(g, tmp_path / "back.csv") == [source_not_written("en-US")]
    back = load(tmp_path / "back.csv", source_lang="en-US")
    assert back == g and back.source_lang == g.source_lang == "en-US"


def test_dct_data_categories_are_kept_in_dca_form(tmp_path: Path) -> None:
    g = loads(BASIC_V3_DCT, "tbx", "dct.tbx")
    t = g.concepts[0].terms[0]
    assert (t.id, t.extra) == (
        "ts-1",
        (
            '<descrip type="context">Он провёл десять лет в ГУЛАГе.</descrip>',
            '<admin type="customerSubset">Museum</admin>',
        ),
    )
    save(g, tmp_path / "back.tbx")
    assert load(tmp_path / "back.tbx") == g


# MultiTerm XML export (<mtf>, UTF-16 with a BOM, saved as .xml): concept number, transaction
# groups, nested descripGrp (a definition with its source), languages as "RU"/"DE-DE", and
# termbase-defined fields: Status (Forbidden), Part of speech, a custom "Context" field.
MULTITERM = """<?xml version="1.0" encoding="UTF-16"?>
<mtf>
  <conceptGrp>
    <concept>17</concept>
    <transacGrp><transac type="origination">jdoe</transac><date>2009-05-04T10:00:00</date>
    </transacGrp>
    <descripGrp><descrip type="Subject">history</descrip></descripGrp>
    <descripGrp><descrip type="Definition">Russian Liberation Army</descrip>
      <descripGrp><descrip type="Source">Hoffmann 1986</descrip></descripGrp></descripGrp>
    <languageGrp>
      <language type="Russian" lang="RU"/>
      <termGrp><term>РОА</term>
        <descripGrp><descrip type="Part of speech">noun</descrip></descripGrp>
        <descripGrp><descrip type="Context">Бойцы РОА</descrip></descripGrp>
      </termGrp>
    </languageGrp>
    <languageGrp>
      <language type="German" lang="DE-DE"/>
      <termGrp><term>Russische Befreiungsarmee</term></termGrp>
      <termGrp><term>Wlassow-Armee</term>
        <descripGrp><descrip type="Status">Forbidden</descrip></descripGrp></termGrp>
    </languageGrp>
  </conceptGrp>
</mtf>
""".encode("utf-16")


def test_multiterm_xml_is_read_and_converts_to_tbx(tmp_path: Path) -> None:
    (tmp_path / "export.xml").write_bytes(MULTITERM)
    g = load(tmp_path / "export.xml")
    c = g.concepts[0]
    assert (c.id, c.subject, c.source) == ("17", "history", None)  # Hoffmann: the definition's
    assert c.definitions == {"": "Russian Liberation Army"}
    assert [(t.lang, t.text, t.status, t.pos) for t in c.terms] == [
        ("ru", "РОА", "preferred", "noun"),
        ("de-DE", "Russische Befreiungsarmee", "preferred", None),
        ("de-DE", "Wlassow-Armee", "deprecated", None),
    ]
    # kept in TBX's form, as MultiTerm's own TBX export writes them: the Context field is
    # TBX-Basic's context, the Source sub-field an <admin type="source">, the transaction's kind
    # a transactionType and its user a responsibility, its date a date
    assert c.terms[0].extra == ('<descrip type="context">Бойцы РОА</descrip>',)
    assert c.extra == [
        (  # the definition's sub-field (first: written in the definition's group again)
            "",
            '<descripGrp type="definition"><admin type="source">Hoffmann 1986</admin></descripGrp>',
        ),
        (
            "",
            '<transacGrp><transac type="transactionType">origination</transac>'
            '<transacNote type="responsibility">jdoe</transacNote><date>2009-05-04</date>'
            "</transacGrp>",
        ),
    ]
    assert apply_text("Бойцы РОА", g, "de") == "Бойцы Russische Befreiungsarmee"
    assert save(g, tmp_path / "export.tbx") == [  # a concept number is no XML id
        "ids that are no XML names or are repeated (TBX's ids are xsd:ID: a letter or _ first, "
        "no spaces, each once): written '17' as '_17'"
    ]
    back = load(tmp_path / "export.tbx")  # (its header's <p type="ids"> gives 17 back)
    assert back.concepts[0].id == "17"
    assert back == g


# GlobalSight's own termbase export (GTXmlWriter: an <entries> root; its MtfWriter lists what
# differs from MultiTerm: <language name locale>, <noteGrp><note>, <sourceGrp><source>)
GLOBALSIGHT = """<?xml version="1.0" encoding="UTF-8" ?>
<entries>
<conceptGrp><concept>1</concept>
  <descrip type="entryClass">military</descrip>
  <noteGrp><note>formed 1944</note></noteGrp>
  <languageGrp><language name="English" locale="en_US"/>
    <termGrp><term>Russian Liberation Army</term>
      <noteGrp><note>also ROA</note>
        <transacGrp><transac type="origination">jdoe</transac></transacGrp></noteGrp>
    </termGrp></languageGrp>
  <languageGrp><language name="Russian" locale="ru_RU"/>
    <sourceGrp><source>Hoffmann 1986</source></sourceGrp>
    <termGrp><term>Русская освободительная армия</term><note>old data</note></termGrp>
  </languageGrp>
</conceptGrp>
</entries>
""".encode()


def test_a_globalsight_export_is_read_as_multiterm(tmp_path: Path) -> None:
    # it was "<languageGrp> without <language lang=…>", exit 2: not one term was read
    (tmp_path / "tb_export_0.xml").write_bytes(GLOBALSIGHT)
    g = load(tmp_path / "tb_export_0.xml")
    c = g.concepts[0]
    assert (c.id, c.source, c.notes) == ("1", "Hoffmann 1986", {"": "formed 1944"})
    assert [(t.lang, t.text, t.note) for t in c.terms] == [
        ("en-US", "Russian Liberation Army", "also ROA"),
        ("ru-RU", "Русская освободительная армия", "old data"),
    ]
    assert c.extra == [("", '<descrip type="entryClass">military</descrip>')]
    assert c.terms[0].extra == (
        '<transacGrp><transac type="transactionType">origination</transac>'
        '<transacNote type="responsibility">jdoe</transacNote></transacGrp>',
    )
    assert g.warnings == []
    assert apply_text("Бойцы Русской освободительной армии", g, "en-US") == (
        "Бойцы Russian Liberation Army"
    )
    assert save(g, tmp_path / "export.tbx") == [
        "ids that are no XML names or are repeated (TBX's ids are xsd:ID: a letter or _ first, "
        "no spaces, each once): written '1' as '_1'",
        'data TBX-Basic does not allow, written as read: <descrip type="entryClass"> (1x: entry '
        "_1)" + NOT_BASIC,
    ]
    back = load(tmp_path / "export.tbx")
    back.concepts[0].id = "1"
    assert back == g


def test_a_term_level_definition_is_kept(tmp_path: Path) -> None:
    # TBX v2 ntig (ISO 30042:2008): a definition beside the termGrp, inside the ntig
    data = b"""<martif type="TBX" xml:lang="en"><text><body><termEntry id="e1">
      <langSet xml:lang="de"><ntig><termGrp><term>Ostfront</term></termGrp>
        <descrip type="definition">Kriegsschauplatz 1941-1945</descrip></ntig></langSet>
    </termEntry></body></text></martif>"""
    g = loads(data, "tbx", "ntig.tbx")
    assert g.concepts[0].terms[0].extra == (
        '<descrip type="definition">Kriegsschauplatz 1941-1945</descrip>',
    )
    save(g, tmp_path / "back.tbx", tbx_version=2)
    assert load(tmp_path / "back.tbx") == g


def test_weblate_csv_columns_not_kept_are_reported() -> None:
    # translate-toolkit/Weblate CSV: location,source,target,id,fuzzy,context,translator_comments,
    # developer_comments, every cell quoted (csvl10n's dialect)
    data = (
        '"location","source","target","id","fuzzy","context","translator_comments",'
        '"developer_comments"\n'
        '"","РОА","ROA","","False","roa","",""\n'
        '"src/a.py:3","власовцы","vlassoviens","","True","vlasovtsy","à revoir","plural"\n'
    ).encode()
    g = loads(data, "csv", "weblate.csv", target_lang="fr")
    assert [(c.id, [t.text for t in c.terms], c.notes) for c in g.concepts] == [
        ("roa", ["РОА", "ROA"], {}),
        ("vlasovtsy", ["власовцы", "vlassoviens"], {"": "à revoir\nplural"}),
    ]
    assert g.warnings == [
        "weblate.csv:3: column 'location' not kept",
        "weblate.csv:3: column 'fuzzy' not kept",
    ]


def test_looking_up_a_forbidden_term_says_so(tmp_path: Path) -> None:
    (tmp_path / "weblate.tbx").write_bytes(WEBLATE_TBX)
    args = [
        "glossary",
        "lookup",
        "vlassovistes",
        "--target",
        "fr",
        "-g",
        str(tmp_path / "weblate.tbx"),
    ]
    r = CliRunner().invoke(cli, args)
    assert r.exit_code == 0
    assert r.stdout == "c1\texact\tvlassovistes (fr, deprecated)\tVlassoviens\n"
    r = CliRunner().invoke(cli, [*args, "--json"])
    assert json.loads(r.stdout)[0]["matched"]["status"] == "deprecated"


@pytest.mark.parametrize(
    ("entry", "says"),
    [
        ("<languageGrp><termGrp><term>РОА</term></termGrp></languageGrp>", "<languageGrp> without"),
        ('<languageGrp><language lang="RU"/><termGrp><term> </term></termGrp></languageGrp>', "term"),
        ('<languageGrp><language lang="RU"/><termGrp><term>РОА</term><descripGrp>'
         '<descrip type="Status">Draft</descrip></descripGrp></termGrp></languageGrp>', "Draft"),
    ],
)  # fmt: skip
def test_broken_multiterm_entries_are_errors_at_their_line(entry: str, says: str) -> None:
    data = f"<mtf>\n<conceptGrp><concept>1</concept>\n{entry}\n</conceptGrp>\n</mtf>".encode()
    with pytest.raises(GlossaryError, match=f"mt.xml:3: .*{says}"):
        loads(data, "tbx", "mt.xml")
    g = loads(data, "tbx", "mt.xml", strict=False)
    assert g.concepts == [] and [e.line for e in g.errors] == [3]


# XTM's terminology export (TBX-Basic with ntig and a tool-defined <termNote type="status">
# VALID / FORBIDDEN), and a MultiTerm field converted to TBX as <descrip type="Status">.
XTM_TBX = b"""<martif type="TBX-Basic" xml:lang="en"><text><body>
  <termEntry id="e1">
    <langSet xml:lang="ru-RU"><ntig><termGrp><term>\xd0\xa0\xd0\x9e\xd0\x90</term>
      <termNote type="status">VALID</termNote></termGrp></ntig></langSet>
    <langSet xml:lang="fr-FR"><ntig><termGrp><term>ROA</term></termGrp></ntig>
      <ntig><termGrp><term>arm\xc3\xa9e Vlassov</term>
      <termNote type="status">FORBIDDEN</termNote></termGrp></ntig></langSet>
    <langSet xml:lang="de-DE"><tig><term>Wlassow-Armee</term>
      <descrip type="Status">Forbidden</descrip></tig>
      <tig><term>ROA</term><descrip type="Status">Pending review</descrip></tig></langSet>
  </termEntry>
</body></text></martif>"""


def test_tool_defined_status_categories_decide_the_status(tmp_path: Path) -> None:
    g = loads(XTM_TBX, "tbx", "xtm.tbx")
    got = [(t.lang, t.text, t.status) for t in g.concepts[0].terms]
    assert got == [
        ("ru-RU", "РОА", "preferred"),
        ("fr-FR", "ROA", "preferred"),
        ("fr-FR", "armée Vlassov", "deprecated"),
        ("de-DE", "Wlassow-Armee", "deprecated"),
        ("de-DE", "ROA", "preferred"),
    ]
    assert g.warnings == [
        "xtm.tbx:10: Status 'Pending review' is no status translit knows (preferred, admitted, "
        "deprecated, superseded or their TBX spellings): the term's status is read from "
        "administrativeStatus, else preferred"
    ]
    assert apply_text("армия Власова: РОА", g, "de") == "армия Власова: ROA"
    save(g, tmp_path / "back.tbx")
    back = load(tmp_path / "back.tbx")
    assert back == g
    assert back.concepts[0].terms[2].extra == ('<termNote type="status">FORBIDDEN</termNote>',)


def test_multiterm_term_type_of_no_picklist_is_kept() -> None:
    data = MULTITERM.decode("utf-16").replace(
        '<descrip type="Part of speech">noun</descrip>',
        '<descrip type="Term Type">Kurzwort</descrip>',
    )
    g = loads(data.encode("utf-16"), "tbx", "mt.xml")
    t = g.concepts[0].terms[0]
    assert (t.type, t.extra[0]) == ("fullForm", '<descrip type="Term Type">Kurzwort</descrip>')
    assert g.warnings == [
        "mt.xml:13: term type 'Kurzwort' is in no TBX picklist: kept as read, the term is taken "
        "as a full form",
        # (the transaction's time of day, which TBX's date cannot hold: glossary36)
        "mt.xml:5: the time of day of 1 transaction date (first '2009-05-04T10:00:00') not kept: "
        "TBX's <date> is a date (xsd:date), as MultiTerm's own TBX export writes it",
    ]


# OmegaT's writable glossary (glossary.txt): OmegaT starts it with a comment line, reads any line
# starting with '#' as a comment, and splits lines at tabs only (a quote is a character).
OMEGAT_TXT = (
    "# Glossary in tab-separated format -*- coding: utf-8 -*-\n"
    "РОА\tROA\tacronyme\n"
    "# added by the reviewer\n"
    "Красная армия\tArmée rouge\n"
)


def test_omegat_comment_lines_are_skipped() -> None:
    g = loads(OMEGAT_TXT.encode(), "tsv", "glossary.txt", target_lang="fr")
    assert [(c.line, [t.text for t in c.terms], c.notes) for c in g.concepts] == [
        (2, ["РОА", "ROA"], {"": "acronyme"}),
        (4, ["Красная армия", "Armée rouge"], {}),
    ]
    assert g.errors == [] and g.warnings == []


def test_omegat_quotes_are_characters() -> None:
    data = '«РОА»\t"ROA"\n"Красная" армия\t"Rote" Armee\tsagt man "so"\n'.encode()
    g = loads(data, "tsv", "glossary.txt", target_lang="de")
    assert [[t.text for t in c.terms] for c in g.concepts] == [
        ["«РОА»", '"ROA"'],
        ['"Красная" армия', '"Rote" Armee'],
    ]
    assert g.concepts[1].notes == {"": 'sagt man "so"'}
    assert g.warnings == [
        "glossary.txt:2: a quote CSV cannot read: read as an OmegaT glossary, whose quotes are "
        "characters (OmegaT splits lines at tabs only)"
    ]


def test_a_term_id_no_format_can_hold_is_refused_with_its_line(tmp_path: Path) -> None:
    g = loads(BASIC_V2, "tbx", "basic.tbx")
    g.concepts[0].terms[0].id = "tid\x00"
    with pytest.raises(GlossaryError, match=r"basic.tbx:6: term id .* holds U\+0000"):
        save(g, tmp_path / "back.tbx")


# memoQ term base CSV export. Structure from the memoQ documentation ("Term base in CSV format",
# memoQ 9/10 WS API): ';', UTF-8, a header row; the entry fields Entry_ID … Entry_Note first, then
# for each language its language-level field (<Language>_Def, the definition) and its terms, each
# term followed by its term-level fields, repeated for a second term of the language. Language
# columns carry memoQ's language names, a region after '_' (English_United_Kingdom). The
# forbidden flag of a term: a <Language>_Forbidden column, or Term_Forbidden as memoQ's qTerm
# names the field (memoQ Resource API); True/False as memoQ writes booleans.
MEMOQ_FORBIDDEN_CSV = (
    "Entry_ID;Entry_Subject;Entry_Domain;Entry_ClientID;Entry_ProjectID;Entry_Created;"
    "Entry_Creator;Entry_LastModified;Entry_Modifier;Entry_Note;"
    "Russian_Def;Russian;Russian_Forbidden;"
    "German_Def;German;German_Forbidden;German;German_Forbidden;"
    "English_United_Kingdom_Def;English_United_Kingdom;Term_Forbidden\n"
    "17;history;military;;;11/2/2026 3:04:05 PM;anna;11/2/2026 3:04:05 PM;anna;;"
    "Армия Власова;РОА;False;"
    "Armee unter Wlassow;Russische Befreiungsarmee;False;Wlassow-Armee;True;"
    ";Vlasov army;True\n"
)


def test_memoq_forbidden_terms_are_deprecated_and_never_applied(tmp_path: Path) -> None:
    g = loads(MEMOQ_FORBIDDEN_CSV.encode(), "csv", "memoq.csv")
    c = g.concepts[0]
    assert [(t.lang, t.text, t.status) for t in c.terms] == [
        ("ru", "РОА", "preferred"),
        ("de", "Russische Befreiungsarmee", "preferred"),
        ("de", "Wlassow-Armee", "deprecated"),  # German_Forbidden True: the term before it
        ("en-GB", "Vlasov army", "deprecated"),  # Term_Forbidden True
    ]
    assert c.definitions == {"ru": "Армия Власова", "de": "Armee unter Wlassow"}
    assert apply_text("РОА", g, "de") == "Russische Befreiungsarmee"
    assert apply_text("Wlassow-Armee", g, "de") == "Russische Befreiungsarmee"
    assert apply_text("РОА", g, "en") == "РОА"  # English has only a forbidden term
    assert g.warnings == [  # the entry fields the model has no place for that hold something
        f"memoq.csv:1: column {name!r} not kept"  # (Entry_ClientID, Entry_ProjectID: empty)
        for name in (
            "Entry_Domain",
            "Entry_Created",
            "Entry_Creator",
            "Entry_LastModified",
            "Entry_Modifier",
        )
    ]
    assert save(g, tmp_path / "back.tbx") == [  # memoQ's entry numbers are no XML ids
        "ids that are no XML names or are repeated (TBX's ids are xsd:ID: a letter or _ first, "
        "no spaces, each once): written '17' as '_17'"
    ]
    back = load(tmp_path / "back.tbx")  # 17 again (interop46: it came back _17)
    assert back == g  # forbidden stays forbidden


@pytest.mark.parametrize("value", ["maybe", "2"])
def test_a_forbidden_cell_neither_yes_nor_no_is_an_error_at_its_line(value: str) -> None:
    data = f"Entry_ID;German;German_Forbidden\n1;ROA;False\n2;Wlassow-Armee;{value}\n"
    with pytest.raises(
        GlossaryError,
        match=rf"memoq\.csv:3: column 'German_Forbidden': '{value}' is neither yes nor no",
    ):
        loads(data.encode(), "csv", "memoq.csv")


def test_a_forbidden_column_before_any_term_column_is_not_kept() -> None:
    g = loads("Term_Forbidden;Russian;German\nTrue;РОА;ROA\n".encode(), "csv", "memoq.csv")
    assert [t.status for t in g.concepts[0].terms] == ["preferred", "preferred"]
    assert g.warnings == ["memoq.csv:1: column 'Term_Forbidden' not kept"]


# Transifex glossary CSV (the file a Transifex glossary is downloaded as and uploaded from): the
# source term in the project's source language (not named in the file), its part of speech and
# comment; per target language translation_<code> and comment_<code>, the code in Transifex's
# form (pt_BR).
TRANSIFEX_CSV = (
    "term,pos,comment,translation_fr,comment_fr,translation_de,comment_de,translation_pt_BR,"
    "comment_pt_BR\n"
    "РОА,Noun,Russian Liberation Army (1944-1945),ROA,sigle,,à traduire,ERL,\n"
    "власовцы,Noun,,Vlassoviens,,Wlassow-Leute,umgangssprachlich,,\n"
)


def test_transifex_glossary_csv() -> None:
    g = loads(TRANSIFEX_CSV.encode(), "csv", "transifex.csv")
    assert (g.source_lang, g.languages) == ("ru", ["ru", "fr", "de", "pt-BR"])  # ru detected
    roa, vlasovtsy = g.concepts
    assert [(t.lang, t.text, t.pos, t.note) for t in roa.terms] == [
        ("ru", "РОА", "Noun", None),
        ("fr", "ROA", None, "sigle"),
        ("pt-BR", "ERL", None, None),
    ]
    assert roa.notes == {"": "Russian Liberation Army (1944-1945)", "de": "à traduire"}
    assert [(t.lang, t.text, t.note) for t in vlasovtsy.terms][2] == (
        "de",
        "Wlassow-Leute",
        "umgangssprachlich",
    )
    assert apply_text("власовцев", g, "de") == "Wlassow-Leute"
    assert g.warnings == []


def test_transifex_source_language_is_given_or_und_with_a_warning() -> None:
    data = b"term,pos,comment,translation_ru\nRed Army,Noun,,\xd0\x9a\xd1\x80\xd0\xb0\xd1\x81\xd0\xbd\xd0\xb0\xd1\x8f \xd0\xb0\xd1\x80\xd0\xbc\xd0\xb8\xd1\x8f\n"
    assert loads(data, "csv", "tx.csv", source_lang="en").concepts[0].terms[0].lang == "en"
    g = loads(data, "csv", "tx.csv")
    assert g.concepts[0].terms[0].lang == "und"
    assert g.warnings == [
        "tx.csv: the file does not say the source language; its terms are tagged 'und' "
        "(name it: --source-lang/--target-lang, or source_lang=/target_lang= of load())"
    ]


@pytest.mark.parametrize("code", ["-", "$$$", "zz-no-such-language-at-all", "x-"])
def test_a_transifex_column_naming_no_language_is_not_kept(code: str) -> None:
    # translation_- gave terms of language "" and translation_$$$ of "$$$", which every writer
    # then wrote (xml:lang="$$$" in TBX)
    data = f"term,translation_{code},comment_{code},translation_pt_BR\nРОА,ROA,x,ROA\n".encode()
    g = loads(data, "csv", "tx.csv", source_lang="ru")
    assert [(t.lang, t.text) for t in g.concepts[0].terms] == [("ru", "РОА"), ("pt-BR", "ROA")]
    assert g.languages == ["ru", "pt-BR"] and g.concepts[0].notes == {}
    assert g.warnings == [
        f"tx.csv:1: column 'translation_{code}' not kept",
        f"tx.csv:1: column 'comment_{code}' not kept",
    ]


def test_glossary_check_takes_the_languages_its_warning_asks_for(tmp_path: Path) -> None:
    # the warning names --source-lang, so `glossary check` must accept it (it had no such flag)
    path = tmp_path / "tx.csv"
    path.write_text("term,pos,comment,translation_ru\nRed Army,Noun,,Красная армия\n", "utf-8")
    runner = CliRunner()
    without = runner.invoke(cli, ["glossary", "check", str(path)])
    assert "--source-lang" in without.output
    given = runner.invoke(cli, ["glossary", "check", "--source-lang", "en", str(path)])
    assert given.exit_code == 0, given.output
    assert "und" not in given.output


# Zanata's glossary CSV (zanata-platform, docs/user-guide/glossary/upload-glossaries.md): locale
# columns, the first the source; a part-of-speech column named pos, partofspeech or part of
# speech; a description column named desc or description (notes for the translator)
@pytest.mark.parametrize(
    ("pos", "desc"), [("pos", "description"), ("partofspeech", "desc"), ("Part of Speech", "desc")]
)
def test_zanata_glossary_csv_columns(pos: str, desc: str) -> None:
    # partofspeech, part of speech and desc were "not kept": the part of speech and the note lost
    data = f"en-US,ru-RU,{pos},{desc}\nRed Army,Красная армия,noun,the Soviet army\n".encode()
    g = loads(data, "csv", "zanata.csv")
    c = g.concepts[0]
    assert [(t.lang, t.text, t.pos) for t in c.terms] == [
        ("en-US", "Red Army", "noun"),
        ("ru-RU", "Красная армия", "noun"),
    ]
    assert c.notes == {"": "the Soviet army"}
    assert g.warnings == []
