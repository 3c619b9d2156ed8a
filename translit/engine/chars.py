"""Character facts the engine compiles with: script ranges, combining marks, the letters
newer than this Python's Unicode tables (``translit/data/unicode_newer.toml``), the letters
whose case says nothing (``translit/data/letter_case.toml``) and the early letters that write a
common letter's sound (``translit/data/letter_variants.toml``)."""

from __future__ import annotations

import functools
import re
import unicodedata

from .._datafiles import load_toml
from ..script import (
    CYRILLIC_BLOCKS,
    DIACRITICS,
    INVISIBLE,
    ROMAN_CLASS,
    ROMAN_RANGES,
    char_class,
    chars,
)

CYRILLIC_RANGES = CYRILLIC_BLOCKS
LATIN_CLASS = ROMAN_CLASS
LATIN_RANGES = ROMAN_RANGES
MARK_CLASS = char_class(DIACRITICS)  # (the marks inside a word the rules read)
MARKS = re.compile(f"[{MARK_CLASS}]")
MARK_CHARS = "".join(chars(DIACRITICS))
#: the characters without a glyph a word holds (script.INVISIBLE: a soft hyphen, a joiner, a
#: variation selector): inside a word, not read by its rules; each follows its letter's output
INVISIBLE_CLASS = char_class(INVISIBLE)
INVISIBLE_CHARS = "".join(chars(INVISIBLE))


def _newer_letters() -> dict[str, dict[str, str]]:
    """Letters newer than Python's Unicode tables (``data/unicode_newer.toml``), by character."""
    raw = load_toml("unicode_newer.toml")
    version = tuple(map(int, unicodedata.unidata_version.split(".")))
    if version >= tuple(map(int, raw["unicode_version"].split("."))):
        return {}  # Python knows them itself
    return {chr(int(cp, 16)): facts for cp, facts in raw["letters"].items()}


NEWER = _newer_letters()
# their lower case, and a stand-in of the same case that Python's str methods understand
NEWER_LOWER = {ord(c): chr(int(f["lower"], 16)) for c, f in NEWER.items() if "lower" in f}
NEWER_SHAPE = {
    ord(c): "T" if f["category"] == "Lu" else "t"
    for c, f in NEWER.items()
    if f["category"] in ("Lu", "Ll")  # (a modifier letter has no case, as Python reads one)
}
NEWER_CAPITAL = re.compile("[" + "".join(map(chr, NEWER_LOWER)) + "]") if NEWER_LOWER else None

#: Letters whose case says nothing about their word's (the palochka: data/letter_case.toml).
CASELESS = str(load_toml("letter_case.toml")["caseless"])
#: What decides the case of a word's pieces, for both engines: each character read as itself,
#: except a newer letter (as a stand-in of its case) and a caseless one (as an uncased sign).
SHAPE = {**NEWER_SHAPE, **{ord(c): "'" for c in CASELESS}}


@functools.cache
def shaped() -> re.Pattern[str]:
    """A character of :data:`SHAPE`: a word holding one is read through SHAPE (compiled on
    first use: only the interpreter reads it, the C engine has the flags)."""
    return re.compile("[" + "".join(map(chr, SHAPE)) + "]")


#: Early Cyrillic letters read as a common letter by the last resort (data/letter_variants.toml).
VARIANTS = dict(load_toml("letter_variants.toml")["variants"])
