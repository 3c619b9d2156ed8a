"""Fault suite, hostile42: a sixth attacker's round, on what changed lately (records decided
per value under ``-l auto``, the pandas and Dask detect, full-name look-up, TBX of concepts
with very many terms). Each test builds its hostile input itself.

The bar: no traceback, no data lost, no hang, exit codes 0/1/2 (130 Ctrl-C, 143 SIGTERM),
and a message that names the file, what is wrong and what to do.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from conftest import translit_cli

from translit.errors import GlossaryError

# -- 1. a CSV/TSV cell longer than the table reader reads ---------------------------------------

_TBX = """<?xml version="1.0" encoding="UTF-8"?>
<martif type="TBX" xml:lang="ru"><text><body>
<termEntry id="c1">{note}<langSet xml:lang="ru">{terms}</langSet>
<langSet xml:lang="en"><tig><term>word</term></tig></langSet></termEntry>
</body></text></martif>
"""


def _many_terms(n: int) -> str:
    """A concept of ``n`` Russian synonyms (a term base of word forms, as a TBX may hold)."""
    return "".join(f"<tig><term>слово{i}</term></tig>" for i in range(n))


@pytest.mark.parametrize(
    ("note", "terms"),
    [
        ("", _many_terms(20_000)),  # the ru cell: 20,000 terms joined by |, ~200,000 characters
        ("<note>" + "я" * 200_000 + "</note>", _many_terms(1)),  # one note of 200,000
    ],
    ids=["many-terms", "long-note"],
)
@pytest.mark.parametrize("fmt", ["csv", "tsv"])
def test_a_cell_the_table_reader_refuses_is_not_written(
    tmp_path: Path, note: str, terms: str, fmt: str
) -> None:
    """TBX → CSV/TSV of a concept of 20,000 synonyms (or a note of 200,000 characters) wrote
    one cell past what the CSV reader takes (``csv.field_size_limit()``, 131,072), exit 0 and
    not a word: reading the file back failed whole ("bad CSV: a cell longer than 131,072
    characters"), every concept of the file lost to translit. The writer now refuses it, as the
    XLSX writer refuses a cell past a sheet's: exit 2, nothing written, the concept named."""
    from translit.glossary.files import load, save

    src = tmp_path / "g.tbx"
    src.write_text(_TBX.format(note=note, terms=terms), encoding="utf-8")
    g = load(src)
    with pytest.raises(GlossaryError, match=r"131,072"):
        save(g, tmp_path / f"g.{fmt}")
    done = translit_cli("glossary", "convert", src, tmp_path / f"out.{fmt}")
    err = done.stderr.decode()
    assert done.returncode == 2, err
    assert "c1" in err and "131,072" in err and "Traceback" not in err, err
    assert not (tmp_path / f"out.{fmt}").exists()


def test_a_cell_the_table_reader_takes_round_trips(tmp_path: Path) -> None:
    """(A cell of as many characters as the reader takes is written and read back whole.)"""
    from translit.glossary.files import load, save

    limit = csv.field_size_limit()
    note = "я" * limit
    src = tmp_path / "g.tbx"
    src.write_text(_TBX.format(note=f"<note>{note}</note>", terms=_many_terms(1)), "utf-8")
    save(load(src), tmp_path / "g.csv")
    (back,) = load(tmp_path / "g.csv").concepts
    assert "".join(back.notes.values()) == note
