"""Fault suite, ninth sweep: the mojibake repair on pathological text (memory, values between
NULs, chunks against the whole), and the hostile paths and glossary files the earlier sweeps
left out.

The bar: no crash, no super-linear time or memory, nothing lost (what is not repaired is kept
as it is), the same output whether a text is read whole or in blocks.
"""

from __future__ import annotations

import tracemalloc

import pytest
from conftest import growth_ratio

from translit.encodings import mojibake_edits, repair_mojibake

#: "Власов", UTF-8 read as windows-1252 (U+0081 where windows-1252 leaves 0x81 undefined)
MISREAD = "Ð’Ð»Ð°Ñ\x81Ð¾Ð²"


@pytest.mark.parametrize(
    "line",
    [
        "Ð" * 400_000,  # one sign of mojibake after another, no repair
        "Ð─" * 200_000,  # Latin-1 letters and box drawing
        MISREAD * 40_000,  # one run of mojibake as long as the line, repaired
    ],
    ids=["signs", "signs-and-boxes", "one-long-run"],
)
def test_mojibake_memory_of_a_long_line_is_a_few_bytes_a_character(line: str) -> None:
    """The signs of mojibake were gathered first, a list of spans as long as the line: 100 to
    130 bytes for each character, 6 GB for a 50 MB line without white space (a block the
    batch layer keeps whole up to 64 MiB)."""
    mojibake_edits(MISREAD)  # the tables and the scorer, loaded once
    tracemalloc.start()
    try:
        mojibake_edits(line)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 24 * len(line), f"{peak / len(line):.0f} bytes a character"


@pytest.mark.parametrize("sep", ["\x00", "\x00\x00", "\n", "\x00\n\x00"])
def test_every_value_between_nuls_is_repaired(sep: str) -> None:
    """A NUL ends a value as a line end does, but only the first value of a line was looked
    at: the piece after a NUL was passed over with the rest of its line."""
    assert repair_mojibake(MISREAD + sep + MISREAD + sep + "x") == f"Власов{sep}Власов{sep}x"
    edits = mojibake_edits(f"ab{sep}{MISREAD}{sep}{MISREAD}")
    assert [rep for *_, rep in edits] == ["Власов", "Власов"]


@pytest.mark.parametrize("sep", ["\x00", "\x00x\x00ж "])
def test_a_line_of_many_values_is_repaired_in_linear_time(sep: str) -> None:
    """Each value between NULs is one piece, found from the end of the last: none reads the
    line up to its end or back to its start again."""
    ratio = growth_ratio(repair_mojibake, lambda n: (MISREAD + sep) * (n // 16))
    assert ratio < 8, f"4x the values took {ratio:.1f}x the time"
