"""Fault suite, twelfth sweep: numbers written in other digits than 0-9, the report of a failed
input under any ``-j``, and the commands and conditions earlier sweeps touched least.

The bar: no traceback, no data lost, atomic outputs, exit codes 0/1/2/130, and a message that
names the file (or option, or variable), the line, what is wrong and what to do.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from translit.cli import cli

ROOT = Path(__file__).resolve().parent.parent
ENV = {**os.environ, "PYTHONPATH": str(ROOT)}

#: numbers ``int()`` (or ``float()``) reads that are not written in the digits 0-9: Arabic-Indic
#: three, fullwidth three, Devanagari three, mathematical bold three, NKo three, a digit
#: separator, a sign
NOT_ASCII_DIGITS = ["٣", "３", "३", "𝟑", "߃", "1_0", "+2"]


def _invoke(args: list[str], env: dict[str, str] | None = None) -> tuple[int, str]:
    done = CliRunner().invoke(cli, args, input="Щука\n", env=env)
    return done.exit_code, done.output


@pytest.mark.parametrize("value", NOT_ASCII_DIGITS)
@pytest.mark.parametrize(
    ("command", "option", "variable", "suffix"),
    [
        (["romanize", "-l", "ru"], "--jobs", "TRANSLIT_JOBS", ""),
        (["normalize"], "--jobs", "TRANSLIT_JOBS", ""),
        (["romanize", "-l", "ru"], "--chunk-size", "TRANSLIT_CHUNK_SIZE", "K"),
        (["reverse", "-s", "iso-9"], "--chunk-size", "TRANSLIT_CHUNK_SIZE", ""),
        (["detect", "--summary"], "--min-words", "TRANSLIT_DETECT_MIN_WORDS", ""),
    ],
)
def test_a_number_in_other_digits_is_a_usage_error(
    command: list[str], option: str, variable: str, suffix: str, value: str
) -> None:
    """``TRANSLIT_JOBS=٣`` (an Arabic-Indic three) ran with three processes: click's integer
    reads what ``int()`` reads, every Unicode decimal digit, ``1_0`` and ``+2``; a size read
    them through ``float()``. Typed or from the environment, each is now refused (exit 2)
    with the option, the variable when it came from there, and what to write."""
    typed = _invoke([*command, option, value + suffix])
    from_env = _invoke(command, env={variable: value + suffix})
    for code, output in (typed, from_env):
        assert code == 2, output
        assert option in output and "digits 0-9" in output, output
        assert "Traceback" not in output
    assert variable in from_env[1], from_env[1]


@pytest.mark.parametrize(
    ("option", "value"),
    [("--jobs", "2"), ("--jobs", " 1 "), ("--chunk-size", "64K"), ("--chunk-size", "1.5m"),
     ("--chunk-size", "65536"), ("--chunk-size", "64kb")],
)  # fmt: skip
def test_numbers_in_ascii_digits_still_work(option: str, value: str) -> None:
    assert _invoke(["romanize", "-l", "ru", option, value]) == (0, "Shchuka\n")


# -- a failed input's report under any -j -----------------------------------------------------

#: a Russian line of the size a text has (41 bytes in UTF-8)
LINE = "Жили-были дед да баба.\n"


def _record(text: str) -> bytes:
    return json.dumps({"t": text}, ensure_ascii=False).encode() + b"\n"


#: inputs that fail past their first 64 KB (read whole to detect the encoding), cut in blocks
#: of 16 KiB: a byte that is not UTF-8 at line 20,000; a record that is no JSON at line 5,000
#: and such a byte at line 8,000 (the first failure is the one every -j reports); a byte that
#: is not UTF-8 at line 5,000, read by this process (the text route: an output that writes a
#: byte-order mark)
FAILING = {
    "text-bad-byte": ("a.txt", LINE.encode() * 19999 + b"\xff\n" + LINE.encode() * 5000, []),
    "jsonl-two-faults": (
        "a.jsonl",
        _record("Щука") * 4999 + b"{broken\n" + _record("Щука") * 3000 + b'{"t": "\xff"}\n'
        + _record("Щука") * 3000,
        ["--field", "t", "--output-encoding", "utf-16"],
    ),
    "text-route-bad-byte": (
        "a.txt", LINE.encode() * 4999 + b"\xff\n" + LINE.encode() * 3000,
        ["--output-encoding", "utf-16"],
    ),
}  # fmt: skip


#: an input that converts, beside the failing one
GOOD = {".txt": "Щука\n".encode(), ".jsonl": _record("Щука")}


def _report_run(tmp_path: Path, name: str, data: bytes, extra: list[str], jobs: int) -> Any:
    src = tmp_path / name
    src.write_bytes(data)
    good = tmp_path / f"good{src.suffix}"
    good.write_bytes(GOOD[src.suffix])
    report = tmp_path / f"report{jobs}.json"
    done = subprocess.run(
        [sys.executable, "-m", "translit", "romanize", "-l", "ru", "-q",
         "--chunk-size", "16K", "-j", str(jobs), "--report-json", str(report), *extra,
         src.name, good.name],
        capture_output=True, env=ENV, cwd=tmp_path, timeout=300, check=False,
    )  # fmt: skip
    got = json.loads(report.read_text("utf-8"))
    for f in got["files"]:
        del f["seconds"]
    del got["summary"]["seconds"], got["summary"]["mb_per_s"], got["summary"]["jobs"]
    return done.returncode, done.stdout, done.stderr.decode(), got


@pytest.mark.parametrize("case", sorted(FAILING))
def test_a_failed_inputs_report_is_the_same_for_any_jobs(tmp_path: Path, case: str) -> None:
    """A failed input's ``bytes`` was what had been read when its failure was noticed: 720,896
    with ``-j 1``, 983,040 with ``-j 2``, 1,048,576 with ``-j 3`` for one file; its ``lines``
    too. And a failure this process found while cutting (a byte that is not UTF-8) was told
    before one a worker had found in an earlier block (a record that is no JSON), so ``-j 1``
    said line 5 and ``-j 2`` line 600; the stdout of the blocks before the failure differed.
    Now a failed input counts 0 bytes, lines and changed lines (nothing of it was converted:
    where it failed is its error's line), its blocks before the failure are taken first, and
    ``-j 1``, ``-j 2`` and ``-j 3`` give the same report, messages and output."""
    name, data, extra = FAILING[case]
    runs = [_report_run(tmp_path, name, data, extra, jobs) for jobs in (1, 2, 3)]
    code, _, stderr, report = runs[0]
    bad, good = report["files"]
    assert code == 1 and bad["status"] == "failed" and good["status"] == "ok", stderr
    first = {"text-bad-byte": 20000, "jsonl-two-faults": 5000, "text-route-bad-byte": 5000}[case]
    assert bad["error"].startswith(f"{name}:{first}: "), bad["error"]
    assert (bad["bytes"], bad["lines"], bad["changed_lines"]) == (0, 0, 0)
    assert report["summary"]["bytes"] == good["bytes"] == len(GOOD[Path(name).suffix])
    assert runs[1] == runs[0] and runs[2] == runs[0]


# -- Ctrl-C between the guards of the entry point ---------------------------------------------

#: the console script (pip's wrapper calls ``translit.__main__.run``), with a Ctrl-C made to
#: land at one place: ``{stop}`` is code that arranges it
SCRIPT = """
import sys
import click
{stop}
sys.argv = ["translit", "schemes", "--lang", "ru"]
from translit.__main__ import run
run()
"""

STOPS = {
    # the error types, imported by the command line's main before its guard (SIGINT sent
    # 30 ms after start: a traceback ending in `from ..errors import …`, killed by SIGINT)
    "loading the error types": (
        "class Stop:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name == 'translit.errors':\n"
        "            raise KeyboardInterrupt\n"
        "sys.meta_path.insert(0, Stop())"
    ),
    # a class made while the command loads: Python 3.11 wraps a Ctrl-C in a __set_name__ (a
    # cached_property, an enum) in a RuntimeError, which was an "internal error", exit 2
    "making a class": (
        "class Stop:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name == 'translit.cli.schemes':\n"
        "            raise RuntimeError('Error calling __set_name__') from KeyboardInterrupt()\n"
        "sys.meta_path.insert(0, Stop())"
    ),
    # click's parse of the group's own options (--debug, --version): click turned the Ctrl-C
    # into "Aborted!" and exit 1
    "parsing the group's options": (
        "def stop(self, ctx, args):\n    raise KeyboardInterrupt\nclick.Group.parse_args = stop"
    ),
}


@pytest.mark.parametrize("where", sorted(STOPS))
def test_ctrl_c_between_the_entry_points_guards(where: str) -> None:
    """A Ctrl-C (SIGINT sent 15 to 60 ms after the console script started, 150 times) landed
    5 times outside the guards of :func:`translit.__main__.run` and the command group: 4
    tracebacks and one "Aborted!" with exit 1; at 58 ms one was an internal error (exit 2).
    Now: one line and exit 130, as elsewhere."""
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT.format(stop=STOPS[where])],
        capture_output=True, env=ENV, cwd=ROOT, timeout=120, check=False,
    )  # fmt: skip
    assert (done.returncode, done.stderr, done.stdout) == (130, b"translit: interrupted\n", b"")


# -- a line without a cut, read as bytes ------------------------------------------------------


@pytest.mark.parametrize("route", ["stream", "file"])
@pytest.mark.parametrize("token", ["a", "ж", "\x00"])
def test_a_line_without_a_cut_is_cut_in_linear_time_from_bytes(route: str, token: str) -> None:
    """The blocks of bytes (a pipe or a decompressed input, and a regular file by offset) were
    searched for a cut after every read over a copy of the whole block so far: 64 MB of NUL
    bytes (``/dev/zero``, a gzip bomb of one token) took 42 s of CPU in 64 KiB pieces through
    a pipe, 23 s from a file, against 1.3 s for 16 MB. The text route was made linear before
    (``test_line_without_any_cut_reads_in_linear_time``); the bytes route now too."""
    import io
    import tempfile

    from conftest import growth_ratio

    from translit.io.rawblocks import file_spans, raw_blocks

    def cut(text: str) -> None:
        data = text.encode()
        if route == "stream":
            blocks = list(raw_blocks(io.BytesIO(data), b"", "utf-8", chunk_size=4096))
            assert b"".join(blocks) == data
            return
        with tempfile.TemporaryFile() as fh:
            fh.write(data)
            fh.flush()
            spans = list(file_spans(fh.fileno(), len(data), 0, "utf-8", chunk_size=4096))
        assert sum(n for _, n in spans) == len(data)

    assert growth_ratio(cut, lambda n: token * (n * 4)) < 9


# -- translit schemes: options that contradict ------------------------------------------------


def test_schemes_json_and_markdown_contradict() -> None:
    """``schemes --json --markdown`` printed the Markdown page, ``--json`` dropped in silence."""
    code, output = _invoke(["schemes", "--json", "--markdown"])
    assert code == 2 and "--json" in output and "--markdown" in output, output


@pytest.mark.parametrize(
    ("env", "args", "starts"),
    [
        ({"TRANSLIT_SCHEMES_AS_JSON": "1"}, ["--markdown"], "# Scheme catalogue"),
        ({"TRANSLIT_SCHEMES_MARKDOWN": "1"}, ["--json"], "["),
        ({"TRANSLIT_SCHEMES_LANG": "ru"}, ["--markdown"], "# Scheme catalogue"),
    ],
)
def test_schemes_typed_option_wins_over_an_environment_default(
    env: dict[str, str], args: list[str], starts: str
) -> None:
    """``TRANSLIT_SCHEMES_LANG=ru`` and ``schemes --markdown`` typed was refused ("drop
    -l/--lang", which nobody typed); a typed option wins over a default it clashes with, as
    in every other command."""
    code, output = _invoke(["schemes", *args], env=env)
    assert code == 0 and output.startswith(starts), output[:300]


def test_schemes_defaults_that_contradict_name_their_variables() -> None:
    env = {"TRANSLIT_SCHEMES_AS_JSON": "1", "TRANSLIT_SCHEMES_MARKDOWN": "1"}
    code, output = _invoke(["schemes"], env=env)
    assert code == 2 and "TRANSLIT_SCHEMES_AS_JSON" in output, output
    assert "TRANSLIT_SCHEMES_MARKDOWN" in output, output


# -- --in-place on what is no regular file ----------------------------------------------------


@pytest.mark.parametrize("kind", ["fifo", "device"])
def test_in_place_on_what_is_no_regular_file_is_refused(tmp_path: Path, kind: str) -> None:
    """``romanize --in-place FIFO`` read the pipe, then waited forever to write the result
    back into it (no reader); ``--in-place /dev/null`` "converted" a device. Both are refused
    before anything is read (exit 2), saying what to do instead."""
    if kind == "fifo":
        if not hasattr(os, "mkfifo"):
            pytest.skip("no FIFOs on this system")
        path = tmp_path / "pipe"
        os.mkfifo(path)
        name = str(path)
    else:
        name = os.devnull
    done = subprocess.run(
        [sys.executable, "-m", "translit", "romanize", "-l", "ru", "--in-place", name],
        capture_output=True, env=ENV, cwd=tmp_path, timeout=30, check=False,
    )  # fmt: skip
    message = done.stderr.decode()
    assert done.returncode == 2 and name in message and "--in-place" in message, message
    assert "regular file" in message and "Traceback" not in message


# -- detect: one row per line -----------------------------------------------------------------


@pytest.mark.parametrize(
    "mark", ["\x85", "\x0c", "\x0b", "\x1c", "\x1d", "\x1e", "\u2028", "\u2029"]
)
def test_detect_prints_one_row_per_line(tmp_path: Path, mark: str) -> None:
    """``translit detect`` split lines as ``str.splitlines`` does, also at a form feed, NEL,
    the information separators and U+2028/U+2029: a file of two lines (``wc -l``; the line
    count of ``romanize``'s report) got three rows or more, and ``paste file <(translit detect
    file)`` paired each line with another line's language. Lines end at LF, CRLF or CR."""
    src = tmp_path / "a.txt"
    src.write_text(f"Київ{mark}Москва\r\nСофия\rБелград\n", encoding="utf-8")
    code, output = _invoke(["detect", str(src)])
    assert (code, output.split()) == (0, ["uk", "ru", "ru"]), output
    code, output = _invoke(["detect", "--summary", str(src)])
    assert code == 0 and ": 3 lines:" in output, output


@pytest.mark.parametrize("value", ["-5", " -1 "])
def test_a_negative_count_is_called_so(value: str) -> None:
    # "-5 is not a whole number: write it with the digits 0-9" (TRANSLIT_JOBS=-5, -j -5): it is
    # one, below the least allowed
    result = CliRunner().invoke(cli, ["romanize", "-j", value, "-"], input="Київ\n")
    assert result.exit_code == 2
    assert "is below 0: give 0 or more" in result.output and "whole number" not in result.output
