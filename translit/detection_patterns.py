"""The regexes of the language decision's evidence (:mod:`translit.detection`), as it reads
them: compiled when first used, and searched only in a text that holds the characters every
match needs (read from the parsed pattern), so that a text pays for the patterns it may match.

    >>> [sorted(chars) for chars in needs("[бв]а")]
    [['б', 'в'], ['а']]
    >>> may_match("[бв]а", frozenset("ба")), count("[бв]а", "баба", frozenset("ба"))
    (True, 2)
    >>> may_match("[бв]а", frozenset("аг"))
    False
"""

from __future__ import annotations

import functools
import re
from typing import Any

__all__ = ["SPACES", "compiled", "count", "item_chars", "may_match", "needs", "within_words"]

#: the characters ``str.split()`` cuts a text at and the regex ``\\s`` matches (``str.isspace``)
SPACES = "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680" + "".join(map(chr, range(0x2000, 0x200B)))
SPACES += "\u2028\u2029\u202f\u205f\u3000"


@functools.cache
def compiled(pattern: str) -> re.Pattern[str]:
    """The regex ``pattern`` compiled, once, when first used: the evidence's when a text first
    may match them (:func:`needs`), the detection's name and sentence regexes when a name or a
    span is first read (compiling all of them cost every first decision 3.5 ms, and importing
    translit.detection 1.2 ms)."""
    return re.compile(pattern)


@functools.cache
def needs(pattern: str) -> tuple[frozenset[str], ...]:
    """Sets of characters every match of the regex ``pattern`` holds one of each, read from the
    parsed pattern (none where it cannot tell): a text without any of one set has no match,
    and searching it (and compiling it: :func:`compiled`) is skipped (:func:`count`). Only a
    shortcut: with no sets, the regex runs."""
    try:
        from re import _constants as k  # type: ignore[attr-defined]
        from re import _parser  # type: ignore[attr-defined]
    except ImportError:  # pragma: no cover (a Python without them)
        return ()

    def smallest(sets: list[frozenset[str]]) -> frozenset[str] | None:
        return min(sets, key=len) if sets else None

    def sequence(items: Any) -> list[frozenset[str]]:
        return [s for op, av in items if (s := one(op, av)) is not None]

    def one(op: Any, av: Any) -> frozenset[str] | None:  # what one item's match must hold
        if op is k.LITERAL or op is k.IN:
            return item_chars(op, av)
        if op is k.SUBPATTERN:
            return smallest(sequence(av[-1]))
        if op is k.BRANCH:
            each = [smallest(sequence(branch)) for branch in av[1]]
            return frozenset().union(*(s for s in each if s)) if all(each) else None
        if op in (k.MAX_REPEAT, k.MIN_REPEAT) and av[0] >= 1:
            return smallest(sequence(av[2]))
        return None  # zero width (a look-around, an anchor) or optional

    try:
        parsed = _parser.parse(pattern)
        if parsed.state.flags & re.IGNORECASE:
            return ()
        return tuple(sequence(parsed))
    except Exception:  # pragma: no cover (a parser of another shape)
        return ()


def item_chars(op: Any, av: Any, widest: int = 1024) -> frozenset[str] | None:
    """The characters one item of a parsed regex (``re._parser``: a literal or a set) matches,
    or None where it cannot tell (a negated set, a category, a range of more than ``widest``
    code points, any other item): what :func:`needs` and the screens of
    bench/decisive_derived.py read a pattern's letters from.

    >>> from re import _parser
    >>> [sorted(item_chars(op, av) or "?") for op, av in _parser.parse(r"x[a-cz]\\w")]
    [['x'], ['a', 'b', 'c', 'z'], ['?']]
    """
    from re import _constants as k  # type: ignore[attr-defined]

    if op is k.LITERAL:
        return frozenset(chr(av))
    if op is not k.IN:
        return None
    found: set[str] = set()
    for o, a in av:
        if o is k.LITERAL:
            found.add(chr(a))
        elif o is k.RANGE and a[1] - a[0] < widest:
            found.update(map(chr, range(a[0], a[1] + 1)))
        else:  # a negated set, a category: anything
            return None
    return frozenset(found)


def may_match(pattern: str, seen: frozenset[str]) -> bool:
    """Whether a text of the characters ``seen`` may hold a match of the regex ``pattern``
    (:func:`needs`)."""
    return all(not needed.isdisjoint(seen) for needed in needs(pattern))


def count(pattern: str, text: str, seen: frozenset[str]) -> int:
    """The matches of the regex ``pattern`` in ``text``, 0 without searching when ``seen`` (the
    characters of ``text``) cannot make a match."""
    return len(compiled(pattern).findall(text)) if may_match(pattern, seen) else 0


@functools.cache
def within_words(pattern: str) -> bool:
    r"""Whether no item of the regex ``pattern``, its look-arounds' included, matches a
    character of :data:`SPACES`, and no match of it is empty, nor does it hold an anchor or a
    reference: then every match lies within one run of other characters, and a look-around that
    reaches a space fails or holds as it does at the text's edge, so that its matches in a text
    are its matches in the text's words (``text.split()``) added up. Where it cannot tell:
    False.

    >>> within_words("(?<![бв])по-т"), within_words("[^\\W\\d_]+ә"), within_words("ць(?!о)")
    (True, True, True)
    >>> within_words("(?<=\\w )т"), within_words("[^а]"), within_words("а\\b"), within_words("а?")
    (False, False, False, False)
    """
    try:
        from re import _constants as k  # type: ignore[attr-defined]
        from re import _parser  # type: ignore[attr-defined]
    except ImportError:  # pragma: no cover (a Python without them)
        return False

    def category(name: Any, c: str) -> bool:  # whether the class \d \s \w (or not) holds c
        rx = _CATEGORIES.get(str(name).removeprefix("CATEGORY_").removeprefix("UNI_"))
        return rx is None or re.fullmatch(rx, c) is not None  # (unknown: it may)

    def holds(items: Any, c: str) -> bool:  # whether a set ([...]) matches c
        negate, found = False, False
        for op, av in items:
            if op is k.NEGATE:
                negate = True
            elif op is k.LITERAL:
                found |= chr(av) == c
            elif op is k.RANGE:
                found |= av[0] <= ord(c) <= av[1]
            elif op is k.CATEGORY:
                found |= category(av, c)
            else:
                return True  # (unknown: it may)
        return found != negate

    def clear(items: Any) -> bool:  # no item of the sequence matches a space
        for op, av in items:
            if op is k.LITERAL:
                ok = chr(av) not in SPACES
            elif op is k.IN:
                ok = not any(holds(av, c) for c in SPACES)
            elif op is k.SUBPATTERN:
                ok = clear(av[-1])
            elif op is k.BRANCH:
                ok = all(clear(branch) for branch in av[1])
            elif op in (k.MAX_REPEAT, k.MIN_REPEAT):
                ok = clear(av[2])
            elif op in (k.ASSERT, k.ASSERT_NOT):
                ok = clear(av[1])
            else:  # any character, an anchor, a reference, anything else
                ok = False
            if not ok:
                return False
        return True

    try:
        parsed = _parser.parse(pattern)
    except Exception:  # pragma: no cover (a parser of another shape)
        return False
    if parsed.state.flags & re.IGNORECASE or parsed.getwidth()[0] == 0:
        return False
    return clear(parsed)


_CATEGORIES = {
    "DIGIT": r"\d",
    "NOT_DIGIT": r"\D",
    "SPACE": r"\s",
    "NOT_SPACE": r"\S",
    "WORD": r"\w",
    "NOT_WORD": r"\W",
}
