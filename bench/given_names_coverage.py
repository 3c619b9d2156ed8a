"""How much of the given names real text carries the given-names table knows.

Text: the Russian and Ukrainian files of ``../shared/corpus`` (Universal Dependencies sentences:
news, fiction, poetry, social media). A given-name token is a capitalised word, not the first of
its sentence, whose most likely pymorphy3 analysis is a dictionary word with the ``Name``
grammeme (the OpenCorpora / VESUM dictionaries, independent of the table; guesses for unknown
words do not count); its lemma is the name. Coverage is
the share of such tokens whose lemma is a spelling of the table in that language, Belarusian has
no analyser here and is not measured. Foreign names (Джон, Мишель) count as misses: the table
holds the Russian, Ukrainian and Belarusian names readers meet in texts about those countries,
and the list of misses shows what is left.

    python bench/given_names_coverage.py                  # the shipped table
    python bench/given_names_coverage.py --table OLD.csv  # another version of it
    python bench/given_names_coverage.py --misses 40      # the 40 most frequent missing lemmas
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from translit.names.forms import fold  # noqa: E402
from translit.script import CYRILLIC_CLASS  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus"
FILES = {"ru": ("ru-gsd.txt", "ru-taiga.txt", "ru-poetry.txt"), "uk": ("uk-iu.txt",)}
TABLE = ROOT / "translit" / "data" / "names" / "given_names.csv"
_WORD = re.compile(f"[{CYRILLIC_CLASS}]+(?:['’-][{CYRILLIC_CLASS}]+)*")


def spellings(table: Path, lang: str) -> set[str]:
    """Folded spellings of ``lang`` in a given-names table (its ``#`` lines are comments)."""
    with open(table, encoding="utf-8", newline="") as fh:
        rows = csv.DictReader(line for line in fh if not line.startswith("#"))
        return {fold(s) for r in rows for s in r[lang].split("|") if s}


def name_lemmas(lang: str) -> Counter[str]:
    """Lemmas of the given-name tokens of ``lang``'s corpus files, with their counts."""
    import pymorphy3

    morph = pymorphy3.MorphAnalyzer(lang=lang)
    out: Counter[str] = Counter()
    for name in FILES[lang]:
        for line in (CORPUS / name).read_text(encoding="utf-8").splitlines():
            for m in list(_WORD.finditer(line))[1:]:
                word = m.group()
                if not word[:1].isupper() or word.isupper():
                    continue
                best = morph.parse(word.lower())[0]
                if best.is_known and "Name" in best.tag.grammemes:
                    out[fold(best.normal_form)] += 1
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--table", type=Path, default=TABLE, help="given_names.csv to measure")
    ap.add_argument("--misses", type=int, default=0, help="print this many missing lemmas")
    args = ap.parse_args()
    if not CORPUS.is_dir():
        sys.exit(f"{CORPUS} is absent: nothing to measure")
    for lang in FILES:
        lemmas = name_lemmas(lang)
        known = spellings(args.table, lang)
        hit = sum(n for lemma, n in lemmas.items() if lemma in known)
        total = sum(lemmas.values())
        names = sum(1 for lemma in lemmas if lemma in known)
        print(
            f"{lang}: {hit}/{total} given-name tokens ({100 * hit / max(total, 1):.1f} %), "
            f"{names}/{len(lemmas)} distinct names"
        )
        if args.misses:
            missing = [(n, lemma) for lemma, n in lemmas.items() if lemma not in known]
            missing.sort(key=lambda p: (-p[0], p[1]))
            print("  missing:", ", ".join(f"{lemma} {n}" for n, lemma in missing[: args.misses]))


if __name__ == "__main__":
    main()
