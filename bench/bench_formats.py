"""Throughput and peak memory of the batch layer per format, with ``-j 1`` and ``-j 2``.

The same text goes into three files: plain text (one sentence a line), JSONL (two string
fields a line, ``{"id", "title", "text"}``) and CSV (the same two columns plus an id), so the
ratios JSONL/text and CSV/text measure what the format layer costs. Each case runs
``python -m translit romanize -q -l ru -j N FILE -o OUT`` in a fresh process; the benchmark
time is wall-clock, ``extra_info`` holds MB/s (input bytes / wall time), CPU seconds and the
peak RSS of the largest process of the run (``ru_maxrss`` of the parent, which includes its
waited-for workers' maximum). The text is ``../shared/corpus/ru-*.txt`` repeated to
``TRANSLIT_BENCH_FORMAT_MB`` megabytes (default 20), else the synthetic text of
:mod:`bench.common`. With ``--benchmark-disable`` one small file of each format is converted
once and checked.

    pytest bench/bench_formats.py --benchmark-enable --benchmark-only --benchmark-group-by=group
"""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from .common import is_quick, load_corpus

ROOT = Path(__file__).resolve().parent.parent
_ENV = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}
FORMATS = {
    "text": [],
    "jsonl": ["--field", "title", "--field", "text"],
    "csv": ["--column", "title", "--column", "text"],
}


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
    paths = {"text": folder / "t.txt", "jsonl": folder / "t.jsonl", "csv": folder / "t.csv"}
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
    return paths


def _run(cmd: list[str]) -> tuple[float, float, int]:
    """(wall seconds, CPU seconds of the run and its workers, peak RSS in bytes)."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=_ENV)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
    if proc.stderr:
        proc.stderr.close()
    assert os.waitstatus_to_exitcode(status) == 0, err[-2000:]
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss * 1024


@pytest.mark.parametrize("jobs", [1, 2])
@pytest.mark.parametrize("kind", list(FORMATS))
def test_format_throughput(
    benchmark: Any, files: Any, tmp_path: Path, kind: str, jobs: int
) -> None:
    benchmark.group = f"formats -j {jobs}"
    src = files[kind]
    out = tmp_path / f"out{src.suffix}"
    cmd = [sys.executable, "-m", "translit", "romanize", "-q", "-l", "ru", "-j", str(jobs)]
    cmd += [*FORMATS[kind], str(src), "-o", str(out)]
    seen: list[tuple[float, float, int]] = []
    rounds = 1 if benchmark.disabled else 3
    benchmark.pedantic(lambda: seen.append(_run(cmd)), rounds=rounds, warmup_rounds=0)
    size = src.stat().st_size
    wall = min(w for w, _, _ in seen)
    benchmark.extra_info.update(
        {
            "mb": round(size / 1e6, 1),
            "mb_per_s": round(size / 1e6 / wall, 2),
            "cpu_s": round(min(c for _, c, _ in seen), 2),
            "peak_rss_mb": round(max(m for _, _, m in seen) / 1e6, 1),
        }
    )
    assert out.stat().st_size > 0
    if kind != "text":  # the other columns are left as they were
        assert out.read_bytes().count(b"\n") == src.read_bytes().count(b"\n")
