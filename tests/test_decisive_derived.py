"""translit/data/decisive_derived.toml, what the short cut of rule 3 reads (derived from
data/decisive.toml, the given-name tables and glossaries/names.csv by
``python -m bench.decisive_derived``): current,
read, and its screen never hides a match of a spelling's regex."""

from __future__ import annotations

import re

import pytest
from conftest import CORPUS

from bench import decisive_derived
from translit import detection
from translit._datafiles import load_toml


def test_the_derived_file_is_current() -> None:
    # stale after an edit of decisive.toml or of a given-name table: run
    # `python -m bench.decisive_derived` (translit then reads the sources, slower, same decisions)
    assert decisive_derived.PATH.read_text(encoding="utf-8") == decisive_derived.render()
    assert detection._derived(), "the file's stamp does not match its sources"


def test_the_derived_names_are_those_of_the_tables() -> None:
    assert detection._given_names()[0] == detection._given_from_tables()
    assert detection._alike_names() == detection._alike_from_tables()
    lines = detection._listed_lines(detection._listed_from_tables())
    assert detection._listed_names() == "\n" + lines


def _screened_matches(texts: list[str]) -> tuple[int, list[tuple[str, str]]]:
    """How many matches of the spellings' regexes ``texts`` hold, and those whose matched
    text holds none of the pieces of the spelling's screen."""
    entries = load_toml("decisive.toml")["spelling"]
    screen = load_toml("decisive_derived.toml")["screen"]
    assert len(screen) == len(entries)
    found, hidden = 0, []
    for entry, pieces in zip(entries, screen, strict=True):
        rx = re.compile(entry["regex"])
        for text in texts:
            for m in rx.finditer(text.lower()):
                found += 1
                if pieces and not any(p in m.group() for p in pieces):
                    hidden.append((entry["regex"], m.group()))
    return found, hidden


def test_the_screen_holds_every_match_of_the_grammars_examples() -> None:
    # the words each spelling was written from (data/decisive.toml's `why`: Зеленський, цього,
    # гэтага, ...): every one is a match, and holds a piece of its spelling's screen
    texts = [e["why"] for e in load_toml("decisive.toml")["spelling"]]
    found, hidden = _screened_matches(texts)
    assert found > 30 and not hidden


def test_the_screen_holds_every_match_in_the_corpus() -> None:
    files = sorted(CORPUS.glob("*.txt"))
    if not files:
        pytest.skip("../shared/corpus is absent (only CI and developers have it)")
    lines = [line for f in files for line in f.read_text(encoding="utf-8").splitlines()]
    found, hidden = _screened_matches(lines)
    assert found > 1000 and not hidden, hidden[:5]


@pytest.mark.parametrize(
    ("pattern", "text"),
    [
        ("[сзц]ьк(?:ий|ого)(?!\\w)", "зеленський"),
        ("(?<!\\w)(?:що|щоб|його)(?!\\w)", "його"),
        ("[бвгдзклмнпрстфхцчшщ]уу(?:да|дан|га)(?!\\w)", "тоолордуудан"),
        ("(?<!\\w)\\w{3,}ийн(?!\\w)", "монголийн"),
        ("(?<![\\w/.-])з(?![\\w/.-])", "з"),
    ],
)
def test_triggers_are_in_each_match(pattern: str, text: str) -> None:
    pieces = decisive_derived.triggers(pattern)
    m = re.search(pattern, text)
    assert pieces and m and any(p in m.group() for p in pieces)


def _forget() -> None:
    for f in (detection._derived, detection._screen, detection._given_names):
        f.cache_clear()
    detection._screen_index.cache_clear()
    detection._screened.cache_clear()
    detection._alike_names.cache_clear()
    detection._listed_names.cache_clear()
    detection._line_table.cache_clear()
    detection._decisive_words.cache_clear()
    detection._detect_short.cache_clear()


def test_a_stale_file_changes_no_decision(monkeypatch: pytest.MonkeyPatch) -> None:
    # without the file (its stamp not matching), every spelling's regex runs and the tables
    # are read: the same decisions
    texts = ["Андрей Власов", "Олександр Усик", "Никола Груевски", "Зеленський", "гэтага"]
    texts += ["Тошкент", "Нови Сад", "Казан"]  # (glossaries/names.csv: uz, sr; a Russian word)
    texts += ["Рөстәм Миңнеханов", "Београд", "София", "Грек"]  # (names.csv: tt; CLDR: sr, ru)
    texts += ["Дякую", "Благодарам", "Не разумем"]  # (data/decisive_words.toml: uk, mk, sr)
    expected = [repr(detection.explain_language(t)) for t in texts]
    _forget()
    monkeypatch.setattr(detection, "_sources_stamp", lambda: -1)
    try:
        assert not detection._derived()
        assert [repr(detection.explain_language(t)) for t in texts] == expected
        assert [detection.detect(t) for t in texts] == [
            *("ru", "uk", "mk", "uk", "be"),
            *("uz", "sr", "ru"),
            *("tt", "sr", "ru", "ru"),
            *("uk", "mk", "sr"),
        ]
    finally:
        monkeypatch.undo()
        _forget()


def test_the_file_is_read_whatever_babel_is_installed(monkeypatch: pytest.MonkeyPatch) -> None:
    # the file holds a snapshot of CLDR's names (its `cldr`: the Babel it was made with); an
    # install with another Babel, or none, reads it all the same, with the same decisions
    import translit.cldr

    assert detection._derived()["cldr"] == translit.cldr.version()  # (made with this one)
    stamp = detection._sources_stamp()
    monkeypatch.setattr(translit.cldr, "places", lambda source, lang: {})
    monkeypatch.setattr(translit.cldr, "version", lambda: "0.0")
    _forget()
    try:
        assert detection._sources_stamp() == stamp
        assert detection._derived()
        assert detection.detect("Београд") == "sr"  # (a CLDR name: in the file, not read again)
    finally:
        monkeypatch.undo()
        _forget()
