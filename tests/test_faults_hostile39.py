"""Fault suite, hostile39: a fourth attacker's round over the inputs the earlier passes
(tests/test_faults_*.py) did not try. Each test builds its hostile input itself.

The bar: no traceback, no data lost, atomic outputs, exit codes 0/1/2/130, and a message that
names the file, the line, what is wrong and what to do.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import translit_cli
from test_glossary_xlsx import sheet, workbook

from translit.encodings import detect_encoding
from translit.errors import GlossaryError
from translit.glossary.xlsx import sheet_rows

# -- 1. UTF-16 or UTF-32 without a BOM, cut short in its last code unit ---------------------------

_TEXT = "Привет мир\nЮрий Гагарин\n" * 20


@pytest.mark.parametrize(
    ("codec", "cut"),
    [("utf-16-le", 1), ("utf-16-be", 1), ("utf-32-le", 1), ("utf-32-be", 2), ("utf-32-le", 3)],
)
def test_unicode_without_a_bom_cut_in_its_last_unit_is_still_that_encoding(
    codec: str, cut: int
) -> None:
    """A stray byte at the end (a copy cut short) made the length odd, and the bytes were
    judged ASCII: UTF-16 of Cyrillic has only bytes 00 and 04 to 4f, so its NULs and 04 bytes
    were written out as text, exit 0; UTF-32 was "binary data"."""
    data = _TEXT.encode(codec)
    assert detect_encoding(data[:-cut]) == codec
    assert detect_encoding(data + bytes(cut)) == codec


def test_a_utf16_file_with_a_stray_last_byte_fails_at_its_line(tmp_path: Path) -> None:
    src = tmp_path / "cut.txt"
    src.write_bytes(_TEXT.encode("utf-16-le") + b"\x00")
    done = translit_cli("romanize", src)
    assert done.returncode == 1
    err = done.stderr.decode()
    assert "cut.txt:41:" in err and "utf-16-le" in err and "cut short" in err, err
    assert "Traceback" not in err
    assert done.stdout.decode().startswith("Privet mir\nYuriy Gagarin\n")
    assert b"\x00" not in done.stdout and b"\x04" not in done.stdout


# -- 2. an XLSX cell whose reference is no cell's ---------------------------------------------


def _inline(ref: str, text: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


@pytest.mark.parametrize("ref", ["ZZZZZZZ2", "1", "B", "$B$2", "B2:C2", "Б2"])
def test_an_xlsx_cell_reference_that_is_no_cells_is_refused(ref: str) -> None:
    """A reference that is not letters and a row was taken as absent, the cell placed after
    the one before it: ``ZZZZZZZ2`` (past XFD) first in its row became column A, so an
    English term was read, converted and written as the Russian one, exit 0."""
    rows = (
        f'<row r="1">{_inline("A1", "ru")}{_inline("B1", "en")}</row>'
        f'<row r="2">{_inline(ref, "Moscow")}</row>'
    )
    with pytest.raises(GlossaryError) as err:
        sheet_rows(workbook([("S", sheet(rows))]), "r.xlsx")
    message = str(err.value)
    assert "r.xlsx (xl/worksheets/" in message and ":2:" in message, message
    assert "save it again" in message


def test_an_xlsx_cell_without_a_reference_follows_the_one_before() -> None:
    """(``r`` is optional, ECMA-376 Part 1, 18.3.1.4: such a cell, or an empty ``r``, is the
    next column, as before.)"""
    rows = (
        f'<row r="1">{_inline("A1", "ru")}{_inline("B1", "en")}</row>'
        '<row r="2"><c t="inlineStr"><is><t>Москва</t></is></c>'
        '<c r="" t="inlineStr"><is><t>Moscow</t></is></c></row>'
    )
    rows_read, _ = sheet_rows(workbook([("S", sheet(rows))]), "r.xlsx")
    assert rows_read == [(1, ["ru", "en"]), (2, ["Москва", "Moscow"])]


# -- 3. a skipped record told in the CLI's words ----------------------------------------------


def test_a_skipped_record_names_the_options_as_typed(tmp_path: Path) -> None:
    """With ``--on-error skip`` the skipped record's reason named the API's parameter,
    "`fields` reads JSON Lines … or drop `fields`", where the same fault without skip says
    --field, as every other message of the command does."""
    src = tmp_path / "a.jsonl"
    src.write_text('{"text": "Юра"}\n["Жора"]\n', encoding="utf-8")
    done = translit_cli("romanize", "--field", "text", "--on-error", "skip", src)
    assert done.returncode == 0, done.stderr.decode()
    err = done.stderr.decode()
    assert "skipped record: " in err and "a.jsonl:2:" in err, err
    assert "drop --field for plain text" in err and "`fields`" not in err, err
    assert done.stdout.decode() == '{"text": "Yura"}\n["Жора"]\n'


# -- 4. an output name too long: the advice fits the name given ---------------------------------


def test_a_named_output_too_long_says_to_name_a_shorter_one(tmp_path: Path) -> None:
    """``-o``, ``--report`` and a glossary's DST of a name past 255 bytes were told "choose a
    shorter --suffix or --backup, or rename the input": options the command was not given,
    and an input that is not to blame."""
    src = tmp_path / "a.txt"
    src.write_text("Юра\n", encoding="utf-8")
    long = tmp_path / ("я" * 126 + ".txt")  # (256 bytes)
    glossary = tmp_path / "g.csv"
    glossary.write_text("ru,en\nМосква,Moscow\n", encoding="utf-8")
    runs = [
        (("romanize", src, "-o", long), 2),
        (("romanize", src, "--report", long), 1),
        (("glossary", "convert", glossary, long.with_suffix(".tbx")), 2),
    ]
    for args, code in runs:
        done = translit_cli(*args)
        err = done.stderr.decode()
        assert done.returncode == code, err
        assert "File name too long" in err and "name a shorter one" in err, err
        assert "--suffix" not in err and "Traceback" not in err, err
    done = translit_cli("romanize", "--suffix", "." + "x" * 260, src)
    assert done.returncode == 1
    assert "choose a shorter --suffix or --backup" in done.stderr.decode()


# -- 5. a file that ends inside a character is told as cut short ------------------------------


@pytest.mark.parametrize(
    ("data", "line"),
    [
        ("Юра\nЖ".encode() + b"\xd0", 2),  # UTF-8 cut in a letter's two bytes
        (b"\xff\xfe" + "Юра\n".encode("utf-16-le") + b"\x16", 2),  # UTF-16 with a BOM
        ("Юра\n".encode("utf-16-le") + b"\x3d\xd8", 2),  # a surrogate pair's first half
    ],
)
def test_a_file_ending_inside_a_character_is_told_as_cut_short(
    tmp_path: Path, data: bytes, line: int
) -> None:
    """It said "cannot decode byte(s) d0 as utf-8 …; try another --encoding", and no other
    encoding mends a file cut in its last character: the advice is to check the copy."""
    src = tmp_path / "cut.txt"
    src.write_bytes(data)
    done = translit_cli("romanize", src)
    err = done.stderr.decode()
    assert done.returncode == 1, err
    assert f"cut.txt:{line}: the input ends inside a character" in err, err
    assert "cut short; check the copy" in err and "another --encoding" not in err, err
    assert done.stdout.decode().startswith("Yura\n")
    done = translit_cli("romanize", "--errors", "replace", src)
    assert done.returncode == 0 and done.stdout.decode().endswith("\ufffd"), done.stderr


def test_a_bad_byte_inside_the_file_still_names_another_encoding(tmp_path: Path) -> None:
    src = tmp_path / "bad.txt"
    src.write_bytes("Юра\n".encode() + b"\xd0 ok\n")
    err = translit_cli("romanize", "--encoding", "utf-8", src).stderr.decode()
    assert "bad.txt:2: cannot decode byte(s) d0 as utf-8" in err, err
    assert "try another --encoding" in err, err
