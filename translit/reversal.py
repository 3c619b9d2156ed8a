"""Reverse transliteration: read the Latin output of a reversible scheme back into Cyrillic.

A scheme declares ``reversible = true`` when its romanisation loses nothing. Its reverse table
is either written in the file (a ``[reverse]`` body, for schemes whose reading needs context,
e.g. BGN/PCGN) or derived here from the scheme's own letters: every output read back as its
source letter, longest match first (ISO 9, GOST 7.79, the Serbian Latin alphabet).

**The rule for Latin text** (documented in README.md): the text is cut into Latin words; a
word is replaced by its Cyrillic reading only when that reading

1. contains no Latin letter any more (every letter was read), and
2. romanises back, under the same scheme, to exactly the original word.

Otherwise the word is kept as it is. So English words, URLs, code and romanisations under
another scheme pass through unchanged ("watch" stays "watch": BGN/PCGN has no "w"), and a word
is never half converted. Latin words that *are* valid romanisations are converted ("test" →
«тест» under BGN/PCGN): that is what asking for a reverse transliteration means.

    >>> from translit import reverse
    >>> reverse("Ŝëgolʹ, watch", "iso-9")
    'Щёголь, watch'
"""

from __future__ import annotations

import dataclasses
import functools
import re
import threading
import unicodedata
from collections.abc import Iterable, Iterator
from typing import IO, Any

from .catalogue import get_romanizer, get_scheme, locate, norm_lang, schemes
from .chunking import convert_chunks, convert_stream
from .engine import Memo, Romanizer
from .errors import IrreversibleSchemeError, SchemeError, want_str
from .scheme import Body, Scheme
from .script import INVISIBLE, ROMAN_CLASS, char_class, drop_invisible, is_cyrillic

__all__ = ["Reverser", "get_reverser", "reverse"]

_LATIN = ROMAN_CLASS
_MARKS = r"\u0300-\u036F\uFE20-\uFE2F"
#: the characters without a glyph a word holds (a soft hyphen, a joiner): inside a word, each
#: following the Cyrillic letter whose romanisation holds the Latin before it
_UNSEEN = char_class(INVISIBLE)
_UNSEEN_RE = re.compile(f"[{_UNSEEN}]")
#: the stress marks a romanised word keeps from its Cyrillic (combining acute and grave)
_STRESS = "\u0301\u0300"
#: marks × letters past which a word is not searched for its marks' places (a text of them)
_MAX_STRESS_WORK = 1 << 12
#: letters past which a word's characters without a glyph are not placed (each place is found
#: by romanising the letters before it: a text of them, no word, is kept as written)
_MAX_UNSEEN_WORD = 256
_lock = threading.RLock()


def derive_reverse(scheme: Scheme) -> Body:
    """The reverse body of a one-to-one scheme: each Latin output read back as its letter.

    Context rules add their outputs when no plain letter already gives the same Latin text.
    Two letters with the same output make the scheme ambiguous: a :class:`SchemeError`.
    """
    inv: dict[str, str] = {}
    for src, out in scheme.body.letters.items():
        if not out:
            continue
        if out in inv and inv[out] != src:
            raise SchemeError(
                scheme.path,
                "reversible",
                f"{inv[out]!r} and {src!r} are both {out!r}; add a [reverse] table",
            )
        inv[out] = src
    for rule in scheme.body.rules:
        if rule.out and rule.out not in inv:
            inv[rule.out] = rule.match
    letters = dict(inv)
    for out, src in inv.items():
        # a capital without a precomposed form (ǰ → J̌) lower-cases to a decomposed sequence
        low = unicodedata.normalize("NFC", out.upper()).lower()
        if low != out:
            letters.setdefault(low, src)
    return Body(script="Latn", letters=letters, fallback=None)


class Reverser:
    """Latin → Cyrillic for one reversible scheme and language; get one with :func:`get_reverser`.

    >>> get_reverser("latin", "sr")("Đorđe Jovanović")
    'Ђорђе Јовановић'
    """

    __slots__ = (
        "_back",
        "_forward",
        "_signs",
        "_uncased",
        "_word_re",
        "_words",
        "lang",
        "scheme",
    )

    def __init__(self, scheme: Scheme, lang: str) -> None:
        if not scheme.reversible:
            ones = [s["id"] for s in schemes(lang) if s["reversible"]]
            raise IrreversibleSchemeError(
                f"scheme {scheme.id!r} ({scheme.language}) is not reversible: its romanisation "
                f"loses information; reversible ones for {lang}: {', '.join(ones) or 'none'}"
                " (marked [reversible] in 'translit schemes')"
            )
        self.scheme = scheme
        self.lang = lang
        # the standard's letters exactly: a candidate read back is checked by romanising it
        # again, and the look-alike repair would write a word of capital Х and І alone as a
        # Roman numeral (ХХ → XX, not ISO 9's HH), so HH could not be read back
        self._forward = get_romanizer(scheme.id, lang, homoglyphs=False)
        if scheme.reverse is not None:
            body = scheme.reverse
            self._back = get_romanizer(scheme.id, lang, reverse=True)
        else:
            body = derive_reverse(scheme)
            self._back = Romanizer(dataclasses.replace(scheme, reverse=body), reverse=True)
        self._word_re = _word_pattern(body)
        self._uncased = frozenset(
            out.lower()
            for src, out in body.letters.items()
            if not any(c.isupper() or c.islower() for c in src)
        )
        self._signs = frozenset(
            c for src in body.letters for c in src if unicodedata.category(c)[0] not in "LM"
        )
        self._words = Memo(self._word, 1 << 16)

    def __repr__(self) -> str:
        return f"<Reverser {self.scheme.id!r} ({self.lang})>"

    def __reduce__(self) -> tuple[Any, ...]:
        return (get_reverser, (self.scheme.id, self.lang))

    def reverse(self, text: str) -> str:
        """Cyrillic reading of ``text``; non-Latin text and invalid Latin words are kept.

        >>> get_reverser("bgn-pcgn", "ru").reverse("Podʺyezd, Moskva")
        'Подъезд, Москва'
        """
        text = want_str(text, "reverse()")
        words = self._words
        return self._word_re.sub(lambda m: words[m.group()], text)

    __call__ = reverse

    def reverse_lines(self, lines: Iterable[str]) -> Iterator[str]:
        """Reverse each line of an iterable (line endings, if any, are kept)."""
        return map(self.reverse, lines)

    def reverse_chunks(self, chunks: Iterable[str]) -> Iterator[str]:
        """Reverse a stream of text pieces cut anywhere; the output equals reversing the join."""
        return convert_chunks(chunks, self.reverse, self.safe_cut)

    def reverse_stream(self, src: IO[str], dst: IO[str], chunk_size: int = 1 << 16) -> None:
        """Read ``src`` in chunks and write its Cyrillic reading to ``dst`` (bounded memory)."""
        convert_stream(src, dst, self.reverse, self.safe_cut, chunk_size)

    @staticmethod
    def safe_cut(text: str) -> int:
        """The largest index at which ``text`` can be cut: after its last space or line break."""
        text = want_str(text, "safe_cut()")
        return max(text.rfind("\n"), text.rfind(" ")) + 1

    def _word(self, word: str) -> str:
        if _UNSEEN_RE.search(word):
            return self._unseen(word)
        cyr = self._read(word)
        if cyr is not None:
            return cyr
        # a trailing sign may be punctuation rather than part of the romanisation
        stripped = word.rstrip("`'·\"’")
        if stripped != word and stripped:
            cyr = self._read(stripped)
            if cyr is not None:
                return cyr + word[len(stripped) :]
        return word

    def _unseen(self, word: str) -> str:
        """The word read without its characters without a glyph, each put back after the
        first Cyrillic letters whose romanisation holds the Latin before it (Mos\xadkva →
        Мос\xadква); a word that is no romanisation kept whole (Ch\xadekhov in GOST 7.79 B).
        """
        plain = drop_invisible(word)
        if len(plain) > _MAX_UNSEEN_WORD:
            return word
        cyr = self._word(plain)
        if cyr == plain:
            return word
        forward = self._forward.romanize
        marks: list[tuple[int, str]] = []  # (after how many letters of cyr, the character)
        at = 0  # characters of plain before the next one
        k = 0
        for ch in word:
            if not _UNSEEN_RE.match(ch):
                at += 1
                continue
            head = unicodedata.normalize("NFC", plain[:at]).lower()
            while k < len(cyr) and not (
                unicodedata.normalize("NFC", forward(cyr[:k])).lower().startswith(head)
            ):
                k += 1
            marks.append((k, ch))
        out = []
        start = 0
        for k, ch in marks:
            out += [cyr[start:k], ch]
            start = k
        out.append(cyr[start:])
        return "".join(out)

    def _read(self, word: str) -> str | None:
        return self._read_plain(word) or self._stressed(unicodedata.normalize("NFC", word))

    def _read_plain(self, word: str) -> str | None:
        nfc = unicodedata.normalize("NFC", word)
        cyr = self._back.romanize(nfc)
        if cyr == nfc or _has_latin(cyr) or any(c in self._signs for c in cyr):
            return None
        forward = self._forward.romanize
        back = forward(cyr)
        # a one-letter capital is written in capitals beside an all-caps word (Я ЛЮБЛЮ → YA …)
        if back == nfc or (len(cyr) == 1 and cyr.isupper() and back.upper() == nfc):
            return cyr
        # a letter read from a sign without case (ʹ ʺ `) took its case from its neighbours;
        # the other case may be the one that romanises back to the word (ЕЪА → YEʺA)
        spots = [i for i, c in enumerate(cyr) if c.lower() in self._uncased][:4]
        for flips in range(1, 1 << len(spots)):
            chars = list(cyr)
            for bit, i in enumerate(spots):
                if flips >> bit & 1:
                    chars[i] = chars[i].swapcase()
            candidate = "".join(chars)
            if forward(candidate) == nfc:
                return candidate
        return None

    def _stressed(self, word: str) -> str | None:
        """A word with stress marks (romanize keeps them on their vowel: И́горь → Ígorʹ): read
        without them, then each mark in turn put after the first Cyrillic letter where the
        word romanises back to ``word`` with the marks placed so far; None when one finds no
        place (or the word has none).

        >>> get_reverser("bgn-pcgn", "ru")._stressed("Víktorovich")
        'Ви́кторович'
        """
        nfd = unicodedata.normalize("NFD", word)
        at = [i for i, c in enumerate(nfd) if c in _STRESS]
        if not at or len(at) * len(nfd) > _MAX_STRESS_WORK:
            return None
        cyr = self._read_plain("".join(c for c in nfd if c not in _STRESS))
        if cyr is None:
            return None
        forward = self._forward.romanize
        start = 0
        for i in at:  # the word with its marks up to this one, the later ones left out
            want = unicodedata.normalize(
                "NFC", nfd[: i + 1] + "".join(c for c in nfd[i + 1 :] if c not in _STRESS)
            )
            for p in range(start + 1, len(cyr) + 1):
                if not cyr[p - 1].isalpha():
                    continue
                candidate = cyr[:p] + nfd[i] + cyr[p:]
                if unicodedata.normalize("NFC", forward(candidate)) == want:
                    cyr, start = candidate, p + 1
                    break
            else:
                return None
        return unicodedata.normalize("NFC", cyr)


def _has_latin(text: str) -> bool:
    return any(c.isalpha() and not is_cyrillic(c) for c in text)


def _word_pattern(body: Body) -> re.Pattern[str]:
    """Latin words: letters (with marks), the scheme's inner signs between or after them."""
    extra_letters: set[str] = set()
    inner: set[str] = set()
    for src in body.letters:
        for ch in src:
            cat = unicodedata.category(ch)
            if cat[0] == "L":
                extra_letters.add(ch)
            elif cat[0] != "M":
                inner.add(ch)
    letters = _LATIN + "".join(re.escape(c) for c in sorted(extra_letters))
    word = f"[{letters}][{letters}{_MARKS}{_UNSEEN}]*"
    if inner:
        signs = "".join(re.escape(c) for c in sorted(inner))
        # (a word's last signs too may be cut by a character without a glyph: GOST 7.79 B's
        # `` of ъ, `\xad`, is one sign, not ` and a stray one)
        last = f"(?:[{signs}](?:[{_UNSEEN}]*[{signs}])*)?"
        word = f"{word}(?:[{signs}][{signs}{_UNSEEN}]*{word})*{last}"
    return re.compile(word)


@functools.cache
def _reverser(folder: str, sid: str, lang: str) -> Reverser:
    return Reverser(get_scheme(sid, folder if folder == "any" else lang), lang)


def get_reverser(scheme: str = "iso-9", lang: str = "ru") -> Reverser:
    """The cached :class:`Reverser` for ``scheme`` (id or alias) and ``lang``.

    Raises :class:`~translit.IrreversibleSchemeError` for a scheme that loses information and
    :class:`~translit.UnknownSchemeError` / :class:`~translit.UnknownLanguageError` for
    unknown names.

    >>> get_reverser("iso-9", "uk")("Kiïv")
    'Київ'
    """
    lang = norm_lang(lang)
    folder, sid = locate(scheme, lang)
    with _lock:
        return _reverser(folder, sid, lang)


def reverse(text: str, scheme: str, lang: str = "ru") -> str:
    """Turn ``text`` romanised under ``scheme`` (for ``lang``) back into Cyrillic.

    Words that are not a valid romanisation under the scheme are left as they are (see the
    module documentation for the exact rule).

    >>> reverse("Đorđe Jovanović", "latin", "sr")
    'Ђорђе Јовановић'
    >>> reverse("Yelʹtsin watched", "bgn-pcgn")
    'Ельцин watched'
    """
    text = want_str(text, "reverse()")
    return get_reverser(scheme, lang).reverse(text)
