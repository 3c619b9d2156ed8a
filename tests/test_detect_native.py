"""autoc47: the language scorer's sums (a text's word, letter-triple and word-pattern shares,
rows of int64 fields summed by ``native.sum_rows``) are the same in C and in Python, so every
score and every decision is: hypothesis's strings of every script the scorer reads (with case
mixes, NFD, marks and spaces of every kind), and every sentence of the shared UD corpus files
with its 1-3-word pieces, scored with the C function and with its Python reference.
"""

from __future__ import annotations

import unicodedata
from typing import Any

import pytest
from conftest import corpus_files, needs_corpus
from hypothesis import example, given, settings
from hypothesis import strategies as st

from translit import detection
from translit.engine import native

pytestmark = pytest.mark.skipif(native._SUM_ROWS is None, reason="the C module is not built")


def _both(text: str, monkeypatch: pytest.MonkeyPatch) -> tuple[Any, Any]:
    """(scores, decisions) of ``text`` with the C sums, then with the Python reference's (the
    shares' rows are made alike: only their sums differ in who does them)."""
    t, ev = detection._prepare(text), detection._evidence()
    out = []
    for c_sums in (True, False):
        with monkeypatch.context() as m:
            if not c_sums:
                m.setattr(native, "_SUM_ROWS", None)
            detection._decide_in_short.cache_clear()
            rows = detection._rows(t, ev) if t.counts else []
            decided = (
                detection.detect(text),
                detection.decide_in(text, "uk"),
                detection.decide_in(text, "bg"),
            )
            out.append((rows, decided))
    return out[0], out[1]


# letters of every Cyrillic alphabet the scorer reads, Latin look-alikes, marks and spaces
_LETTERS = st.sampled_from(
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґўђјљњћџѓќѕѐѝәғқңөұүһӊӣӯҷҳӑӗҫӳѣѫ"
    "АБВГДЕЁЖЗИЙІЇЄҐЎЂЈЉЊЋЏЃЌӘҒҚҢӨҰҮҺ"
    "aeopcxyiè'’`-́̀̆  \u00a0\t\n.,!?0123456789Ωא"
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_LETTERS, min_size=1, max_size=120).map("".join), st.booleans(), st.booleans())
@example("Мінск — сталіца Беларусі", False, False)
@example("Ќе ти дадам сè што ќе посакаш.", True, False)
def test_scores_are_the_same_in_c_and_in_python(text: str, nfd: bool, upper: bool) -> None:
    if nfd:
        text = unicodedata.normalize("NFD", text)
    if upper:
        text = text.upper()
    with pytest.MonkeyPatch.context() as mp:
        c_side, py_side = _both(text, mp)
    assert c_side == py_side


@needs_corpus
def test_every_corpus_line_and_piece_scores_alike() -> None:
    seen: set[str] = set()
    for path in corpus_files():
        for line in path.read_text(encoding="utf-8").splitlines()[::7]:  # (a seventh: time)
            words = line.split()
            pieces = [line.strip()] + [
                " ".join(words[i : i + k]) for k in (1, 2, 3) for i in range(len(words) - k + 1)
            ]
            for text in pieces:
                if text and text not in seen:
                    seen.add(text)
                    with pytest.MonkeyPatch.context() as mp:
                        c_side, py_side = _both(text, mp)
                    assert c_side == py_side, text
    assert len(seen) > 10_000
