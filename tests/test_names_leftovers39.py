"""A listed person's surname alone after a sentence's first word that names nothing
(leftovers39).

Expected values are the reader forms of glossaries/names.csv's row Джохар Дудаєв, which cites
the Wikipedia article titles (en, de, fr), written here by hand: Dudayev / Dudajew / Doudaïev;
what stays transcribed is checked by the Ukrainian national system's letters of the word as
written (Dudaiev). The openers are Ukrainian and Russian adverbs and pronouns of the shared
UD corpus (uk-iu: «Сам Дудаєв також відійшов…»).
"""

from __future__ import annotations

import pytest

import translit
from translit.morphology import names_nothing

READERS = ("en", "de", "fr")
DUDAYEV = {"en": "Dudayev", "de": "Dudajew", "fr": "Doudaïev"}


def _rom(text: str, target: str, lang: str = "uk") -> str:
    return translit.romanize(text, lang=lang, target=target)


@pytest.mark.parametrize("target", READERS)
@pytest.mark.parametrize("opener", ["Сам", "Тоді", "Вчора", "Учора", "Потім"])
def test_after_a_first_word_that_names_nothing(opener: str, target: str) -> None:
    # was Dudaiev in en: a capitalised word before the surname may be a given name the tables
    # lack, but a sentence's first word the dictionary reads as no noun nor name is none
    assert _rom(f"{opener} Дудаєв сказав", target).split()[1] == DUDAYEV[target]
    assert _rom(f"Він мовчав. {opener} Дудаєв сказав", target).split()[3] == DUDAYEV[target]
    assert _rom(f"{opener} Дудаєва звільнили", target).split()[1] == DUDAYEV[target]


@pytest.mark.parametrize("opener", ["Тогда", "Вчера", "Сам", "Даже"])
def test_russian_openers(opener: str) -> None:
    assert _rom(f"{opener} Дудаева уволили", "en", "ru").split()[1] == "Dudayev"


def test_a_capitalised_noun_before_stays_in_doubt() -> None:
    # a noun may be a given name the tables lack (Щука), a given name is one (Віра): the word
    # as written, the convention's letters
    assert _rom("Щука Дудаєв сказав", "en").split()[1] == "Dudaiev"
    assert _rom("Віра Дудаєва сказала", "en").split()[1] == "Dudaieva"
    # mid-sentence a capitalised word before still doubts, whatever it reads as
    assert _rom("а Сам Дудаєв сказав", "en").split()[2] == "Dudaiev"
    # and the surname first in the sentence stays as before
    assert _rom("Дудаєв сказав", "en").split()[0] == "Dudaiev"


def test_names_nothing_reads_the_dictionary() -> None:
    assert [names_nothing(w, "uk") for w in ("Сам", "Тоді", "Щука", "Микола")] == [
        True,
        True,
        False,
        False,
    ]
    assert names_nothing("Сам") and not names_nothing("Вера") and not names_nothing("Дудаев")
    assert not names_nothing("Сам", "xx")  # (no dictionary: nothing known)


@pytest.mark.parametrize(
    ("name", "en"),
    [
        # Belarusian popular forms of the given-name table's rows (Мікалай, Анастасія, Марыя):
        # people of the UD Belarusian-HSE treebank and kurjer.info's name-day calendar; Мікола
        # was read as Ukrainian (which writes Микола), Настасся as Russian
        # (en: the Belarusian national system's letters, i ia for і я, as readers print these
        # people, no reader form of their own)
        ("Мікола Бамбіза", "Mikola"),
        ("Настасся Лобан", "Nastassia"),  # (Настасся Мірашнічэнка in the treebank)
        ("Марыся Лобан", "Marysia"),
    ],
)
def test_belarusian_popular_given_names_are_belarusian(name: str, en: str) -> None:
    assert translit.detect(name) == "be"
    assert translit.romanize(name, lang="auto", target="en").split()[0] == en
