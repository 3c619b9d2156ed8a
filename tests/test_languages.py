"""Every Cyrillic language: the issue's examples, the scheme catalogue, no Cyrillic left over."""

from __future__ import annotations

import unicodedata

import pytest
from click.testing import CliRunner
from conftest import corpus_files

import translit
from translit.catalogue import (
    default_scheme,
    get_romanizer,
    get_scheme,
    language_codes,
    language_info,
    languages,
)
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


# An alias that names an authority claims that authority's standard: the scheme file must be
# that authority's (Uyghur's ODNI file once answered to bgn-pcgn, a standard BGN/PCGN does not
# have: its Uyghur table is for the Arabic script).
AUTHORITY_OF_ALIAS = {
    "bgn": "BGN/PCGN",
    "pcgn": "BGN/PCGN",
    "odni": "ODNI",
    "ics": "ODNI",
    "ala": "ALA-LC",
    "alalc": "ALA-LC",
    "icao": "ICAO",
    "un": "UN",
    "ungegn": "UN",
    "iso": "ISO",
}


@pytest.mark.parametrize("lang", languages())
def test_an_alias_naming_an_authority_is_that_authoritys_scheme(lang: str) -> None:
    for s in translit.schemes(lang):
        for alias in s["aliases"]:
            claimed = AUTHORITY_OF_ALIAS.get(alias.split("-")[0])
            assert claimed in (None, s["authority"]), (lang, s["id"], alias, s["authority"])


@pytest.mark.parametrize("lang", language_codes())
def test_each_language_is_romanised_with_its_own_default_scheme(lang: str) -> None:
    sid = default_scheme(lang)
    assert get_scheme(sid, lang).language == lang  # a file of its own folder, not ISO 9's
    letters = language_info(lang)["alphabet"] or "".join(
        c for c in get_scheme(sid, lang).body.letters if len(c) == 1
    )
    word = letters[:12]
    assert translit.romanize(word, lang=lang) == get_romanizer(sid, lang)(word)


@pytest.mark.parametrize(
    ("lang", "edition", "text", "today", "older"),
    [
        # KMU Resolution No. 55 (2010), the system of BGN/PCGN's 2019 agreement: й ї ю я є
        # word-initially Y-, else i ia iu ie; ь and the apostrophe dropped; the 1965 table: yi, ʹ
        (
            "ukr",
            "bgn-pcgn-2019",
            "Київ, Запоріжжя, Гоголь",
            "Kyiv, Zaporizhzhia, Hohol",
            "Kyyiv, Zaporizhzhya, Hoholʹ",
        ),
        # Bulgarian Transliteration Act 2009 (BGN/PCGN 2013): ъ a, final -ия ia; 1952: ŭ, iya
        (
            "bg",
            "bgn-pcgn-2013",
            "България, София, Търново",
            "Bulgaria, Sofia, Tarnovo",
            "Bŭlgariya, Sofiya, Tŭrnovo",
        ),
        # Macedonian national system (BGN/PCGN 2013): ѓ ǵ; the 1981 edition: đ
        (
            "mk",
            "bgn-pcgn-2013",
            "Ѓорче Петров, Скопје",
            "Ǵorče Petrov, Skopje",
            "Đorče Petrov, Skopje",
        ),
    ],
)
def test_the_default_is_the_system_bgn_pcgn_use_today(
    lang: str, edition: str, text: str, today: str, older: str
) -> None:
    assert default_scheme(lang) == edition
    assert translit.romanize(text, lang=lang) == today
    assert translit.romanize(text, lang="auto") == today  # the detected language's default
    assert translit.romanize(text, "bgn-pcgn", lang) == older  # the id keeps its old edition
    result = CliRunner().invoke(cli, ["romanize", "-l", lang], input=text + "\n")
    assert result.exit_code == 0, result.output
    assert result.output == today + "\n"


def test_uyghur_defaults_to_odni_and_has_no_bgn_pcgn() -> None:
    # ICS 630-01 Annex U (ODNI 2015), applied by hand: ү → u, ч → ch, җ → zh, ә → e
    assert default_scheme("uig") == "odni-2015"
    assert translit.romanize("Үрүмчи", lang="ug") == "Urumchi"
    assert translit.romanize("Муса Җәлил", lang="uig") == "Musa Zhelil"
    with pytest.raises(translit.UnknownSchemeError) as exc:
        translit.romanize("Үрүмчи", scheme="bgn-pcgn", lang="ug")
    assert "odni-2015" in str(exc.value)  # the message lists the schemes Uyghur has
    result = CliRunner().invoke(cli, ["romanize", "-l", "ug"], input="Үрүмчи\n")
    assert result.exit_code == 0, result.output
    assert result.output == "Urumchi\n"
    result = CliRunner().invoke(cli, ["romanize", "-l", "ug", "-s", "bgn-pcgn"], input="Ү\n")
    assert result.exit_code == 2
    assert "odni-2015" in result.output


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
