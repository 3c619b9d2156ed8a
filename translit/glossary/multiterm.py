"""MultiTerm XML reader: the ``<mtf>`` export of SDL/RWS MultiTerm (and memoQ's "MultiTerm XML").

Structure (MultiTerm's export, usually UTF-16 with a BOM and a ``.xml`` extension)::

    <mtf><conceptGrp>
      <concept>17</concept>                                  concept id
      <transacGrp>…</transacGrp>                             kept as TBX transacGrp
      <descripGrp><descrip type="Definition">…</descrip></descripGrp>
      <languageGrp>
        <language type="Russian" lang="RU"/>                 language tag (RU → ru)
        <termGrp><term>РОА</term>
          <descripGrp><descrip type="Status">…</descrip></descripGrp>
        </termGrp>
      </languageGrp>
    </conceptGrp></mtf>

GlobalSight's own termbase export (GTXML, ``tb_export_N.xml``: its ``GTXmlWriter``, read in the
Apache-licensed GlobalSight sources; the file itself was not at hand) is the same structure
under an ``<entries>`` root, with ``<language name="English" locale="en_US"/>`` and its notes
and sources as ``<noteGrp><note>`` and ``<sourceGrp><source>`` (or bare ``<note>``), which
GlobalSight's MultiTerm export turns into ``<descrip type="note">`` and ``<descrip
type="source">``: it is read as if it were that export.

A ``descrip`` type is a field name the termbase defines; the usual names (case-insensitive, in
:data:`FIELDS`) map to the model: definition, note, source, subject, and for terms status, type,
part of speech, gender. Any other field is kept as ``<descrip type="…">`` in ``Concept.extra`` /
``Term.extra`` (so a TBX export carries it), transaction groups likewise, and so is a
``<system>`` field (the schema's "system-maintained information": ``entryClass`` 1-8 or the
approval ``status`` new, reviewed, approved), as ``<descrip type="entryClass">``, the form
GlobalSight's export gives it (TBX-Basic has no such category: the TBX writer says so); an
element of no known kind is reported in ``Glossary.warnings``. :func:`.tbx.read_tbx` hands an ``<mtf>`` root here, so
``load`` reads MultiTerm files as ``.xml`` or ``.tbx``; they are written back as TBX.
"""

from __future__ import annotations

from copy import deepcopy
from typing import Any

from ..errors import GlossaryError
from ._xml import dca_fragment, first_rests, local_name, xml_lines, xml_text
from .model import (
    Concept,
    Glossary,
    Term,
    invented_id,
    known_type,
    norm_tag,
    settle_ids,
    tag_of_name,
    valid_tag,
    with_part,
)

__all__ = ["FIELDS", "read_mtf"]

#: MultiTerm field names (``descrip type``, lower case) → model field, by level.
FIELDS: dict[str, str] = {
    "definition": "definition",
    "note": "note",
    "notes": "note",
    "comment": "note",
    "source": "source",
    "subject": "subject",
    "subject field": "subject",
    "domain": "subject",
    "status": "status",
    "term status": "status",
    "usage status": "status",
    "administrative status": "status",
    "normative authorization": "status",
    "term type": "type",
    "part of speech": "pos",
    "gender": "gender",
    "grammatical gender": "gender",
}
_TERM_ONLY = {"status", "type", "pos", "gender"}
_LANG_ATTRS = ("lang", "locale", "type", "name")  # codes first, then language names
_CODE_ATTRS = frozenset({"lang", "locale"})


#: The TBX category the writer gives a model field, for a MultiTerm sub-field to rejoin it
_TBX_CATEGORY = {"definition": "definition", "subject": "subjectField"}


#: field groups and their head element: MultiTerm's, and GlobalSight's for notes and sources
_GROUPS = {"descripGrp": "descrip", "noteGrp": "note", "sourceGrp": "source"}


def _field_name(el: Any) -> str:
    """The field an element holds: a ``descrip``'s type, else (GlobalSight's ``note`` and
    ``source``) the element's own name."""
    name = local_name(el.tag)
    return (el.get("type") or "").strip().lower() if name == "descrip" else name


def _fields(el: Any, warnings: list[str], path: str) -> list[tuple[str, str, Any]]:
    """(field name in lower case, text, element) of ``el``'s descrips (groups unwrapped) and
    transaction groups (field ``""``).

    A ``descripGrp`` nested in another is a sub-field of that group's field (the MultiTerm XML
    schema, 2001: a Definition's Source): it never becomes a field of the entry. With a field
    the model holds (a definition), the sub-fields are kept as one group marked with the
    field's TBX category, which the TBX writer puts back around the field; with another, the
    whole group is kept as read."""
    out: list[tuple[str, str, Any]] = []
    for child in el:
        name = local_name(child.tag)
        if name in _GROUPS:
            head = next((e for e in child if local_name(e.tag) == _GROUPS[name]), None)
            rest = [e for e in child if e is not head and isinstance(e.tag, str)]
            if head is None or not rest:
                out += _fields(child, warnings, path)
                continue
            field = _field_name(head)
            category = _TBX_CATEGORY.get(FIELDS.get(field, ""))
            if name != "descripGrp":  # GlobalSight's: the note or source, then the rest beside
                out.append((field, xml_lines(head), head))
                out += _fields(rest, warnings, path)
                continue
            if category is None:
                out.append(("+group", "", child))
                continue
            out.append((field, xml_lines(head), head))
            group = deepcopy(child)
            group.remove(group[child.index(head)])
            group.set("type", category)
            out.append(("+member", "", group))
        elif name in ("descrip", "note", "source"):
            out.append((_field_name(child), xml_lines(child), child))
        elif name == "transacGrp":
            out.append(("", "", child))
        elif name == "system":  # MultiTerm's own (entry class, approval status): kept
            out.append(("+system", "", child))
        elif name and name not in ("concept", "languageGrp", "language", "termGrp", "term"):
            warnings.append(f"{path}:{child.sourceline}: <{name}> not kept")
    return out


def _kept(el: Any) -> str:
    """``el`` kept in TBX's DCA form, as MultiTerm's own TBX export writes it (:func:`_tbx_form`)."""
    return dca_fragment(_tbx_form(el), False)


#: MultiTerm sub-fields (a ``descripGrp`` in a field's group) and the TBX element each is:
#: a Definition's Source is its ``<admin type="source">``, its Note a ``<note>``
_SUB_FIELDS = {"source": ("admin", "source"), "note": ("note", None)}


def _tbx_form(el: Any) -> Any:
    """A copy of the MultiTerm element ``el`` in TBX's structure, where the two differ (the
    TBX-Basic schema refused what was kept as read):

    - a transaction, ``<transac type="origination">jdoe</transac><date>2009-05-04T10:00:00
      </date>``, is TBX's ``<transac type="transactionType">origination</transac><transacNote
      type="responsibility">jdoe</transacNote><date>2009-05-04</date>`` (TBX's date is a date,
      ISO 30042:2019's schema ``xsd:date``: the time of day is left out, as MultiTerm's own TBX
      export writes it); a ``<transac>`` without a type is kept as read (made a
      ``transactionType`` it was an empty one, which TBX-Basic's picklist refuses in silence),
      and the writer says so;
    - a field's sub-field (a ``descripGrp`` in its group) that TBX names, Source or Note, is
      that element (``<admin type="source">``, ``<note>``); another stays a group;
    - a Context field is TBX-Basic's ``context`` (the same data category, lower case).

    >>> from lxml import etree
    >>> t = _tbx_form(etree.fromstring('<transacGrp><transac type="origination">jdoe</transac>'
    ...     '<date>2009-05-04T10:00:00</date></transacGrp>'))
    >>> print(etree.tostring(t, encoding="unicode"))  # doctest: +NORMALIZE_WHITESPACE
    <transacGrp><transac type="transactionType">origination</transac><transacNote
    type="responsibility">jdoe</transacNote><date>2009-05-04</date></transacGrp>
    """
    from lxml import etree

    name = local_name(el.tag)
    if name == "transacGrp":
        out = etree.Element("transacGrp")
        for child in el:
            kind = local_name(child.tag) if isinstance(child.tag, str) else ""
            kind_of = (child.get("type") or "").strip()  # (none: kept as read, said when written)
            if kind == "transac" and kind_of and kind_of != "transactionType":
                etree.SubElement(out, "transac", type="transactionType").text = kind_of
                who = xml_text(child)
                if who:
                    etree.SubElement(out, "transacNote", type="responsibility").text = who
            elif kind == "date":
                etree.SubElement(out, "date").text = xml_text(child).split("T", 1)[0]
            elif kind:
                out.append(deepcopy(child))
        return out
    if name == "descripGrp":
        out = etree.Element("descripGrp", dict(el.attrib))
        for child in el:
            if not isinstance(child.tag, str):
                continue
            head = next((e for e in child if local_name(e.tag) == "descrip"), None)
            sub = _SUB_FIELDS.get(_field_name(head)) if head is not None else None
            if (
                head is not None
                and sub
                and local_name(child.tag) == "descripGrp"
                and len(child) == 1
            ):
                made = etree.SubElement(out, sub[0])
                if sub[1]:
                    made.set("type", sub[1])
                made.text = xml_lines(head)
            else:
                out.append(_tbx_form(child))
        return out
    out = deepcopy(el)
    if name == "descrip" and (el.get("type") or "").strip().lower() == "context":
        out.set("type", "context")
    return out


def read_mtf(root: Any, path: str, *, strict: bool = True) -> Glossary:
    """Read the parsed ``<mtf>`` (or GlobalSight ``<entries>``) ``root`` into a
    :class:`Glossary` (``strict=False``: bad entries go to ``Glossary.errors``)."""
    g = Glossary(path=path)
    for n, grp in enumerate((e for e in root if local_name(e.tag) == "conceptGrp"), 1):
        try:
            g.concepts.append(_concept(grp, n, path, g.warnings))
        except GlossaryError as exc:
            if strict:
                raise
            g.errors.append(exc)
    g.languages = list(dict.fromkeys(t.lang for c in g.concepts for t in c.terms))
    settle_ids(g.concepts)
    # (the time of day is left out of each transaction's date, _tbx_form: said once a file)
    timed = [d for d in root.iter("{*}date") if "T" in xml_text(d)]
    if timed:
        g.warnings.append(
            f"{path}:{timed[0].sourceline}: the time of day of {len(timed):,} transaction "
            f"date{'s' if len(timed) > 1 else ''} (first {xml_text(timed[0])!r}) not kept: TBX's "
            "<date> is a date (xsd:date), as MultiTerm's own TBX export writes it"
        )
    return g


def _concept(grp: Any, n: int, path: str, warnings: list[str]) -> Concept:
    cid = next((" ".join(e.itertext()).strip() for e in grp if local_name(e.tag) == "concept"), "")
    c = Concept(id=cid or invented_id(n), line=grp.sourceline)
    _describe(c, "", _fields(grp, warnings, path))
    for lg in (e for e in grp if local_name(e.tag) == "languageGrp"):
        lang_el = next((e for e in lg if local_name(e.tag) == "language"), None)
        lang = _language(lang_el, path, lg.sourceline)
        _describe(c, lang, _fields(lg, warnings, path))
        for tg in (e for e in lg if local_name(e.tag) == "termGrp"):
            c.terms.append(_term(tg, lang, path, warnings))
    first_rests(c.extra)
    return c


def _language(el: Any, path: str, line: int) -> str:
    """The language tag of a ``<language>`` element: its code (MultiTerm's ``lang="DE-DE"``,
    GlobalSight's ``locale="en_US"``), else its name (``type="German (Germany)"``, ``name=
    "English"``: an index name, read as CAT tools' English language names are,
    :func:`.model.tag_of_name`, or a tag written there). A name was taken for a tag: the
    terms of ``type="German"`` were in the language "german"."""
    if el is not None:  # MultiTerm: lang="RU" type="Russian"; GlobalSight: locale, name
        for key in _LANG_ATTRS:
            value = (el.get(key) or "").strip()
            if not value:
                continue
            if key in _CODE_ATTRS:
                return norm_tag(value)
            tag = tag_of_name(value) or (norm_tag(value) if valid_tag(value) else None)
            if tag is None:
                raise GlossaryError(
                    f"<language {key}={value!r}> names no language translit knows (an English "
                    'name such as "German (Germany)", or a tag such as de-DE): add lang="…" '
                    "with its tag",
                    path,
                    el.sourceline,
                )
            return tag
    raise GlossaryError("<languageGrp> without <language lang=…> (or locale=…)", path, line)


def _describe(c: Concept, lang: str, fields: list[tuple[str, str, Any]]) -> None:
    for name, value, el in fields:
        what = FIELDS.get(name)
        if what == "definition":  # several: each kept (Joined), as TBX's
            c.definitions[lang] = with_part(c.definitions.get(lang), value)
        elif what == "note":
            c.notes[lang] = with_part(c.notes.get(lang), value)
        elif what == "subject" and not c.subject:
            c.subject = value
        elif what == "source" and not c.source:
            c.source = value
        else:
            c.extra.append((lang, _kept(el)))


def _term(tg: Any, lang: str, path: str, warnings: list[str]) -> Term:
    term = next((e for e in tg if local_name(e.tag) == "term"), None)
    text = xml_text(term) if term is not None else ""
    if term is None or not text:
        raise GlossaryError("term element missing or empty", path, tg.sourceline)
    data: dict[str, Any] = {}
    extra: list[str] = []
    for name, value, el in _fields(tg, warnings, path):
        what = FIELDS.get(name)
        if what == "type" and not known_type(value):
            extra.append(_kept(el))
            warnings.append(
                f"{path}:{el.sourceline}: term type {value!r} is in no TBX picklist: kept as "
                "read, the term is taken as a full form"
            )
        elif what in ("note", "source"):
            data[what] = with_part(data.get(what), value)
        elif what in _TERM_ONLY:  # (a status or type not there stays implied: Term.stated)
            data[what] = "\n".join(x for x in (data.get(what), value) if x)
        else:  # a definition or subject on a term has no place in the model: kept as read
            extra.append(_kept(el))
    # GlobalSight's <term termId="203">: the term's id in its termbase, a TBX term's id
    term_id = (term.get("termId") or term.get("id") or "").strip() or None
    try:
        return Term(text, lang, id=term_id, line=tg.sourceline, extra=tuple(extra), **data)
    except GlossaryError as exc:
        raise GlossaryError(exc.message, path, tg.sourceline) from None
