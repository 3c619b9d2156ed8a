"""Terminology glossaries: one model, TBX/CSV/TSV/PO/XLSX formats, lookup, lint, apply to text
and check a translation against them (``check_translation``).

    >>> from translit.glossary import load, lookup, shipped_path
    >>> g = load(shipped_path("ww2-roa.tbx"))
    >>> lookup(g, "вс Конр", target="fr")[0].target.text
    'Forces armées du Comité pour la libération des peuples de Russie'

Names are imported on first use (lxml and Babel only when a file needs them). ``load`` and
``save`` pick the format from the extension (``.tbx``, ``.csv``, ``.tsv``, ``.po``, ``.pot``,
``.xlsx``) or ``format=`` (``multiterm``: MultiTerm XML, read from ``.xml`` as TBX is); see
:mod:`.files` for the options of each format.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._lazy import lazy_names

__all__ = [
    "Concept",
    "Finding",
    "Glossary",
    "Hit",
    "Match",
    "QaFinding",
    "Term",
    "apply_text",
    "check_translation",
    "find_terms",
    "lint",
    "load",
    "lookup",
    "save",
    "shipped",
    "shipped_path",
]

_API: dict[str, str] = {
    "Glossary": "translit.glossary.model",
    "Concept": "translit.glossary.model",
    "Term": "translit.glossary.model",
    "load": "translit.glossary.files",
    "save": "translit.glossary.files",
    "shipped_path": "translit.glossary.files",
    "shipped": "translit.glossary.files",
    "lookup": "translit.glossary.search",
    "Match": "translit.glossary.search",
    "lint": "translit.glossary.checks",
    "Finding": "translit.glossary.checks",
    "apply_text": "translit.glossary.apply",
    "find_terms": "translit.glossary.apply",
    "Hit": "translit.glossary.apply",
    "check_translation": "translit.glossary.qa",
    "QaFinding": "translit.glossary.qa",
}

if TYPE_CHECKING:  # pragma: no cover
    from .apply import Hit, apply_text, find_terms
    from .checks import Finding, lint
    from .files import load, save, shipped, shipped_path
    from .model import Concept, Glossary, Term
    from .qa import QaFinding, check_translation
    from .search import Match, lookup


__getattr__, __dir__ = lazy_names(__name__, _API)
