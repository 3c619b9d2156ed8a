"""Belarusian glossary terms in real Belarusian text: found, missed, false matches.

    python -m bench.glossary_be

How the sets were built and what they measure: tests/test_glossary_be.py's docstring (its
corpus test holds them to every occurrence found).
"""

from __future__ import annotations

import collections
import re
from pathlib import Path

from translit.glossary import Concept, Glossary, Term, find_terms

ROOT = Path(__file__).resolve().parent.parent

#: each term and every form of it UD Belarusian-HSE holds, with how often it stands there;
#: CALIBRATION's terms were looked at while the ending table was written, HELD_OUT's were not
CALIBRATION = {
    "Чырвоная армія": {"Чырвонай Арміі": 2, "Чырвоная армія": 1},
    "Вялікае Княства": {"Вялікім Княстве": 2, "Вялікае Княства": 2, "Вялікага Княства": 1},
    "сельская гаспадарка": {
        "сельскай гаспадаркі": 2,
        "сельскай гаспадарцы": 1,
        "сельскай гаспадаркай": 1,
    },
    "беларуская мова": {"беларускую мову": 5, "беларускай мове": 2, "беларуская мова": 1},
    "Еўрапейскі саюз": {"Еўрапейскі саюз": 2, "Еўрапейскім саюзам": 1, "Еўрапейскага саюза": 1},
    "вялікі князь": {"вялікага князя": 2, "вялікім князем": 1, "вялікі князь": 1},
    "Мінск": {"Мінск": 21, "Мінску": 12, "Мінскам": 1},
    "краіна": {"краіне": 11, "краіны": 9, "краін": 7, "краінах": 4, "краінамі": 1, "краіна": 1},
}
HELD_OUT = {
    "Беларусь": {"Беларусь": 140, "Беларусі": 95, "Беларуссю": 4},
    "Расія": {"Расіі": 6, "Расія": 3, "Расіяй": 2},
    "вайна": {"вайны": 9, "вайна": 3, "вайну": 2},
    "дзяржава": {"дзяржавы": 5, "дзяржаву": 2, "дзяржаваў": 1, "дзяржава": 1},
    "Вялікая Айчынная вайна": {"Вялікай Айчыннай вайны": 2},
    "дзяржаўны нагляд": {"дзяржаўны нагляд": 2, "дзяржаўнага нагляду": 2},
    "прэзідэнт": {"прэзідэнта": 2, "прэзідэнт": 4},
    "беларуская нацыя": {"беларускай нацыі": 2},
    "беларуская культура": {"беларускай культуры": 2},
    "горад": {"горад": 20, "горадзе": 7, "горада": 7, "гораду": 5, "горадам": 2},
    "народ": {"народ": 8, "народу": 4, "народа": 3, "народам": 2, "народаў": 1},
    "Еўрасаюз": {"Еўрасаюза": 7, "Еўрасаюз": 3},
}


def glossary(terms: dict[str, dict[str, int]]) -> Glossary:
    return Glossary([Concept(f"c{i}", terms=[Term(t, "be")]) for i, t in enumerate(terms)])


def truth(terms: dict[str, dict[str, int]], text: str) -> dict[str, dict[str, int]]:
    """How often each form of ``terms`` stands in ``text`` as words of its own (any case), not
    inside a longer term's form."""
    longer = [f for forms in terms.values() for f in forms]
    out = {}
    for term, forms in terms.items():
        out[term] = {}
        for form in forms:
            n = len(re.findall(rf"(?<![\w-]){re.escape(form)}(?![\w-])", text, re.I))
            for other in longer:
                if other != form and re.search(
                    rf"(?<![\w-]){re.escape(form)}(?![\w-])", other, re.I
                ):
                    n -= len(re.findall(rf"(?<![\w-]){re.escape(other)}(?![\w-])", text, re.I))
            out[term][form] = n
    return out


def score(terms: dict[str, dict[str, int]], lines: list[str]) -> tuple[int, int, int, list[str]]:
    """(found, missed, false, the false matches and misses) of ``terms`` over ``lines``; a
    romanised hit (#belarus) is no form of the Cyrillic term's declension: left out."""
    g = glossary(terms)
    terms = truth(terms, "\n".join(lines))
    got: collections.Counter[tuple[str, str]] = collections.Counter()
    false = []
    for line in lines:
        for hit in find_terms(line, g):
            if hit.how.startswith("romanised"):
                continue
            forms = {f.lower() for f in terms[hit.term.text]}
            if hit.text.lower() in forms:
                got[hit.term.text, hit.text.lower()] += 1
            else:
                false.append(f"false {hit.term.text}: {hit.text!r} in {line.strip()[:80]!r}")
    found = missed = 0
    notes = list(false)
    for term, forms in terms.items():
        for form, n in forms.items():
            k = min(n, got[term, form.lower()])
            found += k
            missed += n - k
            if n > k:
                notes.append(f"miss {term}: {form!r} {n - k}/{n}")
    return found, missed, len(false), notes


CORPUS = ROOT.parent / "shared" / "corpus" / "be-hse.txt"


def main() -> None:
    if not CORPUS.exists():
        print(f"{CORPUS} absent: nothing measured")
        return
    lines = CORPUS.read_text(encoding="utf-8").splitlines()
    for name, terms in (("calibration", CALIBRATION), ("held-out", HELD_OUT)):
        found, missed, false, notes = score(terms, lines)
        total = found + missed
        print(
            f"{name}: {len(terms)} terms, {total} occurrences: found {found}, missed "
            f"{missed}, false matches {false}"
        )
        for note in notes:
            print("  " + note)


if __name__ == "__main__":
    main()
