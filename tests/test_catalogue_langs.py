"""The catalogue's languages beyond ru/uk/be: every interscript system has a scheme file, and
every letter of each language's alphabet is romanised by each of its schemes' own tables, with no
Cyrillic left over.

The alphabets of the new languages are written here from the standards' own tables (each
language's official alphabet as the BGN/PCGN and national tables list it), independently of the
scheme files; bg, mk, sr, kk, ky and mn use translit/data/alphabets.toml.
"""

from __future__ import annotations

import re
import unicodedata

import pytest
from click.testing import CliRunner
from conftest import SHARED
from hypothesis import given, settings
from hypothesis import strategies as st

import translit
from translit.catalogue import get_romanizer, get_scheme, languages
from translit.cli import cli
from translit.reversal import reverse
from translit.script import CYRILLIC_RE, alphabet

ALPHABETS = {
    **{lang: alphabet(lang) for lang in ("bg", "mk", "sr", "kk", "ky", "mn")},
    "tt": "аәбвгдеёжҗзийклмнңоөпрстуүфхһцчшщъыьэюя",
    "az": "абвгғдеәжзиыјкҝлмноөпрстуүфхһчҹш",
    "tk": "абвгдеёжҗзийклмнңоөпрстуүфхцчшщъыьэәюя",
    "tg": "абвгғдеёжзиӣйкқлмнопрстуӯфхҳчҷшъэюя",
    "ce": "абвгдеёжзийклмнопрстуфхцчшщъыьэюяӏ",
    "ug": "аәбвгғдеёжҗзийкқлмнңоөпрстуүфхһчшюя",
    "rue": "абвгґдеєёжзиіыїйклмнопрстуфхцчшщюяьъ",
    "ro": "абвгдежӂзийклмнопрстуфхцчшыьэюя",
    "ba": "абвгғдҙеёжзийкҡлмнңоөпрсҫтуүфхһцчшщъыьэәюя",
    "uz": "абвгдеёжзийклмнопрстуфхцчшъьэюяўқғҳ",
}

# interscript id → language folder: every system of ../shared/reference/interscript-maps for the
# languages of this test.
INTERSCRIPT = {
    "bgnpcgn-kaz-Cyrl-Latn-1979": "kk",
    "odni-kaz-Cyrl-Latn-2015": "kk",
    "bgnpcgn-kir-Cyrl-Latn-1979": "ky",
    "odni-kir-Cyrl-Latn-2015": "ky",
    "alalc-mon-Cyrl-Latn-1997": "mn",
    "bgnpcgn-mon-Cyrl-Latn-1964": "mn",
    "masm-mon-Cyrl-Latn-5217-2012": "mn",
    "alalc-srp-Cyrl-Latn-1997": "sr",
    "alalc-srp-Cyrl-Latn-2013": "sr",
    "bgnpcgn-srp-Cyrl-Latn-1962": "sr",
    "bgnpcgn-srp-Cyrl-Latn-2005": "sr",
    "icao-srp-Cyrl-Latn-9303": "sr",
    "odni-srp-Cyrl-Latn-2005": "sr",
    "odni-srp-Cyrl-Latn-2015": "sr",
    "un-srp-Cyrl-Latn-1997": "sr",
    "alalc-mkd-Cyrl-Latn-1997": "mk",
    "alalc-mkd-Cyrl-Latn-2013": "mk",
    "bgnpcgn-mkd-Cyrl-Latn-1981": "mk",
    "bgnpcgn-mkd-Cyrl-Latn-2013": "mk",
    "icao-mkd-Cyrl-Latn-9303": "mk",
    "odni-mkd-Cyrl-Latn-2005": "mk",
    "odni-mkd-Cyrl-Latn-2015": "mk",
    "un-mkd-Cyrl-Latn-1977": "mk",
    "alalc-bul-Cyrl-Latn-1997": "bg",
    "apcbg-bul-Cyrl-Latn-1995": "bg",
    "bgna-bul-Cyrl-Latn-2006": "bg",
    "bgna-bul-Cyrl-Latn-2009": "bg",
    "bgnpcgn-bul-Cyrl-Latn-1952": "bg",
    "bgnpcgn-bul-Cyrl-Latn-2013": "bg",
    "icao-bul-Cyrl-Latn-9303": "bg",
    "odni-bul-Cyrl-Latn-2005": "bg",
    "odni-bul-Cyrl-Latn-2015": "bg",
    "un-bul-Cyrl-Latn-1977": "bg",
    "bgnpcgn-bak-Cyrl-Latn-2007": "ba",
    "bgnpcgn-uzb-Cyrl-Latn-1979": "uz",
    "bgnpcgn-uzb-Cyrl-Latn-2000": "uz",
    "odni-uzb-Cyrl-Latn-2015": "uz",
    "odni-uig-Cyrl-Latn-2015": "ug",
    "bgnpcgn-rue-Cyrl-Latn-2016": "rue",
    "bgnpcgn-ron-Cyrl-Latn-2002": "ro",
    "bgnpcgn-che-Cyrl-Latn-2008": "ce",
    "odni-che-Cyrl-Latn-2015": "ce",
    "bgnpcgn-tgk-Cyrl-Latn-1994": "tg",
    "odni-tgk-Cyrl-Latn-2015": "tg",
    "bgnpcgn-tuk-Cyrl-Latn-1979": "tk",
    "bgnpcgn-tuk-Cyrl-Latn-1993": "tk",
    "odni-tuk-Cyrl-Latn-2015": "tk",
    "alalc-aze-Cyrl-Latn-1997": "az",
    "az-aze-Cyrl-Latn-1939": "az",
    "az-aze-Cyrl-Latn-1958": "az",
    "bgnpcgn-aze-Cyrl-Latn-1993": "az",
    "odni-aze-Cyrl-Latn-2015": "az",
    "bgnpcgn-tat-Cyrl-Latn-2007": "tt",
    "odni-tat-Cyrl-Latn-2015": "tt",
}


# interscript's ISO 639-2 language codes of the folders above
ISO639_2 = {
    "aze": "az", "bak": "ba", "bul": "bg", "che": "ce", "kaz": "kk", "kir": "ky", "mkd": "mk",
    "mon": "mn", "ron": "ro", "rue": "rue", "srp": "sr", "tat": "tt", "tgk": "tg", "tuk": "tk",
    "uig": "ug", "uzb": "uz",
}  # fmt: skip


def test_every_interscript_map_of_these_languages_has_a_scheme() -> None:
    maps = SHARED / "reference" / "interscript-maps" / "maps"
    if not maps.is_dir():
        pytest.skip("../shared/reference is absent (only CI and developers have it)")
    found = {
        p.stem: ISO639_2[p.stem.split("-")[1]]
        for p in maps.glob("*-Cyrl-Latn-*.imp")
        if p.stem.split("-")[1] in ISO639_2
    }
    assert found == INTERSCRIPT


def _own_schemes(lang: str) -> list[str]:
    return [s["id"] for s in translit.schemes(lang) if s["language"] == lang]


def _pairs() -> list[tuple[str, str]]:
    return [(lang, sid) for lang in sorted(ALPHABETS) for sid in _own_schemes(lang)]


@pytest.mark.parametrize("lang", sorted(ALPHABETS))
def test_language_folder_is_listed(lang: str) -> None:
    assert lang in languages()
    assert _own_schemes(lang)


@pytest.mark.parametrize("lang", sorted(ALPHABETS))
def test_cli_lists_the_languages_systems(lang: str) -> None:
    result = CliRunner().invoke(cli, ["schemes", "--lang", lang])
    assert result.exit_code == 0, result.output
    for sid in _own_schemes(lang):  # each id as a whole word, whatever the display's layout
        assert re.search(rf"(?<![\w-]){re.escape(sid)}(?![\w-])", result.output), sid


def test_cli_romanizes_under_an_interscript_id() -> None:
    args = ["romanize", "-s", "odni-tat-Cyrl-Latn-2015", "--lang", "tt"]
    result = CliRunner().invoke(cli, args, input="Муса Җәлил\n")
    assert result.exit_code == 0, result.output
    assert result.output == "Musa Jalil\n"


@pytest.mark.parametrize(("name", "lang"), sorted(INTERSCRIPT.items()))
def test_interscript_id_resolves_to_its_scheme(name: str, lang: str) -> None:
    scheme = get_scheme(name, lang)
    assert scheme.interscript == name
    assert scheme.language == lang
    assert scheme.authority and scheme.year
    assert get_scheme(name.upper(), lang) is scheme


@pytest.mark.parametrize(("lang", "sid"), _pairs())
def test_every_letter_of_the_alphabet_is_in_the_schemes_own_table(lang: str, sid: str) -> None:
    body = get_scheme(sid, lang).body
    own = set(body.letters) | {r.match for r in body.rules if r.match}
    # a precomposed accented letter (Bulgarian ѝ) is read as its base letter and its accent
    missing = [ch for ch in ALPHABETS[lang] if unicodedata.normalize("NFD", ch)[0] not in own]
    assert not missing, f"{lang}/{sid} falls back for {missing}"


@pytest.mark.parametrize(("lang", "sid"), _pairs())
def test_no_letter_of_the_alphabet_leaks(lang: str, sid: str) -> None:
    r = get_romanizer(sid, lang)
    for ch in ALPHABETS[lang]:
        # alone, capitalised, all caps, doubled, and between vowels (so that context rules fire)
        for word in (ch, ch.upper(), ch.upper() + "а", ch * 2, "а" + ch + "а", "АНА" + ch.upper()):
            out = r(word)
            assert not CYRILLIC_RE.search(out), (sid, word, out)


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_random_words_of_the_alphabet_never_leak(data: st.DataObject) -> None:
    lang, sid = data.draw(st.sampled_from(_pairs()))
    letters = ALPHABETS[lang] + ALPHABETS[lang].upper()
    word = data.draw(st.text(alphabet=letters, min_size=1, max_size=12))
    out = get_romanizer(sid, lang)(word)
    assert not CYRILLIC_RE.search(out), (lang, sid, word, out)


# reversible schemes of these languages, with the Cyrillic spellings their Latin cannot tell apart
# (the generated words avoid them): Serbian nj/lj/dž for н+ј, л+ј, д+ж; Bulgarian UN 1977 writes
# щ and шт both št, й and ь both j (ь is read after a consonant before o), йа/йу like я/ю; ѝ
# (и with a grave accent) is not in its table.
BG_CONS = "бвгджзклмнпрстфхцчшщ"
ROUND_TRIP = [
    ("sr", sid, re.compile("нј|лј|дж")) for sid in ("un-1997", "bgn-pcgn-1962", "ala-lc-2013")
] + [("bg", "un-1977", re.compile(f"ѝ|шт|й[ау]|[{BG_CONS}]й|ь(?!о)|(?<![{BG_CONS}])ь"))]


@pytest.mark.parametrize(("lang", "sid", "ambiguous"), ROUND_TRIP)
@settings(max_examples=100, deadline=None)
@given(data=st.data())
def test_reversible_schemes_read_back_exactly(
    lang: str, sid: str, ambiguous: re.Pattern[str], data: st.DataObject
) -> None:
    assert get_scheme(sid, lang).reversible
    word = data.draw(
        st.text(ALPHABETS[lang], min_size=1, max_size=12).filter(lambda w: not ambiguous.search(w))
    )
    for form in (word, word.capitalize(), word.upper()):
        # (the standard's letters, look-alikes not repaired: a word of capital Х and І alone
        # is a Roman numeral, ХХ → XX, as test_reverse reads it; a run drew хх)
        latin = get_romanizer(sid, lang, homoglyphs=False)(form)
        assert reverse(latin, sid, lang) == form, (form, latin)


def _writes_only_ascii(sid: str, lang: str) -> bool:
    body = get_scheme(sid, lang).body
    return all(v.isascii() for v in body.letters.values()) and all(
        r.out.isascii() for r in body.rules
    )


_EAST_SLAVIC = "".join(sorted(set(alphabet("ru") + alphabet("uk") + alphabet("be") + "ѣѳѵі")))
#: every letter of every language's alphabet (the Serbian, Macedonian, Kazakh… letters a Russian
#: scheme lacks among them, Bulgarian ѝ and Macedonian ѐ), the pre-1918 letters, Ossetian ӕ and
#: the palochka
_EVERY_LETTER = "".join(
    sorted(set("".join(alphabet(lang) for lang in languages()) + _EAST_SLAVIC + "ӕӏ"))
)
#: the stress marks a text may carry (acute, grave) and the other marks NFD input holds
_MARKS = "\u0301\u0300\u0306\u0308"
_ASCII_SCHEMES = [
    (lang, sid)
    for lang in languages()
    for sid in translit.catalogue.scheme_ids(lang)
    if _writes_only_ascii(sid, lang)
]


def test_there_are_ascii_schemes_to_check() -> None:
    ids = {sid for _, sid in _ASCII_SCHEMES}
    assert {"icao-doc-9303", "mosmetro", "wikipedia", "national", "icao-9303"} <= ids, ids


@pytest.mark.parametrize(("lang", "sid"), _ASCII_SCHEMES)
def test_a_scheme_that_writes_ascii_stays_ascii_for_letters_it_lacks(lang: str, sid: str) -> None:
    # the pre-1918 letters, and the letters of the other languages in a text (Ukrainian і in a
    # Russian one, Serbian ђ in a Ukrainian one) come from the fallback (ISO 9): without its
    # diacritics here, or in data/ascii_fallback.toml's ASCII letters (đ → dj, æ → ae); a letter
    # no table has is its base letter's output without the mark (ѝ ѐ → i e), and the marks of
    # the input, stress marks on every letter, are dropped; in NFC and in NFD
    text = f"{_EVERY_LETTER} {_EVERY_LETTER.upper()} {' '.join(_EVERY_LETTER.upper())}"
    stressed = ["".join(c if c == " " else c + m for c in text) for m in _MARKS]
    r = get_romanizer(sid, lang)
    for t in (text, *stressed):
        for form in ("NFC", "NFD"):
            src = unicodedata.normalize(form, t)
            for out in (r(src), r._romanize_reference(src)):  # (the C engine, the interpreter)
                assert out.isascii(), (form, t[:20], sorted({c for c in out if not c.isascii()}))


@pytest.mark.parametrize(
    ("lang", "sid", "text", "out"),
    [
        # the Serbian and Macedonian letters a Russian ASCII scheme lacks: their own Latin
        # alphabets' letters (lj nj, and dj dz as ASCII writes đ dž; ICAO's gj kj dz), not ISO 9's
        # l̂ n̂ d̂ ǵ ḱ ẑ less the marks (Lublana, Negosh, Dakovica, Gorge) or đ left outside ASCII
        ("ru", "icao-doc-9303", "Новак Ђоковић", "Novak Djokovic"),
        ("ru", "icao-doc-9303", "Љубљана ЉУБЉАНА", "Ljubljana LJUBLJANA"),
        ("ru", "wikipedia", "Петар Петровић Његош", "Petar Petrovic Njegosh"),
        ("ru", "mosmetro", "Џаковица", "Dzakovitsa"),
        ("ru", "wikipedia", "Ѓорѓе Ќосе Ѕвезда", "Gjorgje Kjose Dzvezda"),
        ("uk", "national", "Ђорђе", "Djordje"),
        ("be", "national-2023", "Љиљана", "Ljiljana"),
    ],
)
def test_an_ascii_scheme_keeps_the_sound_of_a_letter_it_lacks(
    lang: str, sid: str, text: str, out: str
) -> None:
    assert get_romanizer(sid, lang)(text) == out


@pytest.mark.parametrize(
    ("target", "out"),
    [("en", "Novak Djokovic"), ("de", "Nowak Djokowic"), ("fr", "Novak Djokovic")],
)
def test_a_serbian_name_in_a_russian_text_keeps_its_letters_for_readers(
    target: str, out: str
) -> None:
    # a file decided Russian as a whole (`-l auto`): the reader conventions fall back like the
    # ASCII schemes (they wrote Đokovic: ISO 9's ć lost its mark, đ kept its stroke)
    assert translit.romanize("Новак Ђоковић", lang="ru", target=target) == out


@pytest.mark.parametrize(
    ("sid", "lang", "text", "out"),
    [
        ("icao", "ru", "Достоевскій Ѳедоръ", "Dostoevskii Fedorie"),  # ICAO's table: І → I
        ("mosmetro", "ru", "Ґалич, Їжак, Ўздзен", "Galich, Izhak, Uzdzen"),
        ("icao", "uk", "Подъезд", 'Pod"ezd'),  # ъ: ISO 9's ʺ as the ASCII tables write it
        ("iso-9", "ru", "Ѳедоръ", "F̀edorʺ"),  # a scheme with diacritics keeps ISO 9's
    ],
)
def test_fallback_letters_of_ascii_schemes(sid: str, lang: str, text: str, out: str) -> None:
    assert translit.romanize(text, scheme=sid, lang=lang) == out


def test_get_romanizer_spellings_share_one_romaniser_and_the_memo_is_bounded() -> None:
    from translit import catalogue

    base = translit.get_romanizer("bgn-pcgn", "ru")
    for scheme, lang in [("BGN_PCGN", "ru-RU"), ("bgn pcgn", "rus"), (None, "ru_RU")]:
        assert translit.get_romanizer(scheme, lang) is base
        assert translit.get_romanizer(scheme, lang) is base  # the second call: from the memo
    for i in range(catalogue._GIVEN_MAX + 50):  # endless spellings: the memo stops growing
        assert translit.get_romanizer("bgn-pcgn", f"ru-x{i}") is base
    assert len(catalogue._given) <= catalogue._GIVEN_MAX
    with pytest.raises(translit.UnknownLanguageError):
        translit.get_romanizer("bgn-pcgn", "xx")
    with pytest.raises(TypeError):
        translit.get_romanizer(["bgn-pcgn"], "ru")  # type: ignore[arg-type]


def test_a_call_is_romanize() -> None:
    r = translit.get_romanizer("bgn-pcgn", "ru")
    assert callable(r)
    assert r("Щукин, ВС КОНР") == r.romanize("Щукин, ВС КОНР") == "Shchukin, VS KONR"


@pytest.mark.parametrize("tag", ["x-klingon", "i-klingon", "-ru", "1ru-RU"])
@pytest.mark.parametrize("call", ["romanize", "schemes", "verify", "get_scheme"])
def test_unknown_language_error_names_the_tag_given(tag: str, call: str) -> None:
    """``-l x-klingon`` said "unknown language 'x'" and ``-l -ru`` "unknown language ''": the
    message named the first subtag, which is not what was given."""
    import translit
    from translit.errors import UnknownLanguageError

    calls = {
        "romanize": lambda: translit.romanize("Щука", lang=tag),
        "schemes": lambda: translit.schemes(tag),
        "verify": lambda: translit.verify("Щука", "Shchuka", lang=tag),
        "get_scheme": lambda: translit.get_scheme("iso-9", tag),
    }
    with pytest.raises(UnknownLanguageError) as info:
        calls[call]()
    assert f"unknown language {tag.lower()!r}" in str(info.value)


# -l across the commands: one reading, one refusal (hostile11)
_LANG_CALLS = {  # command line before -l, and after it
    "romanize": (["romanize"], ["-"]),
    "normalize": (["normalize"], ["-"]),
    "reverse": (["reverse", "-s", "iso-9"], ["-"]),
    "verify": (["verify"], ["Ельцин", "Yelʹtsin"]),
    "schemes": (["schemes"], []),
}


@pytest.mark.parametrize("command", sorted(_LANG_CALLS))
@pytest.mark.parametrize("tag", ["xx", "", "x-klingon", "auto-RU"])
def test_every_command_refuses_an_unknown_language_alike(command: str, tag: str) -> None:
    """``normalize -l xx`` (and ``-l ''``) normalised silently with exit 0, where romanize
    refused; each command now refuses it with the same message and the known codes."""
    before, after = _LANG_CALLS[command]
    res = CliRunner().invoke(cli, [*before, "-l", tag, *after], input="Ельцин\n")
    assert res.exit_code == 2, res.output
    assert f"-l/--lang: unknown language {tag.lower()!r}; known: " in res.output
    assert "ru, rue" in res.output and "Traceback" not in res.output


@pytest.mark.parametrize("command", sorted(_LANG_CALLS))
@pytest.mark.parametrize("tag", ["Ru", "RU", "ru_RU", "ru-Cyrl-RU", "ru_RU.UTF-8", "rus"])
def test_every_command_accepts_an_unambiguous_language(command: str, tag: str) -> None:
    before, after = _LANG_CALLS[command]
    plain = CliRunner().invoke(cli, [*before, "-l", "ru", *after], input="Yelʹtsin\n")
    res = CliRunner().invoke(cli, [*before, "-l", tag, *after], input="Yelʹtsin\n")
    assert plain.exit_code == 0, plain.output
    assert (res.exit_code, res.output) == (0, plain.output)


@pytest.mark.parametrize(
    ("command", "tag"),
    [("romanize", "AUTO"), ("romanize", "Auto-Line"), ("normalize", "AUTO"), ("verify", "Auto")],
)
def test_auto_in_any_case(command: str, tag: str) -> None:
    """``-l AUTO`` was "unknown language 'auto'" (romanize, verify), and normalize read it as a
    language, which turned its detection off."""
    before, after = _LANG_CALLS[command]
    res = CliRunner().invoke(cli, [*before, "-l", tag, *after], input="Київ\n")
    auto = CliRunner().invoke(cli, [*before, "-l", tag.lower(), *after], input="Київ\n")
    assert (res.exit_code, res.output) == (auto.exit_code, auto.output) == (0, auto.output)


def test_library_reads_lang_as_the_commands_do() -> None:
    from translit.errors import UnknownLanguageError

    assert translit.romanize("Київ", lang="AUTO") == translit.romanize("Київ", lang="auto")
    assert translit.romanize("Αθήνα", lang="EL") == translit.romanize("Αθήνα", lang="el")
    assert translit.verify("Київ", "Kyiv", lang="Auto").accepted
    with pytest.raises(UnknownLanguageError):
        translit.romanize("Київ", lang="auto-RU")


def test_schemes_markdown_refuses_a_language() -> None:
    """``schemes --markdown -l xx`` wrote the whole catalogue, the language unread."""
    res = CliRunner().invoke(cli, ["schemes", "--markdown", "-l", "ru"])
    assert res.exit_code == 2 and "--markdown writes the whole catalogue" in res.output


def test_a_language_from_the_environment_is_named_so() -> None:
    """``TRANSLIT_NORMALIZE_LANG=xx translit normalize`` said "-l/--lang: unknown language" to
    someone who typed no -l: the message names the variable."""
    res = CliRunner().invoke(
        cli, ["normalize", "-"], input="Щука\n", env={"TRANSLIT_NORMALIZE_LANG": "xx"}
    )
    assert res.exit_code == 2
    assert "-l/--lang from TRANSLIT_NORMALIZE_LANG: unknown language 'xx'" in res.output


@pytest.mark.parametrize("command", ["romanize", "verify"])
@pytest.mark.parametrize("tag", ["xx", "", "auto"])
def test_every_command_refuses_an_unknown_target_alike(command: str, tag: str) -> None:
    """romanize said "--target xx: unknown language 'xx'…", verify "unknown language 'xx'…"."""
    before, after = _LANG_CALLS[command]
    res = CliRunner().invoke(cli, [*before, "-t", tag, *after], input="Ельцин\n")
    assert res.exit_code == 2
    assert (
        res.output == f"translit: error: -t/--target: unknown language {tag!r}; known: de, en, fr\n"
    )


_APOSTROPHE_SCHEMES = [
    (lang, sid)
    for lang in ("uk", "be")
    for sid in translit.catalogue.scheme_ids(lang)
    if "\u02bc" in get_scheme(sid, lang).body.letters
]


@pytest.mark.parametrize(("lang", "sid"), _APOSTROPHE_SCHEMES)
def test_the_apostrophe_is_a_sign_between_letters_only(lang: str, sid: str) -> None:
    # U+02BC is a letter to Unicode: a scheme mapping it (to nothing, ' or ʺ) read one alone or
    # at a word's edge as a word of its own, and the national scheme dropped a quotation mark
    # (слово ʼ слово → slovo  slovo); ' and ’ were kept there already
    rom = get_romanizer(sid, lang)
    word = rom("мʼясо")
    assert word == rom("м'ясо") == rom("м’ясо")
    assert rom("ʼ") == "ʼ"
    assert rom("слово ʼ слово") == f"{rom('слово')} ʼ {rom('слово')}"
    assert rom("ʼмʼясоʼ") == f"ʼ{word}ʼ"


def test_there_are_apostrophe_schemes_to_check() -> None:
    assert ("uk", "national") in _APOSTROPHE_SCHEMES and len(_APOSTROPHE_SCHEMES) > 10
