"""Record formats: where the text to convert is in a block, and how the result goes back.

A format applies a text transform (``str -> str``) to the parts of a block that hold text and
leaves every other byte as it was:

- :class:`Text`: the whole block (line endings kept exactly);
- :class:`Jsonl`: the string values at ``--field`` paths (dots for nesting) of each line. The
  line is edited in place: other keys, their order, spacing and escapes, and non-string values
  at the paths (numbers, null, lists, objects) are left exactly as they were;
- :class:`Csv`: the fields of ``--column`` (a header name, or a 1-based index) in each record.
  Only those fields are rewritten; a field that was quoted stays quoted, one that was not is
  quoted only if the new text needs it (delimiter, quote or line break). Quoted fields may hold
  line breaks. TSV uses a tab and, by default, no quoting (fields cannot hold tabs or newlines).

With ``add`` names the result is written *beside* the source (a new key right after the source
key in the same object, a new column right after the source column) and the source is kept; an
existing key of that name is overwritten in place.

Formats are small picklable objects: worker processes receive them with each block.

    >>> Jsonl(fields=("text",)).apply(str.upper, '{"id": 1, "text": "abc"}\\n')
    ('{"id": 1, "text": "ABC"}\\n', 1)
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from json.decoder import scanstring  # type: ignore[attr-defined]
from typing import Any

from ..errors import ParameterError
from .textio import InputError, cut_csv, cut_lines, cut_text

__all__ = ["Csv", "Format", "Jsonl", "Parquet", "Text", "format_for"]

Transform = Callable[[str], str]


class Format:
    """Base class: the whole block is text."""

    name = "text"

    def cut(self, buf: str) -> int:
        """Where a block may end (see :mod:`translit.io.textio`)."""
        return cut_text(buf)

    def start(self, first: str) -> tuple[Format, str, str]:
        """Bind to a file from its first block: (bound format, output prefix, rest of block)."""
        return self, "", first

    def sample(self, block: str) -> str:
        """The text of ``block`` a detector should look at (language detection)."""
        return block

    def apply(self, fn: Transform, block: str) -> tuple[str, int]:
        """(converted block, number of changed records)."""
        raise NotImplementedError


@dataclass(frozen=True)
class Text(Format):
    """Plain text: the transform sees whole lines (or whitespace-cut pieces of a long line).

    ``whole_lines``: never cut inside a line (for transforms whose matches may span spaces,
    such as multi-word glossary terms); a very long line is then held in memory whole.
    """

    whole_lines: bool = False
    name = "text"

    def cut(self, buf: str) -> int:
        return cut_lines(buf) if self.whole_lines else cut_text(buf)

    def apply(self, fn: Transform, block: str) -> tuple[str, int]:
        out = fn(block)
        if out == block:
            return out, 0
        a = block.split("\n")
        b = out.split("\n")
        if len(a) != len(b):
            return out, max(len(a), len(b))
        return out, sum(x != y for x, y in zip(a, b, strict=True))


# -- JSONL ------------------------------------------------------------------------------------

_WS = re.compile(r"[ \t\n\r]*")
_DECODER = json.JSONDecoder()


def _skip_ws(s: str, i: int) -> int:
    return _WS.match(s, i).end()  # type: ignore[union-attr]


def _walk(
    s: str,
    i: int,
    prefix: tuple[str, ...],
    *,
    wanted: frozenset[tuple[str, ...]],
    inner: frozenset[tuple[str, ...]],
    found: dict[tuple[str, ...], tuple[int, int, int, Any]],
) -> int:
    """Walk the object starting at ``s[i] == '{'``; record spans of wanted paths; return end.

    ``found[path] = (key_end, value_start, value_end, value)``.
    """
    i = _skip_ws(s, i + 1)
    if s.startswith("}", i):
        return i + 1
    while True:
        if not s.startswith('"', i):
            raise ValueError(f"expected a key at column {i + 1}")
        key, key_end = scanstring(s, i + 1)
        i = _skip_ws(s, key_end)
        if not s.startswith(":", i):
            raise ValueError(f"expected ':' at column {i + 1}")
        v = _skip_ws(s, i + 1)
        path = (*prefix, key)
        if path in inner and s.startswith("{", v):
            end = _walk(s, v, path, wanted=wanted, inner=inner, found=found)
        else:
            value, end = _DECODER.raw_decode(s, v)
            if path in wanted:
                found[path] = (key_end, v, end, value)
        i = _skip_ws(s, end)
        if s.startswith(",", i):
            i = _skip_ws(s, i + 1)
            continue
        if s.startswith("}", i):
            return i + 1
        raise ValueError(f"expected ',' or '}}' at column {i + 1}")


def _lines(block: str) -> list[str]:
    """``block`` cut after each ``\n`` only (str.splitlines also cuts at U+0085, U+2028…)."""
    parts = block.split("\n")
    last = parts.pop()
    out = [p + "\n" for p in parts]
    if last:
        out.append(last)
    return out


def _dump(value: str, like: str) -> str:
    return json.dumps(value, ensure_ascii="\\u" in like)


@dataclass(frozen=True)
class Jsonl(Format):
    """JSON Lines: convert the string values at ``fields`` (dotted paths) of every line."""

    fields: tuple[str, ...] = ()
    add: tuple[str, ...] = ()
    name = "jsonl"
    _paths: tuple[tuple[str, ...], ...] = field(default=(), repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.add and len(self.add) != len(self.fields):
            raise ParameterError("give one `add` name per `fields` entry")
        object.__setattr__(self, "_paths", tuple(tuple(f.split(".")) for f in self.fields))

    def cut(self, buf: str) -> int:
        return cut_lines(buf)

    def sample(self, block: str) -> str:
        out: list[str] = []
        for line in _lines(block[:65536]):
            try:
                obj = json.loads(line)
            except ValueError:
                continue
            for path in self._paths:
                value: Any = obj
                for key in path:
                    value = value.get(key) if isinstance(value, dict) else None
                if isinstance(value, str):
                    out.append(value)
        return "\n".join(out)

    def apply(self, fn: Transform, block: str) -> tuple[str, int]:
        paths = self._paths
        adds = [(*p[:-1], a) for p, a in zip(paths, self.add, strict=False)]
        wanted = frozenset((*paths, *adds))
        inner = frozenset(p[:k] for p in wanted for k in range(1, len(p)))
        out: list[str] = []
        changed = 0
        for n, line in enumerate(_lines(block), 1):
            body = line.rstrip("\r\n")
            start = _skip_ws(body, 1 if body.startswith("\ufeff") else 0)  # a BOM stays
            if start == len(body):
                out.append(line)
                continue
            if not body.startswith("{", start):
                raise InputError("not a JSON object", n)
            found: dict[tuple[str, ...], tuple[int, int, int, Any]] = {}
            try:
                end = _walk(body, start, (), wanted=wanted, inner=inner, found=found)
            except ValueError as exc:
                raise InputError(f"not valid JSON: {exc}", n) from None
            if body[end:].strip(" \t"):
                raise InputError(f"not valid JSON: extra data at column {end + 1}", n)
            edits: list[tuple[int, int, str]] = []
            for k, path in enumerate(paths):
                hit = found.get(path)
                if hit is None or not isinstance(hit[3], str):
                    continue
                _, v, e, value = hit
                new = fn(value)
                raw = body[v:e]
                if not self.add:
                    if new != value:
                        edits.append((v, e, _dump(new, raw)))
                    continue
                target = adds[k]
                there = found.get(target)
                if there is not None:
                    if there[3] != new:
                        edits.append((there[1], there[2], _dump(new, body[there[1] : there[2]])))
                    continue
                colon = body[hit[0] : v]  # the key/value separator as written, e.g. ': '
                sep = ", " if colon.endswith(" ") else ","
                text = f"{sep}{json.dumps(target[-1], ensure_ascii=False)}{colon}"
                edits.append((e, e, text + _dump(new, raw)))
            if not edits:
                out.append(line)
                continue
            changed += 1
            for a, b, text in sorted(edits, reverse=True):
                body = body[:a] + text + body[b:]
            out.append(body + line[len(line.rstrip("\r\n")) :])
        return "".join(out), changed


# -- CSV / TSV --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Csv(Format):
    """Delimited text: convert the fields of ``columns`` in every record (see module doc)."""

    columns: tuple[str, ...] = ()
    add: tuple[str, ...] = ()
    delimiter: str | None = None  # None: sniffed from the first block
    quote: str = '"'  # '' disables quoting (TSV default)
    header: bool = True
    name = "csv"
    _index: tuple[int, ...] = field(default=(), repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.add and len(self.add) != len(self.columns):
            raise ParameterError("give one `add` name per `columns` entry")

    def cut(self, buf: str) -> int:
        return cut_csv(buf, self.quote) if self.quote else cut_lines(buf)

    # a record: list of (start, end, value, quoted) and the index after its line end
    def _record(self, s: str, i: int) -> tuple[list[tuple[int, int, str, bool]], int]:
        d = self.delimiter or ","
        q = self.quote
        fields: list[tuple[int, int, str, bool]] = []
        n = len(s)
        while True:
            if q and s.startswith(q, i):
                j = i + 1
                while True:
                    k = s.find(q, j)
                    if k < 0:
                        raise ValueError("a quoted field is not closed")
                    if s.startswith(q, k + 1):
                        j = k + 2
                        continue
                    break
                end = k + 1
                fields.append((i, end, s[i + 1 : k].replace(q + q, q), True))
            else:
                end = _plain(d).match(s, i).end()  # type: ignore[union-attr]
                stop = end
                if stop > i and s[stop - 1] == "\r" and (stop == n or s[stop] == "\n"):
                    stop -= 1
                fields.append((i, stop, s[i:stop], False))
            if end < n and s[end] == d:
                i = end + 1
                continue
            rest = end
            if s.startswith("\r\n", rest):
                return fields, rest + 2
            if rest == n or s[rest] == "\n":
                return fields, min(rest + 1, n)
            if s[rest] == "\r" and rest + 1 == n:
                return fields, n
            raise ValueError(f"unexpected {s[rest]!r} after a quoted field")

    def _quote(self, value: str, was_quoted: bool) -> str:
        q = self.quote
        if not q:
            return value
        d = self.delimiter or ","
        if was_quoted or any(c in value for c in (d, q, "\n", "\r")):
            return q + value.replace(q, q + q) + q
        return value

    def start(self, first: str) -> tuple[Format, str, str]:
        fmt = self
        if self.delimiter is None:
            fmt = replace(self, delimiter=_sniff(first))
        if not fmt.header:
            index = []
            for c in fmt.columns:
                if not c.isdigit() or int(c) < 1:
                    raise ParameterError(f"`columns` {c!r}: without a header give a 1-based index")
                index.append(int(c) - 1)
            object.__setattr__(fmt, "_index", tuple(index))
            return fmt, "", first
        try:
            head, end = fmt._record(first, 0)
        except ValueError as exc:
            raise InputError(f"header: {exc}", 1) from None
        names = [f[2] for f in head]
        if names:
            names[0] = names[0].removeprefix("\ufeff")  # a BOM (Excel) stays in the output
        index = []
        for c in fmt.columns:
            if c in names:
                index.append(names.index(c))
            elif c.isdigit() and 1 <= int(c) <= len(names):
                index.append(int(c) - 1)
            else:
                raise InputError(f"no column {c!r}; the header has: {', '.join(names)}", 1)
        object.__setattr__(fmt, "_index", tuple(index))
        line = first[:end]
        if fmt.add:
            edits = sorted(
                (
                    (head[i][1], (fmt.delimiter or ",") + fmt._quote(a, False))
                    for i, a in zip(index, fmt.add, strict=True)
                ),
                reverse=True,
            )
            for at, text in edits:
                line = line[:at] + text + line[at:]
        return fmt, line, first[end:]

    def sample(self, block: str) -> str:
        out: list[str] = []
        i = 0
        for _ in range(200):
            if i >= len(block):
                break
            try:
                rec, i = self._record(block, i)
            except ValueError:
                break
            out.extend(rec[k][2] for k in self._index if k < len(rec))
        return "\n".join(out)

    def apply(self, fn: Transform, block: str) -> tuple[str, int]:
        out: list[str] = []
        changed = 0
        i = 0
        n = len(block)
        line = 1
        d = self.delimiter or ","
        while i < n:
            try:
                rec, end = self._record(block, i)
            except ValueError as exc:
                raise InputError(str(exc), line) from None
            edits: list[tuple[int, int, str]] = []
            differs = False
            for col in self._index:
                if col >= len(rec):
                    continue
                a, b, value, quoted = rec[col]
                new = fn(value)
                differs = differs or new != value
                if self.add:
                    edits.append((b, b, d + self._quote(new, quoted)))
                elif new != value:
                    edits.append((a, b, self._quote(new, quoted)))
            piece = block[i:end]
            for a, b, text in sorted(edits, reverse=True):
                piece = piece[: a - i] + text + piece[b - i :]
            changed += differs
            out.append(piece)
            line += block.count("\n", i, end)
            i = end
        return "".join(out), changed


@functools.cache
def _plain(delimiter: str) -> re.Pattern[str]:
    return re.compile(f"[^{re.escape(delimiter)}\n]*")


def _sniff(first: str) -> str:
    import csv

    head = first[:65536]
    try:
        return csv.Sniffer().sniff(head, delimiters=",;\t|").delimiter
    except csv.Error:
        return ","


@dataclass(frozen=True)
class Parquet(Format):
    """Columns of a Parquet file (converted by :mod:`.parquet`, which needs pyarrow) to convert (and, optionally, the names of result columns)."""

    columns: tuple[str, ...] = ()
    add: tuple[str, ...] = ()
    name = "parquet"

    def __post_init__(self) -> None:
        if self.add and len(self.add) != len(self.columns):
            raise ParameterError("give one `add` name per `columns` entry")


def format_for(
    path: str,
    kind: str = "auto",
    *,
    fields: tuple[str, ...] = (),
    columns: tuple[str, ...] = (),
    add: tuple[str, ...] = (),
    delimiter: str | None = None,
    quote: str | None = None,
    header: bool = True,
) -> Format:
    """The format of ``path`` (``kind="auto"``: from the extension and the options given).

    >>> format_for("a.jsonl", fields=("text",)).name
    'jsonl'
    >>> format_for("a.tsv", columns=("1",)).delimiter == "\\t"
    True
    """
    low = path.lower()
    for ext in (".gz", ".bz2", ".xz"):
        if low.endswith(ext):
            low = low[: -len(ext)]
    if kind == "auto":
        if low.endswith((".jsonl", ".ndjson", ".json")):
            kind = "jsonl"
        elif low.endswith((".tsv", ".tab")):
            kind = "tsv"
        elif low.endswith(".csv"):
            kind = "csv"
        elif low.endswith((".parquet", ".pq")):
            kind = "parquet"
        elif fields:
            kind = "jsonl"
        elif columns:
            kind = "tsv" if delimiter == "\t" else "csv"
        else:
            kind = "text"
    if kind == "text":
        return Text()
    if kind == "jsonl":
        if not fields:
            raise ParameterError(f"{path}: JSONL input needs `fields`")
        return Jsonl(fields=fields, add=add)
    if kind in ("csv", "tsv"):
        if not columns:
            raise ParameterError(
                f"{path}: {kind.upper()} input needs `columns` (names or 1-based indexes)"
            )
        if kind == "tsv":
            return Csv(
                columns=columns,
                add=add,
                delimiter=delimiter or "\t",
                quote=quote if quote is not None else "",
                header=header,
            )
        return Csv(
            columns=columns,
            add=add,
            delimiter=delimiter,
            quote=quote if quote is not None else '"',
            header=header,
        )
    if kind == "parquet":
        if not (columns or fields):
            raise ParameterError(f"{path}: Parquet input needs `columns`")
        return Parquet(columns=columns or fields, add=add)
    raise ParameterError(f"unknown `format` {kind!r}")
