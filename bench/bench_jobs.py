"""``-j 2`` against ``-j 1`` on one large text file, and the peak memory of the run per size.

    python -m bench.bench_jobs --mb 100          # -j 1 vs -j 2 on a 100 MB file
    python -m bench.bench_jobs --rss 10,100,1000 # peak RSS at 10 MB, 100 MB and 1 GB
    python -m bench.bench_jobs --mb 100 --text corpus  # the real corpus repeated
    python -m bench.bench_jobs --mb 100 --format csv   # the same text as a CSV export
    python -m bench.bench_jobs --mb 100 --encoding utf-16  # UTF-16 in (BOM), UTF-8 out
    TRANSLIT_BENCH_JOBS_MB=100 python -m bench.bench_jobs
    python -m bench.bench_jobs --instructions 16  # instructions of -j 1 and -j 2 (valgrind)

Each run is ``python -m translit romanize -q -l ru -j N FILE -o OUT`` in a fresh process, with
its bytecode cached as an installed translit has it (:func:`installed_env`). The
text is built reproducibly inside the bench: the seeded large-vocabulary Russian text of
:mod:`bench.common` (a million Zipf-distributed word forms), 20 MB of it (less for a smaller
file) repeated to the size asked for. The outputs of ``-j 1`` and ``-j 2`` must be
byte-identical (checked). ``--format csv`` wraps the same lines into a CSV export (an id, a
quoted multi-line ``text`` column holding one to three lines with a doubled quote now and then,
a count; CRLF record ends) converted with ``--column text``; ``--format tsv``, one line a
record, no quoting.

Between the rounds, two ``-j 1`` runs start together, one on each half of the file: their wall
time is what this machine gives two independent processes at that moment, the ceiling of ``-j 2``
(on a VM whose two vCPUs share a host, often well under 2x). Reported per run: wall time, CPU time (user + system of the command and its worker processes,
from ``os.wait4``), MB/s by each, the largest resident set of any one process of the run
(``ru_maxrss``) and, in the memory runs (``--rss``), the peak of the sum over the run's
processes (their PSS, sampled from ``/proc`` every 50 ms; not in the timed runs, whose ``-j 2``
the sampling thread would slow and ``-j 1`` not). On a loaded machine wall-clock ratios mean little: the load average is printed, and
``cpu bound`` is the ratio the CPU times allow on two idle cores (``2 × cpu(-j 1) / cpu(-j 2)``:
``-j 2`` spends its CPU time on two cores at once at best).

Under pytest (``pytest bench/bench_jobs.py``, part of the default run) one 2 MB file is
(over a small vocabulary) converted with ``-j 1`` and ``-j 2`` and the outputs compared, untimed.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_ENV = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}
MB = 1_000_000
BASE_BYTES = 20 * MB  # the generated text, repeated to the size asked for


@dataclass
class Run:
    """One command-line run."""

    jobs: int
    size: int
    wall: float
    cpu: float
    max_rss: int  # bytes: the largest single process
    tree_rss: int  # bytes: the sampled peak of the sum over the run's processes (0: not sampled)

    def line(self) -> str:
        summed = f"  (all processes, PSS {self.tree_rss / 2**20:6.1f} MiB)" if self.tree_rss else ""
        return (
            f"-j {self.jobs}  {self.size / MB:7.0f} MB  wall {self.wall:7.2f} s "
            f"({self.size / MB / self.wall:6.1f} MB/s)  cpu {self.cpu:7.2f} s "
            f"({self.size / MB / self.cpu:6.1f} MB/s)  peak rss {self.max_rss / 2**20:6.1f} MiB"
            f"{summed}"
        )


def make_text(
    path: Path,
    size: int,
    stems: int | None = None,
    kind: str = "vocab",
    fmt: str = "text",
    encoding: str = "utf-8",
) -> None:
    """Write about ``size`` bytes of text to ``path`` (whole lines): ``vocab``, the seeded
    large-vocabulary text (``stems``: a smaller vocabulary, for the quick check), or
    ``corpus``, ``../shared/corpus/ru-*.txt`` (else the synthetic text of :mod:`bench.common`)
    repeated (real lines: Latin words, stress marks, punctuation, so the normalisation's
    detailed scans run on most blocks). Built in a process of its own: a command started later from
    this one would otherwise count the generator's memory as its own peak (Linux keeps the
    high-water mark of the process that forked it). ``fmt``: ``csv`` or ``tsv`` wraps the
    lines into records (see the module docstring); ``encoding="utf-16"``: UTF-16-LE with a BOM."""
    code = (
        "from bench.bench_jobs import _write_text; "
        f"_write_text({str(path)!r}, {size}, {stems}, {kind!r}, {fmt!r}, {encoding!r})"
    )
    subprocess.run([sys.executable, "-c", code], env=_ENV, check=True, cwd=ROOT)


def _write_text(
    path: str, size: int, stems: int | None, kind: str, fmt: str = "text", encoding: str = "utf-8"
) -> None:
    from bench.common import LARGE_VOCAB_STEMS, large_vocabulary_russian, load_corpus

    if kind == "corpus":
        text = load_corpus(False).text
    else:
        text = large_vocabulary_russian(min(size, BASE_BYTES), stems=stems or LARGE_VOCAB_STEMS)
    header = ""
    if fmt != "text":
        header, text = records(text, fmt)
    codec = "utf-16-le" if encoding == "utf-16" else encoding
    head = (b"\xff\xfe" if encoding == "utf-16" else b"") + header.encode(codec)
    base = text.encode(codec)
    end = ("\r\n" if fmt == "csv" else "\n").encode(codec)  # a record's end (not in quotes)
    written = len(head)
    with open(path, "wb") as fh:
        fh.write(head)
        while written + len(base) <= size:
            fh.write(base)
            written += len(base)
        rest = base[: max(0, size - written)]
        rest = rest[: rest.rfind(end) + len(end)] if end in rest else b""
        fh.write(rest)


def records(text: str, fmt: str) -> tuple[str, str]:
    """The lines of ``text`` as records (header, body) of a CSV export (an id, a quoted
    ``text`` of one to three lines, every 7th holding a doubled quote, a count; CRLF record
    ends, LF inside the quotes) or, for ``tsv``, one line a record (id, text, count)."""
    lines = text.splitlines()
    if fmt == "tsv":
        body = (f"{i}\t{line}\t{len(line)}\n" for i, line in enumerate(lines))
        return "id\ttext\tchars\n", "".join(body)
    out = []
    i = at = 0
    while at < len(lines):
        group = lines[at : at + 1 + i % 3]
        at += len(group)
        value = "\n".join(group)
        if i % 7 == 0:
            value = f'"{value[:20]}" {value[20:]}'
        out.append(f'{i},"{value.replace(chr(34), chr(34) * 2)}",{len(group)}\r\n')
        i += 1
    return "id,text,lines\r\n", "".join(out)


def _rss(pid: int) -> int:
    """Proportional resident bytes (PSS: a page shared by n processes counts 1/n in each) of
    ``pid`` and its descendants, so pages the workers share with the parent count once."""
    total = 0
    try:
        with open(f"/proc/{pid}/smaps_rollup") as fh:
            for line in fh:
                if line.startswith("Pss:"):
                    total += int(line.split()[1]) * 1024
        with open(f"/proc/{pid}/task/{pid}/children") as fh:
            children = [int(c) for c in fh.read().split()]
    except (OSError, ValueError):
        return total
    return total + sum(_rss(c) for c in children)


def installed_env(folder: Path) -> dict[str, str]:
    """The environment of the measured runs: bytecode cached (in ``folder``), as an installed
    translit has it (pip compiles it), even where ``PYTHONDONTWRITEBYTECODE`` is set; without
    it every run would first compile about 90 modules, a serial cost no user pays."""
    env = {**_ENV, "PYTHONPYCACHEPREFIX": str(folder / "pycache")}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    warm = folder / "warm.txt"
    warm.write_text("Щи да каша\n", encoding="utf-8")
    for jobs in (1, 2):  # compiles the bytecode, reads the data files once
        run(warm, jobs, folder / "warm-out.txt", env)
    return env


def _command(src: Path, jobs: int, out: Path) -> list[str]:
    cmd = [sys.executable, "-m", "translit", "romanize", "-q", "-l", "ru", "-j", str(jobs)]
    if src.suffix in (".csv", ".tsv"):
        cmd += ["--column", "text"]
    return [*cmd, str(src), "-o", str(out)]


def run(
    src: Path, jobs: int, out: Path, env: dict[str, str] | None = None, *, sample: bool = False
) -> Run:
    """Convert ``src`` with ``-j jobs`` into ``out``; measure it. ``sample``: also the peak of
    the PSS summed over its processes, read from ``/proc`` every 50 ms by a thread of this
    process. Only the memory runs do that: the reads take CPU time from the command when it
    uses both cores (``-j 2``) and none when it uses one, so a timed comparison leaves them out."""
    cmd = _command(src, jobs, out)
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env or _ENV, stderr=subprocess.PIPE)
    peak = [0]
    done = threading.Event()

    def sampling() -> None:
        while not done.is_set():
            peak[0] = max(peak[0], _rss(proc.pid))
            done.wait(0.05)

    sampler = threading.Thread(target=sampling, daemon=True) if sample else None
    if sampler is not None:
        sampler.start()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    done.set()
    if sampler is not None:
        sampler.join()
    err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
    if proc.stderr:
        proc.stderr.close()
    code = os.waitstatus_to_exitcode(status)
    proc.returncode = code
    if code != 0:
        raise RuntimeError(f"{' '.join(cmd)} exited with {code}: {err[-2000:]}")
    cpu = usage.ru_utime + usage.ru_stime  # includes the workers (reaped by the command)
    return Run(jobs, src.stat().st_size, wall, cpu, usage.ru_maxrss * 1024, peak[0])


def halves(src: Path) -> tuple[Path, Path]:
    """``src`` cut in two files at the first record end after its middle (a CSV/TSV header is
    repeated in the second). Copied a MiB at a time: the commands started later from this
    process would count a larger peak of its own as theirs (see :func:`make_text`)."""
    parts = (src.with_suffix(".half1" + src.suffix), src.with_suffix(".half2" + src.suffix))
    with open(src, "rb") as fh:
        header = fh.readline() if src.suffix in (".csv", ".tsv") else b""
        fh.seek(src.stat().st_size // 2)
        line = fh.readline()
        while src.suffix == ".csv" and not line.endswith(b"\r\n"):  # LF: inside quotes
            line = fh.readline()
        cut = fh.tell()
        fh.seek(0)
        for part, end in zip(parts, (cut, src.stat().st_size), strict=True):
            with open(part, "wb") as out:
                if fh.tell():
                    out.write(header)
                while (at := fh.tell()) < end and (piece := fh.read(min(end - at, 1 << 20))):
                    out.write(piece)
    return parts


def run_pair(parts: tuple[Path, Path], folder: Path, env: dict[str, str] | None = None) -> float:
    """Wall time of two ``-j 1`` runs started together, one on each half of a file: what this
    machine gives two independent processes at this moment (the ceiling of ``-j 2``, whose
    two processes share the work the same way)."""
    outs = [folder / f"pair-out{k}{parts[0].suffix}" for k in (1, 2)]
    for out in outs:
        out.unlink(missing_ok=True)
    start = time.perf_counter()
    procs = [
        subprocess.Popen(_command(part, 1, out), env=env or _ENV, stderr=subprocess.DEVNULL)
        for part, out in zip(parts, outs, strict=True)
    ]
    codes = [proc.wait() for proc in procs]
    wall = time.perf_counter() - start
    if any(codes):
        raise RuntimeError(f"a -j 1 run on half the file exited with {codes}")
    for out in outs:
        out.unlink()
    return wall


def same_file(a: Path, b: Path) -> bool:
    """Whether ``a`` and ``b`` hold the same bytes."""
    if a.stat().st_size != b.stat().st_size:
        return False
    with open(a, "rb") as fa, open(b, "rb") as fb:
        while True:
            x, y = fa.read(1 << 20), fb.read(1 << 20)
            if x != y:
                return False
            if not x:
                return True


def compare_jobs(
    folder: Path,
    size: int,
    rounds: int = 1,
    stems: int | None = None,
    kind: str = "vocab",
    env: dict[str, str] | None = None,
    pair: bool = False,
    fmt: str = "text",
    encoding: str = "utf-8",
) -> tuple[Run, Run, float | None]:
    """The best of ``rounds`` runs of ``-j 1`` and ``-j 2`` on one file of ``size`` bytes
    (``fmt``: text, csv or tsv; ``encoding``: utf-8 or utf-16), and (``pair``, UTF-8 only) the
    best wall time of :func:`run_pair` on its halves, run between them."""
    src = folder / f"text-{size}.{'txt' if fmt == 'text' else fmt}"
    make_text(src, size, stems, kind, fmt, encoding)
    parts = halves(src) if pair and encoding == "utf-8" else None
    outs = {j: folder / f"out-j{j}{src.suffix}" for j in (1, 2)}
    best: dict[int, Run] = {}
    best_pair: float | None = None
    for _ in range(rounds):
        for jobs in (1, 2):
            outs[jobs].unlink(missing_ok=True)  # each round writes a new file, none replaced
            r = run(src, jobs, outs[jobs], env)
            if jobs not in best or r.wall < best[jobs].wall:
                best[jobs] = r
        if parts is not None:
            wall = run_pair(parts, folder, env)
            best_pair = wall if best_pair is None else min(best_pair, wall)
    if not same_file(outs[1], outs[2]):
        raise AssertionError("-j 1 and -j 2 wrote different bytes")
    for path in (src, *outs.values(), *(parts or ())):
        path.unlink()
    return best[1], best[2], best_pair


def instructions(src: Path, jobs: int, folder: Path, env: dict[str, str]) -> list[int]:
    """The instructions each process of ``-j jobs`` on ``src`` executed, under valgrind's
    callgrind (the parent first). A worker counts from its fork
    (``--zero-before=PyOS_AfterFork_Child``): what it inherited is the parent's. Instruction
    counts do not depend on what else the machine runs, unlike seconds."""
    out = folder / "callgrind"
    out.mkdir(exist_ok=True)
    for old in out.iterdir():
        old.unlink()
    cmd = [
        "valgrind",
        "--tool=callgrind",
        "--trace-children=yes",
        "--zero-before=PyOS_AfterFork_Child",
        f"--callgrind-out-file={out}/cg.%p",
        *_command(src, jobs, folder / "cg-out.txt"),
    ]
    subprocess.run(cmd, env=env, check=True, stderr=subprocess.DEVNULL)
    counts = []
    for path in sorted(out.iterdir(), key=lambda p: int(p.name.split(".")[1])):  # pid order
        text = path.read_text(encoding="utf-8", errors="replace")
        line = next(x for x in text.splitlines() if x.startswith("summary:"))
        counts.append(int(line.split()[1]))
    return counts


def instruction_report(folder: Path, size: int, env: dict[str, str]) -> None:
    """``--instructions``: -j 1 and -j 2 on one file, in instructions (see :func:`instructions`);
    the start-up is a run on one line. What ``-j 2`` adds to the work of ``-j 1`` (its
    processes' total over ``-j 1``'s), whatever the machine's cores do to each other's speed.
    How the blocks fall to the parent and the worker under valgrind (both about 50 times
    slower) says little of how they fall in a real run."""
    src = folder / "instructions.txt"
    make_text(src, size)
    tiny = folder / "one-line.txt"
    tiny.write_text("Щи да каша\n", encoding="utf-8")
    (start,) = instructions(tiny, 1, folder, env)
    (one,) = instructions(src, 1, folder, env)
    parent, *workers = instructions(src, 2, folder, env)
    two = parent + sum(workers)
    print(
        f"instructions, {size / MB:.0f} MB: start-up {start / 1e6:,.0f} M; -j 1 {one / 1e6:,.0f} M; "
        f"-j 2 {two / 1e6:,.0f} M in all ({two / one:.3f}x -j 1: parent {parent / 1e6:,.0f} M, "
        f"worker {', '.join(f'{w / 1e6:,.0f} M' for w in workers)})"
    )
    src.unlink()


def load() -> str:
    """The load averages (1, 5, 15 minutes) and the number of CPUs."""
    one, five, fifteen = os.getloadavg()
    return f"load average {one:.2f} {five:.2f} {fifteen:.2f} on {os.cpu_count()} CPUs"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.bench_jobs", description=__doc__)
    default_mb = float(os.environ.get("TRANSLIT_BENCH_JOBS_MB", "10"))
    parser.add_argument("--mb", type=float, default=default_mb, help="size of the -j file")
    parser.add_argument(
        "--rounds", type=int, default=3, help="interleaved runs of each; the best counts"
    )
    parser.add_argument("--rss", default="", help="sizes in MB for the memory runs, e.g. 10,100")
    parser.add_argument("--dir", default=None, help="folder for the generated files")
    parser.add_argument(
        "--text", choices=["vocab", "corpus"], default="vocab", help="which text (see make_text)"
    )
    parser.add_argument(
        "--encoding",
        choices=["utf-8", "utf-16"],
        default="utf-8",
        help="the file's encoding (utf-16: UTF-16-LE with a BOM; the output is UTF-8)",
    )
    parser.add_argument(
        "--format",
        choices=["text", "csv", "tsv"],
        default="text",
        help="the text as it is, or wrapped into CSV/TSV records (see records)",
    )
    parser.add_argument(
        "--instructions",
        type=float,
        default=0,
        metavar="MB",
        help="count the instructions of -j 1 and -j 2 on a file of MB under valgrind instead "
        "(slow: about a minute per 10 MB)",
    )
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(dir=args.dir, prefix="bench-jobs-") as tmp:
        folder = Path(tmp)
        env = installed_env(folder)
        if args.instructions:
            instruction_report(folder, int(args.instructions * MB), env)
            return 0
        print(load())
        if args.mb:
            one, two, pair = compare_jobs(
                folder,
                int(args.mb * MB),
                args.rounds,
                kind=args.text,
                env=env,
                pair=True,
                fmt=args.format,
                encoding=args.encoding,
            )
            print(one.line())
            print(two.line())
            print(
                f"-j 2 / -j 1: wall {one.wall / two.wall:.2f}x, "
                f"cpu bound {2 * one.cpu / two.cpu:.2f}x (outputs identical)"
            )
            if pair is not None:
                print(
                    f"two -j 1 runs at once, one on each half: wall {pair:.2f} s, "
                    f"{one.wall / pair:.2f}x -j 1 (what this machine gives two processes now); "
                    f"-j 2 reaches {pair / two.wall:.0%} of it"
                )
        for mb in [float(s) for s in args.rss.split(",") if s.strip()]:
            src = folder / ("rss.txt" if args.format == "text" else f"rss.{args.format}")
            make_text(src, int(mb * MB), kind=args.text, fmt=args.format, encoding=args.encoding)
            for jobs in (1, 2):
                print(run(src, jobs, folder / "rss-out.txt", env, sample=True).line())
            src.unlink()
        print(load())
    return 0


def test_jobs_2_writes_what_jobs_1_writes(tmp_path: Path) -> None:
    one, two, pair = compare_jobs(tmp_path, 2 * MB, stems=5_000, pair=True)
    assert one.size == two.size > MB and pair is not None and pair > 0


def test_jobs_2_writes_what_jobs_1_writes_csv(tmp_path: Path) -> None:
    one, two, _ = compare_jobs(tmp_path, 2 * MB, stems=5_000, fmt="csv")
    assert one.size == two.size > MB


if __name__ == "__main__":
    sys.exit(main())
