"""Write translit/data/romanized_initials.toml: for each language with schemes, each letter of
its alphabet (translit/data/alphabets.toml) → the first characters (casefolded) that any of the
language's schemes (translit/data/schemes) writes for a text starting with that letter, in
either case, before any letter of the alphabet, a space, a hyphen, a mark or nothing; "" where
a scheme writes nothing for the letter alone (ъ, ь: the next letter's sound starts the text).

:func:`translit.glossary.model.may_romanize_to` reads it so that deciding whether a German,
French or English term is a romanisation of a Cyrillic term of its concept (Gosplan: Госплан)
compiles no romaniser for a Cyrillic term whose romanisations cannot start with the Latin
term's letter (Besserungsarbeitslager: ИТЛ).

    python -m bench.romanized_initials          # rewrite the file after editing a scheme
    python -m bench.romanized_initials --check  # exit 1 if the file is stale

tests/test_romanized_initials.py fails when the file is stale, and checks the claim on random
texts of each language's alphabet with every scheme.
"""

from __future__ import annotations

import sys
from pathlib import Path

from translit.catalogue import languages
from translit.errors import UnknownLanguageError
from translit.glossary.model import romanizers_of
from translit.script import alphabet

PATH = Path(__file__).resolve().parent.parent / "translit" / "data" / "romanized_initials.toml"
_AFTER = ("", " ", "-", "\u0301", "\u0308")  # (and every letter of the alphabet)


def initials(lang: str) -> dict[str, str]:
    """Each letter of ``lang``'s alphabet → its romanisations' possible first characters."""
    letters = alphabet(lang)
    afters = [*_AFTER, *letters, *letters.upper()]
    out: dict[str, str] = {}
    for x in letters:
        texts = [s + a for s in (x, x.upper()) for a in afters]
        firsts: set[str] = set()
        vanishes = False
        for _, romanize in romanizers_of(lang):
            for text in texts:
                got = romanize(text).casefold()
                firsts.add(got[:1])
            vanishes = vanishes or not romanize(x) or not romanize(x.upper())
        out[x] = "" if vanishes or "" in firsts else "".join(sorted(firsts))
    return out


def table() -> str:
    """The file's text."""
    lines = [
        "# Derived: do not edit. `python -m bench.romanized_initials` writes it;",
        "# tests/test_romanized_initials.py fails when it is stale.",
        "# Sources: translit/data/schemes (every scheme of each language) and",
        "# translit/data/alphabets.toml. Each letter → the first characters (casefolded) any",
        '# scheme of the language writes for a text starting with it; "": any.',
    ]
    for lang in languages():
        try:
            letters = alphabet(lang)
        except UnknownLanguageError:  # (a language alphabets.toml does not list)
            continue
        if not letters:
            continue
        lines += ["", f"[{lang}]"]
        lines += [f'"{k}" = "{v}"' for k, v in initials(lang).items()]
    return "\n".join(lines) + "\n"


def main(argv: list[str]) -> int:
    text = table()
    if "--check" in argv:
        return 0 if PATH.read_text(encoding="utf-8") == text else 1
    PATH.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
