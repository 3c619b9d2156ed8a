"""Korean names in the Kontsevich system: how many ``romanize(..., target="en")`` writes as the
readers' press prints them, with and without the rule of ``TargetRomanizer._korean_hit``, and
what the rule reads elsewhere (false hits).

* ``bench/data/names_korean.tsv``: Korean persons held out from the rule's making (its header);
* the Russian lines of ../shared/corpus: every line the rule changes;
* pymorphy3-dicts-ru's given names (nominative singular) after each listed surname, as lists
  of Soviet Koreans write them (``Ким Роман``), and the surnames of the dictionary after them
  (``Роман Ким``, ``Виктор Цой``);
* the persons of glossaries/names.csv: their Russian spellings.

Run: ``python -m bench.names_korean`` (a minute or two: the dictionary's names).
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from translit import romanize
from translit.morphology import _analyzer
from translit.names import conventions
from translit.names.korean import surnames

HERE = Path(__file__).resolve().parent
LIST = HERE / "data" / "names_korean.tsv"
CORPUS = HERE.parent.parent / "shared" / "corpus"
NAMES = HERE.parent / "glossaries" / "names.csv"


@contextmanager
def _without_rule() -> Iterator[None]:
    """The romanisers without the Korean rule."""
    original = conventions.TargetRomanizer._korean_hit
    conventions.TargetRomanizer._korean_hit = lambda self, text, words, i: None  # type: ignore[method-assign]
    try:
        yield
    finally:
        conventions.TargetRomanizer._korean_hit = original  # type: ignore[method-assign]


def changed(lines: list[str]) -> list[tuple[str, str, str]]:
    """(line, with the rule, without) of each line the rule changes (target en, source ru)."""
    on = [romanize(x, lang="ru", target="en") for x in lines]
    with _without_rule():
        off = [romanize(x, lang="ru", target="en") for x in lines]
    return [(x, a, b) for x, a, b in zip(lines, on, off, strict=True) if a != b]


def main() -> None:
    rows = [
        line.split("\t")
        for line in LIST.read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")
    ]
    right = [ru for ru, en in rows if romanize(ru, lang="ru", target="en") == en]
    with _without_rule():
        before = sum(romanize(ru, lang="ru", target="en") == en for ru, en in rows)
    print(
        f"held out: {len(right)} of {len(rows)} as the English titles (without the rule {before})"
    )
    for ru, en in rows:
        print("   ", ru, "->", romanize(ru, lang="ru", target="en"), "| title:", en)

    if CORPUS.is_dir():
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
    names: dict[str, set[str]] = {"Name": set(), "Surn": set()}
    for word, tag, *_ in morph.dictionary.iter_known_words():
        for kind, found in names.items():
            if kind in tag.grammemes and tag.case == "nomn" and "sing" in tag.grammemes:
                found.add(word.capitalize())
    given = sorted(names["Name"])
    korean = sorted({s.capitalize() for s in surnames()})
    tests = [f"Вчера {s} {g} приехал." for s in korean for g in given]
    tests += [f"Вчера {g} {s} приехал." for s in korean for g in given[:400]]
    tests += [f"Вчера {s} {w} приехал." for s in korean for w in sorted(names["Surn"])[:3000]]
    hits = changed(tests)
    print(f"dictionary names beside the surnames: {len(tests)} lines; {len(hits)} changed")
    for line, on, _ in hits[:40]:
        print("   ", line, "->", on)

    with NAMES.open(encoding="utf-8") as f:
        persons = [
            s for r in csv.DictReader(f) if r["type"] == "person" for s in r["ru"].split("|") if s
        ]
    hits = changed(persons)
    print(f"names.csv: {len(persons)} persons' spellings; {len(hits)} changed")
    for line, on, _ in hits:
        print("   ", line, "->", on)


if __name__ == "__main__":
    main()
