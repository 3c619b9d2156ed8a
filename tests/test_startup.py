"""Start-up work: ``translit --help`` compiles no regular expression of translit's own (they are
compiled on first use), and a ``-j 1`` run imports no pickle. Timing lives in bench/startup.py."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Runs the command line in a fresh interpreter and prints, after it, the lines of translit that
# compiled a regular expression (not click's, nor the standard library's) and whether pickle was imported.
_PROBE = """
import os, re, sys, traceback
from re import _compiler
compile_ = _compiler.compile
hits = []
def spy(p, flags=0):
    # the frame that asked re for the pattern: the last one outside re itself
    f = [f for f in traceback.extract_stack()[:-1] if os.sep + "re" + os.sep not in f.filename][-1]
    if os.sep + "translit" + os.sep in f.filename:
        hits.append(f"{f.filename}:{f.lineno}")
    return compile_(p, flags)
_compiler.compile = spy
def report(code=0):
    sys.stderr.write(f"\\nCOMPILED {sorted(set(hits))!r}\\nPICKLE {'pickle' in sys.modules}\\n")
    exit_(code)
exit_ = os._exit
os._exit = report
sys.argv = ["translit", *sys.argv[1:]]
from translit.cli import main
try:
    main()
except SystemExit:
    report()
"""


def _probe(*args: str) -> tuple[list[str], bool]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.run(
        [sys.executable, "-c", _PROBE, *args],
        capture_output=True,
        text=True,
        env=env,
        check=False,
        cwd=ROOT,
    )
    lines = proc.stderr.splitlines()
    compiled = next(line for line in lines if line.startswith("COMPILED "))
    pickled = next(line for line in lines if line.startswith("PICKLE "))
    return ast.literal_eval(compiled[len("COMPILED ") :]), pickled.endswith("True")


def test_help_compiles_no_regex() -> None:
    compiled, _ = _probe("--help")
    assert compiled == []


def test_one_job_run_imports_no_pickle(tmp_path: Path) -> None:
    src = tmp_path / "in.txt"
    src.write_text("Съешь же ещё этих мягких французских булок\n", encoding="utf-8")
    compiled, pickled = _probe(
        "romanize", "-q", "-l", "ru", "-j", "1", str(src), "-o", str(tmp_path / "o")
    )
    assert (tmp_path / "o").read_text(encoding="utf-8").startswith("S")
    assert compiled  # the probe sees compiles (romanising needs patterns): --help's [] is real
    assert not pickled
