"""Shipped data wired into the library (the public API layer's side of the glossaries).

:mod:`translit.names` never reads glossaries itself; it receives the established name forms
as plain rows. This module reads them from the shipped ``glossaries/names.csv`` through
:mod:`translit.glossary` — the one reader of that layout — checks them and hands them over.

The file has one column per reader language (``en de fr``) and one per Cyrillic language the
project romanises (the scheme folders: ``ru uk be bg mk sr kk ky mn az tk tg tt ce ug rue ro
ba uz``), each holding the name as that language spells it.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeVar

from .errors import GlossaryError
from .script import has_cyrillic

if TYPE_CHECKING:  # pragma: no cover
    from .glossary.model import Concept, Glossary

T = TypeVar("T")

__all__ = ["NAME_LANGUAGES", "NAME_TYPES", "NameRow", "name_rows", "read_name_rows"]

#: Reader languages of the established-forms rows.
NAME_LANGUAGES = ("en", "de", "fr")
#: The ``type`` column's values (``org`` and ``term`` rows serve the glossary tools only).
NAME_TYPES = frozenset({"person", "place", "acronym", "org", "term"})


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


def read_name_rows(path: str | os.PathLike[str]) -> tuple[NameRow, ...]:
    """The rows of an established-forms file in the layout of ``glossaries/names.csv``: one
    per source-language spelling of a concept (ВЧК and ЧК both lead to Cheka; Харьков and
    Харків both to Kharkiv; Астана in the ``ru`` and the ``kk`` column both to Astana).

    A column named by a language is a source spelling when the language has scheme files
    (:func:`translit.catalogue.languages`), a reader form when it is ``en``, ``de`` or ``fr``.
    A row that breaks the layout is a :class:`~translit.errors.GlossaryError` naming the file
    and line: an unknown ``type``, no source spelling, no ``source``, a spelling column without
    Cyrillic letters, a reader form with Cyrillic letters; so is a language column that is
    neither.
    """
    from .glossary.files import load

    name = os.fspath(path)
    return _name_rows_of(load(name), name)


def _name_rows_of(glossary: Glossary, name: str) -> tuple[NameRow, ...]:
    """The rows of ``glossary``, read from the file ``name`` (see :func:`read_name_rows`)."""
    from .catalogue import languages

    sources = frozenset(languages())
    for tag in glossary.languages:
        if tag not in sources and tag not in NAME_LANGUAGES:
            raise GlossaryError(
                f"column {tag!r} is neither a reader language ({', '.join(NAME_LANGUAGES)}) "
                "nor a language with scheme files (translit/data/schemes/)",
                name,
                1,
            )
    rows: list[NameRow] = []
    for concept in glossary.concepts:
        rows.extend(_concept_rows(concept, name, sources))
    return tuple(rows)


def _concept_rows(concept: Concept, path: str, sources: frozenset[str]) -> list[NameRow]:
    """The rows of one concept of an established-forms file (see :func:`read_name_rows`)."""

    def bad(what: str) -> GlossaryError:
        return GlossaryError(f"row {concept.id!r}: {what}", path, concept.line)

    kind = concept.subject or ""
    if kind not in NAME_TYPES:
        raise bad(f"type {kind!r} is not one of {', '.join(sorted(NAME_TYPES))}")
    if not concept.source:
        raise bad("no source (say where the forms come from)")
    forms: dict[str, tuple[str, ...]] = {}
    for lang in NAME_LANGUAGES:
        terms = [t for t in concept.terms_in(lang) if t.status != "deprecated"]
        for t in terms:
            if has_cyrillic(t.text):
                raise bad(f"column {lang}: {t.text!r} has Cyrillic letters (a reader form)")
        forms[lang] = tuple(t.text for t in terms)
    spellings = [t for t in concept.terms if t.lang in sources]
    if not spellings:
        raise bad("no Cyrillic spelling (a column ru, uk, be, kk … holds one)")
    for term in spellings:
        if not has_cyrillic(term.text):
            raise bad(f"column {term.lang}: {term.text!r} is not spelled in Cyrillic")
    return [NameRow(concept.id, kind, term.lang, term.text, forms) for term in spellings]


@functools.cache
def name_rows() -> tuple[NameRow, ...]:
    """Rows of the shipped name glossary (:func:`read_name_rows` of ``names.csv``).

    >>> next(r for r in name_rows() if r.text == "СССР").form("de")
    'UdSSR'
    >>> next(r for r in name_rows() if r.lang == "kk" and r.text == "Астана").form("fr")
    'Astana'
    """
    from .glossary.files import shipped_file, shipped_path

    path = shipped_path("names.csv")  # (the reading shipped() merges: one a process)
    return _name_rows_of(shipped_file(path), os.fspath(path))


def kept(make: Callable[[], T], kind: str) -> T:
    """``make()``, a table the names make of the shipped ``names.csv`` and the package's data
    (and CLDR's, Babel's), from the copy an earlier process kept of it while those are
    unchanged (:func:`translit._datafiles.kept_copy`)."""
    from ._datafiles import kept_copy
    from .glossary.files import shipped_path

    return kept_copy(os.fspath(shipped_path("names.csv")), make, kind, deps=("babel",))
