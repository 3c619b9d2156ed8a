"""The compile step, once per scheme: its body becomes plain tables (the three case forms of
every letter, the rule lists of each first letter with their contexts, the word pattern), and
:class:`Bulk`, the batch form of those same tables (one regex of the rule lists, one
``str.translate`` table per case), built from the compiled rule lists, not from the scheme."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from itertools import filterfalse
from typing import Any

from ..scheme import BOUNDARY, Body
from ..script import CYRILLIC_CLASS
from .case import Forms, case_forms
from .chars import (
    CYRILLIC_RANGES,
    LATIN_CLASS,
    LATIN_RANGES,
    MARK_CLASS,
    MARKS,
    NEWER,
    NEWER_LOWER,
)


def _last_resort(ch: str, table: Mapping[str, str]) -> str:
    """A Latin rendering of a Cyrillic code point no table covers (documented fallback).

    A letter's rendering is the last word of its name before ``WITH`` (U+1C8A CYRILLIC SMALL
    LETTER TJE → ``tje``); a letter with a mark is its base letter's rendering with that mark.
    """
    newer = NEWER.get(ch)
    if newer is None and not unicodedata.category(ch).startswith("L"):
        return ""  # Cyrillic combining marks (titlo, …) and signs: decorative, dropped
    base = unicodedata.normalize("NFD", ch)
    if len(base) > 1 and base[0] in table:
        return unicodedata.normalize("NFC", table[base[0]] + base[1:])
    name = newer["name"] if newer else unicodedata.name(ch, "")
    part = name.split(" LETTER ", 1)[-1].split(" WITH ")[0]
    word = part.split()[-1].lower() if part else ""
    return word if word.isascii() and word.isalpha() else "?"


def stray_marks(body: Body) -> re.Pattern[str]:
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
        return MARKS
    keep = "".join(sorted(own))
    return re.compile(f"(?![{keep}])[{MARK_CLASS}]")


def compile_body(
    body: Body, fallback: Mapping[str, str]
) -> tuple[dict[str, Forms], dict[str, tuple[Any, ...]], re.Pattern[str], re.Pattern[str]]:
    """Turn a body into (letter table, per-letter rule lists, word regex, non-word character)."""
    base: dict[str, Forms] = {}
    multi: list[tuple[str, str]] = []
    for src, out in body.letters.items():
        if len(src) == 1:
            base[src] = case_forms(out)
        else:
            multi.append((src, out))
    if body.script == "Cyrl":
        for lo, hi in CYRILLIC_RANGES:
            for cp in range(lo, hi + 1):
                ch = chr(cp).lower().translate(NEWER_LOWER)
                if len(ch) != 1 or ch in base:
                    continue
                if ch in fallback:
                    base[ch] = case_forms(fallback[ch])
                elif unicodedata.category(ch) != "Cn" or ch in NEWER:
                    base[ch] = case_forms(_last_resort(ch, {**fallback, **body.letters}))

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
                case_forms(rule.out),
            )
        )
    for src, out in sorted(multi, key=lambda p: -len(p[0])):
        ctx.setdefault(src[0], []).append(
            (src, len(src), None, frozenset(), None, frozenset(), case_forms(out))
        )
    for c, rules in ctx.items():  # a letter with rules but no plain mapping still needs one
        if c not in base:
            base[c] = (c, c, c)
        ctx[c] = rules

    letters, inner = _source_chars(body)
    script_class = CYRILLIC_CLASS if body.script == "Cyrl" else LATIN_CLASS
    letter_class = script_class + "".join(re.escape(c) for c in sorted(letters))
    word = f"[{letter_class}][{letter_class}{MARK_CLASS}]*"
    inner_class = "".join(re.escape(c) for c in sorted(inner))
    if inner:
        if body.script == "Latn":  # signs may follow each other or end a word: GOST 7.79 B ъь
            word = f"{word}(?:[{inner_class}]+{word})*[{inner_class}]*"
        else:
            word = f"{word}(?:[{inner_class}]{word})*"
    cut = re.compile(f"[^{letter_class}{MARK_CLASS}{inner_class}]")  # a character no word holds
    return base, {c: tuple(r) for c, r in ctx.items()}, re.compile(word), cut


def all_forms(base: Mapping[str, Forms], ctx: Mapping[str, tuple[Any, ...]]) -> list[Forms]:
    return [*base.values(), *(r[-1] for rules in ctx.values() for r in rules)]


_PUA = 0xE000  # placeholders for rule matches: U+E000 + 2k (lower case), + 2k + 1 (capital)


class Bulk:
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
    ) -> Bulk | None:
        ranges = CYRILLIC_RANGES if body.script == "Cyrl" else LATIN_RANGES
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
        # its title and upper forms are equal (В → V), as mark_lone holds the others (Я → Ya)
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
