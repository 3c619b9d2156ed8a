"""Japanese names in the Polivanov system: how many ``romanize(..., target="en")`` writes as the
readers' press prints them, with and without the rule of ``TargetRomanizer._japanese_hit``, and
what the rule reads elsewhere (false hits).

* ``bench/data/names_japanese.tsv``: the 36 prime ministers of Japan since 1945 (its header);
* ``bench/data/names_japanese_unmarked.tsv``: ministers, writers (tune) and footballers (held
  out) for the rule of names without a marker; without the rule, with the marker rule only (as
  before japanese33), with both;
* the Russian lines of ../shared/corpus: every word the rule changes;
* pymorphy3-dicts-ru's surnames (nominative singular) that read wholly as Polivanov syllables,
  after a given name (``Вчера Иван … приехал.``) and alone (``Вчера … приехал.``), and after
  each of the dictionary's given names that is a listed Japanese one (Айка, Тома, Наоми);
* the persons of glossaries/names.csv: their Russian spellings, and each of their words alone.

Run: ``python -m bench.names_japanese`` (ten minutes or so: the dictionary's names).
"""

from __future__ import annotations

import csv
from contextlib import AbstractContextManager
from pathlib import Path

from translit import romanize
from translit.morphology import _analyzer
from translit.names import conventions
from translit.names.japanese import hepburn_word, listed_given

from . import rule_effect
from .rule_effect import print_corpus_changes, replaced

HERE = Path(__file__).resolve().parent
LIST = HERE / "data" / "names_japanese.tsv"
UNMARKED = HERE / "data" / "names_japanese_unmarked.tsv"
NAMES = HERE.parent / "glossaries" / "names.csv"


def _without_rule() -> AbstractContextManager[None]:
    """The romanisers without the Japanese rule."""
    return replaced(conventions.TargetRomanizer, "_japanese_hit", lambda self, text, words, i: [])


def _marker_only() -> AbstractContextManager[None]:
    """The romanisers with the marker rule only: no name without a marker (before japanese33)."""
    return replaced(conventions, "named_pair", lambda given, other: False)


def _rows(path: Path) -> list[list[str]]:
    return [
        line.split("\t")
        for line in path.read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")
    ]


def changed(lines: list[str]) -> list[tuple[str, str, str]]:
    """(line, with the rule, without) of each line the rule changes (target en)."""
    return rule_effect.changed(lines, _without_rule)


def main() -> None:
    rows = [["prime ministers", *row] for row in _rows(LIST)] + _rows(UNMARKED)
    for part in dict.fromkeys(r[0] for r in rows):
        these = [(ru, en) for p, ru, en in rows if p == part]
        right = sum(romanize(ru, target="en") == en for ru, en in these)
        with _marker_only():
            marker = sum(romanize(ru, target="en") == en for ru, en in these)
        with _without_rule():
            before = sum(romanize(ru, target="en") == en for ru, en in these)
        print(
            f"{part}: {right} of {len(these)} as the English titles (marker rule only {marker},"
            f" without the rule {before})"
        )

    print_corpus_changes(_without_rule)

    morph = _analyzer("ru")
    surnames = sorted(
        {
            word
            for word, tag, *_ in morph.dictionary.iter_known_words()
            if "Surn" in tag.grammemes and tag.case == "nomn" and "sing" in tag.grammemes
        }
    )
    readable = [s.capitalize() for s in surnames if hepburn_word(s)]
    given = sorted(
        {
            word.capitalize()
            for word, tag, *_ in morph.dictionary.iter_known_words()
            if "Name" in tag.grammemes and tag.case == "nomn" and listed_given(word)
        }
    )
    print(f"the dictionary's given names that are listed Japanese ones: {', '.join(given)}")
    tests = (
        [f"Вчера Иван {s} приехал." for s in readable]
        + [f"Вчера {s} приехал." for s in readable]
        + [f"Вчера {g} {s} приехала." for g in given for s in readable]
    )
    hits = changed(tests)
    print(
        f"surnames: {len(readable)} of {len(surnames)} read as syllables; {len(hits)} lines changed"
    )
    for line, on, _ in hits:
        print("   ", line, "->", on)

    with NAMES.open(encoding="utf-8") as f:
        persons = [r["ru"] for r in csv.DictReader(f) if r["type"] == "person" and r["ru"]]
    words = sorted({w for p in persons for w in p.replace("-", " ").split() if w[:1].isupper()})
    hits = changed(persons) + changed([f"Вчера {w} приехал." for w in words])
    print(f"names.csv: {len(persons)} persons, {len(words)} words alone; {len(hits)} changed")
    for line, on, _ in hits:
        print("   ", line, "->", on)


if __name__ == "__main__":
    main()
