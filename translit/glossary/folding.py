"""Text and terms as glossary apply and lookup compare them: :func:`fold`.

Folding lower-cases a text, turns every character that is not a letter, digit or combining mark
into a space and ё/ë into е/e, one character for one, so that offsets in the folded text are
offsets in the original (:mod:`translit.glossary.apply`'s matcher, :mod:`.search`'s index,
:mod:`.forms`' word comparisons).
"""

from __future__ import annotations

import functools
import re

from ..engine.native import MAP_CHARS
from ..script import CYRILLIC_LETTER_CLASS

__all__ = ["fold", "padded"]

# every character that is not a word character (\w) or combining mark is a separator (plain
# spaces are left alone: they are already), and so are the word characters _ and the
# apostrophe-like letters ʹ ʺ ʻ ʼ ʽ (’ is no word character)
_KEPT = r"\w\u0300-\u036f"
_WORD_SEPARATORS = "_\u02b9\u02ba\u02bb\u02bc\u02bd"
_SEPARATOR = re.compile(f"[^ {_KEPT}]|[{_WORD_SEPARATORS}]")
#: a long text's: its ASCII characters as fold writes them, for bytes.translate over its UTF-8
#: (where an ASCII byte is always a character of its own), then the other separators (the
#: Cyrillic letters written into the class first: they are \w too, and a range is read
#: before \w's category look-up): fold in a third of the time
_ASCII_FOLD = bytes(32 if _SEPARATOR.fullmatch(chr(b)) else b for b in range(128))
_ASCII_FOLD += bytes(range(128, 256))
_SEPARATORS = re.compile(f"[^\\x00-\\x7f{CYRILLIC_LETTER_CLASS}{_KEPT}]")
_LONG = 256  # (a term, shorter: one pass of _SEPARATOR costs less than the bytes' three)


def fold(text: str) -> str:
    """Lower-case ``text``, turn separators into spaces and ё/ë into е/e, keeping its length.

    >>> fold("РОА, Vooruzhënnyye — l’Axe")
    'роа  vooruzhennyye   l axe'

    A long text is read in C (``MAP_CHARS``) through a table of what this rule makes of each
    character below U+3000 (:func:`_fold_table`); the characters the table leaves (CJK, emoji,
    Σ) are folded here, by the rule itself.
    """
    if len(text) < _LONG or type(text) is not str:  # (a term: no list, no join)
        return _fold(text)
    return "".join(_folded(text))


def padded(text: str) -> str:
    """:func:`fold` of ``text`` with a space at each end, made in one piece (glossary apply's
    matcher reads a long text so: the text copied once, not three times).

    >>> padded("РОА")
    ' роа '
    """
    return "".join([" ", *_folded(text), " "])


def _folded(text: str) -> list[str]:
    """:func:`fold` of ``text`` in pieces, to be joined."""
    if MAP_CHARS is None or len(text) < _LONG or type(text) is not str:
        return [_fold(text)]
    got, left = MAP_CHARS(text, _fold_table())
    if not left:
        return [got]
    rest = "".join([text[a:b] for a, b in left])
    if "Σ" in rest:  # (its lower case is ς at a word's end: the letters around it tell)
        return [_fold(text)]
    rest = _fold(rest)  # (the rule reads each character alone: the runs in one call)
    parts: list[str] = []
    last = done = 0
    for a, b in left:
        parts += (got[last:a], rest[done : done + b - a])
        done += b - a
        last = b
    parts.append(got[last:])
    return parts


#: the code points of fold's table: those below the CJK symbols block (every alphabet but the
#: CJK scripts', the general punctuation, the symbols); building it costs about 1.5 ms
_FOLD_TABLE_END = 0x3000


@functools.cache
def _fold_table() -> str:
    """What :func:`fold` makes of each character below :data:`_FOLD_TABLE_END`, by code point
    (the table of ``MAP_CHARS``), "\\0" for Σ, whose lower case depends on its neighbours.
    Its rule read a piece of the code points at a time (a piece holding a letter whose lower
    case is longer, İ, is lower-cased letter by letter).

    >>> _fold_table()[ord("Ё")], _fold_table()[ord("-")], _fold_table()[0x3A3]
    ('е', ' ', '\\x00')
    """
    chars = "".join(map(chr, range(_FOLD_TABLE_END)))
    table = "".join(_fold(chars[i : i + 1024]) for i in range(0, len(chars), 1024))
    sigma = ord("Σ")
    return table[:sigma] + "\0" + table[sigma + 1 :]


def _fold(text: str) -> str:
    """:func:`fold` by its rule: lower case, then the separators' regular expressions."""
    low = text.lower()
    if len(low) != len(text):  # a letter whose lower case is longer (İ): keep it
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    if len(low) < _LONG:
        low = _SEPARATOR.sub(" ", low)
    else:
        utf8 = low.encode("utf-8", "surrogatepass").translate(_ASCII_FOLD)
        low = _SEPARATORS.sub(" ", utf8.decode("utf-8", "surrogatepass"))
        for ch in _WORD_SEPARATORS[1:]:  # (str.replace: a pass each, none where there is none)
            low = low.replace(ch, " ")
    return low.replace("ё", "е").replace("ë", "e")
