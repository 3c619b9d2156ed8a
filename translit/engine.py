"""The romanisation engine: compiles a scheme :class:`~translit.scheme.Body` into a Romanizer.

How text flows through a :class:`Romanizer`:

1. The text is cut at spaces into tokens; each token's result is memoised (bounded), so the hot
   path is a split, one look-up per token and a join. Where the optional C extension
   ``_translit_speedups`` is built (``src/_translit_speedups.c``), its ``TokenMemo`` does these
   three steps in one pass over the text's buffer, without a string object per token, and hands
   the tokens it does not know back to step 2; it holds no rule. Without it (no C compiler at
   install time, or ``TRANSLIT_PURE_PYTHON=1``) a dict and ``str.split``/``str.join`` do the
   same, with the same output (``BACKEND`` says which is in use).
2. On a token miss, a compiled regex finds the *words* in it: runs of the scheme's letters
   (Cyrillic, plus letters the scheme maps), with combining marks and the scheme's inner
   punctuation (e.g. the Ukrainian apostrophe) allowed between letters. Everything else passes
   through unchanged. Words are memoised too.
3. On a word miss, the word is lower-cased and read left to right: at each letter the scheme's
   rules for that letter are tried in order (endings, then context rules in file order, then
   multi-letter mappings, longest first), then the plain letter. Rule contexts look at the
   *source* letters before and after the match, never at output.
4. Case is put back per source letter: a capital whose neighbour is also a capital gives an
   all-caps piece (ЩУКА → SHCHUKA, never ShchUKA), a lone capital gives a title-case piece
   (Щука → Shchuka, Ю. → Yu.). A one-letter capital word whose romanisation has several letters
   (Я, Ж, Щ …) follows its line: written in capitals when the word before or after it on the
   same line is an all-caps word of two or more letters (Я ЛЮБЛЮ → YA LYUBLYU), else in title
   case (Я люблю → Ya lyublyu); followed by a period it is an initial (Ю. Власов → Yu. Vlasov),
   in capitals only after an all-caps word. A scheme with ``case.acronyms = "title"`` writes all-caps words
   without a vowel letter as acronyms with title-case digraphs (ДШК → DShK).

Words never span a whitespace or any character outside the word class, so any cut at such a
character gives the same output (:meth:`Romanizer.romanize_chunks` relies on it).

Speed (see ``bench/README.md``): steps 2-4 run once per *distinct* token and word, in batches.
A text's unknown tokens are joined into one string and cut into words with one ``re.split``.
When every one of those words is lower-case or capitalised (the common case of new text), they
go straight through the rules and the lower-case table described next, with no word memo
(``_Bulk.plain``). Otherwise the unknown words are sorted by shape with a regex: lower-case or
capitalised words (``щука``, ``Щука``) and all-caps words (``ЩУКА``) made only of plain letters
are converted together by one ``re.sub`` of the scheme's rules, compiled into a single
alternation with the rule contexts as look-arounds (each match becomes a private-use
placeholder for its rule), then one ``str.translate`` that writes each letter and placeholder
in the word's case. Any other word (mixed case, combining marks, unusual letters) goes through the interpreter of
step 3. Both routes give identical output: ``_romanize_reference`` is the *reference mode*,
the same interpreter run on every word with the memo tables and the batch route disabled,
and the test suite checks the two against each other for every scheme on random text.

A Romanizer is immutable; its memo tables are private caches whose content never changes a
result, so one instance can be shared by threads.
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping
from itertools import compress, count, filterfalse, islice, repeat
from operator import is_, not_
from typing import IO, Any

from .chunking import convert_chunks, convert_stream
from .errors import IrreversibleSchemeError
from .scheme import BOUNDARY, Body, Scheme
from .script import CYRILLIC_BLOCKS, CYRILLIC_CLASS, ROMAN_CLASS, ROMAN_RANGES

__all__ = ["BACKEND", "Memo", "Romanizer"]


def _native_memo() -> Callable[[], Any] | None:
    """The C token memo (``src/_translit_speedups.c``) if it was built, else ``None``.

    ``TRANSLIT_PURE_PYTHON=1`` in the environment turns it off (the output is the same).
    """
    if os.environ.get("TRANSLIT_PURE_PYTHON", "") not in ("", "0"):
        return None
    try:
        import _translit_speedups as native
    except ImportError:  # built without a C compiler: the dict memo does the same job
        return None
    return native.TokenMemo if getattr(native, "API_VERSION", 0) == 1 else None


_NativeMemo = _native_memo()
BACKEND = "native" if _NativeMemo else "python"  # which token memo new Romanizers use

_CYRILLIC_RANGES = CYRILLIC_BLOCKS
_CYRILLIC_CLASS = CYRILLIC_CLASS
_LATIN_CLASS = ROMAN_CLASS
_LATIN_RANGES = ROMAN_RANGES
_MARK_CLASS = r"\u0300-\u036F"
_MARKS = re.compile(f"[{_MARK_CLASS}]")

_TOKEN_MEMO = 1 << 17  # entries; cleared when full
_WORD_MEMO = 1 << 17
_MEMO_MAX_KEY = 64  # longer keys are computed, not stored
_LINE_BATCH = 512  # lines per romanize call in romanize_lines
_LINE_SEP = " \x00 "  # joins them: a token of its own, never part of a word or an output

Forms = tuple[str, str, str]  # lower, title, upper


def _title(s: str) -> str:
    for k, ch in enumerate(s):
        up = ch.upper()
        if up != ch:
            if s[k + 1 : k + 2] in _TIES and k + 2 < len(s):  # t͡s: a tie makes one letter
                return s[:k] + up + s[k + 1] + s[k + 2].upper() + s[k + 3 :]
            return s[:k] + up + s[k + 1 :]
    return s


_TIES = frozenset("\u035c\u035d\u035e\u035f\u0360\u0361\u0362\ufe20")


# A one-letter capital word's output is held as OPEN title CLOSE until the whole text is joined
# and its neighbours can be seen (_resolve_lone); its capitals form is derived from the title.
# OPEN/CLOSE are Unicode noncharacters, reserved for internal use: an input that holds one is
# romanised piece by piece around it (_pieces_around), so every one in an output is ours.
# Neighbours never reach across a line break (as str.splitlines cuts), the NUL that joins
# batched lines, or one of these noncharacters.
_OPEN, _CLOSE = "\ufdd0", "\ufdd2"
_SENTINEL = re.compile("([\ufdd0\ufdd2])")
_GAP = r"[^\w\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029\x00\ufdd0\ufdd2]*"
_WORD_BEFORE_REVERSED = re.compile(rf"{_GAP}([^\W\d_]+)")
_WORD_AFTER = re.compile(rf"{_GAP}([^\W\d_]+)")
_NEAR = 80  # characters searched on each side for a neighbouring word


def _mark_lone(w: str, out: str) -> str:
    """``out`` of the word ``w``, held for :func:`_resolve_lone` when ``w`` is one capital."""
    if len(w) == 1 and w.isupper() and unicodedata.normalize("NFC", out.upper()) != out:
        return f"{_OPEN}{out}{_CLOSE}"
    return out


def _caps_word(m: re.Match[str] | None) -> bool:
    return m is not None and len(m.group(1)) >= 2 and m.group(1).isupper()


def _resolve_lone(text: str) -> str:
    """Write each held one-letter word in capitals or title case, after its neighbours."""
    parts = text.split(_OPEN)
    out = [parts[0]]
    start = len(parts[0])  # where the current OPEN stands in ``text``
    for part in parts[1:]:
        close = part.index(_CLOSE)
        title = part[:close]
        end = start + close + 2  # just after CLOSE
        before = _WORD_BEFORE_REVERSED.match(text[max(0, start - _NEAR) : start][::-1])
        if _caps_word(before) or (
            not text.startswith(".", end)  # an initial: capitals only inside an all-caps run
            and _caps_word(_WORD_AFTER.match(text, end, end + _NEAR))
        ):
            title = unicodedata.normalize("NFC", title.upper())
        out.append(title)
        out.append(part[close + 1 :])
        start += len(part) + 1
    return "".join(out)


def _pieces_around(fn: Callable[[str], str], text: str) -> str:
    """``fn`` on the pieces of ``text`` between the noncharacters OPEN/CLOSE, kept as they are."""
    parts = _SENTINEL.split(text)
    parts[::2] = map(fn, parts[::2])
    return "".join(parts)


def _forms(out: str) -> Forms:
    return (out, _title(out), unicodedata.normalize("NFC", out.upper()))


class Memo(dict[str, str]):
    """A dict that computes missing values with ``fn`` and forgets everything when full."""

    __slots__ = ("_fn", "_max")

    def __init__(self, fn: Callable[[str], str], size: int) -> None:
        super().__init__()
        self._fn = fn
        self._max = size

    def __missing__(self, key: str) -> str:
        value = self._fn(key)
        if len(key) <= _MEMO_MAX_KEY:
            if len(self) >= self._max:
                self.clear()
            self[key] = value
        return value


def _last_resort(ch: str, table: Mapping[str, str]) -> str:
    """A Latin rendering of a Cyrillic code point no table covers (documented fallback)."""
    if not unicodedata.category(ch).startswith("L"):
        return ""  # Cyrillic combining marks (titlo, …) and signs: decorative, dropped
    base = unicodedata.normalize("NFD", ch)
    if len(base) > 1 and base[0] in table:
        return unicodedata.normalize("NFC", table[base[0]] + base[1:])
    name = unicodedata.name(ch, "")
    part = name.split(" LETTER ", 1)[-1].split(" WITH ")[0]
    word = part.split()[-1].lower() if part else ""
    return word if word.isascii() and word.isalpha() else "?"


class Romanizer:
    """A compiled scheme: call :meth:`romanize` (or the instance itself) on any text.

    Get one with :func:`translit.get_romanizer` (cached per scheme and language)::

        >>> from translit import get_romanizer
        >>> r = get_romanizer("bgn-pcgn", "ru")
        >>> r("ЩУКА и Щука")
        'SHCHUKA i Shchuka'
    """

    __slots__ = (
        "_acronym_title",
        "_base",
        "_bulk",
        "_ctx",
        "_key",
        "_marks",
        "_native",
        "_skip_ascii",
        "_spaceless",
        "_split",
        "_tokens",
        "_vowels",
        "_word_re",
        "_words",
        "scheme",
    )

    scheme: Scheme
    # (set once in __init__ through object.__setattr__: the instance is immutable)
    _acronym_title: bool
    _base: dict[str, Forms]
    _bulk: _Bulk | None
    _ctx: dict[str, tuple[Any, ...]]
    _key: tuple[Callable[..., Romanizer], tuple[Any, ...]] | None
    _marks: re.Pattern[str]
    _native: bool
    _skip_ascii: bool
    _spaceless: bool
    _split: re.Pattern[str]
    _tokens: Any  # the C TokenMemo, or a dict
    _vowels: frozenset[str]
    _word_re: re.Pattern[str]
    _words: Memo

    def __init__(
        self,
        scheme: Scheme,
        *,
        reverse: bool = False,
        fallback: Mapping[str, str] | None = None,
        key: tuple[Callable[..., Romanizer], tuple[Any, ...]] | None = None,
    ) -> None:
        body = scheme.reverse if reverse else scheme.body
        if body is None:
            raise IrreversibleSchemeError(f"scheme {scheme.id!r} has no reverse table")
        setattr_ = object.__setattr__
        setattr_(self, "scheme", scheme)
        setattr_(self, "_key", key)
        base, ctx, word_re = _compile(body, fallback or {})
        setattr_(self, "_base", base)
        setattr_(self, "_ctx", ctx)
        setattr_(self, "_word_re", word_re)
        setattr_(self, "_skip_ascii", body.script == "Cyrl")
        setattr_(self, "_marks", _stray_marks(body))
        setattr_(self, "_acronym_title", body.acronyms == "title")
        setattr_(self, "_vowels", body.vowels)
        setattr_(self, "_words", Memo(self._word, _WORD_MEMO))
        setattr_(self, "_native", _NativeMemo is not None)
        setattr_(self, "_tokens", _NativeMemo() if _NativeMemo else {})
        setattr_(self, "_split", re.compile(f"({word_re.pattern})"))
        setattr_(self, "_spaceless", not any(" " in o for f in _all_forms(base, ctx) for o in f))
        setattr_(self, "_bulk", _Bulk.compile(body, base, ctx))

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

    def romanize(self, text: str) -> str:
        """Romanise ``text``; everything that is not a word of the scheme passes through.

        >>> from translit import get_romanizer
        >>> get_romanizer("wikipedia").romanize("Юрий Гагарин, 1961")
        'Yury Gagarin, 1961'
        """
        if self._skip_ascii and text.isascii():
            return text
        memo = self._tokens
        if self._native:  # the same steps in C: split, one look-up per token, join
            out = memo.join(text)
            if out.__class__ is not str:  # the new tokens, each once: convert them together
                extra = self._remember(out)
                # (a full memo is cleared by _remember, which may drop tokens of this text:
                # then they come back here, and ``extra`` grows until it covers the text)
                while (out := memo.join(text, extra)).__class__ is not str:
                    extra.update(self._remember(out))
        else:
            out = self._romanize_tokens(text, memo)
        if _OPEN in out:  # a one-letter capital word is held (rare: checked only then)
            if _OPEN in text:  # the input holds the sentinel itself: romanise around it
                return _pieces_around(self.romanize, text)
            return _resolve_lone(out)  # (a stray CLOSE is only ever a boundary)
        return out

    __call__ = romanize

    def _romanize_tokens(self, text: str, memo: dict[str, str]) -> str:
        """The token loop in Python (when the C memo is not built)."""
        tokens = text.split(" ")
        if len(tokens) > 256:  # a long text: when a sample is mostly new, convert it first
            probe = tokens[:: len(tokens) // 32]
            if sum(map(memo.__contains__, probe)) * 2 < len(probe):
                self._remember(list(filterfalse(memo.__contains__, dict.fromkeys(tokens))))
        # the hot path: one split, one dict look-up per token, one join
        found: list[str | None] = list(map(memo.get, tokens))
        outs = found if all(found) else self._fill(tokens, found)  # new tokens (or an "" output)
        return " ".join(outs)  # type: ignore[arg-type]  # all() guarantees str

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
        for k in range(0, len(lines), _LINE_BATCH):
            batch = lines[k : k + _LINE_BATCH]
            text = sep.join(batch)
            if text.count("\x00") == len(batch) - 1:  # no line holds a NUL of its own
                out = self.romanize(text).split(sep)
                if len(out) == len(batch):
                    yield from out
                    continue
            yield from map(self.romanize, batch)

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
        return text.rfind("\n") + 1

    # -- internals ----------------------------------------------------------------------------

    def _romanize_reference(self, text: str) -> str:
        """The reference mode: the interpreter on every word, no memo, no batch route."""
        if _OPEN in text or _CLOSE in text:
            return _pieces_around(self._romanize_reference, text)
        word = self._word
        out = self._word_re.sub(lambda m: _mark_lone(m.group(), word(m.group())), text)
        return _resolve_lone(out) if _OPEN in out else out

    def _fill(self, tokens: list[str], outs: list[str | None]) -> list[str]:
        """Fill the gaps (``None``) of ``outs``: convert the new tokens together, memoise them."""
        gaps: list[int] = []
        # the falsy entries (None, or the "" of an empty token) in one C-level pass
        for i in compress(count(), map(not_, outs)):
            if outs[i] is None:
                gaps.append(i)
                if len(gaps) == 64 and i < 64 * 8:  # most tokens are new: convert all at once
                    table = self._remember(
                        list(dict.fromkeys(compress(tokens, map(is_, outs, repeat(None)))))
                    )
                    return list(map(table.get, tokens, outs))  # type: ignore[arg-type]
        if not gaps:
            return outs  # type: ignore[return-value]
        table = self._remember(list(dict.fromkeys(map(tokens.__getitem__, gaps))))
        for i in gaps:
            outs[i] = table[tokens[i]]
        return outs  # type: ignore[return-value]

    def _remember(self, new: list[str]) -> dict[str, str]:
        """Convert the distinct tokens ``new`` and keep the short ones in the bounded memo."""
        table = dict(zip(new, self._convert(new), strict=True))
        if not table:
            return table
        keep = table
        if max(map(len, new)) > _MEMO_MAX_KEY or len(table) > _TOKEN_MEMO:
            short = compress(table.items(), map(_MEMO_MAX_KEY.__ge__, map(len, table)))
            keep = dict(islice(short, _TOKEN_MEMO))
        memo = self._tokens
        if len(memo) + len(keep) > _TOKEN_MEMO:
            memo.clear()  # a new generation: the tokens of this text first
        memo.update(keep)
        return table

    def _convert(self, tokens: list[str]) -> list[str]:
        """The outputs of distinct ``tokens``, converted together (one split, one join)."""
        if not self._spaceless:  # an output with a space would break the joined string
            return list(map(self._convert_one, tokens))
        blob = " ".join(tokens)
        parts = self._split.split(blob)
        if len(parts) > 1:
            words = parts[1::2]
            bulk = self._bulk
            plain = bulk.plain(words) if bulk else None
            if plain is not None:  # every word lower-case or capitalised: no memo, one pass
                parts[1::2] = plain
            else:
                parts[1::2] = map(self._word_table(words).__getitem__, words)
            blob = "".join(parts)
        return blob.split(" ")

    def _convert_one(self, token: str) -> str:
        parts = self._split.split(token)
        if len(parts) > 1:
            words = parts[1::2]
            parts[1::2] = map(self._word_table(words).__getitem__, words)
        return "".join(parts)

    def _word_table(self, words: list[str]) -> Mapping[str, str]:
        """A mapping that covers ``words``: the word memo, after adding the missing words."""
        memo = self._words
        uniq = set(words)
        # (not uniq.difference(memo): with a dict subclass that walks the whole memo)
        missing = list(filterfalse(memo.__contains__, uniq))
        if not missing:
            return memo  # a word another thread evicts meanwhile is recomputed by the memo
        bulk = self._bulk
        new = bulk.convert(missing, self._word) if bulk else {w: self._word(w) for w in missing}
        for w in missing:
            if len(w) == 1:
                new[w] = _mark_lone(w, new[w])
        if len(memo) + len(new) > _WORD_MEMO:
            memo.clear()
        if len(new) <= _WORD_MEMO and max(map(len, new)) <= _MEMO_MAX_KEY:
            memo.update(new)
            return memo
        memo.update(islice(((w, o) for w, o in new.items() if len(w) <= _MEMO_MAX_KEY), _WORD_MEMO))
        known = uniq.difference(new)
        new.update(zip(known, map(memo.__getitem__, known), strict=True))
        return new

    def _word(self, w: str) -> str:
        if not unicodedata.is_normalized("NFC", w):
            w = unicodedata.normalize("NFC", w)
        marks: dict[int, str] | None = None
        stray = self._marks
        if stray.search(w):
            kept: list[str] = []
            marks = {}
            for ch in w:
                if kept and stray.match(ch):
                    marks[len(kept) - 1] = marks.get(len(kept) - 1, "") + ch
                else:
                    kept.append(ch)
            w = "".join(kept)
        low = w.lower()
        if len(low) != len(w):  # a letter whose lower case is longer (İ): keep it as is
            low = "".join(c.lower() if len(c.lower()) == 1 else c for c in w)
        pieces = self._pieces(low)
        parts = [f[0] for _, _, f in pieces] if low == w else self._cased(w, low, pieces)
        if marks:
            for n, (i, j, _) in enumerate(pieces):
                extra = "".join(marks.get(k, "") for k in range(i, j))
                if extra:
                    parts[n] += extra
            return unicodedata.normalize("NFC", "".join(parts))
        return "".join(parts)

    def _pieces(self, s: str) -> list[tuple[int, int, Forms]]:
        n = len(s)
        i = 0
        out: list[tuple[int, int, Forms]] = []
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
                    out.append((i, e, forms))
                    i = e
                    break
                else:
                    out.append((i, i + 1, base.get(c) or (c, c, c)))
                    i += 1
            else:
                out.append((i, i + 1, base.get(c) or (c, c, c)))
                i += 1
        return out

    def _cased(self, w: str, low: str, pieces: list[tuple[int, int, Forms]]) -> list[str]:
        n = len(w)
        if (
            self._acronym_title
            and n >= 2
            and w.isupper()
            and not any(c in self._vowels for c in low)
        ):
            return [f[1] for _, _, f in pieces]
        parts = []
        for i, j, f in pieces:
            if not w[i].isupper():
                if w[i].islower():
                    parts.append(f[0])
                    continue
                # a source starting with an uncased sign (·e, ʹ, `): its first cased letter
                # decides; a source without one takes the case of its neighbours
                k = next((k for k in range(i + 1, j) if w[k].isupper() or w[k].islower()), i)
                if not w[k].isupper():
                    upper = not w[k].islower() and _upper_around(w, i, j)
                    parts.append(f[2] if upper else f[0])
                    continue
            else:
                k = i
            if (
                (j - k > 1 and w[k + 1].isupper())
                or (j < n and w[j].isupper())
                or (j >= n and k > 0 and w[k - 1].isupper())
            ):
                parts.append(f[2])
            else:
                parts.append(f[1])
        return parts


def _stray_marks(body: Body) -> re.Pattern[str]:
    """Combining marks to set aside before matching: all but those the scheme's sources use.

    Cyrillic stress marks are carried over to the output; a Latin source such as ISO 9 a̋ or
    ALA-LC t͡s must be matched with its mark, so that mark is not set aside.
    """
    own = {
        c
        for src in [*body.letters, *(r.match for r in body.rules)]
        for c in unicodedata.normalize("NFD", src)
        if unicodedata.category(c) == "Mn"
    }
    if not own:
        return _MARKS
    keep = "".join(sorted(own))
    return re.compile(f"(?![{keep}])[{_MARK_CLASS}]")


def _upper_around(w: str, i: int, j: int) -> bool:
    """Whether the uncased piece ``w[i:j]`` stands among capitals (LʹVOV, SOLʹ; not Lʹ)."""
    before = [c for c in w[:i] if c.isupper() or c.islower()]
    after = next((c for c in w[j:] if c.isupper() or c.islower()), None)
    if not before or not before[-1].isupper():
        return False
    if after is not None:
        return after.isupper()
    return len(before) >= 2 and before[-2].isupper()


def _compile(
    body: Body, fallback: Mapping[str, str]
) -> tuple[dict[str, Forms], dict[str, tuple[Any, ...]], re.Pattern[str]]:
    """Turn a body into (letter table, per-letter rule lists, word regex)."""
    base: dict[str, Forms] = {}
    multi: list[tuple[str, str]] = []
    for src, out in body.letters.items():
        if len(src) == 1:
            base[src] = _forms(out)
        else:
            multi.append((src, out))
    if body.script == "Cyrl":
        for lo, hi in _CYRILLIC_RANGES:
            for cp in range(lo, hi + 1):
                ch = chr(cp).lower()
                if len(ch) != 1 or ch in base:
                    continue
                if ch in fallback:
                    base[ch] = _forms(fallback[ch])
                elif unicodedata.category(ch) != "Cn":
                    base[ch] = _forms(_last_resort(ch, {**fallback, **body.letters}))

    ctx: dict[str, list[tuple[Any, ...]]] = {}
    for rule in body.rules:
        ctx.setdefault(rule.match[0], []).append(
            (
                rule.match,
                len(rule.match),
                rule.prev,
                rule.not_prev,
                rule.next,
                rule.not_next,
                _forms(rule.out),
            )
        )
    for src, out in sorted(multi, key=lambda p: -len(p[0])):
        ctx.setdefault(src[0], []).append(
            (src, len(src), None, frozenset(), None, frozenset(), _forms(out))
        )
    for c, rules in ctx.items():  # a letter with rules but no plain mapping still needs one
        if c not in base:
            base[c] = (c, c, c)
        ctx[c] = rules

    letters, inner = _source_chars(body)
    script_class = _CYRILLIC_CLASS if body.script == "Cyrl" else _LATIN_CLASS
    letter_class = script_class + "".join(re.escape(c) for c in sorted(letters))
    word = f"[{letter_class}][{letter_class}{_MARK_CLASS}]*"
    if inner:
        inner_class = "".join(re.escape(c) for c in sorted(inner))
        if body.script == "Latn":  # signs may follow each other or end a word: GOST 7.79 B ъь
            word = f"{word}(?:[{inner_class}]+{word})*[{inner_class}]*"
        else:
            word = f"{word}(?:[{inner_class}]{word})*"
    return base, {c: tuple(r) for c, r in ctx.items()}, re.compile(word)


def _all_forms(base: Mapping[str, Forms], ctx: Mapping[str, tuple[Any, ...]]) -> list[Forms]:
    return [*base.values(), *(r[-1] for rules in ctx.values() for r in rules)]


_PUA = 0xE000  # placeholders for rule matches: U+E000 + 2k (lower case), + 2k + 1 (capital)


class _Bulk:
    """A scheme's rules and letters compiled for converting many plain words at once.

    Only words whose case the per-piece rules of :meth:`Romanizer._cased` resolve the same way
    for every piece are taken: lower-case or capitalised words (``щука``, ``Щука``; the capital
    gives the title-case form of its piece, every other piece the lower-case form) and all-caps
    words of two letters or more (every piece upper-case, or title-case for an acronym under
    ``case.acronyms = "title"``), made of letters that are NFC, have a one-letter lower case
    and no combining mark. Everything else is left to the interpreter.
    """

    __slots__ = (
        "_acr",
        "_all_lower",
        "_lower",
        "_rules",
        "_tab_acr",
        "_tab_lower",
        "_tab_upper",
        "_upper",
    )
    _acr: re.Pattern[str] | None
    _all_lower: Callable[[str], re.Match[str] | None]
    _lower: re.Pattern[str]
    _rules: Callable[[str], str] | None
    _tab_acr: dict[int, str]
    _tab_lower: dict[int, str]
    _tab_upper: dict[int, str]
    _upper: re.Pattern[str]

    def __init__(self, **parts: Any) -> None:
        for name, value in parts.items():
            setattr(self, name, value)

    @classmethod
    def compile(
        cls, body: Body, base: Mapping[str, Forms], ctx: Mapping[str, tuple[Any, ...]]
    ) -> _Bulk | None:
        ranges = _CYRILLIC_RANGES if body.script == "Cyrl" else _LATIN_RANGES
        letters, inner = _source_chars(body)
        alphabet = {chr(cp) for lo, hi in ranges for cp in range(lo, hi + 1)} | letters
        if any(_PUA <= ord(c) < 0xF900 for c in alphabet):
            return None
        up: set[str] = set()
        low: set[str] = set()
        caseless: set[str] = set()
        for x in alphabet:
            if (
                unicodedata.category(x)[0] != "L"
                or unicodedata.combining(x)
                or not unicodedata.is_normalized("NFC", x)
            ):
                continue
            lx = x.lower()
            if len(lx) != 1:
                continue
            if x.isupper() and lx != x:
                up.add(x)
            elif x.islower() and lx == x:
                low.add(x)
            elif not x.isupper() and not x.islower() and lx == x:
                caseless.add(x)
        between = {c for c in inner if not c.isupper() and not c.islower() and c.lower() == c}
        between.discard(" ")
        ext = up | low | caseless | between

        def forms(c: str) -> Forms:
            return base.get(c) or (c, c, c)

        def cset(chars: Iterable[str]) -> str:
            want = set(chars) - {BOUNDARY}
            full = want | {x for x in ext if x.lower() in want}
            return "[" + "".join(re.escape(c) for c in sorted(full)) + "]"

        tab_lower: dict[int, str] = {32: " "}
        tab_upper: dict[int, str] = {32: " "}
        tab_acr: dict[int, str] = {32: " "}
        for x in low | caseless | between:
            tab_lower[ord(x)] = forms(x)[0]
        for x in up:
            f = forms(x.lower())
            tab_lower[ord(x)] = f[1]
            tab_upper[ord(x)] = f[2]
            tab_acr[ord(x)] = f[1]

        # the rules as one alternation: the first letter, then that letter's rules in order
        branches = []
        firsts = []
        group = 0
        for c, rules in ctx.items():
            alts = []
            for m, _k, pv, npv, nx, nnx, f in rules:
                pat = []
                if pv is not None:
                    opts = [f"(?<={cset(pv)}.)"] if pv - {BOUNDARY} else []
                    if BOUNDARY in pv:
                        opts.append("(?<![^ ].)")
                    if not opts:
                        continue  # never applies
                    pat.append(f"(?:{'|'.join(opts)})")
                if npv - {BOUNDARY}:
                    pat.append(f"(?<!{cset(npv)}.)")
                if BOUNDARY in npv:
                    pat.append("(?<=[^ ].)")
                pat.extend(cset(ch) for ch in m[1:])
                if nx is not None:
                    opts = [f"(?={cset(nx)})"] if nx - {BOUNDARY} else []
                    if BOUNDARY in nx:
                        opts.append("(?![^ ])")
                    if not opts:
                        continue
                    pat.append(f"(?:{'|'.join(opts)})")
                if nnx - {BOUNDARY}:
                    pat.append(f"(?!{cset(nnx)})")
                if BOUNDARY in nnx:
                    pat.append("(?=[^ ])")
                group += 1
                lo, cap = chr(_PUA + 2 * group), chr(_PUA + 2 * group + 1)
                tab_lower[ord(lo)], tab_lower[ord(cap)] = f[0], f[1]
                tab_upper[ord(lo)], tab_upper[ord(cap)] = f[0], f[2]
                tab_acr[ord(lo)], tab_acr[ord(cap)] = f[0], f[1]
                alts.append("".join(pat) + "()")
            if alts:
                firsts.append(c)
                branches.append(f"(?<={cset(c)})(?:{'|'.join(alts)})")
        if group >= (0xF900 - _PUA) // 2 - 1:
            return None
        if any(
            " " in o for tab in (tab_lower, tab_upper, tab_acr) for o in tab.values() if o != " "
        ):
            return None
        rules_re = None
        if branches:
            pattern = re.compile(f"{cset(firsts)}(?:{'|'.join(branches)})", re.DOTALL)
            capitals = frozenset(up)
            sub = pattern.sub

            def placeholder(m: re.Match[str]) -> str:
                return chr(_PUA + 2 * m.lastindex + (m.group()[0] in capitals))  # type: ignore[operator]

            def rules_re(text: str) -> str:
                return sub(placeholder, text)

        def exact(chars: Iterable[str]) -> str:
            return "[" + "".join(re.escape(c) for c in sorted(chars)) + "]"

        # a lower-case or capitalised word: a word of two letters or more has a lower-case one
        lower_word = exact(up | low | caseless)
        if between:
            lower_word += f"(?:{exact(between)}*{exact(low)}{exact(low | between)}*)?"
        else:
            lower_word += f"{exact(low)}*"
        acr = None
        if body.acronyms == "title":
            cons = {u for u in up if u.lower() not in body.vowels}
            acr = re.compile(f"(?<![^ ]){exact(cons)}{{2,}}(?![^ ])") if cons else None
        # a text of such words only; a word of one capital only when no rule starts with it and
        # its title and upper forms are equal (В → V), as _mark_lone holds the others (Я → Ya)
        lone = {x for x in up if x.lower() not in ctx and len(set(forms(x.lower())[1:])) == 1}
        plain_word = f"{exact(up)}{exact(low)}+|{exact(low | caseless)}{exact(low)}*"
        if lone:
            plain_word += f"|{exact(lone)}"
        plain_word = f"(?:{plain_word})"
        return cls(
            _all_lower=re.compile(f"{plain_word}(?: {plain_word})*").fullmatch,
            _lower=re.compile(f"(?<![^ ]){lower_word}(?![^ ])"),
            _upper=re.compile(f"(?<![^ ]){exact(up)}{{2,}}(?![^ ])"),
            _acr=acr,
            _rules=rules_re,
            _tab_lower=tab_lower,
            _tab_upper=tab_upper,
            _tab_acr=tab_acr,
        )

    def plain(self, words: list[str]) -> list[str] | None:
        """The outputs of ``words`` when all are plain lower-case or capitalised words, else None.

        The same conversion as :meth:`convert` gives them (rules, then the lower-case table),
        done in one pass without building a table: the route of text never seen before.
        """
        blob = " ".join(words)
        if self._all_lower(blob) is None or not unicodedata.is_normalized("NFC", blob):
            return None
        return self._apply(blob, self._tab_lower)

    def _apply(self, blob: str, tab: Mapping[int, str]) -> list[str]:
        """The rules, then ``tab``, on space-separated words of one shape: their outputs."""
        if self._rules is not None:
            blob = self._rules(blob)
        return blob.translate(tab).split(" ")

    def convert(self, words: list[str], slow: Callable[[str], str]) -> dict[str, str]:
        """The output of each of the distinct ``words``; ``slow`` converts the others."""
        table: dict[str, str] = {}
        blob = " ".join(words)
        found = self._lower.findall(blob)
        if found:
            self._run(found, self._tab_lower, table)
        found = self._upper.findall(blob)
        if found:
            if self._acr is not None:
                acronyms = self._acr.findall(" ".join(found))
                if acronyms:
                    self._run(acronyms, self._tab_acr, table)
                    found = list(set(found).difference(acronyms))
            self._run(found, self._tab_upper, table)
        if len(table) < len(words):
            for w in filterfalse(table.__contains__, words):
                table[w] = slow(w)
        return table

    def _run(self, words: list[str], tab: Mapping[int, str], table: dict[str, str]) -> None:
        if not words:
            return
        blob = " ".join(words)
        if not unicodedata.is_normalized("NFC", blob):
            return  # left to the interpreter
        table.update(zip(words, self._apply(blob, tab), strict=True))


def _source_chars(body: Body) -> tuple[set[str], set[str]]:
    """The scheme's source characters: (letters and marks, other characters)."""
    letters: set[str] = set()
    inner: set[str] = set()
    for src in [*body.letters, *(r.match for r in body.rules)]:
        for ch in src:
            cat = unicodedata.category(ch)
            (letters if cat[0] in "LM" else inner).add(ch)
    return letters, inner
