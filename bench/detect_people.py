"""The language decision on people's names standing alone (``translit.detect``, which
``lang="auto"`` follows), per list and language: the names a short text can hold without any
letter of its own, where only a given name spelled as one language spells it tells
(data/decisive.toml ``[given_names]``).

    python -m bench.detect_people            # the table
    python -m bench.detect_people --misses   # also each wrong decision

The lists, read where they are:

- ``bench/data/detect_people.tsv``: squad lists of the Ukrainian, Bulgarian, Russian, Serbian
  and Macedonian national football teams as those languages' press printed them, Serbia's
  ministers of 2022 and Macedonian politicians of a news report (its header says how they were
  chosen, and that none comes from the sources of the given-name tables);
- ``bench/data/detect_people_press.tsv``: the people that news reports on the Bulgarian and
  Macedonian parliaments and on Serbia's governments name (written down before the surname rule,
  ``[given_names.surnames]``, was written);
- the Cyrillic cell of every row of the names lists ``bench/data/names_*.tsv`` whose first column
  is a language (people and places as the name benches list them; each text once, with the
  language of its first row), kept when it is shaped like a person's name: two to four words,
  each capitalised and Cyrillic only. These lists were written for the reader conventions and
  the name keys, before this rule.

A row counts as right when the decision is its language; "ru" counts how many went to Russian;
"rule" how many the given-name or surname rule decided.
"""

from __future__ import annotations

import argparse
import collections
import re
from pathlib import Path

from translit.detection import LANGUAGES, explain_language

DATA = Path(__file__).resolve().parent / "data"
_NAME = re.compile(
    r"[А-ЯЁЄІЇҐЎЂЈЉЊЋЏЃЌЅ][а-яёєіїґўђјљњћџѓќѕ'’ʼ-]+(?: [А-ЯЁЄІЇҐЎЂЈЉЊЋЏЃЌЅ][а-яёєіїґўђјљњћџѓќѕ'’ʼ-]+){1,3}"
)


def lists() -> dict[str, list[tuple[str, str]]]:
    """List name → (language, name) rows."""
    out: dict[str, list[tuple[str, str]]] = {}
    for title, file in (("squads", "detect_people.tsv"), ("press", "detect_people_press.tsv")):
        rows = [r.split("\t") for r in (DATA / file).read_text("utf-8").splitlines()]
        out[title] = [(r[0], r[1]) for r in rows if r and r[0] in LANGUAGES]
    seen: set[str] = set()
    names: list[tuple[str, str]] = []
    for path in sorted(DATA.glob("names_*.tsv")):
        for line in path.read_text("utf-8").splitlines():
            cells = line.split("\t")
            if len(cells) < 2 or cells[0] not in LANGUAGES or cells[1] in seen:
                continue
            seen.add(cells[1])
            if _NAME.fullmatch(cells[1]):
                names.append((cells[0], cells[1]))
    out["names lists"] = names
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--misses", action="store_true", help="print each wrong decision")
    args = parser.parse_args(argv)
    print("| list | lang | n | right | right % | as ru | by the rule | wrong as |")
    print("| --- | --- | ---: | ---: | ---: | ---: | ---: | --- |")
    misses = []
    for title, rows in lists().items():
        by_lang: dict[str, list[tuple[str, str]]] = collections.defaultdict(list)
        for lang, name in rows:
            e = explain_language(name)
            by_lang[lang].append((e.lang, e.reason))
            if e.lang != lang:
                misses.append(f"{title}\t{lang}\t{name}\t{e.lang}\t{e.reason}")
        for lang in sorted(by_lang, key=lambda c: (-len(by_lang[c]), c)):
            got = by_lang[lang]
            right = sum(g == lang for g, _ in got)
            ru = sum(g == "ru" for g, _ in got)
            rule = sum("the given name" in why or "the surname" in why for _, why in got)
            wrong = collections.Counter(g for g, _ in got if g != lang)
            shown = ", ".join(f"{k} {v}" for k, v in wrong.most_common(4))
            print(
                f"| {title} | {lang} | {len(got)} | {right} | {100 * right / len(got):5.1f} | "
                f"{ru} | {rule} | {shown} |"
            )
    if args.misses:
        print("\n" + "\n".join(misses))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
