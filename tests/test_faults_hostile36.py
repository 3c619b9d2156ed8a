"""Fault suite, hostile36: the two leftovers of hostile35 (a Dask scheduler that is not there;
a folder made for a command refused for its usage) and a fresh red-team of the batch layer
that the earlier passes (tests/test_faults_*.py) did not try. Each test makes its inputs in
``tmp_path``; the scheduler stand-ins are sockets of this process on 127.0.0.1.

The bar: no traceback, no data lost, atomic outputs, exit codes 0/1/2/130, and a message that
names the file, the line, what is wrong and what to do.
"""

from __future__ import annotations

import signal
import socket
import subprocess
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import CLI_ENV, TRANSLIT_FROM_A_TERMINAL, translit_cli

# -- 1. a Dask scheduler address where no scheduler answers --------------------------------------


class Listener:
    """A socket listening on a free port of 127.0.0.1; a thread takes each connection and
    sends it ``greeting`` (nothing when empty)."""

    def __init__(self) -> None:
        self.server = socket.create_server(("127.0.0.1", 0))
        self.address = f"tcp://127.0.0.1:{self.server.getsockname()[1]}"
        self.greeting = b""
        self.accepted: list[socket.socket] = []
        threading.Thread(target=self.take, daemon=True).start()

    def take(self) -> None:
        while True:
            try:
                conn, _ = self.server.accept()
            except OSError:
                return
            self.accepted.append(conn)
            if self.greeting:
                conn.sendall(self.greeting)


@pytest.fixture
def listener() -> Iterator[Listener]:
    serving = Listener()
    yield serving
    serving.server.close()
    for conn in serving.accepted:
        conn.close()


def _dask_run(tmp_path: Path, address: str) -> tuple[int, str, float]:
    src = tmp_path / "a.txt"
    src.write_text("Щука\n", encoding="utf-8")
    started = time.monotonic()
    done = translit_cli(
        "romanize", "-l", "ru", "--engine", "dask", "--scheduler", address,
        "--out-dir", tmp_path / "out", src,
    )  # fmt: skip
    return done.returncode, done.stderr.decode(), time.monotonic() - started


def test_a_refused_scheduler_port_fails_at_once_and_makes_no_folder(tmp_path: Path) -> None:
    """``--scheduler tcp://127.0.0.1:1`` (nothing listens there) retried for Dask's connect
    timeout, 30 s, before failing, and had made ``--out-dir`` by then: a refused port fails at
    once (well under 30 s, Dask's import included), exit 2, naming --scheduler and what to do,
    and leaves no folder."""
    pytest.importorskip("dask.distributed")
    code, err, seconds = _dask_run(tmp_path, "tcp://127.0.0.1:1")
    assert code == 2, err
    assert "--scheduler 'tcp://127.0.0.1:1': no scheduler answered" in err, err
    assert "or give local" in err and "Traceback" not in err, err
    assert seconds < 20, seconds
    assert not (tmp_path / "out").exists()


def test_a_scheduler_address_of_a_silent_service_fails_after_the_probe(
    tmp_path: Path, listener: Listener
) -> None:
    """A service that takes the connection and says nothing (a web server waits for its
    request; the dashboard's port given for the scheduler's) hung the command for ever: Dask's
    handshake read has no timeout. Dask's scheduler greets at once; a silence of
    PROBE_SECONDS (5 s) is no scheduler, exit 2."""
    pytest.importorskip("dask.distributed")
    address = listener.address
    code, err, seconds = _dask_run(tmp_path, address)
    assert code == 2, err
    assert f"--scheduler {address!r}: no scheduler answered" in err, err
    assert "said nothing in 5 s" in err and "Traceback" not in err, err
    assert seconds < 60, seconds
    assert not (tmp_path / "out").exists()


def test_a_scheduler_address_of_another_protocol_is_no_memory_error(
    tmp_path: Path, listener: Listener
) -> None:
    """A service of another protocol at the address (here one that answers in HTTP): Dask
    read its first 8 bytes as a frame length (``HTTP/1.1`` is 3.5 EiB) and the command said
    "out of memory (MemoryError); raise the memory limit", which was no help."""
    pytest.importorskip("dask.distributed")
    listener.greeting = b"HTTP/1.1 400 Bad Request\r\n\r\n"
    address = listener.address
    code, err, _ = _dask_run(tmp_path, address)
    assert code == 2, err
    assert "speaks another protocol: it began b'HTTP/1.1'" in err, err
    assert "memory" not in err and "Traceback" not in err, err


def test_run_files_raises_a_typed_scheduler_error(tmp_path: Path) -> None:
    """From Python, the Dask engine's run on an address where none answers raises
    :class:`~translit.integrations.dask.SchedulerError`, a TranslitError and a
    ConnectionError that keeps the address (it was a UsageError, a ValueError, after 30 s)."""
    pytest.importorskip("dask.distributed")
    from translit import TranslitError
    from translit.cli.romanize import RomanizeSpec
    from translit.integrations.dask import SchedulerError, run_files
    from translit.io import RunOptions

    src = tmp_path / "a.txt"
    src.write_text("Щука\n", encoding="utf-8")
    opts = RunOptions(out_dir=str(tmp_path / "out"))
    started = time.monotonic()
    with pytest.raises(SchedulerError) as info:
        run_files(RomanizeSpec(lang="ru"), [str(src)], opts, "tcp://127.0.0.1:1")
    assert time.monotonic() - started < 10
    assert isinstance(info.value, TranslitError) and isinstance(info.value, ConnectionError)
    assert info.value.address == "tcp://127.0.0.1:1"
    assert not (tmp_path / "out").exists()


# -- 2. nothing made for a command refused for its usage ----------------------------------------


def test_report_naming_the_out_dir_makes_no_folder(tmp_path: Path) -> None:
    """``--out-dir new --report new``: the folder was made, then the report refused as a
    folder (exit 2), and the empty folder stayed behind."""
    src = tmp_path / "a.txt"
    src.write_text("Щука\n", encoding="utf-8")
    new = tmp_path / "new"
    done = translit_cli("romanize", "-l", "ru", "--out-dir", new, "--report", new, src)
    err = done.stderr.decode()
    assert done.returncode == 2 and "a folder, so --report" in err, err
    assert not new.exists()
    inner = translit_cli(
        "romanize", "-l", "ru", "--out-dir", new / "sub", "--report", new, src
    )  # (the report's name a folder above the output's)
    assert inner.returncode == 2 and "a folder, so --report" in inner.stderr.decode()
    assert not new.exists()


def test_a_folder_made_for_the_report_is_removed_when_the_out_dir_fails(tmp_path: Path) -> None:
    """``--report new/a/run.json --out-dir FILE/x``: the report's folders were made, then the
    out-dir refused (a file in the way), and new/a stayed behind."""
    src = tmp_path / "a.txt"
    src.write_text("Щука\n", encoding="utf-8")
    (tmp_path / "file").write_text("x", encoding="utf-8")
    done = translit_cli(
        "romanize", "-l", "ru", "--report", tmp_path / "new" / "a" / "run.json",
        "--out-dir", tmp_path / "file" / "x", src,
    )  # fmt: skip
    err = done.stderr.decode()
    assert done.returncode == 2 and "--out-dir" in err and "Traceback" not in err, err
    assert not (tmp_path / "new").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "file"]


# -- 3. SIGTERM while the Dask engine's local workers write ---------------------------------------


def test_sigterm_during_a_dask_run_leaves_no_temporary_file(tmp_path: Path) -> None:
    """``--engine dask -j 2`` stopped by SIGTERM while its workers wrote: the cluster's nanny
    killed them after 4 s, and their temporary files stayed in --out-dir (two of 10 MB each
    for 29 MB inputs), for a later run to find. The workers ran on this host: once the cluster
    is closed the run removes them, exit 143, and no output is there, complete or not."""
    pytest.importorskip("dask.distributed")
    text = "Русская освободительная армия и Щука у реки\n" * 400_000  # (32 MB each)
    sources = []
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(text, encoding="utf-8")
        sources.append(str(tmp_path / name))
    out = tmp_path / "out"
    proc = subprocess.Popen(
        [*TRANSLIT_FROM_A_TERMINAL, "romanize", "-l", "ru", "--engine", "dask", "-j", "2",
         "--out-dir", str(out), *sources],
        env=CLI_ENV, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )  # fmt: skip
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        if out.is_dir() and any(p.name.startswith(".translit-tmp-") for p in out.iterdir()):
            break
        time.sleep(0.05)
    assert proc.poll() is None, "the run ended before a worker wrote"
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 143, err.decode()
    assert "interrupted by SIGTERM" in err.decode() and "Traceback" not in err.decode()
    # (an --out-dir the run made and left empty is removed, as the local engine does: sweep38)
    left = sorted(p.name for p in out.iterdir()) if out.exists() else []
    assert all(not name.startswith(".translit-tmp-") for name in left), left
    for name in ("a.txt", "b.txt"):  # (an output, if one finished, is whole)
        if (out / name).exists():
            assert (out / name).read_text(encoding="utf-8") == translit_cli(
                "romanize", "-l", "ru", tmp_path / name
            ).stdout.decode()
