"""Fault suite, fourteenth sweep: the corners of the CLI, the batch layer and the glossary
readers the earlier sweeps (hostile13 … hostile17, the cli, io and signal suites) left.

The bar: no traceback, no data lost, atomic outputs, exit codes 0/1/2/130, and a message that
names the file, the line, what is wrong and what to do.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from conftest import CLI_ENV as ENV
from conftest import translit_cli as _translit

from translit.io.formats.delimited import Csv

# -- a BOM before a quoted first field ------------------------------------------------------


def test_a_bom_before_a_quoted_header_name_is_no_part_of_it() -> None:
    """Excel's "CSV UTF-8" and pandas' utf-8-sig write a BOM before the header; with the
    first name quoted, ``--column name`` said "no column 'name'; the header has: "name", x"."""
    fmt, prefix, rest = Csv(columns=("name",), delimiter=",").start('\ufeff"name","x"\n"Щ",1\n')
    assert prefix == '\ufeff"name","x"\n' and rest == '"Щ",1\n'
    assert fmt.apply(str.upper, rest)[0] == '"Щ",1\n'  # the first column: the quoted field


def test_a_bom_before_a_quoted_first_field_keeps_its_data(tmp_path: Path) -> None:
    """Without a header, the BOM was read as part of the first field: a BOM, then the quoted
    field "Юрий<LF>Гагарин", was a plain field holding quotes and a line break, written back
    with its quotes doubled and the BOM inside them."""
    path = tmp_path / "in.csv"
    path.write_bytes('\ufeff"Юрий\nГагарин",1\n"Ю",2\n'.encode())
    for jobs in ("1", "2"):
        done = _translit("romanize", "-j", jobs, "--no-header", "--column", "1", path)
        assert done.returncode == 0, done.stderr
        assert done.stdout.decode() == '\ufeff"Yuriy\nGagarin",1\n"Yu",2\n'
    header = tmp_path / "header.csv"
    header.write_bytes('\ufeff"name","x"\n"Юрий",1\n'.encode())
    done = _translit("romanize", "--column", "name", "--add-column", "lat", header)
    assert done.returncode == 0, done.stderr
    assert done.stdout.decode() == '\ufeff"name",lat,"x"\n"Юрий","Yuriy",1\n'


# -- a PO header that names a huge number of plural forms ---------------------------------


def _po(plural_forms: str) -> bytes:
    return (
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
        f'"Plural-Forms: {plural_forms}\\n"\n\n'
        'msgid "Москва"\nmsgid_plural "Москвы"\nmsgstr[0] "Moscow"\nmsgstr[1] "Moscows"\n'
    ).encode()


@pytest.mark.parametrize(
    ("forms", "said"),
    [("nplurals=99999999; plural=(n%10);", "nplurals=99999999"),
     ("nplurals=0; plural=0;", "nplurals=0"),
     ("nplurals=two; plural=(n != 1);", "'two'")],
    ids=["huge", "none", "no-number"],
)  # fmt: skip
def test_a_po_header_naming_no_sensible_plural_count_is_refused_at_its_line(
    forms: str, said: str
) -> None:
    """Babel makes a list of nplurals forms for each plural entry: a header of 175 bytes
    naming nplurals=99999999 took 1.5 GB and 8 s (larger counts, memory without end);
    ``nplurals=two`` was "bad PO file: invalid literal for int() with base 10" without a line."""
    from translit.errors import GlossaryError
    from translit.glossary.po import read_po

    with pytest.raises(GlossaryError) as info:
        read_po(_po(forms), "g.po")
    assert info.value.line == 1 and said in str(info.value), str(info.value)
    assert "correct" in str(info.value)


def test_a_po_header_with_a_usual_plural_count_still_reads() -> None:
    from translit.glossary.po import read_po

    g = read_po(_po("nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : 1);"), "g.po")
    assert [t.text for t in g.concepts[0].terms] == ["Москва", "Moscow"]


# -- an XLSX of many shared strings, stored (no ZIP-bomb ratio) ----------------------------

_SHARED_STRINGS_RSS = r"""
import io, resource, zipfile
from translit.glossary.xlsx import read_xlsx
rel = "http://schemas.openxmlformats.org"
ns = rel + "/spreadsheetml/2006/main"
cell = '<c r="{}" t="inlineStr"><is><t>{}</t></is></c>'
sheet = (f'<worksheet xmlns="{ns}"><sheetData><row r="1">' + cell.format("A1", "ru")
         + cell.format("B1", "en") + '</row><row r="2">' + cell.format("A2", "Москва")
         + '<c r="B2" t="s"><v>0</v></c></row></sheetData></worksheet>')
buf = io.BytesIO()
with zipfile.ZipFile(buf, "w") as z:  # stored: no ratio for the ZIP-bomb check to refuse
    z.writestr("xl/workbook.xml", f'<workbook xmlns="{ns}" xmlns:r="{rel}/officeDocument/2006/'
               'relationships"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>')
    z.writestr("xl/_rels/workbook.xml.rels", f'<Relationships xmlns="{rel}/package/2006/'
               f'relationships"><Relationship Id="rId1" Type="{rel}/officeDocument/2006/'
               'relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>')
    z.writestr("xl/worksheets/sheet1.xml", sheet)
    z.writestr("xl/sharedStrings.xml", f'<sst xmlns="{ns}">' + "<si><t>Moscow</t></si>" * 250_000 + "</sst>")
data = buf.getvalue()
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
g = read_xlsx(data, "big.xlsx")
assert [t.text for t in g.concepts[0].terms] == ["Москва", "Moscow"]
print(len(data) >> 10, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before)
"""


def test_many_shared_strings_are_read_without_their_whole_tree() -> None:
    """A workbook whose sharedStrings part was stored (so no unpacking ratio) was parsed as one
    tree: 3 million short strings in 51 MB took 1.25 GB (about 22 KiB of memory per KiB of XML);
    now item by item (about 3.4 KiB per KiB here, 19.5 before)."""
    done = subprocess.run(
        [sys.executable, "-c", _SHARED_STRINGS_RSS], env=ENV, capture_output=True, timeout=120,
        check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr.decode()
    size_kib, grown_kib = map(int, done.stdout.split())
    assert size_kib > 5000 and grown_kib < 8 * size_kib, (size_kib, grown_kib)


# -- workbooks encrypted with a password ----------------------------------------------------


def _cfb(*streams: str) -> bytes:
    """The head of an OLE compound file with directory entries of these stream names."""
    head = bytearray(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504))
    for name in streams:  # a directory entry: the name in UTF-16 LE, padded to 64 bytes
        head += name.encode("utf-16-le").ljust(64, b"\0") + bytes(64)
    return bytes(head)


def test_a_workbook_encrypted_with_a_password_is_called_so() -> None:
    """Excel's "Encrypt with Password" wraps the .xlsx in an OLE compound file: it was "an
    Excel 97-2003 workbook (.xls), not XLSX; save it as .xlsx", which it already was."""
    from translit.errors import GlossaryError
    from translit.glossary.xlsx import read_xlsx

    with pytest.raises(GlossaryError, match=r"encrypted with a password.*remove the password"):
        read_xlsx(_cfb("EncryptionInfo", "EncryptedPackage"), "pw.xlsx")
    with pytest.raises(GlossaryError, match=r"Excel 97-2003 workbook \(\.xls\)"):
        read_xlsx(_cfb("Workbook"), "old.xlsx")


def test_a_zip_member_encrypted_is_called_so_without_a_zipinfo() -> None:
    """An encrypted ZIP member was "XLSX part cannot be unpacked: File <ZipInfo
    filename='xl/workbook.xml' filemode='?rw-------' file_size=244> is encrypted, password
    required for extraction"."""
    import io
    import zipfile

    from translit.errors import GlossaryError
    from translit.glossary.xlsx import read_xlsx

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("xl/workbook.xml", "<workbook/>")
    data = bytearray(buf.getvalue())
    data[data.find(b"PK\x03\x04") + 6] |= 1  # the flag "encrypted", in both headers
    data[data.find(b"PK\x01\x02") + 8] |= 1
    with pytest.raises(GlossaryError) as info:
        read_xlsx(bytes(data), "enc.xlsx")
    text = str(info.value)
    assert "encrypted" in text and "ZipInfo" not in text and "without one" in text, text


# -- a file name holding a line feed --------------------------------------------------------


@pytest.mark.parametrize(
    "cmd",
    [["romanize", "-l", "ru"], ["detect"], ["normalize", "--report"], ["glossary", "check"]],
    ids=" ".join,
)
def test_a_message_naming_a_file_with_a_line_feed_is_one_line(
    tmp_path: Path, cmd: list[str]
) -> None:
    """A line feed in a file name cut the message into two lines ("error: x/a" and
    "b.csv:1: not UTF-8 …"): the escapes covered every control character but it."""
    path = tmp_path / "a\nb.csv"
    path.write_bytes(b"\xff\xfe\x00")  # UTF-16 by its BOM, cut inside a code unit
    done = _translit(*cmd, path)
    err = done.stderr.decode()
    assert done.returncode in (1, 2), err
    lines = err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("translit: error: "), err
    assert f"{tmp_path}/a\\nb.csv" in lines[0], err


_ENTRY = (
    '<conceptEntry id="c1"><langSec xml:lang="ru"><termSec><term>Москва</term></termSec>'
    "</langSec></conceptEntry>"
)


def test_a_listing_naming_a_file_with_a_line_feed_or_an_escape_is_one_line_each(
    tmp_path: Path,
) -> None:
    """``normalize --report``, ``detect --summary`` and ``glossary check`` list one line per
    finding on stdout, each starting with the file's name: printed raw, a line feed made two
    rows and ESC [ 2 J cleared the screen."""
    text = tmp_path / "a\nb\x1b[2J.txt"
    text.write_text("Влади\u0301мир\n", encoding="utf-8")
    tbx = tmp_path / "g\n.tbx"
    tbx.write_text(
        '<?xml version="1.0"?><tbx type="TBX-Basic" style="dca" xml:lang="en" '
        'xmlns="urn:iso:std:iso:30042:ed-2"><text><body>'
        + _ENTRY * 2  # (an id used twice: a finding to list)
        + "</body></text></tbx>",
        encoding="utf-8",
    )
    escaped = f"{tmp_path}/a\\nb\\x1b[2J.txt"
    cmds: list[list[str | Path]] = [
        ["normalize", "--report", text], ["detect", "--summary", text], ["glossary", "check", tbx],
    ]  # fmt: skip
    for cmd in cmds:
        done = _translit(*cmd)
        out = done.stdout.decode()
        assert out and "\x1b" not in out, (cmd, out, done.stderr)
        for row in out.splitlines():
            assert row.startswith(escaped if cmd[0] != "glossary" else f"{tmp_path}/g\\n.tbx:"), (
                cmd,
                out,
            )


# -- glossary --sheet on a file that is no workbook -----------------------------------------

_TBX = (
    '<?xml version="1.0"?><tbx type="TBX-Basic" style="dca" xml:lang="en" '
    'xmlns="urn:iso:std:iso:30042:ed-2"><text><body><conceptEntry id="c1"><langSec '
    'xml:lang="ru"><termSec><term>Москва</term></termSec></langSec><langSec xml:lang="en">'
    "<termSec><term>Moscow</term></termSec></langSec></conceptEntry></body></text></tbx>"
)


@pytest.mark.parametrize("cmd", [["check"], ["convert"]], ids=" ".join)
def test_sheet_for_a_glossary_that_is_no_workbook(tmp_path: Path, cmd: list[str]) -> None:
    """``glossary check --sheet S g.tbx`` (and convert) was "internal error: TypeError: load()
    got an unexpected keyword argument 'sheet'"; typed, it is a usage error; from the
    environment (a default for the workbooks) it is left to the workbooks."""
    src = tmp_path / "g.tbx"
    src.write_text(_TBX, encoding="utf-8")
    args: list[str | Path] = [*cmd, src, *([tmp_path / "out.csv"] if cmd == ["convert"] else [])]
    done = _translit("glossary", *args, "--sheet", "Terms")
    err = done.stderr.decode()
    assert done.returncode == 2 and "internal error" not in err, err
    assert "--sheet" in err and "drop --sheet" in err, err
    var = f"TRANSLIT_GLOSSARY_{cmd[0].upper()}_SHEET"
    done = _translit("glossary", *args, env={**ENV, var: "Terms"})
    assert done.returncode == 0, done.stderr.decode()


# -- a Parquet text column that is dictionary-encoded (pandas' category) -------------------


def test_a_dictionary_encoded_parquet_text_column_is_text(tmp_path: Path) -> None:
    """``df.astype("category").to_parquet()`` stores a text column dictionary-encoded: it was
    refused, "column 'name' is dictionary<values=string, indices=int8, ordered=0>, not text".
    It is converted and stays dictionary-encoded (pandas reads a category back)."""
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    src = tmp_path / "in.parquet"
    names = pa.array(["Юрий", None, "Москва", "Юрий"]).dictionary_encode()
    pq.write_table(pa.table({"name": names, "n": [1, 2, 3, 4]}), src)
    done = _translit("romanize", "--column", "name", "--out-dir", tmp_path / "out", src)
    assert done.returncode == 0, done.stderr.decode()
    table = pq.read_table(tmp_path / "out" / "in.parquet")
    assert pa.types.is_dictionary(table.schema.field("name").type)
    assert table.to_pydict() == {"name": ["Yuriy", None, "Moskva", "Yuriy"], "n": [1, 2, 3, 4]}
