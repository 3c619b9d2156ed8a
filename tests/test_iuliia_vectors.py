"""iuliia's published sample pairs as external test vectors for the 27 Russian schemes.

The pairs are read at run time from the installed ``iuliia`` package (the ``bench`` extra,
which the ``test`` extra includes); nothing of them is copied here. Every sample must come
out exactly as iuliia prints it, except the (scheme, input) pairs of :data:`DELIBERATE`:
there translit follows the standard where iuliia does not, and the entry says how iuliia's
Latin differs (a few literal replacements). The test applies those replacements to iuliia's
own string and asserts equality with the result, so the rest of each sample is still checked
letter for letter, and an entry that no longer changes anything fails as stale.

``PYTHONPATH=. python3 bench/iuliia_samples_audit.py`` prints the same comparison as a table.
"""

from __future__ import annotations

import json
import unicodedata
from importlib import resources

import pytest

from translit import get_romanizer

iuliia = pytest.importorskip(
    "iuliia", reason="iuliia is not installed (it comes with the bench/test extras)"
)

Fix = tuple[tuple[str, str], ...]

PANGRAM = "Юлия, съешь ещё этих мягких французских булок из Йошкар-Олы, да выпей алтайского чаю"

# iuliia's known fault: several maps emit the Cyrillic letter ё where the standard has Latin ë.
YO: Fix = (("ё", "ë"), ("Ё", "Ë"))
WHY_YO = "iuliia writes Cyrillic ё where the standard's table has Latin ë (a known iuliia fault)"

# BGN/PCGN: the soft and hard signs are a prime and a double prime; the scheme writes them as
# U+02B9 ʹ and U+02BA ʺ, exactly as the Unicode CLDR transform Russian-Latin/BGN (ICU) does
# ($prime = ʹ, $doublePrime = ʺ), which the scheme names as its source. iuliia writes the
# quotation marks ’ (U+2019) and ” (U+201D); other copies of the table use ʼ (U+02BC): the
# mark is the same, only its code point differs between sources.
BGN_SIGNS: Fix = (("’", "ʹ"), ("”", "ʺ"))
WHY_BGN = (
    "ь → ʹ (U+02B9), ъ → ʺ (U+02BA) as CLDR's Russian-Latin/BGN writes them, where iuliia uses "
    "the quotation marks ’ ”; plus iuliia's Cyrillic ё for ë"
)
_BGN_INPUTS = (
    PANGRAM,
    "Юрьев объезд",
    "Ёдва",
    "Змииёвка",
    "Айёган",
    "Воробьёво",
    "Кебанъёль",
    "Озёрный",
)

# (scheme, input) -> (why translit differs, how iuliia's Latin becomes the standard's)
DELIBERATE: dict[tuple[str, str], tuple[str, Fix]] = {
    **{
        (s, src): (WHY_BGN, BGN_SIGNS + YO)
        for s in ("bgn-pcgn", "bgn-pcgn-alt")
        for src in _BGN_INPUTS
    },
    ("ala-lc", PANGRAM): (
        "capital Ю → I͡U with both tied letters capitalised, as the LC table's capital column "
        "and ScriptShifter (Ю → I͡U) write it (scheme notes); plus iuliia's Cyrillic ё for ë",
        (("I͡u", "I͡U"), *YO),
    ),
    ("bs-2979", PANGRAM): (WHY_YO, YO),
    ("gost-16876", PANGRAM): (WHY_YO, YO),
    ("gost-779", PANGRAM): (WHY_YO, YO),
    ("scientific", PANGRAM): (WHY_YO, YO),
    ("ungegn-1987", PANGRAM): (WHY_YO, YO),
    ("iso-9-1968", PANGRAM): (
        "х → ch: for the modern letters the UN system, the scholarly system and ISO/R 9:1968 "
        "differ only in х (h / x / ch) and э (Wikipedia, GOST 16876-71); iuliia writes h "
        "(secondary sources disagree; see the scheme notes)",
        (("ih ", "ich "),),
    ),
    ("iso-9-1968-alt", PANGRAM): (
        "и → i: ISO/R 9:1968 gives y for и in Ukrainian only, and y is ы here; iuliia's "
        "iso_9_1968_alt maps и → y",
        (("Yulyya", "Yuliya"), ("ykh ", "ikh "), (" yz ", " iz ")),
    ),
    ("mvd-310-fr", "Гайа Васильева"): (
        "с between vowels → ss, a rule of the MVD 310 French table that iuliia's map omits "
        "(a known iuliia fault)",
        (("Vasi", "Vassi"),),
    ),
    ("mvd-310-fr", "Юрий Васин"): (
        "с between vowels → ss, a rule of the MVD 310 French table that iuliia's map omits "
        "(a known iuliia fault)",
        (("Vasi", "Vassi"),),
    ),
    ("mvd-782", PANGRAM): (
        "word-initial е → ye: the MVD 782 table gives YE for 'инициалы' (initial position) and "
        "after vowels, ъ, ь (base.garant.ru 4088269, appendix 7); iuliia writes e",
        ((" eshche", " yeshche"),),
    ),
}


def _samples() -> list[tuple[str, str, str]]:
    folder = resources.files("iuliia") / "schemas"
    out = []
    for node in sorted(folder.iterdir(), key=lambda n: n.name):
        if not node.name.endswith(".json"):
            continue
        data = json.loads(node.read_text(encoding="utf-8"))
        if data.get("name") == "uz":  # Uzbek, not a Russian scheme
            continue
        sid = data["name"].replace("_", "-")
        out.extend((sid, src, want) for src, want in data.get("samples", []))
    return out


SAMPLES = _samples()


def _expected(sid: str, src: str, want: str) -> str:
    """iuliia's Latin, with the documented replacements when translit deliberately differs.

    Compared in NFC: iuliia's maps write ž decomposed (z + U+030C) in six schemes, the same
    letter as translit's precomposed ž.
    """
    want = unicodedata.normalize("NFC", want)
    entry = DELIBERATE.get((sid, src))
    if entry is None:
        return want
    fixed = want
    for old, new in entry[1]:
        fixed = fixed.replace(old, new)
    assert fixed != want, f"stale allow-list entry {(sid, src)}: the replacements change nothing"
    return fixed


def test_every_russian_scheme_has_samples() -> None:
    assert len({sid for sid, _, _ in SAMPLES}) == 27


def test_allow_list_names_real_samples() -> None:
    known = {(sid, src) for sid, src, _ in SAMPLES}
    assert set(DELIBERATE) <= known, sorted(set(DELIBERATE) - known)


@pytest.mark.parametrize(
    ("sid", "src", "want"), SAMPLES, ids=[f"{s[0]}:{s[1][:20]}" for s in SAMPLES]
)
def test_iuliia_sample(sid: str, src: str, want: str) -> None:
    assert get_romanizer(sid, "ru")(src) == _expected(sid, src, want)


@pytest.mark.parametrize(
    ("sid", "src", "want"), SAMPLES, ids=[f"{s[0]}:{s[1][:20]}" for s in SAMPLES]
)
def test_iuliia_sample_all_caps(sid: str, src: str, want: str) -> None:
    """The same sample in capitals gives the capitals of the expected Latin (ЩУКА → SHCHUKA).

    iuliia itself writes ALL-CAPS digraphs in mixed case (a known fault), so the expectation is
    derived: the upper case of the expected Latin. A one-letter word is in capitals too: the
    engine writes a lone capital as an initial (Ю. → Yu.) unless a word in capitals is beside it
    (В ЛЕСУ → V LESU).
    """
    expected = unicodedata.normalize("NFC", _expected(sid, src, want).upper())
    assert get_romanizer(sid, "ru")(src.upper()) == expected
