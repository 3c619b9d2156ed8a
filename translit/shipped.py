"""Shipped data wired into the library (the public API layer's side of the glossaries).

:mod:`translit.names` never reads glossaries itself; it receives the established name forms
as plain rows. This module reads them from the shipped ``glossaries/names.csv`` through
:mod:`translit.glossary` — the one reader of that layout — and hands them over.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

__all__ = ["NAME_LANGUAGES", "SOURCE_LANGUAGES", "NameRow", "name_rows"]

#: Reader languages of the established-forms rows.
NAME_LANGUAGES = ("en", "de", "fr")
#: Source (Cyrillic) languages whose spellings the rows list.
SOURCE_LANGUAGES = ("ru", "uk", "be")


@dataclass(frozen=True, slots=True)
class NameRow:
    """One source spelling of a concept of ``names.csv`` with the concept's reader forms.

    ``forms[lang]`` holds every form in that reader language, the preferred one first.
    """

    id: str
    kind: str
    lang: str
    text: str
    forms: dict[str, tuple[str, ...]]

    def form(self, lang: str) -> str:
        """The preferred form in ``lang`` (``""`` when the row has none)."""
        return (self.forms.get(lang) or ("",))[0]


@functools.cache
def name_rows() -> tuple[NameRow, ...]:
    """Rows of the shipped name glossary: one per source-language spelling of a concept
    (ВЧК and ЧК both lead to Cheka; Харьков and Харків both to Kharkiv).

    >>> next(r for r in name_rows() if r.text == "СССР").form("de")
    'UdSSR'
    """
    from .glossary.files import load, shipped_path

    rows = []
    for concept in load(shipped_path("names.csv")).concepts:
        forms = {
            lang: tuple(t.text for t in concept.terms_in(lang) if t.status != "deprecated")
            for lang in NAME_LANGUAGES
        }
        for term in concept.terms:
            if term.lang in SOURCE_LANGUAGES:
                rows.append(NameRow(concept.id, concept.subject or "", term.lang, term.text, forms))
    return tuple(rows)
