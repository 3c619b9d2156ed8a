"""Japanese names as Russian texts write them, in the Polivanov system (Синдзо Абэ, Хаяо
Миядзаки, Кюсю), read back as the Hepburn spelling without macrons that readers of English,
German and French print (Shinzo Abe, Hayao Miyazaki, Kyushu): what
:class:`translit.names.conventions.TargetRomanizer` writes for them.

The knowledge is ``translit/data/names/japanese.toml``: the syllable table (every kana syllable
in Hepburn with its Polivanov spelling; the spellings are unique, so it reads both ways), the
units Polivanov writes beside them (н, м, й, a doubled consonant), and the markers: letter
sequences only Polivanov writes. A word is read when it reads wholly as syllables and units;
which words are read (a name holding a marker) is the caller's rule.

Names the press prints otherwise (Акира Куросава → Akira Kurosawa: ва is wa, and no marker
says the name is Japanese) are rows of glossaries/names.csv, which are looked up first.

>>> hepburn_word("Синдзо"), hepburn_word("Дзюнъитиро"), hepburn_word("Хоккайдо")
('Shinzo', 'Junichiro', 'Hokkaido')
>>> hepburn_word("Москва") is None, has_marker("Кюсю"), has_marker("Мураками")
(True, True, False)
"""

from __future__ import annotations

import functools

from .. import _datafiles as datafiles
from .syllables import SyllableTable, in_case

__all__ = ["has_marker", "hepburn_word", "single_word", "syllables"]

#: The Latin of a unit that is a lone consonant (a doubled consonant, the syllabic н or м).
_CONSONANTS = frozenset("kstpnm")
#: What may follow each lone consonant: the doubled one its own row (Hepburn's t before ch and
#: ts), the syllabic м only b, p, m.
_NEXT = {
    "k": ("k",),
    "s": ("s",),
    "t": ("t", "ch"),
    "p": ("p",),
    "m": ("b", "p", "m"),
}


@functools.cache
def _tables() -> tuple[
    SyllableTable, tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...]
]:
    """(the Polivanov syllables and units, read back into Hepburn; the markers; the markers
    read only in a two-word name; the endings and the beginnings of a word not read alone),
    from data/names/japanese.toml."""
    data = datafiles.load_toml("names", "japanese.toml")
    back = {str(cyr): str(hep) for hep, cyr in data["syllables"].items()}
    back.update({str(cyr): str(hep) for cyr, hep in data["units"].items()})
    rule = data["rule"]
    return (
        SyllableTable(back),
        tuple(rule["markers"]),
        tuple(rule["pair_markers"]),
        tuple(rule["single_not_ending"]),
        tuple(rule["single_not_starting"]),
    )


def syllables(word: str) -> list[str] | None:
    """The Hepburn syllables and units of a Polivanov spelling (any case; ъ marks a boundary),
    the reading with the fewest; ``None`` where the word does not read wholly as them, or a
    unit stands where Polivanov does not write it (a doubled consonant before another
    consonant, м before other than б, п, м, й after и, a word that starts with a unit or й).

    >>> syllables("Кэйсукэ"), syllables("Гумма"), syllables("Сапоро"), syllables("Йоко")
    (['ke', 'i', 'su', 'ke'], ['gu', 'm', 'ma'], ['sa', 'po', 'ro'], None)
    """
    if word[:1] in "йЙ" or "ий" in word.lower():
        return None
    found = _tables()[0].read(word)
    if not found or found[0] in _CONSONANTS:
        return None
    for unit, after in zip(found, [*found[1:], ""], strict=True):
        if unit in _NEXT and not after.startswith(_NEXT[unit]):
            return None
    return found


def hepburn_word(word: str) -> str | None:
    """``word`` (a Polivanov spelling) in Hepburn without macrons, in the word's case; ``None``
    where it does not read wholly as syllables.

    >>> hepburn_word("Миядзаки"), hepburn_word("КЮСЮ"), hepburn_word("Саппоро")
    ('Miyazaki', 'KYUSHU', 'Sapporo')
    """
    found = syllables(word)
    if found is None:
        return None
    out = "".join(found)
    return in_case(word, out)


def has_marker(word: str, *, pair: bool = False) -> bool:
    """Whether ``word`` holds a letter sequence only Polivanov writes (дз before a vowel, цу,
    сю/сё, тя/тю/тё, ё after к, г, р, х, н, м, б, п); with ``pair`` (the word is one of a
    two-word name) a consonant before э counts too.

    >>> has_marker("Миядзаки"), has_marker("Катя"), has_marker("Симонова")
    (True, True, False)
    >>> has_marker("Абэ"), has_marker("Абэ", pair=True)
    (False, True)
    """
    low = word.lower()
    _, markers, pair_markers, _, _ = _tables()
    return any(m in low for m in markers) or (pair and any(m in low for m in pair_markers))


def single_word(word: str) -> str | None:
    """The Hepburn of a word read alone, without a second name word: it holds a marker (not
    only a consonant before э), reads as at least two syllables, and neither ends as Russian
    and Armenian surnames do (-ин, -ян) nor starts as Ukrainian, Polish, Georgian ones
    (Дзюба); else ``None``.

    >>> single_word("Кюсю"), single_word("Мэй"), single_word("Тюрин"), single_word("Дзюба")
    ('Kyushu', None, None, None)
    """
    found = syllables(word)
    low = word.lower()
    if (
        found is None
        or not has_marker(word)
        or low.endswith(_tables()[3])
        or low.startswith(_tables()[4])
        or sum(s not in _CONSONANTS for s in found) < 2
    ):
        return None
    return hepburn_word(word)
