r"""PO/POT glossaries through :mod:`babel.messages`: msgid = source term, msgstr = target term.

One message per concept: ``msgctxt`` holds the concept id, ``msgid`` the preferred source term,
``msgstr`` the preferred target term (empty in a POT), translator comments (``#``) the concept
notes and extracted comments (``#.``) the definition. The target language is the catalogue's
``Language`` header (read as written when Babel has no locale for it); the source language is
``source_lang``, else the header ``X-Source-Language`` (which the writer writes, as Qt's lconvert
and translate-toolkit do), else ``en``, or ``ru`` when the msgids are Cyrillic. Other terms, statuses and term data do not fit and are reported on write.
A term's type and status are not stated in PO (:class:`.model.Implied`), but for a target
``#, forbidden`` (deprecated); a stated one is reported as not written. Several notes of a
concept are written as comment lines one after the other and read back as one note, and a
writer says so.

Strings are read as gettext reads them (its manual, 3.6: C string syntax, without ``\u``):
``\\ \" \n \t \r`` and octal ``\ooo`` and hex ``\xhh`` escapes, which name bytes of the file's
charset (``\303\251`` is é in UTF-8). An escape for NUL or another control character no term
can hold, an unknown escape, a string never closed and a second ``msgctxt`` in one entry are
errors at their file:line.

Obsolete entries (``#~ msgid …``: msgmerge keeps a message the sources no longer have, so its
translation can come back) are not terms in use: they go to :attr:`Glossary.obsolete`, read and
checked like the others (an entry mixing ``#~`` and active lines is an error), and
:func:`write_po` writes them back after the active ones, with their notes and definitions.
"""

from __future__ import annotations

import io
import itertools
import re
from collections import Counter
from typing import IO, Any

from ..errors import GlossaryError, ascii_codec_problem, shown
from .model import (
    Concept,
    Glossary,
    Implied,
    Term,
    check_glossary,
    invented_id,
    is_cyrillic,
    kept_name,
    norm_tag,
    parts_of,
    settle_ids,
    valid_tag,
)

__all__ = ["read_po", "write_po"]


#: The most plural forms a PO header's Plural-Forms may name: a language has 1 to 6 (CLDR; gettext
#: writes nplurals=6 for Arabic). Babel makes a list of that many forms for each plural entry,
#: so "nplurals=99999999" took 1.5 GB and 8 s for a file of 175 bytes (and more, memory
#: without end).
_MAX_PLURALS = 100
#: A line holding a PO string: ``#~`` when obsolete, an optional keyword, then the quoted part
#: (ASCII in every charset a PO file can declare, so the check runs on the bytes).
_STRING_LINE = re.compile(rb"\s*(#~)?\s*(msgctxt|msgid_plural|msgid|msgstr(?:\[\d+\])?)?\s*(\".*)")
#: A plural form's keyword: Babel reads its index with ``int()`` (``msgstr[1e3]`` or one of 5,000
#: digits was "invalid literal for int()" without a line, ``msgstr[-1]`` a form).
_PLURAL_FORM = re.compile(rb"\s*(?:#~)?\s*msgstr\[([^\]]*)\]")

#: A backslash escape as gettext reads it (its manual, 3.6: a PO string follows the C syntax of a
#: character string without ``\u``/``\U``): up to three octal digits, ``\x`` and every hex digit
#: that follows, one of the C letters, or anything else (an error).
_ESCAPE = re.compile(rb"\\(?:([0-7]{1,3})|x([0-9A-Fa-f]+)|([abfnrtv\\\"])|(.))", re.DOTALL)
#: One string of a line: a line may hold several, which gettext joins (``msgid "Mos" "cow"``)
_ONE_STRING = re.compile(rb'"([^"\\]*(?:\\.[^"\\]*)*)"\s*', re.DOTALL)
_LETTERS = {b"a": 7, b"b": 8, b"f": 12, b"n": 10, b"r": 13, b"t": 9, b"v": 11, b"\\": 92, b'"': 34}
#: The bytes a string cannot hold raw, as the escapes Babel reads; any other byte an escape
#: names goes in raw, to be decoded in the file's charset with the bytes around it, as gettext
#: does (``\303\251`` is é in a UTF-8 file).
_BABEL = {10: rb"\n", 9: rb"\t", 13: rb"\r", 92: rb"\\", 34: rb"\""}


def _unescape(quoted: bytes, path: str, line: int) -> bytes:
    r"""``quoted`` with gettext's escapes read: an octal or hex escape becomes the byte it names;
    one naming NUL or a control character a term cannot hold (``\a \b \f \v`` too) is an error.

    >>> _unescape(rb'"\x41\303\251\n\\x"', "t.po", 1).decode()
    '"Aé\\n\\\\x"'
    """

    def one(m: re.Match[bytes]) -> bytes:
        octal, hexa, letter, other = m.groups()
        if other is not None:
            raise GlossaryError(_unknown_escape(quoted[m.start() + 1 :]), path, line)
        value = int(octal, 8) if octal else int(hexa, 16) if hexa else _LETTERS[letter]
        escape = m.group().decode("ascii")
        if value < 0x20 and value not in _BABEL:
            what = "NUL" if value == 0 else f"the control character {value:#04x}"
            greedy = " (gettext reads every hex digit after \\x)" if hexa and len(hexa) > 2 else ""
            why = f"the escape {escape} is {what}{greedy}, which no term can hold: remove it"
        elif value > 0xFF and hexa:
            why = (
                f"the escape {escape} is more than one byte (gettext reads every hex digit "
                f"after \\x): write {escape[:4]} and the rest as escapes or as characters"
            )
        elif value > 0xFF:
            why = f"the escape {escape} is more than one byte (\\377 is the largest)"
        else:
            return _BABEL.get(value) or bytes([value])
        raise GlossaryError(f"bad PO file: {why}", path, line)

    return _ESCAPE.sub(one, quoted)


def _unknown_escape(rest: bytes) -> str:
    char = rest.decode("utf-8", "replace")[:1]
    if char in ("u", "U"):
        why = f"a PO string cannot hold the escape \\{char} (gettext allows the C escapes but "
        return f"bad PO file: {why}\\u and \\U): write the character itself"
    return (
        f'bad PO file: \\{char} is not an escape gettext knows (\\\\ \\" \\n \\t \\r \\a \\b \\f '
        "\\v \\ooo \\xhh): write a backslash as \\\\"
    )


def _read_strings(data: bytes, path: str) -> bytes:
    """``data`` with every string checked and its escapes read (:func:`_unescape`), in active
    and obsolete (``#~``) entries alike.

    A string that is never closed is refused: Babel drops its last character instead
    (``msgid "РОА`` read as ``РО``), and so is a second ``msgctxt`` before the entry's
    ``msgid``: gettext reports a syntax error, Babel kept the last one. So is an entry that
    mixes ``#~`` and active lines: Babel made the whole entry obsolete (an active term gone
    without a word) or appended an obsolete string to the active one. The previous msgid of an
    obsolete entry (``#~| msgid``, written by ``msgmerge --previous``) is read as Babel reads
    an active one's (``#|``): as a translator comment (Babel refused the file)."""
    lines = data.split(b"\n")
    context = 0  # the line of the msgctxt of an entry whose msgid has not come yet
    entry: tuple[bool, int] | None = None  # (obsolete, first line) of the entry being read
    for n, line in enumerate(lines, 1):
        if line.lstrip().startswith(b"#~|"):  # msgmerge --previous: read as Babel reads "#|"
            lines[n - 1] = line.replace(b"#~|", b"#|", 1)
            continue
        plural = _PLURAL_FORM.match(line)
        if plural and not re.fullmatch(rb"\d{1,9}", plural[1]):
            shown = plural[1][:20].decode("utf-8", "replace") + ("…" if len(plural[1]) > 20 else "")
            raise GlossaryError(
                f"bad PO file: msgstr[{shown}] is not a plural form; number the forms "
                "msgstr[0], msgstr[1]…",
                path,
                n,
            )
        m = _STRING_LINE.fullmatch(line.rstrip(b"\r\t "))
        if m is None:
            continue
        mark, keyword, quoted = m.groups()
        if keyword == b"msgctxt" or (keyword == b"msgid" and not context):
            entry = (mark is not None, n)
        elif entry is not None and entry[0] != (mark is not None):
            what = (
                "an obsolete (#~) line in an active entry"
                if mark
                else ("an active line in an obsolete (#~) entry")
            )
            raise GlossaryError(
                f"bad PO file: {what} (it starts at line {entry[1]}); mark every line of an "
                "entry with #~, or none",
                path,
                n,
            )
        if keyword == b"msgctxt":
            if context:
                raise GlossaryError(
                    f"bad PO file: a second msgctxt in one entry (the first is at line {context}); "
                    "keep one context per entry",
                    path,
                    n,
                )
            context = n
        elif keyword == b"msgid":
            context = 0
        escapes = len(quoted[:-1]) - len(quoted[:-1].rstrip(b"\\"))
        if len(quoted) < 2 or not quoted.endswith(b'"') or escapes % 2:
            raise GlossaryError(
                'bad PO file: a string opened in this line is never closed: end it with "',
                path,
                n,
            )
        quoted = _one_string(quoted, path, n)
        lines[n - 1] = line[: m.start(3)] + quoted + line[m.end(3) :]
    return b"\n".join(lines)


def _one_string(quoted: bytes, path: str, line: int) -> bytes:
    r"""The strings of a line, their escapes read (:func:`_unescape`), as the one string
    gettext reads (``"Mos" "cow"`` is ``"Moscow"``; Babel read it as ``Mos" "cow``); a quote
    inside a string that is not escaped is refused (Babel read ``"a"b"`` as ``a"b``, where
    gettext reports a syntax error). Each string's escapes are read alone: ``"\3" "4"`` is two
    characters, never ``\34``.

    >>> _one_string(b'"Mos" "cow"', "t.po", 1), _one_string(rb'"a\"b"', "t.po", 1)
    (b'"Moscow"', b'"a\\"b"')
    """
    parts = []
    at = 0
    while at < len(quoted):
        m = _ONE_STRING.match(quoted, at)
        if m is None:
            raise GlossaryError(
                'bad PO file: a quote (") inside a string is not escaped; write it as \\"',
                path,
                line,
            )
        part = m.group(1)
        parts.append(_unescape(part, path, line) if b"\\" in part else part)
        at = m.end()
    return b'"' + b"".join(parts) + b'"'


#: The width Babel writes at: none in effect. At width=0 it still wraps comments at 76 columns
#: (as xgettext does), so a note of one long line came back as several (its spaces line ends),
#: and a wrapped line that repeated the one before was written once
_NO_WRAP = 1 << 30

#: The header naming the source language (Qt's lconvert, translate-toolkit): written, and read
#: when the caller names none
_SOURCE_HEADER = "X-Source-Language"
_ENTRY = re.compile(rb"^msgid ", re.M)  # (the header is the first entry)
_LANGUAGE = re.compile(rb'^"Language: *([A-Za-z0-9_-]{1,35}) *\\n"', re.M)
_SOURCE_LANG = re.compile(rb'^"X-Source-Language: *([A-Za-z0-9_-]{1,35}) *\\n"', re.M)


def _said_charset(data: bytes) -> tuple[str, int | None]:
    """The charset the header's Content-Type line names, as written, and its line."""
    found = re.search(rb"charset=([^\s\\\";]*)", data)
    said = found.group(1).decode("ascii", "replace") if found else ""
    return said, data.count(b"\n", 0, found.start()) + 1 if found else None


def _charset_refused(data: bytes, problem: str, path: str) -> GlossaryError:
    """The error for a header's charset translit cannot read a PO file in, at its line."""
    said, line = _said_charset(data)
    return GlossaryError(
        f"PO header names charset={said}, which a PO file cannot be read in: {problem}; "
        "correct the Content-Type line (charset=UTF-8, or the code page the file is saved "
        "in, such as CP1251)",
        path,
        line,
    )


def read_po(
    data: bytes,
    path: str = "<po>",
    *,
    source_lang: str | None = None,
    target_lang: str | None = None,
) -> Glossary:
    """Read PO/POT bytes into a :class:`Glossary`."""
    from babel.messages.catalog import Catalog
    from babel.messages.pofile import PoFileError, PoFileParser

    class Once(Catalog):
        """Babel's catalog, refusing a msgid (in its msgctxt) defined twice: Babel kept the
        first translation and dropped the second in silence; msgfmt refuses the file."""

        def __setitem__(self, id: Any, message: Any) -> None:
            first = self.get(id, message.context) if id else None
            if first is not None:
                raise GlossaryError(
                    f"msgid {shown(_first(id))} is defined twice (first at line {first.lineno}), "
                    "as msgfmt refuses too: keep one of them, or give each its own msgctxt",
                    path,
                    message.lineno,
                )
            if id:
                super().__setitem__(id, message)
                return
            try:  # the header: Babel reads its fields here
                super().__setitem__(id, message)
            except ValueError as exc:  # "nplurals=two", a date Babel cannot read: no line
                raise GlossaryError(
                    f"bad PO header: {exc}; correct that field, or remove it",
                    path,
                    message.lineno,
                ) from None
            problem = ascii_codec_problem(self.charset)
            if problem:  # unicode_escape, utf-7, idna, utf-16 were read without a word
                raise _charset_refused(data, problem, path)
            if not 1 <= self.num_plurals <= _MAX_PLURALS:
                raise GlossaryError(
                    f"bad PO header: Plural-Forms names nplurals={self.num_plurals}, where a "
                    f"language has 1 to 6 plural forms (at most {_MAX_PLURALS} are read); "
                    "correct the header",
                    path,
                    message.lineno,
                )

    def babel_read(fileobj: Any, abort_invalid: bool) -> Any:  # (Babel's read_po, our catalog)
        cat = Once()
        PoFileParser(cat, False, abort_invalid=abort_invalid).parse(fileobj)
        return cat

    if data.startswith(b"\xef\xbb\xbf"):  # a UTF-8 BOM (Notepad writes one): no keyword, so
        data = data[3:]  # Babel said "Unknown or misformatted keyword" at line 1
    if b"\r" in data and b"\n" not in data:  # old-Mac line ends (CR alone), which Babel does
        data = data.replace(b"\r", b"\n")  # not split at: the whole file was one line
    data = _read_strings(data, path)
    try:
        cat = babel_read(io.BytesIO(data), abort_invalid=True)
    except UnicodeDecodeError as exc:  # Babel decodes each stripped line in the header's charset
        line = next(
            (n for n, x in enumerate(data.split(b"\n"), 1) if x.strip() == exc.object), None
        )
        # xgettext's placeholder, which Babel ignores (UTF-8): "save it in the charset its
        # header names" named none
        if _said_charset(data)[0].upper() == "CHARSET":
            raise GlossaryError(
                f"bad PO file: not valid {exc.encoding} ({exc.reason}); its header names "
                "charset=CHARSET, the template's placeholder, read as UTF-8: name the charset "
                "the file is saved in (charset=CP1251), or save it as UTF-8",
                path,
                line,
            ) from None
        raise GlossaryError(
            f"bad PO file: not valid {exc.encoding} ({exc.reason}); save it in the charset its "
            "header names (an octal or hex escape is one byte of it: é in UTF-8 is \\303\\251)",
            path,
            line,
        ) from None
    except GlossaryError:
        raise
    except PoFileError as exc:  # its message ends in " on N", N counted from 0
        why = str(exc).rsplit(" on ", 1)[0]
        raise GlossaryError(f"bad PO file: {why}", path, exc.lineno + 1) from None
    except ValueError as exc:
        raise GlossaryError(f"bad PO file: {exc}", path) from None
    except LookupError:  # charset=bogus, charset=base64 (not a text encoding)
        # (Python's words were "… use codecs.decode() to handle arbitrary codecs": advice for
        # a programmer, not for whoever saved the file)
        raise _charset_refused(data, "no text encoding translit knows", path) from None
    messages = [m for m in cat if m.id]
    obsolete = list(cat.obsolete.values())
    ids = [_first(m.id) for m in [*messages, *obsolete]]
    entries = [m.start() for m in itertools.islice(_ENTRY.finditer(data), 2)]
    said = _SOURCE_LANG.search(data, 0, entries[1] if len(entries) > 1 else len(data))
    if source_lang:
        src = norm_tag(source_lang)
    elif said:
        src = norm_tag(said.group(1).decode("ascii"))
    else:
        src = "ru" if any(map(is_cyrillic, ids)) else "en"
    named = _LANGUAGE.search(data, 0, entries[1] if len(entries) > 1 else len(data))
    if target_lang:
        tgt = norm_tag(target_lang)
    elif named and valid_tag(norm_tag(named.group(1).decode("ascii").replace("_", "-"))):
        tgt = norm_tag(named.group(1).decode("ascii").replace("_", "-"))  # as written: Babel
    else:  # reads a language it has no locale for (rue, de-1996) as none, or cuts it
        tgt = norm_tag(str(cat.locale).replace("_", "-") if cat.locale else "und")
    g = Glossary(path=path, source_lang=src, languages=[src, tgt])
    for n, m in enumerate([*messages, *obsolete], 1):
        line = m.lineno or None
        if n > len(messages) and not _first(m.id):  # only the header has an empty msgid
            raise GlossaryError("bad PO file: an obsolete entry with an empty msgid", path, line)
        try:
            c = Concept(
                id=m.context or invented_id(n),
                line=line,
                terms=[Term(_first(m.id), src, line=line)],
            )
            if _first(m.string):  # Weblate marks a forbidden translation "#, forbidden"
                status = "deprecated" if "forbidden" in m.flags else ""  # (else: implied)
                c.terms.append(Term(_first(m.string), tgt, status=status, line=line))
        except GlossaryError as exc:
            raise GlossaryError(exc.message, path, line) from None
        other = sorted(set(m.flags) - {"forbidden"})
        if other:
            g.warnings.append(f"{path}:{line}: flags not kept: {', '.join(other)}")
        if m.pluralizable and any(_rest(x) for x in (m.id, m.string)):
            g.warnings.append(
                f"{path}:{line}: plural forms not kept (msgid_plural, msgstr[1]…): only the "
                "first form is a term"
            )
        if m.user_comments:
            c.notes[""] = "\n".join(m.user_comments)
        if m.auto_comments:
            c.definitions[""] = "\n".join(m.auto_comments)
        (g.concepts if n <= len(messages) else g.obsolete).append(c)
    settle_ids([*g.concepts, *g.obsolete])
    return g


def _rest(value: str | tuple[str, ...] | list[str] | None) -> bool:
    """Whether a plural message has forms past its first."""
    return not isinstance(value, str) and bool(value) and any(value[1:])  # type: ignore[index]


def _first(value: str | tuple[str, ...] | list[str] | None) -> str:
    """A message's msgid or msgstr, or the first of its plural forms ("" for none)."""
    if isinstance(value, str):
        return value
    return value[0] if value else ""


def write_po(
    glossary: Glossary,
    fh: IO[bytes],
    *,
    source_lang: str | None = None,
    target_lang: str | None = None,
    template: bool = False,
) -> list[str]:
    """Write ``glossary`` as PO (or a POT with ``template=True``); returns what was not written."""
    check_glossary(glossary)
    from babel.messages.catalog import Catalog
    from babel.messages.pofile import write_po as babel_write

    langs = glossary.declared_languages()
    src = norm_tag(source_lang or glossary.source_lang or (langs[0] if langs else "en"))
    others = [t for t in langs if norm_tag(t) != src]
    if not target_lang and not template and len(others) > 1:  # (it took the first: ru/en/fr/de
        raise GlossaryError(  # → ru → en, the fr and de terms "not written" in a warning)
            "a PO export holds two languages: give `source_lang` and `target_lang` "
            f"(the glossary's languages: {', '.join(langs)})"
        )
    tgt = norm_tag(target_lang or next((t for t in langs if t != src), ""))
    if not tgt and not template:
        raise GlossaryError("a PO export needs a target language: give `target_lang`")
    locale = None if template or tgt == "und" else tgt.replace("-", "_")
    try:
        cat = Catalog(locale=locale, project="glossary", fuzzy=False)
    except ValueError:
        cat = Catalog(project="glossary", fuzzy=False)
    lost: dict[str, int] = {}
    obsolete: list[str] = []  # the obsolete entries, written after Babel's catalog
    everything = [*glossary.concepts, *glossary.obsolete]
    # an id a reader invented is no msgctxt, unless two entries share their msgid (gettext
    # tells them apart by it): a PO file without contexts comes back without
    msgids = Counter(s.text for c in everything if (s := c.preferred(src)) is not None)
    for i, c in enumerate(everything):
        s, t = c.preferred(src), c.preferred(tgt) if tgt else None
        forbidden = t is None and tgt and _forbidden(c, tgt)
        t = t or forbidden or None
        if s is None:
            lost[f"concept without a {src} term"] = lost.get(f"concept without a {src} term", 0) + 1
            continue
        extra = len(c.terms) - 1 - (t is not None)
        if (
            extra
            or c.subject is not None
            or c.source is not None
            or any(c.notes)
            or any(c.definitions)
        ):
            what = "terms other than the preferred pair, subject, source or language of notes"
            lost[what] = lost.get(what, 0) + 1
        pair = [(s, False)] + ([(t, bool(forbidden))] if t is not None and not template else [])
        if not all(_holds(x, flagged) for x, flagged in pair):
            lost["term types and statuses"] = lost.get("term types and statuses", 0) + 1
        if any(len(parts_of(v)) > 1 for d in (c.notes, c.definitions) for v in d.values()):
            what = "notes apart (several notes or definitions of a concept: comment lines)"
            lost[what] = lost.get(what, 0) + 1
        if any(x == "" for d in (c.notes, c.definitions) for v in d.values() for x in parts_of(v)):
            what = "empty notes or definitions (a comment cannot tell one from none)"
            lost[what] = lost.get(what, 0) + 1
        kept = [x for _, x in c.extra] + [x for term in c.terms for x in term.extra]
        ids = ["term ids"] if any(x.id for x in c.terms) else []
        ids += [  # (a PO entry has no place for them: they were dropped in silence)
            f"term {what}"
            for name, what in _TERM_FIELDS
            if any(getattr(x, name) is not None for x in c.terms)
        ]
        for what in dict.fromkeys([*ids, *(f"TBX data {kept_name(x)}" for x in kept)]):
            lost[what] = lost.get(what, 0) + 1
        for said in (_comments(c.notes), _comments(c.definitions)):
            if len(set(said)) < len(said):  # Babel writes a comment line once
                what = "repeated lines of notes or definitions"
                lost[what] = lost.get(what, 0) + 1
            if i < len(glossary.concepts) and any("\t" in x for x in said):
                what = "tabs in notes or definitions"  # (Babel writes spaces: textwrap)
                lost[what] = lost.get(what, 0) + 1
        msgstr = "" if template or t is None else t.text
        context = None if isinstance(c.id, Implied) and msgids[s.text] == 1 else c.id
        if i >= len(glossary.concepts):
            obsolete.append(_obsolete_entry(c, context, s.text, msgstr))
            continue
        cat.add(
            s.text,
            msgstr,
            context=context,
            flags=["forbidden"] if forbidden and msgstr else [],
            user_comments=_comments(c.notes),
            auto_comments=_comments(c.definitions),
        )
    out = io.BytesIO()
    babel_write(out, cat, width=_NO_WRAP, omit_header=False, sort_output=False)
    # the source language, which Babel has no header for, as Qt's lconvert and
    # translate-toolkit write it: read back, the glossary's languages are what they were
    text = out.getvalue()
    header = f'"{_SOURCE_HEADER}: {src}\\n"\n'.encode()
    if locale and str(cat.locale or "").replace("_", "-") != tgt:  # Babel has no such locale
        text = re.sub(rb'^"Language: [^"\n]*\\n"\n', b"", text, count=1, flags=re.M)
        header += f'"Language: {locale}\\n"\n'.encode()
    at = text.find(b'"Generated-By:')
    fh.write(text[:at] + header + text[at:] if at >= 0 else text)
    fh.write("".join(obsolete).encode("utf-8"))
    return [f"{what}: not written ({n}x)" for what, n in lost.items()]


#: a term's fields a PO entry has no place for, and what a writer calls them
_TERM_FIELDS = (
    ("pos", "parts of speech"),
    ("gender", "genders"),
    ("note", "notes"),
    ("source", "sources"),
)


def _holds(term: Term, flagged: bool) -> bool:
    """Whether a PO file holds ``term``'s type and status as they are: its reader gives a full
    form and a status not stated (preferred), or deprecated, stated, for ``#, forbidden``."""
    if term.stated("type") or term.type != "fullForm":
        return False
    if flagged:
        return term.status == "deprecated" and term.stated("status")
    return term.status == "preferred" and not term.stated("status")


def _forbidden(c: Concept, lang: str) -> Term | None:
    """The deprecated term of ``lang`` when ``c`` has no usable one: written as Weblate writes a
    forbidden translation (``#, forbidden``), so a PO round trip keeps it forbidden."""
    return next((t for t in c.terms_in(lang) if t.status == "deprecated"), None)


def _comments(texts: dict[str, str]) -> list[str]:
    return [x for v in texts.values() for x in v.split("\n")]


def _obsolete_entry(c: Concept, context: str | None, msgid: str, msgstr: str) -> str:
    """An obsolete entry as gettext writes one: its comments, then ``#~`` before each string
    line. Babel writes obsolete entries too, but drops their extracted comments (``#.``)."""
    from babel.messages.pofile import normalize

    lines = [f"# {x.strip()}" for x in _comments(c.notes)]
    lines += [f"#. {x.strip()}" for x in _comments(c.definitions)]
    for keyword, text in (("msgctxt", context), ("msgid", msgid), ("msgstr", msgstr)):
        if text is not None:
            lines.append(f"#~ {keyword} {normalize(text, prefix='#~ ', width=0)}")
    return "\n".join(lines) + "\n\n"
