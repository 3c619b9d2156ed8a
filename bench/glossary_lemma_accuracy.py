"""Recall and precision of glossary apply (``find_terms``) and lookup on real sentences, the
shipped glossary's Russian and Ukrainian terms found in them by lemma, in any inflected form.

    python -m bench.glossary_lemma_accuracy [--show N]

The oracle is pymorphy3's analysis of the text, not the code under test (which generates each
term's forms): a run of words is an occurrence of a term where each word has a lemma (a normal
form of any of its parses, or the word itself) that a word of the term, in order, has too; a
word the glossary capitalises (a name, an acronym) must be capitalised in the text, as Russian
and Ukrainian orthography writes names (орёл is the bird, Орёл the town). The sentences are
../shared/corpus/ru-*.txt and uk-iu.txt (Universal Dependencies), split in two by line number:
the even lines were read to find the causes of misses and false hits, the odd ones are held out.

- recall: the occurrences that apply finds (a hit of the concept over the same words, or a
  longer term holding them: Герои Советского Союза), and that lookup of the words as written
  ranks first;
- precision: the hits of apply in Cyrillic that fall on an occurrence of their concept.
"""

from __future__ import annotations

import argparse
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from bench.lemma_oracle import Oracle
from translit.glossary import Glossary, find_terms, lookup, shipped
from translit.glossary.model import is_cyrillic

ROOT = Path(__file__).resolve().parent.parent

CORPUS = ROOT.parent / "shared" / "corpus"
FILES = {"ru": ("ru-gsd.txt", "ru-taiga.txt", "ru-poetry.txt"), "uk": ("uk-iu.txt",)}


def lines(lang: str, held_out: bool) -> Iterator[str]:
    for name in FILES[lang]:
        path = CORPUS / name
        if not path.exists():
            continue
        for n, line in enumerate(path.read_text("utf-8").splitlines()):
            if n % 2 == held_out and line.strip():
                yield line


def measure(g: Glossary, lang: str, held_out: bool) -> dict[str, object]:
    """Counts of one half of one language, with each miss and false hit."""
    oracle = Oracle(g, lang)
    n_occ = found = looked = n_hits = right = 0
    misses: list[str] = []
    false: list[str] = []
    for line in lines(lang, held_out):
        occ = oracle.occurrences(line)
        hits = find_terms(line, g)  # (of any language: Трамп, УПА are spelled alike in ru)
        # a longer occurrence of another concept holding this one (Герои Советского Союза)
        occ = {
            o
            for o in occ
            if not any(p[1] <= o[1] and o[2] <= p[2] and p[2] - p[1] > o[2] - o[1] for p in occ)
        }
        for cid, start, end in sorted(occ, key=lambda o: o[1]):
            n_occ += 1
            hit = any(
                h.start <= start
                and end <= h.end
                and (h.concept.id == cid or h.end - h.start > end - start)
                for h in hits
            )
            form = line[start:end]
            first = [m.concept.id for m in lookup(g, form)[:1]]
            found += hit
            looked += first == [cid]
            if not hit or first != [cid]:
                misses.append(f"{cid}: {form!r} apply={hit} lookup={first} | {line[:140]}")
        for h in hits:
            if not is_cyrillic(h.text):
                continue  # (the oracle reads the language's words only: not Walt Disney)
            n_hits += 1
            ok = any(
                cid == h.concept.id and start < h.end and h.start < end for cid, start, end in occ
            )
            right += ok
            if not ok:
                false.append(f"{h.concept.id}: {h.text!r} | {line[:140]}")
    return {
        "occurrences": n_occ,
        "apply recall": found / n_occ if n_occ else 0.0,
        "lookup recall": looked / n_occ if n_occ else 0.0,
        "hits": n_hits,
        "apply precision": right / n_hits if n_hits else 0.0,
        "misses": misses,
        "false": false,
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--show", type=int, default=0, help="misses and false hits to print")
    parser.add_argument("--half", choices=["dev", "held-out", "both"], default="both")
    args = parser.parse_args()
    if not CORPUS.exists():
        print(f"{CORPUS} absent: nothing to measure")
        return
    g = shipped()
    halves = {"dev": [False], "held-out": [True], "both": [False, True]}[args.half]
    for lang in FILES:
        for held_out in halves:
            r = measure(g, lang, held_out)
            print(
                f"{lang} {'held-out' if held_out else 'dev'}: {r['occurrences']} occurrences, "
                f"apply recall {r['apply recall']:.1%}, lookup recall {r['lookup recall']:.1%}; "
                f"{r['hits']} hits, apply precision {r['apply precision']:.1%}"
            )
            if args.show:
                kinds = Counter(m.split(":")[0] for m in r["misses"])  # type: ignore[attr-defined]
                print("  misses by concept:", kinds.most_common(15))
                for m in r["misses"][: args.show]:  # type: ignore[index]
                    print("  miss", m)
                kinds = Counter(m.split(":")[0] for m in r["false"])  # type: ignore[attr-defined]
                print("  false hits by concept:", kinds.most_common(15))
                for m in r["false"][: args.show]:  # type: ignore[index]
                    print("  false", m)


if __name__ == "__main__":
    main()
