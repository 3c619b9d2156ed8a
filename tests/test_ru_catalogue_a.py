"""The distinctive rules of the Russian catalogue, part A (ALA-LC, BS 2979, GOST, ICAO, BGN alt).

Expected values come from the standards' tables (see each scheme file's ``source``), applied by
hand; the sample pairs of every file are checked separately by ``test_schemes_data.py``.
"""

from __future__ import annotations

import unicodedata

import pytest
from conftest import corpus_files
from hypothesis import given, settings
from hypothesis import strategies as st

from translit import get_romanizer, get_scheme
from translit.script import CYRILLIC_RE

SCHEMES = [
    "ala-lc",
    "ala-lc-alt",
    "bgn-pcgn-alt",
    "bs-2979",
    "bs-2979-alt",
    "gost-16876",
    "gost-16876-alt",
    "gost-52290",
    "gost-52535",
    "gost-7034",
    "gost-779",
    "gost-779-alt",
    "icao-doc-9303",
]
ASCII_SCHEMES = [
    "ala-lc-alt",
    "bs-2979-alt",
    "gost-16876-alt",
    "gost-52290",
    "gost-52535",
    "gost-7034",
    "gost-779-alt",
    "icao-doc-9303",
]
LOWER = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя"
UPPER = LOWER.upper()
CYRILLIC = CYRILLIC_RE


def r(scheme: str, text: str) -> str:
    return get_romanizer(scheme, "ru").romanize(text)


# -- metadata ------------------------------------------------------------------------------


@pytest.mark.parametrize("sid", SCHEMES)
def test_metadata(sid: str) -> None:
    s = get_scheme(sid, "ru")
    assert s.id == sid
    assert s.language == "ru"
    assert s.title and s.source and s.url and s.notes
    assert s.kind in {"standard", "national", "convention"}
    assert len(s.samples) >= 5
    assert any(src.isupper() and len(src) > 1 for src, _, _ in s.samples), "an ALL-CAPS sample"
    assert all(source for _, _, source in s.samples), "every sample names where it comes from"


def test_only_the_one_to_one_systems_are_marked_reversible() -> None:
    marked = {sid for sid in SCHEMES if get_scheme(sid, "ru").reversible}
    assert marked == {"gost-779", "gost-779-alt"}


@pytest.mark.parametrize(
    ("alias", "sid"),
    [
        ("ALA_LC", "ala-lc"),
        ("loc", "ala-lc"),
        ("icao", "icao-doc-9303"),
        ("passport", "icao-doc-9303"),
        ("gost-7.79", "gost-779"),
        ("gost_779_b", "gost-779-alt"),
        ("gost-r-52290", "gost-52290"),
        ("gost-7.0.34", "gost-7034"),
        ("st-sev-1362-78", "gost-16876"),
        ("bgn_pcgn_alt", "bgn-pcgn-alt"),
    ],
)
def test_aliases(alias: str, sid: str) -> None:
    assert get_scheme(alias, "ru").id == sid


# -- no Cyrillic, case -----------------------------------------------------------------------


@pytest.mark.parametrize("sid", SCHEMES)
def test_whole_alphabet_has_no_cyrillic_left(sid: str) -> None:
    for text in (LOWER, UPPER, UPPER.title(), " ".join(LOWER), " ".join(UPPER)):
        assert not CYRILLIC.search(r(sid, text)), text


@pytest.mark.parametrize("sid", ASCII_SCHEMES)
def test_ascii_schemes_write_ascii(sid: str) -> None:
    assert r(sid, LOWER + " " + UPPER).isascii()


@settings(max_examples=60, deadline=None)
@given(word=st.text(alphabet=UPPER, min_size=2, max_size=12), sid=st.sampled_from(SCHEMES))
def test_all_caps_words_come_out_all_caps(word: str, sid: str) -> None:
    out = r(sid, word)
    assert out == out.upper()


@settings(max_examples=60, deadline=None)
@given(word=st.text(alphabet=LOWER, min_size=1, max_size=12), sid=st.sampled_from(SCHEMES))
def test_lowercase_words_come_out_lowercase_and_latin(word: str, sid: str) -> None:
    out = r(sid, word)
    assert out == out.lower()
    assert not CYRILLIC.search(out)


@pytest.mark.parametrize("sid", SCHEMES)
def test_corpus_has_no_cyrillic_left(sid: str) -> None:
    files = corpus_files("ru-*.txt")
    if not files:
        pytest.skip("../shared/corpus (ru-*.txt) is absent")
    for path in files:
        out = r(sid, path.read_text(encoding="utf-8"))
        m = CYRILLIC.search(out)
        assert m is None, f"{path.name}: {out[max(0, m.start() - 20) : m.end() + 20]!r}"


# -- GOST 7.79 ------------------------------------------------------------------------------


@settings(max_examples=80, deadline=None)
@given(text=st.text(alphabet=LOWER + UPPER + " ", max_size=40))
def test_gost_779_system_a_is_iso_9_for_russian(text: str) -> None:
    assert r("gost-779", text) == r("iso-9", text)


@pytest.mark.parametrize(
    ("src", "out"),
    [
        ("цирк", "cirk"),  # c before i
        ("центр", "centr"),  # c before e
        ("цыган", "cy`gan"),  # c before y
        ("Зайцев", "Zajcev"),
        ("кольцо", "kol`czo"),  # cz elsewhere
        ("купец", "kupecz"),  # cz at the end of a word
        ("ЦАРЬ", "CZAR`"),
        ("Цюрих", "Cyurix"),  # ю → yu begins with y: c (the standard's Latin-letter wording)
        ("цэ", "ce`"),  # э → e` begins with e
    ],
)
def test_gost_779_b_c_or_cz(src: str, out: str) -> None:
    assert r("gost-779-alt", src) == out


@pytest.mark.parametrize(
    ("src", "out"),
    [
        ("съезд", "s``ezd"),
        ("рыба", "ry`ba"),
        ("эхо", "e`xo"),
        ("щит", "shhit"),
        ("ёж", "yozh"),
        ("соль", "sol`"),
        ("ЩУКА", "SHHUKA"),
    ],
)
def test_gost_779_b_letters(src: str, out: str) -> None:
    assert r("gost-779-alt", src) == out


# -- ALA-LC ---------------------------------------------------------------------------------


def test_ala_lc_ties_are_u0361_between_the_two_letters() -> None:
    out = r("ala-lc", "ця ю я")
    assert out == "t\u0361si\u0361a i\u0361u i\u0361a"
    assert "\ufe20" not in out and "\ufe21" not in out


def test_ala_lc_keeps_ts_and_tied_ts_apart() -> None:
    assert r("ala-lc", "Детский центр") == "Detskiĭ t\u0361sentr"


@pytest.mark.parametrize(
    ("src", "out"),
    [
        ("ёж", "\u00ebzh"),  # Latin ë, not the Cyrillic ё of iuliia's map
        ("мой", "mo\u012d"),  # ĭ = i with breve
        ("это", "\u0117to"),  # ė
        ("объём", "ob\u02ba\u00ebm"),  # ʺ U+02BA inside a word
        ("миръ", "mir"),  # a final ъ (pre-1918 spelling) is not romanised
        ("ЦК", "T\u0361SK"),  # all caps: both tied letters capital
        ("Яковлев", "I\u0361Akovlev"),  # a capital tied letter: both capital (LC table)
        ("Юрьев", "I\u0361Ur\u02b9ev"),
        ("соль", "sol\u02b9"),
    ],
)
def test_ala_lc_letters(src: str, out: str) -> None:
    assert r("ala-lc", src) == out


def test_ala_lc_alt_drops_diacritics_and_ties() -> None:
    assert r("ala-lc-alt", "Юрий Щёкин, объём, эра") == 'Iurii Shchekin, ob"em, era'


# -- passports ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("src", "icao", "gost_52535"),
    [
        ("ОБЪЕКТ", "OBIEEKT", "OBEKT"),  # ъ → ie (ICAO) / omitted (GOST R 52535.1)
        ("Цой", "Tsoi", "Tcoi"),  # ц → ts / tc, й → i
        ("Фёдор", "Fedor", "Fedor"),  # ё → e
        ("Ольга", "Olga", "Olga"),  # ь omitted
        ("Юлия", "Iuliia", "Iuliia"),
        ("Хрущёв", "Khrushchev", "Khrushchev"),
    ],
)
def test_passport_tables(src: str, icao: str, gost_52535: str) -> None:
    assert r("icao-doc-9303", src) == icao
    assert r("gost-52535", src) == gost_52535


# -- GOST R 52290 (road signs) --------------------------------------------------------------


@pytest.mark.parametrize(
    ("src", "out"),
    [
        ("Королёв", "Korolyev"),  # ё after a consonant → ye
        ("Жёлтый", "Zheltyy"),  # ё after ж ч ш щ → e
        ("Щёлково", "Shchelkovo"),
        ("Ёлкино", "Yolkino"),  # ё at the start → yo
        ("заём", "zayom"),  # ё after a vowel → yo
        ("бельё", "belyo"),  # ь before ё not written
        ("подъезд", "podyezd"),  # ъ before е not written, е after ъ → ye
        ("Тверь", "Tver'"),  # ь elsewhere → '
        ("Елань", "Elan'"),  # е at the start → e
        ("Заельцовский", "Zayel'tsovskiy"),  # е after a vowel → ye
    ],
)
def test_gost_52290_e_and_yo(src: str, out: str) -> None:
    assert r("gost-52290", src) == out


# -- GOST R 7.0.34, GOST 16876 ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("src", "out"),
    [
        ("Хрущёв", "Xrushhyov"),
        ("съезд", "s''ezd"),
        ("ЦАРЬ", "CAR'"),
        ("Йошкар-Ола", "Joshkar-Ola"),
    ],
)
def test_gost_7034(src: str, out: str) -> None:
    assert r("gost-7034", src) == out


@settings(max_examples=60, deadline=None)
@given(text=st.text(alphabet=LOWER + UPPER + " ", max_size=40))
def test_gost_16876_table_1_is_iso_9_for_russian(text: str) -> None:
    assert r("gost-16876", text) == r("iso-9", text)


@pytest.mark.parametrize(
    ("src", "out"),
    [("Йошкар-Ола", "Jjoshkar-Ola"), ("эхо", "ehkho"), ("щи", "shhi"), ("ёж", "jozh")],
)
def test_gost_16876_table_2(src: str, out: str) -> None:
    assert r("gost-16876-alt", src) == out


# -- BS 2979 --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("src", "strict", "simple"),
    [
        ("Крым", "Krȳm", "Krym"),
        ("Толстой", "Tolstoĭ", "Tolstoi"),  # -ой is not an ending of the rule
        ("Горький", "Gorʹky", "Gor'ky"),  # -ий → y
        ("Белый", "Bely", "Bely"),  # -ый → y
        ("детство", "det-stvo", "detstvo"),  # тс → t-s only in the strict form
        ("эра", "éra", "era"),
        ("ЦИРК", "TSIRK", "TSIRK"),
    ],
)
def test_bs_2979(src: str, strict: str, simple: str) -> None:
    assert r("bs-2979", src) == strict
    assert r("bs-2979-alt", src) == simple


# -- BGN/PCGN without separators ------------------------------------------------------------


@pytest.mark.parametrize(
    ("src", "strict", "simple"),
    [
        ("Советская", "Sovet·skaya", "Sovetskaya"),
        ("Тыайа", "Ty·ay·a", "Tyaya"),
        ("Ельцин", "Yelʹtsin", "Yelʹtsin"),
        ("Заельцовский", "Zayelʹtsovskiy", "Zayelʹtsovskiy"),
        ("Ёлкино", "Yëlkino", "Yëlkino"),
    ],
)
def test_bgn_pcgn_alt_is_bgn_pcgn_without_separators(src: str, strict: str, simple: str) -> None:
    assert r("bgn-pcgn", src) == strict
    assert r("bgn-pcgn-alt", src) == simple


@settings(max_examples=80, deadline=None)
@given(text=st.text(alphabet=LOWER + UPPER + " ", max_size=40))
def test_bgn_pcgn_alt_equals_bgn_pcgn_minus_the_dots(text: str) -> None:
    out = r("bgn-pcgn-alt", text)
    assert "·" not in out
    assert out == r("bgn-pcgn", text).replace("·", "")


# BGN/PCGN 1947 (Romanization of Russian, 2019 check) lists only the 33 letters of the reformed
# alphabet. The scheme files write і ѣ ѳ ѵ as the letters the 1918 reform put in their place
# (і, ѵ → и; ѣ → е; ѳ → ф: the decree's table, translit/data/normalize.toml), romanised by the
# standard's own table and rule 1 (е → ye initially and after a vowel, й, ъ, ь); ODNI 2015
# (adapted from BGN/PCGN, 26 letters) likewise. Expected values applied by hand to the table.
@pytest.mark.parametrize(
    ("src", "bgn", "odni"),
    [
        ("Достоевскій", "Dostoyevskiy", "Dostoyevskiy"),
        ("ДОСТОЕВСКІЙ", "DOSTOYEVSKIY", "DOSTOYEVSKIY"),
        ("Аѳанасій", "Afanasiy", "Afanasiy"),
        ("Вѣра", "Vera", "Vera"),
        ("ѣсть", "yestʹ", "yest"),  # ѣ as е: rule 1 at the start of a word
        ("Россіею", "Rossiyeyu", "Rossiyeyu"),  # і as и: е after it is ye
        ("мѵро", "miro", "miro"),
    ],
)
def test_bgn_pcgn_pre_1918_letters_as_their_reformed_letters(src: str, bgn: str, odni: str) -> None:
    assert r("bgn-pcgn", src) == bgn
    assert r("bgn-pcgn-alt", src) == bgn
    assert r("odni-2015", src) == odni


def test_outputs_are_nfc() -> None:
    for sid in SCHEMES:
        out = r(sid, LOWER + " " + UPPER)
        assert unicodedata.is_normalized("NFC", out), sid
