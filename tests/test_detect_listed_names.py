"""A short text that is, as a whole, a name glossaries/names.csv lists for another language and
under no Russian spelling (data/decisive.toml ``[listed_names]``): that language, by default,
and romanised to the row's established forms. Expected languages and forms are the row's own
(its column, its en/de/fr cells, which name their sources), read from names.csv here."""

from __future__ import annotations

import csv
import functools
import re

import pytest

import translit
from translit._datafiles import load_toml, read_table
from translit.cldr import places
from translit.detection import detect, explain_language
from translit.glossary import shipped_path

READERS = ("en", "de", "fr")


@functools.cache
def _rows() -> dict[str, dict[str, str]]:
    with open(shipped_path("names.csv"), encoding="utf-8", newline="") as fh:
        return {row["id"]: row for row in csv.DictReader(fh)}


def _first(cell: str) -> str:
    return cell.split("|", maxsplit=1)[0].strip()


# (row id of names.csv, the column whose spelling is tried): real places of each language the
# file lists so, spelled with Russian letters alone. (No row has a Moldovan `ro` spelling yet.)
PLACES = [
    ("place-novi-sad", "sr"),
    ("place-cacak", "sr"),
    ("place-subotica", "sr"),
    ("place-ohrid", "mk"),
    ("place-bitola", "mk"),
    ("place-kumanovo", "mk"),
    ("place-plovdiv", "bg"),
    ("place-burgas", "bg"),
    ("place-gabrovo", "bg"),
    ("place-tashkent", "uz"),
    ("place-bukhara", "uz"),
    ("place-andijan", "uz"),
    ("place-petropavl", "kk"),
    ("place-syr-darya", "kk"),
    ("place-pavlodar-region", "kk"),
    ("place-khatlon-region", "tg"),
    ("place-arkhangai", "mn"),
    ("place-darkhan", "mn"),
    ("place-ulaangom", "mn"),
    ("place-naryn-region", "ky"),
    ("place-chistopol", "tt"),
    ("place-baku", "az"),
    ("place-odesa", "uk"),
    ("place-moscow", "be"),
]


@pytest.mark.parametrize(("row_id", "lang"), PLACES)
def test_a_listed_name_is_its_languages(row_id: str, lang: str) -> None:
    row = _rows()[row_id]
    spelling = _first(row[lang])
    assert detect(spelling) == lang
    assert detect(spelling.upper()) == lang  # in capitals too
    assert explain_language(spelling).reason.endswith(" only (glossaries/names.csv)")
    for reader in READERS:
        if row[reader]:
            assert translit.romanize(spelling, target=reader) == _first(row[reader])


# Spellings with letters Russian lacks (ә ө ң ү һ җ ғ ђ њ і є), which several languages share and
# short texts leave to the scores (Минтимер Шәймиев was Uyghur, Рөстәм Миңнеханов Kazakh, Врање
# Macedonian, Армавір Belarusian): the listing decides among the languages those letters allow.
OWN_LETTERS = [
    ("person-mintimer-shaimiev", "tt"),
    ("person-rustam-minnikhanov", "tt"),
    ("place-bugulma", "tt"),
    ("person-murtaza-rakhimov", "ba"),
    ("place-dyurtyuli", "ba"),
    ("place-lankaran", "az"),
    ("person-ulugh-beg", "uz"),
    ("place-vranje", "sr"),
    ("person-milos-crnjanski", "sr"),
    ("place-armavir", "uk"),
    ("person-isinbayeva", "be"),
]


@pytest.mark.parametrize(("row_id", "lang"), OWN_LETTERS)
def test_a_listed_name_with_letters_russian_lacks_is_its_languages(row_id: str, lang: str) -> None:
    row = _rows()[row_id]
    spelling = _first(row[lang])
    assert detect(spelling) == lang
    assert detect(spelling.upper()) == lang
    assert explain_language(spelling).reason.endswith(" only (glossaries/names.csv)")
    for reader in READERS:
        if row[reader]:
            assert translit.romanize(spelling, target=reader) == _first(row[reader])


def test_a_listed_name_with_letters_russian_lacks_only_as_a_whole() -> None:
    spelling = _rows()["person-rustam-minnikhanov"]["tt"]
    for text in (spelling + "ның", spelling.lower(), spelling.split()[1]):
        assert "glossaries/names.csv" not in explain_language(text).reason, text


def test_the_reason_names_the_name_and_its_language() -> None:
    row = _rows()["place-novi-sad"]
    assert explain_language(row["sr"]).reason == (
        f"the name {row['sr']}, listed in Serbian only (glossaries/names.csv)"
    )


def test_a_name_several_languages_list_alike_is_one_of_them() -> None:
    # Сирдарё is the Tajik and the Uzbek spelling of one row: their best score, its forms
    row = _rows()["place-syr-darya"]
    assert row["tg"] == row["uz"]
    lang = detect(row["uz"])
    assert lang in ("tg", "uz")
    assert translit.romanize(row["uz"], target="en") == _first(row["en"])


@pytest.mark.parametrize(
    "text",
    [
        "нови сад",  # not as listed (a name is capitalised)
        "Тошкенту",  # an inflected form: only the listed spelling counts
        "в Тошкенте",
        "Тошкент Ташкент",  # not the name as a whole
        "Нови Сад.",
    ],
)
def test_only_the_listed_spelling_as_a_whole(text: str) -> None:
    assert detect(text) == "ru"


@pytest.mark.parametrize(
    ("row_id", "lang"),
    [
        ("place-almaty", "kk"),  # Алматы: the ru and the kk column alike
        ("place-namangan", "uz"),  # Наманган
        ("place-talas", "ky"),  # Талас
        ("place-bokhtar", "tg"),  # Бохтар
        ("place-astana", "kk"),  # Астана
        ("person-shavkat-mirziyoyev", "uz"),  # Шавкат Мирзиёев
    ],
)
def test_a_name_russian_spells_so_stays_russian(row_id: str, lang: str) -> None:
    row = _rows()[row_id]
    assert row[lang] == row["ru"]
    assert detect(row[lang]) == "ru"


def test_a_russian_oblique_form_stays_russian() -> None:
    # Берегове (uk, Berehove) is also a Russian case form of a place (data/names/oblique_ru.tsv)
    row = _rows()["place-berehove"]
    assert row["uk"] == "Берегове"
    assert detect(row["uk"]) == "ru"


@pytest.mark.parametrize("word", sorted(load_toml("decisive.toml")["listed_names"]["words"]))
def test_a_listed_spelling_that_is_a_russian_word_stays_russian(word: str) -> None:
    assert detect(word) == "ru"


@pytest.mark.parametrize("text", ["Стол", "Москва", "Андрей Власов", "Подъезд"])
def test_a_word_that_is_no_listed_name_stays_russian(text: str) -> None:
    assert detect(text) == "ru"
    assert explain_language(text).reason == "only Russian letters, fewer than 4 different words"


def _russian_common(word: str) -> str | None:
    """The dictionary's reading of ``word`` (lower case) as a common word (no name), if any: a
    form pymorphy3-dicts-ru (OpenCorpora) holds, not one it guesses."""
    import pymorphy3

    names = {"Name", "Surn", "Patr", "Geox", "Orgn", "Trad", "Abbr"}
    for p in _morph().parse(word.lower()):
        known = len(p.methods_stack) == 1 and isinstance(
            p.methods_stack[0][0], pymorphy3.units.DictionaryAnalyzer
        )
        if known and not names & p.tag.grammemes:
            return f"{p.normal_form}, {p.tag.POS}"
    return None


@functools.cache
def _morph() -> object:
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang="ru")


def test_the_russian_words_left_out_are_those_of_the_dictionary() -> None:
    # [listed_names.words]: exactly the one-word listed spellings the Russian dictionary holds
    # as a common word, each with a reading it gives
    from translit import detection

    words = load_toml("decisive.toml")["listed_names"]["words"]
    for word, reading in words.items():
        found = _russian_common(word)
        assert found, word
        assert found.split(",")[0] in reading, (word, found)
    lines = detection._listed_names().strip("\n").split("\n")
    one_word = [line.split("\t")[1] for line in lines if " " not in line.split("\t")[0]]
    assert len(one_word) > 400
    assert [w for w in one_word if _russian_common(w)] == []
    # and each left out is a spelling of names.csv other than a Russian one, or a CLDR name in
    # the locale of a language other than Russian
    spellings = {
        s.strip() for row in _rows().values() for k, v in row.items()
        if k not in ("id", "type", "source", "ru", *READERS) for s in v.split("|")
    }  # fmt: skip
    spellings.update(n for code in detection.LANGUAGES[1:] for n in places(code, "en"))
    assert set(words) <= spellings


# Country and exemplar-city names CLDR gives in a language's own locale (Babel), which
# names.csv does not copy: that language's, and romanised to CLDR's reader forms, as with
# lang= given (Београд was Russian, Beograd to English readers).
CLDR_NAMES = [
    ("sr", "Београд"),
    ("mk", "Скопје"),
    ("bg", "Аржентина"),
    ("tg", "Алмаато"),
    ("mn", "Анкораж"),
    ("ky", "Браззавилл"),
    ("kk", "Аустрия"),
    ("tt", "Бәйрүт"),
    ("ba", "Аҡтау"),
    ("ce", "Бакох"),
]


@pytest.mark.parametrize(("lang", "name"), CLDR_NAMES)
def test_a_cldr_name_of_a_locale_is_its_language(lang: str, name: str) -> None:
    assert name in places(lang, "en")
    assert detect(name) == lang
    assert detect(name.upper()) == lang
    assert explain_language(name).reason.endswith(" only (CLDR, through Babel)")
    for reader in READERS:
        form = places(lang, reader).get(name)
        if form:
            assert translit.romanize(name, target=reader) == form


@pytest.mark.parametrize("name", ["София", "Лондон", "Грек", "Чехи"])
def test_a_cldr_name_russian_spells_or_writes_so_stays_russian(name: str) -> None:
    # София, Лондон: CLDR's Russian names too; Грек (mn), Чехи (ce): Russian words
    assert any(name in places(c, "en") for c in ("bg", "mn", "ce", "uk", "sr"))
    assert detect(name) == "ru"


def test_a_name_is_found_alike_before_and_after_the_lines_become_a_dict(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # the first texts are searched for in the lines, the later ones in a dict made of them
    from translit import detection

    lines = detection._listed_names().strip("\n").split("\n")
    texts = [line.split("\t")[1] for line in lines[::37]]
    texts += [t.upper() for t in texts[:20]] + ["Андрей Власов", "Тошкенту", "Москва", "Нови  Сад"]
    found = []
    for searches in (10**9, 0):  # every text searched for; every text in the dict
        monkeypatch.setattr(detection, "_LISTED_SEARCHES", searches)
        found.append([detection._listed(t) for t in texts])
    assert found[0] == found[1]
    assert sum(x is not None for x in found[0]) >= len(lines[::37]) + 20  # (listed: found)


# A Bulgarian person's three names: given name, father's name (-ов -ев -ова -ева), surname
# (data/names/conventions.toml [patronymic.languages], after the Bulgarian civil registration
# law). Full names as sources print them: Бойко Методиев Борисов (the leads his row's source
# names), Тодор Христов Живков (conventions.toml), Желю Митев Желев (encyclo.co.uk, from
# English Wikipedia's lead), Росен Асенов Плевнелиев (a copy of English Wikipedia's lead).
FULL_NAMES = [
    ("person-boyko-borisov", "Методиев"),
    ("person-todor-zhivkov", "Христов"),
    ("person-zhelyu-zhelev", "Митев"),
    ("person-rosen-plevneliev", "Асенов"),
]


@pytest.mark.parametrize(("row_id", "father"), FULL_NAMES)
def test_a_listed_person_with_the_fathers_name_is_its_language(row_id: str, father: str) -> None:
    row = _rows()[row_id]
    given, surname = row["bg"].split()
    text = f"{given} {father} {surname}"
    assert detect(text) == "bg"
    assert detect(text.upper()) == "bg"
    for reader in READERS:  # the row's given name and surname around the father's name
        first, last = _first(row[reader]).split()
        out = translit.romanize(text, target=reader).split()
        assert (out[0], out[2]) == (first, last), (text, reader, out)


def test_boyko_borisov_with_his_fathers_name_as_the_leads_write_it() -> None:
    # the leads of the articles his row's source names
    text = "Бойко Методиев Борисов"
    expected = {"en": "Boyko Metodiev Borisov", "de": "Bojko Metodiew Borissow"}
    expected["fr"] = "Boïko Metodiev Borissov"
    for reader, form in expected.items():
        assert translit.romanize(text, target=reader) == form


def _russian_patronymics() -> list[str]:
    # Russian patronymics of the men's names of data/names/given_names.csv (-ович -евич, men's
    # and women's: Иван → Иванович, Ивановна), each one the dictionary holds as a patronymic
    # (pymorphy3-dicts-ru, OpenCorpora)
    import pymorphy3

    rows = read_table("names", "given_names.csv")
    found = []
    for name in (r["ru"].split("|")[0] for r in rows if r["sex"] == "m" and r["ru"]):
        stem = name[:-1] if name[-1] in "йь" else name
        for word in (stem + "ович", stem + "евич", stem + "овна", stem + "евна"):
            known = [
                p for p in _morph().parse(word.lower())
                if "Patr" in p.tag and "nomn" in p.tag and p.word == p.normal_form
                and isinstance(p.methods_stack[0][0], pymorphy3.units.DictionaryAnalyzer)
            ]  # fmt: skip
            if known:
                found.append(word)
    return found


def test_a_russian_patronymic_is_no_fathers_name_of_a_listed_person() -> None:
    # a listed Bulgarian or Macedonian person (in Russian letters) with a Russian patronymic is
    # Russian text (Сергей Дмитриевич Станишев, as Russian text names him), and every Russian
    # person of names.csv that is Russian alone stays Russian with one (Борис Николаевич Ельцин):
    # the names whose given name alone is no other language's (Петър, Лесь: data/names) and
    # that Russian could spell (not Ангел Кънчев: Russian writes ъ only before е ё ю я, so the
    # letters alone make it Bulgarian, listed or not)
    patronymics = _russian_patronymics()
    assert len(patronymics) > 100
    russian = set(translit.script.alphabet("ru"))
    people = [
        row[lang] for row in _rows().values() for lang in ("bg", "mk", "ru")
        if row["type"] == "person" and len(row[lang].split()) == 2
        and set(row[lang].lower()) - {" ", "-"} <= russian
        and not re.search("ъ(?![еёюя])", row[lang].lower())
        and (lang != "ru" or detect(row[lang]) == "ru") and detect(row[lang].split()[0]) == "ru"
    ]  # fmt: skip
    assert len(people) > 300
    for i, name in enumerate(people):
        given, surname = name.split()
        patronymic = patronymics[i % len(patronymics)]
        assert detect(f"{given} {patronymic} {surname}") == "ru", (name, patronymic)
    assert detect("Сергей Дмитриевич Станишев") == "ru"
    assert detect("Борис Николаевич Ельцин") == "ru"


@pytest.mark.parametrize(
    "text",
    [
        "Бойко методиев Борисов",  # not capitalised as a name
        "Бойко Методиев  Борисова",  # not the listed surname
        "Бойко Методиевич Борисов",  # a Russian patronymic
        "Бойко Методиев Иванов",  # not the listed person
    ],
)
def test_only_a_fathers_name_between_the_listed_names(text: str) -> None:
    assert detect(text) == "ru"


def test_a_ukrainian_town_s_spelling_inside_a_russian_text_is_no_town() -> None:
    # Ромни is the Ukrainian spelling of the town Romny (its row) and how Russian text writes
    # Romney: alone it is the town, in a Russian sentence or beside a given name it is written
    # by the Russian convention (WP:RUS: р r, о o, м m, н n, и i), never as the town
    row = _rows()["place-romny"]
    assert detect(row["uk"]) == "uk"
    assert translit.romanize(row["uk"], target="en") == row["en"]
    for text in ("Ромни выступил вчера", "Вчера выступил Ромни", "Митт Ромни"):
        assert detect(text) == "ru"
        for reader in READERS:
            out = translit.romanize(text, target=reader)
            assert "Romni" in out.split() and row[reader] not in out, (text, reader, out)


def test_a_name_russian_and_another_language_both_list_reads_alike_for_readers() -> None:
    # Ховд, the Mongolian aimag and its centre, is also CLDR's Russian name of the town, so a
    # bare Ховд is Russian (Russian spells it so); its readers' forms are the row's either way
    # (en Khovd, de Chowd, fr Khovd: the titles its source names, fr as a frwiki copy titles it)
    row = _rows()["place-khovd"]
    assert "Ховд" in places("ru", "en") and detect(row["mn"]) == "ru"
    for reader in READERS:
        for lang in ("auto", "ru", "mn"):
            assert translit.romanize(row["mn"], lang=lang, target=reader) == _first(row[reader])


@pytest.mark.parametrize(
    "text",
    [
        "Касым-Жомарт Кемелевич Токаев",  # the lead of his ru Wikipedia article
        "Ахмат-Хаджи Абдулхамидович Кадыров",  # the same
        "Жан-Батист Люлли",
        "КАСЫМ-ЖОМАРТ КЕМЕЛЕВИЧ ТОКАЕВ",  # the first in capitals, as a list or a caption has it
        "АХМАТ-ХАДЖИ АБДУЛХАМИДОВИЧ КАДЫРОВ",
    ],
)
def test_a_double_name_is_one_word_of_a_short_text(text: str) -> None:
    # beside a patronymic, three names, not four words: the short-text rule reads it as Russian
    # (it was Kazakh by the letter statistics of four "words", Касым, Жомарт, Кемелевич,
    # Токаев); other compounds count as their parts, as the rule was calibrated
    assert detect(text) == "ru"
    assert detect("Азымбакиев Нью-Йорк шаарында") == "ky"  # (a span of UD Kyrgyz KTMU)
    assert detect("АЗЫМБАКИЕВ НЬЮ-ЙОРК ШААРЫНДА") == "ky"  # (no patronymic: no name in capitals)
