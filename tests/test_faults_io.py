"""Fault suite, batch layer: giant lines, broken compressed files, hostile option values.

The bar: linear time on any input shape, a broken input is an error naming it (never an exit 0
over a cut output), and an option value that cannot work is a usage error before any work.
"""

from __future__ import annotations

import bz2
import gzip
import io
import json
import lzma
import os
import re
import subprocess
import sys
from functools import partial
from pathlib import Path
from typing import Any

import pytest
from conftest import growth_ratio
from hypothesis import given, settings
from hypothesis import strategies as st

from translit import romanize
from translit.io import InputError, RunOptions, UsageError
from translit.io.runner import plan_jobs
from translit.io.textio import cut_csv, cut_text, read_blocks, read_text

ROOT = Path(__file__).resolve().parent.parent
CODECS = {".gz": gzip.compress, ".bz2": bz2.compress, ".xz": lzma.compress}
try:
    import zstandard

    CODECS[".zst"] = zstandard.ZstdCompressor().compress
except ImportError:  # optional: .zst is read only with it
    pass


@pytest.mark.parametrize("cut", [cut_text, cut_csv])
@pytest.mark.parametrize("token", ["a", "ж"])
def test_line_without_any_cut_reads_in_linear_time(cut, token: str) -> None:
    """A line with no whitespace was searched for a cut after every read, over the whole
    buffer: 8 MB took 1.3 s and 32 MB 35 s through the CLI (a 300 MB gzip bomb of one token
    ran for minutes)."""

    def read(text: str) -> None:
        raw = io.BytesIO(text.encode())
        assert sum(map(len, read_blocks(raw, "utf-8", chunk_size=4096, cut=cut))) == len(text)

    assert growth_ratio(read, lambda n: token * n) < 9


def test_csv_quote_left_open_reads_in_linear_time() -> None:
    """A quote opened and never closed (``"`` then many lines): cut_csv counted the quotes from
    each line end to the end of the buffer, 80,000 lines took 21 s before the error."""

    def read(text: str) -> None:
        raw = io.BytesIO(text.encode())
        assert sum(map(len, read_blocks(raw, "utf-8", chunk_size=4096, cut=cut_csv))) == len(text)

    assert growth_ratio(read, lambda n: 'id,"' + "Щука,x\n" * (n // 7)) < 9


def _last_cut(buf: str) -> int:
    """cut_text's definition, searched the slow obvious way: after a white-space run between
    two words of two word characters or more (hostile28: a one-letter word takes its case
    from its neighbours, so no cut beside one)."""
    if "\n" in buf:
        return buf.rfind("\n") + 1
    return max((m.end() for m in re.finditer(r"(?<=\w\w)\s+(?=\w\w)", buf)), default=0)


@settings(max_examples=60, deadline=None)
@given(
    n=st.sampled_from([0, 1, 4095, 4096, 4097, 9000, (1 << 20) + 4097, (2 << 20) + 3]),
    spaces=st.lists(st.tuples(st.floats(0, 1, exclude_max=True), st.sampled_from(" \t\xa0\u2028")), max_size=3),
)  # fmt: skip
def test_cut_text_finds_the_last_cut_of_any_buffer(n: int, spaces: list[tuple[float, str]]) -> None:
    """cut_text searches backwards in windows; the windows must not miss a cut at their edge."""
    buf = ["x"] * n
    for where, char in spaces:
        if n:
            buf[int(where * n)] = char
    text = "".join(buf)
    assert cut_text(text) == _last_cut(text)


def _broken(tmp_path: Path) -> list[Path]:
    """For each codec: a cut-short file, and a file with the suffix that is not compressed."""
    text = "\n".join(f"Строка {i} {i * 7919 % 10007}" for i in range(20_000)).encode()
    out = []
    for suffix, compress in CODECS.items():
        data = compress(text)
        cut = tmp_path / f"cut{suffix}"
        cut.write_bytes(data[: len(data) // 2])
        fake = tmp_path / f"fake{suffix}"
        fake.write_bytes("Щука\n".encode())
        out += [cut, fake]
    return out


def test_broken_compressed_inputs_are_input_errors(tmp_path: Path) -> None:
    for path in _broken(tmp_path):
        with pytest.raises(InputError, match="cannot decompress"):
            for _ in read_text(str(path)):
                pass


def test_broken_compressed_inputs_through_the_cli(tmp_path: Path) -> None:
    """Exit 1, each file named, no output file published from a broken input."""
    files = _broken(tmp_path)
    done = subprocess.run(
        [sys.executable, "-m", "translit", "romanize", "-l", "ru", "-j", "2",
         "--out-dir", str(tmp_path / "out"), *map(str, files)],
        capture_output=True, env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=120,
        check=False,
    )  # fmt: skip
    err = done.stderr.decode()
    assert done.returncode == 1 and "Traceback" not in err
    for path in files:
        assert f"error: {path}" in err and "cannot decompress" in err
        assert not (tmp_path / "out" / path.name).exists()


@pytest.mark.parametrize("cmd", [["detect"], ["normalize", "--report"]], ids=" ".join)
def test_broken_compressed_inputs_through_the_other_readers(tmp_path: Path, cmd: list[str]) -> None:
    """``detect`` and ``normalize --report`` on a ``.zst`` that is not zstd said "internal error:
    ZstdError"; a cut-short ``.zst`` read as empty everywhere (exit 0, nothing converted)."""
    files = _broken(tmp_path)
    done = subprocess.run(
        [sys.executable, "-m", "translit", *cmd, *map(str, files)],
        capture_output=True, env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=120,
        check=False,
    )  # fmt: skip
    err = done.stderr.decode()
    assert done.returncode == 1 and "Traceback" not in err and "internal error" not in err, err
    for path in files:
        assert f"error: {path}: cannot decompress" in err, (path, err)


#: a gzip header, then a deflate block of the reserved type 3: "invalid block type"
DAMAGED_GZIP = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff" + b"\x07" + b"\x00" * 16


@pytest.mark.parametrize("cmd", [["romanize"], ["detect"], ["normalize", "--report"]], ids=" ".join)
def test_damaged_deflate_data_in_a_gz_is_an_input_error(tmp_path: Path, cmd: list[str]) -> None:
    """A .gz whose deflate data is damaged raises zlib.error, which the reader did not count as
    the input's fault: ``detect`` and ``normalize --report`` said "internal error: error: Error
    -3 while decompressing data", ``romanize`` gave no hint that decompressing failed."""
    path = tmp_path / "damaged.txt.gz"
    path.write_bytes(DAMAGED_GZIP)
    done = subprocess.run(
        [sys.executable, "-m", "translit", *cmd, str(path)], capture_output=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=120, check=False,
    )  # fmt: skip
    err = done.stderr.decode()
    assert done.returncode == 1 and "internal error" not in err, err
    assert f"error: {path}: cannot decompress: Error -3 while decompressing data" in err


@pytest.mark.parametrize("suffix", sorted(CODECS))
def test_every_member_of_a_concatenated_compressed_file_is_read(
    tmp_path: Path, suffix: str
) -> None:
    """``cat a.gz b.gz > ab.gz`` (and ``zstd -c a b``) decompress to both texts."""
    path = tmp_path / f"ab{suffix}"
    path.write_bytes(CODECS[suffix]("Щука\n".encode() * 5000) + CODECS[suffix]("Ёж\n".encode()))
    text = "".join(read_text(str(path), chunk_size=4096))
    assert text == "Щука\n" * 5000 + "Ёж\n"


@pytest.mark.parametrize(
    ("option", "value"),
    [("encoding", "hex"), ("encoding", "rot13"), ("output_encoding", "zlib"),
     ("output_encoding", "hex"), ("encoding", "utf\x00-8"), ("output_encoding", "punycode"),
     ("encoding", "punycode"), ("output_encoding", "idna"), ("output_encoding", "undefined"),
     ("encoding", "undefined")],
)  # fmt: skip
def test_encoding_that_is_not_a_text_encoding(tmp_path: Path, option: str, value: str) -> None:
    """``--output-encoding hex`` was an internal error (TypeError) and ``--encoding rot13`` a
    per-file "descriptor 'translate' for 'str' objects…"; both are usage errors now. So are
    the text codecs that cannot work piece by piece: ``punycode`` wrote a corrupt file with
    exit 0 (each block encoded on its own), ``idna`` and ``undefined`` were internal errors
    (UnicodeError)."""
    src = tmp_path / "a.txt"
    src.write_text("Щука\n", encoding="utf-8")
    with pytest.raises(UsageError, match="encoding"):
        plan_jobs([str(src)], RunOptions(**{option: value}))


@pytest.mark.parametrize(
    "options",
    [{"backup": "", "in_place": True}, {"backup": "/x", "in_place": True}, {"suffix": ""},
     {"suffix": "/x"}, {"suffix": "../x"}],
)  # fmt: skip
def test_suffix_that_is_not_a_file_name_suffix(options: dict[str, object]) -> None:
    """``--backup ''`` converted in place without a backup; ``--suffix /x`` created a folder
    named after the input and wrote into it."""
    found = RunOptions(**options).clashes()  # type: ignore[arg-type]
    assert found and "added to a file name" in str(found[0])


@pytest.mark.parametrize(
    ("options", "says"),
    [({"delimiter": "ab"}, "one character"), ({"delimiter": "\n"}, "one character"),
     ({"quote": "ab"}, "one character"), ({"quote": "\r"}, "one character"),
     ({"quote": ",", "delimiter": ","}, "the same character")],
)  # fmt: skip
def test_delimiter_or_quote_that_cannot_work(options: dict[str, str], says: str) -> None:
    """``--delimiter ab`` was accepted and read no column ("no column 'text'; the header has:
    text,b"); ``--quote ab`` and ``--quote , --delimiter ,`` were accepted too."""
    found = RunOptions(**options).clashes()  # type: ignore[arg-type]
    assert found and says in str(found[0])


@pytest.mark.parametrize(("option", "flag"), [("output", "-o"), ("out_dir", "--out-dir"), ("report", "--report")])  # fmt: skip
def test_empty_output_paths_are_usage_errors(tmp_path: Path, option: str, flag: str) -> None:
    """``--out-dir ''`` wrote every result to stdout, ``--report ''`` wrote no report (both
    exit 0), ``-o ''`` failed as "<stdout>: No such file or directory" with exit 1."""
    found = RunOptions(**{option: ""}).clashes()  # type: ignore[arg-type]
    assert found and "not ''" in str(found[0])
    (tmp_path / "a.txt").write_text("Щука\n", encoding="utf-8")
    done = _romanize_cli(tmp_path, flag, "", "a.txt")
    assert done.returncode == 2 and not done.stdout, done
    assert f"{flag if flag != '-o' else '--output'}" in done.stderr.decode()


@pytest.mark.parametrize(
    ("name", "data", "args", "code", "says"),
    [("a.csv", "id,text\n1,Щука\n", ["--delimiter", '"'], 2, "quote character of CSV"),
     ("b.csv", 'id;text\n1;Щука\n', ["--quote", ";"], 1, "the header is one column, 'id;text'"),
     ("c.csv", 'id,text\n1,"Щу,ка"\n', ["--quote", ","], 1, "the header is one column")],
)  # fmt: skip
def test_delimiter_that_is_the_quote_after_defaults(
    tmp_path: Path, name: str, data: str, args: list[str], code: int, says: str
) -> None:
    """The quote was compared with the delimiter only when both were given: ``--delimiter '"'``
    (the default quote) failed "no column 'text'; the header has: id,text" (exit 1), and with
    ``--quote ;`` (or ``,``) the sniffer took that quote for the delimiter too: ``1,"Щу,ка"``
    came out ``1,"Shchu,ка"``, exit 0, half a field converted."""
    (tmp_path / name).write_text(data, encoding="utf-8")
    done = _romanize_cli(tmp_path, "--column", "text", *args, name)
    err = done.stderr.decode()
    assert done.returncode == code and not done.stdout and "Traceback" not in err, err
    assert says in err


def test_delimiter_and_quote_that_work_are_accepted() -> None:
    for options in ({"delimiter": ";"}, {"delimiter": ""}, {"quote": ""}, {"quote": "'"}):
        assert RunOptions(**options).clashes() == []  # type: ignore[arg-type]


def test_file_name_with_undecodable_bytes(tmp_path: Path) -> None:
    """A file name that is not UTF-8 (``b'\\xff\\xfe.txt'``) was an internal error
    (UnicodeEncodeError) when the manifest or the report wrote it; the manifest holds it
    escaped, the report with U+FFFD and its bytes in hex, and ``--resume`` finds it again."""
    name = os.fsdecode(b"\xff\xfe-a.txt")
    try:
        (tmp_path / name).write_text("Щука\n", encoding="utf-8")
    except (OSError, UnicodeError):
        pytest.skip("this file system refuses names that are not UTF-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    args = [sys.executable, "-m", "translit", "romanize", "-l", "ru", "--out-dir", "out"]
    report = "report.json"
    first = subprocess.run([*args, "--report-json", report, name], cwd=tmp_path, env=env, capture_output=True, timeout=120, check=False)  # fmt: skip
    assert first.returncode == 0, first.stderr
    assert (tmp_path / "out" / name).read_text(encoding="utf-8") == "Shchuka\n"
    import json

    entry = json.loads((tmp_path / report).read_text(encoding="utf-8"))["files"][0]
    assert entry["input"] == "\ufffd\ufffd-a.txt"  # (strict JSON: see hostile20)
    assert bytes.fromhex(entry["input_bytes"]) == b"\xff\xfe-a.txt"
    again = subprocess.run([*args, "--resume", name], cwd=tmp_path, env=env, capture_output=True, timeout=120, check=False)  # fmt: skip
    assert again.returncode == 0 and b"1 skipped" in again.stderr, again.stderr


@pytest.mark.parametrize(
    "options",
    [
        {"chunk_size": 0},
        {"chunk_size": -1},
        {"jobs": -3},
        {"chunk_size": 10 << 30},  # (read the whole file into memory)
        {"jobs": 100_000},  # (forked until the open files ran out)
    ],
)
def test_library_run_refuses_sizes_that_cannot_work(
    tmp_path: Path, options: dict[str, int]
) -> None:
    """``run(Plan(..., RunOptions(chunk_size=0)))`` read the first 64 KB, took ``read(0) == b""``
    for the end of the file and reported the cut output as ``ok``."""
    from functools import partial

    from translit import romanize
    from translit.io import Plan, run

    src = tmp_path / "a.txt"
    src.write_text("Щука\n" * 20_000, encoding="utf-8")
    with pytest.raises(UsageError):
        run(Plan(partial(romanize, lang="ru"), (str(src),), RunOptions(output=str(tmp_path / "o.txt"), **options)))  # type: ignore[arg-type]  # fmt: skip
    assert not (tmp_path / "o.txt").exists()


def test_read_blocks_refuses_a_chunk_size_that_reads_nothing() -> None:
    from translit.errors import ParameterError

    for size in (0, -1):
        with pytest.raises(ParameterError, match="chunk_size"):
            list(read_blocks(io.BytesIO("Щука\n".encode() * 10), "utf-8", chunk_size=size))


def _romanize_cli(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "translit", "romanize", "-l", "ru", *args],
        capture_output=True, env={**os.environ, "PYTHONPATH": str(ROOT)}, cwd=tmp_path,
        timeout=120, check=False,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("name", "data", "args", "line"),
    [
        ("mac.csv", "text,n\rЩука,1\rЁж,2\r", ["--column", "text"], 1),
        ("mac.tsv", "text\tn\rЩука\t1\r", ["--column", "text"], 1),
        ("mac-no-header.csv", "Щука,1\rЁж,2\r", ["--no-header", "--column", "1"], 1),
        ("one-cr.csv", "text,n\nЩука,1\rЁж,2\nРыба,3\n", ["--column", "text"], 2),
        ("one-cr-quoted.csv", 'text,n\n"Щ",1\rЁж,2\n', ["--column", "text"], 2),
    ],
)  # fmt: skip
def test_csv_with_carriage_returns_alone_is_refused(
    tmp_path: Path, name: str, data: str, args: list[str], line: int
) -> None:
    """A CSV with old-Mac line ends (CR alone) was read as one record, its header: exit 0 and
    not one field converted. A CR alone in a field that is not quoted is now an error at its
    line (Python's csv, like Excel, would end the record there)."""
    (tmp_path / name).write_bytes(data.encode())
    done = _romanize_cli(tmp_path, *args, "-o", "out" + name[-4:], name)
    err = done.stderr.decode()
    assert done.returncode == 1 and "Traceback" not in err, err
    assert f"{name}:{line}: " in err and "carriage return alone" in err
    assert not (tmp_path / ("out" + name[-4:])).exists()


def test_csv_with_a_carriage_return_quoted_or_before_lf_still_reads(tmp_path: Path) -> None:
    (tmp_path / "ok.csv").write_bytes('text,n\r\n"Щу\rка",1\r\nЁж,2\r'.encode())
    done = _romanize_cli(tmp_path, "--column", "text", "ok.csv")
    assert done.returncode == 0, done.stderr
    assert done.stdout.decode() == 'text,n\r\n"Shchu\rka",1\r\nYëzh,2\r'


def test_csv_column_named_twice_in_the_header_is_refused(tmp_path: Path) -> None:
    """``--column text`` under ``text,text`` converted the first column only and left the second
    in Cyrillic, with exit 0."""
    (tmp_path / "twice.csv").write_bytes("text,text\nЩука,Ёж\n".encode())
    done = _romanize_cli(tmp_path, "--column", "text", "twice.csv")
    err = done.stderr.decode()
    assert done.returncode == 1 and "Traceback" not in err, err
    assert "twice.csv:1: the header names column 'text' more than once (columns 1, 2)" in err
    by_index = _romanize_cli(tmp_path, "--column", "1", "--column", "2", "twice.csv")
    assert by_index.stdout.decode() == "text,text\nShchuka,Yëzh\n"


def test_jsonl_nested_too_deeply_names_its_line(tmp_path: Path) -> None:
    """The language sample parsed each line with json.loads and let RecursionError through: the
    message was "maximum recursion depth exceeded while decoding a JSON array from a unicode
    string", with no line and nothing to do about it."""
    from translit.io.formats.jsonl import Jsonl

    deep = '{"text": "Щука", "n": ' + "[" * 100_000 + "]" * 100_000 + "}\n"
    assert Jsonl(fields=("text",)).sample('{"text": "Ёж"}\n' + deep) == "Ёж"
    (tmp_path / "deep.jsonl").write_text('{"text": "Ёж"}\n' + deep, encoding="utf-8")
    done = _romanize_cli(tmp_path, "--field", "text", "deep.jsonl")
    err = done.stderr.decode()
    assert done.returncode == 1 and "recursion" not in err, err
    assert "deep.jsonl:2: JSON nested too deeply" in err and "--on-error skip" in err


def test_jsonl_integer_longer_than_python_converts_is_kept(tmp_path: Path) -> None:
    """A 5000-digit integer is valid JSON, yet the line was refused with "Exceeds the limit
    (4300 digits) for integer string conversion…; use sys.set_int_max_str_digits()", advice
    for a Python programmer. Values other than the fields are kept as written, so it is too."""
    from translit.io.formats.jsonl import Jsonl

    big, bigger = "7" * 5000, "-" + "8" * 9000
    block = (
        f'{{"n": {big}, "text": "Щука"}}\n{{"text": {bigger}}}\n{{"m": [{big}], "text": "Ёж"}}\n'
    )
    want = block.replace("Щука", "Shchuka").replace("Ёж", "Yëzh")
    assert Jsonl(fields=("text",)).apply(partial(romanize, lang="ru"), block) == (want, 2)
    (tmp_path / "big.jsonl").write_text(block, encoding="utf-8")
    done = _romanize_cli(tmp_path, "--field", "text", "big.jsonl")
    assert done.returncode == 0, done.stderr
    assert done.stdout.decode() == want


def test_damaged_resume_manifest_is_passed_over_line_by_line(tmp_path: Path) -> None:
    """A manifest line that was not UTF-8, or was JSON nested past the recursion limit, made
    ``--resume`` an internal error (UnicodeDecodeError, RecursionError); such a line is now
    passed over like a line cut short, and the intact entries still count."""
    for name, text in (("a.txt", "Щука\n"), ("b.txt", "Ёж\n")):
        (tmp_path / name).write_text(text, encoding="utf-8")
    first = _romanize_cli(tmp_path, "--out-dir", "out", "a.txt", "b.txt")
    assert first.returncode == 0, first.stderr
    manifest = tmp_path / "out" / ".translit-manifest.jsonl"
    lines = manifest.read_bytes().splitlines(keepends=True)
    assert len(lines) == 2
    damaged = b'{"input": "\xff\xfe"}\n' + b'{"a": ' * 100_000 + b"1" + b"}" * 100_000 + b"\n"
    manifest.write_bytes(lines[0] + damaged + b"[]\n" + b'{"input": {}}\n')
    again = _romanize_cli(tmp_path, "--out-dir", "out", "--resume", "a.txt", "b.txt")
    err = again.stderr.decode()
    assert again.returncode == 0 and "error" not in err, err
    assert "1 skipped" in err  # the entry left intact; the other input is converted again
    assert (tmp_path / "out" / "b.txt").read_text(encoding="utf-8") == "Yëzh\n"


@pytest.mark.parametrize(
    ("data", "out"), [(b"", b""), (b"\xef\xbb\xbf", b"\xef\xbb\xbf")], ids=["empty", "bom-only"]
)
def test_empty_csv_with_a_column_name_is_an_empty_output(tmp_path: Path, data: bytes, out: bytes) -> None:  # fmt: skip
    """An empty CSV failed "no column 'text'; the header has: " (an empty list), while the
    same file with ``--column 1``, and an empty text or JSONL file, were an empty output."""
    (tmp_path / "e.csv").write_bytes(data)
    done = _romanize_cli(tmp_path, "--column", "text", "-o", "o.csv", "e.csv")
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "o.csv").read_bytes() == out


@pytest.mark.parametrize("header", ["\n", ",,\n"], ids=["blank", "commas"])
def test_csv_header_that_names_no_column_says_so(tmp_path: Path, header: str) -> None:
    (tmp_path / "h.csv").write_text(header + "Щука,Ёж,x\n", encoding="utf-8")
    done = _romanize_cli(tmp_path, "--column", "text", "h.csv")
    err = done.stderr.decode()
    assert done.returncode == 1, err
    assert "h.csv:1: no column 'text': the header (line 1) names no column" in err
    assert "--column as 1-based indexes" in err


def test_backup_name_near_the_file_name_limit(tmp_path: Path) -> None:
    """``--backup .bbb…`` giving a 246-byte name (the limit is 255) failed with "a.txt: File
    name too long": the backup's temporary name was longer than the backup's. A name past
    the limit blamed the input, not the backup."""
    (tmp_path / "a.txt").write_text("Щука\n", encoding="utf-8")
    fits = "." + "b" * 240
    done = _romanize_cli(tmp_path, "--in-place", "--backup", fits, "a.txt")
    assert done.returncode == 0, done.stderr
    assert (tmp_path / ("a.txt" + fits)).read_text(encoding="utf-8") == "Щука\n"
    assert (tmp_path / "a.txt").read_text(encoding="utf-8") == "Shchuka\n"
    too_long = "." + "c" * 260
    again = _romanize_cli(tmp_path, "--in-place", "--backup", too_long, "a.txt")
    err = again.stderr.decode()
    assert again.returncode == 1 and f"error: a.txt{too_long}: File name too long" in err, err
    assert "choose a shorter --suffix or --backup" in err, err  # (what to do, not only what)
    assert (tmp_path / "a.txt").read_text(encoding="utf-8") == "Shchuka\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "a.txt" + fits]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
@pytest.mark.parametrize("cmd", [["romanize", "--out-dir", "out"], ["normalize", "--report"]])
def test_recursive_walk_passes_over_a_fifo(tmp_path: Path, cmd: list[str]) -> None:
    """``-r`` over a folder holding a FIFO opened it as an input and waited for a writer
    forever. What is not a regular file is passed over in a tree (a FIFO named on the command
    line is still read)."""
    tree = tmp_path / "in"
    (tree / "sub").mkdir(parents=True)
    (tree / "a.txt").write_text("Щу\u0301ка\n", encoding="utf-8")
    (tree / "sub" / "b.txt").write_text("Ёж\n", encoding="utf-8")
    os.mkfifo(tree / "pipe.txt")
    done = subprocess.run(
        [sys.executable, "-m", "translit", *cmd, "-r", "in"], capture_output=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)}, cwd=tmp_path, timeout=60, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    if cmd[0] == "romanize":
        assert (tmp_path / "out" / "sub" / "b.txt").read_text(encoding="utf-8") == "Yëzh\n"
        assert not (tmp_path / "out" / "pipe.txt").exists()
    else:
        assert b"a.txt:1:" in done.stdout and b"pipe" not in done.stdout + done.stderr


@pytest.mark.parametrize(
    ("name", "text", "args", "want"),
    [
        ("a.csv", "text,b\nЩука,x\n", ["--column", "text", "--column", "text"], "text,b\nShchuka,x\n"),
        ("b.csv", "text,b\nЩука,x\n", ["--column", "text", "--column", "1"], "text,b\nShchuka,x\n"),
        ("c.csv", 'text,b\n"Щу,ка",x\n', ["--column", "1", "--column", "text"], 'text,b\n"Shchu,ka",x\n'),
        ("d.csv", "Щука,x\n", ["--no-header", "--column", "1", "--column", "1"], "Shchuka,x\n"),
        ("e.jsonl", '{"text": "Щука"}\n', ["--field", "text", "--field", "text"], '{"text": "Shchuka"}\n'),
        ("f.jsonl", '{"a": {"t": "Ёж"}}\n', ["--field", "a.t", "--field", "a.t"], '{"a": {"t": "Yëzh"}}\n'),
    ],
)  # fmt: skip
def test_a_column_or_field_named_twice_is_converted_once(
    tmp_path: Path, name: str, text: str, args: list[str], want: str
) -> None:
    """``--column text --column text`` wrote ``Shchukauka`` and ``--field text --field text``
    broken JSON (``"Shchuka"ka"``): two edits of one span, the second at offsets the first
    had moved."""
    (tmp_path / name).write_text(text, encoding="utf-8")
    done = _romanize_cli(tmp_path, *args, name)
    assert done.returncode == 0, done.stderr
    assert done.stdout.decode() == want


@pytest.mark.parametrize(
    ("name", "text", "args"),
    [("a.csv", "id,text\n1,Щука\n", ["--column", "text", "--add-column", "id"]),
     ("b.csv", "id,text\n1,Щука\n", ["--column", "text", "--add-column", "text"])],
)  # fmt: skip
def test_a_new_column_named_as_an_input_column_is_refused(
    tmp_path: Path, name: str, text: str, args: list[str]
) -> None:
    """``--add-column id`` wrote a header ``id,text,id``: a reader by name took the old ``id``."""
    (tmp_path / name).write_text(text, encoding="utf-8")
    done = _romanize_cli(tmp_path, *args, name)
    err = done.stderr.decode()
    assert done.returncode == 1 and not done.stdout, err
    assert f"{name}:1: --add-column" in err and "name of its own" in err


def test_a_new_parquet_column_named_as_an_input_column_is_refused(tmp_path: Path) -> None:
    """``--add-column id`` wrote a Parquet file of two ``id`` columns, which pyarrow then
    refused to read ("Multiple matches for FieldRef.Name(id)")."""
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    pq.write_table(pa.table({"id": ["1"], "text": ["Щука"]}), tmp_path / "d.parquet")
    done = _romanize_cli(tmp_path, "--column", "text", "--add-column", "id", "--out-dir", "out", "d.parquet")  # fmt: skip
    assert done.returncode == 1 and b"--add-column 'id'" in done.stderr, done.stderr
    assert not (tmp_path / "out" / "d.parquet").exists()


@pytest.mark.parametrize(
    ("option", "names"), [("add_fields", ("x", "x")), ("add_columns", ("x", "x"))]
)
def test_two_results_into_one_new_place_are_refused(option: str, names: tuple[str, str]) -> None:
    """``--field a --field b --add-field x --add-field x`` wrote ``{"a":…,"x":…,"b":…,"x":…}``:
    a JSON reader keeps the last ``x``, the result of ``a`` was lost."""
    found = RunOptions(**{option: names, option.replace("add_", ""): ("a", "b")}).clashes()  # type: ignore[arg-type]  # fmt: skip
    assert found and "'x' twice" in str(found[0])


def test_parquet_column_named_twice_is_converted_and_counted_once(tmp_path: Path) -> None:
    # --column t --column t converted t twice and counted 4 changed lines in 3 rows; a row
    # whose two columns change is one changed row, as a CSV record is one changed line
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    from translit.io import Plan, RunOptions, run

    src = tmp_path / "d.parquet"
    pq.write_table(pa.table({"t": ["Щука", "Ельцин", "1"], "u": ["Щука", "2", None]}), src)

    def mark(text: str) -> str:  # converted twice, a value would end "!!"
        return text + "!" if not text.isdigit() else text

    for columns, rows in ((("t", "t"), 2), (("t", "u"), 2)):
        out = tmp_path / "-".join(columns)
        opts = RunOptions(columns=columns, out_dir=str(out), jobs=1)
        f = run(Plan(mark, (str(src),), opts)).files[0]
        assert (f.status, f.lines, f.changed_lines) == ("ok", 3, rows)
        got = pq.read_table(out / "d.parquet").to_pydict()
        assert got["t"] == ["Щука!", "Ельцин!", "1"]


def test_parquet_file_naming_a_column_twice_says_so(tmp_path: Path) -> None:
    # pyarrow's words were "'Column t does not exist in schema'"
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    table = pa.table([pa.array(["Щука"]), pa.array(["Ёж"])], names=["t", "t"])
    pq.write_table(table, tmp_path / "d.parquet")
    done = _romanize_cli(tmp_path, "--column", "t", "--out-dir", "out", "d.parquet")
    err = done.stderr.decode()
    assert done.returncode == 1 and "Traceback" not in err, err
    assert "d.parquet: the file names column 't' more than once (columns 1, 2); rename one" in err
    assert not (tmp_path / "out" / "d.parquet").exists()


_RECORDS = {  # 3 records, then one of 100 characters: a JSONL line, a CSV quote left open
    "jsonl": ('{"t": "a"}\n' * 3 + '{"t": "' + "щ" * 90 + '"}\n', 4),
    "csv": ("t,n\n" + "a,1\n" * 3 + 'b,"' + "щ" * 97 + "\n" + "c,2\n", 5),
}


@pytest.mark.parametrize("kind", sorted(_RECORDS))
def test_a_record_past_the_limit_is_an_error_at_its_line(kind: str, tmp_path: Path) -> None:
    # a JSONL line or CSV record was kept whole however long: a .gz of 1 MB holding a line of
    # 1 GB took the run to the out-of-memory killer (a 256 MiB line: 2.4 GB, 85 s)
    from translit.io.rawblocks import file_spans, raw_blocks
    from translit.io.textio import RecordTooLong, cut_lines

    text, line = _RECORDS[kind]
    data = text.encode()
    cut = cut_lines if kind == "jsonl" else cut_csv
    mode, quote = ("lines", b"") if kind == "jsonl" else ("quoted", b'"')
    with pytest.raises(RecordTooLong) as info:
        list(read_blocks(io.BytesIO(data), "utf-8", chunk_size=16, cut=cut, hard_limit=None,
                         record_limit=50))  # fmt: skip
    assert info.value.line == line and "runs past 50 characters" in info.value.message
    cutting = {"chunk_size": 16, "mode": mode, "quote": quote, "record_limit": 50}
    with pytest.raises(RecordTooLong):
        list(raw_blocks(io.BytesIO(data), b"", "utf-8", **cutting))  # type: ignore[arg-type]
    path = tmp_path / "f"
    path.write_bytes(data)
    with open(path, "rb") as fh, pytest.raises(RecordTooLong):
        list(file_spans(fh.fileno(), len(data), 0, "utf-8", **cutting))  # type: ignore[arg-type]
    # within the limit, the same input is cut as before
    whole = "".join(read_blocks(io.BytesIO(data), "utf-8", chunk_size=16, cut=cut,
                                hard_limit=None, record_limit=len(data) * 2))  # fmt: skip
    assert whole == text
    spans = raw_blocks(io.BytesIO(data), b"", "utf-8", **{**cutting, "record_limit": 400})  # type: ignore[arg-type]
    assert b"".join(spans) == data


@pytest.fixture(scope="module")
def _past_the_limit(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, int]]:
    from translit.io.textio import RECORD_LIMIT

    folder = tmp_path_factory.mktemp("records")
    words = ("щука " * 1000).encode()  # 9000 bytes
    long = words * (RECORD_LIMIT * 3 // 2 // len(words))  # one and a half times the limit
    jsonl, csv_ = folder / "a.jsonl", folder / "a.csv"
    jsonl.write_bytes('{"t": "Щука"}\n'.encode() * 1000 + b'{"t": "' + long + b'"}\n')
    csv_.write_bytes(b"t,n\n" + "Щука,1\n".encode() * 1000 + 'Ельцин,"open\n'.encode()
                     + long.replace(b" " * 1, b"\n", 1000))  # fmt: skip
    return {"jsonl": (jsonl, 1001), "csv": (csv_, 1002)}


@pytest.mark.parametrize("jobs", ["1", "2"])
@pytest.mark.parametrize("kind", ["jsonl", "csv"])
def test_a_record_past_the_limit_fails_its_input_at_its_line(
    _past_the_limit: dict[str, tuple[Path, int]], tmp_path: Path, kind: str, jobs: str
) -> None:
    # with -j 2 the bytes are cut in the parent, and the lines before are the workers' count
    src, line = _past_the_limit[kind]
    option = "--field" if kind == "jsonl" else "--column"
    out = tmp_path / f"out.{kind}"
    done = _romanize_cli(tmp_path, option, "t", "-j", jobs, "--chunk-size", "64K", "-o", str(out), str(src))  # fmt: skip
    err = done.stderr.decode()
    assert done.returncode == 1 and "Traceback" not in err, err
    assert f"{src}:{line}: a record starting here runs past 64 MiB without its end" in err
    assert not out.exists()


def test_utf8_with_a_few_latin1_bytes_is_an_error_at_their_line(tmp_path: Path) -> None:
    # mostly English UTF-8 with one Cyrillic name and a few Latin-1 bytes was read as cp1252:
    # exit 0, and Щука came out as mojibake of every letter (Р©СѓРєР°)
    from translit.encodings import detect_encoding

    head = "The river fish, Щука, is caught here.\n".encode() + b"It is fried.\n" * 2
    data = head + b"caf\xe9 cr\xe8me br\xfbl\xe9e\n" + b"end\n"
    assert detect_encoding(data) == "utf-8"
    (tmp_path / "a.txt").write_bytes(data)
    done = _romanize_cli(tmp_path, "-o", "out.txt", "a.txt")
    err = done.stderr.decode()
    assert done.returncode == 1, err
    assert "a.txt:4: cannot decode byte(s) e9 as utf-8" in err and "--encoding" in err, err
    assert not (tmp_path / "out.txt").exists()
    again = _romanize_cli(tmp_path, "--errors", "replace", "a.txt")
    assert again.returncode == 0 and "Shchuka" in again.stdout.decode()


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_jsonl_key_written_twice_converts_the_value_readers_take(tmp_path: Path, jobs: str) -> None:
    # the README's choice: the last value (json.loads's, JSON.parse's) is converted, the earlier
    # one kept byte for byte, with either route and -j; nothing is lost or merged
    lines = ['{"t": "Щука", "t": "Ельцин"}\n', '{"t": "Щука", "x": {"t": "Ёж"}, "t": "Ёж"}\n']
    (tmp_path / "a.jsonl").write_text("".join(lines) * 300, encoding="utf-8")
    done = _romanize_cli(tmp_path, "--field", "t", "-j", jobs, "--chunk-size", "4K", "a.jsonl")
    assert done.returncode == 0, done.stderr
    want = ['{"t": "Щука", "t": "Yelʹtsin"}\n', '{"t": "Щука", "x": {"t": "Ёж"}, "t": "Yëzh"}\n']
    assert done.stdout.decode() == "".join(want) * 300
    assert [json.loads(w) for w in want] == [{"t": "Yelʹtsin"}, {"t": "Yëzh", "x": {"t": "Ёж"}}]


@pytest.mark.parametrize("route", ["bytes", "text"])
@pytest.mark.parametrize("kind", ["txt", "csv"])
@pytest.mark.parametrize("change", ["grows", "shrinks"])
def test_an_input_changed_while_it_is_read_by_offset(
    tmp_path: Path, change: str, kind: str, route: str
) -> None:
    # a regular file is cut into spans up to the size it had; the workers read them by offset.
    # Growing, the rest was left out with no word; shrinking, the message said no more than
    # that (now: what to do). The text route (here: a UTF-16 output, which the parent encodes)
    # read on: a grown file was converted to its new end with no word, and a shrunk one was cut
    # short in silence (CSV, exit 0) or failed as "cannot decode byte(s) d0" (hostile12)
    from translit.io import Plan, run

    src = tmp_path / f"log.{kind}"
    text = "строка журнала\n" * 20_000  # 560 KB: about nine 64 KiB blocks
    src.write_text(text, encoding="utf-8")
    seen: list[str] = []

    def upper(block: str) -> str:  # called on the first block before the others are read
        if not seen:
            if change == "grows":
                with open(src, "a", encoding="utf-8") as fh:
                    fh.write("новая строка\n" * 1000)
            else:
                os.truncate(src, 100_000)
        seen.append(block)
        return block.upper()

    out = tmp_path / f"out.{kind}"
    enc = "utf-8" if route == "bytes" else "utf-16"
    csv: dict[str, Any] = {"columns": ("1",), "header": False} if kind == "csv" else {}
    opts = RunOptions(output=str(out), jobs=1, chunk_size=1 << 16, output_encoding=enc, **csv)
    f = run(Plan(upper, (str(src),), opts)).files[0]
    if change == "grows":
        assert f.status == "ok" and out.read_text(encoding=enc) == text.upper()
        (warning,) = f.warnings
        assert "grew while it was read (560,000 to 584,000 bytes)" in str(warning)
        assert "convert it again once nothing writes to it" in str(warning)
    else:
        assert f.status == "failed" and not out.exists()
        assert "became shorter while it was read" in str(f.errors[0])
        assert "convert it once nothing does" in str(f.errors[0])


def test_resume_after_a_run_of_another_version_converts_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the manifest's key held the options and the spec, not the version: outputs written by
    # an older translit (other scheme rules) were skipped as finished
    import translit
    from translit.io import Plan, run

    src = tmp_path / "a.txt"
    src.write_text("Щука\n", encoding="utf-8")
    opts = RunOptions(out_dir=str(tmp_path / "out"), jobs=1, resume=True)
    monkeypatch.setattr(translit, "__version__", "0.0.1")
    assert run(Plan(str.upper, (str(src),), opts)).files[0].status == "ok"
    assert run(Plan(str.upper, (str(src),), opts)).files[0].status == "skipped"
    monkeypatch.undo()
    assert run(Plan(str.upper, (str(src),), opts)).files[0].status == "ok"


def test_read_text_cuts_a_line_past_the_limit_instead_of_failing(tmp_path: Path) -> None:
    # detect and glossary apply -m list read through read_text, whose lines are not records:
    # the record limit made a 65 MiB line an error about JSONL and CSV records
    from translit.io.textio import HARD_LIMIT

    path = tmp_path / "one-line.txt"
    path.write_bytes(b"a" * (HARD_LIMIT + (4 << 20)) + b"\nb\n")
    sizes = [len(block) for block in read_text(str(path))]
    assert sum(sizes) == HARD_LIMIT + (4 << 20) + 3 and max(sizes) <= HARD_LIMIT + (1 << 20)


def test_recursive_walk_fails_a_folder_it_cannot_list(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # os.walk passes over a folder it cannot list: its files were left out with exit 0
    from translit.io import Plan, run

    for folder, text in (("ok", "Щука\n"), ("locked", "Ёж\n")):
        (tmp_path / "src" / folder).mkdir(parents=True)
        (tmp_path / "src" / folder / "a.txt").write_text(text, encoding="utf-8")
    locked = str(tmp_path / "src" / "locked")
    scandir = os.scandir

    def refuse(path: str = ".") -> object:  # as chmod 000 does (for all but root)
        if str(path) == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return scandir(path)

    monkeypatch.setattr(os, "scandir", refuse)
    opts = RunOptions(recursive=True, out_dir=str(tmp_path / "out"), jobs=1)
    result = run(Plan(str.upper, (str(tmp_path / "src"),), opts))
    status = {Path(f.input).name: f.status for f in result.files}
    assert status == {"a.txt": "ok", "locked": "failed"} and result.exit_code == 1
    (failed,) = [f for f in result.files if f.status == "failed"]
    assert str(failed.errors[0]) == (
        f"{locked}: cannot list this folder (Permission denied), so its files are not "
        "converted; check its permissions"
    )
    assert (tmp_path / "out" / "ok" / "a.txt").read_text(encoding="utf-8") == "ЩУКА\n"


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_jsonl_with_carriage_returns_alone_says_so(tmp_path: Path, jobs: str) -> None:
    # old-Mac line ends made the file one line: "not valid JSON: extra data at column 14"
    (tmp_path / "mac.jsonl").write_bytes('{"t": "Щука"}\r{"t": "Ёж"}\r'.encode())
    done = _romanize_cli(tmp_path, "--field", "t", "-j", jobs, "-o", "out.jsonl", "mac.jsonl")
    err = done.stderr.decode()
    assert done.returncode == 1 and "Traceback" not in err, err
    assert "mac.jsonl:1: a carriage return alone ends a record here" in err
    assert "convert the line ends" in err and not (tmp_path / "out.jsonl").exists()
    (tmp_path / "crlf.jsonl").write_bytes('{"t": "Щука"}\r\n{"t": "Ёж"}\r\n'.encode())
    assert _romanize_cli(tmp_path, "--field", "t", "crlf.jsonl").returncode == 0


def _cyrillic_upper(text: str) -> str:
    """Upper case for Cyrillic only (Latin letters stay as they are)."""
    return re.sub("[а-яё]+", lambda m: m.group().upper(), text)


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_line_cut_between_blocks_is_one_changed_line(tmp_path: Path, jobs: int) -> None:
    # a line longer than a block is cut after whitespace: each piece counted as a changed
    # line, so a 100 MB line gave "1 line, 102 changed lines"
    from translit.io import Plan, run

    words = "щука " * 20_000  # 100 KB: pieces of about 16 KiB
    texts = {
        "changed.txt": words + "\n" + "x\n" * 50,  # 51 lines, the first one changed
        "end-only.txt": "x " * 50_000 + "щ\n",  # the change in its last piece only
        "same.txt": "x " * 50_000 + "\n",
        "no-newline.txt": "a\n" + words,  # the last line, cut, without a line end
    }
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    for route in ("utf-8", "utf-16"):  # bytes to the workers; utf-16 output: text route
        opts = RunOptions(out_dir=str(tmp_path / route), jobs=jobs, chunk_size=1 << 14,
                          output_encoding=route)  # fmt: skip
        result = run(Plan(_cyrillic_upper, tuple(str(tmp_path / n) for n in texts), opts))
        got = {Path(f.input).name: (f.lines, f.changed_lines) for f in result.files}
        assert got == {
            "changed.txt": (51, 1), "end-only.txt": (1, 1), "same.txt": (1, 0),
            "no-newline.txt": (2, 1),
        }, route  # fmt: skip


@pytest.mark.parametrize("kind", ["folder", "fifo"])
def test_a_resume_manifest_that_is_no_regular_file_is_refused(tmp_path: Path, kind: str) -> None:
    """Every ``out_dir`` run reads the folder's manifest: a FIFO in its place made the run
    wait forever (a link to /dev/zero read without end: the same check, not run here), a
    folder was ``Is a directory`` with no advice."""
    import threading

    from translit.io import Plan, run
    from translit.io.inputs import MANIFEST

    src, out = tmp_path / "a.txt", tmp_path / "out"
    src.write_text("Щука\n", encoding="utf-8")
    out.mkdir()
    manifest = out / MANIFEST
    if kind == "folder":
        manifest.mkdir()
    else:
        os.mkfifo(manifest)
    done: list[BaseException] = []

    def go() -> None:
        try:
            run(Plan(partial(romanize, lang="ru"), (str(src),), RunOptions(out_dir=str(out), resume=True)))  # fmt: skip
        except BaseException as exc:  # (seen by the test's thread)
            done.append(exc)

    worker = threading.Thread(target=go, daemon=True)
    worker.start()
    worker.join(20)
    if worker.is_alive():  # let the old code's open() return, then fail
        with open(manifest, "w"):
            pass
    assert done and isinstance(done[0], UsageError), done
    said = str(done[0])
    assert "the resume manifest is not a regular file" in said and "`out_dir`" in said
    assert not (out / "a.txt").exists()


@pytest.mark.parametrize(
    "args",
    [
        ["--in-place", "--backup", ".bak"],
        ["--in-place"],
        ["--suffix", ".lat"],
        ["--out-dir", "out"],
    ],
)
def test_one_input_named_twice_with_a_result_of_its_own_is_refused(
    tmp_path: Path, args: list[str]
) -> None:
    """``--in-place --backup .bak a.txt a.txt`` converted a.txt, then failed on the second name
    ("the input was replaced while it was read", exit 1); without the backup it converted the
    file twice (glossary apply --mode annotate would annotate it twice)."""
    (tmp_path / "a.txt").write_text("Щука\n", encoding="utf-8")
    done = _romanize_cli(tmp_path, *args, "a.txt", "a.txt")
    err = done.stderr.decode()
    assert done.returncode == 2 and "a.txt is given twice" in err, err
    assert (tmp_path / "a.txt").read_text(encoding="utf-8") == "Щука\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"]


def test_one_input_named_twice_into_one_output_is_read_twice(tmp_path: Path) -> None:
    # as cat a.txt a.txt: a shared output (stdout, -o) takes every input in turn
    (tmp_path / "a.txt").write_text("Щука\n", encoding="utf-8")
    done = _romanize_cli(tmp_path, "a.txt", "a.txt")
    assert done.returncode == 0 and done.stdout == b"Shchuka\nShchuka\n", done.stderr


def test_a_glob_of_any_folders_takes_the_top_folders_files_too(tmp_path: Path) -> None:
    """``-r src --glob '**/*.txt'`` converted src/sub/b.txt and passed over src/a.txt (exit 0):
    ``**/`` stands for any folders, none included, in a shell's globstar and in .gitignore."""
    from translit.io.inputs import plan

    (tmp_path / "src" / "sub").mkdir(parents=True)
    for rel in ("a.txt", "sub/b.txt", "c.csv"):
        (tmp_path / "src" / rel).write_text("Щука\n", encoding="utf-8")
    jobs = plan([str(tmp_path / "src")], recursive=True, globs=("**/*.txt",))
    assert sorted(os.path.relpath(j.source, tmp_path / "src") for j in jobs) == ["a.txt", "sub/b.txt"]  # fmt: skip


def _no_memory(text: str) -> str:
    raise MemoryError


@pytest.mark.parametrize("jobs", [1, 2])
def test_out_of_memory_says_so_and_what_to_do(tmp_path: Path, jobs: int) -> None:
    """Under ``ulimit -v`` a run failed "big.txt: MemoryError" and glossary apply "internal
    error: MemoryError: " (a MemoryError has no text): now it says what happened and what to do."""
    from translit.io import Plan, run

    src = tmp_path / "a.txt"
    src.write_text("Щука\n" * 50_000, encoding="utf-8")
    result = run(Plan(_no_memory, (str(src),), RunOptions(output=str(tmp_path / "o.txt"), jobs=jobs, chunk_size=65536)))  # fmt: skip
    message = str(result.files[0].errors[0])
    assert result.files[0].status == "failed" and "out of memory (MemoryError)" in message, message
    assert "ulimit -v" in message and not (tmp_path / "o.txt").exists()


@pytest.mark.parametrize("out", ["/dev/stdout", "/dev/fd/1", "/proc/self/fd/1"])
def test_output_to_dev_stdout_of_a_pipe(tmp_path: Path, out: str) -> None:
    """``-o /dev/stdout | …`` failed "/proc/1234/fd/pipe:[5678]: No such file or directory"
    (exit 1): the link was resolved to the pipe's pseudo name and a temporary file made
    beside it; a link to what is not a regular file is now written through, as /dev/null is."""
    if not os.path.exists(out):
        pytest.skip(f"no {out} here")
    (tmp_path / "a.txt").write_text("Щука\n", encoding="utf-8")
    done = _romanize_cli(tmp_path, "-q", "-o", out, "a.txt")  # (capture_output: stdout a pipe)
    assert done.returncode == 0 and done.stdout == b"Shchuka\n", done.stderr


def test_a_jsonl_field_no_record_has_is_warned_about(tmp_path: Path) -> None:
    """``--field txet`` (a typo) converted nothing and said nothing, exit 0; a CSV ``--column``
    that the header lacks is an error. The records stay as read; a field some records lack,
    or hold as null, is no warning."""
    data = '{"text": "Щука"}\n{"text": null, "meta": {"t": 1}}\n'
    (tmp_path / "a.jsonl").write_text(data, encoding="utf-8")
    done = _romanize_cli(tmp_path, "--field", "txet", "--field", "meta.t", "--field", "meta.x", "a.jsonl")  # fmt: skip
    err = done.stderr.decode()
    assert done.returncode == 0 and done.stdout.decode() == data, err
    assert "a.jsonl: no record of the first block has --field 'txet'" in err
    assert "--field 'meta.x'" in err and "'meta.t'" not in err
    quiet = _romanize_cli(tmp_path, "--field", "text", "a.jsonl")
    assert quiet.returncode == 0 and b"warning" not in quiet.stderr, quiet.stderr


def test_parquet_to_stdout_or_one_output_names_the_flags(tmp_path: Path) -> None:
    # "parquet needs a file input and out_dir, suffix or in_place output": the library's
    # parameter names, not the flags to give
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    pq.write_table(pa.table({"t": ["Щука"]}), tmp_path / "d.parquet")
    done = _romanize_cli(tmp_path, "--column", "t", "-o", "o.parquet", "d.parquet")
    err = done.stderr.decode()
    assert done.returncode == 2 and "--out-dir, --suffix or --in-place" in err, err  # (user21)
    assert "out_dir" not in err and not (tmp_path / "o.parquet").exists()


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["--glob", "*.nothing", "src"], "no file under this folder matches --glob '*.nothing'"),
        (["empty"], "no file to convert under this folder"),
        (["--out-dir", "out", "empty", "src/sub"], "empty: no file to convert"),
        (["--glob", "sub\\*.txt", "src"], "'sub\\*.txt'; check the pattern"),  # Windows-style
    ],
)
def test_a_folder_with_nothing_to_convert_fails(tmp_path: Path, args: list[str], says: str) -> None:
    """``-r src --glob '*.nothing'`` and ``-r empty/`` did nothing, said nothing and exited 0:
    a mistyped pattern or a wrong folder looked like success."""
    (tmp_path / "src" / "sub").mkdir(parents=True)
    (tmp_path / "src" / "sub" / "a.txt").write_text("Щука\n", encoding="utf-8")
    (tmp_path / "empty" / ".hidden").mkdir(parents=True)
    done = _romanize_cli(tmp_path, "-r", *args)
    assert done.returncode == 1, done.stderr
    assert says in done.stderr.decode(), done.stderr
    assert b"Traceback" not in done.stderr
    if "--out-dir" not in args:  # normalize --report plans the same way ("Is a directory")
        listed = subprocess.run(
            [sys.executable, "-m", "translit", "normalize", "--report", "-r", *args],
            capture_output=True, env={**os.environ, "PYTHONPATH": str(ROOT)}, cwd=tmp_path,
            timeout=120, check=False,
        )  # fmt: skip
        assert listed.returncode == 1 and says in listed.stderr.decode(), listed.stderr
    if "out" in args:  # the other folder is converted all the same
        assert (tmp_path / "out" / "a.txt").read_text(encoding="utf-8") == "Shchuka\n"


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["--chunk-size", "inf"], "'inf' is not a size"),
        (["--chunk-size", "1e400"], "'1e400' is not a size"),
        (["--chunk-size", "10G"], "--chunk-size is at most 64M"),
        (["-j", "100000"], "-j is at most"),
    ],
)
def test_huge_sizes_are_usage_errors(tmp_path: Path, args: list[str], says: str) -> None:
    """``--chunk-size inf`` was "internal error: OverflowError", ``--chunk-size 10G`` read the
    whole input into memory, ``-j 100000`` forked until "Too many open files" failed the input."""
    (tmp_path / "a.txt").write_text("Щука\n", encoding="utf-8")
    done = _romanize_cli(tmp_path, *args, "a.txt")
    assert done.returncode == 2 and says in done.stderr.decode(), done.stderr
    assert b"internal error" not in done.stderr and not done.stdout


def test_an_out_dir_inside_the_input_tree_holding_inputs_is_refused(tmp_path: Path) -> None:
    """``-r t --out-dir t/sub`` with t/sub/x.txt a file of the user's: the walk passed over
    t/sub (so that outputs are not read again), left t/sub/x.txt unconverted and replaced it
    with the output of t/x.txt, exit 0. An out-dir of an earlier run (its manifest) is fine."""
    (tmp_path / "t" / "sub").mkdir(parents=True)
    (tmp_path / "t" / "x.txt").write_text("Щука\n", encoding="utf-8")
    (tmp_path / "t" / "sub" / "x.txt").write_text("ВАЖНО\n", encoding="utf-8")
    done = _romanize_cli(tmp_path, "-r", "t", "--out-dir", "t/sub")
    assert done.returncode == 2 and b"--out-dir is a folder of the input tree t" in done.stderr
    assert (tmp_path / "t" / "sub" / "x.txt").read_text(encoding="utf-8") == "ВАЖНО\n"
    for _ in range(2):  # a new out-dir inside the tree, then the same again (its manifest)
        done = _romanize_cli(tmp_path, "-r", "t", "--out-dir", "t/lat")
        assert done.returncode == 0, done.stderr
    assert (tmp_path / "t" / "lat" / "x.txt").read_text(encoding="utf-8") == "Shchuka\n"
    assert (tmp_path / "t" / "lat" / "sub" / "x.txt").read_text(encoding="utf-8") == "VAZHNO\n"


def test_a_report_that_is_the_out_dir_is_refused_before_any_work(tmp_path: Path) -> None:
    """``--out-dir o --report o``: the run converted every input, then failed "o: Is a
    directory" writing the report (exit 1)."""
    from translit.io import Plan, run

    (tmp_path / "a.txt").write_text("Щука\n", encoding="utf-8")
    out = tmp_path / "o"
    opts = RunOptions(out_dir=str(out), report=str(out), jobs=1)
    with pytest.raises(UsageError, match="a folder, so `report` cannot be written there"):
        run(Plan(partial(romanize, lang="ru"), (str(tmp_path / "a.txt"),), opts))
    assert not (out / "a.txt").exists()


# -- the batch layer's functions with wrong types (hostile12) ---------------------------------
def test_run_with_one_path_as_sources_says_how_to_write_it(tmp_path: Path) -> None:
    """``run(str.upper, "a.txt")`` converted the inputs "a", ".", "t", "x", "t" (each failed:
    no such file); ``Plan`` refused that, ``run`` made a tuple of the letters first."""
    from translit.io import run

    with pytest.raises(TypeError, match=r"`sources` is a tuple of paths, not one path \('a.txt'\)"):
        run(str.upper, "a.txt")
    src = tmp_path / "a.txt"
    src.write_text("abc\n", encoding="utf-8")
    out = tmp_path / "o.txt"
    result = run(str.upper, [Path(src)], RunOptions(output=str(out), jobs=1))
    assert result.exit_code == 0 and out.read_text(encoding="utf-8") == "ABC\n"


@pytest.mark.parametrize("spec", [None, "romanize", 5])
def test_run_with_no_transform_says_what_it_takes(spec: object) -> None:
    from translit.io import run

    with pytest.raises(TypeError, match="`spec` is a function str -> str or a TransformSpec"):
        run(spec, ["a.txt"])  # type: ignore[arg-type]


@pytest.mark.parametrize("folder", [None, 3, b"/tmp", ["/tmp"]], ids=repr)
def test_clean_stale_of_no_folder_is_a_type_error(folder: object, tmp_path: Path) -> None:
    """``clean_stale(None)`` cleaned the current folder (``os.listdir(None)``), ``clean_stale(3)``
    listed whatever descriptor 3 was."""
    from translit.io import clean_stale

    with pytest.raises(TypeError, match="`folder` is a path"):
        clean_stale(folder)  # type: ignore[arg-type]
    assert clean_stale(tmp_path) == []


@pytest.mark.parametrize("name", [0, 3, None], ids=repr)
def test_open_source_of_no_file_name_is_a_type_error(name: object) -> None:
    """``open_source(0)`` read descriptor 0 as a file (stdin), ``open_source(3)`` any open one.
    (A name as bytes is a path, as ``run`` takes its sources: hostile35.)"""
    from translit.io import open_source

    with pytest.raises(TypeError, match="open_source\\(\\) takes a path"), open_source(name):  # type: ignore[arg-type]
        pass


def test_open_source_takes_a_path_object(tmp_path: Path) -> None:
    from translit.io import open_source

    src = tmp_path / "a.txt"
    src.write_text("Щука\n", encoding="utf-8")
    with open_source(src) as opened:  # type: ignore[arg-type]
        assert list(opened.blocks()) == ["Щука\n"] and opened.name == str(src)


def test_refuse_overwrite_with_one_path_as_inputs(tmp_path: Path) -> None:
    """``refuse_overwrite("a.txt", "a.txt")`` compared a.txt with "a", ".", "t"…: no clash."""
    from translit.io import refuse_overwrite

    with pytest.raises(TypeError, match="`inputs` is a collection of paths, not one path"):
        refuse_overwrite("a.txt", "a.txt")


@pytest.mark.parametrize(
    ("kw", "says"),
    [
        ({"quiet": "false"}, "`quiet` is a bool (True or False), not str ('false')"),
        ({"recursive": "no"}, "`recursive` is a bool (True or False), not str ('no')"),
        ({"in_place": None}, "`in_place` is a bool (True or False), not NoneType (None)"),
        ({"progress": "yes"}, "`progress` is a bool | None (True or False), not str ('yes')"),
        ({"header": 2}, "`header` is a bool (True or False), not int (2)"),
    ],
)
def test_a_switch_of_the_wrong_type_is_refused(kw: dict[str, Any], says: str) -> None:
    """``RunOptions(quiet="false")`` was quiet and ``recursive="no"`` recursive: any non-empty
    str is true (hostile12). 0 and 1 (and numpy's bools) are read as the bools they mean."""
    with pytest.raises(TypeError) as info:
        RunOptions(**kw)
    assert str(info.value) == says
    assert RunOptions(header=0, in_place=1, progress=None).header is False
    assert RunOptions(in_place=1).in_place is True


def test_run_with_an_on_event_that_is_no_function() -> None:
    from translit.io import run

    with pytest.raises(TypeError, match="`on_event` is a function of an Event, not int"):
        run(str.upper, ["a.txt"], on_event=5)  # type: ignore[arg-type]


def test_a_transform_that_does_not_pickle_is_run_here_with_a_warning(tmp_path: Path) -> None:
    """``run(lambda s: s.upper(), [big], jobs=2)`` failed the input: "Can't pickle <function
    <lambda>>: attribute lookup <lambda> on __main__ failed" (a small input, converted before
    the pool starts, passed). The blocks are converted in this process, with a warning."""
    from translit.io import run

    src = tmp_path / "a.txt"
    src.write_text("строка журнала\n" * 20_000, encoding="utf-8")
    out = tmp_path / "o.txt"
    upper = lambda s: s.upper()  # noqa: E731
    f = run(upper, [str(src)], RunOptions(output=str(out), jobs=2, chunk_size=1 << 16)).files[0]
    assert f.status == "ok" and out.read_text(encoding="utf-8") == "СТРОКА ЖУРНАЛА\n" * 20_000
    (warning,) = f.warnings
    assert "the transform does not pickle" in str(warning) and "use `jobs`" in str(warning)
    f = run(str.upper, [str(src)], RunOptions(output=str(out), jobs=2, chunk_size=1 << 16)).files[0]
    assert f.status == "ok" and f.warnings == []


@pytest.mark.parametrize("route", ["bytes", "text"])
def test_resume_converts_again_an_input_that_grew_while_it_was_read(
    tmp_path: Path, route: str
) -> None:
    # resume36: the manifest recorded the input's size and time when its output was done, so
    # a file that grew while it was read (converted up to its old end, with a warning) counted
    # as finished: `--resume` skipped it and the appended lines were never converted
    from translit.io import Plan, run

    src = tmp_path / "log.txt"
    text = "строка журнала\n" * 20_000  # about nine 64 KiB blocks
    src.write_text(text, encoding="utf-8")
    added = "новая строка\n" * 1000
    grown: list[bool] = []

    def upper(block: str) -> str:  # the first block: the rest is not read yet
        if not grown:
            grown.append(True)
            with open(src, "a", encoding="utf-8") as fh:
                fh.write(added)
        return block.upper()

    enc = "utf-8" if route == "bytes" else "utf-16"
    opts = RunOptions(
        out_dir=str(tmp_path / "out"), jobs=1, chunk_size=1 << 16, output_encoding=enc, resume=True
    )
    out = tmp_path / "out" / "log.txt"
    first = run(Plan(upper, (str(src),), opts)).files[0]
    assert first.status == "ok" and out.read_text(encoding=enc) == text.upper()
    assert "grew while it was read" in str(first.warnings[0])
    again = run(Plan(upper, (str(src),), opts)).files[0]
    assert again.status == "ok" and not again.warnings
    assert out.read_text(encoding=enc) == (text + added).upper()
    assert run(Plan(upper, (str(src),), opts)).files[0].status == "skipped"  # now it is done


@pytest.mark.parametrize(
    ("written", "declared"), [("cp1251", "koi8-r"), ("koi8-r", "cp1251"), ("cp866", "cp1251")]
)
def test_a_declared_encoding_that_misreads_the_file_is_named(
    tmp_path: Path, written: str, declared: str
) -> None:
    # resume36: --encoding koi8-r on a cp1251 file romanised mojibake; the one warning said
    # to repair it with `translit normalize`, as if the text had been saved so
    text = "id,name\n1,Smith\n2,Генерал Андрей Власов\n"
    (tmp_path / "a.csv").write_bytes(text.encode(written))
    done = _romanize_cli(tmp_path, "--column", "name", "--encoding", declared, "a.csv")
    assert done.returncode == 0, done.stderr
    assert (
        f"a.csv:3: decoded as {declared}, the text reads as {written}: pass --encoding "
        f"{written} or omit --encoding to detect"
    ) in done.stderr.decode()
    right = _romanize_cli(tmp_path, "--column", "name", "--encoding", written, "a.csv")
    assert right.returncode == 0 and right.stderr == b""
    assert right.stdout.decode() == "id,name\n1,Smith\n2,General Andrey Vlasov\n"
