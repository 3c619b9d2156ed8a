"""The one decision of ``lang="auto"``: the text read as detection reads it (NFC, look-alikes
repaired, stress kept: :func:`translit.normalize`), then :mod:`translit.detection`'s decision;
the public :func:`detect` and :func:`explain_language`, :func:`auto_language` (what
``romanize(lang="auto")``, verify and the command line's ``--lang auto-line`` decide) and the
decisions of a whole file (:func:`auto_file_language`, :func:`other_line_languages`).

Apart from :mod:`translit.api` (romanize's dispatch over the catalogue and the engine), which a
language decision never needs: a process whose first call is ``translit.detect(name)`` imports
neither the catalogue, the scheme reader and dataclasses nor the engine's tables (58 M of its
265 M instructions, a fifth of it: ``python -m bench.startup_first``).
"""

from __future__ import annotations

import functools

from .detection import DEFAULT, SAMPLE, Explanation, detect_file
from .detection import detect as _detect
from .detection import explain_language as _explain
from .errors import UnknownLanguageError, want_str
from .normalization import normalize
from .script import CYRILLIC_RE, alphabet

__all__ = [
    "auto_file_language",
    "auto_language",
    "detect",
    "explain_language",
    "other_line_languages",
]

_SHORT = 64  # characters: decisions on shorter texts are memoised (names)


def auto_language(text: str) -> str:
    """The language ``lang="auto"`` gives ``text``: NFC and look-alike repair first, then
    :func:`translit.detect`; Russian for text without Cyrillic or without evidence.

    >>> auto_language("Kиїв"), auto_language("Жажда"), auto_language("Hello")
    ('uk', 'ru', 'ru')
    """
    lang = _decide_short(text) if len(text) < _SHORT else _decide(text)
    return DEFAULT if lang == "und" else lang


def detect(text: str) -> str:
    """Language code of ``text`` as ``lang="auto"`` decides it: NFC and look-alike repair
    first (Latin a, e, o, j typed among Cyrillic letters), then
    :func:`translit.detection.detect`; ``'und'`` for text without Cyrillic.

    >>> detect("Мaкeдoниja e држaвa вo Eврoпa")  # Latin a e o j among the Cyrillic
    'mk'
    >>> detect("Москва — столица России"), detect("Moscow")
    ('ru', 'und')
    """
    text = want_str(text, "detect()")
    return _decide_short(text) if len(text) < _SHORT else _decide(text)


def explain_language(text: str) -> Explanation:
    """The decision of :func:`detect` on ``text``, with its evidence and margin
    (:func:`translit.detection.explain_language` on the repaired text).

    >>> explain_language("Мaкeдoниja e држaвa вo Eврoпa").lang
    'mk'
    """
    return _explain(_repaired(want_str(text, "explain_language()")))


def _repaired(text: str) -> str:
    """``text`` as the language decision reads it: NFC, look-alikes repaired, stress kept;
    only its first :data:`~translit.detection.SAMPLE` characters are scored, so no more than
    those (and a margin) are repaired."""
    return normalize(text[: SAMPLE + 256], stress="keep", mojibake=False)


def _decide(text: str) -> str:
    """:func:`detect` without the argument check: the one decision of ``lang="auto"``."""
    return _detect(_repaired(text))


_decide_short = functools.lru_cache(maxsize=1 << 15)(_decide)  # names: memoised


def auto_file_language(sample: str) -> str:
    """The language ``--lang auto`` gives a whole file whose first block's text is ``sample``:
    NFC and look-alike repair, then :func:`translit.detection.detect_file` (one line with
    another language's letters does not flip a file).

    >>> auto_file_language("Владимир Путин\\nДостоевскій\\nМіська рада\\nМосква\\n")
    'ru'
    """
    return detect_file(_repaired(sample))


def other_line_languages(sample: str, lang: str) -> dict[str, int]:
    """The languages other than ``lang`` that lines of a file's first block ``sample`` are on
    their own (:func:`auto_language`), with how many lines each, when they make the file one
    of several languages: two lines or more, a tenth of its lines with Cyrillic or more. Only a
    line holding a letter the alphabet of ``lang`` lacks is decided, so a file of one language
    costs a scan. A file ``--lang auto`` reads as ``lang`` is then said to be mixed, which
    ``--lang auto-line`` reads line by line.

    >>> other_line_languages("Олександр Усик, Київ\\nАлександр Усик\\nСергій Жадан\\n", "ru")
    {'uk': 2}
    >>> other_line_languages("Москва\\nМіська рада\\nТверь\\nКазань\\nПсков\\nОмск\\nОрёл", "ru")
    {}
    """
    try:
        letters = frozenset(alphabet(lang))
    except UnknownLanguageError:  # (a language without an alphabet of its own in the data)
        return {}
    counts: dict[str, int] = {}
    cyrillic = 0
    for line in sample[:SAMPLE].splitlines():
        found = CYRILLIC_RE.findall(line)
        cyrillic += bool(found)
        if any(c.lower() not in letters for c in found):
            other = auto_language(line)
            if other != lang:
                counts[other] = counts.get(other, 0) + 1
    total = sum(counts.values())
    return counts if total >= 2 and 10 * total >= cyrillic else {}
