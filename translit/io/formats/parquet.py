"""Parquet files (optional: needs the ``parquet`` extra, i.e. pyarrow).

The string values of the chosen columns are converted one record batch at a time; every other
column, the schema and the file metadata are written back unchanged. Nulls stay null; a column
that is not a string column is an error. With ``add`` names the result goes to a new column
placed right after its source.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, BinaryIO, ClassVar

from ..options import UsageError
from ..textio import InputError
from . import Format, register

__all__ = ["Parquet", "convert_parquet"]


@register
@dataclass(frozen=True)
class Parquet(Format):
    """Columns of a Parquet file to convert (and, optionally, the names of result columns)."""

    columns: tuple[str, ...] = ()
    add: tuple[str, ...] = ()
    kinds: ClassVar[tuple[str, ...]] = ("parquet",)
    extensions: ClassVar[dict[str, tuple[str, ...]]] = {"parquet": (".parquet", ".pq")}
    selects: ClassVar[str] = "columns"
    summary: ClassVar[str] = "the string columns of `columns` (needs pyarrow)"
    streams: ClassVar[bool] = False
    name = "parquet"

    def __post_init__(self) -> None:
        if self.add and len(self.add) != len(self.columns):
            raise UsageError("give one `add_columns` name per `columns` entry")

    @classmethod
    def build(cls, kind: str, **options: Any) -> Parquet:
        columns = options["columns"] or options["fields"]
        if not columns:
            raise UsageError(f"{options['path']}: Parquet input needs `columns`")
        return cls(columns=columns, add=options["add"])

    def convert_file(self, source: str, out: BinaryIO, spec: Any) -> tuple[int, int]:
        return convert_parquet(source, out, self, spec)


def _pyarrow() -> Any:
    try:
        import pyarrow as pa  # type: ignore[import-untyped,unused-ignore]
        import pyarrow.parquet as pq  # type: ignore[import-untyped,unused-ignore]
    except ImportError:
        raise InputError("Parquet needs pyarrow: pip install 'translit-kit[parquet]'") from None
    return pa, pq


def convert_parquet(
    source: str, out: BinaryIO, fmt: Parquet, spec: Any, batch_rows: int = 65536
) -> tuple[int, int]:
    """Convert ``fmt.columns`` of ``source`` into ``out``; return (rows, changed values)."""
    pa, pq = _pyarrow()
    pf = pq.ParquetFile(source)
    schema = pf.schema_arrow
    for c in fmt.columns:
        if c not in schema.names:
            raise InputError(f"no column {c!r}; the file has: {', '.join(schema.names)}")
        if not (
            pa.types.is_string(schema.field(c).type)
            or pa.types.is_large_string(schema.field(c).type)
        ):
            raise InputError(f"column {c!r} is {schema.field(c).type}, not text")
    out_schema = schema
    if fmt.add:
        fields = []
        for f in schema:
            fields.append(f)
            if f.name in fmt.columns:
                fields.append(pa.field(fmt.add[fmt.columns.index(f.name)], f.type))
        out_schema = pa.schema(fields, metadata=schema.metadata)
    fn: Callable[[str], str] | None = None
    rows = changed = 0
    writer = pq.ParquetWriter(out, out_schema)
    try:
        for batch in pf.iter_batches(batch_size=batch_rows):
            if fn is None:
                sample = "\n".join(
                    v for c in fmt.columns for v in batch.column(c).to_pylist()[:200] if v
                )
                bind = getattr(spec, "bind", None)
                fn = bind(sample) if bind is not None else spec
            arrays = dict(zip(batch.schema.names, batch.columns, strict=True))
            new: dict[str, Any] = {}
            for c in fmt.columns:
                values = arrays[c].to_pylist()
                done = [None if v is None else fn(v) for v in values]
                changed += sum(a != b for a, b in zip(values, done, strict=True))
                new[c] = pa.array(done, type=arrays[c].type)
            columns = []
            for f in out_schema:
                if fmt.add and f.name in fmt.add:
                    columns.append(new[fmt.columns[fmt.add.index(f.name)]])
                elif not fmt.add and f.name in new:
                    columns.append(new[f.name])
                else:
                    columns.append(arrays[f.name])
            writer.write_batch(pa.RecordBatch.from_arrays(columns, schema=out_schema))
            rows += batch.num_rows
    finally:
        writer.close()
    return rows, changed
