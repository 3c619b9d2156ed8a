"""``translit verify`` and ``translit name-key``: check a romanisation; print name keys."""

from __future__ import annotations

import json
import sys
from typing import TYPE_CHECKING

import click

from .base import printable, typed
from .options import run_option

if TYPE_CHECKING:
    from ..verification import Verdict


@click.command()
@click.argument("cyrillic", callback=typed)
@click.argument("latin", callback=typed)
@click.option(
    "-l",
    "--lang",
    default="auto",
    show_default=True,
    help="Language of CYRILLIC (ru, uk, be, …; auto: detected).",
)
@click.option(
    "-t",
    "--target",
    default=None,
    help="Reader language (en, de, fr or a locale): only its convention and established "
    "forms are tried, no other scheme.",
)
@click.option("--json", "as_json", is_flag=True, help="Print the verdict as one JSON object.")
def verify(cyrillic: str, latin: str, lang: str, target: str | None, as_json: bool) -> None:
    """Check that LATIN is a correct romanisation of CYRILLIC under some scheme.

    Every scheme of the language and the English, German and French reader conventions (with
    any of their established name forms) are tried, for Ukrainian, Belarusian, Kazakh and
    Kyrgyz also on the Russian spelling (labels ru:…); with --target, that reader's
    convention alone. Case and apostrophe variants (' ’ ʹ) are ignored. A text whose every word some scheme gives is accepted word by word ("mixed",
    each word's schemes printed), a name in catalogue order as such ("Pouchkine, Alexandre").
    Exit code 0 when accepted (the matching schemes are printed), 1 when not (the closest
    expected form is printed).

    \b
    Examples:
      translit verify 'Русская освободительная армия' "Russkaya osvoboditel'naya armiya"
      translit verify 'Ельцин' 'Jelzin'
      translit verify -l uk Київ Kyiv
      translit verify --target en 'Исаак Бабель' 'Isaac Babel'
      translit verify -t fr 'Андрей Власов' 'Andrey Vlasov'     # exit 1: Andreï Vlassov
      translit verify -l uk 'Віктор Янукович' 'Viktor Yanukovich'
      translit verify 'Пётр Ильич Чайковский' 'Peter Ilich Tchaikovsky'
    """
    from ..errors import TranslitError
    from ..script import drop_invisible
    from ..verification import verify as run
    from .base import cli_message, fail, language, reader

    def echo(line: str) -> None:  # (a verdict quotes the text: its controls shown, never run;
        click.echo(printable(line))  # LATIN "…\x1b]0;title\x07" set the terminal's title)

    if not drop_invisible(cyrillic).strip():  # (verify() accepts nothing for it; exit 1 would
        # say "not accepted", as if the LATIN were wrong)
        fail(f"CYRILLIC is {cyrillic!r}: there is nothing to check")
    lang = language(lang, ("auto",))
    target = reader(target)
    try:
        v = run(cyrillic, latin, lang=lang, target=target)
    except TranslitError as exc:
        fail(cli_message(exc))
    if as_json:
        click.echo(
            json.dumps(
                {
                    "accepted": v.accepted,
                    "schemes": list(v.schemes),
                    "closest": v.closest,
                    "expected": v.expected,
                    "diff": [
                        {"index": d.index, "given": d.given, "expected": d.expected} for d in v.diff
                    ],
                    "words": [{"word": w, "schemes": list(ls)} for w, ls in v.words],
                    "lang": v.lang,
                    "russian_spelling": v.russian or None,
                },
                ensure_ascii=False,
            )
        )
        sys.exit(0 if v.accepted else 1)
    if v.words:
        echo("accepted word by word (mixed):")
        for word, labels in v.words:
            more = f", … ({len(labels)} in all)" if len(labels) > 4 else ""
            echo(f"  {word}: {', '.join(labels[:4])}{more}")
    elif v.accepted:
        echo(f"accepted by: {', '.join(v.schemes)}")
    else:
        echo(f"not accepted; closest: {v.closest}")
        echo(f"  expected: {v.expected}")
        for d in v.diff:
            if not d.given:
                echo(f"  missing word: {d.expected}")
            elif not d.expected:
                echo(f"  word {d.index + 1}: {d.given} (not expected)")
            else:
                echo(f"  word {d.index + 1}: {d.given} -> expected {d.expected}")
    _tried(v, target)
    sys.exit(0 if v.accepted else 1)


def _tried(v: Verdict, target: str | None) -> None:
    """Whose schemes were tried, for a text of another language than Russian (``verify -l be``
    listed Russian schemes beside Belarusian ones and did not say why)."""
    from ..catalogue import language_info
    from ..names.forms import READERS

    if v.lang in ("", "ru"):
        return
    everyone = f"its schemes and the {', '.join(READERS)} readers'"
    readers = f"the {target} readers'" if target else everyone
    what = f"{readers} conventions" if not target else f"{readers} convention"
    also = (
        f"; where none gives it, ru: Russian ones on its spelling {v.russian}" if v.russian else ""
    )
    click.echo(printable(f"  (a {language_info(v.lang)['name']} ({v.lang}) text: {what}{also})"))


@click.command()
@click.argument("names", nargs=-1, callback=typed)
@run_option("encoding")
def name_key(names: tuple[str, ...], encoding: str) -> None:
    """Print the cross-language matching key of each NAME (key, tab, name: a tab in it
    written \\t, a backslash \\\\); with no NAME or '-', of each line of stdin (blank lines
    skipped, read in --encoding).

    Renderings of the same name in Cyrillic, English, German or French share a key, in
    either order when the surname is marked: "Vlasov, Andrey" and "VLASOV Andrey" key as
    "Andrey Vlasov".

    \b
    Examples:
      translit name-key Власов Vlasov Wlassow Vlassov
      echo 'Андрей Власов' | translit name-key
    """
    from ..errors import TranslitError, with_flags
    from ..io.textio import InputError
    from ..names import name_key as key
    from .base import (
        fail,
        input_failed,
        input_said,
        printable,
        tsv_escaped,
        unused,
        wanted_encoding,
        warner,
    )
    from .detect import input_lines

    if not all(name.strip() for name in names):  # (a key of nothing, printed as a bare tab)
        fail("a NAME is empty: give each name as a word or more")
    if names and "-" not in names:  # (it was accepted and unused)
        unused("encoding", "--encoding reads the names of standard input (no NAME, or -), "
               "and there are none", "give - and pipe the names in, or drop --encoding")  # fmt: skip
    if not names or "-" in names:  # (an encoding set aside, or shared and not read, is
        encoding = wanted_encoding(encoding)  # not checked)
    failed = False
    for name in names or ("-",):
        if name != "-":
            click.echo(f"{key(name)}\t{tsv_escaped(name)}")
            continue
        try:  # (stdin, read as detect reads it: `echo Власов | name-key` was "Missing argument")
            for at, line in enumerate(input_lines("-", encoding, warner("-")), 1):
                if line.strip():
                    try:
                        click.echo(f"{key(line)}\t{tsv_escaped(line)}")
                    except TranslitError as exc:  # (a text past a name's length: that line)
                        input_failed(f"<stdin>:{at}: {with_flags(str(exc))}")
                        failed = True
        except InputError as exc:
            where = f"<stdin>:{exc.line}" if exc.line else "<stdin>"  # (as detect says it)
            input_failed(f"{where}: {printable(input_said(exc.message))}")
            failed = True
    if failed:
        sys.exit(1)
