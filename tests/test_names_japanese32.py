"""Japanese names in the Polivanov system, written in Hepburn for readers (translit/names/japanese.py,
data/names/japanese.toml, the rule of TargetRomanizer._japanese_hit). Expected forms are the
English Wikipedia titles of the persons and places without macrons, as the readers' press
prints them, not the code's output."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from translit import _datafiles as datafiles
from translit import romanize
from translit.names.conventions import _WORD, TargetRomanizer, get_target_romanizer
from translit.names.japanese import hepburn_word, syllables

TABLE: dict[str, str] = datafiles.load_toml("names", "japanese.toml")["syllables"]


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        # each a person's or place's Russian Wikipedia title (given name first), the English title
        ("Синдзо Абэ", "Shinzo Abe"),
        ("Хаяо Миядзаки", "Hayao Miyazaki"),
        ("Дзюнъитиро Коидзуми", "Junichiro Koizumi"),  # нъ: no apostrophe in the press
        ("Кэйсукэ Хонда", "Keisuke Honda"),  # й after a vowel is i
        ("Такэси Китано", "Takeshi Kitano"),
        ("Сэйдзи Одзава", "Seiji Ozawa"),
        ("Кацусика Хокусай", "Katsushika Hokusai"),
        ("Хидэки Тодзё", "Hideki Tojo"),
        ("Кэндзабуро Оэ", "Kenzaburo Oe"),
        ("Ёсихидэ Суга", "Yoshihide Suga"),
        ("Синъя Яманака", "Shinya Yamanaka"),  # нъ: only Polivanov writes it before a vowel
        ("Кюсю", "Kyushu"),
        ("Цусима", "Tsushima"),
        ("СИНДЗО АБЭ", "SHINZO ABE"),
    ],
)
def test_polivanov_names_in_hepburn_for_every_reader(ru: str, en: str) -> None:
    for target in ("en", "de", "fr"):
        assert romanize(ru, target=target) == en


@pytest.mark.parametrize(
    ("uk", "en"),
    [
        # the uk cells of names.csv rows, as Ukrainian press and uk.wikipedia spell the persons
        # (the Polivanov reader reads Russian only: Харукі Муракамі gave Kharuki Murakami)
        ("Харукі Муракамі", "Haruki Murakami"),
        ("Фуміо Кішіда", "Fumio Kishida"),
        ("Нарухіто", "Naruhito"),
        ("Ісороку Ямамото", "Isoroku Yamamoto"),
        ("Місіма Юкіо", "Mishima Yukio"),  # surname first, as the Encyclopedia of Modern Ukraine
    ],
)
def test_ukrainian_spellings_of_rows(uk: str, en: str) -> None:
    assert romanize(uk, lang="uk", target="en") == en


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        # Universal Dependencies ru_gsd (CC BY-SA 4.0), sentences naming Junichi Masuda (Game
        # Freak's director, en.wikipedia.org/wiki/Junichi_Masuda), the manga artist Yuu Watase
        # (en.wikipedia.org/wiki/Yuu_Watase) and the singer Atsushi (of Exile)
        (
            "Первая информация о готовящейся игре появилась в апреле 2004 года, когда Дзюнъити "
            "Масуда объявил, что новая игра выйдет в Японии 16 сентября",
            "Junichi Masuda",
        ),
        ("Таинственная игра (фусиги ю: ги) -- сёдзё-манга авторства Юу Ватасэ.", "Yuu Watase"),
        ("Кроме того, в этом же году Ацуси дебютирует как актер", "Atsushi"),
    ],
)
def test_real_sentences(ru: str, en: str) -> None:
    for target in ("en", "de", "fr"):
        assert en in romanize(ru, target=target)


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        # names without a marker, or spelled outside the system: rows of glossaries/names.csv
        ("Харуки Мураками", "Haruki Murakami"),
        ("Юкио Мисима", "Yukio Mishima"),
        ("Ясунари Кавабата", "Yasunari Kawabata"),
        ("Рюноскэ Акутагава", "Ryunosuke Akutagawa"),
        ("Фумио Кисида", "Fumio Kishida"),
        ("Хирохито", "Hirohito"),
        ("Сюкуро Манабэ", "Syukuro Manabe"),  # the laureate's own romanisation (Shukuro)
    ],
)
def test_names_the_rule_cannot_read_are_rows(ru: str, en: str) -> None:
    assert romanize(ru, target="en") == en


@pytest.mark.parametrize(
    ("ru", "wrong"),
    [
        # each with the Hepburn its syllables would give, which no reader must see
        ("Марио Монти", "Monchi"),  # a given name of the tables
        ("Нина Симонова", "Shimonova"),  # no marker
        ("Тереза Мэй", "Mei"),  # мэ alone is no evidence: Western names write it
        ("Тётя Маша пришла", "Chocha"),  # a word of the dictionary
        ("Катя Мори", "Kacha"),  # a given name of the tables
        ("Иван Тюрин", "Churin"),  # a Russian surname in -ин
        ("Вчера Арутюнян приехал", "Aruchunyan"),  # an Armenian one in -ян
        ("Украинец Гудзий", "Gujii"),  # Polivanov writes no й after и
        ("упоминание в Тюрингии", "Churingii"),  # an oblique form of Тюрингия
        ("Сюда пришёл", "Shuda"),  # a word of the dictionary
        ("Артём Дзюба", "Juba"),  # a surname after a given name of the tables
        ("Вчера Дзюба забил", "Juba"),  # дз starts Ukrainian, Polish, Georgian surnames
    ],
)
def test_what_is_not_read_as_a_japanese_name(ru: str, wrong: str) -> None:
    assert wrong not in romanize(ru, target="en")


def test_only_russian_texts_and_only_reader_targets() -> None:
    assert romanize("Синдзо Абэ") != "Shinzo Abe"  # the standard scheme keeps its letters
    assert TargetRomanizer("en", forms={})("Синдзо Абэ") == "Sindzo Abe"  # no shipped data


def test_the_table_reads_both_ways() -> None:
    assert len(set(TABLE.values())) == len(TABLE)  # one Polivanov spelling a syllable


@given(st.sampled_from(sorted(TABLE)))
def test_every_syllable_reads_back(hepburn: str) -> None:
    cyrillic = TABLE[hepburn]
    assert syllables(cyrillic) == [hepburn]
    assert hepburn_word(cyrillic.capitalize()) == hepburn.capitalize()


@given(st.lists(st.sampled_from(sorted(TABLE)), min_size=1, max_size=5))
def test_words_of_syllables_read_back(parts: list[str]) -> None:
    # a word made of syllables reads back as them: Hepburn's spelling of the Polivanov one
    cyrillic = "".join(TABLE[p] for p in parts)
    assert hepburn_word(cyrillic) == "".join(parts)


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        ("Хоккайдо", "Hokkaido"),  # кк: っ before k
        ("Саппоро", "Sapporo"),
        ("Маттити", "Matchichi"),  # тт before ти: Hepburn's tch
        ("Гумма", "Gumma"),  # syllabic м before м
        ("Синъити", "Shinichi"),  # нъ: the syllabic н before a vowel
    ],
)
def test_units_beside_the_syllables(ru: str, en: str) -> None:
    assert hepburn_word(ru) == en


@pytest.mark.parametrize("ru", ["Йокогама", "Гудзий", "Кмата", "Самра", "Нгата"])
def test_units_where_polivanov_writes_none(ru: str) -> None:
    assert syllables(ru) is None


#: The Japanese names of the Russian corpus, found by reading the sentences whose words read
#: wholly as Polivanov syllables (ru-gsd: lines 33, 50, 238, 653, 783, 891; Иидзука is the city
#: Iizuka, Fukuoka).
_CORPUS_JAPANESE = frozenset(
    [
        "Хирамацу",
        "Яцумото",
        "Эйти",
        "Иидзука",
        "Ацуси",
        "Дзюнъити",
        "Масуда",
        "Хадзимэ",
        "Кикути",
        "Юу",
        "Ватасэ",
    ]
)


def test_the_rule_reads_no_other_word_of_the_russian_corpus(corpus: Path) -> None:
    rom = get_target_romanizer("en", "ru")
    found = set()
    for path in corpus.glob("ru-*.txt"):
        for line in path.read_text(encoding="utf-8").splitlines():
            words = list(_WORD.finditer(line))
            for i in range(len(words)):
                for start, end, _ in rom._japanese_hit(line, words, i):
                    found.add(line[start:end])
    assert found <= _CORPUS_JAPANESE
    assert {"Хирамацу", "Дзюнъити", "Ватасэ"} <= found
