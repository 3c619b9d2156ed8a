"""Korean names in the Kontsevich system, written for readers as the press prints them
(translit/names/korean.py, data/names/korean.toml, the rule of TargetRomanizer._korean_hit), and
the Vietnamese rows of glossaries/names.csv. Expected forms are the English (and German) Wikipedia
titles of the persons, not the code's output."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from translit import _datafiles as datafiles
from translit import romanize
from translit.names.conventions import _WORD, TargetRomanizer, get_target_romanizer
from translit.names.korean import (
    _rime,
    ambiguous,
    korean_name,
    latin_syllables,
    readings,
    spellings,
    surname_first,
    surnames,
    syllables,
    yo_variants,
)
from translit.script import drop_stress

DATA = datafiles.load_toml("names", "korean.toml")


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        # persons whose English Wikipedia title is their name in the Revised Romanization
        ("Мун Чжэ Ин", "Moon Jae-in"),
        ("Пак Кын Хе", "Park Geun-hye"),
        ("Пак Кын-Хе", "Park Geun-hye"),  # hyphenated
        ("Ли Мин Хо", "Lee Min-ho"),
        ("Ким Мин Чжэ", "Kim Min-jae"),
        ("Ли Хэ Чхан", "Lee Hae-chan"),
        ("МУН ЧЖЭ ИН", "MOON JAE-IN"),
    ],
)
def test_kontsevich_names_in_the_revised_romanization_for_every_reader(ru: str, en: str) -> None:
    for target in ("en", "de", "fr"):
        assert romanize(ru, lang="ru", target=target) == en


def test_a_name_in_capitals_with_a_word_of_one_letter() -> None:
    # 오승환: en.wikipedia's title is Oh Seung-hwan; a capital alone (О) says nothing of the
    # case, the name's other words do
    assert romanize("О Сын Хван", lang="ru", target="en") == "Oh Seung-hwan"
    assert romanize("О СЫН ХВАН", lang="ru", target="en") == "OH SEUNG-HWAN"
    assert romanize("КИМ Э РАН", lang="ru", target="en").isupper()


def test_a_one_word_given_name_is_cut_where_the_system_spells_a_boundary() -> None:
    # 윤석열: RR Seok-yeol; inside a word Kontsevich writes 석열 Сокёль, 서결 Согёль
    assert korean_name("Юн", ["Сокёль"]) == ("Yoon", "Seok-yeol")


def test_a_name_in_a_sentence_and_as_one_word() -> None:
    text = "Президент Мун Чжэ Ин прибыл в Москву."
    assert "Moon Jae-in pribyl" in romanize(text, lang="ru", target="en")
    assert romanize("Пак Кынхе", lang="ru", target="en") == "Park Geun-hye"


@pytest.mark.parametrize(
    ("ru", "en", "de"),
    [
        # their own romanisations: rows of names.csv (the de forms: the dewiki list of presidents)
        ("Ли Сын Ман", "Syngman Rhee", "Rhee Syng-man"),
        ("Юн Сок Ёль", "Yoon Suk Yeol", None),
        ("Ли Мён Бак", "Lee Myung-bak", "Lee Myung-bak"),
        ("Но Му Хён", "Roh Moo-hyun", "Roh Moo-hyun"),
        ("Ким Дэ Чжун", "Kim Dae-jung", "Kim Dae-jung"),
        ("Пан Ги Мун", "Ban Ki-moon", None),
        ("Ким Ир Сен", "Kim Il Sung", None),
        # Vietnamese: the Russian transcription is not reversible, so rows only
        ("Во Нгуен Зяп", "Võ Nguyên Giáp", "Võ Nguyên Giáp"),
        ("Нгуен Ван Тхиеу", "Nguyễn Văn Thiệu", "Nguyễn Văn Thiệu"),
        ("Нго Динь Зьем", "Ngo Dinh Diem", "Ngô Đình Diệm"),
        ("Хо Ши Мин", "Ho Chi Minh", None),
    ],
)
def test_names_the_press_prints_otherwise_are_rows(ru: str, en: str, de: str | None) -> None:
    assert romanize(ru, lang="ru", target="en") == en
    if de is not None:
        assert romanize(ru, lang="ru", target="de") == de


@pytest.mark.parametrize(
    ("uk", "en"),
    [
        # the uk cells of those rows, as Ukrainian press and uk.wikipedia spell the persons (the
        # Kontsevich reader reads Russian only: Юн Сок Йоль gave Yun Sok Yol)
        ("Юн Сок Йоль", "Yoon Suk Yeol"),
        ("Пан Ґі Мун", "Ban Ki-moon"),
        ("Кім Ір Сен", "Kim Il Sung"),
        ("Пак Чон Хі", "Park Chung Hee"),
        ("Ро Де У", "Roh Tae-woo"),
        ("Лі Чже Мьон", "Lee Jae-myung"),
        ("Нгуєн Фу Чонг", "Nguyễn Phú Trọng"),
        ("Тхіть Ньят Хань", "Thích Nhất Hạnh"),
    ],
)
def test_ukrainian_spellings_of_those_rows(uk: str, en: str) -> None:
    assert romanize(uk, lang="uk", target="en") == en


def test_a_ukrainian_spelling_in_a_sentence() -> None:
    text = "Президент Юн Сок Йоль запровадив воєнний стан."
    assert "Yoon Suk Yeol zaprovadyv" in romanize(text, lang="uk", target="en")


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        ("Виктор Цой", "Viktor Tsoi"),  # a Soviet Korean: a given name first, no Korean one
        ("Роман Ким", "Roman Kim"),
        ("Ким Роман", "Kim Roman"),  # a Russian given name after the surname, as lists write
        ("Пак Инна", "Pak Inna"),
        ("Ли Анна", "Li Anna"),
        ("Цой", "Tsoi"),  # the row of one word
        ("Ли Пэн", "Li Peng"),  # one syllable: the Chinese reader's
        ("Ли Хунчжи", "Li Hongzhi"),  # one word that reads as Palladius: the Chinese reader's
        ("Ким Ин", "Kim In"),  # one syllable: no given name of the shape
        ("Ким Чжэ Ин Пак", "Kim Zhe In Pak"),  # four name words
        ("Но Ким Ин сказал", "No Kim In skazal"),  # the conjunction opens the sentence
        ("Пак Удо", "Pak Udo"),  # a given name the dictionary knows (Udo)
        ("Ким Сеул", "Kim Seoul"),  # a word the dictionary knows (the place's English name)
        # a given name of another Cyrillic language's table (Serbian Новак), which pymorphy3
        # lacks: the actress, en.wikipedia's Kim Novak (но-вак read as no-wak)
        ("Ким Новак", "Kim Novak"),
    ],
)
def test_what_is_not_read_as_a_korean_name(ru: str, en: str) -> None:
    assert romanize(ru, lang="ru", target="en") == en


def test_only_russian_texts_and_the_shipped_data() -> None:
    assert TargetRomanizer("en", forms={})("Мун Чжэ Ин").startswith("Mun ")
    assert romanize("Мун Чжэ Ин", lang="ru") != "Moon Jae-in"  # no target: the standard


def test_the_jamo_tables_follow_the_published_ones() -> None:
    # Система Концевича: ㄱ к at a word's start, г inside; ㅓ and ㅗ both о, ㅕ ㅛ ё; ㄴ and ㅇ н
    assert DATA["initials"]["g"][:2] == ["к", "г"]
    assert DATA["vowels"]["eo"] == DATA["vowels"]["o"] == ["о"]
    assert DATA["vowels"]["yeo"] == DATA["vowels"]["yo"] == ["ё"]
    assert DATA["finals"]["n"] == DATA["finals"]["ng"] == ["н"]
    assert spellings()["geun"][0] == "кын" and spellings()["hye"][0] == "хе"


def test_every_ambiguous_spelling_is_decided() -> None:
    prefer = DATA["prefer"]
    rimes = {re.sub("^[^аэяоеёуюыийв]*", "", k) for k in ambiguous()}
    assert not sorted(
        r for r in rimes if "-" + r not in prefer and not any(k.endswith(r) for k in prefer)
    )
    # every decision decides something: a whole syllable is an ambiguous spelling and names one
    # of its readings; a rime is the rime of an ambiguous spelling that has a reading of an
    # initial and that rime's romanisation (no "-йе" where no spelling ends so)
    initials = set(DATA["initials"])
    for key, rr in prefer.items():
        if not key.startswith("-"):
            assert rr in ambiguous().get(key, []), key
            continue
        decided = [
            cyr
            for cyr, readings in ambiguous().items()
            if "-" + _rime(cyr) == key
            and any(r.endswith(rr) and r.removesuffix(rr) in initials for r in readings)
        ]
        assert decided, key


RR = sorted(spellings())


@given(st.sampled_from(RR))
def test_every_syllable_reads_back_as_itself_or_a_reading_of_its_spelling(rr: str) -> None:
    for cyr in spellings()[rr]:
        got = syllables(cyr)
        assert got is not None and len(got) == 1
        if cyr not in ambiguous():
            assert got == [rr]
        else:
            assert got[0] in ambiguous()[cyr]


@given(st.sampled_from(RR), st.sampled_from(RR))
def test_a_given_name_of_two_syllables_reads_back_in_two_words(a: str, b: str) -> None:
    first, second = spellings()[a][0], spellings()[b][0]
    name = korean_name("Ким", [first.capitalize(), second.capitalize()])
    assert name is not None
    got = name[1].lower().split("-")
    assert all(
        g == s or g in ambiguous()[c] for g, s, c in zip(got, (a, b), (first, second), strict=True)
    )


def test_no_line_of_the_corpus_is_read_as_korean(corpus: Path) -> None:
    rom = get_target_romanizer("en", "ru")
    found = []
    for path in sorted(corpus.glob("ru-*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            words = list(_WORD.finditer(line))
            found += [
                line
                for i, w in enumerate(words)
                if w.group().lower() in surnames() and rom._korean_hit(line, words, i)
            ]
    assert not found  # (bench/names_korean.py: 0 of 5,174 lines changed)


_SURNAMES = sorted(surnames())


@given(
    st.one_of(st.sampled_from(_SURNAMES).map(str.capitalize), st.text(max_size=6)),
    st.lists(st.one_of(st.sampled_from(["Кын", "Хе", "Чжэ", "Ин", "-"]), st.text()), max_size=4),
)
def test_any_surname_and_words_give_a_name_or_none(surname: str, words: list[str]) -> None:
    # korean_name on anything (test_faults_api lists it here: its list argument is not drawn
    # there): None, or the surname's press form and a hyphenated given name of two syllables
    got = korean_name(surname, words)
    if got is not None:
        press, name = got
        assert press.lower() == surnames()[surname.lower()].lower()
        assert name.count("-") == 1 and all(name.split("-")), name


@given(
    st.lists(
        st.one_of(
            st.sampled_from([*_SURNAMES, "Kim", "PARK", "Кын", "Хе", "Yeon-su", "Ён", "-"]),
            st.text(max_size=8),
        ),
        max_size=5,
    )
)
def test_any_words_are_a_korean_name_or_not(words: list[str]) -> None:
    # surname_first, readings, latin_syllables on anything (test_faults_api lists them here):
    # a reading or a Latin cut only for a name surname_first accepts, each its words' count
    korean = surname_first(words)
    found = readings(words)
    assert not found or korean
    assert len(found) <= 64
    for reading in found:
        assert reading.split()[0].lower() == surnames()[drop_stress(words[0]).lower()].lower()
    latin = latin_syllables(words)
    assert latin is None or (korean and latin.split()[0] == words[0])


def test_a_korean_name_read_every_way_kontsevich_allows() -> None:
    # ё is yeo or yo, final н n or ng (the jamo tables of data/names/korean.toml): 연 (김연아,
    # Kim Yeon-a in RR) and 영 (김영삼, Kim Yeong-sam) are both Ён in Kontsevich
    assert {"Kim Yeon A", "Kim Yeong A"} <= set(readings(["Ким", "Ён", "А"]))
    assert readings(["Ким", "Ёна"])[0].split()[1:] != ["Yeona"]  # (a syllable a word)
    assert surname_first(["КИМ", "Ён", "Су"]) and not surname_first(["Власов", "Ён", "Су"])


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        ("Мун Чжэ И\u0301н", "Moon Jae-in"),  # en.wikipedia titles; the readers of all three
        ("Му\u0300н Чжэ Ин", "Moon Jae-in"),  # syllable tables, a stress mark (acute, grave)
        ("Си Цзиньпи\u0301н", "Xi Jinping"),  # on a name as dictionaries and textbooks print it
        ("Кэ\u0301йсукэ Хо\u0301нда", "Keisuke Honda"),
    ],
)
def test_a_stress_mark_is_no_part_of_a_syllable(ru: str, en: str) -> None:
    # (review33a: every syllable reader stopped at the mark: Mun Zhe In, Keysuke Khonda)
    assert romanize(ru, lang="ru", target="en") == en


@pytest.mark.parametrize(
    ("text", "lang", "en"),
    [
        # names.csv rows spell Ким Ён Сам, Юн Сок Ёль (ru), Кім Йон Сам (uk): a Russian text
        # may write Kontsevich's word-initial ё as йо (Йон, Йоль), as Ukrainian does
        ("Ким Йон Сам", "ru", "Kim Young-sam"),
        ("Юн Сок Йоль", "ru", "Yoon Suk Yeol"),
        ("КИМ ЙОН САМ", "ru", "KIM YOUNG-SAM"),
        ("Ким Ён Сам", "ru", "Kim Young-sam"),
    ],
)
def test_a_listed_korean_person_with_yo_for_initial_yo(text: str, lang: str, en: str) -> None:
    assert romanize(text, lang=lang, target="en") == en


def test_yo_variants_only_for_a_korean_name() -> None:
    assert set(yo_variants("Ким Ён Сам")) == {"Ким Йон Сам"}
    assert set(yo_variants("Юн Сок Йоль")) == {"Юн Сок Ёль"}
    assert yo_variants("Ёжиков Йоган") == [] and yo_variants("Ким Сам") == []
