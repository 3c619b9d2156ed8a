"""Case: the three forms of every output, title case with ties, the one-letter capital words
held until their line is known (OPEN…CLOSE), and the case around an uncased piece."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable, Container, Mapping, Sequence

from .chars import INVISIBLE_CHARS, INVISIBLE_CLASS, MARK_CHARS, MARK_CLASS, SHAPE

Forms = tuple[str, str, str]  # lower, title, upper


def upper(s: str, capitals: Mapping[str, str] | None = None) -> str:
    """``s`` in capitals (NFC), with a scheme's own capitals first (i → İ in Azerbaijani).

    >>> upper("ilham", {"i": "İ"})
    'İLHAM'
    """
    if capitals:
        s = "".join(capitals.get(ch, ch) for ch in s)
    if s.isascii():
        return s.upper()
    return unicodedata.normalize("NFC", s.upper())


def _title(s: str, capitals: Mapping[str, str] | None = None) -> str:
    """``s`` with its first cased letter in capitals (NFC: Kazakh ı + U+0300, ı̀, is Ì).

    >>> _title("t\u0361s"), _title("\u0131\u0300") == "\u00cc"
    ('T͡S', True)
    """
    for k, ch in enumerate(s):
        up = upper(ch, capitals)
        if up != ch:
            if s[k + 1 : k + 2] in _TIES and k + 2 < len(s):  # t͡s: a tie makes one letter
                s = s[:k] + up + s[k + 1] + upper(s[k + 2], capitals) + s[k + 3 :]
            else:
                s = s[:k] + up + s[k + 1 :]
            return s if s.isascii() else unicodedata.normalize("NFC", s)
    return s


_TIES = frozenset("\u035c\u035d\u035e\u035f\u0360\u0361\u0362\ufe20")


# A one-letter capital word's output is held as OPEN title CLOSE until the whole text is joined
# and its neighbours can be seen (resolve_lone); its capitals form is derived from the title.
# OPEN/CLOSE are Unicode noncharacters, reserved for internal use: an input that holds one is
# romanised piece by piece around it (pieces_around), so every one in an output is ours.
# Neighbours never reach across a line break (as str.splitlines cuts), the NUL that joins
# batched lines, or one of these noncharacters.
OPEN, CLOSE = "\ufdd0", "\ufdd2"
_SENTINEL = "([\ufdd0\ufdd2])"  # (compiled by pieces_around: few inputs hold one)
# A gap between two words: signs, spaces and numbers (a number says nothing about case:
# Я 4 ГОДА → YA 4 GODA), never a letter.
_GAP = r"(?:[^\w\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029\x00\ufdd0\ufdd2]|\d)*"
# Signs an output word may hold between two letters (BGN/PCGN's middle dot, the apostrophes and
# quotes that write ь and ъ, GOST's backtick): the neighbouring word reads across them, so the
# all-caps "YË·Y" (ЁЫ) counts as one word of three letters. The C engine's table flags them
# (F_JOIN, translit/engine/tables.py).
# Combining marks (MARK_CHARS) after a word's first letter stay inside it too, so NFD text
# (e\u0301) reads as NFC (é) does; so do the characters without a glyph a word holds (a soft
# hyphen: SHCH\xadUKA is one word, as Щ\xadУКА is).
JOINERS = "'\"`\u00b7\u2018\u2019\u201d"
_RUN = rf"[^\W\d_](?:[^\W\d_]|[{MARK_CLASS}{INVISIBLE_CLASS}])*"
_WORD = rf"{_RUN}(?:[{re.escape(JOINERS)}]{_RUN})*"
_UNWRITTEN = MARK_CHARS + INVISIBLE_CHARS  # (in a word, no letter)
_NOT_LETTERS = frozenset(JOINERS + _UNWRITTEN)


@functools.cache
def _word_near() -> re.Pattern[str]:
    """A neighbouring word after a gap, matched forwards and on reversed text alike (compiled
    on first use: the interpreter's one-letter words need it, the C engine and start-up not)."""
    return re.compile(rf"{_GAP}({_WORD})")


_NEAR = 80  # characters searched on each side for a neighbouring word


def mark_lone(w: str, out: str) -> str:
    """``out`` of the word ``w``, held for :func:`resolve_lone` when ``w`` is one capital.

    Held even when its title and capitals forms are one (В → V; ALA-LC's Ю → I͡U): a held word
    is known to be one letter, so it links a run of initials (ВЛАСОВ А. Ю. → VLASOV A. YU.) and
    is never read as a neighbouring all-caps word (Ю. Ж. → I͡U. Zh., not I͡U. ZH.).
    """
    if w[:1].translate(SHAPE).isupper() and not w[1:].strip(_UNWRITTEN):
        return f"{OPEN}{out}{CLOSE}"
    return out


def _caps_word(m: re.Match[str] | None) -> bool:
    if m is None:
        return False
    word = m.group(1)
    return len(word) - sum(c in _NOT_LETTERS for c in word) >= 2 and word.isupper()


def resolve_lone(text: str, capitals: Mapping[str, str] | None = None) -> str:
    """Write each held one-letter word in capitals or title case (``capitals``: the scheme's
    own, as :func:`upper`).

    An initial (the word followed by a period) follows its line: in capitals on a line in
    capitals (:func:`caps_line` on the output line, held words aside: Ю. А. ГАГАРИН → YU. A.
    GAGARIN, ГАГАРИН Ю. А. → GAGARIN YU. A.), else in title case, wherever the names in
    capitals stand (ГАГАРИН Ю. А., космонавт → GAGARIN Yu. A., kosmonavt). Any other held word
    follows its neighbours: the nearest word on each side, across signs, spaces and numbers
    (Я 4 ГОДА → YA 4 GODA). Held words side by side read each other as no word; capitals
    spread along their run instead (:func:`_link_runs`: ЮЛЯ И Я → YULYA I YA).
    """
    parts = text.split(OPEN)
    if all(upper(t := p[: p.index(CLOSE)], capitals) == t for p in parts[1:]):
        # every held word reads the same in capitals (В → V): only the marks go
        return text.replace(OPEN, "").replace(CLOSE, "")
    starts = []  # where each held word's OPEN stands in ``text``
    closes = []  # where its CLOSE stands
    at = len(parts[0])
    for part in parts[1:]:
        starts.append(at)
        closes.append(at + 1 + part.index(CLOSE))
        at += len(part) + 1
    ends = [c + 1 for c in closes]  # just after CLOSE
    opens = [*starts[1:], len(text)]  # where the next held word opens
    word = _word_near()
    initial = [text.startswith(".", end) for end in ends]
    lines: dict[int, bool] = {}  # an output line's start → whether it is in capitals
    caps = [
        _line_caps(text, start, lines)
        if initial[k]
        else (
            _caps_word(word.match(text[max(0, start - _NEAR) : start][::-1]))
            or _caps_word(word.match(text, end, end + _NEAR))
        )
        for k, (start, end) in enumerate(zip(starts, ends, strict=True))
    ]
    gap = _gap()  # linked[k]: only a gap between held word k and held word k + 1
    linked = [gap.fullmatch(text, e, o) for e, o in zip(ends, opens, strict=True)]
    _link_runs(caps, initial, linked)
    out = [parts[0]]
    for k, (start, end) in enumerate(zip(starts, ends, strict=True)):
        title = text[start + 1 : closes[k]]
        out.append(upper(title, capitals) if caps[k] else title)
        out.append(text[end : opens[k]])
    return "".join(out)


def _line_caps(text: str, pos: int, known: dict[int, bool]) -> bool:
    """Whether the output line holding ``text[pos]`` is in capitals, its held words aside
    (:func:`caps_line`, any letter counting as a vowel: the output's letters are Latin).

    >>> _line_caps("GAGARIN \ufdd0Yu\ufdd2. \ufdd0A\ufdd2.", 8, {})
    True
    >>> _line_caps("\ufdd0Yu\ufdd2. \ufdd0Zh\ufdd2.", 0, {})
    False
    """
    lo = pos
    while lo and text[lo - 1] not in BREAKS:
        lo -= 1
    found = known.get(lo)
    if found is None:
        m = _line_end().search(text, pos)
        line = _held_word().sub(" ", text[lo : m.start() if m else len(text)])
        found = known[lo] = caps_line(line, None)
    return found


@functools.cache
def _held_word() -> re.Pattern[str]:
    return re.compile(f"{OPEN}[^{CLOSE}]*{CLOSE}")


def _link_runs(caps: list[bool], initial: list[bool], linked: Sequence[object]) -> None:
    """Spread capitals along a run of held words with only a gap between them (``linked[k]``:
    word k and word k + 1), which would read each other as no word: forwards (ЮЛЯ И Я → YULYA
    I YA) and backwards (Я И ТЫ → YA I TY) to a word that is no initial (an initial follows its
    line). One pass each way is all: a word a pass reaches has its neighbour in capitals
    already on the other side.

    >>> caps = [False, True, False, False]
    >>> _link_runs(caps, [False, False, True, False], [True, True, True])
    >>> caps
    [True, True, False, False]
    """
    n = len(caps)
    for k in range(1, n):
        if not caps[k] and caps[k - 1] and linked[k - 1] and not initial[k]:
            caps[k] = True
    for k in range(n - 2, -1, -1):
        if not caps[k] and caps[k + 1] and linked[k] and not initial[k]:
            caps[k] = True


@functools.cache
def _gap() -> re.Pattern[str]:
    return re.compile(_GAP)


@functools.cache
def _sentinel() -> re.Pattern[str]:
    return re.compile(_SENTINEL)


#: what ends a line: as str.splitlines cuts, and the NUL that joins batched lines
BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029\x00"
#: the interpreter memoises an acronym with title-case digraphs as ACRO + its output (ДШК →
#: ACRO DShK): its case waits for its line (:class:`CapsLines`), as a one-letter word's does
ACRO = "\ufdd1"


@functools.cache
def _run() -> re.Pattern[str]:
    return re.compile(_RUN)


@functools.cache
def _line_end() -> re.Pattern[str]:
    return re.compile(f"[{re.escape(BREAKS)}]")


def caps_line(line: str, vowels: Container[str] | None) -> bool:
    """Whether ``line`` is in capitals: no small letter, and a word of two letters or more
    (combining marks aside) holding one of ``vowels`` (a word, not only acronyms: ЦК КПСС alone
    stays running text). An acronym on such a line is written in capitals (РЕФОРМА ЖКХ →
    REFORMA ZHKKH), both by the schemes that write acronyms with title-case digraphs
    (``case.acronyms = "title"``: Reforma ZhKKh) and by the reader targets. The one home of the
    rule; the C engine's ``caps_line`` reads lines the same way (a line where a combining mark
    follows a letter it leaves to the interpreter, which reads it in NFC). ``vowels`` None: any letter
    counts (a romanised line, whose letters are Latin: the initials of :func:`resolve_lone`).

    >>> v = set("аеёиоуыэюя")
    >>> caps_line("РЕФОРМА ЖКХ", v), caps_line("ЦК КПСС", v), caps_line("Реформа ЖКХ", v)
    (True, False, False)
    """
    if any(map(str.islower, line)):
        return False
    if vowels is not None and not unicodedata.is_normalized("NFC", line):
        line = unicodedata.normalize("NFC", line)  # (NFD И + U+0306 is Й, no vowel)
    return any(
        len(w) - sum(c in _UNWRITTEN for c in w) > 1
        and (vowels is None or any(c.lower() in vowels for c in w))
        for w in _run().findall(line)
    )


class CapsLines:
    """Which lines of ``text`` are in capitals (:func:`caps_line`), each line read once.

    >>> lines = CapsLines("РЕФОРМА ЖКХ\\nЦК КПСС\\nРеформа ЖКХ", set("аеёиоуыэюя"))
    >>> lines.at(8), lines.at(15), lines.at(28)
    (True, False, False)
    """

    __slots__ = ("_hi", "_known", "_lo", "_text", "_vowels")

    def __init__(self, text: str, vowels: Container[str]) -> None:
        self._text = text
        self._vowels = vowels
        self._lo = self._hi = -1  # the last line read: text[lo:hi], and whether in capitals
        self._known = False

    def at(self, pos: int) -> bool:
        """Whether the line holding ``text[pos]`` is in capitals."""
        if not self._lo <= pos < self._hi:
            text = self._text
            lo = pos  # (back character by character: a line is read once, its text never)
            while lo and text[lo - 1] not in BREAKS:
                lo -= 1
            m = _line_end().search(text, pos)
            hi = m.start() if m else len(text)
            self._lo, self._hi = lo, max(hi, pos + 1)
            self._known = caps_line(text[lo:hi], self._vowels)
        return self._known


def pieces_around(fn: Callable[[str], str], text: str) -> str:
    """``fn`` on the pieces of ``text`` between the noncharacters OPEN/CLOSE, kept as they are."""
    parts = _sentinel().split(text)
    parts[::2] = map(fn, parts[::2])
    return "".join(parts)


def case_forms(out: str, capitals: Mapping[str, str] | None = None) -> Forms:
    """The lower, title and upper forms of an output (``capitals``: the scheme's own)."""
    return (out, _title(out, capitals), upper(out, capitals))


class Around:
    """The case of the cased letters around any piece of a word, looked up in constant time.

    Two bytes per letter, so a giant word stays small: ``_before[i]`` codes the last and the
    second to last cased letter of ``w[:i]`` (0 none, 1 lower, 2 upper: last + 3 * second),
    ``_after[j]`` the first cased letter of ``w[j:]``.
    """

    __slots__ = ("_after", "_before")

    def __init__(self, w: str) -> None:
        n = len(w)
        before = bytearray(n + 1)
        after = bytearray(n + 1)
        code = 0
        for k, c in enumerate(w):
            if c.isupper():
                code = 2 + 3 * (code % 3)
            elif c.islower():
                code = 1 + 3 * (code % 3)
            before[k + 1] = code
        nxt = 0
        for k in range(n - 1, -1, -1):
            c = w[k]
            if c.isupper():
                nxt = 2
            elif c.islower():
                nxt = 1
            after[k] = nxt
        self._before = before
        self._after = after

    def upper(self, i: int, j: int) -> bool:
        """Whether the uncased piece ``w[i:j]`` stands among capitals (LʹVOV, SOLʹ; not Lʹ).

        With no cased letter before it (a word-initial palochka), the word's first cased
        letter decides: a capital there is an all-caps word (ӀАЛА), since a capitalised word's
        capital would be the piece itself.
        """
        code = self._before[i]
        after = self._after[j]
        if code == 0:
            return after == 2
        if code % 3 != 2:
            return False
        if after:
            return after == 2
        return code // 3 == 2
