"""Glossary apply throughput: a 10,000-term glossary over the Russian corpus, two matchers.

The glossary holds 4,000 single words and 6,000 two-word phrases sampled (fixed seed) from the
corpus vocabulary below its 300 most frequent words / 100 most frequent pairs, each a Russian
term with a French equivalent; the Russian case/number forms of every term, from
``translit.morphology`` (pymorphy3), are matched too (about 46,000 patterns: pymorphy3 leaves
phrases that are not noun phrases, "что он", undeclined). Romanised forms are left out here (they only matter for Latin text and cost
build time, not scan time). The text is ../shared/corpus/ru-*.txt; without that folder a
synthetic Russian text is generated, and the run says so.

Measured: building the matcher and deriving the case forms of the terms the text reaches
(morphology included, once per glossary), the whole
``find_terms`` pipeline (fold, scan, boundary/acronym checks, leftmost-
longest selection) with the word table (apply's default where the C module is built), with
pyahocorasick and with ahocorasick_rs, the raw scans alone, and
``apply_text(mode="replace")``; and ``find_terms`` on the shape of a first word 10,000 terms
share (:func:`shared_first_word`). Throughput is input UTF-8 megabytes per second.

    pytest bench/bench_glossary.py --benchmark-enable --benchmark-only \\
        --benchmark-columns=mean,min,rounds
"""

from __future__ import annotations

import collections
import itertools
import random
import re
from pathlib import Path

import pytest

from translit.glossary.apply import Matcher, apply_text
from translit.glossary.folding import fold
from translit.glossary.model import Concept, Glossary, Term
from translit.script import alphabet

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"
TERMS = 10_000


def _synthetic() -> str:
    rnd = random.Random(6)
    syll = ["ка", "ро", "ва", "ни", "сто", "ле", "му", "да", "тор", "ми", "на", "ско", "ги", "пре"]
    words = ["".join(rnd.choice(syll) for _ in range(rnd.randint(2, 4))) for _ in range(30_000)]
    lines = []
    for _ in range(12_000):
        n = rnd.randint(6, 14)
        lines.append(" ".join(rnd.choice(words) for _ in range(n)).capitalize() + ".")
    return "\n".join(lines) + "\n"


@pytest.fixture(scope="module")
def text() -> str:
    files = sorted(CORPUS.glob("ru-*.txt"))
    if files:
        body = "".join(p.read_text(encoding="utf-8") for p in files)
        print(f"\nbench_glossary: Russian corpus {CORPUS}/ru-*.txt ({len(body.encode())} bytes)")
    else:
        body = _synthetic()
        print(
            f"\nbench_glossary: ../shared/corpus absent; synthetic Russian text ({len(body)} chars)"
        )
    return body


@pytest.fixture(scope="module")
def glossary(text: str) -> Glossary:
    words = re.findall(f"[{alphabet('ru')}]{{4,}}", text.lower())
    rnd = random.Random(6)
    vocab = [w for w, _ in collections.Counter(words).most_common()][300:]
    pairs = [" ".join(p) for p, _ in collections.Counter(itertools.pairwise(words)).most_common()]
    pairs = pairs[100:]
    singles = rnd.sample(vocab, min(4_000, len(vocab)))
    doubles = rnd.sample(pairs, min(TERMS - len(singles), len(pairs)))
    terms = singles + doubles
    return Glossary(
        [
            Concept(f"c{i}", terms=[Term(t, "ru"), Term(f"terme {i}", "fr")])
            for i, t in enumerate(terms)
        ]
    )


@pytest.fixture(scope="module", params=["table", "pyahocorasick", "ahocorasick_rs"])
def matcher(request: pytest.FixtureRequest, glossary: Glossary) -> Matcher:
    if request.param == "ahocorasick_rs":
        pytest.importorskip("ahocorasick_rs", reason="the bench extra is not installed")
    return Matcher(glossary, inflect=True, romanized=False, backend=request.param)


def _report(benchmark: object, text: str) -> None:
    stats = getattr(benchmark, "stats", None)
    if stats:
        mb = len(text.encode()) / 1e6
        benchmark.extra_info["MB/s"] = round(mb / stats.stats.mean, 2)  # type: ignore[attr-defined]


def test_find_terms(benchmark: object, matcher: Matcher, text: str) -> None:
    hits = benchmark(matcher.find, text)  # type: ignore[operator]
    assert hits, "a glossary sampled from the text must match it"
    assert all(fold(h.text) == fold(h.text).strip() for h in hits)
    _report(benchmark, text)


def test_raw_scan(benchmark: object, matcher: Matcher, text: str) -> None:
    folded = " " + fold(text) + " "
    n = benchmark(lambda: sum(1 for _ in matcher.raw(folded)))  # type: ignore[operator]
    assert n > 0
    _report(benchmark, text)


def test_backends_agree(glossary: Glossary, text: str) -> None:
    pytest.importorskip("ahocorasick_rs", reason="the bench extra is not installed")
    a = Matcher(glossary, inflect=True, romanized=False, backend="pyahocorasick")
    b = Matcher(glossary, inflect=True, romanized=False, backend="ahocorasick_rs")
    c = Matcher(glossary, inflect=True, romanized=False, backend="table")
    sample = text[:200_000]
    want = [(h.start, h.end) for h in a.find(sample)]
    assert [(h.start, h.end) for h in b.find(sample)] == want
    assert [(h.start, h.end) for h in c.find(sample)] == want


def test_build_with_morphology(benchmark: object, glossary: Glossary, text: str) -> None:
    """Building the automaton and deriving the case forms of the terms the text reaches (the
    morphology memo cleared first)."""

    def build() -> Matcher:
        _forget()
        m = Matcher(glossary, inflect=True, romanized=False)
        m.spans(text)
        return m

    m = benchmark.pedantic(build, rounds=1, iterations=1)  # type: ignore[attr-defined]
    assert len(m.entries) > 2 * TERMS


def test_apply_replace(benchmark: object, glossary: Glossary, text: str) -> None:
    Matcher.for_glossary(glossary, (), inflect=True, romanized=False)  # build outside the timing
    out = benchmark(apply_text, text, glossary, "fr", "replace", romanized=False)  # type: ignore[operator]
    assert "terme " in out
    _report(benchmark, text)


# -- a first word many terms share (pytest-benchmark) ------------------------------------------

SHARED_TERMS = 10_000
SHARED_PLACES = 6_000


def shared_first_word(text: str, terms: int = SHARED_TERMS) -> tuple[Glossary, str]:
    """The shape of a first word many terms share (a names glossary's hundreds of people called
    Иван, an institutions glossary's Государственный …): ``terms`` terms "Иван <word>" (words
    of ``text``, four letters or more, fixed seed) and a text of 6,000 "Иван <word>" lines'
    worth (12 a line), every third word a term's second word, the others the text's words in
    turn (141 KB of the corpus)."""
    rnd = random.Random(6)
    vocab = sorted(set(re.findall(f"[{alphabet('ru')}]{{4,}}", text.lower())))
    seconds = rnd.sample(vocab, min(terms, len(vocab)))
    g = Glossary(
        [
            Concept(f"c{i}", terms=[Term(f"Иван {w}", "ru"), Term(f"terme {i}", "fr")])
            for i, w in enumerate(seconds)
        ]
    )
    body = text.split()
    pairs = [
        f"Иван {seconds[k % len(seconds)] if k % 3 == 0 else body[k % len(body)]}"
        for k in range(SHARED_PLACES)
    ]
    lines = [" ".join(pairs[k : k + 12]) for k in range(0, len(pairs), 12)]
    return g, "\n".join(lines) + "\n"


@pytest.fixture(scope="module")
def shared(text: str) -> tuple[Glossary, str]:
    return shared_first_word(text)


def test_find_terms_shared_first_word(benchmark: object, shared: tuple[Glossary, str]) -> None:
    """``find_terms`` on the shared-first-word shape with the word table (the terms as written,
    case forms off: the scan alone), whose every "Иван" once tried all 10,000 second words."""
    g, text = shared
    m = Matcher(g, inflect=False, romanized=False, backend="table")
    automaton = Matcher(g, inflect=False, romanized=False, backend="pyahocorasick")
    want = [(h.start, h.end) for h in automaton.find(text)]
    hits = benchmark(m.find, text)  # type: ignore[operator]
    assert [(h.start, h.end) for h in hits] == want
    assert len(hits) >= SHARED_PLACES // 3  # (every third "Иван" begins a term, and more)
    _report(benchmark, text)


# -- glossaries by size (pytest-benchmark): ratios measured in one run -------------------------


@pytest.fixture(scope="module")
def sized(request: pytest.FixtureRequest) -> dict[str, Glossary]:
    """A small and a large seeded glossary (bench/glossary_sizes.py): 1,000 and 30,000
    concepts when timing, 100 and 1,000 in the untimed (CI) run."""
    from .common import is_quick
    from .glossary_sizes import build

    small, large = (100, 1_000) if is_quick(request.config) else (1_000, 30_000)
    return {"small": build(small), "large": build(large)}


def _forget() -> None:
    """Clear the memos of the case forms (as a fresh process has them)."""
    from translit import morphology

    morphology.forms.cache_clear()
    morphology._derived.cache_clear()
    morphology._parse.cache_clear()
    morphology._lexeme.cache_clear()
    morphology._ranked.cache_clear()
    morphology.lexemes.cache_clear()


def _cold_lookup(g: Glossary, query: str) -> float:
    """CPU seconds of a look-up on a glossary whose index is not built yet."""
    import time

    from translit.glossary import lookup

    g._cache.clear()
    _forget()
    start = time.process_time()
    lookup(g, query)
    return time.process_time() - start


def test_lookup_by_size(benchmark: object, sized: dict[str, Glossary]) -> None:
    """A first look-up (index included) on the large glossary, and its CPU time ÷ the small
    one's: about the ratio of their sizes (linear), the case forms of only a few terms."""
    from translit.glossary import lookup
    from translit.morphology import forms

    large, small = sized["large"], sized["small"]
    query = forms(large.concepts[len(large) // 2].terms[0].text)[-1]
    lookup(small, query)  # the dictionaries and name tables, loaded once
    ratio = _cold_lookup(large, query) / max(_cold_lookup(small, query), 1e-6)
    got = benchmark.pedantic(  # type: ignore[attr-defined]
        lambda: (large._cache.clear(), _forget(), lookup(large, query))[2], rounds=1, iterations=1
    )
    assert got and got[0].concept is large.concepts[len(large) // 2]
    benchmark.extra_info["concepts"] = len(large)  # type: ignore[attr-defined]
    benchmark.extra_info["cold lookup large/small (CPU)"] = round(ratio, 1)  # type: ignore[attr-defined]
    benchmark.extra_info["size ratio"] = len(large) / len(small)  # type: ignore[attr-defined]


def test_warm_lookup_vs_dict(benchmark: object, sized: dict[str, Glossary]) -> None:
    """A look-up on a built index, and its time ÷ a plain dict look-up of the same text."""
    import time

    from translit.glossary import lookup

    g = sized["large"]
    text = g.concepts[7].terms[-1].text
    lookup(g, text)
    plain = {t.text: c for c in g.concepts for t in c.terms}
    n = 200
    start = time.process_time()
    for _ in range(n):
        plain.get(text)
    dict_s = max(time.process_time() - start, 1e-9) / n
    got = benchmark(lookup, g, text)  # type: ignore[operator]
    assert got[0].concept is g.concepts[7]
    start = time.process_time()
    for _ in range(20):
        lookup(g, text)
    benchmark.extra_info["lookup ÷ dict.get"] = round((time.process_time() - start) / 20 / dict_s)  # type: ignore[attr-defined]


def test_matcher_build_by_size(benchmark: object, sized: dict[str, Glossary]) -> None:
    """Building apply's automaton on the large glossary and matching a text of its terms (the
    case forms of the terms the text reaches), and its CPU time ÷ the small one's."""
    import time

    from .glossary_sizes import sample_text

    texts = {k: sample_text(g, 100_000) for k, g in sized.items()}

    def build(size: str) -> Matcher:
        _forget()
        m = Matcher(sized[size], inflect=True, romanized=True)
        m.spans(texts[size])
        return m

    Matcher(sized["small"])  # the dictionaries, loaded once
    start = time.process_time()
    build("small")
    small_s = time.process_time() - start
    start = time.process_time()
    m = build("large")
    ratio = (time.process_time() - start) / max(small_s, 1e-6)
    assert len(m.keys) > len(sized["large"])
    benchmark.pedantic(build, args=("large",), rounds=1, iterations=1)  # type: ignore[attr-defined]
    benchmark.extra_info["build large/small (CPU)"] = round(ratio, 1)  # type: ignore[attr-defined]


# -- glossaries by size: `python -m bench.bench_glossary --sizes` ----------------------------

_LIBRARY_STEPS = r"""
import resource, sys, time
from translit.glossary import load, lookup, lint
from translit.glossary.apply import Matcher, apply_text
def rss():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
path, query, text_path, steps = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4].split(",")
text = open(text_path, encoding="utf-8").read()
t = time.process_time(); g = load(path); print("load", time.process_time() - t, rss())
for step in steps:
    t = time.process_time()
    if step == "lookup":
        n = len(lookup(g, query, target="fr"))
    elif step == "lookup2":  # a second query on the same glossary: the index is built
        n = len(lookup(g, "Wlassow", target="fr"))
    elif step == "matcher":  # the automaton apply_text uses (built here, outside "apply")
        n = len(Matcher.for_glossary(g, (), inflect=True, romanized=True).keys)
    elif step == "apply":
        n = len(apply_text(text, g, "fr", "replace"))
    elif step == "lint":
        n = len(lint(g))
    print(step, time.process_time() - t, rss(), n)
"""


def _run(cmd: list[str]) -> tuple[float, float, float, str, str]:
    """(wall s, CPU s, peak RSS MiB, stdout, what a failed run said) of one child process."""
    import os
    import subprocess
    import tempfile
    import time

    with tempfile.TemporaryFile("w+", encoding="utf-8") as err:
        start = time.perf_counter()
        p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=err, text=True)
        out = p.stdout.read() if p.stdout else ""
        _, status, usage = os.wait4(p.pid, 0)
        p.returncode = os.waitstatus_to_exitcode(status)
        wall = time.perf_counter() - start
        err.seek(0)
        lines = err.read().strip().splitlines()
    said = f"exit {p.returncode}: {lines[-1] if lines else ''}" if p.returncode > 1 else ""
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, out, said


_PREPARE = r"""
import sys
from pathlib import Path
from bench.glossary_sizes import build, sample_text, write
from translit.morphology import forms
folder, size, text_path = sys.argv[1], int(sys.argv[2]), sys.argv[3]
write(Path(folder), (size,))
g = build(size)
middle = g.concepts[len(g.concepts) // 2].terms[0].text
Path(text_path).write_text(sample_text(g), encoding="utf-8")
print((*forms(middle), middle)[1])  # an inflected form: the index's hardest path
"""


def sizes_report(folder: str, sizes: tuple[int, ...], *, check_up_to: int = 10_000) -> None:
    """Print wall/CPU/peak RSS of the glossary commands and library calls for each size.

    The glossaries, the query and the text are made in a child process of their own: a
    child's peak RSS counts the memory of the process that started it (Linux records it at
    exec), so this one stays small."""
    import subprocess
    import sys
    import tempfile

    py = sys.executable
    root = str(Path(__file__).resolve().parent.parent)
    print("| size | run | wall s | CPU s | peak RSS MiB |")
    print("| --- | --- | --- | --- | --- |")
    for size in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            text_path = Path(tmp) / "text.txt"
            query = subprocess.run(
                [py, "-c", _PREPARE, folder, str(size), str(text_path)],
                capture_output=True, text=True, check=True, cwd=root,
            ).stdout.strip()  # fmt: skip
            files = {ext: Path(folder) / f"g{size}.{ext}" for ext in ("tbx", "csv")}
            runs = {}
            for ext, path in files.items():
                runs[f"glossary lookup ({ext})"] = [
                    py, "-m", "translit", "glossary", "lookup", query, "-g", str(path)]  # fmt: skip
            csv = str(files["csv"])
            runs["glossary apply, 1 MB (csv)"] = [
                py, "-m", "translit", "glossary", "apply", str(text_path), "-g", csv,
                "--target", "fr", "-j", "1", "-o", str(Path(tmp) / "out.txt")]  # fmt: skip
            if size <= check_up_to:
                runs["glossary check (csv)"] = [py, "-m", "translit", "glossary", "check", csv]
            for what, cmd in runs.items():
                wall, cpu, peak, _, said = _run(cmd)
                run = f"{what} — {said}" if said else what
                print(f"| {size} | {run} | {wall:.2f} | {cpu:.2f} | {peak:.0f} |", flush=True)
            steps = "lookup,lookup2,matcher,apply" + (",lint" if size <= check_up_to else "")
            _, _, _, out, _ = _run([py, "-c", _LIBRARY_STEPS, csv, query, str(text_path), steps])
            for line in out.splitlines():
                step, cpu_s, peak_s, *_ = line.split()
                print(f"| {size} | library {step} (csv) | | {float(cpu_s):.2f} | "
                      f"{float(peak_s):.0f} |", flush=True)  # fmt: skip


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--sizes", default="1000,10000,30000,100000",
                        help="glossary sizes in concepts (comma-separated)")  # fmt: skip
    parser.add_argument("--dir", default="/tmp/translit-glossary-sizes",
                        help="where the generated glossaries are kept")  # fmt: skip
    parser.add_argument("--check-up-to", type=int, default=10_000,
                        help="run glossary check (lint) up to this size")  # fmt: skip
    a = parser.parse_args()
    sizes_report(a.dir, tuple(int(s) for s in a.sizes.split(",")), check_up_to=a.check_up_to)
