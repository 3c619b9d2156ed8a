"""The batch runner: every command's inputs → blocks → workers → atomic outputs, in order.

A command hands :func:`run` a *text transform spec* and the input names. The spec is a
picklable object with ``bind(sample: str) -> Callable[[str], str]``: it is bound once per input
on a sample of the input's first block (so ``--lang auto`` detects the language once per file,
not per chunk) and the bound transform, also picklable, converts blocks of whole lines. A plain
picklable callable works too. A spec with ``whole_lines = True`` is never given part of a line
(plain text is then cut at line ends only).

How a run goes:

1. :func:`translit.io.inputs.plan` lists the jobs (input → target) and refuses unsafe targets.
2. Each input is read in chunks and cut into blocks at record boundaries
   (:mod:`translit.io.textio`); its format (:mod:`translit.io.formats`) says which text in a
   block to convert. Blocks of all inputs go, in order, to ``jobs`` worker processes (a pool is
   started only once there is more than one block), at most ``2 * jobs + 2`` blocks in flight,
   so memory stays bounded whatever the file sizes. With ``jobs=1`` everything runs in-process.
   Block boundaries never depend on ``jobs``, so the output is byte-identical for any ``jobs``.
3. Results are written in input order to each target through :class:`~translit.io.AtomicFile`
   (temporary file, fsync, rename): a target is replaced only when its input succeeded.
4. An input that cannot be read, decoded or parsed is reported
   (``translit: error: FILE:LINE: what``) and counted; the others go on; the exit code is 1.
5. ``resume`` (with ``out_dir``) skips inputs recorded as finished in ``out_dir``'s manifest
   (:data:`~translit.io.inputs.MANIFEST`, one JSON line per finished file: sizes, times, the
   SHA-256 of the output and a key of the options) whose output is still complete and newer.
6. A summary (files, lines, bytes, changed lines, failures, MB/s) goes to stderr at the end of
   a batch — when writing files, or several inputs, or ``verbose`` — unless ``quiet``;
   ``report`` writes the per-file results as JSON.
"""

from __future__ import annotations

import codecs
import collections
import contextlib
import hashlib
import json
import os
import sys
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, BinaryIO, Protocol

from ..errors import with_flags
from .atomic import AtomicFile, atomic_write, clean_stale
from .formats import Format, Text, format_for
from .inputs import MANIFEST, STDIN, Job, UsageError, plan
from .progress import Progress, human_bytes
from .textio import HARD_LIMIT, SNIFF_BYTES, InputError, detect_encoding, read_blocks

__all__ = ["RunOptions", "TransformSpec", "job_format", "plan_jobs", "run"]


class TransformSpec(Protocol):
    """What a command gives the runner: ``bind(sample)`` returns the ``str -> str`` transform."""

    def bind(self, sample: str) -> Callable[[str], str]: ...  # pragma: no cover


@dataclass
class RunOptions:
    """Every I/O option of the commands (the CLI fills it from the shared option decorators)."""

    recursive: bool = False
    globs: tuple[str, ...] = ()
    output: str | None = None
    out_dir: str | None = None
    in_place: bool = False
    backup: str | None = None
    suffix: str | None = None
    format: str = "auto"
    fields: tuple[str, ...] = ()
    columns: tuple[str, ...] = ()
    add: tuple[str, ...] = ()
    delimiter: str | None = None
    quote: str | None = None
    header: bool = True
    encoding: str = "auto"
    output_encoding: str = "utf-8"
    errors: str = "strict"
    jobs: int = 0  # 0: the number of CPUs
    chunk_size: int = 1 << 20
    resume: bool = False
    quiet: bool = False
    verbose: bool = False
    report: str | None = None
    progress: bool | None = None  # None: when stderr is a terminal
    debug: bool = False
    extra: dict[str, Any] = field(default_factory=dict)


# -- workers ----------------------------------------------------------------------------------


def _work(fmt: Format, fn: Callable[[str], str], block: str) -> tuple[bool, Any]:
    """Run in a worker: never raise (exceptions with odd constructors do not unpickle)."""
    try:
        return True, fmt.apply(fn, block)
    except InputError as exc:
        return False, (exc.message, exc.line, "")
    except Exception as exc:
        return False, (str(exc) or type(exc).__name__, 0, traceback.format_exc())


class _Now:
    """A finished 'future' for in-process work."""

    def __init__(self, fmt: Format, fn: Callable[[str], str], block: str) -> None:
        self.args = (fmt, fn, block)

    def result(self) -> tuple[bool, Any]:
        return _work(*self.args)


# -- outputs ----------------------------------------------------------------------------------


class _Sink:
    """Encodes text and writes it to an atomic file or stdout, hashing what it writes."""

    def __init__(
        self,
        target: str | None,
        encoding: str,
        errors: str,
        *,
        keep_mode_of: str | None = None,
        backup: str | None = None,
    ) -> None:
        self.target = target
        self.encoder = codecs.getincrementalencoder(encoding)(errors)
        self.encoding = encoding
        self.hash = hashlib.sha256()
        self.size = 0
        self.atomic: AtomicFile | None = None
        if target is None:
            with contextlib.suppress(Exception):
                sys.stdout.flush()
            self.raw: BinaryIO = sys.stdout.buffer
        else:
            folder = os.path.dirname(os.path.abspath(target))
            os.makedirs(folder, exist_ok=True)
            self.atomic = AtomicFile(target, keep_mode_of=keep_mode_of, backup=backup)
            self.raw = self.atomic.file

    def write(self, text: str) -> None:
        data = self.encoder.encode(text)
        self.hash.update(data)
        self.size += len(data)
        self.raw.write(data)

    def commit(self) -> None:
        self.write_final()
        if self.atomic is not None:
            self.atomic.commit()
        else:
            self.raw.flush()

    def write_final(self) -> None:
        data = self.encoder.encode("", final=True)
        if data:
            self.hash.update(data)
            self.size += len(data)
            self.raw.write(data)

    def abort(self) -> None:
        if self.atomic is not None:
            self.atomic.abort()
        else:
            with contextlib.suppress(Exception):
                self.raw.flush()


# -- per-file state ---------------------------------------------------------------------------


@dataclass
class _File:
    job: Job
    sink: _Sink | None = None
    own_sink: bool = True
    lines: int = 0  # newlines read so far
    last: str = ""
    changed: int = 0
    bytes_in: int = 0
    encoding: str = ""
    info: dict[str, Any] = field(default_factory=dict)
    error: str | None = None
    status: str = "ok"
    started: float = field(default_factory=time.monotonic)

    def result(self) -> dict[str, Any]:
        lines = self.lines + (1 if self.last and self.last != "\n" else 0)
        out: dict[str, Any] = {
            "input": self.job.display,
            "output": self.job.target or "<stdout>",
            "status": self.status,
            "bytes": self.bytes_in,
            "lines": lines,
            "changed_lines": self.changed,
            "encoding": self.encoding or None,
            "seconds": round(time.monotonic() - self.started, 4),
        }
        out.update(self.info)
        if self.error:
            out["error"] = self.error
        return out


# -- resume manifest --------------------------------------------------------------------------


class _Manifest:
    """Append-only record of finished files in an out dir (last entry per input wins)."""

    def __init__(self, folder: str) -> None:
        self.path = os.path.join(folder, MANIFEST)
        self.entries: dict[str, dict[str, Any]] = {}
        with contextlib.suppress(FileNotFoundError), open(self.path, encoding="utf-8") as fh:
            for line in fh:
                try:
                    entry = json.loads(line)
                    self.entries[entry["input"]] = entry
                except (ValueError, KeyError, TypeError):
                    continue  # a line cut short by a kill

    def finished(self, job: Job, key: str) -> bool:
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
        digest = hashlib.sha256()
        with open(job.target, "rb") as fh:
            for piece in iter(lambda: fh.read(1 << 20), b""):
                digest.update(piece)
        return digest.hexdigest() == entry.get("output_sha256")

    def record(self, job: Job, key: str, sink: _Sink) -> None:
        src = os.stat(job.source)
        entry = {
            "input": job.rel,
            "output": os.path.relpath(job.target or "", os.path.dirname(self.path)),
            "key": key,
            "input_size": src.st_size,
            "input_mtime_ns": src.st_mtime_ns,
            "output_size": sink.size,
            "output_sha256": sink.hash.hexdigest(),
        }
        with open(self.path, "a", encoding="utf-8") as fh:
            fh.write(json.dumps(entry, ensure_ascii=False) + "\n")
        self.entries[job.rel] = entry


# -- the run ----------------------------------------------------------------------------------


class _Run:
    def __init__(self, spec: Any, opts: RunOptions, jobs: list[Job]) -> None:
        self.spec = spec
        self.opts = opts
        self.jobs = jobs
        self.workers = opts.jobs if opts.jobs > 0 else (os.cpu_count() or 1)
        self.pool: Any = None
        self.window: collections.deque[tuple[_File, int, Any]] = collections.deque()
        self.limit = 1
        self.results: list[dict[str, Any]] = []
        self.failed = 0
        self.skipped = 0
        self.shared: _Sink | None = None
        self.shared_failed = False
        self.cleaned: set[str] = set()
        total = sum(j.size or 0 for j in jobs)
        show = opts.progress if opts.progress is not None else sys.stderr.isatty()
        self.progress = Progress(total or None, enabled=bool(show) and not opts.quiet)
        # every --out-dir run records what it finished, so a later run can --resume
        self.manifest = _Manifest(opts.out_dir) if opts.out_dir else None
        self.key = hashlib.sha256(
            repr(
                (
                    spec,
                    opts.format,
                    opts.fields,
                    opts.columns,
                    opts.add,
                    opts.delimiter,
                    opts.quote,
                    opts.header,
                    opts.encoding,
                    opts.output_encoding,
                    opts.errors,
                )
            ).encode("utf-8", "surrogateescape")
        ).hexdigest()[:16]

    # messages
    def say(self, text: str) -> None:
        self.progress.close()
        print(f"translit: {text}", file=sys.stderr)

    def error(self, state: _File, message: str, line: int = 0, tb: str = "") -> None:
        if state.error is not None:
            return
        where = f"{state.job.display}:{line}" if line else state.job.display
        state.error = message if not line else f"line {line}: {message}"
        state.status = "failed"
        self.progress.close()
        if tb and self.opts.debug:
            print(tb, file=sys.stderr, end="")
        print(f"translit: error: {where}: {with_flags(message)}", file=sys.stderr)

    # the pipeline
    def submit(self, state: _File, block: str, fmt: Format, fn: Callable[[str], str]) -> None:
        start = state.lines + 1
        state.lines += block.count("\n")
        state.last = block[-1:] or state.last
        if self.pool is None and self.workers > 1 and self.window:
            import multiprocessing
            from concurrent.futures import ProcessPoolExecutor

            method = "fork" if "fork" in multiprocessing.get_all_start_methods() else None
            self.pool = ProcessPoolExecutor(
                self.workers, mp_context=multiprocessing.get_context(method)
            )
            self.limit = 2 * self.workers + 2
        if self.pool is not None:
            future: Any = self.pool.submit(_work, fmt, fn, block)
        else:
            future = _Now(fmt, fn, block)
        self.window.append((state, start, future))
        while len(self.window) > self.limit:
            self.drain_one()

    def drain_one(self) -> None:
        state, start, future = self.window.popleft()
        if future is None:
            self.finish(state)
            return
        if state.error is not None:
            if self.pool is not None:
                future.cancel()
            return
        ok, payload = future.result()
        if not ok:
            message, line, tb = payload
            self.error(state, message, start + line - 1 if line else 0, tb)
            return
        out, changed = payload
        state.changed += changed
        assert state.sink is not None
        try:
            state.sink.write(out)
        except UnicodeEncodeError as exc:
            line = start + out.count("\n", 0, exc.start)
            self.error(
                state,
                f"cannot encode {exc.object[exc.start : exc.end]!r} in "
                f"{state.sink.encoding}; use `errors` replace or another `output_encoding`",
                line,
            )
        except BrokenPipeError:
            raise  # the reader went away (`| head`): the command ends quietly
        except OSError as exc:
            self.error(state, f"cannot write {state.job.target}: {exc.strerror or exc}")

    def finish(self, state: _File) -> None:
        sink = state.sink
        if state.error is None and sink is not None and state.own_sink:
            try:
                sink.commit()
            except UnicodeEncodeError as exc:
                self.error(state, f"cannot encode the end of the text: {exc.reason}")
            except BrokenPipeError:
                raise
            except OSError as exc:
                self.error(state, f"cannot write {state.job.target}: {exc.strerror or exc}")
        if state.error is not None:
            self.failed += 1
            if state.own_sink and sink is not None:
                sink.abort()
            elif not state.own_sink:
                self.shared_failed = True
        elif self.manifest is not None and sink is not None:
            with contextlib.suppress(OSError):
                self.manifest.record(state.job, self.key, sink)
        result = state.result()
        self.results.append(result)
        if self.opts.verbose and state.error is None:
            self.say(
                f"{state.job.display} -> {result['output']}: {result['lines']} lines, "
                f"{result['changed_lines']} changed"
            )

    def open_sink(self, state: _File) -> None:
        job = state.job
        opts = self.opts
        if job.target is not None:
            folder = os.path.dirname(os.path.abspath(job.target))
            if folder not in self.cleaned:
                self.cleaned.add(folder)
                clean_stale(folder)
        if job.target is None or opts.output:
            if self.shared is None:
                self.shared = _Sink(job.target, opts.output_encoding, opts.errors)
            state.sink = self.shared
            state.own_sink = False
            return
        backup = job.source + opts.backup if opts.in_place and opts.backup else None
        state.sink = _Sink(
            job.target,
            opts.output_encoding,
            opts.errors,
            keep_mode_of=job.source if opts.in_place else None,
            backup=backup,
        )

    def one(self, job: Job) -> None:
        opts = self.opts
        state = _File(job, own_sink=job.target is not None and not opts.output)
        if opts.resume and self.manifest is not None and self.manifest.finished(job, self.key):
            state.status = "skipped"
            self.skipped += 1
            self.results.append(state.result())
            if job.size:
                self.progress.advance(job.size)
            if opts.verbose:
                self.say(f"{job.display}: skipped (finished in an earlier run)")
            return
        fmt = job_format(job, opts)
        if fmt.name == "parquet":
            self.parquet(state, fmt)
            return
        if getattr(self.spec, "whole_lines", False) and isinstance(fmt, Text):
            fmt = Text(whole_lines=True)
        raw: BinaryIO | None = None
        try:
            raw = sys.stdin.buffer if job.source == STDIN else open(job.source, "rb")  # noqa: SIM115
            head = raw.read(SNIFF_BYTES)
            encoding = (
                detect_encoding(head)
                if opts.encoding == "auto"
                else codecs.lookup(opts.encoding).name
            )
            state.encoding = encoding

            def count(n: int) -> None:
                state.bytes_in += n
                self.progress.advance(n)

            blocks = read_blocks(
                raw,
                encoding,
                opts.errors,
                chunk_size=opts.chunk_size,
                cut=fmt.cut,
                head=head,
                on_read=count,
                hard_limit=HARD_LIMIT if isinstance(fmt, Text) and not fmt.whole_lines else None,
            )
            first = next(blocks, "")
            fmt, prefix, rest = fmt.start(first)
            bind = getattr(self.spec, "bind", None)
            fn = bind(fmt.sample(first)) if bind is not None else self.spec
            state.info.update(getattr(fn, "info", {}) or {})
            self.open_sink(state)
            assert state.sink is not None
            if prefix:
                state.lines += prefix.count("\n")
                state.sink.write(prefix)
            if rest:
                self.submit(state, rest, fmt, fn)
            for block in blocks:
                if state.error is not None:
                    break
                self.submit(state, block, fmt, fn)
        except InputError as exc:
            self.error(state, exc.message, exc.line)
        except BrokenPipeError:
            raise  # stdout's reader went away (`| head`): the command ends quietly
        except OSError as exc:
            self.error(state, exc.strerror or str(exc))
        except UnicodeEncodeError as exc:
            self.error(state, f"cannot encode {exc.object[exc.start : exc.end]!r}: {exc.reason}")
        except LookupError as exc:
            raise UsageError(str(exc)) from None
        except Exception as exc:
            if opts.debug:
                raise
            self.error(state, str(exc) or type(exc).__name__)
        finally:
            if raw is not None and job.source != STDIN:
                raw.close()
        self.window.append((state, 0, None))

    def parquet(self, state: _File, fmt: Any) -> None:
        """Parquet inputs go through pyarrow, in-process, one record batch at a time."""
        job = state.job
        opts = self.opts
        while self.window:
            self.drain_one()
        if job.source == STDIN or job.target is None or opts.output:
            self.error(state, "Parquet needs a file input and `out_dir`, `suffix` or `in_place`")
        else:
            try:
                from .parquet import convert_parquet

                folder = os.path.dirname(os.path.abspath(job.target))
                if folder not in self.cleaned:
                    self.cleaned.add(folder)
                    clean_stale(folder)
                backup = job.source + opts.backup if opts.in_place and opts.backup else None
                out = AtomicFile(
                    job.target,
                    keep_mode_of=job.source if opts.in_place else None,
                    backup=backup,
                )
                try:
                    rows, changed = convert_parquet(job.source, out.file, fmt, self.spec)
                    out.commit()
                finally:
                    out.abort()
                state.lines = rows
                state.changed = changed
                state.bytes_in = job.size or 0
                self.progress.advance(job.size or 0)
            except InputError as exc:
                self.error(state, exc.message, exc.line)
            except Exception as exc:
                if opts.debug:
                    raise
                self.error(state, str(exc) or type(exc).__name__)
        self.window.append((state, 0, None))

    def go(self) -> int:
        started = time.monotonic()
        try:
            for job in self.jobs:
                self.one(job)
            while self.window:
                self.drain_one()
            if self.shared is not None:
                if self.shared_failed and self.shared.atomic is not None:
                    self.shared.abort()
                    self.say(f"{self.opts.output}: not written because an input failed")
                else:
                    try:
                        self.shared.commit()
                    except BrokenPipeError:
                        raise
                    except (OSError, UnicodeEncodeError) as exc:
                        self.say(f"error: cannot write the output: {exc}")
                        self.failed += 1
        finally:
            if self.shared is not None:
                self.shared.abort()  # no-op once committed; flushes stdout
            for state, _, future in self.window:
                if future is not None and state.sink is not None and state.own_sink:
                    state.sink.abort()
            if self.pool is not None:
                self.pool.shutdown(cancel_futures=True)
            self.progress.close()
        elapsed = time.monotonic() - started
        self.summarize(elapsed)
        return 1 if self.failed else 0

    def summarize(self, elapsed: float) -> None:
        opts = self.opts
        ok = [r for r in self.results if r["status"] == "ok"]
        total_bytes = sum(r["bytes"] for r in self.results if r["status"] != "skipped")
        summary = {
            "files": len(self.results),
            "ok": len(ok),
            "failed": self.failed,
            "skipped": self.skipped,
            "lines": sum(r["lines"] for r in ok),
            "bytes": total_bytes,
            "changed_lines": sum(r["changed_lines"] for r in ok),
            "seconds": round(elapsed, 3),
            "mb_per_s": round(total_bytes / 1e6 / elapsed, 2) if elapsed > 0 else None,
            "jobs": self.workers if self.pool is not None else 1,
        }
        if opts.report:
            with atomic_write(opts.report) as fh:
                json.dump(
                    {"files": self.results, "summary": summary}, fh, ensure_ascii=False, indent=2
                )
                fh.write("\n")
        writes_files = any(j.target is not None for j in self.jobs)
        if not opts.quiet and (writes_files or len(self.jobs) > 1 or opts.verbose):
            extra = []
            if self.failed:
                extra.append(f"{self.failed} failed")
            if self.skipped:
                extra.append(f"{self.skipped} skipped")
            more = f" ({', '.join(extra)})" if extra else ""
            rate = f"{summary['mb_per_s']} MB/s" if summary["mb_per_s"] is not None else ""
            self.say(
                f"{summary['files']} files{more}, {summary['lines']} lines, "
                f"{human_bytes(total_bytes)}, {summary['changed_lines']} changed lines, "
                f"{elapsed:.2f} s, {rate}"
            )


def job_format(job: Job, opts: RunOptions) -> Format:
    """The format reader/writer of ``job`` under ``opts`` (a bad combination is a usage error)."""
    try:
        return format_for(
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


def plan_jobs(sources: tuple[str, ...] | list[str], opts: RunOptions) -> list[Job]:
    """The jobs of a run (input → target), every input's format checked before any work."""
    jobs = plan(
        sources,
        recursive=opts.recursive,
        globs=opts.globs,
        output=opts.output,
        out_dir=opts.out_dir,
        in_place=opts.in_place,
        suffix=opts.suffix,
        backup=opts.backup,
    )
    for job in jobs:
        job_format(job, opts)
    return jobs


def run(spec: Any, sources: tuple[str, ...] | list[str], opts: RunOptions) -> int:
    """Convert ``sources`` with ``spec`` under ``opts``; return the exit code (0 or 1).

    Raises :class:`~translit.io.inputs.UsageError` for option combinations that cannot work
    (the CLI turns it into exit code 2).
    """
    if opts.resume and not opts.out_dir:
        raise UsageError("`resume` needs `out_dir` (the manifest lives there)")
    if opts.backup and not opts.in_place:
        raise UsageError("`backup` goes with `in_place`")
    if opts.errors not in ("strict", "replace", "surrogateescape"):
        raise UsageError(f"`errors` must be strict, replace or surrogateescape, not {opts.errors}")
    for name in (opts.output_encoding, *([opts.encoding] if opts.encoding != "auto" else [])):
        try:
            codecs.lookup(name)
        except LookupError:
            raise UsageError(f"unknown `encoding` {name!r}") from None
    jobs = plan_jobs(sources, opts)
    if opts.out_dir:
        os.makedirs(opts.out_dir, exist_ok=True)
    return _Run(spec, opts, jobs).go()
