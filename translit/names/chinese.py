"""Chinese names as Russian texts write them, in the Palladius system (Дэн Сяопин, Гуанчжоу),
and Ukrainian texts in the Academic system (Ден Сяопін), read back as the pinyin that readers
of English, German and French print (Deng Xiaoping, Guangzhou): what
:class:`translit.names.conventions.TargetRomanizer` writes for them.

The knowledge is ``translit/data/names/chinese.toml``: the syllable tables (every syllable of
Standard Chinese in pinyin with its Russian and its Ukrainian spelling; the spellings are
unique, so each table reads both ways) and the most common surnames. Two shapes are read,
nothing else:

* a name: a listed surname, then one word of one or two syllables (the given name), and no
  third capitalised word after it (Ли Куан Ю is not a Chinese name in this shape);
* a word no Russian word spells: one holding цз or чж (pinyin j/z and zh) that reads wholly
  as at most four syllables (Гуанчжоу, Цзянсу, Синьцзян).

Names the press prints in another romanisation (Чан Кайши → Chiang Kai-shek, Сунь Ятсен →
Sun Yat-sen) are rows of glossaries/names.csv, which are looked up first.

>>> pinyin_word("Сяопин")
'Xiaoping'
>>> chinese_name("Дэн", "Сяопин")
('Deng', 'Xiaoping')
>>> chinese_name("Ян", "Гус") is None  # (Гус is no Palladius spelling: Jan Hus)
True
>>> marked_word("ГУАНЧЖОУ"), chinese_name("Сі", "Цзіньпін", "uk")
('GUANGZHOU', ('Xi', 'Jinping'))
"""

from __future__ import annotations

import functools

from .. import _datafiles as datafiles
from ..errors import UnknownLanguageError
from ..script import drop_stress
from .syllables import HYPHEN, SyllableTable, in_case

__all__ = ["LANGUAGES", "chinese_name", "marked_word", "pinyin_word", "syllables"]

#: The source languages with a syllable table: their tables in data/names/chinese.toml.
LANGUAGES = {"ru": "syllables", "uk": "syllables_uk"}

#: A given name has one or two syllables (one or two characters).
_GIVEN_SYLLABLES = 2
#: A word read for its spelling alone has at most this many syllables (Чжанцзякоу: four).
_MARKED_SYLLABLES = 4
#: Letter pairs of both systems that no Russian or Ukrainian word holds (pinyin j or z, and zh).
_MARKERS = ("цз", "чж")
#: What marks a syllable boundary: Russian ъ, Ukrainian apostrophes (Чан'ань).
_BOUNDARIES = "ъ'’ʼ"


@functools.cache
def _tables(lang: str) -> tuple[SyllableTable, frozenset[str]]:
    """(``lang``'s syllables, read back into pinyin; the surnames' spellings in its system) of
    ``lang`` (a key of :data:`LANGUAGES`), from data/names/chinese.toml."""
    if lang not in LANGUAGES:
        raise UnknownLanguageError(lang, LANGUAGES)
    data = datafiles.load_toml("names", "chinese.toml")
    table = data[LANGUAGES[lang]]
    back = {str(cyr): str(pin) for pin, cyr in table.items()}
    surnames = frozenset(table[p] for p in data["surnames"]["pinyin"])
    return SyllableTable(back, boundaries=_BOUNDARIES), surnames


def syllables(word: str, lang: str = "ru") -> list[str] | None:
    """The pinyin syllables of a spelling of ``lang``'s system (any case; ъ or an apostrophe
    marks a syllable boundary), the reading with the fewest syllables; ``None`` where the word
    does not read wholly as syllables of the table.

    >>> syllables("Цзиньпин"), syllables("Сюнъань"), syllables("Москва")
    (['jin', 'ping'], ['xiong', 'an'], None)
    >>> syllables("Цзіньпін", "uk"), syllables("Цзиньпин", "uk")
    (['jin', 'ping'], None)
    """
    return _tables(lang)[0].read(word)


def pinyin_word(word: str, most: int = _MARKED_SYLLABLES, lang: str = "ru") -> str | None:
    """``word`` (a Palladius spelling, perhaps hyphenated as older texts write given names:
    Цзэ-дун) as one pinyin word in the word's case, with pinyin's apostrophe before a syllable
    that starts with a, o or e; ``None`` where it does not read as at most ``most`` syllables.

    >>> pinyin_word("Цзэ-дун"), pinyin_word("Сиань"), pinyin_word("Люй")
    ('Zedong', "Xi'an", 'Lü')
    """
    found: list[str] = []
    for part in HYPHEN.split(word):
        syl = syllables(part, lang)
        if syl is None:
            return None
        found.extend(syl)
    if not found or len(found) > most:
        return None
    out = found[0] + "".join(("'" + s if s[0] in "aoe" else s) for s in found[1:])
    return in_case(word, out)


def chinese_name(surname: str, given: str, lang: str = "ru") -> tuple[str, str] | None:
    """The pinyin of a surname of the table and a given name of one or two syllables
    (``None`` when the two are not such a name).

    >>> chinese_name("ХУ", "ЦЗИНЬТАО"), chinese_name("Иван", "Ли")
    (('HU', 'JINTAO'), None)
    >>> chinese_name("ВАН", "И")  # (a name wholly in capitals: a one-letter word does not say)
    ('WANG', 'YI')
    """
    if drop_stress(surname).lower() not in _tables(lang)[1]:
        return None
    first = pinyin_word(surname, 1, lang)
    second = pinyin_word(given, _GIVEN_SYLLABLES, lang)
    if not (first and second):
        return None
    if (surname + given).isupper():
        return first.upper(), second.upper()
    return first, second


def may_read(word: str, lang: str = "ru") -> bool:
    """Whether ``word`` may be what :func:`chinese_name` reads first (a listed surname's
    spelling) or what :func:`marked_word` reads (a word holding a letter pair only Palladius
    writes): where it is neither, both give ``None``, whatever the word after it.

    >>> may_read("Дэн"), may_read("Гуанчжоу"), may_read("Москва")
    (True, True, False)
    """
    low = word.lower()
    return drop_stress(word).lower() in _tables(lang)[1] or any(m in low for m in _MARKERS)


def marked_word(word: str, lang: str = "ru") -> str | None:
    """The pinyin of a word that holds a letter pair only Palladius writes (цз, чж) and reads
    wholly as syllables (Гуанчжоу → Guangzhou), else ``None``.

    >>> marked_word("Синьцзян"), marked_word("Москва")
    ('Xinjiang', None)
    """
    low = word.lower()
    if not any(m in low for m in _MARKERS):
        return None
    return pinyin_word(word, _MARKED_SYLLABLES, lang)
