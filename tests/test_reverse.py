"""Reverse transliteration: exact round trips for reversible schemes, Latin text left alone.

The round-trip property ``reverse(romanize(x)) == x`` is checked with hypothesis over strings of
the letters of each language (``data/languages.toml``), for every scheme declared reversible
(``any`` schemes: for every language). Where a standard itself writes two spellings alike, the
scheme file lists them under ``[[reverse_exceptions]]`` with the reason; the generated words
avoid exactly those, and a test checks that each listed example really fails. Besides:

* ʹ ʺ ` carry no case, so a word starting with ь/ъ, or an ALL-CAPS word with fewer than two
  other letters (ЛЬ vs Ль → Lʹ), cannot be read back in its case; real words do neither.
* Mixed case inside a word: BGN/PCGN tsh is read as one piece тш (ц + х would be tskh), so
  тШ → tSh reads back as тш (тщ likewise); and the case of ъ/ь is restored only up to what
  the neighbouring letters decide (the third property compares such words ignoring case).
"""

from __future__ import annotations

import re
from typing import Any

import pytest
from conftest import growth_ratio
from hypothesis import given, settings
from hypothesis import strategies as st

import translit
from translit import IrreversibleSchemeError, get_romanizer
from translit.catalogue import language_codes, language_info
from translit.engine.lookalike import repair
from translit.reversal import get_reverser, reverse
from translit.script import has_cyrillic

UNCASED = "ъь"  # letters whose romanisation (ʺ ʹ `) has no case


def _round_trip_cases() -> list[tuple[str, str, str, re.Pattern[str] | None]]:
    """Every scheme declared reversible × its language (every language for ``any``): the
    language's alphabet (data/languages.toml) and the spellings the scheme file lists under
    ``[[reverse_exceptions]]`` — exactly those are left out."""
    cases = []
    for info in translit.schemes():
        if not info["reversible"]:
            continue
        langs = language_codes() if info["language"] == "any" else (info["language"],)
        for lang in langs:
            scheme = translit.get_scheme(info["id"], lang)
            pattern = "|".join(f"(?:{e.pattern})" for e in scheme.reverse_exceptions)
            alphabet = language_info(lang)["alphabet"]
            cases.append((info["id"], lang, alphabet, re.compile(pattern) if pattern else None))
    return cases


ROUND_TRIP = _round_trip_cases()
IDS = [f"{sid}-{lang}" for sid, lang, _, _ in ROUND_TRIP]


def _ok(word: str, ambiguous: re.Pattern[str] | None) -> bool:
    return ambiguous is None or not ambiguous.search(word.lower())


def _words(alphabet: str, ambiguous: re.Pattern[str] | None) -> st.SearchStrategy[str]:
    return st.text(alphabet, min_size=1, max_size=12).filter(lambda w: _ok(w, ambiguous))


def _cases(word: str) -> list[str]:
    if word[0] in UNCASED:  # Ъ and ъ are both ʺ: a word's first letter gives its case
        return [word]
    forms = [word, word.capitalize()]
    if sum(c not in UNCASED for c in word) >= 2:  # AЪЪ → Aʺʺ could be Аъъ
        forms.append(word.upper())
    return forms


def test_round_trip_covers_the_reversible_schemes() -> None:
    ids = {(sid, lang) for sid, lang, _, _ in ROUND_TRIP}
    assert {("iso-9", "bg"), ("iso-9", "tt"), ("bgn-pcgn", "ru"), ("latin", "sr")} <= ids


def _exception_cases() -> list[tuple[str, str, str]]:
    """(scheme, language, example) for every listed exception, in the first language whose
    letters spell the example."""
    cases = []
    for sid in sorted({sid for sid, _, _, _ in ROUND_TRIP}):
        langs = [(lang, alphabet) for s, lang, alphabet, _ in ROUND_TRIP if s == sid]
        for e in translit.get_scheme(sid, langs[0][0]).reverse_exceptions:
            lang = next((lg for lg, a in langs if set(e.example) <= set(a)), langs[0][0])
            cases.append((sid, lang, e.example))
    return cases


@pytest.mark.parametrize(("sid", "lang", "example"), _exception_cases())
def test_each_listed_exception_is_real(sid: str, lang: str, example: str) -> None:
    """An exception is listed only where the standard really cannot read the spelling back."""
    assert set(example) <= set(language_info(lang)["alphabet"]), "spelt with no language's letters"
    assert reverse(get_romanizer(sid, lang)(example), sid, lang) != example


@pytest.mark.parametrize(("sid", "lang", "alphabet", "ambiguous"), ROUND_TRIP, ids=IDS)
@settings(max_examples=120, deadline=None)
@given(data=st.data())
def test_round_trip_lower_title_upper(
    sid: str, lang: str, alphabet: str, ambiguous: re.Pattern[str] | None, data: st.DataObject
) -> None:
    words = data.draw(st.lists(_words(alphabet, ambiguous), min_size=1, max_size=6))
    seps = data.draw(st.lists(st.sampled_from([" ", ", ", " — ", "-", "\n", "."]), min_size=5))
    text = "".join(
        f + sep
        for f, sep in zip(
            [data.draw(st.sampled_from(_cases(w))) for w in words], seps, strict=False
        )
    )
    # the standard's letters read back exactly; the library's own reading first repairs
    # look-alikes (a word of capital Х and І alone is a Roman numeral: ХХ → XX), and its round
    # trip gives the text so read
    assert reverse(get_romanizer(sid, lang, homoglyphs=False)(text), sid, lang) == text
    _library_round_trip(sid, lang, text)


@pytest.mark.parametrize(("sid", "lang", "alphabet", "ambiguous"), ROUND_TRIP, ids=IDS)
@settings(max_examples=120, deadline=None)
@given(data=st.data())
def test_round_trip_any_case_mix(
    sid: str, lang: str, alphabet: str, ambiguous: re.Pattern[str] | None, data: st.DataObject
) -> None:
    cased = "".join(c for c in alphabet if c not in UNCASED)
    word = data.draw(
        _words(cased, ambiguous).filter(lambda w: sid != "bgn-pcgn" or not re.search("т[шщ]", w))
    )
    mixed = "".join(c.upper() if data.draw(st.booleans()) else c for c in word)
    assert reverse(get_romanizer(sid, lang, homoglyphs=False)(mixed), sid, lang) == mixed
    _library_round_trip(sid, lang, mixed)


def _library_round_trip(sid: str, lang: str, text: str, *, fold: bool = False) -> None:
    """The library's own reading of ``text``: look-alikes repaired first, a word of capital Х
    and І alone read as a Roman numeral (ХХ → XX, ІІ → II), then the standard's letters; where
    the repair changed nothing, it round trips. (A numeral is Latin text then, read back as the
    standard reads those letters: ISO 9 writes И as I, so ІІ → II → ИИ; it writes no X, so XX
    stays XX, test_a_word_of_kha_….)"""
    repaired = repair(text)
    got = get_romanizer(sid, lang)(text)
    assert got == get_romanizer(sid, lang, homoglyphs=False)(repaired)
    if repaired == text:
        back = reverse(got, sid, lang)
        assert back.lower() == text.lower() if fold else back == text


@pytest.mark.parametrize(("sid", "lang", "alphabet", "ambiguous"), ROUND_TRIP, ids=IDS)
@settings(max_examples=80, deadline=None)
@given(data=st.data())
def test_round_trip_ignoring_case_of_uncased_letters(
    sid: str, lang: str, alphabet: str, ambiguous: re.Pattern[str] | None, data: st.DataObject
) -> None:
    word = data.draw(
        _words(alphabet, ambiguous).filter(lambda w: sid != "bgn-pcgn" or not re.search("т[шщ]", w))
    )
    mixed = "".join(c.upper() if data.draw(st.booleans()) else c for c in word)
    back = reverse(get_romanizer(sid, lang, homoglyphs=False)(mixed), sid, lang)
    assert back.lower() == mixed.lower()
    _library_round_trip(sid, lang, mixed, fold=True)


@pytest.mark.parametrize(
    ("latin", "scheme", "lang", "cyrillic"),
    [
        ("Đorđe Jovanović", "latin", "sr", "Ђорђе Јовановић"),
        ("DŽUGANJ", "latin", "sr", "ЏУГАЊ"),
        ("Dž", "latin", "sr", "Џ"),
        ("Kiïv", "iso-9", "uk", "Київ"),
        ("Podʺyezd, Moskva", "bgn-pcgn", "ru", "Подъезд, Москва"),
        ("Vooruzhënnyye sily", "bgn-pcgn", "ru", "Вооружённые силы"),
        ("otshelʹnik", "bgn-pcgn", "ru", "отшельник"),
        ("Ty·ay·a", "bgn-pcgn", "ru", "Тыайа"),
        ("poet", "bgn-pcgn", "ru", "поэт"),
        ("ulicza", "gost-779-alt", "ru", "улица"),
        ("sol`", "gost-779-alt", "ru", "соль"),
        ("ŜËGOLʹ", "gost-779", "ru", "ЩЁГОЛЬ"),
        ("Kyïv, Ukraïna", "dstu-9112-a", "uk", "Київ, Україна"),
        ("Kyjiv, Ukrajina", "dstu-9112-b", "uk", "Київ, Україна"),
        ("nja nj'a n'ja njn b'jo ljjo lji", "dstu-9112-a", "uk", "ня ньа н’я ньн бйо льйо льі"),
        ("lj'i ljji Ĵ hj", "dstu-9112-b", "uk", "льі льї Ĵ ь"),
        ("Ŝastjam ZHUK Shchuka", "dstu-9112-a", "uk", "Щастям ZHUK Shchuka"),
        ("Shchastjam ZHUK Xmeljnycjkyj", "dstu-9112-b", "uk", "Щастям ЖУК Xmeljnycjkyj"),
    ],
)
def test_reverse_examples(latin: str, scheme: str, lang: str, cyrillic: str) -> None:
    assert reverse(latin, scheme, lang) == cyrillic


@pytest.mark.parametrize(
    ("sid", "lang"),
    [
        (s["id"], "ru" if s["language"] == "any" else s["language"])
        for s in translit.schemes()
        if s["reversible"]
    ],
)
def test_reverse_of_the_standards_samples(sid: str, lang: str) -> None:
    scheme = translit.get_scheme(sid, lang)
    for cyrillic, latin, _ in scheme.samples:
        assert reverse(latin, sid, lang) == cyrillic


def test_latin_that_is_not_a_romanisation_is_left_alone() -> None:
    # BGN/PCGN has no w, q, x, c alone, h alone: these words are English, not romanised Russian
    assert reverse("watch the quiz", "bgn-pcgn") == "watch the quiz"
    assert reverse("Yelʹtsin watched", "bgn-pcgn") == "Ельцин watched"
    # a valid romanisation is read, whatever it looks like (the documented rule)
    assert reverse("test", "bgn-pcgn") == "тест"
    # non-Latin text passes through
    assert reverse("Москва 1961 ✓", "iso-9") == "Москва 1961 ✓"


@settings(max_examples=300, deadline=None)
@given(st.text(st.characters(codec="ascii"), max_size=40))
def test_reverse_never_half_converts_a_word(text: str) -> None:
    out = reverse(text, "bgn-pcgn")
    for word in re.findall(r"[^\W\d_]+", out):  # runs of letters
        latin = any("a" <= c.lower() <= "z" for c in word)
        cyrillic = has_cyrillic(word)
        assert not (latin and cyrillic), (text, out)


@pytest.mark.parametrize(
    ("sid", "lang"),
    [("national", "uk"), ("wikipedia", "ru"), ("ala-lc-alt", "bg"), ("bgn-pcgn", "uk")],
)
def test_irreversible_schemes_raise(sid: str, lang: str) -> None:
    with pytest.raises(IrreversibleSchemeError, match="not reversible"):
        reverse("Kyiv", sid, lang)


def test_reverser_is_cached_and_exported() -> None:
    assert get_reverser("iso-9", "ru") is get_reverser("ISO_9", "ru-RU")
    assert translit.reverse("Ŝi", "iso-9") == "Щи"


@pytest.mark.parametrize(
    "shape",
    [
        lambda n: "Lʹ" + "aʹ" * n,  # issue 20: 5 s at n = 10,000 (quadratic)
        lambda n: "L" + "ʹ" * n + "a",  # a long run of uncased signs
        lambda n: "LʹA" + "ʹ" * n,
    ],
)
def test_reverse_is_linear_in_a_giant_word(shape: Any) -> None:
    """Four times the input costs about four times the time (quadratic would be 16)."""
    reverse(shape(10), "bgn-pcgn", "ru")  # compile first
    ratio = growth_ratio(lambda text: reverse(text, "bgn-pcgn", "ru"), shape)
    assert ratio < 9, ratio


def test_a_word_of_kha_reads_back_though_the_library_reads_xx_as_a_numeral() -> None:
    # ISO 9 writes Х as H: HH reads back as ХХ; the reverser checks a candidate with the
    # standard's letters, not with the library's look-alike reading (ХХ → XX, a numeral)
    assert reverse("HH", "iso-9", "ru") == "ХХ"
    assert reverse("XX vek", "iso-9", "ru") == "XX век"  # a Latin numeral stays Latin


def test_a_numeral_of_cyrillic_i_reads_back_with_the_standards_letters() -> None:
    # hypothesis drew ІІ under ISO 9 uk (case30's run): the library reads it as the numeral II,
    # which ISO 9 reads back as ИИ; the standard's letters (ÌÌ) give the word back
    assert get_romanizer("iso-9", "uk")("ІІ") == "II"
    assert reverse("II", "iso-9", "uk") == "ИИ"
    assert reverse(get_romanizer("iso-9", "uk", homoglyphs=False)("ІІ"), "iso-9", "uk") == "ІІ"
