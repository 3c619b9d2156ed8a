"""The options of a batch run: one frozen dataclass for the CLI, the library and Dask.

Each field is made by :func:`option`, whose metadata holds everything a command line needs:
its flags, help, choices, kind of value, environment variable and whether it changes the bytes
of an output (``key``). The CLI builds its click options from these fields
(:func:`translit.cli.options.click_options`), so a new option is one field here. The resume key
(:meth:`RunOptions.resume_key`) is derived from the ``key`` fields, so a new option that changes
outputs cannot be forgotten there; options that only say *where* results go or *how* the run is
shown (``jobs``, ``quiet``, ``out_dir``…) are left out on purpose, so ``--resume`` still works
with another ``-j``.

    >>> RunOptions(globs=("*.txt",)).clashes()[0].params
    ('globs', 'recursive')
    >>> RunOptions(jobs=1).resume_key("spec") == RunOptions(jobs=4).resume_key("spec")
    True
"""

from __future__ import annotations

import dataclasses
import operator
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields
from typing import Any

from .._record import Record
from ..errors import ParameterError, shown, want_bool

__all__ = [
    "CHUNK_SIZE",
    "ENGINES",
    "ERRORS",
    "FLAGS",
    "MAX_CHUNK_SIZE",
    "MIN_CHUNK_SIZE",
    "ON_ERROR",
    "RunOptions",
    "UsageError",
    "max_jobs",
    "option",
]

ON_ERROR = ("fail", "skip")
ERRORS = ("strict", "replace", "surrogateescape")
ENGINES = ("local", "dask")
#: The largest ``chunk_size``: a block is held several times in memory (bytes, text, result),
#: ``2 × jobs + 2`` blocks at once; ``--chunk-size 10G`` read a whole file into memory (a
#: 97 MB file took 254 MB, not 36 MB), and ``inf`` was an internal error.
MAX_CHUNK_SIZE = 1 << 26
#: The smallest ``--chunk-size`` the command line takes: a piece costs its reads, its cut
#: and its trip to a worker whatever it holds, and a line longer than the piece was looked
#: for a piece's worth of bytes at a time (``--chunk-size 1`` on 1 MB of 88-byte lines: 4.7 s
#: of CPU against 0.2 s with 4K or 256K, ``-j 1``, hostile35). The library's ``RunOptions``
#: takes any size of 1 byte or more: the tests cut small inputs in many places with it.
MIN_CHUNK_SIZE = 1 << 12
#: The default ``chunk_size``: a block, its text and its result (about 1.2 MB in all for
#: Russian) stay in a core's 2 MB level-2 cache. Measured with ``python -m bench.bench_jobs
#: --mb 100`` (2026-12-05, 2 cores, ``TRANSLIT_CHUNK_SIZE`` set): ``-j 2`` converted 172 MB/s
#: with 256K blocks against 160-166 with 1M (and ``-j 1`` 96-97 against 90-96); ``-j 2``
#: spent 4 % more CPU than ``-j 1`` with 256K against 7-8 % with 1M; 128K and 192K blocks cost
#: more per block than the cache gives back, 384K and 512K less than 256K.
CHUNK_SIZE = 1 << 18


def max_jobs() -> int:
    """The most processes ``jobs`` may ask for: four per CPU, at least 64 (``-j 100000`` forked
    until the open-file limit failed the input, "Too many open files").

    >>> max_jobs() >= 64
    True
    """
    return max(64, 4 * (os.cpu_count() or 1))


class UsageError(ParameterError):
    """Options or inputs that cannot work together (the CLI's exit code 2).

    ``params`` names the clashing :class:`RunOptions` fields; the message names them in
    backquotes, as every library message does (the CLI puts the flags there);
    :meth:`render` words it with other names.

    >>> e = UsageError("{0} needs {1}", ("globs", "recursive"))
    >>> str(e), e.render({"globs": "--glob", "recursive": "-r"})
    ('`globs` needs `recursive`', '--glob needs -r')
    """

    def __init__(self, message: str, params: tuple[str, ...] = ()) -> None:
        self.template = message
        self.params = params
        super().__init__(message.format(*(f"`{p}`" for p in params)) if params else message)

    def render(self, names: Mapping[str, str]) -> str:
        """The message with each parameter named by ``names`` (unknown ones keep their name)."""
        if not self.params:
            return str(self)
        return self.template.format(*(names.get(p, p) for p in self.params))


def option(
    default: Any,
    *flags: str,
    help: str | Callable[[], str],
    key: bool | None = None,
    metavar: str | None = None,
    choices: tuple[str, ...] | Callable[[], list[str]] | str | None = None,
    kind: str | None = None,
    env: str | None = None,
    shown: str | None = None,
    hidden: bool = False,
) -> Any:
    """A dataclass field that is also a command-line option: everything the CLI needs to
    build it is in the field's metadata, so a new option is one field.

    - ``flags``: the first is the one messages use (``-j``, ``--output``); ``--x/--no-x``
      makes a switch.
    - ``key`` (RunOptions): whether it changes the bytes of an output (the resume key).
    - ``choices`` and ``help`` may be functions, called only when ``--help`` or a value needs
      them; ``choices="formats"`` are the format registry's names, and ``{formats}`` and
      ``{codecs}`` in ``help`` its formats and compression suffixes (both read late).
    - ``kind``: ``"path"`` (a file or ``-``), ``"file"``, ``"dir"``, ``"size"`` (``64K``) or
      ``"chunk_size"`` (a size of at least :data:`MIN_CHUNK_SIZE`).
    - ``default``: ``dataclasses.MISSING`` makes a required field and option.
    - ``env``: an environment variable for the default; ``shown``: the default as ``--help``
      shows it (and as the command line parses it).
    - The type comes from the annotation: ``bool`` is a flag, ``tuple[str, ...]`` a repeatable
      option, ``int`` a number from 0.

    >>> from dataclasses import dataclass, fields
    >>> @dataclass(frozen=True)
    ... class Spec:
    ...     scheme: str = option("bgn-pcgn", "-s", "--scheme", help="Scheme id.")
    >>> fields(Spec)[0].metadata["flags"], Spec().scheme
    (('-s', '--scheme'), 'bgn-pcgn')
    """
    meta = {
        "flags": flags,
        "flag": flags[0],
        "key": key,
        "help": help,
        "metavar": metavar,
        "choices": choices,
        "kind": kind,
        "env": env,
        "shown": shown,
        "hidden": hidden,
    }
    return field(default=default, metadata=meta)


@dataclass(frozen=True, eq=False, repr=False)  # value methods: Record
class RunOptions(Record):
    """Every option of a batch run (see the module docstring; defaults are the CLI's).

    >>> opts = RunOptions(fields=("text",), out_dir="latin", jobs=2)
    >>> opts.format, opts.encoding, opts.replace(jobs=1).jobs
    ('auto', 'auto', 1)
    """

    # which inputs
    recursive: bool = option(
        False, "--recursive", "-r", key=False, help="Convert the files under directory inputs."
    )
    globs: tuple[str, ...] = option(
        (),
        "--glob",
        key=False,
        metavar="PATTERN",
        help="With --recursive, only files matching PATTERN (repeatable), e.g. '*.txt'.",
    )
    # where results go
    output: str | None = option(
        None,
        "--output",
        "-o",
        key=False,
        kind="path",
        help="Write everything to this file (atomically); default stdout.",
    )
    out_dir: str | None = option(
        None,
        "--out-dir",
        key=False,
        kind="dir",
        help="Write each result under DIR, mirroring the input tree.",
    )
    in_place: bool = option(
        False, "--in-place", key=False, help="Replace each input with its result."
    )
    backup: str | None = option(
        None,
        "--backup",
        key=False,
        metavar="SUFFIX",
        help="With --in-place, keep the original as FILE+SUFFIX (refused if that file exists).",
    )
    suffix: str | None = option(
        None,
        "--suffix",
        key=False,
        metavar="SUFFIX",
        help=(
            "Write a sibling file with SUFFIX, as given, before the extension "
            "(.lat: a.txt → a.lat.txt, d.csv.gz → d.lat.csv.gz; _lat: a_lat.txt)."
        ),
    )
    report: str | None = option(
        None,
        "--report-json",
        "--report",
        key=False,
        kind="file",
        help="Write the per-file results and the summary as JSON to FILE.",
    )
    # what is converted, and how the bytes are read and written
    format: str = option(
        "auto",
        "--format",
        key=True,
        choices="formats",
        help="Input format: {formats}; auto: from the extension (a {codecs} suffix is "
        "decompressed, and an output named so is compressed) and --field/--column.",
    )
    fields: tuple[str, ...] = option(
        (),
        "--field",
        key=True,
        metavar="NAME",
        help="JSONL: convert this field (repeatable; a.b for nested keys).",
    )
    columns: tuple[str, ...] = option(
        (),
        "--column",
        key=True,
        metavar="NAME|INDEX",
        help="CSV/TSV/Parquet: convert this column, by header name or 1-based index.",
    )
    add_fields: tuple[str, ...] = option(
        (),
        "--add-field",
        key=True,
        metavar="NAME",
        help="Write the result of each --field to a new key NAME beside it.",
    )
    add_columns: tuple[str, ...] = option(
        (),
        "--add-column",
        key=True,
        metavar="NAME",
        help="Write the result of each --column to a new column NAME beside it.",
    )
    delimiter: str | None = option(
        None, "--delimiter", key=True, metavar="CHAR", help="CSV delimiter (default: detected)."
    )
    quote: str | None = option(
        None,
        "--quote",
        key=True,
        metavar="CHAR",
        help="CSV quote character (default '\"'; TSV default: none). '' disables quoting.",
    )
    header: bool = option(
        True,
        "--header/--no-header",
        key=True,
        help="CSV/TSV: the first record is a header (left unchanged).",
    )
    encoding: str = option(
        "auto",
        "--encoding",
        key=True,
        env="TRANSLIT_ENCODING",
        help="Input encoding: auto (BOM, UTF-8, else detected) or a name (cp1251, koi8-r…).",
    )
    output_encoding: str = option(
        "utf-8",
        "--output-encoding",
        key=True,
        env="TRANSLIT_OUTPUT_ENCODING",
        help="Encoding of the output.",
    )
    errors: str = option(
        "strict",
        "--errors",
        key=True,
        choices=ERRORS,
        env="TRANSLIT_ERRORS",
        help="Undecodable input: fail the file, replace with U+FFFD, or pass bytes through.",
    )
    on_error: str = option(
        "fail",
        "--on-error",
        key=True,
        choices=ON_ERROR,
        help="A bad JSONL/CSV record: fail its file, or skip it (kept unchanged, listed with "
        "FILE:LINE in the summary and the report).",
    )
    # how the run goes and is shown
    jobs: int = option(
        0,
        "-j",
        "--jobs",
        key=False,
        env="TRANSLIT_JOBS",
        help="Processes converting: this one and N - 1 workers (0, the default: one per CPU). "
        "Output is identical for any number.",
    )
    chunk_size: int = option(
        CHUNK_SIZE,
        "--chunk-size",
        key=False,
        kind="chunk_size",
        env="TRANSLIT_CHUNK_SIZE",
        shown="256K",
        help="Bytes read per piece; large files are cut into pieces for the workers.",
    )
    resume: bool = option(
        False,
        "--resume",
        key=False,
        help="With --out-dir, skip inputs finished by an earlier run (see its manifest).",
    )
    quiet: bool = option(
        False, "--quiet", "-q", key=False, help="No progress bar, summary or warnings."
    )
    verbose: bool = option(
        False, "--verbose", "-v", key=False, help="List each file as it is done."
    )
    progress: bool | None = option(
        None,
        "--progress/--no-progress",
        key=False,
        help="Show the progress bar (default: when stderr is a terminal).",
    )
    debug: bool = option(False, "--debug", key=False, hidden=True, help="Show full tracebacks.")
    engine: str = option(
        "local",
        "--engine",
        key=False,
        choices=ENGINES,
        help="local: this machine's -j workers; dask: one task per file on a Dask cluster.",
    )
    scheduler: str | None = option(
        None,
        "--scheduler",
        key=False,
        metavar="ADDRESS|local",
        help="With --engine dask: a scheduler address (tcp://host:8786) or local (-j workers, "
        "the default).",
    )

    def __post_init__(self) -> None:
        """A value of the wrong type fails here, naming its field: ``globs="*.txt"`` was read one
        character at a time (a folder "matched none of '*', '.', 't', 'x', 't'"), and
        ``jobs="2"`` failed deep in the run ("'<' not supported between 'str' and 'int'"). A
        list of names is taken as a tuple.

        >>> RunOptions(globs=["*.txt"]).globs
        ('*.txt',)
        >>> RunOptions(globs="*.txt")
        Traceback (most recent call last):
        TypeError: `globs` is a tuple of str, not str ('*.txt'): write ('*.txt',)
        """
        for f in fields(self):
            value, kind = getattr(self, f.name), str(f.type)
            fixed = _typed(f.name, kind, value)
            if fixed is not value:
                object.__setattr__(self, f.name, fixed)
        if self.encoding != "auto" and self.encoding.strip().lower() == "auto":  # AUTO, Auto
            object.__setattr__(self, "encoding", "auto")

    @property
    def add(self) -> tuple[str, ...]:
        """The names of new keys or columns for results (``add_fields`` or ``add_columns``)."""
        return self.add_fields or self.add_columns

    def replace(self, **changes: Any) -> RunOptions:
        """A copy with ``changes``."""
        return dataclasses.replace(self, **changes)

    def reset(self, *names: str) -> RunOptions:
        """A copy with the options ``names`` back at their defaults.

        >>> RunOptions(fields=("t",), jobs=2).reset("fields").fields
        ()
        """
        defaults: dict[str, Any] = {f.name: f.default for f in fields(self) if f.name in names}
        return dataclasses.replace(self, **defaults)

    def resume_key(self, spec: Any) -> str:
        """A short hash of translit's version, ``spec`` and every option whose metadata says it
        changes outputs: a manifest written by another version (whose schemes may write other
        bytes) finishes nothing, so ``resume`` converts every input again."""
        import hashlib

        from .. import __version__

        parts = [f"translit {__version__}", repr(spec)]
        for f in fields(self):
            if f.metadata["key"]:
                parts.append(f"{f.name}={getattr(self, f.name)!r}")
        data = "\x00".join(parts).encode("utf-8", "surrogatepass")
        return hashlib.sha256(data).hexdigest()[:16]

    def clashes(self) -> list[UsageError]:
        """Every pair of options that contradict each other (empty when they fit)."""
        out: list[UsageError] = []

        def clash(message: str, *params: str) -> None:
            out.append(UsageError(message, params))

        # '' is falsy: --out-dir '' wrote to stdout, --report '' wrote no report, -o '' failed
        # as "<stdout>: No such file or directory" with exit 1
        for name, what in (("output", "file"), ("out_dir", "folder"), ("report", "file")):
            if getattr(self, name) == "":
                clash(f"{{0}} names a {what}, not '' (leave {{0}} out for the default)", name)
        if self.report == "-":  # (it wrote a file named "-"; stdout holds the output)
            clash("{0} names a file, not '-' (the output goes to stdout): e.g. run.json", "report")
        if self.out_dir == "-":  # (it made a folder named "-")
            clash("{0} names a folder, not '-' (leave {0} out to write to stdout)", "out_dir")
        # where outputs go: one way (-o - too: stdout; with --out-dir it was ignored); the
        # clash names the options given, so an environment default yields to a typed one (CLI)
        ways = [n for n in ("output", "out_dir", "in_place") if getattr(self, n) not in _UNSET]
        if len(ways) > 1:
            names = [f"{{{k}}}" for k in range(len(ways))]
            clash(f"give only one of {', '.join(names[:-1])} and {names[-1]}", *ways)
        if self.suffix and (self.output not in _UNSET or self.in_place):
            other = "output" if self.output not in _UNSET else "in_place"
            clash("{0} goes with {1} or alone, not with {2}", "suffix", "out_dir", other)
        if self.globs and not self.recursive:
            clash(
                "{0} filters the files found under directories: it needs {1}", "globs", "recursive"
            )
        if self.add_fields and not self.fields:
            clash("{0} names where each {1} result goes: give {1} too", "add_fields", "fields")
        if self.add_columns and not self.columns:
            clash("{0} names where each {1} result goes: give {1} too", "add_columns", "columns")
        for name in ("add_fields", "add_columns"):  # two results, one place: one was lost
            names = getattr(self, name)
            if any(not n.strip() for n in names):  # (a key "" or a header cell "", in silence)
                blank = next(n for n in names if not n.strip())
                clash(f"{{0}} names the new key or column, not {_lit(blank)}", name)
            if len(set(names)) != len(names):
                twice = next(n for n in names if names.count(n) > 1)
                clash(f"{{0}} names {_lit(twice)} twice: give each result its own", name)
        if self.fields and self.columns:
            clash(  # (a folder of both: the message said nothing of what to do)
                "{0} (JSONL) and {1} (CSV/TSV/Parquet) cannot go together: convert the JSONL "
                "and the CSV files in two runs, one with {0}, one with {1} (a folder's: "
                "{2} with {3} '*.jsonl*', then with {3} '*.csv*')",
                "fields",
                "columns",
                "recursive",
                "globs",
            )
        if self.scheduler == "":  # (it ran on a local cluster)
            clash("{0} is an address (tcp://host:8786) or local, not ''", "scheduler")
        if self.scheduler is not None and self.engine != "dask":
            clash("{0} is only used with {1} dask", "scheduler", "engine")
        if self.resume and not self.out_dir:
            clash("{0} needs {1} (the manifest lives there)", "resume", "out_dir")
        if self.backup and not self.in_place:
            clash("{0} goes with {1}", "backup", "in_place")
        # (-q -v listed each file all the same; -q --progress drew no bar: one was ignored)
        if self.quiet and self.verbose:
            clash("{0} and {1} contradict each other: give one", "quiet", "verbose")
        if self.quiet and self.progress:
            clash("{0} hides the progress bar {1} asks for: give one", "quiet", "progress")
        if self.chunk_size < 1:  # read(0) is b"": the input ended after its first 64 KB
            clash(f"{{0}} must be a positive number of bytes, not {self.chunk_size}", "chunk_size")
        elif self.chunk_size > MAX_CHUNK_SIZE:
            clash(
                f"{{0}} is at most {MAX_CHUNK_SIZE >> 20}M (each block is held in memory "
                f"several times over), not {self.chunk_size:,} bytes; the default is 256K",
                "chunk_size",
            )
        if self.jobs < 0:
            clash(f"{{0}} must be 0 (one per CPU) or more, not {self.jobs}", "jobs")
        elif self.jobs > max_jobs():
            clash(
                f"{{0}} is at most {max_jobs()} here (4 processes per CPU; more only compete "
                f"for the CPUs and the open files), not {self.jobs}; 0 is one per CPU",
                "jobs",
            )
        for name in ("output", "out_dir", "report", "backup", "suffix"):
            value = getattr(self, name)
            if isinstance(value, str) and not _file_name(value):  # (a library caller's: ValueError
                clash(  # "embedded null byte" or a UnicodeEncodeError, blamed on the input)
                    f"{{0}} {_lit(value)} cannot be a file name here (a NUL, or a character "
                    "the file system's encoding cannot hold)",
                    name,
                )
        for name in ("backup", "suffix"):  # '' wrote no backup; '/x' wrote into a new folder
            value = getattr(self, name)
            if value is not None and (not value or "/" in value or os.sep in value):
                clash(f"{{0}} is added to a file name (e.g. .orig), not {_lit(value)}", name)
        delimiter, quote = self.delimiter or "", self.quote or ""
        if len(delimiter) > 1 or delimiter in ("\r", "\n"):  # ('' and None: detected)
            clash(f"{{0}} is one character (not a line break), not {_lit(delimiter)}", "delimiter")
        if len(quote) > 1 or quote in ("\r", "\n"):  # ('' disables quoting)
            clash(f"{{0}} is one character (not a line break) or '', not {_lit(quote)}", "quote")
        elif quote and quote == delimiter:
            clash(f"{{0}} and {{1}} are the same character, {_lit(quote)}", "quote", "delimiter")
        if self.on_error not in ON_ERROR:
            clash(
                f"{{0}} must be one of {', '.join(ON_ERROR)}, not {_lit(self.on_error)}", "on_error"
            )
        if self.errors not in ERRORS:
            clash(
                f"{{0}} must be strict, replace or surrogateescape, not {_lit(self.errors)}",
                "errors",
            )
        return out

    def check(self) -> None:
        """Raise the first of :meth:`clashes` as a :class:`UsageError`."""
        found = self.clashes()
        if found:
            raise found[0]


#: the options that name a file or a folder
_PATHS = frozenset({"output", "out_dir", "report", "backup"})
#: values of an output option that send nothing anywhere ('' is refused on its own)
_UNSET = (None, False, "")


def _typed(name: str, kind: str, value: Any) -> Any:
    """``value`` of field ``name`` as its type ``kind``: a list as a tuple, a path object as
    its str, an integer type (numpy's) as an int, 0 and 1 (numpy's bool) as a bool; a
    ``TypeError`` naming the field otherwise."""
    if kind == "tuple[str, ...]":
        if isinstance(value, str):
            raise TypeError(f"`{name}` is a tuple of str, not str ({value!r:.40}): write ({value!r:.40},)")  # fmt: skip
        if isinstance(value, list):
            value = tuple(value)
        if not isinstance(value, tuple) or not all(isinstance(v, str) for v in value):
            raise TypeError(f"`{name}` is a tuple of str, not {value!r:.60}")
    elif kind == "int":
        if isinstance(value, bool) or not hasattr(value, "__index__"):
            raise TypeError(f"`{name}` is an int, not {type(value).__name__} ({value!r:.40})")
        value = operator.index(value)
    elif kind in ("bool", "bool | None"):  # ("false" and "no" are true: quiet="false" was quiet)
        if value is None and kind != "bool":
            return value
        value = want_bool(value, name, kind)
    elif kind in ("str", "str | None"):
        if isinstance(value, os.PathLike) or (isinstance(value, bytes) and name in _PATHS):
            value = os.fsdecode(value)  # (bytes: a path as run() takes its sources)
        if not (isinstance(value, str) or (value is None and kind != "str")):
            raise TypeError(f"`{name}` is a {kind}, not {type(value).__name__} ({value!r:.40})")
    return value


def _file_name(value: str) -> bool:
    """Whether ``value`` can name a file: no NUL, and every character one the file system's
    encoding holds (an undecodable byte read from it, ``\\udcff``, is one).

    >>> _file_name("out/a.txt"), _file_name("a\\x00"), _file_name("a\\ud800")
    (True, False, False)
    """
    try:
        return b"\0" not in os.fsencode(value)
    except UnicodeError:
        return False


def _lit(value: Any) -> str:
    """``repr(value)`` (:func:`~translit.errors.shown`: a long one cut) safe inside a
    :class:`UsageError` template."""
    return shown(value).replace("{", "{{").replace("}", "}}")


def _given(f: Any) -> str:
    """The flag that gives option ``f`` a value other than its default: of an on/off pair
    (``--header/--no-header``, on by default), the one that turns it off."""
    flag = str(f.metadata["flag"])
    on, _, off = flag.partition("/")
    return off if off and f.default is True else on


#: The command-line flag that sets each option, e.g. ``FLAGS["globs"] == "--glob"``,
#: ``FLAGS["header"] == "--no-header"`` (the header is read by default).
FLAGS: dict[str, str] = {f.name: _given(f) for f in fields(RunOptions)}
