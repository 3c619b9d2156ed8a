"""CLDR's place names, read through Babel: the country and exemplar-city names of one locale
with their names in another. The one reader of them: :mod:`translit.names` takes them as
established forms, :mod:`translit.detection` as names that decide a short text's language
(both with their own exclusions). Babel is imported only when a name is asked for.
"""

from __future__ import annotations

import functools

from .script import drop_invisible

__all__ = ["places", "version"]

# CLDR territory codes that are not places (EU, UN, pseudo-locales, "unknown region"), and
# CLDR names that are also common words at the start of a Russian sentence (Того = "of that").
_NOT_PLACES = frozenset({"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ"})
_AMBIGUOUS = frozenset({"Того"})
# Time zones of the countries whose own names the conventions and names.csv cover: CLDR's
# exemplar city there is sometimes the zone's name, not the city's (Kamchatka for
# Петропавловск-Камчатский), or a transcription other than the reader convention (German
# Nowokuznetsk, where German Wikipedia writes Nowokusnezk).
_OWN_TERRITORIES = frozenset({"RU", "UA", "BY"})


@functools.cache
def places(source: str, lang: str) -> dict[str, str]:
    """CLDR country and exemplar-city names in ``source`` → their names in ``lang`` (Babel).

    A name that is both a country and a city (Алжир) keeps the country; names in lower case,
    with a parenthesis, or a common word (Того) are left out. Empty when Babel has no locale
    for ``source`` or ``lang``.

    >>> places("sr", "en")["Београд"]
    'Belgrade'
    """
    try:
        from babel import Locale, UnknownLocaleError
    except ImportError:  # (a runtime requirement; absent only where a test strips site-packages)
        return {}
    try:
        src, loc = Locale(source), Locale(lang)
    except (UnknownLocaleError, ValueError):
        return {}
    out: dict[str, str] = {}

    def add(name: str, target: str) -> None:
        if target and name[:1].isupper() and name not in _AMBIGUOUS and "(" not in name:
            out.setdefault(name, drop_invisible(target.replace("_", " ")))

    for code, name in src.territories.items():
        if len(code) == 2 and code.isalpha() and code not in _NOT_PLACES:
            add(name, loc.territories.get(code, ""))
    from babel.core import get_global

    territory = get_global("zone_territories")
    canonical = get_global("zone_aliases")
    for zone, info in src.time_zones.items():
        city = info.get("city")
        country = territory.get(zone) or territory.get(canonical.get(zone, ""), "")
        if city and not zone.startswith("Etc/") and country not in _OWN_TERRITORIES:
            # CLDR stores a locale's exemplar city only where it differs from the zone id's
            # last field, which is the name otherwise (UTS #35 Dates, "exemplar city": French
            # Paris and Prague, German New York are not stored)
            fallback = zone.rsplit("/", 1)[-1]
            add(city, loc.time_zones.get(zone, {}).get("city") or fallback)
    return out


def version() -> str:
    """Which CLDR :func:`places` reads: the version of the installed Babel (each Babel release
    ships one CLDR version), "" without Babel; what data/decisive_derived.toml records as the
    source of its CLDR names."""
    try:
        from babel import __version__
    except ImportError:
        return ""
    return str(__version__)
