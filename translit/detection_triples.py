"""A language's letter triples, as the language decision (:mod:`translit.detection`) scores
them: ``triples`` in its file of data/detection, ``"__н2345 _на1234 …"`` per million (``_`` the
edge of a word), ``pairs``, their sums by the last two letters, and ``letters``, the pairs'
sums by letter (both derived, checked by tests/test_detect.py). The tables are searched line
by line, not summed or split whole: a process that scores one text splits a few hundred of
their 3,000 lines.

    >>> t = Triples("__a100 _ab100 ab_100 __b1 _ba1 ba_1")
    >>> round(t.value("_ab"), 2), t.value("_ax")  # after _a, b: more likely than b alone
    (1.06, 0.0)
"""

from __future__ import annotations

import bisect
import functools
import itertools
import math
from collections.abc import Iterator
from typing import NamedTuple

__all__ = ["PAIR_PRIOR", "TRIPLE_FLOOR", "TRIPLE_PRIOR", "Triples"]

PAIR_PRIOR = 50.0  # per million: the pseudo-count that smooths P(c|b) toward P(c)
TRIPLE_PRIOR = 20.0  # per million: the pseudo-count that smooths P(c|ab) toward P(c|b)
TRIPLE_FLOOR = -5.0  # nats: the most one letter can cost
_TOP = "\U0010ffff"  # above every letter: the rows that start with p sort in [p, p + _TOP)


def _pair_sums(table: str) -> str:
    """The ``pairs`` of a ``triples`` table (both in a file of data/detection): each letter pair
    ``bc`` with the sum of the counts of the triples ``abc``, sorted. The files hold it so that
    scoring need not sum 51 000 triples first; tests/test_detect.py checks that it matches, and
    ``python -m bench.bench_detect --pairs LANG`` writes it.

    >>> _pair_sums("__a100 _ab100 ab_100 _ba1 xab3")
    '_a100 ab103 b_100 ba1'
    """
    sums: dict[str, int] = {}
    for row in table.split():
        sums[row[1:3]] = sums.get(row[1:3], 0) + int(row[3:])
    return " ".join(f"{bc}{n}" for bc, n in sorted(sums.items()))


def _letter_sums(pairs: str) -> str:
    """The ``letters`` of a ``pairs`` line (both in a file of data/detection): each letter ``x``
    with the sums of the pairs that start with it and of those that end with it (the triples
    with ``x`` in the middle, at the end), ``xB/C``, sorted. The files hold them so that scoring
    need not sum 6,600 pairs first; tests/test_detect.py checks that they match.

    >>> _letter_sums("_a100 ab103 b_100 ba1")
    '_100/100 a103/101 b101/103'
    """
    middle: dict[str, int] = {}
    last: dict[str, int] = {}
    for row in pairs.split():
        middle[row[0]] = middle.get(row[0], 0) + int(row[2:])
        last[row[1]] = last.get(row[1], 0) + int(row[2:])
    return " ".join(f"{x}{middle.get(x, 0)}/{last.get(x, 0)}" for x in sorted({*middle, *last}))


class _Sorted:
    """Sorted rows, each ``width`` letters and a count, kept as the lines of the file's value
    (rows separated by spaces): a line is split into its rows when a search first lands on it,
    so a process that scores a few words splits a few dozen of the 3,000 lines of the tables,
    not their 51,000 rows. Once a quarter of its lines are split, the table is split whole
    (``whole``: a line a row) and searched so; once searched a quarter as many times as it has
    rows (a long run; making a dict of them costs about that many searches), a row's count is
    read from a dict. A long run pays for the whole table at most once and a quarter."""

    def __init__(self, lines: list[str], width: int, whole: bool = False) -> None:
        self.lines = lines
        self.width = width
        self.whole = whole  # each line is one row
        self._rows: dict[int, list[str]] = {}  # line number: its rows (before whole)
        self._searches = 0  # of the whole table, before its dict
        self._counts: dict[str, int] = {}  # each row's letters, its count (searched enough)

    def __iter__(self) -> Iterator[str]:
        return iter(self.lines) if self.whole else (r for line in self.lines for r in line.split())

    def _line(self, i: int) -> list[str]:
        rows = self._rows[i] = self.lines[i].split()
        return rows

    def _now_whole(self) -> bool:
        """Whether the table is split whole, which it is once a quarter of its lines are."""
        if 4 * len(self._rows) > len(self.lines):
            self.lines, self.whole, self._rows = " ".join(self.lines).split(), True, {}
        return self.whole

    def get(self, key: str) -> int:
        """The count of the row of the ``width`` letters ``key`` (0: none)."""
        if self._counts:
            return self._counts.get(key, 0)
        width = self.width
        if self.whole or self._now_whole():
            rows = self.lines
            self._searches += 1
            if 4 * self._searches > len(rows):
                self._counts = {row[:width]: int(row[width:]) for row in rows}
            i = bisect.bisect_left(rows, key)
            return int(rows[i][width:]) if i < len(rows) and rows[i].startswith(key) else 0
        # a line sorts as its first row: key's row is the first of the first line at or above
        # key, or one of the line before
        lines = self.lines
        i = bisect.bisect_left(lines, key)
        if i == len(lines) or not lines[i].startswith(key):
            i -= 1
            if i < 0:
                return 0
        rows = self._rows.get(i) or self._line(i)
        j = bisect.bisect_left(rows, key)
        return int(rows[j][width:]) if j < len(rows) and rows[j].startswith(key) else 0

    def sum(self, prefix: str) -> int:
        """The sum of the counts of the rows whose letters start with ``prefix`` (all ``width``
        of them: :meth:`get`)."""
        if len(prefix) == self.width:
            return self.get(prefix)
        whole = self.whole or self._now_whole()
        # the rows of prefix begin in the line before the first line at or above it (or that
        # line's first row) and end before the first line at or above prefix + _TOP
        lines, width = self.lines, self.width
        lo = bisect.bisect_left(lines, prefix)
        hi = bisect.bisect_left(lines, prefix + _TOP, lo)
        if whole:
            return sum(int(row[width:]) for row in lines[lo:hi])
        total = 0
        for i in range(max(lo - 1, 0), hi):
            rows = self._rows.get(i) or self._line(i)
            j = bisect.bisect_left(rows, prefix)
            while j < len(rows) and rows[j].startswith(prefix):
                total += int(rows[j][width:])
                j += 1
        return total


class _Rows(NamedTuple):
    """A triple table as read (:attr:`Triples.rows`): sorted, so that a count, or the sum of the
    triples that start with ``ab``, is a binary search away; and the sums by one letter."""

    triples: _Sorted  # "abcN"
    pairs: _Sorted  # "bcN": the triples abc summed over a
    c1: dict[str, int]  # c: the triples that end so
    b_total: dict[str, int]  # b: the pairs that start so
    total: int


def _read_rows(table: str, pairs: str | None, letters: str | None) -> _Rows:
    """A triple table, its pairs and its letters' sums (None: summed from it), as the files
    hold them: sorted and wrapped (tests/test_detect.py checks the order). A table without
    pairs (a test's) is split and sorted, a row a line."""
    whole = pairs is None
    if pairs is None:
        pairs = _pair_sums(table)
        rows, pair_rows = sorted(table.split()), pairs.split()
    else:
        rows, pair_rows = table.splitlines(), pairs.splitlines()
    c1: dict[str, int] = {}
    b_total: dict[str, int] = {}
    for item in (_letter_sums(pairs) if letters is None else letters).split():
        middle, last = map(int, item[1:].split("/"))
        if middle:
            b_total[item[0]] = middle
        if last:
            c1[item[0]] = last
    triples, pair_sums = _Sorted(rows, 3, whole), _Sorted(pair_rows, 2, whole)
    return _Rows(triples, pair_sums, c1, b_total, sum(c1.values()))


class Triples:
    """A language's letter triples (``triples`` in its file: ``"__н2345 _на1234 …"`` per million,
    ``_`` the edge of a word; ``pairs``, their sums by the last two letters), as the nats that
    the two letters before a letter add to its frequency: ``log P(c|ab) - log P(c)``, with
    P(c|ab) smoothed toward P(c|b) and that toward P(c). Summed over a text, the letter model
    becomes a letter-trigram model, so that Macedonian ``-ува``/``-ам`` and Bulgarian
    ``-ът``/``-ше`` count where they stand.

    The table is read on the first :meth:`value` (a text decided without scoring never reads
    it) and neither summed nor split whole: a count, or the sum of the triples that start with
    ``ab``, is a binary search of the sorted lines, then of the rows of the line it lands on.
    """

    def __init__(
        self,
        table: str,
        pairs: str | None = None,
        fold: str = "",
        merge: str = "",
        letters: str | None = None,
    ) -> None:
        self._table = table
        self._pairs = pairs  # None: summed from the table (a file without them, a test)
        self._letters = letters  # the pairs summed by letter (None: summed from the pairs)
        self._fold = fold
        self._shared: Triples | None = None  # the table whose rows it reads (:meth:`merged`)
        # letters the table reads as others (Russian ё as е: the word lists mostly write е)
        self.fold = str.maketrans(fold[0::2], fold[1::2])
        # merge: letter pairs whose first the table counts as the second (a plain model): each
        # letter stands for the letters counted as it (а: а ә), a merged one for none (ә)
        self.into = dict(zip(merge[0::2], merge[1::2], strict=True))
        into = self.into
        self.contexts: dict[str, int] = {}  # ab: the sum of the triples that start so (kept)
        self.stands = {
            x: "".join(y for y in (x, *into) if into.get(y, y) == x)
            for x in {*into, *into.values()}
        }

    @functools.cached_property
    def rows(self) -> _Rows:
        """The table, split and sorted, and the sums by letter (a plain model's merged)."""
        if self._shared is not None:
            rows = self._shared.rows
        else:
            rows = _read_rows(self._table, self._pairs, self._letters)
        if not self.into:
            return rows

        def merged(sums: dict[str, int]) -> dict[str, int]:  # a merged letter counts as its own
            out: dict[str, int] = {}
            for x, n in sums.items():
                out[self.into.get(x, x)] = out.get(self.into.get(x, x), 0) + n
            return out

        return rows._replace(c1=merged(rows.c1), b_total=merged(rows.b_total))

    def merged(self, merge: str) -> Triples:
        """This table read with the letter pairs of ``merge`` merged (a plain model: ``"әа"``,
        ә counted as а), sharing its rows as read (a cache keyed by the tables' text would hash
        their 500,000 characters).

        >>> t = Triples("__a100 _ab100 ab_100 __b1 _ba1 ba_1")
        >>> t.merged("ba").value("_aa") > t.value("_aa")  # b read as a: _aa is _ab
        True
        """
        out = Triples(self._table, self._pairs, self._fold, merge, self._letters)
        out._shared = self._shared or self
        return out

    def count(self, letters: str, pairs: bool = False) -> int:
        """The sum of the counts of the triples (or ``pairs``) that start with ``letters``,
        each letter read as those it stands for."""
        rows = self.rows.pairs if pairs else self.rows.triples
        if not self.stands:
            return rows.sum(letters)
        each = (self.stands.get(x, x) for x in letters)
        return sum(rows.sum("".join(p)) for p in itertools.product(*each))

    def value(self, abc: str) -> float:
        """The nats the two letters before ``abc[2]`` add to it (0.0 for a letter outside the
        table, which the letter model scores)."""
        abc = abc.translate(self.fold)
        rows = self.rows
        p1 = rows.c1.get(abc[2], 0) / rows.total
        if p1 == 0.0:
            return 0.0
        # (every count is a whole number far below 2**53: each sum is exact, as a float too)
        if not self.stands.keys().isdisjoint(abc):  # (a merged letter: its letters summed)
            pair, triple = self.count(abc[1:], pairs=True), self.count(abc)
        else:  # (the common case, in fewer calls: a first sentence asks 600 values)
            pair, triple = rows.pairs.get(abc[1:]), rows.triples.get(abc)
        context = self.contexts.get(abc[:2])
        if context is None:  # (kept: __ and _x begin many triples, and every word)
            context = self.count(abc[:2])
            if context:  # (only the table's own: at most a few thousand, whatever the text)
                self.contexts[abc[:2]] = context
        p2 = (pair + PAIR_PRIOR * p1) / (rows.b_total.get(abc[1], 0) + PAIR_PRIOR)
        p3 = (triple + TRIPLE_PRIOR * p2) / (context + TRIPLE_PRIOR)
        return max(TRIPLE_FLOOR, math.log(p3 / p1))
