"""False mojibake repairs on sound text: every UD line of ``../shared/corpus`` and every piece
of one to four words of it, as written and as users also type it (ALL CAPS, Title Case,
caps-lock inversion, one letter's case flipped, one Cyrillic letter typed as its Latin
look-alike), acronym lines, French lines with Cyrillic names; and the recall on the same lines
misread (bench/mojibake.py's ``MISREADS``), whole and in pieces.

    python -m bench.mojibake_audit                  # every line, pieces of every 4th line
    python -m bench.mojibake_audit --every 1 --show 40

A false repair is a :func:`translit.encodings.mojibake_edits` edit of sound text (what
normalize's ``mojibake`` rule applies); counted by kind and by number of words.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from bench.mojibake import LOSSLESS, MISREADS
from translit.encodings import mojibake_edits, repair_mojibake
from translit.script import has_cyrillic

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"
#: Cyrillic letter -> its Latin look-alike (data/normalize.toml [homoglyphs], read backwards)
LOOKALIKE = dict(zip("АВСЕНІЈКМОРЅТХУасеіјорѕху", "ABCEHIJKMOPSTXYaceijopsxy", strict=True))


def set_corpus(path: Path) -> None:
    """Read the corpus from ``path`` (a tree checked out elsewhere measures the same files)."""
    global CORPUS
    CORPUS = path


def _lines(path: Path) -> list[str]:
    return [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]


def _pieces(line: str, most: int = 4) -> list[str]:
    words = line.split()
    return [
        " ".join(words[i : i + n]) for n in range(1, most + 1) for i in range(len(words) - n + 1)
    ]


def _corpus_texts(every: int) -> Iterator[tuple[str, list[str]]]:
    """Each UD line (the seed aside) and the texts read of it that hold Cyrillic: the line, and
    its pieces of 1-4 words for every ``every``-th line of a file."""
    for path in sorted(p for p in CORPUS.glob("*.txt") if not p.name.startswith("seed")):
        for k, line in enumerate(_lines(path)):
            texts = [line] + (_pieces(line) if k % every == 0 else [])
            yield line, [t for t in texts if has_cyrillic(t)]


def _flip_one(text: str, rng: random.Random) -> str:
    at = [i for i, c in enumerate(text) if c.isalpha() and c.swapcase() != c]
    if not at:
        return text
    i = rng.choice(at)
    return text[:i] + text[i].swapcase() + text[i + 1 :]


def _lookalike_one(text: str, rng: random.Random) -> str:
    at = [i for i, c in enumerate(text) if c in LOOKALIKE]
    if not at:
        return text
    i = rng.choice(at)
    return text[:i] + LOOKALIKE[text[i]] + text[i + 1 :]


def _title(text: str) -> str:
    return " ".join(w[:1].upper() + w[1:].lower() for w in text.split(" "))


def sound_texts(every: int, seed: int = 48) -> dict[str, set[str]]:
    """Sound texts by kind (each a set: a text counted once per kind)."""
    rng = random.Random(seed)
    kinds: dict[str, set[str]] = {}
    acronyms: set[str] = set()
    names: set[str] = set()
    for line, texts in _corpus_texts(every):
        for t in texts:
            kinds.setdefault("as written", set()).add(t)
            kinds.setdefault("ALL CAPS", set()).add(t.upper())
            kinds.setdefault("Title Case", set()).add(_title(t))
            kinds.setdefault("caps lock", set()).add(t.swapcase())
            kinds.setdefault("one case flipped", set()).add(_flip_one(t, rng))
            kinds.setdefault("one look-alike", set()).add(_lookalike_one(t, rng))
        for raw in line.split():
            w = raw.strip('.,;:!?«»"()—–')
            if 2 <= len(w) <= 6 and w.isupper() and has_cyrillic(w):
                acronyms.add(w)
            elif len(w) > 2 and w[0].isupper() and w[1:].islower() and has_cyrillic(w):
                names.add(w)
    acr = sorted(acronyms)
    kinds["acronym lines"] = {" ".join(rng.sample(acr, rng.randint(1, 4))) for _ in range(20000)}
    # acronyms and capitals after names, one word in small letters among capitals (ПАК ЧОН аС)
    kinds["acronyms, one word flipped"] = set()
    for t in sorted(kinds["acronym lines"]):  # (sorted: a set's order is the hash seed's)
        words = t.split()
        i = rng.randrange(len(words))
        words[i] = words[i][:1].lower() + words[i][1:]
        kinds["acronyms, one word flipped"].add(" ".join(words))
    seed_lines = _lines(CORPUS / "seed-roa-fr.txt") if (CORPUS / "seed-roa-fr.txt").exists() else []
    fr = [p for ln in seed_lines for p in re.split(r"(?<=[.;])\s+", ln) if p]
    nm = sorted(names)
    kinds["French with Cyrillic names"] = set()
    for s in fr:
        for _ in range(40):
            words = s.split()
            i = rng.randrange(len(words))
            words[i] = rng.choice(nm) if rng.random() < 0.7 else rng.choice(acr)
            kinds["French with Cyrillic names"].add(" ".join(words))
        kinds["French with Cyrillic names"].update(_pieces(s))
    return kinds


def misread_texts(every: int) -> dict[str, set[tuple[str, str]]]:
    """(misread, right) pairs by misreading: whole lines, and pieces of 1-4 words of every
    ``every``-th line."""
    out: dict[str, set[tuple[str, str]]] = {}
    for _line, texts in _corpus_texts(every):
        for t in texts:
            for kind in LOSSLESS:
                try:
                    bad = MISREADS[kind](t)
                except UnicodeEncodeError:
                    continue
                if bad != t:
                    out.setdefault(kind, set()).add((bad, t))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--every", type=int, default=4, help="pieces of every n-th line")
    ap.add_argument("--show", type=int, default=10)
    ap.add_argument("--no-recall", action="store_true")
    ap.add_argument("--no-sound", action="store_true")
    ap.add_argument("--kinds", default="", help="recall of the misreadings this regex matches only")
    ap.add_argument("--corpus", type=Path, default=CORPUS, help="the UD text files' folder")
    args = ap.parse_args(argv)
    set_corpus(args.corpus)
    if not CORPUS.is_dir():
        print(f"{CORPUS} is absent: nothing to measure", file=sys.stderr)
        return 0
    if not args.no_sound:
        total = 0
        bad_by_len: Counter[int] = Counter()
        for kind, texts in sound_texts(args.every).items():
            wrong = sorted(t for t in texts if mojibake_edits(t))
            total += len(wrong)
            for t in wrong:
                bad_by_len[min(len(t.split()), 5)] += 1
            print(f"sound {kind:28} {len(wrong):6} of {len(texts):8} changed")
            for t in wrong[: args.show]:
                print(f"    {t[:70]!r} -> {repair_mojibake(t)[:70]!r}")
        print(f"sound: {total} changed; by words (5: five or more): {sorted(bad_by_len.items())}")
    if not args.no_recall:
        for kind, pairs in misread_texts(args.every).items():
            if not re.match(args.kinds, kind):
                continue
            whole = [(b, t) for b, t in pairs if t.count(" ") >= 4]
            short = [(b, t) for b, t in pairs if t.count(" ") < 4]
            row = []
            for name, group in (("5+ words", whole), ("1-4 words", short)):
                ok = sum(1 for b, t in group if repair_mojibake(b) == t)
                row.append(f"{name} {ok}/{len(group)} ({100 * ok / max(1, len(group)):.1f}%)")
            print(f"recall {kind:26} " + "  ".join(row))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
