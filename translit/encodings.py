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
from collections import Counter
from functools import cache
from typing import Any

from . import _datafiles as datafiles
from .errors import EncodingError, shown, want_bytes
from .script import alphabet, is_cyrillic

__all__ = ["CANDIDATES", "bom_encoding", "decode", "detect_encoding"]

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

    def score(self, name: str, sample: bytes) -> float | None:
        """Plausibility of ``sample`` read in ``name`` (None: it does not decode)."""
        return self.score_features(name, _features(sample), sample)

    def score_features(self, name: str, feats: _Features, sample: bytes) -> float | None:
        try:
            text = sample.decode(name)
        except UnicodeDecodeError:
            return None
        row = self.tables[name]
        hist, pairs, touches = feats
        total = self.prior.get(name, 0.0)
        logp, other = self.logp, self.other
        letters: Counter[str] = Counter()
        for b, n in hist.items():
            ch = row[b - 128]
            if ch is None:
                return None
            total += n * logp.get(ch, other)
            if _cyr(ch) and ch.isalpha():
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
            if _cyr(c1) and _cyr(c2) and c1.islower() and c2.isupper():
                total -= n * self.case_break
            elif c1 in self.closing and c2.isalpha():
                total -= n * self.glued
        for b, n in touches.items():
            ch = row[b - 128]
            if ch is not None and _cyr(ch) and ch.isalpha():
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


def _utf16_without_bom(data: bytes) -> str | None:
    """``utf-16-le``/``-be`` when zero bytes fall on one side of most code units."""
    if len(data) < 4 or len(data) % 2:
        return None
    even, odd = data[0::2], data[1::2]
    for name, high in (("utf-16-le", odd), ("utf-16-be", even)):
        if high.count(0) + high.count(4) >= 0.6 * len(high):
            try:
                text = data.decode(name)
            except UnicodeDecodeError:
                continue
            if not any(c < " " and c not in "\t\n\r\f" for c in text):
                return name
    return None


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
    if data.isascii():
        return (_utf16_without_bom(data) if b"\x00" in data else None) or "ascii"
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start >= len(data) - 3 and exc.reason == "unexpected end of data":
            return "utf-8"  # a cut in the middle of the last character
        if _mostly_utf8(data):
            return "utf-8"  # a few bad bytes in UTF-8 text: decoding reports them, line and all
    else:
        return "utf-8"
    sample = data[:_SAMPLE]
    if b"\x00" in sample:
        name16 = _utf16_without_bom(data)
        if name16:
            return name16
        raise EncodingError("binary data (zero bytes), not text")
    if len(re.findall(_CONTROL, sample)) > 0.05 * len(sample):
        raise EncodingError("binary data (control codes), not text")
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
        if guess is not None:
            return guess
        if best_name is None:
            raise EncodingError("no supported encoding reads these bytes")
    return _canonical(best_name)


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
