"""The catalogue: interscript ids and ISO 639 codes as names, editions, the listing, the page."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

import translit
from translit.catalogue import (
    catalogue_markdown,
    get_romanizer,
    get_scheme,
    language_codes,
    language_info,
    languages,
    norm_lang,
)
from translit.cli import cli
from translit.script import CYRILLIC_RE as CYRILLIC

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(
    ("code", "folder"),
    [
        ("ru", "ru"),
        ("rus", "ru"),
        ("RUS", "ru"),
        ("ukr", "uk"),
        ("bel", "be"),
        ("mkd", "mk"),
        ("mac", "mk"),  # ISO 639-2/B
        ("tat", "tt"),
        ("tgk", "tg"),
        ("ron", "ro"),
        ("rum", "ro"),
        ("mol", "ro"),  # retired Moldavian code
        ("rue", "rue"),  # 639-3 only
        ("uk-UA", "uk"),
        ("be_BY", "be"),
    ],
)
def test_iso_639_codes_name_the_folder(code: str, folder: str) -> None:
    assert norm_lang(code) == folder


def test_languages_table_covers_every_folder_and_the_19_interscript_languages() -> None:
    interscript = [
        "aze",
        "bak",
        "bel",
        "bul",
        "che",
        "kaz",
        "kir",
        "mkd",
        "mon",
        "ron",
        "rue",
        "rus",
        "srp",
        "tat",
        "tgk",
        "tuk",
        "uig",
        "ukr",
        "uzb",
    ]
    for code in interscript:
        info = language_info(code)
        assert code in (info["iso639_2t"], info["iso639_3"]), info
        assert info["alphabet"] == info["alphabet"].lower() and len(info["alphabet"]) >= 30
    for lang in languages():
        assert language_info(lang)["code"] == lang


def test_romanize_takes_a_three_letter_code() -> None:
    assert translit.romanize("Щука", "bgn-pcgn", "rus") == "Shchuka"
    assert translit.romanize("Київ", "national", "ukr") == "Kyiv"


def test_unknown_language_still_fails() -> None:
    with pytest.raises(translit.UnknownLanguageError):
        get_romanizer("bgn-pcgn", "xyz")


def _interscript_schemes() -> list[tuple[str, str, str]]:
    return [
        (s["language"], s["id"], s["interscript"]) for s in translit.schemes() if s["interscript"]
    ]


@pytest.mark.parametrize(("lang", "sid", "isid"), _interscript_schemes())
def test_interscript_id_is_an_alias(lang: str, sid: str, isid: str) -> None:
    code = isid.split("-")[1]  # bgnpcgn-rus-Cyrl-Latn-1947 → rus
    assert get_scheme(isid, code).id == sid
    assert get_scheme(isid.lower(), code).id == sid
    assert get_scheme(isid.upper(), lang if lang != "any" else "ru").id == sid


def test_existing_systems_carry_their_interscript_ids() -> None:
    assert get_scheme("bgnpcgn-rus-Cyrl-Latn-1947", "ru").id == "bgn-pcgn"
    assert get_scheme("ua-ukr-Cyrl-Latn-2010", "uk").id == "national"
    assert get_scheme("icao-rus-Cyrl-Latn-9303", "ru").id == "icao-doc-9303"
    info = {s["id"]: s for s in translit.schemes("ru")}["bgn-pcgn"]
    assert (info["authority"], info["year"]) == ("BGN/PCGN", 1947)


def test_cli_lists_authority_year_reversibility_and_aliases() -> None:
    result = CliRunner().invoke(cli, ["schemes", "--lang", "rus"])
    assert result.exit_code == 0, result.output
    line = next(x for x in result.output.splitlines() if " bgn-pcgn " in x)
    for part in ("ru", "BGN/PCGN", "1947", "[reversible]", "bgnpcgn-rus-Cyrl-Latn-1947"):
        assert part in line
    assert "iso-9" in result.output  # the universal schemes come last


def test_cli_json() -> None:
    result = CliRunner().invoke(cli, ["schemes", "--lang", "uk", "--json"])
    items = json.loads(result.output)
    assert {"id", "language", "authority", "year", "interscript", "reversible", "aliases"} <= set(
        items[0]
    )
    assert {i["language"] for i in items} == {"uk", "any"}


def test_cli_lang_of_a_language_with_no_folder_of_its_own_lists_the_universal_schemes() -> None:
    result = CliRunner().invoke(cli, ["schemes", "--lang", "tat"])
    assert result.exit_code == 0, result.output
    assert "iso-9" in result.output


def test_docs_catalogue_is_current() -> None:
    page = (ROOT / "docs" / "catalogue.md").read_text(encoding="utf-8")
    assert page == catalogue_markdown(), (
        "docs/catalogue.md is stale: run `translit schemes --markdown > docs/catalogue.md`"
    )


def test_catalogue_page_lists_every_scheme() -> None:
    page = catalogue_markdown()
    for s in translit.schemes():
        assert f"| `{s['id']}` | {s['title']} |" in page


def _run(code: str) -> str:
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    return out.stdout.strip()


def test_listing_reads_metadata_only() -> None:
    code = (
        "import translit.catalogue as c; n = len(c.schemes()); "
        "print(n, c._scheme.cache_info().currsize, c._compiled.cache_info().currsize)"
    )
    n, parsed, compiled = map(int, _run(code).split())
    assert n > 50 and parsed == 0 and compiled == 0


def test_help_compiles_no_scheme() -> None:
    code = (
        "import sys; from click.testing import CliRunner; from translit.cli import cli; "
        "r = CliRunner().invoke(cli, ['--help']); assert r.exit_code == 0; "
        "c = sys.modules.get('translit.catalogue'); "
        "print(0 if c is None else c._scheme.cache_info().currsize + c._compiled.cache_info().currsize)"
    )
    assert _run(code) == "0"


def _scheme_language_pairs() -> list[tuple[str, str]]:
    pairs = []
    for info in translit.schemes():
        langs = language_codes() if info["language"] == "any" else (info["language"],)
        pairs += [(info["id"], lang) for lang in langs]
    return pairs


@pytest.mark.parametrize(("sid", "lang"), _scheme_language_pairs())
def test_no_letter_of_the_language_survives(sid: str, lang: str) -> None:
    """Every letter of the language (both cases, alone, in words, in capitals) comes out Latin."""
    letters = language_info(lang)["alphabet"]
    text = " ".join([*letters, *letters.upper(), letters, letters.upper(), letters.capitalize()])
    out = get_romanizer(sid, lang)(text)
    assert not CYRILLIC.search(out), CYRILLIC.findall(out)


def test_cli_romanize_with_an_interscript_id() -> None:
    result = CliRunner().invoke(
        cli, ["romanize", "-s", "odni-rus-Cyrl-Latn-2015", "-l", "rus"], input="Пётр Ельцин\n"
    )
    assert result.exit_code == 0, result.output
    assert result.output == "Petr Yeltsin\n"


@pytest.mark.parametrize(
    ("edition", "lang", "unqualified", "text", "out_edition", "out_unqualified"),
    [
        # BGN/PCGN Ukrainian: 1965 stays under bgn-pcgn, 2019 (the national system) is its own id
        ("bgn-pcgn-2019", "uk", "bgn-pcgn", "Київ", "Kyiv", "Kyyiv"),
        # the 1996 national system differs from 2010 in щ, ь and the apostrophe
        ("national-1996", "uk", "national", "Борщагівка", "Borschahivka", "Borshchahivka"),
        ("mvd-2010", "ru", "mvd-2008", "Ольга", "Olga", "Oĺga"),
    ],
)
def test_editions_are_separate_schemes(
    edition: str, lang: str, unqualified: str, text: str, out_edition: str, out_unqualified: str
) -> None:
    assert translit.romanize(text, edition, lang) == out_edition
    assert translit.romanize(text, unqualified, lang) == out_unqualified


def test_interscript_systems_carry_authority_and_year_and_are_claimed_once() -> None:
    claimed: dict[str, str] = {}
    for s in translit.schemes():
        names = [s["interscript"], *(a for a in s["aliases"] if "-Cyrl-Latn-" in a)]
        for isid in filter(None, names):
            assert s["authority"] and s["year"], (s["language"], s["id"])
            where = f"{s['language']}/{s['id']}"
            assert claimed.setdefault(isid.lower(), where) == where, (isid, claimed[isid.lower()])


@pytest.mark.parametrize(
    ("name", "lang", "home"),
    [("dstu-9112-a", "ru", ["uk"]), ("national-2023", "ru", ["be"]), ("DSTU-A", "bg", ["uk"])],
)
def test_a_scheme_asked_for_in_another_language_names_its_language(
    name: str, lang: str, home: list[str]
) -> None:
    # a Ukrainian-only standard asked for with the default language (ru): the error says
    # whose scheme it is, not the Russian names that look alike (gost-779-a)
    from translit.errors import UnknownSchemeError

    with pytest.raises(UnknownSchemeError) as info:
        translit.get_romanizer(name, lang)
    assert info.value.elsewhere == home
    assert f"it is a scheme of {home[0]}" in str(info.value)
    with pytest.raises(UnknownSchemeError) as info:
        translit.reverse("Kyïv", name, lang)
    assert info.value.elsewhere == home


def test_a_scheme_most_languages_have_is_answered_with_what_this_one_has() -> None:
    from translit.errors import UnknownSchemeError

    with pytest.raises(UnknownSchemeError) as info:
        translit.get_romanizer("bgn-pcgn", "ug")  # (Uyghur has no BGN/PCGN system)
    assert len(info.value.elsewhere) > 3 and "it is a scheme of" not in str(info.value)
    assert "odni-2015" in str(info.value)


def test_cli_reverse_with_a_scheme_of_another_language_says_which() -> None:
    result = CliRunner().invoke(cli, ["reverse", "-s", "dstu-9112-a"], input="Kyïv\n")
    assert result.exit_code == 2
    assert "it is a scheme of uk" in result.output
    ok = CliRunner().invoke(cli, ["reverse", "-s", "dstu-9112-a", "-l", "uk"], input="Kyïv\n")
    assert (ok.exit_code, ok.output) == (0, "Київ\n")


def test_a_scheme_the_detected_language_lacks_says_the_language_was_detected() -> None:
    # user20: `printf 'Привет\n' | translit romanize -s national` said "unknown scheme
    # 'national' for language 'ru'" without saying that ru was read from the text, not given
    from translit.errors import UnknownSchemeError

    with pytest.raises(UnknownSchemeError) as info:
        translit.romanize("Привет", scheme="national")
    assert info.value.detected and "(detected from the text" in str(info.value)
    with pytest.raises(UnknownSchemeError) as info:
        translit.romanize("Привет", scheme="national", lang="ru")
    assert not info.value.detected and "detected" not in str(info.value)
    result = CliRunner().invoke(cli, ["romanize", "-s", "dstu-9112-a"], input="Привет\n")
    assert result.exit_code == 1
    assert "'ru' (detected from the text" in result.output
    assert "it is a scheme of uk" in result.output
