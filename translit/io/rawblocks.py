"""Blocks of undecoded bytes, so that worker processes decode, convert and encode in parallel.

With ``-j 2`` on one large file, the parent process would otherwise decode every block, send
it to a worker as text (pickling encodes it to UTF-8 again), get text back (decoded again) and
encode it for the output: about a quarter of the work, all on one core. When the format's
blocks are whole lines or whole CSV records (:func:`line_mode`) and the encodings allow it
(:func:`byte_route`: the input *byte-transparent*, see :func:`transparent` — UTF-8 or a
one-byte ASCII-compatible code page such as cp1251 or KOI8-R —, or UTF-16/32; the output
byte-transparent or UTF-16/32 with a byte order), the parent only reads bytes, cuts them at
record ends (:func:`raw_blocks`, :func:`file_spans`) and writes the bytes the workers return;
a worker decodes a block with :func:`translit.io.textio.read_blocks` (the same decoder,
errors and messages as every input), converts it and encodes the result. The parent decodes
the first block only: the format binds to it (a CSV header and delimiter,
:meth:`~translit.io.formats.Format.start`) and the transform to a sample of it; the rest of
that block goes on as bytes from the end of the header (:func:`text_offset`).

Blocks are cut the same way whatever the number of workers, so the output is byte-identical
for any ``jobs``. Cutting never changes a byte: a block ends after a ``\\n`` (so ``\\r\\n``
stays whole), or, in a plain-text line longer than the chunk size, after a run of ASCII
whitespace between two words of two letters or more (as the text route cuts); a line
with no such place is kept whole up to ``hard_limit`` bytes and then cut at a character
boundary.

CSV (mode ``"quoted"``): a block ends where the CSV reader ends a record, found by
:func:`~translit.io.textio.csv_records_end`, the text route's cut too, so both cut at the
same places and a block is read as the whole input is: a field opens quotes only at its start
(a quote inside ``aa"`` is a character, as Python's :mod:`csv` reads it), a quoted field may
hold line breaks, and a record the reader refuses ends at its first line end, where the
reader goes on when it skips it. The delimiter is the format's, known before the first cut
(a sniffed one from the input's head, :meth:`~translit.io.formats.Format.prepare`). The
parent reads the records with one regular expression over the raw bytes from the start of
the block (a file's blocks are read whole here, not only their ends); when a record is not
complete yet it reads on until the bytes since the block's start have doubled before it
reads them again, so a record of many reads costs linear time. This is exact only when the
quote and the delimiter are ASCII bytes that are never part of another character, which is
what a byte-transparent encoding guarantees (UTF-8's multi-byte sequences and a code page's
upper half hold no ASCII byte), whatever the ``errors`` handler does to undecodable bytes; a
non-ASCII quote or delimiter (``--quote «``) keeps the text route. A record is never cut (no
``hard_limit``); one that runs past ``record_limit`` bytes
(:data:`~translit.io.textio.RECORD_LIMIT`) is an error, as in the text route, and an unclosed
quote makes the rest of the input one record, as there. TSV without quoting is cut at every
line end.

UTF-16/32: ``\\n`` and ``"`` are code units (``0A 00`` in UTF-16-LE), and the same bytes
also occur across two units (U+0A0A, U+220A…). The cutting runs unchanged on a *shadow* of
the input, one byte per code unit (:func:`_shadow`: the unit when it is below 0x100, else a
byte that is not ASCII, made by a few C-level slices and one big-integer OR per window;
about 4.5 ms a MiB, so only the last 64 KiB of a window are shadowed where the last line end
will do), so every block starts and ends on a unit. CSV needs every unit of a window for
its records: the window is decoded instead (0.5 ms a MiB, ``surrogatepass``) and cut
as text when each unit is a character (no surrogate pair), else shadowed. A cut inside a
long line never splits a surrogate pair, and whether the character after a space is a space
is asked of the real units. The BOM is read once: the parent decodes the first block with
the input's own codec (``utf-16`` takes the BOM away, as the text route does), and the
workers decode every other block in the byte order the BOM gave (:func:`block_codec`). An
odd last byte ends the last block.

    >>> list(raw_blocks(io.BytesIO(b'a,"x\\ny"\\nb\\n'), b"", "utf-8", chunk_size=2,
    ...                 mode="quoted", quote=b'"'))
    [b'a,"x\\ny"\\n', b'b\\n']
    >>> list(raw_blocks(io.BytesIO(b"a\\r\\nb\\r\\nc"), b"", "utf-8", chunk_size=2))
    [b'a\\r\\n', b'b\\r\\n', b'c']
    >>> transparent("cp1251"), transparent("utf-16")
    (True, False)
"""

from __future__ import annotations

import codecs
import functools
import io
import os
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any, BinaryIO, NamedTuple

from ..engine.lookalike import NUMERAL_CONTEXT, numeral_beside
from .textio import (
    RECORD_LIMIT,
    SHRANK,
    InputError,
    csv_records_end,
    cut_lines,
    read_blocks,
    record_too_long,
)

__all__ = [
    "Span",
    "block_codec",
    "byte_route",
    "decode",
    "file_spans",
    "line_mode",
    "raw_blocks",
    "read_span",
    "tail_split",
    "text_offset",
    "transparent",
]

_ASCII = bytes(range(128))
_WS = rb" \t\r\x0b\x0c\x1c-\x1f"


@functools.cache
def _ws_between_words(utf8: bool) -> re.Pattern[bytes]:
    """A run of ASCII white space (group 1) between two characters on each side that may be
    letters (an ASCII letter, or any character beyond ASCII: UTF-8's
    sequences when ``utf8``, else one byte a character or unit), found in C: the exact test,
    :func:`_words_beside`, is Python's, and a line of one-letter words (Я Я Я …) made it run
    at every space, 52 s for 30 MB (compiled when a text without line ends is first cut)."""
    char = rb"(?:[A-Za-z]|[\xc2-\xf4][\x80-\xbf]{1,3})" if utf8 else rb"[A-Za-z\x80-\xff]"
    return re.compile(char * 2 + rb"([" + _WS + rb"]+)(?=" + char * 2 + rb")")


@functools.cache
def transparent(encoding: str) -> bool:
    """Whether ``encoding`` can be cut between any two characters of its bytes and maps ASCII
    to itself: UTF-8 and one-byte code pages (not UTF-16/32, a BOM-writing or shifting codec).
    """
    try:
        info = codecs.lookup(encoding)
    except (LookupError, ValueError):  # ValueError: a NUL in the name
        return False
    if info.name == "utf-8":
        return True
    module = sys.modules.get(getattr(info.incrementaldecoder, "__module__", ""), None)
    if not hasattr(module, "decoding_table") and info.name not in ("iso8859-1", "ascii"):
        return False  # not a one-byte charmap codec
    try:
        return _ASCII.decode(info.name) == _ASCII.decode("ascii")
    except UnicodeDecodeError:
        return False


#: UTF-16/32 with a byte order: (bytes per code unit, index of its low byte)
_UNITS = {"utf-16-le": (2, 0), "utf-16-be": (2, 1), "utf-32-le": (4, 0), "utf-32-be": (4, 3)}
_HIGH = bytes([0] + [0x80] * 255)  # a byte that is not 0 marks its unit as not ASCII


def block_codec(encoding: str, head: bytes) -> tuple[str, int]:
    """The codec that decodes any block of an input in ``encoding`` starting with ``head``,
    and the bytes of a BOM that the input's own decoder takes at its start: UTF-16 and
    UTF-32 become their byte order, read in the BOM (else this machine's, as Python's
    decoder reads it); any other encoding is itself.

    >>> block_codec("utf-16", codecs.BOM_UTF16_BE + "Я".encode("utf-16-be"))
    ('utf-16-be', 2)
    """
    name = codecs.lookup(encoding).name
    if name not in ("utf-16", "utf-32"):
        return name, 0
    for order in ("le", "be"):
        bom = "\ufeff".encode(f"{name}-{order}")
        if head.startswith(bom):
            return f"{name}-{order}", len(bom)
    return f"{name}-{'le' if sys.byteorder == 'little' else 'be'}", 0


def byte_route(encoding: str, output_encoding: str) -> bool:
    """Whether blocks of an input in ``encoding`` may travel as bytes to workers that encode
    their results in ``output_encoding``: the input is :func:`transparent` or UTF-16/32 (cut
    at code units, see :func:`_shadow`), and the output is transparent or UTF-16/32 with a
    byte order (the workers' encoders must write no BOM of their own).

    >>> byte_route("utf-16", "utf-8"), byte_route("utf-8", "utf-16")
    (True, False)
    """
    name = codecs.lookup(encoding).name
    cuttable = transparent(name) or name in _UNITS or name in ("utf-16", "utf-32")
    return cuttable and (transparent(output_encoding) or _is_units(output_encoding))


def _is_units(encoding: str) -> bool:
    try:
        return codecs.lookup(encoding).name in _UNITS
    except (LookupError, ValueError):
        return False


def _shadow(data: bytes, encoding: str) -> bytes:
    """One byte per whole code unit of ``data`` (UTF-16/32 with a byte order): the unit itself
    when it is below 0x100, else a byte of 0x80 or more, never an ASCII one. A ``\\n`` or a
    ``"`` of the shadow is one exactly where the text has one, so the byte cuts run on it.

    >>> _shadow('a"\\nЯ'.encode("utf-16-be"), "utf-16-be")
    b'a"\\n\\xaf'
    """
    size, low = _UNITS[codecs.lookup(encoding).name]
    count = len(data) // size
    data = data[: count * size]
    mark = 0
    for k in range(size):
        if k != low:
            mark |= int.from_bytes(data[k::size].translate(_HIGH), "big")
    return (int.from_bytes(data[low::size], "big") | mark).to_bytes(count, "big")


def line_mode(fmt: Any) -> str | None:
    """How blocks of ``fmt`` may be cut as bytes: ``"lines"`` (only at a line end), ``"text"``
    (plain text: also after whitespace inside a very long line), ``"quoted"`` (only at the end
    of a CSV record of ``fmt.line_quote()`` and ``fmt.line_delimiter()``, see
    :func:`~translit.io.textio.csv_records_end`) or None (a cut that bytes cannot find
    exactly). Asked of the format's own ``cut``."""
    quote = fmt.line_quote()
    if quote:  # exact only for ASCII bytes, never part of a character
        delimiter = fmt.line_delimiter()
        syntax = quote + delimiter
        if len(quote) != 1 or len(delimiter) != 1 or not syntax.isascii() or quote == delimiter:
            return None
        if "\r" in syntax or "\n" in syntax:
            return None
        q = quote
        if fmt.cut(q + "\n\n") != 0 or fmt.cut(q + q + "\n") != 3 or fmt.cut("\n" + q) != 1:
            return None  # its cut does not keep quoted line breaks after all
        return "quoted"
    if fmt.cut("a\nb") != 2 or fmt.cut('"a\nb') != 3:
        return None  # a newline is not always a record boundary
    if fmt.cut("ab cd") == 0:
        return "lines"
    return "text" if fmt.cut("ab cd") == 3 else None


def text_offset(
    block: bytes, text: str, at: int, encoding: str = "utf-8", skip: int = 0
) -> int | None:
    """Where ``text[at:]`` starts in ``block`` (``text`` is ``block`` decoded from ``encoding``,
    after its first ``skip`` bytes: a BOM the decoder took), when ``text[:at]`` is empty, the
    whole text or ends with a ``\\n`` (a byte, or a UTF-16/32 code unit, of its own in an
    encoding that :func:`byte_route` takes, whatever the errors handler did around it); else
    None.

    >>> text_offset("имя\\nЩи".encode(), "имя\\nЩи", 4)
    7
    >>> text_offset("имя\\nЩи".encode("utf-16"), "имя\\nЩи", 4, "utf-16-le", 2)
    10
    """
    if at in (0, len(text)):
        return skip if at == 0 else len(block)
    if text[at - 1] != "\n":
        return None
    size = _UNITS.get(codecs.lookup(encoding).name, (1, 0))[0]
    view = _shadow(block, encoding) if size > 1 else block
    pos = -1
    for _ in range(text.count("\n", 0, at)):
        pos = view.index(b"\n", pos + 1)
    return (pos + 1) * size


def _cut(
    buf: bytearray,
    start: int,
    mode: str,
    char: Callable[[int], str | None],
    *,
    width: Callable[[str], int] = len,
    utf8: bool = True,
) -> int:
    """Where ``buf`` may end: after its last line end at or after ``start``; in ``text`` mode
    else after its last ASCII whitespace run between two words of two letters or more
    (only near ``start`` and after: the bytes before had no such place), as
    :func:`~translit.io.textio.cut_text` cuts text. ``char(i)``: the character starting at
    ``buf[i]`` (None: not complete, or not valid); ``width(c)``: how many of ``buf``'s
    places it takes; ``utf8``: ``buf`` is UTF-8 (else one byte a character or unit)."""
    at = buf.rfind(b"\n", start) + 1
    if at or mode != "text":
        return at
    lowest = max(0, start - 4)  # a character cut short at the old end is looked at again
    step = 256  # (a text's last cut is near its end: the tail first, then 16 times as much)
    tail = max(lowest, len(buf) - step)
    while True:
        for m in reversed(list(_ws_between_words(utf8).finditer(buf, tail))):
            if _words_beside(m.start(1), m.end(), char, width) and not _numeral_near(
                m.start(1), m.end(), char, width
            ):
                return m.end()
        if tail == lowest:
            return 0
        step = min(step * 16, 1 << 20)
        tail = max(lowest, tail - step)


def _words_beside(
    run: int, end: int, char: Callable[[int], str | None], width: Callable[[str], int]
) -> bool:
    """Whether the two characters before ``run`` (a white-space run's start) and the two from
    ``end`` (its end) are letters (``[^\\W\\d_]``, as the case rule reads a word): a one-letter
    word in capitals takes its case from the words beside it, across numbers (Я 4 ГОДА), so no
    block may end or start with one, or with a number."""
    at = end
    for _ in range(2):
        c = char(at)
        if c is None or not c.isalnum() or c.isdecimal():
            return False
        at += width(c)
    at = run
    for _ in range(2):
        found = _char_ending(at, char, width)
        if found is None or not found[0].isalnum() or found[0].isdecimal():
            return False
        at -= found[1]
    return True


def _char_ending(
    at: int, char: Callable[[int], str | None], width: Callable[[str], int]
) -> tuple[str, int] | None:
    """The character that ends at ``at``, and its width (None: none there, or not valid)."""
    for k in range(1, 5):
        c = char(at - k) if at - k >= 0 else None
        if c is not None and width(c) == k:
            return c, k
    return None


def _numeral_near(
    run: int, end: int, char: Callable[[int], str | None], width: Callable[[str], int]
) -> bool:
    """Whether a word of Roman-numeral look-alikes is beside the white-space run from ``run``
    to ``end``, as :func:`~translit.engine.lookalike.numeral_beside` reads the characters
    around it (``NUMERAL_CONTEXT`` on each side): cut there, it could be read otherwise."""
    after: list[str] = []
    at = end
    while len(after) < NUMERAL_CONTEXT and (c := char(at)) is not None:
        after.append(c)
        at += width(c)
    before: list[str] = []
    at = run
    while len(before) < NUMERAL_CONTEXT and (found := _char_ending(at, char, width)) is not None:
        before.append(found[0])
        at -= found[1]
    return numeral_beside("".join(reversed(before)), "".join(after))


def _next_char(buf: bytearray, at: int, encoding: str) -> str | None:
    """The character starting at ``buf[at]`` (None: not complete in ``buf``, or not valid)."""
    for size in range(1, 5):
        if at + size > len(buf):
            return None
        try:
            return bytes(buf[at : at + size]).decode(encoding)
        except UnicodeDecodeError:
            continue
    return None


def _boundary(buf: bytearray, at: int, encoding: str) -> int:
    """``at`` moved back to the start of a character (UTF-8 continuation bytes skipped)."""
    if codecs.lookup(encoding).name == "utf-8":
        while at > 0 and 0x80 <= buf[at] < 0xC0:
            at -= 1
    return at


class _Stream:
    """The bytes of an input read in order (a pipe, decompressed data): kept from the start
    of the current block to what was read last."""

    def __init__(self, raw: BinaryIO, head: bytes) -> None:
        self.raw = raw
        self.pending = head
        self.buf = bytearray()
        self.lo = 0  # the input offset of buf[0]

    def grow(self, n: int) -> int:
        data = self.pending or self.raw.read(n)
        self.pending = b""
        self.buf += data
        return len(data)

    def window(self, a: int, b: int) -> bytes:
        return bytes(self.buf[a - self.lo : b - self.lo])

    def drop(self, at: int) -> None:
        if at <= self.lo:  # (dropped already: raw_blocks drops a block before it yields it)
            return
        if at - self.lo > _KEEP:  # a long block (a line cut at the hard limit): let its memory
            self.buf = self.buf[at - self.lo :]  # go (a deleted head stays allocated)
        else:
            del self.buf[: at - self.lo]
        self.lo = at


#: a :class:`_Stream` gives back the memory of a block longer than this once it is cut off
_KEEP = 8 << 20


class _File:
    """A regular file's bytes, read by offset (:func:`os.pread`): the cutting reads only the
    ends of blocks, the workers read the blocks."""

    def __init__(self, fd: int, size: int, head: int) -> None:
        self.fd = fd
        self.size = size
        self.first = head
        self.hi = 0

    def grow(self, n: int) -> int:
        new = min(self.size, self.hi + (self.first or n))
        self.first = 0
        added, self.hi = new - self.hi, new
        return added

    def window(self, a: int, b: int) -> bytes:
        return read_span(self.fd, a, b - a)

    def drop(self, at: int) -> None:
        pass


class _Units:
    """A UTF-16/32 input seen through :func:`_shadow`, one byte per code unit, so that the
    cutting below runs on it unchanged; its offsets count units. Reported reads are bytes."""

    def __init__(
        self, src: _Stream | _File, encoding: str, on_read: Callable[[int], None] | None
    ) -> None:
        self.src = src
        self.encoding = encoding
        self.size = _UNITS[encoding][0]
        self.on_read = on_read
        self.read = 0  # bytes
        self.ended = False

    def grow(self, n: int) -> int:
        before = self.read // self.size
        while True:  # a pipe may give part of a unit
            added = self.src.grow(n * self.size)
            if added and self.on_read is not None:
                self.on_read(added)
            self.read += added
            units = self.read // self.size - before
            if units or not added:
                self.ended = not added
                return units

    def window(self, a: int, b: int) -> bytes:
        return _shadow(self.src.window(a * self.size, b * self.size), self.encoding)

    def drop(self, at: int) -> None:
        self.src.drop(at * self.size)

    def records_end(self, a: int, b: int, quote: bytes, delimiter: bytes) -> int:
        """:func:`~translit.io.textio.csv_records_end` of units ``a`` to ``b``, on their text
        when each unit is a character (decoding costs a tenth of the shadow), else on the
        shadow."""
        data = self.src.window(a * self.size, b * self.size)
        try:
            text = data.decode(self.encoding, "surrogatepass")  # a lone surrogate: one unit
        except UnicodeDecodeError:  # not even a code point (UTF-32 above U+10FFFF)
            text = None
        if text is not None and len(text) == b - a:  # no surrogate pair
            return csv_records_end(text, quote.decode("ascii"), delimiter.decode("ascii"))
        return csv_records_end(_shadow(data, self.encoding), quote, delimiter)

    def char(self, at: int) -> str | None:
        """The character starting at unit ``at`` (None: not read yet, or not valid)."""
        for units in (1, 2):
            end = (at + units) * self.size
            if end > self.read:
                return None
            try:
                return self.src.window(at * self.size, end).decode(self.encoding)
            except UnicodeDecodeError:
                continue
        return None

    def boundary(self, at: int) -> int:
        """``at``, or one unit less where it would cut a UTF-16 surrogate pair."""
        if self.size == 2 and at > 0:
            unit = self.src.window(2 * at - 2, 2 * at)
            high = unit[1] if self.encoding == "utf-16-le" else unit[0]
            if 0xD8 <= high < 0xDC:
                return at - 1
        return at


@dataclass(frozen=True, eq=False, repr=False)  # (see ARCHITECTURE.md, "Start-up")
class Span:
    """A block of a regular file, read by the process that converts it (no pipe on the way
    in): the file's name and identity (``st_dev``, ``st_ino``: a file renamed over it since is
    refused), the block's offset and length, and a descriptor already open in this process
    (-1: a worker opens ``path`` itself)."""

    path: str
    ident: tuple[int, int]
    offset: int
    length: int
    fd: int = -1


def read_span(fd: int, offset: int, length: int) -> bytes:
    """``length`` bytes of the file ``fd`` at ``offset`` (an :class:`InputError` if the file
    became shorter meanwhile)."""
    data = os.pread(fd, length, offset)
    while len(data) < length:
        more = os.pread(fd, length - len(data), offset + len(data))
        if not more:
            raise InputError(SHRANK)
        data += more
    return data


class _How(NamedTuple):
    encoding: str
    chunk_size: int
    mode: str
    hard_limit: int | None
    on_read: Callable[[int], None] | None
    quote: bytes = b""  # mode "quoted": the quote and the delimiter of the records
    delimiter: bytes = b""
    record_limit: int = RECORD_LIMIT  # no hard_limit: the longest record, else an InputError

    def checked(self) -> _How:
        """These options, checked: mode "quoted" takes one ASCII byte of each of ``quote``
        and ``delimiter`` (not a line break, not the same), and only it takes a quote (the
        delimiter is then left out)."""
        quote, delimiter = self.quote, self.delimiter
        if self.mode != "quoted":
            if quote:
                raise ValueError('only mode "quoted" takes a quote')
            return self._replace(delimiter=b"")
        syntax = quote + delimiter
        if len(quote) != 1 or len(delimiter) != 1 or quote == delimiter or not syntax.isascii():
            raise ValueError('mode "quoted" takes one ASCII quote byte and one delimiter byte')
        if b"\r" in syntax or b"\n" in syntax:
            raise ValueError("a quote or a delimiter is not a line break")
        return self


def _cuts(src: _Stream | _File | _Units, how: _How) -> Iterator[tuple[int, int]]:
    """(start, end) offsets of the blocks of ``src``, cut as the module says."""
    chunk_size, on_read = how.chunk_size, how.on_read
    lo = hi = searched = 0  # the block starts at lo; no cut lies before searched
    limit = 1
    while True:
        n = src.grow(chunk_size)
        if not n:
            break
        if on_read is not None:
            on_read(n)
        hi += n
        if hi - lo < limit:
            continue
        if how.quote:  # the records are read from the block's start, as the format reads them
            at = _records_end(src, lo, hi, how) or _forced(src, lo, hi, how)
        else:
            at = _cut_window(src, (lo, searched, hi), how)
        if at:
            yield lo, at
            src.drop(at)
            lo = searched = at
            limit = 1
        elif how.hard_limit is None and hi - lo >= how.record_limit:
            raise record_too_long(0, how.record_limit)  # (its line: the runner counts them)
        else:
            searched = hi
            limit = hi - lo + chunk_size  # keep reading: the line is not complete yet
            if how.quote:  # read again from the start: not before twice the bytes, so a
                limit = max(limit, 2 * (hi - lo))  # record of many reads costs linear time
            if how.hard_limit is None:
                limit = min(limit, how.record_limit)
    if hi > lo:
        yield lo, hi


def _records_end(src: _Stream | _File | _Units, lo: int, hi: int, how: _How) -> int:
    """Where the last complete CSV record of ``lo`` to ``hi`` ends (0: none yet)."""
    if isinstance(src, _Units):
        at = src.records_end(lo, hi, how.quote, how.delimiter)
    else:
        at = csv_records_end(src.window(lo, hi), how.quote, how.delimiter)
    return lo + at if at else 0


def _forced(src: _Stream | _File | _Units, lo: int, hi: int, how: _How) -> int:
    """A cut at a character boundary near ``hi`` once the block reached ``how.hard_limit``
    (0: not yet, or never)."""
    if how.hard_limit is None or hi - lo < how.hard_limit:
        return 0
    if isinstance(src, _Units):
        at = src.boundary(hi)
    else:
        start = max(lo, hi - 4)  # a character is at most 4 bytes
        at = start + _boundary(bytearray(src.window(start, hi)), hi - start - 1, how.encoding)
    if at - 1 > lo and src.window(at - 1, at) == b"\r":  # (its LF may follow: one line end,
        at -= 1  # counted in one block, see translit.script.line_ends)
    return at if at > lo else hi


def _cut_window(src: _Stream | _File | _Units, window: tuple[int, int, int], how: _How) -> int:
    """Where the block from ``lo`` may end, read up to ``hi`` (0: not yet), no cut lying
    before ``searched``. The last line end is looked for in the last 64 KiB first, so a
    file's blocks are cut without reading them."""
    lo, searched, hi = window
    mode, encoding, hard_limit = how.mode, how.encoding, how.hard_limit
    near = max(searched, hi - (1 << 16))
    at = src.window(near, hi).rfind(b"\n")
    if at >= 0:
        return near + at + 1
    if near == searched and mode != "text" and (hard_limit is None or hi - lo < hard_limit):
        return 0
    # only from just before `searched` (a character cut short there is read again): a copy
    # from `lo` at each read made a line without a cut quadratic (64 MB of NULs: 42 s)
    base = max(lo, searched - 4)
    buf = bytearray(src.window(base, hi))
    units = src if isinstance(src, _Units) else None
    if units is not None:
        pairs = units.size == 2  # (UTF-16: a character above U+FFFF takes two units)
        at = _cut(
            buf,
            searched - base,
            mode,
            lambda i: units.char(base + i),
            width=lambda c: 2 if pairs and ord(c) > 0xFFFF else 1,
            utf8=False,
        )
    else:
        at = _cut(
            buf,
            searched - base,
            mode,
            lambda i: _next_char(buf, i, encoding),
            width=lambda c: len(c.encode(encoding)),
            utf8=codecs.lookup(encoding).name == "utf-8",
        )
    if not at and hard_limit is not None and hi - lo >= hard_limit:
        return _forced(src, lo, hi, how)
    return base + at if at else 0


def _byte_cuts(src: _Stream | _File, how: _How) -> Iterator[tuple[int, int]]:
    """(start, end) byte offsets of the blocks of ``src``: :func:`_cuts` itself, or for
    UTF-16/32 :func:`_cuts` on its units (a last part of a unit ends the last block)."""
    name = codecs.lookup(how.encoding).name
    if name not in _UNITS:
        yield from _cuts(src, how)
        return
    units = _Units(src, name, how.on_read)
    size = units.size
    per_unit = how._replace(
        chunk_size=max(1, how.chunk_size // size),
        on_read=None,
        record_limit=max(1, how.record_limit // size),
    )
    end = 0
    for a, b in _cuts(units, per_unit):
        end = units.read if units.ended else b * size
        yield a * size, end
    if units.read > end:
        yield end, units.read


def raw_blocks(
    raw: BinaryIO,
    head: bytes,
    encoding: str,
    *,
    chunk_size: int = 1 << 20,
    mode: str = "text",
    hard_limit: int | None = None,
    on_read: Callable[[int], None] | None = None,
    quote: bytes = b"",
    delimiter: bytes = b",",
    record_limit: int = RECORD_LIMIT,
) -> Iterator[bytes]:
    """The bytes of ``raw`` (after ``head``, already read) in blocks cut as the module says
    (``mode="quoted"``: at the end of a CSV record of ``quote`` and ``delimiter``, see
    :func:`line_mode`)."""
    src = _Stream(raw, head)
    how = _How(encoding, chunk_size, mode, hard_limit, on_read, quote, delimiter, record_limit)
    for a, b in _byte_cuts(src, how.checked()):
        block = src.window(a, b)
        src.drop(b)  # before the block is converted, not after: a 64 MiB block was held twice
        yield block
        del block


def file_spans(
    fd: int,
    size: int,
    head: int,
    encoding: str,
    *,
    chunk_size: int = 1 << 20,
    mode: str = "text",
    hard_limit: int | None = None,
    on_read: Callable[[int], None] | None = None,
    quote: bytes = b"",
    delimiter: bytes = b",",
    record_limit: int = RECORD_LIMIT,
) -> Iterator[tuple[int, int]]:
    """(offset, length) of the blocks of the regular file ``fd`` of ``size`` bytes, cut where
    :func:`raw_blocks` cuts them (``head``: how many bytes were read to detect the encoding).

    >>> import tempfile
    >>> with tempfile.TemporaryFile() as fh:
    ...     _ = fh.write(b"ab\\ncd\\nef")
    ...     fh.flush()
    ...     list(file_spans(fh.fileno(), 8, 0, "utf-8", chunk_size=4))
    [(0, 3), (3, 3), (6, 2)]
    """
    src = _File(fd, size, head)
    how = _How(encoding, chunk_size, mode, hard_limit, on_read, quote, delimiter, record_limit)
    for a, b in _byte_cuts(src, how.checked()):
        yield a, b - a


#: the end of a file cut finer by :func:`tail_split`: its last ``_TAIL`` chunks
_TAIL = 4


def tail_split(
    spans: Iterable[tuple[int, int]], fd: int, size: int, chunk_size: int
) -> Iterator[tuple[int, int]]:
    """``spans`` (of :func:`file_spans`, lines or plain text in a :func:`transparent`
    encoding) with those of the file's last ``_TAIL`` (four) chunks cut again after a ``\\n``, each
    piece about a quarter of what is left of the file (a sixteenth of a chunk at least), so
    that the processes of ``-j N`` run out of work together instead of one waiting for
    another's last whole block. A line is never cut here (a line longer than a piece is one
    piece, as far as its span goes), and a converted block is its lines converted, so the
    output is the same; the cuts depend only on the file, not on the number of processes.
    The first span stays whole: the format and the transform bind to it.

    >>> import tempfile
    >>> with tempfile.TemporaryFile() as fh:
    ...     _ = fh.write(b"a\\nb\\nc\\nd\\n" * 4)
    ...     fh.flush()
    ...     list(tail_split([(0, 8), (8, 24)], fh.fileno(), 32, 32))
    [(0, 8), (8, 6), (14, 4), (18, 2), (20, 2), (22, 2), (24, 2), (26, 2), (28, 2), (30, 2)]
    """
    floor = max(1, chunk_size // 16)
    first = True
    for start, length in spans:
        if first or size - start > _TAIL * chunk_size or length <= floor:
            first = False
            yield start, length
            continue
        data = read_span(fd, start, length)
        at = 0
        while True:
            piece = max(floor, (size - start - at) // _TAIL)
            if length - at <= piece:
                break
            cut = data.rfind(b"\n", at, at + piece) + 1  # the last line end in the piece
            if cut <= at:  # a line longer than the piece: to its end
                cut = data.find(b"\n", at + piece) + 1
                if cut <= 0 or cut >= length:
                    break
            yield start + at, cut - at
            at = cut
        yield start + at, length - at


def decode(block: bytes, encoding: str, errors: str) -> str:
    """``block`` as text, by the one input decoder (:func:`read_blocks`: an undecodable byte
    raises :class:`~translit.io.textio.InputError` with its line, counted from the block).

    >>> decode("Щи\\n".encode("koi8-r"), "koi8-r", "strict")
    'Щи\\n'
    """
    pieces = read_blocks(
        io.BytesIO(block), encoding, errors, chunk_size=len(block) + 1, cut=cut_lines
    )
    return "".join(pieces)
