"""Chinese names in the Palladius system, written in pinyin for readers (translit/names/chinese.py,
data/names/chinese.toml). Expected forms are the English Wikipedia titles of the persons and
places (pinyin without tone marks), not the code's output."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from translit import _datafiles as datafiles
from translit import romanize
from translit.names.chinese import marked_word, pinyin_word, syllables
from translit.names.conventions import TargetRomanizer

DATA = datafiles.load_toml("names", "chinese.toml")
TABLE: dict[str, str] = DATA["syllables"]
TABLE_UK: dict[str, str] = DATA["syllables_uk"]


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        ("Дэн Сяопин", "Deng Xiaoping"),
        ("Ху Цзиньтао", "Hu Jintao"),
        ("Ли Кэцян", "Li Keqiang"),
        ("Цзян Цзэминь", "Jiang Zemin"),
        ("Вэнь Цзябао", "Wen Jiabao"),
        ("Чжоу Эньлай", "Zhou Enlai"),
        ("Чжао Цзыян", "Zhao Ziyang"),
        ("Хуа Гофэн", "Hua Guofeng"),
        ("Е Цзяньин", "Ye Jianying"),
        ("Синьцзян", "Xinjiang"),
        ("Шэньчжэнь", "Shenzhen"),
        ("ДЭН СЯОПИН", "DENG XIAOPING"),
        ("Мао Цзэ-дун", "Mao Zedong"),  # the older hyphenated given name
    ],
)
def test_palladius_names_in_pinyin_for_every_reader(ru: str, en: str) -> None:
    for target in ("en", "de", "fr"):
        assert romanize(ru, target=target) == en


@pytest.mark.parametrize(
    ("uk", "en"),
    [
        # the Ukrainian Wikipedia's titles, in the Academic system (Сі Цзіньпін is a row)
        ("Ден Сяопін", "Deng Xiaoping"),
        ("Ху Цзіньтао", "Hu Jintao"),
        ("Лі Кецян", "Li Keqiang"),
        ("Цзян Цземінь", "Jiang Zemin"),
        ("Вень Цзябао", "Wen Jiabao"),
        ("Чжоу Еньлай", "Zhou Enlai"),
        ("Шеньчжень", "Shenzhen"),
        ("Сіньцзян", "Xinjiang"),
    ],
)
def test_ukrainian_academic_system_in_pinyin(uk: str, en: str) -> None:
    for target in ("en", "de", "fr"):
        assert romanize(uk, lang="uk", target=target) == en


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        # Universal Dependencies ru_gsd (CC BY-SA 4.0), sentences naming Chen Yi (the marshal and
        # foreign minister, 陈毅) and the shot-putter Gong Lijiao (巩立姣)
        (
            "По Пекину распространялась листовка «Откроем огонь по Чэнь И»",
            "Chen Yi",
        ),
        (
            "На Олимпийских играх 2008 года Гун Лицзяо показала пятый результат.",
            "Gong Lijiao",
        ),
    ],
)
def test_real_sentences(ru: str, en: str) -> None:
    for target in ("en", "de", "fr"):
        assert en in romanize(ru, target=target)


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        ("Чан Кайши", "Chiang Kai-shek"),  # Wade–Giles: rows of glossaries/names.csv win
        ("Сунь Ятсен", "Sun Yat-sen"),
        ("Цай Инвэнь", "Tsai Ing-wen"),
        ("Лу Синь", "Lu Xun"),
        ("Ли Куан Ю", "Lee Kuan Yew"),  # (three words: not the rule's shape either)
    ],
)
def test_names_the_press_prints_otherwise_are_rows(ru: str, en: str) -> None:
    assert romanize(ru, target="en") == en


def test_a_row_of_names_csv_wins_over_the_syllables() -> None:
    # the frwiki title of Guangzhou is Canton (Chine): French readers print the old name
    assert [romanize("Гуанчжоу", target=t) for t in ("en", "de", "fr")] == [
        "Guangzhou", "Guangzhou", "Canton"
    ]  # fmt: skip
    assert romanize("ГУАНЧЖОУ", lang="ru") == "GUANCHZHOU"  # no target: the standard's letters


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        ("Ян Гус", "Yan Gus"),  # Jan Hus: Гус is no Palladius spelling
        ("Ли Анна", "Li Anna"),  # a given name of the tables is no Chinese given name
        ("У Мао было", "U Mao bylo"),  # the preposition у starts the sentence, not Wu
        ("Визит Ли Кэцяна", "Vizit Li Ketsyana"),  # an oblique form is transcribed
    ],
)
def test_what_is_not_read_as_a_chinese_name(ru: str, en: str) -> None:
    assert romanize(ru, target="en") == en


def test_a_name_in_capitals_is_written_in_capitals() -> None:
    # Wang Yi (en.wikipedia's title) on a line in capitals: his one-letter given name И said
    # nothing of the line's case and came out as WANG Yi (review33a saw it in the Korean reader)
    assert romanize("ВАН И", lang="ru", target="en") == "WANG YI"
    assert romanize("Ван И", lang="ru", target="en") == "Wang Yi"


def test_only_russian_texts_and_only_reader_targets() -> None:
    assert romanize("Дэн Сяопин") == "D·en Syaopin"  # the standard scheme keeps its letters
    assert TargetRomanizer("en", forms={})("Дэн Сяопин") == "Den Syaopin"  # no shipped data


@given(st.sampled_from(sorted(TABLE)), st.sampled_from(["ru", "uk"]))
def test_every_syllable_reads_back(pinyin: str, lang: str) -> None:
    cyrillic = (TABLE if lang == "ru" else TABLE_UK)[pinyin]
    assert syllables(cyrillic, lang) == [pinyin]
    assert pinyin_word(cyrillic.capitalize(), lang=lang) == pinyin.capitalize()


def test_the_two_systems_differ_where_the_ukrainian_one_says() -> None:
    # its column of the Ukrainian Wikipedia's comparison table: bei бей, bi бі, bie бє, ci ци,
    # ce це, chi чи (after ч, ш, ж и stays), yi ї
    got = {p: TABLE_UK[p] for p in ("bei", "bi", "bie", "ci", "ce", "chi", "yi")}
    assert got == {
        "bei": "бей", "bi": "бі", "bie": "бє", "ci": "ци", "ce": "це", "chi": "чи", "yi": "ї"
    }  # fmt: skip


@given(st.lists(st.sampled_from(sorted(TABLE)), min_size=2, max_size=3))
def test_words_of_syllables_read_back_where_pinyin_marks_the_boundary(parts: list[str]) -> None:
    # pinyin writes an apostrophe before a, o, e; Russian a hard sign after н (Сюнъань)
    cyrillic = "".join(
        ("ъ" + TABLE[p] if p[0] in "aoe" and TABLE[q][-1] == "н" else TABLE[p])
        for q, p in zip(["a", *parts], parts, strict=False)
    )
    got = syllables(cyrillic)
    assert got is not None and len(got) <= len(parts)


def test_no_word_of_the_corpus_is_read_as_chinese_by_its_spelling(corpus: Path) -> None:
    found = set()
    for lang in ("ru", "uk"):
        for path in corpus.glob(f"{lang}-*.txt"):
            for word in path.read_text(encoding="utf-8").split():
                w = word.strip(".,;:!?«»()\"'")
                if w and marked_word(w, lang) and not w[:1].isupper():
                    found.add(w)
    assert not found  # цз and чж: only Chinese names, capitalised
