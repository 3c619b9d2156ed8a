"""The one decision of ``lang="auto"``: the text read as detection reads it (NFC, look-alikes
repaired, stress kept: :func:`translit.normalize`), then :mod:`translit.detection`'s decision;
the public :func:`detect` and :func:`explain_language`, :func:`auto_language` (what
``romanize(lang="auto")``, verify and the command line's ``--lang auto-line`` decide), the
decisions of a whole file (:func:`auto_file_language`, :func:`other_line_languages`) and of
records (:func:`record_language` within :func:`column_language`: the one rule of ``--lang auto``
on JSONL fields, CSV and Parquet columns, the pandas accessor and Dask's bags and frames).

Apart from :mod:`translit.api` (romanize's dispatch over the catalogue and the engine), which a
language decision never needs: a process whose first call is ``translit.detect(name)`` imports
neither the catalogue, the scheme reader and dataclasses nor the engine's tables (58 M of its
265 M instructions, a fifth of it: ``python -m bench.startup_first``).
"""

from __future__ import annotations

import functools
import itertools
import unicodedata
from collections.abc import Iterable, Mapping
from typing import NamedTuple

from .detection import DEFAULT, SAMPLE, Explanation, decide_in, detect_file
from .detection import detect as _detect
from .detection import explain_language as _explain
from .errors import ParameterError, UnknownLanguageError, shown, want_str
from .normalization import normalize
from .script import ALPHABET_LANGUAGES, CYRILLIC_RE, alphabet, drop_invisible, marked_letters

__all__ = [
    "READ_CHARS",
    "RECORD_MODES",
    "RECORD_SAMPLE",
    "RecordDecision",
    "auto_file_language",
    "auto_language",
    "column_language",
    "detect",
    "explain_language",
    "other_line_languages",
    "record_decision",
    "record_language",
    "record_mode",
    "records_fallback",
    "records_language",
]

_SHORT = 64  # characters: decisions on shorter texts are memoised (names)
#: characters: decisions on texts up to this long are memoised too, fewer of them (a value a
#: column repeats: an address, a title, a description; the memo keeps the latest used)
_LONG = 512


def auto_language(text: str) -> str:
    """The language ``lang="auto"`` gives ``text``: NFC and look-alike repair first, then
    :func:`translit.detect`; Russian for text without Cyrillic or without evidence.

    >>> auto_language("Kиїв"), auto_language("Жажда"), auto_language("Hello")
    ('uk', 'ru', 'ru')
    """
    lang = _decide_memo(text)
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
    return _decide_memo(want_str(text, "detect()"))


def explain_language(text: str) -> Explanation:
    """The decision of :func:`detect` on ``text``, with its evidence and margin
    (:func:`translit.detection.explain_language` on the repaired text).

    >>> explain_language("Мaкeдoниja e држaвa вo Eврoпa").lang
    'mk'
    """
    return _explain(_repaired(want_str(text, "explain_language()")))


#: The characters of a text that its decision reads (:func:`auto_language`, :func:`detect`):
#: its first :data:`~translit.detection.SAMPLE`, which detection scores, and a margin for the
#: repair before it. Two texts that agree on these are decided alike: a line ``-l auto-line``
#: reads in pieces is decided on its head (:meth:`translit.cli.romanize.Romanize.continuing`).
READ_CHARS = SAMPLE + 256


def _repaired(text: str) -> str:
    """``text`` as the language decision reads it: without the characters a word holds with
    no glyph (script.INVISIBLE: a hyphenating page's soft hyphens, ста\xadвам is ставам),
    NFC, look-alikes repaired, stress kept; only its first :data:`~translit.detection.SAMPLE`
    characters are scored, so no more than those (and a margin: :data:`READ_CHARS`) are
    repaired."""
    text = text[:READ_CHARS]
    if not text.isascii():
        text = drop_invisible(text)
    return normalize(text, stress="keep", mojibake=False)


def _decide(text: str) -> str:
    """:func:`detect` without the argument check: the one decision of ``lang="auto"``."""
    return _detect(_repaired(text))


_decide_short = functools.lru_cache(maxsize=1 << 15)(_decide)  # names: memoised
_decide_long = functools.lru_cache(maxsize=1 << 12)(_decide)  # repeated values: memoised


def _decide_memo(text: str) -> str:
    """:func:`_decide`, memoised for texts up to :data:`_LONG` characters (a decision is the
    text's alone: the same text, the same language)."""
    n = len(text)
    return (
        _decide_short(text) if n < _SHORT else _decide_long(text) if n <= _LONG else _decide(text)
    )


#: Values of a column whose text decides its language (:func:`column_language`): as many as
#: the command line's JSONL, CSV and Parquet readers give a file's sample at most
#: (``translit.io.textio.RECORD_SAMPLE``, which tests hold equal to this).
RECORD_SAMPLE = 200


def record_language(text: str, lang: str) -> str:
    """The language ``lang="auto"`` gives ``text``, one record's value (a JSONL field, a CSV
    or DataFrame column's value, a bag's item) of a file or column whose language is ``lang``
    (:func:`column_language`): the value's own where it holds evidence (letters of its own,
    a spelling or word only some languages write, a listed name, running text a language
    wins), else ``lang`` (a name, a number, an acronym of Russian letters; a tie that holds
    ``lang``): :func:`translit.detection.detect_in` on the text NFC and look-alikes repaired.

    >>> record_language("Петренко", "uk"), record_language("Петренко", "ru")
    ('uk', 'ru')
    >>> record_language("Олександр Усик", "ru"), record_language("НАТО", "bg")
    ('uk', 'bg')
    """
    return _decided(text, lang)[0]


class RecordDecision(NamedTuple):
    """What ``lang="auto"`` decides of one record's value (:func:`record_decision`)."""

    #: the language the value is romanised in (:func:`record_language`); ``'und'`` for a value
    #: without Cyrillic (nothing to romanise)
    lang: str
    #: ``'own'``: the value's decision alone (:func:`detect`) stands; ``'column'``: the file's
    #: or column's language replaced it (a value too short or weak to decide alone)
    source: str


def record_decision(text: str, lang: str | None) -> RecordDecision:
    """The language romanize gives ``text``, one record's value of a file or column whose
    language is ``lang`` (:func:`record_language`), and whether it is the value's own (as
    :func:`detect` decides it alone) or the column's: what ``translit detect --field/--column``
    and the pandas accessor's ``detect()`` report, one decision with romanize's. ``lang``
    None: the value alone, as ``lang="auto-line"`` decides it (:func:`detect`, its own).

    >>> record_decision("Петрович", "uk"), record_decision("Київ", "uk")
    (RecordDecision(lang='uk', source='column'), RecordDecision(lang='uk', source='own'))
    >>> record_decision("Петрович", "ru"), record_decision("42", "uk")
    (RecordDecision(lang='ru', source='own'), RecordDecision(lang='und', source='own'))
    >>> record_decision("Петрович", None)
    RecordDecision(lang='ru', source='own')
    """
    if lang is None:
        return RecordDecision(detect(text), "own")
    used, alone = _decided(text, lang)
    if alone == "und":
        return RecordDecision("und", "own")
    return RecordDecision(used, "own" if used == alone else "column")


#: what a detect on records answers as romanize's ``lang`` of the same name: ``auto``, each
#: value within its column's language (:func:`record_decision`); ``auto-line``, each alone
RECORD_MODES = ("auto", "auto-line")


def record_mode(lang: str, what: str) -> str:
    """``lang`` as one of :data:`RECORD_MODES` (any case, spaces around); a
    :class:`~translit.errors.ParameterError` naming ``what`` (the call) for anything else.

    >>> record_mode(" Auto-Line", "detect()")
    'auto-line'
    """
    mode = lang.strip().lower() if isinstance(lang, str) else lang
    if mode not in RECORD_MODES:
        given = shown(lang) if isinstance(lang, str) else repr(lang)
        raise ParameterError(
            f"{what}: `lang` is 'auto' (each value in its own language, the column's where it "
            f"is too short or weak to decide alone, as romanize's lang='auto') or 'auto-line' "
            f"(each value alone), not {given}"
        )
    return str(mode)


def _decided(text: str, lang: str) -> tuple[str, str]:
    """:func:`translit.detection.decide_in` of ``text`` NFC and look-alikes repaired."""
    n = len(text)
    if n < _SHORT:
        return _decided_short(text, lang)
    if n <= _LONG:
        return _decided_long(text, lang)
    return decide_in(_repaired(text), lang)


@functools.lru_cache(maxsize=1 << 15)
def _decided_short(text: str, lang: str) -> tuple[str, str]:
    """:func:`_decided` of a short value (a name), memoised."""
    return decide_in(_repaired(text), lang)


@functools.lru_cache(maxsize=1 << 12)
def _decided_long(text: str, lang: str) -> tuple[str, str]:
    """:func:`_decided` of a longer value, up to :data:`_LONG` characters (a value a column
    repeats), memoised: the latest used are kept."""
    return decide_in(_repaired(text), lang)


def column_language(values: Iterable[object]) -> str:
    """The language within which each value of a column (or of a file's records) whose values,
    in order, are ``values`` is decided (:func:`record_language`): from its first
    :data:`RECORD_SAMPLE` strings, one a line, as the command line reads a JSONL or CSV file's
    first block: :func:`auto_file_language`, then :func:`records_fallback`.

    >>> column_language(["Петренко", None, "Шевченко", "Київ", "Львів", 7])
    'uk'
    >>> column_language(["Петров", "Сидоров"]), column_language([])
    ('ru', 'ru')
    """
    strings = (v for v in values if isinstance(v, str))
    return records_language("\n".join(itertools.islice(strings, RECORD_SAMPLE)))


def records_language(sample: str) -> str:
    """The language within which each value of records whose first values, one a line, are
    ``sample`` (a file's first block: :meth:`~translit.io.formats.Format.sample`) is decided:
    :func:`auto_file_language`, then :func:`records_fallback`.

    >>> records_language("Київ\\nЛьвів\\nПетрович"), records_language("Київ\\nМинск\\nКазань")
    ('uk', 'ru')
    """
    lang = auto_file_language(sample)
    return records_fallback(lang, other_line_languages(sample, lang))


def records_fallback(lang: str, other: Mapping[str, int]) -> str:
    """The language lent to the values too short or weak to decide alone, of records whose
    first values are ``lang`` as a whole (:func:`auto_file_language`) and of the ``other``
    languages on their own (:func:`other_line_languages`): ``lang``; but Russian, detection's
    own default for a text alone, where the values are of several languages (``other``: a
    tenth of them or more), which lend none (1,200 pieces of 1-3 words of ru, uk, be and bg
    sentences, a quarter each, whose first values read as Ukrainian: 78.3 % of them in their
    own language within Ukrainian, 90.2 % within Russian).

    >>> records_fallback("uk", {}), records_fallback("uk", {"be": 27, "ru": 14})
    ('uk', 'ru')
    """
    return DEFAULT if other else lang


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
    >>> other_line_languages("Ôн быв дома\\nВôн пришов домôв\\nМосква\\nТверь\\n", "ru")  # ô
    {'rue': 2}
    """
    try:
        letters = frozenset(alphabet(lang))
    except UnknownLanguageError:  # (a language without an alphabet of its own in the data)
        return {}
    marks = _other_marks(lang)
    counts: dict[str, int] = {}
    cyrillic = 0
    for line in sample[:SAMPLE].splitlines():
        found = CYRILLIC_RE.findall(line)
        cyrillic += bool(found)
        marked = bool(found and marks) and not marks.isdisjoint(unicodedata.normalize("NFD", line))
        if marked or any(c.lower() not in letters for c in found):
            other = auto_language(line)
            if other != lang:
                counts[other] = counts.get(other, 0) + 1
    total = sum(counts.values())
    return counts if total >= 2 and 10 * total >= cyrillic else {}


@functools.cache
def _other_marks(lang: str) -> frozenset[str]:
    """The combining marks of the letters other languages write with one
    (:func:`translit.script.marked_letters`: Rusyn's о̂, typed as a Latin ô in a Cyrillic word,
    and о̄) that ``lang`` writes none of: a line holding one is decided alone by
    :func:`other_line_languages`, though its letters are all ``lang``'s (Ôн быв дома).

    >>> sorted(_other_marks("ru")) == ["\u0302", "\u0304"], _other_marks("rue")
    (True, frozenset())
    """
    own = {m[1:] for m in marked_letters(lang)}
    return frozenset(
        m[1:] for code in ALPHABET_LANGUAGES for m in marked_letters(code) if m[1:] not in own
    )
