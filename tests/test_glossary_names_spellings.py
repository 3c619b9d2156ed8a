"""glossaries/names.csv: one Cyrillic spelling names one concept.

The established forms are looked up by their folded Cyrillic spelling (``fold``: lower case,
ё = е), so a spelling listed in two rows would silently take one row's en/de/fr forms. Several
people append rows to the file; this catches a spelling that two of them added.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from pathlib import Path

from translit.names.forms import fold

NAMES = Path(__file__).resolve().parent.parent / "glossaries" / "names.csv"


def test_every_cyrillic_spelling_belongs_to_one_row() -> None:
    rows_of: dict[str, set[str]] = defaultdict(set)
    with open(NAMES, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            for lang in ("ru", "uk", "be"):
                for spelling in filter(None, row[lang].split("|")):
                    rows_of[fold(spelling)].add(row["id"])
    shared = {s: sorted(ids) for s, ids in rows_of.items() if len(ids) > 1}
    assert not shared, f"spellings listed in more than one row: {shared}"
