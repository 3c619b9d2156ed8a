"""translit/data/romanized_initials.toml (derived from the schemes by
``python -m bench.romanized_initials``) and :func:`translit.glossary.model.romanizes_to`, which
reads it to compile no romaniser for a Latin term that is no romanisation of a Cyrillic one:
the file is current, its claims hold for every scheme on random texts of every language's
alphabet, and ``romanizes_to`` answers as every romanisation compared (the rule it replaces)
on the shipped glossaries' terms."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from bench import romanized_initials
from translit._datafiles import load_toml
from translit.glossary.files import shipped
from translit.glossary.model import Term, is_cyrillic, romanizations_of, romanizers_of, romanizes_to

TABLE = load_toml("romanized_initials.toml")
LANGS = sorted(TABLE)
SPACES = " \u00a0\t\u2009"


def test_the_derived_file_is_current() -> None:
    # stale after an edit of a scheme or of alphabets.toml: run `python -m bench.romanized_initials`
    assert romanized_initials.PATH.read_text(encoding="utf-8") == romanized_initials.table()


def test_the_file_covers_the_main_languages() -> None:
    assert {"ru", "uk", "be", "bg", "kk", "ky", "mk", "sr"} <= set(LANGS)
    assert TABLE["ru"]["щ"] and not TABLE["ru"]["ъ"]  # (ъ may vanish: any letter may follow)


@st.composite
def texts(draw: st.DrawFn) -> tuple[str, str]:
    lang = draw(st.sampled_from(LANGS))
    letters = "".join(TABLE[lang])
    word = st.text(st.sampled_from(letters + letters.upper() + "-'\u0301"), max_size=6)
    words = draw(st.lists(word, min_size=1, max_size=4))
    seps = draw(st.lists(st.sampled_from(SPACES), min_size=len(words), max_size=len(words)))
    return lang, "".join(w + s for w, s in zip(words, seps, strict=True))[:-1]


@settings(max_examples=150, deadline=None)
@given(texts())
def test_every_scheme_keeps_white_space_and_starts_words_as_the_table_says(
    case: tuple[str, str],
) -> None:
    lang, text = case
    words = re.split(r"\s", text)
    for sid, romanize in romanizers_of(lang):
        out = re.split(r"\s", romanize(text).casefold())
        assert len(out) == len(words), (sid, text)
        for word, form in zip(words, out, strict=True):
            firsts = TABLE[lang].get(word[:1].lower(), "")
            assert not firsts or form[:1] in firsts, (sid, word, form)


def _cyrillic_and_latin() -> list[tuple[Term, list[Term]]]:
    out = []
    for c in shipped().concepts:
        latin = [t for t in c.terms if not is_cyrillic(t.text)]
        out += [(t, latin) for t in c.terms if is_cyrillic(t.text) and latin]
    return out


def test_romanizes_to_answers_as_every_romanisation_compared() -> None:
    pairs = _cyrillic_and_latin()
    told = 0
    for (term, latin), forms in zip(pairs, romanizations_of([t for t, _ in pairs]), strict=True):
        got = {f.casefold() for f in forms.values()}
        for form in got:  # every romanisation is one
            assert romanizes_to(term, form), (term.text, form)
        for other in latin:  # the concept's Latin terms: as before
            text = other.text.casefold()
            assert romanizes_to(term, text) == (text in got), (term.text, other.text)
            told += text in got
    assert told >= 10  # (Gosplan, Komsomol, ...: some are romanisations)
