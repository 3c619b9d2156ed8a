"""The reader form a place takes after the language of the text that spells it
(translit/data/names/source_forms.toml, translator43): German readers of Ukrainian Київ get
Kyjiw (the Auswärtiges Amt's Länderverzeichnis since 24 February 2024), of Russian Киев Kiew
(German Wikipedia's title, most German media); French and English readers are unchanged.
"""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from conftest import NAMES_CSV
from conftest import read_table as read_csv

import translit
from translit._datafiles import load_toml
from translit.cli import cli
from translit.glossary import Concept, Glossary, Term, apply_text


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


@pytest.mark.parametrize(
    "line, lang, want, not_wanted",
    [
        ("Київ — столиця.", "uk", "Kyjiw", "Kiew"),
        ("Киев — столица.", "ru", "Kiew", "Kyjiw"),
    ],
)
def test_glossary_apply_and_romanize_agree(
    line: str, lang: str, want: str, not_wanted: str
) -> None:
    """be45: ``glossary apply -t de`` wrote Kiew for Ukrainian Київ where ``romanize -t de``
    writes Kyjiw; both commands now take the form from source_forms.toml, on the same line."""
    runner = CliRunner()
    applied = runner.invoke(cli, ["glossary", "apply", "-t", "de"], input=line + "\n")
    romanized = runner.invoke(cli, ["romanize", "-l", lang, "-t", "de"], input=line + "\n")
    assert applied.exit_code == 0 and romanized.exit_code == 0, (applied.output, romanized.output)
    for out in (applied.output, romanized.output):
        assert want in out and not_wanted not in out, out


def test_a_glossary_concept_of_its_own_keeps_its_term() -> None:
    # a concept that gives its own German term (not names.csv's row) keeps it, as before
    own = Concept("kyiv", terms=[Term("Київ", "uk"), Term("Kiew", "de")])
    assert apply_text("Київ — столиця.", Glossary([own]), "de") == "Kiew — столиця."
    # the row's id with the form not among its terms: the concept's term
    row = Concept("place-kyiv", terms=[Term("Київ", "uk"), Term("Kiew", "de")])
    assert apply_text("Київ — столиця.", Glossary([row]), "de") == "Kiew — столиця."
