"""The block-at-once paths of JSONL and CSV/TSV (``whole_block``) against the record-by-record
readers (``records``), which define the exact bytes; and the format registry's contract."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

import pytest
from conftest import CYRILLIC_ISH, separable_transforms
from hypothesis import example, given, settings
from hypothesis import strategies as st

from translit.io.formats import SEP, Csv, Jsonl, RecordFormat, map_values, registry
from translit.io.textio import InputError


class Shout:
    """A separable transform whose output needs JSON and CSV escaping (quotes, backslashes,
    delimiters, line breaks, a control character) and that leaves some values unchanged."""

    separable = True

    def __call__(self, text: str) -> str:
        return text.upper().replace("Q", '"\\,\t\x01').replace("Z", "\r\n")


def _both(fmt: RecordFormat, fn: Any, block: str) -> tuple[Any, Any]:
    """(apply's result or its InputError line, records' result or its InputError line)."""

    def run(call: Any) -> Any:
        try:
            return call()
        except InputError as exc:
            return ("error", exc.line)

    fast = run(lambda: fmt.apply(fn, block))
    slow = run(lambda: fmt.records(fn, block, skip=False)[:2])
    return fast, slow


# -- JSONL ------------------------------------------------------------------------------------

_text = st.text(alphabet='tqzxQZ"\\:{}[], \u0430\u00e9\x00\x1f\u2028\t', max_size=6)
_scalar = st.none() | st.booleans() | st.integers() | _text
_value = st.recursive(
    _scalar,
    lambda inner: st.lists(inner, max_size=2) | st.dictionaries(_text | st.just("t"), inner),
    max_leaves=4,
)
_plain_text = st.text(alphabet='tqzxQZ"\\:{}[], \u0430\u00e9\u2028', max_size=6)
_keys = _text | st.sampled_from(["t", "u", "t_r"])


@st.composite
def _jsonl_line(draw: st.DrawFn) -> str:
    if draw(st.booleans()):  # the common case: plain keys, text or scalar values
        keys, values = st.sampled_from(["t", "u", "id", "x"]), _plain_text | _scalar
    else:
        keys, values = _keys, _value
    pairs = draw(st.lists(st.tuples(keys, values), max_size=4))
    ascii_ = draw(st.booleans())
    colon, comma = draw(st.sampled_from([(": ", ", "), (":", ","), (" : ", " ,  "), ("\t:", ",")]))
    body = comma.join(
        f"{json.dumps(k, ensure_ascii=ascii_)}{colon}{json.dumps(v, ensure_ascii=ascii_)}"
        for k, v in pairs
    )
    line = "{" + body + "}"
    kind = draw(st.integers(0, 9))
    if kind == 0 and draw(st.booleans()):  # a bad line of some kind
        line = draw(st.sampled_from([line[:-1], line + "x", "[1]", "", "  ", line + ","]))
    return line + draw(st.sampled_from(["\n", "\r\n", " \n"]))


@settings(max_examples=400, deadline=None)
@given(
    lines=st.lists(_jsonl_line(), min_size=1, max_size=6),
    fields=st.sampled_from([("t",), ("t", "u"), ("u", "t"), ("t.t",)]),
    add=st.booleans(),
    last=st.booleans(),
)
@example(lines=['{"t": "a", "\\u0074": "a"}\n'], fields=("t",), add=False, last=True)
@example(lines=['{"x\\"t": "a"}\n'], fields=("t",), add=False, last=True)
@example(lines=['{"t": "a\\"", "u": "\\"t\\": q"}\n'], fields=("t", "u"), add=False, last=True)
@example(lines=['{"t": "\x01"}\n'], fields=("t",), add=False, last=True)
# the key written with an escape on one line, a key holding \"t on another: one match in all
@example(lines=['{"\\u0074": "a"}\n', '{"x\\"t": "b"}\n'], fields=("t",), add=False, last=True)
# spellings json.dumps never writes, of values the transform leaves unchanged
@example(lines=['{"t": "\\/", "u": "\\u002C\\""}\n'], fields=("t", "u"), add=False, last=True)
def test_jsonl_block_path_gives_the_bytes_of_the_line_walk(
    lines: list[str], fields: tuple[str, ...], add: bool, last: bool
) -> None:
    fmt = Jsonl(fields=fields, add=tuple(f + "_r" for f in fields) if add else ())
    block = "".join(lines)
    if not last:
        block = block.rstrip("\n")  # the end of a file without a final newline
    fast, slow = _both(fmt, Shout(), block)
    assert fast == slow


def _dumps(rows: list[dict[str, Any]], ascii_: bool) -> str:
    return "".join(json.dumps(r, ensure_ascii=ascii_) + "\n" for r in rows)


@pytest.mark.parametrize("ascii_", [False, True])
def test_jsonl_common_blocks_take_the_block_path(ascii_: bool) -> None:
    # flat objects as json.dumps writes them, quotes and backslashes in the text included:
    # converted without the line walk, and with the walk's bytes
    rows = [
        {"id": n, "title": f"Глава {n}", "text": 'Он сказал: "да" \\ нет', "n": None}
        for n in range(50)
    ]
    block = _dumps(rows, ascii_)
    fmt = Jsonl(fields=("title", "text"))
    done = fmt.whole_block(Shout(), block)
    assert done is not None
    assert done == fmt.records(Shout(), block, skip=False)[:2]
    assert [json.loads(line)["text"] for line in done[0].splitlines()] == [
        'ОН СКАЗАЛ: "ДА" \\ НЕТ'
    ] * 50


@pytest.mark.parametrize(
    "block",
    [
        '{"t": "a", "t": "b"}\n',  # a duplicate key: the last one counts
        '{"t": "a", "x": {"t": "b"}}\n',  # the field nested deeper too
        '{"\\u0074": "a"}\n',  # the key written with an escape
        '{"t": "a"}\n\n{"t": "b"}\n',  # a blank line
        '\ufeff{"t": "a"}\n',  # a byte order mark
        '[{"t": "a"}]\n',  # not an object
    ],
)
def test_jsonl_unusual_blocks_are_left_to_the_line_walk(block: str) -> None:
    fmt = Jsonl(fields=("t",))
    assert fmt.whole_block(Shout(), block) is None
    fast, slow = _both(fmt, Shout(), block)
    assert fast == slow


def test_jsonl_bad_line_is_reported_and_skipped_as_before() -> None:
    fmt = Jsonl(fields=("t",))
    block = '{"t": "a"}\n{"t": "b"\n{"t": "c"}\n'
    with pytest.raises(InputError) as info:
        fmt.apply(str.upper, block)
    assert info.value.line == 2
    out, changed, skipped = fmt.apply_skipping(str.upper, block)
    assert out == '{"t": "A"}\n{"t": "b"\n{"t": "C"}\n'
    assert (changed, [n for n, _ in skipped]) == (2, [2])


# -- CSV / TSV --------------------------------------------------------------------------------

_cell = st.text(alphabet='ab,;"\n\r\t \u0436qz', max_size=5)


@st.composite
def _csv_block(draw: st.DrawFn) -> tuple[str, str, str]:
    width = draw(st.integers(1, 4))
    rows = draw(st.lists(st.lists(_cell, min_size=width, max_size=width), min_size=1, max_size=5))
    delimiter, quote = draw(st.sampled_from([(",", '"'), (";", '"'), ("\t", ""), (",", "'")]))
    if quote:
        buf = io.StringIO()
        quoting = draw(st.sampled_from([csv.QUOTE_MINIMAL, csv.QUOTE_ALL]))
        end = draw(st.sampled_from(["\n", "\r\n"]))
        writer = csv.writer(buf, delimiter=delimiter, quotechar=quote, quoting=quoting)
        writer.writerows(rows)
        block = buf.getvalue().replace("\r\n", end)
    else:  # TSV: no quoting, a cell may not hold the delimiter or a line break
        clean = [[c.translate({9: None, 10: None, 13: None}) for c in r] for r in rows]
        block = "".join(delimiter.join(r) + "\n" for r in clean)
    if draw(st.booleans()):  # a ragged, unfinished or otherwise unusual record
        block += draw(st.sampled_from(["x\n", '"open\n', 'a"b\n', "\n", "a\rb\n", "a,b"]))
    if draw(st.booleans()):
        block = block.rstrip("\n")
    return block, delimiter, quote


@settings(max_examples=400, deadline=None)
@given(
    case=_csv_block(),
    columns=st.sampled_from([("1",), ("2",), ("1", "3"), ("3", "1"), ("2", "2")]),
    add=st.booleans(),
)
@example(case=('a,"b""c"\r\n', ",", '"'), columns=("2",), add=False)
@example(case=("a,b\r", ",", '"'), columns=("2",), add=True)
@example(case=("a,b,c\nd\ne,f\n", ",", '"'), columns=("3",), add=False)  # ragged, 3 fields a row
def test_csv_block_path_gives_the_bytes_of_the_record_reader(
    case: tuple[str, str, str], columns: tuple[str, ...], add: bool
) -> None:
    block, delimiter, quote = case
    fmt = Csv(
        columns=columns,
        add=tuple(f"r{c}" for c in columns) if add else (),
        delimiter=delimiter,
        quote=quote,
        header=False,
    )
    bound, _, rest = fmt.start(block)
    fast, slow = _both(bound, Shout(), rest)  # type: ignore[arg-type]
    assert fast == slow


def test_csv_common_blocks_take_the_block_path() -> None:
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["id", "name", "note"])
    for n in range(40):
        writer.writerow([n, f"Иван, {n}", 'сказал "да"\nи ушёл'])
    fmt, head, rest = Csv(columns=("name", "note"), add=("n2", "note2")).start(buf.getvalue())
    assert head == "id,name,n2,note,note2\r\n"
    assert isinstance(fmt, Csv)
    done = fmt.whole_block(Shout(), rest)
    assert done is not None
    assert done == fmt.records(Shout(), rest, skip=False)[:2]
    row = next(csv.reader(io.StringIO(done[0])))
    assert row == ["0", "Иван, 0", "ИВАН, 0", 'сказал "да"\nи ушёл', 'СКАЗАЛ "ДА"\nИ УШЁЛ']


def test_tsv_blocks_take_the_block_path() -> None:
    fmt, head, rest = Csv(columns=("2",), delimiter="\t", quote="").start("id\tname\n1\tab\n2\tc\n")
    assert head == "id\tname\n"
    assert fmt.whole_block(Shout(), rest) == ("1\tAB\n2\tC\n", 2)


# -- shared pieces ----------------------------------------------------------------------------


def test_map_values_joins_only_for_separable_transforms() -> None:
    calls: list[str] = []

    class Count(Shout):
        def __call__(self, text: str) -> str:
            calls.append(text)
            return super().__call__(text)

    assert map_values(Count(), ["a", "b"]) == ["A", "B"] and calls == ["a\nb"]
    calls.clear()
    # a value holding a line break: joined by SEP (a NUL line)
    assert map_values(Count(), ["a\r\n", "b"]) == ["A\r\n", "B"] and calls == ["a\r\n" + SEP + "b"]
    calls.clear()
    # a value holding a NUL (and a line break) of its own: one call per value
    assert map_values(Count(), ["a\n", "b\x00"]) == ["A\n", "B\x00"] and len(calls) == 2
    calls.clear()
    assert map_values(str.upper, ["a", "b"]) == ["A", "B"]  # not separable: one by one


def test_every_record_format_has_both_paths() -> None:
    for cls in registry().values():
        if issubclass(cls, RecordFormat):
            assert cls.records is not RecordFormat.records, cls.__name__


_values = st.text(
    alphabet=st.sampled_from([*CYRILLIC_ISH, *"\u2028"]),
    max_size=30,
)


@given(st.lists(_values, min_size=2, max_size=8), st.sampled_from(["ru", "uk", "bg", "sr"]))
@settings(max_examples=200, deadline=None)
@example(["Ш", "ЩУКА"], "ru")
@example(["Ш ", " ЩУКА", "а"], "ru")
@example(["\u00a0", " ", ""], "ru")
def test_separable_transforms_treat_a_line_break_as_a_boundary(values, lang) -> None:
    # map_values joins values without line breaks by "\n": the shipped separable transforms
    # must give each line what they give it alone
    from translit.cli.romanize import RomanizeSpec

    # (and a target's romaniser, which is not separable: map_values must still split it)
    for fn in [*separable_transforms(lang), RomanizeSpec(lang=lang, target="en").bind("")]:
        one_by_one = [fn(v) for v in values]
        if getattr(fn, "separable", False):
            assert fn("\n".join(values)) == "\n".join(one_by_one)
        assert map_values(fn, values) == one_by_one


# -- codecs and Parquet -----------------------------------------------------------------------


def _cli(*args: str) -> Any:
    from click.testing import CliRunner

    from translit.cli import cli

    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def test_zstd_wraps_input_and_output(tmp_path: Any) -> None:
    zstandard = pytest.importorskip("zstandard")
    from translit.io.compression import CODECS, wrap_input, wrap_output

    assert ".zst" in CODECS
    raw = io.BytesIO()
    with wrap_output(raw, "a.jsonl.zst") as out:
        out.write(b"{}\n")
    assert zstandard.ZstdDecompressor().decompressobj().decompress(raw.getvalue()) == b"{}\n"
    assert wrap_input(io.BytesIO(raw.getvalue()), "a.jsonl.ZST").read() == b"{}\n"
    src = tmp_path / "in" / "a.jsonl.zst"
    src.parent.mkdir()
    src.write_bytes(zstandard.ZstdCompressor().compress('{"t": "Щука"}\n'.encode()))
    res = _cli(
        "romanize", "-q", "-l", "ru", "--field", "t", "--out-dir", str(tmp_path / "o"), str(src)
    )
    assert res.exit_code == 0, res.output
    done = (tmp_path / "o" / "a.jsonl.zst").read_bytes()
    assert zstandard.ZstdDecompressor().decompressobj().decompress(done) == b'{"t": "Shchuka"}\n'


def test_parquet_converts_each_column_of_a_batch_in_one_call() -> None:
    pa = pytest.importorskip("pyarrow")
    from translit.io.formats.parquet import Parquet

    calls: list[str] = []

    class Count(Shout):
        def __call__(self, text: str) -> str:
            calls.append(text)
            return super().__call__(text)

    fmt = Parquet(columns=("a", "b"))
    batch = pa.RecordBatch.from_pydict(
        {"a": ["x", None, "y"], "b": ["1", "w", None], "n": [1, 2, 3]}
    )
    done, changed = fmt.apply_batch(Count(), batch, batch.schema)
    assert calls == ["x\ny", "1\nw"]
    assert done.to_pydict() == {"a": ["X", None, "Y"], "b": ["1", "W", None], "n": [1, 2, 3]}
    assert changed == 3


@pytest.mark.parametrize("codec", ["", ".gz", ".xz"])
def test_parquet_through_codecs(tmp_path: Any, codec: str) -> None:
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    from translit.io.compression import wrap_input, wrap_output

    buf = io.BytesIO()
    pq.write_table(pa.table({"id": [1, 2], "name": ["Щука", None]}), buf)
    src = tmp_path / "in" / f"d.parquet{codec}"
    src.parent.mkdir()
    with open(src, "wb") as raw, wrap_output(raw, src.name) as out:
        out.write(buf.getvalue())
    res = _cli(
        "romanize", "-q", "-l", "ru", "--column", "name", "--out-dir", str(tmp_path / "o"), str(src)
    )
    assert res.exit_code == 0, res.output
    with open(tmp_path / "o" / src.name, "rb") as raw:  # compressed as the input was
        data = wrap_input(raw, src.name).read()
    assert pq.read_table(pa.BufferReader(data)).to_pydict() == {
        "id": [1, 2],
        "name": ["Shchuka", None],
    }


def test_broken_compressed_parquet_is_an_input_error(tmp_path: Any) -> None:
    pytest.importorskip("pyarrow")
    src = tmp_path / "d.parquet.gz"
    src.write_bytes(b"not gzip")
    res = _cli("romanize", "--column", "name", "--suffix", ".lat", str(src))
    assert res.exit_code == 1
    assert f"{src}: cannot decompress" in res.stderr
