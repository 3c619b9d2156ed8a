"""Speed ratios of translit to anyascii per language and scheme, in CPU time (issue 16's bars
were measured on Russian alone).

    python -m bench.cpu_langs             (from the repository root)
    python -m bench.cpu_langs --targets   (and the reader pipelines, target="en"/"de"/"fr")
    python -m bench.cpu_langs --targets-only   (the reader pipelines alone)

For each language with a text in ``../shared/corpus`` (``<lang>-*.txt``: ru uk be bg mk kk ky)
and each of its default scheme, ``iso-9``, ``ala-lc``, ``duden`` and ``french`` (where the
language has them), one call per line: **cold**, one copy of the text on a fresh romaniser
built inside the timed run, the look-alike repair's word memo emptied first (text never seen
before), and **warm**, the text ×14 on a romaniser that has seen it. anyascii runs the same
lines. CPU time of this process, subjects interleaved, best of two rounds, so the ratios hold
on a loaded machine. ``declined`` counts the lines the C engine hands to the interpreter (a
Latin letter typed into a Cyrillic word, a look-alike apostrophe, a word of Х and І alone: the
look-alike repair is the interpreter's). Every translit output is checked equal to the
reference path (the interpreter) on a sample of lines before its time counts.

``--targets`` adds ``romanize(target="en"|"de"|"fr")`` (the names pipeline: established forms,
given names, inflected names read through the morphology) on the first 500 lines; it is
Python throughout, not the C engine. Its "cold" column is the first pass over those lines on
a built TargetRomanizer (the words never seen by this process's caches for "en", the first
target run; "de" and "fr" share the dictionary's caches it filled), "warm" the best of two
passes more.
"""

from __future__ import annotations

import sys

import pytest

from translit import get_scheme
from translit.catalogue import default_scheme
from translit.engine import BACKEND, lookalike
from translit.errors import UnknownSchemeError
from translit.names import TargetRomanizer

from .common import CORPUS, PEERS, REPEAT, best_cpu, fresh_romanizer, import_peer
from .common import CpuRun as Run

LANGS = ("ru", "uk", "be", "bg", "mk", "kk", "ky")
ASKED = ("iso-9", "ala-lc", "duden", "french")  # besides the language's default


def schemes_of(lang: str) -> list[str]:
    """The language's default scheme, then those of :data:`ASKED` it has (by their ids)."""
    out = [default_scheme(lang)]
    for asked in ASKED:
        try:
            sid = get_scheme(asked, lang).id
        except UnknownSchemeError:
            continue
        if sid not in out:
            out.append(sid)
    return out


def lines_of(lang: str) -> list[str]:
    files = sorted(CORPUS.glob(f"{lang}-*.txt"))
    return "".join(f.read_text(encoding="utf-8") for f in files).splitlines(keepends=True)


def _row(lang: str, sid: str, lines: list[str], peer: Run) -> str:
    """One table row: the scheme on the language's text, cold and warm, against ``peer``."""

    def cold(ls: list[str]) -> object:
        lookalike._fixed_memo.cache_clear()  # (text never seen: no word's repair memoised)
        r = fresh_romanizer(sid, lang)
        return list(map(r.romanize, ls))

    check = fresh_romanizer(sid, lang)
    sample = lines[:: max(1, len(lines) // 2000)]
    expected = list(map(check._romanize_reference, sample))
    assert list(map(check.romanize, sample)) == expected, (lang, sid)
    declined = sum(check._run(s) is None for s in lines)
    best = best_cpu({"translit": cold, "anyascii": peer}, lines)
    warm = fresh_romanizer(sid, lang)
    list(map(warm.romanize, lines))
    bulk = lines * REPEAT
    hot = best_cpu({"translit": lambda ls: list(map(warm.romanize, ls)), "anyascii": peer}, bulk)
    mb = sum(len(s.encode()) for s in lines) / 1e6
    return (
        f"| {lang} | {sid} | {mb:.2f} | {declined}/{len(lines)} "
        f"| {best['anyascii'] / best['translit']:.2f} | {hot['anyascii'] / hot['translit']:.2f} |"
    )


def _target_row(lang: str, target: str, lines: list[str], peer: Run) -> str | None:
    """The reader pipeline ``romanize(target=…)`` on ``lines``, warm, against ``peer``."""
    try:
        tr = TargetRomanizer(target, lang=lang)
    except UnknownSchemeError:
        return None
    tr(lines[0])
    subjects: dict[str, Run] = {"translit": lambda ls: list(map(tr, ls)), "anyascii": peer}
    cold = best_cpu(subjects, lines, 1)
    warm = best_cpu(subjects, lines, 2)
    ratios = [best["anyascii"] / best["translit"] for best in (cold, warm)]
    return f"| {lang} | target={target} ({len(lines)} lines) | - | - | {ratios[0]:.3f} | {ratios[1]:.3f} |"


def main(targets: bool = False, only: bool = False) -> None:
    try:
        anyascii = import_peer(next(p for p in PEERS if p.name == "anyascii"))
    except pytest.skip.Exception as exc:
        sys.exit(f"anyascii is needed: {exc.msg}")

    def peer(lines: list[str]) -> object:
        return list(map(anyascii, lines))

    print(f"engine: {BACKEND}; corpus: {CORPUS}/<lang>-*.txt, one call per line")
    warm = "warm ×14 ×anyascii" + (" (target rows: their lines again)" if targets or only else "")
    print(f"| lang | scheme | MB | declined lines | cold ×anyascii | {warm} |")
    print("| --- | --- | --- | --- | --- | --- |")
    for lang in LANGS:
        lines = lines_of(lang)
        if not lines:
            continue
        for sid in () if only else schemes_of(lang):
            print(_row(lang, sid, lines, peer), flush=True)
        for target in ("en", "de", "fr") if targets or only else ():
            row = _target_row(lang, target, lines[:500], peer)
            if row is not None:
                print(row, flush=True)


if __name__ == "__main__":
    main("--targets" in sys.argv[1:], "--targets-only" in sys.argv[1:])
