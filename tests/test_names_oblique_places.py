"""A listed place of one word in an oblique case in a Ukrainian line prints what its nominative
prints (names44: conventions.toml ``[oblique.uk] places``): у Києві → u Kyjiw for German readers,
as Київ → Kyjiw. The lines are UD Ukrainian-IU's (/work/shared/corpus/uk-iu.txt, cut to the
phrase), the expected forms names.csv's rows (Wikipedia titles) and source_forms.toml's Kyjiw.
"""

from __future__ import annotations

import pytest
from conftest import lone_places
from hypothesis import given, settings
from hypothesis import strategies as st

import translit
from translit.morphology import forms, is_adjective


@pytest.mark.parametrize(
    "line, target, want, not_wanted",
    [
        # uk-iu.txt 617, 403, 1371, 282, 1255 (cut): the row's form, Kyjiw for German readers
        ("перебуваючи в Києві, я", "de", "Kyjiw,", "Kyjewi,"),
        ("перебуваючи в Києві, я", "en", "Kyiv,", "Kyievi,"),
        ("фрилансер зі Львова.", "de", "Lwiw.", "Lwowa."),
        ("культурологині з Харкова, відкривши", "fr", "Kharkiv,", "Kharkova,"),
        ("серпня у Львові має", "en", "Lviv", "Lvovi"),
        ("році влада Житомира заявила", "de", "Schytomyr", "Schytomyra"),
        ("з Києва", "de", "Kyjiw", "Kyjewa"),
        ("до Харкова", "de", "Charkiw", "Charkowa"),
        ("у Львові", "de", "Lwiw", "Lwowi"),
    ],
)
def test_a_place_in_a_case_prints_its_form(
    line: str, target: str, want: str, not_wanted: str
) -> None:
    words = translit.romanize(line, lang="uk", target=target).split()
    assert want in words and not_wanted not in words, words


@pytest.mark.parametrize(
    "line, kept",
    [
        # uk-iu.txt 1304: a surname after a given name in a case (Йосип Неман), not the river
        ("професора ХАІ Йосипа Немана в", "Nemana"),
        # uk-iu.txt 1410: the town Станиця Луганська, not Luhansk's genitive
        ("2014, Станиця Луганська, Луганська область", "Luhanska,"),
        # uk-iu.txt 337: the oblast's adjective, not the city's genitive
        ("Дністра (Львівська, Івано-Франківська області)", "Iwano-Frankiwska"),
        # a place's spelling in the place of a surname (Георгій Львов)
        ("Георгій Львов", "Lwow"),
    ],
)
def test_no_place_where_the_word_is_none(line: str, kept: str) -> None:
    assert kept in translit.romanize(line, lang="uk", target="de").split()


def test_russian_keeps_the_phrase_rule() -> None:
    # README, "Phrases": a Russian line's inflected place is transcribed (decision kept)
    assert translit.romanize("в Киеве", lang="ru", target="de") == "w Kijewe"


def _places() -> tuple[tuple[str, str, str], ...]:
    """(Ukrainian spelling, en form, de form) of names.csv's one-word places spelled in
    Ukrainian whose spelling no other row shares, not one declined as an adjective (Берегове:
    its cases are a surname's too, Берегового, which the persons' rule reads, Beregovoy)."""
    return tuple(
        (name, row["en"].split("|")[0], (row["de"] or "").split("|")[0])
        for name, row in lone_places("uk")
        if not is_adjective(name, "uk")
    )


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(_places()), st.integers(min_value=1, max_value=5))
def test_any_case_of_a_listed_place(place: tuple[str, str, str], case: int) -> None:
    """A listed place in an oblique case the dictionary gives it, after a preposition, prints its
    row's en form or, where the rule does not read it (an adjective's form too, a plural name
    whose lexeme the dictionary gives otherwise), the line's letters: never another name."""
    name, en, _ = place
    declined = forms(name, "uk", hint="place", plural=False)
    said = declined[min(case, len(declined) - 1)]
    got = translit.romanize(f"про {said}", lang="uk", target="en")
    letters = translit.romanize(f"про {said}", lang="uk", scheme="wikipedia")
    assert got in (f"pro {en}", letters), (said, got, letters)
