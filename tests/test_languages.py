"""Every Cyrillic language: the issue's examples, the scheme catalogue, no Cyrillic left over."""

from __future__ import annotations

import unicodedata

import pytest
from click.testing import CliRunner
from conftest import corpus_files

import translit
from translit.catalogue import get_romanizer, get_scheme, languages
from translit.cli import cli
from translit.script import CYRILLIC_RE

CYRILLIC = CYRILLIC_RE


@pytest.mark.parametrize(
    ("text", "scheme", "lang", "expected"),
    [
        # issue #3, "Examples that must hold"
        ("Київ", "bgn-pcgn", "uk", "Kyyiv"),
        ("Київ", "national", "uk", "Kyiv"),
        ("Згорани", "national", "uk", "Zghorany"),
        ("Юрій", "national", "uk", "Yurii"),
        ("България", "official", "bg", "Bulgaria"),
        ("Щастие", "official", "bg", "Shtastie"),
        ("Ђорђе Јовановић", "latin", "sr", "Đorđe Jovanović"),
        ("ЏУГАЊ", "latin", "sr", "DŽUGANJ"),
        ("Џ", "latin", "sr", "Dž"),
        # KMU 55 (2010): word-initial є ї й ю я, apostrophe dropped
        ("Єнакієве", "national", "uk", "Yenakiieve"),
        ("Знам'янка", "national", "uk", "Znamianka"),
        ("ЗГОРАНИ", "national", "uk", "ZGHORANY"),
        # Bulgarian Transliteration Act 2009: -ия at the end of a word is ia
        ("София", "official", "bg", "Sofia"),
        ("Мария", "official", "bg", "Maria"),
        ("Ъглен", "official", "bg", "Aglen"),
        # ALA-LC: a tie joins two letters, both capitalised (LC: T͡Svetaeva)
        ("Цвєтаєва", "ala-lc", "uk", "T͡Svi͡etai͡eva"),
        ("ЦАР", "ala-lc", "bg", "T͡SAR"),
        # CLDR BGN: Bulgarian final ъ is dropped, Macedonian ѓ before е is g
        ("Търговище", "bgn-pcgn", "bg", "Tŭrgovishte"),
        ("Ѓевгелија", "bgn-pcgn", "mk", "Gevgelija"),
        ("Қарағанды", "bgn-pcgn", "kk", "Qaraghandy"),
        ("Жалал-Абад", "bgn-pcgn", "ky", "Jalal-Abad"),
        ("Өлгий", "bgn-pcgn", "mn", "Ölgiy"),
    ],
)
def test_examples(text: str, scheme: str, lang: str, expected: str) -> None:
    assert translit.romanize(text, scheme=scheme, lang=lang) == expected


EXPECTED_IDS = {
    "uk": {"bgn-pcgn", "national", "ala-lc", "ala-lc-alt"},
    "be": {"bgn-pcgn", "national", "ala-lc", "ala-lc-alt"},
    "bg": {"bgn-pcgn", "official", "ala-lc", "ala-lc-alt"},
    "sr": {"bgn-pcgn", "latin", "ala-lc", "ala-lc-alt"},
    "mk": {"bgn-pcgn", "official", "ala-lc", "ala-lc-alt"},
    "kk": {"bgn-pcgn"},
    "ky": {"bgn-pcgn"},
    "mn": {"bgn-pcgn"},
}


@pytest.mark.parametrize("lang", sorted(EXPECTED_IDS))
def test_every_language_has_its_schemes(lang: str) -> None:
    own = {s["id"] for s in translit.schemes(lang) if s["language"] == lang}
    assert EXPECTED_IDS[lang] <= own
    assert "iso-9" in {s["id"] for s in translit.schemes(lang)}  # the universal fallback


def test_cli_schemes_lists_the_national_ids() -> None:
    result = CliRunner().invoke(cli, ["schemes", "--lang", "uk"])
    assert result.exit_code == 0
    assert "national" in result.output and "ala-lc-alt" in result.output
    result = CliRunner().invoke(cli, ["schemes", "--lang", "sr"])
    assert "latin" in result.output and "[reversible]" in result.output


def test_iso9_table_values() -> None:
    r = get_romanizer("iso-9", "kk")
    # ISO 9:1995 table 1: one Latin letter per Cyrillic letter, with diacritics
    assert r("Ҿ ҿ Ә ә Ӏ ј Ѕ ѓ ќ ћ џ") == "Ç̆ ç̆ A̋ a̋ ‡ ǰ Ẑ ǵ ḱ ć d̂"
    assert r("Щёголь Київ") == "Ŝëgolʹ Kiïv"


def test_iso9_is_one_to_one() -> None:
    letters = get_scheme("iso-9", "any").body.letters
    outs = [unicodedata.normalize("NFC", o) for o in letters.values()]
    assert len(set(outs)) == len(outs)


def test_no_cyrillic_letter_in_any_scheme_output_of_every_cyrillic_letter() -> None:
    every = "".join(
        chr(c) for c in range(0x0400, 0x0530) if unicodedata.category(chr(c)).startswith("L")
    )
    for info in translit.schemes():
        for lang in languages() if info["language"] == "any" else [info["language"]]:
            out = get_romanizer(info["id"], lang)(every)
            assert not CYRILLIC.search(out), (info["id"], lang, CYRILLIC.findall(out))


@pytest.fixture(scope="module")
def corpus_text() -> str:
    files = corpus_files()
    if not files:
        pytest.skip("../shared/corpus is absent (only CI and developers have it)")
    return "".join(p.read_text(encoding="utf-8") for p in files)


@pytest.mark.parametrize("lang", ["auto", *languages()])
def test_no_cyrillic_survives_the_corpus_for_any_lang(corpus_text: str, lang: str) -> None:
    out = translit.romanize(corpus_text, lang=lang)
    assert not CYRILLIC.search(out), CYRILLIC.findall(out)[:10]


def _scheme_lang_pairs() -> list[tuple[str, str]]:
    pairs = []
    for info in translit.schemes():
        langs = languages() if info["language"] == "any" else [info["language"]]
        pairs += [(info["id"], lang) for lang in langs]
    return pairs


@pytest.mark.parametrize(("sid", "lang"), _scheme_lang_pairs())
def test_no_cyrillic_survives_the_corpus_under_any_scheme(
    corpus_text: str, sid: str, lang: str
) -> None:
    out = get_romanizer(sid, lang).romanize(corpus_text)
    assert not CYRILLIC.search(out), CYRILLIC.findall(out)[:10]
