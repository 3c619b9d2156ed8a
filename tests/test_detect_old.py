"""The language decision on text in the spellings before the reforms (detect39): pre-1918
Russian whose only sign is і before a vowel, Bulgarian with ѫ, and the modern Ukrainian and
Belarusian words those must not take. The old texts are from bench/data/detect_old.tsv (its
header names the sources: Karamzin's preface of 1842, an émigré weekly, a Bulgarian site in the
spelling of 1923-1945)."""

from __future__ import annotations

import re

import pytest
from conftest import corpus_files
from hypothesis import given, settings
from hypothesis import strategies as st

import translit
from translit import detect
from translit._datafiles import load_toml


@pytest.mark.parametrize(
    "text",
    [
        "Исторія государства Россійскаго",  # karamzin: и opening a word, Ukrainian writes і
        "Исторію",
        "Предисловіе",  # karamzin: a word ending in іе after a consonant
        "стремленіе",
        "бытія",  # karamzin: т before я, Belarusian writes ц; ы, which Ukrainian lacks
        "Изданіе Управленія",  # emigre
        "Россія",  # a double с before і and a vowel
        "ИСТОРІЯ ГОСУДАРСТВА РОССІЙСКАГО",
        "Исто́рія",
    ],
)
def test_old_russian_with_only_i_before_a_vowel_is_russian(text: str) -> None:
    e = translit.explain_language(text)
    assert e.lang == "ru", e.report()


@pytest.mark.parametrize(
    "text",
    ["Історія", "Росія", "Марія", "Італія", "Андрій", "Біологія", "Дмитрій", "Наталія", "Тетяна"],
)
def test_ukrainian_words_with_i_before_a_vowel_stay_ukrainian(text: str) -> None:
    assert detect(text) == "uk"


@pytest.mark.parametrize("text", ["Кусаіе", "новыя кнігі"])
def test_belarusian_stays_belarusian(text: str) -> None:
    # Кусаіе: CLDR's Belarusian name of Kosrae, іе after a vowel (not the old Russian -іе)
    assert detect(text) == "be"


@pytest.mark.parametrize("text", ["сѫ", "мѫжъ", "Бѫлгария", "врѣме сѫ сѫщестували", "ѣ и ѫ"])
def test_bulgarian_before_1945_with_its_big_yus_is_bulgarian(text: str) -> None:
    # osvedomitel: ѫ, struck from the Bulgarian alphabet in 1945, which Russian never wrote
    e = translit.explain_language(text)
    assert e.lang == "bg" and "ѫ" in e.own_letters, e.report()


@pytest.mark.parametrize(
    "text",
    [
        "Нѣколкото члена на този законовъ актъ",  # osvedomitel: ѣ, and този (decisive_words)
        "Новини отъ България. Издание съ мнѣние.",
        "които по това врѣме",
    ],
)
def test_bulgarian_before_1945_with_yat_and_a_bulgarian_word_is_bulgarian(text: str) -> None:
    # ѣ alone is the old Russian sign; with a spelling or a word no Russian form has, and
    # letters all Bulgarian ones of that time, the text is Bulgarian
    assert detect(text) == "bg"


@pytest.mark.parametrize(
    "text",
    [
        "Мудрость человѣческая имѣетъ нужду въ опытахъ, а жизнь кратковременна.",  # karamzin
        "Въ этомъ номерѣ 6 страницъ",  # emigre
        "Вѣра",
    ],
)
def test_old_russian_with_yat_stays_russian(text: str) -> None:
    assert detect(text) == "ru"


def test_a_spelling_of_a_language_that_lacks_a_letter_of_the_text_decides_nothing() -> None:
    # Современныя Записки (Paris, 1920-1940) kept the old spelling: -ныя is also Belarusian
    # (новыя), but Belarusian writes no и
    assert detect("Современныя записки") == "ru"
    assert detect("новыя") == "be"


def _unlike() -> list[dict[str, str]]:
    return list(load_toml("detection/ru.toml")["old_unlike"])


@pytest.mark.parametrize("lang", ["uk", "be"])
def test_the_spellings_that_rule_a_language_out_are_rare_in_it(lang: str) -> None:
    # each old_unlike spelling of a language is in fewer than 1 word in 2,000 of its UD file
    files = corpus_files(f"{lang}-*.txt")
    if not files:
        pytest.skip("../shared/corpus is absent")
    words = re.findall(r"[^\W\d_]+", files[0].read_text("utf-8").lower())
    assert len(words) > 20_000
    for entry in _unlike():
        if lang in entry["langs"].split():
            hits = sum(1 for w in words if re.search(entry["regex"], w))
            assert hits * 2_000 < len(words), (entry["regex"], hits)


_OLD_WORD = st.builds(
    lambda a, b, c: a + "і" + b + c,
    st.text(alphabet="бвгдклмнпрст", min_size=1, max_size=3),
    st.sampled_from("аяюуо"),
    st.text(alphabet="бвгдклмнпрст", max_size=2),
)


@settings(deadline=None)
@given(st.text(alphabet="бвгдклмнпрст", max_size=4), st.lists(_OLD_WORD, min_size=1, max_size=2))
def test_a_short_text_with_i_only_before_a_vowel_and_a_word_opening_with_i_is_russian(
    head: str, words: list[str]
) -> None:
    # и opening a word rules Ukrainian out, и Belarusian (which lacks it): with its і all
    # before a vowel, a text of fewer than four words is old Russian (rule 2), whatever its
    # scores say (Исторія, Италія; Ukrainian Історія, Італія)
    text = " ".join(["и" + head + "ія", *words])
    e = translit.explain_language(text)
    assert e.lang == "ru" and "old spelling" in e.reason, e.report()
