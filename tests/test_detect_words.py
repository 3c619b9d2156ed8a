"""Rule 3's frequent words (data/decisive_words.toml, written from wordfreq by
bench/decisive_words.py): a short text of Russian letters holding a frequent Ukrainian,
Bulgarian, Macedonian or Serbian word that no Russian word form spells is not Russian; Russian
words, names and the Russian lines of the corpus stay Russian."""

from __future__ import annotations

import functools
from pathlib import Path

import pytest

import translit
from translit import detection
from translit._datafiles import load_toml

LANGS = {"uk", "be", "bg", "mk", "sr", "ky"}


@functools.cache
def _words() -> dict[str, tuple[str, ...]]:
    rows = str(load_toml("decisive_words.toml")["words"]).strip("\n").splitlines()
    return {w: tuple(langs.split()) for w, langs in (row.split("\t") for row in rows)}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # phrasebook phrases, each in its language's orthographic dictionary
        ("Дякую", "uk"),  # thank you (Slovnyk ukrainskoi movy: дякувати)
        ("Дякую за допомогу", "uk"),  # thank you for the help
        ("Добрий день", "uk"),  # good day
        ("Вибачте", "uk"),  # excuse me
        ("Здравейте", "bg"),  # hello (Pravopisen rechnik 2012: здравей, здравейте)
        ("Здравей", "bg"),  # (a comparative OpenCorpora derives, здравей, no Russian text writes)
        ("Здравей, приятелю", "bg"),  # hello, friend (приятелю: Russian's dative too)
        ("Обичам те", "bg"),  # I love you
        ("Благодарам", "mk"),  # thank you (Tolkoven rechnik na makedonskiot jazik)
        ("Благодариме", "mk"),  # we thank you
        ("Разумем", "sr"),  # I understand (Pravopis srpskoga jezika: ekavian разумем)
        ("Не разумем", "sr"),
        ("Пам\u2019ятаю", "uk"),  # I remember: the apostrophe as typeset (’)
    ],
)
def test_a_frequent_word_no_russian_form_spells_decides_a_short_text(text: str, lang: str) -> None:
    assert translit.detect(text) == lang
    assert translit.detect(text.upper()) == lang
    assert "(wordfreq)" in translit.explain_language(text).reason


@pytest.mark.parametrize(
    "text",
    [
        # words other languages write that are Russian words too, as OpenCorpora holds them and
        # Russian text writes them: Bulgarian благодаря is the Russian preposition, Serbian
        # хвала the Russian noun (praise), здраво the adverb
        *("Благодаря", "Хвала", "Здраво", "Спасибо", "Александр Пушкин"),
        # a case of a name Russian writes so: Никола Тесла, dative Николе Тесле
        "Николе Тесле",
    ],
)
def test_russian_forms_and_names_stay_russian(text: str) -> None:
    assert translit.detect(text) == "ru"
    assert translit.detect(text.upper()) == "ru"


def _dictionary_forms() -> list[str]:
    """The entries that are forms of pymorphy3-dicts-ru (a runtime dependency), or are so with
    ё written е (все: всё)."""
    import pymorphy3

    morph = pymorphy3.MorphAnalyzer(lang="ru")
    return [w for w in _words() if morph.word_is_known(w.replace("'", ""))]


def test_no_word_is_a_russian_word_form_russian_text_writes() -> None:
    # the claim of the list, by construction: no entry is a form of pymorphy3-dicts-ru that
    # wordfreq's Russian list holds; the dictionary's forms no text writes (здравей, its
    # comparative of здравый; голям, a dative plural of голь) are few
    words, forms = _words(), _dictionary_forms()
    assert len(words) > 5000
    assert "здравей" in forms and len(forms) < len(words) // 25
    try:
        from wordfreq import zipf_frequency  # type: ignore[import-untyped]
    except ImportError:  # (not a dependency: bench/decisive_words.py's, which needs it)
        return
    assert not [w for w in forms if zipf_frequency(w, "ru") > 0]


def test_no_russian_word_of_the_corpus_is_a_dictionary_form_or_a_belarusian_word(
    corpus: Path,
) -> None:
    # the dictionary's forms the list keeps (no Russian text writes them, by wordfreq) and the
    # Belarusian and Kyrgyz words (counted on UD Belarusian-HSE and UD Kyrgyz-KTMU, not on
    # wordfreq) are no word of the shared Russian corpus either, in a line of any length
    kept = set(_dictionary_forms())
    kept |= {w for w, langs in _words().items() if {"be", "ky"} & set(langs)}
    assert len(kept) > 500
    found = set()
    for path in sorted(corpus.glob("ru-*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            found |= kept.intersection(detection._prepare(line).words)
    assert not found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # phrasebook phrases (Tlumačaĺny sloŭnik bielaruskaj movy: дзякаваць, дзень, людзі)
        ("Дзякуй", "be"),  # thank you
        ("Дзякуй вам", "be"),
        ("Добры дзень", "be"),  # good day
        ("Беларуская мова", "be"),  # the Belarusian language
    ],
)
def test_a_frequent_belarusian_word_decides_a_short_text(text: str, lang: str) -> None:
    # Belarusian, which wordfreq lacks: its words counted on the calibration half of UD
    # Belarusian-HSE, the source the reason names
    assert translit.detect(text) == lang
    assert translit.detect(text.upper()) == lang
    assert "(UD Belarusian-HSE)" in translit.explain_language(text).reason


@pytest.mark.parametrize(
    "text",
    [
        # Kyrgyz words without ң ө ү (Yudakhin, Kirgizsko-russkii slovar' 1965: жакын near,
        # балдар children, акча money, шаар city; Бишкекте, Кыргызстанда, шаарында: the
        # locative -да/-те)
        "Жакын",
        "Балдар",
        "Акча",
        "Бишкекте",
        "Кыргызстанда",
        "Бишкек шаарында",
    ],
)
def test_a_frequent_kyrgyz_word_decides_a_short_text(text: str) -> None:
    # Kyrgyz, which wordfreq lacks: its words counted on the calibration half of UD
    # Kyrgyz-KTMU, the source the reason names (without the list each was Russian)
    assert translit.detect(text) == "ky"
    assert translit.detect(text.upper()) == "ky"
    assert "(UD Kyrgyz-KTMU)" in translit.explain_language(text).reason


def test_the_words_are_of_russian_letters_and_the_listed_languages() -> None:
    russian = set(load_toml("alphabets.toml")["ru"])
    for word, langs in _words().items():
        assert set(word.replace("'", "")) <= russian and len(word.replace("'", "")) >= 3, word
        assert langs and set(langs) <= LANGS and len(set(langs)) == len(langs), word
    assert {lang for langs in _words().values() for lang in langs} == LANGS


def test_no_word_is_a_name_another_rule_decides() -> None:
    # the given names, their Russian spellings, the names of glossaries/names.csv and CLDR are
    # decided by rules of their own (README "Detection", rule 3), never by a word
    names = detection._russian_spellings() | set(detection._given_from_tables())
    names |= set(detection._alike_from_tables()) | set(detection._listed_from_tables())
    assert not names & set(_words())
    # nor a surname's shape (-ски, -ов: Груевски, Ботев), which the surname rule reads
    assert not [w for w in _words() for e in detection._surnames() if e.regex.search(w)]


def test_a_word_is_found_alike_before_and_after_the_lines_become_a_dict(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    words = list(_words())[::41]
    words += [w.replace("'", a) for w in _words() if "'" in w for a in "'\u2019\u02bc"][:6]
    texts = [[w] for w in words] + [["москва"], ["что", "это"], ["дякую", "вам"]]
    found = []
    for searches in (10**9, 0):  # every word searched for; every word in the dict
        monkeypatch.setattr(detection, "_LISTED_SEARCHES", searches)
        found.append([detection._worded(t) for t in texts])
    assert found[0] == found[1]
    assert all(found[0][: len(words)]) and not any(found[0][-3:-1]) and found[0][-1]


def test_no_short_russian_line_of_the_corpus_holds_a_word(corpus: Path) -> None:
    # every Russian line of the shared corpus with fewer than MIN_WORDS different words: none
    # holds a word of the list, so none changes its decision (the corpus chose no word)
    short = []
    for path in sorted(corpus.glob("ru-*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            words = detection._prepare(line).words
            if line.strip() and len(set(words)) < detection.MIN_WORDS:
                short.append((line, words))
    assert len(short) > 500
    assert not [line for line, words in short if detection._worded(words)]
    assert all(translit.detect(line) == "ru" for line, words in short if words)
