"""The scheme catalogue: finds scheme files by id, alias and language, and caches romanisers.

Scheme files live in ``translit/data/schemes/<language>/<id>.toml``; ``schemes/any/`` holds schemes
for every Cyrillic language (the ISO 9 fallback). Nothing is read at import time: a file is
parsed when its scheme is first asked for, and a :class:`~translit.Romanizer` is compiled once
per (scheme, language, direction) and kept.
"""

from __future__ import annotations

import functools
import os
import threading
import unicodedata
from collections.abc import Mapping
from typing import Any, cast

from . import _datafiles as datafiles
from .engine import Romanizer, native
from .engine.romanizer import Compiled, compiled
from .errors import (
    IrreversibleSchemeError,
    SchemeError,
    UnknownLanguageError,
    UnknownSchemeError,
    want_bool,
)
from .scheme import Scheme, SchemeInfo, parse_metadata, parse_scheme
from .script import alphabet, drop_marks

__all__ = [
    "DEFAULT_SCHEME",
    "DELEGATED",
    "default_scheme",
    "find_scheme",
    "get_romanizer",
    "get_scheme",
    "lang_arg",
    "language_codes",
    "language_info",
    "languages",
    "locate",
    "reader_romanizer",
    "scheme_ids",
    "schemes",
]

ANY = "any"
#: the scheme a language is romanised with when none is named, unless ``data/languages.toml``
#: gives it another (``default_scheme``: the later edition BGN/PCGN adopted for Ukrainian,
#: Bulgarian and Macedonian; a language BGN/PCGN has no Cyrillic system for)
DEFAULT_SCHEME = "bgn-pcgn"
_lock = threading.RLock()


_SCHEMES = "schemes"  # the data folder of the scheme files


def norm_id(name: str) -> str:
    """Canonical form of a scheme name: lower case, hyphens for underscores and spaces."""
    if not isinstance(name, str):
        raise TypeError(f"a scheme name is a str, not {type(name).__name__}")
    return name.strip().lower().replace("_", "-").replace(" ", "-")


#: scripts translit does not cover, handed to transliterate's packs (documented there): a
#: ``lang`` every function accepts besides the languages of the catalogue
DELEGATED = ("el", "hy", "ka")


def norm_lang(lang: str) -> str:
    """Folder code of a language: the primary subtag of a BCP 47 tag or POSIX locale, with
    ISO 639-2/-3 codes mapped to the folder (``data/languages.toml``).

    A tag that does not start with a language subtag (``x-klingon``, private use; ``-ru``)
    is returned whole, so the error about it names it, not ``'x'`` or ``''``.

    >>> norm_lang("ru-RU"), norm_lang("rus"), norm_lang("TAT"), norm_lang("mac")
    ('ru', 'ru', 'tt', 'mk')
    >>> norm_lang("x-klingon"), norm_lang(" -ru")
    ('x-klingon', '-ru')
    """
    if not isinstance(lang, str):
        raise TypeError(f"a language code is a str, not {type(lang).__name__}")
    tag = lang.strip().replace("_", "-").lower()
    code = tag.split("-")[0]
    if not (2 <= len(code) <= 8 and code.isascii() and code.isalpha()):
        return tag
    return _codes().get(code, code)


def lang_arg(lang: str, allow: tuple[str, ...] = ()) -> str:
    """A ``lang`` argument as the code every function reads, or an error naming the known ones.

    A language translit knows is accepted in any case, as a BCP 47 tag or POSIX locale (region,
    script and other subtags dropped) or an ISO 639-2/-3 code; so is a word of ``allow``
    (``"auto"``, ``"auto-line"``) in any case, and a language code of ``allow`` (``"el"``) with
    subtags. Anything else raises :class:`~translit.UnknownLanguageError`, whose list of known
    codes includes ``allow``: every command refuses a language the same way.

    >>> lang_arg("Ru"), lang_arg("ru_RU.UTF-8"), lang_arg("uk-Cyrl-UA"), lang_arg("bel")
    ('ru', 'ru', 'uk', 'be')
    >>> lang_arg("AUTO-LINE", ("auto", "auto-line")), lang_arg("el-GR", ("el",))
    ('auto-line', 'el')
    >>> lang_arg("xx", ("auto",))
    Traceback (most recent call last):
    translit.errors.UnknownLanguageError: unknown language 'xx'; known: auto, az, ba, be, bg, ce, kk, ky, mk, mn, ro, ru, rue, sr, tg, tk, tt, ug, uk, uz
    """
    if not isinstance(lang, str):  # (before the cache: a list was "unhashable type: 'list'")
        raise TypeError(f"a language code is a str, not {type(lang).__name__}")
    return _lang_arg(lang, allow)


@functools.lru_cache(maxsize=256)
def _lang_arg(lang: str, allow: tuple[str, ...]) -> str:
    tag = lang.strip().replace("_", "-").lower()
    if tag in allow:
        return tag
    code = norm_lang(tag.partition(".")[0].partition("@")[0])  # ru_RU.UTF-8, sr_RS@latin
    if _known(code) or (code in allow and len(code) <= 3):  # (a code, not the word auto)
        return code
    raise UnknownLanguageError(tag, (*languages(), *_languages_table(), *allow), named=True)


def _known(lang: str) -> bool:
    """A language with scheme files, or one of ``languages.toml`` (served by ``any``'s)."""
    return lang in languages() or lang in _languages_table()


_CODE_KEYS = ("iso639_1", "iso639_2b", "iso639_2t", "iso639_3")


@functools.cache
def _languages_table() -> dict[str, dict[str, Any]]:
    return datafiles.load_toml("languages.toml")


@functools.cache
def _codes() -> dict[str, str]:
    """Every ISO 639 code of ``data/languages.toml`` → its folder code."""
    out: dict[str, str] = {}
    for folder, row in _languages_table().items():
        for code in (folder, *(row.get(k, "") for k in _CODE_KEYS), *row.get("other", ())):
            if code:
                out.setdefault(code, folder)
    return out


def language_codes() -> tuple[str, ...]:
    """Folder codes of every language in ``data/languages.toml`` (with or without own schemes).

    >>> "tt" in language_codes()
    True
    """
    return tuple(sorted(_languages_table()))


def language_info(lang: str) -> dict[str, Any]:
    """Name and ISO 639 codes of ``lang`` (any of its codes), from ``languages.toml``, and its
    alphabet (:func:`translit.script.alphabet`).

    >>> info = language_info("tat")
    >>> info["name"], info["iso639_1"], info["iso639_3"]
    ('Tatar', 'tt', 'tat')
    """
    code = norm_lang(lang)
    row = _languages_table().get(code)
    if row is None:
        raise UnknownLanguageError(lang, languages())
    try:
        letters = alphabet(code)
    except UnknownLanguageError:  # a language without an alphabet of its own in the data
        letters = ""
    return {"code": code, **row, "alphabet": letters}


def default_scheme(lang: str) -> str:
    """The scheme ``lang`` (any of its codes) is romanised with when no scheme is named: its
    ``default_scheme`` in ``data/languages.toml``, else :data:`DEFAULT_SCHEME`.

    >>> default_scheme("ru"), default_scheme("ukr"), default_scheme("uig")
    ('bgn-pcgn', 'bgn-pcgn-2019', 'odni-2015')
    """
    row = _languages_table().get(norm_lang(lang), {})
    return str(row.get("default_scheme", DEFAULT_SCHEME))


@functools.cache
def languages() -> tuple[str, ...]:
    """Languages that have scheme files (``any`` is not a language and is not listed).

    >>> {"ru", "uk", "sr"} <= set(languages()), "any" in languages()
    (True, False)
    """
    return tuple(
        name
        for name in datafiles.listdir(_SCHEMES)
        if not name.startswith(("_", ".")) and name != ANY and datafiles.is_dir(_SCHEMES, name)
    )


@functools.cache
def _files(lang: str) -> frozenset[str]:
    """Ids of the scheme files in ``lang``'s folder: a caller's scheme name is looked up here,
    so it never reaches the file system as a path (``../x``, a NUL, a lone surrogate)."""
    if lang not in (*languages(), ANY) or not datafiles.is_dir(_SCHEMES, lang):
        return frozenset()
    names = datafiles.listdir(_SCHEMES, lang)
    return frozenset(n[: -len(".toml")] for n in names if n.endswith(".toml"))


@functools.cache
def _raw(lang: str, sid: str) -> tuple[str, Mapping[str, Any]]:
    if sid not in _files(lang):
        raise KeyError(sid)
    path = f"translit/data/schemes/{lang}/{sid}.toml"
    try:
        return path, datafiles.load_toml(_SCHEMES, lang, f"{sid}.toml")
    except FileNotFoundError:
        raise KeyError(sid) from None
    except ValueError as exc:  # tomllib.TOMLDecodeError (or not UTF-8)
        raise SchemeError(path, "", f"not valid TOML: {exc}") from None


@functools.cache
def _index(lang: str) -> dict[str, str]:
    """Any name or alias of a scheme in ``lang``'s folder → its id, from that folder's files
    only (a run for one language reads its own folder and ``any``, not the whole catalogue)."""
    index: dict[str, str] = {}
    for sid in sorted(_files(lang)):
        _, raw = _raw(lang, sid)
        interscript = [raw["interscript"]] if raw.get("interscript") else []
        for name in (sid, *raw.get("aliases", ()), *interscript):
            index.setdefault(norm_id(str(name)), sid)
    return index


def _found(key: str, lang: str) -> tuple[str, str] | None:
    """:func:`locate`'s (folder, id) of the normalised name ``key``, or ``None``."""
    for folder in (lang, ANY):
        try:
            _raw(folder, key)
            return folder, key
        except KeyError:
            pass
        sid = _index(folder).get(key)
        if sid is not None:
            return folder, sid
    return None


def locate(name: str, lang: str) -> tuple[str, str]:
    """(folder, id) of the scheme ``name`` for ``lang``: the language's own, then ``any``."""
    key = norm_id(name)
    if lang != ANY and not _known(lang):
        raise UnknownLanguageError(lang, languages(), named=True)
    found = _found(key, lang)
    if found is not None:
        return found
    known = [n for lg in dict.fromkeys((lang, ANY)) for n in _index(lg)]
    ids = [sid for lg in dict.fromkeys((lang, ANY)) for sid in _index(lg).values()]
    elsewhere = [lg for lg in languages() if lg != lang and key in _index(lg)]
    raise UnknownSchemeError(name, lang, known, elsewhere, ids=ids)


def _resolve(name: str, lang: str) -> Mapping[str, Any]:
    folder, sid = locate(name, lang or ANY)
    return _raw(folder, sid)[1]


@functools.cache
def _scheme(folder: str, sid: str) -> Scheme:
    path, raw = _raw(folder, sid)
    scheme = parse_scheme(path, raw, _resolve)
    if scheme.id != sid:
        raise SchemeError(path, "id", f"must equal the file name {sid!r}")
    if scheme.language != folder:
        raise SchemeError(path, "language", f"must equal the folder name {folder!r}")
    return scheme


def find_scheme(name: str, lang: str = "ru") -> Scheme | None:
    """:func:`get_scheme`'s scheme, or ``None`` where neither ``lang``'s folder nor ``any``
    has one of that name: no error's list of close names, which reads every language's
    scheme files (a test of whether a language has a scheme costs its own folder alone).

    >>> find_scheme("duden", "ru").id, find_scheme("duden", "sr")
    ('duden', None)
    """
    lang = norm_lang(lang)
    if lang != ANY and not _known(lang):
        raise UnknownLanguageError(lang, languages(), named=True)
    found = _found(norm_id(name), lang)
    return None if found is None else _scheme(*found)


def get_scheme(name: str, lang: str = "ru") -> Scheme:
    """The validated :class:`~translit.scheme.Scheme` called ``name`` (id or alias) for ``lang``.

    >>> get_scheme("BGN_PCGN").id
    'bgn-pcgn'
    """
    return _scheme(*locate(name, norm_lang(lang)))


def _fallback_letters(scheme: Scheme, reverse: bool, readers: bool = False) -> Mapping[str, str]:
    body = scheme.reverse if reverse else scheme.body
    if body is None or body.script != "Cyrl":
        return {}
    letters = _fallback_chain(scheme, body.fallback)
    if not any(_TIE in out for out in body.written):  # the tie of p͡s is ALA-LC's own device
        letters = {k: v.replace(_TIE, "") for k, v in letters.items()}
    if scheme.kind != "convention" and not body.ascii and not readers:
        return letters
    # a scheme that writes only ASCII (ICAO, the passport and map tables…) never gets a
    # diacritic from its fallback: ISO 9's ì ě f̀ ỳ ĝ for the letters it lacks lose their marks;
    # nor does a reader convention (nor a scheme a reader convention falls back to, ``readers``:
    # reader_romanizer) (the French one writes é ï ou, but no reader expects ISO 9's
    # a̋ ô ù ķ ġ for the Tatar or Uzbek letters Russian lacks); where dropping the marks would
    # lose a sound or leave a letter outside ASCII (Serbian љ l̂, đ), data/ascii_fallback.toml
    # gives the letter's ASCII form (lj, dj)
    plain = _ascii_letters()
    return {k: plain.get(k) or _without_marks(v) for k, v in letters.items()}


@functools.cache
def _ascii_letters() -> dict[str, str]:
    """``data/ascii_fallback.toml``: lower-case Cyrillic letter → its ASCII fallback form."""
    return {
        str(k): str(v) for k, v in datafiles.load_toml("ascii_fallback.toml")["letters"].items()
    }


def _fallback_chain(scheme: Scheme, fallback: str | None) -> dict[str, str]:
    """The letters of ``scheme``'s fallback, filled in by that fallback's own fallback (ISO 9 →
    the ALA-LC generic table for ѡ ѧ ѯ ѱ ѿ …), so that a letter's name is written only where no
    table has the letter. A letter made of a base letter and a mark (ѝ ѐ) is taken from the
    first table only: further down it is left to the engine, which writes the base letter's
    rendering with the mark (the generic table's ì è would lose the mark in ASCII schemes)."""
    if fallback is None:
        return {}
    # a fallback is a scheme id: its file is opened directly, without reading the folder's
    # other schemes for their aliases (a start-up cost every run paid for iso-9)
    folder = next((f for f in (scheme.language, ANY) if fallback in _files(f)), None)
    fb = get_scheme(fallback, scheme.language) if folder is None else _scheme(folder, fallback)
    if fb is scheme:
        return {}
    further = _fallback_chain(fb, fb.body.fallback).items()
    return {
        **{k: v for k, v in further if len(unicodedata.normalize("NFD", k)) == 1},
        **fb.body.letters,
    }


_TIE = "\u0361"  # COMBINING DOUBLE INVERTED BREVE, ALA-LC's tie (t͡s)

# ISO 9's hard and soft signs, as the ASCII variants of the scholarly tables write them
# (ALA-LC without diacritics, BS 2979 and GOST 16876 "alt": ъ → ", ь → ')
_ASCII_SIGNS = str.maketrans({"\u02ba": '"', "\u02b9": "'"})


def _without_marks(out: str) -> str:
    """``out`` with its combining marks dropped and ISO 9's signs as ASCII quotes, when that
    leaves ASCII (ì → i, ě → e, f̀ → f, ŭ → u, ʺ → "); else ``out`` (a letter of the
    ALA-LC generic table such as ѡ's ō̂ stays as it is)."""
    plain = drop_marks(out)
    plain = plain.translate(_ASCII_SIGNS)
    return plain if plain.isascii() else out


@functools.cache
def _compiled(folder: str, sid: str, reverse: bool, homoglyphs: bool) -> Romanizer:
    scheme = _scheme(folder, sid)
    return Romanizer(
        scheme,
        reverse=reverse,
        key=(_rebuild, (sid, folder, reverse, homoglyphs)),
        homoglyphs=homoglyphs,
        _tables=_tables(folder, sid, reverse),
    )


def _tables(folder: str, sid: str, reverse: bool) -> Compiled | None:
    """What :func:`~translit.engine.romanizer.compiled` makes of the scheme's body (or
    reverse body) and its fallback letters, from the copy an earlier process kept of it
    (``_datafiles.kept_copy``: stale when the scheme's file or any file of the package
    changed; none kept under ``PYTHONDONTWRITEBYTECODE``): a run's start then compiles no
    table (12-20 ms of every command's start, the serial part of ``-j``)."""
    scheme = _scheme(folder, sid)
    body = scheme.reverse if reverse else scheme.body
    if body is None:
        return None  # (the romaniser refuses it)
    engine = "c" if native.ENGINE is not None else "py"
    kind = f"tables-{'reverse' if reverse else 'forward'}-{engine}."
    path = os.path.join(datafiles.ROOT, _SCHEMES, folder, f"{sid}.toml")
    return datafiles.kept_copy(
        path, lambda: compiled(body, _fallback_letters(scheme, reverse)), kind
    )


def get_romanizer(
    scheme: str | None = None,
    lang: str = "ru",
    *,
    reverse: bool = False,
    homoglyphs: bool = True,
) -> Romanizer:
    """The cached :class:`~translit.Romanizer` for ``scheme`` and ``lang`` (``None``: the
    language's :func:`default_scheme`).

    It repairs look-alike letters first (a Latin letter typed into a Cyrillic word,
    :mod:`translit.engine.lookalike`); ``homoglyphs=False`` gives one that romanises the text
    exactly as given.

    >>> get_romanizer("bgn-pcgn", "ru")("Ельцин")
    'Yelʹtsin'
    >>> get_romanizer(lang="ug").scheme.id
    'odni-2015'
    >>> get_romanizer()("Пpивет"), get_romanizer(homoglyphs=False)("Пpивет")  # a Latin p
    ('Privet', 'Ppivet')
    """
    try:  # the arguments exactly as a caller gave them before: one dict look-up
        return _given[scheme, lang, reverse, homoglyphs]
    except (KeyError, TypeError):  # TypeError: an unhashable argument, refused below
        pass
    code = norm_lang(lang)
    reverse = want_bool(reverse, "reverse")  # (after the cache: "no" is never in it)
    repair = want_bool(homoglyphs, "homoglyphs")
    folder, sid = locate(default_scheme(code) if scheme is None else scheme, code)
    if reverse and _scheme(folder, sid).reverse is None:
        raise _no_reverse_table(sid, code)
    with _lock:
        found = _compiled(folder, sid, reverse, repair)
    if len(_given) < _GIVEN_MAX:  # spellings of names are endless ("ru-XX"): the first ones
        _given[scheme, lang, reverse, homoglyphs] = found
    return found


def _no_reverse_table(sid: str, lang: str) -> IrreversibleSchemeError:
    """The refusal of a reverse romaniser for a scheme without a ``[reverse]`` table, naming
    the schemes of ``lang`` that hold one and those :func:`translit.reverse` reads back.

    >>> print(_no_reverse_table("iso-9", "bg"))  # doctest: +NORMALIZE_WHITESPACE
    scheme 'iso-9' (bg) has no [reverse] table; schemes with a [reverse] table for bg: un-1977;
    translit.reverse() reads back the reversible ones for bg: un-1977, iso-9
    """
    infos = schemes(lang)
    tables = [s["id"] for s in infos if _scheme(*locate(s["id"], lang)).reverse is not None]
    ones = [s["id"] for s in infos if s["reversible"]]
    return IrreversibleSchemeError(
        f"scheme {sid!r} ({lang}) has no [reverse] table; schemes with a [reverse] table for "
        f"{lang}: {', '.join(tables) or 'none'}; translit.reverse() reads back the reversible "
        f"ones for {lang}: {', '.join(ones) or 'none'}"
    )


#: :func:`get_romanizer`'s answers by its arguments as given, so that a call naming its scheme
#: and language costs a dict look-up, not their normalisation (the catalogue never changes)
_given: dict[tuple[str | None, str, bool, bool], Romanizer] = {}
_GIVEN_MAX = 1024


def _rebuild(sid: str, lang: str, reverse: bool, homoglyphs: bool = True) -> Romanizer:
    return get_romanizer(sid, lang, reverse=reverse, homoglyphs=homoglyphs)


def reader_romanizer(scheme: str, lang: str) -> Romanizer:
    """The romaniser of ``scheme`` for ``lang`` as a reader convention writes through it, when
    it falls back to that scheme (Kyrgyz BGN/PCGN for English readers; translit.names): the
    letters the scheme lacks, a letter of another Cyrillic alphabet that its ISO 9 fallback
    writes with marks (Serbian џ ǰ, љ l̂ in Kyrgyz text), written as the reader conventions
    write them (dz, lj: data/ascii_fallback.toml; else the ISO 9 letter less its marks); its
    own letters as the scheme writes them. Cached; the same romaniser as
    :func:`get_romanizer` for a convention or an ASCII scheme.

    >>> get_romanizer("bgn-pcgn", "ky")("Љубић"), reader_romanizer("bgn-pcgn", "ky")("Љубић")
    ('L̂ubić', 'Ljubic')
    """
    return _reader_compiled(*locate(scheme, norm_lang(lang)))


@functools.cache
def _reader_compiled(folder: str, sid: str) -> Romanizer:
    scheme = _scheme(folder, sid)
    if scheme.kind == "convention" or scheme.body.ascii:
        return _compiled(folder, sid, False, True)
    return Romanizer(
        scheme,
        fallback=_fallback_letters(scheme, False, readers=True),
        key=(reader_romanizer, (sid, folder)),
    )


def scheme_ids(lang: str | None = None) -> list[str]:
    """Ids of the schemes available for ``lang`` (every language when ``None``)."""
    folders = (*languages(), ANY) if lang is None else (norm_lang(lang), ANY)
    return sorted({sid for lg in folders for sid in _index(lg).values()})


def schemes(lang: str | None = None) -> list[SchemeInfo]:
    """Metadata of every scheme (for ``lang`` only, when given), by language and id.

    Schemes of every Cyrillic language (``any``: ISO 9) come after each language's own;
    ``default`` marks the one :func:`default_scheme` names for a language (never one of
    ``any``'s: that folder is no language's own).

    >>> [s["id"] for s in schemes("uk") if s["default"]]
    ['bgn-pcgn-2019']
    """
    want = None if lang is None else norm_lang(lang)
    if want is not None and want != ANY and not _known(want):
        raise UnknownLanguageError(want, languages(), named=True)
    out = []
    folders = (*languages(), ANY) if want is None else dict.fromkeys((want, ANY))
    pairs = {(lg, sid) for lg in folders for sid in _files(lg)}
    for folder, sid in sorted(pairs, key=lambda p: (p[0] == ANY, p)):  # universal ones last
        if want is not None and folder not in (want, ANY):
            continue
        meta = _info(folder, sid)
        default = folder != ANY and locate(default_scheme(folder), folder) == (folder, sid)
        out.append(cast(SchemeInfo, {**meta, "aliases": list(meta["aliases"]), "default": default}))
    return out


@functools.cache
def _info(folder: str, sid: str) -> dict[str, Any]:
    """A scheme's metadata from its file, without compiling (or inheriting) its letters."""
    path, raw = _raw(folder, sid)
    return parse_metadata(path, raw)


def catalogue_markdown() -> str:
    """The catalogue page ``docs/catalogue.md``: every scheme by language and authority.

    Generated from the scheme files' metadata (``translit schemes --markdown``); a test fails
    when the checked-in page differs.

    >>> catalogue_markdown().startswith("# Scheme catalogue")
    True
    """
    items = schemes()
    by_lang: dict[str, list[SchemeInfo]] = {}
    for s in items:
        by_lang.setdefault(s["language"], []).append(s)
    universal = by_lang.pop(ANY, [])
    # a column per authority that serves several languages, the rest under "other"
    langs_of: dict[str, set[str]] = {}
    for s in items:
        langs_of.setdefault(s["authority"], set()).add(s["language"])
    shared = sorted(a for a, ls in langs_of.items() if a and len(ls - {ANY}) > 1)
    lines = [
        "# Scheme catalogue",
        "",
        "<!-- generated by `translit schemes --markdown > docs/catalogue.md`; do not edit -->",
        "",
        f"{len(items) - len(universal)} schemes in {len(by_lang)} languages, plus "
        f"{len(universal)} for every Cyrillic language "
        f"({', '.join(s['id'] for s in universal)}). Every scheme also answers to its "
        "aliases and its interscript id; every language to its ISO 639-1, -2 and -3 codes.",
        "",
        "## Language × authority",
        "",
        "| language | " + " | ".join(shared) + " | other |",
        "| --- |" + " --- |" * (len(shared) + 1),
    ]
    for lang in sorted(by_lang):
        cells = []
        for auth in [*shared, None]:
            ids = [
                s
                for s in by_lang[lang]
                if s["authority"] == auth or (auth is None and s["authority"] not in shared)
            ]
            cells.append(", ".join(f"`{s['id']}`" for s in ids))
        lines.append(f"| {_lang_name(lang)} | " + " | ".join(cells) + " |")
    for lang in [*sorted(by_lang), ANY]:
        rows = universal if lang == ANY else by_lang[lang]
        title = "Every Cyrillic language (`any`)" if lang == ANY else _lang_title(lang)
        lines += [
            "",
            f"## {title}",
            "",
            "| id | title | authority | year | interscript | reversible | aliases |",
            "| --- | --- | --- | --- | --- | --- | --- |",
        ]
        notes = []
        for s in rows:
            lines.append(
                f"| `{s['id']}` | {s['title']} | {s['authority']} | {s['year'] or ''} | "
                f"{s['interscript']} | {'yes' if s['reversible'] else ''} | "
                f"{', '.join(s['aliases'])} |"
            )
            for e in _raw(lang, s["id"])[1].get("reverse_exceptions", ()):
                notes.append(f"- `{s['id']}`: `{e['pattern']}` (e.g. {e['example']}): {e['why']}")
        if notes:
            lines += ["", "Spellings these reversible schemes cannot read back:", "", *notes]
    return "\n".join(lines) + "\n"


def _lang_name(lang: str) -> str:
    row = _languages_table().get(lang)
    return f"{row['name']} (`{lang}`)" if row else f"`{lang}`"


def _lang_title(lang: str) -> str:
    row = _languages_table().get(lang)
    if row is None:
        return f"`{lang}`"
    codes = [row.get(k, "") for k in _CODE_KEYS]
    return f"{row['name']} — " + ", ".join(f"`{c}`" for c in dict.fromkeys(codes) if c)
