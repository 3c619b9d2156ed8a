"""Fault suite, hostile33: a fresh red-team of the CLI and translit.io (what the earlier
passes, tests/test_faults_*.py, left). Each test generates its inputs in ``tmp_path``.

The bar: no traceback, no data lost, atomic outputs, exit codes 0/1/2/130, and a message that
names the file, the line, what is wrong and what to do.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from conftest import CLI_ENV, translit_cli

# -- 1. JSON Lines: a lone surrogate written as an escape ----------------------------------------

#: JSON text escapes (RFC 8259, section 7: any code unit may be written \uXXXX, and section 8.2:
#: a lone surrogate escape is valid JSON, which parsers such as Python's read as the code point)
_LONE = (
    '{"text": "Юрий \\ud800 Гагарин"}\n'  # raw Cyrillic beside the escape
    '{"text": "\\udfff ВС"}\n'  # a low surrogate first
    '{"id": 3, "text": "РОА"}\n'
)


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_lone_surrogate_escape_in_a_field_is_written_as_it_was_read(
    tmp_path: Path, jobs: str
) -> None:
    """A value holding a ``\\ud800`` escape (valid JSON: JavaScript writes one for half an
    emoji cut by a slice) failed its whole file "cannot encode '\\ud800' in utf-8; choose
    --errors replace", which would have replaced it: the escape is written back as it was
    read, the rest of the value converted, with ``--add-field`` too."""
    src = tmp_path / "in.jsonl"
    src.write_text(_LONE, encoding="utf-8")
    for extra in ((), ("--add-field", "lat")):
        out = tmp_path / f"out{len(extra)}.jsonl"
        done = translit_cli(
            "romanize", "-l", "ru", "--field", "text", *extra, "-j", jobs, "-o", out, src
        )
        assert done.returncode == 0, done.stderr.decode()
        rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
        got = [row.get("lat", row["text"]) for row in rows]
        assert got == ["Yuriy \ud800 Gagarin", "\udfff VS", "ROA"], got
        assert "\\ud800" in out.read_text(encoding="utf-8")


def test_a_lone_surrogate_escape_through_the_library_and_the_bytes_it_read_stay_bytes(
    tmp_path: Path,
) -> None:
    """``translit.io.run`` (the same layer) converts the file; a byte that is no UTF-8, read
    under ``errors="surrogateescape"`` as a surrogate character, is still written back as the
    byte it was, beside an escape written back as the escape."""
    from translit.io import RunOptions, run

    src = tmp_path / "in.jsonl"
    src.write_bytes(b'{"text": "\xd1\x8e \xff \\ud800"}\n')  # ю, a byte no UTF-8, an escape
    out = tmp_path / "out.jsonl"
    opts = RunOptions(
        output=str(out), jobs=1, fields=("text",), encoding="utf-8", errors="surrogateescape"
    )
    result = run(str.upper, [str(src)], opts)
    assert result.exit_code == 0, result.files[0].errors
    assert out.read_bytes() == b'{"text": "\xd0\xae \xff \\ud800"}\n'  # Ю


# -- 2. UTF-32 without a byte-order mark ---------------------------------------------------------

_TEXT = "Юрий Гагарин и ВС КОНР\nЁлка, Щука\n"


@pytest.mark.parametrize("codec", ["utf-32-le", "utf-32-be"])
def test_utf32_without_a_bom_is_read_as_utf32(tmp_path: Path, codec: str) -> None:
    """UTF-16 without a BOM was recognised, UTF-32 without one was "binary data (zero bytes),
    not text" with advice naming only 8-bit code pages; it reads as its codec says, at any
    ``-j`` (the same output as the UTF-8 file), and ``decode()`` reads it too."""
    from translit import decode

    plain, wide = tmp_path / "plain.txt", tmp_path / "wide.txt"
    plain.write_text(_TEXT * 2000, encoding="utf-8")
    wide.write_bytes((_TEXT * 2000).encode(codec))
    want = translit_cli("romanize", "-l", "ru", plain)
    assert want.returncode == 0, want.stderr.decode()
    for jobs in ("1", "2"):
        done = translit_cli("romanize", "-l", "ru", "-j", jobs, "--chunk-size", "16K", wide)
        assert (done.returncode, done.stdout) == (0, want.stdout), done.stderr.decode()
    assert decode(_TEXT.encode(codec)) == _TEXT


@pytest.mark.parametrize("codec", ["utf-32-le", "utf-32-be"])
def test_a_utf32_glossary_without_a_bom_says_so(tmp_path: Path, codec: str) -> None:
    """A CSV glossary in UTF-32 without a BOM was read as UTF-8: "term 'r\\x00\\x00\\x00u…'
    holds U+0000", nothing on what to do; it is told as UTF-16 without a BOM is."""
    path = tmp_path / "g.csv"
    path.write_bytes("id,ru,fr\nroa,РОА,ROA\n".encode(codec))
    done = translit_cli("glossary", "stats", path)
    assert done.returncode == 2
    assert done.stderr.decode() == (
        f"translit: error: {path}:1: {codec.upper()} without a BOM (zero bytes beside each "
        "letter); save it as UTF-8, or as UTF-16 with a BOM\n"
    )


# -- 3. an output that is a symbolic link in a loop ----------------------------------------------

_LOOP = (
    "is a symbolic link in a loop (it leads back to itself), so no file can be written "
    "through it; remove or mend the link, or name another"
)


def test_an_output_or_report_that_is_a_link_in_a_loop_is_refused_before_any_work(
    tmp_path: Path,
) -> None:
    """``-o`` or ``--report`` naming a link to itself said only "loop: Too many levels of
    symbolic links" (the report after all the work was done, exit 1), nothing on what to do;
    it is a usage error before any work, through the library as through the CLI, as is a
    ``glossary convert`` DST."""
    from translit.io import RunOptions, UsageError, run

    src = tmp_path / "a.txt"
    src.write_text("Юрий\n", encoding="utf-8")
    loop = tmp_path / "loop"
    loop.symlink_to(loop)
    for flag, shown in (("-o", "--output"), ("--report", "--report-json")):
        done = translit_cli("romanize", "-l", "ru", flag, loop, src)
        assert (done.returncode, done.stdout) == (2, b""), done.stderr.decode()
        assert done.stderr.decode() == f"translit: error: {loop}: {shown} {_LOOP}\n"
    with pytest.raises(UsageError, match="`output` is a symbolic link in a loop"):
        run(str.upper, [str(src)], RunOptions(output=str(loop), jobs=1))
    gloss = tmp_path / "g.csv"
    gloss.write_text("id,ru,fr\nroa,РОА,ROA\n", encoding="utf-8")
    done = translit_cli("glossary", "convert", gloss, loop)
    assert done.returncode == 2
    assert done.stderr.decode() == f"translit: error: {loop}: DST {_LOOP}\n"


def test_a_result_whose_name_is_a_link_in_a_loop_fails_its_input_saying_so(
    tmp_path: Path,
) -> None:
    """Under ``--out-dir`` (or ``--suffix``) the result of one input may be such a link: that
    input fails with what to do, the others are converted."""
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text("Юрий\n", encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    (out / "a.txt").symlink_to(out / "a.txt")
    done = translit_cli(
        "romanize", "-l", "ru", "--out-dir", out, tmp_path / "a.txt", tmp_path / "b.txt"
    )
    err = done.stderr.decode()
    assert done.returncode == 1, err
    assert (
        f"translit: error: {out / 'a.txt'}: a symbolic link in a loop (it leads back to "
        "itself), so no file can be written through it; remove or mend the link\n" in err
    ), err
    assert (out / "b.txt").read_text(encoding="utf-8") == "Yuriy\n"


# -- 4. a glossary table whose rows are one cell -------------------------------------------------


def test_a_csv_glossary_of_one_cell_rows_says_what_to_do(tmp_path: Path) -> None:
    """A ``.csv`` glossary split by ``|`` (a delimiter the sniff of , ; and tab does not find)
    said "OmegaT row needs source<TAB>target[<TAB>comment]" of a CSV file, nothing on the
    header or the delimiter; it says what the row lacks and both ways to mend it, and the
    ``sep=|`` first line it names reads the file."""
    path = tmp_path / "g.csv"
    path.write_text("ru|fr\nГагарин|Gagarine\n", encoding="utf-8")
    done = translit_cli("glossary", "stats", path)
    assert done.returncode == 2
    assert done.stderr.decode() == (
        f"translit: error: {path}:1: a row of one cell: without a header of languages (ru,fr) "
        "each row holds a term and its translation (OmegaT's source<TAB>target[<TAB>comment]): "
        "add the cell or the header; cells split by a character other than , ; or tab need it "
        "named on a first line, as Excel writes it (sep=|)\n"
    )
    path.write_text("sep=|\nru|fr\nГагарин|Gagarine\n", encoding="utf-8")
    done = translit_cli("glossary", "stats", "--json", path)
    assert done.returncode == 0, done.stderr.decode()
    assert json.loads(done.stdout)[str(path)]["languages"] == {"fr": 1, "ru": 1}


# -- 5. JSON Lines: a key written twice, once with an escape -------------------------------------


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_field_written_twice_once_escaped_converts_the_value_readers_take(
    tmp_path: Path, jobs: str
) -> None:
    """``{"text": "Юрий", "te\\u0078t": "Гагарин"}`` names one key twice (RFC 8259: the
    names compare after unescaping; readers such as json.loads and JSON.parse take the last).
    The fast path found the plain spelling alone and converted "Юрий", so readers saw no
    change; the value readers take is converted and the other kept byte for byte (as for a
    key written twice plainly), and ``detect --field`` decides on that value too."""
    lines = [
        '{"text": "Юрий", "te\\u0078t": "Гагарин"}\n',
        '{"te\\u0078t": "Юрий", "text": "Гагарин"}\n',
    ]
    src = tmp_path / "a.jsonl"
    src.write_text("".join(lines) * 2000, encoding="utf-8")
    out = tmp_path / "b.jsonl"
    done = translit_cli(
        "romanize", "-l", "ru", "--field", "text", "-j", jobs, "--chunk-size", "16K", "-o", out,
        src,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr.decode()
    want = [
        '{"text": "Юрий", "te\\u0078t": "Gagarin"}\n',
        '{"te\\u0078t": "Юрий", "text": "Gagarin"}\n',
    ]
    assert out.read_text(encoding="utf-8") == "".join(want) * 2000
    assert {json.loads(w)["text"] for w in want} == {"Gagarin"}
    one = tmp_path / "one.jsonl"
    one.write_text('{"text": "Jurij", "te\\u0078t": "Ёлка"}\n', encoding="utf-8")
    done = translit_cli("detect", "--field", "text", one)
    assert (done.returncode, done.stdout) == (0, b"ru\n"), done.stderr.decode()


# -- 6. a socket named as an input or an output --------------------------------------------------


@pytest.mark.skipif(not hasattr(socket, "AF_UNIX"), reason="no Unix sockets on this system")
def test_a_socket_as_input_or_output_says_what_it_is_and_what_to_do(tmp_path: Path) -> None:
    """A Unix socket named as a file said only "No such device or address": as an input (each
    command, the input failing alone), as ``-o`` (after the work, "1 file (1 failed)"), as
    ``--report`` (after the work, exit 1) and as a ``glossary convert`` DST. An output is a
    usage error before any work; an input fails alone, saying to pipe it to stdin."""
    from translit.io import RunOptions, UsageError, run

    src = tmp_path / "a.txt"
    src.write_text("Юрий\n", encoding="utf-8")
    listener = socket.socket(socket.AF_UNIX)
    path = tmp_path / "s"
    listener.bind(str(path))
    try:
        read = (
            "a socket, which no file can be read from by its name: pipe what it sends to "
            "standard input (e.g. with socat or nc)"
        )
        for command in (("romanize", "-l", "ru"), ("detect",), ("glossary", "apply", "-t", "fr")):
            done = translit_cli(*command, path, src)
            assert done.returncode == 1, done.stderr.decode()
            assert f"translit: error: {path}: {read}\n" in done.stderr.decode()
        wrote = (
            "a socket, which no file can be written to by its name; write a file, or write to "
            "standard output and pipe it to the program that listens there"
        )
        for flag, shown in (("-o", "--output"), ("--report", "--report-json")):
            done = translit_cli("romanize", "-l", "ru", flag, path, src)
            assert (done.returncode, done.stdout) == (2, b""), done.stderr.decode()
            assert done.stderr.decode() == f"translit: error: {path}: {shown} is {wrote}\n"
        with pytest.raises(UsageError, match="`output` is a socket"):
            run(str.upper, [str(src)], RunOptions(output=str(path), jobs=1))
        done = translit_cli("glossary", "convert", "--to", "csv", "-", path, stdin=b"ru,fr\n")
        assert done.stderr.decode() == f"translit: error: {path}: DST is {wrote}\n"
    finally:
        listener.close()


# -- 7. standard output opened for reading only --------------------------------------------------


@pytest.mark.parametrize(
    "command",
    [["detect", "IN"], ["romanize", "-l", "ru", "IN"], ["schemes"], ["name-key", "Юрий"]],
    ids=["detect", "romanize", "schemes", "name-key"],
)
def test_stdout_opened_for_reading_only_is_blamed_not_the_input(
    tmp_path: Path, command: list[str]
) -> None:
    """With descriptor 1 opened for reading (``cmd 1<file``, a parent's mistake), ``detect``
    said "in.txt: Bad file descriptor", blaming its input (exit 1), and the other commands
    "translit: error: Bad file descriptor", naming nothing; each names ``<stdout>`` and says
    what to do, exit 2, as for a closed stdout. An ``-o`` run writes no stdout and is done."""
    src = tmp_path / "in.txt"
    src.write_text("Юрий\n", encoding="utf-8")
    args = [str(src) if a == "IN" else a for a in command]
    with open(src, "rb") as read_only:
        done = subprocess.run(
            [sys.executable, "-m", "translit", *args], stdout=read_only, stderr=subprocess.PIPE,
            env=CLI_ENV, timeout=120, check=False,
        )  # fmt: skip
        err = done.stderr.decode()
        assert done.returncode == 2, err
        assert err.startswith(
            "translit: error: <stdout>: standard output was opened for reading only; "
            "redirect it to a file or a pipe\n"
        ), err
        if command[0] == "romanize":
            out = tmp_path / "out.txt"
            done = subprocess.run(
                [sys.executable, "-m", "translit", *args[:-1], "-o", str(out), str(src)],
                stdout=read_only, stderr=subprocess.PIPE, env=CLI_ENV, timeout=120, check=False,
            )  # fmt: skip
            assert done.returncode == 0, done.stderr.decode()
            assert out.read_text(encoding="utf-8") == "Yuriy\n"


# -- 8. standard input closed or opened for writing only -----------------------------------------


def _stdin_closed() -> None:
    os.close(0)


def _stdin_write_only(path: str) -> Any:
    def reopen() -> None:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT, 0o600)
        if fd != 0:
            os.dup2(fd, 0)
            os.close(fd)

    return reopen


def test_a_named_file_is_read_with_stdin_closed(tmp_path: Path) -> None:
    """With standard input closed (``<&-``, a daemon, cron; ``sys.stdin`` is None), every
    named file failed after its output was written: "in.txt: 'NoneType' object has no
    attribute 'buffer'" (exit 1), through the library (``translit.io.run``) as through each
    command. A closed stdin matters only to a command that reads it."""
    src = tmp_path / "in.txt"
    src.write_text("Юрий\n", encoding="utf-8")
    for args, want in (
        (["romanize", "-l", "ru", "-j", "2", str(src)], b"Yuriy\n"),
        (["detect", str(src)], b"ru\n"),
        (["normalize", "--report", str(src)], b""),
    ):
        done = subprocess.run(
            [sys.executable, "-m", "translit", *args], capture_output=True,
            env=CLI_ENV, timeout=120, preexec_fn=_stdin_closed,
            check=False,
        )  # fmt: skip
        assert (done.returncode, done.stdout) == (0, want), done.stderr.decode()
    code = (
        "import sys; sys.stdin = None\n"
        "from translit.io import RunOptions, run\n"
        f"r = run(str.upper, [{str(src)!r}], RunOptions(output={str(tmp_path / 'o.txt')!r}, "
        "jobs=1))\n"
        "print(r.exit_code, r.files[0].errors)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, env=CLI_ENV, timeout=120, check=False
    )
    assert done.stdout == b"0 []\n", done.stderr.decode()
    assert (tmp_path / "o.txt").read_text(encoding="utf-8") == "ЮРИЙ\n"


@pytest.mark.parametrize("how", ["closed", "write-only"])
def test_a_glossary_or_text_from_a_stdin_that_gives_nothing_says_so(
    tmp_path: Path, how: str
) -> None:
    """``glossary check -f csv -`` with stdin closed was "internal error: AttributeError:
    'NoneType' object has no attribute 'buffer'"; with stdin opened for writing only (``0>f``)
    every command said "<stdin>: Bad file descriptor" (``glossary convert``: nothing named).
    Both are told as a closed stdin is, with what to do."""
    setup = _stdin_closed if how == "closed" else _stdin_write_only(str(tmp_path / "w"))
    for args, code, said in (
        (["glossary", "check", "-f", "csv", "-"], 2, "-: standard input is closed: name the "
         "glossary file, or pipe it in"),
        (["glossary", "convert", "--from", "csv", "-", str(tmp_path / "g.tbx")], 2,
         "-: standard input is closed: name the glossary file, or pipe it in"),
        (["romanize", "-l", "ru"], 1, "<stdin>: standard input is closed: name a file, or pipe "
         "text in"),
    ):  # fmt: skip
        done = subprocess.run(
            [sys.executable, "-m", "translit", *args], capture_output=True,
            env=CLI_ENV, timeout=120, preexec_fn=setup, check=False,
        )  # fmt: skip
        err = done.stderr.decode()
        assert done.returncode == code, err
        assert err.startswith(f"translit: error: {said}\n"), err


# -- 9. an encoding that cannot work names its option --------------------------------------------


@pytest.mark.parametrize(
    ("args", "env", "said"),
    [
        ([], {"TRANSLIT_ENCODING": "nonsense"}, "--encoding: unknown encoding 'nonsense'"),
        (["--output-encoding", "hex"], {}, "--output-encoding: 'hex' is not a text encoding"),
    ],
    ids=["encoding-from-the-environment", "output-encoding"],
)
def test_an_encoding_that_cannot_work_names_its_option(
    tmp_path: Path, args: list[str], env: dict[str, str], said: str
) -> None:
    """``romanize`` said "unknown encoding 'nonsense'" (set by TRANSLIT_ENCODING, nothing
    typed) and "'hex' is not a text encoding" without saying of which option, where
    ``detect`` named ``--encoding``; the message names it, in every command of the batch."""
    src = tmp_path / "a.txt"
    src.write_text("Юрий\n", encoding="utf-8")
    for command in (["romanize", "-l", "ru"], ["glossary", "apply", "-t", "fr"]):
        done = translit_cli(*command, *args, src, env=env)
        assert done.returncode == 2
        assert done.stderr.decode().startswith(f"translit: error: {said}"), done.stderr


# -- 10. glossary convert to a DST that cannot be written ----------------------------------------


def test_glossary_convert_to_a_dst_it_cannot_write_says_what_to_do(tmp_path: Path) -> None:
    """``glossary convert g.csv /dev/full`` said "/dev/full: No space left on device" and a
    DST in a missing folder "No such file or directory", nothing on what to do; they say it
    in the batch commands' words (convert makes no folder: it says to make it)."""
    src = tmp_path / "g.csv"
    src.write_text("id,ru,fr\nroa,РОА,ROA\n", encoding="utf-8")
    missing = tmp_path / "no" / "g.tbx"
    for dst, said in (
        ("/dev/full", "/dev/full: No space left on device: free some space, or write elsewhere"),
        (str(missing), f"{missing}: its folder {missing.parent} does not exist; make it, or "
         "name another DST"),
    ):  # fmt: skip
        if dst == "/dev/full" and not os.path.exists(dst):
            continue
        done = translit_cli("glossary", "convert", "--to", "tbx", src, dst)
        assert done.returncode == 2
        assert done.stderr.decode() == f"translit: error: {said}\n"
