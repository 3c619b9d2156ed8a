"""Inflected forms of Russian glossary terms, derived by the rule in ``ru_inflection.toml``.

Glossaries list Russian terms in the nominative; running text declines them ("Красной армии",
"власовцев"). :func:`ru_forms` derives the case forms of a term from its ending tables — the
rule, its word-selection ("head") policy and its sources are documented in the data file — so
apply and lookup match declined terms by rule, never by substring luck.

    >>> "Красной армии" in ru_forms("Красная армия")
    True
    >>> "власовцев" in ru_forms("власовцы")
    True
"""

from __future__ import annotations

import functools
import itertools
import tomllib
from importlib import resources
from typing import Any

from ..script import has_cyrillic

__all__ = ["ru_forms"]

_MAX_PER_SLOT = 32


@functools.cache
def _tables() -> dict[str, Any]:
    text = (resources.files("translit.glossary") / "ru_inflection.toml").read_text("utf-8")
    return tomllib.loads(text)


def _match(word: str, table: dict[str, list[str]], allow_empty: bool = True) -> tuple[str, str]:
    """(nominative ending, table key) of ``word`` — the longest ending in ``table`` — or ``("", "")``."""
    low = word.lower()
    best = None
    for ending in table:
        if (
            ending
            and low.endswith(ending)
            and len(low) > len(ending)
            and (best is None or len(ending) > len(best))
        ):
            best = ending
    if best is not None:
        return best, best
    if allow_empty and "" in table and low[-1:] in _tables()["spelling"]["consonants"]:
        return "", ""
    return "", "\0"


def _is_word(w: str) -> bool:
    return has_cyrillic(w) and not (sum(c.isalpha() for c in w) >= 2 and w.isupper())


def _slots(word: str, table: dict[str, list[str]], key: str, plural: bool) -> list[list[str]]:
    endings = table[key]
    if plural and len(endings) == 12:
        endings = endings[6:]
    stem = word[: len(word) - len(key)] if key else word
    sib = _tables()["spelling"]["velar_sibilant"]
    out = []
    for slot in endings:
        alts = []
        for ending in slot.split("|"):
            e = ending
            if e.startswith("ы") and stem[-1:].lower() in sib:
                e = "и" + e[1:]
            if word[-len(key) :].isupper() if key else word.isupper():
                e = e.upper()
            alts.append(stem + e)
        out.append(list(dict.fromkeys(alts)))
    return out


def _decline(word: str, kind: str, plural: bool) -> list[list[str]] | None:
    """Slot forms of one word (hyphenated words decline their last part), or ``None``."""
    if "-" in word:
        head, _, last = word.rpartition("-")
        got = _decline(last, kind, plural)
        return None if got is None else [[f"{head}-{f}" for f in s] for s in got]
    t = _tables()
    if kind == "adjective":
        table = t["adjective_plural"] if plural else t["adjective"]
        key = _match(word, table, allow_empty=False)[1]
        if key == "\0" and plural:
            key = _match(word, t["adjective"], allow_empty=False)[1]
            table = t["adjective"]
    elif kind == "surname":
        table = t["surname"]
        key = _match(word, table, allow_empty=False)[1]
    else:
        table = t["noun_plural"] if plural else t["noun"]
        key = _match(word, table, allow_empty=not plural)[1]
        if key == "\0":  # a substantivised adjective (военнопленные) declines as an adjective
            return _decline(word, "adjective", plural)
    if key == "\0":
        return None
    return _slots(word, table, key, plural)


def _is_adjective(word: str) -> bool:
    t = _tables()
    last = word.rpartition("-")[2]
    return (
        _match(last, t["adjective"], allow_empty=False)[1] != "\0"
        or _match(last, t["adjective_plural"], allow_empty=False)[1] != "\0"
    )


@functools.lru_cache(maxsize=1 << 16)
def ru_forms(term: str, proper: bool = False) -> tuple[str, ...]:
    """Every case form of the Russian ``term`` (the term itself first); ``()`` is never returned.

    ``proper=True`` (partOfSpeech ``properNoun``) declines every word, surnames in -ов/-ин by
    the surname table.

    >>> ru_forms("Андрей Андреевич Власов", proper=True)[2]
    'Андрею Андреевичу Власову'
    """
    words = term.split()
    if not words:
        return (term,)
    t = _tables()
    head: list[tuple[int, str]] = []
    for i, w in enumerate(words):
        if not _is_word(w):
            break
        if proper:
            sur = w[:1].isupper() and _match(w, t["surname"], allow_empty=False)[1] != "\0"
            head.append((i, "surname" if sur and (i or len(words) == 1) else "noun"))
            continue
        if i < len(words) - 1 and _is_adjective(w):
            head.append((i, "adjective"))
            continue
        head.append((i, "noun"))
        break
    if not head:
        return (term,)
    plural = False
    if not proper:
        for i, kind in head:
            last = words[i].rpartition("-")[2].lower()
            if kind == "adjective" and last[-2:] in t["adjective_plural"]:
                plural = True
            if kind == "noun" and last[-1:] in ("ы", "и"):
                plural = True
    declined: dict[int, list[list[str]]] = {}
    for i, kind in head:
        slots = _decline(words[i], kind, plural)
        if slots is None:
            if proper:
                continue
            break  # an undeclinable head word: keep the term as written
        declined[i] = slots
    if not declined:
        return (term,)
    n = min(len(s) for s in declined.values())
    out = [term]
    for k in range(n):
        per_word = [declined[i][k] if i in declined else [w] for i, w in enumerate(words)]
        for combo in itertools.islice(itertools.product(*per_word), _MAX_PER_SLOT):
            out.append(" ".join(combo))
    return tuple(dict.fromkeys(out))
