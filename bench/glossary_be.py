"""Belarusian glossary terms in real Belarusian text: found, missed, false matches.

    python bench/glossary_be.py

The test sets, how they were built and what they measure: tests/test_glossary_be.py.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from tests.test_glossary_be import CALIBRATION, HELD_OUT, score  # noqa: E402

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
