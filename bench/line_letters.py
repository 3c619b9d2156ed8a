"""Whether the letters of a line could settle its language for glossary replace's
preposition, in place of :func:`translit.detection.detect` (task linelang26): a line with a
letter only Ukrainian writes of the two (і ї є ґ, from data/alphabets.toml) and none only
Russian writes (ы э ё ъ), nor Belarusian ў, called Ukrainian; the other way round, Russian;
else left to ``detect``. Prints, per corpus file, how many lines fall in each (screen,
detect) pair, and a line of each pair where they differ.

    python -m bench.line_letters

On the corpus of 2026-12-05 they differ on real lines of every kind (a Russian «Ґ», a
Belarusian line with і but no ў, a Bulgarian or Belarusian line with ъ or ы): the letters
cannot stand in for ``detect``, whose decision weighs the scores.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from translit.detection import detect
from translit.script import alphabet

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"
FILES = ("ru-gsd", "ru-poetry", "ru-taiga", "uk-iu", "be-hse", "bg-btb")


def screen(line: str) -> str:
    """ "uk", "ru" or "" (left to detect): the letters' verdict on ``line``."""
    uk_only = set(alphabet("uk")) - set(alphabet("ru"))
    ru_only = set(alphabet("ru")) - set(alphabet("uk"))
    letters = set(line.lower())
    if "ў" in letters or bool(letters & uk_only) == bool(letters & ru_only):
        return ""
    return "uk" if letters & uk_only else "ru"


def main() -> None:
    for name in FILES:
        pairs: Counter[tuple[str, str]] = Counter()
        differ: dict[tuple[str, str], str] = {}
        for line in (CORPUS / f"{name}.txt").read_text(encoding="utf-8").splitlines():
            pair = (screen(line), detect(line))
            pairs[pair] += 1
            if pair[0] and pair[0] != pair[1]:
                differ.setdefault(pair, line)
        print(name, " ".join(f"{s or '-'}/{d}:{n}" for (s, d), n in sorted(pairs.items())))
        for (s, d), line in differ.items():
            print(f"    screen {s}, detect {d}: {line[:100]}")


if __name__ == "__main__":
    main()
