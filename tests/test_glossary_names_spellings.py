"""glossaries/names.csv: one Cyrillic spelling names one concept.

The established forms are looked up by their folded Cyrillic spelling (``fold``: lower case,
ё = е), so a spelling listed in two rows would silently take one row's en/de/fr forms. Several
people append rows to the file; this catches a spelling that two of them added.
"""

from __future__ import annotations

from conftest import NAMES_CSV, read_table, spellings_of


def test_every_cyrillic_spelling_belongs_to_one_row() -> None:
    shared = {
        s: sorted(ids) for s, ids in spellings_of(read_table(NAMES_CSV)).items() if len(ids) > 1
    }
    assert not shared, f"spellings listed in more than one row: {shared}"
