"""Reading and writing glossary files by format, and finding the shipped glossaries.

Formats: ``tbx`` (v2 and v3 read; TBX-Basic v3 written, v2 with ``tbx_version=2``),
``multiterm`` (MultiTerm XML, ``<mtf>``: read as ``tbx`` reads it, written by
:func:`.multiterm.write_mtf`), ``csv`` and
``tsv`` (OmegaT, Weblate, Transifex, memoQ, multilingual; see :mod:`.tabular`), ``po``/``pot``
(see :mod:`.po`), ``xlsx`` (one sheet in the CSV layouts; written in the multilingual one; see
:mod:`.xlsx`).
The format comes from ``format=`` or else the file extension, never from guessing at the
content; the content only turns a mismatch into a clear error (a ZIP named ``.csv`` is said to be
a workbook, an ``.xls`` or a non-ZIP named ``.xlsx`` is refused with what to do).

Shipped glossaries live in the top-level ``glossaries/`` folder of a source checkout; a wheel
installs the same files as ``translit/_glossaries`` (``pyproject.toml`` force-include).
:func:`shipped_path` finds them in either place.
"""

from __future__ import annotations

import contextlib
import dataclasses
import errno
import functools
import os
import re
import sys
from pathlib import Path
from typing import Any, BinaryIO

from .. import _datafiles as datafiles
from ..encodings import bom_encoding
from ..errors import (
    EncodingError,
    GlossaryError,
    ParameterError,
    UnreadableGlossaryError,
    impossible_name,
    shown,
    size_said,
)
from ..morphology import DICTIONARY_PACKAGES, KNOWN_STARTS, dictionary_starts
from .model import (
    KNOWN_ROMANIZATIONS,
    Concept,
    Glossary,
    building,
    norm_tag,
    primary,
    romanizations_all,
    valid_tag,
    want_glossary,
)

__all__ = ["FORMATS", "load", "save", "shipped", "shipped_path"]

FORMATS = ("tbx", "csv", "tsv", "po", "pot", "xlsx", "multiterm")
#: The formats :func:`save` writes (all of them: XLSX in the multilingual layout).
WRITTEN = ("tbx", "csv", "tsv", "po", "pot", "xlsx", "multiterm")
#: the default ``max_bytes`` of a glossary file
MAX_BYTES = 64 * 1024 * 1024
_EXT = {".tbx": "tbx", ".xml": "tbx", ".csv": "csv", ".tsv": "tsv", ".tab": "tsv"}
_EXT |= {".txt": "tsv", ".utf8": "tsv", ".po": "po", ".pot": "pot", ".xlsx": "xlsx"}
#: Extensions of files that are no glossary format, with what to do instead.
_NOT_READ = {
    ".xls": "an Excel 97-2003 workbook: save it as .xlsx or as CSV",
    ".ods": "an OpenDocument spreadsheet: save it as .xlsx or as CSV",
    ".xlsb": "a binary Excel workbook: save it as .xlsx or as CSV",
}


#: The keywords :func:`load` takes for each format (TBX takes and ignores the languages).
_READS = {
    "tbx": {"strict", "source_lang", "target_lang", "max_bytes"},
    "multiterm": {"strict", "source_lang", "target_lang", "max_bytes"},
    "po": {"strict", "source_lang", "target_lang", "max_bytes"},
    "pot": {"strict", "source_lang", "target_lang", "max_bytes"},
    "xlsx": {"strict", "source_lang", "target_lang", "max_bytes", "sheet"},
    "csv": {"strict", "source_lang", "target_lang", "max_bytes"},
}


def format_of(
    path: str | os.PathLike[str], format: str | None = None, *, hint: str = "pass a format"
) -> str:
    """The format name for ``path`` (``format`` wins when given); ``hint`` says how to give one
    when the name shows none (a command names its option)."""
    if format is not None and not isinstance(format, str):
        raise TypeError(f"`format` is a str, not {type(format).__name__} ({format!r:.40})")
    if format:
        fmt: str | None = format.lower().lstrip(".")
        if fmt not in FORMATS:
            raise GlossaryError(
                f"unknown glossary format {shown(format)} (known: {', '.join(FORMATS)})"
            )
        return fmt
    ext = Path(os.fspath(path)).suffix.lower()
    by_ext = _EXT.get(ext)
    if ext in _NOT_READ:
        raise UnreadableGlossaryError(f"{ext} is {_NOT_READ[ext]}", os.fspath(path))
    if by_ext is None:
        raise UnreadableGlossaryError(
            f"cannot tell the glossary format from {ext or 'no extension'!r}; {hint} "
            f"({', '.join(FORMATS)})",
            os.fspath(path),
        )
    return by_ext


def load(path: str | os.PathLike[str], format: str | None = None, **options: Any) -> Glossary:
    """Read a glossary file; ``options`` go to the format's reader (``source_lang=``,
    ``target_lang=`` for files without languages; ``strict=False`` collects bad entries in
    ``Glossary.errors`` instead of stopping at the first; ``sheet=`` the XLSX sheet, default
    the first). TBX ignores the language options. ``max_bytes`` bounds the file, and for XLSX
    also what it unpacks to.

    >>> g = load(shipped_path("ww2-roa.tbx"))
    >>> g.get("roa").preferred("de").text
    'Russische Befreiungsarmee'
    """
    name = _path_name(path, "load()")
    try:
        f = open(name, "rb")  # noqa: SIM115 (closed below: its errors are told as the read's)
    except OSError as exc:
        raise unreadable(exc, name) from None
    except ValueError:  # (Python's "embedded null byte", a UnicodeEncodeError: not a GlossaryError)
        raise GlossaryError(impossible_name(name), name) from None
    with f:
        fmt = format_of(name, format)  # (after the open: a missing file says so, not "format")
        try:
            return read(f, fmt, name, **options)
        except OSError as exc:  # (the read: EISDIR where a folder opens, EIO)
            raise unreadable(exc, name) from None


#: what :func:`unreadable` tells to do, by errno
_DO = {
    errno.ENOENT: "check the name and the folder",
    errno.EISDIR: "name a glossary file in it",
    errno.EACCES: "give read permission (chmod u+r) or copy it where you can read it",
    errno.EPERM: "give read permission (chmod u+r) or copy it where you can read it",
    errno.ENAMETOOLONG: "give a shorter path",
    errno.ELOOP: "the symbolic link points at itself: fix or remove it",
}


def unreadable(exc: OSError, name: str) -> UnreadableGlossaryError:
    """The :class:`GlossaryError` for a glossary file the system cannot open or read (a
    folder, a missing file, no permission): its name, why and what to do. ``load`` raised the
    bare :class:`OSError`, so ``except TranslitError`` missed it.

    >>> str(unreadable(IsADirectoryError(21, "Is a directory"), "terms"))
    'terms: cannot read the glossary (Is a directory): name a glossary file in it'
    """
    why = exc.strerror or type(exc).__name__
    do = _DO.get(exc.errno or 0, "check the file and that it can be read")
    return UnreadableGlossaryError(f"cannot read the glossary ({why}): {do}", name)


def sniff_format(data: bytes) -> str | None:
    """The glossary format that the bytes ``data`` show (None: they show none for sure), for
    a glossary with no name to tell it by (``glossary convert -``): a ZIP file is XLSX, XML
    TBX, a file of ``msgid`` entries PO, a first line with tabs TSV and one with commas or
    semicolons CSV.

    >>> sniff_format(b"\\xef\\xbb\\xbf<?xml version='1.0'?><tbx/>"), sniff_format(b"ru,en\\n")
    ('tbx', 'csv')
    >>> sniff_format(b'# c\\nmsgid ""\\nmsgstr ""\\n'), sniff_format(b"PK\\x03\\x04"), sniff_format(b"ru")
    ('po', 'xlsx', None)
    """
    if data.startswith(b"PK\x03\x04"):
        return "xlsx"
    text = data[:4096].decode(bom_encoding(data) or "utf-8", "ignore")  # (a BOM taken off)
    head = text.lstrip()
    if head.startswith("<"):
        return "tbx"
    lines = [line for line in head.splitlines() if line.strip()]
    entries = [line for line in lines if not line.startswith("#")]  # (PO's comments)
    if entries and re.match(r"msg(id|ctxt)\s", entries[0]):
        return "po"
    first = lines[0] if lines else ""
    if "\t" in first:
        return "tsv"
    if "," in first or ";" in first:
        return "csv"
    return None


def read(f: BinaryIO, format: str, name: str = "<glossary>", **options: Any) -> Glossary:
    """Read a glossary in ``format`` from the binary stream ``f`` (standard input: a command's
    ``-g -``), up to ``max_bytes`` as :func:`load` does; ``name`` is what messages call it."""
    limit = options.pop("max_bytes", MAX_BYTES)
    data = f.read(limit + 1)  # never more than the limit: a FIFO or /dev/zero has no size
    if len(data) > limit:
        raise GlossaryError(
            f"glossary file larger than {size_said(limit)}; refused (split it into smaller files)",
            name,
        )
    return loads(data, format, name, max_bytes=limit, **options)


def loads(data: bytes, format: str, path: str = "<glossary>", **options: Any) -> Glossary:
    """Read a glossary from bytes in ``format``."""
    with building():
        return _loads(data, format, path, **options)


#: how a message names what :func:`sniff_format` found
_SNIFFED = {"tbx": "XML (TBX)", "csv": "CSV", "tsv": "TSV", "po": "PO", "xlsx": "XLSX"}


def _misnamed(data: bytes, fmt: str) -> str | None:
    """What to do with a file whose bytes show another format than ``fmt``, the one it is read
    in (a TBX saved as ``terms.csv``, a CSV as ``.xlsx``), None when they show no other: its
    reader's fault ("a row of one cell", "Start tag expected") said nothing of it.

    >>> _misnamed(b"<martif/>", "csv")
    'the file reads as XML (TBX), not CSV: name it .tbx, or give its format, tbx'
    >>> _misnamed(b"ru\\ten\\n", "csv"), _misnamed(b"PK\\x03\\x04", "tbx"), _misnamed(b"ru", "po")
    (None, None, None)
    """
    other = sniff_format(data)
    if (
        other is None
        or other == fmt
        or {other, fmt} <= {"csv", "tsv"}
        or {other, fmt} <= {"po", "pot"}
        or {other, fmt} <= {"tbx", "multiterm"}
    ):
        return None
    if other == "xlsx":  # (told by _read_as before any reader: "a ZIP file … not TBX")
        return None
    return f"the file reads as {_SNIFFED[other]}, not {fmt.upper()}: name it .{other}, or give its format, {other}"


def _loads(data: bytes, format: str, path: str, **options: Any) -> Glossary:
    fmt = format_of(path, format)
    try:
        g = _read_as(fmt, data, path, **options)
    except GlossaryError as exc:
        misnamed = _misnamed(data, fmt)
        if misnamed is None:
            raise
        raise GlossaryError(
            f"{misnamed} (read as {fmt.upper()}: {exc.message})", exc.path, exc.line
        ) from None
    if g.errors and (misnamed := _misnamed(data, fmt)):  # (strict=False: check's errors)
        g.errors.insert(0, GlossaryError(misnamed, path))
    return g


def _read_as(fmt: str, data: bytes, path: str, **options: Any) -> Glossary:
    options = {k: v for k, v in options.items() if v is not None}
    _check_langs(options)
    unknown = set(options) - _READS.get(fmt, _READS["csv"])
    if unknown:  # (a misspelt `strict` was ignored; an unknown one named an inner reader)
        raise TypeError(
            f"load() got an unexpected keyword argument {min(unknown)!r} (a {fmt} glossary "
            f"takes {', '.join(sorted(_READS.get(fmt, _READS['csv'])))})"
        )
    sheet = options.pop("sheet", None)  # XLSX only: a CSV file is one sheet
    max_bytes = options.pop("max_bytes", None)
    if fmt != "xlsx" and data.startswith(b"PK\x03\x04"):  # (a TBX or PO one said "not
        # well-formed XML: Start tag expected" or "no msgid": what XML or PO lacked)
        raise GlossaryError(
            f"a ZIP file (an Excel workbook?), not {fmt.upper()}; name it .xlsx, or pass "
            "format='xlsx'",
            path,
        )
    if fmt in ("tbx", "multiterm"):  # (read_tbx reads an <mtf> root as MultiTerm's)
        from .tbx import read_tbx

        return read_tbx(data, path, strict=options.get("strict", True))  # TBX says languages
    if fmt in ("po", "pot"):
        from .po import read_po

        options.pop("strict", None)
        return read_po(data, path, **options)
    if fmt == "xlsx":
        from .xlsx import read_xlsx

        limit = {"max_bytes": max_bytes} if max_bytes else {}
        return read_xlsx(data, path, sheet=sheet, **limit, **options)
    from ..encodings import bom_encoding
    from .tabular import read_table

    codec = bom_encoding(data) or "utf-8"  # Excel's "Unicode text" is UTF-16 LE with a BOM
    if codec == "utf-8" and b"\x00" in data[: 1 << 16]:  # a NUL in every other byte: it was
        from ..encodings import detect_encoding  # "term 'i\x00d\x00' holds U+0000"

        with contextlib.suppress(EncodingError):
            guess = detect_encoding(data[: 1 << 16])
            if guess.startswith(("utf-16", "utf-32")):
                zeros = "a zero byte" if guess.startswith("utf-16") else "zero bytes"
                raise GlossaryError(
                    f"{guess.upper()} without a BOM ({zeros} beside each letter); save it as "
                    "UTF-8, or as UTF-16 with a BOM",
                    path,
                    1,
                )
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as exc:
        line = data[: exc.start].decode(codec, "replace").count("\n") + 1
        name = "UTF-8" if codec.startswith("utf-8") else f"{codec.upper()} (as its BOM says)"
        raise GlossaryError(
            f"not {name} ({exc.reason}); save it as UTF-8, or as UTF-16 with a BOM", path, line
        ) from None
    return read_table(text, path, delimiter="\t" if fmt == "tsv" else None, **options)


def save(
    glossary: Glossary,
    path: str | os.PathLike[str],
    format: str | None = None,
    **options: Any,
) -> list[str]:
    """Write ``glossary`` to ``path`` atomically; return what the format could not hold.

    Options: TBX ``tbx_version=3|2``; MultiTerm none (UTF-16, as MultiTerm writes it); CSV/TSV ``layout="multi"|"bilingual"|"omegat"``,
    ``escape_formulas=True|False`` (default: on, except the ``omegat`` layout), ``bom=True``, ``source_lang``/``target_lang``; PO
    ``source_lang``/``target_lang``; XLSX ``sheet=`` (the sheet's name, default ``Glossary``).
    TBX takes and ignores the language options, as :func:`load` does; any other keyword a
    format does not take is a ``TypeError``.

    >>> import os, tempfile
    >>> g = load(shipped_path("ww2-roa.tbx"))
    >>> path = os.path.join(tempfile.mkdtemp(), "roa.po")
    >>> save(g, path, source_lang="ru", target_lang="fr")[0]
    'terms other than the preferred pair, subject, source or language of notes: not written (23x)'
    >>> load(path).get("roa").preferred("fr").text
    'Armée de libération russe'
    """
    from ..io.atomic import atomic_write

    glossary = want_glossary(glossary, "save()")
    name = _path_name(path, "save()")
    fmt = format_of(name, format)
    _check_langs(options)
    held = _languages_unheld(glossary, fmt, options.get("layout", "multi"))
    if fmt in ("xlsx", "multiterm"):
        import io

        from ..io.atomic import AtomicFile

        if fmt == "xlsx":
            from .xlsx import write_xlsx

            buf = io.BytesIO()
            lost = write_xlsx(glossary, buf, **options)
            data = buf.getvalue()
        else:
            from .multiterm import write_mtf

            unknown = set(options) - {"source_lang", "target_lang"}  # (as TBX: it says them)
            if unknown:
                raise TypeError(f"save() got an unexpected keyword argument {min(unknown)!r}")
            data, lost = write_mtf(glossary)
        out = AtomicFile(name)
        try:
            out.write(data)
            out.commit()
        finally:
            out.abort()
    elif fmt in ("po", "pot"):
        import io

        from .po import write_po

        buf = io.BytesIO()
        lost = write_po(glossary, buf, template=fmt == "pot", **options)
        with atomic_write(name) as fh:
            fh.write(buf.getvalue().decode("utf-8"))
        return lost + _untitled(glossary) + held
    else:
        with atomic_write(name) as fh:
            if fmt == "tbx":
                from .tbx import write_tbx

                version = int(options.pop("tbx_version", 3))
                unknown = set(options) - {"source_lang", "target_lang"}  # TBX says languages
                if unknown:  # as the other writers' keywords: `version=2` was ignored
                    raise TypeError(f"save() got an unexpected keyword argument {min(unknown)!r}")
                lost = write_tbx(glossary, fh, version=version)
            else:
                from .tabular import write_table

                delimiter = "\t" if fmt == "tsv" else ","
                lost = write_table(glossary, fh, delimiter=delimiter, **options)
    if glossary.obsolete:  # only PO has a place for entries kept out of use
        lost.append(f"obsolete PO entries: not written ({len(glossary.obsolete)}x)")
    if fmt != "tbx":
        lost += _untitled(glossary)
    if glossary.back and fmt != "tbx":  # only TBX has a place for its back matter
        lost.append("TBX back matter (<back>: the people and sources entries name): not written")
    return lost + held


def _languages_unheld(glossary: Glossary, fmt: str, layout: str) -> list[str]:
    """What ``fmt`` says of ``glossary``'s source language and declared languages where it
    cannot hold them (they went nowhere, in silence: soviet-institutions.tbx's ``ru en fr de``
    came back from CSV as ``ru en fr de uk``, its source language ru as none).

    No table layout of the CAT tools names a source language or the languages a glossary
    declares apart from its columns: memoQ's term base CSV, Trados's and MultiTerm's Excel
    exports, Matecat's glossary and Phrase Strings' CSV ("the first line … can contain
    multiple locale codes … The order of the columns is not important": its one source
    column, ``term``, names no language) have a column or set of columns a language; Weblate's
    CSV has ``source`` and ``target``, its languages the component's; Smartling's glossary
    has "no source language", its first column a "Focus Language" the user picks for the view.
    A language column is a declared language to its reader, and a direction is the
    project's. MultiTerm XML holds entries only (the termbase definition, XDT, holds its
    languages). The pair layouts (bilingual, OmegaT) and PO are given both languages, and TBX
    holds both.

    >>> from .model import Concept, Term
    >>> g = Glossary([Concept("c", terms=[Term("РОА", "ru"), Term("РОА", "uk")])],
    ...              source_lang="ru", languages=["ru", "de"])
    >>> for said in _languages_unheld(g, "csv", "multi"): print(said)
    the glossary's source language 'ru': not written (a table names none; give it when reading: source_lang=)
    languages of terms the glossary does not declare, uk: written as columns, each a language a table declares (read back: ru, de, uk)
    """
    if fmt not in ("csv", "tsv", "xlsx", "multiterm") or (
        fmt in ("csv", "tsv") and layout != "multi"
    ):
        return []
    what = "MultiTerm XML" if fmt == "multiterm" else "a table"
    out = []
    if glossary.source_lang:
        out.append(
            f"the glossary's source language {glossary.source_lang!r}: not written ({what} "
            + (
                "names none)"
                if fmt == "multiterm"
                else "names none; give it when reading: source_lang=)"
            )
        )
    declared = list(dict.fromkeys(norm_tag(t) for t in glossary.languages if t))
    if not declared:  # (nothing declared: the terms' languages are the glossary's, read so)
        return out
    used = list(dict.fromkeys(t.lang for c in glossary.concepts for t in c.terms))
    if fmt == "multiterm":  # a language of terms each, in the order the terms come
        if set(used) != set(declared):
            out.append(
                f"declared languages {', '.join(declared)}: not written (MultiTerm XML names "
                f"the languages of its terms: read back, {', '.join(used) or 'none'})"
            )
        return out
    columns = [*declared, *(t for t in used if t not in declared)]
    latin = {t for t in columns if t.endswith("-Latn") and t[: -len("-Latn")] in columns}
    extra = [t for t in used if t not in declared and t not in latin]
    if extra:
        back = [t for t in columns if t not in latin]
        out.append(
            f"languages of terms the glossary does not declare, {', '.join(extra)}: written as "
            f"columns, each a language a table declares (read back: {', '.join(back)})"
        )
    return out


def _untitled(glossary: Glossary) -> list[str]:
    """What a format without a title says of ``glossary``'s (a TBX's went nowhere, in silence).

    >>> _untitled(Glossary(title="ROA"))
    ["the glossary's title 'ROA': not written (only TBX has one)"]
    """
    if not glossary.title:
        return []
    return [f"the glossary's title {shown(glossary.title)}: not written (only TBX has one)"]


def _path_name(path: object, call: str) -> str:
    """The file name ``path`` (a str, a str subclass read as its text, bytes as the file
    system decodes them, or an ``os.PathLike``); a ``TypeError`` naming ``call`` for anything
    else (``load(None)`` was os.fspath's "expected str, bytes or os.PathLike object").

    >>> _path_name(b"g.csv", "load()")
    'g.csv'
    >>> _path_name(None, "load()")
    Traceback (most recent call last):
    ...
    TypeError: load() takes a file name (str or os.PathLike), not NoneType
    """
    try:
        name = os.fsdecode(os.fspath(path))  # type: ignore[call-overload]
    except TypeError:
        raise TypeError(
            f"{call} takes a file name (str or os.PathLike), not {type(path).__name__}"
        ) from None
    return str.__str__(name)


def _check_langs(options: dict[str, Any]) -> None:
    """Refuse a ``source_lang``/``target_lang`` that is no language tag: ``''`` wrote a PO file
    of no entry, ``'e n'`` warned "concept without a e n term" for every concept (exit 0).

    >>> _check_langs({"source_lang": "ru", "target_lang": "de-AT"})
    >>> _check_langs({"target_lang": "e n"})
    Traceback (most recent call last):
    translit.errors.ParameterError: `target_lang` 'e n' is not a language tag (ru, en, de-AT, or a private one such as x-old)
    """
    for key in ("source_lang", "target_lang"):
        value = options.get(key)
        if value is not None and not (isinstance(value, str) and valid_tag(value)):
            raise ParameterError(
                f"`{key}` {value!r:.40} is not a language tag (ru, en, de-AT, or a private one "
                "such as x-old)"
            )


def _roots() -> list[Path]:
    """The folders of shipped glossaries: the installed package's ``_glossaries``, a
    checkout's ``glossaries`` (:func:`translit._datafiles.glossary_roots`, found beside the
    package as its data is: importlib.resources, and the tempfile module it imports, cost
    15 ms)."""
    return [Path(p) for p in datafiles.glossary_roots()]


def shipped_path(name: str) -> Path:
    """The path of the shipped glossary file ``name`` (installed wheel or source checkout).

    >>> shipped_path("ww2-roa.tbx").name
    'ww2-roa.tbx'
    """
    for root in _roots():  # a name among the folder's files: never a path (../x) to elsewhere
        p = root / name
        if name in {n.name for n in root.iterdir()} and p.is_file():
            return p
    known = sorted({p.name for r in _roots() for p in r.iterdir() if p.suffix != ".md"})
    raise GlossaryError(
        f"no shipped glossary {shown(name)} (shipped: {', '.join(known) or 'none'})"
    )


def shipped_files() -> list[Path]:
    """Every shipped glossary file (TBX first, then CSV)."""
    seen: dict[str, Path] = {}
    for root in _roots():
        for p in sorted(root.iterdir()):
            if p.suffix in (".tbx", ".csv") and p.name not in seen:
                seen[p.name] = p
    return sorted(seen.values(), key=lambda p: (p.suffix != ".tbx", p.name))


@functools.cache
def _shipped() -> Glossary:
    g = Glossary(path="<shipped>")
    for p in shipped_files():
        g = g.merge(shipped_file(p))
    return drop_contained(g)


@functools.cache
def shipped_file(path: Path) -> Glossary:
    """The shipped glossary file ``path`` (one of :func:`shipped_files`) as :func:`load`
    reads it, read once a process: :func:`shipped` and the name rows of
    :func:`translit.shipped.name_rows` share one reading of ``names.csv`` (do not modify it).
    Read from the copy an earlier process kept while the file and the package are unchanged
    (:func:`translit._datafiles.kept_copy`: reading the shipped files took a fifth to two fifths
    of a one-line ``glossary apply``, ``qa`` or ``lookup``)."""
    g = datafiles.kept_copy(str(path), lambda: _fresh(load(path)))
    g._cache.clear()  # (whatever a copy holds: the fingerprint is of this process's objects)
    # its Cyrillic terms' romanisations, by every scheme, likewise kept: apply and qa of a
    # text holding Latin letters compiled every scheme of the terms' languages for them
    terms = [t for c in g.concepts for t in c.terms]
    KNOWN_ROMANIZATIONS.append(
        lambda: datafiles.kept_copy(str(path), lambda: romanizations_all(terms), "romanized.")
    )
    # and how their first words' forms start (apply's filing: a dictionary look-up each, a
    # sixth of a one-line apply's CPU); where no copy may be kept, asked word by word as
    # before (lookup asks only the terms a query reaches)
    firsts = list({(t.text.split()[0], primary(t.lang)): None for t in terms if t.text.split()})
    if not sys.dont_write_bytecode:
        KNOWN_STARTS.append(
            lambda: datafiles.kept_copy(
                str(path), lambda: dictionary_starts(firsts), "starts.", deps=DICTIONARY_PACKAGES
            )
        )
    return g


def _fresh(g: Glossary) -> Glossary:
    """``g`` as a kept copy holds it: without its caches (a fingerprint, matchers)."""
    g._cache.clear()
    return g


def drop_contained(g: Glossary) -> Glossary:
    """``g`` with one concept per thing: a concept that shares a term (language and text) with
    an earlier concept is folded into it. The shipped name list repeats TBX concepts (Власов,
    Красная армия, СССР), sometimes with a language the TBX lacks; its new terms join the earlier
    concept (as ``admitted`` where that language already has a preferred term), and one concept
    per thing is what lookup, apply and lint need.

    >>> from .model import Concept, Term
    >>> g = Glossary([Concept("a", terms=[Term("Власов", "ru"), Term("Wlassow", "de")]),
    ...               Concept("b", terms=[Term("Власов", "ru"), Term("Власов", "uk")])])
    >>> [(c.id, [t.lang for t in c.terms]) for c in drop_contained(g)]
    [('a', ['ru', 'de', 'uk'])]
    """
    owner: dict[tuple[str, str], int] = {}
    kept: list[Concept] = []
    for c in g.concepts:
        keys = [(t.lang, t.text.casefold()) for t in c.terms]
        earlier = sorted({owner[k] for k in keys if k in owner})
        if not earlier:
            for k in keys:
                owner.setdefault(k, len(kept))
            kept.append(c)
            continue
        i = earlier[0]
        base = kept[i]
        terms = list(base.terms)
        have = {(t.lang, t.text.casefold()) for t in terms}
        langs = {t.lang for t in terms}
        for t, k in zip(c.terms, keys, strict=True):
            if k in have:
                continue
            extra = dataclasses.replace(t, status="admitted") if t.lang in langs else t
            terms.append(extra)
            have.add(k)
            owner.setdefault(k, i)
        kept[i] = dataclasses.replace(base, terms=terms, source=base.source or c.source)
    return Glossary(
        kept,
        title=g.title,
        source_lang=g.source_lang,
        languages=g.languages,
        path=g.path,
        warnings=g.warnings,
    )


def shipped() -> Glossary:
    """All shipped glossaries merged into one (read once and cached; do not modify it).

    >>> g = shipped()
    >>> g.get("vs-konr").preferred("de").text
    'Streitkräfte des Komitees zur Befreiung der Völker Russlands'
    """
    return _shipped()
