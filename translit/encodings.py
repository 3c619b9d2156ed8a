"""Reading bytes as text: UTF-8/16/32 by their marks, legacy Cyrillic encodings by plausibility.

:func:`detect_encoding` names the Python codec of a byte string and :func:`decode` reads it.
Supported: UTF-8 with or without BOM, UTF-16 and UTF-32 with BOM (UTF-16 without BOM when the
zero bytes show it), windows-1251 (cp1251), KOI8-R, KOI8-U, CP866, ISO-8859-5, MacCyrillic, and
windows-1252 for Western European text.

How the guess is made:

1. a byte-order mark decides (UTF-32, UTF-8, UTF-16); pure ASCII is ``ascii``; bytes that are
   valid UTF-8 are ``utf-8`` (legacy 8-bit Cyrillic text practically never is);
2. otherwise every candidate 8-bit encoding decodes the bytes (each byte is one character, so
   each decoding is a permutation of the same text) and the most plausible decoding wins. A
   decoding scores the log-frequency of each non-ASCII character it produces (Cyrillic letters
   by their frequency in Russian, capitals ten times rarer, the letters of the other Cyrillic
   languages, common punctuation and Western accented letters moderately likely, anything else -
   box drawing, control codes, rare symbols - nearly impossible), minus penalties for pairs real
   text almost never has: a lowercase Cyrillic letter followed by a capital (KOI8 read as
   cp1251 gives ``пРИВЕТ``), a Cyrillic letter touching a Latin one (French cp1252 read as
   cp1251 gives ``Armйe``), closing punctuation glued before a letter (cp1251 read as
   MacCyrillic gives ``–усская``). Ties go to the more common encoding (cp1251, then KOI8-R, …);
3. only when no Cyrillic or Western decoding is plausible is charset-normalizer asked (other
   scripts: Greek, CJK…), and if it has no answer either the bytes are an :class:`EncodingError`.

charset-normalizer alone was measured first (``bench/encoding_accuracy.py``): it reads one-line
pieces of Cyrillic text right only 46-93 % of the time depending on the encoding, and 10-line
KOI8 pieces 91 %; the scorer above is the Cyrillic-specific tie-break the issue asks for. The
letter frequencies and penalties are data (``translit/data/encodings.toml``).

    >>> text = "Русская освободительная армия"
    >>> detect_encoding(text.encode("koi8_r"))
    'koi8-r'
    >>> decode(text.encode("cp866")) == text
    True
"""

from __future__ import annotations

import codecs
import itertools
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator
from functools import cache, cached_property
from typing import Any

from . import _datafiles as datafiles
from .engine.native import FIRST_OF, char_table, is_normal
from .errors import BINARY_ADVICE, EncodingError, shown, want_bytes, want_str
from .script import CYRILLIC_LETTER_CLASS, alphabet, has_cyrillic, is_cyrillic, written_letters

__all__ = [
    "CANDIDATES",
    "bom_encoding",
    "decode",
    "detect_encoding",
    "mojibake_edits",
    "repair_mojibake",
]

_SAMPLE = 1 << 16  # bytes whose letter pairs and runs are scored for an 8-bit guess
_HIST = 1 << 22  # bytes whose characters are counted
# byte patterns as strings: re compiles them on first use (an encoding to guess), not at import
_HIGH_RUN = rb"[\x80-\xff]{2,}"
_ASCII_TOUCH = rb"(?=([A-Za-z][\x80-\xff]|[\x80-\xff][A-Za-z]))"
_ASCII = bytes(range(128))
_CONTROL = rb"[\x00-\x08\x0e-\x19\x1c-\x1f\x7f]"
#: three Cyrillic letters (U+0400-U+04FF) in a row written in UTF-8: no legacy code page gives
#: these bytes in text (cp1251 would read a capital Р-У and a sign in turn, three times)
_UTF8_WORD = rb"(?:[\xd0-\xd3][\x80-\xbf]){3}"
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


class _Model:
    """Per-character log-probabilities and pair penalties, from ``data/encodings.toml``."""

    def __init__(self, raw: dict[str, Any]) -> None:
        sc = raw["scoring"]
        self.candidates: list[str] = list(raw["candidates"])
        caps = math.log(sc["capitals"])
        logp: dict[str, float] = {}
        for table in (raw["letters"]["ru"], raw["letters"]["other"]):
            for ch, pct in table.items():
                logp[ch] = math.log(pct / 100)
                logp.setdefault(ch.upper(), math.log(pct / 100) + caps)
        lat = raw["letters"]["latin"]
        for ch in lat["chars"]:
            logp.setdefault(ch, math.log(lat["percent"] / 100))
        for ch, pct in sc["punctuation"].items():
            logp.setdefault(ch, math.log(pct / 100))
        self.logp = logp
        self.prior: dict[str, float] = dict(raw["prior"])
        self.alphabets = [frozenset(alphabet(lang)) for lang in raw["alphabets"]["languages"]]
        self.foreign = sc["foreign_letter"]
        runs = raw["runs"]
        self.consonant_re = re.compile(
            f"[{runs['consonants']}]{{{runs['consonant_run']},}}", re.IGNORECASE
        )
        self.vowel_re = re.compile(f"[{runs['vowels']}]{{{runs['vowel_run']},}}", re.IGNORECASE)
        self.consonant_run = runs["consonant_penalty"]
        self.vowel_run = runs["vowel_penalty"]
        self.other = math.log(sc["other_percent"] / 100)
        self.case_break = sc["case_break"]
        self.script_break = sc["script_break"]
        self.glued = sc["glued_punctuation"]
        self.closing = frozenset(sc["closing_punctuation"])
        self.tables: dict[str, list[str | None]] = {}
        for name in self.candidates:
            row: list[str | None] = []
            for b in range(128, 256):
                try:
                    row.append(bytes([b]).decode(name))
                except UnicodeDecodeError:
                    row.append(None)
            self.tables[name] = row
        # per code page and high byte: does it read as a Cyrillic character (letter)?
        self.cyr = {n: [c is not None and _cyr(c) for c in r] for n, r in self.tables.items()}

    def score(self, name: str, sample: bytes) -> float | None:
        """Plausibility of ``sample`` read in ``name`` (None: it does not decode)."""
        return self.score_features(name, _features(sample), sample)

    def bound(self, name: str, hist: Counter[int]) -> float:
        """The most :meth:`score_features` can give with this histogram: its prior and letters
        (every other term is a penalty), to skip a reading that cannot win (-inf: no reading).

        >>> m = _model(); data = "Власов".encode("cp1251"); feats = _features(data)
        >>> m.bound("cp1251", feats[0]) >= m.score_features("cp1251", feats, data)
        True
        """
        row, logp, other = self.tables[name], self.logp, self.other
        total = self.prior.get(name, 0.0)
        for b, n in hist.items():
            ch = row[b - 128]
            if ch is None:
                return -math.inf
            total += n * logp.get(ch, other)
        return total

    def score_features(self, name: str, feats: _Features, sample: bytes) -> float | None:
        try:
            text = sample.decode(name)
        except UnicodeDecodeError:
            return None
        row, cyr = self.tables[name], self.cyr[name]
        hist, pairs, touches = feats
        total = self.prior.get(name, 0.0)
        logp, other = self.logp, self.other
        letters: Counter[str] = Counter()
        for b, n in hist.items():
            ch = row[b - 128]
            if ch is None:
                return None
            total += n * logp.get(ch, other)
            if cyr[b - 128] and ch.isalpha():
                letters[ch.lower()] += n
        if letters:
            total -= self.foreign * min(
                sum(n for ch, n in letters.items() if ch not in alphabet)
                for alphabet in self.alphabets
            )
        for (b1, b2), n in pairs.items():
            c1, c2 = row[b1 - 128], row[b2 - 128]
            if c1 is None or c2 is None:
                continue
            if cyr[b1 - 128] and cyr[b2 - 128] and c1.islower() and c2.isupper():
                total -= n * self.case_break
            elif c1 in self.closing and c2.isalpha():
                total -= n * self.glued
        for b, n in touches.items():
            ch = row[b - 128]
            if cyr[b - 128] and ch is not None and ch.isalpha():
                total -= n * self.script_break
        if letters:
            total -= self.consonant_run * len(self.consonant_re.findall(text))
            total -= self.vowel_run * len(self.vowel_re.findall(text))
        return total


_Features = tuple[Counter[int], Counter[tuple[int, int]], Counter[int]]


_cyr = is_cyrillic  # (the legacy code pages decode to U+0400-04FF only)


def _features(sample: bytes, data: bytes | None = None) -> _Features:
    """High-byte histogram (of up to 4 MB of ``data``: one letter far into a file can tell
    KOI8-U from KOI8-R), high-byte pairs inside words and high bytes touching ASCII letters (of
    ``sample``)."""
    hist = Counter((sample if data is None else data[:_HIST]).translate(None, _ASCII))
    pairs: Counter[tuple[int, int]] = Counter()
    for run in re.findall(_HIGH_RUN, sample):
        pairs.update(itertools.pairwise(run))
    touches: Counter[int] = Counter()
    for pair in re.findall(_ASCII_TOUCH, sample):
        touches[pair[1] if pair[0] < 128 else pair[0]] += 1
    return hist, pairs, touches


@cache
def _model() -> _Model:
    return _Model(datafiles.load_toml("encodings.toml"))


#: The 8-bit encodings :func:`detect_encoding` chooses between, most common first (from the
#: data file, read on first use: UTF-8 and ASCII input never needs the model).
CANDIDATES: tuple[str, ...]


def __getattr__(name: str) -> Any:
    """:data:`CANDIDATES`, from the model (built on first use, not at import)."""
    if name == "CANDIDATES":
        return tuple(_model().candidates)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _canonical(name: str) -> str:
    return codecs.lookup(name).name


def _unicode_without_bom(data: bytes) -> str | None:
    r"""``utf-32-le``/``-be`` when the top two bytes of most 4-byte code units are zero (text
    of the Basic Multilingual Plane, where every alphabet is), else ``utf-16-le``/``-be``
    when zero bytes fall on one side of most code units; a reading that fails or gives
    control characters (a NUL of the other width) is none.

    >>> _unicode_without_bom("Щука".encode("utf-32-be")), _unicode_without_bom(b"a\x00b\x00")
    ('utf-32-be', 'utf-16-le')
    """
    if len(data) < 4:
        return None
    # (whole code units only, and a character cut at the end held back: a file cut short in
    # its last unit or pair, a stray byte at its end, is still that encoding, and decoding it
    # reports the cut at its line; judged on the bytes as given, such a file of UTF-16 was
    # ASCII or a code page, its NULs and 04 bytes written out, exit 0)
    names: list[str] = []
    units = data[: len(data) - len(data) % 4]
    for name, plane in (("utf-32-le", units[2::4]), ("utf-32-be", units[1::4])):
        if plane.count(0) >= 0.9 * len(plane):
            names.append(name)
    units = data[: len(data) - len(data) % 2]
    for name, high in (("utf-16-le", units[1::2]), ("utf-16-be", units[0::2])):
        if high.count(0) + high.count(4) >= 0.6 * len(high):
            names.append(name)
    for name in names:
        try:
            text = codecs.getincrementaldecoder(name)().decode(data)  # (not final)
        except UnicodeDecodeError:
            continue
        if not any(c < " " and c not in "\t\n\r\f" for c in text):
            return name
    return None


def _no_zeros(data: bytes) -> None:
    """An :class:`EncodingError` when zero bytes are more than half of ``data``'s sample (no
    UTF-16 or UTF-32 explained them): NUL bytes alone are ASCII and valid UTF-8, so
    ``/dev/zero`` and a file of zeros (a disk image, a preallocated file) were converted as
    text, ``/dev/zero`` without end. A NUL here and there in text is kept, as any character is.

    >>> _no_zeros(b"ab" + bytes(10))
    Traceback (most recent call last):
    ...
    translit.errors.EncodingError: binary data (zero bytes), not text; leave the file out of the run (a tree: `globs` picks its text files), or, if it is text, name its `encoding`
    >>> _no_zeros("Щу".encode() + bytes(1))
    """
    sample = data[:_SAMPLE]
    if sample.count(0) * 2 > len(sample):
        raise EncodingError("binary data (zero bytes), not text", advice=BINARY_ADVICE)


def _mostly_utf8(data: bytes) -> bool:
    """Whether ``data`` is UTF-8 text with a few invalid bytes (not a legacy code page).

    Legacy Cyrillic code pages almost never form valid multi-byte UTF-8 sequences (a cp1251
    line is nearly all invalid bytes), so text with at least twice as many valid non-ASCII
    characters as invalid bytes, or with one Cyrillic word in UTF-8 (:data:`_UTF8_WORD`), is
    damaged UTF-8; reading it as cp1251 or ISO-8859-5 would turn every letter into mojibake.
    Read as UTF-8, each bad byte is an error at its line (or replaced, as ``errors`` says).

    >>> _mostly_utf8("Щука, café".encode() + b" caf\\xe9" * 3)
    True
    """
    sample = data[:_SAMPLE]
    if re.search(_UTF8_WORD, sample):  # a UTF-8 word among bad bytes: a few were Latin-1 (café),
        return True  # read as cp1252 it turned every Cyrillic letter into mojibake
    text = sample.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    good = sum(1 for c in text if ord(c) > 0x7F) - bad
    return good >= 2 and 2 * bad <= good


def bom_encoding(data: bytes) -> str | None:
    """The codec a byte-order mark at the start of ``data`` names (``utf-8-sig``, ``utf-16``,
    ``utf-32``: each takes the mark off when decoding), else None. The one place BOMs are known.

    >>> bom_encoding(codecs.BOM_UTF16_LE + "Я".encode("utf-16-le"))
    'utf-16'
    >>> bom_encoding(codecs.BOM_UTF32_LE), bom_encoding(b"\\xef\\xbb\\xbfx"), bom_encoding(b"x")
    ('utf-32', 'utf-8-sig', None)
    """
    for bom, name in _BOMS:  # UTF-32 LE first: its mark starts with UTF-16 LE's
        if data.startswith(bom):
            return name
    return None


def detect_encoding(data: bytes) -> str:
    """Name (a Python codec name) of the encoding ``data`` is most probably in.

    Raises :class:`~translit.errors.EncodingError` for binary data (zero bytes or control codes
    in bytes that are not UTF-8 and that no text encoding explains).

    >>> detect_encoding("Власов".encode("utf-8"))
    'utf-8'
    >>> detect_encoding("Власов и РОА".encode("cp1251"))
    'cp1251'
    >>> detect_encoding(b"plain")
    'ascii'
    """
    data = want_bytes(data, "detect_encoding()")
    by_bom = bom_encoding(data)
    if by_bom:
        return by_bom
    if data.isascii():  # (UTF-16 LE of a Cyrillic word without a space: bytes 04 and no 00)
        utf16 = b"\x00" in data or b"\x04" in data
        found = _unicode_without_bom(data) if utf16 else None
        if found is None:
            _no_zeros(data)
        return found or "ascii"
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start >= len(data) - 3 and exc.reason == "unexpected end of data":
            # a cut in the middle of the last character (of UTF-16 cut in a surrogate pair,
            # whose first half, d8-db, begins a UTF-8 letter too, when zero bytes show it)
            wide = _unicode_without_bom(data) if b"\x00" in data[:_SAMPLE] else None
            return wide or "utf-8"
        if _mostly_utf8(data):
            return "utf-8"  # a few bad bytes in UTF-8 text: decoding reports them, line and all
    else:
        _no_zeros(data)
        return "utf-8"
    sample = data[:_SAMPLE]
    if b"\x00" in sample:
        wide = _unicode_without_bom(data)
        if wide:
            return wide
        raise EncodingError("binary data (zero bytes), not text", advice=BINARY_ADVICE)
    if len(re.findall(_CONTROL, sample)) > 0.05 * len(sample):
        raise EncodingError("binary data (control codes), not text", advice=BINARY_ADVICE)
    model = _model()
    feats = _features(sample, data)
    best_name, best = None, -math.inf
    for name in model.candidates:
        score = model.score_features(name, feats, sample)
        if score is not None and score > best:
            best_name, best = name, score
    high = sum(feats[0].values())
    if best_name is None or best < high * 0.5 * model.other:
        guess = _charset_normalizer(data)
        # (a UTF-16 or UTF-32 guess for bytes without a zero byte reads them as CJK: a line of
        # UTF-8 with two bad bytes came out as 'ꃐ탿킞ₐૐ'; UTF-16 of Cyrillic has its 04 bytes)
        if (
            guess
            and guess.replace("_", "-").startswith(("utf-16", "utf-32"))
            and b"\x00" not in sample
        ):
            guess = None
        if guess is not None:
            return guess
        if best_name is None:
            raise EncodingError("no supported encoding reads these bytes")
    return _canonical(best_name)


#: How much better (natural log) another code page must read a sample than the declared one
#: for :func:`misread` to name it: in all (a line of text carries tens of points, see
#: data/encodings.toml) and per non-ASCII byte. Measured (resume36) on ../shared/corpus
#: (UD sentences ru uk be bg mk kk ky): a right declaration trails the best reading by at most
#: 0.5 (KOI8-R's prior over KOI8-U, which read Russian alike) or 5.4 (three bytes in all); a
#: wrong one that misreads at least a tenth of the bytes, by at least 9.8 and 0.45 per byte.
_MISREAD_MARGIN = 8.0
_MISREAD_PER_BYTE = 0.25


def misread(data: bytes, encoding: str) -> tuple[str, int] | None:
    """When ``data`` decoded as the declared 8-bit ``encoding`` reads as mojibake that another
    code page reads right: that code page (a Python codec name, ``utf-8`` for UTF-8 bytes) and
    the line (from 1) of the first character the two read apart; else None. Only the sample
    (the first 64 KiB) is looked at; an encoding the scorer does not know is never doubted.

    >>> misread("Андрей Власов\\n".encode("cp1251"), "koi8-r")
    ('cp1251', 1)
    >>> misread("Андрей Власов\\n".encode("koi8-r"), "koi8-r") is None
    True
    """
    data = want_bytes(data, "misread()")
    try:
        declared = _canonical(encoding)
    except (LookupError, ValueError):
        return None
    model = _model()
    names = {_canonical(n): n for n in model.candidates}
    if declared not in names:
        return None
    sample = data[:_SAMPLE]
    if sample.isascii():
        return None
    if _mostly_utf8(sample):  # (a Cyrillic word in UTF-8, or few bad bytes among many good)
        better = "utf-8"
    else:
        feats = _features(sample, data)
        scores = {n: model.score_features(n, feats, sample) for n in model.candidates}
        own = scores[names[declared]]
        read = {n: v for n, v in scores.items() if v is not None}
        if own is None or not read:
            return None
        best = max(read, key=read.__getitem__)
        gap = read[best] - own
        if gap < max(_MISREAD_MARGIN, _MISREAD_PER_BYTE * sum(feats[0].values())):
            return None
        better = _canonical(best)
    for run in re.finditer(rb"[\x80-\xff]+", sample):
        if run[0].decode(declared, "replace") != run[0].decode(better, "replace"):
            return better, sample.count(b"\n", 0, run.start()) + 1
    return None


def _charset_normalizer(data: bytes) -> str | None:
    from charset_normalizer import from_bytes

    match = from_bytes(data[: _SAMPLE * 4]).best()
    if match is None:
        return None
    try:
        return _canonical(match.encoding)
    except LookupError:  # pragma: no cover - charset-normalizer names Python codecs
        return None


def decode(data: bytes, encoding: str = "auto") -> str:
    """Decode ``data``: ``encoding="auto"`` detects it (:func:`detect_encoding`), any other value
    is a Python codec name (``cp1251``, ``koi8-r``, ``utf-8``…). A byte-order mark is removed.

    Raises :class:`~translit.errors.EncodingError` for an unknown encoding name, bytes that are
    not valid in the named encoding (with the offset of the first bad byte) and binary data.

    >>> decode("Власов".encode("cp1251"))
    'Власов'
    >>> decode(b"\\xc2\\xeb\\xe0\\xf1\\xee\\xe2", encoding="windows-1251")
    'Власов'
    """
    data = want_bytes(data, "decode()")
    if not isinstance(encoding, str):  # (codecs said "lookup() argument must be str")
        raise TypeError(f"decode() takes `encoding` as a str, not {type(encoding).__name__}")
    if encoding == "auto":
        name = detect_encoding(data)
    else:
        try:
            name = _canonical(encoding)
        except (LookupError, ValueError):  # ValueError: a NUL or a lone surrogate in the name
            raise EncodingError(f"unknown encoding {shown(encoding)}") from None
        if name == "utf-8" and data.startswith(codecs.BOM_UTF8):
            name = "utf-8-sig"
        elif name in ("utf-16-le", "utf-16-be") and data[:2] in (
            codecs.BOM_UTF16_LE,
            codecs.BOM_UTF16_BE,
        ):
            name = "utf-16"
    try:
        return data.decode(name)
    except UnicodeDecodeError as exc:
        raise EncodingError(f"not valid {name}", encoding=name, offset=exc.start) from None
    except (LookupError, TypeError, UnicodeError):  # not a text encoding ('hex', 'undefined')
        raise EncodingError(f"{encoding!r} is not a text encoding") from None


# --- mojibake: text decoded with the wrong encoding and saved so ---------------------------------

#: runs between ASCII white space: a UTF-8 character never holds an ASCII byte, so each run of
#: mojibake is one or more whole characters
_TOKEN = re.compile(r"[^\t\n\v\f\r \x00]+")
_HOLE = "\ufffd"  # a byte the wrong reading did not define, replaced: one lost byte
_ROUNDS = 3  # text misread twice (UTF-8 -> cp1252 -> UTF-8 -> cp1252) is repaired in two


class _Screen:
    """The quick test before any other: characters that misread Cyrillic has and sound Cyrillic
    text seldom (Latin-1 letters, C1 controls, box drawing, and the data's ``signs``), and a
    capital after a small letter (KOI8-R read as windows-1251: пРИВЕТ). Text that has neither
    holds no mojibake; only text that has one pays for the readings' tables (:class:`_Mojibake`:
    a few milliseconds, once per process, which every ``translit romanize`` paid at start-up)."""

    def __init__(self, raw: dict[str, Any]) -> None:
        signs = raw["mojibake"]["signs"]
        self._sign_class = "\u00c0-\u00ff\u0080-\u009f\u2500-\u257f" + re.escape(signs)
        # (the C bitmap scan of the signs, where the engine is built: their regex class, whose
        # compiling cost more than the rest of a small run's screen, waits for text that needs
        # the detailed scans)
        ranges = [(0xC0, 0xFF), (0x80, 0x9F), (0x2500, 0x257F), *((ord(c), ord(c)) for c in signs)]
        self._sign_table = char_table(ranges) if FIRST_OF is not None else None
        ru = alphabet("ru")
        # written capital first, so that the search stops at the capitals only (half the time
        # of the plain pair)
        self.case_break = re.compile(f"[{ru.upper()}](?<=[{ru}][{ru.upper()}])")
        # two words in capitals in a row: small letters read in the other of KOI8-R and
        # windows-1251 are capitals (у лютым: с КЧРШЛ), without a case break when the line has
        # no capital but its first letter
        cap = f"[{ru.upper()}]"  # (one first: the search then skips to capitals, twice as fast)
        # (never across a line end or a NUL: each value between NULs is decided on its own)
        self.capitals = re.compile(f"{cap}{cap}{{2}}[^\\w\n\x00]{{1,3}}{cap}{{3}}")

    @cached_property
    def suspects(self) -> tuple[re.Pattern[str], ...]:
        """The three signs as regexes (the sign characters', a case break, capitals)."""
        return (re.compile(f"[{self._sign_class}]"), self.case_break, self.capitals)

    def suspect(self, text: str) -> bool:
        """Whether ``text`` may hold mojibake."""
        if self._sign_table is None:
            return any(rx.search(text) for rx in self.suspects)
        assert FIRST_OF is not None
        if FIRST_OF(str.__str__(text), self._sign_table) >= 0:
            return True
        return bool(self.case_break.search(text) or self.capitals.search(text))


@cache
def _screen() -> _Screen:
    return _Screen(datafiles.load_toml("encodings.toml"))


class _Mojibake:
    """The wrong readings of ``data/encodings.toml`` ``[mojibake]`` and, for each, the way back
    from its characters to its bytes."""

    def __init__(self, raw: dict[str, Any], screen: _Screen) -> None:
        m = raw["mojibake"]
        self.utf8_as: list[str] = list(m["utf8_read_as"])
        self.legacy_as: list[str] = list(m["legacy_read_as"])
        self.min_high: int = m["legacy_min_high"]
        self.min_high_cyrillic: int = m["legacy_min_high_cyrillic"]
        self.margin: float = m["legacy_margin"]
        self.margin_capitals: float = m["legacy_margin_capitals"]
        self.detector_margin: float = m["detector_margin"]
        self.detector_margin_short: float = m["detector_margin_short"]
        self.short_word: int = m["short_word"]
        self.back: dict[str, dict[int, str]] = {}
        self.hints: dict[str, re.Pattern[str]] = {}
        for name in dict.fromkeys(self.utf8_as + self.legacy_as):
            table: dict[int, str] = {}
            for b in range(0x80, 0x100):
                try:
                    ch = bytes([b]).decode(name)
                except UnicodeDecodeError:
                    ch = chr(b)  # a byte it leaves undefined, as ISO-8859-1 reads it (sloppy)
                table[ord(ch)] = chr(b)
            if name == "cp1252":  # and as ISO-8859-1 (Latin-1) reads it, whose 0x80-0x9F are
                # all C1 controls (Python's and pandas' encoding="latin-1"): the same bytes
                for b in range(0x80, 0xA0):
                    table.setdefault(b, chr(b))
            for o in range(0x80, 0x100):
                table.setdefault(o, "\u0100")  # a Latin-1 character it has not: no way back
            self.back[name] = table
            if name in self.utf8_as:  # a two-byte lead read so, then a continuation byte (an
                # accented Latin letter misread as windows-1252 is one such pair: café, cafÃ©)
                chars: dict[int, str] = {}  # byte -> the characters it is read as
                for o, byte in table.items():
                    if byte != "\u0100":
                        chars[ord(byte)] = chars.get(ord(byte), "") + re.escape(chr(o))
                leads = "".join(chars[b] for b in range(0xC2, 0xE0))
                conts = "".join(chars[b] for b in range(0x80, 0xC0))
                pair = f"[{leads}][{conts}]"  # two in a row: two letters of a Cyrillic word
                # or an emoji: four bytes (F0 9F ..), or three and the selector EF B8 8F (⚡️)
                four = f"[{chars[0xF0]}][{conts}]{{3}}"
                vs16 = "".join(f"[{chars[b]}]" for b in (0xEF, 0xB8, 0x8F))
                two = pair if name == "cp1252" else f"(?:{pair}){{2}}"
                self.hints[name] = re.compile(f"{two}|{four}|{vs16}")
        self.utf8_hint = re.compile("|".join(rx.pattern for rx in self.hints.values()))
        self.pictograph = re.compile(f"[{m['pictographs']}]")
        # 8-bit text misread: no Cyrillic letter and Latin-1 letters (cp1251 read as cp1252), a
        # lowercase Cyrillic letter before a capital (KOI8-R read as cp1251, and back), or a
        # sign inside a word (cp866 read as cp1251)
        self.latin1_letter = re.compile("[\u00c0-\u00ff]")
        self.case_break = screen.case_break
        self.capitals = screen.capitals
        inside = re.escape(m["signs_inside_words"])
        # (between letters, or two beside one: ¬\xa0 is ма in Ї\xa0¤¬\xa0\xadгч, падмануў)
        self.sign_inside = re.compile(
            f"\\w[{inside}]{{1,3}}\\w|\\w[{inside}]{{2}}|[{inside}]{{2}}\\w"
        )
        self.words = re.compile(f"[{CYRILLIC_LETTER_CLASS}]{{2,}}")

    def legacy_hinted(self, line: str) -> float | None:
        """The margin a reading of ``line`` must win by if it may be 8-bit Cyrillic misread
        (else None): four Latin-1 letters and no Cyrillic (windows-1251 read as windows-1252);
        a sign inside a word (CP866 read as windows-1251); or a capital after a small letter in
        a line whose words are mostly capitals after their first letter (KOI8-R and
        windows-1251 read as each other swap the case: ``бОДТЕК``; sound text has ``кВт``,
        ``БелТА`` among words in small letters). A line of capitals without a case break (a
        line in small letters so misread: ``с КЧРШЛ``) needs the larger margin: sound headings
        in capitals look so too."""
        if self.sign_inside.search(line):
            return self.margin
        broken = self.case_break.search(line)
        if broken or self.capitals.search(line):
            words = self.words.findall(line)
            if 2 * sum(1 for w in words if w[1:].isupper()) <= len(words):  # (not most: кВт)
                return None
            return self.margin if broken else self.margin_capitals
        if len(self.latin1_letter.findall(line)) >= 4 and not has_cyrillic(line):
            return self.margin
        return None

    def to_bytes(self, text: str, name: str) -> bytes | None:
        """The bytes that read as ``text`` in ``name`` (None: no byte reads as one of them)."""
        try:
            return text.translate(self.back[name]).encode("latin-1")
        except UnicodeEncodeError:
            return None

    def utf8(self, token: str, name: str) -> str | None:
        """``token`` as the UTF-8 it was, read in ``name`` (a replaced byte after a lead byte
        stays one U+FFFD); None if it was not UTF-8."""
        pieces = token.split(_HOLE)
        out = []
        for i, piece in enumerate(pieces):
            data = self.to_bytes(piece, name)
            if data is None:
                return None
            hole = i < len(pieces) - 1
            if hole:
                if not data or not 0xC2 <= data[-1] <= 0xDF:
                    return None
                data = data[:-1]
            try:
                out.append(data.decode("utf-8"))
            except UnicodeDecodeError:
                return None
            if hole:
                out.append(_HOLE)
        return "".join(out)


@cache
def _mojibake() -> _Mojibake:
    return _Mojibake(datafiles.load_toml("encodings.toml"), _screen())


def _printable(text: str) -> bool:
    """Whether ``text`` has no control, unassigned or private character: a no-break space and
    the invisible format characters of real text (zero-width joiner and space, soft hyphen) are
    fine (UTF-8 read so had ``у\xa0Марока`` and ``🤷\u200d♀️`` left as mojibake)."""
    return all(
        c.isprintable() or unicodedata.category(c) in ("Zs", "Cf") for c in text if ord(c) > 0x7F
    )


def _letters(text: str) -> tuple[int, int]:
    """Cyrillic letters and other non-ASCII letters of ``text``; a Cyrillic letter no modern
    alphabet writes (:func:`~translit.script.written_letters`) counts as other: a UTF-8 reading
    of KOI8-U's тілі is Ԧ̦, no language's text."""
    cyr = other = 0
    written = written_letters()
    for c in text:
        if ord(c) > 0x7F and c.isalpha():
            if c in written:
                cyr += 1
            else:
                other += 1
    return cyr, other


def _utf8_token(tok: str, mb: _Mojibake, names: list[str]) -> tuple[str, str] | None:
    """``tok`` read as the UTF-8 it was, and the encoding (of ``names``) it was misread in; a
    reading that is itself mojibake (misread twice) is read again."""
    for name in names:
        fixed = mb.utf8(tok, name)
        if fixed is None or fixed == tok:
            continue
        for _ in range(_ROUNDS - 1):  # a reading without Cyrillic may be misread itself
            if _letters(fixed)[0]:
                break
            again = next(
                (a for n in mb.utf8_as if (a := mb.utf8(fixed, n)) not in (None, fixed)), None
            )
            if again is None:
                break
            fixed = again
        if _printable(fixed):
            return fixed, name
    return None


def _utf8_line(line: str, mb: _Mojibake) -> str:
    """``line`` with its runs of UTF-8 mojibake read right. A run is repaired on its own when it
    gives two Cyrillic letters (or, misread as cp1252, two accented Latin ones) or an emoji (a
    four-byte character of the data's ``pictographs``, or the emoji selector U+FE0F); a shorter
    run (``Ð¸`` = и, ``â€”`` = —) only beside one repaired through the same encoding."""
    if not mb.utf8_hint.search(line):
        return line
    tokens = [m for m in _TOKEN.finditer(line) if not m.group().isascii()]
    found: dict[int, str] = {}
    sure: list[str] = []
    for k, m in enumerate(tokens):
        tok = m.group()
        names = [n for n in mb.utf8_as if mb.hints[n].search(tok)]
        got = _utf8_token(tok, mb, names) if names else None
        if got is not None:
            fixed, name = got
            cyr, other = _letters(fixed)
            if (
                (cyr >= 2 and other == 0)
                or (name == "cp1252" and cyr == 0 and other >= 2)
                or (other == 0 and mb.pictograph.search(fixed))
            ):
                found[k] = fixed
                sure += [name] * (name not in sure)
    if not sure:
        return line
    for k, m in enumerate(tokens):
        if k not in found:
            got = _utf8_token(m.group(), mb, sure)
            if got is not None:
                found[k] = got[0]
    out, pos = [], 0
    for k, m in enumerate(tokens):
        if k in found:
            out += [line[pos : m.start()], found[k]]
            pos = m.end()
    return "".join(out) + line[pos:]


def _foreign_words(line: str) -> bool:
    """Whether most words of ``line`` are written in non-ASCII letters only, as a misread
    Cyrillic line's are: French, German or Icelandic text has mostly ASCII words, and words
    that mix ASCII and other letters (café, Ðeir), which a misreading of Cyrillic does not."""
    words = [w for w in _TOKEN.findall(line) if any(c.isalpha() for c in w)]
    ascii_only = sum(1 for w in words if w.isascii())
    mixed = sum(1 for w in words if not w.isascii() and any(c.isascii() and c.isalpha() for c in w))
    foreign = len(words) - ascii_only - mixed
    return foreign >= 1 and ascii_only <= foreign and 4 * mixed <= foreign


def _is_utf8(data: bytes) -> bool:
    """Whether ``data`` is valid UTF-8: no 8-bit Cyrillic text is (see :func:`detect_encoding`),
    so such bytes are UTF-8 that :func:`_utf8_line` left (``âœ‹`` is ✋, not cp866 ``тЬЛ``)."""
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _reads_better(fixed: str, line: str, mb: _Mojibake) -> bool:
    """Whether ``fixed``, a Cyrillic reading of the Cyrillic ``line``, reads as some language
    better than ``line`` does, per Cyrillic letter, in the language detector's model (letters,
    triples, words, endings: :func:`translit.detection.scores`, which reads text in small
    letters), by the data's ``detector_margin`` per letter (``detector_margin_short`` where the
    reading has two words or more and none of more than ``short_word`` letters: acronyms; none where a sign
    inside a word shows CP866 read as windows-1251). The code-page scorer reads bytes,
    where capitals score low: a sound line in capitals or with caps lock on (``иВАНОВ иВАН``,
    ``бЕРЕГ``, ``БНБ БЧК``) lost to its reading in the other of KOI8-R and windows-1251
    (``Йчбопч Йчбо``, ``Ветез``, ``ама авй``), whose words no language writes.

    >>> mb = _mojibake()
    >>> _reads_better("Андрей Власов", "бОДТЕК чМБУПЧ", mb), _reads_better("Ветез", "бЕРЕГ", mb)
    (True, False)
    """
    from .detection import scores  # (the detector's tables: only for a line this far)

    def per_letter(text: str) -> float:
        return max(scores(text).values()) / max(1, _letters(text)[0])

    if mb.sign_inside.search(line):
        need = 0.0  # (CP866 read as windows-1251: a sign inside a word is the evidence)
    elif len(words := mb.words.findall(fixed)) > 1 and all(len(w) <= mb.short_word for w in words):
        need = mb.detector_margin_short
    else:
        need = mb.detector_margin
    return per_letter(fixed) - per_letter(line) > need


def _legacy_line(line: str, mb: _Mojibake) -> str:
    """``line`` read again when it is 8-bit Cyrillic text read in the wrong code page: the
    scorer of :func:`detect_encoding` finds a reading of its bytes far more plausible."""
    margin = mb.legacy_hinted(line)
    if margin is None:
        return line
    model = _model()
    found, found_score = line, -math.inf
    for name in mb.legacy_as:
        data = mb.to_bytes(line, name)
        if data is None:
            continue
        high = sum(1 for b in data if b > 0x7F)
        if high < (mb.min_high if name == "cp1252" else mb.min_high_cyrillic) or _is_utf8(data):
            continue
        feats = _features(data)
        here = model.score_features(name, feats, data) if name in model.tables else None
        need = -math.inf if here is None else here + margin * high
        best_name, best = None, -math.inf
        for other in model.candidates:  # (a reading whose bound is short of both is no rival)
            if other != name and model.bound(other, feats[0]) >= max(need, best):
                score = model.score_features(other, feats, data)
                if score is not None and score > best:
                    best_name, best = other, score
        if best_name is None or (here is not None and best - here < margin * high):
            continue
        fixed = data.decode(best_name)
        cyr, other_letters = _letters(fixed)
        letters = sum(1 for c in line if ord(c) > 0x7F and c.isalpha())  # as it stands
        plausible = min(cyr, 4 * cyr - other_letters, letters) >= 3 and _foreign_words(line)
        # a misreading changes most of a line's non-ASCII characters: CP866 and MacCyrillic
        # share their capitals, and (шВЕЙЦАРИЯ) with caps lock on read as (иВЕЙЦАРИЯ)
        changed = sum(1 for a, b in zip(line, fixed, strict=False) if a != b)
        if plausible and 2 * changed < high:
            plausible = False
        if plausible and _letters(line)[0] and not _reads_better(fixed, line, mb):
            plausible = False  # (Cyrillic read as Cyrillic: the detector's model can compare)
        if plausible and best / high > found_score:  # of two ways back, the more plausible
            found, found_score = fixed, best / high
    return found


def mojibake_edits(
    text: str, near: Iterable[tuple[int, int]] | None = None
) -> list[tuple[int, int, str]]:
    """The repairs :func:`repair_mojibake` makes, as ``(start, end, replacement)`` per run of
    non-space characters, in text order; with ``near`` (``(start, end)`` spans in text order),
    only in the lines that hold those spans.

    >>> mojibake_edits("Генерал Ð’Ð»Ð°Ñ\\x81Ð¾Ð²")
    [(8, 20, 'Власов')]
    """
    text = want_str(text, "mojibake_edits()")
    if text.isascii():
        return []
    screen = _screen()
    # Decomposed text (NFD: ё as е and a combining diaeresis) shows its signs only once
    # composed, and each line is repaired on its NFC form (:func:`_line_edits`): the screen
    # reads that form too, line by line, since composing moves every offset after it.
    composed = is_normal(text, "NFC")
    whole = text if composed or near is not None else unicodedata.normalize("NFC", text)
    if near is None and not screen.suspect(whole):
        return []  # (the misreadings' tables are built only for text with a sign of one)
    mb = _mojibake()
    edits: list[tuple[int, int, str]] = []
    if not composed and near is None:  # each line of the NFC form is the NFC form of that
        # line (a line end or a NUL neither composes nor decomposes): composed only once
        for (start, end), (a, b) in zip(_every_piece(text), _every_piece(whole), strict=True):
            seen = whole[a:b]
            if any(rx.search(seen) for rx in screen.suspects):
                edits += _line_edits(text[start:end], mb, start)
        return edits
    pieces = _pieces(text, screen, near) if composed or near else _every_piece(text)
    for start, end in pieces:
        if composed:
            signs = any(rx.search(text, start, end) for rx in screen.suspects)
        else:
            seen = unicodedata.normalize("NFC", text[start:end])
            signs = any(rx.search(seen) for rx in screen.suspects)
        if signs:
            edits += _line_edits(text[start:end], mb, start)
    return edits


_PIECE_END = re.compile("[\n\x00]")  # a line ends a piece of text, and NUL ends a value too


def _every_piece(text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of every line of ``text`` and piece of a line between NULs."""
    start = 0
    for m in _PIECE_END.finditer(text):
        yield start, m.start()
        start = m.end()
    yield start, len(text)


def _pieces(
    text: str, screen: _Screen, near: Iterable[tuple[int, int]] | None
) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each line of ``text``, or piece of a line between NULs, that holds a
    sign of mojibake (with ``near``: one of those spans), once each, in text order. The signs
    are searched for lazily, each from the end of the last piece: a line of a million signs was
    a list of a million spans first, a hundred bytes for each of its characters."""
    spans = None if near is None else iter(near)
    heads = [rx.search(text) for rx in screen.suspects] if spans is None else []
    done = 0  # where the last piece ended: at a line end or a NUL, or 0
    while True:
        if spans is not None:
            a, b = next(spans, (-1, -1))
            if a < 0:
                return
            if a < done:
                continue
        else:
            for k, rx in enumerate(screen.suspects):
                m = heads[k]
                if m is not None and m.start() < done:
                    heads[k] = rx.search(text, done)
            found = [m.span() for m in heads if m is not None]
            if not found:
                return
            a, b = min(found)
        if done and a == done:  # a span from the line end or NUL on: the piece after it
            a, b = a + 1, max(b, a + 1)
        start = max(text.rfind("\n", done, a), text.rfind("\x00", done, a)) + 1
        m = _PIECE_END.search(text, b)
        done = m.start() if m else len(text)
        yield start, done
        if done >= len(text):
            return


def _line_edits(line: str, mb: _Mojibake, at: int) -> Iterator[tuple[int, int, str]]:
    """The repairs of ``line`` (which starts at ``at``), made on its NFC form: decomposed
    mojibake (``Ã`` as ``A`` and a combining tilde) has no bytes to go back to, and was
    repaired only once normalize's NFC had composed it, then without the runs beside it that
    told its encoding. One at a time: a line of a million repaired runs was two lists."""
    seen = line if is_normal(line, "NFC") else unicodedata.normalize("NFC", line)
    fixed = seen
    for _ in range(_ROUNDS):
        again = _utf8_line(fixed, mb)
        if again == fixed:
            again = _legacy_line(fixed, mb)
        if again == fixed:
            break
        fixed = again
    if fixed == seen:
        return
    # white space is kept by every repair and by NFC, so the runs of the three lines pair up
    runs = zip(_TOKEN.finditer(line), _TOKEN.finditer(seen), _TOKEN.finditer(fixed), strict=True)
    yield from (
        (at + a.start(), at + a.end(), c.group()) for a, b, c in runs if b.group() != c.group()
    )


def repair_mojibake(text: str) -> str:
    """``text`` with its mojibake read right: UTF-8 read as windows-1252, windows-1251, KOI8-R,
    CP866, MacCyrillic or ISO-8859-5 (``Ð’Ð»Ð°Ñ\\x81Ð¾Ð²``, ``Р’Р»Р°СЃРѕРІ``), and 8-bit
    Cyrillic read in the wrong code page (``Àíäðåé Âëàñîâ``, ``бОДТЕК чМБУПЧ``), also twice
    over. Everything else is kept as it is.

    UTF-8 is recognised by its structure (a lead byte, then continuation bytes: ordinary text
    does not form it); an 8-bit misreading by the plausibility scorer of
    :func:`detect_encoding`, for lines of four or more such characters, whose letters are
    mostly not ASCII. A byte the wrong reading replaced by U+FFFD stays one U+FFFD.

    >>> repair_mojibake("Ð’Ð»Ð°Ñ\\x81Ð¾Ð² Ð¸ Ð\\xa0ÐžÐ\\x90")
    'Власов и РОА'
    >>> repair_mojibake("Р’Р»Р°СЃРѕРІ")
    'Власов'
    >>> repair_mojibake("Àíäðåé Âëàñîâ")
    'Андрей Власов'
    >>> repair_mojibake("бОДТЕК чМБУПЧ")
    'Андрей Власов'
    >>> repair_mojibake("Il est à Moscou, très loin de Ð")
    'Il est à Moscou, très loin de Ð'
    """
    text = want_str(text, "repair_mojibake()")
    edits = mojibake_edits(text)
    if not edits:
        return text
    out, pos = [], 0
    for s, e, rep in edits:
        out += [text[pos:s], rep]
        pos = e
    return "".join(out) + text[pos:]
