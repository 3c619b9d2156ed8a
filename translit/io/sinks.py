"""Where results go: an encoding, optionally compressing writer over an atomic file or stdout,
and the resume manifest of an output folder.

A :class:`Sink` counts and hashes the bytes that reach the disk (after compression), so the
manifest can later check that an output is still the one this run wrote.
"""

from __future__ import annotations

import codecs
import contextlib
import errno
import os
import stat
import sys
from typing import Any, BinaryIO

from .atomic import AtomicFile
from .compression import wrap_output
from .inputs import MANIFEST, Job
from .results import json_text

__all__ = ["Manifest", "Sink", "file_digest", "write_all"]


def write_all(raw: Any, data: bytes | memoryview) -> None:
    """Write all of ``data`` to ``raw``, or raise the :class:`OSError` that stopped it.

    A buffered file writes a large block straight through and returns a short count instead of
    raising when the file reaches its size limit (``ulimit -f``: ``EFBIG`` only comes on the
    next write); ignoring that count turned a truncated stdout into a silent exit 0.
    """
    view = memoryview(data)
    while view:
        n = raw.write(view)
        if not n:  # None: a non-blocking pipe is full; 0: nothing was taken
            raise OSError(errno.EIO, "the output took no more bytes")
        view = view[n:]


class _Counter:
    """Counts and hashes what is written through it to ``raw``."""

    def __init__(self, raw: Any, hashed: bool = True) -> None:
        self.raw = raw
        self.hash = None
        if hashed:  # (hashlib loads OpenSSL: ~3 ms a run without a manifest need not pay)
            import hashlib

            self.hash = hashlib.sha256()
        self.size = 0

    def write(self, data: bytes | memoryview) -> int:
        if self.hash is not None:
            self.hash.update(data)
        self.size += len(data)
        write_all(self.raw, data)
        return len(data)

    def flush(self) -> None:
        with contextlib.suppress(AttributeError):
            self.raw.flush()


class Sink:
    """Encodes text and writes it to ``target`` atomically (None: stdout).

    An :class:`OSError` on the output side names ``target``, never a temporary file.
    ``hashed=False``: no :attr:`digest` (only a resume manifest needs it; hashing costs time).
    """

    def __init__(
        self,
        target: str | None,
        encoding: str,
        errors: str,
        *,
        keep_mode_of: str | None = None,
        backup: str | None = None,
        hashed: bool = True,
    ) -> None:
        self.target = target
        self.encoder = codecs.getincrementalencoder(encoding)(errors)
        self.encoding = encoding
        self.atomic: AtomicFile | None = None
        if target is None:
            if sys.stdout is None:  # started with stdout closed (`cmd >&-`)
                raise OSError(errno.EBADF, "standard output is closed", "<stdout>")
            with contextlib.suppress(Exception):
                sys.stdout.flush()
            self.counter = _Counter(sys.stdout.buffer, hashed)
            self.out: BinaryIO | _Counter = self.counter
            return
        folder = os.path.dirname(os.path.abspath(target))
        try:
            os.makedirs(folder, exist_ok=True)
        except OSError as exc:
            raise type(exc)(
                exc.errno, f"cannot create its folder ({exc.strerror or exc})", target
            ) from None
        self.atomic = AtomicFile(target, keep_mode_of=keep_mode_of, backup=backup)
        self.counter = _Counter(self.atomic, hashed)
        self.out = wrap_output(self.counter, target)  # type: ignore[arg-type]

    @property
    def size(self) -> int:
        """Bytes written so far (compressed, when the target names a codec)."""
        return self.counter.size

    @property
    def digest(self) -> str:
        """SHA-256 of the bytes written (empty when the sink was made with ``hashed=False``)."""
        return self.counter.hash.hexdigest() if self.counter.hash is not None else ""

    def write(self, text: str) -> None:
        """Encode and write ``text`` (UnicodeEncodeError when the encoding cannot hold it)."""
        self.out.write(self.encoder.encode(text))

    def write_bytes(self, data: bytes | memoryview) -> None:
        """Write ``data``, already encoded in :attr:`encoding` by a stateless encoder."""
        self.out.write(data)

    def commit(self) -> None:
        """Write the encoder's and the compressor's last bytes and publish the file."""
        data = self.encoder.encode("", final=True)
        if data:
            self.out.write(data)
        if self.out is not self.counter:
            self.out.close()  # type: ignore[union-attr]
        if self.atomic is not None:
            self.atomic.commit()
        else:
            self.counter.flush()

    def abort(self) -> None:
        """Drop the temporary file (stdout: flush what was written)."""
        if self.atomic is not None:
            self.atomic.abort()
        else:
            with contextlib.suppress(Exception):
                self.counter.flush()


def file_digest(path: str) -> tuple[int, str]:
    """The size and SHA-256 (hex) of the file ``path``, read back: what a manifest entry
    holds of an output written whole by another writer (Parquet's), and checks on resume."""
    import hashlib  # (see _Counter)

    digest = hashlib.sha256()
    size = 0
    with open(path, "rb") as fh:
        for piece in iter(lambda: fh.read(1 << 20), b""):
            digest.update(piece)
            size += len(piece)
    return size, digest.hexdigest()


class Manifest:
    """Append-only record of finished files in an out dir (last entry per input wins)."""

    def __init__(self, folder: str) -> None:
        import json

        self.path = os.path.join(folder, MANIFEST)
        self.entries: dict[str, dict[str, Any]] = {}
        # a line that does not read as an entry is passed over (its input is converted again):
        # cut short by a kill, or damaged (bytes that are not UTF-8, JSON nested past the
        # recursion limit)
        try:  # (without blocking: a FIFO in its place waited forever for a writer)
            fd = os.open(self.path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        except FileNotFoundError:
            return
        except IsADirectoryError:
            fd = -1
        if fd < 0 or not stat.S_ISREG(os.fstat(fd).st_mode):  # a folder, a FIFO, /dev/zero
            if fd >= 0:
                os.close(fd)
            from .options import UsageError

            where = self.path.replace("{", "{{").replace("}", "}}")
            raise UsageError(
                f"{where}: the resume manifest is not a regular file (a folder, a pipe or a "
                "device); remove it, or name another {0}",
                ("out_dir",),
            )
        with open(fd, encoding="utf-8", errors="replace") as fh:
            for line in fh:
                try:
                    entry = json.loads(line)
                    self.entries[entry["input"]] = entry
                except (ValueError, KeyError, TypeError, RecursionError):
                    continue

    def finished(self, job: Job, key: str) -> bool:
        """Whether ``job`` was finished under ``key`` and its output is still that one."""
        entry = self.entries.get(job.rel)
        if entry is None or entry.get("key") != key or job.target is None:
            return False
        try:
            src = os.stat(job.source)
            dst = os.stat(job.target)
        except OSError:
            return False
        if (
            src.st_size != entry.get("input_size")
            or src.st_mtime_ns != entry.get("input_mtime_ns")
            or dst.st_size != entry.get("output_size")
            or dst.st_mtime_ns < src.st_mtime_ns
        ):
            return False
        return file_digest(job.target)[1] == entry.get("output_sha256")

    def record(
        self, job: Job, key: str, size: int, digest: str, read: os.stat_result | None = None
    ) -> None:
        """Append ``job`` as finished, with its output's size and SHA-256. ``read``: the
        input's stat taken before it was read (else now): an input that grew or was rewritten
        while it was read then differs from its entry, and ``resume`` converts it again."""
        src = os.stat(job.source) if read is None else read
        entry = {
            "input": job.rel,
            "output": os.path.relpath(job.target or "", os.path.dirname(self.path)),
            "key": key,
            "input_size": src.st_size,
            "input_mtime_ns": src.st_mtime_ns,
            "output_size": size,
            "output_sha256": digest,
        }
        with open(self.path, "a", encoding="utf-8") as fh:
            fh.write(json_text(entry, exact=True) + "\n")  # (read back: names exact)
        self.entries[job.rel] = entry
