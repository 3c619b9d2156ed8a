"""translit.io.reading: one way to read an input for its format, shared by the runner (its
text and byte routes) and ``formats.record_values`` (``translit detect --field/--column``)."""

from __future__ import annotations

import io
import itertools
from pathlib import Path

import pytest
from hypothesis import event, given, settings
from hypothesis import strategies as st

from translit.io import InputError, Plan, RunOptions, run
from translit.io.formats import SKIP_HINT, format_for, record_values
from translit.io.reading import Reading
from translit.io.textio import Source, open_source
from translit.script import line_ends

#: the output encoding of each route of the runner: UTF-8 lets the blocks travel as bytes
#: (the workers decode them), UTF-16 (a BOM-writing codec) makes the parent decode them
ROUTES = {"bytes": "utf-8", "text": "utf-16"}


def mark(value: str) -> str:
    """A transform that changes every value and adds no line: what it converted shows."""
    return f"⟨{value}⟩"


def _run(src: Path, out: Path, route: str, **options: object) -> object:
    opts = RunOptions(output=str(out), jobs=1, output_encoding=ROUTES[route], **options)
    (result,) = run(Plan(mark, (str(src),), opts)).files
    return result


def test_each_route_is_the_one_meant(tmp_path: Path) -> None:
    path = tmp_path / "a.csv"
    path.write_text("id,name\n1,Щука\n", encoding="utf-8")
    with open_source(str(path)) as src:
        reading = Reading(src, format_for(str(path), columns=("name",)))
        assert reading.byte_mode(ROUTES["bytes"]) == "quoted"
        assert reading.byte_mode(ROUTES["text"]) is None


@pytest.mark.parametrize("route", sorted(ROUTES))
def test_a_header_s_lines_are_counted_in_the_input(tmp_path: Path, route: str) -> None:
    """A new column whose name holds a line break makes the output's header two lines. The
    text route counted the header's lines there: each later record of the input one line
    down (a.csv:4 for a record on line 3, 5 lines for 4), where the byte route and detect
    counted them in the input."""
    src = tmp_path / "a.csv"
    src.write_text('id,name\n1,Щука\n2,"Ёж"x\n3,Лещ\n', encoding="utf-8")
    out = tmp_path / "out.csv"
    result = _run(src, out, route, columns=("name",), add_columns=("lat\nin",), on_error="skip")
    assert [(i.line, i.reason) for i in result.skipped_records] == [
        (3, "unexpected 'x' after a quoted field")
    ]
    assert result.lines == 4
    with pytest.raises(InputError) as info:
        list(record_values(format_for(str(src), columns=("name",)), str(src)))
    assert (info.value.line, info.value.message) == (3, "unexpected 'x' after a quoted field")


def test_the_first_block_is_bound_and_its_rest_goes_on_as_bytes_of_the_file(
    tmp_path: Path,
) -> None:
    path = tmp_path / "a.csv"
    data = '\ufeffid;name;n\r\n1;"Щука\r\nЛещ";1\r\n2;Ёж;2\r\n'.encode()
    path.write_bytes(data)
    with open_source(str(path)) as src:
        reading = Reading(src, format_for(str(path), columns=("name",)))
        assert getattr(reading.fmt, "delimiter", None) == ";"  # sniffed before any cut
        first, blocks = reading.byte_blocks("quoted", 16)
        spans = [first.rest, *blocks]
    assert first.prefix == "\ufeffid;name;n\r\n" and first.lines == 1 and not first.more
    assert [data[s.offset : s.offset + s.length] for s in spans] == [
        data[len(first.prefix.encode()) :]
    ]
    # from a stream (its head read first, as stdin's is), decoded here: cut at record ends
    stream = Source("-", io.BytesIO(data[20:]), data[:20], "utf-8")
    first, blocks = Reading(stream, format_for("-", columns=("name",))).text_blocks(16)
    assert (first.prefix, first.lines) == ("\ufeffid;name;n\r\n", 1)
    pieces = [first.rest, *blocks]
    records = ['1;"Щука\r\nЛещ";1\r\n', "2;Ёж;2\r\n"]
    assert "".join(pieces) == "".join(records)
    ends = {len(p) for p in itertools.accumulate(pieces)}
    assert ends <= {0, len(records[0]), len(records[0] + records[1])}  # whole records only


_pieces = st.sampled_from([*'a"\n,я;', 'a"', '"\n"', ',"', '""', "\r\n", ",,", "Щука", "\r"])


@settings(max_examples=80, deadline=None)
@given(
    body=st.lists(_pieces, max_size=24).map("".join),
    chunk=st.integers(1, 48),
    route=st.sampled_from(sorted(ROUTES)),
    add=st.sampled_from(["", "new", "ne\nw"]),
)
def test_romanize_converts_the_records_detect_reads(
    tmp_path_factory: pytest.TempPathFactory, body: str, chunk: int, route: str, add: str
) -> None:
    """For any CSV, block size and route, the runner converts the values ``record_values``
    gives (``detect --column`` reads them), each at its line, and where that fails, the run
    fails at the same line with the same message (and ``on_error`` skip lists the same
    record first); the delimiter is sniffed by both. ``add``: the results go to a new
    column, whose name may take two lines of the output's header."""
    folder = tmp_path_factory.mktemp("rr")
    src, out = folder / "in.csv", folder / "out.csv"
    text = "a,b\n" + body
    src.write_bytes(text.encode())
    fmt = format_for(str(src), columns=("b",))
    options = {"columns": ("b",), "add_columns": (add,) if add else (), "chunk_size": chunk}
    try:
        records = list(record_values(fmt, str(src), chunk_size=chunk))
    except InputError as exc:
        header = exc.line == 1  # (the header binds the format: no record to skip)
        event("the header fails" if header else "a record fails")
        failed = _run(src, out, route, **options)
        hint = "" if header else f"; {SKIP_HINT}"
        assert [(i.line, i.reason) for i in failed.errors] == [(exc.line, exc.message + hint)]
        kept = _run(src, out, route, **options, on_error="skip")
        if header:
            assert [(i.line, i.reason) for i in kept.errors] == [(1, exc.message)]
        else:
            assert kept.status == "ok"
            first = kept.skipped_records[0]
            assert (first.line, first.reason) == (exc.line, exc.message)
        return
    event("converted")
    done = _run(src, out, route, **options)
    assert done.status == "ok", done.errors
    assert done.lines == line_ends(text) + (not text.endswith(("\n", "\r")))
    with open_source(str(src)) as opened:
        delimiter = getattr(Reading(opened, fmt).fmt, "delimiter", None)
    again = format_for(str(out), columns=(add or "b",), delimiter=delimiter)
    converted = list(record_values(again, str(out), ROUTES[route]))
    # the lines the output has more before a record: its header's, and the line ends of the
    # values copied into the new column before it (a CR alone ends a line too)
    down = add.count("\n")
    expected = []
    for line, values in records:
        expected.append((line + down, [mark(v) for v in values]))
        down += line_ends("".join(values)) if add else 0
    assert converted == expected
