"""Fault suite, hostile21: glossary XML in UTF-32 with a byte order mark, ``--in-place`` on a
file of several hard links, JSONL fields that hold no text.

The bar: no traceback, no data lost, atomic outputs, exit codes 0/1/2/130, and a message that
names the file, the line, what is wrong and what to do.
"""

from __future__ import annotations

import codecs
import io
import os
import resource
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from translit.cli import cli
from translit.errors import GlossaryError
from translit.glossary import load

# -- 1. UTF-32 with a BOM ------------------------------------------------------------------

_TBX = (
    '<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">\n'
    '<text><body><conceptEntry id="c1"><langSec xml:lang="ru"><termSec><term>РОА</term>'
    '</termSec></langSec><langSec xml:lang="en"><termSec><term>ROA</term></termSec>'
    "</langSec></conceptEntry></body></text></tbx>\n"
)
_UTF32 = {
    "le": (codecs.BOM_UTF32_LE, "utf-32-le"),
    "be": (codecs.BOM_UTF32_BE, "utf-32-be"),
}


@pytest.mark.parametrize("declared", ["", "UTF-32", "UTF-8"])
@pytest.mark.parametrize("order", sorted(_UTF32))
def test_a_tbx_in_utf32_with_a_bom_reads_its_terms(
    tmp_path: Path, order: str, declared: str
) -> None:
    """A well-formed TBX file in UTF-32 with its BOM was refused as "empty XML document"
    (exit 1, no line): lxml's incremental parser, which reads TBX entry by entry, finds no
    document after a UTF-32 BOM, while its whole-document parser reads it."""
    bom, codec = _UTF32[order]
    head = f'<?xml version="1.0" encoding="{declared}"?>\n' if declared else ""
    path = tmp_path / "g.tbx"
    path.write_bytes(bom + (head + _TBX).encode(codec))
    assert [[t.text for t in c.terms] for c in load(path).concepts] == [["РОА", "ROA"]]
    done = CliRunner().invoke(cli, ["glossary", "stats", str(path)])
    assert done.exit_code == 0, done.output
    assert "1 concept, 2 terms" in done.stdout  # (was "1 concepts")


def test_a_damaged_utf32_tbx_is_refused_at_a_line(tmp_path: Path) -> None:
    """A UTF-32 file with a code unit no character has was "not well-formed XML: Invalid
    bytes in character encoding" at line 1 whatever its line; it is refused at its line."""
    data = codecs.BOM_UTF32_LE + _TBX.encode("utf-32-le")
    cut = data.index("ROA".encode("utf-32-le"))
    path = tmp_path / "g.tbx"
    path.write_bytes(data[:cut] + b"\xff\xff\xff\xff" + data[cut + 4 :])
    with pytest.raises(GlossaryError) as info:
        load(path)
    assert info.value.line == 2 and "not UTF-32" in str(info.value), info.value
    assert "save it again as UTF-8" in str(info.value)


def test_a_workbook_sheet_in_utf32_with_a_bom_reads_its_rows(tmp_path: Path) -> None:
    """The sheet of an XLSX file is read row by row through the same parser: a part saved in
    UTF-32 with a BOM was refused as "not well-formed XML: Start tag expected, '<' not
    found"."""
    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    pkg = "http://schemas.openxmlformats.org/package/2006/relationships"
    rows = "".join(
        f'<row r="{i}"><c r="A{i}" t="inlineStr"><is><t>{a}</t></is></c>'
        f'<c r="B{i}" t="inlineStr"><is><t>{b}</t></is></c></row>'
        for i, (a, b) in enumerate([("ru", "en"), ("РОА", "ROA")], 1)
    )
    sheet = f'<worksheet xmlns="{main}"><sheetData>{rows}</sheetData></worksheet>'
    parts = {
        "[Content_Types].xml": '<Types xmlns="http://schemas.openxmlformats.org/package/2006/'
        'content-types"/>',
        "_rels/.rels": f'<Relationships xmlns="{pkg}"><Relationship Id="rId1" '
        f'Type="{rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": f'<workbook xmlns="{main}" xmlns:r="{rel}"><sheets><sheet name="S" '
        'sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": f'<Relationships xmlns="{pkg}"><Relationship Id="rId1" '
        f'Type="{rel}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
    }
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, text in parts.items():
            z.writestr(name, text)
        z.writestr("xl/worksheets/sheet1.xml", sheet.encode("utf-32"))
    path = tmp_path / "g.xlsx"
    path.write_bytes(buf.getvalue())
    assert [[t.text for t in c.terms] for c in load(path).concepts] == [["РОА", "ROA"]]


# -- 2. --in-place on a file of several names -----------------------------------------------


@pytest.mark.parametrize("command", ["romanize", "normalize"])
def test_in_place_on_a_hard_link_says_the_other_names_keep_the_old_text(
    tmp_path: Path, command: str
) -> None:
    """``--in-place`` writes a new file and renames it over the input (atomic), so a file of
    several names (hard links) ended as two files: the name given had the result, the others
    the old text, and nothing said so (exit 0, no warning)."""
    first = tmp_path / "a.txt"
    first.write_text("Щука\n", encoding="utf-8")
    other = tmp_path / "b.txt"
    other.hardlink_to(first)
    done = CliRunner().invoke(cli, [command, "--in-place", "-l", "ru", str(first)])
    assert done.exit_code == 0, done.output
    assert (
        f"warning: {first}: this file has 2 names (hard links): --in-place writes the result "
        "as a new file under this name, and the other name keeps the old text"
    ) in done.stderr
    assert other.read_text(encoding="utf-8") == "Щука\n"  # what the warning says
    if command == "romanize":
        assert first.read_text(encoding="utf-8") == "Shchuka\n"


def test_in_place_on_a_file_of_one_name_warns_of_nothing(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Щука\n", encoding="utf-8")
    link = tmp_path / "s.txt"
    link.symlink_to(path)  # a symlink is followed: its file is rewritten, the link kept
    done = CliRunner().invoke(cli, ["romanize", "--in-place", str(path)])
    assert done.exit_code == 0 and "warning" not in done.stderr, done.output
    done = CliRunner().invoke(cli, ["romanize", "--in-place", str(link)])
    assert done.exit_code == 0 and "warning" not in done.stderr, done.output
    assert link.is_symlink() and path.read_text(encoding="utf-8") == "Shchuka\n"


def test_the_library_run_reports_the_hard_link_warning_on_the_file(tmp_path: Path) -> None:
    """``translit.io.run`` tells it as a warning of that file's result (the CLI prints it)."""
    from translit.io import RunOptions, run

    path = tmp_path / "a.txt"
    path.write_text("Щука\n", encoding="utf-8")
    for k in range(3):
        (tmp_path / f"l{k}.txt").hardlink_to(path)
    result = run(str.upper, [str(path)], RunOptions(in_place=True))
    (warning,) = result.files[0].warnings
    assert warning.line == 0 and "this file has 4 names" in warning.reason
    assert "the 3 other names keep the old text" in warning.reason
    assert path.read_text(encoding="utf-8") == "ЩУКА\n"
    assert (tmp_path / "l0.txt").read_text(encoding="utf-8") == "Щука\n"


# -- 3. a JSONL field that holds a list or an object ----------------------------------------


@pytest.mark.parametrize(
    ("field", "record"),
    [
        ("text", '{"text": [1, [null]]}'),  # a list without a text (user33: one of texts is
        (
            "text",
            '{"text": {"ru": "Щука"}}',
        ),  # converted, tests/test_faults_user33.py)  # an object: its keys have names, text.ru
        ("a.b", '{"a": [{"b": "Щука"}]}'),  # a path through a list
    ],
)
def test_a_field_holding_a_list_or_object_is_warned_about(
    tmp_path: Path, field: str, record: str
) -> None:
    """``--field text`` on records whose ``text`` is an object (or a list without a string)
    converted nothing, exit 0, and said nothing (a field absent from every record is warned
    about); the records stay as they were."""
    path = tmp_path / "a.jsonl"
    path.write_text(record + "\n", encoding="utf-8")
    done = CliRunner().invoke(cli, ["romanize", "--field", field, str(path)])
    assert done.exit_code == 0, done.output
    assert done.stdout == record + "\n"
    assert (
        f"warning: {path}: no record of the first block has --field '{field}': is the name "
        "right? (a.b for a key nested in an object; an object there is not converted, nor a "
        "list without a string)"
    ) in done.stderr


def test_a_field_holding_text_in_some_records_is_no_warning(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    path.write_text('{"text": {"a": "Щука"}}\n{"text": "Щука"}\n{"text": null}\n', "utf-8")
    done = CliRunner().invoke(cli, ["romanize", "-l", "ru", "--field", "text", str(path)])
    assert done.exit_code == 0 and "warning" not in done.stderr, done.output
    assert done.stdout == '{"text": {"a": "Щука"}}\n{"text": "Shchuka"}\n{"text": null}\n'


# -- 4. a file-size limit (ulimit -f) with -j 2 ----------------------------------------------

ROOT = Path(__file__).resolve().parent.parent
# (no bytecode written under the limit: a .pyc cut short breaks every later import of it)
ENV = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONDONTWRITEBYTECODE": "1"}


def _limited(args: list[str], fsize: int, stdin: object = subprocess.DEVNULL) -> subprocess.CompletedProcess[bytes]:  # fmt: skip
    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (fsize, fsize))

    return subprocess.run(
        [sys.executable, "-m", "translit", *args],
        stdin=stdin,
        capture_output=True,
        env=ENV,
        cwd=ROOT,
        timeout=300,
        preexec_fn=limit,
        check=False,
    )


@pytest.mark.parametrize("piped", [False, True], ids=["file", "stdin"])
def test_a_file_size_limit_below_a_block_fails_no_run_to_a_pipe(
    tmp_path: Path, piped: bool
) -> None:
    """Under ``ulimit -f`` smaller than a block, ``romanize -j 2 big.txt | …`` failed the
    input ("big.txt: [Errno 27] File too large", no output) where ``-j 1`` wrote it all: the
    limit counts the in-memory files a worker writes a block's result into (and, from stdin,
    the parent a block to convert), though the output, a pipe, has none. Those go through
    the pipes then, and the output is -j 1's."""
    path = tmp_path / "big.txt"
    path.write_text("Щука и Москва, Юрий Гагарин\n" * 40_000, encoding="utf-8")  # 2 MB
    outs = []
    for jobs in ("1", "2"):
        args = ["romanize", "-l", "ru", "-j", jobs, "--chunk-size", "262144"]
        if piped:
            with path.open("rb") as stdin:
                done = _limited(args, 16384, stdin)
        else:
            done = _limited([*args, str(path)], 16384)
        assert done.returncode == 0, done.stderr.decode()
        assert not done.stderr, done.stderr.decode()
        outs.append(done.stdout)
    assert outs[0] == outs[1] == ("Shchuka i Moskva, Yuriy Gagarin\n" * 40_000).encode()


def test_a_file_size_limit_with_j2_blames_the_output_file(tmp_path: Path) -> None:
    """Into ``-o FILE`` the limit is the output's: -j 2 named the input, with Python's
    "[Errno 27]"; it names the output and what to do, as -j 1 does."""
    path = tmp_path / "big.txt"
    path.write_text("Щука\n" * 200_000, encoding="utf-8")
    out = tmp_path / "out.txt"
    done = _limited(
        ["romanize", "-l", "ru", "-j", "2", "--chunk-size", "262144", "-o", str(out), str(path)],
        16384,
    )
    # 2: the one shared output takes nothing more, fatal for the run (glossary32; was 1)
    assert done.returncode == 2, done.stderr.decode()
    err = done.stderr.decode()
    assert f"translit: error: {out}: File too large: a file-size limit" in err, err
    assert "Errno" not in err and f"error: {path}" not in err, err
    assert not out.exists() and os.listdir(tmp_path) == ["big.txt"]
