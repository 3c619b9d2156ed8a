"""The Latin-script language of a line of text (French, German, English), as glossary apply
reads it, and the ordinary words of those languages that a glossary name or acronym may be
spelled as.

* :func:`language_of`: the language a text's most frequent words give
  (``data/latin_words.toml``, wordfreq's Zipf frequencies: the sum of each language's, decided
  where one leads the next by :data:`MARGIN`, a hundred to one), or ``None`` (undecided).
* :func:`latin_script`: whether fewer than half a text's words are Cyrillic (a Russian line
  quoting "the" or "and" has no Latin-script language to decide).
* :class:`Lines`: that decision for the line around a match, else for the whole text; a line
  is decided once in a process (a bounded memo by its text), and not at all where it is
  mostly Cyrillic.
* :func:`is_ordinary`: a word among a language's most frequent (``Un``: not the UN).
* :func:`homograph`: a one-word name form of ``glossaries/names.csv`` that its own language's
  dictionary lists as a common word (``data/homographs.toml``: German Russe, a Russian;
  English Ruse, a trick).
"""

from __future__ import annotations

import functools
import math
import re
from collections import Counter
from collections.abc import Callable, Iterable

from .._datafiles import load_toml
from ..engine.memo import make_room
from ..engine.native import RUNS_OF, char_table
from ..script import CYRILLIC_BLOCKS, CYRILLIC_CLASS
from .folding import fold

__all__ = [
    "MARGIN",
    "Lines",
    "homograph",
    "is_ordinary",
    "language_of",
    "languages",
    "latin_script",
    "text_language",
]

#: how far (in Zipf units: log10) the best language's sum must lead the next one's for a text
#: to be decided: a hundred to one
MARGIN = 2.0
#: how far around a match :class:`Lines` reads its line, at most (a longer line: a window)
_REACH = 2000


@functools.cache
def _words() -> tuple[tuple[str, ...], tuple[float, ...], dict[str, tuple[float, ...]]]:
    """(the languages, each one's lowest value among its own most frequent words, word → its
    Zipf frequency in each language) of ``data/latin_words.toml``."""
    data = load_toml("latin_words.toml")
    table = {}
    for row in data["words"].split("\n"):
        if row:
            word, *values = row.split()
            table[word] = tuple(map(float, values))
    return tuple(data["langs"]), tuple(data["least"]), table


def languages() -> tuple[str, ...]:
    """The Latin-script languages whose lines are told apart (``data/latin_words.toml``'s).

    >>> languages()
    ('fr', 'de', 'en')
    """
    return _words()[0]


def language_of(words: Iterable[str]) -> str | None:
    """The language of the folded ``words`` (see :func:`~.folding.fold`): the one whose
    frequencies give them the highest sum, where it leads every other by :data:`MARGIN`;
    ``None`` where none does (no frequent word, or words frequent in several).

    >>> language_of("le russe parle".split()), language_of("der russe kam".split())
    ('fr', 'de')
    >>> language_of("the ruse was a trick".split()), language_of("ruse was a trick".split())
    ('en', None)
    """
    known = list(filter(None, map(_words()[2].get, words)))
    return _leader(list(map(sum, zip(*known, strict=True)))) if known else None


def _leader(sums: list[float]) -> str | None:
    """The language whose sum of ``sums`` (one a language) leads every other by
    :data:`MARGIN` (``None``: none does)."""
    second, best = sorted(sums)[-2:]
    return _words()[0][sums.index(best)] if best - second >= MARGIN else None


def text_language(pieces: Iterable[str]) -> str | None:
    """The language of a whole folded text, given in ``pieces`` cut at white space:
    :func:`language_of` of its words where it is a Latin-script text (:func:`latin_script`),
    else ``None``. Each language's sum is taken over the text's words at once
    (:func:`math.fsum`), so that every cut of a text gives the same answer (a long text
    matched a part at a time asks it of the whole text: :meth:`.Matcher.span_parts`).

    >>> text_language(["der russe ", "kam. vlasov."]), text_language(["der russe kam. музей в техасе"])
    ('de', None)
    """
    table = _words()[2]
    known: Counter[str] = Counter()
    cyrillic = count = 0
    for folded in pieces:
        words = folded.split()
        cyrillic += _cyrillic_runs(folded)
        count += len(words)
        known.update(filter(table.__contains__, words))
    if (cyrillic and 2 * cyrillic >= count) or not known:
        return None
    return _leader(
        [math.fsum(table[w][i] * n for w, n in known.items()) for i in range(len(languages()))]
    )


def is_ordinary(word: str, lang: str | None = None) -> bool:
    """Whether ``word`` (any case) is one of the most frequent words of ``lang`` (of any of
    :func:`languages` when ``None``).

    >>> is_ordinary("Un"), is_ordinary("Un", "de"), is_ordinary("Nato")
    (True, False, False)
    """
    langs, least, table = _words()
    values = table.get(word.lower())
    if values is None:
        return False
    return any(
        v >= floor for x, floor, v in zip(langs, least, values, strict=True) if lang in (None, x)
    )


#: a run of the Cyrillic blocks' characters: a word :func:`latin_script` counts (where there
#: is no C module; a stress mark splits a word in two, and so counts it twice: Cyrillic still)
_CYRILLIC_RUN = re.compile(f"[{CYRILLIC_CLASS}]+")


@functools.cache
def _cyrillic_table() -> bytes:
    """The Cyrillic blocks as :data:`~translit.engine.native.RUNS_OF` reads them."""
    return char_table(CYRILLIC_BLOCKS)


def _cyrillic_runs(folded: str) -> int:
    """The number of runs of Cyrillic characters in ``folded`` (its Cyrillic words)."""
    folded = str.__str__(folded)  # (RUNS_OF reads an exact str)
    if RUNS_OF is not None:
        return len(RUNS_OF(folded, _cyrillic_table(), 1))
    return len(_CYRILLIC_RUN.findall(folded))


def latin_script(folded: str, count: int = -1) -> bool:
    """Whether fewer than half the words of the folded text (see :func:`~.folding.fold`) are
    Cyrillic: a line of a Russian text that quotes an English title has no Latin-script
    language, whatever its English words say. ``count``: the number of its words
    (``len(folded.split())``: figures too), where the caller has split it. Its Cyrillic
    words are counted in C where the module is built (one scan, a text without Cyrillic
    found so at no other cost).

    >>> latin_script(fold("Le Russe parle.")), latin_script(fold("Музей (The Arts Museum) в Техасе."))
    (True, False)
    >>> latin_script(fold("McTavish, Fraser and Company (Лондон)"))
    True
    """
    cyrillic = _cyrillic_runs(folded)
    if not cyrillic:
        return True
    return 2 * cyrillic < (count if count >= 0 else len(folded.split()))


_UNSET = "?"
#: :meth:`Lines.at`'s decisions, a line's text → its language (``None``: undecided, ``""``:
#: not a Latin-script line), shared by every text: a line met again (the same text applied
#: again, a heading repeated) is not decided again. At most :data:`_DECIDED_MOST` lines of at
#: most :data:`_DECIDED_LONGEST` characters, the oldest forgotten first (2 M characters at most)
_DECIDED: dict[str, str | None] = {}
_DECIDED_MOST = 1024
_DECIDED_LONGEST = 2048


class Lines:
    """The Latin-script language of each line of one ``text`` (:func:`language_of` of its
    words), else of the whole text, each decided once. A line mostly in Cyrillic
    (:func:`latin_script`) has none, and asks the whole text nothing; nor does a text mostly
    in Cyrillic decide an undecided line.

    >>> lines = Lines("Der Russe kam.\\nVlasov.\\nLe Russe parle, il est arrivé.")
    >>> lines.at(4, 9), lines.at(15, 21), lines.at(26, 31)  # (Vlasov.: the text's, French)
    ('de', 'fr', 'fr')
    >>> Lines("Vlasov.").at(0, 6) is None
    True
    >>> t = "Музей (The Arts Museum) в Техасе.\\nVlasov and the others."
    >>> Lines(t).at(7, 10) is None, Lines(t).at(35, 41)  # (a Russian line; an English one)
    (True, 'en')

    ``padded``: the text's :func:`~.folding.padded`, where the caller has folded it already
    (the same answers, without folding it again):

    >>> from translit.glossary.folding import padded
    >>> t = "Der Russe kam.\\nVlasov.\\nLe Russe parle, il est arrivé."
    >>> Lines(t, padded(t)).at(15, 21), Lines(t, padded(t)).at(4, 9)
    ('fr', 'de')

    ``whole``: where ``text`` is a part of a longer text, the language of that text (asked
    once, where a line does not decide: :func:`text_language` of the whole text).
    """

    def __init__(
        self,
        text: str,
        padded: str | None = None,
        whole: Callable[[], str | None] | None = None,
    ) -> None:
        self._text = text
        # the language of the text ``text`` is a part of, where it is one (asked once, where
        # a line does not decide: :func:`text_language`)
        self._of_whole = whole
        # :func:`~.folding.padded` of ``text`` where the caller has it (glossary apply's
        # matcher does: folding a long text again cost as much as deciding its language)
        self._padded = padded
        self._memo: dict[tuple[int, int], str | None] = {}
        self._whole: str | None = _UNSET
        self._last: tuple[int, int, str | None] = (1, 0, None)  # (the last line's span)

    def at(self, start: int, stop: int) -> str | None:
        """The language of the line holding ``text[start:stop]`` (at most 2,000 characters
        either side), or where that line does not decide, of the whole text; ``None`` where
        neither does, and for a line mostly in Cyrillic."""
        last = self._last  # (the line of the match before: most matches share one)
        got = last[2] if last[0] <= start and stop <= last[1] else self._line(start, stop)
        if got is None:  # (a Latin-script line that does not decide: the whole text's)
            if self._whole is _UNSET:
                whole = self._of_whole
                if whole is None:
                    self._whole = text_language([self._folded(0, len(self._text))])
                else:
                    self._whole = whole()
            return self._whole
        return got or None

    def latin(self, start: int, stop: int) -> bool:
        """Whether the line holding ``text[start:stop]`` is a Latin-script line
        (:func:`latin_script`): in a line mostly in Cyrillic, a word in Latin letters is a
        name or a quotation.

        >>> t = "Чарльз Рихтер (англ.: Charles Richter) -- сейсмолог.\\nDer Richter kam."
        >>> lines = Lines(t)
        >>> lines.latin(30, 37), lines.latin(57, 64), lines.at(30, 37), lines.at(57, 64)
        (False, True, None, 'de')
        """
        return self._line(start, stop) != ""

    def _line(self, start: int, stop: int) -> str | None:
        """The language of the line holding ``text[start:stop]`` alone: ``None`` where it
        does not decide, ``""`` where it is no Latin-script line."""
        last = self._last  # (the line of the match before: most matches share one)
        if last[0] <= start and stop <= last[1]:
            return last[2]
        text = self._text
        low, high = max(start - _REACH, 0), min(stop + _REACH, len(text))
        head = max(text.rfind("\n", low, start), text.rfind("\r", low, start)) + 1 or low
        ends = [x for x in (text.find("\n", stop, high), text.find("\r", stop, high)) if x >= 0]
        tail = min(ends) if ends else high
        first = head if head > low or not low else -1  # (the line's start, if in reach)
        end = tail if ends or high == len(text) else -1
        key = (head, tail)
        try:
            got = self._memo[key]
        except KeyError:
            got = self._memo[key] = self._decided(head, tail)
        if (head, tail) == (first, end):  # (a whole line: its next match is answered so)
            self._last = (head, tail, got)
        return got

    def _decided(self, head: int, tail: int) -> str | None:
        """The language of the line ``text[head:tail]`` (``None``: undecided, ``""``: not a
        Latin-script line), from :data:`_DECIDED` where it was decided before."""
        line = self._text[head:tail]
        got = _DECIDED.get(line, _UNSET)
        if got is _UNSET:
            folded = self._folded(head, tail)
            words = folded.split()
            got = language_of(words) if latin_script(folded, len(words)) else ""
            if len(line) <= _DECIDED_LONGEST:
                make_room(_DECIDED, _DECIDED_MOST, 1)
                _DECIDED[line] = got
        return got

    def _folded(self, start: int, stop: int) -> str:
        """:func:`~.folding.fold` of ``text[start:stop]`` (fold keeps each character's place)."""
        if self._padded is None:
            return fold(self._text[start:stop])
        return self._padded[start + 1 : stop + 1]


@functools.cache
def _homographs() -> dict[str, dict[str, str]]:
    """Folded name form → {language: ``"noun"`` (a noun its dictionary declines: German) or
    ``"word"`` (a word in small letters)} of ``data/homographs.toml``."""
    out: dict[str, dict[str, str]] = {}
    for lang, kinds in load_toml("homographs.toml").items():
        if isinstance(kinds, dict):
            for kind in ("noun", "word"):
                for form in kinds.get(f"{kind}s", "").split():
                    out.setdefault(fold(form), {})[lang] = kind
    return out


def homograph(form: str) -> dict[str, str]:
    """The languages whose dictionary lists the one-word name ``form`` as a common word, each
    with ``"noun"`` (a noun, capitalised as German writes every noun) or ``"word"``; empty for
    most forms.

    >>> homograph("Russe"), homograph("Ruse"), homograph("Moskau")
    ({'de': 'noun'}, {'en': 'word'}, {})
    """
    return _homographs().get(fold(form).strip(), {})
