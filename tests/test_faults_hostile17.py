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

from translit.io.atomic import TEMP_PREFIX

ROOT = Path(__file__).resolve().parent.parent
ENV = {**os.environ, "PYTHONPATH": str(ROOT)}
LINE = "Ельцин и ЩУКА, Вооружённые силы Комитета освобождения народов России.\n"


def _translit(
    *args: str, stdin: bytes | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "translit", *args], env=env or ENV, input=stdin,
        capture_output=True, timeout=300, check=False,
    )  # fmt: skip


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
        [sys.executable, "-m", "translit", *command, str(src)], env=ENV,
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
