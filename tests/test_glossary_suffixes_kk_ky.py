"""Kazakh and Kyrgyz glossary terms in running text (inflect39): no dictionary declines them,
so a term was found only in the nominative (the Kyrgyz UD corpus's "Кыргызстанда", 140 times,
"Баткен облусунун", "Россиянын" were no form of Кыргызстан, Баткен облусу, Россия). The case
suffixes of data/inflection.toml's [suffixes.kk] and [suffixes.ky] give their forms.

1. Hand cases: the grammars' own examples and rules; Kyrgyz acronyms in the corpus's sentences (Wikibooks' Handbook of Kyrgyz Grammar,
   the Apertium wiki's Kyrgyz morphology, UD's Kyrgyz Case page: Бишкек-ке; talkinkazakh.com's
   Kazakh cases), and words that are no form of the term: a derived word (Кыргызстандык, a
   Kyrgyzstani), a suffix in the other harmony's vowel, a name's plural.
2. Real sentences: ../shared/corpus/ky-ktmu.txt (UD Kyrgyz KTMU) and kk-ktb.txt (UD Kazakh
   KTB). A glossary of the places and people the Kyrgyz file names most (names.csv's and
   CLDR's spellings), each with every form of it the file holds as a word of its own (found
   with a regular expression on the term's start, each read; the numbers beside them are the
   file's counts, for the reader): every form is found, and no hit of the glossary is another
   word (Кыргызстандыктар, Кытайлык, Түркиялык, Жапарованы: derived words and another name).
"""

from __future__ import annotations

import collections
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from translit.glossary import Concept, Glossary, Term, find_terms, lookup
from translit.glossary.forms import agglutinated

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"


def glossary(terms: list[str], lang: str) -> Glossary:
    return Glossary(
        [Concept(f"c{i}", subject="place", terms=[Term(t, lang)]) for i, t in enumerate(terms)]
    )


def found(text: str, term: str, lang: str) -> list[str]:
    return [h.text for h in find_terms(text, glossary([term], lang)) if h.term.text == term]


# -- 1. hand cases ----------------------------------------------------------------------------

# (term, a form, the sentence: the rule it follows)
FORMS_KY = [
    ("Бишкек", "Бишкекке", "Мен Бишкекке бара жатам."),  # dative after к (UD: Бишкек-ке)
    ("Россия", "Россиянын", "Россиянын элчиси келди."),  # genitive after a vowel: -нын
    ("Баткен", "Баткендин", "Баткендин тургундары"),  # after a voiced consonant, front: -дин
    ("Талас", "Таластын", "Таластын жолу"),  # after a voiceless one: -тын
    ("Ош", "Ошто", "Ошто жаңы базар ачылды."),  # locative, rounded: -то
    ("Ош", "Оштогу", "Оштогу базар"),  # -догу: о, then у
    ("Ысык-Көл", "Ысык-Көлдө", "Ысык-Көлдө жамгыр жаады."),  # front rounded: -дө
    ("Кытай", "Кытайга", "Кыргызстан Кытайга жүн сатты."),  # after й: -га
    ("Баткен облусу", "Баткен облусунун", "Баткен облусунун тургундары"),  # possessive: н
    ("Баткен облусу", "Баткен облусундагы", "Баткен облусундагы мектептер"),  # -нда, then -гы
]
FORMS_KK = [
    ("Ресей", "Ресейдің", "Ресейдің астанасы"),  # genitive after й: -дің
    ("Ресей", "Ресейге", "Ресейге барды."),  # dative, front: -ге
    ("Қазақстан", "Қазақстанның", "Қазақстанның астанасы"),  # after н: -ның
    ("Қазақстан", "Қазақстаннан", "Қазақстаннан келді."),  # ablative after н: -нан
    ("Қазақстан", "Қазақстанға", "Қазақстанға келді."),  # dative, back: -ға
    ("Бишкек", "Бишкекке", "Бишкекке барды."),  # after к: -ке
    ("Алматы", "Алматыда", "Алматыда тұрады."),  # locative after a vowel: -да
    ("Сауд Арабиясы", "Сауд Арабиясына", "Сауд Арабиясына барды."),  # possessive: -на
]


@pytest.mark.parametrize(("term", "form", "text"), FORMS_KY)
def test_a_kyrgyz_term_is_found_in_its_case_forms(term: str, form: str, text: str) -> None:
    assert found(text, term, "ky") == [form]
    assert [m.concept.id for m in lookup(glossary([term], "ky"), form)] == ["c0"]


@pytest.mark.parametrize(("term", "form", "text"), FORMS_KK)
def test_a_kazakh_term_is_found_in_its_case_forms(term: str, form: str, text: str) -> None:
    assert found(text, term, "kk") == [form]
    assert [m.concept.id for m in lookup(glossary([term], "kk"), form)] == ["c0"]


@pytest.mark.parametrize(
    ("term", "text", "lang"),
    [
        ("Кыргызстан", "Кыргызстандыктар эс алат.", "ky"),  # a Kyrgyzstani: derived
        ("Кыргызстан", "Кыргызстандык спортчу", "ky"),
        ("Кытай", "Кытайлык инвестор", "ky"),
        ("Баткен", "Баткенда", "ky"),  # the other harmony's vowel
        ("Кыргызстан", "Кыргызстанде", "ky"),
        ("Кыргызстан", "Кыргызстандарда", "ky"),  # a name takes no plural
        ("Қазақстан", "Қазақстанге", "kk"),  # front suffix on a back word
        ("Бишкек", "Бишкекқа", "kk"),
    ],
)
def test_no_form_of_the_term(term: str, text: str, lang: str) -> None:
    assert found(text, term, lang) == []


def test_a_common_noun_takes_the_plural_then_a_case() -> None:
    # (a term that is no name: шаар, city; шаарлардын, of the cities, after р: -лар)
    g = Glossary([Concept("city", terms=[Term("шаар", "ky")])])
    assert [h.text for h in find_terms("Ири шаарлардын мэрлери", g)] == ["шаарлардын"]
    assert [h.how for h in find_terms("шаарлардын", g)] == ["plural"]


@pytest.mark.parametrize(
    ("term", "text", "form"),
    [  # (ky-ktmu.txt's sentences; before: none found)
        ("ЕАЭБ", "Кыргызстандын 41 ишканасы ЕАЭБдин реестрине кирди.", "ЕАЭБдин"),  # after б
        ("КМШ", "Чолпон-Атада КМШнын туризм боюнча кеңешинин", "КМШнын"),  # after ша
        ("БУУ", "Винера Раимбачаева БУУнун Балдар фондунун", "БУУнун"),  # after у
        ("ТМУ", "ТМУга мүчө мамлекеттер Чыгыш менен", "ТМУга"),
    ],
)
def test_a_kyrgyz_acronym_takes_the_suffixes_of_its_letters(
    term: str, text: str, form: str
) -> None:
    g = Glossary([Concept("a", terms=[Term(term, "ky")])])
    assert [(h.text, h.how) for h in find_terms(text, g)] == [(form, "inflected")]


def test_a_kyrgyz_acronym_in_lower_case_or_another_harmony_is_none() -> None:
    g = Glossary([Concept("a", terms=[Term("БУУ", "ky")])])
    assert find_terms("буунун", g) == []  # (an acronym never in all lower case)
    assert find_terms("БУУнин", g) == []


@given(st.text(alphabet="абвгдеёжзийклмнңопрстуүфхцчшыэюяө", min_size=2, max_size=9))
def test_every_form_keeps_the_term_as_written(word: str) -> None:
    # (agglutinative: a suffix after the word as written, the words before the last unchanged)
    for lang in ("ky", "kk"):
        every, plural = agglutinated("Чүй " + word, lang)
        assert every[0] == "Чүй " + word
        assert all(f.startswith("Чүй " + word) for f in every)
        assert set(plural) <= set(every)


# -- 2. real sentences ------------------------------------------------------------------------

KY = {
    "Кыргызстан": {
        "Кыргызстанда": 140,
        "Кыргызстан": 67,
        "Кыргызстандын": 56,
        "Кыргызстанга": 16,
        "Кыргызстандан": 12,
        "Кыргызстандагы": 5,
        "Кыргызстанды": 1,
    },
    "Баткен": {"Баткенде": 22, "Баткен": 16, "Баткендин": 3, "Баткендеги": 1},
    "Ысык-Көл": {
        "Ысык-Көлдө": 17,
        "Ысык-Көл": 17,
        "Ысык-Көлдүн": 4,
        "Ысык-Көлгө": 4,
        "Ысык-Көлдөгү": 3,
        "Ысык-Көлдөн": 1,
    },
    "Жалал-Абад": {"Жалал-Абад": 22, "Жалал-Абадда": 13, "Жалал-Абаддын": 3, "Жалал-Абаддагы": 1},
    "Нарын": {"Нарын": 15, "Нарында": 6},
    "Талас": {"Талас": 6, "Таласта": 3, "Таластагы": 2, "Таластын": 1},
    "Ош": {"Ош": 53, "Ошто": 16, "Оштогу": 8, "Оштун": 1},
    "Россия": {"Россиянын": 6, "Россия": 5, "Россияга": 5, "Россиядан": 1},
    "Кытай": {"Кытай": 9, "Кытайга": 5, "Кытайдын": 2, "Кытайда": 1},
    "Өзбекстан": {"Өзбекстан": 10, "Өзбекстандын": 3, "Өзбекстанда": 3, "Өзбекстанга": 2},
    "Түркия": {"Түркиянын": 4, "Түркиядагы": 1, "Түркияда": 1, "Түркия": 1},
    "Садыр Жапаров": {"Садыр Жапаров": 7, "Садыр Жапаровдун": 2},
    "Баткен облусу": {
        "Баткен облусунун": 8,
        "Баткен облусундагы": 2,
        "Баткен облусунда": 2,
        "Баткен облусуна": 1,
    },
    "Жалал-Абад облусу": {
        "Жалал-Абад облусунун": 7,
        "Жалал-Абад облусуна": 3,
        "Жалал-Абад облусунда": 1,
    },
    "Ысык-Көл облусу": {
        "Ысык-Көл облусунун": 4,
        "Ысык-Көл облусуна": 3,
        "Ысык-Көл облусунда": 2,
        "Ысык-Көл облусу": 1,
    },
    "Чүй облусу": {
        "Чүй облусунда": 6,
        "Чүй облусунун": 1,
        "Чүй облусуна": 1,
        "Чүй облусундагы": 1,
    },
    "Ош облусу": {
        "Ош облусунда": 6,
        "Ош облусундагы": 2,
        "Ош облусуна": 1,
        "Ош облусу": 1,
        "Ош облусунун": 1,
    },
}
#: the occurrences of KY in the file (before the suffixes: 185 found, 427 missed)
FOUND_KY = 612
KK = {"Сауд Арабиясы": {"Сауд Арабиясының": 1}, "Лондон": {"Лондонның": 1}}


def truth(terms: dict[str, dict[str, int]], text: str) -> dict[str, dict[str, int]]:
    """How often each form of ``terms`` stands in ``text`` as words of its own (as written: a
    name has its capital), not inside a longer term's form (Баткен in Баткен облусунун)."""
    every = [f for forms in terms.values() for f in forms]

    def count(form: str) -> int:
        return len(re.findall(rf"(?<![\w-]){re.escape(form)}(?![\w-])", text))

    out: dict[str, dict[str, int]] = {}
    for term, forms in terms.items():
        out[term] = {}
        for form in forms:
            longer = [o for o in every if o != form and re.match(rf"{re.escape(form)} ", o)]
            out[term][form] = count(form) - sum(count(o) for o in longer)
    return out


def score(terms: dict[str, dict[str, int]], lang: str, path: Path) -> tuple[int, int, list[str]]:
    """(found, missed, the false matches and misses) of ``terms`` over the lines of ``path``."""
    lines = path.read_text(encoding="utf-8").splitlines()
    g = glossary(list(terms), lang)
    want = truth(terms, "\n".join(lines))
    got: collections.Counter[tuple[str, str]] = collections.Counter()
    notes = []
    for line in lines:
        for hit in find_terms(line, g):
            if hit.text in want[hit.term.text]:
                got[hit.term.text, hit.text] += 1
            else:
                notes.append(f"false {hit.term.text}: {hit.text!r} in {line[:80]!r}")
    n_found = n_missed = 0
    for term, forms in want.items():
        for form, n in forms.items():
            k = min(n, got[term, form])
            n_found, n_missed = n_found + k, n_missed + n - k
            if n > k:
                notes.append(f"miss {term}: {form!r} {n - k}/{n}")
    return n_found, n_missed, notes


@pytest.mark.skipif(not (CORPUS / "ky-ktmu.txt").exists(), reason="../shared/corpus absent")
def test_kyrgyz_corpus_terms_in_every_case_and_nothing_else() -> None:
    n_found, n_missed, notes = score(KY, "ky", CORPUS / "ky-ktmu.txt")
    assert (n_found, n_missed, notes) == (FOUND_KY, 0, [])


@pytest.mark.skipif(not (CORPUS / "kk-ktb.txt").exists(), reason="../shared/corpus absent")
def test_kazakh_corpus_terms() -> None:
    assert score(KK, "kk", CORPUS / "kk-ktb.txt") == (2, 0, [])
