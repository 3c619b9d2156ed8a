"""Place rows of glossaries/names.csv: what they must never collide with, and what they give.

Expected forms are the rows' sources, the English, German and French Wikipedia article titles
(Kyiv Oblast / Oblast Kyjiw / Oblast de Kiev; Pavlohrad / Pawlohrad; Nizhny Tagil).
"""

from __future__ import annotations

import pytest
from conftest import NAMES_CSV, ROOT, read_table, spellings_of

import translit

GIVEN = sorted((ROOT / "translit" / "data" / "names").glob("given_names*.csv"))


def _rows(kind: str) -> list[dict[str, str]]:
    return [r for r in read_table(NAMES_CSV) if r["type"] == kind]


def test_no_place_spelling_is_a_given_name() -> None:
    # Володимир was once listed for the town Volodymyr: it would have swallowed the given
    # name of Володимир Зеленський and stopped the surname rule after it
    given = {s for path in GIVEN for s in spellings_of(read_table(path))}
    places = spellings_of(_rows("place"))
    # the river Lena and the given name Лена: the given-names table wins (Lena), which is also
    # the river's English and German form
    shared = {"лена"}
    assert {p: i for p, i in places.items() if p in given and p not in shared} == {}


def test_no_place_spelling_is_a_listed_person() -> None:
    # Борисов (Barysaw) and Кобрин (Kobryn) are surnames too: only their Belarusian spellings
    # are listed for the towns
    persons = spellings_of(_rows("person"))
    places = spellings_of(_rows("place"))
    assert not {p: i for p, i in places.items() if p in persons}


@pytest.mark.parametrize(
    ("text", "lang", "en", "de", "fr"),
    [
        # a Ukrainian town in its Russian spelling: current English usage, as in Ukrainian
        ("Павлоград", "ru", "Pavlohrad", "Pawlohrad", "Pavlohrad"),
        ("Павлоград", "uk", "Pavlohrad", "Pawlohrad", "Pavlohrad"),
        # a Russian city in its Ukrainian spelling: the readers' form, not Nyzhnii Tahil
        ("Нижній Тагіл", "uk", "Nizhny Tagil", "Nischni Tagil", "Nijni Taguil"),
        # regions are translated, not transcribed (Kyivska oblast)
        ("Київська область", "uk", "Kyiv Oblast", "Oblast Kyjiw", "Oblast de Kiev"),
        # (German: the Wikipedia title for a Russian text, the Auswärtiges Amt's city form for a
        # Ukrainian one, names/source_forms.toml since names44)
        ("Киевская область", "ru", "Kyiv Oblast", "Oblast Kiew", "Oblast de Kiev"),
        ("Краснодарский край", "ru", "Krasnodar Krai", "Region Krasnodar", "Kraï de Krasnodar"),
        # a former name keeps its own reader form
        ("Днепродзержинск", "ru", "Dniprodzerzhynsk", "Dniprodserschynsk", "Dniprodzerjynsk"),
        ("Царицын", "ru", "Tsaritsyn", "Zarizyn", "Tsaritsyne"),
    ],
)
def test_place_rows_give_the_wikipedia_titles(
    text: str, lang: str, en: str, de: str, fr: str
) -> None:
    got = tuple(translit.romanize(text, lang=lang, target=t) for t in ("en", "de", "fr"))
    assert got == (en, de, fr)


def test_a_common_adjective_is_not_a_town() -> None:
    # Южне (Yuzhne) is listed in its Ukrainian spelling only: Russian Южный is "southern"
    assert not translit.romanize("Южный Урал", lang="ru", target="en").startswith("Yuzhne")
