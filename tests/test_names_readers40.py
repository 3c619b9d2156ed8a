"""The screen of TargetRomanizer.spans (readers40): a word whose first character is no capital
is asked none of the rules that each want a capital first (regnal names, surname first,
respelled pairs, Korean, Chinese, Japanese, another language's names, persons in an oblique
case, given names, surnames, ё in names). The screen is sound only while every one of those
rules answers nothing for such a word: checked here rule by rule on lines made of the shipped
names.csv cells (Wikipedia titles, as its source column says) in every case, beside common
words, with the rules asked directly (not through spans, which no longer asks them)."""

from __future__ import annotations

import pytest
from conftest import joined_lines, names_cells
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from translit.names.conventions import _WORD, get_target_romanizer

# words that open, join and follow names in running text (of each language's grammar)
_COMMON = {
    "ru": ["вчера", "сказал", "и", "с", "де", "фон", "генерал", "книги", "гора", "проспект"],
    "uk": ["учора", "сказав", "і", "з", "де", "генерал", "вірші", "гора", "проспект"],
}
_CASES = [str, str.lower, str.upper, str.title, lambda w: w[:1].lower() + w[1:]]


def _lines(lang: str) -> st.SearchStrategy[str]:
    word = st.one_of(st.sampled_from(names_cells(lang)), st.sampled_from(_COMMON[lang]))
    cased = st.tuples(word, st.sampled_from(_CASES)).map(lambda p: p[1](p[0]))
    return joined_lines(cased, [" ", " ", ", ", " — ", "-", "\n", " I "])


@pytest.mark.parametrize("lang", ["ru", "uk"])
@pytest.mark.parametrize("target", ["en", "de", "fr"])
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_the_rules_the_screen_skips_answer_nothing_for_an_uncapitalised_word(
    lang: str, target: str, data: st.DataObject
) -> None:
    text = data.draw(_lines(lang))
    tr = get_target_romanizer(target, lang)
    words = list(_WORD.finditer(text))
    for i, m in enumerate(words):
        w = m.group()
        if w[:1].isupper():
            continue
        assert tr._regnal_hit(text, words, i) == []
        assert tr._surname_first(text, words, i) == []
        assert tr._respelled_hit(text, words, i) is None
        assert tr._korean_hit(text, words, i) is None
        assert tr._elsewhere_hit(text, words, i) is None
        assert tr._oblique_person(text, words, i) is None
        assert tr._chinese_hit(text, words, i) == []
        assert tr._japanese_hit(text, words, i) == []
        assert tr._foreign_hit(text, words, i) is None
        assert tr._given_hit(text, words, i) is None
        assert tr._surname_hit(text, words, i) is None
        assert tr._yo_in_place(text, words, i) == w


@pytest.mark.parametrize(
    ("text", "lang", "target", "expected"),
    [
        # the rules the screen keeps for a word without a capital: a surname alone after its
        # particle, a place's generic word, a compound's listed part (hand-written forms:
        # the names' Wikipedia titles; Duden writes ё after ч as o: Gorbatschow)
        ("вчера де Голль сказал", "ru", "en", "vchera de Gaulle skazal"),
        ("Фрушка гора", "sr", "en", "Fruška Gora"),
        ("горбачёв-Москва", "ru", "de", "gorbatschow-Moskau"),
    ],
)
def test_the_rules_a_word_without_a_capital_still_starts(
    text: str, lang: str, target: str, expected: str
) -> None:
    assert get_target_romanizer(target, lang)(text) == expected
