"""Look-alike letters: a Latin letter typed into a Cyrillic word (``Пpивет`` with a Latin p),
or a Cyrillic one into a Latin word. The one home of the rule: ``translit.normalize``'s
``homoglyphs`` option applies it to each word of a token (translit/normalization_rules.py),
and a romaniser applies it (:func:`repair`) before romanising, unless built with
``homoglyphs=False``. The pairs are data: ``translit/data/normalize.toml`` [homoglyphs].

A *word* is a run of Latin and Cyrillic letters (with combining marks and soft hyphens); only
a word holding letters of both scripts is touched. A letter is a *look-alike* when the data
gives it an image in the other script, else *distinctive*. Then: distinctive letters of both
scripts, the word is genuinely mixed and left alone (``iPhoneом``); of one script only, the
other script's look-alikes become that script (``Bаpвapа`` → ``Варвара``); look-alikes only,
the script with more letters wins, a tie going to Cyrillic (``PОА`` → ``РОА``), unless the word
in Latin letters is a Roman numeral in capitals of I V X L (``ХIХ`` with a Latin I, typed for
XIX: Cyrillic Х and І look like X and I), which is Latin, unless in Cyrillic letters it is a
word the data lists for the text's language, where known (Belarusian ``IХ``, іх). A word of Cyrillic look-alikes of
I V X L alone (two or more) is Latin too when it reads as such a numeral (``ХХ век``), unless
the data lists it as a word of a language (``ІХ``, Belarusian іх) or an apostrophe joins it to
letters (``А’ІІ``: one Belarusian or Ukrainian word, not a numeral). A look-alike of the
apostrophe (`` ` ‘ ′ ´``) between a consonant and a vowel an apostrophe comes before is that
apostrophe, ’ (``Знам`янка`` → ``Знам’янка``).
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, MutableSequence, Sequence
from typing import NamedTuple

from .._datafiles import load_toml
from ..script import (
    CYRILLIC_LETTER_CLASS,
    CYRILLIC_LETTERS,
    CYRILLIC_VOWELS,
    LATIN_LETTER_CLASS,
    LATIN_LETTERS,
    MARK_CLASS,
    WORD_APOSTROPHES,
    drop_invisible,
    in_ranges,
    invisible_at,
)
from .chars import INVISIBLE_CHARS, INVISIBLE_CLASS

__all__ = [
    "LETTERS",
    "NUMERAL_CONTEXT",
    "WORD",
    "apostrophe_lookalikes",
    "apostrophe_sides",
    "ends_capitals",
    "letter",
    "mixed_letters",
    "numeral_beside",
    "numeral_letters",
    "numeral_runs",
    "repair",
    "repair_apostrophes",
    "repair_word",
]

_L, _C, _M = LATIN_LETTER_CLASS, CYRILLIC_LETTER_CLASS, MARK_CLASS
#: the class (inside ``[...]``) of the characters a word is made of: Latin and Cyrillic
#: letters and combining marks
LETTERS = f"{_L}{_C}{_M}"
#: a word as the rule reads it (a pattern string: the classes are large, compiled on first use)
WORD = f"[{LETTERS}]+"


def _touching(a: str, b: str) -> str:
    # a letter of class b right after a letter of class a, with any marks or characters
    # without a glyph (a soft hyphen continues a word) between; written to start with class a
    # (rare in the text) so the regex engine skips the rest quickly. The look-behinds end on
    # the class-a letter just matched, so "any character" stands for it: the same matches, and
    # a quarter less to compile than the class written out again. A look-behind has a fixed
    # width: after 4 marks or more, a class-a letter is a place to read whatever came before
    # (the word's rule decides). Any number, not a few: NFC composes a letter with its first
    # mark (c + 4 acutes is ć + 3), so a count would read NFC and NFD text otherwise
    m = _M + INVISIBLE_CLASS
    marks = ("", f"[{m}]", f"[{m}]{{2}}", f"[{m}]{{3}}")
    behind = "|".join(f"(?<=[{b}]{x}(?s:.))" for x in marks)
    return f"[{a}](?:[{m}]*[{b}]|{behind}|(?<=[{m}]{{4}}(?s:.)))"


@functools.cache
def mixed_letters(latin_first: bool) -> re.Pattern[str]:
    """Where a Latin and a Cyrillic letter touch (through any number of marks or invisible
    characters; after four or more, a place to read), the pattern starting
    with a Latin letter (``latin_first``) or a Cyrillic one: the rarer script of the text.
    Compiled on first use (each takes about 2 ms), and a text needs only one of the two.

    >>> mixed_letters(True).search("в РОА и КОНP").group()
    'P'
    """
    return re.compile(_touching(_L, _C) if latin_first else _touching(_C, _L))


@functools.cache
def _pairs() -> tuple[dict[str, str], dict[str, str]]:
    """(Latin → Cyrillic, Cyrillic → Latin) look-alikes, read on first use."""
    h = load_toml("normalize.toml")["homoglyphs"]
    lat2cyr: dict[str, str] = dict(h["latin_to_cyrillic"])
    cyr2lat = {v: k for k, v in lat2cyr.items()}
    cyr2lat.update(h["extra_cyrillic_to_latin"])
    return lat2cyr, cyr2lat


@functools.lru_cache(maxsize=4096)
def letter(c: str) -> tuple[str | None, str | None]:
    """(script ``'L'``/``'C'``/None, image in the other script or None) of one character.

    >>> letter("p"), letter("ж"), letter("ë"), letter("1")
    (('L', 'р'), ('C', None), ('L', 'ё'), (None, None))
    """
    if len(c) != 1:
        return (None, None)
    d = unicodedata.normalize("NFD", c)
    lat2cyr, cyr2lat = _pairs()
    if in_ranges(LATIN_LETTERS, c) and c.isalpha():
        img = lat2cyr.get(d[0])
        return ("L", unicodedata.normalize("NFC", img + d[1:]) if img else None)
    if in_ranges(CYRILLIC_LETTERS, c) and c.isalpha():
        img = cyr2lat.get(d[0])
        return ("C", unicodedata.normalize("NFC", img + d[1:]) if img else None)
    return (None, None)


def repair_word(
    slots: MutableSequence[str],
    a: int,
    b: int,
    put: Callable[[int, str, str], None],
    lang: str | None = None,
) -> None:
    """The rule on the word ``slots[a:b]`` (one character a slot): ``put(i, image,
    "homoglyph")`` for each look-alike that takes the other script's letter. ``lang``, the
    text's language where known: a word of it that a numeral's look-alikes spell stays that
    word where one of its letters is typed in Latin (Belarusian ``IХ``, іх)."""
    n_lat = n_cyr = fixed_lat = fixed_cyr = 0
    for c in slots[a:b]:
        script, img = letter(c)
        if script == "L":
            n_lat += 1
            fixed_lat += img is None
        elif script == "C":
            n_cyr += 1
            fixed_cyr += img is None
    if not n_lat:
        if (
            n_cyr > 1
            and _cyrillic_numeral(slots[a:b])
            and not _joined(slots, a, b)
            and not ends_capitals(slots, a, b)
        ):  # ХХ век: a number, not letters
            for i in range(a, b):
                put(i, _pairs()[1][slots[i]], "homoglyph")
        return
    if not n_cyr or (fixed_lat and fixed_cyr):
        return
    if fixed_cyr:
        source = "L"
    elif fixed_lat:
        source = "C"
    elif _ROMAN.fullmatch(
        "".join(letter(c)[1] or c if letter(c)[0] == "C" else c for c in slots[a:b])
    ):
        # ХIХ век, IХ съезд: a Roman numeral typed with Cyrillic Х or І; but a word of the
        # language (Belarusian IХ, іх with a Latin I) is Cyrillic
        cyrillic = "".join(letter(c)[1] or c if letter(c)[0] == "L" else c for c in slots[a:b])
        source = "L" if cyrillic in _mixed_words_of(lang) else "C"
    else:
        source = "C" if n_lat > n_cyr else "L"
    for i in range(a, b):
        script, img = letter(slots[i])
        if script == source and img is not None:
            put(i, img, "homoglyph")


@functools.cache
def _mixed_words_of(lang: str | None) -> frozenset[str]:
    """The words of ``lang`` a Roman numeral's look-alikes spell that are typed with a Latin
    letter too (data/normalize.toml [homoglyphs] mixed_not_numerals: Belarusian ІХ)."""
    table = load_toml("normalize.toml")["homoglyphs"]["mixed_not_numerals"]
    return frozenset(table.get(lang or "", ()))


# a Roman numeral of I V X L in capitals, two letters or more (no C D M: СМ, МС are Cyrillic
# abbreviations far more often than 900 or 1100)
_ROMAN = re.compile(r"(?=..)(?:XL|L?X{0,3})(?:IX|IV|V?I{0,3})")


@functools.cache
def _numerals() -> tuple[str, frozenset[str]]:
    """(the capital Cyrillic look-alikes of I V X L, the words of them that are no numeral)."""
    cyr2lat = _pairs()[1]
    not_numerals = load_toml("normalize.toml")["homoglyphs"]["not_numerals"]
    return "".join(sorted(c for c, lat in cyr2lat.items() if lat in "IVXL")), frozenset(
        not_numerals
    )


def numeral_letters() -> str:
    """The Cyrillic letters a Roman numeral may be typed with (the data's look-alikes of
    I V X L): a word of them alone may be a numeral (the C engine declines a text holding one).

    >>> numeral_letters()
    'ІХ'
    """
    return _numerals()[0]


class _Apostrophe(NamedTuple):
    looks: str  # the characters typed for the apostrophe
    apostrophe: str  # the apostrophe written for them
    after: str  # the letters it follows (consonants)
    before: str  # the letters it comes before (vowels)
    pattern: re.Pattern[str]  # a look-alike (the letters either side decide: _sides)


@functools.cache
def _apostrophe() -> _Apostrophe:
    """The apostrophe look-alikes' rule, from normalize.toml [homoglyphs]."""
    h = load_toml("normalize.toml")["homoglyphs"]
    looks, after, before = h["apostrophe_lookalikes"], h["apostrophe_after"], h["apostrophe_before"]
    rx = re.compile(f"[{re.escape(looks)}]")
    return _Apostrophe(looks, h["apostrophe"], after, before, rx)


def apostrophe_lookalikes() -> str:
    """The characters typed for the Ukrainian and Belarusian apostrophe (the C engine declines a
    text holding one between :func:`apostrophe_sides`): between a consonant and a vowel an
    apostrophe comes before, each is the apostrophe (``Знам`янка``).

    >>> apostrophe_lookalikes()
    '`‘′´'
    """
    return _apostrophe().looks


def apostrophe_sides() -> tuple[str, str]:
    """(the letters after which, the letters before which) a look-alike of the apostrophe is
    one: the C engine declines a text only where one stands between the two (``Знам`янка``,
    not ````цитата''``).

    The characters a decomposed letter shows beside it count too (the breve of й typed
    и + U+0306), so the engine declines decomposed text wherever the rule may apply.

    >>> after, before = apostrophe_sides()
    >>> "м" in after, "я" in before, "я" in after, "\u0306" in after
    (True, True, False, True)
    """
    r = _apostrophe()
    nfd = functools.partial(unicodedata.normalize, "NFD")
    return (
        r.after + "".join(sorted({nfd(c)[-1] for c in r.after} - set(r.after))),
        r.before + "".join(sorted({nfd(c)[0] for c in r.before} - set(r.before))),
    )


def repair_apostrophes(slots: Sequence[str], put: Callable[[int, str, str], None]) -> None:
    """``put(i, apostrophe, "homoglyph")`` for each look-alike of the apostrophe in ``slots``
    (one character a slot, or a letter and its marks once repaired: a Latin é is е and an
    acute) that stands for it, as :func:`repair` finds it in a string (the character before
    it, the character after it).

    >>> slots = ["В", "‘", "е\u0301"]
    >>> repair_apostrophes(slots, lambda i, new, rule: slots.__setitem__(i, new))
    >>> slots[1] == "’"
    True
    """
    r = _apostrophe()
    for i in range(1, len(slots) - 1):
        if slots[i] in r.looks and _stands_for_it(slots, i, r):
            put(i, r.apostrophe, "homoglyph")


def _stands_for_it(parts: Sequence[str], i: int, r: _Apostrophe) -> bool:
    """Whether the look-alike ``parts[i]`` (a string's characters, or a text's slots) stands
    between a letter of ``r.after`` and one of ``r.before``, each read as NFC writes it with
    its marks: й typed и + U+0306 is й, е + U+0306 is ӗ (not е), so decomposed and composed
    text get the same answer."""
    j, k = i - 1, i + 2
    while j > 0 and _marks_only(parts[j]):
        j -= 1
    while k < len(parts) and _marks_only(parts[k]):
        k += 1
    before = unicodedata.normalize("NFC", "".join(parts[j:i]))[-1:]
    after = unicodedata.normalize("NFC", "".join(parts[i + 1 : k]))[:1]
    return before != "" and before in r.after and after != "" and after in r.before


def _marks_only(part: str) -> bool:
    return part != "" and all(unicodedata.category(c)[0] == "M" for c in part)


def _apostrophes_repaired(text: str) -> str:
    r = _apostrophe()
    if not any(c in text for c in r.looks):
        return text
    out: list[str] = []
    at = 0
    for m in r.pattern.finditer(text):
        i = m.start()
        if 0 < i < len(text) - 1 and _stands_for_it(text, i, r):
            out += (text[at:i], r.apostrophe)
            at = i + 1
    return "".join(out) + text[at:] if out else text


def _cyrillic_numeral(word: MutableSequence[str]) -> bool:
    letters, not_numerals = _numerals()
    text = "".join(word)
    return (
        all(c in letters for c in text)
        and text not in not_numerals
        and _ROMAN.fullmatch(text.translate(_to_latin())) is not None
    )


def _joined(slots: Sequence[str], a: int, b: int) -> bool:
    """Whether an apostrophe joins the word ``slots[a:b]`` to a letter before or after it (an
    apostrophe inside a Belarusian or Ukrainian word: the word goes on)."""
    k = a - 2  # (the letter before the apostrophe, past its combining marks: NFD reads as NFC)
    while k > 0 and slots[k] and unicodedata.combining(slots[k][0]):
        k -= 1
    before = a >= 2 and slots[a - 1] in WORD_APOSTROPHES and slots[k].isalpha()
    j = b + 1  # (the letter after it, past marks on the apostrophe: the word regex's reading)
    while j < len(slots) - 1 and slots[j] and unicodedata.combining(slots[j][0]):
        j += 1
    after = b + 1 < len(slots) and slots[b] in WORD_APOSTROPHES and slots[j].isalpha()
    return before or after


#: the spaces between the words of a run of capitals (one line: a heading's words)
_SPACES = " \t\u00a0"


def _capitals_word(slots: Sequence[str], end: int) -> int | None:
    """Where the word of Cyrillic capitals ending at ``end`` (past spaces) starts, when it is
    one: two letters or more, one of them no look-alike of I V X L (ЧОН, not ХІ); else None."""
    while end > 0 and slots[end - 1] in _SPACES:
        end -= 1
    start = end
    while start > 0 and slots[start - 1].isalpha():
        start -= 1
    word = "".join(slots[start:end])
    if len(word) < 2 or not word.isupper() or any(letter(c)[0] != "C" for c in word):
        return None
    return start if any(c not in numeral_letters() for c in word) else None


def _vowels(word: str) -> int:
    """How many vowel letters ``word`` holds (its syllables)."""
    return sum(c in CYRILLIC_VOWELS for c in word.lower())


def _syllable_word(slots: Sequence[str], end: int) -> int | None:
    """Where the word of Cyrillic capitals ending at ``end`` starts (:func:`_capitals_word`),
    when it is one syllable (one vowel letter: ПАК, ЧОН, not ЛЮДОВИК, ПАПА); else None."""
    start = _capitals_word(slots, end)
    if start is None or _vowels("".join(slots[start:end]).strip(_SPACES)) != 1:
        return None
    return start


@functools.cache
def _korean_surnames() -> frozenset[str]:
    """The Korean surnames of ``data/names/korean.toml`` [surnames] in capitals, as Russian
    writes them and with the Ukrainian І for И (КИМ, КІМ; ЛИ, ЛІ): the first word of a
    Korean name written a syllable a word."""
    table = load_toml("names", "korean.toml")["surnames"]
    caps = {str(c).upper() for spellings in table.values() for c in spellings}
    return frozenset(caps | {c.replace("И", "І") for c in caps})


def ends_capitals(slots: Sequence[str], a: int, b: int) -> bool:
    """Whether the word ``slots[a:b]`` is the last syllable of a name in capitals written a
    syllable a word, as Korean names are in Cyrillic (ПАК ЧОН ХІ, whose Хі is no XI): an open
    syllable (letters, then its one vowel: ХІ, not ХХ, ХІХ, ІІ), after two words of Cyrillic
    capitals of one syllable each, and either the first of them a Korean surname (ПАК ЧОН ХІ
    ПРИБУВ: any word may follow a name) or no word of capitals after it. One word before
    (ЛЮДОВИК ХІ, ГЛАВА ХІ), a word before of more syllables (КОРОЛЬ ЛЮДОВИК ХІ, ПАПА ПИЙ ХІ)
    or, after two words that are no name's (ВПЛОТЬ ДО ХІ ВЕКА, АЖ ДО ХІ СТОЛІТТЯ), a word
    after keeps it a numeral."""
    word = "".join(slots[a:b])
    if _vowels(word) != 1 or word[-1:].lower() not in CYRILLIC_VOWELS:
        return False
    if a == 0 or slots[a - 1] not in _SPACES:
        return False
    first = _syllable_word(slots, a)
    if first is None or first == 0 or slots[first - 1] not in _SPACES:
        return False
    name = _syllable_word(slots, first)
    if name is None:
        return False
    if "".join(slots[name:first]).strip(_SPACES) in _korean_surnames():
        return True
    after = b
    while after < len(slots) and slots[after] in _SPACES:
        after += 1
    end = after
    while end < len(slots) and slots[end].isalpha():
        end += 1
    return after == b or _capitals_word(slots, end) is None


@functools.cache
def _to_latin() -> dict[int, str]:
    return str.maketrans({c: _pairs()[1][c] for c in numeral_letters()})


@functools.cache
def _word_re() -> re.Pattern[str]:
    return re.compile(WORD)


@functools.cache
def numeral_runs() -> re.Pattern[str]:
    """Two or more of :func:`numeral_letters` in a row, characters without a glyph between
    them (script.INVISIBLE: a soft hyphen continues a word): where a word of them alone may be.

    >>> numeral_runs().findall("ХХ век, Х. Петров, Х\xadІ")
    ['ХХ', 'Х\xadІ']
    """
    n = numeral_letters()
    return re.compile(f"[{n}](?:[{INVISIBLE_CLASS}]*[{n}])+")


#: the characters :func:`numeral_beside` needs on each side of a cut (a word before it, two
#: after: a word of one syllable, as a name's are, and a numeral are far shorter)
NUMERAL_CONTEXT = 64


def numeral_beside(before: str, after: str) -> bool:
    """Whether a word of Roman-numeral look-alikes whose reading a cut of a line between
    ``before`` and ``after`` (the text on each side of a white-space run; more may follow
    ``after``) may change is near, or may be: the last word of ``before`` or one of the first
    two of ``after`` (:func:`ends_capitals` reads two words back and one on: ПАК ЧОН | ХІ would
    make a numeral of ХІ), the words ``after`` may go on to read counted as such.

    >>> numeral_beside("ПАК ", "ЧОН ХІ."), numeral_beside("ПАК ЧОН ", "ХІ."), numeral_beside("ХХ ", "век")
    (True, True, True)
    >>> numeral_beside("XX век ", "и тогда"), numeral_beside("ПАК ", "ЧОН Х"), numeral_beside("ПАК ", "ЧОН")
    (False, True, True)
    """
    runs, word = numeral_runs(), _word_or_cut_re()
    words = word.findall(before)[-1:]
    found = list(itertools.islice(word.finditer(after), 2))
    for m in found:
        if m.end() == len(after) and all(
            c in numeral_letters() or _is_invisible(c) for c in m.group()
        ):
            return True  # (it may go on to be one: Х | І)
    if not found or (len(found) < 2 and found[0].group().isupper()):
        return True  # (the word after a word of capitals is not read yet: ПАК ЧОН | ХІ)
    known = [m.group() for m in found if m.end() < len(after)]
    return any(runs.fullmatch(w) for w in [*words, *known])


def _is_invisible(c: str) -> bool:
    return c in INVISIBLE_CHARS


@functools.cache
def _word_or_cut_re() -> re.Pattern[str]:
    """A word, characters without a glyph inside it (Х\xadІ is one word)."""
    return re.compile(f"[{LETTERS}{INVISIBLE_CLASS}]+")


#: the longest word whose repair is memoised (a longer one is repaired on each call, so the
#: memo's size stays bounded whatever the input)
_MEMO_LONGEST = 64


def _fixed(word: str, lang: str | None = None) -> str | None:
    """The word with its look-alikes repaired, or None when the rule leaves it. The rule reads
    each cluster (a letter and its marks) in NFC; a cluster it changes is written as read, the
    others as they were (as ``normalize(form=None)`` writes them). The rule reads the word
    alone, so its answer is memoised (a text typed with a Latin і repeats its words)."""
    if len(word) > _MEMO_LONGEST:
        return _fixed_now(word, lang)
    return _fixed_memo(word, lang)


def _fixed_now(word: str, lang: str | None) -> str | None:
    if any(map(unicodedata.combining, word)) or not unicodedata.is_normalized("NFC", word):
        return _fixed_clusters(word, lang)
    # no mark and NFC: each cluster is one character, read as it is (_fixed_clusters' answer)
    slots = list(word)
    changed = False

    def put(i: int, new: str, _rule: str) -> None:
        nonlocal changed
        slots[i] = new
        changed = True

    repair_word(slots, 0, len(slots), put, lang)
    return "".join(slots) if changed else None


def _fixed_clusters(word: str, lang: str | None) -> str | None:
    starts = [i for i, c in enumerate(word) if i == 0 or not unicodedata.combining(c)]
    clusters = [word[a:b] for a, b in zip(starts, [*starts[1:], len(word)], strict=True)]
    slots: list[str] = []
    owner: list[int] = []
    for k, cluster in enumerate(clusters):
        nfc = unicodedata.normalize("NFC", cluster)
        slots.extend(nfc)
        owner.extend([k] * len(nfc))
    changed: set[int] = set()

    def put(i: int, new: str, _rule: str) -> None:
        slots[i] = new
        changed.add(owner[i])

    repair_word(slots, 0, len(slots), put, lang)
    if not changed:
        return None
    out: list[list[str]] = [[] for _ in clusters]  # (not str +=: a cluster of 10^5 marks)
    for k, slot in zip(owner, slots, strict=True):
        out[k].append(slot)
    return "".join("".join(out[k]) if k in changed else c for k, c in enumerate(clusters))


_fixed_memo = functools.lru_cache(maxsize=8192)(_fixed_now)


def repair(text: str, lang: str | None = None) -> str:
    """``text`` with the look-alikes of its mixed words repaired; every other character as
    it is (what ``translit.normalize(text, form=None, stress="keep", mojibake=False,
    lang=lang)`` gives). ``lang``: the text's language, where known.

    >>> repair("Пpивет Мocквa, iPhoneом, SMS-ка, PОА")
    'Привет Москва, iPhoneом, SMS-ка, РОА'
    >>> repair("ХIХ век, IХ съезд, ХVIII, ХI")
    'XIX век, IX съезд, XVIII, XI'
    >>> repair("ХХ век, ХХІ століття, ХХХХ, А’ІІ")
    'XX век, XXI століття, ХХХХ, А’ІІ'
    >>> repair("Знам`янка, ім‘я, Кам′янець, сім´я, Мар`іна; `код`, 5′")
    'Знам’янка, ім’я, Кам’янець, сім’я, Мар’іна; `код`, 5′'
    """
    hidden = invisible_at(text)
    if not hidden:
        return _repaired(text, lang)
    # the characters without a glyph (soft hyphens, joiners: script.INVISIBLE) continue a
    # word: the rule reads the text without them (Х\xadІ is the numeral XI, а\u200cХІ\u200cЄ
    # no numeral), and each goes back after the cluster it followed
    plain = drop_invisible(text)
    fixed = _repaired(plain, lang)
    return text if fixed == plain else _put_back(text, hidden, fixed)


def _repaired(text: str, lang: str | None) -> str:
    return _apostrophes_repaired(_numerals_repaired(_mixed_repaired(text, lang)))


def _put_back(text: str, hidden: list[int], fixed: str) -> str:
    """``fixed`` (``text`` less its invisible characters, at ``hidden``, repaired: a repair
    changes clusters, never their number) with each of them back where it was in ``text``:
    after the same cluster and as many of its combining marks (a cluster: a character and
    the combining marks after it; the first, marks with no letter before them).

    >>> _put_back("Х\xadІ", [1], "XI")
    'X\xadI'
    >>> _put_back("р\xad\u0301p", [1], "р\u0301р")  # (before the stress mark, as it was)
    'р\xad\u0301р'
    >>> _put_back("і\xad\u0308", [1], "ï")  # (a mark after it composed nowhere: hostile49)
    'i\xad\u0308'
    """
    gone = set(hidden)
    # clusters before -> (marks of that cluster before, the invisible characters there), ...
    after: dict[int, list[tuple[int, str]]] = {}
    total: dict[int, int] = {}  # clusters before -> the marks of that cluster in text
    clusters = marks = 0
    for at, c in enumerate(text):
        if at in gone:
            spots = after.setdefault(clusters, [])
            if spots and spots[-1][0] == marks:
                spots[-1] = (marks, spots[-1][1] + c)
            else:
                spots.append((marks, c))
        elif unicodedata.combining(c):
            marks += 1
            total[clusters] = marks
        else:
            clusters += 1
            marks = 0
    # a mark after such a character is its letter's to a reader, but nothing is composed
    # across it (NFC composes nothing there; normalize's rule reads the letter alone): a
    # cluster the repair wrote composed with it is written decomposed again
    cut = [k for k, spots in after.items() if k and spots[0][0] < total.get(k, 0)]
    if cut:
        fixed = _uncomposed(fixed, {k: total[k] for k in cut})
    out: list[str] = []
    clusters = marks = taken = 0
    spots = after.pop(0, [])
    for c in fixed:
        while taken < len(spots) and spots[taken][0] <= marks:
            out.append(spots[taken][1])
            taken += 1
        if unicodedata.combining(c):
            marks += 1
        else:  # (the cluster's last, past marks the repair took: ё for е and a diaeresis)
            out.extend(hid for _, hid in spots[taken:])
            clusters += 1
            spots, taken, marks = after.pop(clusters, []), 0, 0
        out.append(c)
    out.extend(hid for _, hid in spots[taken:])
    return text if after else "".join(out)  # (a cluster lost: never; the text kept)


def _uncomposed(text: str, want: dict[int, int]) -> str:
    """``text`` with the letter of each cluster ``k`` of ``want`` (a cluster: a character and
    the marks after it, counted from 1) decomposed, one canonical step at a time, until the
    cluster holds ``want[k]`` marks (or its letter decomposes no further)."""
    out: list[str] = []
    k = marks = 0
    for c in text:
        if unicodedata.combining(c):
            marks += 1
        else:
            _settle(out, want.get(k, 0) - marks)
            k += 1
            marks = 0
        out.append(c)
    _settle(out, want.get(k, 0) - marks)
    return "".join(out)


def _settle(out: list[str], missing: int) -> None:
    """Decompose the letter of the cluster that ends ``out`` while it lacks ``missing`` marks."""
    if missing <= 0:
        return
    at = len(out) - 1
    while at >= 0 and unicodedata.combining(out[at]):
        at -= 1
    while at >= 0 and missing > 0:
        parts = unicodedata.decomposition(out[at]).split()
        if len(parts) < 2 or parts[0].startswith("<"):  # (no canonical decomposition)
            return
        out[at : at + 1] = [chr(int(p, 16)) for p in parts]
        missing -= len(parts) - 1


def _numerals_repaired(text: str) -> str:
    """``text`` with its words of Cyrillic look-alikes of I V X L alone that are numerals in
    Latin letters (no such word is mixed: the other pass leaves them)."""
    word = _word_re()
    spans = (
        m.span()
        for m in numeral_runs().finditer(text)
        if not (m.start() and word.match(text, m.start() - 1, m.start()))
        and not word.match(text, m.end(), m.end() + 1)  # (not part of a longer word)
        and not _joined(text, m.start(), m.end())
        and not ends_capitals(text, m.start(), m.end())
    )
    return _spliced(text, spans)


def _mixed_repaired(text: str, lang: str | None) -> str:
    """``text`` with its mixed words repaired."""
    return _spliced(text, _mixed_words(text), lang)


def _mixed_words(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each word of ``text`` where a Latin and a Cyrillic letter touch."""
    seen = 0  # (text[:seen] is read)
    word = _word_re()
    backwards = ""  # text reversed, made at the first hit: a word's start is one match away
    n = len(text)
    for m in mixed_letters(True).finditer(text):
        s = m.start()
        if s < seen:
            continue
        if s > seen:  # back over the word's letters before the hit, no further than seen
            backwards = backwards or text[::-1]
            before = word.match(backwards, n - s, n - seen)
            if before is not None:
                s -= before.end() - before.start()
        found = word.match(text, s)
        assert found is not None  # (the hit's Latin letter is one)
        seen = found.end()
        yield s, seen


def _spliced(text: str, spans: Iterable[tuple[int, int]], lang: str | None = None) -> str:
    """``text`` with each word at ``spans`` (in order) as :func:`_fixed` repairs it."""
    out: list[str] = []
    done = 0  # (text[:done] is in out)
    for s, e in spans:
        fixed = _fixed(text[s:e], lang)
        if fixed is not None:
            out += (text[done:s], fixed)
            done = e
    if not out:
        return text
    out.append(text[done:])
    return "".join(out)
