"""Russian and Ukrainian plurals in glossary apply's replace: the number of a matched form, the
plural of a Russian or Ukrainian target term, and a sentence's capital on the term written.

Every expected form is typed from the grammars, not read from the code: Zaliznyak's
Grammatical Dictionary of Russian (лагерь m 2e: genitive singular лагеря = nominative plural
лагеря; партизан m 1a, genitive plural партизан; военнопленный, an adjective's declension:
instrumental singular = dative plural военнопленным), Russian Grammar 1980 (adjectives before
the head noun agree in number and case, a genitive complement does not change) and, for
Ukrainian, Вихованець & Городенська (табір: табори, таборів; the contracted adjective plural
концентраційні).
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from translit import morphology
from translit.glossary import Concept, Glossary, Term, load, shipped_path
from translit.glossary.apply import EITHER, apply_text, find_terms
from translit.glossary.forms import plural_of

GLOSSARY = Glossary(
    [
        Concept(
            "camp",
            terms=[
                Term("концентрационный лагерь", "ru"),
                Term("концентраційний табір", "uk"),
                Term("camp de concentration", "fr"),
                Term("Konzentrationslager", "de"),
                Term("concentration camp", "en"),
            ],
        ),
        Concept(
            "partisan",
            terms=[
                Term("партизан", "ru"),
                Term("партизан", "uk"),
                Term("partisan", "fr"),
                Term("partisan", "en"),
            ],
        ),
        Concept(
            "pow",
            terms=[
                Term("военнопленный", "ru"),
                Term("prisonnier de guerre", "fr"),
                Term("prisoner of war", "en"),
            ],
        ),
        Concept("camp1", terms=[Term("лагерь", "ru"), Term("camp", "en")]),
        Concept("order", terms=[Term("орден", "ru"), Term("ordre", "fr")]),
        Concept(
            "vlasov",
            subject="person",
            terms=[Term("Власов", "ru"), Term("Vlassov", "fr")],
        ),
        Concept("roa", terms=[Term("РОА", "ru", type="acronym"), Term("ROA", "fr")]),
    ]
)


def _replace(text: str, target: str) -> tuple[str, list[tuple[int, int, str]]]:
    notes: list[tuple[int, int, str]] = []
    return apply_text(text, GLOSSARY, target, "replace", notes=notes), notes


# -- the number of a form --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("term", "lang", "plural", "singular", "either"),
    [
        # the words of a term together: концентрационные лагеря is a plural only
        ("концентрационный лагерь", "ru",
         ["концентрационные лагеря", "концентрационных лагерей", "концентрационным лагерям",
          "концентрационными лагерями", "концентрационных лагерях"],
         ["концентрационного лагеря", "концентрационному лагерю", "концентрационным лагерем",
          "концентрационном лагере"],
         []),
        # alone, лагеря is a genitive singular and a nominative plural
        ("лагерь", "ru", ["лагерей", "лагерям", "лагерями", "лагерях"],
         ["лагерю", "лагерем", "лагере"], ["лагеря"]),
        # военнопленным: instrumental singular and dative plural
        ("военнопленный", "ru", ["военнопленные", "военнопленных", "военнопленными"],
         ["военнопленного", "военнопленному", "военнопленном"], ["военнопленным"]),
        ("партизан", "ru", ["партизаны", "партизанам", "партизанами", "партизанах"],
         ["партизана", "партизану", "партизаном", "партизане"], []),
        ("табір", "uk", ["табори", "таборів", "таборам", "таборами", "таборах"],
         ["табору", "табором", "таборі"], []),
        ("партизан", "uk", ["партизани", "партизанів", "партизанам", "партизанами", "партизанах"],
         ["партизана", "партизанові", "партизаном", "партизані"], []),
    ],
)  # fmt: skip
def test_a_forms_number_is_read_from_the_terms_words_together(
    term: str, lang: str, plural: list[str], singular: list[str], either: list[str]
) -> None:
    many, both = morphology.numbers(term, lang)
    assert set(plural) <= set(many)
    assert not set(singular) & (set(many) | set(both))
    assert set(either) == set(both) & {*plural, *singular, *either}
    assert set(singular) <= set(morphology.forms(term, lang))  # (found, just not plural)


def test_a_plural_term_has_no_forms_of_another_number() -> None:
    assert morphology.numbers("советские военнопленные") == ((), ())


# -- the plural of a Russian or Ukrainian term ---------------------------------------------------


@pytest.mark.parametrize(
    ("term", "lang", "plural"),
    [
        ("партизан", "ru", "партизаны"),
        ("военнопленный", "ru", "военнопленные"),  # (a substantivised adjective)
        ("концентрационный лагерь", "ru", "концентрационные лагеря"),
        ("лагерь для военнопленных", "ru", "лагеря для военнопленных"),  # (complement stays)
        ("Главное управление лагерей", "ru", "Главные управления лагерей"),
        ("гражданская война", "ru", "гражданские войны"),
        ("советские военнопленные", "ru", "советские военнопленные"),  # (already plural)
        ("концентраційний табір", "uk", "концентраційні табори"),
        ("Червона армія", "uk", "Червоні армії"),
        ("військовополонений", "uk", "військовополонені"),
        # VESUM lists these nouns twice in one gender, once without a plural; the reading with
        # the plural is taken (СУМ: партизан, мн. партизани; п'ятирічка, п'ятирічки; республіка,
        # республіки)
        ("партизан", "uk", "партизани"),
        ("п'ятирічка", "uk", "п'ятирічки"),
        ("Українська Радянська Соціалістична Республіка", "uk",
         "Українські Радянські Соціалістичні Республіки"),
    ],
)  # fmt: skip
def test_the_plural_of_a_term_agrees_and_keeps_its_complements(
    term: str, lang: str, plural: str
) -> None:
    assert morphology.plural(term, lang) == plural
    assert plural_of(Term(term, lang)) == plural


@pytest.mark.parametrize(
    "term",
    [
        "орден",  # ордена (decorations) / ордены (knightly orders): both things, not chosen
        "Глокая куздра",  # words the dictionary only guesses
        "быстро и тихо",  # no head noun
    ],
)
def test_no_plural_where_the_dictionary_is_not_sure(term: str) -> None:
    assert morphology.plural(term) is None


def test_names_and_acronyms_get_no_plural() -> None:
    assert plural_of(Term("Власов", "ru"), Concept("v", subject="person")) is None
    assert plural_of(Term("РОА", "ru", type="acronym")) is None


def test_the_meaning_doublets_listed_are_doublets_of_the_dictionary() -> None:
    """Each noun inflection.toml chooses a plural for has two unmarked nominative plurals in
    the dictionary, one of them the chosen form (the table is not stale)."""
    chosen = morphology._sense_plurals("ru")
    assert chosen["лагерь"] == "лагеря"
    for noun, form in chosen.items():
        p = morphology._pick(noun, "ru", frozenset({"NOUN"}), None)
        assert p is not None
        got = [w for w, g in morphology._ranked(p) if {"nomn", "plur"} <= g]
        assert form in got and len(set(got)) > 1, noun


# -- replace: a Russian plural in the text -------------------------------------------------------

RU_TEXT = (
    "Немецкие концентрационные лагеря. В концентрационных лагерях погибли военнопленные "
    "и партизаны. Партизан был один."
)


def test_a_russian_plural_takes_the_targets_plural() -> None:
    assert _replace(RU_TEXT, "fr") == (
        "Немецкие camps de concentration. В camps de concentration погибли prisonniers de "
        "guerre и partisans. Partisan был один.",
        [],
    )
    assert _replace(RU_TEXT, "en")[0] == (
        "Немецкие concentration camps. В concentration camps погибли prisoners of war "
        "и partisans. Partisan был один."
    )


def test_a_russian_singular_case_form_takes_the_singular() -> None:
    out, notes = _replace("Из концентрационного лагеря бежал военнопленному партизану.", "en")
    assert out == "Из concentration camp бежал prisoner of war partisan."
    assert notes == []


def test_a_plural_the_target_has_no_rule_for_is_kept_and_reported() -> None:
    """Konzentrationslager: a German plural of no regular class (die Konzentrationslager)."""
    out, notes = _replace("Там были концентрационные лагеря.", "de")
    assert out == "Там были концентрационные лагеря."
    assert [(line, col) for line, col, _ in notes] == [(1, 10)]
    assert "Konzentrationslager" in notes[0][2]


def test_a_form_of_either_number_is_kept_and_reported() -> None:
    """лагеря alone: "вспоминал лагеря" (an accusative plural, or a genitive singular) or
    "лагеря были" (nominative plural). After из, which takes the genitive, it is the genitive
    singular (the plural is лагерей): user30's preposition settles it."""
    assert [h.how for h in find_terms("Он вернулся из лагеря.", GLOSSARY)] == [EITHER]
    out, notes = _replace("Он вспоминал лагеря.\nВоеннопленным дали хлеб.", "en")
    assert out == "Он вспоминал лагеря.\nВоеннопленным дали хлеб."
    assert [(line, col) for line, col, _ in notes] == [(1, 14), (2, 1)]
    assert all("singular in one reading and plural in another" in n for _, _, n in notes)
    assert _replace("Он вернулся из лагеря.", "en")[0] == "Он вернулся из camp."


def test_names_and_acronyms_are_replaced_as_before() -> None:
    assert _replace("Власовы и РОА.", "fr")[0] == "Vlassov и ROA."


def test_a_ukrainian_plural_takes_the_targets_plural() -> None:
    out, notes = _replace("Концентраційні табори і концентраційних таборів.", "fr")
    assert out == "Camps de concentration і camps de concentration."
    assert notes == []


# -- replace: a Russian or Ukrainian target -------------------------------------------------------

FR_TEXT = (
    "Les partisans et les prisonniers de guerre. Partisan un jour, partisan toujours. "
    "Camps de concentration."
)


def test_a_russian_target_takes_its_plural() -> None:
    assert _replace(FR_TEXT, "ru") == (
        "Les партизаны et les военнопленные. Партизан un jour, партизан toujours. "
        "Концентрационные лагеря.",
        [],
    )
    assert _replace("Les camps de concentration.", "uk")[0] == "Les концентраційні табори."
    assert _replace("Les partisans.", "uk") == ("Les партизани.", [])


def test_a_russian_target_without_a_sure_plural_is_kept_and_reported() -> None:
    out, notes = _replace("Les ordres.", "ru")
    assert out == "Les ordres."
    assert len(notes) == 1 and "«орден»" in notes[0][2]


# -- a sentence's capital -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "out"),
    [
        ("Partisan un jour.", "Партизан un jour."),  # the text's start
        ("Non.\nPartisan un jour.", "Non.\nПартизан un jour."),  # a line's start
        ("Non ! « Partisan », dit-il.", "Non ! « Партизан », dit-il."),  # after ! and a quote
        ("Un Partisan connu.", "Un партизан connu."),  # mid-sentence: no capital made
        ("un partisan. Vlassov", "un партизан. Власов"),  # (a name: its own capital)
    ],
)
def test_a_sentence_capital_stays_on_the_target(text: str, out: str) -> None:
    assert _replace(text, "ru")[0] == out


def test_a_capital_target_and_a_capital_source_are_left_alone() -> None:
    assert _replace("Vlassov et la ROA.", "ru")[0] == "Власов et la РОА."
    assert _replace("Партизаны ушли. Концентрационный лагерь.", "fr")[0] == (
        "Partisans ушли. Camp de concentration."
    )


# -- properties -----------------------------------------------------------------------------------

# forms typed from Zaliznyak's paradigms: (text, English target as it must be written)
_SINGULAR = [
    ("партизана", "partisan"), ("партизану", "partisan"), ("партизаном", "partisan"),
    ("военнопленного", "prisoner of war"), ("военнопленному", "prisoner of war"),
    ("концентрационного лагеря", "concentration camp"),
    ("концентрационном лагере", "concentration camp"),
]  # fmt: skip
_PLURAL = [
    ("партизаны", "partisans"), ("партизанами", "partisans"), ("партизанах", "partisans"),
    ("военнопленные", "prisoners of war"), ("военнопленных", "prisoners of war"),
    ("концентрационные лагеря", "concentration camps"),
    ("концентрационных лагерей", "concentration camps"),
    ("концентрационными лагерями", "concentration camps"),
]  # fmt: skip
_EITHER = [("военнопленным", "военнопленным"), ("лагеря", "лагеря")]


@given(st.lists(st.sampled_from(_SINGULAR + _PLURAL + _EITHER), min_size=1, max_size=12))
@settings(max_examples=60, deadline=None)
def test_replace_keeps_each_forms_number(words: list[tuple[str, str]]) -> None:
    """Each plural becomes the target's plural, each singular its singular, each form of
    either number stays: the text's count of plurals never shrinks."""
    text = "и " + ", ".join(w for w, _ in words) + "."
    out, notes = _replace(text, "en")
    assert out == "и " + ", ".join(e for _, e in words) + "."
    assert len(notes) == sum(w in _EITHER for w in words)


@given(st.text(alphabet="бвгдйклмнрстфхцчшщ ьъ.,\nABCxyz!«»", max_size=80))
@settings(max_examples=100, deadline=None)
def test_a_text_without_a_term_is_left_as_it_is(text: str) -> None:
    """No vowel, so no term: not a letter changes (no capital made, no article fitted)."""
    for target in ("ru", "fr", "en", "uk"):
        assert _replace(text, target) == (text, [])


# -- replace: a Russian or Ukrainian target in the case and number of the text's form ----------

# Zaliznyak: концлагерь and лагерь m 2e (genitive singular = nominative plural: -я; genitive
# plural -ей), концентрационный an adjective 1a; война f 1b (dative = locative singular:
# войне), битва f 1a (битве both), конфликт m 1a (dative конфликту, locative конфликте).
# Ukrainian (Вихованець & Городенська; СУМ): табір, табору, табором; таборів, таборам, таборах.
CASES = Glossary(
    [
        Concept(
            "kz",
            terms=[
                Term("концентрационный лагерь", "ru"),
                Term("концлагерь", "ru", status="admitted"),
                Term("концентраційний табір", "uk"),
            ],
        ),
        Concept(
            "camp",
            terms=[Term("концлагерь", "ru"), Term("лагерь", "ru", status="admitted")],
        ),
        Concept(
            "war",
            terms=[Term("вооружённый конфликт", "ru"), Term("война", "ru", status="admitted")],
        ),
        Concept(
            "battle",
            terms=[Term("битва", "ru"), Term("сражение", "ru", status="admitted")],
        ),
    ]
)


def _cases(text: str, target: str) -> tuple[str, list[tuple[int, int, str]]]:
    notes: list[tuple[int, int, str]] = []
    return apply_text(text, CASES, target, "replace", notes=notes), notes


def test_a_russian_target_takes_the_case_and_number_of_the_form() -> None:
    """концлагерей (genitive plural) is not "концентрационные лагеря" (nominative plural)."""
    out, notes = _cases("Узники концлагерей, к концлагерям, под концлагерем, о концлагерях.", "ru")
    assert out == (
        "Узники концентрационных лагерей, к концентрационным лагерям, под концентрационным "
        "лагерем, о концентрационных лагерях."
    )
    assert notes == []


def test_a_ukrainian_target_and_a_ukrainian_source_take_it_too() -> None:
    assert _cases("Узники концлагерей, под концлагерем.", "uk") == (
        "Узники концентраційних таборів, под концентраційним табором.",
        [],
    )
    assert _cases("В'язні концентраційних таборів.", "ru") == (
        "В'язні концентрационных лагерей.",
        [],
    )


def test_a_form_whose_readings_give_the_target_one_form_is_written() -> None:
    """лагеря: genitive singular or nominative plural; концлагеря is both. войне, сражении:
    dative or locative (войне), битве is both."""
    assert _cases("Из лагеря, лагерей. Рад войне, в сражении.", "ru")[0] == (
        "Из концлагеря, концлагерей. Рад войне, в битве."
    )


def test_a_form_whose_readings_give_the_target_several_is_kept_and_reported() -> None:
    """войне: dative (вооружённому конфликту) or locative (вооружённом конфликте);
    концлагеря: genitive singular or nominative plural of концентрационный лагерь (no
    preposition before either to settle it)."""
    out, notes = _cases("Он рад войне.\nКонец концлагеря.", "ru")
    assert out == "Он рад войне.\nКонец концлагеря."
    assert [(line, col) for line, col, _ in notes] == [(1, 8), (2, 7)]
    assert "dative singular or locative singular" in notes[0][2]
    assert "genitive singular, nominative plural or accusative plural" in notes[1][2]


def test_a_form_in_a_case_the_target_has_no_sure_form_in_is_kept_and_reported() -> None:
    """Ukrainian табір has two datives (таборові, табору) that VESUM gives alike: not chosen."""
    out, notes = _cases("К концлагерю.", "uk")
    assert out == "К концлагерю."
    assert len(notes) == 1 and "«концентраційний табір» no one sure form" in notes[0][2]


_KZ = [  # (концлагерь's form, концентрационный лагерь in that case and number)
    ("концлагерю", "концентрационному лагерю"),
    ("концлагерем", "концентрационным лагерем"),
    ("концлагере", "концентрационном лагере"),
    ("концлагерей", "концентрационных лагерей"),
    ("концлагерям", "концентрационным лагерям"),
    ("концлагерями", "концентрационными лагерями"),
    ("концлагерях", "концентрационных лагерях"),
    ("концлагеря", "концлагеря"),  # (genitive singular or plural: kept)
]


@given(st.lists(st.sampled_from(_KZ), min_size=1, max_size=10))
@settings(max_examples=40, deadline=None)
def test_replace_keeps_each_forms_case_and_number(words: list[tuple[str, str]]) -> None:
    text = "и " + ", ".join(w for w, _ in words) + "."
    out, notes = _cases(text, "ru")
    assert out == "и " + ", ".join(e for _, e in words) + "."
    assert len(notes) == sum(w == "концлагеря" for w, _ in words)


def test_the_shipped_glossaries_give_ukrainian_targets_the_cases_of_russian_text(corpus) -> None:
    """ru-taiga with soviet-institutions.tbx, Ukrainian targets: the genitive and instrumental
    of Радянський Союз (СУМ: Радянського Союзу, Радянським Союзом) where the text has those of
    Советский Союз; "тема Октябрьской революции" (genitive, dative or locative: Жовтневої or
    Жовтневій революції) is kept and reported, "После Октябрьской революции" is the genitive
    после takes (Русская грамматика 1980: после + genitive): Жовтневої революції."""
    text = (corpus / "ru-taiga.txt").read_text(encoding="utf-8")
    g = load(shipped_path("soviet-institutions.tbx"))
    notes: list[tuple[int, int, str]] = []
    out = apply_text(text, g, "uk", "replace", notes=notes).splitlines()
    lines = text.splitlines()
    at = {i for i, line in enumerate(lines) if "без Советского Союза" in line}
    assert at and all("без Радянського Союзу" in out[i] for i in at)
    at = {i for i, line in enumerate(lines) if "с Советским Союзом" in line}
    assert at and all("Радянським Союзом" in out[i] for i in at)
    kept = [n for n in notes if "«Октябрьской революции»" in n[2]]
    assert kept and all("Октябрьской революции" in out[line - 1] for line, _, _ in kept)
    assert any("тема Октябрьской революции" in out[line - 1] for line, _, _ in kept)
    at = {i for i, line in enumerate(lines) if "После Октябрьской революции" in line}
    assert at and all("После Жовтневої революції" in out[i] for i in at)
    at = {i for i, line in enumerate(lines) if "адрес - Советский Союз." in line}
    assert at and all("адрес - Радянський Союз." in out[i] for i in at)  # (the nominative)
