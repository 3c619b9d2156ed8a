"""JSON Lines: convert the string values at ``fields`` paths (dots for nesting) of each line.

The line is edited in place: other keys, their order, spacing and escapes, and non-string values
at the paths (numbers, null, lists, objects) are left exactly as they were. With ``add`` names
the result is written *beside* the source (a new key right after the source key in the same
object) and the source is kept; an existing key of that name is overwritten in place.

    >>> Jsonl(fields=("text",)).apply(str.upper, '{"id": 1, "text": "abc"}\\n')
    ('{"id": 1, "text": "ABC"}\\n', 1)
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from json.decoder import scanstring  # type: ignore[attr-defined]
from typing import Any, ClassVar

from ..textio import InputError, cut_lines
from . import Applied, Format, Transform, register

__all__ = ["Jsonl"]


_WS = re.compile(r"[ \t\n\r]*")
_DECODER = json.JSONDecoder()


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

    ``found[path] = (key_end, value_start, value_end, value)``.
    """
    i = _skip_ws(s, i + 1)
    if s.startswith("}", i):
        return i + 1
    while True:
        if not s.startswith('"', i):
            raise ValueError(f"expected a key at column {i + 1}")
        key, key_end = scanstring(s, i + 1)
        i = _skip_ws(s, key_end)
        if not s.startswith(":", i):
            raise ValueError(f"expected ':' at column {i + 1}")
        v = _skip_ws(s, i + 1)
        path = (*prefix, key)
        if path in inner and s.startswith("{", v):
            end = _walk(s, v, path, wanted=wanted, inner=inner, found=found)
        else:
            value, end = _DECODER.raw_decode(s, v)
            if path in wanted:
                found[path] = (key_end, v, end, value)
        i = _skip_ws(s, end)
        if s.startswith(",", i):
            i = _skip_ws(s, i + 1)
            continue
        if s.startswith("}", i):
            return i + 1
        raise ValueError(f"expected ',' or '}}' at column {i + 1}")


def _lines(block: str) -> list[str]:
    """``block`` cut after each ``\n`` only (str.splitlines also cuts at U+0085, U+2028…)."""
    parts = block.split("\n")
    last = parts.pop()
    out = [p + "\n" for p in parts]
    if last:
        out.append(last)
    return out


def _dump(value: str, like: str) -> str:
    return json.dumps(value, ensure_ascii="\\u" in like)


@register
@dataclass(frozen=True)
class Jsonl(Format):
    """JSON Lines: convert the string values at ``fields`` (dotted paths) of every line."""

    fields: tuple[str, ...] = ()
    add: tuple[str, ...] = ()
    kinds: ClassVar[tuple[str, ...]] = ("jsonl",)
    extensions: ClassVar[dict[str, tuple[str, ...]]] = {"jsonl": (".jsonl", ".ndjson", ".json")}
    selects: ClassVar[str] = "fields"
    summary: ClassVar[str] = "the string values at --field paths of each JSON line"
    name = "jsonl"
    _paths: tuple[tuple[str, ...], ...] = field(default=(), repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.add and len(self.add) != len(self.fields):
            raise ValueError("give one --add-field per --field")
        object.__setattr__(self, "_paths", tuple(tuple(f.split(".")) for f in self.fields))

    @classmethod
    def build(cls, kind: str, **options: Any) -> Jsonl:
        if not options["fields"]:
            raise ValueError(f"{options['path']}: JSONL input needs --field NAME")
        return cls(fields=options["fields"], add=options["add"])

    def cut(self, buf: str) -> int:
        return cut_lines(buf)

    def sample(self, block: str) -> str:
        out = []
        for line in _lines(block[:65536]):
            try:
                obj = json.loads(line)
            except ValueError:
                continue
            for path in self._paths:
                value: Any = obj
                for key in path:
                    value = value.get(key) if isinstance(value, dict) else None
                if isinstance(value, str):
                    out.append(value)
        return "\n".join(out)

    def apply(self, fn: Transform, block: str) -> tuple[str, int]:
        out, changed, _ = self._apply(fn, block, skip=False)
        return out, changed

    def apply_skipping(self, fn: Transform, block: str) -> Applied:
        return self._apply(fn, block, skip=True)

    def _apply(self, fn: Transform, block: str, *, skip: bool) -> Applied:
        paths = self._paths
        adds = [(*p[:-1], a) for p, a in zip(paths, self.add, strict=False)]
        wanted = frozenset((*paths, *adds))
        inner = frozenset(p[:k] for p in wanted for k in range(1, len(p)))
        out: list[str] = []
        changed = 0
        skipped: list[tuple[int, str]] = []
        for n, line in enumerate(_lines(block), 1):
            body = line.rstrip("\r\n")
            start = _skip_ws(body, 1 if body.startswith("\ufeff") else 0)  # a BOM stays
            if start == len(body):
                out.append(line)
                continue
            found: dict[tuple[str, ...], tuple[int, int, int, Any]] = {}
            try:
                if not body.startswith("{", start):
                    raise InputError("not a JSON object", n)
                try:
                    end = _walk(body, start, (), wanted=wanted, inner=inner, found=found)
                except ValueError as exc:
                    raise InputError(f"not valid JSON: {exc}", n) from None
                if body[end:].strip(" \t"):
                    raise InputError(f"not valid JSON: extra data at column {end + 1}", n)
            except InputError as exc:
                if not skip:
                    raise
                skipped.append((n, exc.message))
                out.append(line)  # kept as it was, and reported
                continue
            edits: list[tuple[int, int, str]] = []
            for k, path in enumerate(paths):
                hit = found.get(path)
                if hit is None or not isinstance(hit[3], str):
                    continue
                _, v, e, value = hit
                new = fn(value)
                raw = body[v:e]
                if not self.add:
                    if new != value:
                        edits.append((v, e, _dump(new, raw)))
                    continue
                target = adds[k]
                there = found.get(target)
                if there is not None:
                    if there[3] != new:
                        edits.append((there[1], there[2], _dump(new, body[there[1] : there[2]])))
                    continue
                colon = body[hit[0] : v]  # the key/value separator as written, e.g. ': '
                sep = ", " if colon.endswith(" ") else ","
                text = f"{sep}{json.dumps(target[-1], ensure_ascii=False)}{colon}"
                edits.append((e, e, text + _dump(new, raw)))
            if not edits:
                out.append(line)
                continue
            changed += 1
            for a, b, text in sorted(edits, reverse=True):
                body = body[:a] + text + body[b:]
            out.append(body + line[len(line.rstrip("\r\n")) :])
        return "".join(out), changed, skipped
