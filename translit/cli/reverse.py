"""``translit reverse``: turn text romanised under a reversible scheme back into Cyrillic.

Only parses options; :func:`translit.reversal.reverse` does the work and :mod:`translit.io`
the reading and writing, so every input/output option of ``romanize`` works here too.
"""

from __future__ import annotations

from dataclasses import MISSING, dataclass
from typing import Any

import click

from ..io.options import option
from .options import click_options, io_options, run_io, split_io

__all__ = ["Reverse", "reverse"]


@dataclass(frozen=True)
class Reverse:
    """The transform: read a block of Latin text back into Cyrillic (picklable); each field is
    also the command's option of that name."""

    scheme: str = option(
        MISSING,
        "-s",
        "--scheme",
        help="The reversible scheme the text was romanised under (see 'translit schemes').",
    )
    lang: str = option("ru", "-l", "--lang", help="Language of the Cyrillic to produce.")

    @property
    def info(self) -> dict[str, Any]:
        """What the per-file report records about this file."""
        return {"scheme": self.scheme, "lang": self.lang}

    def __call__(self, text: str) -> str:
        from ..reversal import reverse as reverse_text

        return reverse_text(text, self.scheme, self.lang)


@click.command()
@click_options(Reverse)
@io_options()
def reverse(files: tuple[str, ...], **kwargs: Any) -> None:
    """Turn Latin text from FILES (or stdin) back into Cyrillic under a reversible scheme.

    A Latin word is replaced only when it is a valid romanisation under the scheme and reads
    back to exactly itself; other words (English, URLs, other schemes) are kept as they are.

    \b
    Examples:
      echo 'Ŝëgolʹ' | translit reverse -s iso-9
      translit reverse -s latin -l sr serbian-latin.txt -o serbian.txt
      translit reverse -s iso-9 --field title --add-field title_cyrl data.jsonl
    """
    io = split_io(kwargs)
    from ..errors import TranslitError
    from ..reversal import get_reverser
    from .base import fail, language

    lang = language(kwargs["lang"])
    try:
        get_reverser(kwargs["scheme"], lang)
    except TranslitError as exc:
        fail(str(exc))
    run_io(Reverse(kwargs["scheme"], lang), files, io)
