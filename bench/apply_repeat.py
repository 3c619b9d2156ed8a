"""Instructions of a first and a repeat ``apply_text`` of one text, the matcher built before
(callgrind; what glossary apply's line language costs, ``translit/glossary/latin.py``).

``python -m bench.apply_repeat [--memo-off] [--target en] [--mode replace] FILE [LINES]``
runs this file under ``valgrind --tool=callgrind`` (instrumentation off until the matcher of
the shipped glossaries is built, then on, with ``getppid`` marking the two calls) and prints
the millions of instructions of each. ``FILE``: a text file (``seed-roa-fr.txt`` is read 30
times over, as the CHANGELOG measures it); ``LINES``: its first lines only. ``--memo-off``:
every line decided anew (a new text's cost), not from the lines decided before.
"""

from __future__ import annotations

import argparse
import glob
import os
import subprocess
import sys
import tempfile


def _text(path: str, lines: int) -> str:
    with open(path, encoding="utf-8") as fh:
        text = fh.read()
    if os.path.basename(path) == "seed-roa-fr.txt":
        return text * 30
    return "".join(text.splitlines(True)[:lines]) if lines else text


def _inside(args: argparse.Namespace) -> None:
    """The measured process: build, switch instrumentation on, two marked calls."""
    from translit.glossary import apply_text, latin, shipped

    text = _text(args.file, args.lines)
    g = shipped()
    apply_text("Вася", g, args.target, args.mode)  # (builds the matcher)
    if args.memo_off:
        latin._DECIDED_LONGEST = -1
        latin._DECIDED.clear()
    cmd = ["callgrind_control", "-i", "on", str(os.getpid())]
    subprocess.run(cmd, stdout=subprocess.DEVNULL, check=False)
    os.getppid()
    first = apply_text(text, g, args.target, args.mode)
    os.getppid()
    again = apply_text(text, g, args.target, args.mode)
    os.getppid()
    assert first == again


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("file")
    p.add_argument("lines", nargs="?", type=int, default=0)
    p.add_argument("--target", default="en")
    p.add_argument("--mode", default="replace")
    p.add_argument("--memo-off", action="store_true")
    p.add_argument("--inside", action="store_true", help=argparse.SUPPRESS)
    args = p.parse_args()
    if args.inside:
        _inside(args)
        return
    with tempfile.TemporaryDirectory() as out:
        cmd = ["valgrind", "--tool=callgrind", "--instr-atstart=no", "--dump-before=getppid"]
        cmd += [
            f"--callgrind-out-file={out}/cg.%p",
            "-q",
            sys.executable,
            "-m",
            "bench.apply_repeat",
        ]
        cmd += [*sys.argv[1:], "--inside"]
        env = {**os.environ, "PYTHONHASHSEED": "0"}
        subprocess.run(cmd, check=True, env=env, stdout=subprocess.DEVNULL)
        parts = {}
        for name in glob.glob(f"{out}/cg.*.*"):
            with open(name) as fh:
                total = next(line for line in fh if line.startswith("summary:"))
            parts[int(name.rsplit(".", 1)[1])] = int(total.split()[1]) / 1e6
    print(f"first {parts[2]:.1f} M, repeat {parts[3]:.1f} M instructions")


if __name__ == "__main__":
    main()
