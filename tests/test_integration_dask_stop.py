"""A stopped ``--engine dask`` run on a cluster it did not start (``--scheduler ADDRESS``): its
workers are not stopped with it, so a task still running there wrote its output after the
run's report (README, Scaling out). The cluster here is a LocalCluster of this test's process,
started before the run and reached by its address as a remote one is; its worker threads run
this process's translit, so a task can be held between its temporary file and its rename."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import CLI_ENV, TRANSLIT_FROM_A_TERMINAL, translit_cli

pytest.importorskip("dask.distributed", reason="the dask extra is not installed")
from dask.distributed import LocalCluster

import translit.integrations.dask as tdask

TEMP = ".translit-tmp-"

# two sentences written for this test (what is converted does not matter here, only when)
TEXT = "Его отец был офицером.\nВ 1940 году семья переехала в Москву.\n"


@pytest.fixture
def remote() -> Iterator[str]:
    """The address of a cluster started apart from the run (two threads, one worker)."""
    with LocalCluster(
        n_workers=1,
        threads_per_worker=2,
        processes=False,
        protocol="tcp://",
        host="127.0.0.1",
        dashboard_address=None,
        scheduler_kwargs={"dashboard_address": ":0"},
    ) as cluster:
        yield cluster.scheduler_address


def _held(monkeypatch: pytest.MonkeyPatch, inside: bool) -> tuple[threading.Event, threading.Event]:
    """Hold the second output to be renamed until the first returned Event is set: before the
    run's check (``inside`` False) or after it, between the check and the rename (True); the
    second Event is set once the task is held there (its temporary file is written before the
    check, so under load a stop could come before the check: waited for here)."""
    go = threading.Event()
    held = threading.Event()
    real = tdask._live
    calls: list[str] = []

    def live(run: str) -> Any:
        calls.append(run)
        second = len(calls) == 2
        if second and not inside:
            held.set()
            assert go.wait(120)
        with real(run):
            if second and inside:
                held.set()
                assert go.wait(120)
            yield

    monkeypatch.setattr(tdask, "_live", contextlib.contextmanager(live))
    return go, held


def _start(tmp_path: Path, address: str, *extra: str) -> tuple[subprocess.Popen[bytes], Path]:
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(TEXT, encoding="utf-8")
    out = tmp_path / "out"
    proc = subprocess.Popen(
        [*TRANSLIT_FROM_A_TERMINAL, "romanize", "-l", "ru", "--engine", "dask",
         "--scheduler", address, "--out-dir", str(out), "--report", str(tmp_path / "r.json"),
         *extra, str(tmp_path / "a.txt"), str(tmp_path / "b.txt")],
        env=CLI_ENV, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True,
    )  # fmt: skip
    return proc, out


def _wait_for(what: Any, seconds: float = 120) -> None:
    deadline = time.monotonic() + seconds
    while not what():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.02)


def _names(out: Path) -> list[str]:
    return sorted(p.name for p in out.iterdir()) if out.is_dir() else []


def _temps(out: Path) -> int:
    """The temporary files of outputs in ``out`` (an input's name in theirs)."""
    return sum(n.startswith(TEMP) and ".txt-" in n for n in _names(out))


def _stopped(proc: subprocess.Popen[bytes], sig: signal.Signals, sent: bool = False) -> None:
    """Stop the run with ``sig`` (``sent``: already sent): exit 128 + sig, one line said, no
    process left in its group."""
    if not sent:
        proc.send_signal(sig)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 128 + sig, err.decode()
    assert "Traceback" not in err.decode(), err.decode()
    with pytest.raises(ProcessLookupError):  # (nothing it started outlives it)
        os.killpg(proc.pid, 0)


def _expected(tmp_path: Path, name: str) -> str:
    return translit_cli("romanize", "-l", "ru", tmp_path / name).stdout.decode()


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_a_task_held_before_its_rename_writes_nothing_after_the_report(
    remote: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sig: signal.Signals
) -> None:
    go, held = _held(monkeypatch, inside=False)
    proc, out = _start(tmp_path, remote)
    try:  # (one output renamed, the other's temporary file written and held)
        _wait_for(lambda: len(_names(out)) == 2 and _temps(out) == 1 and held.is_set())
        _stopped(proc, sig)
    finally:
        go.set()
        if proc.poll() is None:
            proc.kill()
    report = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert report["status"] == "interrupted"
    ok = sorted(Path(f["input"]).name for f in report["files"] if f["status"] == "ok")
    assert len(ok) == 1 and len(report["files"]) == 2
    # the held task goes on once released: it renames nothing and removes its temporary file
    _wait_for(lambda: not any(n.startswith(TEMP) for n in _names(out)))
    time.sleep(0.5)  # (a rename would have come by now)
    assert _names(out) == ok
    assert (out / ok[0]).read_text(encoding="utf-8") == _expected(tmp_path, ok[0])


def test_a_rename_under_way_at_the_stop_is_waited_for_and_reported(
    remote: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A task past the run's check when the stop comes renames its output: the stop waits for
    it, so the report, made after, lists that output (ok, its counts unknown)."""
    go, held = _held(monkeypatch, inside=True)
    proc, out = _start(tmp_path, remote)
    try:  # (held past its check: under load the temporary file came well before that)
        _wait_for(lambda: len(_names(out)) == 2 and _temps(out) == 1 and held.is_set())
        proc.send_signal(signal.SIGTERM)
        time.sleep(1.0)  # (the run waits for the rename under way, a second stop ignored)
        proc.send_signal(signal.SIGTERM)
        time.sleep(0.5)
        assert proc.poll() is None and not (tmp_path / "r.json").exists()
        go.set()
        _stopped(proc, signal.SIGTERM, sent=True)
    finally:
        go.set()
        if proc.poll() is None:
            proc.kill()
    report = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert [f["status"] for f in report["files"]] == ["ok", "ok"]
    assert _names(out) == ["a.txt", "b.txt"]
    for name in ("a.txt", "b.txt"):
        assert (out / name).read_text(encoding="utf-8") == _expected(tmp_path, name)


def test_in_place_with_a_backup_on_a_stopped_remote_run(
    remote: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``--in-place --backup`` on the Dask route: refused on every worker ("give only one of
    --output and --in-place", exit 2, nothing converted) before; now each input is converted
    in place with its backup, and a stopped run's held input is neither replaced nor backed up
    after the report. A backup already there is refused before any work, never overwritten."""
    go, held = _held(monkeypatch, inside=False)
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(TEXT, encoding="utf-8")
    command = [*TRANSLIT_FROM_A_TERMINAL, "romanize", "-l", "ru", "--engine", "dask",
               "--scheduler", remote, "--in-place", "--backup", ".bak",
               "--report", str(tmp_path / "r.json"), str(tmp_path / "a.txt"),
               str(tmp_path / "b.txt")]  # fmt: skip
    proc = subprocess.Popen(
        command, env=CLI_ENV, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
        start_new_session=True,
    )  # fmt: skip
    try:
        _wait_for(lambda: _temps(tmp_path) == 1 and any(tmp_path.glob("*.bak")) and held.is_set())
        _stopped(proc, signal.SIGTERM)
    finally:
        go.set()
        if proc.poll() is None:
            proc.kill()
    _wait_for(lambda: not any(n.startswith(TEMP) for n in _names(tmp_path)))
    time.sleep(0.5)
    report = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    status = {Path(f["input"]).name: f["status"] for f in report["files"]}
    assert sorted(status.values()) == ["interrupted", "ok"]
    for name in ("a.txt", "b.txt"):
        now = (tmp_path / name).read_text(encoding="utf-8")
        backup = tmp_path / f"{name}.bak"
        if status[name] == "ok":
            assert now != TEXT and backup.read_text(encoding="utf-8") == TEXT
        else:
            assert now == TEXT and not backup.exists()
    again = subprocess.run(command, env=CLI_ENV, capture_output=True, timeout=120, check=False)
    assert again.returncode == 2 and b"never overwritten" in again.stderr
