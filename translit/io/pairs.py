"""Aligned translation pairs read from files: a TSV/CSV table of source and target columns,
two plain-text files aligned line by line, or an XLIFF 1.2/2.0 file (``translit glossary qa``'s
input).

Each file is read the one way every input is (:func:`~translit.io.textio.open_source`:
decompression by suffix, encoding detection, whole records), a block at a time, so memory
does not grow with the file. A pair carries the line its record starts at, which the findings
name.
"""

from __future__ import annotations

import csv
import functools
import itertools
import os
import re
from collections.abc import Callable, Iterator
from typing import Any, NamedTuple

from ..errors import ParameterError, TranslitError, shown, want_str
from ..glossary._xml import MAX_XML_BYTES, iter_elements, local_name, root_of
from ..script import LINE_END_RE
from .compression import strip_suffix
from .inputs import STDIN, input_name
from .textio import RECORD_LIMIT, InputError, cut_csv, cut_line_ends, cut_lines, open_source

__all__ = ["XLIFF_SUFFIXES", "Segment", "read_pairs", "table_delimiter", "xliff_languages"]

#: the names of XLIFF files (read as XLIFF, not as a table), a compression suffix read past
XLIFF_SUFFIXES = (".xlf", ".xliff")
#: XLIFF inline elements whose content is no text of the segment: 1.2's native codes (ph, bpt,
#: ept, it: the markup of the original format); 2.0's codes are empty elements (ph, sc, ec)
_CODES = frozenset({"ph", "bpt", "ept", "it"})

#: the words a header row's source and target cells may hold when no column is named
#: (beside the two languages' tags)
_HEADER_WORDS = ("source", "target", "src", "tgt")
_LINE = re.compile(r"[^\n]*\n|[^\n]+")
#: what an XLIFF file is, as the shared XML reader's refusals name it
_XLIFF = "an XLIFF file"


class Segment(NamedTuple):
    """A source segment and its translation, with the 1-based line each starts at (the same
    line of both files when read from two).

    >>> Segment(2, "Власов", "Vlassov").target
    'Vlassov'
    """

    line: int
    source: str
    target: str


def table_delimiter(name: str, head: str = "") -> str:
    """The delimiter of table ``name``: a tab for ``.tsv``/``.tab``, a comma for ``.csv``
    (a compression suffix read past), else a tab where the first line of ``head`` holds one.
    A tab-separated table has no quoting (a cell may start with a ``"``); a CSV table is
    quoted as CSV is, a quote left open an error at its line.

    >>> table_delimiter("pairs.tsv.gz"), table_delimiter("a.csv"), table_delimiter("-", "a\\tb")
    ('\\t', ',', '\\t')
    """
    ext = os.path.splitext(strip_suffix(name))[1].lower()
    if ext in (".tsv", ".tab"):
        return "\t"
    if ext == ".csv":
        return ","
    return "\t" if "\t" in head.split("\n", 1)[0] else ","


def _place(header: list[str], column: str, line: int) -> int:
    """The index of ``column`` (by name, any case, or a 1-based number) in ``header``."""
    if column.isdigit():
        return int(column) - 1
    wanted = column.strip().casefold()
    for i, cell in enumerate(header):
        if cell.strip().lstrip("\ufeff").casefold() == wanted:
            return i
    raise InputError(
        f"no column {shown(column)} in the header (it has: "
        f"{', '.join(shown(c) for c in header) or 'none'})",
        line,
    )


def _counted(block: str, taken: list[int]) -> Iterator[str]:
    """The lines of ``block``, each with its LF, counted in ``taken[0]`` as the CSV reader
    takes them (its own line_num counts a CR in a quoted cell as a line too)."""
    for m in _LINE.finditer(block):
        taken[0] += 1
        yield m[0]


def _records(
    name: str,
    delimiter: str | None,
    encoding: str,
    errors: str,
    warn: Callable[[int, str], None] | None,
) -> Iterator[tuple[int, list[str]]]:
    """Each record of table ``name`` with the line it starts at (blank lines skipped)."""
    with open_source(name, encoding, errors, warn=warn) as src:
        if delimiter is None:  # (the head's first line tells a tab from a comma)
            delimiter = table_delimiter(name, src.head.decode(src.encoding, "replace"))
        line = 1
        # (a TSV has no quoting, as the batch formats read it: "Наша Russia" opens a cell)
        tsv = delimiter == "\t"
        cut = cut_lines if tsv else functools.partial(cut_csv, delimiter=delimiter)
        for block in src.blocks(cut=cut, hard_limit=None):
            taken = [0]  # the lines (ended by LF, as lines are counted) the reader has read
            text = _counted(block, taken)
            if tsv:  # (no quoting: a row is its line cut at tabs, a lone CR kept in its cell)
                rows: Iterator[list[str]] = (
                    one.removesuffix("\n").removesuffix("\r").split(delimiter) for one in text
                )
            else:
                rows = csv.reader(text, delimiter=delimiter, strict=True)
            seen = 0
            try:
                for row in rows:
                    start = line + seen
                    seen = taken[0]
                    if any(cell.strip() for cell in row):
                        yield start, row
            except csv.Error as exc:
                why = str(exc)
                if (
                    "new-line character" in why
                ):  # (csv's advice, universal-newline mode, is Python's)
                    why = "a carriage return (CR) alone in an unquoted cell: quote the cell"
                elif "field larger than field limit" in why:  # (csv's words, and no advice)
                    why = (
                        f"a cell longer than {csv.field_size_limit():,} characters, the most a "
                        "CSV cell is read with; split the segment, or give the pairs as TSV "
                        "(.tsv: no such limit)"
                    )
                raise InputError(f"not a valid table row: {why}", line + seen) from None
            line += block.count("\n") + (not block.endswith("\n"))


def _lines(
    name: str, encoding: str, errors: str, warn: Callable[[int, str], None] | None
) -> Iterator[str]:
    """The lines of ``name``, ended by LF, CRLF or a CR alone: where every line number counts
    one (:data:`translit.script.LINE_END_RE`, as detect and romanize read them)."""
    with open_source(name, encoding, errors, warn=warn) as src:
        for block in src.blocks(cut=cut_line_ends, hard_limit=None):
            lines = LINE_END_RE.split(block)
            if not lines[-1]:  # (after the block's last line end: each block ends with one,
                lines.pop()  # but the input's last, which may end without)
            yield from lines


def _inline_text(el: Any) -> str:
    """The text of an XLIFF ``source`` or ``target``: its text and that of its inline
    elements (g, mrk, pc), not the native codes of :data:`_CODES`; a 2.0 ``cp`` is its code
    point."""
    out = [el.text or ""]
    for child in el:
        name = local_name(child.tag)
        if name == "cp":
            hexa = child.get("hex") or ""
            ok = 0 < len(hexa) <= 6 and all(c in "0123456789abcdefABCDEF" for c in hexa)
            out.append(chr(int(hexa, 16)) if ok and int(hexa, 16) <= 0x10FFFF else "")
        elif name and name not in _CODES:
            out.append(_inline_text(child))
        out.append(child.tail or "")
    return "".join(out)


def _xliff_data(name: str, encoding: str, errors: str) -> tuple[bytes, Any]:
    """The bytes of XLIFF file ``name`` and its root element (its start tag), checked."""
    with open_source(name, encoding, errors) as src:
        data = src.head + src.raw.read(MAX_XML_BYTES + 1 - len(src.head))
    if len(data) > MAX_XML_BYTES:
        raise InputError(f"XLIFF file larger than {MAX_XML_BYTES:,} bytes; refused")
    root = root_of(data, name, _XLIFF)
    if local_name(root.tag) != "xliff":
        raise InputError(f"an XLIFF file's root is <xliff>, not <{local_name(root.tag)}>", 1)
    return data, root


def xliff_languages(
    name: str, encoding: str = "auto", errors: str = "strict"
) -> list[tuple[int, str, str]]:
    """(line, source language, target language) of each ``<file>`` of XLIFF file ``name``,
    as it declares them (``""`` for one it does not): XLIFF 1.2's ``source-language`` and
    ``target-language`` of each ``<file>``; 2.0's ``srcLang`` and ``trgLang`` of ``<xliff>``,
    which its files share (one item, at the root's line).

    >>> import os, tempfile
    >>> path = os.path.join(tempfile.mkdtemp(), "job.xlf")
    >>> with open(path, "w", encoding="utf-8") as fh:
    ...     _ = fh.write('<xliff version="2.0" srcLang="ru" trgLang="fr"><file id="f"/></xliff>')
    >>> xliff_languages(path)
    [(1, 'ru', 'fr')]
    """
    data, root = _xliff_data(want_str(name, "xliff_languages()"), encoding, errors)
    if root.get("srcLang") is not None or root.get("trgLang") is not None:
        return [(root.sourceline or 1, root.get("srcLang", ""), root.get("trgLang", ""))]
    return [
        (el.sourceline or 0, el.get("source-language", ""), el.get("target-language", ""))
        for el in iter_elements(data, name, "{*}file", what=_XLIFF)
    ]


def _translated(el: Any) -> bool:
    """Whether XLIFF unit ``el`` is to be translated: the ``translate`` attribute of it or its
    nearest ancestor that has one (1.2's trans-unit and group, 2.0's segment, unit, group and
    file) is not "no"."""
    while el is not None:
        said = el.get("translate")
        if said is not None:
            return said.strip() != "no"
        el = el.getparent()
    return True


def _xliff(
    name: str, encoding: str, errors: str, note: Callable[[int, str], None] | None = None
) -> Iterator[Segment]:
    """The segments of XLIFF file ``name``: 1.2's ``trans-unit`` elements, 2.0's ``segment``
    elements, in the namespace of its root (an element of another vocabulary so named, inside
    a source, is no segment), each (source, target) with the line it starts at (a unit without
    a target: an empty target). A unit marked ``translate="no"`` (:func:`_translated`) is not
    translated, so not read; how many were, ``note`` is told once, at the end (line 0)."""
    data, root = _xliff_data(name, encoding, errors)
    ns = "{" + (root.tag[1:].partition("}")[0] if root.tag.startswith("{") else "") + "}"
    skipped = 0
    for el in iter_elements(data, name, (f"{ns}trans-unit", f"{ns}segment"), what=_XLIFF):
        if not _translated(el):
            skipped += 1
            continue
        parts = {local_name(c.tag): c for c in el if local_name(c.tag) in ("source", "target")}
        if "source" in parts:
            target = parts.get("target")
            yield Segment(
                el.sourceline or 0,
                _inline_text(parts["source"]),
                "" if target is None else _inline_text(target),
            )
    if skipped and note is not None:
        said = f"{skipped:,} segment{'s' * (skipped != 1)}"
        note(0, f'{said} marked translate="no" skipped (not to be translated)')


def read_pairs(
    name: str,
    target_name: str | None = None,
    *,
    columns: tuple[str, str] | None = None,
    langs: tuple[str, ...] = (),
    delimiter: str | None = None,
    encoding: str = "auto",
    errors: str = "strict",
    warn: Callable[[int, str], None] | None = None,
    note: Callable[[int, str], None] | None = None,
) -> Iterator[Segment]:
    """The aligned pairs of ``name`` (``"-"``: standard input). ``note`` is told how many
    units of an XLIFF file were skipped as marked ``translate="no"`` (once, if any).

    With ``target_name``: line *n* of ``name`` and line *n* of ``target_name`` are a pair
    (files of different numbers of lines raise :class:`InputError` at the first line one
    lacks). Otherwise ``name`` is a table (:func:`table_delimiter`, or ``delimiter``):
    ``columns`` names its source and target columns (by header name, or 1-based number), whose
    header row is read first; without it the first two columns are, and a first row whose two
    cells are the ``langs`` or the words source and target is a header, skipped.

    >>> import os, tempfile
    >>> path = os.path.join(tempfile.mkdtemp(), "pairs.tsv")
    >>> with open(path, "w", encoding="utf-8") as fh:
    ...     _ = fh.write("ru\\tfr\\nГенерал Власов\\tLe général Vlassov\\n")
    >>> list(read_pairs(path, langs=("ru", "fr")))
    [Segment(line=2, source='Генерал Власов', target='Le général Vlassov')]
    """
    name = want_str(name, "read_pairs()")
    if target_name is None and strip_suffix(name).lower().endswith(XLIFF_SUFFIXES):
        if columns is not None or delimiter is not None:
            raise ParameterError("`columns` and `delimiter` read a table, not an XLIFF file")
        yield from _xliff(name, encoding, errors, note)
        return
    if target_name is not None:
        yield from _aligned(name, want_str(target_name, "read_pairs()"), encoding, errors, warn)
        return
    if delimiter is not None and len(want_str(delimiter, "read_pairs()")) != 1:
        raise ParameterError(f"`delimiter` is one character, not {shown(delimiter)}")
    records = _records(name, delimiter, encoding, errors, warn)
    first = next(records, None)
    if first is None:
        return
    line, row = first
    if columns is not None:
        at = (_place(row, columns[0], line), _place(row, columns[1], line))
    else:
        at = (0, 1)
        words = {w.casefold() for w in (*_HEADER_WORDS, *langs)}
        if len(row) < 2 or {c.strip().lstrip("\ufeff").casefold() for c in row[:2]} - words:
            records = itertools.chain([first], records)
    for line, row in records:
        if max(at) >= len(row):
            raise InputError(
                f"{len(row)} column{'s' if len(row) != 1 else ''}, not the {max(at) + 1} the "
                "source and target columns need (a TSV with commas? give the delimiter)",
                line,
            )
        yield Segment(line, row[at[0]], row[at[1]])


def _blamed(name: str, lines: Iterator[str]) -> Iterator[str]:
    """``lines``, an error reading them naming ``name`` (of two files read side by side, the
    one at fault: ``InputError.path``, ``OSError.filename``)."""
    try:
        yield from lines
    except OSError as exc:
        exc.filename = exc.filename or name
        raise
    except InputError as exc:
        exc.path = exc.path or name
        raise
    except TranslitError as exc:  # (an encoding's: EncodingError)
        message = getattr(exc, "message", str(exc))
        raise InputError(message, getattr(exc, "line", 0) or 0, path=name) from exc


def _aligned(
    name: str, target_name: str, encoding: str, errors: str, warn: Callable[[int, str], None] | None
) -> Iterator[Segment]:
    """Line *n* of both files, paired."""
    gone = object()
    sources = _blamed(name, _lines(name, encoding, errors, warn))
    targets = _blamed(target_name, _lines(target_name, encoding, errors, warn))
    pairs = itertools.zip_longest(sources, targets, fillvalue=gone)
    for n, (a, b) in enumerate(pairs, 1):
        if a is gone or b is gone:
            short = name if a is gone else target_name
            raise InputError(
                f"{input_name(short) if short == STDIN else shown(short)} ends before line {n}: "
                "the two files are not aligned line by line",
                n,
                path=short,
            )
        src, tgt = str(a), str(b)
        if len(src) > RECORD_LIMIT or len(tgt) > RECORD_LIMIT:
            raise InputError(f"a line longer than {RECORD_LIMIT:,} characters", n)
        if src.strip() or tgt.strip():
            yield Segment(n, src, tgt)
