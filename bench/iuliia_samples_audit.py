"""Audit the Russian schemes against iuliia's published sample pairs (an external test vector set).

For each of iuliia's 27 Russian schemas, the sample pairs are read at run time from the installed
``iuliia`` package (never copied into the project), each Cyrillic sample is romanised with the
translit scheme of the same name (``ala_lc`` → ``ala-lc``), and every mismatch is printed, grouped
by scheme, followed by a per-scheme count table::

    python -m bench.iuliia_samples_audit            # mismatches + counts
    python -m bench.iuliia_samples_audit --counts   # counts only
    python -m bench.iuliia_samples_audit -s mosmetro -s wikipedia
    python -m bench.iuliia_samples_audit --words ../shared/corpus/ru-gsd.txt

``--words FILE…`` instead runs iuliia's own engine and translit over every distinct Russian word
of the files (lower-case and capitalised words; iuliia mishandles ALL-CAPS) and prints, per
scheme, the kinds of difference (the edit that turns iuliia's output into translit's) with a
count and an example, after correcting iuliia's Cyrillic ё to ë and normalising to NFC. That
survey is how the MVD 782 ъи fault was found; each kind still has to be judged by hand.

The ``deliberate`` column counts mismatches listed in :data:`DELIBERATE`, the allow-list
tests/test_iuliia_vectors.py applies too (translit deliberately differs: iuliia's known faults
or a documented decision of the standard); every other mismatch is a defect to fix or explain. Exit status: 0 when every
mismatch is allow-listed, 1 otherwise, 2 when iuliia is not installed.
"""

from __future__ import annotations

import argparse
import difflib
import importlib.util
import json
import re
import sys
import unicodedata
from collections import Counter
from importlib import resources
from pathlib import Path

from translit.script import alphabet

ROOT = Path(__file__).resolve().parent.parent
RU_WORD = f"[{alphabet('ru')}{alphabet('ru').upper()}]+"

# -- the allow-list: where translit deliberately differs from iuliia's samples (tests/
# test_iuliia_vectors.py holds every other sample to iuliia's Latin letter for letter) -------

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


def iuliia_samples() -> dict[str, list[tuple[str, str]]]:
    """translit scheme id → iuliia's (Cyrillic, Latin) samples, for every Russian schema.

    >>> "mosmetro" in iuliia_samples()
    True
    """
    folder = resources.files("iuliia") / "schemas"
    out: dict[str, list[tuple[str, str]]] = {}
    for node in sorted(folder.iterdir(), key=lambda n: n.name):
        if not node.name.endswith(".json"):
            continue
        data = json.loads(node.read_text(encoding="utf-8"))
        name = data.get("name", node.name[: -len(".json")])
        if name == "uz":  # Uzbek, not a Russian scheme
            continue
        out[name.replace("_", "-")] = [(src, want) for src, want in data.get("samples", [])]
    return out


def _edits(a: str, b: str) -> tuple[tuple[str, str], ...]:
    """The replaced pieces that turn ``a`` into ``b`` (a difference's "kind")."""
    ops = difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
    return tuple((a[i1:i2], b[j1:j2]) for op, i1, i2, j1, j2 in ops if op != "equal")


def survey(paths: list[str], only: list[str] | None, top: int = 8) -> None:
    """Print, per scheme, how translit and iuliia's engine differ on the words of ``paths``."""
    import iuliia

    from translit import get_romanizer

    words: set[str] = set()
    for path in paths:
        words.update(re.findall(RU_WORD, Path(path).read_text(encoding="utf-8")))
    todo = sorted(w for w in words if not (len(w) > 1 and w.isupper()))
    print(f"{len(todo)} distinct words")
    for sid in iuliia_samples():
        if only and sid not in only:
            continue
        schema = getattr(iuliia, sid.replace("-", "_").upper())
        r = get_romanizer(sid, "ru")
        kinds: Counter[tuple[tuple[str, str], ...]] = Counter()
        example: dict[tuple[tuple[str, str], ...], tuple[str, str, str]] = {}
        for w in todo:
            theirs = unicodedata.normalize("NFC", schema.translate(w))
            theirs = theirs.replace("ё", "ë").replace("Ё", "Ë")
            ours = r(w)
            if theirs != ours:
                kind = _edits(theirs, ours)
                kinds[kind] += 1
                example.setdefault(kind, (w, theirs, ours))
        print(f"== {sid}: {sum(kinds.values())} words differ")
        for kind, n in kinds.most_common(top):
            w, theirs, ours = example[kind]
            print(f"  {n:6}  {kind}  e.g. {w} → iuliia {theirs} / translit {ours}")


def main(argv: list[str] | None = None) -> int:
    """Print mismatches and counts; the exit status says whether any is unexplained."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("-s", "--scheme", action="append", help="only these schemes")
    parser.add_argument("--counts", action="store_true", help="print the count table only")
    parser.add_argument("--words", nargs="+", metavar="FILE", help="survey the words of FILEs")
    args = parser.parse_args(argv)
    if importlib.util.find_spec("iuliia") is None:
        print("iuliia is not installed (pip install 'translit-kit[bench]')", file=sys.stderr)
        return 2
    sys.path.insert(0, str(ROOT))
    if args.words:
        survey(args.words, args.scheme)
        return 0
    from translit import get_romanizer

    allowed = DELIBERATE
    rows = []
    unexplained = 0
    for sid, samples in iuliia_samples().items():
        if args.scheme and sid not in args.scheme:
            continue
        r = get_romanizer(sid, "ru")
        equal = deliberate = 0
        for src, raw in samples:
            got = r(src)
            want = unicodedata.normalize("NFC", raw)  # iuliia writes ž decomposed in six maps
            if got == want:
                equal += 1
                continue
            reason, fixes = allowed.get((sid, src), ("", ()))
            fixed = want
            for old, new in fixes:
                fixed = fixed.replace(old, new)
            if reason and got == fixed:
                deliberate += 1
            else:
                unexplained += 1
            if not args.counts:
                tag = "deliberate" if reason and got == fixed else "MISMATCH"
                print(f"[{sid}] {tag}\n  in:       {src}\n  iuliia:   {want}\n  translit: {got}")
                if reason:
                    print(f"  why:      {reason}")
        rows.append((sid, len(samples), equal, deliberate, len(samples) - equal - deliberate))
    print(f"\n{'scheme':<16} {'samples':>7} {'equal':>6} {'deliberate':>10} {'other':>6}")
    for row in rows:
        print(f"{row[0]:<16} {row[1]:>7} {row[2]:>6} {row[3]:>10} {row[4]:>6}")
    tot = [sum(row[k] for row in rows) for k in range(1, 5)]
    print(f"{'total':<16} {tot[0]:>7} {tot[1]:>6} {tot[2]:>10} {tot[3]:>6}")
    return 1 if unexplained else 0


if __name__ == "__main__":
    raise SystemExit(main())
