"""translit's ``bgn-pcgn`` schemes against ICU's CLDR transforms (an independent implementation).

ICU (PyICU) implements the Unicode CLDR transforms ``Russian-Latin/BGN`` … that the scheme files
say they follow. For every language, lower-case words — the corpus words when ``../shared/corpus``
is there, and always a list generated from the scheme's own letters (each letter alone and every
two-letter sequence at the start, middle and end of a word) — must come out of translit exactly as
out of ICU, except for the differences listed in ``ALLOWANCES`` below, each with its reason:

* ``b`` — translit differs from ICU on purpose (documented: contexts are read on the source
  word; letters a scheme lacks fall back to ISO 9; every apostrophe code point is the apostrophe);
* ``c`` — ICU's own bug against the BGN/PCGN standard and against CLDR's rule text itself.

Case is not compared here (translit's case rules differ from ICU's on purpose); the full report,
case variants included, is ``python3 bench/icu_oracle.py``. Skipped without PyICU.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from conftest import corpus_files

from translit import get_romanizer, get_scheme
from translit.script import CYRILLIC_CLASS

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench import icu_oracle

icu = pytest.importorskip("icu", reason="PyICU is not installed (pip install PyICU; needs libicu)")

# translit language -> ICU transform id: the oracle script's table (one copy)
TRANSFORMS = icu_oracle.TRANSFORMS

CYR = CYRILLIC_CLASS
MARKS = "\u0300-\u036f"
WORD = re.compile(f"[{CYR}](?:[{MARKS}]|[’'ʼ](?=[{CYR}])|[{CYR}])*")
HAS_CYRILLIC = re.compile(f"[{CYR}]")
RU_VOWEL = "аеёиоуыэюя"
RU_CONS = "бвгджзклмнпрстфхцчшщъь"


@dataclass(frozen=True)
class Allowance:
    """One documented difference from ICU.

    ``kind`` says how it is applied: ``"input"`` rewrites the source word given to both
    romanisers, ``"output"`` corrects ICU's output into what the standard asks for, ``"skip"``
    leaves the word out of the comparison.
    """

    name: str
    langs: str  # space-separated language codes
    category: str  # "b" (translit differs on purpose) or "c" (ICU's bug)
    kind: str
    reason: str
    apply: Callable[..., object]


def _strip_marks(word: str) -> str:
    """The word without combining marks that stay separate in NFC (stress marks; й, ё kept)."""
    return re.sub(f"[{MARKS}]", "", unicodedata.normalize("NFC", word))


def _nfc(word: str) -> str:
    return unicodedata.normalize("NFC", word)


# Russian: ICU runs the context rules in a first pass that converts ы (after a vowel), е/ё
# (after a vowel, й, ъ, ь) and э (after a consonant) in place; a neighbour tested afterwards sees
# Latin output, not the Cyrillic letter (аее → ayee, not ayeye; ыыа → y·ya, not y··ya).
_RU_PASS1 = re.compile(
    f"(?:(?<=[{RU_VOWEL}])ы|(?<=[{RU_VOWEL}йъь])[её]|(?<=[{RU_CONS}])э)[ыеёэ]|ыы"
)
_BG_FINAL_HARD = re.compile(f"[{CYR}]ъ$")


def _mk_nfd(word: str, out: str) -> str:
    out = re.sub("ǵ(?=[ei])", "g", out)
    out = re.sub("ḱ(?=[ei])", "k", out)
    return out.replace("ǵ", "đ").replace("ḱ", "ć")


ALLOWANCES: list[Allowance] = [
    Allowance(
        "stress-mark-context",
        "ru uk be bg sr mk kk ky mn",
        "c",
        "input",
        "ICU reads a combining stress mark as a non-letter in a rule's context (Составно́е → "
        "Sostavnóe, losing rule 1's ye); translit sets marks aside. Words are compared unmarked.",
        _strip_marks,
    ),
    Allowance(
        "no-icu-rule",
        "ru uk be bg sr mk kk ky mn",
        "b",
        "skip",
        "ICU has no rule for letters outside the language's alphabet (и, щ, ъ in Belarusian, ы in "
        "Ukrainian, ғ in Russian, ѐ ѝ in Macedonian) and leaves them in Cyrillic; translit writes "
        "them with its documented fallback, ISO 9 (docs/schemes.md, `fallback`).",
        lambda word, ours, theirs: bool(HAS_CYRILLIC.search(theirs)),
    ),
    Allowance(
        "ru-first-pass-context",
        "ru",
        "b",
        "skip",
        "ICU reads a left (and for ыы a right) context on letters its first pass already "
        "converted (аее → ayee, аыэ → a·y·e, ыыа → y·ya); translit reads contexts on the source "
        "(ayeye, a·ye, y··ya), as the scheme's notes say. Only in vowel clusters such as ыы, ее.",
        lambda word, ours, theirs: bool(_RU_PASS1.search(word)),
    ),
    Allowance(
        "ru-y-between-vowels",
        "ru",
        "c",
        "output",
        "BGN/PCGN 1947 rule 3: ы after a vowel takes ·y and ы before а у ы э takes y·, so ы between "
        "the two takes both (ОЫУ → O·Y·U, issue 15); CLDR writes only the first (o·yu).",
        lambda word, out: re.sub("(·[yY])(?=[auAU])", "\\1·", out),
    ),
    Allowance(
        "separator-overlap",
        "uk be bg kk",
        "c",
        "skip",
        "Where two separator pairs overlap (тсг: тс + сг; штс: шт + тс; нгһ: нг + гһ) ICU's "
        "first two-letter rule consumes the shared letter, so the second boundary loses its dot "
        "and the output reads as another letter (атсга → at·sha, sh as ш); translit marks both "
        "boundaries (at·s·ha), which is what the optional separators of the standard are for.",
        lambda word, ours, theirs: bool(re.search("тсг|штс|нгһ", word)),
    ),
    Allowance(
        "apostrophe-variants",
        "uk be",
        "b",
        "output",
        "translit reads ASCII ' and U+02BC ʼ (Unicode's recommended Ukrainian apostrophe) as the "
        "apostrophe, like ’; ICU's filter has only U+2019 and copies the others (п'ять → p'yatʹ).",
        lambda word, out: re.sub("(?<=\\w)['ʼ](?=\\w)", "ʺ", out),
    ),
    Allowance(
        "nfd-breve-diaeresis",
        "bg kk ky",
        "c",
        "output",
        "CLDR's Bulgarian, Kazakh and Kirghiz rules start with `:: NFD (NFC) ;`, so й (и + U+0306) "
        "and ё (е + U+0308) are decomposed before their own rules й → y, ё → yo can match: ICU "
        "writes ĭ / ī̆ and ë. BGN/PCGN: й → y, ё → yo (Bulgarian 1952 table; Kazakh and Kyrgyz "
        "1979 tables, e.g. Карагайлы → Karagayly, Бейрёк → Beyryok).",
        lambda word, out: (
            out.replace("ī\u0306", "y").replace("ĭ", "y").replace("ë", "yo" if "ё" in word else "ë")
        ),
    ),
    Allowance(
        "mk-nfd-acute",
        "mk",
        "c",
        "output",
        "CLDR's Macedonian rules start with `:: NFD (NFC) ;`, so ѓ (г + U+0301) and ќ (к + U+0301) "
        "never reach their rules ѓ → đ, ќ → ć (g, k before е, и): ICU writes ǵ, ḱ. BGN/PCGN 1981, "
        "the system CLDR transcribes: ѓ → đ, ќ → ć, g/k before е, и (Сеѓавечкиот → Seđavečkiot).",
        _mk_nfd,
    ),
    Allowance(
        "mn-yu-rule-7",
        "mn",
        "c",
        "output",
        "BGN/PCGN Mongolian rule 7: ю → yü when followed by i, e, ö or ü (и э ө ү). CLDR calls "
        "the rule lexical and writes yu throughout; translit applies it where the vowel follows "
        "ю directly (аюиа → ayüia), as interscript's map does.",
        lambda word, out: re.sub("yu(?=[ieöü])", "yü", out) if re.search("ю[иэөү]", word) else out,
    ),
    Allowance(
        "bg-final-hard-sign",
        "bg",
        "c",
        "output",
        "BGN/PCGN 1952 for Bulgarian: ъ at the end of a word (pre-1945 spelling) is not "
        "romanised. CLDR writes that rule after `ъ → ŭ`, so it never fires: ICU gives градъ → "
        "gradŭ, translit grad.",
        lambda word, out: out[:-1] if _BG_FINAL_HARD.search(word) and out.endswith("ŭ") else out,
    ),
]


def allowances(lang: str, kind: str) -> list[Allowance]:
    """The allowances of ``kind`` that apply to ``lang``."""
    return [a for a in ALLOWANCES if lang in a.langs.split() and a.kind == kind]


def _icu(lang: str) -> icu.Transliterator:
    return icu.Transliterator.createInstance(TRANSFORMS[lang])


def icu_romanize(lang: str, words: list[str]) -> list[str]:
    """ICU's output (NFC) for each word, each alone between spaces."""
    blob = _icu(lang).transliterate("\n".join(f" {w} " for w in words))
    out = [_nfc(s.strip(" ")) for s in blob.split("\n")]
    assert len(out) == len(words)
    return out


def translit_romanize(lang: str, words: list[str]) -> list[str]:
    """translit's ``bgn-pcgn`` output (NFC) for each word."""
    out = get_romanizer("bgn-pcgn", lang).romanize("\n".join(words)).split("\n")
    assert len(out) == len(words)
    return [_nfc(s) for s in out]


def generated_words(lang: str) -> list[str]:
    """Lower-case words from the scheme's letters and ICU's: each alone, and every pair at the
    start, in the middle and at the end of a word; apostrophes between two letters."""
    body = get_scheme("bgn-pcgn", lang).body
    sources = "".join([*body.letters, *(r.match for r in body.rules)])
    filt = _icu(lang).getFilter()
    if filt is not None:
        sources += "".join(icu.UnicodeSet(filt.toPattern(False)))
    letters = sorted({c.lower() for c in sources if HAS_CYRILLIC.match(c) and c.isalpha()})
    inner = sorted({c for c in sources if c in "’'ʼ"})
    # letters ICU has no rule for (щ ъ in Belarusian) are seen alone, not in every pair
    paired = [c for c, o in zip(letters, icu_romanize(lang, letters), strict=True) if c != o]
    out: dict[str, None] = {}
    for x in letters:
        out.update(dict.fromkeys((x, x + "а", "а" + x, "а" + x + "а")))
    for x in paired:
        for y in paired:
            out.update(dict.fromkeys((x + y + "а", "а" + x + y + "а", "а" + x + y)))
        for p in inner:
            out["а" + x + p + "я"] = None
    return list(out)


def corpus_lower_words(lang: str) -> list[str]:
    """Unique lower-case words of ``../shared/corpus/<lang>-*.txt``."""
    words: set[str] = set()
    for path in corpus_files(f"{lang}-*.txt"):
        words.update(w for w in WORD.findall(path.read_text(encoding="utf-8")) if w == w.lower())
    return sorted(words)


def mismatches(lang: str, words: list[str]) -> tuple[list[tuple[str, str, str]], int]:
    """(word, translit, ICU corrected by the allowances) for each unexplained difference, and
    the number of words left out by ``skip`` allowances."""
    for a in allowances(lang, "input"):
        words = sorted({a.apply(w) for w in words})
    ours = translit_romanize(lang, words)
    theirs = icu_romanize(lang, words)
    bad: list[tuple[str, str, str]] = []
    skipped = 0
    for w, o, t in zip(words, ours, theirs, strict=True):
        if o == t:
            continue
        if any(a.apply(w, o, t) for a in allowances(lang, "skip")):
            skipped += 1
            continue
        fixed = t
        for a in allowances(lang, "output"):
            fixed = a.apply(w, fixed)
        if o != fixed:
            bad.append((w, o, fixed))
    return bad, skipped


def _report(lang: str, bad: list[tuple[str, str, str]]) -> str:
    lines = [f"{len(bad)} {lang} words differ from ICU (after the allowances):"]
    lines += [f"  {w} → translit {o!r}, ICU {t!r}" for w, o, t in bad[:25]]
    return "\n".join(lines)


@pytest.mark.parametrize("lang", list(TRANSFORMS))
def test_generated_words_match_icu(lang: str) -> None:
    words = generated_words(lang)
    assert len(words) > 1000
    bad, skipped = mismatches(lang, words)
    assert not bad, _report(lang, bad)
    assert skipped < len(words) // 10  # the skips stay the exception


@pytest.mark.parametrize("lang", ["ru", "uk", "be", "bg", "mk"])
def test_corpus_words_match_icu(lang: str) -> None:
    words = corpus_lower_words(lang)
    if not words:
        pytest.skip(f"no ../shared/corpus/{lang}-*.txt (only CI and developers have the corpus)")
    bad, skipped = mismatches(lang, words)
    assert not bad, _report(lang, bad)
    assert skipped < len(words) // 100


@pytest.mark.parametrize(
    ("lang", "word", "icu_out", "expected"),
    [
        # each allowance on a word whose right output is known from the standard
        ("bg", "йод", "ĭod", "yod"),  # BGN/PCGN 1952: й → y
        ("bg", "градъ", "gradŭ", "grad"),  # BGN/PCGN 1952 note 1: final ъ omitted
        ("mn", "аюиа", "ayuia", "ayüia"),  # BGN/PCGN Mongolian rule 7 (ю before и → yü)
        ("kk", "ёж", "ëzh", "yozh"),  # BGN/PCGN 1979 Kazakh: ё → yo
        ("ky", "бейрёк", "beĭrëk", "beyryok"),  # BGN/PCGN Kyrgyz table example Бейрёк
        ("mk", "сеѓавечкиот", "seǵavečkiot", "seđavečkiot"),  # BGN/PCGN 1981 example
        ("mk", "луѓе", "luǵe", "luge"),  # BGN/PCGN 1981: ѓ before е → g
        ("uk", "п'ять", "p'yatʹ", "pʺyatʹ"),  # BGN/PCGN 1965: apostrophe → ʺ
        ("ru", "оыу", "o·yu", "o·y·u"),  # BGN/PCGN 1947 rule 3 (issue 15)
    ],
)
def test_allowances_give_the_standard_form(
    lang: str, word: str, icu_out: str, expected: str
) -> None:
    assert icu_romanize(lang, [word]) == [icu_out]  # ICU's behaviour the allowance is about
    fixed = icu_out
    for a in allowances(lang, "output"):
        fixed = a.apply(word, fixed)
    assert fixed == expected
    assert translit_romanize(lang, [word]) == [expected]
