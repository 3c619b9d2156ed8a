"""The compile step, once per scheme: its body becomes plain tables (the three case forms of
every letter, the rule lists of each first letter with their contexts, the word pattern).
:func:`plain_tables` hands those same tables, flattened into tuples of ints and strings, to
the C engine (``translit._speedups.Engine``); the pure-Python interpreter reads them as they
are. One compiler, two readers of its output."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Mapping
from typing import Any

from ..scheme import BOUNDARY, Body
from ..script import CYRILLIC_APOSTROPHE, CYRILLIC_CLASS
from .case import CLOSE, JOINERS, OPEN, Forms, case_forms, upper
from .chars import (
    CYRILLIC_RANGES,
    INVISIBLE_CHARS,
    INVISIBLE_CLASS,
    LATIN_CLASS,
    LATIN_RANGES,
    MARK_CHARS,
    MARK_CLASS,
    MARKS,
    NEWER,
    NEWER_LOWER,
    SHAPE,
    VARIANTS,
)
from .lookalike import apostrophe_lookalikes, apostrophe_sides, numeral_letters


def _last_resort(ch: str, table: Mapping[str, str], marks: bool = True) -> str:
    """A Latin rendering of a Cyrillic code point no table covers (documented fallback).

    A letter with a mark is its base letter's rendering with that mark (without it when
    ``marks`` is false: a scheme that writes ASCII, ѝ → i); an early letter that
    writes a common letter's sound is that letter's rendering (``data/letter_variants.toml``:
    ꙁ ZEMLYA as з); a variant named after a letter the table has is that letter's rendering
    (U+1C83 CYRILLIC SMALL LETTER WIDE ES as с, U+1C86 TALL HARD SIGN as ъ, U+A69C MODIFIER
    LETTER CYRILLIC HARD SIGN as ъ); else the last word of its name before ``WITH``, less the
    vowel a consonant's name ends in (U+1C8A CYRILLIC SMALL LETTER TJE → ``tj``, U+A681 DWE →
    ``dw``, U+051B QA → ``q``); a modifier or subscript letter is the rendering of the letter of
    its compatibility decomposition (U+1E030 MODIFIER LETTER CYRILLIC SMALL A as а).
    """
    steps, default = _resort_plan(ch)
    for letter, mark in steps:
        if letter in table:
            out = table[letter]
            return out if mark is None or not marks else unicodedata.normalize("NFC", out + mark)
    return default


@functools.cache
def _resort_plan(ch: str) -> tuple[tuple[tuple[str, str | None], ...], str]:
    """What :func:`_last_resort` may write ``ch`` as, worked out once per character (every
    scheme asks it of the same few hundred letters): the letters whose rendering it takes,
    the first a table has winning, each with the marks to add after it (``None``: the
    rendering as it is), and the rendering when the table has none of them."""
    newer = NEWER.get(ch)
    if not (newer["category"] if newer else unicodedata.category(ch)).startswith("L"):
        return (), ""  # Cyrillic combining marks (titlo, …) and signs: decorative, dropped
    steps: list[tuple[str, str | None]] = []
    base = unicodedata.normalize("NFD", ch)
    if len(base) > 1:
        steps.append((base[0], base[1:]))
    # the letter of a compatibility decomposition: a modifier or subscript letter's
    # (U+1E030 MODIFIER LETTER CYRILLIC SMALL A, <super> а: as а)
    compat = chr(int(newer["base"], 16)) if newer and "base" in newer else None
    if compat is None and len(kd := unicodedata.normalize("NFKD", ch)) == 1 and kd != ch:
        compat = kd
    if compat is not None:
        steps.append((compat, None))
    variant = VARIANTS.get(ch)
    if variant is not None:
        steps.append((variant, None))
    name = newer["name"] if newer else unicodedata.name(ch, "")
    part = name.split(" LETTER ", 1)[-1].split(" WITH ")[0]
    words = part.split()
    for k in range(len(words)):  # WIDE ES → ES, TALL HARD SIGN → HARD SIGN
        try:
            letter = unicodedata.lookup("CYRILLIC SMALL LETTER " + " ".join(words[k:]))
        except KeyError:
            continue
        if letter != ch:
            steps.append((letter, None))
    word = words[-1].lower() if words else ""
    if not (word.isascii() and word.isalpha()):
        return tuple(steps), "?"
    # a consonant's name is its sound and a vowel (TJE, DWE, QA, LHA): the sound is written
    if len(word) >= 2 and word[-1] in "ae" and word[-2] not in "aeiouy":
        return tuple(steps), word[:-1]
    return tuple(steps), word


def stray_marks(body: Body) -> re.Pattern[str]:
    """Combining marks to set aside before matching: all but those the scheme's sources use.

    Cyrillic stress marks are carried over to the output; a Latin source such as ISO 9 a̋ or
    ALA-LC t͡s must be matched with its mark, so that mark is not set aside. A source is read
    as it is matched, code point by code point: in NFC, as the scheme's parser writes it and
    a word is read (the acute of Macedonian ќ ѓ, the grave of ѐ ѝ, the breve of й are part of
    one letter there, not marks of the scheme's own; read in NFD, the acute of a stressed
    vowel stayed inside the word and came out decomposed, Vo + U+0301), or as a derived
    reverse table writes the lower case of a capital without a precomposed form (J̌ → j +
    U+030C, whose caron is then the scheme's own).

    >>> from translit import get_scheme
    >>> stray_marks(get_scheme("official", "mk").body).match("\u0301") is not None
    True
    """
    own = {
        c
        for src in [*body.letters, *(r.match for r in body.rules)]
        for c in src
        if unicodedata.category(c) == "Mn"
    }
    if not own:
        return MARKS
    keep = "".join(sorted(own))
    return re.compile(f"(?![{keep}])[{MARK_CLASS}]")


@functools.cache
def _cyrillic_lower() -> tuple[tuple[str, bool], ...]:
    """The lower case of each code point of the Cyrillic blocks, once each in code point
    order, with whether it is assigned (a letter :func:`_last_resort` writes when no table
    has it): what :func:`compile_body` fills a Cyrillic table with."""
    out: dict[str, bool] = {}
    for lo, hi in CYRILLIC_RANGES:
        for cp in range(lo, hi + 1):
            ch = chr(cp).lower().translate(NEWER_LOWER)
            if len(ch) == 1 and ch not in out:
                out[ch] = unicodedata.category(ch) != "Cn" or ch in NEWER
    return tuple(out.items())


def compile_body(
    body: Body, fallback: Mapping[str, str]
) -> tuple[dict[str, Forms], dict[str, tuple[Any, ...]], str, str]:
    """Turn a body into (letter table, per-letter rule lists, word regex, non-word character),
    the two regexes as their sources: only the interpreter reads them, and compiling their
    character classes costs more than the rest of a scheme's tables (the romaniser compiles
    them on first use)."""
    forms_of = functools.partial(case_forms, capitals=body.capitals)
    base: dict[str, Forms] = {}
    multi: list[tuple[str, str]] = []
    for src, out in body.letters.items():
        if len(src) == 1:
            base[src] = forms_of(out)
        else:
            multi.append((src, out))
    if body.script == "Cyrl":
        known = {**fallback, **body.letters}  # what _last_resort may name a letter after
        marks = not body.ascii  # (a property: read once, not for each letter)
        for ch, assigned in _cyrillic_lower():
            if ch in base:
                continue
            if ch in fallback:
                base[ch] = forms_of(fallback[ch])
            elif assigned:
                base[ch] = forms_of(_last_resort(ch, known, marks=marks))

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
                forms_of(rule.out),
            )
        )
    for src, out in sorted(multi, key=lambda p: -len(p[0])):
        ctx.setdefault(src[0], []).append(
            (src, len(src), None, frozenset(), None, frozenset(), forms_of(out))
        )
    for c, rules in ctx.items():  # a letter with rules but no plain mapping still needs one
        if c not in base:
            base[c] = (c, c, c)
        ctx[c] = rules

    letters, inner = _source_chars(body)
    script_class = CYRILLIC_CLASS if body.script == "Cyrl" else LATIN_CLASS
    letter_class = script_class + "".join(re.escape(c) for c in sorted(letters))
    # (a character without a glyph, such as a soft hyphen, continues a word: Ки\xadїв is Київ)
    word = f"[{letter_class}][{letter_class}{MARK_CLASS}{INVISIBLE_CLASS}]*"
    inner_class = "".join(re.escape(c) for c in sorted(inner))
    if inner:
        if body.script == "Latn":  # signs may follow each other or end a word: GOST 7.79 B ъь
            word = f"{word}(?:[{inner_class}]+{word})*[{inner_class}]*"
        else:
            # (one between letters, marks and characters without a glyph after it: a soft
            # hyphen, Знам’\xadянка, continues the word; src/_speedups.c reads it alike)
            word = f"{word}(?:[{inner_class}][{MARK_CLASS}{INVISIBLE_CLASS}]*{word})*"
    cut = f"[^{letter_class}{MARK_CLASS}{INVISIBLE_CLASS}{inner_class}]"  # no word holds it
    return base, {c: tuple(r) for c, r in ctx.items()}, word, cut


# flags of a character in the C engine's table (src/_speedups.c says the same)
F_START, F_WORD, F_INNER, F_MARK, F_DECLINE = 1, 2, 4, 8, 16
F_UPPER, F_LOWER, F_TITLE, F_VOWEL, F_STRESS = 32, 64, 128, 256, 512
F_JOIN = 1024  # inside an output word between letters (case.JOINERS)
F_COMBINING = 2048  # a combining mark or a character without a glyph (chars.MARK_CHARS,
# INVISIBLE_CHARS): inside an output word after a letter, as case._RUN reads them
F_NUMERAL = 4096  # a Cyrillic look-alike of I V X L (lookalike.numeral_letters): a word of
# them alone may be a Roman numeral; a romaniser that repairs look-alikes (M_LOOKALIKE)
# declines a text holding one, and the repair writes it in Latin letters (ХХ век → XX)
F_APOSTROPHE = 8192  # a look-alike of the apostrophe (lookalike.apostrophe_lookalikes):
# M_LOOKALIKE declines a text holding one between a character of F_APOS_AFTER and one of
# F_APOS_BEFORE (lookalike.apostrophe_sides), and the repair writes the apostrophe (Знам`янка)
F_APOS_AFTER, F_APOS_BEFORE = 16384, 32768
# the combining marks the C engine carries itself (stress marks, the breve and diaeresis of
# NFD й ё ї ў), when the scheme's sources hold none of them; any other mark: the interpreter.
# A scheme that writes ASCII (Body.ascii, mode 8) composes them as NFC does (и + U+0306 → й)
# and drops the rest (а + U+0301 → а): its output carries no mark
_CARRIED = "\u0300\u0301\u0306\u0308"
#: mode bit the romaniser adds (not the tables): a word beside a letter of no word (a Latin
#: letter typed into a Cyrillic word) declines the text, repaired first (engine/lookalike.py)
M_LOOKALIKE = 16
_NO_CHAR = 0x110000  # in a composition: NFC gives more than one character (left to Python)
_MAX_SETS = 64  # context sets a scheme may use for the C engine (one bit each)

Plain = tuple[
    tuple[tuple[int, ...], ...],
    tuple[tuple[Any, ...], ...],
    tuple[tuple[Any, ...], ...],
    int,
    tuple[tuple[int, int, int], ...],
]


def plain_tables(
    body: Body, base: Mapping[str, Forms], ctx: Mapping[str, tuple[Any, ...]]
) -> Plain | None:
    """The compiled tables flattened for the C engine: ``(chars, forms, rules, mode, compose)``.

    - ``chars``: one ``(code point, flags, lower case, forms, first rule, rules, sets)`` per
      character the engine must know (a word's characters, their lower case, the members of
      the context sets, the engine's own sentinels, the signs an output word holds between
      letters (F_JOIN)); any other character passes through.
      The forms, rules, context sets and vowel flag are those of the character's lower case,
      as the interpreter reads a word in lower case.
    - ``forms``: ``(lower, title, upper, capital beside capitals, simple)`` of every output.
    - ``rules``: the rule lists of each first letter, in order: ``(match, forms, *prev,
      *not_prev, *next, *not_next)``, a context that must hold as ``(any, set bit or -1, word
      edge)``, a forbidden one as ``(set bit or -1, word edge)``; a character's context sets
      are the bits of its ``sets``.
    - ``mode``: 1 skips ASCII texts (a Cyrillic source), 2 lets inner punctuation repeat and
      end a word (a Latin source), 4 writes acronyms in title case, 8 drops the carried marks
      that compose with no letter (a scheme that writes ASCII: Влади́мир → Vladimir).
    - ``compose``: ``(a, mark, NFC(a + mark))`` wherever that is not ``a + mark``, for the
      marks the C engine carries (a word with any other mark goes to the interpreter); each
      ``forms`` entry ends with a bit per output that is NFC with a starter at each end, the
      outputs a word with such a mark may use.

    ``None`` when the tables hold something the C engine does not take (more context sets than
    it has bits, a character both a letter and inner punctuation): the interpreter runs then.

    >>> from translit import get_scheme
    >>> from translit.engine.tables import compile_body
    >>> body = get_scheme("bgn-pcgn", "ru").body
    >>> chars, forms, rules, mode, compose = plain_tables(body, *compile_body(body, {})[:2])
    >>> mode, forms[[c[3] for c in chars if c[0] == ord("щ")][0]]
    (1, ('shch', 'Shch', 'SHCH', 'SHCH', 15))
    """
    letters, inner = _source_chars(body)
    start = _script_chars(body.script) | letters
    if start & inner:
        return None
    marks = _MARK_SET - start
    sets: dict[frozenset[str], int] = {}

    def bit(chars: frozenset[str]) -> int:
        members = chars - {BOUNDARY}
        return sets.setdefault(members, len(sets)) if members else -1

    def allowed(chars: frozenset[str] | None) -> tuple[int, int, int]:
        """(any, set bit, word edge) of a context that must hold (None: any character)."""
        if chars is None:
            return (1, -1, 0)
        return (0, bit(chars), int(BOUNDARY in chars))

    def forbidden(chars: frozenset[str]) -> tuple[int, int]:
        return (bit(chars), int(BOUNDARY in chars))

    forms_ids: dict[Forms, int] = {}

    def forms_id(f: Forms) -> int:
        return forms_ids.setdefault(f, len(forms_ids))

    rules: list[tuple[Any, ...]] = []
    first: dict[str, tuple[int, int]] = {}
    for c, lst in ctx.items():
        first[c] = (len(rules), len(lst))
        for m, _k, pv, npv, nx, nnx, f in lst:
            rules.append(
                (m, forms_id(f), *allowed(pv), *forbidden(npv), *allowed(nx), *forbidden(nnx))
            )
    if len(sets) > _MAX_SETS:
        return None
    word = start | marks | inner
    stray = stray_marks(body)  # (a mark of the scheme's own sources stays in its word)
    carried_marks = {m for m in _CARRIED if m in marks and stray.match(m)}
    set_bits: dict[str, int] = {}  # a character → the bits of the context sets holding it
    for members, b in sets.items():
        for c in members:
            set_bits[c] = set_bits.get(c, 0) | 1 << b
    # a look-alike of the apostrophe (Знам`янка): a romaniser that repairs declines the text
    looks = set(apostrophe_lookalikes()) - word if body.script == "Cyrl" else set()
    after, before = map(set, apostrophe_sides()) if looks else (set(), set())
    if looks:  # (a soft hyphen or joiner beside it: the repair reads past them, Знам`\xadянка)
        after |= set(INVISIBLE_CHARS)
        before |= set(INVISIBLE_CHARS)
    known = word | {_char(ch)[0] for ch in word} | set(first) | set(set_bits) | _ALWAYS | looks
    known |= after | before
    invisible = set(INVISIBLE_CHARS) - start - inner
    known |= invisible
    chars = []
    vowels, no_rules = body.vowels, (0, 0)  # (the loop runs for some 600 characters)
    numerals = numeral_letters() if body.script == "Cyrl" else ""
    for ch in sorted(known):
        low, flags, marked = _char(ch)
        if ch in start:
            flags |= F_START | F_WORD | (F_NUMERAL if ch in numerals else 0)
        elif ch in marks:
            flags |= F_WORD
        if ch in inner:
            flags |= F_INNER
        if ch in looks:
            flags |= F_APOSTROPHE
        if ch in after:
            flags |= F_APOS_AFTER
        if ch in before:
            flags |= F_APOS_BEFORE
        if low in vowels:
            flags |= F_VOWEL
        if ch in carried_marks:
            flags |= F_STRESS
        elif marked and ch in word:
            flags |= F_MARK  # a word holding it is left to the interpreter
        if ch in invisible:  # (a soft hyphen, a joiner: inside a word, the interpreter's)
            flags |= F_WORD | F_MARK
        # what its lower case means in a word: its context sets, output and rules
        r0, nr = first.get(low, no_rules)
        f = base.get(low) or (low, low, low)
        f_id = forms_ids.setdefault(f, len(forms_ids))
        chars.append((ord(ch), flags, ord(low), f_id, r0, nr, set_bits.get(low, 0)))
    four = [(*f, upper(f[1], body.capitals)) for f in forms_ids]
    outputs = {o for f in four for o in f}
    simple = set(filter(_simple, outputs))
    forms = tuple(  # (each output's bit: 1, 2, 4, 8 in the order of the four forms)
        (
            *f,
            (f[0] in simple)
            | (f[1] in simple) << 1
            | (f[2] in simple) << 2
            | (f[3] in simple) << 3,
        )
        for f in four
    )
    mode = (
        (1 if body.script == "Cyrl" else 0)
        | (2 if body.script == "Latn" else 0)
        | (4 if body.acronyms == "title" else 0)
        | (8 if body.ascii else 0)
    )
    carried = "".join(sorted(carried_marks))
    compose: list[tuple[int, int, int]] = []
    if carried:
        common = _compositions(body.script, carried)
        for a in sorted((word - marks) | {f[-1] for f in outputs if f}):
            got = common.get(a)
            compose += _composed(a, carried) if got is None else got
    return tuple(chars), forms, tuple(rules), mode, tuple(compose)


def _composed(a: str, marks: str) -> list[tuple[int, int, int]]:
    """``(a, mark, NFC(a + mark))`` for each of ``marks`` NFC composes with ``a``
    (:data:`_NO_CHAR`: into more than one character)."""
    out = []
    for m in marks:
        pair = a + m
        nfc = unicodedata.normalize("NFC", pair)
        if nfc != pair:
            out.append((ord(a), ord(m), ord(nfc) if len(nfc) == 1 else _NO_CHAR))
    return out


@functools.cache
def _compositions(script: str, marks: str) -> dict[str, list[tuple[int, int, int]]]:
    """:func:`_composed` of every character of ``script``'s ranges, worked out once: every
    scheme of that script holds them all."""
    return {a: _composed(a, marks) for a in _script_chars(script)}


_MARK_SET = frozenset(MARK_CHARS)
#: characters every table holds: the engine's sentinels, the joiners and the combining marks
_ALWAYS = frozenset({OPEN, CLOSE, *JOINERS, *MARK_CHARS})


@functools.cache
def _script_chars(script: str) -> frozenset[str]:
    """The characters a word of ``script`` (a scheme's source) may start with, its letters aside."""
    ranges = CYRILLIC_RANGES if script == "Cyrl" else LATIN_RANGES
    return frozenset(chr(cp) for lo, hi in ranges for cp in range(lo, hi + 1))


@functools.cache
def _char(ch: str) -> tuple[str, int, bool]:
    """What a character is in any scheme's table, worked out once: (its lower case, its
    case, joiner, combining and sentinel flags, whether a word holding it is the
    interpreter's: a mark, a character NFC changes, Σ)."""
    shape = SHAPE.get(ord(ch), ch)
    flags = (
        (F_DECLINE if ch in (OPEN, CLOSE) else 0)
        | (F_UPPER if shape.isupper() else 0)
        | (F_LOWER if shape.islower() else 0)
        | (F_TITLE if shape.istitle() and not shape.isupper() else 0)
        | (F_JOIN if ch in JOINERS else 0)
        | (F_COMBINING if ch in MARK_CHARS or ch in INVISIBLE_CHARS else 0)
    )
    marked = (
        unicodedata.category(ch)[0] == "M"
        or not unicodedata.is_normalized("NFC", ch)
        or ch == "\u03a3"  # Σ: its lower case depends on its neighbours
    )
    return _lower(ch), flags, marked


def _simple(out: str) -> bool:
    """An output a word with a carried mark may use: NFC, a starter at each end."""
    if out.isascii():
        return bool(out)
    return (
        bool(out)
        and unicodedata.is_normalized("NFC", out)
        and not unicodedata.combining(out[0])
        and not unicodedata.combining(out[-1])
    )


def _lower(ch: str) -> str:
    """The lower case the interpreter reads a letter as (one character, as ``_word`` does)."""
    low = NEWER_LOWER.get(ord(ch)) or ch.lower()
    return low if len(low) == 1 else ch


def _source_chars(body: Body) -> tuple[set[str], set[str]]:
    """The scheme's source characters: (letters and marks, other characters; the apostrophe
    U+02BC of a Cyrillic source among the latter, as ' and ’: inside a word only)."""
    letters: set[str] = set()
    inner: set[str] = set()
    sign = CYRILLIC_APOSTROPHE if body.script == "Cyrl" else ""
    for src in [*body.letters, *(r.match for r in body.rules)]:
        for ch in src:
            cat = unicodedata.category(ch)
            (letters if cat[0] in "LM" and ch != sign else inner).add(ch)
    return letters, inner
