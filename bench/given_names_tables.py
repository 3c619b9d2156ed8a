"""How translit/data/names/given_names_bg.csv (its nam_dict rows), given_names_sr.csv and
given_names_mk.csv were built: the given names that nam_dict (Jörg Michael's list of first names
by country, GNU FDL 1.2, as the PyPI package gender-guesser 0.4.0 ships it) counts in Bulgaria,
Serbia or North Macedonia, written in Cyrillic, less what Russian writes alike.

    pip download --no-deps gender-guesser==0.4.0 && unzip gender_guesser-0.4.0-*.whl
    python -m bench.given_names_tables gender_guesser/data/nam_dict.txt   # (needs hunspell-bg)

prints the rows to add (the tables are data: a row once added is kept as edited). The steps:

- a name's frequency class in each country (nam_dict's logarithmic 1-13 scale) is read from its
  column; the three countries' lists are read apart;
- Serbian and Macedonian: the names spelled with Latin letters that have Russian Cyrillic
  counterparts only (no j, ć, đ, dz, q, w, x, y: a name with those has Serbian or Macedonian
  letters, ј ћ ђ љ њ џ ѓ ќ ѕ, which decide the language already), letter for letter (č ч, š ш, ž ж,
  c ц, h х);
- Bulgarian: every Cyrillic reading of the name's Latin forms (nam_dict writes Bozhidar, Bojidar,
  Bozidar) that the Bulgarian spelling dictionary (hunspell-bg, bgoffice, GPL-2: Debian's
  /usr/share/hunspell/bg_BG.dic) holds capitalised, less those with ъ (decided by their ъ);
- a spelling two of the languages write goes to the one whose frequency class is the higher (a
  tie: Bulgarian, then Macedonian, then Serbian; Драган is Serbian, Христо Bulgarian);
- left out: the spellings of translit's given-name tables in Russian, Ukrainian or Belarusian
  and those already in a table, and the places of glossaries/names.csv (Видин); a spelling OpenCorpora (pymorphy3-dicts-ru) holds as a word
  that is not a name (Ангел, Бисер, Пламен, a form of пламя); a name whose Latin form nam_dict
  counts in Russia too (Станислав: the Latin form it was read from, or the spelling's BGN/PCGN
  and Wikipedia romanisations) or in any country but the South Slavic ones and Moldova (Стефан,
  Симона, Дино, Милош: Russian writes them for Germans, Italians, Czechs): Russian spells it
  alike or may. So is Игор (nam_dict's Igor is Russian too, from Игорь), conservatively;
  OpenCorpora's names of Serbs and Macedonians (Зоран, Слободан) stay;
- left out too: a spelling OpenCorpora holds as a form of another word that Russian text
  capitalises (Владимира and Людмил, cases of Russian names; Руси, of Русь) or as a Russian
  diminutive (Сашка, Верка of Саша, Вера; Маруся): :func:`russian_form`.

    python -m bench.given_names_tables --places gender_guesser/data/nam_dict.txt

prints instead the spellings of ``[given.places]`` of translit/data/names/conventions.toml: the
names nam_dict counts in Bulgaria, North Macedonia or Serbia whose Cyrillic spelling (every Latin
letter written as the language writes it: j ј, lj љ, nj њ, dž џ, ć ћ, đ ђ; ć ќ, đ ѓ in
Macedonian; Bulgarian by :func:`bulgarian`) is a place of the language's CLDR names or of
names.csv (Јордан, Софија): the given name before a surname, the place elsewhere.

The test lists of ``python -m bench.detect_people`` (squads, ministers) were written down from
other sources before these tables were built, and none of their names was added here.

    python -m bench.given_names_tables --alike gender_guesser/data/nam_dict.txt

prints instead the rows of translit/data/names/given_names_alike.csv (names23): the names left
out above because Russian writes them alike or holds them as words (Стефан, Никола, Пламен), with
the languages of the countries nam_dict counts each in; such a name decides nothing alone,
only beside a surname of data/decisive.toml ``[[given_names.surnames]]`` (Никола Груевски). Not
these: a spelling a table holds (Russian, Ukrainian, Belarusian: Давид, Роман) and the cases
and diminutives of Russian names (Владимира, Сашка).
"""

from __future__ import annotations

import argparse
import functools
import sys

import pymorphy3

import translit
from translit._datafiles import read_table
from translit.shipped import name_rows

HUNSPELL_BG = "/usr/share/hunspell/bg_BG.dic"
COUNTRY = {"bg": "Bulgaria", "mk": "Macedonia", "sr": "Serbia"}
ORDER = ("bg", "mk", "sr")
BALKAN_SLAVIC = {"Bulgaria", "Bosnia and Herzegovina", "Croatia", "Kosovo", "Macedonia"}
BALKAN_SLAVIC |= {"Montenegro", "Serbia", "Slovenia", "Moldova"}
_PLAIN = dict(zip("abvgdeziklmnoprstufhcčšž", "абвгдезиклмнопрстуфхцчшж", strict=True))

# Latin spellings of Bulgarian letters in nam_dict's Bulgarian forms (Bozhidar, Bojidar,
# Bozidar; Mariya, Maria), longest first
_BG_PAIRS = """sht=щ dzh=дж zh=ж ch=ч sh=ш ts=ц tz=ц dj=дж yu=ю ju=ю iu=ю iu=ию ya=я ja=я
    ia=я ia=ия ss=с ph=ф th=т ck=к a=а a=ъ b=б c=ц c=к č=ч d=д e=е f=ф g=г h=х i=и i=й j=й
    j=ж k=к l=л m=м n=н o=о p=п r=р s=с š=ш t=т u=у u=ъ v=в w=в x=кс y=й y=и z=з ž=ж"""
_BG = [tuple(pair.split("=")) for pair in _BG_PAIRS.split()]


def read_nam_dict(path: str) -> list[tuple[str, dict[str, int]]]:
    """(name, {country: frequency class}) of every name line of nam_dict.txt."""
    with open(path, encoding="utf-8") as fh:
        lines = fh.read().splitlines()
    cols = {}
    for i, line in enumerate(lines[:-1]):
        if line.startswith("#") and lines[i + 1].strip("# $") == "|":
            cols[line[1:].rstrip(" $").strip()] = lines[i + 1].index("|")
    out = []
    for line in lines:
        if not line.strip() or line.startswith("#") or "+" in line[3:29]:
            continue
        freq = {}
        for country, col in cols.items():
            ch = line[col] if len(line) > col else " "
            freq[country] = 0 if ch == " " else int(ch, 16)
        out.append((line[3:29].strip(), freq))
    return out


@functools.cache
def _bulgarian_words() -> tuple[frozenset[str], frozenset[str]]:
    with open(HUNSPELL_BG, encoding="utf-8") as fh:
        caps = {w.split("/")[0].strip().lower() for w in fh if w[:1].isupper()}
    return frozenset(caps), frozenset(p[:i] for p in caps for i in range(len(p) + 1))


def bulgarian(latin: str, within: frozenset[str] | None = None) -> set[str]:
    """The Cyrillic readings of ``latin`` that the Bulgarian dictionary holds capitalised (or
    that ``within``, lower-case words, holds)."""
    if within is None:
        caps, prefixes = _bulgarian_words()
    else:
        caps, prefixes = within, frozenset(w[:i] for w in within for i in range(len(w) + 1))
    found = set()

    def walk(rest: str, done: str) -> None:
        if done not in prefixes:
            return
        if not rest:
            if done in caps:
                found.add(done)
            return
        for lat, cyr in _BG:
            if rest.startswith(lat):
                walk(rest[len(lat) :], done + cyr)

    walk(latin.lower(), "")
    return {f.capitalize() for f in found if "ъ" not in f}


def plain(latin: str) -> str | None:
    low = latin.lower()
    if "dz" in low or any(c not in _PLAIN for c in low):
        return None
    return "".join(_PLAIN[c] for c in low).capitalize()


def russian_form(morph: pymorphy3.MorphAnalyzer, spelling: str, ru_names: set[str]) -> bool:
    """Whether OpenCorpora holds ``spelling`` as a form of another word that a Russian text
    writes capitalised: a case of a Russian given name (Владимира, Людмил), a place (Руси, of
    Русь) or a surname; or as a Russian diminutive (Сашка and Верка of Саша and Вера, Маруся)."""

    def held(word: str) -> list[pymorphy3.analyzer.Parse]:
        return [p for p in morph.parse(word) if len(p.methods_stack) == 1]  # (no guess)

    parses = held(spelling)
    for p in parses:
        if p.normal_form != spelling and (p.normal_form in ru_names or "Name" not in p.tag):
            return True
    if not any("Name" in p.tag for p in parses):
        return False
    if spelling.endswith(("уся", "юся", "уша", "юша")):
        return True
    bases = (spelling[:-2] + "а", spelling[:-2] + "я") if spelling.endswith("ка") else ()
    return any(
        p.normal_form == b and {"Name", "nomn"} <= p.tag.grammemes for b in bases for p in held(b)
    )


#: Latin letters of Serbian (Gaj's alphabet) → Cyrillic, the digraphs first; Macedonian: ć ќ, đ ѓ
_SR = [
    ("dž", "џ"),
    ("lj", "љ"),
    ("nj", "њ"),
    *zip("abvgdđežzijklmnoprstćufhcčš", "абвгдђежзијклмнопрстћуфхцчш", strict=True),
]


def _cyrillic(latin: str, lang: str) -> str | None:
    """``latin`` in Serbian (``sr``) or Macedonian (``mk``) Cyrillic, letter for letter; None
    for a letter neither writes."""
    pairs = [(a, {"ћ": "ќ", "ђ": "ѓ"}.get(b, b) if lang == "mk" else b) for a, b in _SR]
    out, rest = "", latin.lower()
    while rest:
        hit = next(((a, b) for a, b in pairs if rest.startswith(a)), None)
        if hit is None:
            return None
        out, rest = out + hit[1], rest[len(hit[0]) :]
    return out


def language_places(lang: str) -> frozenset[str]:
    """The places of ``lang`` a ``[given.places]`` spelling is one of, folded: the one-word
    places of names.csv (``place_words``) and CLDR's country and city names in ``lang``
    (tests/test_names_given_places.py holds the listed spellings to it)."""
    from translit.glossary.folding import fold
    from translit.names.forms import _cldr_places, place_words

    return place_words(lang) | {fold(k) for k in _cldr_places(lang, "en")}


def _given_places(names: list[tuple[str, dict[str, int]]]) -> int:
    """Print, per language, the nam_dict names of its country spelled as one of its places."""
    from translit.glossary.folding import fold

    for lang in ORDER:
        places = language_places(lang)
        found: dict[str, int] = {}
        for name, freq in names:
            if not freq[COUNTRY[lang]]:
                continue
            if lang == "bg":
                read = bulgarian(name, places)
            else:
                read = {s.capitalize() for s in [_cyrillic(name, lang)] if s and fold(s) in places}
            for spelling in read:
                found[spelling] = max(found.get(spelling, 0), freq[COUNTRY[lang]])
        print(f"{lang}: " + ", ".join(f"{s} {n}" for s, n in sorted(found.items())))
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("nam_dict")
    parser.add_argument("--alike", action="store_true", help="the rows of given_names_alike.csv")
    parser.add_argument(
        "--places", action="store_true", help="the spellings of [given.places] (conventions.toml)"
    )
    args = parser.parse_args(argv)
    names = read_nam_dict(args.nam_dict)
    if args.places:
        return _given_places(names)
    russia = {n.lower() for n, f in names if f["Russia"]}
    abroad = {n.lower(): any(f[c] for c in f if c not in BALKAN_SLAVIC) for n, f in names}
    rows = read_table("names", "given_names.csv")
    taken = {s.strip() for r in rows for lang in ("ru", "uk", "be") for s in r[lang].split("|")}
    # and the places of the shipped name glossary (Видин, a town nam_dict counts as a name)
    taken |= {r.text for r in name_rows() if r.kind == "place"}
    for lang in ORDER:
        table = read_table("names", f"given_names_{lang}.csv")
        taken |= {r[lang] for r in table if not r["source"].startswith("nam_dict")}
    found: dict[str, dict[str, int]] = {}
    sources: dict[str, set[str]] = {}
    for name, freq in names:
        for lang, country in COUNTRY.items():
            if not freq[country]:
                continue
            read = bulgarian(name) if lang == "bg" else {plain(name) or ""} - {""}
            for s in read:
                by = found.setdefault(s, {})
                by[lang] = max(by.get(lang, 0), freq[country])
                sources.setdefault(s, set()).add(name.lower())
    morph = pymorphy3.MorphAnalyzer(lang="ru")
    tags = {"Name", "Surn", "Patr", "Geox", "Orgn", "Abbr", "Trad"}
    out: dict[str, list[tuple[str, int]]] = {lang: [] for lang in ORDER}
    dropped: dict[str, list[str]] = {"taken": [], "russia": [], "word": [], "form": []}
    ru_names = {s.strip().lower() for r in rows for s in r["ru"].split("|")} - {""}
    for spelling, by in sorted(found.items()):
        lang = max(ORDER, key=lambda c: (by.get(c, 0), -ORDER.index(c)))
        romans = {
            translit.romanize(spelling, scheme=s, lang="ru").lower()
            for s in ("bgn-pcgn", "wikipedia")
        }
        if spelling in taken:
            dropped["taken"].append(spelling)
        elif morph.word_is_known(spelling.lower()) and any(
            type(p.methods_stack[0][0]).__name__ == "DictionaryAnalyzer"
            and not p.tag.grammemes & tags
            for p in morph.parse(spelling.lower())
        ):
            dropped["word"].append(spelling)
        elif (sources[spelling] | romans) & russia or any(
            abroad.get(name) for name in sources[spelling]
        ):
            dropped["russia"].append(spelling)
        elif russian_form(morph, spelling.lower(), ru_names):
            dropped["form"].append(spelling)
        else:
            out[lang].append((spelling, by[lang]))
    if args.alike:  # the languages of every country nam_dict counts the name in
        for why in ("russia", "word"):
            for spelling in dropped[why]:
                langs = [c for c in ORDER if found[spelling].get(c)]
                counts = ", ".join(f"{COUNTRY[c]} {found[spelling][c]}" for c in langs)
                print(f'{spelling},{" ".join(langs)},{why},"nam_dict: {counts}"')
        return 0
    for lang in ORDER:
        print(f"# {lang}: {len(out[lang])}", file=sys.stderr)
        for spelling, level in out[lang]:
            also = ", ".join(
                f"{COUNTRY[c]} {n}" for c, n in sorted(found[spelling].items()) if c != lang
            )
            note = f"; also {also}" if also else ""
            print(f'{lang}\t{spelling},,,,"nam_dict: {COUNTRY[lang]} {level}{note}"')
    for why, left in dropped.items():
        print(f"# dropped ({why}): {len(left)}: {' '.join(left[:40])}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
