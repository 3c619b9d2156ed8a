"""Names for readers: accuracy of ``romanize(..., target=)`` and of the name keys.

Two lists: the held-out list ``bench/data/names_heldout.tsv`` (Russian- and Ukrainian-spelled
people and places, written after the data and not used to write it; each row's forms are its
English, German and French Wikipedia titles) and, as a development list, the project's
``tests/data/names_{en,de,fr}.tsv`` (Russian-spelled, seen while writing the data).

* romanisation: exact match of ``translit.romanize(cyrillic, lang=..., target=...)`` with the
  title, per target language and source spelling;
* keys: same-person rate (``same_name`` over every pair of renderings of one row: Cyrillic, en,
  de, fr) and false-match rate (every pair of renderings of two different rows).

    python bench/names_accuracy.py            # both lists
    python bench/names_accuracy.py --misses   # also print the misses
"""

from __future__ import annotations

import argparse
import itertools
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import translit  # noqa: E402
from translit.names import same_name  # noqa: E402

TARGETS = ("en", "de", "fr")


def heldout() -> list[tuple[str, str, dict[str, str]]]:
    rows = []
    for line in (ROOT / "bench" / "data" / "names_heldout.tsv").read_text("utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        lang, cyr, en, de, fr = line.split("\t")
        rows.append((lang, cyr, {"en": en, "de": de, "fr": fr}))
    return rows


def development() -> list[tuple[str, str, dict[str, str]]]:
    by_cyr: dict[str, dict[str, str]] = defaultdict(dict)
    for t in TARGETS:
        path = ROOT / "tests" / "data" / f"names_{t}.tsv"
        for line in path.read_text("utf-8").splitlines():
            if line.startswith("#") or not line.strip():
                continue
            cyr, lat, _ = line.split("\t")
            by_cyr[cyr][t] = lat
    return [("ru", cyr, forms) for cyr, forms in by_cyr.items()]


def accuracy(rows: list[tuple[str, str, dict[str, str]]], misses: bool) -> None:
    for lang in sorted({r[0] for r in rows}):
        for t in TARGETS:
            n = hit = 0
            for lg, cyr, forms in rows:
                if lg != lang or not forms.get(t):
                    continue
                n += 1
                out = translit.romanize(cyr, lang=lang, target=t)
                hit += out == forms[t]
                if misses and out != forms[t]:
                    print(f"    miss {lang}→{t}: {cyr}: {out!r} (title {forms[t]!r})")
            print(f"  romanize {lang}-spelled → {t}: {hit}/{n} = {hit / n:.1%}")


def keys(rows: list[tuple[str, str, dict[str, str]]], misses: bool) -> None:
    renderings = [[cyr, *(forms[t] for t in TARGETS if forms.get(t))] for _, cyr, forms in rows]
    same = [(a, b) for r in renderings for a, b in itertools.combinations(r, 2)]
    ok = 0
    for a, b in same:
        good = same_name(a, b)
        ok += good
        if misses and not good:
            print(f"    key miss: {a} / {b}")
    print(f"  same person: {ok}/{len(same)} = {ok / len(same):.1%}")
    diff = [(a, b) for r1, r2 in itertools.combinations(renderings, 2) for a in r1 for b in r2]
    false = [(a, b) for a, b in diff if same_name(a, b)]
    if misses:
        for a, b in false:
            print(f"    false match: {a} / {b}")
    print(f"  false matches: {len(false)}/{len(diff)} = {len(false) / len(diff):.2%}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--misses", action="store_true", help="print every miss")
    args = ap.parse_args()
    for title, rows in (("held-out", heldout()), ("development", development())):
        print(f"{title} list ({len(rows)} rows)")
        accuracy(rows, args.misses)
        keys(rows, args.misses)


if __name__ == "__main__":
    main()
