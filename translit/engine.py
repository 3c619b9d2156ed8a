"""The romanisation engine: compiles a scheme :class:`~translit.scheme.Body` into a Romanizer.

How text flows through a :class:`Romanizer`:

1. ``text.split(" ")`` cuts the text into space-separated tokens; each token's result is memoised
   (bounded), so the hot path is one C-level split, one dict look-up per token and one join.
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
   (Щука → Shchuka, Ю. → Yu.). A scheme with ``case.acronyms = "title"`` writes all-caps words
   without a vowel letter as acronyms with title-case digraphs (ДШК → DShK).

Words never span a whitespace or any character outside the word class, so any cut at such a
character gives the same output (:meth:`Romanizer.romanize_chunks` relies on it).

A Romanizer is immutable; its memo tables are private caches whose content never changes a
result, so one instance can be shared by threads.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import IO, Any

from .scheme import BOUNDARY, Body, Scheme

__all__ = ["Romanizer"]

_CYRILLIC_RANGES = ((0x0400, 0x052F), (0x1C80, 0x1C8F), (0x2DE0, 0x2DFF), (0xA640, 0xA69F))
_CYRILLIC_CLASS = r"\u0400-\u052F\u1C80-\u1C8F\u2DE0-\u2DFF\uA640-\uA69F"
_LATIN_CLASS = r"A-Za-z\u00C0-\u024F\u1E00-\u1EFF\u02B9\u02BA"
_MARK_CLASS = r"\u0300-\u036F"
_MARKS = re.compile(f"[{_MARK_CLASS}]")

_TOKEN_MEMO = 1 << 17  # entries; cleared when full
_WORD_MEMO = 1 << 17
_MEMO_MAX_KEY = 64  # longer keys are computed, not stored

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


def _forms(out: str) -> Forms:
    return (out, _title(out), unicodedata.normalize("NFC", out.upper()))


class _Memo(dict[str, str]):
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
        "_ctx",
        "_key",
        "_skip_ascii",
        "_tokens",
        "_vowels",
        "_word_re",
        "_words",
        "scheme",
    )

    scheme: Scheme

    def __init__(
        self,
        scheme: Scheme,
        *,
        reverse: bool = False,
        fallback: Mapping[str, str] | None = None,
        key: tuple[str, str, bool] | None = None,
    ) -> None:
        body = scheme.reverse if reverse else scheme.body
        if body is None:
            raise ValueError(f"scheme {scheme.id!r} has no reverse table")
        setattr_ = object.__setattr__
        setattr_(self, "scheme", scheme)
        setattr_(self, "_key", key)
        base, ctx, word_re = _compile(body, fallback or {})
        setattr_(self, "_base", base)
        setattr_(self, "_ctx", ctx)
        setattr_(self, "_word_re", word_re)
        setattr_(self, "_skip_ascii", body.script == "Cyrl")
        setattr_(self, "_acronym_title", body.acronyms == "title")
        setattr_(self, "_vowels", body.vowels)
        words = _Memo(self._word, _WORD_MEMO)
        word_of = words.__getitem__

        def token(tok: str) -> str:
            return word_re.sub(lambda m: word_of(m.group()), tok)

        setattr_(self, "_words", words)
        setattr_(self, "_tokens", _Memo(token, _TOKEN_MEMO))

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError("Romanizer is immutable")

    def __repr__(self) -> str:
        return f"<Romanizer {self.scheme.id!r} ({self.scheme.language})>"

    def __reduce__(self) -> tuple[Any, ...]:
        # Travel by name: workers rebuild (and cache) the romaniser instead of unpickling tables.
        if self._key is None:
            raise TypeError("only romanisers from translit.get_romanizer() can be pickled")
        from .catalogue import _rebuild

        return (_rebuild, self._key)

    # -- public API ---------------------------------------------------------------------------

    def romanize(self, text: str) -> str:
        """Romanise ``text``; everything that is not a word of the scheme passes through.

        >>> from translit import get_romanizer
        >>> get_romanizer("wikipedia").romanize("Юрий Гагарин, 1961")
        'Yury Gagarin, 1961'
        """
        if self._skip_ascii and text.isascii():
            return text
        return " ".join(map(self._tokens.__getitem__, text.split(" ")))

    __call__ = romanize

    def romanize_lines(self, lines: Iterable[str]) -> Iterator[str]:
        """Romanise each line of an iterable (line endings, if any, are kept)."""
        return map(self.romanize, lines)

    def romanize_chunks(self, chunks: Iterable[str]) -> Iterator[str]:
        """Romanise a stream of text pieces cut anywhere; the output equals romanising the join.

        A piece is held back from its last non-word character on, so no word is ever split.
        """
        carry = ""
        for chunk in chunks:
            if not chunk:
                continue
            text = carry + chunk
            cut = self.safe_cut(text)
            carry = text[cut:]
            if cut:
                yield self.romanize(text[:cut])
        if carry:
            yield self.romanize(carry)

    def romanize_stream(self, src: IO[str], dst: IO[str], chunk_size: int = 1 << 16) -> None:
        """Read ``src`` in chunks and write the romanised text to ``dst`` (bounded memory)."""
        read = src.read
        write = dst.write
        for out in self.romanize_chunks(iter(lambda: read(chunk_size), "")):
            write(out)

    def safe_cut(self, text: str) -> int:
        """The largest index ``i`` such that no word of ``text`` crosses ``i`` (0 if none)."""
        i = max(text.rfind("\n"), text.rfind(" ")) + 1
        if i:
            return i
        last = 0
        for m in self._word_re.finditer(text):
            last = m.start()
        # cut just before the last word when it may continue in the next piece
        return last

    # -- internals ----------------------------------------------------------------------------

    def _word(self, w: str) -> str:
        if not unicodedata.is_normalized("NFC", w):
            w = unicodedata.normalize("NFC", w)
        marks: dict[int, str] | None = None
        if _MARKS.search(w):
            kept: list[str] = []
            marks = {}
            for ch in w:
                if kept and _MARKS.match(ch):
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
                parts.append(f[0])
            elif (
                (j - i > 1 and w[i + 1].isupper())
                or (j < n and w[j].isupper())
                or (j >= n and i > 0 and w[i - 1].isupper())
            ):
                parts.append(f[2])
            else:
                parts.append(f[1])
        return parts


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

    letters: set[str] = set()
    inner: set[str] = set()
    for src in [*body.letters, *(r.match for r in body.rules)]:
        for ch in src:
            cat = unicodedata.category(ch)
            (letters if cat[0] in "LM" else inner).add(ch)
    script_class = _CYRILLIC_CLASS if body.script == "Cyrl" else _LATIN_CLASS
    letter_class = script_class + "".join(re.escape(c) for c in sorted(letters))
    word = f"[{letter_class}][{letter_class}{_MARK_CLASS}]*"
    if inner:
        inner_class = "".join(re.escape(c) for c in sorted(inner))
        word = f"{word}(?:[{inner_class}]{word})*"
    return base, {c: tuple(r) for c, r in ctx.items()}, re.compile(word)
