"""Fault suite, hostile37: a fresh red-team of the inputs the earlier passes
(tests/test_faults_*.py) did not try. Each test builds its hostile input itself.

The bar: no traceback, no data lost, atomic outputs, exit codes 0/1/2/130, and a message that
names the file, the line, what is wrong and what to do; memory and output bounded by the
limits the input's format has.
"""

from __future__ import annotations

import io
import lzma
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from conftest import CLI_ENV, translit_cli

from translit.errors import GlossaryError
from translit.glossary.xlsx import read_xlsx

# -- 1. an XLSX shared-strings bomb --------------------------------------------------------------

_REL = "http://schemas.openxmlformats.org"
_NS = _REL + "/spreadsheetml/2006/main"


def _workbook(shared: list[str], rows: list[list[int]]) -> bytes:
    """A workbook whose one sheet's cells each name a shared string by index."""
    body = "".join(
        f'<row r="{r}">'
        + "".join(f'<c r="{"AB"[i]}{r}" t="s"><v>{n}</v></c>' for i, n in enumerate(cells))
        + "</row>"
        for r, cells in enumerate(rows, 1)
    )
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(
            "xl/workbook.xml",
            f'<workbook xmlns="{_NS}" xmlns:r="{_REL}/officeDocument/2006/relationships">'
            '<sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>',
        )
        kind = f"{_REL}/officeDocument/2006/relationships"
        z.writestr(
            "xl/_rels/workbook.xml.rels",
            f'<Relationships xmlns="{_REL}/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{kind}/worksheet" Target="worksheets/sheet1.xml"/>'
            f'<Relationship Id="rId2" Type="{kind}/sharedStrings" Target="sharedStrings.xml"/>'
            "</Relationships>",
        )
        z.writestr(
            "xl/sharedStrings.xml",
            f'<sst xmlns="{_NS}">' + "".join(f"<si><t>{s}</t></si>" for s in shared) + "</sst>",
        )
        z.writestr(
            "xl/worksheets/sheet1.xml",
            f'<worksheet xmlns="{_NS}"><sheetData>{body}</sheetData></worksheet>',
        )
    return buf.getvalue()


def test_a_shared_strings_bomb_is_refused_at_the_limit_of_a_glossary() -> None:
    """A shared string is unpacked once and may be named by every cell: a 1.6 MB workbook of
    200,000 rows naming two strings of 9,000 letters each was read whole and written out by
    `glossary convert` as a 5.4 GB CSV (221 s), past the 64 MiB a glossary file may hold in
    any format. The text the cells hand on is now held to ``max_bytes`` characters; here
    2,000 rows of 2 x 500 letters (2 million) against a limit of 200,000."""
    data = _workbook(["ru", "en", "ж" * 500, "z" * 500], [[0, 1]] + [[2, 3]] * 2_000)
    assert len(data) < 200_000  # every part fits the limit: only the cells' text does not
    with pytest.raises(GlossaryError) as err:
        read_xlsx(data, "bomb.xlsx", max_bytes=200_000)
    message = str(err.value)
    assert "bomb.xlsx (xl/worksheets/sheet1.xml)" in message
    assert "200,000 characters" in message and "shared strings" in message
    assert "CSV" in message  # what to do


def test_a_workbook_that_repeats_its_shared_strings_within_the_limit_reads() -> None:
    """Repeating a shared string is what Excel does for a status or a subject column: a sheet
    whose text stays within the limit reads every row."""
    data = _workbook(["ru", "en", "Москва", "Moscow"], [[0, 1]] + [[2, 3]] * 2_000)
    g = read_xlsx(data, "ok.xlsx", max_bytes=200_000)
    assert len(g.concepts) == 2_000
    assert [t.text for t in g.concepts[-1].terms] == ["Москва", "Moscow"]


# -- 2. PO: several strings on one line, and a quote not escaped ----------------------------------


def _po(entry: bytes) -> bytes:
    return (
        b'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
        b'"Language: ru\\n"\n"X-Source-Language: en\\n"\n\n' + entry + b"\n"
    )


@pytest.mark.parametrize(
    ("entry", "terms"),
    [
        (b'msgid "Mos" "cow"\nmsgstr "\xd0\x9c\xd0\xbe\xd1\x81\xd0\xba\xd0\xb2\xd0\xb0"',
         ["Moscow", "Москва"]),
        (b'msgid "Moscow"\nmsgstr "\\320\\234" "\\320\\276\xd1\x81\xd0\xba\xd0\xb2\xd0\xb0"',
         ["Moscow", "Москва"]),
        (b'msgid "" "Mos"\n"cow""" ""\nmsgstr "" "\\"\xd0\x9c\\"" ""', ["Moscow", '"М"']),
    ],
    ids=["two-strings", "a-letter's-bytes-in-two-strings", "empty-strings"],
)  # fmt: skip
def test_several_strings_on_a_line_are_joined_as_gettext_joins_them(
    entry: bytes, terms: list[str]
) -> None:
    """gettext reads a line's strings one after the other (``msgcat`` writes ``msgid "Mos"
    "cow"`` as ``msgid "Moscow"``); Babel took everything between the line's first and last
    quote, so the term was ``Mos" "cow``, and the two bytes of М in two strings did not
    decode. Each string's escapes are read alone, the bytes they name then joined."""
    from translit.glossary.po import read_po

    g = read_po(_po(entry), "g.po")
    assert [t.text for t in g.concepts[0].terms] == terms


def test_a_quote_not_escaped_inside_a_po_string_is_refused_at_its_line() -> None:
    """``msgid "a"b"`` is a syntax error to gettext (msgcat: 'keyword "b" unknown'); Babel
    read the term ``a"b`` in silence."""
    from translit.glossary.po import read_po

    with pytest.raises(GlossaryError) as info:
        read_po(_po(b'msgid "Mos"cow"\nmsgstr "\xd0\x9c"'), "g.po")
    assert info.value.line == 7, str(info.value)
    assert "not escaped" in str(info.value) and '\\"' in str(info.value)


# -- 3. a zstd bomb ------------------------------------------------------------------------------

_ZSTD_BOMB_RSS = r"""
import io, resource
import zstandard
from translit.io.compression import wrap_input
packed = io.BytesIO()
with zstandard.ZstdCompressor().stream_writer(packed, closefd=False) as w:
    for _ in range(300):
        w.write(b"\n" * (1 << 20))  # 300 MiB of line ends
data = packed.getvalue()
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
reader = wrap_input(io.BytesIO(data), "bomb.txt.zst")
total = 0
while piece := reader.read(1 << 16):
    total += len(piece)
print(len(data), total, (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) >> 10)
"""


def test_a_zstd_bomb_is_read_in_bounded_memory() -> None:
    """The zstd reader handed each 64 KiB read from the file to the decompressor at once, and
    a block of 4 bytes may unpack to 128 KiB: a 61 KB file of 2 GB of line ends took 4 GB of
    memory (`romanize zb.txt.zst`), where gzip, bzip2 and xz are read a bounded piece at a
    time. Here about 10 KB unpack to 300 MiB, read 64 KiB at a time: it grew memory by
    574 MB (the text and its copy), and by 44 MB now."""
    pytest.importorskip("zstandard")
    done = subprocess.run(
        [sys.executable, "-c", _ZSTD_BOMB_RSS], env=CLI_ENV, capture_output=True, timeout=300,
        check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr.decode()
    packed, total, grown_mib = map(int, done.stdout.split())
    assert packed < 65_536 and total == 300 << 20, (packed, total)
    assert grown_mib < 100, grown_mib


# -- 4. xz stream padding ------------------------------------------------------------------------


def _xz(text: str) -> bytes:
    return lzma.compress(text.encode("utf-8"))


@pytest.mark.parametrize(
    ("tail", "out"),
    [
        (b"\0" * 4 + _xz("Жора\n"), "Yura\nZhora\n"),
        (b"\0" * 8 + _xz("Жора\n") + b"\0" * 4, "Yura\nZhora\n"),
        (b"\0" * 12, "Yura\n"),
        (_xz("Жора\n"), "Yura\nZhora\n"),
    ],
    ids=["padding-between", "padding-between-and-after", "padding-after", "no-padding"],
)
def test_xz_streams_after_stream_padding_are_all_read(
    tmp_path: Path, tail: bytes, out: str
) -> None:
    """The .xz format allows NUL bytes, four at a time, between and after streams (The .xz File
    Format 1.2.0, § 2.2; ``xz -d`` reads them); lzma.LZMAFile reads none (CPython issue
    88300): the stream after the padding was dropped, "Yura" alone with exit 0, and padding at
    the end was "the file is damaged, cut short"."""
    src = tmp_path / "a.txt.xz"
    src.write_bytes(_xz("Юра\n") + tail)
    done = translit_cli("romanize", "-l", "ru", src)
    assert (done.returncode, done.stdout.decode()) == (0, out), done.stderr.decode()


@pytest.mark.parametrize(
    ("tail", "said"),
    [(b"\0" * 3, "3 NUL bytes"), (b"junk", "cannot decompress"), (b"ab", "cannot decompress")],
    ids=["padding-not-of-four", "garbage", "short-garbage"],
)
def test_data_after_an_xz_stream_that_is_no_stream_fails_its_input(
    tmp_path: Path, tail: bytes, said: str
) -> None:
    """``xz -d`` refuses what follows a stream if it is neither padding nor a stream
    ("Unexpected end of input", "Compressed data is corrupt"); LZMAFile dropped it and the
    file was converted with exit 0, whatever it held (a damaged second stream)."""
    src = tmp_path / "a.txt.xz"
    src.write_bytes(_xz("Юра\n") + tail)
    done = translit_cli("romanize", "-l", "ru", "-o", tmp_path / "out.txt", src)
    assert done.returncode == 1, done.stderr.decode()
    assert said in done.stderr.decode() and "a.txt.xz" in done.stderr.decode()
    assert not (tmp_path / "out.txt").exists()


@pytest.mark.parametrize("tail", [b"junk", b"\0" * 4], ids=["garbage", "nul-bytes"])
def test_data_after_the_last_bzip2_stream_is_warned_of_with_its_offset(
    tmp_path: Path, tail: bytes
) -> None:
    """``bzip2 -d`` ignores what follows the last stream, saying "trailing garbage after EOF
    ignored"; bz2.BZ2File dropped it in silence, exit 0. The text is kept, and the one warning
    names the file and the byte where the garbage starts (sweep38)."""
    import bz2

    packed = bz2.compress("Юра\n".encode()) + bz2.compress("Жора\n".encode())
    src = tmp_path / "a.txt.bz2"
    src.write_bytes(packed + tail)
    done = translit_cli("romanize", "-l", "ru", src)
    err = done.stderr.decode()
    assert (done.returncode, done.stdout.decode()) == (0, "Yura\nZhora\n"), err
    (line,) = [x for x in err.splitlines() if "warning" in x]
    assert f"{src}: " in line and f"byte {len(packed):,}" in line, line
    assert "after the last bzip2 stream" in line


def test_a_damaged_bzip2_stream_after_the_first_fails_its_input(tmp_path: Path) -> None:
    """A second stream that starts as one (BZh9) but is damaged is no trailing garbage:
    ``bzip2 -d`` fails it ("Data integrity error"), and BZ2File dropped it in silence."""
    import bz2

    src = tmp_path / "a.txt.bz2"
    src.write_bytes(bz2.compress("Юра\n".encode()) + b"BZh9junkjunk")
    done = translit_cli("romanize", "-l", "ru", "-o", tmp_path / "out.txt", src)
    assert done.returncode == 1, done.stderr.decode()
    assert "cannot decompress" in done.stderr.decode()


# -- 5. PO: notes written as they are ------------------------------------------------------------


def test_a_long_note_comes_back_from_po_as_it_was(tmp_path: Path) -> None:
    """Babel wraps comments at 76 columns even at width=0 (as xgettext does): a note of one
    line of 40 words went to PO as three comment lines and came back as two lines joined by
    a line end, the middle one lost (Babel writes a line that repeats the one before once)."""
    from translit.glossary.files import load, save
    from translit.glossary.model import Concept, Glossary, Term

    note = "word " * 40 + "end"
    g = Glossary(path="g.csv", source_lang="ru", languages=["ru", "en"])
    g.concepts.append(
        Concept(id="c1", terms=[Term("Москва", "ru"), Term("Moscow", "en")], notes={"": note})
    )
    assert save(g, tmp_path / "g.po") == []
    back = load(tmp_path / "g.po", source_lang="ru", target_lang="en")
    assert back.concepts[0].notes == {"": note}


def test_a_tab_in_a_note_written_to_po_is_said() -> None:
    """Babel writes a comment's tab as spaces, in silence; the loss is now reported as the
    other things a PO file cannot hold are."""
    from translit.glossary.model import Concept, Glossary, Term
    from translit.glossary.po import write_po

    g = Glossary(path="g.csv", source_lang="ru", languages=["ru", "en"])
    g.concepts.append(
        Concept(id="c1", terms=[Term("Москва", "ru"), Term("Moscow", "en")], notes={"": "a\tb"})
    )
    said = write_po(g, io.BytesIO())
    assert any("tabs in notes" in x for x in said), said


# -- 6. a Parquet column that is no text says what to do ------------------------------------------


def test_a_parquet_column_that_is_no_text_says_what_to_do(tmp_path: Path) -> None:
    """A binary column (bytes that may be UTF-8) was "column 'name' is binary, not text", and
    no more: the message names what to do."""
    pa = pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq

    src = tmp_path / "d.parquet"
    pq.write_table(pa.table({"name": pa.array([b"\xd0\xae"], pa.binary())}), src)
    done = translit_cli("romanize", "--column", "name", "--suffix", ".lat", src)
    err = done.stderr.decode()
    assert done.returncode == 1, err
    assert "column 'name' is binary, not text" in err and "as strings" in err, err
    assert not (tmp_path / "d.lat.parquet").exists()
