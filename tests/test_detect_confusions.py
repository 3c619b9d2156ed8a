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
