"""Bytes in, text blocks out (and back): encoding detection, incremental decoding, cutting.

An input is read in pieces of ``chunk_size`` bytes, decoded incrementally (so a multi-byte
character split between two reads is never damaged) and cut into *blocks* that end on a record
boundary chosen by the format: for plain text and JSONL the end of a line, for CSV the end of a
record as the CSV reader reads it (:func:`csv_records_end`). Line endings are never translated: ``\\r\\n`` stays ``\\r\\n`` and a missing
final newline stays missing. A plain-text line longer than the chunk size is cut after a run of
whitespace between two words of two letters or more (never inside a word or a
whitespace run, nor beside a one-letter word, whose case comes from its neighbours), so memory
stays bounded; only a single line with no such place is kept whole, up to :data:`HARD_LIMIT`
characters. A JSONL line
or a CSV record is always kept whole, up to :data:`RECORD_LIMIT` characters: a longer one fails
its input at the line where it starts (it would be held whole in memory several times over; a
compressed input of a few hundred KB can hold a line of gigabytes).

``--encoding auto`` looks at the first :data:`SNIFF_BYTES` bytes: a UTF-8/UTF-16 BOM (kept in
the text, so it is written back), else :func:`translit.encodings.detect_encoding` (UTF-8,
legacy Cyrillic encodings; binary data is an error), with an ASCII head read as UTF-8.

    >>> import io
    >>> list(read_blocks(io.BytesIO(b"a\\r\\nb\\r\\nc"), "utf-8", chunk_size=2))
    ['a\\r\\n', 'b\\r\\n', 'c']
"""

from __future__ import annotations

import codecs
import contextlib
import errno
import functools
import io
import os
import re
import stat
import sys
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, AnyStr, BinaryIO, cast

from ..engine.lookalike import NUMERAL_CONTEXT, numeral_beside
from ..errors import (
    ParameterError,
    TranslitError,
    codec_problem,
    describe,
    impossible_name,
    shown,
    size_said,
    want_codec,
    want_path,
)
from ..script import line_ends
from .compression import wrap_input

__all__ = [
    "HARD_LIMIT",
    "RECORD_LIMIT",
    "RECORD_SAMPLE",
    "SNIFF_BYTES",
    "InputError",
    "RecordTooLong",
    "Source",
    "csv_records_end",
    "cut_csv",
    "cut_line_ends",
    "cut_lines",
    "cut_text",
    "detect_encoding",
    "open_source",
    "read_blocks",
    "read_text",
    "record_too_long",
]

SNIFF_BYTES = 1 << 16


#: The records a format's sample of a file's start takes at most (a CSV's and Parquet's
#: :meth:`~translit.io.formats.Format.sample`, :meth:`~translit.io.reading.First.sampled`):
#: as many as :data:`translit.autodetect.RECORD_SAMPLE` decides a column on (held equal by
#: tests/test_records_sample.py; not imported from there: detection is heavy)
RECORD_SAMPLE = 200

#: A single record with no possible cut is kept whole up to this many characters, then cut.
HARD_LIMIT = 1 << 26
#: A record that must be kept whole (a JSONL line, a CSV record) is refused past this many
#: characters (bytes, where bytes are cut): its conversion holds it several times in memory
#: (a 256 MiB JSONL line took 2.4 GB and 85 s; one of gigabytes, the out-of-memory killer).
RECORD_LIMIT = HARD_LIMIT

# the end of a white-space run between two words of two letters or more: a word of one letter
# in capitals takes its case from the words beside it on its line (Я ВИДЕЛ → YA VIDEL), across
# numbers (Я 4 ГОДА → YA 4 GODA), so a cut beside one, or beside a number, gave it a case by
# where the blocks were cut, not by the text (the run's last white-space character; the two
# before the run are looked at by cut_text)
_LAST_WS_RUN = re.compile(r"\s(?=[^\W\d_]{2})")
_WORD_PAIR = re.compile(r"[^\W\d_]{2}")


class InputError(TranslitError):
    """A problem in an input at a line: ``line`` is 1-based, 0 when unknown; ``path``: the
    file at fault where a reader of several files knows it (None: the one being read).

    >>> str(InputError("not valid JSON", 3))
    'line 3: not valid JSON'
    """

    def __init__(self, message: str, line: int = 0, *, path: str | None = None) -> None:
        super().__init__(message, line)
        self.message = message
        self.line = line
        self.path = path

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}" if self.line else self.message


#: The close of a message about bytes the encoding cannot read: the option that reads past
#: them, which a command without `errors` leaves out (:func:`translit.cli.base.input_said`).
READ_PAST = ", or `errors` replace|surrogateescape reads past them"

#: What a regular file that became shorter while it was read fails with (any route).
SHRANK = (
    "the input became shorter while it was read (another program writes to it); "
    "convert it once nothing does"
)


class RecordTooLong(InputError):
    """A record that must be kept whole runs past the limit (``line`` 0: where it starts is
    known only once the lines before it are counted, by the workers)."""


def record_too_long(line: int, limit: int = RECORD_LIMIT) -> RecordTooLong:
    """The error of a record that runs past ``limit`` characters (or bytes) from ``line``.

    >>> str(record_too_long(3, 1 << 26))
    'line 3: a record starting here runs past 64 MiB without its end; a JSONL line, a CSV record or a line for glossary terms is converted whole: split it (in a CSV, look for a quote left open)'
    """
    size = size_said(limit) if limit >= 1 << 20 else f"{limit} characters"
    return RecordTooLong(
        f"a record starting here runs past {size} without its end; a JSONL line, a CSV "
        "record or a line for glossary terms is converted whole: split it (in a CSV, look "
        "for a quote left open)",
        line,
    )


def cut_lines(buf: str) -> int:
    """Index just after the last ``\\n`` of ``buf`` (0 if none): the cut for text and JSONL."""
    return buf.rfind("\n") + 1


def cut_line_ends(buf: str) -> int:
    r"""Index just after the last line end of ``buf`` (LF, CRLF or a CR alone:
    :data:`translit.script.LINE_END_RE`; 0 if none), never between a CRLF's two halves (a CR
    that ends ``buf`` may be one's): the cut for text read line by line.

    >>> cut_line_ends("a\rb\rc"), cut_line_ends("a\rb\r"), cut_line_ends("a\r\nb")
    (4, 2, 3)
    """
    return max(buf.rfind("\n"), buf.rfind("\r", 0, len(buf) - 1)) + 1


def cut_text(buf: str) -> int:
    """:func:`cut_lines`, or inside a long line just after its last whitespace run between
    two words of two letters or more (:data:`_LAST_WS_RUN`), no word of Roman-numeral
    look-alikes beside it (ПАК ЧОН | ХІ: ХІ is read by the words around it).

    >>> cut_text("один  два"), cut_text("один два Я"), cut_text("ЩУКИН Я"), cut_text("Я 1941 ГОД")
    (6, 5, 0, 0)
    """
    cut = buf.rfind("\n") + 1
    if cut:
        return cut
    # search only the tail: a long line has whitespace near its end almost always; then
    # windows further back, each searched once (two characters of overlap for the lookahead);
    # the last place first, so most cuts test one (each in Python)
    end = len(buf)
    start = max(0, end - 4096)
    while True:
        for m in reversed(list(_LAST_WS_RUN.finditer(buf, start, end + 2))):
            run = m.start()
            while run > 0 and buf[run - 1].isspace():
                run -= 1
            if (
                run >= 2
                and _WORD_PAIR.match(buf, run - 2, run)
                and not numeral_beside(
                    buf[max(0, run - NUMERAL_CONTEXT) : run],
                    buf[m.end() : m.end() + NUMERAL_CONTEXT],
                )
            ):
                return m.end()
        if start == 0:
            return 0
        end, start = start, max(0, start - (1 << 20))


def cut_csv(buf: str, quote: str = '"', delimiter: str = ",") -> int:
    """Index just after the last record of ``buf`` that is complete (0 if none), the records
    read from the start as the CSV reader reads them (:func:`csv_records_end`).

    ``buf`` must start at a record boundary. A line end inside a quoted field is not a record
    end; a quote inside a field that is not quoted (``aa"``) is a character like any other.

    >>> cut_csv('a,"x\\ny"\\nb,"z\\n')
    8
    >>> cut_csv('"",aa","\\n"')
    0
    """
    return csv_records_end(buf, quote, delimiter)


@functools.cache
def _csv_syntax(quote: str, delimiter: str, kind: type) -> tuple[re.Pattern[Any], re.Pattern[Any]]:
    """(a run of complete records, the fields of a record as far as they go), as ``str`` or
    ``bytes`` patterns, for :func:`csv_records_end`."""
    q, d = re.escape(quote), re.escape(delimiter)
    field = f"(?:{q}[^{q}]*+(?:{q}{q}[^{q}]*+)*+{q}|(?!{q})[^{d}\\r\\n]*+)"
    fields = f"{field}(?:{d}{field})*+"
    run, part = f"(?>{fields}\\r?\\n)*+", fields
    if kind is bytes:
        return re.compile(run.encode("latin-1")), re.compile(part.encode("latin-1"))
    return re.compile(run), re.compile(part)


def csv_records_end(buf: AnyStr, quote: AnyStr, delimiter: AnyStr) -> int:
    """Index just after the last complete record of ``buf`` (0 if none; ``buf`` starts at a
    record boundary), the records read as :class:`~translit.io.formats.delimited.Csv` reads
    them, so a block cut there is parsed as the whole input is (``str``, or ``bytes`` with
    one-byte ASCII ``quote`` and ``delimiter``).

    A record is fields split by ``delimiter`` up to a ``\\n`` or ``\\r\\n``; a field that
    starts with ``quote`` runs to the quote that closes it (``""`` inside is one quote, line
    breaks are kept), any other field to the next delimiter or line end, a quote in it being
    a plain character. A record the reader refuses (a character after a closing quote, a
    carriage return alone outside quotes) ends at the first line end after its start (the
    reader goes on there when it skips bad records), and there is no cut before the
    character that makes it bad and the next, so that its error is the same in any block. A
    quote left
    open makes the rest of ``buf`` one incomplete record. Each call is one C-level regular
    expression match per run of good records: linear in ``buf``.

    >>> csv_records_end('a,"x\\ny"\\r\\n"p"q,1\\nr', '"', ",")
    16
    >>> csv_records_end(b'a,b\\n"",aa","\\n"\\n', b'"', b",")
    15
    """
    if isinstance(quote, bytes) and isinstance(delimiter, bytes):
        run, part = _csv_syntax(quote.decode("latin-1"), delimiter.decode("latin-1"), bytes)
    else:
        run, part = _csv_syntax(quote, delimiter, str)
    cr, nl = (b"\r", b"\n") if isinstance(buf, bytes) else ("\r", "\n")
    n = len(buf)
    # floor: no cut before it, as a bad record's block must hold what its error says
    pos = done = floor = 0
    while True:
        pos = run.match(buf, pos).end()  # type: ignore[union-attr]
        if pos >= floor:
            done = pos
        if pos == n:
            return done
        # the record at pos is incomplete, or bad: where do its fields stop, and why?
        m = part.match(buf, pos)
        stop = n if m is None else m.end()
        if stop == n or buf[stop : stop + 1] in (quote, delimiter):
            return done  # its last field goes on, or a quote is open: not complete yet
        if buf[stop : stop + 1] == cr and stop + 1 == n:
            return done  # a CR that a LF may follow
        # a character after a closing quote, or a CR alone: bad; it ends at its first line end,
        # but a cut is made only past that character and the next (a block ending at a CR, or
        # before the character, is no error; one ending at that line end inside a quoted
        # field, another error)
        floor = max(floor, stop + 2)
        after = buf.find(nl, pos) + 1
        if not after:
            return done
        pos = after


#: what a socket named as an input is
_SOCKET = (
    "a socket, which no file can be read from by its name: pipe what it sends to standard "
    "input (e.g. with socat or nc)"
)


def _socket(name: str) -> bool:
    """Whether ``name`` is a socket (False if it cannot be looked at)."""
    try:
        return stat.S_ISSOCK(os.stat(name).st_mode)
    except OSError:
        return False


def detect_encoding(head: bytes) -> str:
    """The encoding of a file starting with ``head`` (a codec name Python knows).

    >>> detect_encoding("Власов".encode("utf-8"))
    'utf-8'
    >>> detect_encoding(codecs.BOM_UTF16_LE + "Я".encode("utf-16-le"))
    'utf-16'
    """
    from ..encodings import bom_encoding
    from ..encodings import detect_encoding as library_detect

    by_bom = bom_encoding(head)
    if by_bom:  # a UTF-8 BOM stays in the text and is written back unchanged
        return "utf-8" if by_bom == "utf-8-sig" else by_bom

    name = codecs.lookup(library_detect(head)).name  # raises EncodingError for binary data
    # the head of a file may be ASCII while the rest is not: read it as UTF-8
    return "utf-8" if name in ("ascii", "utf-8-sig") else name


def _decoded_before(exc: UnicodeDecodeError) -> str:
    r"""The text the decoder read before the bytes it could not decode, for counting its line
    ends: in UTF-16/32 the bytes of a CRLF (``0d 00 0a 00``) or of Њ (U+040A, ``0a 04``) are
    no line ends of their own. ``exc.encoding`` is the codec that read them (a BOM's byte
    order); bytes it cannot take count as latin-1, whose line ends are ASCII's.

    >>> try:
    ...     ("Њ\r\n".encode("utf-16-le") + b"\x00\xd8").decode("utf-16-le")
    ... except UnicodeDecodeError as exc:
    ...     _decoded_before(exc)
    'Њ\r\n'
    """
    before = exc.object[: exc.start]
    try:
        return bytes(before).decode(exc.encoding)
    except (LookupError, UnicodeError):  # (not expected: these bytes did decode)
        return bytes(before).decode("latin-1")


def _want_binary(raw: object, call: str) -> None:
    """A ``TypeError`` (``ValueError`` for a closed file) naming ``call`` unless ``raw`` is an
    open binary file: a path was "'str' object has no attribute 'read'", a file opened in
    text mode "can't concat str to bytes"."""
    if isinstance(raw, (str, bytes, os.PathLike)):
        raise TypeError(
            f"{call} reads an open binary file, not a path ({shown(os.fsdecode(raw))}): give "
            "open(path, 'rb'), or open_source(path) to read a file by its name"
        )
    if not callable(getattr(raw, "read", None)):
        raise TypeError(f"{call} reads an open binary file, not {type(raw).__name__}")
    if isinstance(raw, io.TextIOBase):
        raise TypeError(f"{call} reads a binary file; this one is open as text: open it with 'rb'")
    if getattr(raw, "closed", False) is True:
        raise ValueError(f"{call} was given a closed file: give it an open one")


def read_blocks(
    raw: BinaryIO,
    encoding: str,
    errors: str = "strict",
    *,
    chunk_size: int = 1 << 20,
    cut: Callable[[str], int] = cut_text,
    head: bytes = b"",
    on_read: Callable[[int], None] | None = None,
    hard_limit: int | None = HARD_LIMIT,
    record_limit: int = RECORD_LIMIT,
) -> Iterator[str]:
    """Decode ``raw`` incrementally and yield blocks of whole records (see module docstring).

    ``head`` is bytes already read from ``raw`` (for detection). Undecodable bytes raise
    :class:`InputError` with the line number (``errors="strict"``). ``on_read`` is called with
    the number of bytes read after each read. ``hard_limit``: characters after which a record
    with no possible cut is cut anyway (None: never, for formats whose records must be whole;
    such a record longer than ``record_limit`` is an :class:`InputError` at its first line).

    >>> import io
    >>> "".join(read_blocks(io.BytesIO("Щука\\nЁж\\n".encode("koi8-r")), "koi8-r"))
    'Щука\\nЁж\\n'
    """
    if chunk_size < 1:  # read(0) is b"", which would end the input early
        raise ParameterError(f"chunk_size must be a positive number of bytes, not {chunk_size}")
    _want_binary(raw, "read_blocks()")
    decoder = codecs.getincrementaldecoder(want_codec(encoding, errors))(errors)
    buf = ""
    lines_before = 0  # line ends of the blocks yielded before ``last``
    last = ""  # the last block yielded, counted only when another is (``decode`` of a whole
    # block yields one: its count was never read)
    limit = 1  # cut after every read (a block is about one read), unless the record goes on
    pending = head
    while True:
        data = pending or raw.read(chunk_size)
        pending = b""
        if on_read is not None and data:
            on_read(len(data))
        try:
            text = decoder.decode(data, final=not data)
        except UnicodeDecodeError as exc:
            before = _decoded_before(exc)  # (with the bytes the decoder held back)
            line = lines_before + line_ends(last) + line_ends(buf) + line_ends(before) + 1
            if buf.endswith("\r") and before.startswith("\n"):
                line -= 1  # one CRLF across two reads
            bad = exc.object[exc.start : exc.end].hex(" ")
            if not data:  # the bytes the decoder held at the end: no other encoding mends them
                raise InputError(
                    f"the input ends inside a character: its last byte(s) {bad} begin one in "
                    f"{encoding} ({exc.reason}), so it was cut short; check the copy{READ_PAST}",
                    line,
                ) from None
            raise InputError(
                f"cannot decode byte(s) {bad} as {encoding} ({exc.reason}); "
                f"try another `encoding`{READ_PAST}",
                line,
            ) from None
        except UnicodeError as exc:  # a codec's own complaint, e.g. UTF-16 without a BOM
            line = lines_before + line_ends(last) + line_ends(buf) + 1
            hint = f" ({encoding}-le or {encoding}-be: no BOM)" if "BOM" in str(exc) else ""
            raise InputError(
                f"cannot decode as {encoding}: {exc}; try another `encoding`{hint}", line
            ) from None
        buf += text
        if not data:
            break
        if len(buf) < limit:
            continue
        at = cut(buf)
        if not at and hard_limit is not None and len(buf) >= hard_limit:
            at = len(buf) - buf.endswith("\r")  # (a CR whose LF may come next: one line end)
        if not at and hard_limit is None and len(buf) >= record_limit:
            raise record_too_long(lines_before + line_ends(last) + 1, record_limit)
        if at:
            block = buf[:at]
            buf = buf[at:]
            lines_before += line_ends(last)
            last = block
            limit = 1
            yield block
        else:  # keep reading: the record is not complete yet. The next try waits for twice
            # the text, so a line without any cut (one giant token) costs linear time, not a
            # search of the whole buffer after every read
            limit = max(len(buf) + chunk_size, 2 * len(buf))
            limit = min(limit, record_limit if hard_limit is None else hard_limit)
    if buf:
        yield buf


def undecompressed(exc: BaseException) -> InputError:
    """The error of compressed data that cannot be decompressed (the codec's words, then what
    to do: they said "Not a gzipped file (b'ga')" and no more).

    >>> str(undecompressed(EOFError("Compressed file ended before the end-of-stream marker")))[:62]
    'cannot decompress: Compressed file ended before the end-of-str'
    """
    return InputError(
        f"cannot decompress: {describe(exc)}; the file is damaged, cut short, or not compressed "
        "as its name says (.gz, .bz2, .xz, .zst): check the copy, or rename it"
    )


class _Guarded:
    """A decompressing reader whose format errors become :class:`InputError` (the input's fault)."""

    def __init__(self, raw: BinaryIO) -> None:
        self.raw = raw

    def read(self, n: int = -1) -> bytes:
        try:
            return self.raw.read(n)
        except (EOFError, ValueError) as exc:
            raise undecompressed(exc) from None
        except OSError as exc:
            if exc.errno is None:  # gzip.BadGzipFile and friends: the data, not the disk
                raise undecompressed(exc) from None
            raise
        except Exception as exc:
            # (lzma and zstandard are not imported unless an .xz or .zst file is read; zlib's
            # error is a damaged deflate stream inside a .gz)
            if type(exc).__name__ not in ("LZMAError", "ZstdError") and not isinstance(
                exc, zlib.error
            ):
                raise
            raise undecompressed(exc) from None


class _Sized:
    """A regular file read up to the size it had when it was opened, as its blocks cut by
    offset are (a log still written is converted as it was; the runner warns that it grew);
    one that ends before that size fails with :data:`SHRANK`, never cut short in silence."""

    def __init__(self, raw: BinaryIO, size: int) -> None:
        self.raw = raw
        self.left = size

    def read(self, n: int = -1) -> bytes:
        want = self.left if n < 0 else min(n, self.left)
        data = self.raw.read(want) if want else b""
        while len(data) < want:
            more = self.raw.read(want - len(data))
            if not more:
                raise InputError(SHRANK)
            data += more
        self.left -= len(data)
        return data


@dataclass(eq=False)  # (see ARCHITECTURE.md, "Start-up")
class Source:
    """An open input: its (decompressed) bytes, the first of them and its encoding."""

    name: str
    raw: BinaryIO
    head: bytes
    encoding: str
    errors: str = "strict"
    #: a descriptor of the input when it is a regular file read as it is (not decompressed,
    #: not stdin): its blocks can be read by offset; else -1
    fd: int = -1
    #: that file's size when it was opened: it is read up to there (else -1)
    size: int = -1

    def blocks(
        self,
        *,
        chunk_size: int = 1 << 20,
        cut: Callable[[str], int] = cut_lines,
        on_read: Callable[[int], None] | None = None,
        hard_limit: int | None = None,
    ) -> Iterator[str]:
        """The input's text in blocks of whole records (see :func:`read_blocks`)."""
        return read_blocks(
            self.raw,
            self.encoding,
            self.errors,
            chunk_size=chunk_size,
            cut=cut,
            head=self.head,
            on_read=on_read,
            hard_limit=hard_limit,
        )

    def misread(self) -> tuple[str, int] | None:
        """When the head, decoded in :attr:`encoding` (one the user named), reads as another
        code page's mojibake: that code page and the line the two readings first part at
        (see :func:`translit.encodings.misread`); else None."""
        from ..encodings import misread  # (the scorer's tables: only where one is named)

        return misread(self.head, self.encoding)

    def misread_warning(self) -> tuple[int, str] | None:
        """The warning of an input that :meth:`misread` says the named encoding misreads: its
        line and message, the one every command that reads text prints; else None."""
        seen = self.misread()
        if seen is None:
            return None
        better, line = seen
        return line, (
            f"decoded as {self.encoding}, the text reads as {better}: pass `encoding` {better} "
            "or omit `encoding` to detect"
        )


@contextlib.contextmanager
def open_source(
    name: str,
    encoding: str = "auto",
    errors: str = "strict",
    *,
    warn: Callable[[int, str], None] | None = None,
) -> Iterator[Source]:
    """Open the input ``name`` (``"-"``: stdin) the one way every command reads its inputs.

    A codec suffix (``.gz``, ``.bz2``, ``.xz``…) is decompressed; ``encoding="auto"`` is
    detected on the head (BOM, UTF-8, legacy Cyrillic code pages). An :class:`OSError` names
    the input; broken compressed data and binary data raise :class:`InputError`. A named
    ``encoding`` that the head reads as another code page's mojibake is told to ``warn``
    (line, message: :meth:`Source.misread_warning`) before anything is read; data after the
    last stream of a ``.bz2`` file, which ``bzip2 -d`` ignores too, after the input was read
    (line 0: of the whole file).

    >>> import gzip, os, tempfile
    >>> path = os.path.join(tempfile.mkdtemp(), "a.txt.gz")
    >>> with gzip.open(path, "wb") as fh:
    ...     _ = fh.write("Русская армия\\n".encode("cp1251"))
    >>> with open_source(path) as src:
    ...     src.encoding, list(src.blocks())
    ('cp1251', ['Русская армия\\n'])
    """
    # (an int was opened as a descriptor: open_source(0) read stdin and closed it)
    name = want_path(name, "open_source()")  # (bytes too, as run() takes its sources)
    named = want_codec("utf-8" if encoding == "auto" else encoding, errors)
    problem = codec_problem(named)  # (rot13 failed inside as "descriptor 'translate'…")
    if problem:
        raise ParameterError(f"`encoding`: {problem}")
    if name == "-" and sys.stdin is None:  # started with stdin closed (`cmd <&-`)
        raise InputError("standard input is closed: name a file, or pipe text in")
    try:
        raw = sys.stdin.buffer if name == "-" else open(name, "rb")  # noqa: SIM115
    except ValueError:  # a NUL in the name, or a character the file system cannot encode
        raise InputError(impossible_name(name)) from None
    except OSError as exc:  # (a socket said only "No such device or address")
        if exc.errno == errno.ENXIO and _socket(name):
            raise InputError(_SOCKET) from None
        raise
    try:
        plain = wrap_input(raw, name)
        fd = size = -1
        if name != "-" and plain is raw:
            st = os.fstat(raw.fileno())
            if stat.S_ISREG(st.st_mode) and getattr(st, "st_blocks", None) != 0:
                fd, size = raw.fileno(), st.st_size
            # (a file without a block on disk is read to its end, as a pipe is: /proc's say
            # size 0 and /sys's 4096, whatever their text, which was read as empty, exit 0, or
            # failed as "became shorter"; so is an empty file or one of holes alone, the same)
        reader = cast(BinaryIO, _Guarded(plain) if fd < 0 else _Sized(plain, size))
        head = reader.read(SNIFF_BYTES)
        enc = detect_encoding(head) if encoding == "auto" else named
        src = Source(name, reader, head, enc, errors, fd, size)
        if warn is not None and encoding != "auto" and (said := src.misread_warning()):
            warn(*said)
        yield src
        if warn is not None and (trailing := getattr(plain, "trailing", "")):  # (read to its end)
            warn(0, trailing)
    finally:
        if name != "-":  # (not `raw is not sys.stdin.buffer`: with stdin closed, sys.stdin is
            raw.close()  # None, and every named file failed "'NoneType' object has no attribute")


def read_text(
    name: str,
    encoding: str = "auto",
    errors: str = "strict",
    *,
    chunk_size: int = 1 << 20,
    warn: Callable[[int, str], None] | None = None,
) -> Iterator[str]:
    """Blocks of whole lines of the file ``name`` (``"-"``: stdin), decoded as the runner does
    (a line longer than :data:`HARD_LIMIT` characters is cut there, so memory stays bounded).

    ``encoding="auto"`` detects it on the head of the input (BOM, UTF-8, legacy Cyrillic code
    pages); undecodable input raises :class:`InputError` with its line. ``warn``: see
    :func:`open_source`.
    """
    with open_source(name, encoding, errors, warn=warn) as src:
        yield from src.blocks(chunk_size=chunk_size, hard_limit=HARD_LIMIT)
