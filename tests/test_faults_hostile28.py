"""Fault suite, hostile28: the listing of ``glossary apply -m list`` past its first flush.

The bar: no traceback, no data lost, atomic outputs, exit codes 0/1/2/130, and a message that
names the file, the line, what is wrong and what to do.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import CLI_ENV as ENV

#: One match a line: 5,000 lines are more hits than the listing holds before it writes
#: (4,096), so the listing is written while the input is still being read.
_LINE = "Щука и ёж пошли в лес, РОА.\n"


def _list_run(tmp_path: Path, *extra: str, **kw: object) -> subprocess.CompletedProcess[bytes]:
    text = tmp_path / "in.txt"
    text.write_text(_LINE * 5_000, encoding="utf-8")
    glossary = tmp_path / "g.csv"
    glossary.write_text("id,ru,fr\nroa,РОА,ROA\n", encoding="utf-8")
    args = ["glossary", "apply", "-g", str(glossary), "-t", "fr", "-m", "list", *extra]
    return subprocess.run(
        [sys.executable, "-m", "translit", *args, str(text), str(text)],
        stderr=subprocess.PIPE,
        env={**ENV, "PYTHONDONTWRITEBYTECODE": "1"},
        timeout=120,
        check=False,
        **kw,  # type: ignore[call-overload]
    )


def test_a_listing_read_in_part_by_head_ends_quietly(tmp_path: Path) -> None:
    """``translit glossary apply -m list big.txt | head -1`` said "big.txt: Broken pipe" and
    exited 1 (the input blamed for the reader that left), once the hits outgrew a pipe."""
    proc = subprocess.Popen(
        [sys.executable, "-c", "import sys; sys.stdin.buffer.read(1)"],
        stdin=subprocess.PIPE,
    )
    done = _list_run(tmp_path, stdout=proc.stdin)
    assert proc.stdin is not None
    proc.stdin.close()
    proc.wait(timeout=60)
    err = done.stderr.decode()
    assert done.returncode == 0, err
    assert err == ""


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full (Linux)")
def test_a_full_stdout_under_a_listing_is_blamed_on_stdout(tmp_path: Path) -> None:
    """A full disk under stdout was "in.txt: No space left on device", once per input (the
    run went on to the next input and wrote to the full disk again)."""
    with open("/dev/full", "wb") as full:
        done = _list_run(tmp_path, stdout=full)
    err = done.stderr.decode()
    assert done.returncode == 2, err
    assert err.count("error:") == 1 and "<stdout>: No space left on device" in err, err
    assert "in.txt" not in err, err


def test_a_listing_cut_short_by_a_size_limit_is_never_written(tmp_path: Path) -> None:
    """``-o list.tsv`` under ``ulimit -f`` (or a full disk) blamed the input, and the listing
    cut at the limit replaced the old list.tsv: the output was committed whatever the
    writes had lost. It keeps its old content and the error names it."""
    out = tmp_path / "list.tsv"
    out.write_text("old\n", encoding="utf-8")

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (20_000, 20_000))

    done = _list_run(tmp_path, "-o", str(out), stdout=subprocess.DEVNULL, preexec_fn=limit)
    err = done.stderr.decode()
    assert done.returncode == 2, err
    assert f"{out}: File too large" in err and "in.txt" not in err, err
    assert out.read_text(encoding="utf-8") == "old\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["g.csv", "in.txt", "list.tsv"]


@pytest.mark.parametrize(
    ("name", "why"),
    [("g\x00.csv", "a NUL character"), ("g\ud800.csv", "a character the file system cannot")],
    ids=["nul", "lone-surrogate"],
)
def test_load_of_a_name_no_file_can_have_is_a_glossary_error(name: str, why: str) -> None:
    """``glossary.load("g\\x00.csv")`` raised Python's ValueError ("embedded null byte") and a
    name with a lone surrogate a UnicodeEncodeError, where every other name it cannot open is
    a GlossaryError naming it (``except TranslitError`` missed both)."""
    from translit.errors import GlossaryError
    from translit.glossary import load

    with pytest.raises(GlossaryError) as info:
        load(name)
    assert f"not a possible file name (it holds {why}" in str(info.value), info.value


def _gzip_of_zeros(path: Path, head: bytes, megabytes: int) -> None:
    """``path``: gzip of ``head`` and ``megabytes`` MiB of zero bytes (about 1 KB a MiB)."""
    import zlib

    pack = zlib.compressobj(9, zlib.DEFLATED, 31)
    with open(path, "wb") as fh:
        fh.write(pack.compress(head))
        for _ in range(megabytes):
            fh.write(pack.compress(bytes(1 << 20)))
        fh.write(pack.flush())


def _peak_mib(*args: str) -> tuple[subprocess.CompletedProcess[str], float]:
    """``translit ARGS`` run by a fresh Python, and the peak memory (MiB) of that command alone."""
    code = (
        "import resource, subprocess, sys\n"
        "done = subprocess.run([sys.executable, '-m', 'translit', *sys.argv[1:]],"
        " capture_output=True, text=True)\n"
        "sys.stderr.write(done.stderr)\n"
        "print(done.returncode, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, env=ENV,
        timeout=300, check=False,
    )  # fmt: skip
    code_, kib = done.stdout.split()
    done.returncode = int(code_)
    return done, int(kib) / 1024


@pytest.mark.parametrize("head", [b"", b"PAR1"], ids=["zeros", "magic-then-zeros"])
def test_a_compressed_parquet_bomb_is_not_read_into_memory(tmp_path: Path, head: bytes) -> None:
    """A ``.parquet.gz`` was decompressed into memory (Parquet is read by seeking): 400 KB of
    gzip holding 400 MiB of zeros took 900 MB (4 MB holding 4 GiB: 8.4 GB) before pyarrow
    said it was no Parquet file. It is decompressed into an unnamed temporary file instead,
    and data that does not start as Parquet does is refused at its first bytes."""
    pytest.importorskip("pyarrow")
    src = tmp_path / "bomb.parquet.gz"
    _gzip_of_zeros(src, head, 400)
    done, peak = _peak_mib("romanize", "--column", "t", "--suffix", ".lat", str(src))
    assert done.returncode == 1, done.stderr
    assert f"{src}: not a readable Parquet file" in done.stderr, done.stderr
    assert "Traceback" not in done.stderr
    assert peak < 250, f"{peak:.0f} MiB"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bomb.parquet.gz"]


#: Files of the kernel's pseudo file systems: their size says 0 (/proc) or 4096 (/sys), their
#: text is made as they are read.
_PSEUDO = [
    p for p in ("/proc/version", "/sys/kernel/mm/transparent_hugepage/enabled") if os.path.isfile(p)
]


@pytest.mark.skipif(not _PSEUDO, reason="needs /proc or /sys (Linux)")
@pytest.mark.parametrize("jobs", ["1", "2"])
@pytest.mark.parametrize("path", _PSEUDO)
def test_a_file_of_proc_or_sys_is_read_whole(path: str, jobs: str) -> None:
    """``translit romanize /proc/version`` printed nothing and exited 0 (a regular file is read
    up to its size, and /proc says 0); a file of /sys (size 4096) failed as "the input became
    shorter while it was read". Their text is read to its end, as ``cat`` reads it."""
    with open(path, "rb") as fh:
        text = fh.read()
    assert text, path
    done = subprocess.run(
        [sys.executable, "-m", "translit", "romanize", "-q", "-j", jobs, path],
        capture_output=True, env=ENV, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr.decode()
    assert done.stdout == text  # (no Cyrillic in them: kept byte for byte)
    rows = subprocess.run(
        [sys.executable, "-m", "translit", "detect", path],
        capture_output=True, env=ENV, timeout=120, check=False,
    )  # fmt: skip
    assert rows.returncode == 0, rows.stderr.decode()
    assert rows.stdout.count(b"\n") == text.count(b"\n")


@pytest.mark.skipif(not os.path.isfile("/proc/version"), reason="needs /proc (Linux)")
@pytest.mark.parametrize("option", [["--in-place"], ["--suffix", ".lat"]], ids=lambda o: o[0])
def test_an_output_beside_a_proc_file_says_its_folder_takes_none(option: list[str]) -> None:
    """``--in-place /proc/version`` said "No such file or directory: its folder was removed or
    renamed while the run wrote there: run again": /proc is there and takes no new file."""
    done = subprocess.run(
        [sys.executable, "-m", "translit", "romanize", *option, "/proc/version"],
        capture_output=True, env=ENV, timeout=120, check=False,
    )  # fmt: skip
    err = done.stderr.decode()
    assert done.returncode == 1, err
    assert "its folder takes no new file" in err and "removed or renamed" not in err, err
    assert "write elsewhere" in err and "Traceback" not in err


def test_a_record_nested_too_deeply_tells_one_way_to_skip_it(tmp_path: Path) -> None:
    """The message of a JSONL record nested too deeply said "…or skip such records with
    --on-error skip; --on-error skip keeps such a record as it is and goes on" (twice), also
    when --on-error skip was given and in ``detect``, which then had no --on-error."""
    from conftest import translit_cli

    src = tmp_path / "deep.jsonl"
    src.write_text('{"t": "Щука", "x": ' + "[" * 5000 + "]" * 5000 + "}\n", encoding="utf-8")
    failed = translit_cli("romanize", "--field", "t", src)
    assert failed.returncode == 1
    assert failed.stderr.decode().count("--on-error skip") == 1, failed.stderr
    skipped = translit_cli("romanize", "--field", "t", "--on-error", "skip", src)
    assert skipped.returncode == 0 and skipped.stdout == src.read_bytes()
    assert "nested too deeply" in skipped.stderr.decode()
    assert "--on-error" not in skipped.stderr.decode(), skipped.stderr
    rows = translit_cli("detect", "--field", "t", src)
    assert rows.returncode == 1 and "nested too deeply" in rows.stderr.decode()
    # (detect has --on-error too since engineer39: named once, as romanize names it)
    assert rows.stderr.decode().count("--on-error skip") == 1, rows.stderr
    rows = translit_cli("detect", "--field", "t", "--on-error", "skip", src)
    assert rows.returncode == 0 and rows.stdout == b"und\n", rows.stderr


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_line_longer_than_a_block_is_romanised_as_one(tmp_path: Path, jobs: str) -> None:
    """A line longer than ``--chunk-size`` is cut after white space; a one-letter word in
    capitals takes its case from the words beside it on its line (Я ВИДЕЛ → YA VIDEL, Я видел
    → Ya videl), and the block that held it did not hold its neighbour when the cut fell
    beside it: ``ЩУКИН Я`` gave ``SHCHUKIN Ya`` or ``SHCHUKIN YA`` by where the blocks were cut
    (the chunk size), not by the text."""
    import translit

    words = ["Я", "ЩУКИН", "Ю.", "Ж", "видел", "ЕЁ", "—", "Е", "1941", "Щукин", "ЮГ", "Х."]
    pick = __import__("random").Random(28)
    line = " ".join(pick.choice(words) for _ in range(40_000))  # one line, about 170 KB
    src = tmp_path / "long.txt"
    src.write_text(line + "\n", encoding="utf-8")
    whole = translit.romanize(line + "\n", lang="ru")
    for size in ("4k", "9k"):  # (4K: the smallest --chunk-size, hostile35)
        done = subprocess.run(
            [sys.executable, "-m", "translit", "romanize", "-q", "-l", "ru", "-j", jobs,
             "--chunk-size", size, str(src)],
            capture_output=True, env=ENV, timeout=300, check=False,
        )  # fmt: skip
        assert done.returncode == 0, done.stderr.decode()
        assert done.stdout.decode("utf-8") == whole, size


def test_a_compressed_parquet_output_dropped_leaves_no_stream_open(tmp_path: Path) -> None:
    """A ``.parquet.gz`` input that failed (a column it lacks) left its compressed output
    stream open over the dropped temporary file: Python closed it at exit and printed
    "Exception ignored in: <gzip …> ValueError: write to closed file" (under ``-X dev``)."""
    pa = pytest.importorskip("pyarrow")
    import gzip
    import io

    import pyarrow.parquet as pq

    buf = io.BytesIO()
    pq.write_table(pa.table({"t": ["Щука"]}), buf)
    src = tmp_path / "d.parquet.gz"
    src.write_bytes(gzip.compress(buf.getvalue()))
    done = subprocess.run(
        [sys.executable, "-X", "dev", "-m", "translit", "romanize", "--column", "x",
         "--suffix", ".lat", str(src)],
        capture_output=True, env=ENV, timeout=120, check=False,
    )  # fmt: skip
    err = done.stderr.decode()
    assert done.returncode == 1 and "no column 'x'" in err, err
    assert "Exception ignored" not in err and "Traceback" not in err, err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["d.parquet.gz"]


@pytest.mark.parametrize("option", ["--glob", "--field"])
def test_a_huge_glob_or_field_is_shown_cut_in_its_message(tmp_path: Path, option: str) -> None:
    """A 10,000-character --glob matching no file, or --field no record has, was echoed whole:
    one line of 10 KB (hostile12 cut the scheme, language, encoding… but not these)."""
    from click.testing import CliRunner

    from translit.cli import cli

    huge = "x" * 10_000
    src = tmp_path / "a.jsonl"
    src.write_text('{"t": "Щука"}\n', encoding="utf-8")
    args = (
        ["-r", str(tmp_path), "--out-dir", str(tmp_path / "o")]
        if option == "--glob"
        else [str(src)]
    )
    done = CliRunner().invoke(cli, ["romanize", option, huge, *args])
    assert "Traceback" not in done.output
    assert "x" * 100 not in done.stderr, done.stderr[:300]
    assert "… (10,000 characters)" in done.stderr, done.stderr[:300]


@pytest.mark.parametrize("route", ["stream", "file", "text"])
def test_a_line_of_one_letter_words_is_cut_in_linear_time(route: str) -> None:
    """A long line has no cut beside a one-letter word, so a line of them (Я Я Я …) has none:
    the byte route tested every space in Python, 52 s for 30 MB (1.8 s before the rule); the
    places that may be cuts are found in C, and the line is read as one without a cut."""
    import io
    import tempfile

    from conftest import cpu_ratio, growth_ratio

    from translit.io.rawblocks import file_spans, raw_blocks
    from translit.io.textio import read_blocks

    def cut(text: str) -> None:
        data = text.encode()
        if route == "stream":
            assert b"".join(raw_blocks(io.BytesIO(data), b"", "utf-8", chunk_size=4096)) == data
        elif route == "text":
            assert "".join(read_blocks(io.BytesIO(data), "utf-8", chunk_size=4096)) == text
        else:
            with tempfile.TemporaryFile() as fh:
                fh.write(data)
                fh.flush()
                spans = list(file_spans(fh.fileno(), len(data), 0, "utf-8", chunk_size=4096))
            assert sum(n for _, n in spans) == len(data)

    assert growth_ratio(cut, lambda n: "Я " * n + "ab " * (n // 50)) < 9
    # and about as fast as a line of words that may be cut (process time, best of three)
    assert cpu_ratio(cut, "Яб " * 266_667, "Я " * 400_000) < 4
