"""A short, name-shaped text whose surname has an ending one language's surnames have and
Russian's lack (data/decisive.toml ``[[given_names.surnames]]``): Macedonian and Bulgarian
-ски -ска, which Russian writes -ский -ская (Груевский), beside a given name of the tables or
of data/names/given_names_alike.csv (Никола) or in a name of letters Russian lacks; and -ов -ев
beside a given name the Serbian table holds, a surname type Serbian lacks. Expected values are the people's own
languages (Nikola Gruevski was Prime Minister of North Macedonia, Vasil Levski is Bulgaria's
national hero, Miloš Crnjanski a Serbian writer) and the examples of the sources the data file
cites."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from translit._datafiles import load_toml, read_table
from translit.detection import alphabet, detect, explain_language


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Никола Груевски", "mk"),  # Никола: given_names_alike.csv, bg mk sr; -ски: mk first
        ("Груевски, Никола", "mk"),  # catalogue order
        ("НИКОЛА ГРУЕВСКИ", "mk"),
        ("Блаже Конески", "mk"),  # Блаже: the Macedonian table; -ски decides nothing else
        ("Стево Пендаровски", "mk"),  # Стево: the Serbian table, which -ски rules out
        ("Бранко Црвенковски", "mk"),
        ("Христијан Мицкоски", "mk"),  # ј: Serbian or Macedonian; -ски: Macedonian
        ("Славко Јаневски", "mk"),
        ("Љубчо Георгиевски", "mk"),  # љ likewise
        ("Васил Левски", "bg"),  # Васил: the Bulgarian table, and -ски is Bulgarian too
        ("Христо Смирненски", "bg"),
        ("Райна Кабаиванска", "bg"),  # й: not a Macedonian letter (Macedonian writes ј)
        ("Божидар Димитров", "bg"),  # Божидар: the Serbian table; -ов: no Serbian surname
        ("Пламен Орешарски", "bg"),  # Пламен: given_names_alike.csv (OpenCorpora: пламя), bg
        ("Горан Стефановски", "mk"),  # Горан: given_names_alike.csv (Russian writes it), bg mk sr
    ],
)
def test_a_surname_ending_decides_among_the_languages_that_have_it(text: str, lang: str) -> None:
    e = explain_language(text)
    assert (e.lang, detect(text)) == (lang, lang)
    assert "the surname" in e.reason


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Роман Полански", "ru"),  # Russian writes him so: OpenCorpora's surname, and Роман
        ("Давид Бабунски", "ru"),  # a Russian given name first decides nothing (Давид)
        ("Дональда Туска", "ru"),  # the genitive of Дональд Туск (OpenCorpora: alike)
        ("Груевски", "ru"),  # a surname alone: Bulgarian writes Russian surnames so too
        ("Н. Груевски", "ru"),
        ("груевски никола", "ru"),  # not name-shaped
        ("Иван Петров", "ru"),  # -ов: Russian's own surnames; only beside a Serbian table name
        ("Никола Петров", "ru"),  # nor beside a name of given_names_alike.csv
        ("Никола", "ru"),  # which decides nothing alone
        ("Пламен Орешаров", "ru"),
        ("Из Томска", "ru"),  # a genitive -ска after a word no given name (ru-gsd)
        ("ЖИТЕЛИ МИНСКА", "ru"),
        ("Олександр Петров", "uk"),  # the Ukrainian given name decides, as before
        ("Милица Ђурђевић Стаменковски", "sr"),  # ђ ћ: Serbian only, whatever the surname
        ("Слободан Милошевич", "ru"),  # Russian's -ич (`unless`), not a surname of the rule
    ],
)
def test_what_a_surname_ending_does_not_decide(text: str, lang: str) -> None:
    assert detect(text) == lang, explain_language(text).reason


def test_the_russian_surnames_so_ending_are_alike() -> None:
    """What the data file's `checked` claims: OpenCorpora's surname forms (Surn) that a
    surname entry without `beside` matches are its `alike` (Полански, Туска), and each of
    them is one."""
    import pymorphy3

    morph = pymorphy3.MorphAnalyzer(lang="ru")
    for entry in load_toml("decisive.toml")["given_names"]["surnames"]:
        if "beside" in entry:
            continue
        rx = re.compile(entry["regex"])
        found = {
            word
            for word, (para, idx) in morph.dictionary.words.items()
            if rx.search(word) and "Surn" in str(morph.dictionary.build_tag_info(para, idx))
        }
        assert found == {a.lower() for a in entry["alike"]}


# the given names of the three tables spelled with letters both Bulgarian and Macedonian have
# (not Анелия: Macedonian lacks я), and without дж, Russian's and Bulgarian's writing of џ
# (`unless`: Неджад Николовски is Bulgarian; Macedonian writes Неџад)
_BOTH = set(alphabet("bg")) & set(alphabet("mk"))
_TABLE = {
    lang: sorted(
        {
            s.strip()
            for r in read_table("names", f"given_names_{lang}.csv")
            for s in (r.get(lang) or "").split("|")
            if s.strip() and set(s.strip().lower()) <= _BOTH and "дж" not in s.lower()
        }
    )
    for lang in ("bg", "mk", "sr")
}
# surnames the data file's sources give: North Macedonia's five commonest (mk.wikipedia,
# Презиме) and the Bulgarian examples of bnr.bg's article and of the Greek Wikipedia's
_SKI = ["Стојановски", "Николовски", "Јовановски", "Петровски", "Ивановски", "Петровска"]
_SKI += ["Левски", "Смирненски", "Смирненска"]


@given(st.sampled_from(["bg", "mk", "sr"]), st.data(), st.sampled_from(_SKI))
@settings(max_examples=200, deadline=None)
def test_a_ski_surname_is_macedonian_or_bulgarian_beside_any_south_slavic_name(
    lang: str, data: st.DataObject, surname: str
) -> None:
    """Beside any given name of the three tables (in letters Bulgarian and Macedonian share),
    -ски -ска is never Serbian or Russian: the given name's language if it is Bulgarian or
    Macedonian, else Macedonian; a surname with ј is Macedonian whatever the given name
    (Bulgarian lacks the letter)."""
    name = data.draw(st.sampled_from(_TABLE[lang]))
    got = detect(f"{name} {surname}")
    if "ј" in surname.lower():
        assert got == "mk"
    else:
        assert got == (lang if lang in ("bg", "mk") else "mk")


def test_the_alike_names_are_none_of_the_tables() -> None:
    """given_names_alike.csv holds the names the tables leave out: none a table holds (a
    Russian one would keep a text Russian, a South Slavic one decides alone)."""
    alike = {r["name"] for r in read_table("names", "given_names_alike.csv")}
    rows = read_table("names", "given_names.csv")
    held = {s.strip() for r in rows for c in ("ru", "uk", "be") for s in r[c].split("|")}
    held |= {name for names in _TABLE_ALL.values() for name in names}
    assert len(alike) > 500 and not alike & held
    assert {"Никола", "Стефан", "Игор", "Горан", "Драган", "Милош", "Пламен"} <= alike


_TABLE_ALL = {
    lang: {r[lang] for r in read_table("names", f"given_names_{lang}.csv")}
    for lang in ("bg", "mk", "sr")
}
