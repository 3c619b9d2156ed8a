"""Parquet files (optional: needs the ``parquet`` extra, i.e. pyarrow).

The string values of the chosen columns are converted one record batch at a time; every other
column, the schema and the file metadata are written back unchanged. Nulls stay null; a column
that is not a string column is an error (a dictionary-encoded one, pandas' ``category``, is
one, and stays dictionary-encoded). With ``add`` names the result goes to a new column
placed right after its source. A codec suffix (``d.parquet.gz``) is decompressed on input (into
an unnamed temporary file: Parquet is read by seeking) and the output is compressed by the
runner, as for any format.

**Why not** :meth:`Format.cut` **and** :meth:`Format.apply`: those work on *text* — the runner
decodes an input into ``str`` blocks, counts their lines, sends them to the workers and encodes
the converted text into the output. A Parquet file is binary and columnar: it cannot be decoded
into text, and its bytes cannot be cut anywhere but at row groups, with the footer (the schema
and where each row group is) at the end. Its counterparts are :meth:`Parquet.batches` (the cut:
record batches of ``batch_rows`` rows) and :meth:`Parquet.apply_batch` (the conversion of one
batch, its values converted in one call per column by
:func:`~translit.io.formats.map_values`), which :meth:`Parquet.convert_file` runs in the
runner's process (``streams = False``, so ``-j`` does not split a Parquet file).

Memory: pyarrow reads a whole row group (its size is the writer's choice) and the values of a
batch are Python strings while they are converted: batches of 8192 rows kept the peak at
≈ 230 MB for a 75,000-row file written as one row group (65,536 rows: ≈ 375 MB and slower).
"""

from __future__ import annotations

import io
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from itertools import compress, repeat
from operator import is_not, ne
from typing import Any, BinaryIO, ClassVar

from ...errors import describe, shown
from ..compression import codec_of, wrap_input
from ..options import UsageError
from ..textio import RECORD_SAMPLE, InputError, undecompressed
from ._base import (
    Format,
    Transform,
    add_counts,
    for_records,
    map_values,
    refuse_taken,
    register,
    transform_counts,
)
from ._base import listed as _listed

__all__ = ["Parquet", "convert_parquet"]


@register
@dataclass(frozen=True, eq=False, repr=False)  # (see ARCHITECTURE.md, "Start-up")
class Parquet(Format):
    """Columns of a Parquet file to convert (and, optionally, the names of result columns)."""

    columns: tuple[str, ...] = ()
    add: tuple[str, ...] = ()
    kinds: ClassVar[tuple[str, ...]] = ("parquet",)
    extensions: ClassVar[dict[str, tuple[str, ...]]] = {"parquet": (".parquet", ".pq")}
    selects: ClassVar[str] = "columns"
    reads: ClassVar[tuple[str, ...]] = ("columns", "add_columns", "fields", "add_fields")
    title: ClassVar[str] = "Parquet"
    summary: ClassVar[str] = "the string columns of `columns` (needs pyarrow)"
    streams: ClassVar[bool] = False
    name = "parquet"

    def __post_init__(self) -> None:
        if self.add and len(self.add) != len(self.columns):
            raise UsageError("give one `add_columns` name per `columns` entry")
        if not self.add:  # a column named twice is converted once (it was converted twice,
            object.__setattr__(self, "columns", tuple(dict.fromkeys(self.columns)))  # counted
            # twice: 4 changed values in 3 rows)

    @classmethod
    def build(cls, kind: str, **options: Any) -> Parquet:
        columns = options["columns"] or options["fields"]
        if not columns:
            raise UsageError(f"{options['path']}: Parquet input needs `columns`")
        return cls(columns=columns, add=options["add"])

    def open(self, source: str) -> Any:
        """The ``pyarrow.parquet.ParquetFile`` of ``source`` (decompressed if its name says so);
        a column that is missing or not text is an :class:`InputError`."""
        pa, pq = _pyarrow()
        where: Any = source
        if codec_of(source):
            with open(source, "rb") as raw:
                where = _spooled(wrap_input(raw, source))
        try:
            pf = pq.ParquetFile(where)
        except (pa.ArrowException, OSError) as exc:
            if where is not source:
                where.close()
            if isinstance(exc, OSError) and exc.errno is not None and exc.filename is None:
                # pyarrow's "Failed to open local file" names no file: the runner took it for
                # the output's, "its folder was removed … while the run wrote there"
                raise OSError(exc.errno, os.strerror(exc.errno), source) from None
            raise _unreadable(exc) from None
        try:
            self._check(pf.schema_arrow)
        except BaseException:
            pf.close(force=True)  # (a decompressed input's temporary file too)
            raise
        return pf

    def _check(self, schema: Any) -> None:
        """An :class:`InputError` for a chosen column that ``schema`` lacks, holds twice or
        holds as no text, or a new column that it holds already."""
        pa, _ = _pyarrow()
        for c in self.columns:
            where = [str(n) for n, name in enumerate(schema.names, 1) if name == c]
            if len(where) > 1:  # (pyarrow's own words: 'Column t does not exist in schema')
                raise InputError(
                    f"the file names column {shown(c)} more than once (columns {', '.join(where)}); "
                    "rename one: a Parquet column is chosen by its name"
                )
            if c not in schema.names:
                raise InputError(f"no column {shown(c)}; the file has: {_listed(schema.names)}")
            kind = schema.field(c).type
            if pa.types.is_dictionary(kind):  # pandas' category, R's factor: text all the same
                kind = kind.value_type  # (it was "dictionary<values=string, …>, not text")
            if not _is_text(pa, kind):
                raise InputError(
                    f"column {shown(c)} is {kind}, not text: convert text columns only, "
                    "or store this one as strings (pyarrow's pa.string())"
                )
        refuse_taken(self.add, schema.names)

    def out_schema(self, schema: Any) -> Any:
        """The schema of the output: ``schema``, with each ``add`` column after its source."""
        if not self.add:
            return schema
        pa, _ = _pyarrow()
        fields = []
        for f in schema:
            fields.append(f)
            if f.name in self.columns:
                fields.append(pa.field(self.add[self.columns.index(f.name)], f.type))
        return pa.schema(fields, metadata=schema.metadata)

    def batches(self, pf: Any, batch_rows: int = 8192) -> Iterator[Any]:
        """The cut: the file's record batches of at most ``batch_rows`` rows (a row group
        that cannot be read is an :class:`InputError`)."""
        pa, _ = _pyarrow()
        read = pf.iter_batches(batch_size=batch_rows)
        while True:
            try:
                batch = next(read)
            except StopIteration:
                return
            except (pa.ArrowException, OSError) as exc:  # (a plain OSError: "Corrupt snappy
                raise _unreadable(exc) from None  # compressed data.", told of the output file)
            yield batch

    def sample(self, batch: Any) -> str:
        """The first values of the chosen columns of ``batch`` (for language detection)."""
        return "\n".join(
            v for c in self.columns for v in batch.column(c).to_pylist()[:RECORD_SAMPLE] if v
        )

    def apply_batch(self, fn: Transform, batch: Any, schema: Any) -> tuple[Any, int]:
        """(``batch`` converted into ``schema``, number of rows changed, as a CSV counts its
        records): one call of ``fn`` per column for all its values
        (:func:`~translit.io.formats.map_values`)."""
        pa, _ = _pyarrow()
        arrays = dict(zip(batch.schema.names, batch.columns, strict=True))
        new: dict[str, Any] = {}
        changed: set[int] = set()
        for c in self.columns:
            values = arrays[c].to_pylist()
            present = list(compress(range(len(values)), map(is_not, values, repeat(None))))
            olds = [values[n] for n in present]
            news = map_values(fn, olds)
            changed.update(compress(present, map(ne, olds, news)))
            for n, value in zip(present, news, strict=True):
                values[n] = value
            new[c] = pa.array(values, type=arrays[c].type)
        columns = []
        for f in schema:
            if self.add and f.name in self.add:
                columns.append(new[self.columns[self.add.index(f.name)]])
            elif not self.add and f.name in new:
                columns.append(new[f.name])
            else:
                columns.append(arrays[f.name])
        return pa.RecordBatch.from_arrays(columns, schema=schema), len(changed)

    def convert_file(
        self, source: str, out: BinaryIO, spec: Any, info: dict[str, Any] | None = None
    ) -> tuple[int, int]:
        return convert_parquet(source, out, self, spec, info)


def _spooled(stream: BinaryIO) -> BinaryIO:
    """The decompressed bytes of ``stream`` in an unnamed temporary file, for pyarrow to read by
    seeking: they were read into memory, and 400 KB of gzip holding 400 MiB of zeros took
    900 MB (4 MB holding 4 GiB: 8.4 GB) before pyarrow found no Parquet file in them. Bytes
    that do not start with Parquet's magic number are refused at once, not after all of them.
    The file has no name (it is gone with the process, even one killed by SIGKILL), in the
    system's temporary folder (``TMPDIR``): a file decompressed takes its size there."""
    try:
        head = stream.read(len(_MAGIC))
        if head != _MAGIC:
            raise _unreadable(
                ValueError(f"it does not start with Parquet's magic bytes {_MAGIC!r}")
            )
        # (tempfile, and the random and hashlib it imports, only for a compressed Parquet input:
        # every run imports this module, and test_startup holds a small run to what it uses)
        import shutil
        import tempfile

        spool = tempfile.TemporaryFile()  # noqa: SIM115 (the caller's, closed with its ParquetFile)
        try:
            spool.write(head)
            shutil.copyfileobj(stream, spool, 1 << 20)
            spool.seek(0)
        except BaseException:
            spool.close()
            raise
    except (EOFError, ValueError) as exc:
        raise undecompressed(exc) from None
    except OSError as exc:
        if exc.errno is not None:  # (the disk's: no space for the temporary file)
            raise
        raise undecompressed(exc) from None
    return spool


#: The first (and last) four bytes of every Parquet file.
_MAGIC = b"PAR1"


def _unreadable(exc: BaseException) -> InputError:
    """The error of a file pyarrow cannot read: its words ("Parquet magic bytes not found in
    footer. Either the file is corrupted or this is not a parquet file.", "Invalid base64
    input") were the whole message, with nothing said of what to do. An :class:`OSError` with
    an errno (the disk's, the file system's) is raised as it is."""
    if isinstance(exc, OSError) and exc.errno is not None:
        raise exc
    why = " ".join(describe(exc).split()).removesuffix(".")
    return InputError(
        f"not a readable Parquet file ({why}); it is damaged, cut short or no Parquet file: "
        "check the copy, or write it again from its source"
    )


def _is_text(pa: Any, kind: Any) -> bool:
    """Whether the Arrow type ``kind`` holds text: ``string``, ``large_string`` or
    ``string_view`` (pyarrow 16 and later: what Polars 1.38 wrote, its ``Utf8View``, and what
    arrow-rs writers keep in the file's Arrow schema; it was "string_view, not text")."""
    is_view = getattr(pa.types, "is_string_view", None)  # (pyarrow 14 and 15 have no view type)
    return bool(
        pa.types.is_string(kind)
        or pa.types.is_large_string(kind)
        or (is_view is not None and is_view(kind))
    )


def _pyarrow() -> Any:
    try:
        import pyarrow as pa  # type: ignore[import-untyped,unused-ignore]
        import pyarrow.parquet as pq  # type: ignore[import-untyped,unused-ignore]
    except ImportError:
        raise InputError("Parquet needs pyarrow: pip install 'translit-kit[parquet]'") from None
    return pa, pq


def convert_parquet(
    source: str,
    out: BinaryIO | io.BytesIO,
    fmt: Parquet,
    spec: Any,
    info: dict[str, Any] | None = None,
) -> tuple[int, int]:
    """Convert ``fmt.columns`` of ``source`` into ``out``; return (rows, changed rows).
    ``info``: the input's report entry, given the bound transform's ``info`` and counts."""
    _, pq = _pyarrow()
    pf = fmt.open(source)
    schema = fmt.out_schema(pf.schema_arrow)
    fn: Callable[[str], str] | None = None
    rows = changed = 0
    writer = pq.ParquetWriter(out, schema)
    try:
        for batch in fmt.batches(pf):
            if fn is None:
                bind = getattr(spec, "bind", None)
                fn = for_records(bind(fmt.sample(batch)) if bind is not None else spec)
                if info is not None:
                    info.update(getattr(fn, "info", {}) or {})
            done, n = fmt.apply_batch(fn, batch, schema)
            counts = transform_counts(fn)  # (taken after each batch, as a block's)
            if info is not None:
                add_counts(info, counts)
            writer.write_batch(done)
            rows += batch.num_rows
            changed += n
    finally:
        writer.close()
        pf.close(force=True)  # (a decompressed input's temporary file too)
    return rows, changed
