"""Given names as data (issue 14, item 2): the table and how romanisation applies it.

Expected forms are the table's own sources (the Wikipedia titles of a well-known bearer, named in
each row) and the issue's examples.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

import translit
from translit.names import given_names, romanize_for
from translit.script import CYRILLIC_CLASS as CYRILLIC

TABLE = Path(__file__).resolve().parent.parent / "translit" / "data" / "names" / "given_names.csv"
_CYR = re.compile(f"[{CYRILLIC}]")


def test_table_layout_and_sources() -> None:
    with open(TABLE, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) >= 300
    assert {r["sex"] for r in rows} == {"m", "f"}
    assert sum(r["sex"] == "f" for r in rows) >= 100
    assert len({r["id"] for r in rows}) == len(rows)
    ru = [s for r in rows for s in r["ru"].split("|") if s]
    assert len(ru) == len(set(ru)), "a Russian spelling in two rows"
    for r in rows:
        assert r["source"], r["id"]
        assert r["ru"] or r["uk"] or r["be"], r["id"]
        assert r["en"] and r["de"] and r["fr"], r["id"]
        for lang in ("en", "de", "fr"):
            assert not _CYR.search(r[lang]), r["id"]
        for lang in ("ru", "uk", "be"):
            assert all(_CYR.search(s) for s in r[lang].split("|") if s), r["id"]


@pytest.mark.parametrize(
    ("ru", "en", "de", "fr"),
    [
        # issue 14's examples
        ("Александр", "Alexander", "Alexander", "Alexandre"),
        ("Сергей", "Sergei", "Sergei", "Sergueï"),
        ("Юрий", "Yuri", "Juri", "Iouri"),
        ("Майя", "Maya", "Maja", "Maïa"),
        ("Николай", "Nikolai", "Nikolai", "Nikolaï"),
        ("Андрей", "Andrei", "Andrei", "Andreï"),
        ("Исаак", "Isaac", "Isaak", "Isaac"),
        ("Герман", "Gherman", "German", "Guerman"),
        ("Иосиф", "Joseph", "Josef", "Joseph"),
    ],
)
def test_given_name_forms(ru: str, en: str, de: str, fr: str) -> None:
    for target, form in (("en", en), ("de", de), ("fr", fr)):
        assert romanize_for(ru, target) == form


def test_with_or_without_patronymic_and_surname() -> None:
    # issue 14: "Юрий Алексеевич Гагарин" gave Yury Alekseyevich Gagarin
    assert romanize_for("Юрий Алексеевич Гагарин", "en") == "Yuri Alekseyevich Gagarin"
    assert romanize_for("Юрий Гагарин", "en") == "Yuri Gagarin"
    assert romanize_for("Юрий", "en") == "Yuri"
    assert romanize_for("Майя Михайловна Плисецкая", "de") == "Maja Michailowna Plissezkaja"
    assert romanize_for("ЮРИЙ ГАГАРИН", "en") == "YURI GAGARIN"


def test_ordinary_words_are_never_touched() -> None:
    # Виктория is also the noun "victory": the table's Viktoria only before another name
    assert romanize_for("Виктория Азаренко", "en") == "Viktoria Azarenko"
    assert romanize_for("Виктория близка", "en") == "Viktoriya blizka"
    assert romanize_for("Виктория.", "en") == "Viktoriya."
    # lower case is never a name
    assert romanize_for("юрий", "en") == "yury"


def test_ukrainian_and_belarusian_spellings_keep_their_convention() -> None:
    # the reader forms render the Russian spelling; Олександр is Oleksandr for English readers
    assert translit.romanize("Олександр Усик", lang="uk", target="en") == "Oleksandr Usyk"
    table = {g.id: g for g in given_names()}
    assert "Олександр" in table["aleksandr"].spellings["uk"]
    assert "Аляксандр" in table["aleksandr"].spellings["be"]


UK_TABLE = TABLE.with_name("given_names_uk.csv")


@pytest.mark.parametrize(
    ("uk", "target", "form"),
    [
        # the rows' sources: English, German and French Wikipedia titles of a bearer
        ("Сергій", "en", "Serhiy"),  # Serhiy Zhadan (not the national system's Serhii)
        ("Олексій", "en", "Oleksiy"),  # Oleksiy Honcharuk
        ("Юрій", "fr", "Iouri"),  # Iouri Androukhovytch
        ("Олексій", "fr", "Oleksi"),  # Oleksi Hontcharouk
        ("Василь", "fr", "Vasyl"),  # Vasyl Stous (the scheme alone gives Vassyl)
        ("Віталій", "de", "Vitali"),  # Vitali Klitschko
        ("Юлія", "en", "Yulia"),  # Yulia Tymoshenko
    ],
)
def test_ukrainian_given_names_keep_their_readers_forms(uk: str, target: str, form: str) -> None:
    assert translit.romanize(uk, lang="uk", target=target) == form
    assert translit.romanize(f"{uk} Шевченко", lang="uk", target=target).startswith(form + " ")


def test_ukrainian_table_layout() -> None:
    with open(UK_TABLE, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert rows and all(r["source"] and _CYR.search(r["uk"]) for r in rows)
    assert all(r["en"] or r["de"] or r["fr"] for r in rows)
    # a given name of this table is also one of the main table's Ukrainian spellings
    uk = {s for g in given_names() for s in g.spellings["uk"]}
    assert {r["uk"] for r in rows} <= uk


def test_ukrainian_reader_forms_share_the_name_key() -> None:
    assert translit.same_name("Олексій Гончарук", "Oleksi Hontcharouk")
    assert translit.same_name("Сергій Жадан", "Serhiy Zhadan")
    assert translit.same_name("Юрій", "Iouri") and not translit.same_name("Юрій", "Oleksi")


@pytest.mark.parametrize(
    ("uk", "en"),
    [
        # English Wikipedia titles of Ukrainian writers and historians (README "Names")
        ("Михайло Коцюбинський", "Mykhailo Kotsiubynsky"),
        ("Михайло Грушевський", "Mykhailo Hrushevsky"),
        ("Іван Котляревський", "Ivan Kotliarevsky"),
        ("Іван Нечуй-Левицький", "Ivan Nechuy-Levytsky"),  # explain-ukraine.com; й → y
        ("Михайло Михайлович Коцюбинський", "Mykhailo Mykhailovych Kotsiubynsky"),
        ("МИХАЙЛО КОЦЮБИНСЬКИЙ", "MYKHAILO KOTSIUBYNSKY"),
        # no given name before it: the national system's -skyi (places, adjectives)
        ("Хмельницький", "Khmelnytskyi"),
        ("Кам'янець-Подільський", "Kamianets-Podilskyi"),
        ("Київський університет", "Kyivskyi universytet"),
        # a listed person keeps the listed form
        ("Володимир Зеленський", "Volodymyr Zelenskyy"),
    ],
)
def test_english_sky_for_ukrainian_surnames(uk: str, en: str) -> None:
    assert translit.romanize(uk, lang="uk", target="en") == en


def test_surname_ending_is_english_only() -> None:
    assert translit.romanize("Михайло Коцюбинський", lang="uk", target="de") == (
        "Mychajlo Kozjubynskyj"
    )
    assert translit.romanize("Михаил Коцюбинский", lang="ru", target="en") == (
        "Mikhail Kotsyubinsky"
    )


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        # English Wikipedia titles (conventions.toml [surnames.ru.en])
        ("Сергей Крикалёв", "Sergei Krikalev"),
        ("Алла Пугачёва", "Alla Pugacheva"),
        ("Алла Борисовна Пугачёва", "Alla Borisovna Pugacheva"),
        # after ь the letter rule stays; inside the word too
        ("Владимир Соловьёв", "Vladimir Solovyov"),
        ("Пётр Семёнов", "Pyotr Semyonov"),
    ],
)
def test_english_ev_for_russian_surnames_in_yo(ru: str, en: str) -> None:
    assert translit.romanize(ru, lang="ru", target="en") == en
    assert translit.romanize(ru, lang="ru", target="de") != en


def test_french_y_for_ukrainian_surnames_yi_for_places() -> None:
    # French Wikipedia titles: Valeri Zaloujny, Volodymyr Zelensky; Kryvyï Rih, Kropyvnytskyï
    assert translit.romanize("Валерій Залужний", lang="uk", target="fr") == "Valeri Zaloujny"
    assert translit.romanize("Кривий Ріг", lang="uk", target="fr") == "Kryvyï Rih"
    assert translit.romanize("Кропивницький", lang="uk", target="fr") == "Kropyvnytskyï"


@pytest.mark.parametrize(
    ("ru", "en"),
    [
        # English Wikipedia titles (conventions.toml [surnames.ru.en] rewrites)
        ("Иван Айвазовский", "Ivan Aivazovsky"),
        ("Василий Зайцев", "Vasily Zaitsev"),
        ("Аркадий Райкин", "Arkady Raikin"),
        ("АРКАДИЙ РАЙКИН", "ARKADY RAIKIN"),
        # not after a given name (a place), not before a vowel
        ("Майкоп", "Maykop"),
        ("Алексей Толстой", "Alexei Tolstoy"),
    ],
)
def test_english_i_for_yot_inside_russian_surnames(ru: str, en: str) -> None:
    assert translit.romanize(ru, lang="ru", target="en") == en


def test_belarusian_given_names_keep_their_readers_forms() -> None:
    # given_names_be.csv's sources: English Wikipedia titles (Mikalai Statkevich, Ales
    # Bialiatski, Siarhei Tsikhanouski), where BGN/PCGN alone gives Mikalay, Alyes, Syarhyey
    assert translit.romanize("Мікалай", lang="be", target="en") == "Mikalai"
    assert translit.romanize("Алесь", lang="be", target="en") == "Ales"
    assert translit.romanize("Сяргей", lang="be", target="en") == "Siarhei"
    assert translit.same_name("Мікалай", "Mikalai") and translit.same_name("Сяргей", "Siarhei")


@pytest.mark.parametrize(
    ("be", "en"),
    [
        # English Wikipedia titles of Belarusian people (conventions.toml [surnames.be.en])
        ("Сяргей Ціханоўскі", "Siarhei Tsikhanouski"),
        ("Алесь Бяляцкі", "Ales Bialiatski"),
        ("Марыя Калеснікава", "Maria Kalesnikava"),
        ("Аляксандр Глеб", "Aliaksandr Hleb"),
        # a place keeps BGN/PCGN (English Wikipedia: Barysaw, Maladzyechna)
        ("Барысаў", "Barysaw"),
        ("Маладзечна", "Maladzyechna"),
    ],
)
def test_english_forms_of_belarusian_people_and_places(be: str, en: str) -> None:
    assert translit.romanize(be, lang="be", target="en") == en
