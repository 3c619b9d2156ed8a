"""Several notes (sources) of one term or concept through the tables (CSV, TSV, XLSX), and the
CAT tools' glossary tables built from their published documentation (glossary38).

The shapes:

- memoQ ("Term base in CSV format", docs.memoq.com … tbservice.importexport.csv.html): term-level
  fields repeat for each term of a language, in order; so do translit's ``<tag>:term note``
  columns. A term's further notes are ``<tag>:term note 2``, ``<tag>:term note 3`` … columns,
  again one for each term of the language (the k-th ``ru:term note 2`` column is the k-th Russian
  term's second note); sources alike (``<tag>:term source 2``); a concept's further sources are
  further ``source`` columns, as its notes are further ``note`` columns.
- Lokalise's glossary CSV (docs.lokalise.com/en/articles/1400629-glossary, as
  bodrovis/lokalise-glossary-guard's README quotes it): ``term;description;casesensitive;
  translatable;forbidden;tags;en;en_description;de_DE;de_DE_description``, flags yes/no.
"""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from conftest import source_not_written
from hypothesis import given, settings
from hypothesis import strategies as st
from test_glossary_xlsx import sheet, workbook

from translit.glossary import Concept, Glossary, Term, load, save
from translit.glossary.files import loads
from translit.glossary.model import joined, parts_of

TABLES = ["csv", "tsv", "xlsx"]

SEVERAL = """<?xml version="1.0" encoding="UTF-8"?>
<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
<tbxHeader><fileDesc><sourceDesc><p>t</p></sourceDesc></fileDesc></tbxHeader>
<text><body>
<conceptEntry id="roa">
<note>concept note 1</note><note>concept note 2</note>
<admin type="source">Hoffmann 1984</admin><admin type="source">Александров 2001</admin>
<langSec xml:lang="ru">
<termSec><term>РОА</term><note>в документах КОНР</note><note>так и в эмигрантской печати</note>
<admin type="source">Александров</admin><admin type="source">Окороков</admin></termSec>
<termSec><term>Русская освободительная армия</term><note>полное название</note></termSec>
</langSec>
<langSec xml:lang="en"><termSec><term>ROA</term><note>one</note><note>two</note><note>three
lines</note></termSec></langSec>
</conceptEntry>
</body></text></tbx>
"""


def parts(g: Glossary) -> list[list[tuple[str, tuple[str, ...], tuple[str, ...]]]]:
    """Each term's notes and sources, part by part (a Joined equals its text joined)."""
    return [[(t.text, parts_of(t.note), parts_of(t.source)) for t in c.terms] for c in g]


@pytest.mark.parametrize("fmt", TABLES)
def test_a_term_with_several_notes_and_sources_goes_through_a_table(
    tmp_path: Path, fmt: str
) -> None:
    g = loads(SEVERAL.encode(), "tbx", "several.tbx")
    assert parts(g)[0][2][1] == ("one", "two", "three\nlines")
    out = tmp_path / f"g.{fmt}"
    lost = save(g, out)
    # before: "term note: not written (2x)", "term source: not written (1x)", "sources apart";
    # its xml:lang, a source language a table has no place for, is said (interop47)
    assert lost == [source_not_written(g.source_lang)]
    back = load(out)
    assert parts(back) == parts(g)
    assert parts_of(back.concepts[0].source) == ("Hoffmann 1984", "Александров 2001")
    assert parts_of(back.concepts[0].notes[""]) == ("concept note 1", "concept note 2")
    again = tmp_path / "back.tbx"
    assert save(back, again) == []
    assert parts(load(again)) == parts(g)


def test_the_columns_of_further_notes_are_named_by_their_number(tmp_path: Path) -> None:
    g = loads(SEVERAL.encode(), "tbx", "several.tbx")
    out = tmp_path / "g.csv"
    save(g, out)
    head = out.read_text("utf-8").splitlines()[0].split(",")
    assert head.count("ru:term note") == 2 and head.count("ru:term note 2") == 1
    assert head.count("en:term note 3") == 1 and head.count("ru:term source 2") == 1
    assert head.count("source") == 2
    # each term's further note beside its first ones, in the order of the terms
    assert head.index("ru:term note 2") == head.index("ru:term note") + 2


def test_a_further_note_column_read_before_the_first_keeps_the_order_of_the_numbers() -> None:
    data = "ru,ru:term note 2,ru:term note\nРОА,вторая,первая\n"
    g = loads(data.encode(), "csv", "t.csv")
    assert parts_of(g.concepts[0].terms[0].note) == ("первая", "вторая")
    assert g.warnings == []


def test_a_further_note_column_of_a_term_the_row_lacks_is_said() -> None:
    data = "ru,ru:term note 2,ru:term note 2\nРОА,вторая,чужая\n"
    g = loads(data.encode(), "csv", "t.csv")
    assert parts_of(g.concepts[0].terms[0].note) == ("вторая",)
    assert g.warnings == [
        "t.csv:2: column 3 'ru:term note 2' is for a second ru term, which the row lacks: not kept"
    ]


def test_two_source_columns_are_two_sources() -> None:
    # (a second source column was refused: "column 'source' appears twice")
    g = loads("ru,source,source\nРОА,Hoffmann,Александров\n".encode(), "csv", "t.csv")
    assert parts_of(g.concepts[0].source) == ("Hoffmann", "Александров")


# (a note may hold a line end and the "|" between a column's terms; a cell gives back no outer
# white space, and a reader takes a CRLF in a cell for one line end, as XML does)
_PART = st.text(
    st.characters(codec="utf-8", exclude_categories=("Cs", "Cc"), include_characters="\n|"),
    min_size=1,
    max_size=8,
).filter(lambda s: s.strip() == s)


@settings(max_examples=40, deadline=None)
@given(
    notes=st.lists(st.lists(_PART, min_size=1, max_size=3), min_size=1, max_size=3),
    term_sources=st.lists(st.lists(_PART, max_size=3), min_size=3, max_size=3),
    sources=st.lists(_PART, min_size=1, max_size=3),
    fmt=st.sampled_from(TABLES),
)
def test_any_number_of_notes_of_each_term_comes_back_apart(
    tmp_path_factory: pytest.TempPathFactory,
    notes: list[list[str]],
    term_sources: list[list[str]],
    sources: list[str],
    fmt: str,
) -> None:
    terms = [
        Term(f"Армия{k}", "ru", note=joined(*n), source=joined(*s) if s else None)
        for k, (n, s) in enumerate(zip(notes, term_sources[: len(notes)], strict=True))
    ]
    g = Glossary([Concept("c", terms=[*terms, Term("Army", "en")], source=joined(*sources))])
    out = tmp_path_factory.mktemp("t") / f"g.{fmt}"
    assert save(g, out) == []
    back = load(out)
    assert parts(back) == parts(g)
    assert parts_of(back.concepts[0].source) == tuple(sources)


LOKALISE = (
    "term;description;casesensitive;translatable;forbidden;tags;en;en_description;ru;"
    "ru_description\n"
    "ROA;Russian Liberation Army;yes;yes;no;ww2;ROA;the English acronym;РОА;"
    "русское сокращение\n"
    "Vlasovite;;no;yes;yes;;Vlasovite;;власовец;пропагандистское\n"
)


def test_lokalise_glossary_keeps_each_languages_description() -> None:
    g = loads(LOKALISE.encode(), "csv", "lokalise.csv", source_lang="en")
    # before: "column 'en_description' not kept", "column 'ru_description' not kept"
    assert not any("_description" in w for w in g.warnings)
    roa, vlasovite = g.concepts
    assert roa.notes == {
        "": "Russian Liberation Army",
        "en": "the English acronym",
        "ru": "русское сокращение",
    }
    assert vlasovite.notes == {"ru": "пропагандистское"}
    assert [t.status for t in vlasovite.terms] == ["deprecated", "deprecated"]
    assert [(t.lang, t.text) for t in roa.terms] == [("en", "ROA"), ("ru", "РОА")]


@pytest.mark.parametrize("fmt", ["tbx", *TABLES])
def test_lokalise_glossary_through_every_format_and_back(tmp_path: Path, fmt: str) -> None:
    g = loads(LOKALISE.encode(), "csv", "lokalise.csv", source_lang="en")
    out = tmp_path / f"g.{fmt}"
    save(g, out)
    back = load(out)
    assert [c.notes for c in back] == [c.notes for c in g]
    assert [[(t.lang, t.text, t.status) for t in c.terms] for c in back] == [
        [(t.lang, t.text, t.status) for t in c.terms] for c in g
    ]


# Crowdin's glossary table: the columns its API's Import Glossary maps in its `scheme`
# (term_<lang>, description_<lang>, partOfSpeech_<lang>, status_<lang>, type_<lang>,
# gender_<lang>, url_<lang>, note_<lang>, conceptDefinition, conceptSubject, conceptNote,
# conceptUrl, conceptFigure; as crowdin/crowdin-api-client-go's GlossaryImportRequest documents
# them), written as the header row a CSV or XLSX upload may have (firstLineContainsHeader)
CROWDIN = (
    "conceptSubject,conceptDefinition,conceptNote,conceptUrl,term_en,description_en,"
    "partOfSpeech_en,type_en,status_en,note_en,url_en,term_ru,description_ru,partOfSpeech_ru,"
    "gender_ru,note_ru\n"
    "military,An army of Soviet prisoners under German command,checked,https://example.org/roa,"
    "ROA,the English acronym,proper noun,acronym,preferred,in Hoffmann,https://example.org/en,"
    "РОА,русское сокращение,proper noun,feminine,у Александрова\n"
)


def test_crowdin_glossary_columns_are_read_as_the_terms_fields() -> None:
    g = loads(CROWDIN.encode(), "csv", "crowdin.csv")
    # before: read as a headerless OmegaT file: the header a concept (conceptSubject →
    # conceptDefinition), every other cell of a row joined by tabs into one note
    assert g.warnings == [
        "crowdin.csv:1: column 'conceptUrl' not kept",
        "crowdin.csv:1: column 'url_en' not kept",
    ]
    (c,) = g.concepts
    assert (c.subject, c.notes, c.definitions) == (
        "military",
        {"": "checked"},
        {"": "An army of Soviet prisoners under German command"},
    )
    en, ru = c.terms
    assert (en.lang, en.text, en.pos, en.type, en.status, en.note) == (
        "en", "ROA", "proper noun", "acronym", "preferred", "in Hoffmann"
    )  # fmt: skip
    assert (ru.lang, ru.text, ru.pos, ru.gender, ru.note) == (
        "ru", "РОА", "proper noun", "feminine", "у Александрова"
    )  # fmt: skip
    assert en.extra == ('<descrip type="definition">the English acronym</descrip>',)


def test_a_crowdin_glossary_uploaded_as_xlsx_is_read_as_its_csv() -> None:
    rows = [line.split(",") for line in CROWDIN.splitlines()]
    xml = "".join(
        f'<row r="{r}">'
        + "".join(
            f'<c r="{chr(65 + k)}{r}" t="inlineStr"><is><t>{escape(v)}</t></is></c>'
            for k, v in enumerate(row)
        )
        + "</row>"
        for r, row in enumerate(rows, 1)
    )
    data = workbook([("Glossary", sheet(xml, f"A1:P{len(rows)}"))])
    assert loads(data, "xlsx", "crowdin.xlsx") == loads(CROWDIN.encode(), "csv", "crowdin.csv")


@pytest.mark.parametrize("fmt", ["tbx", *TABLES])
def test_crowdin_glossary_through_every_format_and_back(tmp_path: Path, fmt: str) -> None:
    g = loads(CROWDIN.encode(), "csv", "crowdin.csv")
    out = tmp_path / f"g.{fmt}"
    save(g, out)
    assert load(out) == g


def test_a_lokalise_glossary_of_one_language_has_its_header_read() -> None:
    data = "term;description;casesensitive;translatable;forbidden;tags;ru;ru_description\n"
    data += "РОА;армия;no;yes;no;;РОА;сокращение\n"
    g = loads(data.encode(), "csv", "lokalise.csv")
    # (the flags' columns are known: the header is one, not an OmegaT row)
    assert [(t.lang, t.text) for t in g.concepts[0].terms] == [("ru", "РОА")]
    assert g.concepts[0].notes == {"": "армия", "ru": "сокращение"}


# Wordfast's glossaries are tab-delimited text (its manual: "Wordfast directly reads
# tab-delimited (TXT) glossaries"): source, target, comment, no header, as Excel's "Unicode
# text" saves them (UTF-16 LE with a BOM, CRLF), which the Wordfast manual advises
WORDFAST = "РОА\tROA\tRussian Liberation Army\r\nвласовец\tVlasovite\t\r\n"


def test_a_wordfast_glossary_is_read_as_tab_separated_pairs(tmp_path: Path) -> None:
    path = tmp_path / "wordfast.txt"
    path.write_bytes(b"\xff\xfe" + WORDFAST.encode("utf-16-le"))
    g = load(path, target_lang="en")
    assert g.warnings == []
    assert [[(t.lang, t.text) for t in c.terms] for c in g] == [
        [("ru", "РОА"), ("en", "ROA")],
        [("ru", "власовец"), ("en", "Vlasovite")],
    ]
    assert [c.notes for c in g] == [{"": "Russian Liberation Army"}, {}]
    for fmt in ("tbx", *TABLES):
        out = tmp_path / f"g.{fmt}"  # (a table has no source language: said, interop47)
        assert save(g, out) == ([] if fmt == "tbx" else [source_not_written("ru")])
        assert load(out) == g


# XTM's term statuses in an import file (XTM Academy, "Import the terminology file into XTM":
# VALID, REJECTED, FORBIDDEN, NOT_APPROVED); XTM imports XLS/XLSX, TBX and MTF
@pytest.mark.parametrize(
    ("said", "status"),
    [("VALID", "preferred"), ("REJECTED", "deprecated"), ("FORBIDDEN", "deprecated"),
     ("NOT_APPROVED", "admitted")],
)  # fmt: skip
def test_xtm_statuses_are_read(said: str, status: str) -> None:
    g = loads(f"en,en:status,ru\nROA,{said},РОА\n".encode(), "csv", "xtm.csv")
    # before: NOT_APPROVED "is no status translit knows …: not kept", the term read preferred
    assert g.warnings == []
    assert g.concepts[0].terms[0].status == status
