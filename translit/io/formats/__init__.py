"""The format registry: where the text to convert is in a block, and how the result goes back.

Every module of this package registers its :class:`Format` classes with :func:`register`; the
registry is filled on first use by importing the package's modules, so **a new format is one
module here** (plus its tests). The command line builds its ``--format`` choices and help from
:func:`names` and :func:`describe`, and :func:`format_for` picks a format from the options and
the file name (compression suffixes such as ``.gz`` are looked through: see
:mod:`translit.io.compression`).

A format applies a text transform (``str -> str``) to the parts of a block that hold text and
leaves every other byte as it was. It learns what the cutting needs from the head of a file
before any block is cut (:meth:`Format.prepare`, e.g. a CSV's sniffed delimiter), says where a
block may end (:meth:`Format.cut`), binds to a file from its first block (:meth:`Format.start`, e.g. a CSV header), gives a sample for
language detection (:meth:`Format.sample`) and converts a block (:meth:`Format.apply`, or
:meth:`Format.apply_skipping` for ``on_error="skip"``, which passes a bad record through
unchanged and reports its line). A format that cannot be cut into text blocks (Parquet) sets
``streams = False`` and converts a whole file in :meth:`Format.convert_file`.

Formats are small picklable objects: worker processes receive them with each block.

    >>> format_for("a.jsonl", fields=("text",)).name
    'jsonl'
    >>> "csv" in names() and "parquet" in names()
    True
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Callable, Iterator
from itertools import chain, compress, repeat
from typing import Any, BinaryIO, ClassVar, TypeVar

from ...script import line_ends
from ..options import UsageError
from ..reading import Reading
from ..textio import InputError, cut_text, open_source

__all__ = [
    "Applied",
    "Format",
    "RecordFormat",
    "Transform",
    "describe",
    "format_for",
    "indexes",
    "listed",
    "map_values",
    "names",
    "record_values",
    "refuse_taken",
    "register",
    "registry",
]

Transform = Callable[[str], str]
#: (converted block, changed records, skipped records as (line in block, reason))
Applied = tuple[str, int, list[tuple[int, str]]]

#: joins the values of a block for a ``separable`` transform (see :func:`map_values`): a NUL
#: on a line of its own (the normaliser works line by line). The spaces make it a token of its
#: own for the romanisers' memo, which cuts at spaces: with "\n\x00\n" each pair of values
#: made a new token (last word + NUL + first word), which cost a third more time.
SEP = "\n \x00 \n"

#: what a bad record's message ends with when records are not skipped (the command line shows
#: `on_error` as --on-error)
SKIP_HINT = "`on_error` skip keeps such a record as it is and goes on"

_REGISTRY: dict[str, type[Format]] = {}
_LOADED = False


class Format:
    """Base class of a registered format (see the module docstring)."""

    #: the ``--format`` value(s) of the class (its first is its own name)
    kinds: ClassVar[tuple[str, ...]] = ()
    #: file name endings that select it under ``--format auto``, per kind
    extensions: ClassVar[dict[str, tuple[str, ...]]] = {}
    #: which option picks the text: "fields", "columns" or "" (the whole text)
    selects: ClassVar[str] = ""
    #: the run options (:class:`~translit.io.RunOptions` fields) that say which values of a
    #: record it converts and how its records are read and written. Any other format's
    #: ``reads`` given for an input of this format would do nothing (``delimiter`` on JSONL,
    #: ``fields`` on plain text), so the runner refuses them there (or warns, see runner)
    reads: ClassVar[tuple[str, ...]] = ()
    #: how messages name the format ("JSONL", "plain text")
    title: ClassVar[str] = ""
    #: one line for ``--help``
    summary: ClassVar[str] = ""
    #: False: the format converts whole files (:meth:`convert_file`), not text blocks
    streams: ClassVar[bool] = True
    name = "text"

    @classmethod
    def build(cls, kind: str, **options: Any) -> Format:
        """An instance for ``kind`` from the run's format options (raise ValueError if unfit)."""
        raise NotImplementedError

    def for_spec(self, spec: Any) -> Format:
        """This format as the transform ``spec`` needs it (e.g. never cut inside a line)."""
        return self

    def cut(self, buf: str) -> int:
        """Where a block may end (see :mod:`translit.io.textio`)."""
        return cut_text(buf)

    def hard_limit(self) -> int | None:
        """Characters after which a record with no possible cut is cut anyway (None: never)."""
        return None

    def line_quote(self) -> str:
        """The quote of the format's records ("": none): inside a quoted field a line end is
        not a record end. :meth:`cut` then cuts only at the end of a record as the format
        reads it, its fields split by :meth:`line_delimiter`
        (:func:`~translit.io.textio.csv_records_end`), and the bytes of a block can be cut
        the same way without decoding them (:func:`~translit.io.rawblocks.line_mode`)."""
        return ""

    def line_delimiter(self) -> str:
        """The delimiter of the fields of the records that :meth:`line_quote` quotes."""
        return ""

    def prepare(self, head: str) -> Format:
        """The format with what it learns from the head of the input (its first bytes,
        decoded; the last character may be cut short) before any block is cut, so that
        every block is cut by it: a CSV's delimiter, when it is sniffed."""
        return self

    def start(self, first: str) -> tuple[Format, str, str]:
        """Bind to a file from its first block: (bound format, output prefix, rest of block)."""
        return self, "", first

    def sample(self, block: str) -> str:
        """The text of ``block`` a detector should look at (language detection)."""
        return block

    def unmatched(self, block: str) -> list[str]:
        """The names of the selection that no record of ``block``, the first, holds (a warning:
        a mistyped name converts nothing); empty when the format checks it itself."""
        return []

    def apply(self, fn: Transform, block: str) -> tuple[str, int]:
        """(converted block, number of changed records); a bad record raises InputError."""
        raise NotImplementedError

    def apply_skipping(self, fn: Transform, block: str) -> Applied:
        """:meth:`apply`, but a bad record is kept unchanged and listed with its line."""
        out, changed = self.apply(fn, block)
        return out, changed, []

    def convert_file(self, source: str, out: BinaryIO, spec: Any) -> tuple[int, int]:
        """Whole-file formats only: convert ``source`` into ``out``; (records, changed)."""
        raise NotImplementedError


class RecordFormat(Format):
    """A format of records with fields (JSONL, CSV/TSV).

    A block is converted in two ways that give the same bytes. :meth:`whole_block` works on
    the block as one string with a few C-level calls (one regular-expression split, one
    parse, one transform call for all values): no Python work per record. It returns None
    when it cannot prove that its result is exact (an unusual block: nesting, escaped keys,
    ragged records, a bad record…); then :meth:`records` goes record by record, and fails or
    skips a bad record. :meth:`apply` and :meth:`apply_skipping` try them in that order.
    """

    def apply(self, fn: Transform, block: str) -> tuple[str, int]:
        try:
            out, changed, _ = self._apply(fn, block, skip=False)
        except InputError as exc:  # a bad record: say how to go on past it
            raise InputError(f"{exc.message}; {SKIP_HINT}", exc.line) from None
        return out, changed

    def apply_skipping(self, fn: Transform, block: str) -> Applied:
        return self._apply(fn, block, skip=True)

    def _apply(self, fn: Transform, block: str, *, skip: bool) -> Applied:
        done = self.whole_block(fn, block)
        if done is not None:
            return done[0], done[1], []
        return self.records(fn, block, skip=skip)

    def whole_block(self, fn: Transform, block: str) -> tuple[str, int] | None:
        """(converted block, changed records) in one pass over the block, or None."""
        return None

    def records(self, fn: Transform, block: str, *, skip: bool) -> Applied:
        """The block converted record by record; a bad record raises or is skipped."""
        raise NotImplementedError

    def values(self, block: str) -> Iterator[tuple[int, list[str]]]:
        """Read only: the selected values of each record of ``block`` (a blank line is no
        record), with its line in the block; a bad record raises InputError at its line, as
        :meth:`records` does without ``skip``."""
        raise NotImplementedError


def record_values(
    fmt: RecordFormat,
    path: str,
    encoding: str = "auto",
    errors: str = "strict",
    *,
    chunk_size: int = 1 << 20,
) -> Iterator[tuple[int, list[str]]]:
    """The selected values of each record of the input ``path`` (``"-"``: stdin), with its
    line in the file, read as a run converts it: opened, decoded, cut into blocks and bound
    to its header by the runner's own :class:`~translit.io.reading.Reading`, so a record,
    its line and a bad record's message are the ones ``translit romanize`` finds
    (``translit detect --field/--column`` reads so).

    >>> import os, tempfile
    >>> path = os.path.join(tempfile.mkdtemp(), "a.csv")
    >>> with open(path, "w", encoding="utf-8") as fh:
    ...     _ = fh.write('id;name\\n1;"Щука\\nЛещ"\\n2;Ёж\\n')
    >>> list(record_values(format_for(path, columns=("name",)), path))
    [(2, ['Щука\\nЛещ']), (4, ['Ёж'])]
    """
    with open_source(path, encoding, errors) as src:
        first, blocks = Reading(src, fmt).text_blocks(chunk_size)
        bound, rest, line = first.fmt, first.rest, 1 + first.lines  # (after a header)
        del first  # (its text: the whole first block, held through the loop)
        assert isinstance(bound, RecordFormat) and isinstance(rest, str)
        for block in chain((rest,), blocks):
            try:
                for at, values in bound.values(block):
                    yield line + at - 1, values
            except InputError as exc:
                raise InputError(exc.message, line + exc.line - 1 if exc.line else 0) from None
            line += line_ends(block)


def map_values(fn: Transform, values: list[str]) -> list[str]:
    """``[fn(v) for v in values]``, in one call when ``fn`` says it may.

    A transform with ``separable = True`` promises that a line break, and :data:`SEP` (a NUL
    line), are boundaries for it: ``fn(a + "\\n" + b) == fn(a) + "\\n" + fn(b)`` (text runs
    already rely on the first: a text is converted in blocks cut at line ends). The values of
    a block are then joined, converted at once and split again, which saves the per-call cost
    (a JSONL or CSV value is often a few words): joined by line breaks when no value holds one
    (or a carriage return), else by :data:`SEP`. A value holding a NUL, or an output with
    another number of separators, falls back to one call per value.

    >>> map_values(str.upper, ["a", "b"])
    ['A', 'B']
    """
    if not values:
        return []
    if getattr(fn, "separable", False) and len(values) > 1:
        joined = "\n".join(values)
        if joined.count("\n") == len(values) - 1 and "\r" not in joined:
            out = fn(joined).split("\n")
            if len(out) == len(values):
                return out
        joined = SEP.join(values)
        if joined.count("\x00") == len(values) - 1:
            out = fn(joined).split(SEP)
            if len(out) == len(values):
                return out
    return [fn(v) for v in values]


def indexes(test: Callable[..., Any], values: list[str], *args: Any) -> list[int]:
    """The indexes of ``values`` for which ``test(value, *args)`` is true, in a C-level loop.

    >>> indexes(str.startswith, ["ab", "b", "a"], "a")
    [0, 2]
    """
    return list(compress(range(len(values)), map(test, values, *map(repeat, args))))


def listed(names: list[str] | tuple[str, ...], most: int = 20) -> str:
    """A file's column names as a message lists them: the first ``most``, each cut at 40
    characters (a header of 100,000 names or of one 10 MB name was echoed whole).

    >>> listed(["a", "b"]), listed(["x" * 50] + list("cdef"), 3)
    ('a, b', 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…, c, d and 2 more')
    """
    shown = ", ".join(n if len(n) <= 40 else n[:40] + "…" for n in names[:most])
    return shown + (f" and {len(names) - most:,} more" if len(names) > most else "")


def refuse_taken(add: tuple[str, ...], names: list[str], line: int = 0) -> None:
    """An :class:`InputError` (at ``line``) if a new column of ``add`` has the name of one of
    the input's columns ``names``: the output would have two columns of one name (a CSV reader
    by name takes the first; pyarrow refuses to read such a Parquet file).

    >>> refuse_taken(("name_latin",), ["id", "name"])
    >>> refuse_taken(("id",), ["id", "name"], 1)
    Traceback (most recent call last):
    translit.io.textio.InputError: line 1: `add_columns` 'id': the input has a column of that name already; give the new column a name of its own
    """
    for a in add:
        if a in names:
            raise InputError(
                f"`add_columns` {a!r}: the input has a column of that name already; "
                "give the new column a name of its own",
                line,
            )


F = TypeVar("F", bound=type[Format])


def register(cls: F) -> F:
    """Class decorator: make ``cls`` the format of each of its ``kinds``."""
    for kind in cls.kinds:
        _REGISTRY[kind] = cls
    return cls


def registry() -> dict[str, type[Format]]:
    """Every registered kind → its class (imports this package's modules once)."""
    global _LOADED
    if not _LOADED:
        folder = os.path.dirname(__file__)
        for name in sorted(os.listdir(folder)):
            if name.endswith(".py") and not name.startswith("_"):
                importlib.import_module(f"{__name__}.{name[:-3]}")
        _LOADED = True
    return dict(_REGISTRY)


def names() -> list[str]:
    """The ``--format`` choices: ``auto`` then every registered kind, in registration order."""
    return ["auto", *registry()]


def describe() -> str:
    """One line per kind for ``--help``: its name, file endings and what it converts."""
    parts = []
    for kind, cls in registry().items():
        ends = "/".join(cls.extensions.get(kind, ()))
        parts.append(f"{kind} ({ends})" if ends else kind)
    return ", ".join(parts)


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
    """The format of ``path`` (``kind="auto"``: from the extension, then the options given).

    >>> format_for("a.tsv.gz", columns=("1",)).delimiter == "\\t"
    True
    """
    from ..compression import strip_suffix

    known = registry()
    if kind == "auto":
        low = strip_suffix(path.lower())
        found = [k for k, cls in known.items() if low.endswith(cls.extensions.get(k, ()))]
        if found:
            kind = found[0]
        else:
            wanted = "fields" if fields else "columns" if columns else ""
            kind = next(k for k, cls in known.items() if cls.selects == wanted)
            if kind == "csv" and delimiter == "\t":
                kind = "tsv"
    cls = known.get(kind)
    if cls is None:
        raise UsageError(f"unknown format {kind!r}; known: {', '.join(known)}")
    return cls.build(
        kind,
        path=path,
        fields=fields,
        columns=columns,
        add=add,
        delimiter=delimiter,
        quote=quote,
        header=header,
    )


def __getattr__(name: str) -> Any:
    """The format classes by name (``Text``, ``Jsonl``, ``Csv``, ``Parquet``)."""
    for cls in registry().values():
        if cls.__name__ == name:
            return cls
    raise AttributeError(name)
