"""Real Rusyn text: its detection and its romanisation (rusyn43).

The lines are MediaWiki's Rusyn interface messages (languages/i18n/rue.json of MediaWiki core,
translated on translatewiki.net; as Debian's mediawiki 1:1.39.17 ships it), each named by its
message key, and one line of rusinskiimir.ru (the Society for Rusyn Evolution) that rusyn41
tested. They are in the Prešov standard, which writes no ô or ӱ; the Subcarpathian variants of
Ukraine write ô (typed as a Latin ô inside the Cyrillic word, as о + U+0302, or as ō on some
sites) and ӱ (data/alphabets.toml): the property tests type a real line's о and у so.
"""

from __future__ import annotations

import re

from hypothesis import assume, example, given, settings
from hypothesis import strategies as st

import translit
from translit.script import has_cyrillic

# (message key, text): each is Rusyn; the last five were Ukrainian or Russian before rusyn43
# (Rusyn was read with Kazakh's letter triples, the one table whose alphabet holds і, ы and и)
_LINES = (
    ("badaccess-group0", "Вам не є дозволено выконовати тоту дїю."),
    ("badarticleerror", "Тота дїя не може быти выконана на тій сторінцї."),
    ("querypage-no-updates", "Зміны той сторінкы заборонены. Дата нынї не можуть быти обновлены."),
    (
        "protectedpagetext",
        "Тота сторінка была замкнута, жебы не годен быв єй едітовати або інакше мінити.",
    ),
    ("rusinskiimir.ru", "но сякый термін не може быти принятый дїля опредїленя"),
    ("wrongpassword", "Задали сьте хыбне гесло. Спробуйте іщі раз."),
    ("login-abort-generic", "Не вдало ся войти до сістемы."),
    ("undo-failure", "Едітованя не могло быти зрушене про конфлікт міджілеглых змін."),
    ("filename-toolong", "Назвы файлів не можуть быти довшы, як 240 байтів."),
    ("noemailtext", "Тот хоснователь не зазначів платну адресу ел. пошты."),
)
_TEXTS = [text for _, text in _LINES]

# ô as Rusyn texts type it: a Latin ô inside the Cyrillic word (the look-alike rule makes it
# о + U+0302), о + U+0302 itself, and ō (о + U+0304) as some Rusyn sites type it
_O_HAT = ("\u00f4", "\u043e\u0302", "\u014d")


def test_real_rusyn_lines_are_rusyn() -> None:
    for key, text in _LINES:
        e = translit.explain_language(text)
        assert e.lang == "rue", (key, e.report())


def _subcarpathian(text: str, picks: list[int], typed: str, letter: str) -> str:
    """``text`` with the picked ``letter`` (о or у) inside its words written ``typed``."""
    at = [m.start() for m in re.finditer(f"(?<=\\w){letter}", text)]
    chosen = {at[i % len(at)] for i in picks} if at else set()
    return "".join(typed if i in chosen else c for i, c in enumerate(text))


@settings(max_examples=120, deadline=None)
@given(
    st.sampled_from(_TEXTS),
    st.lists(st.integers(0, 40), min_size=1, max_size=3),
    st.sampled_from((*_O_HAT, "ӱ")),
)
@example(_TEXTS[0], [3], "\u00f4")  # Вам не є дозволено выконовати тôту дїю.
def test_the_subcarpathian_letters_are_rusyn_evidence(
    text: str, picks: list[int], typed: str
) -> None:
    written = _subcarpathian(text, picks, typed, "у" if typed == "ӱ" else "о")
    assume(written != text)  # (a line without у inside a word has no ӱ to take)
    e = translit.explain_language(written)
    assert e.lang == "rue", e.report()
    letter = {"\u014d": "о\u0304", "ӱ": "ӱ"}.get(typed, "о\u0302")
    assert e.own_letters[letter] == ("rue",), e.report()  # Rusyn's letter, no other's
    assert translit.detect(written.upper()) == "rue"


# French words with ô (hôtel, côte, rôle, Rhône: their own spelling) quoted in Russian text, and
# a circumflex on another Cyrillic letter: no letter of Rusyn's
_FRENCH = ("Hôtel", "hôtel", "Côte d'Azur", "rôle", "Rhône", "bientôt", "Hôtel-Dieu")
_RUSSIAN = ("отель", "в", "Париже", "на", "берегу", "мы", "жили", "роль", "река", "был", "дом")


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_RUSSIAN + _FRENCH), min_size=1, max_size=8))
def test_a_latin_o_circumflex_outside_a_cyrillic_word_is_no_rusyn(words: list[str]) -> None:
    text = " ".join(words)
    assert translit.detect(text) != "rue"
    assert translit.detect(text.replace("а", "а\u0302")) != "rue"  # а̂: no Rusyn letter


def test_the_subcarpathian_letters_romanise_under_the_rusyn_scheme() -> None:
    # BGN/PCGN 2016 (Rusyn) lists neither ô nor ӱ: ô keeps its circumflex on o, ӱ is ü (the
    # fallback table's, ISO 9), ō its macron; the scheme's own letters stay its (ї ji, ю yu)
    line = "Вам не є дозволено выконовати тôту дїю."
    assert translit.romanize(line, lang="rue") == "Vam ne je dozvoleno vykonovaty tôtu djiyu."
    assert translit.romanize("Спробӱйте іщі раз.", lang="rue") == "Sprobüjte išči raz."
    assert translit.romanize("ТŌТУ", lang="rue") == "TŌTU"


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(_TEXTS),
    st.lists(st.integers(0, 40), min_size=1, max_size=3),
    st.sampled_from((*_O_HAT, "ӱ")),
)
def test_a_subcarpathian_line_is_romanised_as_rusyn(
    text: str, picks: list[int], typed: str
) -> None:
    # lang="auto" reads it as Rusyn, so it gives what lang="rue" gives: before, a line with ō
    # and ӯ was Tajik (і as ì) and one with ô Russian (ь as ʹ)
    written = _subcarpathian(text, picks, typed, "у" if typed == "ӱ" else "о")
    out = translit.romanize(written, lang="rue")
    assert translit.romanize(written, lang="auto") == out
    assert not has_cyrillic(out)
    assert "ʹ" not in out and "ì" not in out
