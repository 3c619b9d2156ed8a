"""Start-up cost and memory of the command line, each measured in a fresh interpreter.

- ``startup``: ``python -c pass`` (the interpreter alone), ``python -c "import translit"``,
  ``python -m translit --help`` and ``python -m translit romanize -q -l ru -j 1 SMALL -o OUT``
  on about 6 KB of corpus lines (what every run pays before its input is large: imports, the
  romaniser's compile, normalisation's patterns, the atomic output); the import's own cost is
  the difference with the bare run.
- ``cli``: ``python -m translit romanize -j 1 IN -o OUT`` (defaults otherwise: bgn-pcgn,
  language detection, normalisation) on inputs of growing size made by repeating the corpus;
  the peak RSS (the process's own ``VmHWM`` at exit) must stay flat while the input grows
  from 10 MB to 1 GB. ``-j 1`` keeps the whole run in one process, so its peak is the run's.
  ``TRANSLIT_BENCH_CLI_SIZES=10M,100M`` picks other sizes; with ``--benchmark-disable`` one
  1 MB input is converted, untimed.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from .common import Corpus

ROOT = Path(__file__).resolve().parent.parent
_ENV = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}

STARTUP = {
    "bare": [sys.executable, "-c", "pass"],
    "import": [sys.executable, "-c", "import translit"],
    "help": [sys.executable, "-m", "translit", "--help"],
    "romanize": [sys.executable, "-m", "translit", "romanize", "-q", "-l", "ru", "-j", "1"],
}
SMALL = 6000  # bytes of whole corpus lines for the ``romanize`` start-up run


def _run(cmd: list[str]) -> tuple[float, int]:
    """Run ``cmd``; (wall seconds, peak RSS in bytes). Fails on a non-zero exit status."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=_ENV)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
    if proc.stderr:
        proc.stderr.close()
    code = os.waitstatus_to_exitcode(status)
    proc.returncode = code
    assert code == 0, f"{cmd} exited with {code}: {err[-2000:]}"
    return elapsed, usage.ru_maxrss * 1024  # Linux reports kilobytes


@pytest.mark.parametrize("what", list(STARTUP))
def test_startup(benchmark: Any, what: str, corpus: Corpus, tmp_path: Path) -> None:
    benchmark.group = "startup"
    rounds = 1 if benchmark.disabled else 15
    walls: list[float] = []
    cmd = STARTUP[what]
    outputs = iter(tmp_path / f"out{n}.txt" for n in range(1000))  # a new output each round
    if what == "romanize":
        _write_input(tmp_path / "small.txt", corpus, SMALL)
        cmd = [*cmd, str(tmp_path / "small.txt"), "-o"]

    def run() -> None:
        walls.append(_run([*cmd, str(next(outputs))] if what == "romanize" else cmd)[0])

    benchmark.pedantic(run, rounds=rounds, warmup_rounds=1)
    benchmark.extra_info.update({"subject": what, "kind": "startup", "command": STARTUP[what]})
    # wall-clock times of the child (the benchmark timer may count this process's CPU only)
    benchmark.extra_info["wall_min"] = min(walls)
    benchmark.extra_info["wall_median"] = sorted(walls)[len(walls) // 2]
    if what == "import":  # the import's own cost, as the interpreter reports it
        benchmark.extra_info["import_ms"] = min(
            _import_ms() for _ in range(1 if benchmark.disabled else 7)
        )


def _import_ms() -> float:
    """Cumulative time of ``import translit`` from ``python -X importtime`` (milliseconds)."""
    cmd = [sys.executable, "-X", "importtime", "-c", "import translit"]
    err = subprocess.run(cmd, capture_output=True, text=True, env=_ENV, check=True).stderr
    for line in err.splitlines():
        parts = [p.strip() for p in line.split("|")]
        if len(parts) == 3 and parts[2] == "translit":
            return int(parts[1]) / 1000
    raise AssertionError(f"no 'translit' line in -X importtime output:\n{err[-1000:]}")


def _sizes(quick: bool) -> list[int]:
    spec = os.environ.get("TRANSLIT_BENCH_CLI_SIZES")
    if quick and not spec:
        return [1_000_000]
    mult = {"K": 1e3, "M": 1e6, "G": 1e9}
    out = []
    for raw in (spec or "10M,100M,1G").split(","):
        item = raw.strip().upper()
        out.append(int(float(item[:-1]) * mult[item[-1]]) if item[-1] in mult else int(item))
    return out


def _write_input(path: Path, corpus: Corpus, size: int) -> int:
    """Write about ``size`` bytes of whole corpus lines to ``path``; the bytes written."""
    block = corpus.text.encode()
    written = 0
    with path.open("wb") as fh:
        while written + len(block) <= size:
            fh.write(block)
            written += len(block)
        rest = block[: size - written]
        rest = rest[: rest.rfind(b"\n") + 1]
        fh.write(rest)
        written += len(rest)
    return written


# Runs the command in this interpreter and records its own high-water mark (VmHWM) at exit:
# ru_maxrss from wait4 would also count the memory of the pytest process that forked it.
_PEAK = """
import atexit, re, runpy, sys
def peak():
    status = open("/proc/self/status").read()
    open({out!r}, "w").write(re.search(r"VmHWM:\\s*(\\d+)", status).group(1))
atexit.register(peak)
sys.argv = ["translit", *{argv!r}]
runpy.run_module("translit", run_name="__main__")
"""


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "cli_size" in metafunc.fixturenames:
        quick = bool(
            metafunc.config.getoption("benchmark_disable", False)
            and not metafunc.config.getoption("benchmark_enable", False)
        )
        sizes = _sizes(quick)
        metafunc.parametrize("cli_size", sizes, ids=[f"{s / 1e6:g}MB" for s in sizes])


def test_cli_peak_rss(
    benchmark: Any, corpus: Corpus, cli_size: int, tmp_path_factory: pytest.TempPathFactory
) -> None:
    benchmark.group = "cli"
    folder = tmp_path_factory.mktemp("cli")
    src, dst = folder / "in.txt", folder / "out.txt"
    size = _write_input(src, corpus, cli_size)
    hwm = folder / "peak.txt"
    args = ["romanize", "-j", "1", "--no-progress", str(src), "-o", str(dst)]
    cmd = [sys.executable, "-c", _PEAK.format(out=str(hwm), argv=args)]
    try:
        wall, _ = benchmark.pedantic(_run, args=(cmd,), rounds=1, warmup_rounds=0)
        assert dst.stat().st_size > size // 2
        rss = int(hwm.read_text().split()[0]) * 1024
    finally:
        src.unlink(missing_ok=True)
        dst.unlink(missing_ok=True)
    benchmark.extra_info.update(
        {
            "subject": f"translit romanize, {size / 1e6:.0f} MB",
            "kind": "cli",
            "bytes": size,
            "peak_rss": rss,
            "wall_min": wall,
            "wall_median": wall,
            "corpus": corpus.source,
            "command": "python -m translit romanize -j 1 --no-progress IN -o OUT",
        }
    )
