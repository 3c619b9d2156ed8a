"""Throughput and peak memory of the batch layer per format, with ``-j 1`` and ``-j 2``.

The same text goes into five files: plain text (one sentence a line), JSONL (two string
fields a line, ``{"id", "title", "text"}``), CSV and TSV (the same two columns plus an id) and,
when pyarrow is installed, Parquet (the same three columns), so the ratios to text measure what
the format layer costs (:func:`test_format_cpu_ratios` takes them with the runs in turns). Each case runs
``python -m translit romanize -q -l ru -j N FILE -o OUT`` in a fresh process; the benchmark
time is wall-clock. ``extra_info`` holds MB/s by wall time and by CPU time (user + system of
the run and its workers: on a shared, loaded machine the CPU figure is the one to compare),
and peak memory: the main process's own high-water mark (``VmHWM`` at exit) and the largest
worker's (sampled from ``/proc`` while the run goes; ``-j 1`` has none). The text is ``../shared/corpus/ru-*.txt`` repeated to
``TRANSLIT_BENCH_FORMAT_MB`` megabytes (default 20), else the synthetic text of
:mod:`bench.common`. With ``--benchmark-disable`` one small file of each format is converted
once and checked.

    pytest bench/bench_formats.py --benchmark-enable --benchmark-only --benchmark-group-by=group
"""

from __future__ import annotations

import csv
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from .bench_startup import _PEAK  # the run reports its own high-water mark (VmHWM) at exit
from .common import is_quick, load_corpus

ROOT = Path(__file__).resolve().parent.parent
_ENV = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}
FORMATS = {
    "text": [],
    "jsonl": ["--field", "title", "--field", "text"],
    "csv": ["--column", "title", "--column", "text"],
    "tsv": ["--column", "title", "--column", "text"],
    "parquet": ["--column", "title", "--column", "text"],
}
SUFFIX = {"text": ".txt", "jsonl": ".jsonl", "csv": ".csv", "tsv": ".tsv", "parquet": ".parquet"}


def _lines(text: str, size: int) -> list[str]:
    lines = [ln for ln in text.splitlines() if ln.strip()]
    out: list[str] = []
    total = 0
    while total < size:
        for ln in lines:
            out.append(ln)
            total += len(ln.encode()) + 1
            if total >= size:
                break
    return out[: len(out) - len(out) % 2]


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest) -> Any:
    quick = is_quick(request.config)
    size = 200_000 if quick else int(os.environ.get("TRANSLIT_BENCH_FORMAT_MB", "20")) << 20
    lines = _lines(load_corpus(quick).text, size)
    folder = tmp_path_factory.mktemp("formats")
    paths = {kind: folder / f"t{suffix}" for kind, suffix in SUFFIX.items()}
    paths["text"].write_text("".join(ln + "\n" for ln in lines), encoding="utf-8")
    with open(paths["jsonl"], "w", encoding="utf-8") as fh:
        for n in range(0, len(lines), 2):
            row = {"id": n, "title": lines[n], "text": lines[n + 1]}
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    with open(paths["csv"], "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["id", "title", "text"])
        for n in range(0, len(lines), 2):
            writer.writerow([n, lines[n], lines[n + 1]])
    with open(paths["tsv"], "w", encoding="utf-8") as fh:  # (the corpus holds no tab)
        fh.write("id\ttitle\ttext\n")
        fh.writelines(f"{n}\t{lines[n]}\t{lines[n + 1]}\n" for n in range(0, len(lines), 2))
    try:
        import pyarrow as pa  # type: ignore[import-untyped,unused-ignore]
        import pyarrow.parquet as pq  # type: ignore[import-untyped,unused-ignore]
    except ImportError:
        del paths["parquet"]
    else:
        ids = list(range(0, len(lines), 2))
        table = pa.table({"id": ids, "title": lines[0::2], "text": lines[1::2]})
        pq.write_table(table, paths["parquet"])
    return paths


def _worker_peaks(parent: int, peaks: dict[int, int]) -> None:
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as fh:
                if int(fh.read().rsplit(b")", 1)[-1].split()[1]) != parent:
                    continue
            with open(f"/proc/{entry}/status") as fh:
                for line in fh:
                    if line.startswith("VmHWM:"):
                        peaks[int(entry)] = max(peaks.get(int(entry), 0), int(line.split()[1]))
        except (OSError, ValueError, IndexError):
            continue


def _run(argv: list[str], tmp: Path) -> tuple[float, float, int, int]:
    """(wall s, CPU s of the run and its workers, main peak bytes, largest worker peak bytes)."""
    out = tmp / "peak.kb"
    cmd = [sys.executable, "-c", _PEAK.format(out=str(out), argv=argv)]
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=_ENV)
    workers: dict[int, int] = {}
    while proc.poll() is None:
        _worker_peaks(proc.pid, workers)
        time.sleep(0.05)
    wall = time.perf_counter() - start
    err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
    if proc.stderr:
        proc.stderr.close()
    assert proc.returncode == 0, err[-2000:]
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = usage.ru_utime + usage.ru_stime
    return wall, cpu, int(out.read_text()) * 1024, max(workers.values(), default=0) * 1024


def _argv(kind: str, src: Path, tmp: Path, jobs: int) -> tuple[list[str], Path]:
    """The command for ``kind`` and the file it writes (Parquet needs an output folder)."""
    argv = ["romanize", "-q", "-l", "ru", "-j", str(jobs), *FORMATS[kind], str(src)]
    if kind == "parquet":
        return [*argv, "--out-dir", str(tmp / "out")], tmp / "out" / src.name
    return [*argv, "-o", str(tmp / f"out{src.suffix}")], tmp / f"out{src.suffix}"


def _cpu(argv: list[str], tmp: Path) -> float:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    _run(argv, tmp)
    return _run_cpu(before)


def _run_cpu(before: Any) -> float:
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime


@pytest.mark.parametrize("jobs", [1, 2])
@pytest.mark.parametrize("kind", list(FORMATS))
def test_format_throughput(
    benchmark: Any, files: Any, tmp_path: Path, kind: str, jobs: int
) -> None:
    benchmark.group = f"formats -j {jobs}"
    if kind not in files:
        pytest.skip("Parquet needs pyarrow (the parquet extra)")
    src = files[kind]
    argv, out = _argv(kind, src, tmp_path, jobs)
    seen: list[tuple[float, float, int, int]] = []
    rounds = 1 if benchmark.disabled else 3

    def once() -> None:
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        wall, _, main, worker = _run(argv, tmp_path)
        seen.append((wall, _run_cpu(before), main, worker))

    benchmark.pedantic(once, rounds=rounds, warmup_rounds=0)
    size = src.stat().st_size
    wall = min(s[0] for s in seen)
    cpu = min(s[1] for s in seen)
    benchmark.extra_info.update(
        {
            "mb": round(size / 1e6, 1),
            "mb_per_s": round(size / 1e6 / wall, 2),
            "cpu_s": round(cpu, 2),
            "mb_per_cpu_s": round(size / 1e6 / cpu, 2),
            "peak_main_mb": round(max(s[2] for s in seen) / 1e6, 1),
            "peak_worker_mb": round(max(s[3] for s in seen) / 1e6, 1),
        }
    )
    assert out.stat().st_size > 0
    if kind not in ("text", "parquet"):  # the other columns are left as they were
        assert out.read_bytes().count(b"\n") == src.read_bytes().count(b"\n")


def test_format_cpu_ratios(benchmark: Any, files: Any, tmp_path: Path) -> None:
    """JSONL, CSV and TSV against text on the same text: CPU seconds of ``-j 1`` runs taken in
    turns (text, jsonl, csv, tsv, text, …), the least of each, so a load that comes and goes
    on a shared machine weighs on every format alike. ``time_ratio_<kind>`` is text's CPU
    time over the format's (≥ 0.7 is the goal); ``mb_ratio_<kind>`` compares MB of file per
    CPU second (a JSONL file holds more bytes than its text)."""
    benchmark.group = "formats: CPU ratio to text, -j 1, in turns"
    kinds = ["text", "jsonl", "csv", "tsv"]
    best = dict.fromkeys(kinds, float("inf"))
    rounds = 1 if benchmark.disabled else 5

    def turns() -> None:
        for _ in range(rounds):
            for kind in kinds:
                best[kind] = min(
                    best[kind], _cpu(_argv(kind, files[kind], tmp_path, 1)[0], tmp_path)
                )

    benchmark.pedantic(turns, rounds=1, warmup_rounds=0)
    size = {kind: files[kind].stat().st_size for kind in kinds}
    info: dict[str, float] = {f"cpu_s_{k}": round(best[k], 3) for k in kinds}
    for kind in kinds[1:]:
        info[f"time_ratio_{kind}"] = round(best["text"] / best[kind], 3)
        info[f"mb_ratio_{kind}"] = round(size[kind] / best[kind] / (size["text"] / best["text"]), 3)
    benchmark.extra_info.update(info)
