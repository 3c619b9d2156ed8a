"""translit's ``bgn-pcgn`` schemes against ICU's CLDR transforms (an independent implementation).

ICU (PyICU) implements the Unicode CLDR transforms ``Russian-Latin/BGN`` … that the scheme files
say they follow. For every language, lower-case words — the corpus words when ``../shared/corpus``
is there, and always a list generated from the scheme's own letters (each letter alone and every
two-letter sequence at the start, middle and end of a word) — must come out of translit exactly as
out of ICU, except for the differences listed in ``ALLOWANCES`` (the oracle script's,
``bench/icu_oracle.py``, which also labels its report by them), each with its reason:

* ``b`` — translit differs from ICU on purpose (documented: contexts are read on the source
  word; letters a scheme lacks fall back to ISO 9; every apostrophe code point is the apostrophe);
* ``c`` — ICU's own bug against the BGN/PCGN standard and against CLDR's rule text itself.

Case is not compared here (translit's case rules differ from ICU's on purpose); the full report,
case variants included, is ``python3 bench/icu_oracle.py``. Skipped without PyICU.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from conftest import corpus_files

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.icu_oracle import (
    TRANSFORMS,
    WORD,
    allowances,
    generated_words,
    icu_romanize,
    translit_romanize,
)

pytest.importorskip("icu", reason="PyICU is not installed (pip install PyICU; needs libicu)")


def corpus_lower_words(lang: str) -> list[str]:
    """Unique lower-case words of ``../shared/corpus/<lang>-*.txt``."""
    words: set[str] = set()
    for path in corpus_files(f"{lang}-*.txt"):
        words.update(w for w in WORD.findall(path.read_text(encoding="utf-8")) if w == w.lower())
    return sorted(words)


def mismatches(lang: str, words: list[str]) -> tuple[list[tuple[str, str, str]], int]:
    """(word, translit, ICU corrected by the allowances) for each unexplained difference, and
    the number of words left out by ``skip`` allowances."""
    for a in allowances(lang, "input"):
        words = sorted({a.apply(w) for w in words})
    ours = translit_romanize(lang, words)
    theirs = icu_romanize(lang, words)
    bad: list[tuple[str, str, str]] = []
    skipped = 0
    for w, o, t in zip(words, ours, theirs, strict=True):
        if o == t:
            continue
        if any(a.apply(w, o, t) for a in allowances(lang, "skip")):
            skipped += 1
            continue
        fixed = t
        for a in allowances(lang, "output"):
            fixed = a.apply(w, fixed)
        if o != fixed:
            bad.append((w, o, fixed))
    return bad, skipped


def _report(lang: str, bad: list[tuple[str, str, str]]) -> str:
    lines = [f"{len(bad)} {lang} words differ from ICU (after the allowances):"]
    lines += [f"  {w} → translit {o!r}, ICU {t!r}" for w, o, t in bad[:25]]
    return "\n".join(lines)


@pytest.mark.parametrize("lang", list(TRANSFORMS))
def test_generated_words_match_icu(lang: str) -> None:
    words = generated_words(lang)
    assert len(words) > 1000
    bad, skipped = mismatches(lang, words)
    assert not bad, _report(lang, bad)
    assert skipped < len(words) // 10  # the skips stay the exception


@pytest.mark.parametrize("lang", ["ru", "uk", "be", "bg", "mk"])
def test_corpus_words_match_icu(lang: str) -> None:
    words = corpus_lower_words(lang)
    if not words:
        pytest.skip(f"no ../shared/corpus/{lang}-*.txt (only CI and developers have the corpus)")
    bad, skipped = mismatches(lang, words)
    assert not bad, _report(lang, bad)
    assert skipped < len(words) // 100


@pytest.mark.parametrize(
    ("lang", "word", "icu_out", "expected"),
    [
        # each allowance on a word whose right output is known from the standard
        ("bg", "йод", "ĭod", "yod"),  # BGN/PCGN 1952: й → y
        ("bg", "градъ", "gradŭ", "grad"),  # BGN/PCGN 1952 note 1: final ъ omitted
        ("mn", "аюиа", "ayuia", "ayüia"),  # BGN/PCGN Mongolian rule 7 (ю before и → yü)
        ("kk", "ёж", "ëzh", "yozh"),  # BGN/PCGN 1979 Kazakh: ё → yo
        ("ky", "бейрёк", "beĭrëk", "beyryok"),  # BGN/PCGN Kyrgyz table example Бейрёк
        ("mk", "сеѓавечкиот", "seǵavečkiot", "seđavečkiot"),  # BGN/PCGN 1981 example
        ("mk", "луѓе", "luǵe", "luge"),  # BGN/PCGN 1981: ѓ before е → g
        ("uk", "п'ять", "p'yatʹ", "pʺyatʹ"),  # BGN/PCGN 1965: apostrophe → ʺ
        ("ru", "оыу", "o·yu", "o·y·u"),  # BGN/PCGN 1947 rule 3 (issue 15)
    ],
)
def test_allowances_give_the_standard_form(
    lang: str, word: str, icu_out: str, expected: str
) -> None:
    assert icu_romanize(lang, [word]) == [icu_out]  # ICU's behaviour the allowance is about
    fixed = icu_out
    for a in allowances(lang, "output"):
        fixed = a.apply(word, fixed)
    assert fixed == expected
    assert translit_romanize(lang, [word]) == [expected]
