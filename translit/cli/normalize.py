"""``translit normalize``: repair Unicode form, look-alikes, stress marks, old spelling, typography.

Only parses options; :func:`translit.normalization.normalize` does the work and :mod:`translit.io`
the reading and writing, so every input/output option of ``romanize`` works here too. With
``--report`` nothing is written: each change is listed as ``FILE:LINE:COL: rule: 'before' ->
'after'`` on stdout for review (plain text inputs). The per-file JSON results of a batch are
``--report-json FILE`` here, because ``--report`` is the change listing.
"""

from __future__ import annotations

import itertools
import sys
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import click

from .options import Choice, io_options, run_io, split_io, yields

if TYPE_CHECKING:  # pragma: no cover
    from ..io.options import RunOptions

__all__ = ["Normalize", "NormalizeSpec", "normalize"]

_OPTION_NAMES = (
    "mojibake",
    "form",
    "homoglyphs",
    "stress",
    "old_orthography",
    "yo",
    "quotes",
    "dashes",
    "spaces",
)


@dataclass(frozen=True)
class Normalize:
    """The bound transform: normalise a block of whole lines (picklable, for workers)."""

    options: tuple[tuple[str, Any], ...]
    lang: str | None = None

    @property
    def separable(self) -> bool:
        """NUL is a boundary for every repair, so a block's values are normalised in one call;
        not when the language is left to detection (it would look at the values together)."""
        return self.lang is not None

    @property
    def info(self) -> dict[str, Any]:
        """What the per-file report records about this file."""
        return {"lang": self.lang} if self.lang else {}

    def __call__(self, text: str) -> str:
        from ..normalization import normalize as normalize_text

        return normalize_text(text, lang=self.lang, **dict(self.options))


@dataclass(frozen=True)
class NormalizeSpec:
    """Options of a run; with ``lang="auto"`` :meth:`bind` detects the language per file."""

    options: tuple[tuple[str, Any], ...]
    lang: str = "auto"

    @property
    def whole_lines(self) -> bool:
        """With mojibake repair, never cut a line: a short run (``Ð¸``, и) is repaired only on
        a line that holds a run sure to be mojibake, and a long line cut into blocks was decided
        block by block (by where the cuts fell, not by the line, as ``normalize`` decides it).
        Deciding once per line rather than on a window keeps the CLI's result the API's; the
        cost is a long line held whole, as glossary apply holds it."""
        return bool(dict(self.options).get("mojibake", True))

    #: a line past 64 MiB is cut there all the same (its repair decided in pieces), as it was
    #: converted before lines were read whole, rather than failing its input
    forced_cut = True

    def bind(self, sample: str) -> Normalize:
        """The transform for a file whose first block's text is ``sample``."""
        lang: str | None = self.lang
        if lang == "auto":
            from ..normalization import language_of

            lang = language_of(sample) if sample else None
        return Normalize(self.options, lang)


#: the batch options ``--report`` reads (the rest, given, are refused)
_REPORT_READS = frozenset(
    {"recursive", "globs", "encoding", "errors", "chunk_size", "format"}
    | {"quiet", "progress", "verbose", "debug"}
)


def _report_wins(io: dict[str, Any]) -> bool:
    """Whether ``--report`` stays, given the options in ``io`` that clash with it (see
    :func:`~translit.cli.options.yields`): the outputs (it writes nothing), the record options
    (it lists plain text), and the rest it does not read when typed (``-j 2``; a default such
    as ``TRANSLIT_JOBS`` is meant for other runs)."""
    from dataclasses import fields

    from ..io.options import FLAGS, RunOptions
    from ..io.runner import record_options
    from .base import given

    writes = ("in_place", "output", "out_dir", "suffix", "report")
    clashes = {}
    for f in fields(RunOptions):
        name, flag, value = f.name, FLAGS[f.name], io.get(f.name, f.default)
        if name in _REPORT_READS - {"format"} or value in (f.default, "text"):
            continue
        if name in writes:
            why = (
                f"--report writes nothing (it lists the changes on stdout), so it clashes with "
                f"{flag}; run without --report to write the results"
            )
        elif name in ("format", "fields", "columns"):
            why = f"--report lists changes in plain text inputs only: drop {flag}"
        elif name in record_options() or given(name):  # -j 2, --on-error skip … were ignored
            why = (
                f"--report lists the changes of one file after another on stdout, so {flag} "
                "does not apply; drop it, or run without --report"
            )
        else:
            continue
        clashes[name] = (flag, why)
    return yields("list_changes", clashes, io, "--report, which lists the changes of plain text")


def _report(spec: NormalizeSpec, files: tuple[str, ...], io: RunOptions) -> int:
    """List the changes of plain-text inputs as FILE:LINE:COL lines; return the exit code."""
    from ..errors import TranslitError
    from ..io.formats.text import Text
    from ..io.inputs import plan
    from ..io.reading import Reading
    from ..io.textio import InputError, open_source
    from ..normalization import normalize_report
    from ..script import line_ends, line_start
    from .base import flags, input_failed, interrupted, printable, stdout_failed, tell, warner

    jobs = plan(files, recursive=io.recursive, globs=io.globs)
    failed = 0
    out = sys.stdout
    for job in jobs:
        name = job.display
        listed = printable(name)  # one line per change, whatever the file's name holds
        if job.error:  # found while planning: a folder with nothing to convert, or unlisted
            failed += 1
            input_failed(f"{name}: {flags(job.error)}")
            continue
        if job.passed:  # a link to no file in the tree
            tell(f"translit: warning: {name}: {job.passed}")
            continue
        line_base, col_base = 0, 0
        try:
            with open_source(
                job.source, io.encoding, io.errors, warn=warner(name, io.quiet)
            ) as src:
                # (read as the runner reads plain text: blocks cut where the text format cuts)
                first, rest = Reading(src, Text().for_spec(spec)).text_blocks(io.chunk_size)
                bound = spec.bind(first.sample())
                for block in itertools.chain((first.text,), rest):
                    for c in normalize_report(block, lang=bound.lang, **dict(spec.options)):
                        col = c.column + (col_base if c.line == 1 else 0)
                        out.write(
                            f"{listed}:{line_base + c.line}:{col}: {c.rule}: "
                            f"{c.before!r} -> {c.after!r}\n"
                        )
                    newlines = line_ends(block)
                    tail = len(block) - line_start(block, len(block))
                    col_base = tail if newlines else col_base + tail
                    line_base += newlines
        except KeyboardInterrupt:  # (Ctrl-C, SIGTERM, SIGHUP): the listing read as complete
            interrupted(
                f"stopped in {name} after line {line_base}; the changes after it are not all listed"
            )
        except InputError as exc:
            failed += 1
            where = f"{name}:{exc.line}" if exc.line else name
            input_failed(f"{where}: {flags(exc.message)}")
        except OSError as exc:
            if stdout_failed(exc):
                raise  # stdout is full or its reader left (`| head`), not the input's fault
            failed += 1
            input_failed(f"{name}: {exc.strerror or exc}")
        except TranslitError as exc:  # e.g. binary data (EncodingError)
            failed += 1
            input_failed(f"{name}: {flags(str(exc))}")
    out.flush()
    return 1 if failed else 0


@click.command()
@click.option(
    "--mojibake/--no-mojibake",
    default=True,
    show_default=True,
    help="Read text decoded in the wrong encoding and saved so (mojibake) right: "
    "ÐŸÐµÑ‚ÐµÑ€Ð±ÑƒÑ€Ð³, РџРµС‚РµСЂР±СѓСЂРі, Ïåòåðáóðã, рЕФЕТВХТЗ → Петербург.",
)
@click.option(
    "--form",
    type=Choice(["NFC", "NFD", "NFKC", "NFKD", "none"]),
    default="NFC",
    show_default=True,
    help="Unicode normalisation form (none: leave it).",
)
@click.option(
    "--homoglyphs/--no-homoglyphs",
    default=True,
    show_default=True,
    help="Repair Latin look-alikes in Cyrillic words and the reverse (PОА → РОА).",
)
@click.option(
    "--stress",
    type=Choice(["strip", "keep"]),
    default="strip",
    show_default=True,
    help="Stress marks (U+0301, U+0300) on Cyrillic vowels; й and ё are never touched.",
)
@click.option(
    "--old-orthography/--no-old-orthography",
    default=False,
    show_default=True,
    help="Pre-1918 Russian spelling to modern (ѣ→е, і→и, ѳ→ф, ѵ→и, final ъ dropped).",
)
@click.option(
    "--yo",
    type=Choice(["keep", "fold"]),
    default="keep",
    show_default=True,
    help="Keep ё or fold it to е.",
)
@click.option(
    "--quotes",
    metavar="STYLE",
    help="Double quotes to one style: guillemets, german, english, ascii, or two characters.",
)
@click.option("--dashes", metavar="STYLE", help="Dashes to one style: em, en, hyphen, or a char.")
@click.option(
    "--spaces/--no-spaces",
    default=False,
    show_default=True,
    help="No-break and other special spaces to plain spaces; soft hyphens removed.",
)
@click.option(
    "-l",
    "--lang",
    default="auto",
    show_default=True,
    help="Language of the text (matters for old spelling); auto: detected once per file.",
)
@click.option(
    "--report",
    "list_changes",
    is_flag=True,
    help="Write nothing; list each change as FILE:LINE:COL: rule: 'before' -> 'after'.",
)
@io_options(drop=("--report",))
def normalize(files: tuple[str, ...], **kwargs: Any) -> None:
    """Normalise Cyrillic text from FILES (or stdin when none or '-').

    Each repair is its own option; line endings and everything not repaired are kept exactly.

    \b
    Examples:
      translit normalize scan.txt -o clean.txt
      translit normalize --old-orthography --yo fold emigre.txt
      translit normalize --report article.txt          # review the changes first
      translit normalize -r corpus/ --out-dir clean/ --encoding auto -j 4
      translit normalize --field text data.jsonl > clean.jsonl
    """
    io = split_io(kwargs)
    from ..api import LANG_WORDS
    from ..normalization import normalize as normalize_text
    from .base import cli_message, fail, language

    # -l xx was silent, and -l AUTO, read as a language, turned the detection off
    lang = language(kwargs["lang"], tuple(w for w in LANG_WORDS if w != "auto-line"))

    options = {k: kwargs[k] for k in _OPTION_NAMES}
    if options["form"] and options["form"].lower() == "none":
        options["form"] = None
    elif options["form"]:
        options["form"] = options["form"].upper()
    try:
        normalize_text("", **options)  # validates every option value
    except ValueError as exc:
        fail(cli_message(exc))
    spec = NormalizeSpec(tuple(options.items()), lang)
    if kwargs["list_changes"] and _report_wins(io):
        from ..io.inputs import UsageError
        from ..io.runner import check_encodings
        from .options import make_options

        try:
            opts = make_options(io)
            opts.check()
            check_encodings(opts.encoding)
        except UsageError as exc:
            fail(cli_message(exc))
        try:
            sys.exit(_report(spec, files, opts))
        except UsageError as exc:
            fail(cli_message(exc))
    run_io(spec, files, io)
