"""Worker processes that die with their parent and leave Ctrl-C to it.

A batch with ``jobs > 1`` converts blocks in worker processes (:func:`start_pool`: a
:class:`~translit.io.pool.ForkPool`, or a :class:`~concurrent.futures.ProcessPoolExecutor`
where processes cannot fork) set up by :func:`_init`:

- on Linux, ``prctl(PR_SET_PDEATHSIG, SIGKILL)``: the kernel kills the worker the moment its
  parent dies, even by SIGKILL (the parent cannot clean up then); a parent that died between
  the fork and that call is caught by checking the parent's PID right after it;
- elsewhere, a watchdog thread checks every half second that the parent is still the same
  process and ends the worker otherwise;
- the signals that stop a run (:data:`STOPS`: SIGINT, SIGTERM, SIGHUP) are ignored: Ctrl-C
  (or a ``kill`` of the group, or a closed terminal's hangup) reaches the whole process group,
  and only the parent decides what to do with it (finish the report, remove temporary files,
  exit 130, 143 or 129), so workers never print a ``KeyboardInterrupt`` traceback nor die
  under a pool that is shutting down.

:func:`convert` is what a worker runs on a block; it never raises (an exception with an odd
constructor would not unpickle in the parent), it returns ``(ok, payload)``.
"""

from __future__ import annotations

import contextlib
import gc
import mmap
import os
import signal
import sys
import threading
import time
from collections.abc import Callable
from typing import Any

from ..errors import describe
from ..script import line_ends
from .formats import Format, transform_counts
from .pool import STAGES, ForkPool, current_traceback, memory_files, write_file
from .rawblocks import Span, decode, read_span
from .stops import STOPS
from .textio import InputError

__all__ = [
    "Codec",
    "Done",
    "SlotViews",
    "convert",
    "encode_failure",
    "keep_memory",
    "output_slots",
    "start_pool",
]

_PR_SET_PDEATHSIG = 1


def _die_with(parent: int) -> None:
    """Make this process end when ``parent`` does (see the module docstring)."""
    armed = False
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            libc = ctypes.CDLL(None, use_errno=True)
            armed = libc.prctl(_PR_SET_PDEATHSIG, int(signal.SIGKILL), 0, 0, 0) == 0
        except (OSError, AttributeError):  # pragma: no cover - no libc prctl
            armed = False
    if os.getppid() != parent:  # the parent died before the worker could arm anything
        os._exit(1)
    if armed:
        return

    def watch() -> None:  # pragma: no cover - exercised on systems without PDEATHSIG
        while True:
            time.sleep(0.5)
            if os.getppid() != parent:
                os._exit(1)

    threading.Thread(target=watch, name="translit-parent-watchdog", daemon=True).start()


_M_TRIM_THRESHOLD = -1
_M_MMAP_THRESHOLD = -3


def keep_memory() -> None:
    """Let glibc's allocator keep freed memory for the next block instead of handing it back
    to the kernel and faulting it in again (``mallopt``: buffers up to 32 MiB from the heap,
    which is trimmed only beyond 64 MiB free). Each block allocates and frees a few MiB;
    left to itself the allocator returned them after each one, about a page fault per 4 KiB
    converted (a tenth of the CPU time). Called by worker processes and by the command line,
    whose processes translit owns; a library caller's process is left as it is. Does nothing
    without glibc."""
    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes

        libc = ctypes.CDLL(None)
        libc.mallopt(_M_MMAP_THRESHOLD, 32 << 20)
        libc.mallopt(_M_TRIM_THRESHOLD, 64 << 20)
    except (OSError, AttributeError):  # pragma: no cover - another C library
        pass


def _init(parent: int) -> None:
    gc.freeze()  # what the parent built stays shared: this worker's collections skip it
    keep_memory()
    for signum in STOPS:  # a worker killed by a SIGTERM sent to the whole group could hang
        signal.signal(signum, signal.SIG_IGN)  # the pool's shutdown (seen once in four runs)
    if hasattr(signal, "pthread_sigmask"):  # forked while the parent held them back
        signal.pthread_sigmask(signal.SIG_UNBLOCK, set(STOPS))
    _die_with(parent)


def start_pool(jobs: int) -> Any:
    """The workers of a run with ``jobs`` converting processes, set up as the module docstring
    says: where processes fork, a :class:`~translit.io.pool.ForkPool` of ``jobs - 1`` (the
    calling process converts blocks too: ``_Run.sends`` in :mod:`.runner`); else (Windows) a
    :class:`~concurrent.futures.ProcessPoolExecutor` of ``jobs``."""
    if hasattr(os, "fork"):
        return ForkPool(jobs - 1, _init, (os.getpid(),))
    from concurrent.futures import ProcessPoolExecutor  # pragma: no cover - no fork

    return ProcessPoolExecutor(jobs, initializer=_init, initargs=(os.getpid(),))


#: descriptors a run keeps free of its pool for its own files (an input, its output's
#: temporary file, the folder, a report) and a worker's input
FD_HEADROOM = 8


def spare_descriptors() -> int | None:
    """How many more files this process may open (``ulimit -n`` less those open), None where
    it cannot be told (no /proc, no ``resource``)."""
    try:
        import resource

        soft = resource.getrlimit(resource.RLIMIT_NOFILE)[0]
        open_now = len(os.listdir("/proc/self/fd")) - 1  # (the listing's own descriptor)
    except (ImportError, OSError):
        return None
    return None if soft == resource.RLIM_INFINITY else soft - open_now


def pool_descriptors(jobs: int) -> int:
    """The descriptors the parent holds for a pool of ``jobs`` converting processes (forked:
    each worker's two pipes and staging files)."""
    return (jobs - 1) * (STAGES + 2) if hasattr(os, "fork") else 0


#: for a block of bytes: (input encoding, errors, output encoding), see :mod:`.rawblocks`
Codec = tuple[str, str, str]


def output_slots(count: int) -> list[int]:
    """``count`` anonymous in-memory files (``memfd_create``) made before the pool forks, so
    that its workers inherit them: a worker writes a block's encoded result into a free slot
    and the parent writes it to the output from there (:class:`SlotViews`), instead of both
    pickling it through a pipe. Nothing to remove afterwards, even after a SIGKILL: the
    memory goes with the last process holding it. Empty where this cannot work (no
    ``memfd_create``, or workers that are not forked)."""
    return memory_files("translit-block", count) if hasattr(os, "fork") else []


class SlotViews:
    """The parent's read-only mappings of the output slots (:func:`output_slots`): the
    result a worker wrote into a slot is written to the output straight from its pages, one
    copy, as a block converted here is (``sendfile`` from the slot into the output took half
    as long again; reading it back, a copy more). A slot is mapped whole when first read and
    again once a result outgrows the mapping (a slot never shrinks: its worker writes each
    result at its start); one that cannot be mapped is read. A mapping holds a descriptor of
    its own (``mmap`` duplicates the slot's), which the run counts with the slot's.

    >>> fd = os.memfd_create("slot")
    >>> views = SlotViews()
    >>> os.pwrite(fd, b"Shchuka\\n" + b"old", 0)
    11
    >>> with views.view(fd, 8) as data:
    ...     bytes(data)
    b'Shchuka\\n'
    >>> views.close(); os.close(fd)
    """

    def __init__(self) -> None:
        self.maps: dict[int, mmap.mmap] = {}

    def view(self, fd: int, size: int) -> memoryview:
        """The first ``size`` bytes of the slot ``fd``; release the view (``with``) before
        :meth:`close`."""
        held = self.maps.get(fd)
        if held is None or len(held) < size:
            if held is not None:
                self._unmap(self.maps.pop(fd))
            try:
                held = self.maps[fd] = mmap.mmap(fd, 0, prot=mmap.PROT_READ)  # (all it holds)
            except (OSError, ValueError):  # (an empty slot, no room for a mapping)
                return memoryview(read_span(fd, 0, size))
        return memoryview(held)[:size]

    def close(self) -> None:
        """Unmap every slot (the slots' descriptors are the caller's)."""
        for held in self.maps.values():
            self._unmap(held)
        self.maps.clear()

    @staticmethod
    def _unmap(held: mmap.mmap) -> None:
        # a view may outlive its ``with``: the traceback of a write that failed (a reader that
        # left: BrokenPipeError) holds the memoryviews the writer made of it; the mapping then
        # goes with the last of them
        with contextlib.suppress(BufferError):
            held.close()


_OPEN: dict[tuple[int, int], int] = {}  # the input a worker is reading: identity -> fd


def _read(span: Span) -> bytes:
    """The bytes of ``span`` (the input is opened once per worker and file)."""
    fd = span.fd if span.fd >= 0 else _OPEN.get(span.ident, -1)
    if fd < 0:
        try:
            fd = os.open(span.path, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
        except OSError as exc:
            raise InputError(exc.strerror or str(exc)) from None
        st = os.fstat(fd)
        if (st.st_dev, st.st_ino) != span.ident:
            os.close(fd)
            raise InputError("the input was replaced while it was read")
        for old in _OPEN.values():
            os.close(old)
        _OPEN.clear()
        _OPEN[span.ident] = fd
    return read_span(fd, span.offset, span.length)


def convert(
    fmt: Format,
    fn: Callable[[str], str],
    block: str | bytes | Span,
    skip: bool,
    codec: Codec | None = None,
    *,
    slot: int = -1,
) -> tuple[bool, Any]:
    """Convert ``block``: (True, (result, changed, skipped, notes, edges, counts, lines)) or
    (False, (message, line, tb, lines)).

    A block of bytes or a :class:`~.rawblocks.Span` of a file (``codec`` given) is decoded
    first and its result encoded: the result is then bytes, ready for the output, or, with
    an output ``slot`` (see :func:`output_slots`), written there and given as its length.
    ``lines`` is, for bytes or a span, (its newlines, whether it ends inside a line), else
    None (an undecodable block: the input fails there). ``edges``: see :func:`edges`.
    ``notes``: (line, what) of what a transform with ``take_notes()`` did not do as asked
    (:func:`transform_notes`). ``counts``: what the transform counted (:func:`transform_counts`).
    """
    lines = None
    newlines = 0
    try:
        if isinstance(block, Span):
            block = _read(block)
        if codec is not None:
            assert isinstance(block, bytes)
            block = decode(block, codec[0], codec[1])
            newlines = block.count("\n")
            count = line_ends(block) if "\r" in block else newlines  # (a CR alone ends one)
            lines = (count, bool(block) and not block.endswith(("\n", "\r")))
        assert isinstance(block, str)
        if skip:
            out, changed, skipped = fmt.apply_skipping(fn, block)
        else:
            out, changed = fmt.apply(fn, block)
            skipped = []
        notes = transform_notes(fmt, fn)
        counts = transform_counts(fn)
        known = newlines if lines is not None else None
        ends = edges(block, out, known) if fmt.hard_limit() is not None else None
        if codec is None:
            return True, (out, changed, skipped, notes, ends, counts, lines)
        del block  # (decoded here: its one reference, not held while the result is encoded)
        try:
            data = out.encode(codec[2], codec[1])
        except UnicodeEncodeError as exc:
            message, line = encode_failure(exc, codec[2])
            return False, (message, line, "", lines)
        if slot >= 0:
            try:
                write_file(slot, data)
            except OSError:  # a file-size limit (ulimit -f counts in-memory files too) or
                pass  # no memory for it: the result goes through the pipe, as without slots
            else:
                return True, (len(data), changed, skipped, notes, ends, counts, lines)
        return True, (data, changed, skipped, notes, ends, counts, lines)
    except InputError as exc:
        return False, (exc.message, exc.line, "", lines)
    except Exception as exc:
        why = describe(exc)
        if isinstance(exc, (TypeError, AttributeError)):
            why = not_text(fn) or why
        return False, (why, 0, current_traceback(), lines)


def transform_notes(fmt: Format, fn: Callable[[str], str]) -> list[tuple[int, str]]:
    """What ``fn`` noted while converting a block as ``fmt`` (its ``take_notes()``: (line,
    column, what), lines counted in the text it was given): (line in the block, "column C:
    what"), or, for a format of records, whose values it was given, (0, what).

    >>> from translit.io.formats import Text
    >>> class Noting:
    ...     def __call__(self, text): return text
    ...     def take_notes(self): return [(2, 5, "kept «l'Holocauste»")]
    >>> transform_notes(Text(), Noting()), transform_notes(Text(), str.upper)
    ([(2, "column 5: kept «l'Holocauste»")], [])
    """
    take = getattr(fn, "take_notes", None)
    if take is None:
        return []
    if fmt.selects:
        return [(0, what) for _, _, what in take()]
    return [(line, f"column {column}: {what}") for line, column, what in take()]


def not_text(fn: Callable[[str], Any]) -> str | None:
    """What to say of a transform that does not return text (None: it does, or it fails on
    its own): a caller's function returning None, a number or bytes failed each input with
    what that did further on ("'NoneType' object has no attribute 'split'", "sequence item
    0: expected str instance").

    >>> not_text(str.upper) is None, not_text(lambda s: None)
    (True, 'the transform returned NoneType, not str: it must return the converted text')
    """
    try:
        out = fn("Щука")
    except Exception:
        return None
    if isinstance(out, str):
        return None
    return (
        f"the transform returned {type(out).__name__}, not str: it must return the converted text"
    )


def edges(block: str, out: str, newlines: int | None = None) -> tuple[bool, bool, bool] | None:
    """For a format that may cut a long line between blocks: (whether the block's first line,
    or piece of a line, changed; whether its last one did; whether the block holds a line end),
    so that a line cut in pieces counts as one changed line, not one per piece. None when the
    result has other line ends than the block (its lines cannot be paired). ``newlines``: the
    block's count of ``"\\n"`` when the caller has it.

    >>> edges("ab\\ncd", "AB\\ncd"), edges("abc", "abc"), edges("a\\n", "a\\n\\n")
    ((True, False, True), (False, False, False), None)
    """
    a, b = block.find("\n"), out.find("\n")
    if newlines is None:
        newlines = block.count("\n")
    if (a < 0) != (b < 0) or newlines != out.count("\n"):
        return None
    if a < 0:
        return block != out, block != out, False
    first = block[:a] != out[:b]
    last = block[block.rfind("\n") + 1 :] != out[out.rfind("\n") + 1 :]
    return first, last, True


def encode_failure(exc: UnicodeEncodeError, encoding: str) -> tuple[str, int]:
    """What to say when a result cannot be written in ``encoding``: (message, line in it)."""
    line = line_ends(exc.object, 0, exc.start) + 1
    return (
        f"cannot encode {exc.object[exc.start : exc.end]!r} in {encoding}; choose "
        "`errors` replace, or another `output_encoding`",
        line,
    )


class Done:
    """A finished 'future' for work done in this process."""

    def __init__(
        self,
        fmt: Format,
        fn: Callable[[str], str],
        block: str | bytes | Span,
        skip: bool,
        codec: Codec | None = None,
    ) -> None:
        self.value = convert(fmt, fn, block, skip, codec)

    def result(self) -> tuple[bool, Any]:
        """The value of :func:`convert`."""
        return self.value

    def cancel(self) -> bool:
        """Nothing to cancel."""
        return False
