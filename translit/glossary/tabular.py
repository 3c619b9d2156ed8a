"""CSV/TSV glossaries: OmegaT, Weblate/translate-toolkit and a multilingual layout.

Three layouts, recognised from the first row:

- **OmegaT** (headerless): ``source⇥target⇥comment`` — the first row is data. The languages
  come from ``source_lang``/``target_lang``; when not given, a column with Cyrillic is ``ru`` and
  other columns are ``und`` (undetermined; reported in ``Glossary.warnings``).
- **Weblate / translate-toolkit** (a header with ``source`` and ``target``): other columns
  named ``comment``, ``notes``, ``translator_comments``, ``developer_comments``,
  ``explanation`` become term notes; ``context``/``id`` the concept id.
- **Multilingual** (a header with language tags): one row per concept, one column per language
  tag holding the preferred term; further terms of that language follow, separated by ``|``,
  and are read as ``admitted``. Optional columns: ``id``, ``subject``, ``type``, ``status``,
  ``note``, ``source``, ``definition``. ``type`` is a concept-level category
  (``person|place|acronym|org|term`` in ``glossaries/names.csv``): it becomes the concept's
  subject field when there is no ``subject`` column, and ``acronym`` also makes the row's terms
  acronyms. ``status`` applies to the row's first term in each language.

Files are UTF-8, with or without a BOM (``bom=True`` writes one, for Excel); quoting follows
:mod:`csv`. ``escape_formulas=True`` prefixes cells starting with ``= + - @`` or a tab/CR with
``'`` on export, so spreadsheets do not run them. Writers return what the layout cannot hold.
"""

from __future__ import annotations

import csv
import io
from typing import IO, Any

from ..errors import GlossaryError
from .model import Concept, Glossary, Term, is_cyrillic, norm_tag, valid_tag

__all__ = ["read_table", "write_table"]

_NOTE_COLS = {
    "comment",
    "comments",
    "note",
    "notes",
    "translator_comments",
    "developer_comments",
    "explanation",
}
_META = {"id", "subject", "type", "status", "note", "notes", "source", "definition", "context"}
_FORMULA = ("=", "+", "-", "@", "\t", "\r")
_SEP = "|"


def _escape(cell: str) -> str:
    return "'" + cell if cell.startswith(_FORMULA) else cell


def read_table(
    text: str,
    path: str = "<csv>",
    *,
    delimiter: str = ",",
    source_lang: str | None = None,
    target_lang: str | None = None,
) -> Glossary:
    """Read CSV/TSV text (layout recognised from the first row) into a :class:`Glossary`.

    >>> g = read_table("id,ru,fr\\nroa,РОА,ROA\\n")
    >>> g.concepts[0].preferred("fr").text
    'ROA'
    """
    if text.startswith("\ufeff"):
        text = text[1:]
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows: list[tuple[int, list[str]]] = []
    try:
        for row in reader:
            if any(cell.strip() for cell in row):
                rows.append((reader.line_num, row))
    except csv.Error as exc:
        raise GlossaryError(f"bad CSV: {exc}", path, reader.line_num) from None
    g = Glossary(path=path)
    if not rows:
        return g
    head = [c.strip().lower() for c in rows[0][1]]
    if "source" in head and "target" in head:
        _read_bilingual(
            g, rows[0][1], rows[1:], path, source_lang=source_lang, target_lang=target_lang
        )
    elif any(_is_lang_col(h) for h in rows[0][1]):
        _read_multi(g, rows[0][1], rows[1:], path)
    else:
        _read_omegat(g, rows, path, source_lang=source_lang, target_lang=target_lang)
    return g


def _is_lang_col(name: str) -> bool:
    name = name.strip()
    return bool(name) and name.lower() not in _META | _NOTE_COLS and valid_tag(name)


def _guess_lang(values: list[str], given: str | None, g: Glossary, what: str) -> str:
    if given:
        return norm_tag(given)
    if any(is_cyrillic(v) for v in values):
        return "ru"
    g.warnings.append(f"{g.path}: {what} language unknown (pass source_lang/target_lang): 'und'")
    return "und"


def _read_omegat(
    g: Glossary,
    rows: list[tuple[int, list[str]]],
    path: str,
    *,
    source_lang: str | None,
    target_lang: str | None,
) -> None:
    src = _guess_lang([r[0] for _, r in rows], source_lang, g, "source")
    tgt = _guess_lang([r[1] for _, r in rows if len(r) > 1], target_lang, g, "target")
    g.source_lang = src
    for n, (line, row) in enumerate(rows, 1):
        if len(row) < 2:
            raise GlossaryError("OmegaT row needs source<TAB>target[<TAB>comment]", path, line)
        note = "\t".join(row[2:]).strip() or None
        c = Concept(id=f"c{n}", line=line, terms=[Term(row[0], src, line=line)])
        if row[1].strip():
            c.terms.append(Term(row[1], tgt, line=line))
        if note:
            c.notes[""] = note
        g.concepts.append(c)


def _read_bilingual(
    g: Glossary,
    header: list[str],
    rows: list[tuple[int, list[str]]],
    path: str,
    *,
    source_lang: str | None,
    target_lang: str | None,
) -> None:
    head = [h.strip().lower() for h in header]
    si, ti = head.index("source"), head.index("target")
    notes = [i for i, h in enumerate(head) if h in _NOTE_COLS]
    ids = [i for i, h in enumerate(head) if h in ("id", "context")]
    src = _guess_lang([r[si] for _, r in rows if len(r) > si], source_lang, g, "source")
    tgt = _guess_lang([r[ti] for _, r in rows if len(r) > ti], target_lang, g, "target")
    g.source_lang = src
    for n, (line, raw) in enumerate(rows, 1):
        row = raw + [""] * (len(head) - len(raw))
        if not row[si].strip():
            raise GlossaryError("empty source term", path, line)
        cid = next((row[i] for i in ids if row[i].strip()), f"c{n}")
        c = Concept(id=cid, line=line, terms=[Term(row[si], src, line=line)])
        if row[ti].strip():
            c.terms.append(Term(row[ti], tgt, line=line))
        note = "\n".join(row[i] for i in notes if row[i].strip())
        if note:
            c.notes[""] = note
        g.concepts.append(c)


def _read_multi(
    g: Glossary, header: list[str], rows: list[tuple[int, list[str]]], path: str
) -> None:
    names = [h.strip() for h in header]
    low = [h.lower() for h in names]
    langs = [(i, norm_tag(h)) for i, h in enumerate(names) if _is_lang_col(h)]
    col = {h: i for i, h in enumerate(low) if h in _META}
    note_i = col.get("note", col.get("notes"))
    g.languages = [tag for _, tag in langs]
    for extra in (h for h in names if h and h.lower() not in _META and not _is_lang_col(h)):
        g.warnings.append(f"{path}:{rows[0][0] - 1 if rows else 1}: column {extra!r} not kept")

    def cell(row: list[str], key: str) -> str:
        i = col.get(key)
        return row[i].strip() if i is not None and i < len(row) else ""

    for n, (line, row) in enumerate(rows, 1):
        cid = cell(row, "id") or f"c{n}"
        kind = cell(row, "type")
        subject = (cell(row, "subject") if "subject" in col else kind) or None
        if "subject" in col and kind and kind.lower() != "acronym":
            g.warnings.append(f"{path}:{line}: type {kind!r} not kept (there is a subject column)")
        status = cell(row, "status") or "preferred"
        c = Concept(id=cid, subject=subject, line=line, source=cell(row, "source") or None)
        for i, tag in langs:
            if i >= len(row) or not row[i].strip():
                continue
            for k, text in enumerate(t for t in row[i].split(_SEP) if t.strip()):
                try:
                    c.terms.append(
                        Term(
                            text,
                            tag,
                            type="acronym" if kind.lower() == "acronym" else "fullForm",
                            status=status if k == 0 else "admitted",
                            line=line,
                        )
                    )
                except GlossaryError as exc:
                    raise GlossaryError(exc.message, path, line) from None
        if note_i is not None and note_i < len(row) and row[note_i].strip():
            c.notes[""] = row[note_i].strip()
        if cell(row, "definition"):
            c.definitions[""] = cell(row, "definition")
        g.concepts.append(c)


# -- writing -------------------------------------------------------------------------------------


def write_table(
    glossary: Glossary,
    fh: IO[str],
    *,
    delimiter: str = ",",
    layout: str = "multi",
    source_lang: str | None = None,
    target_lang: str | None = None,
    escape_formulas: bool = False,
    bom: bool = False,
) -> list[str]:
    """Write ``glossary`` as CSV/TSV in ``layout`` ``multi`` | ``bilingual`` | ``omegat``.

    Returns one message per kind of data the layout cannot hold (nothing is dropped silently).
    """
    lost: dict[str, int] = {}

    def loss(what: str) -> None:
        lost[what] = lost.get(what, 0) + 1

    esc = _escape if escape_formulas else (lambda s: s)
    if bom:
        fh.write("\ufeff")
    w = csv.writer(fh, delimiter=delimiter, lineterminator="\n")
    if layout == "multi":
        langs = [norm_tag(t) for t in glossary.languages]
        for c in glossary.concepts:
            langs += [t.lang for t in c.terms if t.lang not in langs]
        w.writerow(["id", "subject", "type", "status", *langs, "note", "definition", "source"])
        for c in glossary.concepts:
            acr = bool(c.terms) and all(t.type == "acronym" for t in c.terms)
            cells = []
            status = ""
            for tag in langs:
                terms = [t for t in c.terms if t.lang == tag]
                terms.sort(key=lambda t: t.status != "preferred")
                if terms and terms[0].status != "preferred":
                    status = status or terms[0].status
                for k, t in enumerate(terms):
                    if k and t.status != "admitted":
                        loss(f"status {t.status!r} of a non-first term")
                    if t.type != ("acronym" if acr else "fullForm"):
                        loss(f"term type {t.type!r}")
                    for name in ("pos", "gender", "note", "source"):
                        if getattr(t, name):
                            loss(f"term {name}")
                    if _SEP in t.text:
                        raise GlossaryError(f"term {t.text!r} contains {_SEP!r}", glossary.path)
                cells.append(_SEP.join(t.text for t in terms))
            _lang_keyed(c.notes, loss, "note")
            _lang_keyed(c.definitions, loss, "definition")
            w.writerow(
                [
                    esc(x)
                    for x in (
                        c.id,
                        c.subject or "",
                        "acronym" if acr else "",
                        status,
                        *cells,
                        "\n".join(c.notes.values()),
                        "\n".join(c.definitions.values()),
                        c.source or "",
                    )
                ]
            )
    else:
        src = norm_tag(source_lang or glossary.source_lang or "")
        tgt = norm_tag(target_lang or "")
        if not src or not tgt:
            raise GlossaryError("a bilingual export needs source and target languages")
        if layout == "bilingual":
            w.writerow(["source", "target", "context", "translator_comments"])
        for c in glossary.concepts:
            s, tr = c.preferred(src), c.preferred(tgt)
            if s is None:
                loss(f"concept without a {src} term")
                continue
            if len(c.terms) > 1 + (tr is not None):
                loss("terms other than the preferred source and target terms")
            if c.subject or c.source or c.definitions:
                loss("subject/source/definition")
            note = "\n".join(c.notes.values())
            row = [s.text, tr.text if tr else ""]
            row += [c.id, note] if layout == "bilingual" else ([note] if note else [])
            w.writerow([esc(x) for x in row])
    return [f"{what}: not written ({n}x)" for what, n in lost.items()]


def _lang_keyed(d: dict[str, str], loss: Any, what: str) -> None:
    if any(d):
        loss(f"language of {what}s")
