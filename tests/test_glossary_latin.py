"""Glossary apply in a French, German or English text matches that text's terms, not another
Latin-script language's homographs (translit/glossary/latin.py).

What the sentences mean comes from the dictionaries: French "un" is the indefinite article and
"Russe" a Russian (Le Petit Robert; wfrench lists "russe"), German "Russe" a Russian (Duden:
der Russe, des Russen) and "es" the pronoun, English "ruse" a trick (SCOWL/wamerican lists
"ruse"); "des Gulags" is a genitive singular (Duden, Die Grammatik: des before a masculine
noun's genitive -s). Ruse (Русе, Bulgaria) is Russe in German, Roussé in French (its row of
glossaries/names.csv, from the Wikipedia article titles). The sentences are our own.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from translit._datafiles import load_toml
from translit.glossary import apply_text, find_terms, shipped, shipped_path
from translit.glossary.folding import fold
from translit.glossary.latin import (
    Lines,
    homograph,
    is_ordinary,
    language_of,
    languages,
    latin_script,
    text_language,
)


@pytest.fixture(scope="module")
def gl():  # type: ignore[no-untyped-def]
    return shipped()


def _hits(text: str, gl) -> list[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    return [(h.text, h.concept.id, h.term.lang) for h in find_terms(text, gl)]


# -- 1. the line's language: a one-word term of another Latin-script language does not match


def test_a_german_place_name_is_not_matched_by_a_french_word(gl) -> None:  # type: ignore[no-untyped-def]
    text = "Le Russe parle avec un ami à Paris."
    assert apply_text(text, gl, "en") == text  # (was "Le Ruse parle…")
    assert "place-ruse" not in [c for _, c, _ in _hits(text, gl)]


def test_a_german_genitive_is_read_as_german_not_as_an_english_plural(gl) -> None:  # type: ignore[no-untyped-def]
    text = "Die Geschichte des Gulags ist lang und die Häftlinge litten."
    hit = find_terms(text, gl)[0]
    assert (hit.text, hit.term.lang, hit.how) == ("Gulags", "de", "inflected")
    # the French target in the singular, as the German genitive singular (was the plural),
    # and the acronym, as the variant Gulag spells the acronym GULag (de28: it was the full
    # form, Direction principale des camps)
    assert "des Goulag ist" in apply_text(text, gl, "fr")
    # and die Gulags, the -s plural, still the plural
    plural = find_terms("Die Gulags waren grausam und die Häftlinge litten.", gl)[0]
    assert (plural.term.lang, plural.how) == ("de", "plural")


def test_a_romanisation_still_matches_in_a_french_line(gl) -> None:  # type: ignore[no-untyped-def]
    # Vlasov is the English term and a romanisation of Власов (ALA-LC, BGN/PCGN...): in a
    # French line it is the romanisation that matches
    hits = find_terms("Le général Vlasov est arrivé à Moscou avec ses soldats.", gl)
    assert (hits[0].text, hits[0].concept.id, hits[0].term.lang) == ("Vlasov", "vlasov", "ru")
    assert hits[0].how.startswith("romanised ")


@pytest.mark.parametrize(
    ("text", "target", "found", "written"),
    [
        # German Wikipedia's spellings of the names (Andrei Wlassow, Michail Gorbatschow) in a
        # French line, French Wikipedia's (Andreï Vlassov, Gorbatchev) in a German one: the
        # names' key found Wlasow and Gorbatchov there, the listed spellings were lost
        ("Le général Wlassow commandait l'armée.", "fr", "Wlassow", "Le général Vlassov"),
        ("Le président Gorbatschow parlait aux journalistes.", "fr", "Gorbatschow",
         "Le président Gorbatchev"),
        ("Der Präsident Gorbatchev sprach mit den Journalisten.", "de", "Gorbatchev",
         "Der Präsident Gorbatschow"),
    ],
)  # fmt: skip
def test_a_persons_name_in_another_languages_spelling_matches_in_any_line(  # type: ignore[no-untyped-def]
    gl, text: str, target: str, found: str, written: str
) -> None:
    assert found in [t for t, _, _ in _hits(text, gl)]
    assert apply_text(text, gl, target).startswith(written)


def test_a_spelling_only_a_reader_convention_writes_is_that_language(gl) -> None:  # type: ignore[no-untyped-def]
    # Russe is also Русе under the German convention (duden, names.conventions): German
    text = "Le Russe est arrivé dans la ville avec les autres."
    assert _hits(text, gl) == []


def test_a_term_of_two_words_or_more_matches_in_any_line(gl) -> None:  # type: ignore[no-untyped-def]
    text = "L'armée de Vlassov (en allemand : Russische Befreiungsarmee) est connue."
    assert ("Russische Befreiungsarmee", "roa", "de") in _hits(text, gl)


def test_langs_given_override_the_line(gl) -> None:  # type: ignore[no-untyped-def]
    text = "Le Russe parle avec un ami à Paris."
    assert apply_text(text, gl, "en", langs=("de",)) == "Le Ruse parle avec un ami à Paris."


def test_an_undecided_line_matches_as_before(gl) -> None:  # type: ignore[no-untyped-def]
    # (no frequent word of any of the three: the text decides nothing either)
    assert _hits("Wlassow, Moskau.", gl) == [
        ("Wlassow", "vlasov", "de"),
        ("Moskau", "place-moscow", "de"),
    ]


def test_the_line_decides_before_the_whole_text(gl) -> None:  # type: ignore[no-untyped-def]
    text = "Die Russen und die Deutschen.\nLe Russe parle avec un ami."
    lines = Lines(text)
    assert lines.at(0, 3) == "de" and lines.at(text.index("Le"), text.index("Le") + 2) == "fr"
    assert "place-ruse" not in [c for _, c, _ in _hits(text, gl)]


def test_language_of_french_german_english_sentences() -> None:
    assert language_of(fold("Un Russe est arrivé hier soir.").split()) == "fr"
    assert language_of(fold("Der Russe kam gestern mit dem Zug.").split()) == "de"
    assert language_of(fold("The Russian came by train yesterday.").split()) == "en"
    assert language_of(fold("Moskau, Kiew, Minsk").split()) is None
    assert language_of(fold("Бойцы РОА, не КРОАТ").split()) is None


@settings(max_examples=50, deadline=None)
@given(st.lists(st.text(max_size=12), max_size=30), st.text(max_size=200))
def test_language_of_any_words(words: list[str], text: str) -> None:
    assert language_of(words) in (None, *languages())
    lines = Lines(text)
    assert lines.at(0, len(text)) in (None, *languages())


_WORDS = ["der", "Russe", "kam", "le", "russe", "est", "the", "was", "Vlasov", "армия", "и", "1945"]


@settings(max_examples=80, deadline=None)
@given(
    st.lists(st.sampled_from(_WORDS), min_size=1, max_size=40),
    st.lists(st.integers(0, 40), max_size=5),
)
def test_text_language_gives_every_cut_of_a_text_the_whole_texts_answer(
    words: list[str], cuts: list[int]
) -> None:
    """A long text matched a part at a time asks the whole text's language part by part
    (Matcher.span_parts): the answer is Lines' for the text at once, wherever it is cut."""
    text = "Vlasov.\n" + " ".join(words)  # (a line that does not decide: the text's)
    at = sorted({len("Vlasov.\n" + " ".join(words[:k])) for k in cuts if 0 < k < len(words)})
    folded = fold(text)
    pieces = [folded[a:b] for a, b in zip([0, *at], [*at, len(text)], strict=True)]
    assert Lines(text).at(0, 6) == text_language(pieces) == text_language([folded])


def test_the_seed_lines_are_french(corpus) -> None:  # type: ignore[no-untyped-def]
    lines = (corpus / "seed-roa-fr.txt").read_text(encoding="utf-8").splitlines()
    assert [language_of(fold(line).split()) for line in lines if line] == ["fr"] * 4


def test_the_seed_text_keeps_its_hits_but_russes(corpus, gl) -> None:  # type: ignore[no-untyped-def]
    # over the French seed, the one hit lost is "Russes" (Russians) read as the German name
    # of Ruse; every other hit stays, of the same concept (collaboration now the French term)
    text = (corpus / "seed-roa-fr.txt").read_text(encoding="utf-8")
    hits = [(h.start, h.concept.id) for h in find_terms(text, gl)]
    assert len(hits) == 44
    assert not any(text[a : a + 6] == "Russes" for a, _ in hits)


# -- 2. an acronym in mixed case is not an ordinary word


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("Un soldat est arrivé hier.", "acronym-un"),  # (French un, not the UN)
        ("Es war eine bewusste Entscheidung.", "acronym-eu"),  # (German es, not ЕС romanised)
        ("Who was there? Nobody.", "acronym-who"),
    ],
)
def test_an_acronym_is_not_an_ordinary_word_in_mixed_case(gl, text: str, concept: str) -> None:  # type: ignore[no-untyped-def]
    assert concept not in [c for _, c, _ in _hits(text, gl)]


def test_an_acronym_still_matches_in_capitals_and_as_german_writes_it(gl) -> None:  # type: ignore[no-untyped-def]
    assert ("UN", "acronym-un", "en") in _hits("Un rapport de l'UN est paru.", gl)
    # Duden: Nato, Uno beside NATO, UNO; neither is an ordinary word
    found = _hits("Die Nato und die Uno wurden gegründet.", gl)
    assert [c for _, c, _ in found] == ["acronym-nato", "acronym-un"]
    assert is_ordinary("Un") and not is_ordinary("Nato") and not is_ordinary("Un", "de")


# -- 3. a name form that is a common word of its own language


def test_a_german_noun_homograph_is_kept_and_reported(gl) -> None:  # type: ignore[no-untyped-def]
    notes: list[tuple[int, int, str]] = []
    text = "Der Russe kam gestern aus Moskau."
    assert apply_text(text, gl, "fr", notes=notes) == "Der Russe kam gestern aus Moscou."
    assert len(notes) == 1 and notes[0][:2] == (1, 5) and "«Russe»" in notes[0][2]
    # after a preposition a bare noun is a name (a common noun takes an article)
    assert apply_text("Wir fuhren gestern nach Russe.", gl, "fr") == (
        "Wir fuhren gestern nach Roussé."
    )


def test_an_english_homograph_opening_a_sentence_is_kept(gl) -> None:  # type: ignore[no-untyped-def]
    notes: list[tuple[int, int, str]] = []
    text = "Ruse was a clever trick of the general."
    assert apply_text(text, gl, "de", notes=notes) == text  # (was "Russe was…")
    assert [n[:2] for n in notes] == [(1, 1)]
    assert apply_text("We travelled to Ruse by train.", gl, "de") == (
        "We travelled to Russe by train."
    )


def test_the_homographs_are_one_word_forms_of_their_language_in_names_csv() -> None:
    with open(shipped_path("names.csv"), encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    data = load_toml("homographs.toml")
    for lang in languages():
        forms = {x for r in rows for x in r[lang].split("|") if x}
        listed = " ".join(data.get(lang, {}).values()).split()
        assert listed and set(listed) <= forms, lang
        assert all(homograph(x).get(lang) for x in listed)


def test_the_frequency_table_lists_each_language_s_words_above_its_least() -> None:
    data = load_toml("latin_words.toml")
    assert tuple(data["langs"]) == languages()
    rows = [row.split() for row in data["words"].splitlines() if row]
    for k, lang in enumerate(data["langs"]):
        own = [r for r in rows if float(r[1 + k]) >= data["least"][k]]
        assert len(own) >= 100, lang  # (its 100 most frequent, and others' as frequent there)


# -- 4. a line mostly in Cyrillic has no Latin-script language; each line decided once
# (the Russian sentences are our own, after the ru-gsd lines that quote English titles)

_QUOTING = (
    "Музей современного искусства в Хьюстоне (The Contemporary Arts Museum and the Gallery) "
    "открылся в прошлом году."
)


def test_a_russian_line_quoting_english_has_no_latin_script_language() -> None:
    at = _QUOTING.index("The")
    assert not latin_script(fold(_QUOTING))
    assert Lines(_QUOTING).at(at, at + 3) is None  # (was "en": the, and, the)
    assert not Lines(_QUOTING).latin(at, at + 3)
    assert latin_script(fold("McTavish, Fraser and Company (Лондон)"))


def test_a_russian_text_quoting_english_decides_no_undecided_line(gl) -> None:  # type: ignore[no-untyped-def]
    # the whole text's Latin-script words are English, but the text is Russian: the line
    # Wlassow, Moskau. stays undecided and matches as it does alone (was: no hit at all)
    text = _QUOTING + "\nWlassow, Moskau."
    last = [
        (h.text, h.concept.id, h.term.lang) for h in find_terms(text, gl) if h.start > len(_QUOTING)
    ]
    assert last == _hits("Wlassow, Moskau.", gl)  # (the quoting line's Хьюстоне is a place too)
    assert Lines(_QUOTING + "\nVlasov.").at(len(_QUOTING) + 1, len(_QUOTING) + 7) is None


def test_a_latin_homograph_in_a_cyrillic_line_is_a_name(gl) -> None:  # type: ignore[no-untyped-def]
    notes: list[tuple[int, int, str]] = []
    text = "Чарльз Фрэнсис Рихтер (англ. Charles Francis Richter) -- американский сейсмолог."
    got = apply_text(text, gl, "de", notes=notes)
    # (was: kept «Richter»; apply43: the given names before the surname written along, as the
    # text's own English gloss spells them)
    want = text.replace("Чарльз Фрэнсис Рихтер", "Charles Francis Richter")
    assert got == want and notes == []


def test_the_belarusian_line_naming_richter_has_no_homograph_note(corpus, gl) -> None:  # type: ignore[no-untyped-def]
    lines = (corpus / "be-hse.txt").read_text(encoding="utf-8").splitlines()
    line = next(x for x in lines if "Charles Francis Richter" in x)
    notes: list[tuple[int, int, str]] = []
    assert "Charles Francis Richter" in apply_text(line, gl, "de", notes=notes)
    assert notes == []


@pytest.fixture
def decisions(monkeypatch):  # type: ignore[no-untyped-def]
    """The lines :class:`Lines` decides (:func:`language_of` called) from here on."""
    from translit.glossary import latin

    seen: list[list[str]] = []

    def counted(words: Iterable[str]) -> str | None:
        seen.append(list(words))
        return language_of(seen[-1])

    monkeypatch.setattr(latin, "language_of", counted)
    return seen


def test_a_cyrillic_text_decides_no_line(gl, decisions) -> None:  # type: ignore[no-untyped-def]
    text = "Немцы писали его имя как Wlassow, а французы -- как Vlassov."
    assert apply_text(text, gl, "fr") == text.replace("Wlassow", "Vlassov")
    assert decisions == []  # (was 2: the line, then the whole text)


def test_a_line_is_decided_once_in_a_process(gl, decisions) -> None:  # type: ignore[no-untyped-def]
    text = "Le général Vlasov est arrivé à Moscou.\nDer Russe kam gestern aus Moskau mit."
    first = apply_text(text, gl, "en")
    assert 1 <= len(decisions) <= 2
    decisions.clear()
    assert apply_text(text, gl, "en") == first and decisions == []  # (was 2 again)


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab éßїЖё\u0301\u0483\ua650\u1c80 1-"), max_size=40))
def test_the_cyrillic_words_are_counted_alike_in_c_and_in_python(text: str) -> None:
    from translit.engine.native import RUNS_OF
    from translit.glossary import latin

    if RUNS_OF is None:
        pytest.skip("no C module: the regular expression is the one way")
    folded = fold(text)
    assert len(RUNS_OF(folded, latin._cyrillic_table(), 1)) == len(
        latin._CYRILLIC_RUN.findall(folded)
    )
