"""The one I/O layer of the command line: inputs, formats, encodings, atomic writes, batches.

Commands never open files themselves. A command parses its options, builds a picklable text
transform spec (``bind(sample) -> str -> str``) and calls :func:`run`, so that every command
treats stdin, directory trees, line endings, JSONL/CSV fields, encodings, atomic output,
parallel workers, ``--resume`` and error reporting the same way.

Modules: :mod:`~translit.io.atomic` (temporary file, fsync, rename),
:mod:`~translit.io.textio` (encoding detection, incremental decoding, cutting into blocks),
:mod:`~translit.io.formats` (text, JSONL, CSV/TSV), :mod:`~translit.io.parquet` (optional),
:mod:`~translit.io.inputs` (which files, which targets), :mod:`~translit.io.runner` (the batch).
Importing this package imports only the small atomic-write module; the rest loads on use.
"""

from __future__ import annotations

from .._lazy import lazy_names
from .atomic import TEMP_PREFIX, AtomicFile, atomic_write, clean_stale

TYPE_CHECKING = False  # (not typing.TYPE_CHECKING: typing would cost more than the package)

__all__ = [
    "TEMP_PREFIX",
    "AtomicFile",
    "InputError",
    "RunOptions",
    "UsageError",
    "atomic_write",
    "clean_stale",
    "read_blocks",
    "run",
]

_LAZY = {
    "InputError": "translit.io.textio",
    "read_blocks": "translit.io.textio",
    "RunOptions": "translit.io.runner",
    "run": "translit.io.runner",
    "UsageError": "translit.io.inputs",
}

if TYPE_CHECKING:  # pragma: no cover - for type checkers and IDEs only
    from .inputs import UsageError
    from .runner import RunOptions, run
    from .textio import InputError, read_blocks


__getattr__, __dir__ = lazy_names(__name__, _LAZY)
