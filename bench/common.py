"""Data and peers shared by the benchmark suite (``pytest bench/``; see bench/README.md).

The bulk text is ``../shared/corpus/ru-*.txt`` (real Russian: news, poetry, social media) when
that folder exists, otherwise a synthetic Russian-like text from a fixed-seed generator; the
run header and every benchmark's ``extra_info["corpus"]`` say which. With
``--benchmark-disable`` (the CI default in pyproject.toml) every benchmark runs once on a small
slice, so the suite checks the code and the outputs in seconds without timing anything.

Peers are other Python transliterators, each paired with the translit scheme whose output is
closest to theirs; a peer that is not installed is skipped with the reason.
"""

from __future__ import annotations

import functools
import importlib
import itertools
import random
import re
import time
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

import translit
from translit.catalogue import _fallback_letters
from translit.script import CYRILLIC_CLASS

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"
REPEAT = 14  # the bulk text is the corpus repeated this many times (≈10 MB for ../shared)
QUICK_SLICE = 40_000  # characters of the corpus used with --benchmark-disable
SHORT_NAME = "Андрей Власов"

Fn = Callable[[str], str]


@dataclass(frozen=True)
class Peer:
    """Another transliterator: how to build it, the closest translit scheme, and how close."""

    name: str
    module: str  # the module whose absence skips the peer
    make: Callable[[], Fn]
    scheme: str  # the translit scheme (language ru) that writes the closest output
    note: str


def _iuliia(schema: str) -> Fn:
    import iuliia

    return getattr(iuliia, schema).translate


def _icu() -> Fn:
    import icu

    return icu.Transliterator.createInstance("Russian-Latin/BGN").transliterate


def _transliterate() -> Fn:
    from transliterate import translit as tr

    def run(text: str) -> str:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return tr(text, "ru", reversed=True)

    return run


def _cyrtranslit() -> Fn:
    import cyrtranslit

    return functools.partial(cyrtranslit.to_latin, lang_code="ru")


def _unidecode() -> Fn:
    from unidecode import unidecode

    return unidecode


def _anyascii() -> Fn:
    from anyascii import anyascii

    return anyascii


PEERS = [
    Peer("anyascii", "anyascii", _anyascii, "mvd-310",
         "ASCII for any script, one fixed table; close to the MVD 310 passport table, no context"),
    Peer("cyrtranslit", "cyrtranslit", _cyrtranslit, "gost-7034",
         "Its own Russian table (щ → šč-style diacritics); not a named standard, not comparable"),
    Peer("Unidecode", "unidecode", _unidecode, "ala-lc-alt",
         "ASCII for any script, one fixed table; close to ALA-LC without ligatures, no context"),
    Peer("transliterate", "transliterate", _transliterate, "gost-16876-alt",
         "Its own Russian table (reversed=True); not a named standard, not comparable"),
    Peer("iuliia (wikipedia)", "iuliia", lambda: _iuliia("WIKIPEDIA"), "wikipedia",
         "Same convention with context rules (е → ye, -ий → y); comparable"),
    Peer("iuliia (bgn_pcgn)", "iuliia", lambda: _iuliia("BGN_PCGN"), "bgn-pcgn",
         "BGN/PCGN without the rule-3 separators (·); comparable except for them"),
    Peer("PyICU (Russian-Latin/BGN)", "icu", _icu, "bgn-pcgn",
         "CLDR's BGN/PCGN transform, the one translit's bgn-pcgn follows; comparable"),
]  # fmt: skip


CpuRun = Callable[[list[str]], object]


def best_cpu(subjects: dict[str, CpuRun], lines: list[str], rounds: int = 2) -> dict[str, float]:
    """Each subject's best CPU seconds over ``rounds`` runs on ``lines``, the subjects taking
    turns in each round (so a noisy minute touches all of them alike)."""
    best: dict[str, float] = {}
    for _ in range(rounds):
        for name, run in subjects.items():
            start = time.process_time()
            run(lines)
            best[name] = min(best.get(name, float("inf")), time.process_time() - start)
    return best


def fresh_romanizer(scheme: str, lang: str = "ru") -> translit.Romanizer:
    """A new romaniser, built now (``get_romanizer`` returns a cached one)."""
    sch = translit.get_scheme(scheme, lang)
    return translit.Romanizer(sch, fallback=_fallback_letters(sch, False))


def available_schemes() -> set[str]:
    return {s["id"] for s in translit.schemes("ru")}


# -- the text ----------------------------------------------------------------------------------


def synthetic_russian(size: int = 730_000, seed: int = 8) -> str:
    """Russian-like text: Zipf-distributed words from syllables, capitals, acronyms, digits."""
    rnd = random.Random(seed)
    onsets = ["", "б", "в", "г", "д", "ж", "з", "к", "л", "м", "н", "п", "р", "с", "т", "ф",
              "х", "ц", "ч", "ш", "щ", "ст", "пр", "кр", "тр", "вл", "зд", "сп"]  # fmt: skip
    vowels = ["а", "о", "е", "и", "у", "ы", "я", "ю", "ё", "э"]
    codas = ["", "", "", "н", "й", "ь", "с", "т", "р", "л", "ск", "в", "ъ"]
    endings = ["ый", "ий", "ая", "ое", "ые", "ов", "ев", "ами", "ого", "ему", "ться", ""]

    def word() -> str:
        parts = [rnd.choice(onsets) + rnd.choice(vowels) for _ in range(rnd.randint(1, 3))]
        return "".join(parts) + rnd.choice(codas) + rnd.choice(endings)

    vocab = [word() for _ in range(40_000)]
    weights = [1 / (rank + 1) for rank in range(len(vocab))]
    out: list[str] = []
    total = 0
    while total < size:
        n = rnd.randint(4, 18)
        words = rnd.choices(vocab, weights, k=n)
        words[0] = words[0].capitalize()
        for k in range(1, n):
            roll = rnd.random()
            if roll < 0.04:
                words[k] = words[k].capitalize()
            elif roll < 0.05:
                words[k] = "".join(w[0] for w in rnd.choices(vocab, k=3)).upper()
            elif roll < 0.06:
                words[k] = str(rnd.randint(1, 2000))
            elif roll < 0.07:
                words[k] += ","
        line = " ".join(words) + rnd.choice([".", ".", "!", "?", "…"]) + "\n"
        out.append(line)
        total += len(line.encode())
    return "".join(out)


LARGE_VOCAB_BYTES = 20_000_000  # the large-vocabulary text (timed runs)
LARGE_VOCAB_STEMS = 90_000  # × the endings of its class: ≥ 1 million distinct word forms


@functools.cache
def large_vocabulary_russian(
    size: int = LARGE_VOCAB_BYTES, seed: int = 16, stems: int = LARGE_VOCAB_STEMS
) -> str:
    """Russian-like text over a vocabulary of more than a million word forms, Zipf-distributed.

    Stems are made from syllables; each stem belongs to one inflection class (noun, adjective,
    verb) and takes all of its endings, so the text, like a real corpus, keeps bringing word
    forms never seen before: no memo could carry it. Sentences start with a capital; a few
    words are capitalised, written in capitals (acronyms) or numbers. Built once per run, from
    a fixed seed (the same text on every machine); about ``size`` bytes of UTF-8.
    """
    rnd = random.Random(seed)
    onsets = ["", "б", "в", "г", "д", "ж", "з", "к", "л", "м", "н", "п", "р", "с", "т", "ф", "х",
              "ц", "ч", "ш", "щ", "ст", "пр", "кр", "тр", "вл", "зд", "сп", "бр", "гл", "дв",
              "зв", "кл", "мн", "пл", "сл", "см", "ск", "тв", "хр", "чт", "шк"]  # fmt: skip
    vowels = ["а", "о", "е", "и", "у", "ы", "я", "ю", "ё", "э"]
    codas = ["", "", "н", "р", "л", "с", "т", "к", "в", "ш", "ч", "й"]
    classes = [
        ["", "а", "у", "ом", "е", "ы", "ов", "ам", "ами", "ах", "ь", "ья", "ью", "ей"],
        ["ый", "ая", "ое", "ые", "ого", "ому", "ым", "ой", "ую", "ых", "ыми", "ее", "ий", "яя"],
        ["ать", "аю", "аешь", "ает", "аем", "аете", "ают", "ал", "ала", "али", "ался", "аться",
         "ающий", "анный"],
    ]  # fmt: skip
    stem_set: set[str] = set()
    while len(stem_set) < stems:
        syllables = rnd.randint(1, 3)
        stem = "".join(rnd.choice(onsets) + rnd.choice(vowels) for _ in range(syllables))
        stem_set.add(stem + rnd.choice(codas))
    forms = list(dict.fromkeys(s + e for s in sorted(stem_set) for e in rnd.choice(classes)))
    rnd.shuffle(forms)  # the Zipf rank of a form is random
    cum = list(itertools.accumulate(1 / (rank + 1) for rank in range(len(forms))))
    out: list[str] = []
    total = 0
    while total < size:
        words = rnd.choices(forms, cum_weights=cum, k=4096)
        k = 0
        while k < len(words) and total < size:
            n = rnd.randint(4, 18)
            line_words = words[k : k + n]
            k += n
            line_words[0] = line_words[0].capitalize()
            for j in range(1, len(line_words)):
                roll = rnd.random()
                if roll < 0.05:
                    line_words[j] = line_words[j].capitalize()
                elif roll < 0.06:
                    line_words[j] = line_words[j][:3].upper()
                elif roll < 0.07:
                    line_words[j] = str(rnd.randint(1, 2000))
                elif roll < 0.10:
                    line_words[j] += ","
            line = " ".join(line_words) + rnd.choice([".", ".", "!", "?", "…"]) + "\n"
            out.append(line)
            total += len(line.encode())
    return "".join(out)


@dataclass(frozen=True)
class Corpus:
    source: str  # what the text is, for the report
    text: str  # one copy: no repetition (the cold benchmark)
    lines: list[str]  # text.splitlines(keepends=True)
    quick: bool

    @property
    def bulk_lines(self) -> list[str]:
        return self.lines * (1 if self.quick else REPEAT)

    @property
    def repeat(self) -> int:
        return 1 if self.quick else REPEAT


def is_quick(config: pytest.Config) -> bool:
    """Whether benchmarks run untimed (``--benchmark-disable`` without ``--benchmark-enable``)."""
    return bool(
        config.getoption("benchmark_disable", False)
        and not config.getoption("benchmark_enable", False)
    )


@functools.cache
def load_corpus(quick: bool) -> Corpus:
    files = sorted(CORPUS.glob("ru-*.txt")) if CORPUS.is_dir() else []
    if files:
        text = "".join(f.read_text(encoding="utf-8") for f in files)
        source = f"../shared/corpus/ru-*.txt ({len(files)} files, real Russian)"
    else:
        text = synthetic_russian()
        source = "synthetic Russian-like text (../shared/corpus is absent)"
    if quick:
        text = text[:QUICK_SLICE]
        text = text[: text.rfind("\n") + 1] or text
        source += f", quick slice of {len(text)} characters"
    return Corpus(source, text, text.splitlines(keepends=True), quick)


@functools.cache
def reference_output(scheme: str, text: str) -> str:
    """``text`` through the engine's reference mode (the interpreter, no memo), line by line."""
    r = translit.get_romanizer(scheme, "ru")
    return "".join(map(r._romanize_reference, text.splitlines(keepends=True)))


_WORD = re.compile(f"[{CYRILLIC_CLASS}]+")


def agreement(peer: Fn, scheme: str, text: str, limit: int = 20_000) -> float:
    """Share of the distinct Cyrillic words of ``text`` the peer writes as ``scheme`` does."""
    words = list(dict.fromkeys(_WORD.findall(text)))[:limit]
    r = translit.get_romanizer(scheme, "ru")
    same = sum(peer(w) == r(w) for w in words)
    return same / max(1, len(words))


def import_peer(peer: Peer) -> Fn:
    try:
        importlib.import_module(peer.module)
    except ImportError:
        extra = "icu" if peer.module == "icu" else "bench"
        pytest.skip(f"{peer.name} is not installed (pip install 'translit-kit[{extra}]')")
    return peer.make()
