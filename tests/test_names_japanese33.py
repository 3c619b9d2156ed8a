"""Japanese names without a letter sequence only Polivanov writes (japanese33): a listed Japanese
given name (data/names/japanese_given.csv) beside a word of Polivanov syllables, neither a
Russian word or name, is written in Hepburn for readers (TargetRomanizer._japanese_unmarked).
Expected forms are the English Wikipedia titles without macrons, as the readers' press prints
them; the Russian spellings are those of the sources named, not the code's output."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from translit import romanize
from translit.names.conventions import _WORD, get_target_romanizer
from translit.names.japanese import (
    given_names,
    has_marker,
    hepburn_word,
    listed_given,
    polivanov,
)

GIVEN = sorted(given_names())


def read(text: str) -> list[str]:
    """The words of ``text`` the Japanese reader takes for a name."""
    rom = get_target_romanizer("en", "ru")
    words = list(_WORD.finditer(text))
    return [
        text[start:end]
        for i in range(len(words))
        for start, end, _ in rom._japanese_hit(text, words, i)
    ]


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        # Japan's ministers as TASS and AiF wrote them (tass.ru/mezhdunarodnaya-panorama/25404563,
        # aif.ru 2020-09-16, veved.ru 2018-10-02): no дз, цу, сю…, so the marker rule left them
        ("Ёсимаса Хаяси", "Yoshimasa Hayashi"),
        ("Масахико Сибаяма", "Masahiko Shibayama"),
        ("Санаэ Такаити", "Sanae Takaichi"),
        # prime ministers, as Russian Wikipedia titles them (given name first)
        ("Юкио Хатояма", "Yukio Hatoyama"),
        ("Ёсихико Нода", "Yoshihiko Noda"),
        ("Морихиро Хосокава", "Morihiro Hosokawa"),
        # the surname first, as Russian Wikipedia's gloss of the Japanese writes it (林 芳正)
        ("Хаяси Ёсимаса", "Hayashi Yoshimasa"),
    ],
)
def test_a_listed_given_name_beside_syllables(ru: str, en: str) -> None:
    for target in ("en", "de", "fr"):
        assert romanize(ru, target=target) == en


@pytest.mark.parametrize(
    "text",
    [
        "Анна Ито",  # a given name of the tables (Anna is a Japanese given name too)
        "Мария Кано",
        "Мама Юки пришла",  # a common word of the dictionary
        "Вчера Хаяси приехал",  # a surname alone: no listed given name beside it
        "Вчера Мураками приехал",
        "Хироси Нома",  # нома is a word of the dictionary (a disease)
        "Аки Бакунин",  # -ин, -ян: Russian and Armenian surnames
        "Рика Акопян",
        "Хироси Абакумова",  # a surname the dictionary declines
        "Ёсимаса Хаяси Сато",  # three name words
        # a marked pair too: a Russian surname the dictionary declines beside a given name
        # that reads as syllables (тю, сё are markers)
        "Айка Тюрин",
        "Аи Сёмина",
    ],
)
def test_what_the_unmarked_rule_does_not_read(text: str) -> None:
    assert read(text) == []


def test_yuki_is_a_japanese_given_name() -> None:
    # Юки (Yuki, 由紀, 雪): in the published list, and neither a given name of translit's tables
    # nor a word of pymorphy3's dictionary, so a syllable word beside it makes a Japanese name
    assert listed_given("Юки")
    assert read("Юки Хаяси") == ["Юки", "Хаяси"]
    assert romanize("Юки Хаяси", target="en") == "Yuki Hayashi"  # the composer, en.wikipedia


@given(st.sampled_from(GIVEN))
def test_every_listed_name_reads_back_through_the_syllable_table(hepburn: str) -> None:
    # the data file is Hepburn only: its Polivanov spelling is the syllable table's, and reads
    # back as the same name
    cyrillic = polivanov(hepburn.capitalize())
    assert cyrillic is not None
    assert hepburn_word(cyrillic) == hepburn.capitalize()
    assert listed_given(cyrillic)


def test_an_apostrophe_in_hepburn_is_the_boundary_polivanov_writes() -> None:
    # Hepburn's apostrophe marks the syllabic n before a vowel or y, which Polivanov writes нъ:
    # ru.wikipedia's Синъя Яманака (Shin'ya), Дзюнъитиро Коидзуми (Jun'ichirō)
    assert polivanov("Shin'ya") == "Синъя"
    assert polivanov("Jun'ichiro") == "Дзюнъитиро"
    assert polivanov("Shinya") == "Синя"  # without it, the syllable it reads as


def test_the_list_is_the_published_one() -> None:
    # japanese-personal-name-dataset 0.4.0's popular subsets: 702 male and 241 female readings,
    # some shared and some alike once a long o is written o
    assert 900 < len(GIVEN) < 943
    assert {"haruki", "hiroshi", "yukio", "kohei", "yuki"} <= set(GIVEN)


def test_the_unmarked_rule_reads_nothing_in_the_russian_corpus(corpus: Path) -> None:
    rom = get_target_romanizer("en", "ru")
    found = []
    for path in corpus.glob("ru-*.txt"):
        for line in path.read_text(encoding="utf-8").splitlines():
            words = list(_WORD.finditer(line))
            for a, b in itertools.pairwise(words):
                x, y = a.group(), b.group()
                if (
                    line[a.end() : b.start()] == " "
                    and x[:1].isupper()
                    and y[:1].isupper()
                    and not (has_marker(x, pair=True) or has_marker(y, pair=True))
                    and rom._japanese_unmarked(x, y)
                ):
                    found.append(f"{x} {y}")
    # (ru-gsd's Юкико Амаги, the Persona 4 character Yukiko Amagi, would be right: Yukiko is
    # not among the popular names, and the transcription writes her so anyway)
    assert found == []
