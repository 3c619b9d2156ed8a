"""The reader form a place takes after the language of the text that spells it
(translit/data/names/source_forms.toml, translator43): German readers of Ukrainian Київ get
Kyjiw (the Auswärtiges Amt's Länderverzeichnis since 24 February 2024), of Russian Киев Kiew
(German Wikipedia's title, most German media); French and English readers are unchanged.
"""

from __future__ import annotations

import pytest
from conftest import NAMES_CSV
from conftest import read_table as read_csv

import translit
from translit._datafiles import load_toml


def test_each_form_is_one_of_its_rows_forms() -> None:
    rows = {r["id"]: r for r in read_csv(NAMES_CSV)}
    table = load_toml("names", "source_forms.toml")
    assert table
    for source, targets in table.items():
        for target, forms in targets.items():
            for row_id, form in forms.items():
                assert row_id in rows, row_id
                assert rows[row_id][source], (row_id, source)  # spelled in that column
                assert form in rows[row_id][target].split("|"), (row_id, target, form)


@pytest.mark.parametrize(
    "line, lang, target, want",
    [
        ("Київ", "uk", "de", "Kyjiw"),
        ("Київ і Харків", "uk", "de", "Kyjiw i Charkiw"),
        ("Киев", "ru", "de", "Kiew"),
        # a Ukrainian line quoting the Russian spelling: the Russian spelling's form
        ("Киев", "uk", "de", "Kiew"),
        # the other cities keep the rows' first forms (Odessa: the ministry kept the double s)
        ("Одеса", "uk", "de", "Odessa"),
        ("Львів", "uk", "de", "Lwiw"),
        ("Дніпро", "uk", "de", "Dnipro"),
        # French readers: Kiev (France's designation), English: Kyiv
        ("Київ", "uk", "fr", "Kiev"),
        ("Харків", "uk", "fr", "Kharkiv"),
        ("Одеса", "uk", "fr", "Odessa"),
        ("Київ", "uk", "en", "Kyiv"),
        ("Киев", "ru", "en", "Kyiv"),
        # compounds (names44): the oblast follows the city (the Auswärtiges Amt's Gebiete Lwiw,
        # Riwne; SWR's Region Kyjiw), the historical state keeps its German name
        ("Київська область", "uk", "de", "Oblast Kyjiw"),
        ("Киевская область", "ru", "de", "Oblast Kiew"),
        ("Київська Русь", "uk", "de", "Kiewer Rus"),
        ("Київська область", "uk", "en", "Kyiv Oblast"),
    ],
)
def test_capital_and_cities(line: str, lang: str, target: str, want: str) -> None:
    assert translit.romanize(line, lang=lang, target=target) == want


def test_the_other_form_stays_accepted() -> None:
    assert translit.verify("Київ", "Kiew", lang="uk", target="de").accepted
    assert translit.verify("Київ", "Kyjiw", lang="uk", target="de").accepted
    assert translit.verify("Киев", "Kiew", lang="ru", target="de").accepted
