"""The one in-memory glossary model: a :class:`Glossary` of :class:`Concept` s holding :class:`Term` s.

Every reader (TBX, CSV/TSV, PO) builds this model and every writer takes it, so a rule about
terms lives here once. Language tags are BCP 47 (``ru``, ``ru-Latn``, ``fr``, ``de-AT``) and are
checked with Babel by :func:`valid_tag` (the lint reports bad ones; reading never fails on them).

Russian (and other Cyrillic) terms carry no hand-typed romanisations: :meth:`Term.romanizations`
derives them on demand from every scheme of the catalogue. Romanised forms a terminologist did
type (``ru-Latn`` terms, or ``transliteratedForm``) are kept and checked by :mod:`.lint`.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import operator
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from dataclasses import fields as fields_of
from typing import Any

from .._datafiles import load_toml
from ..errors import GlossaryError, shown, want_str
from ..script import has_cyrillic
from ._xml import joined_back

__all__ = [
    "GENDERS",
    "MAX_TERM",
    "NUMBERS",
    "SHORT_TYPES",
    "STATUSES",
    "TERM_TYPES",
    "Concept",
    "Glossary",
    "Implied",
    "Joined",
    "Spelled",
    "Term",
    "building",
    "check_glossary",
    "check_text",
    "implied",
    "invented_id",
    "is_cyrillic",
    "is_name",
    "joined",
    "known_status",
    "known_type",
    "listing",
    "norm_gender",
    "norm_number",
    "norm_status",
    "norm_tag",
    "norm_type",
    "parts_of",
    "primary",
    "romanizations_of",
    "romanizers_of",
    "settle_ids",
    "short_kind",
    "tag_of_name",
    "valid_tag",
    "want_glossary",
    "want_tags",
    "with_part",
    "yes_no",
]

#: Term types: the TBX ``termType`` picklist (ISO 12620 / TBX v2 and v3, TBX-Basic's ``phrase``
#: included), each kept in its TBX spelling, so a type read from a file is written back as is.
TERM_TYPES = (
    "fullForm",
    "acronym",
    "abbreviation",
    "shortForm",
    "variant",
    "transliteratedForm",
    "phrase",
    "clippedTerm",
    "commonName",
    "entryTerm",
    "equation",
    "formula",
    "internationalScientificTerm",
    "logicalExpression",
    "partNumber",
    "phraseologicalUnit",
    "shortcut",
    "sku",
    "standardText",
    "symbol",
    "synonym",
    "synonymousPhrase",
    "transcribedForm",
    "truncatedTerm",
)
#: Term statuses, best first (TBX ``administrativeStatus`` without the ``Term-admn-sts`` tail).
STATUSES = ("preferred", "admitted", "deprecated", "superseded")
#: Grammatical genders (TBX-Basic's ``grammaticalGender`` picklist); glossary apply fits an
#: article to the first three (data/articles.toml)
GENDERS = ("masculine", "feminine", "neuter", "otherGender")
#: each gender as a file may spell it (folded to lower case) → TBX's: MultiTerm's Feminine, and
#: Phrase (Memsource) TMS's MASCULINE, FEMININE and NEUTRAL (its neuter)
_GENDER_OF = {g.lower(): g for g in GENDERS} | {"neutral": "neuter"}


def norm_gender(value: str | None) -> str:
    """The TBX gender (:data:`GENDERS`) a term's ``value`` spells, in any case or a tool's
    word for it; else ``value`` as it is (``""`` for ``None``, none). A term keeps its gender as written;
    those that read it (article fitting, declension, lint, the TBX writer) read it so.

    >>> norm_gender("NEUTRAL"), norm_gender("Feminine"), norm_gender("utrum"), norm_gender(None)
    ('neuter', 'feminine', 'utrum', '')
    """
    if value is None:
        return ""
    return _GENDER_OF.get(value.strip().lower(), value)


#: Grammatical numbers (TBX-Linguist's ``grammaticalNumber`` picklist, which TBX-Basic lacks: the
#: model keeps it as the term's data category, ``Term.extra``); glossary apply reads the first
#: two, a plural term's article (les Forces armées, die Streitkräfte)
NUMBERS = ("singular", "plural", "dual", "mass", "otherNumber")
_NUMBER_OF = {n.lower(): n for n in NUMBERS}
_NUMBER_NOTE = re.compile(
    r"<termNote\b[^>]*\btype=[\"']grammaticalNumber[\"'][^>]*>\s*([^<]*?)\s*</termNote>"
)


def norm_number(term: Term) -> str:
    """The grammatical number ``term``'s file states (TBX ``<termNote
    type="grammaticalNumber">``, kept in ``term.extra``; a CSV's ``<lang>:term tbx`` column
    holds it so), as :data:`NUMBERS` spells it, in any case; ``""`` where none is stated: the
    one home of the stated number, which :func:`~.forms.written_number` reads first.

    >>> note = '<termNote type="grammaticalNumber">Plural</termNote>'
    >>> norm_number(Term("Forces armées", "fr", extra=(note,))), norm_number(Term("Shoah", "fr"))
    ('plural', '')
    """
    for fragment in term.extra:
        m = _NUMBER_NOTE.search(fragment)
        if m is not None:
            return _NUMBER_OF.get(m.group(1).lower(), m.group(1))
    return ""


_TYPE_ALIASES = {t.lower(): t for t in TERM_TYPES} | {
    "full form": "fullForm",
    "initialism": "acronym",
    "abbreviated form": "abbreviation",
    "abbreviatedform": "abbreviation",
    "short form": "shortForm",
    "transliterated form": "transliteratedForm",
    "transliteration": "transliteratedForm",
    "romanizedform": "transliteratedForm",
    "term": "fullForm",  # IATE's term types "Term" and "Abbrev" (IATE online help, "Term level")
    "abbrev": "abbreviation",
}
#: Yes and no as CAT tools write a flag (memoQ's ``Forbidden`` column, Phrase's
#: ``<termNote type="forbidden">``), and as Excel shows TRUE/FALSE in the de, fr and ru locales
_YES = frozenset({"true", "yes", "1", "x", "forbidden", "wahr", "vrai", "истина"})
_NO = frozenset({"", "false", "no", "0", "falsch", "faux", "ложь"})


def yes_no(value: str) -> bool | None:
    """What a flag's ``value`` says: ``True``, ``False``, or ``None`` for neither.

    >>> yes_no("TRUE"), yes_no(" falsch"), yes_no(""), yes_no("maybe")
    (True, False, False, None)
    """
    v = value.strip().lower()
    return True if v in _YES else False if v in _NO else None


#: The values of TBX ``administrativeStatus`` (``…Term-admn-sts``) and ``normativeAuthorization``
#: (``…Term``) with the status each stands for: standardised, legal and regulated terms are
#: prescribed, so preferred; a proposed one is usable but not yet approved (admitted); Weblate's
#: and memoQ's ``forbidden`` and TBX-Min's ``notRecommended`` are deprecated; the ``approved``
#: and ``rejected`` of MultiTerm status picklists and Phrase term bases, and XTM's ``valid``,
#: are preferred and deprecated; XTM's ``NOT_APPROVED`` (its import files' statuses: VALID,
#: REJECTED, FORBIDDEN, NOT_APPROVED) is a term not yet approved, admitted.
_STATUS_VALUES = {
    "preferred": "preferred",
    "approved": "preferred",
    "valid": "preferred",
    "rejected": "deprecated",
    "standardized": "preferred",
    "legal": "preferred",
    "regulated": "preferred",
    "admitted": "admitted",
    "proposed": "admitted",
    "new": "admitted",  # Phrase (Memsource): a term a linguist added, not yet approved
    "notapproved": "admitted",  # XTM's NOT_APPROVED
    "deprecated": "deprecated",
    "forbidden": "deprecated",
    "notrecommended": "deprecated",
    "superseded": "superseded",
    "obsolete": "superseded",
}
_STATUS_ALIASES = {
    spelling: status
    for value, status in _STATUS_VALUES.items()
    for spelling in (value, f"{value}term", f"{value}term-admn-sts")
}

# what no glossary format can hold: C0 controls but tab/LF/CR, lone surrogates, U+FFFE/U+FFFF
_UNFIT = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


@functools.lru_cache(maxsize=4096)
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
        raise GlossaryError(f"unknown term type {shown(value)} (known: {', '.join(TERM_TYPES)})")
    return got


def known_type(value: str) -> bool:
    """Whether ``value`` spells a term type of the TBX picklist (:func:`norm_type` reads it).

    >>> known_type("Abbrev"), known_type("lookup form")
    (True, False)
    """
    return _reads(norm_type, value)


def known_status(value: str) -> bool:
    """Whether ``value`` spells a status :func:`norm_status` reads (a TBX picklist value, a CAT
    tool's ``approved``, ``forbidden``…).

    >>> known_status("Approved"), known_status("pending-review")
    (True, False)
    """
    return _reads(norm_status, value)


def _reads(norm: Callable[[str], str], value: str) -> bool:
    """Whether ``norm`` (:func:`norm_type`, :func:`norm_status`) reads ``value``."""
    try:
        norm(value)
    except GlossaryError:
        return False
    return True


@functools.lru_cache(maxsize=4096)
def norm_status(value: str | None) -> str:
    """The canonical status for TBX v2/v3 or CSV spellings (``"admittedTerm-admn-sts"``).

    >>> norm_status("notRecommended")
    'deprecated'
    """
    if not value:
        return "preferred"
    key = value.strip().lower()
    got = _STATUS_ALIASES.get(key) or _STATUS_ALIASES.get(re.sub(r"[ _]", "", key))
    if got is None:
        raise GlossaryError(f"unknown term status {shown(value)} (known: {', '.join(STATUSES)})")
    return got


class Implied(str):
    """A term's ``type`` or ``status`` its source did not state: the model's default
    (``fullForm``, ``preferred``) or a layout's (a CSV row's further terms are ``admitted``);
    or a concept's id a reader invented (:func:`invented_id`).

    It is the string it holds, so every reader of :attr:`Term.type` and :attr:`Term.status`
    (lint, look-up, apply, statistics) sees the value as before; a writer writes only a stated
    one (:meth:`Term.stated`), or one its format would read otherwise, so a TBX file without
    ``termType`` or ``administrativeStatus`` gets none added on the way out. A value a caller
    passes or sets is a plain string: stated. (It survives copy, pickle and
    :func:`dataclasses.replace`, being the value itself.)

    >>> Implied("preferred") == "preferred", Term("РОА", "ru").stated("status")
    (True, False)
    """

    __slots__ = ()


@functools.lru_cache(maxsize=64)
def implied(value: str) -> Implied:
    """``value`` marked as not stated by its source (one shared object per value).

    >>> t = Term("ROA", "fr", status=implied("admitted"))
    >>> t.status, t.stated("status")
    ('admitted', False)
    """
    return Implied(value)


def invented_id(n: int) -> str:
    """The id a reader gives the ``n``-th entry of a file that names none: ``c<n>``,
    :class:`Implied` (not stated), so a writer of a format that needs no id (TBX v2, a table,
    PO) leaves it out; TBX v3, which requires one, writes it. :func:`settle_ids` keeps it off
    the ids the file does state.

    >>> invented_id(3), isinstance(invented_id(3), Implied)
    ('c3', True)
    """
    return Implied(f"c{n}")


def settle_ids(concepts: list[Concept]) -> None:
    """Rename an :func:`invented_id` that another entry of the same file states, or that an
    earlier entry was given, to ``c<n>-2`` (``-3`` …): ids stay unique, and the same file
    always gives the same ones (readers call it once all entries are read).

    >>> cs = [Concept(invented_id(1)), Concept("c1")]
    >>> settle_ids(cs)
    >>> [c.id for c in cs], isinstance(cs[0].id, Implied)
    (['c1-2', 'c1'], True)
    """
    taken = {c.id for c in concepts if not isinstance(c.id, Implied)}
    for c in concepts:
        if isinstance(c.id, Implied):
            got, k = str(c.id), 1
            while got in taken:
                k += 1
                got = f"{c.id}-{k}"
            if got != c.id:
                c.id = Implied(got)
            taken.add(got)


class Spelled(str):
    """A term's ``type`` or ``status`` as its TBX file wrote it: the model's value (``deprecated``)
    with the file's ``spelling`` (Weblate's ``forbidden``, IATE's ``standardizedTerm-admn-sts``)
    and ``category`` (``normativeAuthorization`` for ``administrativeStatus``), which the TBX
    writer writes back, so a round trip keeps what another tool reads (Weblate marks
    ``forbidden`` terms, not ``deprecatedTerm-admn-sts`` ones). A value set in code is a plain
    string and is written in the TBX spelling of the model's value.

    >>> v = Spelled("deprecated", "forbidden", "administrativeStatus")
    >>> v == "deprecated", v.spelling
    (True, 'forbidden')
    """

    __slots__ = ("category", "spelling")
    spelling: str
    category: str

    def __new__(cls, value: str, spelling: str, category: str) -> Spelled:
        self = super().__new__(cls, value)
        self.spelling, self.category = spelling, category
        return self

    def __getnewargs__(self) -> tuple[str, str, str]:  # type: ignore[override]
        return (str(self), self.spelling, self.category)


class Joined(str):
    """Several notes (or definitions, or sources) of one place: the string is their texts joined
    by line ends, as ``Concept.notes``, ``Concept.definitions`` and ``Term.note`` have always
    held them, and ``parts`` keeps each as its file had it, in order, a repeated one too: two
    TBX ``<note>`` elements stay two, and one note holding a line end stays one. Readers make
    one with :func:`joined`; a string a caller sets is one part (:func:`parts_of`).

    >>> j = joined("Short form.", "Short form.", "Line one\\nline two")
    >>> j.parts
    ('Short form.', 'Short form.', 'Line one\\nline two')
    >>> j == "Short form.\\nShort form.\\nLine one\\nline two"
    True
    """

    __slots__ = ("parts",)
    parts: tuple[str, ...]

    def __new__(cls, parts: tuple[str, ...]) -> Joined:
        self = super().__new__(cls, "\n".join(parts))
        self.parts = parts
        return self

    def __getnewargs__(self) -> tuple[tuple[str, ...]]:  # type: ignore[override]
        return (self.parts,)  # (copy and pickle make it again of its parts, not of its text)

    def __repr__(self) -> str:
        return "joined(" + ", ".join(map(repr, self.parts)) + ")"


def joined(*parts: str) -> str:
    """One field holding ``parts``: the one string itself, or several as a :class:`Joined`.

    >>> joined("a"), joined("a", "b").parts, joined(*parts_of(joined("a", "b")), "a").parts
    ('a', ('a', 'b'), ('a', 'b', 'a'))
    """
    got = tuple(parts)
    if not got:
        raise GlossaryError("joined() takes one part at least")
    return got[0] if len(got) == 1 else Joined(got)


def with_part(value: str | None, part: str) -> str:
    """The field ``value`` with ``part`` after its parts: how a reader adds each note
    (definition, source, subject field) it meets, a repeated one too.

    >>> with_part(None, "a"), with_part(with_part("a", "b"), "a").parts
    ('a', ('a', 'b', 'a'))
    """
    return joined(*parts_of(value), part)


def parts_of(value: str | None) -> tuple[str, ...]:
    """The notes (definitions, sources) a field holds, each as its file had it: the parts of a
    :class:`Joined`, else the string alone, none for ``None``.

    >>> parts_of(joined("a", "b\\nc")), parts_of("b\\nc"), parts_of(None)
    (('a', 'b\\nc'), ('b\\nc',), ())
    """
    if value is None:
        return ()
    return value.parts if isinstance(value, Joined) else (value,)


def listing(items: list[str], limit: int = 10) -> str:
    """``items`` joined by commas for a message, the first ``limit`` of them and ``…`` after
    (a term shared by 100,000 concepts was one line of 900 KB naming them all).

    >>> listing(["a", "b"]), listing(["a", "b", "c"], 2)
    ('a, b', 'a, b, …')
    """
    head = ", ".join(items[:limit])
    return head + ", …" if len(items) > limit else head


@functools.lru_cache(maxsize=4096)
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
    """The primary language subtag, as its ISO 639-1 code where it has one: ``'ru-Latn'`` →
    ``'ru'``, ``'deu-AT'`` → ``'de'``."""
    return _language(norm_tag(tag).split("-")[0])


@functools.cache
def valid_tag(tag: str) -> bool:
    """Whether Babel (CLDR) knows the language, script and region of ``tag``.

    Private use is valid too (BCP 47 section 2.2.7): a tag ``x-…`` and the languages
    ``qaa``–``qtz``; subtags after ``-x-`` are not looked up.

    >>> valid_tag("ru-Latn"), valid_tag("fr"), valid_tag("xx")
    (True, True, False)
    >>> valid_tag("x-klingon"), valid_tag("qaa"), valid_tag("ru-x-old"), valid_tag("x")
    (True, True, True, False)
    """
    from babel import Locale, UnknownLocaleError

    tag = norm_tag(tag)
    if not tag or tag == "und":
        return tag == "und"
    parts = tag.split("-")
    if "x" in parts:  # private use: what follows is the user's own, 1 to 8 letters or digits
        at = parts.index("x")
        own, parts = parts[at + 1 :], parts[:at]
        if not own or not all(p.isascii() and p.isalnum() and len(p) <= 8 for p in own):
            return False
        if not parts:
            return True
    en = Locale("en")
    if "qaa" <= parts[0] <= "qtz" and len(parts[0]) == 3:
        pass  # the private-use languages
    elif parts[0] not in en.languages:
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


@functools.cache
def _english_names() -> tuple[dict[str, str], dict[str, str]]:
    """(language name → tag, script or region name → subtag), from Babel's English names."""
    from babel import Locale

    en = Locale("en")
    langs = {name.casefold(): norm_tag(code) for code, name in en.languages.items()}
    subtags = {name.casefold(): code for code, name in en.scripts.items()}
    subtags |= {name.casefold(): code for code, name in en.territories.items()}
    return langs, subtags


_NAMED = re.compile(r"\s*([^()]+?)\s*(?:\(([^()]+)\))?\s*")
#: Region names in Windows' English language names (the LCID table of Microsoft's [MS-LCID] and
#: .NET's CultureInfo.EnglishName, which memoQ and MultiTerm write as column and index names:
#: "Chinese (PRC)", memoQ's "Chinese_PRC") that are not CLDR's, and Spanish's sort orders, which
#: name Spain's locale
_WINDOWS_REGIONS = {
    "prc": "CN",
    "people's republic of china": "CN",
    "hong kong s.a.r.": "HK",
    "macao s.a.r.": "MO",
    "international sort": "ES",
    "modern sort": "ES",
    "traditional sort": "ES",
}


@functools.cache
def tag_of_name(name: str) -> str | None:
    """The BCP 47 tag of a language named in English as CAT tools label columns ("German
    (Germany)", "Russian", "Serbian (Latin, Serbia)": Trados and MultiTerm exports, Windows
    display names), or ``None``.

    >>> tag_of_name("German (Germany)"), tag_of_name("russian"), tag_of_name("Serbian (Latin)")
    ('de-DE', 'ru', 'sr-Latn')
    >>> tag_of_name("Chinese (PRC)"), tag_of_name("Spanish (Spain, International Sort)")
    ('zh-CN', 'es-ES')
    """
    m = _NAMED.fullmatch(name)
    langs, subtags = _english_names()
    base = langs.get(m.group(1).casefold()) if m else None
    if m is None or base is None:
        return None
    parts = [base]
    for part in (m.group(2) or "").split(","):
        if part.strip():
            key = part.strip().casefold()
            code = subtags.get(key) or _WINDOWS_REGIONS.get(key)
            if code is None:
                return None
            if code not in parts:
                parts.append(code)
    return norm_tag("-".join(parts))


# -- change tracking: caches (lookup index, matchers) are keyed on content, checked cheaply ----

_GENERATION = [0]  # bumped by every change to a Term, Concept, Glossary or their term lists


def _bump() -> None:
    _GENERATION[0] += 1


class _TrackedList(list[Any]):
    """A list that reports every change (so ``concept.terms.append(...)`` is seen)."""


def _reporting(name: str) -> Any:
    method = getattr(list, name)

    def changed(self: list[Any], *args: Any, **kw: Any) -> Any:
        _bump()
        return method(self, *args, **kw)

    changed.__name__ = name
    return changed


_TrackedList.__name__ = (
    "list"  # (messages name the type the caller gave; pickle reads the qualname)
)

for _name in ("append", "extend", "insert", "remove", "pop", "clear", "sort", "reverse",
              "__setitem__", "__delitem__", "__iadd__", "__imul__"):  # fmt: skip
    setattr(_TrackedList, _name, _reporting(_name))


class _Tracked:
    """Mixin: setting any attribute bumps the generation; list fields become tracked lists."""

    __slots__ = ()  # (Term and Concept keep their fields in slots, no dict each)

    def __setattr__(self, name: str, value: Any) -> None:
        if type(value) is list:
            value = _TrackedList(value)
        _GENERATION[0] += 1
        object.__setattr__(self, name, value)


def _store(obj: Any, values: tuple[Any, ...], slots: tuple[Any, ...]) -> None:
    """A new object's fields (``slots``, their descriptors) filled with ``values`` (a list as
    a tracked list, as :meth:`_Tracked.__setattr__` stores one) without a Python call per
    field: how :class:`Term` and :class:`Concept` are made (146,041 calls of ``__setattr__``
    for the 11,573 terms of names.csv, a fifth of reading it); making one is no change to a
    glossary, putting it in one is (a tracked list, a set attribute)."""
    if list in map(type, values):
        values = tuple(_TrackedList(v) if v.__class__ is list else v for v in values)
    for slot, value in zip(slots, values, strict=True):
        slot.__set__(obj, value)


def _fields_state(self: Any) -> dict[str, Any]:
    """A slotted Term's or Concept's fields, as pickle and copy take them (any protocol; a
    dict, as the objects had before they kept their fields in slots)."""
    return {name: getattr(self, name) for name in self.__dataclass_fields__}


def _fields_restored(self: Any, state: dict[str, Any]) -> None:
    for name, value in state.items():
        object.__setattr__(self, name, _TrackedList(value) if value.__class__ is list else value)


@contextlib.contextmanager
def building() -> Iterator[None]:
    """Python's cycle collector paused while a glossary or its tables are built: every
    object made stays alive, so its passes, each over all the objects made so far, find
    nothing (a quarter of reading a file of 30,000 concepts, half of building its look-up
    table); and while apply matches a text and writes its replacements, whose many match
    tuples refcounting frees (a tenth of its time; and the collector, run while they lived,
    moved them to its older generations, which brought on a pass over every object of the
    process: in the glossary benchmark, one call in twenty). Nested uses and a collector
    already paused are left as they are.

    >>> with building():
    ...     g = Glossary([Concept("x", terms=[Term("РОА", "ru")])])
    >>> len(g)
    1
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def check_text(text: str, what: str = "term") -> str:
    """``text`` unchanged, or a :class:`GlossaryError` naming the character no format can hold.

    >>> check_text("РОА")
    'РОА'
    >>> check_text("Р\\x00О")
    Traceback (most recent call last):
    ...
    translit.errors.GlossaryError: term 'Р\\x00О' holds U+0000, which no glossary format can hold
    """
    m = _UNFIT.search(text)
    if m is not None:
        raise GlossaryError(
            f"{what} {text[:40]!r} holds U+{ord(m.group()):04X}, which no glossary format can hold"
        )
    return text


_KEPT_TAG = re.compile(r"<([\w:.-]+)([^>]*)")
_KEPT_ATTR = re.compile(r'\b(type|from)="([^"]*)"')


def kept_name(fragment: str) -> str:
    """What a kept TBX fragment (``Concept.extra``, ``Term.extra``) is, for a writer that says
    what it could not hold: its element with its ``type`` or ``from``.

    >>> kept_name('<note from="translator">Short.</note>')
    '<note from="translator">'
    >>> kept_name('<descripGrp><descrip type="context">…</descrip></descripGrp>')
    '<descripGrp>'
    """
    m = _KEPT_TAG.match(fragment)
    if m is None:
        return "TBX data"
    attrs = "".join(f' {k}="{v}"' for k, v in _KEPT_ATTR.findall(m.group(2)))
    return f"<{m.group(1)}{attrs}>"


def want_glossary(value: object, call: str) -> Glossary:
    """``value`` when it is a :class:`Glossary`; a ``TypeError`` naming ``call`` otherwise (a
    path given where the loaded glossary goes failed deep inside as an AttributeError).

    >>> want_glossary("terms.csv", "lookup()")
    Traceback (most recent call last):
    ...
    TypeError: lookup() takes a Glossary (translit.glossary.load(path)), not str
    """
    if isinstance(value, Glossary):
        return value
    raise TypeError(
        f"{call} takes a Glossary (translit.glossary.load(path)), not {type(value).__name__}"
    )


def want_tags(value: object, name: str = "langs") -> tuple[str, ...]:
    """``value`` (any iterable of language tags) as a tuple; a ``TypeError`` naming the parameter
    ``name`` for one tag alone, which would be read letter by letter, or anything else.

    >>> want_tags(["ru", "uk"])
    ('ru', 'uk')
    >>> want_tags("ru")
    Traceback (most recent call last):
    ...
    TypeError: `langs` is a tuple of language tags, not str ('ru'): write ('ru',)
    """
    if isinstance(value, str):
        raise TypeError(
            f"`{name}` is a tuple of language tags, not str ({value!r:.40}): write ({value!r:.40},)"
        )
    if isinstance(value, (bytes, bytearray, memoryview)) or not hasattr(value, "__iter__"):
        raise TypeError(f"`{name}` is a tuple of language tags, not {type(value).__name__}")
    tags = tuple(value)
    if not all(isinstance(t, str) for t in tags):
        raise TypeError(f"`{name}` is a tuple of language tags, not {list(tags)!r:.60}")
    return tags


def check_glossary(glossary: Glossary) -> None:
    """Raise a :class:`GlossaryError` (file:line) for the first text no format can hold.

    Writers call it first, so a glossary built in code fails with a message, never half-written.
    """
    for c in [*glossary.concepts, *glossary.obsolete]:
        fields = [("concept id", c.id), ("subject", c.subject), ("source", c.source)]
        fields += [("note", v) for v in c.notes.values()]
        fields += [("definition", v) for v in c.definitions.values()]
        for t in c.terms:
            fields += [("term", t.text), ("term note", t.note), ("term source", t.source)]
            fields += [("term id", t.id)]
        for what, value in fields:
            if value:
                try:
                    check_text(value, what)
                except GlossaryError as exc:
                    raise GlossaryError(exc.message, glossary.path, c.line) from None


def is_cyrillic(text: str) -> bool:
    """Whether ``text`` contains a Cyrillic letter."""
    return has_cyrillic(text)


#: The longest term a glossary takes, in characters. Real terms are far shorter; a term of a
#: million characters made pyahocorasick's trie crash the interpreter (SIGSEGV) on exit.
MAX_TERM = 10_000


_FULL_FORM, _PREFERRED = implied("fullForm"), implied("preferred")


@dataclass(eq=True, init=False, slots=True)
class Term(_Tracked):
    """One designation of a concept in one language.

    ``type`` and ``status`` not stated by the term's file (or caller) are :class:`Implied`
    (:meth:`stated`): writers add neither. ``note`` and ``source`` may hold several, each a
    part of a :class:`Joined` (:func:`parts_of`).
    ``id`` is the term's id in its file (TBX ``tig``/``termSec`` ``id``); ``extra`` holds the
    term's TBX data categories the model has no field for (``context``, ``customerSubset``,
    ``geographicalUsage``, transactions, cross-references …), each an XML fragment in TBX DCA
    form without namespace, written back as read by the TBX writer.

    >>> Term("РОА", "ru", type="acronym").status
    'preferred'
    """

    text: str
    lang: str
    type: str
    status: str
    pos: str | None
    gender: str | None
    note: str | None
    source: str | None
    id: str | None
    extra: tuple[str, ...]
    line: int | None = field(compare=False)

    def __init__(  # noqa: PLR0917 - the dataclass's signature, which callers use
        self,
        text: str,
        lang: str,
        type: str = _FULL_FORM,
        status: str = _PREFERRED,
        pos: str | None = None,
        gender: str | None = None,
        note: str | None = None,
        source: str | None = None,
        id: str | None = None,
        extra: tuple[str, ...] = (),
        line: int | None = None,
    ) -> None:
        # (written out, not the dataclass's: that one set each field through
        # _Tracked.__setattr__, a Python call per field, 146,041 for the 11,573 terms of
        # names.csv; making a term is no change to a glossary, putting it in one is)
        text = (text if text.__class__ is str else want_str(text, "Term(text=…)")).strip()
        if _UNFIT.search(text) is not None:
            check_text(text)  # (its message)
        if lang.__class__ is not str:
            want_str(lang, "Term(lang=…)")
        if not text:  # no file can hold it: every reader skips an empty cell or element
            raise GlossaryError("a term cannot be empty or only spaces")
        if len(text) > MAX_TERM:  # the matcher's trie is as deep as the longest term
            raise GlossaryError(
                f"term {text[:40]!r}… is {len(text)} characters long; a term has at most {MAX_TERM}"
            )
        # (most terms: the defaults, or a reader's "" for a cell that states none)
        if _unstated(type, _FULL_FORM) and _unstated(status, _PREFERRED):
            type, status = _FULL_FORM, _PREFERRED
        else:
            for name, value in (("type", type), ("status", status)):
                if value is not None and not isinstance(value, str):  # ('int' object has no
                    raise TypeError(  # attribute 'strip', "unhashable type: 'list'")
                        f"Term({name}=…) takes a str, not {value.__class__.__name__} ({value!r:.40})"
                    )
            # (None or "": the default, unstated, as _normed makes it)
            if type is not _FULL_FORM:
                type = _normed(type, norm_type) if type else _FULL_FORM
            if status is not _PREFERRED:
                status = _normed(status, norm_status) if status else _PREFERRED
        _store(
            self,
            (text, norm_tag(lang), type, status, pos, gender, note, source, id, extra, line),
            _TERM_SLOTS,
        )

    __getstate__ = _fields_state
    __setstate__ = _fields_restored

    def stated(self, name: str) -> bool:
        """Whether the term's ``type`` or ``status`` was stated (read from its file, passed or
        set), not :class:`Implied` by a default.

        >>> t = Term("РОА", "ru", type="acronym")
        >>> t.stated("type"), t.stated("status")
        (True, False)
        """
        return not isinstance(getattr(self, name), Implied)

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


def _unstated(value: object, default: str) -> bool:
    """Whether a term's ``type`` or ``status`` argument states nothing: its ``default``,
    ``None`` or ``""`` (which :func:`_normed` reads as the default, unstated)."""
    return value is default or value is None or (value.__class__ is str and not value)


def _normed(value: str | None, norm: Any) -> str:
    """A term's type or status in the model's spelling: :class:`Implied` when not given (the
    default, empty or ``None``) or implied, a :class:`Spelled` as it is, else the plain value."""
    got: str = norm(value)
    if not value or isinstance(value, Implied):
        return implied(got)
    return value if isinstance(value, Spelled) and value == got else got


@functools.lru_cache(maxsize=65536)
def _romanize_all(text: str, lang: str, only: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    (got,) = _romanize_batch([text], lang, only)
    return got


# what a romaniser may read as a line end (str.splitlines): a text holding one is romanised alone
_LINE_END = re.compile("[\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")


@functools.lru_cache(maxsize=256)
def romanizers_of(lang: str, only: tuple[str, ...] = ()) -> tuple[tuple[str, Any], ...]:
    """(scheme id, romaniser) of every scheme a term of ``lang`` is romanised by (or of
    ``only``): :meth:`Term.romanizations` has one form of each; a language without schemes
    is read as Russian.

    >>> [sid for sid, _ in romanizers_of("ru")][:2]
    ['ala-lc', 'ala-lc-alt']
    """
    from ..catalogue import get_romanizer, languages, scheme_ids
    from ..errors import UnknownLanguageError

    if lang not in languages():
        lang = "ru"
    out = []
    for sid in list(only) or scheme_ids(lang):
        try:
            out.append((sid, get_romanizer(sid, lang)))
        except (UnknownLanguageError, GlossaryError):  # pragma: no cover - defensive
            continue
    return tuple(out)


_SPACE = re.compile(r"\s")  # (one white space character: the words of a romanisation)


@functools.cache
def _initials(lang: str) -> dict[str, str]:
    """data/romanized_initials.toml's table of ``lang`` (``python -m bench.romanized_initials``
    writes it from the schemes): each letter → the first characters, casefolded, of its
    romanisations by every scheme of ``lang``; "" where any may come first."""
    table = load_toml("romanized_initials.toml").get(lang)
    return table if isinstance(table, dict) else {}


def romanizes_to(term: Term, text: str) -> bool:
    """Whether a scheme of ``term``'s language (:func:`romanizers_of`) romanises it as
    ``text``, a casefolded text (case aside): :meth:`Term.romanizations`' answer, but the
    schemes are compiled one at a time until one does, and none where ``text`` has another
    number of white space characters, which every scheme keeps (Volksfeind is none of враг
    народа), or one of its words starts with a character no scheme writes first for the
    first letter of the term's word at its place (Besserungsarbeitslager is no romanisation
    of ИТЛ, Rat der Volkskommissare none of Рада народних комісарів:
    data/romanized_initials.toml; tests/test_romanized_initials.py checks both on every
    scheme).

    >>> romanizes_to(Term("Госплан", "ru"), "gosplan"), romanizes_to(Term("ИТЛ", "ru"), "bitl")
    (True, False)
    """
    if not is_cyrillic(term.text):
        return False
    words, latin = _SPACE.split(term.text), _SPACE.split(text)
    if len(words) != len(latin):
        return False
    lang = primary(term.lang)
    table = _initials(lang)  # (a language the file lacks: {}, no word told apart)
    for word, form in zip(words, latin, strict=True):
        firsts = table.get(word[:1].lower(), "")
        if firsts and form[:1] not in firsts:
            return False
    return any(
        text == form.casefold()
        for sid in _scheme_ids(lang)
        for _, form in _romanize_all(term.text, lang, (sid,))
    )


@functools.lru_cache(maxsize=256)
def _scheme_lang(lang: str) -> str:
    """The language whose schemes :func:`romanizers_of` reads for ``lang`` (Russian's for a
    language without schemes)."""
    from ..catalogue import languages

    return lang if lang in languages() else "ru"


@functools.lru_cache(maxsize=256)
def _scheme_ids(lang: str) -> tuple[str, ...]:
    """The ids of the schemes :func:`romanizers_of` gives ``lang``, in its order."""
    from ..catalogue import scheme_ids

    return tuple(scheme_ids(_scheme_lang(lang)))


def _romanize_batch(
    texts: list[str], lang: str, only: tuple[str, ...] = ()
) -> list[tuple[tuple[str, str], ...]]:
    """(scheme, romanisation) pairs of each text: each scheme romanises the one-line texts in
    one call, joined by line ends (a romaniser reads each line on its own: the same output as
    one call per text; tests/test_glossary_sizes.py compares the two)."""
    out: list[list[tuple[str, str]]] = [[] for _ in texts]
    lines = [i for i, t in enumerate(texts) if not _LINE_END.search(t)]
    alone = [i for i, t in enumerate(texts) if _LINE_END.search(t)]
    for sid, romanize in romanizers_of(lang, only):
        got = romanize("\n".join(texts[i] for i in lines)).split("\n") if lines else []
        if len(got) != len(lines):  # pragma: no cover - a line end the scheme rewrote
            got = [romanize(texts[i]) for i in lines]
        for i, form in zip(lines, got, strict=True):
            out[i].append((sid, form))
        for i in alone:
            out[i].append((sid, romanize(texts[i])))
    return [tuple(x) for x in out]


#: Makers of tables of romanisations worked out before, (language, text) → what
#: :func:`_romanize_batch` gives the text (every scheme): :func:`romanizations_of` reads them
#: first (the shipped glossaries' terms, from the copy an earlier process kept:
#: :func:`translit.glossary.files.shipped_file`); each is made once, when first needed
KNOWN_ROMANIZATIONS: list[Callable[[], dict[tuple[str, str], tuple[tuple[str, str], ...]]]] = []
_known: list[dict[tuple[str, str], tuple[tuple[str, str], ...]]] = []


def _known_romanizations() -> list[dict[tuple[str, str], tuple[tuple[str, str], ...]]]:
    """The tables of :data:`KNOWN_ROMANIZATIONS`, each made once."""
    while len(_known) < len(KNOWN_ROMANIZATIONS):
        _known.append(KNOWN_ROMANIZATIONS[len(_known)]())
    return _known


def romanizations_all(terms: list[Term]) -> dict[tuple[str, str], tuple[tuple[str, str], ...]]:
    """(language, text) → (scheme, romanisation) pairs by every scheme, of each Cyrillic term
    of ``terms``: what a kept table of :data:`KNOWN_ROMANIZATIONS` holds.

    >>> romanizations_all([Term("Власов", "ru"), Term("ROA", "fr")])[("ru", "Власов")][:1]
    (('ala-lc', 'Vlasov'),)
    """
    by_lang: dict[str, dict[str, None]] = {}
    for t in terms:
        if is_cyrillic(t.text):
            by_lang.setdefault(primary(t.lang), {})[t.text] = None
    out = {}
    for lang, texts in by_lang.items():
        batch = list(texts)
        for text, pairs in zip(batch, _romanize_batch(batch, lang), strict=True):
            out[lang, text] = pairs
    return out


def romanizations_of(terms: list[Term], chunk: int = 4096) -> Iterator[dict[str, str]]:
    """:meth:`Term.romanizations` of each of ``terms`` (the same values), a scheme at a time:
    a glossary's index romanises its Cyrillic terms with one call per scheme for each
    ``chunk`` terms (so the forms of only one chunk are held at once).

    >>> [r.get("bgn-pcgn") for r in romanizations_of([Term("Власовцы", "ru"), Term("ROA", "fr")])]
    ['Vlasovtsy', None]
    """
    for start in range(0, len(terms), chunk):
        part = terms[start : start + chunk]
        by_lang: dict[str, dict[str, None]] = {}
        for t in part:
            if is_cyrillic(t.text):
                by_lang.setdefault(primary(t.lang), {})[t.text] = None
        done: dict[tuple[str, str], dict[str, str]] = {}
        for lang, texts in by_lang.items():
            for table in _known_romanizations() if texts else ():
                for text in [x for x in texts if (lang, x) in table]:
                    done[lang, text] = dict(table[lang, text])
                    del texts[text]
            batch = list(texts)  # (none left: no romaniser compiled)
            for text, pairs in zip(
                batch, _romanize_batch(batch, lang) if batch else (), strict=True
            ):
                done[lang, text] = dict(pairs)
        for t in part:  # (a text twice in a chunk: one dict)
            yield done.get((primary(t.lang), t.text)) or {}


@dataclass(eq=True, init=False, slots=True)
class Concept(_Tracked):
    """A concept: an id, an optional subject field, terms, and per-language definitions/notes.

    ``notes`` and ``definitions`` map a language (``""``: the entry's) to its text; several
    notes (definitions) of one language are one :class:`Joined` string, each kept as a part
    (:func:`parts_of`), so a writer writes them apart again. ``source`` and ``subject`` may be
    one too (TBX: several ``subjectField``, a language section's among them, are the concept's).
    ``extra`` holds the TBX data categories of the entry (language ``""``) and of its language
    sections the model has no field for, as ``(language, XML fragment)`` pairs (see
    :class:`Term`).

    >>> c = Concept("roa", terms=[Term("ROA", "fr", type="acronym"),
    ...                           Term("Armée de libération russe", "fr")])
    >>> c.preferred("fr").text
    'Armée de libération russe'
    """

    id: str
    subject: str | None
    terms: list[Term]
    definitions: dict[str, str]
    notes: dict[str, str]
    source: str | None
    extra: list[tuple[str, str]]
    line: int | None = field(compare=False)

    def __init__(  # noqa: PLR0917 - the dataclass's signature, which callers use
        self,
        id: str,
        subject: str | None = None,
        terms: list[Term] | None = None,
        definitions: dict[str, str] | None = None,
        notes: dict[str, str] | None = None,
        source: str | None = None,
        extra: list[tuple[str, str]] | None = None,
        line: int | None = None,
    ) -> None:
        # (written out, as Term's: the fields stored, not set through _Tracked.__setattr__;
        # None for a list or a dict: a new empty one)
        _store(
            self,
            (
                id,
                subject,
                [] if terms is None else terms,
                {} if definitions is None else definitions,
                {} if notes is None else notes,
                source,
                [] if extra is None else extra,
                line,
            ),
            _CONCEPT_SLOTS,
        )

    __getstate__ = _fields_state
    __setstate__ = _fields_restored

    def terms_in(self, lang: str) -> list[Term]:
        """Terms for the BCP 47 tag ``lang``, best first: its exact tag when present, else the
        same language and script in any region (a bare tag first: ``fr-CA`` takes ``fr``, then
        ``fr-FR``); a script subtag must match (``sr-Latn``), and a tag without one never
        takes romanisations (``ru`` does not take ``ru-Latn``).

        >>> c = Concept("x", terms=[Term("ROA", "fr-FR"), Term("Armée", "fr-CA")])
        >>> [t.text for t in c.terms_in("fr-CA")], [t.text for t in c.terms_in("fr-BE")]
        (['Armée'], ['ROA', 'Armée'])
        """
        tag = norm_tag(lang)
        exact = [t for t in self.terms if t.lang == tag]
        if exact:
            return sorted(exact, key=_rank)
        want_lang, want_script, _ = _subtags(tag)
        near = []
        for t in self.terms:
            t_lang, t_script, t_region = _subtags(t.lang)
            if t_lang == want_lang and t_script == want_script:
                near.append((t_region is not None, _rank(t), t))
        near.sort(key=lambda x: (x[0], x[1]))
        return [t for _, _, t in near]

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

    def preferred_short(self, lang: str, words: int = 1) -> Term | None:
        """The best short form (a ``termType`` of :data:`SHORT_TYPES`: a surname alone, a
        name's short name) in ``lang`` with the nearest number of words to ``words``, or
        ``None``.

        >>> c = Concept("v", terms=[Term("Andrei Wlassow", "de"),
        ...     Term("Wlassow", "de", type="shortForm", status="admitted")])
        >>> c.preferred_short("de").text, c.preferred_short("en")
        ('Wlassow', None)
        """
        terms = [
            t
            for t in self.terms_in(lang)
            if t.type in SHORT_TYPES and t.status in ("preferred", "admitted")
        ]
        return min(terms, key=lambda t: abs(len(t.text.split()) - words)) if terms else None

    def languages(self) -> list[str]:
        """The language tags used by this concept's terms."""
        return sorted({t.lang for t in self.terms})


#: the subjects whose terms are names (``names.csv``'s ``type`` column, a TBX ``subjectField``)
_NAME_SUBJECTS = frozenset({"person", "place", "org"})

#: the term types of a short form that is no acronym or abbreviation (ISO 12620's abbreviated
#: forms, TBX's ``termType`` picklist: a short form, Wlassow for Andrei Wlassow; a clipped
#: term, a part of a longer one); an acronym or abbreviation is :attr:`Term.is_acronym`
SHORT_TYPES = frozenset({"shortForm", "clippedTerm"})


def short_kind(concept: Concept, term: Term) -> str | None:
    """Whether ``term`` is a short form of ``concept``: ``"acronym"`` (:attr:`Term.is_acronym`:
    an acronym or abbreviation), ``"shortForm"`` (a type of :data:`SHORT_TYPES`), or ``None``
    for a full form. A ``variant`` spelled as one of the concept's short forms in any language,
    case aside, is of its kind (the German and English variant Gulag of the acronyms GULag and
    GULAG): TBX's variant names no kind of its own.

    >>> c = Concept("g", terms=[Term("Hauptverwaltung der Lager", "de"),
    ...     Term("GULag", "de", type="acronym"), Term("Gulag", "de", type="variant"),
    ...     Term("Lagerverwaltung", "de", type="variant")])
    >>> [short_kind(c, t) for t in c.terms]
    [None, 'acronym', 'acronym', None]
    """
    if term.is_acronym:
        return "acronym"
    if term.type in SHORT_TYPES:
        return "shortForm"
    if term.type == "variant":
        text = term.text.casefold()
        for t in concept.terms:
            if t is not term and t.text.casefold() == text:
                if t.is_acronym:
                    return "acronym"
                if t.type in SHORT_TYPES:
                    return "shortForm"
    return None


def is_name(concept: Concept, term: Term) -> bool:
    """Whether ``term`` is a name: of a concept whose subject is ``person``, ``place`` or
    ``org``, or a ``properNoun``.

    >>> is_name(Concept("c", subject="place"), Term("Орёл", "ru"))
    True
    """
    return (concept.subject or "").lower() in _NAME_SUBJECTS or is_proper_noun(term.pos)


def is_proper_noun(pos: str | None) -> bool:
    """Whether the part of speech ``pos`` is TBX's ``properNoun`` as tools spell it: Phrase's
    TBX ``PROPER_NOUN``, Microsoft's ``Proper Noun``, ``proper-noun``.

    >>> [is_proper_noun(p) for p in ("properNoun", "PROPER_NOUN", "Proper Noun", "noun", None)]
    [True, True, True, False, False]
    """
    return pos is not None and re.sub(r"[\s_-]+", "", pos).lower() == "propernoun"


#: the fields of a term and of a concept, in the order their __init__ stores them
_TERM_FIELDS = tuple(f.name for f in fields_of(Term))
_CONCEPT_FIELDS = tuple(f.name for f in fields_of(Concept))
# (each field a slot, no dict an object: a concept of two terms read from a table took
# ~1.3 KB, a third of it the three objects' dicts; memory43)
_TERM_SLOTS = tuple(getattr(Term, name) for name in _TERM_FIELDS)
_CONCEPT_SLOTS = tuple(getattr(Concept, name) for name in _CONCEPT_FIELDS)


@functools.lru_cache(maxsize=1024)
def _subtags(tag: str) -> tuple[str, str | None, str | None]:
    """(language, script, region) of a normalised tag: ``'sr-Latn-RS'`` → (sr, Latn, RS). The
    script the language is written in unless said (CLDR's likely subtags) counts as none, so
    ``ru-Cyrl-RU`` takes the ``ru`` terms, and ``ru-Latn`` still never does.

    >>> _subtags("sr-Latn-RS"), _subtags("ru-Cyrl-RU"), _subtags("en-Latn")
    (('sr', 'Latn', 'RS'), ('ru', None, 'RU'), ('en', None, None))
    >>> _subtags("deu-AT"), _subtags("eng")
    (('de', None, 'AT'), ('en', None, None))
    """
    parts = tag.split("-")
    lang = _language(parts[0])
    script = next((p for p in parts[1:] if len(p) == 4 and p.isalpha()), None)
    if script is not None and script == _usual_script(lang):
        script = None
    region = next(
        (p for p in parts[1:] if (len(p) == 2 and p.isalpha()) or (len(p) == 3 and p.isdigit())),
        None,
    )
    return lang, script, region


@functools.lru_cache(maxsize=256)
def _language(code: str) -> str:
    """The language subtag CLDR prefers for ``code`` (Babel's language aliases): an ISO
    639-2/-3 code (eng, ger, deu) or a retired one (iw) as its ISO 639-1 code, as
    ``romanize(target=…)`` reads it; any other code as given.

    >>> _language("eng"), _language("ger"), _language("ukr"), _language("en"), _language("xx")
    ('en', 'de', 'uk', 'en', 'xx')
    """
    from babel.core import get_global

    alias = get_global("language_aliases").get(code) or ""
    return alias if alias.isascii() and alias.isalpha() else code  # (sh: sr_Latn, a tag)


@functools.lru_cache(maxsize=256)
def _usual_script(lang: str) -> str | None:
    """The script ``lang`` is written in unless a tag says otherwise (``ru``: Cyrl), from
    CLDR's likely subtags (Babel); None when CLDR does not say."""
    from babel.core import get_global

    likely = get_global("likely_subtags").get(lang) or ""
    return next((p for p in likely.split("_")[1:] if len(p) == 4), None)


def _rank(t: Term) -> tuple[int, int, int]:
    return (
        STATUSES.index(t.status),
        0 if t.type == "fullForm" else 2 if t.is_acronym else 1,
        0,
    )


#: the fields of a concept and of a term that the caches of look-up and apply read
_CONCEPT_KEY = operator.attrgetter("id", "subject")
_TERM_KEY = operator.attrgetter("text", "lang", "type", "status", "pos")


@dataclass(eq=False)
class Glossary(_Tracked):
    """A list of concepts plus what the file said about itself.

    ``languages`` lists the declared languages (empty: those the terms use); ``warnings``
    collects what a reader could not map exactly (never silently dropped); ``errors`` the
    entries a reader skipped when asked not to stop at the first (``strict=False``);
    ``obsolete`` the entries the file keeps out of use (PO ``#~``, as msgmerge keeps a message
    the sources dropped): no lookup, apply, lint or count sees them, the PO writer writes them
    back as obsolete and the other formats report them as not written. ``back`` is a TBX file's
    back matter as read (``<back>``: the people and sources its entries name by ``target=``,
    MultiTerm's TBX export's responsible persons), an XML fragment without namespaces: the TBX
    writer writes it back, the other formats report it as not written.

    >>> g = Glossary([Concept("roa", terms=[Term("РОА", "ru", type="acronym"),
    ...                                     Term("Russian Liberation Army", "en")])])
    >>> g.get("roa").preferred("en").text, g.stats()["terms"]
    ('Russian Liberation Army', 2)
    """

    concepts: list[Concept] = field(default_factory=list)
    title: str | None = None
    source_lang: str | None = None
    languages: list[str] = field(default_factory=list)
    path: str | None = None
    warnings: list[str] = field(default_factory=list)
    errors: list[GlossaryError] = field(default_factory=list, repr=False, compare=False)
    obsolete: list[Concept] = field(default_factory=list)
    back: str | None = field(default=None, repr=False)
    _cache: dict[Any, Any] = field(default_factory=dict, repr=False, compare=False)

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by content

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Glossary):
            return NotImplemented
        return self.concepts == other.concepts and self.obsolete == other.obsolete

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

    def fingerprint(self) -> int:
        """A content key for the caches of lookup and apply: any change to a term is seen.

        Recomputed only after something changed somewhere (a global change counter), so
        repeated calls on an unchanged glossary cost nothing.

        >>> g = Glossary([Concept("roa", terms=[Term("РОА", "ru")])])
        >>> before = g.fingerprint()
        >>> g.concepts[0].terms[0].text = "ЖЖЖ"
        >>> g.fingerprint() != before
        True
        """
        gen = _GENERATION[0]
        seen = self._cache.get("fingerprint")
        if seen is not None and seen[0] == gen:
            return int(seen[1])
        # (one tuple per field, made by map: a tuple per term took 0.4 s for 124,000 terms)
        concepts = self.concepts
        with building():
            terms = [t for c in concepts for t in c.terms]
            key = hash(
                (
                    tuple(map(id, concepts)),
                    tuple(map(_CONCEPT_KEY, concepts)),
                    tuple(len(c.terms) for c in concepts),
                    tuple(map(id, terms)),
                    tuple(map(_TERM_KEY, terms)),
                )
            )
        self._cache["fingerprint"] = (_GENERATION[0], key)
        return key

    def merge(self, other: Glossary) -> Glossary:
        """A new glossary with this glossary's concepts followed by ``other``'s."""
        return Glossary(
            [*self.concepts, *other.concepts],
            title=self.title,
            source_lang=self.source_lang,
            languages=sorted({*self.languages, *other.languages}),
            path=self.path,
            warnings=[*self.warnings, *other.warnings],
            obsolete=[*self.obsolete, *other.obsolete],
            back=joined_back(self.back, other.back),
        )

    def stats(self) -> dict[str, Any]:
        """Counts: concepts, terms, terms per language, per type, per status and per gender
        ("" for none: the terms glossary apply cannot fit an article to), concepts per subject
        ("" for none).

        >>> g = Glossary([Concept("c", terms=[Term("Shoah", "fr", gender="feminine")]),
        ...               Concept("d", subject="place", terms=[Term("Kiev", "fr")])])
        >>> s = g.stats(); s["subjects"], s["genders"]
        ({'': 1, 'place': 1}, {'': 1, 'feminine': 1})
        """
        per_lang: dict[str, int] = {}
        per_type: dict[str, int] = {}
        per_status: dict[str, int] = {}
        per_gender: dict[str, int] = {}
        per_subject: dict[str, int] = {}
        for c in self.concepts:
            subject = c.subject or ""
            per_subject[subject] = per_subject.get(subject, 0) + 1
            for t in c.terms:
                per_lang[t.lang] = per_lang.get(t.lang, 0) + 1
                per_type[t.type] = per_type.get(t.type, 0) + 1
                per_status[t.status] = per_status.get(t.status, 0) + 1
                gender = t.gender or ""
                per_gender[gender] = per_gender.get(gender, 0) + 1
        return {
            "concepts": len(self.concepts),
            "terms": sum(per_lang.values()),
            "languages": dict(sorted(per_lang.items())),
            "types": dict(sorted(per_type.items())),
            "statuses": dict(sorted(per_status.items())),
            # (a concept without a subject was counted as "" and found 0 times: "subjects: - 0")
            "subjects": dict(sorted(per_subject.items())),
            "genders": dict(sorted(per_gender.items())),
        }
