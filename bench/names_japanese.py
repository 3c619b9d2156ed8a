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
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from translit import romanize
from translit.morphology import _analyzer
from translit.names import conventions
from translit.names.japanese import hepburn_word, listed_given

HERE = Path(__file__).resolve().parent
LIST = HERE / "data" / "names_japanese.tsv"
UNMARKED = HERE / "data" / "names_japanese_unmarked.tsv"
CORPUS = HERE.parent.parent / "shared" / "corpus"
NAMES = HERE.parent / "glossaries" / "names.csv"


@contextmanager
def _without_rule() -> Iterator[None]:
    """The romanisers without the Japanese rule ."""
    original = conventions.TargetRomanizer._japanese_hit
    conventions.TargetRomanizer._japanese_hit = lambda self, text, words, i: []  # type: ignore[method-assign]
    try:
        yield
    finally:
        conventions.TargetRomanizer._japanese_hit = original  # type: ignore[method-assign]


@contextmanager
def _marker_only() -> Iterator[None]:
    """The romanisers with the marker rule only: no name without a marker (before japanese33)."""
    original = conventions.named_pair
    conventions.named_pair = lambda given, other: False
    try:
        yield
    finally:
        conventions.named_pair = original


def _rows(path: Path) -> list[list[str]]:
    return [
        line.split("\t")
        for line in path.read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")
    ]


def changed(lines: list[str]) -> list[tuple[str, str, str]]:
    """(line, with the rule, without) of each line the rule changes (target en)."""
    on = [romanize(x, target="en") for x in lines]
    with _without_rule():
        off = [romanize(x, target="en") for x in lines]
    return [(x, a, b) for x, a, b in zip(lines, on, off, strict=True) if a != b]


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

    lines = [
        line
        for path in sorted(CORPUS.glob("ru-*.txt"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    hits = changed(lines)
    print(f"corpus: {len(hits)} of {len(lines)} Russian lines changed")
    for line, on, off in hits:
        words = [(b, a) for a, b in zip(on.split(), off.split(), strict=False) if a != b]
        print("   ", words, "|", line[:80])

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
