"""Unit tests of the I/O layer: blocks and line endings, encodings, JSONL/CSV editing, atomic
files, and input planning. Transforms here are simple functions with obvious results
(``str.upper``) so the expected values are known without the code under test."""

from __future__ import annotations

import codecs
import contextlib
import csv
import io
import json
import os
import re
import socket
import stat
import subprocess
import sys
import tempfile
from functools import partial
from pathlib import Path
from typing import Any

import pytest
from conftest import CYRILLIC_ISH, block_slots, separable_transforms
from hypothesis import example, given, settings
from hypothesis import strategies as st

from translit import romanize
from translit.io import Plan, RunOptions, run
from translit.io.atomic import TEMP_PREFIX, AtomicFile, atomic_write, clean_stale, temp_prefix
from translit.io.formats import Csv, Jsonl, Text, format_for
from translit.io.inputs import MANIFEST, UsageError, plan, sibling
from translit.io.textio import (
    InputError,
    cut_csv,
    cut_text,
    detect_encoding,
    read_blocks,
    read_text,
)

# -- blocks, line endings, decoding -----------------------------------------------------------

lines_text = st.lists(
    st.tuples(
        st.text(alphabet="аб вг\tx-Щ", max_size=12),
        st.sampled_from(["\n", "\r\n", ""]),
    ),
    max_size=30,
).map(lambda parts: "".join(a + b for a, b in parts))


@settings(max_examples=150, deadline=None)
@given(text=lines_text, chunk=st.integers(1, 40))
def test_blocks_rejoin_to_the_exact_input(text: str, chunk: int) -> None:
    blocks = list(read_blocks(io.BytesIO(text.encode()), "utf-8", chunk_size=chunk))
    assert "".join(blocks) == text
    for b in blocks[:-1]:
        # a block ends at a line end, or just after whitespace inside a long line
        assert b.endswith("\n") or b[-1].isspace()


def test_crlf_and_missing_final_newline_are_kept() -> None:
    data = "один\r\nдва\nтри".encode()
    assert "".join(read_blocks(io.BytesIO(data), "utf-8", chunk_size=3)).encode() == data


def test_multibyte_character_split_between_reads() -> None:
    data = "Щука и щука\n".encode()
    assert "".join(read_blocks(io.BytesIO(data), "utf-8", chunk_size=1)) == "Щука и щука\n"


def test_long_line_is_cut_after_whitespace_never_inside_a_word() -> None:
    text = "слово " * 5000
    blocks = list(read_blocks(io.BytesIO(text.encode()), "utf-8", chunk_size=256))
    assert len(blocks) > 10
    assert all(b.endswith(" ") and b.lstrip(" ").startswith("слово") for b in blocks)


def test_cut_text_keeps_whitespace_runs_together() -> None:
    assert cut_text("ab  cd") == 4
    assert cut_text("abc") == 0
    assert cut_text("ab\ncd ef") == 3


def test_cut_csv_never_cuts_inside_quotes() -> None:
    buf = 'a,"x\ny"\nb,"open\n'
    assert cut_csv(buf) == len('a,"x\ny"\n')
    assert cut_csv('"a ""q""\nb"') == 0


def test_undecodable_byte_reports_its_line() -> None:
    data = b"ok\nok\nbad \xff\n"
    with pytest.raises(InputError) as info:
        list(read_blocks(io.BytesIO(data), "utf-8", chunk_size=4))
    assert info.value.line == 3
    assert "ff" in info.value.message


def test_surrogateescape_round_trips_bad_bytes() -> None:
    data = b"\xd0\x90 \xff\xfe \xd0\x91\n"
    text = "".join(read_blocks(io.BytesIO(data), "utf-8", "surrogateescape", chunk_size=2))
    assert text.encode("utf-8", "surrogateescape") == data


@pytest.mark.parametrize("encoding", ["cp1251", "koi8-r", "cp866"])
def test_detects_legacy_cyrillic_encodings(encoding: str) -> None:
    text = (
        "Русская освободительная армия была сформирована в конце войны. "
        "Комитет освобождения народов России собрался в Праге в ноябре.\n"
    ) * 3
    found = detect_encoding(text.encode(encoding))
    assert codecs.lookup(found).name == codecs.lookup(encoding).name


def test_detects_boms_and_utf8() -> None:
    assert detect_encoding(codecs.BOM_UTF8 + "Я".encode()) == "utf-8"
    assert detect_encoding(codecs.BOM_UTF16_LE + "Я".encode("utf-16-le")) == "utf-16"
    # a multi-byte character cut at the end of the sniffed head is still UTF-8
    assert detect_encoding("ЯЯ".encode()[:3]) == "utf-8"


# -- JSONL ------------------------------------------------------------------------------------


def test_jsonl_changes_only_the_field_and_keeps_everything_else() -> None:
    line = '{"id": 7, "text": "abc", "n": [1, "x"], "z": "\\u0416"}\r\n'
    out, changed = Jsonl(fields=("text",)).apply(str.upper, line)
    assert out == '{"id": 7, "text": "ABC", "n": [1, "x"], "z": "\\u0416"}\r\n'
    assert changed == 1


def test_jsonl_non_string_values_and_missing_fields_are_left_alone() -> None:
    block = '{"text": 3}\n{"text": null}\n{"other": "a"}\n{"text": [1, {"a": "a"}]}\n\n'
    assert Jsonl(fields=("text",)).apply(str.upper, block) == (block, 0)


def test_jsonl_nested_fields_with_dots() -> None:
    out, _ = Jsonl(fields=("meta.title", "a.b.c")).apply(
        str.upper, '{"meta":{"title":"t","n":1},"a":{"b":{"c":"q"}},"title":"x"}'
    )
    assert out == '{"meta":{"title":"T","n":1},"a":{"b":{"c":"Q"}},"title":"x"}'


def test_jsonl_add_field_inserts_beside_or_overwrites_existing() -> None:
    fmt = Jsonl(fields=("t",), add=("t_up",))
    out, _ = fmt.apply(str.upper, '{"t": "ab", "n": 1}\n{"t":"cd","t_up":"old","k":2}\n')
    assert out == '{"t": "ab", "t_up": "AB", "n": 1}\n{"t":"cd","t_up":"CD","k":2}\n'
    assert list(json.loads(out.splitlines()[0])) == ["t", "t_up", "n"]


@pytest.mark.parametrize("add", [(), ("up",)])
def test_jsonl_a_list_nested_some_hundred_levels_is_converted(add: tuple[str, ...]) -> None:
    # valid JSON the C scanner reads (its limit is about 1000 levels); the list's strings were
    # walked by recursion, which raised RecursionError with no line past about 330 levels
    deep = "[" * 600 + '"ab", 1' + "]" * 600
    line = f'{{"t": {deep}, "up": {deep}}}\n'
    out, changed = Jsonl(fields=("t",), add=add).apply(str.upper, line)
    upper = deep.replace('"ab"', '"AB"')
    t, up = (
        (deep, upper) if add else (upper, deep)
    )  # (with add: the source stays, "up" is its copy)
    assert (out, changed) == (f'{{"t": {t}, "up": {up}}}\n', 1)


def test_jsonl_escapes_style_follows_the_original_value() -> None:
    out, _ = Jsonl(fields=("t",)).apply(lambda s: s + "ж", '{"t": "\\u0430"}')
    assert json.loads(out) == {"t": "аж"}
    assert "\\u0436" in out


@pytest.mark.parametrize("bad", ["[1, 2]", '{"t": "a"', '{"t" "a"}', '{"t": "a"} x'])
def test_jsonl_invalid_lines_raise_with_line_number(bad: str) -> None:
    with pytest.raises(InputError) as info:
        Jsonl(fields=("t",)).apply(str.upper, '{"t": "ok"}\n' + bad + "\n")
    assert info.value.line == 2


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=4), inner),
    max_leaves=8,
)


@settings(max_examples=150, deadline=None)
@example(obj={"t": ["a", 1, {"u": "b"}, ["c"]]}, compact=False)
@given(obj=st.dictionaries(st.text(max_size=5), json_values, max_size=5), compact=st.booleans())
def test_jsonl_result_equals_editing_the_parsed_object(obj: dict, compact: bool) -> None:
    seps = (",", ":") if compact else (", ", ": ")
    line = json.dumps(obj, ensure_ascii=False, separators=seps)
    out, _ = Jsonl(fields=("t",)).apply(str.upper, line + "\n")
    expected = dict(obj)
    if "t" in expected:
        expected["t"] = _upper_strings(expected["t"])
    assert json.loads(out) == expected
    assert list(json.loads(out)) == list(obj)  # key order kept
    if "t" not in obj or expected["t"] == obj["t"]:
        assert out == line + "\n"


def _upper_strings(value: object) -> object:
    """What the module's docstring promises for a field's value: a string converted, a list's
    strings converted (in lists within it too), every other value as it was."""
    if isinstance(value, str):
        return value.upper()
    if isinstance(value, list):
        return [_upper_strings(item) if isinstance(item, (str, list)) else item for item in value]
    return value


_tricky = st.text(alphabet='t"\\:{}, aé\u00a0', max_size=8)


@settings(max_examples=300, deadline=None)
@given(
    pairs=st.lists(st.tuples(_tricky | st.just("t"), _tricky | st.integers()), max_size=5),
    ascii_=st.booleans(),
    add=st.booleans(),
)
def test_jsonl_flat_lines_with_tricky_keys_and_values_edit_the_right_span(
    pairs: list, ascii_: bool, add: bool
) -> None:
    # keys and values full of quotes, backslashes, colons and braces, duplicate keys: the
    # fast path (flat objects) must agree with what a JSON parser sees, or step aside
    body = (
        "{"
        + ", ".join(
            f"{json.dumps(k, ensure_ascii=ascii_)}: {json.dumps(v, ensure_ascii=ascii_)}"
            for k, v in pairs
        )
        + "}"
    )
    fmt = Jsonl(fields=("t",), add=("t2",) if add else ())
    out, _ = fmt.apply(str.upper, body + "\n")
    obj = json.loads(body)  # the last duplicate wins, as in the walker
    expected = dict(obj)
    if isinstance(obj.get("t"), str):
        expected["t2" if add else "t"] = obj["t"].upper()
    assert json.loads(out) == expected


# -- CSV / TSV --------------------------------------------------------------------------------


def _csv(fmt: Csv, text: str) -> str:
    bound, head, rest = fmt.start(text)
    return head + bound.apply(str.upper, rest)[0]


def test_csv_quoting_and_embedded_newlines_preserved() -> None:
    text = 'id,name,note\r\n1,"a ""b"", c",x\r\n2,d,"e\r\nf"\r\n3,"g",h'
    out = _csv(Csv(columns=("name",)), text)
    assert out == 'id,name,note\r\n1,"A ""B"", C",x\r\n2,D,"e\r\nf"\r\n3,"G",h'


def test_csv_quotes_a_new_value_only_when_needed() -> None:
    out = _csv(Csv(columns=("1",), header=False), "a,b\n")
    assert out == "A,b\n"
    fmt = Csv(columns=("1",), header=False)
    bound, _, rest = fmt.start("x,y\n")
    assert bound.apply(lambda s: "p,q", rest)[0] == '"p,q",y\n'


def test_csv_add_column_goes_right_after_its_source_with_header() -> None:
    text = "id;name;n\n1;ab;2\n"
    out = _csv(Csv(columns=("name",), add=("name_up",)), text)
    assert out == "id;name;name_up;n\n1;ab;AB;2\n"


def test_csv_unknown_column_names_the_header() -> None:
    with pytest.raises(InputError, match="the header has: id, name"):
        Csv(columns=("nom",)).start("id,name\n1,a\n")


def test_tsv_has_no_quoting_by_default() -> None:
    fmt = format_for("a.tsv", columns=("2",), header=False)
    bound, _, rest = fmt.start('1\t"ab\n2\tcd"\n')
    assert bound.apply(str.upper, rest)[0] == '1\t"AB\n2\tCD"\n'


rows = st.lists(
    st.lists(st.text(alphabet='ab ,"\n\rж', max_size=6), min_size=3, max_size=3),
    min_size=1,
    max_size=8,
)


@settings(max_examples=150, deadline=None)
@given(rows=rows, quoting=st.sampled_from([csv.QUOTE_MINIMAL, csv.QUOTE_ALL]))
def test_csv_agrees_with_the_csv_module(rows: list[list[str]], quoting: int) -> None:
    buf = io.StringIO()
    csv.writer(buf, quoting=quoting, lineterminator="\r\n").writerows([["a", "b", "c"], *rows])
    text = buf.getvalue()
    fmt = Csv(columns=("b",), delimiter=",")
    bound, head, rest = fmt.start(text)
    pieces = []
    while rest:  # cut where the runner would
        at = bound.cut(rest[: max(1, len(rest) // 2)]) or len(rest)
        pieces.append(bound.apply(str.upper, rest[:at])[0])
        rest = rest[at:]
    got = list(csv.reader(io.StringIO(head + "".join(pieces), newline="")))
    assert got == [["a", "b", "c"], *[[r[0], r[1].upper(), r[2]] for r in rows]]


def test_text_counts_changed_lines() -> None:
    assert Text().apply(str.upper, "ab\ncd\n12\n") == ("AB\nCD\n12\n", 2)


# -- atomic files -----------------------------------------------------------------------------


def test_atomic_file_abort_leaves_target_untouched(tmp_path) -> None:
    target = tmp_path / "out.txt"
    target.write_bytes(b"old")
    f = AtomicFile(target)
    f.write(b"new")
    f.abort()
    assert target.read_bytes() == b"old"
    assert os.listdir(tmp_path) == ["out.txt"]


def test_atomic_file_keeps_mode_and_makes_backup(tmp_path) -> None:
    target = tmp_path / "in.txt"
    target.write_bytes(b"old")
    os.chmod(target, 0o640)
    f = AtomicFile(target, keep_mode_of=target, backup=str(target) + ".bak")
    f.write(b"new")
    f.commit()
    assert target.read_bytes() == b"new"
    assert (tmp_path / "in.txt.bak").read_bytes() == b"old"
    assert os.stat(target).st_mode & 0o777 == 0o640


def test_atomic_write_text_exception_keeps_old(tmp_path) -> None:
    target = tmp_path / "t.txt"
    target.write_text("old", encoding="utf-8")
    with pytest.raises(RuntimeError), atomic_write(target) as fh:
        fh.write("half")
        raise RuntimeError
    assert target.read_text(encoding="utf-8") == "old"
    assert os.listdir(tmp_path) == ["t.txt"]


def test_clean_stale_removes_only_dead_processes_files(tmp_path) -> None:
    proc = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    gone = int(proc.stdout.strip())
    dead = tmp_path / f"{temp_prefix(gone)}a.txt-xyz"
    live = tmp_path / f"{temp_prefix()}b.txt-xyz"
    # the same dead PID on another host of a shared filesystem: its process cannot be checked
    elsewhere = tmp_path / f"{temp_prefix(gone, 'other-node.example')}c.txt-xyz"
    # the old naming said no host: never removed
    legacy = tmp_path / f"{TEMP_PREFIX}{gone}-d.txt-xyz"
    other = tmp_path / "keep.txt"
    for p in (dead, live, elsewhere, legacy, other):
        p.write_text("x")
    assert clean_stale(tmp_path) == [str(dead)]
    assert sorted(os.listdir(tmp_path)) == sorted(
        [live.name, elsewhere.name, legacy.name, other.name]
    )


def test_temp_names_carry_host_pid_and_a_random_part(tmp_path) -> None:
    names = set()
    for _ in range(2):
        f = AtomicFile(tmp_path / "t.txt")
        names.add(os.path.basename(f.tmp))
        f.abort()
    assert len(names) == 2  # the random part differs
    for name in names:
        host_start = re.split(r"[^A-Za-z0-9]", socket.gethostname())[0]
        assert name.startswith(f"{TEMP_PREFIX}{host_start}")
        assert f"+{os.getpid()}-t.txt-" in name


# -- planning ---------------------------------------------------------------------------------


def _tree(root) -> None:
    (root / "src" / "sub").mkdir(parents=True)
    (root / "src" / "a.txt").write_text("а")
    (root / "src" / "b.md").write_text("б")
    (root / "src" / "sub" / "c.txt").write_text("в")
    (root / "src" / ".hidden.txt").write_text("г")
    (root / "src" / MANIFEST).write_text("")


def test_plan_mirrors_tree_and_filters_by_glob(tmp_path) -> None:
    _tree(tmp_path)
    src, out = str(tmp_path / "src"), str(tmp_path / "out")
    jobs = plan([src], recursive=True, globs=("*.txt",), out_dir=out)
    assert [(j.rel, j.target) for j in jobs] == [
        ("a.txt", os.path.join(out, "a.txt")),
        (os.path.join("sub", "c.txt"), os.path.join(out, "sub", "c.txt")),
    ]


def test_plan_jobs_refuses_a_record_option_for_plain_text_unless_found_in_a_mixed_tree(
    tmp_path,
) -> None:
    from translit.io.runner import RunOptions, plan_jobs

    _tree(tmp_path)
    src = tmp_path / "src"
    (src / "d.jsonl").write_text('{"t": "а"}\n')
    opts = RunOptions(recursive=True, globs=("*.txt", "*.jsonl"), fields=("t",))
    jobs = plan_jobs([str(src), str(src / "b.md")], opts.replace(globs=("*.jsonl",)))
    assert [(os.path.basename(j.source), j.found) for j in jobs] == [
        ("d.jsonl", True),
        ("b.md", False),  # named: a .md name is JSONL under `fields` (no extension says text)
    ]
    # a .txt found in the tree beside a JSONL input: allowed (the run warns about it)
    assert len(plan_jobs([str(src)], opts)) == 3
    # the same .txt named, or a tree with no input that reads `fields`: refused
    for sources, o in [
        ([str(src / "a.txt")], opts),
        ([str(src)], opts.replace(globs=("*.txt",))),
        ([str(src)], opts.replace(format="text")),
    ]:
        with pytest.raises(UsageError) as info:
            plan_jobs(sources, o)
        assert info.value.params == ("fields", "format")
        assert "`fields` applies to JSONL and Parquet inputs; " in str(info.value)


def test_unused_options_are_the_given_options_a_format_does_not_read() -> None:
    from translit.io.formats.parquet import Parquet
    from translit.io.runner import RunOptions, unused_options

    csv_only = RunOptions(delimiter=";", quote="'", header=False, jobs=2)
    assert unused_options(Text(), csv_only) == ("delimiter", "quote", "header")
    assert unused_options(Jsonl(fields=("t",)), csv_only) == ("delimiter", "quote", "header")
    assert unused_options(Parquet(columns=("t",)), csv_only) == ("delimiter", "quote", "header")
    assert unused_options(Csv(columns=("t",)), csv_only) == ()
    assert unused_options(Parquet(columns=("t",)), RunOptions(fields=("t",))) == ()
    # an option at its default is not "given": never reported, whatever the format
    for fmt in (Text(), Jsonl(fields=("t",)), Csv(columns=("t",)), Parquet(columns=("t",))):
        assert unused_options(fmt, RunOptions()) == ()
        assert unused_options(fmt, RunOptions(header=True, delimiter=None, quote=None)) == ()


def test_plan_suffix_and_in_place(tmp_path) -> None:
    _tree(tmp_path)
    a = str(tmp_path / "src" / "a.txt")
    assert plan([a], suffix=".lat")[0].target == str(tmp_path / "src" / "a.lat.txt")
    assert plan([a], in_place=True)[0].target == a
    assert sibling("x/.profile", "-1") == "x/.profile-1"


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"output": "SRC"}, "would overwrite an input"),
        ({"out_dir": "DIR"}, "would overwrite an input"),
        ({"output": "o", "in_place": True}, "only one of"),
    ],
)
def test_plan_refuses_unsafe_targets(tmp_path, kwargs, message) -> None:
    _tree(tmp_path)
    a = str(tmp_path / "src" / "a.txt")
    kwargs = {
        k: (a if v == "SRC" else str(tmp_path / "src") if v == "DIR" else v)
        for k, v in kwargs.items()
    }
    with pytest.raises(UsageError, match=message):
        plan([a], **kwargs)


def test_plan_refuses_hard_link_of_input(tmp_path) -> None:
    _tree(tmp_path)
    a = tmp_path / "src" / "a.txt"
    os.link(a, tmp_path / "link.txt")
    with pytest.raises(UsageError, match="would overwrite an input"):
        plan([str(a)], output=str(tmp_path / "link.txt"))


def test_plan_directory_needs_recursive(tmp_path) -> None:
    _tree(tmp_path)
    with pytest.raises(UsageError, match="`recursive`"):
        plan([str(tmp_path / "src")])


def test_plan_two_inputs_one_target(tmp_path) -> None:
    (tmp_path / "x").mkdir()
    (tmp_path / "y").mkdir()
    (tmp_path / "x" / "a.txt").write_text("1")
    (tmp_path / "y" / "a.txt").write_text("2")
    with pytest.raises(UsageError, match="would be written there"):
        plan(
            [str(tmp_path / "x" / "a.txt"), str(tmp_path / "y" / "a.txt")],
            out_dir=str(tmp_path / "o"),
        )


def test_atomic_file_writes_special_files_directly_and_follows_links(tmp_path) -> None:
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    reader = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)
    try:
        f = AtomicFile(fifo)
        f.write(b"data")
        f.commit()
        assert os.read(reader, 10) == b"data"
    finally:
        os.close(reader)
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)  # still a FIFO, not replaced by a file
    real = tmp_path / "real.txt"
    real.write_bytes(b"old")
    (tmp_path / "link.txt").symlink_to(real)
    f = AtomicFile(tmp_path / "link.txt")
    f.write(b"new")
    f.commit()
    assert (tmp_path / "link.txt").is_symlink()
    assert real.read_bytes() == b"new"


def test_progress_bar_draws_bytes_rate_eta_and_erases() -> None:
    from translit.io.progress import Progress

    stream = io.StringIO()
    bar = Progress(total=2048, enabled=True, stream=stream)
    bar.advance(1024)
    bar.bar.refresh()
    drawn = stream.getvalue()
    assert "50%" in drawn
    assert "1.00k/2.00k" in drawn.replace("B", "")  # tqdm's scaled bytes done/total
    bar.close()
    assert stream.getvalue().endswith("\r")  # leave=False: the line is erased
    quiet = io.StringIO()
    silent = Progress(total=10, enabled=False, stream=quiet)
    silent.advance(10)
    silent.close()
    assert quiet.getvalue() == ""


def test_the_progress_bar_starts_no_thread() -> None:
    # -j forks its workers after the first read has drawn the bar: no thread may be alive then
    # (tqdm's own bar starts a monitor thread)
    import threading

    from translit.io.progress import Progress

    before = {t.ident for t in threading.enumerate()}
    bar = Progress(total=2048, enabled=True, stream=io.StringIO())
    bar.advance(1024)
    try:
        assert {t.ident for t in threading.enumerate()} == before
    finally:
        bar.close()


def test_tqdm_is_imported_only_when_a_bar_is_drawn() -> None:
    code = (
        "import sys, translit.cli.romanize, translit.io.runner;"
        "from translit.io.progress import Progress;"
        "Progress(10, enabled=False).advance(5);"
        "print('tqdm' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_plan_suffix_run_skips_its_earlier_outputs(tmp_path) -> None:
    _tree(tmp_path)
    (tmp_path / "src" / "a.lat.txt").write_text("a")
    jobs = plan([str(tmp_path / "src")], recursive=True, globs=("*.txt",), suffix=".lat")
    assert [j.rel for j in jobs] == ["a.txt", os.path.join("sub", "c.txt")]


def test_bom_before_the_first_record_is_kept_and_ignored() -> None:
    out, _ = Jsonl(fields=("t",)).apply(str.upper, '\ufeff{"t": "a"}\n')
    assert out == '\ufeff{"t": "A"}\n'
    assert _csv(Csv(columns=("id",)), "\ufeffid,n\r\nab,c\r\n") == "\ufeffid,n\r\nAB,c\r\n"


def test_detects_utf32_bom_and_reads_an_ascii_head_as_utf8() -> None:
    assert detect_encoding(codecs.BOM_UTF32_LE + "Я".encode("utf-32-le")) == "utf-32"
    assert detect_encoding(b"plain ascii head") == "utf-8"


def test_plan_in_place_tree_skips_its_backups(tmp_path) -> None:
    _tree(tmp_path)
    (tmp_path / "src" / "gone.txt.orig").write_text("a")  # a backup, not an input
    jobs = plan([str(tmp_path / "src")], recursive=True, in_place=True, backup=".orig")
    assert [j.rel for j in jobs] == ["a.txt", "b.md", os.path.join("sub", "c.txt")]


def test_plan_refuses_a_backup_name_already_taken(tmp_path) -> None:
    _tree(tmp_path)
    kept = tmp_path / "src" / "a.txt.orig"
    kept.write_text("the original")
    with pytest.raises(UsageError, match=r"a\.txt\.orig.*never overwritten"):
        plan([str(tmp_path / "src")], recursive=True, in_place=True, backup=".orig")
    assert kept.read_text() == "the original"


def test_atomic_file_never_replaces_an_existing_backup(tmp_path) -> None:
    target, kept = tmp_path / "a.txt", tmp_path / "a.txt.orig"
    target.write_text("new original")
    f = AtomicFile(target, backup=str(kept))
    kept.write_text("first original")  # appears while the file is written (another run)
    f.write(b"converted")
    with pytest.raises(FileExistsError, match="never overwrites"):
        f.commit()
    assert kept.read_text() == "first original"
    assert target.read_text() == "new original"
    assert sorted(os.listdir(tmp_path)) == ["a.txt", "a.txt.orig"]


# -- the library: options, results, events, registry (issue 17) -------------------------------


def test_every_option_declares_whether_it_changes_outputs_and_the_key_follows() -> None:
    import dataclasses

    from translit.io.options import RunOptions

    samples = {
        bool: lambda v: not v,
        int: lambda v: v + 3,
        str: lambda v: (v or "") + "x",
        tuple: lambda v: (*v, "x"),
    }
    base = RunOptions()
    key = base.resume_key("spec")
    in_key = set()
    for f in dataclasses.fields(RunOptions):
        assert set(f.metadata) >= {"flag", "key"}, f.name  # no option without a decision
        value = getattr(base, f.name)
        kind = type(value) if value is not None else bool if "bool" in str(f.type) else str
        changed = base.replace(**{f.name: samples[kind](value)})  # (progress: None → True)
        differs = changed.resume_key("spec") != key
        assert differs == f.metadata["key"], f.name
        if differs:
            in_key.add(f.name)
    # what changes the bytes of an output is in the key; where and how the run goes is not
    assert {"format", "fields", "columns", "encoding", "errors", "on_error"} <= in_key
    assert not in_key & {"jobs", "out_dir", "quiet", "resume", "chunk_size"}
    assert base.resume_key("other spec") != key


def test_run_returns_per_input_outcomes_and_tells_events(tmp_path) -> None:
    from translit.io import Plan, RunOptions, run

    good = tmp_path / "a.txt"
    good.write_bytes(b"ab\ncd\n")
    bad = tmp_path / "b.txt"
    bad.write_bytes(b"ok\n\xff\xfe bad\n")
    events = []
    opts = RunOptions(out_dir=str(tmp_path / "out"), jobs=1, encoding="utf-8")
    result = run(Plan(str.upper, (str(good), str(bad)), opts), on_event=events.append)
    a, b = result.files
    assert (a.status, a.lines, a.changed_lines, a.bytes, a.encoding) == ("ok", 2, 2, 6, "utf-8")
    assert b.status == "failed" and b.errors[0].path == str(bad) and b.errors[0].line == 2
    assert "cannot decode" in b.errors[0].reason
    assert result.exit_code == 1 and result.summary()["ok"] == 1
    kinds = [e.kind for e in events]
    assert kinds.count("file") == 2 and "error" in kinds
    assert sum(e.nbytes for e in events if e.kind == "read") == 6 + bad.stat().st_size
    assert (tmp_path / "out" / "a.txt").read_bytes() == b"AB\nCD\n"
    assert not (tmp_path / "out" / "b.txt").exists()


@given(
    st.lists(st.sampled_from(["ok", "failed", "skipped", "interrupted"]), max_size=8),
    st.integers(0, 3),
)
def test_summary_counts_each_input_once_and_output_problems_apart(
    statuses: list[str], problems: int
) -> None:
    from translit.io.results import FileResult, Issue, RunResult

    files = [FileResult(f"{i}.txt", "o.txt", status=s) for i, s in enumerate(statuses)]
    result = RunResult(files, errors=[Issue("o.txt", 0, "not written")] * problems)
    s = result.summary()
    assert s["files"] == len(statuses)
    assert s["failed"] == statuses.count("failed") <= s["files"]
    assert s["ok"] + s["failed"] + s["skipped"] + statuses.count("interrupted") == s["files"]
    assert s["output_errors"] == problems
    assert result.exit_code == (1 if "failed" in statuses or problems else 0)


def test_run_refuses_a_report_over_an_input(tmp_path) -> None:
    from translit.io import Plan, RunOptions, run

    src = tmp_path / "a.txt"
    src.write_text("x")
    with pytest.raises(UsageError, match="would overwrite an input") as info:
        run(Plan(str.upper, (str(src),), RunOptions(output=os.devnull, report=str(src))))
    assert str(src) in str(info.value)
    assert src.read_text() == "x"
    out = tmp_path / "out.txt"
    with pytest.raises(UsageError, match="would overwrite an output"):
        run(Plan(str.upper, (str(src),), RunOptions(output=str(out), report=str(out))))
    assert not out.exists()


def test_option_clashes_name_parameters_in_the_library() -> None:
    from translit.errors import TranslitError
    from translit.io.options import RunOptions

    clash = RunOptions(fields=("t",), columns=("n",)).clashes()[0]
    assert isinstance(clash, TranslitError)
    assert "fields" in str(clash) and "columns" in str(clash) and "--" not in str(clash)
    assert RunOptions(recursive=True, globs=("*.txt",)).clashes() == []


def test_format_registry_drives_choices_and_detection() -> None:
    from translit.io import RunOptions
    from translit.io.formats import names, registry

    known = registry()
    assert names()[0] == "auto" and {"text", "jsonl", "csv", "tsv", "parquet"} <= set(known)
    for kind, cls in known.items():
        assert kind in cls.kinds and cls.summary and cls.title
        # what a format reads are run options (a misspelt name would never be refused)
        assert set(cls.reads) <= set(RunOptions.__dataclass_fields__)
        assert cls.selects in cls.reads or not cls.selects
        for ext in cls.extensions.get(kind, ()):
            for codec in ("", ".gz", ".xz"):
                name = f"x{ext}{codec}"
                fmt = format_for(name, fields=("t",), columns=("1",))
                assert fmt.name == cls.name, name


@given(st.text(max_size=300), st.sampled_from([".gz", ".bz2", ".xz", ".txt"]))
@settings(max_examples=40, deadline=None)
def test_codecs_round_trip_any_text(text, suffix) -> None:
    from translit.io.compression import wrap_input, wrap_output

    raw = io.BytesIO()
    out = wrap_output(raw, "a" + suffix)
    out.write(text.encode("utf-8", "surrogatepass"))
    if out is not raw:
        out.close()
    back = wrap_input(io.BytesIO(raw.getvalue()), "a" + suffix).read()
    assert back == text.encode("utf-8", "surrogatepass")
    if suffix == ".txt":
        assert raw.getvalue() == back


_CYRILLIC_ISH = st.text(
    alphabet=st.sampled_from([*CYRILLIC_ISH, *"\n\r"]),
    max_size=40,
)


@given(st.lists(_CYRILLIC_ISH, min_size=2, max_size=8), st.sampled_from(["ru", "uk", "bg", "sr"]))
@settings(max_examples=300, deadline=None)
@example(["Ш", "ЩУКА"], "ru")
@example(["Ш ", " ЩУКА", "а"], "ru")
@example(["\u00a0", " ", ""], "ru")
@example(["а\r", "\nЩУКА", "Ш"], "ru")
def test_separable_transforms_convert_joined_values_as_one_by_one(values, lang) -> None:
    # JSONL/CSV blocks convert their values in one call (map_values); this is only right if
    # NUL is a boundary for the transform, which these declare
    from translit.io.formats import SEP, map_values

    for fn in separable_transforms(lang):
        assert fn.separable
        one_by_one = [fn(v) for v in values]
        assert fn(SEP.join(values)) == SEP.join(one_by_one)
        assert map_values(fn, values) == one_by_one


def test_jsonl_nesting_too_deep_is_a_bad_record_not_a_crash() -> None:
    deep = '{"t": "a", "x": ' + "[" * 100_000 + "]" * 100_000 + "}\n"
    fmt = Jsonl(fields=("t",))
    with pytest.raises(InputError, match="nested too deeply"):
        fmt.apply(str.upper, deep)
    out, changed, skipped = fmt.apply_skipping(str.upper, '{"t": "b"}\n' + deep)
    assert out == '{"t": "B"}\n' + deep and changed == 1 and skipped[0][0] == 2


@given(st.text(max_size=30), st.text(max_size=30), st.text(max_size=10))
@settings(max_examples=200, deadline=None)
def test_io_functions_take_any_unicode_and_raise_only_translit_errors(a, b, kind) -> None:
    from translit.errors import TranslitError
    from translit.io.inputs import refuse_overwrite
    from translit.io.options import RunOptions

    for call in (
        lambda: refuse_overwrite(a, [b]),
        lambda: sibling(a, b),
        lambda: format_for(a, kind or "auto", fields=(b,)),
        lambda: format_for(a, columns=(b,)),
        lambda: RunOptions(globs=(a,), delimiter=b, on_error=kind).resume_key(a),
        lambda: RunOptions(on_error=kind).clashes(),
        lambda: clean_stale(a),
        lambda: list(read_text(a + "\x00")),
    ):
        with contextlib.suppress(TranslitError):
            call()


# -- blocks of bytes for the workers (issue 16: -j 2 on one large file) ----------------------


@settings(max_examples=150, deadline=None)
@given(text=lines_text, chunk=st.integers(1, 40), encoding=st.sampled_from(["utf-8", "cp1251"]))
def test_byte_blocks_rejoin_to_the_exact_input_and_end_where_text_may(
    text: str, chunk: int, encoding: str
) -> None:
    from translit.io.rawblocks import raw_blocks

    data = text.encode(encoding)
    blocks = list(raw_blocks(io.BytesIO(data), b"", encoding, chunk_size=chunk, mode="text"))
    assert b"".join(blocks) == data
    for b in blocks[:-1]:
        piece = b.decode(encoding)  # never cut inside a character
        assert piece.endswith("\n") or piece[-1] in " \t\r"
    lines = list(raw_blocks(io.BytesIO(data), b"", encoding, chunk_size=chunk, mode="lines"))
    assert b"".join(lines) == data
    assert all(b.endswith(b"\n") for b in lines[:-1])


def test_byte_blocks_never_cut_before_a_no_break_space_and_cut_a_huge_word_whole_chars() -> None:
    from translit.io.rawblocks import raw_blocks

    data = "слово \u00a0дальше".encode()
    blocks = list(raw_blocks(io.BytesIO(data), b"", "utf-8", chunk_size=4, mode="text"))
    assert b"".join(blocks) == data and len(blocks) == 1  # the only space is before a NBSP
    word = "Щ" * 1000
    blocks = list(raw_blocks(io.BytesIO(word.encode()), b"", "utf-8", chunk_size=7, hard_limit=101))
    assert "".join(b.decode("utf-8") for b in blocks) == word  # each block decodes alone
    assert max(map(len, blocks)) <= 101 + 7


def test_only_one_byte_ascii_compatible_codecs_and_utf8_go_as_bytes() -> None:
    from translit.io.rawblocks import line_mode, transparent

    for name in ("utf-8", "cp1251", "koi8-r", "cp866", "iso8859-5", "mac-cyrillic", "latin-1"):
        assert transparent(name), name
    for name in ("utf-16", "utf-16-le", "utf-32", "utf-8-sig", "cp037", "iso2022_jp", "utf-7"):
        assert not transparent(name), name
    assert line_mode(Text()) == "text"
    assert line_mode(Text(whole_lines=True)) == "lines"
    assert line_mode(format_for("a.jsonl", fields=("t",))) == "lines"
    assert line_mode(format_for("a.csv", columns=("1",))) == "quoted"  # newlines in quotes
    assert line_mode(format_for("a.csv", columns=("1",), quote="'")) == "quoted"
    assert line_mode(format_for("a.tsv", columns=("1",))) == "lines"  # no quoting
    for quote in ("«", "''", "\n"):  # not one ASCII byte: its count in bytes could differ
        assert line_mode(format_for("a.csv", columns=("1",), quote=quote)) is None, quote


@pytest.mark.parametrize("jobs", [1, 2])
def test_bytes_and_text_paths_write_the_same_bytes(tmp_path, jobs: int) -> None:
    # utf-8 goes to the workers as bytes, utf-16 as text: same result, byte for byte, with
    # CRLF, a BOM, a long line cut inside and no final newline
    from translit.io import Plan, RunOptions, run

    text = "\ufeffПервая строка\r\n" + "слово " * 400 + "\n" + "ёж\r\n" * 300 + "конец"
    expected = text.upper().encode("utf-8")
    for encoding in ("utf-8", "utf-16"):
        src = tmp_path / f"in-{encoding}.txt"
        src.write_bytes(text.encode(encoding))
        out = tmp_path / f"out-{encoding}.txt"
        opts = RunOptions(output=str(out), jobs=jobs, chunk_size=256, encoding=encoding)
        result = run(Plan(str.upper, (str(src),), opts))
        assert result.exit_code == 0
        assert out.read_bytes() == expected, encoding
        assert result.files[0].lines == text.count("\n") + 1


@pytest.mark.parametrize("jobs", [1, 2])
def test_bytes_path_names_the_line_of_an_undecodable_byte_and_an_unencodable_result(
    tmp_path, jobs: int
) -> None:
    from translit.io import Plan, RunOptions, run

    src = tmp_path / "a.txt"
    src.write_bytes("строка\n".encode() * 5000 + b"\xff\n" + b"ok\n")
    opts = RunOptions(output=str(tmp_path / "o.txt"), jobs=jobs, chunk_size=1024)
    result = run(Plan(str.upper, (str(src),), opts))
    (issue,) = result.files[0].errors
    assert issue.line == 5001 and "cannot decode byte(s) ff" in issue.reason
    assert not (tmp_path / "o.txt").exists()
    src.write_bytes(b"abc\n" * 3000 + "€\n".encode() + b"x\n")
    opts = opts.replace(output_encoding="cp1251", encoding="utf-8")
    result = run(Plan(lambda t: t.replace("€", "\u20bd"), (str(src),), opts))
    (issue,) = result.files[0].errors
    assert issue.line == 3001 and "cannot encode '\u20bd' in cp1251" in issue.reason


def _tag_with_pid(text: str) -> str:
    import time

    time.sleep(0.01)  # long enough that one worker cannot take every block
    return "".join(f"{os.getpid()} {line}" for line in text.splitlines(keepends=True))


def test_one_file_is_spread_over_the_workers_in_order(tmp_path) -> None:
    from translit.io import Plan, RunOptions, run

    src = tmp_path / "a.txt"
    src.write_bytes(b"".join(b"line %d\n" % i for i in range(20000)))  # the first 64K: 1 block
    out = tmp_path / "o.txt"
    result = run(
        Plan(_tag_with_pid, (str(src),), RunOptions(output=str(out), jobs=2, chunk_size=4096))
    )
    assert result.exit_code == 0
    lines = out.read_bytes().decode().splitlines()
    assert [line.split(" ", 1)[1] for line in lines] == [f"line {i}" for i in range(20000)]
    # jobs=2: this process and one worker, each converting some of the blocks
    assert {line.split(" ", 1)[0] for line in lines} >= {str(os.getpid())}
    assert len({line.split(" ", 1)[0] for line in lines}) == 2


@settings(max_examples=60, deadline=None)
@given(
    text=st.text(alphabet="аЁб x\t\r\n\u00a0\u2003-", max_size=300),
    chunk=st.integers(1, 64),
    encoding=st.sampled_from(["utf-8", "cp1251"]),
)
def test_bytes_path_gives_the_text_paths_bytes_for_any_text(
    tmp_path_factory, text: str, chunk: int, encoding: str
) -> None:
    folder = tmp_path_factory.mktemp("paths")
    data = text.encode(encoding, "replace")  # cp1251 has no em space
    text = data.decode(encoding)
    src = folder / "in.txt"
    src.write_bytes(data)
    # the input's own encoding out: the bytes path; UTF-16 out: the text path (a line cut
    # inside, after whitespace, counts once per piece: the changed lines may differ)
    byte_route, text_route = _both_routes(
        src, chunk, None, encoding, count_changed=False, outs=(encoding, "utf-16")
    )
    assert byte_route == text_route
    assert byte_route[0] == text.upper() and byte_route[3] == []


# -- blocks read by offset, results through inherited memory files (issue 16) ----------------


@settings(max_examples=150, deadline=None)
@given(
    text=lines_text,
    chunk=st.integers(1, 40),
    head=st.integers(0, 50),
    mode=st.sampled_from(["text", "lines"]),
    hard=st.sampled_from([None, 64]),
)
def test_a_file_is_cut_by_offset_where_its_stream_is_cut(
    tmp_path_factory, text: str, chunk: int, head: int, mode: str, hard: int | None
) -> None:
    # the runner cuts a regular file without reading it (file_spans, pread of block ends) and
    # a pipe by reading it (raw_blocks): the same blocks, so -j N writes the same bytes
    from translit.io.rawblocks import file_spans, raw_blocks

    data = text.encode("utf-8")
    path = tmp_path_factory.mktemp("spans") / "a.txt"
    path.write_bytes(data)
    stream = io.BytesIO(data)
    first = stream.read(head)
    opts = {"chunk_size": chunk, "mode": mode, "hard_limit": hard}
    blocks = list(raw_blocks(stream, first, "utf-8", **opts))
    with open(path, "rb") as fh:
        spans = list(file_spans(fh.fileno(), len(data), len(first), "utf-8", **opts))
    assert [data[a : a + n] for a, n in spans] == blocks


@settings(max_examples=150, deadline=None)
@given(text=lines_text, chunk=st.integers(1, 40), mode=st.sampled_from(["text", "lines"]))
def test_the_end_of_a_file_is_cut_finer_only_at_line_ends(
    tmp_path_factory, text: str, chunk: int, mode: str
) -> None:
    # tail_split cuts the last chunks again so that -j N's processes finish together: the
    # pieces rejoin to each span, the first span stays whole, a new cut follows a \n, and
    # no piece is cut where its line could have ended sooner within the piece's size
    from translit.io.rawblocks import _TAIL, file_spans, tail_split

    data = text.encode("utf-8")
    path = tmp_path_factory.mktemp("tail") / "a.txt"
    path.write_bytes(data)
    with open(path, "rb") as fh:
        spans = list(file_spans(fh.fileno(), len(data), 0, "utf-8", chunk_size=chunk, mode=mode))
        pieces = list(tail_split(spans, fh.fileno(), len(data), chunk))
    assert b"".join(data[a : a + n] for a, n in pieces) == data
    assert all(n > 0 for _, n in pieces)
    ends = {a + n for a, n in spans}
    assert not spans or pieces[0] == spans[0]
    for a, n in pieces:
        if a + n not in ends:  # a new cut
            assert data[a + n - 1 : a + n] == b"\n"
            assert len(data) - a <= _TAIL * chunk  # only in the file's last chunks
    floor = max(1, chunk // 16)
    for start, length in spans[1:]:
        if len(data) - start > _TAIL * chunk or length <= floor:
            assert (start, length) in pieces  # before the file's last chunks: not cut again
            continue
        for a, n in pieces:
            target = max(floor, (len(data) - a) // _TAIL)
            if start <= a < start + length and n > target:  # longer than its share: a line
                assert b"\n" not in data[a : a + target]  # that does not end sooner


# -- CSV/TSV blocks of bytes: cut at record ends by quote parity (-j 2 on a CSV export) -------

_csv_field = st.one_of(
    st.text(alphabet="аб xЩ-", max_size=6),
    st.text(alphabet='аб x,"\n\r', max_size=8).map(lambda v: '"' + v.replace('"', '""') + '"'),
)
csv_texts = st.tuples(
    st.booleans(),
    st.lists(
        st.tuples(st.lists(_csv_field, min_size=3, max_size=3), st.sampled_from(["\n", "\r\n"])),
        max_size=12,
    ),
    st.booleans(),
).map(
    lambda t: (
        ("\ufeff" if t[0] else "")
        + "a,b,c\r\n"
        + "".join(",".join(fields) + end for fields, end in t[1])
        + ("" if t[2] else "x,y,z")
    )  # the last record without its line end
)


@settings(max_examples=200, deadline=None)
@given(text=csv_texts, chunk=st.integers(1, 40), head=st.integers(0, 50))
def test_csv_bytes_are_cut_only_where_the_text_route_may_cut(
    tmp_path_factory, text: str, chunk: int, head: int
) -> None:
    # the parent cuts raw bytes by quote parity: every block ends at a record end (a line end
    # that cut_csv, the text route's cut, accepts), a file is cut by offset where its stream
    # is cut, and the blocks converted one by one give the text converted whole
    from translit.io.rawblocks import file_spans, raw_blocks

    data = text.encode("utf-8")
    stream = io.BytesIO(data)
    first = stream.read(head)
    opts = {"chunk_size": chunk, "mode": "quoted", "quote": b'"'}
    blocks = list(raw_blocks(stream, first, "utf-8", **opts))
    assert b"".join(blocks) == data
    path = tmp_path_factory.mktemp("csv") / "a.csv"
    path.write_bytes(data)
    with open(path, "rb") as fh:
        spans = list(file_spans(fh.fileno(), len(data), len(first), "utf-8", **opts))
    assert [data[a : a + n] for a, n in spans] == blocks
    at = 0
    for block in blocks[:-1]:
        at += len(block)
        before = data[:at].decode("utf-8")
        assert before.endswith("\n") and cut_csv(before) == len(before)
    fmt, prefix, rest = Csv(columns=("b",), delimiter=",").start(blocks[0].decode())
    pieces = [rest] + [b.decode() for b in blocks[1:]]
    whole = prefix + fmt.apply(str.upper, "".join(pieces))[0]
    assert prefix + "".join(fmt.apply(str.upper, p)[0] for p in pieces) == whole


@settings(max_examples=80, deadline=None)
@given(
    text=st.one_of(csv_texts, st.text(alphabet='a"\n\r,я', max_size=60).map("a,b\n".__add__)),
    chunk=st.integers(1, 64),
    sniff=st.integers(1, 40),
    tsv=st.booleans(),
)
@example(text='a,b\n"",aa","\n"', chunk=2, sniff=5, tsv=False)  # a stray quote, then "\n"
def test_csv_bytes_route_gives_the_text_routes_result_for_any_text(
    tmp_path_factory, text: str, chunk: int, sniff: int, tsv: bool
) -> None:
    # UTF-8 out: the blocks go as bytes; UTF-16 out: the parent decodes (the text route).
    # Same text, same line count, same error (a stray quote, a field not closed); the head
    # read for detection is made small so that the first block is cut too
    folder = tmp_path_factory.mktemp("csvroutes")
    src = folder / ("in.tsv" if tsv else "in.csv")
    src.write_bytes(text.encode("utf-8"))
    byte_route, text_route = _both_routes(src, chunk, sniff, "utf-8", columns=("2",))
    assert byte_route == text_route


def test_a_stray_quote_in_a_field_that_is_not_quoted_is_a_plain_character_for_every_cut(
    tmp_path,
) -> None:
    # found by hypothesis: the cuts counted the quote of `aa"` (parity), the reader does not;
    # a cut at the line end inside the quoted third field made the rest "not closed", for
    # some chunk and head sizes on either route, and a converted record for others
    text = 'a,b\n"",aa","\n"'
    src = tmp_path / "in.csv"
    src.write_bytes(text.encode())
    for chunk in (1, 2, 3, 5, 8, 13, 64):
        for sniff in (1, 5, 13, 40, None):
            for route in _both_routes(src, chunk, sniff, "utf-8", columns=("2",)):
                assert route == ('a,b\n"","AA""","\n"', 3, 1, []), (chunk, sniff)


def test_a_detected_delimiter_is_known_before_the_first_cut(tmp_path) -> None:
    # the cuts need the delimiter (a quote after `;` opens a field, after `,` it would not):
    # it is sniffed from the head before the blocks are cut, not from the first block
    text = 'a;b\nx;"p\nq"\ny;z"\n'
    src = tmp_path / "in.csv"
    src.write_bytes(text.encode())
    for chunk in (1, 2, 5, 64):
        for sniff in (4, 12, None):
            for route in _both_routes(src, chunk, sniff, "utf-8", columns=("b",)):
                assert route == ('a;b\nx;"P\nQ"\ny;"Z"""\n', 4, 2, []), (chunk, sniff)


def _csv_reads(text: str, delimiter: str, quote: str) -> list[list[str]] | None:
    """The records of ``text`` as Python's csv module reads the whole of it (strict; lines
    end at LF only, so a CR alone outside quotes is an error, as it is for the format), or
    None where it refuses the text."""
    dialect: dict[str, Any] = {"delimiter": delimiter, "strict": True}
    dialect.update({"quotechar": quote} if quote else {"quoting": csv.QUOTE_NONE})
    try:
        return list(csv.reader(io.StringIO(text, newline="\n"), **dialect))
    except csv.Error:
        return None


# CSV-ish texts: the characters that matter and a few pieces that make stray quotes and quoted
# line breaks common (a run of CRs is made one: the csv module takes "\r\r\n" for one line
# end, the format refuses a CR alone outside quotes, CRs in a run included)
_csv_pieces = [*'a"\n\r,я;', 'a"', '"\n"', ',"', '""', "\r\n"]
_csvish = (
    st.lists(st.sampled_from(_csv_pieces), max_size=40)
    .map("".join)
    .map(lambda t: re.sub("\r+", "\r", t))
)


@settings(max_examples=150, deadline=None)
@given(
    body=_csvish,
    kind=st.sampled_from([",", ";", "\t"]),
    by_name=st.booleans(),
    chunk=st.integers(1, 64),
    sniff=st.integers(1, 40),
)
@example(body='"",aa","\n"', kind=",", by_name=False, chunk=2, sniff=5)  # the test above's
def test_csv_records_are_what_the_csv_module_reads_from_the_whole_file_on_every_route(
    tmp_path_factory, body: str, kind: str, by_name: bool, chunk: int, sniff: int
) -> None:
    # the blocks are cut where the reader ends its records, whatever the chunk and head
    # sizes and the route: the result is that of the csv module on the whole text, the
    # second column upper-cased (or an error where the module refuses the text)
    tsv = kind == "\t"
    text = f"a{kind}b\n" + (body.replace(",", "\t") if tsv else body)
    src = tmp_path_factory.mktemp("csvmodule") / ("in.tsv" if tsv else "in.csv")
    src.write_bytes(text.encode("utf-8"))
    options: dict[str, Any] = {"columns": ("b" if by_name else "2",), "delimiter": kind}
    routes = _both_routes(src, chunk, sniff, "utf-8", **options)
    assert routes[0] == routes[1]
    written, _, _, errors = routes[0]
    quote = "" if tsv else '"'
    rows = _csv_reads(text, kind, quote)
    if rows is None:
        assert errors
        return
    if any(len(row) == 1 for row in rows[1:]):  # a record with no second column (a blank
        assert errors and "no column 2" in errors[0][1]  # line, [], is none: kept as it is)
        return
    assert not errors
    expected = [[v.upper() if k == 1 else v for k, v in enumerate(row)] for row in rows[1:]]
    assert _csv_reads(written, kind, quote) == rows[:1] + expected


@settings(max_examples=100, deadline=None)
@given(
    body=_csvish,
    chunk=st.integers(1, 64),
    sniff=st.integers(1, 40),
    on_error=st.sampled_from(["fail", "skip"]),
)
@example(body='"\n"a', chunk=2, sniff=4, on_error="fail")  # a bad record, a line end inside
@example(body='"\n"a', chunk=2, sniff=4, on_error="skip")
@example(body='"x\ny",a\rb\nc\n', chunk=3, sniff=5, on_error="skip")
def test_bad_csv_records_are_the_same_for_any_chunk_head_and_route(
    tmp_path_factory, body: str, chunk: int, sniff: int, on_error: str
) -> None:
    # a bad record (a character after a closing quote, a CR alone) fails its file with the
    # error the reader gives on the whole text in one block, or is skipped: the reader goes
    # on at the line after its start, and so do the cuts, never before the character that
    # makes it bad (a block ending at a line end inside its quoted field: "not closed")
    text = "a,b\n" + body
    src = tmp_path_factory.mktemp("csvbad") / "in.csv"
    src.write_bytes(text.encode("utf-8"))
    fmt, prefix, rest = Csv(columns=("2",), delimiter=",").start(text)
    try:
        out, _, skipped = (
            fmt.apply_skipping(str.upper, rest)
            if on_error == "skip"
            else (
                *fmt.apply(str.upper, rest),
                [],
            )
        )
    except InputError as exc:
        out, skipped = None, [(exc.line, exc.message)]
    how = "skipped: " if on_error == "skip" else ""
    expected = (None if out is None else prefix + out, [(1 + n, how + w) for n, w in skipped])
    options: dict[str, Any] = {"columns": ("2",), "delimiter": ",", "on_error": on_error}
    for written, _, _, errors in _both_routes(src, chunk, sniff, "utf-8", **options):
        assert (written if on_error == "skip" or not errors else None, errors) == expected


def _both_routes(
    src: Path,
    chunk: int,
    sniff: int | None,
    encoding: str,
    count_changed: bool = True,
    outs: tuple[str, str] = ("utf-8", "utf-16"),
    **options: Any,
) -> list[tuple[Any, ...]]:
    """``src`` converted (str.upper) with each of ``outs`` as the output encoding: UTF-8 (or
    the input's own) sends blocks to the workers as bytes, UTF-16 takes the text route. Per
    route: what was written, the line and changed-line counts (of an input that did not fail:
    a failed one's depend on how many blocks were read before it failed) and the errors
    (``on_error="skip"``: the records skipped too).
    The head read for detection is ``sniff`` bytes (None: as shipped)."""
    from translit.io import Plan, RunOptions, run

    results = []
    for out_encoding in outs:
        out = src.with_name(f"out-{out_encoding}")
        opts = RunOptions(
            output=str(out),
            jobs=1,
            chunk_size=chunk,
            encoding=encoding,
            output_encoding=out_encoding,
            **options,
        )
        with pytest.MonkeyPatch.context() as mp:
            if sniff is not None:
                mp.setattr("translit.io.textio.SNIFF_BYTES", sniff)
            result = run(Plan(str.upper, (str(src),), opts))
        written = out.read_bytes().decode(out_encoding) if out.exists() else None
        f = result.files[0]
        errors = [(e.line, e.reason) for e in f.errors]
        changed = f.changed_lines if count_changed and not errors else None
        errors += [(e.line, f"skipped: {e.reason}") for e in f.skipped_records]
        results.append((written, None if errors else f.lines, changed, errors))
    return results


def _csv_export(records: int) -> bytes:
    """A CSV export with everything the raw cut must keep whole: a BOM, a header, CRLF record
    ends, LF and CRLF inside quotes, doubled quotes, a record longer than any block, no final
    line end."""
    rows = ["\ufeffid,текст,n\r\n"]
    for i in range(records):
        text = "Щука и ёж" if i % 3 else 'он сказал ""привет""\nи ушёл\r\nдомой'
        if i == records // 2:
            text = "длинная запись\n" * 400
        rows.append(f'{i},"{text}",{i % 7}\r\n')
    rows.append('последняя,"без ""конца""",0')
    return "".join(rows).encode("utf-8")


@pytest.mark.parametrize("encoding", ["utf-8", "cp1251"])
def test_csv_goes_to_the_workers_as_bytes_and_jobs_2_writes_what_jobs_1_writes(
    tmp_path, monkeypatch, encoding: str
) -> None:
    from translit.io import Plan, RunOptions, run
    from translit.io.runner import _Run

    src = tmp_path / "in.csv"
    text = _csv_export(3000).decode("utf-8")
    src.write_bytes((text if encoding == "utf-8" else text.removeprefix("\ufeff")).encode(encoding))

    def refuse(*_args: object) -> None:
        raise AssertionError("the parent decoded the CSV")

    monkeypatch.setattr(_Run, "text_through", refuse)
    outs = []
    for jobs in (1, 2):
        out = tmp_path / f"out{jobs}.csv"
        opts = RunOptions(
            output=str(out),
            jobs=jobs,
            chunk_size=1024,
            columns=("текст",),
            add_columns=("upper",),
            encoding=encoding,
            output_encoding=encoding,
        )
        result = run(Plan(str.upper, (str(src),), opts))
        assert result.exit_code == 0, result.files[0].errors
        assert result.files[0].lines == src.read_bytes().count(b"\n") + 1
        outs.append(out.read_bytes())
    assert outs[0] == outs[1]
    got = list(csv.reader(io.StringIO(outs[0].decode(encoding), newline="")))
    want = list(csv.reader(io.StringIO(src.read_bytes().decode(encoding), newline="")))
    assert got[0] == [*want[0][:2], "upper", want[0][2]]
    assert got[1:] == [[r[0], r[1], r[1].upper(), r[2]] for r in want[1:]]


def test_a_csv_error_names_its_line_from_a_block_of_bytes(tmp_path) -> None:
    from translit.io import Plan, RunOptions, run

    src = tmp_path / "in.csv"
    src.write_bytes(b"a,b\n" + b'1,"x\ny"\n' * 5000 + b'2,"z"w\n' + b"3,ok\n")
    for jobs in (1, 2):
        opts = RunOptions(output=str(tmp_path / "o.csv"), jobs=jobs, chunk_size=512, columns=("b",))
        (issue,) = run(Plan(str.upper, (str(src),), opts)).files[0].errors
        assert (issue.line, issue.reason) == (
            1 + 2 * 5000 + 1,
            "unexpected 'w' after a quoted field; `on_error` skip keeps such a record as it is"
            " and goes on",
        )


# -- UTF-16/32 blocks of bytes: cut at code units --------------------------------------------

_UNIT_CODECS = ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"]
# code units whose bytes hold 0x0A or 0x22 (U+0A0A, U+220A, U+0A22…), a surrogate pair, spaces
unit_texts = st.text(
    alphabet='аб x\t\r\n",\u0a0a\u220a\u0a22\u2222\u00a0\u3000\U0001f600\u0100', max_size=60
)


@settings(max_examples=150, deadline=None)
@given(text=unit_texts, encoding=st.sampled_from(_UNIT_CODECS))
def test_the_unit_shadow_has_a_newline_or_quote_exactly_where_the_text_has(
    text: str, encoding: str
) -> None:
    from translit.io.rawblocks import _shadow

    data = text.encode(encoding)
    units = text.encode("utf-16-le" if "16" in encoding else "utf-32-le")
    size = 2 if "16" in encoding else 4
    values = [int.from_bytes(units[i : i + size], "little") for i in range(0, len(units), size)]
    shadow = _shadow(data + b"\x00", encoding)  # a part of a unit at the end is left out
    assert len(shadow) == len(values)
    for ch in '\n"\t a':
        assert [i for i, b in enumerate(shadow) if b == ord(ch)] == [
            i for i, v in enumerate(values) if v == ord(ch)
        ]


@settings(max_examples=150, deadline=None)
@given(
    text=unit_texts,
    chunk=st.integers(1, 40),
    head=st.integers(0, 50),
    encoding=st.sampled_from(_UNIT_CODECS),
    mode=st.sampled_from(["text", "lines", "quoted"]),
    hard=st.sampled_from([None, 24]),
)
def test_utf16_and_utf32_bytes_are_cut_at_whole_characters_where_text_may_be_cut(
    tmp_path_factory, text: str, chunk: int, head: int, encoding: str, mode: str, hard: int | None
) -> None:
    from translit.io.rawblocks import file_spans, raw_blocks

    data = text.encode(encoding)
    stream = io.BytesIO(data)
    first = stream.read(head)
    opts = {"chunk_size": chunk, "mode": mode, "hard_limit": hard}
    opts["quote"] = b'"' if mode == "quoted" else b""
    blocks = list(raw_blocks(stream, first, encoding, **opts))
    assert b"".join(blocks) == data
    path = tmp_path_factory.mktemp("units") / "a.txt"
    path.write_bytes(data)
    with open(path, "rb") as fh:
        spans = list(file_spans(fh.fileno(), len(data), len(first), encoding, **opts))
    assert [data[a : a + n] for a, n in spans] == blocks
    before = ""
    for block in blocks[:-1]:
        piece = block.decode(encoding)  # whole characters: no unit, no surrogate pair cut
        before += piece
        if hard is not None:  # a long run may be cut anywhere between two characters
            pass
        elif mode == "quoted":
            assert piece.endswith("\n") and cut_csv(before) == len(before)
        else:
            assert piece.endswith("\n") or (mode == "text" and piece[-1] in " \t\r")
        if mode == "text" and not piece.endswith("\n") and piece[-1] in " \t\r":
            nxt = text[len(before)]
            assert not nxt.isspace()  # never before a no-break or ideographic space


def test_a_utf16_line_with_no_cut_is_cut_between_surrogate_pairs() -> None:
    from translit.io.rawblocks import file_spans, raw_blocks

    word = "щ" + "\U0001f600" * 100
    for encoding in ("utf-16-le", "utf-16-be"):
        data = word.encode(encoding)
        for hard in (6, 7, 8, 9):
            opts = {"chunk_size": 3, "hard_limit": hard}
            blocks = list(raw_blocks(io.BytesIO(data), b"", encoding, **opts))
            assert len(blocks) > 10
            assert "".join(b.decode(encoding) for b in blocks) == word  # each one alone
            with tempfile.TemporaryFile() as fh:
                fh.write(data)
                fh.flush()
                spans = list(file_spans(fh.fileno(), len(data), 0, encoding, **opts))
            assert [data[a : a + n] for a, n in spans] == blocks


@settings(max_examples=60, deadline=None)
@given(
    text=st.one_of(
        csv_texts, st.text(alphabet='a"\n\r,я\U0001f600\u0a0a', max_size=60).map("a,b\n".__add__)
    ),
    chunk=st.integers(1, 64),
    sniff=st.integers(4, 40),  # (the head holds the BOM: SNIFF_BYTES, or the whole input)
    encoding=st.sampled_from(["utf-16", "utf-16-be", "utf-32", "utf-32-le"]),
    fmt=st.sampled_from(["csv", "text"]),
    tail=st.sampled_from([b"", b"\x00"]),
)
def test_utf16_bytes_route_gives_the_text_routes_result(
    tmp_path_factory, text: str, chunk: int, sniff: int, encoding: str, fmt: str, tail: bytes
) -> None:
    # UTF-8 out: the blocks go as bytes, decoded by the workers in the input's byte order
    # (its BOM read once, by the parent); UTF-16 out (with a BOM): the text route. Same
    # result, whatever the format, the byte order and a part of a unit at the end
    folder = tmp_path_factory.mktemp("u16routes")
    src = folder / f"in.{fmt if fmt == 'csv' else 'txt'}"
    src.write_bytes(text.encode(encoding) + tail)
    # (a text line cut inside, after whitespace, counts once per piece: blocks may differ)
    byte_route, text_route = _both_routes(
        src,
        chunk,
        sniff,
        encoding,
        count_changed=fmt == "csv",
        errors="replace",
        columns=("2",) if fmt == "csv" else (),
    )
    assert byte_route == text_route


@pytest.mark.parametrize("encoding", ["utf-16", "utf-32"])
def test_utf16_goes_to_the_workers_as_bytes_and_jobs_2_writes_what_jobs_1_writes(
    tmp_path, monkeypatch, encoding: str
) -> None:
    # an Excel "Unicode text" export is UTF-16 with a BOM and tabs: its BOM is read once,
    # and each worker decodes its blocks in the BOM's byte order
    from translit.io import Plan, RunOptions, run
    from translit.io.runner import _Run

    rows = ["id\tтекст\r\n"] + [f"{i}\tЩука\U0001f600 ёж\u0a0a\r\n" for i in range(3000)]
    tsv = tmp_path / "in.tsv"
    tsv.write_bytes("".join(rows).encode(encoding))
    txt = tmp_path / "in.txt"
    txt.write_bytes((("ёж и " * 50 + "\n") * 400).encode(encoding))

    def refuse(*_args: object) -> None:
        raise AssertionError("the parent decoded the input")

    monkeypatch.setattr(_Run, "text_through", refuse)
    for src, text in ((tsv, "".join(rows)), (txt, ("ёж и " * 50 + "\n") * 400)):
        outs = []
        for jobs in (1, 2):
            out = tmp_path / f"out{jobs}{src.suffix}"
            opts = RunOptions(output=str(out), jobs=jobs, chunk_size=1000)
            if src is tsv:
                opts = opts.replace(columns=("текст",))
            result = run(Plan(str.upper, (str(src),), opts))
            assert result.exit_code == 0, result.files[0].errors
            assert result.files[0].encoding == encoding
            assert result.files[0].lines == text.count("\n")
            outs.append(out.read_bytes())
        assert outs[0] == outs[1]
        want = "".join([rows[0], *(r.upper() for r in rows[1:])]) if src is tsv else text.upper()
        assert outs[0].decode("utf-8") == want  # the BOM is not written back


def test_a_worker_refuses_a_block_of_a_file_replaced_or_shortened_meanwhile(tmp_path) -> None:
    from translit.io.rawblocks import Span
    from translit.io.workers import convert

    src = tmp_path / "a.txt"
    src.write_bytes("строка\n".encode() * 100)
    st_ = os.stat(src)
    codec = ("utf-8", "strict", "utf-8")
    good = Span(str(src), (st_.st_dev, st_.st_ino), 13, 26)
    assert convert(Text(), str.upper, good, False, codec) == (
        True,
        ("СТРОКА\n".encode() * 2, 2, [], [], (True, False, True), {}, (2, False)),
    )
    replaced = Span(str(src), (st_.st_dev, st_.st_ino + 1), 0, 13)
    assert convert(Text(), str.upper, replaced, False, codec) == (
        False,
        ("the input was replaced while it was read", 0, "", None),
    )
    beyond = Span(str(src), (st_.st_dev, st_.st_ino), 1300, 10, fd=os.open(src, os.O_RDONLY))
    try:
        ok, (message, *_) = convert(Text(), str.upper, beyond, False, codec)
    finally:
        os.close(beyond.fd)
    assert (ok, message) == (
        False,
        "the input became shorter while it was read (another program writes to it); "
        "convert it once nothing does",
    )


@pytest.mark.skipif(not hasattr(os, "memfd_create"), reason="results go through pipes here")
def test_two_workers_on_one_file_leave_no_file_and_no_memory_file_behind(tmp_path) -> None:
    from translit.io import Plan, RunOptions, run

    src = tmp_path / "big.txt"
    src.write_bytes("Русская армия\r\n".encode() * 20000)  # 60 blocks of 8 KiB
    out = tmp_path / "out.txt"
    before = block_slots()
    opts = RunOptions(output=str(out), jobs=2, chunk_size=8192)
    result = run(Plan(str.upper, (str(src),), opts))
    assert result.exit_code == 0 and result.files[0].lines == 20000
    assert out.read_bytes() == "РУССКАЯ АРМИЯ\r\n".encode() * 20000
    assert sorted(os.listdir(tmp_path)) == ["big.txt", "out.txt"]
    assert block_slots() == before  # the slots are closed with the pool


@pytest.mark.skipif(not hasattr(os, "memfd_create"), reason="output slots are memfds")
@pytest.mark.parametrize("name, hashed", [("o.txt", False), ("o.txt", True), ("o.txt.gz", False)])
def test_the_results_in_a_slot_are_written_as_the_bytes_they_are(tmp_path, name, hashed) -> None:
    # a worker writes each result at the start of its slot (a longer one, a shorter one with
    # the old tail left behind, an empty one); the parent writes it from its mapping of the
    # slot through a plain, hashed or compressing output
    import gzip
    import hashlib

    from translit.io.pool import write_file
    from translit.io.sinks import Sink
    from translit.io.workers import SlotViews

    results = [b"Vlasov\n" * 3000, b"Shchuka\n" * 9000, b"", b"Yozh\n" * 10, b"Ya\n" * 50000]
    slot = os.memfd_create("slot")
    views = SlotViews()
    sink = Sink(str(tmp_path / name), "utf-8", "strict", hashed=hashed)
    try:
        sink.write("head\n")
        for data in results:
            write_file(slot, data)
            with views.view(slot, len(data)) as view:
                sink.write_bytes(view)
        sink.write("end\n")
        sink.commit()
    finally:
        views.close()  # (every view released: an exported mapping would not close)
        os.close(slot)
    raw = (tmp_path / name).read_bytes()
    body = gzip.decompress(raw) if name.endswith(".gz") else raw
    assert body == b"head\n" + b"".join(results) + b"end\n"
    assert sink.size == len(raw)
    if hashed:
        assert sink.digest == hashlib.sha256(raw).hexdigest()


@pytest.mark.skipif(not hasattr(os, "memfd_create"), reason="output slots are memfds")
def test_the_slot_mappings_close_while_a_view_is_still_held() -> None:
    # `translit romanize missing.txt big.txt | head -1`: the BrokenPipeError's traceback held
    # the writer's views of a slot, and closing its mapping raised BufferError (exit 2)
    from translit.io.pool import write_file
    from translit.io.workers import SlotViews

    slot = os.memfd_create("slot")
    views = SlotViews()
    try:
        write_file(slot, b"Shchuka\n")
        kept = memoryview(views.view(slot, 8))  # (a view made of the view, as write_all does)
        views.close()
        assert bytes(kept) == b"Shchuka\n" and not views.maps
        kept.release()
    finally:
        os.close(slot)


def test_a_large_output_is_sent_to_the_disk_as_it_grows_and_written_whole(tmp_path) -> None:
    piece = bytes(range(256)) * 4096  # 1 MiB
    out = AtomicFile(tmp_path / "big.bin")
    out.write(piece[:-1])
    assert out.flushed == 0  # less than a MiB: nothing sent yet
    out.write(piece[-1:])
    for _ in range(8):
        out.write(piece)
    assert out.flushed == 9 * len(piece)  # writeback of each MiB started on the way
    out.commit()
    assert (tmp_path / "big.bin").read_bytes() == piece * 9


@pytest.mark.parametrize(
    ("make", "says"),
    [
        (lambda: RunOptions(globs="*.txt"), "`globs` is a tuple of str, not str"),
        (lambda: RunOptions(fields="text"), "`fields` is a tuple of str, not str"),
        (lambda: RunOptions(jobs="2"), "`jobs` is an int, not str"),  # type: ignore[arg-type]
        (lambda: RunOptions(chunk_size=1.5), "`chunk_size` is an int, not float"),  # type: ignore[arg-type]
        (lambda: RunOptions(output=3), "`output` is a str | None, not int"),  # type: ignore[arg-type]
        (lambda: Plan(str.upper, "a.txt"), "`sources` is a tuple of paths, not one path"),
    ],
)
def test_library_options_of_the_wrong_type_name_their_field(make: Any, says: str) -> None:
    """``RunOptions(globs="*.txt")`` was read one character at a time (a folder "matched none of
    '*', '.', 't', 'x', 't'"), ``Plan(f, "a.txt")`` read the inputs a, ., t, x, t, and
    ``jobs="2"`` failed in the run with "'<' not supported between 'str' and 'int'"."""
    with pytest.raises(TypeError, match=re.escape(says)):
        make()


def test_library_options_take_lists_and_paths(tmp_path: Path) -> None:
    src = tmp_path / "a.txt"
    src.write_text("Щука\n", encoding="utf-8")
    opts = RunOptions(output=tmp_path / "o.txt", fields=[], jobs=1)  # type: ignore[arg-type]
    result = run(Plan(partial(romanize, lang="ru"), [src], opts))  # type: ignore[arg-type]
    assert [f.status for f in result.files] == ["ok"]
    assert (tmp_path / "o.txt").read_text(encoding="utf-8") == "Shchuka\n"


def test_report_of_inputs_into_an_unwritten_shared_output(tmp_path: Path) -> None:
    """``-o out.txt good.txt missing.txt --report r.json``: out.txt is not written (an input
    failed), yet good.txt was listed "ok" with output out.txt and no word of it."""
    good = tmp_path / "good.txt"
    good.write_text("Щука\n", encoding="utf-8")
    out = tmp_path / "out.txt"
    opts = RunOptions(output=str(out), jobs=1, report=str(tmp_path / "r.json"))
    result = run(Plan(partial(romanize, lang="ru"), (str(good), str(tmp_path / "no.txt")), opts))
    assert not out.exists() and result.exit_code == 1
    entry = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))["files"][0]
    assert entry["status"] == "ok"  # its conversion went well: the output is what failed
    assert entry["warnings"] == [
        f"{good}: converted, but its output {out} was not written (see the run's errors)"
    ]


def test_a_stream_block_is_not_held_twice_while_it_is_converted() -> None:
    # A line without a break from a pipe is cut at the hard limit; the reading buffer gave the
    # block's memory back only after the block was converted, so that memory was held twice
    # through the conversion (-j 1 from stdin, 200 MB: peak 420 MiB against 286 from a file).
    import tracemalloc

    from translit.io.rawblocks import raw_blocks

    mib = 1 << 20
    limit = 12 * mib  # above the buffer's own threshold for giving memory back (8 MiB)
    data = "а".encode() * (15 * mib)  # 30 MiB of one Cyrillic letter: no line end, no space
    tracemalloc.start()
    try:
        base = tracemalloc.get_traced_memory()[0]
        total = 0
        for block in raw_blocks(io.BytesIO(data), b"", "utf-8", chunk_size=mib, hard_limit=limit):
            total += len(block)
            text = block.decode()  # what converting it costs besides: twice its bytes (UCS-2)
            del text, block
        peak = tracemalloc.get_traced_memory()[1] - base
    finally:
        tracemalloc.stop()
    assert total == len(data)
    # the block, its text and the buffer while it grows to the next cut: 4 blocks; 5 before
    assert peak < 4.5 * limit, peak / mib
