"""Fault suite, io37: the batch layer's leftovers of faults36 and resume36. A wrong --encoding
warned twice in romanize and not at all in detect, glossary apply --mode list and normalize
--report; Parquet inputs never entered the --resume manifest; a run that failed on a full disk
left the new --out-dir behind, empty.

The texts are written here by hand (a line of a Russian letter, a CSV of names); each expected
message or output is written out as a user reads it, not taken from the code under test.
"""

from __future__ import annotations

import json
import os
import resource
import shutil
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import CLI_ENV, translit_cli

TEXT = "Генерал Андрей Власов\nКомандование армии\n"


def _misread_warning(name: str, line: int, declared: str, written: str) -> str:
    return (
        f"translit: warning: {name}:{line}: decoded as {declared}, the text reads as {written}: "
        f"pass --encoding {written} or omit --encoding to detect\n"
    )


def test_romanize_warns_of_a_misread_encoding_once(tmp_path: Path) -> None:
    # romanize printed the code page's warning and, beside it, its older one telling to repair
    # the mojibake with `translit normalize`: one fault, two warnings
    src = tmp_path / "a.txt"
    src.write_bytes(TEXT.encode("cp1251"))
    done = translit_cli("romanize", "-l", "ru", "--encoding", "koi8-r", src)
    assert done.returncode == 0, done.stderr
    assert done.stderr.decode() == _misread_warning(str(src), 1, "koi8-r", "cp1251")


def test_mojibake_in_a_file_read_right_is_still_told_at_its_line(tmp_path: Path) -> None:
    # text saved as mojibake (UTF-8 read as cp1252 once, then saved), read in its own encoding:
    # no code page misreads it, and the warning to repair it stays, at the line that holds it
    src = tmp_path / "a.txt"
    src.write_text("Щука\nГенерал ÐŸÐµÑ‚ÐµÑ€Ð±ÑƒÑ€Ð³\n", encoding="utf-8")
    done = translit_cli("romanize", "-l", "ru", "--encoding", "utf-8", src)
    assert done.returncode == 0, done.stderr
    assert done.stderr.decode() == (
        f"translit: warning: {src}:2: 'ÐŸÐµÑ‚ÐµÑ€Ð±ÑƒÑ€Ð³' reads as 'Петербург' (text once "
        "decoded in the wrong encoding); translit normalize repairs such text, then romanise "
        "its output\n"
    )


@pytest.mark.parametrize(
    "command",
    [
        ("detect",),
        ("detect", "--summary"),
        ("glossary", "apply", "-t", "en", "-m", "list"),
        ("normalize", "--report"),
        ("normalize",),
    ],
)
@pytest.mark.parametrize(("written", "declared"), [("cp1251", "koi8-r"), ("koi8-r", "cp1251")])
def test_every_command_that_reads_text_names_a_misread_encoding(
    tmp_path: Path, command: tuple[str, ...], written: str, declared: str
) -> None:
    src = tmp_path / "a.txt"
    src.write_bytes(("Smith\n" + TEXT).encode(written))
    done = translit_cli(*command, "--encoding", declared, src)
    assert done.returncode == 0, done.stderr
    assert done.stderr.decode() == _misread_warning(str(src), 2, declared, written)
    right = translit_cli(*command, "--encoding", written, src)
    assert right.returncode == 0 and right.stderr == b"", right.stderr


@pytest.mark.parametrize(
    "command", [("glossary", "apply", "-t", "en", "-m", "list"), ("normalize", "--report")]
)
def test_quiet_silences_the_warning_as_in_a_batch_run(
    tmp_path: Path, command: tuple[str, ...]
) -> None:
    src = tmp_path / "a.txt"
    src.write_bytes(TEXT.encode("cp1251"))
    done = translit_cli(*command, "-q", "--encoding", "koi8-r", src)
    assert done.returncode == 0 and done.stderr == b"", done.stderr


def test_detect_by_column_names_a_misread_encoding(tmp_path: Path) -> None:
    src = tmp_path / "a.csv"
    src.write_bytes("id,name\n1,Smith\n2,Андрей Власов\n".encode("cp866"))
    done = translit_cli("detect", "--column", "name", "--encoding", "cp1251", src)
    assert done.returncode == 0, done.stderr
    assert done.stderr.decode() == _misread_warning(str(src), 3, "cp1251", "cp866")
    assert done.stdout.decode().splitlines()[0] == "und"  # (Smith)


def test_a_parquet_input_enters_the_resume_manifest(tmp_path: Path) -> None:
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    src = tmp_path / "d.parquet"
    pq.write_table(pa.table({"t": ["Юрий", "Щука"]}), src)
    out = tmp_path / "out"
    args = ("romanize", "-l", "ru", "--column", "t", "--out-dir", out, "--resume", "--verbose")
    first = translit_cli(*args, src)
    assert first.returncode == 0, first.stderr
    assert pq.read_table(out / "d.parquet").column("t").to_pylist() == ["Yuriy", "Shchuka"]
    entries = [json.loads(x) for x in (out / ".translit-manifest.jsonl").read_text().splitlines()]
    assert [(e["input"], e["output"]) for e in entries] == [("d.parquet", "d.parquet")]
    assert entries[0]["output_size"] == (out / "d.parquet").stat().st_size
    again = translit_cli(*args, src)  # (was converted again: no entry to skip it by)
    assert again.returncode == 0, again.stderr
    assert f"translit: {src}: skipped (finished in an earlier run)" in again.stderr.decode()
    (out / "d.parquet").write_bytes(b"PAR1 damaged")  # an output changed since: done again
    third = translit_cli(*args, src)
    assert "skipped" not in third.stderr.decode()
    assert pq.read_table(out / "d.parquet").column("t").to_pylist() == ["Yuriy", "Shchuka"]


def _limited(nbytes: int) -> None:
    resource.setrlimit(resource.RLIMIT_FSIZE, (nbytes, nbytes))


@pytest.mark.parametrize("out_dir", ["new", "new/deeper/still"])
def test_a_run_that_fills_nothing_leaves_no_new_out_dir(tmp_path: Path, out_dir: str) -> None:
    # a disk with no room for the output (here a file-size limit: the same failure of every
    # write) left the new --out-dir made for it, empty; a full tmpfs did the same
    src = tmp_path / "a.txt"
    src.write_text(TEXT * 2000, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "translit", "romanize", "-l", "ru", "--out-dir", out_dir, "a.txt"],
        env=CLI_ENV, cwd=tmp_path, capture_output=True, timeout=120, check=False,
        preexec_fn=lambda: _limited(4096),
    )  # fmt: skip
    assert done.returncode != 0, done.stderr
    assert "a.txt" in done.stderr.decode()
    assert sorted(os.listdir(tmp_path)) == ["a.txt"]


def test_a_run_that_fills_its_out_dir_in_part_keeps_it(tmp_path: Path) -> None:
    (tmp_path / "small.txt").write_text("Щука\n", encoding="utf-8")
    (tmp_path / "big.txt").write_text(TEXT * 2000, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "translit", "romanize", "-l", "ru", "--out-dir", "new",
         "small.txt", "big.txt"],
        env=CLI_ENV, cwd=tmp_path, capture_output=True, timeout=120, check=False,
        preexec_fn=lambda: _limited(4096),
    )  # fmt: skip
    assert done.returncode == 1, done.stderr
    assert sorted(os.listdir(tmp_path / "new")) == [".translit-manifest.jsonl", "small.txt"]
    assert (tmp_path / "new" / "small.txt").read_text(encoding="utf-8") == "Shchuka\n"


# -- a tls:// scheduler: Dask's greeting read over TLS, with the configuration's settings -------


def _certificate(folder: Path, name: str, ca: str | None = None) -> tuple[Path, Path]:
    """A key and certificate made by the openssl command (signed by the authority ``ca``
    of ``folder``, else its own authority)."""
    key, cert = folder / f"{name}.key", folder / f"{name}.pem"
    subject = ("-subj", f"/CN={name}")
    if ca is None:
        cmd = ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2"]
        subprocess.run([*cmd, "-keyout", key, "-out", cert, *subject], check=True,
                       capture_output=True)  # fmt: skip
        return key, cert
    request = folder / f"{name}.csr"
    subprocess.run(["openssl", "req", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out",
                    request, *subject], check=True, capture_output=True)  # fmt: skip
    subprocess.run(["openssl", "x509", "-req", "-in", request, "-CA", folder / f"{ca}.pem",
                    "-CAkey", folder / f"{ca}.key", "-CAcreateserial", "-out", cert, "-days",
                    "2"], check=True, capture_output=True)  # fmt: skip
    return key, cert


@pytest.fixture(scope="module")
def tls_scheduler(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """A Dask scheduler speaking TLS on 127.0.0.1 (its address, and the folder of the
    certificates: ca, its authority; node, a certificate it issued; other, one it did not)."""
    pytest.importorskip("distributed")
    if shutil.which("openssl") is None:
        pytest.skip("needs the openssl command to make certificates")
    folder = tmp_path_factory.mktemp("tls")
    _certificate(folder, "ca")
    key, cert = _certificate(folder, "node", ca="ca")
    _certificate(folder, "otherca")
    _certificate(folder, "other", ca="otherca")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    scheduler = subprocess.Popen(
        [sys.executable, "-m", "distributed.cli.dask_scheduler", "--host", "127.0.0.1",
         "--port", str(port), "--no-dashboard", "--protocol", "tls", "--tls-ca-file",
         folder / "ca.pem", "--tls-cert", cert, "--tls-key", key],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=CLI_ENV,
    )  # fmt: skip
    try:
        assert scheduler.stderr is not None
        for line in scheduler.stderr:  # (its log: the address once it listens)
            if b"Scheduler at:" in line:
                break
        else:
            pytest.fail("the TLS scheduler did not start")
        yield f"tls://127.0.0.1:{port}", folder
    finally:
        scheduler.terminate()
        scheduler.wait(30)


def _tls_settings(folder: Path, name: str) -> dict[str, str]:
    return {
        "distributed.comm.tls.ca-file": str(folder / "ca.pem"),
        "distributed.comm.tls.client.cert": str(folder / f"{name}.pem"),
        "distributed.comm.tls.client.key": str(folder / f"{name}.key"),
    }


def test_a_tls_scheduler_greets_with_the_configured_certificates(
    tls_scheduler: tuple[str, Path],
) -> None:
    import dask

    from translit.integrations.dask import SchedulerError, probe

    address, folder = tls_scheduler
    with dask.config.set(_tls_settings(folder, "node")):
        probe(address)  # (no error: the scheduler greeted)
    with dask.config.set(_tls_settings(folder, "other")), pytest.raises(SchedulerError) as bad:
        probe(address)  # (a certificate another authority issued: refused by the scheduler)
    # (TLS 1.3 may deliver the scheduler's refusal as the alert or as a closed stream, by the
    # timing of the two sides: the CI of 34c61ae4 saw the second)
    said = str(bad.value)
    assert said.startswith(f"`scheduler` {address!r}: the TLS handshake failed ("), said
    assert "(tlsv1 alert unknown ca); set the CA" in said or (
        "(the scheduler closed the connection before its greeting: most often a client "
        "certificate it refuses); set the CA" in said
    ), said
    with pytest.raises(SchedulerError) as unset:
        probe(address)
    assert str(unset.value) == (
        f"`scheduler` {address!r}: tls:// needs Dask's TLS settings: none are set; set the CA "
        "file and this client's certificate and key in the Dask configuration "
        "(distributed.comm.tls.ca-file, .client.cert, .client.key; or the variables "
        "DASK_DISTRIBUTED__COMM__TLS__CA_FILE, __CLIENT__CERT, __CLIENT__KEY), as the "
        "scheduler's certificate authority issued them"
    )


def test_a_tls_refusal_seen_as_a_closed_stream_is_a_handshake_failure(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # TLS 1.3: the scheduler's refusal of the client's certificate may reach the client as a
    # closed stream instead of the alert; it said "no scheduler answered (TLS: in <TLS
    # (closed) …>: Stream is closed)" (the CI of 34c61ae4)
    pytest.importorskip("distributed")
    import distributed.comm
    from distributed.comm.core import CommClosedError
    from distributed.security import Security

    from translit.integrations.dask import SchedulerError, probe

    async def closed(*args: object, **kwargs: object) -> None:
        raise CommClosedError("in <TLS (closed)  local=tls://127.0.0.1:1>: Stream is closed")

    monkeypatch.setattr(Security, "get_connection_args", lambda self, role: {"ssl_context": 1})
    monkeypatch.setattr(distributed.comm, "connect", closed)
    server = socket.create_server(("127.0.0.1", 0))
    try:
        address = f"tls://127.0.0.1:{server.getsockname()[1]}"
        with pytest.raises(SchedulerError) as bad:
            probe(address)
    finally:
        server.close()
    assert str(bad.value).startswith(
        f"`scheduler` {address!r}: the TLS handshake failed (the scheduler closed the "
        "connection before its greeting: most often a client certificate it refuses); set the CA"
    ), str(bad.value)


def test_a_tls_address_where_nothing_speaks_tls_is_refused_in_the_probe_time(
    tls_scheduler: tuple[str, Path],
) -> None:
    # the probe took the connection and returned: a tls:// service that says nothing (no TLS
    # handshake) was left to Dask's client, which waited on it
    import dask

    from translit.integrations.dask import SchedulerError, probe

    _, folder = tls_scheduler
    server = socket.create_server(("127.0.0.1", 0))
    taken: list[socket.socket] = []
    threading.Thread(target=lambda: taken.append(server.accept()[0]), daemon=True).start()
    address = f"tls://127.0.0.1:{server.getsockname()[1]}"
    started = time.monotonic()
    try:
        with dask.config.set(_tls_settings(folder, "node")), pytest.raises(SchedulerError) as no:
            probe(address, seconds=2)
    finally:
        server.close()
        for conn in taken:
            conn.close()
    assert time.monotonic() - started < 10
    assert "no TLS handshake and Dask greeting in 2 s" in str(no.value)


# -- messages that said what is wrong and not what to do --------------------------------------


def test_glossary_messages_say_what_to_do(tmp_path: Path) -> None:
    text = tmp_path / "m.txt"
    text.write_text("Москва\n", encoding="utf-8")
    glossary = tmp_path / "g.csv"
    glossary.write_text("ru,en\nМосква,Moscow\n", encoding="utf-8")
    target = translit_cli("glossary", "apply", "-g", glossary, "-t", "de", "-m", "list", text)
    assert target.stderr.decode() == (
        "translit: warning: no glossary term in the target language 'de' (the glossary has: "
        "en, ru), so no term found has one: give -t one of those, or -g a glossary with terms "
        "in it\n"
    )
    lang = translit_cli("glossary", "apply", "-g", glossary, "-t", "en", "--lang", "zz", text)
    assert lang.stderr.decode() == (
        "translit: warning: --lang 'zz': no glossary term in that language, so no term is "
        "matched for it (the glossary has: en, ru): give --lang one of those, or drop it\n"
    )
    glossary.write_text('ru,en\n"Москва,Moscow\n', encoding="utf-8")
    quote = translit_cli("glossary", "apply", "-g", glossary, "-t", "en", text)
    assert quote.returncode == 2
    assert quote.stderr.decode() == (
        f"translit: error: {glossary}:2: bad CSV: a quote opened in this row is never closed: "
        'close it, or double a quote inside a cell ("")\n'
    )


@pytest.mark.parametrize(
    "command", [("detect",), ("glossary", "apply", "-t", "en", "-m", "list"), ("romanize",)]
)
def test_binary_data_says_to_leave_the_file_out(tmp_path: Path, command: tuple[str, ...]) -> None:
    # it said only "name the right --encoding (e.g. cp1251, koi8-r, …)": no code page reads
    # a file that is no text (an image in a tree), and UTF-16/32 are found without being named
    src = tmp_path / "a.png"
    src.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200) + b"IHDR" + bytes(100))
    done = translit_cli(*command, src)
    assert done.returncode == 1
    assert done.stderr.decode() == (
        f"translit: error: {src}: binary data (zero bytes), not text; leave the file out of the "
        "run (a tree: --glob picks its text files), or, if it is text, name its --encoding\n"
    )
