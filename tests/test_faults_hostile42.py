"""Fault suite, hostile42: a sixth attacker's round, on what changed lately (records decided
per value under ``-l auto``, the pandas and Dask detect, full-name look-up, TBX of concepts
with very many terms). Each test builds its hostile input itself.

The bar: no traceback, no data lost, no hang, exit codes 0/1/2 (130 Ctrl-C, 143 SIGTERM),
and a message that names the file, what is wrong and what to do.
"""

from __future__ import annotations

import csv
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import CLI_ENV, translit_cli

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


# -- 2. detect --summary of a line of millions of words -----------------------------------------


def _peak_kib(*args: str | Path) -> int:
    """The peak resident memory (KiB) of ``python -m translit ARGS``, its output thrown away."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "translit", *map(str, args)],
        env=CLI_ENV, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    assert proc.returncode == 0, args
    return usage.ru_maxrss


@pytest.mark.skipif(not hasattr(os, "wait4"), reason="peak memory read by wait4 (POSIX)")
def test_a_summary_of_a_line_of_millions_of_words_takes_no_more_memory(tmp_path: Path) -> None:
    """`detect --summary` counted each line's words for --min-words by splitting it into a
    list of them (even at the default 0): a 10 MB line of 2 million words took 271 MB, where
    printing its language took 69 MB (a 64 MiB line, the reader's limit: gigabytes). The
    words are now counted no further than --min-words asks."""
    src = tmp_path / "one.txt"
    src.write_text("Київ " * 2_000_000 + "\n", encoding="utf-8")
    alone = _peak_kib("detect", src)
    summed = _peak_kib("detect", "--summary", src)
    bounded = _peak_kib("detect", "--summary", "--min-words", "2000000", src)
    assert summed < alone + 40_000 and bounded < alone + 40_000, (alone, summed, bounded)


@pytest.mark.parametrize(("least", "counted"), [(0, 3), (1, 3), (2, 2), (3, 2), (4, 1), (5, 0)])
def test_min_words_counts_words_as_before(tmp_path: Path, least: int, counted: int) -> None:
    """(--min-words keeps its meaning: words as white space cuts them, any white space; the
    lines: 3 words with a dash, a blank one, 1 word, spaces alone, 4 words.)"""
    src = tmp_path / "a.txt"
    src.write_text("Київ\u2003—\tстолиця\n\nМосква\n   \nодин два три чотири\n", "utf-8")
    done = translit_cli("detect", "--summary", "--min-words", str(least), src)
    assert done.returncode == 0, done.stderr
    unit = "line" if counted == 1 else "lines"
    assert f": {counted} {unit}:" in done.stdout.decode(), done.stdout


# -- 3. detect of a value of millions of words, few of them distinct ----------------------------


def test_a_text_of_millions_of_one_word_is_decided_in_little_memory() -> None:
    """A text of few distinct words (here one, 2 million times: 10 MB) is looked up as a
    listed name, and building its name key split it into a list of every word: detect's peak
    was 192 MB above the text (``detect --field -l auto`` of such a value: 395 MB, romanize
    195 MB). No listed name has that many words, so it is counted no further."""
    import tracemalloc

    from translit.detection import decide_in, detect

    text = "Київ " * 2_000_000
    assert detect("Київ столиця") == "uk"  # (the tables loaded before the measure)
    tracemalloc.start()
    try:
        found = detect(text), decide_in(text, "uk")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert found == ("uk", ("uk", "uk"))
    assert peak < 40 * 2**20, peak


@pytest.mark.parametrize(
    "text",
    [
        "Київ" + "\u0301" * 300,
        " " * 300 + "Київ" + " " * 300,
        "Бойко   Методиев   Борисов" + " " * 300,
    ],
)
def test_a_listed_name_padded_past_the_word_count_is_still_listed(text: str) -> None:
    """(Stress marks and white space around a listed name still leave it that name.)"""
    from translit.detection import explain_language

    assert "listed" in explain_language(text).reason, explain_language(text).reason
