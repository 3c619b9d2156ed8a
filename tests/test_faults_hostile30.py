"""Fault suite, hostile30: what hostile29 left (sizes said in bytes, a read-only glossary
output, long file names echoed whole, Dask's strings), and the cases no pass had tried:
resource limits, infinite and odd inputs, the standard streams, names that drive a terminal.

The bar: no traceback, no data lost, atomic outputs, exit codes 0/1/2/130, and a message that
names the file, the line, what is wrong and what to do.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import CLI_ENV as ENV
from conftest import growth_ratio, translit_cli
from test_faults_hostile29 import _as_user, _text, _user_cli, scratch  # noqa: F401 (a fixture)

# -- 1. what hostile29 left ----------------------------------------------------------------------


def test_a_glossary_size_limit_is_said_as_a_reader_reads_it(tmp_path: Path) -> None:
    """The limit of a glossary file was said in bytes ("larger than 67108864 bytes"); it is
    said as MiB (KiB for a small ``max_bytes``), the unit the README gives."""
    from translit.errors import GlossaryError
    from translit.glossary import load

    big = tmp_path / "g.csv"
    big.write_text("id,ru,en\n" + "a,Щука,pike\n" * 10_000, encoding="utf-8")
    with pytest.raises(GlossaryError) as info:
        load(big, max_bytes=64 << 10)
    assert "larger than 64 KiB; refused" in str(info.value), info.value
    done = translit_cli(
        "glossary", "check", "-f", "csv", "-", stdin=b"id,ru,en\n" + bytes(65 << 20)
    )
    err = done.stderr.decode()
    assert done.returncode == 1, err  # (check: this file failed)
    assert "larger than 64 MiB; refused" in err and "bytes" not in err, err


def test_a_glossary_convert_to_a_file_the_user_may_not_write_says_what_to_do(
    scratch: Path,  # noqa: F811
) -> None:
    """``glossary convert`` to a read-only output said only "ro.tbx: Permission denied"; it
    says what to do as the batch commands do for their outputs (one wording), before reading
    the glossary, and the file keeps its content."""
    _text(scratch / "g.csv", "id,ru,en\nroa,РОА,ROA\n")
    kept = _text(scratch / "ro.tbx", "old\n", 0o444)
    done = _user_cli(scratch, "glossary", "convert", "g.csv", "ro.tbx")
    err = done.stderr.decode()
    assert done.returncode == 2, err
    assert (
        "ro.tbx: DST is a file you may not write (Permission denied); make it writable "
        "(chmod u+w) or name another" in err
    ), err
    assert kept.read_text(encoding="utf-8") == "old\n"
    (scratch / "ro").mkdir()
    (scratch / "ro").chmod(0o555)
    done = _user_cli(scratch, "glossary", "convert", "g.csv", "ro/x.tbx")
    err = done.stderr.decode()
    assert done.returncode == 2, err
    assert "ro: no permission to write in it for DST; name another" in err, err
    _text(scratch / "a.txt", "Щука\n")
    done = _user_cli(scratch, "romanize", "-o", "ro.tbx", "a.txt")  # (the batch's wording)
    assert (
        "ro.tbx: --output is a file you may not write (Permission denied)" in done.stderr.decode()
    )


def test_a_long_file_name_is_cut_in_every_message(tmp_path: Path) -> None:
    """A 4,000-character path was echoed whole in its message (one line of 4 KB): it is cut
    as every other long value is, its start and the file's own name kept, with its length."""
    path = "/" + "d" * 3990 + "/x.txt"
    for args in (["romanize", path], ["detect", path], ["glossary", "check", path]):
        done = translit_cli(*args)
        err = done.stderr.decode()
        assert done.returncode in (1, 2), err
        assert "d" * 400 not in err, err[:500]
        assert "dddd/x.txt (3,997 characters)" in err, err[:500]
        assert max(map(len, err.splitlines())) < 300, err[:500]
    # a whole file name of 255 bytes is not cut
    name = "e" * 251 + ".txt"
    done = translit_cli("romanize", tmp_path / name)
    assert name in done.stderr.decode(), done.stderr


def test_dask_from_pandas_never_romanises_the_word_none() -> None:
    """``dask.dataframe.from_pandas`` turns an object column into strings before translit sees
    it (``dataframe.convert-string``): None must stay missing, never become "None" (it is
    ``<NA>``), and with the conversion off the values reach translit as they are."""
    pytest.importorskip("dask.dataframe")
    import dask
    import dask.dataframe as dd
    import pandas as pd

    from translit.integrations.dask import romanize_frame

    frame = pd.DataFrame({"n": ["Щука", None, 5]}, dtype=object)
    got = romanize_frame(dd.from_pandas(frame, npartitions=1), ["n"], lang="ru")
    values = got.compute(scheduler="sync")["n"].tolist()
    assert values[0] == "Shchuka" and pd.isna(values[1]) and values[2] == "5", values
    with dask.config.set({"dataframe.convert-string": False}):
        got = romanize_frame(dd.from_pandas(frame, npartitions=1), ["n"], lang="ru")
        assert got.compute(scheduler="sync")["n"].tolist() == ["Shchuka", None, 5]


# -- 2. resources and input shapes -------------------------------------------------------------


def test_few_open_files_allowed_convert_every_input_in_one_process(tmp_path: Path) -> None:
    """``ulimit -n 16`` with ``-j 2`` and 50 inputs: the pool's descriptors (output slots,
    pipes, staging files) took all that was left, so 49 of the 50 inputs failed "Too many
    open files" (each retry leaking the slots of the one before). The run now converts in one
    process, saying so once, and every input is done."""
    import resource

    names = []
    for i in range(50):
        (tmp_path / f"f{i:02}.txt").write_text(f"Щука {i}\n", encoding="utf-8")
        names.append(f"f{i:02}.txt")

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_NOFILE, (16, 16))

    done = subprocess.run(
        [sys.executable, "-m", "translit", "romanize", "-j", "2", "--out-dir", "out", *names],
        cwd=tmp_path, env=ENV, capture_output=True, timeout=120, check=False, preexec_fn=limit,
    )  # fmt: skip
    err = done.stderr.decode()
    assert done.returncode == 0, err
    assert err.count("warning: -j 2: too few open files") == 1 and "error" not in err, err
    for i in range(50):
        assert (tmp_path / "out" / f"f{i:02}.txt").read_text(encoding="utf-8") == f"Shchuka {i}\n"


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")
@pytest.mark.parametrize("command", ["romanize", "normalize", "detect"])
def test_dev_zero_is_binary_data_not_an_endless_text(command: str) -> None:
    """``/dev/zero`` (and any file of NUL bytes) is ASCII and valid UTF-8, so it was converted
    as text: ``translit romanize /dev/zero`` ran until killed, NULs to stdout. NUL bytes that are
    more than half of the first block are binary data (a NUL here and there in text is kept,
    ``test_hostile_input_files``); an endless text stream
    (``yes Щука |``) is still converted as the filter it is."""
    done = subprocess.run(
        [sys.executable, "-m", "translit", command, "/dev/zero"],
        env=ENV, capture_output=True, timeout=60, check=False,
    )  # fmt: skip
    err = done.stderr.decode()
    assert done.returncode == 1, err
    assert "/dev/zero: binary data (zero bytes), not text" in err, err
    assert done.stdout == b""


def test_a_po_glossary_that_starts_with_a_bom_is_read(tmp_path: Path) -> None:
    """A PO file saved with a UTF-8 BOM (Notepad, some Windows editors) was refused, "bad PO
    file: Unknown or misformatted keyword" at line 1, and a file of the BOM alone so too,
    where an empty PO file is "no concept"; the BOM is no content (as for CSV and TBX)."""
    from translit.glossary import load

    body = 'msgid ""\nmsgstr ""\n"Language: en\\n"\n\nmsgid "Щука"\nmsgstr "pike"\n'
    po = tmp_path / "g.po"
    po.write_bytes(b"\xef\xbb\xbf" + body.encode("utf-8"))
    g = load(po, source_lang="ru")
    assert [t.text for c in g.concepts for t in c.terms] == ["Щука", "pike"]
    (tmp_path / "bom.po").write_bytes(b"\xef\xbb\xbf")
    done = translit_cli("glossary", "check", tmp_path / "bom.po")
    err = done.stdout.decode() + done.stderr.decode()
    assert done.returncode == 0 and "no concept" in err and "bad PO" not in err, err


def test_a_file_named_like_an_option_is_told_how_to_name(tmp_path: Path) -> None:
    """``translit romanize -x.txt`` with such a file: click's "No such option '-x'" alone;
    it says the argument is a file and how to name it (after --, or as ./-x.txt)."""
    (tmp_path / "-x.txt").write_text("Щука\n", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "translit", "romanize", "-x.txt"],
        cwd=tmp_path, env=ENV, capture_output=True, timeout=60, check=False,
    )  # fmt: skip
    err = done.stderr.decode()
    assert done.returncode == 2, err
    assert "-x.txt is a file: name it after -- or as ./-x.txt" in err, err
    done = subprocess.run(
        [sys.executable, "-m", "translit", "romanize", "--", "-x.txt"],
        cwd=tmp_path, env=ENV, capture_output=True, timeout=60, check=False,
    )  # fmt: skip
    assert done.returncode == 0 and done.stdout == b"Shchuka\n", done.stderr


def test_a_file_name_of_bytes_that_are_no_utf8_is_shown_as_its_bytes(tmp_path: Path) -> None:
    """A file name's byte that is no UTF-8 (0xff) was shown as Python holds it, "\\udcff"; and
    under an ASCII locale (``LC_ALL=C``, no UTF-8 mode) a Cyrillic name was all such escapes
    (nopeЩ.txt: "nope\\udcd0\\udca9.txt"). The byte is shown as \\xff, UTF-8 as its letters,
    and a control character of the name still as an escape."""
    name = os.fsdecode(b"nope\xd0\xa9\xff\x1b[2J.txt")
    done = translit_cli("romanize", name)
    err = done.stderr.decode("utf-8", "backslashreplace")
    assert done.returncode == 1, err
    assert "nopeЩ\\xff\\x1b[2J.txt: No such file or directory" in err, err
    done = translit_cli("romanize", name, env={"LC_ALL": "C", "PYTHONUTF8": "0"})
    err = done.stderr.decode("ascii", "backslashreplace")
    assert "nope\\u0429\\xff\\x1b[2J.txt" in err and "\\udc" not in err, err


def test_load_and_save_of_no_file_name_say_what_they_take(tmp_path: Path) -> None:
    """``load(None)`` was os.fspath's "expected str, bytes or os.PathLike object", naming no
    call; a str subclass named its file by its own ``__str__`` in the message."""
    from translit.errors import GlossaryError
    from translit.glossary import Glossary, load, save

    with pytest.raises(TypeError, match=r"^load\(\) takes a file name \(str or os.PathLike\)"):
        load(None)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"^save\(\) takes a file name"):
        save(Glossary([]), 12)  # type: ignore[arg-type]

    class Named(str):
        def __str__(self) -> str:
            return "EVIL"

    with pytest.raises(GlossaryError) as info:
        load(Named(str(tmp_path / "no.csv")))
    assert "no.csv: cannot read" in str(info.value) and "EVIL" not in str(info.value)


@pytest.mark.parametrize("quoted", [False, True], ids=["plain", "quoted"])
def test_a_csv_of_millions_of_columns_is_read_in_little_memory(
    tmp_path: Path, quoted: bool
) -> None:
    """A CSV whose records hold 2 million fields (4 MB, one to convert): each field was held
    as a tuple with its offsets, header included, and the whole-block reader split it into
    three strings a field: 20 MB of commas took 1.65 GB (a record may run to 64 MiB: about
    5 GB). The header is read as bare names and a record keeps only the fields it converts
    (plain: 1,650 → 164 MB for those 20 MB)."""
    from test_faults_hostile28 import _peak_mib

    q = '"' if quoted else ""
    src = tmp_path / "wide.csv"
    text = f"{q}n{q}" + "," * 2_000_000 + "\n" + f"{q}Щука{q}" + "," * 2_000_000 + "\n"
    src.write_text(text, encoding="utf-8")
    out = tmp_path / "out.csv"
    done, mib = _peak_mib("romanize", "-q", "--column", "n", "-o", str(out), str(src))
    assert done.returncode == 0, done.stderr
    want = f"{q}n{q}" + "," * 2_000_000 + "\n" + f"{q}Shchuka{q}" + "," * 2_000_000 + "\n"
    assert out.read_text(encoding="utf-8") == want
    assert mib < 150, mib  # (before: about 330 MiB plain)


def test_sniffing_the_delimiter_of_a_hostile_csv_head_is_quick() -> None:
    """Python's ``csv.Sniffer`` is quadratic in its text on a quoted field followed by a run
    of delimiters: a 64 KB CSV ``"n",,,,…`` (no ``--delimiter``) took 28 s of CPU before its
    first record. The sniffer reads the head's first 4 KiB (0.1 s at worst): its time no longer
    grows with the head (a ratio of CPU times, 16 for quadratic; not a time limit)."""
    from translit.io.formats.delimited import sniff_delimiter

    assert sniff_delimiter('"n"' + "," * 65_536 + "\n", '"') == ","
    ratio = growth_ratio(lambda t: sniff_delimiter(t, '"'), lambda n: '"n"' + "," * n + "\n")
    assert ratio < 6, f"the sniffer read the whole head: x4 the head, x{ratio:.1f} the time"
    assert sniff_delimiter("a;b\n" * 2_000, '"') == ";"  # (whole lines: a 4 KiB cut mid-line)
