"""Established forms: the data that overrides a convention for a known name.

Three sources, all data:

* ``glossaries/names.csv`` (persons, places, acronyms; one row per concept with its Russian,
  Ukrainian and Belarusian spellings and its English, German and French forms, each with a
  source), handed over as plain rows by :func:`translit.shipped.name_rows`;
* Babel's CLDR country and exemplar-city names in the source language;
* the given-names table ``translit/data/names/given_names.csv`` (Russian, Ukrainian and Belarusian
  given names with their common English, German and French forms and a source per row), and
  ``given_names_uk.csv`` and ``given_names_be.csv``: the reader forms of Ukrainian and Belarusian
  spellings where readers' usage differs from the convention (Сергій → Serhiy, not the national
  system's Serhii; Юрій → Iouri in French; Мікалай → Mikalai, not BGN/PCGN's Mikalay);
  ``given_names_bg.csv``, ``given_names_sr.csv`` and ``given_names_mk.csv``: Bulgarian, Serbian
  and Macedonian given names (with reader forms where readers differ from the convention; their
  spellings are what the language decision reads, and a given name for the surname rules);
* ``foreign_given.csv``: given names of Latin-script languages as Russian and Ukrainian texts
  spell them, with their original spelling (Жак → Jacques), applied before a surname only.

Lookup is by :func:`fold` (lower case, ё = е, stress marks dropped).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .. import _datafiles as datafiles
from ..script import CYRILLIC_CLASS, drop_invisible, drop_stress
from .korean import yo_variants

if TYPE_CHECKING:  # pragma: no cover
    from ..shipped import NameRow

__all__ = [
    "APPLIED_TYPES",
    "READERS",
    "ROMAN_NUMERAL",
    "GivenName",
    "convention_ids",
    "conventions_config",
    "established_rows",
    "fold",
    "foreign_given_forms",
    "given_names",
    "given_spellings",
    "oblique_forms",
    "oblique_table",
    "place_words",
    "regnal_forms",
    "regnal_numeral",
    "shipped_forms",
    "shipped_variants",
    "source_given_forms",
    "source_order",
    "south_slavic_given",
]

#: Cyrillic letters (a regex class body): translit.script's, for the names modules.
CYRILLIC = CYRILLIC_CLASS

#: Reader languages that have established forms.
READERS = ("en", "de", "fr")

#: Row types of names.csv applied by romanisation (org and term rows are translations that
#: the glossary tools use; they are never substituted into romanised text).
APPLIED_TYPES = frozenset({"person", "place", "acronym"})


def fold(s: str) -> str:
    """Look-up form: lower case, ё = е, stress marks (acute, grave) and the invisible characters
    of :data:`translit.script.INVISIBLE` (a soft hyphen from a web page or a PDF, a joiner)
    dropped, й kept, one apostrophe (' ʼ → ’).

    >>> fold("Пётр  Чайко́вский"), fold("Ель\xadцин"), fold("Ель\u200dцин")
    ('петр чайковский', 'ельцин', 'ельцин')
    """
    s = drop_invisible(drop_stress(s))
    s = unicodedata.normalize("NFC", s).lower().replace("ё", "е").replace("\u2010", "-")
    s = s.replace("'", "\u2019").replace("\u02bc", "\u2019")  # one apostrophe
    return " ".join(s.split())


# -- the shipped rows -------------------------------------------------------------------------


def established_rows() -> tuple[NameRow, ...]:
    """The rows of the shipped established-forms glossary.

    They come through the API layer (:func:`translit.shipped.name_rows`, which reads
    ``glossaries/names.csv`` with :mod:`translit.glossary`); names never reads glossaries.
    """
    from ..shipped import name_rows

    return name_rows()


def _inflections(name: str) -> list[str]:
    """Oblique case forms of a one-word Russian place name (:func:`translit.morphology.forms`)."""
    if " " in name or len(name) < 4:
        return []
    from ..morphology import forms

    return list(forms(name, "ru", hint="place", plural=False)[1:])


@functools.cache
def _cldr_places(source: str, lang: str) -> dict[str, str]:
    """CLDR country and exemplar-city names in ``source`` → their names in ``lang``
    (:func:`translit.cldr.places`), less a name that is also a given name of the given-names
    table (Константин: Constantine, Algeria). Empty when Babel has no locale for ``source``.
    """
    from ..cldr import places

    given = _given_spellings()
    return {k: v for k, v in places(source, lang).items() if fold(k) not in given}


def source_order(source: str) -> tuple[str, ...]:
    """Spellings used for a source language: its own, then the Russian ones (a Ukrainian or
    Bulgarian text may quote a Russian spelling; its own spelling wins)."""
    return (source,) if source == "ru" else (source, "ru")


@functools.cache
def shipped_variants(target: str, source: str = "ru") -> Mapping[str, tuple[str, ...]]:
    """Source spelling → every established form in ``target`` (preferred first), for a target
    and a source language given as their codes (``de``, ``ru``):
    :func:`translit.names.established_variants` reads any spelling of them.

    Persons, places and acronyms of ``glossaries/names.csv`` (the source language's spellings,
    then the Russian ones; a Korean person's also with йо for ё at a word's start, or the
    reverse: :func:`~translit.names.korean.yo_variants`), then CLDR country and city names (in the same order), so a row of
    names.csv always wins over CLDR. An acronym the data knows without
    a form in this language maps to ``()`` (written letter by letter).

    >>> shipped_variants("fr", "uk")["Київ"]
    ('Kiev', 'Kyiv')

    A form :func:`source_preferred` gives a row the source spells in its own column comes
    first (German readers of Ukrainian Київ: Kyjiw; Russian Киев in a Ukrainian text: Kiew).

    >>> shipped_variants("de", "uk")["Київ"], shipped_variants("de", "uk")["Киев"]
    (('Kyjiw', 'Kiew'), ('Kiew', 'Kyjiw'))
    """
    out: dict[str, tuple[str, ...]] = {}
    rows = [r for r in established_rows() if r.kind in APPLIED_TYPES]
    order = source_order(source)
    preferred = source_preferred(source, target)
    for lang in order:
        for row in rows:
            if row.lang != lang:
                continue
            forms = row.forms.get(target, ())
            if lang == source and row.id in preferred:  # (Київ for German readers: Kyjiw)
                forms = tuple(dict.fromkeys((preferred[row.id], *forms)))
            if row.kind == "acronym" or forms:
                out.setdefault(row.text, forms)
    # a Korean person's name with йо for its word-initial ё or the reverse (Ким Йон Сам for the
    # row's Ким Ён Сам), after every row: a spelling a row lists is that row's
    for lang in order:
        for row in rows:
            forms = row.forms.get(target, ())
            if row.lang == lang and row.kind == "person" and forms:
                for variant in yo_variants(row.text):
                    out.setdefault(variant, forms)
    # CLDR's names come after every row of names.csv: the Kazakh exemplar city Алматы is the
    # French "Alma Ata" in CLDR, but Almaty in the Russian row, which cites its sources
    for lang in order:
        for name, form in _cldr_places(lang, target).items():
            out.setdefault(name, (form,))
    return out


@functools.cache
def source_preferred(source: str, target: str) -> Mapping[str, str]:
    """Row id of ``glossaries/names.csv`` → the form readers of ``target`` write for it when a
    text of ``source`` spells it in its own letters (``translit/data/names/source_forms.toml``,
    with its sources: the Auswärtiges Amt's Kyjiw for Ukrainian Київ, while Russian Киев stays
    Kiew).

    >>> source_preferred("uk", "de")["place-kyiv"], source_preferred("ru", "de")
    ('Kyjiw', {})
    """
    table = datafiles.load_toml("names", "source_forms.toml").get(source, {}).get(target, {})
    return {str(k): str(v) for k, v in table.items()}


@functools.cache
def elsewhere_variants(target: str, source: str = "ru") -> Mapping[str, tuple[str, ...]]:
    """Folded spelling → its forms in ``target``, for the persons and places of
    ``glossaries/names.csv`` that another Cyrillic language spells so and ``source`` (with the
    Russian spellings it reads) does not: Belarusian and Ukrainian Гродна for a text read as
    Russian (the first row of the file wins). :class:`~translit.names.TargetRomanizer` looks
    a name up here only when it is no word or name of ``source``.

    >>> elsewhere_variants("en")["гродна"], "гродно" in elsewhere_variants("en", "be")
    (('Grodno', 'Hrodna'), False)
    """
    own = {fold(k) for k in shipped_variants(target, source)}
    order = source_order(source)
    out: dict[str, tuple[str, ...]] = {}
    for row in established_rows():
        forms = row.forms.get(target, ())
        if row.kind in ("person", "place") and row.lang not in order and forms:
            key = fold(row.text)
            if key not in own:
                out.setdefault(key, forms)
    return out


@functools.cache
def shipped_forms(target: str, source: str = "ru") -> Mapping[str, str]:
    """Source spelling → the preferred established form in ``target`` (``""``: an acronym
    written letter by letter), for codes as :func:`shipped_variants` takes them.

    >>> shipped_forms("de")["Москва"], shipped_forms("en", "uk")["Харків"]
    ('Moskau', 'Kharkiv')
    """
    return {k: (v[0] if v else "") for k, v in shipped_variants(target, source).items()}


@functools.cache
def oblique_forms(source: str = "ru") -> frozenset[str]:
    """Folded oblique case forms of the known one-word place names of ``source`` (Москвы,
    Москве, России …). Phrase rule (README "Names"): such a form is transcribed by the
    convention, never replaced by the nominative exonym.

    Each name's forms come from the shipped copy of their derivation
    (:func:`oblique_table`) when it was made with the installed dictionary, else (a name the
    copy lacks too) from :func:`translit.morphology.forms`: declining the 1,100 names costs a
    quarter of a second, and loading the dictionary another 60 ms, which a text that needs
    no other word form never pays.

    >>> "москвой" in oblique_forms()
    True
    """
    if source != "ru":
        return frozenset()
    names = _place_names()
    shipped = _shipped_declined()
    found: set[str] = set()
    for name in names:
        got = shipped.get(name)
        found.update(_declined(name) if got is None else got)
    return frozenset(found - {fold(n) for n in names})


def _place_names() -> set[str]:
    """The Russian place names whose oblique forms :func:`oblique_forms` holds: the place
    rows of names.csv and CLDR's country and city names."""
    names = {r.text for r in established_rows() if r.kind == "place" and r.lang == "ru"}
    names.update(_cldr_places("ru", "en"))
    return names


def _declined(name: str) -> tuple[str, ...]:
    """The folded oblique forms of the place name ``name`` (none for one of several words or
    fewer than four letters), as the dictionary gives them."""
    return tuple(dict.fromkeys(map(fold, _inflections(name))))


#: The shipped copy of :func:`_declined` for every name :func:`_place_names` gives
_OBLIQUE_FILE = ("names", "oblique_ru.tsv")
#: The copy's line naming the pymorphy3 and dictionary versions it was derived with
_MADE_WITH = "# made with: "
#: The copy's line naming the Babel whose CLDR names it lists (not checked when read: a name
#: another Babel adds is derived, one it drops is not asked for)
CLDR_FROM = "# CLDR names from: Babel "


def _babel_version() -> str:
    from babel import __version__

    return str(__version__)


@functools.cache
def _shipped_declined() -> dict[str, tuple[str, ...]]:
    """Place name → its folded oblique forms, from the shipped copy when its ``made with``
    line is :func:`translit.morphology.dictionary_version` (another pymorphy3 or dictionary
    may decline otherwise), else empty (every name derived)."""
    from ..morphology import dictionary_version

    try:
        lines = datafiles.read_text(*_OBLIQUE_FILE).split("\n")
    except FileNotFoundError:
        return {}
    made = next((x[len(_MADE_WITH) :] for x in lines if x.startswith(_MADE_WITH)), None)
    if made is None or made != dictionary_version("ru"):
        return {}
    out: dict[str, tuple[str, ...]] = {}
    for line in lines:
        if line and not line.startswith("#"):
            name, _, said = line.partition("\t")
            out[name] = tuple(said.split(" ")) if said else ()
    return out


def oblique_table() -> str:
    """The text of ``translit/data/names/oblique_ru.tsv``, the copy :func:`oblique_forms`
    reads, as the installed dictionary derives it from today's place names (the test suite
    compares the two; to renew the file, write this text into it)."""
    from ..morphology import dictionary_version

    rows = [f"{n}\t{' '.join(_declined(n))}" for n in sorted(_place_names())
            if " " not in n and len(n) >= 4]  # fmt: skip
    return "\n".join(
        [
            "# Oblique case forms of the one-word Russian place names of glossaries/names.csv and",
            "# of CLDR (Babel), folded as translit.names.forms.fold folds them: a copy of their",
            "# derivation, translit.morphology.forms(name, hint='place', plural=False), so that a",
            "# process need not load the dictionary and decline them (0.3 s). Read only when the",
            "# versions below are the installed ones; a name not listed is derived when read.",
            "# Written by translit.names.forms.oblique_table(); tests/test_names_oblique.py checks it.",
            f"{_MADE_WITH}{dictionary_version('ru')}",
            f"{CLDR_FROM}{_babel_version()}",
            "# name<TAB>its forms",
            *rows,
            "",
        ]
    )


@functools.cache
def place_words(source: str = "ru") -> frozenset[str]:
    """Folded one-word place spellings of names.csv for ``source`` (its own, then the Russian
    ones) that no person row spells the same: in the place of a surname (after a given name)
    such a word is a surname, not the place (Георгий Львов is Georgy Lvov, not "Lviv").

    >>> "львов" in place_words(), "ленин" in place_words()
    (True, False)
    """
    rows = [r for r in established_rows() if r.lang in source_order(source)]
    persons = {fold(r.text) for r in rows if r.kind == "person"}
    return frozenset(
        f for r in rows if r.kind == "place" and " " not in (f := fold(r.text)) and f not in persons
    )


# -- given names ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class GivenName:
    """One given name: its spellings per source language and its forms per reader language
    (preferred first; the reader forms render the Russian spelling). ``word`` marks a name that
    is also an ordinary word (Вера, Роман, Лев): it is applied only before another name."""

    id: str
    sex: str
    word: bool
    spellings: dict[str, tuple[str, ...]]
    forms: dict[str, tuple[str, ...]]
    source: str


def _split(cell: str) -> tuple[str, ...]:
    return tuple(p.strip() for p in cell.split("|") if p.strip())


def _table(name: str) -> list[dict[str, str]]:
    """The rows of ``translit/data/names/<name>`` (empty when there is no such file)."""
    return datafiles.read_table("names", name)


@functools.cache
def given_names() -> tuple[GivenName, ...]:
    """The given-names table (``translit/data/names/given_names.csv``).

    >>> next(g for g in given_names() if g.id == "yuri").forms["fr"]
    ('Iouri', 'Youri')
    """
    out = []
    for row in _table("given_names.csv"):
        out.append(
            GivenName(
                id=row["id"],
                sex=row["sex"],
                word=row["word"] == "1",
                spellings={lang: _split(row[lang]) for lang in ("ru", "uk", "be")},
                forms={lang: _split(row[lang]) for lang in READERS},
                source=row["source"],
            )
        )
    return tuple(out)


@functools.cache
def _given_spellings() -> frozenset[str]:
    return frozenset(fold(s) for g in given_names() for v in g.spellings.values() for s in v)


@functools.cache
def source_given_forms(source: str) -> Mapping[str, Mapping[str, tuple[str, ...]]]:
    """Spelling of a given name in ``source`` → {reader language: forms}, from
    ``translit/data/names/given_names_<source>.csv`` (only where readers' usage differs from
    the convention; empty for a language without such a table).

    >>> source_given_forms("uk")["Сергій"]["en"]
    ('Serhiy', 'Serhii', 'Sergiy')
    """
    rows = _table(f"given_names_{source}.csv")
    return {r[source]: {t: _split(r[t]) for t in READERS if r[t]} for r in rows}


@functools.cache
def given_spellings(source: str) -> frozenset[str]:
    """Folded spellings of every given name of ``source`` (both tables).

    >>> "михайло" in given_spellings("uk")
    True
    """
    names = {fold(s) for g in given_names() for s in g.spellings.get(source, ())}
    return frozenset(names | {fold(s) for s in source_given_forms(source)})


@functools.cache
def south_slavic_given() -> frozenset[str]:
    """Folded South Slavic given names Russian has not: those of the Bulgarian, Macedonian and
    Serbian tables and of ``given_names_alike.csv``, less the Russian spellings of
    ``given_names.csv`` (a Russian-spelled name of one of them is a South Slav's: Зоран, Ратко).

    >>> sorted(n in south_slavic_given() for n in ("зоран", "ратко", "иван"))
    [False, True, True]
    """
    names = {
        fold(r[lang]) for lang in ("bg", "mk", "sr") for r in _table(f"given_names_{lang}.csv")
    }
    names |= {fold(r["name"]) for r in _table("given_names_alike.csv")}
    return frozenset(names - given_spellings("ru"))


@functools.cache
def given_forms(target: str, source: str = "ru") -> Mapping[str, tuple[tuple[str, ...], bool]]:
    """Folded spelling of a given name → (its forms in ``target``, is an ordinary word): the
    Russian spellings of the given-names table, or the source language's own table.

    >>> given_forms("en")["юрий"], given_forms("fr", "uk")["юрій"]
    ((('Yuri', 'Yury'), False), (('Iouri',), False))
    """
    out: dict[str, tuple[tuple[str, ...], bool]] = {}
    if source != "ru":
        # a spelling of a given_names.csv row that is also an ordinary word (Надія, hope) keeps
        # that row's mark: it is applied only before another name
        words = {fold(s) for g in given_names() if g.word for s in g.spellings.get(source, ())}
        for spelling, by_target in source_given_forms(source).items():
            if by_target.get(target):
                out[fold(spelling)] = (by_target[target], fold(spelling) in words)
        return out
    for g in given_names():
        forms = g.forms.get(target, ())
        if not forms:
            continue
        for spelling in g.spellings["ru"]:
            out.setdefault(fold(spelling), (forms, g.word))
    return out


@functools.cache
def foreign_given_forms(source: str) -> Mapping[str, tuple[str, bool]]:
    """Folded spelling of a given name of a Latin-script language in ``source`` (``ru``,
    ``uk``) → (its original spelling, which every reader prints; whether the Slavic tables hold
    the spelling too), from ``translit/data/names/foreign_given.csv``.

    >>> foreign_given_forms("ru")["жак"], foreign_given_forms("ru")["гарри"]
    (('Jacques', False), ('Harry', True))
    >>> foreign_given_forms("uk")["п’єр"], foreign_given_forms("be")
    (('Pierre', False), {})
    """
    slavic = given_spellings(source)
    out: dict[str, tuple[str, bool]] = {}
    for row in _table("foreign_given.csv") if source in ("ru", "uk") else ():
        for spelling in _split(row[source]):
            key = fold(spelling)
            out.setdefault(key, (row["form"], key in slavic))
    return out


# -- conventions.toml: what the name keys read of it too (keys sits below conventions) ---------


@functools.cache
def conventions_config() -> dict[str, Any]:
    """``translit/data/names/conventions.toml``, parsed (the names modules' one reader of it)."""
    return datafiles.load_toml("names", "conventions.toml")


def convention_ids() -> dict[str, str]:
    """``[targets]`` of conventions.toml: reader language → the id of its convention scheme
    (:data:`translit.names.conventions.CONVENTIONS`).

    >>> convention_ids()["de"]
    'duden'
    """
    return dict(conventions_config()["targets"])


def regnal_forms() -> dict[str, tuple[str, ...]]:
    """``[regnal.names]`` of conventions.toml: given-name id → its regnal forms (en, de, fr), for
    the name keys.

    >>> regnal_forms()["nikolai"]
    ('Nicholas', 'Nikolaus', 'Nicolas')
    """
    return {k: tuple(v) for k, v in conventions_config().get("regnal", {}).get("names", {}).items()}


#: A regnal number in Roman numerals (I to XXXIX): the one pattern of the reader forms here and
#: of name keys (:func:`regnal_numeral`)
ROMAN_NUMERAL = "(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})"


@functools.cache
def regnal_numeral() -> re.Pattern[str]:
    """A whole word that is a regnal number as some reader writes it: the numeral (group 1),
    with the full stop of ``[regnal].ordinal_stop`` or the ending of a ``[regnal].first`` form
    (Ier, Ire → I).

    >>> [bool(regnal_numeral().match(w)) for w in ("II.", "Ier", "Ire", "IIer", "Iv")]
    [True, True, True, True, False]
    """
    config = conventions_config().get("regnal", {})
    endings = {"."} if config.get("ordinal_stop") else set()
    endings |= {f.removeprefix("I") for forms in config.get("first", {}).values() for f in forms}
    alternatives = "|".join(re.escape(e) for e in sorted(endings) if e)
    return re.compile(
        rf"({ROMAN_NUMERAL})(?:{alternatives})?$" if alternatives else rf"({ROMAN_NUMERAL})$"
    )
