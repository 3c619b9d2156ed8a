"""``translit detect``: the Cyrillic language of each input line, or a summary per file.

With ``--field``/``--column`` each record's values are decided as ``translit romanize``
decides them under the same ``--lang`` (:func:`translit.autodetect.record_decision` within the
file's language, :func:`translit.autodetect.records_language` of the first block's sample, the
one the run binds to): a data engineer who runs detect sees what romanize will do.
"""

from __future__ import annotations

import functools
import itertools
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from typing import Any

import click

from ..io.inputs import input_name
from ..io.options import ON_ERROR
from ..io.textio import HARD_LIMIT, read_text
from ..script import LINE_END_RE
from .options import Choice, count, path, run_option

#: ``--lang``: as romanize's ``-l auto`` (each value within the file's language) or ``-l auto-line``
#: (each value alone); the words of :data:`translit.autodetect.RECORD_MODES`
RECORD_MODES = ("auto", "auto-line")


def input_lines(
    name: str, encoding: str = "auto", warn: Callable[[int, str], None] | None = None
) -> Iterator[str]:
    """The lines of FILE or stdin ('-'), read through the shared I/O layer: ended by LF, CRLF
    or CR (:data:`translit.script.LINE_END_RE`, the rule of every report that names a line;
    ``str.splitlines`` also ends one at a form feed, NEL, U+2028…: a file of two lines got
    more rows, each beside another line's). A line longer than the reader's hard limit (64 Mi
    characters) is decided on its first 64 Mi characters: still one row. ``warn``: see
    :func:`~translit.io.textio.open_source`."""
    head = ""  # the start of a line that the last block cut (no line end at its end)
    for block in read_text(name, encoding, warn=warn):
        lines = LINE_END_RE.split(block)
        tail = lines.pop()  # after the block's last line end ("" when it ends with one)
        if head and lines:
            lines[0] = head + lines[0] if len(head) < HARD_LIMIT else head
            head = ""
        yield from lines
        if tail:
            head = head + tail if len(head) < HARD_LIMIT else head
    if head:
        yield head


def _selected(
    name: str,
    encoding: str,
    fields: tuple[str, ...],
    columns: tuple[str, ...],
    warn: Callable[[int, str], None],
    *,
    skipped: list[tuple[int, str]] | None = None,
    sample: Callable[[str], None] | None = None,
) -> Iterator[tuple[int, list[str]]]:
    """The line and values of each record of a JSONL (``fields``: dotted paths) or CSV/TSV
    (``columns``: header names or 1-based indexes) input, read as its format says (its
    extension, else the option given: --field JSONL, --column CSV) through the reader romanize
    converts it with (:func:`~translit.io.formats.record_values`: the same records, lines and
    messages): its selected string values (none for a record that holds none). A format
    that does not read the option is a usage error, as for romanize. ``skipped``, ``sample``:
    see :func:`~translit.io.formats.record_values` (--on-error skip; the first block's sample,
    read with romanize's default --chunk-size)."""
    from ..io.formats import RecordFormat, format_for, record_values
    from ..io.options import CHUNK_SIZE, UsageError
    from .base import fail

    try:
        if name == "-":  # (stdin: the option says the format)
            fmt = format_for("stdin", fields=fields, columns=columns)
        else:  # (the extension says it: built whatever it selects, then checked)
            fmt = format_for(name, fields=fields or columns, columns=fields or columns)
    except (UsageError, ValueError) as exc:
        fail(str(exc).replace("`fields`", "--field").replace("`columns`", "--column"))
    kind = getattr(fmt, "name", "")
    flag, wanted = ("--field", "jsonl") if fields else ("--column", "csv")
    if kind != wanted or not isinstance(fmt, RecordFormat):
        fail(f"{flag} applies to {'JSONL' if fields else 'CSV/TSV'} inputs; {input_name(name)} is "
             f"{fmt.title}: drop {flag}")  # fmt: skip
    return record_values(
        fmt,
        name,
        encoding,
        chunk_size=CHUNK_SIZE,
        warn=warn,
        skipped=skipped,
        hint=skipped is None,
        sample=sample,
    )


_WORDS_RE = re.compile(r"\S+")  # (what ``str.split()`` returns: runs between white space)


def _has_words(line: str, least: int) -> bool:
    """Whether ``line`` holds at least ``least`` words (as ``str.split()`` cuts them), counted
    no further than that: ``len(line.split())`` built a list of every word, 181 MB more for a
    line of 2 million.

    >>> _has_words("Київ — столиця", 3), _has_words("Київ", 2), _has_words("", 0)
    (True, False, True)
    >>> _has_words("Київ", 10**30)
    False
    """
    if least > len(line):  # (a word is a character or more; islice takes no index past
        return False  # sys.maxsize, and --min-words may be any count)
    words = _WORDS_RE.finditer(line)
    return least <= 0 or next(itertools.islice(words, least - 1, None), None) is not None


def _file_language(into: list[str], sample: str) -> None:
    """Put into ``into`` the language within which a file's values are decided, whose first
    block's sample is ``sample``: romanize's under ``-l auto``
    (:func:`translit.autodetect.records_language`)."""
    from ..autodetect import records_language

    into.append(records_language(sample))


def _row(decisions: Sequence[tuple[str, str]]) -> str:
    """A record's row: the language of its values (those of several: each, in order, joined by
    commas), ``und`` for a record without Cyrillic.

    >>> _row([("uk", "own")]), _row([("uk", "own"), ("und", "own"), ("ru", "column")]), _row([])
    ('uk', 'uk,ru', 'und')
    """
    langs = dict.fromkeys(lang for lang, _ in decisions if lang != "und")
    return ",".join(langs) or "und"


def _explained(value: str, lang: str, source: str, within: str | None) -> str:
    """``--explain`` of one record's value decided ``lang`` (``source``: ``own``, ``column``)
    within the file's language ``within`` (None: ``-l auto-line``, each value alone): the
    value's own evidence, its first line saying where the language came from."""
    from ..autodetect import explain_language

    alone = explain_language(value)
    head, _, rest = alone.report().partition("\n")
    if within is None:
        head = f"language: {alone.lang} (lang_source: own, -l auto-line; {alone.reason})"
    elif source == "column":
        head = (
            f"language: {lang} (lang_source: column: the file's language {within}, where the "
            f"value alone is {alone.lang}: {alone.reason})"
        )
    else:
        head = f"language: {lang} (lang_source: own; {alone.reason})"
    return head + ("\n" + rest if rest else "")


@click.command()
@click.argument("files", nargs=-1, type=path(dir_okay=False, allow_dash=True))
@click.option("--summary", is_flag=True, help="Print counts of languages per file, not per line.")
@click.option(
    "--min-words",
    type=count(),
    default=0,
    show_default=True,
    help="With --summary: count only lines with at least this many words.",
)
@run_option("encoding")
@click.option(
    "--explain",
    is_flag=True,
    help="After each line's language, show the evidence and the margin behind the decision.",
)
@click.option(
    "--field",
    "fields",
    multiple=True,
    metavar="NAME",
    help="JSONL: decide each record on this field's text (a dotted path; repeatable).",
)
@click.option(
    "--column",
    "columns",
    multiple=True,
    metavar="NAME",
    help="CSV/TSV: decide each record on this column (header name or 1-based index; repeatable).",
)
@click.option(
    "-l",
    "--lang",
    type=Choice(RECORD_MODES),
    default="auto",
    show_default=True,
    help="With --field/--column, what romanize does with the same --lang: auto, each value in "
    "its own language, the file's where it is too short or weak to decide alone (--explain "
    "says which: lang_source own or column); auto-line, each value alone.",
)
@click.option(
    "--on-error",
    type=Choice(ON_ERROR),
    default="fail",
    show_default=True,
    help="A bad JSONL/CSV record of --field/--column: fail its file, or skip it (its row "
    "'und', listed with FILE:LINE on stderr).",
)
def detect(  # noqa: PLR0917 - one parameter per click option
    files: tuple[str, ...],
    summary: bool,
    min_words: int,
    encoding: str,
    explain: bool,
    fields: tuple[str, ...],
    columns: tuple[str, ...],
    lang: str,
    on_error: str,
) -> None:
    """Print the language of each line of FILES (or stdin): ru, uk, be, bg, sr, mk, kk, ky, mn,
    and az, ba, ce, ro, rue, tg, tk, tt, ug, uz.

    Russian unless the line shows evidence for another language (its own letters, a spelling
    no Russian word has, or, for a line of four different words or more, a calibrated
    statistical margin; see README 'Detection'). --explain also names the languages a line
    left tied.
    Lines without Cyrillic give 'und'. With --summary, one line per file: the number of lines
    per language, most frequent first. With --field (JSONL) or --column (CSV/TSV, with a
    header), one row per record: the language romanize uses for its values (-l auto: each
    value's own, or the file's where the value is too short or weak to decide alone; several
    values of different languages: each, joined by commas); -l auto-line: each value alone.

    \b
    Examples:
      translit detect names.txt
      echo 'Київ — столиця України' | translit detect
      translit detect --summary --min-words 5 corpus/*.txt
      echo 'Подъезд' | translit detect --explain
      translit detect --field text data.jsonl      # one row per record
      translit detect --summary --column name people.csv
      translit detect --field text --on-error skip dump.jsonl
      translit detect --explain --column name people.csv   # lang_source: own or column
    """
    from ..autodetect import (  # look-alikes repaired first, as romanize
        detect,
        explain_language,
        record_decision,
    )
    from ..errors import TranslitError, with_flags
    from ..io.textio import InputError
    from .base import (
        fail,
        from_env,
        given,
        input_failed,
        input_said,
        interrupted,
        one_of,
        printable,
        set_aside,
        stdout_failed,
        tell,
        wanted_encoding,
        warner,
    )

    # (each was ignored in silence: --min-words counts lines of a summary only, and a summary
    # has no line to explain)
    if explain and summary:  # (one from the environment: the typed one wins)
        keep = one_of(
            "explain", "summary", "--explain shows each line's evidence and --summary prints "
            "no line: give one"
        )  # fmt: skip
        explain, summary = keep == "explain", keep == "summary"
    if given("min_words") and not summary:
        fail("--min-words counts the lines of a --summary: add --summary, or drop --min-words")
    if from_env("min_words") and not summary:  # (it was set aside without a word)
        set_aside("min_words", "--min-words counts the lines of a --summary, and there is none")
    encoding = wanted_encoding(encoding)
    if fields and columns:
        fail("--field selects JSONL fields and --column CSV/TSV columns: give one of them")
    records = bool(fields or columns)
    alone = lang.strip().lower() == "auto-line"
    if given("lang") and not records:  # (lines are each decided alone, as auto-line does)
        fail("--lang applies to the records of --field or --column (each line is decided on "
             "its own): add one, or drop --lang")  # fmt: skip
    if from_env("lang") and not records:  # (it was ignored without a word)
        set_aside("lang", "--lang applies to the records of --field or --column, and there "
                  "are none (each line is decided on its own)")  # fmt: skip
    skip = on_error.lower() == "skip"
    if given("on_error") and skip and not (fields or columns):  # (lines have no bad record)
        fail("--on-error skip applies to the records of --field or --column: add one, or drop "
             "--on-error")  # fmt: skip
    if from_env("on_error") and skip and not records:  # (the same, in silence)
        set_aside("on_error", "--on-error skip applies to the records of --field or --column, "
                  "and there are none")  # fmt: skip
    failed = False
    out = sys.stdout
    for name in files or ("-",):
        counts: Counter[str] = Counter()
        lent = 0  # (the values of a summary that took the file's language)
        within: list[str] = []  # (the file's language: its first block's, as romanize's)
        skipped: list[tuple[int, str]] | None = [] if skip and (fields or columns) else None
        at = 1  # the line of the row being decided (a record's: its first line)
        warn = warner(name)  # (a named --encoding that misreads the input)
        rows: Iterator[tuple[int, Any]] = enumerate(input_lines(name, encoding, warn), 1)
        told = 0  # (the skipped records said)
        if records:
            rows = _selected(
                name,
                encoding,
                fields,
                columns,
                warn,
                skipped=skipped,
                sample=None if alone else functools.partial(_file_language, within),
            )
        try:
            for at, item in rows:  # (at: read after, by an interrupt)
                line = item
                if records:  # (a record's values, each decided as romanize decides it)
                    values = item
                    line = "\n".join(values)
                    decided = [record_decision(v, None if alone else within[0]) for v in values]
                if skipped and skipped[-1][0] == at and len(skipped) > told:  # (a bad record)
                    told = len(skipped)
                    tell(f"translit: skipped record: {input_name(name)}:{at}: {skipped[-1][1]}")
                    if not summary:  # (its row, so each row stays beside its record)
                        out.write("und\n")
                elif summary:
                    if line.strip() and _has_words(line, min_words):
                        if records:
                            counts[_row(decided)] += 1
                            lent += sum(source == "column" for _, source in decided)
                        else:
                            counts[detect(line)] += 1
                elif explain and records:
                    parts = [
                        _explained(v, *d, None if alone else within[0])
                        for v, d in zip(values, decided, strict=True)
                    ] or ["language: und (no value)"]
                    text = "\n".join(
                        p if k == 0 else f"value {k + 1}: {p}" for k, p in enumerate(parts)
                    )
                    out.write(text.replace("\n", "\n    ") + "\n")
                elif explain:
                    report = explain_language(line).report()
                    out.write(report.replace("\n", "\n    ") + "\n")
                elif records:
                    out.write(_row(decided) + "\n")
                else:
                    out.write(detect(line) + "\n")
        except KeyboardInterrupt:  # (Ctrl-C, SIGTERM, SIGHUP): the rows read as complete
            what = "its summary is" if summary else "the rows after it are"
            interrupted(f"stopped in {input_name(name)} at line {at}; {what} not printed")
        except InputError as exc:  # (named as romanize names it: <stdin> for '-')
            where = f"{input_name(name)}:{exc.line}" if exc.line else input_name(name)
            input_failed(f"{where}: {input_said(exc.message)}")
            failed = True
            continue
        except (OSError, TranslitError, LookupError) as exc:
            if stdout_failed(exc):
                raise  # stdout is full or its reader left (`| head`), not the input's fault
            message = getattr(exc, "strerror", None) or with_flags(str(exc))
            input_failed(f"{input_name(name)}: {message}")
            failed = True
            continue
        if summary:
            total = sum(counts.values())
            parts = [f"{lang} {n} ({100 * n / total:.1f}%)" for lang, n in counts.most_common()]
            unit = ("record" if fields or columns else "line") + "s" * (total != 1)
            row = f"{printable(input_name(name))}: {total} {unit}: " + (
                ", ".join(parts) if parts else "none"
            )
            if lent:
                row += f"; {lent} value{'s' * (lent != 1)} in the file's language ({within[0]})"
            if skipped:
                row += f"; {len(skipped)} record{'s' * (len(skipped) != 1)} skipped"
            click.echo(row)
    if failed:
        sys.exit(1)
