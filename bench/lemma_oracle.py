"""An oracle of glossary terms in real text that is not the code under test: pymorphy3's
analysis of each word of the text, matched to the lemmas of each term's words.

A run of words is an occurrence of a term where each word has a lemma (a normal form of any of
its parses, or the word itself) that the term's word in that place has (the term's words, in
their dictionary form, read in the nominative: Львов the town, not лев's genitive plural; a
capitalised word as a name where the dictionary has it so); a word the glossary capitalises (a
name, an acronym) must be capitalised in the text, as Russian and Ukrainian orthography writes
names (орёл is the bird, Орёл the town). Used by bench/glossary_lemma_accuracy.py and
tests/test_glossary_coordinated.py.
"""

from __future__ import annotations

import functools
import re
from typing import Any

from translit.glossary import Glossary
from translit.glossary.model import primary

#: a word: letters with their stress marks (Ада́м), apostrophes inside (д'Арк, зв'язку); a
#: hyphen parts words (Вайль-на-Рейне holds Рейне, Акунина-Чхартишвили Акунина)
WORD = re.compile(r"[\w\u0300\u0301]+(?:['’][\w\u0300\u0301]+)*")
STRESS = re.compile(r"[\u0300\u0301]")

Case = tuple[str, int, int]  # concept id, start, end (in the line)


@functools.cache
def _morph(lang: str) -> Any:
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang=lang)


@functools.cache
def lemmas(word: str, lang: str) -> frozenset[str]:
    """The word itself and the normal forms of all its parses, lower case, ё as е."""
    low = STRESS.sub("", word.lower())
    out = {low, *(p.normal_form for p in _morph(lang).parse(low))}
    return frozenset(x.replace("ё", "е") for x in out)


#: pymorphy3's tags of names (OpenCorpora's: a place, given name, surname, patronymic,
#: organisation, abbreviation)
NAME_TAGS = frozenset({"Geox", "Name", "Surn", "Patr", "Orgn", "Abbr"})


@functools.cache
def term_lemmas(word: str, lang: str) -> frozenset[str]:
    """The lemmas of a glossary term's word, written in its dictionary form: those of its
    parses in the nominative (Львов is the town, not лев's genitive plural; Суми the town,
    not the nominative plural of сума), of its name parses where a capitalised word has any,
    else the word itself."""
    low = word.lower()
    parses = [p for p in _morph(lang).parse(low) if "nomn" in p.tag or p.word == p.normal_form]
    named = [p for p in parses if NAME_TAGS & p.tag.grammemes]
    if _capital(word) and named:
        parses = named
    out = {low, *(p.normal_form for p in parses)}
    return frozenset(x.replace("ё", "е") for x in out)


def _capital(word: str) -> bool:
    return word[:1].isupper()


class Oracle:
    """The terms of ``lang`` in ``g``, each as its words' lemma sets, and their occurrences."""

    def __init__(self, g: Glossary, lang: str) -> None:
        self.lang = lang
        self.by_first: dict[str, list[tuple[str, list[tuple[frozenset[str], bool]]]]] = {}
        for c in g:
            for t in c.terms:
                if primary(t.lang) != lang:
                    continue
                words = WORD.findall(t.text)
                if not words:
                    continue
                pattern = [(term_lemmas(w, lang), _capital(w)) for w in words]
                for lemma in pattern[0][0]:
                    self.by_first.setdefault(lemma, []).append((c.id, pattern))

    def occurrences(self, line: str) -> set[Case]:
        """Each (concept, start, end) whose term's lemmas the line's words carry, in order."""
        toks = [(m.group(), m.start(), m.end()) for m in WORD.finditer(line)]
        out: set[Case] = set()
        for i, (word, start, _) in enumerate(toks):
            seen = set()
            for lemma in lemmas(word, self.lang):
                for cid, pattern in self.by_first.get(lemma, ()):
                    key = (cid, id(pattern))
                    if key in seen or i + len(pattern) > len(toks):
                        continue
                    seen.add(key)
                    run = toks[i : i + len(pattern)]
                    if all(
                        lemmas(w, self.lang) & want and (_capital(w) or not cap)
                        for (w, _, _), (want, cap) in zip(run, pattern, strict=True)
                    ):
                        out.add((cid, start, run[-1][2]))
        return out
