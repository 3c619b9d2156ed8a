"""The format registry: where the text to convert is in a block, and how the result goes back.

Every module of this package registers its :class:`Format` classes with :func:`register`; the
registry is filled on first use by importing the package's modules, so **a new format is one
module here** (plus its tests). The command line builds its ``--format`` choices and help from
:func:`names` and :func:`describe`, and :func:`format_for` picks a format from the options and
the file name (compression suffixes such as ``.gz`` are looked through: see
:mod:`translit.io.compression`).

A format applies a text transform (``str -> str``) to the parts of a block that hold text and
leaves every other byte as it was. It learns what the cutting needs from the head of a file
before any block is cut (:meth:`Format.prepare`, e.g. a CSV's sniffed delimiter), says where a
block may end (:meth:`Format.cut`), binds to a file from its first block (:meth:`Format.start`, e.g. a CSV header), gives a sample for
language detection (:meth:`Format.sample`) and converts a block (:meth:`Format.apply`, or
:meth:`Format.apply_skipping` for ``on_error="skip"``, which passes a bad record through
unchanged and reports its line). A format that cannot be cut into text blocks (Parquet) sets
``streams = False`` and converts a whole file in :meth:`Format.convert_file`.

Formats are small picklable objects: worker processes receive them with each block.

    >>> format_for("a.jsonl", fields=("text",)).name
    'jsonl'
    >>> "csv" in names() and "parquet" in names()
    True
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Callable, Iterator
from itertools import chain
from typing import Any

from ...script import line_ends
from ..options import UsageError
from ..reading import Reading
from ..textio import InputError, open_source
from ._base import (
    REGISTRY,
    SEP,
    SKIP_HINT,
    Applied,
    Format,
    RecordFormat,
    Transform,
    add_counts,
    for_records,
    indexes,
    listed,
    map_values,
    refuse_taken,
    register,
    transform_counts,
)

__all__ = [
    "SEP",
    "SKIP_HINT",
    "Applied",
    "Format",
    "RecordFormat",
    "Transform",
    "add_counts",
    "describe",
    "for_records",
    "format_for",
    "indexes",
    "kinds",
    "listed",
    "map_values",
    "names",
    "record_values",
    "refuse_taken",
    "register",
    "registry",
    "transform_counts",
]

_LOADED = False


def record_values(
    fmt: RecordFormat,
    path: str,
    encoding: str = "auto",
    errors: str = "strict",
    *,
    chunk_size: int = 1 << 20,
    warn: Callable[[int, str], None] | None = None,
    skipped: list[tuple[int, str]] | None = None,
    hint: bool = False,
    sample: Callable[[str], None] | None = None,
) -> Iterator[tuple[int, list[str]]]:
    """The selected values of each record of the input ``path`` (``"-"``: stdin), with its
    line in the file, read as a run converts it: opened, decoded, cut into blocks and bound
    to its header by the runner's own :class:`~translit.io.reading.Reading`, so a record,
    its line and a bad record's message are the ones ``translit romanize`` finds
    (``translit detect --field/--column`` reads so); ``warn``: see
    :func:`~translit.io.textio.open_source`. ``skipped``: a list, to skip a bad record as
    ``on_error="skip"`` does (no value; its line in the file and why added to the list, before
    its row is given); else it raises :class:`InputError` at its line, its message ending with
    :data:`SKIP_HINT` when ``hint`` (as a run's, for a caller that offers the skip).
    ``sample``: called, before any record is given, with the first block's sample, the text
    a run binds its transform to (:meth:`~translit.io.reading.First.sample`: the file's
    language under ``--lang auto``).

    >>> import os, tempfile
    >>> path = os.path.join(tempfile.mkdtemp(), "a.csv")
    >>> with open(path, "w", encoding="utf-8") as fh:
    ...     _ = fh.write('id;name\\n1;"Щука\\nЛещ"\\n2;Ёж\\n')
    >>> list(record_values(format_for(path, columns=("name",)), path))
    [(2, ['Щука\\nЛещ']), (4, ['Ёж'])]
    """
    with open_source(path, encoding, errors, warn=warn) as src:
        first, blocks = Reading(src, fmt).text_blocks(chunk_size)
        bound, rest, line = first.fmt, first.rest, 1 + first.lines  # (after a header)
        if sample is not None:
            text, blocks = first.sampled(blocks)
            sample(text)
        if warn is not None:  # (a mistyped name: as the runner warns of it)
            for message in bound.unmatched_warnings(first.text):
                warn(0, message)
        del first  # (its text: the whole first block, held through the loop)
        assert isinstance(bound, RecordFormat) and isinstance(rest, str)
        taken = len(skipped or ())  # (the bad records listed before, of earlier blocks too)
        for block in chain((rest,), blocks):
            bad: list[tuple[int, str]] | None = None if skipped is None else []
            try:
                for at, values in bound.values(block, bad):
                    if bad and skipped is not None and len(skipped) < taken + len(bad):
                        skipped.append((line + bad[-1][0] - 1, bad[-1][1]))  # (in the file)
                    yield line + at - 1, values
            except InputError as exc:
                why = f"{exc.message}; {SKIP_HINT}" if hint else exc.message
                raise InputError(why, line + exc.line - 1 if exc.line else 0) from None
            line += line_ends(block)
            taken += len(bad or ())


def registry() -> dict[str, type[Format]]:
    """Every registered kind → its class (imports this package's modules once)."""
    global _LOADED
    if not _LOADED:
        folder = os.path.dirname(__file__)
        for name in sorted(os.listdir(folder)):
            if name.endswith(".py") and not name.startswith("_"):
                importlib.import_module(f"{__name__}.{name[:-3]}")
        _LOADED = True
    return dict(REGISTRY)


#: what :func:`kinds` tells of a kind: (kind, its class's module, file endings, what it
#: selects, the options it reads)
Kind = tuple[str, str, tuple[str, ...], str, tuple[str, ...]]


def _kinds_now() -> list[Kind]:
    return [
        (kind, cls.__module__, tuple(cls.extensions.get(kind, ())), cls.selects, tuple(cls.reads))
        for kind, cls in registry().items()
    ]


def kinds() -> list[Kind]:
    """Every registered kind as :func:`format_for` and the runner's option checks read it
    (in registration order), without importing every format's module: from the copy a
    process kept of it (``_datafiles.kept_copy``: stale when any file of the package
    changes; kept under Python's bytecode settings), else from :func:`registry`. A run of
    one text file so imports the text format alone (the others: ~25 M instructions).

    >>> [k for k in kinds() if k[0] == "text"]
    [('text', 'translit.io.formats.text', ('.txt',), '', ())]
    """
    if _LOADED or any(not cls.__module__.startswith(f"{__name__}.") for cls in REGISTRY.values()):
        return _kinds_now()  # (loaded, or a format registered from outside: as registered)
    from ..._datafiles import kept_copy

    return kept_copy(__file__, _kinds_now, "kinds.")


def _format_class(kind: str) -> type[Format] | None:
    """The class of ``kind``, its module imported (not the others')."""
    if kind not in REGISTRY:
        module = next((m for k, m, *_ in kinds() if k == kind), None)
        if module is not None:
            importlib.import_module(module)
    return REGISTRY.get(kind) or registry().get(kind)


def names() -> list[str]:
    """The ``--format`` choices: ``auto`` then every registered kind, in registration order."""
    return ["auto", *registry()]


def describe() -> str:
    """One line per kind for ``--help``: its name, file endings and what it converts."""
    parts = []
    for kind, cls in registry().items():
        ends = "/".join(cls.extensions.get(kind, ()))
        parts.append(f"{kind} ({ends})" if ends else kind)
    return ", ".join(parts)


def format_for(
    path: str,
    kind: str = "auto",
    *,
    fields: tuple[str, ...] = (),
    columns: tuple[str, ...] = (),
    add: tuple[str, ...] = (),
    delimiter: str | None = None,
    quote: str | None = None,
    header: bool = True,
) -> Format:
    """The format of ``path`` (``kind="auto"``: from the extension, then the options given).

    >>> format_for("a.tsv.gz", columns=("1",)).delimiter == "\\t"
    True
    """
    from ..compression import strip_suffix

    if kind == "auto":
        low = strip_suffix(path.lower())
        known = kinds()
        found = [k for k, _, ends, _, _ in known if low.endswith(ends)]
        if found:
            kind = found[0]
        else:
            wanted = "fields" if fields else "columns" if columns else ""
            kind = next(k for k, _, _, selects, _ in known if selects == wanted)
            if kind == "csv" and delimiter == "\t":
                kind = "tsv"
    cls = _format_class(kind)
    if cls is None:
        raise UsageError(f"unknown format {kind!r}; known: {', '.join(registry())}")
    return cls.build(
        kind,
        path=path,
        fields=fields,
        columns=columns,
        add=add,
        delimiter=delimiter,
        quote=quote,
        header=header,
    )


def __getattr__(name: str) -> Any:
    """The format classes by name (``Text``, ``Jsonl``, ``Csv``, ``Parquet``)."""
    for cls in registry().values():
        if cls.__name__ == name:
            return cls
    raise AttributeError(name)
