"""Find the concepts a string designates, by any of their forms, ranked, with the reason.

Kinds of match, best first (``Match.score``):

=====================  =====  ===============================================================
reason                 score  what matched
=====================  =====  ===============================================================
``exact``              100    the term as written
``case``               90     the term ignoring case — also garbled-case acronyms
                              ("вс Конр" → ВС КОНР)
``folded``             80     ignoring punctuation, apostrophes/primes, ё/ë and spacing
``inflected``          75     a case/number form of a Russian or Ukrainian term (pymorphy3)
``romanised <scheme>`` 70     a romanisation of a Cyrillic term under a scheme (Vlasovtsy)
``look-alikes``        60     after repairing Latin/Cyrillic look-alikes (``translit.normalize``
                              with ``homoglyphs=True``, when that module is installed)
``name key``           50     the same ``translit.name_key`` (names across spellings:
                              Wlassow ~ Vlasov), when that module is installed
=====================  =====  ===============================================================

One concept appears once, with its best reason.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any

from ..errors import want_str
from .apply import fold, term_forms
from .model import Concept, Glossary, Term

__all__ = ["Match", "lookup"]

_SCORES = {
    "exact": 100,
    "case": 90,
    "folded": 80,
    "inflected": 75,
    "romanised": 70,
    "look-alikes": 60,
    "name key": 50,
}


@dataclass(frozen=True)
class Match:
    """One concept found by :func:`lookup`: the term that matched, why, and the target term."""

    concept: Concept
    term: Term
    reason: str
    score: int
    target: Term | None = None

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready record."""
        return {
            "concept": self.concept.id,
            "subject": self.concept.subject,
            "matched": {
                "text": self.term.text,
                "lang": self.term.lang,
                "type": self.term.type,
                "status": self.term.status,
            },
            "reason": self.reason,
            "score": self.score,
            "target": (
                None
                if self.target is None
                else {
                    "text": self.target.text,
                    "lang": self.target.lang,
                    "status": self.target.status,
                }
            ),
            "terms": {
                lang: [t.text for t in self.concept.terms_in(lang)]
                for lang in self.concept.languages()
            },
        }


def _squash(s: str) -> str:
    return " ".join(fold(s).split())


def _name_key(text: str) -> str | None:
    from ..names import name_key

    key = name_key(text)
    return key or None


def _delookalike(text: str) -> str | None:
    from ..normalization import normalize

    out = normalize(text, homoglyphs=True)
    return out if out != text else None


class _Index:
    def __init__(self, g: Glossary) -> None:
        self.exact: dict[str, list[tuple[Concept, Term, str]]] = {}
        self.case: dict[str, list[tuple[Concept, Term, str]]] = {}
        self.folded: dict[str, list[tuple[Concept, Term, str]]] = {}
        self.keys: dict[str, list[tuple[Concept, Term, str]]] = {}
        self._g = g
        for c in g.concepts:
            for t in c.terms:
                self.exact.setdefault(t.text, []).append((c, t, "exact"))
                self.case.setdefault(t.text.casefold(), []).append((c, t, "case"))
                self.folded.setdefault(_squash(t.text), []).append((c, t, "folded"))
                for form in term_forms(c, t)[1:]:
                    self.folded.setdefault(_squash(form), []).append((c, t, "inflected"))
                for scheme, form in t.romanizations().items():
                    self.folded.setdefault(_squash(form), []).append((c, t, f"romanised {scheme}"))

    @functools.cached_property
    def name_keys(self) -> dict[str, list[tuple[Concept, Term, str]]]:
        out: dict[str, list[tuple[Concept, Term, str]]] = {}
        for c in self._g.concepts:
            for t in c.terms:
                key = _name_key(t.text)
                if key:
                    out.setdefault(key, []).append((c, t, "name key"))
        return out


def _index(g: Glossary) -> _Index:
    key = ("lookup", g.fingerprint())
    idx = g._cache.get(key)
    if idx is None:
        for old in [k for k in g._cache if k[0] == "lookup"]:
            del g._cache[old]
        idx = g._cache[key] = _Index(g)
    return idx


def lookup(glossary: Glossary, text: str, target: str | None = None) -> list[Match]:
    """The concepts ``text`` designates, best first; ``target`` adds that language's term.

    >>> from translit.glossary import load, shipped_path
    >>> g = load(shipped_path("ww2-roa.tbx"))
    >>> m = lookup(g, "Vlasovtsy", target="de")[0]
    >>> m.concept.id, m.target.text
    ('vlasovtsy', 'Wlassow-Leute')
    """
    text = want_str(text, "lookup()").strip()  # (a str subclass read as its text)
    if target is not None:
        target = want_str(target, "lookup()")
    if not text:
        return []
    idx = _index(glossary)
    found: list[tuple[Concept, Term, str]] = []
    found += idx.exact.get(text, [])
    found += idx.case.get(text.casefold(), [])
    found += idx.folded.get(_squash(text), [])
    fixed = _delookalike(text)
    if fixed:
        for c, t, _ in (
            idx.exact.get(fixed, [])
            + idx.case.get(fixed.casefold(), [])
            + idx.folded.get(_squash(fixed), [])
        ):
            found.append((c, t, "look-alikes"))
    key = _name_key(text)
    if key:
        found += idx.name_keys.get(key, [])
    best: dict[int, Match] = {}
    for c, t, reason in found:
        score = _SCORES["romanised" if reason.startswith("romanised") else reason]
        old = best.get(id(c))
        if old is None or score > old.score:
            tgt = c.preferred(target) if target else None
            best[id(c)] = Match(c, t, reason, score, tgt)
    order = {id(c): i for i, c in enumerate(glossary.concepts)}
    return sorted(best.values(), key=lambda m: (-m.score, order[id(m.concept)]))
