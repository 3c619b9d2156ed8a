"""The ``translit`` command: a click group whose subcommands are imported only when run.

Each subcommand lives in its own module of this package and only parses options, calls the
library and :mod:`translit.io`, and prints. Errors raised by the library become one-line
messages (``translit: error: …``) with exit code 2 (usage/fatal) or 1 (some inputs failed);
``--debug`` shows the traceback instead. Ctrl-C, SIGTERM and SIGHUP stop any command the same
way (:func:`~translit.cli.base.stop_signals`): one line, exit 130, 143 or 129. What the
commands share (messages, exit codes, stop signals, environment defaults) is
:mod:`translit.cli.base`, which they import, so that this package, which loads them by name,
and they form no circle.
"""

from __future__ import annotations

import atexit
import errno
import importlib
import io
import os
import sys
import threading
from typing import Any, NoReturn

try:  # (about 0.1 s, the console script's own import of this module: `translit` run
    import click  # from a shell and Ctrl-C at once printed a traceback of the import system)

    from .. import __version__
    from .base import (
        FAILED,
        cli_message,
        fail,
        interrupted_in,
        printable,
        read_env,
        reader_left,
        said,
        stdout_failed,
        stop_signals,
    )
    from .base import (
        OTHER_VARIABLES as OTHER_VARIABLES,  # (the tests' and the docs' list)
    )
except KeyboardInterrupt:  # Ctrl-C (or a stop signal) while the command line loads
    from ..io.stops import end_stopped

    end_stopped()

# command name -> (module, attribute, one-line help shown by `translit --help`)
COMMANDS: dict[str, tuple[str, str, str]] = {
    "romanize": (
        "translit.cli.romanize",
        "romanize",
        "Romanise Cyrillic text from files or stdin.",
    ),
    "schemes": ("translit.cli.schemes", "schemes", "List the romanisation schemes."),
    "normalize": (
        "translit.cli.normalize",
        "normalize",
        "Normalise Cyrillic text (Unicode, look-alikes, stress, old spelling).",
    ),
    "reverse": (
        "translit.cli.reverse",
        "reverse",
        "Turn romanised text back into Cyrillic (reversible schemes).",
    ),
    "detect": (
        "translit.cli.detect",
        "detect",
        "Detect the Cyrillic language of text, per line or in summary.",
    ),
    "verify": (
        "translit.cli.names",
        "verify",
        "Check that LATIN is a correct romanisation of CYRILLIC.",
    ),
    "name-key": ("translit.cli.names", "name_key", "Print cross-language matching keys of names."),
    "glossary": (
        "translit.cli.glossary",
        "glossary",
        "Look up, check, convert and apply terminology glossaries.",
    ),
}


def _version(ctx: click.Context) -> None:
    """``--version`` (click's own version_option looks up message catalogues on every start)."""
    if not ctx.resilient_parsing:
        click.echo(f"translit, version {__version__}")
        ctx.exit()


class LazyGroup(click.Group):
    """A group that lists commands from :data:`COMMANDS` and imports one only to run it."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        entry = COMMANDS.get(cmd_name)
        if entry is None:
            return None
        module, attr, _ = entry
        return read_env(getattr(importlib.import_module(module), attr), ctx, cmd_name)

    def make_context(self, *args: Any, **kwargs: Any) -> click.Context:
        """Parse the group's own options; Ctrl-C meanwhile is no "Aborted!" and exit 1 either
        (see :meth:`invoke`)."""
        try:
            return super().make_context(*args, **kwargs)
        except KeyboardInterrupt:
            interrupted_in(None)
        except click.UsageError as exc:
            raise _cut_usage(exc) from None

    def invoke(self, ctx: click.Context) -> Any:
        """Run the command; Ctrl-C outside a batch run (importing the command, loading a
        glossary, printing schemes) ends it as inside one: one line and exit 130, where click
        printed "Aborted!" and exited 1 (``--debug`` keeps the traceback). SIGTERM and SIGHUP
        stop every command so too (:func:`stop_signals`)."""
        try:
            with stop_signals():
                return super().invoke(ctx)
        except KeyboardInterrupt:
            interrupted_in(ctx)
        except click.UsageError as exc:  # (a subcommand's options, a command's name)
            raise _cut_usage(exc) from None

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows = [(name, COMMANDS[name][2]) for name in self.list_commands(ctx)]
        with formatter.section("Commands"):
            formatter.write_dl(rows)


#: the arguments of the command line being run (:func:`_main`)
_ARGS: list[str] = []


def _exists(name: str) -> bool:
    try:
        return os.path.lexists(name)
    except ValueError:  # (a NUL)
        return False


def _cut_usage(exc: click.UsageError) -> click.UsageError:
    """``exc`` with each line of its message shown as :func:`said` shows one, and for an option
    that is no option but a file's name (``translit romanize -x.txt``) how to name it."""
    message = exc.message
    if isinstance(exc, click.NoSuchOption):
        named = next((a for a in _ARGS if a.startswith(exc.option_name) and _exists(a)), None)
        if named is not None:
            name = printable(named)
            message = f"{message.rstrip('.')}; {name} is a file: name it after -- or as ./{name}"
    # (click's own messages quote what was typed as it was: "Got unexpected extra argument
    # (<ESC>]0;title<BEL>)" set the terminal's title; each line shown as every message is)
    lines = message.split("\n")
    vars(exc)["message"] = "\n".join(map(said, lines))
    return exc


@click.group(
    cls=LazyGroup,
    context_settings={
        "help_option_names": ["-h", "--help"],
        "max_content_width": 100,
        "auto_envvar_prefix": "TRANSLIT",
    },
    epilog="Run 'translit COMMAND --help' for the options and examples of a command. "
    "Exit codes: 0 done, 1 some inputs failed, 2 usage or fatal error, 130 Ctrl-C (143 "
    "SIGTERM, 129 SIGHUP: every command stops as on Ctrl-C). "
    "Defaults come from TRANSLIT_<COMMAND>_<OPTION> environment variables, OPTION being the "
    "long flag (e.g. TRANSLIT_ROMANIZE_SCHEME=wikipedia, TRANSLIT_ROMANIZE_FIELD=text) and TRANSLIT_JOBS, TRANSLIT_ENCODING, "
    "TRANSLIT_OUTPUT_ENCODING, TRANSLIT_ERRORS, TRANSLIT_CHUNK_SIZE (a record option so set, "
    "such as TRANSLIT_ROMANIZE_FIELD, is a warning for an input that does not read it, where "
    "the option typed is an error; a default waiting for the option it goes with, such as "
    "TRANSLIT_ROMANIZE_BACKUP without --in-place, is set aside with a warning); a "
    "TRANSLIT_ variable of a command that no option reads (TRANSLIT_ROMANIZE_SHEME) is a "
    "warning naming the one meant; TRANSLIT_PURE_PYTHON=1 "
    "runs without the C engine. "
    'Shell completion: eval "$(_TRANSLIT_COMPLETE=bash_source translit)" (or zsh_source, '
    "fish_source).",
)
@click.option(
    "--version",
    is_flag=True,
    expose_value=False,
    is_eager=True,
    callback=lambda ctx, _, value: _version(ctx) if value else None,
    help="Show the version and exit.",
)
@click.option("--debug", is_flag=True, help="Show full tracebacks on errors.")
@click.pass_context
def cli(ctx: click.Context, debug: bool) -> None:
    """Normalise and romanise Cyrillic text, names and acronyms; check and apply glossaries.

    \b
    Examples:
      translit romanize text.txt                 # BGN/PCGN, printed to stdout
      translit romanize -s wikipedia -o out.txt text.txt
      echo 'Юрий Гагарин' | translit romanize -s iso-9
      translit schemes --lang ru
    """
    ctx.obj = {"debug": debug}
    FAILED[0] = False  # (each invocation its own, a test runner's in one process too)


def _stdout_cannot_hold(exc: UnicodeEncodeError) -> str | None:
    """The encoding of standard output when it fails on what ``exc`` failed to encode as
    ``exc`` did (so ``exc`` is likely its), else None. (``exc.encoding`` is the codec's own
    name: "charmap" for the 8-bit code pages, cp1251, koi8-r, cp866, which was never taken for
    stdout's, and ``translit schemes`` under PYTHONIOENCODING=cp1251 ended in a traceback.)"""
    encoding = getattr(sys.stdout, "encoding", None) or ""
    try:
        exc.object[exc.start : exc.end].encode(encoding)
    except UnicodeEncodeError as again:
        return encoding if again.encoding == exc.encoding else None
    except (LookupError, TypeError):
        return None
    return None


class _ClosedStdout(io.TextIOBase):
    """Standard output when the process started without one (or with one it cannot write):
    writing to it is an error that names ``<stdout>``, never output dropped in silence."""

    def __init__(self, why: str = "standard output is closed") -> None:
        super().__init__()
        self.why = why

    @property
    def buffer(self) -> _ClosedStdout:
        return self

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        raise OSError(errno.EBADF, self.why, "<stdout>")

    def flush(self) -> None:
        pass


def main(argv: list[str] | None = None) -> Any:
    """The command line (the ``translit`` console script and ``python -m translit`` call it
    through :func:`translit.__main__.run`).

    Called without ``argv`` it is the program: it reads ``sys.argv`` and ends the process
    (:func:`leave`); with ``argv`` it raises ``SystemExit`` as click does, for callers that go on.
    """
    if argv is not None:
        return _main(argv)
    try:
        _main(sys.argv[1:])
        code: Any = 0
    except SystemExit as exc:
        code = exc.code
    except KeyboardInterrupt:  # between the guards: loading the error types, a message
        interrupted_in(None)
    leave(code)


def leave(code: Any) -> NoReturn:
    """End the program with ``code`` as ``sys.exit`` would, but after a success without the
    interpreter's teardown of every module and object (about 15 ms, a seventh of a small
    run, and the same on each run of a large one): the functions registered with
    :mod:`atexit` run and the standard streams are flushed, then ``os._exit``. Anything
    else (a failure, another thread still running, a stream that cannot be flushed, a
    profiler or tracer watching) leaves through ``sys.exit``, teardown included."""
    run_exit_functions = getattr(atexit, "_run_exitfuncs", None)
    watched = sys.getprofile() is not None or sys.gettrace() is not None  # cProfile, coverage
    if code not in (0, None) or run_exit_functions is None or threading.active_count() > 1:
        sys.exit(code)
    if watched:  # a profiler or tracer writes its results after the program returns
        sys.exit(code)
    run_exit_functions()
    try:
        for stream in (sys.stdout, sys.stderr):
            if stream is not None:
                stream.flush()
    except (OSError, ValueError):
        sys.exit(code)
    os._exit(0)


def _access(stream: Any) -> int | None:
    """How the descriptor of ``stream`` was opened (``os.O_RDONLY``, ``O_WRONLY``, ``O_RDWR``),
    None if nothing can tell (no stream, no descriptor, no fcntl)."""
    try:
        import fcntl

        return int(fcntl.fcntl(stream.fileno(), fcntl.F_GETFL) & os.O_ACCMODE)
    except (ImportError, AttributeError, OSError, ValueError):  # (io.UnsupportedOperation too)
        return None


def _main(args: list[str]) -> Any:
    from ..errors import TranslitError, describe

    debug = "--debug" in args
    _ARGS[:] = args
    if sys.stdout is None:  # started with stdout closed (`cmd >&-`): say so at the first write
        sys.stdout = _ClosedStdout()
    elif _access(sys.stdout) == os.O_RDONLY:  # (`1<file`: "Bad file descriptor" with no
        # file named, detect's blamed on its input)
        sys.stdout = _ClosedStdout(
            "standard output was opened for reading only; redirect it to a file or a pipe"
        )
    if _access(sys.stdin) == os.O_WRONLY:  # (`0>file`: "<stdin>: Bad file descriptor"; no text
        sys.stdin = None  # can come from it: it is told as closed, with what to do)
    if sys.stderr is None:  # started with stderr closed (`cmd 2>&-`): the messages go nowhere,
        # the exit code still tells; the null device takes descriptor 2, so no file opened
        # later (an output) takes it and gets what a worker or a C library writes there
        sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 (the process's)
    try:
        return cli.main(args=args, prog_name="translit", standalone_mode=True)
    except SystemExit as exc:
        if exc.code == 1 and type(sys.stdout).__name__.endswith("PacifyFlushWrapper"):
            # click's answer to EPIPE on stdout (`| head`): not an error here either
            sys.exit(1 if FAILED[0] else 0)
        raise
    except TranslitError as exc:
        if debug:
            raise
        fail(cli_message(exc), 2)
    except BrokenPipeError:  # e.g. `translit romanize big.txt | head`: not an error
        reader_left()
    except UnicodeEncodeError as exc:
        encoding = _stdout_cannot_hold(exc)
        if debug or encoding is None:
            raise
        bad = exc.object[exc.start : exc.end]
        fail(
            f"<stdout>: its encoding {encoding} cannot hold {bad!r}; set "
            "PYTHONIOENCODING=utf-8 (or a UTF-8 locale)",
            2,
        )
    except OSError as exc:
        if debug:
            raise
        where = getattr(exc, "filename", None)
        if stdout_failed(exc):
            where = "<stdout>"  # every file the commands write names itself in its errors
        fail(f"{where}: {exc.strerror or exc}" if where else f"{exc.strerror or exc}", 2)
    except KeyboardInterrupt:
        interrupted_in(None)  # (the traceback under --debug)
    except MemoryError as exc:  # no bug: a limit (ulimit -v, a cgroup) met
        if debug:
            raise
        fail(describe(exc), 2)
    except Exception as exc:  # a bug: one line, the traceback only with --debug
        if debug:
            raise
        if isinstance(exc.__cause__, KeyboardInterrupt):  # Python 3.11 wraps a Ctrl-C in a
            interrupted_in(None)  # __set_name__ (a class made while a module loads) so
        fail(f"internal error: {type(exc).__name__}: {exc} (run with --debug for details)", 2)
    return None
