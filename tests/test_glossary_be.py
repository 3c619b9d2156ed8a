"""Belarusian glossary terms in running text (glossary32): no dictionary of Belarusian exists
for pymorphy3, so a term matched only as written ("Чырвоная армія" not in "Чырвонай арміі").
The case endings of data/inflection.toml's [declension.be] (Беларуская граматыка, 1985) give
its forms.

1. Hand cases: forms of the grammar's paradigms (the declensions of the noun and the
   adjective), and words that are no form of the term.
2. Real sentences: ../shared/corpus/be-hse.txt (UD Belarusian HSE). A small glossary of nouns
   and adjective + noun terms the corpus holds in several cases, each written as a glossary
   writes it (nominative singular). Each term lists every form of it the corpus holds (found
   with grep, each read in its sentence; forms whose letters mix in a Latin i, as "бяспекi",
   are the corpus's and left out); how often each stands there as a word of its own, in any
   case, is counted from the corpus (the numbers beside them are those counts, for the
   reader). A form inside a longer term of the glossary (вайны in Вялікай Айчыннай вайны) is
   that term's. CALIBRATION terms were looked at while the ending table was written;
   HELD_OUT terms were not. The sets and their scoring are bench/glossary_be.py's, which
   prints the scores and each miss (``python -m bench.glossary_be``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.glossary_be import CALIBRATION, HELD_OUT, glossary, score
from translit.glossary import Concept, Glossary, Term, find_terms

# -- 1. hand cases ----------------------------------------------------------------------------

# (term, a form of it: the grammar's paradigms; I declension -ія, -ка (к → ц), III declension
# with the doubled consonant, II declension д → дз, adjective -ая and -і agreeing)
FORMS = [
    ("Чырвоная армія", "Чырвонай арміі"),  # genitive
    ("Чырвоная армія", "Чырвоную армію"),  # accusative
    ("Чырвоная армія", "Чырвонай арміяй"),  # instrumental
    ("сельская гаспадарка", "сельскай гаспадарцы"),  # dative, locative: к → ц
    ("сельская гаспадарка", "сельскай гаспадаркай"),  # instrumental
    ("Беларусь", "Беларусі"),  # genitive
    ("Беларусь", "Беларуссю"),  # instrumental: the consonant doubled
    ("горад", "горадзе"),  # locative: д → дз
    ("Еўрапейскі саюз", "Еўрапейскага саюза"),  # genitive, -і after к
    ("Еўрапейскі саюз", "Еўрапейскім саюзам"),  # instrumental
    ("вайна", "вайной"),  # instrumental, stressed ending
    ("Вялікае Княства", "Вялікім Княстве"),  # neuter, locative
    ("Рэспубліка Беларусь", "Рэспублікі Беларусь"),  # the noun after the head stays
]


@pytest.mark.parametrize(("term", "form"), FORMS)
def test_a_belarusian_term_is_found_in_its_case_forms(term: str, form: str) -> None:
    g = glossary({term: {}})
    hits = find_terms(f"Пра {form} пісалі.", g)
    assert [(h.text, h.how) for h in hits] == [(form, "inflected")]


@pytest.mark.parametrize(
    ("term", "text"),
    [
        ("армія", "армейскі"),  # another word of the same root
        ("краіна", "краінскай"),
        ("Беларусь", "беларускі"),
        ("Рэспубліка Беларусь", "Рэспублікай Беларусі"),  # the apposition does not decline
    ],
)
def test_a_word_that_is_no_form_of_the_term_is_not_found(term: str, text: str) -> None:
    assert find_terms(f"Пра {text} пісалі.", glossary({term: {}})) == []


@pytest.mark.parametrize(
    ("term", "text", "form"),
    [  # (be-hse.txt's sentences; before: none found, the -ы of a plural noun had no rule)
        ("Курапаты", "Знайшлі звесткі пра расстралянага ў Курапатах Мардыхая", "Курапатах"),
        ("Курапаты", "А каму крычыць з Курапатаў кроў?", "Курапатаў"),
        ("Баранавічы", "блогера фермера з-пад Баранавічаў і яго барацьбу", "Баранавічаў"),
        ("Баранавічы", "за 29 км на паўднёвы ўсход ад Баранавіч, за 12 км", "Баранавіч"),
    ],
)
def test_a_place_named_in_the_plural_is_found_in_its_cases(term: str, text: str, form: str) -> None:
    g = Glossary([Concept("p", subject="place", terms=[Term(term, "be")])])
    assert [(h.text, h.how) for h in find_terms(text, g)] == [(form, "inflected")]


def test_a_bare_genitive_plural_only_of_a_town_in_ichy() -> None:
    # (выбар, a choice, is no form of выбары, elections: their genitive is выбараў)
    g = glossary({"выбары": {}})
    assert find_terms("Гэта мой выбар.", g) == []
    assert [h.text for h in find_terms("Пасля выбараў.", g)] == ["выбараў"]


def test_glossary_lookup_and_apply_read_a_belarusian_case_form(tmp_path: Path) -> None:
    # lookup said "no concept of the glossary (1 concept) matches", exit 1
    from click.testing import CliRunner

    from translit.cli import cli

    g = tmp_path / "g.csv"
    g.write_text("id,be,en\nred-army,Чырвоная армія,Red Army\n", encoding="utf-8")
    r = CliRunner().invoke(cli, ["glossary", "lookup", "Чырвонай арміі", "-g", str(g)])
    assert (r.exit_code, r.stdout) == (0, "red-army\tinflected\tЧырвоная армія (be)\n")
    r = CliRunner().invoke(
        cli,
        ["glossary", "apply", "-g", str(g), "--target", "en"],
        input="Гісторыя Чырвонай арміі.\n",
    )
    assert (r.exit_code, r.stdout) == (0, "Гісторыя Red Army.\n")


# -- 2. real sentences ------------------------------------------------------------------------


@pytest.mark.parametrize("terms", [CALIBRATION, HELD_OUT], ids=["calibration", "held-out"])
def test_belarusian_terms_in_the_corpus(corpus: Path, terms: dict[str, dict[str, int]]) -> None:
    # before the table: calibration 27 of 90 occurrences found, held-out 184 of 356 (exact
    # matches only); after: every one; one false match (Мінскі, an adjective, read as the
    # plural of Мінск: a glossary that says Мінск is a place gives it no plural)
    lines = (corpus / "be-hse.txt").read_text(encoding="utf-8").splitlines()
    found, missed, false, notes = score(terms, lines)
    assert found > 0
    assert missed == 0, notes
    assert false <= (1 if terms is CALIBRATION else 0), notes
