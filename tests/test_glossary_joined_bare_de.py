"""German glossary number: adjectives joined by und, oder, sowie or commas, and a weak noun's
-n form with no determiner (de28).

Expected values are typed from Duden, Die Grammatik (vol. 4): "Die Flexion des Adjektivs"
(coordinated attributive adjectives decline alike: des sowjetischen und russischen Gulags is a
genitive singular, die großen, sowjetischen Gulags a plural; with no determiner the strong
declension, whose dative singular masculine is -em and dative plural -en: mit ehemaligen
Kommunisten is a plural); "Der Artikel" (a count noun in the singular takes a determiner: a
weak noun's -en form with none, er sah Kommunisten, mit Russen, is its plural); "Die
Apposition" (ihn als Kommunisten: the apposition takes its noun's case, a singular); the
demonstrative pronoun der, die, das (Dem gaben Kommunisten Geld: dem a pronoun, gaben the
verb, Kommunisten a plural; Dem verhafteten Kommunisten: the article, a singular; the two
spelled alike). The sentences are written for this test. Russian targets' nominative plurals
(коммунисты, партизаны, солдаты, лагеря) are Русская грамматика's (1980); the article
fitting's forms are articles.toml's (Duden's paradigms).
"""

from __future__ import annotations

import pytest
from conftest import german_terms_of_two_genders
from hypothesis import given
from hypothesis import strategies as st

from translit.glossary import Concept, Glossary, Term
from translit.glossary.apply import EITHER, apply_text, find_terms
from translit.glossary.forms import ADJECTIVES_MOST, adjective_ending, adjective_run

GLOSSARY = Glossary(
    [
        Concept("gulag", terms=[Term("Gulag", "de", gender="masculine"), Term("лагерь", "ru")]),
        Concept(
            "communist",
            terms=[Term("Kommunist", "de", gender="masculine"), Term("коммунист", "ru")],
        ),
        Concept(
            "partisan",
            terms=[Term("Partisan", "de", gender="masculine"), Term("партизан", "ru")],
        ),
        Concept("soldier", terms=[Term("Soldat", "de", gender="masculine"), Term("солдат", "ru")]),
        Concept("russian", terms=[Term("Russe", "de"), Term("русский", "ru")]),
    ]
)


def _how(text: str, word: str) -> str:
    return next(h.how for h in find_terms(text, GLOSSARY) if h.text == word)


@pytest.mark.parametrize(
    ("text", "word", "how"),
    [
        ("Opfer des sowjetischen und russischen Gulags", "Gulags", "inflected"),
        ("Opfer des sowjetischen oder russischen Gulags", "Gulags", "inflected"),
        ("Opfer des alten, großen und sowjetischen Gulags", "Gulags", "inflected"),
        ("die großen, sowjetischen Gulags", "Gulags", "plural"),
        ("in den alten sowie neuen Gulags", "Gulags", "plural"),
        ("die Zahl der großen und kleinen Gulags", "Gulags", "plural"),
        ("eines ehemaligen und verhafteten Kommunisten", "Kommunisten", "inflected"),
        ("die ehemaligen, verhafteten Kommunisten", "Kommunisten", "plural"),
        ("zwei große und kleine Gulags", "Gulags", "plural"),
        # (und after a noun joins no adjectives: des is Lagers' determiner)
        ("des Lagers und sowjetischen Gulags", "Gulags", EITHER),
    ],
)
def test_adjectives_joined_by_und_or_commas_are_read_past(text: str, word: str, how: str) -> None:
    assert _how(text, word) == how


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Er sah Kommunisten.", "Kommunisten"),
        ("In Moskau wurden Kommunisten verhaftet.", "Kommunisten"),
        ("Damals halfen uns Partisanen.", "Partisanen"),
        ("Sie sprach mit Russen.", "Russen"),
        ("Das Dorf wurde von Partisanen befreit.", "Partisanen"),
        ("Es gab dort Soldaten.", "Soldaten"),
        ("Im Lager saßen auch Kommunisten.", "Kommunisten"),
        ("Sie kämpfte gegen Russen.", "Russen"),
        ("Briefe an Soldaten", "Soldaten"),
        ("Ja. Kommunisten kamen nicht.", "Kommunisten"),
        ("ein Gespräch mit ehemaligen Kommunisten", "Kommunisten"),
        ("Er arbeitete bei jungen Soldaten.", "Soldaten"),
        # (a sentence's first word, then the verb in second place: Duden, "Die Stellung des
        # finiten Verbs", the declarative sentence's second place)
        ("Ja. Gestern kamen Russen ins Dorf.", "Russen"),
        ("Er kam. Überall standen Soldaten.", "Soldaten"),
    ],
)
def test_a_weak_noun_s_n_form_with_no_determiner_is_a_plural(text: str, word: str) -> None:
    assert _how(text, word) == "plural"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Man verhaftete ihn als Kommunisten.", "Kommunisten"),  # (an apposition: accusative)
        ("des Sozialisten und Kommunisten", "Kommunisten"),  # (one determiner for both)
        ("Stalins Kommunisten", "Kommunisten"),  # (a name's genitive for the determiner)
        ("Er traf einen Kommunisten.", "Kommunisten"),
        ("der Genosse, dessen Soldaten", "Soldaten"),
        ("Kommunisten kamen nicht.", "Kommunisten"),  # (a line's start: a wrapped sentence)
        ("Dem gaben Kommunisten Geld.", "Kommunisten"),  # (pronoun and verb, or article and
        ("Dem verhafteten Kommunisten gab man Geld.", "Kommunisten"),  # adjective: spelled alike)
        ("Er kämpfte für jungen Soldaten.", "Soldaten"),  # (für: the accusative, -en singular)
        ("Ja. Für jungen Soldaten.", "Soldaten"),
        ("Ja. Stalins alten Soldaten", "Soldaten"),  # (Stalins for the determiner)
        ("Ja. Als jungen Kommunisten", "Kommunisten"),
        ("Nun. Dem Lenin treuen Kommunisten", "Kommunisten"),  # (Lenin is no sentence's first)
        # (a line's first sentence: its first word may be a wrapped sentence's middle)
        ("Gestern kamen Russen ins Dorf.", "Russen"),
    ],
)
def test_a_form_of_either_number_stays_so(text: str, word: str) -> None:
    assert _how(text, word) == EITHER


def test_dem_gaben_is_no_singular() -> None:
    """It was read as "dem + adjective": the singular коммунист written in a plural's place."""
    notes: list[tuple[int, int, str]] = []
    out = apply_text("Dem gaben Kommunisten Geld.", GLOSSARY, "ru", "replace", notes=notes)
    assert out == "Dem gaben Kommunisten Geld."
    assert len(notes) == 1 and "singular in one reading and plural in another" in notes[0][2]
    assert _how("Nun: dem verhafteten Kommunisten", "Kommunisten") == "inflected"


@pytest.mark.parametrize(
    ("text", "ru"),
    [
        (
            "Opfer des sowjetischen und russischen Gulags",
            "Opfer des sowjetischen und russischen лагерь",
        ),
        ("die großen, sowjetischen Gulags", "die großen, sowjetischen лагеря"),
        ("Er sah Kommunisten.", "Er sah коммунисты."),
        ("Das Dorf wurde von Partisanen befreit.", "Das Dorf wurde von партизаны befreit."),
    ],
)
def test_replace_writes_the_number(text: str, ru: str) -> None:
    notes: list[tuple[int, int, str]] = []
    assert apply_text(text, GLOSSARY, "ru", "replace", notes=notes) == ru
    assert notes == []


SHOAH = german_terms_of_two_genders()


@pytest.mark.parametrize(
    ("text", "fitted"),
    [
        (
            "Opfer des nationalsozialistischen und stalinistischen Holocaust",
            "Opfer der nationalsozialistischen und stalinistischen Shoah",
        ),
        ("mit dem großen, stalinistischen Terror", "mit der großen, stalinistischen Säuberung"),
    ],
)
def test_the_article_before_joined_adjectives_is_fitted(text: str, fitted: str) -> None:
    """After der the weak declension: the genitive and dative -en in every gender, so the
    article alone changes (Duden's paradigms)."""
    notes: list[tuple[int, int, str]] = []
    assert apply_text(text, SHOAH, "de", "replace", notes=notes) == fitted
    assert notes == []


SAMPLE = "des die und oder , sowie sowjetischen russischen große kleine alten Lager Gulags als"


@given(st.lists(st.sampled_from(["", *SAMPLE.split()]) | st.text(max_size=8), max_size=10))
def test_adjective_run_any_words(words: list[str]) -> None:
    """For any words: at most ADJECTIVES_MOST adjectives of one ending, the run's words each
    an adjective of it or a coordinator between two, never ending on a coordinator."""
    k, ending = adjective_run(words, "de")
    assert 0 <= k <= len(words)
    run = words[:k]
    adjectives = [w for w in run if adjective_ending(w, "de") is not None]
    assert len(adjectives) <= ADJECTIVES_MOST and (k == 0) == (ending == "")
    assert all(adjective_ending(w, "de") == ending for w in adjectives)
    assert not run or adjective_ending(run[-1], "de") == ending
    assert adjective_run(words, "fr") == (0, "")
