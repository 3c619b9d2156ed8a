"""What a programmer and a data engineer met calling translit from Python (user37).

Each test states what a user reading the README and the docstrings expects, not what the code
printed.
"""

from __future__ import annotations

import glob
import io
import subprocess
import sys
from functools import partial
from pathlib import Path

import pytest

import translit
from translit.io import Plan, RunOptions, UsageError, run

# -- 1. an empty list of inputs is no request to read stdin --------------------------------------


@pytest.mark.parametrize("sources", [[], (), None])
def test_run_with_no_inputs_refuses_and_reads_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sources: list[str] | tuple[str, ...] | None
) -> None:
    """``run(spec, glob.glob("data/*.txt"), RunOptions(output=...))`` with a glob that matched
    nothing read stdin: a notebook or a cron job hung waiting for it, or, with stdin closed,
    wrote an empty output and reported success (exit 0, one input "<stdin>"). The command
    line reads stdin without FILE; a program names stdin as "-" (``Plan``'s docstring)."""
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO("Щука\n".encode())))
    out = tmp_path / "out.txt"
    matched = glob.glob(str(tmp_path / "nothing-here" / "*.txt"))
    assert matched == []
    given = matched if sources == [] else sources
    with pytest.raises(UsageError, match="no input"):
        run(partial(translit.romanize, lang="ru"), given, RunOptions(output=str(out), jobs=1))
    with pytest.raises(UsageError, match="no input"):
        run(Plan(partial(translit.romanize, lang="ru"), (), RunOptions(output=str(out), jobs=1)))
    assert not out.exists()


def test_run_reads_stdin_when_asked_by_a_dash(tmp_path: Path) -> None:
    """ "-" still names stdin (here a file given as stdin to a child process)."""
    src = tmp_path / "a.txt"
    src.write_text("Щука\n", encoding="utf-8")
    out = tmp_path / "out.txt"
    code = (
        "import sys, translit; from functools import partial; "
        "from translit.io import RunOptions, run; "
        f"r = run(partial(translit.romanize, lang='ru'), ['-'], RunOptions(output={str(out)!r}, jobs=1)); "
        "sys.exit(r.exit_code)"
    )
    with src.open("rb") as stdin:
        done = subprocess.run(
            [sys.executable, "-c", code], check=False, stdin=stdin, capture_output=True
        )
    assert done.returncode == 0, done.stderr
    assert out.read_text(encoding="utf-8") == "Shchuka\n"
