"""forms46: forms that should not exist and forms guessed wrong.

- A Russian or Ukrainian noun of two hyphenated parts the dictionary does not list: pymorphy3
  guesses its lexeme again for the whole word and took a wrong one (ребёнока-индиго,
  ребёноки-индиго); each part now declines by its own dictionary reading (ребёнок: ребёнка,
  дети), a part of no declension (индиго) kept. The expected forms are Russian and Ukrainian
  grammar (дети-индиго, as Russian Wikipedia's article «Дети индиго» writes the plural).
- A German noun in -ee of no stated gender took the genitive -s (Armees): the -ee nouns of no
  listed rule are feminine (Duden: die Armee, die Idee), which take none.
- A term marked as a proper noun (TBX partOfSpeech properNoun, a CSV's pos) has its cases but
  no plural in Russian and Ukrainian either (Совнаркома, not Совнаркомы); German keeps its
  genitive (des Sownarkoms).
- glossary qa: a name misspelt beside a right spelling of it in one segment (Wlassow … Wlasow).
"""

from __future__ import annotations

import pymorphy3
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from translit.glossary import Concept, Glossary, Term, check_translation, shipped
from translit.glossary.forms import plural_forms, suffixed, term_forms
from translit.morphology import forms, numbers

# invented hyphenated nouns: the forms Russian and Ukrainian grammar give, and main's before
# forms46 (the first part declined as if it were the stem of the whole)
_INVENTED = [
        ("ребёнок-индиго", "ru", {"ребёнка-индиго", "ребёнком-индиго", "дети-индиго",
                                  "детей-индиго", "детьми-индиго"},
         {"ребёнока-индиго", "ребёноки-индиго", "ребёноков-индиго"}),
        ("ребенок-индиго", "ru", {"ребенка-индиго", "дети-индиго"}, {"ребенока-индиго"}),
        ("ребёнок-аутист", "ru", {"ребёнка-аутиста", "дети-аутисты", "детей-аутистов"},
         {"ребёнока-аутиста", "ребёноки-аутисты"}),
        ("дочь-подросток", "ru", {"дочери-подростка", "дочерью-подростком", "дочери-подростки"},
         {"дочь-подростку", "дочь-подростки"}),
        ("кресло-качалка", "ru", {"кресла-качалки", "кресел-качалок", "креслом-качалкой"},
         {"кресло-качалки", "кресло-качалок"}),
        ("мать-героиня", "ru", {"матери-героини", "матерей-героинь", "матерью-героиней"},
         {"мать-героини", "мать-героинь"}),
        ("дитина-індиго", "uk", {"дитини-індиго", "дитиною-індиго", "діти-індиго",
                                 "дітей-індиго"}, set()),
    ]  # fmt: skip

# hyphenated nouns of ../shared/corpus (file:line), each part a dictionary noun: the forms
# Russian and Ukrainian grammar give, and main's (each part but the last kept, or a plural
# noun's singular forms)
_CORPUS = [
        ("соловей-разбойник", "ru", {"соловья-разбойника", "соловьи-разбойники"},  # taiga:1050
         {"соловей-разбойника", "соловей-разбойники"}),
        ("ученый-языковед", "ru", {"ученого-языковеда", "ученые-языковеды"},  # taiga:2331
         {"ученый-языковеда", "ученый-языковеды"}),
        ("генерал-инспектор", "ru", {"генерала-инспектора", "генералы-инспекторы"},  # gsd:836
         set()),
        ("страдалица-мать", "ru", {"страдалицы-матери", "страдалиц-матерей"}, set()),  # poetry:731
        ("грусть-забота", "ru", {"грусти-заботы", "грустью-заботой"},  # poetry:200
         {"грусть-заботы", "грусть-заботой"}),
        ("маніяк-науковець", "uk", {"маніяка-науковця", "маніяки-науковці"}, set()),  # iu:1057
    ]  # fmt: skip


@pytest.mark.parametrize(("term", "lang", "right", "wrong"), _INVENTED + _CORPUS)
def test_a_hyphenated_noun_declines_its_declining_parts_by_the_dictionary(
    term: str, lang: str, right: set[str], wrong: set[str]
) -> None:
    got = set(forms(term, lang))
    assert right <= got, sorted(right - got)
    assert not wrong & got


def test_the_plural_of_a_hyphenated_noun_is_its_plural() -> None:
    plural, either = numbers("ребёнок-индиго")
    assert {"дети-индиго", "детей-индиго", "детям-индиго"} <= set(plural)
    assert "ребёнка-индиго" not in plural and "ребёнка-индиго" not in either


@pytest.mark.parametrize(
    ("term", "some"),
    [  # (controls: the dictionary lists them, or pymorphy3 read them right already)
        ("мать-одиночка", {"матери-одиночки", "матерей-одиночек"}),
        ("царь-пушка", {"царь-пушки", "царь-пушкой"}),
        ("человек-амфибия", {"человека-амфибии", "люди-амфибии"}),
    ],
)
def test_hyphenated_nouns_read_right_before_are_unchanged(term: str, some: set[str]) -> None:
    assert some <= set(forms(term))


# the nouns of the Russian dictionary an indeclinable part follows in such compounds
_FIRST = ["ребёнок", "человек", "мать", "дочь", "сын", "брат", "девочка", "мальчик", "друг"]
_FIXED = ["индиго", "кенгуру", "шоу"]


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(_FIRST), st.sampled_from(_FIXED))
def test_an_indeclinable_second_part_stays_and_the_first_is_its_own_word_form(
    first: str, fixed: str
) -> None:
    term = f"{first}-{fixed}"
    morph = pymorphy3.MorphAnalyzer(lang="ru")
    (own,) = [p for p in morph.parse(first) if p.tag.POS == "NOUN" and p.tag.case == "nomn"][:1]
    lexeme = {f.word for f in own.lexeme}
    for form in forms(term):
        head, _, tail = form.partition("-")
        assert tail == fixed, form
        assert head in lexeme, form


# -- German -ee nouns of no gender ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("term", "gender", "wrong", "right"),
    [
        ("Armee", None, "Armees", "Armee"),
        ("Rote Armee", None, "Roten Armees", "Roten Armee"),
        ("Sowjetarmee", None, "Sowjetarmees", "Sowjetarmee"),
        ("Idee", None, "Idees", "Idee"),
        ("Armee", "feminine", "Armees", "Armee"),
    ],
)
def test_a_feminine_noun_in_ee_takes_no_genitive_s(
    term: str, gender: str | None, wrong: str, right: str
) -> None:
    got = suffixed(term, "de", gender)
    assert wrong not in got and right in got


def test_the_masculine_and_neuter_ee_nouns_keep_their_genitive() -> None:
    assert "Zentralkomitees" in suffixed("Zentralkomitee", "de")  # (das Komitee, des Komitees)
    assert "Kaffees" in suffixed("Kaffee", "de")  # (der Kaffee)
    assert "Stausees" in suffixed("Stausee", "de")  # (See: either gender, as before)
    assert plural_forms(Concept("a"), Term("Armee", "de")) == ("Armeen",)


# -- proper nouns ----------------------------------------------------------------------------------


def test_a_proper_noun_has_its_cases_and_no_plural() -> None:
    c = Concept("sovnarkom", subject="state")
    ru = term_forms(c, Term("Совнарком", "ru", pos="properNoun"))
    assert {"Совнаркома", "Совнаркомом", "Совнаркоме"} <= set(ru)
    assert not {"Совнаркомы", "Совнаркомов", "Совнаркомам"} & set(ru)
    assert "Sovnarkoms" not in term_forms(c, Term("Sovnarkom", "en", pos="properNoun"))
    de = term_forms(c, Term("Sownarkom", "de", pos="properNoun", gender="masculine"))
    assert "Sownarkoms" in de and "Sownarkome" not in de  # (des Sownarkoms; no die Sownarkome)
    for t in (
        Term("Совнарком", "ru", pos="properNoun"),
        Term("Sovnarkom", "fr", pos="PROPER_NOUN"),
    ):
        assert plural_forms(c, t) == ()


def test_a_common_noun_and_the_descriptive_full_form_keep_their_plural() -> None:
    c = Concept("sovnarkom", subject="state")
    assert "Совнаркомы" in term_forms(c, Term("Совнарком", "ru"))
    full = Term("Council of People's Commissars", "en")
    assert plural_forms(c, full) == ("Councils of People's Commissars",)


# -- qa: a misspelling beside the right spelling ----------------------------------------------------


@pytest.fixture(scope="module")
def glossary() -> Glossary:
    return shipped()


def test_a_name_misspelt_beside_its_right_spelling_is_reported(glossary: Glossary) -> None:
    pair = ("Генерал Власов. Потом Власов уехал.", "General Wlassow. Dann reiste Wlasow ab.")
    (f,) = check_translation([pair], glossary, "ru", "de")
    assert (f.kind, f.concept, f.found, f.source) == ("misspelled", "vlasov", "Wlasow", "Власов")
    right = ("Генерал Власов. Потом Власов уехал.", "General Wlassow. Dann reiste Wlassow ab.")
    assert check_translation([right], glossary, "ru", "de") == []


def test_a_spelling_beside_the_right_one_copied_from_the_source_is_no_finding() -> None:
    c = Concept("v", subject="person", terms=[Term("Власов", "ru"), Term("Wlassow", "de")])
    pair = ("Власов (Wlasow)", "Wlassow (Wlasow)")
    assert check_translation([pair], Glossary([c]), "ru", "de") == []
