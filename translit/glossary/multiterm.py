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
``load`` reads MultiTerm files as ``.xml`` or ``.tbx``; :func:`write_mtf` writes the model as
MultiTerm XML again (``save(..., format="multiterm")``, ``glossary convert -f multiterm``).
"""

from __future__ import annotations

from copy import deepcopy
from typing import Any

from ..errors import GlossaryError
from ._xml import (
    XML_SPACE,
    dca_fragment,
    first_rests,
    kept_as_written,
    local_name,
    parse_fragment,
    xml_lines,
    xml_text,
)
from .model import (
    Concept,
    Glossary,
    Term,
    check_glossary,
    invented_id,
    kept_name,
    known_type,
    norm_tag,
    parts_of,
    settle_ids,
    tag_of_name,
    valid_tag,
    with_part,
)

__all__ = ["FIELDS", "read_mtf", "write_mtf"]

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


#: the ``<system>`` fields of a concept (the schema's: entry class, approval status), which the
#: reader keeps as ``<descrip>`` of that type
_SYSTEM = frozenset({"entryClass", "status"})
#: the field names the writer gives the model's fields (those of MultiTerm's default termbase
#: templates; :data:`FIELDS` reads each back), concept or language level, then term level
_WRITTEN_FIELD = {
    "subject": "Subject",
    "source": "Source",
    "definition": "Definition",
    "note": "Note",
    "type": "Term Type",
    "status": "Status",
    "pos": "Part of speech",
    "gender": "Gender",
}
#: kept TBX data as MultiTerm holds it: an element of these kinds becomes a field of its type
_AS_FIELD = frozenset({"descrip", "admin", "termNote"})
#: a sub-field of a field's group, by its TBX element: TBX's ``<admin type="source">`` and
#: ``<note>`` back to MultiTerm's Source and Note sub-fields (the reverse of _SUB_FIELDS)
_SUB_FIELD_NAME = {("admin", "source"): "Source", ("note", None): "Note"}


def _language_name(tag: str) -> str:
    """The English name MultiTerm gives the index of language ``tag`` (``<language
    type="German (Germany)">``), from Babel's names; the tag itself where Babel has none.

    >>> _language_name("de-DE"), _language_name("ru"), _language_name("x-old")
    ('German (Germany)', 'Russian', 'x-old')
    """
    from babel import Locale, UnknownLocaleError

    try:
        name = Locale.parse(tag, sep="-").get_display_name("en")
    except (ValueError, TypeError, UnknownLocaleError):
        return tag
    return name or tag


def write_mtf(glossary: Glossary) -> tuple[bytes, list[str]]:
    """``glossary`` as MultiTerm XML (the ``<mtf>`` of MultiTerm's export and import, UTF-16
    with a BOM as MultiTerm writes it), and what it could not hold or wrote otherwise.

    The structure is the one the MultiTerm XML schema gives (RWS MultiTerm SDK, "XML Schema:
    MTF"): a ``conceptGrp`` holds its ``concept`` (the entry number), ``system`` fields,
    ``transacGrp``, ``descripGrp`` and one ``languageGrp`` for each language of its terms,
    which holds ``<language type="German (Germany)" lang="DE-DE"/>``, its ``descripGrp`` and
    a ``termGrp`` for each term (``<term>``, its fields and transactions). The model's fields
    are written as fields under the names of MultiTerm's default templates (Subject, Source,
    Definition, Note; Term Type, Status, Part of speech, Gender: as read, in the file's
    spelling, since a termbase defines its own picklists); a definition's kept sub-fields
    (its Source, its Note) go back into its group. Kept TBX data is written as MultiTerm holds
    it: a transaction as ``<transac type="origination">user</transac><date>``, a ``descrip``
    as a field of its type, an ``admin`` or ``termNote`` as a field too (said), MultiTerm's
    own entry class as ``<system type="entryClass">``; other kinds (a cross-reference) are
    not written, and said. Also said: a concept id that is no entry number (the schema's
    ``concept`` is an unsigned number, written as read), term ids (MultiTerm has no term
    id), the definitions and notes of a language without terms (a ``languageGrp`` holds
    a term), a concept without terms (written without a ``languageGrp``), and a text whose
    spaces an XML reader would lay out anew (``a  b``: marked ``xml:space="preserve"``, as
    the TBX writer marks it, an attribute the schema does not list). The glossary's title,
    declared languages and source language have no place in MultiTerm XML (the termbase
    definition, XDT, holds its name and languages): :func:`.files.save` says them.

    >>> from .model import Concept, Term
    >>> data, said = write_mtf(Glossary([Concept("17", terms=[Term("РОА", "ru")])]))
    >>> said, data.decode("utf-16").splitlines()[3]
    ([], '    <concept>17</concept>')
    """
    from lxml import etree

    check_glossary(glossary)
    lost: dict[str, int] = {}

    def loss(what: str) -> None:
        lost[what] = lost.get(what, 0) + 1

    root = etree.Element("mtf")
    for c in glossary.concepts:
        grp = etree.SubElement(root, "conceptGrp")
        etree.SubElement(grp, "concept").text = str(c.id)
        if not str(c.id).isascii() or not str(c.id).isdigit():
            loss("concept ids that are no entry numbers (the schema's <concept> is an "
                 "unsigned number): written as read")  # fmt: skip
        _level(grp, c, "", loss)
        langs = list(dict.fromkeys(t.lang for t in c.terms))
        if not langs:  # (read back as it is; MultiTerm's schema wants a languageGrp)
            loss("concepts without terms (the schema's conceptGrp holds a languageGrp): "
                 "written without one")  # fmt: skip
        for tag in dict.fromkeys([*c.definitions, *c.notes, *(k for k, _ in c.extra)]):
            if tag and tag not in langs:
                loss("definitions, notes and data of a language without terms (a MultiTerm "
                     "languageGrp holds a term): not written")  # fmt: skip
        for tag in langs:
            lg = etree.SubElement(grp, "languageGrp")
            etree.SubElement(lg, "language", type=_language_name(tag), lang=tag.upper())
            _level(lg, c, tag, loss)
            for t in (t for t in c.terms if t.lang == tag):
                _term_grp(lg, t, loss)
    kept = sum(1 for el in root.iter() if el.get(XML_SPACE))
    if kept:  # (said: MultiTerm's closed schema lists no xml:space)
        lost[
            "texts with runs of spaces or a space at a line's end: marked "
            'xml:space="preserve", XML\'s own attribute, which the MTF schema does not list'
        ] = kept
    etree.indent(root, space="  ")
    data = etree.tostring(root, encoding="UTF-16", xml_declaration=True) + "\n".encode("utf-16-le")
    return data, [f"{what} ({n}x)" for what, n in lost.items()]


def _field(parent: Any, name: str, text: str) -> Any:
    """A ``<descripGrp><descrip type=name>text</descrip></descripGrp>`` appended to
    ``parent``; the group."""
    from lxml import etree

    grp = etree.SubElement(parent, "descripGrp")
    el = etree.SubElement(grp, "descrip", type=name)
    el.text = text
    if kept_as_written(text):  # (spaces a reader would lay out anew: as the TBX writer)
        el.set(XML_SPACE, "preserve")
    return grp


def _level(parent: Any, c: Concept, tag: str, loss: Any) -> None:
    """The fields of concept ``c`` at language ``tag`` (``""``: the concept's) and its kept
    data there, in the schema's order: system fields, transactions, then descripGrps."""
    kept = [parse_fragment(x) for where, x in c.extra if where == tag]
    fields: list[Any] = []
    for el in kept:
        if local_name(el.tag) == "descrip" and el.get("type") in _SYSTEM and not tag:
            system = deepcopy(el)
            system.tag = "system"
            parent.append(system)
        elif local_name(el.tag) == "transacGrp":
            parent.append(_transactions(el))
        else:
            fields.append(el)
    if not tag:
        for part in parts_of(c.subject):
            _field(parent, _WRITTEN_FIELD["subject"], part)
        for part in parts_of(c.source):
            _field(parent, _WRITTEN_FIELD["source"], part)
    definitions = [_field(parent, "Definition", p) for p in parts_of(c.definitions.get(tag))]
    for part in parts_of(c.notes.get(tag)):
        _field(parent, "Note", part)
    for el in fields:
        if local_name(el.tag) == "descripGrp" and el.get("type") == "definition" and definitions:
            for member in el:  # a definition's sub-fields: back in its group
                if isinstance(member.tag, str):
                    _sub_field(definitions[0], member, loss)
        else:
            _kept_field(parent, el, loss)


def _term_grp(parent: Any, t: Term, loss: Any) -> None:
    from lxml import etree

    tg = etree.SubElement(parent, "termGrp")
    etree.SubElement(tg, "term").text = t.text
    if t.id:
        loss("term ids (MultiTerm has none): not written")
    for name, default in (("type", "fullForm"), ("status", "preferred")):
        value = getattr(t, name)
        if t.stated(name) or value != default:
            spelling = getattr(value, "spelling", None)
            if spelling:
                loss(f"term {name}es in their file's spelling ({spelling!r} for {str(value)!r}): "
                     "written so, read back as the value")  # fmt: skip
            _field(tg, _WRITTEN_FIELD[name], spelling or str(value))
    for name in ("pos", "gender"):
        if getattr(t, name) is not None:
            _field(tg, _WRITTEN_FIELD[name], getattr(t, name))
    for name in ("source", "note"):
        for part in parts_of(getattr(t, name)):
            _field(tg, _WRITTEN_FIELD[name], part)
    transactions = []
    for fragment in t.extra:
        el = parse_fragment(fragment)
        if local_name(el.tag) == "transacGrp":
            transactions.append(_transactions(el))
        else:
            _kept_field(tg, el, loss)
    tg.extend(transactions)


def _transactions(el: Any) -> Any:
    """A kept TBX ``transacGrp`` as MultiTerm writes one (the reverse of :func:`_tbx_form`):
    ``<transac type="transactionType">origination</transac><transacNote
    type="responsibility">jdoe</transacNote><date>2009-05-04</date>`` is ``<transac
    type="origination">jdoe</transac><date>2009-05-04</date>`` (the schema's date is MSXML's
    dateTime, whose time of day is optional)."""
    from lxml import etree

    out = etree.Element("transacGrp")
    kind = next((e for e in el if local_name(e.tag) == "transac"), None)
    who = next((e for e in el if local_name(e.tag) == "transacNote"), None)
    for child in el:
        name = local_name(child.tag) if isinstance(child.tag, str) else ""
        if child is kind and child is not None and child.get("type") == "transactionType":
            made = etree.SubElement(out, "transac", type=xml_text(child))
            made.text = xml_text(who) if who is not None else None
        elif child is who and kind is not None:
            continue
        elif name:
            out.append(deepcopy(child))
    return out


def _kept_field(parent: Any, el: Any, loss: Any) -> None:
    """Kept TBX data ``el`` as a MultiTerm field of ``parent``, or said (see :func:`write_mtf`)."""
    from lxml import etree

    name = local_name(el.tag)
    if name in _AS_FIELD and el.get("type") and len(el) == 0:
        _field(parent, el.get("type"), xml_lines(el))
        if name != "descrip":
            loss(f"TBX data <{name} type=\"{el.get('type')}\">: written as a MultiTerm field "
                 "(<descrip>), read back as one")  # fmt: skip
        return
    if name == "descripGrp" and not el.get("type"):
        members = [e for e in el if isinstance(e.tag, str)]
        head = members[0] if members else None
        if head is not None and local_name(head.tag) == "descrip" and len(head) == 0:
            grp = _field(parent, head.get("type") or "", xml_lines(head))
            for member in members[1:]:
                _sub_field(grp, member, loss)
            return
    if name == "descripGrp" and el.get("type") and len(el):  # (a field's rest, the field gone)
        for member in el:
            if isinstance(member.tag, str):
                _kept_field(parent, member, loss)
        return
    loss(f"TBX data {kept_name(etree.tostring(el, encoding='unicode'))}: not written "
         "(MultiTerm XML holds fields, transactions and system fields)")  # fmt: skip


def _sub_field(grp: Any, member: Any, loss: Any) -> None:
    """``member``, kept TBX data of a field's group, as a sub-field of the MultiTerm group
    ``grp`` (a ``descripGrp`` in it: the schema's sub-fields, a Definition's Source)."""
    name = local_name(member.tag)
    field = _SUB_FIELD_NAME.get((name, member.get("type")))
    if field and len(member) == 0:
        _field(grp, field, xml_lines(member))
    elif name == "transacGrp":
        grp.append(_transactions(member))
    else:
        _kept_field(grp, member, loss)


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
        elif what in ("subject", "source") and not lang:  # several: each kept, as TBX's
            setattr(c, what, with_part(getattr(c, what), value))
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
