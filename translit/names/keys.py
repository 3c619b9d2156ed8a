"""Name keys: one key for every rendering of a name (Cyrillic, English, German, French).

The rewrite rules are data (``translit/data/names/keys.toml``); this module reads them and
applies them word by word.
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from collections.abc import Callable
from typing import Any, NamedTuple

from .. import _datafiles as datafiles
from ..catalogue import get_romanizer
from ..errors import want_name_length, want_str
from ..morphology import LANGUAGES, person_genders, singular_lemmas, surname_genders
from ..script import drop_marks
from .forms import (
    CYRILLIC,
    convention_ids,
    fold,
    given_names,
    regnal_forms,
    regnal_numeral,
    source_given_forms,
)
from .korean import latin_syllables, readings, surname_first

__all__ = ["name_key", "same_name"]

_HAS_CYR = re.compile(f"[{CYRILLIC}]")

Rules = tuple[tuple[re.Pattern[str], str], ...]


@functools.cache
def _data() -> dict[str, object]:
    return datafiles.load_toml("names", "keys.toml")


@functools.cache
def _rules(name: str) -> Rules:
    items = _data()[name]
    assert isinstance(items, list)
    return tuple((re.compile(r["rule"][0]), r["rule"][1]) for r in items)


@functools.cache
def _marker(name: str) -> re.Pattern[str]:
    markers = _data()["markers"]
    assert isinstance(markers, dict)
    return re.compile(markers[name])


def _apply(rules: Rules, s: str) -> str:
    for pattern, repl in rules:
        s = pattern.sub(repl, s)
    return s


def _flavour(text: str, strong: bool = False) -> Rules | None:
    """The spelling rules of the convention ``text`` seems written in (None: no marker)."""
    raw = text.lower()
    if _marker("sci_mark").search(raw):
        return _rules("sci")
    fr = _marker("fr_strong" if strong else "fr_mark")
    de = _marker("de_strong" if strong else "de_mark")
    if fr.search(raw) and not _marker("de_strong").search(raw):
        return _rules("fr")
    if de.search(raw):
        return _rules("de")
    return None


def _ou_only(word: str) -> bool:
    """Whether ou is the one strong French mark of ``word``: German writes the Belarusian оў
    so (Mahiljou for Магілёў: be/duden.toml), where French ou is у."""
    return _marker("fr_strong").search(word.lower().replace("ou", "")) is None


@functools.lru_cache(maxsize=1 << 16)  # per word: a glossary's names share their words
def _latin_word_key(word: str, flavour: Rules) -> str:
    s = _apply(_rules("latin_letters"), word.lower())
    sci = _rules("sci")
    if flavour and flavour[-len(sci) :] == sci:  # its letters carry the accents
        s, flavour = _apply(flavour, unicodedata.normalize("NFC", s)), ()
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if c.isascii() and c.isalpha())
    return _apply(_rules("all"), _apply(flavour, s))


#: Ukrainian letters, and the Russian letters that sound as Ukrainian ones (и → ы, і → и,
#: ї → йи, є → е, ґ → г), so that a Ukrainian spelling keys near the Russian one.
_UK_LETTERS = re.compile("[іїєґІЇЄҐ]")
_UK_AS_RU = str.maketrans(
    {
        "и": "ы",
        "И": "Ы",
        "і": "и",
        "І": "И",
        "ї": "йи",
        "Ї": "Йи",
        "є": "е",
        "Є": "Е",
        "ґ": "г",
        "Ґ": "Г",
    }
)
#: Belarusian ў is written w, u or v by the reader conventions: the key reads it as в.
_BE_AS_RU = str.maketrans({"ў": "в", "Ў": "В"})


class _Spelling(NamedTuple):
    """One ``[[cyrillic_spellings]]`` entry of keys.toml."""

    letters: re.Pattern[str]
    lang: str
    scheme: str
    reading: str | None  # the key's rules for such a word (``sci``: c is ц), else None


@functools.cache
def _other_spellings() -> tuple[_Spelling, ...]:
    """``[[cyrillic_spellings]]`` of keys.toml: the Cyrillic spellings of other languages."""
    items = _data()["cyrillic_spellings"]
    assert isinstance(items, list)
    return tuple(
        _Spelling(re.compile(i["letters"]), i["lang"], i["scheme"], i.get("reading")) for i in items
    )


@functools.lru_cache(maxsize=1 << 16)
def _source_reading(word: str) -> Rules | None:
    """The rules ``[[cyrillic_spellings]]`` names (``reading``) for the romanisation of the
    Cyrillic ``word`` (a Serbian or Macedonian word: the scholarly rules, c as ц), else None:
    the word's Latin letters decide."""
    if not _HAS_CYR.search(word):
        return None
    for spelling in _other_spellings():
        if spelling.letters.search(word):
            return _rules(spelling.reading) if spelling.reading else None
    return None


@functools.cache
def _cyrillic_variants() -> tuple[tuple[re.Pattern[str], str], ...]:
    """``[cyrillic_variants]`` of keys.toml: (a pattern, its other reading) of a Cyrillic word."""
    table = _data()["cyrillic_variants"]
    assert isinstance(table, dict)
    return tuple((re.compile(str(k)), str(v)) for k, v in table.items())


@functools.cache
def _vowel_reduction() -> tuple[re.Pattern[str], re.Pattern[str], tuple[re.Pattern[str], str]]:
    """``[vowel_reduction]`` of keys.toml: the letters of a word written with reduced vowels
    (Belarusian), the letters that rule it out, and the fold of a key's vowels."""
    table = _data()["vowel_reduction"]
    assert isinstance(table, dict)
    pattern, repl = table["fold"]
    return (
        re.compile(table["letters"]),
        re.compile(table["not_letters"]),
        (re.compile(pattern), repl),
    )


def _reduced(word: str) -> bool:
    """Whether ``word`` is written with reduced vowels (a Belarusian spelling: Караткевіч)."""
    letters, not_letters, _ = _vowel_reduction()
    return letters.search(word) is not None and not_letters.search(word) is None


def _folded(keys: frozenset[str]) -> frozenset[str]:
    """``keys`` with their vowels folded as ``[vowel_reduction]`` says (o and e read as a)."""
    pattern, repl = _vowel_reduction()[2]
    return frozenset(pattern.sub(repl, k) for k in keys)


@functools.lru_cache(maxsize=1 << 16)
def _romanized(word: str) -> str:
    """A Cyrillic word romanised (BGN/PCGN, ё read as yo; a word with a Serbian, Macedonian or
    Bulgarian letter by that language's system); a Latin word as it is. The romanisers read
    the letters as typed (``homoglyphs=False``), as :func:`skeletons` reads them: repairing
    look-alikes first read ``bР`` (Latin b, Cyrillic Р) with a P, its skeleton with an R."""
    if _HAS_CYR.search(word):
        for letters, lang, scheme, _ in _other_spellings():
            if letters.search(word):
                return get_romanizer(scheme, lang, homoglyphs=False).romanize(word)
        word = re.sub("[ёЁ]", lambda m: "йо" if m.group() == "ё" else "Йо", word)
        if _UK_LETTERS.search(word):  # a Ukrainian spelling: its и is the Russian ы
            word = word.translate(_UK_AS_RU)
        return get_romanizer("bgn-pcgn", "ru", homoglyphs=False).romanize(word.translate(_BE_AS_RU))
    return word


def _words(name: str) -> list[str]:
    return [w for w in re.split(r"[\s\-\u2010]+", unicodedata.normalize("NFC", name)) if w]


#: Serbian and Croatian ć is a letter of its own (ч, keys.toml [[latin_letters]]), not c with an
#: accent: the look-up keeps it (Leć is no Lech, Oćh no Och), and finds a listed spelling with
#: it also as ASCII writes it (Cosic). (đ has no accent to drop; a stand-in character keeps ć
#: through :func:`fold`, which drops acute accents as stress marks.)
_OWN_LETTER, _STAND_IN = "ć", "\ufdd1"
#: Latin words the given-name look-up by rule key leaves alone: Serbian or Croatian ones (no
#: given-name table holds ć or đ, nor ћ or ђ, which a Cyrillic word is looked up by)
_SOUTH_SLAVIC = re.compile("[ćđĆĐ]|c\u0301|C\u0301")


@functools.lru_cache(maxsize=1 << 16)  # (a name's renderings by several schemes are often one)
def _alias_fold(text: str) -> str:
    """Look-up form of a listed spelling: :func:`fold`, and Latin without its accents (but
    with its ć).

    >>> _alias_fold("Ćosić"), _alias_fold("Đoković"), _alias_fold("Dvořák")
    ('ćosić', 'đoković', 'dvorak')
    """
    keep = _STAND_IN not in text and _SOUTH_SLAVIC.search(text) is not None
    if keep:
        text = unicodedata.normalize("NFC", text).replace("Ć", "ć").replace("ć", _STAND_IN)
    s = fold(text)
    if not _HAS_CYR.search(s):
        s = drop_marks(s)
    return s.replace(_STAND_IN, _OWN_LETTER) if keep else s


def _plain(name: str) -> str:
    """The key of ``name`` by the rules alone (no listed forms)."""
    words = _words(name)
    latin = [_romanized(w) for w in words]
    strong = _flavour(" ".join(latin), strong=True) or ()
    keys = (
        _latin_word_key(w, _source_reading(c) or _flavour(w) or strong)
        for c, w in zip(words, latin, strict=True)
    )
    return " ".join(k for k in keys if k)


def _add(table: dict[str, str | None], spelling: str, key: str) -> None:
    folded = _alias_fold(spelling)
    for k in dict.fromkeys((folded, folded.replace(_OWN_LETTER, "c"))):  # (Ćosić as Cosic too)
        if k:
            table[k] = key if table.get(k, key) == key else None  # two names share it


def _made_given_aliases() -> dict[str, str | None]:
    """Every spelling, reader form and convention rendering of a given name → the key of its
    first spelling."""
    table: dict[str, str | None] = {}
    for g in given_names():
        spellings = [(lang, s) for lang in ("ru", "uk", "be") for s in g.spellings[lang]]
        if not spellings:
            continue
        key = _plain(spellings[0][1])
        # the reader conventions' renderings of each spelling (Олександр → Oleksandr, Wolodymyr)
        rendered = [
            get_romanizer(c, lang, homoglyphs=False)(s)
            for lang, s in spellings
            for c in convention_ids().values()
        ]
        forms = [f for fs in g.forms.values() for f in fs]
        # the reader forms of its Ukrainian and Belarusian spellings (Олексій → Oleksiy, Oleksi)
        forms += [
            f
            for lang in ("uk", "be")
            for s in g.spellings[lang]
            for fs in source_given_forms(lang).get(s, {}).values()
            for f in fs
        ]
        for v in (*(s for _, s in spellings), *forms, *rendered):
            if " " not in v:
                _add(table, v, key)
    # monarchs' regnal forms ([regnal] of conventions.toml: Nikolaus, Katharina, Paul), where
    # no other given name already has that spelling
    firsts = {g.id: g.spellings["ru"][0] for g in given_names() if g.spellings["ru"]}
    for gid, regnal in regnal_forms().items():
        if gid in firsts:
            key = _plain(firsts[gid])
            for v in regnal:
                if _alias_fold(v) not in table:
                    _add(table, v, key)
    # foreign given names (foreign_given.csv: Жак, Jacques), where no other given name already
    # has the spelling; a row takes the key its spellings or its original already have (Гарри:
    # Garry, and Harry; Пол: Paul, Pavel's), else one key per original (Пол and Поль are Paul)
    by_form: dict[str, str] = {}
    for row in datafiles.read_table("names", "foreign_given.csv"):
        names = [n.strip() for lang in ("ru", "uk") for n in row[lang].split("|") if n.strip()]
        written = (*names, row["form"])
        known = [table.get(_alias_fold(n)) for n in written]
        key = next((k for k in known if k), None) or by_form.setdefault(
            _alias_fold(row["form"]), _plain(names[0])
        )
        for n in written:
            if " " not in n and _alias_fold(n) not in table:
                _add(table, n, key)
    return table


def _numeral(word: str) -> str | None:
    """``#`` and the numeral of a regnal number (a monarch's: Peter I, Nikolaus II., Pierre
    Ier → #I), keyed as itself; None for another word. The pattern and the readers' endings
    are the conventions' (:func:`~.forms.regnal_numeral`)."""
    m = regnal_numeral().match(word)
    return f"#{m.group(1)}" if m else None


def _by_rule_key(table: dict[str, str | None]) -> dict[str, str | None]:
    """The rule key of every Latin spelling of ``table`` → its name's key (None: two names), so
    that a spelling variant the data does not list (Volodymir, Oleksander, Char'kiv) finds its
    name too."""
    out: dict[str, str | None] = {}
    for spelling, key in table.items():
        if key is not None and not _HAS_CYR.search(spelling):
            k = _plain(spelling)
            out[k] = key if out.get(k, key) == key else None
    return out


@functools.cache
def _given_by_key() -> dict[str, str | None]:
    return _by_rule_key(_given_aliases())


@functools.cache
def _place_by_key() -> dict[str, str | None]:
    return _by_rule_key(_place_aliases())


@functools.lru_cache(maxsize=1 << 16)
def _given_key(word: str) -> str | None:
    """The key of the given name ``word`` is a spelling or a Latin spelling variant of."""
    key = _given_aliases().get(_alias_fold(word))
    if key is None and not _HAS_CYR.search(word) and not _SOUTH_SLAVIC.search(word):
        key = _given_by_key().get(_plain(word))
    return key


#: Schemes whose rendering of a listed spelling is an alias of it too (besides the reader
#: conventions): the national systems and BGN/PCGN, which maps and agencies use.
_ALIAS_SCHEMES = ("national", "bgn-pcgn")


def _renderings(lang: str, spelling: str) -> list[str]:
    """``spelling`` (language ``lang``) as the reader conventions, its national system and
    BGN/PCGN write it (Гродна → Hrodna; Іванава → Ivanava)."""
    return [romanize(spelling) for romanize in _rendering_systems(lang)]


@functools.cache
def _rendering_systems(lang: str) -> tuple[Callable[[str], str], ...]:
    """The romanisers of :func:`_renderings` for ``lang`` (asked once per language, not for
    each of its thousands of names)."""
    from ..catalogue import scheme_ids

    have = set(scheme_ids(lang))
    ids = [c for c in (*convention_ids().values(), *_ALIAS_SCHEMES) if c in have]
    return tuple(get_romanizer(c, lang, homoglyphs=False).romanize for c in ids)


def _made_place_aliases() -> dict[str, str | None]:
    """Every spelling, form and scheme rendering of a place of the shipped data → the key of
    its first spelling."""
    from .forms import established_rows

    by_concept: dict[str, list[str]] = {}
    forms: dict[str, list[str]] = {}
    for row in established_rows():
        if row.kind == "place":
            by_concept.setdefault(row.id, []).append(row.text)
            forms.setdefault(row.id, []).extend(f for fs in row.forms.values() for f in fs)
            forms[row.id].extend(_renderings(row.lang, row.text))
    table: dict[str, str | None] = {}
    for cid, spellings in by_concept.items():
        key = _plain(spellings[0])
        for v in (*spellings, *forms[cid]):
            _add(table, v, key)
    return table


def _made_person_aliases() -> dict[str, str | None]:
    """Every spelling and form of a person of the shipped data (Андрэй Уласаў, Peter the Great,
    Lukaschenka) → that person's first spelling, whose key they share."""
    from .forms import established_rows

    first: dict[str, str] = {}
    forms: dict[str, list[str]] = {}
    for row in established_rows():
        if row.kind == "person":
            first.setdefault(row.id, row.text)
            forms.setdefault(row.id, []).extend(
                [row.text, *(f for fs in row.forms.values() for f in fs)]
            )
            forms[row.id].extend(_renderings(row.lang, row.text))
    table: dict[str, str | None] = {}
    for cid, spellings in forms.items():
        for v in spellings:
            _add(table, v, first[cid])
    return table


@functools.lru_cache(maxsize=1 << 16)
def _keys(name: str, variants: bool = False) -> frozenset[str]:
    """The key of ``name``; with ``variants``, also the keys of every other reading of its
    Latin words that show no strong marker of their own (as English, German, French, or with
    h for г). A listed place (by spelling, or a Latin name by its rule key) adds the place's
    key; a listed person adds the key of the person's first spelling."""
    folded = _alias_fold(name)
    place = _place_aliases().get(folded)
    if place:  # and its own reading, which an unlisted spelling (Char'kiv) may share
        return frozenset({place}) | _rule_keys(name, variants)
    if not _HAS_CYR.search(name):
        found = {p for k in _rule_keys(name, variants) if (p := _place_by_key().get(k))}
        if len(found) == 1:
            return frozenset(found) | _rule_keys(name, variants)
    person = _person_aliases().get(folded)
    if person and _alias_fold(person) != folded:
        return _rule_keys(person, False) | _rule_keys(name, variants)
    return _rule_keys(name, variants)


@functools.lru_cache(maxsize=1 << 16)
def _rule_keys(name: str, variants: bool, settle: bool = False) -> frozenset[str]:
    """The keys of ``name`` by the given-name aliases and the rules (see :func:`_keys`); with
    ``settle``, a Latin word no marker decides is read as French or German where only that
    reading is the key of a listed name's word (:func:`_settled`)."""
    words = _words(name)
    alias = [_given_key(w) for w in words]
    latin = [_romanized(w) for w in words]
    free = " ".join(w for w, a in zip(latin, alias, strict=True) if a is None)
    default = _flavour(free, strong=True) or _given_flavour(latin, alias)
    cyrillic = _HAS_CYR.search(name) is not None
    options: list[list[str]] = []
    for i, (word, w, a) in enumerate(zip(words, latin, alias, strict=True)):
        if a is not None and (
            not variants or cyrillic or _given_aliases().get(_alias_fold(word)) is not None
        ):
            options.append([a])
            continue
        # a Latin word that is no listed spelling but shares the rule key of one (Iona and the
        # French Jenia of Женя both key "ena") may be that name or a name the tables lack
        # (Иона): with variants, its own readings count too
        given = [a] if a is not None else []
        # a regnal number follows a given name; with a full stop only at the end (Peter I.),
        # where elsewhere it is an initial (Pjotr I. Tschaikowski)
        numeral = _numeral(word) if i and alias[i - 1] is not None else None
        if numeral is not None and (not word.endswith(".") or i == len(words) - 1):
            options.append([numeral])
            continue
        own = _source_reading(word) or _flavour(w)
        readings = [own or default]
        if variants and not cyrillic and readings[0] != _rules("sci"):
            strong = _flavour(w, strong=True)
            if strong is None:
                readings += [(), _rules("de"), _rules("fr")]
            elif strong == _rules("fr") and _ou_only(w):
                readings.append(_rules("de"))
            for marker in ("latin_c", "latin_w"):
                if _marker(marker).search(w.lower()):
                    readings.append(_rules(marker))
            # with h as г too: a w that is ў comes with the г of Belarusian (Rahachow, Рагачоў)
            readings += [_rules("uk") + r for r in readings]
        elif variants and not cyrillic:  # the Ukrainian and Belarusian scholarly h (Bahuševič)
            readings.append(_rules("uk") + readings[0])
        keys = [_latin_word_key(w, r) for r in readings]
        if settle and not cyrillic and not variants and own is None:
            keys = [_settled(w, keys[0], readings[0])]
        if variants:  # ў also written u (Tsikhanouski), ьо as ё (Ponomariov): keys.toml
            for old, new in _cyrillic_variants():
                if old.search(word):
                    # a Cyrillic word's BGN/PCGN romanisation, read as it is: its ou
                    # (Рагачоў → Ragachou) is no French marker that would make its ch a ш
                    u = _romanized(old.sub(new, word))
                    keys.append(_latin_word_key(u, _source_reading(old.sub(new, word)) or ()))
        options.append(list(dict.fromkeys((*given, *keys))))
    # every reading of every word with every other's: a product that doubles with each word of
    # two readings (a text of 60 Cyrillic words, 2**60 keys, was killed for want of memory);
    # past _MAX_KEYS words in all the keys hold, a word is read its first way only
    total, most = 1, max(1, _MAX_KEYS // max(1, len(options)))
    for n, choices in enumerate(options):
        if total * len(choices) > most:
            options[n] = choices[:1]
        total *= len(options[n])
    return frozenset(" ".join(k for k in combo if k) for combo in itertools.product(*options))


def _given_flavour(latin: list[str], alias: list[str | None]) -> Rules:
    """The French rules where a given name of the name (``alias``: its words' given-name
    keys) is spelt as only French readers spell it (keys.toml markers.fr_given: Mikhaïl,
    Sergueï, Guennadi), else none: it decides the reading of the name's other words when
    those show no marker (Mikhaïl Cholokhov: ch is ш)."""
    given = " ".join(w for w, a in zip(latin, alias, strict=True) if a is not None)
    return _rules("fr") if _marker("fr_given").search(given.lower()) else ()


def _made_known_words() -> frozenset[str]:
    """The words of the keys of the listed places and people and of the given names: the
    keys a word of a name is known to have."""
    people = {p for p in _person_aliases().values() if p}
    keys = [k for k in _place_aliases().values() if k]
    keys += [_person_key(p) for p in people]
    keys += [k for k in _given_aliases().values() if k]
    return frozenset(w for k in keys for w in k.split(" ") if w)


def _settled(word: str, key: str, reading: Rules) -> str:
    """The key of the Latin ``word`` whose own letters show no marker (``key``: its key by
    ``reading``, the one its name's other words decide, else English), or its key by another
    reading (English, French, German) where that one alone is a known word's
    (:func:`_known_words`) and ``key`` is not: Terechkova (ch: ш), Bucharin (ch: х), Kapiza
    (z: ц); Rachmaninov after Sergueï (ch: х, not the French ш)."""
    known = _known_words()
    if key in known:
        return key
    others = ((), _rules("fr"), _rules("de"))
    other = {_latin_word_key(word, r) for r in others if r != reading} & known
    return other.pop() if len(other) == 1 else key


#: the most words all the keys :func:`_rule_keys` gives one name hold together (a name of four
#: words with eight readings each has 4,096 keys: 16,384 words)
_MAX_KEYS = 1 << 16


def _listed_key(folded: str) -> str | None:
    """The key of a listed place or person (by its :func:`_alias_fold`), else ``None``."""
    place = _place_aliases().get(folded)
    if place:
        return place
    person = _person_aliases().get(folded)
    return _person_key(person) if person else None


def _in_capitals(word: str) -> bool:
    """A word of three letters or more, none in lower case (VLASOV, ВЛАСОВ; not Vlasov, nor
    two letters, initials as often as a surname: JD Vance, AJ Styles)."""
    return sum(c.isalpha() for c in word) >= 3 and word.isupper()


def _given_word(word: str) -> bool:
    """A word that may follow a surname in capitals in a heading: one with a letter in lower
    case (Andrey) or an initial (A.); not another word in capitals, a number or an abbreviation
    in capitals (ORDER NO. 270 is no heading: its words keep their order)."""
    return any(c.islower() for c in word) or (
        len(word) == 2 and word[0].isalpha() and word[1] == "."
    )


def _korean(words: list[str]) -> bool:
    """Whether ``words`` are a Korean name, surname first
    (:func:`~translit.names.korean.surname_first`) and no word of its given name a given name
    of the tables (КИМ Анна, a Russian Korean's name, reads ан-на too: Anna KIM).

    >>> _korean(["КИМ", "Ён", "Су"]), _korean(["КИМ", "Анна"]), _korean(["KIM", "Yeon-su"])
    (True, False, True)
    """
    return surname_first(words) and not any(_given_key(w) for w in words[1:])


def _given_first(name: str) -> str:
    """``name`` in given-name-first order where its order is marked, else as written: one comma
    ends the surname (``Vlasov, Andrey``); a surname in capitals before words that are not
    (``VLASOV Andrey``, ``ВЛАСОВ Андрей``: a catalogue or index heading); a name of three words
    whose last one, not its middle one, is a patronymic (``Власов Андрей Андреевич``, the order
    of Russian documents). A name in one case all through (``Vlasov Andrey``) tells no order,
    and a listed spelling keeps its own, as a Korean name does (a listed surname, then
    syllables: ``КИМ Ён Су``, ``Kim, Yeon-su`` are surname first in any setting).

    >>> _given_first("Vlasov, Andrey"), _given_first("VLASOV Andrey")
    ('Andrey Vlasov', 'Andrey VLASOV')
    >>> _given_first("Власов Андрей Андреевич"), _given_first("Vlasov Andrey")
    ('Андрей Андреевич Власов', 'Vlasov Andrey')
    >>> _given_first("ORDER NO. 270"), _given_first("ORDER NO."), _given_first("VLASOV A. A.")
    ('ORDER NO. 270', 'ORDER NO.', 'A. A. VLASOV')
    >>> _given_first("КИМ Ён Су"), _given_first("Kim, Yeon-su"), _given_first("KIM Andrey")
    ('КИМ Ён Су', 'Kim Yeon-su', 'Andrey KIM')
    """
    if _listed_key(_alias_fold(name)):  # (a listed spelling keys as listed: RSS d'Ukraine)
        return name
    korean = name.replace(",", " ").split() if name.count(",") == 1 else name.split()
    if _korean(korean):  # (KIM Yeon-su, Kim, Yeon-su: a Korean name's own order)
        return " ".join(korean)
    if name.count(",") == 1:
        surname, given = (part.strip() for part in name.split(","))
        return f"{given} {surname}" if surname and given else name
    words = name.split()
    n = 0
    while n < len(words) and _in_capitals(words[n]):
        n += 1
    if 0 < n < len(words) and all(_given_word(w) for w in words[n:]):
        return " ".join(words[n:] + words[:n])
    if len(words) == 3 and not _INITIAL.match(words[1]):
        pattern = _marker("patronymic")
        middle, last = (
            pattern.search(_romanized(w).lower()) or pattern.search(_bare(w)) for w in words[1:]
        )
        if last and not middle:
            return " ".join([words[1], words[2], words[0]])
    return name


#: What a text too long for a name key is told to do (:func:`~translit.errors.want_name_length`:
#: a name in any script up to the Latin limit, as a key's text may be either)
_ONE_NAME = "give one name at a time, not a text"


def name_key(name: str) -> str:
    """A cross-language key: renderings of the same name in any reader convention collide.

    Cyrillic is romanised (BGN/PCGN, ё read as yo); each Latin word is read in the convention
    its spelling shows (tsch/sch/w: German; ou/ï/gu/-ine: French; else the name's other words
    decide, else English) and folded by the ordered rewrite rules of
    ``translit/data/names/keys.toml`` (tsch→ch, sch→sh, w→v, ss→s between vowels, ...).
    A given name in any spelling or reader form (Олександр, Alexandre, Sergej), and a place or
    a person in any spelling or form of the shipped data (Харків, Kharkov; Лукашэнка,
    Lukashenko; Peter the Great) take the key of their first listed spelling.

    >>> name_key("Власов") == name_key("Wlassow") == name_key("Vlassov")
    True
    >>> name_key("Tchaïkovski") == name_key("Chaykovskiy")
    True
    >>> name_key("Олександр") == name_key("Alexandre"), name_key("Kharkiv") == name_key("Харьков")
    (True, True)
    >>> name_key("Peter the Great") == name_key("Пётр Великий")
    True

    A name is keyed given name first where its order is marked (:func:`_given_first`): a
    surname before one comma, in capitals before words that are not, a patronymic last; an
    unmarked order is kept (the key is not sorted: a glossary finds a key's terms by their
    letters in order).

    >>> name_key("VLASOV Andrey"), name_key("Власов, Андрей"), name_key("Vlasov Andrey")
    ('andrei vlasov', 'andrei vlasov', 'vlasov andrei')

    A text without a letter (empty, spaces, punctuation, digits) names no one: its key is
    ``""``, which a program grouping names by key should leave out (:func:`same_name` matches
    it to nothing).

    >>> name_key(""), name_key("  "), name_key("—"), name_key("123")
    ('', '', '', '')

    A key is compared exactly, capitals included: S, C and H stand for the sounds sh/zh, ch and
    kh (``translit/data/names/keys.toml``), so a column of keys stored under a case-insensitive
    collation (MySQL's default, SQL Server's) or lowered merges different names.

    >>> name_key("Шевченко"), name_key("Севченко"), name_key("Хан"), name_key("Ган")
    ('SevCenko', 'sevCenko', 'Han', 'gan')
    """
    name = want_str(name, "name_key()")
    want_name_length(name, "name_key() keys a name", "name", True, _ONE_NAME)
    # one key for a name in any Unicode form: an NFD Hangul syllable is three letters, which
    # made "G0 멣 Xõ" a surname in capitals (_in_capitals counts letters) in NFD alone
    name = unicodedata.normalize("NFC", name)
    listed = _listed_key(_alias_fold(name))
    if listed:
        return listed
    ordered = _given_first(name)
    listed = _listed_key(_alias_fold(ordered)) if ordered != name else None
    if listed:
        return listed
    (key,) = _rule_keys(ordered, False, True)
    return key


# -- skeletons: which names may share a key, without computing their keys ---------------------

#: The letters of a key that no rule of keys.toml makes, drops or changes, in any convention
#: (a doubled one is made single): a name's key holds its letters' kept letters in their order,
#: doubled ones single, so two names whose keys are equal have equal skeletons
#: (tests/test_glossary_sizes.py checks every rule and the glossaries' names)
_KEPT = frozenset("bdlmnr")
_RUNS = re.compile(r"([bdlmnr])\1+")
#: the skeleton of a character whose Cyrillic renderings disagree on kept letters
UNSURE = "*"


def _latin_kept(latin: str) -> str:
    """The kept letters of a Latin spelling, as :func:`_latin_word_key` reads its letters."""
    s = unicodedata.normalize("NFD", _apply(_rules("latin_letters"), latin.lower()))
    return "".join(c for c in s if c in _KEPT)


class _SkeletonTable(dict[int, str]):
    """Character → its kept letters (a ``str.translate`` table), each worked out when first
    met: a Cyrillic letter by every romanisation ``systems`` give it (alone, in capitals and
    between letters), :data:`UNSURE` when they disagree."""

    def __init__(self, systems: tuple[Callable[[str], str], ...]) -> None:
        super().__init__()
        self._systems = systems

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        if ch == "\n":
            got = {ch}
        elif not _HAS_CYR.match(ch):
            got = {_latin_kept(ch)}
        else:
            texts = (ch, ch.lower(), ch.upper(), f"а{ch}а", f"т{ch}т", f"Т{ch.upper()}Т")
            got = set()
            for romanize in self._systems:
                out = romanize("\n".join(texts)).split("\n")
                if len(out) != len(texts):  # pragma: no cover - a line end rewritten
                    out = [romanize(t) for t in texts]
                got.update(_latin_kept(x) for x in out)
        self[code] = out_ = got.pop() if len(got) == 1 else UNSURE
        return out_


@functools.lru_cache(maxsize=64)
def _skeleton_table(systems: tuple[Callable[[str], str], ...] | None) -> _SkeletonTable:
    if systems is None:  # a name key's: its romanisation, and the systems of other letters
        others = [
            get_romanizer(s.scheme, s.lang, homoglyphs=False).romanize for s in _other_spellings()
        ]
        systems = (_romanized, *others)
    return _SkeletonTable(systems)


def skeletons(
    names: list[str], systems: tuple[Callable[[str], str], ...] | None = None
) -> list[str]:
    """The skeleton of each name (one translation of them all): the kept letters of its
    characters, a doubled one single; two names with the same :func:`name_key` have the same
    skeleton, or one holding :data:`UNSURE`, unless a listed form gives one its key
    (:func:`key_skeletons` adds those). With ``systems`` (romanisers), the Cyrillic letters
    are read as those write them: a Cyrillic text and any of its romanisations by them have
    the same skeleton, or the text's holds :data:`UNSURE`.

    >>> skeletons(["Власов", "Wlassow", "Vlasov", "Tchaïkovski", "Lebedev"])
    ['l', 'l', 'l', '', 'lbd']
    """
    table = _skeleton_table(systems)
    if systems is None:  # (a name key reads a name in given-name-first order: its skeleton too)
        names = [_given_first(n) for n in names]
    joined = "\n".join(names)
    if joined.count("\n") != len(names) - 1:  # a name holding a line end: one at a time
        return [_RUNS.sub(r"\1", n.translate(table)) for n in names]
    return _RUNS.sub(r"\1", joined.translate(table)).split("\n") if names else []


@functools.cache
def _given_skeletons() -> dict[str, frozenset[str]]:
    """Key of a given name → the skeletons of the words that take it: its spellings and forms,
    and the rule keys of the Latin spellings that read as it."""
    given: dict[str, set[str]] = {}
    pairs = [(k, v) for k, v in _given_aliases().items() if v] + [
        (k, v) for k, v in _given_by_key().items() if v
    ]
    for (_, key), skeleton in zip(pairs, skeletons([k for k, _ in pairs]), strict=True):
        given.setdefault(key, set()).add(skeleton)
    return {k: frozenset(v) for k, v in given.items()}


@functools.cache
def _person_key(first: str) -> str:
    """The key of a listed person, from its first spelling."""
    return next(iter(_rule_keys(first, False)))


@functools.cache
def _listed_by_key() -> dict[str, tuple[str, ...]]:
    """Key (:func:`_listed_key`) → the spellings of the listed places, then people, with it:
    built once, so that a look-up by key does not go through every listed name."""
    places, people = _place_aliases(), _person_aliases()
    index: dict[str, list[str]] = {}
    for s, k in places.items():
        if k is not None:
            index.setdefault(k, []).append(s)
    keys = {p: _person_key(p) for p in set(people.values()) if p}
    for s, p in people.items():
        if p and not places.get(s):
            index.setdefault(keys[p], []).append(s)
    return {k: tuple(v) for k, v in index.items()}


def _listed_spellings(key: str) -> list[str]:
    """The spellings of listed places and people whose key (:func:`_listed_key`) is ``key``."""
    return list(_listed_by_key().get(key, ()))


#: the most skeletons :func:`key_skeletons` lists before it gives up (``None``)
_MAX_SKELETONS = 256


def key_skeletons(key: str) -> frozenset[str] | None:
    """The skeletons (:func:`skeletons`) of the names whose :func:`name_key` is ``key``, but
    those holding :data:`UNSURE`; ``None`` when they cannot be told (a regnal number, or too
    many given-name readings).

    >>> sorted(key_skeletons(name_key("Wlassow")))
    ['l']
    """
    given = _given_skeletons()
    words = key.split(" ")
    if any(w.startswith("#") for w in words):
        return None
    # the key's words left to right; a given name's key (one word or more) may stand for
    # any word that takes it
    partial: list[set[str]] = [set() for _ in range(len(words) + 1)]
    partial[0].add("")
    for i in range(len(words)):
        if not partial[i]:
            continue
        steps = [(1, {skeletons([words[i]])[0]})]
        for j in range(i + 1, len(words) + 1):
            more = given.get(" ".join(words[i:j]))
            if more:
                steps.append((j - i, set(more)))
        for n, options in steps:
            partial[i + n].update(_RUNS.sub(r"\1", a + b) for a in partial[i] for b in options)
            if len(partial[i + n]) > _MAX_SKELETONS:
                return None
    return frozenset(partial[-1] | set(skeletons(_listed_spellings(key))))


def _key_variants(name: str) -> frozenset[str]:
    """:func:`name_key` plus, for Latin words whose spelling shows no convention, their keys
    read as German and as French too (Archilocha may be German for Архилоха), the keys of
    the name without its patronymic (a middle word of three or more), and a Korean name's in
    each of its RR readings (:func:`~translit.names.korean.readings`: Ким Ён Су as Kim Yeon
    Su)."""
    keys = _keys(name, variants=True)
    ordered = _given_first(name)
    if ordered != name:  # (as name_key reads it: VLASOV Andrey as Andrey VLASOV)
        keys |= _keys(ordered, variants=True)
    words = ordered.split()
    if _korean(words):  # (Ким Ён Су as Kim Yeon Su, Kim Yeong Su, …; Kim Yeon-su as Kim Yeon Su)
        for reading in [*readings(words), latin_syllables(words) or ""]:
            if reading:
                keys |= _keys(reading)
    # (the words as written, a hyphenated one whole: the name without its patronymic is looked
    # up as a listed person too, Александр Иванович Дуглас-Хьюм as Александр Дуглас-Хьюм)
    words = unicodedata.normalize("NFC", name).split()
    if len(words) >= 3:
        pattern = _marker("patronymic")
        kept = (
            [words[0]]
            + [
                w
                for w in words[1:-1]
                if not (pattern.search(_romanized(w).lower()) or pattern.search(_bare(w)))
            ]
            + [words[-1]]
        )
        if len(kept) < len(words):
            keys |= _keys(" ".join(kept), variants=True)
    return keys


#: An initial: one to three letters and a full stop (F., Ju., Ja.), as a word of its own.
_INITIAL = re.compile(r"^[^\W\d_]{1,3}\.$")


def is_initial(word: str) -> bool:
    """Whether ``word`` is an initial (:data:`_INITIAL`: one to three letters and a full stop).

    >>> is_initial("Ю."), is_initial("Ju."), is_initial("Юрий"), is_initial("1.")
    (True, True, False, False)
    """
    return _INITIAL.match(word) is not None


def _tokens(name: str) -> list[list[str]]:
    """The words of ``name`` as printed (a hyphenated surname is one word), in given-name-first
    order (:func:`_given_first`: ``Surname, Given``, ``SURNAME Given`` turned round), initials
    split (A.N. → A. N.); a name of three words that ends in a patronymic after a given name
    (Simonov Constantin Mikhaïlovitch, a catalogue heading) is read in its other order too, a
    name of two words whose order nothing marks (Vlasov Andrey) read the other way round too,
    and a surname in capitals first (КИМ Ён Су) in that order too (a Korean or Chinese name's
    own order)."""
    s = unicodedata.normalize("NFC", name)
    ordered = _given_first(s)
    orders = [_split_words(ordered)]
    written = _split_words(s)
    if ordered == s and len(written) == 2:  # (no mark: either word may be the surname)
        orders.append(written[::-1])
    elif ordered != s and s.count(",") != 1:  # (capitals, a patronymic last: as written too)
        orders.append(written)
    return orders


def _split_words(s: str) -> list[str]:
    """The words of ``s``, initials split, particles and leading titles dropped."""
    words = re.sub(r"\.(?=\S)", ". ", s).split()
    particles, titles = _data()["particles"], _data()["titles"]
    assert isinstance(particles, list) and isinstance(titles, list)
    words = [w for i, w in enumerate(words) if not (0 < i < len(words) - 1 and w in particles)]
    while len(words) > 2 and words[0].rstrip(".").casefold() in titles:
        words = words[1:]
    return words


def _bare(word: str) -> str:
    """``word`` romanised, lower-case, without accents or full stops (prefix comparisons)."""
    s = unicodedata.normalize("NFD", _romanized(word.rstrip(".")).lower())
    return "".join(c for c in s if c.isalpha() and not unicodedata.combining(c))


def _initial_fits(initial: str, word: str) -> bool:
    """Whether ``initial`` (F., Ju.) may stand for ``word`` (Фёдор, Juri, or an initial): the
    spelling or the key of one starts with the other's."""
    a, b = _bare(initial), _bare(word)
    if a and b and (b.startswith(a) or (_INITIAL.match(word) is not None and a.startswith(b))):
        return True
    ka, kb = _keys(initial.rstrip("."), True), _keys(word.rstrip("."), True)
    return any(y.startswith(x) or x.startswith(y) for x in ka for y in kb if x and y)


def _word_fits(a: str, b: str) -> bool:
    """Whether two words of names may render one word: an initial and what it may stand for,
    else two words whose keys (any reading) meet; two regnal numbers only when equal (I, I., Ier)."""
    na, nb = _numeral(a), _numeral(b)
    if na is not None and nb is not None:
        return na == nb
    if _INITIAL.match(a):
        return _initial_fits(a, b)
    if _INITIAL.match(b):
        return _initial_fits(b, a)
    ka, kb = _key_variants(a), _key_variants(b)
    if not ka.isdisjoint(kb):
        return True
    # a Belarusian spelling writes reduced vowels (Караткевіч for Короткевич): read o and e as a
    # on both sides ([vowel_reduction] of keys.toml)
    return (_reduced(a) or _reduced(b)) and not _folded(ka).isdisjoint(_folded(kb))


def _skeletons(word: str) -> frozenset[str]:
    """The consonants of a patronymic's keys (Aljaksandraŭna, Oleksandrivna, Alexandrowna →
    lksndrn): its Belarusian, Ukrainian and Russian spellings differ in vowels and in ў/в."""
    pattern = _marker("patronymic")
    if _INITIAL.match(word) or not (
        pattern.search(_romanized(word).lower()) or pattern.search(_bare(word))  # -ič, -aŭna
    ):
        return frozenset()
    return frozenset(re.sub("[aeiouyvw]", "", k) for k in _keys(word, True))


@functools.cache
def _patronymic_endings() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """``[patronymic_endings]`` of keys.toml: (son or daughter, the ending of a key)."""
    table = _data()["patronymic_endings"]
    assert isinstance(table, dict)
    return tuple((kind, re.compile(str(ending))) for kind, ending in table.items())


def _father(word: str) -> frozenset[tuple[str, str]]:
    """(son or daughter, the father's name) of each key of the patronymic ``word``: the key
    without its ending (Омарханұлы, Омарханович → son of omarHan)."""
    if not _skeletons(word):
        return frozenset()
    out = set()
    for key in _keys(word, True):
        for kind, ending in _patronymic_endings():
            m = ending.search(key)
            if m and m.start() >= 3:
                out.add((kind, key[: m.start()]))
    return frozenset(out)


def _middle_fits(a: str, b: str) -> bool:
    """Patronymics: their words fit, or they name one father as son (or as daughter) in two
    languages (Kazakh Омарханұлы, Russian Омарханович), or one's consonants end the other's,
    four at least (Belarusian Рыгоравіч for Russian Григорьевич: Рыгор is Григорий)."""
    if _word_fits(a, b):
        return True
    if not _father(a).isdisjoint(_father(b)):
        return True
    sa, sb = _skeletons(a), _skeletons(b)
    return any(
        min(len(x), len(y)) >= 4 and (x.endswith(y) or y.endswith(x)) for x in sa for y in sb
    )


#: A key's final e, i, y; tried only where a run of them starts (from every letter of a run,
#: a long run took quadratic time)
_FINAL_EIY = re.compile("(?<![eiy])[eiy]+$")


def _given_fits(a: str, b: str) -> bool:
    """Given names: their words fit, or their keys differ only in final e, i, y (French
    and English forms that add or drop it: Serge, Léonide for Сергей, Леонид)."""
    if _word_fits(a, b):
        return True
    if _INITIAL.match(a) or _INITIAL.match(b):
        return False
    ka = {_FINAL_EIY.sub("", k) for k in _keys(a, True) if len(k) >= 4}
    return not ka.isdisjoint(_FINAL_EIY.sub("", k) for k in _keys(b, True) if len(k) >= 4)


def _compatible(a: list[str], b: list[str]) -> bool:
    """Word by word: the surnames (last words) match, and so do the given names (first words)
    and the patronymics when both names have them; a surname alone matches on its own."""
    if not a or not b or _INITIAL.match(a[-1]) or _INITIAL.match(b[-1]):
        return False  # an initial is never the surname
    if len(a) == 1 or len(b) == 1:
        return _word_fits(a[-1], b[-1])
    if not (_word_fits(a[-1], b[-1]) and _given_fits(a[0], b[0])):
        return False
    return all(_middle_fits(x, y) for x, y in zip(a[1:-1], b[1:-1], strict=False))


def same_name(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` may be renderings of the same name.

    True when their :func:`name_key` match, or when a Latin name without any spelling marker
    matches once read as German or French (Bucharin ≡ Бухарин, Vorochilov ≡ Ворошилов). Names
    printed partly also match a full name when every printed part fits: a surname alone
    (Dostojewski ≡ Фёдор Михайлович Достоевский), initials (F. M. Dostoevsky, Ju. A. Gagarin),
    a patronymic on one side only, catalogue order (Pouchkine, Alexandre; VLASOV Andrey), two
    words in either order (Vlasov Andrey); a surname alone thus matches every person of that
    surname.

    >>> same_name("Чайковский", "Tschaikowski"), same_name("Власов", "Волков")
    (True, False)
    >>> same_name("Фёдор Михайлович Достоевский", "F. M. Dostoevsky")
    True
    >>> same_name("Лев Толстой", "A. Tolstoy"), same_name("Лев Толстой", "Tolstoï")
    (False, True)

    A name needs a word of letters that is no initial: two empty names, spaces, punctuation,
    digits or initials alone (А., A. B.) name no one, so they match nothing, not even each
    other (two empty cells of a de-duplication job are no duplicates). A one-letter word is a
    name (the Korean surname Ю is Yu).

    >>> same_name("", ""), same_name("...", "—"), same_name("123", "123"), same_name("А.", "A.")
    (False, False, False, False)
    >>> same_name("Ю", "Yu")
    True
    """
    a = want_str(a, "same_name()")
    b = want_str(b, "same_name()")
    for param, text in (("a", a), ("b", b)):
        want_name_length(text, "same_name() compares two names", param, True, _ONE_NAME)
    if not (_names_someone(a) and _names_someone(b)):
        return False
    if not _key_variants(a).isdisjoint(_key_variants(b)):
        return not _other_patronymic(_tokens(a)[0], _tokens(b)[0])
    return any(_compatible(x, y) for x in _tokens(a) for y in _tokens(b))


def _names_someone(name: str) -> bool:
    """Whether ``name`` holds a word of letters that is no initial (:data:`_INITIAL`): what
    a name needs to name someone.

    >>> _names_someone("А. Пушкин"), _names_someone("Ж.-Ж."), _names_someone(" - 12 ")
    (True, False, False)
    """
    words = re.split(
        r"[\s,\-\u2010]+", re.sub(r"\.(?=\S)", ". ", unicodedata.normalize("NFC", name))
    )
    return any(not _INITIAL.match(w) and any(c.isalpha() for c in w) for w in words)


def _other_patronymic(a: list[str], b: list[str]) -> bool:
    """Whether two names of three words carry two different patronymics (Фёдор Михайлович
    and Фёдор Фёдорович Достоевский, father and son)."""
    if len(a) != 3 or len(b) != 3 or not (_skeletons(a[1]) and _skeletons(b[1])):
        return False
    return not _middle_fits(a[1], b[1])


# -- surnames of full names: a glossary that lists the surname alone --------------------------

#: a word of a name as printed: a capital, then letters, hyphens and apostrophes (Rimsky-Korsakov,
#: O'Brien); an initial is one to three letters and a full stop (:data:`_INITIAL`)
_NAME_WORD = re.compile(r"^[^\W\d_](?:[^\W\d_]|['’-])*$")


def _forename(word: str) -> bool:
    """Whether ``word`` may stand beside a surname in a person's full name: a listed given name
    in any spelling (Valentina, Youri, Mikhaïl, Валентина), an initial (V.) or a patronymic
    (Vladimirovna, Владимировна)."""
    if _INITIAL.match(word) or _given_key(word):
        return True
    pattern = _marker("patronymic")
    return bool(pattern.search(_romanized(word).lower()) or pattern.search(_bare(word)))


@functools.lru_cache(maxsize=1 << 12)
def forename_readings(word: str) -> tuple[str, ...]:
    """What ``word`` may be beside a surname in a person's full name, in the nominative: the
    word itself where it is a listed given name in any spelling, an initial or a patronymic
    (Valentina, V., Владимировна), then the nominatives of the Russian and Ukrainian dictionary
    lexemes it is a singular case form of that are given names or patronymics (Валентине:
    Валентин, Валентина; Юрием: Юрий; Тараса: Тарас; not Власов, a plural of Влас); none for
    another word.

    >>> forename_readings("Valentina"), forename_readings("Юрием"), forename_readings("Prize")
    (('Valentina',), ('Юрий',), ())
    >>> forename_readings("Валентины"), forename_readings("Владимировны")
    (('Валентина',), ('Владимирович', 'Владимировна'))
    """
    out = [word] if _forename(word) else []
    if _HAS_CYR.search(word) and not _INITIAL.match(word):
        for lang in LANGUAGES:
            for lemma in sorted(singular_lemmas(word, lang)):
                nominative = lemma[:1].upper() + lemma[1:]
                if nominative not in out and _forename(nominative):
                    out.append(nominative)
    return tuple(out)


def nominative_names(name: str, surname: str, nominative: str) -> tuple[str, tuple[str, ...]]:
    """(``name`` without its initials, the full names in the nominative it may be a case form
    of, also without initials): ``name``'s word ``surname`` (one of its
    :func:`surname_guesses`) read as ``nominative``, its other words as each of their
    :func:`forename_readings`, but a given name of the other gender than the one a surname's
    nominative has alone (:func:`translit.morphology.person_genders`: Валентина beside
    Терешковой is Валентина's case, never Валентин's; Анны beside Пушкина is no one person's,
    Анна Пушкина's being Анны Пушкиной; a surname of either gender's form, Чапман, Гинзбург,
    Клинтон, takes either). The name is one of these in a case
    where a declension of one of them gives it (a glossary's:
    ``translit.glossary.forms.term_forms``).

    >>> nominative_names("Валентины В. Терешковой", "Терешковой", "Терешкова")
    ('Валентины Терешковой', ('Валентина Терешкова',))
    >>> nominative_names("Валентина Терешковой", "Терешковой", "Терешкова")[1]
    ('Валентина Терешкова',)
    >>> nominative_names("Анны Пушкина", "Пушкина", "Пушкин")[1]
    ()
    """
    words = want_str(name, "nominative_names()").split()
    at = len(words) - 1 if words[-1] == surname else 0
    kept = [(k, w) for k, w in enumerate(words) if k == at or not _INITIAL.match(w)]
    options = [(nominative,) if k == at else forename_readings(w) for k, w in kept]
    sexes = _genders(nominative)
    if words[at] != nominative:  # (a declined form: its own case's, Колчака a man's alone)
        sexes = sexes & _oblique_genders(words[at]) or sexes
    if len(sexes) == 1:  # (a man's form or a woman's: Пушкин, Терешкова; not Чапман, Клинтон)
        options = [tuple(w for w in ws if not _genders(w) or _genders(w) & sexes) for ws in options]
    return " ".join(w for _, w in kept), tuple(map(" ".join, itertools.product(*options)))


def _oblique_genders(word: str) -> frozenset[str]:
    """The genders the Russian and Ukrainian dictionaries give ``word`` as a surname in an
    oblique case (Колчака: a man's; Орлову: either; Колчак, a woman's indeclinable too)."""
    return frozenset().union(*(surname_genders(word, lang, nominative=False) for lang in LANGUAGES))


def _genders(word: str) -> frozenset[str]:
    """The genders the Russian and Ukrainian dictionaries give ``word`` as a person's name."""
    return frozenset().union(*(person_genders(word, lang) for lang in LANGUAGES))


def given_name_key(word: str) -> str | None:
    """The key one given name has in every spelling the given-name tables list (Vladimir,
    Wladimir, Владимир, Володимир: ``vladimir``), or of a Latin spelling variant of one;
    None for a word that is no listed given name.

    >>> given_name_key("Wladimir") == given_name_key("Владимир"), given_name_key("Lenin")
    (True, None)
    """
    return _given_key(want_str(word, "given_name_key()"))


def surname_guesses(name: str) -> list[str]:
    """The words of the full name ``name`` that may be its surname, best first: a name of two or
    three capitalised words whose other words are given names, initials or a patronymic; its
    last word (Valentina Tereshkova), then its first (Терешкова Валентина Владимировна, TERESHKOVA
    Valentina); a Russian or Ukrainian name may be in any case (Валентины Терешковой: the other
    words' :func:`forename_readings`). A word that is itself a listed given name (in any case) is
    no surname; a text of other words (a phrase, a title: Stalin Prize, Red Square, Красной
    армии) has none.

    >>> surname_guesses("Valentina Tereshkova"), surname_guesses("Терешкова Валентина Владимировна")
    (['Tereshkova'], ['Терешкова'])
    >>> surname_guesses("V. V. Tereshkova"), surname_guesses("TERESHKOVA Valentina")
    (['Tereshkova'], ['TERESHKOVA'])
    >>> surname_guesses("Stalin Prize"), surname_guesses("red square"), surname_guesses("Tereshkova")
    ([], [], [])
    >>> surname_guesses("Валентины Терешковой"), surname_guesses("Красной армии")
    (['Терешковой'], [])
    """
    words = want_str(name, "surname_guesses()").split()
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() for w in words):
        return []
    out = []
    for surname, others in ((words[-1], words[:-1]), (words[0], words[1:])):
        if (
            _NAME_WORD.match(surname)
            and sum(c.isalpha() for c in surname) >= 2
            and not any(_given_key(w) for w in (surname, *forename_readings(surname)))
            and all(forename_readings(w) for w in others)
            and surname not in out
        ):
            out.append(surname)
    return out


# -- the listed names' tables, kept ------------------------------------------------------------

#: the tables of the listed and given names by name, as made or read from a kept copy
_TABLES: dict[str, Any] = {}
_MAKING: list[bool] = []  # (one item while the tables are being made)


def _table(name: str) -> Any:
    """The table ``name`` of :data:`_MAKERS`, from the copy an earlier process kept of them
    all while names.csv, CLDR's data and the package are unchanged (:func:`translit.shipped.
    kept`): making them took about half a second of the first :func:`name_key` of a process
    (glossary qa's; apply's on a line with a Latin name), most of it compiling the reader
    conventions' romanisers."""
    try:
        return _TABLES[name]
    except KeyError:
        pass
    if _MAKING:  # (a table being made reads another: made here, kept with the rest)
        got = _TABLES[name] = _MAKERS[name]()
        return got
    from ..shipped import kept

    _MAKING.append(True)
    try:
        tables = kept(lambda: {n: _table(n) for n in _MAKERS}, "name-keys.")
    finally:
        _MAKING.clear()
    _TABLES.update(tables)
    return _TABLES[name]


def _given_aliases() -> dict[str, str | None]:
    """Every spelling, reader form and convention rendering of a given name → the key of its
    first spelling."""
    return _table("given")


def _place_aliases() -> dict[str, str | None]:
    """Every spelling, form and scheme rendering of a place of the shipped data → the key of
    its first spelling."""
    return _table("places")


def _person_aliases() -> dict[str, str | None]:
    """Every spelling and form of a person of the shipped data → that person's first
    spelling, whose key they share."""
    return _table("persons")


def _known_words() -> frozenset[str]:
    """The words of the keys of the listed places and people and of the given names."""
    return _table("known")


_MAKERS: dict[str, Callable[[], Any]] = {
    "given": _made_given_aliases,
    "places": _made_place_aliases,
    "persons": _made_person_aliases,
    "known": _made_known_words,
}
