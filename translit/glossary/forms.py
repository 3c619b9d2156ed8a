"""The forms a glossary term takes in running text, derived before any text is read.

Russian and Ukrainian terms: their case and number forms (:func:`translit.morphology.forms`).
German, French and English terms: the endings of ``data/inflection.toml`` (:func:`suffixed`:
des Großen Terrors; :func:`pluralized`: les goulags; Belarusian :func:`declined`: Чырвонай
арміі; Kazakh and Kyrgyz :func:`agglutinated`: Кыргызстанда), and back again (:func:`unsuffixed`, what
a look-up reads the glossary for). :func:`term_forms` and :func:`plural_forms` are what glossary
apply's matcher and lookup's index hold for a term; :func:`plural_of` and :func:`recased` tell
replace whether a target term may be written in place of such a form.
"""

from __future__ import annotations

import functools
import itertools
import math
import re
from collections.abc import Collection, Mapping, Sequence
from typing import Any

from .._datafiles import load_toml
from ..cldr import places
from ..morphology import declension_table, declined
from ..names.forms import established_rows
from ..script import CYRILLIC_VOWELS, WORD_APOSTROPHES, drop_marks
from .folding import fold
from .model import (
    Concept,
    Term,
    is_cyrillic,
    is_name,
    is_proper_noun,
    norm_gender,
    norm_number,
    primary,
    romanizes_to,
)

__all__ = [
    "acronym_forms",
    "acronym_joined",
    "adjectival_noun",
    "adjective_ending",
    "adjective_run",
    "agglutinated",
    "articled",
    "case_form",
    "coordinators",
    "declined",
    "declines",
    "derived_forms",
    "determined_number",
    "form_case",
    "governed_alike",
    "governed_cases",
    "in_case",
    "inferred_gender",
    "inflects_by_dictionary",
    "inflects_by_endings",
    "may_be_plural",
    "named_in_singular",
    "number_after",
    "place_adjective",
    "plural_forms",
    "plural_of",
    "pluralized",
    "preposition_cases",
    "reads_adjectives",
    "recased",
    "s_plural_forms",
    "said_acronym",
    "stable_start",
    "suffixed",
    "term_forms",
    "undetermined_reading",
    "unsuffixed",
    "without_possessive",
    "without_preposition",
    "word_starts",
    "written_number",
]


def unsuffixed(text: str, lang: str) -> set[str]:
    """The texts of which ``text`` may be one of :func:`suffixed`'s or :func:`pluralized`'s
    forms, itself included (the endings of ``lang`` taken off or swapped again; a folded text
    in, folded texts out): what a look-up reads the glossary's terms for before it derives any
    form. A superset: the look-up keeps a term only when ``text`` is one of its forms.

    >>> {"rote armee", "rotem armee", "roter armee"} < unsuffixed("roten armee", "de")
    True
    >>> "holocaust" in unsuffixed("holocausts", "de"), "goulag" in unsuffixed("goulags", "fr")
    (True, True)
    >>> "bündnis" in unsuffixed("bündnisses", "de"), "prozess" in unsuffixed("prozesses", "de")
    (True, True)
    """
    rules = _inflection(lang)
    words = text.split(" ")
    if rules is None or not words[0]:
        return {text}
    # (a folded text: Solowezki-Lager's hyphen is a space there, so more words than the term)
    n = _core(words, rules.get("fixed_after", ()), folded=True)
    if n > 2 * _SUFFIXED_WORDS:
        return {text}
    ends = (*rules.get("genitive", ()), *rules.get("genitive_after_consonant", ()))
    s_ends = rules.get("genitive_after_s_sound", ())  # (Bündnisses: the s doubled after -nis)
    ends += tuple(d[-1] + e for d in rules.get("genitive_doubled_after", ()) for e in s_ends)
    adjectives = _adjective_endings(lang)
    plural = rules.get("plural", {})
    options = []
    for i, w in enumerate(words[:n]):
        got = {w, *(w[: -len(e)] for e in ends if w.endswith(e) and len(w) > len(e))}
        got.update(_singulars(w, plural))
        if (dative := plural.get("dative")) and w.endswith(dative):  # (Fünfjahrplänen)
            got.update(_singulars(w[: -len(dative)], plural))
        # (a weak noun's -en, -n: its head noun may be any word of the core)
        got.update(w[: -len(e)] for e in _weak_adds(lang) if w.endswith(e) and len(w) > len(e))
        if i < n - 1:  # (the last word of the core is a noun)
            for a in adjectives:
                if w.endswith(a):
                    got.update(w[: -len(a)] + b for b in adjectives)
                    break
        options.append(sorted(got))
    if math.prod(map(len, options)) > _UNSUFFIXED_MOST:
        return {text}
    rest = words[n:]
    if _complement_adjective(rest, plural):  # (armées de libération russes: russe)
        last = {rest[-1], *_singulars(rest[-1], plural)}
        return {
            " ".join((*pick, *rest[:-1], w)) for pick in itertools.product(*options) for w in last
        }
    epithets = [rest, *_epithet_nominatives(rest, lang)]  # (alexanders des großen)
    return {" ".join((*pick, *e)) for pick in itertools.product(*options) for e in epithets}


def _epithet_nominatives(rest: list[str], lang: str) -> list[list[str]]:
    """The nominatives (``[<lang>.epithet]``) an epithet ``rest`` (folded: its article, its
    adjectives and last its adjective or noun) may be a case form of: "des großen" → "der
    große", "das große"; "des eroberers" → "der eroberer"; "dem bären" → "der bär".

    >>> _epithet_nominatives(["dem", "großen"], "de")
    [['der', 'große'], ['das', 'große']]
    >>> ["der", "eroberer"] in _epithet_nominatives(["des", "eroberers"], "de")
    True
    """
    rules = _inflection(lang) or {}
    table = rules.get("epithet")
    if not table or len(rest) < 2:
        return []
    ends = (*rules.get("genitive", ()), *rules.get("genitive_after_consonant", ()))
    nouns = (*ends, *_weak_adds(lang))
    out = []
    for gender, articles in table["articles"].items():
        endings = rules["adjective"][gender][table["row"]]
        for article, end in zip(articles[1:], endings[1:], strict=True):
            if article != rest[0]:
                continue
            options = []
            for i, w in enumerate(rest[1:], 2):
                got = (
                    [w[: len(w) - len(end)] + endings[0]]
                    if w.endswith(end) and len(w) > len(end)
                    else []
                )
                if i == len(rest):  # (the last word: a noun too, des Eroberers, dem Bären)
                    bare = (w[: -len(e)] for e in nouns if w.endswith(e) and len(w) > len(e))
                    got += [x for x in (w, *bare) if _epithet_noun(x, gender, lang)]
                options.append(got)
            for pick in itertools.product(*options):
                if [articles[0], *pick] not in out:
                    out.append([articles[0], *pick])
    return out


#: the most texts :func:`unsuffixed` gives (four words of eight forms each, a query of a term
#: of four words whose forms all may change; more: only the text itself)
_UNSUFFIXED_MOST = 8**4


def _singulars(word: str, plural: Mapping[str, Any]) -> set[str]:
    """The words whose plural (``plural``: an ``inflection.toml`` ``[<lang>.plural]``) a folded
    ``word`` may be, by its end alone."""
    out = set()
    for rule in plural.get("rules", ()):
        if rule.get("none"):
            continue
        end = rule["end"]
        for made in (rule, *rule.get("also", ())):
            add, cut = made["add"], made.get("cut", 0)
            if word.endswith(end[: len(end) - cut] + add):
                singular = word[: len(word) - len(add)] + end[len(end) - cut :]
                if singular in rule.get("only", (singular,)):
                    out.add(singular)
    default = plural.get("default")
    if default and word.endswith(default):
        out.add(word[: -len(default)])
    return out


@functools.cache
def _weak_ends(lang: str) -> tuple[dict[str, list[tuple[str | None, int, bool]]], list[int]]:
    """The word ends of ``[<lang>.weak]``, each with its (the ending a weak noun of that end
    takes, or ``None`` for one of ``unless`` and ``unless_alone``; how it is matched: 1 an
    end of a longer word, 0 an end or the whole word, -1 the whole word only; whether only a
    noun the glossary gives the masculine gender is so: ``masculine_ends``), ``unless``
    first; and their lengths, longest first (the longest end a word has decides)."""
    table = (_inflection(lang) or {}).get("weak")
    if not table:
        return {}, []
    got: list[tuple[str, str | None, int, bool]] = [
        (e, table["add"], 1, False) for e in table["ends"]
    ]
    got += [(w, add, 0, False) for w, add in table.get("words", {}).items()]
    got += [(e, add, 1, True) for e, add in table.get("masculine_ends", {}).items()]
    got += [(e, "n", 0, False) for e in table.get("mixed", ())]
    got += [(e, None, 0, False) for e in table.get("unless", ())]
    got += [(e, None, -1, False) for e in table.get("unless_alone", ())]
    by_end: dict[str, list[tuple[str | None, int, bool]]] = {}
    for end, add, how, masculine in sorted(got, key=lambda x: x[1] is not None):
        by_end.setdefault(end, []).append((add, how, masculine))
    return by_end, sorted({len(e) for e in by_end}, reverse=True)


@functools.cache
def _weak_adds(lang: str) -> tuple[str, ...]:
    """The endings ``[<lang>.weak]`` gives its nouns (-en, -n)."""
    adds = {x[0] for got in _weak_ends(lang)[0].values() for x in got if x[0]}
    if _mixed(lang):  # (des Namens: the -ns of a mixed noun)
        adds.add("n" + _MIXED_GENITIVE)
    return tuple(sorted(adds, key=len, reverse=True))


#: what a mixed noun's genitive adds to its -n (des Namens)
_MIXED_GENITIVE = "s"


@functools.cache
def _mixed(lang: str) -> tuple[str, ...]:
    """``[<lang>.weak]``'s ``mixed``: the ends of the nouns of the mixed declension."""
    return tuple((_inflection(lang) or {}).get("weak", {}).get("mixed", ()))


def _weak_genitives(word: str, lang: str, ending: str) -> list[str]:
    """The genitive endings of ``word``, a weak noun taking ``ending``: ``ending``, and for a
    noun of the mixed declension (Name, Gedanke) also ``ending`` + s (des Namens).

    >>> _weak_genitives("Vorname", "de", "n"), _weak_genitives("Russe", "de", "n")
    (['n', 'ns'], ['n'])
    """
    if ending == "n" and word.lower().endswith(_mixed(lang)):
        return [ending, ending + _MIXED_GENITIVE]
    return [ending]


def _weak(word: str, lang: str, gender: str | None) -> str | None:
    """The ending ``word``, a noun of ``gender`` (``None``: not given), takes in every case but
    the nominative singular and in the plural if ``[<lang>.weak]`` makes it a weak masculine
    noun (Kommunist: -en; Bauer, Russe: -n; Name, a mixed noun, whose genitive adds an s:
    :func:`_weak_genitives`), else ``None`` (Restaurant, Staat; a feminine term; Käse; a noun
    in -e the glossary gives no gender, Kunde, Erbe).

    >>> _weak("Russe", "de", None), _weak("Erbe", "de", None), _weak("Erbe", "de", "masculine")
    ('n', None, 'n')
    >>> _weak("Biologe", "de", None), _weak("Käse", "de", "masculine"), _weak("Armee", "de", None)
    ('n', None, None)
    """
    if gender not in (None, "masculine") or not word.isalpha():
        return None
    if any(c.isupper() for c in word[1:]):  # (an abbreviation)
        return None
    low = word.lower()
    by_end, lengths = _weak_ends(lang)
    for n in lengths:  # (one look-up a length, longest first)
        for add, how, masculine in by_end.get(low[-n:], ()) if n <= len(low) else ():
            if (how == 0 or (len(low) > n) == (how > 0)) and not (masculine and gender is None):
                return add
    return None


def undetermined_reading(lang: str) -> str:
    """How glossary apply reads a form of either number of ``lang`` that no word before it
    tells the number of (``[<lang>.number]``'s ``undetermined``): ``"singular"`` (French
    héros) or ``"either"`` (German Kommunisten, a singular's case form or a plural).

    >>> undetermined_reading("fr"), undetermined_reading("de")
    ('singular', 'either')
    """
    table = (_inflection(lang) or {}).get("number") or {}
    return str(table.get("undetermined", "singular"))


def term_forms(concept: Concept, term: Term) -> tuple[str, ...]:
    """The term and its case/number forms (Russian and Ukrainian terms; German, French and
    English: the endings of :func:`suffixed` and :func:`plural_forms`; Belarusian:
    :func:`declined`; Kazakh and Kyrgyz: :func:`agglutinated`; Bulgarian and Macedonian:
    :func:`articled`; others: the term).

    A concept whose subject is ``person`` or ``place`` (or a ``properNoun`` term) reads
    ambiguous words as names (Орёл the town: Орла).

    >>> term_forms(Concept("x"), Term("Зимний дворец", "ru-RU"))[3]
    'Зимним дворцом'
    >>> term_forms(Concept("x"), Term("Säuberung", "de", gender="feminine"))
    ('Säuberung', 'Säuberungen')
    >>> term_forms(Concept("x"), Term("Kommunist", "de", gender="masculine"))
    ('Kommunist', 'Kommunisten')
    """
    return derived_forms(concept, term)[0]


def plural_forms(concept: Concept, term: Term) -> tuple[str, ...]:
    """The plural forms :func:`pluralized` gives ``term`` (a subset of :func:`term_forms`) but
    those spelled as a singular form (French voix, whose plural is itself), or
    for a Russian or Ukrainian term the plural forms of its :func:`term_forms` that are of no
    other number (:func:`translit.morphology.numbers`: концентрационные лагеря, not лагеря,
    also a genitive singular): none for an acronym or a name (:func:`~.model.is_name`: les
    Gorbatchev, Власовы).

    >>> plural_forms(Concept("g"), Term("goulag", "fr")), plural_forms(Concept("g",
    ...     subject="person"), Term("Gorbatchev", "fr"))
    (('goulags',), ())
    """
    return derived_forms(concept, term)[1]


def _hint(concept: Concept, term: Term) -> str | None:
    """The readings :mod:`translit.morphology` prefers for ``term``'s ambiguous words:
    ``"place"``, ``"person"`` (Орёл the town: Орла) or none."""
    subject = (concept.subject or "").lower()
    if subject == "place":
        return "place"
    return "person" if subject == "person" or is_proper_noun(term.pos) else None


def derived_forms(
    concept: Concept, term: Term
) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """(:func:`term_forms`, :func:`plural_forms`, the forms of either number: Russian and
    Ukrainian лагеря, a genitive singular and a nominative plural; French voix, whose plural
    is its singular) of ``term``, derived once (the matcher files the plurals and the forms
    of either number apart from the others).

    >>> derived_forms(Concept("g"), Term("goulag", "fr"))
    (('goulag', 'goulags'), ('goulags',), ())
    >>> derived_forms(Concept("v"), Term("voix", "fr"))
    (('voix',), (), ('voix',))
    """
    from ..morphology import coordinated, forms, numbers

    lang = primary(term.lang)
    if inflects_by_dictionary(term):
        every = forms(term.text, lang, hint=_hint(concept, term))
        every += coordinated(term.text, lang, hint=_hint(concept, term))
        every += acronym_forms(term.text, lang, every)
        if is_proper_noun(term.pos):  # (a proper noun's cases, none of its plural: Совнарком,
            plural, _ = numbers(term.text, lang, hint=_hint(concept, term))  # Совнаркома)
            return tuple(f for f in every if f not in plural), (), ()
        if is_name(concept, term) or term.is_acronym:
            return every, (), ()
        return (every, *numbers(term.text, lang, hint=_hint(concept, term)))
    if declension_table(lang) is not None and is_cyrillic(term.text) and not term.is_acronym:
        every, plural, either = declined(term.text, lang, term.gender)
        if is_name(concept, term):  # (no plural of a name: Мінск, not Мінскі)
            return tuple(f for f in every if f not in plural), (), ()
        return every, plural, either
    if _suffixes(lang) is not None and is_cyrillic(term.text) and not term.is_acronym:
        every, plural = agglutinated(term.text, lang)
        if is_name(concept, term):  # (Кыргызстандарда: no plural of a name)
            return tuple(f for f in every if f not in plural), (), ()
        return every, plural, ()
    if term.is_acronym and (said := said_acronym(term.text, lang)):  # (Kyrgyz БУУнун)
        return _acronym_suffixed(term.text, lang, said), (), ()
    if _article(lang) is not None and is_cyrillic(term.text) and not term.is_acronym:
        if (concept.subject or "").lower() == "person":  # (Петър Стоянов: no article)
            return (term.text,), (), ()
        return articled(term.text, lang), (), ()
    if _inflection(lang) is None or term.is_acronym:  # (Belarusian ВАК: ВАКу, its own table)
        return (term.text, *acronym_forms(term.text, lang, (term.text,))), (), ()
    person = (concept.subject or "").lower() == "person"
    named = is_name(concept, term)  # (Taschkent, Rabat: no weak nouns)
    # (a name of several words spelled as another language spells it, Port Louis, Le Havre:
    # a foreign name, no German noun phrase; declined as a person's name is, at its end: Port
    # Louis’; one word, Saarland, Obersalzberg, as before: des Saarlandes)
    abroad = not person and named and " " in term.text and _spelled_abroad(concept, term)
    got = suffixed(
        term.text,
        lang,
        term.gender,
        name=person or abroad,
        weak=not named,
        place=abroad,
        named=named,
    )
    if named:
        return got, (), ()
    more = pluralized(term.text, lang, term.gender)
    plain = pluralized(term.text, lang, term.gender, lexical=False) if more else more
    if plain != more and _transliterated(concept, term):  # (Gosplan, Госплан: no Gospläne)
        more = plain
    if not more:
        return got, (), ()
    # (a plural spelled as a singular form, French héros: of either number; but a German
    # plural spelled as the genitive, Komitees, is an -s form the words before it tell the
    # number of, s_plural_forms, as die Gulags)
    plural = tuple(f for f in more if f not in got)
    either = tuple(f for f in more if f in got)
    if either and (s_forms := s_plural_forms(concept, term)):
        either = tuple(f for f in either if f not in s_forms)
    return got + plural, plural, either


def _spelled_abroad(concept: Concept, term: Term) -> bool:
    """Whether ``concept`` has a term of another language spelled as ``term`` (case, hyphens
    and spaces aside: folded): a name ``term``'s language took as it is written elsewhere
    (German Port Louis, English Port Louis, French Port-Louis; not Gebiet Abai).

    >>> c = Concept("p", terms=[Term("Port Louis", "en"), Term("Port Louis", "de")])
    >>> _spelled_abroad(c, c.terms[1]), _spelled_abroad(Concept("g"), Term("Gebiet Abai", "de"))
    (True, False)
    """
    lang, key = primary(term.lang), fold(term.text)
    return any(primary(t.lang) != lang and fold(t.text) == key for t in concept.terms)


def _transliterated(concept: Concept, term: Term) -> bool:
    """Whether ``term`` is one of ``concept``'s Cyrillic terms romanised (by any scheme, case
    aside): a name borrowed as it is spelled (German Gosplan, Russian Госплан's syllables),
    no compound of the language's own nouns, whose plurals it does not take."""
    text = term.text.casefold()  # (a scheme at a time: :func:`~.model.romanizes_to`)
    return any(romanizes_to(t, text) for t in concept.terms if is_cyrillic(t.text))


def s_plural_forms(concept: Concept, term: Term) -> frozenset[str]:
    """The forms of ``term`` (:func:`suffixed`) whose head noun took a genitive ending (German
    des Gulags, des Roten Sterns), where the term is no name and its language has a
    ``[<lang>.number]`` table: some nouns write their plural so (die Gulags, die Restaurants),
    which no rule of ``[<lang>.plural]`` tells, and after a word that says the plural (die, der,
    alle: a genitive singular takes des) such a form is that plural, never the singular.

    >>> sorted(s_plural_forms(Concept("g"), Term("Gulag", "de")))
    ['Gulages', 'Gulags']
    >>> s_plural_forms(Concept("k"), Term("Kommunist", "de")), s_plural_forms(Concept("v"), Term("voix", "fr"))
    (frozenset(), frozenset())
    """
    lang = primary(term.lang)
    rules = _inflection(lang)
    if (
        rules is None
        or _numbers(lang) is None
        or inflects_by_dictionary(term)
        or term.is_acronym
        or is_name(concept, term)
    ):
        return frozenset()
    words = term.text.split(" ")
    n = _core(words, rules.get("fixed_after", ()))
    if not words[0] or n > _SUFFIXED_WORDS:
        return frozenset()
    k, _ = _adjectives(words[:n], lang)
    at = k if k else n - 1
    head = words[at]
    heads = {head + e for e in _genitives(head, rules, _gender(term.gender, head, rules))}
    # (each form has the term's words: the head noun is at the same place)
    return frozenset(f for f in suffixed(term.text, lang, term.gender) if f.split(" ")[at] in heads)


@functools.cache
def _acronym_table(lang: str) -> dict[str, Any] | None:
    return load_toml("inflection.toml").get("acronym", {}).get(lang)


def _read_as_word(word: str) -> bool:
    """Whether ``word`` is an acronym read by its sounds that ends in a consonant: Cyrillic
    capitals, a vowel letter among them, the last one none (КОНР, ОУН; not НКВД, РОА)."""
    low = word.lower()
    return (
        len(word) > 1
        and word.isupper()
        and word.isalpha()
        and is_cyrillic(word)
        and any(c in CYRILLIC_VOWELS for c in low)
        and low[-1] not in CYRILLIC_VOWELS
        and low[-1] not in "ьъй"
    )


def acronym_forms(text: str, lang: str, known: Collection[str] = ()) -> tuple[str, ...]:
    """The forms of ``text`` whose acronym read as a word (:func:`_read_as_word`) takes the
    endings of ``data/inflection.toml``'s ``[acronym.<lang>]`` (where the dictionary declines
    it, as ``known`` shows, none: ГУЛАГи, not ГУЛАГы), but the forms ``known`` holds; ``()``
    for a language without that table.

    >>> acronym_forms("ВС КОНР", "ru")[:4]
    ('ВС КОНРа', 'ВС КОНРу', 'ВС КОНРом', 'ВС КОНРе')
    >>> acronym_forms("ГУЛАГ", "ru", ("ГУЛАГ", "ГУЛАГи"))
    ()
    >>> acronym_forms("НКВД", "ru"), acronym_forms("РОА", "ru"), acronym_forms("КОНР", "de")
    ((), (), ())
    """
    table = _acronym_table(lang)
    if table is None:
        return ()
    words = text.split(" ")
    if not any(map(_read_as_word, words)):  # (most terms: nothing split)
        return ()
    split = [f.split(" ") for f in known]
    out: dict[str, None] = {}
    for i, word in enumerate(words):
        if not _read_as_word(word):
            continue
        if any(len(f) == len(words) and f[i] != word and f[i].startswith(word) for f in split):
            continue  # (the dictionary declines it: ГУЛАГи)
        last = word[-1].lower()
        swap: dict[str, str] = next(
            (r["endings"] for r in table.get("instead", ()) if last in r["after"]), {}
        )
        for end in (swap.get(e, e) for e in table["endings"]):
            out[" ".join((*words[:i], word + end, *words[i + 1 :]))] = None
    return tuple(f for f in out if f not in known)


def acronym_joined(text: str) -> str | None:
    """``text`` with the hyphen dropped between an acronym read as a word and an ending of a
    language's ``[acronym.<lang>]`` that reads the hyphenated spelling (КОНР-а → КОНРа), or
    ``None`` where it holds none: what a look-up of such a spelling looks up.

    >>> acronym_joined("ВС КОНР-а"), acronym_joined("Шнайдер-а"), acronym_joined("НКВД-а")
    ('ВС КОНРа', None, None)
    """
    tables = [
        t for t in load_toml("inflection.toml").get("acronym", {}).values() if t.get("hyphen")
    ]
    ends = {
        e
        for t in tables
        for e in (*t["endings"], *(v for r in t.get("instead", ()) for v in r["endings"].values()))
    }
    words = text.split(" ")
    for i, word in enumerate(words):
        head, hyphen, end = word.partition("-")
        if hyphen and end in ends and _read_as_word(head):
            words[i] = head + end
    joined = " ".join(words)
    return joined if joined != text else None


def inflects_by_dictionary(term: Term) -> bool:
    """Whether ``term`` takes its forms from a dictionary (:mod:`translit.morphology`): a
    Russian or Ukrainian term in Cyrillic.

    >>> inflects_by_dictionary(Term("табір", "uk")), inflects_by_dictionary(Term("Stavka", "ru-Latn"))
    (True, False)
    """
    return primary(term.lang) in _dictionary_languages() and is_cyrillic(term.text)


@functools.cache
def _dictionary_languages() -> frozenset[str]:
    from ..morphology import LANGUAGES

    return frozenset(LANGUAGES)


def case_form(
    concept: Concept,
    source: Term,
    target: Term,
    form: str,
    cases: Collection[str] = (),
) -> tuple[str | None, str]:
    """(``target`` in the case and number of ``form``, one of the folded forms of ``source``,
    or ``None``; why not) for glossary apply's replace, both terms Russian or Ukrainian
    (:func:`inflects_by_dictionary`): the readings of ``form`` are read from the term's words
    together (:func:`translit.morphology.readings`), and the target is written in them
    (:func:`translit.morphology.inflect`) where every reading gives it the same form and the
    dictionary is sure of it. ``cases`` (:func:`governed_cases`, those of a preposition before
    the form) keep only the readings in one of them, where any is.

    >>> c = Concept("c")
    >>> camp, kz = Term("концлагерь", "ru"), Term("концентрационный лагерь", "ru")
    >>> case_form(c, camp, kz, "концлагерей"), case_form(c, camp, kz, "концлагерем")[0]
    (('концентрационных лагерей', ''), 'концентрационным лагерем')
    >>> case_form(c, camp, kz, "концлагеря")[0] is None  # (genitive singular, or plural)
    True
    """
    from ..morphology import CASE_NAMES, inflections, readings

    slots: set[tuple[str, str]] = set()
    for made, got in readings(
        source.text, primary(source.lang), hint=_hint(concept, source)
    ).items():
        if fold(made).strip(" ") == form:
            slots |= got
    narrowed = {slot for slot in slots if slot[0] in cases}
    slots = narrowed or slots
    lang, hint = primary(target.lang), _hint(concept, target)
    # (the target's forms that fit every reading: one of its two accusatives, Ukrainian
    # більшовиків or більшовики, is its one genitive)
    each = [inflections(target.text, lang, case, number, hint=hint) for case, number in slots]
    fit = frozenset.intersection(*each) if each else frozenset()
    order = list(CASE_NAMES)
    names = [
        f"{CASE_NAMES.get(case, case)} {'plural' if number == 'plur' else 'singular'}"
        for case, number in sorted(slots, key=lambda x: (x[1] == "plur", order.index(x[0])))
    ]
    named = " or ".join(", ".join(names).rsplit(", ", 1))
    if not slots:
        return None, "whose case the dictionary does not tell"
    if len(fit) == 1:
        return next(iter(fit)), ""
    if len(slots) > 1 and all(each) and not fit:
        return None, f"which may be its {named}, where «{target.text}» has several forms"
    alike = " or ".join(f"«{f}»" for f in sorted(fit)) if 1 < len(fit) <= 3 else ""
    return None, (
        f"(its {named}), where the dictionary gives «{target.text}» no one sure form"
        + (f" ({alike})" if alike else "")
    )


def form_case(concept: Concept, source: Term, form: str) -> tuple[str, str]:
    """(the one case of ``form``, one of the folded forms of ``source``, Russian or
    Ukrainian, named as :data:`translit.morphology.CASE_NAMES` names it, "genitive"; the one
    number its readings have, "singular" or "plural", else ``""``) where every reading of it
    (:func:`translit.morphology.readings`, the term's words together) is in that case and it
    is no nominative (the form a glossary writes and a text pastes in any case); ``("", "")``
    else (Красной армии: a genitive, dative or locative). Glossary apply reads a German
    article before such a form in it: der Народного комиссариата, a genitive singular.

    >>> army = Term("Красная армия", "ru")
    >>> form_case(Concept("c"), army, "красную армию"), form_case(Concept("c"), army, "красной армии")
    (('accusative', 'singular'), ('', ''))
    >>> form_case(Concept("c"), army, "красная армия")
    ('', '')
    """
    from ..morphology import CASE_NAMES

    slots = _form_slots(concept, source, form)
    cases = {case for case, _ in slots}
    if len(cases) != 1 or cases == {"nomn"}:
        return "", ""
    numbers = {number for _, number in slots}
    number = (
        {"sing": "singular", "plur": "plural"}.get(numbers.pop(), "") if len(numbers) == 1 else ""
    )
    return CASE_NAMES.get(cases.pop(), ""), number


def governed_number(
    concept: Concept, source: Term, form: str, cases: Collection[str]
) -> str | None:
    """``"singular"`` or ``"plural"``: the one number the readings of ``form`` (one of the
    folded forms of ``source``, Russian or Ukrainian) have in ``cases`` (those of a
    preposition before it, :func:`preposition_cases`), else ``None`` (both, or no reading in
    them): лагеря, a genitive singular or a nominative plural, is singular after без.

    >>> c, line = Concept("c"), Term("линия фронта", "ru")
    >>> [governed_number(c, line, "линии фронта", cases) for cases in (
    ...     {"datv"}, {"gent"}, {"accs", "loct"}, {"ablt"})]
    ['singular', 'singular', None, None]
    """
    numbers = {number for case, number in _form_slots(concept, source, form) if case in cases}
    return {"sing": "singular", "plur": "plural"}.get(numbers.pop()) if len(numbers) == 1 else None


def _form_slots(concept: Concept, source: Term, form: str) -> set[tuple[str, str]]:
    """The (case, number) readings of ``form``, one of the folded forms of ``source``
    (:func:`translit.morphology.readings`, OpenCorpora's tags: ``("gent", "sing")``)."""
    from ..morphology import readings

    found = readings(source.text, primary(source.lang), hint=_hint(concept, source))
    return {slot for made, got in found.items() if fold(made).strip(" ") == form for slot in got}


def governed_cases(word: str, lang: str) -> frozenset[str]:
    """The cases (OpenCorpora's tags) the preposition ``word`` of ``lang`` (a primary tag,
    Russian or Ukrainian) takes, by ``data/inflection.toml``'s ``[governs.<lang>]``; none for
    a word that is not one of its prepositions.

    >>> sorted(governed_cases("В", "ru")), sorted(governed_cases("без", "uk"))
    (['accs', 'loc2', 'loct'], ['gent'])
    >>> governed_cases("армии", "ru")
    frozenset()
    """
    return _governs(lang).get(word.lower(), frozenset())


def without_preposition(text: str) -> str | None:
    """``text`` without the preposition that opens it, one of ``data/inflection.toml``'s
    ``[governs.<lang>]`` (a case form copied from a text with its preposition: в ВС КОНРа,
    о Красной армии), or ``None`` where none opens it or nothing follows.

    >>> without_preposition("в ВС КОНРа"), without_preposition("Во Власове")
    ('ВС КОНРа', 'Власове')
    >>> without_preposition("ВС КОНРа"), without_preposition("в")
    (None, None)
    """
    head, _, rest = text.partition(" ")
    rest = rest.strip()
    langs = load_toml("inflection.toml").get("governs", {})
    if rest and any(governed_cases(head, lang) for lang in langs):
        return rest
    return None


def without_possessive(text: str) -> str | None:
    """``text`` without the possessive that closes it, one of ``data/inflection.toml``'s
    ``possessive`` ends (English 's, the apostrophe any of
    :data:`~translit.script.WORD_APOSTROPHES`) right after a letter or digit, or ``None``.

    >>> without_possessive("Russian Liberation Army's"), without_possessive("NKVD’S")
    ('Russian Liberation Army', 'NKVD')
    >>> without_possessive("Soviets'"), without_possessive("'s"), without_possessive("it 's")
    (None, None, None)
    """
    for table in load_toml("inflection.toml").values():
        for end in table.get("possessive", ()):
            n = len(end)
            if (
                len(text) > n
                and text[-n:].translate(_ONE_APOSTROPHE).lower() == end
                and text[-n - 1].isalnum()
            ):
                return text[:-n]
    return None


#: every apostrophe of a word as the typewriter one, the one ``possessive`` ends are written with
_ONE_APOSTROPHE = str.maketrans(dict.fromkeys(WORD_APOSTROPHES, "'"))


def determined_number(word: str, lang: str) -> str | None:
    """``"plural"`` or ``"singular"``, the number the word ``word`` gives a noun right after
    it (a determiner, a numeral or a quantifier of ``data/inflection.toml``'s
    ``[<lang>.number]``; an elided one with its apostrophe, ``"l'"``; a numeral in figures:
    plural from 2; a compound numeral of hyphened parts), or ``None`` where it tells none (a
    language without that table).
    ``word`` may be the words before the noun (:func:`~.apply.determiner_before`): a compound
    numeral of words (vingt et un, cent un: plural), a numeral noun and its de (des centaines
    de, 2,5 millions d': plural), a number in figures written whole (1 000, 2,5: plural;
    1,5: singular) as the table's ``groups`` and ``decimal`` write it; else the last word tells.

    >>> [determined_number(w, "fr") for w in ("Les", "l'", "vingt-deux", "12", "1", "de")]
    ['plural', 'singular', 'plural', 'plural', 'singular', None]
    >>> [determined_number(w, "fr") for w in ("vingt et un", "un", "centaines de", "1\u202f000",
    ...     "1,5", "2,5", "1.000")]
    ['plural', 'singular', 'plural', 'plural', 'singular', 'plural', None]
    >>> [determined_number(w, "de") for w in ("des", "die", "den", "zwei", "1 000", "mehrere",
    ...     "vielen")]
    ['singular', 'plural', None, 'plural', None, 'plural', None]
    """
    table = _numbers(lang)
    if table is None or not word.strip():  # (spaces alone: no word, " " once failed here)
        return None
    if word[-1].isdecimal():
        return _figures(word, table)
    words = word.lower().split()
    last = words[-1]
    run = list(itertools.takewhile(table.in_numeral, reversed(words)))
    if any(p in table.numerals for w in run for p in w.split("-")):
        return "plural"
    if last in table.collective_of and len(words) > 1 and words[-2] in table.collectives:
        return "plural"
    if last in table.plural or last in table.quantifiers:
        return "plural"
    if last in table.singular:
        return "singular"
    return None


def _figures(word: str, table: _Numbers) -> str | None:
    """The number the number in figures ending ``word`` gives (:func:`determined_number`)."""
    got = _FIGURES.search(word)
    if got is None:
        return None
    number = got.group()
    whole, comma, decimals = number.partition(table.decimal) if table.decimal else (number, "", "")
    groups = [whole]
    for sep in table.groups:
        groups = [g for part in groups for g in part.split(sep)]
    if not all(g.isdecimal() for g in (*groups, *([decimals] if comma else []))):
        return None  # (a dot, a second comma: not this language's way of writing a number)
    if len(groups) > 1 and not (len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])):
        return None  # (1945 200: two numbers side by side)
    digits = "".join(groups).lstrip("0") or "0"
    n = int(digits) if len(digits) < 19 else 2  # (int() refuses thousands of digits)
    if comma:
        return "plural" if n > 1 else "singular"
    return "plural" if n > 1 else "singular" if n == 1 else None


#: a number in figures ending a text: digits, and one character between two groups of them
_FIGURES = re.compile(r"(?<!\w)\d+(?:\W\d+)*\Z")


class _Numbers:
    """``[<lang>.number]``'s words (folded) and how it writes a number in figures."""

    def __init__(self, table: Mapping[str, Any], lang: str) -> None:
        words = ("singular", "plural", "numerals", "compound", "collective_of")
        self.singular, self.plural, self.numerals, self.compound, self.collective_of = (
            frozenset(table.get(k, ())) for k in words
        )
        #: German's quantifiers (viele, mehrere: plural) and the words after which an -s form
        #: is the -s plural (die, der, alle, den: [de.number] s_plural)
        self.quantifiers = frozenset(table.get("quantifiers", ()))
        self.s_plural = frozenset(table.get("s_plural", ()))
        # (a preposition fused with a singular article: beim, vom Kommunisten; articles.toml)
        fused = load_toml("articles.toml").get(lang, {}).get("fused", {})
        self.singular |= {
            w for w, pair in fused.items() if pair.rsplit(" ", 1)[-1] in self.singular
        }
        self.collectives = frozenset(
            itertools.chain.from_iterable(
                (w, *pluralized(w, lang)) for w in table.get("collectives", ())
            )
        )
        self.groups: tuple[str, ...] = tuple(table.get("groups", ()))
        self.decimal: str = str(table.get("decimal", ""))

    def in_numeral(self, word: str) -> bool:
        """Whether ``word`` may stand in a compound numeral (vingt, et, un; vingt-et-un)."""
        return all(p in self.numerals or p in self.compound for p in word.split("-"))


@functools.cache
def _numbers(lang: str) -> _Numbers | None:
    """``[<lang>.number]`` of ``data/inflection.toml``, or ``None``."""
    table = (_inflection(lang) or {}).get("number")
    return None if table is None else _Numbers(table, lang)


#: the most adjectives :func:`number_after` reads past between a determiner and a form
ADJECTIVES_MOST = 4


@functools.cache
def _agreement(lang: str) -> dict[str, frozenset[str]] | None:
    """What :func:`number_after` reads of ``lang``'s ``[<lang>.number]`` and
    ``[<lang>.adjective]`` (``None`` without ``not_adjectives``: no adjectives read past): the
    endings an adjective may have after a determiner (the weak and mixed declensions'
    genitive, dative and plural: -en), after a numeral or quantifier (the strong plural: -e,
    -er, -en), with none before such a form (the strong declension: a masculine or neuter
    singular's genitive, dative, accusative and the plural's) plural only and singular only;
    ``not``, the words so ending that are no adjective; ``prepositions``, articles.toml's
    ``governs`` without the genitive, ``dative`` those of the dative alone, after which the
    strong -en is the dative plural's (``dative_plural``: the singular's is -em);
    ``coordinators``, the words joining adjectives; ``not_bare``, the words after which a
    weak noun's -n form with no determiner may still be a singular (einen, seinen, dessen;
    und, als); ``pronouns``, the article forms that may be the demonstrative pronoun."""
    rules = _inflection(lang) or {}
    number, table = rules.get("number") or {}, rules.get("adjective")
    if "not_adjectives" not in number or not table:
        return None
    strong, weak, mixed = range(3)  # (the rows of a [<lang>.adjective] gender)
    genitive, dative, accusative = 1, 2, 3  # (a form of either number's cases)
    singular = ("masculine", "neuter")  # (the genders of such forms)
    oblique = {table[g][strong][c] for g in singular for c in (genitive, dative, accusative)}
    plural_strong = set(table["plural"][strong])
    dative_strong = {table[g][strong][dative] for g in singular}
    after = {table[g][r][c] for g in singular for r in (weak, mixed) for c in (genitive, dative)}
    after |= set(table["plural"][weak])
    governs = load_toml("articles.toml").get(lang, {}).get("governs", {})
    return {
        "after_determiner": frozenset(after),
        "after_numeral": frozenset(plural_strong),
        "plural": frozenset(plural_strong - oblique),
        "singular": frozenset(dative_strong - plural_strong),
        "endings": frozenset(e for rows in table.values() for row in rows for e in row),
        "not": frozenset(number["not_adjectives"]),
        "prepositions": frozenset(w for w, cases in governs.items() if "genitive" not in cases),
        "dative": frozenset(w for w, cases in governs.items() if cases == ["dative"]),
        "dative_plural": frozenset({table["plural"][strong][dative]} - dative_strong),
        "coordinators": frozenset(number.get("coordinators", ())),
        # (no bare plural after these: a determiner of either number, a coordinator, als)
        "not_bare": frozenset(
            (*number.get("either", ()), *number.get("s_plural", ()), *number.get("apposition", ()))
        )
        | frozenset(number.get("coordinators", ())),
        "pronouns": frozenset(number.get("pronouns", ())),
        "governs": frozenset(governs),
        "genitive": frozenset(rules.get("genitive", ())),
    }


def reads_adjectives(lang: str) -> bool:
    """Whether :func:`number_after` reads past adjectives in ``lang`` (``[<lang>.number]``'s
    ``not_adjectives``): German.

    >>> reads_adjectives("de"), reads_adjectives("fr")
    (True, False)
    """
    return _agreement(lang) is not None


def adjective_ending(word: str, lang: str) -> str | None:
    """The ending of ``word`` where it may be an attributive adjective (or participle) between
    a determiner and a noun in ``lang`` (:func:`number_after`): a lower-case word ending as
    ``[<lang>.adjective]``'s endings do, not one of ``[<lang>.number]``'s ``not_adjectives``
    nor a determiner; else ``None``.

    >>> [adjective_ending(w, "de") for w in ("sowjetischen", "verhafteten", "heute", "Roten", "die")]
    ['en', 'en', None, None, None]
    """
    agree = _agreement(lang)
    if agree is None or not word.isalpha() or not word.islower() or word in agree["not"]:
        return None
    table = _numbers(lang)
    if determined_number(word, lang) is not None or (table is not None and word in table.s_plural):
        return None
    for end in _adjective_endings(lang):
        if word.endswith(end) and len(word) > len(end) + 2:
            return end
    return None


def coordinators(lang: str) -> frozenset[str]:
    """``[<lang>.number]``'s ``coordinators``: the words that join adjectives (und, oder,
    sowie, and the comma as the word ``","``), none in a language whose adjectives
    :func:`number_after` does not read.

    >>> sorted(coordinators("de")), coordinators("fr")
    ([',', 'oder', 'sowie', 'und'], frozenset())
    """
    agree = _agreement(lang)
    return frozenset() if agree is None else agree["coordinators"]


def adjective_run(words: Sequence[str], lang: str) -> tuple[int, str]:
    """(how many of ``words``, nearest a noun first, are the attributive adjectives before it,
    at most :data:`ADJECTIVES_MOST`, with the conjunctions that join them, and their one
    ending; ``(0, "")`` for none): :func:`adjective_ending` words of one ending, side by side
    or joined by ``[<lang>.number]``'s ``coordinators`` (und, oder, sowie, a comma given as the
    word ``","``: des sowjetischen und russischen Gulags, die großen, sowjetischen Gulags).

    >>> adjective_run(["russischen", "und", "sowjetischen", "des"], "de")
    (3, 'en')
    >>> adjective_run(["sowjetischen", ",", "Lager", "die"], "de"), adjective_run(["des"], "de")
    ((1, 'en'), (0, ''))
    """
    agree = _agreement(lang)
    ending, k, n = "", 0, 0
    if agree is None:
        return k, ending
    while n < ADJECTIVES_MOST and k < len(words):
        got = adjective_ending(words[k], lang)
        if got is None or (ending and got != ending):
            break
        ending, k, n = got, k + 1, n + 1
        if n < ADJECTIVES_MOST and k + 1 < len(words) and words[k] in agree["coordinators"]:
            k += adjective_ending(words[k + 1], lang) == ending  # (the joined one read next)
    return k, ending


def number_after(
    words: Sequence[str], lang: str, s_form: bool = False, opened: bool = False
) -> str | None:
    """``"plural"``, ``"singular"`` or ``None`` (either): the number of a form of either number
    of ``lang`` (French héros; German Kommunisten, a weak noun's -en form, and with ``s_form``
    a genitive in -s also spelled as the plural, Gulags) after ``words``, those before it on
    its line, nearest first, only spaces between them (``opened``: a sentence's end before
    them), by ``data/inflection.toml``'s ``[<lang>.number]``: the word right before it
    (:func:`determined_number`), or in German the determiner before one or more adjectives
    that agree with it (des sowjetischen Gulags; "der heute Kommunisten": none), also joined
    by und, oder, sowie or a comma (:func:`adjective_run`), with none the adjectives' strong
    endings (sowjetische Gulags: plural; mit ehemaligen Kommunisten: the dative plural), and
    for an -s form den (in den Gulags), a preposition without the genitive (in Gulags) or a
    sentence's start. A weak noun's -n form (not ``s_form``) with no determiner is a plural
    (a count noun's singular takes one): right after a lower-case word that is no determiner,
    coordinator or als (damals halfen uns Kommunisten, mit Russen), or opening a sentence,
    and after a sentence's first word and one in -en, the verb in second place ("Ja. Gestern
    kamen Russen": not after a name's genitive, Stalins, a preposition, als; not at a line's
    start, which may be a wrapped sentence's middle). A capitalised Dem before one word in -en
    says nothing (Dem gaben Kommunisten Geld: the pronoun, a verb).

    >>> number_after(["sowjetischen", "des"], "de", s_form=True), number_after(["den"], "de")
    ('singular', None)
    >>> [number_after(w, "de", s_form=True) for w in (["den"], ["in"], ["ehemaligen", "die"],
    ...     ["heute", "der"], ["Stalins"], [], ["gebauten", "1944", "des"])]
    ['plural', 'plural', 'plural', None, None, None, None]
    >>> [number_after(w, "de") for w in (["uns", "halfen"], ["Stalins"], ["als"], ["gaben", "Dem"],
    ...     ["russischen", "und", "sowjetischen", "des"], ["увидел"])]
    ['plural', None, None, None, 'singular', None]
    """
    first = words[0] if words else ""
    number = determined_number(first, lang)
    agree = _agreement(lang)
    if number is not None or agree is None:
        return number
    table = _numbers(lang)
    s_plural = table.s_plural if table is not None else frozenset()
    if s_form and first.lower() in s_plural:
        return "plural"
    k, ending = adjective_run(words, lang)
    before = words[k].lower() if k < len(words) else ""
    if not k:
        if s_form:
            bare = before in agree["prepositions"] or (opened and not before)
            return "plural" if bare else None
        # (a weak noun's -n form with no determiner: a plural, damals gaben Kommunisten)
        # (a German word before it: in a Russian line, увидел Kommunisten tells nothing)
        told = before.isalpha() and before == words[0] and before not in agree["not_bare"]
        told = told and not is_cyrillic(before)
        return "plural" if told or (opened and not before) else None
    # (not a number in figures: des 1944 gebauten Gulags, a year in the adjective's phrase)
    number = determined_number(before, lang) if before.isalpha() else None
    if number == "singular" and k == 1 and before in agree["pronouns"] and words[1][:1].isupper():
        return None  # (Dem gaben Kommunisten Geld: the pronoun, a verb, a plural)
    # (a sentence's first word, one in -en, the form: the verb in second place, Gestern kamen
    # Russen; not after Stalins, Als, Für: a determiner's, an apposition's, or an accusative)
    if (
        number is None
        and not s_form
        and opened
        and k == 1 == len(words) - 1
        and words[1][:1].isupper()
        and ending in agree["dative_plural"]
        and before.isalpha()
        and not before.endswith(tuple(agree["genitive"]))
        and before not in agree["not_bare"]
        and before not in agree["governs"]
    ):
        return "plural"
    if number is not None:
        counted = table is not None and (before in table.numerals or before in table.quantifiers)
        allowed = agree["after_numeral"] if counted else agree["after_determiner"]
        return number if ending in allowed else None
    if before in s_plural:
        return "plural" if s_form and ending in agree["after_determiner"] else None
    if ending in agree["plural"]:
        return "plural"
    if ending in agree["singular"]:
        return "singular"
    if s_form and ending in agree["after_determiner"] and before in agree["prepositions"]:
        return "plural"
    if not s_form and ending in agree["dative_plural"] and before in agree["dative"]:
        return "plural"  # (mit ehemaligen Kommunisten: the dative singular is ehemaligem)
    return None


def named_in_singular(concept: Concept) -> bool:
    """Whether ``concept``'s terms name it in the singular, as the dictionary reads its first
    Russian or Ukrainian term that is not a name or an acronym and whose plural it is sure of
    (:func:`translit.morphology.plural`: a plural other than the term; a term in the plural is
    its own). A French term spelled alike in both numbers (héros de l'Union soviétique,
    crimes de guerre) tells nothing by itself: only such a concept's may be read as a plural.

    >>> named_in_singular(Concept("h", terms=[Term("héros", "fr"), Term("герой", "ru")]))
    True
    >>> named_in_singular(Concept("w", terms=[Term("crimes de guerre", "fr"),
    ...     Term("военные преступления", "ru")])), named_in_singular(Concept("x"))
    (False, False)
    """
    from ..morphology import plural

    for t in concept.terms:
        if inflects_by_dictionary(t) and not t.is_acronym and not is_name(concept, t):
            got = plural(t.text, primary(t.lang), hint=_hint(concept, t))
            if got is not None:
                return fold(got) != fold(t.text)
    return False


#: the last letters of a German noun's plural endings (Duden, Die Grammatik, "Der Plural": -e,
#: -en, -n, -s; not -er, which ends as many a singular, Hilfswilliger): a German term's head
#: noun that ends otherwise is no plural, whatever its source term's number
_DE_PLURAL_ENDS = ("e", "n", "s")


def _de_head(words: list[str]) -> str:
    """A German term's head noun (of its ``words``): the last word before a lower-case one."""
    head = next(w for k, w in enumerate(words) if k + 1 == len(words) or words[k + 1].islower())
    return head.rsplit("-", 1)[-1]


#: the ends of German nouns whose plural may be their singular (Duden, "Der Plural": masculine
#: and neuter nouns in -el, -er, -en take no ending, der/die Arbeiter, das/die Mittel; -en is
#: one of _DE_PLURAL_ENDS): no such term's number is told by its form
_DE_ZERO_PLURAL_ENDS = ("el", "er")


def _own_plural(term: Term) -> bool:
    """Whether ``term``'s own form may be a plural: French, a term that is its own plural
    (:func:`pluralized`: each word of its core ends in -s, -x or -z, Forces armées
    ukrainiennes, crimes de guerre); German, a head noun (the last word before a lower-case
    one) in a plural ending and not in one of the singular classes of ``[de.plural]``
    (Streitkräfte der Ukraine; not Weiße Emigration, a -tion, nor Waffen-SS, in capitals);
    none for another language, an acronym, or a word ending in a capital."""
    lang = primary(term.lang)
    words = term.text.split()
    if term.is_acronym or not words or lang not in ("fr", "de"):
        return False
    if lang == "fr":
        head = words[0].rsplit("-", 1)[-1]
        return not head.isupper() and term.text in pluralized(term.text, lang)
    head = _de_head(words)
    if head.isupper() or not head.lower().endswith(_DE_PLURAL_ENDS):
        return False
    plural = (_inflection(lang) or {}).get("plural", {})
    low = head.lower()
    if norm_gender(term.gender).lower() == "feminine" and low.endswith("e"):
        vowels = [c for c in low[:-1] if c in "aeiouäöüy"]  # (die Marine: a singular; die
        if not vowels or vowels[-1] not in plural.get("feminine_e_umlaut", ""):  # Kräfte: either)
            return low.endswith(tuple(plural.get("feminine_e_plural_ends", ())))
    return not any(
        len(r["end"]) > 1 and r.get("add") and low.endswith(r["end"])
        for r in plural.get("rules", ())
    )


def may_be_plural(term: Term) -> bool:
    """Whether ``term``, as written, may be a plural, so that an article of the plural may
    stand before it in a text: its stated number (:func:`~.model.norm_number`); a Russian or
    Ukrainian term, a plural by the dictionary (:func:`translit.morphology.is_plural_term`:
    Вооружённые силы); a French or German one, a form that may be a plural
    (:func:`_own_plural`, a German head in -el, -er); an English one, a last word in -s;
    any other, yes (not told).

    >>> [may_be_plural(Term(w, lang)) for w, lang in (("Вооружённые силы", "ru"),
    ...     ("армия", "ru"), ("Holocaust", "de"), ("Arbeiter", "de"), ("Holocaust", "en"))]
    [True, False, False, True, False]
    """
    from ..morphology import is_plural_term

    stated = norm_number(term)
    if stated in ("singular", "plural"):
        return stated == "plural"
    lang = primary(term.lang)
    words = term.text.split()
    if not words or term.is_acronym:
        return True
    if inflects_by_dictionary(term):
        return is_plural_term(term.text, lang)
    if lang == "de":
        return _own_plural(term) or _de_head(words).lower().endswith(_DE_ZERO_PLURAL_ENDS)
    if lang == "fr":
        return _own_plural(term)
    if lang == "en":
        return words[-1].endswith("s")
    return True


def written_number(concept: Concept, target: Term) -> str:
    """The grammatical number of ``target``, a term of ``concept`` that replace writes:
    ``"plural"``, ``"singular"`` or ``""`` (not told), from the evidence in this order: the
    number its file states (:func:`~.model.norm_number`); else a plural source term (the first
    Russian or Ukrainian term the dictionary declines, not an acronym, of no person:
    :func:`translit.morphology.is_plural_term`, Вооружённые силы, Альпы)
    where ``target``'s own form may be a plural too (:func:`_own_plural`: a French term that
    is its own plural, a German head noun in a plural ending, of no name: der Balkan, das
    Erzgebirge, die Alpen); ``"singular"`` for a French or German term whose own form
    cannot be a plural (armée, Wehrmacht; not an acronym, a person's or a place's name,
    Olechky, nor a German head in -el, -er, Arbeiter); else ``""``. What an article
    before the term agrees with (les Forces armées ukrainiennes, die Streitkräfte; les
    Вооружённые силы written l'armée).

    >>> ru, fr = Term("Вооружённые силы Украины", "ru"), Term("Forces armées ukrainiennes", "fr")
    >>> written_number(Concept("afu", terms=[ru, fr]), fr)
    'plural'
    >>> axe = Term("Axe", "fr", type="shortForm")
    >>> written_number(Concept("axis", terms=[Term("страны оси", "ru"), axe]), axe)
    'singular'
    """
    from ..morphology import is_plural_term

    stated = norm_number(target)
    if stated in ("singular", "plural"):
        return stated
    subject = (concept.subject or "").lower()
    words = target.text.split()
    if primary(target.lang) == "de" and words and not target.is_acronym:
        part = adjectival_noun(_de_head(words), "de")
        if part is not None and part[1] == "er":  # (ein Kriegsgefangener: a strong masculine
            return "singular"  # singular, which no plural writes so)
    if not _own_plural(target):  # (armée, Wehrmacht: no plural's form; an acronym may be one)
        lang = primary(target.lang)
        if target.is_acronym or lang not in ("fr", "de") or not target.text.split():
            return ""
        if subject in ("person", "place"):
            return ""  # (a name's form tells its number less: Olechky, Saïan, Oleschky)
        if lang == "de" and _de_head(target.text.split()).lower().endswith(_DE_ZERO_PLURAL_ENDS):
            return ""  # (die Arbeiter: either number)
        return "singular"
    if subject == "person":
        return ""
    if primary(target.lang) == "de" and is_name(concept, target):
        return ""  # (a German name's form tells its number less: der Balkan, das Erzgebirge)
    for t in concept.terms:
        if inflects_by_dictionary(t) and not t.is_acronym:
            return (
                "plural" if is_plural_term(t.text, primary(t.lang), hint=_hint(concept, t)) else ""
            )
    return ""


def preposition_cases(word: str, line: str | None, lang: str) -> frozenset[str]:
    """The cases the preposition ``word`` takes before a form of a term of ``lang``, read in
    ``line``, the language of the text's line, where it is Russian or Ukrainian
    (:func:`governed_cases`: Ukrainian у takes the locative, у школі; Russian у only the
    genitive); where the line's language is not known (``None``, or another language), in
    ``lang`` only if the word is spelled alike with the same cases in every table (по, при),
    else none: a preposition of the other language spelled alike would narrow a form's
    readings to the wrong cases.

    >>> sorted(preposition_cases("у", "uk", "ru")), preposition_cases("у", None, "ru")
    (['accs', 'gent', 'loct'], frozenset())
    >>> sorted(preposition_cases("по", None, "uk"))
    ['accs', 'datv', 'loct']
    """
    if line in _dictionary_languages():
        return governed_cases(word, line)
    return governed_cases(word, lang) if governed_alike(word) else frozenset()


@functools.lru_cache(maxsize=1 << 10)
def governed_alike(word: str) -> bool:
    """Whether the preposition ``word`` takes the same cases in every table of
    ``data/inflection.toml``'s ``[governs]`` (none in each, for a word that is no preposition):
    whether the language of its line can change what it governs (:func:`preposition_cases`).

    >>> governed_alike("по"), governed_alike("в"), governed_alike("армии")
    (True, False, True)
    """
    low = word.lower()
    return len({_governs(lang).get(low, frozenset()) for lang in _dictionary_languages()}) == 1


@functools.cache
def _governs(lang: str) -> dict[str, frozenset[str]]:
    table = load_toml("inflection.toml").get("governs", {}).get(lang, {})
    return {word: frozenset(cases) for word, cases in table.items()}


@functools.cache
def _inflection(lang: str) -> dict[str, Any] | None:
    return load_toml("inflection.toml").get(lang)


@functools.cache  # (asked for every term by inflects_by_endings: the file read once)
def _suffixes(lang: str) -> dict[str, Any] | None:
    return load_toml("inflection.toml").get("suffixes", {}).get(lang)


def declines(lang: str) -> bool:
    """Whether the terms of ``lang`` (a primary tag) take the case endings of
    ``data/inflection.toml``'s ``[declension.<lang>]`` (:func:`declined`), the case
    suffixes of its ``[suffixes.<lang>]`` (:func:`agglutinated`) or the article of its
    ``[article.<lang>]`` (:func:`articled`): forms no ending can be taken off again, which a
    look-up files.

    >>> declines("be"), declines("ky"), declines("bg"), declines("de")
    (True, True, True, False)
    """
    return any(f(lang) is not None for f in (declension_table, _suffixes, _article))


@functools.cache
def _article(lang: str) -> dict[str, Any] | None:
    return load_toml("inflection.toml").get("article", {}).get(lang)


def articled(text: str, lang: str) -> tuple[str, ...]:
    """``text`` and its forms with the definite article of ``lang`` (Bulgarian, Macedonian),
    from ``data/inflection.toml``'s ``[article.<lang>]``: joined to the term's first word.

    >>> articled("Народно събрание", "bg"), articled("съюз", "bg")
    (('Народно събрание', 'Народното събрание'), ('съюз', 'съюза', 'съюзът'))
    >>> articled("Европски парламент", "mk")[1]
    'Европскиот парламент'
    """
    first, space, rest = text.partition(" ")
    low = first.lower()
    for rule in (_article(lang) or {}).get("rules", ()):  # (none: a language without one)
        if low.endswith(rule["end"]) and len(low) > len(rule["end"]):
            if low in rule.get("unless", ()):
                continue  # (кител, a thing: кителът, as any other consonant's)
            stem = first[: len(first) - rule.get("cut", 0)]
            return (text, *(stem + add + space + rest for add in rule["add"]))
    return (text,)


@functools.lru_cache(maxsize=4096)
def agglutinated(text: str, lang: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(every form, the plural forms) of the term ``text`` in ``lang`` (Kazakh, Kyrgyz), from
    ``data/inflection.toml``'s ``[suffixes.<lang>]``: its last word with each case suffix, in
    the vowel its last vowel calls for and the consonant its last letter does, and in the
    plural with each; a term of several words whose last word ends in the possessive of the
    third person (Баткен облусу) also with the suffixes after its pronominal н; ``text`` first.

    >>> every, plural = agglutinated("Кыргызстан", "ky")
    >>> every[:7], plural[:2]
    (('Кыргызстан', 'Кыргызстандын', 'Кыргызстанга', 'Кыргызстанды', 'Кыргызстанда', 'Кыргызстандан', 'Кыргызстандагы'), ('Кыргызстандар', 'Кыргызстандардын'))
    >>> {"Баткен облусунун", "Баткен облусуна", "Баткен облусунда"} <= set(
    ...     agglutinated("Баткен облусу", "ky")[0])
    True
    >>> agglutinated("Ресей", "kk")[0][1:3], agglutinated("Бишкек", "kk")[0][1:3]
    (('Ресейдің', 'Ресейге'), ('Бишкектің', 'Бишкекке'))
    """
    table = _suffixes(lang)
    if table is None:  # (a language without them)
        return (text,), ()
    head, _, last = text.rpartition(" ")
    singular = _suffixed(last, table["cases"], table)
    plural: list[str] = []
    for stem in _suffixed(last, [table["plural"]], table):
        plural += [stem, *_suffixed(stem, table["cases"], table)]
    possessive = table["possessive"]
    if head and last.lower().endswith(tuple(possessive["ends"])):
        singular += [w for t in possessive["cases"] for w in _spelled(last, t, table)]
    lead = head + " " if head else ""
    every = dict.fromkeys([text, *(lead + w for w in singular), *(lead + w for w in plural)])
    return tuple(every), tuple(dict.fromkeys(lead + w for w in plural))


def _harmony_row(word: str, table: Mapping[str, Any]) -> Mapping[str, Any] | None:
    """The row of ``table``'s ``harmony`` that ``word``'s last vowel is of (none: no vowel)."""
    for ch in reversed(word.lower()):
        for row in table["harmony"]:
            if ch in row["vowels"]:
                return row
    return None


def _suffixed(
    word: str, suffixes: Sequence[Mapping[str, str]], table: Mapping[str, Any], said: str = ""
) -> list[str]:
    """``word`` with each of ``suffixes`` (each by the class of the word's last letter, and in
    the vowel of its last vowel; of ``said``'s, when given: an acronym's letters read out)."""
    said = said or word
    row = _harmony_row(said, table)
    if row is None:  # (no vowel: a word read by its letters)
        return []
    low = said.lower().rstrip("ьъ")
    end = low[-1:]
    if any(end in r["vowels"] for r in table["harmony"]):
        kind = "vowel"
    else:
        kind = next((k for k, letters in table["classes"].items() if end in letters), "voiced")
    out: list[str] = []
    for by_class in suffixes:
        suffix = by_class.get(kind, by_class.get("*"))
        if suffix is not None:
            out += _spelled(word, suffix, table, row)
    return out


def _acronym_suffixed(text: str, lang: str, said: str) -> tuple[str, ...]:
    """The acronym ``text`` and its forms with the case suffixes of ``lang``'s
    ``[suffixes.<lang>]`` after how its end is read out, ``said`` (:func:`said_acronym`), and
    after its last letter (texts write both: КМШнын, ЕАЭБдин), after each of the table's
    ``acronym_joiners`` (Kazakh БҰҰ-ның, БҰҰның; none: joined); with ``acronym_possessive``,
    also its possessive and plural, each with the cases (Kyrgyz ГЭСи, ГЭСинде, ГЭСтер).

    >>> _acronym_suffixed("ГЭС", "ky", "эс")[1:3], _acronym_suffixed("БҰҰ", "kk", "ұ")[1:3]
    (('ГЭСтин', 'ГЭСке'), ('БҰҰ-ның', 'БҰҰ-ға'))
    """
    table = _suffixes(lang) or {}
    read: list[str] = []
    for joiner in table.get("acronym_joiners", [""]):
        read += _acronym_read(text + joiner, said, table)
    return tuple(dict.fromkeys([text, *read]))


def _acronym_read(stem: str, said: str, table: Mapping[str, Any]) -> list[str]:
    """The forms :func:`_acronym_suffixed` gives the acronym ``stem`` (with its joiner) read
    out as ``said``: the cases; with ``acronym_possessive``, the possessive and the plural, the
    plural's possessive (ЖОЖдору), each with its cases, and the possessive's cases after the
    acronym itself where ``possessive_unwritten`` (ГЭСнин beside ГЭСинин)."""
    cases, possessive = table["cases"], table.get("acronym_possessive")
    own_cases = table["possessive"]["cases"]
    read: list[str] = []

    def owned(own: str) -> list[str]:
        return [own, *(w for t in own_cases for w in _spelled(own, t, table))]

    for s in (said, said + stem.rstrip("-")[-1].lower()):
        read += _suffixed(stem, cases, table, s)
        if possessive is None:
            continue
        for own in _suffixed(stem, [possessive], table, s):  # (ГЭСи: ГЭСинде)
            read += owned(own)
        if table.get("possessive_unwritten"):  # (ГЭСнин: its и unwritten)
            read += _suffixed(stem, [{"*": t} for t in own_cases if len(t) > 1], table, s)
        for many in _suffixed(stem, [table["plural"]], table, s):  # (ГЭСтер)
            read += [many, *_suffixed(many, cases, table)]
            for own in _suffixed(many, [possessive], table):  # (ЖОЖдору, ЖОЖдоруна)
                read += owned(own)
    return read


def said_acronym(text: str, lang: str) -> str | None:
    """How the last letter of the acronym ``text`` is read out in ``lang``, the sound its
    suffixes follow (``[suffixes.<lang>]``'s ``letter_names``: Kyrgyz БУУ → у, КМШ → ша;
    with ``syllable_after_vowel``, a last consonant after a vowel letter closes that
    syllable: ЕАЭБ → эб, Kazakh ІІМ → ім); none for a language without them or a letter none
    names.

    >>> said_acronym("ЕАЭБ", "ky"), said_acronym("КМШ", "ky"), said_acronym("КМШ", "ru")
    ('эб', 'ша', None)
    >>> said_acronym("ТМД", "kk"), said_acronym("ІІМ", "kk"), said_acronym("БҰҰ", "kk")
    ('ды', 'ім', 'ұ')
    """
    table = _suffixes(lang) or {}
    names = table.get("letter_names") or {}
    low = text[-2:].lower()
    vowels = "".join(row["vowels"] for row in table.get("harmony", ()))
    if (
        table.get("syllable_after_vowel")
        and len(low) == 2
        and low[0] in vowels
        and low[1] not in vowels
    ):
        return low if low[1] in names else None  # (Kazakh ІІМ: і-і-ім)
    return names.get(low[-1:])


def _spelled(
    word: str, suffix: str, table: Mapping[str, Any], row: Mapping[str, Any] | None = None
) -> list[str]:
    """``word`` + ``suffix``, each placeholder (A I G K) of the suffix as the vowel before it
    says (the word's last, or ``row``'s, then the suffix's own: Баткен облусундагы, not
    облусундагу)."""
    out = [(word, row or _harmony_row(word, table))]
    for ch in suffix:
        if not (ch.isascii() and ch.isupper()):
            out = [(w + ch, row) for w, row in out]
            continue
        out = [
            (w + got, _harmony_row(got, table) or row)
            for w, row in out
            for got in (row or {}).get(ch, ch).split("|")
        ]
    return [w for w, _ in out]


def inflects_by_endings(lang: str) -> bool:
    """Whether ``data/inflection.toml`` gives the terms of ``lang`` (a primary tag) forms of
    their own (:func:`suffixed`, :func:`pluralized`; Belarusian: :func:`declined`).

    >>> inflects_by_endings("de"), inflects_by_endings("be"), inflects_by_endings("it")
    (True, True, False)
    """
    return declines(lang) or _inflection(lang) is not None


#: the letters at the end of a term's first word its forms may change (after
#: :func:`~translit.script.drop_marks`, so a German umlaut anywhere is no change, Lager
#: Läger): endings of ``data/inflection.toml`` (Museum Museen, criterion criteria, travail
#: travaux), Belarusian, Kazakh, Kyrgyz, Bulgarian and Macedonian endings, and the endings of a
#: paradigm the dictionary guesses a word by (ежонок ежата, тхіть тхоті; a suppletive one,
#: человек люди, only where the dictionary knows the word: :class:`~.apply.Filing`'s)
_CHANGED_END = 4
#: the most letters of the start :func:`stable_start` gives (more would tell few more terms
#: apart, each one more look-up for each new word of a text)
_START_MOST = 4


def stable_start(word: str) -> str:
    """The start every first word of the forms of a term whose first word is ``word`` (folded)
    keeps, where the forms change only the last :data:`_CHANGED_END` letters of a word
    (:func:`~translit.script.drop_marks` of both: an umlaut is no change); ``""`` for a word too
    short to keep one. Glossary apply declines such a term only for a text holding a word of
    that start (:func:`word_starts`).

    >>> stable_start("besserungsarbeitslager"), stable_start("тхіть"), stable_start("rat")
    ('bess', 'т', '')
    """
    plain = drop_marks(word)
    return plain[: min(_START_MOST, len(plain) - _CHANGED_END)] if len(plain) > _CHANGED_END else ""


def word_starts(word: str, sizes: Collection[int] = range(1, _START_MOST + 1)) -> list[str]:
    """The starts of the ``sizes`` given of a (folded) word of a text that
    :func:`stable_start` may have given a term (its :func:`~translit.script.drop_marks`
    letters: Läger starts as Lager).

    >>> word_starts("läger"), word_starts("ёж", (1, 3))
    (['l', 'la', 'lag', 'lage'], ['е'])
    """
    plain = drop_marks(word)
    return [plain[:n] for n in sizes if 0 < n <= len(plain)]


#: the most words of a term's core (:func:`_core`) :func:`suffixed` and :func:`pluralized` give
#: forms of
_SUFFIXED_WORDS = 4


def _core(words: list[str], fixed: Collection[str], folded: bool = False) -> int:
    """How many leading ``words`` of a term its endings may change: those before the first of
    ``fixed`` (``inflection.toml``'s ``fixed_after``: der, für, de, of…) after its first word;
    ``folded`` words are compared as they are."""
    for i in range(1, len(words)):
        w = words[i] if folded else fold(words[i]).strip().split(" ", 1)[0]
        if w in fixed:
            return i
    return len(words)


@functools.cache
def _adjective_endings(lang: str) -> tuple[str, ...]:
    """Every ending of ``lang``'s ``[<lang>.adjective]`` table, longest first."""
    table = (_inflection(lang) or {}).get("adjective", {})
    ends = {e for rows in table.values() for row in rows for e in row}
    return tuple(sorted(ends, key=lambda e: (-len(e), e)))


#: the genitive column of an ``inflection.toml`` ``[<lang>.adjective]`` table
_GENITIVE = 1


@functools.cache
def _cells(lang: str, lemma: str, gender: str | None) -> tuple[tuple[str, bool], ...]:
    """(ending, whether the head noun takes its genitive ending with it) of the adjectives of a
    term of ``gender`` whose adjectives end in ``lemma`` (``[<lang>.adjective]``): every cell of
    the gender's rows; without a gender (or with one whose nominative has not ``lemma``), the
    cells every gender whose nominative has ``lemma`` shares. ``lemma`` first."""
    rules = _inflection(lang) or {}
    table = rules.get("adjective", {})
    no_genitive = rules.get("genitive_not_of", ())

    def cells(g: str) -> set[tuple[str, bool]]:
        return {
            (e, c == _GENITIVE and g not in no_genitive)
            for row in table[g]
            for c, e in enumerate(row)
        }

    nominative = [g for g, rows in table.items() if any(row[0] == lemma for row in rows)]
    if gender is not None and gender in nominative:
        shared = cells(gender)
    elif nominative:
        shared = set.intersection(*map(cells, nominative))
    else:
        return ((lemma, False),)
    return ((lemma, False), *sorted(shared - {(lemma, False)}))


def _adjectives(core: list[str], lang: str) -> tuple[int, str]:
    """(how many leading words of ``core`` are adjectives, the ending they share): those before
    its last word that end alike in an ending a strong nominative of ``[<lang>.adjective]``
    has, as a glossary writes a term, with no article (Rote Armee, sowjetische
    Kriegsgefangene; not -en, a plural's after die: Unternehmen Barbarossa is a noun's)."""
    rules = _inflection(lang) or {}
    table = rules.get("adjective")
    if not table or len(core) < 2:
        return 0, ""
    nominatives = {rows[0][0] for rows in table.values()}
    first = core[0].lower()
    lemma = next((e for e in _adjective_endings(lang) if first.endswith(e)), "")
    if lemma not in nominatives:
        return 0, ""
    nouns = tuple(rules.get("adjective_not_ending", ()))  # (Armee: a noun)
    k = 0
    while k < len(core) - 1 and core[k][:1].isalpha():
        word = core[k].lower()
        if not word.endswith(lemma) or (nouns and word.endswith(nouns)):
            break
        k += 1
    return k, lemma


def _genitives(
    head: str, rules: Mapping[str, Any], gender: str | None, *, s_sound: bool = True
) -> list[str]:
    """The endings the genitive gives the head noun ``head`` (none on an abbreviation, KPdSU,
    or on a noun of ``genitive_not_of``'s genders; -s alone after a vowel or one of
    ``genitive_only_s_after``'s endings, Duden's: Unternehmens, Fahrers; after an s sound
    :func:`_s_sound_genitives`', unless not ``s_sound``: a name's). A hyphenated compound declines at its last part
    (Solowezki-Lagers: its capital is no abbreviation's).

    >>> de = _inflection("de")
    >>> _genitives("Unternehmen", de, None), _genitives("Tag", de, None), _genitives("Heer", de, None)
    (['s'], ['s', 'es'], ['s', 'es'])
    >>> _genitives("Solowezki-Lager", de, "neuter"), _genitives("Waffen-SS", de, None)
    (['s'], [])
    """
    end = head[-1:].lower()
    last = head.rsplit("-", 1)[-1]
    # (end == end.upper(): no letter with a case, a sign such as ʹ, which folds to a space)
    if (
        not rules.get("genitive")
        or gender in rules.get("genitive_not_of", ())
        or end == end.upper()
        or any(c.isupper() for c in last[1:])  # (an abbreviation: KPdSU, GKTschP, Waffen-SS)
    ):
        return []
    if head.lower().endswith(tuple(rules.get("genitive_not_after", ()))):
        return _s_sound_genitives(head.lower(), rules, gender) if s_sound else []
    out = list(rules["genitive"])
    if end not in rules.get("vowels", "") and not _only_s(head.lower(), rules):
        out += rules.get("genitive_after_consonant", [])
    return out


def _s_sound_genitives(low: str, rules: Mapping[str, Any], gender: str | None) -> list[str]:
    """The genitive endings of a noun ``low`` (lower case) ending in an s sound
    (``genitive_not_after``): ``genitive_after_s_sound`` (-es: Prozesses, Komplexes), the s
    doubled after ``genitive_doubled_after`` (Bündnisses), none after
    ``genitive_none_after`` (Kommunismus, Kosmos; not ``genitive_none_unless``, Hauses) and none after a single s where ``gender``
    is not masculine or neuter (a plural's -s: Gulags).

    >>> de = _inflection("de")
    >>> [_s_sound_genitives(w, de, None) for w in ("prozess", "bündnis", "kommunismus", "kurs")]
    [['es'], ['ses'], [], []]
    >>> _s_sound_genitives("kurs", de, "masculine")
    ['es']
    """
    endings = list(rules.get("genitive_after_s_sound", ()))
    if not endings or (
        low.endswith(tuple(rules.get("genitive_none_after", ())))
        and not low.endswith(tuple(rules.get("genitive_none_unless", ())))
    ):
        return []
    if low.endswith(tuple(rules.get("genitive_doubled_after", ()))):
        return [low[-1] + e for e in endings]
    if low.endswith("s") and not low.endswith("ss") and gender not in ("masculine", "neuter"):
        return []
    return endings


def _only_s(low: str, rules: Mapping[str, Any]) -> bool:
    """Whether the noun ``low`` (lower case) ends in one of ``genitive_only_s_after``'s
    endings, its e no part of a long vowel (ee, ie: Heer, Tier take -es too)."""
    for ending in rules.get("genitive_only_s_after", ()):
        if low.endswith(ending) and len(low) > len(ending):
            at = len(low) - len(ending)
            if ending[0] != "e" or low[at - 1] not in "ei":
                return True
    return False


def _gender(
    gender: str | None, head: str = "", rules: Mapping[str, Any] | None = None
) -> str | None:
    """A term's gender as ``inflection.toml`` reads it: TBX's masculine, feminine or neuter, or
    else the gender every noun ending as its ``head`` noun has (``[<lang>.plural]``'s
    ``gender`` of the first rule whose end it has: a German noun in -ung is feminine, one in
    -ee of no rule before the last feminine, Armee; See, either gender: none), or ``None``.

    >>> _gender(None, "Armee", _inflection("de")), _gender(None, "Stausee", _inflection("de"))
    ('feminine', None)
    """
    got = norm_gender(gender).lower()
    if got in ("masculine", "feminine", "neuter"):
        return got
    low = head.lower()
    for rule in (rules or {}).get("plural", {}).get("rules", ()):
        if low.endswith(rule["end"]) and len(low) >= len(rule["end"]):
            return str(rule["gender"]) if "gender" in rule else None
    return None


@functools.cache
def _head_genders(
    lang: str,
) -> tuple[dict[str, str], tuple[tuple[str, str, tuple[str, ...]], ...], int]:
    """``data/genders.toml``'s ``lang``: its nouns' genders ("either" for a noun of two), its
    rules (end, gender, unless) and the fewest letters of a compound's head."""
    data = load_toml("genders.toml").get(lang, {})
    nouns = {w: g for g, words in data.get("nouns", {}).items() for w in words}
    rules = tuple((r["end"], r["gender"], tuple(r["unless"])) for r in data.get("rules", ()))
    return nouns, rules, int(data.get("least", 3))


@functools.cache
def _either_nouns(lang: str) -> tuple[frozenset[str], dict[str, str]]:
    """``data/genders.toml``'s ``[<lang>.either]``: the epicene nouns and the masculine nouns
    with their feminine singular (French: commissaire; détenu, détenue)."""
    data = load_toml("genders.toml").get(lang, {}).get("either", {})
    return frozenset(data.get("epicene", ())), dict(data.get("feminine", {}))


def either_gender(text: str, lang: str) -> tuple[str, str | None] | None:
    """(head noun, ``text`` in the feminine or ``None`` where it is the same) of ``text``, a
    French term whose head noun (:func:`_head_noun`) is of either gender, the article before
    it telling which (``data/genders.toml`` ``[fr.either]``: an epicene noun, le or la
    commissaire; a noun with a feminine of its own, le détenu, la détenue); ``None`` for any
    other term, and for one whose head has a word before it or an adjective after it, which
    may say its gender (nouvelle politique économique, secrétaire général: not la secrétaire
    général).

    >>> either_gender("commissaire du peuple", "fr"), either_gender("détenu du Goulag", "fr")
    (('commissaire', None), ('détenu', 'détenue du Goulag'))
    >>> either_gender("Armée rouge", "fr"), either_gender("secrétaire général du Parti", "fr")
    (None, None)
    """
    head = _head_noun(text, lang)
    words = text.split(" ")
    fixed = (_inflection(lang) or {}).get("fixed_after", ())
    if head is None or words[0].lower() != head or _core(words, fixed) > 1:
        return None
    epicene, feminine = _either_nouns(lang)
    if head in epicene:
        return head, None
    fem = feminine.get(head)
    if fem is None:
        return None
    return head, " ".join((_as_written(words[0], fem), *words[1:]))


def _as_written(model: str, word: str) -> str:
    """``word`` with ``model``'s capital first letter, where it has one."""
    return word[:1].upper() + word[1:] if model[:1].isupper() else word


@functools.cache
def _articles_table(lang: str) -> dict[str, Any]:
    """``data/articles.toml``'s ``lang`` (read once: where no parsed copy is kept, each
    load_toml parses the file again)."""
    return dict(load_toml("articles.toml").get(lang, {}))


@functools.cache
def _determiners(lang: str) -> frozenset[str]:
    """Every form of ``lang``'s determiners in articles.toml ``forms`` (der, ein, kein, mein…)."""
    rows = _articles_table(lang).get("forms", ())
    return frozenset(f for by_gender in rows for by_case in by_gender for f in by_case)


def _determiner(word: str, lang: str) -> bool:
    """Whether ``word`` is a form of one of ``lang``'s determiners (Kein Schritt zurück: no
    noun heads it)."""
    return word.lower() in _determiners(lang)


@functools.cache
def _adjectival_stems(lang: str) -> frozenset[str]:
    """``data/genders.toml``'s ``adjectival``: the stems of ``lang``'s nouns declined as
    adjectives (Gefangen, Angestellt, Vorsitzend)."""
    return frozenset(load_toml("genders.toml").get(lang, {}).get("adjectival", ()))


def adjectival_noun(head: str, lang: str) -> tuple[str, str] | None:
    """(stem, adjective ending) of ``head``, a noun declined as an adjective (genders.toml
    ``adjectival``, or a compound ending in one: Kriegsgefangene, Kriegsgefangener), or
    ``None``.

    >>> adjectival_noun("Kriegsgefangene", "de"), adjectival_noun("Armee", "de")
    (('Kriegsgefangen', 'e'), None)
    """
    stems = _adjectival_stems(lang)
    if not stems:
        return None
    for end in ("en", "er", "em", "es", "e"):
        if head.endswith(end) and len(head) > len(end) + 3:
            stem = head[: -len(end)]
            for i in range(len(stem) - 3):
                if (stem if i == 0 else stem[i].upper() + stem[i + 1 :]) in stems:
                    return stem, end
            return None
    return None


def _head_noun(text: str, lang: str) -> str | None:
    """The word of ``text``, a German or French term, whose gender is the term's: German, the
    last word before a lower-case one (:func:`_de_head`: Rat der Volkskommissare, Repatriierung
    sowjetischer Staatsbürger), a hyphenated one's last part (Wlassow-Armee: Armee); French, its first word that is no adjective before the
    noun (articles.toml [fr] ``adjectives``, ``irregular_adjectives``, an ordinal in -ième:
    Grande Guerre patriotique: Guerre); ``None`` for an acronym or a word of no letters."""
    words = text.split(" ")
    if lang == "de":
        head = _de_head(words)
        ok = head[:1].isupper() and not head.isupper()
    else:
        table = _articles_table(lang)
        bases = {*table.get("adjectives", ()), *table.get("irregular_adjectives", {})}
        forms = {f for fs in table.get("irregular_adjectives", {}).values() for f in fs}
        head = ""
        for word in words:
            low = word.lower()
            bare = re.sub(r"(e?s|e)$", "", low)
            if low in forms or low in bases or bare in bases or low.endswith(("ième", "ièmes")):
                continue
            head = low.split("-", 1)[0]
            break
        ok = bool(head) and not words[0].isupper()
    return head if ok and head.isalpha() else None


@functools.lru_cache(maxsize=4096)
def inferred_gender(text: str, lang: str) -> tuple[str, str, str] | None:
    """(gender, head noun, how) of ``text``, a German or French term the glossary gives no
    gender: the gender of its head noun (:func:`_head_noun`) by ``data/genders.toml``'s suffix
    rules (``"rule"``: -ung, -ismus; -tion, -isme; not a noun of a rule's ``unless``), else
    its table (``"table"``: German, the longest end of the compound it holds, of ``least``
    letters, or three after a joining s: Volkskommissariat: Kommissariat, Kriegsrat: Rat);
    ``None`` where neither tells (or the table gives the noun both genders). A German term
    whose last word tells nothing is read by its first noun (a name in apposition after it:
    Reichskommissariat Ukraine, Republik Lokot).

    >>> inferred_gender("Volkskommissariat für innere Angelegenheiten", "de")
    ('neuter', 'Kommissariat', 'table')
    >>> inferred_gender("Armée rouge", "fr"), inferred_gender("Grande Guerre patriotique", "fr")
    (('feminine', 'armée', 'table'), ('feminine', 'guerre', 'table'))
    >>> inferred_gender("Nationalsozialismus", "de"), inferred_gender("NKWD", "de")
    (('masculine', 'Nationalsozialismus', 'rule'), None)
    """
    if lang == "de":  # (a noun before a name: Unternehmen Barbarossa, not die Barbarossa;
        words = text.split(" ")  # Operation Zitadelle, not die Delle)
        k = _adjectives(words, lang)[0]
        if k + 1 < len(words) and words[k + 1][:1].isupper():
            got = _first_noun_gender(text, "")
            if got is not None:
                return got
    head = _head_noun(text, lang)
    if head is None:
        return None
    got = _noun_gender(head, lang)
    if got is not None or lang != "de":
        return got
    return _first_noun_gender(text, head)


def _first_noun_gender(text: str, head: str) -> tuple[str, str, str] | None:
    """:func:`inferred_gender` of a German term by its first noun (after its adjectives), where
    a name or a genitive attribute in capitals follows it (Duden, "Enge Apposition": das
    Unternehmen Barbarossa, die Operation Zitadelle, die Arbeiterpartei Russlands) or its head
    noun ``head`` ("" where not read) tells nothing (Reichskommissariat Ukraine)."""
    words = text.split(" ")
    k = _adjectives(words, "de")[0]
    first = words[k].rsplit("-", 1)[-1] if k < len(words) else ""
    if first != head and _noun_word(first):
        return _noun_gender(first, "de")
    return None


def _noun_word(word: str) -> bool:
    """Whether ``word`` may be a German noun: capitalised letters, hyphens between (not a
    number, XV., nor an acronym, SS)."""
    return word[:1].isupper() and not word.isupper() and word.replace("-", "").isalpha()


def _noun_gender(head: str, lang: str) -> tuple[str, str, str] | None:
    """:func:`inferred_gender` of one noun ``head``."""
    if lang == "de" and (part := adjectival_noun(head, lang)) is not None:
        # (declined as an adjective: ein Kriegsgefangener is a man; Kriegsgefangene, a woman
        # or several: the glossary's)
        return ("masculine", head, "rule") if part[1] == "er" else None
    nouns, rules, least = _head_genders(lang)
    low = head.lower()
    for end, gender, unless in rules:
        if low.endswith(end) and len(low) > len(end) + 1:
            if not low.endswith(unless):
                return gender, head, "rule"
            break
    for i in range(len(head) - 2) if lang == "de" else range(1):
        if i and len(head) - i < least and not (len(head) - i >= 3 and head[i - 1] == "s"):
            continue  # (a short end only after a joining s, Kriegs-rat: Komin-form is none)
        key = head[i:] if i == 0 else head[i].upper() + head[i + 1 :]
        if key in nouns:
            gender = nouns[key]
            return None if gender == "either" else (gender, key, "table")
    return None


@functools.cache
def _place_names(lang: str) -> frozenset[str]:
    """The names of places in ``lang``: the shipped names.csv's place rows' forms (Moskau,
    Kiew, Kyjiw, Leningrad) and CLDR's countries and cities (Berlin, Prag, Wien)."""
    rows = established_rows()
    out = {f for r in rows if r.kind == "place" for f in r.forms.get(lang, ())}
    return frozenset(out | set(places("ru", lang).values()))


def _of_a_place(stem: str, lang: str) -> bool:
    """Whether ``stem`` (a word without its -er) is a place's name, as an adjective of a place
    is made of it (Duden: Moskau-er, Berlin-er; Brem-er of Bremen, Münch-ner of München): not
    a noun in -er before a name in apposition (der Kreuzer Aurora, der Panzer T-34).

    >>> _of_a_place("Moskau", "de"), _of_a_place("Münchn", "de"), _of_a_place("Kreuz", "de")
    (True, True, False)
    >>> _of_a_place("Kronstädt", "de")
    True
    """
    names = _place_names(lang)
    plain = stem.translate(_UNUMLAUT)  # (Kronstädt-er of Kronstadt)
    return any(
        s in names or s + "en" in names or (s.endswith("n") and s[:-1] + "en" in names)
        for s in {stem, plain}
    )


#: the umlaut some adjectives of a place's name take (Duden: Kronstädter, of Kronstadt)
_UNUMLAUT = str.maketrans("äöü", "aou")


def place_adjective(word: str, lang: str) -> bool:
    """Whether ``word`` is an indeclinable adjective of a place's name (articles.toml
    ``indeclinable``: German Moskauer, Warschauer, Münchner; capitalised, of that end, its
    stem a place's name, :func:`_of_a_place`; no word of ``[<lang>.number]``): des
    Warschauer Pakts, never Warschauen.

    >>> place_adjective("Warschauer", "de"), place_adjective("Roter", "de")
    (True, False)
    """
    end = _articles_table(lang).get("indeclinable")
    return bool(
        end
        and len(word) >= len(end) + 3
        and word.endswith(end)
        and word[:1].isupper()
        and word[1:].isalpha()
        and word[1:].islower()
        and determined_number(word, lang) is None
        and _of_a_place(word[: -len(end)], lang)
    )


def suffixed(
    term: str,
    lang: str,
    gender: str | None = None,
    *,
    name: bool = False,
    weak: bool = True,
    place: bool = False,
    named: bool = False,
) -> tuple[str, ...]:
    """``term`` and the singular forms the endings of ``lang`` in ``data/inflection.toml`` give
    it (German: a genitive -s or -es on its head noun, its adjectives in the strong, weak and
    mixed declension of ``gender``, a TBX grammaticalGender; a ``name``, a person's, takes the
    genitive on its last word (``name_genitive``, whatever its gender) and has no adjectives,
    and with an epithet (``[<lang>.epithet]``: Alexander der Große) declines with it in each
    case (:func:`_epithet_forms`); a weak noun of ``[<lang>.weak]``, unless
    ``weak`` is false (a name: Taschkent), takes its -en instead of a genitive); a ``name`` that
    is a ``place``'s takes none in a gender of ``genitive_not_of`` (die Spree, der Spree);
    ``(term,)`` for a language without such
    endings, a term in capitals (an acronym) or one whose core has more than four words. A
    ``named`` term (a place's or another name's, declined as a noun: des Saarlandes) takes no
    -es after an s sound (:func:`_s_sound_genitives` is a common noun's: Graz, Mainz, no Grazes)
    but on a noun after its adjectives or before a name (des Roten Platzes, des Schlosses Mir).

    >>> suffixed("Gorbatschow", "de")
    ('Gorbatschow', 'Gorbatschows', 'Gorbatschowes')
    >>> suffixed("Rote Fahne", "de"), suffixed("Marx", "de", name=True), suffixed("ROA", "de")
    (('Rote Fahne', 'Roten Fahne'), ('Marx', 'Marx’'), ('ROA',))
    >>> suffixed("Prozess", "de"), suffixed("Graz", "de", named=True)
    (('Prozess', 'Prozesses'), ('Graz',))
    >>> suffixed("Rote Armee", "de", "feminine"), suffixed("Rote Armee", "de")[2]
    (('Rote Armee', 'Roten Armee', 'Roter Armee'), 'Roter Armee')
    >>> suffixed("Roter Stern", "de")
    ('Roter Stern', 'Rote Stern', 'Rotem Stern', 'Roten Stern', 'Roten Sterns', 'Roten Sternes')
    >>> suffixed("Held der Sowjetunion", "de"), suffixed("Apparat", "de")
    (('Held der Sowjetunion', 'Helden der Sowjetunion'), ('Apparat', 'Apparats', 'Apparates'))
    >>> suffixed("Peter der Große", "de", name=True)[1:3]
    ('Peters des Großen', 'Peter des Großen')
    >>> suffixed("Warschauer Pakt", "de", "masculine")  # (a place adjective: indeclinable)
    ('Warschauer Pakt', 'Warschauer Pakts', 'Warschauer Paktes')
    >>> "Unternehmens Barbarossa" in suffixed("Unternehmen Barbarossa", "de")  # (its head noun)
    True
    """
    rules = _inflection(lang)
    words = term.split(" ")
    if rules is None or term.isupper() or not words[0]:
        return (term,)
    if not name and len(words) > 1 and place_adjective(words[0], lang):  # (indeclinable:
        tail = suffixed(" ".join(words[1:]), lang, gender, weak=weak, named=named)  # (des
        return tuple(f"{words[0]} {f}" for f in tail)  # Warschauer Pakts)
    n = _core(words, rules.get("fixed_after", ()))
    if n > _SUFFIXED_WORDS:
        return (term,)
    k, lemma = (0, "") if name else _adjectives(words[:n], lang)
    at = k if k else n - 1  # (the head noun)
    head = words[at]
    if name:  # (a person's name: only its own genitive, a woman's too, Katharinas)
        own = rules.get("name_genitive")
        sex = _gender(gender, head, rules) if place else None  # (Katharinas: a person's any)
        genitives = [e for e in _genitives(head, rules, sex) if own is None or e in own]
        mark = rules.get("name_genitive_apostrophe")
        if sex in rules.get("genitive_not_of", ()):
            mark = None
        if mark and head.lower().endswith(tuple(rules.get("genitive_not_after", ()))):
            genitives = [mark]  # (Marx', Engels': an s sound)
        forms = _epithet_forms(words, n, genitives, lang) or [
            " ".join((*words[:at], head + e, *words[at + 1 :])) for e in genitives
        ]
        return _same_core([term, *forms], n, rules)
    given, gender = gender, _gender(gender, head, rules)
    ending = _weak(head, lang, gender) if weak else None
    if ending:
        genitives = _weak_genitives(head, lang, ending)
    else:
        genitives = _genitives(head, rules, gender, s_sound=not named or bool(k))
    forms = [term]
    if not k:
        forms += [" ".join((*words[:at], head + e, *words[at + 1 :])) for e in genitives]
    elif ending:  # (the head noun takes its ending but after an adjective's nominative ending)
        rest = words[at + 1 :]
        nominative = {row[0] for row in rules["adjective"]["masculine"]}
        for end, with_genitive in _cells(lang, lemma, "masculine"):
            adjectives = [w[: len(w) - len(lemma)] + end for w in words[:k]]
            noun = head if end in nominative else head + genitives[-1 if with_genitive else 0]
            forms.append(" ".join((*adjectives, noun, *rest)))
    else:
        rest = words[at + 1 :]
        for end, with_genitive in _cells(lang, lemma, gender):
            adjectives = [w[: len(w) - len(lemma)] + end for w in words[:k]]
            for e in ["", *genitives] if with_genitive else [""]:
                forms.append(" ".join((*adjectives, head + e, *rest)))
    if not k and at and _noun_word(words[0]) and not _determiner(words[0], lang):
        first = words[0]  # (a noun before a name heads the term, as in_case reads it: des
        own = _gender(given, first, rules)  # Unternehmens Barbarossa; the last word's forms
        # kept too, for a person's name not so tagged; Kein Schritt zurück: no noun first)
        if own is None and (got := inferred_gender(term, lang)) is not None:
            own = got[0]
        w = _weak(first, lang, own) if weak and own is not None else None
        ends = _weak_genitives(first, lang, w) if w else _genitives(first, rules, own)
        forms += [" ".join((first + e, *words[1:])) for e in ends] if own is not None else []
    return _same_core(forms, n, rules)


#: the dative column of an ``inflection.toml`` ``[<lang>.adjective]`` table
_DATIVE = 2


def in_case(
    term: str,
    lang: str,
    gender: str | None,
    number: str,
    *,
    declension: int,
    case: int,
    kept: int = 0,
) -> str | None:
    """``term``, written in the nominative (its adjectives strong, as a glossary gives it:
    Rote Armee, sowjetische Dissidenten), in ``number`` (``"singular"``, ``"plural"``) and the
    ``case``-th case of ``[<lang>.adjective]``'s columns (nominative, genitive, dative,
    accusative), its adjectives in the ``declension``-th row (0 strong, after no article; 1
    weak, after der; 2 mixed, after ein, kein, a possessive), by the rules :func:`suffixed`
    derives its forms by: the head noun's genitive -s (the first ending ``genitive`` gives),
    a weak noun's -en, and the plural's dative ``dative_plural``. ``None`` where the term's
    gender is not known, its adjectives are of no nominative of that table, or its head is a
    participle used as a noun that genders.toml ``adjectival`` does not list (one it lists,
    :func:`adjectival_noun`, declines as an adjective: den Kriegsgefangenen). The ``kept``
    first words are written as they are (place adjectives, indeclinable: des Warschauer Pakts).

    >>> in_case("Rote Armee", "de", "feminine", "singular", declension=1, case=2)
    'Roten Armee'
    >>> weak = {"declension": 1, "case": 1}
    >>> in_case("Roter Stern", "de", "masculine", "singular", **weak)
    'Roten Sterns'
    >>> in_case("Held der Sowjetunion", "de", "masculine", "singular", declension=1, case=3)
    'Helden der Sowjetunion'
    >>> dative = {"declension": 1, "case": 2}
    >>> [in_case(t, "de", None, "plural", **dative) for t in ("sowjetische Dissidenten", "Kinder", "Gulags")]
    ['sowjetischen Dissidenten', 'Kindern', 'Gulags']
    >>> in_case("Rote Garden", "de", None, "plural", declension=0, case=2)
    'Roten Garden'
    >>> in_case("sowjetische Kriegsgefangene", "de", None, "plural", **dative)
    'sowjetischen Kriegsgefangenen'
    >>> in_case("Kriegsgefangener", "de", "masculine", "singular", declension=1, case=0)
    'Kriegsgefangene'
    >>> in_case("Warschauer Pakt", "de", "masculine", "singular", kept=1, **weak)
    'Warschauer Pakts'

    """
    rules = _inflection(lang)
    table = (rules or {}).get("adjective")
    fixed, words = term.split(" ")[:kept], term.split(" ")[kept:]
    if rules is None or not table or term.isupper() or not words or not words[0]:
        return None
    n = _core(words, rules.get("fixed_after", ()))
    if n > _SUFFIXED_WORDS:
        return None
    k, lemma = _adjectives(words[:n], lang)
    at = k if k else n - 1  # (the head noun)
    if at and not k:  # (a noun before a name or a genitive attribute: Unternehmen Barbarossa,
        if not _noun_word(words[0]):  # Repatriierung sowjetischer Staatsbürger; the first
            return None  # declines, des Unternehmens Barbarossa. A number first, XV. Korps: kept)
        at = 0
    head = words[at]
    slot = "plural" if number == "plural" else _gender(gender, head, rules)
    if slot is None or slot not in table or (k and lemma != table[slot][0][0]):
        return None
    part = adjectival_noun(head, lang)
    stems = tuple(rules.get("adjectival_noun_stems", ()))
    if (
        part is None
        and k
        and head.endswith(lemma)
        and head[: len(head) - len(lemma)].endswith(stems)
    ):
        return None  # (a participle noun genders.toml does not list: kept)
    if part is not None and part[1] != table[slot][0][0]:
        return None  # (given in no strong nominative of that slot: Gefangenen, weak)
    end = table[slot][declension][case]
    adjectives = [w[: len(w) - len(lemma)] + end for w in words[:k]]
    if part is not None:  # (declined as an adjective: den sowjetischen Kriegsgefangenen)
        add, head = end, part[0]
    elif slot == "plural":
        add = rules.get("dative_plural", "") if case == _DATIVE else ""
        if head.lower().endswith(tuple(rules.get("dative_plural_not_after", ()))):
            add = ""
    elif (weak := _weak(head, lang, slot)) is not None:  # (des Helden, des Namens)
        add = _weak_genitives(head, lang, weak)[-1] if case == _GENITIVE else weak if case else ""
    else:
        add = next(iter(_genitives(head, rules, slot)), "") if case == _GENITIVE else ""
    return " ".join((*fixed, *adjectives, head + add, *words[at + 1 :]))


def _epithet_forms(words: list[str], n: int, genitives: Sequence[str], lang: str) -> list[str]:
    """The case forms of a person's name ``words[:n]`` followed by an epithet (``[<lang>.epithet]``:
    the definite article, then weak adjectives, Alexander der Große, or a noun, Wilhelm der
    Eroberer, Albrecht der Bär, after any such adjectives), declining with it: an adjective by
    the article's gender (Alexanders des Großen, Alexander dem Großen, Katharina der Großen),
    a masculine noun as a weak noun (``[<lang>.weak]``: des Bären; in -e as an adjective does,
    des Griechen) or a strong one (des Eroberers, dem Eroberer), a feminine noun unchanged
    (der Zarin); the name's last word taking ``genitives`` in the genitive. None when the
    words after the name are no such epithet.

    >>> _epithet_forms(["Katharina", "die", "Große"], 1, ["s"], "de")
    ['Katharinas der Großen', 'Katharina der Großen', 'Katharina der Großen', 'Katharina die Große']
    >>> _epithet_forms(["Wilhelm", "der", "Eroberer"], 1, ["s"], "de")[:2]
    ['Wilhelms des Eroberers', 'Wilhelm des Eroberers']
    >>> _epithet_forms(["Albrecht", "der", "Bär"], 1, ["s"], "de")[2:]
    ['Albrecht dem Bären', 'Albrecht den Bären']
    >>> _epithet_forms(["Held", "der", "Sowjetunion"], 1, ["s"], "de")
    []
    """
    rules = _inflection(lang) or {}
    table = rules.get("epithet")
    if not table or n >= len(words) - 1:
        return []
    article = words[n].lower()
    gender = next((g for g, row in table["articles"].items() if row[0] == article), None)
    if gender is None:
        return []
    endings = rules["adjective"][gender][table["row"]]
    lemma = endings[0]
    *adjectives, last = words[n + 1 :]
    if not all(w[:1].isupper() and w[1:].islower() for w in (*adjectives, last)) or not all(
        w.endswith(lemma) and len(w) > len(lemma) for w in adjectives
    ):
        return []
    noun = not (last.endswith(lemma) and len(last) > len(lemma))  # (der Eroberer, der Bär)
    if noun and not _epithet_noun(last, gender, lang):  # (Held der Sowjetunion: no epithet)
        return []
    weak = _weak(last, lang, gender) if noun and gender == "masculine" else None
    name = words[:n]
    forms = []
    for case, (the, end) in enumerate(zip(table["articles"][gender], endings, strict=True)):
        if case == 0:
            continue
        epithet = [w[: len(w) - len(lemma)] + end for w in adjectives]
        if not noun:
            tails = [last[: len(last) - len(lemma)] + end]
        elif weak:  # (des Bären; a mixed noun's genitive -ns)
            tails = [
                last + e
                for e in (_weak_genitives(last, lang, weak) if case == _GENITIVE else [weak])
            ]
        elif case == _GENITIVE and gender != "feminine":  # (des Eroberers; die Zarin: der Zarin)
            own = rules.get("name_genitive")  # (-s alone: Eroberers, not Erobereres)
            tails = [last + e for e in _genitives(last, rules, gender) if own is None or e in own]
            tails = tails or [last]
        else:
            tails = [last]
        names = [name]
        if case == _GENITIVE:
            names = [[*name[:-1], name[-1] + e] for e in genitives]
            names += [name] if table.get("bare_genitive") or not genitives else []
        forms += [" ".join((*each, the, *epithet, tail)) for each in names for tail in tails]
    return forms


def _epithet_noun(word: str, gender: str, lang: str) -> bool:
    """Whether ``word`` may be an epithet's noun after the article of ``gender``
    (``[<lang>.epithet]``): a weak masculine noun of ``[<lang>.weak]`` or a noun of its
    ``noun_ends`` (Bär, Eroberer, Zarin; not Sowjetunion).

    >>> [_epithet_noun(w, g, "de") for w, g in (("Bär", "masculine"), ("Eroberer", "masculine"),
    ...     ("Zarin", "feminine"), ("Sowjetunion", "feminine"))]
    [True, True, True, False]
    """
    table = (_inflection(lang) or {}).get("epithet", {})
    if word.lower().endswith(tuple(table.get("noun_ends", {}).get(gender, ()))):
        return True
    return gender == "masculine" and _weak(word, lang, gender) is not None


def _same_core(forms: list[str], n: int, rules: Mapping[str, Any]) -> tuple[str, ...]:
    """``forms`` (once each) whose core is as long as their term's, ``n`` words: not those where
    an ending made a word one of ``fixed_after`` (d + es: des), which no text holds as a form."""
    fixed = rules.get("fixed_after", ())
    return tuple(f for f in dict.fromkeys(forms) if _core(f.split(" "), fixed) == n)


def _plural_word(
    word: str, plural: Mapping[str, Any], vowels: str, gender: str | None, lexical: bool = True
) -> str | None:
    """``word``'s plural by ``plural`` (an ``inflection.toml`` ``[<lang>.plural]``; not by its
    ``lexical`` rules where ``lexical`` is false), or ``None`` where no rule gives one."""
    got = _plural_words(word, plural, vowels, gender, lexical)
    return got[0] if got else None


def _plural_words(
    word: str, plural: Mapping[str, Any], vowels: str, gender: str | None, lexical: bool = True
) -> tuple[str, ...]:
    """``word``'s plurals by ``plural``: :func:`_plural_word`'s, then its rule's ``also``
    (Lager, Läger), ``()`` where no rule gives one."""
    low = word.lower()
    if not word.isalpha() or low[-1] == word[-1].upper():  # (ʹ, a letter fold splits words at)
        return ()
    for rule in plural.get("rules", ()):
        end = rule["end"]
        if rule.get("lexical") and not lexical:
            continue
        # (the end may be the whole word where the rule keeps a letter of it: Stadt, Städte)
        if not low.endswith(end) or len(low) <= min(len(end) - 1, rule.get("cut", 0)):
            continue
        if "only" in rule and low not in rule["only"]:
            continue  # (chouchou, papou: -s; the seven of -oux are whole words)
        if rule.get("after_consonant") and (len(low) == len(end) or low[-len(end) - 1] in vowels):
            continue  # (no letter before the end: no consonant either; "y" alone)
        if low in rule.get("unless", ()) or gender in rule.get("not_of", ()) or rule.get("none"):
            return ()
        return tuple(
            word[: len(word) - r.get("cut", 0)] + r["add"] for r in (rule, *rule.get("also", ()))
        )
    default = plural.get("default")
    if not default or low.endswith(tuple(plural.get("refuse", ()))):
        return ()
    return (word + default,)


def _complement_adjective(rest: Sequence[str], plural: Mapping[str, Any]) -> bool:
    """Whether ``rest``, the words of a term after its core, are a preposition of the plural
    table's ``complement_adjective``, a bare noun and an adjective (de libération russe): the
    adjective may agree with the head noun or with that noun (``data/inflection.toml``)."""
    return (
        len(rest) == 3
        and rest[0].lower() in plural.get("complement_adjective", ())
        and all(w.isalpha() and w.islower() for w in rest[1:])
    )


def _named(word: str, at: int) -> bool:
    """Whether ``word``, the ``at``-th of a term, stays as it is when the term's words take the
    plural: a name in it (a capital not the term's own: division SS Galicie → divisions SS
    Galicie; Le Bon Usage, "Le nombre du nom": names do not take the plural) or an abbreviation
    (a capital after its first letter: SS, XVe)."""
    return word[:1].isupper() if at else any(c.isupper() for c in word[1:])


def pluralized(
    term: str, lang: str, gender: str | None = None, *, lexical: bool = True
) -> tuple[str, ...]:
    """The plural forms of ``term`` that ``data/inflection.toml``'s ``[<lang>.plural]`` gives
    (German: the head noun's plural of a regular class, its adjectives in every declension;
    French: every word of the core; English: the head noun), ``()`` where none does (an
    irregular class, a term in capitals, a core of more than four words). The term is taken as
    a common noun: :func:`plural_forms` gives names none. ``lexical=False``: not by the
    rules of the nouns a compound ends in (``lexical``: Gosplan is no compound of Plan).

    >>> pluralized("Große Säuberung", "de")
    ('Große Säuberungen', 'Großer Säuberungen', 'Großen Säuberungen')
    >>> pluralized("camp de concentration", "fr"), pluralized("Armée rouge", "fr")
    (('camps de concentration',), ('Armées rouges',))
    >>> pluralized("armée de libération russe", "fr")
    ('armées de libération russe', 'armées de libération russes')
    >>> pluralized("prisoner of war", "en"), pluralized("bureau", "fr"), pluralized("cheval", "fr")
    (('prisoners of war',), ('bureaux',), ('chevaux',))
    >>> pluralized("Fünfjahrplan", "de"), pluralized("festival", "fr")
    (('Fünfjahrpläne', 'Fünfjahrplänen'), ())
    >>> pluralized("Gosplan", "de", lexical=False)
    ()
    """
    rules = _inflection(lang)
    words = term.split(" ")
    if rules is None or "plural" not in rules or term.isupper() or not words[0]:
        return ()
    plural = rules["plural"]
    n = _core(words, rules.get("fixed_after", ()))
    if n > _SUFFIXED_WORDS:
        return ()
    vowels, gender = rules.get("vowels", ""), _gender(gender)
    if plural.get("words") == "all":
        named = [_named(w, i) for i, w in enumerate(words[:n])]
        if words[0][:1].isupper() and any(named[1:]):
            return ()  # (capitals throughout: a name, Grande Terreur, Troisième Internationale)
        pairs = zip(words[:n], named, strict=True)
        core = [w if x else _plural_word(w, plural, vowels, gender, lexical) for w, x in pairs]
        if any(w is None for w in core):
            return ()
        rest = words[n:]
        out = [" ".join((*(w for w in core if w), *rest))]
        if _complement_adjective(rest, plural):  # (armées de libération russes)
            agreed = _plural_word(rest[-1], plural, vowels, gender, lexical)
            if agreed and agreed != rest[-1]:
                out.append(" ".join((*(w for w in core if w), *rest[:-1], agreed)))
        return _same_core(out, n, rules)
    k, lemma = _adjectives(words[:n], lang)
    at = k if k else n - 1
    weak = _weak(words[at], lang, _gender(gender, words[at], rules))
    plurals = (
        (words[at] + weak,) if weak else _plural_words(words[at], plural, vowels, gender, lexical)
    )
    if not plurals:
        return ()
    # (German: the dative plural's -n, where the plural ends otherwise: den Kollaborateuren;
    # each plural, then its dative: Lager, Lagern, Läger, Lägern)
    heads: list[tuple[str, bool]] = []
    dative, not_after = plural.get("dative", ""), tuple(plural.get("dative_not_after", ()))
    for head in plurals:
        heads.append((head, False))
        if dative and not head.endswith(not_after):
            heads.append((head + dative, True))
    rest = words[at + 1 :]
    if not k:
        return _same_core([" ".join((*words[:at], h, *rest)) for h, _ in heads], n, rules)
    table = rules["adjective"]["plural"]
    every = dict.fromkeys(e for row in table for e in row)
    datives = dict.fromkeys(row[2] for row in table)  # (the dative: its column alone)
    forms = [
        " ".join((*(w[: len(w) - len(lemma)] + e for w in words[:k]), h, *rest))
        for h, is_dative in heads
        for e in (datives if is_dative else every)
    ]
    return _same_core(forms, n, rules)


def recased(source: Term, target: Term) -> bool:
    """Whether a case form of ``source`` (:func:`suffixed`'s endings), replaced by ``target``,
    a term of the same language, would put ``target``'s adjectives in the wrong case: they
    change by case (German), and ``target`` is not ``source``.

    >>> terror, purge = Term("Großer Terror", "de"), Term("Große Säuberung", "de")
    >>> recased(terror, purge), recased(terror, Term("Jeschowschtschina", "de"))
    (True, False)
    """
    lang = primary(target.lang)
    if target is source or primary(source.lang) != lang or is_cyrillic(target.text):
        return False
    rules = _inflection(lang)
    if rules is None or "adjective" not in rules or target.text.isupper():
        return False
    words = target.text.split(" ")
    return _adjectives(words[: _core(words, rules.get("fixed_after", ()))], lang)[0] > 0


def plural_of(term: Term, concept: Concept | None = None) -> str | None:
    """The one plural of ``term`` a text may take in place of a plural form (glossary apply's
    replace: "les goulags" → "les camps"; a Russian or Ukrainian term's nominative plural,
    :func:`translit.morphology.plural`), or ``None`` when the rules give none or several
    (a German term with adjectives: Große, Großen, Großer Säuberungen by the article before;
    a word the dictionary does not know), or the term is a name or an acronym.

    >>> plural_of(Term("camp", "fr")), plural_of(Term("Säuberung", "de")), plural_of(Term("nez", "fr"))
    ('camps', 'Säuberungen', 'nez')
    >>> plural_of(Term("Kollaborateur", "de"))  # (not the dative Kollaborateuren)
    'Kollaborateure'
    >>> print(plural_of(Term("Große Säuberung", "de")), plural_of(Term("Republik", "de")))
    None None
    >>> plural_of(Term("концентрационный лагерь", "ru"))
    'концентрационные лагеря'
    """
    from ..morphology import plural

    concept = concept or Concept("-")
    lang = primary(term.lang)
    if inflects_by_dictionary(term):  # (the dictionary's, where it is sure)
        named = is_name(concept, term) or term.is_acronym
        return None if named else plural(term.text, lang, hint=_hint(concept, term))
    _, many, either = derived_forms(concept, term)
    got = many + either  # (les héros: the plural is the term's own spelling)
    # not the German dative plural (Kollaborateuren), which is another plural form plus -n
    dative = (_inflection(lang) or {}).get("plural", {}).get("dative")
    if dative:
        got = tuple(f for f in got if not (f.endswith(dative) and f[: -len(dative)] in got))
    return got[0] if len(got) == 1 else None
