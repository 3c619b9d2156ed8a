"""XLSX glossaries as spreadsheet tools write them, and the limits that make an .xlsx safe to open.

The workbooks are built here part by part, each part as the named writer writes it:

- Microsoft Excel 16 (Microsoft 365): shared strings (``t="s"``), rich-text runs, a phonetic
  guide (``<rPh>``), ``_x000D_`` for the CR of a line break typed in a cell, empty cells left
  out (the next cell says its column with ``r``), the sheets listed in ``xl/workbook.xml`` in tab
  order with ``r:id`` pointing into ``xl/_rels/workbook.xml.rels`` (not in tab order).
- Apache POI's streaming ``SXSSFWorkbook`` (``SheetDataWriter``, POI 3.x to 5.x), which Java
  exporters use: inline strings (``t="inlineStr"`` with ``<is><t>``), numbers written by Java's
  ``Double.toString`` (``17.0``), booleans as ``1``/``0`` with ``t="b"``.

Expected values are read off the fixtures by hand.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from translit.cli import cli
from translit.errors import GlossaryError
from translit.glossary import apply_text, load, save
from translit.glossary.files import FORMATS, WRITTEN, loads
from translit.glossary.xlsx import MAX_MEMBERS, sheet_rows

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
DOC_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_R = "http://schemas.openxmlformats.org/package/2006/relationships"
HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'

CONTENT_TYPES = (
    HEAD + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
    'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.spreadsheetml.sheet.main+xml"/></Types>'
)
ROOT_RELS = (
    HEAD + f'<Relationships xmlns="{PKG_R}">'
    f'<Relationship Id="rId3" Type="{DOC_R}/extended-properties" Target="docProps/app.xml"/>'
    f'<Relationship Id="rId2" Type="{PKG_R}/metadata/core-properties" '
    'Target="docProps/core.xml"/>'
    f'<Relationship Id="rId1" Type="{DOC_R}/officeDocument" Target="xl/workbook.xml"/>'
    "</Relationships>"
)


def workbook(sheets: list[tuple[str, str]], shared: str | None = None,
             extra: dict[str, str | bytes] | None = None) -> bytes:  # fmt: skip
    """An .xlsx as Excel 16 lays it out: ``sheets`` are (name, sheet XML) in tab order; Excel
    numbers the parts and relationship ids in creation order, so the first tab here is the
    last part (``sheet2.xml`` for two sheets) and ``rId`` order differs from tab order."""
    n = len(sheets)
    rels = [f'<Relationship Id="rId{n + 1}" Type="{DOC_R}/theme" Target="theme/theme1.xml"/>']
    tabs = []
    files: dict[str, str | bytes] = {}
    for k, (name, xml) in enumerate(sheets):
        part = n - k  # the first tab was created last
        rels.append(
            f'<Relationship Id="rId{part}" Type="{DOC_R}/worksheet" '
            f'Target="worksheets/sheet{part}.xml"/>'
        )
        tabs.append(f'<sheet name="{escape(name)}" sheetId="{part}" r:id="rId{part}"/>')
        files[f"xl/worksheets/sheet{part}.xml"] = xml
    if shared is not None:
        rels.append(
            f'<Relationship Id="rId{n + 3}" Type="{DOC_R}/sharedStrings" Target="sharedStrings.xml"/>'
        )
        files["xl/sharedStrings.xml"] = shared
    rels.append(f'<Relationship Id="rId{n + 2}" Type="{DOC_R}/styles" Target="styles.xml"/>')
    files["xl/workbook.xml"] = (
        HEAD + f'<workbook xmlns="{MAIN}" xmlns:r="{DOC_R}"><fileVersion appName="xl" '
        'lastEdited="7" lowestEdited="7" rupBuild="27425"/><workbookPr '
        'defaultThemeVersion="166925"/><bookViews><workbookView xWindow="-120" yWindow="-120" '
        'windowWidth="29040" windowHeight="15840"/></bookViews>'
        f'<sheets>{"".join(tabs)}</sheets><calcPr calcId="191029"/></workbook>'
    )
    files["xl/_rels/workbook.xml.rels"] = (
        HEAD + f'<Relationships xmlns="{PKG_R}">' + "".join(reversed(rels)) + "</Relationships>"
    )
    files["xl/styles.xml"] = HEAD + f'<styleSheet xmlns="{MAIN}"/>'
    files["xl/theme/theme1.xml"] = (
        HEAD
        + '<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office Theme"/>'
    )
    files["docProps/app.xml"] = HEAD + "<Properties/>"
    files["docProps/core.xml"] = (
        HEAD
        + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"/>'
    )
    files["[Content_Types].xml"] = CONTENT_TYPES
    files["_rels/.rels"] = ROOT_RELS
    files |= extra or {}
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name in [
            "[Content_Types].xml",
            "_rels/.rels",
            *sorted(set(files) - {"[Content_Types].xml", "_rels/.rels"}),
        ]:
            z.writestr(name, files[name])
    return buf.getvalue()


def sheet(rows: str, ref: str = "A1:D4") -> str:
    return (
        HEAD + f'<worksheet xmlns="{MAIN}" xmlns:r="{DOC_R}"><dimension ref="{ref}"/>'
        '<sheetViews><sheetView tabSelected="1" workbookViewId="0"/></sheetViews>'
        '<sheetFormatPr defaultRowHeight="15"/>'
        f"<sheetData>{rows}</sheetData>"
        '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>'
        "</worksheet>"
    )


# Excel 16: a terminologist's sheet "Terms" (the first tab) beside a sheet "Notes". The header
# names languages by tag and by name; "Russische Befreiungsarmee" was typed with its second
# word in bold (two runs); the note has a line break typed with Alt+Enter and saved as
# _x000D_ + LF; РОА carries a Japanese-IME phonetic guide; C2 (fr-CA) is empty, so Excel leaves
# it out and D2 says its column; row 3 is empty and not written; the id in A4 is a number.
EXCEL_SHARED = (
    HEAD + f'<sst xmlns="{MAIN}" count="12" uniqueCount="11">'
    "<si><t>id</t></si>"  # 0
    "<si><t>ru</t></si>"  # 1
    "<si><t>German (Germany)</t></si>"  # 2
    "<si><t>fr-CA</t></si>"  # 3
    "<si><t>Note</t></si>"  # 4
    '<si><t>РОА</t><rPh sb="0" eb="3"><t>ロア</t></rPh><phoneticPr fontId="1"/></si>'  # 5
    '<si><r><t xml:space="preserve">Russische </t></r><r><rPr><b/><sz val="11"/>'
    '<color theme="1"/><rFont val="Calibri"/><family val="2"/><scheme val="minor"/></rPr>'
    "<t>Befreiungsarmee</t></r></si>"  # 6
    "<si><t>Armée de terre soviétique_x000D_\n1918-1946</t></si>"  # 7
    "<si><t>Красная армия</t></si>"  # 8
    "<si><t>Rote Armee</t></si>"  # 9
    "<si><t>Armée rouge</t></si>"  # 10
    "</sst>"
)
EXCEL_TERMS = sheet(
    '<row r="1" spans="1:5"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c>'
    '<c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c><c r="E1" t="s"><v>4</v></c></row>'
    '<row r="2" spans="1:5"><c r="A2" t="s"><v>5</v></c><c r="B2" t="s"><v>5</v></c>'
    '<c r="C2" s="1" t="s"><v>6</v></c></row>'
    '<row r="4" spans="1:5"><c r="A4"><v>1918</v></c><c r="B4" t="s"><v>8</v></c>'
    '<c r="C4" t="s"><v>9</v></c><c r="D4" t="s"><v>10</v></c><c r="E4" t="s"><v>7</v></c></row>'
)
EXCEL_NOTES = sheet('<row r="1"><c r="A1" t="inlineStr"><is><t>not terms</t></is></c></row>')
EXCEL = workbook([("Terms", EXCEL_TERMS), ("Notes", EXCEL_NOTES)], EXCEL_SHARED)


def test_excel_workbook_first_sheet_is_read_as_the_csv_layouts_read(tmp_path: Path) -> None:
    g = loads(EXCEL, "xlsx", "terms.xlsx")
    assert g.languages == ["ru", "de-DE", "fr-CA"]
    roa, red = g.concepts
    assert roa.id == "РОА"
    assert [(t.lang, t.text) for t in roa.terms] == [
        ("ru", "РОА"),  # the phonetic guide is not part of the text
        ("de-DE", "Russische Befreiungsarmee"),  # two rich-text runs, one cell
    ]
    assert (red.id, red.line) == ("1918", 4)  # the sheet's row number
    assert [(t.lang, t.text) for t in red.terms] == [
        ("ru", "Красная армия"),
        ("de-DE", "Rote Armee"),
        ("fr-CA", "Armée rouge"),
    ]
    assert red.notes == {"": "Armée de terre soviétique\n1918-1946"}  # _x000D_ + LF: one break
    assert apply_text("Бойцы РОА", g, "de") == "Бойцы Russische Befreiungsarmee"
    assert save(g, tmp_path / "back.csv") == []
    assert load(tmp_path / "back.csv") == g
    assert save(g, tmp_path / "back.tbx") == [  # a number is no XML id
        "ids that are no XML names or are repeated (TBX's ids are xsd:ID: a letter or _ first, "
        "no spaces, each once): written '1918' as '_1918'"
    ]
    back = load(tmp_path / "back.tbx")
    back.concepts[1].id = "1918"
    assert back == g
    (tmp_path / "terms.xlsx").write_bytes(EXCEL)
    assert load(tmp_path / "terms.xlsx") == g


def test_a_sheet_by_name() -> None:
    rows, _ = sheet_rows(EXCEL, "t.xlsx", sheet="notes")  # exact name first, then any case
    assert rows == [(1, ["not terms"])]
    with pytest.raises(
        GlossaryError, match=r"no sheet 'Glossary' in the workbook \(it has 'Terms', 'Notes'\)"
    ):
        loads(EXCEL, "xlsx", "t.xlsx", sheet="Glossary")


# Apache POI SXSSFWorkbook (SheetDataWriter): inline strings, xml:space="preserve" on a string
# with outer spaces, numbers as Java doubles, booleans 1/0. The columns are memoQ's: entry
# fields, then for each language its terms, each followed by its Forbidden field.
POI_SHEET = sheet(
    '<row r="1"><c r="A1" t="inlineStr"><is><t>Entry_ID</t></is></c>'
    '<c r="B1" t="inlineStr"><is><t>Russian</t></is></c>'
    '<c r="C1" t="inlineStr"><is><t>German_Germany</t></is></c>'
    '<c r="D1" t="inlineStr"><is><t>German_Germany_Forbidden</t></is></c>'
    '<c r="E1" t="inlineStr"><is><t>German_Germany</t></is></c>'
    '<c r="F1" t="inlineStr"><is><t>German_Germany_Forbidden</t></is></c></row>'
    '<row r="2"><c r="A2" t="n"><v>17.0</v></c>'
    '<c r="B2" t="inlineStr"><is><t xml:space="preserve"> РОА </t></is></c>'
    '<c r="C2" t="inlineStr"><is><t>Russische Befreiungsarmee</t></is></c>'
    '<c r="D2" t="b"><v>0</v></c>'
    '<c r="E2" t="inlineStr"><is><t>Wlassow-Armee</t></is></c>'
    '<c r="F2" t="b"><v>1</v></c></row>',
    ref="A1:F2",
)


def test_poi_inline_strings_numbers_and_booleans() -> None:
    g = loads(workbook([("Sheet0", POI_SHEET)]), "xlsx", "export.xlsx")
    c = g.concepts[0]
    assert c.id == "17"  # Java's 17.0 is the number 17
    assert [(t.lang, t.text, t.status) for t in c.terms] == [
        ("ru", "РОА", "preferred"),
        ("de-DE", "Russische Befreiungsarmee", "preferred"),
        ("de-DE", "Wlassow-Armee", "deprecated"),  # Forbidden TRUE
    ]
    assert apply_text("РОА", g, "de") == "Russische Befreiungsarmee"
    assert apply_text("Wlassow-Armee", g, "de") == "Russische Befreiungsarmee"


def test_an_error_cell_is_empty_with_a_warning() -> None:
    rows = sheet(
        '<row r="1"><c r="A1" t="inlineStr"><is><t>ru</t></is></c>'
        '<c r="B1" t="inlineStr"><is><t>fr</t></is></c></row>'
        '<row r="2"><c r="A2" t="inlineStr"><is><t>РОА</t></is></c>'
        '<c r="B2" t="e"><f>VLOOKUP(A2,Sheet2!A:B,2,FALSE)</f><v>#N/A</v></c></row>'
    )
    g = loads(workbook([("S", rows)]), "xlsx", "e.xlsx")
    assert [t.text for t in g.concepts[0].terms] == ["РОА"]
    assert g.warnings == [
        "e.xlsx (xl/worksheets/sheet1.xml):2: cell B2 holds the error #N/A: read as empty"
    ]


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.dictionaries(
            st.integers(0, 40),
            st.text(
                st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")),
                min_size=1,
                max_size=8,
            ),
            max_size=6,
        ),
        min_size=1,
        max_size=6,
    ),
    st.booleans(),
)
def test_cells_come_back_in_their_columns(grid: list[dict[int, str]], inline: bool) -> None:
    """Whatever the gaps between cells, and whether strings are shared or inline, each row's
    cells come back at their column, rows without a visible cell are left out."""
    strings: list[str] = []
    xml = []
    for r, cells in enumerate(grid, 1):
        out = []
        for col, text in sorted(cells.items()):
            ref = ("" if col < 26 else chr(64 + col // 26)) + chr(65 + col % 26) + str(r)
            t = escape(text).replace("\r", "&#13;")
            if inline:
                out.append(
                    f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{t}</t></is></c>'
                )
            else:
                strings.append(t)
                out.append(f'<c r="{ref}" t="s"><v>{len(strings) - 1}</v></c>')
        xml.append(f'<row r="{r}">{"".join(out)}</row>')
    shared = (
        None
        if inline
        else (
            f'<sst xmlns="{MAIN}">'
            + "".join(f'<si><t xml:space="preserve">{s}</t></si>' for s in strings)
            + "</sst>"
        )
    )
    rows, _ = sheet_rows(workbook([("S", sheet("".join(xml)))], shared), "p.xlsx")
    want = [
        (r, [cells.get(i, "").replace("\r\n", "\n") for i in range(max(cells) + 1)])
        for r, cells in enumerate(grid, 1)
        if any(v.strip() for v in cells.values())
    ]
    assert rows == want


# -- untrusted input -----------------------------------------------------------------------------


def test_a_zip_bomb_part_is_refused_before_it_is_unpacked() -> None:
    bomb = sheet(
        '<row r="1"><c r="A1" t="inlineStr"><is><t>ru</t></is></c></row>' + " " * (4 << 20)
    )
    data = workbook([("S", bomb)])
    with pytest.raises(
        GlossaryError,
        match=r"^b\.xlsx: XLSX part xl/worksheets/sheet1\.xml unpacks [\d,]+ bytes to 4,[\d,]+ \(more than 200x\); refused as a possible ZIP bomb",
    ):
        loads(data, "xlsx", "b.xlsx")


def test_what_a_workbook_unpacks_to_is_bounded(tmp_path: Path) -> None:
    p = tmp_path / "big.xlsx"
    rows = "".join(
        f'<row r="{r}"><c r="A{r}" t="inlineStr"><is><t>Красная армия {r}</t></is></c></row>'
        for r in range(1, 3001)
    )
    p.write_bytes(data := workbook([("S", sheet(rows))]))
    with pytest.raises(
        GlossaryError,
        match=r"^.*big\.xlsx: XLSX part \S+ unpacks to more than the [\d.,]+ (?:bytes|[KMG]iB) left of the limit",
    ):
        load(p, max_bytes=len(data) + 1000)  # the file fits, what it unpacks to does not


def test_a_part_whose_zip_header_lies_about_its_size_is_refused() -> None:
    row = '<row r="1"><c r="A1" t="inlineStr"><is><t>ru</t></is></c></row>'
    data = bytearray(workbook([("S", sheet(row * 200))]))
    member = "xl/worksheets/sheet1.xml"
    info = zipfile.ZipFile(io.BytesIO(bytes(data))).getinfo(member)
    small = (100).to_bytes(4, "little")
    data[info.header_offset + 22 : info.header_offset + 26] = small  # local header
    central = data.find(b"PK\x01\x02")  # the central directory: what zipfile believes
    while data[central + 46 : central + 46 + len(member)] != member.encode():
        central = data.find(b"PK\x01\x02", central + 4)
    data[central + 24 : central + 28] = small
    with pytest.raises(
        GlossaryError, match=r"lie\.xlsx \(xl/worksheets/sheet1\.xml\): XLSX part cannot"
    ):
        loads(bytes(data), "xlsx", "lie.xlsx")


def test_too_many_zip_members_are_refused() -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for i in range(MAX_MEMBERS + 1):
            z.writestr(f"x/{i}", b"")
    with pytest.raises(
        GlossaryError,
        match=r"^m\.xlsx: an XLSX file of 10,001 ZIP members \(at most 10,000\); refused",
    ):
        loads(buf.getvalue(), "xlsx", "m.xlsx")


def test_entities_in_a_part_are_refused_as_in_tbx() -> None:
    xxe = (
        '<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        f'<sst xmlns="{MAIN}"><si><t>&x;</t></si></sst>'
    )
    data = workbook([("S", sheet('<row r="1"><c r="A1" t="s"><v>0</v></c></row>'))], xxe)
    with pytest.raises(
        GlossaryError, match=r"x\.xlsx \(xl/sharedStrings\.xml\):1: XML declares entities"
    ):
        loads(data, "xlsx", "x.xlsx")


@pytest.mark.parametrize(
    ("data", "name", "says"),
    [
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504), "old.xlsx", "an Excel 97-2003 workbook"),
        (b"ru,de\n", "not.xlsx", "not an XLSX workbook \\(not a readable ZIP file"),
        (EXCEL, "terms.csv", "a ZIP file \\(an Excel workbook\\?\\), not CSV; name it .xlsx"),
        (EXCEL, "terms.txt", "a ZIP file \\(an Excel workbook\\?\\), not TSV"),
    ],
)
def test_a_file_that_is_not_what_its_name_says(
    tmp_path: Path, data: bytes, name: str, says: str
) -> None:
    p = tmp_path / name
    p.write_bytes(data)
    with pytest.raises(GlossaryError, match=says):
        load(p)


def test_formats_not_read_say_what_to_do(tmp_path: Path) -> None:
    with pytest.raises(
        GlossaryError, match=r"\.xls is an Excel 97-2003 workbook: save it as \.xlsx or as CSV"
    ):
        (tmp_path / "old.xls").write_bytes(b"\xd0\xcf\x11\xe0")  # (a missing one: no such file)
        load(tmp_path / "old.xls")


# -- writing -------------------------------------------------------------------------------------


def test_written_workbook_has_excels_parts_and_reads_back(tmp_path: Path) -> None:
    g = loads(EXCEL, "xlsx", "t.xlsx")
    g.concepts[0].notes[""] = "=SUM(A1)\rsee _x0041_"  # a formula-like text, a lone CR, a _x
    assert save(g, tmp_path / "out.xlsx") == []
    assert load(tmp_path / "out.xlsx") == g
    with zipfile.ZipFile(tmp_path / "out.xlsx") as z:
        assert z.namelist() == [
            "[Content_Types].xml",
            "_rels/.rels",
            "xl/workbook.xml",
            "xl/_rels/workbook.xml.rels",
            "xl/worksheets/sheet1.xml",
        ]
        types = z.read("[Content_Types].xml").decode()
        assert (
            '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
            'officedocument.spreadsheetml.sheet.main+xml"/>'
        ) in types
        assert (
            '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.'
            'openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        ) in types
        assert (
            f'Type="{DOC_R}/officeDocument" Target="xl/workbook.xml"'
            in z.read("_rels/.rels").decode()
        )
        assert (
            '<sheet name="Glossary" sheetId="1" r:id="rId1"/>' in z.read("xl/workbook.xml").decode()
        )
        body = z.read("xl/worksheets/sheet1.xml").decode()
    assert body.startswith(
        HEAD.replace("\r\n", "\n") + f'<worksheet xmlns="{MAIN}"><sheetData><row r="1">'
    )
    # a string cell, never a formula: no ' in front as CSV needs; CR as Excel writes it
    assert ('<c r="H2" t="inlineStr"><is><t>=SUM(A1)_x000D_see _x005F_x0041_</t></is></c>') in body
    assert '<row r="3"><c r="A3" t="inlineStr"><is><t>1918</t></is></c>' in body
    assert '<c r="B2"' not in body  # the empty subject cell is left out, as Excel does


def test_a_cell_longer_than_excel_holds_is_refused(tmp_path: Path) -> None:
    g = loads(EXCEL, "xlsx", "t.xlsx")
    g.concepts[1].notes[""] = "n" * 32_768
    with pytest.raises(
        GlossaryError, match=r"a cell of 32,768 characters \(a sheet's cell holds 32,767\)"
    ):
        save(g, tmp_path / "out.xlsx")
    assert list(tmp_path.iterdir()) == []


# -- command line --------------------------------------------------------------------------------


def test_cli_format_choices_are_the_library_formats() -> None:
    from translit.cli import glossary as cmd

    assert tuple(cmd._FORMAT_CHOICES.choices) == FORMATS
    assert tuple(cmd._WRITE_CHOICES.choices) == WRITTEN


def test_cli_converts_a_named_sheet_and_writes_xlsx(tmp_path: Path) -> None:
    (tmp_path / "t.xlsx").write_bytes(EXCEL)
    runner = CliRunner()
    out = tmp_path / "t.tbx"
    r = runner.invoke(
        cli, ["glossary", "convert", str(tmp_path / "t.xlsx"), str(out), "--sheet", "Terms"]
    )
    assert r.exit_code == 0, r.output
    assert [c.id for c in load(out)] == ["РОА", "1918"]  # (written _1918, read back 1918)
    assert "written '1918' as '_1918'" in r.output
    r = runner.invoke(cli, ["glossary", "convert", str(out), str(tmp_path / "back.xlsx")])
    assert r.exit_code == 0, r.output
    assert load(tmp_path / "back.xlsx") == load(out)
    r = runner.invoke(cli, ["glossary", "check", str(tmp_path / "t.xlsx"), "--sheet", "Nope"])
    assert r.exit_code == 1 and "no sheet 'Nope'" in r.output


@settings(max_examples=150, deadline=None)
@given(st.data())
def test_a_damaged_workbook_is_read_or_refused_with_a_glossary_error(data: st.DataObject) -> None:
    """Bytes changed anywhere (ZIP headers, compressed XML) or the file cut short: the result
    is a glossary or a GlossaryError naming the file, never another exception."""
    raw = bytearray(EXCEL)
    if data.draw(st.booleans(), "cut"):
        raw = raw[: data.draw(st.integers(0, len(raw)), "at")]
    for _ in range(data.draw(st.integers(1, 8), "changes")):
        if raw:
            raw[data.draw(st.integers(0, len(raw) - 1), "where")] = data.draw(st.integers(0, 255))
    try:
        loads(bytes(raw), "xlsx", "damaged.xlsx")
    except GlossaryError as exc:
        assert str(exc).startswith("damaged.xlsx")


@pytest.mark.parametrize(
    ("rows", "says"),
    [
        (
            '<row r="x"><c r="A1" t="inlineStr"><is><t>ru</t></is></c></row>',
            r"row number 'x' is not one of a sheet's \(1 to 1,048,576\)",
        ),
        ('<row r="1048577"><c t="inlineStr"><is><t>ru</t></is></c></row>', "row number '1048577'"),
        (
            '<row r="1"><c r="XFE1" t="inlineStr"><is><t>ru</t></is></c></row>',
            "cell XFE1 out of a sheet's range",
        ),
        (
            '<row r="1"><c r="A1" t="s"><v>3</v></c></row>',
            "cell A1 names shared string '3', which the workbook does not have",
        ),
    ],
)
def test_a_broken_sheet_is_an_error_naming_its_part(rows: str, says: str) -> None:
    with pytest.raises(GlossaryError, match=r"^b\.xlsx \(xl/worksheets/sheet1\.xml\):\d+: " + says):
        loads(workbook([("S", sheet(rows))]), "xlsx", "b.xlsx")


def test_rows_out_of_order_are_read_in_order_of_their_numbers() -> None:
    rows = (
        '<row r="2"><c r="A2" t="inlineStr"><is><t>РОА</t></is></c></row>'
        '<row r="1"><c r="A1" t="inlineStr"><is><t>ru</t></is></c>'
        '<c r="B1" t="inlineStr"><is><t>de</t></is></c></row>'
    )
    assert sheet_rows(workbook([("S", sheet(rows))]), "o.xlsx")[0] == [
        (1, ["ru", "de"]),
        (2, ["РОА"]),
    ]


def test_a_workbook_without_sheets_or_parts_says_what_is_missing() -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
    with pytest.raises(GlossaryError, match=r"^n\.xlsx: not an XLSX workbook: no xl/workbook\.xml"):
        loads(buf.getvalue(), "xlsx", "n.xlsx")
    data = workbook(
        [("S", sheet(""))],
        extra={"xl/_rels/workbook.xml.rels": f'<Relationships xmlns="{PKG_R}"/>'},
    )
    with pytest.raises(GlossaryError, match=r"^n\.xlsx: the XLSX workbook has no worksheet"):
        loads(data, "xlsx", "n.xlsx")


def test_strict_open_xml_namespaces() -> None:
    """Excel's "Strict Open XML Spreadsheet" save: the same parts in the ISO 29500 strict
    namespaces (purl.oclc.org)."""
    strict = {
        MAIN: "http://purl.oclc.org/ooxml/spreadsheetml/main",
        DOC_R: "http://purl.oclc.org/ooxml/officeDocument/relationships",
    }
    buf = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(EXCEL)) as src, zipfile.ZipFile(buf, "w") as dst:
        for info in src.infolist():
            text = src.read(info).decode("utf-8")
            for old, new in strict.items():
                text = text.replace(old, new)
            dst.writestr(info.filename, text)
    assert loads(buf.getvalue(), "xlsx", "s.xlsx") == loads(EXCEL, "xlsx", "t.xlsx")


def _inline(ref: str, text: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


HEADER_ROW = '<row r="1">' + _inline("A1", "ru") + _inline("B1", "en") + "</row>"


@pytest.mark.parametrize("index", ["-1", "-2", "1_0", " +1", "١"])
def test_a_shared_string_index_is_digits(index: str) -> None:
    # int() reads -1 as the last string (a term silently taken from elsewhere), 1_0 as 10
    shared = HEAD + f'<sst xmlns="{MAIN}">' + "<si><t>x</t></si>" * 11 + "</sst>"
    rows = HEADER_ROW + f'<row r="2"><c r="A2" t="s"><v>{index}</v></c>{_inline("B2", "y")}</row>'
    with pytest.raises(GlossaryError, match=r"cell A2 names shared string .*does not have"):
        loads(workbook([("S", sheet(rows))], shared), "xlsx", "i.xlsx")


def test_two_cells_at_one_place_are_refused_not_one_dropped() -> None:
    rows = HEADER_ROW + '<row r="2">' + _inline("A2", "Москва") + _inline("A2", "Ленинград")
    rows += _inline("B2", "Moscow") + "</row>"
    with pytest.raises(
        GlossaryError, match=r"^d\.xlsx \(xl/worksheets/sheet1\.xml\):2: two cells at A2"
    ):
        loads(workbook([("S", sheet(rows))]), "xlsx", "d.xlsx")
    # a cell without a reference after C2 is D2: also a second cell at a place
    rows = HEADER_ROW + '<row r="2"><c r="B2" t="inlineStr"><is><t>a</t></is></c>'
    rows += (
        '<c t="inlineStr"><is><t>b</t></is></c><c r="C2" t="inlineStr"><is><t>c</t></is></c></row>'
    )
    with pytest.raises(GlossaryError, match="two cells at C2"):
        loads(workbook([("S", sheet(rows))]), "xlsx", "d.xlsx")


def test_far_columns_in_many_rows_are_refused_before_memory_runs_out() -> None:
    # 20,000 rows with a cell in XFD: 327 million cells once the gaps were filled in (88 s and
    # 2.7 GB from a 146 KB file); one such row is read as it was
    from translit.glossary.xlsx import MAX_CELLS

    far = "".join(f'<row r="{i}">{_inline(f"A{i}", "а")}{_inline(f"XFD{i}", "b")}</row>'
                  for i in range(2, 20_002))  # fmt: skip
    with pytest.raises(GlossaryError, match=rf"more than {MAX_CELLS:,} cells .* column XFD"):
        sheet_rows(workbook([("S", sheet(HEADER_ROW + far))]), "f.xlsx")
    rows, _ = sheet_rows(
        workbook([("S", sheet(HEADER_ROW + far[: far.index("</row>") + 6]))]), "f.xlsx"
    )
    assert rows[1][0] == 2 and len(rows[1][1]) == 16_384 and rows[1][1][-1] == "b"


def test_two_zip_members_of_one_name_are_refused() -> None:
    data = workbook([("S", sheet(HEADER_ROW))])
    buf = io.BytesIO(data)
    with pytest.warns(UserWarning, match="Duplicate name"), zipfile.ZipFile(buf, "a") as z:
        z.writestr("xl/worksheets/sheet1.xml", sheet(HEADER_ROW.replace("en", "de")))
    with pytest.raises(GlossaryError, match=r"two ZIP members named xl/worksheets/sheet1\.xml"):
        loads(buf.getvalue(), "xlsx", "z.xlsx")


def test_an_inline_string_written_as_a_value_is_read() -> None:
    rows = HEADER_ROW + '<row r="2"><c r="A2" t="inlineStr"><v>РОА</v></c>'
    rows += _inline("B2", "ROA") + "</row>"
    assert sheet_rows(workbook([("S", sheet(rows))]), "v.xlsx")[0][1] == (2, ["РОА", "ROA"])


@pytest.mark.parametrize("name", ["", "x" * 32, "a/b", "a:b", "[a]", "a?", "a*", "a\\b", "a\x01",
                                  "'a", "a'", "a\ud800"])  # fmt: skip
def test_a_sheet_name_excel_refuses_is_not_written(tmp_path: Path, name: str) -> None:
    from translit.errors import ParameterError

    g = loads(EXCEL, "xlsx", "terms.xlsx")
    with pytest.raises(ParameterError, match=r"`sheet` .* cannot name a sheet"):
        save(g, tmp_path / "out.xlsx", sheet=name)
    assert not (tmp_path / "out.xlsx").exists()
    save(g, tmp_path / "ok.xlsx", sheet="Термины " + "x" * 23)  # 31 characters
    assert load(tmp_path / "ok.xlsx", sheet="Термины " + "x" * 23).languages == g.languages


def test_a_sheet_is_read_row_by_row_not_as_a_whole_tree() -> None:
    # a sheet of 1,000,000 rows (4 MB packed) took 1.6 GB as an lxml tree before a row was
    # read; row by row, what stays is the rows' text. Here 200,000 rows, in a fresh process
    script = f"""
import io, resource, zipfile, sys
sys.path.insert(0, {str(Path(__file__).parent)!r})
from test_glossary_xlsx import workbook, sheet
from translit.glossary.xlsx import sheet_rows
rows = "".join(f'<row r="{{i}}"><c r="A{{i}}"><v>{{i}}</v></c><c r="B{{i}}"><v>{{i * 7}}</v></c></row>'
               for i in range(1, 200_001))
data = workbook([("S", sheet(rows))])
del rows
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
got, _ = sheet_rows(data, "m.xlsx")
grew = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before
print(len(got), got[-1], grew // 1024)
"""
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=600, check=False
    )
    assert done.returncode == 0, done.stderr[-2000:]
    n, grew = done.stdout.split()[0], int(done.stdout.split()[-1])
    assert n == "200000" and "(200000, ['200000', '1400000'])" in done.stdout
    assert grew < 100, f"{grew} MB for 200,000 rows"


_HEAD_ROW = (
    '<row r="1"><c r="A1" t="inlineStr"><is><t>ru</t></is></c>'
    '<c r="B1" t="inlineStr"><is><t>en</t></is></c></row>'
)


def test_a_formula_without_a_saved_result_is_empty_with_a_warning() -> None:
    """A workbook written by a library that computes nothing (openpyxl writes ``=LOWER(…)`` as
    ``<f>`` without ``<v>``): the cell was read as empty in silence, and the term lost
    (hostile12). A formula with its saved result is read as that result."""
    rows = sheet(
        _HEAD_ROW + '<row r="2"><c r="A2" t="inlineStr"><is><t>Щука</t></is></c>'
        '<c r="B2"><f>LOWER("PIKE")</f></c></row>'
        '<row r="3"><c r="A3" t="inlineStr"><is><t>Ёж</t></is></c>'
        '<c r="B3" t="str"><f>LOWER("HEDGEHOG")</f><v>hedgehog</v></c></row>'
    )
    g = loads(workbook([("Terms", rows)]), "xlsx", "t.xlsx")
    assert [[t.text for t in c.terms] for c in g.concepts] == [["Щука"], ["Ёж", "hedgehog"]]
    assert g.warnings == [
        't.xlsx (xl/worksheets/sheet1.xml):2: cell B2 holds a formula (LOWER("PIKE")) with no '
        "saved result: read as empty; open the workbook in a spreadsheet and save it, which "
        "stores the results"
    ]


def test_cells_merged_over_rows_are_read_with_a_warning() -> None:
    """B2:B3 merged shows "pike" beside both rows, but the file holds it in B2 only: the second
    row's term was empty in silence (hostile12). A merge within one row (a title) is no news."""
    rows = sheet(
        _HEAD_ROW + '<row r="2"><c r="A2" t="inlineStr"><is><t>Щука</t></is></c>'
        '<c r="B2" t="inlineStr"><is><t>pike</t></is></c></row>'
        '<row r="3"><c r="A3" t="inlineStr"><is><t>Щучка</t></is></c><c r="B3"/></row>'
    ).replace(
        "</sheetData>",
        '</sheetData><mergeCells count="2"><mergeCell ref="B2:B3"/><mergeCell ref="C1:D1"/>'
        "</mergeCells>",
    )
    g = loads(workbook([("Terms", rows)]), "xlsx", "t.xlsx")
    assert [[t.text for t in c.terms] for c in g.concepts] == [["Щука", "pike"], ["Щучка"]]
    assert g.warnings == [
        "t.xlsx (xl/worksheets/sheet1.xml):2: cells B2:B3 are merged: only B2 holds its value, "
        "the other rows read it as empty; unmerge them and fill each row"
    ]


def test_a_date_cell_is_read_as_its_date() -> None:
    """A cell Excel shows as a date holds a serial number, its style says how to show it: a
    date in a note or source column was read as 45292 (hostile12). A built-in date format (14),
    a custom one (dd/mm/yyyy) and the 1904 date system are read as ISO 8601; a custom format
    with "d" only inside quoted text stays a number."""
    styles = (
        HEAD + f'<styleSheet xmlns="{MAIN}"><numFmts count="2">'
        '<numFmt numFmtId="164" formatCode="dd/mm/yyyy\\ hh:mm;@"/>'
        '<numFmt numFmtId="165" formatCode="&quot;No. d&quot;0"/></numFmts>'
        '<cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/>'
        '<xf numFmtId="164"/><xf numFmtId="165"/></cellXfs></styleSheet>'
    )
    rows = sheet(
        '<row r="1"><c r="A1" t="inlineStr"><is><t>ru</t></is></c>'
        '<c r="B1" t="inlineStr"><is><t>id</t></is></c><c r="C1" t="inlineStr"><is><t>note</t>'
        '</is></c><c r="D1" t="inlineStr"><is><t>source</t></is></c></row>'
        '<row r="2"><c r="A2" t="inlineStr"><is><t>Щука</t></is></c><c r="B2" s="3"><v>7</v></c>'
        '<c r="C2" s="1"><v>45292</v></c><c r="D2" s="2"><v>45292.5</v></c></row>'
    )
    c = loads(workbook([("S", rows)], extra={"xl/styles.xml": styles}), "xlsx", "x.xlsx").concepts[
        0
    ]
    assert (c.id, c.notes[""], c.source) == ("7", "2024-01-01", "2024-01-01 12:00:00")
    book1904 = workbook([("S", rows)], extra={"xl/styles.xml": styles})
    with zipfile.ZipFile(io.BytesIO(book1904)) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    parts["xl/workbook.xml"] = parts["xl/workbook.xml"].replace(
        b'<workbookPr defaultThemeVersion="166925"/>', b'<workbookPr date1904="1"/>'
    )
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in parts.items():
            z.writestr(name, data)
    c = loads(buf.getvalue(), "xlsx", "x.xlsx").concepts[0]
    assert c.notes[""] == "2028-01-02"  # 45292 days after 1 January 1904
