"""How often does encoding detection read legacy Cyrillic bytes back to the right text?

Each corpus file (../shared/corpus/*.txt) is re-encoded into each supported encoding that can
hold its letters (at least 99.5 % of its Cyrillic letters; the few others become ``?``, as a
legacy conversion would do), cut into pieces of 1 line, 10 lines and the whole file, and every
piece is decoded with ``translit.decode(data, encoding="auto")``. A piece counts as right when
the decoded text is identical to the re-encoded text; pure-ASCII pieces carry no evidence and
are left out. ``--charset-normalizer`` also measures charset-normalizer alone on the same pieces
(slow: about 10 ms a piece).

    python bench/encoding_accuracy.py                       # translit only
    python bench/encoding_accuracy.py --charset-normalizer  # both, side by side
    python bench/encoding_accuracy.py --limit 0             # every piece (slow with -c)
"""

from __future__ import annotations

import argparse
import codecs
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from translit.encodings import decode  # noqa: E402
from translit.errors import EncodingError  # noqa: E402
from translit.script import is_cyrillic  # noqa: E402

ENCODINGS = [
    "cp1251",
    "koi8_r",
    "koi8_u",
    "cp866",
    "iso8859_5",
    "mac_cyrillic",
    "utf-8",
    "utf-8-sig",
    "utf-16",
]
SIZES = [("1 line", 1), ("10 lines", 10), ("whole file", 0)]


def _holds(text: str, enc: str) -> bool:
    cyr = [c for c in text if is_cyrillic(c)]
    missing = sum(1 for c in cyr if not c.encode(enc, "ignore"))
    return missing <= 0.005 * len(cyr)


def _pieces(lines: list[str], size: int, limit: int) -> list[str]:
    if size == 0:
        return ["".join(lines)]
    pieces = ["".join(lines[i : i + size]) for i in range(0, len(lines), size)]
    pieces = [p for p in pieces if not p.isascii()]
    if limit and len(pieces) > limit:
        step = len(pieces) / limit
        pieces = [pieces[int(k * step)] for k in range(limit)]
    return pieces


def _cn_decode(data: bytes) -> str | None:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    return None if best is None else str(best)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    ap.add_argument("--limit", type=int, default=300, help="pieces per file, encoding and size")
    ap.add_argument("-c", "--charset-normalizer", action="store_true")
    ap.add_argument("-v", "--verbose", action="store_true", help="list the wrong guesses")
    args = ap.parse_args(argv)
    files = sorted(p for p in args.corpus.glob("*.txt"))
    if not files:
        print(f"no corpus files in {args.corpus}", file=sys.stderr)
        return 2
    ours: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    theirs: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    wrong: Counter[tuple[str, str]] = Counter()
    used: dict[str, list[str]] = defaultdict(list)
    for path in files:
        text = path.read_text(encoding="utf-8")
        lines = text.splitlines(keepends=True)
        for enc in ENCODINGS:
            if not _holds(text, enc):
                continue
            used[enc].append(path.stem)
            for label, size in SIZES:
                for piece in _pieces(lines, size, args.limit):
                    data = piece.encode(enc, "replace")
                    truth = data.decode(enc)
                    try:
                        got = decode(data)
                    except EncodingError:
                        got = None
                    cell = ours[(enc, label)]
                    cell[0] += 1
                    cell[1] += got == truth
                    if got != truth:
                        from translit.encodings import detect_encoding

                        try:
                            guess = detect_encoding(data)
                        except EncodingError:
                            guess = "error"
                        wrong[(enc, guess)] += 1
                    if args.charset_normalizer:
                        cell = theirs[(enc, label)]
                        cell[0] += 1
                        cell[1] += _cn_decode(data) == truth.lstrip("\ufeff")
    head = "| encoding | files | " + " | ".join(label for label, _ in SIZES) + " |"
    print(head)
    print("|" + " --- |" * (len(SIZES) + 2))
    for enc in ENCODINGS:
        if enc not in used:
            continue
        cells = []
        for label, _ in SIZES:
            n, ok = ours[(enc, label)]
            cell = f"{100 * ok / n:.1f} % ({ok}/{n})" if n else "-"
            if args.charset_normalizer:
                tn, tok = theirs[(enc, label)]
                cell += f" · cn {100 * tok / tn:.1f} %" if tn else ""
            cells.append(cell)
        name = codecs.lookup(enc).name + (" (BOM)" if enc in ("utf-8-sig", "utf-16") else "")
        print(f"| {name} | {len(used[enc])} | " + " | ".join(cells) + " |")
    if args.verbose and wrong:
        print("\nwrong guesses (true encoding -> detected):")
        for (enc, guess), n in wrong.most_common():
            print(f"  {enc} -> {guess}: {n}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
