"""The options of a batch run: one frozen dataclass for the CLI, the library and Dask.

Each field says, in its metadata, the command-line flag that sets it (``flag``) and whether it
changes the bytes of an output (``key``). The resume key (:meth:`RunOptions.resume_key`) is
derived from the ``key`` fields, so a new option that changes outputs cannot be forgotten there;
options that only say *where* results go or *how* the run is shown (``jobs``, ``quiet``,
``out_dir``…) are left out on purpose, so ``--resume`` still works with another ``-j``.

    >>> RunOptions(globs=("*.txt",)).clashes()[0].params
    ('globs', 'recursive')
    >>> RunOptions(jobs=1).resume_key("spec") == RunOptions(jobs=4).resume_key("spec")
    True
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from typing import Any

from ..errors import ParameterError

__all__ = ["FLAGS", "ON_ERROR", "RunOptions", "UsageError"]

ON_ERROR = ("fail", "skip")


class UsageError(ParameterError):
    """Options or inputs that cannot work together (the CLI's exit code 2).

    ``params`` names the clashing :class:`RunOptions` fields; the message names them in
    backquotes, as every library message does (the CLI puts the flags there);
    :meth:`render` words it with other names.

    >>> e = UsageError("{0} needs {1}", ("globs", "recursive"))
    >>> str(e), e.render({"globs": "--glob", "recursive": "-r"})
    ('`globs` needs `recursive`', '--glob needs -r')
    """

    def __init__(self, message: str, params: tuple[str, ...] = ()) -> None:
        self.template = message
        self.params = params
        super().__init__(message.format(*(f"`{p}`" for p in params)) if params else message)

    def render(self, names: Mapping[str, str]) -> str:
        """The message with each parameter named by ``names`` (unknown ones keep their name)."""
        if not self.params:
            return str(self)
        return self.template.format(*(names.get(p, p) for p in self.params))


def _opt(default: Any, flag: str, *, key: bool, factory: bool = False) -> Any:
    meta = {"flag": flag, "key": key}
    if factory:
        return field(default_factory=default, metadata=meta)
    return field(default=default, metadata=meta)


@dataclass(frozen=True)
class RunOptions:
    """Every option of a batch run (see the module docstring; defaults are the CLI's)."""

    # which inputs
    recursive: bool = _opt(False, "--recursive", key=False)
    globs: tuple[str, ...] = _opt((), "--glob", key=False)
    # where results go
    output: str | None = _opt(None, "--output", key=False)
    out_dir: str | None = _opt(None, "--out-dir", key=False)
    in_place: bool = _opt(False, "--in-place", key=False)
    backup: str | None = _opt(None, "--backup", key=False)
    suffix: str | None = _opt(None, "--suffix", key=False)
    report: str | None = _opt(None, "--report-json", key=False)
    # what is converted, and how the bytes are read and written
    format: str = _opt("auto", "--format", key=True)
    fields: tuple[str, ...] = _opt((), "--field", key=True)
    columns: tuple[str, ...] = _opt((), "--column", key=True)
    add_fields: tuple[str, ...] = _opt((), "--add-field", key=True)
    add_columns: tuple[str, ...] = _opt((), "--add-column", key=True)
    delimiter: str | None = _opt(None, "--delimiter", key=True)
    quote: str | None = _opt(None, "--quote", key=True)
    header: bool = _opt(True, "--header/--no-header", key=True)
    encoding: str = _opt("auto", "--encoding", key=True)
    output_encoding: str = _opt("utf-8", "--output-encoding", key=True)
    errors: str = _opt("strict", "--errors", key=True)
    on_error: str = _opt("fail", "--on-error", key=True)
    # how the run goes and is shown
    jobs: int = _opt(0, "-j", key=False)  # 0: the number of CPUs
    chunk_size: int = _opt(1 << 20, "--chunk-size", key=False)
    resume: bool = _opt(False, "--resume", key=False)
    quiet: bool = _opt(False, "--quiet", key=False)
    verbose: bool = _opt(False, "--verbose", key=False)
    progress: bool | None = _opt(None, "--progress", key=False)  # None: stderr is a terminal
    debug: bool = _opt(False, "--debug", key=False)
    engine: str = _opt("local", "--engine", key=False)
    scheduler: str | None = _opt(None, "--scheduler", key=False)  # None: local

    @property
    def add(self) -> tuple[str, ...]:
        """The names of new keys or columns for results (``add_fields`` or ``add_columns``)."""
        return self.add_fields or self.add_columns

    def replace(self, **changes: Any) -> RunOptions:
        """A copy with ``changes``."""
        return dataclasses.replace(self, **changes)

    def resume_key(self, spec: Any) -> str:
        """A short hash of ``spec`` and every option whose metadata says it changes outputs."""
        import hashlib

        parts = [repr(spec)]
        for f in fields(self):
            if f.metadata["key"]:
                parts.append(f"{f.name}={getattr(self, f.name)!r}")
        data = "\x00".join(parts).encode("utf-8", "surrogatepass")
        return hashlib.sha256(data).hexdigest()[:16]

    def clashes(self) -> list[UsageError]:
        """Every pair of options that contradict each other (empty when they fit)."""
        out: list[UsageError] = []

        def clash(message: str, *params: str) -> None:
            out.append(UsageError(message, params))

        if self.globs and not self.recursive:
            clash(
                "{0} filters the files found under directories: it needs {1}", "globs", "recursive"
            )
        if self.add_fields and not self.fields:
            clash("{0} names where each {1} result goes: give {1} too", "add_fields", "fields")
        if self.add_columns and not self.columns:
            clash("{0} names where each {1} result goes: give {1} too", "add_columns", "columns")
        if self.fields and self.columns:
            clash("{0} (JSONL) and {1} (CSV/TSV/Parquet) cannot go together", "fields", "columns")
        if self.scheduler is not None and self.engine != "dask":
            clash("{0} is only used with {1} dask", "scheduler", "engine")
        if self.resume and not self.out_dir:
            clash("{0} needs {1} (the manifest lives there)", "resume", "out_dir")
        if self.backup and not self.in_place:
            clash("{0} goes with {1}", "backup", "in_place")
        if self.chunk_size < 1:  # read(0) is b"": the input ended after its first 64 KB
            clash(f"{{0}} must be a positive number of bytes, not {self.chunk_size}", "chunk_size")
        if self.jobs < 0:
            clash(f"{{0}} must be 0 (one per CPU) or more, not {self.jobs}", "jobs")
        for name in ("backup", "suffix"):  # '' wrote no backup; '/x' wrote into a new folder
            value = getattr(self, name)
            if value is not None and (not value or "/" in value or os.sep in value):
                clash(f"{{0}} is added to a file name (e.g. .orig), not {_lit(value)}", name)
        if self.on_error not in ON_ERROR:
            clash(
                f"{{0}} must be one of {', '.join(ON_ERROR)}, not {_lit(self.on_error)}", "on_error"
            )
        if self.errors not in ("strict", "replace", "surrogateescape"):
            clash(
                f"{{0}} must be strict, replace or surrogateescape, not {_lit(self.errors)}",
                "errors",
            )
        return out

    def check(self) -> None:
        """Raise the first of :meth:`clashes` as a :class:`UsageError`."""
        found = self.clashes()
        if found:
            raise found[0]


def _lit(value: Any) -> str:
    """``repr(value)`` safe inside a :class:`UsageError` template."""
    return repr(value).replace("{", "{{").replace("}", "}}")


#: The command-line flag of each option, e.g. ``FLAGS["globs"] == "--glob"``.
FLAGS: dict[str, str] = {f.name: str(f.metadata["flag"]) for f in fields(RunOptions)}
