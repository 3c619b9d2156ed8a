"""Write ``translit/data/homographs.toml``: the one-word English, German and French forms of
``glossaries/names.csv`` that their own language's dictionary lists as a common word, which
glossary replace keeps and warns of where the capital may not be the name's
(``translit/glossary/latin.py``, :func:`homograph`).

Needs the Debian word lists (not a dependency of translit): ``apt-get install wamerican
wngerman wfrench``, then ``python -m bench.name_homographs``. A form is a homograph of its
language when the list holds it in small letters (English ruse, French amour, German ob) or,
for German, whose nouns all take a capital and whose list also holds proper names, when the
list holds it with a capital together with a declined form of it, -n, -en, -e or -es (Russe,
Russen; Tal, Tales; a name takes only a genitive -s: Stalins). Acronym rows are left out (their
forms are the concept's own word: Gulag, gulag).
"""

from __future__ import annotations

import csv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "translit" / "data" / "homographs.toml"
LISTS = {
    "en": "/usr/share/dict/american-english",
    "de": "/usr/share/dict/ngerman",
    "fr": "/usr/share/dict/french",
}
DECLINED = ("n", "en", "e", "es")

HEAD = """\
# The one-word English, German and French name forms of glossaries/names.csv that a dictionary
# of their own language lists as a common word: `words`, in small letters there (English ruse,
# French amour, German ob); `nouns`, German nouns (with a capital, and declined: Russe, Russen).
# Glossary replace keeps such a form and warns where its capital may be the word's, not the
# name's: at a sentence's start, and a German noun anywhere but right after a preposition
# (translit/glossary/latin.py, apply.py).
#
# Source: the Debian word lists wamerican 2020.12.07 (SCOWL, Kevin Atkinson), wngerman
# 20161207 (igerman98, Björn Jacke; GPL-2+) and wfrench 1.2.7 (Paul Leyland; GPL-2+), compared
# with names.csv's en, de and fr columns by `python -m bench.name_homographs` (rows of type
# acronym left out). Do not edit by hand.
"""


def main() -> None:
    words = {
        lang: set(Path(p).read_text(encoding="utf-8").split("\n")) for lang, p in LISTS.items()
    }
    found: dict[str, dict[str, list[str]]] = {lang: {"words": [], "nouns": []} for lang in LISTS}
    with open(ROOT / "glossaries" / "names.csv", encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    for row in rows:
        if row["type"] == "acronym":
            continue
        for lang, known in words.items():
            for form in filter(None, row[lang].split("|")):
                if not form.isalpha():
                    continue
                if form.lower() in known:
                    kind = "words"
                elif lang == "de" and form in known and any(form + e in known for e in DECLINED):
                    kind = "nouns"
                else:
                    continue
                if form not in found[lang][kind]:
                    found[lang][kind].append(form)
    out = [HEAD]
    for lang, kinds in found.items():
        out.append(f"\n[{lang}]\n")
        for kind, forms in kinds.items():
            if forms:
                out.append(f'{kind} = "{" ".join(sorted(forms))}"\n')
    OUT.write_text("".join(out), encoding="utf-8")


if __name__ == "__main__":
    main()
