"""Glossaries of 1k … 100k concepts, built from a fixed seed, for the size benchmarks.

The Russian terms are real words: the dictionary forms (pymorphy3's normal forms) of the
nouns and adjectives of ``../shared/corpus/ru-*.txt``, or, without that folder, of the first
entries of pymorphy3's own Russian dictionary (``pymorphy3-dicts-ru``: OpenCorpora). Each
concept has a Russian term and and about 10 % also carry an acronym (the capitals of their multi-word Russian term and the
concept's number, ``ЗД17``) as a second Russian term. English, German and French terms; of the concepts

* 40 % are one noun (``дворец``),
* 35 % an adjective agreeing with a noun (``зимний дворец``; pymorphy3 gives the agreement),
* 20 % a noun with a noun in the genitive (``управление лагерей``),
* 5 % are people (subject ``person``): a given name and a surname from the dictionary.

and about 10 % also carry an acronym (the capitals of their multi-word Russian term and the
concept's number, ``ЗД17``) as a second Russian term. English, German and French terms are the Russian ones romanised (BGN/PCGN, Duden, French
conventions through :func:`translit.romanize`) with a language-specific word added, so they are
distinct Latin terms. Written as TBX (v3) and CSV (multilingual layout) by
:func:`translit.glossary.save`, so the files are what the readers read in practice.

    python -m bench.glossary_sizes /tmp/gl 1000 10000   # writes /tmp/gl/g1000.tbx, .csv …
"""

from __future__ import annotations

import functools
import random
import re
import sys
from pathlib import Path

from translit.glossary import Concept, Glossary, Term, save

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"
SIZES = (1_000, 10_000, 30_000, 100_000)
SEED = 9

_WORD = re.compile(r"[а-яё]{3,}")
_EN = ("system", "board", "unit", "office", "service", "council")
_DE = ("Amt", "Verwaltung", "Rat", "Stelle", "Dienst", "Werk")
_FR = ("bureau", "service", "conseil", "office", "direction", "comité")


@functools.cache
def vocabulary() -> dict[str, list[str]]:
    """Dictionary forms by kind: ``noun`` (masc/femn/neut nouns), ``adj``, ``name``, ``surname``.

    Sorted lists, so the seeded choices are the same on every machine with the same data.
    """
    import pymorphy3

    morph = pymorphy3.MorphAnalyzer(lang="ru")
    files = sorted(CORPUS.glob("ru-*.txt"))
    if files:
        words = {w for p in files for w in _WORD.findall(p.read_text(encoding="utf-8").lower())}
    else:  # the dictionary itself: its first 400,000 word forms
        words = set()
        for i, (w, _) in enumerate(morph.dictionary.words.iteritems()):
            if i >= 400_000:
                break
            if _WORD.fullmatch(w):
                words.add(w)
    out: dict[str, set[str]] = {"noun": set(), "adj": set(), "name": set(), "surname": set()}
    for w in sorted(words):
        for p in morph.parse(w)[:1]:
            g = p.tag.grammemes
            nf = p.normal_form
            if not _WORD.fullmatch(nf) or "Abbr" in g:
                continue
            if "Name" in g and "masc" in g:
                out["name"].add(nf)
            elif "Surn" in g and "masc" in g:
                out["surname"].add(nf)
            elif p.tag.POS == "NOUN" and p.tag.gender and not g & {"Geox", "Orgn", "Trad"}:
                out["noun"].add(nf)
            elif (p.tag.POS == "ADJF" and "Qual" in g) or (p.tag.POS == "ADJF" and "Poss" not in g):
                out["adj"].add(nf)
    return {k: sorted(v) for k, v in out.items()}


@functools.cache
def _morph():  # type: ignore[no-untyped-def]
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang="ru")


def _agree(adj: str, noun: str) -> str:
    """``adj`` in the gender of ``noun`` (nominative singular)."""
    gender = _morph().parse(noun)[0].tag.gender or "masc"
    got = _morph().parse(adj)[0].inflect({gender, "sing", "nomn"})
    return got.word if got else adj


def _genitive(noun: str) -> str:
    got = _morph().parse(noun)[0].inflect({"gent"})
    return got.word if got else noun


def _latin(text: str, scheme: str) -> str:
    from translit import romanize

    return str(romanize(text, scheme=scheme, lang="ru"))


def build(size: int, seed: int = SEED) -> Glossary:
    """A glossary of ``size`` concepts (see the module's docstring), the same for a seed.

    >>> g = build(50)
    >>> len(g), sorted({t.lang for c in g for t in c.terms})
    (50, ['de', 'en', 'fr', 'ru'])
    """
    rnd = random.Random(seed)
    v = vocabulary()
    seen: set[str] = set()
    concepts: list[Concept] = []
    while len(concepts) < size:
        roll = rnd.random()
        subject = None
        if roll < 0.40:
            ru = rnd.choice(v["noun"])
        elif roll < 0.75:
            noun = rnd.choice(v["noun"])
            ru = f"{_agree(rnd.choice(v['adj']), noun)} {noun}"
        elif roll < 0.95:
            ru = f"{rnd.choice(v['noun'])} {_genitive(rnd.choice(v['noun']))}"
        else:
            ru = f"{rnd.choice(v['name']).capitalize()} {rnd.choice(v['surname']).capitalize()}"
            subject = "person"
        if ru in seen:
            continue
        seen.add(ru)
        i = len(concepts)
        terms = [Term(ru, "ru")]
        if subject == "person":
            terms += [Term(_latin(ru, "bgn-pcgn"), "en"), Term(_latin(ru, "duden"), "de")]
            terms.append(Term(_latin(ru, "french"), "fr"))
        else:
            base = _latin(ru, "bgn-pcgn")
            terms += [
                Term(f"{base} {_EN[i % len(_EN)]}", "en"),
                Term(f"{_DE[i % len(_DE)]} {base.title()}", "de"),
                Term(f"{_FR[i % len(_FR)]} {base}", "fr"),
            ]
            if " " in ru and rnd.random() < 0.18:
                acronym = "".join(w[0] for w in ru.split()).upper() + str(i)
                terms.insert(1, Term(acronym, "ru", type="acronym"))
        concepts.append(Concept(f"c{i}", subject=subject, terms=terms))
    return Glossary(concepts, title=f"bench glossary of {size} concepts (seed {seed})")


def write(folder: Path, sizes: tuple[int, ...] = SIZES) -> dict[int, dict[str, Path]]:
    """``folder/g<size>.tbx`` and ``.csv`` for each size (kept when already there)."""
    folder.mkdir(parents=True, exist_ok=True)
    out = {}
    for size in sizes:
        paths = {ext: folder / f"g{size}.{ext}" for ext in ("tbx", "csv")}
        if not all(p.exists() for p in paths.values()):
            g = build(size)
            for p in paths.values():
                save(g, str(p))
        out[size] = paths
    return out


def sample_text(glossary: Glossary, size: int = 1_000_000, seed: int = SEED) -> str:
    """About ``size`` bytes of Russian: corpus lines (or the synthetic text of bench/common)
    with a glossary term after every 12th word, so apply finds terms all along."""
    files = sorted(CORPUS.glob("ru-*.txt"))
    if files:
        base = "".join(p.read_text(encoding="utf-8") for p in files)
    else:
        from .common import synthetic_russian

        base = synthetic_russian()
    rnd = random.Random(seed)
    terms = [c.terms[0].text for c in glossary.concepts]
    out: list[str] = []
    total = 0
    lines = base.splitlines()
    while total < size:
        for line in lines:
            words = line.split()
            for k in range(12, len(words), 12):
                words[k] = f"{words[k]} {rnd.choice(terms)}"
            new = " ".join(words) + "\n"
            out.append(new)
            total += len(new.encode())
            if total >= size:
                break
    return "".join(out)


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/tmp/translit-glossary-sizes")
    sizes = tuple(int(s) for s in sys.argv[2:]) or SIZES
    for size, paths in write(target, sizes).items():
        print(size, *paths.values())
