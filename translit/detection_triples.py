"""A language's letter triples, as the language decision (:mod:`translit.detection`) scores
them: ``triples`` in its file of data/detection, ``"__н2345 _на1234 …"`` per million (``_`` the
edge of a word), and ``pairs``, their sums by the last two letters (derived, checked by
tests/test_detect.py). The tables are split and searched, not summed: a process that scores one
text reads 51,000 triples without a loop over them.

    >>> t = Triples("__a100 _ab100 ab_100 __b1 _ba1 ba_1")
    >>> round(t.value("_ab"), 2), t.value("_ax")  # after _a, b: more likely than b alone
    (1.06, 0.0)
"""

from __future__ import annotations

import bisect
import functools
import itertools
import math
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


def _prefix_sum(rows: list[str], prefix: str, width: int) -> int:
    """The sum of the counts of ``rows`` (sorted, each ``width`` letters and a count) whose
    letters start with ``prefix`` (all ``width`` of them: the count of that row, or 0)."""
    lo = bisect.bisect_left(rows, prefix)
    if len(prefix) == width:
        return int(rows[lo][width:]) if lo < len(rows) and rows[lo].startswith(prefix) else 0
    return sum(int(row[width:]) for row in rows[lo : bisect.bisect_left(rows, prefix + _TOP, lo)])


class _Rows(NamedTuple):
    """A triple table as read (:attr:`Triples.rows`): sorted, so that a count, or the sum of the
    triples that start with ``ab``, is a binary search away; and the sums by one letter."""

    triples: list[str]  # "abcN"
    pairs: list[str]  # "bcN": the triples abc summed over a
    c1: dict[str, int]  # c: the triples that end so
    b_total: dict[str, int]  # b: the pairs that start so
    total: int


@functools.cache
def _read_rows(table: str, pairs: str | None) -> _Rows:
    """A triple table and its pairs (None: summed from it), split, sorted (they are in the files
    already: one pass) and summed by letter; a plain model shares its language's."""
    pair_rows = sorted((_pair_sums(table) if pairs is None else pairs).split())
    counts = [int(row[2:]) for row in pair_rows]
    c1: dict[str, int] = {}
    b_total: dict[str, int] = {}
    for row, n in zip(pair_rows, counts, strict=True):
        c1[row[1]] = c1.get(row[1], 0) + n
        b_total[row[0]] = b_total.get(row[0], 0) + n
    return _Rows(sorted(table.split()), pair_rows, c1, b_total, sum(counts))


class Triples:
    """A language's letter triples (``triples`` in its file: ``"__н2345 _на1234 …"`` per million,
    ``_`` the edge of a word; ``pairs``, their sums by the last two letters), as the nats that
    the two letters before a letter add to its frequency: ``log P(c|ab) - log P(c)``, with
    P(c|ab) smoothed toward P(c|b) and that toward P(c). Summed over a text, the letter model
    becomes a letter-trigram model, so that Macedonian ``-ува``/``-ам`` and Bulgarian
    ``-ът``/``-ше`` count where they stand.

    The table is read on the first :meth:`value` (a text decided without scoring never reads
    it) and only split, not summed: a count, or the sum of the triples that start with ``ab``,
    is a binary search of the sorted rows.
    """

    def __init__(
        self, table: str, pairs: str | None = None, fold: str = "", merge: str = ""
    ) -> None:
        self._table = table
        self._pairs = pairs  # None: summed from the table (a file without them, a test)
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
        rows = _read_rows(self._table, self._pairs)
        if not self.into:
            return rows

        def merged(sums: dict[str, int]) -> dict[str, int]:  # a merged letter counts as its own
            out: dict[str, int] = {}
            for x, n in sums.items():
                out[self.into.get(x, x)] = out.get(self.into.get(x, x), 0) + n
            return out

        return rows._replace(c1=merged(rows.c1), b_total=merged(rows.b_total))

    def count(self, letters: str, pairs: bool = False) -> int:
        """The sum of the counts of the triples (or ``pairs``) that start with ``letters``,
        each letter read as those it stands for."""
        rows = self.rows.pairs if pairs else self.rows.triples
        width = 2 if pairs else 3
        if not self.stands:
            return _prefix_sum(rows, letters, width)
        each = (self.stands.get(x, x) for x in letters)
        return sum(_prefix_sum(rows, "".join(p), width) for p in itertools.product(*each))

    def value(self, abc: str) -> float:
        """The nats the two letters before ``abc[2]`` add to it (0.0 for a letter outside the
        table, which the letter model scores)."""
        abc = abc.translate(self.fold)
        rows = self.rows
        p1 = rows.c1.get(abc[2], 0) / rows.total
        if p1 == 0.0:
            return 0.0
        # (every count is a whole number far below 2**53: each sum is exact, as a float too)
        if self.stands:
            pair, triple = self.count(abc[1:], pairs=True), self.count(abc)
        else:  # (the common case, in fewer calls: a first sentence asks 600 values)
            pair, triple = _prefix_sum(rows.pairs, abc[1:], 2), _prefix_sum(rows.triples, abc, 3)
        context = self.contexts.get(abc[:2])
        if context is None:  # (kept: __ and _x begin many triples, and every word)
            context = self.count(abc[:2])
            if context:  # (only the table's own: at most a few thousand, whatever the text)
                self.contexts[abc[:2]] = context
        p2 = (pair + PAIR_PRIOR * p1) / (rows.b_total.get(abc[1], 0) + PAIR_PRIOR)
        p3 = (triple + TRIPLE_PRIOR * p2) / (context + TRIPLE_PRIOR)
        return max(TRIPLE_FLOOR, math.log(p3 / p1))
