"""``translit glossary``: look up, check, convert, apply and count terminology glossaries.

Every subcommand parses options, calls :mod:`translit.glossary` and prints; no rule lives here.
Without ``--glossary`` the shipped glossaries (``glossaries/*.tbx`` and ``*.csv``) are used.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from typing import Any, NoReturn

import click

from ..errors import shown, with_flags
from .base import (
    EnvGroup,
    fail,
    from_env,
    given,
    input_failed,
    input_said,
    printable,
    set_aside,
    tell,
    tsv_escaped,
    typed,
    unused,
    wanted_encoding,
    warner,
)
from .options import Choice, io_options, path, plural, run_io, run_option, split_io

_GLOSSARY_OPT = click.option(
    "-g",
    "--glossary",
    "glossaries",
    multiple=True,
    type=path(dir_okay=False),
    help="Glossary file (repeatable; default: the shipped glossaries).",
)
#: the formats read and written (translit.glossary.files.FORMATS and WRITTEN, not imported
#: here: the CLI loads no glossary module before a command runs; tests/test_glossary_xlsx.py
#: checks they agree)
_FORMAT_CHOICES = Choice(["tbx", "csv", "tsv", "po", "pot", "xlsx", "multiterm"])
_WRITE_CHOICES = Choice(["tbx", "csv", "tsv", "po", "pot", "xlsx", "multiterm"])
#: the format of the -g files of lookup and apply (a FIFO, /dev/stdin or an unusual name has
#: no extension to tell it by)
_GLOSSARY_FORMAT_OPT = click.option(
    "--glossary-format",
    "glossary_format",
    type=_FORMAT_CHOICES,
    help="Format of the -g files (default: their extension).",
)
_NO_INFLECT_OPT = click.option(
    "--no-inflect",
    is_flag=True,
    help="Do not match case forms (Russian, Ukrainian, German) or plurals (German, French, English).",
)
_SHEET_OPT = click.option(
    "--sheet", help="XLSX: the sheet to read, by name (default: the first sheet)."
)


def _out(text: str) -> None:
    """Print ``text`` as UTF-8; a file name that is not UTF-8 (its bytes held as lone
    surrogates by Python) is written as the bytes it has, as ``click.echo`` writes it."""
    from ..io.sinks import write_all

    sys.stdout.flush()
    write_all(sys.stdout.buffer, text.encode("utf-8", "surrogateescape"))
    sys.stdout.buffer.flush()


def _json(value: Any, indent: int) -> str:
    """``value`` as JSON that UTF-8 can hold (file names that are not UTF-8 escaped)."""
    from ..io.results import json_text

    return json_text(value, indent=indent)


def _warn(message: str) -> None:
    tell(f"translit: warning: {message}")


_LANG_OPTS = [
    click.option(
        "--source-lang",
        help="Source language of glossary files that do not say it (OmegaT, Weblate, Transifex, "
        "PO); "
        "default: detected from a Cyrillic source column.",
    ),
    click.option(
        "--target-lang",
        help="Target language of such files (apply: default --target).",
    ),
]


def _lang_options(f: Any) -> Any:
    for opt in reversed(_LANG_OPTS):
        f = opt(f)
    return f


def _load_many(
    paths: tuple[str, ...],
    source_lang: str | None = None,
    target_lang: str | None = None,
    *,
    quiet: bool = False,
    fmt: str | None = None,
    flag: str = "--glossary-format",
    stdin: bool = True,
) -> Any:
    """The glossaries merged (default: the shipped ones), each read as ``fmt`` (None: by its
    extension; a file without one is refused naming ``flag``); ``-`` is standard input where
    ``stdin`` allows it (not for apply, whose text comes from there); their warnings go to
    stderr."""
    from ..errors import GlossaryError, ParameterError, with_flags
    from ..glossary import load
    from ..glossary.files import format_of, shipped
    from ..glossary.model import Glossary

    if not paths:
        return shipped()
    # one file named twice (-g a.tbx -g ./a.tbx) is read once: merged twice, every lookup
    # result came twice
    first: dict[str, str] = {}
    for p in paths:
        first.setdefault(os.path.realpath(p), p)
    paths = tuple(first.values())
    g = Glossary(path=paths[0])
    try:
        for p in paths:
            langs = {"source_lang": source_lang, "target_lang": target_lang}
            if p == "-":
                one = _stdin_glossary(fmt, flag, stdin, **langs)
            else:
                if fmt is None and os.path.exists(p):  # (a missing file: load() says so)
                    format_of(p, hint=f"give it with {flag}")
                one = load(p, fmt, **langs)
            if not quiet:
                for w in one.warnings:
                    _warn(w)
            g = g.merge(one)
    except GlossaryError as exc:
        fail(str(exc))
    except ParameterError as exc:  # --source-lang 'e n'
        fail(with_flags(str(exc)))
    except OSError as exc:
        fail(f"{exc.filename}: {exc.strerror}")
    return g


def _stdin_glossary(fmt: str | None, flag: str, allowed: bool, **options: Any) -> Any:
    """The glossary on standard input (``-g -``), or a usage error: it has no name to tell its
    format by, and apply reads its text from there."""
    from ..glossary.files import read

    if not allowed:
        fail("-g -: standard input holds the text apply reads; give the glossary as a file")
    if fmt is None:
        fail(
            "-: a glossary read from standard input has no name to tell its format by; give it "
            f"with {flag}"
        )
    if sys.stdin is None:  # (check, stats, lookup: "internal error: AttributeError")
        fail(_STDIN_CLOSED)
    return read(sys.stdin.buffer, fmt, "<stdin>", **options)


#: standard input when the process started with it closed (`<&-`) or write-only (`0>file`)
_STDIN_CLOSED = "-: standard input is closed: name the glossary file, or pipe it in"


def _stdin_bytes() -> bytes:
    """Standard input's bytes, up to a glossary file's limit (a usage error beyond it, or
    when it is closed)."""
    from ..errors import size_said
    from ..glossary.files import MAX_BYTES

    if sys.stdin is None:  # (started with it closed: `<&-`)
        fail(_STDIN_CLOSED)
    data = sys.stdin.buffer.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        fail(
            f"<stdin>: glossary larger than {size_said(MAX_BYTES)}; refused (split it into smaller ones)"
        )
    return data


def _target_lang(
    target_lang: str | None, target: str | None, source_lang: str | None = None
) -> str | None:
    """The target language of bilingual files: ``--target-lang``, else ``--target`` when it is a
    language tag (``-t xx`` is warned about as a language no term is in, not refused as a
    ``--target-lang`` never typed) other than ``--source-lang``: an English→Ukrainian OmegaT
    glossary applied to Ukrainian text (``--source-lang en --target en``) had both its columns
    read as English, and nothing was found; its Cyrillic column is detected instead.

    >>> _target_lang(None, "en", "en") is None, _target_lang(None, "en", "uk")
    (True, 'en')
    """
    if target_lang is not None or target is None:
        return target_lang
    from ..glossary.model import norm_tag, valid_tag

    if not valid_tag(target) or (source_lang and norm_tag(source_lang) == norm_tag(target)):
        return None
    return target


def _refuse_empty_target(target: str | None) -> None:
    """``-t ''`` showed no target term (lookup) or matched the empty language (apply): exit 2."""
    if target is not None and not target.strip():
        fail(f"-t/--target names a language (fr, de, en, ru…), not {shown(target)}")


def _warn_missing_langs(g: Any, target: str, langs: tuple[str, ...] = ()) -> None:
    """Warn about a ``target`` (or a ``--lang`` of ``langs``) no term of ``g`` is in: a typo
    (``--lang xx``) matched nothing, silently, with exit 0."""
    from ..glossary.model import primary

    have = sorted({t.lang for c in g.concepts for t in c.terms})
    listed = ", ".join(have) or "none"
    if not any(c.terms_in(target) for c in g.concepts):
        _warn(
            f"no glossary term in the target language {shown(target)} (the glossary has: "
            f"{listed}), so no term found has one: give -t one of those, or -g a glossary with "
            "terms in it"
        )
    primaries = {primary(tag) for tag in have}
    for lang in dict.fromkeys(langs):
        if primary(lang) not in primaries:
            _warn(
                f"--lang {shown(lang)}: no glossary term in that language, so no term is matched "
                f"for it (the glossary has: {listed}): give --lang one of those, or drop it"
            )


@click.group(cls=EnvGroup, context_settings={"help_option_names": ["-h", "--help"]})
def glossary() -> None:
    """Look up, check, convert and apply FR/DE/RU/EN terminology glossaries (TBX, CSV, PO, XLSX);
    check a translation against them (qa).

    \b
    Examples:
      translit glossary lookup "вс Конр" --target fr --json
      translit glossary check my.tbx
      translit glossary convert terms.csv terms.tbx
      translit glossary apply text.txt --target de --mode annotate
      translit glossary stats glossaries/ww2-roa.tbx
      translit glossary qa pairs.tsv --source-lang ru -t fr
    """


@glossary.command()
@click.argument("term", callback=typed)
@_GLOSSARY_OPT
@_GLOSSARY_FORMAT_OPT
@click.option("-t", "--target", help="Language whose preferred term to show (fr, de, en, ru…).")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@run_option("encoding")
@_lang_options
def lookup(  # noqa: PLR0917 - one parameter per click option
    term: str,
    glossaries: tuple[str, ...],
    glossary_format: str | None,
    target: str | None,
    as_json: bool,
    encoding: str,
    source_lang: str | None,
    target_lang: str | None,
) -> None:
    """Find the concepts TERM designates: exact, any case, inflected, romanised, look-alikes.

    TERM '-': each line of stdin is a term (blank lines skipped, read in --encoding), each
    output line starts with it and a tab, a tab in it written \\t and a backslash \\\\ (--json:
    one object per term, its "term" and "matches").

    Exit code 1 when nothing matches a term (and a message on stderr says so).

    \b
    Examples:
      translit glossary lookup Vlasovtsy --target de
      translit glossary lookup "вс Конр" --target fr --json
      printf 'РОА\\ngoulags\\n' | translit glossary lookup - -t de
    """
    from ..glossary.search import lookup
    from ..script import drop_invisible

    if not drop_invisible(term).strip():  # (exit 1, "no concept matches ''", read as a search
        fail(f"TERM is {shown(term)}: give a word or more to look up")  # that found nothing)
    if term == "-" and "-" in glossaries:
        fail("TERM -: standard input holds the glossary (-g -); give the terms as an argument")
    _refuse_empty_target(target)
    if term != "-":  # (it was accepted and unused)
        unused("encoding", "--encoding reads the terms of standard input (TERM -), and there "
               "are none", "give TERM - and pipe the terms in, or drop --encoding")  # fmt: skip
    if term == "-":  # (an encoding set aside, or shared and not read, is not checked)
        encoding = wanted_encoding(encoding)
    g = _load_many(
        glossaries, source_lang, _target_lang(target_lang, target, source_lang), fmt=glossary_format
    )
    if target:
        _warn_missing_langs(g, target)
    terms = _stdin_terms(encoding) if term == "-" else [term]
    batch = term == "-"
    found: list[dict[str, Any]] = []
    missed = False
    for one in terms:
        matches = lookup(g, one, target=target)
        if as_json:
            found.append({"term": one, "matches": [m.to_dict() for m in matches]})
        for m in [] if as_json else matches:
            tgt = f"\t{m.target.text}" if m.target else ("\t-" if target else "")
            why = "" if m.term.status in ("preferred", "admitted") else f", {m.term.status}"
            lead = f"{tsv_escaped(one)}\t" if batch else ""
            _out(f"{lead}{m.concept.id}\t{m.reason}\t{m.term.text} ({m.term.lang}{why}){tgt}\n")
        if not matches:
            n = len(g.concepts)
            click.echo(
                f"translit: no concept of the glossary ({plural(n, 'concept')}) matches "
                f"{shown(one)}",
                err=True,
            )
            missed = True
    if as_json:
        _out(_json(found if batch else found[0]["matches"], indent=1) + "\n")
    if missed:
        sys.exit(1)


def _stdin_terms(encoding: str) -> list[str]:
    """The terms of ``glossary lookup -``: each line of standard input that holds a word (it
    looked up the term "-" and found nothing), read as detect and name-key read it."""
    from ..io.textio import InputError
    from ..script import drop_invisible
    from .detect import input_lines

    if sys.stdin is None:  # (started with it closed: `<&-`)
        fail("-: standard input is closed: pipe the terms in, one a line, or give TERM")
    try:
        terms = [
            line for line in input_lines("-", encoding, warner("-")) if drop_invisible(line).strip()
        ]
    except InputError as exc:
        where = f"<stdin>:{exc.line}" if exc.line else "<stdin>"
        fail(f"{where}: {printable(input_said(exc.message))}")
    if not terms:
        fail("-: no term on standard input: give one a line, or give TERM")
    return terms


def _format(name: str, fmt: str | None) -> str | None:
    """The glossary format of file ``name`` (``fmt`` when given), None when it cannot tell
    (load() says why)."""
    from ..errors import GlossaryError
    from ..glossary.files import format_of

    try:
        return format_of(name, fmt)
    except GlossaryError:
        return None


@glossary.command()
@click.argument("files", nargs=-1, required=True, type=path(dir_okay=False))
@click.option("-f", "--format", "fmt", type=_FORMAT_CHOICES, help="Format (default: extension).")
@_SHEET_OPT
@_lang_options
def check(
    files: tuple[str, ...],
    fmt: str | None,
    sheet: str | None,
    source_lang: str | None,
    target_lang: str | None,
) -> None:
    """Lint glossary FILES; print 'file:line: severity: message'; exit 1 on any error, 2 when
    no FILE could be read at all.

    \b
    Example:
      translit glossary check glossaries/ww2-roa.tbx
    """
    from ..errors import GlossaryError, UnreadableGlossaryError
    from ..glossary import lint, load
    from ..glossary.files import format_of
    from .base import stdout_failed

    workbooks = {name for name in files if _format(name, fmt) == "xlsx"}
    if sheet is not None and not workbooks and given("sheet"):
        fail("--sheet picks a sheet of an XLSX workbook, and no FILE is one: drop --sheet")
    errors = unread = 0
    for name in files:
        options: dict[str, Any] = {"source_lang": source_lang, "target_lang": target_lang}
        options["sheet"] = sheet if name in workbooks else None  # (load() of a TBX refuses it)
        try:
            if name == "-":
                g = _stdin_glossary(fmt, "-f/--format", True, strict=False, **options)
            else:
                if fmt is None and os.path.exists(name):  # (a missing file: load() says so)
                    format_of(name, hint="give it with -f/--format")
                g = load(name, fmt, strict=False, **options)
            for exc in g.errors:  # every structural problem, not only the first
                input_failed()
                _out(printable(f"{exc.path}:{exc.line or 0}: error: {exc.message}") + "\n")
                errors += 1
        except GlossaryError as exc:
            input_failed(str(exc))
            errors += 1
            unread += isinstance(exc, UnreadableGlossaryError)
            continue
        except OSError as exc:
            if stdout_failed(exc):  # a closed or full stdout: not this glossary's fault
                raise
            input_failed(f"{name}: {exc.strerror}")
            errors += 1
            unread += 1
            continue
        for w in g.warnings:
            _warn(w)
        for f in lint(g):  # one line each, whatever the file's name or a term holds
            if f.severity == "error":
                input_failed()
                errors += 1
            _out(printable(str(f)) + "\n")
    # no FILE could be read at all (missing, no permission, no format its name tells): nothing
    # was checked, the fatal error lookup -g and stats give for it (exit 2); one such among
    # files that were read fails itself alone (exit 1), as an input of romanize does, and a
    # file read but malformed is what check reports (exit 1)
    sys.exit(2 if unread == len(files) else 1 if errors else 0)


@glossary.command()
@click.argument("src", type=path(dir_okay=False, exists=True, allow_dash=True))
@click.argument("dst", type=path(dir_okay=False))
@click.option("--from", "from_fmt", type=_FORMAT_CHOICES, help="Input format (default: extension).")
@click.option("--to", "to_fmt", type=_WRITE_CHOICES, help="Output format (default: extension).")
@_SHEET_OPT
@click.option(
    "--tbx-version",
    type=Choice(["2", "3"]),
    default="3",
    show_default=True,
    help="TBX to write: 3 (TBX-Basic, ISO 30042:2019) or 2 (martif, for older tools).",
)
@click.option(
    "--layout",
    type=Choice(["multi", "bilingual", "omegat"]),
    default="multi",
    show_default=True,
    help="CSV/TSV layout to write.",
)
@click.option(
    "--source-lang",
    help="Source language of bilingual files (read and write), and of a multilingual table "
    "read (a table names none).",
)
@click.option("--target-lang", help="Target language of bilingual files (read and write).")
@click.option(
    "--escape-formulas/--no-escape-formulas",
    default=None,
    help="Prefix CSV/TSV cells starting with = + - @ by ' (undone on load). Default: on, "
    "except --layout omegat (OmegaT reads cells as they are).",
)
@click.option("--bom", is_flag=True, help="Write a UTF-8 BOM (for Excel).")
def convert(  # noqa: PLR0917 - one parameter per click option
    src: str,
    dst: str,
    from_fmt: str | None,
    to_fmt: str | None,
    tbx_version: str,
    layout: str,
    source_lang: str | None,
    target_lang: str | None,
    escape_formulas: bool | None,
    bom: bool,
    sheet: str | None,
) -> None:
    """Convert glossary SRC to DST (TBX v2/v3, CSV, TSV, PO, XLSX, MultiTerm XML); report what
    DST cannot hold.

    SRC '-' reads standard input, its format from --from or else from its first bytes.

    \b
    Examples:
      translit glossary convert terms.csv terms.tbx
      translit glossary convert terms.xlsx terms.tbx --sheet Terms
      translit glossary convert old.tbx new.tbx --tbx-version 3
      translit glossary convert g.tbx g.po --source-lang en --target-lang fr
      translit glossary convert g.tbx termbase.xml --to multiterm
      curl -s https://example.org/terms.tbx | translit glossary convert - terms.csv
    """
    from ..errors import GlossaryError, ParameterError, with_flags
    from ..glossary import load, save
    from ..glossary.files import format_of, loads, sniff_format
    from ..io.inputs import STDIN, refuse_overwrite

    if dst == STDIN:  # (it wrote a file named "-"; a workbook is no text for a terminal)
        fail("DST names the file to write, not '-': convert writes no stdout")
    refuse_overwrite(dst, [src])  # a UsageError: exit 2 naming both paths
    _writable(dst)
    try:
        data = None
        if src == STDIN:  # (no name to tell the format by: --from, else the bytes say it)
            data = _stdin_bytes()
            from_fmt = from_fmt or sniff_format(data)
            if from_fmt is None:
                fail("-: cannot tell the glossary format of standard input; give it with --from")
        in_fmt = format_of(src, from_fmt, hint="give it with --from")
        out_fmt = format_of(dst, to_fmt, hint="give it with --to")
        if sheet is not None and in_fmt != "xlsx" and given("sheet"):  # (was an internal
            fail(  # error: "load() got an unexpected keyword argument 'sheet'")
                f"--sheet picks a sheet of an XLSX workbook; {printable(src)} is "
                f"{in_fmt.upper()}: drop --sheet"
            )
        ropts: dict[str, Any] = {"sheet": sheet if in_fmt == "xlsx" else None}
        if in_fmt not in ("tbx", "multiterm"):  # (they name their languages)
            ropts |= {"source_lang": source_lang, "target_lang": target_lang}
        g = load(src, in_fmt, **ropts) if data is None else loads(data, in_fmt, "<stdin>", **ropts)
        opts: dict[str, Any] = {}
        if out_fmt == "tbx":
            opts["tbx_version"] = int(tbx_version)
        elif out_fmt in ("csv", "tsv"):
            opts = {"layout": layout, "escape_formulas": escape_formulas, "bom": bom}
            if layout != "multi":
                opts |= {"source_lang": source_lang, "target_lang": target_lang}
        elif out_fmt in ("po", "pot"):
            opts = {"source_lang": source_lang, "target_lang": target_lang}
        for w in g.warnings:
            _warn(w)
        try:
            lost = save(g, dst, out_fmt, **opts)
        except PermissionError:  # (made read-only while the glossary was read)
            _writable(dst)
            raise
        except OSError as exc:  # ("/dev/full: No space left on device", nothing on what to do)
            fail(f"{printable(dst)}: {_save_problem(exc, dst)}")
        for w in lost:
            _warn(f"{dst}: {w}")
    except (GlossaryError, ParameterError) as exc:  # --source-lang 'e n'; a `target_lang`
        fail(with_flags(str(exc)))


def _save_problem(exc: OSError, dst: str) -> str:
    """What went wrong writing DST and what to do, in the batch commands' words (a missing
    folder, which convert does not make, said "No such file or directory")."""
    from ..io.runner import write_problem

    folder = os.path.dirname(os.path.abspath(dst))
    if exc.errno == errno.ENOENT and not os.path.isdir(folder):
        return f"its folder {printable(folder)} does not exist; make it, or name another DST"
    return write_problem(exc, named=True)


def _writable(dst: str) -> None:
    """A usage error (exit 2) when the user may not write ``dst`` or make a file in its
    folder, in the batch commands' words, before any work: it said only "Permission
    denied"."""
    from ..errors import with_flags
    from ..io.atomic import no_output, read_only, unwritable, writable_folder

    folder = os.path.dirname(os.path.abspath(dst))
    if read_only(dst):
        fail(with_flags(unwritable("dst", dst)))
    if problem := no_output("dst", dst):
        fail(with_flags(problem))
    if os.path.isdir(folder) and not writable_folder(folder):
        fail(with_flags(unwritable("dst", folder, folder=True)))


_LOADED: dict[tuple[str, ...], Any] = {}
_NOTES: list[tuple[int, int, str]] = []  # (this process's: a worker's own)


@dataclass(frozen=True)
class GlossaryApply:
    """The text transform ``apply`` hands to :mod:`translit.io` (picklable, for workers)."""

    glossaries: tuple[str, ...]
    target: str
    mode: str
    kw: tuple[tuple[str, Any], ...]
    langs: tuple[str | None, str | None] = (None, None)  # source/target of files without
    fmt: str | None = None  # --glossary-format
    #: the language of a Latin-script line that decides none, the file's (:meth:`bind`)
    fallback: str | None = None
    whole_lines = True  # multi-word terms: never cut a line

    def bind(self, sample: str) -> GlossaryApply:
        """This transform for one file, whose ``sample`` (the runner's, as ``-l auto``
        binds a file: the same at every ``--chunk-size``) decides the language of its
        Latin-script lines that decide none, for every block
        (:func:`translit.glossary.apply.latin_fallback`): each block's own words decided it."""
        from ..glossary.apply import latin_fallback

        return replace(self, fallback=latin_fallback(sample))

    def __call__(self, text: str) -> str:
        from ..glossary.apply import apply_text

        g = _LOADED.get(self.glossaries)
        if g is None:
            g = _LOADED[self.glossaries] = _load_many(
                self.glossaries, *self.langs, quiet=True, fmt=self.fmt
            )
        _NOTES.clear()  # (what the last call could not do: read by take_notes)
        # (unchecked: a target the glossary lacks was warned of, and the command goes on)
        return apply_text(
            text, g, self.target, self.mode, notes=_NOTES, check_target=False,
            fallback=self.fallback, **dict(self.kw),
        )  # fmt: skip

    def take_notes(self) -> list[tuple[int, int, str]]:
        """(line, column, what) of each term the last call kept as written (see
        :func:`translit.glossary.apply_text`'s ``notes``): the runner warns of them."""
        got = list(_NOTES)
        _NOTES.clear()
        return got


#: the I/O options that --mode list cannot use: it reads each named file as text and writes
#: one listing (they were accepted and did nothing: --out-dir printed to stdout, -r failed)
_NOT_FOR_LIST = (
    "recursive", "globs", "out_dir", "in_place", "backup", "suffix", "resume", "report",
    "fields", "columns", "add_fields", "add_columns",
)  # fmt: skip
#: Options with a default --mode list ignored when typed (the listing is UTF-8, read in one
#: process, plain text): -j 2, --output-encoding cp1251 did nothing, exit 0
_TYPED_NOT_FOR_LIST = (
    "output_encoding", "jobs", "chunk_size", "on_error", "delimiter", "quote", "header",
    "engine", "scheduler", "progress",
)  # fmt: skip


def _list_wins(io_kw: dict[str, Any]) -> bool:
    """Whether ``--mode list`` stays, given the options that clash with it (see
    :func:`~translit.cli.options.yields`): one listing of every input, so the options that
    place outputs or pick records do nothing, and those of :data:`_TYPED_NOT_FOR_LIST` typed."""
    from ..io.options import FLAGS, RunOptions
    from ..io.runner import record_options
    from .options import yields

    defaults = RunOptions()
    clashes = {}
    for name in (*_NOT_FOR_LIST, *_TYPED_NOT_FOR_LIST, "format"):
        value = io_kw.get(name, getattr(defaults, name))
        changed = value not in (getattr(defaults, name), "text")
        if name in _TYPED_NOT_FOR_LIST:  # typed, or a record default (TRANSLIT_JOBS: others')
            changed = given(name) or (changed and name in record_options())
        if not changed:
            continue
        flag = "--input-format" if name == "format" else FLAGS[name].split("/")[0]
        why = (
            f"{flag} does not apply to --mode list, which writes one listing of every input "
            f"(to stdout, or to -o FILE): drop {flag}"
        )
        clashes[name] = (flag, why)
    return yields("mode", clashes, io_kw, "--mode list, which lists the terms of plain text")


@glossary.command()
@_GLOSSARY_OPT
@_GLOSSARY_FORMAT_OPT
@click.option("-t", "--target", required=True, help="Target language (fr, de, en, ru…).")
@click.option(
    "-m",
    "--mode",
    type=Choice(["replace", "annotate", "list"]),
    default="replace",
    show_default=True,
    help="replace: write the target term; annotate: add it in brackets after the match; "
    "list: one line per match (TSV, or --format json), the text unchanged.",
)
@click.option(
    "--format",
    "list_format",
    type=Choice(["tsv", "json"]),
    default="tsv",
    show_default=True,
    help="Format of --mode list.",
)
@click.option("--lang", "langs", multiple=True, help="Only terms of this language (repeatable).")
@_NO_INFLECT_OPT
@click.option("--no-romanized", is_flag=True, help="Do not match romanisations of Cyrillic terms.")
@click.option(
    "--no-name-keys",
    is_flag=True,
    help="Do not match a capitalised Latin-script spelling of a name by its name key "
    "(Wlasow, Gorbatchov: Власов, Горбачёв; JSON's how: name key).",
)
@_lang_options
@io_options(rename={"--format": "--input-format"})
def apply(  # noqa: PLR0917 - one parameter per click option
    files: tuple[str, ...],
    glossaries: tuple[str, ...],
    glossary_format: str | None,
    target: str,
    mode: str,
    list_format: str,
    langs: tuple[str, ...],
    no_inflect: bool,
    no_romanized: bool,
    no_name_keys: bool,
    source_lang: str | None,
    target_lang: str | None,
    output: str | None,
    **io_kw: Any,
) -> None:
    """Find glossary terms in FILES (stdin when none or '-') and replace, annotate or list them.

    Terms match at word boundaries in any script (РОА never inside КРОАТ), Russian terms also
    in their case forms, acronyms in any case mix with a capital; the longest match wins.
    List columns: file, line, column, text, concept, language, target term. In French and
    German, replace fits the article before a term to its sound and gender (l'Holocauste →
    la Shoah, le génocide → la Shoah, dem Holocaust → der Shoah; genders from TBX
    grammaticalGender or a CSV <lang>:gender column, else from the term's head noun, warned
    of: das Volkskommissariat, by Kommissariat) or, when it cannot tell (no gender, an h, a
    German case), warns at its line and column. Before a plural term the
    article is plural (les Forces armées ukrainiennes, not la Forces…; number from TBX
    grammaticalNumber, else a plural Russian or Ukrainian term with a plural-shaped target).
    A plural form (les goulags) becomes the target term's plural where a rule gives it, else
    it is kept and warned of. A listed surname's given names before it (Юрием Гагариным) are
    written as the target's readers write them (Youri Gagarine).

    \b
    Examples:
      translit glossary apply report.txt --target fr --mode annotate
      translit glossary apply text.txt -g my.tbx --target de --mode list --format json
    """
    _refuse_empty_target(target)
    if mode == "list" and not _list_wins(io_kw):
        mode = "replace"  # (TRANSLIT_GLOSSARY_APPLY_MODE=list yields to a typed --out-dir …)
    if mode != "list" and given("list_format"):  # (it was ignored in silence)
        fail(f"--format {list_format} is the format of --mode list: add --mode list, or drop it")
    if mode != "list" and from_env("list_format"):  # (so was a default from the environment)
        set_aside("list_format", "--format is the format of --mode list, and the mode is "
                  f"{mode}")  # fmt: skip
    _refuse_overwrite(output, io_kw.get("report"), files if mode == "list" else (), glossaries)
    g = _load_many(
        glossaries,
        source_lang,
        _target_lang(target_lang, target, source_lang),
        fmt=glossary_format,
        stdin=False,
    )
    _warn_missing_langs(g, target, langs)
    kw: dict[str, Any] = {
        "langs": langs,
        "inflect": not no_inflect,
        "romanized": not no_romanized,
        "name_keys": not no_name_keys,
    }
    if mode == "list":
        from ..io.options import UsageError
        from ..io.runner import check_encodings
        from .options import usage

        try:
            check_encodings(io_kw["encoding"])
        except UsageError as exc:
            fail(usage(exc))
    if mode != "list":  # files, formats, encodings, outputs: the shared I/O layer
        _LOADED[glossaries] = g
        io = split_io(io_kw)
        io["output"] = output
        spec = GlossaryApply(
            glossaries,
            target,
            mode,
            tuple(kw.items()),
            (source_lang, _target_lang(target_lang, target, source_lang)),
            glossary_format,
        )
        run_io(spec, files, io)
    with _listing(output, list_format) as write:
        failed = 0
        for name in files or ("-",):
            try:
                _list_terms(
                    name, write, g=g, target=target, kw=kw, encoding=io_kw["encoding"],
                    errors=io_kw["errors"], quiet=bool(io_kw.get("quiet")),
                )  # fmt: skip
            except ValueError as exc:  # (the input's; an OSError is the listing's own, which
                # ends the run: exit 0 for a reader that left, else 2 naming it, nothing kept)
                input_failed(str(exc))
                failed += 1
    sys.exit(1 if failed else 0)


def _refuse_overwrite(
    output: str | None, report: str | None, inputs: tuple[str, ...], glossaries: tuple[str, ...]
) -> None:
    """Exit 2 when -o or --report names a glossary file, or (``inputs``: --mode list, whose
    listing the batch runner never sees) an input: it was replaced by the output, exit 0."""
    from ..io.inputs import UsageError, refuse_overwrite

    try:
        refuse_overwrite(output, inputs)
        refuse_overwrite(output, glossaries, of="a glossary")
        refuse_overwrite(report, glossaries, "report", "a glossary")
    except UsageError as exc:
        fail(f"{exc}; choose another file name")


def _list_terms(
    name: str,
    write: Callable[[dict[str, Any]], None],
    *,
    g: Any,
    target: str | None,
    kw: dict[str, Any],
    encoding: str,
    errors: str,
    quiet: bool = False,
) -> None:
    """Write the hits of FILE (stdin: '-') a block of whole lines at a time, so memory does not
    grow with the input (the whole text, its hits and their lines were held: 480 MB for
    38 MB), and a long line's hits a part of it at a time (a line of 64 MiB: 1.6 GB); a file
    that fails has its hits before the failing line listed."""
    from ..errors import TranslitError, with_flags
    from ..glossary.apply import LineColumns, Matcher
    from ..glossary.model import want_tags
    from ..io.textio import InputError
    from ..script import line_ends

    matcher = Matcher.for_glossary(
        g,
        want_tags(kw["langs"]),
        inflect=kw["inflect"],
        romanized=kw["romanized"],
        name_keys=kw["name_keys"],
    )
    lines = chars = 0  # in the blocks before this one
    whole: Callable[[], str | None] | None = None  # (the file's, from its first block)
    try:
        for block in _blocks(name, encoding, errors, quiet):
            if whole is None:
                whole = _fallback_of(block)
            columns = LineColumns(block)
            for hits in matcher.find_parts(block, whole):
                at = columns([h.start for h in hits])
                for h, (line, column) in zip(hits, at, strict=True):
                    d = h.to_dict(target, position=(lines + line, column))
                    d["start"] += chars
                    d["end"] += chars
                    write({"file": name, **d})
            lines += line_ends(block)
            chars += len(block)
    except InputError as exc:
        where = f"{name}:{exc.line}" if exc.line else name
        raise ValueError(f"{where}: {input_said(exc.message)}") from None
    except TranslitError as exc:  # binary data, an encoding that cannot read it: no line
        raise ValueError(f"{name}: {with_flags(str(exc))}") from None


def _fallback_of(block: str) -> Callable[[], str | None]:
    """The language of a Latin-script line that decides none, for every block of the file
    whose first block is ``block``: :func:`~translit.glossary.apply.latin_fallback` of the
    sample the runner binds replace to (:meth:`~translit.io.reading.First.sample` of plain
    text, its head taken as the first 64 KiB in UTF-8), so that the listing reads each line
    as replace writes it."""
    from ..glossary.apply import latin_fallback
    from ..io.formats import format_for
    from ..io.reading import First
    from ..io.textio import SNIFF_BYTES

    head = len(block.encode("utf-8", "surrogatepass")[:SNIFF_BYTES].decode("utf-8", "ignore"))
    sample = First(format_for("-", "text"), "", block, block, 0, head=head).sample()
    got = latin_fallback(sample) or None
    return lambda: got


def _blocks(name: str, encoding: str, errors: str, quiet: bool = False) -> Iterator[str]:
    """:func:`~translit.io.textio.read_text`'s blocks, an :class:`OSError` of reading them
    a :class:`ValueError` naming the input: one of writing the listing between two blocks (a
    reader gone, a full disk) was taken for the input's, its input blamed, the next input
    listed to the same full disk and a listing cut short kept as ``-o``'s complete file."""
    from ..io.textio import read_text

    blocks = read_text(name, encoding, errors, warn=warner(name, quiet))
    while True:
        try:
            block = next(blocks)
        except StopIteration:
            return
        except OSError as exc:
            raise ValueError(f"{name}: {exc.strerror or exc}") from None
        yield block


@contextlib.contextmanager
def _listing(output: str | None, list_format: str) -> Iterator[Callable[[dict[str, Any]], None]]:
    """A writer of hits, one at a time, to ``output`` (whole once complete) or stdout: TSV
    lines, or the JSON array of them (the bytes ``_json(hits, indent=1)`` gives; each hit on
    its own, so a file name that is not UTF-8 escapes only its own hits)."""
    from ..io import atomic_write
    from ..io.inputs import STDIN

    if output == STDIN:  # -o - is stdout, as for every other output (it made a file "-")
        output = None
    pending: list[str] = []
    count = [0]

    def tsv(d: dict[str, Any]) -> None:
        cells = [d["file"], d["line"], d["column"], d["text"], d["concept"], d["lang"]]
        cells.append(d["target"] or "")
        pending.append("\t".join(str(c).replace("\t", " ") for c in cells) + "\n")
        flush(False)

    def json_hit(d: dict[str, Any]) -> None:
        item = " " + _json(d, indent=1).replace("\n", "\n ")
        pending.append(("[\n" if not count[0] else ",\n") + item)
        count[0] += 1
        flush(False)

    with contextlib.ExitStack() as stack:
        fh = None
        if output:  # (file names: see _out)
            fh = stack.enter_context(atomic_write(output, errors="surrogateescape"))

        def flush(end: bool) -> None:
            if not end and len(pending) < 4096:
                return
            text = "".join(pending)
            pending.clear()
            if fh is not None:
                fh.write(text)
            elif text:
                _out(text)

        yield json_hit if list_format == "json" else tsv
        if list_format == "json":
            pending.append("\n]\n" if count[0] else "[]\n")
        flush(True)


@glossary.command()
@click.argument("files", nargs=-1, type=path(dir_okay=False))
@click.option("-f", "--format", "fmt", type=_FORMAT_CHOICES, help="Format (default: extension).")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def stats(files: tuple[str, ...], fmt: str | None, as_json: bool) -> None:
    """Count concepts and terms per language, type, status, subject and gender ('-': none).

    Default: the shipped glossaries.

    \b
    Example:
      translit glossary stats glossaries/ww2-roa.tbx --json
    """
    from ..glossary.files import shipped_files

    names = files or tuple(str(p) for p in shipped_files())
    result = {}
    for name in names:
        result[name] = _load_many((name,), fmt=fmt, flag="-f/--format").stats()
    if as_json:
        _out(_json(result, indent=1) + "\n")
        return
    for name, s in result.items():
        _out(
            f"{printable(name)}: {plural(s['concepts'], 'concept')}, {plural(s['terms'], 'term')}\n"
        )
        for key in ("languages", "types", "statuses", "subjects", "genders"):
            row = ", ".join(f"{_label(k) or '-'} {v}" for k, v in s[key].items())
            _out(f"  {key}: {row}\n")


def _label(value: str) -> str:
    """A language, type, status or subject from a glossary file as one line of ``stats``
    shows it: a line end or a character a terminal acts on escaped (``xml:lang="ru&#10;x:
    error"`` printed a line of its own), cut after 60 characters (a tag of 100,000 letters).

    >>> _label("ru\\nx"), _label("x" * 100)[-20:]
    ('ru\\\\nx', 'xx… (100 characters)')
    """
    text = printable(value).replace("\n", "\\n")
    return text if len(text) <= 60 else f"{text[:60]}… ({len(value):,} characters)"


def _pairs_failed(exc: Exception, where: str, target_file: str | None) -> NoReturn:
    """Fail (exit 2) with the error of reading qa's pairs: ``FILE:LINE: what``."""
    from ..io.inputs import input_name

    if isinstance(exc, OSError):
        at = exc.filename if isinstance(exc.filename, str) and target_file else where
        fail(f"{printable(at)}: {exc.strerror or exc}")
    line = getattr(exc, "line", 0)
    message = getattr(exc, "message", str(exc))
    at = input_name(getattr(exc, "path", None) or where)  # (of two files, the one at fault)
    fail(f"{printable(at)}{f':{line}' if line else ''}: {input_said(message)}")


def _declared(files: list[tuple[int, str, str]], k: int, given: str | None, flag: str,
              what: str) -> str:  # fmt: skip
    """qa's ``what`` language: ``given``, else the first an XLIFF file declares (item ``k`` of
    ``files``: :func:`~translit.io.pairs.xliff_languages`), else a usage error."""
    if given is not None:
        return given
    said = next((str(f[k]) for f in files if f[k]), "")
    if not said:
        why = (
            f"the XLIFF file declares no {what} language (its <file> of line {files[0][0]})"
            if files
            else f"the {what} language (only an XLIFF file declares it)"
        )
        fail(f"Missing option '{flag}': {why}")
    return said


@glossary.command()
@click.argument("pairs", type=path(allow_dash=True))  # (a directory: qa's own message)
@click.argument("target_file", required=False, type=path(allow_dash=True))
@_GLOSSARY_OPT
@_GLOSSARY_FORMAT_OPT
@click.option(
    "--source-lang",
    help="Source language of the text, and of glossary files that do not say it (ru, uk…); "
    "default for an XLIFF file: the language it declares.",
)
@click.option(
    "-t",
    "--target",
    help="Target language of the translation; default for an XLIFF file: the language it declares.",
)
@click.option(
    "--columns",
    metavar="SOURCE,TARGET",
    help="The source and target columns of a PAIRS table, by header name or 1-based number "
    "(default: the first two; a first row holding the two languages, or source and target, "
    "is a header).",
)
@click.option(
    "--delimiter", metavar="CHAR", help="Delimiter of a PAIRS table (default: .tsv tab, .csv "
    "comma, else a tab where the first line has one).",
)  # fmt: skip
@click.option(
    "--format",
    "out_format",
    type=Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="text: one line per finding (FILE:LINE: kind: …); json: one array of findings.",
)
@_NO_INFLECT_OPT
@click.option(
    "--no-name-keys",
    is_flag=True,
    help="Do not flag a name spelled otherwise than the glossary writes it (Wlassov for "
    "Vlassov): such a name is reported missing.",
)
@click.option(
    "--encoding",
    default="auto",
    show_default=True,
    help="Input encoding: auto (BOM, UTF-8, else detected) or a name (cp1251, koi8-r…).",
)
@click.option(
    "--target-lang",
    help="Target language of glossary files that do not say it (default: --target).",
)
def qa(  # noqa: PLR0917 - one parameter per click option
    pairs: str,
    target_file: str | None,
    glossaries: tuple[str, ...],
    glossary_format: str | None,
    source_lang: str | None,
    target: str | None,
    columns: str | None,
    delimiter: str | None,
    out_format: str,
    no_inflect: bool,
    no_name_keys: bool,
    encoding: str,
    target_lang: str | None,
) -> None:
    """Check a translation against the glossary: every term of a source segment must have
    one of its allowed target terms, in any inflected form, in the aligned target segment.

    PAIRS is a TSV/CSV table of source and target columns, an XLIFF 1.2/2.0 file (.xlf,
    .xliff), or, with TARGET_FILE, the source text, whose line n TARGET_FILE's line n
    translates. An XLIFF file's declared languages stand for --source-lang and -t where they
    are not given; a file declaring others than the options is checked as the options say,
    with a warning. A segment with an empty target is skipped. Findings: missing (no allowed
    target term), forbidden (a deprecated or superseded target term used), misspelled (a name
    spelt otherwise than the glossary's target term: Wlassov for Vlassov), count (a term said
    more often in the source than its target terms are written: 2 in source, 1 in target).
    Exit code 0: no finding; 1: findings; 2: usage or input error.

    \b
    Examples:
      translit glossary qa pairs.tsv --source-lang ru -t fr
      translit glossary qa ru.txt fr.txt -g my.tbx --source-lang ru -t fr --format json
      translit glossary qa memo.csv --source-lang uk -t de --columns uk,de
    """
    from ..errors import GlossaryError, TranslitError
    from ..glossary.model import primary
    from ..glossary.qa import check_translation
    from ..io.compression import strip_suffix
    from ..io.inputs import input_name
    from ..io.pairs import XLIFF_SUFFIXES, read_pairs, xliff_languages

    for flag, value in (("--source-lang", source_lang), ("-t/--target", target)):
        if value is not None and not value.strip():
            fail(f"{flag} names a language (ru, fr, de…), not {shown(value)}")
    if pairs == "-" and target_file == "-":
        fail("PAIRS and TARGET_FILE are both standard input: name one of them as a file")
    for name in (pairs, target_file):
        if name is not None and name != "-" and os.path.isdir(name):
            fail(
                f"{printable(name)}: is a directory: PAIRS is a file (a table or an XLIFF file), "
                "TARGET_FILE a text file"
            )
    named = input_name(pairs)  # (standard input as every message names it: <stdin>)
    where = named if target_file is None else f"{pairs}, {target_file}"
    xliff = target_file is None and strip_suffix(pairs).lower().endswith(XLIFF_SUFFIXES)
    files: list[tuple[int, str, str]] = []
    if xliff and os.path.isfile(pairs):
        try:
            files = xliff_languages(pairs, encoding)
        except (TranslitError, OSError) as exc:
            _pairs_failed(exc, where, target_file)
    target_opt = target
    source = _declared(files, 1, source_lang, "--source-lang", "source")
    target = _declared(files, 2, target, "-t' / '--target", "target")
    warn = warner(pairs)
    told: set[tuple[int, str]] = set()  # (each language once: 500 <file>s, all de, are one)
    for line, *said in files:
        sides = (
            (0, "--source-lang", source_lang, "source", source),
            (1, "-t/--target", target_opt, "target", target),
        )
        for k, flag, opted, what, used in sides:
            if said[k] and primary(said[k]) != primary(used) and (k, primary(said[k])) not in told:
                told.add((k, primary(said[k])))
                whose, fix = (
                    (f"of {flag}", f"drop {flag} to check it as the file declares")
                    if opted is not None
                    else ("the first <file> declares", f"check it alone, or give {flag}")
                )
                warn(line, f"<file> declares the {what} language {shown(said[k])}, not the "
                     f"{shown(used)} {whose}: checked {'from' if k == 0 else 'into'} "
                     f"{shown(used)}; {fix}, or correct the file")  # fmt: skip
    if (target_file is not None or xliff) and (columns is not None or delimiter is not None):
        what = "an XLIFF file" if target_file is None else "TARGET_FILE"
        fail(f"--columns and --delimiter read a PAIRS table; with {what} drop them")
    cols = None
    if columns is not None:
        parts = [c.strip() for c in columns.split(",")]
        if len(parts) != 2 or not all(parts):
            fail(f"--columns is SOURCE,TARGET (two column names or numbers), not {shown(columns)}")
        if any(p.isdigit() and int(p) < 1 for p in parts):
            fail(f"--columns numbers count from 1, not {shown(columns)}")
        cols = (parts[0], parts[1])
    if delimiter is not None and len(delimiter) != 1:
        fail(f"--delimiter is one character, not {shown(delimiter)}")
    if "-" in glossaries and "-" in (pairs, target_file):
        fail("-g -: standard input holds the pairs qa reads; give the glossary as a file")
    g = _load_many(
        glossaries,
        source,
        target_lang or target,
        fmt=glossary_format,
        stdin="-" not in (pairs, target_file),
    )
    read = read_pairs(
        pairs, target_file, columns=cols, langs=(source, target), delimiter=delimiter,
        encoding=encoding, warn=warner(pairs), note=warner(pairs, kind="note"),
    )  # fmt: skip
    try:
        findings = check_translation(
            read, g, source, target, inflect=not no_inflect, name_keys=not no_name_keys
        )
    except GlossaryError as exc:  # (check_translation's `source` is --source-lang here)
        fail(with_flags(str(exc).replace("`source`", "--source-lang")))
    except (TranslitError, OSError) as exc:  # the input's (InputError at a line), an encoding's
        _pairs_failed(exc, where, target_file)
    if out_format == "json":
        _out(_json([{"file": named, **f.to_dict()} for f in findings], indent=1) + "\n")
    else:
        for f in findings:
            _out(printable(f"{named}:{f}") + "\n")
    sys.exit(1 if findings else 0)
