"""Verification of a given romanisation: is ``latin`` a correct rendering of ``cyrillic``?

:func:`verify` romanises the Cyrillic under every Russian scheme (standards and reader
conventions, :func:`translit.schemes`) and under the three reader targets with their established
forms (``target:en``, ``target:de``, ``target:fr``), and compares. Title-casing differences,
apostrophe variants (' ’ ʹ ʼ) and runs of whitespace are ignored; everything else (letters,
diacritics, separators) must match. When nothing matches, the closest candidate (fewest
differing words, then most similar letters) is reported with a word-by-word diff.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import dataclass

__all__ = ["Verdict", "WordDiff", "candidates", "verify"]

_APOSTROPHES = re.compile("['’ʹʼ′`´‘]")
_TARGETS = ("en", "de", "fr")


@dataclass(frozen=True, slots=True)
class WordDiff:
    """One word of the given romanisation that differs from the expected one.

    ``index`` is the 0-based word position in the given text (-1 for a missing word);
    ``given`` is ``""`` when a word is missing, ``expected`` is ``""`` when one is extra.
    """

    index: int
    given: str
    expected: str


@dataclass(frozen=True, slots=True)
class Verdict:
    """The result of :func:`verify`; true when the romanisation is accepted.

    ``schemes`` lists every scheme (or ``target:xx``) that produces ``latin``; ``closest`` is the
    first of them, or the nearest candidate when none does, with its output in ``expected`` and
    the differing words in ``diff`` (empty when accepted).
    """

    cyrillic: str
    latin: str
    accepted: bool
    schemes: tuple[str, ...]
    closest: str
    expected: str
    diff: tuple[WordDiff, ...] = ()

    def __bool__(self) -> bool:
        return self.accepted


def _norm(s: str) -> str:
    s = unicodedata.normalize("NFC", s).casefold()
    s = _APOSTROPHES.sub("'", s)
    return " ".join(s.split())


def candidates(cyrillic: str) -> dict[str, str]:
    """Every scheme's (and reader target's) romanisation of ``cyrillic``, by label.

    >>> candidates("Ельцин")["target:de"]
    'Jelzin'
    """
    from .catalogue import get_romanizer, schemes
    from .names import romanize_for

    out: dict[str, str] = {}
    for info in schemes("ru"):
        if info["kind"] == "reverse":
            continue
        out[info["id"]] = get_romanizer(info["id"], "ru").romanize(cyrillic)
    for t in _TARGETS:
        out[f"target:{t}"] = romanize_for(cyrillic, t)
    return out


def _diff(given: str, expected: str) -> tuple[WordDiff, ...]:
    g_words = given.split()
    e_words = expected.split()
    g_norm = [_norm(w) for w in g_words]
    e_norm = [_norm(w) for w in e_words]
    out: list[WordDiff] = []
    sm = difflib.SequenceMatcher(a=g_norm, b=e_norm, autojunk=False)
    for op, i1, i2, j1, j2 in sm.get_opcodes():
        if op == "equal":
            continue
        n = max(i2 - i1, j2 - j1)
        for k in range(n):
            gi, ej = i1 + k, j1 + k
            out.append(
                WordDiff(
                    index=gi if gi < i2 else -1,
                    given=g_words[gi] if gi < i2 else "",
                    expected=_like(e_words[ej], g_words[gi] if gi < i2 else "") if ej < j2 else "",
                )
            )
    return tuple(out)


def _like(expected: str, given: str) -> str:
    """``expected`` with the title case of ``given`` (display only: case is not compared)."""
    if given[:1].isupper() and expected[:1].islower():
        return expected[:1].upper() + expected[1:]
    return expected


def verify(cyrillic: str, latin: str) -> Verdict:
    """Check that ``latin`` is a correct romanisation of ``cyrillic`` under a known scheme.

    >>> verify("Русская освободительная армия", "Russkaya osvoboditel'naya armiya").accepted
    True
    >>> v = verify("Комитет освобождения", "Komitet Osvobozhdenya")
    >>> v.accepted, [d.given for d in v.diff]
    (False, ['Osvobozhdenya'])
    """
    given = _norm(latin)
    cands = candidates(cyrillic)
    accepting = tuple(label for label, out in cands.items() if _norm(out) == given)
    if accepting:
        return Verdict(cyrillic, latin, True, accepting, accepting[0], cands[accepting[0]])
    best: tuple[int, float] | None = None
    best_label = ""
    best_diff: tuple[WordDiff, ...] = ()
    for label, out in cands.items():
        diff = _diff(latin, out)
        score = (len(diff), -difflib.SequenceMatcher(a=given, b=_norm(out)).ratio())
        if best is None or score < best:
            best, best_label, best_diff = score, label, diff
    return Verdict(cyrillic, latin, False, (), best_label, cands[best_label], best_diff)
