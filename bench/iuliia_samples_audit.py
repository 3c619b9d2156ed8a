"""Audit the Russian schemes against iuliia's published sample pairs (an external test vector set).

For each of iuliia's 27 Russian schemas, the sample pairs are read at run time from the installed
``iuliia`` package (never copied into the project), each Cyrillic sample is romanised with the
translit scheme of the same name (``ala_lc`` → ``ala-lc``), and every mismatch is printed, grouped
by scheme, followed by a per-scheme count table::

    PYTHONPATH=. python3 bench/iuliia_samples_audit.py            # mismatches + counts
    PYTHONPATH=. python3 bench/iuliia_samples_audit.py --counts   # counts only
    PYTHONPATH=. python3 bench/iuliia_samples_audit.py -s mosmetro -s wikipedia
    PYTHONPATH=. python3 bench/iuliia_samples_audit.py --words ../shared/corpus/ru-gsd.txt

``--words FILE…`` instead runs iuliia's own engine and translit over every distinct Russian word
of the files (lower-case and capitalised words; iuliia mishandles ALL-CAPS) and prints, per
scheme, the kinds of difference (the edit that turns iuliia's output into translit's) with a
count and an example, after correcting iuliia's Cyrillic ё to ë and normalising to NFC. That
survey is how the MVD 782 ъи fault was found; each kind still has to be judged by hand.

The ``deliberate`` column counts mismatches listed in ``tests/test_iuliia_vectors.py``'s
allow-list (translit deliberately differs: iuliia's known faults or a documented decision of the
standard); every other mismatch is a defect to fix or explain. Exit status: 0 when every
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


def allow_list() -> dict[tuple[str, str], tuple[str, tuple[tuple[str, str], ...]]]:
    """(scheme, input) → (reason, replacements) where translit deliberately differs from iuliia.

    The list lives in ``tests/test_iuliia_vectors.py`` (``DELIBERATE``): one list for both.
    """
    path = ROOT / "tests" / "test_iuliia_vectors.py"
    if not path.is_file():
        return {}
    spec = importlib.util.spec_from_file_location("_iuliia_vectors", path)
    if spec is None or spec.loader is None:
        return {}
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return dict(module.DELIBERATE)


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

    allowed = allow_list()
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
