"""The gates of TargetRomanizer.spans and of yo_spelling (readers41): each skips an analysis
for a word where that analysis cannot answer. A gate is sound only while the analysis it skips
answers nothing there, so the analyses are asked directly (not through spans, which no longer
asks them), on lines made of the shipped names.csv cells (Wikipedia titles, as its source
column says) in every case and in oblique cases (the case endings of conventions.toml
[oblique]), beside common words that open, join and follow names:

- :meth:`TargetRomanizer._may_open_oblique`: no person in an oblique case from the word;
- :meth:`TargetRomanizer._may_be_named`: no regnal name, respelled pair, Korean, Chinese,
  Japanese, foreign or listed given name at the word;
- :func:`translit.morphology._may_take_yo`: no ё restored in the word by the dictionary.
"""

from __future__ import annotations

import pytest
from conftest import joined_lines, names_cells
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from translit.morphology import _may_take_yo, _yo_reading, forms, yo_spelling
from translit.names.conventions import _WORD, get_target_romanizer
from translit.names.forms import south_slavic_given
from translit.names.korean import surname as korean_surname

# words that open, join and follow names in running text, some capitalised as a sentence's
# first word is (of each language's grammar)
_COMMON = {
    "ru": ["Вчера", "сказал", "и", "с", "После", "Это", "книги", "романы", "Все", "Королева"],
    "uk": ["Учора", "сказав", "і", "з", "Після", "Це", "вірші", "генералу", "Все", "Тоді"],
}
# what the oblique cases add to a name's word (ru and uk [oblique] endings' shapes)
_ENDINGS = ["", "", "а", "у", "ым", "ом", "ой", "ого", "ому", "е", "ою", "ові", "им", "ій"]
_CASES = [str, str.lower, str.upper, str.title]


def _words(lang: str) -> st.SearchStrategy[str]:
    cell = st.sampled_from(names_cells(lang)).flatmap(lambda c: st.sampled_from(c.split()))
    declined = st.tuples(cell, st.sampled_from(_ENDINGS)).map("".join)
    word = st.one_of(declined, st.sampled_from(_COMMON[lang]))
    return st.tuples(word, st.sampled_from(_CASES)).map(lambda p: p[1](p[0]))


def _declined(lang: str) -> st.SearchStrategy[str]:
    """A cell in a case the dictionary declines it to (Льва Толстого, Тараса Шевченка)."""
    cell = st.sampled_from(names_cells(lang))
    return cell.flatmap(lambda c: st.sampled_from(forms(c, lang) or (c,)))


def _respelled(lang: str) -> st.SearchStrategy[str]:
    """A South Slavic given name before a word of a cell made a surname in -ич (the pair
    :meth:`TargetRomanizer._respelled_hit` reads: Зоран Джинджич)."""
    given = st.sampled_from(sorted(south_slavic_given())).map(str.title)
    surname = st.sampled_from(names_cells(lang)).map(lambda c: c.split()[-1] + "ич")
    return st.tuples(given, surname).map(" ".join)


def _lines(lang: str) -> st.SearchStrategy[str]:
    whole = st.sampled_from(names_cells(lang))
    piece = st.one_of(_words(lang), whole, whole.map(str.upper), _declined(lang), _respelled(lang))
    return joined_lines(piece, [" ", " ", " ", ", ", ". ", " — ", "\n"])


@pytest.mark.parametrize("lang", ["ru", "uk"])
@pytest.mark.parametrize("target", ["en", "de", "fr"])
@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_the_analyses_the_gates_skip_answer_nothing(
    lang: str, target: str, data: st.DataObject
) -> None:
    text = data.draw(_lines(lang))
    tr = get_target_romanizer(target, lang)
    words = list(_WORD.finditer(text))
    for i, m in enumerate(words):
        w = m.group()
        if not w[:1].isupper():
            continue
        if not tr._may_open_oblique(words, i):
            assert tr._oblique_person(text, words, i) is None
        if not tr._may_be_named(w):
            assert tr._regnal_hit(text, words, i) == []
            assert tr._respelled_hit(text, words, i) is None
            assert not korean_surname(w, lang)
            assert tr._korean_hit(text, words, i) is None or not tr._korean
            assert tr._chinese_hit(text, words, i) == []
            assert tr._japanese_hit(text, words, i) == []
            assert tr._foreign_hit(text, words, i) is None
            assert tr._given_hit(text, words, i) is None


@pytest.mark.parametrize("lang", ["ru", "uk"])
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_a_word_the_yo_gate_skips_gets_no_yo_from_the_analysis(
    lang: str, data: st.DataObject
) -> None:
    w = data.draw(_words(lang).filter(lambda x: "е" in x.lower()))
    if not _may_take_yo(w, lang):
        assert _yo_reading(w, lang, False) == w
        assert _yo_reading(w, lang, True) == w


@pytest.mark.parametrize(
    ("word", "opens"),
    [
        ("Федоров", True),  # фёдоров: asked, and restored
        ("Королева", True),  # королёва: asked (the queen's е stays unless after a given name)
        ("Вчера", False),  # the dictionary's word, with no ё spelling
        ("Лебедев", False),
        ("Петрофедоров", True),  # unknown whole: the analysis may guess by a prefix
        ("Фёдоров", False),  # its own ё
    ],
)
def test_the_yo_gate_opens_for_a_spelling_with_yo_or_an_unknown_word(
    word: str, opens: bool
) -> None:
    assert _may_take_yo(word, "ru") is opens


def test_yo_spelling_keeps_restoring_through_the_gate() -> None:
    assert yo_spelling("Федоров") == "Фёдоров"
    assert yo_spelling("Королева") == "Королева"
    assert yo_spelling("Королева", as_name=True) == "Королёва"


@pytest.mark.parametrize(
    ("text", "i", "opens"),
    [
        ("романы Толкина", 1, True),  # Толкин: a listed person
        ("Вчера он сказал", 0, False),
        ("После Пушкина", 0, True),  # the word after may end a name
        ("Ким Чен Ына", 0, True),  # a listed person of three words
        ("Москва и мир", 0, False),
    ],
)
def test_the_oblique_gate(text: str, i: int, opens: bool) -> None:
    words = list(_WORD.finditer(text))
    assert get_target_romanizer("en", "ru")._may_open_oblique(words, i) is opens


def test_the_oblique_gate_opens_for_a_form_only_the_dictionary_declines() -> None:
    # Коновальця: no ending gives Коновалець (a fleeting vowel); the dictionary's lexeme does,
    # asked for a word that starts as a listed person's does
    tr = get_target_romanizer("en", "uk")
    assert tr._options("Коновальця", 0, 1) == ["Коновалець"]
    assert tr._may_end_oblique("Коновальця")


@pytest.mark.parametrize(
    ("word", "named"),
    [("Пётр", True), ("Мун", True), ("Дэн", True), ("Синдзо", True), ("Вчера", False)],
)
def test_the_gate_of_the_rules_that_read_the_word_itself(word: str, named: bool) -> None:
    assert get_target_romanizer("en", "ru")._may_be_named(word) is named
