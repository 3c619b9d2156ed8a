"""Name keys: one key for every rendering of a name (Cyrillic, English, German, French).

The rewrite rules are data (``translit/data/names/keys.toml``); this module reads them and
applies them word by word.
"""

from __future__ import annotations

import functools
import re
import tomllib
import unicodedata
from collections.abc import Iterable
from importlib import resources

from ..catalogue import get_romanizer

__all__ = ["name_key", "same_name"]

_CYR = r"\u0400-\u052F\u1C80-\u1C8F\u2DE0-\u2DFF\uA640-\uA69F"
_HAS_CYR = re.compile(f"[{_CYR}]")

Rules = tuple[tuple[re.Pattern[str], str], ...]


@functools.cache
def _data() -> dict[str, object]:
    text = (resources.files("translit") / "data" / "names" / "keys.toml").read_text(
        encoding="utf-8"
    )
    return tomllib.loads(text)


@functools.cache
def _rules(name: str) -> Rules:
    items = _data()[name]
    assert isinstance(items, list)
    return tuple((re.compile(r["rule"][0]), r["rule"][1]) for r in items)


@functools.cache
def _marker(name: str) -> re.Pattern[str]:
    markers = _data()["markers"]
    assert isinstance(markers, dict)
    return re.compile(markers[name])


def _apply(rules: Rules, s: str) -> str:
    for pattern, repl in rules:
        s = pattern.sub(repl, s)
    return s


def _flavour(text: str, strong: bool = False) -> Rules | None:
    """The spelling rules of the convention ``text`` seems written in (None: no marker)."""
    raw = text.lower()
    fr = _marker("fr_strong" if strong else "fr_mark")
    de = _marker("de_strong" if strong else "de_mark")
    if fr.search(raw) and not _marker("de_strong").search(raw):
        return _rules("fr")
    if de.search(raw):
        return _rules("de")
    return None


def _latin_word_key(word: str, flavour: Rules) -> str:
    s = unicodedata.normalize("NFD", word.lower())
    s = "".join(c for c in s if c.isascii() and c.isalpha())
    return _apply(_rules("all"), _apply(flavour, s))


def _prepared(name: str) -> str:
    text = unicodedata.normalize("NFC", name)
    if _HAS_CYR.search(text):
        text = re.sub("[ёЁ]", lambda m: "йо" if m.group() == "ё" else "Йо", text)
        text = get_romanizer("bgn-pcgn", "ru").romanize(text)
    return text


def _keys(text: str, defaults: Iterable[Rules]) -> list[str]:
    words = re.split(r"[\s\-\u2010]+", text)
    out = []
    for default in defaults:
        keys = [_latin_word_key(w, _flavour(w) or default) for w in words]
        out.append(" ".join(k for k in keys if k))
    return out


def name_key(name: str) -> str:
    """A cross-language key: renderings of the same name in any reader convention collide.

    Cyrillic is romanised (BGN/PCGN, ё read as yo); each Latin word is read in the convention
    its spelling shows (tsch/sch/w: German; ou/ï/gu/-ine: French; else the name's other words
    decide, else English) and folded by the ordered rewrite rules of
    ``translit/data/names/keys.toml`` (tsch→ch, sch→sh, w→v, ss→s between vowels, ...).

    >>> name_key("Власов") == name_key("Wlassow") == name_key("Vlassov")
    True
    >>> name_key("Tchaïkovski") == name_key("Chaykovskiy")
    True
    """
    text = _prepared(name)
    return _keys(text, [_flavour(text, strong=True) or ()])[0]


def _key_variants(name: str) -> set[str]:
    """:func:`name_key` plus, for Latin words whose spelling shows no convention, their keys
    read as German and as French too (Archilocha may be German for Архилоха)."""
    if _HAS_CYR.search(name):
        return {name_key(name)}
    text = _prepared(name)
    strong = _flavour(text, strong=True)
    return set(_keys(text, [strong] if strong is not None else [(), _rules("de"), _rules("fr")]))


def same_name(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` are renderings of the same name.

    True when their :func:`name_key` match, or when a Latin name without any spelling marker
    matches once read as German or French (Bucharin ≡ Бухарин, Vorochilov ≡ Ворошилов).

    >>> same_name("Чайковский", "Tschaikowski"), same_name("Власов", "Волков")
    (True, False)
    """
    return not _key_variants(a).isdisjoint(_key_variants(b))
