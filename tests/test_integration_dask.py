"""Dask bags and DataFrames on a real LocalCluster (2 worker processes, loopback only)."""

from __future__ import annotations

import contextlib
import json
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from conftest import corpus_files

from translit import get_romanizer

dask = pytest.importorskip("dask", reason="the dask extra is not installed")
import dask.bag as db  # noqa: E402
import dask.dataframe as dd  # noqa: E402
from dask.distributed import Client  # noqa: E402

from translit.integrations.dask import (  # noqa: E402
    local_cluster,
    normalize_bag,
    normalize_frame,
    romanize_bag,
    romanize_frame,
)

SAMPLE = ["Русская освободительная армия", "ВС КОНР", "Ельцин\r\n", "", "ЩУКА и Щука"] * 20


@pytest.fixture(scope="module")
def client() -> Iterator[Client]:
    with (
        local_cluster(2) as cluster,
        Client(cluster) as c,
    ):
        yield c


def _lines() -> list[str]:
    files = corpus_files("ru-*.txt")
    if not files:
        return SAMPLE
    return files[0].read_text(encoding="utf-8").splitlines(keepends=True)[:3000]


def _second_stops(real: Callable[..., Any]) -> Callable[..., Any]:
    """A ``Client.submit`` that sends the first task, and on the second waits for the first to
    finish, then stops the run (KeyboardInterrupt: Ctrl-C or SIGTERM as the run sees them)."""
    sent: list[Any] = []

    def second_stops(self: Client, *args: Any, **kwargs: Any) -> Any:
        if sent:  # (the first task is sent and finished; the stop comes as the second is)
            sent[0].result()
            raise KeyboardInterrupt
        sent.append(real(self, *args, **kwargs))
        return sent[0]

    return second_stops


def test_bag_equals_local_engine(client: Client) -> None:
    lines = _lines()
    r = get_romanizer("bgn-pcgn", "ru")
    got = romanize_bag(db.from_sequence(lines, npartitions=4), lang="ru").compute()
    assert got == [r(x) for x in lines]


def test_dataframe_columns_added_and_replaced(client: Client) -> None:
    lines = _lines()
    r = get_romanizer("bgn-pcgn", "ru")
    pdf = pd.DataFrame({"text": lines, "n": range(len(lines))})
    pdf.loc[3, "text"] = None
    ddf = dd.from_pandas(pdf, npartitions=3)
    added = romanize_frame(ddf, ["text"], lang="ru", suffix="_latn").compute()
    expected = [None if pd.isna(x) else r(x) for x in pdf["text"]]
    got = [None if pd.isna(x) else x for x in added["text_latn"]]
    assert got == expected
    assert added["n"].tolist() == list(range(len(lines)))
    replaced = romanize_frame(ddf, ["text"], lang="ru").compute()
    assert [None if pd.isna(x) else x for x in replaced["text"]] == expected


@pytest.mark.filterwarnings("ignore:The inplace keyword in DataFrame.set_index")  # dask's own
def test_a_romanised_text_column_writes_to_parquet(tmp_path: Path) -> None:
    """The README's `romanize_frame(...).to_parquet(...)`: the new column's meta said object
    while the partitions kept pandas' `string` dtype, and to_parquet failed on the object
    placeholder it inferred the schema from (ArrowInvalid)."""
    pytest.importorskip("pyarrow")
    pdf = pd.DataFrame({"name": pd.Series(["Ельцин", None], dtype="string")})
    people = dd.from_pandas(pdf, npartitions=1)
    out = romanize_frame(people, ["name"], scheme="wikipedia", lang="ru", suffix="_latn")
    assert out.dtypes["name_latn"] == out.compute().dtypes["name_latn"]
    out.to_parquet(tmp_path / "out", compute_kwargs={"scheduler": "sync"})
    back = pd.read_parquet(tmp_path / "out")
    assert back["name_latn"].tolist()[0] == "Yeltsin" and pd.isna(back["name_latn"][1])


def test_unknown_column_is_a_clear_error() -> None:
    ddf = dd.from_pandas(pd.DataFrame({"a": ["x"]}), npartitions=1)
    with pytest.raises(KeyError, match="no such column"):
        romanize_frame(ddf, ["b"])


def test_one_column_named_by_a_string_is_that_column() -> None:
    # a str was read as its letters: columns="name" asked for n, a, m, e
    ddf = dd.from_pandas(pd.DataFrame({"name": ["Щука"], "n": [1]}), npartitions=1)
    out = romanize_frame(ddf, "name", lang="ru", suffix="_latn").compute(scheduler="sync")
    assert out["name_latn"].tolist() == ["Shchuka"]


@pytest.mark.parametrize(
    ("call", "says"),
    [
        (lambda: romanize_frame(pd.DataFrame({"a": ["Щука"]}), ["a"]), "romanize_frame() takes a Dask DataFrame, not DataFrame"),
        (lambda: normalize_frame([["Щука"]], ["a"]), "normalize_frame() takes a Dask DataFrame, not list"),
        (lambda: romanize_bag(["Щука"], lang="ru"), "romanize_bag() takes a Dask Bag, not list"),
        (lambda: normalize_bag(pd.Series(["Щука"])), "normalize_bag() takes a Dask Bag, not Series"),
        (lambda: romanize_frame(dd.from_pandas(pd.DataFrame({"a": ["Щ"]}), npartitions=1), None), "`columns` names the columns"),
        (lambda: romanize_frame(dd.from_pandas(pd.DataFrame({"a": ["Щ"]}), npartitions=1), 3), "`columns` names the columns"),
    ],
)  # fmt: skip
def test_a_frame_or_bag_of_the_wrong_kind_says_what_it_takes(call: Any, says: str) -> None:
    """A pandas DataFrame raised AttributeError: 'DataFrame' object has no attribute '_meta'; a
    list "'list' object has no attribute 'map_partitions'"; ``columns=None`` "'NoneType'
    object is not iterable" (hostile12)."""
    with pytest.raises(TypeError) as info:
        call()
    assert says in str(info.value)
    if "pandas" in says or "DataFrame, not DataFrame" in says:
        assert "Series.translit accessor" in str(info.value)


@pytest.mark.parametrize(
    ("column", "want"),
    [
        (pd.Categorical(["Щука", "Ёж", "Щука", "Кот"]), ["Shchuka", "Yëzh", "Shchuka", "Kot"]),
        (pd.Series([None, None, None, None], dtype=object), [None, None, None, None]),
        (pd.Series([], dtype=object), []),
    ],
    ids=["categorical", "all null", "empty"],
)
def test_categorical_null_and_empty_columns(column: Any, want: list[Any]) -> None:
    """A categorical column stays categorical, in the meta as in the partitions; an all-null
    and an empty column pass through (hostile12)."""
    ddf = dd.from_pandas(pd.DataFrame({"a": column}), npartitions=2)
    out = romanize_frame(ddf, ["a"], lang="ru")
    got = out.compute(scheduler="sync")
    if want and want[0] is None:  # (Dask reads an object column of text as string: NA)
        assert got["a"].isna().all() and len(got) == len(want)
    else:
        assert got["a"].tolist() == want
    assert str(out._meta["a"].dtype) == str(got["a"].dtype)
    if want and want[0] is not None:
        assert isinstance(got["a"].dtype, pd.CategoricalDtype)


def test_columns_named_by_numbers_are_replaced_or_added() -> None:
    # dd.read_csv(header=None) names columns 0, 1, …: with a suffix, int + str was a TypeError,
    # and Dask's assign takes no number as a name
    ddf = dd.from_pandas(pd.DataFrame({0: ["Щука", None], 1: ["Ельцин", "x"]}), npartitions=2)
    added = romanize_frame(ddf, [0, 1], lang="ru", suffix="_latn").compute(scheduler="sync")
    assert list(added.columns) == [0, 1, "0_latn", "1_latn"]
    assert added["1_latn"].tolist() == ["Yelʹtsin", "x"] and added[0].tolist()[0] == "Щука"
    replaced = romanize_frame(ddf, [0], lang="ru").compute(scheduler="sync")
    assert list(replaced.columns) == [0, 1] and replaced[0].tolist()[0] == "Shchuka"


@pytest.mark.parametrize(
    "call",
    [
        lambda bag, ddf: romanize_bag(bag, scheme="no-such-scheme", lang="ru"),
        lambda bag, ddf: romanize_frame(ddf, ["a"], lang="xx"),
        lambda bag, ddf: normalize_bag(bag, yo="sometimes"),
        lambda bag, ddf: normalize_frame(ddf, ["a"], yo="sometimes"),
    ],
)
def test_a_bad_name_or_option_fails_when_the_graph_is_built(call: Any) -> None:
    # it failed only at compute(), on every worker, far from the call that named it
    from translit.errors import TranslitError

    bag = db.from_sequence(["Щука"])
    ddf = dd.from_pandas(pd.DataFrame({"a": ["Щука"]}), npartitions=1)
    with pytest.raises(TranslitError):
        call(bag, ddf)


@pytest.mark.parametrize("lang", ["auto", "auto-line"])
def test_a_scheme_under_a_detected_language_is_checked_against_every_language(lang: str) -> None:
    # scheme="nope" with auto-line failed only at compute(), on its first row; "national" (a
    # scheme of uk, be, bg…, not of ru) with auto was refused up front for a Ukrainian column,
    # checked against ru, the default of a text with no letter to detect from
    from translit.errors import UnknownSchemeError

    ddf = dd.from_pandas(pd.DataFrame({"a": ["Київ", "Харків"]}), npartitions=1)
    with pytest.raises(UnknownSchemeError, match=r"'nope'.*no Cyrillic text to detect"):
        romanize_frame(ddf, ["a"], scheme="nope", lang=lang)
    with pytest.raises(UnknownSchemeError, match="'nope'"):
        romanize_bag(db.from_sequence(["Київ"]), scheme="nope", lang=lang)
    out = romanize_frame(ddf, ["a"], scheme="national", lang=lang).compute(scheduler="sync")
    assert out["a"].tolist() == ["Kyiv", "Kharkiv"]  # the KMU 2010 table, the uk file's own
    ru = dd.from_pandas(pd.DataFrame({"a": ["Ельцин"]}), npartitions=1)
    built = romanize_frame(ru, ["a"], scheme="mosmetro", lang=lang)  # (a scheme of ru alone)
    assert built.compute(scheduler="sync")["a"].tolist() == ["Eltsin"]


def _tree(tmp_path):
    src = tmp_path / "in"
    (src / "sub").mkdir(parents=True)
    files = corpus_files("*.txt")[:3]
    if files:
        for n, p in enumerate(files):
            (src / ("sub" if n % 2 else "") / p.name).write_bytes(p.read_bytes()[:200_000])
    else:
        (src / "a.txt").write_text("Русская освободительная армия\r\nВС КОНР\n", encoding="utf-8")
        (src / "sub" / "b.txt").write_text("Київ — столиця України\nЕльцин", encoding="utf-8")
    return src


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "translit", "romanize", *args],
        check=False,
        capture_output=True,
        text=True,
        timeout=300,
        cwd=Path(__file__).resolve().parent.parent,
    )


def _same_tree(a: Path, b: Path) -> None:
    files_a = sorted(
        p.relative_to(a) for p in a.rglob("*") if p.is_file() and "manifest" not in p.name
    )
    files_b = sorted(p.relative_to(b) for p in b.rglob("*") if p.is_file())
    assert files_a == files_b and files_a
    for rel in files_a:
        assert (a / rel).read_bytes() == (b / rel).read_bytes(), rel


def test_cli_engine_dask_on_a_scheduler_address_equals_local(
    client: Client, tmp_path: Path
) -> None:
    src = _tree(tmp_path)
    local = _cli("-r", str(src), "--out-dir", str(tmp_path / "local"), "-j", "1")
    assert local.returncode == 0, local.stderr
    address = client.scheduler.address
    remote = _cli(
        "-r",
        str(src),
        "--out-dir",
        str(tmp_path / "dask"),
        "--engine",
        "dask",
        "--scheduler",
        address,
    )
    assert remote.returncode == 0, remote.stderr
    _same_tree(tmp_path / "local", tmp_path / "dask")


def test_cli_engine_dask_local_cluster_and_usage_errors(tmp_path: Path) -> None:
    src = _tree(tmp_path)
    local = _cli("-r", str(src), "--out-dir", str(tmp_path / "local"), "-j", "1")
    assert local.returncode == 0, local.stderr
    run = _cli("-r", str(src), "--out-dir", str(tmp_path / "dask"), "--engine", "dask", "-j", "2")
    assert run.returncode == 0, run.stderr
    _same_tree(tmp_path / "local", tmp_path / "dask")
    no_out = _cli("-r", str(src), "--engine", "dask")
    assert (
        no_out.returncode == 2 and "--out-dir" in no_out.stderr and "Traceback" not in no_out.stderr
    )


def test_dask_engine_stopped_removes_the_folders_it_made_and_left_empty(
    client: Client, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The threads and processes engines remove the folders a run made and left empty however
    it ends (run(): remove_unfilled in a finally); the Dask engine did after a normal finish
    only, so a run stopped by Ctrl-C or SIGTERM before a worker wrote left out/new/deeper and
    the report's new folder behind, empty (sweep38)."""
    from translit.cli.romanize import RomanizeSpec
    from translit.integrations.dask import run_files
    from translit.io import RunOptions

    (tmp_path / "a.txt").write_text("Щука\n", encoding="utf-8")
    kept = tmp_path / "kept"  # (a folder that was there before the run stays)
    kept.mkdir()
    opts = RunOptions(out_dir=str(kept / "new" / "deeper"), report=str(tmp_path / "rep" / "r.json"))

    def stopped(*_: Any, **__: Any) -> Any:
        assert (kept / "new" / "deeper").is_dir()  # (made before the work)
        raise KeyboardInterrupt

    # (stopped as the first task is sent: a stop at gather raced the task, which a worker of
    # this cluster may finish first, writing kept/new/deeper/a.txt: a folder rightly kept)
    monkeypatch.setattr(type(client), "submit", stopped)
    with pytest.raises(KeyboardInterrupt):
        run_files(
            RomanizeSpec(lang="ru"), [str(tmp_path / "a.txt")], opts, client.scheduler.address
        )
    assert kept.is_dir() and not list(kept.iterdir())
    # (the report's folder holds the report now, "interrupted", as the local engine's: engineer39)
    report = json.loads((tmp_path / "rep" / "r.json").read_text(encoding="utf-8"))
    assert report["status"] == "interrupted"
    assert [f["status"] for f in report["files"]] == ["interrupted"]


def test_dask_engine_stopped_writes_its_report_not_leaving_an_earlier_one(
    client: Client, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A Dask run stopped by SIGTERM (exit 143) wrote no --report, so the report of an earlier
    run at that name stayed, "complete" with every file "ok" (engineer39: 80 .jsonl.gz files,
    36 written when stopped). Now it says "interrupted" and which inputs were finished."""
    from translit.cli.romanize import RomanizeSpec
    from translit.integrations.dask import run_files
    from translit.io import RunOptions

    for name in ("a", "b"):
        (tmp_path / f"{name}.txt").write_text("Щука\n", encoding="utf-8")
    report = tmp_path / "r.json"
    report.write_text('{"status": "complete"}\n', encoding="utf-8")  # (an earlier run's)
    opts = RunOptions(out_dir=str(tmp_path / "out"), report=str(report))
    second_stops = _second_stops(type(client).submit)
    monkeypatch.setattr(type(client), "submit", second_stops)
    with pytest.raises(KeyboardInterrupt) as stop:
        run_files(
            RomanizeSpec(lang="ru"),
            [str(tmp_path / "a.txt"), str(tmp_path / "b.txt")],
            opts,
            client.scheduler.address,
        )
    got = json.loads(report.read_text(encoding="utf-8"))
    assert got["status"] == "interrupted" and got["summary"]["interrupted"] is True
    assert [(f["input"].rsplit("/", 1)[-1], f["status"]) for f in got["files"]] == [
        ("a.txt", "ok"),
        ("b.txt", "interrupted"),
    ]
    assert got["files"][0]["lines"] == 1  # (the finished input's own counts)
    assert getattr(stop.value, "result", None) is not None  # (what the CLI reports from)
    assert (tmp_path / "out" / "a.txt").read_text(encoding="utf-8") == "Shchuka\n"
    assert not (tmp_path / "out" / "b.txt").exists()


def test_dask_engine_stopped_reports_an_output_written_as_the_cluster_closed(
    client: Client, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A task still running when a run is stopped can finish while the cluster closes: its
    output is in --out-dir, but the report, made from the results in at the stop, said
    "interrupted" (engineer39: 14 outputs, 12 ok). The report is now made once the workers are
    gone: an input whose output was written anew is "ok", with a warning that its counts are
    unknown; every "interrupted" one has no output."""
    from translit.cli.romanize import RomanizeSpec
    from translit.integrations.dask import run_files
    from translit.io import RunOptions

    names = ("a", "b", "c")
    for name in names:
        (tmp_path / f"{name}.txt").write_text("Щука\n", encoding="utf-8")
    report = tmp_path / "r.json"
    opts = RunOptions(out_dir=str(tmp_path / "out"), report=str(report))
    real = type(client).submit
    sent: list[Any] = []

    def second_lands_as_it_stops(self: Client, *args: Any, **kwargs: Any) -> Any:
        fut = real(self, *args, **kwargs)
        sent.append(fut)
        if len(sent) == 2:  # (the first is done; the second writes its output, and the stop
            sent[0].result()  # comes before its result is taken in)
            fut.result()
            raise KeyboardInterrupt
        return fut

    monkeypatch.setattr(type(client), "submit", second_lands_as_it_stops)
    with pytest.raises(KeyboardInterrupt):
        run_files(
            RomanizeSpec(lang="ru"),
            [str(tmp_path / f"{name}.txt") for name in names],
            opts,
            client.scheduler.address,
        )
    got = json.loads(report.read_text(encoding="utf-8"))
    status = {f["input"].rsplit("/", 1)[-1]: f["status"] for f in got["files"]}
    assert status == {"a.txt": "ok", "b.txt": "ok", "c.txt": "interrupted"}
    on_disk = {p.name for p in (tmp_path / "out").iterdir()}
    assert on_disk == {name for name, s in status.items() if s == "ok"}
    late = got["files"][1]
    assert late["lines"] == 0 and "counts unknown" in late["warnings"][0]
    assert got["files"][0]["lines"] == 1 and not got["files"][0]["warnings"]


def test_dask_engine_returns_the_runners_results_not_parsed_text(
    client: Client, tmp_path: Path
) -> None:
    from translit.cli.romanize import RomanizeSpec
    from translit.integrations.dask import run_files
    from translit.io import RunOptions, RunResult

    src = tmp_path / "in"
    src.mkdir()
    (src / "a.jsonl").write_text('{"t": "Щука"}\nbroken\n', encoding="utf-8")
    (src / "b.jsonl").write_text('{"t": "Юрий"}\n', encoding="utf-8")
    events = []
    opts = RunOptions(
        recursive=True,
        out_dir=str(tmp_path / "out"),
        fields=("t",),
        on_error="skip",
        report=str(tmp_path / "r.json"),
    )
    result = run_files(
        RomanizeSpec(lang="ru"), [str(src)], opts, client.scheduler.address, events.append
    )
    assert isinstance(result, RunResult)
    a, b = result.files
    assert (a.status, a.lines, a.changed_lines) == ("ok", 2, 1)
    skipped = [str(i).split(";")[0] for i in a.skipped_records]  # (then what to do)
    assert skipped == [f"{src / 'a.jsonl'}:2: not a JSON object"]
    assert b.info == {"lang": "ru"} and b.bytes == len('{"t": "Юрий"}\n'.encode())
    assert [e.issue for e in events if e.kind == "record"] == a.skipped_records
    assert (tmp_path / "out" / "b.jsonl").read_text(encoding="utf-8") == '{"t": "Yuriy"}\n'
    assert '"skipped_records": 1' in (tmp_path / "r.json").read_text(encoding="utf-8")


def test_dask_engine_warns_about_a_plain_text_input_of_a_mixed_tree(
    client: Client, tmp_path: Path
) -> None:
    from translit.cli.romanize import RomanizeSpec
    from translit.integrations.dask import run_files
    from translit.io import RunOptions

    src = tmp_path / "in"
    src.mkdir()
    (src / "a.jsonl").write_text('{"t": "Щука", "u": "Юрий"}\n', encoding="utf-8")
    (src / "b.txt").write_text("Юрий\n", encoding="utf-8")
    events = []
    opts = RunOptions(recursive=True, out_dir=str(tmp_path / "out"), fields=("t",))
    result = run_files(
        RomanizeSpec(lang="ru"), [str(src)], opts, client.scheduler.address, events.append
    )
    a, b = result.files
    assert (a.status, a.warnings, b.status) == ("ok", [], "ok")
    assert [str(w) for w in b.warnings] == [
        f"{src / 'b.txt'}: plain text, so `fields` does not apply to it: its whole text is "
        "converted"
    ]
    assert [e.issue for e in events if e.kind == "warning"] == b.warnings
    out = tmp_path / "out"
    assert (out / "a.jsonl").read_text(encoding="utf-8") == '{"t": "Shchuka", "u": "Юрий"}\n'
    assert (out / "b.txt").read_text(encoding="utf-8") == "Yuriy\n"


@pytest.mark.parametrize(
    ("address", "says"),
    [("nonsense", "--scheduler 'nonsense' is no scheduler address"), ("", "not ''")],
)
def test_cli_engine_dask_scheduler_that_is_no_address(tmp_path: Path, address: str, says: str) -> None:  # fmt: skip
    """``--scheduler nonsense`` failed "internal error: ValueError: missing port number", and
    ``--scheduler ''`` started a local cluster as if it had not been given."""
    (tmp_path / "a.txt").write_text("Щука\n", encoding="utf-8")
    done = _cli("-l", "ru", "--engine", "dask", "--scheduler", address,
                "--out-dir", str(tmp_path / "out"), str(tmp_path / "a.txt"))  # fmt: skip
    assert done.returncode == 2 and says in done.stderr, done.stderr
    assert "internal error" not in done.stderr and not (tmp_path / "out" / "a.txt").exists()


def test_a_local_cluster_leaves_port_8787_to_the_users_own_cluster() -> None:
    """The engine's LocalCluster serves its scheduler's HTTP endpoints on a free port: on the
    default 8787 (the dashboard of a cluster the user already runs) it warned "Port 8787 is
    already in use" into the command's output."""
    import socket
    import warnings

    with socket.socket() as taken:
        taken.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        with contextlib.suppress(OSError):  # (in use already: the case this test makes)
            taken.bind(("", 8787))
            taken.listen()
        with warnings.catch_warnings(record=True) as seen:
            warnings.simplefilter("always")
            with local_cluster(1):
                pass
    assert not [w for w in seen if "8787" in str(w.message)], [str(w.message) for w in seen]


def test_dask_engine_passes_over_a_broken_link_in_a_tree_with_a_warning(
    client: Client, tmp_path: Path
) -> None:
    # as the runner does (grep -r, rsync): a link to no file met while walking a folder is not
    # an input the user named; it is reported and skipped, the run goes on
    from translit.cli.romanize import RomanizeSpec
    from translit.integrations.dask import run_files
    from translit.io import RunOptions

    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text("Юрий\n", encoding="utf-8")
    (src / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    events = []
    opts = RunOptions(recursive=True, out_dir=str(tmp_path / "out"))
    result = run_files(
        RomanizeSpec(lang="ru"), [str(src)], opts, client.scheduler.address, events.append
    )
    by_status = {f.status: f for f in result.files}
    assert set(by_status) == {"ok", "skipped"}
    skipped = by_status["skipped"]
    assert skipped.errors == [] and len(skipped.warnings) == 1
    assert "gone.txt" in str(skipped.warnings[0])
    assert [e.issue for e in events if e.kind == "warning"] == skipped.warnings
    assert [e.file for e in events if e.kind == "file"][-1] is skipped
    assert (tmp_path / "out" / "a.txt").read_text(encoding="utf-8") == "Yuriy\n"


def _run_names(client: Client) -> set[str]:
    """The names of translit runs whose Event or Semaphore the scheduler holds."""

    def look(dask_scheduler: Any) -> list[str]:
        events = dask_scheduler.extensions["events"]._events
        semaphores = dask_scheduler.extensions["semaphores"].max_leases
        return [str(n) for n in [*events, *semaphores] if str(n).startswith("translit-run-")]

    return set(client.run_on_scheduler(look))


@pytest.mark.parametrize("end", ["ok", "failed", "stopped"])
def test_dask_engine_leaves_nothing_of_its_run_on_the_scheduler(
    client: Client, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, end: str
) -> None:
    """A run on a cluster it did not start (``--scheduler ADDRESS``) left its stop Event (set
    on a stop or failure) on the scheduler, which outlives it; now its Event and its renames'
    Semaphore are taken away at its end, however it ended."""
    from translit.cli.romanize import RomanizeSpec
    from translit.integrations.dask import run_files
    from translit.io import RunOptions

    for name in ("a", "b"):
        (tmp_path / f"{name}.txt").write_text("Щука\n", encoding="utf-8")
    before = _run_names(client)
    cls = type(client)
    second_stops, real_gather = _second_stops(cls.submit), cls.gather

    def gather_fails(self: Client, *args: Any, **kwargs: Any) -> Any:
        real_gather(self, *args, **kwargs)
        raise RuntimeError("the scheduler went away")

    if end == "stopped":
        monkeypatch.setattr(cls, "submit", second_stops)
    elif end == "failed":
        monkeypatch.setattr(cls, "gather", gather_fails)
    sources = [str(tmp_path / "a.txt"), str(tmp_path / "b.txt")]
    opts = RunOptions(out_dir=str(tmp_path / "out"))
    raised = {"ok": None, "failed": RuntimeError, "stopped": KeyboardInterrupt}[end]
    if raised is None:
        run_files(RomanizeSpec(lang="ru"), sources, opts, client.scheduler.address)
    else:
        with pytest.raises(raised):
            run_files(RomanizeSpec(lang="ru"), sources, opts, client.scheduler.address)
    monkeypatch.undo()
    assert _run_names(client) <= before
    assert (tmp_path / "out" / "a.txt").read_text(encoding="utf-8") == "Shchuka\n"
