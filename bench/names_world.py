"""Names of every Cyrillic language for readers: exact-match rates of ``romanize(..., target=)``
per source language × reader on ``bench/data/names_world39.tsv``, the language given and detected.

The list holds persons in their own language's Cyrillic (Kazakh, Kyrgyz, Tajik, Uzbek, Mongolian,
Serbian, Macedonian, Bulgarian, Tatar, Bashkir) and the same persons as Russian texts spell them,
with Caucasus, Volga and Siberian persons in Russian, none of them in ``glossaries/names.csv``
(see its header). A row's language is the spelling's: ``ru`` rows are measured by the origin the
row's other spelling names (``ru←kk``) where it has one, so a reader of Russian-spelled Kazakh
names is scored apart from one of Russian-spelled Serbian names.

    python -m bench.names_world             # the table: lang given | lang auto, per reader
    python -m bench.names_world --misses    # also every miss of the given-language run
    python -m bench.names_world --list names_world46.tsv --kind held   # another list, one kind
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import translit  # noqa: E402

TARGETS = ("en", "de", "fr")
LIST = ROOT / "bench" / "data" / "names_world39.tsv"

#: (group, lang, cyrillic, {target: alternatives})
Row = tuple[str, str, str, dict[str, list[str]]]


def rows(path: Path = LIST, kind: str | None = None) -> list[Row]:
    """The list's names in file order (only rows of ``kind`` if given); a Russian spelling's
    group is ``ru←<lang>`` of the own spelling it follows (same forms for every target), else
    ``ru``."""
    by_name: dict[tuple[str, str], dict[str, list[str]]] = {}
    for line in path.read_text("utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        lang, cyr, target, form, row_kind, _source = line.split("\t")
        if kind is not None and row_kind != kind:
            continue
        by_name.setdefault((lang, cyr), defaultdict(list))[target].extend(form.split("|"))
    out: list[Row] = []
    previous: tuple[str, dict[str, list[str]]] | None = None
    for (lang, cyr), forms in by_name.items():
        group = lang
        if lang == "ru" and previous and previous[0] != "ru" and previous[1] == forms:
            group = f"ru←{previous[0]}"
        out.append((group, lang, cyr, dict(forms)))
        previous = (lang, dict(forms))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--misses", action="store_true", help="print every miss (language given)")
    ap.add_argument("--list", default=LIST.name, help="a list of bench/data (names_world39.tsv)")
    ap.add_argument("--kind", help="only the rows of this kind (names_world46.tsv: held, listed)")
    args = ap.parse_args()
    path = ROOT / "bench" / "data" / args.list
    table = rows(path, args.kind)
    score: dict[tuple[str, str, str], list[int]] = defaultdict(lambda: [0, 0])
    for group, lang, cyr, forms in table:
        for t in TARGETS:
            if t not in forms:
                continue
            for mode, given in (("given", lang), ("auto", "auto")):
                out = translit.romanize(cyr, lang=given, target=t)
                good = out in forms[t]
                for key in ((group, t, mode), ("*", t, mode)):
                    score[key][0] += good
                    score[key][1] += 1
                if args.misses and mode == "given" and not good:
                    print(f"    miss {lang}→{t}: {cyr}: {out!r} (title {'|'.join(forms[t])!r})")
    groups = [*sorted({g for g, *_ in table}, key=lambda g: (g.startswith("ru"), g)), "*"]
    kind = f" ({args.kind})" if args.kind else ""
    print(f"{path.name}{kind}: {len(table)} spellings; exact match, lang given | lang auto")
    print(f"{'spelling':10}" + "".join(f"{t:>22}" for t in TARGETS))
    for g in groups:
        cells = []
        for t in TARGETS:
            given, auto = score[(g, t, "given")], score[(g, t, "auto")]
            cells.append(
                f"{given[0]:>3}/{given[1]:<3}| {auto[0]:>3}/{auto[1]:<3}" if given[1] else "-"
            )
        print(f"{g:10}" + "".join(f"{c:>22}" for c in cells))


if __name__ == "__main__":
    main()
