"""ICU as an external oracle for translit's ``bgn-pcgn`` schemes: word-by-word comparison report.

ICU (through PyICU) implements the Unicode CLDR transforms ``Russian-Latin/BGN``,
``Ukrainian-Latin/BGN`` … that translit's BGN/PCGN scheme files say they follow. This script
romanises the same unique words with both and prints, per language, how many agree and one line
per distinct *mismatch pattern*: the Cyrillic letters responsible, their left and right context,
what translit writes there and what ICU writes, with a few sample words.

Words come from two sources for every language:

* ``corpus`` — the unique words of ``../shared/corpus/<lang>-*.txt`` (when the folder exists);
* ``generated`` — every letter of the scheme and of ICU's transform filter, alone and in every
  two-letter sequence at the start, in the middle and at the end of a word (``а`` around them),
  so each letter is seen at word start, after and before vowels and after every other letter.

Each source is split into ``lower`` (lower-case words) and ``case`` (ALL-CAPS and Title forms of
the same words, and single capitals followed by ``.`` as initials), since translit differs from
ICU on case on purpose (a lone capital is a title-case piece: Ж. → "Zh." where ICU gives "ZH.";
an ALL-CAPS word never mixes case: АЕ → "AYE" where ICU gives "AYe").

Context classes in a pattern: ``^`` word start, ``$`` word end, ``V`` a vowel, ``C`` another
letter (``й``, ``ъ``, ``ь`` and apostrophes are shown as themselves, since rules single them out).
In ``case`` patterns ``U`` is a capital and ``l`` a lower-case letter.

    python3 bench/icu_oracle.py                 # every language, 3 samples per pattern
    python3 bench/icu_oracle.py ru uk --samples 5
"""

from __future__ import annotations

import argparse
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from translit.script import CYRILLIC_CLASS

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"

# translit language -> ICU transform id
TRANSFORMS = {
    "ru": "Russian-Latin/BGN",
    "uk": "Ukrainian-Latin/BGN",
    "be": "Belarusian-Latin/BGN",
    "bg": "Bulgarian-Latin/BGN",
    "sr": "Serbian-Latin/BGN",
    "mk": "Macedonian-Latin/BGN",
    "kk": "Kazakh-Latin/BGN",
    "ky": "Kirghiz-Latin/BGN",
    "mn": "Mongolian-Latin/BGN",
}

# vowel letters of each language (only used to name contexts in the report)
VOWELS = {
    "ru": "аеёиоуыэюя",
    "uk": "аеєиіїоуюя",
    "be": "аеёіоуыэюя",
    "bg": "аеиоуъюяѫѣ",
    "sr": "аеиоу",
    "mk": "аеиоу",
    "kk": "аәеёиоөуұүыіэюя",
    "ky": "аеёиоөуүыэюя",
    "mn": "аеёиоөуүыэюя",
}
SPECIAL = "йъь’'ʼ"  # letters named as themselves in contexts

APOSTROPHES = "’'ʼ"
_C = CYRILLIC_CLASS
MARKS = "\u0300-\u036f"
WORD = re.compile(f"[{_C}](?:[{MARKS}]|[’'ʼ](?=[{_C}])|[{_C}])*")
HAS_CYRILLIC = re.compile(f"[{_C}]")
RU_VOWEL = "аеёиоуыэюя"
RU_CONS = "бвгджзклмнпрстфхцчшщъь"


def corpus_words(lang: str) -> set[str]:
    """Unique Cyrillic words of ``../shared/corpus/<lang>-*.txt`` (empty when absent)."""
    words: set[str] = set()
    if not CORPUS.is_dir():
        return words
    for path in sorted(CORPUS.glob(f"{lang}-*.txt")):
        words.update(WORD.findall(path.read_text(encoding="utf-8")))
    return words


def alphabet(lang: str) -> list[str]:
    """Lower-case Cyrillic letters of the scheme's sources and of ICU's transform filter."""
    from translit import get_scheme

    body = get_scheme("bgn-pcgn", lang).body
    letters = {c for src in [*body.letters, *(r.match for r in body.rules)] for c in src}
    icu_filter = _icu(lang).getFilter()
    if icu_filter is not None:
        import icu

        letters.update(c.lower() for c in icu.UnicodeSet(icu_filter.toPattern(False)))
    return sorted(c for c in letters if _cyrillic_letter(c) and c == c.lower())


def _cyrillic_letter(c: str) -> bool:
    return len(c) == 1 and "CYRILLIC" in unicodedata.name(c, "") and c.isalpha()


TRIPLES = {"on": False}


def generated_words(lang: str) -> list[str]:
    """Every letter and letter pair at word start, in the middle and at word end (lower case);
    with ``--triples`` also every three-letter sequence inside a word; apostrophes."""
    letters = alphabet(lang)
    skip = set(uncovered(lang))
    out: dict[str, None] = {}
    for x in letters:
        for w in (x, x + "а", "а" + x, "а" + x + "а"):
            out[w] = None
        if x in skip:
            continue  # a letter ICU does not convert: seen alone, not in every pair
        for y in letters:
            if y in skip:
                continue
            for w in (x + y + "а", "а" + x + y + "а", "а" + x + y):
                out[w] = None
            if TRIPLES["on"]:
                for z in letters:
                    if z not in skip:
                        out["а" + x + y + z + "а"] = None
        for p in inner_chars(lang):
            out["а" + x + p + "я"] = None
    return list(out)


def inner_chars(lang: str) -> list[str]:
    """The scheme's source characters that are not letters (apostrophes)."""
    from translit import get_scheme

    body = get_scheme("bgn-pcgn", lang).body
    return sorted({c for src in body.letters for c in src if c in APOSTROPHES})


def uncovered(lang: str) -> list[str]:
    """Letters of :func:`alphabet` that ICU's transform leaves in Cyrillic."""
    letters = alphabet(lang)
    return [c for c, o in zip(letters, icu_romanize(lang, letters), strict=True) if WORD.search(o)]


def case_variants(lower_words: Iterable[str], letters: Iterable[str] = ()) -> list[str]:
    """ALL-CAPS and Title forms of lower-case words, and ``X.`` initials of single letters."""
    out: dict[str, None] = {}
    for w in lower_words:
        for v in (w.upper(), w[:1].upper() + w[1:]):
            if v != w:
                out[v] = None
    for c in letters:
        out[c.upper() + "."] = None
    return list(out)


# -- the two romanisers -----------------------------------------------------------------------

_ICU_CACHE: dict[str, object] = {}
REFERENCE = ROOT.parent / "shared" / "reference" / "cldr-transforms"
# how ICU is built: "builtin" (ICU's own CLDR data), "rules" (the CLDR XML rule text in
# REFERENCE compiled by ICU) or "rules-nfc" (the same with ":: NFD (NFC) ;" read as ":: NFC ;")
SOURCE = {"mode": "builtin"}


def cldr_rules(lang: str, nfc: bool = False) -> str:
    """The rule text of the CLDR transform file for ``lang`` (``::NFD`` → ``::NFC`` if asked)."""
    import html

    name = TRANSFORMS[lang].split("-")[0]
    text = (REFERENCE / f"{name}-Latin-BGN.xml").read_text(encoding="utf-8")
    m = re.search(r"<tRule>(?:\s*<!\[CDATA\[)?(.*?)(?:\]\]>\s*)?</tRule>", text, re.S)
    if m is None:
        raise ValueError(f"no <tRule> in {name}-Latin-BGN.xml")
    rules = m.group(1) if "CDATA" in text else html.unescape(m.group(1))
    if nfc:
        rules = re.sub(r"::\s*NFD\s*\(\s*NFC\s*\)\s*;", ":: NFC ;", rules)
    return rules


def _icu(lang: str):  # -> icu.Transliterator
    tr = _ICU_CACHE.get(lang)
    if tr is None:
        import icu

        mode = SOURCE["mode"]
        if mode == "builtin":
            tr = icu.Transliterator.createInstance(TRANSFORMS[lang])
        else:
            rules = cldr_rules(lang, nfc=mode == "rules-nfc")
            tr = icu.Transliterator.createFromRules(f"{lang}-{mode}", rules)
        _ICU_CACHE[lang] = tr
    return tr


def icu_romanize(lang: str, words: list[str]) -> list[str]:
    """ICU's output for each word (NFC), each word alone between spaces (word-edge contexts)."""
    blob = _icu(lang).transliterate("\n".join(f" {w} " for w in words))
    out = [unicodedata.normalize("NFC", s.strip(" ")) for s in blob.split("\n")]
    assert len(out) == len(words), "ICU changed the number of lines"
    return out


def translit_romanize(lang: str, words: list[str]) -> list[str]:
    """translit's ``bgn-pcgn`` output for each word (NFC)."""
    from translit import get_romanizer

    r = get_romanizer("bgn-pcgn", lang)
    out = r.romanize("\n".join(words)).split("\n")
    assert len(out) == len(words), "translit changed the number of lines"
    return [unicodedata.normalize("NFC", s) for s in out]


# -- mismatch patterns ------------------------------------------------------------------------


def _pieces(lang: str, word: str) -> list[tuple[int, int, str]] | None:
    """(start, end, lower-case output) of each source piece, from the engine's interpreter.

    Uses a private method of the engine, only to locate differences; ``None`` when it changes.
    """
    from translit import get_romanizer

    r = get_romanizer("bgn-pcgn", lang)
    fn = getattr(r, "_pieces", None)
    if fn is None:
        return None
    try:
        return [(i, j, f[0]) for i, j, f in fn(word.lower())]
    except Exception:  # a report helper: fall back to the whole word
        return None


def _ctx(lang: str, ch: str | None, edge: str, case: bool) -> str:
    if ch is None:
        return edge
    if case:
        return "U" if ch.isupper() else "l" if ch.islower() else ch
    if ch in SPECIAL:
        return ch
    return "V" if ch in VOWELS[lang] else "C"


def locate(lang: str, word: str, ours: str, theirs: str, case: bool = False) -> tuple[str, str]:
    """(pattern, context) of a difference: the source letters responsible, both outputs there.

    The pattern reads ``[src] translit 'x' / ICU 'y'``; the context ``P_N`` names the letters
    around ``src`` (see the module docstring).
    """
    p = 0
    while p < min(len(ours), len(theirs)) and ours[p] == theirs[p]:
        p += 1
    s = 0
    while (
        s < min(len(ours), len(theirs)) - p
        and ours[len(ours) - 1 - s] == theirs[len(theirs) - 1 - s]
    ):
        s += 1
    a, b = p, len(ours) - s
    pieces = _pieces(lang, unicodedata.normalize("NFC", word))
    if pieces is None or sum(len(o) for *_, o in pieces) != len(ours):
        return f"{word!r}: translit {ours!r} / ICU {theirs!r}", "?"
    # source pieces whose output overlaps [a, b) (or holds a, for a pure insertion)
    spans: list[tuple[int, int, int, int]] = []
    pos = 0
    for i, j, o in pieces:
        spans.append((i, j, pos, pos + len(o)))
        pos += len(o)
    hit = [sp for sp in spans if (sp[2] < b and sp[3] > a) or (a == b and sp[2] <= a < sp[3])] or [
        spans[-1]
    ]
    i0, j0 = min(h[0] for h in hit), max(h[1] for h in hit)
    lo, hi = min(h[2] for h in hit), max(h[3] for h in hit)
    t_reg = ours[lo:hi]
    i_reg = theirs[lo : max(lo, len(theirs) - (len(ours) - hi))]
    src = word[i0:j0] if case else word[i0:j0].lower()
    prev = word[i0 - 1] if i0 else None
    nxt = word[j0] if j0 < len(word) else None
    ctx = f"{_ctx(lang, prev, '^', case)}_{_ctx(lang, nxt, '$', case)}"
    return f"[{src}] translit {t_reg!r} / ICU {i_reg!r}", ctx


# -- the documented differences (tests/test_icu_oracle.py asserts the rest away; the report
# labels each difference by the allowance that explains it) -------------------------------


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
    apply: Callable[..., Any]


def _strip_marks(word: str) -> str:
    """The word without combining marks that stay separate in NFC (stress marks; й, ё kept)."""
    return re.sub(f"[{MARKS}]", "", unicodedata.normalize("NFC", word))


# Russian: ICU runs the context rules in a first pass that converts ы (after a vowel), е/ё
# (after a vowel, й, ъ, ь) and э (after a consonant) in place; a neighbour tested afterwards sees
# Latin output, not the Cyrillic letter (аее → ayee, not ayeye; ыыа → y·ya, not y··ya).
_RU_PASS1 = re.compile(
    f"(?:(?<=[{RU_VOWEL}])ы|(?<=[{RU_VOWEL}йъь])[её]|(?<=[{RU_CONS}])э)[ыеёэ]|ыы"
)
_BG_FINAL_HARD = re.compile(f"[{_C}]ъ$")


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


def explain(lang: str, word: str, ours: str, theirs: str) -> str:
    """The allow-list entry that explains a lower-case difference (``"b:name"``, ``"c:name"``),
    or ``"a?"`` when none does: a candidate data bug of the scheme."""
    allow = [a for a in ALLOWANCES if lang in a.langs.split()]
    for a in allow:
        if a.kind == "input" and a.apply(word) != word:
            w2 = a.apply(word)
            if translit_romanize(lang, [w2]) == icu_romanize(lang, [w2]):
                return f"{a.category}:{a.name}"
    for a in allow:
        if a.kind == "skip" and a.apply(word, ours, theirs):
            return f"{a.category}:{a.name}"
    used = []
    for a in allow:
        if a.kind == "output":
            fixed = a.apply(word, theirs)
            if fixed != theirs:
                used.append(f"{a.category}:{a.name}")
                theirs = fixed
    return "+".join(used) if used and theirs == ours else "a?"


# differences with capitals that the lower-case allow-list cannot see (see the report)
CASE_NOTES = {
    # ICU's rule 2 for a word-initial Ё needs a letter after it: a lone Ё or the initial Ё. → Ë
    ("ru", r"^Ё\.?$"): "c:lone-capital-yo",
    # CLDR writes зг/Зг/ЗГ … but not зГ: translit's separators ignore case (кГц → k·Hts)
    ("uk", "[зкцсшт][ГСЧ]"): "b:mixed-case-separator",
    ("be", "[зкцст][ГС]"): "b:mixed-case-separator",
}


def explain_case(lang: str, word: str, ours: str, theirs: str) -> str:
    """Label of a difference in a word with capitals: ``b:case`` when the outputs differ only
    in letter case (translit's case rules), else the label of the lower-case difference."""
    if ours.lower() == theirs.lower():
        return "b:case"
    for (lg, rx), label in CASE_NOTES.items():
        if lg == lang and re.search(rx, word):
            return label
    low = word.lower()
    o, t = translit_romanize(lang, [low])[0], icu_romanize(lang, [low])[0]
    if o == t:
        return "a?case"  # the letters differ only with capitals: look at it
    return explain(lang, low, o, t)


@dataclass
class Pattern:
    """The words of one mismatch pattern and the contexts it was seen in."""

    rows: list[tuple[str, str, str]] = field(default_factory=list)
    contexts: Counter[str] = field(default_factory=Counter)
    labels: Counter[str] = field(default_factory=Counter)


@dataclass
class Result:
    """Comparison of one word list: counts and mismatches grouped by pattern."""

    label: str
    total: int = 0
    equal: int = 0
    patterns: dict[str, Pattern] = field(default_factory=dict)

    @property
    def mismatches(self) -> int:
        return self.total - self.equal


def compare(lang: str, words: list[str], label: str, case: bool = False) -> Result:
    """Romanise ``words`` with translit and ICU; group the differing words by pattern."""
    res = Result(label, total=len(words))
    if not words:
        return res
    ours = translit_romanize(lang, words)
    theirs = icu_romanize(lang, words)
    groups: dict[str, Pattern] = defaultdict(Pattern)
    for w, o, t in zip(words, ours, theirs, strict=True):
        if o == t:
            res.equal += 1
            continue
        key, ctx = locate(lang, w, o, t, case)
        groups[key].rows.append((w, o, t))
        groups[key].contexts[ctx] += 1
        groups[key].labels[explain_case(lang, w, o, t) if case else explain(lang, w, o, t)] += 1
    res.patterns = dict(sorted(groups.items(), key=lambda kv: (-len(kv[1].rows), kv[0])))
    return res


def run(lang: str) -> Iterator[Result]:
    """The four comparisons of one language: corpus/generated × lower/case."""
    corpus = corpus_words(lang)
    c_lower = sorted(w for w in corpus if w == w.lower())
    c_case = sorted(w for w in corpus if w != w.lower())
    gen = generated_words(lang)
    letters = alphabet(lang)
    if corpus:
        yield compare(lang, c_lower, "corpus lower")
        yield compare(lang, c_case, "corpus case (as found)", case=True)
    yield compare(lang, gen, "generated lower")
    yield compare(lang, case_variants(gen, letters), "generated case", case=True)


def report(langs: list[str], samples: int, out: TextIO = sys.stdout) -> None:
    """Print the comparison of every language in ``langs``, then a summary table."""
    summary: list[str] = []
    for lang in langs:
        print(f"\n=== {lang}  ({TRANSFORMS[lang]})", file=out)
        missing = uncovered(lang)
        if missing:
            print(f"letters ICU leaves in Cyrillic: {' '.join(missing)}", file=out)
        for res in run(lang):
            print(
                f"--- {res.label}: {res.total} words, {res.equal} equal, "
                f"{res.mismatches} differ, {len(res.patterns)} patterns",
                file=out,
            )
            summary.append(
                f"{lang:4} {res.label:24} {res.total:7} {res.equal:7} {res.mismatches:6} "
                f"{len(res.patterns):5}"
            )
            cats: Counter[str] = Counter()
            for pat in res.patterns.values():
                cats.update(pat.labels)
            if cats:
                print(
                    "    by allowance: " + ", ".join(f"{k} {v}" for k, v in cats.items()), file=out
                )
            for key, pat in res.patterns.items():
                ctx = " ".join(c for c, _ in pat.contexts.most_common(8))
                more = " …" if len(pat.contexts) > 8 else ""
                label = "/".join(pat.labels)
                print(f"  {len(pat.rows):6}  {key}   in {ctx}{more}   [{label}]", file=out)
                for w, o, t in pat.rows[:samples]:
                    print(f"          {w} → translit {o} | ICU {t}", file=out)
    print("\nlang source/subset              words   equal differ  pats", file=out)
    print("\n".join(summary), file=out)


def main(argv: list[str] | None = None) -> int:
    """Command line: ``python3 bench/icu_oracle.py [LANG …] [--samples N]``."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("langs", nargs="*", metavar="LANG", help=f"of {', '.join(TRANSFORMS)}")
    ap.add_argument("--samples", type=int, default=3, help="sample words per pattern")
    ap.add_argument(
        "--triples", action="store_true", help="also every three-letter sequence (slower)"
    )
    ap.add_argument(
        "--icu",
        choices=["builtin", "rules", "rules-nfc"],
        default="builtin",
        help="ICU's own data (default); the CLDR rule files of ../shared/reference compiled by "
        "ICU; or those with ':: NFD (NFC) ;' read as ':: NFC ;' (what the rules mean)",
    )
    args = ap.parse_args(argv)
    try:
        import icu  # noqa: F401
    except ImportError:
        print("PyICU is not installed: pip install PyICU (needs libicu)", file=sys.stderr)
        return 2
    unknown = [lg for lg in args.langs if lg not in TRANSFORMS]
    if unknown:
        ap.error(f"unknown language(s): {', '.join(unknown)}")
    if args.icu != "builtin" and not REFERENCE.is_dir():
        ap.error(f"--icu {args.icu} needs {REFERENCE}")
    SOURCE["mode"] = args.icu
    TRIPLES["on"] = args.triples
    sys.path.insert(0, str(ROOT))
    report(args.langs or list(TRANSFORMS), args.samples)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
