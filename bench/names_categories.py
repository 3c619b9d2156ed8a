"""Names for readers, by category: exact-match accuracy of ``romanize(..., target=)`` per category,
source language and reader on ``bench/data/names_categories.tsv``.

The list holds whole categories (every federal subject of Russia and its capital, every Ukrainian
oblast and centre, the Belarusian regions, the post-Soviet capitals, the rulers of Russia, Nobel
laureates, composers, writers, rivers, lakes, mountains, and names spelled in Kazakh, Kyrgyz,
Uzbek, Tajik, Mongolian, Tatar, Bashkir and Azerbaijani Cyrillic) with the forms the en/de/fr
Wikipedias title them; it was built before any measurement (see its header). A category's score
says whether the data covers the category, not one name.

    python -m bench.names_categories             # per category and per source language
    python -m bench.names_categories --misses    # also every miss, with the expected forms
    python -m bench.names_categories --keys      # also same_name over each row's renderings
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import translit  # noqa: E402
from translit.names import same_name  # noqa: E402

TARGETS = ("en", "de", "fr")
LIST = ROOT / "bench" / "data" / "names_categories.tsv"

Row = tuple[str, str, str, dict[str, list[str]]]


def rows() -> list[Row]:
    """(category, lang, cyrillic, {target: alternatives}) in file order."""
    by_name: dict[tuple[str, str, str], dict[str, list[str]]] = {}
    for line in LIST.read_text("utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        cat, lang, cyr, target, form, _kind, _source = line.split("\t")
        by_name.setdefault((cat, lang, cyr), defaultdict(list))[target].append(form)
    return [(cat, lang, cyr, dict(forms)) for (cat, lang, cyr), forms in by_name.items()]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--misses", action="store_true", help="print every miss")
    ap.add_argument("--keys", action="store_true", help="also same_name within each row")
    args = ap.parse_args()
    table = rows()
    score: dict[tuple[str, str, str], list[int]] = defaultdict(lambda: [0, 0])
    for cat, lang, cyr, forms in table:
        for t in TARGETS:
            if t not in forms:
                continue
            out = translit.romanize(cyr, lang=lang, target=t)
            good = out in forms[t]
            for key in ((cat, lang, t), ("*", lang, t), ("*", "*", t)):
                score[key][0] += good
                score[key][1] += 1
            if args.misses and not good:
                print(f"    miss {cat} {lang}→{t}: {cyr}: {out!r} (title {' | '.join(forms[t])!r})")
    cats = list(dict.fromkeys(c for c, *_ in table))
    langs = list(dict.fromkeys(lg for _, lg, *_ in table))
    print(f"names_categories.tsv ({len(table)} names): exact match per category, source, reader")
    print(f"{'category':14} {'lang':4} " + " ".join(f"{t:>12}" for t in TARGETS))

    def line(cat: str, lang: str) -> None:
        cells = []
        for t in TARGETS:
            hit, n = score.get((cat, lang, t), (0, 0))
            cells.append(f"{hit:>4}/{n:<4}{hit / n:4.0%}" if n else f"{'':>12}")
        if any(c.strip() for c in cells):
            print(f"{cat:14} {lang:4} " + " ".join(cells))

    for cat in cats:
        for lang in langs:
            line(cat, lang)
    for lang in langs:
        line("*", lang)
    line("*", "*")
    if args.keys:
        n = ok = 0
        for _cat, _lang, cyr, forms in table:
            renderings = [cyr, *(f for t in TARGETS for f in forms.get(t, []))]
            for other in renderings[1:]:
                n += 1
                good = same_name(cyr, other)
                ok += good
                if args.misses and not good:
                    print(f"    key miss: {cyr} / {other}")
        print(f"same_name(cyrillic, title): {ok}/{n} = {ok / n:.1%}")


if __name__ == "__main__":
    main()
