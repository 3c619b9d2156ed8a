"""Fault suite, hostile50: a twelfth attacker's round on the forty-first session's code.

Each test builds its input itself and fails on the commit before its fix (the guards of what
held say so in their docstring).
"""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import translit
from translit.engine.lookalike import repair

# -- 1. a mixed word with four marks or more between its scripts ---------------------------------
# The look-alike rule finds a mixed word where a Latin and a Cyrillic letter touch through at
# most 3 marks, as written (lookalike.mixed_letters; the C engine reads the same 3). normalize
# read a token's letters composed (a + 4 acutes is á + 3) and applied the rule to every word of
# a token it read for any reason (a soft hyphen in it, a mark out of NFC order, a quote), so it
# repaired words the scan, the repair and romanize leave.


def _as_normalize(text: str) -> str:
    """What :func:`repair` promises to give: normalize's look-alike repair and nothing else."""
    return translit.normalize(text, form=None, stress="keep", mojibake=False)


_A4 = "\u0301" * 4


@pytest.mark.parametrize(
    "text",
    [
        "a" + _A4 + "\u00adа",  # quality49's draw: the soft hyphen made normalize read the token
        "а" + _A4 + "\u00ada",
        "p" + _A4 + "\u200dи",
        "Пp" + "\u0308" * 4 + "\u00adи",  # (a mixed word of its own after four marks: Пр)
        "a\u0301\u0301\u00ad\u0301\u0301а",  # (the soft hyphen counts as none: a and 4 marks)
    ],
)
def test_normalize_reads_a_mixed_word_as_written_past_a_soft_hyphen(text: str) -> None:
    """normalize (form=None) of "a" + 4 acutes + soft hyphen + Cyrillic а wrote Cyrillic
    а́́́́: the soft hyphen made it read the token, whose letters it read composed (á and 3
    marks: touching); repair, the scan and the C engine read a and 4 marks and left it."""
    assert _as_normalize(text) == repair(text)


@pytest.mark.parametrize("form", ["NFD", "NFKD"])
@pytest.mark.parametrize(
    "text",
    [
        "ć\u0301\u0301\u0301ом",  # (c + 4 acutes in NFD)
        "ѐ\u0300\u0300\u0300x",
        "ï\u0308\u0308\u0308\u00adжак",
    ],
)
def test_normalize_reads_a_word_as_its_form_writes_it(text: str, form: str) -> None:
    """normalize with a decomposing form writes "ć\u0301\u0301\u0301ом" as c and 4 acutes,
    which the rule (and romanize, and normalize again) reads as no mixed word; it read the
    token composed (ć and 3 marks, touching) and wrote Cyrillic с: its output, normalised
    again, was its output, but romanize(text) and romanize(normalize(text)) disagreed."""
    decomposed = unicodedata.normalize(form, text)
    got = translit.normalize(text, form=form, stress="keep", mojibake=False)
    assert got == decomposed == repair(decomposed)
    assert translit.normalize(decomposed, form=form, stress="keep") == decomposed


_MARKS = ("\u0301", "\u0306", "\u0308", "\u0300")
_HIDDEN = ("\u00ad", "\u200d", "\u200c", "\ufe0f", "\u2060")
_LETTERS = tuple("аеорсхіАЕОРСХІaeopcxiXIбвгї`' \n")


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_MARKS + _HIDDEN + _LETTERS), min_size=1, max_size=16))
@example(chars=["a", *_A4, "\u00ad", "а"])
@example(chars=["а", *_A4, "\u0301", "a"])
@example(chars=["x", "\u0301", "\u00ad", *_A4, "\u200dх"])
def test_the_repair_is_normalizes_with_any_number_of_marks(chars: list[str]) -> None:
    """hostile48's property (repair == normalize's repair) without its exclusion of four marks
    in a row, which this round's fix makes needless."""
    text = "".join(chars)
    assert repair(text) == _as_normalize(text)
