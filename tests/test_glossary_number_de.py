"""German glossary number: adjectives between the determiner and the term, weak nouns in -e,
and the form in -s after den or with no determiner (de27).

Expected values are typed from Duden, Die Grammatik (vol. 4): the article's and the
Artikelwörter's paradigms (des, eines, seines: genitive singular; die, der, seine: plural;
den: accusative singular masculine or dative plural), "Die Flexion des Adjektivs" (after a
der- or ein-word in the genitive, dative and plural: -en, des sowjetischen, die sowjetischen,
eines ehemaligen; with no such word, strong: sowjetische, sowjetischer Gulags plural,
ehemaligem Kommunisten dative singular), the weak declension (der Russe, des/dem/den Russen,
die Russen; der Kollege, Zeuge, Biologe; der Ukrainer, des Ukrainers strong; Name, Käse not
weak) and "Der Genitiv" (a common noun's genitive singular takes a determiner or an
adjective: "Gulags" alone, after in, mit, or opening a sentence, is a plural). The Russian
targets' nominative plurals (лагеря, коммунисты, русские, наследники) are Русская грамматика's
(1980). The glossaries hold German and Russian terms only: no term of theirs matches another
language's text.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import german_terms_of_two_genders
from hypothesis import example, given
from hypothesis import strategies as st

from translit.glossary import Concept, Glossary, Term, load
from translit.glossary.apply import EITHER, apply_text, find_terms
from translit.glossary.forms import derived_forms, number_after, term_forms

GLOSSARY = Glossary(
    [
        Concept(
            "gulag",
            terms=[Term("Gulag", "de", gender="masculine"), Term("лагерь", "ru")],
        ),
        Concept(
            "communist",
            terms=[Term("Kommunist", "de", gender="masculine"), Term("коммунист", "ru")],
        ),
        Concept("russian", terms=[Term("Russe", "de"), Term("русский", "ru")]),
        Concept("army", terms=[Term("Armee", "de", gender="feminine"), Term("армия", "ru")]),
    ]
)


def _apply(text: str) -> tuple[str, list[str]]:
    notes: list[tuple[int, int, str]] = []
    out = apply_text(text, GLOSSARY, "ru", "replace", notes=notes)
    return out, [why for _, _, why in notes]


def _hows(text: str) -> list[tuple[str, str]]:
    return [(h.text, h.how) for h in find_terms(text, GLOSSARY)]


@pytest.mark.parametrize(
    ("text", "how"),
    [
        ("Opfer des sowjetischen Gulags", "inflected"),
        ("Opfer des großen sowjetischen Gulags", "inflected"),
        ("die sowjetischen Gulags", "plural"),
        ("Häftlinge der sowjetischen Gulags", "plural"),
        ("in den sowjetischen Gulags", "plural"),
        ("zwei große Gulags", "plural"),
        ("mehrere sowjetische Gulags", "plural"),
        ("es gab sowjetische Gulags", "plural"),
        ("die Zahl sowjetischer Gulags", "plural"),
        ("eines ehemaligen Kommunisten", "inflected"),
        ("seines ehemaligen Kommunisten", "inflected"),
        ("mit einem verhafteten Kommunisten", "inflected"),
        ("mit ehemaligem Kommunisten", "inflected"),
        ("die ehemaligen Kommunisten", "plural"),
        ("seine ehemaligen Kommunisten", "plural"),
        ("den ehemaligen Kommunisten", EITHER),  # (accusative singular or dative plural)
        # (no determiner: the strong declension, whose dative singular is ehemaligem: de28)
        ("mit ehemaligen Kommunisten", "plural"),
        # (a relative pronoun, an adverb: no adjective agrees with der, so der tells nothing;
        # the form has no determiner: a plural, de28)
        ("die Partei, der heute Kommunisten", "plural"),
        ("die Partei, der später Kommunisten", "plural"),
        # (a year in the adjective's phrase is no numeral of the noun: des 1944 gebauten)
        ("des 1944 gebauten Gulags", EITHER),
        ("zwei 1944 gebaute Gulags", "plural"),
    ],
)
def test_the_determiner_before_adjectives_tells_the_number(text: str, how: str) -> None:
    assert _hows(text)[-1:] == [(text.rsplit(maxsplit=1)[-1], how)]


@pytest.mark.parametrize(
    ("text", "ru"),
    [
        ("des sowjetischen Gulags", "des sowjetischen лагерь"),
        ("die sowjetischen Gulags", "die sowjetischen лагеря"),
        ("in den sowjetischen Lagern und den Gulags", "in den sowjetischen Lagern und den лагеря"),
        ("eines ehemaligen Kommunisten", "eines ehemaligen коммунист"),
        ("die ehemaligen Kommunisten", "die ehemaligen коммунисты"),
    ],
)
def test_replace_writes_the_number_read_past_adjectives(text: str, ru: str) -> None:
    assert _apply(text) == (ru, [])


@pytest.mark.parametrize(
    ("term", "oblique"),
    [
        ("Russe", "Russen"),
        ("Pole", "Polen"),
        ("Tscheche", "Tschechen"),
        ("Slowake", "Slowaken"),
        ("Franzose", "Franzosen"),
        ("Brite", "Briten"),
        ("Türke", "Türken"),
        ("Grieche", "Griechen"),
        ("Tschetschene", "Tschetschenen"),
        ("Weißrusse", "Weißrussen"),
        ("Belarusse", "Belarussen"),
        ("Kasache", "Kasachen"),
        ("Kollege", "Kollegen"),
        ("Zeuge", "Zeugen"),
        ("Augenzeuge", "Augenzeugen"),
        ("Bote", "Boten"),
        ("Experte", "Experten"),
        ("Jude", "Juden"),
        ("Biologe", "Biologen"),
        ("Soziologe", "Soziologen"),
        ("Pädagoge", "Pädagogen"),
        ("Ungar", "Ungarn"),
    ],
)
def test_a_weak_noun_in_e_takes_n_never_a_genitive_s(term: str, oblique: str) -> None:
    forms, plural, either = derived_forms(Concept("x"), Term(term, "de"))
    assert forms == (term, oblique)  # (no "Russes")
    assert (plural, either) == ((), (oblique,))


def test_gender_decides_a_noun_in_e_outside_the_list() -> None:
    """der Erbe (the heir) is weak, das Erbe (the inheritance) strong; with no gender the -e
    alone does not tell (das Kulturerbe); a feminine noun in -e (Armee, Kirche, Loge) never
    is weak: its -n form is its plural; the strong Käse keeps its genitive -s."""
    c = Concept("x")
    assert derived_forms(c, Term("Erbe", "de", gender="masculine"))[2] == ("Erben",)
    assert "Erbes" in term_forms(c, Term("Erbe", "de", gender="neuter"))
    assert "Erbes" in term_forms(c, Term("Erbe", "de"))
    assert derived_forms(c, Term("Kunde", "de", gender="masculine"))[:2] == (
        ("Kunde", "Kunden"),
        (),
    )
    for word in ("Armee", "Kirche", "Loge"):
        assert derived_forms(c, Term(word, "de", gender="feminine"))[1:] == ((word + "n",), ())
    assert derived_forms(c, Term("Synagoge", "de"))[2] == ()
    assert derived_forms(c, Term("Käse", "de", gender="masculine"))[2] == ()
    assert "Käses" in term_forms(c, Term("Käse", "de", gender="masculine"))
    assert "Ukrainers" in term_forms(c, Term("Ukrainer", "de"))  # (strong, in -er)


@pytest.mark.parametrize(
    ("text", "ru"),
    [
        ("des Russen", "des русский"),
        ("dem Russen", "dem русский"),
        ("beim Russen", "beim русский"),
        ("die Russen", "die русские"),
        ("der Russen", "der русские"),
        ("die Rote Armee der Armeen", "die Rote армия der армии"),
    ],
)
def test_replace_writes_a_weak_noun_in_e_in_its_number(text: str, ru: str) -> None:
    assert _apply(text) == (ru, [])


@pytest.mark.parametrize("term", ["Name", "Gedanke", "Glaube", "Buchstabe", "Wille", "Deckname"])
def test_a_mixed_noun_takes_n_and_a_genitive_in_ns(term: str) -> None:
    """Duden's mixed declension: der Name, des Namens, dem/den Namen, die Namen."""
    forms, plural, either = derived_forms(Concept("x"), Term(term, "de", gender="masculine"))
    assert forms == (term, term + "n", term + "ns")  # (never "Names")
    assert (plural, either) == ((), (term + "n",))


def test_replace_writes_a_mixed_noun_in_its_number() -> None:
    """ "unter dem Decknamen" was read as a plural (its -n form was only the plural) and "des
    Decknamens" not matched."""
    g = Glossary([Concept("n", terms=[Term("Deckname", "de"), Term("псевдоним", "ru")])])
    notes: list[tuple[int, int, str]] = []
    text = "unter dem Decknamen, des Decknamens, die Decknamen, den Decknamen"
    assert apply_text(text, g, "ru", "replace", notes=notes) == (
        "unter dem псевдоним, des псевдоним, die псевдонимы, den Decknamen"
    )
    assert len(notes) == 1 and "«Decknamen»" in notes[0][2]


def test_a_weak_noun_in_e_of_either_number_is_kept() -> None:
    out, notes = _apply("den Russen")
    assert out == "den Russen"
    assert len(notes) == 1 and "singular in one reading and plural in another" in notes[0]


def test_a_csv_glossary_s_gender_makes_a_noun_in_e_weak(tmp_path: Path) -> None:
    path = tmp_path / "erbe.csv"
    path.write_text("de,de:gender,ru\nErbe,masculine,наследник\n", encoding="utf-8")
    g = load(path)
    notes: list[tuple[int, int, str]] = []
    out = apply_text("des Erben; die Erben", g, "ru", "replace", notes=notes)
    assert (out, notes) == ("des наследник; die наследники", [])


@pytest.mark.parametrize(
    ("text", "how"),
    [
        ("in den Gulags", "plural"),  # (den Gulag, the accusative singular, has no -s)
        ("seinen Gulags", "plural"),
        ("in Gulags", "plural"),  # (no preposition without the genitive takes a genitive)
        ("mit Gulags", "plural"),
        ("viele Gulags", "plural"),
        ("mehrere Gulags", "plural"),
        ("zwei Gulags", "plural"),
        ("Sie wurden gebaut. Gulags", "plural"),  # (a common noun's genitive takes a word)
        ("des Gulags", "inflected"),
        ("seines Gulags", "inflected"),
        ("Gulags", EITHER),  # (a line's start: a wrapped sentence's middle, des\nGulags)
        ("Stalins Gulags", EITHER),  # (wegen Stalins Gulags: a genitive singular too)
        ("wegen Gulags", EITHER),  # (wegen Verrats: a genitive singular)
        ("jeden Gulags", EITHER),  # (Anfang jeden Jahres: a genitive singular)
    ],
)
def test_the_s_form_s_number(text: str, how: str) -> None:
    assert _hows(text)[-1:] == [("Gulags", how)]


def test_replace_keeps_an_s_form_of_either_number_and_writes_the_others() -> None:
    out, notes = _apply("Stalins Gulags, in den Gulags, mit Gulags, des Gulags")
    assert out == "Stalins Gulags, in den лагеря, mit лагеря, des лагерь"
    assert len(notes) == 1 and "«Gulags»" in notes[0] and "plural in another" in notes[0]
    hows = [h["how"] for h in json.loads(apply_text("in den Gulags", GLOSSARY, "ru", "json"))]
    assert hows == ["plural"]


SAMPLE = "des die den der in zwei viele sowjetischen sowjetische ehemaligem heute Stalins 1944 Die ALLE x"
WORDS = st.lists(st.sampled_from(["", *SAMPLE.split()]) | st.text(max_size=8), max_size=6)


@given(WORDS, st.booleans(), st.booleans())
@example(["sowjetischen", ""], False, True)  # an empty word after the first raised IndexError
def test_number_after_any_words(words: list[str], s_form: bool, opened: bool) -> None:
    """A number or none, for any words: and the plural only where the word right before or
    the determiner before adjectives could say it (never from a capitalised name alone)."""
    got = number_after(words, "de", s_form=s_form, opened=opened)
    assert got in ("plural", "singular", None)
    if words and words[0] == "Stalins":
        assert got is None
    assert number_after(words, "fr", s_form=s_form) in ("plural", "singular", None)


def test_a_listed_weak_noun_in_e_is_so_in_a_german_word_list() -> None:
    """Debian's wngerman (not shipped, not at run time): each listed noun in -e it has, it has
    with its -n form and with no -s form (but Bote and Genosse, whose -n form it lacks)."""
    path = Path("/usr/share/dict/ngerman")
    if not path.is_file():
        pytest.skip("no /usr/share/dict/ngerman (apt-get install wngerman) to check against")
    from translit._datafiles import load_toml

    words = set(path.read_text(encoding="utf-8").split())
    table = load_toml("inflection.toml")["de"]["weak"]["words"]
    listed = [w.capitalize() for w in table if w.endswith("e") and w not in ("loge", "agoge")]
    known = [w for w in listed if w in words]
    assert len(known) >= 20
    assert [w for w in known if w + "s" in words] == []
    assert {w for w in known if w + "n" not in words} <= {"Bote", "Genosse"}


TERMS_DE = german_terms_of_two_genders()


@pytest.mark.parametrize(
    ("text", "fitted"),
    [
        ("Opfer des nationalsozialistischen Holocaust", "Opfer der nationalsozialistischen Shoah"),
        ("mit dem großen stalinistischen Terror", "mit der großen stalinistischen Säuberung"),
        ("eines großen Terrors", "einer großen Säuberung"),
        ("der nationalsozialistische Holocaust", "die nationalsozialistische Shoah"),
        ("im sowjetischen Terror", "in der sowjetischen Säuberung"),
    ],
)
def test_the_article_before_adjectives_is_fitted(text: str, fitted: str) -> None:
    """Duden's paradigms: after der, the weak declension (genitive and dative -en in every
    gender, nominative -e), after ein the mixed: the article alone changes."""
    notes: list[tuple[int, int, str]] = []
    assert apply_text(text, TERMS_DE, "de", "replace", notes=notes) == fitted
    assert notes == []


@pytest.mark.parametrize(
    ("text", "written"),
    [
        # the adjectives change with the article (apply44; before, the article was kept and
        # "would change their ending" said: den nationalsozialistischen Shoah)
        ("den nationalsozialistischen Holocaust", "die nationalsozialistische Shoah"),
        ("ein großer Terror", "eine große Säuberung"),
    ],
)
def test_an_article_whose_adjectives_change_is_fitted_with_them(text: str, written: str) -> None:
    notes: list[tuple[int, int, str]] = []
    assert apply_text(text, TERMS_DE, "de", "replace", notes=notes) == written
    assert notes == []
