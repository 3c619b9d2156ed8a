"""iuliia's published sample pairs as external test vectors for the 27 Russian schemes.

The pairs are read at run time from the installed ``iuliia`` package (the ``bench`` extra,
which the ``test`` extra includes); nothing of them is copied here. Every sample must come
out exactly as iuliia prints it, except the (scheme, input) pairs of ``DELIBERATE`` (the
allow-list bench/iuliia_samples_audit.py holds and reports by): there translit follows the
standard where iuliia does not, and the entry says how iuliia's Latin differs (a few literal
replacements). The test applies those replacements to iuliia's
own string and asserts equality with the result, so the rest of each sample is still checked
letter for letter, and an entry that no longer changes anything fails as stale.

``python -m bench.iuliia_samples_audit`` prints the same comparison as a table.
"""

from __future__ import annotations

import unicodedata

import pytest

from bench.iuliia_samples_audit import DELIBERATE, iuliia_samples
from translit import get_romanizer

iuliia = pytest.importorskip(
    "iuliia", reason="iuliia is not installed (it comes with the bench/test extras)"
)

#: (translit scheme id, iuliia's Cyrillic, iuliia's Latin) of every Russian schema's samples
SAMPLES = [(sid, src, want) for sid, pairs in iuliia_samples().items() for src, want in pairs]


def _expected(sid: str, src: str, want: str) -> str:
    """iuliia's Latin, with the documented replacements when translit deliberately differs.

    Compared in NFC: iuliia's maps write ž decomposed (z + U+030C) in six schemes, the same
    letter as translit's precomposed ž.
    """
    want = unicodedata.normalize("NFC", want)
    entry = DELIBERATE.get((sid, src))
    if entry is None:
        return want
    fixed = want
    for old, new in entry[1]:
        fixed = fixed.replace(old, new)
    assert fixed != want, f"stale allow-list entry {(sid, src)}: the replacements change nothing"
    return fixed


def test_every_russian_scheme_has_samples() -> None:
    assert len({sid for sid, _, _ in SAMPLES}) == 27


def test_allow_list_names_real_samples() -> None:
    known = {(sid, src) for sid, src, _ in SAMPLES}
    assert set(DELIBERATE) <= known, sorted(set(DELIBERATE) - known)


@pytest.mark.parametrize(
    ("sid", "src", "want"), SAMPLES, ids=[f"{s[0]}:{s[1][:20]}" for s in SAMPLES]
)
def test_iuliia_sample(sid: str, src: str, want: str) -> None:
    assert get_romanizer(sid, "ru")(src) == _expected(sid, src, want)


@pytest.mark.parametrize(
    ("sid", "src", "want"), SAMPLES, ids=[f"{s[0]}:{s[1][:20]}" for s in SAMPLES]
)
def test_iuliia_sample_all_caps(sid: str, src: str, want: str) -> None:
    """The same sample in capitals gives the capitals of the expected Latin (ЩУКА → SHCHUKA).

    iuliia itself writes ALL-CAPS digraphs in mixed case (a known fault), so the expectation is
    derived: the upper case of the expected Latin. A one-letter word is in capitals too: the
    engine writes a lone capital as an initial (Ю. → Yu.) unless a word in capitals is beside it
    (В ЛЕСУ → V LESU).
    """
    expected = unicodedata.normalize("NFC", _expected(sid, src, want).upper())
    assert get_romanizer(sid, "ru")(src.upper()) == expected
