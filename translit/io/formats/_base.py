"""What every format shares: the :class:`Format` and :class:`RecordFormat` classes, the helpers
their modules call, and :func:`register`, which files a class in :data:`REGISTRY`.

The format modules import these from here, not from the package: the package imports them
(``registry()`` loads each on first use), so a format module importing the package was a
circle the import statements hid.

    >>> map_values(str.upper, ["a", "b"])
    ['A', 'B']
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from itertools import compress, repeat
from typing import Any, BinaryIO, ClassVar, TypeVar

from ...errors import shown
from ..textio import InputError, cut_text

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

#: every registered kind → its class (:func:`register` fills it; the package's ``registry()``
#: imports the format modules first)
REGISTRY: dict[str, type[Format]] = {}


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

    def records_end(self, text: str, most: int) -> tuple[int, int]:
        """Where the first ``most`` records of ``text`` (which starts a record) end, and how
        many it holds up to there (fewer at its end; a last record without its line end
        counted): lines here (a JSONL record).

        >>> Format().records_end("a\\nb\\nc", 2), Format().records_end("a\\nb", 5)
        ((4, 2), (3, 2))
        """
        end = n = 0
        while n < most and end < len(text):
            end = text.find("\n", end) + 1 or len(text)
            n += 1
        return end, n

    def unmatched(self, block: str) -> list[str]:
        """The names of the selection that no record of ``block``, the first, holds (a warning:
        a mistyped name converts nothing); empty when the format checks it itself."""
        return []

    def unmatched_warnings(self, block: str) -> list[str]:
        """The warning of each name of :meth:`unmatched` (the runner's, ``detect``'s): what
        to check.

        >>> from translit.io.formats import Jsonl
        >>> Jsonl(fields=("txet",)).unmatched_warnings('{"text": "x"}')[0].split(":")[0]
        "no record of the first block has `fields` 'txet'"
        """
        nested = (
            "; an object there is not converted, nor a list without a string"
            if self.selects == "fields"
            else ""
        )
        return [
            f"no record of the first block has `{self.selects}` {shown(name)}: is the name right? "
            f"(a.b for a key nested in an object{nested})"
            for name in self.unmatched(block)
        ]

    def apply(self, fn: Transform, block: str) -> tuple[str, int]:
        """(converted block, number of changed records); a bad record raises InputError."""
        raise NotImplementedError

    def apply_skipping(self, fn: Transform, block: str) -> Applied:
        """:meth:`apply`, but a bad record is kept unchanged and listed with its line."""
        out, changed = self.apply(fn, block)
        return out, changed, []

    def convert_file(
        self, source: str, out: BinaryIO, spec: Any, info: dict[str, Any] | None = None
    ) -> tuple[int, int]:
        """Whole-file formats only: convert ``source`` into ``out``; (records, changed).
        ``info``: the input's report entry, given what the bound transform records
        (its ``info``, :func:`transform_counts`)."""
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

    def values(
        self, block: str, skipped: list[tuple[int, str]] | None = None
    ) -> Iterator[tuple[int, list[str]]]:
        """Read only: the selected values of each record of ``block`` (a blank line is no
        record), with its line in the block; a bad record raises InputError at its line, as
        :meth:`records` does without ``skip``, or, when ``skipped`` is a list, gives no value
        and adds (line, why) to it, as :meth:`records` does with ``skip``."""
        raise NotImplementedError


def map_values(fn: Transform, values: list[str]) -> list[str]:
    """``[fn(v) for v in values]``, in one call when ``fn`` says it may.

    A transform with a ``by_value`` method converts the values itself (a list, or None: not
    this transform; romanize ``--lang auto`` on records, :func:`for_records`). A transform
    with ``separable = True`` promises that a line break, and :data:`SEP` (a NUL
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
    own = getattr(fn, "by_value", None)  # a transform that decides each value itself
    done = own(values) if own is not None else None
    if done is not None:
        return list(done)
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


def for_records(fn: Transform) -> Transform:
    """``fn`` as a record format applies it to the values it selects: its ``for_records()``
    where it has one (romanize ``--lang auto``: each value in its own language), else ``fn``.

    >>> for_records(str.upper) is str.upper
    True
    """
    each = getattr(fn, "for_records", None)
    return each() if each is not None else fn


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
        REGISTRY[kind] = cls
    return cls


def transform_counts(fn: Callable[[str], str]) -> dict[str, dict[str, int]]:
    """What ``fn`` counted while converting a block (its ``take_counts()``: named counts, such
    as romanize's values by language), which the runner (and a whole-file format: Parquet)
    adds up in the input's report entry (:func:`add_counts`); empty for a transform that
    counts nothing.

    >>> transform_counts(str.upper)
    {}
    """
    take = getattr(fn, "take_counts", None)
    return {} if take is None else take()


def add_counts(into: dict[str, Any], counts: dict[str, dict[str, int]]) -> None:
    """Add ``counts`` (:func:`transform_counts`) to the report entry's ``into``, name by name.

    >>> entry = {"lang": "uk"}
    >>> add_counts(entry, {"langs": {"uk": 2}}); add_counts(entry, {"langs": {"ru": 1, "uk": 1}})
    >>> entry
    {'lang': 'uk', 'langs': {'uk': 3, 'ru': 1}}
    """
    for name, more in counts.items():
        held = into.setdefault(name, {})
        assert isinstance(held, dict)
        for key, n in more.items():
            held[key] = held.get(key, 0) + n
