"""Delimited text (CSV, TSV): convert the fields of ``columns`` in every record.

``columns`` are header names or 1-based indexes. Only those fields are rewritten; a field that
was quoted stays quoted, one that was not is quoted only if the new text needs it (delimiter,
quote or line break). Quoted fields may hold line breaks. TSV uses a tab and, by default, no
quoting (fields cannot hold tabs or newlines). With ``add`` names the result goes to a new
column right after its source column, and the source is kept.

This is a byte-exact reader of its own, not the :mod:`csv` module, because ``csv`` cannot keep
bytes: its reader gives a record's values but not where they are (nor whether a field was
quoted), and its writer re-quotes the whole record with its own line ending and escaping, so
the fields that are *not* converted (and the quoting, spacing and line ends of the record)
would change. Here a record is edited in place at the spans of the converted fields. A block
is first cut into fields by one regular expression (:meth:`Csv.whole_block`); a block it
cannot tile evenly goes through the record-by-record reader (:meth:`Csv.records`), which also
says which record is bad. The ``csv`` module is used only to sniff the delimiter.

    >>> Csv(columns=("n",), delimiter=",").start("id,n\\n1,abc\\n")[0].apply(str.upper, "1,abc\\n")
    ('1,ABC\\n', 1)
"""

from __future__ import annotations

import csv
import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from itertools import chain, repeat
from operator import add, ne
from typing import Any, ClassVar

from ...delimiters import excel_sep, sep_line_problem
from ...errors import shown
from ...script import line_ends
from ..options import UsageError
from ..textio import RECORD_SAMPLE, InputError, cut_csv, cut_lines
from ._base import Applied, Format, RecordFormat, Transform, map_values, refuse_taken, register
from ._base import listed as _listed

__all__ = ["Csv", "column_number", "sniff_delimiter"]


@register
@dataclass(frozen=True, eq=False, repr=False)  # (see ARCHITECTURE.md, "Start-up")
class Csv(RecordFormat):
    """Delimited text: convert the fields of ``columns`` in every record (see module doc)."""

    kinds: ClassVar[tuple[str, ...]] = ("csv", "tsv")
    extensions: ClassVar[dict[str, tuple[str, ...]]] = {"csv": (".csv",), "tsv": (".tsv", ".tab")}
    selects: ClassVar[str] = "columns"
    reads: ClassVar[tuple[str, ...]] = (
        "columns",
        "add_columns",
        "delimiter",
        "quote",
        "header",
    )
    title: ClassVar[str] = "CSV/TSV"
    summary: ClassVar[str] = "the `columns` fields of each record"

    columns: tuple[str, ...] = ()
    add: tuple[str, ...] = ()
    delimiter: str | None = None  # None: sniffed from the first block
    quote: str = '"'  # '' disables quoting (TSV default)
    header: bool = True
    name = "csv"
    _index: tuple[int, ...] = field(default=(), repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.add and len(self.add) != len(self.columns):
            raise UsageError("give one `add_columns` name per `columns` entry")

    @classmethod
    def build(cls, kind: str, **options: Any) -> Csv:
        columns, quote = options["columns"], options["quote"]
        if not columns:
            raise UsageError(
                f"{options['path']}: {kind.upper()} input needs `columns` (names or 1-based indexes)"
            )
        tsv = kind == "tsv"
        delimiter = options["delimiter"] or ("\t" if tsv else None)
        quote = quote if quote is not None else ("" if tsv else '"')
        if quote and quote == delimiter:  # (--delimiter '"' met the default quote: "no column")
            raise UsageError(
                f"`delimiter` {delimiter!r} is also the quote character of {kind.upper()}: "
                "give another `delimiter`, or another `quote` ('' for none)"
            )
        return cls(
            columns=columns, add=options["add"], delimiter=delimiter, quote=quote,
            header=options["header"],
        )  # fmt: skip

    def cut(self, buf: str) -> int:
        if not self.quote:
            return cut_lines(buf)
        return cut_csv(buf, self.quote, self.delimiter or ",")

    def line_quote(self) -> str:
        return self.quote

    def line_delimiter(self) -> str:
        return self.delimiter or ","

    def prepare(self, head: str) -> Csv:
        """The delimiter sniffed from the head's whole lines (before the blocks are cut by
        it, so that they are cut where the reader ends its records), when none is given.

        >>> Csv(columns=("1",)).prepare('a;"b\\nc";d\\n1;2;3\\n4').delimiter
        ';'
        """
        if self.delimiter is not None:
            return self
        declared = excel_sep(head.removeprefix("\ufeff"))  # (one naming the quote: start's error)
        if declared and declared[0] != self.quote:
            return replace(self, delimiter=declared[0])
        return replace(
            self, delimiter=sniff_delimiter(head[: head.rfind("\n") + 1] or head, self.quote)
        )

    def _declared(self, text: str) -> tuple[str, int] | None:
        """Excel's ``sep=;`` first line of ``text`` (:func:`translit.delimiters.excel_sep`):
        the delimiter it names and its length, which the header follows; an
        :class:`InputError` when it names the quote character, which cannot be both, or
        another delimiter than the one given, or is meant as one and names none
        (:func:`translit.delimiters.sep_line_problem`)."""
        declared = excel_sep(text)
        if declared and self.quote and declared[0] == self.quote:
            raise InputError(
                f"the first line {shown(text[: declared[1]].rstrip())} names the quote character "
                "as the delimiter: give the file's `delimiter` and another `quote`",
                1,
            )
        problem = sep_line_problem(text, self.delimiter)
        if problem:  # sep=;; was the header ("no column"), sep=, in a .tsv file ignored
            raise InputError(problem, 1)
        return declared

    # a record: list of (start, end, value, quoted) and the index after its line end
    def _record(
        self, s: str, i: int, keep: int = -1, bare: list[str] | None = None
    ) -> tuple[list[tuple[int, int, str, bool]], int]:
        """The fields of the record at ``s[i:]`` (start, end, value, quoted) and where the next
        starts; with ``keep`` (2 or more) only the first ``keep`` fields, the last of them
        holding the rest of the record: a record of 10 million fields took 1.7 GB as tuples
        when one was to be converted. A record with a quote gives its values to ``bare``
        instead, when it is a list (:meth:`_names`)."""
        d = self.delimiter or ","
        q = self.quote
        fields: list[tuple[int, int, str, bool]] = []
        n = len(s)
        plain = self._plain_line(s, i)
        if plain is not None:  # the common case: no quote on the line
            stop, end = plain
            at = i
            for value in s[i:stop].split(d, keep - 1 if keep > 1 else -1):
                fields.append((at, at + len(value), value, False))
                at += len(value) + 1
            return fields, end
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
                if bare is not None:
                    bare.append(s[i + 1 : k].replace(q + q, q))
                elif keep < 2 or len(fields) < keep:
                    fields.append((i, end, s[i + 1 : k].replace(q + q, q), True))
            else:
                end = _plain(d).match(s, i).end()  # type: ignore[union-attr]
                stop = end
                if stop > i and s[stop - 1] == "\r" and (stop == n or s[stop] == "\n"):
                    stop -= 1
                if s.find("\r", i, stop) >= 0:
                    raise ValueError(_BARE_CR)
                if bare is not None:
                    bare.append(s[i:stop])
                elif keep < 2 or len(fields) < keep:
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

    def _distinct(self, index: list[int]) -> tuple[int, ...]:
        """The columns to convert, each once: a column named twice (``text`` and ``1``, or the
        same name again) had two edits at one span, the second at offsets the first had moved
        (``Щука`` became ``Shchukauka``). With ``add`` each name gets its own new column."""
        return tuple(index) if self.add else tuple(dict.fromkeys(index))

    def _plain_line(self, s: str, i: int) -> tuple[int, int] | None:
        """Where the record at ``s[i:]`` ends (before its line end) and the next starts, when
        its line holds no quote (else None): its fields are the line split at the delimiter."""
        q = self.quote
        nl = s.find("\n", i)
        line_end = len(s) if nl < 0 else nl
        if q and s.find(q, i, line_end) >= 0:
            return None
        stop = line_end - 1 if line_end > i and s[line_end - 1] == "\r" else line_end
        if s.find("\r", i, stop) >= 0:
            raise ValueError(_BARE_CR)
        return stop, len(s) if nl < 0 else nl + 1

    def _names(self, s: str, i: int) -> tuple[list[str], int]:
        """The values of the header record at ``s[i:]`` and where the next record starts, as
        bare strings (a header of 10 million names took 1.6 GB as :meth:`_record`'s tuples)."""
        plain = self._plain_line(s, i)
        if plain is not None:
            return s[i : plain[0]].split(self.delimiter or ","), plain[1]
        names: list[str] = []
        return names, self._record(s, i, bare=names)[1]

    def _keep(self) -> int:
        """The fields of a record to hold: the selected columns, and one more (its presence
        tells a record of one field, a blank line, from a longer one)."""
        return max(self._index, default=-1) + 2

    def start(self, first: str) -> tuple[Format, str, str]:
        fmt = self
        # A BOM (Excel) stays in the output, but outside the first field: read as part of it,
        # a quoted first field ('\ufeff"a\nb",1') was a plain one holding quotes and a line
        # break, rewritten as '"\ufeff""a…' (its data changed), and a quoted header name was
        # no column at all. Excel's "sep=;" line after it stays too, as read: it is no record.
        lead = "\ufeff" if first.startswith("\ufeff") else ""
        declared = self._declared(first[len(lead) :])
        if declared:
            lead = first[: len(lead) + declared[1]]
            if self.delimiter is None:
                fmt = replace(self, delimiter=declared[0])
        elif self.delimiter is None:
            fmt = replace(self, delimiter=sniff_delimiter(first, self.quote))
        at = 2 if declared else 1  # the header's line
        if not fmt.header:
            index = []
            for c in fmt.columns:
                if column_number(c) < 1:
                    raise UsageError(f"`columns` {shown(c)}: without a header give a 1-based index")
                index.append(column_number(c) - 1)
            object.__setattr__(fmt, "_index", fmt._distinct(index))
            return fmt, lead, first[len(lead) :]
        if not first[len(lead) :].lstrip("\ufeff"):  # no record (a BOM, a sep= line at most)
            return fmt, first, ""
        try:
            names, end = fmt._names(first, len(lead))
        except ValueError as exc:
            raise InputError(f"header: {exc}", at) from None
        index = []
        for c in fmt.columns:
            if names.count(c) > 1:  # only the first would be converted, the others left as read
                where = ", ".join(str(k + 1) for k, name in enumerate(names) if name == c)
                raise InputError(
                    f"the header names column {shown(c)} more than once (columns {where}); "
                    "give the 1-based index of each to convert",
                    at,
                )
            if c in names:
                index.append(names.index(c))
            elif 1 <= column_number(c) <= len(names):
                index.append(column_number(c) - 1)
            elif not any(names):
                raise InputError(
                    f"no column {shown(c)}: the header (line {at}) names no column; put the names there, "
                    "or give `columns` as 1-based indexes",
                    at,
                )
            elif len(names) == 1:  # the header not cut: "the header has: id,name" said nothing
                raise InputError(
                    f"no column {shown(c)}; read with the delimiter {fmt.delimiter!r}, the header is "
                    f"one column, {names[0]!r}: give the file's `delimiter`",
                    at,
                )
            else:
                raise InputError(f"no column {shown(c)}; the header has: {_listed(names)}", at)
        object.__setattr__(fmt, "_index", fmt._distinct(index))
        refuse_taken(fmt.add, names, at)
        line = first[:end]
        if fmt.add:
            head, _ = fmt._record(first, len(lead), fmt._keep())
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
        for _ in range(RECORD_SAMPLE):
            if i >= len(block):
                break
            try:
                rec, i = self._record(block, i, self._keep())
            except ValueError:
                break
            out.extend(rec[k][2] for k in self._index if k < len(rec))
        return "\n".join(out)

    def records_end(self, text: str, most: int) -> tuple[int, int]:
        end = n = 0
        while n < most and end < len(text):
            try:
                end = self._record(text, end, self._keep())[1]
            except ValueError:  # (a quote not closed: as sample() stops)
                break
            n += 1
        return end, n

    def whole_block(self, fn: Transform, block: str) -> tuple[str, int] | None:
        """The block cut into fields by one regex split (see :func:`_fields`), or None.

        None (the record-by-record reader decides) unless the split tiles the whole block and
        every record has the same number of fields, which holds the selected columns. A field
        that is not quoted may then hold no quote and no carriage return.
        """
        d = self.delimiter or ","
        q = self.quote
        if not block or len(d) != 1 or len(q) > 1 or d == q or d in "\r\n":
            return None
        if q and q in "\r\n":
            return None
        first = block.find("\n")
        if first < 0 or first > _WHOLE_RECORD:  # (a record of millions of fields: 3 strings a
            return None  # field, gigabytes; the record reader holds only those it converts)
        text = block if block.endswith("\n") else block + "\n"
        parts = _fields(d, q).split(text)
        if any(parts[0::3]):
            return None  # something between two fields: not the simple case
        ends = parts[2::3]
        try:
            width = 1 + min(ends.index(e) for e in ("\n", "\r\n") if e in ends)
        except ValueError:
            return None
        rows, rest = divmod(len(ends), width)
        index = self._index
        if rest or max(index, default=0) >= width or ends[width - 1 :: width].count(d):
            return None
        if len(set(index)) != len(index):  # a column named twice: edited twice, in turn
            return None
        if ends.count(d) != rows * (width - 1):
            return None
        step = 3 * width
        columns = [parts[1 + 3 * c :: step] for c in index]
        # (a comprehension costs less here than whole-column string operations, which each
        # pass over all the text: a value needs only a look at its first character)
        olds = [
            [r[1:-1].replace(q + q, q) if r[:1] == q else r for r in raw] if q else raw
            for raw in columns
        ]
        news = map_values(fn, list(chain.from_iterable(olds)))
        diffs = []
        for k, c in enumerate(index):
            new = news[k * rows : (k + 1) * rows]
            texts = new
            if q:  # quoted as the original was, or because the new text needs it
                qq = q + q
                texts = [
                    q + v.replace(q, qq) + q
                    if r[:1] == q or d in v or q in v or "\n" in v or "\r" in v
                    else v
                    for r, v in zip(columns[k], new, strict=True)
                ]
            parts[1 + 3 * c :: step] = (
                list(map(add, map(add, columns[k], repeat(d)), texts)) if self.add else texts
            )
            diffs.append(list(map(ne, olds[k], new)))
        changed = sum(diffs[0]) if len(diffs) == 1 else sum(map(any, zip(*diffs, strict=True)))
        out = "".join(parts)
        return (out if text is block else out[:-1]), changed

    def _parsed(
        self, block: str, skipped: list[tuple[int, str]] | None
    ) -> Iterator[tuple[int, int, int, list[tuple[int, int, str, bool]] | None]]:
        """The records of ``block``: (start, end, line in the block, fields), the fields None
        for a record kept as it is: a blank line too short for the selected columns (no
        record), and a bad record when ``skipped`` is a list (it gets (line, why); else an
        :class:`InputError` at its line). A record too short to hold a selected column is a
        bad one (its other columns were converted and that one left in silence).
        """
        i = 0
        n = len(block)
        line = 1
        index = self._index
        top = max(index, default=-1)
        keep = self._keep()
        while i < n:
            why = ""
            try:
                rec, end = self._record(block, i, keep)
            except ValueError as exc:
                why = str(exc)
                end = block.find("\n", i) + 1 or n  # (the rest of this line is kept)
            else:
                if top >= len(rec):
                    if len(rec) == 1 and not rec[0][2] and not rec[0][3]:
                        yield i, end, line, None  # a blank line: no record, kept as it is
                        line += line_ends(block, i, end)
                        i = end
                        continue
                    missing = next(c for c in index if c >= len(rec)) + 1
                    why = (
                        f"{len(rec)} field{'s' * (len(rec) != 1)}, no column {missing} to "
                        "read; give every record the header's columns (empty ones for no value)"
                    )
            if why:
                if skipped is None:
                    raise InputError(why, line)
                skipped.append((line, why))
                yield i, end, line, None
            else:
                yield i, end, line, rec
            line += line_ends(block, i, end)
            i = end

    def values(
        self, block: str, skipped: list[tuple[int, str]] | None = None
    ) -> Iterator[tuple[int, list[str]]]:
        """The values of the selected columns of each record of ``block``, with its line (a
        bad record, when ``skipped`` is a list: no value, and (line, why) added to it).

        >>> fmt, _, rest = Csv(columns=("n",), delimiter=",").start('id,n\\n1,"a\\nb"\\n2,c\\n')
        >>> list(fmt.values(rest))
        [(1, ['a\\nb']), (3, ['c'])]
        """
        index = self._index
        known = 0 if skipped is None else len(skipped)
        for _, _, line, rec in self._parsed(block, skipped):
            if rec is not None:
                yield line, [rec[col][2] for col in index]
            elif skipped is not None and len(skipped) > known:  # (not a blank line)
                known = len(skipped)
                yield line, []

    def records(self, fn: Transform, block: str, *, skip: bool) -> Applied:
        skipped: list[tuple[int, str]] = []
        d = self.delimiter or ","
        index = self._index
        # pass 1: cut the records and collect the values to convert, in order
        records = list(self._parsed(block, skipped if skip else None))
        values = [rec[col][2] for *_, rec in records if rec is not None for col in index]
        # pass 2: convert them together, then edit each record at the spans of its fields
        news = iter(map_values(fn, values))
        out: list[str] = []
        changed = 0
        for i, end, _, maybe in records:
            if maybe is None:
                out.append(block[i:end])
                continue
            rec = maybe
            edits: list[tuple[int, int, str]] = []
            differs = False
            for col in index:
                a, b, value, quoted = rec[col]
                new = next(news)
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
        return "".join(out), changed, skipped


#: the longest first record :meth:`Csv.whole_block` splits (a longer one is read record by
#: record)
_WHOLE_RECORD = 1 << 20

#: why a record with a carriage return alone in an unquoted field is refused: it cannot be
#: kept as text (a reader such as Python's csv ends the record there), and when the file's
#: line ends are CR alone (old Mac), the whole file would be one record, its header
_BARE_CR = (
    "a carriage return alone inside a field that is not quoted (line ends of CR alone?); "
    "records end at LF or CRLF: convert the line ends, or quote the field"
)


@functools.cache
def _fields(delimiter: str, quote: str) -> re.Pattern[str]:
    """Splits a block into ``[between, field, end, between, field, end, …]``.

    ``field`` is a quoted field (doubled quotes inside) or a field with no quote, delimiter
    or line break; ``end`` is the delimiter or the line end after it. ``between`` is empty
    wherever the block is made of such fields only.
    """
    d = re.escape(delimiter)
    if quote:
        q = re.escape(quote)
        field = f"{q}[^{q}]*(?:{q}{q}[^{q}]*)*{q}|[^{d}{q}\\r\\n]*"
    else:
        field = f"[^{d}\\r\\n]*"
    return re.compile(f"({field})({d}|\\r?\\n)")


@functools.cache
def _plain(delimiter: str) -> re.Pattern[str]:
    return re.compile(f"[^{re.escape(delimiter)}\n]*")


#: the characters :func:`sniff_delimiter` reads: Python's ``csv.Sniffer`` is quadratic in
#: them on a quoted field and a run of delimiters (64 KiB of ``"n",,,,…``: 28 s; 4 KiB: 0.1 s)
_SNIFFED = 4096


def sniff_delimiter(first: str, quote: str) -> str:
    """The delimiter of the text ``first``: one of ``, ; tab |`` other than ``quote`` (a
    ``--quote ;`` on a file of ``;`` was taken for its delimiter too: each field read as one
    quoted string), else ``,``.

    >>> sniff_delimiter("a;b;c\\n1;2;3\\n", '"'), sniff_delimiter("a;b;c\\n1;2;3\\n", ";")
    (';', ',')
    """
    head = first[:_SNIFFED]  # (its whole lines, or the start of a longer first one)
    head = head[: head.rfind("\n") + 1] or head
    candidates = ",;\t|".replace(quote, "") if quote else ",;\t|"
    try:
        return csv.Sniffer().sniff(head, delimiters=candidates).delimiter
    except csv.Error:
        return "," if quote != "," else ";"


def column_number(column: str) -> int:
    """``column`` as a 1-based index when it is one (ASCII digits, at most nine), else 0:
    ``².isdigit()`` is True and int() refused it, as it refuses 5,000 digits, with Python's
    own message for a usage error.

    >>> column_number("3"), column_number("²"), column_number("9" * 5000), column_number("-1")
    (3, 0, 0, 0)
    """
    return int(column) if column.isascii() and column.isdigit() and len(column) < 10 else 0
