"""The exceptions translit raises.

Every error the library raises on purpose is a :class:`TranslitError`; the command line turns
them into one-line messages and exit codes, the library never prints. The batch layer's
:class:`translit.io.InputError` (a bad record) and :class:`translit.io.UsageError` (options that
cannot work together) are ones too.

A message names each parameter it is about in backquotes, as the library spells it: `out_dir`;
the command line shows its flag there instead: --out-dir.
"""

from __future__ import annotations

import codecs
import functools
import os
import re
from collections.abc import Iterable
from typing import Any

__all__ = [
    "EncodingError",
    "GlossaryError",
    "IrreversibleSchemeError",
    "ParameterError",
    "SchemeError",
    "TranslitError",
    "UnknownColumnError",
    "UnknownLanguageError",
    "UnknownSchemeError",
    "UnreadableGlossaryError",
    "ascii_codec_problem",
    "codec_problem",
    "placed",
    "shown",
    "want_bool",
    "with_flags",
]

#: Parameters whose command-line flag is not ``--`` + the name with hyphens.
FLAGS = {
    "globs": "--glob",
    "fields": "--field",
    "columns": "--column",
    "add": "--add-field/--add-column",
    "jobs": "-j",
    "list_changes": "--report",
    "cyrillic": "CYRILLIC",  # (verify's arguments)
    "latin": "LATIN",
    "dst": "DST",  # (glossary convert's)
    "name": "NAME",  # (name-key's)
}
_PARAM = r"`([a-z_][a-z0-9_]*)`"  # compiled by ``re`` on first use, not at import


def with_flags(message: str) -> str:
    """``message`` as the command line says it: each `parameter` becomes its flag.

    >>> with_flags("`resume` needs `out_dir`")
    '--resume needs --out-dir'
    """
    return re.sub(_PARAM, lambda m: FLAGS.get(m[1], "--" + m[1].replace("_", "-")), message)


def describe(exc: BaseException) -> str:
    """What went wrong, for a message about an exception that is no error of ours: its text,
    else its type's name, and for a :class:`MemoryError` (its text is empty) what to do.

    >>> describe(OverflowError("too big")), describe(KeyError())
    ('too big', 'KeyError')
    >>> describe(MemoryError()).split(";")[0]
    'out of memory (MemoryError)'
    """
    if isinstance(exc, MemoryError):  # ("big.txt: MemoryError", "internal error: MemoryError: ")
        return (
            "out of memory (MemoryError); raise the memory limit (ulimit -v, the container's), "
            "use fewer jobs (-j) or give smaller inputs"
        )
    return str(exc) or type(exc).__name__


def shown(value: object, limit: int = 60, *, typed: bool = False) -> str:
    """``repr(value)`` for a message (``typed``: a text as it was typed, a backslash not
    doubled), cut after ``limit`` characters with the value's length said: a
    10,000-character argument was echoed whole, one line of 10 KB.

    >>> shown("koi8-r"), shown("x" * 10_000)
    ("'koi8-r'", "'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx… (10,000 characters)")
    >>> shown("*.txt", typed=True)
    '*.txt'
    """
    text = value if typed and isinstance(value, str) else repr(value)
    if len(text) <= limit + 20:
        return text
    size = f" ({len(value):,} characters)" if isinstance(value, (str, bytes)) else ""
    return f"{text[:limit]}…{size}"


def size_said(n: int) -> str:
    """``n`` bytes as a reader reads a limit: in KiB, MiB or GiB when it is a whole number
    of them, else to one decimal, and in bytes below 1 KiB (a glossary's limit was said as
    "67108864 bytes").

    >>> size_said(64 << 20), size_said(65536), size_said(1_500_000), size_said(100)
    ('64 MiB', '64 KiB', '1.4 MiB', '100 bytes')
    """
    for shift, unit in ((30, "GiB"), (20, "MiB"), (10, "KiB")):
        if n >= 1 << shift:
            whole, part = divmod(n, 1 << shift)
            return f"{whole:,} {unit}" if not part else f"{n / (1 << shift):,.1f} {unit}"
    return f"{n:,} bytes"


def impossible_name(name: str) -> str:
    """Why ``open(name)`` raised ``ValueError``: the name holds what no file name can (the
    one wording of every reader that opens a file by name).

    >>> impossible_name("a\\x00.txt"), impossible_name("a\\ud800.txt")[-42:]
    ('not a possible file name (it holds a NUL character)', 'a character the file system cannot encode)')
    """
    why = "a NUL character" if "\x00" in name else "a character the file system cannot encode"
    return f"not a possible file name (it holds {why})"


def want_str(value: object, call: str) -> str:
    """``value`` as a plain ``str`` (a subclass such as ``numpy.str_`` read as its text, never
    through its own methods); a ``TypeError`` naming ``call`` for anything else, None included.

    >>> want_str(None, "detect()")
    Traceback (most recent call last):
    ...
    TypeError: detect() takes a str, not NoneType
    """
    if value.__class__ is str:
        return value
    if isinstance(value, str):
        return str.__str__(value)
    raise TypeError(f"{call} takes a str, not {type(value).__name__}")


#: The longest Cyrillic name or title :func:`translit.verify`, :func:`translit.name_key` and
#: :func:`translit.same_name` take (a Latin one: four times as long, as Щ is Shch). verify's
#: search of the closest scheme is quadratic (40,000 characters took minutes, 10 million ran
#: out of memory); the name keys are linear but a text of megabytes given for a name is a
#: mistake (12 s on 9.6 M characters to give a "key" as long as the text), told at once.
MAX_NAME_CHARS = 4000


def want_path(value: object, call: str) -> str:
    """``value``, a path as str, bytes (file system bytes, decoded as :func:`os.fsdecode` does)
    or :class:`os.PathLike`, as a str; a ``TypeError`` naming ``call`` otherwise (``None`` was
    "expected str, bytes or os.PathLike object", and bytes "Can't mix strings and bytes in
    path components").

    >>> want_path(b"a.txt", "atomic_write()")
    'a.txt'
    >>> want_path(None, "atomic_write()")
    Traceback (most recent call last):
    TypeError: atomic_write() takes a path (str, bytes or os.PathLike), not NoneType
    """
    if isinstance(value, (str, bytes, os.PathLike)):
        path = os.fsdecode(value)
        if isinstance(path, str):
            return path
    raise TypeError(f"{call} takes a path (str, bytes or os.PathLike), not {type(value).__name__}")


def want_name_length(text: str, says: str, param: str, latin: bool, hint: str) -> None:
    """A :class:`ParameterError` naming ``param`` when ``text`` is longer than
    :data:`MAX_NAME_CHARS` (four times that when ``latin`` or when it may be); ``says`` opens
    the message with the call and what it takes.

    >>> says = "verify() checks a name or a title"
    >>> want_name_length("Ж" * 4001, says, "cyrillic", False, "check a sentence at a time")
    Traceback (most recent call last):
    ...
    translit.errors.ParameterError: verify() checks a name or a title: `cyrillic` has 4,001 \
characters, past 4,000; check a sentence at a time
    """
    most = MAX_NAME_CHARS * (4 if latin else 1)
    if len(text) > most:
        raise ParameterError(
            f"{says}: `{param}` has {len(text):,} characters, past {most:,}; {hint}"
        )


def want_names(call: str, **named: object) -> None:
    """A ``TypeError`` naming the first parameter of ``named`` whose value is neither a str nor
    None (a list, a dict: "unhashable type: 'list'" was all a cache said of ``lang=["ru"]``).

    >>> want_names("romanize()", scheme=None, lang=["ru"])
    Traceback (most recent call last):
    ...
    TypeError: romanize() takes `lang` as a str, not list (['ru'])
    """
    for name, value in named.items():
        if value is not None and not isinstance(value, str):
            raise TypeError(
                f"{call} takes `{name}` as a str, not {type(value).__name__} ({value!r:.40})"
            )


def want_bool(value: object, name: str, kind: str = "bool") -> bool:
    """``value`` of the switch ``name`` as a bool: True, False, 0, 1 or numpy's bools; a
    ``TypeError`` naming it for anything else (any non-empty str is true: ``quiet="false"`` was
    quiet, ``reverse="no"`` a reverse romaniser).

    >>> want_bool(1, "spaces")
    True
    >>> want_bool("no", "reverse")
    Traceback (most recent call last):
    ...
    TypeError: `reverse` is a bool (True or False), not str ('no')
    """
    if value is True or value is False:
        return value
    numpy_bool = type(value).__module__ == "numpy" and type(value).__name__ in ("bool", "bool_")
    if numpy_bool or (type(value) is int and value in (0, 1)):
        return bool(value)
    raise TypeError(
        f"`{name}` is a {kind} (True or False), not {type(value).__name__} ({value!r:.40})"
    )


def want_bytes(value: object, call: str) -> bytes:
    """``value`` as ``bytes`` (from any bytes-like object); a ``TypeError`` naming ``call`` for
    anything else (a ``str`` is already decoded).

    >>> want_bytes(bytearray(b"ab"), "decode()"), want_bytes(memoryview(b"c"), "decode()")
    (b'ab', b'c')
    """
    if value.__class__ is bytes:
        return value
    if isinstance(value, (bytes, bytearray, memoryview)):
        return bytes(value)
    raise TypeError(f"{call} takes bytes, not {type(value).__name__}")


def want_codec(encoding: str, errors: str = "strict") -> str:
    """The codec name of ``encoding`` with the error handler ``errors`` checked; a
    :class:`ParameterError` naming the parameter for an unknown one (Python raises a
    ``LookupError``, outside translit's error tree).

    >>> want_codec("KOI8_R")
    'koi8-r'
    >>> try:
    ...     want_codec("utf-8", "bogus")
    ... except ParameterError as exc:
    ...     print(exc)
    unknown error handler 'bogus' for `errors` (strict, replace, surrogateescape…)
    """
    try:
        name = codecs.lookup(encoding).name
    except (LookupError, ValueError, TypeError):  # ValueError: a NUL in the name
        raise ParameterError(
            f"unknown encoding {shown(encoding)} for `encoding` (e.g. utf-8, cp1251, koi8-r)"
        ) from None
    try:
        codecs.lookup_error(errors)
    except (LookupError, ValueError, TypeError):
        raise ParameterError(
            f"unknown error handler {shown(errors)} for `errors` (strict, replace, surrogateescape…)"
        ) from None
    return name


#: a text to try a codec on: ASCII, Cyrillic, spaces and line ends
_PROBE = "Ab ё 1 Щука\n" * 20
#: ASCII letters and digits, which a codec of the ASCII family reads as themselves
_ALNUM = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
#: ASCII that an escape scheme reads as fewer characters: Python's backslash escapes (a
#: ``unicode_escape`` file's ``\x41`` is one A) and UTF-7's shifted base64 (``+AEE-``: A)
_ESCAPES = rb"Ab \x41 \u0416 \101 +AEE- 1"


def _ascii_family(info: codecs.CodecInfo) -> bool:
    """Whether the codec reads ASCII letters and digits as themselves."""
    try:
        return info.decode(_ALNUM)[0] == _ALNUM.decode("ascii")
    except (UnicodeError, TypeError):
        return False


@functools.lru_cache(maxsize=64)
def codec_problem(name: str) -> str | None:
    """Why the encoding ``name`` cannot read or write a file (None: it can): unknown, not of
    text (``hex``, ``rot13``, ``zlib``: bytes to bytes), an escape scheme rather than a
    character encoding (``unicode_escape``, ``raw_unicode_escape``, ``utf-7``: ASCII letters
    read as themselves, but ``\\x41`` or ``+AEE-`` as one A, so a file's backslashes or plus
    signs change its text), or not giving piece by piece what it gives for the whole text, as
    every input is decoded and every output encoded in pieces (``punycode``: each piece encoded
    on its own, a file of several blocks came out corrupt; ``idna``: a UnicodeError for any
    line longer than a domain label; ``undefined``).

    >>> codec_problem("KOI8-R") is None, codec_problem("rot13")
    (True, "'rot13' is not a text encoding (e.g. utf-8, cp1251)")
    >>> print(codec_problem("unicode_escape"))
    'unicode_escape' reads escapes (\\x41 or +AEE- as A), it is no character encoding (e.g. utf-8, cp1251)
    """
    try:
        info = codecs.lookup(name)
    except (LookupError, ValueError, TypeError):  # ValueError: a NUL in the name
        return f"unknown encoding {shown(name)}"
    if not getattr(info, "_is_text_encoding", True):
        return f"{shown(name)} is not a text encoding (e.g. utf-8, cp1251)"
    if _ascii_family(info):
        try:
            escapes = len(info.decode(_ESCAPES)[0]) < len(_ESCAPES)
        except (UnicodeError, TypeError):
            escapes = True
        if escapes:
            return (
                f"{shown(name)} reads escapes (\\x41 or +AEE- as A), it is no character "
                "encoding (e.g. utf-8, cp1251)"
            )
    try:
        encoder = info.incrementalencoder("replace")
        data = encoder.encode(_PROBE) + encoder.encode(_PROBE) + encoder.encode("", final=True)
        if data == info.encode(_PROBE * 2, "replace")[0]:
            decoder = info.incrementaldecoder("replace")
            half = len(data) // 2 + 1  # within a character of a multi-byte encoding
            text = decoder.decode(data[:half]) + decoder.decode(data[half:], final=True)
            if text == info.decode(data, "replace")[0]:
                return None
    except (UnicodeError, TypeError):
        pass
    return (
        f"{shown(name)} cannot encode or decode a text piece by piece as a file is read "
        "and written; choose another encoding (e.g. utf-8, cp1251)"
    )


def ascii_codec_problem(name: str) -> str | None:
    """:func:`codec_problem`, and for a file whose syntax is ASCII (a PO file's keywords,
    quotes and backslashes: gettext reads them as bytes) an encoding that does not read ASCII
    letters as themselves (``utf-16``, EBCDIC ``cp037``).

    >>> ascii_codec_problem("cp1251") is None, ascii_codec_problem("utf-16")
    (True, "'utf-16' does not write ASCII as ASCII (e.g. utf-8, cp1251)")
    """
    problem = codec_problem(name)
    if problem is None and not _ascii_family(codecs.lookup(name)):
        return f"{shown(name)} does not write ASCII as ASCII (e.g. utf-8, cp1251)"
    return problem


class TranslitError(Exception):
    """Base class of every error translit raises on purpose.

    >>> import translit
    >>> try:
    ...     translit.romanize("Щука", scheme="no-such-scheme")
    ... except translit.TranslitError as exc:
    ...     print(type(exc).__name__)
    UnknownSchemeError
    """

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickled as its message and its fields (a Dask worker sends an error to the client
        so): an error whose ``__init__`` takes other arguments than the message
        (:class:`UnknownSchemeError`, :class:`SchemeError`) could not be unpickled."""
        return (_rebuilt, (type(self), self.args, dict(vars(self))))


def _rebuilt(cls: type[TranslitError], args: tuple[Any, ...], state: dict[str, Any]) -> Any:
    """An error of ``cls`` with ``args`` and the fields ``state``, its ``__init__`` not run."""
    exc = cls.__new__(cls, *args)
    exc.args = args
    vars(exc).update(state)
    return exc


def placed(exc: TranslitError, where: str) -> TranslitError:
    """``exc`` (its type and fields) with ``where`` before its message: the row of a column
    or the item of a bag whose value raised it, which the message did not name.

    >>> str(placed(ParameterError("bad value"), "row 7"))
    'row 7: bad value'
    """
    new: TranslitError = _rebuilt(type(exc), (f"{where}: {exc}",), dict(vars(exc)))
    return new.with_traceback(exc.__traceback__)


class ParameterError(TranslitError, ValueError):
    """A parameter value, or a combination of them, that the function cannot work with.

    >>> str(ParameterError("`stress` must be 'strip' or 'keep', not 'drop'"))
    "`stress` must be 'strip' or 'keep', not 'drop'"
    """


class UnknownColumnError(ParameterError, KeyError):
    """A column asked for that the table does not have (a ``KeyError``, as in pandas)."""

    def __str__(self) -> str:
        return ValueError.__str__(self)


class SchemeError(TranslitError, ValueError):
    """A scheme data file is broken: the message names the file and the key.

    >>> str(SchemeError("ru/x.toml", "letters.ё", "output contains Cyrillic"))
    'ru/x.toml: letters.ё: output contains Cyrillic'
    """

    def __init__(self, path: str, key: str, message: str) -> None:
        self.path = path
        self.key = key
        self.message = message
        super().__init__(f"{path}: {key}: {message}" if key else f"{path}: {message}")


class UnknownSchemeError(TranslitError, ValueError):
    """No scheme of that name for that language; ``suggestions`` holds the close names.

    >>> import translit
    >>> try:
    ...     translit.get_romanizer("bgn-pcng", "ru")
    ... except UnknownSchemeError as exc:
    ...     print(exc.suggestions[0])
    bgn-pcgn
    """

    def __init__(
        self,
        name: str,
        lang: str | None,
        known: Iterable[str],
        elsewhere: Iterable[str] = (),
        *,
        detected: bool = False,
        ids: Iterable[str] = (),
        undetected: bool = False,
    ) -> None:
        self.name = name
        self.lang = lang
        #: the schemes' own ids among ``known`` (which also holds their aliases): the message
        #: lists these (a list of every alias ran to 230 names for Russian)
        self.ids = sorted(set(ids))
        #: ``lang`` was detected from the text, not given (``lang="auto"``)
        self.detected = detected
        #: ``lang`` is ``lang="auto"``'s default: the text had no Cyrillic letter to detect from
        self.undetected = undetected
        self.known = known = sorted(set(known))
        #: the languages that do have a scheme of that name (give one of them as the language)
        self.elsewhere = sorted(set(elsewhere))
        import difflib  # (only when there is an error to explain: it slows the CLI's start)

        self.suggestions = difflib.get_close_matches(name.lower(), known, n=5, cutoff=0.5)
        where = f" for language {shown(lang)}" if lang else ""
        if lang and detected:  # (-s national on a text read as Russian: the user meant uk)
            where += " (detected from the text; give its language if it is another)"
        elif lang and undetected:  # (romanize("", scheme=…): romanize_frame's check of it)
            where += (
                " (lang='auto' and no Cyrillic text to detect a language from: its default;"
                " give the language if it is another)"
            )
        if 0 < len(self.elsewhere) <= 3:
            hint = f"; it is a scheme of {', '.join(self.elsewhere)}: give that language"
        elif self.elsewhere:  # (a name several languages have, each its own system: national,
            # latin; a name only spelled alike, international-scholarly for national, helps no
            # one; a name nearly all have, bgn-pcgn, is told by this language's schemes alone)
            hint = ""
            if len(self.elsewhere) <= 10:
                hint = f"; it is a scheme of {', '.join(self.elsewhere)}, each that language's own"
            if self.ids:
                head = "this one's are" if hint else "its schemes:"
                hint += f"; {head} {', '.join(self.ids)} (and their aliases)"
        elif self.suggestions:
            hint = f"; did you mean {', '.join(self.suggestions)}?"
        elif self.ids:
            hint = f"; its schemes: {', '.join(self.ids)} (and their aliases)"
        else:
            hint = f"; known: {', '.join(known)}"
        super().__init__(f"unknown scheme {shown(name)}{where}{hint}")


class UnknownLanguageError(TranslitError, ValueError):
    """A language code translit has no scheme for.

    >>> import translit
    >>> try:
    ...     translit.schemes("xx")
    ... except UnknownLanguageError as exc:
    ...     print(exc.lang)
    xx
    """

    def __init__(self, lang: str, known: Iterable[str], *, named: bool = False) -> None:
        self.lang = lang
        known = sorted(set(known))
        import difflib

        self.suggestions = difflib.get_close_matches(lang.lower(), known, n=3, cutoff=0.5)
        if named and lang.strip().lower() in ("auto", "auto-line"):  # (``named``: a scheme's
            # language, which the caller needs named; romanize() takes these words)
            super().__init__(
                f"{shown(lang)} (deciding the language from the text) serves romanize() and "
                "normalize(); reverse() and a romaniser (get_romanizer, get_scheme) each needs a named "
                "language, by its ISO 639-1, -2 or -3 code or a BCP 47 tag or locale (uk, ukr, "
                f"uk-UA, uk_UA.UTF-8); known: {', '.join(known)}"
            )
            return
        hint = _country_hint(lang, known)
        super().__init__(f"unknown language {shown(lang)}{hint}; known: {', '.join(known)}")


def _country_hint(lang: str, known: list[str]) -> str:
    """What to say of ``lang`` if it is the code of a country (``countries`` in
    ``data/languages.toml``: ua, by, kz) whose language is one of ``known``: that language's
    code.

    >>> _country_hint("ua-UA", ["ru", "uk"]), _country_hint("xx", ["ru", "uk"])
    ('; ua is the country code of Ukraine (ISO 3166-1): its language is uk (Ukrainian)', '')
    """
    from . import _datafiles

    code = lang.strip().replace("_", "-").lower().split("-")[0]
    for folder, row in _datafiles.load_toml("languages.toml").items():
        country = row.get("countries", {}).get(code)
        if country and folder in known:
            return (
                f"; {code} is the country code of {country} (ISO 3166-1): its language is "
                f"{folder} ({row['name']})"
            )
    return ""


class IrreversibleSchemeError(TranslitError, ValueError):
    """``reverse`` was asked of a scheme that loses information.

    >>> import translit
    >>> try:
    ...     translit.reverse("Yeltsin", "wikipedia")
    ... except IrreversibleSchemeError as exc:
    ...     print(str(exc).split(":")[0])
    scheme 'wikipedia' (ru) is not reversible
    """


class GlossaryError(TranslitError, ValueError):
    """A glossary file or entry is invalid; ``path`` and ``line`` locate it when known.

    >>> str(GlossaryError("unbalanced quote", "terms.csv", 3))
    'terms.csv:3: unbalanced quote'
    """

    def __init__(self, message: str, path: str | None = None, line: int | None = None) -> None:
        self.path = path
        self.line = line
        self.message = message
        loc = f"{path}:{line}: " if path and line else (f"{path}: " if path else "")
        super().__init__(f"{loc}{message}")


class UnreadableGlossaryError(GlossaryError):
    """A glossary that cannot be read at all: the system refuses the file (missing, no
    permission, a folder) or its name tells no format (a FIFO, a file without extension), so
    no entry of it was looked at. Every glossary command stops on it (exit 2), as on a usage
    error; one among several files ``glossary check`` read fails that file alone (exit 1)."""


class EncodingError(TranslitError, ValueError):
    """Bytes that cannot be read as text: an unknown encoding name, bytes invalid in the given
    encoding, or binary data; ``encoding`` and ``offset`` (of the first bad byte) when known.

    >>> str(EncodingError("not valid utf-8", encoding="utf-8", offset=7)).split(";")[0]
    'not valid utf-8 at byte 7'
    """

    def __init__(
        self,
        message: str,
        encoding: str | None = None,
        offset: int | None = None,
        *,
        advice: str = "name the right `encoding` (e.g. cp1251, koi8-r, cp866, mac-cyrillic, utf-8)",
    ) -> None:
        self.encoding = encoding
        self.offset = offset
        self.message = message
        where = f" at byte {offset}" if offset is not None else ""
        super().__init__(f"{message}{where}; {advice}")


#: what to do with an input that is binary data: most often a file that is no text at all
BINARY_ADVICE = (
    "leave the file out of the run (a tree: `globs` picks its text files), or, if it is text, "
    "name its `encoding`"
)
