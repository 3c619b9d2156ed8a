"""detect44: a file's ``-l auto`` decision does not depend on how its blocks are cut.

The runner decides a file's language on a sample of its start, which was the first block's: a
block of a regular file read with ``--chunk-size 4K`` that starts with a record longer than the
input's first 64 KiB ended earlier than one read with 256K, so a JSONL file whose first line is
long read as Russian at 4K and as Ukrainian at 256K (and ``translit detect``, which reads with
the default, said uk of the values ``romanize --chunk-size 4K`` wrote as Russian). The sample
is now the input's first 64 KiB (:data:`~translit.io.textio.SNIFF_BYTES`), cut at its last
record end, or the first record whole when the head holds none: the same for every block size.
The texts are sentences of the shared UD corpora (ru-gsd, uk-iu).
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

from conftest import needs_corpus, record_lines
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from translit.cli.romanize import RomanizeSpec
from translit.io import Plan, RunOptions, run
from translit.io.formats import format_for, record_values
from translit.io.options import MAX_CHUNK_SIZE, MIN_CHUNK_SIZE
from translit.io.reading import First, Reading
from translit.io.textio import SNIFF_BYTES, open_source

_CHUNKS = st.integers(MIN_CHUNK_SIZE, 1 << 20)


def _write(path: Path, kind: str, lead: int, fillers: int) -> Path:
    """A file of ``kind`` (txt, jsonl, csv) whose first record carries ``lead`` characters of
    Russian sentences (in a field that is not converted, for records), then ``fillers`` records
    without Cyrillic, then 300 Ukrainian sentences."""
    ru = " ".join(record_lines("ru"))[:lead]
    uk = record_lines("uk")[:300]
    if kind == "txt":
        path.write_text("\n".join([ru, *(["n/a"] * fillers), *uk]) + "\n", encoding="utf-8")
    elif kind == "jsonl":
        rows = [{"meta": ru, "text": "n/a"}, *({"text": "n/a"} for _ in range(fillers))]
        rows += ({"text": t} for t in uk)
        path.write_text(
            "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8"
        )
    else:
        with path.open("w", encoding="utf-8", newline="") as fh:
            out = csv.writer(fh)
            out.writerow(["meta", "text"])
            out.writerows([[ru, "n/a"], *(["", "n/a"] for _ in range(fillers))])
            out.writerows(["", t] for t in uk)
    return path


def _romanized(path: Path, chunk_size: int, report: Path) -> tuple[str, object, object]:
    """The output of ``romanize -l auto`` on ``path`` cut in blocks of ``chunk_size``, and the
    report's ``lang`` and ``within`` of it."""
    kind = path.suffix[1:]
    opts = RunOptions(
        output=str(path.with_suffix(f".out.{kind}")),
        jobs=1,
        chunk_size=chunk_size,
        fields=("text",) if kind == "jsonl" else (),
        columns=("text",) if kind == "csv" else (),
        report=str(report),
        quiet=True,
    )
    result = run(Plan(RomanizeSpec(), (str(path),), opts))
    assert result.exit_code == 0
    entry = json.loads(report.read_text(encoding="utf-8"))["files"][0]
    return (
        path.with_suffix(f".out.{kind}").read_text(encoding="utf-8"),
        entry.get("lang"),
        entry.get("within"),
    )


@needs_corpus
@settings(max_examples=12, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.sampled_from(["txt", "jsonl", "csv"]),
    st.integers(0, 90_000),
    st.integers(0, 2_000),
    _CHUNKS,
)
@example("jsonl", 40_000, 1_500, MIN_CHUNK_SIZE)  # (before: ru at 4K, uk at 256K)
@example("csv", 40_000, 1_500, MIN_CHUNK_SIZE)
@example("txt", 70_000, 100, 8192)
def test_the_output_is_the_same_whatever_the_block_size(
    tmp_path: Path, kind: str, lead: int, fillers: int, chunk_size: int
) -> None:
    path = _write(tmp_path / f"a.{kind}", kind, lead, fillers)
    whole = _romanized(path, MAX_CHUNK_SIZE, tmp_path / "whole.json")
    assert _romanized(path, chunk_size, tmp_path / "cut.json") == whole


@needs_corpus
def test_detect_on_records_and_romanize_at_4k_agree(tmp_path: Path) -> None:
    """The file of the example above: ``translit detect``'s file language (read with the
    default block size, as text) is the one ``romanize --chunk-size 4K`` binds to (a regular
    file's blocks, read by offset): of its first record, the one wholly in its first 64 KiB
    (before: the values of its first 4K or 256K block, ru or uk)."""
    path = _write(tmp_path / "a.jsonl", "jsonl", 40_000, 1_500)
    said: list[str] = []
    fmt = format_for(str(path), fields=("text",))
    for _ in record_values(fmt, str(path), sample=said.append):
        pass
    langs = {_romanized(path, size, tmp_path / "r.json")[1] for size in (4096, 16384, 1 << 18)}
    assert len(langs) == 1
    samples = set()
    for size in (4096, 16384, 1 << 18):
        with open_source(str(path)) as src:
            reading = Reading(src, fmt)
            mode = reading.byte_mode("utf-8")
            assert mode is not None
            first, blocks = reading.byte_blocks(mode, size)
            samples.add(first.sampled(blocks, reading.text_of)[0])
    assert samples == set(said)


def test_the_sample_is_the_heads_records_and_more_up_to_200() -> None:
    """A first block longer than the head: the sample is of the records wholly within the
    head, and (fewer than 200 there) of the block's next records (autoline48: the second
    record, mostly a field not converted, goes past the head; before, its title and the 50
    after it were not read); a first record longer than the head is read whole."""
    fmt = format_for("a.jsonl", fields=("text",))
    head = '{"text": "Київ"}\n'
    pad = '{"meta": "' + "x" * SNIFF_BYTES + '", "text": "Львів"}\n'
    text = head + pad + '{"text": "Москва"}\n' * 250
    assert First(fmt, "", text, text, 0, head=SNIFF_BYTES).sample() == "\n".join(
        ["Київ", "Львів"] + ["Москва"] * 198
    )
    short = head + '{"text": "Москва"}\n' * 3
    assert (
        First(fmt, "", short, short, 0, head=len(short)).sample() == "Київ\nМосква\nМосква\nМосква"
    )
