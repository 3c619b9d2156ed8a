"""Write translit/data/decisive_derived.toml: what the short cut of rule 3
(:func:`translit.detection._few_russian_words`) reads on every new short text, derived from
translit/data/decisive.toml, translit/data/decisive_words.toml, the given-name tables of
translit/data/names, the shipped
glossaries/names.csv and CLDR's place names as the installed Babel gives them (less the Russian
oblique forms of translit/data/names/oblique_ru.tsv), so
that a fresh process neither compiles the 63 spellings as one regex nor reads the CSV tables
to decide ``Андрей Власов`` (a third of that first call's instructions went to the two) or
``Тошкент``.

    python -m bench.decisive_derived          # rewrite the file after editing either source
    python -m bench.decisive_derived --check  # exit 1 if the file is stale

tests/test_decisive_derived.py fails when the file is stale. It holds:

- ``screen``: for each ``[[spelling]]`` of decisive.toml, in order, strings of one to three
  letters of which every match of its regex holds one (read from the parsed regex:
  :func:`triggers`), or none where the regex does not tell; a text holding none of them is
  not searched with that regex, nor is the regex compiled;
- ``[given]``: the spellings of ``[given_names]`` (lower case, ё as е) with the languages that
  spell a given name so where Russian does not, in the order detection prefers them
  (``prefer``, then :data:`translit.detection.LANGUAGES`), and "" for a Russian given name's
  spelling (:func:`given_spellings`);
- ``[alike]``: the names of data/names/given_names_alike.csv and the spellings of
  ``[given_names.alike]`` a South Slavic table holds, with their languages
  (:func:`translit.detection._alike_from_tables`);
- ``[words] lines``: the lines of data/decisive_words.toml (``python -m bench.decisive_words``
  writes them from wordfreq), a frequent word of other languages and its languages;
- ``[listed_names] lines``: the names of glossaries/names.csv, and CLDR's country and city names
  in the other languages' own locales, that decide a short text that is one of them as a whole
  (``[listed_names]`` of decisive.toml): each key (lower case, ё as е) with the spelling as
  listed, its languages and, for CLDR's, ``CLDR``, a line each
  (:func:`translit.detection._listed_lines`).

translit reads the file only while ``stamp``, a checksum of its sources in this project,
matches them: a stale file costs time, never a decision. The CLDR names are those of the Babel
the file was made with (``cldr``, its version): a snapshot, read whatever Babel is installed.
"""

from __future__ import annotations

import argparse
import functools
import sys
from pathlib import Path
from typing import Any

import translit
from translit._datafiles import load_toml
from translit.cldr import version
from translit.detection import (
    _alike_from_tables,
    _given_from_tables,
    _listed_from_tables,
    _listed_lines,
    _sources_stamp,
)
from translit.detection_patterns import item_chars

PATH = Path(translit.__file__).parent / "data" / "decisive_derived.toml"

#: the most strings a part of a regex is expanded into before it counts as unbounded
_CAP = 512


def _strings(items: Any) -> set[str] | None:
    """Every string the parsed sequence ``items`` can match, if they are few (zero-width items
    match ""), else None."""
    out = {""}
    for op, av in items:
        each = _one(op, av)
        if each is None:
            return None
        out = {a + b for a in out for b in each}
        if len(out) > _CAP:
            return None
    return out


def _one(op: Any, av: Any) -> set[str] | None:
    from re import _constants as k  # type: ignore[attr-defined]

    if op is k.LITERAL or op is k.IN:
        chars = item_chars(op, av, widest=256)
        return None if chars is None else set(chars)
    if op is k.SUBPATTERN:
        return _strings(av[-1])
    if op is k.BRANCH:
        out: set[str] = set()
        for branch in av[1]:
            s = _strings(branch)
            if s is None:
                return None
            out |= s
        return out
    if op in (k.MAX_REPEAT, k.MIN_REPEAT) and av[1] <= 4:
        one = _strings(av[2])
        if one is None:
            return None
        out, level = set(), {""}
        for n in range(av[1] + 1):
            if n >= av[0]:
                out |= level
            level = {a + b for a in level for b in one}
            if len(out | level) > _CAP:
                return None
        return out
    if op in (k.AT, k.ASSERT, k.ASSERT_NOT):
        return {""}  # zero width: what stands either side is adjacent in the text
    return None


@functools.cache
def _weights() -> dict[str, int]:
    """How often Russian text holds each triple and pair of letters, and each letter (per
    million: the ``triples``, ``pairs`` and ``letters`` of data/detection/ru.toml): a screen
    of pieces rare in Russian lets few Russian texts through."""
    ru = load_toml("detection", "ru.toml")
    out = {row[:3]: int(row[3:]) for row in str(ru["triples"]).split()}
    out.update({row[:2]: int(row[2:]) for row in str(ru["pairs"]).split()})
    out.update({row[0]: int(row[1:].split("/")[0]) for row in str(ru["letters"]).split()})
    return out


def _weight(piece: str) -> int:
    return _weights().get(piece, 0) + 1


def _cover(strings: set[str]) -> frozenset[str] | None:
    """Strings of one to three letters one of which each of ``strings`` holds (a string of one
    letter itself; of more, one of its pieces of two or three letters, chosen greedily: the
    piece rarest in Russian for the strings it covers), or None if one of them is empty."""
    if "" in strings:
        return None
    chosen = {s for s in strings if len(s) == 1}
    left = [s for s in strings if len(s) > 1]
    while left:
        counts: dict[str, int] = {}
        for s in left:
            for piece in {s[i : i + n] for n in (2, 3) for i in range(len(s) - n + 1)}:
                counts[piece] = counts.get(piece, 0) + 1
        best = min(counts, key=lambda p: (_weight(p) / counts[p], p))
        chosen.add(best)
        left = [s for s in left if best not in s]
    return frozenset(chosen)


def _best(found: list[frozenset[str]]) -> frozenset[str] | None:
    """The most selective of several sets each of which a match holds one of: the rarest in
    Russian together."""
    if not found:
        return None
    return min(found, key=lambda s: (sum(map(_weight, s)), sorted(s)))


def _sequence(items: Any) -> frozenset[str] | None:
    from re import _constants as k  # type: ignore[attr-defined]

    whole = _strings(items)
    if whole is not None:
        return _cover(whole)
    found: list[frozenset[str]] = []
    run: list[Any] = []
    for op, av in [*items, (None, None)]:
        if op is not None and _one(op, av) is not None:
            run.append((op, av))
            continue
        if run:  # a run of bounded items: adjacent in every match
            s = _strings(run)
            cover = _cover(s) if s is not None else None
            if cover:
                found.append(cover)
            run = []
        inner: frozenset[str] | None = None
        if op is k.SUBPATTERN:
            inner = _sequence(av[-1])
        elif op is k.BRANCH:
            each = [_sequence(b) for b in av[1]]
            inner = frozenset().union(*each) if all(e is not None for e in each) else None  # type: ignore[arg-type]
        elif op in (k.MAX_REPEAT, k.MIN_REPEAT) and av[0] >= 1:
            inner = _sequence(av[2])
        if inner:
            found.append(inner)
    return _best(found)


def triggers(pattern: str) -> tuple[str, ...]:
    """Strings of one to three characters every match of the regex ``pattern`` holds one of,
    sorted; () when the parsed pattern does not tell (a match may be empty, or is made of
    classes only).

    >>> triggers("ць(?!\\\\w)")
    ('ць',)
    >>> triggers("[бв]уу(?:да|га)")
    ('уу',)
    >>> triggers("(?<!\\\\w)\\\\w{3,}ийн(?!\\\\w)")
    ('ийн',)
    >>> triggers("\\\\w+")
    ()
    """
    import re
    from re import _parser  # type: ignore[attr-defined]

    parsed = _parser.parse(pattern)
    if parsed.state.flags & (re.IGNORECASE | re.VERBOSE):
        return ()
    found = _sequence(list(parsed))
    return tuple(sorted(found)) if found else ()


def _quoted(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


#: the file's header: it holds the spellings of the tables made from nam_dict, and so is under
#: their licence (GFDL section 4: notice, copyright, history, changes), as they are
HEADER = """\
# SPDX-License-Identifier: GFDL-1.2-no-invariants-or-later
# What the short cut of rule 3 of translit/detection.py reads, derived: do not edit.
# `python -m bench.decisive_derived` writes it; tests/test_decisive_derived.py fails when it is
# stale, and translit reads the sources instead while its stamp does not match them.
# Sources: translit/data/decisive.toml (its regexes: the screen), translit/data/decisive_words.toml
# ([words]: from wordfreq 3.1.1, Robyn Speer, data CC BY-SA 4.0, and for Belarusian the
# calibration half of UD Belarusian-HSE, CC BY-SA 4.0; see its header) and the given-name tables
# translit/data/names/given_names*.csv (their spellings), whose headers and rows name their own
# sources; the screen's pieces are chosen by the letter pairs of translit/data/detection/ru.toml;
# [listed_names]: the spellings of glossaries/names.csv (MIT; each row names its source) and the
# country and exemplar-city names of Unicode CLDR as the installed Babel gives them (lines ending
# in CLDR; Copyright (c) 1991-2025 Unicode, Inc., Unicode License v3: names, facts), less the
# forms of translit/data/names/oblique_ru.tsv.
# A Modified Version of nam_dict.txt ("List of first names and gender", version 1.2 of
# 2008-11-30, Jörg MICHAEL), as the PyPI package gender-guesser 0.4.0 ships it, through the
# tables given_names_bg.csv, given_names_mk.csv, given_names_sr.csv and given_names_alike.csv.
# Copyright (c) 2007-2008 Jörg MICHAEL (nam_dict.txt).
# Copyright (c) 2026 the translit developers (the modifications).
# Permission is granted to copy, distribute and/or modify this document under the terms of the
# GNU Free Documentation License, Version 1.2 or any later version published by the Free
# Software Foundation; with no Invariant Sections, no Front-Cover Texts, and no Back-Cover
# Texts. A copy of the license is in LICENSES/GFDL-1.2-no-invariants-or-later.txt (installed:
# the package's .dist-info/licenses/LICENSES/) and at
# https://www.gnu.org/licenses/old-licenses/fdl-1.2.html. This file is distributed WITHOUT
# ANY WARRANTY; without even the implied warranty of MERCHANTABILITY or FITNESS FOR A
# PARTICULAR PURPOSE. The rest of translit is under the MIT licence (docs/DATA_LICENCES.md).
# History: 2008, nam_dict.txt 1.2, Jörg MICHAEL; 2026, the tables above, then this file, the
# translit developers (publisher: the translit project).
# Changes from those tables: their spellings only, in lower case with ё as е, each with the
# languages that spell a given name so (frequency classes, reader forms and sources left out).
"""


def _counted() -> str:
    """``counted`` of data/decisive_words.toml (the languages whose words were counted on a
    corpus, with its name), as a line of TOML."""
    counted = load_toml("decisive_words.toml").get("counted", {})
    return "counted = { " + ", ".join(f"{k} = {_quoted(v)}" for k, v in counted.items()) + " }"


def _words_lines() -> list[str]:
    """The lines of data/decisive_words.toml (``word<TAB>languages``), as they are."""
    return str(load_toml("decisive_words.toml")["words"]).strip("\n").splitlines()


def render() -> str:
    """The text of the derived file, from its sources as they are now."""
    spellings = load_toml("decisive.toml").get("spelling", [])
    out = [
        *HEADER.splitlines(),
        "",
        "# a checksum of the sources: translit reads the file only while they are as it was made from",
        f"stamp = {_sources_stamp()}",
        "# the Babel (and so the CLDR release) whose country and city names [listed_names] holds",
        f"cldr = {_quoted(version())}",
        "",
        "# per [[spelling]] of decisive.toml, in order: one of these is in every match of its regex",
        "screen = [",
        *(f"  [{', '.join(map(_quoted, triggers(str(e['regex']))))}]," for e in spellings),
        "]",
        "",
        "# a given name's spelling: the languages that spell it so, Russian not (\"\": Russian's)",
        "[given]",
        *(
            f"{_quoted(k)} = {_quoted(' '.join(v))}"
            for k, v in sorted(_given_from_tables().items())
        ),
        "",
        "# the names that decide only beside such a surname: their languages",
        "[alike]",
        *(
            f"{_quoted(k)} = {_quoted(' '.join(v))}"
            for k, v in sorted(_alike_from_tables().items())
        ),
        "",
        "# a frequent word of other languages no Russian word form spells (decisive_words.toml):",
        "# the word, its languages",
        "[words]",
        _counted(),
        "lines = '''",
        *_words_lines(),
        "'''",
        "",
        "# a name of glossaries/names.csv or CLDR no Russian spelling has: its key, as listed,",
        "# languages (and CLDR: one of CLDR's)",
        "[listed_names]",
        "lines = '''",
        *_listed_lines(_listed_from_tables()).splitlines(),
        "'''",
    ]
    return "\n".join(out) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the file is stale")
    args = parser.parse_args(argv)
    text = render()
    if args.check:
        current = PATH.read_text(encoding="utf-8") if PATH.exists() else ""
        if current != text:
            print(f"{PATH} is stale: python -m bench.decisive_derived", file=sys.stderr)
            return 1
        return 0
    PATH.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
