"""The I/O options every converting command shares, and the call that runs them.

``@io_options()`` adds the inputs, outputs, formats, encodings and batch options to a click
command; :func:`run_io` turns them into :class:`translit.io.RunOptions`, runs the batch and
exits with its code (0 all ok, 1 some inputs failed, 2 usage error).

Defaults can come from the environment: the shared options read ``TRANSLIT_JOBS``,
``TRANSLIT_ENCODING``, ``TRANSLIT_OUTPUT_ENCODING``, ``TRANSLIT_ERRORS`` and
``TRANSLIT_CHUNK_SIZE``; every other option reads ``TRANSLIT_<COMMAND>_<OPTION>`` (e.g.
``TRANSLIT_ROMANIZE_SCHEME=wikipedia``). Options given on the command line win.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

import click

__all__ = ["io_options", "parse_size", "run_io"]

_IO_KEYS = (
    "recursive",
    "globs",
    "output",
    "out_dir",
    "in_place",
    "backup",
    "suffix",
    "format",
    "fields",
    "columns",
    "add_fields",
    "add_columns",
    "delimiter",
    "quote",
    "header",
    "encoding",
    "output_encoding",
    "errors",
    "jobs",
    "chunk_size",
    "resume",
    "quiet",
    "verbose",
    "report",
    "progress",
    "debug",
    "engine",
    "scheduler",
)


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
            type=click.Choice(["auto", "text", "jsonl", "csv", "tsv", "parquet"]),
            default="auto",
            show_default=True,
            help="Input format; auto: from the extension and --field/--column.",
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
            default="local",
            show_default=True,
            metavar="ADDRESS|local",
            help="With --engine dask: a scheduler address (tcp://host:8786) or local (-j workers).",
        ),
    ]

    def wrap(fn: Any) -> Any:
        for deco in reversed(decorators):
            fn = deco(fn)
        return fn

    return wrap


def split_io(kwargs: dict[str, Any]) -> dict[str, Any]:
    """Remove the shared I/O options from a command's ``kwargs`` and return them."""
    return {k: kwargs.pop(k) for k in _IO_KEYS if k in kwargs}


def run_io(spec: Any, files: tuple[str, ...], io: dict[str, Any]) -> None:
    """Run the batch for ``spec`` with the shared options ``io``; exit with its code."""
    from ..io.inputs import UsageError
    from ..io.runner import RunOptions, run
    from . import cli_message, fail

    ctx = click.get_current_context(silent=True)
    root_debug = bool(ctx and ctx.find_root().params.get("debug"))
    add = tuple(io.pop("add_fields", ())) + tuple(io.pop("add_columns", ()))
    engine = io.pop("engine", "local")
    scheduler = io.pop("scheduler", "local")
    opts = RunOptions(add=add, **io)
    opts.debug = opts.debug or root_debug
    try:
        if engine == "dask":
            try:
                from ..integrations.dask import run_files
            except ImportError:
                fail("--engine dask needs the dask extra: pip install 'translit-kit[dask]'", 2)
            code = run_files(spec, files, opts, scheduler)
        else:
            code = run(spec, files, opts)
    except UsageError as exc:
        fail(cli_message(exc), 2)
    except BrokenPipeError:  # `translit romanize big.txt | head`: the reader has had enough
        import os

        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())  # so the final flush at exit does not fail
        sys.exit(0)
    except KeyboardInterrupt:
        fail("interrupted; every output is either complete or untouched", 130)
    sys.exit(code)
