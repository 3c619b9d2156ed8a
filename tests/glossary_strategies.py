"""Hypothesis strategies for glossaries, the one copy the round-trip properties draw from:
test_glossary_round_trips.py (a format loses nothing it does not say) and
test_glossary_fidelity.py (what a full format holds comes back the same). Each builds its own
glossaries from these pieces, as its claim allows (empty fields, rich terms, odd ids)."""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

from translit.glossary.model import Concept, Term

#: the languages of terms: Cyrillic and Latin ones, tags with a region among them
LANG = st.sampled_from(["ru", "uk", "be", "de-AT", "de", "fr-CA", "en"])
#: a term's or a field's text: what UTF-8 writes but surrogates, controls, ``|`` and the BOM,
#: no white space at either end
WORD = st.text(
    st.characters(codec="utf-8", exclude_categories=("Cs", "Cc"), exclude_characters="|\ufeff"),
    min_size=1,
    max_size=10,
).filter(lambda s: s.strip() == s)
#: one part of a field: a word, or two lines
PART = st.one_of(WORD, st.builds(lambda a, b: f"{a}\n{b}", WORD, WORD))
#: the languages of a pair (a PO file's, the bilingual layout's row): source, target
PAIR = ("uk", "fr-CA")


def terms(**fields: Any) -> st.SearchStrategy[Term]:
    """A term of a :data:`WORD` in a :data:`LANG`, its other ``fields`` drawn from theirs."""
    return st.builds(Term, text=WORD, lang=LANG, **fields)


def pair_terms() -> st.SearchStrategy[list[Term]]:
    """A source and a target term in the :data:`PAIR` languages."""
    return st.builds(lambda a, b: [Term(a, PAIR[0]), Term(b, PAIR[1])], WORD, WORD)


def grouped(cid: str, raw: list[Term]) -> Concept:
    """A concept of the ``raw`` terms grouped by language, the languages in their first order
    (as a file groups them: a TBX langSec, a table's columns)."""
    order = list(dict.fromkeys(t.lang for t in raw))
    return Concept(cid, terms=sorted(raw, key=lambda t: order.index(t.lang)))
