"""The one-call functions of the public API, thin wrappers over the catalogue and engine."""

from __future__ import annotations

from .catalogue import get_romanizer

__all__ = ["romanize"]


def romanize(text: str, scheme: str = "bgn-pcgn", lang: str = "ru") -> str:
    """Romanise Cyrillic ``text`` under ``scheme`` (an id or alias) for language ``lang``.

    Text that is not Cyrillic (Latin, digits, punctuation, emoji, markup) passes through
    unchanged. Unknown scheme or language names raise :class:`~translit.UnknownSchemeError`.

    >>> romanize("Ельцин")
    'Yelʹtsin'
    >>> romanize("Юрий Гагарин", scheme="wikipedia")
    'Yury Gagarin'
    """
    return get_romanizer(scheme, lang).romanize(text)
