"""The batch: every command's inputs → blocks → workers → atomic outputs, in order.

A command hands :func:`run` a :class:`Plan`: a *text transform spec*, the input names and the
:class:`~translit.io.options.RunOptions`. The spec is a picklable object with
``bind(sample: str) -> Callable[[str], str]``: it is bound once per input on a sample of the
input's first block (so ``--lang auto`` detects the language once per file, not per chunk) and
the bound transform, also picklable, converts blocks of whole records. A plain picklable
callable works too. A spec with ``whole_lines = True`` is never given part of a line.

How a run goes:

1. :func:`translit.io.inputs.plan` lists the jobs (input → target) and refuses unsafe targets
   (an output or report over an input, a backup that is already there, clashing options).
   A record option (``fields``, ``columns``, ``delimiter``, ``header``, ``on_error``…) for an
   input whose format does not read it (plain text, or ``delimiter`` on JSONL) would do
   nothing: it is refused for an input named as such, and for one found under a directory
   when no input of the run reads it; otherwise such an input gets a ``warning``
   (:func:`unused_options`), as it does for an option that is a standing default
   (:attr:`Plan.defaults`: the CLI's ``TRANSLIT_*`` variables), never refused.
2. Each input is opened by :func:`translit.io.textio.open_source` (decompressed, encoding
   detected), cut into blocks at record boundaries chosen by its format
   (:mod:`translit.io.formats`), which binds to the first block (a CSV header), all by a
   :class:`~translit.io.reading.Reading` (as ``detect --column`` reads records), and the blocks
   of all inputs are converted, in order, by ``jobs`` processes: this one and ``jobs - 1``
   workers (:mod:`translit.io.workers`; a pool is started only once there is more than one
   block; this process takes a block when every worker has two), at most ``2 * jobs + 2``
   blocks in flight, so memory stays bounded. A large file is thus spread over every process.
   Block boundaries never depend on ``jobs``, so the output is byte-identical for any ``jobs``.
   When the format's blocks are whole lines or CSV records and the encodings allow it (UTF-8,
   one-byte code pages, UTF-16/32: see :func:`~translit.io.rawblocks.byte_route`), the blocks
   go as bytes and the workers decode and encode them (:mod:`translit.io.rawblocks`): the
   parent decodes only the first block (a CSV header binds the format there) and for the rest
   only cuts and writes.
3. Results are written in input order to each target through a :class:`~translit.io.sinks.Sink`
   (temporary file, fsync, rename): a target is replaced only when its input succeeded.
4. An input that cannot be read, decoded or parsed fails alone (an ``error`` event and its
   :class:`~translit.io.results.FileResult`); the others go on. With ``on_error="skip"`` a bad
   JSONL/CSV record is kept unchanged and listed with its line instead.
5. With ``out_dir`` a manifest records each finished input, so ``resume`` skips those whose
   output is still complete (the key is :meth:`RunOptions.resume_key`). It records the input
   as it was before it was read: one that grew or changed meanwhile is converted again.
6. Ctrl-C: every open output is dropped (targets keep their old content), the report is still
   written, marked ``interrupted``, and the ``KeyboardInterrupt`` carries the
   :class:`~translit.io.results.RunResult` as its ``result``.

:func:`run` prints nothing: it returns a :class:`RunResult` and tells its progress through the
``on_event`` callback (:class:`~translit.io.results.Event`).
"""

from __future__ import annotations

import collections
import contextlib
import dataclasses
import errno
import functools
import itertools
import os
import signal
import threading
import time
from collections.abc import Callable, Collection, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from .._record import Record
from ..errors import TranslitError, codec_problem, describe, shown
from ..script import line_ends
from .atomic import (
    AtomicFile,
    clean_stale,
    new_temp,
    no_output,
    read_only,
    temp_prefix,
    unwritable,
    writable_folder,
)
from .compression import wrap_output
from .formats import Format, add_counts, for_records, format_for, kinds, registry
from .inputs import MANIFEST, STDIN, Job, in_place_warning, plan, refuse_overwrite
from .options import RunOptions, UsageError
from .pool import WorkerError
from .rawblocks import Span
from .reading import First, Reading, line_heads
from .results import Event, FileResult, Issue, RunResult, json_text
from .sinks import Manifest, Sink, file_digest
from .stops import STOPS, held
from .textio import (
    InputError,
    RecordTooLong,
    Source,
    open_source,
)
from .workers import (
    FD_HEADROOM,
    Codec,
    Done,
    SlotViews,
    convert,
    encode_failure,
    output_slots,
    pool_descriptors,
    spare_descriptors,
    start_pool,
)

__all__ = [
    "Plan",
    "RunOptions",
    "TransformSpec",
    "job_format",
    "plan_jobs",
    "record_options",
    "run",
    "unused_options",
    "unused_warnings",
]


class TransformSpec(Protocol):
    """What a command gives the runner: ``bind(sample)`` returns the ``str -> str`` transform."""

    def bind(self, sample: str) -> Callable[[str], str]: ...  # pragma: no cover


@dataclass(frozen=True, eq=False, repr=False)  # value methods: Record
class Plan(Record):
    """What to run: a transform spec, the inputs (``"-"``: stdin) and the options.

    The spec is a ``str -> str`` function or a :class:`TransformSpec` (``bind(sample)`` gives
    the function for one input, e.g. after detecting its language on a sample); it must
    pickle (a module-level function, a ``functools.partial``) to go to the worker processes
    (one that does not is run in the calling process alone, with a warning).

    >>> from functools import partial
    >>> import translit
    >>> plan = Plan(partial(translit.romanize, lang="ru"), ("-",), RunOptions(jobs=1))
    >>> plan.spec("Щука"), plan.sources
    ('Shchuka', ('-',))
    """

    spec: TransformSpec | Callable[[str], str]
    sources: tuple[str, ...] = ()
    options: RunOptions = field(default_factory=RunOptions)
    #: the options (field names) whose values are standing defaults, not asked for this run
    #: (the CLI's environment variables): one that an input's format does not read is a
    #: warning for that input, which is converted whole, never a usage error
    defaults: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if not (callable(self.spec) or hasattr(self.spec, "bind")):  # (None failed each input)
            raise TypeError(
                "`spec` is a function str -> str or a TransformSpec (with bind(sample)), not "
                f"{type(self.spec).__name__}"
            )
        # Plan(f, "a.txt") read the inputs "a", ".", "t", "x", "t"; a list is taken as a tuple
        if isinstance(self.sources, (str, bytes, os.PathLike)):
            raise TypeError(
                f"`sources` is a tuple of paths, not one path ({self.sources!r:.40}): write "
                f"({self.sources!r:.40},)"
            )
        if not isinstance(self.sources, tuple) or not all(type(s) is str for s in self.sources):
            try:  # (None was "'NoneType' object is not iterable"; [None] "expected str, bytes…")
                sources = tuple(os.fsdecode(s) for s in self.sources)  # a list, paths, bytes
            except TypeError:
                raise TypeError(
                    f"`sources` is a tuple of paths (str, bytes or os.PathLike), not "
                    f"{shown(self.sources)}"
                ) from None
            object.__setattr__(self, "sources", sources)
        if not isinstance(self.options, RunOptions):
            raise TypeError(f"`options` is a RunOptions, not {type(self.options).__name__}")


def interrupted(result: RunResult) -> KeyboardInterrupt:
    """The ``KeyboardInterrupt`` a stopped run raises, carrying its ``result`` (report written).

    Ctrl-C stays a plain ``KeyboardInterrupt`` (never caught by ``except Exception``); read
    ``getattr(exc, "result", None)`` to see what was finished.
    """
    exc = KeyboardInterrupt("interrupted")
    exc.result = result  # type: ignore[attr-defined]
    return exc


OnEvent = Callable[[Event], None]


@contextlib.contextmanager
def _sigint_blocked() -> Iterator[None]:
    """Hold the stop signals back (:data:`~.stops.STOPS`: the CLI stops on each) while workers
    start: a worker forked now inherits the mask until it sets its own handlers."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    with held():
        yield


@contextlib.contextmanager
def stops_ignored() -> Iterator[None]:
    """Ignore further stop signals (Ctrl-C, SIGTERM, SIGHUP) while an interrupted run cleans up."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    old = {signum: signal.signal(signum, signal.SIG_IGN) for signum in STOPS}
    try:
        yield
    finally:
        for signum, handler in old.items():
            signal.signal(signum, handler)


class _State:
    """One input while it runs (a plain class: a dataclass's generated __init__ cost every
    start more than the rest of this module, see ARCHITECTURE.md, "Start-up")."""

    __slots__ = (
        "continued",
        "done",
        "input_stat",
        "job",
        "lines",
        "misread",
        "open_line",
        "own_sink",
        "piece_counted",
        "piece_open",
        "result",
        "sink",
        "started",
    )

    def __init__(self, job: Job, result: FileResult, *, own_sink: bool = True) -> None:
        self.job = job
        self.result = result
        self.sink: Sink | None = None
        self.own_sink = own_sink
        self.lines = 0  # line ends read so far (translit.script.line_ends)
        self.open_line = False  # the text read so far ends inside a line (no final newline)
        #: the results taken so far end inside a line (a long line cut between blocks), and
        #: whether that line was already counted as changed
        self.piece_open = False
        self.piece_counted = False
        self.started = time.monotonic()
        self.done = False
        #: the input's stat taken before it was opened: what the resume manifest records, so
        #: an input that changed while it was read (a log still written) is not finished
        self.input_stat: os.stat_result | None = None
        #: the named encoding was told to misread it (:meth:`_Run.misread`)
        self.misread = False
        #: the head of a line cut between blocks and the transform continuing it (a
        #: transform with a ``line_head``: :func:`~.reading.line_heads`), made once a line
        self.continued: tuple[str, Callable[[str], str]] | None = None

    @property
    def failed(self) -> bool:
        return bool(self.result.errors)


class _Run:
    def __init__(self, spec: Any, opts: RunOptions, jobs: list[Job], on_event: OnEvent | None):
        self.spec = spec
        self.opts = opts
        self.jobs = jobs
        self.on_event = on_event
        self.workers = opts.jobs if opts.jobs > 0 else (os.cpu_count() or 1)
        self.pool: Any = None
        # (input, its line number at the block's start or 0: known once drained, the block's
        # future or None: the input ends here, the output slot of the block or -1)
        self.window: collections.deque[tuple[_State, int, Any, int]] = collections.deque()
        self.limit = 1
        self.slots: list[int] = []  # see workers.output_slots
        self.views = SlotViews()
        self.manager: Any = None  # the pool's manager thread once the pool is told to shut down
        self.free: list[int] = []
        self.states: list[_State] = []
        self.result = RunResult()
        self.shared: Sink | None = None
        self.shared_failed = False
        self.shared_broken = False  # the shared output failed to be written (not an input)
        self.cleaned: set[str] = set()
        self.total = sum(j.size or 0 for j in jobs) or None
        self.skip = opts.on_error == "skip"
        self.pickles: dict[int, tuple[Any, bool]] = {}  # id(transform) -> (it, does it pickle)
        self.task: functools.partial[Any] | None = None  # convert with the input's format...
        # every out_dir run records what it finished, so a later run can resume
        self.manifest = Manifest(opts.out_dir) if opts.out_dir else None
        self.key = opts.resume_key(spec) if self.manifest is not None else ""  # (hashlib)

    # -- telling ---------------------------------------------------------------------------
    def emit(self, event: Event) -> None:
        if self.on_event is not None:
            self.on_event(event)

    def read(self, state: _State, n: int) -> None:
        state.result.bytes += n
        self.emit(Event("read", nbytes=n, total=self.total))

    def warn(self, state: _State, issue: Issue) -> None:
        """``state``'s input is converted, but not quite as asked (see :func:`unused_options`)."""
        state.result.warnings.append(issue)
        self.emit(Event("warning", file=state.result, issue=issue))

    def warn_unmatched(self, state: _State, fmt: Format, first: str) -> None:
        """A warning for each selected name that no record of the ``first`` block holds."""
        for message in fmt.unmatched_warnings(first):
            self.warn(state, Issue(state.job.display, 0, message))

    def fail(self, state: _State, issue: Issue, tb: str = "") -> None:
        """``state``'s input fails with ``issue`` (only its first problem is kept)."""
        if state.failed:
            return
        state.result.errors.append(issue)
        state.result.status = "failed"
        self.emit(Event("error", file=state.result, issue=issue, message=tb))

    def error(self, state: _State, message: str, line: int = 0, tb: str = "") -> None:
        """A read-side failure: the message names the input (and the line when known)."""
        self.fail(state, Issue(state.job.display, line, message), tb)

    def output_error(self, state: _State, exc: OSError) -> None:
        """A write-side failure: the message names the output, not the input, and what to do."""
        where = exc.filename or state.job.target or "<stdout>"
        if not state.own_sink:  # the shared output itself: no second line blaming an input
            self.shared_broken = True
        self.fail(state, Issue(str(where), 0, write_problem(exc, not state.own_sink)))
        if not state.own_sink or exc.errno in _FULL:
            raise _OutputGone from None  # every later input would fail so: said once, stop

    # -- the pipeline ------------------------------------------------------------------------
    def submit(
        self,
        state: _State,
        block: str | bytes | Span,
        fmt: Format,
        fn: Callable[[str], str],
        codec: Codec | None = None,
        *,
        head: str = "",
    ) -> None:
        """Send ``block`` to be converted by ``fn`` (or by ``fn.continuing(head)``, where the
        block starts inside a line whose first characters are ``head``)."""
        start = state.lines + 1
        if isinstance(block, (Span, bytes)):
            start = 0  # the worker counts its lines (see .rawblocks)
        elif block:
            state.lines += line_ends(block)
            state.open_line = not block.endswith(("\n", "\r"))
        if self.pool is None and self.workers > 1 and self.window:
            self.start_pool(state)
        slot = -1
        sent = fn
        if head:  # (one transform for every block of the line: decided once, sent once)
            if state.continued is None or state.continued[0] != head:
                state.continued = (head, fn.continuing(head))  # type: ignore[attr-defined]
            fn = state.continued[1]
        if self.pool is not None and self.sends() and self.pickled(state, sent):
            if isinstance(block, Span):
                block = Span(block.path, block.ident, block.offset, block.length)  # no fd
            if codec is not None and self.free:
                slot = self.free.pop()
            task = self.task  # (one object for the blocks of an input: sent to a worker once)
            if (
                task is None
                or task.args[0] is not fmt
                or task.args[1] is not fn
                or task.keywords["codec"] != codec
            ):
                task = self.task = functools.partial(convert, fmt, fn, skip=self.skip, codec=codec)
            future: Any = self.pool.submit(task, block, slot=slot)
        else:
            while self.pool is None and self.window:  # alone: write the last result before
                self.drain_one()  # converting this block (both were held: 64 MiB blocks
            future = Done(fmt, fn, block, self.skip, codec)  # cut at the hard limit, twice)
        self.window.append((state, start, future, slot))
        while len(self.window) > self.limit:
            self.drain_one()

    def line_head(self) -> int:
        """The spec's ``line_head`` (0 without one): its transforms decide each line on that
        many of its first characters, so a plain text input is read as text, whose blocks
        :func:`~.reading.line_heads` joins and hands on those characters with."""
        return int(getattr(self.spec, "line_head", 0) or 0)

    def pickled(self, state: _State, fn: Callable[[str], str]) -> bool:
        """Whether ``fn`` pickles, so its blocks can go to the workers; one that does not (a
        lambda, a local function: each input failed with "Can't pickle <lambda>") is run in
        this process alone, with a warning."""
        known = self.pickles.get(id(fn))
        if known is None:
            import pickle

            try:
                pickle.dumps(fn)
                known = (fn, True)
            except Exception as exc:  # (PicklingError, AttributeError, TypeError…)
                known = (fn, False)
                self.warn(state, Issue(state.job.display, 0, (
                    f"the transform does not pickle ({describe(exc)}), so this process "
                    "converts the input alone: give a module-level function or a "
                    "functools.partial to use `jobs`"
                )))  # fmt: skip
            self.pickles[id(fn)] = known  # (the function kept: its id stays its own)
        return known[1]

    def sends(self) -> bool:
        """Whether the next block goes to a worker rather than being converted here. With
        ``jobs`` N this process is one of the N (N - 1 workers are forked): it converts a block
        itself when every worker already has two (one under way, one waiting), so that none
        runs dry meanwhile. One process fewer than converting CPUs would want: on two cores a
        third process (the parent cutting and writing) took time from both workers."""
        workers = getattr(self.pool, "workers", None)
        if workers is None:  # the executor (no fork): the parent only cuts and writes
            return True
        self.pool.wait(0)  # take the results that are in, so the counts are current
        if self.pool.broken:  # a worker died: its input failed, the rest is converted here
            return False
        return any(len(w.pending) < 2 for w in workers)

    @staticmethod
    def ends_open(out: Any, lines: tuple[int, bool] | None) -> bool:
        """Whether a block's result ends inside a line (its text, or its worker's count)."""
        if lines is not None:
            return lines[1]
        return isinstance(out, str) and bool(out) and not out.endswith("\n")

    def start_pool(self, state: _State) -> None:
        """Start the workers, with as many output slots as the descriptors left allow (fewer
        slots send results through the pipes). Where too few are left for the pool itself
        (``ulimit -n 16``: 49 of 50 inputs failed "Too many open files", each retry leaking
        the slots of the one before), the run converts in this process, saying so once."""
        self.limit = 2 * self.workers + 2
        slots = self.limit + 1
        spare = spare_descriptors()
        if spare is not None:
            left = spare - FD_HEADROOM - pool_descriptors(self.workers)
            slots = min(slots, max(left, 0) // 2)  # (each slot, and its mapping's descriptor)
            if left < 0:
                return self.pool_refused(state, f"{spare} more files may be opened")
        try:
            self.slots = output_slots(slots)
            self.free = list(self.slots)
            with _sigint_blocked():
                self.pool = start_pool(self.workers)
        except OSError as exc:
            if exc.errno not in (errno.EMFILE, errno.ENFILE):
                raise
            self.close_pool()
            self.pool_refused(state, exc.strerror or str(exc))

    def pool_refused(self, state: _State, why: str) -> None:
        """Convert in this process alone: the pool could not have the descriptors it needs."""
        jobs, self.workers, self.limit = self.workers, 1, 1
        self.warn(state, Issue(f"`jobs` {jobs}", 0, (
            f"too few open files are allowed for worker processes ({why}; ulimit -n); "
            "converting in this process alone: raise ulimit -n, or give -j 1"
        )))  # fmt: skip

    def drain_one(self) -> None:
        state, start, future, slot = self.window.popleft()
        if future is None:
            self.finish(state)
            return
        try:
            self.take(state, start, future, slot)
        finally:
            if slot >= 0:
                self.free.append(slot)

    def take(self, state: _State, start: int, future: Any, slot: int) -> None:
        """Write the result of one block (``slot``: where its worker put it) to its output."""
        if state.failed:
            if not future.cancel() and slot >= 0:
                with contextlib.suppress(WorkerError):
                    future.result()  # let its worker finish with the slot before it is reused
            return
        start = start or state.lines + 1
        try:
            ok, payload = future.result()
        except WorkerError as exc:  # its worker died: this input fails, the next ones are
            self.error(state, str(exc))  # converted here (see submit)
            return
        lines = payload[-1]  # the lines of a block of bytes, counted by its worker (else None)
        if lines is not None:
            state.lines += lines[0]
            state.open_line = lines[1]
        if not ok:
            message, line, tb, _ = payload
            self.error(state, message, start + line - 1 if line else 0, tb)
            return
        out, changed, skipped, notes, ends, counts, _ = payload
        if ends is not None:  # a line cut between blocks is one changed line, not one a piece
            first, last, whole = ends
            if state.piece_open and first and state.piece_counted:
                changed -= 1
            continued = state.piece_open and not whole  # the block is one piece of that line
            state.piece_counted = last or (continued and state.piece_counted)
            state.piece_open = self.ends_open(out, payload[-1])
        state.result.changed_lines += changed
        if counts:  # (romanize's values by language: the report's ``langs``)
            add_counts(state.result.info, counts)
        for line, reason in skipped:
            issue = Issue(state.job.display, start + line - 1, reason)
            state.result.skipped_records.append(issue)
            self.emit(Event("record", file=state.result, issue=issue))
        for line, what in notes:  # (what the transform did not do as asked: a warning)
            self.warn(state, Issue(state.job.display, start + line - 1 if line else 0, what))
        assert state.sink is not None
        try:
            if isinstance(out, int):
                with self.views.view(slot, out) as data:
                    state.sink.write_bytes(data)
            elif isinstance(out, bytes):
                state.sink.write_bytes(out)
            else:
                state.sink.write(out)
        except UnicodeEncodeError as exc:
            message, line = encode_failure(exc, state.sink.encoding)
            self.error(state, message, start + line - 1)
        except BrokenPipeError:
            raise  # the reader went away (`| head`): the command ends quietly
        except OSError as exc:
            self.output_error(state, exc)

    def finish(self, state: _State) -> None:
        sink = state.sink
        if not state.failed and sink is not None and state.own_sink:
            try:
                sink.commit()
            except UnicodeEncodeError as exc:
                self.error(state, f"cannot encode the end of the text: {exc.reason}")
            except BrokenPipeError:
                raise
            except OSError as exc:
                self.output_error(state, exc)
        if state.failed:
            if state.own_sink and sink is not None:
                sink.abort()
            elif not state.own_sink:
                self.shared_failed = True
        elif self.manifest is not None and sink is not None:
            with contextlib.suppress(OSError):
                self.manifest.record(state.job, self.key, sink.size, sink.digest, state.input_stat)
        res = state.result
        res.lines = state.lines + (1 if state.open_line else 0)
        if state.failed:  # nothing of it is converted (its error says where it failed), and
            # what was read or counted before the failure was noticed depends on `jobs`
            res.bytes = res.lines = res.changed_lines = 0
        res.seconds = round(time.monotonic() - state.started, 4)
        state.done = True
        self.result.files.append(res)
        self.emit(Event("file", file=res))

    def open_sink(self, state: _State) -> None:
        job = state.job
        opts = self.opts
        if job.target is not None:
            self.clean(job.target)
        if job.target is None or opts.output:
            if self.shared is None:
                self.shared = Sink(
                    job.target, opts.output_encoding, opts.errors, hashed=self.manifest is not None
                )
            state.sink = self.shared
            state.own_sink = False
            return
        state.sink = Sink(
            job.target,
            opts.output_encoding,
            opts.errors,
            keep_mode_of=job.source if opts.in_place else None,
            backup=self.backup_of(job),
            hashed=self.manifest is not None,
        )

    def backup_of(self, job: Job) -> str | None:
        return job.source + self.opts.backup if self.opts.in_place and self.opts.backup else None

    def clean(self, target: str) -> None:
        folder = os.path.dirname(os.path.abspath(target))
        if folder not in self.cleaned:
            self.cleaned.add(folder)
            clean_stale(folder)

    def new_state(self, job: Job) -> _State:
        res = FileResult(job.display, job.target or "<stdout>")
        state = _State(job, res, own_sink=job.target is not None and not self.opts.output)
        self.states.append(state)
        return state

    def one(self, job: Job) -> None:
        opts = self.opts
        state = self.new_state(job)
        if job.error:  # known while planning (a folder that cannot be listed)
            self.error(state, job.error)
            self.window.append((state, 0, None, -1))
            return
        if job.passed:  # known while planning (a link to no file in a tree): a warning
            state.result.status = "skipped"
            self.warn(state, Issue(job.display, 0, job.passed))
            state.done = True
            self.result.files.append(state.result)
            self.emit(Event("file", file=state.result))
            return
        if opts.resume and self.manifest is not None and self.manifest.finished(job, self.key):
            state.result.status = "skipped"
            state.done = True
            self.result.files.append(state.result)
            if job.size:
                self.emit(Event("read", nbytes=job.size, total=self.total))
            self.emit(Event("file", file=state.result))
            return
        if self.manifest is not None and job.source != STDIN:
            with contextlib.suppress(OSError):  # (opening it says what is wrong)
                state.input_stat = os.stat(job.source)
        fmt = job_format(job, opts).for_spec(self.spec)
        for issue in unused_warnings(job, fmt, opts):
            self.warn(state, issue)
        if opts.in_place and (note := in_place_warning(job)):
            self.warn(state, Issue(job.display, 0, note))
        if not fmt.streams:
            self.whole_file(state, fmt)
            return
        try:
            misread = functools.partial(self.misread, state)
            with open_source(job.source, opts.encoding, opts.errors, warn=misread) as src:
                state.result.encoding = src.encoding
                reading = Reading(src, fmt)  # (prepared from the head, before any cut)
                mode = reading.byte_mode(opts.output_encoding)
                if mode is not None and not fmt.selects and self.line_head():
                    mode = None  # (lines' heads are handed on as text: reading.line_heads)
                if mode is not None:
                    self.bytes_through(state, reading, mode)
                else:
                    self.text_through(state, reading)
                self.warn_grown(state, src)
        except _Stop:
            pass
        except _OutputGone:
            raise  # (the run's, not this input's)
        except RecordTooLong as exc:  # cut from bytes: the lines before it are the workers'
            self.settle(state)
            self.error(state, exc.message, exc.line or state.lines + 1)
        except InputError as exc:
            self.settle(state)
            self.error(state, exc.message, exc.line)
        except BrokenPipeError:
            raise  # stdout's reader went away (`| head`): the command ends quietly
        except OSError as exc:
            self.settle(state)
            if exc.filename is not None and exc.filename != job.source:
                self.output_error(state, exc)
            else:
                self.error(state, exc.strerror or str(exc))
        except UnicodeEncodeError as exc:
            self.settle(state)
            self.error(state, f"cannot encode {exc.object[exc.start : exc.end]!r}: {exc.reason}")
        except LookupError as exc:
            raise UsageError(str(exc)) from None
        except Exception as exc:
            if opts.debug:
                raise
            self.settle(state)
            self.error(state, describe(exc))
        self.window.append((state, 0, None, -1))

    def misread(self, state: _State, line: int, message: str) -> None:
        """The warning that the named encoding misreads ``state``'s input (told once: the
        transform's own warning of the mojibake it makes is left out, see :meth:`bind`)."""
        state.misread = True
        self.warn(state, Issue(state.job.display, line, message))

    def settle(self, state: _State) -> None:
        """Take ``state``'s blocks in flight before it fails here (a block it could not read,
        decode or cut): a failure a worker found in an earlier block is the one told, and
        what those blocks hold is written, as with ``jobs=1``, whatever ``jobs`` is."""
        while any(w[0] is state and w[2] is not None for w in self.window):
            self.drain_one()

    def bind(self, state: _State, sample: str, fmt: Format) -> Callable[[str], str]:
        """The transform of ``state``'s input (bound on ``sample``; as ``fmt`` applies it: to
        values, :func:`~.formats.for_records`), with its output open."""
        bind = getattr(self.spec, "bind", None)
        fn: Callable[[str], str] = bind(sample) if bind is not None else self.spec
        if fmt.selects:
            fn = for_records(fn)
        state.result.info.update(getattr(fn, "info", {}) or {})
        found = getattr(fn, "mojibake", None)  # (line, warning): text decoded wrongly
        if found is not None and not state.misread:  # (else the code page is named already)
            self.warn(state, Issue(state.job.display, *found))
        for note in getattr(fn, "warnings", ()):  # what binding found in the input
            self.warn(state, Issue(state.job.display, 0, note))
        try:
            self.open_sink(state)
        except OSError as exc:
            self.output_error(state, exc)
            raise _Stop from None
        return fn

    def text_through(self, state: _State, reading: Reading) -> None:
        """Decode the input here and send the workers blocks of text."""
        self.through(state, reading, reading.text_blocks)

    def bytes_through(self, state: _State, reading: Reading, mode: str) -> None:
        """Send the input to the workers as blocks of bytes (see :mod:`.rawblocks`). The
        first block is decoded here too: the format binds to it (a CSV header, its
        delimiter) and the transform to a sample of it (with the blocks that sample reads,
        decoded here once: :meth:`~.reading.First.sampled`)."""
        codec = (reading.block_codec(), self.opts.errors, self.opts.output_encoding)
        self.through(state, reading, functools.partial(reading.byte_blocks, mode), codec)

    def through(
        self,
        state: _State,
        reading: Reading,
        cut: Callable[..., tuple[First, Iterator[Any]]],
        codec: Codec | None = None,
    ) -> None:
        """Cut the input (``cut``: ``reading``'s ``text_blocks`` or ``byte_blocks``, whose
        blocks ``codec`` decodes), bind the transform to the first block's sample (with the
        blocks it reads, held until then), open the output, write the prefix (a header) and
        send the blocks to be converted. (Only this frame holds the first block, so it goes
        before the loop.)"""
        first, blocks = cut(self.opts.chunk_size, lambda n: self.read(state, n))
        fmt, rest, more = first.fmt, first.rest, first.more
        self.warn_unmatched(state, fmt, first.text)
        sample, blocks = first.sampled(blocks, reading.text_of)  # (what the transform is bound to)
        fn = self.bind(state, sample, fmt)
        assert state.sink is not None
        state.lines += first.lines  # a header's lines
        if first.prefix:
            state.sink.write(first.prefix)
        warm = sample[:4096] if more else ""
        # (each name of the first block holds it through the loop: the bytes and the text of
        # a block cut at the hard limit were 128 MiB more all along)
        del first, sample  # (a span is read again by its converter)
        if more and self.workers > 1 and self.pool is None:
            with contextlib.suppress(Exception):  # a failure shows on the block itself
                fn(warm)  # build the transform's tables once, for every worker
            self.start_pool(state)  # so the first block goes to a worker too
        n = 0 if fmt.selects or codec is not None else int(getattr(fn, "line_head", 0) or 0)
        if n:  # (a transform deciding each line on its head: see reading.line_heads)
            assert isinstance(rest, str)
            for text, head in line_heads(itertools.chain((rest,), blocks), n):
                if state.failed:
                    break
                if text:
                    self.submit(state, text, fmt, fn, head=head)
            return
        if rest:
            self.submit(state, rest, fmt, fn, None if isinstance(rest, str) else codec)
        del rest
        for block in blocks:
            if state.failed:
                break
            self.submit(state, block, fmt, fn, codec)

    def warn_grown(self, state: _State, src: Source) -> None:
        """A regular file is read up to the size it had when opened (cut by offset, or read
        through :class:`~translit.io.textio.Source`): say so when it grew meanwhile."""
        if src.fd < 0 or state.failed:
            return
        size = os.fstat(src.fd).st_size
        if size > src.size:
            self.warn(state, Issue(state.job.display, 0, (
                f"grew while it was read ({src.size:,} to {size:,} bytes): converted as "
                "it was when the run reached it; convert it again once nothing writes to it"
                + (" (`resume` converts it again)" if self.manifest is not None else "")
            )))  # fmt: skip

    def whole_file(self, state: _State, fmt: Format) -> None:
        """A format that converts whole files (Parquet): in-process, after the queue drains."""
        job = state.job
        opts = self.opts
        while self.window:
            self.drain_one()
        if job.source == STDIN or job.target is None or opts.output:
            self.error(state, _whole_file_problem(fmt))
        else:
            out: AtomicFile | None = None
            sink = None
            try:
                self.clean(job.target)
                out = AtomicFile(
                    job.target,
                    keep_mode_of=job.source if opts.in_place else None,
                    backup=self.backup_of(job),
                )
                sink = wrap_output(out.file, job.target)  # d.parquet.gz: compressed too
                rows, changed = fmt.convert_file(job.source, sink, self.spec, state.result.info)
                if sink is not out.file:
                    sink.close()
                out.commit()
                state.lines = rows
                state.result.changed_lines = changed
                self.read(state, job.size or 0)
                if self.manifest is not None:  # (as finish() records a streamed output)
                    with contextlib.suppress(OSError):
                        size, digest = file_digest(job.target)
                        self.manifest.record(job, self.key, size, digest, state.input_stat)
            except InputError as exc:
                self.error(state, exc.message, exc.line)
            except OSError as exc:
                if exc.filename == job.target or (out is not None and exc.filename is None):
                    self.output_error(state, exc)
                else:
                    self.error(state, exc.strerror or str(exc))
            except Exception as exc:
                if opts.debug:
                    raise
                self.error(state, describe(exc))
            finally:
                if out is not None:
                    if sink is not None and sink is not out.file and not sink.closed:
                        with contextlib.suppress(Exception):  # (a failed input: its compressed
                            sink.close()  # stream closed at exit wrote to the dropped file)
                    out.abort()
        self.window.append((state, 0, None, -1))

    def commit_shared(self) -> None:
        if self.shared is None:
            return
        target = self.opts.output or "<stdout>"
        if self.shared_failed and self.shared.atomic is not None:
            self.shared.abort()
            if not self.shared_broken:  # (else its own error is already told)
                self.run_error(Issue(target, 0, "not written because an input failed"))
            self.unwritten(target)
            return
        try:
            self.shared.commit()
        except BrokenPipeError:
            raise
        except UnicodeEncodeError as exc:
            self.run_error(Issue(target, 0, f"cannot encode the end of the text: {exc.reason}"))
            self.unwritten(target)
        except OSError as exc:
            self.run_error(Issue(str(exc.filename or target), 0, write_problem(exc, True)))
            self.unwritten(target)
            self.result.stopped = True  # (fatal as when found earlier: the output took nothing)

    def unwritten(self, target: str) -> None:
        """Note on each input converted into the shared ``target`` that it was not written: the
        report listed them "ok" with ``output`` a file that was never made."""
        for state in self.states:
            if not state.own_sink and state.result.status == "ok":
                state.result.warnings.append(Issue(state.job.display, 0, (
                    f"converted, but its output {target} was not written (see the run's errors)"
                )))  # fmt: skip

    def run_error(self, issue: Issue) -> None:
        """A problem of the run rather than of one input (the shared output, the report)."""
        self.result.errors.append(issue)
        self.emit(Event("error", issue=issue))

    def stop(self, interrupted: bool = True) -> None:
        """After Ctrl-C (``interrupted``), or an output that takes nothing more: drop every
        open output and mark what was not finished (an input that failed stays failed when
        the output stopped the run)."""
        self.result.interrupted = interrupted
        self.result.stopped = not interrupted
        for _state, _, future, _slot in self.window:
            if future is not None:
                future.cancel()
        self.close_pool()
        for state in self.states:
            if not state.done:
                if state.sink is not None:
                    state.sink.abort()
                if state.failed and not interrupted:  # (the input whose output failed)
                    res = state.result
                    res.bytes = res.lines = res.changed_lines = 0
                else:
                    state.result.status = "interrupted"
                    # (what it read and converted until the stop: its bytes were counted, and
                    # its lines were not)
                    state.result.lines = state.lines + (1 if state.open_line else 0)
                state.done = True
                self.result.files.append(state.result)
        if self.shared is not None:
            self.shared.abort()
        started = {id(s.job) for s in self.states}
        for job in self.jobs:
            if id(job) not in started:
                res = FileResult(job.display, job.target or "<stdout>", status="interrupted")
                self.result.files.append(res)

    def go(self) -> RunResult:
        started = time.monotonic()
        try:
            for job in self.jobs:
                self.one(job)
            if self.pool is not None:  # nothing more to send: workers end after their blocks,
                # while the last results are written here; close_pool still waits for the
                # pool's manager thread, which a second shutdown() no longer joins (left
                # running at exit, it races the interpreter's own wake-up call: EBADF on
                # `translit romanize big.txt | head`, CPython 3.11)
                self.manager = getattr(self.pool, "_executor_manager_thread", None)
                self.pool.shutdown(wait=False)
            while self.window:
                self.drain_one()
            self.commit_shared()
        except KeyboardInterrupt:
            with stops_ignored():
                self.stop()
        except _OutputGone:
            with stops_ignored():
                self.stop(interrupted=False)
        finally:
            if self.shared is not None:
                self.shared.abort()  # no-op once committed; flushes stdout
            for state, _, future, _slot in self.window:
                if future is not None and state.sink is not None and state.own_sink:
                    state.sink.abort()
            self.close_pool()
        self.result.seconds = time.monotonic() - started
        self.result.jobs = self.workers if self.workers > 1 else 1
        self.write_report()
        if self.result.interrupted:
            raise interrupted(self.result)
        return self.result

    def close_pool(self) -> None:
        """Stop the workers and free the output slots: a run that got every result lets them
        leave on their own (they are idle, the end of their task pipe ends them at once, and a
        profiler running them can write its counts); any other run kills them."""
        if self.pool is not None:
            finished = not self.window and not self.result.interrupted
            self.pool.shutdown(wait=True, cancel_futures=not finished)
            self.pool = None
        if self.manager is not None:
            self.manager.join()
            self.manager = None
        self.views.close()
        for fd in self.slots:
            with contextlib.suppress(OSError):
                os.close(fd)
        self.slots = self.free = []

    def write_report(self) -> None:
        """Write the ``report``, once open with the stop signals ignored (a second Ctrl-C
        does not cut it). Opening a FIFO waits for a process to read it, so that wait stays
        open to them: a stop signal ends it, the run interrupted and the report not written
        (ignored, nothing but SIGKILL ended a run whose report FIFO no process read)."""
        report = self.opts.report
        if not report:
            return
        out = None
        try:
            out = AtomicFile(report)
            with stops_ignored():
                out.write((json_text(self.result.to_json(), indent=2) + "\n").encode("utf-8"))
                out.commit()
        except OSError as exc:
            self.run_error(Issue(str(exc.filename or report), 0, write_problem(exc, True)))
        except KeyboardInterrupt:
            self.result.interrupted = True
            self.run_error(Issue(report, 0, _REPORT_UNREAD))
        finally:
            if out is not None:
                out.abort()


#: why a report FIFO was not written
_REPORT_UNREAD = (
    "report not written: stopped while waiting for a process to read this FIFO (opening "
    "one waits for its reader); start the reader first, or name a file"
)


#: what to do about an output that cannot be written, by its errno
_WRITE_ADVICE = {
    errno.ENOSPC: "free some space, or write elsewhere",
    errno.EDQUOT: "free some space (a disk quota), or write elsewhere",
    errno.EFBIG: "a file-size limit (ulimit -f, the filesystem's): write elsewhere",
    errno.EROFS: "write elsewhere",
    errno.EACCES: "check its permissions, or write elsewhere",
    errno.EPERM: "check its permissions, or write elsewhere",
    errno.ENAMETOOLONG: "a name passes the file system's limit (255 bytes on most): "
    "choose a shorter --suffix or --backup, or rename the input",
    # (the folders are made before any work: gone later, something removed them)
    errno.ENOENT: "its folder was removed or renamed while the run wrote there: run again "
    "(`resume` finishes an `out_dir` run)",
}


def write_problem(exc: OSError, named: bool = False) -> str:
    """What went wrong writing an output, and what to do about it; ``named``: the output is
    one the user named (``output``, ``report``, a glossary's DST), not one made from an
    input's name.

    >>> write_problem(OSError(errno.ENOSPC, "No space left on device", "out.txt"))
    'No space left on device: free some space, or write elsewhere'
    """
    what = exc.strerror or str(exc)
    advice = _WRITE_ADVICE.get(exc.errno) if exc.errno is not None else None
    if named and exc.errno == errno.ENAMETOOLONG:  # (no --suffix made it so: it was given)
        advice = "a name passes the file system's limit (255 bytes on most): name a shorter one"
    if exc.errno == errno.ENOENT and _pseudo_folder(exc.filename):
        advice = (
            "its folder takes no new file (/proc, /sys: no file can be made there); write elsewhere"
        )
    return f"{what}: {advice}" if advice else what


def _pseudo_folder(filename: object) -> bool:
    """Whether the folder of ``filename`` is one of a file system of no size, such as /proc and
    /sys, where no file can be made: their "No such file or directory" was told as a folder
    removed while the run wrote there."""
    if not isinstance(filename, (str, bytes)) or not hasattr(os, "statvfs"):
        return False
    try:
        return os.statvfs(os.path.dirname(os.fsdecode(filename)) or ".").f_blocks == 0
    except OSError:  # (the folder is gone: removed, as the message says)
        return False


class _Stop(TranslitError):
    """This input cannot go on (its error is already recorded)."""


#: errors of an output device that is full: a file written later on it fails the same way
_FULL = frozenset({errno.ENOSPC, errno.EDQUOT})


class _OutputGone(TranslitError):
    """The run cannot go on: its output takes nothing more (a full disk, for any output; any
    write error of the one shared output, stdout or ``output``), so every later input would
    fail with the same error. Its error is recorded; the run stops as at Ctrl-C, but for
    the exit code (2). (:meth:`_Run.one`, which fails one input for any Exception, lets it
    through.)"""


def job_format(job: Job, opts: RunOptions) -> Format:
    """The format of ``job`` under ``opts`` (a bad combination is a usage error)."""
    try:
        fmt = format_for(
            job.source if job.source != STDIN else "stdin",
            opts.format,
            fields=opts.fields,
            columns=opts.columns,
            add=opts.add,
            delimiter=opts.delimiter,
            quote=opts.quote,
            header=opts.header,
        )
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    return fmt


def _reads(fmt: Format | type[Format]) -> set[str]:
    """The options ``fmt`` reads: its ``reads``, and ``on_error`` when it selects values."""
    return set(fmt.reads) | ({"on_error"} if fmt.selects else set())


def record_options() -> frozenset[str]:
    """The options that some format reads and plain text does not (see :func:`unused_options`).

    >>> sorted(record_options())[:4]
    ['add_columns', 'add_fields', 'columns', 'delimiter']
    """
    return frozenset(
        name
        for _, _, _, selects, reads in kinds()  # (the registry's, without importing each format)
        for name in (*reads, *(("on_error",) if selects else ()))
    )


def unused_options(fmt: Format, opts: RunOptions) -> tuple[str, ...]:
    """The options given in ``opts`` (not at their defaults) that another format reads but
    ``fmt`` does not (see :attr:`Format.reads`): ``fields`` on plain text, ``delimiter`` or
    ``header`` on JSONL, ``on_error`` on a format that converts no records…, in field order.

    >>> from translit.io.formats import Text
    >>> unused_options(Text(), RunOptions(fields=("t",), header=True, on_error="skip"))
    ('fields', 'on_error')
    """
    record = record_options() - _reads(fmt)
    return tuple(
        f.name
        for f in dataclasses.fields(opts)
        if f.name in record and getattr(opts, f.name) != f.default
    )


def unused_warnings(job: Job, fmt: Format, opts: RunOptions) -> list[Issue]:
    """The warnings of ``job`` (read as ``fmt``): one per :func:`unused_options`."""
    whole = "" if fmt.selects else ": its whole text is converted"
    return [
        Issue(job.display, 0, f"{fmt.title}, so `{name}` does not apply to it{whole}")
        for name in unused_options(fmt, opts)
    ]


def _refuse_unused(
    jobs: Sequence[Job], formats: Sequence[Format], opts: RunOptions, defaults: Collection[str]
) -> None:
    """Raise :class:`UsageError` for an option that an input's format would ignore (see
    :func:`unused_options`): always for an input named as such, and for one found under a
    directory when no input of the run reads the option. The rest are warned about as they
    run: in a tree of mixed formats the option is meant for the others, and a standing
    default (``defaults``) for the inputs that read it."""
    read = {name for fmt in formats for name in _reads(fmt)}
    for job, fmt in zip(jobs, formats, strict=True):
        for name in unused_options(fmt, opts):
            if (job.found and name in read) or name in defaults:
                continue
            known = registry()
            kinds = [kind for kind, cls in known.items() if name in _reads(cls)]
            titles = " and ".join(dict.fromkeys(known[k].title for k in kinds))
            how = f" ({{1}} {opts.format})" if opts.format != "auto" else ""
            where = job.display.replace("{", "{{").replace("}", "}}")
            raise UsageError(
                f"{{0}} applies to {titles} inputs; {where} is {fmt.title}{how}: drop {{0}} or "
                f"give {{1}} {kinds[0]}",
                (name, "format"),
            )


def _whole_file_problem(fmt: Format) -> str:
    return (
        f"{fmt.title} is read and written as a whole file: it needs a file input, and "
        "`out_dir`, `suffix` or `in_place` for its output (not stdin, stdout or `output`)"
    )


def _refuse_whole_files(jobs: Sequence[Job], formats: Sequence[Format], opts: RunOptions) -> None:
    """Raise :class:`UsageError` for an input named as such whose format converts whole files
    (Parquet) and that goes to stdout or ``output`` or comes from stdin: it failed alone, exit
    1, where every other option that cannot work is a usage error (exit 2). One found under a
    directory fails alone, as before: the option is meant for the others."""
    for job, fmt in zip(jobs, formats, strict=True):
        whole = job.source == STDIN or job.target is None or opts.output
        if not fmt.streams and not job.found and whole:
            raise UsageError(f"{job.display}: {_whole_file_problem(fmt)}")


def check_encodings(encoding: str, output_encoding: str = "utf-8") -> None:
    """Raise :class:`UsageError` unless both encodings can be used (``encoding`` may be
    ``auto``): a known codec, of text, that works piece by piece (:func:`translit.errors.codec_problem`)."""
    named = [("output_encoding", output_encoding)]
    if encoding != "auto":
        named.insert(0, ("encoding", encoding))
    for what, name in named:
        problem = codec_problem(name)
        if problem:  # (named: "'hex' is not a text encoding" said not which of the two)
            raise UsageError(f"`{what}`: {problem}")


def plan_jobs(
    sources: Sequence[str], opts: RunOptions, defaults: Collection[str] = ()
) -> list[Job]:
    """The jobs of a run (input → target), checked before any work is done (``defaults``:
    see :attr:`Plan.defaults`)."""
    opts.check()
    if opts.on_error == "skip" and not (opts.fields or opts.columns) and "on_error" not in defaults:
        raise UsageError(
            "{0} skip applies to JSONL/CSV records: give {1} or {2}",
            ("on_error", "fields", "columns"),
        )
    check_encodings(opts.encoding, opts.output_encoding)
    jobs = plan(
        list(sources),
        recursive=opts.recursive,
        globs=opts.globs,
        output=opts.output,
        out_dir=opts.out_dir,
        in_place=opts.in_place,
        suffix=opts.suffix,
        backup=opts.backup,
    )
    formats = [job_format(job, opts) for job in jobs]
    _refuse_unused(jobs, formats, opts, defaults)
    _refuse_whole_files(jobs, formats, opts)
    refuse_overwrite(opts.report, [j.source for j in jobs], "report")
    targets = {j.target for j in jobs if j.target is not None}
    refuse_overwrite(opts.report, sorted(targets), "report", "an output")
    if opts.in_place and opts.backup:  # (the report replaced the one copy of the original)
        backups = [j.source + opts.backup for j in jobs if j.source != STDIN]
        refuse_overwrite(opts.report, backups, "report", "a backup (never overwritten)")
    if opts.out_dir:  # (what `resume` reads: the next run converted everything again)
        manifest = [os.path.join(opts.out_dir, MANIFEST)]
        refuse_overwrite(opts.report, manifest, "report", "the manifest that `resume` reads")
    return jobs


def run(
    plan: Plan | TransformSpec | Callable[[str], str],
    sources: Sequence[str] | None = None,
    options: RunOptions | None = None,
    on_event: OnEvent | None = None,
) -> RunResult:
    """Convert ``plan.sources`` with ``plan.spec`` under ``plan.options``; see the module doc.

    ``run(spec, sources, options)`` is the same as ``run(Plan(spec, sources, options))``.

    Raises :class:`UsageError` for options that cannot work together (before any work) and
    ``KeyboardInterrupt`` on Ctrl-C (after the report is written; its ``result`` attribute
    is the RunResult).

    >>> import os, tempfile
    >>> folder = tempfile.mkdtemp()
    >>> src = os.path.join(folder, "a.txt")
    >>> _ = open(src, "w").write("abc\\n")
    >>> out = os.path.join(folder, "b.txt")
    >>> result = run(Plan(str.upper, (src,), RunOptions(output=out, jobs=1)))
    >>> result.exit_code, result.files[0].lines, open(out).read()
    (0, 1, 'ABC\\n')
    """
    if on_event is not None and not callable(on_event):
        raise TypeError(f"`on_event` is a function of an Event, not {type(on_event).__name__}")
    if not isinstance(plan, Plan):  # (Plan checks them: tuple("a.txt") was five inputs)
        given: Any = () if sources is None else sources
        plan = Plan(plan, given, RunOptions() if options is None else options)
    opts = plan.options
    jobs = plan_jobs(list(plan.sources), opts, plan.defaults)
    made = make_folders(opts)
    try:
        return _Run(plan.spec, opts, jobs, on_event).go()
    finally:
        remove_unfilled(made)


def remove_unfilled(made: Sequence[str]) -> None:
    """Remove each of the folders ``made`` for a run (:func:`make_folders`) that the run left
    empty, with the empty folders the run made in them (a tree's subfolders): a run that
    failed on a full disk or on every input left its new ``out_dir`` behind, holding nothing.
    A folder that holds anything (an output, the manifest, the report) stays."""
    for folder in sorted(made, key=len, reverse=True):  # (the innermost first)
        for inner, _, _ in os.walk(folder, topdown=False):  # (every folder in it is the run's)
            with contextlib.suppress(OSError):  # (only while empty)
                os.rmdir(inner)


def make_folders(opts: RunOptions) -> list[str]:
    """Make the folders of the report, ``out_dir`` and ``output`` before any work, and check
    that each takes a new file (an output is written as a temporary file there, then renamed):
    a :class:`UsageError` if one cannot be made or written in (a file in the way, no
    permission, a read-only or pseudo file system such as /sys or /proc), as for any usage
    error. A report that could not be written was found only once every input was done, and
    an ``output`` there failed each input (exit 1), one format before the run and the others
    after it. Every check that needs no folder comes first, and a folder made here is removed
    again when a later one fails: a command refused for its usage leaves nothing behind
    (``--report DIR --out-dir DIR`` made DIR, then refused the report). Returns the folders
    made, for :func:`remove_unfilled` once the run is over."""
    for what, named in (("output", opts.output), ("report", opts.report)):
        if named and named != STDIN and (problem := no_output(what, named)):
            raise UsageError(problem)  # (a link in a loop, a socket: the report after the work)
    wanted = [("report", os.path.dirname(os.path.abspath(opts.report)))] if opts.report else []
    if opts.out_dir:
        wanted.append(("out_dir", opts.out_dir))
    out = opts.output
    if out and out != STDIN and (os.path.isfile(out) or not os.path.exists(out)):
        wanted.append(("output", os.path.dirname(os.path.abspath(out))))  # (not /dev/null)
    if opts.report:
        report = os.path.abspath(opts.report)
        inside = [os.path.abspath(f) for _, f in wanted]  # (--report = --out-dir: the run did
        if os.path.isdir(report) or any(  # all its work and then could not write the report)
            f == report or f.startswith(report.rstrip(os.sep) + os.sep) for f in inside
        ):
            raise UsageError(
                f"{opts.report}: a folder, so `report` cannot be written there; name a file "
                "such as run.json"
            )
    for what, folder in wanted:
        if what == "output" and not os.path.isdir(folder) and os.path.lexists(folder):
            raise UsageError(
                f"{opts.output}: `{what}` cannot be written: {folder} is no folder; name "
                "another file (a missing folder is made)"
            )
        if os.path.exists(folder) and not os.path.isdir(folder):
            raise UsageError(
                f"{folder}: not a folder, so `{what}` cannot write there; "
                "name a folder (a missing one is made)"
            )
        if os.path.islink(folder) and not os.path.exists(folder):  # (makedirs: "File exists")
            raise UsageError(
                f"{folder}: a symbolic link that leads to no folder (to nothing, or in a loop), "
                f"so `{what}` cannot write there; name a folder, or mend the link"
            )
    made: list[str] = []  # the folders made here, outermost first
    try:
        for what, folder in wanted:
            _make_folder(opts, what, folder, made)
    except UsageError:
        for folder in reversed(made):
            with contextlib.suppress(OSError):  # (only while empty)
                os.rmdir(folder)
        raise
    return made


def _make_folder(opts: RunOptions, what: str, folder: str, made: list[str]) -> None:
    """Make ``folder`` for ``what`` (each folder made added to ``made``) and check that it
    takes a new file: :func:`make_folders`' second half."""
    missing = []
    here = os.path.abspath(folder)
    while not os.path.lexists(here) and os.path.dirname(here) != here:
        missing.append(here)
        here = os.path.dirname(here)
    try:
        os.makedirs(folder, exist_ok=True)
    except OSError as exc:
        made.extend(f for f in reversed(missing) if os.path.isdir(f))
        where = f"{opts.output}: " if what == "output" else ""
        raise UsageError(
            f"{where}{exc.filename or folder}: cannot make the folder for `{what}` "
            f"({exc.strerror or exc}); name another"
        ) from None
    made.extend(reversed(missing))
    if not writable_folder(folder):
        raise UsageError(unwritable(what, folder, folder=True))
    try:  # (held: a stop between the probe's making and its removal left it in the folder)
        with held():
            fd, probe = new_temp(folder, temp_prefix())
            os.close(fd)
            with contextlib.suppress(OSError):
                os.unlink(probe)
    except OSError as exc:  # (root passes os.access where /sys and /proc take no file)
        there = opts.output if what == "output" else folder
        raise UsageError(
            f"{there}: `{what}` cannot be written there ({exc.strerror or exc}: its folder "
            "takes no new file); name another"
        ) from None
    named = opts.report if what == "report" else opts.output if what == "output" else None
    if named and read_only(named):  # (each input failed on it, one message each)
        raise UsageError(unwritable(what, named))
