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
from contextlib import AbstractContextManager
from pathlib import Path

from translit import romanize
from translit.morphology import _analyzer
from translit.names import conventions
from translit.names.korean import surnames

from . import rule_effect
from .rule_effect import print_corpus_changes, replaced

HERE = Path(__file__).resolve().parent
LIST = HERE / "data" / "names_korean.tsv"
NAMES = HERE.parent / "glossaries" / "names.csv"


def _without_rule() -> AbstractContextManager[None]:
    """The romanisers without the Korean rule."""
    return replaced(conventions.TargetRomanizer, "_korean_hit", lambda self, text, words, i: None)


def changed(lines: list[str]) -> list[tuple[str, str, str]]:
    """(line, with the rule, without) of each line the rule changes (target en, source ru)."""
    return rule_effect.changed(lines, _without_rule, lang="ru")


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

    print_corpus_changes(_without_rule, lang="ru")

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
