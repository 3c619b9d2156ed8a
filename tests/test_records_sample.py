"""autoline48: ``-l auto`` on records is decided on the selected values of the records within
the input's first 4 Mi characters (``reading.SAMPLE_CHARS``), its first 200 at most, where its
first 64 KiB hold fewer: not on a huge first record's values alone.

The case autoline47 found: JSONL records of 84 KB that each carry a large field that is not
converted (a page's HTML) beside a short title (``--field t``). The file was read as Russian
from its first title (``Гоголь`` → ``Gogolʹ``) while the same records without the big field
were Ukrainian (``Hohol``). The titles are written here: Ukrainian place and family names and
a sentence of Ukrainian Wikipedia's style.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from translit.autodetect import RECORD_SAMPLE, records_language
from translit.cli.romanize import RomanizeSpec
from translit.io import Plan, RunOptions, run
from translit.io import reading as reading_module
from translit.io.formats import format_for, record_values
from translit.io.options import MAX_CHUNK_SIZE, MIN_CHUNK_SIZE
from translit.io.textio import RECORD_SAMPLE as READERS_SAMPLE
from translit.io.textio import SNIFF_BYTES

#: the titles: "Гоголь" alone reads as Russian; the others are Ukrainian by their letters
TITLES = (
    "Гоголь",
    "Київ — столиця України, місто на Дніпрі",
    "Гоголь",
    "Шевченко",
    "Львів і Одеса",
)
#: a page's HTML, not converted: 84 KB with the title
PAGE = "<div class='mw-parser-output'><p>" + "lorem ipsum dolor sit amet " * 3100 + "</p></div>"


def _rows(sizes: list[int]) -> list[dict[str, str]]:
    return [{"html": PAGE[:size], "t": TITLES[i % len(TITLES)]} for i, size in enumerate(sizes)]


def _write(path: Path, rows: list[dict[str, str]]) -> Path:
    if path.suffix == ".jsonl":
        lines = (json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
        path.write_text("".join(lines), encoding="utf-8")
    else:
        with path.open("w", encoding="utf-8", newline="") as fh:
            out = csv.writer(fh, lineterminator="\n")
            out.writerow(["html", "t"])
            out.writerows([r["html"], r["t"]] for r in rows)
    return path


def _run(path: Path, chunk_size: int, jobs: int = 1) -> tuple[str, str]:
    """The output of ``romanize -l auto`` of ``path``'s titles, and the language its values
    are decided within (the report's ``within``)."""
    kind = path.suffix[1:]
    out, report = path.with_suffix(f".out{chunk_size}-{jobs}.{kind}"), path.with_suffix(".json")
    opts = RunOptions(
        output=str(out),
        jobs=jobs,
        chunk_size=chunk_size,
        fields=("t",) if kind == "jsonl" else (),
        columns=("t",) if kind == "csv" else (),
        report=str(report),
        quiet=True,
    )
    result = run(Plan(RomanizeSpec(lang="auto"), (str(path),), opts))
    assert result.exit_code == 0
    within = json.loads(report.read_text(encoding="utf-8"))["files"][0]["within"]
    return out.read_text(encoding="utf-8"), within


def _titles(text: str, kind: str) -> list[str]:
    if kind == "jsonl":
        return [json.loads(line)["t"] for line in text.splitlines()]
    return [row[1] for row in csv.reader(io.StringIO(text))][1:]


@pytest.mark.parametrize("kind", ["jsonl", "csv"])
@pytest.mark.parametrize("chunk_size", [4096, 65536, 1 << 20])
def test_large_records_are_decided_on_their_titles(
    tmp_path: Path, kind: str, chunk_size: int
) -> None:
    big = _write(tmp_path / f"big.{kind}", _rows([len(PAGE)] * 60))
    small = _write(tmp_path / f"small.{kind}", _rows([0] * 60))
    titles, within = _run(big, chunk_size)
    assert within == "uk"
    assert _titles(titles, kind).count("Hohol") == 24  # (before: Gogolʹ, the file read as ru)
    assert _titles(titles, kind) == _titles(_run(small, chunk_size)[0], kind)


def test_two_workers_and_detect_read_the_same_sample(tmp_path: Path) -> None:
    """``-j 2`` binds as ``-j 1`` does; ``translit detect --field`` (record_values) reads the
    same sample."""
    big = _write(tmp_path / "big.jsonl", _rows([len(PAGE)] * 60))
    assert _run(big, 4096, jobs=2) == _run(big, 1 << 20)
    said: list[str] = []
    for _ in record_values(format_for(str(big), fields=("t",)), str(big), sample=said.append):
        pass
    assert records_language(said[0]) == "uk"
    line = len(json.dumps(_rows([len(PAGE)])[0], ensure_ascii=False)) + 1
    taken = reading_module.SAMPLE_CHARS // line  # (the records wholly within 4 Mi: 50)
    assert said[0].split("\n") == [TITLES[i % len(TITLES)] for i in range(taken)]


def _expected_within(data: bytes, kind: str, limit: int) -> str:
    """The whole-file decision, read from the file's records here: the selected values of the
    records wholly within the first 64 KiB (or the first record), and where those are fewer
    than 200, of the records wholly within the first ``limit`` characters, 200 at most."""
    text = data.decode("utf-8")
    head = len(codecs.getincrementaldecoder("utf-8")().decode(data[:SNIFF_BYTES]))
    if kind == "jsonl":
        records = [(line, json.loads(line)["t"]) for line in text.splitlines(keepends=True)]
    else:
        lines = text.splitlines(keepends=True)  # (no quoted line end in these files)
        records = [(line, next(csv.reader([line]))[1]) for line in lines]
    ends, at = [], 0
    for line, _ in records:
        at += len(line)
        ends.append(at)
    in_head = sum(1 for e in ends if e <= head) or 1
    taken = in_head
    if in_head < RECORD_SAMPLE:
        taken = max(in_head, min(RECORD_SAMPLE, sum(1 for e in ends if e <= limit)))
    sample = "\n".join(v for _, v in records[:taken])[:SNIFF_BYTES]
    return records_language(sample)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.sampled_from(["jsonl", "csv"]),
    st.lists(st.sampled_from([0, 30, 2_000, 40_000, 70_000, len(PAGE)]), min_size=1, max_size=40),
    st.integers(MIN_CHUNK_SIZE, 1 << 19),
    st.sampled_from([150_000, 400_000, 4 << 20]),
)
@example("jsonl", [len(PAGE)] * 40, MIN_CHUNK_SIZE, 4 << 20)  # (before: ru)
@example("csv", [len(PAGE), 0, 0, 0, 0, 0] * 6, 8192, 4 << 20)  # (before: ru)
def test_any_record_and_block_sizes_give_the_whole_file_decision(
    tmp_path: Path, kind: str, sizes: list[int], chunk_size: int, limit: int
) -> None:
    path = _write(tmp_path / f"a.{kind}", _rows(sizes))
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(reading_module, "SAMPLE_CHARS", limit)
        whole = _run(path, MAX_CHUNK_SIZE)
        assert whole[1] == _expected_within(path.read_bytes(), kind, limit)
        assert _run(path, chunk_size) == whole


@settings(
    max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.integers(150, 260), st.integers(MIN_CHUNK_SIZE, 1 << 16))
def test_at_most_200_records_are_read(tmp_path: Path, n: int, chunk_size: int) -> None:
    """Records of 1 KB, Russian-looking titles first, Ukrainian ones from the 201st: the
    Ukrainian titles are never in the sample."""
    rows = [{"html": PAGE[:1000], "t": "Гоголь"} for _ in range(RECORD_SAMPLE)]
    rows += [{"html": PAGE[:1000], "t": "Київ і Львів"}] * (n - RECORD_SAMPLE)
    path = _write(tmp_path / "a.jsonl", rows[:n])
    assert _run(path, chunk_size)[1] == "ru"


def test_the_readers_sample_as_many_records_as_a_column_is_decided_on() -> None:
    assert READERS_SAMPLE == RECORD_SAMPLE
