"""The normal-form check of normalize and repair_mojibake, in CPU time, as ratios.

    python -m bench.normal_form                          # this tree
    python -m bench.normal_form --against /tmp/main-copy # and another tree, interleaved
    python -m bench.normal_form --cli 20                 # and `translit normalize` on 20 MB

``unicodedata.is_normalized`` reads a text at 1.5 ns a character while it meets no character
whose quick check is Maybe, and normalises the whole text (50 ns a character) once it meets
one: a single stress mark (U+0301) in a 170 KB file did. ``translit.engine.native.is_normal``
checks only the pieces around the characters ``translit.script.unstable`` lists. For each
corpus file (ru, uk, bg of ``../shared/corpus``, as they are and decomposed to NFD) this prints
the CPU time (``time.process_time``, the best of the rounds, the subjects interleaved) of:

* ``unicodedata.is_normalized("NFC", text)`` against ``is_normal(text, "NFC")`` (the ratio:
  how many times faster the screened check is; both answers checked equal);
* ``translit.normalize(text)``, ``repair_mojibake(text)`` and ``translit.romanize(text)`` (its
  ``lang="auto"`` path normalises to NFC first) here, and with ``--against`` in
  the other tree too (each tree in a process of its own, their outputs compared by hash): the
  ratio is the other tree's time over this one's.

``--cli MB`` also times ``python -m translit normalize -j 1`` on the corpus files repeated to
that many megabytes (NFC, then NFD), by the CPU time of the child processes
(``resource.getrusage``), once per tree and round. Nothing here asserts a time: a plain pytest
run does not collect this file.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
import unicodedata
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
FILES = ("ru-gsd.txt", "ru-taiga.txt", "ru-poetry.txt", "uk-iu.txt", "bg-btb.txt")


def texts() -> dict[str, str]:
    """Each corpus file as it is and in NFD, by name."""
    out = {}
    for name in FILES:
        text = (CORPUS / name).read_text(encoding="utf-8")
        out[name] = text
        out[f"{name} NFD"] = unicodedata.normalize("NFD", text)
    return out


def best(fn: Callable[[str], object], text: str, rounds: int) -> float:
    """Least CPU seconds of ``rounds`` calls of ``fn(text)``."""
    least = float("inf")
    for _ in range(rounds):
        start = time.process_time()
        fn(text)
        least = min(least, time.process_time() - start)
    return least


def measure(rounds: int) -> dict[str, dict[str, object]]:
    """Per text: the CPU seconds of normalize and repair_mojibake, and a hash of each output
    (run in the tree on ``sys.path``: the A/B child process)."""
    import translit
    from translit.encodings import repair_mojibake

    out: dict[str, dict[str, object]] = {}
    for name, text in texts().items():
        row: dict[str, object] = {}
        subjects = (
            ("normalize", translit.normalize),
            ("repair_mojibake", repair_mojibake),
            ("romanize", translit.romanize),  # (lang="auto": its NFC step, env19)
        )
        for label, fn in subjects:
            result = fn(text)
            row[f"{label} hash"] = hashlib.sha256(result.encode()).hexdigest()
            row[label] = best(fn, text, rounds)
        out[name] = row
    return out


def child(tree: Path, rounds: int) -> dict[str, dict[str, object]]:
    """:func:`measure` in a fresh process importing ``translit`` from ``tree``."""
    env = {**os.environ, "PYTHONPATH": str(tree)}
    # this file run as a script in the child (importing it as bench.normal_form would put
    # this tree on the path before ``tree``)
    code = f"import json, runpy; ns = runpy.run_path({__file__!r}); "
    code += f"print(json.dumps(ns['measure']({rounds})))"
    proc = subprocess.run(
        [sys.executable, "-c", code], env=env, cwd=tree, capture_output=True, text=True, check=True
    )
    found: dict[str, dict[str, object]] = json.loads(proc.stdout)
    return found


def cpu_of(cmd: list[str], env: dict[str, str], cwd: Path) -> float:
    """CPU seconds (user + system) of the child process ``cmd``."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(cmd, env=env, cwd=cwd, check=True, stdout=subprocess.DEVNULL)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def cli(trees: dict[str, Path], megabytes: int, rounds: int) -> None:
    """``translit normalize -j 1`` on ``megabytes`` of corpus text, NFC and NFD, per tree."""
    body = "".join((CORPUS / name).read_text(encoding="utf-8") for name in FILES)
    copies = max(1, megabytes * 1_000_000 // len(body.encode()))
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        inputs = {"NFC": folder / "in-nfc.txt", "NFD": folder / "in-nfd.txt"}
        inputs["NFC"].write_text(body * copies, encoding="utf-8")
        inputs["NFD"].write_text(unicodedata.normalize("NFD", body) * copies, encoding="utf-8")
        for form, path in inputs.items():
            size = path.stat().st_size / 1e6
            least: dict[str, float] = {}
            digests: dict[str, str] = {}
            for _ in range(rounds):
                for label, tree in trees.items():
                    out = folder / f"out-{label}.txt"
                    env = {**os.environ, "PYTHONPATH": str(tree)}
                    cmd = [sys.executable, "-m", "translit", "normalize", "-q", "-j", "1"]
                    cmd += [str(path), "-o", str(out)]
                    seconds = cpu_of(cmd, env, folder)
                    least[label] = min(least.get(label, float("inf")), seconds)
                    digests[label] = hashlib.sha256(out.read_bytes()).hexdigest()
            same = "identical output" if len(set(digests.values())) == 1 else "OUTPUTS DIFFER"
            times = ", ".join(f"{k} {v:.2f} s CPU" for k, v in least.items())
            ratio = ""
            if "other" in least:
                ratio = f"; other/this = {least['other'] / least['this']:.2f}"
            print(f"translit normalize -j 1, {size:.1f} MB {form}: {times}{ratio} ({same})")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--against", type=Path, help="another tree (a checkout) to compare with")
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--cli", type=int, default=0, metavar="MB", help="also time the CLI on MB")
    args = ap.parse_args(argv)
    if not CORPUS.is_dir():
        raise SystemExit(f"{CORPUS} is absent: these ratios are measured on the corpus")
    from translit.engine.native import BACKEND, is_normal

    print(f"engine: {BACKEND}; CPU time, best of {args.rounds} rounds")
    print("text                  chars   is_normalized  is_normal  ratio")
    for name, text in texts().items():
        assert is_normal(text, "NFC") == unicodedata.is_normalized("NFC", text), name
        old = best(lambda t: unicodedata.is_normalized("NFC", t), text, args.rounds * 4)
        new = best(lambda t: is_normal(t, "NFC"), text, args.rounds * 4)
        print(f"{name:20} {len(text):8} {old * 1e3:10.2f} ms {new * 1e3:7.2f} ms {old / new:6.1f}x")
    trees = {"this": ROOT}
    if args.against is not None:
        trees["other"] = args.against.resolve()
    results: dict[str, list[dict[str, dict[str, object]]]] = {k: [] for k in trees}
    for _ in range(2):  # interleaved: each tree twice, the best of both kept
        for label, tree in trees.items():
            results[label].append(child(tree, args.rounds))
    print("\ntext                 function          " + "  ".join(f"{k:>9}" for k in trees))
    for name in texts():
        for fn in ("normalize", "repair_mojibake", "romanize"):
            row = {
                k: min(float(r[name][fn]) for r in runs)  # type: ignore[arg-type]
                for k, runs in results.items()
            }
            hashes = {runs[0][name][f"{fn} hash"] for runs in results.values()}
            cells = "  ".join(f"{v * 1e3:6.2f} ms" for v in row.values())
            ratio = f"  other/this {row['other'] / row['this']:.2f}" if "other" in row else ""
            same = "" if len(hashes) == 1 else "  OUTPUTS DIFFER"
            print(f"{name:20} {fn:16} {cells}{ratio}{same}")
    if args.cli:
        print()
        cli(trees, args.cli, max(1, args.rounds // 2))


if __name__ == "__main__":
    main()
