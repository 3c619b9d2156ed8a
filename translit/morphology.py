"""Case and number forms of Russian and Ukrainian terms, from pymorphy3's dictionaries.

Glossaries and name lists give terms in the nominative; running text declines them. This module
derives every case/number form of a term once (callers cache the result per glossary), with
the grammar Russian and Ukrainian actually use:

* **agreement** — adjectives before the head noun agree with it:
  Зимний дворец → Зимнего дворца, Зимним дворцом, Зимнем дворце;
* **complements stay** — words after the head noun (genitive complements, acronyms) are kept:
  Главное управление лагерей → Главного управления лагерей;
* **acronyms** — a word-like acronym that the dictionary declines (ГУЛАГ, СМЕРШ, МИД) takes
  lower-case endings (ГУЛАГе, СМЕРШа); letter-by-letter acronyms and those ending in a vowel
  (КГБ, НКВД, РОА, ВС КОНР) are invariant (D. Rosenthal, *Справочник по правописанию и
  стилистике*, § 185; pymorphy3 marks them ``Fixd``);
* **names** — a personal name declines word by word (Андрей Андреевич Власов → Андрею
  Андреевичу Власову), a surname as a surname (Власову, Власовым), irregular nouns as the
  dictionary says (Орёл → Орла, путь → пути, церковь → церкви).

pymorphy3 with ``pymorphy3-dicts-ru`` and ``pymorphy3-dicts-uk`` (OpenCorpora and VESUM data,
shipped inside the packages, nothing downloaded at run time) is a runtime dependency; it is
imported on the first call only, so ``import translit`` stays fast.

    >>> forms("Зимний дворец")[:6]
    ('Зимний дворец', 'Зимнего дворца', 'Зимнему дворцу', 'Зимним дворцом', 'Зимнем дворце', 'Зимние дворцы')
    >>> "ГУЛАГе" in forms("ГУЛАГ"), forms("РОА")
    (True, ('РОА',))
"""

from __future__ import annotations

import functools
import importlib
import itertools
import os
import unicodedata
from collections.abc import Callable, Sequence
from typing import Any

from ._datafiles import load_toml, read_table
from .errors import TranslitError, shown
from .script import CYRILLIC_VOWELS

__all__ = [
    "CASE_NAMES",
    "LANGUAGES",
    "MorphologyError",
    "agrees_with_noun",
    "coordinated",
    "declension_table",
    "declined",
    "declined_nominatives",
    "dictionary_version",
    "forms",
    "forms_start",
    "function_parts",
    "genitive_only",
    "inflect",
    "inflections",
    "is_adjective",
    "is_common_before_place",
    "is_common_word",
    "is_declinable_acronym",
    "is_finite_verb",
    "is_function_word",
    "is_given_name",
    "is_listed_form",
    "is_plural_term",
    "is_proper_name",
    "is_word",
    "lemma_forms",
    "lexemes",
    "listed_readings",
    "numbers",
    "person_declined",
    "person_genders",
    "plural",
    "readings",
    "singular_declined",
    "singular_lemmas",
    "surname_before_place",
    "surname_declined",
    "surname_genders",
    "surname_lemmas",
    "yo_spelling",
]

#: Languages with a morphological dictionary.
LANGUAGES = ("ru", "uk")

_CASES = {
    "ru": ("nomn", "gent", "datv", "accs", "ablt", "loct", "gen2", "loc2"),
    "uk": ("nomn", "gent", "datv", "accs", "ablt", "loct", "voct"),
}
_ADJ = frozenset({"ADJF", "PRTF"})
_PERSON = frozenset({"Name", "Surn", "Patr"})
#: the marks of a name's readings: a hyphenated name's parts decline by its own rules
_NAMED = _PERSON | {"Geox", "Orgn", "Trad"}
_GENDERS = frozenset({"masc", "femn", "neut"})
# OpenCorpora marks of forms a term's other forms are not: superlative/comparative degree,
# informal (Андреич), erroneous, dialectal, slang, archaic
_MARKED = frozenset({"Supr", "Cmp2", "COMP", "Infr", "Erro", "Dist", "Slng", "Arch"})
_MAX_FORMS = 96
_PER_SLOT = 8
_SINGULAR, _PLURAL = 1, 2  # (the numbers a form was made in, as bits)


class MorphologyError(TranslitError, ValueError):
    """A language without a morphological dictionary, or pymorphy3 missing."""


@functools.cache
def _analyzer(lang: str) -> Any:
    if lang not in LANGUAGES:
        raise MorphologyError(
            f"no morphology for language {shown(lang)} (known: {', '.join(LANGUAGES)})"
        )
    try:
        import pymorphy3
    except ImportError as exc:  # pragma: no cover - a runtime dependency
        raise MorphologyError(
            f"pymorphy3 is needed for {lang} word forms (pip install pymorphy3 "
            f"pymorphy3-dicts-{lang}): {exc}"
        ) from None
    return pymorphy3.MorphAnalyzer(_dictionary_path(lang, pymorphy3.MorphAnalyzer), lang=lang)


def _dictionary_path(lang: str, analyzer: Any) -> str | None:
    """The folder of ``pymorphy3-dicts-<lang>``, given to the analyser: the one its entry
    points name, found without reading every installed package's metadata (70–200 ms of a
    first call); ``None`` (pymorphy3 looks it up as before) where the analyser's path variable
    is set, which it lets choose, or that package is not importable."""
    if analyzer.DICT_PATH_ENV_VARIABLE in os.environ:
        return None
    try:
        return str(importlib.import_module(f"pymorphy3_dicts_{lang}").get_path())
    except (ImportError, AttributeError):
        return None


@functools.cache
def dictionary_version(lang: str) -> str | None:
    """The installed pymorphy3 and its dictionary of ``lang``, as ``pymorphy3 2.0.6,
    pymorphy3-dicts-ru 2.4.417150.4580142``: what a table derived from them was made with. Read
    without importing pymorphy3 (17 ms; its ``version.py`` as text); ``None`` when either is
    missing or says no version, and for a language without one (:data:`LANGUAGES`).

    >>> dictionary_version("ru").startswith("pymorphy3 "), dictionary_version("kk")
    (True, None)
    """
    import importlib
    import importlib.util
    import re

    if lang not in LANGUAGES:
        return None
    try:
        spec = importlib.util.find_spec("pymorphy3")
        where = list(spec.submodule_search_locations or ()) if spec is not None else []
        if not where:
            return None
        with open(os.path.join(where[0], "version.py"), encoding="utf-8") as fh:
            said = re.search(r"__version__\s*=\s*[\"']([^\"']+)", fh.read())
        dicts = str(importlib.import_module(f"pymorphy3_dicts_{lang}").__version__)
    except (ImportError, OSError, AttributeError, ValueError):
        return None
    return f"pymorphy3 {said[1]}, pymorphy3-dicts-{lang} {dicts}" if said else None


def _in_no_dictionary(word: str) -> bool:
    """Whether ``word`` is in no dictionary for its characters alone: a lone surrogate (the
    dictionary's keys are UTF-8) or a letter without a name in this Python's Unicode database
    (Tangut 𗀀 on 3.11; pymorphy3's shape test calls ``unicodedata.name`` on it and fails)."""
    try:
        word.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return any(c.isalpha() and not unicodedata.name(c, "") for c in word)


@functools.lru_cache(maxsize=1 << 15)
def _parse(word: str, lang: str) -> tuple[Any, ...]:
    analyzer = _analyzer(lang)
    return () if _in_no_dictionary(word) else tuple(analyzer.parse(word))


def _recase(model: str, word: str) -> str:
    """``word`` with the letter case of ``model`` position by position (ГУЛАГ + е → ГУЛАГе), part
    by part in a hyphenated word (Петров-Водкин + петровым-водкиным → Петровым-Водкиным).

    >>> _recase("Петров-Водкин", "петровым-водкиным"), _recase("ГУЛАГ", "гулаге")
    ('Петровым-Водкиным', 'ГУЛАГе')
    """
    if "-" in model and model.count("-") == word.count("-"):
        return "-".join(map(_recase, model.split("-"), word.split("-")))
    if model.isupper() and len(model) > 1:
        return word[: len(model)].upper() + word[len(model) :]
    if model.islower():  # no capital to copy (most terms): the dictionary's form as it is
        text = word
    else:
        out = [
            c.upper() if i < len(model) and model[i].isupper() else c for i, c in enumerate(word)
        ]
        text = "".join(out)
    if "ё" not in model.lower():
        text = text.replace("ё", "е").replace("Ё", "Е")
    return text


def _is_acronym(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _known(p: Any) -> bool:
    return type(p.methods_stack[0][0]).__name__ == "DictionaryAnalyzer"


def _acronym_parse(word: str, lang: str) -> Any | None:
    """The dictionary parse that declines ``word`` as a noun, or ``None`` when invariant."""
    parses = [p for p in _parse(word, lang) if p.tag.POS == "NOUN"]
    known = [p for p in parses if _known(p)]
    if known:
        if any("Fixd" in p.tag.grammemes for p in known):
            return None
        return next((p for p in known if p.tag.case == "nomn"), None)
    # not in the dictionary: a word-like acronym (a vowel inside, a consonant at the end)
    # declines as a masculine noun; letter-by-letter ones (no vowel) and -vowel ones do not
    low = word.lower()
    if not (set(low[:-1]) & CYRILLIC_VOWELS) or low[-1] in CYRILLIC_VOWELS or not low[-1].isalpha():
        return None
    return next(
        (p for p in parses if p.tag.case == "nomn" and p.tag.gender == "masc"),
        None,
    )


def is_declinable_acronym(word: str, lang: str = "ru") -> bool:
    """Whether the acronym ``word`` takes case endings in ``lang`` text.

    >>> [is_declinable_acronym(w) for w in ("ГУЛАГ", "СМЕРШ", "КГБ", "РОА", "КОНР")]
    [True, True, False, False, False]
    """
    return _acronym_parse(word, lang) is not None


_PROPER = frozenset({"Name", "Surn", "Patr", "Geox"})


@functools.lru_cache(maxsize=1 << 15)
def yo_spelling(word: str, lang: str = "ru", *, as_name: bool = False) -> str:
    """``word`` with ё where Russian texts commonly write е: restored when the dictionary reads
    the word as a name (given name, surname, patronymic, place) and every such reading writes
    the same ё, and (unless ``as_name``: the caller knows the word is a name, e.g. after a
    given name) no ordinary word is spelled as written (Королева, "queen", keeps its е);
    otherwise ``word`` unchanged. Letter case is kept.

    >>> [yo_spelling(w) for w in ("Федоров", "Семенович", "Королева", "Лебедев", "Все")]
    ['Фёдоров', 'Семёнович', 'Королева', 'Лебедев', 'Все']
    >>> yo_spelling("Королева", as_name=True)
    'Королёва'
    """
    if lang not in LANGUAGES or not any(c in "еЕ" for c in word):
        return word
    if not _may_take_yo(word, lang):
        return word  # (no spelling of it with ё in the dictionary: nothing to restore)
    return _yo_reading(word, lang, as_name)


#: the most е letters whose ё spellings :func:`_may_take_yo` reads (a word with more is asked)
_YO_TRIED = 4


@functools.cache
def _yo_replaces(lang: str) -> Any:
    """е → ё as the dictionary of ``lang`` reads substitutes (its compiled replaces)."""
    return _analyzer(lang).dictionary.words.compile_replaces({"е": ["ё"]})


def _may_take_yo(word: str, lang: str) -> bool:
    """Whether :func:`_yo_reading` may change ``word``: ``False`` only where the dictionary of
    ``lang`` holds the word as written (lower case, no ё of its own) and with none of its е
    written ё. Its analysis then reads the dictionary's entries of the word alone (the
    analyser's first, terminal step: no prefix or hyphen guess follows), none spelled with ё,
    so it restores none. One walk of the dictionary's spellings, each е followed both ways (a
    few µs), not the analysis (~0.5 ms for a word never seen); ``True`` (ask the analysis) for
    a word with more than :data:`_YO_TRIED` е.

    >>> _may_take_yo("Федоров", "ru"), _may_take_yo("Вчера", "ru"), _may_take_yo("Лебедев", "ru")
    (True, False, False)
    """
    low = word.lower()
    if "ё" in low or _in_no_dictionary(word):
        return False  # (its own ё, or a word no dictionary holds: the analysis keeps it)
    if low.count("е") > _YO_TRIED:
        return True
    words = _analyzer(lang).dictionary.words
    # the spellings the dictionary holds of the word with any of its е written ё, the word as
    # written among them: only that one (and none with ё) answers False
    return bool(words.similar_keys(low, _yo_replaces(lang)) != [low])


def _yo_reading(word: str, lang: str, as_name: bool) -> str:
    """:func:`yo_spelling`'s analysis of ``word`` (a word with е in a language of
    :data:`LANGUAGES`), asked of every such word: the dictionary's readings."""
    known = [p for p in _parse(word, lang) if _known(p)]
    plain = word.lower()
    if not as_name and any(not _PROPER & p.tag.grammemes and p.word == plain for p in known):
        return word
    spellings = {p.word for p in known if _PROPER & p.tag.grammemes and p.tag.case == "nomn"}
    if len(spellings) != 1:
        return word
    (found,) = spellings
    if "ё" not in found or found.replace("ё", "е") != word.lower():
        return word
    return "".join(
        (n.upper() if o.isupper() else n) if o in "еЕ" else o
        for o, n in zip(word, found, strict=True)
    )


@functools.lru_cache(maxsize=1 << 15)
def is_proper_name(word: str, lang: str = "ru") -> bool:
    """Whether the dictionary reads ``word`` as a name (given name, surname, patronymic, place)
    and not as an abbreviation: a word in capitals that is a name, not an acronym.

    >>> is_proper_name("ЛЕНИН"), is_proper_name("МГИМО"), is_proper_name("ОПЕК")
    (True, False, False)
    """
    if lang not in LANGUAGES:
        return False
    parses = [p for p in _parse(word, lang) if _known(p)]
    return not any("Abbr" in p.tag.grammemes for p in parses) and any(
        _PROPER & p.tag.grammemes for p in parses
    )


@functools.lru_cache(maxsize=1 << 15)
def is_word(word: str, lang: str = "ru") -> bool:
    """Whether the dictionary knows ``word`` and never as an abbreviation: a word in capitals
    to transcribe as a word (ДЕНЬ, СЕМЬ, ЛЕНИН), not letter by letter (МГУ, ВАЗ, РОА).

    >>> [is_word(w) for w in ("ДЕНЬ", "СЕМЬ", "ЛЕНИН", "МГУ", "ВАЗ", "РОА")]
    [True, True, True, False, False, False]
    """
    if lang not in LANGUAGES:
        return False
    parses = [p for p in _parse(word, lang) if _known(p)]
    return bool(parses) and not any("Abbr" in p.tag.grammemes for p in parses)


#: OpenCorpora's parts of speech of the words that are no names, whatever their case:
#: preposition, conjunction, particle, interjection, pronoun, adverb, predicative
_FUNCTION = frozenset({"PREP", "CONJ", "PRCL", "INTJ", "NPRO", "ADVB", "PRED"})


@functools.lru_cache(maxsize=1 << 15)
def function_parts(word: str, lang: str = "ru") -> frozenset[str]:
    """The parts of speech of a function word among the dictionary's readings of ``word``
    (OpenCorpora's PREP, CONJ, PRCL, INTJ, NPRO, ADVB, PRED; none for a noun).

    >>> sorted(function_parts("Об")), sorted(function_parts("Правда")), function_parts("Орёл")
    (['PREP'], ['CONJ', 'PRCL'], frozenset())
    """
    if lang not in LANGUAGES:
        return frozenset()
    parses = _parse(word.lower(), lang)
    return frozenset(p.tag.POS for p in parses if _known(p) and p.tag.POS in _FUNCTION)


def is_function_word(word: str, lang: str = "ru") -> bool:
    """Whether the dictionary reads ``word`` as a preposition, conjunction, particle,
    interjection, pronoun, adverb or predicative (among its readings): a word that opens a
    sentence with a capital it does not have as a name (Об этом, Правда, …).

    >>> is_function_word("Об"), is_function_word("Правда"), is_function_word("Орёл")
    (True, True, False)
    """
    return bool(function_parts(word, lang))


@functools.lru_cache(maxsize=1 << 15)
def names_nothing(word: str, lang: str = "ru") -> bool:
    """Whether the dictionary lists ``word`` and reads it, in lower case and as written, as no
    noun and no name (a pronoun, adverb, particle, adjective, verb: Сам, Тоді, Вчора): a
    capitalised word so read opens a sentence and is no given name the tables lack (Щука,
    Вера are nouns; a word only guessed from its ending is not so read).

    >>> [names_nothing(w, "uk") for w in ("Сам", "Тоді", "Вчора", "Щука", "Віра", "Ґудзь")]
    [True, True, True, False, False, False]
    >>> names_nothing("Сам"), names_nothing("Вера")
    (True, False)
    """
    if lang not in LANGUAGES or _in_no_dictionary(word):
        return False
    parses = [p for p in (*_parse(word.lower(), lang), *_parse(word, lang)) if _known(p)]
    return bool(parses) and not any(
        p.tag.POS == "NOUN" or _PROPER & p.tag.grammemes for p in parses
    )


@functools.lru_cache(maxsize=1 << 15)
def is_finite_verb(word: str, lang: str = "ru") -> bool:
    """Whether the dictionary reads ``word`` only as a finite verb: a word no preposition stands
    right before, so that a preposition's spelling before it is a name (Об впадає, the Ob
    flows; not Об этом).

    >>> is_finite_verb("впадає", "uk"), is_finite_verb("писала"), is_finite_verb("этом")
    (True, True, False)
    """
    if lang not in LANGUAGES:
        return False
    parses = [p for p in _parse(word.lower(), lang) if _known(p)]
    return bool(parses) and all(p.tag.POS == "VERB" for p in parses)


#: OpenCorpora's marks of a proper name: place, given name, surname, patronymic, organisation,
#: trademark
_PROPER = frozenset({"Geox", "Name", "Surn", "Patr", "Orgn", "Trad"})


@functools.lru_cache(maxsize=1 << 15)
def is_common_word(word: str, lang: str = "ru") -> bool:
    """Whether the dictionary knows ``word`` (lower case) as a common word: a reading that is no
    name (place, person, organisation, trademark). A word only guessed, or known only as a
    name, is not: a capitalised glossary term (Ставка, the Soviet high command) that a text
    writes in lower case is a common word there (ставок, ponds; ставки, bets), not the name;
    госдума, which the dictionary knows only as an organisation, still is the name.

    >>> [is_common_word(w) for w in ("ставок", "госдума", "куздра")], is_common_word("ставок", "uk")
    ([True, False, False], True)
    """
    if lang not in LANGUAGES:
        return False
    parses = [p for p in _parse(word.lower(), lang) if _known(p)]
    return any(not _PROPER & p.tag.grammemes for p in parses)


def _as_written(p: Any) -> bool:
    """A reading of the word as the dictionary lists it whole, not one guessed from a known
    ending or prefix (pymorphy3's UnknownPrefixAnalyzer reads Шлиман as a form of "лиман",
    a known ending after an unknown beginning makes Сидэхара, Хирамацу): the one test of
    :func:`listed_readings`, :func:`is_whole_common_word`, :func:`is_inflected_form` and
    :func:`is_declined_name`."""
    return all(type(m[0]).__name__ == "DictionaryAnalyzer" for m in p.methods_stack)


@functools.lru_cache(maxsize=1 << 12)
def listed_readings(word: str, lang: str = "ru") -> tuple[bool, bool]:
    """Whether the dictionary lists ``word`` itself (not guessed from its ending or a known
    prefix) as (a common word, a given name in the nominative): what keeps a foreign
    surname's established form off a word (лист, leaf; Анри, a given name).

    >>> listed_readings("Лист"), listed_readings("Анри"), listed_readings("Шлиман")
    ((True, False), (False, True), (False, False))
    """
    if lang not in LANGUAGES:
        return False, False
    parses = [p for p in _parse(word, lang) if _as_written(p)]
    common = any(not _PROPER & p.tag.grammemes for p in _parse(word.lower(), lang)
                 if _as_written(p))  # fmt: skip
    given = any("Name" in p.tag.grammemes and p.tag.case == "nomn" for p in parses)
    return common, given


@functools.lru_cache(maxsize=1 << 15)
def is_whole_common_word(word: str, lang: str = "ru") -> bool:
    """Whether the dictionary holds ``word`` whole as a common word (no name): not only a known
    ending after an unknown beginning, as :func:`is_common_word` also counts (Сидэхара).

    >>> is_whole_common_word("Тётя"), is_whole_common_word("Сидэхара")
    (True, False)
    """
    if lang not in LANGUAGES:
        return False
    return any(_as_written(p) and not _PROPER & p.tag.grammemes for p in _parse(word.lower(), lang))


@functools.lru_cache(maxsize=1 << 15)
def is_listed_form(word: str, lang: str = "ru") -> bool:
    """Whether the dictionary lists ``word`` (lower case) whole as a form of any word, a name's
    too: not only guessed from a known ending or prefix. Language detection reads one word of
    Russian letters that is no such form as a word of another language when the scores say so
    clearly (the Bulgarian трагедията, the Macedonian прозорецот).

    >>> [is_listed_form(w) for w in ("ставок", "Москвой", "трагедията", "прозорецот")]
    [True, True, False, False]
    """
    if lang not in LANGUAGES or _in_no_dictionary(word):
        return False
    # (the dictionary's own look-up: what a parse read as listed whole, on 54,572 words of the
    # corpus, at 7 µs a word instead of a parse's 175)
    return bool(_analyzer(lang).word_is_known(word.lower()))


@functools.lru_cache(maxsize=1 << 15)
def is_inflected_form(word: str, lang: str = "ru") -> bool:
    """Whether the dictionary knows ``word`` only as an inflected form (an oblique case, a
    plural), never as the nominative a thing is named by: Тюрингии (of Тюрингия), not Кюсю.

    >>> is_inflected_form("Тюрингии"), is_inflected_form("Кюсю"), is_inflected_form("Абэ")
    (True, False, False)
    """
    if lang not in LANGUAGES:
        return False
    plain = word.lower().replace("ё", "е")
    # the whole word in the dictionary (not a known ending after an unknown prefix: Хирамацу)
    parses = [p for p in _parse(word.lower(), lang) if _as_written(p)]
    return bool(parses) and not any(
        p.tag.case == "nomn" and p.normal_form.replace("ё", "е") == plain for p in parses
    )


@functools.lru_cache(maxsize=1 << 15)
def is_declined_name(word: str, lang: str = "ru") -> bool:
    """Whether the dictionary knows ``word`` as the nominative singular of a surname or given
    name that declines, of either gender (Тюрин, Сёмин, Абакумова), not as an indeclinable one
    (Миядзаки, Кюсю).

    >>> is_declined_name("Тюрин"), is_declined_name("Абакумова"), is_declined_name("Миядзаки")
    (True, True, False)
    >>> is_declined_name("Абэ")
    False
    """
    if lang not in LANGUAGES:
        return False
    return any(
        _as_written(p)
        and {"Surn", "Name"} & p.tag.grammemes
        and "Fixd" not in p.tag.grammemes
        and p.tag.case == "nomn"
        and "sing" in p.tag.grammemes
        for p in _parse(word.lower(), lang)
    )


@functools.lru_cache(maxsize=1 << 15)
def is_surname(word: str, lang: str = "ru") -> bool:
    """Whether the dictionary lists ``word`` itself as a surname, in any form, declining or
    not: Russian and Ukrainian ones (Бакунин, Путина, Бойко) and the foreign ones it holds
    (Пикассо, Тарантино, Мураками); not Хаяси, which it does not hold.

    >>> is_surname("Путина"), is_surname("Пикассо"), is_surname("Хаяси"), is_surname("Стол")
    (True, True, False, False)
    """
    if lang not in LANGUAGES:
        return False
    return any(_as_written(p) and "Surn" in p.tag.grammemes for p in _parse(word.lower(), lang))


@functools.lru_cache(maxsize=1 << 15)
def is_common_before_place(word: str, lang: str = "ru") -> bool:
    """Whether the dictionary knows ``word`` as a place name (Geox) but more often as a common
    word (the readings' scores, from the corpus the dictionary was made with): Судак the fish
    and the town, Находка a find and the port; not Москва, nor a word with no place reading.

    >>> [is_common_before_place(w) for w in ("Судак", "Находка", "Москва", "Стол")]
    [True, True, False, False]
    """
    if lang not in LANGUAGES:
        return False
    parses = [p for p in _parse(word.lower(), lang) if _known(p)]
    if not any("Geox" in p.tag.grammemes for p in parses):
        return False
    common = sum(p.score for p in parses if not _PROPER & p.tag.grammemes)
    return common > sum(p.score for p in parses if "Geox" in p.tag.grammemes)


@functools.lru_cache(maxsize=1 << 12)
def surname_genders(word: str, lang: str = "ru", *, nominative: bool) -> frozenset[str]:
    """The genders (``masc``, ``femn``) of the dictionary's singular readings of ``word`` as a
    surname in the nominative (``nominative``) or in an oblique case: Орлову is a man's
    dative and a woman's accusative, Пушкина a man's genitive and a woman's nominative.

    >>> sorted(surname_genders("Орлову", nominative=False))
    ['femn', 'masc']
    >>> sorted(surname_genders("Пушкина", nominative=False)), sorted(surname_genders("Орлова", nominative=True))
    (['masc'], ['femn'])
    """
    if lang not in LANGUAGES:
        return frozenset()
    return frozenset(
        str(p.tag.gender)
        for p in _parse(word.lower(), lang)
        if _known(p)
        and "Surn" in p.tag.grammemes
        and "plur" not in p.tag.grammemes
        and p.tag.gender in ("masc", "femn")
        and (p.tag.case == "nomn") == nominative
        and p.tag.case != "voct"
    )


@functools.lru_cache(maxsize=1 << 12)
def person_genders(word: str, lang: str = "ru") -> frozenset[str]:
    """The genders (``masc``, ``femn``; both for a name of either, Саша) of the dictionary's
    readings of ``word`` as a given name, patronymic or surname in the nominative singular,
    and the sex data/names/given_names.csv lists a given name of: a full name's words agree in it (Валентин is a man's, Терешкова a woman's: no one person's
    name is Валентин Терешкова); empty for a word it reads as none.

    >>> sorted(person_genders("Валентин")), sorted(person_genders("Терешкова"))
    (['masc'], ['femn'])
    >>> sorted(person_genders("Саша")), sorted(person_genders("Prize"))
    (['femn', 'masc'], [])
    """
    if lang not in LANGUAGES:
        return frozenset()
    out: set[str] = set()
    for p in _parse(word.lower(), lang):
        if (
            _known(p)
            and _PERSON & p.tag.grammemes
            and "plur" not in p.tag.grammemes
            and p.tag.case == "nomn"
        ):
            either = "ms-f" in p.tag.grammemes  # (common gender: no tag.gender of its own)
            out |= {"masc", "femn"} if either else {str(p.tag.gender)} & {"masc", "femn"}
    listed = _listed_sexes(lang).get(word.lower())  # (Володимир, which VESUM reads a town)
    return frozenset(out | {listed} if listed else out)


@functools.lru_cache(maxsize=1 << 12)
def surname_lemmas(word: str, lang: str = "ru") -> frozenset[str]:
    """The nominatives (lower case) of the surnames the dictionary lists ``word`` itself as a
    singular form of (not a guess), where it reads ``word`` as a surname more often than as a
    common word (the readings' scores, from the corpus the dictionary was made with; a
    dictionary without scores, Ukrainian's, counts its readings): Ukrainian Кличка, Кличко's
    genitive and accusative before кличка, a nickname; not Листа (лист's genitive far more
    often than Лист's), nor the Russian Кличка, which it lists as the word alone.

    >>> sorted(surname_lemmas("Кличка", "uk")), sorted(surname_lemmas("Кличка"))
    (['кличко'], [])
    >>> sorted(surname_lemmas("Листа")), sorted(surname_lemmas("Пушкина"))
    ([], ['пушкин'])
    """
    if lang not in LANGUAGES:
        return frozenset()
    parses = [p for p in _parse(word.lower(), lang) if _as_written(p)]
    surnames = [p for p in parses if "Surn" in p.tag.grammemes and "plur" not in p.tag.grammemes]
    common = sum(p.score for p in parses if not _PROPER & p.tag.grammemes)
    if sum(p.score for p in surnames) <= common:
        return frozenset()
    return frozenset(str(p.normal_form) for p in surnames)


@functools.lru_cache(maxsize=1 << 12)
def agrees_with_noun(word: str, following: str, lang: str = "ru") -> bool:
    """Whether ``word``, read as an adjective, shares a case with ``following`` read as a
    noun (its likeliest reading): a name spelled as an adjective before its noun (Успенским
    собором, Білому озері), not a person's surname (Достоевского читали, Разумовскому в …).

    >>> agrees_with_noun("Успенским", "собором"), agrees_with_noun("Достоевского", "читали")
    (True, False)
    """
    if lang not in LANGUAGES:
        return False
    adjective = {
        p.tag.case for p in _parse(word.lower(), lang) if _known(p) and p.tag.POS == "ADJF"
    }
    if not adjective:
        return False
    best = [p for p in _parse(following.lower(), lang) if _known(p)][:1]  # (в: not вольт)
    return any(p.tag.POS == "NOUN" and p.tag.case in adjective for p in best)


@functools.lru_cache(maxsize=1 << 12)
def is_adjective(word: str, lang: str = "ru") -> bool:
    """Whether the dictionary knows ``word`` (a hyphenated one by its last part) as a form of
    an adjective: a place's genitive that is also one (Луганська, Донецька: of Луганськ, and
    the adjective of Луганська область) may be the adjective of a name of several words.

    >>> is_adjective("Луганська", "uk"), is_adjective("Івано-Франківська", "uk")
    (True, True)
    >>> is_adjective("Києва", "uk"), is_adjective("Москвы")
    (False, False)

    A language no dictionary reads, with a ``[declension.<lang>]`` table (Belarusian): whether
    ``word`` ends as the table's adjectives' forms of two letters or more do (Гомельскай,
    Мінскага): the ending alone, so a noun's form ending so is one too (Масквой, Дунаю: a miss
    where a caller wants no adjective, not a wrong reading).

    >>> is_adjective("Гомельскай", "be"), is_adjective("Масквой", "be"), is_adjective("Мінска", "be")
    (True, True, False)
    """
    if lang not in LANGUAGES:
        ends = _adjective_ends(lang)
        return bool(ends) and word.lower().endswith(ends)
    last = word.rsplit("-", 1)[-1].lower()
    return any(_known(p) and p.tag.POS == "ADJF" for p in _parse(last, lang))


@functools.cache
def _adjective_ends(lang: str) -> tuple[str, ...]:
    """The endings of two letters or more of ``[declension.<lang>]``'s adjectives (none
    without a table)."""
    rules = (declension_table(lang) or {}).get("adjective", ())
    ends = {e for r in rules for slot in r["singular"] + r["plural"] for e in slot.split("|")}
    return tuple(sorted(e for e in ends if len(e) > 1))


@functools.lru_cache(maxsize=1 << 12)
def genitive_only(word: str, lang: str = "ru") -> bool:
    """Whether every singular reading of ``word`` as a name (a surname or a given name) the
    dictionary gives is a genitive, and there is one: Бандери, Бандеры (not Франка, also an
    animate accusative, nor Пушкине).

    >>> genitive_only("Бандери", "uk"), genitive_only("Франка", "uk"), genitive_only("Пушкине")
    (True, False, False)
    """
    if lang not in LANGUAGES:
        return False
    cases = {
        p.tag.case
        for p in _parse(word.lower(), lang)
        if _known(p) and {"Surn", "Name"} & p.tag.grammemes and "plur" not in p.tag.grammemes
    }
    return cases == {"gent"}


@functools.lru_cache(maxsize=1 << 12)
def surname_before_place(word: str, lang: str = "ru") -> bool:
    """Whether the dictionary reads ``word`` as a surname (Surn) more often than as a place
    name (Geox), by its readings' scores (from the corpus the dictionary was made with):
    Пушкина (of Pushkin, rather than of the towns Пушкин and Пушкино), not Пушкине (in the
    town); a dictionary without scores (Ukrainian's: every reading 1.0) ties, and a tie is
    the place's.

    >>> surname_before_place("Пушкина"), surname_before_place("Пушкине")
    (True, False)
    >>> surname_before_place("Москвы"), surname_before_place("Стола")
    (False, False)
    """
    if lang not in LANGUAGES:
        return False
    parses = [p for p in _parse(word.lower(), lang) if _known(p)]
    surname = sum(p.score for p in parses if "Surn" in p.tag.grammemes)
    return surname > sum(p.score for p in parses if "Geox" in p.tag.grammemes)


@functools.lru_cache(maxsize=1 << 15)
def is_given_name(word: str, lang: str = "ru") -> bool:
    """Whether the dictionary reads ``word`` (nominative) as a given name: a fallback for the
    given-names table, e.g. Ukrainian Панас, Агатангел.

    >>> is_given_name("Агатангел", "uk"), is_given_name("Кримський", "uk")
    (True, False)
    """
    if lang not in LANGUAGES:
        return False
    return any(
        _known(p) and "Name" in p.tag.grammemes and p.tag.case == "nomn" for p in _parse(word, lang)
    )


#: Makers of tables of :func:`forms_start` worked out before, (word, language) → its value:
#: the shipped glossaries' terms' first words, from the copy an earlier process kept
#: (:func:`translit.glossary.files.shipped_file`: a one-line ``glossary apply`` asked the
#: dictionary of each); each made once, when first needed, and read only while the
#: dictionaries are the installed packages' (no ``PYMORPHY2_DICT_PATH``, which pymorphy3 reads)
KNOWN_STARTS: list[Callable[[], dict[tuple[str, str], str | None]]] = []
_known_starts: list[dict[tuple[str, str], str | None]] = []

#: the packages whose data :func:`forms_start` reads (a kept table's stamp)
DICTIONARY_PACKAGES = ("pymorphy3", "pymorphy3_dicts_ru", "pymorphy3_dicts_uk")


def dictionary_starts(words: Sequence[tuple[str, str]]) -> dict[tuple[str, str], str | None]:
    """(word, language) → :func:`forms_start` of each of ``words``: a table of
    :data:`KNOWN_STARTS`.

    >>> dictionary_starts([("Зимний", "ru"), ("ГУЛАГ", "ru")])
    {('Зимний', 'ru'): 'lexeme', ('ГУЛАГ', 'ru'): 'word'}
    """
    return {(w, lang): _forms_start(w, lang) for w, lang in words if lang in LANGUAGES}


@functools.lru_cache(maxsize=1 << 16)
def forms_start(word: str, lang: str = "ru") -> str | None:
    """How every one of the :func:`forms` of a term whose first word is ``word`` starts:
    ``"lexeme"`` with a form of a dictionary lexeme of ``word`` (a word of two letters or
    more the dictionary knows: pymorphy3 then gives no guessed reading, only one-letter
    initials add readings of their own), ``"word"`` with ``word`` itself (an acronym takes
    its endings after its capitals: ГУЛАГе), ``None`` when nothing is sure (a word the
    dictionary guesses). A look-up in the dictionary's word graph, no parse.

    >>> [forms_start(w) for w in ("Зимний", "ГУЛАГ", "Глокая", "Д")]
    ['lexeme', 'word', None, None]
    """
    if "PYMORPHY2_DICT_PATH" not in os.environ:  # (a kept table: the installed dictionaries)
        while len(_known_starts) < len(KNOWN_STARTS):
            _known_starts.append(KNOWN_STARTS[len(_known_starts)]())
        for table in _known_starts:
            if (word, lang) in table:
                return table[word, lang]
    return _forms_start(word, lang)


def _forms_start(word: str, lang: str) -> str | None:
    """:func:`forms_start` asked of the dictionary."""
    if _is_acronym(word):
        return "word"
    if len(word) > 1 and _analyzer(lang).word_is_known(word):
        return "lexeme"
    return None


def lemma_forms(word: str, lang: str = "ru") -> frozenset[str]:
    """The nominative forms (lower case) of every dictionary lexeme ``word`` is a form of.

    A term whose forms start with a form of its first word's lexemes (:func:`forms_start`)
    declines
    within that word's lexeme, so the first word of any of its :func:`forms` is a form of a
    lexeme whose nominative forms include the term's first word: glossary lookup finds the
    terms a query may be a case form of from its first word alone, without declining every
    term of the glossary (one query: its lexemes are built; for the many words of a text,
    :func:`lexemes` reads the word graph only).

    >>> sorted(lemma_forms("дворца"))
    ['дворец', 'дворцы']
    """
    out: set[str] = set()
    for p in _parse(word, lang):
        if _known(p):
            out.update(w for w, tag in _lexeme(p) if "nomn" in tag.grammemes)
    return frozenset(out)


@functools.lru_cache(maxsize=1 << 14)
def singular_lemmas(word: str, lang: str = "ru") -> frozenset[str]:
    """The nominative singular forms (lower case) of every dictionary lexeme ``word`` is a
    singular form of: what a given name or patronymic in a case may be (Юрием: юрий), never
    through a plural (Власов, a genitive plural of Влас, is only the surname's).

    >>> sorted(singular_lemmas("Юрием")), sorted(singular_lemmas("власов"))
    (['юрий'], ['власов', 'власова'])
    """
    out: set[str] = set()
    for p in _parse(word.lower(), lang):
        if _known(p) and p.tag.number != "plur":
            out.update(w for w, tag in _lexeme(p) if {"nomn", "sing"} <= tag.grammemes)
    return frozenset(out)


@functools.lru_cache(maxsize=1 << 16)
def lexemes(word: str, lang: str = "ru") -> frozenset[str]:
    """The dictionary forms (lower case) of every dictionary lexeme ``word`` is a form of.

    A term whose forms start with a form of its first word's lexemes (:func:`forms_start`)
    declines within those lexemes, so the first word of any of its :func:`forms` shares a
    lexeme, and so a dictionary form, with the term's first word: glossary look-up and apply
    decline only the terms filed under a dictionary form of a word of the query or the text,
    not every term of the glossary. A look-up in the dictionary's word graph (ё for е
    allowed, as the dictionary reads it), no parse.

    >>> sorted(lexemes("дворца")), sorted(lexemes("лет")), sorted(lexemes("люди"))
    (['дворец'], ['год', 'лёт'], ['человек'])
    """
    analyzer = _analyzer(lang)
    try:
        word.encode("utf-8")
    except UnicodeEncodeError:
        return frozenset()  # (as _parse: the graph's keys are UTF-8)
    d = analyzer.dictionary
    return frozenset(
        d.build_normal_form(para, idx, fixed)
        for fixed, found in d.words.similar_items(word.lower(), analyzer.char_substitutes)
        for para, idx in found
    )


def _pick(
    word: str, lang: str, pos: frozenset[str], hint: str | None, gender: str | None = None
) -> Any | None:
    """The best nominative parse of ``word`` with a part of speech in ``pos`` (and, where
    ``gender`` is given, of that gender)."""
    parses = [
        p
        for p in _parse(word, lang)
        if p.tag.POS in pos and p.tag.case == "nomn" and gender in (None, p.tag.gender)
    ]
    if not parses:
        return None
    capital = word[:1].isupper()

    plain = word.lower().replace("ё", "е")

    def rank(p: Any) -> tuple[bool, bool, bool]:
        person = bool(_PERSON & p.tag.grammemes)
        place = "Geox" in p.tag.grammemes
        want = (hint == "place" and place) or (hint == "person" and person)
        avoid = (person or place) and not capital
        # a singular noun given in the nominative is its own dictionary form (дворец, not a
        # form of some other lexeme that happens to look the same)
        other = (
            p.tag.POS == "NOUN"
            and p.tag.number != "plur"
            and (p.normal_form.replace("ё", "е") != plain)
        )
        return (not want, avoid, other)

    pick = min(parses, key=lambda p: (*rank(p), -p.score))
    # a common noun (a name takes no plural) the dictionary lists twice in one gender, once
    # without a plural (VESUM's inanimate партизан beside the animate one with партизани;
    # республіка, п'ятирічка): the reading with the plural, which a term takes too; not a
    # reading marked dialectal, archaic… (_MARKED), nor one the dictionary only guesses
    if hint is None and pick.tag.POS == "NOUN" and len(parses) > 1 and not _has_plural(pick):
        best = rank(pick)
        fuller = [
            p
            for p in parses
            if p.tag.POS == "NOUN"
            and rank(p) == best
            and _known(p)
            and p.tag.gender == pick.tag.gender
            and not _MARKED & p.tag.grammemes
            and _has_plural(p)
        ]
        if fuller:
            return min(fuller, key=lambda p: -p.score)
    return pick


def _has_plural(p: Any) -> bool:
    """Whether the lexeme of parse ``p`` has a plural form."""
    return any("plur" in g for _, g in _ranked(p))


def _gender_number(p: Any) -> tuple[str | None, str]:
    return p.tag.gender, "plur" if p.tag.number == "plur" else "sing"


def _inflect(p: Any, case: str, number: str, gender: str | None) -> list[str]:
    """The forms of parse ``p`` in ``case``/``number`` (adjectives: in ``gender``), best first.

    Like pymorphy3's ``Parse.inflect`` (the lexeme form sharing most grammemes with ``p`` comes
    first), but every variant the dictionary lists is kept (Ukrainian dative союзу/союзові,
    locative радянському/радянськім; Russian instrumental -ой/-ою), and the lexeme is built
    once per parse, not once per form.
    """
    want, sing = _want(p, case, number, gender), number == "sing"
    return list(dict.fromkeys(w for w, g in _ranked(p) if want <= g and not (sing and "plur" in g)))


def _tagged(p: Any, case: str, number: str, gender: str | None) -> list[tuple[str, frozenset[str]]]:
    """:func:`_inflect`'s forms with their grammemes, every one (a form may come twice)."""
    want, sing = _want(p, case, number, gender), number == "sing"
    return [(w, g) for w, g in _ranked(p) if want <= g and not (sing and "plur" in g)]


def _want(p: Any, case: str, number: str, gender: str | None) -> set[str]:
    """The grammemes of parse ``p``'s forms in ``case``/``number`` (adjectives: ``gender``)."""
    want = {case, "plur"} if number == "plur" else {case}
    if p.tag.POS in _ADJ and number == "sing" and gender in ("masc", "femn", "neut"):
        want.add(gender)
    return want


def _written(p: Any, lang: str, case: str, number: str, gender: str | None) -> list[str]:
    """The forms of parse ``p`` (of ``lang``) a term may be written in, in ``case``/``number``:
    without those the dictionary marks as another's variant spelling (OpenCorpora's V-…
    grammemes: управленья beside управления, -ою beside -ой) or abbreviation (гг), nor a
    Ukrainian adjective's uncontracted plural (``uncontracted_plural``: червонії beside
    червоні), where another is there; of two that differ in meaning (лагеря, лагери) the one
    ``plural_by_sense`` chooses. Several where the dictionary gives them alike (ордена,
    ордены; Ukrainian союзові, союзу), none for a reading it only guesses."""
    if not _known(p):
        return []
    every = _tagged(p, case, number, gender)
    plain = [w for w, g in every if "Abbr" not in g and not any(x.startswith("V-") for x in g)]
    got = list(dict.fromkeys(plain or [w for w, _ in every]))
    if len(got) > 1 and p.tag.POS in _ADJ:
        long = tuple(_dictionary(lang).get("uncontracted_plural", ()))
        got = [w for w in got if not (long and w.endswith(long))] or got
    chosen = _sense_plurals(lang).get(p.normal_form)
    return [chosen] if len(got) > 1 and chosen in got else got


@functools.lru_cache(maxsize=1 << 14)
def _ranked(p: Any) -> tuple[tuple[str, frozenset[str]], ...]:
    """The lexeme of ``p`` as (word, grammemes), best first for every case and number: the
    forms sharing most grammemes with ``p`` first (a stable sort: the dictionary's order
    among equals), without the forms ``p``'s own marks exclude. Built once per reading (a
    pymorphy3 parse is a tuple, equal for the same reading), so the sixteen slots of a term
    (and every term sharing the word) only filter it; bounded like this module's other
    caches, the least recently used reading goes first."""
    rebuilt = _hyphenated(p)
    have = rebuilt[0].grammemes if rebuilt else p.tag.grammemes
    unwanted = _MARKED - have  # no superlatives, colloquial or misspelt forms unless p is
    fixed_gender = have & _GENDERS if p.tag.POS not in _ADJ else frozenset()
    scored: list[tuple[float, str, frozenset[str]]] = []
    for word, tag in _lexeme(p):
        g = tag.grammemes
        if g & unwanted:
            continue
        if fixed_gender and g & _GENDERS and g & _GENDERS != fixed_gender:
            continue  # Власов → Власову, never the feminine Власовой
        scored.append((len(have & g) - 0.1 * len(have ^ g), word, g))
    scored.sort(key=lambda x: -x[0])
    return tuple((word, g) for _, word, g in scored)


@functools.lru_cache(maxsize=1 << 14)
def _lexeme(p: Any) -> tuple[tuple[str, Any], ...]:
    """The forms of ``p``'s lexeme as (word, tag), once per reading (least recently used
    first out, as :func:`_ranked`); a hyphenated word's as :func:`_hyphenated` gives them."""
    rebuilt = _hyphenated(p)
    return rebuilt[1] if rebuilt else tuple((f.word, f.tag) for f in p.lexeme)


@functools.lru_cache(maxsize=1 << 12)
def _hyphenated(p: Any) -> tuple[Any, tuple[tuple[str, Any], ...]] | None:
    """(the reading's tag, its lexeme as (word, tag)) of a noun of two parts the dictionary
    does not list but reads part by part (pymorphy3's HyphenatedWordsAnalyzer), built from
    each part's own dictionary reading: a declining part through its lexeme (ребёнок: дети),
    a part the dictionary reads as of no declension (``Fixd``: индиго) kept, a second
    declining part in the first
    one's case and number (человек-амфибия: люди-амфибии); ``None`` where a part has neither
    reading or may be a name's, a person's or a place's (pymorphy3's own lexeme stands). pymorphy3 guesses the parts' lexemes again for
    the whole word and may take a wrong one (ребёнок-индиго: ребёнока-индиго, ребёноки-…).

    >>> [w for w, _ in _hyphenated(_parse("ребёнок-индиго", "ru")[0])[1]][:8:6]
    ['ребёнок-индиго', 'дети-индиго']
    """
    if type(p.methods_stack[0][0]).__name__ != "HyphenatedWordsAnalyzer" or p.tag.POS != "NOUN":
        return None
    parts = p.word.split("-")
    lang = getattr(getattr(p.methods_stack[0][0], "morph", None), "lang", None)
    if len(parts) != 2 or not all(parts) or lang not in LANGUAGES:
        return None
    readings: list[Any | None] = []  # each part's: a declining noun's parse, None if fixed
    for part in parts:
        if any(_NAMED & q.tag.grammemes for q in _parse(part, lang)):
            return None  # (a name's part: Аслан-паша, Саксония-Анхальт, as pymorphy3 reads it)
        known = [q for q in _parse(part, lang) if _known(q) and q.tag.POS == "NOUN"]
        own = [
            q
            for q in known
            if "Fixd" not in q.tag.grammemes
            and (q.tag.case, q.tag.number) == (p.tag.case, p.tag.number)
        ]
        if any("Fixd" in q.tag.grammemes for q in known):
            readings.append(None)  # (Ukrainian фото: also a declined reading, not in a name)
        elif own:
            readings.append(max(own, key=lambda q: q.score))
        else:
            return None
    head = next((q for q in readings if q is not None), None)
    if head is None:
        return None
    out: list[tuple[str, Any]] = []
    for form in head.lexeme:
        words = []
        for part, q in zip(parts, readings, strict=True):
            if q is None:
                words.append(part)
            elif q is head:
                words.append(form.word)
            else:
                other = q.inflect({form.tag.case, form.tag.number} - {None})
                if other is None:
                    return None
                words.append(other.word)
        out.append(("-".join(words), form.tag))
    return head.tag, tuple(out)


@functools.lru_cache(maxsize=1 << 16)
def forms(
    term: str, lang: str = "ru", *, hint: str | None = None, plural: bool = True
) -> tuple[str, ...]:
    """Every case (and, with ``plural``, number) form of ``term``, the term itself first.

    ``hint`` (``"person"``, ``"place"``) prefers those readings of ambiguous words (Орёл the
    town, not the eagle). A term the dictionary cannot decline gives ``(term,)``.

    >>> forms("Главное управление лагерей")[1]
    'Главного управления лагерей'
    >>> forms("Андрей Андреевич Власов", hint="person")[2]
    'Андрею Андреевичу Власову'
    >>> forms("Червона армія", "uk")[1]
    'Червоної армії'
    """
    return _derived(term, lang, hint, plural)[0]


def numbers(
    term: str, lang: str = "ru", *, hint: str | None = None
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(the plural forms, the forms of either number) among the :func:`forms` of ``term``, a
    singular term; ``((), ())`` for a plural one (all its forms are plural). A form is told by
    the term's words together: the case and number slots it was made in (концентрационные
    лагеря only in the plural), so a form is of either number only where the words agree in
    both (лагеря: genitive singular and nominative plural; партизан, the term itself, is
    also a genitive plural, but a term is read as given, in the nominative).

    >>> numbers("концентрационный лагерь")[0][:2]
    ('концентрационные лагери', 'концентрационные лагеря')
    >>> numbers("лагерь")[1], numbers("военнопленные")
    (('лагеря',), ((), ()))
    """
    return _derived(term, lang, hint, True)[1:]


@functools.lru_cache(maxsize=1 << 14)
def coordinated(term: str, lang: str = "ru", *, hint: str | None = None) -> tuple[str, ...]:
    """The forms ``term`` (a singular noun with an agreeing adjective) takes as the last of
    coordinated attributes of one plural noun, where ``data/inflection.toml``'s
    ``coordinated_plural`` says the language writes them so: each adjective in the singular,
    the noun in the plural, in one case (Херсонська й Запорізька області, Сумской и Черниговской
    областей); none for another term, or one :func:`forms` gives already.

    >>> coordinated("Запорізька область", "uk", hint="place")[:2]
    ('Запорізька області', 'Запорізької областей')
    >>> coordinated("Андрей Андреевич Власов", hint="person"), coordinated("лагерь")
    ((), ())
    """
    words = term.split()
    lang = lang.split("-", maxsplit=1)[0].lower()
    if not words or lang not in LANGUAGES or not _dictionary(lang).get("coordinated_plural"):
        return ()
    plan = _plan(words, lang, hint)
    if plan is None or plan[0] != "sing":
        return ()
    head, parses = plan[2], plan[3]
    before = parses.index(head)  # (an epithet after the head is no coordinated attribute)
    attribute = [k < before and p is not None and p.tag.POS in _ADJ for k, p in enumerate(parses)]
    if not any(attribute):
        return ()
    acronyms = [_is_acronym(w) for w in words]
    out: list[str] = []
    for case in _CASES[lang]:
        one = _word_forms(words, plan, case, "sing", _inflect, acronyms=acronyms)
        many = _word_forms(words, plan, case, "plur", _inflect, acronyms=acronyms)
        if one is None or many is None:
            continue
        mixed = [a if adj else b for a, b, adj in zip(one, many, attribute, strict=True)]
        out += (" ".join(c) for c in itertools.islice(itertools.product(*mixed), _PER_SLOT))
    known = set(forms(term, lang, hint=hint))
    return tuple(f for f in dict.fromkeys(out) if f not in known)


@functools.lru_cache(maxsize=1 << 14)
def plural(term: str, lang: str = "ru", *, hint: str | None = None) -> str | None:
    """The nominative plural of ``term`` (a term given in the nominative): its head noun and
    the words agreeing with it in the plural, its complements as they are (лагерь для
    военнопленных → лагеря для военнопленных); ``term`` itself when it is plural; ``None``
    where that is not sure: a word that changes which the dictionary only guesses, a term
    whose head noun is not found, a noun without a plural, or two plurals the dictionary gives
    alike (ордена, ордены) and ``data/inflection.toml``'s ``[dictionary.<lang>]`` does not
    choose between. :func:`inflect` in the nominative plural.

    >>> plural("концентрационный лагерь"), plural("военнопленный"), plural("табір", "uk")
    ('концентрационные лагеря', 'военнопленные', 'табори')
    >>> print(plural("орден"), plural("Глокая куздра"))
    None None
    """
    return inflect(term, lang, "nomn", "plur", hint=hint)


def is_plural_term(term: str, lang: str = "ru", *, hint: str | None = None) -> bool:
    """Whether ``term`` (given in the nominative) is a plural as the dictionary reads it: its
    head noun a plural form of a word the dictionary lists, not only guesses (Вооружённые силы,
    Альпы, the plurale tantum ворота; not Сванетия, whose unknown ending only looks plural),
    nor an indeclinable one (Монпелье: either number).

    >>> is_plural_term("Вооружённые силы Украины"), is_plural_term("Альпы", hint="place")
    (True, True)
    >>> is_plural_term("Красная армия"), is_plural_term("Сванетия", hint="place")
    (False, False)
    """
    words = term.split()
    lang = lang.split("-", maxsplit=1)[0].lower()
    if not words or lang not in LANGUAGES:
        return False
    plan = _plan(words, lang, hint)
    head: Any = None if plan is None else plan[2]
    return (
        plan is not None and plan[0] == "plur" and _known(head) and "Fixd" not in head.tag.grammemes
    )


#: the case names of OpenCorpora's tags (pymorphy3's, for both dictionaries)
CASE_NAMES = {
    "nomn": "nominative",
    "gent": "genitive",
    "datv": "dative",
    "accs": "accusative",
    "ablt": "instrumental",
    "loct": "locative",
    "gen2": "second genitive",
    "loc2": "second locative",
    "voct": "vocative",
}


@functools.lru_cache(maxsize=1 << 14)
def inflect(
    term: str,
    lang: str = "ru",
    case: str = "nomn",
    number: str = "sing",
    *,
    hint: str | None = None,
) -> str | None:
    """``term`` (given in the nominative) in ``case`` (an OpenCorpora tag, :data:`CASE_NAMES`)
    and ``number`` (``sing``, ``plur``), as a text writes it: the one of :func:`inflections`,
    ``None`` where there is not one (as for :func:`plural`: a word the dictionary only
    guesses, or two forms it gives alike, Ukrainian dative союзові and союзу, which no table
    chooses between).

    >>> inflect("концентрационный лагерь", "ru", "gent", "plur")
    'концентрационных лагерей'
    >>> inflect("Главное управление лагерей", "ru", "ablt"), inflect("табір", "uk", "gen2")
    ('Главным управлением лагерей', 'табору')
    >>> inflect("лес", "ru", "loc2"), inflect("лагерь", "ru", "loc2"), inflect("табір", "uk", "datv")
    ('лесу', 'лагере', None)
    >>> inflect("РОА", "ru", "datv"), inflect("советские военнопленные", "ru", "gent", "sing")
    ('РОА', None)
    """
    got = inflections(term, lang, case, number, hint=hint)
    return next(iter(got)) if len(got) == 1 else None


@functools.lru_cache(maxsize=1 << 14)
def inflections(
    term: str,
    lang: str = "ru",
    case: str = "nomn",
    number: str = "sing",
    *,
    hint: str | None = None,
) -> frozenset[str]:
    """The forms a text may write ``term`` (given in the nominative) in, in ``case`` (an
    OpenCorpora tag, :data:`CASE_NAMES`) and ``number`` (``sing``, ``plur``): the head noun and
    the words agreeing with it in that case and number (each as :func:`_written` gives it),
    complements as they are, an invariant acronym as it is (РОА, ВС КОНР); none where the
    dictionary does not know a word that changes, or the term has no such number. A case the
    term has no form in takes the one ``data/inflection.toml``'s ``case_instead`` names
    (Russian second genitive and locative: the genitive and locative; a Ukrainian vocative in
    Russian: the nominative). Of the two Ukrainian datives of a living being's name, the one
    ``dative_first`` and ``dative_then`` give (Андрієві Андрійовичу Власову).

    >>> sorted(inflections("табір", "uk", "datv")), sorted(inflections("лагерь", "ru", "nomn", "plur"))
    (['таборові', 'табору'], ['лагеря'])
    >>> inflections("Тарас Шевченко", "uk", "datv", hint="person")
    frozenset({'Тарасові Шевченку'})
    """
    words = term.split()
    lang = lang.split("-", maxsplit=1)[0].lower()
    if not words or lang not in LANGUAGES:
        return frozenset()
    plan = _plan(words, lang, hint)
    if plan is None:  # (an acronym the dictionary does not decline is invariant: РОА, КГБ)
        return frozenset({term} if number == "sing" and _is_acronym(words[0]) else ())
    if plan[0] == "plur" and number == "sing":
        return frozenset()
    if case == "nomn" and number == plan[0]:
        return frozenset({term})
    acronyms = [_is_acronym(w) for w in words]

    def written(p: Any, c: str, n: str, g: str | None) -> list[str]:
        return _written(p, lang, c, n, g)

    got = _word_forms(words, plan, case, number, written, acronyms=acronyms)
    instead = _dictionary(lang).get("case_instead", {}).get(case)
    if got is None:
        return inflections(term, lang, instead, number, hint=hint) if instead else frozenset()
    if case == "datv" and number == "sing" and hint != "place":  # (a place is no living being,
        got = _datives(got, plan[3], lang)  # whatever reading the dictionary has: Дон, дон)
    combos = itertools.islice(itertools.product(*got), _PER_SLOT)
    return frozenset(" ".join(c) for c in combos)


def _word_forms(
    words: list[str],
    plan: tuple[str, str | None, Any, list[Any | None]],
    case: str,
    number: str,
    made: Callable[[Any, str, str, str | None], list[str]],
    *,
    acronyms: list[bool],
) -> list[list[str]] | None:
    """Each of ``words``' forms in ``case``/``number`` by ``plan`` (:func:`_plan`), as
    ``made(parse, case, number, gender)`` gives them, with the term's capitals (an acronym, where
    ``acronyms`` says so, its endings after them); ``None`` where a word has none.
    An adjective in the accusative takes the nominative or the genitive form, as its
    (masculine or plural) noun does: Зимний дворец → Зимний дворец, Власовские полки →
    власовских полков; feminine and neuter adjectives have their own accusative."""
    _, gender, head, parses = plan
    adj_case = case
    if case == "accs" and (number == "plur" or gender == "masc"):
        same = (
            _inflect(head, "accs", number, gender)[:1] == _inflect(head, "nomn", number, gender)[:1]
        )
        adj_case = "nomn" if same else "gent"
    per_word: list[list[str]] = []
    for word, p, acronym in zip(words, parses, acronyms, strict=True):
        if p is None:
            per_word.append([word])  # (a complement: stays)
            continue
        adj = p is not head and p.tag.POS in _ADJ
        got = made(p, adj_case if adj else case, number, gender)
        if not got:
            return None
        if acronym:
            got = [word + form[len(word) :] for form in got]  # ГУЛАГ + е, never ГУЛАГЕ
        per_word.append([_recase(word, form) for form in got])
    return per_word


def _datives(per_word: list[list[str]], parses: list[Any | None], lang: str) -> list[list[str]]:
    """``per_word``, the dative singular forms of a term's words (``parses``: their readings,
    ``None`` for a complement), with one of the two datives of each noun that has both endings
    of ``data/inflection.toml``'s ``dative_first`` and ``dative_then`` and is a noun of
    ``dative_of`` (Ukrainian: a living being's, Андрієві or Андрію): the first such noun takes
    ``dative_first``, the ones after it ``dative_then`` (Український правопис 2019, § 83:
    Андрієві Андрійовичу Власову). Others keep both (союзові, союзу)."""
    rule = _dictionary(lang)
    first, then = tuple(rule.get("dative_first", ())), tuple(rule.get("dative_then", ()))
    of = rule.get("dative_of")
    if not first or not then or of is None:
        return per_word
    out: list[list[str]] = []
    seen = False
    for forms, p in zip(per_word, parses, strict=True):
        chosen = forms
        if p is not None and p.tag.POS == "NOUN" and of in p.tag.grammemes and len(forms) > 1:
            one = [f for f in forms if f.endswith(first)]
            other = [f for f in forms if f.endswith(then) and not f.endswith(first)]
            if one and other:
                chosen, seen = other if seen else one, True
        out.append(chosen)
    return out


@functools.cache
def _dictionary(lang: str) -> dict[str, Any]:
    """``data/inflection.toml``'s ``[dictionary.<lang>]``: what the dictionary leaves open."""
    return dict(load_toml("inflection.toml").get("dictionary", {}).get(lang, {}))


def _sense_plurals(lang: str) -> dict[str, str]:
    """The nominative plural a term takes of a noun whose two plurals differ in meaning
    (``plural_by_sense``)."""
    return dict(_dictionary(lang).get("plural_by_sense", {}))


@functools.lru_cache(maxsize=1 << 16)
def _derived(
    term: str, lang: str, hint: str | None, plural: bool
) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """(:func:`forms`, and the two groups of :func:`numbers`) of ``term``, derived once."""
    every, head_number, made, slots = _made(term, lang, hint, plural)
    if head_number == "plur":
        return every, (), ()
    plural_slots = sum(1 << k for k, (_, n) in enumerate(slots) if n == "plur")
    numbers = {  # (each form's numbers as bits: 1 singular, 2 plural)
        f: bool(bits & ~plural_slots) | bool(bits & plural_slots) << 1 for f, bits in made.items()
    }
    return (
        every,
        tuple(f for f in every[1:] if numbers.get(f) == _PLURAL),
        tuple(f for f in every[1:] if numbers.get(f) == _SINGULAR | _PLURAL),
    )


@functools.lru_cache(maxsize=1 << 10)
def readings(
    term: str, lang: str = "ru", *, hint: str | None = None
) -> dict[str, frozenset[tuple[str, str]]]:
    """Each of the :func:`forms` of ``term`` with the (case, number) slots it was made in
    (OpenCorpora's tags: ``("gent", "plur")``), the term itself with its nominative: what a
    form in a text may be, read from the term's words together (лагерей: a genitive plural
    only; лагеря: a genitive singular or a nominative or accusative plural). The dict is
    shared (cached): do not change it.

    >>> sorted(readings("лагерь")["лагерей"]), sorted(readings("лагерь")["лагеря"])
    ([('gent', 'plur')], [('accs', 'plur'), ('gent', 'sing'), ('nomn', 'plur')])
    """
    every, head_number, made, slots = _made(term, lang, hint, True)
    out = {f: frozenset(s for k, s in enumerate(slots) if made.get(f, 0) >> k & 1) for f in every}
    out[term] = out[term] | {("nomn", head_number)}
    return out


def _made(
    term: str, lang: str, hint: str | None, plural: bool
) -> tuple[tuple[str, ...], str, dict[str, int], list[tuple[str, str]]]:
    """(the forms of ``term``, the term's number, each form's slots as bits, the slots:
    (case, number), bit k the k-th)."""
    words = term.split()
    if not words:
        return (term,), "sing", {}, []
    analyzer_lang = lang.split("-", maxsplit=1)[0].lower()
    if analyzer_lang not in LANGUAGES:
        raise MorphologyError(
            f"no morphology for language {shown(lang)} (known: {', '.join(LANGUAGES)})"
        )
    plan = _plan(words, analyzer_lang, hint)
    if plan is None:
        return (term,), "sing", {}, []
    slots: list[tuple[str, str]] = []
    head_number = plan[0]
    wanted = ("plur",) if head_number == "plur" else (("sing", "plur") if plural else ("sing",))
    for number in wanted:
        slots += [(case, number) for case in _CASES[analyzer_lang]]
    out = [term]
    made: dict[str, int] = {}  # each form → the slots it was made in (bits)
    acronyms = [_is_acronym(w) for w in words]
    for k, (case, number) in enumerate(slots):
        if case == "nomn" and number == head_number:
            continue  # the term itself (its spelling variants, управленье, would only add noise)

        per_word = _word_forms(words, plan, case, number, _inflect, acronyms=acronyms)
        if per_word is None:
            continue
        combos = [" ".join(c) for c in itertools.islice(itertools.product(*per_word), _PER_SLOT)]
        out += combos
        for form in combos:
            made[form] = made.get(form, 0) | 1 << k
    return tuple(dict.fromkeys(itertools.islice(out, _MAX_FORMS))), head_number, made, slots


def _plan(
    words: list[str], lang: str, hint: str | None
) -> tuple[str, str | None, str | None, list[Any | None]] | None:
    """(number, gender, head parse, per-word parse or ``None`` = keep) for declining ``words``."""
    if _is_acronym(words[0]):
        p = _acronym_parse(words[0], lang)
        if p is None:
            return None
        number = _gender_number(p)[1]
        return number, p.tag.gender, p, [p] + [None] * (len(words) - 1)
    # a personal name: every word declines (Андрей Андреевич Власов)
    if hint != "place" and all(w[:1].isupper() for w in words) and len(words) > 1:
        people = _person(words, lang)
        if people is not None:
            first: Any = people[0]
            return _gender_number(first)[1], first.tag.gender, first, list(people)
    # leading adjectives agree with the head noun after them; of the readings, the longest
    # adjective run wins (Верховна Рада СРСР: Рада is the head, not an adjective "рада")
    run = 0
    while run < len(words) and _pick(words[run], lang, _ADJ, hint) is not None:
        run += 1
    for i in range(min(run, len(words) - 1), -1, -1):
        head = _pick(words[i], lang, frozenset({"NOUN"}), hint)
        if head is None and i == len(words) - 1 == run - 1 and i:
            head = _pick(words[i], lang, _ADJ, hint)  # substantivised: советские военнопленные
        plan = None if head is None else _agree(words, i, head, lang)
        if plan is not None:
            return plan
    single = _pick(words[0], lang, _ADJ, hint) if run == len(words) == 1 else None
    if single is not None:  # one substantivised adjective: военнопленные
        return _gender_number(single)[1], single.tag.gender, single, [single]
    return None


def _person(words: list[str], lang: str) -> list[Any] | None:
    """The parses of ``words`` as one person's name (given name, patronymic, surname: each a
    name of the dictionary, or a given name of data/names/given_names.csv, :func:`_listed`),
    all of one gender where the best readings differ in it: VESUM
    lists many a man's surname as a woman's too, which does not decline (Шевченко, Кравчук),
    and a given name tells the gender (Тарас Шевченко → Тарасові Шевченку, not Тарасові
    Шевченко); after a man's given name, a surname in -о the dictionary has no man's reading
    of declines as ``masculine_o`` says (Іван Франко → Івана Франка: :func:`_masculine_o`);
    ``None`` where a word has no such reading."""
    noun = frozenset({"NOUN"})

    def reading(word: str, gender: str | None = None) -> Any | None:
        p = _pick(word, lang, noun, "person", gender)
        if p is not None and _PERSON & p.tag.grammemes:
            return p
        return _listed(word, lang, gender) or p

    def given(p: Any) -> bool:
        return "Name" in p.tag.grammemes or _listed(p.word, lang) == p

    def personal(p: Any | None) -> bool:
        return p is not None and bool(_PERSON & p.tag.grammemes or given(p))

    picked = [reading(w) for w in words]
    people: list[Any] = [p for p in picked if personal(p)]
    genders = [p.tag.gender for p in people]
    whole = len(people) == len(words)
    if whole and len(set(genders)) < 2:
        return people
    # (a given name's gender first: it has no other)
    given_genders = [g for p, g in zip(people, genders, strict=True) if given(p)]
    man = any(given(p) and p.tag.gender == "masc" and "Fixd" not in p.tag.grammemes for p in people)
    for gender in dict.fromkeys(g for g in (*given_genders, *genders) if g):
        agreeing = [reading(w, gender) for w in words]
        if man and gender == "masc":
            agreeing = [
                p if personal(p) else _masculine_o(w, lang)
                for w, p in zip(words, agreeing, strict=True)
            ]
        if all(personal(p) for p in agreeing):
            return list(agreeing)
    return people if whole else None


@functools.lru_cache(maxsize=1 << 12)
def _listed(word: str, lang: str, gender: str | None = None) -> Any | None:
    """The dictionary's reading of ``word`` as the given name data/names/given_names.csv lists
    in its ``lang`` column, where the dictionary does not mark it one (VESUM: Володимир,
    Богдан, tagged Name in every form but the nominative, which it reads as a town's name
    too): its known animate noun of the listed sex (of ``gender`` where given); ``None`` for a
    word the list lacks or the dictionary reads no such way."""
    sex = _listed_sexes(lang).get(word.lower())
    if sex is None or gender not in (None, sex):
        return None
    return next(
        (
            p
            for p in _parse(word, lang)
            if p.tag.POS == "NOUN"
            and p.tag.case == "nomn"
            and p.tag.gender == sex
            and "anim" in p.tag.grammemes
            and "Fixd" not in p.tag.grammemes
            and _known(p)
        ),
        None,
    )


@functools.cache
def _listed_sexes(lang: str) -> dict[str, str]:
    """Each given name's spelling in ``lang`` (lower case) in data/names/given_names.csv → its
    gender (OpenCorpora's masc, femn); empty for a language without a column there."""
    sexes = {"m": "masc", "f": "femn"}
    return {
        spelling.lower(): sexes[row["sex"]]
        for row in read_table("names", "given_names.csv")
        for spelling in (row.get(lang) or "").split("|")
        if spelling and row["sex"] in sexes
    }


def _masculine_o(word: str, lang: str) -> Any | None:
    """``word``, a capitalised surname ending in one of ``data/inflection.toml``'s
    ``masculine_o`` ``ends``, read as a man's surname with the paradigm the dictionary gives
    its ``model`` (Франко as Шевченко: Франка, Франкові); ``None`` for another word or a
    language without that rule."""
    low = word.lower()
    if not word[:1].isupper() or not low.isalpha():
        return None
    rule = _dictionary(lang).get("masculine_o")
    model = _masculine_o_model(lang)
    if model is None or rule is None:
        return None
    if not any(low.endswith(e) and len(low) > len(e) for e in rule.get("ends", ())):
        return None
    unit, _, para, idx = model.methods_stack[0]
    return type(model)(low, model.tag, low, 1.0, ((unit, low, para, idx),))


@functools.cache
def _masculine_o_model(lang: str) -> Any | None:
    """The dictionary's man's-surname reading of ``masculine_o``'s ``model``, ending in -о."""
    rule = _dictionary(lang).get("masculine_o")
    if rule is None:
        return None
    noun = frozenset({"NOUN"})
    model = _pick(rule["model"], lang, noun, "person", "masc")
    if model is None or "Surn" not in model.tag.grammemes or not _known(model):
        return None
    return model


def _agree(
    words: list[str], i: int, head: Any, lang: str
) -> tuple[str, str | None, Any, list[Any | None]] | None:
    """The plan with ``words[i]`` as head and ``words[:i]`` as adjectives agreeing with it, and
    after a capitalised head the capitalised adjectives right after it that agree with it (a
    name's epithet: Пётр Великий → Петра Великого, Иван Грозный; the rest are complements)."""
    gender, number = _gender_number(head)
    parses: list[Any | None] = [None] * len(words)

    def agreeing(word: str) -> Any | None:
        got = [
            p
            for p in _parse(word, lang)
            if p.tag.POS in _ADJ
            and p.tag.case == "nomn"
            and _gender_number(p)[1] == number
            and (number == "plur" or gender is None or p.tag.gender in (gender, None))
        ]
        return max(got, key=lambda p: p.score) if got else None

    for k in range(i):
        parses[k] = agreeing(words[k])
        if parses[k] is None:
            return None
    parses[i] = head
    for k in range(i + 1, len(words) if words[i][:1].isupper() else i + 1):
        if not words[k][:1].isupper() or (epithet := agreeing(words[k])) is None:
            break
        parses[k] = epithet
    return number, gender, head, parses


@functools.cache  # (asked for every term by the glossary's inflects_by_endings: read once)
def declension_table(lang: str) -> dict[str, Any] | None:
    """The case endings of ``data/inflection.toml``'s ``[declension.<lang>]`` for a language
    no dictionary declines (Belarusian), or ``None``: what :func:`declined` reads, for the
    glossary's terms and the names layer's places alike.

    >>> declension_table("be") is not None, declension_table("ru")
    (True, None)
    """
    return load_toml("inflection.toml").get("declension", {}).get(lang)


def declined(
    text: str, lang: str, gender: str | None = None
) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """(every form, the plural forms of no singular, the forms of both numbers) of the term
    ``text`` in ``lang``, from the case endings of ``data/inflection.toml``'s
    ``[declension.<lang>]`` (Belarusian: no dictionary of it): its adjectives agree with its
    head noun, the words after the head noun stay as written; ``text`` first.

    >>> every, plural, either = declined("Чырвоная армія", "be")
    >>> every[:6]
    ('Чырвоная армія', 'Чырвонай арміі', 'Чырвоной арміі', 'Чырвоную армію', 'Чырвонай арміяй', 'Чырвонай арміяю')
    >>> "Беларуссю" in declined("Беларусь", "be")[0], declined("Токіа", "be")
    (True, (('Токіа',), (), ()))
    """
    table = declension_table(lang) or {}
    words = text.split(" ")
    adjectives: list[dict[str, Any]] = []
    for w in words[:-1]:  # (the leading words with an adjective's ending)
        rule = _rule(w, table.get("adjective", ()), None)
        if rule is None:
            break
        adjectives.append(rule)
    at = len(adjectives)
    if len(words[at]) < table.get("min_letters", 0):
        return (text,), (), ()
    agreed = adjectives[0]["gender"] if adjectives else gender
    nouns = [
        r
        for g in _GENDERS_OF.get(agreed or "", _ALL_GENDERS)
        if (r := _rule(words[at], table.get("noun", ()), g))
    ]
    if not nouns:
        return (text,), (), ()
    slots: list[list[set[str]]] = [
        [_endings(w, r, k) for k in range(12)]
        for w, r in zip(words, adjectives, strict=False)  # (the head and after: none)
    ]
    head = [set().union(*(_endings(words[at], r, k) for r in nouns)) for k in range(12)]
    slots.append(head)
    rest = " ".join(words[at + 1 :])
    by_number: list[list[str]] = [[], []]
    for k in range(12):
        if k % 6 == 3 and all(s[k] <= s[k - 3] | s[k - 2] for s in slots):
            continue  # (an accusative as the nominative or the genitive: each word alike)
        for combo in itertools.product(*(sorted(s[k]) for s in slots)):
            form = " ".join((*combo, rest) if rest else combo)
            by_number[k // 6].append(form)
    singular, plural = dict.fromkeys([text, *by_number[0]]), dict.fromkeys(by_number[1])
    every = tuple(dict.fromkeys([*singular, *plural]))
    return (
        every,
        tuple(f for f in plural if f not in singular),
        tuple(f for f in plural if f in singular),
    )


_ALL_GENDERS = ("feminine", "masculine", "neuter", "plural")  # (plural: Курапаты)
_GENDERS_OF = {g: (g,) for g in _ALL_GENDERS}


def _rule(word: str, rules: Sequence[dict[str, Any]], gender: str | None) -> dict[str, Any] | None:
    """The first of ``rules`` (of ``gender``, when given) with the longest end ``word`` ends
    in (lower case), with ``"end"`` set to that end; none when none fits."""
    low = word.lower()
    best: dict[str, Any] | None = None
    for rule in rules:
        if gender is not None and rule["gender"] != gender:
            continue
        for end in rule["ends"]:
            if (
                low.endswith(end)
                and len(low) > len(end)
                and (best is None or len(end) > len(best["end"]))
                and not (rule.get("after_consonant") and low[-len(end) - 1] in CYRILLIC_VOWELS)
            ):
                best = {**rule, "end": end}
    return best


def _endings(word: str, rule: dict[str, Any], slot: int) -> set[str]:
    """The forms of ``word`` in ``slot`` (0-5 the singular cases, 6-11 the plural) by
    ``rule``: its end cut, each ending added (``$``: the stem's last letter again, Беларуссю)."""
    cut = rule.get("cut", len(rule["end"]))
    stem = word[: len(word) - cut] if cut else word
    said = (rule["singular"] + rule.get("plural", []))[slot]
    out = set()
    for ending in said.split("|"):
        out.add(stem + (stem[-1:] + ending[1:] if ending.startswith("$") else ending))
    return out


@functools.lru_cache(maxsize=1 << 14)
def declined_nominatives(word: str, lang: str, kind: str = "noun") -> tuple[str, ...]:
    """The nouns ``word`` may be an oblique case of in the singular (genitive, dative,
    accusative, instrumental, locative) by the endings of ``[declension.<lang>]``'s noun rules
    (:func:`declined` read backwards), capitalised as ``word``; none for a language without a
    table. Guesses by the ending alone (Мінска: Мінск, and a neuter Мінско): a caller keeps the
    one it knows (a listed place) and checks it declines so (:func:`singular_declined`).

    >>> "Мінск" in declined_nominatives("Мінска", "be"), declined_nominatives("Мінск", "be")
    (True, ())
    >>> "Масква" in declined_nominatives("Маскве", "be"), declined_nominatives("Мінска", "ru")
    (True, ())

    ``kind="surname"`` reads the table's ``surname`` rules instead (a person's surname of one
    word: Пуціным, Ціханоўскай; :func:`surname_declined`).

    >>> "Пуцін" in declined_nominatives("Пуціным", "be", "surname")
    True
    """
    backwards = _backwards(lang, kind)
    if not backwards:
        return ()
    low = word.lower()
    out: list[str] = [
        given.upper() if word.isupper() else given
        for given in _given_stem_forms(lang, kind).get(low, ())
    ]
    for n in range(min(len(low), _LONGEST_ENDING), -1, -1):
        for kept, end in backwards.get(low[len(low) - n :], ()):
            guess = (word[: len(word) - n] if n else word) + kept
            if guess != word and guess.lower().endswith(end):
                out.append(guess)
    return tuple(dict.fromkeys(out))


@functools.cache
def _given_stem_forms(lang: str, kind: str) -> dict[str, tuple[str, ...]]:
    """Each singular oblique form (lower case) of a given name of ``[declension.<lang>]``'s
    ``given_stems`` → its nominatives (Паўлам → Павел), for the noun rules' reading back."""
    table = declension_table(lang) or {}
    out: dict[str, list[str]] = {}
    for given, stem in table.get("given_stems", {}).items() if kind == "noun" else ():
        rule = _rule(stem, table.get("noun", ()), "masculine")
        if rule is None:
            continue
        for k in range(1, 6):
            for form in _endings(stem, rule, k) - {stem}:
                out.setdefault(form.lower(), []).append(given)
    return {k: tuple(v) for k, v in out.items()}


#: the longest ending of a case the tables of [declension.<lang>] write (a bound of the look-up)
_LONGEST_ENDING = 6


@functools.cache
def _backwards(lang: str, kind: str = "noun") -> dict[str, tuple[tuple[str, str], ...]]:
    """Each ending of a singular oblique case of ``[declension.<lang>]``'s ``kind`` rules
    (nouns, surnames) → (the letters the stem lost, the nominative's end) of each rule that
    writes it: the table read backwards once (:func:`declined_nominatives`)."""
    out: dict[str, list[tuple[str, str]]] = {}
    for rule in (declension_table(lang) or {}).get(kind, ()):
        for end in rule["ends"]:
            cut = rule.get("cut", len(end))
            kept = end[len(end) - cut :] if cut else ""  # (the end's letters the stem loses)
            for slot in rule["singular"][1:]:
                for ending in slot.split("|"):
                    if not ending.startswith("$") and len(ending) <= _LONGEST_ENDING:
                        out.setdefault(ending, []).append((kept, end))
    return {k: tuple(dict.fromkeys(v)) for k, v in out.items()}


@functools.lru_cache(maxsize=1 << 12)
def surname_declined(surname: str, lang: str) -> frozenset[str]:
    """The singular oblique forms of a person's surname of one word by ``[declension.<lang>]``'s
    ``surname`` rules (the possessive instrumental in -ым, the adjective's shape, a man's
    surname in -а or in a consonant a woman's noun may end in), by the rule of each gender that
    fits; none where no rule fits (a noun's declension is :func:`singular_declined`'s).

    >>> sorted(surname_declined("Пуцін", "be"))
    ['Пуціна', 'Пуціне', 'Пуціну', 'Пуціным']
    >>> sorted(surname_declined("Ціханоўская", "be")), sorted(surname_declined("Лукашэнка", "be"))
    (['Ціханоўскай', 'Ціханоўской', 'Ціханоўскую'], ['Лукашэнкам', 'Лукашэнкой', 'Лукашэнком', 'Лукашэнку', 'Лукашэнкі'])
    >>> sorted(surname_declined("Шушкевіч", "be")), surname_declined("Колас", "be")
    (['Шушкевіча', 'Шушкевічам', 'Шушкевічом', 'Шушкевічу', 'Шушкевічы'], frozenset())
    """
    rules = (declension_table(lang) or {}).get("surname", ())
    fit = [r for g in _ALL_GENDERS if (r := _rule(surname, rules, g))]
    return frozenset(f for r in fit for k in range(1, 6) for f in _endings(surname, r, k)) - {
        surname
    }


@functools.lru_cache(maxsize=1 << 12)
def person_declined(name: str, lang: str) -> frozenset[str]:
    """The singular oblique forms of a person's name of two or three words (given name,
    perhaps a patronymic, surname) by ``[declension.<lang>]``, every word in one case: the
    given name by the noun rules, the patronymic by the ``patronymic`` rules, the surname by
    the ``surname`` rules of the person's sex where one fits (the sex the patronymic's or the
    given name's row of data/names/given_names.csv tells), else by the noun rules of
    a man, a woman's surname in a consonant as written (it does not decline); none for a
    language without a table or a name of another shape.

    >>> "Уладзіміра Ільіча Леніна" in person_declined("Уладзімір Ільіч Ленін", "be")
    True
    >>> "Уладзіміра Ільічу Леніна" in person_declined("Уладзімір Ільіч Ленін", "be")
    False
    >>> sorted(person_declined("Святлана Алексіевіч", "be"))[:2]
    ['Святланай Алексіевіч', 'Святланаю Алексіевіч']
    """
    table = declension_table(lang) or {}
    words = name.split(" ")
    if not table or not 2 <= len(words) <= 3:
        return frozenset()
    nouns, given, surname = table.get("noun", ()), words[0], words[-1]
    middle = _rule(words[1], table.get("patronymic", ()), None) if len(words) == 3 else None
    if len(words) == 3 and middle is None:
        return frozenset()
    listed = _listed_sexes(lang).get(given.lower())
    sex = (
        middle["gender"] if middle else {"masc": "masculine", "femn": "feminine"}.get(listed or "")
    )
    # a man's given name declines as a masculine noun, or in -а, -я as a feminine one (Ілья,
    # Мікіта); a woman's as a feminine noun (not Віталь's Віталлю, a feminine noun's -ль)
    kinds = {
        "masculine": ("masculine", "feminine") if given.endswith(("а", "я")) else ("masculine",),
        "feminine": ("feminine",),
    }.get(sex or "", ("masculine", "feminine"))
    # a given name of another stem in its cases (Павел, Паўла: [declension.be] given_stems)
    stem = table.get("given_stems", {}).get(given)
    first = stem or given
    firsts = [r for g in (("masculine",) if stem else kinds) if (r := _rule(first, nouns, g))]
    if not firsts:
        return frozenset()
    genders = (sex,) if sex else ("masculine", "feminine")
    lasts = [r for g in genders if (r := _rule(surname, table.get("surname", ()), g))]
    if not lasts and sex != "feminine":
        lasts = [r for r in [_rule(surname, nouns, "masculine")] if r]
    out: set[str] = set()
    for k in range(1, 6):
        # (a person's accusative is the genitive: not the nominative as written)
        slots = [set().union(*(_endings(first, r, k) for r in firsts)) - {given, stem}]
        if middle:
            slots.append(_endings(words[1], middle, k))
        declined = set().union(*(_endings(surname, r, k) for r in lasts)) - {surname}
        slots.append(declined if lasts else {surname})
        out.update(map(" ".join, itertools.product(*slots)))
    return frozenset(out) - {name}


@functools.lru_cache(maxsize=1 << 12)
def singular_declined(text: str, lang: str) -> frozenset[str]:
    """The oblique forms of :func:`declined` of ``text`` that may be of the singular (those
    of no plural alone: Мінскам, the instrumental and a plural's dative, but not Мінскі).

    >>> sorted(singular_declined("Мінск", "be"))
    ['Мінска', 'Мінскам', 'Мінске', 'Мінском', 'Мінску']
    """
    every, plural_only, _ = declined(text, lang)
    return frozenset(every[1:]) - frozenset(plural_only)
