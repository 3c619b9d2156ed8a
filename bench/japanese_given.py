"""How translit/data/names/japanese_given.csv was built: the popular given names of the PyPI
package japanese-personal-name-dataset 0.4.0 (shuheilocale, MIT; its "optimized" subsets,
``first_name_man_opti.csv`` and ``first_name_woman_opti.csv``: reading in hiragana, romaji in
Hepburn, kanji), one row a reading, with the romaji written as the readers' press prints it:
Hepburn without macrons, a long o (the package's "ou") as o (Shotaro, Kohei, Ryota), a long u
already written as u by the package (yuki, ryu): ``translit.names.japanese.press_form``, which
the reader compares in too.

    pip download --no-deps japanese-personal-name-dataset==0.4.0 && unzip -o japanese_personal_name_dataset-0.4.0-*.whl
    python -m bench.japanese_given japanese_personal_name_dataset/dataset > translit/data/names/japanese_given.csv

prints the file (its header too). Nothing is added or removed by hand: which of these names
are also Russian given names or words (Анна, Мария, Нина) is the rule's question, answered in
code (``TargetRomanizer._japanese_hit``), not a choice made here.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

from translit.names.japanese import press_form

HEADER = """\
# Japanese given names in Hepburn without macrons, as the readers' press prints them: the
# popular ("optimized") subsets of japanese-personal-name-dataset 0.4.0, male and female, one
# row a reading (kana: the reading in hiragana; hepburn: the package's romaji with a long o,
# "ou", written o). Read by translit/names/japanese.py (README "Names": Japanese names without
# a letter sequence only Polivanov writes); their Polivanov spellings are the syllable table's
# (japanese.toml), never written here. Built by `python -m bench.japanese_given`.
#
# Sources: the PyPI package japanese-personal-name-dataset 0.4.0
# (github.com/shuheilocale/japanese-personal-name-dataset; first names cross-checked with
# Wikidata, CC0, and the National Diet Library Web NDL Authorities), under the MIT licence:
# Copyright (c) 2022 shuheilocale. Permission is hereby granted, free of charge, to any person
# obtaining a copy of this software and associated documentation files (the "Software"), to
# deal in the Software without restriction, including without limitation the rights to use,
# copy, modify, merge, publish, distribute, sublicense, and/or sell copies of the Software, and
# to permit persons to whom the Software is furnished to do so, subject to the following
# conditions: The above copyright notice and this permission notice shall be included in all
# copies or substantial portions of the Software. THE SOFTWARE IS PROVIDED "AS IS", WITHOUT
# WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF
# MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
# AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN
# AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE
# SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
kana,hepburn
"""


def rows(folder: Path) -> list[tuple[str, str]]:
    """(reading, press form) of the popular subsets, sorted by reading, one a reading."""
    found: dict[str, str] = {}
    for name in ("first_name_man_opti.csv", "first_name_woman_opti.csv"):
        with (folder / name).open(encoding="utf-8", newline="") as f:
            for row in csv.reader(f):
                found.setdefault(row[0], press_form(row[1]))
    return sorted(found.items())


def main() -> None:
    out = sys.stdout
    out.write(HEADER)
    writer = csv.writer(out, lineterminator="\n")
    writer.writerows(rows(Path(sys.argv[1])))


if __name__ == "__main__":
    main()
