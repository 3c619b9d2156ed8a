"""The converting commands end to end: through click's CliRunner and real subprocesses.

Expected romanisations are hand-checked against the published tables: BGN/PCGN (1947)
щ→shch, у→u, к→k, а→a, ю→yu, р→r, и→i, й→y; ISO 9 (1995) щ→ŝ. "Щука" is therefore "Shchuka"
under BGN/PCGN and "Ŝuka" under ISO 9, "Юрий" is "Yuriy".
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import TRANSLIT_FROM_A_TERMINAL, block_slots, pid_alive, wait_for_children
from hypothesis import given
from hypothesis import strategies as st

from translit.cli import cli
from translit.io.atomic import TEMP_PREFIX, temp_prefix

ROOT = Path(__file__).resolve().parent.parent
ENV = {**os.environ, "PYTHONPATH": str(ROOT)}


def run(*args: str, input: bytes | str | None = None, env: dict | None = None):
    return CliRunner().invoke(cli, list(args), input=input, env=env, catch_exceptions=False)


def sub(*args: str, input: bytes | None = None, cwd: Path | None = None):
    return subprocess.run(
        [sys.executable, "-m", "translit", *args],
        check=False,
        input=input,
        capture_output=True,
        env=ENV,
        cwd=cwd,
        timeout=120,
    )


# -- stdin/stdout, line endings ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"\xd0\xa9\xd1\x83\xd0\xba\xd0\xb0\n", b"Shchuka\n"),
        ("Щука\r\nЮрий\r\n".encode(), b"Shchuka\r\nYuriy\r\n"),
        ("Щука\nЮрий".encode(), b"Shchuka\nYuriy"),
        ("Щука\r\n\nЮрий\r".encode(), b"Shchuka\r\n\nYuriy\r"),
        (b"", b""),
    ],
)
def test_stdin_to_stdout_keeps_line_endings(data: bytes, expected: bytes) -> None:
    result = run("romanize", "-l", "ru", input=data)
    assert result.exit_code == 0
    assert result.stdout_bytes == expected


def test_subprocess_stdin_and_dash() -> None:
    res = sub("romanize", "-", input="Щука и Юрий\n".encode())
    assert res.returncode == 0, res.stderr
    assert res.stdout == b"Shchuka i Yuriy\n"
    assert res.stderr == b""  # a filter stays quiet


def test_scheme_from_environment_variable() -> None:
    result = run("romanize", input="Щука\n", env={"TRANSLIT_ROMANIZE_SCHEME": "iso-9"})
    assert result.stdout == "Ŝuka\n"
    # the command line wins
    result = run(
        "romanize", "-s", "bgn-pcgn", input="Щука\n", env={"TRANSLIT_ROMANIZE_SCHEME": "iso-9"}
    )
    assert result.stdout == "Shchuka\n"


def test_long_line_longer_than_chunk_size(tmp_path: Path) -> None:
    src = tmp_path / "long.txt"
    src.write_text("Щука " * 40000 + "\n", encoding="utf-8")  # one 200 KB line
    res = run("romanize", "--chunk-size", "4K", "-j", "1", str(src))
    assert res.exit_code == 0
    assert res.stdout == "Shchuka " * 40000 + "\n"


# -- outputs ----------------------------------------------------------------------------------


def test_output_file_and_refusal_to_overwrite_input(tmp_path: Path) -> None:
    src = tmp_path / "a.txt"
    src.write_text("Щука\n", encoding="utf-8")
    out = tmp_path / "b.txt"
    assert run("romanize", "-q", "-o", str(out), str(src)).exit_code == 0
    assert out.read_text(encoding="utf-8") == "Shchuka\n"
    res = run("romanize", "-o", str(src), str(src))
    assert res.exit_code == 2
    assert "would overwrite an input" in res.stderr
    assert src.read_text(encoding="utf-8") == "Щука\n"


def test_in_place_keeps_mode_and_backup(tmp_path: Path) -> None:
    src = tmp_path / "a.txt"
    src.write_bytes("Юрий\r\n".encode())
    os.chmod(src, 0o600)
    res = run("romanize", "-q", "--in-place", "--backup", ".orig", str(src))
    assert res.exit_code == 0
    assert src.read_bytes() == b"Yuriy\r\n"
    assert (tmp_path / "a.txt.orig").read_bytes() == "Юрий\r\n".encode()
    assert os.stat(src).st_mode & 0o777 == 0o600
    assert not [n for n in os.listdir(tmp_path) if n.startswith(TEMP_PREFIX)]


def test_suffix_writes_siblings(tmp_path: Path) -> None:
    src = tmp_path / "a.txt"
    src.write_text("Щука", encoding="utf-8")
    assert run("romanize", "-q", "--suffix", ".lat", str(src)).exit_code == 0
    assert (tmp_path / "a.lat.txt").read_text(encoding="utf-8") == "Shchuka"


def _tree(root: Path) -> Path:
    src = root / "src"
    (src / "sub").mkdir(parents=True)
    (src / "a.txt").write_text("Щука\n", encoding="utf-8")
    (src / "sub" / "b.txt").write_text("Юрий\n", encoding="utf-8")
    (src / "sub" / "c.md").write_text("Щука\n", encoding="utf-8")
    return src


def test_out_dir_mirrors_tree_with_glob_and_report(tmp_path: Path) -> None:
    src = _tree(tmp_path)
    out = tmp_path / "out"
    report = tmp_path / "report.json"
    res = run(
        "romanize",
        "-r",
        "--glob",
        "*.txt",
        "--out-dir",
        str(out),
        "--report",
        str(report),
        str(src),
    )
    assert res.exit_code == 0
    assert (out / "a.txt").read_text(encoding="utf-8") == "Shchuka\n"
    assert (out / "sub" / "b.txt").read_text(encoding="utf-8") == "Yuriy\n"
    assert not (out / "sub" / "c.md").exists()
    data = json.loads(report.read_text(encoding="utf-8"))
    assert [f["status"] for f in data["files"]] == ["ok", "ok"]
    assert data["summary"]["files"] == 2
    assert data["summary"]["lines"] == 2
    assert data["summary"]["changed_lines"] == 2
    assert "translit: 2 files, 2 lines, " in res.stderr  # the summary line


def test_directory_without_recursive_is_a_usage_error(tmp_path: Path) -> None:
    res = run("romanize", str(_tree(tmp_path)))
    assert res.exit_code == 2
    assert res.stderr.startswith("translit: error:")
    assert "--recursive" in res.stderr


# -- failures ---------------------------------------------------------------------------------


def test_bad_file_in_the_middle_does_not_stop_the_batch(tmp_path: Path) -> None:
    src = tmp_path / "src"
    src.mkdir()
    (src / "1.txt").write_text("Щука\n", encoding="utf-8")
    (src / "2.txt").write_bytes(b"\xd0\xa9\n\xd0\xae \xff\n")  # Щ / Ю, then a bad byte
    (src / "3.txt").write_text("Юрий\n", encoding="utf-8")
    out = tmp_path / "out"
    report = tmp_path / "r.json"
    res = sub(
        "romanize",
        "-r",
        "--encoding",
        "utf-8",
        "--out-dir",
        str(out),
        "--report",
        str(report),
        "-j",
        "2",
        str(src),
    )
    assert res.returncode == 1
    err = res.stderr.decode()
    assert f"translit: error: {src / '2.txt'}:2: cannot decode" in err
    assert "Traceback" not in err
    assert (out / "1.txt").read_text(encoding="utf-8") == "Shchuka\n"
    assert (out / "3.txt").read_text(encoding="utf-8") == "Yuriy\n"
    assert not (out / "2.txt").exists()
    statuses = [f["status"] for f in json.loads(report.read_text())["files"]]
    assert statuses == ["ok", "failed", "ok"]


def test_missing_file_is_reported_and_counted(tmp_path: Path) -> None:
    ok = tmp_path / "ok.txt"
    ok.write_text("Щука", encoding="utf-8")
    res = run("romanize", "-o", str(tmp_path / "o.txt"), str(tmp_path / "nope.txt"), str(ok))
    assert res.exit_code == 1
    assert f"translit: error: {tmp_path / 'nope.txt'}: No such file" in res.stderr
    # one shared --output is not written when one of its inputs failed
    assert not (tmp_path / "o.txt").exists()


def test_summary_counts_inputs_and_names_an_unwritten_shared_output(tmp_path: Path) -> None:
    # one input fails after the shared -o output was opened: the output is then not written,
    # which is a second problem but not a second failed file ("1 files (2 failed)" before)
    src = tmp_path / "d.jsonl"
    src.write_text('{"t": "Щука"}\nbroken\n', encoding="utf-8")
    out = tmp_path / "o.jsonl"
    report = tmp_path / "r.json"
    res = run("romanize", "--field", "t", "-o", str(out), "--report-json", str(report), str(src))
    assert res.exit_code == 1
    assert res.stderr.splitlines()[-1].startswith(
        f"translit: 1 file (1 failed; output {out} not written), 0 lines, "
    )
    data = json.loads(report.read_text(encoding="utf-8"))
    s = data["summary"]
    assert (s["files"], s["ok"], s["failed"], s["output_errors"]) == (1, 0, 1, 1)
    assert data["errors"] == [f"{out}: not written because an input failed"]
    # two inputs, one of them missing: one failed input of two, and the output not written
    ok = tmp_path / "ok.txt"
    ok.write_text("Щука\n", encoding="utf-8")
    res = run("romanize", "-o", str(out), str(tmp_path / "nope.txt"), str(ok))
    assert res.exit_code == 1
    assert f"translit: 2 files (1 failed; output {out} not written), 1 line, " in res.stderr
    assert not out.exists()


@given(
    st.lists(st.sampled_from(["ok", "failed", "skipped"]), max_size=5),
    st.integers(0, 2),
    st.integers(0, 2),
)
def test_summary_line_words_each_count(statuses: list[str], lines: int, problems: int) -> None:
    from translit.cli.options import summary_line
    from translit.io.results import FileResult, Issue, RunResult

    files = [FileResult(f"{i}.txt", "o.txt", status=s, lines=lines) for i, s in enumerate(statuses)]
    result = RunResult(files, seconds=1.0, errors=[Issue("o.txt", 0, "x")] * problems)
    line = summary_line(result)
    n, failed = len(statuses), statuses.count("failed")
    assert line.startswith(("1 file" if n == 1 else f"{n} files") + (" (" if failed else ""))
    found = re.search(r"(\d+) failed", line)
    assert (int(found.group(1)) if found else 0) == failed <= n
    assert line.count("output o.txt not written") == problems
    total = lines * statuses.count("ok")
    assert f", {total} line{'' if total == 1 else 's'}, " in line


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
def test_summary_of_a_good_input_whose_output_fails(tmp_path: Path) -> None:
    src = tmp_path / "a.txt"
    src.write_text("Щука\nЮрий\n", encoding="utf-8")
    res = run("romanize", "-o", "/dev/full", str(src))
    assert res.exit_code == 2  # a full output is fatal (glossary32; was 1)
    assert "translit: error: /dev/full: No space left on device" in res.stderr
    assert res.stderr.splitlines()[-1].startswith(
        "translit: 1 file (output /dev/full not written), 2 lines, "
    )


def test_jsonl_error_names_file_and_line(tmp_path: Path) -> None:
    src = tmp_path / "d.jsonl"
    src.write_text('{"t": "Щука"}\n{"t": \n', encoding="utf-8")
    res = run("romanize", "--field", "t", str(src))
    assert res.exit_code == 1
    assert f"translit: error: {src}:2: not valid JSON" in res.stderr


def test_unknown_scheme_is_exit_2_without_traceback() -> None:
    res = sub("romanize", "-s", "no-such-scheme", input=b"x")
    assert res.returncode == 2
    assert res.stderr.decode().startswith("translit: error: unknown scheme")
    assert b"Traceback" not in res.stderr


# -- formats ----------------------------------------------------------------------------------


def test_jsonl_fields_through_the_cli(tmp_path: Path) -> None:
    src = tmp_path / "d.jsonl"
    src.write_text(
        '{"id": 1, "t": "Щука", "m": {"n": "Юрий", "k": 2}, "x": null}\r\n{"t": 5}\n',
        encoding="utf-8",
    )
    res = run("romanize", "-l", "ru", "--field", "t", "--field", "m.n", str(src))
    assert res.stdout_bytes == (
        b'{"id": 1, "t": "Shchuka", "m": {"n": "Yuriy", "k": 2}, "x": null}\r\n{"t": 5}\n'
    )
    res = run("romanize", "-l", "ru", "--field", "t", "--add-field", "t_lat", str(src))
    assert res.stdout.splitlines()[0] == (
        '{"id": 1, "t": "Щука", "t_lat": "Shchuka", "m": {"n": "Юрий", "k": 2}, "x": null}'
    )


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["--field", "t"],
            "--field applies to JSONL and Parquet inputs; {} is plain text: drop --field or give "
            "--format jsonl",
        ),
        (
            ["--column", "1", "--add-column", "lat"],
            "--column applies to CSV/TSV and Parquet inputs; {} is plain text: drop --column or "
            "give --format csv",
        ),
        (
            ["--delimiter", ";"],
            "--delimiter applies to CSV/TSV inputs; {} is plain text: drop --delimiter or give "
            "--format csv",
        ),
        (
            ["--format", "text", "--field", "t"],
            "--field applies to JSONL and Parquet inputs; {} is plain text (--format text): drop "
            "--field or give --format jsonl",
        ),
    ],
)
def test_a_record_option_on_a_plain_text_input_is_a_usage_error(
    tmp_path: Path, args: list[str], message: str
) -> None:
    # it was ignored: the whole text was converted while the user meant one field
    notes = tmp_path / "notes.txt"
    notes.write_text("Щука\n", encoding="utf-8")
    out = tmp_path / "out"
    res = run("romanize", *args, "--out-dir", str(out), str(notes))
    assert res.exit_code == 2, res.output
    assert res.stderr == "translit: error: " + message.format(notes) + "\n"
    assert not out.exists()  # refused before anything is written
    # named with a record input, it is refused all the same
    data = tmp_path / "d.jsonl"
    data.write_text('{"t": "Щука"}\n', encoding="utf-8")
    res = run("romanize", "--field", "t", "-o", str(tmp_path / "o"), str(data), str(notes))
    assert res.exit_code == 2 and str(notes) in res.stderr and "--field" in res.stderr
    assert not (tmp_path / "o").exists()


def test_a_record_option_warns_per_plain_text_input_of_a_mixed_tree(tmp_path: Path) -> None:
    src = tmp_path / "src"
    (src / "sub").mkdir(parents=True)
    (src / "a.jsonl").write_text('{"t": "Щука", "u": "Юрий"}\n', encoding="utf-8")
    (src / "sub" / "notes.txt").write_text("Юрий\n", encoding="utf-8")
    out, report = tmp_path / "out", tmp_path / "r.json"
    args = ("romanize", "-l", "ru", "-r", "--field", "t", "--out-dir", str(out), str(src))
    res = run(*args, "--report-json", str(report))
    assert res.exit_code == 0, res.output
    warning = (
        f"{src / 'sub' / 'notes.txt'}: plain text, so --field does not apply to it: its "
        "whole text is converted"
    )
    assert f"translit: warning: {warning}\n" in res.stderr
    assert res.stderr.count("warning") == 1  # a.jsonl uses --field
    assert (out / "a.jsonl").read_text(encoding="utf-8") == '{"t": "Shchuka", "u": "Юрий"}\n'
    assert (out / "sub" / "notes.txt").read_text(encoding="utf-8") == "Yuriy\n"
    files = json.loads(report.read_text(encoding="utf-8"))["files"]
    assert [f["warnings"] for f in files] == [[], [warning.replace("--field", "`fields`")]]
    quiet = run("romanize", "-q", "-r", "--field", "t", "--out-dir", str(tmp_path / "q"), str(src))
    assert quiet.exit_code == 0 and quiet.stderr == ""  # -q: no warnings either
    # a tree where no input uses the option: the option is a mistake, not a mix
    (src / "a.jsonl").unlink()
    res = run(*args)
    assert res.exit_code == 2
    assert "--field applies to JSONL and Parquet inputs; " in res.stderr
    assert f"{src / 'sub' / 'notes.txt'} is plain text: " in res.stderr


@pytest.mark.parametrize(
    ("name", "text", "args", "message"),
    [
        (
            "d.jsonl",
            '{"t": "Щука"}\n',
            ["--field", "t", "--delimiter", ";"],
            "--delimiter applies to CSV/TSV inputs; {} is JSONL: drop --delimiter or give "
            "--format csv",
        ),
        (
            "d.jsonl",
            '{"t": "Щука"}\n',
            ["--format", "jsonl", "--field", "t", "--quote", "'"],
            "--quote applies to CSV/TSV inputs; {} is JSONL (--format jsonl): drop --quote or "
            "give --format csv",
        ),
        (
            "d.jsonl",
            '{"t": "Щука"}\n',
            ["--field", "t", "--no-header"],
            "--no-header applies to CSV/TSV inputs; {} is JSONL: drop --no-header or give "
            "--format csv",
        ),
        (
            "notes.txt",
            "Щука\n",
            ["--no-header"],
            "--no-header applies to CSV/TSV inputs; {} is plain text: drop --no-header or give "
            "--format csv",
        ),
    ],
)
def test_an_option_of_another_record_format_is_a_usage_error(
    tmp_path: Path, name: str, text: str, args: list[str], message: str
) -> None:
    # they were ignored: `--delimiter ';'` on JSONL, `--no-header` anywhere but CSV/TSV
    src = tmp_path / name
    src.write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    res = run("romanize", "-l", "ru", *args, "--out-dir", str(out), str(src))
    assert res.exit_code == 2, res.output
    assert res.stderr == "translit: error: " + message.format(src) + "\n"
    assert not out.exists()  # refused before anything is written


def test_record_options_at_their_defaults_are_never_refused(tmp_path: Path) -> None:
    # `--header` is the default: given or not, it cannot be told from no option at all
    (tmp_path / "d.jsonl").write_text('{"t": "Щука"}\n', encoding="utf-8")
    (tmp_path / "notes.txt").write_text("Щука\n", encoding="utf-8")
    res = run("romanize", "-l", "ru", "--field", "t", "--header", str(tmp_path / "d.jsonl"))
    assert (res.exit_code, res.stdout, res.stderr) == (0, '{"t": "Shchuka"}\n', "")
    res = run("romanize", "-l", "ru", "-q", str(tmp_path / "notes.txt"))
    assert (res.exit_code, res.stdout) == (0, "Shchuka\n")


def test_an_option_of_another_record_format_warns_in_a_mixed_tree(tmp_path: Path) -> None:
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    src = tmp_path / "src"
    src.mkdir()
    (src / "a.csv").write_text("n;t\n1;Щука\n", encoding="utf-8")
    pq.write_table(pa.table({"t": ["Юрий"]}), src / "b.parquet")
    out = tmp_path / "out"
    args = ["romanize", "-l", "ru", "-r", "--column", "t", "--delimiter", ";", str(src)]
    res = run(*args, "--out-dir", str(out))
    assert res.exit_code == 0, res.output
    warning = f"{src / 'b.parquet'}: Parquet, so --delimiter does not apply to it\n"
    assert res.stderr.count("warning") == 1 and f"translit: warning: {warning}" in res.stderr
    assert (out / "a.csv").read_text(encoding="utf-8") == "n;t\n1;Shchuka\n"
    assert pq.read_table(out / "b.parquet").column("t").to_pylist() == ["Yuriy"]
    # a tree where no input reads the option: refused
    (src / "a.csv").unlink()
    res = run(*args, "--out-dir", str(tmp_path / "o2"))
    assert res.exit_code == 2 and not (tmp_path / "o2").exists()
    assert res.stderr == (
        f"translit: error: --delimiter applies to CSV/TSV inputs; {src / 'b.parquet'} is "
        "Parquet: drop --delimiter or give --format csv\n"
    )


def test_csv_column_through_the_cli(tmp_path: Path) -> None:
    src = tmp_path / "p.csv"
    src.write_text('id,name\r\n1,"Щука, Юрий"\r\n2,"Юрий\nЩука"\r\n', encoding="utf-8")
    res = run("romanize", "-l", "ru", "--column", "name", "--add-column", "lat", str(src))
    assert res.exit_code == 0
    assert (
        res.stdout_bytes
        == (
            'id,name,lat\r\n1,"Щука, Юрий","Shchuka, Yuriy"\r\n2,"Юрий\nЩука","Yuriy\nShchuka"\r\n'
        ).encode()
    )


def test_tsv_by_index_without_header(tmp_path: Path) -> None:
    src = tmp_path / "p.tsv"
    src.write_text("1\tЩука\n2\tЮрий\n", encoding="utf-8")
    res = run("romanize", "-l", "ru", "--column", "2", "--no-header", str(src))
    assert res.stdout == "1\tShchuka\n2\tYuriy\n"


def test_parquet_column(tmp_path: Path) -> None:
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    src = tmp_path / "d.parquet"
    pq.write_table(pa.table({"id": [1, 2, 3], "name": ["Щука", None, "Юрий"]}), src)
    res = run(
        "romanize",
        "-q",
        "-l",
        "ru",
        "--column",
        "name",
        "--add-column",
        "lat",
        "--suffix",
        ".lat",
        str(src),
    )
    assert res.exit_code == 0, res.stderr
    table = pq.read_table(tmp_path / "d.lat.parquet")
    assert table.column_names == ["id", "name", "lat"]
    assert table.column("lat").to_pylist() == ["Shchuka", None, "Yuriy"]
    assert table.column("name").to_pylist() == ["Щука", None, "Юрий"]


# -- encodings --------------------------------------------------------------------------------


def test_legacy_encoding_in_and_out(tmp_path: Path) -> None:
    src = tmp_path / "a.txt"
    src.write_bytes("Щука\n".encode("cp1251"))
    assert run("romanize", "--encoding", "cp1251", str(src)).stdout == "Shchuka\n"
    res = run("reverse", "-s", "iso-9", "--output-encoding", "koi8-r", input="Ŝuka\n")
    assert res.stdout_bytes == "Щука\n".encode("koi8-r")


def test_unencodable_output_fails_or_replaces() -> None:
    res = run("romanize", "-s", "iso-9", "--output-encoding", "ascii", input="Щука\n")
    assert res.exit_code == 1
    assert "<stdin>:1: cannot encode 'Ŝ'" in res.stderr
    res = run(
        "romanize",
        "-s",
        "iso-9",
        "--output-encoding",
        "ascii",
        "--errors",
        "replace",
        input="Щука\n",
    )
    assert res.stdout == "?uka\n"


def test_surrogateescape_passes_bad_bytes_through(tmp_path: Path) -> None:
    src = tmp_path / "a.txt"
    src.write_bytes("Щука ".encode() + b"\xff\xfe\n")
    res = run("romanize", "--errors", "surrogateescape", "--encoding", "utf-8", str(src))
    assert res.stdout_bytes == b"Shchuka \xff\xfe\n"
    res = run("romanize", "--errors", "replace", "--encoding", "utf-8", str(src))
    assert res.stdout == "Shchuka \ufffd\ufffd\n"


# -- resume -----------------------------------------------------------------------------------


def test_resume_skips_finished_and_redoes_changed(tmp_path: Path) -> None:
    src = _tree(tmp_path)
    out = tmp_path / "out"
    report = tmp_path / "r.json"
    assert run("romanize", "-q", "-r", "--out-dir", str(out), str(src)).exit_code == 0
    (out / "a.txt").write_text("garbage", encoding="utf-8")  # a damaged output is redone
    later = time.time() + 5
    os.utime(src / "sub" / "c.md", (later, later))  # a changed input is redone
    res = run(
        "romanize", "-q", "-r", "--out-dir", str(out), "--resume", "--report", str(report), str(src)
    )
    assert res.exit_code == 0
    status = {f["input"]: f["status"] for f in json.loads(report.read_text())["files"]}
    assert status == {
        str(src / "a.txt"): "ok",
        str(src / "sub" / "b.txt"): "skipped",
        str(src / "sub" / "c.md"): "ok",
    }
    assert (out / "a.txt").read_text(encoding="utf-8") == "Shchuka\n"
    # other options: nothing is skipped
    run(
        "romanize",
        "-q",
        "-s",
        "iso-9",
        "-r",
        "--out-dir",
        str(out),
        "--resume",
        "--report",
        str(report),
        str(src),
    )
    assert {f["status"] for f in json.loads(report.read_text())["files"]} == {"ok"}
    assert (out / "a.txt").read_text(encoding="utf-8") == "Ŝuka\n"


def test_resume_needs_out_dir() -> None:
    res = run("romanize", "--resume", input="x")
    assert res.exit_code == 2


# -- conventions ------------------------------------------------------------------------------


def test_version_and_help_with_examples() -> None:
    res = run("--version")
    assert res.exit_code == 0
    assert res.stdout.startswith("translit, version ")
    for command in ("romanize", "reverse", "normalize"):
        res = CliRunner().invoke(cli, [command, "--help"])
        if res.exit_code != 0 and command == "normalize":
            continue  # normalize needs translit.normalize (issue 5)
        assert res.exit_code == 0, res.output
        assert "Examples:" in res.output
        assert "--jobs" in res.output


def test_top_level_help_does_not_import_commands() -> None:
    code = (
        "import sys; from translit.cli import main\n"
        "try:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
        "bad = [m for m in sys.modules if m.startswith(('translit.cli.romanize', "
        "'translit.io.runner', 'translit.catalogue', 'charset_normalizer', 'pyarrow'))]\n"
        "print(bad, file=sys.stderr)"
    )
    res = subprocess.run(
        [sys.executable, "-c", code], check=False, capture_output=True, env=ENV, text=True
    )
    assert res.stderr.strip().splitlines()[-1] == "[]"


def test_reverse_command() -> None:
    res = run("reverse", "-s", "iso-9", input="Ŝuka, watch\n")
    assert res.exit_code == 0
    assert res.stdout == "Щука, watch\n"


# -- parallel and safety (subprocesses) -------------------------------------------------------


def test_jobs_4_output_identical_to_jobs_1(tmp_path: Path, corpus: Path) -> None:
    out1, out4 = tmp_path / "o1", tmp_path / "o4"
    common = ("romanize", "-q", "-r", "--glob", "*.txt", "--chunk-size", "16K")
    r1 = sub(*common, "-j", "1", "--out-dir", str(out1), str(corpus))
    r4 = sub(*common, "-j", "4", "--out-dir", str(out4), str(corpus))
    assert r1.returncode == 0, r1.stderr
    assert r4.returncode == 0, r4.stderr
    names = sorted(p.relative_to(out1) for p in out1.rglob("*.txt"))
    assert names and names == sorted(p.relative_to(out4) for p in out4.rglob("*.txt"))
    for name in names:
        assert (out1 / name).read_bytes() == (out4 / name).read_bytes(), name


def test_jobs_2_writes_what_jobs_1_writes_on_csv_and_tsv(tmp_path: Path) -> None:
    # CSV/TSV go to the workers as bytes cut at record ends (quote parity): a BOM, a header,
    # CRLF, line breaks and doubled quotes inside quotes, a record longer than the chunk size
    # and no final line end; from a file (read by offset) and from stdin (read as a stream)
    rows = ["\ufeffid,текст,n\r\n"]
    for i in range(4000):
        text = "Щука и ёж" if i % 3 else 'он сказал ""привет""\r\nи ушёл\nдомой'
        rows.append(f'{i},"{text * (300 if i == 2000 else 1)}",{i}\r\n')
    csv_data = "".join(rows).encode() + "4000,Юрий,0".encode()
    tsv_data = "".join(f"{i}\tЩука {i}\tёж\n" for i in range(8000)).encode() + "x\tЮ".encode()
    for name, data in (("in.csv", csv_data), ("in.tsv", tsv_data)):
        src = tmp_path / name
        src.write_bytes(data)
        outs = []
        for jobs in ("1", "2"):
            common = ("romanize", "-q", "-l", "ru", "-j", jobs, "--chunk-size", "4K")
            res = sub(*common, "--column", "2", "-o", str(tmp_path / f"o{jobs}-{name}"), str(src))
            assert res.returncode == 0, res.stderr
            outs.append((tmp_path / f"o{jobs}-{name}").read_bytes())
            piped = sub(*common, "--format", name[3:], "--column", "2", "-", input=data)
            assert piped.returncode == 0, piped.stderr
            outs.append(piped.stdout)
        assert outs[0] == outs[1] == outs[2] == outs[3], name
        assert outs[0].count(b"\n") == data.count(b"\n") and b"Shchuka" in outs[0]
        head = '\ufeffid,текст,n\r\n0,"on' if name == "in.csv" else "0\tЩука 0\tёж\n1\tShchuka 1\t"
        assert outs[0].startswith(head.encode())  # the header is left as it is


def test_sigkill_during_in_place_leaves_original_intact(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    line = "Русская освободительная армия, Комитет освобождения народов России.\r\n"
    big.write_text(line * 60000, encoding="utf-8")  # about 8 MB
    before = big.read_bytes()
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "translit",
            "romanize",
            "--in-place",
            "-j",
            "1",
            "--chunk-size",
            "64K",
            str(big),
        ],
        env=ENV,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:  # wait until the temporary file has content
        temps = [p for p in tmp_path.iterdir() if p.name.startswith(TEMP_PREFIX)]
        if temps and temps[0].stat().st_size > 0:
            break
        if proc.poll() is not None:
            pytest.fail("the conversion finished before it could be killed")
        time.sleep(0.005)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert big.read_bytes() == before
    leftovers = [p.name for p in tmp_path.iterdir() if p.name != "big.txt"]
    assert all(n.startswith(f"{temp_prefix(proc.pid)}big.txt-") for n in leftovers)
    # the next run that writes into the folder removes the dead run's temporary file
    res = sub("romanize", "-q", "--in-place", "-j", "1", str(big))
    assert res.returncode == 0, res.stderr
    assert sorted(os.listdir(tmp_path)) == ["big.txt"]
    assert big.read_bytes().startswith(b"Russkaya osvoboditel")


# -- normalize --------------------------------------------------------------------------------


def test_normalize_command_repairs_and_keeps_line_endings() -> None:
    text = "Вла\u0301сов, P\u041e\u0410\r\nРоссія и Власовъ"  # stress mark, Latin P
    res = run("normalize", "--old-orthography", "-l", "ru", input=text.encode())
    assert res.exit_code == 0
    assert res.stdout_bytes == "Власов, РОА\r\nРоссия и Власов".encode()


def test_normalize_report_lists_changes_with_positions(tmp_path: Path) -> None:
    src = tmp_path / "a.txt"
    src.write_text("ok\nв РОА и КОНP\n", encoding="utf-8")  # Latin P at line 2, column 12
    res = run("normalize", "--report", str(src))
    assert res.exit_code == 0
    assert res.stdout == f"{src}:2:12: homoglyph: 'P' -> 'Р'\n"
    assert src.read_text(encoding="utf-8") == "ok\nв РОА и КОНP\n"


def _awkward(bad_at: int | None = None, lines: int = 300) -> tuple[bytes, list[int], int]:
    """A UTF-8 file with a BOM whose ``lines`` lines end in CR LF, a CR alone or LF in turn, a
    Latin look-alike in every seventh (their lines), and, at line ``bad_at``, a byte no UTF-8
    holds; with its line count."""
    ends, data, marked = ("\r\n", "\r", "\n"), [b"\xef\xbb\xbf"], []
    for n in range(1, lines + 1):
        word = "Мoсква" if n % 7 == 3 else "Москва"  # (a Latin o)
        if word != "Москва":
            marked.append(n)
        data.append(f"{word} {n}{ends[n % 3]}".encode())
        if n == bad_at:
            data[-1] = b"\xff" + data[-1]
    return b"".join(data), marked, lines


@pytest.mark.parametrize("chunk", ["4K", "1M"])
def test_report_and_detect_count_lines_as_the_runner(tmp_path: Path, chunk: str) -> None:
    """``normalize --report`` and ``detect`` read plain text without the runner (a listing, a
    row per line) but through the same decoder and cut: on CR LF, lone CRs, a BOM and blocks
    cut every few hundred lines (4K: the smallest --chunk-size), they name the lines the file
    holds, and an undecodable byte's line is the runner's."""
    data, marked, lines = _awkward(lines=6000)
    src = tmp_path / "a.txt"
    src.write_bytes(data)
    res = run("normalize", "--report", "--chunk-size", chunk, str(src))
    assert res.exit_code == 0, res.output
    assert [int(x.split(":")[1]) for x in res.stdout.splitlines()] == marked
    res = run("detect", str(src))  # (its blocks: read_text's, 1 MiB)
    assert res.stdout.split() == ["ru"] * lines
    report = tmp_path / "r.json"
    res = run("normalize", "--chunk-size", chunk, str(src), "-o", str(tmp_path / "o.txt"),
              "--report-json", str(report))  # fmt: skip
    assert json.loads(report.read_text())["files"][0]["lines"] == lines
    src.write_bytes(_awkward(bad_at=250)[0])
    for args in (["normalize", "--report", "--chunk-size", chunk], ["detect"],
                 ["normalize", "--chunk-size", chunk, "-o", str(tmp_path / "o.txt")]):  # fmt: skip
        res = run(*args, str(src))
        assert res.exit_code == 1
        assert f"translit: error: {src}:250: cannot decode" in res.output, (args, res.output)


def test_romanize_normalizes_by_default() -> None:
    text = "P\u041e\u0410 Вла\u0301сов\n"  # Latin P in РОА, stress on а
    assert run("romanize", "-l", "ru", input=text).stdout == "ROA Vlasov\n"
    assert run("romanize", "-l", "ru", "--no-normalize", input=text).stdout != "ROA Vlasov\n"


# -- glossary apply goes through the same layer -----------------------------------------------


def test_glossary_apply_uses_the_shared_io_layer(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_bytes("Бойцы РОА.\r\n".encode("cp1251"))
    res = run(
        "glossary",
        "apply",
        "--target",
        "fr",
        "--mode",
        "annotate",
        "-q",
        "-r",
        "--encoding",
        "cp1251",
        "--out-dir",
        str(tmp_path / "out"),
        str(src),
    )
    assert res.exit_code == 0, res.stderr
    assert (tmp_path / "out" / "a.txt").read_bytes() == (
        "Бойцы РОА [ROA: Armée de libération russe].\r\n".encode()
    )


def test_verbose_lists_files_and_quiet_silences(tmp_path: Path) -> None:
    src = _tree(tmp_path)
    out = tmp_path / "out"
    res = run("romanize", "-v", "-r", "--glob", "*.txt", "--out-dir", str(out), str(src))
    assert f"translit: {src / 'a.txt'} -> {out / 'a.txt'}: 1 line, 1 changed\n" in res.stderr
    assert f"{src / 'sub' / 'b.txt'} -> " in res.stderr
    res = run("romanize", "-q", "-r", "--glob", "*.txt", "--out-dir", str(out), str(src))
    assert res.exit_code == 0
    assert res.stderr == ""


def test_target_reader_convention() -> None:
    # German Wikipedia's form of the name (Duden transcription)
    res = run("romanize", "-t", "de", input="Андрей Андреевич Власов\n")
    assert res.stdout == "Andrei Andrejewitsch Wlassow\n"
    res = run("romanize", "-t", "xx", input="x")
    assert res.exit_code == 2


def test_shell_completion_lists_commands_and_options() -> None:
    env = {**ENV, "_TRANSLIT_COMPLETE": "bash_complete", "COMP_CWORD": "2"}
    res = subprocess.run(
        [sys.executable, "-m", "translit"],
        check=False,
        capture_output=True,
        text=True,
        env={**env, "COMP_WORDS": "translit romanize --out"},
    )
    assert res.stdout.split() == ["plain,--output", "plain,--out-dir", "plain,--output-encoding"]


def test_binary_file_fails_alone(tmp_path: Path) -> None:
    (tmp_path / "a.bin").write_bytes(b"\x00\x01\x02\x00\xff" * 100)
    (tmp_path / "b.txt").write_text("Щука\n", encoding="utf-8")
    res = run("romanize", str(tmp_path / "a.bin"), str(tmp_path / "b.txt"))
    assert res.exit_code == 1
    assert f"translit: error: {tmp_path / 'a.bin'}: binary data" in res.stderr
    assert res.stdout == "Shchuka\n"


def test_chunked_parallel_csv_and_jsonl_match_single_process(tmp_path: Path) -> None:
    import csv as csv_module

    rows = [[str(i), f"Щука\nЮрий, {i}" if i % 3 else f'"Щука" {i}', "x"] for i in range(3000)]
    src = tmp_path / "t.csv"
    with open(src, "w", encoding="utf-8", newline="") as fh:
        csv_module.writer(fh).writerows([["id", "name", "n"], *rows])
    jsrc = tmp_path / "t.jsonl"
    jsrc.write_text(
        "".join(
            json.dumps({"id": i, "t": r[1]}, ensure_ascii=False) + "\n" for i, r in enumerate(rows)
        ),
        encoding="utf-8",
    )
    outs = {}
    for j in ("1", "2"):
        for name, extra in (("t.csv", ("--column", "name")), ("t.jsonl", ("--field", "t"))):
            dst = tmp_path / f"{j}-{name}"
            res = sub(
                "romanize",
                "-q",
                "-l",
                "ru",
                "-j",
                j,
                "--chunk-size",
                "4K",
                *extra,
                "-o",
                str(dst),
                str(tmp_path / name),
            )
            assert res.returncode == 0, res.stderr
            outs[j, name] = dst.read_bytes()
    assert outs["1", "t.csv"] == outs["2", "t.csv"]
    assert outs["1", "t.jsonl"] == outs["2", "t.jsonl"]
    expected = [
        [r[0], r[1].replace("Щука", "Shchuka").replace("Юрий", "Yuriy"), r[2]] for r in rows
    ]
    got = list(csv_module.reader(outs["1", "t.csv"].decode().splitlines(keepends=True)))
    assert got == [["id", "name", "n"], *expected]
    got_json = [json.loads(line)["t"] for line in outs["1", "t.jsonl"].decode().splitlines()]
    assert got_json == [e[1] for e in expected]


# -- faults (issue 17) ------------------------------------------------------------------------

_LINE = "Русская освободительная армия, Комитет освобождения народов России.\n"


@pytest.mark.skipif(not os.path.isdir("/proc/self"), reason="reads the process table in /proc")
def test_sigkill_of_the_parent_leaves_no_worker_behind(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text(_LINE * 150000, encoding="utf-8")  # about 20 MB
    proc = subprocess.Popen(
        [
            *(sys.executable, "-m", "translit", "romanize", "-q", "-j", "3"),  # 2 workers
            *("--chunk-size", "64K", "-o", str(tmp_path / "out.txt"), str(big)),
        ],
        env=ENV,
        stderr=subprocess.DEVNULL,
    )
    workers = wait_for_children(proc, 2)
    # the workers hold the in-memory files their results go through (no named part files)
    assert all(block_slots(w) for w in workers)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and any(pid_alive(w) for w in workers):
        time.sleep(0.05)
    assert not [w for w in workers if pid_alive(w)], "workers outlived their killed parent"
    assert not (tmp_path / "out.txt").exists()
    # only the killed run's temporary output is left, and the next run into the folder removes it
    leftovers = [p.name for p in tmp_path.iterdir() if p.name != "big.txt"]
    assert all(n.startswith(temp_prefix(proc.pid)) for n in leftovers), leftovers
    res = sub("romanize", "-q", "-j", "2", "-o", str(tmp_path / "out.txt"), str(big))
    assert res.returncode == 0, res.stderr
    assert sorted(os.listdir(tmp_path)) == ["big.txt", "out.txt"]


def test_ctrl_c_on_two_workers_exits_130_writes_report_and_resume_finishes(
    tmp_path: Path,
) -> None:
    src = tmp_path / "src"
    src.mkdir()
    for n in range(6):
        (src / f"f{n}.txt").write_text(f"{n} " + _LINE * 30000, encoding="utf-8")  # 4 MB each
    out, ref, report = tmp_path / "out", tmp_path / "ref", tmp_path / "run.json"
    common = ["romanize", "-q", "-r", "-l", "ru", "--chunk-size", "64K"]
    proc = subprocess.Popen(
        [
            *(*TRANSLIT_FROM_A_TERMINAL, *common, "-j", "2", "--out-dir", str(out)),
            *("--report", str(report), str(src)),
        ],
        env=ENV,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,  # its own process group: Ctrl-C goes to the whole group
    )
    manifest = out / ".translit-manifest.jsonl"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:  # interrupt once one file is done and others are not
        if manifest.exists() and manifest.read_text().count("\n") >= 1:
            break
        if proc.poll() is not None:
            pytest.fail("the run finished before it could be interrupted")
        time.sleep(0.01)
    os.killpg(proc.pid, signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    text = err.decode()
    assert proc.returncode == 130, text
    assert "Traceback" not in text and "Error" not in text, text
    assert len(text.strip().splitlines()) == 1 and text.startswith("translit: interrupted"), text
    data = json.loads(report.read_text(encoding="utf-8"))
    assert data["status"] == "interrupted" and data["summary"]["interrupted"] is True
    statuses = [f["status"] for f in data["files"]]
    assert "ok" in statuses and "interrupted" in statuses
    assert not [p for p in out.iterdir() if p.name.startswith(TEMP_PREFIX)]
    again = sub(*common, "-j", "2", "--out-dir", str(out), "--resume", str(src))
    assert again.returncode == 0, again.stderr
    clean = sub(*common, "-j", "1", "--out-dir", str(ref), str(src))
    assert clean.returncode == 0, clean.stderr
    for n in range(6):
        assert (out / f"f{n}.txt").read_bytes() == (ref / f"f{n}.txt").read_bytes(), n


def test_in_place_backup_twice_never_loses_the_original(tmp_path: Path) -> None:
    src = tmp_path / "a.txt"
    src.write_text("Щука\n", encoding="utf-8")
    first = sub("romanize", "-q", "--in-place", "--backup", ".orig", str(src))
    assert first.returncode == 0, first.stderr
    second = sub("romanize", "-q", "--in-place", "--backup", ".orig", str(src))
    assert second.returncode == 2
    assert f"{src}.orig" in second.stderr.decode() and b"never overwritten" in second.stderr
    assert (tmp_path / "a.txt.orig").read_text(encoding="utf-8") == "Щука\n"
    assert src.read_text(encoding="utf-8") == "Shchuka\n"


def test_output_errors_name_the_output(tmp_path: Path) -> None:
    src = tmp_path / "cyr.txt"
    src.write_text("Щука\n", encoding="utf-8")
    (tmp_path / "good.txt").write_text("x")
    res = sub("romanize", "-o", str(tmp_path / "good.txt" / "x.txt"), str(src))
    err = res.stderr.decode()
    assert res.returncode == 2  # (user21: before the run, a usage error)
    assert f"error: {tmp_path / 'good.txt' / 'x.txt'}: " in err
    assert f"{src}:" not in err and TEMP_PREFIX not in err


@pytest.mark.skipif(not os.path.isdir("/sys/kernel"), reason="uses sysfs as a read-only folder")
def test_read_only_output_folder_names_the_output_not_a_temporary(tmp_path: Path) -> None:
    # sysfs refuses new files even to root, unlike a chmod 555 folder
    src = tmp_path / "cyr.txt"
    src.write_text("Щука\n", encoding="utf-8")
    res = sub("romanize", "-o", "/sys/out.txt", str(src))
    err = res.stderr.decode()
    assert res.returncode == 2  # (user21: an output that cannot be written is a usage error)
    assert "error: /sys/out.txt: " in err and str(src) not in err and TEMP_PREFIX not in err
    glossary = tmp_path / "g.csv"
    glossary.write_text("en,ru\nROA,РОА\n", encoding="utf-8")
    res = sub("glossary", "convert", str(glossary), "/sys/x.tbx")
    err = res.stderr.decode()
    assert res.returncode != 0 and "/sys/x.tbx" in err and TEMP_PREFIX not in err


@pytest.mark.parametrize(
    ("args", "flags"),
    [
        (["romanize", "--glob", "*.txt", "A"], ("--glob", "--recursive")),
        (["romanize", "--add-field", "x", "A"], ("--add-field", "--field")),
        (["romanize", "--add-column", "x", "A"], ("--add-column", "--column")),
        (["romanize", "--scheduler", "local", "A"], ("--scheduler", "--engine")),
        (["romanize", "-s", "iso-9", "--target", "de", "A"], ("--scheme", "--target")),
        (["romanize", "--field", "t", "--column", "n", "A"], ("--field", "--column")),
        (["normalize", "--report", "--in-place", "A"], ("--report", "--in-place")),
        (["romanize", "--resume", "A"], ("--resume", "--out-dir")),
    ],
)
def test_contradictory_options_are_a_usage_error(
    tmp_path: Path, args: list[str], flags: tuple[str, str]
) -> None:
    src = tmp_path / "a.txt"
    src.write_text("Щука\n", encoding="utf-8")
    res = run(*[str(src) if a == "A" else a for a in args])
    assert res.exit_code == 2, res.output
    message = res.stderr
    assert all(f in message for f in flags), message
    assert src.read_text(encoding="utf-8") == "Щука\n"


@pytest.mark.parametrize("flag", ["--report", "--report-json", "-o"])
def test_outputs_over_an_input_are_refused_naming_both(tmp_path: Path, flag: str) -> None:
    src = tmp_path / "a.txt"
    src.write_text("Щука\n", encoding="utf-8")
    other = tmp_path / "b.txt"
    other.write_text("Юрий\n", encoding="utf-8")
    extra = [] if flag == "-o" else ["-o", str(tmp_path / "out.txt")]
    res = run("romanize", *extra, flag, str(other), str(src), str(other))
    assert res.exit_code == 2
    assert str(other) in res.stderr and "overwrite an input" in res.stderr
    assert other.read_text(encoding="utf-8") == "Юрий\n"
    res = run("normalize", "-o", "/dev/null", "--report-json", str(src), str(src))
    assert res.exit_code == 2 and res.stderr.count(str(src)) == 2


def test_glossary_convert_refuses_to_overwrite_its_source(tmp_path: Path) -> None:
    g = tmp_path / "g.csv"
    g.write_text("en,ru,de\nROA,РОА,ROA\n", encoding="utf-8")
    before = g.read_bytes()
    same = os.path.join(str(tmp_path), ".", "g.csv")
    res = sub("glossary", "convert", str(g), same, "--layout", "bilingual")
    err = res.stderr.decode()
    assert res.returncode == 2
    assert f"{same} would overwrite an input, {g}" in err and "Traceback" not in err
    assert g.read_bytes() == before


@pytest.mark.parametrize("name", ["people.csv.gz", "people.csv.bz2", "data.jsonl.xz"])
def test_compressed_inputs_and_outputs_round_trip(tmp_path: Path, name: str) -> None:
    import bz2
    import gzip
    import lzma

    opener = {".gz": gzip.open, ".bz2": bz2.open, ".xz": lzma.open}[Path(name).suffix]
    if ".csv" in name:
        plain = 'id,name\r\n1,"Власов, Андрей"\r\n2,Щука\r\n'
        args = ["--column", "name"]
        expected = 'id,name\r\n1,"Vlasov, Andrey"\r\n2,Shchuka\r\n'
    else:
        plain = '{"id": 1, "t": "Щука"}\n{"id": 2, "t": "Юрий"}\n'
        args = ["--field", "t"]
        expected = '{"id": 1, "t": "Shchuka"}\n{"id": 2, "t": "Yuriy"}\n'
    src = tmp_path / "in" / name
    src.parent.mkdir()
    with opener(src, "wb") as fh:
        fh.write(plain.encode())
    res = run("romanize", "-q", "-l", "ru", *args, "--out-dir", str(tmp_path / "out"), str(src))
    assert res.exit_code == 0, res.output
    with opener(tmp_path / "out" / name, "rb") as fh:  # the output is compressed the same way
        assert fh.read().decode() == expected
    res = run("romanize", "-l", "ru", *args, str(src))  # to stdout: decompressed
    assert res.stdout_bytes.decode() == expected


def test_broken_compressed_input_is_an_input_error(tmp_path: Path) -> None:
    src = tmp_path / "a.txt.gz"
    src.write_bytes(b"not gzip at all")
    res = run("romanize", str(src))
    assert res.exit_code == 1
    assert f"{src}: cannot decompress" in res.stderr


@pytest.mark.parametrize("kind", ["jsonl", "csv"])
def test_on_error_skip_keeps_and_reports_bad_records(tmp_path: Path, kind: str) -> None:
    if kind == "jsonl":
        src = tmp_path / "a.jsonl"
        src.write_text('{"t": "Щука"}\nnot json\n{"t": "Юрий"}\n', encoding="utf-8")
        args = ["--field", "t"]
        expected = '{"t": "Shchuka"}\nnot json\n{"t": "Yuriy"}\n'
    else:
        src = tmp_path / "a.csv"
        src.write_text('n,t\n1,Щука\n2,"Ю"x\n3,Юрий\n', encoding="utf-8")
        args = ["--column", "t", "--delimiter", ","]
        expected = 'n,t\n1,Shchuka\n2,"Ю"x\n3,Yuriy\n'
    out, report = tmp_path / "out", tmp_path / "r.json"
    failed = run("romanize", "-l", "ru", *args, "--out-dir", str(out), str(src))
    assert failed.exit_code == 1 and f"{src}:" in failed.stderr  # the default: fail the file
    assert not (out / src.name).exists()
    res = run(
        "romanize",
        "-l",
        "ru",
        *args,
        "--on-error",
        "skip",
        "--out-dir",
        str(out),
        "--report",
        str(report),
        str(src),
    )
    assert res.exit_code == 0, res.output
    assert (out / src.name).read_text(encoding="utf-8") == expected
    line = 2 if kind == "jsonl" else 3
    assert f"skipped record: {src}:{line}: " in res.stderr
    assert "(1 record skipped)" in res.stderr
    data = json.loads(report.read_text(encoding="utf-8"))
    assert data["summary"]["skipped_records"] == 1
    assert data["files"][0]["skipped_records"][0].startswith(f"{src}:{line}: ")


def test_delegated_language_works_in_the_cli_as_in_the_api() -> None:
    from translit import romanize

    res = run("romanize", "-l", "el", input="Καλημέρα\n")
    assert res.exit_code == 0, res.output
    assert res.stdout == romanize("Καλημέρα", lang="el") + "\n"
    assert res.stdout.isascii()


@pytest.mark.skipif(not os.path.isdir("/proc/self"), reason="reads the process table in /proc")
def test_worker_watchdog_ends_a_worker_whose_parent_died() -> None:
    # the path taken where PR_SET_PDEATHSIG does not exist (sys.platform is not linux)
    code = (
        "import os, sys, time\n"
        "sys.platform = 'darwin'\n"
        "from translit.io.workers import _die_with\n"
        "parent = os.getpid()\n"
        "pid = os.fork()\n"
        "if pid == 0:\n"
        "    _die_with(parent)\n"
        "    time.sleep(30)\n"
        "    os._exit(0)\n"
        "print(pid, flush=True)\n"
        "os._exit(0)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], env=ENV, capture_output=True, text=True, check=True
    )
    worker = int(out.stdout)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and pid_alive(worker):
        time.sleep(0.05)
    assert not pid_alive(worker), "the watchdog did not end the orphaned worker"


@pytest.mark.parametrize("command", ["romanize", "normalize", "reverse"])
def test_every_run_option_is_a_cli_option_with_its_declared_flag(command: str) -> None:
    # RunOptions is the one definition: the CLI hands its parameters over by field name
    import dataclasses

    from translit.cli import COMMANDS
    from translit.io.options import RunOptions

    module, attr, _ = COMMANDS[command]
    cmd = getattr(__import__(module, fromlist=[attr]), attr)
    params = {p.name: p for p in cmd.params}
    for f in dataclasses.fields(RunOptions):
        if command == "normalize" and f.name == "report":
            assert "--report-json" in params["report"].opts
            continue
        assert f.name in params, f"{command} has no option for {f.name}"
        flag = f.metadata["flag"].split("/")[0]
        assert flag in params[f.name].opts + params[f.name].secondary_opts, f.name


@pytest.mark.parametrize("command", ["romanize", "normalize", "reverse"])
def test_cli_defaults_are_the_run_options_defaults(command: str, monkeypatch) -> None:
    from translit.cli import COMMANDS
    from translit.cli.options import make_options, split_io
    from translit.io.options import RunOptions

    for name in list(os.environ):  # TRANSLIT_JOBS and the like would change the defaults
        if name.startswith("TRANSLIT_"):
            monkeypatch.delenv(name)
    module, attr, _ = COMMANDS[command]
    cmd = getattr(__import__(module, fromlist=[attr]), attr)
    args = ["-s", "iso-9"] if command == "reverse" else []  # reverse has no default scheme
    with cmd.make_context(command, args) as ctx:
        assert make_options(split_io(dict(ctx.params))) == RunOptions()


_PEAK_PROBE = """
import resource, subprocess, sys
subprocess.run([sys.executable, "-m", "translit", *sys.argv[1:]], check=True)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""


def test_one_giant_line_without_whitespace_keeps_the_cli_memory_bounded(tmp_path: Path) -> None:
    # issue 20: a 50 MB hyphen-joined line once took ~180x its size in memory. The CLI's peak
    # (measured in a probe process of its own, so other tests' children do not count) must
    # stay within a few times the input, beside the interpreter's fixed cost.
    src = tmp_path / "line.txt"
    text = "Щука-ёж-" * 500_000 + "\n"  # 4 M characters, 7 MB of UTF-8, no whitespace
    src.write_text(text, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-c", _PEAK_PROBE, "romanize", str(src), "-o", str(tmp_path / "o.txt")],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    peak_bytes = int(done.stdout.split()[-1]) * 1024  # ru_maxrss is in KiB on Linux
    assert peak_bytes < 150 * 2**20 + 4 * len(text.encode()), peak_bytes / 2**20
    assert (tmp_path / "o.txt").read_text(encoding="utf-8").startswith("Shchuka-yëzh-")


# -- options are generated from dataclass fields (issue 17: one definition) ------------------


def test_a_new_option_is_one_dataclass_field() -> None:
    # flags, help, choices (also from a function), kinds, defaults and types all come from the
    # field: the command below declares nothing else
    from dataclasses import dataclass

    import click

    from translit.cli.options import click_options
    from translit.io.options import option

    calls = []

    def late_choices() -> list[str]:
        calls.append("choices")
        return ["x", "y"]

    @dataclass(frozen=True)
    class Spec:
        level: int = option(2, "--level", help="How much.")
        names: tuple[str, ...] = option((), "--name", "-n", metavar="N", help="Names.")
        mode: str = option("a", "--mode", choices=("a", "b"), help="Mode.")
        size: int = option(1024, "--size", kind="size", shown="1K", help="Bytes.")
        flag: bool = option(False, "--flag", "-f", help="A flag.")
        switch: bool = option(True, "--switch/--no-switch", help="On or off.")
        late: str = option("x", "--late", choices=late_choices, help=lambda: "Help made late.")

    got = []

    @click.command()
    @click_options(Spec)
    def command(**kwargs: object) -> None:
        got.append(Spec(**{k: tuple(v) if isinstance(v, list) else v for k, v in kwargs.items()}))

    assert calls == []  # building the command asked nothing of the late choices
    runner = CliRunner()
    assert runner.invoke(command, []).exit_code == 0
    assert got.pop() == Spec()
    args = ["--level", "3", "-n", "a", "--name", "b", "--mode", "b", "--size", "2K", "-f"]
    res = runner.invoke(command, [*args, "--no-switch", "--late", "y"])
    assert res.exit_code == 0, res.output
    assert got.pop() == Spec(3, ("a", "b"), "b", 2048, True, False, "y")
    for bad in (["--mode", "c"], ["--late", "z"], ["--level", "-1"], ["--size", "lots"]):
        assert runner.invoke(command, bad).exit_code == 2, bad
    text = runner.invoke(command, ["--help"]).output
    assert "Help made late." in text and "[default: 1K]" in text and "-n, --name N" in text
    assert "--switch / --no-switch" in text and "[x|y]" in text


def test_building_the_romanize_command_imports_no_format_module() -> None:
    # the --format choices and help come from the registry only when --help or a run needs
    # them, which keeps `translit romanize` quick to start
    code = (
        "import sys, translit.cli.romanize; "
        "print(sorted(m for m in sys.modules if m.startswith('translit.io.')))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], env=ENV, capture_output=True, text=True, check=True
    ).stdout
    # (translit.io.stops: the stop signals' handler, which the command line installs first)
    assert eval(out) == ["translit.io.options", "translit.io.stops"]
    assert "parquet" in run("romanize", "--help").output  # and --help still lists them


def test_romanize_spec_fields_are_the_command_options() -> None:
    from translit.cli.romanize import RomanizeSpec, romanize

    with romanize.make_context("romanize", ["-s", "iso-9", "-l", "uk", "--no-normalize"]) as ctx:
        spec = RomanizeSpec(**{k: ctx.params[k] for k in ("scheme", "lang", "target", "normalize")})
    assert spec == RomanizeSpec("iso-9", "uk", None, False)
    with romanize.make_context("romanize", []) as ctx:
        assert {k: ctx.params[k] for k in ("scheme", "lang", "target")} == {
            "scheme": None,  # the language's default scheme (bgn-pcgn; Uyghur odni-2015)
            "lang": "auto",
            "target": None,
        }


def test_a_field_without_default_is_a_required_option() -> None:
    from translit.cli.reverse import Reverse

    res = CliRunner().invoke(cli, ["reverse"], input="Shchuka\n")
    assert res.exit_code == 2 and "Missing option '-s' / '--scheme'" in res.output
    assert run("reverse", "-s", "bgn-pcgn", input="Shchuka\n").stdout == "Щука\n"
    with pytest.raises(TypeError):
        Reverse()  # type: ignore[call-arg]  # the library needs the scheme too


@pytest.mark.parametrize(("suffix", "made"), [(".lat", "a.lat.txt"), ("_lat", "a_lat.txt")])
def test_suffix_help_says_what_the_suffix_makes(tmp_path: Path, suffix: str, made: str) -> None:
    # user20: --help promised "a.txt → a.SUFFIX.txt", so `--suffix lat` looked right; it made
    # alat.txt (the suffix goes in as given, as README's `--suffix .lat` example shows)
    help_text = " ".join(CliRunner().invoke(cli, ["romanize", "--help"]).output.split())
    assert f"{suffix}: a.txt → {made}" in help_text or f"{suffix}: {made}" in help_text
    (tmp_path / "a.txt").write_text("Ельцин\n", encoding="utf-8")
    res = CliRunner().invoke(cli, ["romanize", "-q", "--suffix", suffix, str(tmp_path / "a.txt")])
    assert res.exit_code == 0, res.output
    assert (tmp_path / made).read_text(encoding="utf-8") == "Yelʹtsin\n"
