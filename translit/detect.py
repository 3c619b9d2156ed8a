"""Language of a Cyrillic text (placeholder: distinctive letters only; issue 3 replaces it)."""

from __future__ import annotations

__all__ = ["DEFAULT", "detect", "detect_or_default"]

DEFAULT = "ru"
_DISTINCT = {"ї": "uk", "є": "uk", "ґ": "uk", "ў": "be", "ђ": "sr", "ћ": "sr", "ѓ": "mk", "ќ": "mk"}


def detect(text: str) -> str:
    """Language code of ``text`` (``'und'`` when it has no Cyrillic)."""
    if not any("\u0400" <= c <= "\u04ff" for c in text):
        return "und"
    for c in text.lower():
        if c in _DISTINCT:
            return _DISTINCT[c]
    return DEFAULT


def detect_or_default(text: str) -> str:
    """:func:`detect`, with Russian when the text gives no evidence."""
    lang = detect(text)
    return DEFAULT if lang == "und" else lang
