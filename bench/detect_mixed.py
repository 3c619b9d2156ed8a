"""The language decision on short and mixed input cut differently from ``bench/detect_short.py``
and ``bench/bench_detect.py``: CLDR's own words, lists of names, a name inside a French sentence,
headlines, and lines mixing two Cyrillic languages.

    python -m bench.detect_mixed                # the tables (held-out and calibration halves)
    python -m bench.detect_mixed --misses cal   # the wrong answers of one half, to read

Sources, read where they are, never copied into the project:

- Unicode CLDR as Babel ships it (``babel.Locale``; Unicode License v3): for the locales ru uk be
  bg mk sr kk ky mn tt ba tg uz-Cyrl ce, the exemplar cities of the time zones, the names of
  languages, currencies, months (format and stand-alone, wide) and weekdays, and the territory
  names whose code does not begin with A K T U and is no number (the codes
  ``bench/data/detect_short_names.tsv`` takes for sr tg uz mn tt ba are left to it);
- ``../shared/corpus/<lang>-*.txt`` (the UD sentences of ru uk be bg mk kk ky) and
  ``../shared/corpus/seed-roa-fr.txt`` (French with Russian names).

Labels, fixed by these rules before any answer of translit was looked at:

- ``cldr``: an item is labelled with every locale that writes that key (category and code) so,
  ignoring case; an item Russian writes the same way is dropped (no text can tell it apart). A
  decision is right when it is one of the labels (``uz-Cyrl`` is ``uz``).
- ``names``: 2 to 4 words joined by ``", "``, each a capitalised word (a capital then small
  letters, Cyrillic only, at least 3 letters) that is not the first word of its sentence nor
  follows a sentence end, from sentences of one corpus file of one half: the file's language.
- ``in-fr``: one such word put in place of ``Vlasov`` in a sentence of seed-roa-fr.txt (Latin
  only): the word's language.
- ``headline``: a whole corpus sentence of 3 to 7 words in ALL CAPS: the file's language.
- ``seed``: each run of Cyrillic words of seed-roa-fr.txt, and each of its lines whole: Russian
  (the document is about the Russian Liberation Army and quotes its Russian names).
- ``mixed``: a sentence of one file (5 to 20 words, ending in . ! or ?) then, after a space, one of
  another language's file: right when :func:`translit.detect_spans` gives every letter of each
  sentence that sentence's language (reported per pair of languages' first sentence). A span
  without a Cyrillic letter (a link, a number) is ``und`` by design and not judged (a
  correction made after the first run, which had counted those as wrong).

Halves: CLDR keys by the parity of their CRC-32 (the same key in the same half in every locale);
corpus items by the parity of their sentence's line number (odd: held out), as the other benches
split. Rules are judged on the held-out half, margins calibrated on the calibration half.
"""

from __future__ import annotations

import argparse
import collections
import random
import re
import sys
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import NamedTuple

from bench.detect_short import corpus_sentences

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
SEED = 13
PER_KIND = 120  # corpus items per language and kind
LOCALES = ("ru", "uk", "be", "bg", "mk", "sr", "kk", "ky", "mn", "tt", "ba", "tg", "uz_Cyrl", "ce")
_CYR = re.compile("[\u0400-\u04ff]")
_CYR_WORD = re.compile("[\u0400-\u04ff]{3,}")
_EDGE = "\"'«»„“”‘’()[]{}.,;:!?…—–-*/"


class Item(NamedTuple):
    labels: frozenset[str]
    kind: str  # cldr-city, cldr-language, …, names, in-fr, headline, seed
    split: str  # "held" or "cal"
    text: str


def _half(key: str) -> str:
    return "held" if zlib.crc32(key.encode()) % 2 else "cal"


def cldr_items() -> list[Item]:
    """Every CLDR item of :data:`LOCALES` that Russian does not spell the same way."""
    from babel import Locale

    by_key: dict[tuple[str, str], dict[str, str]] = collections.defaultdict(dict)
    for loc in LOCALES:
        lo = Locale.parse(loc)
        code = loc.split("_")[0]
        found: dict[tuple[str, str], str] = {}
        for tz, data in lo.time_zones.items():
            if data.get("city"):
                found["city", tz] = data["city"]
        for k, v in lo.languages.items():
            found["language", k] = v
        for k, v in lo.currencies.items():
            found["currency", k] = v
        for k, v in lo.territories.items():
            if not k[0].isdigit() and k[0] not in "AKTU" and "-alt-" not in k:
                found["territory", k] = v
        for ctx in ("format", "stand-alone"):
            for k, v in lo.months[ctx]["wide"].items():
                found["month", f"{ctx}{k}"] = v
            for k, v in lo.days[ctx]["wide"].items():
                found["day", f"{ctx}{k}"] = v
        for key, v in found.items():
            if _CYR.search(v):
                by_key[key][code] = v
    out: list[Item] = []
    for (cat, code), spelled in sorted(by_key.items()):
        ru = spelled.get("ru", "").casefold()
        texts: dict[str, set[str]] = collections.defaultdict(set)
        for lang, v in spelled.items():
            texts[v].add(lang)
        for text, langs in sorted(texts.items()):
            if "ru" in langs or text.casefold() == ru:
                continue
            same = {lg for t, ls in texts.items() if t.casefold() == text.casefold() for lg in ls}
            out.append(Item(frozenset(same), f"cldr-{cat}", _half(f"{cat}:{code}"), text))
    return out


def _sentences() -> dict[str, list[tuple[int, str]]]:
    return corpus_sentences(CORPUS)


def _names_in(line: str) -> Iterator[str]:
    words = line.split()
    for i in range(1, len(words)):
        if words[i - 1][-1:] in '.!?…:—-–"«':
            continue
        w = words[i].strip(_EDGE)
        if _CYR_WORD.fullmatch(w) and w[0].isupper() and w[1:].islower():
            yield w


def corpus_items(seed: int = SEED, per_kind: int = PER_KIND) -> list[Item]:
    """Name lists, names in a French sentence, headlines, from the shared corpus."""
    out: list[Item] = []
    seed_path = CORPUS / "seed-roa-fr.txt"
    seed_lines = seed_path.read_text(encoding="utf-8").splitlines() if seed_path.exists() else []
    french = [
        s.strip()
        for line in seed_lines
        for s in re.split(r"(?<=[.!?])\s+", line)
        if "Vlasov" in s and not _CYR.search(s)
    ]
    for lang, rows in sorted(_sentences().items()):
        names = {
            split: [w for i, line in rows if (i % 2 == (split == "held")) for w in _names_in(line)]
            for split in ("held", "cal")
        }
        for split, found in names.items():
            rnd = random.Random(f"{seed}:{lang}:{split}:names")
            pool = sorted(set(found))
            if len(pool) < 4:
                continue
            seen: set[str] = set()
            for _ in range(per_kind // 2):
                text = ", ".join(rnd.sample(pool, rnd.randint(2, 4)))
                if text not in seen:
                    seen.add(text)
                    out.append(Item(frozenset({lang}), "names", split, text))
            if french:
                for w in rnd.sample(pool, min(per_kind // 2, len(pool))):
                    text = rnd.choice(french).replace("Vlasov", w, 1)
                    out.append(Item(frozenset({lang}), "in-fr", split, text))
        rnd = random.Random(f"{seed}:{lang}:headline")
        short = [(i, line) for i, line in rows if 3 <= len(line.split()) <= 7 and _CYR.search(line)]
        for i, line in rnd.sample(short, min(per_kind, len(short))):
            split = "held" if i % 2 else "cal"
            out.append(Item(frozenset({lang}), "headline", split, line.upper()))
    for n, line in enumerate(seed_lines):
        split = "held" if n % 2 else "cal"
        for run in re.findall(r"[\u0400-\u04ff]+(?:\s+[\u0400-\u04ff]+)*", line):
            out.append(Item(frozenset({"ru"}), "seed", split, run))
        if _CYR.search(line):
            out.append(Item(frozenset({"ru"}), "seed", split, line))
    return out


class Pair(NamedTuple):
    first: str
    second: str
    split: str
    a: str
    b: str


def mixed_pairs(seed: int = SEED, per_pair: int = 20) -> list[Pair]:
    """Two sentences of different languages on one line (both from the same half)."""
    by_lang = _sentences()
    ok = {
        lang: [
            (i, s)
            for i, s in rows
            if 5 <= len(s.split()) <= 20 and s.rstrip()[-1:] in ".!?" and _CYR.search(s)
        ]
        for lang, rows in by_lang.items()
    }
    out: list[Pair] = []
    langs = sorted(ok)
    for la in langs:
        for lb in langs:
            if la == lb:
                continue
            rnd = random.Random(f"{seed}:{la}:{lb}:mixed")
            for split in ("held", "cal"):
                pa = [s for i, s in ok[la] if (i % 2 == 1) == (split == "held")]
                pb = [s for i, s in ok[lb] if (i % 2 == 1) == (split == "held")]
                if not pa or not pb:
                    continue
                for _ in range(per_pair // 2):
                    out.append(Pair(la, lb, split, rnd.choice(pa).strip(), rnd.choice(pb).strip()))
    return out


def items(seed: int = SEED, per_kind: int = PER_KIND) -> list[Item]:
    found = cldr_items()
    if CORPUS.is_dir():
        found += corpus_items(seed, per_kind)
    return found


def _right(item: Item, got: str) -> bool:
    return got in item.labels


def _pct(n: int, d: int) -> str:
    return f"{100 * n / d:5.1f}" if d else "    -"


def table(part: list[Item], decide: Callable[[str], str], title: str) -> None:
    kinds = sorted({s.kind for s in part})
    print(f"\n### {title}\n")
    print("| lang | " + " | ".join(kinds) + " | all | n | wrong as |")
    print("| --- |" + " ---: |" * (len(kinds) + 2) + " --- |")
    got = {s: decide(s.text) for s in part}
    first = {s: sorted(s.labels)[0] if len(s.labels) == 1 else "shared" for s in part}
    for lang in sorted(set(first.values())):
        mine = [s for s in part if first[s] == lang]
        cells = []
        for kind in kinds:
            sub = [s for s in mine if s.kind == kind]
            cells.append(f"{_pct(sum(_right(s, got[s]) for s in sub), len(sub))} ({len(sub)})")
        right = sum(_right(s, got[s]) for s in mine)
        wrong = collections.Counter(got[s] for s in mine if not _right(s, got[s]))
        print(
            f"| {lang} | "
            + " | ".join(cells)
            + f" | {_pct(right, len(mine))} | {len(mine)} | "
            + ", ".join(f"{k} {n}" for k, n in wrong.most_common(5))
            + " |"
        )


def mixed_table(pairs: list[Pair], title: str) -> None:
    import translit

    print(f"\n### {title}\n")
    print("| first | right % | n | wrong |")
    print("| --- | ---: | ---: | --- |")
    by: dict[str, list[bool]] = collections.defaultdict(list)
    wrong: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    for p in pairs:
        line = f"{p.a} {p.b}"
        cut = len(p.a) + 1
        # a stretch without Cyrillic (a link, a number) is "und" by design and not judged
        spans = [sp for sp in translit.detect_spans(line) if _CYR.search(line[sp.start : sp.end])]
        ok_a = all(sp.lang == p.first for sp in spans if sp.start < cut - 1)
        ok_b = all(sp.lang == p.second for sp in spans if sp.end > cut)
        by[p.first].append(ok_a and ok_b)
        if not (ok_a and ok_b):
            wrong[p.first][p.second] += 1
    for lang in sorted(by):
        res = by[lang]
        top = ", ".join(f"+{k} {n}" for k, n in wrong[lang].most_common(4))
        print(f"| {lang} | {_pct(sum(res), len(res))} | {len(res)} | {top} |")
    alls = [r for res in by.values() for r in res]
    print(f"| all | {_pct(sum(alls), len(alls))} | {len(alls)} | |")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--misses", choices=("held", "cal"), help="print one half's wrong answers")
    args = parser.parse_args(argv)
    import translit

    found = items(args.seed)
    if not CORPUS.is_dir():
        print(f"({CORPUS} absent: CLDR items only)", file=sys.stderr)
    if args.misses:
        for s in found:
            if s.split == args.misses:
                got = translit.detect(s.text)
                if not _right(s, got):
                    print(f"{'/'.join(sorted(s.labels))}\t{got}\t{s.kind}\t{s.text[:120]}")
        return 0
    for split in ("held", "cal"):
        part = [s for s in found if s.split == split]
        name = "held-out" if split == "held" else "calibration"
        table(part, translit.detect, f"translit.detect, {name} half")
        if CORPUS.is_dir():
            pairs = [p for p in mixed_pairs(args.seed) if p.split == split]
            mixed_table(pairs, f"translit.detect_spans on two-language lines, {name} half")
    return 0


if __name__ == "__main__":
    sys.exit(main())
