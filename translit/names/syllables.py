"""A reader of syllable tables: a word written in a Cyrillization of a syllabic language (the
Palladius system of Chinese, the Polivanov system of Japanese, the Kontsevich system of Korean)
cut into the table's syllables. One reader serves :mod:`translit.names.chinese`,
:mod:`translit.names.japanese` and :mod:`translit.names.korean`; the tables are their data
files.

>>> table = SyllableTable({"ма": "ma", "о": "o", "мао": "mao"})
>>> table.read("Мао"), table.read("ма-о"), table.read("Москва")
(['mao'], None, None)
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..script import drop_invisible, drop_stress

__all__ = ["HYPHEN", "SyllableTable", "in_case"]

#: the hyphens between the parts of a name (the ASCII one and U+2010): one home for the
#: syllable readers and the reader conventions
HYPHEN = re.compile("[-\u2010]")


class SyllableTable:
    """Cyrillic spellings of syllables (or other units: a syllabic н, a doubled consonant)
    → their Latin spellings; :meth:`read` cuts a word into them.

    >>> SyllableTable({"си": "shi", "н": "n"}).read("Син")
    ['shi', 'n']
    """

    __slots__ = ("_back", "_boundary", "_longest")

    def __init__(self, back: Mapping[str, str], boundaries: str = "ъ") -> None:
        self._back = dict(back)
        self._longest = max(map(len, self._back), default=0)
        # the signs a system writes between two syllables that would read as one (Сюнъань)
        self._boundary = re.compile(f"[{re.escape(boundaries)}]")

    def read(self, word: str) -> list[str] | None:
        """The Latin spellings of ``word``'s units (any case; a sign of ``boundaries``, ъ unless
        the table says otherwise, marks a syllable boundary), the reading with the fewest units; ``None`` where the word does not read wholly as units of
        the table; stress marks and invisible characters are no part of it).

        >>> SyllableTable({"а": "a", "н": "n", "на": "na"}).read("Анъа")
        ['a', 'n', 'a']
        >>> SyllableTable({"ин": "in"}).read("И\u0301н")
        ['in']
        """
        back, longest = self._back, self._longest
        out: list[str] = []
        for part in self._boundary.split(drop_invisible(drop_stress(word)).lower()):
            n = len(part)
            if not n:
                return None
            best: list[list[str] | None] = [[]] + [None] * n
            for i in range(n):
                here = best[i]
                if here is None:
                    continue
                for j in range(i + 1, min(n, i + longest) + 1):
                    syl = back.get(part[i:j])
                    there = best[j]
                    if syl is not None and (there is None or len(here) + 1 < len(there)):
                        best[j] = [*here, syl]
            found = best[n]
            if found is None:
                return None
            out.extend(found)
        return out


def in_case(word: str, latin: str) -> str:
    """``latin`` (a reading of ``word``, in small letters) in ``word``'s case: capitals for a
    word in capitals, a capital first for a capitalised one.

    >>> in_case("МАО", "mao"), in_case("Цзэдун", "zedong"), in_case("сяо", "xiao")
    ('MAO', 'Zedong', 'xiao')
    """
    if len(word) > 1 and word.isupper():
        return latin.upper()
    return latin[:1].upper() + latin[1:] if word[:1].isupper() else latin
