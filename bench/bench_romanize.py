"""Romanisation speed: translit's schemes and every installed peer, on the same text, in one run.

Groups (one table each in bench/README.md, made by bench/report.py):

- ``short-name``: one call on ``"Андрей Власов"`` (a cached, warm romaniser).
- ``sentences``: the first 200 lines of the corpus, one call per line (warm).
- ``bulk-x14``: the corpus repeated 14 times (≈10 MB), one call per line, translit starting
  from a *fresh* romaniser each round. The C engine keeps no memo, so repetition no longer
  favours translit (only the interpreter, for the lines the C engine declines, memoises its
  words). Read it next to ``bulk-cold``.
- ``bulk-cold``: one copy of the corpus (no repetition), fresh romaniser each round: the cost
  of text never seen before.
- ``large-vocab``: 20 MB of Russian-like sentences over a vocabulary of more than a million
  word forms, Zipf-distributed (``common.large_vocabulary_russian``, built once per run from a
  fixed seed): like a real corpus, it keeps bringing forms never seen before, so no memo
  could carry it. One call per line, fresh romaniser each round; ``bgn-pcgn-interpreter`` is
  the same run without the C engine (the pure-Python route, as installed without a compiler).
- ``normalize``: :func:`translit.normalize` (its defaults) on one copy.

Every translit result is checked equal to the engine's reference mode (the interpreter on every
word, no memo, no C engine). Peers are paired with the translit scheme that writes the
closest output; ``extra_info["agreement"]`` is the share of distinct corpus words on which the
two agree, so "faster" is only read as "faster at the same job" where the pair is comparable.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

import translit

from .common import (
    PEERS,
    QUICK_SLICE,
    SHORT_NAME,
    Corpus,
    Peer,
    agreement,
    available_schemes,
    fresh_romanizer,
    import_peer,
    is_quick,
    large_vocabulary_russian,
    reference_output,
)

# translit's own headline schemes, then the schemes the peers are paired with
HEADLINE = ["bgn-pcgn", "wikipedia", "duden", "french"]
SCHEMES = list(dict.fromkeys([*HEADLINE, *(p.scheme for p in PEERS)]))


def _scheme_param(sid: str) -> Any:
    marks = []
    if sid not in available_schemes():
        marks.append(pytest.mark.skip(reason=f"scheme {sid!r} does not exist (yet)"))
    return pytest.param(("translit", sid), id=f"translit:{sid}", marks=marks)


SUBJECTS = [_scheme_param(s) for s in SCHEMES] + [
    pytest.param(("peer", p.name), id=f"peer:{p.name}") for p in PEERS
]
_PEERS = {p.name: p for p in PEERS}


def _peer_info(peer: Peer, fn: Callable[[str], str], corpus: Corpus) -> dict[str, Any]:
    return {
        "subject": peer.name,
        "kind": "peer",
        "scheme": peer.scheme,
        "note": peer.note,
        "agreement": round(agreement(fn, peer.scheme, corpus.text), 4),
        "corpus": corpus.source,
    }


def _translit_info(sid: str, corpus: Corpus) -> dict[str, Any]:
    return {
        "subject": f"translit {sid}",
        "kind": "translit",
        "scheme": sid,
        "checked": "equal to the reference path",
        "corpus": corpus.source,
    }


def _bytes(lines: list[str]) -> int:
    return sum(len(s.encode("utf-8", "surrogatepass")) for s in lines)


@pytest.mark.parametrize("subject", SUBJECTS)
def test_short_name(benchmark: Any, corpus: Corpus, subject: tuple[str, str]) -> None:
    benchmark.group = "short-name"
    kind, name = subject
    if kind == "translit":
        r = translit.get_romanizer(name, "ru")
        r(SHORT_NAME)
        out = benchmark(r.romanize, SHORT_NAME)
        assert out == r._romanize_reference(SHORT_NAME)
        benchmark.extra_info.update(_translit_info(name, corpus))
    else:
        peer = _PEERS[name]
        fn = import_peer(peer)
        out = benchmark(fn, SHORT_NAME)
        assert out and out != SHORT_NAME
        benchmark.extra_info.update(_peer_info(peer, fn, corpus))
    benchmark.extra_info["bytes"] = len(SHORT_NAME.encode())
    benchmark.extra_info["calls"] = 1


def test_short_name_one_call_api(benchmark: Any, corpus: Corpus) -> None:
    """The one-call function (language detection on every call) for comparison."""
    benchmark.group = "short-name"
    out = benchmark(translit.romanize, SHORT_NAME)
    assert out == "Andrey Vlasov"  # BGN/PCGN: й → y, hand-checked
    benchmark.extra_info.update(_translit_info("bgn-pcgn", corpus))
    benchmark.extra_info["subject"] = "translit.romanize() (lang=auto)"
    benchmark.extra_info["bytes"] = len(SHORT_NAME.encode())
    benchmark.extra_info["calls"] = 1


@pytest.mark.parametrize("subject", SUBJECTS)
def test_sentences(benchmark: Any, corpus: Corpus, subject: tuple[str, str]) -> None:
    benchmark.group = "sentences"
    lines = corpus.lines[:200]
    kind, name = subject
    if kind == "translit":
        r = translit.get_romanizer(name, "ru")
        r.romanize("".join(lines))  # warm, as a long-lived process is
        out = benchmark(lambda: list(map(r.romanize, lines)))
        assert "".join(out) == reference_output(name, "".join(lines))
        benchmark.extra_info.update(_translit_info(name, corpus))
    else:
        peer = _PEERS[name]
        fn = import_peer(peer)
        benchmark(lambda: list(map(fn, lines)))
        benchmark.extra_info.update(_peer_info(peer, fn, corpus))
    benchmark.extra_info["bytes"] = _bytes(lines)
    benchmark.extra_info["calls"] = len(lines)


def _bulk(benchmark: Any, corpus: Corpus, subject: tuple[str, str], lines: list[str]) -> None:
    kind, name = subject
    # translit rounds are short: take more of them, the fastest is the least disturbed
    rounds = 7 if kind == "translit" else 3 if len(lines) > len(corpus.lines) else 5
    if kind == "translit":

        def setup() -> tuple[tuple[Any, ...], dict[str, Any]]:
            return (fresh_romanizer(name),), {}

        def run(r: translit.Romanizer) -> str:
            return "".join(map(r.romanize, lines))  # one call per line, as for the peers

        out = benchmark.pedantic(run, setup=setup, rounds=rounds, warmup_rounds=0)
        copies = len(lines) // len(corpus.lines)
        assert out == reference_output(name, corpus.text) * copies
        benchmark.extra_info.update(_translit_info(name, corpus))
    else:
        peer = _PEERS[name]
        fn = import_peer(peer)
        benchmark.pedantic(lambda: "".join(map(fn, lines)), rounds=rounds, warmup_rounds=0)
        benchmark.extra_info.update(_peer_info(peer, fn, corpus))
    benchmark.extra_info["bytes"] = _bytes(lines)
    benchmark.extra_info["calls"] = len(lines)


@pytest.mark.parametrize("subject", SUBJECTS)
def test_bulk_x14(benchmark: Any, corpus: Corpus, subject: tuple[str, str]) -> None:
    benchmark.group = "bulk-x14"
    _bulk(benchmark, corpus, subject, corpus.bulk_lines)
    benchmark.extra_info["repeat"] = corpus.repeat


@pytest.mark.parametrize("subject", SUBJECTS)
def test_bulk_cold(benchmark: Any, corpus: Corpus, subject: tuple[str, str]) -> None:
    benchmark.group = "bulk-cold"
    _bulk(benchmark, corpus, subject, corpus.lines)
    benchmark.extra_info["repeat"] = 1


def test_normalize(benchmark: Any, corpus: Corpus) -> None:
    benchmark.group = "normalize"
    normalize = translit.normalize
    out = benchmark.pedantic(normalize, args=(corpus.text,), rounds=3, warmup_rounds=0)
    assert isinstance(out, str) and len(out) > len(corpus.text) // 2
    benchmark.extra_info.update(
        {"subject": "translit.normalize (defaults)", "kind": "translit", "corpus": corpus.source}
    )
    benchmark.extra_info["bytes"] = len(corpus.text.encode())
    benchmark.extra_info["calls"] = 1


def test_bulk_x14_warm(benchmark: Any, corpus: Corpus) -> None:
    """A romaniser that has converted the text before (bgn-pcgn, ×14): the C engine keeps no
    memo, so this is the cold work again; it shows what a warm memo would have to beat."""
    benchmark.group = "bulk-x14-warm"
    lines = corpus.bulk_lines
    r = translit.get_romanizer("bgn-pcgn", "ru")
    "".join(map(r.romanize, lines))
    out = benchmark.pedantic(lambda: "".join(map(r.romanize, lines)), rounds=7, warmup_rounds=0)
    assert out == reference_output("bgn-pcgn", corpus.text) * corpus.repeat
    benchmark.extra_info.update(_translit_info("bgn-pcgn", corpus))
    benchmark.extra_info["subject"] = "translit bgn-pcgn (warm: the text seen before)"
    benchmark.extra_info["bytes"] = _bytes(lines)
    benchmark.extra_info["calls"] = len(lines)
    benchmark.extra_info["repeat"] = corpus.repeat


@pytest.fixture(scope="session")
def large_vocab_lines(request: pytest.FixtureRequest) -> list[str]:
    quick = is_quick(request.config)  # untimed: a small text over a small vocabulary
    text = (
        large_vocabulary_russian(QUICK_SLICE, stems=5000) if quick else large_vocabulary_russian()
    )
    return text.splitlines(keepends=True)


@pytest.mark.parametrize(
    "subject",
    [
        _scheme_param("bgn-pcgn"),
        pytest.param(("interpreter", "bgn-pcgn"), id="translit:bgn-pcgn-interpreter"),
        *(pytest.param(("peer", p.name), id=f"peer:{p.name}") for p in PEERS),
    ],
)
def test_large_vocabulary(
    benchmark: Any,
    corpus: Corpus,
    large_vocab_lines: list[str],
    subject: tuple[str, str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    benchmark.group = "large-vocab"
    lines = large_vocab_lines
    kind, name = subject
    if kind == "interpreter":  # the C engine's effect: the same run in pure Python
        from translit.engine import native

        monkeypatch.setattr(native, "ENGINE", None)
    if kind != "peer":

        def setup() -> tuple[tuple[Any, ...], dict[str, Any]]:
            return (fresh_romanizer(name),), {}

        def run(r: translit.Romanizer) -> list[str]:
            return list(map(r.romanize, lines))  # one call per line, as for the peers

        out = benchmark.pedantic(run, setup=setup, rounds=3, warmup_rounds=0)
        sample = "".join(lines[:: max(1, len(lines) // 3000)])  # checked on a sample of lines
        r = translit.get_romanizer(name, "ru")
        assert "".join(out[:: max(1, len(lines) // 3000)]) == "".join(
            map(r._romanize_reference, sample.splitlines(keepends=True))
        )
        benchmark.extra_info.update(_translit_info(name, corpus))
        if kind == "interpreter":
            benchmark.extra_info["subject"] = f"translit {name} (interpreter, no C engine)"
    else:
        peer = _PEERS[name]
        fn = import_peer(peer)
        benchmark.pedantic(lambda: list(map(fn, lines)), rounds=2, warmup_rounds=0)
        benchmark.extra_info.update(_peer_info(peer, fn, corpus))
    benchmark.extra_info["corpus"] = "large-vocabulary generator (bench.common, seed 16)"
    benchmark.extra_info["bytes"] = _bytes(lines)
    benchmark.extra_info["calls"] = len(lines)
