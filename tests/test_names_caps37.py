"""A short word in capitals on a line in capitals, for a reader, in a language without a
dictionary (be bg mk kk ky): the word's reading in capitals, not its letters one by one.

caps37 read the 300 most frequent words of two to five letters of each UD corpus
(../shared/corpus) in small letters and in capitals for English, German and French readers:
116 of 7272 pairs differed, 105 of them short words of those languages spelled as acronyms
(Belarusian ЧАСУ → TSCHASU beside tschassu, Bulgarian КНИГИ → KNIGI beside knigui, Kazakh ЖАҚЫН
→ JAKYN beside jakyne). Expected values: the conventions' own small-letter forms, in capitals.
"""

from __future__ import annotations

import collections
import re
from pathlib import Path

import pytest

import translit
from translit.names import established_variants
from translit.script import is_cyrillic


@pytest.mark.parametrize(
    ("lang", "target", "text", "expected"),
    [
        ("be", "de", "ЧАСУ", "TSCHASSU"),  # German ss between vowels
        ("be", "fr", "УСЁ", "OUSSIO"),
        ("bg", "fr", "КНИГИ", "KNIGUI"),  # French gu before i
        ("kk", "fr", "ЖАҚЫН", "JAKYNE"),  # French -ine, -yne for a final н
        ("ky", "de", "АЙЫЛ", "AJYL"),  # German j before a vowel
        ("ky", "fr", "ЖЫЙЫН ЧЕЙИН", "JYÏYNE TCHEÏINE"),
    ],
)
def test_a_short_word_on_a_line_in_capitals_is_the_word(
    lang: str, target: str, text: str, expected: str
) -> None:
    assert translit.romanize(text, lang=lang, target=target) == expected
    small = translit.romanize(text.lower(), lang=lang, target=target)
    assert small.upper() == expected


def test_on_a_line_in_small_letters_a_word_in_capitals_is_still_an_acronym() -> None:
    # (an abbreviation amid running text: letter by letter, as before)
    assert translit.romanize("у ЧАСУ", lang="be", target="de").endswith(" TSCHASU")
    assert translit.romanize("ВКЛ", lang="be", target="de") == "WKL"


def _listed_words(lang: str) -> set[str]:
    """The words of the names listed for ``lang`` (glossaries/names.csv, CLDR's places), in
    small letters: a headline's ДАЛИ may be Dalí, ГАНА Ghana, which the small word is not."""
    return {
        w.lower().replace("ё", "е")
        for target in ("en", "de", "fr")
        for name in established_variants(target, lang)
        for w in name.split()
    }


@pytest.mark.parametrize("lang", ["be", "bg", "mk", "kk", "ky"])
def test_frequent_short_words_in_capitals(corpus: Path, lang: str) -> None:
    words: collections.Counter[str] = collections.Counter()
    for path in corpus.glob(f"{lang}-*.txt"):
        words.update(
            w
            for w in re.findall(r"[^\W\d_]+", path.read_text(encoding="utf-8"))
            if 2 <= len(w) <= 5 and w.islower()
        )
    listed = _listed_words(lang)
    differ = []
    checked = 0
    for word, _n in words.most_common(300):
        if word.replace("ё", "е") in listed or not all(map(is_cyrillic, word)):
            continue  # (a listed name, a word typed with a Latin letter)
        for target in ("en", "de", "fr"):
            small = translit.romanize(word, lang=lang, target=target)
            caps = translit.romanize(word.upper(), lang=lang, target=target)
            checked += 1
            if caps != small.upper():
                differ.append((target, word, small, caps))
    assert checked > 200  # (the Kazakh corpus is 31 lines)
    assert differ == []  # (caps38: Bulgarian ТЪЙ, whose ъ is its vowel, TAÏ as taï gives)
