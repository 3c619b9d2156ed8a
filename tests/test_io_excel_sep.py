"""Excel's ``sep=;`` first line in a batch CSV (sep37): ``translit romanize --column name`` on
a file Excel wrote with it said "no column 'name'; the header has: sep=,". The line names the
delimiter and is no record; the output keeps it byte for byte. Excel's rule (the one the
glossary reader already followed): the whole first line is ``sep=`` and one character.

The files are written here by hand; each expected output is written out as a user reads it.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from conftest import translit_cli
from hypothesis import given, settings
from hypothesis import strategies as st

from translit.delimiters import excel_sep
from translit.io.formats import Csv


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        # Excel in a de/fr/ru locale: ';' and CRLF line ends, a quoted field holding ';'
        (
            'sep=;\r\nid;name\r\n1;Щукин\r\n2;"Иванов; И."\r\n',
            'sep=;\r\nid;name\r\n1;Shchukin\r\n2;"Ivanov; I."\r\n',
        ),
        # a BOM before the line (Excel's "CSV UTF-8"), a ',' the sniffer would also have found
        ("\ufeffsep=,\nid,name\n1,Щукин\n", "\ufeffsep=,\nid,name\n1,Shchukin\n"),
        # a tab, as the character itself and as the two characters people type for it
        ("sep=\t\nid\tname\n1\tЩукин\n", "sep=\t\nid\tname\n1\tShchukin\n"),
        ("sep=\\t\nid\tname\n1\tЩукин\n", "sep=\\t\nid\tname\n1\tShchukin\n"),
        # the line names a delimiter the data alone would not be sniffed as ('|' against ',')
        ("sep=|\nid|name\n1|Щукин, Иван\n", "sep=|\nid|name\n1|Shchukin, Ivan\n"),
        # no sep= line: a first field that merely starts with "sep=" is a header name
        ("sep=x,name\n1,Щукин\n", "sep=x,name\n1,Shchukin\n"),
        ("sep=;;name\n1;;Щукин\n", "sep=;;name\n1;;Shchukin\n"),
    ],
)
def test_romanize_reads_excels_sep_line_and_keeps_it(
    tmp_path: Path, data: str, expected: str
) -> None:
    src, out = tmp_path / "people.csv", tmp_path / "out.csv"
    src.write_bytes(data.encode("utf-8"))
    done = translit_cli("romanize", "-l", "ru", "--column", "name", src, "-o", out)
    assert done.returncode == 0, done.stderr
    assert out.read_bytes() == expected.encode("utf-8")


def test_a_missing_column_is_told_at_the_header_after_the_sep_line(tmp_path: Path) -> None:
    src = tmp_path / "people.csv"
    src.write_bytes("sep=;\r\nid;фамилия\r\n1;Щукин\r\n".encode())
    done = translit_cli("romanize", "-l", "ru", "--column", "name", src)
    assert done.returncode == 1
    assert f"{src}:2: no column 'name'; the header has: id, фамилия" in done.stderr.decode()


def test_a_sep_line_naming_the_quote_is_an_error_at_line_1(tmp_path: Path) -> None:
    src = tmp_path / "people.csv"
    src.write_bytes('sep="\nid,name\n1,Щукин\n'.encode())
    done = translit_cli("romanize", "-l", "ru", "--column", "name", src)
    assert done.returncode == 1
    assert f"{src}:1: the first line 'sep=\"' names the quote character" in done.stderr.decode()


def test_the_sep_line_goes_to_the_output_with_the_header() -> None:
    data = 'sep=;\nid;name\n1;Щукин\n2;"open\n'
    fmt, prefix, rest = Csv(columns=("name",)).prepare(data).start(data)
    assert (fmt.delimiter, prefix, rest) == (";", "sep=;\nid;name\n", '1;Щукин\n2;"open\n')


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("sep=;\nid;name\n", (";", 6)),
        ("sep=;\r\nid;name\r\n", (";", 7)),
        ("sep=;", (";", 5)),
        ("sep=\t\n", ("\t", 6)),
        ("sep=\\t\n", ("\t", 7)),
        ("sep=x,name\n", None),  # a header whose first name starts with "sep="
        ("sep=;;\n", None),
        ("sep=\n", None),  # no character named
        ("sep=;\rid;name\r", None),  # CR alone ends no line here (nor in the record reader)
        (" sep=;\n", None),
        ("\ufeffsep=;\n", None),  # the BOM is the caller's to remove
    ],
)
def test_excel_sep_is_the_whole_first_line(text: str, expected: tuple[str, int] | None) -> None:
    assert excel_sep(text) == expected


_FIELD = st.lists(st.sampled_from([*"Щукин Ivan;,|\t\"'", "\n", "\r\n", "sep="]), max_size=6).map(
    "".join
)


@settings(max_examples=150, deadline=None)
@given(
    rows=st.lists(st.lists(_FIELD, min_size=2, max_size=2), min_size=1, max_size=5),
    delimiter=st.sampled_from([",", ";", "\t", "|"]),
    crlf=st.booleans(),
    bom=st.booleans(),
)
def test_a_sep_line_changes_nothing_but_the_delimiter_and_its_own_bytes(
    rows: list[list[str]], delimiter: str, crlf: bool, bom: bool
) -> None:
    # the file with the line reads as the same file without it, read with the delimiter given:
    # the same header prefix after the line, the same records, converted the same way
    end = "\r\n" if crlf else "\n"
    body = io.StringIO()
    csv.writer(body, delimiter=delimiter, lineterminator=end).writerows([["id", "name"], *rows])
    lead = ("\ufeff" if bom else "") + f"sep={delimiter}{end}"
    data = lead + body.getvalue()
    fmt, prefix, rest = Csv(columns=("name",)).prepare(data).start(data)
    plain, plain_prefix, plain_rest = Csv(columns=("name",), delimiter=delimiter).start(
        body.getvalue()
    )
    assert prefix == lead + plain_prefix
    assert rest == plain_rest
    assert fmt.apply(str.upper, rest) == plain.apply(str.upper, plain_rest)
