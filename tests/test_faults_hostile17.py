"""Fault suite, thirteenth sweep: SIGTERM in every command, outputs named after what is no
regular file, one line numbering for every report, and the corners earlier sweeps touched least.

The bar: no traceback, no data lost, atomic outputs, exit codes 0/1/2/130 (143 and 129 for
SIGTERM and SIGHUP), and a message that names the file, the line, what is wrong and what to do.
"""

from __future__ import annotations

import csv
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import CLI_ENV as ENV
from conftest import TRANSLIT_FROM_A_TERMINAL
from conftest import translit_cli as _translit
from hypothesis import given, settings
from hypothesis import strategies as st

from translit.io.atomic import TEMP_PREFIX

LINE = "Ельцин и ЩУКА, Вооружённые силы Комитета освобождения народов России.\n"


# -- SIGTERM in the commands that are no batch run ----------------------------------------


def _one_interrupted_line(err: bytes) -> str:
    text = err.decode()
    assert "Traceback" not in text, text
    assert len(text.strip().splitlines()) == 1, text
    assert text.startswith("translit: interrupted"), text
    return text


@pytest.mark.parametrize(
    ("signum", "command"),
    [(signal.SIGTERM, ["detect"]), (signal.SIGTERM, ["normalize", "--report"]),
     (signal.SIGHUP, ["detect", "--explain"])],
    ids=["detect", "normalize-report", "detect-hangup"],
)  # fmt: skip
def test_a_listing_on_stdout_stopped_by_a_signal_says_so(
    tmp_path: Path, signum: int, command: list[str]
) -> None:
    """``normalize --report`` and ``detect`` list on stdout: killed by SIGTERM's default
    action they ended with no word (exit -15 to the shell, 143), and the listing read as
    complete. Now the signal ends them as it ends a batch run: exit 128 + the signal, one line
    that names how far the listing went. The listing is blocked on a full pipe, so the signal
    lands mid-run."""
    src = tmp_path / "big.txt"
    src.write_text("Сербiя i Ёлка\n" * 100_000, encoding="utf-8")  # a change on every line
    proc = subprocess.Popen(
        [*TRANSLIT_FROM_A_TERMINAL, *command, str(src)], env=ENV,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, bufsize=0,
    )  # fmt: skip
    assert proc.stdout is not None
    first = proc.stdout.read(1)  # under way (and soon blocked: nobody reads the rest)
    assert first, proc.stderr.read() if proc.stderr else ""
    proc.send_signal(signum)
    rest, err = proc.communicate(timeout=60)
    assert proc.returncode == 128 + signum, err
    text = _one_interrupted_line(err)
    name = signal.Signals(signum).name
    m = re.search(rf"interrupted by {name}: stopped in (.+) (?:at|after) line (\d+);", text)
    assert m is not None and m[1] == str(src), text  # how far the listing went
    listed = (first + rest).decode()
    assert listed.endswith("\n")  # whole rows only
    if command[0] == "detect":  # the rows of the lines before it, and maybe its own
        rows = [row for row in listed.splitlines() if not row.startswith(" ")]  # (--explain)
        assert int(m[2]) - 1 <= len(rows) <= int(m[2]), text
    else:  # every change of the lines up to it is listed
        assert listed.count("\n") >= 2 * int(m[2]), text


@pytest.mark.skipif(not os.path.isdir("/proc/self"), reason="reads the process table in /proc")
def test_glossary_convert_stopped_by_sigterm_leaves_no_temporary_file(tmp_path: Path) -> None:
    """``glossary convert`` killed by SIGTERM's default action while it wrote left its
    ``.translit-tmp-…`` file beside the destination (exit 143, no word)."""
    src = tmp_path / "g.csv"
    with src.open("w", encoding="utf-8", newline="") as fh:
        rows = csv.writer(fh)
        rows.writerow(["ru", "en", "fr", "de"])
        rows.writerows([f"Слово{i} армия", f"word{i} army", f"mot{i}", f"Wort{i}"]
                       for i in range(20_000))  # fmt: skip
    out = tmp_path / "out"
    out.mkdir()
    proc = subprocess.Popen(
        [sys.executable, "-m", "translit", "glossary", "convert", str(src), str(out / "g.tbx")],
        env=ENV, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )  # fmt: skip
    deadline = time.monotonic() + 120
    while not any(p.name.startswith(TEMP_PREFIX) for p in out.iterdir()):  # writing
        assert proc.poll() is None and time.monotonic() < deadline, "finished before the stop"
        time.sleep(0.001)
    os.kill(proc.pid, signal.SIGSTOP)  # (held while it writes: the stop lands there)
    os.kill(proc.pid, signal.SIGTERM)
    os.kill(proc.pid, signal.SIGCONT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 143, err
    _one_interrupted_line(err)
    assert list(out.iterdir()) == []  # no temporary file, no half-written destination


# -- an output whose name would be made from something that is no regular file ------------


@pytest.mark.parametrize("kind", ["device", "fifo"])
@pytest.mark.parametrize("how", ["suffix", "out_dir"])
def test_an_output_named_after_a_device_or_fifo_is_refused(
    tmp_path: Path, kind: str, how: str
) -> None:
    """``romanize --suffix .lat /dev/null`` made ``/dev/null.lat``, a file among the devices,
    and ``--out-dir out <(cmd)`` an output named ``63`` after the shell's descriptor: a name
    made from an input that is no file names nothing the user meant. Refused before anything
    is read (as ``--in-place`` on a FIFO is), exit 2, saying what to write instead."""
    from translit.io.inputs import UsageError, plan

    if kind == "fifo":
        if not hasattr(os, "mkfifo"):
            pytest.skip("no FIFOs on this system")
        source = str(tmp_path / "pipe.txt")
        os.mkfifo(source)
    else:
        source = os.devnull
    options = {"suffix": ".lat"} if how == "suffix" else {"out_dir": str(tmp_path / "out")}
    with pytest.raises(UsageError) as caught:
        plan([source], **options)  # type: ignore[arg-type]
    message = str(caught.value)
    assert source in message and ("FIFO" in message or "device" in message), message
    assert "`output`" in message, message  # what to do: name the output
    if how == "out_dir" and kind == "device":  # the command says it as well, exit 2
        done = _translit("romanize", "-q", "--out-dir", str(tmp_path / "out"), source)
        assert done.returncode == 2, done.stderr
        assert b"--output" in done.stderr and b"Traceback" not in done.stderr
        assert not (tmp_path / "out" / "null").exists()


def test_a_named_fifo_still_goes_to_stdout_or_output(tmp_path: Path) -> None:
    """Read from a FIFO into stdout or ``-o`` as before (process substitution works)."""
    done = _translit("romanize", "-l", "ru", "-o", str(tmp_path / "o.txt"), "/dev/stdin",
                     stdin="Щука\n".encode())  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "o.txt").read_text(encoding="utf-8") == "Shchuka\n"


# -- one line numbering: LF, CRLF or a CR alone ends a line, in every report --------------

ENDS = ("\n", "\r", "\r\n")  # a file with the three line ends in turn (an old Mac's CR too)


def _mixed(lines: list[str]) -> str:
    return "".join(line + ENDS[n % 3] for n, line in enumerate(lines))


def _error_line(stderr: bytes, name: str) -> int:
    m = re.search(re.escape(name) + r":(\d+):", stderr.decode())
    assert m is not None, stderr
    return int(m[1])


@pytest.mark.parametrize(
    "route",
    [["-j", "1"], ["-j", "2"], ["-j", "2", "--output-encoding", "utf-16"], ["detect"]],
    ids=["j1", "j2-bytes", "j2-text", "detect"],
)
def test_a_bad_byte_is_at_the_same_line_for_every_command(tmp_path: Path, route: list[str]) -> None:
    """``translit detect`` ends a row at LF, CRLF or a lone CR, while romanize's messages
    counted ``\\n`` alone: the bad byte of line 2500 of an old-Mac (CR) file was at line 1.
    Every route (one process, blocks of bytes to workers, blocks of text) and detect now name
    the line the file's own line ends give."""
    lines = [f"Щука {n}" for n in range(3000)]
    data = _mixed(lines).encode()
    bad = data.index("Щука 2499".encode())  # line 2500
    src = tmp_path / "mixed.txt"
    src.write_bytes(data[:bad] + b"\xff" + data[bad:])
    common = ["--encoding", "utf-8", str(src)]
    if route == ["detect"]:
        done = _translit("detect", *common)
    else:
        out = str(tmp_path / "out.txt")
        done = _translit("romanize", "-q", "-l", "ru", "--chunk-size", "4K", *route, "-o", out,
                         *common)  # fmt: skip
    assert done.returncode == 1, done.stderr
    assert _error_line(done.stderr, str(src)) == 2500


def test_every_count_and_listing_reads_the_same_lines(tmp_path: Path) -> None:
    """The report's ``lines`` (romanize, -j 1 and 2) is the number of rows detect prints, and
    ``normalize --report`` names the line and column the file's line ends give."""
    import json

    lines = [f"Москва {n}" for n in range(3000)]
    lines[1999] = "Москва и Kиїв"  # a Latin K: line 2000, column 10
    src = tmp_path / "mixed.txt"
    src.write_text(_mixed(lines), encoding="utf-8", newline="")
    rows = _translit("detect", str(src)).stdout.decode().splitlines()
    assert len(rows) == 3000
    for jobs in ("1", "2"):
        report = tmp_path / f"run{jobs}.json"
        done = _translit("romanize", "-q", "-l", "ru", "--chunk-size", "4K", "-j", jobs,
                         "--report", str(report), "-o", str(tmp_path / "o.txt"), str(src))  # fmt: skip
        assert done.returncode == 0, done.stderr
        assert json.loads(report.read_text(encoding="utf-8"))["files"][0]["lines"] == 3000
    listed = _translit("normalize", "--report", str(src)).stdout.decode()
    assert listed.startswith(f"{src}:2000:10: homoglyph"), listed


def test_a_skipped_record_is_at_the_line_detect_gives(tmp_path: Path) -> None:
    """A JSONL record with a lone CR inside (JSON white space) and a CSV field holding one
    are two lines to detect: the bad record after them is named at the line detect gives."""
    jsonl = tmp_path / "a.jsonl"
    jsonl.write_bytes(b'{"t":\r"\xd0\xa9"}\n' + b'{"t": "x"}\r\n' * 5 + b"{bad\n" + b'{"t": "y"}\n')
    csvf = tmp_path / "a.csv"
    csvf.write_bytes(b't,u\n"a\rb",1\r\n' + b"x,2\n" * 5 + b'"p"q,3\n' + b"z,4\n")
    for src, select, line in ((jsonl, ["--field", "t"], 8), (csvf, ["--column", "t"], 9)):
        rows = _translit("detect", "--encoding", "utf-8", str(src)).stdout.decode()
        assert len(rows.splitlines()) == line + 1, rows  # the bad record, then one more
        for jobs in ("1", "2"):
            done = _translit("romanize", "-l", "ru", "-j", jobs, "--on-error", "skip", *select,
                             "-o", str(tmp_path / f"o{jobs}{src.suffix}"), str(src))  # fmt: skip
            assert _error_line(done.stderr, str(src)) == line, done.stderr


def test_glossary_apply_and_the_library_count_lines_so() -> None:
    from translit.glossary.apply import line_columns
    from translit.normalization import normalize_report

    assert line_columns("ab\rcd\r\nef\ng", [4, 7, 10]) == [(2, 2), (3, 1), (4, 1)]
    changes = normalize_report("Москва\rKиїв\r\nKиїв")
    assert [(c.line, c.column) for c in changes] == [(2, 1), (3, 1)]


def test_an_old_mac_files_changed_lines_are_its_lines(tmp_path: Path) -> None:
    """The changed lines of a file whose lines end at a CR alone: each line, not the file as
    one (``3 lines, 1 changed line``); a CRLF file counts as before."""
    import json

    for ends, name in (("\r", "mac.txt"), ("\r\n", "dos.txt")):
        src = tmp_path / name
        src.write_text(ends.join(["Щука", "abc", "Ёж", "Москва"]) + ends, encoding="utf-8",
                       newline="")  # fmt: skip
        report = tmp_path / f"{name}.json"
        done = _translit("romanize", "-q", "-l", "ru", "--report", str(report), "-o",
                         str(tmp_path / f"o-{name}"), str(src))  # fmt: skip
        assert done.returncode == 0, done.stderr
        (result,) = json.loads(report.read_text(encoding="utf-8"))["files"]
        assert (result["lines"], result["changed_lines"]) == (4, 3), (name, result)


@settings(max_examples=200, deadline=None)
@given(
    st.text(alphabet="a \r\nж", max_size=300),
    st.integers(1, 16),
    st.integers(2, 40),
    st.sampled_from(["lines", "text"]),
)
def test_blocks_never_cut_a_crlf_so_their_lines_add_up(
    text: str, chunk: int, limit: int, mode: str
) -> None:
    """Every route counts a block's lines alone and adds them up: a cut between the CR and
    the LF of a CRLF (a long line cut at the hard limit) counted that line end twice. The
    text route and the byte route cut nowhere inside one."""
    import io

    from translit.io.rawblocks import raw_blocks
    from translit.io.textio import cut_lines, cut_text, read_blocks
    from translit.script import line_ends

    data = text.encode()
    cut = cut_lines if mode == "lines" else cut_text
    texts = list(read_blocks(io.BytesIO(data), "utf-8", chunk_size=chunk, cut=cut,
                             hard_limit=limit))  # fmt: skip
    raws = list(raw_blocks(io.BytesIO(data), b"", "utf-8", chunk_size=chunk, mode=mode,
                           hard_limit=limit))  # fmt: skip
    assert "".join(texts) == text and b"".join(raws) == data
    assert sum(map(line_ends, texts)) == line_ends(text)
    assert sum(map(line_ends, raws)) == line_ends(data)


# -- the output folder removed while the run writes into it ---------------------------------


def test_an_output_folder_removed_mid_run_says_what_to_do(tmp_path: Path) -> None:
    """``--out-dir`` removed while an output was written there: that input failed with
    ``out/a.txt: No such file or directory``, which says neither why nor what to do. The
    others go on (their folder made again), and ``--resume`` finishes the failed one."""
    import json

    from translit.io import Plan, RunOptions, run

    src = tmp_path / "src"
    src.mkdir()
    for name in ("a.txt", "b.txt"):
        (src / name).write_text(LINE * 2000, encoding="utf-8")
    out = tmp_path / "out"
    removed: list[bool] = []

    def upper(text: str) -> str:  # removes the output folder during the first input
        if not removed:
            removed.append(True)
            import shutil

            shutil.rmtree(out)
        return text.upper()

    opts = RunOptions(out_dir=str(out), recursive=True, jobs=1, report=str(tmp_path / "r.json"))
    result = run(Plan(upper, (str(src),), opts))
    status = {Path(f.input).name: f.status for f in result.files}
    assert status == {"a.txt": "failed", "b.txt": "ok"}, status
    message = str(result.files[0].errors[0])
    assert "removed" in message and "run again" in message, message
    again = run(Plan(str.upper, (str(src),), opts.replace(resume=True)))
    assert again.exit_code == 0
    assert (out / "a.txt").read_text(encoding="utf-8") == (LINE * 2000).upper()
    assert json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))["status"] == "complete"


# -- the report written over a backup or the resume manifest ------------------------------


def test_a_report_never_replaces_a_backup_or_the_manifest(tmp_path: Path) -> None:
    """``--in-place --backup .bak --report a.txt.bak a.txt`` wrote the report over the backup,
    the one copy of the original text (a backup is never overwritten, and this one was, by
    translit itself); ``--report out/.translit-manifest.jsonl`` replaced the record that
    ``--resume`` reads. Both are refused before anything is read (exit 2), naming both."""
    src = tmp_path / "a.txt"
    src.write_text("Щука\n", encoding="utf-8")
    done = _translit("romanize", "-l", "ru", "--in-place", "--backup", ".bak", "--report",
                     str(tmp_path / "a.txt.bak"), str(src))  # fmt: skip
    assert done.returncode == 2, done.stderr
    assert b"a.txt.bak" in done.stderr and b"backup" in done.stderr, done.stderr
    assert src.read_text(encoding="utf-8") == "Щука\n"  # nothing done
    assert not (tmp_path / "a.txt.bak").exists()
    out = tmp_path / "out"
    manifest = out / ".translit-manifest.jsonl"
    done = _translit("romanize", "-l", "ru", "--out-dir", str(out), "--report", str(manifest),
                     str(src))  # fmt: skip
    assert done.returncode == 2, done.stderr
    assert b"manifest" in done.stderr and b"--resume" in done.stderr, done.stderr
    assert not (out / "a.txt").exists()


@given(st.text(alphabet="a\r\nж", max_size=200), st.data())
def test_line_ends_counts_what_the_line_end_pattern_finds(text: str, data: st.DataObject) -> None:
    """line_ends counts what LINE_END_RE finds in the range (its own count, a CR no LF follows:
    a CR at the range's end is one), str and bytes alike; lone_cr: whether a CR stands alone."""
    from translit.script import LINE_END_RE, line_ends, lone_cr

    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    expected = len(LINE_END_RE.findall(text[start:end]))
    assert line_ends(text, start, end) == expected
    raw = text.encode()
    b_start, b_end = len(text[:start].encode()), len(text[:end].encode())
    assert line_ends(raw, b_start, b_end) == expected
    assert lone_cr(text) == any(m.group() == "\r" for m in LINE_END_RE.finditer(text))
