"""Shipped data wired into the library (the public API layer's side of the glossaries).

:mod:`translit.names` never reads glossaries itself; it receives the established name forms
as plain rows. This module reads them from the shipped ``glossaries/names.csv`` through
:mod:`translit.glossary` — the one reader of that layout — and hands them over.
"""

from __future__ import annotations

import functools

__all__ = ["NAME_LANGUAGES", "name_rows"]

#: Columns of the established-forms rows: the concept's type and one form per language.
NAME_LANGUAGES = ("ru", "en", "de", "fr")


@functools.cache
def name_rows() -> tuple[dict[str, str], ...]:
    """``{"type", "ru", "en", "de", "fr"}`` rows of the shipped name glossary: one per Russian
    term of a concept (ВЧК and ЧК both lead to Cheka), with the other languages' preferred forms.

    >>> next(r for r in name_rows() if r["ru"] == "СССР")["de"]
    'UdSSR'
    """
    from .glossary.files import load, shipped_path

    rows = []
    for concept in load(shipped_path("names.csv")).concepts:
        row = {"type": concept.subject or ""}
        for lang in NAME_LANGUAGES[1:]:
            term = concept.preferred(lang)
            row[lang] = term.text if term is not None else ""
        for term in concept.terms:
            if term.lang == "ru":
                rows.append({**row, "ru": term.text})
    return tuple(rows)
