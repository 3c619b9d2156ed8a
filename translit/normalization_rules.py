"""The rules of :func:`translit.normalize`, compiled: trigger regexes, tables and the per-token pass.

:mod:`translit.normalization` checks the options, decides the language-dependent ones and
reports; this module turns a set of options into a :class:`Plan` (cached) whose
:meth:`Plan.edits` lists the changes to a text. The data (look-alike pairs, stress marks, old
letters, quote and dash styles) lives in ``translit/data/normalize.toml``.
"""

from __future__ import annotations

import heapq
import itertools
import re
import unicodedata
from collections.abc import Callable, Iterator
from functools import cache
from typing import Any, NamedTuple

from . import _datafiles as datafiles
from .engine.chars import INVISIBLE_CLASS
from .engine.lookalike import (
    LETTERS,
    WORD,
    apostrophe_lookalikes,
    ends_capitals,
    letter,
    mixed_letters,
    numeral_letters,
    numeral_runs,
    repair_apostrophes,
    repair_word,
)
from .engine.native import FIRST_OF, RUNS_OF, char_table, is_normal, screened, unstable_spans
from .script import (
    CYRILLIC_LETTER_CLASS,
    CYRILLIC_LETTERS,
    INVISIBLE,
    LATIN_LETTER_CLASS,
    LATIN_LETTERS,
    MARK_CLASS,
    MARKS,
    Form,
    chars,
    in_ranges,
)

__all__ = [
    "LETTERS",
    "RULES",
    "Data",
    "Edit",
    "Form",
    "Options",
    "Plan",
    "apply_edits",
    "load_data",
    "mixed_letters",
    "plan",
]

#: Rule names used in :attr:`translit.normalization.Change.rule`, in the order the rules apply.
RULES: tuple[str, ...] = (
    "unicode",
    "homoglyph",
    "stress",
    "old-orthography",
    "yo",
    "quotes",
    "dashes",
    "spaces",
)


# --------------------------------------------------------------------------------------------
# character classes (the regex classes and the Python sets are built from the same ranges)

_LATIN_RANGES = LATIN_LETTERS
_CYRILLIC_RANGES = CYRILLIC_LETTERS
_MARK_RANGES = MARKS
_SHY = "\u00ad"
_OPENERS = "([{"
_CLOSERS = ",.;:!?)]}…"


_in = in_ranges


_L, _C, _M = LATIN_LETTER_CLASS, CYRILLIC_LETTER_CLASS, MARK_CLASS
# the large classes as pattern strings, compiled by _rx on first use: most texts pass the quick
# scan and need none of them, so a start-up does not pay for them (about 2 ms)
_LATIN_RE = f"[{_L}]"
_CYRILLIC_RE = f"[{_C}]"


@cache
def _rx(pattern: str) -> re.Pattern[str]:
    """``pattern`` compiled, once."""
    return re.compile(pattern)


def _repair_lookalikes(
    slots: list[str], put: Callable[[int, str, str], None], lang: str | None
) -> None:
    """The look-alike repair (engine/lookalike.py: its home) of a token's ``slots``, read as if
    its characters without a glyph were not there: they continue a word (Х\u00adІ is the
    numeral XI, а\u200cХІ\u200cЄ no numeral), as romanize reads them."""
    keep = [i for i, c in enumerate(slots) if c not in _INVISIBLE_CHARS]
    if len(keep) == len(slots):
        view, put_view = slots, put
    else:
        view = [slots[i] for i in keep]

        def put_view(j: int, new: str, rule: str) -> None:
            view[j] = new
            put(keep[j], new, rule)

    for m in _rx(WORD).finditer("".join(view)):
        repair_word(view, m.start(), m.end(), put_view, lang)
    repair_apostrophes(view, put_view)


_TOKEN_REST = re.compile(r"\S*")
_MAX_MEMO_KEY = 64
_MEMO_SIZE = 1 << 16


# --------------------------------------------------------------------------------------------
# data


class Data:
    """The content of ``translit/data/normalize.toml``, checked and indexed."""

    def __init__(self, raw: dict[str, Any]) -> None:
        s = raw["stress"]
        self.stress_marks = frozenset(s["marks"])
        self.grave_marks = frozenset(
            m for m in s["marks"] if unicodedata.name(m).endswith("GRAVE ACCENT") or m == "\u0340"
        )
        self.vowels = frozenset(s["vowels"])
        self.keep_grave_langs = frozenset(s["keep_grave"]["languages"])
        self.keep_grave_letters = frozenset(s["keep_grave"]["letters"])
        o = raw["old_orthography"]
        self.old_langs = frozenset(o["languages"])
        self.old_letters: dict[str, str] = dict(o["letters"])
        self.hard_signs = frozenset(o["final_hard_sign"])
        self.old_words: dict[str, str] = dict(o["words"])
        self.old_evidence = o["evidence"]
        self.other_letters = o["other_languages"]
        q = raw["quotes"]
        self.quote_chars = frozenset(q["chars"])
        self.quote_opening = frozenset(q["opening"])
        self.quote_closing = frozenset(q["closing"])
        self.quote_styles: dict[str, str] = dict(q["styles"])
        d = raw["dashes"]
        self.dash_chars = frozenset(d["chars"])
        self.spaced_hyphens = frozenset(d["spaced_hyphens"])
        self.dash_styles: dict[str, str] = dict(d["styles"])
        sp = raw["spaces"]
        self.space_chars = frozenset(sp["chars"])
        self.space_remove = frozenset(sp["remove"])
        self.raw_quotes = q["chars"]
        self.raw_dashes = d["chars"]
        self.raw_spaces = sp["chars"]
        self.raw_remove = sp["remove"]


@cache
def load_data() -> Data:
    return Data(datafiles.load_toml("normalize.toml"))


# --------------------------------------------------------------------------------------------
# options


class Options(NamedTuple):
    form: Form | None
    homoglyphs: bool
    stress: bool
    old: bool
    yo_fold: bool
    quotes: str | None  # opening + closing
    dash: str | None
    spaces: bool
    keep_grave: bool
    lang: str | None = None  # (the look-alikes' words of a language: Belarusian IХ)


# --------------------------------------------------------------------------------------------
# the compiled plan: triggers and the per-token pass


Edit = tuple[int, int, str, str]  # start, end, replacement, rule


_INVISIBLE_CHARS = frozenset(chars(INVISIBLE))


def _bases(slots: list[str]) -> Iterator[tuple[int, str, int]]:
    """(index, slot, index of the letter a mark there sits on or -1) for each non-empty slot,
    in one pass, so that a run of marks costs linear time. A mark sits on the letter before
    an invisible character (``О\u00ad\u0301``: the stress mark is О's, so the stress rule
    strips it whether or not the soft hyphen goes too, and normalising twice changes nothing
    more)."""
    j = -1
    for i, c in enumerate(slots):
        if c:
            yield i, c, j
            if not unicodedata.combining(c[0]) and c[0] not in _INVISIBLE_CHARS:
                j = i


class Plan:
    """Everything that depends only on the options: trigger regex, tables, token memo."""

    def __init__(self, opts: Options) -> None:
        self.opts = opts
        data = self.data = load_data()
        esc = re.escape
        # one regex per rule, each starting with a character class so that the regex engine
        # skips text that cannot match at C speed; their matches are merged in text order
        trig: list[str] = []
        lead: list[str] = []  # the characters each trigger starts with
        if opts.stress:
            pre = "".join(
                c
                for c in _chars(_CYRILLIC_RANGES)
                if any(m in data.stress_marks for m in unicodedata.normalize("NFD", c)[1:])
            )
            lead.append("".join(sorted(data.stress_marks)) + pre)
            trig.append(f"[{esc(lead[-1])}]")
        if opts.old:
            lead.append("".join(data.old_letters) + "".join(data.hard_signs))
            trig.append(f"[{esc(lead[-1])}]")
            for word in data.old_words:
                if not any(c in data.old_letters or c in data.hard_signs for c in word):
                    last = word[-1]
                    lead.append(last + last.upper())
                    trig.append(f"[{esc(lead[-1])}](?<=(?i:{esc(word)}))")
        if opts.yo_fold:
            lead.append("ёЁ\u0308")
            trig.append(f"[{lead[-1]}]")
        if opts.quotes:
            lead.append(data.raw_quotes)
            trig.append(f"[{esc(lead[-1])}]")
        if opts.dash:
            lead.append(data.raw_dashes)
            trig.append(f"[{esc(lead[-1])}]")
            hy = "".join(sorted(data.spaced_hyphens))
            lead.append(hy)
            trig.append(f"[{esc(hy)}](?<!\\S[{esc(hy)}])(?!\\S)")
        if opts.spaces:
            lead.append(data.raw_remove + data.raw_spaces)
            trig.append(f"[{esc(data.raw_remove)}]")
        # a word of Cyrillic look-alikes of I V X L alone (ХХ век; a mixed word is found by its
        # scan below): two of them in a row, found by the quick check as a run (RUNS_OF), not
        # by their letters, or every text holding a capital Х took the detailed scans (3x)
        self.numeral_table: bytes | None = None
        if opts.homoglyphs:
            if RUNS_OF is not None:
                # (characters without a glyph too: Х\u00adІ is a run, numeral_runs says)
                letters = [(ord(c), ord(c)) for c in numeral_letters()]
                self.numeral_table = char_table([*letters, *INVISIBLE])
            else:
                lead.append(numeral_letters())
            trig.append(numeral_runs().pattern)
            lead.append(apostrophe_lookalikes())  # (Знам`янка: a look-alike of the apostrophe)
            trig.append(f"[{esc(lead[-1])}]")
        self.trigger_sources = trig  # compiled by the first text the quick check lets through
        self._triggers: list[re.Pattern[str]] | None = None
        self.space_trigger = re.compile(f"[{esc(data.raw_spaces)}]") if opts.spaces else None
        # the quick check (:meth:`untouched`): one class holding every character that any scan
        # below can start a hit at; a look-alike hit always holds a Latin letter, and text with
        # no combining mark is in NFC/NFKC if unicodedata.is_normalized says so
        # (in C a bitmap of those characters, scanned ten times faster than the regex class)
        quick = sorted(set("".join(lead)))
        ranges = [(ord(c), ord(c)) for c in quick]
        ranges += (_LATIN_RANGES if opts.homoglyphs else ()) + (
            _MARK_RANGES if opts.form is not None else ()
        )
        self.quick_table = char_table(ranges) if ranges and FIRST_OF is not None else None
        classes = esc("".join(quick))
        classes += (_L if opts.homoglyphs else "") + (_M if opts.form is not None else "")
        self.quick = re.compile(f"[{classes}]") if classes and self.quick_table is None else None
        self.memo: dict[str, tuple[Edit, ...]] = {}

    # -- whole text ----------------------------------------------------------------------

    def untouched(self, text: str) -> bool:
        """Whether :meth:`edits` finds nothing in ``text``, told by one regex scan and one
        normal-form check (both in C); False means "maybe" (the detailed scans decide).

        >>> p = plan(Options("NFC", True, True, False, False, None, None, False, False))
        >>> p.untouched("Власов\\n"), p.untouched("Влáсов"), p.untouched("PОА")
        (True, False, False)
        >>> p.untouched("Хорошо, Ігор"), p.untouched("ХХ век")  # (a numeral: two in a row)
        (True, False)
        """
        if self.quick_table is not None:
            assert FIRST_OF is not None
            if FIRST_OF(str.__str__(text), self.quick_table) >= 0:
                return False
        elif self.quick is not None and self.quick.search(text):
            return False
        if self.numeral_table is not None:
            assert RUNS_OF is not None
            if RUNS_OF(str.__str__(text), self.numeral_table, 2):
                return False
        form = self.opts.form
        return form is None or is_normal(text, form)

    def edits(self, text: str) -> Iterator[Edit]:
        """Every change to ``text``, in order, as (start, end, replacement, rule)."""
        if text.isascii() and not (self.opts.quotes or self.opts.dash):
            return  # ASCII is in every normal form and has no Cyrillic: nothing applies
        if self._triggers is None:
            self._triggers = [re.compile(t) for t in self.trigger_sources]
        scans: list[Iterator[tuple[int, int, bool]]] = [
            ((m.start(), m.end(), False) for m in rx.finditer(text)) for rx in self._triggers
        ]
        if self.opts.homoglyphs:
            scans.append(_mixed_scan(text))
            # (a token holding a character without a glyph: its repair reads it without them,
            # so it is read whole, as the token's edits say: a\u0301\u0301\u0301\xadа)
            hidden = _rx(f"[{INVISIBLE_CLASS}]").finditer(text)
            scans.append((m.start(), m.end(), False) for m in hidden)
        if self.space_trigger is not None:
            spaces = self.space_trigger.finditer(text)
            scans.append((m.start(), m.end(), True) for m in spaces)
        form = self.opts.form
        if form is not None:
            scans.append(_unnormalized(form, text))
        hits = scans[0] if len(scans) == 1 else heapq.merge(*scans)
        done = 0
        for start, end, space in hits:
            if start < done:
                continue
            if space:
                yield from self._space(text[start], start)
                done = start + 1
                continue
            s = start
            while s > done and not text[s - 1].isspace():
                s -= 1
            e = _TOKEN_REST.match(text, end).end()  # type: ignore[union-attr]
            kept = self._name_syllables(text, s, e)
            for edit in self._token(text[s:e], s):  # (the token's edits are memoised alone)
                if not (edit[3] == "homoglyph" and any(a <= edit[0] < b for a, b in kept)):
                    yield edit
            done = e

    def _name_syllables(self, text: str, s: int, e: int) -> list[tuple[int, int]]:
        """The words of look-alikes of I V X L in ``text[s:e]`` that end a run of capitals
        (ПАК ЧОН ХІ: :func:`~translit.engine.lookalike.ends_capitals`), which the token's
        own edits, read without the words around it, would make a numeral."""
        if not self.opts.homoglyphs or self.numeral_table is None:
            return []
        return [
            (m.start(), m.end())
            for m in numeral_runs().finditer(text, s, e)
            if ends_capitals(text, m.start(), m.end())
        ]

    def _space(self, ch: str, at: int) -> Iterator[Edit]:
        out, rules = ch, []
        form = self.opts.form
        if form is not None:
            out = unicodedata.normalize(form, ch)
            if out != ch:
                rules.append("unicode")
        if self.opts.spaces and ch in self.data.space_chars:
            out = " "
            rules.append("spaces")
        if out != ch:
            yield (at, at + 1, out, "+".join(rules))

    def _token(self, tok: str, at: int) -> Iterator[Edit]:
        edits = self.memo.get(tok)
        if edits is None:
            edits = self._token_edits(tok)
            if len(tok) <= _MAX_MEMO_KEY:
                if len(self.memo) >= _MEMO_SIZE:
                    self.memo.clear()
                self.memo[tok] = edits
        for s, e, out, rule in edits:
            yield (at + s, at + e, out, rule)

    # -- one token -----------------------------------------------------------------------

    def _token_edits(self, tok: str) -> tuple[Edit, ...]:
        opts = self.opts
        form = opts.form
        base_form: Form = "NFKC" if form in ("NFKC", "NFKD") else "NFC"
        # clusters: a starter and the combining marks after it
        bounds = [i for i, c in enumerate(tok) if i == 0 or not unicodedata.combining(c)]
        bounds.append(len(tok))
        origs = [tok[a:b] for a, b in itertools.pairwise(bounds)]
        rules: list[list[str]] = []
        slots: list[str] = []
        owner: list[int] = []
        for k, orig in enumerate(origs):
            internal = unicodedata.normalize(base_form, orig)
            rules.append(
                ["unicode"]
                if form is not None and unicodedata.normalize(form, orig) != orig
                else []
            )
            slots.extend(internal)
            owner.extend([k] * len(internal))
        text = "".join(slots)
        words = [m.span() for m in _rx(WORD).finditer(text)]

        def put(i: int, new: str, rule: str) -> None:
            if slots[i] != new:
                slots[i] = new
                r = rules[owner[i]]
                if rule not in r:
                    r.append(rule)

        if opts.homoglyphs:
            _repair_lookalikes(slots, put, opts.lang)
        latin_words = {
            w
            for w, (a, b) in enumerate(words)
            if any(letter(c[0])[0] == "L" for c in slots[a:b] if c)
        }
        if opts.stress:
            self._stress(slots, put)
        if opts.old:
            for w, (a, b) in enumerate(words):
                if w not in latin_words:
                    self._old(slots, a, b, put)
        if opts.yo_fold:
            self._yo(slots, put)
        if opts.quotes or opts.dash or opts.spaces:
            self._typography(text, slots, put)
        # assemble
        edits: list[Edit] = []
        pos = 0
        k0 = 0
        for k, orig in enumerate(origs):
            n = len(orig)
            k1 = k0
            while k1 < len(owner) and owner[k1] == k:
                k1 += 1
            new = "".join(slots[k0:k1])
            k0 = k1
            out = (
                unicodedata.normalize(form, new)
                if form is not None
                else (new if rules[k] else orig)
            )
            if out != orig:
                rule = "+".join(r for r in RULES if r in rules[k])
                if edits and edits[-1][1] == pos and edits[-1][3] == rule:
                    s, _, prev, _ = edits[-1]
                    edits[-1] = (s, pos + n, prev + out, rule)
                else:
                    edits.append((pos, pos + n, out, rule))
            pos += n
        if form is not None and edits:
            result = apply_edits(tok, edits)
            if not unicodedata.is_normalized(form, result):
                used = {r for e in edits for r in e[3].split("+")} | {"unicode"}
                rule = "+".join(r for r in RULES if r in used)
                return ((0, len(tok), unicodedata.normalize(form, result), rule),)
        elif form is not None and not unicodedata.is_normalized(form, tok):
            return ((0, len(tok), unicodedata.normalize(form, tok), "unicode"),)
        return tuple(edits)

    def _stress(self, slots: list[str], put: Any) -> None:
        data = self.data
        keep = self.opts.keep_grave

        def strips(mark: str, base: str) -> bool:
            low = base.lower()
            if low not in data.vowels or not _in(_CYRILLIC_RANGES, base):
                return False
            return not (keep and mark in data.grave_marks and low in data.keep_grave_letters)

        for i, c, j in _bases(slots):
            if c in data.stress_marks:
                if j >= 0 and strips(c, unicodedata.normalize("NFD", slots[j])[0]):
                    put(i, "", "stress")
                continue
            d = unicodedata.normalize("NFD", c)
            if len(d) > 1 and any(m in data.stress_marks for m in d):
                kept = "".join(
                    m for m in d[1:] if m not in data.stress_marks or not strips(m, d[0])
                )
                put(i, unicodedata.normalize("NFC", d[0] + kept), "stress")

    def _old(self, slots: list[str], a: int, b: int, put: Any) -> None:
        data = self.data
        letters = [i for i in range(a, b) if slots[i][:1].isalpha()]
        if not letters or any(not _in(_CYRILLIC_RANGES, slots[i][0]) for i in letters):
            return
        word = "".join(slots[i] for i in letters)
        new = data.old_words.get(word.lower())
        if (
            new is not None
            and len(new)
            and not any(unicodedata.combining(c) for c in slots[a:b] if c)
        ):
            if word.isupper():
                new = new.upper()
            elif word[0].isupper():
                new = new[0].upper() + new[1:]
            for k, i in enumerate(letters):
                put(i, new if k == 0 else "", "old-orthography")
            return
        for i in letters:
            rep = data.old_letters.get(slots[i][0])
            if rep is not None:
                put(i, rep + slots[i][1:], "old-orthography")
        # word-final hard signs after a letter that is not one
        k = len(letters)
        while k and slots[letters[k - 1]] in data.hard_signs:
            k -= 1
        if 0 < k < len(letters):
            for i in range(letters[k], b):
                if slots[i] != _SHY:
                    put(i, "", "old-orthography")

    def _yo(self, slots: list[str], put: Any) -> None:
        for i, c, j in _bases(slots):
            if c == "\u0308":
                if j >= 0 and unicodedata.normalize("NFD", slots[j])[0] in "еЕ":
                    put(i, "", "yo")
            else:
                d = unicodedata.normalize("NFD", c)
                if d[0] in "еЕ" and "\u0308" in d:
                    put(i, unicodedata.normalize("NFC", d.replace("\u0308", "", 1)), "yo")

    def _typography(self, text: str, slots: list[str], put: Any) -> None:
        data = self.data
        opts = self.opts
        n = len(text)

        def neighbour(i: int, step: int) -> str:
            i += step
            while 0 <= i < n and text[i] == _SHY:
                i += step
            return text[i] if 0 <= i < n else " "

        for i, c in enumerate(text):
            if opts.quotes and c in data.quote_chars:
                prev, nxt = neighbour(i, -1), neighbour(i, 1)
                opens = prev.isspace() or prev in _OPENERS or prev in data.quote_chars
                closes = nxt.isspace() or nxt in _CLOSERS or nxt in data.quote_chars
                if opens and not closes:
                    put(i, opts.quotes[0], "quotes")
                elif closes and not opens:
                    put(i, opts.quotes[1], "quotes")
                elif c in data.quote_opening:
                    put(i, opts.quotes[0], "quotes")
                elif c in data.quote_closing:
                    put(i, opts.quotes[1], "quotes")
            elif opts.dash and c in data.dash_chars:
                put(i, opts.dash, "dashes")
            elif opts.spaces and c in data.space_remove:
                put(i, "", "spaces")
        if opts.dash:
            bare = text.replace(_SHY, "") if opts.spaces else text
            if bare in data.spaced_hyphens:
                put(text.index(bare), opts.dash, "dashes")


def _unnormalized(form: Form, text: str) -> Iterator[tuple[int, int, bool]]:
    """Spans (start, end, is_space) of the pieces of ``text`` not in ``form``, in order: each
    white-space character that ``form`` changes, and each run of other characters (a token)
    that is not in ``form``. Only the tokens around what
    :func:`~translit.engine.native.unstable_spans` finds are read: ``unicodedata.is_normalized``
    normalised the whole text (or line) once it met a mark, 50 ns a character."""
    if is_normal(text, form):  # (most text: one scan)
        return
    done = 0
    pieces = unstable_spans(text, form) if screened(0) else [(0, len(text))]  # (every token)
    for start, end in pieces:
        i = max(start, done)
        while i < end:
            if text[i].isspace():
                if unicodedata.normalize(form, text[i]) != text[i]:
                    yield (i, i + 1, True)
                i += 1
                continue
            s = i
            while s > done and not text[s - 1].isspace():
                s -= 1
            e = _TOKEN_REST.match(text, i).end()  # type: ignore[union-attr]
            if not unicodedata.is_normalized(form, text[s:e]):
                yield (s, e, False)
            i = done = e
        done = max(done, end)


def _mixed_scan(text: str) -> Iterator[tuple[int, int, bool]]:
    """Places where a Latin and a Cyrillic letter touch (through marks or invisible
    characters: :func:`~translit.engine.lookalike.mixed_letters`)."""
    sample = text[:4096]
    rx = mixed_letters(
        len(_rx(_LATIN_RE).findall(sample)) <= len(_rx(_CYRILLIC_RE).findall(sample))
    )
    return ((m.start(), m.end(), False) for m in rx.finditer(text))


def _chars(ranges: tuple[tuple[int, int], ...]) -> str:
    return "".join(chr(o) for a, b in ranges for o in range(a, b + 1))


def apply_edits(text: str, edits: Any) -> str:
    out: list[str] = []
    pos = 0
    for s, e, rep, _ in edits:
        out.append(text[pos:s])
        out.append(rep)
        pos = e
    out.append(text[pos:])
    return "".join(out)


_PLANS: dict[Options, Plan] = {}


def plan(opts: Options) -> Plan:
    plan = _PLANS.get(opts)
    if plan is None:
        if len(_PLANS) > 64:
            _PLANS.clear()
        plan = _PLANS[opts] = Plan(opts)
    return plan
