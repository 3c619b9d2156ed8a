"""How the German weak nouns in -e of ``data/inflection.toml`` ``[de.weak]`` fare against a
real word list: for each listed word, whether the list has it, its -n form (des Russen) and
no -s form (no "Russes"); for the -loge and -agoge ends, every word of the list so ending;
for the mixed nouns, their genitive in -ns (des Namens).

    apt-get install -y wngerman && python -m bench.weak_nouns_de [/usr/share/dict/ngerman]

The word list (Debian's wngerman) is for measuring only, never read at run time; the words
were listed from Duden's grammar, and the list was not held out.
"""

from __future__ import annotations

import sys
from pathlib import Path

from translit._datafiles import load_toml
from translit.glossary.forms import _weak


def main(path: str = "/usr/share/dict/ngerman") -> None:
    words = set(Path(path).read_text(encoding="utf-8").split())
    table = load_toml("inflection.toml")["de"]["weak"]
    listed = [w.capitalize() for w, add in table["words"].items() if w.endswith("e")]
    ends = [w for w in listed if w.lower() in ("loge", "agoge")]
    listed = [w for w in listed if w not in ends]
    known = [w for w in listed if w in words]
    weak = [w for w in known if w + "n" in words and w + "s" not in words]
    print(f"listed nouns in -e: {len(listed)}, in the word list: {len(known)}, of which")
    print(f"  with -n and no -s form: {len(weak)}; others: {sorted(set(known) - set(weak))}")
    for end in ends:
        got = sorted(w for w in words if w[:1].isupper() and w.endswith(end.lower()))
        ours = [w for w in got if _weak(w, "de", None) == "n"]
        fine = [w for w in ours if w + "n" in words and w + "s" not in words]
        odd = [f"{w} (-n {w + 'n' in words}, -s {w + 's' in words})" for w in ours if w not in fine]
        print(f"-{end.lower()}: {len(got)} words, {len(ours)} weak by the rule, {len(fine)} with")
        print(f"  -n and no -s in the list; the others: {', '.join(odd)}")
    s_only = [w for w in ("Ukrainer", "Käse") if w + "s" in words]
    print(f"strong, with an -s form in the list: {s_only}")
    mixed = [w.capitalize() for w in table.get("mixed", ())]
    ns = [w for w in mixed if w + "ns" in words]
    print(f"mixed: {len(mixed)}, with an -ns form in the list: {len(ns)}, without: ", end="")
    print(sorted(set(mixed) - set(ns)))


if __name__ == "__main__":
    main(*sys.argv[1:])
