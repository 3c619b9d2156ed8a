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
   terms the endings of ``data/inflection.toml`` (:func:`~.forms.suffixed`: des Großen
   Terrors; :func:`~.forms.pluralized`: les goulags, whose matches say ``plural``; a French
   form spelled alike in both numbers, héros, prix, says ``plural`` after a determiner that
   gives the plural, les, trois, :meth:`Matcher.numbered`; replace
   writes a Russian or Ukrainian target in a Russian or Ukrainian form's case and number,
   :func:`~.forms.case_form`); Belarusian, Kazakh and Kyrgyz terms their case endings and
   suffixes (:func:`~.forms.declined`, :func:`~.forms.agglutinated`: Кыргызстанда); and
   Cyrillic terms add their romanisations under every scheme (so "Vlasovtsy" in a French
   text is found). A term's case forms are derived when the text first reaches it
   (:class:`Filing`): the same hits as with every form of every term derived up front, at a
   cost that follows the text's vocabulary.
4. **Case.** Full forms match in any case. Acronyms (all-caps terms) match in any case mix
   with at least one capital ("вс Конр" → ВС КОНР), never in all lower case, so an ordinary
   lower-case word is not taken for an acronym. A name (a term of a concept whose subject is
   ``person``, ``place`` or ``org``, or a ``properNoun``) written with a capital matches only
   where the text's first letter is not a small one, so a common word is not taken for a
   name: "les termes" is not Термез (Termes), "очі" (eyes) not Ока, "правда" not Правда;
   nor is a word that has its capital from opening a sentence and is a preposition,
   conjunction, particle, adverb… in its line's language ("Об этом", "Правда, …").
   A Russian or Ukrainian term written with a capital (an institution: Ставка) is not
   matched by one word with a small first letter that the dictionary reads as a common
   word ("ставок", ponds; "ставки", bets); the glossary says a term matches in any case
   by writing it in lower case.
   A person's one-word term (a surname) right after a given name that none of the
   glossary's full names of that surname has is another person's: Андрій Ющенко, Микола
   Кулеба are not the Віктор Ющенко, Дмитро Кулеба of the glossary
   (:meth:`Matcher.another_person`). A one-word lower-case term that is a word of a longer
   term of its concept (тройка of тройка НКВД, оттепель of хрущёвская оттепель) is a common
   word the full form narrows: it matches only where the text has named the concept by
   another term before it on its line (:meth:`Matcher.elliptical`: not the hockey line, the
   troika of horses; the antecedent first and on the line, so a long text matched a part at a
   time, or a file a block of lines at a time, gives the same hits).
   A term never ends or starts at an apostrophe between two letters (Ukrainian об’єкт is
   one word, not Об and єкт). An acronym in mixed case is not one of the most frequent
   words of French, German or English unless the glossary writes it so (Un is no UN).
   **Line language.** Without ``langs``, one word of a French, German or English term (or a
   romanisation only a reader convention writes: Duden's Russe) does not match in a line
   :class:`~.latin.Lines` decides is of another of them, where the concept has a term of
   that language; the pattern is read as that language's form, or a Russian or Ukrainian
   one's, where it is one (des Gulags: German, not the English plural). Replace keeps a name
   form of the shipped list that is a common word of its language where its capital may be
   the word's (:meth:`Matcher.homograph_kept`: Der Russe kam).
5. **Selection.** Among overlapping matches the leftmost wins, then the longest.
6. **Name keys.** A run of capitalised Latin-script words no pattern matched whose
   :func:`translit.names.name_key` is a name term's is that term (``how`` ``name key``:
   Wlasow, Gorbatchov), unless ``name_keys=False`` (:meth:`Matcher.name_spans`); it takes the
   place of the matches it holds only when longer.

The terms as written are matched by pyahocorasick (``ahocorasick.Automaton``;
``bench/bench_glossary.py`` measures it against ahocorasick_rs — see the README's Glossaries
section), their forms and romanisations by a table read at each word of the text.
"""

from __future__ import annotations

import dataclasses
import functools
import itertools
import json
import operator
import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator
from typing import Any, NamedTuple

from .._datafiles import load_toml
from ..engine.memo import make_room
from ..engine.native import (
    BACKEND,
    RUNS_OF,
    Pairs,
    Table,
    char_table,
    pairs_known,
    table_hits,
)
from ..errors import GlossaryError, shown, want_bool, want_str
from ..names.forms import given_names, source_preferred
from ..script import (
    CYRILLIC_CLASS,
    INVISIBLE,
    LATIN_LETTER_CLASS,
    UNLETTERED,
    WORD_APOSTROPHES,
    drop_invisible,
    invisible_at,
    line_ends,
)
from .articles import (
    article_cases,
    article_gender,
    fit_article,
    fit_ends,
    fit_gender,
    fit_letters,
    indeclinable_words,
    is_preposition,
)
from .folding import fold, padded
from .forms import (
    ADJECTIVES_MOST,
    case_form,
    derived_forms,
    determined_number,
    either_gender,
    form_case,
    governed_alike,
    governed_number,
    in_case,
    inferred_gender,
    inflects_by_dictionary,
    inflects_by_endings,
    named_in_singular,
    number_after,
    plural_of,
    preposition_cases,
    reads_adjectives,
    recased,
    s_plural_forms,
    stable_start,
    undetermined_reading,
    word_starts,
    written_number,
)
from .latin import Lines, homograph, is_ordinary, languages, text_language
from .model import (
    Concept,
    Glossary,
    Term,
    building,
    is_cyrillic,
    is_name,
    norm_gender,
    primary,
    romanizations_of,
    short_kind,
    want_glossary,
    want_tags,
)

__all__ = [
    "EITHER",
    "MODES",
    "Hit",
    "LineColumns",
    "Matcher",
    "apply_text",
    "find_terms",
    "latin_fallback",
    "line_columns",
    "opens_sentence",
]

MODES = ("replace", "annotate", "list", "json")
#: a :class:`Hit`'s ``how`` for a form that is singular in one reading and plural in another
#: (лагеря: a genitive singular, a nominative plural), which replace keeps and warns of
EITHER = "singular or plural"
#: the ``how`` of the forms replace writes a Russian or Ukrainian target in the case and number
#: of (:func:`~.forms.case_form`)
_DECLINED = frozenset({"inflected", "plural", EITHER})

#: a new word of a text costs a look-up in the dictionary's word graph (about 60 µs here) and
#: its pairs with its neighbours, a term its case forms (about 440 µs, seven words' worth):
#: when a text brings more new words than five times the filed terms not yet declined, those
#: are declined instead (the same forms; a text that brings that many new words reaches most)
_WORDS_PER_TERM = 5
#: the most text words a matcher keeps as looked up for the terms filed under a start
#: (Matcher._reach_starts), past which it forgets them (a text of many distinct words)
_SEEN_MOST = 1 << 20
_END = operator.itemgetter(0)
#: the (second word, length) pairs a first word's table value holds in one flat tuple, read
#: pair by pair at each of the word's places in a text; a first word of more (a given name
#: of hundreds of people, a Государственный of hundreds of institutions) has a dict by second
#: word: two look-ups a place (table_hits), where a pass over its pairs cost thousands (16,
#: not 8: the bench's normal glossary apply, 8 cost 0.1 % more instructions than no dict)
_FEW = 16
#: the most Latin-script runs a matcher keeps the name keys route's answer for (a text's
#: capitalised words: the oldest forgotten first)
_RUNS_MOST = 1 << 16
_APOSTROPHE = re.compile(f"[{re.escape(WORD_APOSTROPHES)}]")
#: a Latin-script word as a name writes it (Jean-Pierre, d'Estaing: one word), which the name
#: keys route reads (:meth:`Matcher.name_spans`)
_LATIN_WORD = re.compile(
    f"[{LATIN_LETTER_CLASS}]+(?:[-{WORD_APOSTROPHES}][{LATIN_LETTER_CLASS}]+)*"
)
#: the fewest letters of a one-word spelling the name keys route keys (Ufa, Ob: a name that
#: short is matched as written or not at all; a key of three letters is shared too widely)
_NAME_LETTERS_LEAST = 4
#: the ``how`` of a match found by its name key (:func:`translit.names.name_key`)
NAME_KEY = "name key"


def _one_word(text: str) -> bool:
    """Whether a name term is one word: replace writes no target for a spelling of it found by
    its key alone (Tyurin, Azov, Björn share the keys of Турин, Язов, Берн); list, json and
    annotate still give it, and replace warns of it."""
    return len(text.split()) < 2


@functools.cache
def _readers() -> dict[str, str]:
    """Scheme id → the reader language of the convention it is (duden: de, french: fr)."""
    # (data/names/conventions.toml's [targets], which names.conventions.CONVENTIONS reads:
    # read here without importing the names package)
    targets = load_toml("names", "conventions.toml")["targets"]
    return {sid: lang for lang, sid in targets.items()}


def _table_value(pairs: Pairs) -> Pairs | dict[str, Pairs]:
    """The table value of a first word's distinct (second word or "", length) ``pairs``, flat:
    that tuple, or for more than :data:`_FEW` pairs, a dict second word → the flat tuple of
    its pairs (:func:`~translit.engine.native.table_hits` reads those of "" and the next word).

    >>> _table_value(("", 5, "armée", 11))
    ('', 5, 'armée', 11)
    >>> _table_value((*(x for i in range(_FEW) for x in (f"w{i}", 6)), "w1", 9))["w1"]
    ('w1', 6, 'w1', 9)
    """
    if len(pairs) <= 2 * _FEW:
        return pairs
    by_second: dict[Any, Pairs] = {}
    for k in range(0, len(pairs), 2):
        by_second[pairs[k]] = (*by_second.get(pairs[k], ()), *pairs[k : k + 2])
    return by_second


def _rank_of(kind: int, term: int, form: int) -> int:
    """A pattern's place in the order of addition: ``kind`` 0 term, 1 case form, 2
    romanisation; then the term's place; then the form's (under 65,536: at most 96 case
    forms, one per scheme)."""
    return kind << 56 | term << 16 | form


_TABLE = _rank_of(
    1, 0, 0
)  # the first rank of the table's patterns  # a word of a folded text (folding leaves only spaces between)


@functools.cache
def _other_script() -> re.Pattern[str]:
    """A character of no Cyrillic block that is no white space (:meth:`Matcher._romanize_for`)."""
    return re.compile(f"[^\\s{CYRILLIC_CLASS}]")


@functools.cache
def _lettered() -> re.Pattern[str]:
    """A character of no Cyrillic block that is no white space nor digit: what a romanisation's
    pattern holds unless its term's letters are all :data:`~translit.script.UNLETTERED`
    (:meth:`Matcher._romanize_for`)."""
    return re.compile(f"[^\\s\\d{CYRILLIC_CLASS}]")


@functools.cache
def _unlettered_term() -> re.Pattern[str]:
    """A term (folded) whose romanisation may be written in digits alone: a digit, and no
    letter but those a scheme may write with none (Ъ-1: ISO 9 ʺ-1, folded 1)."""
    signs = "".join(sorted(UNLETTERED))
    return re.compile(f"[\\s{signs}]*\\d[\\s\\d{signs}]*")


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
    INVISIBLE`), ``stress`` (the marks of :func:`_stress`), ``apostrophe``
    (:data:`translit.script.WORD_APOSTROPHES`), ``hidden`` (the last three) or ``spacing``
    (white space and invisible characters)."""
    if name == "invisible":
        return char_table(INVISIBLE)
    if name in _UNIONS:  # (one pass finds them all: :func:`_kinds`, :func:`_spaces_past`)
        parts = [_table(x) for x in _UNIONS[name]]
        return bytes(map(_or, itertools.zip_longest(*parts, fillvalue=0)))
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


def _marks_at(text: str) -> list[int]:
    return [m.start() for m in _marks_re().finditer(text)]


_KINDS = ("invisible", "stress", "apostrophe")
_UNIONS = {"hidden": _KINDS, "spacing": ("space", "invisible")}


def _or(bits: tuple[int, ...]) -> int:
    return functools.reduce(operator.or_, bits)


def _kinds(text: str) -> tuple[list[int], list[int], list[int]]:
    """The offsets of the invisible characters, the stress marks (wherever they stand) and the
    apostrophes of ``text``, in one pass in C (``RUNS_OF`` over their union, each character
    found then told by its set, invisible first), else by their regular expressions.

    >>> _kinds("Вла\u0301\xadсов’")
    ([4], [3], [8])
    """
    if RUNS_OF is None or type(text) is not str:
        hidden = invisible_at(text)
        gone = set(hidden)
        marks = [at for at in _marks_at(text) if at not in gone]
        return hidden, marks, [at for at in _apostrophes_at(text) if at not in gone]
    out: tuple[list[int], list[int], list[int]] = ([], [], [])
    tables = [_table(x) for x in _KINDS]
    for start, end in RUNS_OF(text, _table("hidden"), 1):
        for at in range(start, end):
            c = ord(text[at])
            for kind, bits in zip(out, tables, strict=True):
                if c >> 3 < len(bits) and bits[c >> 3] >> (c & 7) & 1:
                    kind.append(at)
                    if kind is out[0]:
                        break
    return out


def _on_vowels(text: str, marks: list[int], hidden: list[int]) -> list[int]:
    """Those of the stress ``marks`` (offsets of ``text``) that stand on a Cyrillic vowel: right
    after one, or with none but the characters at ``hidden`` (invisible ones) between."""
    # (the marks found first, then the letter before each: the look-behind of _stress_re,
    # tried at every character, took four times as long)
    vowels = _stress()[1]
    skip = set(hidden)
    out = []
    for at in marks:
        before = at - 1
        while before in skip:
            before -= 1
        if before >= 0 and text[before] in vowels:
            out.append(at)
    return out


def stress_at(text: str) -> list[int]:
    """The offsets of the stress marks (acutes) on the Cyrillic vowels of ``text``.

    >>> stress_at("Вла\u0301сов"), stress_at("ѓ г\u0301")
    ([3], [])
    """
    return _on_vowels(text, _offsets(text, "stress", _marks_at), [])


def unmarked(text: str) -> str:
    """``text`` as a term is matched: without its invisible characters and stress marks.

    >>> unmarked("Вла\u0301сов Ген\xadерал")
    'Власов Генерал'
    """
    plain = drop_invisible(text)
    return _stress_re().sub("", plain)


def match_core(form: str) -> str:
    """What of ``form`` the matcher looks for in a folded text: without its stress marks and
    invisible characters (a term written Вла\u0301сов matches the text Власов, as a text with
    them matches the term without), folded, no space at its ends; ``""``: a form of no letter
    nor digit, which is never matched (``glossary check`` warns of such a term).

    >>> match_core("Вла\u0301сов, РОА"), match_core("...")
    ('власов  роа', '')
    """
    return fold(unmarked(form)).strip(" ")


#: white space of two characters or more, and the line breaks in it (CR LF is one)
_SPACE_RUN = re.compile(r"\s\s+")  # (\s{2,} finds the same runs in 2.7 times the time)
#: The most words before a surname (given names, patronymic, initials) the names layer writes
#: with it as one name (:meth:`Matcher.forenames_before`); initials farther off, each alone
_NAME_WORDS = 8
#: a text longer than this many characters is matched a part at a time (Matcher.span_parts):
#: matching holds about 30 bytes of tables a character (a 64 MiB line took 1.6 GB)
_WINDOW = 1 << 20
#: the characters a part is matched past its cut, so a match starting before the cut is read
#: whole (a term with its inflection, invisible characters and white space is far shorter)
_OVERHANG = 1 << 16
#: the characters before a part matched with it as context (a match's line is read up to
#: 2,000 characters either side: latin._REACH)
_CONTEXT = 1 << 12
_WHITE = re.compile(r"\s")
#: where a line ends (:data:`~translit.script.LINE_END_RE`): a CRLF at its LF
_LINE_END_AT = re.compile("\n|\r(?!\n)")


class _Named:
    """The concepts a text has named in full on one line so far (by a term that is no
    elliptical short form) and that line's number from the text's start:
    :meth:`Matcher._named_in_full` reads a short form by them, and a long text's parts carry
    them on (:meth:`Matcher.span_parts`)."""

    __slots__ = ("concepts", "line")

    def __init__(self) -> None:
        self.concepts: set[int] = set()
        self.line = 0


def _line_ends_at(text: str) -> list[int]:
    r"""The offsets of ``text``'s line ends (a CRLF at its LF).

    >>> _line_ends_at("a\nb\r\nc\rd")
    [1, 4, 6]
    """
    return [m.start() for m in _LINE_END_AT.finditer(text)]


def _space_at(text: str, at: int) -> int:
    """The offset of the first white space of ``text`` from ``at`` on (its length: none)."""
    found = _WHITE.search(text, at)
    return found.start() if found is not None else len(text)


def _folded_pieces(text: str) -> Iterator[str]:
    """``text`` as :class:`~.latin.Lines` reads a whole text (folded, without its invisible
    characters and the stress marks on its vowels: :meth:`Matcher._whole_spans`), a part of
    about :data:`_WINDOW` characters at a time, cut at white space (its runs are kept: they
    part words as one space does)."""
    start, n = 0, len(text)
    while start < n:
        cut = _space_at(text, start + _WINDOW)
        piece = text[start:cut]
        hidden, marks, _ = _kinds(piece)
        gone = sorted([*hidden, *_on_vowels(piece, marks, hidden)])
        yield fold(_without(piece, gone) if gone else piece)
        start = cut


def latin_fallback(sample: str) -> str:
    """The language a Latin-script line that decides none of its own takes in a file whose
    transform is bound to ``sample`` (:meth:`~translit.io.reading.First.sample`, as ``-l
    auto`` binds a file): :func:`~.latin.text_language` of it, ``""`` where it decides none.
    :func:`apply_text`'s ``fallback``, handed to every block of the file, so that no block's
    own words decide it (blocks are cut where ``--chunk-size`` says).

    >>> latin_fallback("Der Russe kam.\\nVlasov."), latin_fallback("Vlasov."), latin_fallback("Влас")
    ('de', '', '')
    """
    return text_language(_folded_pieces(want_str(sample, "latin_fallback()"))) or ""


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


def _spaces_past(text: str, hidden: list[int]) -> list[int]:
    """:func:`spaces_at` of ``text`` without the characters at ``hidden`` (invisible ones), as
    offsets of ``text``: in C, the runs of white space and invisible characters read at
    once and the white space of each read as :func:`spaces_at` reads a run (the text without
    them never made); else that text made and read.

    >>> _spaces_past("a \\u200d\\r\\u200d\\nb", [2, 4])
    [3, 5]
    """
    if RUNS_OF is None or type(text) is not str:
        before = [h - k for k, h in enumerate(hidden)]
        plain = _without(text, hidden) if hidden else text
        return [at + bisect_right(before, at) for at in spaces_at(plain)]
    skip = set(hidden)
    out = []
    for start, end in RUNS_OF(text, _table("spacing"), 2):
        run = [i for i in range(start, end) if i not in skip]  # (its white space)
        if len(run) > 1 and len(_BREAK.findall("".join(map(text.__getitem__, run)))) < 2:
            out += run[1:]
    return out


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


_STOP = operator.itemgetter(1)


def _marked_ends(spans: list[tuple[int, int, int]], marks: list[int], hidden: list[int]) -> None:
    """End each of ``spans`` (of a text, in order) after the stress ``marks`` that follow its
    last letter, with none but ``hidden`` characters (invisible ones) or other marks between:
    a mark belongs to the letter before it (Вла\u0301сова\u0301: the span of Власова ends
    after its mark)."""
    between = {*marks, *hidden}
    for at in marks:
        k = bisect_right(spans, at, key=_STOP) - 1  # (the last span ending at or before it)
        if k >= 0:
            start, stop, idx = spans[k]
            if all(i in between for i in range(stop, at)):
                spans[k] = (start, at + 1, idx)


# case rules (0: any case; a place is a name; a capital, a capitalised term of a language
# with a dictionary, which capitalises names only; a surname, a person's name of one word)
_ACRONYM, _NAME, _PLACE, _CAPITAL, _SURNAME = 1, 2, 3, 4, 5


def _case_rule(concept: Concept, term: Term) -> int:
    """How ``term`` may be written in a text: ``_ACRONYM`` (an acronym: never in all lower
    case), ``_NAME`` (a name written with a capital: never with a small first letter),
    ``_PLACE`` (such a name of a place: :func:`_common_opener`), ``_CAPITAL`` (a Russian or
    Ukrainian term written with a capital, an institution's name: Ставка; never as one word
    with a small first letter that the dictionary reads as a common word, :func:`_refused`)
    or 0 (a term written in lower case matches in any case); ``_SURNAME``, a person's name of
    one word, is a ``_NAME`` that another given name before it refuses
    (:meth:`Matcher.another_person`)."""
    if term.is_acronym:
        return _ACRONYM
    first = next((ch for ch in term.text if ch.isalpha()), "")
    if not first.isupper():
        return 0
    if is_name(concept, term):
        subject = (concept.subject or "").lower()
        if subject == "person" and _one_word(term.text):
            return _SURNAME
        return _PLACE if subject == "place" else _NAME
    from ..morphology import LANGUAGES

    return _CAPITAL if primary(term.lang) in LANGUAGES and is_cyrillic(first) else 0


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
    >>> [opens_sentence(t, t.index("P")) for t in ("Oui. Partisan", "un Partisan",
    ...     "A. Partisan", "oui\\nPartisan", "oui, Partisan")]
    [True, False, False, True, False]
    """
    i = min(max(start, 0), len(text))
    if i > 3 and text[i - 1] == " ":  # (before most words: answered from the two before)
        before = text[i - 2]
        if before.isalnum() or before in ",;:":
            return False
        if before in _SENTENCE_ENDS and text[i - 3].isalpha() and text[i - 4].isalpha():
            return True  # (after a word of two letters or more: no initial)
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
        lang = line_language(text, start, stop)
        if lang not in LANGUAGES or not function_parts(word, lang):
            return False
    verb = after.group(1) if after is not None else None
    return not (verb and function_parts(word, lang) == {"PREP"} and is_finite_verb(verb, lang))


#: how far around a match :func:`line_language` reads its line, at most
_LINE_MOST = 2000


def _line_span(text: str, start: int, stop: int) -> tuple[int, int]:
    """(start, end) of the line of ``text`` holding ``text[start:stop]``, at most
    :data:`_LINE_MOST` characters either side of it."""
    head = max(text.rfind("\n", max(start - _LINE_MOST, 0), start) + 1, start - _LINE_MOST, 0)
    tail = text.find("\n", stop, stop + _LINE_MOST)
    return head, tail if tail >= 0 else stop + _LINE_MOST


def line_language(text: str, start: int, stop: int) -> str:
    """The language of the line of ``text`` that holds ``text[start:stop]``
    (:func:`translit.detection.detect` of the line, at most 2,000 characters either side):
    what a common word with a sentence's capital, or a preposition before a form, is read in.

    >>> line_language("Мій дід довго служив у Советской Армии.", 23, 39)
    'uk'
    """
    from ..detection import detect

    head, tail = _line_span(text, start, stop)
    line = text[head:tail]
    try:
        return _LINES[line]
    except KeyError:
        lang = detect(line)
        if len(line) <= _LINE_KEPT:
            make_room(_LINES, _LINES_MOST, 1)
            _LINES[line] = lang
        return lang


#: :func:`line_language`'s memo, a line → its language: a line holding several kept forms, or
#: met again in another call, is detected once; at most :data:`_LINES_MOST` lines, the oldest
#: forgotten first (:func:`~translit.engine.memo.make_room`)
_LINES: dict[str, str] = {}
_LINES_MOST = 1024
_LINE_KEPT = 1024  # characters: a longer line is detected each time (the memo: about 2 MB at most)


#: a text's word (a match's first)
_FIRST_WORD = re.compile(r"\w+")


def _common_word(text: str, start: int, stop: int, term: Term) -> bool:
    """Whether the match ``text[start:stop]`` is one word that the dictionary of ``term``'s
    language reads as a common word (two words together tell the term)."""
    from ..morphology import is_common_word

    word = _FIRST_WORD.match(text, start)
    return word is not None and word.end() >= stop and is_common_word(word[0], primary(term.lang))


def _refused(text: str, start: int, stop: int, rule: int, term: Term) -> bool:
    """Whether the match ``text[start:stop]`` of ``term``, of case ``rule``, is no match: an
    acronym in all lower case, or in mixed case where the glossary does not write it so and
    the word is one of the most frequent of French, German or English
    (:func:`~.latin.is_ordinary`: Un is no UN, Es no ES), or a name with a small first letter
    (an ordinary word), a
    capitalised Russian or Ukrainian term matched by one word with a small first letter that
    the dictionary of the term's language reads as a common word
    (:func:`translit.morphology.is_common_word`: ставок, ponds, is not Ставка; красной армии,
    two words, still is Красная армия), or a
    common word with the capital of a sentence's first (:func:`_common_opener`), or a span
    ending or starting at an apostrophe between two Cyrillic letters (a part of a word: Об of
    Об’єкт)."""
    if rule == _ACRONYM:
        span = text[start:stop]
        if span.islower() or (not span.isupper() and span != term.text and is_ordinary(span)):
            return True  # (roa; Un, Es, Who: an ordinary word, which the glossary writes not so)
    if rule == _CAPITAL:
        if text[start].islower() and _common_word(text, start, stop, term):
            return True
    elif rule >= _NAME and (
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


def given_keys(words: Iterable[str]) -> frozenset[str]:
    """The keys of the listed given names the words are, in any case and spelling
    (:func:`translit.names.keys.given_name_key` of their
    :func:`~translit.names.keys.forename_readings`: Юрия, Youri and Juri alike).

    >>> given_keys(["Юрия", "Youri"]) == given_keys(["Juri"]), given_keys(["Власов"])
    (True, frozenset())
    """
    from ..names.keys import forename_readings, given_name_key

    keys = (given_name_key(r) for w in words for r in forename_readings(w))
    return frozenset(k for k in keys if k)


class Filing:
    """Which terms a word may be the first word of a case form of, without declining them.

    A Russian or Ukrainian term is filed under its first word (folded) when every one of its
    :func:`~.forms.term_forms` starts with a form of that word's dictionary lexemes, or with
    the word itself (an acronym takes its endings after its capitals: ГУЛАГе), as
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

    def start(self, pos: int) -> str:
        """The start every first word of the forms of unfiled term ``pos`` keeps
        (:func:`~.forms.stable_start` of its first word, folded: a word the dictionary guesses
        declines at its end), or ``""``: none where its first word holds a separator after a
        part the dictionary knows, whose forms may start otherwise (Человек-амфибия,
        Люди-амфибии; Лев-Толстой, Львом-Толстым)."""
        from ..morphology import forms_start

        first = unmarked(self._terms[pos].text.split()[0])
        folded = fold(first)  # (what the matcher reads: match_core)
        parts = folded.split()
        if not parts:
            return ""
        if len(parts) > 1:  # (fold keeps each character's place: the part as written)
            at = folded.index(parts[0])
            if forms_start(first[at : at + len(parts[0])], self._lang[pos]) == "lexeme":
                return ""
        return stable_start(parts[0])

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
    ``inflected``, ``plural`` (a plural :func:`~.forms.plural_forms` gives), ``singular or plural``
    (:data:`EITHER`: a Russian or Ukrainian form of both numbers, лагеря), ``romanised
    <scheme>``, ``name key`` (:data:`NAME_KEY`: a spelling of a name by its key, Wlasow)).

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
        """The term to use in ``lang``, of the kind of the term matched
        (:func:`~.model.short_kind`, whatever its language): for an acronym the target's
        acronym, for a short form (a bare surname) its short form — the one with the nearest
        number of words — and for either the other short kind where the target has not that
        one; else, and for a full form, the best full form (a preferred acronym after it), else
        the preferred term. A variant spelled as an acronym is one: the German "des Gulags" and
        "im Gulag" (matched as the variant Gulag and as the English GULAG) both take the French
        acronym Goulag.

        A full form of a ``glossaries/names.csv`` row spelled in its own language's column
        takes the form ``translit/data/names/source_forms.toml`` gives readers of ``lang``
        (:func:`source_term`: Ukrainian Київ → Kyjiw for German readers, as ``romanize -t de``
        writes it; Russian Киев → Kiew). The order: that form where the concept is that row
        (its id, and the form one of its ``lang`` terms); else the concept's own best full
        form, so a glossary whose concept gives a German term of its own keeps it.

        >>> c = Concept("v", terms=[Term("Andrey Vlasov", "en"),
        ...     Term("Vlasov", "en", type="shortForm"), Term("Andrei Wlassow", "de"),
        ...     Term("Wlassow", "de", type="shortForm", status="admitted")])
        >>> Hit(0, 6, "Vlasov", c, c.terms[1], "term").target("de").text
        'Wlassow'
        >>> g = Concept("g", terms=[Term("Direction principale des camps", "fr"),
        ...     Term("Goulag", "fr", type="acronym"), Term("GULag", "de", type="acronym"),
        ...     Term("Gulag", "de", type="variant", status="admitted")])
        >>> Hit(0, 6, "Gulags", g, g.terms[3], "inflected").target("fr").text
        'Goulag'
        """
        used, c = self.term, self.concept
        kind = short_kind(c, used)
        if kind is None:  # (a full form: the best full form, above a preferred acronym)
            own = source_term(c, used, lang)
            if own is not None:  # (Київ for German readers: Kyjiw, as romanize writes it)
                return own
            full = (
                t
                for t in c.terms_in(lang)
                if t.status in ("preferred", "admitted") and short_kind(c, t) is None
            )
            return next(full, None) or c.preferred(lang)
        words = len(used.text.split())
        if kind == "acronym":
            return c.preferred_acronym(lang) or c.preferred_short(lang, words) or c.preferred(lang)
        return c.preferred_short(lang, words) or c.preferred_acronym(lang) or c.preferred(lang)

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
            t = source_term(self.concept, self.term, target) or self.concept.preferred(target)
            out["target"] = t.text if t else None
            a = self.target(target)
            if a is not None and a is not t:
                out["target_acronym"] = a.text
        return out


class Matcher:
    """The compiled patterns of a glossary (build with :meth:`for_glossary`; it is cached).

    Every pattern is a key of a table (pattern → entry), and the lengths of the patterns each
    first word and second word start are in a second one, which :meth:`raw` reads at the words
    of the text that start one (:func:`~translit.engine.native.table_hits`, in C: a look-up a
    word, where an automaton reads every character). The case forms and romanisations are
    always read so (a dictionary holds them in a fraction of an automaton's memory); the
    terms as written too under ``backend="table"``, the default where the C module is built,
    else by an Aho-Corasick automaton (``pyahocorasick``, or ``ahocorasick_rs``: the same
    matches, which ``bench/bench_glossary.py`` compares). The case forms of the terms
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
        name_keys: bool = True,
        backend: str | None = None,
    ) -> None:
        # (concept, term, how, case rule): one tuple for all the case forms of a term
        self.entries: list[tuple[Concept, Term, str, int]] = []
        self._tails: dict[int, str] = {}  # (pattern → what its term ends with, _closed)
        if backend is None:  # (the table's reader in Python costs more than an automaton)
            backend = "table" if BACKEND == "native" else "pyahocorasick"
        self.backend = backend
        want = {primary(x) for x in langs}
        self._keys: dict[str, int] = {}  # every pattern → its entry
        # each entry's place in the order of addition, as one number (see _rank_of)
        self._rank: list[int] = []
        self._hows: dict[str, str] = {}  # scheme → "romanised <scheme>", one string
        # first word → (second word ("" for none), length, …) of its table patterns, flat (a
        # tuple of two items holds in a quarter of a set's memory), or past _FEW pairs a dict
        # of such tuples by second word (_table_value)
        self._lengths: Table = {}
        self._lens: list[int] = []
        self._cases: list[int] = []  # each entry's case rule (_case_rule)
        self._replacements: dict[str, dict[int, Term | None]] = {}
        self._fit_ends: dict[str, dict[int, str]] = {}  # target → article_ends
        self._numbers: dict[str, dict[int, str]] = {}  # target → written_number's
        self._surnames: dict[str, dict[int, bool]] = {}  # target → surname_written's
        self._capitals: dict[str, dict[int, Term | None]] = {}  # target → capital_term
        self._why: dict[str, dict[int, str]] = {}  # target → why a case form is kept
        # target → (pattern, a preposition's cases) → governed_term, and (pattern, the word
        # before as written) → the same, read in replace
        self._governed: dict[str, dict[tuple[int, frozenset[str]], tuple[Term | None, str]]] = {}
        self._before: dict[str, dict[tuple[int, str, str], tuple[Term | None, str]]] = {}
        self._numbered: dict[tuple[int, str, str, str | None], Term | None] = {}
        self._key_of: list[str] = []  # each entry's pattern
        self._form_cases: dict[int, tuple[str, str]] = {}  # pattern → form_case's
        # a form of either number read as a singular (French héros) → the entry of its plural
        # reading, which a determiner before it may choose (plural_reading, numbered)
        self._twins: dict[int, int] = {}
        # a form of either number read as either (German Kommunisten) → the entry of its
        # singular reading, which a determiner before it may choose (numbered)
        self._singles: dict[int, int] = {}
        self._plurals: dict[int, int | None] = {}  # plural_reading's memo
        # patterns of a genitive form also spelled as a plural (German Gulags: s_plural_forms),
        # whose plural reading needs no singular name of the concept (plural_reading)
        self._s_plurals: set[int] = set()
        self.keeps = False  # (whether replace may keep a pattern's text: kept)
        # each entry's Latin-script language where its pattern is one word of a term of
        # French, German or English (not an acronym): a line :class:`~.latin.Lines` decides is
        # of another language does not match it; without ``langs`` only (they choose the terms);
        # asked of the entries a text matches and of those whose pattern another shares
        # (:meth:`_latin_at`, a memo)
        self._latin: dict[int, str | None] = {}
        self._told = frozenset(languages()) if not want else frozenset()
        # such a pattern → the first entry of each other language (its Latin-script language,
        # or "" for the others: Russian, a romanisation) of the same pattern, read in its place
        self._alts: dict[int, dict[str, int]] = {}
        self._homographs: dict[int, dict[str, str]] = {}  # (homograph of each pattern, memo)
        self._spelled: dict[tuple[int, str], bool] = {}  # (_spelled_in's memo)
        self._langs_of: dict[tuple[str, str], str | None] = {}  # (_latin_of's, by how and tag)
        self._terms = terms = [
            (c, t)
            for c in glossary.concepts
            for t in c.terms
            if not want or primary(t.lang) in want or t.lang.endswith("-Latn")
        ]
        self._case = [_case_rule(c, t) for c, t in terms]  # (reads every letter: once)
        # the name keys route (name_spans): the places of the terms that are names (their keys:
        # _name_index), each place's entry and each run's entry (or None), memoised
        self._named = [pos for pos, (c, t) in enumerate(terms) if name_keys and is_name(c, t)]
        self._name_entries: dict[int, int] = {}
        self._run_keys: dict[str, int | None] = {}
        for pos, (c, t) in enumerate(terms):
            self._add(t.text, (c, t, "term", self._case[pos]), _rank_of(0, pos, 0))
        self.keys = list(self._keys)  # the terms' patterns (an automaton's, if any)
        if backend == "table":  # (in one pass: a first word many terms share is one tuple)
            grouped: dict[str, dict[tuple[str, int], None]] = {}
            for key in self.keys:
                words = key.split(maxsplit=2)
                pair = (words[1] if words[1:] else "", len(key))
                grouped.setdefault(words[0], {})[pair] = None
            self._lengths = {
                w: _table_value(tuple(x for p in pairs for x in p)) for w, pairs in grouped.items()
            }
        self._filing = Filing([t for _, t in terms]) if inflect else None
        # the text words looked up so far → None, or for those of _follows its dict: one
        # look-up a word tells whether a text brings a new word or a new pair
        self._seen: dict[str, dict[str, None] | None] = {}
        self._declined: set[int] = set()  # the filed terms whose forms are in the table
        self._pairs: set[tuple[str, str, str]] = set()  # word pairs' lexemes (Filing.pairs)
        self._waiting: set[int] = set()  # reached by their first word, not their second
        self._leads: dict[str, set[int]] = {}  # the words seen that reach a waiting term
        # each of them → the text words seen after it (since it was first seen), as dict keys
        self._follows: dict[str, dict[str, None]] = {}
        # the terms no lexeme files (Filing.unfiled) and those declined by data/inflection.toml's
        # endings (German), under the start every first word of their forms keeps
        # (forms.stable_start): declined when a text's word starts so (_reach_starts); those
        # of no such start, now
        self._starts: dict[str, list[int]] = {}
        self._start_sizes: list[int] = []
        self._start_seen: set[str] = set()  # (the text words looked up so)
        if self._filing is not None:
            for pos in self._filing.unfiled:
                self._wait(pos, self._filing.start(pos))
            for pos, (_, t) in enumerate(terms):
                if inflects_by_endings(primary(t.lang)):
                    self._wait(pos, stable_start(match_core(t.text).partition(" ")[0]))
            self._start_sizes = sorted({len(s) for s in self._starts})
        # the romanisations wait for a text holding a character of no Cyrillic block nor
        # white space (:meth:`_romanize_for`): a text of Cyrillic words compiles no romaniser
        self._roman_todo = romanized
        # (a text of Cyrillic words, digits and punctuation holds none, unless a term may be
        # romanised in digits alone: then a digit is enough)
        self._roman_gate = _lettered()
        digit = re.compile(r"\d").search
        if romanized and any(
            _unlettered_term().fullmatch(match_core(t.text)) for _, t in terms if digit(t.text)
        ):
            self._roman_gate = _other_script()
        self._auto: Any = None  # (the terms' automaton, under the backends of one)
        if backend == "pyahocorasick":
            import ahocorasick

            auto = ahocorasick.Automaton(ahocorasick.STORE_INTS)
            for key in self.keys:  # (its entry: a pattern's place among the entries, which
                auto.add_word(key, self._keys[key])  # another language's reading may shift)
            if self.keys:
                auto.make_automaton()
            self._auto = auto
        elif backend == "ahocorasick_rs":
            import ahocorasick_rs

            self._auto = ahocorasick_rs.AhoCorasick(self.keys) if self.keys else None
        elif backend != "table":
            raise GlossaryError(f"unknown matcher backend {backend!r}")

    def _add(self, form: str, entry: tuple[Concept, Term, str, int], rank: int) -> int | None:
        """Add ``form`` as a pattern of ``entry`` (terms to the automaton, the others to the
        table), or make it the entry's when its ``rank`` comes before the pattern's entry; the
        pattern's index (``None`` for a form of no letter)."""
        core = match_core(form)
        if not core:
            return None
        key = f" {core} "
        idx = self._keys.get(key)
        if idx is None:
            idx = self._keys[key] = len(self.entries)
            self.entries.append(entry)
            self._key_of.append(key)
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
                elif isinstance(have, dict):  # (a first word of many second words)
                    mine = have.get(second, ())
                    if size not in mine[1::2]:
                        have[second] = (*mine, second, size)
                elif (
                    second not in have
                    or size not in have
                    or not any(  # (C, then exactly)
                        have[k : k + 2] == (second, size) for k in range(0, len(have), 2)
                    )
                ):
                    self._lengths[words[0]] = _table_value((*have, second, size))
        elif rank < self._rank[idx]:  # a case form derived late, before the pattern's entry
            old, old_rank = self.entries[idx], self._rank[idx]
            self._latin[idx] = self._latin_of(entry, key)  # (the new entry's, which the old
            self._alt(idx, old, old_rank)  # one may now be another language's reading of)
            self.entries[idx] = entry
            self._rank[idx] = rank
            self._cases[idx] = entry[3]
            for memo in (*self._replacements.values(), *self._capitals.values()):
                memo.pop(idx, None)
            self._twins.pop(idx, None)  # (its plural reading was another term's)
            self._singles.pop(idx, None)
            self._plurals.pop(idx, None)
            self._s_plurals.discard(idx)
        else:
            other = self._alt(idx, entry, rank)
            if other is not None:
                return other
        return idx

    def _romanize_for(self, text: str) -> None:
        """Add the romanisations of the terms (in the table, ranked as if added up front:
        :meth:`_add`) when ``text`` (folded, or as written) is the first to hold a character
        of no Cyrillic block that is no white space nor digit: every romanisation's pattern
        holds one (a scheme writes a Cyrillic letter but :data:`~translit.script.UNLETTERED`
        with a letter of another script; the term's own text, which the pattern would be were
        a letter kept, is a pattern already), so no text before it can hold one
        (tests/test_glossary_apply.py checks the schemes and the shipped terms); a digit too
        where a term may be romanised in digits alone (:func:`_unlettered_term`)."""
        if not self._roman_todo or self._roman_gate.search(text) is None:
            return
        self._roman_todo = False
        terms = self._terms
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

    def _latin_of(self, entry: tuple[Concept, Term, str, int], key: str) -> str | None:
        """The Latin-script language a line must not be of another of for pattern ``key`` of
        ``entry`` to match: its term's, for one word of a French, German or English term that
        is no acronym (two words or more are their own evidence; an acronym in capitals is
        written alike in them all), or the reader language of a romanisation that a reader
        convention writes and no other scheme before it (:data:`~translit.names.conventions.
        CONVENTIONS`, ``data/names/conventions.toml``: Duden's Russe is German); else ``None``."""
        if not self._told or entry[3] == _ACRONYM:
            return None
        kind = (entry[2], entry[1].lang)  # (one answer for all the entries of a how and tag)
        try:
            lang = self._langs_of[kind]
        except KeyError:
            how = entry[2]
            if how.startswith("romanised "):  # (a spelling only a reader convention writes is
                got = _readers().get(how[10:], "")  # that language's: Duden's Russe)
            else:
                got = primary(entry[1].lang)
            lang = self._langs_of[kind] = got if got in self._told else None
        if lang is None or key.find(" ", 1) < len(key) - 1:  # (two words or more: None)
            return None
        return lang

    def _latin_at(self, idx: int) -> str | None:
        """:meth:`_latin_of` of entry ``idx`` and its pattern, memoised."""
        latin = self._latin
        if idx in latin:  # (a miss is common: no KeyError raised for each)
            return latin[idx]
        got = latin[idx] = self._latin_of(self.entries[idx], self._key_of[idx])
        return got

    def _spelled_in(self, idx: int, lang: str) -> bool:
        """Whether the concept of entry ``idx`` has a term in ``lang`` (memoised): where it has
        none the glossary says nothing of how that language writes it, and a term of another
        language may stand for it (a glossary of English and Russian on a German text)."""
        key = (idx, lang)
        got = self._spelled.get(key)
        if got is None:
            got = self._spelled[key] = bool(self.entries[idx][0].terms_in(lang))
        return got

    def _alt(self, idx: int, entry: tuple[Concept, Term, str, int], rank: int) -> int | None:
        """File ``entry``, of pattern ``idx`` but not its entry, as the pattern's reading in a
        line of its own language (:meth:`_latin_of`, or "" for any line) where the pattern's
        entry is a one-word term of another Latin-script language (German Gulags, a genitive,
        where the English plural Gulags is the pattern's); its index (``None``: not filed)."""
        mine = self._latin_at(idx)
        if mine is None:  # (most patterns: a reading in any line)
            return None
        lang = self._latin_of(entry, self._key_of[idx])
        if lang == mine:
            return None
        alts = self._alts.setdefault(idx, {})
        got = alts.get(lang or "")
        if got is not None:  # (the first in the order of addition: a form derived late that
            if rank < self._rank[got]:  # comes before takes its place, as in _add)
                self.entries[got] = entry
                self._rank[got] = rank
                self._cases[got] = entry[3]
                for memo in (*self._replacements.values(), *self._capitals.values()):
                    memo.pop(got, None)
                for twins in (self._twins, self._singles, self._plurals):
                    twins.pop(got, None)
                self._s_plurals.discard(got)
            return got
        alts[lang or ""] = got = len(self.entries)
        self.entries.append(entry)
        self._key_of.append(self._key_of[idx])
        self._rank.append(rank)
        self._lens.append(self._lens[idx])
        self._cases.append(entry[3])
        self._latin[got] = lang
        return got

    def _twin(
        self, idx: int, entry: tuple[Concept, Term, str, int], rank: int, singular: bool = False
    ) -> None:
        """Give pattern ``idx``, a form of either number, the plural reading ``entry`` (or the
        ``singular`` one, of a form read as either: an entry of no pattern of its own,
        :meth:`numbered` puts it in the pattern's place where a determiner says its number)."""
        twins = self._singles if singular else self._twins
        if idx in twins or self.entries[idx][1] is not entry[1]:
            return  # (the pattern reads as another term: the form is that one's)
        twins[idx] = len(self.entries)
        self.entries.append(entry)
        self._key_of.append(self._key_of[idx])
        self._rank.append(rank)
        self._lens.append(self._lens[idx])
        self._cases.append(entry[3])
        self.keeps = True  # (a plural whose target has none: the text kept)

    def _decline(self, pos: int) -> None:
        c, t = self._terms[pos]
        entry = (c, t, "inflected", self._case[pos])  # (one for all its forms)
        every, plural, either = derived_forms(c, t)
        forms = every[1:]
        if forms and (inflects_by_endings(primary(t.lang)) or inflects_by_dictionary(t)):
            self.keeps = True  # (a plural, a case form: replace may keep the text)
        if plural or either:  # (their own entries: replace writes the target's plural or
            many = (c, t, "plural", self._case[pos])  # keeps the text)
            # (a form of either number by endings, French héros: read as the singular, and as
            # the plural after a determiner that says so; German Kommunisten: as either, and as
            # the number a determiner says; by the dictionary: never guessed)
            endings = not inflects_by_dictionary(t)
            alone = endings and undetermined_reading(primary(t.lang)) == "singular"
            unsure = entry if alone else (c, t, EITHER, self._case[pos])
            own = {*plural, *either}
            forms = tuple(f for f in forms if f not in own)
            for k, form in enumerate((*plural, *either)):
                rank = _rank_of(1, pos, k)
                idx = self._add(form, many if k < len(plural) else unsure, rank)
                if endings and k >= len(plural) and idx is not None:
                    self._twin(idx, many, rank)
                    if not alone:
                        self._twin(idx, entry, rank, singular=True)
        # (a genitive -s form is also the -s plural some nouns take, die Gulags: of either
        # number, read as the number a word before it says, numbered)
        s_plurals = s_plural_forms(c, t) if forms else frozenset()
        for k, form in enumerate(forms, len(plural) + len(either)):
            rank = _rank_of(1, pos, k)
            s_form = form in s_plurals
            idx = self._add(form, (c, t, EITHER, self._case[pos]) if s_form else entry, rank)
            if s_form and idx is not None and self.entries[idx][1] is t:
                self._twin(idx, (c, t, "plural", self._case[pos]), rank)
                self._twin(idx, entry, rank, singular=True)
                self._s_plurals.add(idx)

    def _wait(self, pos: int, start: str) -> None:
        """File term ``pos`` under ``start`` until a text's word starts so, or decline it now
        where it has none."""
        if start:
            self._starts.setdefault(start, []).append(pos)
        else:
            self._decline(pos)

    def _reach_starts(self, words: tuple[str, ...]) -> None:
        """Decline the terms filed under a start (:meth:`_wait`) that a new word of ``words``
        (a folded text's) starts with: every first word of their forms keeps that start, so
        no text before held one of their forms."""
        starts = self._starts
        if not starts:
            return
        seen = self._start_seen
        new = set(words).difference(seen)
        if not new:
            return
        if len(seen) > _SEEN_MOST:  # (a word looked up again finds nothing left: only time)
            seen.clear()
        seen.update(new)
        todo: list[int] = []
        for word in new:
            for start in word_starts(word, self._start_sizes):
                got = starts.pop(start, None)
                if got is not None:
                    todo += got
        for pos in sorted(todo):
            self._decline(pos)

    def _reach(self, words: tuple[str, ...]) -> None:
        """Add the case forms of the filed terms the ``words`` of a folded text reach: a new
        word their first word's lexemes (and, when their second word's tell, two adjacent
        words those of their first two: :meth:`Filing.second`), now or with the earlier
        texts'.

        Two adjacent words can tell only for a term their first word reaches, which waits
        from the moment that word is first seen until it is declined: so only the pairs
        whose first word reaches a waiting term (``_leads``) are read, and a text of words
        seen before with no new such pair costs one pass in C, a look-up a word
        (:func:`~translit.engine.native.pairs_known` of ``_seen``, where the words of
        ``_follows`` have its dicts)."""
        filing = self._filing
        if filing is None or len(self._declined) == len(filing.filed):
            return
        seen, waiting, leads, follows = self._seen, self._waiting, self._leads, self._follows
        if pairs_known(words, seen):
            return  # (no new word, no pair made: a text of words and pairs seen before)
        new = set(words).difference(seen)
        seen.update(dict.fromkeys(new))
        if len(new) > _WORDS_PER_TERM * (len(filing.filed) - len(self._declined)):
            todo = set(filing.filed) - self._declined  # (fewer terms left than words)
        else:
            if new:
                by_word = filing.reaching(new)
                waiting |= filing.always.union(*by_word.values()) - self._declined
                for w, t in by_word.items():
                    if not waiting.isdisjoint(t):
                        leads[w] = t
                        follows[w] = seen[w] = {}
            if not waiting:
                return
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
                seen.update(dict.fromkeys(leads.keys() - self._leads.keys()))  # (no lead now)
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

    def find(self, text: str, whole: Callable[[], str | None] | None = None) -> list[Hit]:
        """Every term of the glossary in ``text``, leftmost-longest, non-overlapping
        (``whole``: :meth:`span_parts`')."""
        return self._hits(text, self.spans(text, whole))

    def find_parts(
        self, text: str, whole: Callable[[], str | None] | None = None
    ) -> Iterator[list[Hit]]:
        """:meth:`find`'s hits in order, a part of ``text`` (about :data:`_WINDOW`
        characters, cut at white space) at a time, so that a long text's hits and the
        matching's own tables need not be held at once (a line of 64 MiB took 1.6 GB)."""
        for part in self.span_parts(text, whole):
            yield self._hits(text, part)

    def _hits(self, text: str, spans: list[tuple[int, int, int]]) -> list[Hit]:
        entries = self.entries
        new = tuple.__new__  # Hit(...) without the Python-level __new__ (hot path)
        return [
            new(Hit, (start, stop, text[start:stop], *entries[idx][:3]))
            for start, stop, idx in self.numbered(text, spans)
        ]

    def span_parts(
        self, text: str, whole: Callable[[], str | None] | None = None
    ) -> Iterator[list[tuple[int, int, int]]]:
        """:meth:`spans` of ``text`` a part at a time. A part starts where the matching is
        free (at white space, or where the last match ended) and is matched with
        :data:`_CONTEXT` characters before it and :data:`_OVERHANG` after, so the matches
        starting before its cut are the whole text's (a Latin-script line that does not
        decide its language takes the whole text's: :func:`_folded_pieces`; or ``whole()``'s,
        where given: the file's that ``text`` is a block of, :func:`latin_fallback`). A text of
        :data:`_WINDOW` characters or fewer is one part."""
        n = len(text)
        if n <= _WINDOW:
            yield self._whole_spans(text, whole=whole)
            return
        # (a Latin-script line that does not decide its language takes the whole text's, as
        # in one part: not the part's, which differs in a text of several languages)
        if whole is None:
            whole = functools.cache(lambda: text_language(_folded_pieces(text)))
        named = _Named()  # (the concepts named in full on a line so far: _named_in_full)
        start = lines = seen = 0  # (the lines ended before `seen`)
        while start < n:
            cut = _space_at(text, start + _WINDOW)
            end = _space_at(text, cut + _OVERHANG) if cut < n else n
            lo = max(0, start - _CONTEXT)
            # (a CRLF's line end is at its LF: one cut between the two counts its CR alone)
            lines += line_ends(text, seen, lo) - (lo > 0 and text[lo - 1 : lo + 1] == "\r\n")
            seen = lo
            got = self._whole_spans(text[lo:end], start - lo, whole, (named, cut - lo, lines))
            got = [(a + lo, b + lo, i) for a, b, i in got if a + lo < cut]
            yield got
            start = max(cut, got[-1][1]) if got else cut

    def numbered(self, text: str, spans: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
        """``spans`` (:meth:`spans` of ``text``) with each form of either number whose concept
        :meth:`plural_reading` lets be read as a plural, and which a determiner right before
        says is one (:func:`determiner_before`, :func:`~.forms.determined_number`: les héros,
        trois prix), given the entry of its plural reading (``how`` ``plural``); and each read
        as either number (:func:`~.forms.undetermined_reading`: German Kommunisten) that one
        says is a singular (des Kommunisten), the entry of its singular reading (``inflected``).

        >>> from translit.glossary import load, shipped_path
        >>> m = Matcher.for_glossary(load(shipped_path("soviet-institutions.tbx")))
        >>> text = "le héros de l'Union soviétique, les héros de l'Union soviétique"
        >>> [m.entries[i][2] for _, _, i in m.numbered(text, m.spans(text))]
        ['term', 'plural']
        """
        twins, singles = self._twins, self._singles
        if not twins:
            return spans
        out = spans
        for k, (start, stop, idx) in enumerate(spans):
            if idx not in twins:
                continue
            twin, single = self.plural_reading(idx), singles.get(idx)
            if twin is None and single is None:
                continue
            lang = primary(self.entries[idx][1].lang)
            if reads_adjectives(lang):  # (German: des sowjetischen Gulags; den Gulags)
                words, opened = words_before(text, start)
                number = number_after(words, lang, idx in self._s_plurals, opened)
            else:
                number = determined_number(determiner_before(text, start, _DETERMINER_WORDS), lang)
            got = twin if number == "plural" else single if number == "singular" else None
            if got is not None:
                if out is spans:
                    out = list(spans)
                out[k] = (start, stop, got)
        return out

    def plural_reading(self, idx: int) -> int | None:
        """The entry of pattern ``idx``'s plural reading, a form of either number (French
        héros) whose concept is named in the singular (:func:`~.forms.named_in_singular`: a
        term written in the plural, crimes de guerre, is spelled alike and stays as it is
        read), or ``None``. Memoised."""
        try:
            return self._plurals[idx]
        except KeyError:
            twin = self._twins.get(idx)
            if (
                twin is not None
                and idx not in self._s_plurals
                and not named_in_singular(self.entries[idx][0])
            ):
                twin = None
            self._plurals[idx] = twin
            return twin

    def replacement_term(self, idx: int, lang: str) -> Term | None:
        """The target-language term for pattern ``idx`` (see :meth:`Hit.target`), memoised: for
        a case or number form, in the case and number the text needs (a Russian or Ukrainian
        form and target: :func:`~.forms.case_form`; else a plural's plural), or ``None``
        where replace keeps the text (:meth:`kept`)."""
        per_lang = self._replacements.setdefault(lang, {})
        if idx not in per_lang:
            c, t, how, _ = self.entries[idx]
            got = Hit(0, 0, "", c, t, how).target(lang)
            if (
                got is not None
                and got is not t
                and how in _DECLINED
                and inflects_by_dictionary(t)
                and inflects_by_dictionary(got)
            ):  # (Russian or Ukrainian both: the target in the form's case and number)
                text, why = case_form(c, t, got, self._key_of[idx].strip(" "))
                if text is None:
                    self._why.setdefault(lang, {})[idx] = why
                got = None if text is None else dataclasses.replace(got, text=text)
            elif how == "plural" and got is not None:  # (the target's plural, or the text kept)
                plural = None if got is t else plural_of(got, c)
                got = None if plural is None else dataclasses.replace(got, text=plural)
            elif how == EITHER:
                got = None  # (singular or plural: never guessed)
            elif how == "inflected" and got is not None and (got is t or recased(t, got)):
                got = None  # (a form of the target itself, or its adjectives in the nominative:
                # the text kept; "Gorbatschows Politik" was "Gorbatschow Politik")
            elif how == NAME_KEY and got is not None and _one_word(t.text):
                got = None  # (one word found by its key alone may be another name: kept)
            per_lang[idx] = got
        return per_lang[idx]

    def governed_term(
        self, idx: int, lang: str, before: str, line: str | None = None
    ) -> tuple[Term | None, str]:
        """(:meth:`replacement_term`, why it is ``None``) of pattern ``idx``, a Russian or
        Ukrainian case form whose target :meth:`kept` keeps, where the word ``before`` it is a
        preposition (:func:`~.forms.preposition_cases`: read in ``line``, the language of the
        text's line, where it is Russian or Ukrainian; else in the form's, only where both
        languages' tables give it the same cases): its readings narrowed to the cases the
        preposition takes ("в Советской Армии": the locative, not the genitive or the dative).
        ``(None, "")`` where nothing narrows (no preposition, no such form, or none of the
        form's readings in its cases): :meth:`kept`'s reason stands. Memoised.

        >>> from translit.glossary import load, shipped_path
        >>> m = Matcher.for_glossary(load(shipped_path("soviet-institutions.tbx")))
        >>> [(s, m.governed_term(i, "uk", "в", "ru")[0]) for s, _, i in m.spans("в Советской Армии")]
        [(2, Term(text='Радянській армії', lang='uk', ...))]
        """
        c, t, how, _ = self.entries[idx]
        cases = preposition_cases(before, line, primary(t.lang))
        if not cases or self.replacement_term(idx, lang) is not None:
            return None, ""
        kept = self._why.get(lang, {}).get(idx)
        if kept is None:  # (not a case form whose readings give several: kept for another cause)
            return None, ""
        per_lang = self._governed.setdefault(lang, {})
        key = (idx, cases)
        if key not in per_lang:
            got = Hit(0, 0, "", c, t, how).target(lang)
            text, why = (
                (None, "")
                if got is None
                else case_form(c, t, got, self._key_of[idx].strip(" "), cases)
            )
            if why == kept:  # (no reading in the preposition's cases, or all of them)
                why = ""
            term = None if text is None or got is None else dataclasses.replace(got, text=text)
            per_lang[key] = (term, f"a form of «{t.text}» {why}: write it by hand" if why else "")
        return per_lang[key]

    def numbered_term(
        self, idx: int, lang: str, before: str, line: str | None = None
    ) -> Term | None:
        """The target of pattern ``idx``, a Russian or Ukrainian form of either number
        (:data:`EITHER`: линии фронта) whose target is in another language, in the one number
        the preposition ``before`` it leaves its readings (:func:`~.forms.governed_number`,
        the cases read as :meth:`governed_term` reads them: к линии фронта, the dative
        singular; its plural by :func:`~.forms.plural_of`); ``None`` where it leaves both, or
        none, or the pattern is no such form. Memoised.

        >>> from translit.glossary import Concept, Glossary, Term
        >>> m = Matcher.for_glossary(Glossary([Concept("f", terms=[
        ...     Term("линия фронта", "ru"), Term("ligne de front", "fr")])]))
        >>> [i] = [i for _, _, i in m.spans("к линии фронта")]
        >>> m.numbered_term(i, "fr", "к", "ru").text, m.numbered_term(i, "fr", "на", "ru")
        ('ligne de front', None)
        """
        key = (idx, lang, before.lower(), line)
        if key in self._numbered:
            return self._numbered[key]
        c, t, how, _ = self.entries[idx]
        got = None
        target = Hit(0, 0, "", c, t, how).target(lang) if how == EITHER else None
        if (
            target is not None
            and target is not t
            and inflects_by_dictionary(t)
            and not inflects_by_dictionary(target)
        ):
            cases = preposition_cases(before, line, primary(t.lang))
            number = governed_number(c, t, self._key_of[idx].strip(" "), cases) if cases else None
            if number == "singular":
                got = target
            elif number == "plural":
                plural = plural_of(target, c)
                got = None if plural is None else dataclasses.replace(target, text=plural)
        self._numbered[key] = got
        return got

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
        target term: a plural form whose target has no plural the rules give (:func:`~.forms.plural_of`:
        a singular is never written into a plural's place), or a German case form whose
        target, a term of the text's language, has adjectives whose endings that case changes
        (des Großen Terrors: never "des Große Säuberung"), or a Russian or Ukrainian form
        whose Russian or Ukrainian target no one form fits (:func:`~.forms.case_form`: на
        войне, dative or locative, for вооружённый конфликт); ``None`` for any other
        pattern."""
        c, t, how, _ = self.entries[idx]
        if how not in ("plural", "inflected", EITHER, NAME_KEY):
            return None
        if self.replacement_term(idx, lang) is not None:
            return None
        target = Hit(0, 0, "", c, t, how).target(lang)
        if how == NAME_KEY:  # (one word: Tyurin and Турин, Turin, share a key)
            return (
                None
                if target is None
                else (
                    "a name found by its key alone, one word, whose key another name may share "
                    f"(Tyurin has Турин's): write «{target.text}» by hand where it is that name"
                )
            )
        if target is None or target is t:
            return None
        why = self._why.get(lang, {}).get(idx)
        if why is not None:
            return f"a form of «{t.text}» {why}: write it by hand"
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
        # (the one reason where the target says it: an acronym or a name takes no plural)
        why = "an acronym" if target.is_acronym else "a name" if is_name(c, target) else ""
        return (
            f"a plural of «{t.text}», and no rule gives the plural of «{target.text}», {why}, "
            "which takes none: write it by hand"
            if why
            else f"a plural of «{t.text}», and no rule gives the plural of «{target.text}» "
            "(an irregular class, a German term with adjectives, a French adjective after a "
            "complement, which agrees with either noun): write it by hand"
        )

    def homograph_kept(
        self, text: str, start: int, stop: int, idx: int, lines: Lines
    ) -> str | None:
        """Why replace keeps ``text[start:stop]``, a match of pattern ``idx``, as written: a
        name form that its own language's dictionary lists as a common word
        (:func:`~.latin.homograph`: German Russe, a Russian; English Ruse, a trick) in a line
        of that language or of none decided (``lines``; not one mostly in Cyrillic), where
        its capital may be the word's: at a sentence's start, and a German noun anywhere but
        right after a preposition (a common noun there takes an article: in Russe, mit dem
        Russen); else ``None``.

        >>> from translit.glossary import load, shipped_path
        >>> m = Matcher.for_glossary(load(shipped_path("names.csv")))
        >>> texts = ("Der Russe kam.", "Er fuhr nach Russe.", "Ruse was a trick.", "We left Ruse.")
        >>> [m.homograph_kept(t, a, b, i, Lines(t)) is None for t in texts for a, b, i in m.spans(t)]
        [False, True, False, True]
        """
        kinds = self._homographs.get(idx)
        if kinds is None:
            kinds = self._homographs[idx] = homograph(self._key_of[idx])
        if not kinds:
            return None
        here = lines.at(start, stop)
        if here is None and not lines.latin(start, stop):  # (a line mostly in Cyrillic: its
            return None  # Latin-script words are names or quotations, matched as before)
        for lang, kind in kinds.items():
            if here not in (None, lang):
                continue
            if kind == "noun" and not is_preposition(word_before(text, start), lang):
                where = "a noun, not right after a preposition"
            elif opens_sentence(text, start):
                where = "opening a sentence"
            else:
                continue
            return (
                f"kept «{text[start:stop]}»: a name that is also a common word of {lang} "
                f"(data/homographs.toml), {where}: write it by hand if it is the name"
            )
        return None

    def article_ends(self, idx: int, lang: str) -> str:
        """:func:`~.articles.fit_ends` of pattern ``idx``'s target-language term, memoised ("" for none;
        an elided article's apostrophe too before a plural term: l' → les)."""
        per_lang = self._fit_ends.setdefault(lang, {})
        if idx not in per_lang:
            term = self.replacement_term(idx, lang)
            plural = self.entries[idx][2] == "plural"  # (a plural's article has no gender)
            ends = "" if term is None or plural else fit_ends(term, primary(lang))
            if ends and self.number(idx, lang) == "plural":
                ends += "'’"
            per_lang[idx] = ends
        return per_lang[idx]

    def surname_written(self, idx: int, lang: str) -> bool:
        """Whether pattern ``idx`` is a person's one-word Cyrillic term (a surname) that replace
        writes as a Latin-script target term of a reader language of the names layer (en, de,
        fr), memoised: only then are the given names before it written so too
        (:meth:`forenames_before`)."""
        per_lang = self._surnames.setdefault(lang, {})
        if idx not in per_lang:
            c, t, _, _ = self.entries[idx]
            term = self.replacement_term(idx, lang)
            per_lang[idx] = (
                term is not None
                and (c.subject or "").lower() == "person"
                and primary(lang) in _readers().values()
                and _one_word(t.text)
                and is_cyrillic(t.text)
                and not is_cyrillic(term.text)
            )
        return per_lang[idx]

    def forenames_before(self, text: str, pos: int, start: int, idx: int, lang: str) -> str:
        """``text[pos:start]``, the text before pattern ``idx``'s match at ``start``, with the
        given names, patronymic or initials right before a surname (:meth:`surname_written`;
        Russian or Ukrainian in any case: :func:`~translit.names.keys.forename_readings`, one
        nominative each) written as the names layer writes them for ``lang``'s readers
        (:func:`~translit.names.romanize_for` of the full name in the nominative): "встреча с
        Юрием Гагариным" → "встреча с Youri Gagarine" (fr). Unchanged where none is there, or
        a word may be more than one name."""
        if not self.surname_written(idx, lang):
            return text[pos:start]
        from ..morphology import LANGUAGES
        from ..names import initials_space, romanize_for
        from ..names.keys import forename_readings, is_initial

        joined = _joined_initials(text, pos, start)
        if joined is not None:  # (В.В.Путин, Ю.А. Гагарин: read as spaced, written so)
            begin, initials = joined
            t = self.entries[idx][1]
            near = initials[-_NAME_WORDS:]  # (the nearest with the surname, as below)
            full = " ".join([*near, t.text])
            source = line_language(text, start, start + 1)
            source = source if source in LANGUAGES else primary(t.lang)
            written = romanize_for(full, lang, lang=source).split()
            write = functools.partial(romanize_for, target=lang, lang=source)
            far = _each_beside(initials[: -len(near)], t.text, write)
            if len(written) != len(full.split()) or far is None:
                return text[pos:start]
            space = initials_space(lang)
            out = [text[pos:begin]]
            at = begin
            for initial, word in zip(initials, far + written[: len(near)], strict=True):
                at += len(initial)  # (the writer's spaces after it kept, a no-break one too;
                gap = at  # the readers' where it has none: Ю.А.\u00a0Гагарин)
                while gap < start and text[gap] in _SPACES:
                    gap += 1
                out += [word, text[at:gap] or space]
                at = gap
            return "".join(out)
        words: list[str] = []  # (the nominatives, nearest first)
        spans: list[tuple[int, int]] = []  # (each one's place in the text, nearest first)
        at = start  # (where the first of them starts)
        names = 0  # (given names and patronymics: three at most; initials each, however many,
        while names < 3:  # so none is left in Cyrillic beside the written ones: Ю. А. Ю. А.)
            end = at
            while end > pos and text[end - 1] in _SPACES:
                end -= 1
            if end == at:
                break
            begin = end
            while begin > pos and not text[begin - 1].isspace():
                begin -= 1
            opener = begin  # (a bracket or quote opening the word: "(А. А. Ахматова": read on
            while opener < end and not text[opener].isalnum():  # to it, no farther)
                opener += 1
            word = text[opener:end]
            readings = forename_readings(word) if word[:1].isupper() and is_cyrillic(word) else ()
            if len(readings) > 1:  # (the word itself, a nominative; else the one it extends:
                readings = tuple(r for r in readings if r == word) or tuple(
                    r
                    for r in readings
                    if word.startswith(r)  # Алексеевича, Алексеевич)
                )
            if len(readings) != 1:
                break
            if (
                is_initial(readings[0])
                and len(readings[0]) > 2
                and readings[0][:-1].casefold() not in _given_starts()
            ):  # (Тов. Сталин: товарищ, no given name's start; Вл., Ал. are)
                break
            words.append(readings[0])
            spans.append((opener, end))
            names += not is_initial(readings[0])
            at = opener
            if opener > begin:
                break
        if not words:
            return text[pos:start]
        t = self.entries[idx][1]
        source = line_language(text, start, start + 1)  # (Микола in a Ukrainian line: Mykola)
        source = source if source in LANGUAGES else primary(t.lang)
        full = " ".join([*reversed(words[:_NAME_WORDS]), t.text])
        written = romanize_for(full, lang, lang=source).split()
        if len(written) != len(full.split()):  # (a reading the names layer joins or parts)
            return text[pos:start]
        write = functools.partial(romanize_for, target=lang, lang=source)
        far = _each_beside(words[_NAME_WORDS:][::-1], t.text, write)
        if far is None:
            return text[pos:start]
        out = [text[pos:at]]  # (each word written in its place, the writer's spaces between
        gap = at  # kept: a no-break space too)
        for (begin, end), word in zip(reversed(spans), far + written[:-1], strict=True):
            out += [text[gap:begin], word]
            gap = end
        return "".join(out) + text[gap:start]

    def number(self, idx: int, lang: str) -> str:
        """The grammatical number of pattern ``idx``'s target-language term where it is
        written as the term (:func:`~.forms.written_number`), memoised; ``""`` for a form
        replace writes another number of (a plural match: its article is the text's)."""
        per_lang = self._numbers.setdefault(lang, {})
        if idx not in per_lang:
            c, _, how, _ = self.entries[idx]
            term = self.replacement_term(idx, lang)
            per_lang[idx] = (
                "" if term is None or how in ("plural", EITHER) else written_number(c, term)
            )
        return per_lang[idx]

    def form_case(self, idx: int) -> tuple[str, str]:
        """(the one case of pattern ``idx``, a Russian or Ukrainian term's case form, where
        its every reading has it; the one number of those readings), :func:`~.forms.form_case`
        (genitive, singular for Народного комиссариата), memoised; ``("", "")`` for another
        pattern or a form of several cases."""
        try:
            return self._form_cases[idx]
        except KeyError:
            pass
        c, t, how, _ = self.entries[idx]
        got = ("", "")
        if how in _DECLINED and inflects_by_dictionary(t):
            got = form_case(c, t, self._key_of[idx].strip(" "))
        self._form_cases[idx] = got
        return got

    def spans(
        self, text: str, whole: Callable[[], str | None] | None = None
    ) -> list[tuple[int, int, int]]:
        """(start, stop, pattern index) of every match of :meth:`find`, without the Hits (a
        long text's a part at a time: :meth:`span_parts`, as is ``whole``)."""
        if len(text) <= _WINDOW:
            return self._whole_spans(text, whole=whole)
        return [span for part in self.span_parts(text, whole) for span in part]

    def _whole_spans(
        self,
        text: str,
        since: int = 0,
        whole: Callable[[], str | None] | None = None,
        named: tuple[_Named, int, int] | None = None,
    ) -> list[tuple[int, int, int]]:
        """:meth:`spans` of the whole of ``text`` at once (those starting at ``since`` or
        later, matched as from a free position there: the text before is context only;
        ``whole``: the language of the text it is a part of, :class:`~.latin.Lines`';
        ``named``: the concepts the text before named in full, the offset where this
        part's own spans end and the number of the lines ended before it,
        :meth:`_named_in_full`).

        The text is matched without its invisible characters (Ель\\u200dцин, Ель\\xadцин:
        Ельцин) and the stress marks on its vowels (Вла\\u0301сов: Власов), then without the
        rest of each run of white space (:func:`spaces_at`: Красная\\r\\nармия, Красная армия);
        each span is mapped back onto the text as written."""
        if not text or not (self.keys or self._lengths or self._filing or self._roman_todo):
            return []
        hidden, marks, apostrophes = _kinds(text)
        # the stress marks and the white space after a run's first character, as offsets of
        # the text: all taken out at once, and each span moved back once (a stress mark
        # follows a vowel, never white space, so the runs are those of the text without
        # invisible characters, with or without the marks)
        stress = _on_vowels(text, marks, hidden)
        gone = sorted([*hidden, *stress, *_spaces_past(text, hidden)])
        stress_set = set(stress)  # (a mark no vowel carries: an apostrophe too, if one)
        apostrophes = [at - bisect_left(gone, at) for at in apostrophes if at not in stress_set]
        # (tens of thousands of short-lived tuples, here and as _back moves the spans: the
        # collector's passes find nothing, and moved the live ones to its older generations)
        with building():
            if since and gone:  # (where ``since`` is in the text without them)
                since -= bisect_left(gone, since)
            if named is not None and gone:  # (and where the part's own spans end)
                named = (named[0], named[1] - bisect_left(gone, named[1]), named[2])

            def ends() -> list[int]:  # (the line ends, each where it is or, taken out, at
                at = _line_ends_at(text)  # the character before it)
                return [a - bisect_right(gone, a) for a in at] if gone else at

            got = self._spans(
                _without(text, gone) if gone else text,
                set(apostrophes),
                since,
                whole,
                named,
                ends=ends,
            )
            if gone:
                got = _back(got, gone)
            if stress:
                _marked_ends(got, stress, hidden)
            return self._closed(text, got)

    def _closed(self, text: str, spans: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
        """``spans`` each stretched over the characters its term ends with that folding reads
        as a space (ВКП(б)'s ")": the folded pattern ends at б) where the text has them too:
        the term is replaced whole, not written before the text's ")" (VKP(b)))."""
        out = spans
        tails = self._tails
        for i, (a, b, idx) in enumerate(spans):
            try:
                tail = tails[idx]
            except KeyError:
                term = self.entries[idx][1].text
                tail = tails[idx] = term[len(term.rstrip(_CLOSING)) :]
            if tail and text.startswith(tail, b):
                if out is spans:
                    out = list(spans)
                out[i] = (a, b + len(tail), idx)
        return out

    def _spans(
        self,
        text: str,
        marks: set[int] | None = None,
        since: int = 0,
        whole: Callable[[], str | None] | None = None,
        named: tuple[_Named, int, int] | None = None,
        *,
        ends: Callable[[], list[int]] | None = None,
    ) -> list[tuple[int, int, int]]:
        """:meth:`spans` of a text without invisible characters or runs of white space, whose
        apostrophes are at ``marks`` (found here when not given), starting at ``since`` or
        later (``named``: :meth:`_whole_spans`; ``ends``: the offsets of its line ends, the
        text's own when not given)."""
        folded = padded(text)  # (" " + fold(text) + " ", the text copied once)
        lens = self._lens
        cases = self._cases
        # the apostrophes of the text (a match next to one may be part of a word: _refused)
        if marks is None:
            marks = set(_offsets(text, "apostrophe", _apostrophes_at))
        entries = self.entries
        latin, alts = self._latin, self._alts
        lines: Lines | None = None  # (the language of a match's line: asked where it matters)
        after = {at + 1 for at in marks}  # (a match starting after an apostrophe)
        # accepted matches as [start, stop, idx]; candidates arrive in order of their end
        acc: list[tuple[int, int, int]] = []
        add = acc.append
        last_stop = -1
        for end, found in self.raw(folded):
            idx = found  # (or, in a line of another language, the pattern's reading there)
            start = end - lens[idx] + 1  # the leading space in folded = the term's start in text
            if start < since:
                continue
            stop = end - 1
            lang = latin[idx] if idx in latin else self._latin_at(idx)
            if lang is not None:  # (one word of a French, German or English term)
                if lines is None:
                    lines = Lines(text, folded, whole)
                here = lines.at(start, stop)
                if here is not None and here != lang and self._spelled_in(idx, here):
                    other = alts.get(idx, {})  # (a line of another language, which the
                    # glossary gives the concept a term of)
                    got = other.get(here, other.get(""))
                    if got is not None:
                        idx = got
                    elif cases[idx] not in (
                        _NAME,
                        _SURNAME,
                    ):  # (a person's name is no word of the line's
                        continue  # language: Wlassow in a French line is Vlassov; a place's may
                        # be, Russe, the German Ruse, in "Le Russe parle")
            if (cases[idx] or (marks and (stop in marks or start in after))) and _refused(
                text, start, stop, cases[idx], entries[idx][1]
            ):
                continue
            if cases[idx] == _SURNAME and self.another_person(text, start, idx):
                continue
            if start >= last_stop:
                add((start, stop, idx))
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
                add((start, stop, idx))
                last_stop = stop
        if acc:
            if ends is None:
                ends = functools.partial(_line_ends_at, text)
            acc = self._named_in_full(acc, ends, named)
        if self._named:
            return self._with_names(text, acc, since)
        return acc

    def _named_in_full(
        self,
        spans: list[tuple[int, int, int]],
        ends: Callable[[], list[int]],
        named: tuple[_Named, int, int] | None = None,
    ) -> list[tuple[int, int, int]]:
        """``spans`` (in text order) without those of an elliptical short form
        (:meth:`elliptical`) whose concept no span before it on its line names otherwise:
        тройка stands for тройка НКВД only once the line has said which troika (the
        antecedent comes first, and on the line: a file is matched a block of whole lines
        at a time, the blocks cut where ``--chunk-size`` says, so a line before it in the
        file is no evidence). ``ends``: the offsets of the text's line ends. ``named``: the
        concepts named on a line by a long text's earlier parts (:meth:`span_parts`), the
        offset where this part's own spans end (``cut``) and the number of lines ended before
        the part; it takes on the line of the last span before ``cut``, so a text matched a
        part at a time gives the hits it gives at once."""
        entries = self.entries
        short = [self.elliptical(idx) for _, _, idx in spans]
        if named is None and not any(short):
            return spans
        carry, cut, first = named if named is not None else (_Named(), -1, 0)
        at_ends = ends()
        line, here = carry.line, set(carry.concepts)
        out = []
        for s, e in zip(spans, short, strict=True):
            if s[0] >= cut >= 0:  # (the spans past the part's own: carry what it named)
                carry.line, carry.concepts, cut = line, set(here), -1
            on = first + bisect_left(at_ends, s[0])
            if on != line:
                line, here = on, set()
            concept = id(entries[s[2]][0])
            if not e:
                here.add(concept)
                out.append(s)
            elif concept in here:
                out.append(s)
        if cut >= 0:
            carry.line, carry.concepts = line, here
        return out

    def elliptical(self, idx: int) -> bool:
        """Whether pattern ``idx``'s term is an elliptical short form, memoised: one word in
        lower case, no acronym nor name, that is a word of a longer term of its concept in its
        language (тройка of тройка НКВД, оттепель of хрущёвская оттепель, commissar of
        political commissar): a common word the full form narrows, which names the concept
        only where its line has named it in full before (:meth:`_named_in_full`). A clipping (нарком
        of народный комиссар) is a word of its own, and German writes every noun with a
        capital: neither is one."""
        c, t, _, rule = self.entries[idx]
        memo = self._ellipses
        got = memo.get(id(t))
        if got is None:
            word = fold(t.text).split()
            got = memo[id(t)] = (
                rule == 0
                and len(word) == 1
                and t.text[:1].islower()
                and not is_name(c, t)
                and any(
                    o.lang == t.lang and len(o.text.split()) > 1 and word[0] in fold(o.text).split()
                    for o in c.terms
                )
            )
        return got

    @functools.cached_property
    def _ellipses(self) -> dict[int, bool]:
        """:meth:`elliptical`'s memo, a term's ``id()`` → the answer."""
        return {}

    def another_person(self, text: str, start: int, idx: int) -> bool:
        """Whether pattern ``idx``, a person's surname matched at ``start`` of ``text``, follows
        a given name (the word right before it, in any case form: Андрія, Andrij) that none of
        the glossary's full names of that surname has, neither the person's own terms nor any
        person's term ending in it: another person of the name (Андрій Ющенко, Катерина
        Ющенко: not Віктор Ющенко). A word that is no listed given name (a patronymic, an
        initial, a title) leaves the match, and so does a surname no full name has."""
        stop = start
        while stop > 0 and text[stop - 1] in _SPACES:
            stop -= 1
        if stop == start:
            return False
        begin = stop
        while begin > 0 and (text[begin - 1].isalpha() or text[begin - 1] in "-'’"):
            begin -= 1
        word = text[begin:stop]
        if not word[:1].isupper():
            return False
        said = given_keys([word])
        if not said:
            return False
        c, t, _, _ = self.entries[idx]
        listed = self._given_of(c, t)
        return bool(listed) and not said & listed

    def _given_of(self, concept: Concept, term: Term) -> frozenset[str]:
        """The keys of the given names of ``concept``'s full names and of every person's full
        name of the matcher ending in surname ``term`` (memoised by the term)."""
        memo = self._givens
        got = memo.get(id(term))
        if got is None:
            own = [w for o in concept.terms if " " in o.text.strip() for w in o.text.split()[:-1]]
            others = self._full_names.get(fold(term.text).strip(), [])
            got = memo[id(term)] = given_keys([*own, *others])
        return got

    @functools.cached_property
    def _givens(self) -> dict[int, frozenset[str]]:
        """:meth:`_given_of`'s memo, a term's ``id()`` → the keys."""
        return {}

    @functools.cached_property
    def _full_names(self) -> dict[str, list[str]]:
        """The matcher's persons' full names by their last word (folded) → the words before
        it (Віктор Ющенко: ющенко → Віктор): built once a matcher, when a text first has a
        surname after a given name."""
        out: dict[str, list[str]] = {}
        for c, t in self._terms:
            words = t.text.split()
            if len(words) > 1 and (c.subject or "").lower() == "person":
                out.setdefault(fold(words[-1]).strip(), []).extend(words[:-1])
        return out

    @functools.cached_property
    def _name_index(self) -> tuple[dict[str, int], tuple[int, ...], int, int]:
        """The name terms by :func:`~translit.names.name_key` (the first in the glossary's
        order for a key: 16,000 names keyed in about 0.1 s, most of them listed), the numbers
        of words they have (most first), and their fewest and most characters: built once a matcher, when
        a text first has a run to key."""
        from ..names import name_key

        by: dict[str, int] = {}
        for pos in self._named:
            key = name_key(self._terms[pos][1].text)
            if key:
                by.setdefault(key, pos)
        texts = [self._terms[pos][1].text for pos in self._named]
        counts = tuple(sorted({len(t.split()) for t in texts}, reverse=True))
        sizes = [len(t) for t in texts]
        return by, counts, min(sizes), max(sizes)

    def _key_entry(self, run: str) -> int | None:
        """The entry of the first name term (in the glossary's order) whose name key is that
        of ``run``, a text's spelling, or ``None``; memoised by the run."""
        try:
            return self._run_keys[run]
        except KeyError:
            pass
        from ..names import name_key

        pos = self._name_index[0].get(name_key(run))
        got = None if pos is None else self._name_entry(pos)
        make_room(self._run_keys, _RUNS_MOST, 1)
        self._run_keys[run] = got
        return got

    def _name_entry(self, pos: int) -> int:
        """The entry (``how`` :data:`NAME_KEY`) of name term ``pos``, made once."""
        got = self._name_entries.get(pos)
        if got is None:
            c, t = self._terms[pos]
            got = self._name_entries[pos] = len(self.entries)
            self.entries.append((c, t, NAME_KEY, self._case[pos]))
            self.keeps = self.keeps or _one_word(t.text)  # (replace keeps it: kept)
            self._key_of.append(f" {match_core(t.text)} ")
            self._rank.append(_rank_of(3, pos, 0))
            self._lens.append(len(t.text) + 2)
            self._cases.append(self._case[pos])
            self._latin[got] = None
        return got

    def name_spans(self, text: str, since: int = 0) -> list[tuple[int, int, int]]:
        """(start, stop, entry) of the Latin-script spellings of names in ``text`` (from
        ``since``) that no pattern matches but whose :func:`~translit.names.name_key` is a
        name term's (Wlasow, Jeltsin, Gorbatchov: Власов, Ельцин, Горбачёв): runs of words
        each written with a capital (not in capitals of three letters or fewer, an acronym's),
        none a frequent word of French, German or English (:func:`~.latin.is_ordinary`: Mais,
        Der), nor a pattern (whose own rules refused it there: Russe in a German line), of a
        number of words and characters a name term has, leftmost-longest.

        >>> from translit.glossary import load, shipped_path
        >>> m = Matcher.for_glossary(load(shipped_path("ww2-roa.tbx")))
        >>> [(text, m.entries[i][1].text) for text, i in
        ...  ((t[a:b], i) for t in ["Le général Wlasow"] for a, b, i in m.name_spans(t))]
        [('Wlasow', 'Власов')]
        """
        if not self._named:
            return []
        words = [
            w
            for w in _LATIN_WORD.finditer(text, since)
            if w[0][0].isupper() and not (len(w[0]) <= 3 and w[0].isupper())
        ]
        if not words:
            return []
        self._romanize_for(text)  # (a run that is a pattern is no name's: the romanisations')
        _, counts, least, most = self._name_index
        n = len(words)
        ordinary: dict[str, bool] = {}
        ok = [  # (a frequent word is no part of a name's spelling: Mais, Der)
            not (
                ordinary[w[0]] if w[0] in ordinary else ordinary.setdefault(w[0], is_ordinary(w[0]))
            )
            for w in words
        ]
        # (one space between the words of a name, as the text is matched)
        joined = [text[a.end() : b.start()] == " " for a, b in itertools.pairwise(words)]
        reach = [0] * (n + 1)  # the words of the run of such words starting at each
        for i in range(n - 1, -1, -1):
            if ok[i]:
                reach[i] = 1 + reach[i + 1] if i + 1 < n and joined[i] else 1
        memo, keys = self._run_keys, self._keys
        out: list[tuple[int, int, int]] = []
        i = 0
        while i < n:
            found = None
            for count in counts if reach[i] else ():
                if count > reach[i]:
                    continue
                start, stop = words[i].start(), words[i + count - 1].end()
                if not least <= stop - start <= most:
                    continue
                if count == 1 and (
                    sum(ch.isalpha() for ch in words[i][0]) < _NAME_LETTERS_LEAST
                    # (the middle word of three: a middle name or patronymic, never the name
                    # alone: Yuri Alekseyevich Gagarin is no Alexievich)
                    or (0 < i < n - 1 and joined[i - 1] and joined[i] and ok[i - 1] and ok[i + 1])
                ):
                    continue
                run = text[start:stop]
                idx = memo.get(run)
                if run not in memo:
                    if f" {match_core(run)} " in keys:
                        memo[run] = None  # (a pattern, which its own rules refused here)
                    else:
                        idx = self._key_entry(run)
                if idx is not None:
                    found = (start, stop, idx, count)
                    break
            if found is None:
                i += 1
                continue
            out.append(found[:3])
            i += found[3]
        return out

    def _with_names(
        self, text: str, acc: list[tuple[int, int, int]], since: int
    ) -> list[tuple[int, int, int]]:
        """``acc``, the patterns' matches in ``text``, with :meth:`name_spans`' added where
        none is: a name's span takes the place of the matches it holds only when longer (the
        longest wins; the patterns' keep a span of the same length), and is dropped where it
        overlaps one without holding it."""
        names = self.name_spans(text, since)
        if not names:
            return acc
        starts = [a for a, _, _ in acc]
        out = []
        drop: set[int] = set()
        for start, stop, idx in names:
            k = bisect_left(starts, start)
            if k and acc[k - 1][1] > start:  # (overlaps one before it)
                continue
            j = k
            while j < len(acc) and acc[j][0] < stop:
                j += 1
            inside = range(k, j)
            if any(acc[x][1] > stop for x in inside):
                continue  # (overlaps one it does not hold)
            if inside and any(acc[x][:2] == (start, stop) for x in inside):
                continue  # (a pattern's match of the same span: the pattern's)
            drop.update(inside)
            out.append((start, stop, idx))
        if not out:
            return acc
        out += [span for x, span in enumerate(acc) if x not in drop]
        out.sort()
        return out

    def raw(self, folded: str) -> list[tuple[int, int]]:
        """(end index inclusive, pattern index) of every match in a folded text (a space at
        each end), by end."""
        words = tuple(folded.split())
        self._romanize_for(folded)
        self._reach_starts(words)
        self._reach(words)
        hits: list[tuple[int, int]]
        if self.backend == "table":  # (every pattern in the table; by end, at one end the
            # longest first, as an automaton's)
            return table_hits(folded, words, self._lengths, self._keys) if self._lengths else []
        if self.backend == "pyahocorasick":
            hits = list(self._auto.iter(folded)) if self.keys else []
        else:
            got = self._auto.find_matches_as_indexes(folded, True) if self._auto else []
            index, keys = self._keys, self.keys  # (the i-th key's entry)
            hits = sorted((e - 1, index[keys[i]]) for i, _, e in got)
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
    name_keys: bool = True,
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
    name_keys = want_bool(name_keys, "name_keys")
    return Matcher.for_glossary(
        glossary, langs, inflect=inflect, romanized=romanized, name_keys=name_keys
    ).find(text)


def source_term(concept: Concept, term: Term, lang: str) -> Term | None:
    """The term of ``concept`` in ``lang`` that ``translit/data/names/source_forms.toml``
    gives readers of ``lang`` where a text spells the name as ``term``'s language does (the
    one home of that fact, which ``romanize -t`` reads too), or ``None``: the concept is not
    that table's row (another id, or the form is none of its ``lang`` terms), or ``term`` is a
    spelling of another language (Russian Киев quoted in a Ukrainian text).

    >>> kyiv = Concept("place-kyiv", terms=[Term("Київ", "uk"), Term("Киев", "ru"),
    ...     Term("Kiew", "de"), Term("Kyjiw", "de", status="admitted")])
    >>> source_term(kyiv, kyiv.terms[0], "de").text, source_term(kyiv, kyiv.terms[1], "de")
    ('Kyjiw', None)
    >>> own = Concept("place-kyiv", terms=[Term("Київ", "uk"), Term("Kiew", "de")])
    >>> source_term(own, own.terms[0], "de") is None
    True
    """
    form = source_preferred(primary(term.lang), primary(lang)).get(concept.id)
    if form is None:
        return None
    return next((t for t in concept.terms_in(lang) if t.text == form), None)


def _label(c: Concept, target: str, term: Term | None = None) -> str | None:
    full = (source_term(c, term, target) if term is not None else None) or c.preferred(target)
    if full is None:
        return None
    acr = c.preferred_acronym(target)
    if acr is not None and acr.text != full.text:
        return f"{acr.text}: {full.text}"
    return full.text


def apply_text(
    text: str,
    glossary: Glossary,
    target: str,
    mode: str = "replace",
    *,
    langs: tuple[str, ...] = (),
    inflect: bool = True,
    romanized: bool = True,
    name_keys: bool = True,
    notes: list[tuple[int, int, str]] | None = None,
    check_target: bool = True,
    fallback: str | None = None,
) -> str:
    """Apply ``glossary`` to ``text`` for the ``target`` language.

    ``mode``: ``replace`` (each term becomes the target's preferred term; terms with none are
    kept), ``annotate`` (``РОА [ROA: Armée de libération russe]``), ``list`` (TSV: line,
    column, text, concept, language, target term) or ``json`` (one JSON array).

    ``replace`` fits the word before a term to the term's first sound where the target
    language writes it so (:func:`~.articles.fit_article`: French ``l'Holocauste`` → ``la Shoah``,
    ``le Troisième Reich`` → ``l'Allemagne nazie``); a term it cannot fit is kept as the text
    wrote it, and ``notes``, a list when given, receives (line, column, what) for each.

    >>> from translit.glossary import load, shipped_path
    >>> g = load(shipped_path("ww2-roa.tbx"))
    >>> apply_text("РОА", g, "fr", "annotate")
    'РОА [ROA: Armée de libération russe]'
    >>> apply_text("L'Holocauste et le Troisième Reich", g, "fr")
    "La Shoah et l'Allemagne nazie"

    A ``target`` none of the glossary's terms is in (a typo, a language it lacks) raises
    :class:`~translit.GlossaryError` naming the languages it has: every term found would be
    kept as written, in silence. ``check_target=False`` skips that check (``translit glossary
    apply`` warns of such a target and goes on): each term is kept as written.

    >>> try:
    ...     apply_text("РОА", g, "xx")
    ... except GlossaryError as exc:
    ...     print(exc.message.split(":")[0])
    no term in the target language 'xx' (the glossary has
    >>> apply_text("РОА", g, "xx", check_target=False)
    'РОА'

    ``fallback``: the language a Latin-script line that decides none of its own is read in
    (a French, German or English word of a term matched as that language's; ``""``: none),
    where ``text`` is a block of a longer file (:func:`latin_fallback` of the file's sample:
    every block given the same, ``translit glossary apply`` at every ``--chunk-size``). By
    default ``text``'s own language decides it (:func:`~.latin.text_language`).
    """
    text, target = want_str(text, "apply_text()"), want_str(target, "apply_text()")
    glossary = want_glossary(glossary, "apply_text()")
    if want_bool(check_target, "check_target") and not any(
        c.terms_in(target) for c in glossary.concepts
    ):
        have = sorted({t.lang for c in glossary.concepts for t in c.terms})
        if have:  # (an empty glossary has nothing to apply: the text as it is)
            raise GlossaryError(
                f"no term in the target language {shown(target)} (the glossary has: "
                f"{', '.join(have)}): give `target` one of those, or a glossary with terms in it",
                glossary.path,
            )
    langs = want_tags(langs)
    if mode not in MODES:
        raise GlossaryError(f"unknown mode {mode!r} (known: {', '.join(MODES)})")
    if notes is not None and not isinstance(notes, list):
        raise TypeError(f"`notes` is a list to fill, or None, not {type(notes).__name__}")
    # (inflect="no" was a true value, a list "unhashable type" from the matchers' cache)
    inflect, romanized = want_bool(inflect, "inflect"), want_bool(romanized, "romanized")
    name_keys = want_bool(name_keys, "name_keys")
    whole = _fallback(fallback)
    m = Matcher.for_glossary(
        glossary, langs, inflect=inflect, romanized=romanized, name_keys=name_keys
    )
    if mode == "replace":  # the hot path: spans and memoised replacements, no Hit objects
        with building():  # (two strings and a tuple per match, each freed by refcounting)
            return _replaced(text, m, target, notes, whole)
    hits = m.find(text, whole)
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
        label = _label(h.concept, target, h.term)
        same = label is not None and h.text.casefold() in (x.casefold() for x in label.split(": "))
        out.append(h.text if label is None or same else f"{h.text} [{label}]")
        pos = h.end
    out.append(text[pos:])
    return "".join(out)


def _fallback(fallback: str | None) -> Callable[[], str | None] | None:
    """:func:`apply_text`'s ``fallback`` as :class:`~.latin.Lines` asks it (``None``: the
    text's own)."""
    if fallback is None:
        return None
    if fallback not in ("", *languages()):  # (a typo read no line in any language, in silence)
        raise GlossaryError(
            f"unknown fallback {shown(fallback)} (known: {', '.join(languages())}, or '' for "
            "none): give `fallback` latin_fallback() of the file's sample"
        )
    got = fallback or None
    return lambda: got


def _replaced(
    text: str,
    m: Matcher,
    target: str,
    notes: list[tuple[int, int, str]] | None,
    whole: Callable[[], str | None] | None = None,
) -> str:
    """:func:`apply_text`'s ``replace`` of ``text`` with matcher ``m`` (``whole``: the
    language of a line that decides none, :func:`_fallback`)."""
    lang = primary(target)
    letters = fit_letters(lang)  # (empty: no article to fit in the language)
    out: list[str] = []
    add = out.append
    kept: list[tuple[int, str]] = []
    pos = 0
    memo = m._replacements.setdefault(target, {})  # (replacement_term's memo, read here)
    ends = m._fit_ends.setdefault(target, {})  # (article_ends' memo, read here)
    capitals = m._capitals.setdefault(target, {})  # (capital_term's memo, read here)
    spans = m.numbered(text, m.spans(text, whole))
    why_kept = m._why.setdefault(target, {})  # (case forms kept: a preposition may settle)
    governed: dict[int, str] = {}  # (start → why a form after a preposition is kept, or "")
    settled = m._before.setdefault(target, {})  # (governed_term's, by the word as written)
    homographs = m._homographs  # (homograph_kept's memo: most patterns are none)
    lines = Lines(text, whole=whole)  # (the language of a homograph's line, asked only for one)
    for start, stop, idx in spans:
        try:
            term = memo[idx]
        except KeyError:
            term = m.replacement_term(idx, target)
        if term is None and idx in why_kept and (before := word_before(text, start)):
            line = ""  # (a preposition both languages spell alike with the same cases: no need)
            if not governed_alike(before):
                line = line_language(text, start, stop)  # (memoised by the line)
            try:
                term, narrowed = settled[idx, before, line]
            except KeyError:
                term, narrowed = settled[idx, before, line] = m.governed_term(
                    idx, target, before, line or None
                )
            if term is not None:  # (a preposition's cases leave one form: no capital, article)
                add(m.forenames_before(text, pos, start, idx, target))
                add(_spaced_as(term.text, text[start:stop]))
                pos = stop
                governed[start] = ""
                continue
            if narrowed:
                governed[start] = narrowed
        elif term is None and m.entries[idx][2] == EITHER and (before := word_before(text, start)):
            line = "" if governed_alike(before) else line_language(text, start, stop)
            term = m.numbered_term(idx, target, before, line or None)
            if term is not None:  # (after a preposition: no capital, no article to fit)
                add(m.forenames_before(text, pos, start, idx, target))
                add(_spaced_as(term.text, text[start:stop]))
                pos = stop
                governed[start] = ""
                continue
        if term is None:  # (the text kept)
            add(text[pos:stop])
            pos = stop
            continue
        if (homographs.get(idx) is None or homographs[idx]) and (
            homograph_why := m.homograph_kept(text, start, stop, idx, lines)
        ):
            add(text[pos:stop])
            pos = stop
            kept.append((start, homograph_why))
            continue
        if text[start].isupper():  # (a sentence's capital: kept)
            try:
                up = capitals[idx]
            except KeyError:
                up = m.capital_term(idx, target)
            if up is not term and up is not None and opens_sentence(text, start):
                term = up  # (None only where term is: never here)
        # (no article to fit where the text before ends in no letter of one: most matches)
        if (
            not letters
            or start - pos < 2  # (before[-2:-1], the letter before a space or apostrophe)
            or text[start - 2].lower() not in letters
            or text[start - 1] not in (ends[idx] if idx in ends else m.article_ends(idx, target))
            or term.text == text[start:stop]  # (the text's own where it is the term: the same)
        ):
            add(m.forenames_before(text, pos, start, idx, target))
            add(_spaced_as(term.text, text[start:stop]))
            pos = stop
            continue
        before = text[pos:start]
        number = m.number(idx, target)
        case, told = m.form_case(idx)  # (a Russian form's one case, and its number)
        if not number and told and m.entries[idx][2] == "inflected":
            number = told  # (das Besserungsarbeitslager, of either number: корпуса, singular)
        given = term.text
        term, inferred = _gendered(m.entries[idx][0], term, lang, before)
        after = text[stop : stop + 16]  # (a relative clause: in dem …, das; not im)
        fitted, kept_article = fit_gender(
            before, m.entries[idx][1], term, lang, number, after=after, case=case
        )
        why = None
        if number != "plural":  # (les, des, aux, ces: no elided form)
            fitted, why = fit_article(fitted, term, lang)
        if why is None:
            add(fitted)
            written = term.text
            if kept_article is None:  # (the article fitted: the term in its case, or why not)
                written, kept_article = _in_article_case(fitted, m.entries[idx], term, lang, number)
            add(_spaced_as(written, text[start:stop]))
            if kept_article is not None:
                kept.append((start, kept_article))
            elif inferred and (fitted != before or written != given):
                said = " ".join(fitted.split()[-3:])
                kept.append((start, f"«{said} {written}»: {inferred}"))
        else:
            add(text[pos:stop])
            kept.append((start, f"kept «{text[start:stop]}»: {why}"))
        pos = stop
    add(text[pos:])
    if m.keeps and notes is not None:  # (a plural, a case form: never a wrong form)
        kept += [(a, f"kept «{text[a:b]}»: {why}")
                 for a, b, idx in spans
                 if (why := governed.get(a) if a in governed else m.kept(idx, target))]  # fmt: skip
        kept.sort(key=_END)
    if kept and notes is not None:
        at = line_columns(text, [k[0] for k in kept])
        notes += [(line, col, why) for (line, col), (_, why) in zip(at, kept, strict=True)]
    return "".join(out)


def _gendered(concept: Concept, term: Term, lang: str, before: str = "") -> tuple[Term, str]:
    """``term`` with the gender of its head noun where the glossary states none
    (:func:`~.forms.inferred_gender`; not for a name or an acronym, whose gender is not its
    last word's), and what apply says where that gender fits the words before it (``""``
    for a stated gender or none told). A French head of either gender takes the gender of
    the article ending ``before`` (:func:`~.forms.either_gender`,
    :func:`~.articles.article_gender`: la commissaire, la détenue; said where the term's
    form changes).

    >>> t, said = _gendered(Concept("x"), Term("Volkskommissariat", "de"), "de")
    >>> t.gender, said
    ('neuter', 'fitted as neuter, the gender of its head «Kommissariat» (data/genders.toml), which the glossary does not state: check it')
    >>> t, said = _gendered(Concept("x"), Term("détenu du Goulag", "fr"), "fr", "la ")
    >>> t.text, t.gender, said
    ('détenue du Goulag', 'feminine', 'written in the feminine «la» gives «détenu», a noun of either gender (data/genders.toml), which the glossary does not state: check it')
    """
    if norm_gender(term.gender) or term.is_acronym or is_name(concept, term):
        return term, ""
    text, said = term.text, ""
    got = inferred_gender(term.text, lang)
    if got is not None:
        gender, head, _ = got
        said = (
            f"fitted as {gender}, the gender of its head «{head}» (data/genders.toml), which "
            "the glossary does not state: check it"
        )
    elif (either := either_gender(term.text, lang)) is not None and (
        gender := article_gender(before, lang) or ""
    ):
        head, feminine = either
        if gender == "feminine" and feminine is not None:
            text = feminine
            said = (
                f"written in the feminine «{before.rsplit(maxsplit=1)[-1]}» gives «{head}», a noun of "
                "either gender (data/genders.toml), which the glossary does not state: check it"
            )
    else:
        return term, ""
    return (
        Term(text, term.lang, term.type, term.status, term.pos, gender, term.note,
             term.source, term.id, term.extra),
        said,
    )  # fmt: skip


def _in_article_case(
    before: str, entry: tuple[Any, ...], term: Term, lang: str, number: str
) -> tuple[str, str | None]:
    """(``term``'s text in the case, number and declension the determiner ending ``before``
    asks for, :func:`~.articles.article_cases` and :func:`~.forms.in_case`: zur Roten Armee,
    mit den sowjetischen Dissidenten; why not, or ``None``): as it is, and ``None``, where
    no determiner is read or the term is a name (des jungen Goethe: no -s); as it is, and
    said, where the article's readings give it different forms. A term of either number
    (``number`` ``""``: Lager) is read as a singular after an article of no plural reading
    (des, eines: des Solowezki-Lagers)."""
    concept, source = entry[0], entry[1]
    cases = article_cases(before, source, term, lang, number)
    if not number and entry[2] not in ("plural", EITHER):  # (a term of either number, Lager:
        single = article_cases(before, source, term, lang, "singular")  # an article of no
        if single and not article_cases(before, source, term, lang, "plural"):  # plural
            cases, number = single, "singular"  # reading, des, eines, says the singular)
    if not cases or is_name(concept, term) or term.is_acronym:
        return term.text, None
    gender = norm_gender(term.gender).lower() or None
    kept = indeclinable_words(term.text, lang)
    got = {
        in_case(term.text, lang, gender, number, declension=d, case=c, kept=kept) for d, c in cases
    }
    if len(got) == 1 and None not in got:
        return got.pop() or term.text, None
    if None in got:
        return term.text, None
    return (
        term.text,
        f"«{term.text}» kept after «{' '.join(before.split()[-3:])}»: its case cannot be "
        "told: check it",
    )


#: the closing characters a term may end with that folding reads as a space (ВКП(б))
_CLOSING = ")]}»›\"'’”"


#: the spaces between a preposition and a match (a no-break space too, as typesetting puts
#: after a preposition)
_SPACES = " \u00a0\u202f"
_GAP = re.compile(r"\s+")


def _spaced_as(written: str, matched: str) -> str:
    """``written``, a term replace writes for ``matched`` (the text's words), with the writer's
    no-break space where ``matched`` has one between two words and ``written`` has as many
    words (Юрием\u00a0Гагариным → Youri\u00a0Gagarine); as it is else (a run of white space or
    a line break between is read as one space, hostile12).

    >>> _spaced_as("Youri Gagarine", "Юрием\u00a0Гагариным"), _spaced_as("Armée rouge", "Красной\\nармии")
    ('Youri\xa0Gagarine', 'Armée rouge')
    """
    if "\u00a0" not in matched and "\u202f" not in matched:
        return written
    gaps = _GAP.findall(matched)
    words = written.split(" ")
    if len(words) != len(gaps) + 1:
        return written
    spaced = [gap if gap in ("\u00a0", "\u202f") else " " for gap in gaps]
    return words[0] + "".join(gap + word for gap, word in zip(spaced, words[1:], strict=True))


def _each_beside(words: list[str], surname: str, write: Callable[[str], str]) -> list[str] | None:
    """Each of ``words`` (a run of initials farther from ``surname`` than the
    :data:`_NAME_WORDS` written with it) as ``write`` (the names layer's, for the readers)
    writes it beside the surname alone, once for each distinct one (it reads a name of n
    words in n² time); ``None`` where it joins or parts one.

    >>> _each_beside(["Ю.", "А.", "Ю."], "Гагарин", lambda s: s.lower())
    ['ю.', 'а.', 'ю.']
    """
    alone: dict[str, str] = {}
    for word in words:
        if word not in alone:
            got = write(f"{word} {surname}").split()
            if len(got) != 2:
                return None
            alone[word] = got[0]
    return [alone[word] for word in words]


@functools.cache
def _given_starts() -> frozenset[str]:
    """The first two and three letters of every Russian, Ukrainian and Belarusian given name
    the names layer lists (data/names/given_names.csv), lower case: what an abbreviated given
    name of more than one letter before a surname may be (Вл. Ленин, Ал. Толстой, Вс.
    Мейерхольд; not Тов. Сталин, товарищ)."""
    return frozenset(
        s.casefold()[:k]
        for g in given_names()
        for spellings in g.spellings.values()
        for s in spellings
        for k in (2, 3)
        if len(s) > k
    )


def _joined_initials(text: str, pos: int, start: int) -> tuple[int, list[str]] | None:
    """The initials right before ``start`` (a Cyrillic capital and a full stop each, or a given
    name's first two or three letters, :func:`_given_starts`: Вл., after ``pos``) where one is
    joined to the next initial or to the surname at ``start`` (В.Жириновский, В.В.Путин,
    Ю.А. Гагарин, Вл.И.Ленин): where the first starts and the initials, spaced ("В."); ``None``
    where there is none, or each is spaced (the text's own spaces kept: Ю. А. Гагарин).

    >>> _joined_initials("Заявил В.В.Путин", 0, 11), _joined_initials("Ю. А. Гагарин", 0, 6)
    ((7, ['В.', 'В.']), None)
    >>> _joined_initials("Вл.Ленин", 0, 3), _joined_initials("Тов.Сталин", 0, 4)
    ((0, ['Вл.']), None)
    """
    found: list[str] = []  # (each of the run, however many: Ю.А.Ю.А.Гагарин)
    joined = False
    at = start
    while True:
        end = at
        while end > pos and text[end - 1] in _SPACES:
            end -= 1
        if end - 2 < pos or text[end - 1] != ".":
            break
        first = end - 2  # (the capital: the letter before the stop, or one or two before it)
        while first > max(pos, end - 4) and text[first].islower() and is_cyrillic(text[first]):
            first -= 1
        if (
            not text[first].isupper()
            or not is_cyrillic(text[first])
            or (first > pos and text[first - 1].isalnum())
            or (end - first > 2 and text[first : end - 1].casefold() not in _given_starts())
        ):
            break
        joined = joined or end == at
        found.append(text[first:end])
        at = first
    return (at, found[::-1]) if found and joined else None


#: the signs that join a word to the one before (из-за, Ukrainian з'їзд)
_JOINING = "_-" + WORD_APOSTROPHES
#: the longest word :func:`word_before` gives (a preposition: около, після)
_WORD_MOST = 8


def word_before(text: str, start: int) -> str:
    """The word right before offset ``start`` of ``text``, only spaces between (``""`` for
    none, or a word longer than a preposition): the preposition that may govern a match
    there; not the end of a word joined by a hyphen or an apostrophe (из-за).

    >>> word_before("служил в Советской Армии", 9), word_before("из-за армии", 6)
    ('в', '')
    """
    i = start
    while i and text[i - 1] in _SPACES:
        i -= 1
    j = i
    while j and i - j <= _WORD_MOST and text[j - 1].isalpha():
        j -= 1
    if i in (start, j) or i - j > _WORD_MOST:
        return ""
    if j and (text[j - 1].isalnum() or text[j - 1] in _JOINING):
        return ""
    return text[j:i]


#: the longest word :func:`determiner_before` gives (a compound numeral: quatre-vingt-dix-sept;
#: a number in figures: 1 000 000 000)
_DETERMINER_MOST = 24
#: what stands inside a number written in figures (1 000, 1,5)
_IN_NUMBER = " .,\u00a0\u202f"
#: the words :meth:`Matcher.numbered` reads before a match: a compound numeral of words (mille
#: neuf cent quarante et un), a numeral noun and its de (deux millions de)
_DETERMINER_WORDS = 6


def determiner_before(text: str, start: int, words: int = 1) -> str:
    """The last ``words`` words right before offset ``start`` of ``text`` on its line (fewer
    where the line has fewer), only spaces between them and the match, or an elided word's
    apostrophe (given with an ASCII apostrophe: ``"l'"``); a compound numeral of hyphened
    parts a word (vingt-deux), and a number in figures too, whole with its groups and decimals
    (1 000, 2,5); ``""`` for none: the words that may tell the number of a match there
    (:func:`~.forms.determined_number`).

    >>> [determiner_before(t, t.index("héros")) for t in ("les héros", "L’ héros",
    ...     "vingt-deux héros", "les\\nhéros", "1 000 héros", "après-héros")]
    ['les', "L'", 'vingt-deux', '', '1 000', '']
    >>> [determiner_before(t, t.index("héros"), 6) for t in ("Il vit vingt et un héros",
    ...     "avec 2,5 millions d'héros", "aux\\ncent un héros")]
    ['Il vit vingt et un', "avec 2,5 millions d'", 'cent un']
    """
    begin = end = start
    first = None
    elided = False
    for _ in range(words):
        i = end
        while i and text[i - 1] in _SPACES:
            i -= 1
        j = i
        if first is None:
            elided = bool(i) and text[i - 1] in WORD_APOSTROPHES
            j = i - 1 if elided else i
        if j == end:  # (no space or apostrophe between: après-héros)
            break
        k = j
        while k and j - k <= _DETERMINER_MOST and (text[k - 1].isalnum() or text[k - 1] == "-"):
            k -= 1
        if text[k:j].isdecimal():  # (a number in figures, whole: 1 000, 2,5)
            while k > 1 and j - k <= _DETERMINER_MOST and text[k - 1] in _IN_NUMBER:
                if not text[k - 2].isdecimal():
                    break
                k -= 1
                while k and text[k - 1].isdecimal():
                    k -= 1
        if k == j or j - k > _DETERMINER_MOST:
            break
        if k and (text[k - 1].isalnum() or text[k - 1] in _JOINING):
            break
        if first is None:
            first = j
        begin = end = k
    if first is None:
        return ""
    return text[begin:first] + "'" if elided else text[begin:first]


def words_before(text: str, start: int) -> tuple[list[str], bool]:
    """(the words before offset ``start`` of ``text`` on its line, nearest first, each as
    :func:`determiner_before` gives it, only spaces or a comma between them (a comma is a
    word ``","``: die großen, sowjetischen Gulags), at most twice
    :data:`~.forms.ADJECTIVES_MOST`; whether the farthest of them, or the match where
    there is none, opens a sentence after another on the line, :func:`opens_sentence`, not
    the line's start, which may be a wrapped sentence's middle): what
    :func:`~.forms.number_after` reads the number of a match there from.

    >>> text = "Opfer des großen sowjetischen Gulags"
    >>> words_before(text, text.index("Gulags"))
    (['sowjetischen', 'großen', 'des', 'Opfer'], False)
    >>> words_before("gebaut. „Gulags", 9), words_before("Gulags", 0), words_before("A. Gulags", 3)
    (([], True), ([], False), ([], False))
    >>> words_before("die großen, alten Gulags", 18)
    (['alten', ',', 'großen', 'die'], False)
    """
    words: list[str] = []
    at = start
    while len(words) < 2 * ADJECTIVES_MOST:
        word = determiner_before(text, at)
        if not word:
            i = at
            while i and text[i - 1] in _SPACES:
                i -= 1
            if i == at or not words or text[i - 1 : i] != ",":
                break
            j = i - 1  # (a comma right after a word: read on, the adjectives it may join)
            while j and text[j - 1].isalpha():
                j -= 1
            if j == i - 1 or (j and (text[j - 1].isalnum() or text[j - 1] in _JOINING)):
                break
            words += (",", text[j : i - 1])
            at = j
            continue
        words.append(word)
        if word.endswith("'"):
            break
        at = text.rindex(word, 0, at)
    else:
        return words, False
    i = at
    while i and _opener(text[i - 1]):
        i -= 1
    return words, bool(i) and text[i - 1] not in _LINE_BREAKS and opens_sentence(text, at)


def line_columns(text: str, offsets: list[int]) -> list[tuple[int, int]]:
    """The 1-based (line, column) of each of ``offsets`` in ``text``: one pass over the text
    when the offsets ascend (a hit list), from the start again where one goes back. Lines end
    at LF, CRLF or a CR alone (:data:`translit.script.LINE_END_RE`).

    >>> line_columns("ab\\ncd\\nef", [0, 4, 6, 1])
    [(1, 1), (2, 2), (3, 1), (1, 2)]
    """
    return LineColumns(text)(offsets)


class LineColumns:
    """:func:`line_columns` of one text asked a list of offsets at a time, each call going on
    from where the one before stopped (the hits of :meth:`Matcher.find_parts`).

    >>> at = LineColumns("ab\\ncd\\nef")
    >>> at([0, 4]), at([6])
    ([(1, 1), (2, 2)], [(3, 1)])
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.line, self.last, self.line_start = 1, 0, 0

    def __call__(self, offsets: Iterable[int]) -> list[tuple[int, int]]:
        text = self.text
        line, last, line_start = self.line, self.last, self.line_start
        out = []
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
        self.line, self.last, self.line_start = line, last, line_start
        return out


def _tsv(s: str) -> str:
    return s.replace("\t", " ").replace("\n", " ")
