"""Unicode script facts: which code points are Cyrillic, Latin letters or combining marks.

The one home of these ranges: every module that asks "is this Cyrillic?" imports them from
here (a test finds Cyrillic code point ranges in no other module). Each fact comes three ways,
built from the same numbers: ranges of code points, a regex character class, a predicate.

Sources: the Unicode Character Database, ``Blocks.txt`` (Cyrillic U+0400–04FF, Cyrillic
Supplement U+0500–052F, Cyrillic Extended-C U+1C80–1C8F, Cyrillic Extended-A U+2DE0–2DFF,
Cyrillic Extended-B U+A640–A69F, Cyrillic Extended-D U+1E030–1E08F: the modifier and
subscript letters of phonetic transcription, romanised as the letters they stand for) and the
general categories of ``UnicodeData.txt`` (a test checks the letter ranges below against
:mod:`unicodedata`).

    >>> is_cyrillic("Ж"), is_cyrillic("Z"), has_cyrillic("ROA (РОА)")
    (True, False, True)
    >>> from translit.script import CYRILLIC_RE
    >>> CYRILLIC_RE.findall("Щука, Ӕ, ꙗ")
    ['Щ', 'у', 'к', 'а', 'Ӕ', 'ꙗ']
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from typing import Any, AnyStr, Literal

from . import _datafiles as datafiles
from .errors import ParameterError, UnknownLanguageError, shown

__all__ = [
    "ALPHABET_LANGUAGES",
    "CYRILLIC_APOSTROPHE",
    "CYRILLIC_BLOCKS",
    "CYRILLIC_CLASS",
    "CYRILLIC_LETTERS",
    "CYRILLIC_LETTER_CLASS",
    "CYRILLIC_MARKS",
    "CYRILLIC_RE",
    "CYRILLIC_VOWELS",
    "DIACRITICS",
    "INVISIBLE",
    "LATIN_LETTERS",
    "LATIN_LETTER_CLASS",
    "LINE_END_RE",
    "MARKS",
    "MARK_CLASS",
    "NORMAL_FORMS",
    "ROMAN_CLASS",
    "ROMAN_RANGES",
    "STRESS_MARKS",
    "UNLETTERED",
    "WORD_APOSTROPHES",
    "Form",
    "Ranges",
    "alphabet",
    "char_class",
    "chars",
    "derive_unstable",
    "drop_invisible",
    "drop_stress",
    "has_cyrillic",
    "in_ranges",
    "invisible_at",
    "is_cyrillic",
    "line_ends",
    "line_start",
    "lone_cr",
    "marked_letters",
    "unstable",
    "unstable_section",
    "variant_letters",
    "vowels",
]

Ranges = tuple[tuple[int, int], ...]

#: The Cyrillic blocks, whole: letters, signs and combining marks, assigned or not.
CYRILLIC_BLOCKS: Ranges = (
    (0x0400, 0x052F),
    (0x1C80, 0x1C8F),
    (0x2DE0, 0x2DFF),
    (0xA640, 0xA69F),
    (0x1E030, 0x1E08F),
)

#: The cased Cyrillic letters (general category Lu or Ll) of this Python's Unicode tables.
CYRILLIC_LETTERS: Ranges = (
    (0x0400, 0x0481),
    (0x048A, 0x052F),
    (0x1C80, 0x1C88),
    (0xA640, 0xA66D),
    (0xA680, 0xA69B),
)

#: The combining marks of the Cyrillic blocks (titlo, palatalisation, the combining Cyrillic
#: letters of Extended-A, the Extended-B marks, with the two Slavonic signs among them).
CYRILLIC_MARKS: Ranges = ((0x0483, 0x0489), (0x2DE0, 0x2DFF), (0xA66F, 0xA67D), (0xA69E, 0xA69F))

#: Latin letters of the Basic Latin, Latin-1, Latin Extended-A/B, Extended Additional and
#: Extended-C blocks (the letters of every romanisation and of the texts around them).
LATIN_LETTERS: Ranges = (
    (0x41, 0x5A),
    (0x61, 0x7A),
    (0xC0, 0xD6),
    (0xD8, 0xF6),
    (0xF8, 0x24F),
    (0x1E00, 0x1EFF),
    (0x2C60, 0x2C7F),
)

#: The letters of romanised text as the engine and the reverser read it: Basic Latin,
#: Latin-1 to Latin Extended-B, Extended Additional, and the modifier primes ʹ ʺ (U+02B9/02BA)
#: that stand for the soft and hard signs.
ROMAN_RANGES: Ranges = ((0x41, 0x5A), (0x61, 0x7A), (0xC0, 0x24F), (0x1E00, 0x1EFF), (0x2B9, 0x2BA))

#: The modifier letter apostrophe (U+02BC), the apostrophe of Ukrainian and Belarusian as their
#: standards write it: a letter to Unicode (general category Lm), but in Cyrillic text a sign
#: between letters (мʼясо), as ' and ’ are there; alone, or at the edge of a word, it is a
#: quotation mark.
CYRILLIC_APOSTROPHE = "\u02bc"

#: The apostrophes Ukrainian and Belarusian write inside a word (мʼясо, м’ясо, м'ясо; об’єкт is
#: one word): the typewriter ', the typographic ’ (U+2019) and :data:`CYRILLIC_APOSTROPHE`.
WORD_APOSTROPHES = "'\u2019" + CYRILLIC_APOSTROPHE

#: The Combining Diacritical Marks block (U+0300–036F): the marks the engine's rules and case
#: restoration read inside a word (stress marks, diaeresis, breve…).
DIACRITICS: Ranges = ((0x0300, 0x036F),)

#: Combining marks of every block (and the soft hyphen, part of the word it splits).
MARKS: Ranges = (
    (0x00AD, 0x00AD),
    *DIACRITICS,
    CYRILLIC_MARKS[0],
    (0x1AB0, 0x1AFF),
    (0x1DC0, 0x1DFF),
    (0x20D0, 0x20FF),
    *CYRILLIC_MARKS[1:],
    (0xFE20, 0xFE2F),
)


#: Characters without a glyph that sit inside a word and never end it: the soft hyphen, the
#: zero-width non-joiner and joiner, the word joiner, the zero-width no-break space (U+FEFF
#: inside a text) and the variation selectors. Pasted from web pages, PDFs and keyboards; a
#: name or a term is the same word with or without them.
INVISIBLE: Ranges = (
    (0x00AD, 0x00AD),
    (0x200C, 0x200D),
    (0x2060, 0x2060),
    (0xFE00, 0xFE0F),
    (0xFEFF, 0xFEFF),
    (0xE0100, 0xE01EF),
)


def char_class(ranges: Ranges) -> str:
    r"""The inside of a regex character class for ``ranges``.

    >>> char_class(((0x41, 0x5A), (0x2B9, 0x2B9)))
    '\\U00000041-\\U0000005a\\U000002b9'
    """
    return "".join(f"\\U{a:08x}" if a == b else f"\\U{a:08x}-\\U{b:08x}" for a, b in ranges)


def in_ranges(ranges: Ranges, ch: str) -> bool:
    """Whether the character ``ch`` lies in one of ``ranges``.

    >>> in_ranges(CYRILLIC_LETTERS, "ё"), in_ranges(CYRILLIC_LETTERS, "\u0483")
    (True, False)
    """
    try:
        o = ord(ch)
    except TypeError:
        raise ParameterError(f"one character expected, not {ch!r:.40}") from None
    return any(a <= o <= b for a, b in ranges)


def chars(ranges: Ranges) -> list[str]:
    """Every code point of ``ranges``, in order (assigned or not).

    >>> "".join(chars(((0x430, 0x433),)))
    'абвг'
    """
    return [chr(cp) for a, b in ranges for cp in range(a, b + 1)]


#: Character class (inside ``[...]``) of the Cyrillic blocks.
CYRILLIC_CLASS = char_class(CYRILLIC_BLOCKS)
#: Character class of the cased Cyrillic letters.
CYRILLIC_LETTER_CLASS = char_class(CYRILLIC_LETTERS)
#: Character class of the Latin letters (:data:`LATIN_LETTERS`).
LATIN_LETTER_CLASS = char_class(LATIN_LETTERS)
#: Character class of the combining marks (:data:`MARKS`).
MARK_CLASS = char_class(MARKS)
#: The vowel letters of the Cyrillic alphabets, in small letters: the Slavic ones (Belarusian
#: ў, a non-syllabic u, is none) and the letters the Turkic, Tajik, Mongolian and Finno-Ugric
#: alphabets add (Kazakh ә ө ү ұ, Tajik ӣ ӯ, Altai and Mari ӧ ӱ ӓ ӹ, Udmurt ӥ, Chuvash ӑ ӗ ӳ):
#: what tells a word from a letter-by-letter acronym (Kyrgyz ЖҮРҮҮДӨ is a word), a declinable
#: acronym, a Belarusian ending after a consonant.
CYRILLIC_VOWELS = frozenset("аеёиоуыэюяіїєәөүұӣӯӧӱӓӹӥӑӗӳ")
#: The Cyrillic letters (lower case) a romanisation may write with no letter: the hard and soft
#: signs (ISO 9 ʺ ʹ, BGN/PCGN ” ’, or nothing) and the palochka (ISO 9, ODNI: nothing). Every
#: scheme writes each other letter of its language's alphabet with a letter
#: (tests/test_glossary_apply.py), so a romanisation holds one wherever its text holds such a
#: letter (glossary apply's wait for a text that can hold a romanisation).
UNLETTERED = frozenset("ъьӏ")
#: The letters one language reads as vowels beyond :data:`CYRILLIC_VOWELS`: Bulgarian ъ, the
#: vowel ă of тъй, път, дъжд (Bulgarian alphabet, "Ъ" in Wikipedia), a sign elsewhere.
_OWN_VOWELS = {"bg": "ъ"}
#: Character class of the romanised text's letters (:data:`ROMAN_RANGES`).
ROMAN_CLASS = char_class(ROMAN_RANGES)
#: One character of the Cyrillic blocks (compiled on first use, see :func:`__getattr__`: its
#: class of four ranges costs more to compile than the rest of this module).
CYRILLIC_RE: re.Pattern[str]


@cache
def _cyrillic_re() -> re.Pattern[str]:
    return re.compile(f"[{CYRILLIC_CLASS}]")


@cache
def _invisible_re() -> re.Pattern[str]:
    """A character of :data:`INVISIBLE` (compiled on first use)."""
    return re.compile(f"[{char_class(INVISIBLE)}]")


#: The combining marks a Russian, Ukrainian or Belarusian text writes a word's stress with (the
#: acute of dictionaries and textbooks; the grave of some), which no letter holds
STRESS_MARKS = "\u0301\u0300"


def drop_stress(text: str) -> str:
    """``text`` without its :data:`STRESS_MARKS`, in NFC (ё and й keep their marks).

    >>> drop_stress("Вла\u0301сов, Ёлка, Й"), drop_stress("Ё") == "Ё"
    ('Власов, Ёлка, Й', True)
    """
    if text.isascii():
        return text
    nfd = unicodedata.normalize("NFD", text)
    return unicodedata.normalize("NFC", nfd.replace("\u0301", "").replace("\u0300", ""))


def drop_marks(text: str) -> str:
    """``text`` decomposed (NFD) without any combining mark: accents, diaereses, carons,
    breves (é → e, ï → i, ě → e; й → и, ё → е too). The caller recomposes if it needs NFC.

    >>> drop_marks("Léon Müller, Věra, Ёж")
    'Leon Muller, Vera, Еж'
    """
    if text.isascii():
        return text
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def drop_invisible(text: str) -> str:
    """``text`` without its :data:`INVISIBLE` characters.

    >>> drop_invisible("Ель\u200dцин\ufe0f, Ель\xadцин")
    'Ельцин, Ельцин'
    """
    return _invisible_re().sub("", text)


def invisible_at(text: str) -> list[int]:
    """The offsets of the :data:`INVISIBLE` characters of ``text`` (empty: it has none).

    >>> invisible_at("Ель\u200dцин")
    [3]
    """
    return [m.start() for m in _invisible_re().finditer(text)]


def is_cyrillic(ch: str) -> bool:
    """Whether the character ``ch`` belongs to a Cyrillic block.

    >>> is_cyrillic("ї"), is_cyrillic("\u1c80"), is_cyrillic("i")
    (True, True, False)
    """
    return in_ranges(CYRILLIC_BLOCKS, ch)


def has_cyrillic(text: str) -> bool:
    """Whether ``text`` holds a character of a Cyrillic block.

    >>> has_cyrillic("Vlasov"), has_cyrillic("Власов")
    (False, True)
    """
    return _cyrillic_re().search(text) is not None


@cache
def _alphabets() -> dict[str, str]:
    return {k: v for k, v in datafiles.load_toml("alphabets.toml").items() if isinstance(v, str)}


@cache
def marked_letters(lang: str) -> tuple[str, ...]:
    """The letters of ``lang``'s alphabet written as a base letter and a combining mark, where
    Unicode has no precomposed Cyrillic letter (``[marked]`` of data/alphabets.toml): lower
    case, the mark after its letter as NFC leaves it; none for most languages.

    >>> marked_letters("rue")[0] == "о\u0302", marked_letters("ru")
    (True, ())
    """
    alphabet(lang)  # (an unknown language is an error here too)
    table = datafiles.load_toml("alphabets.toml").get("marked", {})
    return tuple(str(m) for m in table.get(lang, ()))


@cache
def variant_letters() -> dict[str, str]:
    """The letters of no alphabet that writers type for a letter of one, as its look-alike
    (``[variants]`` of data/alphabets.toml), each with that letter, lower case: the language
    decision reads them so (Kyrgyz чоӊ, en with tail, as чоң).

    >>> variant_letters()["ӊ"]
    'ң'
    """
    table = datafiles.load_toml("alphabets.toml").get("variants", {})
    return {str(k): str(v) for k, v in table.items()}


#: Languages whose alphabet :func:`alphabet` knows (``translit/data/alphabets.toml``, read on
#: first use).
ALPHABET_LANGUAGES: tuple[str, ...]


def __getattr__(name: str) -> Any:
    """:data:`ALPHABET_LANGUAGES`, from the data file, and :data:`CYRILLIC_RE` (made on first
    use, not at import)."""
    if name == "ALPHABET_LANGUAGES":
        return tuple(_alphabets())
    if name == "CYRILLIC_RE":
        return _cyrillic_re()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


@cache
def vowels(lang: str | None) -> frozenset[str]:
    """The vowel letters (small) of ``lang``'s words: :data:`CYRILLIC_VOWELS`, and the letters
    the language alone reads as vowels (Bulgarian ъ: ТЪЙ is a word, not an acronym).

    >>> "ъ" in vowels("bg"), "ъ" in vowels("ru"), vowels(None) == CYRILLIC_VOWELS
    (True, False, True)
    """
    return CYRILLIC_VOWELS | frozenset(_OWN_VOWELS.get(lang or "", ""))


def alphabet(lang: str) -> str:
    """The lowercase letters of the Cyrillic alphabet of ``lang``, in alphabetical order.

    >>> alphabet("uk")[:8], len(alphabet("ru"))
    ('абвгґдеє', 33)
    """
    try:
        return _alphabets()[lang]
    except KeyError:
        raise UnknownLanguageError(lang, tuple(_alphabets())) from None


#: The basic Cyrillic block's letters (Ѐ to џ: Russian, the Slavic languages, Ѐ ѝ)
BASIC_CYRILLIC: Ranges = ((0x0400, 0x045F),)


@cache
def written_letters() -> frozenset[str]:
    """The basic block's letters and every letter of the alphabets :func:`alphabet` knows, in
    both cases: the Cyrillic letters a modern language writes (a reading that gives others, Ԧ
    or Ꙗ, is no language's text).

    >>> "ґ" in written_letters(), "Ә" in written_letters(), "Ԧ" in written_letters()
    (True, True, False)
    """
    letters = "".join(_alphabets().values())
    return frozenset(letters + letters.upper() + "".join(chars(BASIC_CYRILLIC)))


#: Where a line ends, the one rule of every report that names a line or counts lines (error
#: messages and skipped records of every command and route, ``normalize --report``, ``glossary
#: apply``'s listing, ``detect``'s rows, a run's line counts): at LF, CRLF or a CR alone (an
#: old Mac's files). ``str.splitlines`` also ends lines at a form feed, NEL, U+2028…, which
#: no text file uses so; ``wc -l`` counts LF alone, so an old-Mac file was one line there.
LINE_END_RE = re.compile("\r\n?|\n")


_LONE_CR = re.compile("\r(?!\n)")
_LONE_CR_BYTES = re.compile(b"\r(?!\n)")


def line_ends(text: AnyStr, start: int = 0, end: int | None = None) -> int:
    r"""How many lines end in ``text[start:end]`` (:data:`LINE_END_RE`: a CRLF is one). A range
    that ends between the CR and the LF of a CRLF counts that CR as a line end: cut a text
    for counting at a line end, never inside one.

    >>> line_ends("a\nb\r\nc\rd"), line_ends(b"a\r\r\n"), line_ends("a\r\nb", 0, 2)
    (3, 2, 1)
    """
    stop = len(text) if end is None else end
    if isinstance(text, str):
        n = text.count("\n", start, stop)
        if text.find("\r", start, stop) < 0:  # (a memchr: most text has no CR; counting the
            return n  # CRLFs cost a CRLF file's blocks a fifth of their conversion)
        return n + sum(1 for _ in _LONE_CR.finditer(text, start, stop))
    n = text.count(b"\n", start, stop)
    if text.find(b"\r", start, stop) < 0:
        return n
    return n + sum(1 for _ in _LONE_CR_BYTES.finditer(text, start, stop))


def lone_cr(text: str) -> bool:
    r"""Whether ``text`` holds a CR that is no part of a CRLF (an old Mac's line end).

    >>> lone_cr("a\r\nb"), lone_cr("a\rb")
    (False, True)
    """
    return "\r" in text and _LONE_CR.search(text) is not None


def line_start(text: str, at: int) -> int:
    r"""Where the line holding ``text[at]`` starts (after the last line end before ``at``).

    >>> line_start("ab\rcd\r\nef", 8), line_start("ab\rcd", 4)
    (7, 3)
    """
    return max(text.rfind("\n", 0, at), text.rfind("\r", 0, at)) + 1


#: A Unicode normalisation form.
Form = Literal["NFC", "NFD", "NFKC", "NFKD"]
#: The Unicode normalisation forms (:func:`unstable`, :func:`translit.normalize`'s ``form``).
NORMAL_FORMS: tuple[Form, ...] = ("NFC", "NFD", "NFKC", "NFKD")


#: the data file holding :func:`derive_unstable` for the Unicode versions of Pythons 3.11 and later
UNSTABLE_FILE = "unstable.toml"


@cache
def unstable(form: Form) -> Ranges:
    """The code points that can make a text change under the normalisation ``form``; a text
    holding none of them is in that form already (most text: ASCII, Cyrillic, Latin letters
    without combining marks), so only the pieces around them need ``unicodedata``'s check.
    What :func:`derive_unstable` finds for the Unicode version of this Python's
    :mod:`unicodedata`, read from ``data/unstable.toml`` when that holds the version (deriving
    costs 10 ms of a process's start, as much as converting a megabyte; a test checks the
    file against the derivation), else derived. Cached.

    >>> nfc, nfd = unstable("NFC"), unstable("NFD")
    >>> [in_ranges(nfc, c) for c in "\u0301й\u212b\u1161"], in_ranges(nfd, "й")
    ([True, False, True, True], True)
    """
    _want_form(form)
    shipped = datafiles.load_toml(UNSTABLE_FILE).get(unicodedata.unidata_version)
    if shipped is None:
        return derive_unstable(form)
    return (*(_hex_range(r) for r in shipped[form].split()), (0x10000, 0x10FFFF))


def _want_form(form: str) -> None:
    if form not in NORMAL_FORMS:
        raise ParameterError(f"`form` must be one of {', '.join(NORMAL_FORMS)}, not {shown(form)}")


def _hex_range(text: str) -> tuple[int, int]:
    a, _, b = text.partition("-")
    return int(a, 16), int(b or a, 16)


def unstable_section() -> str:
    """:func:`derive_unstable` for this Python's Unicode version, every form, as a section of
    ``data/unstable.toml``: each range of the Basic Multilingual Plane in hex (``0300-034E``,
    ``0374``). To add a version, run this under a Python that has it and append what it prints.

    >>> unstable_section().splitlines()[1]
    "NFC = '''"
    """
    out = [f'["{unicodedata.unidata_version}"]']
    for form in NORMAL_FORMS:
        ranges = [r for r in derive_unstable(form) if r[1] < 0x10000]
        hexes = [f"{a:04X}" if a == b else f"{a:04X}-{b:04X}" for a, b in ranges]
        out += [f"{form} = '''", *(" ".join(hexes[i : i + 10]) for i in range(0, len(hexes), 10))]
        out.append("'''")
    return "\n".join(out) + "\n"


def derive_unstable(form: Form) -> Ranges:
    """The code points that can make a text change under the normalisation ``form``, from
    this Python's :mod:`unicodedata` (:func:`unstable` reads them from the data where it can).
    holding none of them is in that form already (most text: ASCII, Cyrillic, Latin letters
    without combining marks), so only the pieces around them need ``unicodedata``'s check.

    They are the combining marks (canonical class not 0: reordered, composed), the characters
    ``form`` changes on their own (singletons such as U+212B, composition exclusions,
    precomposed letters under NFD/NFKD, compatibility characters under NFKC/NFKD) and, for NFC
    and NFKC, every character that composes with one before it (the second of a canonical
    decomposition, Hangul vowel and final jamo; with the few that follow the first in a
    decomposition NFC never composes, Tibetan U+0FB5 and U+0FB7): the characters whose
    normalisation quick check is not Yes, and the combining marks. Derived from :mod:`unicodedata` on first use for the
    Basic Multilingual Plane (a few milliseconds: each character between two combining marks,
    a block at a time, only the blocks whose decomposed form differs read character by
    character); every code point above it is counted in without reading (rare in text: a text
    holding one is checked around it).

    >>> derive_unstable("NFC")[:2]
    ((768, 846), (848, 879))
    """
    _want_form(form)
    composes = form in ("NFC", "NFKC")
    probe: Form = "NFKD" if form in ("NFKC", "NFKD") else "NFD"
    n = 0x10000
    # every BMP code point c as U+0315 c U+0334 (combining classes 232 and 1), in UTF-16: the
    # probe form reorders or decomposes a block of these exactly where a c is a combining mark
    # or decomposes (the surrogates, which UTF-16 cannot hold alone, as U+0315 U+0334 U+0334,
    # and read one by one below)
    units = bytearray(6 * n)
    units[0::6] = b"\x15" * n
    units[1::6] = b"\x03" * n
    units[2::6] = bytes(range(256)) * 256
    units[3::6] = b"".join(bytes([high]) * 256 for high in range(256))
    units[4::6] = b"\x34" * n
    units[5::6] = b"\x03" * n
    units[6 * 0xD800 + 2 : 6 * 0xE000 : 6] = b"\x34" * 0x800
    units[6 * 0xD800 + 3 : 6 * 0xE000 : 6] = b"\x03" * 0x800
    probes = units.decode("utf-16-le")
    found: set[int] = set()

    def read(a: int, b: int) -> None:  # the characters a to b one by one, into found
        # each between line ends, so that one call normalises every one on its own (a line end
        # is no part of any normalisation; it is in no block that differs)
        chars = [chr(cp) for cp in range(a, b) if cp != 0x0A]
        joined = "\n".join(chars)
        formed = unicodedata.normalize(form, joined).split("\n")
        classes = map(unicodedata.combining, chars)
        found.update(ord(c) for c, f, k in zip(chars, formed, classes, strict=True) if k or f != c)
        if composes:  # what composes with a character before it: the later characters of a
            # decomposition (the second of a canonical pair never decomposes: a test checks it)
            later = unicodedata.normalize("NFD", joined).split("\n")
            found.update(map(ord, "".join(d[1:] for d in later)))

    read(0xD800, 0xE000)  # (a block at a time, not all at once: a few MB less at the peak)
    todo = [(0, n)]
    while todo:
        a, b = todo.pop()
        if unicodedata.is_normalized(probe, probes[3 * a : 3 * b]):
            continue
        if b - a > 64:
            todo += [(a, (a + b) // 2), ((a + b) // 2, b)]
        else:
            read(a, b)
    ranges: list[tuple[int, int]] = []
    for cp in sorted(found):
        if ranges and ranges[-1][1] == cp - 1:
            ranges[-1] = (ranges[-1][0], cp)
        else:
            ranges.append((cp, cp))
    return (*ranges, (0x10000, 0x10FFFF))
