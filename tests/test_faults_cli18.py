"""Fault suite, fourteenth sweep: options that were accepted and did nothing, and line numbers
that differed between routes (UTF-16/32 line ends counted in undecoded bytes).

The bar: no traceback, no data lost, atomic outputs, exit codes 0/1/2/130, and a message that
names the file, the line, what is wrong and what to do.
"""

from __future__ import annotations

import io
import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import CLI_ENV as ENV
from conftest import translit_cli as _translit

from translit.io.textio import InputError, read_blocks


def _error_line(stderr: bytes, name: str) -> int:
    text = stderr.decode()
    assert "Traceback" not in text, text
    m = re.search(rf"translit: error: {re.escape(name)}:(\d+): cannot decode", text)
    assert m is not None, text
    return int(m[1])


# -- UTF-16/32: a bad code unit's line, counted in text, not in bytes ------------------------

#: lines with the letters whose UTF-16 code units hold the bytes of LF and CR: Њ is U+040A
#: (0A 04 in UTF-16-LE), Ѝ U+040D, ഊ U+0D0A (0D 0A in UTF-16-BE)
_LINES = [f"Њива Ѝ ഊ {i}" for i in range(3000)]
_BAD = {"utf-16-le": b"\x00\xd8", "utf-16-be": b"\xd8\x00", "utf-32-le": b"\xff\xff\xff\xff"}


def _with_bad_unit(encoding: str, eol: str, at: int) -> bytes:
    """``_LINES`` in ``encoding`` with ``eol``, a bad code unit starting line ``at`` (1-based)."""
    before = "".join(line + eol for line in _LINES[: at - 1])
    after = "".join(line + eol for line in _LINES[at - 1 :])
    return before.encode(encoding) + _BAD[encoding] + after.encode(encoding)


@pytest.mark.parametrize("encoding", sorted(_BAD))
@pytest.mark.parametrize("eol", ["\n", "\r\n", "\r"], ids=["lf", "crlf", "cr"])
@pytest.mark.parametrize("chunk_size", [7, 4096, 1 << 20])
def test_a_bad_code_unit_is_at_its_line_however_the_input_is_read(
    encoding: str, eol: str, chunk_size: int
) -> None:
    """The decoder's error counted the line ends of the bytes before the bad unit as bytes:
    in UTF-16 a CRLF (0D 00 0A 00) was two, and Њ (0A 04) one more, so a lone surrogate on
    line 3701 of a CRLF file of 5,000 lines was reported at line 5409 with 1M reads and at
    3722 with 4K ones (at -j 1 and -j 2 alike)."""
    data = _with_bad_unit(encoding, eol, 2000)
    with pytest.raises(InputError) as got:
        for _ in read_blocks(io.BytesIO(data), encoding, chunk_size=chunk_size):
            pass
    assert got.value.line == 2000, str(got.value)


@pytest.mark.parametrize("jobs", ["1", "2"])
@pytest.mark.parametrize("eol", ["\r\n", "\r"], ids=["crlf", "cr"])
def test_the_cli_names_a_bad_code_units_line_at_any_jobs(
    tmp_path: Path, jobs: str, eol: str
) -> None:
    """The raw-bytes route (-j 2, blocks decoded by the workers) and -j 1 name one line, the
    line the bad unit is on, with a BOM read by the ``utf-16`` codec too."""
    src = tmp_path / "bad.txt"
    src.write_bytes(b"\xff\xfe" + _with_bad_unit("utf-16-le", eol, 2500))
    got = _translit(
        "romanize", "-l", "ru", "-j", jobs, "--chunk-size", "4K", "--encoding", "utf-16",
        "-o", str(tmp_path / "out.txt"), str(src),
    )  # fmt: skip
    assert got.returncode == 1, got.stderr
    assert _error_line(got.stderr, str(src)) == 2500
    assert not (tmp_path / "out.txt").exists()


# -- TRANSLIT_<COMMAND>_<OPTION>: the option is its flag ---------------------------------------


def _tree(tmp_path: Path) -> Path:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.jsonl").write_text('{"text": "Щука", "note": "ёж"}\n', encoding="utf-8")
    (tmp_path / "in" / "b.csv").write_text("name,note\nЩука,ёж\n", encoding="utf-8")
    (tmp_path / "in" / "c.txt").write_text("Щука\n", encoding="utf-8")
    (tmp_path / "in" / "d.md").write_text("Ёж\n", encoding="utf-8")
    return tmp_path / "in"


@pytest.mark.parametrize(
    ("args", "env", "typed"),
    [
        (["a.jsonl"], {"TRANSLIT_ROMANIZE_FIELD": "text"}, ["--field", "text"]),
        (["b.csv"], {"TRANSLIT_ROMANIZE_COLUMN": "name"}, ["--column", "name"]),
        (["-r", "."], {"TRANSLIT_ROMANIZE_GLOB": "*.txt"}, ["--glob", "*.txt"]),
        (["--field", "text", "a.jsonl"], {"TRANSLIT_ROMANIZE_ADD_FIELD": "lat"},
         ["--add-field", "lat"]),
        (["--column", "1", "b.csv"], {"TRANSLIT_ROMANIZE_ADD_COLUMN": "lat"},
         ["--add-column", "lat"]),
        (["--column", "1", "b.csv"], {"TRANSLIT_ROMANIZE_REPORT_JSON": "../r.json"},
         ["--report-json", "../r.json"]),
    ],
)  # fmt: skip
def test_a_variable_named_after_the_flag_is_read(
    tmp_path: Path, args: list[str], env: dict[str, str], typed: list[str]
) -> None:
    """The README says ``TRANSLIT_<COMMAND>_<OPTION>``, but click read the variable of the
    parameter's name: ``TRANSLIT_ROMANIZE_FIELD=text`` (for ``--field text``) was ignored in
    silence (only ``TRANSLIT_ROMANIZE_FIELDS`` was read), as were ``…_COLUMN``, ``…_GLOB``,
    ``…_ADD_FIELD``, ``…_ADD_COLUMN`` and ``…_REPORT_JSON``. Now the variable does what the
    flag typed does."""
    folder = _tree(tmp_path)

    def run(extra: list[str], env: dict[str, str]) -> tuple[int, bytes, bytes]:
        got = subprocess.run(
            [sys.executable, "-m", "translit", "romanize", "-l", "ru", *extra, *args],
            cwd=folder, env={**ENV, **env}, capture_output=True, timeout=120, check=False,
        )  # fmt: skip
        report = tmp_path / "r.json"
        written = report.read_bytes() if report.exists() else b""
        report.unlink(missing_ok=True)
        assert b"Traceback" not in got.stderr, got.stderr
        return got.returncode, got.stdout, b'"files"' in written and written[:1]

    by_env, by_flag = run([], env), run(typed, {})
    assert by_env == by_flag and by_flag[0] == 0, (by_env, by_flag)
    assert run([], {}) != by_flag  # (the option does something)


def test_schemes_json_variable(tmp_path: Path) -> None:
    """``TRANSLIT_SCHEMES_JSON=1`` (``--json``) was ignored: the table was printed; the
    parameter's own ``TRANSLIT_SCHEMES_AS_JSON`` is still read, as it was until now."""
    old = _translit("schemes", "-l", "ru", env={"TRANSLIT_SCHEMES_AS_JSON": "1"})
    new = _translit("schemes", "-l", "ru", env={"TRANSLIT_SCHEMES_JSON": "1"})
    typed = _translit("schemes", "-l", "ru", "--json")
    assert old.returncode == new.returncode == typed.returncode == 0, (old.stderr, new.stderr)
    assert old.stdout == new.stdout == typed.stdout and typed.stdout.startswith(b"[")


def test_normalize_report_variable_is_the_report_flags(tmp_path: Path) -> None:
    """``TRANSLIT_NORMALIZE_REPORT=1`` meant ``normalize --report`` (list the changes) and was
    read as ``--report-json 1``: a JSON report written to a file named ``1``, no listing."""
    src = tmp_path / "a.txt"
    src.write_text("Сербiя i Ёлка\n", encoding="utf-8")  # (a Latin i: a look-alike)
    got = subprocess.run(
        [sys.executable, "-m", "translit", "normalize", "a.txt"], cwd=tmp_path,
        env={**ENV, "TRANSLIT_NORMALIZE_REPORT": "1"}, capture_output=True, timeout=120,
        check=False,
    )  # fmt: skip
    assert got.returncode == 0, got.stderr
    assert not (tmp_path / "1").exists()
    typed = subprocess.run(
        [sys.executable, "-m", "translit", "normalize", "--report", "a.txt"],
        cwd=tmp_path, env=ENV, capture_output=True, timeout=120, check=False,
    )  # fmt: skip
    assert got.stdout == typed.stdout and b"a.txt:1" in got.stdout, (got.stdout, typed.stdout)


# -- a record option from the environment is a standing default: warned about, not refused ----


@pytest.mark.parametrize(
    ("env", "flag"),
    [
        ({"TRANSLIT_ROMANIZE_FIELD": "text"}, "--field"),
        ({"TRANSLIT_ROMANIZE_FIELDS": "text"}, "--field"),
        ({"TRANSLIT_ROMANIZE_COLUMN": "2"}, "--column"),
        ({"TRANSLIT_ROMANIZE_DELIMITER": ";"}, "--delimiter"),
        ({"TRANSLIT_ROMANIZE_QUOTE": "'"}, "--quote"),
        ({"TRANSLIT_ROMANIZE_HEADER": "false"}, "--no-header"),
        ({"TRANSLIT_ROMANIZE_ON_ERROR": "skip"}, "--on-error"),
    ],
)
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_record_option_from_the_environment_is_a_warning_on_plain_text(
    tmp_path: Path, env: dict[str, str], flag: str, jobs: str
) -> None:
    """``TRANSLIT_ROMANIZE_FIELD=text`` is a standing default for the user's JSONL files; on
    plain text it was refused (exit 2, nothing converted), where a typed ``--field`` is, and
    an environment default that clashes with a typed option waits for it. Now such an input
    is converted whole with a warning that names the file, the option and the variable; the
    option typed is still refused."""
    src = tmp_path / "plain.txt"
    src.write_text("Щука\nЖук\n", encoding="utf-8")
    out = tmp_path / "out.txt"
    got = _translit("romanize", "-l", "ru", "-j", jobs, "-o", str(out), str(src), env=env)
    err = got.stderr.decode()
    assert got.returncode == 0, err
    assert out.read_text(encoding="utf-8") == "Shchuka\nZhuk\n"
    warning = next(line for line in err.splitlines() if "warning" in line)
    assert str(src) in warning and flag in warning and next(iter(env)) in warning, err
    assert "converted" in warning, warning
    quiet = _translit("romanize", "-q", "-l", "ru", str(src), env=env)
    assert quiet.returncode == 0 and quiet.stderr == b"", quiet.stderr
    assert quiet.stdout == b"Shchuka\nZhuk\n"


def test_a_typed_record_option_on_plain_text_is_still_refused(tmp_path: Path) -> None:
    src = tmp_path / "plain.txt"
    src.write_text("Щука\n", encoding="utf-8")
    for typed in (["--field", "text"], ["--on-error", "skip"]):
        got = _translit("romanize", "-l", "ru", *typed, str(src))
        assert got.returncode == 2 and got.stdout == b"", got.stderr
        assert typed[0] in got.stderr.decode() and b"Traceback" not in got.stderr


def test_a_delimiter_from_the_environment_on_jsonl_is_a_warning(tmp_path: Path) -> None:
    """The same for a record option another record format reads (``--delimiter`` on JSONL)."""
    src = tmp_path / "a.jsonl"
    src.write_text('{"text": "Щука", "n": "ёж"}\n', encoding="utf-8")
    got = _translit(
        "romanize", "-l", "ru", "--field", "text", str(src),
        env={"TRANSLIT_ROMANIZE_DELIMITER": ";"},
    )  # fmt: skip
    assert got.returncode == 0, got.stderr
    assert got.stdout == b'{"text": "Shchuka", "n": "\xd1\x91\xd0\xb6"}\n'
    assert b"--delimiter (from TRANSLIT_ROMANIZE_DELIMITER)" in got.stderr, got.stderr


# -- normalize --report and the defaults of the environment ----------------------------------


def _normalize(
    tmp_path: Path, *args: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[bytes]:
    (tmp_path / "n.txt").write_text("Сербiя i Ёлка\n", encoding="utf-8")  # (a Latin i)
    return subprocess.run(
        [sys.executable, "-m", "translit", "normalize", *args, "n.txt"], cwd=tmp_path,
        env={**ENV, **(env or {})}, capture_output=True, timeout=120, check=False,
    )  # fmt: skip


@pytest.mark.parametrize(
    "env",
    [{"TRANSLIT_NORMALIZE_OUTPUT": "x.txt"}, {"TRANSLIT_NORMALIZE_IN_PLACE": "1"},
     {"TRANSLIT_NORMALIZE_OUT_DIR": "x"}, {"TRANSLIT_NORMALIZE_SUFFIX": "x"}],
)  # fmt: skip
def test_normalize_report_typed_wins_over_an_output_default(
    tmp_path: Path, env: dict[str, str]
) -> None:
    """``TRANSLIT_NORMALIZE_OUTPUT=x.txt`` and ``normalize --report`` typed was refused, naming
    ``--output``, which nobody typed: the typed option wins over a default it clashes with, as
    the README says of every command, so the listing is printed and nothing is written."""
    got = _normalize(tmp_path, "--report", env=env)
    assert got.returncode == 0, got.stderr
    assert got.stdout.startswith(b"n.txt:1:5: "), got.stdout
    assert sorted(p.name for p in tmp_path.iterdir()) == ["n.txt"]
    assert (tmp_path / "n.txt").read_text(encoding="utf-8") == "Сербiя i Ёлка\n"


def test_normalize_an_output_typed_wins_over_the_report_default(tmp_path: Path) -> None:
    got = _normalize(tmp_path, "-o", "x.txt", env={"TRANSLIT_NORMALIZE_REPORT": "1"})
    assert got.returncode == 0 and got.stdout == b"", got.stderr
    assert (tmp_path / "x.txt").read_text(
        encoding="utf-8"
    ) == "Сербія i Ёлка\n"  # (the Latin i alone is no look-alike)


def test_normalize_report_and_an_output_both_from_the_environment_are_refused(
    tmp_path: Path,
) -> None:
    env = {"TRANSLIT_NORMALIZE_REPORT": "1", "TRANSLIT_NORMALIZE_OUTPUT": "x.txt"}
    got = _normalize(tmp_path, env=env)
    err = got.stderr.decode()
    assert got.returncode == 2 and "TRANSLIT_NORMALIZE_REPORT" in err, err
    assert "TRANSLIT_NORMALIZE_OUTPUT" in err and not (tmp_path / "x.txt").exists()


@pytest.mark.parametrize(
    ("env", "flag"),
    [({"TRANSLIT_NORMALIZE_FIELD": "text"}, "--field"),
     ({"TRANSLIT_NORMALIZE_COLUMN": "1"}, "--column"),
     ({"TRANSLIT_NORMALIZE_FORMAT": "csv"}, "--format")],
)  # fmt: skip
def test_normalize_report_warns_of_a_record_default(
    tmp_path: Path, env: dict[str, str], flag: str
) -> None:
    """``TRANSLIT_NORMALIZE_FIELD=text`` and ``normalize --report`` was refused with "--report
    lists changes in plain text inputs only", naming no variable: a record option from the
    environment is a standing default, so the listing goes on with a warning naming it."""
    got = _normalize(tmp_path, "--report", env=env)
    err = got.stderr.decode()
    assert got.returncode == 0, err
    assert got.stdout.startswith(b"n.txt:1:5: "), got.stdout
    assert "warning" in err and flag in err and next(iter(env)) in err, err
    typed = _normalize(tmp_path, "--report", "--format", "csv")
    assert typed.returncode == 2 and typed.stdout == b"", typed.stderr


def test_normalize_typed_options_win_over_the_report_default(tmp_path: Path) -> None:
    """With ``TRANSLIT_NORMALIZE_REPORT=1``, a typed ``-j 2`` or ``--on-error skip`` was
    refused ("so -j does not apply"): a typed option wins, so the run writes as without
    ``--report``; typed together, the two are still refused."""
    got = _normalize(tmp_path, "-j", "2", env={"TRANSLIT_NORMALIZE_REPORT": "1"})
    assert got.returncode == 0 and got.stdout == "Сербія i Ёлка\n".encode(), got.stderr
    both = _normalize(tmp_path, "--report", "-j", "2")
    assert both.returncode == 2 and b"so -j does not apply" in both.stderr, both.stderr
    standing = _normalize(tmp_path, "--report", env={"TRANSLIT_JOBS": "2"})
    assert standing.returncode == 0 and standing.stderr == b"", standing.stderr


# -- glossary apply --mode list and the defaults of the environment --------------------------


def _apply(
    tmp_path: Path, *args: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[bytes]:
    (tmp_path / "g.csv").write_text("term_ru,term_en\nмир,peace\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text("Привет мир\n", encoding="utf-8")
    return subprocess.run(
        [sys.executable, "-m", "translit", "glossary", "apply", "-g", "g.csv", "-t", "en",
         *args, "a.txt"],
        cwd=tmp_path, env={**ENV, **(env or {})}, capture_output=True, timeout=120, check=False,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("env", "warns"),
    [({"TRANSLIT_GLOSSARY_APPLY_FIELD": "text"}, "--field"),
     ({"TRANSLIT_GLOSSARY_APPLY_HEADER": "false"}, "--no-header"),
     ({"TRANSLIT_GLOSSARY_APPLY_OUT_DIR": "out"}, ""),
     ({"TRANSLIT_GLOSSARY_APPLY_RECURSIVE": "1"}, "")],
)  # fmt: skip
def test_glossary_list_typed_wins_over_a_default(
    tmp_path: Path, env: dict[str, str], warns: str
) -> None:
    """``--mode list`` typed with ``TRANSLIT_GLOSSARY_APPLY_FIELD=text`` (or ``…_OUT_DIR``)
    set was refused ("--field does not apply to --mode list … drop --field"), naming an
    option nobody typed: the listing goes on, a record default set aside with a warning."""
    got = _apply(tmp_path, "--mode", "list", env=env)
    err = got.stderr.decode()
    assert got.returncode == 0, err
    # (c1: the header `term_ru,term_en` is Crowdin's, read as one since glossary38; it was
    # read as a headerless OmegaT row, concept c1, and мир as c2)
    assert got.stdout == "a.txt\t1\t8\tмир\tc1\tru\tpeace\n".encode(), got.stdout
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "g.csv"]
    if warns:
        assert warns in err and next(iter(env)) in err and "warning" in err, err
    else:
        assert err == "", err


def test_glossary_a_typed_output_wins_over_the_list_mode_default(tmp_path: Path) -> None:
    got = _apply(tmp_path, "--out-dir", "out", env={"TRANSLIT_GLOSSARY_APPLY_MODE": "list"})
    assert got.returncode == 0 and got.stdout == b"", got.stderr
    assert (tmp_path / "out" / "a.txt").read_text(encoding="utf-8") == "Привет peace\n"
    typed = _apply(tmp_path, "--mode", "list", "--out-dir", "out")
    assert typed.returncode == 2 and b"--out-dir does not apply" in typed.stderr


# -- changed lines: one count for every line end, route and block size ------------------------


@pytest.mark.parametrize(
    ("kind", "eol"),
    [("txt", "\n"), ("txt", "\r\n"), ("txt", "\r"), ("csv", "\n"), ("csv", "\r\n"),
     ("jsonl", "\n"), ("jsonl", "\r\n")],
    ids=["txt-lf", "txt-crlf", "txt-cr", "csv-lf", "csv-crlf", "jsonl-lf", "jsonl-crlf"],
)  # fmt: skip
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_changed_lines_are_the_same_for_every_line_end(
    tmp_path: Path, kind: str, eol: str, jobs: str
) -> None:
    """The C engine counts changed lines at LF alone; a CR-alone block goes through Python.
    The report's counts are those of the content whatever its line ends, the number of
    processes and the blocks (4K, so a CRLF may fall at any block's edge)."""
    import json
    import random

    rng = random.Random(18)
    words = ["Щука", "abc", "", "Ёж", "1 2", "Москва"]
    values = [" ".join(rng.choice(words) for _ in range(rng.randint(0, 3))) for _ in range(2000)]
    cyrillic = sum(1 for v in values if re.search("[А-яЁё]", v))  # the lines that change
    if kind == "txt":
        rows = values
    elif kind == "csv":
        rows = ["name,n", *(f"{v},{i}" for i, v in enumerate(values))]
    else:
        rows = [json.dumps({"text": v, "n": i}, ensure_ascii=False) for i, v in enumerate(values)]
    src = tmp_path / f"in.{kind}"
    src.write_bytes(eol.join(rows).encode() + eol.encode())
    select = {"txt": [], "csv": ["--column", "name"], "jsonl": ["--field", "text"]}[kind]
    report = tmp_path / "run.json"
    got = _translit(
        "romanize", "-q", "-l", "ru", "-j", jobs, "--chunk-size", "4K", *select,
        "--report", str(report), "-o", str(tmp_path / f"out.{kind}"), str(src),
    )  # fmt: skip
    assert got.returncode == 0, got.stderr
    (result,) = json.loads(report.read_text(encoding="utf-8"))["files"]
    assert (result["lines"], result["changed_lines"]) == (len(rows), cyrillic), result
