"""XLSX (Excel workbook) glossaries: one sheet read as :mod:`.tabular` reads a CSV file, and
written in its multilingual layout (:func:`write_xlsx`).

An ``.xlsx`` file is a ZIP of XML parts (ECMA-376 Office Open XML, SpreadsheetML, transitional
or strict): ``xl/workbook.xml`` lists the sheets in tab order, ``xl/_rels/workbook.xml.rels``
maps each to its part (``xl/worksheets/sheet1.xml``) and ``xl/sharedStrings.xml`` holds the
strings that cells name by number. The first sheet in tab order is read, or the one named by
``sheet=``; its first row with a cell is the header, and the layouts are those of CSV
(multilingual, memoQ, Trados, Transifex, Weblate, headerless OmegaT). A cell is read as:

- ``t="s"``: a shared string; rich text (``<r><t>`` runs) is joined, phonetic guides
  (``<rPh>``) left out, Excel's ``_x000D_`` escapes decoded and CRLF read as one line end;
- ``t="inlineStr"``: the string in the cell (``<is>``), as Apache POI's streaming writer and
  other Java exporters write it;
- ``t="str"``: a formula's cached result; ``t="b"``: ``TRUE``/``FALSE``;
- a number (no ``t``, or ``t="n"``) as written, an integral ``17.0`` (Java's way) as ``17``;
  one whose style shows it as a date or a time (``styles.xml``) as ISO 8601, ``2024-01-01``;
- ``t="e"`` (``#N/A``): empty, with a warning;
- a formula without a saved result (``<f>`` and no ``<v>``, as libraries that compute nothing
  write it): empty, with a warning to open and save the workbook in a spreadsheet.

Cells merged over several rows (``<mergeCell ref="B2:B3">``) hold the value in the first cell
only; the rows below read an empty cell, with a warning (a merge within one row changes none).

Excel leaves empty cells out: a cell's column is its ``r`` reference (``C5`` → the third),
so a gap is an empty cell. Line numbers in messages are the sheet's row numbers.

The file is untrusted input. Every XML part goes through :func:`._xml.parse_xml` (no
entities, no DTD, no network), and before a part is unpacked the ZIP is checked against
:data:`MAX_MEMBERS` members, a total unpacked size of ``max_bytes`` (the glossary size limit)
and, for parts over 1 MiB, :data:`MAX_RATIO` unpacked bytes per packed byte; the unpacking
itself stops at those limits whatever the ZIP headers claim (ZIP bombs). The text the sheet's
cells hand on is held to ``max_bytes`` characters too: a shared string unpacked once may be
named by every cell (a shared-strings bomb).
"""

from __future__ import annotations

import datetime
import functools
import io
import posixpath
import re
import zipfile
import zlib
from typing import IO, Any, NamedTuple
from xml.sax.saxutils import escape, quoteattr

from ..errors import GlossaryError, ParameterError, shown, size_said
from ._xml import MAX_XML_BYTES, iter_elements, parse_xml
from .model import Glossary
from .tabular import multi_rows, read_rows

__all__ = [
    "MAX_CELL",
    "MAX_CELLS",
    "MAX_MEMBERS",
    "MAX_RATIO",
    "read_xlsx",
    "sheet_rows",
    "write_xlsx",
]

#: Most ZIP members an XLSX file may have (Excel writes about a dozen; images add one each).
MAX_MEMBERS = 10_000
#: Most unpacked bytes per packed byte of a part over 1 MiB (XML compresses about 10-30x;
#: a ZIP bomb about 1000x).
MAX_RATIO = 200
_RATIO_FLOOR = 1 << 20
#: The last column of a sheet (XFD) and the last row (Excel's limits).
_MAX_COL, _MAX_ROW = 16_384, 1_048_576
#: Most cells a sheet's rows hand on, the empty ones before each row's last cell included (a
#: cell in column XFD makes 16,384 of one row; a glossary has a few columns).
MAX_CELLS = 10_000_000

#: What zipfile raises on a damaged or unusual archive (an encrypted member: RuntimeError; a
#: damaged deflate stream: zlib.error; a name not UTF-8 though flagged so: UnicodeDecodeError).
_ZIP_ERRORS: tuple[type[BaseException], ...] = (
    zipfile.BadZipFile,
    zlib.error,
    OSError,
    ValueError,
    EOFError,
    NotImplementedError,
    RuntimeError,
)
try:
    import lzma

    _ZIP_ERRORS += (lzma.LZMAError,)
except ImportError:  # pragma: no cover - a Python built without lzma reads no LZMA member
    pass

#: The stream an encrypted OOXML file keeps its ZIP in (MS-OFFCRYPTO 2.3.4.4), as its OLE
#: directory entry spells the name (UTF-16 LE).
_ENCRYPTED = "EncryptedPackage".encode("utf-16-le")
_REF = re.compile(r"([A-Za-z]{1,3})(\d+)")
_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")
_INTEGRAL = re.compile(r"-?\d+\.0+")
_REL_ID = "id"  # r:id, in the transitional or the strict relationships namespace


def _local(tag: Any) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


class _Package:
    """The members of an XLSX ZIP, unpacked within the limits."""

    def __init__(self, data: bytes, path: str, max_bytes: int) -> None:
        self.path = path
        self.left = max_bytes
        if data[:4] == b"\xd0\xcf\x11\xe0":  # an OLE compound file: .xls, or an encrypted .xlsx
            if _ENCRYPTED in data:  # (Excel's "Encrypt with Password" wraps the ZIP in one:
                raise GlossaryError(  # it was called an .xls, to be saved as .xlsx)
                    "a workbook encrypted with a password, which translit cannot open; remove "
                    "the password in Excel (File > Info > Protect Workbook) and save it again, "
                    "or save it as CSV",
                    path,
                )
            raise GlossaryError(
                "an Excel 97-2003 workbook (.xls), not XLSX; save it as .xlsx or as CSV", path
            )
        try:
            self.zip = zipfile.ZipFile(io.BytesIO(data))
            infos = self.zip.infolist()
        except _ZIP_ERRORS as exc:
            raise GlossaryError(
                f"not an XLSX workbook (not a readable ZIP file: {exc}); save it from Excel as "
                "'Excel Workbook (.xlsx)', or as CSV",
                path,
            ) from None
        if len(infos) > MAX_MEMBERS:
            raise GlossaryError(
                f"an XLSX file of {len(infos):,} ZIP members (at most {MAX_MEMBERS:,}); refused as "
                "a possible ZIP bomb: save the glossary sheet alone, or as CSV",
                path,
            )
        self.names: dict[str, zipfile.ZipInfo] = {}  # (by part name: see _part)
        for info in infos:  # zipfile reads the last of two, another tool the first
            if (other := self.names.setdefault(_part(info.filename), info)) is not info:
                named = info.filename if other.filename == info.filename else (
                    f"{other.filename} and {info.filename}, one part name in any case"
                )  # fmt: skip
                raise GlossaryError(
                    f"the XLSX file holds two ZIP members named {named}, which readers "
                    "may take differently; refused: open the file in a spreadsheet and save it "
                    "again",
                    path,
                )

    def read(self, name: str) -> bytes | None:
        """The unpacked bytes of member ``name`` (``None`` when absent), within the limits."""
        info = self.names.get(_part(name))
        if info is None:
            return None
        where = f"{self.path} ({name})"
        if info.flag_bits & 1:  # ("File <ZipInfo filename=… file_size=244> is encrypted, …")
            raise GlossaryError(
                "XLSX part is encrypted (a ZIP password); save the workbook without one, or as CSV",
                where,
            )
        if info.file_size > _RATIO_FLOOR and info.file_size > MAX_RATIO * max(
            info.compress_size, 1
        ):
            raise GlossaryError(
                f"XLSX part {name} unpacks {info.compress_size:,} bytes to {info.file_size:,} "
                f"(more than {MAX_RATIO}x); refused as a possible ZIP bomb: open the file in a "
                "spreadsheet and save it again, or as CSV",
                self.path,
            )
        if info.file_size > self.left:
            raise GlossaryError(self._too_big(name), self.path)
        try:
            with self.zip.open(info) as fh:  # never more than what is left, whatever it claims
                out = fh.read(self.left + 1)
        except _ZIP_ERRORS as exc:
            raise GlossaryError(
                f"XLSX part cannot be unpacked ({exc}): the file is damaged or cut short; open "
                "it in a spreadsheet and save it again, or as CSV",
                where,
            ) from None
        if len(out) > self.left:
            raise GlossaryError(self._too_big(name), self.path)
        self.left -= len(out)
        return out

    def _too_big(self, name: str) -> str:
        return (
            f"XLSX part {name} unpacks to more than the {size_said(self.left)} left of the limit; "
            "refused (a ZIP bomb, or a glossary to split: save each sheet as CSV, or pass "
            "max_bytes=)"
        )

    def xml(self, name: str) -> Any:
        data = self.read(name)
        return None if data is None else parse_xml(data, f"{self.path} ({name})")


def _part(name: str) -> str:
    """The member ``name`` as OPC compares part names: ASCII letters in any case are the same
    (ECMA-376 Part 2, §9.1.1.1.2): a workbook written with ``XL/Workbook.xml`` beside a
    relationship naming ``xl/workbook.xml`` was "no xl/workbook.xml".

    >>> _part("XL/Worksheets/Sheet1.XML"), _part("xl/Ä.xml")
    ('xl/worksheets/sheet1.xml', 'xl/Ä.xml')
    """
    return name.encode("utf-8", "surrogateescape").lower().decode("utf-8", "surrogateescape")


def _rels(pkg: _Package, part: str) -> dict[str, tuple[str, str]]:
    """Relationship id → (type, member name) of ``part`` (targets resolved against its folder)."""
    folder, base = posixpath.split(part)
    root = pkg.xml(posixpath.join(folder, "_rels", base + ".rels"))
    out: dict[str, tuple[str, str]] = {}
    for rel in () if root is None else root:
        target = rel.get("Target") or ""
        if rel.get("TargetMode") == "External" or not target:
            continue
        name = target.lstrip("/") if target.startswith("/") else posixpath.join(folder, target)
        out[rel.get("Id") or ""] = (rel.get("Type") or "", posixpath.normpath(name))
    return out


def _sheets(pkg: _Package) -> tuple[list[tuple[str, str]], str, _Dates]:
    """(sheet name, member name) of every worksheet in tab order, the shared strings part and
    how the workbook writes dates."""
    book = "xl/workbook.xml"
    root_rels = _rels(pkg, "")
    for kind, target in root_rels.values():
        if kind.endswith("/officeDocument"):
            book = target
    root = pkg.xml(book)
    if root is None:
        raise GlossaryError(f"not an XLSX workbook: no {book}", pkg.path)
    rels = _rels(pkg, book)
    out = []
    for el in root.iter():
        if _local(el.tag) != "sheet":
            continue
        rid = next((v for k, v in el.attrib.items() if "}" in k and _local(k) == _REL_ID), "")
        kind, target = rels.get(rid, ("", ""))
        if target and not kind.endswith(("/chartsheet", "/dialogsheet", "/macrosheet")):
            out.append((el.get("name") or target, target))
    shared = next((t for k, t in rels.values() if k.endswith("/sharedStrings")), None)
    styles = next((t for k, t in rels.values() if k.endswith("/styles")), None)
    pr = next((el for el in root.iter() if _local(el.tag) == "workbookPr"), None)
    date1904 = pr is not None and (pr.get("date1904") or "").lower() in ("1", "true")
    dates = _Dates(_date_styles(pkg.xml(styles) if styles else None), date1904)
    return out, shared or posixpath.join(posixpath.dirname(book), "sharedStrings.xml"), dates


class _Dates(NamedTuple):
    """The cell styles (``s``) that show a number as a date or time, and the 1904 date system."""

    styles: frozenset[str]
    date1904: bool = False


#: Excel's built-in number formats of dates and times (ECMA-376 part 1, 18.8.30)
_DATE_FORMATS = frozenset({14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47})
#: a format code without its quoted text, [colours]/[h], escapes and padding: what is left
#: holds d, m, y, h or s only when it shows a date or a time
_FORMAT_NOISE = re.compile(r'"[^"]*"|\[[^\]]*\]|\\.|[_*].')


def _date_styles(root: Any) -> frozenset[str]:
    """The indexes (as written in a cell's ``s``) of the styles of ``styles.xml`` whose number
    format is a date or a time."""
    if root is None:
        return frozenset()
    custom = {
        el.get("numFmtId") or "": el.get("formatCode") or ""
        for el in root.iter()
        if _local(el.tag) == "numFmt"
    }
    xfs = next((el for el in root.iter() if _local(el.tag) == "cellXfs"), None)
    out = set()
    for k, xf in enumerate(x for x in (xfs if xfs is not None else ()) if _local(x.tag) == "xf"):
        fid = xf.get("numFmtId") or "0"
        code = _FORMAT_NOISE.sub("", custom.get(fid, ""))
        # (digits int() reads: not ², nor 5,000 of them, past Python's limit of 4,300)
        builtin = fid.isascii() and fid.isdigit() and len(fid) < 10 and int(fid) in _DATE_FORMATS
        if builtin or re.search("[dmyhs]", code, re.I):
            out.add(str(k))
    return frozenset(out)


def _excel_date(v: str, date1904: bool) -> str | None:
    """The serial number ``v`` of a date cell as ISO 8601 (a date, a time, or both), or None.

    >>> _excel_date("45292", False), _excel_date("45292.5", False), _excel_date("0.75", False)
    ('2024-01-01', '2024-01-01 12:00:00', '18:00:00')
    """
    try:
        days = float(v)
    except ValueError:
        return None
    if not 0 <= days < 2_958_466:  # (past 9999-12-31: no date)
        return None
    if date1904:
        base = datetime.datetime(1904, 1, 1)
    else:  # Excel counts a 29 February 1900 that never was: its serials before March are one more
        base = datetime.datetime(1899, 12, 30 if days >= 61 else 31)
    when = base + datetime.timedelta(seconds=round(days * 86_400))
    if days == int(days):
        return when.date().isoformat()
    if days < 1:
        return when.time().isoformat()
    return when.isoformat(sep=" ")


def _text(el: Any) -> str:
    """The text of a string item (``<si>``/``<is>``): its ``<t>``, or its runs' ``<t>`` joined
    (phonetic guides ``<rPh>`` left out), Excel's ``_xHHHH_`` escapes decoded."""
    parts: list[str] = []
    for child in el:
        name = _local(child.tag)
        if name == "t":
            parts.append(child.text or "")
        elif name == "r":
            parts += [t.text or "" for t in child if _local(t.tag) == "t"]
    return _unescape("".join(parts))


def _unescape(text: str) -> str:
    """``text`` with Excel's ``_xHHHH_`` escapes decoded and CRLF as one line end.

    >>> _unescape("a_x000D_\\nb_x005F_x0041_")
    'a\\nb_x0041_'
    """
    if "_x" in text:
        text = _ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), text)
    return text.replace("\r\n", "\n") if "\r" in text else text


def _ref(c: Any) -> str:
    """A cell's reference as a message shows it (:func:`_short`), ``none`` when absent."""
    ref = c.get("r")
    return "none" if ref is None else _short(ref)


def _short(value: str) -> str:
    """``value`` from the file as a message shows it: as it is, or quoted and cut when long
    (an attribute may be megabytes)."""
    return value if len(value) <= 20 else shown(value)


@functools.lru_cache(maxsize=1024)
def _column(ref: str) -> int:
    """The 0-based column of a cell reference's letters: ``A`` → 0, ``AA`` → 26."""
    n = 0
    for ch in ref.upper():
        n = n * 26 + ord(ch) - 64
    return n - 1


def sheet_rows(
    data: bytes, path: str, *, sheet: str | None = None, max_bytes: int = MAX_XML_BYTES
) -> tuple[list[tuple[int, list[str]]], list[str]]:
    """The non-empty rows of a sheet of the XLSX ``data`` as (row number, cells), and warnings.

    ``sheet`` names the sheet (exactly, else ignoring case); the default is the first in tab
    order.
    """
    pkg = _Package(data, path, max_bytes)
    sheets, shared_part, dates = _sheets(pkg)
    if not sheets:
        raise GlossaryError("the XLSX workbook has no worksheet", path)
    if sheet is None:
        name, member = sheets[0]
    else:
        found = [s for s in sheets if s[0] == sheet] or [
            s for s in sheets if s[0].casefold() == sheet.casefold()
        ]
        if not found:
            have = ", ".join(shown(s[0], 31) for s in sheets[:5])  # (Excel: 31 characters)
            more = f" and {len(sheets) - 5:,} more" if len(sheets) > 5 else ""
            raise GlossaryError(
                f"no sheet {shown(sheet)} in the workbook (it has {have}{more})", path
            )
        name, member = found[0]
    # read item by item: the whole tree of a part of 3 million short strings (51 MB, stored,
    # so no ZIP-bomb ratio) took 1.25 GB, 25 bytes of memory per byte of XML
    shared_data = pkg.read(shared_part)
    shared = (
        []
        if shared_data is None
        else [_text(si) for si in iter_elements(shared_data, f"{path} ({shared_part})", "{*}si")]
    )
    part = pkg.read(member)
    if part is None:
        raise GlossaryError(
            f"the sheet {shown(name)} has no part {shown(member)} in the file", path
        )
    where = f"{path} ({member})"
    warnings: list[str] = []
    rows: list[tuple[int, list[str]]] = []
    last_row = 0
    slots = 0  # cells handed on, empty ones of the gaps included
    # characters handed on: a shared string is unpacked once but named by any number of
    # cells (a 1.6 MB workbook of 200,000 rows naming two strings of 9,000 letters was a
    # 5.4 GB glossary), so the text the rows hold is held to the limit of the parts' bytes
    text_left = max_bytes
    # row by row, each let go once read (a tree of a million rows took a gigabyte); any
    # namespace: transitional or strict
    for row in iter_elements(part, where, "{*}row", "{*}mergeCell"):
        if _local(row.tag) == "mergeCell":  # (after the rows: sheetData comes first)
            _merged(row.get("ref") or "", where, warnings)
            continue
        r = row.get("r") or str(last_row + 1)
        number = int(r) if r.isascii() and r.isdigit() and len(r) < 10 else 0
        if not 0 < number <= _MAX_ROW:
            raise GlossaryError(
                f"row number {shown(r)} is not one of a sheet's (1 to {_MAX_ROW:,})",
                where,
                row.sourceline,
            )
        last_row = number
        cells: dict[int, str] = {}
        col = -1
        for c in row.iterchildren("{*}c"):
            ref = c.get("r") or ""
            m = _REF.fullmatch(ref)
            if ref and not m:  # (placed after the cell before it, a term took another's column)
                raise GlossaryError(
                    f"cell reference {_ref(c)} is not a cell's (letters and a row, A1 to "
                    f"XFD{_MAX_ROW}): open the file in a spreadsheet and save it again",
                    where,
                    number,
                )
            col = _column(m.group(1)) if m else col + 1
            if col >= _MAX_COL:
                raise GlossaryError(f"cell {_ref(c)} out of a sheet's range", where, number)
            value = _cell(c, shared, where, number, warnings, dates)
            if col in cells:  # Excel writes a cell once; which one would be the term?
                raise GlossaryError(
                    f"two cells at {_letters(col)}{number} (the second has reference "
                    f"{_ref(c)}); refused: open the file in a spreadsheet and "
                    "save it again",
                    where,
                    number,
                )
            cells[col] = value
        if any(v.strip() for v in cells.values()):
            text_left -= sum(map(len, cells.values()))
            if text_left < 0:
                raise GlossaryError(
                    f"the sheet's cells hold more than {max_bytes:,} characters (the limit "
                    f"of a glossary, {size_said(max_bytes)}), its shared strings named again "
                    "and again; refused as a possible bomb: save the sheet as CSV, or split "
                    "it (or pass max_bytes=)",
                    where,
                    number,
                )
            width = max(k for k, v in cells.items() if v) + 1
            slots += width
            if slots > MAX_CELLS:
                raise GlossaryError(
                    f"the sheet's rows hold more than {MAX_CELLS:,} cells counting the empty "
                    f"ones before each row's last (this row's last is column "
                    f"{_letters(width - 1)}); refused: delete the columns past the glossary's, "
                    "or save the sheet as CSV",
                    where,
                    number,
                )
            rows.append((number, [cells.get(i, "") for i in range(width)]))
    rows.sort(key=lambda x: x[0])  # Excel writes rows in order; another writer may not
    return rows, warnings


def _merged(ref: str, where: str, warnings: list[str]) -> None:
    """Warn of merged cells over several rows: only the first holds the value, and the rows
    below, which a reader sees it beside, get an empty cell (a merge within one row, such as a
    title over the columns, changes no row)."""
    first, _, last = ref.partition(":")
    a, b = _REF.fullmatch(first), _REF.fullmatch(last)
    if a and b and a.group(2) != b.group(2):
        warnings.append(
            f"{where}:{_short(a.group(2))}: cells {_short(ref)} are merged: only "
            f"{_short(first)} holds its value, the other "
            "rows read it as empty; unmerge them and fill each row"
        )


def _cell(  # noqa: PLR0917 - the cell and where it is
    c: Any, shared: list[str], where: str, line: int, warnings: list[str], dates: _Dates
) -> str:
    kind = c.get("t") or "n"
    box = c.find("{*}is") if kind == "inlineStr" else None
    if box is not None:
        return _text(box)
    v_el = c.find("{*}v")  # (an inline string written as <v>, by some writers, is read there)
    v = (v_el.text or "") if v_el is not None else ""
    if not v and c.find("{*}f") is not None:  # written by a library that computes nothing
        f = c.find("{*}f").text or "a shared formula"
        warnings.append(
            f"{where}:{line}: cell {_ref(c)} holds a formula ({f[:60]}) with no saved "
            "result: read as empty; open the workbook in a spreadsheet and save it, which "
            "stores the results"
        )
        return ""
    if kind == "s":
        try:  # an index is digits (int() would also take -1, the last string, or 1_0)
            return shared[int(v) if v.isascii() and v.strip().isdigit() else -len(shared) - 1]
        except (ValueError, IndexError):
            raise GlossaryError(
                f"cell {_ref(c)} names shared string {shown(v)}, which the workbook does not have",
                where,
                line,
            ) from None
    if kind == "b":
        return "TRUE" if v.strip() == "1" else "FALSE"
    if kind == "e":
        warnings.append(
            f"{where}:{line}: cell {_ref(c)} holds the error {_short(v)}: read as empty"
        )
        return ""
    if kind in ("str", "inlineStr"):
        return _unescape(v)
    if c.get("s") in dates.styles:  # a date shown as one (it was read as its serial: 45292)
        iso = _excel_date(v, dates.date1904)
        if iso is not None:
            return iso
    return v[: v.index(".")] if _INTEGRAL.fullmatch(v) else v


# -- writing -------------------------------------------------------------------------------------

_CT = "http://schemas.openxmlformats.org/package/2006/content-types"
_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_DOC_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_OOXML = "application/vnd.openxmlformats-officedocument.spreadsheetml"
_XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
#: The longest text a cell holds (Excel's limit).
MAX_CELL = 32_767
#: What a cell's text must escape as ``_xHHHH_``: CR (XML would read it as LF), and a ``_x`` that
#: looks like an escape (its ``_`` becomes ``_x005F_``), as Excel writes them.
_NEEDS_ESCAPE = re.compile(r"\r|_(?=x[0-9A-Fa-f]{4}_)")
#: What a sheet's name may not hold (Excel refuses the workbook; a control character is no XML).
_BAD_SHEET_NAME = re.compile(r"[][:\\/?*\x00-\x1f\ufffe\uffff\ud800-\udfff]|^'|'$")


def _cell_xml(ref: str, text: str) -> str:
    text = _NEEDS_ESCAPE.sub(lambda m: f"_x{ord(m.group()):04X}_", text)
    space = ' xml:space="preserve"' if text != text.strip() else ""
    return f'<c r="{ref}" t="inlineStr"><is><t{space}>{escape(text)}</t></is></c>'


def _letters(col: int) -> str:
    """The letters of the 0-based column ``col``: 0 → ``A``, 26 → ``AA``."""
    out = ""
    col += 1
    while col:
        col, rest = divmod(col - 1, 26)
        out = chr(65 + rest) + out
    return out


def write_xlsx(glossary: Glossary, fh: IO[bytes], *, sheet: str = "Glossary") -> list[str]:
    """Write ``glossary`` to ``fh`` as an XLSX workbook of one sheet in the multilingual layout
    (the columns of the CSV export); return what it cannot hold.

    The parts are the ones Excel needs and no more: ``[Content_Types].xml``, ``_rels/.rels``,
    ``xl/workbook.xml`` and its relationships, ``xl/worksheets/sheet1.xml``; cells are inline
    strings (``t="inlineStr"``, as Apache POI's streaming writer writes them), so nothing is
    ever a formula, and empty cells are left out.
    """
    if not isinstance(sheet, str) or _BAD_SHEET_NAME.search(sheet) or not 0 < len(sheet) <= 31:
        raise ParameterError(
            f"`sheet` {sheet!r} cannot name a sheet: Excel takes 1 to 31 characters, none of "
            ": \\ / ? * [ ] or a control character, and no ' at either end"
        )
    rows, lost = multi_rows(glossary)
    if len(rows) > _MAX_ROW:
        raise GlossaryError(f"{len(rows) - 1:,} concepts: more than a sheet's rows", glossary.path)
    for row in rows:  # (refused before a byte is written)
        for text in row:
            if len(text) > MAX_CELL:
                raise GlossaryError(
                    f"a cell of {len(text):,} characters (a sheet's cell holds {MAX_CELL:,}): "
                    f"{text[:40]!r}…",
                    glossary.path,
                )
    parts = {
        "[Content_Types].xml": f'<Types xmlns="{_CT}"><Default Extension="rels" '
        'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        f'<Override PartName="/xl/workbook.xml" ContentType="{_OOXML}.sheet.main+xml"/>'
        f'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="{_OOXML}.worksheet+xml"/>'
        "</Types>",
        "_rels/.rels": f'<Relationships xmlns="{_PKG_REL}"><Relationship Id="rId1" '
        f'Type="{_DOC_REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": f'<workbook xmlns="{_MAIN}" xmlns:r="{_DOC_REL}"><sheets><sheet '
        f'name={quoteattr(sheet)} sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": f'<Relationships xmlns="{_PKG_REL}"><Relationship '
        f'Id="rId1" Type="{_DOC_REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
    }
    with zipfile.ZipFile(fh, "w", zipfile.ZIP_DEFLATED) as z:
        for name, xml in parts.items():  # fixed times: the same glossary, the same bytes
            z.writestr(zipfile.ZipInfo(name, (1980, 1, 1, 0, 0, 0)), _XML_HEAD + xml,
                       zipfile.ZIP_DEFLATED)  # fmt: skip
        # the sheet compressed as its rows are made (the bytes writestr wrote of it whole: the
        # sheet held three times over, as rows, as one text and as bytes, 0.5 GB for 500,000)
        info = zipfile.ZipInfo("xl/worksheets/sheet1.xml", (1980, 1, 1, 0, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        with z.open(info, "w") as out:
            out.write(f'{_XML_HEAD}<worksheet xmlns="{_MAIN}"><sheetData>'.encode())
            chunk: list[str] = []
            for r, row in enumerate(rows, 1):
                cells = "".join(
                    _cell_xml(f"{_letters(col)}{r}", text) for col, text in enumerate(row) if text
                )
                chunk.append(f'<row r="{r}">{cells}</row>')
                if len(chunk) == 4096:
                    out.write("".join(chunk).encode())
                    chunk.clear()
            out.write(("".join(chunk) + "</sheetData></worksheet>").encode())
    return lost


def read_xlsx(
    data: bytes,
    path: str = "<xlsx>",
    *,
    sheet: str | None = None,
    max_bytes: int = MAX_XML_BYTES,
    **options: Any,
) -> Glossary:
    """Read a sheet of an XLSX workbook into a :class:`Glossary` (``options`` as for
    :func:`.tabular.read_rows`: ``source_lang``, ``target_lang``, ``strict``)."""
    rows, warnings = sheet_rows(data, path, sheet=sheet, max_bytes=max_bytes)
    g = read_rows(rows, path, **options)
    g.warnings[:0] = warnings
    return g
