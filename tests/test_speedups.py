"""The C engine (``translit._speedups.Engine``) runs a scheme's compiled tables as the
interpreter does, refuses malformed tables, and builds strings of every width; its
``changed_lines``, ``first_of``, ``runs_of``, ``map_chars``, ``table_hits`` and ``pairs_known`` give
what their Python references give (translit/engine/native.py), and take only the exact types they read.

The module is optional (built only where a C compiler is found): the ``speedups`` fixture
(tests/conftest.py) gives the engine's own module, or compiles one for this run, or skips
saying there is no compiler. Which engine the romanisers use is printed in the test header.
"""

from __future__ import annotations

import gc
import itertools
import operator
import os
import pickle
import re
import shutil
import subprocess
import sys
import threading
import weakref
import zipfile
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT, build_speedups
from hypothesis import given, settings
from hypothesis import strategies as st

import translit
from translit.catalogue import _fallback_letters
from translit.engine import native
from translit.engine.tables import M_LOOKALIKE, compile_body, plain_tables


def _engine(
    speedups: Any, sid: str, lang: str = "ru", reverse: bool = False, lookalike: bool = False
) -> Any:
    """The C engine of a scheme, built from the same compiled tables as its romaniser (with
    ``lookalike``, mode 16 added as a romaniser repairing look-alikes adds it)."""
    scheme = translit.get_scheme(sid, lang)
    body = scheme.reverse if reverse else scheme.body
    assert body is not None
    base, ctx, _, _ = compile_body(body, _fallback_letters(scheme, reverse))
    plain = plain_tables(body, base, ctx)
    assert plain is not None
    if lookalike and body.script == "Cyrl":  # (a Cyrillic source's mode, as the romaniser's)
        plain = (*plain[:3], plain[3] | M_LOOKALIKE, plain[4])
    return speedups.Engine(*plain)


# a toy scheme by hand: a → α (2 bytes), b → 𝔟 (4 bytes), c → ç (1 byte, not ASCII),
# d → "dd" except before e ("D"), and a one-letter capital С that follows its line
_FORMS = (
    ("α", "Α", "Α", "Α"),
    ("𝔟", "𝔟", "𝔟", "𝔟"),
    ("ç", "Ç", "Ç", "Ç"),
    ("dd", "Dd", "DD", "DD"),
    ("x", "X", "X", "X"),
    ("sa", "Sa", "SA", "SA"),
    ("e", "E", "E", "E"),
)
_F = 1 | 2 | 64  # a lower-case letter that starts a word
_FU = 1 | 2 | 32  # a capital
_CHARS = (
    (ord("a"), _F, ord("a"), 0, 0, 0, 0),
    (ord("b"), _F, ord("b"), 1, 0, 0, 0),
    (ord("c"), _F, ord("c"), 2, 0, 0, 0),
    (ord("d"), _F, ord("d"), 3, 0, 1, 0),
    (ord("e"), _F, ord("e"), 6, 1, 0, 1),  # in context set 0
    (ord("D"), _FU, ord("d"), 3, 0, 1, 0),
    (ord("E"), _FU, ord("e"), 6, 1, 0, 1),
    (ord("C"), _FU, ord("c"), 2, 0, 0, 0),  # (what its lower case means: c's entries)
    (ord("с"), _F, ord("с"), 5, 0, 0, 0),
    (ord("С"), _FU, ord("с"), 5, 0, 0, 0),
    (0x301, 2 | 8, 0x301, 4, 0, 0, 0),  # a combining mark: its word is declined
    (0xFDD0, 16, 0xFDD0, 4, 0, 0, 0),
)
#        match forms prev(any,set,edge) not_prev next(any,set,edge) not_next
_RULES = (("d", 4, 1, -1, 0, -1, 0, 0, 0, 0, -1, 0),)


def _toy(speedups: Any) -> Any:
    return speedups.Engine(_CHARS, _FORMS, _RULES, 0)


def test_every_width_of_input_and_output(speedups: Any) -> None:
    e = _toy(speedups)
    assert e.romanize("a b c") == "α 𝔟 ç"
    assert e.romanize("c") == "ç"  # one byte, not ASCII
    assert e.romanize("ca") == "çα"  # widened to two bytes mid-word
    assert e.romanize("cab") == "çα𝔟"  # and to four
    assert e.romanize("🙂 c") == "🙂 ç"  # a four-byte input, one-byte output
    assert e.romanize("de dd d") == "xe dddd dd"  # d before e: its rule
    assert e.romanize("De DE dE") == "Xe XE xE"
    assert e.romanize("Ca cA") == "Çα çA"  # A: no letter of this scheme, copied
    big = "cab " * 5000  # past the first buffer, and every width on the way
    assert e.romanize(big) == "çα𝔟 " * 5000
    plain = "zzz 123, йцук"  # no word: the same object back
    assert e.romanize(plain) is plain
    assert e.romanize("") == ""


def test_one_letter_capitals_follow_their_line(speedups: Any) -> None:
    e = _toy(speedups)
    assert e.romanize("С сс") == "Sa sasa"
    assert e.romanize("С CC") == "SA ÇÇ"
    assert e.romanize("CC, С") == "ÇÇ, SA"
    # an initial follows its line, before a word in capitals too (caps32: was Sa. ÇÇ)
    assert e.romanize("С. CC") == "SA. ÇÇ"
    assert e.romanize("С. CC сс") == "Sa. ÇÇ sasa"
    assert e.romanize("CC С.") == "ÇÇ SA."
    assert e.romanize("С\nCC") == "Sa\nÇÇ"  # never across a line break
    # a held neighbour is no all-caps word, but capitals spread along a run of held words with
    # only a gap between them (case29: was Sa SA ÇÇ; ЮЛЯ И Я gave YULYA I Ya)
    assert e.romanize("С С CC") == "SA SA ÇÇ"
    assert e.romanize("С С сс") == "Sa Sa sasa"
    assert e.romanize("С 12 CC") == "SA 12 ÇÇ"  # a number is part of the gap
    # a one-letter word whose capitals are its title links a run of initials (was ÇÇ Ç. Sa.)
    assert e.romanize("CC C. С.") == "ÇÇ Ç. SA."
    # the neighbour is looked for within 80 characters: "OK" fits, then only its "O"
    assert e.romanize("С" + " " * 78 + "OK") == "SA" + " " * 78 + "OK"
    assert e.romanize("С" + " " * 79 + "OK") == "Sa" + " " * 79 + "OK"
    assert e.romanize("OK" + " " * 78 + "С") == "OK" + " " * 78 + "SA"
    assert e.romanize("OK" + " " * 79 + "С") == "OK" + " " * 79 + "Sa"


def test_held_leaves_one_letter_words_and_marked_words_to_the_caller(speedups: Any) -> None:
    e = _toy(speedups)
    assert e.held("С сс") == "\ufdd0Sa\ufdd2 sasa"  # as mark_lone writes it
    assert e.held("С CC") == "\ufdd0Sa\ufdd2 ÇÇ"  # its line is not looked at
    assert e.held("C a") == "\ufdd0Ç\ufdd2 α"  # held too, though its capitals are its title
    assert e.held("zz b, ab\u0301c a") == (6, 10)  # the first word with a mark
    assert e.romanize("zz b, ab\u0301c a") is None
    assert e.held(" \u0301 a") == " \u0301 α"  # a mark outside a word is a character
    assert e.held("zz b, ab\u0301c a", 10) == " α"  # from a start on
    assert e.held("zz b, ab\u0301c a", 0, 6) == "zz 𝔟, "  # up to a stop
    assert e.held("zz b, ab\u0301c a", 3, 12) == (6, 10)  # positions in the whole text
    assert e.held("zz b", 2, 2) == ""
    for bad in [(-1,), (5,), (2, 1), (0, 5)]:
        with pytest.raises(ValueError):
            e.held("zz b", *bad)
    with pytest.raises(TypeError):
        e.held("zz b", "0")
    with pytest.raises(OverflowError):
        e.held("zz b", 2**70)
    with pytest.raises(TypeError):
        e.held()
    assert e.held("zz") == "zz"
    assert e.held("a \ufdd0") is None
    assert e.held(str_subclass("a")) is None


# a carried mark (U+0300): set aside, then after its letter's output, composed as NFC would
_CARRIED = (*_CHARS, (0x300, 2 | 512, 0x300, 4, 0, 0, 0))
_SIMPLE = tuple((*f, 15) for f in _FORMS)  # every output may take a mark
_COMPOSE = ((ord("α"), 0x300, 0x1F70), (ord("ç"), 0x300, 0x110000), (ord("c"), 0x300, ord("d")))


def test_carried_marks(speedups: Any) -> None:
    e = speedups.Engine(_CARRIED, _SIMPLE, _RULES, 0, _COMPOSE)
    assert e.romanize("ba\u0300") == "𝔟\u1f70"  # α + grave → ὰ
    assert e.romanize("b\u0300a") == "𝔟\u0300α"  # no composition: the mark follows
    assert e.romanize("c\u0300e") == "xe"  # c + mark composes to d first: d before e
    for text in ["a\u0300\u0300", "zz C\u0300", "С\u0300 сс"]:  # two marks; NO_CHAR; held
        assert e.romanize(text) is None
    assert e.held("zz a\u0300\u0300 b") == (3, 6)
    plain = speedups.Engine(_CARRIED, _FORMS, _RULES, 0, _COMPOSE)  # no output may take one
    assert plain.romanize("ba\u0300") is None
    assert plain.romanize("c\u0300") == "dd"  # (composed away: no mark left to place)


def test_carried_marks_dropped_in_mode_8(speedups: Any) -> None:
    # an ASCII scheme's tables: a mark that composes with no letter is dropped, not carried;
    # one that composes still makes its letter (c + mark → d), and two in a row still decline
    e = speedups.Engine(_CARRIED, _SIMPLE, _RULES, 8, _COMPOSE)
    assert e.romanize("b\u0300a") == e.romanize("ba\u0300") == "𝔟α"  # (mode 0: 𝔟ὰ)
    assert e.romanize("c\u0300e") == "xe"
    assert e.romanize("a\u0300\u0300") is None
    plain = speedups.Engine(_CARRIED, _FORMS, _RULES, 8, _COMPOSE)  # no output may take one
    assert plain.romanize("b\u0300a") == "𝔟α"  # (none to take: nothing declined)


@pytest.mark.parametrize(
    ("forms", "compose", "error"),
    [
        (_SIMPLE, [], TypeError),
        (_SIMPLE, ((1, 2),), TypeError),
        (_SIMPLE, ((1, 2, 0x110001),), ValueError),
        (_SIMPLE, ((1, 2, "a"),), TypeError),
        ((*_SIMPLE[:-1], (*_FORMS[-1], 16)), (), ValueError),
        ((*_SIMPLE[:-1], (*_FORMS[-1], 15, 0)), (), TypeError),
    ],
)
def test_malformed_compositions_are_refused(
    speedups: Any, forms: Any, compose: Any, error: type
) -> None:
    with pytest.raises(error):
        speedups.Engine(_CARRIED, forms, _RULES, 0, compose)


def test_declines_and_non_str_input(speedups: Any) -> None:
    e = _toy(speedups)
    assert e.romanize("a \ufdd0 b") is None  # the interpreter's sentinel
    assert e.romanize(str_subclass("ab")) is None  # its methods could run Python code
    assert e.romanize(b"ab") is None
    assert e.romanize(None) is None


class str_subclass(str):
    pass


def test_convert_hands_what_it_declines_to_the_fallback(speedups: Any) -> None:
    seen: list[object] = []

    def fallback(text: object) -> str:
        seen.append(text)
        return "interpreted"

    e = speedups.Engine(_CHARS, _FORMS, _RULES, 0, (), fallback)
    assert e.convert("a b") == "α 𝔟" and seen == []  # converted here: no call
    assert e.convert("a \ufdd0 b") == "interpreted"
    sub = str_subclass("ab")
    assert e.convert(sub) == "interpreted"
    assert seen == ["a \ufdd0 b", sub] and seen[1] is sub  # the text itself, as given
    assert _toy(speedups).convert("a \ufdd0 b") is None  # no fallback: as romanize()


def test_convert_passes_the_fallbacks_error_on(speedups: Any) -> None:
    def fallback(text: str) -> str:
        raise LookupError(text)

    e = speedups.Engine(_CHARS, _FORMS, _RULES, 0, (), fallback)
    with pytest.raises(LookupError, match="\ufdd0"):
        e.convert("\ufdd0")
    assert e.convert("a") == "α"  # and the engine still works


def test_a_fallback_that_drops_the_engine_is_safe(speedups: Any) -> None:
    # the fallback is held for its call: dropping the last reference to the engine (and so
    # to the fallback) inside it frees nothing the call still uses
    box: dict[str, Any] = {}

    def fallback(text: str) -> str:
        box.clear()
        return text.upper()

    box["e"] = speedups.Engine(_CHARS, _FORMS, _RULES, 0, (), fallback)
    convert = box["e"].convert
    del fallback
    assert convert("\ufdd0x") == "\ufdd0X"


def test_an_engine_in_a_cycle_with_its_fallback_is_collected(speedups: Any) -> None:
    class Owner:  # as a Romanizer: owner -> engine -> owner.interpret -> owner
        engine: Any = None

        def interpret(self, text: str) -> str:
            return text

    owner = Owner()
    owner.engine = speedups.Engine(_CHARS, _FORMS, _RULES, 0, (), owner.interpret)
    gone = weakref.ref(owner)
    del owner
    gc.collect()
    assert gone() is None  # the engine takes part in garbage collection


def test_an_engine_pickles_through_its_reduce_pair(speedups: Any) -> None:
    pair = (operator.itemgetter(0), ((7,),))
    e = speedups.Engine(_CHARS, _FORMS, _RULES, 0, (), None, pair)
    assert e.__reduce__() is pair
    assert pickle.loads(pickle.dumps(e)) == 7  # (whatever the pair rebuilds)
    with pytest.raises(TypeError, match="pickle"):
        pickle.dumps(_toy(speedups))  # no pair: its tables alone cannot travel


@pytest.mark.parametrize("reduce", [1, (len,), (len, [1]), ("x", ()), [len, ()]])
def test_the_reduce_pair_must_be_a_callable_and_a_tuple(speedups: Any, reduce: object) -> None:
    with pytest.raises(TypeError, match="reduce"):
        speedups.Engine(_CHARS, _FORMS, _RULES, 0, (), None, reduce)


@pytest.mark.parametrize("fallback", [1, "not callable"])
def test_the_fallback_must_be_callable(speedups: Any, fallback: object) -> None:
    with pytest.raises(TypeError, match="callable"):
        speedups.Engine(_CHARS, _FORMS, _RULES, 0, (), fallback)


@pytest.mark.parametrize(
    ("args", "error"),
    [
        ((), TypeError),
        ((_CHARS, _FORMS, _RULES), TypeError),
        ((list(_CHARS), _FORMS, _RULES, 0), TypeError),  # a list, not a tuple
        ((_CHARS, _FORMS, _RULES, 32), ValueError),  # unknown mode
        ((_CHARS, _FORMS, _RULES, 18), ValueError),  # look-alikes (16) of a Latin source (2)
        ((_CHARS, _FORMS, _RULES, -1), ValueError),
        ((_CHARS, _FORMS, _RULES, 2**70), OverflowError),
        (((*_CHARS[:-1], (2**70, 16, 0xFDD0, 4, 0, 0, 0)), _FORMS, _RULES, 0), ValueError),
        (((*_CHARS[:-1], (0xFDD0, 16, 0xFDD0, 4, 0, 0, 2**64)), _FORMS, _RULES, 0), OverflowError),
        ((_CHARS, _FORMS, _RULES[0], 0), TypeError),  # a rule, not a tuple of rules
        ((_CHARS, (*_FORMS[:6], ("e", "E", "E")), _RULES, 0), TypeError),  # 3 forms
        ((_CHARS, (*_FORMS[:6], ("e", "E", "E", b"E")), _RULES, 0), TypeError),
        ((_CHARS, (*_FORMS[:6], ("e", "E", "E", str_subclass("E"))), _RULES, 0), TypeError),
        (((*_CHARS[:-1], (1114112, 16, 0, 4, 0, 0, 0)), _FORMS, _RULES, 0), ValueError),
        (((*_CHARS[:-1], (64976, 16, 64976, 99, 0, 0, 0)), _FORMS, _RULES, 0), ValueError),
        (((*_CHARS[:-1], (64976, 16, 64976, 4, 0, 5, 0)), _FORMS, _RULES, 0), ValueError),
        (((*_CHARS[:-1], (64976, 16, 64976, 4, 0, 0, -1)), _FORMS, _RULES, 0), OverflowError),
        (((*_CHARS[:-1], (64976, 16, 64976, 4, 0, 0, 1.0)), _FORMS, _RULES, 0), TypeError),
        (((*_CHARS[:-1], (64976, True, 64976, 4, 0, 0, 0)), _FORMS, _RULES, 0), TypeError),
        (((*_CHARS[:-1], (64976, 16, 64976, 4, 0, 0)), _FORMS, _RULES, 0), TypeError),
        ((_CHARS, _FORMS, (("", 4, 1, -1, 0, -1, 0, 0, 0, 0, -1, 0),), 0), ValueError),
        ((_CHARS, _FORMS, (("d", 4, 1, 64, 0, -1, 0, 0, 0, 0, -1, 0),), 0), ValueError),
        ((_CHARS, _FORMS, (("d", 4, 1, -1, 0, -1, 0, 0, 0, 0, -1, 2),), 0), ValueError),
        ((_CHARS, _FORMS, (("d", 7, 1, -1, 0, -1, 0, 0, 0, 0, -1, 0),), 0), ValueError),
        ((_CHARS, _FORMS, (("e", 4, 1, -1, 0, -1, 0, 0, 0, 0, -1, 0),), 0), ValueError),
    ],
)
def test_malformed_tables_are_refused(speedups: Any, args: tuple[Any, ...], error: type) -> None:
    with pytest.raises(error):
        speedups.Engine(*args)


def test_no_keyword_arguments(speedups: Any) -> None:
    with pytest.raises(TypeError):
        speedups.Engine(_CHARS, _FORMS, _RULES, mode=0)


def test_shared_between_threads(speedups: Any) -> None:
    e = _engine(speedups, "bgn-pcgn")
    r = translit.get_romanizer("bgn-pcgn", "ru")
    texts = [f"Слово{n} Я ЩУКА, Ю. Власов ёж{n % 7}" for n in range(300)]
    expected = [r._romanize_reference(t) for t in texts]
    errors: list[BaseException] = []

    def work() -> None:
        try:
            for _ in range(5):
                assert list(map(e.romanize, texts)) == expected
        except BaseException as exc:  # reported below, in the main thread
            errors.append(exc)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors


_SCHEMES = [("bgn-pcgn", "ru", False), ("iso-9", "ru", False), ("wikipedia", "uk", False),
            ("gost-779-alt", "ru", False), ("bgn-pcgn", "ru", True), ("duden", "ru", False)]  # fmt: skip
_PIECES = st.sampled_from(
    [*"щукаЁЛКАЯЖЕеЙйЪъЬьЫыЭэІіЇїЄєҐґ'ʼ’-.,  \n\x00", "Ŝčaàʹʺ", "🙂", "é", "\u0301", "ЩУК"]
)


# fewer examples in the sanitizer's run (about 10x slower)
@settings(max_examples=40 if os.environ.get("TRANSLIT_SPEEDUPS_SO") else 300, deadline=None)
@given(st.lists(_PIECES, max_size=30).map("".join), st.sampled_from(_SCHEMES))
def test_engine_equals_the_interpreter(
    speedups: Any, text: str, scheme: tuple[str, str, bool]
) -> None:
    # the whole engine, under the sanitizer too: every width, words of every case, marks
    e = _engine(speedups, *scheme)
    r = translit.get_romanizer(scheme[0], scheme[1], reverse=scheme[2], homoglyphs=False)
    out = e.romanize(text)
    assert out is None or out == r._romanize_reference(text)
    # mode 16 (a romaniser's default for a Cyrillic source): a letter beside a word declines
    # the text, which the romaniser repairs first (engine/lookalike.py)
    e = _engine(speedups, *scheme, lookalike=True)
    r = translit.get_romanizer(scheme[0], scheme[1], reverse=scheme[2])
    out = e.romanize(text)
    assert out is None or out == r._romanize_reference(text)


# characters of every width; Њ (U+040A), Ċ (U+010A), ਊ (U+0A0A) and 😊 (U+1F60A) hold the byte
# of "\n" (0x0A) without being one; "\r" is no line break either
_NARROW = ["a", "b", "\r", "é", "zh"]
_WIDE = ["ж", "Њ", "Ċ", "\u0a0a", "🙂", "😊"]
_NARROW_LINE = st.lists(st.sampled_from(_NARROW), max_size=6).map("".join)
_LINE = _NARROW_LINE | st.lists(st.sampled_from(_NARROW + _WIDE), max_size=6).map("".join)
_TEXT = st.lists(_LINE, max_size=8).map("\n".join)
_ROMANISE = str.maketrans(dict.fromkeys(_WIDE, "x"))


@st.composite
def _text_pairs(draw: st.DrawFn) -> tuple[str, str]:
    """(a, b): b unrelated to a; or a's lines each kept, "romanised" (wide characters made "x")
    or replaced; or, as a transliteration does, only narrow lines kept, so that b is narrow and
    its kept lines are compared with lines of a wider a. Maybe with lines added or removed."""
    a = draw(_TEXT)
    mode = draw(st.integers(0, 2))
    if mode == 0:
        return a, draw(_TEXT)
    lines = []
    for line in a.split("\n"):
        if mode == 2 and line != line.translate(_ROMANISE):
            lines.append(draw(st.just(line.translate(_ROMANISE)) | _NARROW_LINE))
        else:
            lines.append(draw(st.sampled_from([line, line.translate(_ROMANISE)]) | _LINE))
    cut = draw(st.integers(-2, 2))
    lines = lines[:cut] if cut < 0 else lines + draw(st.lists(_LINE, min_size=cut, max_size=cut))
    return a, "\n".join(lines)


@settings(max_examples=60 if os.environ.get("TRANSLIT_SPEEDUPS_SO") else 600, deadline=None)
@given(_text_pairs(), st.booleans())
def test_changed_lines_equals_the_reference(
    speedups: Any, pair: tuple[str, str], swap: bool
) -> None:
    a, b = pair[::-1] if swap else pair
    expected = native._changed_lines_reference(a, b)
    assert speedups.changed_lines(a, b) == expected
    assert native.changed_lines(a, b) == expected  # the one the text format calls


@pytest.mark.parametrize(
    ("a", "b", "changed"),
    [
        ("", "", 0),
        ("", "x", 1),
        ("a\nb", "a\nb", 0),
        ("a\nb", "a\nc", 1),
        ("a\nb\n", "A\nB\n", 2),  # the empty piece after the last "\n" is the same
        ("a\nb", "a b", 2),  # fewer pieces: the larger number of them
        ("a\n", "a\n\n", 3),
        ("a\r\nb", "a\nb", 1),  # "\r" is part of the line
        ("Њ", "\n", 2),  # U+040A holds the byte 0x0A: one piece against two
        ("Ċ\n😊\nਊ", "Ċ\n😊\nਊ", 0),
        ("Ċ\n😊\nਊ", "Ċ\n😊\nਊ\n", 4),
        ("ab\nжук", "ab\nzhuk", 1),  # "ab" in a 2-byte text equals "ab" in a 1-byte one
        ("x\n🙂\né", "x\n:)\né", 1),  # 4 bytes against 1
        ("ж\n🙂", "ж\n🙂", 0),  # 2 against 4, equal
        ("ж" * 5000 + "\n" + "Њ" * 5000, "ж" * 5000 + "\n" + "Њ" * 4999 + "N", 1),
        ("Њ" * 5000, "Њ" * 5000 + "\n" + "\n" * 3, 5),
    ],
)
def test_changed_lines(speedups: Any, a: str, b: str, changed: int) -> None:
    assert speedups.changed_lines(a, b) == changed
    assert speedups.changed_lines(b, a) == changed
    assert native._changed_lines_reference(a, b) == changed


@pytest.mark.parametrize(
    "args",
    [
        (b"a", "a"),
        ("a", b"a"),
        ("a", None),
        (str_subclass("a"), "a"),  # its methods could run Python code: refused
        ("a", str_subclass("a")),
        ("a",),
        ("a", "b", "c"),
    ],
)
def test_changed_lines_takes_two_exact_str(speedups: Any, args: tuple[Any, ...]) -> None:
    with pytest.raises(TypeError):
        speedups.changed_lines(*args)
    with pytest.raises(TypeError):
        speedups.changed_lines(a="a", b="a")


def test_changed_lines_of_str_subclasses_are_counted_by_the_reference() -> None:
    assert native.changed_lines(str_subclass("a\nb"), "a\nc") == 1
    assert native.changed_lines("a", str_subclass("a\n")) == 2


# first_of: sets of code points of every width, texts of every width
_CODE_POINTS = st.sampled_from(
    [0x0, 0x41, 0x7F, 0xFF, 0x100, 0x430, 0x7FF, 0xFFFF, 0x1F600, 0x10FFFF]
)
_SETS = st.lists(
    st.tuples(_CODE_POINTS | st.integers(0, 0x10FFFF), st.integers(0, 40)).map(
        lambda p: (p[0], min(p[0] + p[1], 0x10FFFF))
    ),
    max_size=6,
)
_SCAN_TEXT = st.text(
    st.characters(codec="utf-8") | st.sampled_from("AzжЖ\u0301😊\x00ÿ"), max_size=60
)


@settings(max_examples=60 if os.environ.get("TRANSLIT_SPEEDUPS_SO") else 500, deadline=None)
@given(_SCAN_TEXT, _SETS)
def test_first_of_equals_the_reference_and_a_character_class(
    speedups: Any, text: str, ranges: list[tuple[int, int]]
) -> None:
    table = native.char_table(ranges)
    expected = next(
        (i for i, ch in enumerate(text) if any(a <= ord(ch) <= b for a, b in ranges)), -1
    )
    assert native._first_of_reference(text, table) == expected
    assert speedups.first_of(text, table) == expected


@pytest.mark.parametrize(
    ("text", "table", "found"),
    [
        ("", b"\xff", -1),
        ("abc", b"", -1),  # an empty set
        ("жaж", native.char_table([(0x61, 0x61)]), 1),  # a 2-byte text
        ("ж😊", native.char_table([(0x1F60A, 0x1F60A)]), 1),  # a 4-byte text
        ("😊ж", native.char_table([(0x430, 0x44F)]), 1),
        ("ÿ", native.char_table([(0xFF, 0xFF)]), 0),  # the last bit of a byte
        ("\U0010ffff", b"\xff" * 0x22000, 0),  # the whole range
        ("\U0010ffff", b"\xff" * 0x30000, 0),  # a table longer than every code point
        ("ж", b"\xff" * 0x80, -1),  # beyond the table: not in the set
    ],
)
def test_first_of(speedups: Any, text: str, table: bytes, found: int) -> None:
    assert speedups.first_of(text, table) == found
    assert native._first_of_reference(text, table) == found


@pytest.mark.parametrize(
    "args",
    [
        (b"a", b"a"),
        ("a", "a"),
        ("a", bytearray(b"a")),  # a mutable table: refused
        (str_subclass("a"), b"a"),  # its methods could run Python code: refused
        ("a",),
        ("a", b"a", b"a"),
    ],
)
def test_first_of_takes_exact_str_and_bytes(speedups: Any, args: tuple[Any, ...]) -> None:
    with pytest.raises(TypeError):
        speedups.first_of(*args)


@settings(max_examples=60 if os.environ.get("TRANSLIT_SPEEDUPS_SO") else 500, deadline=None)
@given(_SCAN_TEXT, _SETS, st.integers(-1, 3))
def test_runs_of_equals_the_reference_and_a_character_class(
    speedups: Any, text: str, ranges: list[tuple[int, int]], least: int
) -> None:
    table = native.char_table(ranges)
    inside = "".join("1" if any(a <= ord(ch) <= b for a, b in ranges) else "0" for ch in text)
    expected = [m.span() for m in re.finditer("1+", inside) if m.end() - m.start() >= least]
    assert native._runs_of_reference(text, table, least) == expected
    assert speedups.runs_of(text, table, least) == expected


@pytest.mark.parametrize(
    "args",
    [
        (b"a", b"a", 1),
        ("a", bytearray(b"a"), 1),
        (str_subclass("a"), b"a", 1),
        ("a", b"a", 1.0),
        ("a", b"a", True),  # (a bool is an int, not an exact one)
        ("a", b"a"),
    ],
)
def test_runs_of_takes_exact_str_bytes_and_int(speedups: Any, args: tuple[Any, ...]) -> None:
    with pytest.raises(TypeError):
        speedups.runs_of(*args)


# map_chars: texts of every width through tables of every width, whose images may be "\0" (left
# to the caller) and which may be shorter than the text's code points
_MAP_TEXT = st.text(st.sampled_from([*"aZé\x00 Жж-ΣΑ", "\u0301", "\uffff", "😊", "\U0010ffff"]))
_MAP_TABLE = st.text(st.sampled_from([*"\x00xÉж ", "\uffff", "🙂"]), max_size=0x500)


@settings(max_examples=60 if os.environ.get("TRANSLIT_SPEEDUPS_SO") else 500, deadline=None)
@given(_MAP_TEXT, _MAP_TABLE)
def test_map_chars_equals_the_reference(speedups: Any, text: str, table: str) -> None:
    expected = native._map_chars_reference(text, table)
    assert speedups.map_chars(text, table) == expected
    # what the reference means: the images written, the others kept and listed in runs
    out, runs = expected
    left = {i for a, b in runs for i in range(a, b)}
    assert len(out) == len(text)
    for i, ch in enumerate(text):
        image = table[ord(ch)] if ord(ch) < len(table) else "\0"
        assert out[i] == (ch if i in left else image) and (i in left) == (image == "\0")


def test_map_chars() -> None:
    table = "".join(map(chr, range(128))).upper()[:0x61] + "\0"  # (a: left, b-z beyond it)
    for map_chars in (native.MAP_CHARS, native._map_chars_reference):
        if map_chars is None:
            continue
        assert map_chars("ab  Ab😊a", table) == ("ab  Ab😊a", [(0, 2), (5, 8)])
        assert map_chars("ABC-", table) == ("ABC-", [])
        assert map_chars("", table) == ("", [])
        assert map_chars("AΣ", "") == ("AΣ", [(0, 2)])
        assert map_chars("\x01\x00", "\x00ж") == ("ж\x00", [(1, 2)])
        # the output at its narrowest width (a wider str of the same letters is no equal)
        assert map_chars("Жж", "x" * 0x500) == ("xx", []) and map_chars("é😊", "ж" * 0xFF) == (
            "ж😊",
            [(1, 2)],
        )


@pytest.mark.parametrize(
    "args", [("a", b"a"), (b"a", "a"), (str_subclass("a"), "a"), ("a", str_subclass("a")), ("a",)]
)
def test_map_chars_takes_two_exact_str(speedups: Any, args: tuple[Any, ...]) -> None:
    with pytest.raises(TypeError):
        speedups.map_chars(*args)


# table_hits: texts of words of every width between runs of spaces, a table of first words
# (some of the text's, some not) with second words and lengths, and keys (slices of the text
# and others)
_TABLE_WORDS = st.sampled_from(["a", "ab", "b", "жук", "ж", "😊", "a😊", "é", "abc"])


@st.composite
def _tables(draw: st.DrawFn) -> tuple[str, tuple[str, ...], dict[str, Any], dict[str, int]]:
    words = draw(st.lists(_TABLE_WORDS, max_size=12))
    gaps = draw(st.lists(st.integers(1, 3), min_size=len(words) + 1, max_size=len(words) + 1))
    edges = draw(st.tuples(st.booleans(), st.booleans()))
    text = "".join(" " * g + w for g, w in zip(gaps, words, strict=False))
    text = text[gaps[0] * (not edges[0]) :] + " " * gaps[-1] * edges[1]
    firsts = draw(st.lists(_TABLE_WORDS, max_size=6, unique=True))
    table: dict[str, Any] = {}
    for first in firsts:
        pairs = draw(st.lists(st.tuples(_TABLE_WORDS | st.just(""), st.integers(1, 12))))
        table[first] = tuple(x for pair in pairs for x in pair)
        if draw(st.booleans()):  # (the same pairs by second word)
            table[first] = {}
            for second, size in pairs:
                table[first][second] = (*table[first].get(second, ()), second, size)
    cuts = draw(st.lists(st.tuples(st.integers(0, len(text)), st.integers(1, 12)), max_size=8))
    keys = {text[a : a + n]: i for i, (a, n) in enumerate(cuts)}
    keys |= {f" {w} ": 100 + i for i, w in enumerate(draw(st.lists(_TABLE_WORDS, max_size=3)))}
    return text, tuple(text.split()), table, keys


@settings(max_examples=60 if os.environ.get("TRANSLIT_SPEEDUPS_SO") else 600, deadline=None)
@given(_tables())
def test_table_hits_equals_the_reference(
    speedups: Any, case: tuple[str, tuple[str, ...], dict[str, Any], dict[str, int]]
) -> None:
    text, words, table, keys = case
    expected = native._table_hits_reference(text, words, table, keys)
    assert speedups.table_hits(text, words, table, keys) == expected
    # what the reference means: every (end, index) is a key of `keys` ending there, which
    # starts at the space before a word of `table` between two spaces; by end
    assert [end for end, _ in expected] == sorted(end for end, _ in expected)
    for end, idx in expected:
        key = next(k for k, i in keys.items() if i == idx)
        at = end - len(key) + 1
        assert text[at : end + 1] == key and text[at] == " "
        assert text[at + 1 :].split(" ", 1)[0] in table


def test_table_hits(speedups: Any) -> None:
    text = " la armée rouge  la "
    table = {"la": ("", 4, "armée", 16, "rouge", 9), "rouge": ("", 7, "", 30)}
    keys = {" la ": 0, " la armée rouge ": 1, " rouge ": 2, " la armée ": 3}
    for hits in (speedups.table_hits, native._table_hits_reference):
        assert hits(text, tuple(text.split()), table, keys) == [(3, 0), (15, 1), (15, 2), (19, 0)]
        # by end: a pattern of two words ends after the next word's own
        two = " la armée rouge armée "
        got = hits(
            two, tuple(two.split()), {"la": ("armée", 16), "armée": ("", 7)}, keys | {" armée ": 4}
        )
        assert got == [(9, 4), (15, 1), (21, 4)]
        # a word with no space after it or before it starts none; nor does a pattern that
        # would end past the text (its slice, cut short, is another key: " la ")
        assert hits(" la", ("la",), table, keys) == []
        assert hits("la ", ("la",), table, keys) == []
        assert hits(" la ", ("la",), {"la": ("", 9)}, keys) == []
        assert hits("", (), table, keys) == []


def test_table_hits_reads_a_dict_value_at_the_next_word_only(speedups: Any) -> None:
    # a first word of many second words: its pairs by second word, of which only those of ""
    # and of the next word are read (the others' pairs are never looked at, even malformed)
    text = " la armée rouge  la "
    keys = {" la ": 0, " la armée rouge ": 1, " rouge ": 2, " la armée ": 3}
    flat = {"la": ("", 4, "armée", 16, "rouge", 9, "armée", 10), "rouge": ("", 7)}
    unread = ["not", "read"]
    by_second = {
        "la": {"": ("", 4), "armée": ("armée", 16, "armée", 10), "rouge": ("rouge", 9),
               "blanche": unread, "la": unread},
        "rouge": {"": ("", 7), "armée": unread},
    }  # fmt: skip
    want = [(3, 0), (9, 3), (15, 1), (15, 2), (19, 0)]
    for hits in (speedups.table_hits, native._table_hits_reference):
        assert hits(text, tuple(text.split()), flat, keys) == want
        assert hits(text, tuple(text.split()), by_second, keys) == want
        # the last word and a word with no "" entry
        assert hits(" la ", ("la",), {"la": {"armée": unread, "": ("", 4)}}, keys) == [(3, 0)]
        assert hits(" la armée ", ("la", "armée"), {"la": {"armée": ("armée", 10)}}, keys) == [
            (9, 3)
        ]
    # the entries read are checked as a tuple value is
    for bad in [{"": ["", 4]}, {"armée": ("armée",)}, {"armée": (10, "armée")}]:
        with pytest.raises(TypeError):
            speedups.table_hits(text, tuple(text.split()), {"la": bad}, keys)
    with pytest.raises(TypeError):  # (a dict subclass: neither a tuple nor an exact dict)
        speedups.table_hits(text, tuple(text.split()), {"la": _DictSubclass(flat)}, keys)
    with pytest.raises(OverflowError):
        speedups.table_hits(text, tuple(text.split()), {"la": {"": ("", 1 << 70)}}, keys)


class _DictSubclass(dict[str, Any]):
    pass


def test_table_hits_takes_exact_types_and_text_split(speedups: Any) -> None:
    text = " a b "
    words = ("a", "b")
    table = {"a": ("", 3)}
    keys = {" a ": 0}
    for bad in [
        (str_subclass(text), words, table, keys),
        (text, list(words), table, keys),
        (text, (str_subclass("a"), "b"), table, keys),
        (text, words, {"a": ["", 3]}, keys),  # a list: a value could change as it is read
        (text, words, {"a": ("", 3, "")}, keys),  # (second, size) pairs
        (text, words, {"a": (3, "")}, keys),
        (text, words, table, {" a ": "0"}),
        (text, words, table),
    ]:
        with pytest.raises(TypeError):
            speedups.table_hits(*bad)
    with pytest.raises(OverflowError):
        speedups.table_hits(text, words, table, {" a ": 1 << 70})
    with pytest.raises(OverflowError):
        speedups.table_hits(text, words, {"a": ("", 1 << 70)}, keys)
    for text, words in [(" a\tb ", ("a", "b")), (" a b ", ("a",)), (" a b ", ("a", "c")),
                        (" ab ", ("a", "b")), (" a ", ("a", "b"))]:  # fmt: skip
        with pytest.raises(ValueError, match=r"text\.split\(\)"):
            speedups.table_hits(text, words, table, keys)


# pairs_known: words of every width, some of them keys of follows (the words seen), with the
# words seen after them or None
@settings(max_examples=60 if os.environ.get("TRANSLIT_SPEEDUPS_SO") else 600, deadline=None)
@given(
    st.lists(_TABLE_WORDS, max_size=12).map(tuple),
    st.dictionaries(
        _TABLE_WORDS, st.none() | st.lists(_TABLE_WORDS, max_size=4).map(dict.fromkeys)
    ),
)
def test_pairs_known_equals_the_reference(
    speedups: Any, words: tuple[str, ...], follows: dict[str, dict[str, None] | None]
) -> None:
    expected = all(w in follows for w in words) and all(
        follows[a] is None or b in follows[a]  # type: ignore[operator]
        for a, b in itertools.pairwise(words)
    )
    assert native._pairs_known_reference(words, follows) == expected
    assert speedups.pairs_known(words, follows) is expected


def test_pairs_known_takes_exact_types(speedups: Any) -> None:
    follows = {"a": {"b": None}, "b": None, "c": None}
    assert speedups.pairs_known(("a", "b", "a"), follows) is True
    assert speedups.pairs_known(("c", "a", "c"), follows) is False  # (c after a: not seen)
    assert speedups.pairs_known(("b", "d"), follows) is False  # (d: not seen)
    assert speedups.pairs_known((), {}) is True
    for bad in [
        (["a", "b"], follows),
        (("a", "b"), {"a": {"b"}, "b": None}),  # a set: dicts only
        (("b", "a"), {"a": 1, "b": None}),
        (("a", str_subclass("b")), follows),
        ((str_subclass("b"),), follows),
        (("a", "b"), type("D", (dict,), {})(follows)),
        (("a", "b"),),
    ]:
        with pytest.raises(TypeError):
            speedups.pairs_known(*bad)


def test_c_tests_pass_under_address_sanitizer(tmp_path: Path) -> None:
    # the C tests of this file once more, on a copy built with -fsanitize=address (no leak
    # check: CPython keeps objects alive until exit by design)
    try:
        so = build_speedups(tmp_path, "-fsanitize=address", "-fno-omit-frame-pointer", "-g", "-O1")
    except RuntimeError as exc:
        pytest.skip(str(exc))
    libasan = subprocess.run(
        [os.environ.get("CC", "cc"), "-print-file-name=libasan.so"],
        capture_output=True,
        text=True,
        check=False,
    ).stdout.strip()
    if not os.path.isabs(libasan):
        pytest.skip("the C compiler has no AddressSanitizer runtime (libasan)")
    env = {
        **os.environ,
        "LD_PRELOAD": libasan,
        "ASAN_OPTIONS": "detect_leaks=0",
        "TRANSLIT_SPEEDUPS_SO": str(so),
        "PYTHONMALLOC": "malloc",  # so the sanitizer sees every allocation
    }
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "-k",
            "not sanitizer and not compiler",
            str(Path(__file__)),
        ],
        capture_output=True,
        text=True,
        check=False,
        env=env,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    assert "ERROR: AddressSanitizer" not in done.stderr


def test_install_without_a_compiler_gives_the_pure_python_engine(tmp_path: Path) -> None:
    # CC=/bin/false: the optional extension fails to build, the wheel still builds (no network:
    # --no-index, no build isolation), and the installed package romanises in pure Python
    src = tmp_path / "src"
    for part in ["translit", "src", "glossaries", "LICENSES"]:
        shutil.copytree(
            ROOT / part, src / part, ignore=shutil.ignore_patterns("*.so", "__pycache__")
        )
    for part in ["pyproject.toml", "setup.py", "README.md", "LICENSE"]:
        shutil.copy(ROOT / part, src / part)
    env = {**os.environ, "CC": "/bin/false", "PIP_NO_INDEX": "1"}

    def pip(*args: str) -> None:
        done = subprocess.run(
            [sys.executable, "-m", "pip", "-q", "--disable-pip-version-check", *args],
            capture_output=True,
            text=True,
            check=False,
            env=env,
            cwd=tmp_path,
        )
        assert done.returncode == 0, done.stderr[-3000:]

    pip("wheel", "--no-deps", "--no-build-isolation", "-w", str(tmp_path / "w"), str(src))
    wheel = next((tmp_path / "w").glob("*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    assert not any("_speedups" in n for n in names)
    # the build parsed every TOML data file into the wheel (setup.py), its file list names them
    tomls = [n for n in names if n.startswith("translit/data/") and n.endswith(".toml")]
    copies = [n for n in names if n.endswith(".marshal")]
    assert len(tomls) > 100 and len(copies) == len(tomls)
    record = next(n for n in names if n.endswith(".dist-info/RECORD"))
    assert zipfile.ZipFile(wheel).read(record).decode().count(".marshal,") == len(copies)
    pip("install", "--no-deps", "--target", str(tmp_path / "t"), str(wheel))
    probe = (
        "import sys, translit, translit.engine as e; print(e.BACKEND, translit.romanize('Щука ЁЖ'),"
        " 'tomllib' in sys.modules)"
    )
    done = subprocess.run(
        [
            sys.executable,
            "-I",
            "-S",  # no site-packages: the test venv's own translit (with its C module) stays out
            "-c",
            f"import sys; sys.path.insert(0, {str(tmp_path / 't')!r}); {probe}",
        ],
        capture_output=True,
        text=True,
        check=False,
        cwd=tmp_path,
    )
    assert done.stdout.split() == ["python", "Shchuka", "YËZH", "False"], done.stderr[-2000:]


def test_the_installed_module_is_found_from_the_source_tree(speedups: Any, tmp_path: Path) -> None:
    # pytest runs from the repository root, where the source translit/ shadows the installed
    # package: the engine loads the installed package's compiled translit/_speedups instead
    site = tmp_path / "site"
    (site / "translit").mkdir(parents=True)
    shutil.copy(speedups.__file__, site / "translit" / Path(speedups.__file__).name)
    probe = "import translit.engine as e, translit; print(e.BACKEND, translit.romanize('Щука ЁЖ'))"
    env = {**os.environ, "PYTHONPATH": f"{ROOT}{os.pathsep}{site}"}
    env.pop("TRANSLIT_PURE_PYTHON", None)
    done = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        check=False,
        env=env,
        cwd=ROOT,
    )
    assert done.stdout.split() == ["native", "Shchuka", "YËZH"], done.stderr[-2000:]


@pytest.mark.parametrize(
    ("value", "backend"), [("0", "native"), ("false", "native"), ("no", "native"), ("1", "python")]
)
def test_pure_python_switch_reads_yes_and_no(speedups: Any, value: str, backend: str) -> None:
    """``TRANSLIT_PURE_PYTHON=false`` (or ``no``) turned the C engine off: every value but ""
    and "0" did."""
    probe = "import translit.engine as e; print(e.BACKEND)"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "TRANSLIT_PURE_PYTHON": value}
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=False, env=env, cwd=ROOT)  # fmt: skip
    assert done.stdout.split() == [backend], done.stderr[-2000:]


def test_pure_python_switch_refuses_other_values() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "translit", "romanize"],
        input="Щука\n", capture_output=True, text=True, check=False, cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT), "TRANSLIT_PURE_PYTHON": "maybe"},
    )  # fmt: skip
    assert done.returncode == 2 and not done.stdout, done.stderr
    assert done.stderr == (
        "translit: error: TRANSLIT_PURE_PYTHON='maybe' is not a yes or a no: set it to 1 (the "
        "Python interpreter alone) or 0 (the C engine when it is built), or unset it\n"
    )
