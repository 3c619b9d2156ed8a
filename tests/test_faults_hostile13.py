"""Fault suite, ninth sweep: the mojibake repair on pathological text (memory, values between
NULs, chunks against the whole), and the hostile paths and glossary files the earlier sweeps
left out.

The bar: no crash, no super-linear time or memory, nothing lost (what is not repaired is kept
as it is), the same output whether a text is read whole or in blocks.
"""

from __future__ import annotations

import contextlib
import os
import resource
import subprocess
import sys
import tempfile
import tracemalloc
import unicodedata
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import growth_ratio
from hypothesis import example, given, settings
from hypothesis import strategies as st
from test_glossary_xlsx import HEAD, HEADER_ROW, MAIN, sheet, workbook

from bench.mojibake import MISREADS
from translit import romanize
from translit.cli import cli
from translit.cli.normalize import NormalizeSpec
from translit.encodings import mojibake_edits, repair_mojibake
from translit.errors import GlossaryError
from translit.glossary import Concept, Glossary, Term, lint
from translit.glossary.files import loads
from translit.io import RunOptions, run
from translit.io.atomic import temp_prefix
from translit.normalization import normalize

ROOT = Path(__file__).resolve().parent.parent

#: "Власов", UTF-8 read as windows-1252 (U+0081 where windows-1252 leaves 0x81 undefined)
MISREAD = "Ð’Ð»Ð°Ñ\x81Ð¾Ð²"


@pytest.mark.parametrize(
    "line",
    [
        "Ð" * 100_000,  # one sign of mojibake after another, no repair
        "Ð─" * 50_000,  # Latin-1 letters and box drawing
        MISREAD * 10_000,  # one run of mojibake as long as the line, repaired
    ],
    ids=["signs", "signs-and-boxes", "one-long-run"],
)
def test_mojibake_memory_of_a_long_line_is_a_few_bytes_a_character(line: str) -> None:
    """The signs of mojibake were gathered first, a list of spans as long as the line: 100 to
    130 bytes for each character, 6 GB for a 50 MB line without white space (a block the
    batch layer keeps whole up to 64 MiB)."""
    mojibake_edits(MISREAD)  # the tables and the scorer, loaded once
    tracemalloc.start()
    try:
        mojibake_edits(line)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 24 * len(line), f"{peak / len(line):.0f} bytes a character"


@pytest.mark.parametrize("sep", ["\x00", "\x00\x00", "\n", "\x00\n\x00"])
def test_every_value_between_nuls_is_repaired(sep: str) -> None:
    """A NUL ends a value as a line end does, but only the first value of a line was looked
    at: the piece after a NUL was passed over with the rest of its line."""
    assert repair_mojibake(MISREAD + sep + MISREAD + sep + "x") == f"Власов{sep}Власов{sep}x"
    edits = mojibake_edits(f"ab{sep}{MISREAD}{sep}{MISREAD}")
    assert [rep for *_, rep in edits] == ["Власов", "Власов"]


@pytest.mark.parametrize("sep", ["\x00", "\x00x\x00ж "])
def test_a_line_of_many_values_is_repaired_in_linear_time(sep: str) -> None:
    """Each value between NULs is one piece, found from the end of the last: none reads the
    line up to its end or back to its start again."""
    ratio = growth_ratio(repair_mojibake, lambda n: (MISREAD + sep) * (n // 16))
    assert ratio < 8, f"4x the values took {ratio:.1f}x the time"


# --- properties of normalize with the mojibake rule on ---------------------------------------

_WORDS = [
    "Генерал",
    "Андрей",
    "Власов",
    "и",
    "Русская",
    "освободительная",
    "армия",
    "Київ",
    "Мінск",
    "ёлка",
    "café",
]
_MISREADS = sorted(MISREADS)
_ODD = "ÐÑРСâ€ž\x81\x90\x9d\ufffd\u0301\u0300\u00ad\u00a0ÀÂÃ©°Ê─│ёЀIë\x00\t "


@st.composite
def _mojibake_text(draw: st.DrawFn) -> str:
    """Lines of words, each line as written or misread one of the ways of bench.mojibake,
    with odd characters (signs of mojibake, C1 controls, U+FFFD, marks, NUL) in between."""
    lines = []
    for _ in range(draw(st.integers(1, 4))):
        words = draw(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=6))
        line = " ".join(words)
        kind = draw(st.sampled_from([None, *_MISREADS]))
        if kind is not None:
            with contextlib.suppress(UnicodeError):  # a letter the code page has not
                line = MISREADS[kind](line)
        odd = draw(st.text(alphabet=_ODD, max_size=4))
        at = draw(st.integers(0, len(line)))
        lines.append(line[:at] + odd + line[at:])
    return "\n".join(lines) + draw(st.sampled_from(["", "\n", "\r\n"]))


@settings(max_examples=300, deadline=None)
@given(_mojibake_text())
def test_normalize_with_mojibake_is_idempotent(text: str) -> None:
    once = normalize(text, lang="ru")
    assert normalize(once, lang="ru") == once


@settings(max_examples=300, deadline=None)
@given(_mojibake_text())
# Київ as UTF-8 read as windows-1251 after a Latin I: decomposed, Рё showed no sign of
# mojibake, and the I had become Cyrillic І (a look-alike) when composing revealed it
@example("IРљРёС—РІ")
# KOI8-R read as windows-1251 in two values: the capitals' sign matched across the NUL, so the
# NFC text was repaired as one line and the NFD one (Й decomposed) value by value, not at all
@example("ПУЧ\x00ПВПДЙФЕМШОБС")
def test_normalize_of_nfd_input_is_the_result_of_nfc_input(text: str) -> None:
    nfc = unicodedata.normalize("NFC", text)
    assert normalize(unicodedata.normalize("NFD", text), lang="ru") == normalize(nfc, lang="ru")


@settings(max_examples=80, deadline=None)
@given(_mojibake_text(), st.integers(0, 64))
def test_normalize_of_a_file_in_blocks_is_normalize_of_the_whole(text: str, more: int) -> None:
    """The batch layer reads a file in blocks of whole lines and normalises each alone; the
    mojibake rule decides each line (and each value between NULs) on its own, so the blocks
    give the whole's result. (A line longer than the chunk size is cut after white space,
    and the rule then decides each piece alone: kept so, since a line of a million runs held
    whole cost 170 bytes a character.) The first 64 KiB are read as one block: the lines
    after them are cut into blocks of a few lines. (The text ends with a line end: a last
    line without one is cut after white space whenever a read ends inside it, however short.)"""
    longest = max(len(line.encode("utf-8")) for line in text.split("\n")) + 2
    text = "x\n" * 40_000 + text.rstrip("\r\n") + "\n"
    with tempfile.TemporaryDirectory() as folder:
        src, out = Path(folder, "in.txt"), Path(folder, "out.txt")
        src.write_bytes(text.encode("utf-8"))
        opts = RunOptions(
            output=str(out), jobs=1, chunk_size=longest + more, encoding="utf-8", quiet=True
        )
        result = run(NormalizeSpec((), "ru"), [str(src)], opts)
        assert result.exit_code == 0
        assert out.read_bytes().decode("utf-8") == normalize(text, lang="ru")


def test_romanize_mojibake_warning_of_a_long_run_is_one_short_line(tmp_path: Path) -> None:
    """The warning quoted the run of mojibake and its reading whole: 150 KB on one line for a
    first block of 64 KiB without white space."""
    src = tmp_path / "in.txt"
    src.write_text(MISREAD * 2_000 + "\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["romanize", str(src)])
    assert result.exit_code == 0
    warning = [line for line in result.stderr.splitlines() if "reads as" in line]
    assert len(warning) == 1 and len(warning[0]) < 400, warning
    assert "(24,000 characters)" in warning[0] and "(12,000 characters)" in warning[0]
    assert result.stdout.startswith(MISREAD)  # the text itself kept as it is


# --- hostile destinations -----------------------------------------------------------------------


def _translit(*args: str, fsize: int | None = None) -> subprocess.CompletedProcess[str]:
    """``translit ARGS`` in a subprocess (``fsize``: a file-size limit in bytes, without a
    bytecode cache, which such a limit cuts short)."""

    def limit() -> None:
        if fsize is not None:
            resource.setrlimit(resource.RLIMIT_FSIZE, (fsize, fsize))

    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    if fsize is not None:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
    return subprocess.run(
        [sys.executable, "-m", "translit", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        preexec_fn=limit,
        check=False,
    )


@pytest.mark.parametrize("to", ["xlsx", "tbx", "csv", "po"])
@pytest.mark.parametrize("where", ["/dev/full", "limit"])
def test_a_glossary_written_to_a_full_disk_names_its_file(
    tmp_path: Path, to: str, where: str
) -> None:
    """An XLSX glossary that could not be written was blamed on ``<stdout>``: the workbook's
    bytes went to the file with no name on the error."""
    src = tmp_path / "g.csv"
    src.write_text("ru,en\n" + "".join(f"Термин{i},Term{i}\n" for i in range(3000)), "utf-8")
    dst = "/dev/full" if where == "/dev/full" else str(tmp_path / f"out.{to}")
    run = _translit(
        "glossary",
        "convert",
        "--to",
        to,
        str(src),
        dst,
        fsize=None if dst == "/dev/full" else 20_000,
    )
    assert run.returncode == 2 and "Traceback" not in run.stderr
    assert f"translit: error: {dst}: " in run.stderr and "<stdout>" not in run.stderr
    assert not Path(dst).is_file()  # nothing cut short left behind


# --- glossary files -----------------------------------------------------------------------------

_LONG = "9" * 5_000


@pytest.mark.parametrize(
    ("rows", "sheet_name", "says"),
    [
        (f'<row r="2"><c r="A2" t="s"><v>{_LONG}</v></c></row>', None, "names shared string"),
        (f'<row r="2"><c r="A{_LONG}" t="s"><v>{_LONG}</v></c></row>', None, "names shared"),
        (f'<row r="{_LONG}"><c r="A2" t="s"><v>0</v></c></row>', None, "row number"),
        ("", "x" * 5_000, "no sheet"),
    ],
    ids=["shared-string-index", "cell-reference", "row-number", "sheet-asked-for"],
)
def test_a_long_value_from_a_workbook_is_quoted_cut(
    rows: str, sheet_name: str | None, says: str
) -> None:
    """A value the file (or the caller) gave was quoted whole in the message: a shared string
    index of 5,000 digits made an error of 5 KB on one line."""
    shared = HEAD + f'<sst xmlns="{MAIN}"><si><t>x</t></si></sst>'
    names = [(f"S{i}" + "s" * 200, sheet(HEADER_ROW + rows)) for i in range(30)]
    data = workbook(names, shared)
    with pytest.raises(GlossaryError, match=says) as info:
        loads(data, "xlsx", "i.xlsx", sheet=sheet_name)
    assert len(str(info.value)) < 500, str(info.value)[:600]


@pytest.mark.parametrize("fid", ["9" * 5_000, "²", "١٤"])
def test_a_number_format_id_that_int_cannot_read_is_no_date(fid: str) -> None:
    """A style's numFmtId of 5,000 digits (past Python's 4,300-digit limit) or of digits int()
    does not read (²) was a ValueError out of load(); it is a format that is no date, and
    Arabic-Indic digits are no built-in format number either."""
    styles = (
        HEAD + f'<styleSheet xmlns="{MAIN}"><cellXfs count="2"><xf numFmtId="0"/>'
        f'<xf numFmtId="{fid}"/></cellXfs></styleSheet>'
    )
    rows = sheet(HEADER_ROW + '<row r="2"><c r="A2" s="1"><v>45292</v></c></row>')
    g = loads(workbook([("S", rows)], extra={"xl/styles.xml": styles}), "xlsx", "x.xlsx")
    assert [t.text for t in g.concepts[0].terms] == ["45292"]


# --- hostile names and values in the batch layer ----------------------------------------------


@pytest.mark.parametrize("pid", ["²", "9" * 200, "١٢"])
def test_a_stray_temporary_name_with_no_pid_is_left_alone(tmp_path: Path, pid: str) -> None:
    """Stale temporary files of dead runs are removed before a run writes into a folder; a
    name whose pid was digits int() does not read (²) failed every input with "invalid
    literal for int()", and 200 digits would overflow os.kill."""
    src, out = tmp_path / "in.txt", tmp_path / "out"
    src.write_text("Юрий\n", encoding="utf-8")
    out.mkdir()
    stray = out / f"{temp_prefix(1).split('+')[0]}+{pid}-x"
    stray.write_text("not ours", encoding="utf-8")
    result = run(romanize, [str(src)], RunOptions(out_dir=str(out), jobs=1, quiet=True))
    assert result.exit_code == 0
    assert (out / "in.txt").read_text(encoding="utf-8") == "Yuriy\n"
    assert stray.read_text(encoding="utf-8") == "not ours"


@pytest.mark.parametrize("column", ["²", "9" * 5_000, "١"])
@pytest.mark.parametrize("header", [True, False])
def test_a_column_of_digits_int_cannot_read_is_a_clear_error(
    tmp_path: Path, column: str, header: bool
) -> None:
    """``--column ²`` (str.isdigit() is True) failed with "invalid literal for int()", 5,000
    digits with Python's limit on int(); the message echoed the value whole."""
    src = tmp_path / "in.csv"
    src.write_text("a,b\nЮрий,x\n", encoding="utf-8")
    args = ["romanize", "--column", column, str(src)] + ([] if header else ["--no-header"])
    result = CliRunner().invoke(cli, args)
    assert result.exit_code in (1, 2) and "int()" not in result.output
    assert ("no column" if header else "1-based index") in result.output
    assert len(result.output) < 400


def test_a_header_of_many_long_names_is_listed_cut(tmp_path: Path) -> None:
    src = tmp_path / "in.csv"
    src.write_text(",".join(f"c{i}" + "x" * 100 for i in range(5_000)) + "\nЮ\n", "utf-8")
    result = CliRunner().invoke(cli, ["romanize", "--column", "nope", str(src)])
    assert result.exit_code == 1 and "no column 'nope'" in result.output
    assert "and 4,980 more" in result.output and len(result.output) < 2_000


def test_glossary_stats_shows_a_language_from_the_file_on_its_own_line(tmp_path: Path) -> None:
    """``xml:lang="ru&#10;x: error: injected"`` printed a line of its own in ``stats``, and a
    tag of 100,000 letters a line of 100 KB."""
    entry = (
        '<conceptEntry id="c{k}"><langSec xml:lang="{lang}"><termSec><term>РОА</term>'
        "</termSec></langSec></conceptEntry>"
    )
    body = entry.format(k=1, lang="ru&#10;x: error: injected") + entry.format(
        k=2, lang="r" * 100_000
    )
    src = tmp_path / "g.tbx"
    src.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<tbx style="dca" type="TBX-Basic" xml:lang="en" '
        f'xmlns="urn:iso:std:iso:30042:ed-2"><text><body>{body}</body></text></tbx>',
        encoding="utf-8",
    )
    result = CliRunner().invoke(cli, ["glossary", "stats", str(src)])
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert len(lines) == 6 and all(len(line) < 300 for line in lines), lines  # (user22: genders)
    assert "ru\\nx: error: injected 1" in lines[1] and "(100,000 characters) 1" in lines[1]


def test_glossary_check_shows_a_language_from_the_file_on_its_own_line() -> None:
    """A language tag from the file was printed raw in the findings of a concept without a
    preferred term: ``ru&#10;x: error: injected`` made a finding line of its own."""
    terms = [Term("РОА", "ru\nx: error: injected"), Term("ROA", "fr", status="admitted")]
    g = Glossary([Concept("c1", terms=terms), Concept("c2", terms=[Term("РОА", "r" * 100_000)])])
    for finding in lint(g):
        assert "\n" not in finding.message and len(finding.message) < 300, finding.message


@pytest.mark.parametrize("link", ["loop", "dangling"])
def test_an_out_dir_that_is_a_broken_link_says_so(tmp_path: Path, link: str) -> None:
    """A link in a loop or to nothing as --out-dir was "cannot make the folder (File exists)"."""
    src, out = tmp_path / "in.txt", tmp_path / "out"
    src.write_text("Юрий\n", encoding="utf-8")
    if link == "loop":
        (tmp_path / "other").symlink_to(out)
        out.symlink_to(tmp_path / "other")
    else:
        out.symlink_to(tmp_path / "nowhere")
    result = CliRunner().invoke(cli, ["romanize", "--out-dir", str(out), str(src)])
    assert result.exit_code == 2 and "File exists" not in result.output
    assert "a symbolic link that leads to no folder" in result.output
    assert not (tmp_path / "nowhere").exists()
