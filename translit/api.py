"""The one-call functions of the public API, thin wrappers over the catalogue and engine."""

from __future__ import annotations

from .catalogue import get_romanizer

__all__ = ["romanize"]

# scripts translit does not cover: handed to transliterate's packs (documented there)
_DELEGATED = frozenset({"el", "ka", "hy"})


def romanize(
    text: str,
    scheme: str = "bgn-pcgn",
    lang: str = "auto",
    *,
    target: str | None = None,
) -> str:
    """Romanise Cyrillic ``text`` under ``scheme`` (an id or alias) for language ``lang``.

    ``lang="auto"`` detects the language of ``text`` (falling back to Russian when nothing
    distinguishes it). ``target="en"|"de"|"fr"`` (or a locale such as ``"de_AT"``) instead picks
    the reader convention of that language for the source language ``lang`` (given or
    detected) and its established name forms (README "Names"). ``lang`` "el", "ka"
    and "hy" (Greek, Georgian, Armenian) are handed to the ``transliterate`` library's own packs.
    Text that is not Cyrillic passes through unchanged. Unknown names raise
    :class:`~translit.UnknownSchemeError` / :class:`~translit.UnknownLanguageError`.

    >>> romanize("Ельцин")
    'Yelʹtsin'
    >>> romanize("Юрий Гагарин", scheme="wikipedia")
    'Yury Gagarin'
    >>> romanize("Київ, Харків", lang="uk", target="de")
    'Kiew, Charkiw'
    """
    if target is not None:
        from .names import romanize_for

        if lang == "auto":
            from .detection import detect_or_default

            lang = detect_or_default(text)
        return romanize_for(text, target, lang=lang)
    if lang in _DELEGATED:
        from .integrations.transliterate import romanize_delegated

        return romanize_delegated(text, lang)
    if lang == "auto":
        from .detection import detect_or_default

        lang = detect_or_default(text)
    return get_romanizer(scheme, lang).romanize(text)
