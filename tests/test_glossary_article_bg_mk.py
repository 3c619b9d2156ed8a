"""Bulgarian and Macedonian glossary terms with the definite article (inflect39): the article is
joined to a term's first word (Народно събрание → Народното събрание, Европейски съюз →
Европейския съюз), and a term was found only without it. data/inflection.toml's [article.bg]
and [article.mk] give those forms (the academies' grammars: see the file).

1. Real sentences: ../shared/corpus/bg-btb.txt (UD Bulgarian BTB), each read; and the
   Macedonian grammar's forms. Words that are no form: a person's name takes no article, an
   adjective alone is not its term.
2. The corpus: terms of Bulgarian institutions as bgwiki titles them (Народно събрание,
   Министерски съвет, Европейска комисия, …), every hit over bg-btb.txt: before the article,
   12 (the forms without it); after, 42, each one of the forms below (read in its sentence).
"""

from __future__ import annotations

import collections
from pathlib import Path

import pytest

from translit.glossary import Concept, Glossary, Term, find_terms, lookup

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"


def glossary(terms: list[str], lang: str, subject: str | None = None) -> Glossary:
    return Glossary(
        [Concept(f"c{i}", subject=subject, terms=[Term(t, lang)]) for i, t in enumerate(terms)]
    )


@pytest.mark.parametrize(
    ("term", "text", "form"),
    [
        (
            "Народно събрание",
            "Гостът се разписа в Почетната книга на Народното събрание.",
            "Народното събрание",
        ),  # neuter adjective: -то
        (
            "Европейски съюз",
            "Известна е политиката на Европейския съюз за затварянето",
            "Европейския съюз",
        ),  # masculine adjective, short: -ия
        (
            "Министерство на отбраната",
            "гражданските лица от Министерството на отбраната и",
            "Министерството на отбраната",
        ),  # neuter noun: -то
        (
            "Европейска комисия",
            "- Да, очаквам Европейската комисия да даде такова заключение.",
            "Европейската комисия",
        ),  # feminine adjective: -та
        (
            "Министерски съвет",
            "Министерският съвет се състои от министър-председател",
            "Министерският съвет",
        ),  # masculine adjective, full: -ият
        (
            "Ватикан",
            "поведението на българския патриарх Максим спрямо Ватикана като",
            "Ватикана",
        ),  # masculine noun in a consonant, short: -а
    ],
)
def test_a_bulgarian_term_is_found_with_its_article(term: str, text: str, form: str) -> None:
    g = glossary([term], "bg")
    assert [(h.text, h.how) for h in find_terms(text, g)] == [(form, "inflected")]
    assert [m.concept.id for m in lookup(g, form)] == ["c0"]


@pytest.mark.parametrize(
    ("term", "form"),
    [
        ("Собрание", "Собранието"),  # -то after -е
        ("Влада", "Владата"),  # -та after -а
        ("Европски парламент", "Европскиот парламент"),  # an adjective's -и: -от
        ("парламент", "парламентот"),  # -от after a consonant
    ],
)
def test_a_macedonian_term_is_found_with_its_article(term: str, form: str) -> None:
    g = glossary([term], "mk")
    assert [(h.text, h.how) for h in find_terms(f"Според {form} денес.", g)] == [
        (form, "inflected")
    ]


def test_no_article_on_a_person_s_name_nor_a_word_alone() -> None:
    person = glossary(["Петър Стоянов"], "bg", subject="person")
    assert find_terms("Петъра Стоянов", person) == []
    assert find_terms("политиката на Европейския", glossary(["Европейски съюз"], "bg")) == []


BG = [
    "Народно събрание",
    "Министерски съвет",
    "Конституционен съд",
    "Европейски парламент",
    "Европейска комисия",
    "Министерство на отбраната",
    "Министерство на финансите",
    "Европейски съюз",
    "Световна банка",
    "Сметна палата",
]
# (term, form as it stands) → hits: the forms without the article were found before too
BG_HITS = {
    ("Народно събрание", "Народното събрание"): 13,
    ("Народно събрание", "Народно събрание"): 6,
    ("Народно събрание", "НАРОДНО СЪБРАНИЕ"): 1,
    ("Европейска комисия", "Европейската комисия"): 6,
    ("Европейски съюз", "Европейския съюз"): 4,
    ("Министерски съвет", "Министерски съвет"): 3,
    ("Министерски съвет", "Министерския съвет"): 2,
    ("Министерски съвет", "Министерският съвет"): 2,
    ("Министерство на отбраната", "Министерството на отбраната"): 3,
    ("Министерство на отбраната", "Министерство на отбраната"): 1,
    ("Конституционен съд", "Конституционен съд"): 1,
}


@pytest.mark.skipif(not (CORPUS / "bg-btb.txt").exists(), reason="../shared/corpus absent")
def test_bulgarian_institutions_in_the_corpus() -> None:
    g = glossary(BG, "bg")
    got: collections.Counter[tuple[str, str]] = collections.Counter()
    for line in (CORPUS / "bg-btb.txt").read_text(encoding="utf-8").splitlines():
        for h in find_terms(line, g, romanized=False, name_keys=False):
            got[h.term.text, h.text] += 1
    assert dict(got) == BG_HITS
