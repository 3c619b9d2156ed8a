"""Glossary apply declines a term whose forms no lexeme files (Filing.unfiled, and the terms of
data/inflection.toml's endings: German, French, English, Belarusian…) only when a text holds a
word of the start every first word of its forms keeps (forms.stable_start): the matcher's
hits are those of a matcher that declines every such term up front.

The proof is the first test: every form of every term of the shipped glossaries and
glossaries/names.csv (and of the size benchmark's glossary, made of ../shared corpus words)
starts its first word as its term's start says. The others hold the lazy matcher to the eager
one on texts made of those forms and of UD sentences."""

from __future__ import annotations

import functools
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from translit.glossary import Concept, Glossary, Term, apply_text, find_terms, shipped
from translit.glossary import apply as apply_module
from translit.glossary.apply import Matcher, match_core
from translit.glossary.forms import derived_forms, stable_start, word_starts


@functools.cache
def _shipped() -> Glossary:
    return shipped()


@functools.cache
def _eager_glossary() -> Glossary:
    """The shipped glossaries whose matchers (find_terms' and apply_text's) declined every
    term up front (no term has a start), as before: whatever a text reaches, their hits are
    those of every form."""
    g = _shipped().merge(Glossary())
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(apply_module, "stable_start", lambda word: "")
        find_terms("x", g)
        apply_text("x", g, "de")
    return g


def _checked(g: Glossary) -> tuple[int, int]:
    """(forms checked, terms waiting): every form of every term waiting under a start in a new
    matcher of ``g`` has a first word of that start."""
    m = Matcher(g)
    forms = waiting = 0
    for start, places in m._starts.items():
        for pos in places:
            c, t = m._terms[pos]
            waiting += 1
            every, plural, either = derived_forms(c, t)
            for form in {*every, *plural, *either}:
                first = match_core(form).partition(" ")[0]
                assert word_starts(first, (len(start),)) == [start], (c.id, t.text, form, start)
                forms += 1
    return forms, waiting


def test_every_form_of_a_waiting_shipped_term_keeps_its_start() -> None:
    """The shipped glossaries with names.csv: 11,128 terms wait (of 12,889 the matcher
    declined up front before; 23,225 forms), none of whose forms would be missed."""
    forms, waiting = _checked(_shipped())
    assert waiting > 10_000 and forms > 20_000, (forms, waiting)


def test_every_form_of_a_waiting_term_of_corpus_words_keeps_its_start() -> None:
    """The size benchmark's glossary (words of ../shared's corpus: shared words, agreeing
    adjectives, genitives, people, acronyms)."""
    from bench.glossary_sizes import build

    forms, waiting = _checked(build(1500, seed=46))
    assert waiting > 3_000 and forms > 7_000, (forms, waiting)  # (3,728 and 8,802)


def test_a_hyphenated_term_whose_first_part_the_dictionary_knows_has_no_start() -> None:
    """Человек-амфибия has the form Люди-амфибии, Лев-Толстой Львом-Толстым: declined up
    front; a guessed word keeps its start, a short one has none."""
    g = Glossary([Concept("a", terms=[Term("Человек-амфибия", "ru")]),
                  Concept("b", terms=[Term("Тхіть", "uk")]),
                  Concept("c", terms=[Term("Globalisierungsgegner", "de")]),
                  Concept("d", terms=[Term("Rat", "de")])])  # fmt: skip
    m = Matcher(g)
    assert {t.text: s for s, ps in m._starts.items() for p in ps for t in [m._terms[p][1]]} == {
        "Тхіть": "т",
        "Globalisierungsgegner": "glob",
    }
    assert [h.text for h in find_terms("О людях-амфибиях и Räten.", g)] == [
        "людях-амфибиях",
        "Räten",
    ]


@pytest.mark.parametrize(
    ("word", "start"),
    [("besserungsarbeitslager", "bess"), ("läger", "l"), ("ежонок", "еж"), ("тхіть", "т"),
     ("rat", ""), ("ёлка", ""), ("", "")],
)  # fmt: skip
def test_stable_start(word: str, start: str) -> None:
    assert stable_start(word) == start
    if start:  # (a word starts with its own start)
        assert word_starts(word, (len(start),)) == [start]


@functools.cache
def _forms() -> list[str]:
    """Every form of every shipped term, in a fixed order."""
    g = _shipped()
    got = {f for c in g.concepts for t in c.terms for f in derived_forms(c, t)[0]}
    return sorted(got)


def _hits(g: Glossary, text: str) -> list[tuple[int, int, str, str, str]]:
    return [(h.start, h.end, h.concept.id, h.term.text, h.how) for h in find_terms(text, g)]


@functools.cache
def _ud_lines() -> list[str]:
    from conftest import corpus_files

    lines: list[str] = []
    for pattern in ("ru-gsd.txt", "uk-iu.txt", "be-hse.txt", "bg-btb.txt"):
        for path in corpus_files(pattern):
            got = [x for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
            lines += random.Random(pattern).sample(got, min(40, len(got)))
    return lines


@settings(max_examples=25, deadline=None)
@given(st.lists(st.integers(0, 10**9), min_size=1, max_size=6), st.integers(0, 10**9))
def test_a_lazy_matcher_finds_what_an_eager_one_finds(picks: list[int], line: int) -> None:
    """Texts of shipped forms (in any case) among UD words, matched in turn by one new
    matcher: the hits and replacements of a matcher that declines every term up front."""
    forms, lines = _forms(), _ud_lines() or ["Это текст без терминов."]
    rnd = random.Random(line)
    texts = []
    for k in picks:
        words = lines[(line + k) % len(lines)].split()
        form = forms[k % len(forms)]
        form = rnd.choice([form, form.upper(), form.lower()])
        at = rnd.randrange(len(words) + 1)
        texts.append(" ".join([*words[:at], form, *words[at:]]))
    lazy = _shipped().merge(Glossary())  # (a new glossary: its own matchers)
    eager = _eager_glossary()
    want = [(_hits(eager, t), apply_text(t, eager, "de")) for t in texts]
    got = [(_hits(lazy, t), apply_text(t, lazy, "de")) for t in texts]
    assert got == want
