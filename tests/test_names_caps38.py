"""What caps37 left of words in capitals: a Korean name in capitals followed by a word, a
Bulgarian word whose one vowel is ъ, a Belarusian іх typed with a Latin I, and Korean names
in Ukrainian spelling. Expected values are written by hand: the reader's form of the name
(Park Chung Hee: the English Wikipedia's title) and the small-letter form in capitals."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import translit
from translit import normalize


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("ПАК ЧОН ХІ ПРИБУВ", "uk", "PARK CHUNG HEE PRYBUV"),
        ("ПАК ЧОН ХІ ПРИБУВ ДО СЕУЛА", "uk", "PARK CHUNG HEE PRYBUV DO SEULA"),
        ("ПАК ЧОН ХІ", "uk", "PARK CHUNG HEE"),
    ],
)
def test_a_korean_name_in_capitals_before_a_word(text: str, lang: str, expected: str) -> None:
    # caps37 read ХІ as letters only where no word of capitals followed: PAK CHON XI PRYBUV
    assert translit.romanize(text, lang=lang, target="en") == expected


def test_the_syllable_stays_cyrillic_whatever_follows() -> None:
    assert normalize("ПАК ЧОН ХІ ПРИБУВ", homoglyphs=True) == "ПАК ЧОН ХІ ПРИБУВ"
    assert translit.romanize("ПАК ЧОН ХІ ПРИБУВ", lang="uk") == "PAK CHON KHI PRYBUV"
    assert translit.romanize("КІМ ЧЕН ХІ ПРИБУВ", lang="uk") == "KIM CHEN KHI PRYBUV"


@pytest.mark.parametrize(
    ("text", "lang", "numeral"),
    [
        # two words of one syllable before, none a Korean surname: a numeral, as in running text
        ("ВПЛОТЬ ДО ХІ ВЕКА", "ru", "XI"),
        ("АЖ ДО ХІ СТОЛІТТЯ", "uk", "XI"),
        ("ЗА ВЕСЬ ХХІ ВЕК", "ru", "XXI"),
        ("ПАК ЧОН ХХ", "uk", "XX"),  # (no open syllable)
    ],
)
def test_a_numeral_after_words_that_are_no_name(text: str, lang: str, numeral: str) -> None:
    assert numeral in translit.romanize(text, lang=lang).split()
    assert numeral in normalize(text, homoglyphs=True).split()


@pytest.mark.parametrize(
    ("word", "target", "small", "caps"),
    [
        ("тъй", "fr", "taï", "TAÏ"),  # caps37 left TAY: ъ was no vowel letter, ТЪЙ an acronym
        ("тъй", "en", "tay", "TAY"),
        ("дъжд", "de", "daschd", "DASCHD"),  # not the acronym's DASchD
        ("плъх", "de", "plach", "PLACH"),
        ("мъжът", "de", "maschat", "MASCHAT"),
    ],
)
def test_a_bulgarian_word_whose_vowel_is_the_hard_sign(
    word: str, target: str, small: str, caps: str
) -> None:
    assert translit.romanize(word, lang="bg", target=target) == small
    assert translit.romanize(word.upper(), lang="bg", target=target) == caps


def test_an_abbreviation_of_consonants_stays_an_acronym() -> None:
    # (ЖК, жилищен комплекс: no vowel letter, ъ or other; the acronym's title-case digraph)
    assert translit.romanize("ЖК", lang="bg", target="de") == "SchK"
    assert "ъ" not in translit.script.vowels("ru")


@pytest.mark.parametrize("typed", ["IХ", "ІX"])  # (a Latin I, a Latin X)
def test_belarusian_ih_typed_with_a_latin_letter_is_the_word(typed: str) -> None:
    # be-hse types і as a Latin i in 25 of its 62 іх: in capitals that read as the numeral IX
    text = f"ВЕРНУЦЬ {typed}"
    assert translit.romanize(text, lang="be") == "VYERNUTSʹ IKH"
    assert translit.romanize(text, lang="be", target="de") == "WERNUZ ICH"
    assert normalize(text, lang="be") == "ВЕРНУЦЬ ІХ"


def test_a_numeral_typed_mixed_stays_one_in_other_languages() -> None:
    # a Russian keyboard has no І: IХ СЪЕЗД is the ninth congress; no language given, the same
    assert translit.romanize("IХ СЪЕЗД", lang="ru") == "IX SʺYEZD"
    assert translit.romanize("IХ СТОЛІТТЯ", lang="uk") == "IX STOLITTIA"
    assert normalize("IХ съезд") == "IX съезд"
    assert normalize("ХIХ СТАГОДДЗЕ", lang="be") == "XIX СТАГОДДЗЕ"


@pytest.mark.parametrize(
    ("uk", "ru"),
    [
        # (a Ukrainian spelling, the Russian one of the same person; names.csv's uk and ru cells,
        # the Ukrainian and Russian Wikipedia titles, Мун Дже Ін in the Ukrainian press)
        ("Мун Дже Ін", "Мун Чжэ Ин"),
        ("Лі Чже Мьон", "Ли Чжэ Мён"),
        ("Кім Йо Чжон", "Ким Ё Чжон"),
        ("Ко Йон Хі", "Ко Ён Хи"),
        ("Пак Кин Хє", "Пак Кын Хе"),
    ],
)
@pytest.mark.parametrize("target", ["en", "de", "fr"])
def test_a_korean_name_in_ukrainian_letters_reads_as_in_russian(
    uk: str, ru: str, target: str
) -> None:
    assert translit.romanize(uk, lang="uk", target=target) == translit.romanize(
        ru, lang="ru", target=target
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Мун Дже Ін", "Moon Jae-in"),
        # (до Києва: the place in a case prints its row's form since names44, Kyiv)
        ("Пак Кин Хє прибула до Києва", "Park Geun-hye prybula do Kyiv"),
        ("КІМ ЧЕН ХІ", "KIM JAENG-HUI"),
        ("Кім Іван", "Kim Ivan"),  # (a given name of the tables: no Korean name)
        ("Хан Іванна", "Khan Ivanna"),
    ],
)
def test_ukrainian_korean_names(text: str, expected: str) -> None:
    assert translit.romanize(text, lang="uk", target="en") == expected


def test_an_unlisted_korean_name_in_capitals_before_a_word_keeps_its_syllable() -> None:
    # (no Korean reading before a word in capitals; its ХІ alone read as XI: KIM CHEN XI)
    assert translit.romanize("КІМ ЧЕН ХІ ПРИБУВ", lang="uk", target="en").split()[2] == "KHI"
    assert translit.romanize("ЛЮДОВИК ХІ", lang="uk", target="en") == "LIUDOVYK XI"


_SURNAMES = ["ПАК", "КИМ", "КІМ", "ЛІ", "ЧОН", "МУН", "ЮН", "ХАН"]  # (korean.toml's, in capitals)
_CAPITALS = st.text(alphabet="АБВГДЕЖЗИКЛМНОПРСТУФЦЧШЮЯ", min_size=1, max_size=8)


@given(st.sampled_from(_SURNAMES), st.sampled_from(["ЧОН", "ДЖЕ", "СОК", "ЧЕН"]), _CAPITALS)
def test_the_syllable_after_a_korean_surname_stays_whatever_follows(
    surname: str, middle: str, after: str
) -> None:
    text = f"{surname} {middle} ХІ {after}"
    assert normalize(text, homoglyphs=True) == text
    assert translit.romanize(text, lang="uk").split()[2] == "KHI"
