"""What the commands share: their messages (``translit: error: …``, the flags in place of the
library's parameter names), exit codes, the stop signals, and the defaults read from
``TRANSLIT_<COMMAND>_<OPTION>`` variables.

The package (:mod:`translit.cli`) imports this module and loads each command's module by
name; a command's module imports what it shares from here, never from the package, so the
package and its commands form no circle.

>>> flags("`out_dir` needs `recursive`")
'--out-dir needs --recursive'
"""

from __future__ import annotations

import contextlib
import errno
import functools
import os
import re
import signal
import sys
import threading
from collections.abc import Callable, Iterator
from typing import Any, NoReturn

import click

from ..io.stops import STOPPED as _STOPPED
from ..io.stops import stopped as _stopped


def read_env(cmd: click.Command, ctx: click.Context, name: str) -> click.Command:
    """``cmd`` (named ``name`` in the group of ``ctx``) with the environment variables of its
    options, ``TRANSLIT_<COMMAND>_<OPTION>``: the option's long flag (``--field``:
    ``TRANSLIT_ROMANIZE_FIELD``; ``--json``: ``TRANSLIT_SCHEMES_JSON``), then its parameter's
    name, the one click reads by itself (``TRANSLIT_ROMANIZE_FIELDS``), unless that is another
    option's flag (``TRANSLIT_NORMALIZE_REPORT`` is ``--report``, not ``--report-json``). An
    option with a variable of its own (``TRANSLIT_JOBS``) keeps it. Click alone read only the
    parameter's name: ``TRANSLIT_ROMANIZE_FIELD=text`` did nothing, in silence."""
    if ctx.auto_envvar_prefix is None or getattr(cmd, "_env_read", False):
        return cmd
    if not isinstance(cmd, click.Group) and cmd.callback is not None:
        cmd.callback = _heard(cmd.callback)
    prefix = f"{ctx.auto_envvar_prefix}_{name.upper()}".replace("-", "_")
    options = [p for p in cmd.params if isinstance(p, click.Option) and p.name]
    flags = {p.name: [f"{prefix}_{o[2:].upper()}".replace("-", "_") for o in p.opts
                      if o.startswith("--")] for p in options}  # fmt: skip
    taken = {var for names in flags.values() for var in names}
    for p in options:
        if p.envvar is None and p.allow_from_autoenv:
            own = f"{prefix}_{p.name.upper()}" if p.name else ""
            names = flags[p.name] + ([own] if own not in taken else [])
            p.envvar, p.allow_from_autoenv = list(dict.fromkeys(names)), False
    cmd._env_read = True  # type: ignore[attr-defined]
    return cmd


def _heard(callback: Callable[..., Any]) -> Callable[..., Any]:
    """``callback`` (a command's) that first warns of the variables meant for it that nothing
    reads (:func:`unheard`): once per run, after the options are read (``--help`` and a usage
    error end before), and never an error (the environment is shared with other programs)."""

    @functools.wraps(callback)
    def run(*args: Any, **kwargs: Any) -> Any:
        ctx = click.get_current_context()
        if ctx.auto_envvar_prefix and not ctx.params.get("quiet"):  # (run as translit's)
            for name, meant in unheard(ctx):
                also = f"; did you mean {meant}?" if meant else ""
                tell(f"translit: warning: {name} is set, but translit reads no such variable: "
                     f"it is ignored{also}")  # fmt: skip
        return callback(*args, **kwargs)

    return run


def set_aside(param: str, why: str) -> None:
    """Say that the running command's option ``param``, a default from the environment, is
    set aside in this run for want of the option it goes with, and ``why`` (a message with
    the flags); ``-q`` silences it. The exit code is unchanged."""
    ctx = click.get_current_context(silent=True)
    if ctx is not None and not ctx.params.get("quiet"):
        tell(f"translit: warning: {env_var(param)} is set aside: {why}")


def env_var(param: str) -> str:
    """The environment variable that gave the running command's option ``param`` its value
    (the first of its variables that is set, see :func:`read_env`), or its first variable."""
    ctx = click.get_current_context(silent=True)
    if ctx is None:
        return ""
    p = next((q for q in ctx.command.params if q.name == param), None)
    names = [] if p is None else option_variables(p, ctx.auto_envvar_prefix)
    return next((n for n in names if os.environ.get(n)), names[0] if names else "")


def option_variables(param: click.Parameter, prefix: str | None) -> list[str]:
    """The environment variables click reads for ``param`` of a command whose context has
    the variable prefix ``prefix``, in its order: those :func:`read_env` gave it (or its own,
    such as ``TRANSLIT_JOBS``), then the one of its parameter's name where click still reads
    that."""
    own = param.envvar
    names = [own] if isinstance(own, str) else list(own or ())
    if isinstance(param, click.Option) and param.allow_from_autoenv and prefix and param.name:
        names.append(f"{prefix}_{param.name.upper()}")
    return names


#: The ``TRANSLIT_*`` variables that are no command's option, so that no warning names them
#: (:func:`unheard`): the engine's ``TRANSLIT_PURE_PYTHON`` (:mod:`translit.engine.native`),
#: the tests' ``TRANSLIT_SPEEDUPS_SO`` (tests/conftest.py) and the benchmarks'
#: ``TRANSLIT_BENCH_…`` (bench/; a name ending in ``_`` is a prefix). A test holds this list
#: to every ``TRANSLIT_`` name the code reads.
OTHER_VARIABLES = ("TRANSLIT_PURE_PYTHON", "TRANSLIT_SPEEDUPS_SO", "TRANSLIT_BENCH_")


_ROOT = "TRANSLIT_"  # (the root context's auto_envvar_prefix, and its "_")


def _token(name: str) -> str:
    """A command's name as its variables spell it: ``name-key`` → ``NAME_KEY``."""
    return name.upper().replace("-", "_")


def _tails(ctx: click.Context) -> dict[str, str]:
    """Each variable that the command of ``ctx`` (and the groups above it) reads, by what
    follows its command's prefix (``SCHEME`` for ``TRANSLIT_ROMANIZE_SCHEME``; ``JOBS`` for
    ``TRANSLIT_JOBS``); the first of an option's variables wins a shared tail."""
    out: dict[str, str] = {}
    prefix = f"{ctx.auto_envvar_prefix}_"
    for c in (ctx, *_parents(ctx)):
        for p in c.command.params:
            for v in option_variables(p, c.auto_envvar_prefix):
                out.setdefault(v[len(prefix) :] if v.startswith(prefix) else v[len(_ROOT) :], v)
    return out


def _parents(ctx: click.Context) -> list[click.Context]:
    out = []
    while ctx.parent is not None:
        ctx = ctx.parent
        out.append(ctx)
    return out


def _all_tails(group: click.Context, name: str) -> dict[str, str]:
    """:func:`_tails` of every command under ``name`` in ``group`` (itself when it is no
    group), each tail after ``name``'s prefix (``APPLY_MODE`` under ``glossary``); loads
    them, so it is called only for a warning's suggestion."""
    cmd = group.command.get_command(group, name)  # type: ignore[attr-defined]
    if cmd is None:
        return {}
    sub = click.Context(cmd, parent=group, info_name=name)
    if not isinstance(cmd, click.Group):
        return _tails(sub)
    out: dict[str, str] = {}
    for leaf in cmd.list_commands(sub):
        for tail, v in _all_tails(sub, leaf).items():
            out.setdefault(f"{_token(leaf)}_{tail}", v)
    return out


def unheard(ctx: click.Context) -> list[tuple[str, str]]:
    """The ``TRANSLIT_*`` variables set (not empty) that look meant for the running command
    ``ctx`` or for translit as a whole, but that no option reads, each with the variable it
    most likely meant ('' when none is close): ``TRANSLIT_ROMANIZE_SHEME``,
    ``TRANSLIT_ROMANISE_SCHEME``, ``TRANSLIT_JOB``. Ours are the names of a command, or of
    one close to a command's name (``difflib``), and those close to a shared variable; a
    name of another command is left to that command's runs, and :data:`OTHER_VARIABLES`
    and other programs' names to them. Without such a variable set, this reads no more than
    the environment's names."""
    names = sorted(
        n for n, v in os.environ.items()
        if n.startswith(_ROOT) and v and not n.startswith(OTHER_VARIABLES)
    )  # fmt: skip
    if not names:
        return []
    heard = _tails(ctx)
    read = {v for c in (ctx, *_parents(ctx)) for p in c.command.params
            for v in option_variables(p, c.auto_envvar_prefix)}  # fmt: skip
    names = [n for n in names if n not in read]
    out = []
    for name in names:
        aim = _aim(name, ctx)
        if aim is not None:
            group, command, tail = aim
            if group is ctx:  # (the running command)
                tails = heard
            elif command:
                tails = _all_tails(group, command)
            else:
                tails = _shared(ctx.find_root())
            from difflib import get_close_matches

            near = get_close_matches(tail, list(tails), 1, 0.6)
            out.append((name, tails[near[0]] if near else ""))
    return out


def _shared(root: click.Context) -> dict[str, str]:
    """The variables that are not one command's but translit's (``TRANSLIT_JOBS``, the root
    context's ``TRANSLIT_DEBUG``…), by their names after ``TRANSLIT_``."""
    from dataclasses import fields

    from ..io.options import RunOptions

    names = [f.metadata["env"] for f in fields(RunOptions) if f.metadata.get("env")]
    for p in root.command.params:
        names += option_variables(p, root.auto_envvar_prefix)
    return {v[len(_ROOT) :]: v for v in reversed(names)}


def _aim(name: str, ctx: click.Context) -> tuple[click.Context, str, str] | None:
    """Where the variable ``name``, which nothing reads in this run, was aimed: (the context
    of the group whose command it names, that command's name, the rest of the name), ``ctx``
    itself for the running command (with ''), the root with '' for a shared variable; None
    when it is not ours, or is another command's exact name."""
    from difflib import get_close_matches

    chain = [*reversed(_parents(ctx)), ctx]
    rest = name[len(_ROOT) :]
    for depth in range(1, len(chain)):
        group, running = chain[depth - 1], chain[depth].info_name or ""
        tokens = {_token(n): n for n in group.command.list_commands(group)}  # type: ignore[attr-defined]
        hit = next((t for t in sorted(tokens, key=len, reverse=True)
                    if rest == t or rest.startswith(f"{t}_")), None)  # fmt: skip
        if hit is not None and tokens[hit] != running:
            return None  # another command's: its own runs check it
        if hit is None:  # a command's name misspelt (its first one or two words)?
            parts = rest.split("_")
            heads = ["_".join(parts[:k]) for k in (2, 1) if k < len(parts)] or [rest]
            close = ((h, m[0]) for h in heads if (m := get_close_matches(h, tokens, 1, 0.8)))
            found = next(close, None)
            if found is None:
                if depth > 1:  # under the name of a group that runs: ours
                    return chain[depth - 2], group.info_name or "", rest
                near = get_close_matches(rest, list(_shared(chain[0])), 1, 0.8)
                return (chain[0], "", rest) if near and near[0] != rest else None
            head, hit = found
            rest = rest[len(head) + 1 :]
            if tokens[hit] != running:
                return group, tokens[hit], rest
        else:
            rest = rest[len(hit) + 1 :]
    return ctx, "", rest


class EnvGroup(click.Group):
    """A group whose commands read ``TRANSLIT_<GROUP>_<COMMAND>_<OPTION>`` (:func:`read_env`)."""

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        cmd = super().get_command(ctx, cmd_name)
        return None if cmd is None else read_env(cmd, ctx, cmd_name)


#: a word of a message longer than this is shown cut (a path seldom is; a file's own name
#: has at most 255 bytes, which this leaves whole with a few folders before it)
_LONGEST_WORD = 320


def cut_words(text: str) -> str:
    """``text`` with each word longer than :data:`_LONGEST_WORD` cut as
    :func:`translit.errors.shown` cuts a value, its last 40 characters kept too (a file
    name's own end), and a colon after it: the one rule of every message (click's "No such
    option" echoed a 10,000-character word whole, and every message a 4,000-character path).

    >>> cut = cut_words("error: /" + "d" * 400 + "/e.txt: denied")
    >>> cut[:12], cut[-37:], len(cut)
    ('error: /dddd', 'dddddd/e.txt (407 characters): denied', 133)
    """
    return re.sub(
        rf"[^\s'\"()]{{{_LONGEST_WORD + 1},}}?(?=:?(?:[\s'\"()]|$))",  # (quotes not counted)
        lambda m: f"{m[0][:60]}…{m[0][-40:]} ({len(m[0]):,} characters)",
        text,
    )


def interrupted_in(ctx: click.Context | None, note: str = "") -> NoReturn:
    """End on a Ctrl-C (or a stop signal) that no batch run caught (called in its ``except``):
    ``translit: interrupted`` (and ``note``) and exit 130 (128 + the signal), or the traceback
    under ``--debug``."""
    if ctx is not None:
        ctx = ctx.find_root()
    if "--debug" in sys.argv[1:] or (ctx is not None and (ctx.obj or {}).get("debug")):
        raise  # noqa: PLE0704 (the KeyboardInterrupt being handled by the caller)
    stop(note)


def interrupted(note: str) -> NoReturn:
    """A command's own end on a Ctrl-C or a stop signal (called in its ``except``): ``note``
    says what was done, such as how far a listing on stdout went (it read as complete)."""
    interrupted_in(click.get_current_context(silent=True), note)


@contextlib.contextmanager
def stop_signals() -> Iterator[None]:
    """Make SIGTERM (``kill``, a container or service stop) and SIGHUP (a closed terminal, a
    lost ssh session) stop the command as Ctrl-C does, whichever it is: a batch run drops its
    outputs and writes its report, a file being written (``glossary convert``) is dropped
    with its temporary file, a listing on stdout (``detect``, ``normalize --report``) says
    how far it went; exit 128 + the signal (:func:`stop_code`). Killed by their default
    action, commands left temporary files and no word. A signal the command was started with
    ignored (``nohup`` ignores SIGHUP) stays ignored; inside an outer call this does nothing."""
    from ..io.stops import STOPS

    if threading.current_thread() is not threading.main_thread():
        yield
        return
    old = {}
    for signum in STOPS:
        handler = signal.getsignal(signum)
        if signum != signal.SIGINT and handler not in (signal.SIG_IGN, _stopped):
            old[signum] = signal.signal(signum, _stopped)
    if old:
        _STOPPED.clear()
    try:
        yield
    finally:
        for signum, handler in old.items():
            signal.signal(signum, handler)


def stop_code() -> int:
    """The exit code of a stopped command: 128 + the signal that stopped it (143 SIGTERM,
    129 SIGHUP), 130 for Ctrl-C."""
    return 128 + _STOPPED[-1] if _STOPPED else 130


def stop(note: str = "") -> NoReturn:
    """End a stopped command: ``translit: interrupted`` (``by SIGTERM``…, then ``note``: what
    was done) on stderr and :func:`stop_code`."""
    by = f" by {signal.Signals(_STOPPED[-1]).name}" if _STOPPED else ""
    with contextlib.suppress(OSError, ValueError):  # (a hangup: the terminal may be gone)
        tell(f"translit: interrupted{by}" + (f": {note}" if note else ""))
    sys.exit(stop_code())


def cli_message(exc: BaseException) -> str:
    """The message of ``exc`` with the command-line flag in place of each `parameter`.

    >>> from translit.errors import ParameterError
    >>> cli_message(ParameterError("`resume` needs `out_dir`; `jobs` must be at least 1"))
    '--resume needs --out-dir; -j must be at least 1'
    """
    return flags(str(exc))


def flags(text: str) -> str:
    """``text`` with each `parameter` as its flag: the batch options' own flags (declared on
    :class:`translit.io.RunOptions`), then :func:`translit.errors.with_flags` for the rest.

    >>> flags("`globs` needs `recursive`; `add_fields` too")
    '--glob needs --recursive; --add-field too'
    """
    from ..errors import with_flags
    from ..io.options import FLAGS

    for name, flag in FLAGS.items():
        text = text.replace(f"`{name}`", flag)
    return with_flags(text)


def tsv_escaped(text: str) -> str:
    r"""``text`` as a cell of a tab-separated line that a reader can take back: a tab
    written ``\t``, a backslash ``\\`` (a query holding a tab gave its line a column more).

    >>> print(tsv_escaped("Красная\tармия"), tsv_escaped("a\\b"))
    Красная\tармия a\\b
    """
    return text.replace("\\", "\\\\").replace("\t", "\\t")


def wanted_encoding(encoding: str) -> str:
    """``--encoding`` of a command that reads lines without the batch options (detect,
    name-key, glossary lookup): ``auto``, or a codec of text that reads piece by piece; a usage
    error (exit 2) else. (An unknown name failed each file of detect, exit 1, rot13 as an
    internal error; romanize: 2.)"""
    from ..errors import ParameterError, want_codec, with_flags
    from ..io.runner import check_encodings

    if encoding.strip().lower() == "auto":
        return "auto"
    try:
        want_codec(encoding)
        check_encodings(encoding)
    except ParameterError as exc:  # (UsageError is one: what the codec cannot do)
        fail(with_flags(str(exc)))  # (check_encodings names `encoding`)
    return encoding


def input_said(message: str) -> str:
    """An input's fault (:class:`~translit.io.textio.InputError`) as the running command can
    act on it: its flags (:func:`flags`), and without the advice of ``--errors`` where the
    command has no such option (detect, name-key, glossary lookup and qa were told to give it).

    >>> input_said("cannot decode byte(s) ff as utf-8; try another `encoding`")
    'cannot decode byte(s) ff as utf-8; try another --encoding'
    """
    from ..io.textio import READ_PAST

    ctx = click.get_current_context(silent=True)
    if ctx is not None and not any(p.name == "errors" for p in ctx.command.params):
        message = message.replace(READ_PAST, "")
    return flags(message)


#: Errors only a write raises: without a file name, they come from stdout (disk full,
#: ``ulimit -f``, a reader that went away).
WRITE_ERRNOS = frozenset({errno.ENOSPC, errno.EFBIG, errno.EDQUOT, errno.EPIPE})


# what a terminal would act on: C0 controls but tab (ESC, CR, BS…), DEL, the C1 controls (CSI)
# and the bidirectional overrides and isolates; and the line feed, which cut a message naming
# a file called "a<LF>b.csv" into two lines. A file name may hold any of them. A pattern
# string: ``re`` compiles it on first use (an error message), not at start-up.
_UNPRINTABLE = "[\x00-\x08\x0a-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]"


def printable(text: str) -> str:
    r"""``text``, one line, with the characters a terminal would act on shown as escapes: how
    messages name a file whatever its name holds (line ends at its end are dropped).

    >>> printable("a\x1b[2J\rb.txt: error")
    'a\\x1b[2J\\rb.txt: error'
    >>> printable("a\nb.csv:1: not UTF-8\n")
    'a\\nb.csv:1: not UTF-8'
    """
    return re.sub(
        _UNPRINTABLE,
        lambda m: (
            {"\r": "\\r", "\n": "\\n"}.get(m[0]) or f"\\x{ord(m[0]):02x}"
            if ord(m[0]) < 0x100
            else f"\\u{ord(m[0]):04x}"
        ),
        text.rstrip("\r\n"),
    )


def name_bytes(text: str) -> str:
    r"""``text`` with each byte of a file name that is no character (Python holds it as a
    lone surrogate) shown as that byte, after UTF-8 that an ASCII locale could not decode is
    read as its letters (``LC_ALL=C``: "nope\udcd0\udca9.txt" was all a message said of
    nopeЩ.txt). For messages; listings print a name's own bytes.

    >>> name_bytes("a\udcff.txt"), name_bytes("\udcd0\udca9.txt")
    ('a\\xff.txt', 'Щ.txt')
    """
    text = re.sub(  # (each run of such bytes read as UTF-8 where it is)
        "[\udc80-\udcff]+",
        lambda m: bytes(ord(c) - 0xDC00 for c in m[0]).decode("utf-8", "surrogateescape"),
        text,
    )
    return re.sub("[\udc80-\udcff]", lambda m: f"\\x{ord(m[0]) - 0xDC00:02x}", text)


def typed(ctx: click.Context, param: click.Parameter, value: Any) -> Any:
    r"""A text argument (a name, a term; never a file name) as it was typed: Python decodes
    the command line in the locale's encoding, so in a C locale without UTF-8 mode
    (``LC_ALL=C PYTHONUTF8=0``) each byte of ``Власов`` became a lone surrogate and nothing
    matched. Bytes that are not UTF-8 either are left as they were.

    >>> typed(None, None, ("\udcd0\udc92", "a"))  # type: ignore[arg-type]
    ('В', 'a')
    """
    if isinstance(value, tuple):
        return tuple(typed(ctx, param, v) for v in value)
    if isinstance(value, str) and re.search("[\udc80-\udcff]", value):
        try:
            return os.fsencode(value).decode("utf-8")
        except (UnicodeError, ValueError):
            return value
    return value


def said(line: str) -> str:
    """``line`` as a message shows it: :func:`printable`, the bytes of names that are no
    characters as bytes (:func:`name_bytes`), its long words cut (:func:`cut_words`)."""
    return cut_words(printable(name_bytes(line)))


def tell(line: str) -> None:
    """Print ``line`` on stderr as a message (:func:`said`)."""
    click.echo(said(line), err=True)


def warner(name: str, quiet: bool = False, kind: str = "warning") -> Callable[[int, str], None]:
    """How a command that reads the input ``name`` itself (detect, glossary apply --mode list,
    normalize --report) prints a warning of reading it, such as a named --encoding that
    misreads it (:func:`translit.io.textio.open_source`'s ``warn``): as the batch runner's,
    ``translit: warning: FILE:LINE: what`` on stderr, its `parameter` names as flags; with
    ``quiet`` (-q), nothing, as the runner's reporter (line 0: of the whole input, ``FILE:``);
    ``kind`` "note": a note (``translit: note: …``), what was done as it should be."""
    from ..io.inputs import input_name

    shown = input_name(name)

    def warn(line: int, message: str) -> None:
        if not quiet:
            tell(f"translit: {kind}: {shown}:{f'{line}:' if line else ''} {flags(message)}")

    return warn


#: whether an input of this run failed (its error told, the run going on): stdout's reader
#: leaving later (:func:`reader_left`) ends the run with 1, not 0
FAILED = [False]


def input_failed(message: str | None = None) -> None:
    """Remember that an input failed, and print ``translit: error: message`` when given."""
    if message is not None:
        tell(f"translit: error: {message}")
    FAILED[0] = True


def reader_left() -> NoReturn:
    """End the run once stdout's reader has left (``translit romanize a b | head -1``): no
    failure itself, so exit 0, but 1 when an input failed before (:func:`input_failed`): the
    run said so and exited 0. Stdout goes to the null device, so the final flush at exit does
    not fail again."""
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    sys.exit(1 if FAILED[0] else 0)


def fail(message: str, code: int = 2) -> NoReturn:
    """Print ``translit: error: message`` on stderr and exit with ``code``."""
    tell(f"translit: error: {message}")
    sys.exit(code)


def language(value: str, allow: tuple[str, ...] = ()) -> str:
    """A command's ``-l/--lang`` as :func:`translit.catalogue.lang_arg` reads it (``Ru``,
    ``ru_RU``, ``AUTO`` accepted; ``allow``: the command's words such as ``auto``); anything else
    is a usage error (exit 2) that lists the known codes, the same in every command."""
    from ..catalogue import lang_arg
    from ..errors import UnknownLanguageError

    try:
        return lang_arg(value, allow)
    except UnknownLanguageError as exc:
        ctx = click.get_current_context(silent=True)
        source = ctx.get_parameter_source("lang") if ctx else None
        if source is click.core.ParameterSource.ENVIRONMENT and ctx is not None:
            name = env_var("lang")  # (no -l was typed: say where it came from)
            fail(f"-l/--lang from {name}: {exc}")
        fail(f"-l/--lang: {exc}")
        raise  # (fail exits)


def reader(value: str | None) -> str | None:
    """A command's ``-t/--target`` checked (``EN``, ``de_AT``, ``fr-CA.UTF-8``): an unknown one
    is a usage error (exit 2) with the same message in every command. The value is kept as
    given (a locale picks its variant: ``de_AT``)."""
    if value is None:
        return None
    from ..errors import UnknownLanguageError
    from ..names import target_language

    try:
        target_language(value)
    except UnknownLanguageError as exc:
        fail(f"-t/--target: {exc}")
    return value


def given(param: str) -> bool:
    """Whether the running command's option ``param`` was given on the command line."""
    ctx = click.get_current_context(silent=True)
    if ctx is None:
        return False
    return ctx.get_parameter_source(param) is click.core.ParameterSource.COMMANDLINE


def from_env(param: str) -> bool:
    """Whether the running command's option ``param`` took its value from the environment
    (``TRANSLIT_<COMMAND>_<OPTION>``): a typed option wins over such a default it clashes with."""
    ctx = click.get_current_context(silent=True)
    if ctx is None:
        return False
    return ctx.get_parameter_source(param) is click.core.ParameterSource.ENVIRONMENT


def unused(param: str, why: str, fix: str) -> None:
    """The CLI's rule for the running command's option ``param`` that this run has no use for
    (``why``, with the flags): typed, a usage error saying ``fix`` (exit 2); a default from the
    environment, set aside with a warning (:func:`set_aside`), but a variable every command
    shares (``TRANSLIT_ENCODING``: set for all, of use to those that read it); else nothing."""
    if given(param):
        fail(f"{why}: {fix}")
    ctx = click.get_current_context(silent=True)
    own = f"{ctx.auto_envvar_prefix}_" if ctx is not None and ctx.auto_envvar_prefix else "?"
    if from_env(param) and env_var(param).startswith(own):
        set_aside(param, why)


def one_of(first: str, second: str, message: str) -> str:
    """Of two options given together that contradict each other (parameter names), the one
    typed when the other is a default from the environment (``TRANSLIT_<COMMAND>_<OPTION>``):
    a typed option wins. Both typed is a usage error with ``message``; both from the
    environment too, naming the variables."""
    if from_env(first) != from_env(second):
        return second if from_env(first) else first
    ctx = click.get_current_context(silent=True)
    if ctx is not None and from_env(first):
        names = " and ".join(env_var(p) for p in (first, second))
        message = f"{message} (both set by {names})"
    fail(message)
    raise AssertionError  # (fail exits)


def stdout_failed(exc: BaseException) -> bool:
    """Whether ``exc`` is a write error of standard output (not of the input being read)."""
    if not isinstance(exc, OSError):
        return False
    return exc.filename == "<stdout>" or (not exc.filename and exc.errno in WRITE_ERRNOS)
