"""Print the forms accuracy of lookup and apply on the shipped glossary, with every miss.

    python bench/glossary_forms_accuracy.py

The test sets and how they were built: see tests/test_glossary_forms.py.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from tests.test_glossary_forms import corpus_cases, hand_cases, score  # noqa: E402
from translit.glossary import shipped  # noqa: E402


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
