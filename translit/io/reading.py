"""One input as its format reads it: the format prepared from the head, blocks cut at its
record ends, the format bound to the first block.

The runner, :func:`~translit.io.formats.record_values` (``translit detect --field/
--column``) and ``translit normalize --report`` (plain text) read an input through
:class:`Reading`, so a record, its line and a bad record's message are the same in all, and a change to how an input is prepared, cut or bound is made
here once. The steps, on a :class:`~translit.io.textio.Source` already open:

1. :meth:`Format.prepare <translit.io.formats.Format.prepare>` on the head (a CSV's sniffed
   delimiter), before any cut, so every block is cut by it;
2. blocks cut where the format's records end: decoded here (:meth:`Reading.text_blocks`,
   :meth:`Format.cut <translit.io.formats.Format.cut>`), or as bytes for the workers to decode
   (:meth:`Reading.byte_blocks`, :mod:`translit.io.rawblocks`, when :meth:`Reading.byte_mode`
   allows it), both at the same places;
3. :meth:`Format.start <translit.io.formats.Format.start>` on the first block, decoded (a
   CSV header): :class:`First`, with the lines of what the format took, counted in the input.

What a run does with the blocks (progress, the sample, the output, the workers) is the
runner's.

    >>> import io
    >>> from translit.io.formats import format_for
    >>> from translit.io.textio import Source
    >>> src = Source("a.csv", io.BytesIO(b""), b'id;name\\n1;"a\\nb"\\n2;c\\n', "utf-8")
    >>> reading = Reading(src, format_for("a.csv", columns=("name",)))
    >>> reading.fmt.delimiter  # sniffed from the head
    ';'
    >>> first, blocks = reading.text_blocks(1 << 20)
    >>> first.prefix, first.rest, first.lines, list(blocks)
    ('id;name\\n', '1;"a\\nb"\\n2;c\\n', 1, [])
"""

from __future__ import annotations

import codecs
import dataclasses
import itertools
import os
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any, TypeVar

from ..script import line_ends
from .rawblocks import (
    Span,
    block_codec,
    byte_route,
    decode,
    file_spans,
    line_mode,
    raw_blocks,
    read_span,
    tail_split,
    text_offset,
    transparent,
)
from .textio import RECORD_SAMPLE, SNIFF_BYTES, Source

if TYPE_CHECKING:  # (formats reads its records through this module)
    from .formats import Format

__all__ = ["SAMPLE_CHARS", "First", "Reading", "line_heads"]

B = TypeVar("B")

#: The input's characters whose records a format that selects values samples (at most
#: ``RECORD_SAMPLE`` of them) to bind the transform:
#: :meth:`First.sampled`
SAMPLE_CHARS = 4 << 20


class First:
    """The first block of an input and the format bound to it (see :class:`Reading`). (A
    plain class: a dataclass compiles its methods at import, 2 M instructions of every run.)"""

    __slots__ = ("fmt", "head", "lines", "more", "prefix", "rest", "text")

    def __init__(
        self, fmt: Format, prefix: str, text: str, rest: str, lines: int, *, head: int
    ) -> None:
        #: the format bound to the input (a CSV's header and delimiter)
        self.fmt = fmt
        #: what the output starts with (the header as it is written: new columns added)
        self.prefix = prefix
        #: the block, decoded: what the transform's sample and the selected names are read
        #: from
        self.text = text
        #: what follows the part the format took, to convert ("" when nothing does): text,
        #: or in the byte route the same bytes or file span as the later blocks when it
        #: starts a line
        self.rest: str | bytes | Span = rest
        #: the line ends of the part the format took (a header), as the input holds them
        self.lines = lines
        #: more blocks of a regular file follow (the byte route; else False)
        self.more = False
        #: the characters of :attr:`text` that the input's head (its first
        #: :data:`~translit.io.textio.SNIFF_BYTES`, read before any block) decodes to
        self.head = head

    def sample(self) -> str:
        """The text a transform is bound to (its language decided on) where the input holds
        this block alone (see :meth:`sampled`)."""
        return self.sampled(iter(()))[0]

    def sampled(
        self, blocks: Iterator[B], text_of: Callable[[B], str] = str
    ) -> tuple[str, Iterator[B]]:
        """The text a transform is bound to (its language decided on), the same whatever the
        block size, and ``blocks`` (the input's after this one, each decoded by ``text_of``)
        again, those read for it first: the format's sample (:meth:`Format.sample
        <translit.io.formats.Format.sample>`: a JSONL file's values, a CSV's first 200
        records') of the records wholly within the input's first 64 KiB (the head, which every
        first block holds), or of the first record whole where the head holds no record end
        (a record kept whole: a JSONL line, a CSV record; plain text is read to the head's
        end); where those are fewer than :data:`~translit.io.textio.RECORD_SAMPLE` (200) records
        of a format that selects values, of the records wholly within the input's first
        :data:`SAMPLE_CHARS` characters, its first ``RECORD_SAMPLE`` at most (so a file of
        large records, a page's HTML beside a short title, is decided on its first titles,
        not on the first alone); at most :data:`~translit.io.textio.SNIFF_BYTES` characters
        of it, of which detection scores its first 20,000 (:data:`translit.detection.SAMPLE`).
        The runner binds so, and ``translit detect --field/--column`` decides the file's
        language so (:func:`~translit.io.formats.record_values`). The blocks read for it
        (at most ``SAMPLE_CHARS`` characters and a block) are held until then.

        (It was the first block's: a block of a regular file cut with ``--chunk-size 4K``
        that starts with a line longer than the head ends sooner than one cut with 256K, and
        a JSONL file so begun was Russian at 4K and Ukrainian at 256K. Then the head's
        records': a file of 84 KB records was decided on its first title alone.)

        >>> from translit.io.formats import format_for
        >>> block = '{"t": "Київ"}\\n{"t": "Минск"}\\n'
        >>> First(format_for("a.jsonl", fields=("t",)), "", block, block, 0, head=16).sample()
        'Київ\\nМинск'
        >>> later = iter(['{"t": "Львів"}\\n'])
        >>> sample, blocks = First(format_for("a.jsonl", fields=("t",)), "", block, block, 0,
        ...                        head=len(block)).sampled(later)
        >>> sample, list(blocks)
        ('Київ\\nМинск\\nЛьвів', ['{"t": "Львів"}\\n'])
        """
        fmt, text, head = self.fmt, self.text, self.head
        if len(text) > head:
            end = fmt.cut(text[:head])
            if not end and fmt.hard_limit() is None:  # (then a block ends at a record end)
                end = text.find("\n", head) + 1
            text = text[: end or head]
        values = [fmt.sample(text)]
        taken = fmt.records_end(text, RECORD_SAMPLE)[1] if fmt.selects else RECORD_SAMPLE
        read, held = len(text), []
        piece = self.text[read:]  # (each piece starts a record: blocks end at record ends)
        while taken < RECORD_SAMPLE and read < SAMPLE_CHARS and sum(map(len, values)) < SNIFF_BYTES:
            if not piece:
                block = next(blocks, None)
                if block is None:
                    break
                held.append(block)
                piece = text_of(block)
                continue
            if read + len(piece) > SAMPLE_CHARS:  # (whole records within the bound only)
                piece = piece[: fmt.cut(piece[: SAMPLE_CHARS - read])]
                read = SAMPLE_CHARS
            end, n = fmt.records_end(piece, RECORD_SAMPLE - taken)
            values.append(fmt.sample(piece[:end]))
            read, taken, piece = read + end, taken + n, piece[end:] if n else ""
        sample = "\n".join(v for v in values if v)[:SNIFF_BYTES]
        return sample, itertools.chain(held, blocks) if held else blocks


class Reading:
    """The input ``src`` read by ``fmt``, prepared from its head (:attr:`fmt`)."""

    def __init__(self, src: Source, fmt: Format) -> None:
        self.src = src
        #: the format prepared from the head (not bound yet): every block is cut by it
        self.fmt = fmt.prepare(src.head.decode(src.encoding, "replace"))

    def byte_mode(self, output_encoding: str) -> str | None:
        """How the blocks may be cut as bytes for results in ``output_encoding``
        (:func:`~translit.io.rawblocks.line_mode`), or None: they are decoded here."""
        mode = line_mode(self.fmt)
        if mode is not None and byte_route(self.src.encoding, output_encoding):
            return mode
        return None

    def block_codec(self) -> str:
        """The codec of the byte route's blocks (UTF-16/32: the byte order of the BOM)."""
        return block_codec(self.src.encoding, self.src.head)[0]

    def text_blocks(
        self, chunk_size: int, on_read: Callable[[int], None] | None = None
    ) -> tuple[First, Iterator[str]]:
        """The first block bound, and the blocks after it, decoded here."""
        blocks = self.src.blocks(
            chunk_size=chunk_size,
            cut=self.fmt.cut,
            on_read=on_read,
            hard_limit=self.fmt.hard_limit(),
        )
        text = next(blocks, "")
        return self._bind(text), blocks

    def byte_blocks(
        self, mode: str, chunk_size: int, on_read: Callable[[int], None] | None = None
    ) -> tuple[First, Iterator[bytes | Span]]:
        """The first block bound (decoded here), and the blocks after it as bytes, or as
        spans of a regular file, for :meth:`block_codec` (see :mod:`.rawblocks`; ``mode``:
        :meth:`byte_mode`)."""
        src, fmt = self.src, self.fmt
        encoding, bom = block_codec(src.encoding, src.head)
        cutting: dict[str, Any] = {
            "chunk_size": chunk_size,
            "mode": mode,
            "hard_limit": fmt.hard_limit(),
            "on_read": on_read,
            "quote": fmt.line_quote().encode("ascii") if mode == "quoted" else b"",
            "delimiter": fmt.line_delimiter().encode("ascii") if mode == "quoted" else b"",
        }
        blocks: Iterator[bytes | Span]
        if src.fd >= 0 and hasattr(os, "pread"):  # a regular file: read by offset (not Windows)
            st = os.fstat(src.fd)
            ident = (st.st_dev, st.st_ino)
            spans = file_spans(src.fd, src.size, len(src.head), encoding, **cutting)
            if mode != "quoted" and transparent(encoding):  # (a \n byte is a line end)
                spans = tail_split(spans, src.fd, src.size, chunk_size)
            blocks = (Span(src.name, ident, a, n, src.fd) for a, n in spans)
        else:
            blocks = raw_blocks(src.raw, src.head, encoding, **cutting)
        block: bytes | Span = next(blocks, b"")
        data = read_span(block.fd, block.offset, block.length) if isinstance(block, Span) else block
        first = self._bind(decode(data, src.encoding, src.errors))
        text, rest = first.text, first.rest
        assert isinstance(rest, str)
        taken = text_offset(data, text, len(text) - len(rest), encoding, bom)
        if rest and taken is not None:  # (else a start that is not whole lines: as text)
            if isinstance(block, Span):
                first.rest = dataclasses.replace(
                    block, offset=block.offset + taken, length=block.length - taken
                )
            else:
                first.rest = data[taken:]
        first.more = isinstance(block, Span) and block.offset + block.length < src.size
        return first, blocks

    def text_of(self, block: str | bytes | Span) -> str:
        """A later block as text (a block of :meth:`byte_blocks` decoded by its codec, an
        undecodable byte replaced: its own conversion tells of it), for
        :meth:`First.sampled`."""
        if isinstance(block, str):
            return block
        data = read_span(block.fd, block.offset, block.length) if isinstance(block, Span) else block
        errors = "replace" if self.src.errors == "strict" else self.src.errors
        return decode(data, self.block_codec(), errors)

    def _bind(self, text: str) -> First:
        """:meth:`Format.start` on the first block, ``text``."""
        fmt, prefix, rest = self.fmt.start(text)
        lines = line_ends(text, 0, len(text) - len(rest))
        return First(fmt, prefix, text, rest, lines, head=self._head_chars())

    def _head_chars(self) -> int:
        """How many characters the head decodes to (a character it cuts short not counted):
        the start of every first block, which holds it. (An undecodable byte, which the first
        block's decoding has already reported under ``errors="strict"``, counts as one.)"""
        errors = "replace" if self.src.errors == "strict" else self.src.errors
        decoder = codecs.getincrementaldecoder(self.src.encoding)(errors)
        try:
            return len(decoder.decode(self.src.head))
        except UnicodeError:  # (a codec's own complaint, e.g. UTF-16 without a BOM)
            return len(self.src.head)


#: The characters ``str.splitlines`` ends a line at (CRLF: one end), which ``-l auto-line``
#: decides lines by (the library's ``lang="auto-line"`` too)
LINE_BREAKS = ("\n", "\r", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029")


def line_heads(blocks: Iterable[str], n: int) -> Iterator[tuple[str, str]]:
    """``blocks`` (an input's text in order, cut anywhere but inside a CRLF, as every route
    cuts) joined so that none ends inside the first ``n`` characters of a line (as
    ``str.splitlines`` ends one: :data:`LINE_BREAKS`), each with the first ``n`` characters of the line it starts
    inside ("" for a block that starts a line). For a transform that decides each line on
    its first ``n`` characters (``-l auto-line``: :attr:`Romanize.line_head
    <translit.cli.romanize.Romanize.line_head>`): a line cut between blocks is decided on the
    same head in each, whatever the block size. A block holds at most ``n`` characters and a
    block more than it would: a line of any length is never held whole.

    >>> list(line_heads(["ab\\ncd", "ef", "gh\\n", "ij"], 3))
    [('ab\\ncdef', ''), ('gh\\n', 'cde'), ('ij', '')]
    """
    held: list[str] = []
    carried = ""  # the head of the line the first held block starts inside
    opened: str | None = None  # the head so far of the line open after the blocks read
    for block in blocks:
        held.append(block)
        if block.endswith(LINE_BREAKS):
            opened = None
        else:
            start = max(map(block.rfind, LINE_BREAKS)) + 1
            if start or opened is None:  # (a line starts in the block)
                opened = block[start : start + n]
            elif len(opened) < n:
                opened += block[: n - len(opened)]
            if len(opened) < n:
                continue  # (its head is not whole yet: held, joined with the next block)
        yield "".join(held), carried
        held = []
        carried = opened or ""
    if held:
        yield "".join(held), carried
