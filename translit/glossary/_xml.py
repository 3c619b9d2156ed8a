"""Safe XML parsing for glossary files: no entities, no network, no DTD loading, bounded size.

Every glossary XML file goes through :func:`parse_xml`. lxml is configured with
``resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False`` and before parsing
the document type declaration is inspected:

- a DOCTYPE whose internal subset declares entities (``<!ENTITY``: XXE, billion laughs) is
  rejected;
- a DOCTYPE naming an external DTD by URL or by path (``SYSTEM "http://…"``, ``"/etc/…"``,
  ``"../x.dtd"``) is rejected;
- the bare DTD file name that TBX v2 files traditionally carry (``<!DOCTYPE martif SYSTEM
  "TBXcoreStructV02.dtd">``) is accepted: it is never loaded or fetched.

Rejections are :class:`~translit.errors.GlossaryError` s naming the file and the line.
"""

from __future__ import annotations

import re
from typing import Any

from ..errors import GlossaryError

__all__ = ["MAX_XML_BYTES", "parse_xml"]

#: Largest XML glossary read (bytes); larger files are refused rather than parsed.
MAX_XML_BYTES = 64 * 1024 * 1024

_DOCTYPE = re.compile(rb"<!DOCTYPE\b", re.IGNORECASE)
_EXTERNAL = re.compile(rb"""\b(SYSTEM|PUBLIC)\s+(?:(["'])[^"']*\2\s+)?(["'])([^"']*)\3""")
_SAFE_DTD_NAME = re.compile(rb"^[A-Za-z0-9_.-]+\.dtd$")


def _line_of(data: bytes, pos: int) -> int:
    return data.count(b"\n", 0, pos) + 1


def _check_doctype(data: bytes, path: str) -> None:
    m = _DOCTYPE.search(data)
    if m is None:
        return
    line = _line_of(data, m.start())
    # the declaration runs to the first '>' outside its internal subset
    end = data.find(b">", m.end())
    bracket = data.find(b"[", m.end())
    subset = b""
    if bracket != -1 and (end == -1 or bracket < end):
        close = data.find(b"]", bracket)
        subset = data[bracket : close if close != -1 else len(data)]
        head = data[m.end() : bracket]
    else:
        head = data[m.end() : end if end != -1 else len(data)]
    if b"<!ENTITY" in subset.upper():
        raise GlossaryError(
            "XML declares entities in its DOCTYPE (XXE / entity expansion); refused", path, line
        )
    ext = _EXTERNAL.search(head)
    if ext is not None and not _SAFE_DTD_NAME.match(ext.group(4)):
        raise GlossaryError(
            f"XML refers to an external DTD {ext.group(4).decode('utf-8', 'replace')!r}; refused",
            path,
            line,
        )


def parse_xml(data: bytes, path: str, *, max_bytes: int = MAX_XML_BYTES) -> Any:
    """Parse ``data`` (the bytes of ``path``) safely; return the lxml root element.

    >>> parse_xml(b"<martif><text/></martif>", "x.tbx").tag
    'martif'
    """
    from lxml import etree

    if len(data) > max_bytes:
        raise GlossaryError(f"XML file larger than {max_bytes} bytes; refused", path)
    _check_doctype(data, path)
    parser = etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
    )
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        line = exc.lineno if getattr(exc, "lineno", None) else None
        msg = str(exc.msg if hasattr(exc, "msg") else exc)
        msg = re.sub(r", line \d+, column \d+$", "", msg)
        raise GlossaryError(f"not well-formed XML: {msg}", path, line) from None
    if root is None:
        raise GlossaryError("empty XML document", path)
    # an entity reference left unresolved is refused, never read as empty text
    for el in root.iter(etree.Entity):
        raise GlossaryError(f"XML uses an entity {el.text!r}; refused", path, el.sourceline)
    return root
