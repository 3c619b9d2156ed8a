"""Korean names as Russian texts write them, in the Kontsevich system (Мун Чжэ Ин, Пак Кын Хе),
read back as readers of English, German and French print them: the surname in its usual press
form, the given name in the Revised Romanization with a hyphen (Moon Jae-in, Park Geun-hye):
what :class:`translit.names.conventions.TargetRomanizer` writes for them.

The knowledge is ``translit/data/names/korean.toml``: the two systems' spellings of each
Hangul jamo (initial, vowel, final), whose product is the syllable table; which reading a
Kontsevich spelling takes where it has several (the system writes ㅓ and ㅗ both о, ㄴ and ㅇ
both н); the most common surnames. One shape is read: a listed surname, then a given name of
two syllables, written as two words, hyphenated or as one word; which words are refused (a
Russian given name: Ким Роман) is the caller's rule.

Persons who print their name otherwise (Ли Мён Бак → Lee Myung-bak, Юн Сок Ёль → Yoon Suk
Yeol) are rows of glossaries/names.csv, which are looked up first.

>>> korean_name("Мун", ["Чжэ", "Ин"])
('Moon', 'Jae-in')
>>> korean_name("ПАК", ["КЫН-ХЕ"]), korean_name("Иван", ["Ин", "Хе"])
(('PARK', 'GEUN-HYE'), None)
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable
from typing import Any

from .. import _datafiles as datafiles
from ..script import drop_stress
from .syllables import HYPHEN, SyllableTable, in_case

__all__ = [
    "ambiguous",
    "korean_name",
    "latin_syllables",
    "readings",
    "russian_spellings",
    "spellings",
    "surname",
    "surname_first",
    "surnames",
    "syllables",
    "yo_variants",
]

#: A Korean given name has two syllables (the brief's shape; one-syllable names are rows).
_GIVEN_SYLLABLES = 2
#: The letters a Kontsevich vowel starts with.
_VOWEL_STARTS = frozenset("аэяоеёуюыийв")


@functools.cache
def _data() -> dict[str, Any]:
    return dict(datafiles.load_toml("names", "korean.toml"))


def spellings() -> dict[str, list[str]]:
    """RR syllable → its Kontsevich spellings (the first the system's at the start of a word),
    the product of the jamo tables of data/names/korean.toml.

    >>> spellings()["jae"][:3], spellings()["geun"][:2]
    (['чэ', 'чжэ', 'джэ'], ['кын', 'гын'])
    """
    return {k: list(v) for k, v in _spellings().items()}


@functools.cache
def _spellings() -> dict[str, tuple[str, ...]]:
    data = _data()
    out: dict[str, tuple[str, ...]] = {}
    for ini, ini_cyr in data["initials"].items():
        for vow, vow_cyr in data["vowels"].items():
            for fin, fin_cyr in data["finals"].items():
                cyr = [i + v + f for i in ini_cyr for v in vow_cyr for f in fin_cyr]
                out[ini + vow + fin] = tuple(dict.fromkeys(cyr))
    return out


@functools.cache
def _readings() -> dict[str, tuple[str, ...]]:
    """Kontsevich spelling → every RR syllable it spells."""
    readings: dict[str, list[str]] = {}
    for rr, cyrs in _spellings().items():
        for cyr in cyrs:
            readings.setdefault(cyr, []).append(rr)
    return {k: tuple(v) for k, v in readings.items()}


def _rime(cyr: str) -> str:
    """The rime of a Kontsevich syllable: from its first vowel letter on (в and й start a
    vowel there: ва, йе; no initial is written with them).

    >>> _rime("чжэ"), _rime("хван"), _rime("ын")
    ('э', 'ван', 'ын')
    """
    for k, ch in enumerate(cyr):
        if ch in _VOWEL_STARTS:
            return cyr[k:]
    return cyr


@functools.cache
def _table() -> SyllableTable:
    """Kontsevich spelling → RR syllable: where a spelling has several readings, the one of
    ``[prefer]`` (the whole syllable, else its rime after "-"), else the first."""
    prefer = _data()["prefer"]
    initials = set(_data()["initials"])
    back: dict[str, str] = {}
    for cyr, rrs in _readings().items():
        whole = prefer.get(cyr)
        rime = str(prefer.get("-" + _rime(cyr), ""))
        fits = [r for r in rrs if r.endswith(rime) and r.removesuffix(rime) in initials]
        back[cyr] = str(whole) if whole in rrs else (fits or list(rrs))[0]
    return SyllableTable(back)


def ambiguous() -> dict[str, list[str]]:
    """Kontsevich spelling → its RR readings, for the spellings with several (what
    ``[prefer]`` decides).

    >>> ambiguous()["сон"]
    ['seon', 'seong', 'son', 'song']
    """
    return {k: list(v) for k, v in _readings().items() if len(v) > 1}


def syllables(word: str) -> list[str] | None:
    """The RR syllables of a Kontsevich spelling (any case), the reading with the fewest;
    ``None`` where the word does not read wholly as syllables.

    >>> syllables("Чжэин"), syllables("Кын"), syllables("Москва")
    (['jae', 'in'], ['geun'], None)
    """
    return _table().read(word)


#: The tables of data/names/korean.toml that read a language's letters as Kontsevich's
LETTERS_OF = {"uk": "ukrainian"}
#: the most spellings :func:`russian_spellings` gives a word
_MAX_SPELLINGS = 16


def russian_spellings(word: str, lang: str = "ru") -> list[str]:
    """The Kontsevich spellings (Russian letters) a ``lang`` text's ``word`` may stand for, the
    likelier first: ``word`` itself in a Russian text; a Ukrainian one's letters read as
    ``[ukrainian]`` says, in small letters (at most 16).

    >>> russian_spellings("Дже", "uk"), russian_spellings("Йоль", "uk"), russian_spellings("Мьон", "uk")
    (['джэ', 'дже'], ['ёль'], ['мён'])
    >>> russian_spellings("Кім", "uk"), russian_spellings("Чжэ")
    (['ким'], ['Чжэ'])
    """
    name = LETTERS_OF.get(lang)
    if name is None:
        return [word]
    table: dict[str, list[str]] = _data()[name]
    low = drop_stress(word).lower()
    options: list[list[str]] = []
    k = 0
    while k < len(low):
        two = low[k : k + 2]  # (a digraph of the table first: йо, ьо)
        step = 2 if len(two) == 2 and two in table else 1
        options.append(table.get(low[k : k + step], [low[k]]))
        k += step
    spelled = ("".join(p) for p in itertools.product(*options))
    return list(itertools.islice(spelled, _MAX_SPELLINGS))


def _read(word: str, lang: str, reader: Callable[[str], list[str] | None]) -> list[str] | None:
    """``reader`` (:func:`syllables`, :func:`_two_syllables`) on the first of ``word``'s
    Kontsevich spellings (:func:`russian_spellings`) it reads."""
    return next((found for s in russian_spellings(word, lang) if (found := reader(s))), None)


@functools.lru_cache(maxsize=1 << 14)  # (a reader asks every capitalised word)
def surname(word: str, lang: str = "ru") -> str | None:
    """The press form of a listed surname as a ``lang`` text writes it, else ``None``.

    >>> surname("Пак"), surname("Кім", "uk"), surname("Кім")
    ('Park', 'Kim', None)
    """
    table = surnames()
    spelled = (drop_stress(s).lower() for s in russian_spellings(word, lang))
    return next((table[s] for s in spelled if s in table), None)


@functools.cache
def surnames() -> dict[str, str]:
    """A surname's Russian spelling (lower case) → its press form.

    >>> surnames()["пак"], surnames()["цой"]
    ('Park', 'Choi')
    """
    table = _data()["surnames"]
    return {str(c).lower(): str(press) for press, cyrs in table.items() for c in cyrs}


#: Kontsevich writes ㄱ ㄷ ㅂ ㅈ inside a word as г д б дж after a vowel (Кынхе, Согёль): a
#: syllable that starts with к т п ч (not кх тх пх чх) follows a consonant there.
_PLAIN = re.compile("^(?:к|т|п|ч(?!х))(?!х)")


def _two_syllables(word: str) -> list[str] | None:
    """The RR syllables of a one-word given name of two syllables, the cut the system's
    spelling inside a word agrees with first (Сокёль: сок-ёль, not со-кёль, which it writes
    согёль); ``None`` where it has no cut into two syllables.

    >>> _two_syllables("Сокёль"), _two_syllables("Чжэин"), _two_syllables("Москва")
    (['seok', 'yeol'], ['jae', 'in'], None)
    """
    k = _cut(word)
    if k is None:
        return None
    low = word.lower()
    return [*(syllables(low[:k]) or []), *(syllables(low[k:]) or [])]


def _cut(word: str) -> int | None:
    """Where :func:`_two_syllables` cuts ``word`` in two syllables, else ``None``."""
    low = word.lower()
    cuts = []
    for k in range(1, len(low)):
        first, second = syllables(low[:k]), syllables(low[k:])
        if first and second and len(first) == len(second) == 1:
            voiced_after_vowel = low[k - 1] in _VOWEL_STARTS and bool(_PLAIN.match(low[k:]))
            cuts.append((voiced_after_vowel, k))
    return min(cuts)[1] if cuts else None


def korean_name(surname_word: str, given: list[str], lang: str = "ru") -> tuple[str, str] | None:
    """(press form of ``surname_word``, the RR given name with a hyphen) where the surname is
    listed and ``given`` (the words of the given name: two of one syllable, or one of two,
    perhaps hyphenated) reads as two syllables; else ``None``; the words as a ``lang`` text
    writes them (:func:`russian_spellings`). The given name takes the case of its first word; a
    name wholly in capitals is written so (a word of one letter, О, Э, does not say which).

    >>> korean_name("Мун", ["Дже", "Ін"], "uk"), korean_name("ПАК", ["ЧОН", "ХІ"], "uk")
    (('Moon', 'Jae-in'), ('PARK', 'JEONG-HUI'))

    >>> korean_name("Пак", ["Кынхе"]), korean_name("Ким", ["Ир"])
    (('Park', 'Geun-hye'), None)
    >>> korean_name("О", ["СЫН", "ХВАН"])
    ('OH', 'SEUNG-HWAN')
    """
    press = surname(surname_word, lang)
    if press is None:
        return None
    parts = [p for word in given for p in HYPHEN.split(word)]
    if len(parts) == 1:
        found = _read(parts[0], lang, _two_syllables) or []
    else:
        found = []
        for part in parts:
            syl = _read(part, lang, syllables)
            if syl is None:
                return None
            found.extend(syl)
    if len(found) != _GIVEN_SYLLABLES:
        return None
    rr = "-".join(found)
    whole = surname_word + "".join(given)
    caps = whole if whole.isupper() else None
    return in_case(caps or surname_word, press.lower()), in_case(caps or given[0], rr)


@functools.cache
def _rr_table() -> SyllableTable:
    """RR syllable → itself: a Latin given name (Yeonsu, Yeon-su) cut into RR syllables."""
    return SyllableTable({rr: rr for rr in _spellings() if rr})


def _press_forms() -> frozenset[str]:
    """The surnames' press forms in small letters (kim, park, lee)."""
    return frozenset(p.lower() for p in surnames().values())


def surname_first(words: list[str]) -> bool:
    """Whether ``words`` read as a Korean name in its own order: a listed surname (its Russian
    spelling or its press form, any case) and then words (or hyphenated parts) that read wholly
    as syllables (Kontsevich for Cyrillic, RR for Latin). Such a name is surname first however
    it is set (КИМ Ён Су, KIM Yeon-su); ВЛАСОВ Андрей, KIM Andrey are not.

    >>> surname_first(["КИМ", "Ён", "Су"]), surname_first(["KIM", "Yeon-su"])
    (True, True)
    >>> surname_first(["КИМ", "Андрей"]), surname_first(["Kim", "Andrey"]), surname_first(["Ким"])
    (False, False, False)
    """
    if len(words) < 2:
        return False
    first = drop_stress(words[0]).lower()
    if first in surnames():
        table = _table()
    elif first in _press_forms():
        table = _rr_table()
    else:
        return False
    parts = [p for word in words[1:] for p in HYPHEN.split(word)]
    return all(p and table.read(p) is not None for p in parts)


#: the most RR readings :func:`readings` gives (a syllable of Kontsevich has up to four)
_MAX_READINGS = 64


def readings(words: list[str]) -> list[str]:
    """Every RR reading of a Korean name in Kontsevich (:func:`surname_first`): the surname in
    its press form, then each syllable of the given name a word (Ёнсу: Yeong Su), read every
    way the system's spelling allows (ён: yeong, yeon, yong, yon), the tables' preferred
    reading first (at most 64 readings: past them a syllable is read its preferred way only);
    none for another name.

    >>> readings(["Ким", "Ён", "Су"])[:2], readings(["КИМ", "Чжэин"]), readings(["Ким", "Ир"])
    (['Kim Yeong Su', 'Kim Yeon Su'], ['Kim Jae In', 'Kim Jae Uin', 'Kim Jae Uing', 'Kim Jae Ing'], [])
    >>> readings(["Ким", "Андрей"])
    []
    """
    if not surname_first(words) or (press := surnames().get(drop_stress(words[0]).lower())) is None:
        return []
    pieces: list[str] = []
    for part in (drop_stress(p).lower() for word in words[1:] for p in HYPHEN.split(word)):
        k = _cut(part) if len(syllables(part) or []) == 2 else None
        pieces += [part[:k], part[k:]] if k else [part]
    options: list[list[str]] = [[press]]
    total = 1
    for piece in pieces:
        every = ["".join(syllables(piece) or [])]
        every += [r for r in _readings().get(piece, ()) if r not in every]
        choices = every if total * len(every) <= _MAX_READINGS else every[:1]
        total *= len(choices)
        options.append([c.capitalize() for c in choices])
    return [" ".join(combo) for combo in itertools.product(*options)]


def latin_syllables(words: list[str]) -> str | None:
    """A Korean name in RR (:func:`surname_first`) with each syllable of its given name a word,
    the cut with the fewest syllables (Yeonsu, Yeon-su: Yeon Su); ``None`` for another name.

    >>> latin_syllables(["KIM", "Yeonsu"]), latin_syllables(["Kim", "Yeon-su"])
    ('KIM Yeon su', 'Kim Yeon su')
    >>> latin_syllables(["Kim", "Andrey"]), latin_syllables(["Ким", "Ён"])
    (None, None)
    """
    if not surname_first(words) or drop_stress(words[0]).lower() not in _press_forms():
        return None
    out = [words[0]]
    for part in (p for word in words[1:] for p in HYPHEN.split(word)):
        found, at = _rr_table().read(part) or [], 0
        for syllable in found:
            out.append(part[at : at + len(syllable)])
            at += len(syllable)
    return " ".join(out)


#: Kontsevich's ё at the start of a syllable (Ён, Ёль) and the йо other texts write for it
#: (Ukrainian's Йон, Йоль; a Russian text's too): the first letters of a word, either way
_YO = {"ё": "йо", "Ё": "Йо", "йо": "ё", "Йо": "Ё", "ЙО": "Ё"}


def yo_variants(name: str) -> list[str]:
    """The other spellings of a Korean name in Kontsevich (:func:`surname_first`, read with ё)
    whose words start with ё or йо, each such word written either way (Ким Ён Сам: Ким Йон
    Сам); none for another name.

    >>> yo_variants("Юн Сок Йоль"), yo_variants("Ёжиков Йоган")
    (['Юн Сок Ёль'], [])
    """
    words = name.split()
    options: list[list[str]] = []
    for word in words:
        head = next((h for h in ("ЙО", "Йо", "йо", "Ё", "ё") if word.startswith(h)), None)
        if head is None:
            options.append([word])
        else:
            other = _YO[head] + word[len(head) :]
            if head == "ЙО":
                other = other.upper()
            options.append([word, other] if head in "Ёё" else [other, word])
    if len(words) < 2 or not surname_first([o[0] for o in options]):
        return []
    return [v for v in map(" ".join, itertools.product(*options)) if v != " ".join(words)]
