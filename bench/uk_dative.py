"""The Ukrainian dative singular of a masculine noun that VESUM gives both endings, -ові (-еві,
-єві) and -у (-ю), as the shared corpus writes it (uk28): does usage settle which a thing or a
place takes, which glossary replace leaves open (data/inflection.toml ``dative_of``)?

The corpus file holds raw sentences, no UD annotation, so the words are read with VESUM
(pymorphy3-dicts-uk). A word counts where every reading VESUM knows of it is a masculine
singular noun, one of whose lexemes has both datives, and it stands outside a locative phrase
(a locative needs у, в, на, о, об, по or при before its phrase: the word and the modifiers
before it). Outside such a phrase an -ові form is a dative; an -у form is a dative or, mostly,
a genitive, so -у is counted only where a modifier before it reads only as a dative or
locative singular (цьому феномену, власному потенціалу), or where VESUM gives the noun no
genitive in -у (Житомиру, Кремлю): a lower bound. Prints the counts by animacy, then every
word with the words before it, to read by hand (a vocative, Юрію, or a genitive VESUM does
not list, автомату, is no dative).

    python -m bench.uk_dative
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from translit.morphology import _known, _parse

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"
LOCATIVE = frozenset({"у", "в", "на", "о", "об", "по", "при"})
OVI, U = ("ові", "еві", "єві"), ("у", "ю")
MODIFIERS = frozenset({"ADJF", "PRTF", "NPRO", "NUMR"})


def _readings(word: str) -> list[Any]:
    return [p for p in _parse(word.lower(), "uk") if _known(p)]


def _has_both(p: Any) -> bool:
    datives = {f.word for f in p.lexeme if f.tag.case == "datv" and f.tag.number != "plur"}
    ovi = any(d.endswith(OVI) for d in datives)
    return ovi and any(d.endswith(U) and not d.endswith(OVI) for d in datives)


def datives(line: str) -> list[tuple[str, str, str]]:
    """(ending, animacy, the words up to the dative) of each dative counted in ``line``."""
    words = re.findall(r"[\w’'-]+", line)
    out = []
    for i, word in enumerate(words):
        if not word.lower().endswith(OVI + U):
            continue
        ps = _readings(word)
        if not ps or any(
            p.tag.POS != "NOUN" or p.tag.gender != "masc" or p.tag.number == "plur" for p in ps
        ):
            continue
        dative = [p for p in ps if p.tag.case == "datv" and _has_both(p)]
        if not dative:
            continue
        j, first = i - 1, None
        while j >= 0 and (r := _readings(words[j])) and all(q.tag.POS in MODIFIERS for q in r):
            first = first or r
            j -= 1
        if j >= 0 and words[j].lower() in LOCATIVE:
            continue
        ovi = word.lower().endswith(OVI)
        only_dative = first is not None and all(
            q.tag.case in ("datv", "loct") and q.tag.number != "plur" for q in first
        )
        if not ovi and not only_dative and any(p.tag.case == "gent" for p in ps):
            continue
        animacy = "animate" if "anim" in dative[0].tag.grammemes else "inanimate"
        out.append(("-ові" if ovi else "-у", animacy, " ".join(words[max(0, i - 3) : i + 1])))
    return out


def main() -> None:
    counts: Counter[tuple[str, str]] = Counter()
    seen: defaultdict[tuple[str, str], list[str]] = defaultdict(list)
    for path in sorted(CORPUS.glob("uk-*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            for ending, animacy, words in datives(line):
                counts[animacy, ending] += 1
                seen[animacy, ending].append(words)
    for key in sorted(counts):
        print(*key, counts[key])
        for words in seen[key]:
            print("    ", words)


if __name__ == "__main__":
    main()
