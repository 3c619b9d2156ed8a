"""Fault suite, eleventh sweep: the tail cut of ``-j N`` (:func:`translit.io.rawblocks.tail_split`)
on files past the 64 KB head, and the entry point (:mod:`translit.__main__`).

The bar: ``-j 1``, ``-j 2`` and ``-j 3`` write the same bytes and report the same lines, changed
lines and messages, whatever the file ends with; a closed standard stream is no internal error.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parent.parent
ENV = {**os.environ, "PYTHONPATH": str(ROOT)}
#: the head read to detect the encoding is one block: a tail worth cutting lies past it
HEAD = ("Жили-были дед да баба\n" * 3000).encode()


def _closed(fd: int) -> Any:
    def close() -> None:
        os.close(fd)

    return close


def test_closed_stderr_converts_all_the_same(tmp_path: Path) -> None:
    """``translit romanize in.txt 2>&-`` was an internal error (the progress check asked
    ``None.isatty()``), exit 2 and nothing converted; now the output is written, exit 0."""
    src = tmp_path / "in.txt"
    src.write_text("Жук\nЩука\n", "utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "translit", "romanize", "-l", "ru", str(src)],
        stdout=subprocess.PIPE, stderr=None, env=ENV, cwd=ROOT, timeout=120,
        preexec_fn=_closed(2), check=False,
    )  # fmt: skip
    assert (done.returncode, done.stdout) == (0, b"Zhuk\nShchuka\n")


def test_closed_stderr_keeps_the_failure_code(tmp_path: Path) -> None:
    """With stderr closed a missing input is still exit 1 (some inputs failed), not 2."""
    good = tmp_path / "in.txt"
    good.write_text("Жук\n", "utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "translit", "romanize", "-l", "ru", str(good),
         str(tmp_path / "missing.txt")],
        stdout=subprocess.PIPE, stderr=None, env=ENV, cwd=ROOT, timeout=120,
        preexec_fn=_closed(2), check=False,
    )  # fmt: skip
    assert (done.returncode, done.stdout) == (1, b"Zhuk\n")


def test_importing_the_entry_point_runs_nothing() -> None:
    """``import translit.__main__`` neither loads the command line nor touches the collector."""
    code = (
        "import gc, sys; before = gc.get_threshold(); import translit.__main__; "
        "print('translit.cli' in sys.modules, gc.get_threshold() == before)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, env=ENV, cwd=ROOT, timeout=120,
        check=True,
    )  # fmt: skip
    assert done.stdout.split() == [b"False", b"True"]


def _run(path: Path, jobs: int, chunk: int, out: Path, extra: list[str]) -> tuple[Any, ...]:
    report = out.with_suffix(".json")
    for f in (out, report):
        f.unlink(missing_ok=True)
    done = subprocess.run(
        [sys.executable, "-m", "translit", "romanize", "-l", "ru", "-q", "--no-progress",
         "-j", str(jobs), "--chunk-size", str(chunk), "-o", str(out), "--report-json",
         str(report), *extra, str(path)],
        capture_output=True, env=ENV, cwd=ROOT, timeout=300, check=False,
    )  # fmt: skip
    files = json.loads(report.read_text("utf-8"))["files"] if report.exists() else []
    counts = [
        (f["status"], f["lines"], f["changed_lines"], f["errors"], f["skipped_records"])
        for f in files
    ]
    data = out.read_bytes() if out.exists() else None
    return done.returncode, data, done.stderr, counts


#: the ends of a file the tail cut meets: no final line end, a last line longer than the
#: tail, CR-only and mixed line ends, a NUL, bytes that are not UTF-8, a character cut short
ENDS = st.lists(
    st.sampled_from(
        ["Щука\n", "Жук\r\n", "Ёж\r", "ж" * 700 + "\n", "a\x00b\n", "\n", "Ы", "дом "]
    ).map(str.encode)
    | st.sampled_from([b"\xd0", b"\xff\n", b"\xd0\n"]),
    min_size=0,
    max_size=60,
)


@settings(
    max_examples=6, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(ENDS, st.sampled_from([4096, 4099, 4700, 8192]), st.booleans())  # (4K: the smallest)
def test_jobs_agree_on_any_tail(
    tmp_path: Path, end: list[bytes], chunk: int, replace: bool
) -> None:
    """``-j 1``, ``-j 2`` and ``-j 3`` on a file past the head whose last chunks hold any mix
    of line ends and bad bytes: the same output bytes, exit code, messages and counts."""
    src = tmp_path / "in.txt"
    src.write_bytes(HEAD + b"".join(end))
    extra = ["--errors", "replace"] if replace else []
    runs = [_run(src, jobs, chunk, tmp_path / "out.txt", extra) for jobs in (1, 2, 3)]
    assert runs[1] == runs[0] and runs[2] == runs[0]
    if replace:
        assert runs[0][0] == 0 and runs[0][1] is not None


@pytest.mark.parametrize("chunk", [4096, 4103])  # (4K: the smallest --chunk-size)
def test_jobs_agree_on_bad_records_in_the_tail(tmp_path: Path, chunk: int) -> None:
    """JSONL with broken records in its last chunks, ``--on-error skip``: the same records
    skipped (and written as they were), at the same lines, whatever ``-j``."""
    lines = [json.dumps({"id": i, "name": "Щука"}, ensure_ascii=False) for i in range(2400)]
    lines[2390] = '{"id": 2390, "name": "Жу'
    lines[2398] = "not json"
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(lines), "utf-8")  # and no final line end
    extra = ["--field", "name", "--on-error", "skip"]
    runs = [_run(src, jobs, chunk, tmp_path / "out.jsonl", extra) for jobs in (1, 2, 3)]
    assert runs[1] == runs[0] and runs[2] == runs[0]
    assert runs[0][0] == 0 and runs[0][1] is not None
    out = runs[0][1]
    assert out.count(b"\n") == 2399 and b"\nnot json\n" in out  # kept as they were
    assert '{"id": 2390, "name": "Жу\n'.encode() in out
    assert [len(skipped) for *_, skipped in runs[0][3]] == [2]
