"""Any Unicode through every public function: no crash, no lost character.

Random text is drawn from every code point (lone surrogates included), with extra weight on
Cyrillic letters, combining marks, NUL, BOMs, noncharacters, bidi and zero-width controls, and
on giant tokens. Each public function must return (or raise a :class:`translit.TranslitError`
for a bad parameter); and characters that are not Cyrillic letters must come out of a
romaniser in the order they went in. No call is timed (the settings have no deadline: a
machine's speed is the bench's); the linear-time tests hold the growth of cost with size
(``conftest.growth_ratio``).
"""

from __future__ import annotations

import string
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import translit
from translit.cli import cli
from translit.engine.lookalike import repair
from translit.glossary import (
    apply_text,
    check_translation,
    find_terms,
    load,
    lookup,
    shipped_path,
)
from translit.script import has_cyrillic, is_cyrillic

BUDGET = settings(
    deadline=None,  # (timing is the bench's; the first example compiles tables, seconds on a loaded machine)
    max_examples=60,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

SPECIALS = (
    "\x00\t\n\r\x0b\x0c\x1b\x7f\x85\xa0\xad\u0301\u0300\u0306\u0308\u0483\u0487\u200b\u200c\u200d"
    "\u200e\u202e\u2028\u2029\u2060\ufeff\ufffd\ufffe\uffff\ud800\udbff\udc00\udfff"
    "\U0001f600\U0010ffff\u1c80\u1c89\u2de0\ua640\ua69f\u0400\u04ff\u052f"
    "ʹʺ'’ʼ«»„“-–—"
)

CHARS = st.one_of(
    st.characters(codec=None, exclude_categories=()),  # any code point, surrogates too
    st.characters(min_codepoint=0x0400, max_codepoint=0x052F),
    st.sampled_from("абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯіїєґўјљњџ"),
    st.sampled_from(SPECIALS),
    st.sampled_from(string.printable),
)
TEXT = st.text(CHARS, max_size=300)


@st.composite
def giant(draw: st.DrawFn) -> str:
    """A text with one giant token: a letter run, a mark run, or a hyphen-joined word chain."""
    n = draw(st.integers(1_000, 20_000))
    kind = draw(st.sampled_from(["letters", "marks", "hyphens", "mixed", "nul"]))
    letter = draw(st.sampled_from("ЩщЁёЪъЫЬiIЮя"))
    if kind == "letters":
        token = letter * n
    elif kind == "marks":
        token = letter + "\u0301" * min(n, 2_000) + "а"
    elif kind == "hyphens":
        token = "-".join(["Ельцин"] * (n // 7))
    elif kind == "mixed":
        token = ("Щ\u0301a\u0308Ж" * (n // 5))[:n]
    else:
        token = ("Ж\x00" * (n // 2))[:n]
    return draw(TEXT) + token + draw(TEXT)


ANY_TEXT = st.one_of(TEXT, giant())
SCHEMES = [
    ("bgn-pcgn", "ru"),
    ("iso-9", "ru"),
    ("gost-779-alt", "ru"),
    ("wikipedia", "ru"),
    ("national", "uk"),
    ("ala-lc", "be"),
    ("official", "bg"),
    ("latin", "sr"),
    ("bgn-pcgn", "kk"),
]
REVERSIBLE = [
    (s["id"], lang) for lang in ("ru", "sr") for s in translit.schemes(lang) if s["reversible"]
]


def _kept(text: str) -> list[str]:
    """The characters a romaniser must pass through: all but Cyrillic and combining marks, of
    the text as it reads it, its look-alikes repaired (a Latin Ò ending a word of Щ is
    Cyrillic: engine/lookalike.py)."""
    text = repair(text)
    return [c for c in text if not is_cyrillic(c) and not unicodedata.category(c).startswith("M")]


def _ascii_kept(text: str) -> list[str]:
    """The characters a reverser must pass through: ASCII that is not a letter."""
    return [c for c in text if c.isascii() and not c.isalpha()]


def _is_subsequence(needle: list[str], hay: str) -> bool:
    it = iter(hay)
    return all(c in it for c in needle)


@BUDGET
@given(ANY_TEXT, st.sampled_from(SCHEMES))
# the apostrophe U+02BC alone: a letter to Unicode, it was read as a word of the Ukrainian
# national scheme's letter "ʼ" = "" and dropped (an apostrophe is dropped between letters only)
@example("ʼ", ("national", "uk"))
def test_romanize_any_text(text: str, scheme_lang: tuple[str, str]) -> None:
    scheme, lang = scheme_lang
    out = translit.romanize(text, scheme=scheme, lang=lang)
    assert isinstance(out, str)
    assert _is_subsequence(_kept(text), out)
    assert not any(is_cyrillic(c) and c.isalpha() for c in out), "a Cyrillic letter was left"


@BUDGET
@given(TEXT)
@example("\uf9fd")  # a CJK compatibility ideograph: NFC maps it to U+98EF
def test_romanize_auto_and_targets(text: str) -> None:
    nfc = unicodedata.normalize("NFC", text)  # lang="auto" without a target composes first
    for target in (None, "en", "de", "fr"):
        out = translit.romanize(text, target=target)
        assert isinstance(out, str)
        assert _is_subsequence(_kept(nfc), out) or _is_subsequence(_kept(text), out)


@BUDGET
@given(st.lists(TEXT, max_size=6), st.sampled_from(SCHEMES))
def test_romanize_chunks_equal_the_whole(pieces: list[str], scheme_lang: tuple[str, str]) -> None:
    r = translit.get_romanizer(*scheme_lang)
    assert "".join(r.romanize_chunks(pieces)) == r.romanize("".join(pieces))


@BUDGET
@given(ANY_TEXT)
def test_normalize_any_text(text: str) -> None:
    once = translit.normalize(text)
    assert translit.normalize(once) == once
    changes = translit.normalize_report(text)
    out, pos = [], 0
    for c in changes:
        out += [text[pos : c.offset], c.after]
        pos = c.offset + len(c.before)
    assert "".join([*out, text[pos:]]) == once


@BUDGET
@given(TEXT, st.sampled_from(["NFD", "NFKC", None]), st.booleans())
def test_normalize_options_any_text(text: str, form: str | None, old: bool) -> None:
    out = translit.normalize(
        text, form=form, old_orthography=old, yo="fold", quotes="german", dashes="em", spaces=True
    )
    assert isinstance(out, str)


@BUDGET
@given(ANY_TEXT)
def test_detect_any_text(text: str) -> None:
    assert translit.detect(text) in (*translit.languages(), "und")
    spans = translit.detect_spans(text)
    assert [s.start for s in spans[1:]] == [s.end for s in spans[:-1]]
    if text:
        assert spans[0].start == 0 and spans[-1].end == len(text)


@BUDGET
@given(ANY_TEXT, st.sampled_from(REVERSIBLE))
def test_reverse_any_text(text: str, scheme_lang: tuple[str, str]) -> None:
    out = translit.reverse(text, *scheme_lang)
    assert isinstance(out, str)
    assert _is_subsequence([c for c in _ascii_kept(text) if c not in "'`\"#~"], out)


@BUDGET
@given(TEXT, TEXT)
@example("0", "Ѐ")  # swapped arguments: a usage error (user20), which this test did not allow
def test_names_any_text(a: str, b: str) -> None:
    assert isinstance(translit.name_key(a), str)
    assert translit.same_name(a, b) == translit.same_name(b, a)
    try:
        verdict = translit.verify(a, b)
    except translit.ParameterError:
        # the Latin text first and the Cyrillic second: refused, and only then
        assert has_cyrillic(b) and not has_cyrillic(a), (a, b)
        return
    assert isinstance(verdict.accepted, bool)


@BUDGET
@given(st.binary(max_size=2_000))
def test_decode_any_bytes(data: bytes) -> None:
    try:
        text = translit.decode(data)
    except translit.EncodingError:
        return
    assert isinstance(text, str)
    assert isinstance(translit.detect_encoding(data), str)


@BUDGET
@given(TEXT, st.sampled_from(["csv", "tsv", "po", "tbx"]))
def test_glossary_load_any_text(
    tmp_path_factory: pytest.TempPathFactory, text: str, ext: str
) -> None:
    path = Path(tmp_path_factory.mktemp("g")) / f"g.{ext}"
    path.write_bytes(text.encode("utf-8", "surrogatepass"))
    try:
        glossary = load(path)
    except translit.TranslitError:
        return
    # (crash-free only: that '\t0' as TSV loads a term with an empty text is reported to the
    # glossary owner, whose readers decide what a format cannot hold)
    assert all(isinstance(t.text, str) for c in glossary.concepts for t in c.terms)


@BUDGET
@given(ANY_TEXT, st.sampled_from(["replace", "annotate", "list", "json"]))
def test_glossary_search_and_apply_any_text(text: str, mode: str) -> None:
    glossary = load(shipped_path("ww2-roa.tbx"))
    assert isinstance(lookup(glossary, text[:200], target="fr"), list)
    for hit in find_terms(text, glossary):
        assert 0 <= hit.start < hit.end <= len(text)
    out = apply_text(text, glossary, "fr", mode)
    assert isinstance(out, str)
    if mode == "annotate":
        assert _is_subsequence(list(text), out)  # annotations only add


#: a tiny glossary for qa's random pairs (the shipped ones take seconds an example to match):
#: an acronym, a person's surname and full name, a place, a short form that is a word of its
#: full form, a deprecated target term
QA_GLOSSARY = (
    "id,subject,ru,fr,fr:status\n"
    "roa,org,РОА,ROA,\n"
    "vlasov,person,Власов,Vlassov,\n"
    "andrei-vlasov,person,Андрей Власов,Andreï Vlassov,\n"
    "moscow,place,Москва,Moscou,\n"
    "troika,,тройка НКВД|тройка,troïka du NKVD|troïka,\n"
    "camp,,лагерь,camp de concentration,deprecated\n"
)


@BUDGET
@given(st.lists(st.tuples(ANY_TEXT, TEXT), max_size=4), st.sampled_from(["fr-FR", "fr"]))
@example([("Власов и РОА в лагере", "Wlassov, camp de concentration"),
          ("Тройка НКВД. Тройка.", "La troïka du NKVD."), ("В Москве", "Moskva")], "fr")  # fmt: skip
def test_glossary_qa_any_pairs(
    tmp_path_factory: pytest.TempPathFactory, pairs: list[tuple[str, str]], target: str
) -> None:
    folder = Path(tmp_path_factory.mktemp("qa"))
    (folder / "g.csv").write_text(QA_GLOSSARY, encoding="utf-8")
    glossary = load(folder / "g.csv")
    found = check_translation(pairs, glossary, "ru", target)
    for f in found:
        src, tgt = pairs[f.segment - 1]
        assert f.kind in ("missing", "forbidden", "misspelled", "count")
        assert f.found in tgt and f.source in src
        assert (f.in_source > f.in_target > 0) == (f.kind == "count")
    # the command, with the pairs as two files of any bytes the texts encode to
    for name, side in (("ru.txt", 0), ("fr.txt", 1)):
        text = "\n".join(p[side].replace("\n", " ").replace("\r", " ") for p in pairs)
        (folder / name).write_bytes(text.encode("utf-8", "surrogatepass"))
    args = [str(folder / "ru.txt"), str(folder / "fr.txt"), "-g", str(folder / "g.csv")]
    res = CliRunner().invoke(cli, ["glossary", "qa", *args, "--source-lang", "ru", "-t", "fr"])
    assert res.exit_code in (0, 1, 2), res.output
    assert res.exception is None or isinstance(res.exception, SystemExit), res.exception


class _Stripped(str):
    """A str subclass whose own methods lie (its text is still "РОА")."""

    def strip(self, chars: str | None = None) -> str:
        return "zzz"

    def casefold(self) -> str:
        return "zzz"


@pytest.mark.parametrize("value", [None, b"\xd0\xa0", 5, ["РОА"]])
def test_glossary_search_and_apply_take_str_only(value: object) -> None:
    # lookup(g, None) was AttributeError ('NoneType' object has no attribute 'strip'),
    # find_terms(None, g) found nothing, bytes reached a regex: each is a TypeError naming it
    glossary = load(shipped_path("ww2-roa.tbx"))
    text: Any = value
    calls = [
        (lambda: lookup(glossary, text), "lookup"),
        (lambda: find_terms(text, glossary), "find_terms"),
        (lambda: apply_text(text, glossary, "fr"), "apply_text"),
    ]
    if value is not None:  # (target=None: no target language)
        calls.append((lambda: lookup(glossary, "РОА", target=text), "lookup"))
    for call, name in calls:
        with pytest.raises(TypeError, match=rf"^{name}\(\) takes a str, not "):
            call()


def test_glossary_search_reads_a_str_subclass_as_its_text() -> None:
    glossary = load(shipped_path("ww2-roa.tbx"))
    assert [m.concept.id for m in lookup(glossary, _Stripped("РОА"))][:1] == ["roa"]


def test_unknown_parameters_raise_translit_errors() -> None:
    with pytest.raises(translit.UnknownSchemeError):
        translit.romanize("Москва", scheme="no-such-scheme")
    with pytest.raises(translit.UnknownLanguageError):
        translit.romanize("Москва", lang="xx-no")
    with pytest.raises(translit.TranslitError):
        translit.normalize("Москва", form="NFX")
    with pytest.raises(translit.TranslitError):
        translit.reverse("Moskva", "wikipedia")


ALL_PAIRS = [(s["id"], lang) for lang in translit.languages() for s in translit.schemes(lang)]
BREAKS = "\n\r\u2028\u2029\x85\x0b\x0c"
LINES = st.lists(TEXT.map(lambda t: "".join(c for c in t if c not in BREAKS)), max_size=6)


@st.composite
def broken_lines(draw: st.DrawFn) -> str:
    """Lines joined by every kind of line end: CR alone, CRLF, LF CR, U+2028/2029, NEL…"""
    lines = draw(LINES)
    ends = draw(st.lists(st.sampled_from(["\n", "\r", "\r\n", "\n\r", *BREAKS[2:]]), min_size=len(lines), max_size=len(lines)))  # fmt: skip
    return "".join(a + b for a, b in zip(lines, ends, strict=True))


@BUDGET
@given(TEXT, st.sampled_from(ALL_PAIRS))
def test_every_scheme_of_every_language(text: str, scheme_lang: tuple[str, str]) -> None:
    """Every scheme the catalogue lists, with its own language, on random text."""
    out = translit.romanize(text, *scheme_lang)
    assert _is_subsequence(_kept(text), out)


@BUDGET
@given(broken_lines(), st.sampled_from(SCHEMES), st.booleans())
def test_line_ends_of_any_kind_survive(
    text: str, scheme_lang: tuple[str, str], spaces: bool
) -> None:
    """No converter adds, drops or merges a line end, whatever its kind or mix; normalize's
    mojibake repair aside, which reads a C1 control of text misread as ISO-8859-1 as the byte
    it was (ÀÀ\x85ÀÀ is windows-1251's АА…АА; UTF-8's х read so is Ñ\x85): it is tested
    without the repair, and the repair on its own text in test_faults_user32."""
    ends = [c for c in text if c in BREAKS]
    assert [c for c in translit.romanize(text, *scheme_lang) if c in BREAKS] == ends
    normal = translit.normalize(text, spaces=spaces, mojibake=False)
    assert [c for c in normal if c in BREAKS] == ends
    back = translit.reverse(translit.romanize(text, "iso-9", "ru"), "iso-9", "ru")
    assert [c for c in back if c in BREAKS] == ends
    assert len(translit.detect_spans(text)) >= (1 if text else 0)


@pytest.mark.parametrize("token", ["Щ", "a", "\u0301", "\ufeff", "-"])
def test_one_megabyte_token(token: str) -> None:
    """A 1 MB token between two words: every converter answers, and nothing is lost."""
    text = "Ельцин " + token * (1 << 20) + " Щукин"
    out = translit.romanize(text, "bgn-pcgn", "ru")
    assert out.startswith("Yelʹtsin ") and out.endswith(" Shchukin")
    if token != "Щ" and token != "\u0301":  # Щ is romanised, a stress mark dropped
        assert out.count(token) == 1 << 20
    assert translit.normalize(text).endswith(" Щукин")
    assert translit.detect(text) in (*translit.languages(), "und")
    assert translit.reverse(out, "bgn-pcgn", "ru").endswith(" Щукин")
