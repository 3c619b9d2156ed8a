"""The language decision on pieces cut from real sentences (detect36): two or three words of
running text in Russian letters are scored (SHORT_MARGIN), Ukrainian's ї after a vowel
(uk.toml [[impossible]]), and a tie that the text's letters settle; one word in lower case
that pymorphy3-dicts-ru lists as no form (detect37). Each piece is copied from
the line of ../shared/corpus named beside it (UD sentences; a line number counted from 1, an
even one held out by bench.detect_held); the expected language is the file's."""

from __future__ import annotations

import itertools

import pymorphy3
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import translit
from translit import detection
from translit.morphology import is_listed_form


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("бюджеттин кирешелерин", "ky"),  # ky-ktmu.txt:1244 (budget revenue)
        ("качан билишпейт", "ky"),  # ky-ktmu.txt:102 (they never know)
        ("поништив испитот", "mk"),  # mk-mtb.txt:104 (I annulled the exam)
        ("жалеа што", "mk"),  # mk-mtb.txt:24 (they regretted that)
        ("вырвала дрэвы", "be"),  # be-hse.txt:482 (the storm tore out trees)
        ("прысвечаны пытанню", "be"),  # be-hse.txt:1576 (devoted to the question)
        ("на горните дихателни", "bg"),  # bg-btb.txt:1766 (of the upper respiratory)
        ("й рятував", "uk"),  # uk-iu.txt:138 (and rescued)
        ("деп ойлайтын", "kk"),  # kk-ktb.txt:4 (would think that)
    ],
)
def test_two_or_three_words_of_running_text_are_scored(text: str, lang: str) -> None:
    # Russian letters only, fewer than four words: Russian before detect36, whatever the scores
    e = translit.explain_language(text)
    assert e.lang == lang, e.report()
    assert e.threshold == detection.SHORT_MARGIN < e.margin
    assert translit.romanize(text) == translit.romanize(text, lang=lang)


@pytest.mark.parametrize(
    "text",
    [
        "мушка дрозофила",  # ru-poetry.txt:1368 (Serbian by 8.0 nats, short of the margin)
        "против брата",  # ru-gsd.txt:702 (Macedonian by 7.1)
        "в Москве",
        "Привет мир",
        "ЖИТЕЛИ МИНСКА",  # (a title in capitals: rule 3 as before)
        "Иван Петров",  # (a name)
        # a person's name whose only words in lower case are particles (conventions.toml
        # [given.foreign_particles]): Kyrgyz by 8.6 nats, Kazakh by 9.8, if scored
        "Бернардино де Саагун",  # ru-gsd.txt:1064
        "Жан де Лафонтен",
        "Людвиг ван Бетховен",
    ],
)
def test_short_russian_running_text_stays_russian(text: str) -> None:
    assert translit.detect(text) == "ru"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("шофьорските", "bg"),  # bg-btb.txt:197 (the drivers' [licences])
        ("съответни", "bg"),  # bg-btb.txt:717 (respective)
        ("абмежаванае", "be"),  # be-hse.txt:1541 (restricted)
        ("цэнтра", "be"),  # be-hse.txt:2264 (of a centre)
        ("коопсуздугу", "ky"),  # ky-ktmu.txt:427 (its safety)
        ("хлопцям", "uk"),  # uk-iu.txt:269 (to the lads)
    ],
)
def test_one_word_no_russian_form_is_scored(text: str, lang: str) -> None:
    # one word of Russian letters: Russian before detect37 whatever its scores (rule 3); in
    # lower case and listed by pymorphy3-dicts-ru as no form, a calibrated language wins by
    # SHORT_MARGIN. Capitalised, it may be a name the dictionary lacks: rule 3 as before.
    assert not is_listed_form(text)
    e = translit.explain_language(text)
    assert e.lang == lang, e.report()
    assert e.threshold == detection.SHORT_MARGIN < e.margin
    for written in (text.capitalize(), text.upper()):
        assert translit.detect(written) == "ru"


@pytest.mark.parametrize(
    "text",
    [
        # Russian words pymorphy3-dicts-ru lacks, scored now, each with the best other
        # language's lead over Russian: short of SHORT_MARGIN
        "манхаджу",  # ru-taiga.txt:1295 (Mongolian by 5.1)
        "бир",  # ru-taiga.txt:2321 (Kyrgyz by 5.2)
        "киббуца",  # ru-gsd.txt:797 (Serbian by 4.6)
        "шанкроид",  # ru-gsd.txt:115
        # Russian forms, and words the other languages write too: never scored alone
        "як",
        "справы",
        "на",
    ],
)
def test_one_russian_word_stays_russian(text: str) -> None:
    assert translit.detect(text) == "ru"


_MORPH = pymorphy3.MorphAnalyzer(lang="ru")
_LOWER = "абвгдежзийклмнопрстуфхцчшщъыьэюя"


@settings(max_examples=200, deadline=None)
@given(st.sampled_from("абвгдежзиклмнопрстуфхцчшэюя"), st.sampled_from(_LOWER), st.integers(0, 99))
def test_one_russian_form_is_never_scored(first: str, second: str, i: int) -> None:
    # a form pymorphy3 itself lists (not translit's reading of it) under a drawn prefix (its
    # first letter alone where no form opens with both)
    forms: list[str] = []
    for prefix in (first + second, first):
        words = itertools.islice(_MORPH.dictionary.words.iterkeys(prefix), 100)
        forms = forms or [w for w in words if w.isalpha()]
    word = forms[i % len(forms)]
    assert translit.explain_language(word).threshold != detection.SHORT_MARGIN


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=_LOWER, min_size=2, max_size=12))
def test_one_capitalised_word_is_never_scored(word: str) -> None:
    # (a name the dictionary lacks, or a title): rule 3 as before
    for written in (word.capitalize(), word.upper()):
        assert translit.explain_language(written).threshold != detection.SHORT_MARGIN


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Расіі", "be"),  # be-hse.txt:1094 (У Расіі сустракаецца паўсюдна …)
        ("акадэміі", "be"),  # be-hse.txt:1254
        ("Японіі", "be"),  # be-hse.txt:1093 (a tie, Ukrainian prevailed, before)
        ("лініі", "be"),  # be-hse.txt:1121 (the same)
        # Ukrainian writes ї after a vowel (Pravopys 2019 § 4: мої, Гаваї), і only after a
        # prefix ending in a vowel (поінформувати)
        ("на лінії", "uk"),  # uk-iu.txt:1542
        ("мої", "uk"),
        ("Гаваї", "uk"),
        ("поінформувати", "uk"),
        ("ДАІ", "uk"),  # (an abbreviation of three letters: the spelling is a word's)
        ("ХАІ", "uk"),  # uk-iu.txt:1304 (Kharkiv Aviation Institute)
    ],
)
def test_i_closing_a_word_after_a_vowel_is_no_ukrainian(text: str, lang: str) -> None:
    assert translit.detect(text) == lang


@pytest.mark.parametrize(
    "text",
    [
        "епіскап Яўхім",  # be-hse.txt:2298
        "ўніверсама",  # be-hse.txt:1690 (Да ўніверсама «Рыга» …)
    ],
)
def test_ukrainian_does_not_prevail_in_a_tie_the_letters_settle(text: str) -> None:
    # ў, which Ukrainian lacks, scored within TIE_MARGIN of Belarusian (ў opening a text costs
    # Belarusian points): a tie, but not one Ukrainian wins
    e = translit.explain_language(text)
    assert e.lang == "be" and set(e.tied) == {"be", "uk"}, e.report()
    assert "prevails" not in e.report()


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=40))
def test_detect_never_raises_and_agrees_with_its_explanation(text: str) -> None:
    lang = translit.detect(text)
    assert lang in (*detection.LANGUAGES, "und")
    assert translit.explain_language(text).lang == lang


_RU = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя"


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(alphabet=_RU, min_size=2, max_size=12), min_size=2, max_size=3))
def test_a_short_piece_in_capitals_is_decided_as_rule_3_decides_it(words: list[str]) -> None:
    # in capitals (a title) the same words are never scored: Russian, or what a spelling,
    # word or name decides, the decision of a text with no word in lower case
    text = " ".join(words).upper()
    e = translit.explain_language(text)
    assert e.threshold != detection.SHORT_MARGIN, e.report()


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # pieces that Ukrainian won in a tie before detect41 (uk.toml [[impossible]])
        ("завітае", "завітае"),  # be-hse.txt:683
        ("мінулае", "мінулае"),  # be-hse.txt:1592
        ("дакументальное кіно", "дакументальное"),  # be-hse.txt:101
        ("нешта цікавае з", "цікавае"),  # be-hse.txt:1986
        ("Хочаш стаць рухавіком", "стаць"),  # be-hse.txt:646
        ("робіць цікавую спробу", "робіць"),  # be-hse.txt:1565
        ("якія хочуць", "хочуць"),  # be-hse.txt:1736
    ],
)
def test_belarusian_endings_ukrainian_spells_otherwise(text: str, word: str) -> None:
    # Ukrainian writes є after а о я (має, нове), -ється, -ати -ити -уть: a Belarusian ending
    # ends the tie, and the explanation names the spelling and the word that holds it
    e = translit.explain_language(text)
    assert e.lang == "be", e.report()
    assert "Ukrainian excludes" in e.reason and f"({word})" in e.reason, e.reason


@pytest.mark.parametrize(
    "text",
    [
        "має",
        "моє",
        "відбувається",  # (Belarusian адбываецца)
        "кажуть усі",  # (Belarusian кажуць)
        "співпраці",
        "ОАЕ і",  # (an abbreviation of three letters: the spelling is a word's)
        "Ніуе",  # (у before е is left out: a name Ukrainian writes so)
    ],
)
def test_ukrainian_spellings_beside_the_belarusian_endings_stay_ukrainian(text: str) -> None:
    e = translit.explain_language(text)
    assert e.lang == "uk", e.report()
    assert "excludes" not in e.reason


@settings(max_examples=200, deadline=None)
@given(
    st.text(alphabet="абвгдзклмнопрстуцяі", min_size=2, max_size=8),
    st.sampled_from(["ає", "оє", "яє", "ається", "ати", "ить", "уть", "ець", "ість"]),
    st.text(alphabet="абвгдзклмнопрстуя", min_size=1, max_size=6),
)
def test_the_ukrainian_endings_are_never_excluded(stem: str, ending: str, other: str) -> None:
    # what Ukrainian writes where Belarusian has -ае -ецца -аць -іць -уць (має, -ється, -ати,
    # -ить, -уть; -ець -ість, where it writes ць too) is no spelling uk.toml excludes
    text = f"{stem}{ending} і{other}"
    assert "Ukrainian excludes" not in translit.explain_language(text).reason


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("шаардын", "ky"),  # ky-ktmu.txt:52 (of the city)
        ("Кыргызстандын туристтик", "ky"),  # ky-ktmu.txt:170
        ("Таластагы", "ky"),  # ky-ktmu.txt:574 (-тагы after a voiceless consonant, as -дагы)
        ("Сокулуктагы", "ky"),  # ky-ktmu.txt:668
        ("Хятадын юань", "mn"),  # CLDR's Mongolian name of the yuan: -ын after д is Mongolian too
        ("Мартын", "ru"),  # (-тын is left out: the Russian given name)
        ("Путин", "ru"),
        ("один", "ru"),
    ],
)
def test_kyrgyz_genitive_and_locative_suffixes(text: str, lang: str) -> None:
    # decisive.toml: -нын -дын (Kyrgyz and Mongolian), -дагы -тагы (Kyrgyz)
    e = translit.explain_language(text)
    assert e.lang == lang, e.report()
    if lang != "ru":
        assert "-дын" in e.reason or "-тагы" in e.reason, e.reason
