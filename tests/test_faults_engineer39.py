"""engineer39: a data engineer's walkthrough of mixed JSONL/CSV (shared corpus lines, several
languages, a few broken records): ``translit detect --field/--column`` had no ``--on-error``,
so one malformed record stopped the listing of its file, while ``romanize`` skips it."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import translit_cli

# three records, the middle one broken (an unterminated string, an unclosed quote)
JSONL = '{"t": "Київ — столиця України"}\n{"t": "обрыв\n{"t": "Москва — столица России"}\n'
CSV = 'id,t\n1,Київ — столиця України\n2,"обрыв" с хвостом\n3,Москва — столица России\n'


@pytest.mark.parametrize(("name", "text", "option"), [("d.jsonl", JSONL, "--field"),
                                                      ("d.csv", CSV, "--column")])  # fmt: skip
def test_detect_on_error_skip_gives_the_bad_record_an_und_row_and_goes_on(
    tmp_path: Path, name: str, text: str, option: str
) -> None:
    src = tmp_path / name
    src.write_text(text, encoding="utf-8")
    line = 2 if name.endswith("jsonl") else 3
    failed = translit_cli("detect", option, "t", src)
    err = failed.stderr.decode()
    assert failed.returncode == 1 and f"{name}:{line}:" in err, err
    assert "--on-error skip" in err, err  # (what to do: the message said only what was wrong)
    done = translit_cli("detect", option, "t", "--on-error", "skip", src)
    err = done.stderr.decode()
    # one row per record still, so the rows stay beside their records (paste, a join by row)
    assert done.returncode == 0 and done.stdout.decode() == "uk\nund\nru\n", err
    assert f"translit: skipped record: {src}:{line}: " in err, err
    summary = translit_cli("detect", "--summary", option, "t", "--on-error", "skip", src)
    assert summary.returncode == 0, summary.stderr
    assert summary.stdout.decode().endswith(
        ": 2 records: uk 1 (50.0%), ru 1 (50.0%); 1 record skipped\n"
    ), summary.stdout


def test_detect_on_error_without_field_or_column_is_a_usage_error(tmp_path: Path) -> None:
    """As romanize's: a record option for plain text would do nothing."""
    src = tmp_path / "a.txt"
    src.write_text("Щука\n", encoding="utf-8")
    done = translit_cli("detect", "--on-error", "skip", src)
    assert done.returncode == 2 and "--on-error" in done.stderr.decode(), done.stderr


def test_dask_engine_refuses_resume_saying_what_to_do(tmp_path: Path) -> None:
    """``--engine dask --resume`` said only "--resume is not supported by the dask engine yet",
    and the README said every --out-dir run records a manifest for --resume, which a Dask run
    does not: an interrupted Dask run cannot be resumed, by either engine."""
    pytest.importorskip("dask.distributed")
    src = tmp_path / "a.txt"
    src.write_text("Щука\n", encoding="utf-8")
    done = translit_cli(
        "romanize", "--engine", "dask", "--resume", "--out-dir", tmp_path / "out", src
    )
    err = done.stderr.decode()
    assert done.returncode == 2 and "--resume" in err, err
    assert "no manifest" in err and "drop --resume" in err and "--engine local" in err, err
    assert not (tmp_path / "out").exists()  # (refused before any folder is made)
