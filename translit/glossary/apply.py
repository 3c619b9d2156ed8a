"""Find glossary terms in running text and replace, annotate or list them.

How matching works (one :class:`Matcher` per glossary, built once and cached):

1. **Folding.** Text and terms are lower-cased and every character that is not a letter, digit
   or combining mark becomes a space (so ``’``, ``'``, ``-``, ``ʹ`` and punctuation all count
   as separators), ``ё`` → ``е`` and ``ë`` → ``e``. Folding maps one character to one
   character, so offsets in the folded text are offsets in the original.
2. **Word boundaries.** Every pattern is a folded term with a space on each side, and the
   folded text gets a space at each end: a term can only match where a word starts and ends —
   in any script, so РОА matches in "РОА," but never inside "КРОАТ" or "РОАН".
3. **Forms.** Each term contributes its own form; Russian and Ukrainian terms add their case
   and number forms from :func:`translit.morphology.forms` (pymorphy3's dictionaries:
   adjectives agree, complements stay, ГУЛАГе but never РОАе); German, French and English
   terms the endings of ``data/inflection.toml`` (:func:`suffixed`: des Großen Terrors;
   :func:`pluralized`: les goulags, whose matches say ``plural``); and Cyrillic terms add their
   romanisations under every scheme (so "Vlasovtsy" in a French text is found). A term's
   case forms are derived when the text first reaches it (:class:`Filing`): the same hits
   as with every form of every term derived up front, at a cost that follows the text's
   vocabulary.
4. **Case.** Full forms match in any case. Acronyms (all-caps terms) match in any case mix
   with at least one capital ("вс Конр" → ВС КОНР), never in all lower case, so an ordinary
   lower-case word is not taken for an acronym. A name (a term of a concept whose subject is
   ``person``, ``place`` or ``org``, or a ``properNoun``) written with a capital matches only
   where the text's first letter is not a small one, so a common word is not taken for a
   name: "les termes" is not Термез (Termes), "очі" (eyes) not Ока, "правда" not Правда;
   nor is a word that has its capital from opening a sentence and is a preposition,
   conjunction, particle, adverb… in its line's language ("Об этом", "Правда, …").
   A term never ends or starts at an apostrophe between two letters (Ukrainian об’єкт is
   one word, not Об and єкт).
5. **Selection.** Among overlapping matches the leftmost wins, then the longest.

The terms as written are matched by pyahocorasick (``ahocorasick.Automaton``;
``bench/bench_glossary.py`` measures it against ahocorasick_rs — see the README's Glossaries
section), their forms and romanisations by a table read at each word of the text.
"""

from __future__ import annotations

import dataclasses
import functools
import itertools
import json
import math
import operator
import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from typing import Any, NamedTuple

from .._datafiles import load_toml
from ..engine.native import RUNS_OF, char_table, pairs_known, table_hits
from ..errors import GlossaryError, want_bool, want_str
from ..script import (
    CYRILLIC_LETTER_CLASS,
    INVISIBLE,
    WORD_APOSTROPHES,
    drop_invisible,
    invisible_at,
    line_ends,
)
from .model import (
    Concept,
    Glossary,
    Term,
    building,
    is_cyrillic,
    primary,
    romanizations_of,
    want_glossary,
    want_tags,
)

__all__ = [
    "EITHER",
    "MODES",
    "Hit",
    "Matcher",
    "apply_text",
    "find_terms",
    "fit_article",
    "fit_gender",
    "fold",
    "inflects_by_endings",
    "is_name",
    "line_columns",
    "opens_sentence",
    "plural_forms",
    "plural_of",
    "pluralized",
    "suffixed",
    "term_forms",
    "unsuffixed",
]

MODES = ("replace", "annotate", "list", "json")
#: a :class:`Hit`'s ``how`` for a form that is singular in one reading and plural in another
#: (лагеря: a genitive singular, a nominative plural), which replace keeps and warns of
EITHER = "singular or plural"

# every character that is not a word character (\w) or combining mark is a separator (plain
# spaces are left alone: they are already), and so are the word characters _ and the
# apostrophe-like letters ʹ ʺ ʻ ʼ ʽ (’ is no word character)
_KEPT = r"\w\u0300-\u036f"
_WORD_SEPARATORS = "_\u02b9\u02ba\u02bb\u02bc\u02bd"
_SEPARATOR = re.compile(f"[^ {_KEPT}]|[{_WORD_SEPARATORS}]")
#: a long text's: its ASCII characters as fold writes them, for bytes.translate over its UTF-8
#: (where an ASCII byte is always a character of its own), then the other separators (the
#: Cyrillic letters written into the class first: they are \w too, and a range is read
#: before \w's category look-up): fold in a third of the time
_ASCII_FOLD = bytes(32 if _SEPARATOR.fullmatch(chr(b)) else b for b in range(128))
_ASCII_FOLD += bytes(range(128, 256))
_SEPARATORS = re.compile(f"[^\\x00-\\x7f{CYRILLIC_LETTER_CLASS}{_KEPT}]")
_LONG = 256  # (a term, shorter: one pass of _SEPARATOR costs less than the bytes' three)
#: a new word of a text costs a look-up in the dictionary's word graph (about 60 µs here) and
#: its pairs with its neighbours, a term its case forms (about 440 µs, seven words' worth):
#: when a text brings more new words than five times the filed terms not yet declined, those
#: are declined instead (the same forms; a text that brings that many new words reaches most)
_WORDS_PER_TERM = 5
_END = operator.itemgetter(0)
_APOSTROPHE = re.compile(f"[{re.escape(WORD_APOSTROPHES)}]")


def _rank_of(kind: int, term: int, form: int) -> int:
    """A pattern's place in the order of addition: ``kind`` 0 term, 1 case form, 2
    romanisation; then the term's place; then the form's (under 65,536: at most 96 case
    forms, one per scheme)."""
    return kind << 56 | term << 16 | form


_TABLE = _rank_of(
    1, 0, 0
)  # the first rank of the table's patterns  # a word of a folded text (folding leaves only spaces between)


def fold(text: str) -> str:
    """Lower-case ``text``, turn separators into spaces and ё/ë into е/e, keeping its length.

    >>> fold("РОА, Vooruzhënnyye — l’Axe")
    'роа  vooruzhennyye   l axe'
    """
    low = text.lower()
    if len(low) != len(text):  # a letter whose lower case is longer (İ): keep it
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    if len(low) < _LONG:
        low = _SEPARATOR.sub(" ", low)
    else:
        utf8 = low.encode("utf-8", "surrogatepass").translate(_ASCII_FOLD)
        low = _SEPARATORS.sub(" ", utf8.decode("utf-8", "surrogatepass"))
        for ch in _WORD_SEPARATORS[1:]:  # (str.replace: a pass each, none where there is none)
            low = low.replace(ch, " ")
    return low.replace("ё", "е").replace("ë", "e")


@functools.cache
def _stress() -> tuple[str, str]:
    """(the stress marks, the vowels they stand on) of ``normalize.toml``'s ``[stress]``: the
    acutes only, since a grave tells Bulgarian and Macedonian words apart (ѝ "her", и "and");
    the vowels in both cases."""
    data = load_toml("normalize.toml")["stress"]
    marks = "".join(m for m in data["marks"] if "GRAVE" not in unicodedata.name(m))
    return marks, data["vowels"] + data["vowels"].upper()


@functools.cache
def _stress_re() -> re.Pattern[str]:
    """A stress mark on a Cyrillic vowel (:func:`_stress`)."""
    marks, vowels = _stress()
    return re.compile(f"(?<=[{vowels}])[{marks}]")


@functools.cache
def _marks_re() -> re.Pattern[str]:
    """A stress mark of :func:`_stress`, wherever it stands."""
    return re.compile(f"[{_stress()[0]}]")


#: the last code point that is white space (str.isspace(), the regex's \s): U+3000
_LAST_SPACE = 0x3000


@functools.cache
def _table(name: str) -> bytes:
    """The bitmap (:func:`~translit.engine.native.char_table`, for ``RUNS_OF``) of the set of
    characters ``name``: ``space`` (white space), ``invisible`` (:data:`translit.script.
    INVISIBLE`), ``stress`` (the marks of :func:`_stress`) or ``apostrophe``
    (:data:`translit.script.WORD_APOSTROPHES`)."""
    if name == "invisible":
        return char_table(INVISIBLE)
    chars = {
        "space": (chr(c) for c in range(_LAST_SPACE + 1) if chr(c).isspace()),
        "stress": _stress()[0],
        "apostrophe": WORD_APOSTROPHES,
    }[name]
    return char_table((ord(c), ord(c)) for c in chars)


def _offsets(text: str, name: str, found: Callable[[str], list[int]]) -> list[int]:
    """The offsets of the characters of set ``name`` (:func:`_table`) in ``text``, read in C
    (``RUNS_OF``), else by ``found`` (a regex's)."""
    if RUNS_OF is None or type(text) is not str:
        return found(text)
    return [i for start, end in RUNS_OF(text, _table(name), 1) for i in range(start, end)]


def _apostrophes_at(text: str) -> list[int]:
    return [m.start() for m in _APOSTROPHE.finditer(text)]


def stress_at(text: str) -> list[int]:
    """The offsets of the stress marks (acutes) on the Cyrillic vowels of ``text``.

    >>> stress_at("Вла\u0301сов"), stress_at("ѓ г\u0301")
    ([3], [])
    """
    # (the marks found first, then the letter before each: the look-behind of _stress_re,
    # tried at every character, took four times as long)
    vowels = _stress()[1]
    found = _offsets(text, "stress", lambda t: [m.start() for m in _marks_re().finditer(t)])
    return [at for at in found if at and text[at - 1] in vowels]


def unmarked(text: str) -> str:
    """``text`` as a term is matched: without its invisible characters and stress marks.

    >>> unmarked("Вла\u0301сов Ген\xadерал")
    'Власов Генерал'
    """
    plain = drop_invisible(text)
    return _stress_re().sub("", plain)


#: white space of two characters or more, and the line breaks in it (CR LF is one)
_SPACE_RUN = re.compile(r"\s\s+")  # (\s{2,} finds the same runs in 2.7 times the time)
_BREAK = re.compile("\r\n|[\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")


def spaces_at(text: str) -> list[int]:
    """The offsets of the characters a term is matched without in a run of white space that
    holds one line break at most (CR LF, two spaces, a tab after a space): all but the
    first, so that ``Красная\\r\\nармия`` reads as ``Красная армия``. A blank line ends a
    paragraph, and no term spans it.

    >>> spaces_at("Красная\\r\\nармия"), spaces_at("a \\t\\tb"), spaces_at("a\\n\\nb")
    ([8], [2, 3], [])
    """
    if RUNS_OF is None or type(text) is not str:
        runs: Iterable[tuple[int, int]] = (m.span() for m in _SPACE_RUN.finditer(text))
    else:
        runs = RUNS_OF(text, _table("space"), 2)
    return [
        i
        for start, end in runs
        if len(_BREAK.findall(text, start, end)) < 2
        for i in range(start + 1, end)
    ]


def _without(text: str, hidden: list[int]) -> str:
    """``text`` without the characters at the offsets ``hidden`` (in order)."""
    parts = []
    last = 0
    for at in hidden:
        parts.append(text[last:at])
        last = at + 1
    parts.append(text[last:])
    return "".join(parts)


def _back(
    spans: list[tuple[int, int, int]], hidden: list[int], marks: bool = False
) -> list[tuple[int, int, int]]:
    """``spans`` of a text without the characters at ``hidden`` as spans of the text with them:
    the k-th hidden character stood before character ``hidden[k] - k`` of the shorter text, so
    an offset there moves right by the number standing before it. Combining ``marks`` belong
    to the letter before them: one right after a span's last letter ends the span too."""
    before = [h - k for k, h in enumerate(hidden)]
    last = 0 if marks else -1
    if len(before) >= len(spans):  # (few spans: each moved on its own)
        return [
            (start + bisect_right(before, start), stop + bisect_right(before, stop + last), idx)
            for start, stop, idx in spans
        ]
    # few hidden characters: the spans between two move alike (spans come in order and
    # never overlap, so only the last before one can hold it and end further)
    out: list[tuple[int, int, int]] = []
    lo = 0
    for k, at in enumerate(before):
        hi = bisect_left(spans, (at,), lo)  # the first span starting at or after it
        if hi > lo:
            out += [(a + k, b + k, i) for a, b, i in spans[lo:hi]] if k else spans[lo:hi]
            start, stop, idx = spans[hi - 1]
            if stop + last >= at:
                out[-1] = (start + k, stop + bisect_right(before, stop + last), idx)
            lo = hi
    k = len(before)
    out += [(a + k, b + k, i) for a, b, i in spans[lo:]]
    return out


#: the subjects whose terms are names (``names.csv``'s ``type`` column, a TBX ``subjectField``)
_NAME_SUBJECTS = frozenset({"person", "place", "org"})
_ACRONYM, _NAME, _PLACE = 1, 2, 3  # case rules (0: any case; a place is a name)


def is_name(concept: Concept, term: Term) -> bool:
    """Whether ``term`` is a name: of a concept whose subject is ``person``, ``place`` or
    ``org``, or a ``properNoun``.

    >>> is_name(Concept("c", subject="place"), Term("Орёл", "ru"))
    True
    """
    return (concept.subject or "").lower() in _NAME_SUBJECTS or term.pos == "properNoun"


def _case_rule(concept: Concept, term: Term) -> int:
    """How ``term`` may be written in a text: ``_ACRONYM`` (an acronym: never in all lower
    case), ``_NAME`` (a name written with a capital: never with a small first letter),
    ``_PLACE`` (such a name of a place: :func:`_common_opener`) or 0."""
    if term.is_acronym:
        return _ACRONYM
    first = next((ch for ch in term.text if ch.isalpha()), "")
    if not (is_name(concept, term) and first.isupper()):
        return 0
    return _PLACE if (concept.subject or "").lower() == "place" else _NAME


#: what may stand between a sentence's end (or a line's start) and its first word: spaces,
#: opening quotes and brackets, the dash of a reply, a list's bullet; and any symbol (an emoji:
#: "🎣 Судак, окунь, щука…", with its variation selector and joiner, :func:`_opener`)
_OPENERS = frozenset(" \t\xa0«„“‟\"'‘‚([{—–-•‣◦·*\ufe0f\u200d")


def _opener(ch: str) -> bool:
    return ch in _OPENERS or unicodedata.category(ch)[0] == "S"


_LINE_BREAKS = frozenset("\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")
_SENTENCE_ENDS = frozenset(".!?…")


def opens_sentence(text: str, start: int) -> bool:
    """Whether the word at ``start`` opens a sentence: the text's or a line's first word, or
    the first after . ! ? … (not after an initial or a one-letter abbreviation: А. С. Пушкин,
    м. Київ), opening quotes, brackets, a reply's dash, bullets and symbols read past.

    >>> [opens_sentence(t, t.index("Об")) for t in ("Об этом", "— Об этом", "Так. Об этом",
    ...     "на Об", "с. Об", "Так: Об", "🎣 Об", "на 🎣 Об")]
    [True, True, True, False, False, False, True, False]
    """
    i = min(max(start, 0), len(text))
    while i > 0 and _opener(text[i - 1]):
        i -= 1
    if i == 0 or text[i - 1] in _LINE_BREAKS:
        return True
    if text[i - 1] not in _SENTENCE_ENDS:
        return False
    j = i - 1
    while j > 0 and text[j - 1] in _SENTENCE_ENDS:
        j -= 1
    return not (j > 0 and text[j - 1].isalpha() and (j == 1 or not text[j - 2].isalpha()))


#: the quotation marks around a name (a newspaper, a ship: «Правда») and the dash after one
#: that is being told of (Об — річка), which a common word opening a sentence has not
_QUOTES = {"«": "»", "„": "“”", "“": "”", '"': '"', "‘": "’", "‚": "‘’", "'": "'"}
_NAMED_AFTER = re.compile(r"\s*[—–]|\s+(\w+)")


def _common_opener(text: str, start: int, stop: int, term: Term, place: bool = False) -> bool:
    """Whether the one word ``text[start:stop]``, a match of the name ``term``, is a common
    word that has its capital from opening a sentence: a preposition, conjunction, particle,
    adverb… in the dictionary of the term's language or of the language of its line
    (:func:`translit.morphology.is_function_word`: Об этом, Правда, …; the line's language
    is detected only for such a word), or for a ``place``, a word its dictionary reads more
    often as a common noun (:func:`translit.morphology.is_common_before_place`: Судак, the
    fish). Not a word in quotation marks («Правда» писала) or before a dash (Об — річка), nor
    a preposition's spelling before a finite verb (Об впадає)."""
    if not opens_sentence(text, start):
        return False
    word = text[start:stop]
    if any(c.isspace() for c in word):
        return False
    quote = text[start - 1 : start]
    if quote and quote in _QUOTES and text[stop : stop + 1] in _QUOTES[quote]:
        return False
    from ..morphology import LANGUAGES, function_parts, is_common_before_place, is_finite_verb

    own = primary(term.lang)
    after = _NAMED_AFTER.match(text, stop)
    if after is not None and after.group(1) is None:
        return False  # (a dash: the name is being told of)
    if place and is_common_before_place(word, own):
        return True
    if not any(function_parts(word, lang) for lang in LANGUAGES):
        return False
    lang = own
    if not function_parts(word, own):
        from ..detection import detect

        head = max(text.rfind("\n", max(start - 2000, 0), start) + 1, start - 2000, 0)
        tail = text.find("\n", stop, stop + 2000)
        lang = detect(text[head : tail if tail >= 0 else stop + 2000])
        if lang not in LANGUAGES or not function_parts(word, lang):
            return False
    verb = after.group(1) if after is not None else None
    return not (verb and function_parts(word, lang) == {"PREP"} and is_finite_verb(verb, lang))


def _refused(text: str, start: int, stop: int, rule: int, term: Term) -> bool:
    """Whether the match ``text[start:stop]`` of ``term``, of case ``rule``, is no match: an
    acronym in all lower case or a name with a small first letter (an ordinary word), or a
    common word with the capital of a sentence's first (:func:`_common_opener`), or a span
    ending or starting at an apostrophe between two Cyrillic letters (a part of a word: Об of
    Об’єкт)."""
    if rule == _ACRONYM and text[start:stop].islower():
        return True
    if rule >= _NAME and (
        text[start].islower() or _common_opener(text, start, stop, term, rule == _PLACE)
    ):
        return True
    after = text[stop : stop + 2]
    if len(after) == 2 and after[0] in WORD_APOSTROPHES and is_cyrillic(after[1]):
        return is_cyrillic(text[stop - 1])
    before = text[max(start - 2, 0) : start]
    if len(before) == 2 and before[1] in WORD_APOSTROPHES and is_cyrillic(before[0]):
        return is_cyrillic(text[start])
    return False


def unsuffixed(text: str, lang: str) -> set[str]:
    """The texts of which ``text`` may be one of :func:`suffixed`'s or :func:`pluralized`'s
    forms, itself included (the endings of ``lang`` taken off or swapped again; a folded text
    in, folded texts out): what a look-up reads the glossary's terms for before it derives any
    form. A superset: the look-up keeps a term only when ``text`` is one of its forms.

    >>> sorted(unsuffixed("roten armee", "de"))[:4]
    ['rote armee', 'rotem armee', 'roten armee', 'roter armee']
    >>> "holocaust" in unsuffixed("holocausts", "de"), "goulag" in unsuffixed("goulags", "fr")
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
    adjectives = _adjective_endings(lang)
    plural = rules.get("plural", {})
    options = []
    for i, w in enumerate(words[:n]):
        got = {w, *(w[: -len(e)] for e in ends if w.endswith(e) and len(w) > len(e))}
        got.update(_singulars(w, plural))
        if i < n - 1:  # (the last word of the core is a noun)
            for a in adjectives:
                if w.endswith(a):
                    got.update(w[: -len(a)] + b for b in adjectives)
                    break
        options.append(sorted(got))
    if math.prod(map(len, options)) > _UNSUFFIXED_MOST:
        return {text}
    rest = words[n:]
    return {" ".join((*pick, *rest)) for pick in itertools.product(*options)}


#: the most texts :func:`unsuffixed` gives (four words of eight forms each, a query of a term
#: of four words whose forms all may change; more: only the text itself)
_UNSUFFIXED_MOST = 8**4


def _singulars(word: str, plural: Mapping[str, Any]) -> set[str]:
    """The words whose plural (``plural``: an ``inflection.toml`` ``[<lang>.plural]``) a folded
    ``word`` may be, by its end alone."""
    out = set()
    for rule in plural.get("rules", ()):
        end, add, cut = rule["end"], rule["add"], rule.get("cut", 0)
        if word.endswith(end[: len(end) - cut] + add):
            out.add(word[: len(word) - len(add)] + end[len(end) - cut :])
    default = plural.get("default")
    if default and word.endswith(default):
        out.add(word[: -len(default)])
    return out


def term_forms(concept: Concept, term: Term) -> tuple[str, ...]:
    """The term and its case/number forms (Russian and Ukrainian terms; German, French and
    English: the endings of :func:`suffixed` and :func:`plural_forms`; others: the term).

    A concept whose subject is ``person`` or ``place`` (or a ``properNoun`` term) reads
    ambiguous words as names (Орёл the town: Орла).

    >>> term_forms(Concept("x"), Term("Зимний дворец", "ru-RU"))[3]
    'Зимним дворцом'
    >>> term_forms(Concept("x"), Term("Säuberung", "de", gender="feminine"))
    ('Säuberung', 'Säuberungen')
    """
    return _forms(concept, term)[0]


def plural_forms(concept: Concept, term: Term) -> tuple[str, ...]:
    """The plural forms :func:`pluralized` gives ``term`` (a subset of :func:`term_forms`), or
    for a Russian or Ukrainian term the plural forms of its :func:`term_forms` that are of no
    other number (:func:`translit.morphology.numbers`: концентрационные лагеря, not лагеря,
    also a genitive singular): none for an acronym or a name (:func:`is_name`: les
    Gorbatchev, Власовы).

    >>> plural_forms(Concept("g"), Term("goulag", "fr")), plural_forms(Concept("g",
    ...     subject="person"), Term("Gorbatchev", "fr"))
    (('goulags',), ())
    """
    return _forms(concept, term)[1]


def _hint(concept: Concept, term: Term) -> str | None:
    """The readings :mod:`translit.morphology` prefers for ``term``'s ambiguous words:
    ``"place"``, ``"person"`` (Орёл the town: Орла) or none."""
    subject = (concept.subject or "").lower()
    if subject == "place":
        return "place"
    return "person" if subject == "person" or term.pos == "properNoun" else None


def _forms(
    concept: Concept, term: Term
) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """(:func:`term_forms`, :func:`plural_forms`, the forms of either number: Russian and
    Ukrainian лагеря, a genitive singular and a nominative plural) of ``term``, derived once."""
    from ..morphology import LANGUAGES, forms, numbers

    lang = primary(term.lang)
    if lang in LANGUAGES and is_cyrillic(term.text):
        every = forms(term.text, lang, hint=_hint(concept, term))
        if is_name(concept, term) or term.is_acronym:
            return every, (), ()
        return (every, *numbers(term.text, lang, hint=_hint(concept, term)))
    if _inflection(lang) is None or term.is_acronym:
        return (term.text,), (), ()
    person = (concept.subject or "").lower() == "person"
    got = suffixed(term.text, lang, term.gender, name=person)
    if is_name(concept, term):
        return got, (), ()
    more = pluralized(term.text, lang, term.gender)
    return (got + tuple(f for f in more if f not in got) if more else got), more, ()


@functools.cache
def _inflection(lang: str) -> dict[str, Any] | None:
    return load_toml("inflection.toml").get(lang)


def inflects_by_endings(lang: str) -> bool:
    """Whether ``data/inflection.toml`` gives the terms of ``lang`` (a primary tag) forms of
    their own (:func:`suffixed`, :func:`pluralized`).

    >>> inflects_by_endings("de"), inflects_by_endings("fr"), inflects_by_endings("it")
    (True, True, False)
    """
    return _inflection(lang) is not None


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
    its last word that end alike in an ending a nominative of ``[<lang>.adjective]`` has."""
    rules = _inflection(lang) or {}
    table = rules.get("adjective")
    if not table or len(core) < 2:
        return 0, ""
    nominatives = {row[0] for rows in table.values() for row in rows}
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


def _genitives(head: str, rules: Mapping[str, Any], gender: str | None) -> list[str]:
    """The endings the genitive gives the head noun ``head`` (none after an s sound, on an
    abbreviation, KPdSU, or on a noun of ``genitive_not_of``'s genders)."""
    end = head[-1:].lower()
    # (end == end.upper(): no letter with a case, a sign such as ʹ, which folds to a space)
    if (
        not rules.get("genitive")
        or gender in rules.get("genitive_not_of", ())
        or end == end.upper()
        or head.lower().endswith(tuple(rules.get("genitive_not_after", ())))
        or any(c.isupper() for c in head[1:])  # (an abbreviation: KPdSU, GKTschP)
    ):
        return []
    out = list(rules["genitive"])
    if end not in rules.get("vowels", ""):
        out += rules.get("genitive_after_consonant", [])
    return out


def _gender(
    gender: str | None, head: str = "", rules: Mapping[str, Any] | None = None
) -> str | None:
    """A term's gender as ``inflection.toml`` reads it: TBX's masculine, feminine or neuter, or
    else the gender every noun ending as its ``head`` noun has (``[<lang>.plural]``'s
    ``gender``: a German noun in -ung is feminine), or ``None``."""
    got = (gender or "").lower()
    if got in ("masculine", "feminine", "neuter"):
        return got
    low = head.lower()
    for rule in (rules or {}).get("plural", {}).get("rules", ()):
        if "gender" in rule and low.endswith(rule["end"]) and len(low) > len(rule["end"]):
            return str(rule["gender"])
    return None


def suffixed(
    term: str, lang: str, gender: str | None = None, *, name: bool = False
) -> tuple[str, ...]:
    """``term`` and the singular forms the endings of ``lang`` in ``data/inflection.toml`` give
    it (German: a genitive -s or -es on its head noun, its adjectives in the strong, weak and
    mixed declension of ``gender``, a TBX grammaticalGender; a ``name``, a person's, takes the
    genitive on its last word and has no adjectives); ``(term,)`` for a language without such
    endings, a term in capitals (an acronym) or one whose core has more than four words.

    >>> suffixed("Gorbatschow", "de")
    ('Gorbatschow', 'Gorbatschows', 'Gorbatschowes')
    >>> suffixed("Rote Armee", "de"), suffixed("Marx", "de"), suffixed("ROA", "de")
    (('Rote Armee', 'Roten Armee'), ('Marx',), ('ROA',))
    >>> suffixed("Rote Armee", "de", "feminine")
    ('Rote Armee', 'Roten Armee', 'Roter Armee')
    >>> suffixed("Roter Stern", "de")
    ('Roter Stern', 'Rote Stern', 'Rotem Stern', 'Roten Stern', 'Roten Sterns', 'Roten Sternes')
    """
    rules = _inflection(lang)
    words = term.split(" ")
    if rules is None or term.isupper() or not words[0]:
        return (term,)
    n = _core(words, rules.get("fixed_after", ()))
    if n > _SUFFIXED_WORDS:
        return (term,)
    k, lemma = (0, "") if name else _adjectives(words[:n], lang)
    at = k if k else n - 1  # (the head noun)
    head = words[at]
    gender = _gender(gender, head, rules)
    genitives = _genitives(head, rules, gender)
    forms = [term]
    if not k:
        forms += [" ".join((*words[:at], head + e, *words[at + 1 :])) for e in genitives]
    else:
        rest = words[at + 1 :]
        for end, with_genitive in _cells(lang, lemma, gender):
            adjectives = [w[: len(w) - len(lemma)] + end for w in words[:k]]
            for e in ["", *genitives] if with_genitive else [""]:
                forms.append(" ".join((*adjectives, head + e, *rest)))
    return _same_core(forms, n, rules)


def _same_core(forms: list[str], n: int, rules: Mapping[str, Any]) -> tuple[str, ...]:
    """``forms`` (once each) whose core is as long as their term's, ``n`` words: not those where
    an ending made a word one of ``fixed_after`` (d + es: des), which no text holds as a form."""
    fixed = rules.get("fixed_after", ())
    return tuple(f for f in dict.fromkeys(forms) if _core(f.split(" "), fixed) == n)


def _plural_word(
    word: str, plural: Mapping[str, Any], vowels: str, gender: str | None
) -> str | None:
    """``word``'s plural by ``plural`` (an ``inflection.toml`` ``[<lang>.plural]``), or
    ``None`` where no rule gives one."""
    low = word.lower()
    if not word.isalpha() or low[-1] == word[-1].upper():  # (ʹ, a letter fold splits words at)
        return None
    for rule in plural.get("rules", ()):
        end = rule["end"]
        if not low.endswith(end) or len(low) <= len(end):
            continue
        if rule.get("after_consonant") and low[-len(end) - 1] in vowels:
            continue
        if low in rule.get("unless", ()) or gender in rule.get("not_of", ()):
            return None
        return word[: len(word) - rule.get("cut", 0)] + rule["add"]
    default = plural.get("default")
    if not default or low.endswith(tuple(plural.get("refuse", ()))):
        return None
    return word + default


def pluralized(term: str, lang: str, gender: str | None = None) -> tuple[str, ...]:
    """The plural forms of ``term`` that ``data/inflection.toml``'s ``[<lang>.plural]`` gives
    (German: the head noun's plural of a regular class, its adjectives in every declension;
    French: every word of the core; English: the head noun), ``()`` where none does (an
    irregular class, a term in capitals, a core of more than four words). The term is taken as
    a common noun: :func:`plural_forms` gives names none.

    >>> pluralized("Große Säuberung", "de")
    ('Große Säuberungen', 'Großer Säuberungen', 'Großen Säuberungen')
    >>> pluralized("camp de concentration", "fr"), pluralized("Armée rouge", "fr")
    (('camps de concentration',), ('Armées rouges',))
    >>> pluralized("prisoner of war", "en"), pluralized("bureau", "fr"), pluralized("cheval", "fr")
    (('prisoners of war',), ('bureaux',), ())
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
        core = [_plural_word(w, plural, vowels, gender) for w in words[:n]]
        if any(w is None for w in core):
            return ()
        return _same_core([" ".join((*(w for w in core if w), *words[n:]))], n, rules)
    k, lemma = _adjectives(words[:n], lang)
    at = k if k else n - 1
    head = _plural_word(words[at], plural, vowels, gender)
    if head is None:
        return ()
    rest = words[at + 1 :]
    if not k:
        return _same_core([" ".join((*words[:at], head, *rest))], n, rules)
    table = rules["adjective"]["plural"]
    ends = dict.fromkeys(e for row in table for e in row)
    forms = [
        " ".join((*(w[: len(w) - len(lemma)] + e for w in words[:k]), head, *rest)) for e in ends
    ]
    return _same_core(forms, n, rules)


def _recased(source: Term, target: Term) -> bool:
    """Whether a case form of ``source`` (:func:`suffixed`'s endings), replaced by ``target``,
    a term of the same language, would put ``target``'s adjectives in the wrong case: they
    change by case (German), and ``target`` is not ``source``."""
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

    >>> plural_of(Term("camp", "fr")), plural_of(Term("Säuberung", "de"))
    ('camps', 'Säuberungen')
    >>> print(plural_of(Term("Große Säuberung", "de")), plural_of(Term("Republik", "de")))
    None None
    >>> plural_of(Term("концентрационный лагерь", "ru"))
    'концентрационные лагеря'
    """
    from ..morphology import LANGUAGES, plural

    concept = concept or Concept("-")
    lang = primary(term.lang)
    if lang in LANGUAGES and is_cyrillic(term.text):  # (the dictionary's, where it is sure)
        named = is_name(concept, term) or term.is_acronym
        return None if named else plural(term.text, lang, hint=_hint(concept, term))
    got = plural_forms(concept, term)
    return got[0] if len(got) == 1 else None


class Filing:
    """Which terms a word may be the first word of a case form of, without declining them.

    A Russian or Ukrainian term is filed under its first word (folded) when every one of its
    :func:`term_forms` starts with a form of that word's dictionary lexemes, or with the word
    itself (an acronym takes its endings after its capitals: ГУЛАГе), as
    :func:`translit.morphology.forms_start` says. The other terms (first words the
    dictionary only guesses, or holding a hyphen or an apostrophe) are ``unfiled``: their
    forms are derived up front. A look-up's word reaches the terms filed under a nominative
    form of its lexemes (:meth:`candidates`); the many words of a text reach the terms whose
    first word shares a lexeme with them, by the lexemes' dictionary forms
    (:meth:`reached`: a read of the dictionary's word graph for each, no parse). A term whose
    second word the dictionary knows too declines it within its lexemes or keeps it, so a
    text holds one of its forms only where two adjacent words share lexemes with its first
    two (:meth:`second`, :meth:`pairs`).

    >>> f = Filing([Term("Зимний дворец", "ru"), Term("ГУЛАГ", "ru"), Term("IT-отдел", "ru")])
    >>> f.candidates("зимнего"), f.reached({"гулаге", "зимнем"}), f.unfiled
    ([0], [0, 1], [2])
    >>> bool(f.second(0) & f.pairs("зимнем", "дворце")), bool(f.second(0) & f.pairs("зимнем", "саду"))
    (True, False)
    """

    def __init__(self, terms: list[Term]) -> None:
        from ..morphology import LANGUAGES

        self._by_lexeme: dict[tuple[str, str], list[int]] | None = None  # built by reached()
        self._terms = terms
        self._second: dict[int, frozenset[tuple[str, str, str]] | None] = {}
        # each Russian or Ukrainian term under its first word, folded; how it is filed is
        # asked of the dictionary when needed (:meth:`_how`: a look-up reads a few terms)
        self._firsts: dict[str, list[int]] = {}
        self._kind: dict[int, str | None] = {}
        self._lang: dict[int, str] = {}
        self._by_start: dict[str, list[int]] = {}  # the terms filed under their first word
        langs = {tag: primary(tag) for tag in {t.lang for t in terms}}
        for pos, t in enumerate(terms):
            lang = langs[t.lang]
            if lang in LANGUAGES and is_cyrillic(t.text):
                first = t.text.split()[0]
                self._firsts.setdefault(fold(first), []).append(pos)
                self._lang[pos] = lang
                # (an acronym: in capitals, so few are asked here)
                if first.isupper() and self._how(pos) == "word":
                    self._by_start.setdefault(fold(first), []).append(pos)
        self.langs = sorted(set(self._lang.values()))  # (the languages of its terms)
        self._longest_start = max(map(len, self._by_start), default=0)

    def _how(self, pos: int) -> str | None:
        """How term ``pos`` is filed: under its first word itself (``"word"``), under that
        word's lexemes (``"lexeme"``), or not (``None``: a separator inside the first word,
        or a word the dictionary guesses)."""
        try:
            return self._kind[pos]
        except KeyError:
            from ..morphology import forms_start

            first = self._terms[pos].text.split()[0]
            kind = None if " " in fold(first) else forms_start(first, self._lang[pos])
            self._kind[pos] = kind
            return kind

    @functools.cached_property
    def _filed(self) -> tuple[dict[tuple[str, str], list[int]], list[int], list[int]]:
        """(the lexeme-filed terms by (language, first word), the filed terms, the unfiled
        ones), every term asked (:meth:`_how`)."""
        by_word: dict[tuple[str, str], list[int]] = {}
        filed: list[int] = []
        unfiled: list[int] = []
        for word, places in self._firsts.items():
            for pos in places:
                kind = self._how(pos)
                if kind == "lexeme":
                    by_word.setdefault((self._lang[pos], word), []).append(pos)
                (filed if kind else unfiled).append(pos)
        return by_word, sorted(filed), sorted(unfiled)

    @property
    def filed(self) -> list[int]:
        """The filed terms, in order."""
        return self._filed[1]

    @property
    def unfiled(self) -> list[int]:
        """The terms not filed (their forms are not bound to their first word), in order."""
        return self._filed[2]

    @functools.cached_property
    def _langs(self) -> list[str]:
        """The languages of the lexeme-filed terms."""
        return sorted({lang for lang, _ in self._filed[0]})

    def _started(self, word: str) -> list[int]:
        """The terms filed under a start of ``word`` (an acronym: ГУЛАГ of гулаге)."""
        starts = range(1, min(len(word), self._longest_start) + 1)  # (not every prefix of a
        return [p for n in starts for p in self._by_start.get(word[:n], ())]  # long word)

    def candidates(self, word: str) -> list[int]:
        """The filed terms (their places in the list filed) a folded ``word`` may be the first
        word of a form of, in that order."""
        from ..morphology import lemma_forms

        if not word:
            return []
        out = self._started(word)
        for lang in self.langs:
            for nominative in {fold(w) for w in lemma_forms(word, lang)}:
                out += [p for p in self._firsts.get(nominative, ())
                        if self._lang[p] == lang and self._how(p) == "lexeme"]  # fmt: skip
        return sorted(out)  # (a term is filed once: under one start or one word)

    @functools.cached_property
    def _by_letter(self) -> dict[str, list[int]]:
        """The Russian and Ukrainian terms by the first letter of their folded text."""
        out: dict[str, list[int]] = {}
        for pos in sorted(self._lang):
            out.setdefault(fold(self._terms[pos].text).lstrip()[:1], []).append(pos)
        return out

    def unfiled_starting(self, letters: set[str]) -> list[int]:
        """The unfiled terms whose folded text starts with one of ``letters``, in order."""
        by = self._by_letter
        return sorted(p for x in letters for p in by.get(x, ()) if self._how(p) is None)

    def reached(self, words: set[str]) -> list[int]:
        """The filed terms any of the folded ``words`` may be the first word of a form of."""
        return sorted(self.always.union(*self.reaching(words).values()))

    @property
    def always(self) -> set[int]:
        """The filed terms every text reaches: their first word is not in the dictionary's
        word graph (so no word of a text tells)."""
        by_lexeme = self._lexeme_index()
        return {p for lang in self._langs for p in by_lexeme.get((lang, ""), ())}

    def _lexeme_index(self) -> dict[tuple[str, str], list[int]]:
        """The lexeme-filed terms under their first word's lexemes' dictionary forms."""
        from ..morphology import lexemes

        if self._by_lexeme is None:
            self._by_lexeme = {}
            for (lang, word), places in self._filed[0].items():
                for form in lexemes(word, lang) or {""}:  # ("": the graph lacks it, always)
                    self._by_lexeme.setdefault((lang, form), []).extend(places)
        return self._by_lexeme

    def reaching(self, words: set[str]) -> dict[str, set[int]]:
        """The filed terms each of the folded ``words`` may be the first word of a form of
        (the words that reach one; :meth:`always` aside)."""
        from ..morphology import lexemes

        by_lexeme = self._lexeme_index()
        out: dict[str, set[int]] = {}
        for word in words:
            found = set(self._started(word))
            for lang in self._langs:
                for form in lexemes(word, lang):
                    found.update(by_lexeme.get((lang, form), ()))
            if found:
                out[word] = found
        return out

    def second(self, pos: int) -> frozenset[tuple[str, str, str]] | None:
        """(language, dictionary form, dictionary form) of the lexemes of the first two words
        of filed term ``pos``, one pair of which two adjacent words of a text share when they
        start a form of it; ``None`` when the second word does not tell (no second word, or
        one the dictionary guesses, an acronym or a word holding a separator)."""
        if pos in self._second:
            return self._second[pos]
        from ..morphology import forms_start, lexemes

        t = self._terms[pos]
        lang = primary(t.lang)
        words = t.text.split()
        got = None
        if len(words) > 1 and (lang, fold(words[0])) in self._filed[0]:
            word = fold(words[1])
            if " " not in word and forms_start(words[1], lang) == "lexeme":
                firsts, seconds = lexemes(fold(words[0]), lang), lexemes(word, lang)
                if firsts and seconds:
                    got = frozenset((lang, a, b) for a in firsts for b in seconds)
        self._second[pos] = got
        return got

    def pairs(self, a: str, b: str) -> set[tuple[str, str, str]]:
        """(language, dictionary form, dictionary form) of the lexemes of folded words ``a``
        and ``b`` (see :meth:`second`)."""
        from ..morphology import lexemes

        return {
            (lang, x, y) for lang in self._langs for x in lexemes(a, lang) for y in lexemes(b, lang)
        }


def _pairs_at(words: tuple[str, ...], at: list[bool]) -> Iterator[tuple[str, str]]:
    """The pairs of adjacent ``words`` whose first is where ``at`` is true (made in C)."""
    after = itertools.islice(words, 1, None)
    return zip(itertools.compress(words, at), itertools.compress(after, at), strict=False)


class Hit(NamedTuple):
    """A glossary term found in text: ``text[start:end]`` designates ``concept``.

    ``term`` is the glossary term matched and ``how`` says through which form (``term``,
    ``inflected``, ``plural`` (a plural :func:`plural_forms` gives), ``singular or plural``
    (:data:`EITHER`: a Russian or Ukrainian form of both numbers, лагеря), ``romanised
    <scheme>``).

    >>> from translit.glossary import find_terms, load, shipped_path
    >>> hit = find_terms("Бойцы власовцев", load(shipped_path("ww2-roa.tbx")))[0]
    >>> hit.text, hit.concept.id, hit.how, hit.target("de").text
    ('власовцев', 'vlasovtsy', 'inflected', 'Wlassow-Leute')
    """

    start: int
    end: int
    text: str
    concept: Concept
    term: Term
    how: str

    def target(self, lang: str) -> Term | None:
        """The term to use in ``lang``, of the form the text used: an acronym for an acronym,
        a short form (a bare surname) for a short form — the one with the nearest number of
        words — else the preferred term.

        >>> c = Concept("v", terms=[Term("Andrey Vlasov", "en"),
        ...     Term("Vlasov", "en", type="shortForm"), Term("Andrei Wlassow", "de"),
        ...     Term("Wlassow", "de", type="shortForm", status="admitted")])
        >>> Hit(0, 6, "Vlasov", c, c.terms[1], "term").target("de").text
        'Wlassow'
        """
        used = self.term
        if used.is_acronym:
            return self.concept.preferred_acronym(lang) or self.concept.preferred(lang)
        if used.type in ("shortForm", "abbreviation"):
            same = [
                t
                for t in self.concept.terms_in(lang)
                if t.type == used.type and t.status in ("preferred", "admitted")
            ]
            if same:
                words = len(used.text.split())
                return min(same, key=lambda t: abs(len(t.text.split()) - words))
        return self.concept.preferred(lang)

    def to_dict(
        self,
        target: str | None = None,
        source: str | None = None,
        *,
        position: tuple[int, int] | None = None,
    ) -> dict[str, Any]:
        """A JSON-ready record (``line``/``column`` are 1-based when ``source`` is given).

        ``position``: the hit's (line, column) when known (:func:`line_columns` counts them for
        all the hits of a text in one pass; counting from the start for each is quadratic).
        """
        out: dict[str, Any] = {}
        if position is not None:
            out |= {"line": position[0], "column": position[1]}
        elif source is not None:
            out |= dict(zip(("line", "column"), line_columns(source, [self.start])[0], strict=True))
        out |= {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "concept": self.concept.id,
            "term": self.term.text,
            "lang": self.term.lang,
            "how": self.how,
        }
        if target is not None:
            t = self.concept.preferred(target)
            out["target"] = t.text if t else None
            a = self.target(target)
            if a is not None and a is not t:
                out["target_acronym"] = a.text
        return out


class Matcher:
    """The compiled patterns of a glossary (build with :meth:`for_glossary`; it is cached).

    An Aho-Corasick automaton holds the terms as written (folded); their case forms and
    romanisations are in a table keyed by the pattern, with the lengths of the patterns each
    first word and second word start, which :meth:`raw` reads at the words of the text that
    start one (a dictionary holds them in a fraction of the automaton's memory). The case
    forms of the terms
    :class:`Filing` files are derived only when a text reaches them: each new word of a text
    (folded) looks up the terms it may be the first word of a form of, block after block. A
    pattern that is a form of several terms keeps the entry that comes first in the order
    terms, case forms, romanisations (then the glossary's order, then the forms' order), as
    if every form had been derived up front.
    """

    def __init__(
        self,
        glossary: Glossary,
        langs: tuple[str, ...] = (),
        *,
        inflect: bool = True,
        romanized: bool = True,
        backend: str = "pyahocorasick",
    ) -> None:
        # (concept, term, how, case rule): one tuple for all the case forms of a term
        self.entries: list[tuple[Concept, Term, str, int]] = []
        self.backend = backend
        want = {primary(x) for x in langs}
        self._keys: dict[str, int] = {}  # every pattern → its entry
        # each entry's place in the order of addition, as one number (see _rank_of)
        self._rank: list[int] = []
        self._hows: dict[str, str] = {}  # scheme → "romanised <scheme>", one string
        # first word → (second word ("" for none), length, …) of its table patterns, flat (a
        # tuple of two items holds in a quarter of a set's memory)
        self._lengths: dict[str, tuple[str | int, ...]] = {}
        self._lens: list[int] = []
        self._cases: list[int] = []  # each entry's case rule (_case_rule)
        self._replacements: dict[str, dict[int, Term | None]] = {}
        self._fit_ends: dict[str, dict[int, str]] = {}  # target → article_ends
        self._capitals: dict[str, dict[int, Term | None]] = {}  # target → capital_term
        self.keeps = False  # (whether replace may keep a pattern's text: kept)
        self._terms = terms = [
            (c, t)
            for c in glossary.concepts
            for t in c.terms
            if not want or primary(t.lang) in want or t.lang.endswith("-Latn")
        ]
        self._case = [_case_rule(c, t) for c, t in terms]  # (reads every letter: once)
        for pos, (c, t) in enumerate(terms):
            self._add(t.text, (c, t, "term", self._case[pos]), _rank_of(0, pos, 0))
        self.keys = list(self._keys)  # the automaton's patterns
        self._filing = Filing([t for _, t in terms]) if inflect else None
        self._seen: set[str] = set()  # the text words looked up so far
        self._declined: set[int] = set()  # the filed terms whose forms are in the table
        self._pairs: set[tuple[str, str, str]] = set()  # word pairs' lexemes (Filing.pairs)
        self._waiting: set[int] = set()  # reached by their first word, not their second
        self._leads: dict[str, set[int]] = {}  # the words seen that reach a waiting term
        # each of them → the text words seen after it (since it was first seen), as dict keys
        self._follows: dict[str, dict[str, None]] = {}
        if self._filing is not None:
            for pos in self._filing.unfiled:
                self._decline(pos)
            for pos, (_, t) in enumerate(terms):  # (German: data/inflection.toml's endings)
                if inflects_by_endings(primary(t.lang)):
                    self._decline(pos)
        if romanized:
            roman_all = romanizations_of([t for _, t in terms])
            for pos, ((c, t), roman) in enumerate(zip(terms, roman_all, strict=True)):
                done = set()
                for k, (scheme, form) in enumerate(roman.items()):
                    if form not in done:  # (another scheme's same form: never first)
                        done.add(form)
                        how = self._hows.get(scheme) or self._hows.setdefault(
                            scheme, f"romanised {scheme}"
                        )
                        entry = (c, t, how, self._case[pos])
                        self._add(form, entry, _rank_of(2, pos, k))
        if backend == "pyahocorasick":
            import ahocorasick

            auto = ahocorasick.Automaton(ahocorasick.STORE_INTS)
            for i, key in enumerate(self.keys):
                auto.add_word(key, i)
            if self.keys:
                auto.make_automaton()
            self._auto = auto
        elif backend == "ahocorasick_rs":
            import ahocorasick_rs

            self._auto = ahocorasick_rs.AhoCorasick(self.keys) if self.keys else None
        else:
            raise GlossaryError(f"unknown matcher backend {backend!r}")

    def _add(self, form: str, entry: tuple[Concept, Term, str, int], rank: int) -> None:
        """Add ``form`` as a pattern of ``entry`` (terms to the automaton, the others to the
        table), or make it the entry's when its ``rank`` comes before the pattern's entry."""
        # (a term written with a stress mark or a soft hyphen matches the text without them,
        # as a text with them matches the term without: Вла\u0301сов never matched Власов)
        core = fold(unmarked(form)).strip(" ")
        if not core:
            return
        key = f" {core} "
        idx = self._keys.get(key)
        if idx is None:
            idx = self._keys[key] = len(self.entries)
            self.entries.append(entry)
            self._rank.append(rank)
            self._lens.append(len(key))
            self._cases.append(entry[3])
            if rank >= _TABLE:
                words = core.split(maxsplit=2)
                second = words[1] if len(words) > 1 else ""
                have = self._lengths.get(words[0])
                size = len(key)
                if have is None:
                    self._lengths[words[0]] = (second, size)
                elif (
                    second not in have
                    or size not in have
                    or not any(  # (C, then exactly)
                        have[k : k + 2] == (second, size) for k in range(0, len(have), 2)
                    )
                ):
                    self._lengths[words[0]] = (*have, second, size)
        elif rank < self._rank[idx]:  # a case form derived late, before the pattern's entry
            self.entries[idx] = entry
            self._rank[idx] = rank
            self._cases[idx] = entry[3]
            for memo in (*self._replacements.values(), *self._capitals.values()):
                memo.pop(idx, None)

    def _decline(self, pos: int) -> None:
        c, t = self._terms[pos]
        entry = (c, t, "inflected", self._case[pos])  # (one for all its forms)
        every, plural, either = _forms(c, t)
        forms = every[1:]
        if (forms and inflects_by_endings(primary(t.lang))) or plural or either:
            self.keeps = True  # (a plural, a German case form: replace may keep the text)
        if plural or either:  # (their own entries: replace writes the target's plural or
            many = (c, t, "plural", self._case[pos])  # keeps the text)
            unsure = (c, t, EITHER, self._case[pos])
            own = {*plural, *either}
            forms = tuple(f for f in forms if f not in own)
            for k, form in enumerate((*plural, *either)):
                self._add(form, many if k < len(plural) else unsure, _rank_of(1, pos, k))
        for k, form in enumerate(forms, len(plural) + len(either)):
            self._add(form, entry, _rank_of(1, pos, k))

    def _reach(self, words: tuple[str, ...]) -> None:
        """Add the case forms of the filed terms the ``words`` of a folded text reach: a new
        word their first word's lexemes (and, when their second word's tell, two adjacent
        words those of their first two: :meth:`Filing.second`), now or with the earlier
        texts'.

        Two adjacent words can tell only for a term their first word reaches, which waits
        from the moment that word is first seen until it is declined: so only the pairs
        whose first word reaches a waiting term (``_leads``) are read, and a text of words
        seen before with no new such pair costs a set test and one pass in C
        (:func:`~translit.engine.native.pairs_known` of ``_follows``)."""
        filing = self._filing
        if filing is None or len(self._declined) == len(filing.filed):
            return
        seen, waiting, leads, follows = self._seen, self._waiting, self._leads, self._follows
        new = set() if seen.issuperset(words) else set(words) - seen
        seen |= new
        if len(new) > _WORDS_PER_TERM * (len(filing.filed) - len(self._declined)):
            todo = set(filing.filed) - self._declined  # (fewer terms left than words)
        else:
            if new:
                by_word = filing.reaching(new)
                waiting |= filing.always.union(*by_word.values()) - self._declined
                for w, t in by_word.items():
                    if not waiting.isdisjoint(t):
                        leads[w], follows[w] = t, {}
            if not waiting or (not new and pairs_known(words, follows)):
                return  # (no pair made: a text of pairs seen before)
            lead = list(map(follows.__contains__, words))  # (pairs of them: made in C)
            bigrams = {(a, b) for a, b in _pairs_at(words, lead) if b not in follows[a]}
            for a, b in bigrams:
                follows[a][b] = None
                self._pairs |= filing.pairs(a, b)
            todo = set()
            for pos in waiting:
                need = filing.second(pos)
                if need is None or not need.isdisjoint(self._pairs):
                    todo.add(pos)
            waiting -= todo
            if todo:
                self._leads = {w: t for w, t in leads.items() if not waiting.isdisjoint(t)}
                self._follows = {w: follows[w] for w in self._leads}
        self._declined |= todo
        for pos in sorted(todo):
            self._decline(pos)

    @classmethod
    def for_glossary(cls, glossary: Glossary, langs: tuple[str, ...] = (), **kw: Any) -> Matcher:
        """The cached matcher of ``glossary`` (rebuilt when concepts or terms are added)."""
        key = ("matcher", tuple(sorted(langs)), tuple(sorted(kw.items())), glossary.fingerprint())
        m = glossary._cache.get(key)
        if m is None:
            for old in [k for k in glossary._cache if k[0] == "matcher" and k[:3] == key[:3]]:
                del glossary._cache[old]
            m = glossary._cache[key] = cls(glossary, langs, **kw)
        return m

    def find(self, text: str) -> list[Hit]:
        """Every term of the glossary in ``text``, leftmost-longest, non-overlapping."""
        entries = self.entries
        new = tuple.__new__  # Hit(...) without the Python-level __new__ (hot path)
        return [
            new(Hit, (start, stop, text[start:stop], *entries[idx][:3]))
            for start, stop, idx in self.spans(text)
        ]

    def replacement(self, idx: int, lang: str) -> str | None:
        """The target-language text for pattern ``idx`` (see :meth:`Hit.target`), memoised."""
        got = self.replacement_term(idx, lang)
        return None if got is None else got.text

    def replacement_term(self, idx: int, lang: str) -> Term | None:
        """The target-language term for pattern ``idx`` (see :meth:`Hit.target`), memoised."""
        per_lang = self._replacements.setdefault(lang, {})
        if idx not in per_lang:
            c, t, how, _ = self.entries[idx]
            got = Hit(0, 0, "", c, t, how).target(lang)
            if how == "plural" and got is not None:  # (the target's plural, or the text kept)
                plural = None if got is t else plural_of(got, c)
                got = None if plural is None else dataclasses.replace(got, text=plural)
            elif how == EITHER:
                got = None  # (singular or plural: never guessed)
            elif how == "inflected" and got is not None and (got is t or _recased(t, got)):
                got = None  # (a form of the target itself, or its adjectives in the nominative:
                # the text kept; "Gorbatschows Politik" was "Gorbatschow Politik")
            per_lang[idx] = got
        return per_lang[idx]

    def capital_term(self, idx: int, lang: str) -> Term | None:
        """:meth:`replacement_term` as written where pattern ``idx`` opens a sentence with a
        capital: with a capital first letter when neither the glossary's term matched nor the
        target term has one (the capital is the sentence's: "Partisan un jour" → "Партизан un
        jour"); else the term itself (a name's capital is its own). Memoised."""
        per_lang = self._capitals.setdefault(lang, {})
        if idx not in per_lang:
            term = self.replacement_term(idx, lang)
            source = self.entries[idx][1]
            if term is not None and term.text[:1].islower() and source.text[:1].islower():
                term = dataclasses.replace(term, text=term.text[:1].upper() + term.text[1:])
            per_lang[idx] = term
        return per_lang[idx]

    def kept(self, idx: int, lang: str) -> str | None:
        """Why replace keeps the text of pattern ``idx`` for ``lang`` rather than write its
        target term: a plural form whose target has no plural the rules give (:func:`plural_of`:
        a singular is never written into a plural's place), or a German case form whose
        target, a term of the text's language, has adjectives whose endings that case changes
        (des Großen Terrors: never "des Große Säuberung"); ``None`` for any other pattern."""
        c, t, how, _ = self.entries[idx]
        if how not in ("plural", "inflected", EITHER):
            return None
        if self.replacement_term(idx, lang) is not None:
            return None
        target = Hit(0, 0, "", c, t, how).target(lang)
        if target is None or target is t:
            return None
        if how == EITHER:
            return (
                f"a form of «{t.text}» that is singular in one reading and plural in another, "
                f"so neither «{target.text}» nor a plural can be chosen: write it by hand"
            )
        if how == "inflected":
            return (
                f"a case form of «{t.text}», and «{target.text}» would need its adjectives in "
                "that case: write it by hand"
            )
        return (
            f"a plural of «{t.text}», and no rule gives the plural of «{target.text}» "
            "(an irregular class, a German term with adjectives, a name): write it by hand"
        )

    def article_ends(self, idx: int, lang: str) -> str:
        """:func:`fit_ends` of pattern ``idx``'s target-language term, memoised ("" for none)."""
        per_lang = self._fit_ends.setdefault(lang, {})
        if idx not in per_lang:
            term = self.replacement_term(idx, lang)
            plural = self.entries[idx][2] == "plural"  # (a plural's article has no gender)
            per_lang[idx] = "" if term is None or plural else fit_ends(term, primary(lang))
        return per_lang[idx]

    def spans(self, text: str) -> list[tuple[int, int, int]]:
        """(start, stop, pattern index) of every match of :meth:`find`, without the Hits.

        The text is matched without its invisible characters (Ель\\u200dцин, Ель\\xadцин:
        Ельцин) and the stress marks on its vowels (Вла\\u0301сов: Власов), then without the
        rest of each run of white space (:func:`spaces_at`: Красная\\r\\nармия, Красная армия);
        each span is mapped back onto the text as written."""
        if not text or not (self.keys or self._lengths or self._filing):
            return []
        hidden = _offsets(text, "invisible", invisible_at)
        plain = _without(text, hidden) if hidden else text
        stress = stress_at(plain)
        if stress:
            plain = _without(plain, stress)
        spaces = spaces_at(plain)
        # (tens of thousands of short-lived tuples, here and as _back moves the spans: the
        # collector's passes find nothing, and moved the live ones to its older generations)
        with building():
            got = self._spans(_without(plain, spaces) if spaces else plain)
            if spaces:
                got = _back(got, spaces)
            if stress:
                got = _back(got, stress, marks=True)
            return _back(got, hidden) if hidden else got

    def _spans(self, text: str) -> list[tuple[int, int, int]]:
        """:meth:`spans` of a text without invisible characters or runs of white space."""
        folded = " " + fold(text) + " "
        lens = self._lens
        cases = self._cases
        # the apostrophes of the text (a match next to one may be part of a word: _refused)
        marks = set(_offsets(text, "apostrophe", _apostrophes_at))
        entries = self.entries
        # accepted matches as [start, stop, idx]; candidates arrive in order of their end
        acc: list[tuple[int, int, int]] = []
        last_stop = -1
        for end, idx in self.raw(folded):
            start = end - lens[idx] + 1  # the leading space in folded = the term's start in text
            stop = end - 1
            rule = cases[idx]
            if (rule or stop in marks or start - 1 in marks) and _refused(
                text, start, stop, rule, entries[idx][1]
            ):
                continue
            if start >= last_stop:
                acc.append((start, stop, idx))
                last_stop = stop
                continue
            # overlaps accepted matches: it wins only if it starts no later than all of them
            k = len(acc)
            while k and acc[k - 1][1] > start:
                k -= 1
                if acc[k][0] < start:
                    break
            else:
                del acc[k:]
                acc.append((start, stop, idx))
                last_stop = stop
        return acc

    def raw(self, folded: str) -> list[tuple[int, int]]:
        """(end index inclusive, pattern index) of every match in a folded text (a space at
        each end), by end."""
        words = tuple(folded.split())
        self._reach(words)
        hits: list[tuple[int, int]]
        if self.backend == "pyahocorasick":
            hits = list(self._auto.iter(folded)) if self.keys else []
        else:
            got = self._auto.find_matches_as_indexes(folded, True) if self._auto else []
            hits = sorted((e - 1, i) for i, _, e in got)
        if not self._lengths:
            return hits
        # the table's patterns at the words that start one (in C where it is built), less
        # the terms as written, which are the automaton's
        ranks = self._rank
        more = [
            h for h in table_hits(folded, words, self._lengths, self._keys) if ranks[h[1]] >= _TABLE
        ]
        if not more:
            return hits
        more.sort()
        hits += more
        hits.sort(key=_END)  # (two sorted runs merged; stable: the automaton's first at an end)
        return hits


def find_terms(
    text: str,
    glossary: Glossary,
    *,
    langs: tuple[str, ...] = (),
    inflect: bool = True,
    romanized: bool = True,
) -> list[Hit]:
    """The glossary terms in ``text`` (terms of ``langs`` only, when given), in text order.

    >>> from translit.glossary import load, shipped_path
    >>> g = load(shipped_path("ww2-roa.tbx"))
    >>> [h.concept.id for h in find_terms("Бойцы РОА, не КРОАТ; Красной армии.", g)]
    ['roa', 'red-army']
    """
    text = want_str(text, "find_terms()")  # (None was no term found; bytes a regex error)
    glossary, langs = want_glossary(glossary, "find_terms()"), want_tags(langs)
    inflect, romanized = want_bool(inflect, "inflect"), want_bool(romanized, "romanized")
    return Matcher.for_glossary(glossary, langs, inflect=inflect, romanized=romanized).find(text)


def _label(c: Concept, target: str) -> str | None:
    full = c.preferred(target)
    if full is None:
        return None
    acr = c.preferred_acronym(target)
    if acr is not None and acr.text != full.text:
        return f"{acr.text}: {full.text}"
    return full.text


@functools.cache
def _elision(lang: str) -> tuple[re.Pattern[str], re.Pattern[str], dict[str, Any]] | None:
    """The words ``lang`` writes by the sound that follows (``data/elision.toml``): a pattern
    of an elided one ending a text, one of a full one and a space ending it, and the table."""
    data = load_toml("elision.toml").get(lang)
    if data is None:
        return None
    elided = "|".join(sorted(data["elided"], key=len, reverse=True))
    full = "|".join(sorted(data["before_vowel"], key=len, reverse=True))
    return (
        re.compile(rf"(?<!\w)({elided})(['’])$", re.IGNORECASE),
        re.compile(rf"(?<!\w)({full}) $", re.IGNORECASE),
        data,
    )


@functools.cache
def _fit_letters(lang: str) -> frozenset[str]:
    """The last letters of the words :func:`fit_article` and :func:`fit_gender` may change in
    ``lang`` (French: the l of l', the u of qu', the e of le, the a of la…), lower case: the
    letter before a term's apostrophe or space that the replace loop tests first (a Russian
    text's matches end in none of them).

    >>> "".join(sorted(_fit_letters("fr"))), "".join(sorted(_fit_letters("de"))), _fit_letters("ru")
    ('adelntu', 'emnrs', frozenset())
    """
    out: set[str] = set()
    rules = _elision(lang)
    if rules is not None:
        out.update(w[-1].lower() for w in (*rules[2]["elided"], *rules[2]["before_vowel"]))
    articles = _articles(lang)
    if articles is not None:
        out |= {c.lower() for c in articles[1]}
    return frozenset(out)


def _as_cased(model: str, word: str) -> str:
    """``word`` with the case of ``model`` (an article: Le, LE, le)."""
    if len(model) > 1 and model.isupper():
        return word.upper()
    return word[:1].upper() + word[1:] if model[:1].isupper() else word


def _sound(first: str, data: Mapping[str, Any]) -> str:
    """How a term starting with ``first`` (lower case) starts: "vowel", "" (a consonant) or
    "unsure" (an h or y, or no letter: the word decides; ``data``: a language's elision.toml)."""
    if first in data["vowels"]:
        return "vowel"
    return "unsure" if first in data["unsure"] or not first.isalpha() else ""


#: what a text before a term may end with where :func:`fit_article` changes it, by the term's
#: first sound: the apostrophe of an elided word (before a consonant), the space after a full
#: one (before a vowel), either (an h or y); and a space where :func:`fit_gender` may (an
#: article of a language in articles.toml)
_FIT_ENDS = {"": "'’", "vowel": " ", "unsure": "'’ "}


def fit_ends(term: Term, lang: str) -> str:
    """The characters that, ending the text before ``term``, may make :func:`fit_article` or
    :func:`fit_gender` change it ("" for a language without such rules); most matches end
    otherwise.

    >>> fit_ends(Term("Shoah", "fr"), "fr"), fit_ends(Term("Allemagne", "fr"), "fr")
    ("'’ ", ' ')
    """
    rules = _elision(lang)
    ends = "" if rules is None else _FIT_ENDS[_sound(term.text[:1].lower(), rules[2])]
    return ends + " " if _articles(lang) is not None and " " not in ends else ends


@functools.cache
def _articles(
    lang: str,
) -> (
    tuple[re.Pattern[str], frozenset[str], dict[str, list[tuple[int, int, int]]], dict[str, Any]]
    | None
):
    """``lang``'s articles (``data/articles.toml``): a pattern of one (or of a preposition fused
    with one) and a space ending a text, the last letters of them all, each form's (determiner,
    gender, case) readings, and the table."""
    data = load_toml("articles.toml").get(lang)
    if data is None:
        return None
    readings: dict[str, list[tuple[int, int, int]]] = {}
    for d, by_gender in enumerate(data["forms"]):
        for g, by_case in enumerate(by_gender):
            for c, form in enumerate(by_case):
                readings.setdefault(form, []).append((d, g, c))
    words = [*readings, *data.get("read_as", {}), *data.get("fused", {})]
    alts = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    pattern = re.compile(rf"(?<!\w)({alts}) $", re.IGNORECASE)
    return pattern, frozenset(w[-1] for w in words), readings, data


def fit_gender(before: str, source: Term | None, term: Term, lang: str) -> tuple[str, str | None]:
    """``before`` (the text before ``term`` is written in place of ``source``) with the article
    ending it in the gender, and case, ``term`` asks for, and ``None``; or ``before`` unchanged
    and why, when the article is there but cannot be fitted (``data/articles.toml``: ``term``
    has no gender, or the article's case cannot be told). ``source``'s gender is used when it is
    of the text's language ``lang``: German der is a masculine nominative, or a feminine
    genitive or dative.

    >>> de = lambda word, gender: Term(word, "de", gender=gender)
    >>> fit_gender("über den ", de("Holocaust", "masculine"), de("Shoah", "feminine"), "de")
    ('über die ', None)
    >>> fit_gender("Zum ", de("Holocaust", "masculine"), de("Shoah", "feminine"), "de")
    ('Zur ', None)
    >>> print(fit_gender("der ", de("Holocaust", None), de("Shoah", "feminine"), "de")[1])
    «der» kept before «Shoah»: its case cannot be told without the gender of «Holocaust» (TBX grammaticalGender, a CSV de:gender column)
    >>> fit_gender("le ", Term("génocide", "fr"), Term("Shoah", "fr", gender="feminine"), "fr")
    ('la ', None)
    """
    rules = _articles(lang)
    if rules is None or before[-1:] != " " or before[-2:-1].lower() not in rules[1]:
        return before, None
    pattern, _, readings, data = rules
    m = pattern.search(before, max(len(before) - 12, 0))
    if m is None:
        return before, None
    word = m.group(1)
    lead, art = "", word.lower()
    fused = data.get("fused", {})
    if art in fused:
        lead, art = fused[art].rsplit(" ", 1)
        lead += " "
    art = data.get("read_as", {}).get(art, art)
    genders = data["genders"]
    seen = readings.get(art)
    if seen is None:  # (a letter the pattern's case folding took: İm is no im)
        return before, None
    same = source is not None and primary(source.lang) == lang
    had = (source.gender or "").lower() if source is not None and same else ""
    if had in genders:
        seen = [r for r in seen if genders[r[1]] == had]
        if not seen:  # (not the source term's article: a plural, a pronoun)
            return before, None
    prep = lead or before[max(m.start() - 12, 0) : m.start()]
    governed = data.get("governs", {}).get(prep.rsplit(None, 1)[-1].lower() if prep.strip() else "")
    if governed is not None:  # (a preposition before it: mit der Shoah is a dative)
        seen = [r for r in seen if data["cases"][r[2]] in governed] or seen
    want = (term.gender or "").lower()
    fix = f"(TBX grammaticalGender, a CSV {lang}:gender column)"
    if want not in genders:
        return (
            before,
            f"«{word}» kept before «{term.text}», which the glossary gives no gender {fix}",
        )
    t = genders.index(want)
    forms = {data["forms"][d][t][c] for d, _, c in seen}
    if len(forms) > 1:
        why = f"«{word}» kept before «{term.text}»: its case cannot be told"
        if source is not None and same and had not in genders:
            return before, f"{why} without the gender of «{source.text}» {fix}"
        return before, f"{why}: check it"

    new = lead + forms.pop()
    new = next((k for k, v in fused.items() if v == new), new)
    return before[: m.start()] + _as_cased(word, new) + " ", None


def fit_article(before: str, term: Term, lang: str) -> tuple[str, str | None]:
    """``before`` (the text before ``term`` is written) with the word ending it in the form
    ``term``'s first sound asks for, and ``None``; or ``before`` unchanged and why it cannot
    be fitted (``data/elision.toml``: French l' d' qu' before a vowel, le la de que du au
    before a consonant; an h or y, or an l' before a term without a gender, cannot be told).

    >>> fit_article("de l'", Term("Shoah", "fr", gender="feminine"), "fr")
    ('de la ', None)
    >>> fit_article("Le ", Term("Allemagne nazie", "fr"), "fr")
    ("L'", None)
    >>> fit_article("l'", Term("Shoah", "fr"), "fr")[1]
    '«Shoah» needs le or la after it, and the glossary gives the term no gender'
    """
    rules = _elision(lang)
    if rules is None or not before or before[-1] not in fit_ends(term, lang):
        return before, None
    elided_re, full_re, data = rules
    first = term.text[:1].lower()
    cut = max(len(before) - 8, 0)  # (the longest word and the letter before it: its end only)
    tail = before[cut:]
    sound = _sound(first, data)
    m = elided_re.search(tail)
    if m is not None:
        if sound == "vowel":
            return before, None
        word = m.group(1)
        if sound == "unsure":
            return before, f"whether «{term.text}» takes {word}{m.group(2)} depends on its {first}"
        full = data["elided"][word.lower()]
        if not full:
            gender = (term.gender or "").lower()
            full = data["article"].get(gender, "")
            if not full:
                return before, (
                    f"«{term.text}» needs {' or '.join(data['article'].values())} after it, "
                    "and the glossary gives the term no gender"
                )
        return before[: cut + m.start()] + _as_cased(word, full) + " ", None
    m = full_re.search(tail)
    if m is None or sound == "":
        return before, None
    word = m.group(1)
    if sound == "unsure":
        return (
            before,
            f"whether «{term.text}» takes {word} or an elided form depends on its {first}",
        )
    elided = data["before_vowel"][word.lower()]
    return before[: cut + m.start()] + _as_cased(word, elided), None


def apply_text(
    text: str,
    glossary: Glossary,
    target: str,
    mode: str = "replace",
    *,
    langs: tuple[str, ...] = (),
    inflect: bool = True,
    romanized: bool = True,
    notes: list[tuple[int, int, str]] | None = None,
) -> str:
    """Apply ``glossary`` to ``text`` for the ``target`` language.

    ``mode``: ``replace`` (each term becomes the target's preferred term; terms with none are
    kept), ``annotate`` (``РОА [ROA: Armée de libération russe]``), ``list`` (TSV: line,
    column, text, concept, language, target term) or ``json`` (one JSON array).

    ``replace`` fits the word before a term to the term's first sound where the target
    language writes it so (:func:`fit_article`: French ``l'Holocauste`` → ``la Shoah``,
    ``le Troisième Reich`` → ``l'Allemagne nazie``); a term it cannot fit is kept as the text
    wrote it, and ``notes``, a list when given, receives (line, column, what) for each.

    >>> from translit.glossary import load, shipped_path
    >>> g = load(shipped_path("ww2-roa.tbx"))
    >>> apply_text("РОА", g, "fr", "annotate")
    'РОА [ROA: Armée de libération russe]'
    >>> apply_text("L'Holocauste et le Troisième Reich", g, "fr")
    "La Shoah et l'Allemagne nazie"
    """
    text, target = want_str(text, "apply_text()"), want_str(target, "apply_text()")
    glossary, langs = want_glossary(glossary, "apply_text()"), want_tags(langs)
    if mode not in MODES:
        raise GlossaryError(f"unknown mode {mode!r} (known: {', '.join(MODES)})")
    if notes is not None and not isinstance(notes, list):
        raise TypeError(f"`notes` is a list to fill, or None, not {type(notes).__name__}")
    # (inflect="no" was a true value, a list "unhashable type" from the matchers' cache)
    inflect, romanized = want_bool(inflect, "inflect"), want_bool(romanized, "romanized")
    m = Matcher.for_glossary(glossary, langs, inflect=inflect, romanized=romanized)
    if mode == "replace":  # the hot path: spans and memoised replacements, no Hit objects
        with building():  # (two strings and a tuple per match, each freed by refcounting)
            return _replaced(text, m, target, notes)
    hits = m.find(text)
    if mode in ("json", "list"):
        at = line_columns(text, [h.start for h in hits])
    if mode == "json":
        dicts = [h.to_dict(target, position=p) for h, p in zip(hits, at, strict=True)]
        return json.dumps(dicts, ensure_ascii=False, indent=1)
    if mode == "list":
        rows = []
        for h, p in zip(hits, at, strict=True):
            d = h.to_dict(target, position=p)
            rows.append(
                "\t".join(
                    str(x)
                    for x in (
                        d["line"],
                        d["column"],
                        _tsv(h.text),
                        h.concept.id,
                        h.term.lang,
                        _tsv(d["target"] or ""),
                    )
                )
            )
        return "".join(r + "\n" for r in rows)
    out = []
    pos = 0
    for h in hits:  # annotate
        out.append(text[pos : h.start])
        label = _label(h.concept, target)
        same = label is not None and h.text.casefold() in (x.casefold() for x in label.split(": "))
        out.append(h.text if label is None or same else f"{h.text} [{label}]")
        pos = h.end
    out.append(text[pos:])
    return "".join(out)


def _replaced(text: str, m: Matcher, target: str, notes: list[tuple[int, int, str]] | None) -> str:
    """:func:`apply_text`'s ``replace`` of ``text`` with matcher ``m``."""
    lang = primary(target)
    letters = _fit_letters(lang)  # (empty: no article to fit in the language)
    out: list[str] = []
    kept: list[tuple[int, str]] = []
    pos = 0
    memo = m._replacements.setdefault(target, {})  # (replacement_term's memo, read here)
    ends = m._fit_ends.setdefault(target, {})  # (article_ends' memo, read here)
    capitals = m._capitals.setdefault(target, {})  # (capital_term's memo, read here)
    spans = m.spans(text)
    for start, stop, idx in spans:
        term = memo[idx] if idx in memo else m.replacement_term(idx, target)
        if term is not None and text[start].isupper():  # (a sentence's capital: kept)
            up = capitals[idx] if idx in capitals else m.capital_term(idx, target)
            if up is not term and _opens(text, start):
                term = up
        before = text[pos:start]
        if term is None or term.text == text[start:stop]:
            out += (before, text[start:stop])
        elif not letters or not before:
            out += (before, term.text)
        elif before[-2:-1].lower() not in letters or before[-1] not in (
            ends[idx] if idx in ends else m.article_ends(idx, target)
        ):
            out += (before, term.text)  # (no article there to fit: most matches)
        else:
            fitted, kept_article = fit_gender(before, m.entries[idx][1], term, lang)
            fitted, why = fit_article(fitted, term, lang)
            if why is None:
                out += (fitted, term.text)
                if kept_article is not None:
                    kept.append((start, kept_article))
            else:
                out += (before, text[start:stop])
                kept.append((start, f"kept «{text[start:stop]}»: {why}"))
        pos = stop
    out.append(text[pos:])
    if m.keeps and notes is not None:  # (a plural, a case form: never a wrong form)
        kept += [(a, f"kept «{text[a:b]}»: {why}")
                 for a, b, idx in spans if (why := m.kept(idx, target))]  # fmt: skip
        kept.sort(key=_END)
    if kept and notes is not None:
        at = line_columns(text, [k[0] for k in kept])
        notes += [(line, col, why) for (line, col), (_, why) in zip(at, kept, strict=True)]
    return "".join(out)


def _opens(text: str, start: int) -> bool:
    """:func:`opens_sentence`, answered at once after a line break (yes), a space after a word
    or a comma (no) or after the end of a word of two letters or more (yes: not an initial),
    as before most matches.

    >>> _opens("Oui. Partisan", 5), _opens("un Partisan", 3), _opens("A. Partisan", 3)
    (True, False, False)
    >>> _opens("oui\\nPartisan", 4), _opens("oui, Partisan", 5)
    (True, False)
    """
    if start and text[start - 1] in _LINE_BREAKS:
        return True
    if start > 3 and text[start - 1] == " ":
        before = text[start - 2]
        if before.isalnum() or before in ",;:":
            return False
        if before in _SENTENCE_ENDS and text[start - 3].isalpha() and text[start - 4].isalpha():
            return True
    return opens_sentence(text, start)


def line_columns(text: str, offsets: list[int]) -> list[tuple[int, int]]:
    """The 1-based (line, column) of each of ``offsets`` in ``text``: one pass over the text
    when the offsets ascend (a hit list), from the start again where one goes back. Lines end
    at LF, CRLF or a CR alone (:data:`translit.script.LINE_END_RE`).

    >>> line_columns("ab\\ncd\\nef", [0, 4, 6, 1])
    [(1, 1), (2, 2), (3, 1), (1, 2)]
    """
    out = []
    line, last, line_start = 1, 0, 0
    for at in offsets:
        if at < last:
            line, last, line_start = 1, 0, 0
        line += line_ends(text, last, at)
        if 0 < last < at and text[last - 1 : last + 1] == "\r\n":
            line -= 1  # (the CR before `last` was counted as a line end of its own)
        newline = max(text.rfind("\n", last, at), text.rfind("\r", last, at))
        if newline >= 0:
            line_start = newline + 1
        out.append((line, at - line_start + 1))
        last = at
    return out


def _tsv(s: str) -> str:
    return s.replace("\t", " ").replace("\n", " ")
