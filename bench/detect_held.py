"""The language decision on short input, on one half of the shared corpus only: pieces of 1, 2
and 3 words and whole lines, drawn with a fixed seed, as confusion matrices per length.

    python -m bench.detect_held                 # the held-out half (odd-numbered lines)
    python -m bench.detect_held --half cal      # the calibration half, to look for causes
    python -m bench.detect_held --wrong be ru   # the be pieces decided ru (text, reason)
    python -m bench.detect_held --time          # CPU time of detect() on every line, best of 5
    python -m bench.detect_held --calibrate     # SHORT_MARGIN of detection.py, calibration half

Unlike ``bench.detect_short``, which samples both halves together and splits afterwards (so
about half of its spans are held out), every piece here comes from the requested half: from
each file of ``../shared/corpus`` (UD sentences: ru uk be bg mk kk ky; the three Russian files
as one language), ``--n`` distinct pieces of ``k`` consecutive words (whitespace tokens with a
letter, the punctuation at their edges stripped: ``bench.detect_short.cut_words``) at a
seeded random place of a seeded random line of that half, one generator per file and length
(seeded by name: adding a file changes no other file's pieces); ``line``: every line of that
half with a Cyrillic letter, stripped. Read where they are, never copied into the project.
"""

from __future__ import annotations

import argparse
import collections
import random
import re
import sys
import time
from pathlib import Path

import translit
from bench.detect_short import cut_words, word_spans
from translit import detection as d

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"
SEED = 36
N = 400  # pieces per file and length
LENGTHS = (1, 2, 3)
_CYR = re.compile("[\u0400-\u04ff]")


def pieces(half: str = "held", seed: int = SEED, n: int = N) -> list[tuple[str, str, str]]:
    """(language, kind, text): ``kind`` "1w" "2w" "3w" or "line"; ``half`` "held" (odd lines,
    counted from 0) or "cal" (even)."""
    out: list[tuple[str, str, str]] = []
    parity = 1 if half == "held" else 0
    for path in sorted(CORPUS.glob("[a-z][a-z]-*.txt")):
        lang = path.name[:2]
        lines = path.read_text(encoding="utf-8").splitlines()
        rows = [line for i, line in enumerate(lines) if i % 2 == parity and _CYR.search(line)]
        for k in LENGTHS:
            rnd = random.Random(f"{seed}:{path.name}:{k}")
            out += [(lang, f"{k}w", text) for _, text in word_spans(rows, k, n, rnd)]
        out += [(lang, "line", line.strip()) for line in rows]
    return out


def confusion(items: list[tuple[str, str, str]]) -> None:
    got = [translit.detect(text) for _, _, text in items]
    kinds = ("1w", "2w", "3w", "line")
    cells: collections.Counter[tuple[str, str]] = collections.Counter()
    for kind in kinds:
        sub = [(lang, g) for (lang, k, _), g in zip(items, got, strict=True) if k == kind]
        langs = sorted({lang for lang, _ in sub})
        cols = langs + sorted({g for _, g in sub} - set(langs))
        print(f"\n### {kind} (n = {len(sub)})\n")
        print("| true \\ decided | " + " | ".join(cols) + " | right % |")
        print("| --- |" + " ---: |" * (len(cols) + 1))
        for lang in langs:
            row = collections.Counter(g for lg, g in sub if lg == lang)
            cells.update({(lang, g): c for g, c in row.items() if g != lang})
            right = 100 * row[lang] / sum(row.values())
            print(
                f"| {lang} | " + " | ".join(str(row[c] or ".") for c in cols) + f" | {right:.1f} |"
            )
    print("\n### confusions, largest first\n")
    print(", ".join(f"{a} -> {b} {c}" for (a, b), c in cells.most_common(12)))


def wrong(items: list[tuple[str, str, str]], lang: str, got: str) -> None:
    for true, kind, text in items:
        if true == lang and translit.detect(text) == got:
            print(f"{kind}\t{text}\t{translit.explain_language(text).reason}")


def timing(items: list[tuple[str, str, str]]) -> None:
    lines = [text for _, kind, text in items if kind == "line"]
    for text in lines:
        translit.detect(text)  # the evidence loaded
    best = float("inf")
    for _ in range(5):
        d._detect_short.cache_clear()
        d._shares().word.clear()
        d._shares().triple.clear()
        start = time.process_time()
        for text in lines:
            translit.detect(text)
        best = min(best, time.process_time() - start)
    print(f"{len(lines)} lines: {best:.3f} s of CPU, {1e6 * best / len(lines):.0f} µs a line")


def windows(half: str, lang: str = "ru", lengths: tuple[int, ...] = (2, 3)) -> list[str]:
    """Every window of ``lengths`` words of every line of ``half`` of ``lang``'s files."""
    parity = 1 if half == "held" else 0
    out = []
    for path in sorted(CORPUS.glob(f"{lang}-*.txt")):
        for i, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
            if i % 2 != parity:
                continue
            words = cut_words(line)
            for k in lengths:
                out += [" ".join(words[s : s + k]) for s in range(len(words) - k + 1)]
    return out


def calibrate(items: list[tuple[str, str, str]]) -> None:
    """For each ``SHORT_MARGIN``: the Russian windows of two and three words of the
    calibration half that a short text's scores call otherwise, and the pieces of 2 and 3 words
    of the calibration half decided right, per language."""
    russian = [w for w in windows("cal") if d._CYR_RE.search(w)]
    found = [(w, d._WORD_RE.findall(w.lower())) for w in russian]
    russian = [w for w, words in found if d._scored_short(w, words, len(set(words)))]
    short = [(lang, text) for lang, kind, text in items if kind in ("2w", "3w")]
    saved = d.SHORT_MARGIN
    try:
        for margin in (4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0, float("inf")):
            d.SHORT_MARGIN = margin
            wrong = sum(d._explain(w, full=False).lang != "ru" for w in russian)
            right = collections.Counter(
                lang for lang, text in short if d._explain(text, full=False).lang == lang
            )
            row = ", ".join(f"{k} {right[k]}" for k in sorted(right))
            print(
                f"SHORT_MARGIN={margin}: Russian windows {wrong}/{len(russian)} wrong; right: {row}"
            )
    finally:
        d.SHORT_MARGIN = saved


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--half", choices=("held", "cal"), default="held")
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--n", type=int, default=N)
    parser.add_argument("--wrong", nargs=2, metavar=("TRUE", "GOT"))
    parser.add_argument("--time", action="store_true")
    parser.add_argument("--calibrate", action="store_true", help="SHORT_MARGIN, calibration half")
    args = parser.parse_args(argv)
    if not CORPUS.is_dir():
        print(f"{CORPUS} absent", file=sys.stderr)
        return 1
    items = pieces("cal" if args.calibrate else args.half, args.seed, args.n)
    if args.calibrate:
        calibrate(items)
    elif args.wrong:
        wrong(items, *args.wrong)
    elif args.time:
        timing(items)
    else:
        confusion(items)
    return 0


if __name__ == "__main__":
    sys.exit(main())
