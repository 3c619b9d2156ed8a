"""Each shipped glossary through every format the package writes, read back: how many concepts
come back equal, what comes back of its title, source language and declared languages, and
what ``save`` said it could not hold (interop47).

Concepts are compared by :func:`kept_fields` (ids, each part of each field, each term's fields;
a TBX or MultiTerm gender as TBX reads it; "stated" aside: the comparison
tests/test_glossary_fidelity.py imports from here), and also exactly (``==``). A table is read
back with the source language given (``source_lang=``), as its message says to.

    python -m bench.glossary_fidelity
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from translit.glossary.files import load, save, shipped_path
from translit.glossary.model import Glossary, norm_gender, parts_of


def kept_fields(g: Glossary, tbx: bool = False, stated: bool = True) -> list[Any]:
    """What a round trip must keep of each concept: ids, each part of each text field, each
    term's fields (its status's and type's spelling, whether stated, unless not ``stated``);
    the term's gender read as TBX reads it where ``tbx`` (TBX-Basic's picklist writes
    ``Feminine`` as feminine)."""

    def parts(v: str | None) -> tuple[str, ...] | None:
        return None if v is None else parts_of(v)

    out = []
    for c in g.concepts:
        terms = [
            (
                t.lang, t.text, t.type, getattr(t.type, "spelling", None),
                stated and t.stated("type"), t.status, getattr(t.status, "spelling", None),
                stated and t.stated("status"), t.pos,
                norm_gender(t.gender) if tbx and t.gender else t.gender,
                parts(t.note), parts(t.source), t.id, t.extra,
            )
            for t in c.terms
        ]  # fmt: skip
        out.append(
            (
                c.id,
                parts(c.subject),
                parts(c.source),
                {k: parts_of(v) for k, v in c.notes.items()},
                {k: parts_of(v) for k, v in c.definitions.items()},
                c.extra,
                sorted(terms, key=lambda x: x[0]),  # (a table orders languages by column)
            )
        )
    return out


FORMATS: list[tuple[str, dict[str, Any]]] = [
    ("tbx", {}),
    ("tbx", {"tbx_version": 2}),
    ("csv", {}),
    ("tsv", {}),
    ("xlsx", {}),
    ("multiterm", {}),
    ("csv", {"layout": "bilingual", "source_lang": "ru", "target_lang": "en"}),
    ("po", {"source_lang": "ru", "target_lang": "en"}),
]
SHIPPED = ("ww2-roa.tbx", "soviet-institutions.tbx", "names.csv")


def main() -> None:
    tmp = Path(tempfile.mkdtemp())
    for name in SHIPPED:
        g = load(shipped_path(name))
        print(f"== {name}: {len(g)} concepts, source {g.source_lang!r}, languages {g.languages}")
        for fmt, options in FORMATS:
            out = tmp / f"g.{fmt}"
            said = save(g, out, fmt, **options)
            given = {k: v for k, v in options.items() if k in ("source_lang", "target_lang")}
            if fmt in ("csv", "tsv", "xlsx") and not given and g.source_lang:
                given = {"source_lang": g.source_lang}
            back = load(out, fmt, **given)
            xml = fmt in ("tbx", "multiterm")
            mine, theirs = kept_fields(g, xml, stated=False), kept_fields(back, xml, stated=False)
            same = sum(a == b for a, b in zip(mine, theirs, strict=False))
            exact = sum(a == b for a, b in zip(g.concepts, back.concepts, strict=False))
            print(
                f"  {fmt} {options or ''}: {same}/{len(g)} concepts equal ({exact} exactly); "
                f"title {'kept' if back.title == g.title else 'lost'}, source "
                f"{back.source_lang!r}, languages {back.languages}, warnings {len(back.warnings)}"
            )
            for line in said:
                print(f"     said: {line[:300]}")


if __name__ == "__main__":
    main()
