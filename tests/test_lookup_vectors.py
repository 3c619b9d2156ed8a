"""Glossary look-up gives what it gave before its tables were made lazy.

``tests/data/lookup_vectors.json`` holds, for varied queries over the shipped glossaries
(Latin, Cyrillic, inflected, names, ALL CAPS, look-alikes, nothing found), every match
:func:`translit.glossary.lookup` returned at commit a227a34, before the look-up built only the
romanisers and name tables a query needs: the expected values come from that old code, not
from the code under test. The queries are drawn from the glossaries' own terms (each k-th
term, as written, in capitals and in lower case) plus forms typed by hand (case forms of
Russian terms, German and French renderings of names, a mixed-script spelling).

Regenerate only from a tree whose look-up is trusted (the old code), never to make this
test pass: ``PYTHONPATH=<old tree> python tests/test_lookup_vectors.py > vectors.json``.
"""

from __future__ import annotations

import functools
import json
import sys
from pathlib import Path
from typing import Any

import pytest

from translit.glossary import load, lookup, shipped, shipped_path

VECTORS = Path(__file__).parent / "data" / "lookup_vectors.json"

#: forms typed by hand: case forms, names in reader spellings, capitals, look-alikes, misses
TYPED = [
    "Наркомата", "наркоматом", "Власовцам", "власовцев", "Красной армии", "красноармейцы",
    "Русской освободительной армии", "РОА", "вс Конр", "КОНР", "ROA", "Vlasovtsy", "Wlassow",
    "Vlassov", "Wlassow-Leute", "Tchaïkovski", "Tschaikowski", "Чайковского", "Jelzin",
    "Eltsine", "Gorbatschow", "KHRUSHCHEV", "Chruschtschow", "Moskau", "Moscou", "Kyiv",
    "Kiev", "Kijew", "Харькове", "Charkiw", "Лукашэнка", "Lukaschenka", "Sovnarkom",
    "Sownarkom", "NKVD", "NKWD", "нквд", "НКВД", "Cheka", "Tscheka", "Tchéka", "WTschK",
    "Goulag", "GULAG", "гулага", "Politburo", "Политбюро", "Gosplan", "Госплана", "Komsomol",
    "SMERSch", "Smersh", "СМЕРШ", "Kaminski", "Lokot", "Локоть", "Dabendorf", "Osttruppen",
    "Hiwi", "Peter the Great", "Пётр Великий", "Pierre le Grand", "Petr Velikii",
    "Katharina II.", "Stalin", "Сталина", "Staline", "Trotzki", "Trotski", "Троцкий",
    "Zhukov", "Schukow", "Joukov", "Жукова", "Пушкин", "Puschkin", "Pouchkine", "Pushkin",
    "Sankt Petersburg", "Saint-Pétersbourg", "Санкт-Петербурге", "Volgograd", "Stalingrad",
    "Сталинградская битва", "Kursk", "Курской", "Beria", "Berija", "Берия", "Jeschow",
    "Ежов", "ежовщина", "Yezhovshchina", "Ukrainian SSR", "УРСР", "Голодомор", "Holodomor",
    "ОУН", "UPA", "УПА", "Bandera", "Бандера", "Mińsk", "Минск", "Мінск", "Belarus",
    "Беларусь", "Алматы", "Almaty", "Астана", "Astana", "Bichkek", "Бишкек", "Ulan-Bator",
    "Улан-Батор", "Београд", "Beograd", "Скопје", "Skopje", "София", "Sofia",
    "Kнязь", "Мaкeдoниja", "PОА", "ww2", "zzzz", "!!!", "Unknown Term", "Иванов",
    "Ivanov", "Iwanow", "Ivanoff", "Горбачев", "Хрущев", "ВКП б", "вкп (б)", "Red  Army",
    "Soviet-Union", "Narkomat", "Russkaya osvoboditelnaya armiya", "Vlasovcy", "Vlasovtsi",
    "Krasnaya armiya", "Sovetskii Soyuz", "Sovetskij Sojuz", "Narodnyi komissariat",
    "Komitet gosudarstvennoi bezopasnosti", "Gosudarstvennaya Duma", "Politbyuro",
    "Glavnoe upravlenie lagerei", "Smert shpionam", "Kolkhoz", "kolkhozy", "Kolchos",
    "Osoboe soveshchanie", "Vserossiiskaya", "Derzhavna", "Ukrainska", "ДУМА", "ГосДума",
]  # fmt: skip

#: the glossaries queried: each file alone, and all shipped ones merged
GLOSSARIES = ("ww2-roa.tbx", "soviet-institutions.tbx", "shipped")


@functools.cache
def _glossary(name: str) -> Any:
    return shipped() if name == "shipped" else load(shipped_path(name))


def _drawn(name: str, count: int = 60) -> list[str]:
    """``count`` terms of the glossary evenly spaced, as written, in capitals and in lower case."""
    terms = [t.text for c in _glossary(name).concepts for t in c.terms]
    out = []
    for text in terms[:: max(1, len(terms) // count)]:
        out += [text, text.upper(), text.lower()]
    return list(dict.fromkeys(out))


def queries(name: str) -> list[str]:
    """The queries asked of the glossary ``name``."""
    return list(dict.fromkeys([*TYPED, *_drawn(name)]))


def matches(name: str, query: str) -> list[list[Any]]:
    """What the look-up finds: concept, reason, score, matched term and language, target."""
    g = _glossary(name)
    return [
        [m.concept.id, m.reason, m.score, m.term.text, m.term.lang, m.target and m.target.text]
        for m in lookup(g, query, target="de")
    ]


def _vectors() -> dict[str, dict[str, list[list[Any]]]]:
    if not VECTORS.exists():  # pragma: no cover - the file ships with the tests
        pytest.fail(f"{VECTORS} is missing")
    data: dict[str, dict[str, list[list[Any]]]] = json.loads(VECTORS.read_text("utf-8"))
    return data


@pytest.mark.parametrize("name", GLOSSARIES)
def test_lookup_as_before(name: str) -> None:
    want = _vectors()[name]
    assert len(want) >= 150  # the typed queries and the drawn ones
    for query, expected in want.items():
        assert matches(name, query) == expected, query


def test_vectors_cover_every_kind() -> None:
    """The recorded look-ups hold every kind of match, and misses."""
    reasons = {m[1].split(" ")[0] for v in _vectors().values() for ms in v.values() for m in ms}
    assert {"exact", "case", "folded", "inflected", "romanised", "look-alikes", "name"} <= reasons
    assert any(not ms for v in _vectors().values() for ms in v.values())


if __name__ == "__main__":  # pragma: no cover - writes the vectors (see the docstring)
    json.dump(
        {name: {q: matches(name, q) for q in queries(name)} for name in GLOSSARIES},
        sys.stdout,
        ensure_ascii=False,
        indent=0,
    )
    sys.stdout.write("\n")
