"""Write ``translit/data/latin_words.toml``: the most frequent words of French, German and
English with their Zipf frequencies, the evidence glossary apply reads a line's Latin-script
language from (``translit/glossary/latin.py``).

Needs wordfreq 3.1.1 (not a dependency of translit): ``pip install wordfreq==3.1.1`` and
``python -m bench.latin_words``. Each language keeps its :data:`MOST` most frequent words that
are written in letters only (no figure, no apostrophe: ``don't`` is two words to the folding
that reads a text), and each of those words' Zipf frequency (log10 of occurrences per billion words) in every
language, rounded to a tenth; ``least``, each language's lowest among its own words (a word at or
above it is one of that language's most frequent).
"""

from __future__ import annotations

from pathlib import Path

#: the words kept per language: wordfreq's 100 most frequent are its function words, pronouns
#: and auxiliaries (plus a few very common nouns: France, Zeit, people)
MOST = 100
LANGS = ("fr", "de", "en")
OUT = Path(__file__).resolve().parent.parent / "translit" / "data" / "latin_words.toml"

HEAD = """\
# The most frequent words of the Latin-script languages glossary apply tells apart (French,
# German, English), with their Zipf frequencies (log10 of the word's occurrences per billion
# words, to a tenth, in each language, in the order of `langs`): the evidence
# translit/glossary/latin.py reads a line's language from, where a glossary term of another of
# these languages is then not matched by one word (German Russe, a town, in a French line: "Le
# Russe parle"). `least`: each language's lowest value among its own most frequent words; a
# word at or above it there is an ordinary word of that language, which an acronym is not
# matched by in mixed case ("Un Russe" is not the UN).
#
# Source: wordfreq 3.1.1 (Robyn Speer, 2022; word lists built on Wikipedia, OPUS OpenSubtitles
# 2018, ParaCrawl, the Leeds Internet Corpus, Google Books Ngrams, news and web text; data
# CC BY-SA 4.0), top_n_list and zipf_frequency: the first {most} words of each language written
# in letters only. Written by `python -m bench.latin_words` (needs wordfreq); do not edit by hand.
"""


def main() -> None:
    from wordfreq import top_n_list, zipf_frequency

    tops = {lang: [w for w in top_n_list(lang, 1000) if w.isalpha()][:MOST] for lang in LANGS}
    union = list(dict.fromkeys(w for lang in LANGS for w in tops[lang]))
    least = [min(zipf_frequency(w, lang) for w in tops[lang]) for lang in LANGS]
    rows = "\n".join(
        " ".join([w, *(f"{zipf_frequency(w, lang):.1f}" for lang in LANGS)]) for w in union
    )
    out = HEAD.format(most=MOST)
    out += f"\nlangs = {list(LANGS)!r}\n".replace("'", '"')
    out += f"least = [{', '.join(f'{x:.1f}' for x in least)}]\n"
    out += f"words = '''\n{rows}\n'''\n"
    OUT.write_text(out, encoding="utf-8")


if __name__ == "__main__":
    main()
