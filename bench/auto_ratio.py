"""What the default ``-l auto`` costs next to a given language, as a ratio of CPU times taken in
the same run: ``python -m translit romanize -q -l ru|auto|auto-line -j 1`` on one file of
records (JSONL, two fields), the same records as CSV, and their lines as plain text.

    python -m bench.auto_ratio                 # 10 MB files (from the repository root)
    python -m bench.auto_ratio --mb 60         # the size of a data engineer's export
    python -m bench.auto_ratio --rounds 2      # the best of two rounds per run

The records are built reproducibly (seed 44) from the UD sentences of ``../shared/corpus``
(ru uk be bg mk kk ky, the seed file left out): each a ``title`` of 1-3 words and a ``text`` of
3-30 words, windows of a random line, so values of several languages and mostly unique (a memo
of repeated values gains little here: the decision itself is measured); the text file holds
each record as a line, ``title — text``. Under ``-l auto`` every record value is decided within
the file's language (Russian: the file is mixed) and every text line is romanised in the
file's one language; ``-l auto-line`` decides every line and value alone. Each run is a fresh
process; CPU time is user + system of it (``os.wait4``), the runs of one file interleaved, so
the ratios hold on a loaded machine where wall time does not. Printed: wall and CPU per run,
MB/s by CPU, and ``auto/ru``, ``auto-line/ru``, the ratios of CPU times (no timing assert:
they are what the report of a change quotes).

Under pytest (``pytest bench/auto_ratio.py``) a small file of 300 records is converted with
``-l auto`` and compared with the library's :func:`translit.romanize_record` of each value
within the file's language (the rule the command line, pandas and Dask share), untimed.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from .common import CORPUS

ROOT = Path(__file__).resolve().parent.parent
_ENV = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}
FORMATS = {
    "jsonl": ["--field", "title", "--field", "text"],
    "csv": ["--column", "title", "--column", "text"],
    "text": [],
}
SUFFIX = {"jsonl": ".jsonl", "csv": ".csv", "text": ".txt"}
LANGS = ("ru", "auto", "auto-line")


def corpus_lines() -> list[list[str]]:
    """The words of every line of the UD files of ``../shared/corpus`` (not the seed)."""
    out: list[list[str]] = []
    for path in sorted(CORPUS.glob("*-*.txt")):
        if path.name.startswith("seed"):
            continue
        out += [
            ws for line in path.read_text(encoding="utf-8").splitlines() if (ws := line.split())
        ]
    return out


def records(size: int, seed: int = 44) -> list[tuple[str, str]]:
    """``(title, text)`` pairs whose text lines (``title — text``) make ``size`` bytes."""
    rng, lines = random.Random(seed), corpus_lines()

    def piece(lo: int, hi: int) -> str:
        words = rng.choice(lines)
        n = rng.randint(lo, hi)
        at = rng.randint(0, max(0, len(words) - n))
        return " ".join(words[at : at + n])

    out: list[tuple[str, str]] = []
    total = 0
    while total < size:
        title, text = piece(1, 3), piece(3, 30)
        out.append((title, text))
        total += len(f"{title} — {text}\n".encode())
    return out


def write_files(folder: Path, size: int) -> dict[str, Path]:
    """The records as JSONL, CSV and text in ``folder``."""
    recs = records(size)
    paths = {fmt: folder / f"records{SUFFIX[fmt]}" for fmt in FORMATS}
    with paths["jsonl"].open("w", encoding="utf-8") as f:
        for k, (title, text) in enumerate(recs):
            f.write(json.dumps({"id": k, "title": title, "text": text}, ensure_ascii=False) + "\n")
    with paths["csv"].open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["id", "title", "text"])
        w.writerows([k, title, text] for k, (title, text) in enumerate(recs))
    with paths["text"].open("w", encoding="utf-8") as f:
        f.writelines(f"{title} — {text}\n" for title, text in recs)
    return paths


def run(src: Path, fmt: str, lang: str, out: Path) -> tuple[float, float]:
    """Wall and CPU seconds (user + system, ``os.wait4``) of one ``-j 1`` run."""
    cmd = [sys.executable, "-m", "translit", "romanize", "-q", "-l", lang, "-j", "1"]
    cmd += [*FORMATS[fmt], str(src), "-o", str(out)]
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, env=_ENV, cwd=ROOT, stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    if status:
        raise SystemExit(f"{' '.join(cmd)} failed ({status})")
    return time.perf_counter() - start, usage.ru_utime + usage.ru_stime


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mb", type=float, default=10.0, help="size of each file (default 10)")
    ap.add_argument("--rounds", type=int, default=1, help="best of this many rounds")
    args = ap.parse_args()
    if not CORPUS.is_dir():
        raise SystemExit(f"no corpus at {CORPUS}")
    with tempfile.TemporaryDirectory(prefix="auto_ratio") as tmp:
        folder = Path(tmp)
        paths = write_files(folder, int(args.mb * 1e6))
        print(f"load average {os.getloadavg()[0]:.1f}; files of {args.mb:g} MB")
        for fmt, src in paths.items():
            mb = src.stat().st_size / 1e6
            cpu: dict[str, float] = {}
            for _ in range(args.rounds):
                for lang in LANGS:  # (interleaved: one load for the three)
                    wall, used = run(src, fmt, lang, folder / f"out-{lang}{src.suffix}")
                    cpu[lang] = min(cpu.get(lang, used), used)
                    print(
                        f"{fmt:5s} -l {lang:9s} wall {wall:7.2f} s  cpu {used:7.2f} s", flush=True
                    )
            speeds = ", ".join(f"{lang} {mb / cpu[lang]:.2f} MB/s" for lang in LANGS)
            print(
                f"{fmt:5s} {mb:.1f} MB by CPU: {speeds}; auto/ru {cpu['auto'] / cpu['ru']:.2f}, "
                f"auto-line/ru {cpu['auto-line'] / cpu['ru']:.2f}",
                flush=True,
            )


@pytest.mark.skipif(not CORPUS.is_dir(), reason=f"no shared corpus at {CORPUS}")
def test_auto_records_are_the_librarys_record_values(tmp_path: Path) -> None:
    from translit.api import romanize_record
    from translit.autodetect import column_language

    paths = write_files(tmp_path, 20_000)
    out = tmp_path / "out.jsonl"
    run(paths["jsonl"], "jsonl", "auto", out)
    rows = [json.loads(line) for line in paths["jsonl"].read_text(encoding="utf-8").splitlines()]
    got = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    within = column_language(v for row in rows for v in (row["title"], row["text"]))
    assert len(got) == len(rows) > 100
    for row, new in zip(rows, got, strict=True):
        assert new["title"] == romanize_record(row["title"], within)
        assert new["text"] == romanize_record(row["text"], within)


if __name__ == "__main__":
    main()
