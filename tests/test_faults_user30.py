"""What users met, user30: a translator (names in a French and a German text), a
terminologist (a small glossary in five languages, converted between formats) and a data
engineer (JSONL, CSV and Parquet files, a folder with ``-r``) following the README and
``--help`` alone.

Each test states what the README or the help promises, or what a user reading the message
needs, not what the code printed.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import translit_cli

# -- 1. a missing Parquet input is told as the input's fault ------------------------------------


@pytest.mark.parametrize("where", [["--suffix", ".lat"], ["--out-dir", "out"]])
def test_a_missing_parquet_input_is_named_as_missing(tmp_path: Path, where: list[str]) -> None:
    """The README's `translit reverse -s iso-9 --column title --suffix .cyrl books.parquet`,
    books.parquet absent, said "books.cyrl.parquet: Failed to open local file … its folder was
    removed or renamed while the run wrote there: run again": the output blamed, and advice
    that cannot help. A missing CSV input says "nothere.csv: No such file or directory"."""
    pytest.importorskip("pyarrow")
    for name in ("nothere.parquet", "nothere.csv"):
        args = [a if a != "out" else str(tmp_path / "out") for a in where]
        res = translit_cli("romanize", "--column", "name", *args, tmp_path / name)
        err = res.stderr.decode()
        assert res.returncode == 1, err
        assert f"error: {tmp_path / name}: No such file or directory" in err, err
        assert "removed or renamed" not in err, err
