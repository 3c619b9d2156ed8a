"""Text and terms as glossary apply and lookup compare them: :func:`fold`.

Folding lower-cases a text, turns every character that is not a letter, digit or combining mark
into a space and ё/ë into е/e, one character for one, so that offsets in the folded text are
offsets in the original (:mod:`translit.glossary.apply`'s matcher, :mod:`.search`'s index,
:mod:`.forms`' word comparisons).
"""

from __future__ import annotations

import re

from ..script import CYRILLIC_LETTER_CLASS

__all__ = ["fold"]

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
    """
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
