"""Japanese names as Russian texts write them, in the Polivanov system (Синдзо Абэ, Хаяо
Миядзаки, Кюсю), read back as the Hepburn spelling without macrons that readers of English,
German and French print (Shinzo Abe, Hayao Miyazaki, Kyushu): what
:class:`translit.names.conventions.TargetRomanizer` writes for them.

The knowledge is ``translit/data/names/japanese.toml``: the syllable table (every kana syllable
in Hepburn with its Polivanov spelling; the spellings are unique, so it reads both ways), the
units Polivanov writes beside them (н, м, й, a doubled consonant), and the markers: letter
sequences only Polivanov writes. A word is read when it reads wholly as syllables and units;
which words are read (a name holding a marker) is the caller's rule.

A name without a marker is read when one of its two words is a common Japanese given name
(``translit/data/names/japanese_given.csv``: Hepburn only, from a published list; a word is
compared by reading it through the syllable table, :func:`listed_given`) and the other reads as
syllables (:func:`named_pair`): Ёсимаса Хаяси → Yoshimasa Hayashi. Names the press prints
otherwise (Акира Куросава → Akira Kurosawa: Акира is also a form of a Russian name, Куросава a
surname of the dictionary) are rows of glossaries/names.csv, which are looked up first.

>>> hepburn_word("Синдзо"), hepburn_word("Дзюнъитиро"), hepburn_word("Хоккайдо")
('Shinzo', 'Junichiro', 'Hokkaido')
>>> hepburn_word("Москва") is None, has_marker("Кюсю"), has_marker("Мураками")
(True, True, False)
"""

from __future__ import annotations

import functools

from .. import _datafiles as datafiles
from .syllables import SyllableTable, in_case

__all__ = [
    "given_names",
    "has_marker",
    "hepburn_word",
    "listed_given",
    "named_pair",
    "polivanov",
    "press_form",
    "single_word",
    "syllables",
]

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


@functools.lru_cache(maxsize=1 << 14)  # (every capitalised word of a Russian text asks)
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


@functools.lru_cache(maxsize=1 << 14)  # (asked of each capitalised word the syllables read)
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


def press_form(latin: str) -> str:
    """A Hepburn spelling (small letters) as the readers' press prints it without macrons: a
    long o (ou, as kana and wāpuro romaji write it) as o, a long u (uu) as u; the form the given
    names of ``japanese_given.csv`` are kept in and compared in.

    >>> press_form("shoutarou"), press_form("yuu"), press_form("keisuke")
    ('shotaro', 'yu', 'keisuke')
    """
    return latin.replace("ou", "o").replace("uu", "u")


@functools.cache
def given_names() -> frozenset[str]:
    """The Japanese given names of ``data/names/japanese_given.csv`` (the popular given names of
    a published list), in :func:`press_form`."""
    return frozenset(
        press_form(row["hepburn"]) for row in datafiles.read_table("names", "japanese_given.csv")
    )


def listed_given(word: str) -> bool:
    """Whether ``word``, a Polivanov spelling, reads (by the syllable table) as a Japanese given
    name of ``japanese_given.csv``: Харуки, Хироси, Юкио, Юуки (a long u: yuki); not Мураками.

    >>> listed_given("Харуки"), listed_given("Юуки"), listed_given("Мураками")
    (True, True, False)
    """
    found = syllables(word)
    return found is not None and press_form("".join(found)) in given_names()


@functools.cache
def _writer() -> tuple[SyllableTable, frozenset[str]]:
    """The syllable table turned round (Hepburn → Polivanov) with the units' consonants (the
    first Cyrillic letter of each: т, not ц, for t), and the Polivanov spellings that end in a
    vowel."""
    data = datafiles.load_toml("names", "japanese.toml")
    forward = {str(hep): str(cyr) for hep, cyr in data["syllables"].items()}
    for cyr, hep in data["units"].items():
        if hep in _CONSONANTS:
            forward.setdefault(str(hep), str(cyr))
    vowels = frozenset(c for c in forward.values() if c[-1] in "аиуэояюё")
    return SyllableTable(forward, boundaries="'"), vowels


def polivanov(hepburn: str) -> str | None:
    """``hepburn`` (any case, without macrons) written in the Polivanov system by the syllable
    table, in the word's case: the reading with the fewest units, и after a vowel as й, a
    doubled t before ts as ц, an apostrophe as ъ (Shin'ya: Синъя); ``None`` where it does not
    read wholly as syllables. Hepburn without an apostrophe does not mark the syllabic n before
    a vowel or y (Shinya: しんや or しにゃ), which is then written as the syllable it reads as
    (Синя, not Синъя); both read back as ``hepburn``.

    >>> polivanov("Shinzo"), polivanov("Keisuke"), polivanov("Hokkaido"), polivanov("London")
    ('Синдзо', 'Кэйсукэ', 'Хоккайдо', None)
    """
    table, vowels = _writer()
    parts = []
    for piece in hepburn.split("'"):  # (Shin'ya: the apostrophe is Polivanov's ъ, Синъя)
        found = table.read(piece)
        if found is None:
            return None
        parts.append(
            "".join(
                "й" if u == "и" and i and found[i - 1] in vowels and found[i - 1][-1] != "и" else u
                for i, u in enumerate(found)
            )
        )
    return in_case(hepburn, "ъ".join(parts).replace("тц", "цц"))


def named_pair(given: str, other: str) -> bool:
    """Whether ``given`` reads as a listed Japanese given name (:func:`listed_given`) and
    ``other`` as syllables that do not end as Russian and Armenian surnames do (-ин, -ян: Аки
    Бакунин, Аки Акопян are no Japanese names): the shape of a Japanese name without a marker.
    Which words are Russian ones is the caller's question.

    >>> named_pair("Харуки", "Мураками"), named_pair("Мураками", "Харуки")
    (True, False)
    >>> named_pair("Аки", "Бакунин"), named_pair("Харуки", "Москва")
    (False, False)
    """
    return (
        listed_given(given)
        and syllables(other) is not None
        and not other.lower().endswith(_tables()[3])
    )
