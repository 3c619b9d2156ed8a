"""Fault suite, command line: hostile inputs, full disks, closed pipes, for every command.

The bar (README "Conventions"): exit 0/1/2/130, one line ``translit: error: FILE: what``
naming the file at fault (``<stdout>`` for standard output), never a traceback without
``--debug``, and never an exit 0 over lost output.
"""

from __future__ import annotations

import contextlib
import os
import re
import resource
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings

ROOT = Path(__file__).resolve().parent.parent
ENV = {**os.environ, "PYTHONPATH": str(ROOT)}

#: One call of each command that reads FILE arguments, the file going last.
READERS = [
    ["romanize", "-l", "ru"],
    ["normalize"],
    ["reverse", "-s", "iso-9", "-l", "ru"],
    ["detect"],
    ["glossary", "apply", "-g", "GLOSSARY", "-t", "fr"],
]
#: ``glossary apply``'s listing of terms, which reads its FILE arguments on its own.
LISTER = ["glossary", "apply", "-g", "GLOSSARY", "-t", "fr", "-m", "list"]
#: One call of each command that prints to stdout, one per way of writing it (FILE: an input).
PRINTERS = [
    ["schemes"],
    ["name-key", "Иван Петров"],
    ["glossary", "lookup", "-g", "GLOSSARY", "РОА"],
    ["detect", "FILE"],
    ["romanize", "-l", "ru", "FILE"],
    ["normalize", "--report", "FILE"],
    ["glossary", "apply", "-g", "GLOSSARY", "-t", "fr", "-m", "list", "FILE"],
    # (its findings: the text's РОА, a source term whose target term ROA the same text lacks)
    ["glossary", "qa", "-g", "GLOSSARY", "--source-lang", "ru", "-t", "fr", "FILE", "FILE"],
]
#: The printers whose output outgrows a pipe's buffer (the others finish before it fills).
STREAMERS = [c for c in PRINTERS if "FILE" in c or c == ["schemes"]]


def _with(cmd: list[str], path: Path) -> list[str]:
    """``cmd`` with FILE as ``path`` and GLOSSARY as a one-concept glossary beside it (the
    shipped glossaries take seconds to load)."""
    glossary = path.parent / "g.csv"
    glossary.write_text("id,ru,fr\nroa,РОА,ROA\n", encoding="utf-8")
    names = {"FILE": str(path), "GLOSSARY": str(glossary)}
    return [names.get(a, a) for a in cmd]


def cli(*args: Any, stdin: Any = subprocess.DEVNULL, stdout: Any = subprocess.PIPE,
        fsize: int | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess[bytes]:  # fmt: skip
    """``translit ARGS`` in a subprocess; ``fsize``: a file-size limit (``ulimit -f``) in bytes."""

    def limit() -> None:
        if fsize is not None:
            resource.setrlimit(resource.RLIMIT_FSIZE, (fsize, fsize))

    return subprocess.run(
        [sys.executable, "-m", "translit", *map(str, args)],
        stdin=stdin,
        stdout=stdout,
        stderr=subprocess.PIPE,
        # under a file-size limit, a bytecode cache (PYTHONPYCACHEPREFIX) got .pyc files cut
        # short, and every later import of them failed: "marshal data too short"
        env=ENV if fsize is None else {**ENV, "PYTHONDONTWRITEBYTECODE": "1"},
        cwd=cwd or ROOT,
        timeout=120,
        preexec_fn=limit,
        check=False,
    )


def _clean(err: bytes) -> str:
    text = err.decode("utf-8", "replace")
    assert "Traceback" not in text and "internal error" not in text, text
    return text


def _text(folder: Path, lines: int) -> Path:
    """A file of ``lines`` short lines with a stress mark (normalize) and a glossary term."""
    path = folder / "in.txt"
    path.write_text("Щу\u0301кин, РОА.\n" * lines, encoding="utf-8")  # 25 bytes a line
    return path


@pytest.mark.parametrize("cmd", [READERS[0], READERS[4]], ids=lambda c: " ".join(c[:2]))
def test_stdout_cut_short_by_a_file_size_limit_is_an_error(cmd: list[str], tmp_path: Path) -> None:
    """With ``ulimit -f``, a large block written to stdout came back as a short count, not an
    error: the output was cut at the limit and the command said nothing and exited 0."""
    big = _text(tmp_path, 2_000)
    out = tmp_path / "out.txt"
    with open(out, "wb") as fh:
        done = cli(*_with(cmd, big), big, stdout=fh, fsize=20_000)
    assert out.stat().st_size <= 20_000
    assert done.returncode in (1, 2)
    assert "<stdout>: File too large" in _clean(done.stderr)


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full (Linux)")
@pytest.mark.parametrize("cmd", PRINTERS, ids=lambda c: " ".join(c[:2]))
def test_full_disk_on_stdout_names_stdout(cmd: list[str], tmp_path: Path) -> None:
    """Without a file name the message was a bare "No space left on device" (which file?),
    and ``detect`` blamed its input file."""
    big = _text(tmp_path, 200)
    with open("/dev/full", "wb") as full:
        done = cli(*_with(cmd, big), stdout=full)
    assert done.returncode in (1, 2)
    err = _clean(done.stderr)
    assert "<stdout>: No space left on device" in err
    assert str(big.name) + ":" not in err


@pytest.mark.parametrize("cmd", STREAMERS, ids=lambda c: " ".join(c[:2]))
def test_reader_that_leaves_early_ends_the_command_quietly(cmd: list[str], tmp_path: Path) -> None:
    """``translit … | head -c1``: click answered EPIPE with exit 1, ``detect`` and
    ``normalize --report`` printed "in.txt: Broken pipe"; romanize already ended with 0."""
    lines = {"detect": 40_000, "glossary": 3_000}.get(cmd[0], 8_000)
    big = _text(tmp_path, lines)  # past the pipe buffer
    proc = subprocess.Popen(
        [sys.executable, "-m", "translit", *_with(cmd, big)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=ENV,
        cwd=ROOT,
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.read(1)
    proc.stdout.close()
    err = proc.stderr.read()
    assert proc.wait(timeout=120) == 0, err
    assert _clean(err) == ""


def _hostile(tmp_path: Path) -> dict[str, Path]:
    files = {
        "empty": tmp_path / "empty.txt",
        "binary": tmp_path / "binary.dat",
        "utf16-cut": tmp_path / "cut16.txt",
        "directory": tmp_path / "folder",
        "missing": tmp_path / "missing.txt",
        "devnull": Path(os.devnull),
        "lone-cr": tmp_path / "cr.txt",
        "nul": tmp_path / "nul.txt",
    }
    files["empty"].write_bytes(b"")
    files["binary"].write_bytes(bytes(range(256)) * 8)
    files["utf16-cut"].write_bytes("Щука".encode("utf-16") + b"\x00")
    files["directory"].mkdir()
    files["lone-cr"].write_bytes("Щука\rрыба\r\nмясо\n\rЁж".encode())
    files["nul"].write_bytes("Щу\x00ка\n".encode())
    return files


@pytest.mark.parametrize("cmd", [*READERS, LISTER], ids=lambda c: " ".join(c[:2] + c[-1:]))
def test_hostile_input_files(cmd: list[str], tmp_path: Path) -> None:
    """Hostile files in one run: exit 1, each failure names its file, no traceback; the
    readable ones are still converted, their lone CRs and NULs kept; empty inputs add
    nothing. (``glossary apply -m list`` said "error: binary data …; name the right
    `encoding`", naming neither the file nor the flag.)"""
    files = _hostile(tmp_path)
    bad = [files[k] for k in ("binary", "utf16-cut", "missing")]
    good = [files[k] for k in ("lone-cr", "nul", "empty", "devnull")]
    done = cli(*_with(cmd, tmp_path / "x"), *good[:1], *bad, *good[1:])
    err = _clean(done.stderr)
    assert done.returncode == 1, err
    for path in bad:
        assert f"error: {path}" in err, (path, err)
    if cmd[0] != "detect" and cmd != LISTER:
        before = b"".join(p.read_bytes() for p in good)
        for char in (b"\r", b"\n", b"\x00"):
            assert done.stdout.count(char) == before.count(char), char


#: ``glossary qa`` reads one input (PAIRS, a table or XLIFF) or two aligned ones (PAIRS and
#: TARGET_FILE): a hostile file in either place is exit 2 and one message naming it.
QA = ["glossary", "qa", "-g", "GLOSSARY", "--source-lang", "ru", "-t", "fr"]


@pytest.mark.parametrize("where", ["pairs", "source", "target"])
@pytest.mark.parametrize(
    ("kind", "says"),
    [
        ("binary", "binary data"),
        ("utf16-cut", "the input ends inside a character"),
        ("missing", "No such file or directory"),
        ("directory", "is a directory"),
    ],
)
def test_glossary_qa_hostile_input_files(tmp_path: Path, where: str, kind: str, says: str) -> None:
    """qa43's two-file mode named both files for a fault of one ("ru.txt, fr.txt: binary
    data"); each hostile file is now exit 2 with a message naming it, no traceback."""
    bad = _hostile(tmp_path)[kind]
    good = _text(tmp_path, 3)
    files = {"pairs": [bad], "source": [bad, good], "target": [good, bad]}[where]
    done = cli(*_with(QA, tmp_path / "x"), *files)
    err = _clean(done.stderr)
    assert done.returncode == 2, err
    assert says in err and str(bad) in err, err
    assert str(good) not in err and done.stdout == b""


@pytest.mark.parametrize(
    ("files", "code", "says"),
    [
        (["empty"], 0, ""),  # (a table of no rows: nothing to check)
        (["devnull"], 0, ""),
        (["lone-cr"], 2, "a carriage return (CR) alone in an unquoted cell: quote the cell"),
        (["nul"], 2, "1 column, not the 2"),
        (["text", "empty"], 2, "empty.txt' ends before line 1: the two files are not aligned"),
        (["lone-cr", "lone-cr"], 1, ""),  # (two files of lines: a lone CR stays in its line)
        (["nul", "nul"], 0, ""),
    ],
)
def test_glossary_qa_odd_but_readable_files(
    tmp_path: Path, files: list[str], code: int, says: str
) -> None:
    paths = {**_hostile(tmp_path), "text": _text(tmp_path, 3)}
    (tmp_path / "cr.txt").write_bytes("РОА\rрыба\r\nРОА\n".encode())
    done = cli(*_with(QA, tmp_path / "x"), *(paths[f] for f in files))
    err = _clean(done.stderr)
    assert done.returncode == code, err
    assert says in err
    if says:
        assert err.startswith(f"translit: error: {paths[files[-1]]}")


@pytest.mark.parametrize(
    ("xliff", "says"),
    [
        (bytes(range(256)) * 8, "binary data"),
        (b'<?xml version="1.0"?><xliff version="1.2"><file><body><trans-unit id="1"><source>',
         "not well-formed XML"),
        (b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;&a;">]>'
         b'<xliff version="1.2"><file><body><trans-unit id="1"><source>&b;</source>'
         b"</trans-unit></body></file></xliff>", "refused (a glossary or XLIFF file needs no DTD"),
        (b'<?xml version="1.0"?><tmx version="1.4"/>', "an XLIFF file's root is <xliff>"),
    ],
    ids=["binary", "cut", "entities", "not-xliff"],
)  # fmt: skip
def test_glossary_qa_hostile_xliff(tmp_path: Path, xliff: bytes, says: str) -> None:
    path = tmp_path / "job.xlf"
    path.write_bytes(xliff)
    done = cli(*_with(QA, path), path)
    err = _clean(done.stderr)
    assert done.returncode == 2 and err.startswith(f"translit: error: {path}"), err
    assert says in err


def test_glossary_qa_closed_stdin(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "translit", *_with(QA, tmp_path / "x"), "-"], capture_output=True,
        env=ENV, cwd=ROOT, timeout=120, preexec_fn=_closed(0), check=False,
    )  # fmt: skip
    assert done.returncode == 2
    assert "standard input is closed" in _clean(done.stderr)


def test_directory_without_recursive_names_it(tmp_path: Path) -> None:
    done = cli("romanize", tmp_path)
    assert done.returncode == 2 and f"{tmp_path}: is a directory" in _clean(done.stderr)


def _closed(fd: int) -> Any:
    def close() -> None:
        os.close(fd)

    return close


@pytest.mark.parametrize("cmd", [["romanize", "-l", "ru"], ["detect"]], ids=lambda c: c[0])
def test_closed_stdin(cmd: list[str]) -> None:
    """``translit romanize <&-`` said "<stdin>: 'NoneType' object has no attribute 'buffer'"
    (detect: an internal error)."""
    done = subprocess.run(
        [sys.executable, "-m", "translit", *cmd], capture_output=True, env=ENV, cwd=ROOT,
        timeout=120, preexec_fn=_closed(0), check=False,
    )  # fmt: skip
    assert done.returncode == 1
    assert "standard input is closed" in _clean(done.stderr)


@pytest.mark.parametrize("cmd", [["romanize", "-l", "ru", "FILE"], ["detect", "FILE"], ["schemes"]], ids=lambda c: c[0] + str(len(c)))  # fmt: skip
def test_closed_stdout(cmd: list[str], tmp_path: Path) -> None:
    """``translit schemes >&-`` exited 0 having printed nothing; ``normalize --report`` was an
    internal error; ``detect`` blamed its input file."""
    done = subprocess.run(
        [sys.executable, "-m", "translit", *_with(cmd, _text(tmp_path, 3))], stdout=None,
        stderr=subprocess.PIPE, env=ENV, cwd=ROOT, timeout=120, preexec_fn=_closed(1),
        check=False,
    )  # fmt: skip
    assert done.returncode in (1, 2)
    err = _clean(done.stderr)
    assert "<stdout>: standard output is closed" in err and "in.txt" not in err


def test_stdout_encoding_that_cannot_hold_the_text(tmp_path: Path) -> None:
    """With an ASCII stdout (``PYTHONIOENCODING=ascii``, a C locale), ``normalize --report``
    was an internal error (UnicodeEncodeError); now a message that says what to set."""
    done = subprocess.run(
        [sys.executable, "-m", "translit", "normalize", "--report", str(_text(tmp_path, 2))],
        capture_output=True, env={**ENV, "PYTHONIOENCODING": "ascii"}, cwd=ROOT, timeout=120,
        check=False,
    )  # fmt: skip
    assert done.returncode == 2
    assert "<stdout>: its encoding ascii cannot hold" in _clean(done.stderr)
    assert "PYTHONIOENCODING=utf-8" in done.stderr.decode()


@pytest.mark.parametrize(
    "cmd", [READERS[0], READERS[1], ["romanize", "--field", "t"]], ids=" ".join
)
def test_output_encoding_that_cannot_hold_the_text_names_the_flags(
    cmd: list[str], tmp_path: Path
) -> None:
    """The advice was "choose errors='replace' or another output encoding": a Python keyword,
    not the flags that do it (--errors replace, --output-encoding)."""
    path = tmp_path / ("in.jsonl" if "--field" in cmd else "in.txt")
    path.write_text('{"t": "Щука 😀"}\n' if "--field" in cmd else "Щука 😀\n", encoding="utf-8")
    done = cli(*cmd, "--output-encoding", "cp1251", path)
    err = _clean(done.stderr)
    assert done.returncode == 1, err
    assert f"{path}:1: cannot encode '😀' in cp1251; choose --errors replace, or another --output-encoding" in err  # fmt: skip
    fixed = cli(*cmd, "--output-encoding", "cp1251", "--errors", "replace", path)
    assert fixed.returncode == 0 and b"?" in fixed.stdout, fixed.stderr


def _random_cli_calls() -> Any:
    from hypothesis import strategies as st
    from test_any_input import TEXT

    word = TEXT.map(lambda t: t.replace("\x00", "").encode("utf-8", "replace").decode())
    lang = st.sampled_from(["ru", "uk", "sr", "auto", "auto-line", "el", "xx", ""])
    return st.one_of(
        st.tuples(st.just("romanize"), st.lists(st.sampled_from(["-s", "iso-9", "--target", "fr", "-l"]), max_size=2), lang),
        st.tuples(st.just("normalize"), st.lists(st.sampled_from(["--report", "--old-orthography", "--form", "NFD"]), max_size=2), lang),
        st.tuples(st.just("reverse"), st.just(["-s", "iso-9"]), lang),
        st.tuples(st.just("detect"), st.lists(st.sampled_from(["--explain", "--summary"]), max_size=1), lang),
        st.tuples(st.just("name-key"), st.lists(word, min_size=1, max_size=2), lang),
        st.tuples(st.just("verify"), st.lists(word, min_size=2, max_size=2), lang),
    ), st.binary(max_size=300) | TEXT.map(lambda t: t.encode("utf-8", "replace"))  # fmt: skip


_CALLS, _STDIN = _random_cli_calls()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(call=_CALLS, stdin=_STDIN)
def test_every_command_on_random_input(call: tuple[str, list[str], str], stdin: bytes) -> None:
    """Random bytes on stdin and random words as arguments, in process: every command ends
    with exit 0, 1 or 2, or a TranslitError that ``main()`` turns into one line."""
    from click.testing import CliRunner

    from translit.cli import cli as command
    from translit.errors import TranslitError

    name, args, lang = call
    if name in ("romanize", "reverse", "verify") and lang:
        args = [*args, "-l", lang] if args[-1:] != ["-l"] else [*args, lang]
    elif args[-1:] == ["-l"]:
        args = args[:-1]
    done = CliRunner().invoke(command, [name, *args], input=stdin)
    if done.exception is not None and not isinstance(done.exception, SystemExit):
        assert isinstance(done.exception, TranslitError), repr(done.exception)
        assert str(done.exception)
    else:
        assert done.exit_code in (0, 1, 2), done.output


_PROGRAM = """
import atexit, sys
atexit.register(lambda: print("atexit ran", file=sys.stderr))
sys.argv = ["translit", *sys.argv[1:]]
from translit.cli import main
main()
print("not reached", file=sys.stderr)
"""


@pytest.mark.parametrize(
    ("args", "code"),
    [(["romanize", "-l", "ru"], 0), (["romanize", "-s", "no-such-scheme"], 2)],
)
def test_the_program_ends_after_its_exit_functions_and_a_full_stdout(
    args: list[str], code: int
) -> None:
    # main() without argv is the program: a success leaves without the interpreter's teardown
    # (cli.leave), yet what was registered with atexit runs and stdout is complete; a failure
    # leaves through sys.exit
    text = "Щука и ЩУКА\n" * 50_000  # more than any pipe or stream buffer holds
    res = subprocess.run(
        [sys.executable, "-c", _PROGRAM, *args],
        input=text.encode(), capture_output=True, env=ENV, timeout=120, check=False,
    )  # fmt: skip
    err = res.stderr.decode()
    assert res.returncode == code, err
    assert "atexit ran" in err and "not reached" not in err and "Traceback" not in err
    if code == 0:
        assert res.stdout.decode() == "Shchuka i SHCHUKA\n" * 50_000


@pytest.mark.parametrize("cmd", [READERS[0], ["detect"], ["normalize", "--report"]], ids=" ".join)
def test_utf16_named_for_a_file_without_its_bom(cmd: list[str], tmp_path: Path) -> None:
    """``--encoding utf-16`` on UTF-16 LE without a BOM: the codec raises a UnicodeError that is
    not a UnicodeDecodeError; ``detect`` and ``normalize --report`` called it an internal
    error, ``romanize`` printed it with no line and nothing to do."""
    path = tmp_path / "le.txt"
    path.write_bytes("Щука\n".encode("utf-16-le"))
    done = cli(*cmd, "--encoding", "utf-16", path)
    err = _clean(done.stderr)
    assert done.returncode == 1, err
    assert f"{path}:1: cannot decode as utf-16: UTF-16 stream does not start with BOM" in err
    assert "utf-16-le or utf-16-be" in err
    assert cli(*cmd, "--encoding", "utf-16-le", path).returncode == 0


def test_glossary_commands_print_a_file_name_that_is_not_utf8(tmp_path: Path) -> None:
    """``glossary check``, ``stats`` and ``apply -m list`` print file names: one with bytes that
    are not UTF-8 stopped them with "<stdout>: its encoding utf-8 cannot hold '\\udcff'; set
    PYTHONIOENCODING=utf-8", advice that cannot help (exit 2). Text output now holds the name's
    own bytes (as ``detect --summary`` prints it), JSON U+FFFD with the name's bytes in hex
    beside it (the ``\\udcff`` escape it held at first, strict JSON readers refuse)."""
    import json

    raw = os.fsencode(tmp_path) + b"/g\xff.csv"
    try:
        with open(raw, "wb") as fh:
            fh.write("id,ru,fr\nroa,РОА,ROA\nx,,\n".encode())
        with open(os.fsencode(tmp_path) + b"/t\xff.txt", "wb") as fh:
            fh.write("РОА\n".encode())
    except OSError:
        pytest.skip("this file system refuses names that are not UTF-8")
    glossary, text = os.fsdecode(raw), os.fsdecode(os.fsencode(tmp_path) + b"/t\xff.txt")
    check = cli("glossary", "check", glossary)
    assert check.returncode == 0 and raw + b":3: warning:" in check.stdout, _clean(check.stderr)
    stats = cli("glossary", "stats", glossary)
    assert stats.returncode == 0 and stats.stdout.startswith(raw + b": 2 concepts"), stats.stderr
    as_json = cli("glossary", "stats", "--json", glossary)
    assert as_json.returncode == 0, _clean(as_json.stderr)
    [(name, stats)] = json.loads(as_json.stdout.decode("utf-8")).items()
    assert (
        name == glossary.replace("\udcff", "\ufffd") and bytes.fromhex(stats["name_bytes"]) == raw
    )
    listed = cli("glossary", "apply", "-g", glossary, "-t", "fr", "-m", "list", text)
    assert listed.returncode == 0, _clean(listed.stderr)
    assert listed.stdout.split(b"\t")[0] == os.fsencode(text)
    out = tmp_path / "list.tsv"
    into = cli("glossary", "apply", "-g", glossary, "-t", "fr", "-m", "list", "-o", out, text)
    assert into.returncode == 0 and out.read_bytes() == listed.stdout, _clean(into.stderr)


@pytest.mark.parametrize(
    ("args", "flag"),
    [(["--out-dir", "out"], "--out-dir"), (["-r"], "--recursive"), (["--in-place"], "--in-place"),
     (["--column", "text"], "--column"), (["--input-format", "csv"], "--input-format")],
)  # fmt: skip
def test_glossary_list_mode_refuses_the_options_it_cannot_use(
    tmp_path: Path, args: list[str], flag: str
) -> None:
    """``glossary apply -m list`` writes one listing; it accepted the options that place
    outputs and did nothing with them: ``--out-dir out`` printed to stdout and created no
    folder, ``--in-place`` left the file as it was, ``-r`` failed on the folder."""
    path = _text(tmp_path, 2)
    done = cli(*_with(["glossary", "apply", "-g", "GLOSSARY", "-t", "fr", "-m", "list"], path), *args, path)  # fmt: skip
    assert done.returncode == 2, done.stdout
    assert f"{flag} does not apply to --mode list" in _clean(done.stderr)
    assert done.stdout == b"" and not (tmp_path / "out").exists()


def test_glossary_list_mode_reads_in_the_encoding_given(tmp_path: Path) -> None:
    """``--encoding`` was not passed to the reader of ``-m list`` (it detected the encoding
    instead), and an unknown one was then an internal error (LookupError) once passed."""
    path = tmp_path / "koi.txt"
    path.write_bytes("РОА\n".encode("koi8-r"))
    cmd = _with(["glossary", "apply", "-g", "GLOSSARY", "-t", "fr", "-m", "list"], path)
    as_koi = cli(*cmd, "--encoding", "koi8-r", path)
    assert as_koi.returncode == 0 and "\tРОА\troa\t".encode() in as_koi.stdout, as_koi.stderr
    as_cp1251 = cli(*cmd, "--encoding", "cp1251", path)  # the same bytes read as cp1251: no term
    assert as_cp1251.returncode == 0 and as_cp1251.stdout == b""
    bogus = cli(*cmd, "--encoding", "bogus", path)
    assert bogus.returncode == 2 and "unknown encoding 'bogus'" in _clean(bogus.stderr)


@pytest.mark.parametrize("cmd", READERS, ids=lambda c: " ".join(c[:2]))
def test_a_file_name_a_terminal_would_act_on_is_shown_escaped(
    tmp_path: Path, cmd: list[str]
) -> None:
    # a name holding ESC [ 2 J (clear the screen), CR (overwrite the line) or a bidi override
    # was printed raw in the error message, so the terminal acted on it
    name = tmp_path / "a\x1b[2J\rb\u202ec.txt"
    done = cli(*_with(cmd, tmp_path / "x"), str(name))
    err = done.stderr.decode("utf-8", "replace")
    assert done.returncode in (1, 2), err
    assert "\x1b" not in err and "\r" not in err and "\u202e" not in err, err
    assert "a\\x1b[2J\\rb\\u202ec.txt" in err, err


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["--report", "FILE/r.json", "-o", "OUT"], "not a folder"),  # was: exit 1, after the
        (["--out-dir", "/dev/null"], "not a folder"),  # work, the output written; "File exists"
        (["--out-dir", "FILE/sub"], "cannot make the folder"),
    ],
    ids=["report", "out-dir-device", "out-dir-under-a-file"],
)
def test_a_folder_that_cannot_be_written_is_refused_before_any_work(
    tmp_path: Path, args: list[str], says: str
) -> None:
    src = _text(tmp_path, 3)
    out = tmp_path / "out.txt"
    names = {"FILE/r.json": f"{src}/r.json", "FILE/sub": f"{src}/sub", "OUT": str(out)}
    done = cli("romanize", "-l", "ru", *[names.get(a, a) for a in args], src)
    text = _clean(done.stderr)
    assert done.returncode == 2, text
    assert says in text and ("name a folder" in text or "name another" in text), text
    assert len(text.strip().splitlines()) == 1, text
    assert not out.exists()


def test_a_missing_report_folder_is_made(tmp_path: Path) -> None:
    # as -o's and --out-dir's folders are: the report was lost after the work (exit 1)
    src = _text(tmp_path, 3)
    out, report = tmp_path / "out", tmp_path / "logs" / "run" / "r.json"
    done = cli("romanize", "-q", "-l", "ru", "--out-dir", out, "--report", report, src)
    assert done.returncode == 0, _clean(done.stderr)
    assert '"status": "complete"' in report.read_text(encoding="utf-8")


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full (Linux)")
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_full_disk_under_the_output_blames_the_output_alone(tmp_path: Path, jobs: str) -> None:
    # a second line said "/dev/full: not written because an input failed": no input had
    src = _text(tmp_path, 40_000)  # 1 MB: blocks are written while the input is read
    done = cli("romanize", "-l", "ru", "-j", jobs, "--chunk-size", "64K", "-o", "/dev/full", src)
    text = _clean(done.stderr)
    assert done.returncode == 2, text  # a full output is fatal (glossary32; was 1)
    errors = [line for line in text.splitlines() if "error:" in line]
    assert errors == [
        "translit: error: /dev/full: No space left on device: free some space, or write elsewhere"
    ], text


def test_ctrl_c_outside_a_batch_run_is_one_line_and_exit_130(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # Ctrl-C while a command loads or works outside the batch runner (here: name-key computing
    # its keys) reached click, which printed "Aborted!" and exited 1
    import translit.names
    from translit.cli import main

    def interrupted(*args: object, **kwargs: object) -> str:
        raise KeyboardInterrupt

    monkeypatch.setattr(translit.names, "name_key", interrupted)
    with pytest.raises(SystemExit) as info:
        main(["name-key", "Иван Петров"])
    assert info.value.code == 130
    assert capsys.readouterr().err == "translit: interrupted\n"


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["-m", "list", "-o", "IN"], "output {IN} would overwrite an input, {IN}"),
        (["-m", "list", "-o", "LINK"], "output {LINK} would overwrite an input, {IN}"),
        (["-o", "G"], "output {G} would overwrite a glossary, {G}"),
        (["-m", "list", "-o", "G"], "output {G} would overwrite a glossary, {G}"),
        (["-o", "OUT", "--report", "G"], "report {G} would overwrite a glossary, {G}"),
    ],
    ids=["list-over-input", "list-over-hard-link", "output-over-glossary", "list-over-glossary", "report-over-glossary"],
)  # fmt: skip
def test_glossary_apply_never_writes_over_its_input_or_glossary(
    args: list[str], says: str, tmp_path: Path
) -> None:
    """``glossary apply -m list text.txt -o text.txt`` replaced the text by its listing and
    ``-o``/``--report`` naming the glossary replaced it, both with exit 0: the batch runner's
    check of outputs against inputs saw neither the listing nor the glossary."""
    text = _text(tmp_path, 3)
    glossary = tmp_path / "g.csv"
    glossary.write_text("id,ru,fr\nroa,РОА,ROA\n", encoding="utf-8")
    os.link(text, tmp_path / "link.txt")
    names = {"IN": text, "LINK": tmp_path / "link.txt", "G": glossary, "OUT": tmp_path / "o.txt"}
    before = {p: p.read_bytes() for p in (text, glossary)}
    done = cli("glossary", "apply", "-g", glossary, "-t", "fr", *[names.get(a, a) for a in args], text)  # fmt: skip
    assert done.returncode == 2
    says = says.format(**names)
    assert f"translit: error: {says}; choose another file name" in _clean(done.stderr)
    assert {p: p.read_bytes() for p in before} == before
    assert not (tmp_path / "o.txt").exists()


@pytest.mark.parametrize("stdout", ["closed", "full"])
def test_glossary_check_blames_stdout_not_the_glossary(stdout: str, tmp_path: Path) -> None:
    """``glossary check bad.txt >&-`` said "bad.txt: standard output is closed": writing a
    file's structural errors was inside the handler of the file's own read errors."""
    bad = tmp_path / "bad.txt"  # an OmegaT glossary whose rows lack a target: errors to print
    bad.write_text("РОА\nВС КОНР\n", encoding="utf-8")
    if stdout == "full" and not os.path.exists("/dev/full"):
        pytest.skip("needs /dev/full (Linux)")
    with open(os.devnull if stdout == "closed" else "/dev/full", "wb") as sink:
        done = subprocess.run(
            [sys.executable, "-m", "translit", "glossary", "check", bad], stdout=sink,
            stderr=subprocess.PIPE, env=ENV, cwd=ROOT, timeout=120, check=False,
            preexec_fn=_closed(1) if stdout == "closed" else None,
        )  # fmt: skip
    assert done.returncode == 2
    err = _clean(done.stderr)
    assert "translit: error: <stdout>: " in err and f"{bad}: standard" not in err
    assert f"{bad}: No space" not in err


@pytest.mark.parametrize(
    ("args", "out"),
    [
        (["name-key", "Власов", "Wlassow"], "vlasov\tВласов\nvlasov\tWlassow\n"),
        (["verify", "Щука", "Shchuka"], "accepted by: "),
        (["glossary", "lookup", "-g", "GLOSSARY", "РОА"], "roa\texact\tРОА (ru)\n"),
    ],
    ids=["name-key", "verify", "glossary-lookup"],
)
def test_names_typed_in_a_c_locale_without_utf8_mode(args: list[str], out: str, tmp_path: Path) -> None:  # fmt: skip
    """With ``LC_ALL=C PYTHONUTF8=0`` Python decodes the command line as ASCII, each byte of
    ``Власов`` a lone surrogate: name-key printed an empty key, verify '????????' and exit 1,
    glossary lookup found nothing."""
    env = {**ENV, "LC_ALL": "C", "LANG": "C", "PYTHONUTF8": "0", "PYTHONCOERCECLOCALE": "0"}
    done = subprocess.run(
        [sys.executable, "-m", "translit", *_with(args, tmp_path / "x")], capture_output=True,
        env=env, cwd=ROOT, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.decode("utf-8").startswith(out)


def test_ctrl_c_while_the_console_script_imports_the_command_line(tmp_path: Path) -> None:
    # the console script's `from translit.cli import main` (click's import: a tenth of a second)
    # printed the import system's traceback and died of SIGINT; here click's import is where
    # the Ctrl-C lands
    (tmp_path / "click.py").write_text("raise KeyboardInterrupt\n", encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(tmp_path), str(ROOT)])}
    script = "import sys\nfrom translit.cli import main\nsys.exit(main())\n"  # pip's wrapper
    done = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, timeout=60, check=False
    )
    assert (done.returncode, done.stderr) == (130, b"translit: interrupted\n")


# -- options ignored in silence (hostile11) ---------------------------------------------------
@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["romanize", "-q", "-v"], "--quiet and --verbose contradict each other"),
        (["romanize", "-q", "--progress"], "--quiet hides the progress bar --progress asks for"),
        (["detect", "--min-words", "3"], "--min-words counts the lines of a --summary"),
        (["detect", "--explain", "--summary"], "--explain shows each line's evidence"),
        (["detect", "--encoding", "nonesuch"], "unknown encoding 'nonesuch' for --encoding"),
        (["normalize", "--report", "-j", "2"], "so -j does not apply"),
        (["normalize", "--report", "--on-error", "skip"], "so --on-error does not apply"),
        (["normalize", "--report", "--output-encoding", "cp1251"], "--output-encoding does not"),
        (["normalize", "--report", "--encoding", "nonesuch"], "unknown encoding 'nonesuch'"),
        (["glossary", "apply", "-t", "en", "--format", "json"], "--format json is the format of"),
        (["glossary", "apply", "-t", "en", "-m", "list", "-j", "2"], "-j does not apply to --mode list"),
        (["glossary", "apply", "-t", "en", "-m", "list", "--output-encoding", "cp1251"], "--output-encoding does not apply"),
        (["glossary", "apply", "-t", "en", "-m", "list", "--chunk-size", "1M"], "--chunk-size does not apply"),
    ],
)  # fmt: skip
def test_an_option_that_would_do_nothing_is_refused(
    tmp_path: Path, args: list[str], says: str
) -> None:
    """Each of these ran with exit 0 (detect --encoding nonesuch: 1, once per file), the option
    without effect: -v listed files under -q, --min-words without --summary counted nothing,
    normalize --report read one file after another whatever -j said, glossary apply wrote the
    text whatever --format said."""
    from click.testing import CliRunner

    from translit.cli import cli as main

    src = tmp_path / "a.txt"
    src.write_text("Щу́ка\n", encoding="utf-8")
    res = CliRunner().invoke(main, [*args, str(src)])
    assert res.exit_code == 2, res.output
    assert says in res.output and "Traceback" not in res.output


def test_environment_defaults_are_not_refused_as_given_options(tmp_path: Path) -> None:
    """A ``TRANSLIT_JOBS`` default in the environment is no -j on the command line."""
    from click.testing import CliRunner

    from translit.cli import cli as main

    src = tmp_path / "a.txt"
    src.write_text("Щу́ка\n", encoding="utf-8")
    res = CliRunner().invoke(main, ["normalize", "--report", str(src)], env={"TRANSLIT_JOBS": "2"})
    assert res.exit_code == 0 and ": stress: " in res.output, res.output
    for args in (["detect", "--encoding", "AUTO"], ["romanize", "--encoding", "Auto"]):
        res = CliRunner().invoke(main, [*args, str(src)])
        assert res.exit_code == 0 and res.output.strip() in ("ru", "Shchuka"), res.output


@pytest.mark.parametrize("args", [["lookup", "РОА"], ["apply", "-"]])
def test_an_empty_glossary_target_is_refused(args: list[str]) -> None:
    """``glossary lookup -t '' РОА`` printed no target term, exit 0; ``apply -t ''`` only warned."""
    from click.testing import CliRunner

    from translit.cli import cli as main

    res = CliRunner().invoke(main, ["glossary", args[0], "-t", "", *args[1:]], input="РОА\n")
    assert res.exit_code == 2 and "-t/--target names a language" in res.output, res.output


@pytest.mark.parametrize(
    "args",
    [
        ["romanize", "--format", "TEXT", "--errors", "REPLACE"],
        ["normalize", "--stress", "KEEP", "--yo", "Fold"],
        ["glossary", "apply", "-t", "en", "-m", "LIST", "--format", "JSON"],
    ],
)
def test_choices_in_any_case(tmp_path: Path, args: list[str]) -> None:
    """``--format TEXT`` and ``--on-error SKIP`` were "not one of 'text', …" where ``--form nfc``
    and ``-l RU`` are taken: every choice is read in any case."""
    from click.testing import CliRunner

    from translit.cli import cli as main

    src = tmp_path / "a.txt"
    src.write_text("Щука\n", encoding="utf-8")
    res = CliRunner().invoke(main, [*args, str(src)])
    lower = CliRunner().invoke(main, [*(a.lower() if a.isupper() or a[:1].isupper() else a for a in args), str(src)])  # fmt: skip
    assert res.exit_code == 0 and (res.output, res.exit_code) == (lower.output, lower.exit_code)


# -- the environment against the command line (hostile12) -------------------------------------
@pytest.mark.parametrize(
    ("env", "args", "says"),
    [
        ({"TRANSLIT_ROMANIZE_QUIET": "1"}, ["-v"], "a.txt -> <stdout>: 1 line, 1 changed"),
        ({"TRANSLIT_ROMANIZE_VERBOSE": "1"}, ["-q"], ""),
        ({"TRANSLIT_ROMANIZE_PROGRESS": "1"}, ["-q"], ""),
        # (no --in-place: the default unused, and said so: env19)
        ({"TRANSLIT_ROMANIZE_BACKUP": ".orig"}, [], "TRANSLIT_ROMANIZE_BACKUP is set aside"),
        ({"TRANSLIT_ROMANIZE_OUT_DIR": "never"}, ["-o", "-"], ""),
        ({"TRANSLIT_ROMANIZE_IN_PLACE": "1"}, ["-o", "-"], ""),
        ({"TRANSLIT_ROMANIZE_SUFFIX": ".lat"}, ["-o", "-"], ""),
    ],
)
def test_a_typed_option_wins_over_a_clashing_environment_default(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, env: dict[str, str], args: list[str], says: str
) -> None:
    """``TRANSLIT_ROMANIZE_QUIET=1`` in a profile and ``-v`` typed: exit 2, "--quiet and
    --verbose contradict each other", though no --quiet was typed. Options given on the command
    line win over the environment's defaults, as the help says; a default that clashes only
    with another default still fails, naming the variable."""
    from click.testing import CliRunner

    from translit.cli import cli as main

    src = tmp_path / "a.txt"
    src.write_text("Щука\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)  # a default that wrongly won would write here (./never)
    res = CliRunner().invoke(main, ["romanize", *args, str(src)], env=env)
    assert res.exit_code == 0, res.output
    assert res.stdout == "Shchuka\n"
    assert says in res.stderr and (says or res.stderr == "")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"]  # nothing else written


def test_two_clashing_environment_defaults_name_their_variables(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from translit.cli import cli as main

    src = tmp_path / "a.txt"
    src.write_text("Щука\n", encoding="utf-8")
    env = {"TRANSLIT_ROMANIZE_QUIET": "1", "TRANSLIT_ROMANIZE_VERBOSE": "yes"}
    res = CliRunner().invoke(main, ["romanize", str(src)], env=env)
    assert res.exit_code == 2
    assert res.stderr == (
        "translit: error: --quiet (from TRANSLIT_ROMANIZE_QUIET) and --verbose (from "
        "TRANSLIT_ROMANIZE_VERBOSE) contradict each other: give one\n"
    )
    env = {"TRANSLIT_ROMANIZE_OUTPUT": "o.txt", "TRANSLIT_ROMANIZE_OUT_DIR": "od"}
    res = CliRunner().invoke(main, ["romanize", str(src)], env=env)
    assert res.exit_code == 2 and res.stderr == (
        "translit: error: give only one of --output (from TRANSLIT_ROMANIZE_OUTPUT) and "
        "--out-dir (from TRANSLIT_ROMANIZE_OUT_DIR)\n"
    )
    res = CliRunner().invoke(main, ["romanize", "--backup", ".b", str(src)], env={})
    assert res.exit_code == 2 and res.stderr == "translit: error: --backup goes with --in-place\n"
    res = CliRunner().invoke(
        main, ["romanize", "--in-place", str(src)], env={"TRANSLIT_ROMANIZE_BACKUP": "old/"}
    )
    assert res.exit_code == 2, res.output
    assert "--backup (from TRANSLIT_ROMANIZE_BACKUP) is added to a file name" in res.stderr


@pytest.mark.parametrize(
    ("env", "typed", "out"),
    [
        ("TRANSLIT_DETECT_SUMMARY", "--explain", "language: ru"),
        ("TRANSLIT_DETECT_EXPLAIN", "--summary", "1 line: ru 1"),
    ],
)
def test_detect_explain_and_summary_typed_over_the_environment(
    tmp_path: Path, env: str, typed: str, out: str
) -> None:
    from click.testing import CliRunner

    from translit.cli import cli as main

    src = tmp_path / "a.txt"
    src.write_text("Щука плывёт\n", encoding="utf-8")
    res = CliRunner().invoke(main, ["detect", typed, str(src)], env={env: "1"})
    assert res.exit_code == 0, res.output
    alone = CliRunner().invoke(main, ["detect", typed, str(src)], env={})
    assert res.stdout == alone.stdout and out in res.stdout
    env2 = {"TRANSLIT_DETECT_SUMMARY": "1", "TRANSLIT_DETECT_EXPLAIN": "1"}
    both = CliRunner().invoke(main, ["detect", str(src)], env=env2)
    assert both.exit_code == 2 and "give one" in both.stderr


# -- huge arguments (hostile12) ---------------------------------------------------------------
_HUGE = "x" * 10_000


@pytest.mark.parametrize(
    "args",
    [
        ["romanize", "-s", _HUGE],
        ["romanize", "-l", _HUGE],
        ["romanize", "-t", _HUGE],
        ["romanize", "--encoding", _HUGE],
        ["romanize", "--output-encoding", _HUGE],
        ["romanize", "--delimiter", _HUGE],
        ["romanize", "--chunk-size", _HUGE],
        ["normalize", "--quotes", _HUGE],
        ["detect", "--encoding", _HUGE],
        ["schemes", "--lang", _HUGE],
        ["glossary", "lookup", _HUGE],
        ["glossary", "lookup", "-t", _HUGE, "РОА"],
        ["glossary", "convert", "--from", "csv", "a.txt", "b.txt"],
        ["glossary", "qa", "--source-lang", _HUGE, "-t", "fr", "a.txt"],
        ["glossary", "qa", "--source-lang", "ru", "-t", _HUGE, "a.txt"],
        ["glossary", "qa", "--source-lang", "ru", "-t", "fr", "--columns", _HUGE, "a.txt"],
        ["glossary", "qa", "--source-lang", "ru", "-t", "fr", "--delimiter", _HUGE, "a.txt"],
    ],
    ids=lambda a: " ".join(w[:12] for w in a),
)
def test_a_huge_argument_is_shown_cut_in_its_message(tmp_path: Path, args: list[str]) -> None:
    """A 10,000-character scheme, language, encoding, delimiter or query was echoed whole in
    the message, one line of 10 KB: it shows its first 60 characters and its length."""
    from click.testing import CliRunner

    from translit.cli import cli as main

    src = tmp_path / "a.txt"
    src.write_text("Щука\n", encoding="utf-8")
    needs_file = args[0] in ("romanize", "normalize", "detect")
    res = CliRunner().invoke(main, [*args, *([str(src)] if needs_file else [])])
    assert "Traceback" not in res.output
    assert "x" * 100 not in res.output  # (an unknown scheme lists the known ones: long)
    assert all(len(line) < 400 or "known:" in line or "its schemes:" in line
               for line in res.stderr.splitlines())  # fmt: skip
    if _HUGE in args:
        assert "… (10,000 characters)" in res.stderr, res.stderr[:300]


@pytest.mark.parametrize("mode", ["list", "replace"])
def test_glossary_apply_output_dash_is_stdout(
    tmp_path: Path, mode: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``glossary apply --mode list -o -`` wrote its listing to a file named "-" in the current
    folder, exit 0 and nothing printed; every other command reads -o - as stdout."""
    from click.testing import CliRunner

    from translit.cli import cli as main

    monkeypatch.chdir(tmp_path)
    Path("g.csv").write_text("id,ru,fr\nroa,РОА,ROA\n", encoding="utf-8")
    res = CliRunner().invoke(
        main, ["glossary", "apply", "-g", "g.csv", "-t", "fr", "-m", mode, "-o", "-", "-"],
        input="Бойцы РОА\n",
    )  # fmt: skip
    assert res.exit_code == 0, res.output
    assert not Path("-").exists()
    assert res.stdout == ("-\t1\t7\tРОА\troa\tru\tROA\n" if mode == "list" else "Бойцы ROA\n")


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["glossary", "convert", "g.csv", "-", "--to", "csv"], "DST names the file to write, not '-'"),
        (["romanize", "--report", "-", "a.txt"], "--report-json names a file, not '-'"),
        (["normalize", "--report-json", "-", "a.txt"], "--report-json names a file, not '-'"),
        (["romanize", "--out-dir", "-", "a.txt"], "--out-dir names a folder, not '-'"),
    ],
)  # fmt: skip
def test_a_dash_where_only_a_file_can_go_is_refused(
    tmp_path: Path, args: list[str], says: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``glossary convert g.csv - --to csv`` and ``romanize --report -`` wrote a file named "-"
    in the current folder, exit 0."""
    from click.testing import CliRunner

    from translit.cli import cli as main

    monkeypatch.chdir(tmp_path)
    Path("g.csv").write_text("id,ru,fr\nroa,РОА,ROA\n", encoding="utf-8")
    Path("a.txt").write_text("Щука\n", encoding="utf-8")
    res = CliRunner().invoke(main, args)
    assert res.exit_code == 2 and says in res.stderr, res.output
    assert not Path("-").exists()


@pytest.mark.parametrize(
    ("encoding", "says"),
    [
        ("rot13", "--encoding: 'rot13' is not a text encoding"),
        ("base64", "--encoding: 'base64' is not a text encoding"),
        ("idna", "--encoding: 'idna' cannot encode or decode a text piece by piece"),
        ("punycode", "--encoding: 'punycode' cannot encode or decode a text piece by piece"),
    ],
)
def test_detect_refuses_an_encoding_romanize_refuses(
    tmp_path: Path, encoding: str, says: str
) -> None:
    """``detect --encoding rot13`` ended in "internal error: TypeError: descriptor 'translate'
    for 'str' objects doesn't apply to a 'bytes' object", ``--encoding idna`` failed each file
    (exit 1); romanize refuses both before reading (exit 2), and now detect does too."""
    from click.testing import CliRunner

    from translit.cli import cli as main

    src = tmp_path / "a.txt"
    src.write_text("Щука\n", encoding="utf-8")
    res = CliRunner().invoke(main, ["detect", "--encoding", encoding, str(src)])
    assert res.exit_code == 2 and res.stderr.startswith(f"translit: error: {says}"), res.output
    assert "internal error" not in res.output


def test_open_source_refuses_a_codec_that_is_no_text_encoding(tmp_path: Path) -> None:
    from translit.errors import ParameterError
    from translit.io import open_source

    src = tmp_path / "a.txt"
    src.write_text("Щука\n", encoding="utf-8")
    with (
        pytest.raises(ParameterError, match="`encoding`: 'rot-13' is not a text"),
        open_source(str(src), "rot13"),
    ):
        pass


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full (Linux)")
@pytest.mark.skipif(not os.path.isdir("/proc/self"), reason="reads the process table in /proc")
@pytest.mark.parametrize("jobs", ["1", "2"])
@pytest.mark.parametrize("to", ["stdout", "-o"])
def test_a_full_output_device_is_said_once_and_stops_the_run(
    tmp_path: Path, jobs: str, to: str
) -> None:
    # `romanize -j 2 a b c … > /dev/full` said "<stdout>: No space left on device" once per
    # input, exit 1, and `-o /dev/full -j 2` was an internal error (UnboundLocalError): a full
    # output is full for every later input too (glossary32)
    srcs = []
    for i in range(6):
        (tmp_path / f"d{i}").mkdir()
        srcs.append(_text(tmp_path / f"d{i}", 3))
    before = sorted(p for p in tmp_path.rglob("*"))
    mark = f"glossary32-{os.getpid()}-{jobs}-{to}"
    args = ["romanize", "-l", "ru", "-j", jobs, *(["-o", "/dev/full"] if to == "-o" else [])]
    with open("/dev/full", "wb") as full:
        done = subprocess.run(
            [sys.executable, "-m", "translit", *args, *map(str, srcs)],
            check=False,
            stdin=subprocess.DEVNULL,
            stdout=full if to == "stdout" else subprocess.PIPE,
            stderr=subprocess.PIPE,
            env={**ENV, "TRANSLIT_TEST_MARK": mark},
            cwd=ROOT,
        )
    text = _clean(done.stderr)
    target = "<stdout>" if to == "stdout" else "/dev/full"
    errors = [line for line in text.splitlines() if "error:" in line]
    assert errors == [
        f"translit: error: {target}: No space left on device: free some space, or write elsewhere"
    ], text
    assert done.returncode == 2, text
    # the input whose output failed, and those not converted (a buffered stdout may have
    # taken a first one before it failed; -o converts them all, and writes at the end)
    last = text.splitlines()[-1]
    assert re.match(
        r"translit: 6 files \((1 failed, [45] not converted|output /dev/full not written)", last
    ), last
    assert sorted(p for p in tmp_path.rglob("*")) == before  # no temporary file left
    left = []  # no worker left: no process holds the run's environment
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            with contextlib.suppress(OSError):
                if mark.encode() in Path(f"/proc/{entry}/environ").read_bytes():
                    left.append(entry)
    assert left == []


def test_a_full_disk_under_out_dir_stops_the_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # each input of --out-dir is its own file, but on the same full disk: the later ones
    # would fail the same way, each with its own line (glossary32)
    import errno

    from translit.io import Plan, RunOptions, run
    from translit.io.atomic import AtomicFile

    def full(self: AtomicFile) -> None:
        raise OSError(errno.ENOSPC, "No space left on device", self.path)

    monkeypatch.setattr(AtomicFile, "commit", full)
    srcs = []
    for name in ("a", "b", "c"):
        (tmp_path / f"{name}.txt").write_text("Щука\n", encoding="utf-8")
        srcs.append(str(tmp_path / f"{name}.txt"))
    out = tmp_path / "out"
    result = run(Plan(str.upper, tuple(srcs), RunOptions(out_dir=str(out), jobs=1)))
    assert [f.status for f in result.files] == ["failed", "interrupted", "interrupted"]
    assert [str(e) for f in result.files for e in f.errors] == [
        f"{out / 'a.txt'}: No space left on device: free some space, or write elsewhere"
    ]
    assert (result.exit_code, result.stopped, result.interrupted) == (2, True, False)
    assert not out.exists()  # no temporary file left, nor the folder made for it (io37)
