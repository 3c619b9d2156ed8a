"""``translit detect``: the Cyrillic language of each input line, or a summary per file."""

from __future__ import annotations

import contextlib
import sys
from collections import Counter
from collections.abc import Iterator

import click


def _lines(name: str) -> Iterator[tuple[int, str]]:
    """(line number, line) of FILE or stdin ('-'), decoded as UTF-8."""
    src = contextlib.nullcontext(sys.stdin.buffer) if name == "-" else open(name, "rb")  # noqa: SIM115
    with src as fh:
        for n, raw in enumerate(fh, 1):
            try:
                yield n, raw.decode("utf-8").rstrip("\r\n")
            except UnicodeDecodeError as exc:
                raise _BadLine(n, f"not valid UTF-8 ({exc.reason})") from None


class _BadLine(Exception):
    def __init__(self, line: int, message: str) -> None:
        super().__init__(message)
        self.line = line


@click.command()
@click.argument("files", nargs=-1, type=click.Path(dir_okay=False, allow_dash=True))
@click.option("--summary", is_flag=True, help="Print counts of languages per file, not per line.")
@click.option(
    "--min-words",
    type=click.IntRange(min=0),
    default=0,
    show_default=True,
    help="With --summary: count only lines with at least this many words.",
)
def detect(files: tuple[str, ...], summary: bool, min_words: int) -> None:
    """Print the language of each line of FILES (or stdin): ru, uk, be, bg, sr, mk, kk, ky, mn.

    Lines without Cyrillic give 'und'. With --summary, one line per file: the number of lines
    per language, most frequent first.

    \b
    Examples:
      translit detect names.txt
      echo 'Київ — столиця України' | translit detect
      translit detect --summary --min-words 5 corpus/*.txt
    """
    from ..detection import detect as detect_lang

    failed = False
    out = sys.stdout
    for name in files or ("-",):
        counts: Counter[str] = Counter()
        try:
            for _, line in _lines(name):
                if summary:
                    if len(line.split()) >= min_words and line.strip():
                        counts[detect_lang(line)] += 1
                else:
                    out.write(detect_lang(line) + "\n")
        except _BadLine as exc:
            click.echo(f"translit: error: {name}:{exc.line}: {exc}", err=True)
            failed = True
            continue
        except OSError as exc:
            click.echo(f"translit: error: {name}: {exc.strerror or exc}", err=True)
            failed = True
            continue
        if summary:
            total = sum(counts.values())
            parts = [f"{lang} {n} ({100 * n / total:.1f}%)" for lang, n in counts.most_common()]
            click.echo(f"{name}: {total} lines: " + (", ".join(parts) if parts else "none"))
    if failed:
        sys.exit(1)
