"""Character facts the engine compiles with: script ranges, combining marks, and the letters
newer than this Python's Unicode tables (``translit/data/unicode_newer.toml``)."""

from __future__ import annotations

import re
import tomllib
import unicodedata
from importlib import resources

_CYRILLIC_RANGES = ((0x0400, 0x052F), (0x1C80, 0x1C8F), (0x2DE0, 0x2DFF), (0xA640, 0xA69F))
_CYRILLIC_CLASS = r"\u0400-\u052F\u1C80-\u1C8F\u2DE0-\u2DFF\uA640-\uA69F"
_LATIN_CLASS = r"A-Za-z\u00C0-\u024F\u1E00-\u1EFF\u02B9\u02BA"
_LATIN_RANGES = ((0x41, 0x5A), (0x61, 0x7A), (0xC0, 0x24F), (0x1E00, 0x1EFF), (0x2B9, 0x2BA))
_MARK_CLASS = r"\u0300-\u036F"
_MARKS = re.compile(f"[{_MARK_CLASS}]")
_MARK_CHARS = "".join(map(chr, range(0x300, 0x370)))


def _newer_letters() -> dict[str, dict[str, str]]:
    """Letters newer than Python's Unicode tables (``data/unicode_newer.toml``), by character."""
    raw = tomllib.loads((resources.files("translit") / "data" / "unicode_newer.toml").read_text())
    version = tuple(map(int, unicodedata.unidata_version.split(".")))
    if version >= tuple(map(int, raw["unicode_version"].split("."))):
        return {}  # Python knows them itself
    return {chr(int(cp, 16)): facts for cp, facts in raw["letters"].items()}


_NEWER = _newer_letters()
# their lower case, and a stand-in of the same case that Python's str methods understand
_NEWER_LOWER = {ord(c): chr(int(f["lower"], 16)) for c, f in _NEWER.items() if "lower" in f}
_NEWER_SHAPE = {ord(c): "T" if f["category"] == "Lu" else "t" for c, f in _NEWER.items()}
_NEWER_CAPITAL = re.compile("[" + "".join(map(chr, _NEWER_LOWER)) + "]") if _NEWER_LOWER else None
