"""The cost and the accuracy of the language decision behind ``lang="auto"``.

Cost (pytest-benchmark, group ``detect``; ratios to the cached romaniser in the same run)::

    pytest bench/bench_detect.py --benchmark-enable --benchmark-only --benchmark-timer=time.process_time

- ``romanize-cached``: ``get_romanizer("bgn-pcgn", "ru")(name)`` on a short name, the floor;
- ``romanize-auto``: ``translit.romanize(name)``, the default path (decision + romanisation);
- ``decide-short`` / ``decide-first``: the decision alone on the short name, memoised and not;
- ``decide-sentence``: the decision on a fresh sentence (scoring every language).

Accuracy (not a benchmark: prints tables, a minute or two)::

    python -m bench.bench_detect --corpus   # per file of ../shared/corpus: all, even, odd halves
    python -m bench.bench_detect --words    # every distinct word of each corpus file, alone
    python -m bench.bench_detect --forms    # every form of pymorphy3-dicts-ru, three cases
    python -m bench.bench_detect --calibrate  # errors on the even half for several margins
    python -m bench.bench_detect --wordfreq   # pseudo-sentences drawn from wordfreq's word lists
    python -m bench.bench_detect --triples mk  # ``triples`` and ``pairs`` of data/detection/mk.toml
    python -m bench.bench_detect --pairs mk uk  # rewrite ``pairs``, ``letters`` (sort ``triples``)
    python -m bench.bench_detect --dictionaries  # strings of hunspell headwords (bg sr kk)
    python -m bench.bench_detect --plain     # Kazakh and Kyrgyz typed without their own letters

``--triples`` and ``--wordfreq`` need wordfreq (``pip install wordfreq``; its word lists are a source
independent of the shared corpus): ``--triples`` counts the letter triples of a language's list,
each word weighted by its frequency (kk and mn, which wordfreq lacks: the forms of their hunspell
dictionaries, each once, ``apt-get install hunspell-kk hunspell-mn hunspell-tools``); ``--wordfreq`` draws sentences of 5 to 8 words from the same
lists, a check on text the tables were not calibrated on (the words are real and as frequent as
in running text, their order is random; the triples come from the same lists, so it is no
held-out check of them). ``--dictionaries`` draws 5 to 8 headwords at random from the hunspell
dictionaries of Debian (``apt-get install hunspell-bg hunspell-sr hunspell-kk``), a source
independent of both (except for kk, whose triples are counted on its dictionary): rare words,
no function words, a harder test than running text.

The even-numbered sentences are the calibration half (the margin, and the letter counts of the
files that say so), the odd-numbered ones are held out.
"""

from __future__ import annotations

import argparse
import collections
import re
import sys
import textwrap
from pathlib import Path
from typing import Any

import translit
from translit.catalogue import get_romanizer
from translit.detection import _detect_short, _explain, detect
from translit.detection_triples import _letter_sums, _pair_sums

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"
NAME = "Андрей Власов"
SENTENCE = "Сегодня в Москве прошёл сильный дождь, и улицы были пустыми."


def test_romanize_cached(benchmark: Any) -> None:
    benchmark.group = "detect"
    rom = get_romanizer("bgn-pcgn", "ru")
    assert benchmark(rom, NAME) == "Andrey Vlasov"


def test_romanize_auto(benchmark: Any) -> None:
    benchmark.group = "detect"
    assert benchmark(translit.romanize, NAME) == "Andrey Vlasov"


def test_decide_short(benchmark: Any) -> None:
    benchmark.group = "detect"
    assert benchmark(detect, NAME) == "ru"


def test_decide_first(benchmark: Any) -> None:
    """The decision without the memo (a name seen for the first time)."""
    benchmark.group = "detect"
    assert benchmark(_detect_short.__wrapped__, NAME) == "ru"


def test_decide_sentence(benchmark: Any) -> None:
    benchmark.group = "detect"
    assert benchmark(lambda: _explain(SENTENCE).lang) == "ru"


# -- accuracy -----------------------------------------------------------------------------------


def _sentences(path: Path) -> list[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if len(line.split()) >= 5]


def _by_half(lang: str, got: list[str]) -> str:
    """The cells ``n | all | even | odd | wrong as`` of a table row: the share of ``got`` that
    is ``lang``, over all of it and its even (calibration) and odd (held-out) halves, and the
    four commonest wrong answers."""

    def pct(xs: list[str]) -> str:
        return f"{100 * sum(x == lang for x in xs) / max(len(xs), 1):.2f} %"

    wrong = collections.Counter(g for g in got if g != lang)
    others = ", ".join(f"{k} {n}" for k, n in wrong.most_common(4))
    return f"{len(got)} | {pct(got)} | {pct(got[0::2])} | {pct(got[1::2])} | {others}"


def corpus_table() -> None:
    print("| file | sentences | all | even (calibration) | odd (held out) | wrong as |")
    print("| --- | ---: | ---: | ---: | ---: | --- |")
    for path in sorted(CORPUS.glob("[a-z][a-z]-*.txt")):
        lang = path.name[:2]
        sents = _sentences(path)
        print(f"| {path.name} | {_by_half(lang, [detect(s) for s in sents])} |")


def words_table() -> None:
    """Every distinct word of each corpus file alone: the short input (a name, a title word)
    that rule 3 reads as Russian unless its letters or a decisive spelling say otherwise. The
    Russian row is the one that must stay near 100 %; the others show how much one word can
    tell (most words of the other languages are spelled with Russian letters alone)."""
    word_re = re.compile(r"[^\W\d_]+(?:['’ʼ][^\W\d_]+)*")
    print("| language | distinct words | decided so | others |")
    print("| --- | ---: | ---: | --- |")
    by_lang: dict[str, set[str]] = collections.defaultdict(set)
    for path in sorted(CORPUS.glob("[a-z][a-z]-*.txt")):
        text = path.read_text(encoding="utf-8")
        by_lang[path.name[:2]] |= {w for w in word_re.findall(text) if detect(w) != "und"}
    for lang, words in sorted(by_lang.items()):
        got = collections.Counter(detect(w) for w in words)
        others = ", ".join(f"{k} {n}" for k, n in got.most_common(5) if k != lang)
        print(f"| {lang} | {len(words)} | {100 * got[lang] / len(words):.2f} % | {others} |")


def forms_table() -> None:
    import pymorphy3  # type: ignore[import-untyped]

    words = pymorphy3.MorphAnalyzer(lang="ru").dictionary.words
    forms = sorted(set(words.iterkeys()))
    print(f"{len(forms)} distinct forms of pymorphy3-dicts-ru")
    for case in (str.lower, str.capitalize, str.upper):
        wrong = collections.Counter(detect(w) for w in map(case, forms) if detect(w) != "ru")
        n = sum(wrong.values())
        print(
            f"{case.__name__:10}: {100 * (1 - n / len(forms)):.4f} % Russian; "
            f"others: {dict(wrong.most_common(6))}"
        )


def calibrate(
    margins: tuple[float, ...] = (0.0, 0.5, 1.0, 2.0),
    weights: tuple[float, ...] = (0.0, 0.3, 0.5, 0.7, 1.0),
) -> None:
    """Errors on the even half for each pair of ``STAT_MARGIN`` and ``TRIPLE_WEIGHT``."""
    import translit.detection as d

    saved = d.STAT_MARGIN, d.TRIPLE_WEIGHT
    files = sorted(CORPUS.glob("[a-z][a-z]-*.txt"))
    even = {path.name[:2]: [] for path in files}  # type: dict[str, list[str]]
    for path in files:
        even[path.name[:2]] += _sentences(path)[0::2]
    try:
        for margin in margins:
            for weight in weights:
                d.STAT_MARGIN, d.TRIPLE_WEIGHT = margin, weight
                errors = {k: sum(_explain(s).lang != k for s in v) for k, v in even.items()}
                row = ", ".join(f"{k} {errors[k]}/{len(even[k])}" for k in sorted(even))
                print(
                    f"STAT_MARGIN={margin} TRIPLE_WEIGHT={weight}: "
                    f"{sum(errors.values())} errors on the even half: {row}"
                )
    finally:
        d.STAT_MARGIN, d.TRIPLE_WEIGHT = saved


# Serbian: wordfreq lists Serbo-Croatian in the Latin alphabet ("sh"); its letters map one to one
# onto Serbian Cyrillic (Pravopis srpskoga jezika, the two alphabets), digraphs first
_SR_FROM_LATIN = (
    ("lj", "љ"), ("nj", "њ"), ("dž", "џ"), ("a", "а"), ("b", "б"), ("c", "ц"), ("č", "ч"),
    ("ć", "ћ"), ("d", "д"), ("đ", "ђ"), ("e", "е"), ("f", "ф"), ("g", "г"), ("h", "х"),
    ("i", "и"), ("j", "ј"), ("k", "к"), ("l", "л"), ("m", "м"), ("n", "н"), ("o", "о"),
    ("p", "п"), ("r", "р"), ("s", "с"), ("š", "ш"), ("t", "т"), ("u", "у"), ("v", "в"),
    ("z", "з"), ("ž", "ж"),
)  # fmt: skip


def _to_serbian(word: str) -> str | None:
    out, i = [], 0
    while i < len(word):
        for latin, cyr in _SR_FROM_LATIN:
            if word.startswith(latin, i):
                out.append(cyr)
                i += len(latin)
                break
        else:
            return None
    return "".join(out)


def wordfreq_words(lang: str) -> dict[str, float]:
    """Words of ``lang``'s wordfreq list made only of its letters, with their frequencies."""
    import wordfreq  # type: ignore[import-untyped]

    from translit.script import alphabet

    letters = set(alphabet(lang))
    source = wordfreq.get_frequency_dict("sh" if lang == "sr" else lang, wordlist="small")
    out: dict[str, float] = {}
    for word, freq in source.items():
        w = _to_serbian(word) if lang == "sr" else word
        if w and set(w) <= letters:
            out[w] = out.get(w, 0.0) + freq
    return out


def corpus_words(lang: str) -> dict[str, float]:
    """Words of the even-numbered (calibration) sentences of ``../shared/corpus/<lang>-*.txt``
    made only of the language's letters, with their counts."""
    from translit.detection import _WORD_RE
    from translit.script import alphabet

    letters = set(alphabet(lang))
    counts: collections.Counter[str] = collections.Counter()
    for path in sorted(CORPUS.glob(f"{lang}-*.txt")):
        for sentence in _sentences(path)[0::2]:
            counts.update(w for w in _WORD_RE.findall(sentence.lower()) if set(w) <= letters)
    return {w: float(n) for w, n in counts.items()}


#: Languages whose triples come from a hunspell dictionary of Debian, each form counted once (the
#: dictionaries have no frequencies): wordfreq has no list for them, and the shared corpus has
#: too little of them (kk-ktb: 30 sentences; no Mongolian). Kazakh's is expanded by its affix
#: rules (``unmunch``, package hunspell-tools: 1.5 million forms); Mongolian's lists 573,000
#: forms already, and its rules would make 267 million (10 GB), so its list is read as it is.
HUNSPELL_TRIPLES = {"kk": "kk_KZ", "mn": "mn_MN"}
HUNSPELL_EXPAND = {"kk"}


def hunspell_words(lang: str) -> dict[str, float]:
    """The forms of ``lang``'s hunspell dictionary (the listed words, and for
    :data:`HUNSPELL_EXPAND` every form the affix rules make, ``unmunch``) made only of the
    language's letters, each counted once (the dictionary has no frequencies)."""
    import subprocess

    from translit.script import alphabet

    name = HUNSPELL_TRIPLES[lang]
    dic, aff = HUNSPELL / f"{name}.dic", HUNSPELL / f"{name}.aff"
    if lang in HUNSPELL_EXPAND:
        text = subprocess.run(
            ["unmunch", str(dic), str(aff)], capture_output=True, text=True, check=True
        ).stdout
        forms = text.split()
    else:
        lines = dic.read_text(encoding="utf-8", errors="replace").splitlines()[1:]
        forms = [line.split("/")[0].strip() for line in lines]
    letters = set(alphabet(lang))
    words = {w.lower() for w in forms}
    return {w: 1.0 for w in words if w and set(w) <= letters}


def triples_line(lang: str) -> str:
    """The ``triples`` and ``pairs`` of ``lang``'s detection file: letter triples per million (at least 2),
    ``_`` for the edge of a word (``__w`` starts it, ``d_`` ends it), each word weighted by its
    frequency. The words come from wordfreq where it has the language (bg mk ru sr uk), else from
    a hunspell dictionary (kk mn, each form once: :data:`HUNSPELL_TRIPLES`), else from the
    calibration half of the corpus (be ky); :func:`triple_lines` writes them."""
    from translit._datafiles import load_toml

    data = load_toml("detection", f"{lang}.toml")
    fold = str(data.get("triples_fold", ""))
    table = str.maketrans(fold[0::2], fold[1::2])
    if lang in HUNSPELL_TRIPLES:
        source = hunspell_words(lang)
    else:
        import wordfreq

        has = lang == "sr" or lang in wordfreq.available_languages(wordlist="small")
        source = wordfreq_words(lang) if has else corpus_words(lang)
    counts: collections.Counter[str] = collections.Counter()
    for word, freq in source.items():
        w = f"__{word.translate(table)}_"
        for i in range(len(w) - 2):
            counts[w[i : i + 3]] += freq
    total = sum(counts.values())
    kept = {p: round(1e6 * n / total) for p, n in counts.items()}
    return triple_lines({p: n for p, n in kept.items() if n >= 2})


#: the comment above ``pairs`` in a detection file
PAIRS_NOTE = (
    "# the triples summed by their last two letters (derived: `python -m bench.bench_detect\n"
    "# --pairs LANG` writes them, tests/test_detect.py checks them)"
)
#: the comment above ``letters`` in a detection file
LETTERS_NOTE = (
    "# the pairs summed by their first letter / by their last letter (derived, as the pairs)"
)


def triple_lines(counts: dict[str, int]) -> str:
    """The ``triples``, ``pairs`` and ``letters`` of a detection file for letter-triple ``counts`` (per
    million): sorted by their letters (:class:`translit.detection_triples.Triples` searches them so
    rather than summing them on each start), wrapped, as TOML literal strings (``'''...'''``):
    tomllib reads one with a search for its end, a basic string (``"..."``) character by
    character."""
    table = " ".join(f"{p}{n}" for p, n in sorted(counts.items()))

    def literal(name: str, items: str) -> str:
        lines = textwrap.wrap(items, 99, break_long_words=False, break_on_hyphens=False)
        return f"{name} = '''\n" + "\n".join(lines) + "\n'''"

    pairs = _pair_sums(table)
    return (
        f"{literal('triples', table)}\n{PAIRS_NOTE}\n{literal('pairs', pairs)}\n"
        f"{LETTERS_NOTE}\n{literal('letters', _letter_sums(pairs))}"
    )


def rewrite_pairs(lang: str) -> None:
    """Rewrite ``triples`` (sorted by their letters), ``pairs`` and ``letters`` (derived) in
    translit/data/detection/``lang``.toml, from the triples it holds: no recount."""
    path = Path(translit.__file__).parent / "data" / "detection" / f"{lang}.toml"
    text = path.read_text(encoding="utf-8")
    found = re.search(r"^triples = '''\n(.*?)'''\n", text, re.M | re.S)
    if not found:
        sys.exit(f"bench_detect: {path} has no triples = '''...''' to rewrite")
    counts = {item[:3]: int(item[3:]) for item in found.group(1).split()}
    rest = re.sub(
        rf"^{re.escape(PAIRS_NOTE)}\npairs = '''\n.*?'''\n"
        rf"(?:{re.escape(LETTERS_NOTE)}\nletters = '''\n.*?'''\n)?",
        "",
        text[found.end() :],
        flags=re.M | re.S,
    )
    path.write_text(text[: found.start()] + triple_lines(counts) + "\n" + rest, encoding="utf-8")


def wordfreq_table(n: int = 2000, seed: int = 1) -> None:
    import random

    print("| language | pseudo-sentences | right | wrong as |")
    print("| --- | ---: | ---: | --- |")
    for lang in ("bg", "mk", "ru", "uk"):
        words = wordfreq_words(lang)
        rnd = random.Random(seed)
        vocab, weights = list(words), list(words.values())
        got = []
        for _ in range(n):
            s = " ".join(rnd.choices(vocab, weights, k=rnd.randint(5, 8)))
            got.append(detect(s[0].upper() + s[1:] + "."))
        wrong = collections.Counter(g for g in got if g != lang)
        right = 100 * (n - sum(wrong.values())) / n
        print(
            f"| {lang} | {n} | {right:.2f} % | {', '.join(f'{k} {v}' for k, v in wrong.most_common(4))} |"
        )


HUNSPELL = Path("/usr/share/hunspell")
DICTIONARIES = {"bg": "bg_BG.dic", "sr": "sr_RS.dic", "kk": "kk_KZ.dic"}


def _headword_strings(lang: str, path: Path, n: int, seed: int) -> tuple[int, list[str]]:
    """The headwords of the hunspell dictionary ``path`` written in ``lang``'s alphabet, and
    ``n`` strings of 5 to 8 of them drawn with ``seed``: (how many headwords, the strings)."""
    import random

    from translit.script import alphabet

    word = re.compile(f"[{alphabet(lang)}]+")
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()[1:]
    words = [w for w in (line.split("/")[0].strip() for line in lines) if word.fullmatch(w)]
    rnd = random.Random(seed)
    return len(words), [" ".join(rnd.choices(words, k=rnd.randint(5, 8))) for _ in range(n)]


def dictionaries_table(n: int = 3000, seed: int = 11) -> None:
    print("| language | dictionary | headwords | strings | right | wrong as |")
    print("| --- | --- | ---: | ---: | ---: | --- |")
    for lang, name in DICTIONARIES.items():
        path = HUNSPELL / name
        if not path.exists():
            print(f"| {lang} | {name} | absent | | | |")
            continue
        headwords, texts = _headword_strings(lang, path, n, seed)
        got = [detect(t) for t in texts]
        wrong = collections.Counter(g for g in got if g != lang)
        right = 100 * (n - sum(wrong.values())) / n
        others = ", ".join(f"{k} {v}" for k, v in wrong.most_common(4))
        print(f"| {lang} | {name} | {headwords} | {n} | {right:.2f} % | {others} |")


def plain_letters(lang: str) -> dict[int, str]:
    """``str.translate`` table of ``plain`` in data/detection/<lang>.toml (how the language is
    typed without its own letters: Kazakh қ as к, і as и), in both cases."""
    from translit._datafiles import load_toml

    pairs = "".join(str(load_toml("detection", f"{lang}.toml").get("plain", "")).split())
    src, dst = pairs[0::2], pairs[1::2]
    return str.maketrans(src + src.upper(), dst + dst.upper())


def plain_table(n: int = 3000, seed: int = 11) -> None:
    """Kazakh and Kyrgyz typed without their own letters (``plain`` in their detection files):
    every sentence of their corpus files so rewritten, by half, and (with hunspell-kk) strings
    of 5 to 8 Kazakh headwords so rewritten, as ``--dictionaries`` draws them."""
    print("| text | typed without its letters | n | right | even | odd | wrong as |")
    print("| --- | --- | ---: | ---: | ---: | ---: | --- |")
    for lang in ("kk", "ky"):
        table = plain_letters(lang)
        for path in sorted(CORPUS.glob(f"{lang}-*.txt")):
            got = [detect(s.translate(table)) for s in _sentences(path)]
            print(f"| {path.name} | {lang} | {_by_half(lang, got)} |")
    path = HUNSPELL / DICTIONARIES["kk"]
    if not path.exists():
        print(f"| {path} | kk | absent (apt-get install hunspell-kk) | | | | |")
        return
    table = plain_letters("kk")
    _, texts = _headword_strings("kk", path, n, seed)
    got = [detect(t.translate(table)) for t in texts]
    wrong = collections.Counter(g for g in got if g != "kk")
    right = 100 * (n - sum(wrong.values())) / n
    others = ", ".join(f"{k} {v}" for k, v in wrong.most_common(4))
    print(f"| {path.name} headwords | kk | {n} | {right:.2f} % | | | {others} |")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", action="store_true")
    parser.add_argument("--forms", action="store_true")
    parser.add_argument("--words", action="store_true")
    parser.add_argument("--calibrate", action="store_true")
    parser.add_argument("--wordfreq", action="store_true")
    parser.add_argument("--dictionaries", action="store_true")
    parser.add_argument("--plain", action="store_true")
    parser.add_argument("--triples", metavar="LANG")
    parser.add_argument("--pairs", metavar="LANG", nargs="+")
    args = parser.parse_args(argv)
    if args.triples:
        print(triples_line(args.triples))
        return 0
    for lang in args.pairs or ():
        rewrite_pairs(lang)
    if args.pairs:
        return 0
    chosen = (args.corpus, args.words, args.forms, args.calibrate, args.wordfreq, args.dictionaries)
    chosen += (args.plain,)
    if not any(chosen):
        parser.print_help()
        return 2
    if args.corpus:
        corpus_table()
    if args.words:
        words_table()
    if args.calibrate:
        calibrate()
    if args.wordfreq:
        wordfreq_table()
    if args.dictionaries:
        dictionaries_table()
    if args.plain:
        plain_table()
    if args.forms:
        forms_table()
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except ModuleNotFoundError as exc:  # --wordfreq, --triples of a wordfreq language
        if exc.name != "wordfreq":
            raise
        sys.exit("bench_detect: this needs wordfreq: pip install 'translit-kit[detect-tables]'")
