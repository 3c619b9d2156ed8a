"""Fault suite, hostile29: the faults hostile28 found and left, permissions as a user who is
not root, hostile glossaries, and the pandas and Dask shells.

The bar: no traceback, no data lost, atomic outputs, exit codes 0/1/2/130, and a message that
names the file, the line, what is wrong and what to do.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from conftest import CLI_ENV as ENV
from conftest import translit_cli

# -- 1. the faults hostile28 left --------------------------------------------------------------


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_mojibake_of_a_long_line_is_decided_once_for_the_line(tmp_path: Path, jobs: str) -> None:
    """A short run of UTF-8 read as windows-1252 (``Ð¸``, и) is repaired only on a line that
    holds a run sure to be mojibake (``Ð’Ð»Ð°Ñ\\x81Ð¾Ð²``, Власов); a line longer than
    ``--chunk-size`` was decided block by block, so the ``Ð¸`` of the blocks without the sure
    run stayed (17,476 of 20,000 at 64K): the repair depended on where the blocks were cut,
    not on the line, as ``normalize`` of the whole text decides it."""
    from translit.normalization import normalize

    line = "Ð¸ word word " * 20_000 + "Генерал Ð’Ð»Ð°Ñ\x81Ð¾Ð²\n"  # about 300 KB
    src = tmp_path / "moji.txt"
    src.write_text(line, encoding="utf-8")
    whole = normalize(line)
    assert "Ð" not in whole  # (the API repairs the whole line)
    for size in ("4K", "64K"):  # (4K: the smallest --chunk-size, hostile35)
        done = translit_cli("normalize", "-q", "-j", jobs, "--chunk-size", size, src)
        assert done.returncode == 0, done.stderr.decode()
        assert done.stdout.decode("utf-8") == whole, size
    if jobs == "1":  # --report reads the blocks as a run does, and lists each repair
        listed = translit_cli("normalize", "--report", "--chunk-size", "64K", src)
        assert listed.returncode == 0, listed.stderr.decode()
        assert listed.stdout.decode("utf-8").count(": mojibake: ") == 20_001


def test_a_line_past_64_mib_under_mojibake_repair_is_cut_not_failed() -> None:
    """Holding lines whole for the repair must not make a line past 64 MiB fail its input
    (a 119 MB line without a line end was converted before; glossary apply's fails, a term
    may span its cut): such a line is cut at the hard limit, as plain text without white
    space is. (A 119 MB run: exit 0, its bytes unchanged, 170 MB peak.)"""
    from translit.cli.glossary import GlossaryApply
    from translit.cli.normalize import NormalizeSpec
    from translit.io.formats.text import Text
    from translit.io.textio import HARD_LIMIT

    repair = Text().for_spec(NormalizeSpec((("mojibake", True),)))
    assert repair.cut("ab cd") == 0 and repair.cut("ab\ncd") == 3  # whole lines
    assert repair.hard_limit() == HARD_LIMIT
    assert Text().for_spec(NormalizeSpec((("mojibake", False),))).cut("ab cd") == 3
    assert Text().for_spec(GlossaryApply((), "en", "replace", ())).hard_limit() is None


def test_a_line_held_whole_is_not_detected_whole(tmp_path: Path) -> None:
    """A line held whole (normalize's mojibake repair, glossary apply) is the first block, and
    the language was detected on all of it: a 34 MB line took 4.6 s and 690 MB in detection
    alone. The transform binds to a block's worth of it (``--chunk-size``), as for any file."""
    from test_faults_hostile28 import _peak_mib

    src = tmp_path / "one-line.txt"
    src.write_text("Щука и ёж " * 800_000, encoding="utf-8")  # 8 M characters, 14 MB
    done, mib = _peak_mib("normalize", "-q", "-o", str(tmp_path / "out.txt"), str(src))
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "out.txt").read_bytes() == src.read_bytes()
    assert mib < 150, mib  # (detecting on the whole line: about 300 MiB)


@pytest.mark.parametrize(
    ("name", "want"),
    [
        ("d.parquet.gz", "d.lat.parquet.gz"),
        ("d.csv.gz", "d.lat.csv.gz"),
        ("d.jsonl.bz2", "d.lat.jsonl.bz2"),
        ("d.txt.xz", "d.lat.txt.xz"),
        ("d.txt", "d.lat.txt"),
        ("d.gz", "d.lat.gz"),
        (".profile.gz", ".profile.lat.gz"),
    ],
)
def test_a_suffix_goes_before_the_whole_format_extension(name: str, want: str) -> None:
    """``--suffix .lat`` on ``d.parquet.gz`` wrote ``d.parquet.lat.gz``, and ``d.csv.gz``
    ``d.csv.lat.gz``: names whose format (``.lat``) is none, so the output was not read back
    as Parquet or CSV by its name (``translit romanize d.csv.lat.gz`` read it as text)."""
    from translit.io.compression import strip_suffix
    from translit.io.formats import registry
    from translit.io.inputs import sibling

    def kinds(path: str) -> list[str]:  # (format_for's reading of a name)
        low = strip_suffix(path.lower())
        return [k for k, cls in registry().items() if low.endswith(cls.extensions.get(k, ()))]

    got = sibling(f"x/{name}", ".lat")
    assert got == f"x/{want}"
    assert kinds(got) == kinds(name)  # the output is read back as its input was


def test_an_earlier_suffix_output_of_a_compressed_input_is_no_input(tmp_path: Path) -> None:
    """``-r --suffix .lat`` passes over the outputs of an earlier run (``d.lat.csv.gz``): it
    read the new names as inputs and wrote ``d.lat.lat.csv.gz``."""
    (tmp_path / "d.csv.gz").write_bytes(__import__("gzip").compress("t\nЩука\n".encode()))
    for _ in range(2):
        done = translit_cli("romanize", "-q", "-r", "--column", "1", "--suffix", ".lat", tmp_path)
        assert done.returncode == 0, done.stderr.decode()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["d.csv.gz", "d.lat.csv.gz"]


def _reader_of_one_line(*args: str | Path) -> subprocess.CompletedProcess[bytes]:
    """``translit ARGS | head -1``: its reader reads a byte and leaves."""
    head = subprocess.Popen(
        [sys.executable, "-c", "import sys; sys.stdin.buffer.read(1)"], stdin=subprocess.PIPE
    )
    done = subprocess.run(
        [sys.executable, "-m", "translit", *map(str, args)],
        stdout=head.stdin, stderr=subprocess.PIPE, env=ENV, timeout=300, check=False,
    )  # fmt: skip
    assert head.stdin is not None
    head.stdin.close()
    head.wait(timeout=60)
    return done


@pytest.mark.parametrize(
    "command",
    [
        ["romanize"],
        ["romanize", "-j", "2"],
        ["detect"],
        ["glossary", "apply", "-t", "en"],
        ["glossary", "apply", "-t", "en", "-m", "list"],
    ],
    ids=["romanize", "romanize-j2", "detect", "apply", "apply-list"],
)
def test_a_reader_leaving_after_an_input_failed_exits_1(tmp_path: Path, command: list[str]) -> None:
    """``translit romanize missing.txt big.txt | head -1`` said missing.txt failed and exited
    0: a reader leaving ended the run as a success whatever had failed before. It exits 1; a
    reader leaving is no failure itself (0 when every input before was fine)."""
    big = tmp_path / "big.txt"
    big.write_text("Щука и ёж пошли в лес, РОА.\n" * 100_000, encoding="utf-8")
    failed = _reader_of_one_line(*command, tmp_path / "missing.txt", big)
    err = failed.stderr.decode()
    assert failed.returncode == 1, err
    assert "missing.txt: No such file or directory" in err and "Traceback" not in err, err
    fine = _reader_of_one_line(*command, big, big)
    assert fine.returncode == 0, fine.stderr.decode()


_CHOICES = [
    ["romanize", "--format"],
    ["romanize", "--errors"],
    ["romanize", "--on-error"],
    ["normalize", "--form"],
    ["glossary", "apply", "-t", "en", "--mode"],
    ["glossary", "stats", "-f"],
    ["glossary", "convert", "--to"],
]


@pytest.mark.parametrize("args", _CHOICES, ids=[" ".join(a) for a in _CHOICES])
def test_a_huge_value_of_a_choice_is_shown_cut(args: list[str]) -> None:
    """click's own message of a value no choice has echoed it whole (``--format x*10000``:
    one line of 10 KB), where every other option's message cuts it (``errors.shown``)."""
    from click.testing import CliRunner

    from translit.cli import cli

    done = CliRunner().invoke(cli, [*args, "x" * 10_000])
    assert done.exit_code == 2, done.output
    assert "x" * 100 not in done.stderr, done.stderr[:300]
    assert "… (10,000 characters)" in done.stderr and "is not one of" in done.stderr, done.stderr


def test_a_broken_link_under_a_folder_is_a_warning(tmp_path: Path) -> None:
    """``-r`` over a folder holding a link to nothing failed the run (exit 1), where ``grep
    -r`` and ``rsync`` pass over it with a word: a link met while walking is no input named,
    and its target may be gone for good reasons (a file moved). It is a warning, the rest is
    converted, exit 0; a broken link named on the command line stays an error (exit 1)."""
    tree = tmp_path / "tree"
    tree.mkdir()
    (tree / "a.txt").write_text("Щука\n", encoding="utf-8")
    (tree / "b.txt").symlink_to(tmp_path / "nowhere")
    (tree / "c.txt").symlink_to("c.txt")  # a loop: no file either
    report = tmp_path / "run.json"
    done = translit_cli("romanize", "-r", tree, "--out-dir", tmp_path / "out", "--report", report)
    err = done.stderr.decode()
    assert done.returncode == 0, err
    assert f"warning: {tree / 'b.txt'}: a symbolic link to no file" in err, err
    assert f"warning: {tree / 'c.txt'}: a symbolic link to no file" in err, err
    assert (tmp_path / "out" / "a.txt").read_text(encoding="utf-8") == "Shchuka\n"
    assert sorted(p.name for p in (tmp_path / "out").glob("[!.]*")) == ["a.txt"]
    assert '"failed": 0' in report.read_text(encoding="utf-8")
    named = translit_cli("romanize", tree / "b.txt")
    assert named.returncode == 1, named.stderr.decode()
    assert (
        "b.txt: a symbolic link to no file (its target is gone, or a loop)" in named.stderr.decode()
    )


def test_every_choice_option_is_of_the_one_type_that_cuts() -> None:
    """The cut is :class:`translit.cli.options.Choice`'s: a command that made its own
    ``click.Choice`` would echo a huge value whole again."""
    import translit.cli

    folder = Path(translit.cli.__file__).parent
    for path in folder.glob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert "click.Choice(" not in text.replace("class Choice(click.Choice)", ""), path
        # (and every file or folder is of cli.options.path, which leaves reading to the command)
        assert "click.Path(" not in text.replace("return click.Path(readable=False", ""), path


# -- 2. permissions, as a user who is not root ---------------------------------------------------


def _as_user() -> list[str]:
    """The command prefix that runs a command as a user who is not root (nobody, 65534): none
    when the tests run as one already."""
    import os
    import shutil

    if os.geteuid() != 0:
        return []
    if shutil.which("setpriv") is None:
        pytest.skip("needs setpriv (util-linux) to run translit as a user who is not root")
    return ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]


@pytest.fixture
def scratch():  # type: ignore[no-untyped-def]
    """A folder under /tmp that the user of :func:`_as_user` may reach and write in."""
    import os
    import shutil
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix="hostile29-", dir="/tmp"))
    folder.chmod(0o777)
    yield folder
    for root, dirs, _ in os.walk(folder):
        for d in dirs:
            os.chmod(os.path.join(root, d), 0o777)
    shutil.rmtree(folder)


def _user_cli(cwd: Path, *args: str | Path) -> subprocess.CompletedProcess[bytes]:
    """``python -m translit ARGS`` as the user of :func:`_as_user`, in ``cwd``."""
    done = subprocess.run(
        [*_as_user(), sys.executable, "-m", "translit", *map(str, args)],
        cwd=cwd, env=ENV, capture_output=True, timeout=300, check=False,
    )  # fmt: skip
    if b"No module named translit" in done.stderr:  # (this checkout out of the user's reach)
        pytest.skip("the user who is not root cannot read this checkout")
    return done


def _text(path: Path, text: str, mode: int = 0o644) -> Path:
    path.write_text(text, encoding="utf-8")
    path.chmod(mode)
    return path


@pytest.mark.parametrize(
    "command",
    [["romanize"], ["detect"], ["glossary", "apply", "-t", "en", "-m", "list"], ["normalize"]],
    ids=["romanize", "detect", "apply-list", "normalize"],
)
def test_an_unreadable_input_fails_alone(scratch: Path, command: list[str]) -> None:
    """An input the user may not read among readable ones refused the whole run before any
    work (click's own check: "Invalid value for '[FILES]...': Path 'c.txt' is not readable",
    exit 2); it fails alone, with its reason, and the others are done (exit 1)."""
    _text(scratch / "a.txt", "Щука\n")
    _text(scratch / "c.txt", "Секрет\n", 0o200)
    _text(scratch / "b.txt", "Ёж\n")
    done = _user_cli(scratch, *command, "a.txt", "c.txt", "b.txt")
    err = done.stderr.decode()
    assert done.returncode == 1, err
    assert "error: c.txt: Permission denied" in err and "Usage:" not in err, err
    if command == ["romanize"]:
        assert done.stdout.decode() == "Shchuka\nYëzh\n"


def test_an_unreadable_glossary_is_told_so(scratch: Path) -> None:
    """``glossary check`` of a glossary the user may not read: its own reason and what to do,
    not click's usage message (exit 2 for every file named)."""
    _text(scratch / "g.csv", "id,ru,en\nroa,РОА,ROA\n", 0o200)
    _text(scratch / "h.csv", "id,ru,en\nroa,РОА,ROA\n")
    done = _user_cli(scratch, "glossary", "check", "g.csv", "h.csv")
    err = done.stderr.decode()
    assert done.returncode == 1, err
    assert "g.csv: cannot read the glossary (Permission denied)" in err and "Usage" not in err


def test_an_output_folder_that_takes_no_file_fails_the_run_before_any_work(scratch: Path) -> None:
    """--out-dir in a folder the user may not write: every output would fail, so the run stops
    before reading any input (exit 2), naming the folder."""
    _text(scratch / "a.txt", "Щука\n")
    (scratch / "ro").mkdir()
    (scratch / "ro").chmod(0o555)
    done = _user_cli(scratch, "romanize", "--out-dir", "ro/out", "a.txt")
    err = done.stderr.decode()
    assert done.returncode == 2, err
    assert "ro/out: cannot make the folder for --out-dir (Permission denied)" in err, err
    assert sorted(p.name for p in (scratch / "ro").iterdir()) == []


@pytest.mark.parametrize("option", [["-o", "out.txt"], ["--out-dir", "od"], ["--in-place"]])
def test_an_output_the_user_may_not_write_is_not_replaced(scratch: Path, option: list[str]) -> None:
    """An output that exists and that the user may not write (mode 444, or another user's
    file) was replaced all the same: the new content went to a temporary file renamed over it,
    which the folder allows; ``--in-place`` so rewrote root's 644 file as nobody's. It fails
    as ``>`` and ``cp`` fail on it ("Permission denied"), its content kept; the others are
    done."""
    _text(scratch / "a.txt", "Щука\n")
    _text(scratch / "b.txt", "Ёж\n", 0o666)  # (the user's to rewrite in place)
    (scratch / "od").mkdir()
    (scratch / "od").chmod(0o777)
    if option[0] == "--in-place":
        kept = _text(scratch / "a.txt", "Щука\n", 0o444)
        inputs = ["a.txt", "b.txt"]
    elif option[0] == "-o":
        kept = _text(scratch / "out.txt", "old\n", 0o444)
        inputs = ["a.txt"]
    else:
        kept = _text(scratch / "od" / "a.txt", "old\n", 0o444)
        inputs = ["a.txt", "b.txt"]
    before = kept.read_text(encoding="utf-8")
    done = _user_cli(scratch, "romanize", *option, *inputs)
    err = done.stderr.decode()
    assert done.returncode == (2 if option[0] == "-o" else 1), err  # (-o: before any work)
    assert f"{kept.relative_to(scratch)}: " in err and "Permission denied" in err, err
    assert err.count("error:") == 1, err
    assert kept.read_text(encoding="utf-8") == before
    assert oct(kept.stat().st_mode & 0o777) == oct(0o444)
    if option[0] == "--in-place":
        assert (scratch / "b.txt").read_text(encoding="utf-8") == "Yëzh\n"
    if option[0] == "--out-dir":
        assert (scratch / "od" / "b.txt").read_text(encoding="utf-8") == "Yëzh\n"
    assert not list(scratch.rglob(".translit-tmp-*"))


def test_a_folder_the_user_may_not_list_fails_alone_under_r(scratch: Path) -> None:
    """``-r`` over a tree with a folder the user may not list: that folder fails with its
    reason, the rest is converted (exit 1)."""
    (scratch / "tree" / "ok").mkdir(parents=True)
    (scratch / "tree" / "secret").mkdir()
    _text(scratch / "tree" / "ok" / "a.txt", "Щука\n")
    _text(scratch / "tree" / "secret" / "b.txt", "Ёж\n")
    for d in ("tree", "tree/ok"):
        (scratch / d).chmod(0o755)
    (scratch / "tree" / "secret").chmod(0o300)
    done = _user_cli(scratch, "romanize", "-r", "tree", "--out-dir", "out")
    err = done.stderr.decode()
    assert done.returncode == 1, err
    assert "tree/secret: cannot list this folder (Permission denied)" in err, err
    assert (scratch / "out" / "ok" / "a.txt").read_text(encoding="utf-8") == "Shchuka\n"


# -- 3. hostile glossaries -----------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["tbx", "po"])
@pytest.mark.parametrize("command", ["check", "apply", "convert"])
def test_a_tbx_or_po_that_is_a_zip_says_so(tmp_path: Path, fmt: str, command: str) -> None:
    """A .tbx (or .po) that is a ZIP file (an XLSX saved under the wrong name, a zipped
    package) said "not well-formed XML: Start tag expected, '<' not found": what is wrong with
    XML, not that the file is no XML at all, nor what to do. It says so as CSV's reader does."""
    import zipfile

    g = tmp_path / f"g.{fmt}"
    with zipfile.ZipFile(g, "w") as z:
        z.writestr("a.xml", "<martif/>")
    text = _text(tmp_path / "a.txt", "РОА\n")
    args = {
        "check": ["glossary", "check", g],
        "apply": ["glossary", "apply", "-g", g, "-t", "en", text],
        "convert": ["glossary", "convert", g, tmp_path / "out.csv"],
    }[command]
    done = translit_cli(*args)
    err = done.stderr.decode()
    assert done.returncode == (1 if command == "check" else 2), err
    assert f"g.{fmt}: a ZIP file (an Excel workbook?), not {fmt.upper()}" in err, err
    assert "Traceback" not in err and not (tmp_path / "out.csv").exists()


def test_a_term_of_no_letter_is_told_of_by_check(tmp_path: Path) -> None:
    """A term of punctuation alone (``...``, ``—``) is never matched (the matcher reads letters
    and digits, every other character a separator), and ``glossary check`` said nothing of it:
    a glossary of such terms did nothing, in silence. Check warns of each; apply leaves the
    text as it was. A cell of spaces alone is an empty cell, no term."""
    g = _text(tmp_path / "g.csv", 'id,ru,en\na,"   ",A\nb,"...",B\nc,"—",C\nd,РОА,ROA\n')
    done = translit_cli("glossary", "check", g)
    out = done.stdout.decode()
    assert done.returncode == 0, done.stderr.decode()
    for line, term in ((3, "..."), (4, "—")):
        assert f"g.csv:{line}: warning: term {term!r} (ru) holds no letter nor digit" in out, out
    assert "'   '" not in out
    text = _text(tmp_path / "a.txt", "Шли ... — РОА.\n")
    applied = translit_cli("glossary", "apply", "-g", g, "-t", "en", text)
    assert applied.stdout.decode() == "Шли ... — ROA.\n", applied.stderr.decode()


# -- 4. the pandas and Dask shells ---------------------------------------------------------------

#: a Ukrainian value: with ``lang="auto"`` a Russian-only scheme cannot romanise it, so its row
#: raises where the others do not (the check before the work reads "", Russian)
_UKRAINIAN = "Дякую за допомогу, Київ їжак"


def test_a_value_that_fails_in_a_series_names_its_row() -> None:
    """``s.translit.romanize(scheme="mosmetro")`` over a column with one Ukrainian value
    raised "unknown scheme 'mosmetro' for language 'uk'" without saying which of a million
    rows it was. The error (of the same type) names the row's index label, the column and
    the value."""
    pd = pytest.importorskip("pandas")
    import translit.integrations.pandas  # noqa: F401 (registers .translit)
    from translit.errors import UnknownSchemeError

    s = pd.Series(["Щука"] * 5 + [_UKRAINIAN], index=range(100, 106), name="who")
    for series in (s, s.astype("category"), s.astype("string")):
        with pytest.raises(UnknownSchemeError) as info:
            series.translit.romanize(scheme="mosmetro")
        message = str(info.value)
        assert message.startswith(f"row 105 of column 'who' ({_UKRAINIAN!r}): unknown scheme")
        assert info.value.name == "mosmetro" and info.value.lang == "uk"  # (its own fields)


def test_a_value_that_fails_in_a_dask_partition_names_its_row() -> None:
    """The same through Dask: a frame's partition names the row's label, a bag the value."""
    pytest.importorskip("dask.dataframe")
    import dask.bag as db
    import dask.dataframe as dd
    import pandas as pd

    from translit.errors import UnknownSchemeError
    from translit.integrations.dask import romanize_bag, romanize_frame

    s = pd.Series(["Щука"] * 5 + [_UKRAINIAN], index=range(100, 106), name="who")
    frame = dd.from_pandas(pd.DataFrame({"who": s}), npartitions=2)
    with pytest.raises(UnknownSchemeError, match=r"^row 105 of column 'who' \("):
        romanize_frame(frame, ["who"], scheme="mosmetro").compute(scheduler="sync")
    bag = db.from_sequence(list(s), npartitions=2)
    with pytest.raises(UnknownSchemeError, match=r"^item 'Дякую за допомогу, Київ їжак': "):
        romanize_bag(bag, scheme="mosmetro").compute(scheduler="sync")


def test_every_translit_error_survives_pickling() -> None:
    """A Dask worker sends its error to the client pickled; UnknownSchemeError and SchemeError
    could not be unpickled (their ``__init__`` takes other arguments than the message), so the
    client logged "Could not deserialize" with a traceback before the error."""
    import pickle

    import translit
    from translit.errors import GlossaryError, SchemeError, TranslitError

    with pytest.raises(TranslitError) as info:
        translit.romanize(_UKRAINIAN, scheme="mosmetro")
    for exc in (
        info.value,
        SchemeError("ru/x.toml", "letters.ё", "bad"),
        GlossaryError("m", "p", 3),
    ):
        back = pickle.loads(pickle.dumps(exc))
        assert type(back) is type(exc) and str(back) == str(exc)
        assert vars(back) == vars(exc)


@pytest.mark.parametrize(
    "dtype", ["int64", "float64", "bool", "datetime64[ns]"], ids=["int", "float", "bool", "dt"]
)
def test_a_column_that_holds_no_text_keeps_its_dtype(dtype: str) -> None:
    """A column of numbers, booleans or dates came back as ``object``: its values kept, its
    dtype lost (an int64 column of a frame written to Parquet became strings' column type)."""
    pd = pytest.importorskip("pandas")
    import translit.integrations.pandas  # noqa: F401

    s = pd.Series([1, 0, 1], name="n").astype(dtype)
    for method in ("romanize", "normalize", "name_key"):
        out = getattr(s.translit, method)()
        assert out.dtype == s.dtype and out.tolist() == s.tolist(), method


_USAGE = [
    ["romanize", "--" + "x" * 10_000],
    ["x" * 10_000],
    ["glossary", "x" * 10_000],
    ["schemes", "x" * 10_000],
]


@pytest.mark.parametrize("args", _USAGE, ids=["option", "command", "subcommand", "extra"])
def test_a_huge_word_in_clicks_own_usage_errors_is_shown_cut(args: list[str]) -> None:
    """click's own usage errors ("No such option", "No such command", "Got unexpected extra
    argument") echoed a 10,000-character word whole, as its Choice message did."""
    from click.testing import CliRunner

    from translit.cli import cli

    done = CliRunner().invoke(cli, args)
    assert done.exit_code == 2, done.output
    assert "x" * 300 not in done.stderr, done.stderr[:400]
    assert " characters)" in done.stderr, done.stderr[:400]


def test_a_suffix_beside_an_input_in_a_folder_that_takes_none_fails_alone(scratch: Path) -> None:
    """``--suffix`` writes beside each input: one in a folder the user may not write fails
    alone (its output's name and what to do), the others are done (exit 1): a folder per
    input, not one for the run as ``--out-dir`` is."""
    (scratch / "ro").mkdir()
    _text(scratch / "ro" / "a.txt", "Щука\n")
    (scratch / "ro").chmod(0o555)
    _text(scratch / "b.txt", "Ёж\n")
    done = _user_cli(scratch, "romanize", "--suffix", ".lat", "ro/a.txt", "b.txt")
    err = done.stderr.decode()
    assert done.returncode == 1, err
    assert "ro/a.lat.txt: Permission denied: check its permissions, or write elsewhere" in err
    assert (scratch / "b.lat.txt").read_text(encoding="utf-8") == "Yëzh\n"
    assert sorted(p.name for p in (scratch / "ro").iterdir()) == ["a.txt"]


def test_a_backup_that_cannot_be_made_keeps_its_input(scratch: Path) -> None:
    """``--in-place --backup SUFFIX`` where the backup cannot be made (its name longer than
    the file system takes): that input fails, its text untouched and no backup or temporary
    file left; the others are converted with their backups (exit 1)."""
    a = _text(scratch / "a.txt", "Щука\n", 0o666)
    b = _text(scratch / "b.txt", "Ёж\n", 0o666)
    suffix = "." + "o" * 248  # a.txt + it: 254 bytes, a name the file system takes
    long = _text(scratch / ("c" * 10 + ".txt"), "Щука\n", 0o666)  # + it: 263 bytes, too long
    done = _user_cli(
        scratch, "romanize", "--in-place", "--backup", suffix, a.name, long.name, b.name
    )
    err = done.stderr.decode()
    assert done.returncode == 1, err
    assert "File name too long" in err and err.count("error:") == 1, err
    assert long.read_text(encoding="utf-8") == "Щука\n"
    assert (
        a.read_text(encoding="utf-8") == "Shchuka\n" and b.read_text(encoding="utf-8") == "Yëzh\n"
    )
    assert (scratch / (a.name + suffix)).read_text(encoding="utf-8") == "Щука\n"
    assert not list(scratch.glob(".translit-tmp-*"))
