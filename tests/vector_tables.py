"""The reader of the suite's tab-separated vector tables (``tests/data/*_vectors.tsv``).

A table has ``#`` comment lines anywhere, a header line naming its columns, then one row a line,
no quoting. :func:`read_rows` gives each row with its line number, checked against the header.
"""

from __future__ import annotations

import csv
from pathlib import Path


def read_rows(path: Path, columns: list[str]) -> list[tuple[int, list[str]]]:
    """The rows of ``path`` (its line number, its fields); the header must be ``columns`` and
    every row as wide."""
    with path.open(encoding="utf-8", newline="") as f:
        numbered = [(n, line) for n, line in enumerate(f, 1) if not line.startswith("#")]
    header = numbered[0][1].rstrip("\n").split("\t")
    assert header == columns, header
    rows = []
    for n, line in numbered[1:]:
        fields = next(csv.reader([line.rstrip("\n")], delimiter="\t", quoting=csv.QUOTE_NONE))
        assert len(fields) == len(columns), f"{path.name}:{n}: {len(fields)} columns"
        rows.append((n, fields))
    return rows
