"""The one-call functions of the public API, thin wrappers over the catalogue and engine
(the language decision, which needs neither, is :mod:`translit.autodetect`)."""

from __future__ import annotations

import functools

from .catalogue import ANY, DEFAULT_SCHEME, DELEGATED, get_romanizer, lang_arg, norm_id
from .engine import Romanizer
from .engine.native import normal
from .errors import (
    ParameterError,
    UnknownLanguageError,
    UnknownSchemeError,
    shown,
    want_bool,
    want_names,
    want_str,
)
from .script import CYRILLIC_RE

__all__ = [
    "LANG_WORDS",
    "auto_romanizer",
    "known_scheme",
    "romanize",
    "romanize_record",
]

_DELEGATED = frozenset(DELEGATED)
#: what ``lang`` may be besides a language translit knows (:func:`translit.catalogue.lang_arg`)
LANG_WORDS = ("auto", "auto-line", *sorted(_DELEGATED))
_WORDS = frozenset(LANG_WORDS)


def romanize(
    text: str,
    scheme: str | None = None,
    lang: str = "auto",
    *,
    target: str | None = None,
    homoglyphs: bool = True,
) -> str:
    """Romanise Cyrillic ``text`` under ``scheme`` (an id or alias) for language ``lang``.

    Without ``scheme``, the language's default (:func:`translit.catalogue.default_scheme`): the
    system BGN/PCGN use for it today (``bgn-pcgn``; the later edition for Ukrainian, Bulgarian
    and Macedonian), or ``odni-2015`` for Uyghur, which BGN/PCGN has no Cyrillic system for.

    ``lang="auto"`` detects the language of ``text`` once
    (:func:`translit.autodetect.auto_language`: Russian unless the text shows evidence for
    another language); ``lang="auto-line"`` decides each line on its own. A detected language that lacks ``scheme`` (its default, or ``bgn-pcgn``) is
    romanised with the ISO 9 table of every Cyrillic language (``any``); another scheme it
    lacks raises (:func:`auto_romanizer`); the empty text, with no language to detect, takes a
    scheme some language has (the check before a column's rows are read). ``target="en"|"de"|"fr"`` (or a locale such as
    ``"de_AT"``) instead picks the reader convention of that language for the source language
    ``lang`` (given or detected) and its established name forms (README "Names"). ``lang`` "el", "ka"
    and "hy" (Greek, Georgian, Armenian) are handed to the ``transliterate`` library's own packs.
    Text that is not Cyrillic passes through unchanged. Unknown names raise
    :class:`~translit.UnknownSchemeError` / :class:`~translit.UnknownLanguageError`.

    Look-alike letters are repaired first, as ``translit.normalize``'s ``homoglyphs`` rule
    does (:mod:`translit.engine.lookalike`): a Latin letter typed into a Cyrillic word is read
    as its Cyrillic twin (``Пpивет`` with a Latin p is ``Privet``), while a Latin word, a
    genuinely mixed one (``iPhoneом``) and ``SMS-ка``, ``Т-34`` pass as typed.
    ``homoglyphs=False`` romanises the text exactly as given.

    >>> romanize("Ельцин")
    'Yelʹtsin'
    >>> romanize("Юрий Гагарин", scheme="wikipedia")
    'Yury Gagarin'
    >>> romanize("Үрүмчи", lang="ug")
    'Urumchi'
    >>> romanize("Київ, Харків", lang="uk", target="de")
    'Kyjiw, Charkiw'
    >>> romanize("Пpивет Мocквa"), romanize("Пpивет", homoglyphs=False)  # Latin p, c, a
    ('Privet Moskva', 'Ppivet')
    """
    try:  # (free unless raised: the short name's path pays nothing for the check below)
        text = want_str(text, "romanize()")
        if homoglyphs is not True:
            homoglyphs = want_bool(homoglyphs, "homoglyphs")
        if lang not in _WORDS:  # "AUTO", "ru_RU", "EL": one spelling from here on
            lang = _READ.get(lang) or _read_lang(lang)
        if lang in ("auto", "auto-line"):  # NFD and NFC input: the same output; only the pieces
            text = normal(text, "NFC")  # around marks are read (engine.native), not the whole text
        if target is not None:
            want_names("romanize()", target=target)  # (not the name of the call it goes to)
            if scheme is not None:  # (the scheme was ignored in silence)
                raise ParameterError(
                    f"`scheme` {shown(scheme)} and `target` {shown(target)} clash: a target picks its "
                    "own reader convention (README 'Names'); give only one"
                )
            from .autodetect import auto_language
            from .names import romanize_for

            if homoglyphs:  # (the name conventions read words: repaired before they do)
                from .engine.lookalike import repair

                text = repair(text, lang)
            if lang == "auto-line":
                return "".join(
                    romanize_for(line, target, lang=auto_language(line))
                    for line in text.splitlines(keepends=True)
                )
            if lang == "auto":
                lang = auto_language(text)
            return romanize_for(text, target, lang=lang)
        if lang in _DELEGATED:
            from .integrations.transliterate import romanize_delegated

            return romanize_delegated(text, lang)
        if lang == "auto-line" and text:  # (a loop: a generator here made homoglyphs a cell,
            from .autodetect import auto_language  # which every call, the short name's too,

            out = []  # then paid for)
            for line in text.splitlines(keepends=True):
                out.append(auto_romanizer(scheme, auto_language(line), homoglyphs).romanize(line))
            return "".join(out)
        if lang in ("auto", "auto-line"):  # (auto-line here: the empty text, checked as auto's)
            try:
                if len(text) < _SHORT:  # a name: one memo look-up gives its romaniser
                    return _short_romanizer(text, scheme, homoglyphs).romanize(text)
                from .autodetect import auto_language  # (detect() alone loads no romaniser)

                return auto_romanizer(scheme, auto_language(text), homoglyphs).romanize(text)
            except UnknownSchemeError as exc:
                if not exc.detected or CYRILLIC_RE.search(text):
                    raise
                if not text and known_scheme(exc.name):  # the check before any text is read:
                    return text  # a scheme some language has may be its rows' (a uk column)
                # no letter to detect from (the empty text romanize_frame and the pandas
                # accessor check a scheme with): the language is the default, not detected
                raise UnknownSchemeError(
                    exc.name, exc.lang, exc.known, exc.elsewhere, ids=exc.ids, undetected=True
                ) from None
        return get_romanizer(scheme, lang, homoglyphs=homoglyphs).romanize(text)
    except TypeError as exc:  # a list or a dict as `lang`: "unhashable type: 'list'" from a cache
        if str(exc).startswith("unhashable"):
            want_names("romanize()", scheme=scheme, lang=lang, target=target)
        raise


def romanize_record(
    text: str,
    within: str,
    scheme: str | None = None,
    *,
    target: str | None = None,
    homoglyphs: bool = True,
) -> str:
    """:func:`romanize` with ``lang="auto"`` of ``text``, one value of a column or of a file's
    records whose language is ``within`` (:func:`translit.autodetect.column_language`): in the
    value's own language where it holds evidence, else ``within``
    (:func:`translit.autodetect.record_language`); text without Cyrillic as ``lang="auto"``
    has it. The pandas accessor and Dask romanise values so, as the command line does
    ``--field`` and ``--column`` values.

    >>> romanize_record("Юрій", "ru"), romanize_record("Петрович", "uk"), romanize("Петрович")
    ('Yurii', 'Petrovych', 'Petrovich')
    >>> romanize_record("Юрий Гагарин", "ru", target="de")
    'Juri Gagarin'
    """
    if not isinstance(text, str) or not CYRILLIC_RE.search(text):  # (the argument checks too)
        return romanize(text, scheme, "auto", target=target, homoglyphs=homoglyphs)
    from .autodetect import record_language

    text = normal(text, "NFC")
    lang = record_language(text, within)
    if target is not None:
        return romanize(text, scheme, lang, target=target, homoglyphs=homoglyphs)
    return auto_romanizer(scheme, lang, want_bool(homoglyphs, "homoglyphs")).romanize(text)


_SHORT = 64  # characters: decisions on shorter texts are memoised
_READ: dict[str, str] = {}  # a lang argument → its reading: one dict look-up per call (lang_arg's
# cache hashed the allowed words each time: a sixth of the time of romanize(name, lang="ru"))


def _read_lang(lang: str) -> str:
    got = lang_arg(lang, LANG_WORDS)  # (raises for an unknown one, which is never kept)
    if len(_READ) < 256 and type(lang) is str:
        _READ[lang] = got
    return got


@functools.lru_cache(maxsize=1 << 15)
def _short_romanizer(text: str, scheme: str | None, homoglyphs: bool = True) -> Romanizer:
    from .autodetect import auto_language

    return auto_romanizer(scheme, auto_language(text), homoglyphs)


@functools.lru_cache(maxsize=256)
def auto_romanizer(scheme: str | None, lang: str, homoglyphs: bool = True) -> Romanizer:
    """The romaniser of ``scheme`` for a detected language ``lang`` (``None``: its default
    scheme, :func:`translit.catalogue.default_scheme`); ``homoglyphs`` as for
    :func:`translit.get_romanizer`.

    A language detected before it has any scheme file, or without the scheme when that is
    the default or ``bgn-pcgn``, is romanised with ISO 9, the table of every Cyrillic
    language (``any``); another scheme asked for by name that the detected language lacks
    raises :class:`~translit.UnknownSchemeError`, as for an explicit ``lang``.

    >>> auto_romanizer("bgn-pcgn", "ru").scheme.id, auto_romanizer(None, "ug").scheme.id
    ('bgn-pcgn', 'odni-2015')
    """
    try:
        return get_romanizer(scheme, lang, homoglyphs=homoglyphs)
    except UnknownLanguageError:
        if scheme is not None and not known_scheme(scheme):
            get_romanizer(scheme, "ru")  # raises UnknownSchemeError, with close names
    except UnknownSchemeError as exc:
        if scheme is not None and (norm_id(scheme) != DEFAULT_SCHEME or not known_scheme(scheme)):
            raise UnknownSchemeError(
                exc.name, lang, exc.known, exc.elsewhere, detected=True, ids=exc.ids
            ) from None
    try:
        return get_romanizer(scheme, ANY, homoglyphs=homoglyphs)
    except UnknownSchemeError:
        return get_romanizer("iso-9", ANY, homoglyphs=homoglyphs)


def known_scheme(scheme: str) -> bool:
    """Whether some language (or ``any``) has a scheme of that name or alias.

    >>> known_scheme("national"), known_scheme("bgn-pcgm")
    (True, False)
    """
    from .catalogue import get_scheme, languages
    from .errors import TranslitError

    for lang in (*languages(), ANY):
        try:
            get_scheme(scheme, lang)
        except TranslitError:
            continue
        return True
    return False
