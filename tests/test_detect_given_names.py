"""A short, name-shaped text whose given name one language spells so and Russian does not
(data/decisive.toml ``[given_names]``, the spellings of translit/data/names' given-name tables):
that language, by default. Expected values are the people's own languages (Oleksandr Usyk is
Ukrainian, Hristo Stoichkov Bulgarian, Alexander Lukashenko Belarusian) and how English
Wikipedia titles them."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import translit
from translit._datafiles import load_toml, read_table
from translit.detection import MIN_WORDS, detect, explain_language


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Олександр Усик", "uk"),
        ("Микола Азаров", "uk"),
        ("Петро Порошенко", "uk"),
        ("Усик Олександр Олександрович", "uk"),  # catalogue order, Russian-looking patronymic
        ("Усик, Олександр", "uk"),
        ("О. О. Усик Олександр", "uk"),
        ("ОЛЕКСАНДР УСИК", "uk"),
        ("Дмитро", "uk"),
        ("Аляксандр Лукашэнка", "be"),
        ("Сяргей Шупа", "be"),
        ("Христо Стоичков", "bg"),
        ("Стоичков Христо", "bg"),
        ("Георги Русев", "bg"),
        ("Йорданка Фандакова", "bg"),  # (without the ъ, which decides alone)
        ("Ивайло Калфин", "bg"),  # (names22: nam_dict's Bulgarian names, hunspell-bg's spelling)
        ("Светослав Малинов", "bg"),
        ("Васил Левски", "bg"),  # Bulgarian, never Macedonian, though -ски
        ("Христо Ботев", "bg"),
        ("Гоце Делчев", "mk"),
        ("Зоран Заев", "mk"),
        ("Бранко", "sr"),  # Serbian more often than Macedonian (nam_dict)
        ("Слободан", "sr"),
        ("Ганна Канапацкая", "be"),  # Ганна: uk and be, `prefer` be
        ("Ганна Михайленко", "uk"),  # unless -енко, the Ukrainian surname ending
    ],
)
def test_a_given_name_only_that_language_spells_so(text: str, lang: str) -> None:
    assert detect(text) == lang
    reason = explain_language(text).reason
    assert "given name" in reason or "surname" in reason  # (Васил Левски: both say so)


@pytest.mark.parametrize(
    "text",
    [
        "Александр Усик",  # the Russian spelling of the name
        "Николай Азаров",
        "Пётр Порошенко",
        "Марко Вовчок",  # spelled alike in Serbian, Macedonian, Bulgarian, and Russian writes it
        "Мартин Иванов",
        "Сава Мамонтов",
        "Лазар Каганович",
        "Агата Кристи",  # Russian writes these names so (data/decisive.toml `alike`)
        "Анатоль Франс",
        "Слободан Милошевич",  # Russian's -ич and дж for Serbian -ић, ђ (`unless`)
        "Зоран Джинджич",
        "Александр Новак",  # a Russian given name first: Новак, a Serbian one too, decides nothing
        "Пламен Орешаров",  # пламен: a form of пламя in OpenCorpora, left out
        "олександр усик",  # not name-shaped: lower case
        "Олександр усик",
        "Олександр и Петро",
        "Олександр Усик 2024",
        "Олександр Усик!",
        # a longer Russian text about Ukrainians: the rule reads short names only
        "Вчера в Лондоне Олександр Усик снова победил своего соперника по очкам",
        "Олександр Усик — чемпион мира",
    ],
)
def test_russian_spellings_and_other_texts_stay_russian(text: str) -> None:
    assert detect(text) == "ru", explain_language(text).reason


def test_the_name_is_romanised_as_its_language_by_default() -> None:
    assert translit.romanize("Олександр Усик") == "Oleksandr Usyk"
    assert translit.romanize("Василь Стус") == "Vasyl Stus"
    assert translit.romanize("Микола Азаров", target="en") == "Mykola Azarov"
    assert translit.romanize("Христо Стоичков", target="en") == "Hristo Stoichkov"
    assert translit.romanize("Аляксандр Лукашэнка", target="en") == "Alexander Lukashenko"
    assert translit.romanize("Александр Усик") == "Aleksandr Usik"


def test_a_name_both_languages_spell_so_takes_the_preferred_one() -> None:
    e = explain_language("Ганна Герман")  # Ганна: Ukrainian and Belarusian; Герман after it
    assert e.lang == "be"
    assert "be uk" in e.reason


def test_the_south_slavic_tables_share_no_spelling() -> None:
    """bench/given_names_tables.py gives a name bg, mk and sr share to one table only."""
    held = {lang: _spellings(lang) for lang in ("bg", "mk", "sr")}
    assert not held["bg"] & held["mk"] and not held["bg"] & held["sr"]
    assert not held["mk"] & held["sr"]
    assert {"Христо", "Васил", "Светослав"} <= held["bg"]
    assert {"Гоце", "Зоран"} <= held["mk"] and {"Слободан", "Бранко"} <= held["sr"]


def test_the_south_slavic_tables_hold_russian_letters_only() -> None:
    """A name with ј љ њ ћ ђ џ ѓ ќ ѕ is decided by its letters: the tables hold the others."""
    for lang in ("mk", "sr"):
        assert not [s for s in _spellings(lang) if set(s.lower()) & set("јљњћђџѓќѕ")]


def _spellings(lang: str) -> set[str]:
    rows = read_table("names", "given_names.csv") + read_table("names", f"given_names_{lang}.csv")
    return {s.strip() for r in rows for s in (r.get(lang) or "").split("|") if s.strip()}


def test_alike_lists_spellings_of_the_tables() -> None:
    """Every spelling set aside as written alike is one the tables hold (else it is stale)."""
    config = load_toml("decisive.toml")["given_names"]
    held = set().union(*(_spellings(lang) for lang in config["languages"]))
    assert set(config["alike"]) <= held


_RUSSIAN = sorted(_spellings("ru"))
# Russian surnames of the shipped established forms' persons and of common kinds (-ов -ин -ский)
_SURNAMES = ["Иванов", "Петров", "Смирнов", "Кузнецов", "Попов", "Лебедев", "Соколов", "Пушкин"]
_SURNAMES += ["Бродский", "Толстой", "Гончаров", "Усик", "Азаров", "Порошенко", "Стус"]
# and Macedonian and Bulgarian ones Russian may write so after a Russian given name (Роман
# Полански): only a given name no Russian writes lets them decide
_SURNAMES += ["Полански", "Груевски", "Кабаиванска", "Вазов"]


@given(
    st.sampled_from(_RUSSIAN),
    st.sampled_from(_SURNAMES),
    st.sampled_from([str, str.upper]),
    st.booleans(),
)
@settings(max_examples=300, deadline=None)
def test_a_russian_given_name_with_any_surname_stays_russian(
    name: str, surname: str, case: Callable[[str], str], catalogue: bool
) -> None:
    text = f"{surname} {name}" if catalogue else f"{name} {surname}"
    text = case(text)
    assert detect(text) == "ru", text


@given(st.sampled_from(sorted(_spellings("uk") - set(_RUSSIAN))))
@settings(max_examples=100, deadline=None)
def test_the_rule_needs_a_name_shape(name: str) -> None:
    # in lower case the spelling is no name: only the decisive spellings may decide it
    assert "given name" not in explain_language(name.lower()).reason
    # among MIN_WORDS words or more of a sentence, the statistics decide, not the name
    sentence = " ".join([name, *["слово", "другое", "третье", "четвёртое"][:MIN_WORDS]])
    assert "given name" not in explain_language(sentence).reason


def test_no_spelling_that_decides_is_a_russian_word_other_than_a_name() -> None:
    """What data/decisive.toml `[given_names]` claims: a spelling the OpenCorpora dictionary
    holds as a Russian word other than a name (стоянка, хама) decides nothing; only its names
    (Олександр, Микола as Ukrainians' names in Russian text) may."""
    import pymorphy3

    from translit.detection import _given_names

    morph = pymorphy3.MorphAnalyzer(lang="ru")
    names = {"Name", "Surn", "Patr", "Geox", "Orgn", "Abbr", "Trad"}
    words = [
        spelling
        for spelling, langs in _given_names()[0].items()
        if langs  # (a Russian given name, which decides nothing, has none)
        if morph.word_is_known(spelling)
        for p in morph.parse(spelling)
        if type(p.methods_stack[0][0]).__name__ == "DictionaryAnalyzer"
        and not p.tag.grammemes & names
    ]
    assert words == []


@pytest.mark.parametrize("case", ["gent", "datv", "accs", "ablt", "loct"])
def test_a_case_of_a_russian_given_name_stays_russian(case: str) -> None:
    """Every case of every Russian given name of the table, before a surname in that case
    (Владимира Путина: Владимира is a Bulgarian given name too, which the tables leave out)."""
    import pymorphy3

    morph = pymorphy3.MorphAnalyzer(lang="ru")
    surname = morph.parse("Иванов")[0]
    wrong = []
    for name in _RUSSIAN:
        parse = next((p for p in morph.parse(name) if "Name" in p.tag), None)
        form = parse.inflect({case}) if parse else None
        if form is None:
            continue
        sur = surname.inflect({case, "femn" if "femn" in form.tag else "masc"})
        text = f"{form.word.capitalize()} {sur.word.capitalize() if sur else 'Иванов'}"
        if detect(text) != "ru":
            wrong.append(text)
    assert wrong == []


@pytest.mark.parametrize("text", ["Крещение Руси", "Владимира Путина", "Сашка Иванов"])
def test_russian_forms_the_tables_leave_out(text: str) -> None:
    assert detect(text) == "ru", explain_language(text).reason


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # Belarusian writers and politicians as Belarusian Wikipedia titles them: і alone leaves
        # Ukrainian and Belarusian within TIE_MARGIN, which Ukrainian won before
        ("Святлана Калінкіна", "be"),  # Ukrainian writes Світлана
        ("Максім Знак", "be"),  # Ukrainian Максим
        ("Алесь Пушкін", "be"),
        ("Ігар Лучанок", "be"),  # Ukrainian Ігор
        ("Міхась Чарот", "be"),
        ("Микола Куліш", "uk"),  # Belarusian Мікола; the tie was with Kazakh
    ],
)
def test_a_given_name_settles_a_tie_of_languages_with_letters_of_their_own(
    text: str, lang: str
) -> None:
    e = explain_language(text)
    assert (e.lang, e.tied) == (lang, ()), e.report()
    assert detect(text) == lang and "the given name" in e.reason and "tie" not in e.report()


def test_a_listed_belarusian_name_is_belarusian_by_its_row() -> None:
    # (Святлана Алексіевіч was the tie test's first case until names.csv listed her whole name)
    e = explain_language("Святлана Алексіевіч")
    assert (e.lang, e.tied) == ("be", ()) and "listed in Belarusian only" in e.reason, e.report()


@pytest.mark.parametrize("text", ["Іван Ціхан", "Іван Франко"])
def test_a_given_name_both_tied_languages_spell_so_leaves_the_tie(text: str) -> None:
    # Іван is Ukrainian and Belarusian: the tie stands and Ukrainian prevails in it
    e = explain_language(text)
    assert e.lang == "uk", e.report()


def test_the_tied_name_is_romanised_as_its_language() -> None:
    # Belarusian BGN/PCGN writes ь as ʹ, where the Ukrainian default (KMU 55) drops it
    assert translit.romanize("Міхась Чарот") == "Mikhasʹ Charot"
