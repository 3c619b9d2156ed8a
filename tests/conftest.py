"""Shared test helpers: where the optional ../shared corpus is, and small text fixtures."""

from __future__ import annotations

import contextlib
import functools
import os
import random
import re
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import pytest
from hypothesis import settings
from hypothesis import strategies as st

# Speed is the bench's to measure (bench/), never a test's: a property test fails on what an
# example gives, not on how long it took. Hypothesis's default deadline (200 ms an example) failed
# tests on runs sharing two busy cores, where a first example builds a romaniser's tables.
settings.register_profile("translit", deadline=None)
settings.load_profile("translit")

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus"
#: The environment of a command run in a subprocess: this checkout first on the path.
CLI_ENV = {**os.environ, "PYTHONPATH": str(ROOT)}
T = TypeVar("T")


#: ``python -m translit`` as a command typed in a terminal starts it, for a test that stops it
#: with Ctrl-C or a hangup: SIGINT and SIGHUP at their defaults, then the command (exec: the
#: same process). A test run started in the background or under ``nohup`` has them ignored, and
#: an ignored signal stays ignored in every command it starts (translit rightly keeps it so:
#: ``nohup translit ...`` must survive a hangup).
TRANSLIT_FROM_A_TERMINAL = (
    sys.executable,
    "-c",
    "import os, signal, sys\n"
    "for s in (signal.SIGINT, signal.SIGHUP): signal.signal(s, signal.SIG_DFL)\n"
    "os.execv(sys.executable, [sys.executable, '-m', 'translit', *sys.argv[1:]])",
)


def translit_cli(
    *args: str | Path, stdin: bytes | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[bytes]:
    """``python -m translit ARGS`` in a subprocess (the fault suites' way to see exit codes,
    stderr and signals as a user does), ``env`` added to :data:`CLI_ENV`."""
    return subprocess.run(
        [sys.executable, "-m", "translit", *map(str, args)], env={**CLI_ENV, **(env or {})},
        input=stdin, capture_output=True, timeout=300, check=False,
    )  # fmt: skip


def growth_ratio(fn: Callable[[str], object], make: Callable[[int], str]) -> float:
    """CPU time of ``fn`` on ``make(4 * n)`` over ``fn`` on ``make(n)``, for the first n (from
    4000, doubling) whose run takes at least 10 ms: linear is about 4, quadratic 16. Best of
    three interleaved runs, in this process's CPU time, so other processes do not decide. One
    call first, untimed: a first call that loads data (a glossary index, the dictionaries) took
    the 10 ms alone, so n stayed at 4000 and the ratio was of runs too short to time."""
    n = 4000
    fn(make(n))
    while True:
        small = make(n)
        start = time.process_time()
        fn(small)
        if time.process_time() - start > 0.01 or n > 1 << 20:
            break
        n *= 2
    return cpu_ratio(fn, small, make(4 * n))


def cpu_ratio(fn: Callable[[T], object], small: T, large: T, floor: float = 0.0) -> float:
    """CPU time of ``fn(large)`` over ``fn(small)`` (taken as ``floor`` seconds at the least, so
    that a run too short to time cannot make a large ratio), each the best of three runs
    interleaved, in this process's CPU time: other processes do not decide, and the machine's
    speed cancels out. The one timing a test may assert on: a ratio, never seconds."""
    best = [float("inf"), float("inf")]
    for _ in range(3):
        for k, arg in enumerate((small, large)):
            start = time.process_time()
            fn(arg)
            best[k] = min(best[k], time.process_time() - start)
    return best[1] / max(best[0], floor)


def corpus_files(pattern: str = "*.txt") -> list[Path]:
    """Corpus files of ../shared/corpus (empty when the folder is absent)."""
    if not CORPUS.is_dir():
        return []
    return sorted(p for p in CORPUS.glob(pattern) if p.name != "SOURCES.md")


RECORD_CORPORA = {"ru": "ru-gsd", "uk": "uk-iu", "be": "be-hse", "bg": "bg-btb"}
needs_corpus = pytest.mark.skipif(not CORPUS.is_dir(), reason=f"no shared corpus at {CORPUS}")


def record_lines(lang: str) -> list[str]:
    """The sentences of ``lang``'s UD file of :data:`RECORD_CORPORA` without stress marks: the
    values record-file tests build their columns from."""
    text = (CORPUS / f"{RECORD_CORPORA[lang]}.txt").read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and "\u0301" not in line]


def record_pieces(lang: str, n: int, seed: int) -> list[str]:
    """``n`` runs of 1-3 words of :func:`record_lines` (a name, a phrase), punctuation
    stripped, each with a Cyrillic letter."""
    rng, lines, out = random.Random(seed), record_lines(lang), []
    while len(out) < n:
        words = rng.choice(lines).split()
        k = rng.randint(1, min(3, len(words)))
        i = rng.randrange(len(words) - k + 1)
        piece = " ".join(w.strip('.,;:!?«»"()—–') for w in words[i : i + k]).strip()
        if re.search("[А-яЁёІіЇїЄєЎў]", piece):
            out.append(piece)
    return out


@pytest.fixture
def corpus() -> Path:
    """The ../shared/corpus folder; tests using it are skipped (with the reason) without it."""
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is absent (only CI and developers have it)")
    return CORPUS


def pytest_report_header(config: pytest.Config) -> str:
    from translit.engine import BACKEND

    where = "C extension translit._speedups" if BACKEND == "native" else "pure Python"
    return f"translit engine: {BACKEND} ({where})"


def build_speedups(dest: Path, *cflags: str) -> Path:
    """Compile ``src/_speedups.c`` into ``dest/translit/`` (with extra ``cflags``); its path.

    Raises ``RuntimeError`` when there is no C compiler (a failed build with one is an error).
    """
    import os
    import shutil
    import subprocess
    import sys

    if shutil.which(os.environ.get("CC", "cc")) is None:
        raise RuntimeError("no C compiler (cc) to build src/_speedups.c")
    dest.mkdir(parents=True, exist_ok=True)

    script = (
        "import sys\n"
        "from setuptools import Extension, setup\n"
        "flags = sys.argv[4:]\n"
        "setup(name='speedups', ext_modules=[Extension('translit._speedups', [sys.argv[1]],"
        " extra_compile_args=flags, extra_link_args=flags)],"
        " script_args=['build_ext', '--build-lib', sys.argv[2], '--build-temp', sys.argv[3]])\n"
    )
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            script,
            str(ROOT / "src" / "_speedups.c"),
            str(dest),
            str(dest / "tmp"),
            *cflags,
        ],
        capture_output=True,
        text=True,
        check=False,
        cwd=dest,
    )
    found = sorted((dest / "translit").glob("_speedups*"))
    assert done.returncode == 0 and found, f"src/_speedups.c did not build:\n{done.stderr[-2000:]}"
    return found[0]


@pytest.fixture(scope="session")
def speedups(tmp_path_factory: pytest.TempPathFactory) -> Any:
    """The C module ``translit._speedups``: the one the engine uses, else one built here from
    ``src/_speedups.c``, else (no compiler) the test is skipped, saying so.

    ``TRANSLIT_SPEEDUPS_SO`` names a compiled file to test instead (the sanitizer run uses it).
    """
    import importlib.util
    import os

    from translit import engine

    path = os.environ.get("TRANSLIT_SPEEDUPS_SO")
    if not path:
        if engine.BACKEND == "native":
            import sys

            return sys.modules["translit._speedups"]
        try:
            path = str(build_speedups(tmp_path_factory.mktemp("speedups")))
        except RuntimeError as exc:
            pytest.skip(str(exc))
    spec = importlib.util.spec_from_file_location("translit._speedups", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def child_pids(pid: int) -> list[int]:
    """Live (not zombie) processes whose parent is ``pid`` (Linux /proc)."""
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as fh:
                fields = fh.read().rsplit(b")", 1)[-1].split()
        except OSError:
            continue
        if int(fields[1]) == pid and fields[0] != b"Z":
            found.append(int(entry))
    return found


def wait_for_children(proc: Any, count: int, seconds: float = 60) -> list[int]:
    """The child processes of the running ``proc`` (a ``subprocess.Popen``) once there are
    ``count`` of them; the test fails if ``proc`` ends first."""
    found: list[int] = []
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and len(found) < count:
        if proc.poll() is not None:
            pytest.fail("the run finished before its workers could be seen")
        found = child_pids(proc.pid)
        time.sleep(0.005)
    assert len(found) >= count, found
    return found


def wait_for_cpu(proc: Any, pid: int, ticks: int = 2, seconds: float = 60) -> None:
    """Wait until process ``pid`` (a child of the running ``proc``) has used ``ticks`` clock
    ticks of CPU: a -j worker that has, is converting blocks and holds one (the parent keeps two
    waiting for it), where one just forked may not have been sent any yet."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail("the run finished before its worker started converting")
        try:
            with open(f"/proc/{pid}/stat", "rb") as fh:
                fields = fh.read().rsplit(b")", 1)[-1].split()
        except OSError:
            pytest.fail(f"the worker {pid} is gone")
        if int(fields[11]) + int(fields[12]) >= ticks:  # utime + stime (fields 14 and 15)
            return
        time.sleep(0.002)
    pytest.fail(f"the worker {pid} did not start converting")


def pid_alive(pid: int) -> bool:
    """Whether ``pid`` is a live process; a zombie (killed, not yet reaped) counts as gone."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as fh:
            return fh.read().rsplit(b")", 1)[-1].split()[0] != b"Z"
    except OSError:
        return False


def block_slots(pid: int | str = "self") -> list[str]:
    """The -j output slots (``memfd:translit-block``, see translit.io.workers) ``pid`` holds."""
    found = []
    with contextlib.suppress(OSError):
        for fd in os.listdir(f"/proc/{pid}/fd"):
            with contextlib.suppress(OSError):
                target = os.readlink(f"/proc/{pid}/fd/{fd}")
                if target.startswith("/memfd:translit-block"):
                    found.append(target)
    return found


#: Characters for random "Cyrillic-ish" values: Russian letters, other languages' letters,
#: Latin look-alikes, punctuation, stress marks and spaces (the batch formats' property tests
#: add the separators they are about).
CYRILLIC_ISH = [
    *"АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдеёжзийклмнопрстуфхцчшщъыьэюяієїґўђћј",
    *"POAKMXaeopcx ,.-'\"«»—\u0301\u0300\u00a0\t1",
]


ROOT = Path(__file__).resolve().parent.parent
NAMES_CSV = ROOT / "glossaries" / "names.csv"


def read_table(path: Path) -> list[dict[str, str]]:
    """The rows of a shipped CSV table (its ``#`` lines are header comments, as in the
    given-names tables), read the way :mod:`translit.names.forms` reads them."""
    import csv

    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(line for line in fh if not line.startswith("#")))


@functools.cache
def names_cells(lang: str) -> tuple[str, ...]:
    """Every spelling names.csv lists in ``lang``'s column (cells split at ``|``), sorted: the
    names the reader rules' property tests build their lines from."""
    rows = read_table(NAMES_CSV)
    return tuple(sorted({c.strip() for r in rows for c in r[lang].split("|") if c.strip()}))


@functools.cache
def lone_places(lang: str) -> tuple[tuple[str, dict[str, str]], ...]:
    """(spelling, row) of names.csv's places whose first ``lang`` spelling is one word (no
    space or hyphen) of four letters or more that no other ru/uk/be cell shares, and which
    have an en form: the places the oblique-case property tests decline (uk and be)."""
    rows = read_table(NAMES_CSV)
    seen: dict[str, int] = {}
    for row in rows:
        for cell in (row["ru"], row["uk"], row["be"]):
            for s in filter(None, cell.split("|")):
                seen[s] = seen.get(s, 0) + 1
    return tuple(
        (name, row)
        for row in rows
        if row["type"] == "place"
        and (name := row[lang].split("|")[0])
        and " " not in name
        and "-" not in name
        and seen[name] == 1
        and len(name) >= 4
        and row["en"]
    )


def joined_lines(piece: Any, gaps: list[str]) -> Any:
    """A hypothesis strategy of lines of one to six ``piece`` draws joined by ``gaps`` draws
    (the running text the reader rules' property tests ask the rules about)."""
    pairs = st.lists(st.tuples(piece, st.sampled_from(gaps)), min_size=1, max_size=6)
    return pairs.map(lambda ps: "".join(w + g for w, g in ps).strip())


def spellings_of(rows: list[dict[str, str]]) -> dict[str, set[str]]:
    """Folded Cyrillic spelling (``forms.fold``: lower case, ё = е) → the ids of the rows that
    list it in a column of a language with scheme files (ru, uk, be, kk …; a given-names row
    without ``id`` counts by its first spelling)."""
    from translit.catalogue import languages
    from translit.names.forms import fold

    out: dict[str, set[str]] = {}
    for r in rows:
        for lang in (lang for lang in r if lang in languages()):
            for s in filter(None, r.get(lang, "").split("|")):
                out.setdefault(fold(s), set()).add(r.get("id") or r[lang].split("|")[0])
    return out


def german_terms_of_two_genders() -> Any:
    """A glossary whose German concepts each have a preferred term and an admitted one of
    another gender (die Shoah, der Holocaust; die Säuberung, der Terror): replacing one by the
    other must fit the article and the adjectives before it."""
    from translit.glossary import Concept, Glossary, Term

    return Glossary(
        [
            Concept(
                "shoah",
                terms=[
                    Term("Shoah", "de", gender="feminine"),
                    Term("Holocaust", "de", gender="masculine", status="admitted"),
                ],
            ),
            Concept(
                "purge",
                terms=[
                    Term("Säuberung", "de", gender="feminine"),
                    Term("Terror", "de", gender="masculine", status="admitted"),
                ],
            ),
        ]
    )


#: go-tm's numbered TBX entries, the second naming the first by a cross-reference (TBX-Basic's
#: crossReference: its target= is an entry's id; a number is no xsd:ID, so the writer renames
#: both): the one file test_glossary_tbx_basic and test_glossary_fidelity read
GO_TM_CROSS_REFERENCE = (
    '<martif type="TBX" xml:lang="en"><text><body><termEntry id="1905"><langSet '
    'xml:lang="ru"><tig><term>РОА</term></tig></langSet></termEntry><termEntry id="1906">'
    '<ref type="crossReference" target="1905">РОА</ref><langSet xml:lang="ru"><tig><term>'
    "КОНР</term></tig></langSet></termEntry></body></text></martif>"
).encode()


def source_not_written(lang: str) -> str:
    """What ``save`` says of a glossary's source language ``lang`` that a table (CSV, TSV,
    XLSX in the multilingual layout) cannot hold (interop47: it went nowhere, in silence)."""
    return (
        f"the glossary's source language {lang!r}: not written (a table names none; give it "
        "when reading: source_lang=)"
    )


def romanized_run(src: Path, lang: str, chunk_size: int, jobs: int = 1) -> bytes:
    """The bytes ``translit.io.run`` writes for ``romanize -l lang`` of the file ``src`` in
    blocks of ``chunk_size`` bytes with ``jobs`` processes (an output beside ``src``)."""
    from translit.cli.romanize import RomanizeSpec
    from translit.io import RunOptions, run

    out = src.with_name(f"out-{chunk_size}-{jobs}.txt")
    result = run(
        RomanizeSpec(lang=lang),
        [str(src)],
        RunOptions(output=str(out), jobs=jobs, chunk_size=chunk_size, quiet=True),
    )
    assert result.exit_code == 0
    return out.read_bytes()


def separable_transforms(lang: str) -> list[Any]:
    """The shipped transforms that declare themselves separable, bound for ``lang``: romanize
    with the language's scheme and with ISO 9, normalize with two option sets (what a record
    format may hand a block's values joined)."""
    from translit.cli.normalize import NormalizeSpec
    from translit.cli.romanize import RomanizeSpec

    return [
        RomanizeSpec(lang=lang).bind(""),
        RomanizeSpec("iso-9", lang=lang).bind(""),
        NormalizeSpec((("old_orthography", True), ("quotes", "ascii")), lang).bind(""),
        NormalizeSpec((("spaces", True), ("dashes", "en"), ("yo", "fold")), lang).bind(""),
    ]


def scheme_directions() -> tuple[list[tuple[str, str, bool]], list[str]]:
    """Every shipped scheme as ``(id, language, reverse)``, forward and, where it has one,
    reverse, with a test id for each (``ru/bgn-pcgn``, ``ru/gost-7034-reverse``): the cases
    of the tests that compare engines or kept tables on every scheme."""
    import translit

    listed = translit.schemes()
    cases = [(s["id"], s["language"], False) for s in listed] + [
        (s["id"], s["language"], True)
        for s in listed
        if translit.get_scheme(s["id"], s["language"]).reverse is not None
    ]
    return cases, [f"{lang}/{sid}{'-reverse' if rev else ''}" for sid, lang, rev in cases]
