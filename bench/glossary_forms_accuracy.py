"""Print the forms accuracy of lookup and apply on the shipped glossary, with every miss.

    python -m bench.glossary_forms_accuracy

The sets (data/glossary_forms_ru.tsv, glossary_forms_uk.tsv: hand-typed forms; every corpus
occurrence an independent oracle finds) and how they were built: tests/test_glossary_forms.py's
docstring (its tests hold lookup and apply to 95 % on them).
"""

from __future__ import annotations

import re
from pathlib import Path

from bench.common import CORPUS
from translit.glossary import Glossary, find_terms, lookup, shipped

DATA = Path(__file__).resolve().parent / "data"


def hand_cases(lang: str = "ru") -> list[tuple[str, str, int, int]]:
    """(concept id, sentence, start, end of the form) of the hand-written set of ``lang``."""
    out = []
    for line in (DATA / f"glossary_forms_{lang}.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cid, marked = line.split("\t")
        start = marked.index("[")
        end = marked.index("]") - 1
        out.append((cid, marked.replace("[", "").replace("]", ""), start, end))
    return out


def _oracle(term: str, acronym: bool) -> re.Pattern[str] | None:
    words = term.split()
    if acronym:
        if len(words) != 1:
            return re.compile(r"(?<!\w)" + r"\s+".join(map(re.escape, words)) + r"(?!\w)")
        return re.compile(r"(?<!\w)" + re.escape(term) + r"[а-яё]{0,3}(?!\w)")
    if len(words) < 2:
        return None
    parts = []
    for w in words:
        letters = [c for c in w if c.isalpha()]
        if len(letters) != len(w) or len(w) < 4 or w.isupper():
            parts.append(re.escape(w))
        else:
            parts.append(re.escape(w[: max(3, len(w) - 3)]) + r"[а-яё]{0,4}")
    return re.compile(r"(?<!\w)" + r"\s+".join(parts) + r"(?!\w)", re.IGNORECASE)


def corpus_cases(g: Glossary) -> list[tuple[str, str, int, int]]:
    """(concept id, sentence, start, end) of every oracle match in the Russian corpus."""
    files = sorted(CORPUS.glob("ru-*.txt"))  # (none where ../shared is absent)
    lines = [ln for p in files for ln in p.read_text("utf-8").splitlines()]
    low = [ln.lower() for ln in lines]
    everything = "\n".join(low)
    out = []
    for c in g:
        for t in c.terms:
            pat = _oracle(t.text, t.is_acronym) if t.lang == "ru" else None
            if pat is None:
                continue
            stems = [w.lower()[: max(3, len(w) - 3)] for w in t.text.split()]
            if any(stem not in everything for stem in stems):
                continue  # a cheap pre-check before the pattern runs line by line
            for line, low_line in zip(lines, low, strict=True):
                if stems[0] in low_line:
                    out += [(c.id, line, m.start(), m.end()) for m in pat.finditer(line)]
    return out


def _found(g: Glossary, cid: str, sentence: str, start: int, end: int) -> bool:
    """Whether apply finds the form: a hit of the concept on the same letters (quotes and
    punctuation at the edges aside), or a longer term containing it (Герои Советского Союза
    is the concept "Hero of the Soviet Union", rightly, not "Soviet Union")."""
    while start < end and not sentence[start].isalnum():
        start += 1
    while end > start and not sentence[end - 1].isalnum():
        end -= 1
    for h in find_terms(sentence, g):
        if h.start <= start and end <= h.end:
            return h.concept.id == cid or h.end - h.start > end - start
    return False


def score(g: Glossary, cases: list[tuple[str, str, int, int]]) -> tuple[float, float, list[str]]:
    """(lookup rate, apply rate, misses) over ``cases``: lookup must rank the concept first."""
    by_lookup = by_apply = 0
    misses = []
    for cid, sentence, start, end in cases:
        form = sentence[start:end]
        looked = [m.concept.id for m in lookup(g, form)[:1]]
        by_lookup += cid in looked
        hit = _found(g, cid, sentence, start, end)
        by_apply += hit
        if cid not in looked or not hit:
            misses.append(f"{cid}: {form!r} lookup={looked} apply={hit} in {sentence!r}")
    n = len(cases)
    return by_lookup / n, by_apply / n, misses


def main() -> None:
    g = shipped()
    sets = [("hand-written ru", hand_cases("ru")), ("hand-written uk", hand_cases("uk"))]
    for name, cases in [*sets, ("corpus ru", corpus_cases(g))]:
        if not cases:
            print(f"{name}: no cases (../shared/corpus absent?)")
            continue
        lookup_rate, apply_rate, misses = score(g, cases)
        print(f"{name}: {len(cases)} forms, lookup {lookup_rate:.1%}, apply {apply_rate:.1%}")
        for m in misses:
            print("  miss", m)


if __name__ == "__main__":
    main()
