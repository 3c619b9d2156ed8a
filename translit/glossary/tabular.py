"""CSV/TSV glossaries: OmegaT, DeepL, Weblate/translate-toolkit and a multilingual layout.

The layouts, recognised from the first row:

- **OmegaT** (headerless): ``source⇥target⇥comment`` — the first row is data; a line starting
  with ``#`` is a comment, as OmegaT reads it (OmegaT starts its files with one). The languages
  come from ``source_lang``/``target_lang``; when not given, a Cyrillic column's language is
  detected (:func:`translit.detection.detect`) and another column is ``und`` with a warning
  in ``Glossary.warnings`` (the CLI passes ``apply --target`` as the target language).
- **DeepL** glossary export (headerless): ``source,target,source language,target language``
  on every row (and DeepL's relevance, not kept), the row's codes its terms' languages.
- **Weblate / translate-toolkit** (a header with ``source`` and ``target``): other columns
  named ``comment``, ``notes``, ``translator_comments``, ``developer_comments``,
  ``explanation`` become notes (each column one); ``context``/``id`` the concept id; a
  ``language`` column (l10n-glossary's ``source,target,language,…``) the row's target
  language. The
  writer joins several notes of a concept into its one note cell, by line ends, and says so.
- **Multilingual** (a header with language tags, BCP 47: ``ru``, ``ru-RU``, ``de-AT``,
  ``sr-Latn``, each kept as written): one row per concept, one column per language tag holding
  the preferred term; further terms of that language follow, separated by ``|``, and are read
  as ``admitted``. Optional ``<tag>:type``, ``<tag>:status``, ``<tag>:gender`` and
  ``<tag>:pos`` columns hold each term's type, status, grammatical gender and part of speech
  in the same ``|`` order (an empty pos slot: the row's ``pos``); an empty slot leaves
  them unstated
  (:class:`.model.Implied`: a full form, preferred or, further on, admitted), and the writer
  fills a slot only where the term's file stated its value or the value is not that one, so
  TBX → CSV → TBX keeps every term with its type and status, and adds none the TBX file did not
  have (an unstated ``preferred`` on a further term is the one thing the layout cannot leave
  unstated). Optional columns: ``id``, ``subject``, ``type``, ``status``, ``note``,
  ``source``, ``definition``; every ``note`` (``definition``, ``source``) column is read, each a
  note of its own (:class:`.model.Joined`), and the writer writes as many as the concept with
  most notes has, so several notes come back several; ``<tag>:note`` and ``<tag>:definition``
  columns hold a language's own (a TBX language section's), the same way; ``<tag>:term id``,
  ``<tag>:term note``, ``<tag>:term source``, ``<tag>:term definition`` and ``<tag>:context``
  a term's own, one column for each term of the language (:data:`_TERM_TEXT`); a term's second
  and further notes (sources) in ``<tag>:term note 2``, ``<tag>:term note 3`` … columns, again one
  for each term of the language (memoQ repeats a term's fields for each term; Trados's one cell
  with a ``/`` between values, which a note may hold and nothing escapes, is not written), and a
  concept's in further ``source`` columns, so a TBX ``termSec``'s several ``<note>`` come back
  several; ``tbx``,
  ``<tag>:tbx`` and ``<tag>:term tbx`` the TBX data a TBX reader kept for the concept, a
  language or a term (IATE's reliabilityCode, a transacGrp), XML elements one after
  another, so TBX → table → TBX loses none. ``type`` is a
  concept-level category
  (``person|place|acronym|org|term`` in ``glossaries/names.csv``): it becomes the concept's
  subject field when there is no ``subject`` column, and ``acronym`` also makes the row's terms
  acronyms. ``status`` applies to the row's first term in each language (unless a
  ``<tag>:status`` column says otherwise). A language may have several columns (memoQ writes
  one per term): their terms join one list, the first preferred and the others admitted.
  memoQ's ``Entry_ID``, ``Entry_Subject`` and ``Entry_Note`` are ``id``, ``subject`` and
  ``note``; a language column may be named by a tag or by the language's English name
  (``German (Germany)``, as Trados and MultiTerm label them; :func:`.model.tag_of_name`).
  Google's glossary CSV: ``description`` is a note, ``pos`` the part of speech of the row's
  terms (written where a concept's terms share one). Matecat's ``Forbidden`` column: yes makes
  the row's terms deprecated. Phrase Strings' ``term``: a term in the source language (given,
  else detected as OmegaT's is). An ``id`` its reader invented is written as an empty cell, and a
  cell cannot hold an empty note: the writer says so. Lokalise's glossary CSV
  (``term;description;casesensitive;translatable;forbidden;tags;en;en_description``): a
  ``<lang>_description`` is that language's note, ``forbidden`` forbids the ``term`` too.
  Crowdin's (its API's import scheme as column names): ``term_<lang>``, ``description_<lang>``
  (the term's definition), ``partOfSpeech_<lang>``, ``status_<lang>``, ``type_<lang>``,
  ``gender_<lang>``, ``note_<lang>`` are the language's and the term's columns above, and
  ``conceptDefinition``, ``conceptSubject``, ``conceptNote`` the concept's (two such names make a
  header Crowdin's: one ``term_id`` column of another table is no Indonesian).

The delimiter of a ``.csv`` file is the one Excel's ``sep=;`` first line names, else the one its
first line uses most of ``,``, ``;`` (Excel's
"CSV" in locales whose decimal separator is a comma: de, fr, ru) and tab; a CRLF inside a quoted
cell (a multi-line note from Excel) is read as one line end, as XML reads it.
Files are UTF-8, with or without a BOM (``bom=True`` writes one, for Excel), or UTF-16/32 with
a BOM (Excel's "Unicode text" export: UTF-16 LE, tab separated); :func:`.files.loads` decodes
them. Quoting follows :mod:`csv`, strictly: a quote left open is an error at the line where the
cell began, never a silent merge of the following rows. The one exception is a tab-separated
file without a header, which is OmegaT's: OmegaT splits its lines at tabs only, so when quoting
fails there, each line is a row and quotes are characters (with a warning). Export prefixes cells starting with ``= + - @`` or a tab/CR
with ``'`` (OWASP "CSV injection"), so spreadsheets do not run them (``escape_formulas=False``
turns it off; the OmegaT layout, read by OmegaT and not by a spreadsheet, is written without
it); reading removes that one ``'`` again, so a round trip is lossless. Writers
return what the layout cannot hold.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Collection
from typing import IO, Any

from ..delimiters import excel_sep, sep_line_problem
from ..errors import GlossaryError, ParameterError, shown
from ._xml import fragments_in, parse_fragment
from .model import (
    MAX_TERM,
    Concept,
    Glossary,
    Implied,
    Spelled,
    Term,
    check_glossary,
    implied,
    invented_id,
    is_cyrillic,
    joined,
    kept_name,
    known_status,
    listing,
    norm_tag,
    parts_of,
    settle_ids,
    tag_of_name,
    valid_tag,
    with_part,
    yes_no,
)
from .tbx import respelled, spelled_fragments

__all__ = ["multi_rows", "read_rows", "read_table", "write_table"]

#: columns not kept that are named one by one; more are counted in one warning
_NAMED = 5
_NOTE_COLS = {
    "comment",
    "comments",
    "note",
    "notes",
    "translator_comments",
    "developer_comments",
    "explanation",
    "description",  # Google's glossary CSV ("notes for the translator"), Phrase Strings, Lokalise
}
#: the columns of the TBX data a TBX reader kept and the model has no field for (IATE's
#: reliabilityCode, a transacGrp, a customerSubset…), XML elements one after another: ``tbx``
#: the concept's, ``<tag>:tbx`` a language's, ``<tag>:term tbx`` a term's (one column for each
#: term of the language, as the term's text columns), so that TBX → table → TBX keeps them
_TBX, _TERM_TBX = "tbx", "term tbx"
_META = {
    "id",
    "subject",
    "type",
    "status",
    "pos",
    "note",
    "notes",
    "source",
    "definition",
    "context",
    "forbidden",  # Matecat's: the row's terms are forbidden
    "term",  # Phrase Strings': the term in the project's language
    _TBX,  # the concept's kept TBX data
}
#: The columns of the multilingual layout that hold one value per concept (a second is refused;
#: every ``note``, ``definition``, ``subject`` and ``source`` column is read, each one part: a
#: TBX entry's several subject fields, IATE's domains, came back as one)
_SINGLE = {"id", "type", "status", "pos"}

#: the per-term columns of the multilingual layout: ``<tag>:type``, ``<tag>:status``,
#: ``<tag>:gender`` (TBX's grammaticalGender, which glossary apply fits an article to),
#: ``<tag>:pos`` (a term's part of speech where the row's terms do not share one: Microsoft's
#: and Pontoon's TBX state it for the English term alone)
_PER_TERM = ("type", "status", "gender", "pos")
#: the per-language columns of the multilingual layout: ``<tag>:definition``, ``<tag>:note``
#: (a definition or note of one language: TBX-Basic's place for a definition is the language
#: section, as IATE, Pontoon and MultiTerm's TBX write it), one column each part
_PER_LANG = ("definition", "note")
#: the term-level text columns of the multilingual layout, one column for each term of the
#: language, in its order (``ru:term note``, ``ru:term note``: the first and the second Russian
#: term's): ``<tag>:term id``, ``<tag>:term note``, ``<tag>:term source`` (the term's id
#: in its file, as TBX's termSec and MultiTerm's termId give it, note and source),
#: ``<tag>:term definition`` (TBX's definition on the term level: TBX v3, ISO 30042:2019, allows
#: a descrip in a termSec, and Pontoon's v3 export writes one; TBX-Basic's is the language's,
#: ``<tag>:definition``) and ``<tag>:context`` (TBX's usage example, a term's: memoQ's
#: Term_Example), the last two kept as the TBX reader keeps them (:attr:`.model.Term.extra`)
_TERM_TEXT = ("term id", "term note", "term source", "term definition", "context")
#: the TBX category of those kept as TBX data
_TERM_DESCRIP = {"term definition": "definition", "context": "context"}
#: the term-level text columns that may hold several parts (a TBX termSec's several ``<note>``
#: or source ``<admin>`` elements): the first part in ``<tag>:term note``, the further ones in
#: ``<tag>:term note 2``, ``<tag>:term note 3`` …, each again one column for each term of the
#: language (memoQ's CSV repeats a term's fields for each term, in order; a number names the
#: part, as the order names the term)
_TERM_PARTS = ("term note", "term source")
_NUMBERED = re.compile(rf"(?P<what>{'|'.join(_TERM_PARTS)}) (?P<n>[2-9]|[1-9][0-9]{{1,3}})")

#: Other names of those columns: memoQ's CSV export (its documentation, "Term base in CSV format")
_META_ALIASES = {
    "entry_id": "id",  # memoQ's
    "entry_subject": "subject",
    "entry_note": "note",
    # Zanata's glossary CSV (its user guide, "Upload glossaries": a part-of-speech column named
    # pos, partofspeech or part of speech; a description column desc or description)
    "partofspeech": "pos",
    "part of speech": "pos",
    "desc": "description",
}
#: Transifex glossary columns: ``term, pos, comment`` and per language ``translation_<lang>``,
#: ``comment_<lang>`` (``<lang>`` a Transifex code: ``fr``, ``pt_BR``)
_TX_TERM, _TX_NOTE = "translation_", "comment_"
#: memoQ's language-level and term-level fields after a language's column: ``English_Def`` (the
#: definition in that language), ``English_Forbidden`` or ``Term_Forbidden`` (the term before is
#: forbidden: read as deprecated, never written as a target)
_MEMOQ_DEF, _MEMOQ_FORBIDDEN = "_def", "_forbidden"
#: memoQ's term-level usage example, after the term it illustrates (the column layout of a memoQ
#: export: ``…,English_United_States,Term_Info,Term_Example,…``): kept as that term's TBX
#: ``context``, so a TBX export carries it
_MEMOQ_EXAMPLE = "term_example"
#: Lokalise's glossary CSV (its documentation, "Glossary"; ``term;description;casesensitive;
#: translatable;forbidden;tags;en;en_description;de_DE;de_DE_description``): a language's
#: description, read as that language's note (``<tag>:note``)
_LOKALISE_DESC = "_description"
#: Crowdin's glossary columns, as its API's Import Glossary names them in its ``scheme`` (the
#: column mapping of a CSV or XLSX upload, a header row allowed: ``firstLineContainsHeader``):
#: ``term_<lang>``, ``description_<lang>``, ``partOfSpeech_<lang>``, ``status_<lang>``,
#: ``type_<lang>``, ``gender_<lang>``, ``url_<lang>``, ``note_<lang>`` of a term, and the
#: concept's ``conceptDefinition``, ``conceptSubject``, ``conceptNote``, ``conceptUrl``,
#: ``conceptFigure``: a term's field read as the multilingual layout's column of it (a term's
#: description is its definition, TBX's term-level one); a URL or figure is not kept (said)
_CROWDIN_TERM = {
    "term": "",
    "description": ":term definition",
    "partofspeech": ":pos",
    "status": ":status",
    "type": ":type",
    "gender": ":gender",
    "note": ":term note",
}
_CROWDIN_NAME = re.compile(
    r"(?P<field>term|description|partOfSpeech|status|type|gender|note|url)_(?P<lang>[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*)",
    re.IGNORECASE,
)
_CROWDIN_CONCEPT = {"conceptdefinition": "definition", "conceptsubject": "subject",
                    "conceptnote": "note"}  # fmt: skip
#: columns of the tools' glossary tables that translit does not keep but knows, so that a header
#: holding them is a header (said "not kept" as any other): Lokalise's and Phrase Strings' flags
_UNKEPT = {"casesensitive", "case sensitive", "translatable", "tags", "concepturl",
           "conceptfigure"}  # fmt: skip
_FORMULA = ("=", "+", "-", "@", "\t", "\r")
#: the status of a row's further terms of a language no cell states
_ADMITTED = implied("admitted")
_SEP = "|"


def _escape(cell: str) -> str:
    """``'`` before a formula-like cell (also before one already so escaped: lossless).

    >>> _escape("=1+1"), _escape("'=1"), _escape("a'b")
    ("'=1+1", "''=1", "a'b")
    """
    return "'" + cell if cell.lstrip("'").startswith(_FORMULA) else cell


def _unescape(cell: str) -> str:
    """The inverse of :func:`_escape`.

    >>> _unescape("'=1+1"), _unescape("''=1"), _unescape("'quoted'")
    ('=1+1', "'=1", "'quoted'")
    """
    return cell[1:] if cell.startswith("'") and cell.lstrip("'").startswith(_FORMULA) else cell


def _blank_leading_comments(text: str) -> str:
    """``text`` with the comment lines (``#``) before its first row made empty, so that they are
    neither a header nor quoting: OmegaT starts its glossary files with
    ``# Glossary in tab-separated format -*- coding: utf-8 -*-``. Line numbers stay.

    >>> _blank_leading_comments('# a "b\\nx\\ty\\n')
    '\\nx\\ty\\n'
    """
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if line.lstrip().startswith("#"):
            lines[i] = ""
        elif line.strip():
            break
    return "\n".join(lines)


def _sniff(text: str) -> str:
    """The delimiter the first non-empty line uses most, outside quotes (``,`` on a tie).

    >>> _sniff('ru;de;"a,b"\\n'), _sniff("ru,de\\n"), _sniff("РОА\\tROA\\n")
    (';', ',', '\\t')
    """
    first = next((line for line in text.splitlines() if line.strip()), "")
    outside = re.sub(r'"[^"]*"?', "", first)
    return max((",", ";", "\t"), key=outside.count)


def _delimiter(delimiter: str) -> str:
    """``delimiter`` when the csv module can use it both ways, else a :class:`ParameterError`."""
    if len(delimiter) != 1 or delimiter in '"\r\n':
        raise ParameterError(
            f"a CSV delimiter is one character, not a quote or a line end: {delimiter!r}"
        )
    return delimiter


def read_table(
    text: str,
    path: str = "<csv>",
    *,
    delimiter: str | None = None,
    source_lang: str | None = None,
    target_lang: str | None = None,
    strict: bool = True,
) -> Glossary:
    """Read CSV/TSV text (layout recognised from the first row) into a :class:`Glossary`.

    ``strict=False`` collects bad rows in ``Glossary.errors`` (each with file:line) and goes
    on, so a check can report every problem of a file in one run. ``delimiter=None`` takes the
    one the first line uses most, of ``,`` ``;`` and tab (Excel writes ``;`` where the decimal
    separator is a comma: de, fr, ru).

    >>> g = read_table("id,ru,fr\\nroa,РОА,ROA\\n")
    >>> g.concepts[0].preferred("fr").text
    'ROA'
    """
    if text.startswith("\ufeff"):
        text = text[1:]
    text = _blank_leading_comments(text)
    problem = sep_line_problem(text, delimiter)
    if problem:  # read as the header, its terms were tagged und with a warning
        raise GlossaryError(problem, path, 1)
    declared = excel_sep(text)
    if declared:  # Excel's "sep=;" first line: the delimiter, then the header (line kept)
        delimiter, end = declared
        text = text[end - 1 :] if text[end - 1 : end] == "\n" else ""
    delimiter = _delimiter(_sniff(text) if delimiter is None else delimiter)
    g = Glossary(path=path)
    try:
        rows = _rows(text, delimiter, path)
    except GlossaryError as exc:
        # OmegaT splits its tab-separated lines at tabs and nothing else: '"Red" Army' is a term
        rows = _rows(text, delimiter, path, quoting=False) if delimiter == "\t" else []
        if not rows or _has_header(rows[0][1]):
            raise exc from None
        g.warnings.append(
            f"{path}:{exc.line}: a quote CSV cannot read: read as an OmegaT glossary, whose "
            "quotes are characters (OmegaT splits lines at tabs only)"
        )
    return _read_rows(g, rows, source_lang, target_lang, strict)


def read_rows(
    rows: list[tuple[int, list[str]]],
    path: str = "<table>",
    *,
    source_lang: str | None = None,
    target_lang: str | None = None,
    strict: bool = True,
) -> Glossary:
    """Read rows of cells, each with its line (a spreadsheet's row number), as
    :func:`read_table` reads the rows of a CSV file: same layouts, same checks. Empty rows
    are left out by the caller.

    >>> g = read_rows([(1, ["ru", "de"]), (2, ["РОА", "ROA"])], "terms.xlsx")
    >>> [(t.lang, t.text, t.line) for t in g.concepts[0].terms]
    [('ru', 'РОА', 2), ('de', 'ROA', 2)]
    """
    return _read_rows(Glossary(path=path), rows, source_lang, target_lang, strict)


def _read_rows(
    g: Glossary,
    rows: list[tuple[int, list[str]]],
    source_lang: str | None,
    target_lang: str | None,
    strict: bool,
) -> Glossary:
    path = g.path or "<table>"
    if not rows:
        return g
    # Crowdin's columns (term_en, conceptNote …): two of them, so that one "term_id" column of
    # another table is no Indonesian
    if sum(_crowdin_column(c) is not None for c in rows[0][1]) >= 2:
        rows = [(rows[0][0], [_crowdin_column(c) or c for c in rows[0][1]]), *rows[1:]]
    head = [c.strip().lower() for c in rows[0][1]]
    header: tuple[str, ...] | None = _row_key(rows[0][1])  # None: a layout without one
    if "source" in head and "target" in head:
        layout, body = _bilingual(g, rows[0][1], rows[1:], source_lang, target_lang), rows[1:]
    elif _is_transifex_header(rows[0][1]):
        layout, body = _transifex(g, rows[0], rows[1:], source_lang), rows[1:]
    elif _is_deepl_row(rows[0][1]):
        layout, body, header = _deepl(g, rows), rows, None
    elif _is_multi_header(rows[0][1]):
        layout, body = _multi(g, rows[0], rows[1:], source_lang), rows[1:]
    else:  # OmegaT skips a line starting with '#' (its own files start with one)
        body = [(line, row) for line, row in rows if not row[0].lstrip().startswith("#")]
        layout, header = _omegat(g, body, source_lang, target_lang), None
    n = 0
    first = header[0] if header else None  # (a row is the header again only if its first cell is)
    for line, row in body:
        if (
            header is not None
            and row
            and _cell_key(row[0]) == first
            and _row_key(row) == header  # (it became a concept "ru" → "en")
        ):
            g.warnings.append(
                f"{path}:{line}: the header again (two files joined?): not read as a concept"
            )
            continue
        n += 1
        try:
            g.concepts.append(layout(n, line, row))
        except GlossaryError as exc:
            err = GlossaryError(exc.message, path, line)
            if strict:
                raise err from None
            g.errors.append(err)
    settle_ids(g.concepts)
    return g


Row = Callable[[int, int, list[str]], Concept]


def _crowdin_column(name: str) -> str | None:
    """The multilingual layout's name of Crowdin's glossary column ``name`` (:data:`_CROWDIN_TERM`),
    ``None`` for any other name.

    >>> _crowdin_column("term_en"), _crowdin_column("partOfSpeech_pt_BR"), _crowdin_column("ru")
    ('en', 'pt-BR:pos', None)
    """
    name = name.strip()
    said = _CROWDIN_NAME.fullmatch(name)
    if said is None:
        return _CROWDIN_CONCEPT.get(name.lower())
    tag = _row_tag(said["lang"])
    field = said["field"].lower()
    if tag is None or field == "url":  # (a URL: kept under its own name, said not kept)
        return None
    return tag + _CROWDIN_TERM[field]


def _row_key(row: list[str]) -> tuple[str, ...]:
    """``row`` as a header is compared: cells without case, outer spaces and a BOM (a file
    joined to another keeps its own), empty cells at the end left out.

    >>> _row_key(["\ufeffRU ", "en", ""]) == _row_key(["ru", "EN"])
    True
    """
    cells = [_cell_key(c) for c in row]
    while cells and not cells[-1]:
        cells.pop()
    return tuple(cells)


def _cell_key(cell: str) -> str:
    """A cell of a row as :func:`_row_key` compares it."""
    return cell.strip().lstrip("\ufeff").strip().lower()


def _rows(
    text: str, delimiter: str, path: str, *, quoting: bool = True
) -> list[tuple[int, list[str]]]:
    """The non-empty rows of ``text`` with the line each starts at (``quoting=False``: a quote
    is a character, a line is a row)."""
    reader = csv.reader(
        io.StringIO(text, newline=""),
        delimiter=delimiter,
        strict=True,
        quoting=csv.QUOTE_MINIMAL if quoting else csv.QUOTE_NONE,
    )
    rows: list[tuple[int, list[str]]] = []
    start = 1
    try:
        for cells in reader:
            flat = "\n".join(cells)  # (one look at the row's cells for what needs work)
            if flat.strip():
                if flat.startswith(("'", "\ufeff")) or "\n'" in flat or "\r" in flat:
                    # (the BOM of a file joined to another)
                    cells[0] = cells[0].removeprefix("\ufeff")
                    rows.append((start, [_unescape(c).replace("\r\n", "\n") for c in cells]))
                else:  # (no cell starts with ' or holds a CR: nothing to undo)
                    rows.append((start, cells))
            start = reader.line_num + 1
    except csv.Error as exc:
        why: object = exc
        if "end of data" in str(exc):
            why = (
                "a quote opened in this row is never closed: close it, or double a quote "
                'inside a cell ("")'
            )
        elif "field larger than field limit" in str(exc):  # (csv's words, and no advice)
            why = (
                f"a cell longer than {csv.field_size_limit():,} characters (a term has at most "
                f"{MAX_TERM:,}); shorten it, or look for a quote left open before it"
            )
        raise GlossaryError(f"bad CSV: {why}", path, start) from None
    return rows


def _has_header(row: list[str]) -> bool:
    """Whether ``row`` is the header of the bilingual or the multilingual layout."""
    head = [c.strip().lower() for c in row]
    return (
        ("source" in head and "target" in head)
        or _is_transifex_header(row)
        or _is_multi_header(row)
    )


def _is_deepl_row(row: list[str]) -> bool:
    """Whether ``row`` is an entry of a DeepL glossary export (no header: source term, target
    term, source language, target language, and a relevance from DeepL's glossary generator):
    two cells that are no column names, then two language codes.

    >>> _is_deepl_row(["РОА", "ROA", "ru", "de"]), _is_deepl_row(["id", "note", "ru", "de"])
    (True, False)
    """
    cells = [c.strip() for c in row]
    return (
        4 <= len(cells) <= 5
        and all(_TAG_SHAPE.fullmatch(c) and valid_tag(c) for c in cells[2:4])
        and not any(_column_tag(c) or c.lower() in _META | _NOTE_COLS for c in cells[:2])
    )


def _deepl(g: Glossary, rows: list[tuple[int, list[str]]]) -> Row:
    """DeepL glossary export: each row its source and target term and their languages."""
    g.languages = list(dict.fromkeys(norm_tag(r[k]) for _, r in rows for k in (2, 3) if len(r) > k))
    g.source_lang = g.languages[0] if g.languages else None
    if any(len(r) > 4 and r[4].strip() for _, r in rows):
        g.warnings.append(f"{g.path}:{rows[0][0]}: column 5 (DeepL's relevance) not kept")

    def row_of(n: int, line: int, row: list[str]) -> Concept:
        codes = [c.strip() for c in row[2:4]]
        if len(codes) < 2 or not all(_TAG_SHAPE.fullmatch(c) and valid_tag(c) for c in codes):
            raise GlossaryError(
                "a DeepL glossary row is source term, target term, source language, target "
                f"language (two codes such as ru,de), not {row!r}"
            )
        src, tgt = norm_tag(codes[0]), norm_tag(codes[1])
        if not row[0].strip():
            raise GlossaryError("empty source term")
        c = Concept(id=invented_id(n), line=line, terms=[_term(row[0], src, line)])
        if row[1].strip():
            c.terms.append(_term(row[1], tgt, line))
        return c

    return row_of


def _is_transifex_header(row: list[str]) -> bool:
    """Whether ``row`` is the header of a Transifex glossary: ``term`` and ``translation_<lang>``."""
    head = [c.strip().lower() for c in row]
    return "term" in head and any(h.startswith(_TX_TERM) and h[len(_TX_TERM) :] for h in head)


def _known_status(value: str, g: Glossary, line: int, unknown: set[str]) -> str:
    """``value`` (a status cell) if :func:`~.model.known_status` reads it, else "" (the term
    then states none) and a warning, the first time a value is met: a tool's workflow status
    (``pending-review``) lost the whole file when it was an error, as the TBX reader says."""
    value = value.strip()
    if not value or known_status(value):
        return value
    if value not in unknown:
        unknown.add(value)
        g.warnings.append(
            f"{g.path}:{line}: status {value!r} is no status translit knows (preferred, "
            "admitted, deprecated, superseded or their TBX and CAT-tool spellings): not kept, "
            "its terms are read without a status (here and on every row that has it)"
        )
    return ""


def _term(text: str, lang: str, line: int, status: str = "", *, pos: str | None = None) -> Term:
    """A term of a row; its type, and an empty ``status`` (none in the file), stay implied."""
    return Term(text=text, lang=lang, type="", status=status, pos=pos, line=line)


_TAG_SHAPE = re.compile(r"(?:[A-Za-z]{2,3}|[Xx](?=[-_]))(?:[-_][A-Za-z0-9]{1,8})*")


def _column_tag(name: str) -> str | None:
    """The language tag a column header names: a BCP 47 tag (``ru``, ``de-DE``) or a language
    named in English as Trados and MultiTerm exports label it (``German (Germany)``)."""
    name = name.strip()
    if name.lower() in _META | _NOTE_COLS:
        return None
    if _TAG_SHAPE.fullmatch(name) is not None and valid_tag(name):
        return norm_tag(name)
    if "_" in name and "(" not in name:  # memoQ: English_United_Kingdom, Serbian_Latin
        words = name.split("_")
        for n in range(len(words), 0, -1):
            rest = " ".join(words[n:])
            tag = tag_of_name(" ".join(words[:n]) + (f" ({rest})" if rest else ""))
            if tag:
                return tag
        return None
    return tag_of_name(name)


#: a bilingual file's column naming each row's target language (l10n-glossary writes
#: ``source,target,language,context,comment``)
_ROW_LANGUAGE = {"language", "target language", "target_language", "target_lang"}


def _row_tag(cell: str) -> str | None:
    """The language tag a cell names (``de``, ``pt_BR``), else ``None``.

    >>> _row_tag("pt_BR"), _row_tag("Deutsch?")
    ('pt-BR', None)
    """
    cell = cell.strip().replace("_", "-")
    return norm_tag(cell) if _TAG_SHAPE.fullmatch(cell) and valid_tag(cell) else None


def _is_lang_col(name: str) -> bool:
    return _column_tag(name) is not None


def _is_multi_header(row: list[str]) -> bool:
    """Whether ``row`` is a multilingual header: a column named by a language tag, or two named
    by language names (one could be a term: an OmegaT row "German⇥немецкий"), or one beside a
    memoQ field (``Entry_ID``, ``German_Forbidden``)."""
    named = [h for h in row if _is_lang_col(h)]
    memoq = any(
        h.strip().lower() in _META_ALIASES or _memoq_field(h.strip(), _MEMOQ_FORBIDDEN) for h in row
    )  # memoQ's Entry_ID or German_Forbidden: a header, even with one language name
    # one column named by a tag is a header when the other cells name columns too: a headerless
    # OmegaT row may start with a term that is a language code (omegat-org/omegat's test.csv:
    # "kde,csv kde", kde being Makonde's ISO 639-3 code), and it was read as a header
    return (
        len(named) >= 2
        or bool(named and memoq)
        or (
            any(_TAG_SHAPE.fullmatch(h.strip()) for h in named)
            and all(h in named or _is_column_name(h) for h in row)
        )
    )


def _is_column_name(name: str) -> bool:
    """Whether ``name`` (not a language's) is a column the multilingual layout reads, or empty.

    >>> _is_column_name("Entry_Note"), _is_column_name("ru:status"), _is_column_name("csv kde")
    (True, True, False)
    """
    low = name.strip().lower()
    named, _, what = low.rpartition(":")
    return (
        not low
        or low in _META | _NOTE_COLS | _META_ALIASES.keys() | _UNKEPT | {_MEMOQ_EXAMPLE}
        or _CROWDIN_NAME.fullmatch(low) is not None  # (Crowdin's url_en: known, not kept)
        or (
            (what in (*_PER_TERM, *_PER_LANG, _TBX) or _term_column(what) is not None)
            and _column_tag(named) is not None
        )
        or any(
            _memoq_field(name.strip(), s) for s in (_MEMOQ_DEF, _MEMOQ_FORBIDDEN, _LOKALISE_DESC)
        )
    )


def _guess_lang(values: list[str], given: str | None, g: Glossary, what: str) -> str:
    """``given``, else the detected language of a Cyrillic column, else ``und`` with a warning."""
    if given:
        return norm_tag(given)
    sample = "\n".join(v for v in values[:2000] if v.strip())
    if is_cyrillic(sample):
        from ..detection import detect

        return detect(sample)
    g.warnings.append(
        f"{g.path}: the file does not say the {what} language; its terms are tagged 'und' "
        "(name it: --source-lang/--target-lang, or source_lang=/target_lang= of load())"
    )
    return "und"


#: a row of one cell where a table without a header needs two: said "OmegaT row needs
#: source<TAB>target" of a CSV file too, whose cells a delimiter no sniff finds (|) had left whole
_ONE_CELL = (
    "a row of one cell: without a header of languages (ru,fr) each row holds a term and its "
    "translation (OmegaT's source<TAB>target[<TAB>comment]): add the cell or the header; "
    "cells split by a character other than , ; or tab need it named on a first line, as "
    "Excel writes it (sep=|)"
)


def _omegat(g: Glossary, rows: list[tuple[int, list[str]]], src_lang: str | None,
            tgt_lang: str | None) -> Row:  # fmt: skip
    src = _guess_lang([r[0] for _, r in rows], src_lang, g, "source")
    tgt = _guess_lang([r[1] for _, r in rows if len(r) > 1], tgt_lang, g, "target")
    g.source_lang = src
    g.languages = list(dict.fromkeys([src, tgt]))

    def row_of(n: int, line: int, row: list[str]) -> Concept:
        if len(row) < 2:
            raise GlossaryError(_ONE_CELL)
        note = "\t".join(row[2:]).strip() or None
        terms = [Term(row[0], src, line=line)]
        if row[1].strip():
            terms.append(Term(row[1], tgt, line=line))
        return Concept(invented_id(n), line=line, terms=terms, notes={"": note} if note else None)

    return row_of


def _bilingual(g: Glossary, header: list[str], rows: list[tuple[int, list[str]]],
               src_lang: str | None, tgt_lang: str | None) -> Row:  # fmt: skip
    head = [h.strip().lower() for h in header]
    si, ti = head.index("source"), head.index("target")
    notes = [i for i, h in enumerate(head) if h in _NOTE_COLS]
    ids = [i for i, h in enumerate(head) if h in ("id", "context")]
    # the target's language, row by row (l10n-glossary's CSV: source,target,language,…)
    li = next((i for i, h in enumerate(head) if h in _ROW_LANGUAGE), -1)
    said_lang = {n: tag for n, (_, r) in enumerate(rows)
                 if li >= 0 and len(r) > li and (tag := _row_tag(r[li]))}  # fmt: skip
    src = _guess_lang([r[si] for _, r in rows if len(r) > si], src_lang, g, "source")
    unsaid = [r[ti] for n, (_, r) in enumerate(rows) if len(r) > ti and n not in said_lang]
    tgt = _guess_lang(unsaid, tgt_lang, g, "target") if unsaid or not rows else ""
    g.source_lang = src
    g.languages = [t for t in dict.fromkeys([src, tgt, *said_lang.values()]) if t]
    # translate-toolkit/Weblate CSV also has location and fuzzy (written "False" when not)
    others = [i for i in range(len(head)) if i not in {si, ti, li, *notes, *ids}]
    by_line = {line: said_lang.get(n) for n, (line, _) in enumerate(rows)}
    told: set[int] = set()

    def row_of(n: int, line: int, raw: list[str]) -> Concept:
        row = raw + [""] * (len(head) - len(raw))
        if not row[si].strip():
            raise GlossaryError("empty source term")
        for i in others:
            if i not in told and row[i].strip().lower() not in ("", "false", "0", "no"):
                told.add(i)
                g.warnings.append(f"{g.path}:{line}: column {header[i].strip()!r} not kept")
        cid = next((row[i] for i in ids if row[i].strip()), invented_id(n))
        c = Concept(id=cid, line=line, terms=[_term(row[si], src, line)])
        if li >= 0 and row[li].strip() and not by_line.get(line):
            g.warnings.append(
                f"{g.path}:{line}: language {row[li].strip()!r} is no language tag: the target "
                f"term is read as {tgt or 'und'}"
            )
        if row[ti].strip():
            c.terms.append(_term(row[ti], by_line.get(line) or tgt or "und", line))
        said = [row[i] for i in notes if row[i].strip()]
        if said:  # each note column one note
            c.notes[""] = joined(*said)
        return c

    return row_of


def _transifex(g: Glossary, first: tuple[int, list[str]], rows: list[tuple[int, list[str]]],
               src_lang: str | None) -> Row:  # fmt: skip
    """Transifex glossary CSV: the source ``term`` (in the project's source language, which the
    file does not name), its part of speech ``pos`` and ``comment``; per language
    ``translation_<lang>`` and ``comment_<lang>`` (a note on that translation)."""
    header_line, header = first
    head = [h.strip().lower() for h in header]
    ti = head.index("term")
    pos_i = head.index("pos") if "pos" in head else None
    note_i = head.index("comment") if "comment" in head else None
    # the language a column names (translation_pt_BR); one naming none (translation_-,
    # translation_$$$) is not kept: its terms had the language "" or "$$$"
    tags = {i: _column_tag(h[len(prefix) :]) for i, h in enumerate(head)
            for prefix in (_TX_TERM, _TX_NOTE) if h.startswith(prefix) and h[len(prefix) :]}  # fmt: skip
    langs = [(i, tag) for i, tag in tags.items() if tag and head[i].startswith(_TX_TERM)]
    notes = {tag: i for i, tag in tags.items() if tag and head[i].startswith(_TX_NOTE)}
    src = _guess_lang([r[ti] for _, r in rows if len(r) > ti], src_lang, g, "source")
    g.source_lang = src
    g.languages = list(dict.fromkeys([src, *(tag for _, tag in langs)]))
    known = {ti, pos_i, note_i, *(i for i, _ in langs), *notes.values()}
    for i in _dropped(header, known, rows):
        g.warnings.append(f"{g.path}:{header_line}: column {header[i].strip()!r} not kept")

    def cell(row: list[str], i: int | None) -> str:
        return row[i].strip() if i is not None and i < len(row) else ""

    def row_of(n: int, line: int, row: list[str]) -> Concept:
        if not cell(row, ti):
            raise GlossaryError("empty source term")
        c = Concept(id=invented_id(n), line=line)
        c.terms.append(Term(text=cell(row, ti), lang=src, pos=cell(row, pos_i) or None, line=line))
        if cell(row, note_i):
            c.notes[""] = cell(row, note_i)
        for i, tag in langs:
            note = cell(row, notes.get(tag))
            if cell(row, i):
                c.terms.append(Term(text=cell(row, i), lang=tag, note=note or None, line=line))
            elif note:  # a note on a translation not made yet: the language's note
                c.notes[tag] = note
        return c

    return row_of


def _dropped(
    header: list[str], known: Collection[int | None], rows: list[tuple[int, list[str]]]
) -> list[int]:
    """The named columns of ``header`` not in ``known`` that hold something in some row: what
    reading drops (a column empty on every row, memoQ's ``Term_Info`` of a language no term has
    info in, loses nothing and is not said "not kept").

    >>> _dropped(["ru", "Info", "Note"], {0}, [(2, ["РОА", "", "x"]), (3, ["власть"])])
    [2]
    """
    unknown = {i for i, name in enumerate(header) if name.strip() and i not in known}
    held: set[int] = set()
    for _, row in rows if unknown else ():  # (each cell once: a wide header of short rows)
        held.update(i for i, cell in enumerate(row) if i in unknown and cell.strip())
    return sorted(held)


def _memoq_field(name: str, suffix: str) -> str | None:
    """The language tag of memoQ's ``<language>_Def`` / ``<language>_Forbidden`` column
    (``suffix`` in lower case), ``"*"`` for ``Term_Forbidden`` (the term column before it),
    else ``None``."""
    if not name.lower().endswith(suffix):
        return None
    base = name[: -len(suffix)]
    if base.lower() == "term" and suffix == _MEMOQ_FORBIDDEN:
        return "*"
    return _column_tag(base) if base.strip() else None


def _multi(g: Glossary, first: tuple[int, list[str]], rows: list[tuple[int, list[str]]],
           src_lang: str | None) -> Row:  # fmt: skip
    header_line, header = first
    names = [h.strip() for h in header]
    low = [_META_ALIASES.get(h.lower(), h.lower()) for h in names]
    defs = {i: tag for i, h in enumerate(names) if (tag := _memoq_field(h, _MEMOQ_DEF))}
    forbidden = {i: tag for i, h in enumerate(names) if (tag := _memoq_field(h, _MEMOQ_FORBIDDEN))}
    descs = {i: tag for i, h in enumerate(names) if (tag := _memoq_field(h, _LOKALISE_DESC))}
    langs = [(i, tag) for i, h in enumerate(names)
             if i not in defs and i not in forbidden and i not in descs
             and (tag := _column_tag(h))]  # fmt: skip
    # Phrase Strings' "term": the term in the project's language, which the file does not name
    term_i = next((i for i, h in enumerate(low) if h == "term"), None)
    src = ""
    if term_i is not None:
        src = _guess_lang([r[term_i] for _, r in rows if len(r) > term_i], src_lang, g, "source")
        g.source_lang = src
    # Matecat's "Forbidden" column: TRUE forbids every term of the row
    row_forbid = next((i for i, h in enumerate(low) if h == "forbidden"), None)
    forbids: dict[int, int] = {}  # language column -> its memoQ Forbidden column
    for j, tag in forbidden.items():
        before = [i for i, t in langs if i < j and tag in ("*", t)]
        if before:
            forbids[before[-1]] = j
    examples: dict[int, int] = {}  # language column -> its memoQ Term_Example column
    lang_cols, last = {i for i, _ in langs}, None
    for j, h in enumerate(names):
        if j in lang_cols:
            last = j
        elif h.lower() == _MEMOQ_EXAMPLE and last is not None:
            examples[last] = j
    per_term = {}  # (tag, "type"|"status"|"gender"|"pos") -> column
    per_lang: list[tuple[int, str, str]] = []  # (column, tag, "definition"|"note")
    # (column, tag, "term note"…, which term, which part of its field)
    term_text: list[tuple[int, str, str, int, int]] = []
    lang_tbx: list[tuple[int, str]] = []  # (column, tag): a language's kept TBX data
    slots: dict[tuple[str, str], int] = {}
    for i, h in enumerate(names):
        named, _, what = h.rpartition(":")
        what = what.lower()
        if what in _PER_TERM and (tag := _column_tag(named)):
            per_term[(tag, what)] = i
        elif what in _PER_LANG and (tag := _column_tag(named)):
            per_lang.append((i, tag, what))
        elif (column := _term_column(what)) and (tag := _column_tag(named)):
            k = slots[(tag, what)] = slots.get((tag, what), -1) + 1
            term_text.append((i, tag, column[0], k, column[1]))
        elif what == _TBX and (tag := _column_tag(named)):
            lang_tbx.append((i, tag))
    # the free-text columns, each read (note, notes, comment…: the bilingual layouts' notes; a
    # first "note" of two was lost in silence), and one column each for the others
    note_cols = [i for i, h in enumerate(low) if h in _NOTE_COLS]
    def_cols = [i for i, h in enumerate(low) if h == "definition"]
    source_cols = [i for i, h in enumerate(low) if h == "source"]
    subject_cols = [i for i, h in enumerate(low) if h == "subject"]
    col: dict[str, int] = {}
    for i, h in enumerate(low):
        if h in _SINGLE:
            if h in col:  # (the last one was read, the first "not kept": whose value is it?)
                raise GlossaryError(
                    f"column {shown(names[i])} appears twice (columns {col[h] + 1} and {i + 1}), "
                    "and a concept has one: delete or rename one of them",
                    g.path,
                    header_line,
                )
            col[h] = i
    # a romanised column beside its language's (ru-Latn beside ru) holds forms of that
    # language, not one a concept must have (as Glossary.declared_languages reads terms):
    # TBX → table → TBX declares what the TBX did; a lone sr-Latn column is a language
    tags = {tag for _, tag in langs}
    spoken = (t for _, t in langs if not (t.endswith("-Latn") and t[: -len("-Latn")] in tags))
    g.languages = list(dict.fromkeys([*([src] if src else []), *spoken]))
    if src_lang and not src:  # (no column names the source language: the caller does)
        g.source_lang = norm_tag(src_lang)
    known = {i for i, _ in langs} | set(per_term.values()) | set(col.values())
    known |= set(defs) | set(descs) | set(forbids.values()) | set(examples.values())
    known |= {*note_cols, *def_cols, *source_cols, *subject_cols}
    known |= {i for i in (row_forbid, term_i) if i is not None}
    known |= {i for i, _, _ in per_lang} | {i for i, *_ in term_text}
    term_text.sort(key=lambda x: x[4])  # (a term's parts in the order of their numbers)
    known |= {i for i, _ in lang_tbx} | {i for i, h in enumerate(low) if h == _TBX}
    tbx_cols = [(i, "") for i, h in enumerate(low) if h == _TBX] + lang_tbx
    dropped = [names[i] for i in _dropped(names, known, rows)]
    if len(dropped) > _NAMED:  # one line, not one per column (a header of a million names)
        listed = listing(list(map(repr, dropped)), _NAMED)
        g.warnings.append(f"{g.path}:{header_line}: {len(dropped):,} columns not kept: {listed}")
    else:
        for extra in dropped:
            g.warnings.append(f"{g.path}:{header_line}: column {extra!r} not kept")

    # each language column with its memoQ Forbidden (None: none), per-term type, status and
    # gender, and example columns, worked out once, not for each row; a row's cells are read
    # stripped, padded to the header's width and one more, so a column it lacks reads "" and
    # so does -1, the column of what the header has not
    width = len(names)
    plan = [(i, tag, forbids.get(i), per_term.get((tag, "type"), -1),
             per_term.get((tag, "status"), -1), per_term.get((tag, "gender"), -1),
             per_term.get((tag, "pos"), -1), examples.get(i, -1)) for i, tag in langs]  # fmt: skip
    id_c, type_c, status_c, pos_c = (col.get(name, -1) for name in ("id", "type", "status", "pos"))
    term_c = -1 if term_i is None else term_i
    unknown: set[str] = set()  # the statuses no reader knows, said once each

    def row_of(n: int, line: int, row: list[str]) -> Concept:
        if len(row) > width and any(c.strip() for c in row[width:]):
            g.warnings.append(
                f"{g.path}:{line}: {len(row)} cells, but the header has {width} columns: "
                "the cells past it are not kept"
            )
        cells = [c.strip() for c in row[:width]]
        cells += [""] * (width + 1 - len(cells))
        cid = cells[id_c] or invented_id(n)
        kind = cells[type_c]
        said = [text for i in subject_cols if (text := cells[i])]  # (each column one part)
        subject = (joined(*said) if said else None) if subject_cols else kind or None
        if subject_cols and kind and kind.lower() != "acronym":
            g.warnings.append(
                f"{g.path}:{line}: type {kind!r} not kept (there is a subject column)"
            )
        # a type or status no cell states stays implied (Term.stated): a further term admitted
        status = _known_status(cells[status_c], g, line, unknown)
        pos = cells[pos_c] or None  # (Google's glossary: the row's terms')
        default = "acronym" if kind.lower() == "acronym" else ""
        row_banned = row_forbid is not None and _forbidden(cells[row_forbid], names[row_forbid])
        terms: list[Term] = []  # (the concept is made of them at the end)
        held: dict[str, int] = {}  # terms of each language so far (counting them was quadratic)
        src_term = cells[term_c]
        if src_term:  # (the same text in the language's own column is that term again)
            # (a row's Forbidden forbids it too: Lokalise's term is the one forbidden)
            stated = "deprecated" if row_banned else status
            terms.append(_term(src_term, src, line, status=stated, pos=pos))
            held[src] = 1
        for i, tag, forbid_i, type_i, status_i, gender_i, pos_i, example_i in plan:
            value = cells[i]
            if not value and forbid_i is None:
                continue  # (most cells of a many-language file are empty)
            texts = [t for t in value.split(_SEP) if t.strip()]
            if src_term and tag == src:
                texts = [t for t in texts if t.strip() != src_term]
            banned = row_banned or (
                forbid_i is not None and _forbidden(cells[forbid_i], names[forbid_i])
            )
            if not texts:
                continue
            types = cells[type_i].split(_SEP) if type_i >= 0 else ()
            states = [_known_status(v, g, line, unknown) for v in cells[status_i].split(_SEP)]
            genders = cells[gender_i].split(_SEP) if gender_i >= 0 else ()
            poses = cells[pos_i].split(_SEP) if pos_i >= 0 else ()
            # a language in several columns (memoQ: one column per term): one list of terms
            for k, text in enumerate(texts, held.get(tag, 0)):
                terms.append(
                    Term(
                        text,
                        tag,
                        type=(types[k].strip() if k < len(types) else "") or default,
                        status="deprecated"
                        if banned
                        else (states[k].strip() if k < len(states) else "")
                        or (status if k == 0 else _ADMITTED),
                        pos=(poses[k].strip() if k < len(poses) else "") or pos,
                        gender=(genders[k].strip() if k < len(genders) else "") or None,
                        line=line,
                    )
                )
            held[tag] = held.get(tag, 0) + len(texts)
            example = cells[example_i]
            if example:  # memoQ writes one term a column: the example is its
                last = terms[-1]
                last.extra = (*last.extra, _descrip("context", example))
        given: dict[int, Term] = {}  # (the terms given kept TBX data by a column)
        for i, tag, what, k, _ in term_text:  # (the k-th term of its language's)
            if cells[i]:
                own = [t for t in terms if t.lang == tag]
                if k < len(own):
                    _set_term_text(own[k], what, cells[i])
                    given[id(own[k])] = own[k]
                else:
                    g.warnings.append(
                        f"{g.path}:{line}: column {i + 1} {names[i]!r} is for a {_nth(k)} {tag} "
                        "term, which the row lacks: not kept"
                    )
        for t in given.values():  # termNotes first, as the TBX reader keeps them
            respelled(t)
            if len(t.extra) > 1:
                t.extra = tuple(sorted(t.extra, key=lambda x: not x.startswith("<termNote")))
        # each note (definition) column one note: the multilingual writer writes one a column
        said = [text for i in note_cols if (text := cells[i])]
        notes = {"": joined(*said)} if said else {}
        said = [text for i in def_cols if (text := cells[i])]
        definitions = {"": joined(*said)} if said else {}
        for i, tag in defs.items():
            if cells[i]:
                definitions[tag] = cells[i]
        for i, tag in descs.items():  # (Lokalise's: a language's description, its note)
            if cells[i]:
                notes[tag] = with_part(notes.get(tag), cells[i])
        for i, tag, what in per_lang:  # (each column one part, in the order of the columns)
            if cells[i]:
                d = definitions if what == "definition" else notes
                d[tag] = with_part(d.get(tag), cells[i])
        said = [text for i in source_cols if (text := cells[i])]
        source = joined(*said) if said else None
        extra = [(tag, x) for i, tag in tbx_cols if cells[i] for x in fragments_in(cells[i])]
        return Concept(
            id=cid,
            subject=subject,
            line=line,
            source=source,
            terms=terms,
            notes=notes,
            definitions=definitions,
            extra=extra,
        )

    return row_of


def _descrip(category: str, text: str) -> str:
    """A TBX ``descrip`` of ``category`` holding ``text``, as :class:`.model.Term` keeps one.

    >>> _descrip("context", "a < b")
    '<descrip type="context">a &lt; b</descrip>'
    """
    from lxml import etree

    el = etree.Element("descrip", type=category)
    el.text = text
    return str(etree.tostring(el, encoding="unicode"))


def _set_term_text(t: Term, what: str, text: str) -> None:
    """Give ``t`` the ``text`` of its column ``<tag>:<what>`` (:data:`_TERM_TEXT`)."""
    if what == "term id":
        t.id = text
    elif what == "term note":  # (a further part after those before: term note 2 …)
        t.note = with_part(t.note, text)
    elif what == "term source":
        t.source = with_part(t.source, text)
    elif what == _TERM_TBX:
        t.extra = (*t.extra, *fragments_in(text))
    else:
        t.extra = (*t.extra, _descrip(_TERM_DESCRIP[what], text))


def _nth(k: int) -> str:
    """The English ordinal of the ``k``-th item, from 0.

    >>> _nth(0), _nth(1), _nth(11)
    ('first', 'second', '12th')
    """
    words = ("first", "second", "third")
    return words[k] if k < len(words) else f"{k + 1}th"


def _term_column(what: str) -> tuple[str, int] | None:
    """The term-level column ``what`` (lower case, after ``<tag>:``) names and the part it holds,
    from 1, else ``None``.

    >>> _term_column("term note"), _term_column("term source 2"), _term_column("term id 2")
    (('term note', 1), ('term source', 2), None)
    """
    if what in (*_TERM_TEXT, _TERM_TBX):
        return what, 1
    numbered = _NUMBERED.fullmatch(what)
    return (numbered["what"], int(numbered["n"])) if numbered else None


def _column_order(name: str) -> tuple[int, int]:
    """Where the term-level column ``name`` goes among them: by kind, then by part."""
    what, part = _term_column(name) or (name, 0)
    return (*_TERM_TEXT, _TERM_TBX).index(what), part


def _column_name(what: str, part: int) -> str:
    """The name of the column of the ``part``-th part of ``what`` (:func:`_term_column`'s way back)."""
    return what if part == 1 else f"{what} {part}"


def _term_columns(t: Term) -> tuple[dict[str, str], list[str], list[str]]:
    """What the term-level text columns (:data:`_TERM_TEXT`) hold of ``t``, each's text; its kept
    TBX data they do not hold; and the groups among them the columns hold as their parts (a
    ``descripGrp`` of a definition and a context: Pontoon's v3 export). A text a cell gives back
    otherwise (several notes, outer white space, none) has no column.

    >>> _term_columns(Term("ROA", "en", note="a", extra=('<descrip type="context">b</descrip>',)))
    ({'term note': 'a', 'context': 'b'}, [], [])
    """
    held: dict[str, str] = {}
    for what, value in (("term id", t.id), ("term note", t.note), ("term source", t.source)):
        said = parts_of(value)
        if (
            said
            and all(p and p.strip() == p for p in said)
            and (len(said) == 1 or what != "term id")
        ):
            held.update((_column_name(what, n), part) for n, part in enumerate(said, 1))
    rest: list[str] = spelled_fragments(t)  # (Weblate's forbidden: its cell says deprecated)
    grouped: list[str] = []
    for fragment in t.extra:
        got = _descrips(fragment)
        if got is None or any(what in held for what, _ in got) or len(dict(got)) < len(got):
            rest.append(fragment)
            continue
        held.update(got)
        if len(got) > 1 or not fragment.startswith("<descrip "):
            grouped.append(fragment)
    return held, rest, grouped


#: how the kept fragments a term column may hold start, and a plain one of them
_HELD_STARTS = ('<descrip type="definition"', '<descrip type="context"', "<descripGrp>")
_PLAIN_DESCRIP = re.compile(
    r'<descrip type="(?P<kind>definition|context)">(?P<text>[^<&>\r]+)</descrip>'
)
_COLUMN_OF = {v: k for k, v in _TERM_DESCRIP.items()}


def _descrips(fragment: str) -> list[tuple[str, str]] | None:
    """The term-level text columns' values a kept TBX ``fragment`` is, if it is nothing more: a
    ``descrip`` of a definition or a context, or a ``descripGrp`` of those alone, else ``None``.

    >>> _descrips('<descrip type="definition">a &amp; b</descrip>')
    [('term definition', 'a & b')]
    >>> _descrips('<descrip type="definition" xml:lang="de">a</descrip>') is None
    True
    """
    if not fragment.startswith(_HELD_STARTS):  # (IATE's reliabilityCode…: no parse)
        return None
    plain = _PLAIN_DESCRIP.fullmatch(fragment)
    if plain is not None:  # (the text as the reader kept it: nothing to unescape)
        text = plain["text"]
        return [(_COLUMN_OF[plain["kind"]], text)] if text.strip() == text else None
    el = parse_fragment(fragment)
    members = list(el) if el.tag == "descripGrp" and not el.attrib else [el]
    columns = {v: k for k, v in _TERM_DESCRIP.items()}
    got = []
    for m in members:
        what = columns.get(m.get("type", "")) if m.tag == "descrip" else None
        text = m.text or ""
        if what is None or len(m) or list(m.attrib) != ["type"] or text.strip() != text or not text:
            return None
        got.append((what, text))
    return got or None


def _forbidden(value: str, column: str) -> bool:
    """Whether memoQ's Forbidden cell ``value`` says yes; a value neither yes nor no is an error
    (a forbidden term must never be taken for an allowed one).

    >>> _forbidden("True", "English_Forbidden"), _forbidden("", "English_Forbidden")
    (True, False)
    """
    said = yes_no(value)
    if said is not None:
        return said
    raise GlossaryError(
        f"column {shown(column)}: {shown(value)} is neither yes nor no (True/False)"
    )


# -- writing -------------------------------------------------------------------------------------


def write_table(
    glossary: Glossary,
    fh: IO[str],
    *,
    delimiter: str = ",",
    layout: str = "multi",
    source_lang: str | None = None,
    target_lang: str | None = None,
    escape_formulas: bool | None = None,
    bom: bool = False,
) -> list[str]:
    """Write ``glossary`` as CSV/TSV in ``layout`` ``multi`` | ``bilingual`` | ``omegat``.

    Returns one message per kind of data the layout cannot hold (nothing is dropped silently).
    Cells that look like spreadsheet formulas get a ``'`` (``escape_formulas=True``, the
    default of ``multi`` and ``bilingual``). OmegaT reads its cells as they are, so the
    ``omegat`` layout writes them so by default (a suffix ``-ский`` stays ``-ский``); only a
    cell that already starts with ``'`` and a formula sign gets a second ``'``, so that reading
    it back (which takes one ``'`` off) gives it unchanged.

    >>> import io
    >>> g = Glossary(concepts=[Concept("c1", terms=[Term("-ский", "ru"), Term("-sky", "en")])])
    >>> out = io.StringIO()
    >>> write_table(g, out, layout="omegat", delimiter="\\t", source_lang="ru", target_lang="en")
    []
    >>> out.getvalue().splitlines()[1]
    '-ский\\t-sky'
    """
    check_glossary(glossary)
    lost: dict[tuple[str, str], int] = {}

    def loss(what: str, how: str = "not written") -> None:
        lost[(what, how)] = lost.get((what, how), 0) + 1

    if escape_formulas is None and layout == "omegat":
        esc: Callable[[str], str] = lambda s: _escape(s) if s.startswith("'") else s  # noqa: E731
    else:
        esc = _escape if escape_formulas is not False else (lambda s: s)
    if bom:
        fh.write("\ufeff")
    w: Any = _Writer(fh, _delimiter(delimiter), glossary.path)
    if layout == "omegat" and delimiter == "\t":
        w = _OmegaTWriter(fh, loss, glossary.path)
    if layout == "multi":
        _write_multi(glossary, w, esc, loss)
    else:
        src = norm_tag(source_lang or glossary.source_lang or "")
        tgt = norm_tag(target_lang or "")
        if not src or not tgt:  # (a multilingual glossary: which two of its languages?)
            has = ", ".join(glossary.declared_languages()) or "none"
            raise GlossaryError(
                f"{'an OmegaT' if layout == 'omegat' else 'a bilingual'} export holds two "
                "languages: give `source_lang` and `target_lang` "
                f"(the glossary's languages: {has})"
            )
        # (bilingual: each note its own translator_comments column, as many as the concept
        # with most notes has, which the reader reads each as a note: they were one cell)
        most = max((len(_pair_notes(c)) for c in glossary.concepts), default=1) or 1
        if layout == "bilingual":
            w.writerow(["source", "target", "context", *["translator_comments"] * most])
        for c in glossary.concepts:
            s, tr = c.preferred(src), c.preferred(tgt)
            if s is None:
                loss(f"concept without a {src} term")
                continue
            if len(c.terms) > 1 + (tr is not None):
                loss("terms other than the preferred source and target terms")
            if c.subject is not None or c.source is not None or c.definitions:
                loss("subject/source/definition")
            _empty(c.notes.values(), loss, "notes")
            if any(t.id for t in c.terms):
                loss("term ids")
            kept = [x for _, x in c.extra] + [x for t in c.terms for x in t.extra]
            for name in dict.fromkeys(kept_name(x) for x in kept):
                loss(f"TBX data {name}")
            if _stated(s, tr):
                loss("term types and statuses")
            for name, what in _PAIR_TERM_FIELDS:  # (they were dropped in silence)
                if any(getattr(t, name) is not None for t in (s, tr) if t is not None):
                    loss(f"term {what}")
            if any(c.notes.get(tag) for tag in c.notes if tag):
                loss("notes of a language", "written as the concept's")
            said = _pair_notes(c)
            row = [s.text, tr.text if tr else ""]
            if layout == "bilingual":
                row += [_stated_id(c), *said, *[""] * (most - len(said))]
            else:  # (OmegaT reads one comment: the notes joined)
                if len(said) > 1:
                    loss("notes apart (several notes of a concept: one cell, joined by line ends)")
                row += ["\n".join(said)] if said else []
            w.writerow([esc(x) for x in row])
    return [f"{what}: {how} ({n}x)" for (what, how), n in lost.items()]


#: the fields of a pair's terms the pair layouts have no place for, and their names in a message
_PAIR_TERM_FIELDS = (
    ("note", "notes"),
    ("source", "sources"),
    ("gender", "genders"),
    ("pos", "parts of speech"),
)


def _pair_notes(c: Concept) -> list[str]:
    """The notes a pair layout writes of ``c``: the concept's, then each language's, each part
    apart.

    >>> _pair_notes(Concept("c", notes={"": joined("a", "b\\nc"), "de": "d"}))
    ['a', 'b\\nc', 'd']
    """
    return [part for key in sorted(c.notes, key=bool) for part in parts_of(c.notes[key])]


def multi_rows(glossary: Glossary) -> tuple[list[list[str]], list[str]]:
    """The rows of the multilingual layout (header first) and what it cannot hold, for writers
    of other containers (XLSX), whose cells are text and need no formula escape."""
    check_glossary(glossary)
    rows: list[list[str]] = []
    lost: dict[tuple[str, str], int] = {}

    class Rows:
        def writerow(self, row: list[str]) -> None:
            rows.append(row)

    def loss(what: str, how: str = "not written") -> None:
        lost[(what, how)] = lost.get((what, how), 0) + 1

    _write_multi(glossary, Rows(), lambda s: s, loss)
    return rows, [f"{what}: {how} ({n}x)" for (what, how), n in lost.items()]


def _stated(*terms: Term | None) -> bool:
    """Whether one of ``terms`` has a type or status stated, or one a reader of a layout without
    them would not take (a pair layout's terms are read as preferred full forms)."""
    return any(
        t is not None
        and (
            t.stated("type")
            or t.stated("status")
            or (t.type, t.status) != ("fullForm", "preferred")
        )
        for t in terms
    )


class _Writer:
    """``csv.writer`` with ``\\n`` line ends that also quotes a row holding a lone ``\\r``
    (minimal quoting only looks for the line terminator, and a reader takes ``\\r`` as a
    line break: the cell would come back cut in two)."""

    def __init__(self, fh: IO[str], delimiter: str, path: str | None = None) -> None:
        self.plain = csv.writer(fh, delimiter=delimiter, lineterminator="\n")
        self.quoted = csv.writer(
            fh, delimiter=delimiter, lineterminator="\n", quoting=csv.QUOTE_ALL
        )
        self.path = path

    def writerow(self, row: list[str]) -> None:
        _readable(row, self.path)
        (self.quoted if any("\r" in c for c in row) else self.plain).writerow(row)


def _readable(row: list[str], path: str | None) -> None:
    """A :class:`GlossaryError` for a cell of ``row`` longer than the table reader takes
    (``csv.field_size_limit()``, :func:`_rows`): written, it made the whole file unreadable."""
    limit = csv.field_size_limit()
    for cell in row:
        if len(cell) > limit:
            raise GlossaryError(
                f"the row of {row[0][:40]!r}: a cell of {len(cell):,} characters "
                f"({cell[:40]!r}…), past the {limit:,} a CSV/TSV reader takes: the file "
                "could not be read back; keep the glossary as TBX, or split the concept",
                path,
            )


class _OmegaTWriter:
    """OmegaT's glossary file (its GlossaryReaderTSV): a first line ``# Glossary in
    tab-separated format -*- coding: utf-8 -*-`` (OmegaT writes it, and takes a ``.txt``
    file's encoding from it; without it, from a guess or the system's default), then one line a
    row, cells split at tabs, quotes being characters: a cell is written as it is, never
    quoted. What a line cannot hold (a tab or line break in a cell: written as a space; a first
    cell starting with ``#``, which OmegaT skips as a comment) is reported."""

    def __init__(self, fh: IO[str], loss: Callable[[str], None], path: str | None = None) -> None:
        self.fh, self.loss, self.path = fh, loss, path
        fh.write("# Glossary in tab-separated format -*- coding: utf-8 -*-\n")

    def writerow(self, row: list[str]) -> None:
        if row and row[0].startswith("#"):
            self.loss("source terms starting with '#' (OmegaT skips the line as a comment)")
        cells = []
        for cell in row:
            flat = re.sub(r"[\t\r\n]+", " ", cell)
            if flat != cell:
                self.loss("line breaks and tabs in cells (OmegaT reads a line a row): as spaces")
            cells.append(flat)
        _readable(cells, self.path)
        self.fh.write("\t".join(cells) + "\n")


def _write_multi(glossary: Glossary, w: Any, esc: Callable[[str], str], loss: Any) -> None:
    """One row per concept, one column per language tag (each tag once, as written), a
    ``<tag>:type`` / ``<tag>:status`` column where some term's value is not the one the reader
    takes from an empty cell (:func:`_said`), and one ``note`` (``definition``) column per note
    of the concept that has most."""
    langs = list(dict.fromkeys([norm_tag(t) for t in glossary.languages if t]))
    seen = set(langs)
    for c in glossary.concepts:
        for t in c.terms:
            if t.lang not in seen:
                seen.add(t.lang)
                langs.append(t.lang)
    for tag in langs:  # (a header its reader takes for no language: "column 'xx' not kept")
        if tag and _column_tag(tag) is None:
            loss(
                f"terms in {shown(tag)}, no language tag",
                "written under it, a column that reading the table back drops or misreads "
                "(BCP 47: ru, de-AT, x-old); correct the language, or keep the file as TBX",
            )

    def acronym_row(c: Concept) -> bool:
        return bool(c.terms) and all(t.type == "acronym" for t in c.terms)

    need: set[tuple[str, str]] = set()
    most = {"note": 1, "definition": 1, "source": 1, "subject": 1}
    keyed: dict[tuple[str, str], int] = {}  # (tag, "definition"|"note") -> most parts
    texts: dict[int, tuple[dict[str, str], list[str], list[str]]] = {}  # id(term) -> columns'
    slots: dict[tuple[str, str], int] = {}  # (tag, "term note"…) -> terms of the language
    for c in glossary.concepts:
        acr = acronym_row(c)
        k: dict[str, int] = {}
        shared = _row_pos(c)
        for t in c.terms:
            n = k[t.lang] = k.get(t.lang, -1) + 1
            for what in _PER_TERM:
                if _said(t, what, n, acr, shared):
                    need.add((t.lang, what))
            spelled = isinstance(t.type, Spelled) or isinstance(t.status, Spelled)
            if t.extra or spelled or any(v is not None for v in (t.id, t.note, t.source)):
                columns_of = texts[id(t)] = _term_columns(t)
                for what in [*columns_of[0], *([_TERM_TBX] if columns_of[1] else [])]:
                    slots[(t.lang, what)] = max(slots.get((t.lang, what), 0), n + 1)
        most["source"] = max(most["source"], len(parts_of(c.source or None)))
        most["subject"] = max(most["subject"], len(parts_of(c.subject or None)))
        for what, d in (("note", c.notes), ("definition", c.definitions)):
            most[what] = max(most[what], len(parts_of(d.get(""))))
            for tag, v in d.items():
                if tag:
                    keyed[(tag, what)] = max(keyed.get((tag, what), 0), len(parts_of(v)))
    order = {tag: i for i, tag in enumerate(langs)}
    keyed_cols = sorted(keyed, key=lambda k: (order.get(k[0], len(order)), k[0], k[1]))
    columns = [(tag, what) for tag in langs for what in ("", *_PER_TERM)
               if not what or (tag, what) in need]  # fmt: skip
    head = [f"{tag}:{what}" if what else tag for tag, what in columns]
    # each kind's columns together, a kind's further parts after its first (term note 2 …)
    kinds = sorted({what for _, what in slots}, key=_column_order)
    text_cols = [(tag, what, n) for tag in langs for what in kinds
                 for n in range(slots.get((tag, what), 0))]  # fmt: skip
    head += [f"{tag}:{what}" for tag, what, _ in text_cols]
    pos_col = ["pos"] if any(_row_pos(c) for c in glossary.concepts) else []
    # the kept TBX data of concepts ("") and languages, each level one column
    tbx_tags = list(dict.fromkeys(tag for c in glossary.concepts for tag, _ in c.extra))
    tbx_tags.sort(key=lambda tag: (tag != "", order.get(tag, len(order))))
    w.writerow(["id", *["subject"] * most["subject"], "type", "status", *pos_col, *head,
                *["note"] * most["note"], *["definition"] * most["definition"],
                *[f"{tag}:{what}" for tag, what in keyed_cols for _ in range(keyed[(tag, what)])],
                *[f"{tag}:{_TBX}" if tag else _TBX for tag in tbx_tags],
                *["source"] * most["source"]])  # fmt: skip
    for c in glossary.concepts:
        acr = acronym_row(c)
        shared = _row_pos(c)  # (the pos column holds it: not lost)
        cells = []
        for tag, what in columns:
            terms = [t for t in c.terms if t.lang == tag]
            if what:
                said = [_said(t, what, n, acr, shared) for n, t in enumerate(terms)]
                cells.append(_SEP.join(said))
                continue
            for t in terms:
                kept, _, grouped = texts.get(id(t)) or ({}, [], [])
                for name in ("note", "source", "id"):
                    if getattr(t, name) is not None and f"term {name}" not in kept:
                        loss(f"term {name}")
                if t.pos == "" and not shared:  # (a cell cannot tell an empty one from none)
                    loss("empty term pos (a cell cannot tell one from none)")
                elif t.pos and _SEP in t.pos and not shared:
                    loss(f"term pos holding {_SEP!r} (the {_SEP!r} between a column's terms)")
                for x in grouped:
                    loss(f"term TBX data {kept_name(x)}", "written as its descrips' columns, "
                         "ungrouped (a table has no groups)")  # fmt: skip
                if _SEP in t.text:
                    raise GlossaryError(
                        f"term {t.text!r} contains {_SEP!r}, which the table writes between a "
                        f"language's terms: write TBX, which holds it, or take the {_SEP!r} out "
                        "(Phrase's mark of where an ending starts, which glossary apply reads "
                        "as a separator)",
                        glossary.path,
                        c.line,
                    )
            cells.append(_SEP.join(t.text for t in terms))
        for tag, what, n in text_cols:  # (the n-th term of the language's)
            terms = [t for t in c.terms if t.lang == tag]
            own = texts.get(id(terms[n])) if n < len(terms) else None
            if what == _TERM_TBX:
                cells.append("".join(own[1]) if own else "")
            else:
                cells.append(own[0].get(what, "") if own else "")
        _empty(c.notes.values(), loss, "notes")
        _empty(c.definitions.values(), loss, "definitions")
        _empty([c.subject, c.source], loss, "subjects and sources")
        said = list(parts_of(c.subject or None))  # each subject field its own column
        row = [_stated_id(c), *said, *[""] * (most["subject"] - len(said))]
        row += ["acronym" if acr else "", ""]
        row += [shared or ""] if pos_col else []
        row += cells
        for what, d in (("note", c.notes), ("definition", c.definitions)):
            said = list(parts_of(d.get("")))  # each note its own column
            row += said + [""] * (most[what] - len(said))
        for tag, what in keyed_cols:  # a language's: its own columns
            said = list(parts_of((c.definitions if what == "definition" else c.notes).get(tag)))
            row += said + [""] * (keyed[(tag, what)] - len(said))
        row += ["".join(x for t, x in c.extra if t == tag) for tag in tbx_tags]
        said = list(parts_of(c.source or None))  # each source its own column
        row += said + [""] * (most["source"] - len(said))
        w.writerow([esc(x) for x in row])


def _said(t: Term, what: str, n: int, acronyms: bool, shared: str | None = None) -> str:
    """What the ``<tag>:type``/``<tag>:status``/``<tag>:gender``/``<tag>:pos`` cell says of
    ``t``, the ``n``-th term of its language: nothing where the reader takes the term's value
    from an empty cell as it is, and stated or not as it is (a row of acronyms: ``acronym``,
    stated; a type not stated: ``fullForm``; a status not stated: ``preferred`` for a first
    term, ``admitted`` for a further one; a part of speech the row's ``pos`` cell, ``shared``,
    holds); else the value (a value not stated but not the reader's is written: the layout
    has no way to say it and leave it unstated)."""
    value = getattr(t, what)
    if what == "gender":
        return value or ""
    if what == "pos":  # (one holding the slots' "|" has no slot: said by the writer)
        return "" if shared or _SEP in (value or "") else value or ""
    if what == "type":
        read, stated = ("acronym", True) if acronyms else ("fullForm", False)
    else:
        read, stated = ("preferred" if n == 0 else "admitted"), False
    return "" if value == read and t.stated(what) == stated else str(value)


def _row_pos(c: Concept) -> str | None:
    """The part of speech every term of ``c`` has, which a ``pos`` column holds (Google's
    glossary CSV), or ``None``.

    >>> _row_pos(Concept("c", terms=[Term("армия", "ru", pos="noun"), Term("Armee", "de", pos="noun")]))
    'noun'
    """
    said = {t.pos for t in c.terms}
    return said.pop() or None if len(said) == 1 else None


def _stated_id(c: Concept) -> str:
    """The id cell of ``c``: empty for an id its reader invented (:func:`.model.invented_id`),
    which the reader of the table invents again, so TBX v2 → CSV → TBX v2 adds no id."""
    return "" if isinstance(c.id, Implied) else c.id


def _empty(values: Any, loss: Any, what: str) -> None:
    """Say that the empty ones of ``values`` (each a field, or several parts) are not written:
    an empty TBX ``<note/>`` is data, but a cell cannot tell an empty note from none."""
    if any(part == "" for v in values for part in parts_of(v)):
        loss(f"empty {what} (a cell cannot tell one from none)")
