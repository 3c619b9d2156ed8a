"""A reader that stops early (``translit romanize big.txt | head``) ends the command quietly."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_closed_stdout_pipe_ends_quietly(tmp_path: Path, jobs: str) -> None:
    big = tmp_path / "big.txt"
    big.write_text("Ельцин и ЩУКА, Вооружённые силы\n" * 150_000, encoding="utf-8")
    proc = subprocess.Popen(
        [sys.executable, "-m", "translit", "romanize", "-l", "ru", "-j", jobs, str(big)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
    )
    assert proc.stdout is not None and proc.stderr is not None
    assert proc.stdout.read(12) == "Yelʹtsin i S".encode()[:12]
    proc.stdout.close()
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=120) == 0
    assert "error" not in err and "Traceback" not in err
