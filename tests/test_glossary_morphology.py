"""translit.morphology (pymorphy3): case/number forms with agreement, acronyms, names.

Expected forms are the standard Russian/Ukrainian declension, checked by hand against
Rosenthal's *Справочник по правописанию и стилистике* (acronyms, § 185) and the issue's
examples (Орла, not Орёла; отца, not отеца; полковником, not полковникем).
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from translit.errors import TranslitError
from translit.glossary import Concept, Glossary, Term, find_terms, lookup
from translit.morphology import forms, is_declinable_acronym, is_proper_name, yo_spelling


@pytest.mark.parametrize(
    ("term", "expected"),
    [
        ("Зимний дворец", {"Зимнего дворца", "Зимним дворцом", "Зимнем дворце", "Зимние дворцы"}),
        (
            "Главное управление лагерей",
            {"Главного управления лагерей", "Главным управлением лагерей"},
        ),
        ("Синий платок", {"Синего платка", "Синим платком"}),
        ("Красная армия", {"Красной армии", "Красную армию", "Красной армией"}),
        ("Вооружённые силы КОНР", {"Вооружённых сил КОНР", "Вооружёнными силами КОНР"}),
        ("ГУЛАГ", {"ГУЛАГа", "ГУЛАГе", "ГУЛАГом"}),
        ("СМЕРШ", {"СМЕРШа", "СМЕРШем"}),
        ("отец", {"отца", "отцом"}),
        ("полковник", {"полковником", "полковника"}),
        ("путь", {"пути", "путем"}),
        ("церковь", {"церкви", "церковью"}),
        ("власовцы", {"власовцев", "власовцами"}),
    ],
)
def test_russian_forms(term: str, expected: set[str]) -> None:
    got = forms(term)
    assert got[0] == term
    assert expected <= set(got)


def test_accusative_adjective_follows_animacy() -> None:
    assert "Зимний дворец" in forms("Зимний дворец")  # inanimate: accusative = nominative
    got = forms("советские военнопленные")
    assert "советских военнопленных" in got and "советские военнопленных" not in got


def test_wrong_hand_rule_forms_are_gone() -> None:
    for term, wrong in [("отец", "отеца"), ("полковник", "полковникем"), ("Орёл", "Орёла")]:
        assert wrong not in forms(term, hint="place")
    assert "Орла" in forms("Орёл", hint="place")
    assert {"Твери", "Казани"} <= set(forms("Тверь")) | set(forms("Казань"))


def test_invariant_acronyms_and_names() -> None:
    for term in ("РОА", "ВС КОНР", "КГБ", "НКВД", "ЦК КПСС"):
        assert forms(term) == (term,)
    assert [is_declinable_acronym(w) for w in ("ГУЛАГ", "МИД", "КГБ", "РОА")] == [
        True,
        True,
        False,
        False,
    ]
    assert {"Власову", "Власовым"} <= set(forms("Власов", hint="person"))
    assert "Андреем Андреевичем Власовым" in forms("Андрей Андреевич Власов", hint="person")


def test_ukrainian() -> None:
    assert {"Червоної армії", "Червону армію"} <= set(forms("Червона армія", "uk"))
    assert "Зимовому палацові" in forms("Зимовий палац", "uk")
    assert "Головного управління таборів" in forms("Головне управління таборів", "uk")


@pytest.mark.parametrize(
    ("name", "genitive", "instrumental"),
    [  # (a man's surname in -ко or in a consonant declines as a second-declension noun:
        # Український правопис 2019, on surnames; VESUM lists them as women's too, undeclined)
        ("Тарас Шевченко", "Тараса Шевченка", "Тарасом Шевченком"),
        ("Леонід Кравчук", "Леоніда Кравчука", "Леонідом Кравчуком"),
        ("Кравчук Андрій Петрович", "Кравчука Андрія Петровича", "Кравчуком Андрієм Петровичем"),
    ],
)
def test_a_ukrainian_mans_name_declines_every_word(
    name: str, genitive: str, instrumental: str
) -> None:
    """The words of a person's name take the given name's gender (Тарас, Леонід: a man's)."""
    got = forms(name, "uk", hint="person")
    assert genitive in got and instrumental in got


def test_a_ukrainian_womans_surname_stays() -> None:
    """A woman's surname in a consonant does not decline (Олена Кравчук, Олени Кравчук)."""
    assert "Олени Кравчук" in forms("Олена Кравчук", "uk", hint="person")
    assert "Олени Кравчука" not in forms("Олена Кравчук", "uk", hint="person")


def test_language_without_dictionary_is_an_error() -> None:
    with pytest.raises(TranslitError):
        forms("Зимски дворец", "bg")


def test_glossary_finds_issue_forms() -> None:
    g = Glossary(
        [
            Concept("palace", terms=[Term("Зимний дворец", "ru")]),
            Concept("kerchief", terms=[Term("Синий платок", "ru")]),
            Concept(
                "gulag",
                terms=[
                    Term("Главное управление лагерей", "ru"),
                    Term("ГУЛАГ", "ru", type="acronym"),
                ],
            ),
            Concept("roa", terms=[Term("РОА", "ru", type="acronym")]),
        ]
    )
    for text, cid in [
        ("Зимнего дворца", "palace"),
        ("Синего платка", "kerchief"),
        ("Главного управления лагерей", "gulag"),
    ]:
        assert lookup(g, text)[0].concept.id == cid
    hits = find_terms("В ГУЛАГе и в РОА; не в РОАе.", g)
    assert [(h.text, h.concept.id) for h in hits] == [("ГУЛАГе", "gulag"), ("РОА", "roa")]


WORDS = st.sampled_from(
    [
        "Зимний дворец",
        "Красная армия",
        "ГУЛАГ",
        "РОА",
        "Власов",
        "путь",
        "Главное управление лагерей",
    ]
)


@settings(max_examples=30, deadline=None)
@given(WORDS)
def test_forms_keep_word_count_and_complement(term: str) -> None:
    got = forms(term)
    assert got[0] == term and len(set(got)) == len(got)
    for form in got:
        assert len(form.split()) == len(term.split())
        assert form.split()[2:] == term.split()[2:]  # complements after the head never change


def test_lint_flags_terms_not_in_the_nominative() -> None:
    from translit.glossary import lint

    g = Glossary(
        [
            Concept("a", terms=[Term("Красная армия", "ru"), Term("Красной армии", "ru")]),
            Concept("b", terms=[Term("Зимнего дворца", "ru")]),
            Concept("c", terms=[Term("Зимний дворец", "ru")]),
            Concept("d", terms=[Term("Червоної армії", "uk"), Term("Червона армія", "uk")]),
        ]
    )
    found = [f.message for f in lint(g) if "case form" in f.message]
    assert len(found) == 3
    assert "'Красной армии' is a case form of 'Красная армия' (of the same concept)" in found[0]
    assert "of concept 'c'" in found[1]
    assert "'Червоної армії'" in found[2]


def test_ukrainian_terms_found_in_running_text() -> None:
    g = Glossary(
        [
            Concept("red-army", terms=[Term("Червона армія", "uk"), Term("Armée rouge", "fr")]),
            Concept("gulag", terms=[Term("Головне управління таборів", "uk")]),
        ]
    )
    text = "Бійці Червоної армії увійшли до міста. Архіви Головного управління таборів відкрито."
    assert [(h.text, h.concept.id) for h in find_terms(text, g)] == [
        ("Червоної армії", "red-army"),
        ("Головного управління таборів", "gulag"),
    ]
    assert lookup(g, "Червоною армією")[0].concept.id == "red-army"


def test_names_oblique_place_forms_are_transcribed_not_swapped() -> None:
    # README "Names": an inflected place name inside a phrase is transcribed; the nominative
    # exonym replaces only the nominative (and the old hand-made forms Тверя, Казаню are gone)
    from translit import romanize
    from translit.names import established_forms

    forms_de = established_forms("de")
    assert forms_de["Тверь"] == "Twer"
    assert "Твери" not in forms_de and "Казани" not in forms_de
    assert "Тверя" not in forms_de and "Казаню" not in forms_de
    assert romanize("в Казани", lang="ru", target="de") == "w Kasani"


@pytest.mark.parametrize("word", ["𗀀", "Щ𗀀", "𗀀ВС"])
def test_a_letter_python_has_no_name_for_is_in_no_dictionary(word: str) -> None:
    # Tangut ideographs are letters without a name in Python 3.11's Unicode database; pymorphy3
    # looks the name of each letter up and raised ValueError("no such name") (found by the
    # random-argument fault test)
    assert is_declinable_acronym(word, "ru") is False
    assert is_proper_name(word, "uk") is False
    assert yo_spelling(word) == word


def test_lint_takes_a_name_that_is_a_case_form_of_another_name_for_a_name() -> None:
    # user20: `glossary check glossaries/names.csv` warned that Толстой (Leo Tolstoy) is a case
    # form of Толстая, Павлова (Anna Pavlova) of Павлов, Алданов (Mark Aldanov) of the river
    # Алдан, Третьяков of Третьяк: each the nominative of a name of its own
    from translit.glossary import lint

    def person(cid: str, text: str, subject: str = "person") -> Concept:
        return Concept(cid, subject=subject, terms=[Term(text, "ru")])

    g = Glossary(
        [
            person("person-tolstaya", "Толстая"),
            person("person-tolstoy", "Толстой"),
            person("person-pavlov", "Павлов"),
            person("person-pavlova", "Павлова"),
            person("place-aldan", "Алдан", "place"),
            person("person-aldanov", "Алданов"),
            # a name's oblique form listed under the same name is still one
            Concept(
                "person-vlasov",
                subject="person",
                terms=[Term("Власов", "ru"), Term("Власова", "ru")],
            ),
            # and a term that is no name beside a name is still checked
            Concept("x", terms=[Term("Павлова", "ru")]),
        ]
    )
    found = [f.message for f in lint(g) if "case form" in f.message]
    assert len(found) == 2, found
    assert "'Власова' is a case form of 'Власов' (of the same concept)" in found[0]
    assert "'Павлова' is a case form of 'Павлов' (of concept 'person-pavlov')" in found[1]


def test_hyphenated_surname_forms_keep_each_part_capital() -> None:
    # (the case was copied letter by letter from the whole word: ПетровыМ-водкиным)
    got = forms("Петров-Водкин")
    assert "Петровым-Водкиным" in got and "Петрова-Водкина" in got
    assert not [f for f in got if f != f.title()], got
    assert forms("Римский-Корсаков")[1] == "Римского-Корсакова"
    assert forms("ГУЛАГ")[1] == "ГУЛАГа"  # (a word without a hyphen as before)
