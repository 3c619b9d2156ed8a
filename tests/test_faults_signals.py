"""Fault suite, kills: SIGTERM or SIGHUP during a ``-j 2`` run, to the parent alone or to its
group, and two runs writing the same output at once.

SIGTERM (``kill``, a container or service stop) stops a run as Ctrl-C does: exit 128 + 15, one
line on stderr, the report marked ``interrupted``, no temporary file, no worker left, and
``--resume`` finishes with the bytes of an uninterrupted run. Before, the default action killed
the parent on the spot: exit 143 without a report and a temporary file left behind.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import child_pids, pid_alive, wait_for_children, wait_for_cpu

from translit import romanize
from translit.cli.base import stop_code, stop_signals
from translit.io.atomic import TEMP_PREFIX

ROOT = Path(__file__).resolve().parent.parent
ENV = {**os.environ, "PYTHONPATH": str(ROOT)}
LINE = "Ельцин и ЩУКА, Вооружённые силы Комитета освобождения народов России.\n"


def _translit(*args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "translit", *args], env=ENV, capture_output=True, timeout=300,
        check=False,
    )  # fmt: skip


@pytest.mark.skipif(not os.path.isdir("/proc/self"), reason="reads the process table in /proc")
@pytest.mark.parametrize(
    ("group", "signum"),
    [(False, signal.SIGTERM), (True, signal.SIGTERM), (True, signal.SIGHUP)],
    ids=["parent", "group", "hangup"],  # SIGHUP: the terminal closed; it killed the run, exit
)  # 129 with a temporary file left and no report
def test_sigterm_stops_like_ctrl_c_and_resume_finishes(
    tmp_path: Path, group: bool, signum: int
) -> None:
    src = tmp_path / "src"
    src.mkdir()
    texts = {f"f{n}.txt": f"{n} " + LINE * 25_000 for n in range(3)}  # 2 MB each
    for name, text in texts.items():
        (src / name).write_text(text, encoding="utf-8")
    out, report = tmp_path / "out", tmp_path / "run.json"
    common = ["romanize", "-q", "-r", "-l", "ru", "--chunk-size", "64K", "-j", "3"]  # 2 workers
    proc = subprocess.Popen(
        [sys.executable, "-m", "translit", *common, "--out-dir", str(out), "--report",
         str(report), str(src)],
        env=ENV, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True,
    )  # fmt: skip
    workers: list[int] = []
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:  # stop once the workers run and an output is under way
        workers = child_pids(proc.pid)
        if len(workers) >= 2 and out.is_dir() and any(out.iterdir()):
            break
        if proc.poll() is not None:
            pytest.fail("the run finished before it could be stopped")
        time.sleep(0.01)
    if group:
        os.killpg(proc.pid, signum)
    else:
        proc.send_signal(signum)
    _, err = proc.communicate(timeout=60)
    text = err.decode()
    assert proc.returncode == 128 + signum, text
    assert "Traceback" not in text and len(text.strip().splitlines()) == 1, text
    assert text.startswith("translit: interrupted"), text
    data = json.loads(report.read_text(encoding="utf-8"))
    assert data["status"] == "interrupted"
    # no temporary file left; a folder the run made and left empty is removed (io37)
    assert not out.exists() or not [p for p in out.iterdir() if p.name.startswith(TEMP_PREFIX)]
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and any(pid_alive(w) for w in workers):
        time.sleep(0.05)
    assert not [w for w in workers if pid_alive(w)], "workers outlived the stopped run"
    again = _translit(*common, "--out-dir", str(out), "--resume", str(src))
    assert again.returncode == 0, again.stderr
    for name, text in texts.items():
        assert (out / name).read_text(encoding="utf-8") == romanize(text, lang="ru"), name


def test_a_hangup_ignored_by_nohup_stays_ignored(tmp_path: Path) -> None:
    src = tmp_path / "a.txt"
    text = LINE * 100_000
    src.write_text(text, encoding="utf-8")
    out = tmp_path / "out.txt"
    nohup = (  # what nohup does: SIGHUP ignored, then the command
        "import os, signal, sys; signal.signal(signal.SIGHUP, signal.SIG_IGN); "
        "os.execv(sys.executable, [sys.executable, '-m', 'translit', *sys.argv[1:]])"
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", nohup, "romanize", "-q", "-l", "ru", "-j", "2",
         "--chunk-size", "16K", "-o", str(out), str(src)],
        env=ENV, stderr=subprocess.PIPE, start_new_session=True,
    )  # fmt: skip
    deadline = time.monotonic() + 60
    while not any(p.name.startswith(TEMP_PREFIX) for p in tmp_path.iterdir()):  # under way
        assert proc.poll() is None and time.monotonic() < deadline, "finished before the hangup"
        time.sleep(0.01)
    os.killpg(proc.pid, signal.SIGHUP)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    assert out.read_text(encoding="utf-8") == romanize(text, lang="ru")


def test_two_runs_on_the_same_output_at_once(tmp_path: Path) -> None:
    """Two runs with different schemes into one file: it ends as one run's complete output."""
    src = tmp_path / "a.txt"
    text = LINE * 20_000
    src.write_text(text, encoding="utf-8")
    target = tmp_path / "out.txt"

    def start(scheme: str) -> subprocess.Popen[bytes]:
        args = ["romanize", "-q", "-l", "ru", "-s", scheme, "-j", "2", "--chunk-size", "64K"]
        cmd = [sys.executable, "-m", "translit", *args, "-o", str(target), str(src)]
        return subprocess.Popen(cmd, env=ENV, stderr=subprocess.PIPE)

    runs = [start("iso-9"), start("bgn-pcgn")]
    for run in runs:
        _, err = run.communicate(timeout=120)
        assert run.returncode == 0, err
    final = target.read_text(encoding="utf-8")
    assert final in (romanize(text, "iso-9", "ru"), romanize(text, "bgn-pcgn", "ru"))
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(TEMP_PREFIX)]


_PARENT = os.getpid()


def _dies_in_a_worker(text: str) -> str:
    """Upper case; a block holding ``KILL`` kills the worker converting it (the OOM killer's
    way), and takes 5 ms in the parent so that the worker is free to be sent one."""
    if "KILL" in text:
        if os.getpid() != _PARENT:
            os.kill(os.getpid(), signal.SIGKILL)
        time.sleep(0.005)
    return text.upper()


@pytest.mark.skipif(not os.path.isdir("/proc/self"), reason="reads the process table in /proc")
def test_a_worker_killed_holding_a_block_fails_that_input_alone(tmp_path: Path) -> None:
    from translit.io import Plan, RunOptions, run

    names = ["a.txt", "b.txt", "c.txt"]
    for name in names:  # 30 blocks of 4 KiB each; every block of b.txt holds KILL
        word = "KILL" if name == "b.txt" else "word"
        (tmp_path / name).write_text(f"{name} {word} ш\n" * 9000, encoding="utf-8")
    out = tmp_path / "out"
    events: list[object] = []
    opts = RunOptions(out_dir=str(out), jobs=2, chunk_size=4096)
    before = set(child_pids(os.getpid()))  # (a session's Dask cluster, …)
    result = run(
        Plan(_dies_in_a_worker, tuple(str(tmp_path / n) for n in names), opts),
        on_event=events.append,
    )
    status = {Path(f.input).name: f.status for f in result.files}
    assert status == {"a.txt": "ok", "b.txt": "failed", "c.txt": "ok"}
    (b,) = [f for f in result.files if f.status == "failed"]
    assert "killed by signal 9" in str(b.errors[0]) and result.exit_code == 1
    assert not (out / "b.txt").exists()  # its output untouched (never written)
    for name in ("a.txt", "c.txt"):  # c.txt converted here, the pool being broken
        expected = (tmp_path / name).read_text(encoding="utf-8").upper()
        assert (out / name).read_text(encoding="utf-8") == expected
    assert set(child_pids(os.getpid())) <= before  # the dead worker reaped, none left


@pytest.mark.skipif(not os.path.isdir("/proc/self"), reason="reads the process table in /proc")
def test_a_killed_worker_fails_its_input_with_a_message_and_the_run_goes_on(
    tmp_path: Path,
) -> None:
    # the OOM killer's way, from outside: SIGKILL to one worker of a running command. The
    # input whose block it held fails (its output untouched), the message names the signal, no
    # traceback; the inputs after it are converted (by the parent, the pool being broken) and
    # equal a -j 1 run's. A worker killed while it waits for its next block (this process
    # cannot tell when) held nothing: then no input fails, and every output is whole.
    src = tmp_path / "src"
    src.mkdir()
    for n in range(4):
        (src / f"f{n}.txt").write_text(f"{n} " + LINE * 25_000, encoding="utf-8")  # 2 MB each
    out, ref, report = tmp_path / "out", tmp_path / "ref", tmp_path / "run.json"
    common = ["romanize", "-q", "-r", "-l", "ru", "--chunk-size", "16K"]
    proc = subprocess.Popen(
        [sys.executable, "-m", "translit", *common, "-j", "3", "--out-dir", str(out),
         "--report", str(report), str(src)],
        env=ENV, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )  # fmt: skip
    workers = wait_for_children(proc, 2)
    wait_for_cpu(proc, workers[0])  # (killed before its first block, it would fail no input)
    os.kill(workers[0], signal.SIGKILL)
    _, err = proc.communicate(timeout=120)
    text = err.decode()
    assert "Traceback" not in text, text
    assert not [w for w in workers if pid_alive(w)]
    files = json.loads(report.read_text(encoding="utf-8"))["files"]
    failed = [f for f in files if f["status"] == "failed"]
    assert proc.returncode == (1 if failed else 0), text
    assert len(failed) <= 1 and all("killed by signal 9" in json.dumps(f) for f in failed)
    assert not failed or "killed by signal 9" in text, text
    assert sorted(f["status"] for f in files).count("ok") >= 3
    assert _translit(*common, "-j", "1", "--out-dir", str(ref), str(src)).returncode == 0
    for f in files:
        name = Path(f["input"]).name
        if f["status"] == "ok":
            assert (out / name).read_bytes() == (ref / name).read_bytes(), name
        else:
            assert not (out / name).exists(), name
    assert not [p for p in out.iterdir() if p.name.startswith(TEMP_PREFIX)]


def test_a_second_stop_signal_while_the_command_stops_is_recorded_not_raised() -> None:
    # the first SIGTERM stops the command as Ctrl-C does; one more, come while the command's
    # handler of the first still runs (before it ignores further stops), used to raise there
    # too and cut the stop short before its report (test_integration_dask_stop under load)
    with stop_signals():
        with pytest.raises(KeyboardInterrupt):
            os.kill(os.getpid(), signal.SIGTERM)
            time.sleep(5)  # (the handler raises at once)
        os.kill(os.getpid(), signal.SIGHUP)  # (the stop's own work goes on)
        time.sleep(0.05)
        assert stop_code() == 128 + signal.SIGHUP
