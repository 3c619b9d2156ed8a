"""``translit romanize``: romanise files or stdin under a scheme."""

from __future__ import annotations

import sys

import click

from . import fail


@click.command()
@click.argument("files", nargs=-1, type=click.Path(dir_okay=False, allow_dash=True))
@click.option(
    "-s",
    "--scheme",
    default="bgn-pcgn",
    show_default=True,
    help="Scheme id or alias (see 'translit schemes').",
)
@click.option(
    "-l", "--lang", default="ru", show_default=True, help="Language of the Cyrillic text."
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, allow_dash=True),
    help="Write here (atomically) instead of stdout.",
)
def romanize(files: tuple[str, ...], scheme: str, lang: str, output: str | None) -> None:
    """Romanise Cyrillic text from FILES (or stdin when none or '-').

    Line endings and all non-Cyrillic text are kept exactly.

    \b
    Examples:
      translit romanize letter.txt
      translit romanize -s wikipedia -o letter.en.txt letter.txt
      echo 'ВС КОНР' | translit romanize
    """
    from ..catalogue import get_romanizer
    from ..errors import TranslitError
    from ..io import atomic_write

    try:
        r = get_romanizer(scheme, lang)
    except TranslitError as exc:
        fail(str(exc))
    sources = files or ("-",)
    for name in sources:
        if name != "-":
            try:
                open(name, "rb").close()
            except OSError as exc:
                fail(f"{name}: {exc.strerror}")

    def run(dst: object) -> None:
        for name in sources:
            if name == "-":
                stdin = open(sys.stdin.fileno(), encoding="utf-8", newline="", closefd=False)  # noqa: SIM115
                r.romanize_stream(stdin, dst)  # type: ignore[arg-type]
            else:
                with open(name, encoding="utf-8", newline="") as src:
                    r.romanize_stream(src, dst)  # type: ignore[arg-type]

    try:
        if output and output != "-":
            with atomic_write(output) as dst:
                run(dst)
        else:
            out = open(sys.stdout.fileno(), "w", encoding="utf-8", newline="", closefd=False)  # noqa: SIM115
            run(out)
            out.flush()
    except UnicodeDecodeError as exc:
        fail(f"input is not valid UTF-8 ({exc.reason} at byte {exc.start})")
