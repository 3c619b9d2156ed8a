"""Write ``translit/data/decisive_words.toml``: the frequent words of Ukrainian, Belarusian,
Bulgarian, Macedonian, Serbian and Kyrgyz, written in Russian letters, that no Russian word form spells, which
decide the language of a short text of Russian letters (rule 3 of translit/detection.py, beside
the spellings of data/decisive.toml): ``Дякую`` is Ukrainian, ``Здравейте`` Bulgarian.

Needs wordfreq 3.1.1 (not a dependency of translit): ``pip install wordfreq==3.1.1``, then
``python -m bench.decisive_words`` and ``python -m bench.decisive_derived`` (the short path
reads the words through data/decisive_derived.toml). A word is kept when it is

- among the :data:`MOST` most frequent words of one of :data:`LANGS` (Serbian: wordfreq's
  Serbo-Croatian list, in the Latin alphabet, mapped letter for letter onto Serbian Cyrillic
  as ``bench.bench_detect`` maps it; a word English writes more often than that list, ``the``
  → ``тхе``, is English quoted, not Serbian), of at least :data:`MIN_LETTERS` letters (an
  apostrophe allowed between two: ``п'ять``), all of them Russian letters;
- no word form of pymorphy3-dicts-ru (OpenCorpora, 5.1 million forms; ``word_is_known``, which
  also reads е as ё: ``все`` is ``всё``) that Russian text writes at all: a form the dictionary
  derives but wordfreq's Russian list lacks (below its floor, once in 100 million words) is
  none (``здравей``, the dictionary's colloquial comparative of здравый, is Bulgarian's
  "hello"; ``голям``, a dative plural of голь, Bulgarian's "big"; none is a word of the
  shared Russian corpus);
- rarer than :data:`RU_ZIPF` in wordfreq's Russian list (the Russian words, loans, slang and
  names OpenCorpora lacks: ``твитер``, ``христо``; a word of another language is rarer in
  Russian text, where it is quoted);
- no spelling of a name a rule of its own decides (the given-name tables of data/names, the
  spellings of glossaries/names.csv and CLDR's place names: ``Београд``), nor shaped as a
  surname of ``[[given_names.surnames]]`` (-ски -ска, -ов -ев -ова -ева: ``Груевски``,
  ``Ботев``; Russian writes such surnames of Bulgarians and Macedonians), nor a case form of a
  name the Russian dictionary holds, as pymorphy3 reads it (``Николе``, of Никола: Russian
  declines the names it writes, ``Николе Тесле``).

Belarusian and Kyrgyz, which wordfreq lacks (it answers Belarusian with its Russian list), have
no such list; their candidates are the words the calibration half of their file of
``../shared/corpus`` (UD Belarusian-HSE, be-hse.txt; UD Kyrgyz-KTMU, ky-ktmu.txt; the
even-numbered lines, as ``bench.detect_short`` splits them; the odd ones are held out) holds
:data:`MIN_COUNT` times or more (:data:`CORPUS_LANGS`), kept by the same tests (``людзей``,
``дзяржаву``, ``гаспадарка``; ``жана``, ``болуп``, ``кийин``); the file is then written only
where that corpus is.

Each word lists the languages of :data:`LANGS` among whose :data:`MOST` words it is or whose
list gives it a Zipf frequency of :data:`ALSO` or more (``може``: all four), so that the scores
decide among the languages that write it.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

#: the words considered per language (chosen on the calibration half of bench.detect_short:
#: see the module's docstring and CHANGELOG)
MOST = 5000
#: the fewest letters of a word: the shorter ones are also abbreviations (СА, ГИ)
MIN_LETTERS = 3
#: a word at or above this Zipf frequency in Russian (once per 3 million words) is Russian too
RU_ZIPF = 2.5
#: a word this frequent in another language of LANGS (once per million words) is its word too
ALSO = 3.0
LANGS = ("uk", "be", "bg", "mk", "sr", "ky")
_SOURCE = {"sr": "sh"}  # (wordfreq's Serbian is its Serbo-Croatian list, in Latin letters)
#: languages wordfreq lacks: their words are counted on the calibration half (even-numbered
#: lines) of their file of ../shared/corpus instead
CORPUS_LANGS = {"be": "be-hse.txt", "ky": "ky-ktmu.txt"}
#: the source each of them names in a decision's reason (``counted`` in the file)
COUNTED = {"be": "UD Belarusian-HSE", "ky": "UD Kyrgyz-KTMU"}
#: the fewest times such a word occurs in that half (chosen on the calibration half of
#: bench.detect_short: see CHANGELOG)
MIN_COUNT = 2
CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"
OUT = Path(__file__).resolve().parent.parent / "translit" / "data" / "decisive_words.toml"
_APOSTROPHES = "'’ʼ"

HEAD = """\
# Frequent words of Ukrainian, Belarusian, Bulgarian, Macedonian, Serbian and Kyrgyz written in Russian letters that
# no Russian word form spells: a short text of Russian letters holding one is not Russian (rule 3
# of translit/detection.py, beside the spellings of decisive.toml): `Дякую` is Ukrainian,
# `Здравейте` Bulgarian. Each line: the word (lower case, apostrophe '), then the languages that
# write it (several: the best score among them decides). Read through decisive_derived.toml.
#
# Source: wordfreq 3.1.1 (Robyn Speer, 2022; word lists built on Wikipedia, OPUS OpenSubtitles
# 2018, ParaCrawl, the Leeds Internet Corpus, Google Books Ngrams, news and web text; data
# CC BY-SA 4.0), top_n_list and zipf_frequency: of each language's {most} most frequent words
# (Serbian: the Serbo-Croatian list mapped onto Serbian Cyrillic, less English), those of
# {min_letters} letters or more, all Russian letters, that are no word form of pymorphy3-dicts-ru
# {ru_dict} (OpenCorpora, CC BY-SA 3.0: read to test absence, nothing copied) that wordfreq's
# Russian list holds (a form it lacks, здравей, Russian text does not write) nor a case of a
# name it holds, have a Zipf frequency below {ru_zipf} in wordfreq's Russian list and spell no
# name of data/names, glossaries/names.csv or CLDR nor end as a surname of [[given_names.surnames]]; a word's languages: those among whose {most} words
# it is, or whose list gives it {also} or more. Belarusian and Kyrgyz, which wordfreq lacks: the
# words that occur {min_count} times or more in the even-numbered lines (the calibration half;
# the odd ones are held out) of the sentences of UD_Belarusian-HSE (../shared/corpus/be-hse.txt)
# and UD_Kyrgyz-KTMU (../shared/corpus/ky-ktmu.txt), both CC BY-SA 4.0, kept by the same tests;
# only the words are kept, no text.
# Written by `python -m bench.decisive_words` (needs wordfreq and ../shared); do not edit by hand.
"""


def _serbian(word: str) -> str | None:
    from bench.bench_detect import _to_serbian

    return _to_serbian(word)


def _word(raw: str, lang: str) -> str | None:
    """``raw`` of ``lang``'s list as the short path reads it, if a candidate: lower case,
    apostrophes as ', of Russian letters only and at least MIN_LETTERS of them."""
    from translit.detection import _evidence

    word = raw.lower()
    for a in _APOSTROPHES:
        word = word.replace(a, "'")
    if lang == "sr":
        word = _serbian(word) or ""
    parts = word.split("'")
    if not all(parts) or not word or len(word) - word.count("'") < MIN_LETTERS:
        return None
    return word if set(word.replace("'", "")) <= _evidence().russian else None


def candidates() -> dict[str, list[str]]:
    """Each word kept, with its languages (in :data:`LANGS` order)."""
    import pymorphy3  # type: ignore[import-untyped]
    from wordfreq import top_n_list, zipf_frequency  # type: ignore[import-untyped]

    from translit import detection

    morph = pymorphy3.MorphAnalyzer(lang="ru")
    names = detection._russian_spellings() | set(detection._given_from_tables())
    names |= set(detection._alike_from_tables()) | set(detection._listed_from_tables())
    for row in detection._names_rows():
        for code in detection.LANGUAGES:
            names.update(detection._name_key(s).lower() for s in (row.get(code) or "").split("|"))

    def zipf(word: str, lang: str) -> float:
        if not detection._letters(lang).issuperset(word.replace("'", "")):
            return 0.0  # (ъ: not Ukrainian, Macedonian or Serbian)
        if lang == "sr":  # (the list's Latin spelling: the mapping is one to one)
            word = _latin(word)
        return float(zipf_frequency(word, _SOURCE.get(lang, lang)))

    tops: dict[str, set[str]] = {}
    for lang in LANGS:
        tops[lang] = set()
        if lang in CORPUS_LANGS:
            tops[lang] = {w for w, n in corpus_counts(lang).items() if n >= MIN_COUNT}
            continue
        for raw in top_n_list(_SOURCE.get(lang, lang), MOST):
            if lang == "sr" and zipf_frequency(raw, "en") >= zipf_frequency(raw, "sh"):
                continue  # English quoted in Serbo-Croatian text
            word = _word(raw, lang)
            if word:
                tops[lang].add(word)
    out: dict[str, list[str]] = {}
    for word in sorted(set().union(*tops.values())):
        if word in names or _russian_form(morph, word.replace("'", "")):
            continue
        if any(e.regex.search(word) for e in detection._surnames()):
            continue  # (Груевски, Ботев: a surname's shape, which the surname rule reads)
        if _name_case(morph, word.replace("'", "")):
            continue  # (Николе: Russian declines the names it writes, Николе Тесле)
        if zipf_frequency(word, "ru") >= RU_ZIPF:
            continue
        out[word] = [
            c for c in LANGS if word in tops[c] or (c not in CORPUS_LANGS and zipf(word, c) >= ALSO)
        ]
    return out


def corpus_counts(lang: str) -> dict[str, int]:
    """The candidates (:func:`_word`) of the calibration half of ``lang``'s corpus file
    (:data:`CORPUS_LANGS`: its even-numbered lines, as bench.detect_short splits them), each
    with how often it occurs there, not counting a word written in capitals (an abbreviation,
    БРСМ, ДНС, which Russian text writes too, or a headline's word) nor a piece of one that a
    Latin letter cuts (iншымi, with the Latin look-alike i)."""
    import unicodedata
    from collections import Counter

    from translit import detection

    lines = (CORPUS / CORPUS_LANGS[lang]).read_text(encoding="utf-8").splitlines()
    counts: Counter[str] = Counter()
    for line in lines[0::2]:
        text = detection._stress_marks().sub("", unicodedata.normalize("NFC", line))
        for m in detection._WORD_RE.finditer(text):
            raw, edges = (
                m.group(),
                text[max(m.start() - 1, 0) : m.start()] + text[m.end() : m.end() + 1],
            )
            cut = any(c.isalpha() for c in edges)  # (a Cyrillic letter would be in the word)
            word = None if raw.isupper() or cut else _word(raw, lang)
            if word:
                counts[word] += 1
    return dict(counts)


def _russian_form(morph: object, word: str) -> bool:
    """Whether ``word`` is a form of pymorphy3's Russian dictionary that Russian text writes:
    one wordfreq's Russian list holds at all (its floor: a Zipf frequency of 1, once in 100
    million words). The dictionary derives forms no text uses (здравей, голям), which the
    frequent words of other languages spell."""
    from wordfreq import zipf_frequency

    return bool(morph.word_is_known(word)) and zipf_frequency(word, "ru") > 0  # type: ignore[attr-defined]


def _name_case(morph: object, word: str) -> str | None:
    """The name that pymorphy3 reads ``word`` as a case form of (Николе: Никола, Николя), where
    its dictionary holds that name as a name (Name, Surn, Patr, Geox), else None."""
    names = {"Name", "Surn", "Patr", "Geox"}
    for p in morph.parse(word):  # type: ignore[attr-defined]
        lemma = p.normal_form
        if names & p.tag.grammemes and lemma != word and morph.word_is_known(lemma):  # type: ignore[attr-defined]
            own = [q for q in morph.parse(lemma) if q.normal_form == lemma]  # type: ignore[attr-defined]
            if any(names & q.tag.grammemes for q in own):
                return str(lemma)
    return None


def _latin(word: str) -> str:
    from bench.bench_detect import _SR_FROM_LATIN

    back = {cyr: latin for latin, cyr in _SR_FROM_LATIN}
    return "".join(back.get(c, c) for c in word)


def _summary(kept: dict[str, list[str]]) -> str:
    """How many words each language has, and how often Russian text (wordfreq's Russian list)
    and each language's own text write them, per million words."""
    from wordfreq import word_frequency

    out = [f"{len(kept)} words; per million words of its text:"]
    ru = sum(word_frequency(w, "ru") for w in kept) * 1e6
    for lang in LANGS:
        mine = [w for w, langs in kept.items() if lang in langs]
        if lang in CORPUS_LANGS:
            out.append(f"{lang} {len(mine)} words")
            continue
        src = _SOURCE.get(lang, lang)
        own = sum(word_frequency(_latin(w) if lang == "sr" else w, src) for w in mine) * 1e6
        out.append(f"{lang} {len(mine)} words, {own:,.0f}")
    return " ".join(out) + f"; in Russian text {ru:,.1f}"


def render() -> str:
    import importlib.metadata

    ru_dict = importlib.metadata.version("pymorphy3-dicts-ru")
    out = HEAD.format(
        most=MOST,
        min_letters=MIN_LETTERS,
        ru_zipf=RU_ZIPF,
        also=ALSO,
        ru_dict=ru_dict,
        min_count=MIN_COUNT,
    )
    out += f"\nlangs = {list(LANGS)!r}\n".replace("'", '"')
    out += f"most = {MOST}\nmin_letters = {MIN_LETTERS}\nru_zipf = {RU_ZIPF}\nalso = {ALSO}\n"
    out += f"min_count = {MIN_COUNT}\n"
    out += "counted = { " + ", ".join(f'{k} = "{v}"' for k, v in COUNTED.items()) + " }\n"
    kept = candidates()
    rows = "\n".join(f"{w}\t{' '.join(langs)}" for w, langs in kept.items())
    print(_summary(kept), file=sys.stderr)
    out += f"words = '''\n{rows}\n'''\n"
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--most", type=int, default=MOST)
    parser.add_argument("--min-letters", type=int, default=MIN_LETTERS)
    parser.add_argument("--ru-zipf", type=float, default=RU_ZIPF)
    parser.add_argument("--min-count", type=int, default=MIN_COUNT)
    parser.add_argument("-o", "--output", default=str(OUT))
    args = parser.parse_args(argv)
    globals().update(
        MOST=args.most, MIN_LETTERS=args.min_letters, RU_ZIPF=args.ru_zipf, MIN_COUNT=args.min_count
    )
    Path(args.output).write_text(render(), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
