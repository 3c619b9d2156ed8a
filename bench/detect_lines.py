"""The cost of a language decision per line (``--lang auto-line``), in CPU time.

    python -m bench.detect_lines            # per corpus file, then the CLI on a mixed file
    python -m bench.detect_lines --mb 5     # the size of the mixed file (MB)

- per file of ``../shared/corpus``: :func:`translit.autodetect.auto_language` on each non-empty line,
  ``time.process_time`` best of 5, the line memos cleared before each pass; *fresh* also
  forgets the kept shares of words and triples (a new process), *kept* keeps them (a long run);
- the command ``translit romanize -l auto-line -j 1`` on a file of the corpus lines
  interleaved (one line of each file in turn) up to ``--mb`` MB: the child's user + system
  CPU time, best of 3.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from translit import autodetect
from translit import detection as d

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"


def _lines() -> dict[str, list[str]]:
    files = sorted(CORPUS.glob("[a-z][a-z]-*.txt"))
    return {
        p.name: [x for x in p.read_text(encoding="utf-8").splitlines() if x.strip()] for p in files
    }


def _forget(fresh: bool) -> None:
    autodetect._decide_short.cache_clear()
    d._detect_short.cache_clear()
    if fresh:
        d._shares().word.clear()
        d._shares().triple.clear()


def _best(decide: Callable[[str], str], lines: list[str], fresh: bool) -> float:
    best = float("inf")
    for _ in range(5):
        _forget(fresh)
        start = time.process_time()
        for line in lines:
            decide(line)
        best = min(best, time.process_time() - start)
    return best


def lines_table() -> None:
    by_file = _lines()
    for lines in by_file.values():  # the evidence loaded, the patterns read
        for line in lines:
            autodetect.auto_language(line)
    print("| file | lines | characters a line | fresh µs a line | kept µs a line |")
    print("| --- | ---: | ---: | ---: | ---: |")
    totals = [0, 0, 0.0, 0.0]
    for name, lines in by_file.items():
        fresh = _best(autodetect.auto_language, lines, True)
        kept = _best(autodetect.auto_language, lines, False)
        chars = sum(map(len, lines))
        n = len(lines)
        print(f"| {name} | {n} | {chars / n:.1f} | {1e6 * fresh / n:.1f} | {1e6 * kept / n:.1f} |")
        totals = [totals[0] + n, totals[1] + chars, totals[2] + fresh, totals[3] + kept]
    n, chars, fresh, kept = totals
    print(f"| all | {n} | {chars / n:.1f} | {1e6 * fresh / n:.1f} | {1e6 * kept / n:.1f} |")


def mixed_file(path: Path, mb: float) -> None:
    """The corpus lines interleaved, one of each file in turn, up to ``mb`` MB."""
    by_file = list(_lines().values())
    out, size, i = [], 0, 0
    while size < mb * 1e6:
        for lines in by_file:
            line = lines[i % len(lines)]
            out.append(line)
            size += len(line.encode()) + 1
        i += 1
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def cli_run(mb: float) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "mixed.txt"
        mixed_file(src, mb)
        cmd = [sys.executable, "-m", "translit", "romanize", "-l", "auto-line", "-j", "1", str(src)]
        best = float("inf")
        for _ in range(3):
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            with open(os.devnull, "w") as sink:
                subprocess.run(cmd, check=True, stdout=sink)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            best = min(best, after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
        size = src.stat().st_size
        print(
            f"romanize -l auto-line -j 1, {size / 1e6:.2f} MB: {best:.2f} s CPU, {size / 1e6 / best:.2f} MB/s"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--mb", type=float, default=5.0)
    args = parser.parse_args(argv)
    if not CORPUS.is_dir():
        print(f"{CORPUS} is absent: nothing to measure", file=sys.stderr)
        return 2
    lines_table()
    cli_run(args.mb)
    return 0


if __name__ == "__main__":
    sys.exit(main())
