"""What readers42 changed to make romanising for readers cheaper, each checked against the
definition it replaces:

- :func:`translit.morphology._may_take_yo` reads the dictionary's ё spellings of a word in one
  walk (the analyser's own е → ё substitute) instead of one look-up per spelling: it answers
  as the spelling-by-spelling definition does, on names.csv's cells (their ё written е, in
  every case) and on common words;
- the analyser is given the folder of ``pymorphy3-dicts-<lang>``: the dictionary pymorphy3
  finds by its entry points, and none where pymorphy3's path variable chooses;
- :func:`translit.catalogue.find_scheme` is ``None`` exactly where :func:`get_scheme` raises
  :class:`UnknownSchemeError`, and the same scheme elsewhere.
"""

from __future__ import annotations

import itertools

import pymorphy3
import pytest
from conftest import names_cells
from hypothesis import given, settings
from hypothesis import strategies as st

from translit.catalogue import find_scheme, get_scheme, languages, scheme_ids
from translit.errors import UnknownSchemeError
from translit.morphology import _analyzer, _dictionary_path, _in_no_dictionary, _may_take_yo

_CASES = [str, str.lower, str.upper, str.title]
_COMMON = ["Вчера", "Все", "Королева", "Лебедев", "Федоров", "Семенович", "Елена", "Тереза"]


def _spelled_one_by_one(word: str, lang: str) -> bool:
    """The definition: ask the analysis unless the dictionary holds the word as written and
    none of its spellings with some е written ё (a word with more than four е: asked)."""
    low = word.lower()
    if "ё" in low or _in_no_dictionary(word):
        return False
    where = [k for k, c in enumerate(low) if c == "е"]
    words = _analyzer(lang).dictionary.words
    if len(where) > 4 or low not in words:
        return True
    return any(
        "".join("ё" if k in chosen else c for k, c in enumerate(low)) in words
        for n in range(1, len(where) + 1)
        for chosen in itertools.combinations(where, n)
    )


def _words(lang: str) -> st.SearchStrategy[str]:
    cells = st.sampled_from(names_cells(lang)).flatmap(lambda c: st.sampled_from(c.split()))
    word = st.one_of(cells, cells.map(lambda w: w.replace("ё", "е")), st.sampled_from(_COMMON))
    return st.tuples(word, st.sampled_from(_CASES)).map(lambda p: p[1](p[0]))


@pytest.mark.parametrize("lang", ["ru", "uk"])
@settings(max_examples=400)
@given(data=st.data())
def test_the_yo_gate_answers_as_its_spelling_by_spelling_definition(
    lang: str, data: st.DataObject
) -> None:
    word = data.draw(_words(lang))
    assert _may_take_yo(word, lang) is _spelled_one_by_one(word, lang)


@pytest.mark.parametrize(
    ("word", "opens"),
    [
        ("Федоров", True),  # фёдоров
        ("Лебедев", False),  # held, no ё spelling
        ("Переселенческое", True),  # six е: asked
        ("Ещеедаль", True),  # held by no dictionary
    ],
)
def test_the_yo_gate_on_known_words(word: str, opens: bool) -> None:
    assert _may_take_yo(word, "ru") is opens is _spelled_one_by_one(word, "ru")


@pytest.mark.parametrize("lang", ["ru", "uk"])
def test_the_analyser_reads_the_dictionary_its_entry_points_name(lang: str) -> None:
    assert _analyzer(lang).dictionary.path == pymorphy3.analyzer.lang_dict_path(lang)


def test_the_analysers_path_variable_still_chooses(monkeypatch: pytest.MonkeyPatch) -> None:
    variable = pymorphy3.MorphAnalyzer.DICT_PATH_ENV_VARIABLE
    assert _dictionary_path("ru", pymorphy3.MorphAnalyzer) is not None
    monkeypatch.setenv(variable, "/nowhere")
    assert _dictionary_path("ru", pymorphy3.MorphAnalyzer) is None


def test_find_scheme_is_none_exactly_where_get_scheme_raises() -> None:
    names = [*scheme_ids(), "BGN_PCGN", "ISO 9", "duden", "no-such", "../ru/iso-9", ""]
    for lang in languages():
        for name in names:
            try:
                expected = get_scheme(name, lang)
            except UnknownSchemeError:
                expected = None
            assert find_scheme(name, lang) is expected, (name, lang)
