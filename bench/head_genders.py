"""Write translit/data/genders.toml: the gender of a German or French term's head noun where
the glossary states none (glossary apply's articles, forms.inferred_gender).

Sources (measuring tools, not runtime dependencies): german-nouns 1.2.5 (PyPI; its nouns.csv,
compiled from the German Wiktionary, CC BY-SA 4.0) and the Dicollecte French dictionary
(Debian hunspell-fr-classical 1:7.0-1, fr.dic with its ``po:nom is:mas|fem`` tags, MPL-2.0);
word frequencies from wordfreq 3.1.1 (CC BY-SA 4.0). Only facts are kept: a noun's gender.

Each suffix rule is one a grammar states (Duden, Die Grammatik, 9th ed. 2016, "Genus" of
derived nouns; Grevisse and Goosse, Le Bon Usage, 16th ed., "Le genre des noms": suffixes);
it is kept where at least 96 % of the lexicon's nouns of more than one letter besides the
suffix that end so have its gender, and the nouns that end so with another gender (or either)
are its ``unless`` (matched as ends, so their compounds too). The table holds the lexicon's
nouns of one gender with a Zipf frequency of at least ``ZIPF`` whose gender no rule gives.
French ``[fr.either]``: the nouns of that frequency whose gender the article before them
tells (Dicollecte's epicene nouns, commissaire; its masculine nouns, not adjectives too,
whose flag derives a feminine, with that feminine by fr.aff's rules: détenu, détenue).

    python -m bench.head_genders --fr-dic PATH/fr.dic
"""

from __future__ import annotations

import argparse
import collections
import csv
import os
import re

ZIPF = 2.5
SHARE = 0.96
GENDERS = {"m": "masculine", "f": "feminine", "n": "neuter"}
RULES = {
    "de": {
        "ung": "feminine", "heit": "feminine", "keit": "feminine", "schaft": "feminine",
        "tion": "feminine", "sion": "feminine", "tät": "feminine", "enz": "feminine",
        "ie": "feminine", "erin": "feminine", "erei": "feminine", "lein": "neuter", "ment": "neuter", "ismus": "masculine",
    },
    "fr": {
        "tion": "feminine", "sion": "feminine", "ité": "feminine", "ance": "feminine",
        "ence": "feminine", "ette": "feminine", "ie": "feminine", "isme": "masculine",
        "ment": "masculine", "age": "masculine", "eau": "masculine", "at": "masculine",
        "ier": "masculine", "oir": "masculine",
    },
}  # fmt: skip


def german() -> tuple[dict[str, str], set[str]]:
    """german-nouns' nouns of one gender (no name, no toponym), by lemma."""
    import german_nouns

    csv.field_size_limit(10**8)
    path = os.path.join(next(iter(german_nouns.__path__)), "nouns.csv")
    seen: dict[str, set[str]] = collections.defaultdict(set)
    with open(path, encoding="utf-8") as f:
        for row in csv.DictReader(f):
            lemma, pos = row["lemma"], row["pos"]
            if "Substantiv" not in pos or not lemma.isalpha() or not lemma[:1].isupper():
                continue
            keys = ("genus", "genus 1", "genus 2", "genus 3", "genus 4")
            got = {GENDERS.get(row[k], "?") for k in keys if row.get(k)}
            names = ("Toponym", "Vorname", "Nachname", "Eigenname")
            seen[lemma] |= {"?"} if not got or any(x in pos for x in names) else got
    return _split(seen)


def _split(seen: dict[str, set[str]]) -> tuple[dict[str, str], set[str]]:
    """(the words of one gender, with it; the words of two: See, Moment, manche)."""
    one = {w: next(iter(g)) for w, g in seen.items() if len(g) == 1 and "?" not in g}
    return one, {w for w, g in seen.items() if len(g - {"?"}) > 1}


def french(path: str) -> tuple[dict[str, str], set[str]]:
    """Dicollecte's nouns of one gender (not epicene, not also an adjective), by lemma."""
    seen: dict[str, set[str]] = collections.defaultdict(set)
    tags = {"mas": "masculine", "fem": "feminine"}
    flagged: set[str] = set()  # (words whose flag derives a feminine: marin/F*)
    with open(path, encoding="utf-8") as f:
        next(f)
        for line in f:
            word = line.split("/", 1)[0].split(" ", 1)[0].strip()
            if "/F" in line:
                flagged.add(word)
            if "po:nom" not in line or not word.isalpha() or not word.islower():
                continue
            said = set(re.findall(r"is:(\w+)", line))
            got = {tags[t] for t in said if t in tags}
            bad = "epi" in said or "po:adj" in line or len(got) != 1
            seen[word] |= {"?"} if bad else got
    for word in list(seen):  # (marine: also the feminine of marin/F, the adjective and
        for base in _masculines(word):  # noun, which the dictionary derives by its flag)
            if base in flagged:
                seen[word].add("?")
    return _split(seen)


def french_either(path: str) -> tuple[list[str], dict[str, str]]:
    """Dicollecte's nouns whose gender the article before them tells (Le Bon Usage, les noms
    à deux genres): the epicene ones (``is:epi``: le or la commissaire, journaliste), and the
    masculine nouns, no adjectives, whose flag ``F.`` derives a feminine (déporté, détenu,
    avocat), with that feminine singular, derived by fr.aff's ``SFX F.`` rules (déportée,
    avocate; not plan, also the adjective plan, plane, whose feminine is no noun's)."""
    rules = []
    with open(os.path.splitext(path)[0] + ".aff", encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if (
                parts[:2] == ["SFX", "F."]
                and len(parts) > 5
                and "is:fem" in parts
                and "is:sg" in parts
            ):
                strip, add, cond = parts[2], parts[3].split("/", 1)[0], parts[4]
                rules.append(("" if strip == "0" else strip, "" if add == "0" else add, cond))
    epicene: set[str] = set()
    feminine: dict[str, str] = {}
    with open(path, encoding="utf-8") as f:
        next(f)
        for line in f:
            word, _, flags = line.split(" ", 1)[0].strip().partition("/")
            if "po:nom" not in line or not word.isalpha() or not word.islower():
                continue
            said = set(re.findall(r"is:(\w+)", line))
            if "epi" in said:
                epicene.add(word)
            elif "po:adj" not in line and "F." in [
                flags[i : i + 2] for i in range(0, len(flags), 2)
            ]:
                for strip, add, cond in rules:
                    if re.search(f"{cond}$", word) and word.endswith(strip):
                        feminine[word] = word[: len(word) - len(strip)] + add
                        break
    return sorted(epicene), feminine


def _masculines(word: str) -> list[str]:
    """The masculine forms a French feminine ``word`` may be derived from (Le Bon Usage, the
    feminine of nouns and adjectives: -e, -ère, -enne, -onne, -euse, -rice, -ive)."""
    out = [word[:-1]] if word.endswith("e") else []
    pairs = (
        ("ère", "er"),
        ("enne", "en"),
        ("onne", "on"),
        ("euse", "eur"),
        ("rice", "eur"),
        ("ive", "if"),
    )
    return out + [word[: -len(f)] + m for f, m in pairs if word.endswith(f)]


def _ends(word: str, end: str) -> bool:
    return word.lower().endswith(end) and len(word) > len(end) + 1


def rules(lex: dict[str, str], lang: str, both: set[str]) -> list[dict[str, object]]:
    """The suffix rules kept, each with its exceptions (``both``: nouns of either gender)."""
    out = []
    for end, gender in RULES[lang].items():
        words = [w for w in lex if _ends(w, end)]
        bad = sorted(
            {w.lower() for w in words if lex[w] != gender}
            | {w.lower() for w in both if _ends(w, end)}
        )
        if not words or 1 - len(bad) / len(words) < SHARE:
            print(f"{lang} -{end}: {len(words)} nouns, {len(bad)} not {gender}: left out")
            continue
        unless = sorted({b for b in bad if not any(b != o and b.endswith(o) for o in bad)})
        print(f"{lang} -{end}: {len(words)} nouns, {len(bad)} not {gender}, unless {len(unless)}")
        out.append({"end": end, "gender": gender, "unless": unless})
    return out


def ruled(word: str, table: list[dict[str, object]]) -> str | None:
    """The gender of the first rule whose end ``word`` has (``None`` for one of its unless)."""
    low = word.lower()
    for rule in table:
        end = str(rule["end"])
        if _ends(low, end):
            unless = rule["unless"]
            assert isinstance(unless, list)
            return None if low.endswith(tuple(unless)) else str(rule["gender"])
    return None


def inferred(
    word: str, nouns: dict[str, str], table: list[dict[str, object]], least: int, lang: str
) -> str | None:
    """What translit.glossary.forms.inferred_gender reads (a rule, else the longest end of a
    German compound the table holds: ``least`` letters, or three after an s, Kriegs-rat), for
    the pruning: a noun whose gender that
    already gives right is left out of the table."""
    ruled_gender = ruled(word, table)
    if ruled_gender is not None:
        return ruled_gender
    for i in range(len(word) - 2) if lang == "de" else range(1):
        if i and len(word) - i < least and not (len(word) - i >= 3 and word[i - 1] == "s"):
            continue
        key = word[i:] if i == 0 else word[i].upper() + word[i + 1 :]
        if key in nouns:
            return None if nouns[key] == "either" else nouns[key]
    return None


#: what the stem of a noun declined as an adjective ends with: a participle (gefangen,
#: reisend, angestellt, delegiert, beschuldigt) or an adjective's suffix (heilig, jugendlich,
#: einheimisch, arbeitslos, kriminell, asozial); not Lehrer and Lehre, Dichter and Dichte
ADJECTIVAL = re.compile(r"(en|end|^\w{0,5}?ge\w+t|iert|igt|ig|lich|isch|los|[uin]ell|al)$")


def adjectival(lex: dict[str, str], least: int) -> list[str]:
    """The stems of the lexicon's nouns declined as adjectives (participles and adjectives
    used as nouns: the German Wiktionary lists Gefangener as masculine and Gefangene as
    feminine, each its own lemma) whose stem is a participle's or an adjective's (``ADJECTIVAL``),
    frequent ones (the feminine's Zipf at least ``ZIPF``), a
    compound left out where the end of its stem is one already (Kriegsgefangen: gefangen)."""
    from wordfreq import zipf_frequency

    stems = sorted(
        (w[:-2] for w, g in lex.items() if w.endswith("er") and g == "masculine"
         and lex.get(w[:-1]) == "feminine" and zipf_frequency(w[:-1], "de") >= ZIPF
         and len(w) >= 8 and ADJECTIVAL.search(w[:-2].lower())),
        key=lambda w: (len(w), w),
    )  # fmt: skip
    kept: list[str] = []
    for stem in stems:
        ends = {stem[i:].capitalize() for i in range(1, len(stem) - least + 1)}
        if not ends & set(kept):
            kept.append(stem)
    return sorted(kept)


def main() -> None:
    from wordfreq import zipf_frequency

    ap = argparse.ArgumentParser()
    ap.add_argument("--fr-dic", default="/usr/share/hunspell/fr.dic")
    ap.add_argument("--out", default="translit/data/genders.toml")
    args = ap.parse_args()
    out = [
        "# The gender of a German or French term's head noun where the glossary states none",
        "# (glossary apply fits the article and declines the term by it: forms.inferred_gender).",
        "# Written by `python -m bench.head_genders` (see its docstring): do not edit by hand.",
        "# Sources: `nouns`, German: german-nouns 1.2.5 (the German Wiktionary, CC BY-SA 4.0);",
        "# French: the Dicollecte dictionary, Debian hunspell-fr-classical 1:7.0-1 (MPL-2.0):",
        f"# nouns of one gender with a wordfreq 3.1.1 Zipf frequency of at least {ZIPF} whose",
        "# gender no rule gives (facts: a noun's gender). `rules`: the suffixes Duden, Die",
        "# Grammatik (9th ed., 2016, Genus of derived nouns) and Le Bon Usage (16th ed., le genre",
        "# des noms) give one gender, kept where at least 96 % of that lexicon's nouns so ending",
        "# have it; `unless`: the lexicon's nouns so ending of another gender (or either), read as",
        "# ends (their compounds too). A German head is the compound's last part (the longest end",
        "# the table holds, `least` letters at least), a French one the term's first noun.",
        "# `adjectival`: the stems of German nouns declined as adjectives (der Gefangene, ein",
        "# Gefangener: the masculine in -er and the feminine in -e both German Wiktionary lemmas).",
    ]
    for lang, (lex, either) in (("de", german()), ("fr", french(args.fr_dic))):
        table = rules(lex, lang, either)
        least = 5 if lang == "de" else 2
        nouns: dict[str, str] = {}
        frequent = [w for w in (*lex, *either) if zipf_frequency(w, lang) >= ZIPF]
        for w in sorted(frequent, key=lambda w: (len(w), w)):  # (a compound after its head)
            g = lex.get(w, "either")
            if inferred(w, nouns, table, least, lang) != (None if g == "either" else g):
                nouns[w] = g
        by: dict[str, list[str]] = collections.defaultdict(list)
        for w, g in sorted(nouns.items()):
            by[g].append(w)
        out += ["", f"[{lang}]", f"least = {least}"]
        if lang == "de":  # (nouns declined as adjectives: der Gefangene, ein Gefangener)
            out.append(f"adjectival = {_list(adjectival(lex, least))}")
        out.append("rules = [")
        for r in table:
            out.append(
                f'    {{ end = "{r["end"]}", gender = "{r["gender"]}", unless = {_list(r["unless"])} }},'
            )
        out.append("]")
        out.append(f"[{lang}.nouns]")
        for g in sorted(by):
            out.append(f"{g} = {_list(by[g])}")
        print(lang, {g: len(v) for g, v in by.items()})
        if lang == "fr":  # (nouns of either gender, which the article before them tells)
            epicene, feminine = french_either(args.fr_dic)
            out.append(f"[{lang}.either]")
            out.append(
                f"epicene = {_list([w for w in epicene if zipf_frequency(w, lang) >= ZIPF])}"
            )
            pairs = [(m, f) for m, f in sorted(feminine.items()) if zipf_frequency(m, lang) >= ZIPF]
            out.append(f"[{lang}.either.feminine]")
            out += [f'"{m}" = "{f}"' for m, f in pairs]
            print(lang, "epicene", len(epicene), "feminine", len(pairs))
    with open(args.out, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


def _list(words: object) -> str:
    assert isinstance(words, list)
    return "[" + ", ".join(f'"{w}"' for w in words) + "]"


if __name__ == "__main__":
    main()
