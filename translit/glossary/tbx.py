"""TBX (ISO 30042) reader and writer: v2 ``<martif>`` and v3 ``<tbx>``, DCA and DCT styles.

Read:

- TBX v2 (ISO 30042:2008, ``<martif>``): ``termEntry/langSet`` with ``tig`` or
  ``ntig/termGrp``; data categories as ``<descrip|termNote|admin type="…">``.
- TBX v3 (ISO 30042:2019, ``<tbx>``) in the namespaces ``urn:iso:std:iso:30042:ed-2`` and
  ``urn:iso:std:iso:30042:ed:3.0`` (or none), dialects Core/Min/Basic: ``conceptEntry/langSec/
  termSec``; DCA style (``<termNote type="partOfSpeech">``) and DCT style (module elements such
  as ``<basic:partOfSpeech>``, in any namespace — the element's local name is the category).
- A language appearing in several ``langSet``/``langSec`` of one entry is merged.
- An element named as TBX's (``descrip``, ``note``, ``termNote``, a group, ``langSec``,
  ``term`` …) but in another namespace (``<x:descrip xmlns:x="urn:tool">``) is another
  vocabulary's: never read into a field, kept as read in its namespace (and written back so),
  with a warning naming its line and namespace.

Data categories the model has no field for (``context``, ``customerSubset``, ``projectSubset``,
``geographicalUsage``, ``reliabilityCode``, ``transacGrp``, ``xref``/``ref``, a Weblate untyped
``<descrip>``, a ``<note>`` with attributes such as Weblate's ``from="translator"`` …) are kept as they were read, in DCA form (a DCT element becomes its DCA one),
in ``Concept.extra``/``Term.extra``, and term ids (``tig``/``termSec`` ``id``) in ``Term.id``.

A MultiTerm XML file (root ``<mtf>``), or GlobalSight's (``<entries>`` of ``<conceptGrp>``), is
handed to :mod:`.multiterm`.

A ``<back>`` (the people and sources entries name by ``target=``) is kept in
``Glossary.back`` and written back.

Written: TBX-Basic v3 (DCA, namespace ``ed-2``) by default, v2 ``martif`` with ``version=2``.
Every field of the model has a TBX place, so a round trip keeps everything, an empty note too.
An entry id its reader invented (:func:`.model.invented_id`) is written to v3, which requires
one, not to v2. An id that is no XML name (memoQ's entry number ``17``) is written as one
(``_17``), and the header's ``<p type="ids">`` (a JSON object, written id → the glossary's)
says what it was, so reading the file gives ``17`` back (and a kept cross-reference to it). A term's second status category or ``termType`` is kept as read, and the term
has the least recommended status of them (:func:`_best`).
"""

from __future__ import annotations

import json
import re
from collections import deque
from collections.abc import Iterator
from copy import deepcopy
from typing import Any, NoReturn
from xml.sax.saxutils import escape, quoteattr, unescape

from ..errors import GlossaryError
from ._xml import (
    TBX_GROUPS,
    XML_SPACE,
    as_read,
    dca_fragment,
    first_rests,
    iter_elements,
    kept_as_written,
    local_name,
    parse_fragment,
    parse_xml,
    plain_fragment,
    root_of,
    tbx_basic,
    xml_lines,
    xml_text,
)
from .model import (
    STATUSES,
    Concept,
    Glossary,
    Implied,
    Spelled,
    Term,
    check_glossary,
    implied,
    invented_id,
    joined,
    known_type,
    listing,
    norm_gender,
    norm_status,
    norm_tag,
    norm_type,
    parts_of,
    settle_ids,
    with_part,
    yes_no,
)

__all__ = ["NS_V3", "read_tbx", "write_tbx"]

NS_V3 = "urn:iso:std:iso:30042:ed-2"
NS_V3_ALT = "urn:iso:std:iso:30042:ed:3.0"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
#: attributes that say how to read an element's text (its language, its white space: written
#: for a text that holds runs of it), not data of their own
_TEXT_ATTRIBUTES = frozenset({XML_LANG, XML_SPACE})
_ANNOTATION = {"descrip", "termNote", "admin", "adminNote", "descripNote", "ref", "xref"}
#: The element that heads each group (ISO 30042: descripGrp → descrip, …); these groups are
#: read as their members (a ``transacGrp``, the fourth of :data:`._xml.TBX_GROUPS`, is one unit)
_HEAD = {"descripGrp": "descrip", "adminGrp": "admin", "termNoteGrp": "termNote"}
_GROUPS = frozenset(_HEAD)
#: what TBX-Basic writes first in a termSec (a kept termNote goes after the last of them)
_NOTE_LIKE = frozenset({"term", "termNote", "termNoteGrp"})
_HEADS = frozenset(_HEAD.values())


class _Placed:
    """A written element's children as the writer's ``kept()`` places a fragment among them:
    the group heads (descrip, admin, termNote) of each type not yet taken into a group, in
    order, and the last term, termNote or termNoteGrp. Children appended since the last look
    are read on the next (:meth:`sync`): a scan of all the children for each fragment made
    writing a term of many kept fragments quadratic."""

    __slots__ = ("heads", "last_note", "parent", "tail")

    def __init__(self, parent: Any) -> None:
        self.parent = parent
        self.heads: dict[tuple[str, str | None], deque[Any]] = {}
        self.last_note: Any = None
        self.tail: Any = None  # the last child read

    def sync(self) -> None:
        """Read the children appended after :attr:`tail`."""
        new = iter(self.parent) if self.tail is None else self.tail.itersiblings()
        for child in new:
            self.index(child)
            self.tail = child

    def index(self, child: Any) -> None:
        name = local_name(child.tag)
        if name in _NOTE_LIKE:
            self.last_note = child
        if name in _HEADS:
            self.heads.setdefault((name, child.get("type")), deque()).append(child)


#: The data categories the model has a field for, at the concept or language level and at the
#: term level (:func:`_categories` keeps a group headed by any other category whole).
_CONCEPT_FIELDS = frozenset({"subjectField", "source", "definition", "note"})
#: (the term level: each category → the Term field it goes to)
_TERM_FIELD_OF = {
    "termType": "type",
    "administrativeStatus": "status",
    "normativeAuthorization": "status",
    "partOfSpeech": "pos",
    "grammaticalGender": "gender",
    "note": "note",
    "source": "source",
}
_TERM_FIELDS = frozenset(_TERM_FIELD_OF)
#: What :func:`_categories` yields for a group kept whole, and for a member of a group whose
#: head went to the model (its source, its note: they speak of the head, not of the entry)
GROUP, MEMBER = "+group", "+member"
#: What :func:`_categories` yields for a ``<note>`` with attributes: no model field, kept
_ATTRIBUTED = "+note"
#: What :func:`_categories` yields for an element named as TBX's but in another namespace
#: (``<x:descrip xmlns:x="urn:other" type="definition">``): another vocabulary's, kept as read
#: with its namespace, never read into a field (:func:`_own`)
FOREIGN = "+foreign"


def _categories(el: Any, fields: frozenset[str] = frozenset()) -> list[tuple[str, str, Any]]:
    """(category, text, element) of the data-category children of ``el``; a ``transacGrp`` is
    one category: its transaction, date and responsible go together.

    A group (``descripGrp``, ``adminGrp``, ``termNoteGrp``) of one category is that category.
    A group of several is one unit: its members after the first speak of the first (the TBX-Basic
    sample's ``<descripGrp><descrip type="context">…</descrip><admin type="source">…</admin>``
    gives the source of the context, not of the term). When the first is one of ``fields`` (a
    definition), it is yielded, then the group without it as one :data:`MEMBER` whose ``type``
    names the first's category (the writer puts the two together again); else the group is
    one :data:`GROUP`, kept as read. (A list: a generator for each holder cost more than its
    two or three categories.)"""
    out: list[tuple[str, str, Any]] = []
    add = out.append
    for child in el:
        name = local_name(child.tag)
        if name in _TBX_NAMED and not _own(child.tag):
            add((FOREIGN, "", child))
        elif name in _GROUPS:
            members = _categories(child)
            if len(members) <= 1:
                out += members
            elif members[0][0] in fields:
                add(members[0])
                rest = deepcopy(child)  # the group without its head, marked with its category
                rest.remove(rest[child.index(members[0][2])])
                rest.set("type", members[0][0])
                add((MEMBER, "", rest))
            else:
                add((GROUP, "", child))
        elif name == "transacGrp":
            add((name, "", child))
        elif name in _ANNOTATION:
            add((child.get("type") or name, xml_lines(child), child))
        elif name == "note":
            # a note saying more than its text (Weblate's from="translator", an id) is kept as
            # read: the model's notes hold text and a language only
            if set(child.attrib) - _TEXT_ATTRIBUTES:
                add((_ATTRIBUTED, "", child))
            else:
                add(("note", xml_lines(child), child))
        elif isinstance(child.tag, str) and "}" in child.tag and name not in _STRUCTURAL:
            add((name, xml_lines(child), child))  # DCT style: <basic:partOfSpeech>
    return out


_STRUCTURAL = frozenset(
    {"langSet", "langSec", "tig", "ntig", "termGrp", "termSec", "term", "termCompList"}
)
_TBX_NAMED = frozenset({*_ANNOTATION, *TBX_GROUPS, *_STRUCTURAL, "note"})


def _own(tag: Any) -> bool:
    """Whether ``tag`` is a TBX element's: in no namespace (TBX v2) or TBX v3's. Only those
    are the structure: a ``<term>`` of another vocabulary (``<x:term xmlns:x="urn:other">``
    inside a ``<termSec>``) was read as the term, in place of the TBX one.

    >>> _own("term"), _own(f"{{{NS_V3}}}term"), _own("{urn:other}term")
    (True, True, False)
    """
    return not tag.startswith("{") or tag.startswith(_OWN_NAMESPACES)


_OWN_NAMESPACES = (f"{{{NS_V3}}}", f"{{{NS_V3_ALT}}}")


def _set_term_field(term_data: dict[str, Any], cat: str, value: str) -> bool:
    key = _TERM_FIELD_OF.get(cat)
    if key is None:
        return False
    if key in ("note", "source") and key in term_data:  # several: each kept, in order
        term_data[key] = with_part(term_data[key], value)
    else:
        term_data[key] = value
    return True


def read_tbx(data: bytes, path: str = "<tbx>", *, strict: bool = True) -> Glossary:
    """Read TBX bytes into a :class:`Glossary` (``strict=False``: bad entries go to
    ``Glossary.errors`` and reading goes on).

    >>> g = read_tbx('<tbx xmlns="urn:iso:std:iso:30042:ed-2" type="TBX-Core" style="dca"'
    ...     ' xml:lang="en"><text><body><conceptEntry id="c1"><langSec xml:lang="ru">'
    ...     '<termSec><term>РОА</term></termSec></langSec></conceptEntry></body></text></tbx>'
    ...     .encode())
    >>> g.concepts[0].terms[0].text
    'РОА'
    """
    root = root_of(data, path)  # (its start tag: the document is read entry by entry below)
    top = local_name(root.tag)
    # MultiTerm XML, which tools export as .xml beside their TBX; GlobalSight's own export
    if top in ("mtf", "entries"):
        whole = parse_xml(data, path)
        if top == "mtf" or any(local_name(e.tag) == "conceptGrp" for e in whole):
            from .multiterm import read_mtf

            return read_mtf(whole, path, strict=strict)
    if top == "TBX" and (root.get("dialect") or "").lower() == "tbx-min":
        return _read_tbx_min(data, path, strict)
    if top not in ("tbx", "martif"):
        _refuse(data, path, f"not a TBX file: root element is <{top}>", root.sourceline)
    ns = root.tag[1:].split("}")[0] if root.tag.startswith("{") else ""
    if top == "tbx" and ns not in ("", NS_V3, NS_V3_ALT):
        _refuse(data, path, f"unknown TBX namespace {ns!r}", root.sourceline)
    g = Glossary(path=path, source_lang=_lang_of(root))
    seen: set[str] = set()
    originals: dict[str, str] = {}
    n = 0
    # each entry read once complete, then dropped: memory holds one entry, not the tree (a
    # file of 30,000 entries took 600 MB); lxml picks the elements (not a Python test of each)
    for el in iter_elements(data, path, _STREAMED, keep=_HEADER):
        name = local_name(el.tag)
        if name == "title":  # the first title with text, the first list of languages
            if g.title is None and xml_text(el):
                g.title = xml_text(el)
            continue
        if name == "p":
            if not g.languages and el.get("type") == "languages":
                g.languages = [norm_tag(t) for t in xml_text(el).split(":", 1)[-1].split()]
            elif el.get("type") == "ids":  # the ids the writer wrote otherwise (write_tbx)
                got = _ids_read(el.text or "")
                if got is None:
                    g.warnings.append(
                        f'{path}:{el.sourceline}: <p type="ids"> is no list of ids as '
                        "translit writes it: not read"
                    )
                else:
                    originals.update(got)
            continue
        if name == "back":  # its people and sources, kept to be written back (they were lost)
            if any(isinstance(child.tag, str) for child in el):
                g.back = plain_fragment(el)
            continue
        n += 1
        try:
            concept = _read_entry(el, path, n, g.warnings, None if strict else g.errors)
        except GlossaryError as exc:
            if strict:
                parse_xml(data, path)  # (a document it refuses: that error first, as ever)
                raise
            g.errors.append(exc)
            continue
        if not isinstance(concept.id, Implied):  # (an invented one is settled below)
            if concept.id in seen:
                g.warnings.append(f"{path}:{el.sourceline}: concept id {concept.id!r} repeated")
            seen.add(concept.id)
        g.concepts.append(concept)
    if originals:
        _restore_ids(g.concepts, originals)
    settle_ids(g.concepts)
    return g


def _restore_ids(concepts: list[Concept], originals: dict[str, str]) -> None:
    """Give each entry and term whose id the writer wrote otherwise (``_17``) its own
    (``17``), as the header's ``<p type="ids">`` names them, and a kept cross-reference's
    ``target=`` naming one the id it named (the writer wrote it renamed too)."""

    def named(m: re.Match[str]) -> str:
        return m[1] + escape(originals.get(unescape(m[2]), unescape(m[2])), {'"': "&quot;"})

    def retargeted(fragment: str) -> str:
        return _TARGET.sub(named, fragment) if "target=" in fragment else fragment

    for c in concepts:
        if not isinstance(c.id, Implied) and c.id in originals:
            c.id = originals[c.id]
        c.extra = [(lang, retargeted(x)) for lang, x in c.extra]
        for t in c.terms:
            if t.id and t.id in originals:
                t.id = originals[t.id]
            if t.extra:
                t.extra = tuple(retargeted(x) for x in t.extra)


#: a ``target=`` attribute in a start tag of a kept fragment (text holds no ``<``; ``"`` in the
#: value is ``&quot;``)
_TARGET = re.compile(r'(<[^<>]*\starget=")([^"]*)(?=")')


#: TBX-Min (LTAC, 2013: ``<TBX dialect="TBX-Min">``, a bilingual glossary) in the TBX-Basic
#: elements read_tbx reads: its own names (``entry``/``langGroup``/``termGroup``, or the
#: ``termEntry``/``langSet``/``tig`` of earlier converters, byutrg's Convert::TBX::Basic) and
#: its term fields, each the data category it names
_MIN_ELEMENTS = {"entry": "termEntry", "langGroup": "langSet", "termGroup": "tig"}
_MIN_FIELDS = {
    "termStatus": ("termNote", "administrativeStatus"),
    "partOfSpeech": ("termNote", "partOfSpeech"),
    "customer": ("admin", "customerSubset"),
    "subjectField": ("descrip", "subjectField"),
}
#: TBX-Min's four statuses, the TBX-Basic values they abridge (as Convert::TBX::Basic maps them)
_MIN_STATUS = {
    "preferred": "preferredTerm-admn-sts",
    "admitted": "admittedTerm-admn-sts",
    "notRecommended": "deprecatedTerm-admn-sts",
    "obsolete": "supersededTerm-admn-sts",
}


def _read_tbx_min(data: bytes, path: str, strict: bool) -> Glossary:
    """Read a TBX-Min file as the TBX-Basic file it abridges: entries, language groups, terms,
    ``termStatus`` (``preferred``, ``admitted``, ``notRecommended``, ``obsolete``),
    ``partOfSpeech``, ``customer``, ``subjectField`` and notes (a ``noteGrp`` of
    ``noteKey``/``noteValue`` pairs: each note ``key: value``); its header's ``languages``
    name the source and target language. Line numbers stay those of the file."""
    from lxml import etree

    root = parse_xml(data, path)
    langs = next((e for e in root.iter("languages")), None)
    source = langs.get("source") if langs is not None else None
    target = langs.get("target") if langs is not None else None
    for el in list(root.iter(etree.Element)):
        name = local_name(el.tag)
        if name in _MIN_ELEMENTS:
            el.tag = _MIN_ELEMENTS[name]
        elif name in _MIN_FIELDS and el.getparent() is not None:
            el.tag, kind = _MIN_FIELDS[name]
            el.set("type", kind)
            if name == "termStatus" and el.text and el.text.strip() in _MIN_STATUS:
                el.text = _MIN_STATUS[el.text.strip()]
        elif name == "note" and el.find("noteValue") is not None:
            key = xml_text(el.find("noteKey")) if el.find("noteKey") is not None else ""
            value = xml_text(el.find("noteValue"))
            for child in list(el):
                el.remove(child)
            el.text = f"{key}: {value}" if key else value
        elif name == "noteGrp":  # its notes in its place
            parent = el.getparent()
            at = parent.index(el)
            for i, note in enumerate(list(el)):
                parent.insert(at + i, note)
            parent.remove(el)
    root.tag = "martif"
    if source:
        root.set(XML_LANG, source)
    head = b"\n" * (root.sourceline - 1)  # (so each element keeps its line)
    g = read_tbx(head + etree.tostring(root, encoding="utf-8"), path, strict=strict)
    g.languages = [norm_tag(t) for t in (source, target) if t] or g.languages
    return g


#: the elements read_tbx reads: the entries, and the header's title and list of languages
#: (kept, not cleared, in case an entry holds one), and the back matter
_STREAMED = ("{*}termEntry", "{*}conceptEntry", "{*}title", "{*}p", "{*}back")
_HEADER = frozenset({"title", "p"})


def _refuse(data: bytes, path: str, message: str, line: int | None) -> NoReturn:
    """Raise ``message``, unless the document is refused for what the whole of it holds (not
    well-formed, a DTD, an entity): that error comes first, as reading it whole gives it."""
    parse_xml(data, path)
    raise GlossaryError(message, path, line)


def _lang_of(el: Any) -> str | None:
    lang = el.get(XML_LANG) or el.get("lang")
    return norm_tag(lang) if lang else None


def _read_entry(
    entry: Any, path: str, n: int, warnings: list[str], errors: list[GlossaryError] | None
) -> Concept:
    cid = entry.get("id") or invented_id(n)
    # the concept's fields gathered first, part by part, then the concept made of them (each
    # field joined once: a part added by with_part joined all before it again, and a concept
    # of 10^6 notes never finished)
    subject: list[str] = []
    source: list[str] = []
    definitions: dict[str, list[str]] = {}
    notes: dict[str, list[str]] = {}
    extra: list[tuple[str, str]] = []
    terms: list[Term] = []
    children = list(entry)  # (listed once: each access to a child makes its proxy)
    for cat, value, el in _categories(children, _CONCEPT_FIELDS):
        if cat in _CONCEPT_FIELDS:
            _unkept_attributes(el, path, warnings)
        if cat == "subjectField":
            subject.append(value)
        elif cat == "source":
            source.append(value)
        elif cat == "definition":
            definitions.setdefault(_lang_of(el) or "", []).append(value)
        elif cat == "note":
            notes.setdefault(_lang_of(el) or "", []).append(value)
        else:  # with an xml:lang: that language's (the writer's place for a termless one)
            lang = _lang_of(el) or ""
            kept = _fragment(cat, el, False, path, warnings)
            extra.append((lang, _drop_lang(kept) if lang else kept))
    for ls in children:
        if local_name(ls.tag) not in ("langSet", "langSec") or not _own(ls.tag):
            continue
        lang = _lang_of(ls) or ""
        if not lang:
            err = GlossaryError(f"<{local_name(ls.tag)}> without xml:lang", path, ls.sourceline)
            if errors is None:
                raise err
            errors.append(err)
            continue
        in_ls = list(ls)
        for cat, value, el in _categories(in_ls, _CONCEPT_FIELDS):
            if cat in _CONCEPT_FIELDS:
                _unkept_attributes(el, path, warnings)
            if cat == "definition":
                definitions.setdefault(lang, []).append(value)
            elif cat == "note":
                notes.setdefault(lang, []).append(value)
            elif cat == "source" and source in ([], [""]):  # (none yet, or an empty one)
                source[:] = [value]
            elif cat == "subjectField":
                subject.append(value)
            else:
                extra.append((lang, _fragment(cat, el, False, path, warnings)))
        for holder in in_ls:
            name = local_name(holder.tag)
            if name not in ("tig", "termSec", "ntig") or not _own(holder.tag):
                continue
            kids = list(holder)
            groups = (g for g in kids if local_name(g.tag) == "termGrp" and _own(g.tag))
            places = [kids, *(list(g) for g in groups)]
            try:
                terms.append(_read_term(holder, places, lang, path=path, warnings=warnings))
            except GlossaryError as exc:
                if errors is None:
                    raise
                errors.append(exc)
    first_rests(extra)
    # a language repeated in several langSet/langSec is merged where it first appeared
    order = {lang: i for i, lang in reversed(list(enumerate(t.lang for t in terms)))}
    terms.sort(key=lambda t: order[t.lang])
    return Concept(
        id=cid,
        line=entry.sourceline,
        subject=joined(*subject) if subject else None,
        source=joined(*source) if source else None,
        terms=terms,
        definitions={lang: joined(*parts) for lang, parts in definitions.items()},
        notes={lang: joined(*parts) for lang, parts in notes.items()},
        extra=extra,
    )


def _fragment(cat: str, el: Any, in_term: bool, path: str, warnings: list[str]) -> str:
    """``el`` (of category ``cat``, see :func:`_categories`) as a fragment to keep: a TBX
    element in DCA form (:func:`~._xml.dca_fragment`); another vocabulary's (:data:`FOREIGN`)
    as read, in its namespace, with a warning that it was not read as TBX's."""
    if cat != FOREIGN:
        return dca_fragment(el, in_term)
    name, ns = local_name(el.tag), el.tag[1:].split("}", 1)[0]
    warnings.append(
        f"{path}:{el.sourceline}: <{el.prefix or ''}{':' if el.prefix else ''}{name}> is in "
        f"the namespace {ns!r}, not TBX's: kept as read, not read as a TBX <{name}>"
    )
    return as_read(el)


def _unkept_attributes(el: Any, path: str, warnings: list[str]) -> None:
    """Say which attributes of ``el``, read into a field of the model (which holds its text and
    language), are not kept: an ``id``, a ``target`` (ISO 30042 allows them on each)."""
    for key in el.attrib:
        if key != "type" and key not in _TEXT_ATTRIBUTES:
            kind = el.get("type")
            what = f'<{local_name(el.tag)} type="{kind}">' if kind else f"<{local_name(el.tag)}>"
            value = el.get(key)
            warnings.append(
                f"{path}:{el.sourceline}: attribute {local_name(key)}="
                f"{value if len(value) <= 80 else value[:79] + '…'!r} of {what} not kept"
            )


def _drop_lang(fragment: str) -> str:
    """``fragment`` without the ``xml:lang`` of its root element."""
    from lxml import etree

    el = parse_fragment(fragment)
    el.attrib.pop(XML_LANG, None)
    return str(etree.tostring(el, encoding="unicode"))


#: Status categories tools define for themselves (XTM's ``<termNote type="status">FORBIDDEN``,
#: MultiTerm fields through Trados' converters ``<descrip type="Status">``; ISOcat's record of
#: administrativeStatus, DC-70, names "status", "term status" and "usage status" as its
#: interface names): kept as read, each one more status category of the term (:func:`_best`).
_CUSTOM_STATUS = {"status", "term status", "usage status"}
#: Status flags tools write as categories of their own holding true or false (Phrase TMS:
#: ``<termNote type="forbidden">true</termNote>``, ``<termNote type="preferred">``): kept as
#: read, a true one says the status (a forbidden term is deprecated)
_STATUS_FLAGS = {"forbidden": "deprecated", "preferred": "preferred"}
#: ISO 30042:2008's default XCS ``temporalQualifier`` picklist (ISO 12620:1999 "temporal
#: qualifier"): a term no longer used for the concept. ISOcat (DC-70) reads TBX-Basic's
#: ``obsolete`` usage status as superseded and names this obsolete as the same value; an archaic
#: or outdated term is no more a target. Kept as read, a status category of the term.
_TEMPORAL = {
    "archaicTerm": "superseded",
    "outdatedTerm": "superseded",
    "obsoleteTerm": "superseded",
}


def _read_term(
    holder: Any, places: list[Any], lang: str, *, path: str, warnings: list[str]
) -> Term:
    data: dict[str, Any] = {}
    said: dict[str, str] = {}  # "type"/"status" -> the category that said it
    # every termType and status category, in document order: one goes to the model, the others
    # are kept as read (two were one field: the last one won, the others were lost)
    stated: dict[str, list[tuple[str, str, Any]]] = {"type": [], "status": []}
    extra: list[str] = []
    # what tools' own status categories, flags and a temporal qualifier say: (category, status)
    custom: list[tuple[str, str]] = []
    text = None
    term_id = holder.get("id")
    for place in places:  # (the children of the holder and of each termGrp)
        for child in place:
            if local_name(child.tag) == "term" and _own(child.tag):
                text = xml_text(child)
                term_id = term_id or child.get("id")  # TBX v2 allows it on <term> (Weblate)
        for found, text_of, el in _categories(place, _TERM_FIELDS):
            if found == FOREIGN:
                extra.append(_fragment(found, el, True, path, warnings))
                continue
            # a group is kept whole; a tool's status heading it still says the term's status
            cat, value, _ = _categories(el)[0] if found == GROUP else (found, text_of, el)
            custom_status = cat.lower() in _CUSTOM_STATUS
            flag = _STATUS_FLAGS.get(cat.lower())
            temporal = cat == "temporalQualifier"
            if found == GROUP or custom_status or flag or temporal:
                extra.append(dca_fragment(el, True))
            if temporal:
                if value.strip() in _TEMPORAL:
                    custom.append((cat, _TEMPORAL[value.strip()]))
                else:
                    warnings.append(
                        f"{path}:{el.sourceline}: {cat} {value!r} is none of "
                        f"{', '.join(_TEMPORAL)}: the term's status is not read from it"
                    )
            elif flag:
                said_yes = yes_no(value)
                if said_yes:
                    custom.append((cat, flag))
                elif said_yes is None:
                    warnings.append(
                        f"{path}:{el.sourceline}: {cat} {value!r} is neither true nor false: "
                        "the term's status is not read from it"
                    )
            elif custom_status:
                try:
                    custom.append((cat, norm_status(value)))
                except GlossaryError:
                    warnings.append(
                        f"{path}:{el.sourceline}: {cat} {value!r} is no status translit knows "
                        "(preferred, admitted, deprecated, superseded or their TBX spellings): "
                        "the term's status is read from administrativeStatus, else preferred"
                    )
            elif found == GROUP:
                continue
            elif _TERM_FIELD_OF.get(cat) == "type" and not known_type(value):
                # a tool's own type (an IATE look-up form): kept as read, as MultiTerm's is;
                # refusing it lost the whole file
                extra.append(dca_fragment(el, True))
                warnings.append(
                    f"{path}:{el.sourceline}: term type {value!r} is in no TBX picklist: kept "
                    "as read, the term is taken as a full form"
                )
            elif _TERM_FIELD_OF.get(cat) in ("type", "status"):
                _unkept_attributes(el, path, warnings)
                stated[_TERM_FIELD_OF[cat]].append((cat, value, el))
            elif not _set_term_field(data, cat, value):  # a term's definition too: kept as read
                extra.append(dca_fragment(el, True))
            else:
                _unkept_attributes(el, path, warnings)
    if not text:
        raise GlossaryError("term element missing or empty", path, holder.sourceline)
    try:  # (a type or status the term does not state stays implied: see Term.stated)
        for name, given in stated.items():
            others = custom if name == "status" else []  # (kept as read already)
            if not given and not others:
                continue
            values = [_NORM[name](value) for _, value, _ in given] + [v for _, v in others]
            cats = [c for c, _, _ in given] + [c for c, _ in others]
            best = _best(name, values)  # (of equals the first: a TBX category before a tool's)
            if best < len(given):
                cat, value, _ = given[best]
                data[name], said[name] = value, cat
            else:  # a tool's own category or a temporal qualifier: kept as read, not written
                data[name] = implied(values[best])
            extra += [dca_fragment(el, True) for i, (_, _, el) in enumerate(given) if i != best]
            if given and len(set(values)) > 1:  # (a tool's own among themselves: its design)
                what = (
                    "statuses "
                    + " and ".join(f"{v} ({c})" for v, c in zip(values, cats, strict=True))
                    if name == "status"
                    else "term types " + " and ".join(values)
                )
                warnings.append(
                    f"{path}:{holder.sourceline}: term {text!r} has the {what}: read as "
                    f"{values[best]}, each kept"
                )
        data["id"] = term_id
        if extra:  # kept termNotes first, where TBX-Basic puts them (and the writer does)
            first_rests(extra)
            data["extra"] = tuple(sorted(extra, key=lambda x: not x.startswith("<termNote")))
        for name, cat in said.items():  # one spelled otherwise than the writer would: kept
            value = _NORM[name](data[name])
            written = _WRITTEN[name](value)
            if (data[name], cat) != written:
                data[name] = Spelled(value, data[name], cat)
        return Term(text=text, lang=lang, line=holder.sourceline, **data)
    except GlossaryError as exc:
        raise GlossaryError(exc.message, path, holder.sourceline) from None


_NORM = {"type": norm_type, "status": norm_status}


def _best(name: str, values: list[str]) -> int:
    """Which of a term's ``values`` of ``name`` (in the model's spelling, document order) is
    the term's: of types the first; of statuses the least recommended (:data:`.model.STATUSES`
    order), the first of equals, so a term that one authority of the file deprecates is never
    offered as preferred (lint, look-up and apply read that one).

    >>> _best("type", ["acronym", "abbreviation"]), _best("status", ["preferred", "deprecated"])
    (0, 1)
    """
    if name == "type":
        return 0
    rank = [STATUSES.index(v) for v in values]
    return rank.index(max(rank))


# -- writing -------------------------------------------------------------------------------------

#: An XML name without a colon (``xsd:ID``, ``NCName``): a letter or ``_`` first, then letters,
#: digits, ``_ . -``
_XML_NAME = re.compile(r"[^\W\d][\w.\-]*")


def _xml_name(value: str) -> str:
    """``value`` made an XML name: each other character ``_``, and ``_`` before a first one that
    cannot start a name.

    >>> _xml_name("17"), _xml_name("2 b"), _xml_name("a:b")
    ('_17', '_2_b', 'a_b')
    """
    name = re.sub(r"[^\w.\-]", "_", value)
    return name if _XML_NAME.fullmatch(name) else "_" + name


def _picklisted(category: str, value: str) -> str:
    """``value`` in TBX-Basic's spelling where its picklist of ``category`` holds it in another
    case (``Noun`` → ``noun``), else as it is.

    >>> _picklisted("partOfSpeech", "Noun"), _picklisted("partOfSpeech", "n.")
    ('noun', 'n.')
    """
    for known in tbx_basic()["picklists"].get(category, ()):
        if known.lower() == value.strip().lower():
            return known
    return value


#: Attributes any TBX-Basic data category element may carry
_BASIC_ATTRIBUTES = frozenset({"type", "id", "target", "datatype", XML_LANG, XML_SPACE})
_BASIC_OTHERS = frozenset(
    {*_STRUCTURAL, *TBX_GROUPS, "conceptEntry", "termEntry", "note", "date", "hi", "foreign",
     "sc", "ec", "ph"}
)  # fmt: skip


_TERM_HOLDERS = frozenset({"termSec", "tig", "termGrp", "termNoteGrp"})
#: TBX v2's levels by TBX v3's names (the levels of ``tbx_basic()["levels"]``)
_LEVEL = {"termEntry": "conceptEntry", "langSet": "langSec", "tig": "termSec", "ntig": "termSec"}


def _level(el: Any) -> str:
    """The level ``el`` stands at: its parent's, or its group's parent's (``conceptEntry``,
    ``langSec``, ``termSec``; another element's name where it stands elsewhere)."""
    parent = el.getparent()
    if local_name(parent.tag) in TBX_GROUPS and parent.getparent() is not None:
        parent = parent.getparent()
    name = local_name(parent.tag)
    return _LEVEL.get(name, name)


def _count_unknown(entry: Any, unknown: dict[str, list[str]], label: str) -> None:
    """Add ``label`` (the entry's) to ``unknown`` under each kind of element of the written
    ``entry`` that TBX-Basic does not define (:func:`.tbx_basic`): a category none of its
    elements carries, another vocabulary's element, a ``termNote`` outside a term, an attribute
    of a tool (MultiTerm's ``Glink``); and that its rules refuse (LTAC's Schematron, the rules
    a schema cannot check): a closed category's value not in its picklist (``n.``), a category
    at a level it may not stand at (a ``context`` of a language, not of a term)."""
    basic, picklists, levels = (tbx_basic()[k] for k in ("elements", "picklists", "levels"))

    def add(kind: str) -> None:
        unknown.setdefault(kind, []).append(label)

    for el in entry.iter():
        if not isinstance(el.tag, str):
            continue
        name = local_name(el.tag)
        if not _own(el.tag):
            if _own(el.getparent().tag):  # (its own children are its vocabulary's)
                add(f"<{el.prefix + ':' if el.prefix else ''}{name}> of another namespace")
            continue
        if name not in basic and name not in _BASIC_OTHERS:
            add(f"<{name}>")
            continue
        kind = el.get("type")
        if name in basic and kind not in basic[name]:
            add(f'<{name} type="{kind}">' if kind else f"<{name}> without a type")
        elif name == "termNote" and local_name(el.getparent().tag) not in _TERM_HOLDERS:
            add(f'<termNote type="{kind}"> outside a term')
        elif kind in picklists and (el.text or "") not in picklists[kind]:
            add(f'<{name} type="{kind}"> {el.text or ""!r}, not in its picklist')
        elif kind in levels and _level(el) not in levels[kind]:
            allowed = " or ".join(sorted(levels[kind]))  # (a set: sorted, the same each run)
            add(f'<{name} type="{kind}"> in a {_level(el)}, not in a {allowed}')
        for key in set(el.attrib) - _BASIC_ATTRIBUTES:
            if name not in _BASIC_OTHERS or key != "type":
                add(f"<{name} {local_name(key)}=…>")


#: What the writer says of the data TBX-Basic does not allow, after naming it
NOT_BASIC = (
    "; other TBX readers keep it, a TBX-Basic validator refuses the file: for a valid TBX-Basic "
    "write it in the file as TBX-Basic does (a category and value of its picklists, at its "
    "level) or as a <note>, or drop it"
)


def _entries(labels: list[str], shown: int = 3) -> str:
    """The entries of ``labels`` (one an occurrence) named once each, the first ``shown``.

    >>> _entries(["c1", "c1"]), _entries(["c1", "c2"]), _entries(["a", "b", "c", "d", "e"])
    ('entry c1', 'entries c1, c2', 'entries a, b, c and 2 more')
    """
    names = list(dict.fromkeys(labels))
    more = f" and {len(names) - shown} more" if len(names) > shown else ""
    return ("entry " if len(names) == 1 else "entries ") + ", ".join(names[:shown]) + more


def _ids_of(c: Concept, v3: bool) -> Iterator[str]:
    """The ids :func:`write_tbx` writes of ``c``'s entry and terms, in its order."""
    if v3 or not isinstance(c.id, Implied):
        yield c.id
    for tag in dict.fromkeys(t.lang for t in c.terms):
        yield from (t.id for t in c.terms if t.lang == tag and t.id)


#: how many renamed ids one header ``<p type="ids">`` lists
_IDS_A_LINE = 1000
_IDS_HEAD = "ids as the glossary had them: "


def _ids_text(pairs: list[tuple[str, str]]) -> str:
    """The text of a header ``<p type="ids">``: ``written`` → ``original`` as a JSON object
    (any character of an id escaped, a line end too), after words saying what it is.

    >>> _ids_text([("_17", "17"), ("_2_b", "2 b")])
    'ids as the glossary had them: {"_17": "17", "_2_b": "2 b"}'
    """
    return _IDS_HEAD + json.dumps(dict(pairs), ensure_ascii=False)


def _ids_read(text: str) -> dict[str, str] | None:
    """The ids a header ``<p type="ids">`` gives back, or ``None`` where it is not one.

    >>> _ids_read(_ids_text([("_17", "17")])), _ids_read("ids: 17"), _ids_read('{"a": 1}')
    ({'_17': '17'}, None, None)
    """
    _, _, body = text.partition(_IDS_HEAD)
    try:
        got = json.loads(body or text)
    except ValueError:
        return None
    if not isinstance(got, dict) or not all(
        isinstance(v, str) and v.strip() and "\x00" not in v for v in got.values()
    ):
        return None
    return got


def _status_v(status: str) -> str:
    return f"{status}Term-admn-sts"


#: How the writer writes a term's type and status: (text, category); a :class:`.model.Spelled`
#: value is written as its file had it
_WRITTEN = {
    "type": lambda v: (v.spelling, v.category) if isinstance(v, Spelled) else (v, "termType"),
    "status": lambda v: (
        (v.spelling, v.category)
        if isinstance(v, Spelled)
        else (_status_v(v), "administrativeStatus")
    ),
}


def spelled_fragments(t: Term) -> list[str]:
    """``t``'s type and status that its file spelled otherwise than the model
    (:class:`.model.Spelled`: Weblate's ``forbidden``), each the ``termNote`` the TBX writer
    writes of it, for a table's ``<tag>:term tbx`` column (its status cell says the model's
    ``deprecated``, which every tool reads; the column keeps how the file said it).

    >>> spelled_fragments(Term("x", "ru", status=Spelled("deprecated", "forbidden",
    ...     "administrativeStatus")))
    ['<termNote type="administrativeStatus">forbidden</termNote>']
    """
    out = []
    for name in ("type", "status"):
        value = getattr(t, name)
        if isinstance(value, Spelled):
            text, category = _WRITTEN[name](value)
            out.append(f"<termNote type={quoteattr(category)}>{escape(text)}</termNote>")
    return out


#: a lone termNote of a term's type or status, as :func:`spelled_fragments` writes it
_SPELLED = re.compile(r'<termNote type="(?P<cat>[^"<&]*)">(?P<text>[^<]*)</termNote>')


def respelled(t: Term) -> None:
    """Give ``t`` back the spelling of its type or status a table's ``<tag>:term tbx`` column
    kept (:func:`spelled_fragments`): a kept ``termNote`` of that category saying the value its
    cell says becomes the value's spelling, as the TBX reader makes it; one saying another
    value stays kept data (a status edited in the table: the TBX reader reads both).

    >>> t = Term("x", "ru", status="deprecated",
    ...     extra=('<termNote type="administrativeStatus">forbidden</termNote>',))
    >>> respelled(t); (t.status.spelling, t.extra)
    ('forbidden', ())
    """
    rest = []
    for fragment in t.extra:
        m = _SPELLED.fullmatch(fragment)
        name = _TERM_FIELD_OF.get(m["cat"]) if m else None
        if m is None or name not in ("type", "status"):
            rest.append(fragment)
            continue
        text = unescape(m["text"])
        try:
            value = _NORM[name](text)
        except GlossaryError:
            value = None
        current = getattr(t, name)
        if value is None or value != current or isinstance(current, Spelled) or not t.stated(name):
            rest.append(fragment)
            continue
        if (text, m["cat"]) != _WRITTEN[name](value):
            setattr(t, name, Spelled(value, text, m["cat"]))
    if len(rest) != len(t.extra):
        t.extra = tuple(rest)


def write_tbx(glossary: Glossary, fh: Any, *, version: int = 3) -> list[str]:
    """Write ``glossary`` as TBX-Basic v3 (DCA) or, with ``version=2``, as TBX v2 ``martif``.

    A term's ``termType`` and ``administrativeStatus`` are written where its file (or the
    caller) stated them (:meth:`.model.Term.stated`), or where the value differs from what a
    TBX reader takes without one (``fullForm``, ``preferred``); several notes, definitions or
    sources of one place (:class:`.model.Joined`) are written as several elements, in order.
    What a TBX-Basic validator (LTAC's schema, ISO 30042:2019) refuses is written so that it
    passes where the value allows it, and said where not; the list returned says each:

    - an id that is no XML name (``17``, ``2 b``; TBX's ids are ``xsd:ID``: a letter or ``_``
      first, no spaces) or that an earlier element has is written as one (``_17``, ``_2_b``,
      ``c1-2``), the glossary's own in the header (``<p type="ids">``), which :func:`read_tbx`
      reads back;
    - a part of speech or gender in another case than TBX-Basic's picklist (``Noun``), or a
      gender in a tool's word for one of its values (Phrase's ``NEUTRAL``), is written in the
      picklist's spelling (``noun``, ``neuter``), which a TBX-Basic validator takes, and each
      respelling is said (the picklist is closed: the file's spelling would be refused);
    - kept data of categories TBX-Basic does not define (a MultiTerm field ``Usage``, TBX-
      Linguist's ``grammaticalNumber``), a ``termNote`` outside a term, and what LTAC's
      Schematron rules refuse (a value outside a closed category's picklist, ``n.`` or
      IATE's ``Abbrev``; a category at a level not its own, a ``context`` of a language) is
      written as read, and said by kind with the entries that hold it: other TBX readers keep
      it, a TBX-Basic validator refuses the file, and the message says how to write it.

    Every field of the model has a TBX place, so nothing else is reported.
    """
    from lxml import etree

    if version not in (2, 3):
        raise GlossaryError(f"TBX version must be 2 or 3, not {version}")
    check_glossary(glossary)
    v3 = version == 3
    ns = NS_V3 if v3 else None
    nsmap = {None: ns} if ns else None

    def E(parent: Any, tag: str, text: str | None = None, **attrs: str) -> Any:
        qtag = f"{{{ns}}}{tag}" if ns else tag
        el = etree.SubElement(parent, qtag) if parent is not None else None
        if el is None:
            el = etree.Element(qtag, nsmap=nsmap)
        for k, v in attrs.items():
            el.set(XML_LANG if k == "lang" else k, v)
        if text is not None:
            el.text = text
            if tag != "term" and kept_as_written(text):  # (readers would lay its white space
                el.set(XML_SPACE, "preserve")  # out anew; a term's runs are read as one space)
        return el

    # ids: each written as a unique XML name; one that is not is renamed, never onto an id
    # the file states further on
    stated = {
        x
        for c in glossary.concepts
        for x in (c.id, *(t.id for t in c.terms))
        if x and _XML_NAME.fullmatch(x)
    }
    # (the back's: written; read from its elements: a regex for id="…" missed id='…')
    back = parse_fragment(glossary.back) if glossary.back else None
    taken: set[str] = set()
    for e in back.iter() if back is not None else ():
        if e.get("id") is not None:
            taken.add(e.get("id"))
    renamed: list[str] = []

    def xml_id(value: str) -> str:
        got = value if _XML_NAME.fullmatch(value) else _xml_name(value)
        if got in taken or (got != value and got in stated):
            k = 2
            while f"{got}-{k}" in taken or f"{got}-{k}" in stated:
                k += 1
            got = f"{got}-{k}"
        taken.add(got)
        if got != value:
            renamed.append(f"{value!r} as {got!r}")
        return got

    # a target= of kept data naming an id renamed names it as written (a cross-reference to
    # entry 1905 named nothing once the entry was _1905), unless the file writes another
    # element so; the ids are given once to know them, then again, alike, as written (a list
    # of them all grew the writer's memory with the glossary)
    back_ids = set(taken)
    targets: dict[str, str] = {}
    # each id written otherwise, by what it is written as (unique in the file): the header's
    # <p type="ids"> says it, so that a TBX reader gives the file's own ids back (memoQ's entry
    # number 17 came back from CSV → TBX → CSV as _17); an id a reader invented is none
    originals: dict[str, str] = {}
    for c in glossary.concepts:
        for value in _ids_of(c, v3):
            seen = value in taken or value in targets
            got = xml_id(value)
            if got != value and not isinstance(value, Implied):
                originals[got] = value
            if got != value and not seen:
                targets[value] = got
    targets = {old: new for old, new in targets.items() if old not in taken}
    taken.clear()
    taken |= back_ids
    renamed.clear()

    unknown: dict[str, list[str]] = {}  # data TBX-Basic refuses, by kind: the entries of each

    lang = glossary.source_lang or "en"
    if v3:
        root = E(None, "tbx", type="TBX-Basic", style="dca", lang=lang)
        header = E(root, "tbxHeader")
    else:
        root = E(None, "martif", type="TBX-Basic", lang=lang)
        header = E(root, "martifHeader")
    fdesc = E(header, "fileDesc")
    if glossary.title:
        E(E(fdesc, "titleStmt"), "title", glossary.title)
    E(E(fdesc, "sourceDesc"), "p", "written by translit")
    if glossary.languages or not v3 or originals:
        enc = E(header, "encodingDesc")
        if not v3:  # TBX-Basic v2 names its constraint file (LISA's TBX-Basic 2.0, as its
            E(enc, "p", "TBXBasicXCSV02.xcs", type="XCSURI")  # sample files and tools write it)
        if glossary.languages:
            E(enc, "p", "languages: " + " ".join(glossary.languages), type="languages")
        pairs = list(originals.items())
        for at in range(0, len(pairs), _IDS_A_LINE):  # (lines of a bounded length)
            E(enc, "p", _ids_text(pairs[at : at + _IDS_A_LINE]), type="ids")
    text_el = E(root, "text")
    body = E(text_el, "body")
    if back is not None:  # its people and sources: refObjectSec in v3, refObjectList in v2
        for e in back.iter():
            if isinstance(e.tag, str):
                kind = local_name(e.tag)
                if kind in ("refObjectSec", "refObjectList"):
                    kind = "refObjectSec" if v3 else "refObjectList"
                e.tag = f"{{{ns}}}{kind}" if ns else kind
        text_el.append(back)
    entry_tag, lang_tag, term_tag = (
        ("conceptEntry", "langSec", "termSec") if v3 else ("termEntry", "langSet", "tig")
    )

    def kept(at: _Placed, fragment: str, lang: str | None = None) -> None:
        """Append a kept data category (see :class:`.model.Term`) to ``at.parent`` in the
        writer's namespace; the rest of a group whose head is a model field (``<descripGrp
        type="definition">``, see :func:`_categories`) joins that field's element, written
        before, in a group again."""
        el = parse_fragment(fragment)  # (a program's: no DTD, no entity, as a file's)
        foreign = str(el.tag).startswith("{")  # another vocabulary's: written as read (FOREIGN)
        for e in () if foreign or not ns else el.iter():
            if isinstance(e.tag, str):
                e.tag = f"{{{ns}}}{e.tag}"
        if lang:
            el.set(XML_LANG, lang)
        for e in el.iter() if targets else ():
            if e.get("target") in targets:
                e.set("target", targets[e.get("target")])
        at.sync()
        parent = at.parent
        head = None if foreign else _HEAD.get(local_name(el.tag))
        if head and el.get("type"):
            what = el.attrib.pop("type")
            found = at.heads.get((head, what))
            if found:  # (the first such child: a field's element, or a head appended before)
                child = found.popleft()
                child.addprevious(el)
                el.insert(0, child)
                if at.tail is child:
                    at.tail = el
                if at.last_note is child:  # (termNote into its termNoteGrp: the same place)
                    at.last_note = el
                return
            parent.extend(list(el))  # the field is gone: its source, its note stay
            return
        if not foreign and local_name(el.tag) in (
            "termNote",
            "termNoteGrp",
        ):  # TBX-Basic: termNotes before the rest
            last = at.last_note
            if last is not None:
                last.addnext(el)
                if last is not at.tail:  # (in the middle: read now, the last of its kind)
                    at.index(el)
                return
        parent.append(el)

    respelt: dict[tuple[str, str], int] = {}

    def spelt(value: str, category: str, read: str) -> str:
        """``read`` (``value`` as the model reads it) in the picklist's spelling, a
        respelling of ``value`` counted to be said (``Feminine`` as ``feminine``)."""
        written = _picklisted(category, read)
        if written != value:
            respelt[(value, written)] = respelt.get((value, written), 0) + 1
        return written

    def described(parent: Any, c: Concept, key: str, **lang: str) -> None:
        """The definitions, then the notes, of language ``key`` (``""``: the entry's), each
        part its own element."""
        for part in parts_of(c.definitions.get(key)):
            E(parent, "descrip", part, type="definition", **lang)
        for part in parts_of(c.notes.get(key)):
            E(parent, "note", part, **lang)

    def add(c: Concept) -> Any:
        # TBX v3 requires an id; v2 does not: one its file did not give is not added
        written = not v3 and isinstance(c.id, Implied)
        # (built apart from the tree, as its own root: taking an entry out of the body again
        # cost lxml a walk of the entry for each of its elements, quadratic in its notes)
        entry = E(None, entry_tag, **({} if written else {"id": xml_id(c.id)}))
        for part in parts_of(c.subject):
            E(entry, "descrip", part, type="subjectField")
        for part in parts_of(c.source):
            E(entry, "admin", part, type="source")
        for key in sorted(k for k in {**c.definitions, **c.notes} if not k):
            described(entry, c, key)
        at_entry = _Placed(entry)
        for where, fragment in c.extra:
            if not where:
                kept(at_entry, fragment)
        langs = list(dict.fromkeys([t.lang for t in c.terms]))
        # a language without terms has no langSec (TBX-Basic: one termSec at least): its
        # definition, note and kept data are the entry's, with their xml:lang
        termless = [k for k in (*c.definitions, *c.notes) if k and k not in langs]
        termless += [k for k, _ in c.extra if k and k not in langs]
        for tag in dict.fromkeys(termless):
            described(entry, c, tag, lang=tag)
            for where, fragment in c.extra:
                if where == tag:
                    kept(at_entry, fragment, tag)
        for tag in langs:
            ls = E(entry, lang_tag, lang=tag)
            described(ls, c, tag)
            at_ls = _Placed(ls)
            for where, fragment in c.extra:
                if where == tag:
                    kept(at_ls, fragment)
            for t in c.terms:
                if t.lang != tag:
                    continue
                ts = E(ls, term_tag, **({"id": xml_id(t.id)} if t.id else {}))
                E(ts, "term", t.text)
                for name, default in (("type", "fullForm"), ("status", "preferred")):
                    value = getattr(t, name)
                    if t.stated(name) or value != default:
                        text, category = _WRITTEN[name](value)
                        E(ts, "termNote", text, type=category)
                if t.pos is not None:  # (an empty one too: an empty element is data)
                    E(ts, "termNote", spelt(t.pos, "partOfSpeech", t.pos), type="partOfSpeech")
                if t.gender is not None:
                    E(ts, "termNote", spelt(t.gender, "grammaticalGender", norm_gender(t.gender)),
                      type="grammaticalGender")  # fmt: skip
                for part in parts_of(t.source):
                    E(ts, "admin", part, type="source")
                for part in parts_of(t.note):
                    E(ts, "note", part)
                at_ts = _Placed(ts)
                for fragment in t.extra:
                    kept(at_ts, fragment)
        return entry

    # The skeleton is serialised once around a marker, then each concept is built, written and
    # dropped in turn: memory holds one concept, not the tree (700 MB for 100k concepts).
    fh.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    if not glossary.concepts:
        etree.indent(root, space="  ")
        fh.write(etree.tostring(root, encoding="unicode") + "\n")
        return []
    E(body, "translitEntries")
    etree.indent(root, space="  ")
    head, tail = etree.tostring(root, encoding="unicode").split("<translitEntries/>")
    body.remove(body[0])
    fh.write(head)
    declared = f' xmlns="{ns}"' if ns else ""
    for n, c in enumerate(glossary.concepts):
        entry = add(c)
        _count_unknown(entry, unknown, entry.get("id") or f"#{n + 1}")
        etree.indent(entry, space="  ", level=3)
        text = etree.tostring(entry, encoding="unicode", with_tail=False)
        if declared:  # the namespace is declared once, on the root
            text = text.replace(declared, "", 1)
        fh.write(("\n      " if n else "") + text)
    fh.write(tail + "\n")
    out = []
    if renamed:
        out.append(
            "ids that are no XML names or are repeated (TBX's ids are xsd:ID: a letter or _ "
            f"first, no spaces, each once): written {listing(renamed)}"
        )
    if respelt:
        spellings = [f"{a!r} as {b!r} ({n}x)" for (a, b), n in respelt.items()]
        out.append(
            "parts of speech and genders in another spelling than TBX-Basic's picklist: "
            f"written in its spelling, {listing(spellings)}"
        )
    if unknown:
        kinds = listing([f"{k} ({len(at)}x: {_entries(at)})" for k, at in unknown.items()])
        out.append(f"data TBX-Basic does not allow, written as read: {kinds}{NOT_BASIC}")
    return out
