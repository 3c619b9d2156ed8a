"""The C token memo (``_translit_speedups.TokenMemo``) does what the dict memo does.

``TokenMemo.join(text, extra)`` must equal ``" ".join(table[t] for t in text.split(" "))`` for
any text and table, whatever the width (1, 2 or 4 bytes per character) of the strings involved,
and hand the unknown tokens back instead of guessing. The module is optional (built only where
a C compiler is found); without it this file is skipped and the engine's tests run on the dict
memo. Which memo a run used is printed in the test header.
"""

from __future__ import annotations

import threading

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

speedups = pytest.importorskip("_translit_speedups", reason="C extension not built (no compiler)")
TokenMemo = speedups.TokenMemo


def _expected(text: str, table: dict[str, str]) -> str:
    return " ".join(table[t] for t in text.split(" "))


def test_join_and_unknown_tokens() -> None:
    m = TokenMemo()
    m.update({"щука": "shchuka", "": "", "a": "A"})
    assert m.join("щука a щука") == "shchuka A shchuka"
    assert m.join("") == ""
    assert m.join("  a ") == "  A "
    # unknown tokens come back once each, in order of first appearance; nothing is guessed
    assert m.join("ёж a ёж Ёж щука") == ["ёж", "Ёж"]
    assert m.join("ёж a Ёж", {"ёж": "yëzh", "Ёж": "Yëzh"}) == "yëzh A Yëzh"
    # a token in neither table comes back too (only the ones `extra` lacks)
    assert m.join("ёж a Ёж", {"ёж": "yëzh"}) == ["Ёж"]
    assert len(m) == 3
    assert sorted(m.keys()) == sorted(m) == ["", "a", "щука"]
    assert m.get("щука") == "shchuka"
    assert m.get("nope") is None
    assert m.get("nope", "d") == "d"
    assert m.get(5, "d") == "d"
    m.clear()
    assert len(m) == 0
    assert m.join("a") == ["a"]


def test_widths_mix() -> None:
    # keys stored as ASCII/Latin-1 strings are found inside wider texts, and outputs of every
    # width are joined into one correct string
    m = TokenMemo()
    table = {"a": "a", "é": "ɛ", "щ": "shch", "🙂": "🙂", "x\ud800": "lone surrogate kept"}
    m.update(table)
    for text in ["a é", "a щ", "щ 🙂 a é", "x\ud800 a", "🙂"]:
        # (str equality also compares the width, so a result in a wider form than needed fails)
        assert m.join(text) == _expected(text, table)


def test_grows_and_replaces() -> None:
    m = TokenMemo()
    table = {f"слово{i}": f"slovo{i}" for i in range(5000)}
    m.update(table)
    assert len(m) == 5000
    text = " ".join(table)
    assert m.join(text) == _expected(text, table)
    m.update({"слово7": "other"})
    assert len(m) == 5000
    assert m.get("слово7") == "other"


def test_rejects_wrong_types() -> None:
    m = TokenMemo()
    with pytest.raises(TypeError):
        m.update({"a": 1})
    with pytest.raises(TypeError):
        m.update([("a", "b")])
    with pytest.raises(TypeError):
        m.join(b"a")
    with pytest.raises(TypeError):
        m.join("a", {"a": 1})
    with pytest.raises(TypeError):
        TokenMemo(1)


def test_shared_between_threads() -> None:
    m = TokenMemo()
    table = {f"т{i}": f"t{i}" for i in range(300)}
    text = " ".join(table)
    errors: list[BaseException] = []

    def work() -> None:
        try:
            for _ in range(200):
                out = m.join(text)
                if out.__class__ is not str:
                    m.update({t: table[t] for t in out})
                    if len(m) > 200:
                        m.clear()
                    out = m.join(text, table)
                assert out == _expected(text, table)
        except BaseException as exc:  # reported below, in the main thread
            errors.append(exc)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors


_CHARS = st.sampled_from(["a", "é", "щ", "Щ", "ʹ", "🙂", "\x00", "\ud800", " ", " ", "  "])
_TOKENS = st.lists(_CHARS.filter(lambda c: " " not in c), max_size=4).map("".join)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(_TOKENS, min_size=1, max_size=12),
    st.dictionaries(_TOKENS, st.text(max_size=5), max_size=20),
    st.data(),
)
def test_join_equals_split_lookup_join(
    tokens: list[str], outputs: dict[str, str], data: st.DataObject
) -> None:
    text = " ".join(tokens)
    table = {t: outputs.get(t, t.upper() + "·") for t in tokens}
    # some outputs in the memo, the others in `extra`
    in_memo = data.draw(st.sets(st.sampled_from(sorted(table))), label="in_memo")
    m = TokenMemo()
    m.update({t: o for t, o in table.items() if t in in_memo})
    first = m.join(text)
    unknown = [t for t in dict.fromkeys(text.split(" ")) if t not in in_memo]
    if unknown:
        assert first == unknown
    else:
        assert first == _expected(text, table)
    extra = {t: o for t, o in table.items() if t not in in_memo}
    assert m.join(text, extra) == _expected(text, table)
