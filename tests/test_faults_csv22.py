"""Fault suite, csv22: one record reader for ``detect`` and ``romanize`` (CSV/TSV, JSONL), a
CSV record too short for its column, a TBX ``<term>`` of another vocabulary, XLSX part names
in any case, a glossary the system cannot read, ``glossary convert -``.

The bar: no traceback, no data lost, exit codes 0/1/2, a message naming the file, the line,
what is wrong and what to do.
"""

from __future__ import annotations

import csv
import io
import os
import re
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from translit.cli import cli
from translit.errors import GlossaryError, TranslitError
from translit.glossary import Concept, Glossary, Term, load, save
from translit.glossary import files as glossary_files
from translit.io.formats import format_for, record_values

# -- 1. detect --column/--field read what romanize converts -----------------------------------

_HOSTILE = {  # name: (bytes, extra options, rows detect prints, the error line or "")
    "bom_crlf_quoted": (
        b'\xef\xbb\xbf"id","name"\r\n1,"\xd0\xa9\xd1\x83\xd0\xba\xd0\xb0\r\n\xd0\x9b\xd0\xb5\xd1\x89"'
        b"\r\n2,\xd0\x81\xd0\xb6\r\n",
        [],
        ["ru", "ru"],
        "",
    ),
    "unbalanced_quote": (
        'id,name\n1,"Щука\n2,Ёж\n'.encode(),
        [],
        [],
        "2: a quoted field is not closed",
    ),
    "quote_then_text": (
        'id,name\n1,Щука\n2,"Ёж"x\n'.encode(),
        [],
        ["ru"],
        "3: unexpected 'x' after a quoted field",
    ),
    "nul": ("id,name\n1,Щу\x00ка\n2,Ёж\n".encode(), [], ["ru", "ru"], ""),
    "latin1_auto": (b"id,name\n1,\xe9t\xe9\n2,caf\xe9\n", [], ["und", "und"], ""),
    "latin1_as_utf8": (b"id,name\n1,ok\n2,caf\xe9\n", ["--encoding", "utf-8"], [], "3: "),
    "short_row": (
        "id,x,name\n1,a,Щука\n2,b\n3,c,Ёж\n".encode(),
        [],
        ["ru"],
        "3: 2 fields, no column 3 to read; give every record the header's columns",
    ),
    "bare_cr": (b"id,name\r1,a\r2,b\r", [], [], "1: "),
}


def _errors(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("translit: error:")]


_HINT = "; --on-error skip keeps such a record as it is and goes on"


def _unhinted(stderr: str) -> list[str]:
    """romanize's error lines as detect says them: with the hint a bad record's message ends
    with, since detect has --on-error too (engineer39; before, detect had none and said no
    hint); an undecodable byte is no bad record and has no hint in either; romanize's advice
    of --errors, an option detect lacks (hostile43), is not said by detect."""
    return [
        e.replace(", or --errors replace|surrogateescape reads past them", "")
        for e in _errors(stderr)
    ]


@pytest.mark.parametrize("case", sorted(_HOSTILE))
def test_detect_and_romanize_read_a_hostile_csv_alike(tmp_path: Path, case: str) -> None:
    """``detect --column`` read CSV with Python's csv module, romanize with the formats' own
    reader: a BOM, NUL, a stray quote or a short row gave other records, lines and messages
    (or none) in the one than in the other. Both read through ``record_values`` now."""
    data, extra, rows, error = _HOSTILE[case]
    path = tmp_path / f"{case}.csv"
    path.write_bytes(data)
    column = "name" if case != "bare_cr" else "2"
    found = CliRunner().invoke(cli, ["detect", "--column", column, *extra, str(path)])
    done = CliRunner().invoke(cli, ["romanize", "-q", "--column", column, *extra, str(path)])
    assert "Traceback" not in found.output + done.output
    assert _errors(found.stderr) == _unhinted(done.stderr), (found.stderr, done.stderr)
    if error:
        assert found.exit_code == done.exit_code == 1
        (line,) = _errors(found.stderr)
        assert line.startswith(f"translit: error: {path}:{error}"), line
    else:
        assert found.exit_code == done.exit_code == 0, (found.output, done.output)
        assert found.stdout.split() == rows
        assert "Щ" not in done.stdout and "Ё" not in done.stdout


@pytest.mark.parametrize("case", ["unbalanced_quote", "short_row", "quote_then_text"])
def test_detect_and_romanize_read_standard_input_alike(case: str) -> None:
    """From standard input too: the same message at the same line, named ``<stdin>`` by both
    (detect said ``-:2``)."""
    data, _, _, error = _HOSTILE[case]
    found = CliRunner().invoke(cli, ["detect", "--column", "name"], input=data)
    done = CliRunner().invoke(cli, ["romanize", "-q", "--column", "name", "-"], input=data)
    assert found.exit_code == done.exit_code == 1
    assert _errors(found.stderr) == _unhinted(done.stderr)
    assert _errors(done.stderr)[0].endswith(_HINT)  # (these three are bad records)
    assert _errors(found.stderr)[0].startswith(f"translit: error: <stdin>:{error}")


def _warnings(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("translit: warning:")]


def test_detect_and_romanize_say_alike_what_to_do_about_a_jsonl_field(tmp_path: Path) -> None:
    """A line that is no JSON object failed "not a JSON object" in detect with no word of
    what to do, and a --field no record holds was a warning of romanize's only (detect
    printed und for each record, silent): both say it, alike, and what to do (sweep38)."""
    path = tmp_path / "a.jsonl"
    path.write_text('{"t": "Щука"}\n["Ёж"]\n', encoding="utf-8")
    found = CliRunner().invoke(cli, ["detect", "--field", "t", str(path)])
    done = CliRunner().invoke(cli, ["romanize", "-q", "--field", "t", str(path)])
    assert found.exit_code == done.exit_code == 1
    assert _errors(found.stderr) == _unhinted(done.stderr)
    (line,) = _errors(found.stderr)
    assert line.startswith(f"translit: error: {path}:2: not a JSON object (a JSON array);")
    assert "one JSON object a line" in line, line
    path.write_text('{"text": "Щука"}\n{"text": "Ёж"}\n', encoding="utf-8")
    found = CliRunner().invoke(cli, ["detect", "--field", "txet", str(path)])
    done = CliRunner().invoke(cli, ["romanize", "--field", "txet", str(path)])
    assert found.exit_code == done.exit_code == 0
    assert found.stdout.split() == ["und", "und"]
    assert _warnings(found.stderr) == _warnings(done.stderr)
    (line,) = _warnings(found.stderr)
    assert line.startswith(f"translit: warning: {path}: no record of the first block has --field")
    assert "is the name right?" in line


def test_record_values_give_each_record_its_line(tmp_path: Path) -> None:
    path = tmp_path / "a.csv"
    path.write_bytes('\ufeffid,name\r\n1,"Щука\r\nЛещ"\r\n\r\n2,Ёж\r\n'.encode())
    fmt = format_for(str(path), columns=("name",))
    assert list(record_values(fmt, str(path))) == [(2, ["Щука\r\nЛещ"]), (5, ["Ёж"])]
    path = tmp_path / "a.jsonl"
    path.write_text('{"t": "Щука"}\n\n{"u": 1}\n{"t": "Ёж", "t2": "x"}\n', encoding="utf-8")
    fmt = format_for(str(path), fields=("t",))
    assert list(record_values(fmt, str(path))) == [(1, ["Щука"]), (3, []), (4, ["Ёж"])]


_pieces = st.sampled_from([*'a"\n,я;', 'a"', '"\n"', ',"', '""', "\r\n", ",,"])


@settings(max_examples=120, deadline=None)
@given(body=st.lists(_pieces, max_size=30).map("".join), chunk=st.integers(1, 64))
def test_record_values_are_the_csv_module_s_records(
    tmp_path_factory: pytest.TempPathFactory, body: str, chunk: int
) -> None:
    """Whatever the block size, the records ``detect`` reads are those Python's csv module
    reads from the whole text (second column), at the line each starts on; where the module
    refuses the text, or a record has no second column, the reader fails."""
    text = "a,b\n" + body
    path = tmp_path_factory.mktemp("rv") / "in.csv"
    path.write_bytes(text.encode())
    fmt = format_for(str(path), columns=("b",), delimiter=",")
    reader = csv.reader(io.StringIO(text, newline="\n"), strict=True)
    try:
        expected = []
        for row in reader:
            if reader.line_num > 1 and row:
                expected.append((row, reader.line_num))
    except csv.Error:
        expected = None
    try:
        got = list(record_values(fmt, str(path), chunk_size=chunk))
    except TranslitError:
        assert expected is None or any(len(row) < 2 for row, _ in expected)
        return
    assert expected is not None
    assert [values for _, values in got] == [[row[1]] for row, _ in expected]
    # a record's line: the csv module counts the lines it has read (to the record's end)
    ends = [line for _, line in expected]
    starts = [line for line, _ in got]
    assert all(s <= e for s, e in zip(starts, ends, strict=True)) and starts == sorted(starts)


# -- 2a. a CSV record too short for its column ------------------------------------------------


def test_a_short_record_fails_its_file_or_is_kept_and_listed(tmp_path: Path) -> None:
    """``2,b`` under ``--column 3`` kept its Cyrillic (no column to convert) with exit 0 and no
    word. It is a bad record now: it fails the file at its line, or with ``--on-error skip``
    is kept unchanged, listed with file and line and counted; a blank line is no record."""
    path = tmp_path / "p.csv"
    path.write_text("id,x,name\n1,a,Щука\n2,Щука\n\n3,c,Ёж\n", encoding="utf-8")
    done = CliRunner().invoke(cli, ["romanize", "-l", "ru", "--column", "name", str(path)])
    assert done.exit_code == 1
    assert f"translit: error: {path}:3: 2 fields, no column 3 to read" in done.stderr
    done = CliRunner().invoke(
        cli, ["romanize", "-v", "-l", "ru", "--column", "3", "--on-error", "skip", str(path)]
    )
    assert done.exit_code == 0, done.output
    assert done.stdout == "id,x,name\n1,a,Shchuka\n2,Щука\n\n3,c,Yëzh\n"
    assert f"skipped record: {path}:3: 2 fields, no column 3 to read" in done.stderr
    assert "1 record skipped" in done.stderr


# -- 2b. a TBX <term> of another vocabulary ---------------------------------------------------

_FOREIGN = (
    '<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2" '
    'xmlns:x="urn:example:other"><text><body><conceptEntry id="c1"><langSec xml:lang="ru">'
    "<termSec><term>РОА</term><x:term>чужой</x:term></termSec></langSec>"
    '<langSec xml:lang="en"><termSec><x:term>other</x:term><term>ROA</term></termSec>'
    '</langSec><x:langSec xml:lang="de"><termSec><term>ROA</term></termSec></x:langSec>'
    "</conceptEntry></body></text></tbx>\n"
)


def test_a_term_of_another_namespace_is_no_tbx_term(tmp_path: Path) -> None:
    """``<x:term>`` after the TBX ``<term>`` was read as the term (``чужой`` for РОА); it is
    kept as the term's data, and an ``<x:langSec>`` is no language section."""
    path = tmp_path / "g.tbx"
    path.write_text(_FOREIGN, encoding="utf-8")
    (concept,) = load(path).concepts
    assert [(t.lang, t.text) for t in concept.terms] == [("ru", "РОА"), ("en", "ROA")]
    assert "чужой" in "".join(concept.terms[0].extra)


# -- 2c. XLSX part names in any case ----------------------------------------------------------


def _workbook(tmp_path: Path, rename: dict[str, str]) -> Path:
    g = Glossary([Concept("c1", terms=[Term("РОА", "ru"), Term("ROA", "en")])])
    save(g, tmp_path / "plain.xlsx")
    path = tmp_path / "g.xlsx"
    with zipfile.ZipFile(tmp_path / "plain.xlsx") as z, zipfile.ZipFile(path, "w") as out:
        for info in z.infolist():
            out.writestr(rename.get(info.filename, info.filename), z.read(info))
    return path


def test_xlsx_part_names_are_read_in_any_case(tmp_path: Path) -> None:
    """OPC part names are ASCII case-insensitive (ECMA-376 Part 2, §9.1.1.1.2): a workbook
    whose members are ``XL/Workbook.xml`` … was "not an XLSX workbook: no xl/workbook.xml"."""
    path = _workbook(
        tmp_path,
        {
            "xl/workbook.xml": "XL/Workbook.xml",
            "xl/_rels/workbook.xml.rels": "XL/_rels/Workbook.xml.rels",
            "xl/worksheets/sheet1.xml": "XL/WORKSHEETS/Sheet1.XML",
        },
    )
    assert [[t.text for t in c.terms] for c in load(path).concepts] == [["РОА", "ROA"]]


def test_two_xlsx_members_of_one_part_name_are_refused(tmp_path: Path) -> None:
    path = _workbook(tmp_path, {})
    with zipfile.ZipFile(path, "a") as z:
        z.writestr("XL/worksheets/SHEET1.xml", b"<worksheet/>")
    with pytest.raises(GlossaryError, match="one part name in any case"):
        load(path)


# -- 2d. a glossary the system cannot read ----------------------------------------------------


def test_unreadable_glossaries_are_glossary_errors(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    """``load`` raised the bare OSError (IsADirectoryError…): ``except TranslitError`` missed
    it. Each says the file, why and what to do."""
    (tmp_path / "d.tbx").mkdir()
    cases = {
        tmp_path / "d.tbx": "(Is a directory): name a glossary file in it",
        tmp_path / "none.tbx": "(No such file or directory): check the name and the folder",
    }
    for path, says in cases.items():
        with pytest.raises(GlossaryError) as info:
            load(path)
        assert str(info.value) == f"{path}: cannot read the glossary {says}"

    def refused(name: str, mode: str = "r") -> object:
        raise PermissionError(13, "Permission denied", name)

    monkeypatch.setattr(glossary_files, "open", refused, raising=False)  # (root reads all)
    with pytest.raises(TranslitError, match=r"Permission denied\): give read permission"):
        load(tmp_path / "g.tbx")


def test_a_glossary_from_a_fifo_is_read(tmp_path: Path) -> None:
    """A FIFO (``-g <(…)``, a named pipe) is read as a file is."""
    import threading

    fifo = tmp_path / "g.tbx"
    os.mkfifo(fifo)
    text = _FOREIGN.replace("<x:term>чужой</x:term>", "")

    def write() -> None:
        with open(fifo, "w", encoding="utf-8") as fh:
            fh.write(text)

    writer = threading.Thread(target=write)
    writer.start()
    assert [t.text for t in load(fifo).concepts[0].terms] == ["РОА", "ROA"]
    writer.join()


def test_the_cli_names_a_glossary_it_cannot_read(tmp_path: Path) -> None:
    for args, code in ((["lookup", "-g"], 2), (["check"], 2)):  # (nothing read: fatal)
        done = CliRunner().invoke(cli, ["glossary", *args, str(tmp_path / "none.tbx"), "РОА"])
        assert done.exit_code == code and "Traceback" not in done.output, done.output
        assert "none.tbx: cannot read the glossary (No such file or directory): check" in (
            done.stderr
        )


# -- 2e. glossary convert - -------------------------------------------------------------------


@pytest.mark.parametrize("source", ["g.tbx", "g.csv", "g.xlsx", "g.po"])
def test_glossary_convert_reads_standard_input(tmp_path: Path, source: str) -> None:
    """``glossary convert - out.tbx`` was refused ("'-' does not exist"), though every other
    command reads '-'; the format is --from's, else the bytes say it."""
    g = Glossary([Concept("c1", terms=[Term("РОА", "ru"), Term("ROA", "en")])])
    src = tmp_path / source
    po = source.endswith(".po")
    save(g, src, **({"source_lang": "ru", "target_lang": "en"} if po else {}))
    out = tmp_path / "out.tbx"
    langs = ["--source-lang", "ru", "--target-lang", "en"] if po else []
    done = CliRunner().invoke(
        cli, ["glossary", "convert", *langs, "-", str(out)], input=src.read_bytes()
    )
    assert done.exit_code == 0, done.output
    assert [[t.text for t in c.terms] for c in load(out).concepts] == [["РОА", "ROA"]]


def test_glossary_convert_of_unknown_bytes_asks_for_from(tmp_path: Path) -> None:
    out = tmp_path / "out.tbx"
    done = CliRunner().invoke(cli, ["glossary", "convert", "-", str(out)], input=b"hello")
    assert done.exit_code == 2 and not out.exists()
    assert "cannot tell the glossary format of standard input; give it with --from" in done.stderr
    done = CliRunner().invoke(
        cli,
        ["glossary", "convert", "--from", "csv", "-", str(out)],
        input="ru,en\nРОА,ROA\n".encode(),
    )
    assert done.exit_code == 0, done.output
    assert re.search("<term>РОА</term>", out.read_text(encoding="utf-8"))


@settings(max_examples=200, deadline=None)
@given(data=st.binary(max_size=200) | st.text(max_size=100).map(str.encode))
def test_sniffing_any_bytes_names_a_readable_format_or_none(data: bytes) -> None:
    assert glossary_files.sniff_format(data) in (None, *glossary_files.FORMATS)
