"""The batch layer as a library: inputs, formats, codecs, encodings, atomic writes, results.

Commands never open files themselves. A command parses its options into a frozen
:class:`RunOptions`, builds a picklable text transform spec (``bind(sample) -> str -> str``) and
calls :func:`run` with a :class:`Plan`; it gets a :class:`RunResult` back (per-input status,
counts, bytes, changed lines, errors with path:line, timings) and progress through an
``on_event`` callback. The CLI is one reporter over it and the Dask engine another, so every
command treats stdin, directory trees, line endings, JSONL/CSV fields, compression, encodings,
atomic output, parallel workers, ``--resume`` and errors the same way.

Modules: :mod:`~translit.io.options` (RunOptions, UsageError), :mod:`~translit.io.inputs`
(which files, which targets, overwrite checks), :mod:`~translit.io.textio` (the one input read
path: decompression, encoding detection, incremental decoding, cutting into blocks),
:mod:`~translit.io.compression` (gzip/bz2/xz/zstd by suffix), :mod:`~translit.io.formats` (the
format registry: text, JSONL, CSV/TSV, Parquet), :mod:`~translit.io.workers` (worker processes
that die with their parent), :mod:`~translit.io.sinks` (outputs, resume manifest),
:mod:`~translit.io.atomic` (temporary file, fsync, rename), :mod:`~translit.io.results` (what a
run returns and tells), :mod:`~translit.io.runner` (the batch), :mod:`~translit.io.pairs`
(aligned translation pairs: a table, two files, XLIFF; ``glossary qa``'s input).
Importing this package imports nothing more; each name loads its module on first use.
"""

from __future__ import annotations

from .._lazy import lazy_names

TYPE_CHECKING = False  # (not typing.TYPE_CHECKING: typing would cost more than the package)

__all__ = [
    "TEMP_PREFIX",
    "AtomicFile",
    "Event",
    "FileResult",
    "InputError",
    "Plan",
    "RunOptions",
    "RunResult",
    "Segment",
    "UsageError",
    "atomic_write",
    "clean_stale",
    "open_source",
    "read_blocks",
    "read_pairs",
    "refuse_overwrite",
    "run",
]

_LAZY = {
    "TEMP_PREFIX": "translit.io.atomic",
    "AtomicFile": "translit.io.atomic",
    "atomic_write": "translit.io.atomic",
    "clean_stale": "translit.io.atomic",
    "InputError": "translit.io.textio",
    "open_source": "translit.io.textio",
    "read_blocks": "translit.io.textio",
    "RunOptions": "translit.io.options",
    "UsageError": "translit.io.options",
    "Plan": "translit.io.runner",
    "run": "translit.io.runner",
    "Event": "translit.io.results",
    "FileResult": "translit.io.results",
    "RunResult": "translit.io.results",
    "refuse_overwrite": "translit.io.inputs",
    "Segment": "translit.io.pairs",
    "read_pairs": "translit.io.pairs",
}

if TYPE_CHECKING:  # pragma: no cover - for type checkers and IDEs only
    from .atomic import TEMP_PREFIX, AtomicFile, atomic_write, clean_stale
    from .inputs import refuse_overwrite
    from .options import RunOptions, UsageError
    from .pairs import Segment, read_pairs
    from .results import Event, FileResult, RunResult
    from .runner import Plan, run
    from .textio import InputError, open_source, read_blocks


__getattr__, __dir__ = lazy_names(__name__, _LAZY)
