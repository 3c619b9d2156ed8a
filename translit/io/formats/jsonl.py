"""JSON Lines: convert the string values at ``fields`` paths (dots for nesting) of each line.

A list at a path has each of its strings converted, in lists within it too, and keeps its
structure. The line is edited in place: other keys, their order, spacing and escapes, and the
other values at the paths (numbers, null, objects, a list's other items) are left exactly as
they were. With ``add`` names the result is written *beside* the source (a new key right after
the source key in the same object) and the source is kept; an existing key of that name is
overwritten in place.

    >>> Jsonl(fields=("text",)).apply(str.upper, '{"id": 1, "text": "abc"}\\n')
    ('{"id": 1, "text": "ABC"}\\n', 1)
    >>> Jsonl(fields=("t",)).apply(str.upper, '{"t": ["ab", 1, ["c"]]}\\n')
    ('{"t": ["AB", 1, ["C"]]}\\n', 1)
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import accumulate, compress, repeat
from json.decoder import scanstring  # type: ignore[attr-defined]
from json.encoder import encode_basestring, encode_basestring_ascii
from operator import contains, ne
from typing import Any, ClassVar

from ...script import line_ends
from ..options import UsageError
from ..textio import InputError, cut_lines
from ._base import Applied, RecordFormat, Transform, indexes, map_values, register

__all__ = ["Jsonl", "selected"]


_WS = re.compile(r"[ \t\n\r]*")
_COLON = re.compile(r"[ \t\n\r]*:[ \t\n\r]*")
_NEXT = re.compile(r"[ \t\n\r]*(?:(,)[ \t\n\r]*|\})")
_NEXT_ITEM = re.compile(r"[ \t\n\r]*(?:(,)[ \t\n\r]*|\])")
#: a lone surrogate: what a JSON \ud800 escape reads as (see :func:`_lone_escaped`)
_SURROGATE = re.compile("[\ud800-\udfff]")
_SCAN = json.JSONDecoder().scan_once  # type: ignore[attr-defined]  # the C scanner
#: the same, for a value whose integers Python will not convert (over 4300 digits: valid JSON,
#: but int() refuses it); they are never converted, so they need no value
_SCAN_LONG = json.JSONDecoder(parse_int=lambda digits: None).scan_once  # type: ignore[attr-defined]


def _skip_ws(s: str, i: int) -> int:
    return _WS.match(s, i).end()  # type: ignore[union-attr]


def _walk(
    s: str,
    i: int,
    prefix: tuple[str, ...],
    *,
    wanted: frozenset[tuple[str, ...]],
    inner: frozenset[tuple[str, ...]],
    found: dict[tuple[str, ...], tuple[int, int, int, Any]],
) -> int:
    """Walk the object starting at ``s[i] == '{'``; record spans of wanted paths; return end.

    ``found[path] = (key_end, value_start, value_end, value)``. Values are read by the C
    scanner of :mod:`json`; only the object's own punctuation is matched here.
    """
    i = _skip_ws(s, i + 1)
    if s.startswith("}", i):
        return i + 1
    while True:
        if not s.startswith('"', i):
            raise ValueError(f"expected a key at column {i + 1}")
        key, key_end = scanstring(s, i + 1)
        colon = _COLON.match(s, key_end)
        if colon is None:
            raise ValueError(f"expected ':' at column {_skip_ws(s, key_end) + 1}")
        v = colon.end()
        path = (*prefix, key)
        if path in inner and s.startswith("{", v):
            end = _walk(s, v, path, wanted=wanted, inner=inner, found=found)
        else:
            try:
                try:
                    value, end = _SCAN(s, v)
                except ValueError:  # (the C scanner's own errors are ValueErrors too)
                    value, end = _SCAN_LONG(s, v)
            except StopIteration:
                raise ValueError(f"expected a value at column {v + 1}") from None
            if path in wanted:
                found[path] = (key_end, v, end, value)
        after = _NEXT.match(s, end)
        if after is None:
            raise ValueError(f"expected ',' or '}}' at column {_skip_ws(s, end) + 1}")
        if after.group(1) is None:
            return after.end()
        i = after.end()


def _strings(value: Any) -> list[str]:
    """The strings a value at a field holds: itself, or a list's strings, in lists within it
    too, in order (numbers, null, objects give none). Without recursion, as :func:`_replaced`
    and :func:`_items`: a list nested some hundred levels, valid JSON the scanner reads, raised
    RecursionError, not a message with its line.

    >>> _strings("a"), _strings(["a", 1, ["b", {"c": "d"}]]), _strings({"c": "d"})
    (['a'], ['a', 'b'], [])
    """
    out: list[str] = []
    todo = [value]
    while todo:
        item = todo.pop()
        if isinstance(item, str):
            out.append(item)
        elif isinstance(item, list):
            todo += reversed(item)
    return out


def _replaced(value: Any, news: Iterator[str]) -> Any:
    """``value`` with its strings (:func:`_strings`) replaced by ``news`` in order.

    >>> _replaced(["a", 1, ["b"]], iter(["A", "B"]))
    ['A', 1, ['B']]
    """
    if not isinstance(value, list):
        return next(news) if isinstance(value, str) else value
    top: list[Any] = []
    todo: list[tuple[Iterator[Any], list[Any]]] = [(iter(value), top)]
    while todo:
        items, out = todo[-1]
        for item in items:
            if isinstance(item, list):  # (its items first, then the rest of this list's)
                out.append([])
                todo.append((iter(item), out[-1]))
                break
            out.append(next(news) if isinstance(item, str) else item)
        else:
            todo.pop()
    return top


def _items(s: str, i: int, out: list[tuple[int, int]]) -> int:
    """The spans of the strings of the list at ``s[i] == '['`` (in lists within it too) added
    to ``out``, in order; its end. The list was read whole by the C scanner: it is valid.

    >>> spans = []
    >>> _items('[ "a", [1, ["b"]], [] ] ,', 0, spans), spans
    (23, [(2, 5), (12, 15)])
    """
    depth = 0
    while True:
        if s.startswith("[", i):
            depth += 1
            i = _skip_ws(s, i + 1)
            if not s.startswith("]", i):
                continue  # (its first item)
            end, depth = i + 1, depth - 1  # an empty list
        elif s.startswith('"', i):
            end = _STRING.match(s, i + 1).end() + 1  # type: ignore[union-attr]
            out.append((i, end))
        else:
            try:
                end = _SCAN(s, i)[1]
            except ValueError:  # (an integer of over 4300 digits)
                end = _SCAN_LONG(s, i)[1]
        while depth:  # after an item: the next one, or the end of its list (and of others)
            after = _NEXT_ITEM.match(s, end)
            assert after is not None  # (valid JSON)
            if after.group(1) is not None:
                i = after.end()
                break
            end, depth = after.end(), depth - 1
        else:
            return end


def _flat(
    body: str,
    start: int,
    needles: list[tuple[str, str]],
    found: dict[tuple[str, ...], tuple[int, int, int, Any]],
) -> bool:
    """The fast way to fill ``found`` for top-level keys; False: walk the line instead.

    The C scanner of :mod:`json` checks the whole object. If it has no nested object, a key
    written plainly (``"name"``) whose text occurs once in the line, not after a backslash and
    followed by ``:``, can only be that top-level key: inside a JSON string every ``"`` is
    escaped. Anything else (nesting, a duplicate, a key written with a backslash anywhere in
    the line, invalid JSON, for its error message) goes to :func:`_walk`.
    """
    if not body.startswith("{", start) or body.find("{", start + 1) >= 0:
        return False
    if "\\" in body and _ESCAPED_KEY.search(body, start):  # a key written "te\u0078t" may be
        return False  # the field again, the one readers take: its plain spelling was converted
    try:
        obj, end = _SCAN(body, start)
    except (StopIteration, ValueError, RecursionError):
        return False
    if end != len(body) and body[end:].strip(" \t"):
        return False
    for key, needle in needles:
        if key not in obj:
            continue
        at = body.find(needle, start)
        if at < 0 or body.find(needle, at + 1) >= 0 or body[at - 1] == "\\":
            return False
        key_end = at + len(needle)
        colon = _COLON.match(body, key_end)
        if colon is None:
            return False
        v = colon.end()
        if body.startswith('"', v):
            value, e = scanstring(body, v + 1)
        else:
            value, e = _SCAN(body, v)
        found[(key,)] = (key_end, v, e, value)
    return True


#: what a line that is no JSON object holds, by its first character
_NOT_OBJECT = {"[": "a JSON array", '"': "a JSON string"}


def _not_an_object(first: str) -> str:
    """The message of a record that is no JSON object, starting with ``first``, and what to do.

    >>> _not_an_object("[").split(";")[0]
    'not a JSON object (a JSON array)'
    """
    kind = _NOT_OBJECT.get(first, "")
    return (
        f"not a JSON object{f' ({kind})' if kind else ''}; `fields` reads JSON Lines, one JSON "
        'object a line ({"text": "…"}): make each record one, or drop `fields` for plain text'
    )


def _lines(block: str) -> list[str]:
    """``block`` cut after each ``\n`` only (str.splitlines also cuts at U+0085, U+2028…)."""
    parts = block.split("\n")
    last = parts.pop()
    out = [p + "\n" for p in parts]
    if last:
        out.append(last)
    return out


#: the text of a JSON string up to its closing quote (escapes are checked by the parser)
_STRING = re.compile(r'[^"\\]*(?:\\.[^"\\]*)*')
#: a control character: never raw inside a JSON string
_CONTROL = re.compile("[\x00-\x1f]")
#: a key whose text holds a backslash (or a string holding ``\"`` before a colon): see _spans
_ESCAPED_KEY = re.compile(r'\\.[^"\\]*"[ \t\r]*:')


@functools.cache
def _spans(keys: tuple[str, ...]) -> re.Pattern[str]:
    """Splits a block at the string values of the top-level ``keys``: 2 groups per value.

    ``pattern.split(block)`` gives ``[text, '"key": "', content, text, …]`` where ``content`` is
    the value's JSON text without its quotes, up to its first ``"`` (the caller extends a
    content ending with a backslash: that quote was escaped). In valid JSON with no backslash
    in any key (:data:`_ESCAPED_KEY` finds none), a match is always a real key with a string
    value: a ``"`` after no backslash is a string delimiter, and a string may not be followed
    by ``key"``, so the match starts at a key's opening quote. Its depth, and the validity of
    the block, are checked by :meth:`Jsonl.whole_block`. (``[^"]*`` is scanned about three
    times faster by :mod:`re` than a class of two characters.)
    """
    names = "|".join(re.escape(k) for k in sorted(keys, key=len, reverse=True))
    return re.compile(f'("(?:{names})"[ \\t\\r]*:[ \\t\\r]*")([^"]*)(?=")')


def _dump(value: str, like: str) -> str:
    r"""``value`` as a JSON string, ASCII-escaped if the value it replaces was (json.dumps).

    >>> print(_dump("Щука", r"\u0429"), _dump("Щука", r"Ё\u0301"), _dump("Щ", r"a\u003c"))
    "\u0429\u0443\u043a\u0430" "Щука" "\u0429"
    """
    if _ascii_escaped(like):
        return encode_basestring_ascii(value)
    return _lone_escaped(encode_basestring(value), like)


def _lone_escaped(text: str, like: str) -> str:
    r"""``text`` (the JSON text of a string) with each lone surrogate (U+D800-DFFF) that
    ``like``, the JSON text of the value it replaces, does not hold as a character written as
    the ``\u`` escape it was read from. Such an escape is valid JSON, but its character is
    text no encoding writes: kept as a character it failed the file ("cannot encode
    '\ud800'"). A surrogate ``like`` holds itself is a byte ``errors="surrogateescape"``
    read, written back as that byte.

    >>> print(_lone_escaped("Yu" + chr(0xD800), "Ю" + chr(0xDCD0) + r"\ud800"))
    Yu\ud800
    >>> _lone_escaped("Yu" + chr(0xDCD0), "Ю" + chr(0xDCD0)) == "Yu" + chr(0xDCD0)
    True
    """
    if _SURROGATE.search(text) is None:
        return text
    kept = set(_SURROGATE.findall(like))
    return _SURROGATE.sub(lambda m: m[0] if m[0] in kept else f"\\u{ord(m[0]):04x}", text)


def _ascii_escaped(raw: str) -> bool:
    r"""Whether the JSON text ``raw`` of a string is ASCII-escaped: a ``\u`` escape and no raw
    character past ASCII (Go writes < as \u003c beside raw Cyrillic, a stress mark may be
    escaped after raw letters: such values were written all in escapes)."""
    return "\\u" in raw and raw.isascii()


def _has_control(text: str) -> bool:
    """Whether ``text`` holds a character below U+0020 (one regex scan: a search for one such
    character is slow in Cyrillic text, whose characters hold the same byte in memory).

    >>> _has_control("a\\tb"), _has_control("a b")
    (True, False)
    """
    return _CONTROL.search(text) is not None


def _encode(raws: list[str], news: list[str], unicode: list[bool]) -> list[str]:
    """The JSON text (between quotes) of each of ``news``, in the style of the value it replaces
    (:func:`_dump`); ``unicode`` tells, for each of the ``raws`` that holds a backslash, whether
    it holds a ``\\u`` escape. With no Python work per value when the values share a style."""
    styles = set(unicode) if len(unicode) == len(raws) else {*unicode, False}
    if styles == {False}:  # json.dumps(ensure_ascii=False): only \\, " and controls escaped
        texts = news.copy()
        joined = "".join(news)  # (each test below is run per value only if the block needs it)
        special = set(indexes(_has_control, news)) if _has_control(joined) else set()
        for x in ('"', "\\"):
            if x in joined:
                special.update(indexes(contains, news, x))
        for n in special:
            texts[n] = encode_basestring(news[n])[1:-1]
        return texts
    if styles == {True}:
        # NUL is written \u0000; a text holding a backslash before u0000 gives one part more
        texts = encode_basestring_ascii("\x00".join(news))[1:-1].split("\\u0000")
        if len(texts) == len(news):
            return texts
    return [_dump(new, raw)[1:-1] for raw, new in zip(raws, news, strict=True)]


def selected(obj: Any, paths: tuple[tuple[str, ...], ...]) -> list[str]:
    """The string values of the JSON object ``obj`` at ``paths`` (the ``--field`` names split at
    their dots), in their order, a list's strings each; a path that is absent or holds no
    string gives nothing.

    >>> selected({"text": "Щука", "a": {"b": ["Лещ"], "c": 1}}, (("text",), ("a", "b"), ("a", "c")))
    ['Щука', 'Лещ']
    """
    out = []
    for path in paths:
        value: Any = obj
        for key in path:
            value = value.get(key) if isinstance(value, dict) else None
        out += _strings(value)
    return out


@register
@dataclass(frozen=True, eq=False, repr=False)  # (see ARCHITECTURE.md, "Start-up")
class Jsonl(RecordFormat):
    """JSON Lines: convert the string values at ``fields`` (dotted paths) of every line."""

    fields: tuple[str, ...] = ()
    add: tuple[str, ...] = ()
    kinds: ClassVar[tuple[str, ...]] = ("jsonl",)
    extensions: ClassVar[dict[str, tuple[str, ...]]] = {"jsonl": (".jsonl", ".ndjson", ".json")}
    selects: ClassVar[str] = "fields"
    reads: ClassVar[tuple[str, ...]] = ("fields", "add_fields")
    title: ClassVar[str] = "JSONL"
    summary: ClassVar[str] = "the string values at the `fields` paths of each JSON line"
    name = "jsonl"
    _paths: tuple[tuple[str, ...], ...] = field(default=(), repr=False, compare=False)
    #: the fields when :meth:`whole_block` can work: distinct, top-level and written plainly
    _keys: tuple[str, ...] = field(default=(), repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.add and len(self.add) != len(self.fields):
            raise UsageError("give one `add_fields` name per `fields` entry")
        paths = tuple(tuple(f.split(".")) for f in self.fields)
        if not self.add:  # a field named twice is converted once (its two edits of one span
            paths = tuple(dict.fromkeys(paths))  # wrote broken JSON: "Shchuka"ka")
        object.__setattr__(self, "_paths", paths)
        keys = tuple(p[0] for p in paths)
        plain = all(encode_basestring(k) == f'"{k}"' for k in (*keys, *self.add))
        if plain and len(set(keys)) == len(keys) and all(len(p) == 1 for p in paths):
            object.__setattr__(self, "_keys", keys)

    @classmethod
    def build(cls, kind: str, **options: Any) -> Jsonl:
        if not options["fields"]:
            raise UsageError(f"{options['path']}: JSONL input needs `fields`")
        return cls(fields=options["fields"], add=options["add"])

    def cut(self, buf: str) -> int:
        return cut_lines(buf)

    def sample(self, block: str) -> str:
        out = []
        for line in _lines(block):  # (the caller bounds it: First.sampled)
            try:
                obj = json.loads(line)
            except (ValueError, RecursionError):  # the walk says which line, and what is wrong
                continue
            out += selected(obj, self._paths)
        return "\n".join(out)

    def unmatched(self, block: str) -> list[str]:
        """The ``fields`` that no JSON object among the first lines of ``block`` holds, with any
        value but an object or a list without a string, which are not converted (``--field
        txet`` converted nothing, exit 0, and said nothing; nor did a field holding objects).

        >>> Jsonl(fields=("text", "txet", "a.b")).unmatched('{"text": 1, "a": {"b": null}}\\n')
        ['txet']
        >>> Jsonl(fields=("text", "a", "n")).unmatched('{"text": ["Щ"], "a": {"b": "Щ"}, "n": [1]}')
        ['a', 'n']
        """
        objs = []
        for line in _lines(block[:65536]):
            try:
                obj = json.loads(line)
            except (ValueError, RecursionError):
                continue
            if isinstance(obj, dict):
                objs.append(obj)

        def holds(obj: dict[str, Any], path: tuple[str, ...]) -> bool:
            value: Any = obj
            for key in path:
                if not isinstance(value, dict) or key not in value:
                    return False
                value = value[key]
            if isinstance(value, list):  # (converted: its strings; a list of numbers: nothing)
                return bool(_strings(value))
            return not isinstance(value, dict)  # (an object: not converted)

        return [
            ".".join(path)
            for path in self._paths
            if objs and not any(holds(obj, path) for obj in objs)
        ]

    def whole_block(self, fn: Transform, block: str) -> tuple[str, int] | None:
        """The block's values found by one regex split, checked by one parse (see :func:`_spans`).

        None (the per-line walk decides) unless the fields are plain top-level keys (``add``
        names absent from the block), no key is written with a backslash, every line is a JSON
        object and the split found exactly one match per top-level string value at the fields
        (a value nested deeper, or a duplicate key, makes one match too many).
        """
        keys = self._keys
        if not keys or any(f'"{a}"' in block for a in self.add):
            return None
        escapes = "\\" in block
        if escapes and _ESCAPED_KEY.search(block):
            return None
        parts = _spans(keys).split(block)
        raws = parts[2::3]
        escaped = indexes(contains, raws, "\\") if escapes else []
        # a value holding \" was cut at that quote: take it to its closing quote
        for n in [n for n in escaped if raws[n][-1] == "\\"]:
            text = raws[n] + parts[3 * n + 3]
            end = _STRING.match(text).end()  # type: ignore[union-attr]
            if not text.startswith('"', end):
                return None
            raws[n], parts[3 * n + 3] = text[:end], text[end:]
        count = len(raws)
        parts[2::3] = [""] * count  # the block with the values emptied: parsed to check it
        rest = "".join(parts)
        body = rest[:-1] if rest.endswith("\n") else rest
        try:
            objs = json.loads("[" + body.replace("\n", ",") + "]")
        except (ValueError, RecursionError):
            return None  # a bad or blank line: the walk says which
        if len(objs) != body.count("\n") + 1 or set(map(type, objs)) != {dict}:
            return None
        types = [list(map(type, map(dict.get, objs, repeat(k)))) for k in keys]
        if sum(t.count(str) for t in types) != count or any(list in t for t in types):
            return None  # (a list's strings: the walk edits them one by one)
        if not count:
            return block, 0
        if _has_control("".join(raws)):
            return None  # a raw control character: not JSON, the walk says where
        values = raws.copy()
        for n in escaped:  # (few values hold an escape: decoded, and checked, one by one)
            try:
                values[n] = json.loads(f'"{raws[n]}"')
            except ValueError:
                return None
        news = map_values(fn, values)
        texts = _encode(raws, news, [_ascii_escaped(raws[n]) for n in escaped])
        for n in escaped:  # (only an escape gives a lone surrogate that is no byte read)
            texts[n] = _lone_escaped(texts[n], raws[n])
        if not self.add:  # an unchanged value keeps its own spelling (one without escapes has
            for n in escaped:  # the spelling json.dumps gives it)
                if news[n] == values[n]:
                    texts[n] = raws[n]
        # the line of each value: newlines before it (they are all in the text between values)
        line_of = list(accumulate(map(str.count, parts[0::3], repeat("\n"))))[:count]
        if not self.add:
            parts[2::3] = texts
            edited = compress(line_of, map(ne, raws, texts))
            return "".join(parts), len(set(edited))
        parts[2::3] = raws
        adds = dict(zip(keys, self.add, strict=True))
        after = parts[3::3]
        for n, (head, text) in enumerate(zip(parts[1::3], texts, strict=True)):
            key, colon = head[1:-1].split('"', 1)  # '"key": "' → key, ': '
            sep = ", " if colon.endswith(" ") else ","
            # after[n] starts with the source's closing quote: it now closes the new value
            after[n] = f'"{sep}"{adds[key]}"{colon}"{text}' + after[n]
        parts[3::3] = after
        return "".join(parts), len(set(line_of))

    def _parsed(
        self, block: str, skipped: list[tuple[int, str]] | None
    ) -> Iterator[tuple[int, str, str, dict[tuple[str, ...], tuple[int, int, int, Any]] | None]]:
        """The lines of ``block``: (line number in the block, line, its body, the spans found
        at the fields and the ``add`` names), None for a blank line and a bad record when
        ``skipped`` is a list (it gets (line, why); else an :class:`InputError` at its line)."""
        paths = self._paths
        adds = [(*p[:-1], a) for p, a in zip(paths, self.add, strict=False)]
        wanted = frozenset((*paths, *adds))
        inner = frozenset(p[:k] for p in wanted for k in range(1, len(p)))
        # top-level keys written plainly can be found without walking the line (see _flat)
        needles = [(p[0], f'"{p[0]}"') for p in wanted]
        flat = not inner and all(encode_basestring(k) == needle for k, needle in needles)
        n, at = 1, 0  # the line of the record (a CR alone inside one ends a line: line_ends)
        for line in _lines(block):
            n += at  # (the line ends of the record before)
            at = line_ends(line)
            body = line.rstrip("\r\n")
            if body.startswith("{"):
                start = 0
            else:
                start = _skip_ws(body, 1 if body.startswith("\ufeff") else 0)  # a BOM stays
            if start == len(body):
                yield n, line, body, None
                continue
            found: dict[tuple[str, ...], tuple[int, int, int, Any]] = {}
            if flat and _flat(body, start, needles, found):
                yield n, line, body, found
                continue
            found.clear()
            try:
                if not body.startswith("{", start):
                    raise InputError(_not_an_object(body[start]), n)
                try:
                    end = _walk(body, start, (), wanted=wanted, inner=inner, found=found)
                except ValueError as exc:
                    raise InputError(f"not valid JSON: {exc}", n) from None
                except RecursionError:
                    raise InputError(
                        "JSON nested too deeply to read (about 1000 levels); flatten the record",
                        n,
                    ) from None
                if body[end:].strip(" \t"):
                    if body[end:].lstrip(" \t").startswith("\r"):  # old-Mac line ends
                        raise InputError(
                            "a carriage return alone ends a record here; JSON Lines end "
                            "records at LF (\\n) or CRLF: convert the line ends (tr '\\r' '\\n')",
                            n,
                        )
                    raise InputError(f"not valid JSON: extra data at column {end + 1}", n)
            except InputError as exc:
                if skipped is None:
                    raise
                skipped.append((n, exc.message))
                yield n, line, body, None  # kept as it was, and reported
                continue
            yield n, line, body, found

    def values(
        self, block: str, skipped: list[tuple[int, str]] | None = None
    ) -> Iterator[tuple[int, list[str]]]:
        """The string values at the fields of each record of ``block``, with its line (a bad
        record, when ``skipped`` is a list: no value, and (line, why) added to ``skipped``).

        >>> list(Jsonl(fields=("t", "a.b")).values('{"t": "x", "a": {"b": "y"}}\\n\\n{"t": 1}\\n'))
        [(1, ['x', 'y']), (3, [])]
        >>> bad: list[tuple[int, str]] = []
        >>> list(Jsonl(fields=("t",)).values('{"t": \\n{"t": "x"}\\n', bad)), bad[0][0]
        ([(1, []), (2, ['x'])], 1)
        """
        paths = self._paths
        known = 0 if skipped is None else len(skipped)
        for n, _, _, found in self._parsed(block, skipped):
            if found is not None:
                yield n, [t for p in paths if (h := found.get(p)) for t in _strings(h[3])]
            elif skipped is not None and len(skipped) > known:  # (not a blank line)
                known = len(skipped)
                yield n, []

    def records(self, fn: Transform, block: str, *, skip: bool) -> Applied:
        paths = self._paths
        adds = [(*p[:-1], a) for p, a in zip(paths, self.add, strict=False)]
        skipped: list[tuple[int, str]] = []
        # pass 1: parse every line and collect the values to convert, in order
        lines = self._parsed(block, skipped if skip else None)
        parsed = [(ln, body, found) for _, ln, body, found in lines]
        values: list[str] = []
        for _, _, found in parsed:
            if found is None:
                continue
            for path in paths:
                hit = found.get(path)
                if hit is not None:
                    values += _strings(hit[3])
        # pass 2: convert them together, then edit each line at the spans of its values
        news = iter(map_values(fn, values))
        out: list[str] = []
        changed = 0
        for line, text_of_line, maybe in parsed:
            body = text_of_line
            if maybe is None:
                out.append(line)
                continue
            found = maybe
            edits: list[tuple[int, int, str]] = []
            for k, path in enumerate(paths):
                hit = found.get(path)
                if hit is None or not isinstance(hit[3], (str, list)):
                    continue
                _, v, e, value = hit
                raw = body[v:e]
                if isinstance(value, str):
                    new: Any = next(news)
                    if not self.add:
                        if new != value:
                            edits.append((v, e, _dump(new, raw)))
                        continue
                    text = _dump(new, raw)
                else:  # a list: each of its strings, in place
                    spans: list[tuple[int, int]] = []
                    _items(body, v, spans)
                    olds = _strings(value)
                    items = [next(news) for _ in olds]
                    if not self.add:
                        edits += [
                            (a, b, _dump(item, body[a:b]))
                            for (a, b), old, item in zip(spans, olds, items, strict=True)
                            if item != old
                        ]
                        continue
                    text = raw
                    for (a, b), item in reversed(list(zip(spans, items, strict=True))):
                        text = text[: a - v] + _dump(item, body[a:b]) + text[b - v :]
                    new = _replaced(value, iter(items))
                target = adds[k]
                there = found.get(target)
                if there is not None:
                    if there[3] != new:
                        raw_there = body[there[1] : there[2]]
                        styled = _dump(new, raw_there) if isinstance(new, str) else text
                        edits.append((there[1], there[2], styled))
                    continue
                colon = body[hit[0] : v]  # the key/value separator as written, e.g. ': '
                sep = ", " if colon.endswith(" ") else ","
                key = f"{sep}{json.dumps(target[-1], ensure_ascii=False)}{colon}"
                edits.append((e, e, key + text))
            if not edits:
                out.append(line)
                continue
            changed += 1
            for a, b, text in sorted(edits, reverse=True) if len(edits) > 1 else edits:
                body = body[:a] + text + body[b:]
            out.append(body + line[len(line.rstrip("\r\n")) :])
        return "".join(out), changed, skipped
