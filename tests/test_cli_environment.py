"""The environment's defaults that went unheard (env19): a mistyped ``TRANSLIT_*`` name was
ignored in silence, and a default waiting for the option it goes with was set aside without a
word. Both are warnings now, never errors: the exit code and the output stay as they were."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from hypothesis import given, settings
from hypothesis import strategies as st

from translit.cli import OTHER_VARIABLES
from translit.cli import cli as main

ROOT = Path(__file__).resolve().parent.parent


def _invoke(args: list[str], env: dict[str, str], stdin: str = "Щука\n") -> Result:
    """``translit ARGS`` with ``env`` as the only ``TRANSLIT_*`` variables (the tester's own,
    such as ``TRANSLIT_SPEEDUPS_SO`` in the sanitizer run, are unset for it)."""
    clean: dict[str, str | None] = {n: None for n in os.environ if n.startswith("TRANSLIT_")}
    return CliRunner().invoke(main, args, input=stdin, env={**clean, **env})


def _warnings(res: Result) -> list[str]:
    return [line for line in res.stderr.splitlines() if line.startswith("translit: warning:")]


@pytest.mark.parametrize(
    ("args", "name", "meant"),
    [
        (["romanize"], "TRANSLIT_ROMANIZE_SHEME", "TRANSLIT_ROMANIZE_SCHEME"),
        (["romanize"], "TRANSLIT_ROMANISE_SCHEME", "TRANSLIT_ROMANIZE_SCHEME"),
        (["romanize"], "TRANSLIT_ROMANIZE_HOMOGLYPHS", ""),  # (normalize's, not romanize's)
        (["romanize"], "TRANSLIT_NORMALISE_FORM", "TRANSLIT_NORMALIZE_FORM"),
        (["normalize"], "TRANSLIT_NORMALIZE_FROM", "TRANSLIT_NORMALIZE_FORM"),
        (["normalize"], "TRANSLIT_NORMALIZE_JOB", "TRANSLIT_JOBS"),
        (["romanize"], "TRANSLIT_JOB", "TRANSLIT_JOBS"),
        (["romanize"], "TRANSLIT_CHUNKSIZE", "TRANSLIT_CHUNK_SIZE"),
        (["detect"], "TRANSLIT_DETECT_MIN_WORD", "TRANSLIT_DETECT_MIN_WORDS"),
        (["glossary", "apply", "-t", "fr"], "TRANSLIT_GLOSSARY_APLY_MODE",
         "TRANSLIT_GLOSSARY_APPLY_MODE"),
        (["romanize"], "TRANSLIT_GLOSARY_APPLY_MODE", "TRANSLIT_GLOSSARY_APPLY_MODE"),
        (["schemes", "-l", "ru"], "TRANSLIT_SCHEMES_JSN", "TRANSLIT_SCHEMES_JSON"),
    ],
)  # fmt: skip
def test_a_mistyped_variable_is_a_warning_naming_the_one_meant(
    args: list[str], name: str, meant: str
) -> None:
    plain = _invoke(args, {})
    res = _invoke(args, {name: "json" if "FORMAT" in name or "MODE" in name else "2"})
    assert (res.exit_code, res.stdout) == (plain.exit_code, plain.stdout), res.output
    assert plain.stderr == ""
    also = f"; did you mean {meant}?" if meant else ""
    assert _warnings(res) == [
        f"translit: warning: {name} is set, but translit reads no such variable: it is "
        f"ignored{also}"
    ], res.stderr


def test_the_warning_comes_once_per_run_and_q_silences_it(tmp_path: Path) -> None:
    files = []
    for k in range(3):
        files.append(tmp_path / f"{k}.txt")
        files[-1].write_text("Щука\n" * 2000, encoding="utf-8")
    env = {"TRANSLIT_ROMANIZE_SHEME": "iso-9"}
    args = ["romanize", "-j", "2", "--chunk-size", "4K", *map(str, files)]
    res = _invoke(args, env)
    assert res.exit_code == 0 and res.stdout == "Shchuka\n" * 6000
    assert len(_warnings(res)) == 1 and "TRANSLIT_ROMANIZE_SHEME" in res.stderr
    quiet = _invoke([*args, "-q"], env)
    assert quiet.exit_code == 0 and quiet.stderr == "" and quiet.stdout == res.stdout


@pytest.mark.parametrize(
    "args",
    [["romanize", "--help"], ["--help"], ["glossary", "--help"], ["glossary", "apply", "-h"],
     ["normalize", "--help"]],
)  # fmt: skip
def test_help_prints_no_warning(args: list[str]) -> None:
    env = {"TRANSLIT_ROMANIZE_SHEME": "x", "TRANSLIT_GLOSSARY_APLY_MODE": "x", "TRANSLIT_JOB": "2",
           "TRANSLIT_NORMALIZE_FROM": "x", "TRANSLIT_GLOSSARY_APPLY_MOD": "x"}  # fmt: skip
    res = _invoke(args, env)
    assert res.exit_code == 0 and "Usage:" in res.stdout
    assert res.stderr == ""


def test_a_usage_error_is_not_joined_by_the_warning() -> None:
    res = _invoke(["romanize", "--no-such-option"], {"TRANSLIT_ROMANIZE_SHEME": "x"})
    assert res.exit_code == 2 and "No such option" in res.stderr
    assert _warnings(res) == []


#: names no warning may name: the commands' own (by flag, by the parameter's name, shared,
#: the root's), another command's (its runs check it), the ones that are no option, and other
#: programs' that only share the prefix
QUIET_ENV = {
    "TRANSLIT_ROMANIZE_SCHEME": "iso-9",
    "TRANSLIT_ROMANIZE_LANG": "ru",
    "TRANSLIT_ROMANIZE_FIELDS": "",  # (empty: unset for click too)
    "TRANSLIT_ROMANIZE_ON_ERROR": "fail",
    "TRANSLIT_ROMANIZE_JOBS": "1",  # (click reads a shared option's own name too)
    "TRANSLIT_JOBS": "1",
    "TRANSLIT_CHUNK_SIZE": "1M",
    "TRANSLIT_ENCODING": "utf-8",
    "TRANSLIT_OUTPUT_ENCODING": "utf-8",
    "TRANSLIT_ERRORS": "strict",
    "TRANSLIT_DEBUG": "",
    "TRANSLIT_NORMALIZE_FORM": "nfd",
    "TRANSLIT_NORMALIZE_LANG": "xx",
    "TRANSLIT_GLOSSARY_APPLY_MODE": "list",
    "TRANSLIT_REVERSE_WHATEVER": "1",  # (no command here is reverse)
    "TRANSLIT_SCHEMES_AS_JSON": "",
    "TRANSLIT_PURE_PYTHON": "0",
    "TRANSLIT_SPEEDUPS_SO": "/nowhere.so",
    "TRANSLIT_BENCH_JOBS_MB": "1",
    "TRANSLIT_BENCH_CLI_SIZES": "10M",
    "TRANSLIT_BENCH_SOMETHING_NEW": "1",
    "TRANSLIT_HOME": "/opt/translit",
    "TRANSLIT_SERVER_PORT": "8080",
    "TRANSLIT_API_KEY": "k",
    "TRANSLIT_CONFIG": "/etc/t.toml",
}


@pytest.mark.parametrize(
    ("args", "out"),
    [(["romanize"], "Ŝuka\n"), (["schemes", "-l", "uk"], None), (["detect"], "ru\n"),
     (["name-key", "Щука"], None), (["verify", "Щука", "Shchuka", "-l", "ru"], None)],
)  # fmt: skip
def test_no_warning_for_names_that_are_read_or_not_ours(args: list[str], out: str | None) -> None:
    res = _invoke(args, QUIET_ENV)
    assert res.exit_code == 0, res.output
    assert res.stderr == ""
    if out is not None:
        assert res.stdout == out


def test_other_variables_hold_every_name_the_code_reads_that_no_option_has() -> None:
    """Each ``TRANSLIT_*`` name that the package, the benchmarks or the tests read from the
    environment themselves is in :data:`translit.cli.OTHER_VARIABLES` (or is an option's, read
    through click), so no run warns of it."""
    read = re.compile(r"""environ(?:\.get\(|\[)\s*["'](TRANSLIT_\w+)["']""")
    found = set()
    for folder in ("translit", "bench", "tests"):
        for path in (ROOT / folder).rglob("*.py"):
            found.update(read.findall(path.read_text(encoding="utf-8")))
    assert "TRANSLIT_PURE_PYTHON" in found and "TRANSLIT_BENCH_JOBS_MB" in found
    for name in sorted(found):
        assert name.startswith(OTHER_VARIABLES), name
        res = _invoke(["romanize"], {name: "0"})
        assert res.exit_code == 0 and res.stderr == "", (name, res.stderr)


_UPPER = st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ_", max_size=12)


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(
        ["ROMANIZE_Z", "ROMANISE_", "ROMANIZ_", "Z", "JOBZ", "NORMALIZE_", "ROMANIZE_QQ"]
    ),
    _UPPER,
    st.text(max_size=10).filter(lambda v: "\x00" not in v),
)
def test_any_translit_variable_leaves_the_exit_code_and_output_alone(
    head: str, tail: str, value: str
) -> None:
    """Whatever ``TRANSLIT_*`` variable is set to whatever value, unless an option reads it:
    the same exit code and output, at most one warning, and one for every unknown name under
    the running command's own prefix."""
    name = f"TRANSLIT_{head}{tail}"
    res = _invoke(["romanize"], {name: value})
    assert res.exit_code == 0, res.output
    assert res.stdout == "Shchuka\n"
    warned = _warnings(res)
    assert len(warned) <= 1 and res.stderr.count("\n") == len(warned), res.stderr
    if warned:
        assert warned[0].startswith(f"translit: warning: {name} is set")
    if head.startswith("ROMANIZE_") and value:
        assert warned, name


# -- a default waiting for the option it goes with --------------------------------------------
@pytest.mark.parametrize(
    ("args", "env", "says"),
    [
        (["romanize"], {"TRANSLIT_ROMANIZE_BACKUP": ".orig"},
         "TRANSLIT_ROMANIZE_BACKUP is set aside: --backup goes with --in-place"),
        (["romanize"], {"TRANSLIT_ROMANIZE_ADD_FIELD": "lat"},
         "TRANSLIT_ROMANIZE_ADD_FIELD is set aside: --add-field names where each --field "
         "result goes: give --field too"),
        (["romanize"], {"TRANSLIT_ROMANIZE_ADD_COLUMN": "lat"},
         "TRANSLIT_ROMANIZE_ADD_COLUMN is set aside: --add-column names where each --column "
         "result goes: give --column too"),
        (["romanize"], {"TRANSLIT_ROMANIZE_GLOB": "*.txt"},
         "TRANSLIT_ROMANIZE_GLOB is set aside: --glob filters the files found under "
         "directories: it needs --recursive"),
        (["normalize"], {"TRANSLIT_NORMALIZE_RESUME": "1"},
         "TRANSLIT_NORMALIZE_RESUME is set aside: --resume needs --out-dir (the manifest lives "
         "there)"),
        (["romanize"], {"TRANSLIT_ROMANIZE_SCHEDULER": "tcp://127.0.0.1:1"},
         "TRANSLIT_ROMANIZE_SCHEDULER is set aside: --scheduler is only used with --engine "
         "dask"),
        (["detect"], {"TRANSLIT_DETECT_MIN_WORDS": "3"},
         "TRANSLIT_DETECT_MIN_WORDS is set aside: --min-words counts the lines of a --summary, "
         "and there is none"),
        (["detect"], {"TRANSLIT_DETECT_LANG": "auto-line"},
         "TRANSLIT_DETECT_LANG is set aside: --lang applies to the records of --field or "
         "--column, and there are none (each line is decided on its own)"),
        (["detect"], {"TRANSLIT_DETECT_ON_ERROR": "skip"},
         "TRANSLIT_DETECT_ON_ERROR is set aside: --on-error skip applies to the records of "
         "--field or --column, and there are none"),
        (["glossary", "apply", "-t", "fr"], {"TRANSLIT_GLOSSARY_APPLY_FORMAT": "json"},
         "TRANSLIT_GLOSSARY_APPLY_FORMAT is set aside: --format is the format of --mode list, "
         "and the mode is replace"),
    ],
)  # fmt: skip
def test_a_default_waiting_for_its_partner_is_set_aside_with_a_warning(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: list[str], env: dict[str, str],
    says: str,
) -> None:  # fmt: skip
    src = tmp_path / "a.txt"
    src.write_text("Щука\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    plain = _invoke([*args, "a.txt"], {})
    res = _invoke([*args, "a.txt"], env)
    assert (res.exit_code, res.stdout) == (plain.exit_code, plain.stdout) and res.exit_code == 0
    assert res.stderr == f"translit: warning: {says}\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"]  # nothing else written
    if "-q" not in args and args[0] != "detect":  # (detect has no -q)
        quiet = _invoke([*args, "-q", "a.txt"], env)
        assert quiet.exit_code == 0 and quiet.stderr == ""


@pytest.mark.parametrize(
    ("args", "env"),
    [
        (["romanize", "--in-place", "--backup", ".bak"], {"TRANSLIT_ROMANIZE_OUT_DIR": "never"}),
        (["romanize", "-o", "-"], {"TRANSLIT_ROMANIZE_SUFFIX": ".lat"}),
        (["romanize", "-v"], {"TRANSLIT_ROMANIZE_QUIET": "1"}),
        (["detect", "--summary"], {"TRANSLIT_DETECT_MIN_WORDS": "1"}),
        (["romanize", "--in-place"], {"TRANSLIT_ROMANIZE_BACKUP": ".orig"}),
    ],
)  # fmt: skip
def test_a_default_the_typed_options_explain_is_set_aside_without_a_warning(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: list[str], env: dict[str, str]
) -> None:
    """The command line wins over a default it clashes with, as the user typed it: no word
    (``-v`` over ``TRANSLIT_ROMANIZE_QUIET``); a default in use (``--backup`` with a typed
    ``--in-place``) is no warning either."""
    (tmp_path / "a.txt").write_text("Щука\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    res = _invoke([*args, "a.txt"], env)
    assert res.exit_code == 0, res.output
    assert _warnings(res) == [] and "set aside" not in res.stderr


def test_a_command_run_outside_the_translit_group_reads_and_warns_of_nothing() -> None:
    """A command object invoked on its own (a test, an embedding program) has no variable
    prefix: click reads no ``TRANSLIT_*`` default for it, so none is unheard either."""
    from translit.cli import COMMANDS

    module, attr, _ = COMMANDS["romanize"]
    command = getattr(__import__(module, fromlist=[attr]), attr)
    _invoke(["romanize", "--help"], {})  # (the group has read it: read_env wrapped it)
    res = CliRunner().invoke(command, [], input="Щука\n", env={"TRANSLIT_ROMANIZE_SHEME": "x"})
    assert res.exit_code == 0 and res.stdout == "Shchuka\n" and res.stderr == ""
