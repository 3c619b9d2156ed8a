"""Compression codecs that wrap any format, on input and on output, chosen by the file suffix.

``.gz`` (gzip), ``.bz2`` (bzip2) and ``.xz`` (LZMA) come with Python; ``.zst`` is offered when
the ``zstandard`` package is installed. An input named ``a.csv.gz`` is decompressed as it is
read and its format is the one of ``a.csv``; an output whose name ends with a codec's suffix is
compressed as it is written (gzip with a zero timestamp, so the same text gives the same bytes
and ``--resume`` can compare them).

    >>> strip_suffix("a.csv.gz")
    'a.csv'
    >>> import io
    >>> raw = io.BytesIO()
    >>> with wrap_output(raw, "x.jsonl.xz") as out:
    ...     _ = out.write(b"{}\\n")
    >>> wrap_input(io.BytesIO(raw.getvalue()), "x.jsonl.xz").read()
    b'{}\\n'
"""

from __future__ import annotations

from collections.abc import Callable
from importlib.machinery import PathFinder
from typing import Any, BinaryIO, cast

__all__ = ["CODECS", "codec_of", "strip_suffix", "wrap_input", "wrap_output"]


# the codec modules are imported when a file needs them (they cost start-up time)
def _gzip_in(raw: BinaryIO) -> BinaryIO:
    import gzip

    return cast(BinaryIO, gzip.GzipFile(fileobj=raw, mode="rb"))


def _gzip_out(raw: BinaryIO) -> BinaryIO:
    import gzip

    return cast(BinaryIO, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename=""))


def _bz2_in(raw: BinaryIO) -> BinaryIO:
    return cast(BinaryIO, _Bz2In(raw))


def _bz2_out(raw: BinaryIO) -> BinaryIO:
    import bz2

    return cast(BinaryIO, bz2.BZ2File(raw, mode="wb"))


class _Unpacking:
    """A reader of what a decompressor unpacks, ``_fill`` at a time (each subclass's: it adds
    to ``out`` or sets ``ended``), so that no call unpacks more than a bounded amount."""

    out: bytearray
    ended: bool

    def _fill(self) -> None:
        raise NotImplementedError

    def read(self, n: int = -1) -> bytes:
        while not self.ended and (n < 0 or len(self.out) < n):
            self._fill()
        size = len(self.out) if n < 0 else min(n, len(self.out))
        data = bytes(self.out[:size])
        del self.out[:size]
        return data

    def close(self) -> None:
        self.out.clear()


class _Streams(_Unpacking):
    """The streams of a file read one after another, each by a new decompressor (``_new``),
    64 KiB of input and at most 64 KiB of output a call; what lies between and after them is
    each format's (``_between``: padding, trailing data), and so is what the end must satisfy
    (``_at_end``). ``taken`` counts the bytes read from the file."""

    def __init__(self, raw: BinaryIO) -> None:
        self.raw = raw
        self.stream = self._new()
        self.inside = False  # bytes of the current stream were read, its end was not
        self.pending = b""  # read from the file, not yet handed to the decompressor
        self.taken = 0  # bytes read from the file
        self.streams = 0  # streams ended
        self.out = bytearray()
        self.ended = False

    def _new(self) -> Any:
        raise NotImplementedError

    def _between(self) -> bool:
        """Read what ``pending`` holds between streams: whether a stream starts there."""
        return True

    def _at_end(self) -> None:
        """The file ended between streams (after the last one)."""

    def _fill(self) -> None:
        if self.inside and not self.stream.needs_input:  # (it holds input not yet unpacked)
            data = b""
        else:
            if not self.pending:
                self.pending = self.raw.read(1 << 16)
                self.taken += len(self.pending)
                if not self.pending:
                    self.ended = True
                    if self.inside:
                        raise EOFError(
                            "Compressed file ended before the end-of-stream marker was reached"
                        )
                    self._at_end()
                    return
            if not self.inside and not self._between():
                return
            data, self.pending = self.pending, b""
        self.inside = True
        self.out += self.stream.decompress(data, max_length=1 << 16)
        if self.stream.eof:  # the next stream (xz -c a b > x.xz, cat a.bz2 b.bz2) starts in
            self.pending = self.stream.unused_data + self.pending  # what is left
            self.stream = self._new()
            self.inside = False
            self.streams += 1


class _XzIn(_Streams):
    """The streams of an ``.xz`` file one after another, with the stream padding the format
    allows between and after them (NUL bytes, a multiple of four: The .xz File Format 1.2.0,
    § 2.2), as ``xz -d`` reads them. ``lzma.LZMAFile`` reads none (CPython issue 88300): a
    stream after padding was dropped in silence, exit 0, and padding at the end was "ended
    before the end-of-stream marker"; any other data after a stream, which ``xz -d`` refuses,
    was dropped in silence too. Each call unpacks at most 64 KiB, as LZMAFile's did."""

    def __init__(self, raw: BinaryIO) -> None:
        import lzma

        self.lzma = lzma
        self.padding = 0  # NUL bytes since the last stream's end
        super().__init__(raw)

    def _new(self) -> Any:
        self.padding = 0
        return self.lzma.LZMADecompressor()

    def _between(self) -> bool:
        rest = self.pending.lstrip(b"\0")
        self.padding += len(self.pending) - len(rest)
        self.pending = rest
        if not rest:
            return False
        self._at_end()
        return True

    def _at_end(self) -> None:
        if self.padding and not self.streams:  # (it read a file of NULs as the empty text)
            raise self.lzma.LZMAError(
                f"{self.padding} NUL bytes where the first stream starts: padding only "
                "follows a stream (xz -d: File format not recognized)"
            )
        if self.padding % 4:
            raise self.lzma.LZMAError(
                f"{self.padding} NUL bytes after a stream, where padding is a multiple of four"
            )


class _Bz2In(_Streams):
    """The streams of a ``.bz2`` file one after another (``cat a.bz2 b.bz2``), and what
    follows the last one kept as ``trailing``, which ``bzip2 -d`` ignores with a warning
    ("trailing garbage after EOF ignored"): ``bz2.BZ2File`` dropped it in silence, and a
    damaged stream after the first with it. Each call unpacks at most 64 KiB, as BZ2File's.

    >>> import bz2, io
    >>> packed = bz2.compress(b"a\\n") + bz2.compress(b"b\\n")
    >>> unpacked = _Bz2In(io.BytesIO(packed + b"junk"))
    >>> unpacked.read(), unpacked.trailing.startswith(f"data after the last bzip2 stream, "
    ...     f"from byte {len(packed)}: ignored")
    (b'a\\nb\\n', True)
    """

    def __init__(self, raw: BinaryIO) -> None:
        import bz2

        self.bz2 = bz2
        #: what follows the last stream, said (the warning of it), or ""
        self.trailing = ""
        super().__init__(raw)

    def _new(self) -> Any:
        return self.bz2.BZ2Decompressor()

    def _between(self) -> bool:
        if not self.streams or _BZ2_MAGIC.startswith(self.pending[:3]):
            return True
        self.trailing = (
            f"data after the last bzip2 stream, from byte "
            f"{self.taken - len(self.pending):,}: ignored, as bzip2 -d ignores it; "
            "check the copy"
        )
        self.pending = b""
        self.ended = True
        return False


#: how a bzip2 stream starts ("BZh" and the block size, 1 to 9)
_BZ2_MAGIC = b"BZh"


def _xz_in(raw: BinaryIO) -> BinaryIO:
    return cast(BinaryIO, _XzIn(raw))


def _xz_out(raw: BinaryIO) -> BinaryIO:
    import lzma

    return cast(BinaryIO, lzma.LZMAFile(raw, mode="wb"))


class _ZstdIn(_Unpacking):
    """The frames of a zstd stream decompressed one after another; data that ends inside a
    frame raises ``ZstdError`` (zstandard's stream reader returns ``b""`` there, as at a real
    end, and a cut-short file was converted to a cut-short output with exit 0).

    The decompressor is handed :data:`_ZSTD_SLICE` bytes at a time, and only while less than
    what was asked for is waiting: a zstd block of 4 bytes may unpack to 128 KiB, so the
    64 KiB read from the file at once could be gigabytes (a 61 KB file of 2 GB of line ends
    took 4 GB of memory, now 236 MB, the frame's 128 MiB window most of it); a slice makes at
    most about 33 MB."""

    def __init__(self, raw: BinaryIO) -> None:
        import zstandard  # type: ignore[import-not-found,unused-ignore]

        self.raw = raw
        self.zstd = zstandard
        self.frame = zstandard.ZstdDecompressor().decompressobj()
        self.inside = False  # bytes of the current frame were read, its end was not
        self.out = bytearray()
        self.pending = b""  # read from the file, not yet decompressed
        self.ended = False

    def _fill(self) -> None:
        if not self.pending:
            self.pending = self.raw.read(1 << 16)
            if not self.pending:
                self.ended = True
                if self.inside:
                    raise self.zstd.ZstdError("the data ends inside a frame (file cut short?)")
                return
        data, self.pending = self.pending[:_ZSTD_SLICE], self.pending[_ZSTD_SLICE:]
        self.inside = True
        self.out += self.frame.decompress(data)
        if self.frame.eof:  # the next frame (zstd -c a b > x.zst) starts in what is left
            self.pending = self.frame.unused_data + self.pending
            self.frame = self.zstd.ZstdDecompressor().decompressobj()
            self.inside = False


#: Compressed bytes handed to the zstd decompressor at once (see :class:`_ZstdIn`)
_ZSTD_SLICE = 1024


def _zstd_in(raw: BinaryIO) -> BinaryIO:
    return cast(BinaryIO, _ZstdIn(raw))


class _ZstdOut:
    """A zstandard stream writer whose close() ends the frame but leaves ``raw`` open."""

    def __init__(self, raw: BinaryIO) -> None:
        import zstandard  # type: ignore[import-not-found,unused-ignore]

        self.w = zstandard.ZstdCompressor().stream_writer(raw, closefd=False)

    def write(self, data: bytes) -> int:
        return int(self.w.write(data))

    def close(self) -> None:
        self.w.close()

    def __enter__(self) -> _ZstdOut:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()


def _zstd_out(raw: BinaryIO) -> BinaryIO:
    return cast(BinaryIO, _ZstdOut(raw))


#: suffix → (reader wrapper, writer wrapper); a wrapper's close() leaves the raw file open
CODECS: dict[str, tuple[Callable[[BinaryIO], BinaryIO], Callable[[BinaryIO], BinaryIO]]] = {
    ".gz": (_gzip_in, _gzip_out),
    ".bz2": (_bz2_in, _bz2_out),
    ".xz": (_xz_in, _xz_out),
}
if PathFinder.find_spec("zstandard") is not None:  # pragma: no cover - optional
    CODECS[".zst"] = (_zstd_in, _zstd_out)


def codec_of(path: str) -> str | None:
    """The codec suffix ``path`` ends with (case-insensitive), or None."""
    low = path.lower()
    for suffix in CODECS:
        if low.endswith(suffix):
            return suffix
    return None


def strip_suffix(path: str) -> str:
    """``path`` without its codec suffix (the name that says the format)."""
    suffix = codec_of(path)
    return path[: -len(suffix)] if suffix else path


#: what each format's own tool says of a file of no bytes, which holds no gzip member, bzip2 or
#: xz stream, zstd frame (gzip 1.12, bzip2 1.0.8, xz 5.4, zstd 1.5: each fails it, exit 1 or 2)
_EMPTY = {
    ".gz": "gzip -d: unexpected end of file",
    ".bz2": "bzip2 -d: Compressed file ends unexpectedly",
    ".xz": "xz -d: File format not recognized",
    ".zst": "zstd -d: unexpected end of file",
}


class _NotEmpty:
    """``raw``, whose first read finding no byte raises ``EOFError``: Python's gzip and our
    readers took a compressed file of 0 bytes as the empty text, exit 0, where each format's
    own tool calls it cut short or no file of its format (:data:`_EMPTY`)."""

    def __init__(self, raw: BinaryIO, suffix: str) -> None:
        self.raw = raw
        self.suffix = suffix
        self.first = True

    def read(self, n: int = -1) -> bytes:
        data = self.raw.read(n)
        if self.first and n:
            self.first = False
            if not data:
                raise EOFError(
                    f"the file has no bytes, so no {self.suffix} data ({_EMPTY[self.suffix]})"
                )
        return data


def wrap_input(raw: BinaryIO, path: str) -> BinaryIO:
    """``raw`` decompressed when ``path`` names a codec, else ``raw`` itself; a file of no
    bytes is no compressed file (:class:`_NotEmpty`).

    >>> import io
    >>> wrap_input(io.BytesIO(b""), "a.txt.gz").read()
    Traceback (most recent call last):
    EOFError: the file has no bytes, so no .gz data (gzip -d: unexpected end of file)
    """
    suffix = codec_of(path)
    return CODECS[suffix][0](cast(BinaryIO, _NotEmpty(raw, suffix))) if suffix else raw


def wrap_output(raw: BinaryIO, path: str) -> BinaryIO:
    """A writer compressing into ``raw`` when ``path`` names a codec, else ``raw`` itself.

    Closing the wrapper ends the compressed stream; ``raw`` stays open.
    """
    suffix = codec_of(path)
    return CODECS[suffix][1](raw) if suffix else raw
