"""Speed ratios of translit bgn-pcgn to anyascii, PyICU's BGN transform and iuliia, in CPU time.

    python -m bench.cpu_ratios        (from the repository root)

The pytest-benchmark suites measure wall-clock time, which a busy shared machine distorts; this
script times each subject by the CPU time of this process, interleaving the subjects and taking
the best of two rounds, so the ratios hold on a loaded machine too. One call per line for every
subject, on three texts: the large-vocabulary text (fresh romaniser), one copy of the corpus
(fresh romaniser, built inside the timed run: cold) and the corpus ×14 on a romaniser that has
seen it (warm); then one short name on a cached romaniser, per call. Every translit output is
checked equal to the reference path (the interpreter) before its time counts.
"""

from __future__ import annotations

import re

import pytest

import translit
from translit.engine import BACKEND

from .common import (
    PEERS,
    SHORT_NAME,
    best_cpu,
    fresh_romanizer,
    import_peer,
    large_vocabulary_russian,
    load_corpus,
)
from .common import CpuRun as Run

_STRESS = re.compile("([аеиоуыэюя])")


def _peer_runs() -> dict[str, Run]:
    """The peers that are installed; one that is not is left out, saying so (PyICU needs the
    ICU headers and is in no extra the tests install)."""
    peers = {p.name: p for p in PEERS}
    runs: dict[str, Run] = {}
    for label, name in (
        ("anyascii", "anyascii"),
        ("PyICU BGN", "PyICU (Russian-Latin/BGN)"),
        ("iuliia BGN", "iuliia (bgn_pcgn)"),
    ):
        try:
            fn = import_peer(peers[name])
        except pytest.skip.Exception as exc:
            print(f"left out: {exc.msg}")
            continue
        runs[label] = lambda lines, fn=fn: list(map(fn, lines))
    return runs


def main() -> None:
    def cold(lines: list[str]) -> object:
        r = fresh_romanizer("bgn-pcgn")
        return list(map(r.romanize, lines))

    peer_runs = _peer_runs()
    corpus = load_corpus(False)
    print(f"engine: {BACKEND}; corpus: {corpus.source}")
    large = large_vocabulary_russian().splitlines(keepends=True)
    # the worst case for the C engine: a stress mark (U+0301) on every line, whose word it
    # leaves to the interpreter (the first 2 MB of the large-vocabulary text)
    stressed = [_STRESS.sub("\\1\u0301", line, count=1) for line in large[: len(large) // 10]]
    texts = {
        "large vocabulary (fresh)": large,
        "one copy of the corpus (fresh: cold)": corpus.lines,
        "large vocabulary, a stress mark on every line (fresh)": stressed,
    }
    reference = fresh_romanizer("bgn-pcgn")
    for title, lines in texts.items():
        sample = lines[:: max(1, len(lines) // 5000)]  # every line would take minutes
        assert cold(sample) == list(map(reference._romanize_reference, sample)), title
        best = best_cpu({"translit": cold, **peer_runs}, lines)
        mb = sum(len(s.encode()) for s in lines) / 1e6
        speeds = ", ".join(f"{k} {mb / v:.2f} MB/s" for k, v in best.items())
        ratios = ", ".join(f"{best[k] / best['translit']:.2f}x {k}" for k in peer_runs)
        print(f"{title}, {mb:.1f} MB: {speeds}; translit = {ratios}")
    lines = corpus.bulk_lines
    warm = fresh_romanizer("bgn-pcgn")
    list(map(warm.romanize, lines))
    best = best_cpu({"translit": lambda ls: list(map(warm.romanize, ls)), **peer_runs}, lines)
    ratios = ", ".join(f"{best[k] / best['translit']:.2f}x {k}" for k in peer_runs)
    print(f"corpus x{corpus.repeat}, warm: translit = {ratios}")
    cached = translit.get_romanizer("bgn-pcgn", "ru")
    assert cached(SHORT_NAME) == cached._romanize_reference(SHORT_NAME)
    names = [SHORT_NAME] * 200_000
    best = best_cpu({"translit": lambda ls: list(map(cached.romanize, ls)), **peer_runs}, names, 3)
    each = ", ".join(f"{k} {v / len(names) * 1e6:.3f} µs" for k, v in best.items())
    print(f"short name {SHORT_NAME!r}, cached romaniser, per call: {each}")


if __name__ == "__main__":
    main()
