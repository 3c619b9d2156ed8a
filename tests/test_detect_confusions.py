"""The language decision's confusions between neighbours, one test per confusion fixed in the
evidence data (``python -m bench.detect_short --confusion held`` measures them all). The texts
are real: CLDR's own names (through Babel), sentences and phrases written from the grammars the
data files name, never the code's answers."""

from __future__ import annotations

import pytest

import translit


def _kazakh_language_names() -> list[str]:
    babel = pytest.importorskip("babel", reason="Babel ships CLDR's Kazakh language names")
    return [v for v in babel.Locale("kk").languages.values() if " тілі" in v]


def test_kazakh_language_names_are_kazakh_not_ukrainian() -> None:
    # CLDR (kk) names a language "X тілі"; тілі was read as the Ukrainian locative of тіло and
    # half of the names went to Ukrainian (237 of 470 before kk.toml's izafet pattern)
    names = _kazakh_language_names()
    assert len(names) > 400
    wrong = [n for n in names if translit.detect(n) != "kk"]
    assert len(wrong) / len(names) < 0.05, wrong


@pytest.mark.parametrize(
    "text", ["неміс тілі", "араб тілі", "француз тілі", "ана тілі", "поляк тілі"]
)
def test_x_tili_is_kazakh(text: str) -> None:
    assert translit.detect(text) == "kk"
    assert translit.detect(text.upper()) == "kk"


@pytest.mark.parametrize(
    "text",
    # Ukrainian тілі (body, locative) after a preposition, a pronoun or an adjective
    ["У здоровому тілі здоровий дух", "на його тілі шрами", "біль у тілі", "в людському тілі"],
)
def test_ukrainian_tili_stays_ukrainian(text: str) -> None:
    assert translit.detect(text) == "uk"


# Short texts of Russian letters that a spelling of data/decisive.toml takes from the Russian
# fallback, written from the grammars the entries name (and Russian's own spellings beside them)
@pytest.mark.parametrize(
    ("text", "langs"),
    [
        ("Кава з молоком", ("uk", "be")),  # the preposition з
        ("КАВА З МОЛОКОМ", ("uk", "be")),
        ("розклад", ("uk",)),  # роз- before a voiceless consonant
        ("Розпад", ("uk",)),
        ("изток", ("bg",)),  # из- before a voiceless consonant
        ("Изследване", ("bg",)),
        ("сьцяг", ("be",)),  # taraškievica сьц зьц
        ("Сьцяна", ("be",)),
    ],
)
def test_a_spelling_russian_lacks_decides_a_short_text(text: str, langs: tuple[str, ...]) -> None:
    assert translit.detect(text) in langs


@pytest.mark.parametrize(
    "text",
    # Russian ис- рас- бес- before a voiceless consonant, and з in abbreviations and initials
    ["исток", "Расписание", "бесплатный", "рассказ", "з/п", "З. Петров", "з-д", "Ю.З. Иванов"],
)
def test_russian_neighbours_of_those_spellings_stay_russian(text: str) -> None:
    assert translit.detect(text) == "ru"


@pytest.mark.parametrize("text", ["авіазавод", "радіо", "Соціальний захист"])
def test_i_before_a_back_vowel_after_a_consonant_is_not_belarusian(text: str) -> None:
    # Belarusian writes авіяцыя, радыё (be.toml [[impossible]]); Ukrainian іа іо
    assert translit.detect(text) == "uk"
    assert translit.detect("авіяцыя") == "be"


def test_a_serbian_noun_in_ija_is_no_evidence_for_macedonian() -> None:
    # both write Србија, линија; the ending -ија was listed for Macedonian only, so that Србија,
    # Азија leant Macedonian by the ending alone (sr.toml lists it too)
    from translit.detection import _evidence, _parts, _prepare

    for word in ("Србија", "историја", "полиција"):
        parts = _parts(_prepare(word), _evidence())
        assert parts["sr"].endings == parts["mk"].endings > 0
    assert translit.detect("Србија") == "sr"
