"""The I/O options every converting command shares, and the call that runs them.

``@io_options()`` adds the inputs, outputs, formats, encodings and batch options to a click
command. Each is built by :func:`click_option` from a field of :class:`translit.io.RunOptions`
(flags, help, choices, kind, default and environment variable are in the field's metadata, see
:func:`translit.io.options.option`), so the library, Dask and the CLI share one definition and
a new option is one field; :func:`click_options` does the same for a command's own spec
(``RomanizeSpec``), and :func:`split_io` takes the RunOptions fields back out. The ``--format``
choices and help are read from the format registry only when ``--help`` or a run needs them. :func:`run_io` builds the options,
runs the batch with a :class:`Reporter` (progress bar, error lines, summary) and exits with its
code (0 all ok, 1 some inputs failed, 2 usage error, 130 interrupted, 143 SIGTERM, 129 SIGHUP).

Defaults can come from the environment: the shared options read ``TRANSLIT_JOBS``,
``TRANSLIT_ENCODING``, ``TRANSLIT_OUTPUT_ENCODING``, ``TRANSLIT_ERRORS`` and
``TRANSLIT_CHUNK_SIZE``; every other option reads ``TRANSLIT_<COMMAND>_<OPTION>``, OPTION
being its long flag (e.g. ``TRANSLIT_ROMANIZE_SCHEME=wikipedia``, ``TRANSLIT_ROMANIZE_FIELD``;
see :func:`translit.cli.read_env`). Options given on the command line win; a default waiting
for the option it goes with is set aside with a warning (:func:`translit.cli.set_aside`), and
a name meant for the command that no option reads is one too (:func:`translit.cli.unheard`).
"""

from __future__ import annotations

import dataclasses
import re
import sys
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

import click

from ..errors import shown
from ..io.options import MIN_CHUNK_SIZE, RunOptions, UsageError

if TYPE_CHECKING:  # pragma: no cover
    from ..io.results import Event, RunResult

__all__ = [
    "Choice",
    "Reporter",
    "click_option",
    "click_options",
    "count",
    "io_options",
    "parse_chunk_size",
    "parse_count",
    "parse_size",
    "path",
    "plural",
    "run_io",
    "split_io",
    "summary_line",
    "values_said",
    "yields",
]


#: a size as written: digits 0-9 (a fraction before a unit), then K, M or G, then B if
#: one likes; only ASCII (``float()`` also read ``٣``, ``３``, ``1_0`` and ``1e3``)
_SIZE = r"\s*([0-9]+(\.[0-9]+)?)\s*([KMG]?)B?\s*"


def parse_size(text: str) -> int:
    """``'64K'``, ``'1M'``, ``'4096'`` → a number of bytes (digits 0-9 only; a ValueError
    says what the text is not).

    >>> parse_size("1M"), parse_size("1.5k")
    (1048576, 1536)
    >>> parse_size("٣K")
    Traceback (most recent call last):
    ValueError: not a size such as 65536, 64K or 1M: write it with the digits 0-9, then K, M or G
    """
    got = re.fullmatch(_SIZE, text, re.ASCII | re.IGNORECASE)
    if got is None or (got[2] and not got[3]) or len(got[1]) > 30:  # (1.5 bytes: not whole)
        raise ValueError(
            "not a size such as 65536, 64K or 1M: write it with the digits 0-9, then K, M or G"
        )
    mult = {"K": 1 << 10, "M": 1 << 20, "G": 1 << 30}.get(got[3].upper(), 1)
    value = int(float(got[1]) * mult) if got[2] else int(got[1]) * mult
    if value < 1:
        raise ValueError("not a size: it must be at least 1 byte")
    return value


def parse_chunk_size(text: str) -> int:
    """:func:`parse_size` of at least :data:`~translit.io.options.MIN_CHUNK_SIZE` (4K).

    >>> parse_chunk_size("4K")
    4096
    >>> parse_chunk_size("1")
    Traceback (most recent call last):
    ValueError: less than 4K, the smallest piece (smaller ones cost more to cut and send than they convert): give 4K or more, or leave the default, 256K
    """
    value = parse_size(text)
    if value < MIN_CHUNK_SIZE:
        raise ValueError(
            f"less than {MIN_CHUNK_SIZE >> 10}K, the smallest piece (smaller ones cost more to "
            f"cut and send than they convert): give {MIN_CHUNK_SIZE >> 10}K or more, or leave "
            "the default, 256K"
        )
    return value


def parse_count(text: str) -> int:
    """A whole number written with the digits 0-9 (and spaces around): ``int()`` also read
    ``٣`` (Arabic-Indic), ``３`` (fullwidth), ``1_0`` and ``+2``.

    >>> parse_count(" 4 ")
    4
    >>> parse_count("٣")
    Traceback (most recent call last):
    ValueError: not a whole number: write it with the digits 0-9, such as 4
    >>> parse_count("-5")
    Traceback (most recent call last):
    ValueError: below 0: give 0 or more, such as 4
    """
    got = re.fullmatch(r"\s*([0-9]+)\s*", text, re.ASCII)
    if got is None and re.fullmatch(r"\s*-\s*[0-9]+\s*", text, re.ASCII):
        raise ValueError("below 0: give 0 or more, such as 4")  # (-5 is a whole number)
    if got is None:
        raise ValueError("not a whole number: write it with the digits 0-9, such as 4")
    if len(got[1]) > 30:  # (int() refuses 4,300 digits, with a message of its own)
        raise ValueError("too large a number")
    return int(got[1])


class _Number(click.ParamType):
    """A click type read by ``parse`` (:func:`parse_size`, :func:`parse_count`): the message of
    a value it refuses quotes the value and the environment variable it came from."""

    def __init__(self, name: str, parse: Callable[[str], int]) -> None:
        self.name = name
        self.parse = parse

    def convert(self, value: Any, param: Any, ctx: Any) -> int:
        if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
            return value  # (a default)
        try:
            return self.parse(str(value))
        except ValueError as exc:
            self.fail(f"{shown(value)}{_source(param, ctx)} is {exc}", param, ctx)


def _source(param: Any, ctx: Any) -> str:
    """`` (from VARIABLE)`` when the value of ``param`` came from the environment."""
    if ctx is None or param is None or param.name is None:
        return ""
    if ctx.get_parameter_source(param.name) is not click.core.ParameterSource.ENVIRONMENT:
        return ""
    from .base import env_var

    return f" (from {env_var(param.name)})"


def count() -> click.ParamType:
    """The click type of a whole number of 0 or more (:func:`parse_count`), shown as ``N``."""
    return _Number("N", parse_count)


class Choice(click.Choice):
    """A choice of values, any case (the type of every choice option of the commands): a
    value it has not is shown cut (:func:`~translit.errors.shown`), as every other option's
    message shows one; click's own message echoed ``--format x*10000`` whole."""

    def __init__(self, choices: Any) -> None:
        super().__init__(list(choices), case_sensitive=False)

    def get_invalid_choice_message(self, value: Any, ctx: click.Context | None) -> str:
        listed = ", ".join(repr(c) for c in self.choices)
        return f"{shown(value)} is not one of {listed}."


class _Choice(Choice):
    """A choice whose values come from a function, called the first time they are needed
    (``--help``, a value to check), so building the command imports nothing more."""

    def __init__(self, source: Callable[[], Any], first: str = "") -> None:
        self._source = source
        self._first = first  # (the source's first value: its own default, checked without it)
        self._values: tuple[str, ...] | None = None
        self.case_sensitive = False  # (--format TEXT, --on-error SKIP were refused)

    @property
    def choices(self) -> tuple[str, ...]:  # type: ignore[override]
        if self._values is None:
            self._values = tuple(self._source())
        return self._values

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if self._first and isinstance(value, str) and value.lower() == self._first:
            return self._first  # (--format auto, the default: no format module imported)
        return super().convert(value, param, ctx)


class _Option(click.Option):
    """An option whose help text may come from a function, called only by ``--help``."""

    def __init__(self, *args: Any, help_source: Callable[[], str] | None = None, **kw: Any):
        super().__init__(*args, **kw)
        self._help_source = help_source

    def get_help_record(self, ctx: click.Context) -> tuple[str, str] | None:
        if self._help_source is not None:
            self.help = self._help_source()
            self._help_source = None
        return super().get_help_record(ctx)


def path(**kw: Any) -> click.Path:
    """The click type of a file or folder argument or option (the type of every one of the
    commands): click's own checked that a file named is readable, and one unreadable input
    among readable ones refused the whole run (exit 2, nothing done); each command opens its
    files itself, so an input it cannot read fails alone (exit 1) with its reason, and an
    output is never read."""
    return click.Path(readable=False, **kw)


_KINDS: dict[str, Callable[[], click.ParamType]] = {
    "path": lambda: path(dir_okay=False, allow_dash=True),
    "file": lambda: path(dir_okay=False),
    "dir": lambda: path(file_okay=False),
    "size": lambda: _Number("SIZE", parse_size),
    "chunk_size": lambda: _Number("SIZE", parse_chunk_size),
}


def _format_names() -> list[str]:
    from ..io.formats import names

    return names()


def _with_registry(text: str) -> str:
    """``text`` with ``{formats}`` and ``{codecs}`` filled from the format registry."""
    from ..io.compression import CODECS
    from ..io.formats import describe

    return text.replace("{formats}", describe()).replace("{codecs}", "/".join(CODECS))


def click_option(
    f: dataclasses.Field[Any], flags: tuple[str, ...] | None = None
) -> Callable[[Any], Any]:
    """The click option of a dataclass field made by :func:`translit.io.options.option`
    (``flags``: other flags than the field's own)."""
    meta = f.metadata
    names = sorted(flags or meta["flags"], key=lambda n: n.startswith("--"))  # -o, --output
    kw: dict[str, Any] = {"metavar": meta["metavar"], "hidden": meta["hidden"], "cls": _Option}
    help_text = meta["help"]
    if callable(help_text):
        kw["help_source"] = help_text
    elif "{formats}" in help_text:
        kw["help_source"] = lambda: _with_registry(help_text)
    else:
        kw["help"] = help_text
    default = f.default
    annotation = str(f.type)
    if annotation.startswith("tuple"):
        kw["multiple"] = True
    elif annotation.startswith("bool"):
        if "/" not in names[0]:
            kw["is_flag"] = True
    elif meta["kind"] is not None:
        kw["type"] = _KINDS[meta["kind"]]()
    elif meta["choices"] is not None:
        choices = meta["choices"]
        if choices == "formats":
            kw["type"] = _Choice(_format_names, "auto")  # (names()' first)
        else:
            kw["type"] = _Choice(choices) if callable(choices) else Choice(choices)
    elif annotation == "int":
        kw["type"] = count()
    if default is dataclasses.MISSING:  # a field without a default: a required option
        kw["required"] = True
    else:
        kw["default"] = default
    if meta["shown"] is not None:  # the default as written on the command line
        kw["default"] = meta["shown"]
        kw["show_default"] = True
    elif isinstance(default, str) or ("/" in names[0] and default is not None):
        kw["show_default"] = True
    if meta["env"]:
        kw["envvar"] = meta["env"]
        kw["show_envvar"] = True
    return click.option(*names, f.name, **kw)


def click_options(
    cls: type, *, drop: tuple[str, ...] = (), rename: Mapping[str, str] | None = None
) -> Callable[[Any], Any]:
    """Decorator adding one click option per field of the dataclass ``cls`` (fields made by
    :func:`translit.io.options.option`), in field order; the parameter names are the field
    names. ``drop``: flags a command uses for something else; ``rename``: flag → new flag.
    """
    rename = rename or {}
    decorators = []
    for f in dataclasses.fields(cls):
        if "flags" not in f.metadata:
            continue
        flags = tuple(rename.get(n, n) for n in f.metadata["flags"] if n not in drop)
        decorators.append(click_option(f, flags))

    def wrap(fn: Any) -> Any:
        for deco in reversed(decorators):
            fn = deco(fn)
        return fn

    return wrap


def run_option(name: str) -> Callable[[Any], Any]:
    """Decorator adding the one option of the :class:`~translit.io.options.RunOptions` field
    ``name``, for a command that takes it without the rest (``detect --encoding``)."""
    return click_option(next(f for f in dataclasses.fields(RunOptions) if f.name == name))


def io_options(
    *, drop: tuple[str, ...] = (), rename: Mapping[str, str] | None = None
) -> Callable[[Any], Any]:
    """Decorator adding the shared FILES argument and the options of
    :class:`~translit.io.options.RunOptions` to a command (see :func:`click_options`)."""
    files = click.argument("files", nargs=-1, type=path(allow_dash=True))
    options = click_options(RunOptions, drop=drop, rename=rename)
    return lambda fn: files(options(fn))


_FIELDS = tuple(f.name for f in dataclasses.fields(RunOptions))


def split_io(kwargs: dict[str, Any]) -> dict[str, Any]:
    """Remove the shared I/O options (the fields of RunOptions) from ``kwargs``; return them."""
    return {k: kwargs.pop(k) for k in _FIELDS if k in kwargs}


def usage(exc: UsageError) -> str:
    """A usage error worded with the command-line flags; an option whose value came from the
    environment also names its variable (``--quiet (from TRANSLIT_ROMANIZE_QUIET)``)."""
    from .base import cli_message, env_var, flags, from_env

    ctx = click.get_current_context(silent=True)
    if ctx is None or not any(from_env(p) for p in exc.params):
        return cli_message(exc)
    names = {}
    for p in exc.params:
        names[p] = f"`{p}`"
        if from_env(p):
            names[p] += f" (from {env_var(p)})"
    return flags(exc.render(names))


class Reporter:
    """The CLI's view of a run: progress bar, one line per error, the summary at the end."""

    def __init__(self, opts: RunOptions, env: Mapping[str, str] | None = None) -> None:
        from ..io.progress import Progress

        self.opts = opts
        self.env = env or {}  # option → the environment variable that gave its value
        show = opts.progress if opts.progress is not None else sys.stderr.isatty()
        self.progress = Progress(None, enabled=bool(show) and not opts.quiet)

    def say(self, text: str) -> None:
        from .base import said

        self.progress.clear()
        print(said(f"translit: {text}"), file=sys.stderr, flush=True)

    def __call__(self, event: Event) -> None:
        if event.kind == "read":
            if self.progress.total is None and event.total:
                self.progress.total = event.total
            self.progress.advance(event.nbytes)
        elif event.kind == "error" and event.issue is not None:
            if event.message and self.opts.debug:
                self.progress.clear()
                print(event.message, file=sys.stderr, end="")
            from .base import flags, input_failed

            input_failed()
            self.say(f"error: {flags(str(event.issue))}")
        elif event.kind == "record" and event.issue is not None and not self.opts.quiet:
            from .base import flags

            self.say(f"skipped record: {flags(str(event.issue))}")
        elif event.kind == "warning" and event.issue is not None and not self.opts.quiet:
            from .base import flags

            text = str(event.issue)
            for name, var in self.env.items():  # (the user may not know it is set)
                text = text.replace(f"`{name}`", f"`{name}` (from {var})")
            self.say(f"warning: {flags(text)}")
        elif event.kind == "file" and event.file is not None and self.opts.verbose:
            f = event.file
            if f.status == "skipped":
                self.say(f"{f.input}: skipped (finished in an earlier run)")
            elif f.status == "ok":
                self.say(
                    f"{f.input} -> {f.output}: {plural(f.lines, 'line')}, {f.changed_lines} "
                    f"changed{values_said(f.info)}"
                )

    def close(self) -> None:
        self.progress.close()

    def summary(self, result: RunResult, writes_files: bool) -> None:
        """The summary line (batches that write files, several inputs, or --verbose)."""
        self.close()
        if self.opts.quiet or not (writes_files or len(result.files) > 1 or self.opts.verbose):
            return
        self.say(summary_line(result, self.opts.report))


def plural(count: int, word: str) -> str:
    """``count`` and ``word``, plural unless the count is 1.

    >>> plural(1, "file"), plural(2, "file"), plural(0, "changed line")
    ('1 file', '2 files', '0 changed lines')
    """
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def summary_line(result: RunResult, report: str | None = None) -> str:
    """The run's summary as the CLI prints it: the inputs (how many failed or were skipped),
    then each output not tied to one input that was not written (the one ``-o`` file, the
    ``report`` file), then lines, bytes, changed lines, time and rate.

    >>> from translit.io.results import FileResult, Issue, RunResult
    >>> bad = FileResult("a.jsonl", "o.jsonl", status="failed")
    >>> summary_line(RunResult([bad], 1.0, errors=[Issue("o.jsonl", 0, "not written")]))
    '1 file (1 failed; output o.jsonl not written), 0 lines, 0 B, 0 changed lines, 1.00 s, 0.0 MB/s'
    """
    from ..io.progress import human_bytes

    s = result.summary()
    counts = []
    if s["failed"]:
        counts.append(f"{s['failed']} failed")
    if result.stopped and result.count("interrupted"):  # (the run stopped at its output)
        counts.append(f"{result.count('interrupted')} not converted")
    if s["skipped"]:
        counts.append(f"{s['skipped']} skipped")
    if s["skipped_records"]:
        counts.append(f"{plural(s['skipped_records'], 'record')} skipped")
    parts = [", ".join(counts)] if counts else []
    for issue in result.errors:  # each names an output that is not (fully) written
        what = "report" if report and issue.path == report else "output"
        parts.append(f"{what} {issue.path} not written")
    more = f" ({'; '.join(parts)})" if parts else ""
    rate = f", {s['mb_per_s']} MB/s" if s["mb_per_s"] is not None else ""
    return (
        f"{plural(s['files'], 'file')}{more}, {plural(s['lines'], 'line')}, "
        f"{human_bytes(s['bytes'])}, {plural(s['changed_lines'], 'changed line')}"
        f"{values_said(s)}, {result.seconds:.2f} s{rate}"
    )


def values_said(counts: Mapping[str, Any]) -> str:
    """The record values' languages of a report's entry or summary (``langs``,
    ``lang_sources``) as the summary line says them ("" when none were counted).

    >>> values_said({"langs": {"ru": 2, "uk": 5}, "lang_sources": {"own": 6, "column": 1}})
    ", 7 values: uk 5, ru 2 (1 in the file's language)"
    """
    langs = counts.get("langs") or {}
    if not langs:
        return ""
    ranked = sorted(langs.items(), key=lambda kv: (-kv[1], kv[0]))
    said = f", {plural(sum(langs.values()), 'value')}: " + ", ".join(f"{k} {n}" for k, n in ranked)
    lent = (counts.get("lang_sources") or {}).get("column", 0)
    return said + (f" ({lent} in the file's language)" if lent else "")


def make_options(io: dict[str, Any]) -> RunOptions:
    """RunOptions from the shared options a command received (plus the root ``--debug``)."""
    ctx = click.get_current_context(silent=True)
    root_debug = bool(ctx and ctx.find_root().params.get("debug"))
    values: dict[str, Any] = {k: tuple(v) if isinstance(v, list) else v for k, v in io.items()}
    opts = RunOptions(**values)
    if ctx is not None:
        opts = _typed_wins(opts)
    return opts.replace(debug=True) if root_debug and not opts.debug else opts


def _typed_wins(opts: RunOptions) -> RunOptions:
    """``opts`` with each environment default that clashes with an option not from the
    environment (typed, or left at its default) back at its default: the command line wins,
    and a default such as ``TRANSLIT_ROMANIZE_BACKUP`` waits for the ``--in-place`` it goes
    with, with a warning (:func:`translit.cli.set_aside`) when nothing typed explains it. A
    clash among environment defaults alone stays (:func:`usage` names them)."""
    from .base import cli_message, from_env, given, set_aside

    for clash in opts.clashes():
        env = [p for p in clash.params if from_env(p)]
        if env and len(env) < len(clash.params):
            opts = opts.reset(*env)
            if not any(given(p) for p in clash.params) and not opts.quiet:
                for p in env:
                    set_aside(p, cli_message(clash))
    return opts


def yields(
    mode: str, clashes: Mapping[str, tuple[str, str]], io: dict[str, Any], what: str
) -> bool:
    """Settle the options ``clashes`` (name → its flag and the message of the clash) given
    together with ``mode``, an option that excludes them (``normalize --report``, ``glossary
    apply --mode list``), as :func:`translit.cli.one_of` does a pair: typed, ``mode`` wins over
    a default from the environment, which is set back in ``io`` (a record option with a
    warning: it is a standing default for the runs that read records); from the environment,
    it yields to a typed option (return False: the run goes as without ``mode``); both typed,
    or both from the environment, are a usage error. ``what``: how the warning names ``mode``.
    """
    from ..io.runner import record_options
    from .base import env_var, one_of, tell

    defaults = RunOptions()
    for name, (flag, why) in clashes.items():
        if one_of(mode, name, why) == name:
            return False
        io[name] = getattr(defaults, name)
        if (name in record_options() or name == "format") and not io.get("quiet"):
            tell(f"translit: warning: {flag} (from {env_var(name)}) does not apply to {what}")
    return True


def run_io(spec: Any, files: tuple[str, ...], io: dict[str, Any]) -> None:
    """Run the batch for ``spec`` with the shared options ``io``; exit with its code."""
    from ..io.inputs import STDIN
    from ..io.runner import Plan, run
    from ..io.workers import keep_memory
    from .base import env_var, fail, from_env, reader_left, stop, stop_signals

    opts = make_options(io)
    inputs = tuple(files) or (STDIN,)  # no FILE: stdin (a program names it "-")
    env = {name: env_var(name) for name in io if from_env(name)}
    reporter = Reporter(opts, env)
    seen = [0]  # input bytes read so far; -1 once keep_memory() ran

    def on_event(event: Event) -> None:
        # this process is the command's own: keep freed block memory for the next block, as
        # soon as the input may hold more than one (loading ctypes costs a one-block run ~2 ms)
        if event.kind == "read" and seen[0] >= 0:
            seen[0] += event.nbytes
            size = max(seen[0], event.total if event.total is not None else 1 << 62)
            if size > opts.chunk_size:
                keep_memory()
                seen[0] = -1
        reporter(event)

    with stop_signals():
        try:
            if opts.engine == "dask":
                try:
                    from ..integrations.dask import run_files
                except ImportError:
                    fail("--engine dask needs the dask extra: pip install 'translit-kit[dask]'", 2)
                result = run_files(spec, inputs, opts, on_event=on_event, defaults=tuple(env))
            else:
                result = run(Plan(spec, inputs, opts, tuple(env)), on_event=on_event)
        except UsageError as exc:
            reporter.close()
            fail(usage(exc), 2)
        except BrokenPipeError:  # `translit romanize big.txt | head`: the reader has had enough
            reader_left()
        except KeyboardInterrupt as exc:
            reporter.close()
            partial = getattr(exc, "result", None)
            if partial is None:
                stop("every output is complete or untouched")
            done = partial.count("ok") + partial.count("skipped")
            unwritten = any(e.path == opts.report for e in partial.errors)  # (said above)
            where = f"; report in {opts.report}" if opts.report and not unwritten else ""
            again = "; rerun with --resume to finish" if opts.out_dir else ""
            if opts.engine == "dask":  # (which keeps no manifest to resume from)
                again = "; rerun it to finish (the dask engine converts every input again)"
            stop(
                f"{done} of {len(partial.files)} inputs finished, the others left "
                f"untouched{where}{again}"
            )
    to_file = opts.output not in (None, "-")  # (-o - is stdout: no summary, as without -o)
    writes = bool(to_file or opts.out_dir or opts.in_place or opts.suffix)
    reporter.summary(result, writes_files=writes)
    sys.exit(result.exit_code)
