"""The one in-memory glossary model: a :class:`Glossary` of :class:`Concept` s holding :class:`Term` s.

Every reader (TBX, CSV/TSV, PO) builds this model and every writer takes it, so a rule about
terms lives here once. Language tags are BCP 47 (``ru``, ``ru-Latn``, ``fr``, ``de-AT``) and are
checked with Babel by :func:`valid_tag` (the lint reports bad ones; reading never fails on them).

Russian (and other Cyrillic) terms carry no hand-typed romanisations: :meth:`Term.romanizations`
derives them on demand from every scheme of the catalogue. Romanised forms a terminologist did
type (``ru-Latn`` terms, or ``transliteratedForm``) are kept and checked by :mod:`.lint`.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from typing import Any

from ..errors import GlossaryError
from ..script import has_cyrillic

__all__ = [
    "STATUSES",
    "TERM_TYPES",
    "Concept",
    "Glossary",
    "Term",
    "is_cyrillic",
    "norm_status",
    "norm_tag",
    "norm_type",
    "primary",
    "valid_tag",
]

#: Term types (TBX ``termType`` values in their TBX-Basic spelling).
TERM_TYPES = (
    "fullForm",
    "acronym",
    "abbreviation",
    "shortForm",
    "variant",
    "transliteratedForm",
)
#: Term statuses, best first (TBX ``administrativeStatus`` without the ``Term-admn-sts`` tail).
STATUSES = ("preferred", "admitted", "deprecated", "superseded")

_TYPE_ALIASES = {
    "fullform": "fullForm",
    "full form": "fullForm",
    "acronym": "acronym",
    "initialism": "acronym",
    "abbreviation": "abbreviation",
    "abbreviated form": "abbreviation",
    "abbreviatedform": "abbreviation",
    "shortform": "shortForm",
    "short form": "shortForm",
    "variant": "variant",
    "transliteratedform": "transliteratedForm",
    "transliterated form": "transliteratedForm",
    "transliteration": "transliteratedForm",
    "romanizedform": "transliteratedForm",
}
_STATUS_ALIASES = {
    "preferred": "preferred",
    "preferredterm": "preferred",
    "preferredterm-admn-sts": "preferred",
    "admitted": "admitted",
    "admittedterm": "admitted",
    "admittedterm-admn-sts": "admitted",
    "deprecated": "deprecated",
    "deprecatedterm": "deprecated",
    "deprecatedterm-admn-sts": "deprecated",
    "notrecommended": "deprecated",
    "not recommended": "deprecated",
    "superseded": "superseded",
    "supersededterm": "superseded",
    "supersededterm-admn-sts": "superseded",
    "obsolete": "superseded",
}


def norm_type(value: str | None) -> str:
    """The canonical term type for a TBX/CSV spelling (``"full form"`` → ``"fullForm"``).

    >>> norm_type("abbreviated form")
    'abbreviation'
    """
    if not value:
        return "fullForm"
    key = value.strip().replace("_", " ").lower()
    got = _TYPE_ALIASES.get(key) or _TYPE_ALIASES.get(key.replace(" ", ""))
    if got is None:
        raise GlossaryError(f"unknown term type {value!r} (known: {', '.join(TERM_TYPES)})")
    return got


def norm_status(value: str | None) -> str:
    """The canonical status for TBX v2/v3 or CSV spellings (``"admittedTerm-admn-sts"``).

    >>> norm_status("notRecommended")
    'deprecated'
    """
    if not value:
        return "preferred"
    key = value.strip().lower()
    got = _STATUS_ALIASES.get(key) or _STATUS_ALIASES.get(key.replace(" ", ""))
    if got is None:
        raise GlossaryError(f"unknown term status {value!r} (known: {', '.join(STATUSES)})")
    return got


def norm_tag(tag: str) -> str:
    """BCP 47 casing of a language tag or POSIX locale: ``'RU_latn'`` → ``'ru-Latn'``.

    >>> norm_tag("de_at")
    'de-AT'
    """
    parts = [p for p in tag.strip().replace("_", "-").split("-") if p]
    if not parts:
        return ""
    out = [parts[0].lower()]
    for p in parts[1:]:
        if len(p) == 4 and p.isalpha():
            out.append(p.title())
        elif (len(p) == 2 and p.isalpha()) or (len(p) == 3 and p.isdigit()):
            out.append(p.upper())
        else:
            out.append(p.lower())
    return "-".join(out)


def primary(tag: str) -> str:
    """The primary language subtag: ``'ru-Latn'`` → ``'ru'``."""
    return norm_tag(tag).split("-")[0]


@functools.cache
def valid_tag(tag: str) -> bool:
    """Whether Babel (CLDR) knows the language, script and region of ``tag``.

    >>> valid_tag("ru-Latn"), valid_tag("fr"), valid_tag("xx")
    (True, True, False)
    """
    from babel import Locale, UnknownLocaleError

    tag = norm_tag(tag)
    if not tag or tag == "und":
        return tag == "und"
    parts = tag.split("-")
    en = Locale("en")
    if parts[0] not in en.languages:
        try:
            Locale.parse(parts[0])
        except (UnknownLocaleError, ValueError):
            return False
    for p in parts[1:]:
        if len(p) == 4 and p.isalpha() and p not in en.scripts:
            return False
        if (
            (len(p) == 2 and p.isalpha()) or (len(p) == 3 and p.isdigit())
        ) and p not in en.territories:
            return False
    return True


def is_cyrillic(text: str) -> bool:
    """Whether ``text`` contains a Cyrillic letter."""
    return has_cyrillic(text)


@dataclass
class Term:
    """One designation of a concept in one language.

    >>> Term("РОА", "ru", type="acronym").status
    'preferred'
    """

    text: str
    lang: str
    type: str = "fullForm"
    status: str = "preferred"
    pos: str | None = None
    gender: str | None = None
    note: str | None = None
    source: str | None = None
    line: int | None = field(default=None, compare=False)

    def __post_init__(self) -> None:
        self.text = self.text.strip()
        self.lang = norm_tag(self.lang)
        self.type = norm_type(self.type)
        self.status = norm_status(self.status)

    @property
    def is_acronym(self) -> bool:
        """Acronyms and abbreviations, and any all-caps term of two letters or more."""
        if self.type in ("acronym", "abbreviation"):
            return True
        letters = [c for c in self.text if c.isalpha()]
        return len(letters) >= 2 and all(c.isupper() for c in letters)

    def romanizations(self, schemes: list[str] | None = None) -> dict[str, str]:
        """This Cyrillic term romanised under every scheme of its language (or ``schemes``).

        Derived on demand from the scheme files, so they never drift from the standards.
        Latin terms give ``{}``.

        >>> Term("Власовцы", "ru").romanizations(["bgn-pcgn"])
        {'bgn-pcgn': 'Vlasovtsy'}
        """
        if not is_cyrillic(self.text):
            return {}
        return dict(_romanize_all(self.text, primary(self.lang), tuple(schemes or ())))


@functools.lru_cache(maxsize=65536)
def _romanize_all(text: str, lang: str, only: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    from ..catalogue import get_romanizer, languages, scheme_ids
    from ..errors import UnknownLanguageError

    if lang not in languages():
        lang = "ru"
    ids = list(only) or scheme_ids(lang)
    out = []
    for sid in ids:
        try:
            out.append((sid, get_romanizer(sid, lang)(text)))
        except (UnknownLanguageError, GlossaryError):  # pragma: no cover - defensive
            continue
    return tuple(out)


@dataclass
class Concept:
    """A concept: an id, an optional subject field, terms, and per-language definitions/notes.

    >>> c = Concept("roa", terms=[Term("ROA", "fr", type="acronym"),
    ...                           Term("Armée de libération russe", "fr")])
    >>> c.preferred("fr").text
    'Armée de libération russe'
    """

    id: str
    subject: str | None = None
    terms: list[Term] = field(default_factory=list)
    definitions: dict[str, str] = field(default_factory=dict)
    notes: dict[str, str] = field(default_factory=dict)
    source: str | None = None
    line: int | None = field(default=None, compare=False)

    def terms_in(self, lang: str) -> list[Term]:
        """Terms whose tag is ``lang`` (a bare ``'fr'`` also takes ``'fr-CA'``…), best first."""
        tag = norm_tag(lang)
        exact = [t for t in self.terms if t.lang == tag]
        if not exact and "-" not in tag:
            exact = [t for t in self.terms if primary(t.lang) == tag and "-Latn" not in t.lang]
        return sorted(exact, key=_rank)

    def preferred(self, lang: str) -> Term | None:
        """The preferred full form in ``lang`` (else the best term there), or ``None``."""
        terms = [t for t in self.terms_in(lang) if t.status in ("preferred", "admitted")]
        return terms[0] if terms else None

    def preferred_acronym(self, lang: str) -> Term | None:
        """The best acronym/abbreviation in ``lang``, or ``None``."""
        terms = [
            t for t in self.terms_in(lang) if t.is_acronym and t.status in ("preferred", "admitted")
        ]
        return terms[0] if terms else None

    def languages(self) -> list[str]:
        """The language tags used by this concept's terms."""
        return sorted({t.lang for t in self.terms})


def _rank(t: Term) -> tuple[int, int, int]:
    return (
        STATUSES.index(t.status),
        0 if t.type == "fullForm" else 2 if t.is_acronym else 1,
        0,
    )


@dataclass
class Glossary:
    """A list of concepts plus what the file said about itself.

    ``languages`` lists the declared languages (empty: those the terms use); ``warnings``
    collects what a reader could not map exactly (never silently dropped).
    """

    concepts: list[Concept] = field(default_factory=list)
    title: str | None = None
    source_lang: str | None = None
    languages: list[str] = field(default_factory=list)
    path: str | None = None
    warnings: list[str] = field(default_factory=list)
    _cache: dict[Any, Any] = field(default_factory=dict, repr=False, compare=False)

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by content

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Glossary):
            return NotImplemented
        return self.concepts == other.concepts

    def __len__(self) -> int:
        return len(self.concepts)

    def __iter__(self) -> Any:
        return iter(self.concepts)

    def get(self, concept_id: str) -> Concept | None:
        """The concept with this id, or ``None``."""
        for c in self.concepts:
            if c.id == concept_id:
                return c
        return None

    def declared_languages(self) -> list[str]:
        """``languages`` when declared, else the primary languages the terms use (not -Latn)."""
        if self.languages:
            return [norm_tag(t) for t in self.languages]
        return sorted(
            {t.lang for c in self.concepts for t in c.terms if not t.lang.endswith("-Latn")}
        )

    def fingerprint(self) -> tuple[int, int]:
        """A cheap change marker for the caches of lookup and apply."""
        return (len(self.concepts), sum(len(c.terms) for c in self.concepts))

    def merge(self, other: Glossary) -> Glossary:
        """A new glossary with this glossary's concepts followed by ``other``'s."""
        return Glossary(
            [*self.concepts, *other.concepts],
            title=self.title,
            source_lang=self.source_lang,
            languages=sorted({*self.languages, *other.languages}),
            path=self.path,
            warnings=[*self.warnings, *other.warnings],
        )

    def stats(self) -> dict[str, Any]:
        """Counts: concepts, terms, terms per language, per type and per status."""
        per_lang: dict[str, int] = {}
        per_type: dict[str, int] = {}
        per_status: dict[str, int] = {}
        for c in self.concepts:
            for t in c.terms:
                per_lang[t.lang] = per_lang.get(t.lang, 0) + 1
                per_type[t.type] = per_type.get(t.type, 0) + 1
                per_status[t.status] = per_status.get(t.status, 0) + 1
        return {
            "concepts": len(self.concepts),
            "terms": sum(per_lang.values()),
            "languages": dict(sorted(per_lang.items())),
            "types": dict(sorted(per_type.items())),
            "statuses": dict(sorted(per_status.items())),
            "subjects": dict(
                sorted(
                    {
                        s: sum(1 for c in self.concepts if c.subject == s)
                        for s in {c.subject or "" for c in self.concepts}
                    }.items()
                )
            ),
        }
