"""Scheme data files: read a TOML scheme, validate it, and return a plain :class:`Scheme`.

A scheme is one romanisation standard or reader convention, written as data (see
``docs/schemes.md`` for the format). This module only reads and checks files; it knows nothing
about speed. :mod:`translit.engine` compiles a :class:`Scheme` into a :class:`~translit.Romanizer`.

Every problem in a file is a :class:`~translit.errors.SchemeError` naming the file and the key,
so a typo never turns into a silently wrong mapping.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, NotRequired, TypedDict

from ._record import Record
from .errors import SchemeError, want_str
from .script import CYRILLIC_BLOCKS, is_cyrillic

__all__ = [
    "BOUNDARY",
    "INFO_KEYS",
    "Body",
    "ReverseException",
    "Rule",
    "Scheme",
    "SchemeInfo",
    "parse_metadata",
    "parse_scheme",
    "read_scheme",
]

#: The character that stands for a word boundary in a rule's context sets.
BOUNDARY = ""

_BODY_KEYS = {"script", "case", "classes", "letters", "rules", "endings", "fallback"}
_RULE_KEYS = {"match", "out", "prev", "next", "not_prev", "not_next", "note"}
_CASE_KEYS = {"acronyms", "capitals"}
_EXCEPTION_KEYS = {"pattern", "example", "why"}
#: The metadata keys of a scheme, in the order ``translit schemes --json`` lists them.
INFO_KEYS = (
    "id",
    "language",
    "title",
    "aliases",
    "kind",
    "authority",
    "year",
    "interscript",
    "reversible",
    "source",
    "url",
)
#: The keys a scheme file may hold: its metadata, its body (:data:`_BODY_KEYS`, which a
#: ``[reverse]`` table holds too) and what goes with neither.
_TOP_KEYS = {
    *INFO_KEYS,
    *_BODY_KEYS,
    "notes",
    "description",
    "inherit",
    "samples",
    "reverse",
    "reverse_exceptions",
}
_KINDS = {"standard", "convention", "national", "reverse"}
_SCRIPTS = {"Cyrl", "Latn"}
_FIRST_CYRILLIC = chr(CYRILLIC_BLOCKS[0][0])
_CLASS_REF = re.compile(r"\{([a-z_][a-z0-9_]*)\}")


@dataclass(frozen=True, eq=False, repr=False)  # value methods: Record
class Rule(Record):
    """One context rule: ``match`` becomes ``out`` when the context sets allow it.

    ``prev``/``next`` hold the letters allowed before/after the match (``BOUNDARY`` for a word
    edge), ``None`` meaning "any"; ``not_prev``/``not_next`` the forbidden ones.
    """

    match: str
    out: str
    prev: frozenset[str] | None = None
    next: frozenset[str] | None = None
    not_prev: frozenset[str] = frozenset()
    not_next: frozenset[str] = frozenset()


@dataclass(frozen=True, eq=False, repr=False)  # value methods: Record
class Body(Record):
    """The part of a scheme the engine compiles: letters, context rules, endings, case."""

    script: str = "Cyrl"
    letters: Mapping[str, str] = field(default_factory=dict)
    rules: tuple[Rule, ...] = ()
    acronyms: str = "upper"
    vowels: frozenset[str] = frozenset()
    fallback: str | None = "iso-9"
    capitals: Mapping[str, str] = field(default_factory=dict)

    @property
    def written(self) -> frozenset[str]:
        """The characters this body's own letters and rules write (not its fallback's).

        >>> sorted(Body(letters={"щ": "shch", "ь": "ʹ"}).written)
        ['c', 'h', 's', 'ʹ']
        """
        return frozenset("".join(self.letters.values())).union(*(r.out for r in self.rules))

    @property
    def ascii(self) -> bool:
        """Whether this body's own letters and rules write only ASCII (ICAO, the passport and
        map tables, ALA-LC without diacritics, Wikipedia …): its output is ASCII, so the
        letters it lacks come from its fallback without their marks, and the combining marks
        of the input (stress marks, the grave of ѝ) are dropped, not carried (Влади́мир →
        Vladimir). The compiler turns it into the engines' table bit.

        >>> Body(letters={"щ": "shch", "ь": "'"}).ascii, Body(letters={"щ": "šč"}).ascii
        (True, False)
        """
        return all(c.isascii() for c in self.written)


@dataclass(frozen=True, eq=False, repr=False)  # value methods: Record
class ReverseException(Record):
    """Spellings a reversible scheme cannot read back (its standard writes them alike).

    ``pattern`` is a regular expression over lowercase Cyrillic words, ``example`` a word it
    matches that does not round-trip, ``why`` the standard's reason.
    """

    pattern: str
    example: str
    why: str


class SchemeInfo(TypedDict):
    """A scheme's metadata as :func:`translit.schemes` lists it (and ``translit schemes
    --json`` prints it): the :data:`INFO_KEYS`, ``""`` where the file leaves a text out, and
    ``default``.

    >>> import translit
    >>> info: SchemeInfo = translit.schemes("uk")[0]
    >>> info["id"], info["authority"], info["year"], info["reversible"], info["default"]
    ('ala-lc', 'ALA-LC', 2011, False, False)
    """

    id: str
    language: str
    title: str
    aliases: list[str]
    kind: str
    authority: str
    year: int | None
    interscript: str
    reversible: bool
    source: str
    url: str
    #: ``True`` for the scheme ``romanize`` uses for its language when none is named (listed
    #: by :func:`translit.schemes`; a :meth:`Scheme.info` alone does not know its catalogue)
    default: NotRequired[bool]


@dataclass(frozen=True, eq=False, repr=False)  # value methods: Record
class Scheme(Record):
    """A validated scheme: metadata, the forward body, an optional reverse body, samples.

    >>> import translit
    >>> s = translit.get_scheme("iso-9", "ru")
    >>> s.id, s.reversible, s.body.letters["щ"]
    ('iso-9', True, 'ŝ')
    """

    id: str
    title: str
    language: str
    path: str
    body: Body
    aliases: tuple[str, ...] = ()
    source: str = ""
    url: str = ""
    kind: str = "standard"
    authority: str = ""
    year: int | None = None
    interscript: str = ""
    reversible: bool = False
    notes: str = ""
    reverse: Body | None = None
    samples: tuple[tuple[str, str, str], ...] = ()
    reverse_exceptions: tuple[ReverseException, ...] = ()

    def info(self) -> SchemeInfo:
        """Metadata as a plain dict (what ``translit.schemes()`` lists).

        >>> import translit
        >>> translit.get_scheme("iso-9", "ru").info()["reversible"]
        True
        """
        return SchemeInfo(
            id=self.id,
            language=self.language,
            title=self.title,
            aliases=list(self.aliases),
            kind=self.kind,
            authority=self.authority,
            year=self.year,
            interscript=self.interscript,
            reversible=self.reversible,
            source=self.source,
            url=self.url,
        )


def read_scheme(
    path: str, text: str, resolve: Callable[[str, str], Mapping[str, Any]] | None = None
) -> Scheme:
    """Parse the TOML ``text`` of the scheme file ``path`` and validate it.

    ``resolve(id, language)`` returns the raw table of a scheme named by ``inherit``.

    >>> s = read_scheme("ru/demo.toml", 'id = "demo"\\nlanguage = "ru"\\n[letters]\\n"щ" = "sc"')
    >>> s.id, dict(s.body.letters)
    ('demo', {'щ': 'sc'})
    >>> read_scheme("ru/demo.toml", 'id = "demo"\\nlanguage = "ru"\\n[letters]\\n"Щ" = "Sc"')
    Traceback (most recent call last):
    ...
    translit.errors.SchemeError: ru/demo.toml: letters.Щ: ...
    """
    path = want_str(path, "read_scheme()")
    text = want_str(text, "read_scheme()")  # None: "no attribute 'replace'" from tomllib
    import tomllib  # a caller's own file: the shipped ones come parsed (translit._datafiles)

    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise SchemeError(path, "", f"not valid TOML: {exc}") from None
    except RecursionError:  # tomllib reads nested arrays and inline tables recursively
        raise SchemeError(
            path, "", "arrays or inline tables nested too deeply (a scheme nests a few levels)"
        ) from None
    return parse_scheme(path, raw, resolve)


def merged_raw(
    path: str, raw: Mapping[str, Any], resolve: Callable[[str, str], Mapping[str, Any]] | None
) -> dict[str, Any]:
    """Apply ``inherit``: the parent's body with the child's tables laid over it."""
    data = dict(raw)
    parent_id = data.get("inherit")
    if parent_id is None:
        return data
    if not isinstance(parent_id, str) or resolve is None:
        raise SchemeError(path, "inherit", "must name a scheme id")
    parent = merged_raw(path, resolve(parent_id, str(data.get("language", ""))), resolve)
    out: dict[str, Any] = {k: parent[k] for k in _BODY_KEYS if k in parent}
    for key in ("classes", "letters", "case"):
        if key in data:
            out[key] = {**out.get(key, {}), **data[key]}
    for key in ("rules", "endings", "script", "fallback"):
        if key in data:
            out[key] = data[key]
    for key, value in data.items():
        if key not in _BODY_KEYS:
            out[key] = value
    return out


def parse_scheme(
    path: str,
    raw: Mapping[str, Any],
    resolve: Callable[[str, str], Mapping[str, Any]] | None = None,
) -> Scheme:
    """Validate an already parsed scheme table (see :func:`read_scheme`)."""
    unknown = set(raw) - _TOP_KEYS
    if unknown:
        raise SchemeError(path, sorted(unknown)[0], f"unknown key (allowed: {sorted(_TOP_KEYS)})")
    data = merged_raw(path, raw, resolve)
    meta = parse_metadata(path, data)
    body = _parse_body(path, "", data, default_script="Cyrl")
    reverse = None
    if "reverse" in data:
        rev = data["reverse"]
        if not isinstance(rev, dict):
            raise SchemeError(path, "reverse", "must be a table")
        bad = set(rev) - _BODY_KEYS
        if bad:
            raise SchemeError(path, f"reverse.{sorted(bad)[0]}", "unknown key")
        reverse = _parse_body(path, "reverse.", rev, default_script="Latn")
    return Scheme(
        **meta,
        path=path,
        body=body,
        notes=_opt_str(path, data, "notes") or _opt_str(path, data, "description"),
        reverse=reverse,
        samples=_parse_samples(path, data.get("samples", [])),
        reverse_exceptions=_parse_exceptions(path, data.get("reverse_exceptions", [])),
    )


def parse_metadata(path: str, data: Mapping[str, Any]) -> dict[str, Any]:
    """The validated metadata of a raw scheme table (the :data:`INFO_KEYS`), letters unread.

    Listing the catalogue needs only this, so ``translit schemes`` compiles nothing.

    >>> parse_metadata("x.toml", {"id": "x", "language": "ru", "year": 2015})["year"]
    2015
    """
    sid = _req_str(path, data, "id")
    if sid != sid.lower() or "_" in sid or " " in sid:
        raise SchemeError(path, "id", "ids are lowercase with hyphens, e.g. 'bgn-pcgn'")
    kind = data.get("kind", "standard")
    if not isinstance(kind, str) or kind not in _KINDS:  # (a list: "unhashable type: 'list'")
        raise SchemeError(path, "kind", f"must be one of {sorted(_KINDS)}")
    aliases = data.get("aliases", [])
    if not isinstance(aliases, list) or not all(isinstance(a, str) and a for a in aliases):
        raise SchemeError(path, "aliases", "must be a list of names")
    year = data.get("year")
    if year is not None and (not isinstance(year, int) or isinstance(year, bool)):
        raise SchemeError(path, "year", "must be a whole number (the edition's year)")
    reversible = data.get("reversible", False)
    if not isinstance(reversible, bool):
        raise SchemeError(path, "reversible", "must be true or false")
    return {
        "id": sid,
        "language": _req_str(path, data, "language"),
        "title": _opt_str(path, data, "title") or sid,
        "aliases": tuple(aliases),
        "kind": kind,
        "authority": _opt_str(path, data, "authority"),
        "year": year,
        "interscript": _opt_str(path, data, "interscript"),
        "reversible": reversible,
        "source": _opt_str(path, data, "source"),
        "url": _opt_str(path, data, "url"),
    }


def _parse_exceptions(path: str, items: Any) -> tuple[ReverseException, ...]:
    if not isinstance(items, list):
        raise SchemeError(path, "reverse_exceptions", "must be an array of tables")
    out = []
    for n, item in enumerate(items):
        key = f"reverse_exceptions[{n}]"
        if not isinstance(item, dict) or set(item) != _EXCEPTION_KEYS:
            raise SchemeError(path, key, f"needs exactly the keys {sorted(_EXCEPTION_KEYS)}")
        if not all(isinstance(v, str) and v for v in item.values()):
            raise SchemeError(path, key, "pattern, example and why are non-empty strings")
        try:
            pattern = re.compile(item["pattern"])
        except re.error as exc:
            raise SchemeError(path, f"{key}.pattern", f"not a regular expression: {exc}") from None
        if not pattern.search(item["example"]):
            raise SchemeError(path, f"{key}.example", "must match the pattern")
        out.append(ReverseException(item["pattern"], item["example"], item["why"]))
    return tuple(out)


def _req_str(path: str, data: Mapping[str, Any], key: str) -> str:
    value = data.get(key)
    if not isinstance(value, str) or not value.strip():
        raise SchemeError(path, key, "is required and must be a non-empty string")
    return value.strip()


def _opt_str(path: str, data: Mapping[str, Any], key: str) -> str:
    value = data.get(key, "")
    if not isinstance(value, str):
        raise SchemeError(path, key, "must be a string")
    return value.strip()


def _parse_body(path: str, prefix: str, data: Mapping[str, Any], default_script: str) -> Body:
    script = data.get("script", default_script)
    if script not in _SCRIPTS:
        raise SchemeError(path, prefix + "script", f"must be one of {sorted(_SCRIPTS)}")
    target_is_latin = script == "Cyrl"

    classes_raw = data.get("classes", {})
    if not isinstance(classes_raw, dict):
        raise SchemeError(path, prefix + "classes", 'must be a table of name = "letters"')
    classes: dict[str, frozenset[str]] = {}
    for name, members in classes_raw.items():
        if not isinstance(members, str) or not re.fullmatch(r"[a-z_][a-z0-9_]*", name):
            raise SchemeError(path, f"{prefix}classes.{name}", 'must be name = "letters"')
        classes[name] = frozenset(_expand(path, f"{prefix}classes.{name}", members, {}, ""))

    letters_raw = data.get("letters", {})
    if not isinstance(letters_raw, dict) or not letters_raw:
        raise SchemeError(path, prefix + "letters", 'must be a non-empty table of letter = "out"')
    letters: dict[str, str] = {}
    for src, out in letters_raw.items():
        key = f"{prefix}letters.{src}"
        _check_pair(path, key, src, out, target_is_latin)
        letters[unicodedata.normalize("NFC", src)] = unicodedata.normalize("NFC", out)

    rules: list[Rule] = []
    endings = data.get("endings", {})
    if not isinstance(endings, dict):
        raise SchemeError(path, prefix + "endings", 'must be a table of ending = "out"')
    for src, out in endings.items():
        _check_pair(path, f"{prefix}endings.{src}", src, out, target_is_latin)
        rules.append(
            Rule(
                match=unicodedata.normalize("NFC", src),  # (read in NFC, as a word is)
                out=unicodedata.normalize("NFC", out),
                next=frozenset({BOUNDARY}),
                not_prev=frozenset({BOUNDARY}),
            )
        )
    rules_raw = data.get("rules", [])
    if not isinstance(rules_raw, list):
        raise SchemeError(path, prefix + "rules", "must be an array of tables ([[rules]])")
    for n, item in enumerate(rules_raw):
        key = f"{prefix}rules[{n}]"
        if not isinstance(item, dict):
            raise SchemeError(path, key, "must be a table")
        bad = set(item) - _RULE_KEYS
        if bad:
            raise SchemeError(
                path, f"{key}.{sorted(bad)[0]}", f"unknown key (allowed: {sorted(_RULE_KEYS)})"
            )
        if "match" not in item or "out" not in item:
            raise SchemeError(path, key, "needs 'match' and 'out'")
        _check_pair(path, key, item["match"], item["out"], target_is_latin)
        sets: dict[str, frozenset[str] | None] = {}
        for side, edge in (("prev", "^"), ("next", "$"), ("not_prev", "^"), ("not_next", "$")):
            spec = item.get(side)
            if spec is None:
                sets[side] = None
                continue
            if not isinstance(spec, str):
                raise SchemeError(path, f"{key}.{side}", "must be a string of letters")
            sets[side] = frozenset(_expand(path, f"{key}.{side}", spec, classes, edge))
        prev, nxt = sets["prev"], sets["next"]
        not_prev, not_next = set(sets["not_prev"] or ()), set(sets["not_next"] or ())
        # "{any}" means "a letter, not a word edge"
        if prev is not None and _ANY in prev:
            not_prev.add(BOUNDARY)
            prev = None
        if nxt is not None and _ANY in nxt:
            not_next.add(BOUNDARY)
            nxt = None
        rules.append(
            Rule(
                match=unicodedata.normalize("NFC", item["match"]),
                out=unicodedata.normalize("NFC", item["out"]),
                prev=prev,
                next=nxt,
                not_prev=frozenset(not_prev),
                not_next=frozenset(not_next),
            )
        )

    case = data.get("case", {})
    if not isinstance(case, dict) or set(case) - _CASE_KEYS:
        raise SchemeError(path, prefix + "case", f"must be a table with keys {sorted(_CASE_KEYS)}")
    acronyms = case.get("acronyms", "upper")
    if acronyms not in ("upper", "title"):
        raise SchemeError(path, prefix + "case.acronyms", "must be 'upper' or 'title'")
    if acronyms == "title" and "vowel" not in classes:
        raise SchemeError(
            path, prefix + "classes.vowel", "is required when case.acronyms = 'title'"
        )
    capitals = case.get("capitals", {})
    if not isinstance(capitals, dict) or not all(
        isinstance(k, str) and len(k) == 1 and k.islower() and isinstance(v, str) and v.isupper()
        for k, v in capitals.items()
    ):
        raise SchemeError(
            path, prefix + "case.capitals", "must map lower-case letters to their capitals"
        )
    fallback = data.get("fallback", "iso-9" if script == "Cyrl" else None)
    if fallback is not None and not isinstance(fallback, str):
        raise SchemeError(path, prefix + "fallback", "must be a scheme id")
    if fallback == "":
        fallback = None
    return Body(
        script=script,
        letters=letters,
        rules=tuple(rules),
        acronyms=acronyms,
        vowels=classes.get("vowel", frozenset()),
        fallback=fallback,
        capitals={k: unicodedata.normalize("NFC", v) for k, v in capitals.items()},
    )


_ANY = "\x00any"


def _expand(
    path: str, key: str, spec: str, classes: Mapping[str, frozenset[str]], edge: str
) -> set[str]:
    """Expand a context set like ``"^{vowel}йъь"`` into its letters (``BOUNDARY`` for ^/$)."""
    out: set[str] = set()
    pos = 0
    for m in _CLASS_REF.finditer(spec):
        out |= _chars(path, key, spec[pos : m.start()], edge)
        name = m.group(1)
        if name == "any":
            out.add(_ANY)
        elif name in classes:
            out |= classes[name]
        else:
            raise SchemeError(path, key, f"unknown class {{{name}}} (define it under [classes])")
        pos = m.end()
    out |= _chars(path, key, spec[pos:], edge)
    return out


def _chars(path: str, key: str, text: str, edge: str) -> set[str]:
    out: set[str] = set()
    for ch in unicodedata.normalize("NFC", text):
        if ch.isspace():
            continue
        if ch in "^$":
            if not edge:
                raise SchemeError(path, key, "'^' and '$' belong in rule contexts, not classes")
            if ch != edge:
                raise SchemeError(
                    path, key, f"use '^' in prev/not_prev and '$' in next/not_next, not {ch!r}"
                )
            out.add(BOUNDARY)
        elif ch in "{}":
            raise SchemeError(path, key, "unbalanced '{' or '}' in a class reference")
        else:
            out.add(ch.lower())
    return out


def _check_pair(path: str, key: str, src: Any, out: Any, target_is_latin: bool) -> None:
    if not isinstance(src, str) or not src:
        raise SchemeError(path, key, "the source must be a non-empty string")
    if not isinstance(out, str):
        raise SchemeError(path, key, "the output must be a string")
    if src != src.lower():
        raise SchemeError(path, key, "write sources in lowercase; upper case is derived")
    # (an output is a few characters, most below every Cyrillic block: the others are looked
    # up one by one, where the regex of has_cyrillic was compiled for a start that may read
    # no other text)
    if target_is_latin and max(out, default="") >= _FIRST_CYRILLIC and any(map(is_cyrillic, out)):
        raise SchemeError(
            path, key, f"output {out!r} contains Cyrillic (a typo for a Latin letter?)"
        )


def _parse_samples(path: str, samples: Any) -> tuple[tuple[str, str, str], ...]:
    if not isinstance(samples, list):
        raise SchemeError(path, "samples", "must be an array of [input, output(, source)]")
    out = []
    for n, item in enumerate(samples):
        if (
            not isinstance(item, list)
            or len(item) not in (2, 3)
            or not all(isinstance(x, str) for x in item)
        ):
            raise SchemeError(
                path, f"samples[{n}]", "must be [input, output] or [input, output, source]"
            )
        out.append((item[0], item[1], item[2] if len(item) == 3 else ""))
    return tuple(out)
