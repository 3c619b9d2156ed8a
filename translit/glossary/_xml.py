"""Safe XML parsing for glossary files (no entities, no network, no DTD loading, bounded size),
and :func:`dca_fragment`, the form in which TBX and MultiTerm readers keep data the model has
no field for.

Every glossary XML file goes through :func:`parse_xml`. lxml is configured with
``resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False`` and before parsing
the document type declaration is inspected:

- the file is decoded first (BOM, UTF-16/32 byte patterns, declared encoding), so the check
  sees the same DOCTYPE in every encoding, and quoted strings are read as strings
  (``SYSTEM "a>b.dtd"`` does not hide what follows);
- a DOCTYPE with an internal subset (``[<!ENTITY …>]``: XXE, billion laughs) is rejected, and
  after parsing the parser's own DTD information is checked again;
- a DOCTYPE naming an external DTD by URL or by path (``SYSTEM "http://…"``, ``"/etc/…"``,
  ``"../x.dtd"``) is rejected;
- the bare DTD file name that TBX v2 files traditionally carry (``<!DOCTYPE martif SYSTEM
  "TBXcoreStructV02.dtd">``) is accepted: it is never loaded or fetched; so is the web address
  of a TBX DTD (an ``http(s)`` URL whose file is ``TBX….dtd``, as EuroTermBank's TBX names
  ``https://eurotermbank.com/TBXcoreStructV02%20%281%29.dtd``): never fetched either.

Rejections are :class:`~translit.errors.GlossaryError` s naming the file and the line.
"""

from __future__ import annotations

import functools
import io
import re
from collections.abc import Iterator
from typing import Any, TypedDict

from ..errors import GlossaryError, size_said

__all__ = [
    "MAX_XML_BYTES",
    "TBX_GROUPS",
    "XML_SPACE",
    "dca_fragment",
    "first_rests",
    "iter_elements",
    "joined_back",
    "kept_as_written",
    "local_name",
    "parse_fragment",
    "parse_xml",
    "plain_fragment",
    "root_of",
    "tbx_basic",
    "xml_lines",
    "xml_text",
]

#: Largest XML glossary read (bytes); larger files are refused rather than parsed.
MAX_XML_BYTES = 64 * 1024 * 1024

_DOCTYPE = re.compile(r"<!DOCTYPE\b", re.IGNORECASE)
_DECLARED = re.compile(rb"""^<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]+)["']""")
_SAFE_DTD_NAME = re.compile(r"^[A-Za-z0-9_.-]+\.dtd$")
#: a TBX DTD named by its web address: http(s), a host, and a file TBX….dtd (percent-decoded:
#: "TBXcoreStructV02 (1).dtd", a downloaded copy's name); never fetched (no_network, no DTD)
_TBX_DTD_URL = re.compile(
    r"^https?://[A-Za-z0-9.-]+(?::\d+)?/(?:[^?#]*/)?TBX[\w .()-]*\.dtd$", re.I
)
#: The first bytes of a document without a byte-order mark (XML 1.0 appendix F).
_FIRST_BYTES = (
    (b"\x00\x00\x00<", "utf-32-be"),
    (b"<\x00\x00\x00", "utf-32-le"),
    (b"\x00<\x00?", "utf-16-be"),
    (b"<\x00?\x00", "utf-16-le"),
)


#: How every glossary XML file is parsed, whole (parse_xml) or element by element
#: (iter_elements): no entity, DTD or network access; no tree deeper than libxml2's default
#: limits; comments and processing instructions dropped
class _SafeOptions(TypedDict):
    resolve_entities: bool
    no_network: bool
    load_dtd: bool
    dtd_validation: bool
    huge_tree: bool
    remove_comments: bool
    remove_pis: bool


_SAFE: _SafeOptions = {
    "resolve_entities": False,
    "no_network": True,
    "load_dtd": False,
    "dtd_validation": False,
    "huge_tree": False,
    "remove_comments": True,
    "remove_pis": True,
}


def _decode(data: bytes, path: str) -> str:
    """The document as text, by BOM, by the first bytes, else by its declared encoding (XML 1.0
    appendix F), so that a DOCTYPE is found in UTF-16 and UTF-32 files as in UTF-8 ones."""
    import codecs

    from ..encodings import bom_encoding

    by_bom = bom_encoding(data)
    if by_bom:
        return data.decode(by_bom, "replace").lstrip("\ufeff")
    for first, codec in _FIRST_BYTES:
        if data.startswith(first):
            return data.decode(codec, "replace")
    m = _DECLARED.match(data)
    codec = m.group(1).decode("ascii") if m else "utf-8"
    fix = '; correct the declaration (encoding="UTF-8", or the code page the file is saved in)'
    try:
        info = codecs.lookup(codec)
    except LookupError:
        raise GlossaryError(f"XML declares an unknown encoding {codec!r}{fix}", path, 1) from None
    try:  # (rot13, hex, base64: bytes to bytes, "use codecs.decode()…" as an internal error;
        if not getattr(info, "_is_text_encoding", True):  # idna: a UnicodeError)
            raise UnicodeError
        text = data.decode(codec, "replace")
    except UnicodeError:
        raise GlossaryError(
            f"XML declares encoding={codec!r}, which is no encoding of a text document{fix}",
            path,
            1,
        ) from None
    _check_declared(data, codec, info.name, path)
    return text


def _check_declared(data: bytes, declared: str, name: str, path: str) -> None:
    """Refuse a declaration the bytes contradict, which lxml would follow: UTF-16/32 without
    their BOM or first bytes, or a one-byte code page over bytes that are UTF-8 (letters of
    two bytes or more, each read as two or more letters: РОА as Р РћРђ, in silence)."""
    fix = (
        '; correct the declaration (encoding="UTF-8"), or save the file in the encoding it declares'
    )
    if name.startswith(("utf-16", "utf-32")):
        raise GlossaryError(
            f"XML declares encoding={declared!r}, but its bytes are not "
            f"{name.upper()[:6]} (no byte order mark, and '<?xml' takes one byte a letter){fix}",
            path,
            1,
        )
    if name == "utf-8" or data.isascii():
        return
    if len(bytes(range(0x80, 0x100)).decode(name, "replace")) != 0x80:
        return  # a code page of two-byte letters (Shift JIS, GBK): no one-byte reading
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return  # not UTF-8: the code page it declares may well be right
    found = re.search("[^\x00-\x7f]+", text)
    word = found.group()[:20] if found else ""
    misread = word.encode("utf-8").decode(name, "replace")
    raise GlossaryError(
        f"XML declares encoding={declared!r}, but its bytes are UTF-8 (they read as {word!r}, "
        f"not {misread!r}){fix}",
        path,
        1,
    )


def _doctype(text: str, start: int) -> tuple[str, str]:
    """(external id part, internal subset) of the DOCTYPE at ``start``, reading quoted strings
    as strings (so ``SYSTEM "a>b.dtd"`` does not end the declaration early)."""
    head: list[str] = []
    i = start
    n = len(text)
    while i < n:
        ch = text[i]
        if ch in "\"'":
            close = text.find(ch, i + 1)
            close = n if close == -1 else close
            head.append(text[i : close + 1])
            i = close + 1
            continue
        if ch == "[":
            depth_end = text.find("]", i)
            subset = text[i : n if depth_end == -1 else depth_end + 1]
            return "".join(head), subset
        if ch == ">":
            break
        head.append(ch)
        i += 1
    return "".join(head), ""


def _check_doctype(data: bytes, path: str) -> None:
    text = _decode(data, path)
    m = _DOCTYPE.search(text)
    if m is None:
        return
    line = text.count("\n", 0, m.start()) + 1
    head, subset = _doctype(text, m.end())
    if subset.strip("[] \t\r\n"):
        raise GlossaryError(
            "XML declares entities or other DTD declarations in its DOCTYPE (XXE / entity "
            f"expansion); refused{_NO_DTD}",
            path,
            line,
        )
    ext = re.search(r"""\b(?:SYSTEM|PUBLIC)\s+(?:(["'])[^"']*\1\s+)?(["'])([^"']*)\2""", head)
    if ext is not None and not _dtd_named_safely(ext.group(3)):
        raise GlossaryError(_EXTERNAL_DTD.format(ext.group(3)), path, line)


#: the refusal of a DOCTYPE naming a DTD by another path or address, and what to do
#: What to do with a file whose DOCTYPE declares entities: the message said only "refused"
_NO_DTD = (
    " (a glossary or XLIFF file needs no DTD: delete the DOCTYPE, and write out the text of each entity "
    "where the file uses it)"
)
_EXTERNAL_DTD = (
    "XML refers to an external DTD {!r}; refused (a DTD is never loaded: delete the DOCTYPE "
    "line, or name the DTD by its file name alone, as TBX files do: SYSTEM "
    '"TBXcoreStructV02.dtd")'
)


def _dtd_named_safely(ref: str) -> bool:
    """Whether a DOCTYPE's system id is read past: a bare file name, or a TBX DTD's web address.

    >>> _dtd_named_safely("TBXcoreStructV02.dtd")
    True
    >>> _dtd_named_safely("https://eurotermbank.com/TBXcoreStructV02%20%281%29.dtd")
    True
    >>> _dtd_named_safely("http://attacker.example/evil.dtd"), _dtd_named_safely("/etc/TBX.dtd")
    (False, False)
    """
    from urllib.parse import unquote

    return bool(_SAFE_DTD_NAME.match(ref) or _TBX_DTD_URL.match(unquote(ref)))


def _syntax_error(
    exc: Any, path: str, data: bytes = b"", what: str = "a glossary"
) -> GlossaryError:
    """lxml's ``XMLSyntaxError`` as the :class:`GlossaryError` to raise (file, line, what);
    ``what``: what the file is, as the message names it ("an XLIFF file")."""
    line = exc.lineno if getattr(exc, "lineno", None) else None
    msg = str(exc.msg if hasattr(exc, "msg") else exc)
    msg = re.sub(r", line \d+, column \d+$", "", msg)
    if "Invalid bytes in character encoding" in msg or "not proper UTF-8" in msg:
        return GlossaryError(_misencoded(data), path, line)
    deep = re.search(r"Excessive depth in document: (\d+)", msg)
    if deep:  # libxml2's limit of nesting, read as "a text longer than 10 MB"
        return GlossaryError(
            f"elements nested more than {deep[1]} deep ({what} nests a few levels); "
            "look for tags never closed",
            path,
            line,
        )
    if "XML_PARSE_HUGE" in msg or " too big found" in msg:  # libxml2's limit of 10 MB a
        msg = (  # text node, attribute, CDATA section or comment; its advice is for programmers
            "a text longer than 10 MB (a term has at most 10,000 characters); shorten it"
        )
        return GlossaryError(msg, path, line)
    return GlossaryError(f"not well-formed XML: {msg}", path, line)


def _misencoded(data: bytes) -> str:
    """What is wrong with an XML file whose bytes its encoding does not read (libxml2's
    "Invalid bytes in character encoding", and no more: a TBX saved in cp1251 by an older
    tool, its declaration saying UTF-8 or nothing) and what to do.

    >>> _misencoded('<?xml version="1.0"?><a>Щука</a>'.encode("cp1251"))  # doctest: +ELLIPSIS
    'bytes that are not UTF-8 (the encoding of XML without an encoding declaration): ...'
    """
    from ..encodings import detect_encoding
    from ..errors import EncodingError

    m = _DECLARED.match(data)
    named = (
        f"{m.group(1).decode('ascii')}, the encoding its declaration names"
        if m
        else "UTF-8 (the encoding of XML without an encoding declaration)"
    )
    try:  # (a guess from a few letters' bytes is no guess: é alone read as koi8-r И)
        guess = detect_encoding(data) if sum(b > 0x7F for b in data) >= 4 else "ascii"
    except EncodingError:
        guess = "ascii"
    if guess == "ascii" or guess.startswith("utf"):  # (no guess to give)
        return f"bytes that are not {named}; save the file as UTF-8, or declare the encoding it is saved in"
    declare = (
        f'write encoding="{guess}" in its declaration'
        if m
        else f'declare that encoding in its first line: <?xml version="1.0" encoding="{guess}"?>'
    )
    return f"bytes that are not {named}: the file reads as {guess}; save it as UTF-8, or {declare}"


def _streamable(data: bytes, path: str) -> bytes:
    """``data`` as lxml's incremental parser reads it: that parser (libxml2's push parser)
    finds no document after a UTF-32 byte order mark, which the whole-document parser reads,
    so UTF-32 with a BOM goes to it as UTF-8 with one (the declaration, if any, yields to the
    BOM, as it does in UTF-16); line numbers are unchanged. Bytes UTF-32 cannot decode are
    refused at their line.

    >>> _streamable("<a/>".encode("utf-32"), "x.tbx")
    b'\\xef\\xbb\\xbf<a/>'
    """
    from ..encodings import bom_encoding

    if bom_encoding(data) != "utf-32":
        return data
    try:
        return data.decode("utf-32").encode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].decode("utf-32", "replace").count("\n") + 1
        raise GlossaryError(
            f"not UTF-32, the encoding its byte order mark names ({exc.reason}); "
            "save it again as UTF-8 or UTF-16",
            path,
            line,
        ) from None


def iter_elements(
    data: bytes,
    path: str,
    tag: str | tuple[str, ...],
    *also: str,
    keep: frozenset[str] = frozenset(),
    what: str = "a glossary",
) -> Iterator[Any]:
    """The elements named ``tag`` (``"{*}row"``: in any namespace; or any of several tags) or
    one of ``also``, in document order, of the XML ``data``, each once it is complete, with the checks and refusals of
    :func:`parse_xml` (a document it refuses raises its error, at the latest when the
    elements are done); each is cleared after the caller's turn, with the elements before it
    in its parent, so memory holds one at a time, not the whole document (a sheet of a million
    rows, a TBX file of 30,000 entries) — but those whose local name is in ``keep``. ``what``:
    what the file is, as its errors name it (:func:`parse_xml`).

    >>> [e.get("r") for e in iter_elements(b'<s><row r="1"/><row r="2"/></s>', "x", "row")]
    ['1', '2']
    """
    from lxml import etree

    if len(data) > MAX_XML_BYTES:
        raise GlossaryError(f"XML file larger than {size_said(MAX_XML_BYTES)}; refused", path)
    _check_doctype(data, path)
    tags = ((tag,) if isinstance(tag, str) else tag) + also
    events = etree.iterparse(
        io.BytesIO(_streamable(data, path)), events=("end",), tag=tags, **_SAFE
    )
    try:
        for _, el in events:
            for child in el.iter(etree.Entity):  # unresolved: refused, never read as empty
                raise GlossaryError(
                    f"XML uses an entity {child.text!r}; refused", path, el.sourceline
                )
            yield el
            if local_name(el.tag) in keep:
                continue
            el.clear(keep_tail=True)
            parent = el.getparent()
            while parent is not None and el.getprevious() is not None:  # done siblings too
                if local_name(parent[0].tag) in keep:
                    break
                del parent[0]
    except etree.XMLSyntaxError as exc:
        parse_xml(data, path, what=what)  # (its error, as reading the whole document gives it)
        raise _syntax_error(exc, path, data, what) from None
    _refuse_undeclared(events.error_log, path)
    if events.root is not None:
        _check_tree(events.root, path)


#: What may stand before a document's element: its declaration, comments, processing
#: instructions, a DOCTYPE without internal subset, white space (each named for the message)
_PROLOG_PART = re.compile(
    r"(?P<declaration><\?xml\s[^>]*\?>)|(?P<comment><!--.*?-->)|"
    r"(?P<instruction><\?.*?\?>)|(?P<doctype><!DOCTYPE[^>\[]*>)|[ \t\r\n]+",
    re.S,
)
_PROLOG_SAID = {
    "declaration": "an XML declaration",
    "comment": "a comment",
    "instruction": "a processing instruction",
    "doctype": "a DOCTYPE",
}


def _refuse_if_no_element(data: bytes, path: str) -> None:
    """Refuse, saying what the file holds and what to do, a document with no element: empty,
    white space, a declaration or comments only (an export that wrote nothing, a file
    truncated to its first line). lxml says only "Document is empty".

    >>> _refuse_if_no_element(b'<?xml version="1.0"?>', "g.tbx")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    translit.errors.GlossaryError: g.tbx:1: the file holds an XML declaration only, no element: ...
    """
    text = _decode(data, path)
    parts: list[str] = []
    at = 0
    for m in _PROLOG_PART.finditer(text):
        if m.start() != at:
            return  # (something else: the parser's own message says what)
        at = m.end()
        said = _PROLOG_SAID.get(m.lastgroup or "")
        if said and said not in parts:
            parts.append(said)
    if at != len(text):
        return
    if not data:
        what, line = "the file is empty (0 bytes)", None
    else:
        held = " and ".join(parts) if parts else "white space"
        what, line = f"the file holds {held} only", text.rstrip().count("\n") + 1
        if not parts:
            line = text.count("\n") or 1
    raise GlossaryError(
        f"{what}, no element: no glossary in it (a TBX file holds <martif> or <tbx>); export "
        "the glossary again, or name the file that holds it",
        path,
        line,
    )


def root_of(data: bytes, path: str, what: str = "a glossary") -> Any:
    """The root element of the XML ``data`` at its start tag (its name and attributes, not
    its children), after the checks of :func:`parse_xml` that come before parsing; a
    document whose start cannot be read gives the error :func:`parse_xml` gives (``what``).

    >>> root_of(b'<martif xml:lang="ru"><text/></martif>', "x.tbx").tag
    'martif'
    """
    from lxml import etree

    if len(data) > MAX_XML_BYTES:
        raise GlossaryError(f"XML file larger than {size_said(MAX_XML_BYTES)}; refused", path)
    _check_doctype(data, path)
    try:
        start = etree.iterparse(io.BytesIO(_streamable(data, path)), events=("start",), **_SAFE)
        return next(iter(start))[1]
    except (etree.XMLSyntaxError, StopIteration):
        _refuse_if_no_element(data, path)
        parse_xml(data, path, what=what)  # (its error)
        raise GlossaryError("empty XML document", path) from None


def parse_xml(
    data: bytes, path: str, *, max_bytes: int = MAX_XML_BYTES, what: str = "a glossary"
) -> Any:
    """Parse ``data`` (the bytes of ``path``) safely; return the lxml root element. ``what``:
    what the file is, as its errors name it ("a glossary", "an XLIFF file").

    >>> parse_xml(b"<martif><text/></martif>", "x.tbx").tag
    'martif'
    """
    from lxml import etree

    if len(data) > max_bytes:
        raise GlossaryError(f"XML file larger than {size_said(max_bytes)}; refused", path)
    _check_doctype(data, path)
    parser = etree.XMLParser(**_SAFE)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        _refuse_if_no_element(data, path)
        raise _syntax_error(exc, path, data, what) from None
    if root is None:
        raise GlossaryError("empty XML document", path)
    _refuse_undeclared(parser.error_log, path)
    _check_tree(root, path)
    return root


_UNDECLARED = re.compile(r"Entity '([^']*)' not defined")


def _refuse_undeclared(log: Any, path: str) -> None:
    """Refuse an entity no DTD defines, which libxml2 lets pass with a warning in a document
    naming an external DTD (never loaded): in text it stays an entity node (:func:`_check_tree`
    refuses it), but in an attribute's value it was dropped in silence (``id="red&x;-army"``
    read as ``red-army``)."""
    for entry in log:
        m = _UNDECLARED.search(entry.message or "")
        if m is not None:
            raise GlossaryError(
                f"XML uses an entity '&{m[1]};', which nothing read defines; refused: write "
                "the character itself, or its reference (&#160; for &nbsp;)",
                path,
                entry.line,
            )


def _check_tree(root: Any, path: str) -> None:
    """The refusals of a parsed document: whatever the pre-check read, the parser's own view
    of the DTD decides too, and an entity reference left unresolved is refused, never read as
    empty text."""
    from lxml import etree

    info = root.getroottree().docinfo
    dtd = info.internalDTD
    if dtd is not None and (
        any(True for _ in dtd.iterentities()) or any(True for _ in dtd.iterelements())
    ):
        raise GlossaryError(
            f"XML declares entities or other DTD declarations; refused{_NO_DTD}", path, 1
        )
    url = info.system_url
    if url and not _dtd_named_safely(url):
        raise GlossaryError(_EXTERNAL_DTD.format(url), path, 1)
    for el in root.iter(etree.Entity):
        raise GlossaryError(f"XML uses an entity {el.text!r}; refused", path, el.sourceline)


# -- kept data categories ------------------------------------------------------------------------


@functools.cache
def tbx_basic() -> dict[str, dict[str, frozenset[str]]]:
    """TBX-Basic's data categories (``translit/data/tbx_basic.toml``): ``"elements"``, each DCA
    element → the categories it carries; ``"picklists"``, each closed category → its values.

    >>> sorted(tbx_basic()["elements"]["descrip"])
    ['context', 'definition', 'subjectField']
    """
    from .._datafiles import load_toml

    data = load_toml("tbx_basic.toml")
    return {part: {k: frozenset(v) for k, v in data[part].items()} for part in data}


@functools.cache
def _dct_element() -> dict[str, str]:
    """The DCA element of a DCT data category (``<basic:context>`` → ``descrip``, ``<basic:
    transactionType>`` → ``transac``), for keeping a DCT element the model has no field for in
    the DCA form the writer uses: TBX-Basic's, and IATE's ``reliabilityCode`` (a ``descrip`` of
    TBX's default categories); a category of neither is a ``termNote`` in a term and a
    ``descrip`` elsewhere."""
    out = {c: el for el, cats in tbx_basic()["elements"].items() for c in cats}
    return out | {"reliabilityCode": "descrip"}


#: TBX's group elements (ISO 30042): each member is kept in DCA form (a DCT
#: ``<basic:transactionType>`` in a ``transacGrp`` becomes ``<transac type="transactionType">``)
TBX_GROUPS = frozenset({"descripGrp", "adminGrp", "termNoteGrp", "transacGrp"})
#: Elements kept as they are (TBX DCA annotations, notes, a transaction's members; MultiTerm's
#: ``descrip`` is one of them).
_DCA = {
    "descrip",
    "termNote",
    "admin",
    "adminNote",
    "descripNote",
    "ref",
    "xref",
    "note",
    "transac",
    "transacNote",
    "date",
}


_LOCAL_NAMES: dict[Any, str] = {}


def local_name(tag: Any) -> str:
    """The local name of an element's tag (``{ns}termSec`` → ``termSec``; a comment's or a
    processing instruction's: ``""``), remembered per tag: a TBX file asks it of a million
    elements and holds a few dozen tags."""
    try:
        return _LOCAL_NAMES[tag]
    except KeyError:
        name = _LOCAL_NAMES[tag] = tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""
        return name


#: XML's white space (XML 1.0, production S): a no-break or thin space (U+00A0, U+202F: French
#: before ':') is text, though str.split() takes it for a separator
_XML_SPACE = re.compile(r"[ \t\r\n]+")
_LAID_OUT = re.compile(r"[\t\r\n]|  ")  # what xml_lines changes inside a stripped text


#: ``xml:space``: "preserve" on an element keeps its white space as written (XML 1.0, 2.10)
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


def kept_as_written(text: str) -> bool:
    r"""Whether :func:`xml_lines` would read ``text`` otherwise (a run of spaces, a tab, a
    space at an end or around a line break): a writer marks such an element
    ``xml:space="preserve"``, so the readers here keep its text as it is (a note of "a  b"
    came back "a b").

    >>> kept_as_written("a b"), kept_as_written("a  b"), kept_as_written("a\nb")
    (False, True, False)
    """
    return _laid_out(text) != text


def _text_of(el: Any) -> str:
    """All the text inside ``el`` (an element without children: its text)."""
    return (el.text or "") if len(el) == 0 else "".join(el.itertext())


#: a run of XML white space that holds a tab or a line break: layout (an element's text laid
#: out on several lines), read as one space; a run of spaces alone is text
_LAYOUT_RUN = re.compile(r" *[\t\r\n][ \t\r\n]*")


def xml_text(el: Any) -> str:
    r"""The text of ``el`` with each XML white-space run that holds a tab or a line break made
    one space (a term laid out on two lines), trimmed; spaces in a row are kept (a term "a  b"
    came back "a b").

    >>> from lxml import etree
    >>> xml_text(etree.fromstring("<term> 1\u00a0000\n  roubles </term>"))
    '1\xa0000 roubles'
    """
    if el.get(XML_SPACE) == "preserve":
        return _text_of(el)
    return _LAYOUT_RUN.sub(" ", _text_of(el)).strip(" ")


def xml_lines(el: Any) -> str:
    r"""The text of a note-like ``el``: as :func:`xml_text`, line breaks kept.

    >>> from lxml import etree
    >>> xml_lines(etree.fromstring("<note>\n  a\u202f:  b\n  c </note>"))
    'a\u202f: b\nc'
    """
    if el.get(XML_SPACE) == "preserve":
        return _text_of(el)
    return _laid_out(_text_of(el))


def _laid_out(text: str) -> str:
    """``text`` as :func:`xml_lines` reads it: trimmed, each line's white-space runs one space."""
    text = text.strip(" \t\r\n")
    if not _LAID_OUT.search(text):  # one line, single spaces (most notes): nothing to change
        return text
    return "\n".join(_XML_SPACE.sub(" ", line).strip(" ") for line in text.split("\n"))


def first_rests(extra: list[Any]) -> None:
    """Sort kept data (fragments, or (language, fragment) pairs) in place so that the rest of a
    group whose head is a model field (``<descripGrp type="definition">…``: a real group has no
    ``type``) comes first, the place the TBX writer gives it, beside that field: a round trip
    keeps the order.

    >>> x = ["<note>a</note>", '<descripGrp type="definition"><note>b</note></descripGrp>']
    >>> first_rests(x); x[0][:11]
    '<descripGrp'
    """
    extra.sort(key=lambda e: not re.match(r"<(descrip|admin|termNote)Grp type=", e[-1]
                                          if isinstance(e, tuple) else e))  # fmt: skip


def dca_fragment(el: Any, in_term: bool) -> str:
    """``el`` as an XML fragment in DCA form without namespaces, to write back as read: a DCT
    element (``<basic:context>``) becomes its DCA element (``<descrip type="context">``)."""

    from lxml import etree

    name = local_name(el.tag)
    if name in TBX_GROUPS:  # a group: each member in DCA form
        out = etree.Element(name, dict(el.attrib))
        for child in el:
            if isinstance(child.tag, str):
                out.append(parse_fragment(dca_fragment(child, in_term)))
    elif name in _DCA:
        return plain_fragment(el)
    else:
        out = etree.Element(_dct_element().get(name, "termNote" if in_term else "descrip"))
        out.set("type", name)
        for k, v in el.attrib.items():
            out.set(k, v)
        out.text = "".join(el.itertext())
    return _fragment_of(out)


def plain_fragment(el: Any) -> str:
    """``el`` as an XML fragment with its elements' local names (TBX v3's namespace dropped, as
    the model keeps TBX data), without the layout around and inside it.

    >>> from lxml import etree
    >>> plain_fragment(etree.fromstring('<back xmlns="urn:t">\\n  <item>a</item>\\n</back>'))
    '<back><item>a</item></back>'
    """
    from copy import deepcopy

    out = deepcopy(el)
    for e in out.iter():
        if isinstance(e.tag, str):
            e.tag = local_name(e.tag)
    return _fragment_of(out)


def parse_fragment(fragment: str) -> Any:
    """A kept TBX fragment (:attr:`.model.Term.extra`, ``Concept.extra``: a program may set
    them) as an element, parsed as files are (no DTD, no entity, no network): a DOCTYPE or an
    entity in it is refused, as in a file; the writer's parse expanded internal entities (a
    billion-laughs fragment grew the output).

    >>> parse_fragment('<note>a</note>').text
    'a'
    >>> parse_fragment('<!DOCTYPE note><note/>')
    Traceback (most recent call last):
    translit.errors.GlossaryError: kept TBX data '<!DOCTYPE note><note/>' declares a DOCTYPE or uses an entity; refused
    """
    from lxml import etree

    try:
        el = etree.fromstring(fragment, etree.XMLParser(**_SAFE))
    except etree.XMLSyntaxError as exc:
        raise GlossaryError(f"kept TBX data {fragment[:40]!r} is not XML: {exc}") from None
    if el.getroottree().docinfo.doctype or any(True for _ in el.iter(etree.Entity)):
        raise GlossaryError(
            f"kept TBX data {fragment[:40]!r} declares a DOCTYPE or uses an entity; refused"
        )
    return el


def fragments_in(text: str) -> list[str]:
    """The kept TBX fragments one after another in ``text`` (a table's cell of TBX data, as the
    multilingual table writes :attr:`.model.Term.extra` and ``Concept.extra``), each as the
    reader keeps one; text outside the elements is a :class:`GlossaryError`.

    >>> fragments_in('<descrip type="reliabilityCode">9</descrip> <ref>IATE_47989</ref>')
    ['<descrip type="reliabilityCode">9</descrip>', '<ref>IATE_47989</ref>']
    >>> fragments_in("9")
    Traceback (most recent call last):
    translit.errors.GlossaryError: TBX data holds '9' outside its elements: each kept piece is an element (<descrip type="reliabilityCode">9</descrip>)
    """
    from copy import deepcopy

    plain = _plain_run(text)
    if plain is not None:  # (elements with text alone, as a table mostly holds: no parse)
        return plain
    wrapped = f"<cell>{text}</cell>"
    try:
        el = parse_fragment(wrapped)
    except GlossaryError as exc:  # (named as the cell holds it)
        raise GlossaryError(exc.message.replace(repr(wrapped[:40]), repr(text[:40]), 1)) from None
    outside = [el.text or "", *(c.tail or "" for c in el)]
    outside += [str(c) for c in el if not isinstance(c.tag, str)]  # (a comment, a PI)
    stray = next((x.strip() for x in outside if x.strip()), None)
    if stray is not None:
        raise GlossaryError(
            f"TBX data holds {stray[:40]!r} outside its elements: each kept piece is an "
            'element (<descrip type="reliabilityCode">9</descrip>)'
        )
    return [_fragment_of(deepcopy(c)) for c in el]


#: an element of a kept fragment written as the reader serialises one, with nothing to
#: escape or expand: no child, entity, namespace or character lxml writes otherwise
_PLAIN_ELEMENT = re.compile(
    r'\s*<(?P<name>[A-Za-z_][\w.-]*)(?P<attrs>(?:\s+[A-Za-z_][\w.:-]*="[^"<>&\t\n\r]*")*)\s*'
    r">(?P<text>[^<>&\r]+)</(?P=name)>\s*"
)
_PLAIN_ATTR = re.compile(r'\s+([\w.:-]+)="([^"]*)"')


def _plain_run(text: str) -> list[str] | None:
    """The fragments of ``text`` when each is an element holding text alone and written as the
    reader writes one (:func:`fragments_in` without a parse), else ``None``.

    >>> _plain_run('<descrip type="reliabilityCode">9</descrip> <ref>IATE_1</ref>')
    ['<descrip type="reliabilityCode">9</descrip>', '<ref>IATE_1</ref>']
    >>> _plain_run("<a>x &amp; y</a>") is None, _plain_run('<a b="1" b="2">x</a>') is None
    (True, True)
    """
    out: list[str] = []
    at = 0
    while at < len(text):
        m = _PLAIN_ELEMENT.match(text, at)
        if m is None or m.end() == at:
            return None
        attrs = _PLAIN_ATTR.findall(m["attrs"])
        names = [n for n, _ in attrs]
        if len(set(names)) < len(names) or any(
            n.startswith("xmlns") or (":" in n and not n.startswith("xml:")) for n in names
        ):
            return None  # (a parse refuses a repeat, reads xmlns as a namespace)
        said = "".join(f' {n}="{v}"' for n, v in attrs)
        out.append(f"<{m['name']}{said}>{m['text']}</{m['name']}>")
        at = m.end()
    return out if out else None


def joined_back(first: str | None, second: str | None) -> str | None:
    """The TBX back matter of two glossaries merged (:attr:`.model.Glossary.back`): ``first``'s
    sections, each with the objects of ``second``'s section of the same kind it lacks after its
    own, then ``second``'s other sections (the second file's people were lost in a merge, and
    its entries' ``target=`` named nothing).

    >>> joined_back('<back><s type="p"><o id="a"/></s></back>',
    ...             '<back><s type="p"><o id="a"/><o id="b"/></s><t/></back>')
    '<back><s type="p"><o id="a"/><o id="b"/></s><t/></back>'
    """
    if not first or not second or first == second:
        return first or second
    out, more = parse_fragment(first), parse_fragment(second)
    sections = {(s.tag, tuple(sorted(s.attrib.items()))): s for s in out}
    for sec in list(more):
        if not isinstance(sec.tag, str):
            continue
        own = sections.get((sec.tag, tuple(sorted(sec.attrib.items()))))
        if own is None:
            out.append(sec)
            continue
        have = {_fragment_of(o) for o in own}
        own.extend(o for o in list(sec) if _fragment_of(o) not in have)
    return _fragment_of(out)


def as_read(el: Any) -> str:
    """``el`` as an XML fragment as read, in its namespaces (another vocabulary's element,
    kept), without the layout around and inside it.

    >>> from lxml import etree
    >>> as_read(etree.fromstring('<x:note xmlns:x="urn:t">\\n  <x:b>a</x:b>\\n</x:note>'))
    '<x:note xmlns:x="urn:t"><x:b>a</x:b></x:note>'
    """
    from copy import deepcopy

    return _fragment_of(deepcopy(el))


def _fragment_of(out: Any) -> str:
    """``out`` (an element of its own, changed in place) serialised without layout."""
    from lxml import etree

    for e in out.iter():  # indentation is the writer's: whitespace-only text is layout
        if e.text is not None and not e.text.strip() and len(e):
            e.text = None
        if e.tail is not None and not e.tail.strip():
            e.tail = None
    out.tail = None
    etree.cleanup_namespaces(out)
    return str(etree.tostring(out, encoding="unicode"))
