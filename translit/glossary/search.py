"""Find the concepts a string designates, by any of their forms, ranked, with the reason.

Kinds of match, best first (``Match.score``):

=====================  =====  ===============================================================
reason                 score  what matched
=====================  =====  ===============================================================
``exact``              100    the term as written
``case``               90     the term ignoring case — also garbled-case acronyms
                              ("вс Конр" → ВС КОНР)
``folded``             80     ignoring punctuation, apostrophes/primes, ё/ë and spacing
``inflected``          75     a case/number form of a Russian or Ukrainian term (pymorphy3),
                              a German term's genitive or adjective endings, a German, French
                              or English plural, an English possessive: the ROA's
                              (inflection.toml)
``romanised <scheme>`` 70     a romanisation of a Cyrillic term under a scheme (Vlasovtsy)
``look-alikes``        60     after repairing Latin/Cyrillic look-alikes (``translit.normalize``
                              with ``homoglyphs=True``, when that module is installed)
``name key``           50     the same ``translit.name_key`` (names across spellings:
                              Wlassow ~ Vlasov), when that module is installed
``surname``            40     only when nothing else matched: a person's term of one word
                              (Tereshkova) that is the surname of a full name looked up, in any
                              case (Valentina Terechkova, Валентины Терешковой: the whole name a
                              form of that term's with the given names';
                              :func:`translit.names.keys.surname_guesses`) — the glossary's
                              person may be another of that name; none where the concept's own
                              full name has other given names (Pierre Lénine: not Vladimir
                              Lénine's)
``surname key``        30     the same, the surname reached by its name key alone (George
                              Patton → Патон, Paton): likely another surname
=====================  =====  ===============================================================

One concept appears once, with its best reason.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Any

from ..errors import ParameterError, want_str
from ..script import drop_invisible, has_cyrillic
from .apply import Filing, given_keys, unmarked
from .articles import without_article
from .folding import fold
from .forms import (
    acronym_joined,
    declines,
    inflects_by_endings,
    term_forms,
    unsuffixed,
    without_possessive,
    without_preposition,
)
from .model import Concept, Glossary, Term, building, primary, romanizers_of, want_glossary

__all__ = ["Match", "lookup"]

_SCORES = {
    "exact": 100,
    "case": 90,
    "folded": 80,
    "inflected": 75,
    "romanised": 70,
    "look-alikes": 60,
    "name key": 50,
    "surname": 40,
    "surname key": 30,
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
    """The text's :func:`~translit.name_key`; none for a text longer than any name (which
    ``name_key`` refuses: a lookup of a paragraph still finds its exact and folded matches)."""
    from ..names import name_key

    try:
        key = name_key(text)
    except ParameterError:  # (the one thing name_key refuses of a str: its length)
        return None
    return key or None


def _delookalike(text: str) -> str | None:
    from ..normalization import normalize

    out = normalize(text, homoglyphs=True, mojibake=False)
    return out if out != text else None


Entry = tuple[Concept, Term, str]


def _squashed(texts: list[str]) -> list[str]:
    """:func:`_squash` of each text, folded in one pass: :func:`~.folding.fold` keeps each
    text's length, and a line end between two texts leaves each text's case as it alone has
    it (a final sigma stays final)."""
    joined = "\n".join(texts)
    folded = fold(joined)
    if len(joined.lower()) != len(joined):  # (a letter whose lower case is longer: fold
        return [_squash(t) for t in texts]  # keeps it, so each text alone)
    out = []
    at = 0
    for text in texts:
        out.append(" ".join(folded[at : at + len(text)].split()))
        at += len(text) + 1
    return out


def _folds_apart(text: str) -> bool:
    """Whether ``text`` holds a letter that casefold() writes otherwise than lower() (ß, ς),
    or one whose lower case is longer (İ, which fold keeps): texts without one are equal in
    any case only if they fold alike.

    >>> _folds_apart("Straße"), _folds_apart("İzmir"), _folds_apart("Власов")
    (True, True, False)
    """
    low = text.lower()
    return len(low) != len(text) or text.casefold() != low


def _by_skeleton(
    filed: Iterable[tuple[int, str]],
) -> tuple[dict[str, list[int]], list[int]]:
    """(skeleton → the places of the terms with it, the places whose skeleton holds
    :data:`~translit.names.keys.UNSURE`: those every key must try) of (place, skeleton) pairs.

    >>> _by_skeleton([(0, "mskv"), (1, "m*"), (2, "mskv")])
    ({'mskv': [0, 2]}, [1])
    """
    from ..names.keys import UNSURE

    by: dict[str, list[int]] = {}
    unsure = []
    for pos, skeleton in filed:
        if UNSURE in skeleton:
            unsure.append(pos)
        else:
            by.setdefault(skeleton, []).append(pos)
    return by, unsure


class _Index:
    """The look-up tables of a glossary, built on its first look-up.

    Built for every term: the term as written, in any case and folded. Every other form is
    derived only for the terms a cheap key of the query reaches, then compared in full:

    - case forms: the Russian and Ukrainian terms a query's first word reaches through its
      lexemes (:class:`~.apply.Filing`), and the terms whose first word the dictionary only
      guesses, by the first letter of their folded text or of a nominative of the query's
      first word (a guessed word declines after its first letter; a hyphenated one's first
      part may be a dictionary word, such as человек-паук → люди-пауки);
    - romanisations: only for a query without a Cyrillic letter (no scheme writes one:
      tests/test_glossary_sizes.py romanises every Cyrillic character with every scheme), and
      only of the Cyrillic terms whose skeleton, their letters read as their language's schemes
      write them, is the query's (:func:`translit.names.keys.skeletons`);
    - name keys: only for the terms whose skeleton (:func:`translit.names.keys.skeletons`) a
      name with the query's key may have.

    ``folded`` entries carry their term's place in the glossary and their rank within the
    term (folded, inflected, romanised scheme by scheme): :meth:`folded` hands them in that
    order, the order in which one concept's equal matches are told apart.
    """

    def __init__(self, g: Glossary) -> None:
        self._terms = terms = [(c, t) for c in g.concepts for t in c.terms]
        texts = [t.text for _, t in terms]
        self._squashed = _squashed([unmarked(t) for t in texts])  # (Вла\u0301сов: Власов)
        self._folded: dict[str, list[int]] = {}  # folded text → its terms
        for pos, key in enumerate(self._squashed):
            self._folded.setdefault(key, []).append(pos)
        # casefold() is lower() with more (ß → ss): equal in any case, two texts fold alike
        # unless one holds such a letter (or one fold keeps: İ); those terms are compared
        # one by one
        joined = "\n".join(texts)
        self._folds_more = (
            [pos for pos, text in enumerate(texts) if _folds_apart(text)]
            if _folds_apart(joined)
            else []
        )
        self._forms: dict[int, frozenset[str]] = {}  # a term's case forms, squashed
        self._name_keys: dict[int, str | None] = {}

    def exact(self, text: str) -> list[Entry]:
        """The terms written ``text``."""
        return [self._terms[p] + ("exact",) for p in self._folded.get(_squash(text), ())
                if self._terms[p][1].text == text]  # fmt: skip

    def case(self, text: str) -> list[Entry]:
        """The terms written ``text`` in any case (casefold), in glossary order."""
        want = text.casefold()
        places = {*self._folded.get(_squash(text), ()), *self._folds_more}
        if _folds_apart(text):
            places.update(self._folded.get(_squash(want), ()))
        return [self._terms[p] + ("case",) for p in sorted(places)
                if self._terms[p][1].text.casefold() == want]  # fmt: skip

    def folded(self, key: str) -> list[Entry]:
        """The terms ``key`` (folded and squashed) is a form of, in glossary order."""
        if not key:  # punctuation alone ('!!!') was a form of every term of punctuation alone
            return []
        got = [(p, 0, *self._terms[p], "folded") for p in self._folded.get(key, ())]
        got += self._declined(key)
        if not has_cyrillic(key):
            got += self._romanised(key)
        got.sort(key=lambda e: e[:2])
        return [(c, t, reason) for _, _, c, t, reason in got]

    @functools.cached_property
    def _filing(self) -> Filing:
        return Filing([t for _, t in self._terms])

    def _case_forms(self, pos: int) -> frozenset[str]:
        forms = self._forms.get(pos)
        if forms is None:
            forms = self._forms[pos] = frozenset(map(_squash, term_forms(*self._terms[pos])[1:]))
        return forms

    def _declined(self, key: str) -> list[tuple[int, int, Concept, Term, str]]:
        """The terms one of whose case forms ``key`` is (see the class)."""
        if not key:
            return []
        from ..morphology import lemma_forms

        filing = self._filing
        first = key.split(" ", 1)[0]
        letters = {key[0]} | {
            fold(w)[:1] for lang in filing.langs for w in lemma_forms(first, lang)
        }
        places = {*filing.candidates(first), *filing.unfiled_starting(letters)}
        out = []
        for pos in sorted(places):
            if key in self._case_forms(pos):
                c, t = self._terms[pos]
                out.append((pos, 1, c, t, "inflected"))
        for pos in self._declension_forms.get(key, ()):  # (Belarusian: Чырвонай арміі)
            c, t = self._terms[pos]
            out.append((pos, 1, c, t, "inflected"))
        for lang in self._ending_langs:  # (German: Gorbatschows, der Roten Armee)
            bases = unsuffixed(key, lang) - {key}
            for pos in sorted({p for b in bases for p in self._folded.get(b, ())}):
                c, t = self._terms[pos]
                if primary(t.lang) == lang and key in self._case_forms(pos):
                    out.append((pos, 1, c, t, "inflected"))
        return out

    @functools.cached_property
    def _declension_forms(self) -> dict[str, list[int]]:
        """Each case form of the terms of a language whose forms come from its case endings
        alone (:func:`~.forms.declines`: Belarusian) → those terms: no ending can be taken off
        a query to find its term (its stem changes: горадзе, Беларуссю), so they are filed,
        once, as apply's matcher files them."""
        out: dict[str, list[int]] = {}
        for pos, (_, t) in enumerate(self._terms):
            if declines(primary(t.lang)):
                for form in self._case_forms(pos):
                    out.setdefault(form, []).append(pos)
        return out

    @functools.cached_property
    def _ending_langs(self) -> list[str]:
        """The languages of the glossary whose terms take ``data/inflection.toml``'s endings."""
        langs = {primary(t.lang) for _, t in self._terms}
        return sorted(lang for lang in langs if inflects_by_endings(lang))

    @functools.cached_property
    def _roman_skeletons(self) -> tuple[dict[str, list[int]], list[int]]:
        """(skeleton → the Cyrillic terms with it, the terms whose skeleton holds UNSURE),
        each term's Cyrillic letters read as the schemes of its language write them
        (:func:`translit.names.keys.skeletons`): a romanisation has its term's skeleton."""
        from ..names.keys import skeletons

        by_lang: dict[str, list[int]] = {}
        for pos, (_, t) in enumerate(self._terms):
            if has_cyrillic(t.text):
                by_lang.setdefault(primary(t.lang), []).append(pos)
        filed: list[tuple[int, str]] = []
        for lang, places in by_lang.items():
            systems = tuple(romanize for _, romanize in romanizers_of(lang))
            texts = [self._terms[p][1].text for p in places]
            filed += zip(places, skeletons(texts, systems), strict=True)
        return _by_skeleton(filed)

    def _romanised(self, key: str) -> list[tuple[int, int, Concept, Term, str]]:
        """The terms with a romanisation ``key`` is (folded, no Cyrillic in it), each with
        its first scheme giving it; only the terms with its skeleton are romanised."""
        from ..names.keys import skeletons

        by, unsure = self._roman_skeletons
        (skeleton,) = skeletons([key])  # (its Latin letters: as every table reads them)
        out = []
        for pos in sorted({*by.get(skeleton, ()), *unsure}):
            c, t = self._terms[pos]
            for rank, (scheme, form) in enumerate(t.romanizations().items(), 2):
                if _squash(form) == key:
                    out.append((pos, rank, c, t, f"romanised {scheme}"))
                    break
        return out

    @functools.cached_property
    def _skeletons(self) -> tuple[dict[str, list[int]], list[int]]:
        """(skeleton → the terms with it, the terms whose skeleton holds UNSURE)."""
        from ..names.keys import skeletons

        return _by_skeleton(enumerate(skeletons([t.text for _, t in self._terms])))

    def name_matches(self, key: str) -> list[Entry]:
        """The terms whose name key is ``key``, in glossary order."""
        from ..names.keys import key_skeletons

        wanted = key_skeletons(key)
        if wanted is None:
            places: Any = range(len(self._terms))
        else:
            by, unsure = self._skeletons
            places = sorted({*unsure, *(p for s in wanted for p in by.get(s, ()))})
        out = []
        for pos in places:
            if pos not in self._name_keys:
                self._name_keys[pos] = _name_key(self._terms[pos][1].text)
            if self._name_keys[pos] == key:
                c, t = self._terms[pos]
                out.append((c, t, "name key"))
        return out


def _by_surname(glossary: Glossary, text: str, target: str | None) -> list[Match]:
    """The persons whose term of one word is the surname of the full name ``text``, matched as
    a lookup of that word matches it, each as a ``surname`` match (see the module). Where that
    word matched a term in a form of its own (as written, folded or inflected), the whole name
    must be a form of a full name of that term and the other words' nominatives
    (:func:`translit.names.keys.nominative_names`: Валентины Терешковой, of Валентина Терешкова;
    not Бориса Патон); a surname its name key alone reached is a ``surname key`` match; a
    concept whose full name has given names of which the text has none is another person."""
    from ..names.keys import nominative_names, surname_guesses

    out = []
    for surname in surname_guesses(text):
        given = given_keys(w for w in text.split() if w != surname)
        for m in lookup(glossary, surname, target):
            if m.concept.subject != "person" or len(m.term.text.split()) != 1:
                continue
            listed = given_keys(w for t in m.concept.terms if " " in t.text for w in t.text.split())
            if given and listed and not given & listed:
                continue  # (Pierre Lénine: the glossary's person is Vladimir Lénine)
            if m.reason in _FORMS:
                said, names = nominative_names(text, surname, m.term.text)
                langs = _sister_langs(m.term.lang)
                if not any(
                    _squash(said) in _declined_name(m.concept, lang, n)
                    for lang in langs
                    for n in names
                ):
                    continue
            reason = "surname key" if m.reason == "name key" else "surname"
            out.append(replace(m, reason=reason, score=_SCORES[reason]))
    return out


#: the matches of a term in a form of its own, whose full name declines as the term does
_FORMS = frozenset({"exact", "case", "folded", "inflected"})


def _sister_langs(lang: str) -> tuple[str, ...]:
    """``lang``, then the other languages a dictionary declines, where it is one of them: a
    Ukrainian name in a case (Гаррі Каспарова) reaches a surname the glossary lists in Russian
    alone (Каспаров)."""
    from ..morphology import LANGUAGES

    if primary(lang) not in LANGUAGES:
        return (lang,)
    return (lang, *(other for other in LANGUAGES if other != primary(lang)))


def _declined_name(concept: Concept, lang: str, name: str) -> frozenset[str]:
    """The forms (squashed) of the full name ``name`` (language ``lang``) of the person
    ``concept``, as :func:`~.forms.term_forms` gives a term of that language its forms."""
    return frozenset(map(_squash, term_forms(concept, Term(name, lang))))


def _index(g: Glossary) -> _Index:
    key = ("lookup", g.fingerprint())
    idx = g._cache.get(key)
    if idx is None:
        for old in [k for k in g._cache if k[0] == "lookup"]:
            del g._cache[old]
        with building():
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
    found += idx.exact(text)
    found += idx.case(text)
    found += idx.folded(_squash(unmarked(text)))
    fixed = _delookalike(text)
    if fixed:
        for c, t, _ in idx.exact(fixed) + idx.case(fixed) + idx.folded(_squash(fixed)):
            found.append((c, t, "look-alikes"))
    key = _name_key(text)
    if key:
        found += idx.name_matches(key)
    best: dict[int, Match] = {}
    for c, t, reason in found:
        score = _SCORES["romanised" if reason.startswith("romanised") else reason]
        old = best.get(id(c))
        if old is None or score > old.score:
            tgt = c.preferred(target) if target else None
            best[id(c)] = Match(c, t, reason, score, tgt)
    # (the ROA's, Boris's, Le Havre's: a form of the term, which a name key alone found no
    # better; before the article goes, which would leave Havre's)
    inflected = _SCORES["inflected"]
    if (
        all(m.score < inflected for m in best.values())
        and (bare := without_possessive(text)) is not None
    ):
        for found_bare in lookup(glossary, bare, target):
            m = found_bare
            if m.score > inflected:
                m = replace(m, reason="inflected", score=inflected)
            old = best.get(id(m.concept))
            if old is None or m.score > old.score:
                best[id(m.concept)] = m
    if not best and (bare := without_article(text)) is not None:  # (der Roten Armee, pasted
        return lookup(glossary, bare, target)  # from a text: "no concept … matches")
    if not best and (bare := without_preposition(text)) is not None:  # (в ВС КОНРа)
        return lookup(glossary, bare, target)
    if not best and (joined := acronym_joined(text)) is not None:  # (КОНР-а: КОНРа)
        return lookup(glossary, joined, target)
    if not best:  # (Valentina Tereshkova, where the glossary lists Tereshkova alone)
        for m in _by_surname(glossary, text, target):
            if id(m.concept) not in best or m.score > best[id(m.concept)].score:
                best[id(m.concept)] = m
    order = {id(c): i for i, c in enumerate(glossary.concepts)}
    return sorted(best.values(), key=lambda m: (-m.score, order[id(m.concept)]))
