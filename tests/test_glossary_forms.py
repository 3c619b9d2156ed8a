"""Issue 18's accuracy target: lookup and apply find >= 95 % of the case and number forms of
multi-word terms and acronyms of the shipped glossary.

Two test sets, neither produced by the code under test:

1. ``bench/data/glossary_forms_ru.tsv``: 132 forms typed by hand (standard declension) in
   sentences written for it, over 40 concepts: every case of the main multi-word terms, plural
   forms, declined acronyms (ГУЛАГе, СМЕРШа) and invariant ones (РОА, НКВД), short forms;
   ``glossary_forms_uk.tsv``: 35 Ukrainian forms of 20 concepts built the same way.
2. Real sentences: every occurrence in ../shared/corpus/ru-*.txt (Universal Dependencies
   treebanks) of a shipped multi-word Russian term or acronym, found by an independent oracle
   (a stem pattern: each word's first letters plus up to four letters of ending; an acronym
   plus up to three lower-case letters), so the corpus decides which forms occur.

The sets and their scoring are bench/glossary_forms_accuracy.py's, which prints the misses
(``python -m bench.glossary_forms_accuracy``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.glossary_forms_accuracy import corpus_cases, hand_cases, score
from translit.glossary import Glossary, shipped


@pytest.fixture(scope="module")
def glossary() -> Glossary:
    return shipped()


@pytest.mark.parametrize(("lang", "size"), [("ru", 130), ("uk", 35)])
def test_hand_written_forms(glossary: Glossary, lang: str, size: int) -> None:
    cases = hand_cases(lang)
    assert len(cases) >= size
    assert {c for c, *_ in cases} <= {c.id for c in glossary}
    lookup_rate, apply_rate, misses = score(glossary, cases)
    assert lookup_rate >= 0.95 and apply_rate >= 0.95, "\n".join(misses)


def test_corpus_occurrences(glossary: Glossary, corpus: Path) -> None:
    cases = corpus_cases(glossary)
    assert len(cases) >= 20
    lookup_rate, apply_rate, misses = score(glossary, cases)
    assert lookup_rate >= 0.95 and apply_rate >= 0.95, "\n".join(misses)
