"""The I/O options every converting command shares, and the call that runs them.

``@io_options()`` adds the inputs, outputs, formats, encodings and batch options to a click
command; their parameter names are the fields of :class:`translit.io.RunOptions` (the one
definition the library and Dask use too; :func:`split_io` takes exactly those). The
``--format`` choices and help come from the format registry. :func:`run_io` builds the options,
runs the batch with a :class:`Reporter` (progress bar, error lines, summary) and exits with its
code (0 all ok, 1 some inputs failed, 2 usage error, 130 interrupted).

Defaults can come from the environment: the shared options read ``TRANSLIT_JOBS``,
``TRANSLIT_ENCODING``, ``TRANSLIT_OUTPUT_ENCODING``, ``TRANSLIT_ERRORS`` and
``TRANSLIT_CHUNK_SIZE``; every other option reads ``TRANSLIT_<COMMAND>_<OPTION>`` (e.g.
``TRANSLIT_ROMANIZE_SCHEME=wikipedia``). Options given on the command line win.
"""

from __future__ import annotations

import contextlib
import dataclasses
import sys
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

import click

from ..io.options import ON_ERROR, RunOptions, UsageError

if TYPE_CHECKING:  # pragma: no cover
    from ..io.results import Event, RunResult

__all__ = ["Reporter", "io_options", "parse_size", "run_io", "split_io"]


def parse_size(text: str) -> int:
    """``'64K'``, ``'1M'``, ``'4096'`` → a number of bytes.

    >>> parse_size("1M")
    1048576
    """
    text = text.strip().upper().removesuffix("B")
    mult = {"K": 1 << 10, "M": 1 << 20, "G": 1 << 30}.get(text[-1:], 1)
    number = text[:-1] if mult > 1 else text
    value = int(float(number) * mult)
    if value < 1:
        raise ValueError("must be at least 1 byte")
    return value


class _Size(click.ParamType):
    name = "SIZE"

    def convert(self, value: Any, param: Any, ctx: Any) -> int:
        if isinstance(value, int):
            return value
        try:
            return parse_size(str(value))
        except (ValueError, IndexError):
            self.fail(f"{value!r} is not a size such as 65536, 64K or 1M", param, ctx)


def io_options(
    *, report_flag: str = "--report", format_flag: str = "--format"
) -> Callable[[Any], Any]:
    """Decorator adding the shared FILES argument and I/O options to a command.

    ``report_flag`` names the per-file JSON report option besides ``--report-json`` (empty
    string: only ``--report-json``, for a command that uses ``--report`` for something else);
    ``format_flag`` renames ``--format`` for a command that has its own ``--format``.
    """
    from ..io.compression import CODECS
    from ..io.formats import describe, names

    report_names = [report_flag, "--report-json"] if report_flag else ["--report-json"]
    decorators = [
        click.argument("files", nargs=-1, type=click.Path(allow_dash=True)),
        click.option(
            "-o",
            "--output",
            type=click.Path(dir_okay=False, allow_dash=True),
            help="Write everything to this file (atomically); default stdout.",
        ),
        click.option(
            "--out-dir",
            type=click.Path(file_okay=False),
            help="Write each result under DIR, mirroring the input tree.",
        ),
        click.option("--in-place", is_flag=True, help="Replace each input with its result."),
        click.option(
            "--backup",
            metavar="SUFFIX",
            help="With --in-place, keep the original as FILE+SUFFIX.",
        ),
        click.option(
            "--suffix",
            metavar="SUFFIX",
            help="Write a sibling file with SUFFIX before the extension (a.txt → a.SUFFIX.txt).",
        ),
        click.option(
            "-r", "--recursive", is_flag=True, help="Convert the files under directory inputs."
        ),
        click.option(
            "--glob",
            "globs",
            multiple=True,
            metavar="PATTERN",
            help="With --recursive, only files matching PATTERN (repeatable), e.g. '*.txt'.",
        ),
        click.option(
            format_flag,
            "format",
            type=click.Choice(names()),
            default="auto",
            show_default=True,
            help=f"Input format: {describe()}; auto: from the extension (a {'/'.join(CODECS)} "
            "suffix is decompressed, and an output named so is compressed) and --field/--column.",
        ),
        click.option(
            "--field",
            "fields",
            multiple=True,
            metavar="NAME",
            help="JSONL: convert this field (repeatable; a.b for nested keys).",
        ),
        click.option(
            "--column",
            "columns",
            multiple=True,
            metavar="NAME|INDEX",
            help="CSV/TSV/Parquet: convert this column, by header name or 1-based index.",
        ),
        click.option(
            "--add-field",
            "add_fields",
            multiple=True,
            metavar="NAME",
            help="Write the result of each --field to a new key NAME beside it.",
        ),
        click.option(
            "--add-column",
            "add_columns",
            multiple=True,
            metavar="NAME",
            help="Write the result of each --column to a new column NAME beside it.",
        ),
        click.option(
            "--on-error",
            type=click.Choice(list(ON_ERROR)),
            default="fail",
            show_default=True,
            help="A bad JSONL/CSV record: fail its file, or skip it (kept unchanged, listed "
            "with FILE:LINE in the summary and the report).",
        ),
        click.option("--delimiter", metavar="CHAR", help="CSV delimiter (default: detected)."),
        click.option(
            "--quote",
            metavar="CHAR",
            help="CSV quote character (default '\"'; TSV default: none). '' disables quoting.",
        ),
        click.option(
            "--header/--no-header",
            default=True,
            show_default=True,
            help="CSV/TSV: the first record is a header (left unchanged).",
        ),
        click.option(
            "--encoding",
            default="auto",
            show_default=True,
            envvar="TRANSLIT_ENCODING",
            show_envvar=True,
            help="Input encoding: auto (BOM, UTF-8, else detected) or a name (cp1251, koi8-r…).",
        ),
        click.option(
            "--output-encoding",
            default="utf-8",
            show_default=True,
            envvar="TRANSLIT_OUTPUT_ENCODING",
            show_envvar=True,
            help="Encoding of the output.",
        ),
        click.option(
            "--errors",
            type=click.Choice(["strict", "replace", "surrogateescape"]),
            default="strict",
            show_default=True,
            envvar="TRANSLIT_ERRORS",
            show_envvar=True,
            help="Undecodable input: fail the file, replace with U+FFFD, or pass bytes through.",
        ),
        click.option(
            "-j",
            "--jobs",
            type=click.IntRange(min=0),
            default=0,
            envvar="TRANSLIT_JOBS",
            show_envvar=True,
            help="Worker processes (0: one per CPU). Output is identical for any number.",
        ),
        click.option(
            "--chunk-size",
            type=_Size(),
            default="1M",
            show_default=True,
            envvar="TRANSLIT_CHUNK_SIZE",
            show_envvar=True,
            help="Bytes read per piece; large files are cut into pieces for the workers.",
        ),
        click.option(
            "--resume",
            is_flag=True,
            help="With --out-dir, skip inputs finished by an earlier run (see its manifest).",
        ),
        click.option("-q", "--quiet", is_flag=True, help="No progress bar and no summary."),
        click.option("-v", "--verbose", is_flag=True, help="List each file as it is done."),
        click.option(
            *report_names,
            "report",
            type=click.Path(dir_okay=False),
            help="Write the per-file results and the summary as JSON to FILE.",
        ),
        click.option(
            "--progress/--no-progress",
            default=None,
            help="Show the progress bar (default: when stderr is a terminal).",
        ),
        click.option("--debug", is_flag=True, hidden=True, help="Show full tracebacks."),
        click.option(
            "--engine",
            type=click.Choice(["local", "dask"]),
            default="local",
            show_default=True,
            help="local: this machine's -j workers; dask: one task per file on a Dask cluster.",
        ),
        click.option(
            "--scheduler",
            default=None,
            metavar="ADDRESS|local",
            help="With --engine dask: a scheduler address (tcp://host:8786) or local (-j "
            "workers, the default).",
        ),
    ]

    def wrap(fn: Any) -> Any:
        for deco in reversed(decorators):
            fn = deco(fn)
        return fn

    return wrap


_FIELDS = tuple(f.name for f in dataclasses.fields(RunOptions))


def split_io(kwargs: dict[str, Any]) -> dict[str, Any]:
    """Remove the shared I/O options (the fields of RunOptions) from ``kwargs``; return them."""
    return {k: kwargs.pop(k) for k in _FIELDS if k in kwargs}


def usage(exc: UsageError) -> str:
    """A usage error worded with the command-line flags."""
    from . import cli_message

    return cli_message(exc)


class Reporter:
    """The CLI's view of a run: progress bar, one line per error, the summary at the end."""

    def __init__(self, opts: RunOptions) -> None:
        from ..io.progress import Progress

        self.opts = opts
        show = opts.progress if opts.progress is not None else sys.stderr.isatty()
        self.progress = Progress(None, enabled=bool(show) and not opts.quiet)

    def say(self, text: str) -> None:
        self.progress.clear()
        print(f"translit: {text}", file=sys.stderr, flush=True)

    def __call__(self, event: Event) -> None:
        if event.kind == "read":
            if self.progress.total is None and event.total:
                self.progress.total = event.total
            self.progress.advance(event.nbytes)
        elif event.kind == "error" and event.issue is not None:
            if event.message and self.opts.debug:
                self.progress.clear()
                print(event.message, file=sys.stderr, end="")
            from . import flags

            self.say(f"error: {flags(str(event.issue))}")
        elif event.kind == "record" and event.issue is not None and not self.opts.quiet:
            self.say(f"skipped record: {event.issue}")
        elif event.kind == "file" and event.file is not None and self.opts.verbose:
            f = event.file
            if f.status == "skipped":
                self.say(f"{f.input}: skipped (finished in an earlier run)")
            elif f.status == "ok":
                self.say(f"{f.input} -> {f.output}: {f.lines} lines, {f.changed_lines} changed")

    def close(self) -> None:
        self.progress.close()

    def summary(self, result: RunResult, writes_files: bool) -> None:
        """The summary line (batches that write files, several inputs, or --verbose)."""
        from ..io.progress import human_bytes

        self.close()
        if self.opts.quiet or not (writes_files or len(result.files) > 1 or self.opts.verbose):
            return
        s = result.summary()
        extra = []
        if s["failed"]:
            extra.append(f"{s['failed']} failed")
        if s["skipped"]:
            extra.append(f"{s['skipped']} skipped")
        if s["skipped_records"]:
            extra.append(f"{s['skipped_records']} records skipped")
        more = f" ({', '.join(extra)})" if extra else ""
        rate = f"{s['mb_per_s']} MB/s" if s["mb_per_s"] is not None else ""
        self.say(
            f"{s['files']} files{more}, {s['lines']} lines, {human_bytes(s['bytes'])}, "
            f"{s['changed_lines']} changed lines, {result.seconds:.2f} s, {rate}"
        )


def make_options(io: dict[str, Any]) -> RunOptions:
    """RunOptions from the shared options a command received (plus the root ``--debug``)."""
    ctx = click.get_current_context(silent=True)
    root_debug = bool(ctx and ctx.find_root().params.get("debug"))
    values: dict[str, Any] = {k: tuple(v) if isinstance(v, list) else v for k, v in io.items()}
    opts = RunOptions(**values)
    return opts.replace(debug=True) if root_debug and not opts.debug else opts


@contextlib.contextmanager
def _stop_on_sigterm() -> Iterator[list[int]]:
    """Make SIGTERM (``kill``, a container or service stop) stop a run as Ctrl-C does: outputs
    dropped, report written, ``--resume`` possible; the list gets the signal's number (exit
    128 + it). Killed by its default action, the run left temporary files and no report."""
    import signal
    import threading

    got: list[int] = []

    def stop(signum: int, frame: Any) -> None:
        got.append(signum)
        raise KeyboardInterrupt("terminated")

    if threading.current_thread() is not threading.main_thread():
        yield got
        return
    old = signal.signal(signal.SIGTERM, stop)
    try:
        yield got
    finally:
        signal.signal(signal.SIGTERM, old)


def run_io(spec: Any, files: tuple[str, ...], io: dict[str, Any]) -> None:
    """Run the batch for ``spec`` with the shared options ``io``; exit with its code."""
    from ..io.runner import Plan, run
    from . import fail

    opts = make_options(io)
    reporter = Reporter(opts)
    with _stop_on_sigterm() as terminated:
        try:
            if opts.engine == "dask":
                try:
                    from ..integrations.dask import run_files
                except ImportError:
                    fail("--engine dask needs the dask extra: pip install 'translit-kit[dask]'", 2)
                result = run_files(spec, files, opts, on_event=reporter)
            else:
                result = run(Plan(spec, tuple(files), opts), on_event=reporter)
        except UsageError as exc:
            reporter.close()
            fail(usage(exc), 2)
        except BrokenPipeError:  # `translit romanize big.txt | head`: the reader has had enough
            import os

            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())  # so the final flush at exit does not fail
            sys.exit(0)
        except KeyboardInterrupt as exc:
            reporter.close()
            partial = getattr(exc, "result", None)
            code = 128 + terminated[0] if terminated else 130
            if partial is None:
                click.echo("translit: interrupted; every output is complete or untouched", err=True)
                sys.exit(code)
            done = partial.count("ok") + partial.count("skipped")
            where = f"; report in {opts.report}" if opts.report else ""
            again = "; rerun with --resume to finish" if opts.out_dir else ""
            click.echo(
                f"translit: interrupted: {done} of {len(partial.files)} inputs finished, the "
                f"others left untouched{where}{again}",
                err=True,
            )
            sys.exit(code)
    reporter.summary(
        result, writes_files=bool(opts.output or opts.out_dir or opts.in_place or opts.suffix)
    )
    sys.exit(result.exit_code)
