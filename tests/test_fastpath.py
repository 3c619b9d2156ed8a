"""The fast path gives exactly what the reference path gives, for every scheme, on random text.

The reference path is the engine's reference mode (``Romanizer._romanize_reference``): the
rule interpreter run on every word, without its word memo. The fast path is ``romanize``: the
C engine (``translit._speedups.Engine``) running the same compiled tables, the interpreter
with its memo for what the C engine declines (or everything, without the extension), and the
streaming API built on it (``romanize_chunks``, ``romanize_stream``, ``romanize_lines``), whose
result must not depend on where the input is cut.
"""

from __future__ import annotations

import io
import re
import unicodedata
from typing import Any

import pytest
from conftest import scheme_directions
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import translit
from translit.catalogue import _fallback_letters
from translit.engine import memo, native
from translit.engine.case import CLOSE, OPEN
from translit.engine.lookalike import apostrophe_lookalikes, apostrophe_sides, numeral_letters
from translit.script import CYRILLIC_BLOCKS, char_class

_CASES, _IDS = scheme_directions()

# characters around words: spaces, line ends, punctuation, digits, other scripts, emoji, and
# the apostrophe's look-alikes (` ‘ ′ ´: Знам`янка, which the C engine declines)
_SEPARATORS = [*" \n\r\t.,;:!?-—«»()\"'’ʼ`‘′´0123456789", "  ", "\r\n", "🙂", "漢", "é", "x"]
# letters that stress the case and normalisation rules: combining marks, a letter whose lower
# case is two letters (İ), a title-case letter (ǅ), an uncased symbol with case (Ⓐ), private use
_ODD = ["\u0301", "\u0306", "\u0308", "\u0483", "İ", "ǅ", "Ⓐ", "\ue001", "ʹ", "ʺ", "·"]
_CYRILLIC = [chr(c) for c in range(0x0400, 0x0530)] + ["\u1c80", "\u1c88", "\ua640", "\ua641"]


def _alphabet(sid: str, lang: str, reverse: bool) -> list[str]:
    """Source letters of the scheme (both cases, and its multi-letter sources) plus extras."""
    scheme = translit.get_scheme(sid, lang)
    body = scheme.reverse if reverse else scheme.body
    assert body is not None
    sources = {*body.letters, *(r.match for r in body.rules)}
    pieces = set(sources)
    for src in sources:
        pieces.add(src.upper())
        pieces.add(src[:1].upper() + src[1:])
    for ch in "".join(sources):
        pieces.add(ch)
        pieces.add(ch.upper())
    letters = sorted(p for p in pieces if p)
    if body.script == "Cyrl":
        letters += _CYRILLIC[::7]
    else:
        letters += list("AaBbZzÀàŽž")
    return letters


def _texts(sid: str, lang: str, reverse: bool) -> st.SearchStrategy[str]:
    letters = _alphabet(sid, lang, reverse)
    piece = st.sampled_from(letters)
    word = st.lists(
        st.one_of(piece, piece, piece, piece, st.sampled_from(_ODD)), min_size=1, max_size=9
    ).map("".join)
    cased = st.tuples(word, st.sampled_from(["keep", "lower", "upper", "title"])).map(
        lambda p: {
            "keep": p[0],
            "lower": p[0].lower(),
            "upper": p[0].upper(),
            "title": p[0][:1].upper() + p[0][1:].lower(),
        }[p[1]]
    )
    return st.lists(st.one_of(cased, cased, st.sampled_from(_SEPARATORS)), max_size=24).map("".join)


def _plain_texts(sid: str, lang: str, reverse: bool) -> st.SearchStrategy[str]:
    """Lower-case, capitalised, all-caps and one-capital words: the common text."""
    letters = [c for c in _alphabet(sid, lang, reverse) if len(c) == 1 and c.lower() == c]
    word = st.lists(st.sampled_from(letters), min_size=1, max_size=9).map("".join)
    cased = st.one_of(
        word,
        word.map(lambda w: w[:1].upper() + w[1:]),
        word.map(str.upper),
        word.map(lambda w: w[:1].upper()),
    )
    return st.lists(st.one_of(cased, cased, st.sampled_from(_SEPARATORS)), max_size=24).map("".join)


def _romanizer(sid: str, lang: str, reverse: bool) -> translit.Romanizer:
    return translit.get_romanizer(sid, lang, reverse=reverse)


def _fresh(sid: str, lang: str, reverse: bool) -> translit.Romanizer:
    """A new romaniser with empty memos (not the cached one)."""
    scheme = translit.get_scheme(sid, lang)
    return translit.Romanizer(scheme, reverse=reverse, fallback=_fallback_letters(scheme, reverse))


def _fresh_on(engine: Any, sid: str, lang: str, reverse: bool) -> translit.Romanizer:
    """A new romaniser on the given C engine type (``None``: the interpreter alone)."""
    saved = native.ENGINE
    native.ENGINE = engine
    try:
        return _fresh(sid, lang, reverse)
    finally:
        native.ENGINE = saved


def _declinable(text: str, lookalike: bool = True) -> bool:
    """Whether ``text`` holds what the C engine may leave to the interpreter: a combining mark
    or a letter that is not NFC (inside a word), Σ, or the interpreter's sentinels; and, for a
    romaniser repairing look-alikes (``lookalike``), a letter that is not Cyrillic beside a
    Cyrillic one (the C engine's check reads past any characters that are neither ASCII,
    letters nor spaces, as marks may stand there), or two or more Cyrillic look-alikes of
    I V X L in a row with no letter beside them (ХХ: maybe a Roman numeral), or a look-alike
    of the apostrophe between the letters it stands between as the apostrophe (Знам`янка, not
    ``цитата'')."""
    return (
        any(unicodedata.category(c)[0] == "M" for c in text)
        or not all(unicodedata.is_normalized("NFC", c) for c in text)
        or any(c in text for c in ("\u03a3", OPEN, CLOSE))
        or (lookalike and (_BESIDE.search(text) or _NUMERAL.search(text)) is not None)
        or (lookalike and _APOSTROPHE.search(text) is not None)
    )


_GAP = "(?:(?![^\\W\\d_])[^\\x00-\\x7f\\s])*"  # (any: non-ASCII, no letter or space)
_CYR = f"[{char_class(CYRILLIC_BLOCKS)}]"
_OTHER = f"(?:(?!{_CYR})[^\\W\\d_])"
_BESIDE = re.compile(f"{_CYR}{_GAP}{_OTHER}|{_OTHER}{_GAP}{_CYR}")
_AFTER, _BEFORE = map(re.escape, apostrophe_sides())
_APOSTROPHE = re.compile(f"[{_AFTER}][{re.escape(apostrophe_lookalikes())}][{_BEFORE}]")
_NUMERAL = re.compile(f"(?<![^\\W\\d_])[{numeral_letters()}]{{2,}}(?![^\\W\\d_])")


_SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.mark.parametrize(("sid", "lang", "reverse"), _CASES, ids=_IDS)
def test_c_engine_equals_reference_path(sid: str, lang: str, reverse: bool, speedups: Any) -> None:
    # random case mixes (lower, Title, ALL CAPS, mixed), marks, one-letter words, punctuation
    c = _fresh_on(speedups.Engine, sid, lang, reverse)
    python = _fresh_on(None, sid, lang, reverse)
    assert c._run is not c._interpret, "the C engine declined the scheme's tables"

    @_SETTINGS
    @given(_texts(sid, lang, reverse))
    def check(text: str) -> None:
        expected = c._romanize_reference(text)
        out = c._run(text)
        assert out is None or out == expected
        assert out is not None or _declinable(text, c._repair), "declined a text it must convert"
        assert c.romanize(text) == expected
        assert python.romanize(text) == expected
        nfd = unicodedata.normalize("NFD", text)
        assert c.romanize(nfd) == c._romanize_reference(nfd)

    check()


@pytest.mark.parametrize(("sid", "lang", "reverse"), _CASES, ids=_IDS)
def test_c_engine_never_declines_plain_text(
    sid: str, lang: str, reverse: bool, speedups: Any
) -> None:
    # lower-case, capitalised, all-caps and one-capital words among punctuation, digits, Latin:
    # the C engine converts them all itself
    c = _fresh_on(speedups.Engine, sid, lang, reverse)

    @_SETTINGS
    @given(_plain_texts(sid, lang, reverse))
    def check(text: str) -> None:
        if _declinable(text, c._repair):  # (a scheme whose sources hold a mark; a look-alike)
            return
        out = c._run(text)
        assert out is not None
        assert out == c._romanize_reference(text)
        # NFD = NFC: the same letters whatever the input's normal form (up to the output's own)
        nfc, nfd = (unicodedata.normalize(form, text) for form in ("NFC", "NFD"))
        assert unicodedata.normalize("NFC", c.romanize(nfd)) == unicodedata.normalize(
            "NFC", c.romanize(nfc)
        )

    check()


def test_declined_words_go_to_the_interpreter(speedups: Any) -> None:
    # a circumflex, a stress mark on a one-letter capital, the sentinels: the interpreter
    # converts the text
    c = _fresh_on(speedups.Engine, "bgn-pcgn", "ru", False)
    for text in ["Вла\u0302сов", "И\u0301 ЩУКА", f"{OPEN}Я"]:
        assert c._run(text) is None
        assert c.romanize(text) == c._romanize_reference(text)
    # NFD ё and й (е + U+0308, и + U+0306) are composed by the C engine into the letters
    nfd = unicodedata.normalize("NFD", "Ёж и ЩУКА, йод")
    assert c._run(nfd) == c._romanize_reference(nfd) == "Yëzh i SHCHUKA, yod"
    # a stress mark (acute or grave) is carried by the C engine: after its letter's output, NFC
    for text, out in [("Вла\u0301сов", "Vl\u00e1sov"), ("Щу\u0300ка", "Shch\u00f9ka")]:
        assert c._run(text) == c._romanize_reference(text) == out
    # a mark outside any word is just a character: copied, nothing declined
    assert c._run(" \u0301 Щука") == " \u0301 Shchuka"
    assert c._run("ЩукА щУКА") == c._romanize_reference("ЩукА щУКА") == "ShchukA shchUKA"


def test_romanize_is_one_c_call(speedups: Any) -> None:
    # r.romanize is the engine's own method (no Python frame around it), and so is r(text)'s
    # route; what it declines still reaches the interpreter, str subclasses included
    c = _fresh_on(speedups.Engine, "bgn-pcgn", "ru", False)
    assert type(c.romanize) is type(len) and c.romanize.__self__.__class__ is speedups.Engine
    assert c.romanize("Андрей Власов") == c("Андрей Власов") == "Andrey Vlasov"

    class Text(str):
        pass

    assert c.romanize(Text("Вла\u0302сов")) == c(Text("Вла\u0302сов")) == "Vl\u00e2sov"
    python = _fresh_on(None, "bgn-pcgn", "ru", False)
    assert python.romanize("Андрей Власов") == "Andrey Vlasov"  # the interpreter, no C


def test_only_the_marked_words_go_to_the_interpreter(
    speedups: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the C engine converts the rest of the line; the one-letter words still follow their line
    c = _fresh_on(speedups.Engine, "bgn-pcgn", "ru", False)
    text = "Я иду к Вла\u0302сову, ЩУКА Я Ю. Ельцин и Ё\u0308 ЁЖ Ща\u0301"
    expected = c._romanize_reference(text)
    interpreted: list[str] = []
    word = translit.Romanizer._word

    def spy(self: translit.Romanizer, w: str) -> str:
        interpreted.append(w)
        return word(self, w)

    monkeypatch.setattr(translit.Romanizer, "_word", spy)
    assert c.romanize(text) == expected
    assert interpreted == ["Вла\u0302сову", "Ё\u0308"]
    assert expected.startswith("Ya idu k Vl\u00e2sovu, SHCHUKA YA Yu. Yelʹtsin")
    assert expected.endswith("Shch\u00e1")


@pytest.mark.parametrize(("sid", "lang", "reverse"), _CASES, ids=_IDS)
def test_chunk_boundaries_never_change_the_result(sid: str, lang: str, reverse: bool) -> None:
    r = _romanizer(sid, lang, reverse)

    @settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(_texts(sid, lang, reverse), st.lists(st.integers(0, 200), max_size=12), st.data())
    def check(text: str, cuts: list[int], data: st.DataObject) -> None:
        whole = r.romanize(text)
        assert whole == r._romanize_reference(text)
        points = sorted({c % (len(text) + 1) for c in cuts})
        pieces = [text[i:j] for i, j in zip([0, *points], [*points, len(text)], strict=True)]
        assert "".join(r.romanize_chunks(pieces)) == whole
        assert "".join(r.romanize_lines(text.splitlines(keepends=True))) == whole
        size = data.draw(st.integers(1, 17), label="chunk_size")
        dst = io.StringIO()
        r.romanize_stream(io.StringIO(text), dst, chunk_size=size)
        assert dst.getvalue() == whole

    check()


def test_reference_path_on_known_values() -> None:
    # the reference mode is the interpreter itself: hand-checked BGN/PCGN values
    r = translit.get_romanizer("bgn-pcgn", "ru")
    assert r._romanize_reference("Подъезд ЩУКА Тыайа") == "Podʺyezd SHCHUKA Ty·ay·a"
    assert r._romanize_reference("Ельцин, ЕЩЁ") == "Yelʹtsin, YESHCHË"


@pytest.mark.parametrize("sid", ["bgn-pcgn", "wikipedia", "iso-9"])
def test_word_memo_stays_bounded_and_exact(monkeypatch: pytest.MonkeyPatch, sid: str) -> None:
    monkeypatch.setattr(memo, "WORD_MEMO", 16)
    r = _fresh_on(None, sid, "ru", False)
    words = [f"Слово{n} щука{n % 7} ЕЛЬЦИН{n % 3} Подъезд{n}" for n in range(400)]
    for w in words:
        assert r.romanize(w) == r._romanize_reference(w)
        assert len(r._words) <= 16
    text = " ".join(words)  # one text with more distinct words than the memo holds
    assert r.romanize(text) == r._romanize_reference(text)
    assert len(r._words) <= 16


def test_long_words_are_computed_not_kept() -> None:
    r = _fresh_on(None, "bgn-pcgn", "ru", False)
    long_word = "Щука" * 40  # longer than the memo's key limit
    text = f"{long_word} и-{long_word}\n{'ёж,' * 50}"
    assert r.romanize(text) == r._romanize_reference(text)
    assert r.romanize(text) == r._romanize_reference(text)
    assert long_word not in r._words


def test_threads_filling_and_evicting_one_memo_agree(monkeypatch: pytest.MonkeyPatch) -> None:
    import threading

    monkeypatch.setattr(memo, "WORD_MEMO", 32)
    r = _fresh_on(None, "wikipedia", "ru", False)
    texts = [f"Слово{n} Юрий{n % 11} ЦК{n % 5} Подъезд, {n % 13}-й Ёлкино" for n in range(600)]
    expected = [r._romanize_reference(t) for t in texts]
    results: list[list[str]] = []

    def work(offset: int) -> None:
        order = texts[offset:] + texts[:offset]
        got = [r.romanize(t) for t in order]
        results.append(got[len(texts) - offset :] + got[: len(texts) - offset])

    threads = [threading.Thread(target=work, args=(k * 150,)) for k in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(results) == 4
    assert all(got == expected for got in results)


@pytest.mark.parametrize(
    "lines",
    [
        ["Юрий\n", "Гагарин\n"] * 700,  # more than one batch
        ["a \x00 b", "Щука \x00", "\x00 Ёж", "Ель \x00 цин"],  # lines holding the separator
        ["Ельцин", "", " ", "ЩУКА  щука", "x \x00"],
        ("Подъезд\r\n", "Тыайа"),
    ],
)
def test_romanize_lines_batches_give_each_line_its_own_result(lines: list[str]) -> None:
    r = _fresh("bgn-pcgn", "ru", False)
    expected = [r._romanize_reference(line) for line in lines]
    assert list(r.romanize_lines(lines)) == expected
    assert list(r.romanize_lines(iter(lines))) == expected  # lazy path


@pytest.mark.parametrize(
    ("sid", "lang", "text", "declined"),
    [
        # ../shared/corpus/ru-gsd.txt quotes with two backticks: no apostrophe there (issue 39:
        # 176 of its lines went to the interpreter, look-alike repair and all)
        ("bgn-pcgn", "ru", "газета ``Вестник культуры&#39;&#39; подверглась", False),
        ("bgn-pcgn-2019", "uk", "`код` і `x`", False),
        ("bgn-pcgn-2019", "uk", "м` `я", False),  # beside a consonant or a vowel, not between
        ("bgn-pcgn-2019", "uk", "Знам`янка", True),  # the apostrophe typed as a backtick
        ("bgn-pcgn-2019", "uk", "сім´я, ім‘я", True),
        ("bgn-pcgn", "be", "Аб`ява", True),
    ],
)
def test_c_engine_declines_an_apostrophe_look_alike_only_where_it_is_one(
    sid: str, lang: str, text: str, declined: bool, speedups: Any
) -> None:
    c = _fresh_on(speedups.Engine, sid, lang, False)
    assert (c._run(text) is None) is declined
    out = c.romanize(text)
    assert out == c._romanize_reference(text)
    # where it is one, the repair reads the apostrophe (Znamianka); elsewhere it stays as typed
    assert any(look in out for look in apostrophe_lookalikes()) is not declined
