"""translit and the ``transliterate`` library, both ways.

``register()`` makes every translit scheme a ``transliterate`` language pack called
``<lang>-<scheme>`` (``ru-bgn-pcgn``, ``uk-national``, …), so existing code keeps calling
``transliterate.translit(text, "ru-bgn-pcgn", reversed=True)``. In ``transliterate``'s terms
``reversed=True`` goes from the script to Latin (translit's ``romanize``) and the default direction
goes from Latin to the script (translit's ``reverse``, only for reversible schemes).

The other way, :func:`romanize_delegated` hands Greek, Georgian and Armenian text to
``transliterate``'s own packs (``el``, ``ka``, ``hy``): the output is *transliterate's* scheme,
not a standard translit implements or checks.
"""

from __future__ import annotations

from typing import Any

from ..script import CYRILLIC_BLOCKS

__all__ = ["DELEGATED", "register", "romanize_delegated"]

#: Languages translit has no scheme for and hands to transliterate's own packs.
DELEGATED = {"el": "Greek", "ka": "Georgian", "hy": "Armenian"}

_CYRILLIC_RANGES = CYRILLIC_BLOCKS


def _pack_class(code: str, sid: str, lang: str, title: str) -> type:
    from transliterate.base import TranslitLanguagePack

    from ..catalogue import get_romanizer

    def translit(
        self: Any,
        value: str,
        reversed: bool = False,
        strict: bool = False,
        fail_silently: bool = True,
    ) -> str:
        if reversed:
            return get_romanizer(sid, lang)(value)
        from ..reversal import reverse

        return reverse(value, sid, lang)

    return type(
        f"Translit_{code.replace('-', '_')}",
        (TranslitLanguagePack,),
        {
            "language_code": code,
            "language_name": f"{title} (translit)",
            "character_ranges": _CYRILLIC_RANGES,
            "mapping": ("", ""),  # unused: translit() below does the work
            "translit": translit,
            "__doc__": f"translit scheme {sid!r} for {lang!r} as a transliterate pack.",
        },
    )


def register(force: bool = True) -> list[str]:
    """Register every translit scheme as a ``transliterate`` pack; return the pack codes.

    >>> import transliterate
    >>> "ru-bgn-pcgn" in register()
    True
    >>> transliterate.translit("Ельцин", "ru-bgn-pcgn", reversed=True)
    'Yelʹtsin'
    """
    from transliterate.base import registry
    from transliterate.utils import ensure_autodiscover

    from ..catalogue import languages, schemes

    ensure_autodiscover()  # an empty registry would otherwise never load transliterate's own packs
    codes: list[str] = []
    infos = schemes()
    own = {(s["language"], s["id"]) for s in infos}
    for info in infos:
        langs = languages() if info["language"] == "any" else (info["language"],)
        for lang in langs:
            if info["language"] == "any" and (lang, info["id"]) in own:
                continue
            code = f"{lang}-{info['id']}"
            registry.register(_pack_class(code, info["id"], lang, info["title"]), force=force)
            codes.append(code)
    return codes


def romanize_delegated(text: str, lang: str) -> str:
    """Romanise Greek, Georgian or Armenian ``text`` with ``transliterate``'s own pack.

    >>> romanize_delegated("Αθήνα", "el")
    'Athina'
    """
    from transliterate import translit

    from ..errors import UnknownLanguageError

    if lang not in DELEGATED:
        raise UnknownLanguageError(lang, DELEGATED)
    return str(translit(text, lang, reversed=True))
