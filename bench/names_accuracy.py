"""Names for readers: accuracy of ``romanize(..., target=)`` and of the name keys.

The lists:

* ``bench/data/names_sourced.tsv``: Russian- and Ukrainian-spelled people and places with the
  en/de/fr forms printed by real pages (encyclopedias and Wikipedia articles: kind ``ref``; press,
  publishers, museums: kind ``use``), one source address per row. The people are split in two
  halves by a hash of the Cyrillic form (``half()``): the *calibration* half may be looked at while
  fixing rules and data (``--misses``), the *held-out* half is only measured
  (``--heldout-misses`` shows it, for the final report only). Accuracy counts ``ref`` rows; the
  keys use every row.
* ``bench/data/names_rules.tsv``: people the shipped established forms do not list (the
  reader-convention rules' calibration list; same columns as ``names_sourced.tsv``, all rows
  calibration). ``--rules`` measures only this list, per source spelling and target, by kind.
* ``bench/data/names_calib17.tsv``: session names17's calibration list for names spelled in
  Belarusian, Kazakh, Kyrgyz, Tajik, Uzbek and Bulgarian (same columns; the conventions it
  follows, with their pages, in its header). ``--calib17`` measures only this list, as
  ``--rules`` does; the full run measures it too.
* ``bench/data/names_calib18.tsv``: session french18's calibration list for Russian names as
  French encyclopedias and the French press print them (same columns; the written convention,
  with its pages, in its header). ``--calib18`` measures only this list; the full run too.
* ``bench/data/names_calib19_en.tsv``: session names19's calibration list for Russian- and
  Ukrainian-spelled persons as English Wikipedia titles print them (same columns; the groups
  drawn from and the convention in its header). ``--calib19`` measures only this list; the full
  run too.
* ``bench/data/names_heldout.tsv``: the previous session's list (written from memory of Wikipedia
  titles; seen since).
* the project's ``tests/data/names_{en,de,fr}.tsv`` (Russian-spelled, seen while writing the data).
* ``bench/data/names_blind.tsv`` and ``names_blind2.tsv``: people and places chosen by category and
  looked up by engineers who never ran translit nor read its name data (how, in their headers);
  measured like the held-out half (their misses only with ``--misses --heldout-misses``). The
  data engineers did not read them, but they list well-known people, so most of them are in
  ``glossaries/names.csv`` now: the lists check the data as much as the rules.
  ``names_blind3.tsv`` lists only names that were NOT in ``names.csv`` when it was written, in
  Russian, Ukrainian, Belarusian, Bulgarian, Serbian, Macedonian, Kazakh and Kyrgyz spellings
  (lang ``ru uk be bg sr mk kk ky``): it checks the reader conventions and the keys.
  ``names_blind4.tsv`` (session names9) lists Bulgarian-, Serbian-, Macedonian-, Kazakh-,
  Kyrgyz-, Uzbek-, Tajik- and Mongolian-spelled names outside the categories of established
  forms names.csv holds for those languages (athletes, scientists, rivers, mountains,
  second-rank towns): the rules for a name with no established form.
  ``names_blind5.tsv`` (session names10) does the same for Russian-, Ukrainian- and
  Belarusian-spelled names (athletes, musicians, film directors, scientists, military figures,
  dissidents, second-rank towns, rivers and lakes), none of them in ``names.csv`` or another
  list when it was written.
  ``names_blind6.tsv`` (session names11) does it for categories no earlier list drew from
  (writers, painters, composers, chess players, cosmonauts, politicians below the top rank,
  Ukrainian towns renamed since 2014, Belarusian towns, saints, ships and regiments).
  ``names_blind7.tsv`` (session names12) lists Kazakh-, Kyrgyz-, Uzbek-, Tajik-, Tatar-,
  Bashkir-, Chechen-, Mongolian-, Bulgarian-, Macedonian-, Serbian-, Ukrainian- and
  Belarusian-spelled persons and places from categories the other lists cover thinly (national
  writers below the first rank, prime ministers, athletes, second-rank towns, rivers, lakes,
  mountains), none of them in ``names.csv`` or another list when it was written.
  ``names_blind8.tsv`` (session names13) lists Russian-, Ukrainian-, Belarusian- and
  Bulgarian-spelled names below the first rank: writers, painters, composers, generals and
  admirals of the 18th-19th centuries, contemporary footballers, tennis and chess players and
  biathletes, second-rank towns of the Russian north, Urals and Siberia, Russian rivers, and
  Belarusian and Bulgarian towns and rivers; none of them (nor any person's surname) in
  ``names.csv`` or another list when it was written.
  ``names_blind9.tsv`` (session names14) lists Russian-, Ukrainian-, Serbian-, Macedonian-,
  Bulgarian-, Kazakh- and Kyrgyz-spelled names left after dropping every one (and every
  person's surname) in ``names.csv`` or another list: Soviet scientists, designers and
  cosmonauts below the first rank, Serbian and Macedonian writers and small towns (whose Latin
  spelling is the title in all three languages), Bulgarian writers and small towns.
  ``names_blind10.tsv`` (session names37) lists only persons, none of them (nor their surname)
  in ``names.csv``, spelled in Ukrainian, Belarusian, Kazakh, Kyrgyz, Bulgarian, Macedonian,
  Serbian, Tajik and Mongolian (athletes, politicians since 1991, writers, singers): the reader
  conventions and given-name tables for unlisted persons, per language and reader
  (``--list names_blind10.tsv``).
  ``names_blind11.tsv`` (session blind49) lists persons in Kazakh, Kyrgyz, Serbian, Macedonian,
  Bulgarian, Belarusian and Ukrainian spellings from categories no earlier list drew from
  (Olympic medallists and national-team athletes, 19th-century national-revival figures,
  Soviet-era writers and leaders, ministers since 1990), none of them (nor their surname) in
  ``names.csv`` or another list: the reader conventions for unlisted persons, the French and
  German readers of Kazakh and Kyrgyz above all (``--list names_blind11.tsv``).
* ``bench/data/names_keys.tsv``: names as pages print them (initials, a surname alone, catalogue
  order, scholarly and library spellings, translated given names), one source per row: keys and
  verify only (:func:`printed`).
* ``bench/data/names_keys_xlang.tsv``: one person written in two Cyrillic languages (Serbian,
  Macedonian, Bulgarian, Belarusian, Ukrainian, Kazakh beside Russian or each other), and
  different persons whose names are close, one source per row: keys only (:func:`xlang`;
  ``--xlang`` measures only this list).

* verify: share of the printed forms that ``translit.verify(cyrillic, form, lang=...)`` accepts;
* romanisation: exact match of ``translit.romanize(cyrillic, lang=..., target=...)`` with the
  title, per target language and source spelling;
* keys: same-person rate (``same_name`` over every pair of renderings of one row: Cyrillic, en,
  de, fr) and false-match rate (every pair of renderings of two different rows).

    python bench/names_accuracy.py            # every list
    python bench/names_accuracy.py --misses   # also print the misses (never the held-out half's)
    python bench/names_accuracy.py --rules --misses   # the rules' calibration list only
    python bench/names_accuracy.py --calib17 --misses # be kk ky tg uz bg calibration list only
    python bench/names_accuracy.py --calib18 --misses # Russian names for French readers only
    python bench/names_accuracy.py --calib19 --misses # ru/uk persons for English readers only
    python bench/names_accuracy.py --list names_blind5.tsv   # one blind list only
    python bench/names_accuracy.py --xlang --misses  # one person in two Cyrillic languages only
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import translit  # noqa: E402
from translit.names import name_key, same_name  # noqa: E402

TARGETS = ("en", "de", "fr")
#: The lists built blind (see the module docstring)
BLIND = (
    "names_blind.tsv",
    "names_blind2.tsv",
    "names_blind3.tsv",
    "names_blind4.tsv",
    "names_blind5.tsv",
    "names_blind6.tsv",
    "names_blind7.tsv",
    "names_blind8.tsv",
    "names_blind9.tsv",
    "names_blind10.tsv",
    "names_blind11.tsv",
)


def heldout() -> list[tuple[str, str, dict[str, str]]]:
    rows = []
    for line in (ROOT / "bench" / "data" / "names_heldout.tsv").read_text("utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        lang, cyr, en, de, fr = line.split("\t")
        rows.append((lang, cyr, {"en": en, "de": de, "fr": fr}))
    return rows


def half(cyrillic: str) -> str:
    """``calibration`` or ``held-out``: a fixed split of the people by a hash of the spelling."""
    digest = hashlib.sha256(cyrillic.rsplit(maxsplit=1)[-1].encode("utf-8")).digest()
    return "held-out" if digest[0] % 2 else "calibration"


def sourced(
    which: str, kinds: tuple[str, ...], name: str = "names_sourced.tsv"
) -> list[tuple[str, str, dict[str, str]]]:
    """Rows of ``bench/data/<name>`` in one half (``"all"``: every row); several forms of one
    target are alternatives."""
    by_name: dict[tuple[str, str], dict[str, str]] = defaultdict(dict)
    for line in (ROOT / "bench" / "data" / name).read_text("utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        lang, cyr, target, form, kind, _source = line.split("\t")
        if kind not in kinds or which not in ("all", half(cyr)):
            continue
        forms = by_name[(lang, cyr)]
        forms[target] = f"{forms[target]}|{form}" if target in forms else form
    return [(lang, cyr, forms) for (lang, cyr), forms in by_name.items()]


def development() -> list[tuple[str, str, dict[str, str]]]:
    by_cyr: dict[str, dict[str, str]] = defaultdict(dict)
    for t in TARGETS:
        path = ROOT / "tests" / "data" / f"names_{t}.tsv"
        for line in path.read_text("utf-8").splitlines():
            if line.startswith("#") or not line.strip():
                continue
            cyr, lat, _ = line.split("\t")
            by_cyr[cyr][t] = lat
    return [("ru", cyr, forms) for cyr, forms in by_cyr.items()]


def accuracy(rows: list[tuple[str, str, dict[str, str]]], misses: bool) -> None:
    for lang in sorted({r[0] for r in rows}):
        for t in TARGETS:
            n = hit = 0
            for lg, cyr, forms in rows:
                if lg != lang or not forms.get(t):
                    continue
                n += 1
                out = translit.romanize(cyr, lang=lang, target=t)
                good = out in forms[t].split("|")
                hit += good
                if misses and not good:
                    print(f"    miss {lang}→{t}: {cyr}: {out!r} (title {forms[t]!r})")
            if n:
                print(f"  romanize {lang}-spelled → {t}: {hit}/{n} = {hit / n:.1%}")


def verified(rows: list[tuple[str, str, dict[str, str]]], misses: bool) -> None:
    """``translit.verify`` on every printed form: accepted (by a scheme or a reader target)?"""
    n = ok = 0
    for lang, cyr, forms in rows:
        for t in TARGETS:
            for form in forms.get(t, "").split("|"):
                if not form:
                    continue
                n += 1
                good = translit.verify(cyr, form, lang=lang).accepted
                ok += good
                if misses and not good:
                    print(f"    verify rejects {lang}: {cyr} / {form}")
    print(f"  verify accepts the printed form: {ok}/{n} = {ok / n:.1%}")


def keys(rows: list[tuple[str, str, dict[str, str]]], misses: bool) -> None:
    renderings = [
        [cyr, *(f for t in TARGETS for f in forms.get(t, "").split("|") if f)]
        for _, cyr, forms in rows
    ]
    same = [(a, b) for r in renderings for a, b in itertools.combinations(r, 2)]
    ok = 0
    for a, b in same:
        good = same_name(a, b)
        ok += good
        if misses and not good:
            print(f"    key miss: {a} / {b}")
    print(f"  same person: {ok}/{len(same)} = {ok / len(same):.1%}")
    # a surname alone (Егоров) and a full name ending in it are not counted as two people
    diff = [
        (a, b)
        for r1, r2 in itertools.combinations(renderings, 2)
        if r1[0].split()[-1] != r2[0].split()[-1]
        for a in r1
        for b in r2
    ]
    false = [(a, b) for a, b in diff if same_name(a, b)]
    if misses:
        for a, b in false:
            print(f"    false match: {a} / {b}")
    print(f"  false matches: {len(false)}/{len(diff)} = {len(false) / len(diff):.2%}")


def printed(misses: bool) -> None:
    """The printed-names list: same-person and false-match rates of the keys, and verify on each
    form that renders the whole name, the name without its patronymic, or the surname alone."""
    by_name: dict[tuple[str, str], dict[str, str]] = defaultdict(dict)
    for line in (ROOT / "bench" / "data" / "names_keys.tsv").read_text("utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        lang, cyr, target, form, _source = line.split("\t")
        forms = by_name[(lang, cyr)]
        forms[target] = f"{forms[target]}|{form}" if target in forms else form
    rows = [(lang, cyr, forms) for (lang, cyr), forms in by_name.items()]
    print(f"printed names list ({len(rows)} names)")
    keys(rows, misses)
    # people of one surname (Lev and Aleksey Tolstoy, Navalny's parents): apart unless a
    # rendering is the surname alone; a full name without patronymic cannot tell a father from
    # a son of the same given name (Fyodor Dostoevsky / Фёдор Фёдорович Достоевский)
    renderings = [
        [cyr, *(f for t in TARGETS for f in forms.get(t, "").split("|") if f)]
        for _, cyr, forms in rows
    ]
    kin = [
        (a, b)
        for r1, r2 in itertools.combinations(renderings, 2)
        if r1[0].split()[-1] == r2[0].split()[-1]
        for a in r1
        for b in r2
        if " " in a.strip() and " " in b.strip()
    ]
    false = [(a, b) for a, b in kin if same_name(a, b)]
    for a, b in false if misses else ():
        print(f"    false match (same surname): {a} / {b}")
    print(f"  false matches, same surname: {len(false)}/{len(kin)}")
    n = ok = 0
    for lang, cyr, forms in rows:
        words = cyr.split()
        for form in (f for t in TARGETS for f in forms.get(t, "").split("|") if f):
            if "," in form or "." in form:  # catalogue order and initials: keys only
                continue
            parts = {len(words): cyr, 2: f"{words[0]} {words[-1]}", 1: words[-1]}
            if len(form.split()) not in parts:
                continue
            n += 1
            good = translit.verify(parts[len(form.split())], form, lang=lang).accepted
            ok += good
            if misses and not good:
                print(f"    verify rejects {lang}: {parts[len(form.split())]} / {form}")
    print(f"  verify accepts the printed form: {ok}/{n} = {ok / n:.1%}")


def xlang(misses: bool) -> None:
    """The cross-language list: same-person rate of ``same_name`` and of equal ``name_key``
    (rows "same"), their false matches on the rows "different", and false matches between the
    spellings of different persons of the "same" rows (a person is every spelling its rows
    join)."""
    same: list[tuple[str, str]] = []
    different: list[tuple[str, str]] = []
    for line in (ROOT / "bench" / "data" / "names_keys_xlang.tsv").read_text("utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        _la, a, _lb, b, relation, _source = line.split("\t")
        (same if relation == "same" else different).append((a, b))
    print(f"cross-language list ({len(same)} pairs of one person, {len(different)} of two)")
    for title, pairs, want in (
        ("same person", same, True),
        ("different persons", different, False),
    ):
        by_name = [same_name(a, b) for a, b in pairs]
        by_key = [name_key(a) == name_key(b) for a, b in pairs]
        for (a, b), hit in zip(pairs, by_name, strict=True):
            if misses and hit != want:
                print(f"    {'key miss' if want else 'false match'}: {a} / {b}")
        print(
            f"  {title}: same_name {sum(by_name)}/{len(pairs)}, equal name_key {sum(by_key)}/{len(pairs)}"
        )
    persons: list[set[str]] = []
    words = {n: frozenset(n.replace(",", " ").split()) for pair in same for n in pair}
    for a, b in same:  # a spelling in another word order (catalogue order) is the same person
        joined = [p for p in persons if any(words[n] in (words[a], words[b]) for n in p)]
        merged = {a, b}.union(*joined)
        persons = [p for p in persons if p not in joined] + [merged]
    across = [
        (a, b)
        for p1, p2 in itertools.combinations(persons, 2)
        for a in sorted(p1)
        for b in sorted(p2)
    ]
    false = [(a, b) for a, b in across if same_name(a, b)]
    for a, b in false if misses else ():
        print(f"    false match across persons: {a} / {b}")
    print(f"  false matches across persons: {len(false)}/{len(across)}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument(
        "--misses", action="store_true", help="print the misses (not the held-out half's)"
    )
    ap.add_argument("--heldout-misses", action="store_true", help="also print the held-out half's")
    ap.add_argument(
        "--rules", action="store_true", help="only the rules' list (bench/data/names_rules.tsv)"
    )
    ap.add_argument(
        "--calib17",
        action="store_true",
        help="only the be/kk/ky/tg/uz/bg calibration list (bench/data/names_calib17.tsv)",
    )
    ap.add_argument(
        "--calib18",
        action="store_true",
        help="only the French readers' calibration list (bench/data/names_calib18.tsv)",
    )
    ap.add_argument(
        "--calib19",
        action="store_true",
        help="only the English readers' calibration list (bench/data/names_calib19_en.tsv)",
    )
    ap.add_argument("--list", choices=BLIND, help="only this blind list (its misses with --misses)")
    ap.add_argument(
        "--xlang",
        action="store_true",
        help="only the cross-language list (bench/data/names_keys_xlang.tsv)",
    )
    args = ap.parse_args()
    if args.xlang:
        xlang(args.misses)
        return
    if args.list:
        rows = sourced("all", ("ref",), args.list)
        print(f"blind list {args.list}, encyclopedia forms ({len(rows)} names)")
        accuracy(rows, args.misses)
        rows = sourced("all", ("ref", "use"), args.list)
        verified(rows, args.misses)
        keys(rows, args.misses)
        return
    only = {
        "rules": args.rules,
        "calib17": args.calib17,
        "calib18": args.calib18,
        "calib19": args.calib19,
    }
    lists = (
        ("rules list (names not in names.csv)", "names_rules.tsv", "rules"),
        ("calibration list names17 (be kk ky tg uz bg)", "names_calib17.tsv", "calib17"),
        ("calibration list french18 (ru for French readers)", "names_calib18.tsv", "calib18"),
        ("calibration list names19 (ru uk for English readers)", "names_calib19_en.tsv", "calib19"),
    )
    for what, name, key in lists:
        wanted = only[key] or not any(only.values())
        for title, kinds in (("encyclopedia forms", ("ref",)), ("all forms", ("ref", "use"))):
            if wanted:
                rows = sourced("all", kinds, name)
                print(f"{what}, {title} ({len(rows)} names)")
                accuracy(rows, args.misses)
    if any(only.values()):
        return
    for which in ("calibration", "held-out"):
        show = args.misses and (which == "calibration" or args.heldout_misses)
        rows = sourced(which, ("ref",))
        print(f"sourced list, {which} half, encyclopedia forms ({len(rows)} names)")
        accuracy(rows, show)
        rows = sourced(which, ("ref", "use"))
        print(f"sourced list, {which} half, all forms ({len(rows)} names)")
        accuracy(rows, show)
        verified(rows, show)
        keys(rows, show)
    for name in BLIND:  # built blind
        show = args.misses and args.heldout_misses
        rows = sourced("all", ("ref",), name)
        print(f"blind list {name}, encyclopedia forms ({len(rows)} names)")
        accuracy(rows, show)
        rows = sourced("all", ("ref", "use"), name)
        print(f"blind list {name}, all forms ({len(rows)} names)")
        verified(rows, show)
        keys(rows, show)
    for title, rows in (("previous held-out", heldout()), ("development", development())):
        print(f"{title} list ({len(rows)} rows)")
        accuracy(rows, args.misses)
        keys(rows, args.misses)
    printed(args.misses)
    xlang(args.misses)


if __name__ == "__main__":
    main()
