"""The C engine (``translit._speedups.Engine``, from ``src/_speedups.c``), when it is built.

``ENGINE`` is the type, or ``None`` when the extension is absent (installed without a C
compiler), speaks another API version, or ``TRANSLIT_PURE_PYTHON=1`` is set: the interpreter
then converts everything, with the same output. ``BACKEND`` says which ("native" or "python").
:func:`changed_lines` counts the lines a transform changed, in C when the module is there;
``FIRST_OF`` (or ``None``) finds the first character of a text in a set given by
:func:`char_table`, for scans that a regex character class does ten times slower, and
``RUNS_OF`` (or ``None``) the runs of such characters; ``MAP_CHARS`` (or ``None``) writes each
character of a text as a table indexed by code point gives it (glossary apply's fold);
:func:`table_hits` reads a table of patterns keyed by first word at a text's words (the
glossary matcher's case forms) and :func:`pairs_known` checks a text's words and word pairs
against those seen before, in C when the module is there.
Where the source tree shadows an installed copy (tests run from the repository root), the
compiled module is found beside the installed package (:func:`_installed_speedups`).
"""

from __future__ import annotations

import itertools
import operator
import os
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from functools import cache
from typing import Any

from ..script import Form, char_class, unstable

__all__ = [
    "API_VERSION",
    "BACKEND",
    "ENGINE",
    "FIRST_OF",
    "MAP_CHARS",
    "RUNS_OF",
    "changed_lines",
    "char_table",
    "is_normal",
    "normal",
    "pairs_known",
    "screened",
    "table_hits",
    "unstable_spans",
]

API_VERSION = 20  # the C module's API_VERSION this engine speaks


def pure_python_asked(value: str | None = None) -> bool:
    """Whether ``TRANSLIT_PURE_PYTHON`` (or ``value``) asks for the interpreter alone: ``1``,
    ``true``, ``yes``, ``on``; unset, empty, ``0``, ``false``, ``no``, ``off`` do not (``false``
    and ``no`` did); anything else is a :class:`~translit.errors.ParameterError` saying what
    to write.

    >>> pure_python_asked("no"), pure_python_asked(" TRUE")
    (False, True)
    >>> pure_python_asked("maybe")
    Traceback (most recent call last):
    translit.errors.ParameterError: TRANSLIT_PURE_PYTHON='maybe' is not a yes or a no: set it to 1 (the Python interpreter alone) or 0 (the C engine when it is built), or unset it
    """
    if value is None:
        value = os.environ.get("TRANSLIT_PURE_PYTHON", "")
    word = value.strip().lower()
    if word in ("", "0", "false", "no", "off"):
        return False
    if word in ("1", "true", "yes", "on"):
        return True
    from ..errors import ParameterError, shown

    raise ParameterError(
        f"TRANSLIT_PURE_PYTHON={shown(value)} is not a yes or a no: set it to 1 (the Python "
        "interpreter alone) or 0 (the C engine when it is built), or unset it"
    )


def _native() -> Any:
    """``translit._speedups``, or None (absent, another API version, or pure Python asked)."""
    if pure_python_asked():
        return None
    try:
        import translit._speedups as native  # (the C extension: no Python module of ours)
    except ImportError:
        native = _installed_speedups()
        if native is None:  # built without a C compiler: the interpreter does the same job
            return None
    return native if getattr(native, "API_VERSION", 0) == API_VERSION else None


def _installed_speedups() -> Any:
    """``translit/_speedups*.so`` of another ``translit`` on ``sys.path`` (the installed one
    when this package is a source tree that shadows it), loaded as ``translit._speedups``."""
    import sys
    from importlib.machinery import EXTENSION_SUFFIXES, ExtensionFileLoader
    from importlib.util import module_from_spec, spec_from_loader

    # (os.path, not pathlib: this runs at every start of a source tree's command line)
    here = os.path.dirname(os.path.dirname(os.path.realpath(__file__)))
    for entry in sys.path:
        folder = os.path.join(os.path.realpath(entry or "."), "translit")
        if folder == here or not os.path.isdir(folder):
            continue
        for suffix in EXTENSION_SUFFIXES:
            path = os.path.join(folder, f"_speedups{suffix}")
            if os.path.isfile(path):
                loader = ExtensionFileLoader("translit._speedups", path)
                spec = spec_from_loader("translit._speedups", loader)
                if spec is None:
                    continue
                module = module_from_spec(spec)
                loader.exec_module(module)
                sys.modules["translit._speedups"] = module
                return module
    return None


def changed_lines(a: str, b: str) -> int:
    """How many lines ``b`` changed from ``a``: with both cut at ``"\\n"`` only, the larger
    number of pieces when the numbers differ, else the number of places whose pieces differ.

    >>> changed_lines("ab\\ncd\\n", "ab\\nCD\\n"), changed_lines("a\\nb", "a b")
    (1, 2)

    In C (no string made per line) for two exact ``str``, else :func:`_changed_lines_reference`.
    """
    if _CHANGED_LINES is not None and type(a) is str and type(b) is str:
        n: int = _CHANGED_LINES(a, b)
        return n
    return _changed_lines_reference(a, b)


def _changed_lines_reference(a: str, b: str) -> int:
    """:func:`changed_lines` in Python: the reference the C function is tested against."""
    if a == b:
        return 0
    old, new = a.split("\n"), b.split("\n")
    if len(old) != len(new):
        return max(len(old), len(new))
    return sum(map(operator.ne, old, new))


_NATIVE = _native()
ENGINE = _NATIVE.Engine if _NATIVE is not None else None
BACKEND = "native" if ENGINE is not None else "python"  # what new Romanizers run on
_CHANGED_LINES = _NATIVE.changed_lines if _NATIVE is not None else None
#: ``first_of(text, table)`` in C: the index of the first character of ``text`` whose code
#: point is set in ``table`` (:func:`char_table`), or -1; None without the C module, where a
#: regex character class does the same job (:func:`_first_of_reference` is the reference)
FIRST_OF: Callable[[str, bytes], int] | None = _NATIVE.first_of if _NATIVE is not None else None
#: ``runs_of(text, table, least)`` in C: (start, end) of each longest run of ``least`` or more
#: characters of ``text`` in ``table`` (:func:`char_table`), in order; None without the C
#: module, where a regex character class with a repeat does the same job
#: (:func:`_runs_of_reference` is the reference)
RUNS_OF: Callable[[str, bytes, int], list[tuple[int, int]]] | None = (
    _NATIVE.runs_of if _NATIVE is not None else None
)
#: ``map_chars(text, table)`` in C: ``(out, runs)``, ``text`` with each character whose code
#: point ``c`` is below ``len(table)`` and whose ``table[c]`` is not ``"\0"`` written as
#: ``table[c]``, the others kept, and ``runs``, (start, end) of each run of those kept, in
#: order; None without the C module (:func:`_map_chars_reference` is the reference)
MAP_CHARS: Callable[[str, str], tuple[str, list[tuple[int, int]]]] | None = (
    _NATIVE.map_chars if _NATIVE is not None else None
)
_TABLE_HITS = _NATIVE.table_hits if _NATIVE is not None else None
_PAIRS_KNOWN = _NATIVE.pairs_known if _NATIVE is not None else None

#: a table value of :func:`table_hits`: (second word or "", pattern length, …), flat
Pairs = tuple[str | int, ...]
#: a table of :func:`table_hits`: first word → its pairs, or (a first word of many second
#: words) a dict second word or "" → the pairs of that second word
Table = dict[str, Pairs | dict[str, Pairs]]


def table_hits(
    text: str, words: tuple[str, ...], table: Table, keys: dict[str, int]
) -> list[tuple[int, int]]:
    """(end, index) of the patterns of ``table`` that ``keys`` holds, read at the ``words`` of
    ``text``, which holds no white space but spaces (``words`` is ``tuple(text.split())``).

    A pattern starts at the space before a word (``at``) that has a space after it too and
    is a key of ``table``: each (second, size) pair of its value whose second is "" or the
    text's next word gives ``text[at:at + size]`` (when it lies in the text), and where
    ``keys`` holds that, ``(at + size - 1, keys[it])``: in order of their ends (then of the
    words: at one end, the longest first). A value may be a dict of such tuples by second
    word, of which only those of "" and of the next word are read: a first word of thousands
    of second words then costs two look-ups, not a pass over its pairs. In C for the exact
    types (no pattern or rule of its own there), else :func:`_table_hits_reference`.

    >>> text = " la armée rouge  la "
    >>> table = {"la": ("", 4, "armée", 16), "rouge": ("", 7)}
    >>> keys = {" la ": 0, " la armée rouge ": 1}
    >>> table_hits(text, tuple(text.split()), table, keys)
    [(3, 0), (15, 1), (19, 0)]
    >>> by_second = {"": ("", 4), "armée": ("armée", 16), "blanche": ("blanche", 18)}
    >>> table_hits(text, tuple(text.split()), table | {"la": by_second}, keys)
    [(3, 0), (15, 1), (19, 0)]
    """
    if (
        _TABLE_HITS is not None
        and type(text) is str
        and type(words) is tuple
        and type(table) is dict
        and type(keys) is dict
    ):
        hits: list[tuple[int, int]] = _TABLE_HITS(text, words, table, keys)
        return hits
    return _table_hits_reference(text, words, table, keys)


def pairs_known(words: tuple[str, ...], follows: dict[str, dict[str, None] | None]) -> bool:
    """Whether every one of ``words`` is a key of ``follows`` (the words seen) and each whose
    value is a dict (the words seen after it) is followed by a key of it, or is the last word.

    >>> follows = {"красная": {"армия": None}, "армия": None, "и": None}
    >>> pairs_known(("красная", "армия", "и", "красная"), follows)
    True
    >>> pairs_known(("красная", "площадь"), follows), pairs_known(("и", "площадь"), follows)
    (False, False)

    In C for the exact types, else :func:`_pairs_known_reference`.
    """
    if _PAIRS_KNOWN is not None and type(words) is tuple and type(follows) is dict:
        known: bool = _PAIRS_KNOWN(words, follows)
        return known
    return _pairs_known_reference(words, follows)


def _pairs_known_reference(
    words: tuple[str, ...], follows: dict[str, dict[str, None] | None]
) -> bool:
    """:func:`pairs_known` in Python: the reference the C function is tested against (the
    words looked up by ``map``, those with a dict picked by ``itertools.compress``, each pair
    looked up by ``map``)."""
    if not follows.keys() >= set(words):
        return False
    after: list[Any] = list(map(follows.__getitem__, words))
    lead = [a is not None for a in after]
    firsts = itertools.compress(after, lead)
    return all(map(dict.__contains__, firsts, itertools.compress(words[1:], lead)))


def _table_hits_reference(
    text: str, words: tuple[str, ...], table: Table, keys: dict[str, int]
) -> list[tuple[int, int]]:
    """:func:`table_hits` in Python: the reference the C function is tested against (the words
    that start a pattern picked in C by ``itertools.compress``; each one's place is the next
    " word " after the one before, as a word between them equal to it would be one too; of a
    dict value, the pairs of "" and then of the next word)."""
    out = []
    n, count = len(text), len(words)
    skip = int(text[:1] != " ")  # (a first word without a space before it starts none)
    at = 0
    firsts = map(table.__contains__, itertools.islice(words, skip, None))
    for i in itertools.compress(range(skip, count), firsts):
        word = words[i]
        at = text.find(f" {word} ", at)
        if at < 0:  # (the last word, no space after it: no pattern ends there)
            break
        after = words[i + 1] if i + 1 < count else None
        pairs: Any = table[word]
        if type(pairs) is dict:  # (a first word of many second words)
            pairs = pairs.get("", ()) + (pairs.get(after, ()) if after is not None else ())
        for k in range(0, len(pairs), 2):
            if pairs[k] and pairs[k] != after:
                continue
            size: Any = pairs[k + 1]
            if at + size <= n:  # (a slice cut short by the text's end is no pattern)
                idx = keys.get(text[at : at + size])
                if idx is not None:
                    out.append((at + size - 1, idx))
        at += len(word) + 1
    out.sort(key=operator.itemgetter(0))  # (stable: the words' order at one end)
    return out


def _map_chars_reference(text: str, table: str) -> tuple[str, list[tuple[int, int]]]:
    """``MAP_CHARS`` in Python: the reference the C function is tested against."""
    out = []
    runs: list[tuple[int, int]] = []
    for i, ch in enumerate(text):
        c = ord(ch)
        image = table[c] if c < len(table) else "\0"
        if image != "\0":
            out.append(image)
            continue
        out.append(ch)
        if runs and runs[-1][1] == i:
            runs[-1] = (runs[-1][0], i + 1)
        else:
            runs.append((i, i + 1))
    return "".join(out), runs


def char_table(ranges: Iterable[tuple[int, int]]) -> bytes:
    """The bitmap of the code points of ``ranges`` (inclusive pairs) that :data:`FIRST_OF`
    reads: bit ``c & 7`` of byte ``c >> 3``, as long as the highest code point needs.

    >>> char_table([(0x41, 0x43), (0x49, 0x49)]).hex()
    '00000000000000000e02'
    """
    pairs = list(ranges)
    table = bytearray((max((b for _, b in pairs), default=-1) >> 3) + 1)
    for a, b in pairs:
        first, last = (a + 7) >> 3, (b + 1) >> 3  # the whole bytes inside the range, at once
        if first < last:
            table[first:last] = b"\xff" * (last - first)
        for c in (*range(a, min(b + 1, first << 3)), *range(max(a, last << 3), b + 1)):
            table[c >> 3] |= 1 << (c & 7)
    return bytes(table)


def _first_of_reference(text: str, table: bytes) -> int:
    """``FIRST_OF`` in Python: the reference the C function is tested against."""
    limit = len(table) * 8
    for i, ch in enumerate(text):
        c = ord(ch)
        if c < limit and table[c >> 3] >> (c & 7) & 1:
            return i
    return -1


def _runs_of_reference(text: str, table: bytes, least: int) -> list[tuple[int, int]]:
    """``RUNS_OF`` in Python: the reference the C function is tested against."""
    limit = len(table) * 8
    inside = [c < limit and table[c >> 3] >> (c & 7) & 1 for c in map(ord, text)]
    out = []
    start = None
    for i, yes in enumerate([*inside, False]):
        if yes and start is None:
            start = i
        elif not yes and start is not None:
            if i - start >= max(least, 1):
                out.append((start, i))
            start = None
    return out


_PIECE = 4096  # characters FIRST_OF reads at a time when it looks on from an offset
_SHORT = 64  # at most this long, a text is checked by unicodedata at once (a microsecond at
# worst, against the scan's fixed cost of about one)


_RENT = 1 << 17  # characters left to unicodedata alone before the screen is built (screened)
_rented = [0]  # characters left to unicodedata alone so far


def screened(n: int) -> bool:
    """Whether to look for :func:`unstable_spans` in a text of ``n`` more characters, rather
    than leave it whole to ``unicodedata``. Building the screen costs about 5 ms (reading
    ``data/unstable.toml``, making the bitmap), what ``unicodedata`` spends on some 110,000
    characters at its worst (a text with a mark: 44 ns a character, against 1.4 without): a
    process leaves its first :data:`_RENT` characters to ``unicodedata``, so a short run never
    pays for the screen and a long one soon has it (never more than twice the cheaper way)."""
    if _rented[0] >= _RENT:
        return True
    _rented[0] += n
    return False


@cache
def _screen(form: Form) -> bytes:
    """The bitmap (for :data:`FIRST_OF`) of :func:`translit.script.unstable` ``(form)``,
    built on first use."""
    return char_table(unstable(form))


@cache
def _screen_rx(form: Form) -> re.Pattern[str]:
    """The regex of :func:`translit.script.unstable` ``(form)``, for where there is no C
    module (compiling it costs milliseconds: never where :data:`FIRST_OF` is)."""
    return re.compile(f"[{char_class(unstable(form))}]+")


def unstable_spans(text: str, form: Form) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of the pieces of ``text`` that ``form`` may change, in order: each run
    of :func:`~translit.script.unstable` characters with the character before it (which a mark
    may compose with). ``text`` is in ``form`` exactly when each piece is (the characters
    between them neither change nor reach across: see :func:`is_normal`).

    >>> list(unstable_spans("Вла\\u0301сов и Ёлка", "NFC")), list(unstable_spans("Ёлка", "NFD"))
    ([(2, 4)], [(0, 1)])
    """
    text = str.__str__(text)  # (FIRST_OF reads an exact str)
    if FIRST_OF is None:
        for m in _screen_rx(form).finditer(text):
            yield max(m.start() - 1, 0), m.end()
        return
    table = _screen(form)
    n, limit = len(text), len(table) * 8
    pos = 0
    while pos < n:
        stop = min(n, pos + _PIECE)
        i = FIRST_OF(text[pos:stop] if pos or stop < n else text, table)
        if i < 0:
            pos = stop
            continue
        start = end = pos + i
        while end < n:
            c = ord(text[end])
            if c >= limit or not table[c >> 3] >> (c & 7) & 1:
                break
            end += 1
        yield max(start - 1, 0), end
        pos = end


def is_normal(text: str, form: Form) -> bool:
    """``unicodedata.is_normalized(form, text)``, without its cost where a text holds a mark:
    there it normalised the whole text (50 ns a character, against 1.5 without one); here only
    the pieces :func:`unstable_spans` finds are checked (about a microsecond each), and a text
    dense with them (past 64, one in less than 32 characters) in one call from there.

    A piece starts at a character that is no :func:`~translit.script.unstable` one (its
    quick check is Yes, its combining class 0, and no character composes with one before it)
    and ends before the next such: nothing before the piece reorders or composes with what is
    in it, nor anything after it, so the text is in ``form`` when every piece is.

    >>> is_normal("Вла\\u0301сов", "NFC"), is_normal("Е\\u0308лка", "NFC"), is_normal("Ёлка", "NFD")
    (True, False, False)
    """
    if len(text) <= _SHORT or text.isascii() or not screened(len(text)):
        return unicodedata.is_normalized(form, text)  # (a short text: one call costs less)
    for count, (start, end) in enumerate(unstable_spans(text, form), 1):
        if count > 64 and start < 32 * count:  # dense: one call for the rest
            return unicodedata.is_normalized(form, text[start:])
        if not unicodedata.is_normalized(form, text[start:end]):
            return False
    return True


def normal(text: str, form: Form) -> str:
    """``unicodedata.normalize(form, text)``, paid as :func:`is_normal` pays its check: only
    the pieces :func:`unstable_spans` finds are read and, where one is not in ``form``,
    normalised (each starts and ends at a character no form changes or reaches across, so
    the text between them is already in ``form``); ``text`` itself when nothing changes. A
    long text with one stress mark or one decomposed ё is no longer normalised whole.

    >>> normal("Е\u0308лка", "NFC"), normal("Вла\u0301сов", "NFC") == "Вла\u0301сов"
    ('Ёлка', True)
    """
    if len(text) <= _SHORT or text.isascii() or not screened(len(text)):
        return text if unicodedata.is_normalized(form, text) else unicodedata.normalize(form, text)
    parts: list[str] = []
    done = 0
    for count, (start, end) in enumerate(unstable_spans(text, form), 1):
        dense = count > 64 and start < 32 * count  # (as in is_normal): the rest in one call
        stop = len(text) if dense else end
        piece = text[start:stop]
        if not unicodedata.is_normalized(form, piece):
            parts += (text[done:start], unicodedata.normalize(form, piece))
            done = stop
        if dense:
            break
    if not parts:
        return text
    parts.append(text[done:])
    return "".join(parts)
