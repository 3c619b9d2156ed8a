"""detect43: ``detect`` on records reports the language romanize uses, and the report counts it.

``translit detect --field/--column``, the pandas accessor's ``detect()`` and Dask's
``detect_bag``/``detect_frame`` decided each value alone (a Ukrainian column's Петрович: ru)
while romanize read it within its column (Petrovych): now both are
``translit.autodetect.record_decision`` (``lang_source`` own or column), and a record file's
``--report`` counts the values by the language they were romanised in (``langs``,
``lang_sources``) beside the file's first decision (``lang``, kept). The values are pieces of
the shared UD corpus files (uk-iu, ru-gsd, be-hse, bg-btb).
"""

from __future__ import annotations

import collections
import json
import random
from pathlib import Path

import pytest
from conftest import needs_corpus, record_pieces, translit_cli
from hypothesis import example, given
from hypothesis import strategies as st

import translit
from translit.autodetect import (
    RECORD_MODES,
    column_language,
    detect,
    record_decision,
    record_language,
    record_mode,
)
from translit.cli.detect import RECORD_MODES as CLI_MODES
from translit.detection import LANGUAGES, decide_in
from translit.detection import detect as detect_alone
from translit.errors import ParameterError


def _jsonl(path: Path, texts: list[str]) -> Path:
    path.write_text(
        "".join(json.dumps({"text": t}, ensure_ascii=False) + "\n" for t in texts),
        encoding="utf-8",
    )
    return path


def _run(*args: str | Path) -> str:
    res = translit_cli(*args)
    assert res.returncode == 0, res.stderr.decode()
    return res.stdout.decode("utf-8")


def _romanized(path: Path, *opts: str) -> list[str]:
    out = _run("romanize", "-q", *opts, "--field", "text", path)
    return [json.loads(line)["text"] for line in out.splitlines()]


# -- the command line: detect's rows are romanize's languages ----------------------------------


@needs_corpus
def test_detect_says_of_each_record_the_language_romanize_writes_it_in(tmp_path: Path) -> None:
    """A Ukrainian file of short pieces with a few Russian ones: detect's row of each record is
    the language whose ``romanize -l ROW`` output is ``romanize -l auto``'s, record for record
    (before: 16 % of such pieces said ru, romanised as uk); -l auto-line keeps each alone."""
    texts = [*record_pieces("uk", 160, 43), "Петрович", "Щёлково", *record_pieces("ru", 12, 43)]
    random.Random(43).shuffle(texts)
    path = _jsonl(tmp_path / "uk.jsonl", texts)
    rows = _run("detect", "--field", "text", path).split()
    auto = _romanized(path)
    by_lang = {lang: _romanized(path, "-l", lang) for lang in set(rows) - {"und"}}
    for k, (row, text) in enumerate(zip(rows, texts, strict=True)):
        if row != "und":
            assert by_lang[row][k] == auto[k], (text, row)
    assert rows[texts.index("Петрович")] == "uk"  # (alone: ru, Petrovich; romanised Petrovych)
    alone = _run("detect", "--field", "text", "-l", "auto-line", path).split()
    assert alone == [detect(t) for t in texts]
    assert alone[texts.index("Петрович")] == "ru"
    assert sum(a != b for a, b in zip(rows, alone, strict=True)) >= 10  # (the column lent)


def test_explain_and_summary_say_which_values_took_the_files_language(tmp_path: Path) -> None:
    """--explain's first line of a record says ``lang_source: own`` or ``column`` (and what
    the value is alone); --summary counts the values lent the file's language."""
    path = _jsonl(tmp_path / "places.jsonl", ["Київ", "Харків", "Петрович", "Львів"])
    heads = [
        line
        for line in _run("detect", "--explain", "--field", "text", path).splitlines()
        if not line.startswith(" ")
    ]
    assert len(heads) == 4
    assert heads[0].startswith("language: uk (lang_source: own; the name Київ")
    assert heads[2].startswith(
        "language: uk (lang_source: column: the file's language uk, where the value alone is ru"
    )
    summary = _run("detect", "--summary", "--field", "text", path)
    assert summary.endswith(": 4 records: uk 4 (100.0%); 1 value in the file's language (uk)\n")
    csv_path = tmp_path / "places.csv"
    csv_path.write_text("id,place\n1,Київ\n2,Харків\n3,Петрович\n4,Львів\n", encoding="utf-8")
    assert _run("detect", "--column", "place", csv_path).split() == ["uk"] * 4


def test_a_record_of_values_of_two_languages_names_both(tmp_path: Path) -> None:
    """Two fields are romanised each in its own language: the record's row names each, in
    order; a field without Cyrillic adds none."""
    path = tmp_path / "two.jsonl"
    path.write_text(
        '{"a": "Київ — столиця України", "b": "Москва — столица России"}\n'
        '{"a": "Львів — місто", "b": "Lviv"}\n',
        encoding="utf-8",
    )
    assert _run("detect", "--field", "a", "--field", "b", path).split() == ["uk,ru", "uk"]


def test_lang_applies_to_records_only(tmp_path: Path) -> None:
    """Lines are each decided alone already: -l without --field/--column is refused (exit 2)."""
    path = tmp_path / "a.txt"
    path.write_text("Петрович\n", encoding="utf-8")
    res = translit_cli("detect", "-l", "auto-line", path)
    assert res.returncode == 2 and "--lang applies to the records" in res.stderr.decode()
    assert CLI_MODES == RECORD_MODES  # (the command's choices, without importing detection)


# -- the report: what was used ----------------------------------------------------------------


@needs_corpus
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_the_report_counts_the_values_by_the_language_they_were_romanised_in(
    tmp_path: Path, jobs: str
) -> None:
    """``--report`` gave the file's first decision as ``lang`` and nothing else: now also
    ``langs`` (values by language, as detect's rows), ``lang_sources`` (own, column) and
    ``within``, per file and summed in the summary; ``lang`` keeps its meaning (a str). The
    file is cut in several blocks (``--chunk-size``) and, with -j 2, converted by workers."""
    texts = record_pieces("uk", 300, 7) + record_pieces("ru", 20, 7) + ["NATO", "42"]
    random.Random(7).shuffle(texts)
    path = _jsonl(tmp_path / "uk.jsonl", texts)
    rows = _run("detect", "--field", "text", path).split()
    report = tmp_path / "run.json"
    res = translit_cli(
        "romanize", "-v", "-j", jobs, "--field", "text", "--report", report, "-o",
        tmp_path / "out.jsonl", path,
    )  # fmt: skip
    assert res.returncode == 0, res.stderr.decode()
    data = json.loads(report.read_text(encoding="utf-8"))
    (entry,) = data["files"]
    assert entry["lang"] == entry["within"] == "uk"
    assert entry["langs"] == dict(collections.Counter(rows))
    lent = sum(a != b for a, b in zip(rows, map(detect, texts), strict=True))
    assert entry["lang_sources"] == {"own": len(texts) - lent, "column": lent}
    assert data["summary"]["langs"] == entry["langs"]
    said = res.stderr.decode()
    ranked = sorted(entry["langs"].items(), key=lambda kv: (-kv[1], kv[0]))
    values = f"{len(texts)} values: " + ", ".join(f"{k} {n}" for k, n in ranked)
    assert f"{values} ({lent} in the file's language)" in said, said
    small = translit_cli(
        "romanize", "-j", jobs, "--chunk-size", "4K", "--field", "text", "--report", report,
        "-o", tmp_path / "out.jsonl", path,
    )  # fmt: skip
    assert small.returncode == 0
    counted = json.loads(report.read_text(encoding="utf-8"))["files"][0]["langs"]
    assert sum(counted.values()) == len(texts)  # (each block's values counted once)


@needs_corpus
@pytest.mark.parametrize("suffix", ["jsonl", "csv"])
def test_auto_line_on_records_counts_the_values_too(tmp_path: Path, suffix: str) -> None:
    """``-l auto-line`` on records gave the report no counts (``lang: auto-line`` alone): now
    ``langs`` holds the values by the language each has alone (``detect -l auto-line``'s rows),
    ``lang_sources`` says they are all their own, and the output is as before (each line of a
    value in its own language)."""
    texts = record_pieces("uk", 120, 44) + record_pieces("ru", 40, 44) + ["NATO"]
    random.Random(44).shuffle(texts)
    if suffix == "jsonl":
        path, opt = _jsonl(tmp_path / "a.jsonl", texts), "--field"
    else:
        path, opt = tmp_path / "a.csv", "--column"
        path.write_text("text\n" + "".join(f'"{t}"\n' for t in texts), encoding="utf-8")
    rows = _run("detect", opt, "text", "-l", "auto-line", path).split()
    report = tmp_path / "run.json"
    _run("romanize", "-l", "auto-line", opt, "text", "--report", report, "-o",
         tmp_path / f"o.{suffix}", path)  # fmt: skip
    (entry,) = json.loads(report.read_text(encoding="utf-8"))["files"]
    assert entry["lang"] == "auto-line" and "within" not in entry
    assert entry["langs"] == dict(collections.Counter(rows))
    assert entry["lang_sources"] == {"own": len(texts)}
    out = (tmp_path / f"o.{suffix}").read_text(encoding="utf-8")
    for text, row in zip(texts, rows, strict=True):
        if row != "und":
            assert translit.romanize(text, lang=row) in out


def test_a_plain_text_report_is_as_before(tmp_path: Path) -> None:
    """Plain text is romanised in the file's one language: no value counts."""
    path = tmp_path / "a.txt"
    path.write_text("Київ\nХарків\n", encoding="utf-8")
    report = tmp_path / "run.json"
    _run("romanize", "--report", report, "-o", tmp_path / "o.txt", path)
    data = json.loads(report.read_text(encoding="utf-8"))
    assert data["files"][0]["lang"] == "uk"
    assert "langs" not in data["files"][0] and "langs" not in data["summary"]


# -- pandas and Dask ------------------------------------------------------------------------------


@needs_corpus
def test_pandas_and_dask_detect_what_their_romanize_uses() -> None:
    """The accessor's ``detect()`` and Dask's ``detect_bag``/``detect_frame`` name, for each
    value, the language whose ``romanize(lang=…)`` gives the accessor's ``romanize()``."""
    pd = pytest.importorskip("pandas")
    import translit
    import translit.integrations.pandas  # (registers .translit)

    texts = [*record_pieces("uk", 80, 11), "Петрович", *record_pieces("be", 8, 11)]
    s = pd.Series(texts, dtype=object)
    langs, out = s.translit.detect().tolist(), s.translit.romanize().tolist()
    for text, lang, romanized in zip(texts, langs, out, strict=True):
        if lang != "und":
            assert translit.romanize(text, lang=lang) == romanized, (text, lang)
    assert langs[texts.index("Петрович")] == "uk"
    assert s.translit.detect("auto-line").tolist() == [detect(t) for t in texts]
    sources = s.translit.lang_source().tolist()
    assert sources[texts.index("Петрович")] == "column"
    assert all((src == "own") == (lang == detect(t) or lang == "und")
               for t, lang, src in zip(texts, langs, sources, strict=True))  # fmt: skip
    with pytest.raises(ParameterError, match="`lang` is 'auto'"):
        s.translit.detect("uk")
    dd = pytest.importorskip("dask.dataframe")
    db = pytest.importorskip("dask.bag")
    from translit.integrations.dask import detect_bag, detect_frame

    bag = db.from_sequence(texts, npartitions=1)
    assert detect_bag(bag).compute(scheduler="sync") == langs
    frame = dd.from_pandas(pd.DataFrame({"p": texts}), npartitions=1)
    got = detect_frame(frame, "p").compute(scheduler="sync")
    assert got["p_lang"].tolist() == langs and got["p"].tolist() == texts
    alone = detect_frame(frame, ["p"], lang="auto-line", suffix="_alone").compute(scheduler="sync")
    assert alone["p_alone"].tolist() == [detect(t) for t in texts]


# -- the rule: one decision -----------------------------------------------------------------------

_CYRILLIC = st.text(
    st.sampled_from("абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґўјљњћђ АБВГДІЇЄҐЎ'-"), max_size=30
)


@given(_CYRILLIC, st.sampled_from(LANGUAGES))
@example("Петрович", "uk")
@example("Щёлково", "uk")
@example("Іван", "be")
def test_one_decision_gives_the_used_language_and_the_one_alone(text: str, within: str) -> None:
    """``decide_in``'s second answer is ``detect``'s; ``record_decision`` reports the used
    language (romanize's ``record_language``), ``own`` exactly where it is the value's alone
    and ``column`` only for the column's own language, which nothing else lends."""
    assert decide_in(text, within)[1] == detect_alone(text)
    found = record_decision(text, within)
    alone = detect(text)
    if alone == "und":
        assert found == ("und", "own")
    else:
        assert found.lang == record_language(text, within)
        assert (found.source == "own") == (found.lang == alone)
        assert found.source == "own" or found.lang == within
    assert record_decision(text, None) == (alone, "own")


def test_a_column_language_and_the_modes() -> None:
    """The column lends its language to a weak value and never overrides own letters."""
    within = column_language(["Київ", "Харків", "Львів", "Петрович"])
    assert within == "uk"
    assert record_decision("Петрович", within) == ("uk", "column")
    assert record_decision("Щука", "ru") == ("ru", "own")
    assert record_decision("Мінск — сталіца Беларусі", within) == ("be", "own")
    assert record_mode("AUTO", "x") == "auto"
    with pytest.raises(ParameterError, match="not 'ru'"):
        record_mode("ru", "detect()")
