"""The default path on Russian word forms: ``lang="auto"`` must give Russian rules.

The forms come from the OpenCorpora dictionary shipped in pymorphy3-dicts-ru: every form under
a seeded random choice of two-letter prefixes (about 100,000 forms), in lower case, Capitalised
and ALL CAPS. ``bench/bench_detect.py --forms`` runs the whole dictionary.
"""

from __future__ import annotations

import random

import pytest

import translit
from translit.autodetect import auto_language
from translit.detection import detect

TARGET = 0.999
_LETTERS = "абвгдежзийклмнопрстуфхцчшщэюя"


def russian_forms(limit: int, seed: int = 13) -> list[str]:
    """Distinct word forms of pymorphy3-dicts-ru under seeded random two-letter prefixes."""
    import pymorphy3  # (a requirement of translit, with its Russian dictionary)

    words = pymorphy3.MorphAnalyzer(lang="ru").dictionary.words
    prefixes = [a + b for a in _LETTERS for b in _LETTERS]
    random.Random(seed).shuffle(prefixes)
    found: set[str] = set()
    for prefix in prefixes:
        found.update(words.iterkeys(prefix))
        if len(found) >= limit:
            break
    return sorted(found)


@pytest.fixture(scope="module")
def forms() -> list[str]:
    return russian_forms(100_000)


@pytest.mark.parametrize("case", [str.lower, str.capitalize, str.upper], ids=lambda f: f.__name__)
def test_russian_forms_are_russian(forms: list[str], case) -> None:
    wrong = [w for w in map(case, forms) if detect(w) != "ru"]
    assert 1 - len(wrong) / len(forms) >= TARGET, wrong[:20]


def test_default_romanisation_equals_russian_on_a_sample(forms: list[str]) -> None:
    sample = random.Random(7).sample(forms, 3000)
    for w in sample + [w.capitalize() for w in sample] + [w.upper() for w in sample]:
        assert auto_language(w) == "ru", w
        assert translit.romanize(w) == translit.romanize(w, lang="ru"), w
