"""Check a translation against a glossary, segment by segment (``translit glossary qa``).

For each aligned pair (source segment, target segment), every glossary term found in the
source (as :func:`~.apply.find_terms` finds it: in any inflected form, any case mix) is looked
for in the target: one of its concept's allowed target terms (preferred or admitted), in any
form the target language inflects it to, must be there. What is not gives a
:class:`QaFinding`:

- ``missing``: no allowed target term of the concept in the target segment;
- ``forbidden``: a deprecated or superseded target term used (of a concept of the source, or
  of any concept);
- ``misspelled``: a name written otherwise than the glossary writes it in the target language,
  found by its name key (:func:`translit.names.name_key`: Wlassov for Vlassov, Vlasov in a
  French line), also beside a right spelling of it in the segment (Wlassow … Wlasow), or,
  for a name of the source, by a key one letter away (Vlassof);
- ``count``: a concept the source names more often than the target writes an allowed term of
  it ("2 in source, 1 in target"), both sides counted as :func:`~.apply.find_terms` finds
  them (each form, each case, once a span). Not reported where the target also writes the
  concept otherwise (a forbidden term, a spelling by name key, another language's) or only
  the second look (below) finds it, nor where the target has more: a count the matches
  cannot be sure of. A pronoun standing for a repeated term (Vlassov…, il…) is reported: read
  it as a reminder.

The source is matched with the source language's terms as written and their forms (not by
name key or romanisation: a Latin-script title in a Russian line, Наша Russia, is copied, not
translated); the target with the target language's terms alone, so a term of another language
(the English Vlasov in a French line) is no allowed spelling. A concept the target seems to
lack is looked for once more with its allowed target terms alone, in any case (a longer term
of another concept may hold it: Pétersbourg in Saint-Pétersbourg; la mer Noire for Mer
Noire). A name spelt otherwise that the source segment holds as it is (copied) is no finding.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from typing import Any, NamedTuple

from ..errors import GlossaryError, shown, want_bool, want_str
from ..names import name_key
from .apply import NAME_KEY, Hit, Matcher
from .model import Concept, Glossary, Term, is_name, primary, valid_tag, want_glossary

__all__ = ["KINDS", "QaFinding", "check_translation"]

#: the kinds of :class:`QaFinding`, in the order a segment's findings are listed
KINDS = ("missing", "forbidden", "misspelled", "count")
#: the statuses of a term a translation may use; the others (deprecated, superseded) are
#: flagged where used
_ALLOWED = ("preferred", "admitted")
#: a word as a name writes it (Jean-Pierre: one word; d'Auschwitz: d and Auschwitz), in any
#: script, for the near misses (:func:`_near_miss`)
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_LETTERS = re.compile(r"[^\W\d_]+")
#: the fewest letters of a name key a near miss is looked for at (a shorter key one letter
#: away is another name more often: Orlov, Orlova)
_NEAR_LEAST = 6
#: the fewest letters of a name term whose spelling one letter off is a near miss (Köln:
#: Koeln; a three-letter name, Ufa, has too many neighbours)
_PLAIN_LEAST = 4


class QaFinding(NamedTuple):
    """One problem of a translated segment (see :mod:`translit.glossary.qa`).

    ``segment`` is the pair's number (1-based, or the number the pair came with: a line of
    the file); ``kind`` one of :data:`KINDS`; ``concept`` the concept's id; ``source`` the
    source text that designates it (``""`` for a forbidden term no source term asked for);
    ``expected`` the allowed target terms, best first; ``found`` the target text at fault
    (``""`` for a missing term; of a ``count``, the target's first allowed term);
    ``in_source`` and ``in_target`` a ``count``'s numbers (0 for the other kinds).

    >>> QaFinding(3, "missing", "roa", "РОА", ("ROA",), "").kind
    'missing'
    """

    segment: int
    kind: str
    concept: str
    source: str
    expected: tuple[str, ...]
    found: str
    in_source: int = 0
    in_target: int = 0

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready record.

        >>> QaFinding(3, "missing", "roa", "РОА", ("ROA",), "").to_dict()["expected"]
        ['ROA']
        """
        out: dict[str, Any] = {
            "segment": self.segment,
            "kind": self.kind,
            "concept": self.concept,
            "source": self.source,
            "expected": list(self.expected),
            "found": self.found,
        }
        if self.kind == "count":
            out.update(in_source=self.in_source, in_target=self.in_target)
        return out

    def __str__(self) -> str:
        """One line: ``segment: kind: source (concept): expected …; found …``.

        >>> print(QaFinding(2, "misspelled", "vlasov", "Власова", ("Vlassov",), "Wlassov"))
        2: misspelled: Власова (vlasov): expected Vlassov; found Wlassov
        >>> print(QaFinding(4, "count", "roa", "РОА", ("ROA",), "ROA", 2, 1))
        4: count: РОА (roa): 2 in source, 1 in target: expected ROA; found ROA
        """
        what = f"{self.source} ({self.concept})" if self.source else f"({self.concept})"
        if self.kind == "count":
            what += f": {self.in_source} in source, {self.in_target} in target"
        expected = " | ".join(self.expected) or "-"
        found = f"; found {self.found}" if self.found else ""
        return f"{self.segment}: {self.kind}: {what}: expected {expected}{found}"


def _allowed(concept: Concept, target: str) -> tuple[str, ...]:
    return tuple(t.text for t in concept.terms_in(target) if t.status in _ALLOWED)


def _within_one(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` are equal or differ by one letter changed, added or dropped.

    >>> _within_one("vlasof", "vlasov"), _within_one("vlasov", "vlasov")
    (True, True)
    >>> _within_one("vlassov", "vlasov"), _within_one("vlasov", "vlasovo0")
    (True, False)
    """
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long = (a, b) if len(a) < len(b) else (b, a)
    i = 0
    while i < len(short) and short[i] == long[i]:
        i += 1
    return short[i:] == long[i + 1 :]


def _plain(text: str) -> str:
    """``text``'s letters folded, without their marks, words joined by one space.

    >>> _plain("Köln"), _plain("Sankt-Petersburg")
    ('koln', 'sankt petersburg')
    """
    bare = "".join(ch for ch in unicodedata.normalize("NFD", text) if not unicodedata.combining(ch))
    return " ".join(w.casefold() for w in _LETTERS.findall(bare))


def _near_miss(text: str, concept: Concept, target: str) -> str:
    """The run of capitalised words of ``text`` spelling a name term of ``concept`` in
    ``target`` one letter off: its letters (marks dropped: Koeln for Köln, Sankt Peterburg,
    Auschvitz) or its name key (of :data:`_NEAR_LEAST` letters or more) one letter changed,
    added or dropped; ``""`` when none does."""
    wanted: dict[int, list[tuple[str, str]]] = {}  # words → (letters, key) of each term
    for t in concept.terms_in(target):
        if t.status in _ALLOWED and is_name(concept, t):
            wanted.setdefault(len(t.text.split()), []).append((_plain(t.text), name_key(t.text)))
    if not wanted:
        return ""
    words = [w for w in _WORD.finditer(text) if w[0][:1].isupper()]
    for count in sorted(wanted, reverse=True):
        for i in range(len(words) - count + 1):
            run = text[words[i].start() : words[i + count - 1].end()]
            if len(run.split()) != count:  # (not adjacent words)
                continue
            letters, key = _plain(run), name_key(run)
            for plain, term_key in wanted[count]:
                if len(plain) >= _PLAIN_LEAST and _within_one(letters, plain):
                    return run
                if len(term_key) >= _NEAR_LEAST and _within_one(key, term_key):
                    return run
    return ""


def _verdicts(
    hits: list[Hit], target: str
) -> tuple[
    dict[int, list[str]], dict[int, tuple[Concept, str]], dict[int, tuple[Concept, str, str]]
]:
    """The concepts (by ``id()``: merged glossaries may share an id) of the target segment's
    ``hits``: those written with an allowed target term (→ the texts), those with a forbidden
    one (→ the concept, the text), and those spelled otherwise (a name by its key, a
    romanisation: → the concept, the text, how)."""
    good: dict[int, list[str]] = {}
    bad: dict[int, tuple[Concept, str]] = {}
    odd: dict[int, tuple[Concept, str, str]] = {}
    want = primary(target)
    for h in hits:
        key = id(h.concept)
        spelled = h.how == NAME_KEY or h.how.startswith("romanised")
        if spelled or primary(h.term.lang) != want:
            odd.setdefault(key, (h.concept, h.text, h.how))
        elif h.term.status in _ALLOWED:
            good.setdefault(key, []).append(h.text)
        else:
            bad.setdefault(key, (h.concept, h.text))
    return good, bad, odd


def _alone(concept: Concept, target: str, memo: dict[int, Glossary]) -> Glossary:
    """A glossary of ``concept``'s allowed ``target`` terms alone (memoised by ``id()``): the
    target segment is matched with it where the whole glossary's matcher found none, as a
    longer term of another concept may hold it (Saint-Pétersbourg holds Pétersbourg). Its
    concept is no name, so a name matches in any case (la mer Noire for Mer Noire; an acronym
    still never in lower case). Each term is a concept of its own: a short form that is a
    word of the full form (troïka of troïka du NKVD) stands alone here, as the source segment
    has named the concept (:meth:`~.apply.Matcher.elliptical`)."""
    got = memo.get(id(concept))
    if got is None:
        got = memo[id(concept)] = Glossary(
            [
                Concept(
                    concept.id,
                    terms=[Term(t.text, t.lang, type=t.type, status=t.status, gender=t.gender)],
                )
                for t in concept.terms_in(target)
                if t.status in _ALLOWED
            ]
        )
    return got


def _pairs(pairs: object) -> Iterable[tuple[int, str, str]]:
    """``pairs`` as (number, source, target), numbered from 1 where they come without."""
    if isinstance(pairs, (str, bytes)) or not isinstance(pairs, Iterable):
        raise TypeError(
            "`pairs` is an iterable of (source, target) or (number, source, target) tuples, "
            f"not {type(pairs).__name__}"
        )
    for n, item in enumerate(pairs, 1):
        if not isinstance(item, tuple) or len(item) not in (2, 3):
            raise TypeError(
                f"`pairs` item {n} is a (source, target) or (number, source, target) tuple, "
                f"not {type(item).__name__}"
            )
        number = item[0] if len(item) == 3 else n
        if not isinstance(number, int) or isinstance(number, bool):
            raise TypeError(f"`pairs` item {n}: its number is an int, not {type(number).__name__}")
        src = want_str(item[-2], "check_translation()")
        yield number, src, want_str(item[-1], "check_translation()")


def _language(glossary: Glossary, tag: str, name: str) -> str:
    """``tag`` checked: a language some term of ``glossary`` is in, else a GlossaryError."""
    tag = want_str(tag, "check_translation()")
    if not tag.strip() or not valid_tag(tag):
        raise GlossaryError(f"`{name}` names a language (ru, fr, de…), not {shown(tag)}")
    if not any(c.terms_in(tag) for c in glossary.concepts):
        have = sorted({t.lang for c in glossary.concepts for t in c.terms})
        raise GlossaryError(
            f"no term in the {name} language {shown(tag)} (the glossary has: "
            f"{', '.join(have) or 'none'}): give `{name}` one of those, or a glossary with terms "
            "in it",
            glossary.path,
        )
    return tag


def check_translation(
    pairs: Iterable[tuple[str, str] | tuple[int, str, str]],
    glossary: Glossary,
    source: str,
    target: str,
    *,
    inflect: bool = True,
    name_keys: bool = True,
) -> list[QaFinding]:
    """The glossary problems of a translation: ``pairs`` of (source segment, target segment),
    or (number, source, target), in ``source`` and ``target`` languages.

    >>> from translit.glossary import load, shipped_path
    >>> g = load(shipped_path("ww2-roa.tbx"))
    >>> for f in check_translation([
    ...     ("Генерал Власов создал РОА.", "Le général Vlassov fonda la ROA."),
    ...     ("Армия генерала Власова.", "L'armée du général Wlassov."),
    ...     ("Бойцы Красной армии.", "Les soldats de l'armée soviétique."),
    ... ], g, "ru", "fr"):
    ...     print(f)
    2: misspelled: Власова (vlasov): expected Andreï Vlassov | Andreï Andreïevitch Vlassov | Vlassov; found Wlassov
    3: missing: Красной армии (red-army): expected Armée rouge | Armée rouge des ouvriers et paysans

    A deprecated or superseded target term is flagged wherever used:

    >>> c = Concept("camp", terms=[Term("лагерь", "ru"), Term("Lager", "de"),
    ...     Term("Konzentrationslager", "de", status="deprecated")])
    >>> pairs = [("В лагере", "Im Konzentrationslager"), ("Лагеря", "Die Lager")]
    >>> [(f.segment, f.kind, f.found) for f in check_translation(pairs, Glossary([c]), "ru", "de")]
    [(1, 'forbidden', 'Konzentrationslager')]

    A pair whose target is empty (a segment not translated yet) gives no finding.
    ``inflect=False`` matches terms as written alone; ``name_keys=False`` finds no name by its
    key (and none one letter away). A ``source`` or ``target`` no term is in raises
    :class:`~translit.GlossaryError`.
    """
    glossary = want_glossary(glossary, "check_translation()")
    source = _language(glossary, source, "source")
    target = _language(glossary, target, "target")
    if primary(source) == primary(target):
        raise GlossaryError(
            f"`source` and `target` are one language ({shown(source)}, {shown(target)}): a "
            "translation is checked from one language into another"
        )
    inflect, name_keys = want_bool(inflect, "inflect"), want_bool(name_keys, "name_keys")
    options = {"inflect": inflect, "romanized": True, "name_keys": name_keys}
    # (the source's terms as written and their forms: a name key's or a romanisation's match
    # in a source line is a Latin-script word the translation copies)
    of_source = Matcher.for_glossary(
        glossary, (source,), inflect=inflect, romanized=False, name_keys=False
    )
    of_target = Matcher.for_glossary(glossary, (target,), **options)
    memo: dict[int, Glossary] = {}
    out: list[QaFinding] = []
    for number, src, tgt in _pairs(pairs):
        if not tgt.strip():
            continue  # (not translated yet: no term of it to check)
        asked: dict[int, tuple[Concept, str]] = {}
        said_times: dict[int, int] = {}
        for h in of_source.find(src):
            asked.setdefault(id(h.concept), (h.concept, h.text))
            said_times[id(h.concept)] = said_times.get(id(h.concept), 0) + 1
        good, bad, odd = _verdicts(of_target.find(tgt), target)
        for key, (concept, said) in asked.items():
            expected = _allowed(concept, target)
            if key in good and key not in bad and key not in odd:
                times = said_times[key]
                if len(good[key]) < times:  # (said more often than written: see the module)
                    out.append(QaFinding(number, "count", concept.id, said, expected,
                                         good[key][0], times, len(good[key])))  # fmt: skip
                continue
            if key in good and key in odd and key not in bad:
                # (written right and, beside it, a name spelled otherwise by its key: Wlassow
                # … Wlasow; a spelling the source has is copied, as below)
                _, text, how = odd[key]
                if how == NAME_KEY and text not in src:
                    out.append(QaFinding(number, "misspelled", concept.id, said, expected, text))
                continue
            if not expected or key in good or key in bad:
                continue  # (nothing to expect; written as the glossary writes it; forbidden)
            alone = Matcher.for_glossary(
                _alone(concept, target, memo), (target,), inflect=inflect, name_keys=False
            )
            if alone.find(tgt):
                continue
            if key in odd:
                found = odd[key][1]
            else:
                found = _near_miss(tgt, concept, target) if name_keys else ""
            kind = "misspelled" if found else "missing"
            out.append(QaFinding(number, kind, concept.id, said, expected, found))
        for key, (concept, text) in bad.items():
            said = asked[key][1] if key in asked else ""
            expected = _allowed(concept, target)
            out.append(QaFinding(number, "forbidden", concept.id, said, expected, text))
        for key, (concept, text, how) in odd.items():
            # (a spelling the source has too is copied from it: a title, a brand, Наша Russia)
            if key not in asked and key not in good and how == NAME_KEY and text not in src:
                expected = _allowed(concept, target)
                out.append(QaFinding(number, "misspelled", concept.id, "", expected, text))
    return out
