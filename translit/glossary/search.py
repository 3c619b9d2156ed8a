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

import bisect
import functools
from array import array
from dataclasses import dataclass
from typing import Any

from ..errors import want_str
from ..script import drop_invisible
from .apply import Filing, fold, term_forms
from .model import Concept, Glossary, Term, romanizations_of, want_glossary

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
    """One concept found by :func:`lookup`: the term that matched, why, and the target term.

    >>> from translit.glossary import load, lookup, shipped_path
    >>> m = lookup(load(shipped_path("ww2-roa.tbx")), "Vlasovtsy", target="de")[0]
    >>> m.concept.id, m.term.lang, m.reason, m.target.text
    ('vlasovtsy', 'en', 'exact', 'Wlassow-Leute')
    """

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

    out = normalize(text, homoglyphs=True, mojibake=False)
    return out if out != text else None


Entry = tuple[Concept, Term, str]
_RANK_BITS = 7  # a term's rank of forms: 0 folded, 1 inflected, 2… its schemes in order
_RANK = (1 << _RANK_BITS) - 1


class _Index:
    """The look-up tables of a glossary, built on its first look-up.

    ``folded`` entries carry their term's place in the glossary and their rank within the
    term (folded, inflected, romanised scheme by scheme): :meth:`folded` hands them in that
    order, the order in which one concept's equal matches are told apart.

    Case forms are not derived for every term: a look-up declines only the terms its first
    word reaches (:class:`~.apply.Filing`); the forms of the unfiled terms are derived here;
    the name keys of all terms on the first look-up that has one (:func:`translit.name_key`
    keeps each word's key).
    """

    def __init__(self, g: Glossary) -> None:
        self.exact: dict[str, list[Entry]] = {}
        self.case: dict[str, list[Entry]] = {}
        self._folded: dict[str, list[tuple[int, int, Concept, Term, str]]] = {}
        self._terms = terms = [(c, t) for c in g.concepts for t in c.terms]
        self._filing = filing = Filing([t for _, t in terms])
        for pos in filing.unfiled:
            c, t = terms[pos]
            for form in term_forms(c, t)[1:]:
                self._add(_squash(form), (pos, 1, c, t, "inflected"))
        squashed: dict[str, str] = {}
        # romanised forms, as many as terms × schemes, are kept as one sorted array of
        # (hash of the folded form, term, rank) numbers, checked against the term on a look-up
        codes: list[int] = []
        self._shift = shift = len(terms).bit_length() + _RANK_BITS
        self._hash_mask = hash_mask = (1 << (63 - shift)) - 1
        for pos, ((c, t), roman) in enumerate(
            zip(terms, romanizations_of([t for _, t in terms]), strict=True)
        ):
            self.exact.setdefault(t.text, []).append((c, t, "exact"))
            self.case.setdefault(t.text.casefold(), []).append((c, t, "case"))
            self._add(_squash(t.text), (pos, 0, c, t, "folded"))
            seen = set()
            for rank, (scheme, form) in enumerate(roman.items(), 2):
                key = squashed.get(form)
                if key is None:
                    key = squashed[form] = _squash(form)
                if key in seen:  # another scheme's same form: never the term's best
                    continue
                seen.add(key)
                if rank <= _RANK:
                    codes.append((hash(key) & hash_mask) << shift | pos << _RANK_BITS | rank)
                else:  # pragma: no cover - a language of more than 125 schemes
                    self._add(key, (pos, rank, c, t, f"romanised {scheme}"))
        codes.sort()
        self._romanized = array("q", codes)

    def _add(self, key: str, entry: tuple[int, int, Concept, Term, str]) -> None:
        self._folded.setdefault(key, []).append(entry)

    def folded(self, key: str) -> list[Entry]:
        """The terms ``key`` (folded and squashed) is a form of, in glossary order."""
        got = self._folded.get(key, []) + self._declined(key) + self._romanised(key)
        got.sort(key=lambda e: e[:2])  # (the unfiled terms' forms are filed first)
        return [(c, t, reason) for _, _, c, t, reason in got]

    def _romanised(self, key: str) -> list[tuple[int, int, Concept, Term, str]]:
        """The terms with a romanisation ``key`` is (folded), each with its first scheme."""
        low = (hash(key) & self._hash_mask) << self._shift
        at = bisect.bisect_left(self._romanized, low)
        out = []
        while (
            at < len(self._romanized) and self._romanized[at] >> self._shift == low >> self._shift
        ):
            code = self._romanized[at]
            at += 1
            pos, rank = (code >> _RANK_BITS) & ((1 << (self._shift - _RANK_BITS)) - 1), code & _RANK
            c, t = self._terms[pos]
            scheme, form = list(t.romanizations().items())[rank - 2]
            if _squash(form) == key:  # not another form of the same hash
                out.append((pos, rank, c, t, f"romanised {scheme}"))
        return out

    def _declined(self, key: str) -> list[tuple[int, int, Concept, Term, str]]:
        """The filed terms one of whose case forms ``key`` is (see the class)."""
        if not key:
            return []
        out = []
        for pos in self._filing.candidates(key.split(" ", 1)[0]):
            c, t = self._terms[pos]
            if any(_squash(f) == key for f in term_forms(c, t)[1:]):
                out.append((pos, 1, c, t, "inflected"))
        return out

    @functools.cached_property
    def name_keys(self) -> dict[str, list[Entry]]:
        """Name key → the terms with that key, in glossary order (on the first look-up that
        has a key)."""
        out: dict[str, list[Entry]] = {}
        for c, t in self._terms:
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
    # (a str subclass read as its text; a joiner or soft hyphen inside a word is no letter:
    # Ель\u200dцин was found only by its name key, Крас\u200dная армия as a name)
    text = drop_invisible(want_str(text, "lookup()")).strip()
    glossary = want_glossary(glossary, "lookup()")
    if target is not None:
        target = want_str(target, "lookup()")
    if not text:
        return []
    idx = _index(glossary)
    found: list[tuple[Concept, Term, str]] = []
    found += idx.exact.get(text, [])
    found += idx.case.get(text.casefold(), [])
    found += idx.folded(_squash(text))
    fixed = _delookalike(text)
    if fixed:
        for c, t, _ in (
            idx.exact.get(fixed, [])
            + idx.case.get(fixed.casefold(), [])
            + idx.folded(_squash(fixed))
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
