"""The scheme catalogue: finds scheme files by id, alias and language, and caches romanisers.

Scheme files live in ``translit/data/schemes/<language>/<id>.toml``; ``schemes/any/`` holds schemes
for every Cyrillic language (the ISO 9 fallback). Nothing is read at import time: a file is
parsed when its scheme is first asked for, and a :class:`~translit.Romanizer` is compiled once
per (scheme, language, direction) and kept.
"""

from __future__ import annotations

import functools
import threading
import tomllib
from collections.abc import Mapping
from importlib import resources
from importlib.resources.abc import Traversable
from typing import Any

from .engine import Romanizer
from .errors import (
    IrreversibleSchemeError,
    SchemeError,
    UnknownLanguageError,
    UnknownSchemeError,
)
from .scheme import Scheme, parse_scheme

__all__ = ["get_romanizer", "get_scheme", "languages", "locate", "scheme_ids", "schemes"]

ANY = "any"
_lock = threading.RLock()


def _root() -> Traversable:
    return resources.files("translit") / "data" / "schemes"


def norm_id(name: str) -> str:
    """Canonical form of a scheme name: lower case, hyphens for underscores and spaces."""
    return name.strip().lower().replace("_", "-").replace(" ", "-")


def norm_lang(lang: str) -> str:
    """Primary language subtag of a BCP 47 tag or POSIX locale: ``'ru-RU'`` → ``'ru'``."""
    return lang.strip().replace("_", "-").split("-")[0].lower()


@functools.cache
def languages() -> tuple[str, ...]:
    """Languages that have scheme files (``any`` is not a language and is not listed)."""
    return tuple(
        sorted(
            p.name
            for p in _root().iterdir()
            if p.is_dir() and not p.name.startswith(("_", ".")) and p.name != ANY
        )
    )


@functools.cache
def _raw(lang: str, sid: str) -> tuple[str, Mapping[str, Any]]:
    node = _root() / lang / f"{sid}.toml"
    path = f"translit/data/schemes/{lang}/{sid}.toml"
    try:
        text = node.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise KeyError(sid) from None
    try:
        return path, tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise SchemeError(path, "", f"not valid TOML: {exc}") from None


@functools.cache
def _index() -> dict[tuple[str, str], str]:
    """(language, any name or alias) → scheme id, built by reading every file once."""
    index: dict[tuple[str, str], str] = {}
    for lang in (*languages(), ANY):
        folder = _root() / lang
        if not folder.is_dir():
            continue
        for node in sorted(folder.iterdir(), key=lambda n: n.name):
            if not node.name.endswith(".toml"):
                continue
            sid = node.name[: -len(".toml")]
            _, raw = _raw(lang, sid)
            interscript = [raw["interscript"]] if raw.get("interscript") else []
            for name in (sid, *raw.get("aliases", ()), *interscript):
                index.setdefault((lang, norm_id(str(name))), sid)
    return index


def locate(name: str, lang: str) -> tuple[str, str]:
    """(folder, id) of the scheme ``name`` for ``lang``: the language's own, then ``any``."""
    key = norm_id(name)
    if lang != ANY and lang not in languages():
        raise UnknownLanguageError(lang, languages())
    for folder in (lang, ANY):
        try:
            _raw(folder, key)
            return folder, key
        except KeyError:
            pass
        sid = _index().get((folder, key))
        if sid is not None:
            return folder, sid
    known = [n for (lg, n) in _index() if lg in (lang, ANY)]
    raise UnknownSchemeError(name, lang, known)


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


def get_scheme(name: str, lang: str = "ru") -> Scheme:
    """The validated :class:`~translit.scheme.Scheme` called ``name`` (id or alias) for ``lang``.

    >>> get_scheme("BGN_PCGN").id
    'bgn-pcgn'
    """
    return _scheme(*locate(name, norm_lang(lang)))


def _fallback_letters(scheme: Scheme, reverse: bool) -> Mapping[str, str]:
    body = scheme.reverse if reverse else scheme.body
    if body is None or body.fallback is None or body.script != "Cyrl":
        return {}
    fb = get_scheme(body.fallback, scheme.language if scheme.language != ANY else ANY)
    if fb is scheme:
        return {}
    return fb.body.letters


@functools.cache
def _compiled(folder: str, sid: str, reverse: bool) -> Romanizer:
    scheme = _scheme(folder, sid)
    if reverse and scheme.reverse is None:
        raise IrreversibleSchemeError(
            f"scheme {sid!r} has no [reverse] table; translit.reverse() derives one for "
            "reversible schemes (translit.reversal.get_reverser)"
        )
    return Romanizer(
        scheme,
        reverse=reverse,
        fallback=_fallback_letters(scheme, reverse),
        key=(_rebuild, (sid, folder, reverse)),
    )


def get_romanizer(
    scheme: str = "bgn-pcgn", lang: str = "ru", *, reverse: bool = False
) -> Romanizer:
    """The cached :class:`~translit.Romanizer` for ``scheme`` and ``lang``.

    >>> get_romanizer("bgn-pcgn", "ru")("Ельцин")
    'Yelʹtsin'
    """
    folder, sid = locate(scheme, norm_lang(lang))
    with _lock:
        return _compiled(folder, sid, reverse)


def _rebuild(sid: str, lang: str, reverse: bool) -> Romanizer:
    return get_romanizer(sid, lang, reverse=reverse)


def scheme_ids(lang: str | None = None) -> list[str]:
    """Ids of the schemes available for ``lang`` (every language when ``None``)."""
    return sorted(
        {sid for (lg, _), sid in _index().items() if lang is None or lg in (norm_lang(lang), ANY)}
    )


def schemes(lang: str | None = None) -> list[dict[str, Any]]:
    """Metadata of every scheme (for ``lang`` only, when given), by language and id.

    Schemes of every Cyrillic language (``any``: ISO 9) come after each language's own.

    >>> any(s["id"] == "bgn-pcgn" for s in schemes("ru"))
    True
    """
    want = None if lang is None else norm_lang(lang)
    if want is not None and want not in languages() and want != ANY:
        raise UnknownLanguageError(want, languages())
    out = []
    pairs = {(lg, sid) for (lg, _), sid in _index().items()}
    for folder, sid in sorted(pairs, key=lambda p: (p[0] == ANY, p)):  # universal ones last
        if want is not None and folder not in (want, ANY):
            continue
        out.append(_scheme(folder, sid).info())
    return out
