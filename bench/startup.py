"""Start-up time of the command line: median wall time of fresh processes, and the slowest imports.

    python -m bench.startup                      # 30 rounds, the four commands interleaved
    python -m bench.startup --runs 50 --top 25
    python -m bench.startup --python ../venv-x/bin/python --tree /tmp/other   # another tree
    python -m bench.startup --against /tmp/main-copy --only romanize,normalize   # A/B, interleaved
    python -m bench.startup --instructions --against /tmp/main-copy --only "detect() name"

Each round runs every command once, in turn (interleaved, so a slower minute of a shared
machine weighs on all alike): ``python -c pass`` (the interpreter alone),
``python -c "import translit"``, ``python -m translit --help``, and
``python -m translit romanize -q -l ru -j 1`` on a one-line file (what every run pays:
imports, options, building the romaniser, the atomic output), plus ``normalize`` and
``detect`` on the same line; and the first call of a short script, ``translit.detect`` on a
name (``detect() name``: rule 3, no scores) and on three words it scores (``detect() words``),
``translit.romanize`` of a name; and the glossary commands on one line with the shipped
glossaries (``glossary apply -t fr`` of the line and of one with a Latin name, ``qa`` of one
pair, ``lookup`` of a term: a second or later call, reading the copies the first kept).
``--against`` prints each command's median CPU time too.
The tree's bytecode is compiled first and written as the runs go
(``PYTHONDONTWRITEBYTECODE`` is dropped), as an installed package would have it. Every command
runs in the temporary folder: ``python -m`` and ``-c`` put the current directory first on the
path, so run from a checkout they would import that checkout, not ``--tree``. It prints the median and least wall time of each, and then the
``-X importtime`` modules with the largest self time in the ``romanize`` run (the least of
a few runs per module, so one slow run does not put a module on the list).
``--instructions`` counts each command's instructions instead, one run under valgrind's
callgrind (they repeat under load, where wall time does not).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LINE = "Съешь же ещё этих мягких французских булок, да выпей чаю.\n"


def commands(python: str, folder: Path) -> dict[str, list[str]]:
    """The measured commands by name; ``OUT`` is replaced by a fresh output path each run."""
    tiny = str(folder / "tiny.txt")
    cli = [python, "-m", "translit"]
    return {
        "python -c pass": [python, "-c", "pass"],
        "import translit": [python, "-c", "import translit"],
        "--help": [*cli, "--help"],
        "romanize": [*cli, "romanize", "-q", "-l", "ru", "-j", "1", tiny, "-o", "OUT"],
        "normalize": [*cli, "normalize", "-q", tiny, "-o", "OUT"],
        "detect": [*cli, "detect", tiny],
        "detect() name": [python, "-c", "import translit; translit.detect('Власов')"],
        "detect() words": [python, "-c", "import translit; translit.detect('мама мыла раму')"],
        "romanize() name": [python, "-c", "import translit; translit.romanize('Власов')"],
        # the glossary commands (cold47): the shipped glossaries' kept copies are read after
        # the first (warming) run, as in a user's second call
        "glossary apply": [*cli, "glossary", "apply", "-t", "fr", tiny],
        "glossary apply Latin": [*cli, "glossary", "apply", "-t", "fr", str(folder / "latin.txt")],
        "glossary qa": [
            *cli,
            "glossary",
            "qa",
            str(folder / "pair.tsv"),
            "--source-lang",
            "ru",
            "-t",
            "fr",
        ],
        "glossary lookup": [*cli, "glossary", "lookup", "Красная армия"],
    }


#: CPU seconds (user + system) of each :func:`run`, in order: what a shared machine's load
#: changes less than the wall time
CPU: list[float] = []


def run(cmd: list[str], env: dict[str, str], out: Path) -> float:
    """Wall seconds of one run of ``cmd`` (its CPU seconds appended to :data:`CPU`); fails on
    a non-zero exit."""
    cmd = [str(out) if part == "OUT" else part for part in cmd]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.run(
        cmd, check=False, cwd=out.parent, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    CPU.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    if proc.returncode:
        raise SystemExit(f"{cmd} exited {proc.returncode}: {proc.stderr.decode()[-2000:]}")
    return wall


def instructions(cmd: list[str], env: dict[str, str], out: Path) -> float:
    """Millions of instructions one run of ``cmd`` executes, counted by valgrind's callgrind."""
    counts = out.parent / "callgrind.out"
    cmd = [str(out) if part == "OUT" else part for part in cmd]
    run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={counts}", *cmd], env, out)
    for line in counts.read_text().splitlines():
        if line.startswith(("summary:", "totals:")):
            return int(line.split()[1]) / 1e6
    raise SystemExit(f"no count in {counts}")


def importtime(cmd: list[str], env: dict[str, str], out: Path, runs: int) -> dict[str, int]:
    """Least self time (µs) per module over ``runs`` runs of ``cmd`` with ``-X importtime``."""
    best: dict[str, int] = {}
    cmd = [cmd[0], "-X", "importtime", *cmd[1:]]
    cmd = [str(out) if part == "OUT" else part for part in cmd]
    for _ in range(runs):
        err = subprocess.run(
            cmd, check=False, cwd=out.parent, env=env, capture_output=True, text=True
        ).stderr
        for line in err.splitlines():
            if not line.startswith("import time:") or "self [us]" in line:
                continue
            self_us, _, name = (p.strip() for p in line[len("import time:") :].split("|"))
            best[name] = min(best.get(name, 1 << 62), int(self_us))
    return best


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=30, help="rounds (default 30)")
    parser.add_argument("--top", type=int, default=20, help="importtime modules shown")
    parser.add_argument("--python", default=sys.executable, help="interpreter to run")
    parser.add_argument(
        "--tree", type=Path, default=ROOT, help="source tree put first on PYTHONPATH"
    )
    parser.add_argument("--against", type=Path, help="a second tree, run in turn with --tree")
    parser.add_argument("--only", help="comma-separated command names (default: all)")
    parser.add_argument(
        "--instructions", action="store_true", help="count instructions (callgrind), one run each"
    )
    args = parser.parse_args(argv)
    trees = [args.tree] + ([args.against] if args.against else [])
    envs = []
    for tree in trees:
        env = {**os.environ, "PYTHONPATH": str(tree.resolve())}
        env.pop("PYTHONDONTWRITEBYTECODE", None)  # measure as installed: bytecode cached
        subprocess.run([args.python, "-m", "compileall", "-q", str(tree / "translit")], check=True)
        envs.append(env)
    if args.instructions:
        counted(args, trees, envs)
        return
    if args.against:
        compare(args, trees, envs)
        return
    env = envs[0]
    with workspace(args, only=False) as (cmds, out):
        walls: dict[str, list[float]] = {name: [] for name in cmds}
        for cmd in cmds.values():  # warm the page cache and the bytecode
            run(cmd, env, out)
        for _ in range(args.runs):
            for name, cmd in cmds.items():
                walls[name].append(run(cmd, env, out))
        load = os.getloadavg()[0]
        print(f"tree {args.tree.resolve()}, {args.runs} interleaved rounds, load {load:.2f}")
        print(f"{'command':<18} {'median ms':>10} {'min ms':>8}")
        for name, times in walls.items():
            print(f"{name:<18} {statistics.median(times) * 1e3:>10.1f} {min(times) * 1e3:>8.1f}")
        best = importtime(cmds["romanize"], env, out, runs=5)
        total = sum(best.values())
        print(f"\n-X importtime, romanize: sum of self times {total / 1e3:.1f} ms; largest:")
        for name, us in sorted(best.items(), key=lambda kv: -kv[1])[: args.top]:
            print(f"  {us / 1e3:6.2f} ms  {name}")


@contextlib.contextmanager
def workspace(
    args: argparse.Namespace, *, only: bool = True
) -> Iterator[tuple[dict[str, list[str]], Path]]:
    """A temporary folder with the tiny input: the commands to time (those of ``--only`` unless
    ``only`` is false) and the output file they write."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (folder / "tiny.txt").write_text(LINE, encoding="utf-8")
        (folder / "latin.txt").write_text("Генерал Wlassow и Красная армия.\n", encoding="utf-8")
        pair = "Красная армия наступала.\tL'Armée rouge avançait.\n"
        (folder / "pair.tsv").write_text(pair, encoding="utf-8")
        cmds = commands(args.python, folder)
        if only and args.only:
            cmds = {k: v for k, v in cmds.items() if k in args.only.split(",")}
        yield cmds, folder / "out.txt"


def counted(args: argparse.Namespace, trees: list[Path], envs: list[dict[str, str]]) -> None:
    """Each command of ``--only`` (default: all) on each tree: its instructions, in millions
    (a first run warms the bytecode and the data files' parsed copies)."""
    with workspace(args) as (cmds, out):
        print(
            "instructions (M): "
            + ", ".join(f"{'AB'[i]} = {t.resolve()}" for i, t in enumerate(trees))
        )
        for name, cmd in cmds.items():
            counts = []
            for env in envs:
                run(cmd, env, out)
                counts.append(instructions(cmd, env, out))
            shown = "  ".join(f"{'AB'[i]} {n:7.1f}" for i, n in enumerate(counts))
            ratio = f"  B/A {counts[1] / counts[0]:.3f}" if len(counts) == 2 else ""
            print(f"{name:<18} {shown}{ratio}")


def compare(args: argparse.Namespace, trees: list[Path], envs: list[dict[str, str]]) -> None:
    """Each command of ``--only`` on both trees in turn, ``--runs`` rounds: medians side by side."""
    with workspace(args) as (cmds, out):
        walls: dict[tuple[str, int], list[float]] = {}
        cpus: dict[tuple[str, int], list[float]] = {}
        for _ in range(args.runs + 1):  # the first round warms up and is not counted
            for name, cmd in cmds.items():
                for i, env in enumerate(envs):
                    walls.setdefault((name, i), []).append(run(cmd, env, out))
                    cpus.setdefault((name, i), []).append(CPU[-1])
        load = os.getloadavg()[0]
        print(f"A = {trees[0].resolve()}, B = {trees[1].resolve()}")
        print(f"{args.runs} interleaved rounds, load {load:.2f}; median (min) ms; median CPU ms")
        for name in cmds:
            a, b = (walls[(name, i)][1:] for i in (0, 1))
            ma, mb = statistics.median(a) * 1e3, statistics.median(b) * 1e3
            ca, cb = (statistics.median(cpus[(name, i)][1:]) * 1e3 for i in (0, 1))
            print(
                f"{name:<20} A {ma:7.1f} ({min(a) * 1e3:6.1f})  B {mb:7.1f} ({min(b) * 1e3:6.1f})"
                f"  A-B {ma - mb:+6.1f}  CPU A {ca:7.1f} B {cb:7.1f}"
            )


if __name__ == "__main__":
    main()
