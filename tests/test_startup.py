"""Start-up work: ``translit --help`` compiles no regular expression of translit's own (they are
compiled on first use), and a small ``-j 1`` run loads only what it uses (no pickle, tempfile,
pathlib or ctypes; no encoding model for UTF-8). Timing lives in bench/startup.py."""

from __future__ import annotations

import ast
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent

# Runs the command line in a fresh interpreter and prints, after it, what its start-up did: the
# lines of translit that compiled a regular expression (not click's, nor the standard library's),
# which heavy modules were imported, how many encoding models and Latin/Cyrillic patterns were
# built, and the exit code.
_PROBE = """
import sys
preloaded = set(sys.modules)  # the interpreter's own start: site, .pth files (an editable
import os, re, traceback      # install's finder imports pathlib before any translit code)
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
    heavy = ("importlib.resources", "pathlib", "tempfile", "ctypes", "pickle", "tomllib")
    facts = {
        "compiled": sorted(set(hits)),
        "loaded": [m for m in heavy if m in sys.modules and m not in preloaded],
        "code": code,
        "formats": sorted(m for m in sys.modules if m.startswith("translit.io.formats.")),
    }  # (taken before the two imports below, which compile patterns of their own)
    tables = sys.modules.get("translit.engine.tables")  # (tables compiled: letters read)
    facts["tables"] = tables._char.cache_info().currsize if tables else 0
    import translit.encodings as enc, translit.normalization_rules as nr
    facts["models"] = enc._model.cache_info().currsize
    facts["mixed"] = nr.mixed_letters.cache_info().currsize
    facts["readings"] = enc._mojibake.cache_info().currsize
    sys.stderr.write(f"\\nPROBE {facts!r}\\n")
    exit_(code)
exit_ = os._exit
os._exit = report
sys.argv = ["translit", *sys.argv[1:]]
from translit.cli import main
try:
    main()
except SystemExit as exc:
    report(exc.code or 0)
"""


def _probe(*args: str, env: dict[str, str] | None = None, root: Path = ROOT) -> dict[str, Any]:
    """What the start-up of ``translit *args`` did (see _PROBE), with the package of ``root``;
    the run must succeed."""
    env = {**(os.environ if env is None else env), "PYTHONPATH": str(root)}
    proc = subprocess.run(
        [sys.executable, "-c", _PROBE, *args],
        capture_output=True,
        text=True,
        env=env,
        check=False,
        cwd=root,  # (python -c puts the current folder first on the path)
    )
    line = next(x for x in proc.stderr.splitlines() if x.startswith("PROBE "))
    facts: dict[str, Any] = ast.literal_eval(line[len("PROBE ") :])
    assert facts["code"] == 0, proc.stderr[-2000:]
    return facts


def test_help_compiles_no_regex() -> None:
    assert _probe("--help")["compiled"] == []


def test_one_job_run_imports_no_pickle(tmp_path: Path) -> None:
    src = tmp_path / "in.txt"
    src.write_text("Съешь же ещё этих мягких французских булок\n", encoding="utf-8")
    facts = _probe("romanize", "-q", "-l", "ru", "-j", "1", str(src), "-o", str(tmp_path / "o"))
    assert (tmp_path / "o").read_text(encoding="utf-8").startswith("S")
    # the probe sees compiles (romanising needs patterns): --help's [] is real
    assert facts["compiled"]
    assert "pickle" not in facts["loaded"]


def test_a_small_run_loads_only_what_it_uses(tmp_path: Path) -> None:
    # every run pays its start-up: data is read with open() (not importlib.resources, which
    # pulls in pathlib, tempfile, shutil, zipfile), the temporary output is made without
    # tempfile, the encoding model is built only for a legacy 8-bit input, one of the two
    # Latin/Cyrillic patterns is compiled, and ctypes (keep_memory) waits for a second block
    src = tmp_path / "in.txt"
    src.write_text("Вл\u0430\u0301сов и PОА, Latin text\n" * 20, encoding="utf-8")
    args = ("romanize", "-q", "-l", "ru", "-j", "1", str(src), "-o", str(tmp_path / "o.txt"))
    facts = _probe(*args, env=_parsed_copies(tmp_path))
    assert (facts["loaded"], facts["models"], facts["mixed"]) == ([], 0, 1)
    assert facts["readings"] == 0  # no sign of mojibake: the misreadings' tables are not built
    assert (tmp_path / "o.txt").read_text(encoding="utf-8").startswith("Vlasov i ROA, Latin")
    # an input of several blocks keeps freed block memory (ctypes), a cp1251 one builds the model
    src.write_bytes(
        "Власов\n".encode("cp1251") * 1600
    )  # (several 4K blocks: the smallest --chunk-size)
    facts = _probe(*args, "--chunk-size", "4K", "--encoding", "auto", env=_parsed_copies(tmp_path))
    assert (facts["loaded"], facts["models"]) == (["ctypes"], 1)


def test_a_warm_run_of_a_text_file_compiles_no_table_and_imports_no_other_format(
    tmp_path: Path,
) -> None:
    # the romaniser's compiled tables and the format registry's kinds are read from the
    # copies the first run kept (catalogue._tables, formats.kinds): no letter is compiled,
    # and no JSONL, CSV or Parquet module (json, csv) is imported for a .txt input
    src = tmp_path / "in.txt"
    src.write_text("Съешь же ещё этих мягких французских булок\n", encoding="utf-8")
    args = ("romanize", "-q", "-l", "ru", "-j", "1", str(src), "-o", str(tmp_path / "o.txt"))
    env = _parsed_copies(tmp_path)
    facts = _probe(*args, env=env)
    assert (facts["formats"], facts["tables"]) == (
        ["translit.io.formats._base", "translit.io.formats.text"],
        0,
    )
    assert (tmp_path / "o.txt").read_text(encoding="utf-8") == (
        "Sʺyeshʹ zhe yeshchë etikh myagkikh frantsuzskikh bulok\n"
    )
    # without kept copies (PYTHONDONTWRITEBYTECODE) each run compiles, as before
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env["PYTHONPYCACHEPREFIX"] = str(tmp_path / "other")
    facts = _probe(*args, env=env)
    assert facts["tables"] > 0 and "translit.io.formats.jsonl" in facts["formats"]


def _parsed_copies(tmp_path: Path) -> dict[str, str]:
    """An environment whose runs keep the data files' parsed copies in ``tmp_path`` (filled
    by a first run here), so that the run it is given to reads no TOML."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(tmp_path / "pycache")
    src = tmp_path / "warm.txt"
    src.write_text("Власов\n", encoding="utf-8")
    _probe("romanize", "-q", "-l", "ru", str(src), "-o", str(tmp_path / "warm.out"), env=env)
    return env


def test_a_run_reads_the_parsed_copies_of_the_data_files(tmp_path: Path) -> None:
    """In a tree without them (a checkout), the first run parses the TOML data files and keeps
    what it parsed beside them (tomllib imported); the next one reads those copies and never
    imports tomllib. Without copies that can be written (PYTHONDONTWRITEBYTECODE), each run
    parses again. (An installed wheel comes with the copies: test_speedups.)"""
    src = tmp_path / "in.txt"
    src.write_text("Власов\n", encoding="utf-8")
    args = ("romanize", "-q", "-l", "ru", str(src), "-o", str(tmp_path / "o.txt"))
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.pop("PYTHONPYCACHEPREFIX", None)
    for writes in (True, False):
        tree = tmp_path / f"tree-{writes}"
        shutil.copytree(
            ROOT / "translit", tree / "translit", ignore=shutil.ignore_patterns("__pycache__")
        )
        if not writes:
            env["PYTHONDONTWRITEBYTECODE"] = "1"
        assert "tomllib" in _probe(*args, env=env, root=tree)["loaded"]
        assert bool(list(tree.rglob("bgn-pcgn.toml.*.marshal"))) is writes
        assert ("tomllib" in _probe(*args, env=env, root=tree)["loaded"]) is not writes
