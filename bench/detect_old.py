"""The language decision on text in the spellings before the reforms (``translit.detect``):
pre-1918 Russian (and the émigré press that kept it), Bulgarian before 1945, and, against
them, Ukrainian and Belarusian text that the old-Russian rule could take.

    python -m bench.detect_old            # the tables
    python -m bench.detect_old --misses   # also each wrong decision

- ``bench/data/detect_old.tsv`` (its header names the sources): each line whole and every
  window of one, two and three words cut from it, each distinct text once.
- The controls: every window of one, two and three words of the Ukrainian and Belarusian UD
  files of ``../shared/corpus`` (both halves) whose letters are Russian ones and і, with each і
  before a vowel or й, as the old Russian spelling wrote it (Марія, історія, Росія): the texts
  rule 2 of translit.detection reads as possibly old Russian.
"""

from __future__ import annotations

import argparse
import collections
import re
from pathlib import Path

from translit.detection import explain_language

ROOT = Path(__file__).resolve().parent
CORPUS = ROOT.parent.parent / "shared" / "corpus"
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_RUSSIAN_AND_I = re.compile(r"[а-яёі '’-]+")
_I_BEFORE_CONSONANT = re.compile(r"і(?![аеёиоуыэюяій])")


def windows(line: str) -> dict[str, str]:
    """Text → kind ("line", "1w", "2w", "3w") for ``line`` and its windows of words."""
    words = _WORD.findall(line)
    out = {line: "line"}
    for n in (3, 2, 1):
        for i in range(len(words) - n + 1):
            out.setdefault(" ".join(words[i : i + n]), f"{n}w")
    return out


def rows() -> list[tuple[str, str, str, str]]:
    """(language, source, kind, text) of the spellings before the reforms."""
    out = []
    for line in (ROOT / "data" / "detect_old.tsv").read_text("utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        lang, text, source = line.split("\t")
        out += [(lang, source, kind, t) for t, kind in windows(text).items()]
    return list(dict.fromkeys(out))


def controls() -> list[tuple[str, str, str, str]]:
    """(language, file, kind, text): the Ukrainian and Belarusian windows read as maybe old."""
    out = []
    for lang, name in (("uk", "uk-iu.txt"), ("be", "be-hse.txt")):
        path = CORPUS / name
        if not path.is_file():
            continue
        for line in path.read_text("utf-8").splitlines():
            for t, kind in windows(line).items():
                low = t.lower()
                if (
                    kind != "line"
                    and "і" in low
                    and _RUSSIAN_AND_I.fullmatch(low)
                    and not _I_BEFORE_CONSONANT.search(low)
                ):
                    out.append((lang, name, kind, t))
    return list(dict.fromkeys(out))


def table(title: str, items: list[tuple[str, str, str, str]], misses: bool) -> None:
    groups: dict[tuple[str, str, str], list[str]] = collections.defaultdict(list)
    wrong: list[str] = []
    for lang, source, kind, text in items:
        got = explain_language(text).lang
        groups[(source, lang, kind)].append(got)
        if got != lang:
            wrong.append(f"{lang} -> {got}\t{source}\t{text}")
    print(f"\n### {title}\n")
    print("| source | lang | kind | n | right % | wrong as |")
    print("| --- | --- | --- | ---: | ---: | --- |")
    for (source, lang, kind), got in sorted(groups.items()):
        right = sum(g == lang for g in got)
        as_ = collections.Counter(g for g in got if g != lang).most_common()
        print(
            f"| {source} | {lang} | {kind} | {len(got)} | {100 * right / len(got):5.1f} | "
            + ", ".join(f"{k} {v}" for k, v in as_)
            + " |"
        )
    if misses:
        print("\n" + "\n".join(wrong))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--misses", action="store_true", help="print each wrong decision")
    args = parser.parse_args()
    table("the spellings before the reforms", rows(), args.misses)
    table(
        "controls: Ukrainian and Belarusian text with і only before vowels", controls(), args.misses
    )


if __name__ == "__main__":
    main()
