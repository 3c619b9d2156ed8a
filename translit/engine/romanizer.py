"""The Romanizer: runs a scheme's compiled tables over text, in C when it can (``Engine``),
else with the interpreter below (the reference, and the route of what the C engine declines)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping
from operator import attrgetter
from typing import IO, TYPE_CHECKING, Any

from ..chunking import convert_chunks, convert_stream
from ..errors import IrreversibleSchemeError, want_bool, want_str
from ..scheme import BOUNDARY, Scheme
from . import lookalike, native
from . import memo as _memo
from .case import (
    ACRO,
    CLOSE,
    OPEN,
    Around,
    CapsLines,
    Forms,
    mark_lone,
    pieces_around,
    resolve_lone,
)
from .chars import INVISIBLE_CHARS, INVISIBLE_CLASS, NEWER_CAPITAL, NEWER_LOWER, SHAPE, shaped
from .tables import M_LOOKALIKE, Plain, compile_body, plain_tables, stray_marks

if TYPE_CHECKING:
    from ..scheme import Body

#: what :func:`compiled` makes of a body: (letter table, rule lists, word pattern's source,
#: the cut's source, the C engine's tables or ``None``)
Compiled = tuple[dict[str, Forms], dict[str, tuple[Any, ...]], str, str, Plain | None]

_BLOCK = 1 << 16  # characters: a longer text is romanised in blocks of about this size
_LINE_BATCH = 512  # lines per romanize call in romanize_lines
_LINE_SEP = " \x00 "  # joins them: a token of its own, never part of a word or an output
_ENGINE_OF = attrgetter("_convert.__self__")  # a romaniser's C engine


def _neighbour_upper(w: str, k: int, j: int) -> bool:
    """Whether a capital's piece ``w[k:j]`` is written in capitals: the next cased letter is a
    capital, or, with none after it, the cased letter before it. Uncased signs between (an
    apostrophe, a palochka: СІМ'Я → SIMʺYA, ЮЯӀ → YUYAJ) do not count.

    >>> _neighbour_upper("СІМ'Я", 4, 5), _neighbour_upper("Я'", 0, 1)
    (True, False)
    """
    n = len(w)
    m = j
    while m < n and not (w[m].isupper() or w[m].islower()):
        m += 1
    if m < n:
        return w[m].isupper()
    m = k - 1
    while m >= 0 and not (w[m].isupper() or w[m].islower()):
        m -= 1
    return m >= 0 and w[m].isupper()


_INVISIBLE = frozenset(INVISIBLE_CHARS)
_HAS_INVISIBLE = re.compile(f"[{INVISIBLE_CLASS}]").search  # (a word a time: 6x a generator)


def compiled(body: Body, fallback: Mapping[str, str]) -> Compiled:
    """``body``'s tables as a :class:`Romanizer` runs them: :func:`~.tables.compile_body`'s,
    and :func:`~.tables.plain_tables`' where the C engine is built (else ``None``). Plain
    data: the catalogue keeps a copy of them for the next process (``_datafiles.kept_copy``).

    >>> from translit import get_scheme
    >>> base, ctx, word_re, cut, plain = compiled(get_scheme("bgn-pcgn", "ru").body, {})
    >>> base["щ"], plain is None or isinstance(plain[3], int)
    (('shch', 'Shch', 'SHCH'), True)
    """
    base, ctx, word_re, cut = compile_body(body, fallback)
    plain = plain_tables(body, base, ctx) if native.ENGINE is not None else None
    return base, ctx, word_re, cut, plain


class Romanizer:
    """A compiled scheme: call :meth:`romanize` (or the instance itself) on any text.

    Get one with :func:`translit.get_romanizer` (cached per scheme and language)::

        >>> from translit import get_romanizer
        >>> r = get_romanizer("bgn-pcgn", "ru")
        >>> r("ЩУКА и Щука")
        'SHCHUKA i Shchuka'

    A romaniser of a Cyrillic source repairs look-alike letters first (a Latin letter typed
    into a Cyrillic word: :mod:`translit.engine.lookalike`), unless built with
    ``homoglyphs=False``::

        >>> r("Пpивет"), get_romanizer("bgn-pcgn", "ru", homoglyphs=False)("Пpивет")
        ('Privet', 'Ppivet')
    """

    __slots__ = (
        "_acronym_title",
        "_base",
        "_c",
        "_capitals",
        "_convert",
        "_ctx",
        "_cut",
        "_drop_marks",
        "_key",
        "_marks",
        "_repair",
        "_run",
        "_skip_ascii",
        "_vowels",
        "_word_re",
        "_words",
        "scheme",
    )

    scheme: Scheme
    _key: tuple[Callable[..., Romanizer], tuple[Any, ...]] | None
    _base: dict[str, Forms]
    _capitals: Mapping[str, str]  # the scheme's own capitals (i → İ), for held one-letter words
    _ctx: dict[str, tuple[Any, ...]]
    _word_re: re.Pattern[str] | str  # (its source until the interpreter first reads words)
    _cut: re.Pattern[str] | str  # (likewise, until it first cuts a long text)
    _skip_ascii: bool
    _marks: re.Pattern[str]
    _drop_marks: bool  # a scheme that writes ASCII: the stray marks are dropped, not carried
    _repair: bool  # look-alike letters repaired first (engine/lookalike.py; homoglyphs=True)
    _acronym_title: bool
    _vowels: frozenset[str]
    _words: _memo.Memo
    _run: Callable[[str], str | None]  # the C engine's romanize, else the interpreter
    _convert: Callable[[str], str]  # the C engine's convert (the interpreter its fallback)
    _c: Callable[..., Any] | None  # the C engine's held(): one-letter words left held

    def __init__(
        self,
        scheme: Scheme,
        *,
        reverse: bool = False,
        fallback: Mapping[str, str] | None = None,
        key: tuple[Callable[..., Romanizer], tuple[Any, ...]] | None = None,
        homoglyphs: bool = True,
        _tables: Compiled | None = None,
    ) -> None:
        if not isinstance(scheme, Scheme):  # (anything else failed on its missing .body)
            raise TypeError(
                f"Romanizer() takes a Scheme (translit.get_scheme('bgn-pcgn', 'ru')), not "
                f"{type(scheme).__name__}; or use translit.get_romanizer(scheme_id, lang)"
            )
        body = scheme.reverse if reverse else scheme.body
        if body is None:
            raise IrreversibleSchemeError(f"scheme {scheme.id!r} has no reverse table")
        setattr_ = object.__setattr__
        setattr_(self, "scheme", scheme)
        setattr_(self, "_key", key)
        # (_tables: what compiled() made of this body and fallback, read back by the catalogue
        # from the copy an earlier process kept: _datafiles.kept_copy)
        base, ctx, word_re, cut, plain = _tables or compiled(body, fallback or {})
        setattr_(self, "_base", base)
        setattr_(self, "_ctx", ctx)
        setattr_(self, "_word_re", word_re)
        setattr_(self, "_cut", cut)
        setattr_(self, "_skip_ascii", body.script == "Cyrl")
        setattr_(self, "_marks", stray_marks(body))
        setattr_(self, "_drop_marks", body.ascii)
        # a Cyrillic source: a Latin letter typed into a word is repaired first (Пpивет)
        repair = want_bool(homoglyphs, "homoglyphs") and body.script == "Cyrl"
        setattr_(self, "_repair", repair)
        setattr_(self, "_acronym_title", body.acronyms == "title")
        setattr_(self, "_vowels", body.vowels)
        setattr_(self, "_capitals", body.capitals)
        setattr_(self, "_words", _memo.Memo(self._word_held, _memo.WORD_MEMO))
        engine = native.ENGINE
        if engine is not None and plain is None:
            plain = plain_tables(body, base, ctx)
        # (pickled, the engine is its owner's: r.romanize, its bound method, travels by name)
        rebuild = (_ENGINE_OF, (self,))
        c = None
        if engine is not None and plain is not None:
            if repair:  # the C engine declines a text where a letter touches a word
                plain = (*plain[:3], plain[3] | M_LOOKALIKE, plain[4])
            c = engine(*plain, self._interpret, rebuild)
        setattr_(self, "_c", c.held if c is not None else None)
        setattr_(self, "_run", c.romanize if c is not None else self._interpret)
        setattr_(self, "_convert", c.convert if c is not None else self._interpret)

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError("Romanizer is immutable")

    def __repr__(self) -> str:
        return f"<Romanizer {self.scheme.id!r} ({self.scheme.language})>"

    def __reduce__(self) -> tuple[Any, ...]:
        # Travel by name: workers rebuild (and cache) the romaniser instead of unpickling tables.
        if self._key is None:
            raise TypeError("only romanisers from translit.get_romanizer() can be pickled")
        return self._key  # (the catalogue's rebuild function, its arguments)

    # -- public API ---------------------------------------------------------------------------

    if TYPE_CHECKING:

        def romanize(self, text: str) -> str:
            """Romanise ``text`` (see below)."""

        def __call__(self, text: str) -> str:
            """``r(text)`` is ``r.romanize(text)``."""

    else:
        # ``r.romanize`` is the C engine's bound ``convert`` (the interpreter when there is no C
        # engine): a call is one C call, with no Python frame around it. The engine hands a text
        # it declines (a word with an unusual mark, …) to the interpreter itself.
        romanize = property(
            attrgetter("_convert"),
            doc="""Romanise ``text``; everything that is not a word of the scheme passes through.

        ``romanize(text: str) -> str``

        >>> from translit import get_romanizer
        >>> get_romanizer("wikipedia").romanize("Юрий Гагарин, 1961")
        'Yury Gagarin, 1961'
        """,
        )
        # ``r(text)`` is ``r.romanize(text)``: the call slot reads a property too, so a call
        # is the same one C call
        __call__ = property(attrgetter("_convert"), doc="``r(text)`` is ``r.romanize(text)``.")

    def _blocks(self, text: str) -> Iterator[tuple[int, int]]:
        """``text`` in pieces (start, stop) of about :data:`_BLOCK` characters, each cut just
        after a space or another character no word holds, so the pieces' outputs join to the
        text's output. (A word longer than that, without such a character, stays in one
        piece.)"""
        start = 0
        n = len(text)
        while n - start > _BLOCK:
            at = start + _BLOCK
            cut = text.find(" ", at, at + _BLOCK) + 1
            if not cut:
                m = self._compiled("_cut").search(text, at)
                if m is None:
                    break
                cut = m.end()
            yield start, cut
            start = cut
        yield start, n

    def _interpret(self, text: str) -> str:
        """The interpreter's route (no C engine, or a text it declines): look-alikes repaired
        (unless built with ``homoglyphs=False``), words memoised."""
        if text.__class__ is not str:  # a str subclass (numpy.str_, …) is read as a plain str
            text = want_str(text, "romanize()")
        if self._skip_ascii and text.isascii():
            return text
        if self._repair:
            text = lookalike.repair(text, self.scheme.language)
        if OPEN in text or CLOSE in text:  # the input holds a sentinel: around it
            return pieces_around(self._interpret, text)
        if len(text) > _BLOCK:  # a long text: in blocks, so memory stays bounded
            out = "".join(self._held(text, *block) for block in self._blocks(text))
        else:
            out = self._held(text, 0, len(text))
        return resolve_lone(out, self._capitals) if OPEN in out else out

    def _held(self, text: str, at: int, stop: int) -> str:
        """The output of ``text[at:stop]`` with its one-letter capital words still held
        (OPEN…CLOSE); an acronym's case read on its line in ``text`` (:meth:`_in_line`).

        The C engine converts the stretches between the words it declines (a word with a
        combining mark other than a stress mark), the interpreter those words: a cut just
        before or after a word changes no other word.
        """
        held = self._c
        lines = CapsLines(text, self._vowels) if self._acronym_title else None
        if held is None:
            piece = text[at:stop] if at or stop != len(text) else text
            if lines is None:
                return self._compiled("_word_re").sub(self._memoised, piece)
            words = self._words
            return self._compiled("_word_re").sub(
                lambda m: self._in_line(m.group(), words[m.group()], lines, at + m.start()),
                piece,
            )
        parts = []
        while (got := held(text, at, stop)).__class__ is tuple:
            start, end = got
            if start > at:
                parts.append(held(text, at, start))  # (no word it declines there)
            word = text[start:end]
            out = self._words[word]
            parts.append(out if lines is None else self._in_line(word, out, lines, start))
            at = end
        parts.append(got)
        return "".join(parts)

    def _in_line(self, w: str, out: str, lines: CapsLines, pos: int) -> str:
        """The memoised ``out`` of the word ``w`` at ``pos``: an acronym (ACRO + its title-case
        output) in capitals on a line in capitals (РЕФОРМА ЖКХ → REFORMA ZHKKH), else as it is
        (Реформа ЖКХ → Reforma ZhKKh)."""
        if out[:1] != ACRO:
            return out
        return self._word(w, acronyms=False) if lines.at(pos) else out[1:]

    def _compiled(self, name: str) -> re.Pattern[str]:
        """The regex held under ``name`` (``_word_re``, ``_cut``), compiled on first use: a run
        on the C engine alone never compiles their large character classes."""
        pattern = getattr(self, name)
        if pattern.__class__ is str:
            pattern = re.compile(pattern)
            object.__setattr__(self, name, pattern)
        return pattern

    def _memoised(self, m: re.Match[str]) -> str:
        return self._words[m.group()]

    def romanize_lines(self, lines: Iterable[str]) -> Iterator[str]:
        """Romanise each line of an iterable (line endings, if any, are kept).

        A list or tuple is converted a few hundred lines per call (same output, less overhead
        per line); any other iterable is read lazily, one line at a time.
        """
        if isinstance(lines, list | tuple):
            return self._batched(lines)
        return map(self.romanize, lines)

    def _batched(self, lines: list[str] | tuple[str, ...]) -> Iterator[str]:
        sep = _LINE_SEP
        run = self._run
        for k in range(0, len(lines), _LINE_BATCH):
            batch = lines[k : k + _LINE_BATCH]
            text = sep.join(batch)
            if text.count("\x00") == len(batch) - 1:  # no line holds a NUL of its own
                out = run(text)  # (declined: line by line, so one odd line declines alone)
                if out is not None and len(parts := out.split(sep)) == len(batch):
                    yield from parts
                    continue
            yield from map(self.romanize, batch)

    def held(self, text: str) -> str:
        """The output of ``text`` with its one-letter capital words still held (:data:`OPEN`
        title :data:`CLOSE`), for a caller that romanises a line in pieces around forms of its
        own and writes them in their case once the line is joined (:meth:`resolve`): the reader
        conventions of :mod:`translit.names`. ``text`` holds neither sentinel.

        >>> from translit import get_romanizer
        >>> r = get_romanizer("bgn-pcgn", "ru")
        >>> r.resolve("SHCHUKIN" + r.held(" Щ. Ж.")), r.romanize(" Щ. Ж.")
        ('SHCHUKIN SHCH. ZH.', ' Shch. Zh.')
        """
        text = want_str(text, "held()")
        if self._skip_ascii and text.isascii():
            return text
        return "".join(self._held(text, *block) for block in self._blocks(text))

    def resolve(self, out: str) -> str:
        """``out``, joined from :meth:`held` outputs and text of the caller's, with each held
        one-letter word written in the case its line gives it."""
        return resolve_lone(out, self._capitals) if OPEN in out else out

    def romanize_chunks(self, chunks: Iterable[str]) -> Iterator[str]:
        """Romanise a stream of text pieces cut anywhere; the output equals romanising the join.

        A piece is held back from its last line break on (:meth:`safe_cut`).
        """
        return convert_chunks(chunks, self.romanize, self.safe_cut)

    def romanize_stream(self, src: IO[str], dst: IO[str], chunk_size: int = 1 << 16) -> None:
        """Read ``src`` in chunks and write the romanised text to ``dst`` (bounded memory)."""
        convert_stream(src, dst, self.romanize, self.safe_cut, chunk_size)

    def safe_cut(self, text: str) -> int:
        """The largest index ``i`` at which ``text`` can be cut without changing the output.

        That is just after the last newline: words never cross one, and a one-letter capital
        word takes its case from the words around it on its line. Without a newline the whole
        text is held back (0), so a stream that never ends a line is romanised in one piece.
        """
        return want_str(text, "safe_cut()").rfind("\n") + 1

    # -- internals ----------------------------------------------------------------------------

    def _romanize_reference(self, text: str) -> str:
        """The reference mode: the interpreter on every word, no memo, no batch route."""
        if self._repair:
            text = lookalike.repair(text, self.scheme.language)
        if OPEN in text or CLOSE in text:
            return pieces_around(self._romanize_reference, text)
        word = self._word
        lines = CapsLines(text, self._vowels)
        out = self._compiled("_word_re").sub(
            lambda m: mark_lone(
                m.group(), self._in_line(m.group(), word(m.group()), lines, m.start())
            ),
            text,
        )
        return resolve_lone(out, self._capitals) if OPEN in out else out

    def _word_held(self, w: str) -> str:
        """:meth:`_word`, a one-letter capital word held for its line (:func:`mark_lone`)."""
        return mark_lone(w, self._word(w))

    def _word(self, w: str, acronyms: bool = True) -> str:
        """The output of the word ``w``; an acronym with title-case digraphs (the scheme's
        ``case.acronyms = "title"``, unless ``acronyms`` is false) as ACRO + that output."""
        if not unicodedata.is_normalized("NFC", w):
            w = unicodedata.normalize("NFC", w)
        unseen: dict[int, str] | None = None  # a soft hyphen, a joiner: after its letter's output
        marks: dict[int, list[str]] | None = None
        stray = self._marks
        invisible = not w.isascii() and _HAS_INVISIBLE(w) is not None
        if invisible or stray.search(w):
            kept: list[str] = []
            marks = {}
            runs: dict[int, list[str]] = {}
            after_unseen = False  # (the character before was one without a glyph)
            for ch in w:  # (each set aside after the letter before it, in one pass)
                if kept and ch in _INVISIBLE:
                    runs.setdefault(len(kept) - 1, []).append(ch)
                    after_unseen = True
                    continue
                if after_unseen and len(kept) - 1 not in marks and unicodedata.combining(ch):
                    # a mark after a soft hyphen or a joiner is its letter's (it has no
                    # glyph; Unicode makes no base of it): composed as NFC would without it,
                    # Г\xad\u0301 read as Ѓ, as Г\u0301 is
                    one = unicodedata.normalize("NFC", kept[-1] + ch)
                    if len(one) == 1:
                        kept[-1] = one
                        continue
                after_unseen = False
                if kept and stray.match(ch):
                    marks.setdefault(len(kept) - 1, []).append(ch)
                else:
                    kept.append(ch)
            w = "".join(kept)
            unseen = {k: "".join(v) for k, v in runs.items()} if runs else None
            if self._drop_marks:  # (what NFC composed stays: и + U+0306 is й, its own letter)
                marks = None
        low = w.lower()
        if len(low) != len(w):  # a letter whose lower case is longer (İ): keep it as is
            low = "".join(c.lower() if len(c.lower()) == 1 else c for c in w)
        shape = w  # what decides the case of each piece (chars.SHAPE, as the C engine's flags)
        if NEWER_CAPITAL is not None and NEWER_CAPITAL.search(w):
            low = low.translate(NEWER_LOWER)  # (a letter Python's tables do not know yet)
        if shaped().search(w):
            shape = w.translate(SHAPE)
        pieces = self._iter_pieces(low) if marks is None and unseen is None else self._pieces(low)
        acronym = (
            acronyms
            and self._acronym_title
            and len(shape) >= 2
            and shape.isupper()
            and not any(c in self._vowels for c in low)
        )
        if low == w:
            parts = [f[0] for _, _, f in pieces]
        elif acronym:
            parts = [f[1] for _, _, f in pieces]
        else:
            parts = self._cased(shape, low, pieces)
        if marks or unseen:
            for n, (i, j, _) in enumerate(pieces):
                extra = "".join(
                    "".join(marks.get(k, ()) if marks else ()) + (unseen or {}).get(k, "")
                    for k in range(i, j)
                )
                if extra:
                    parts[n] += extra
            out = "".join(parts)
            if marks:
                out = unicodedata.normalize("NFC", out)
        else:
            out = "".join(parts)
        return ACRO + out if acronym else out

    def _pieces(self, s: str) -> list[tuple[int, int, Forms]]:
        """The pieces of the lower-case word ``s``: (start, end, forms), left to right."""
        return list(self._iter_pieces(s))

    def _iter_pieces(self, s: str) -> Iterator[tuple[int, int, Forms]]:
        n = len(s)
        i = 0
        ctx = self._ctx
        base = self._base
        while i < n:
            c = s[i]
            rules = ctx.get(c)
            if rules is not None:
                p = s[i - 1] if i else BOUNDARY
                for m, k, pv, npv, nx, nnx, forms in rules:
                    if k > 1 and not s.startswith(m, i):
                        continue
                    if (pv is not None and p not in pv) or p in npv:
                        continue
                    e = i + k
                    q = s[e] if e < n else BOUNDARY
                    if (nx is not None and q not in nx) or q in nnx:
                        continue
                    yield (i, e, forms)
                    i = e
                    break
                else:
                    yield (i, i + 1, base.get(c) or (c, c, c))
                    i += 1
            else:
                yield (i, i + 1, base.get(c) or (c, c, c))
                i += 1

    def _cased(self, w: str, low: str, pieces: Iterable[tuple[int, int, Forms]]) -> list[str]:
        parts = []
        around: Around | None = None
        # a word holding a small letter (ЮУрГУ, ЖКХшный): each capital is the initial of a word
        # and takes its title form (YuUrGU); only a word in capitals writes its pieces so
        mixed = not w.isupper() and any(c.islower() for c in w)
        for i, j, f in pieces:
            if not w[i].isupper():
                if w[i].islower():
                    parts.append(f[0])
                    continue
                # a source starting with an uncased sign (·e, ʹ, `): its first cased letter
                # decides; a source without one takes the case of its neighbours
                k = next((k for k in range(i + 1, j) if w[k].isupper() or w[k].islower()), i)
                if not w[k].isupper():
                    if around is None:
                        around = Around(w)
                    upper = not w[k].islower() and around.upper(i, j)
                    parts.append(f[2] if upper else f[0])
                    continue
            else:
                k = i
            if not mixed and ((j - k > 1 and w[k + 1].isupper()) or _neighbour_upper(w, k, j)):
                parts.append(f[2])
            else:
                parts.append(f[1])
        return parts
