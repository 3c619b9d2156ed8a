"""What a run returns and tells while it goes: per-input outcomes, the run's totals, events.

:func:`translit.io.run` returns a :class:`RunResult`; while it runs it calls ``on_event`` with
:class:`Event` objects (bytes read, a file finished, an error or a skipped record), which is how
the CLI draws its progress bar and prints its messages. Results are plain picklable dataclasses:
the Dask engine sends them back from its workers as they are.

    >>> r = RunResult([FileResult("a.txt", "b.txt", status="ok", lines=3)], seconds=1.0)
    >>> r.exit_code, r.summary()["lines"]
    (0, 3)
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from .._record import Record

__all__ = ["Event", "FileResult", "Issue", "RunResult", "json_text"]

#: the statuses of a :class:`FileResult`
STATUSES = ("ok", "failed", "skipped", "interrupted")


def json_text(value: Any, indent: int | None = None, *, exact: bool = False) -> str:
    """``value`` as JSON text that every strict reader takes (jq, Go, Rust's serde): a file
    name with bytes that are not UTF-8 (Python holds each as a lone surrogate, U+DC80-U+DCFF,
    which such readers refuse or mangle as the ``\\udcff`` escape it was written as) is
    written with U+FFFD for each such byte, and a ``"key": name`` entry of a mapping gains
    ``"key_bytes"``: the name's exact bytes in hex (``bytes.fromhex``, ``xxd -r -p``); a key
    that is such a name gets ``name_bytes`` in its mapping. ``exact``: the old lossless form
    (``\\udcff`` escapes), for the ``--resume`` manifest, which translit alone reads back.

    >>> json_text({"input": "n\\udcffame.txt", "lines": 2}).encode("ascii", "backslashreplace")
    b'{"input": "n\\\\ufffdame.txt", "input_bytes": "6eff616d652e747874", "lines": 2}'
    """
    import json

    if not exact:
        value = _strict(value)
    text = json.dumps(value, ensure_ascii=False, indent=indent)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return json.dumps(value, indent=indent)
    return text


def _undecodable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _name_bytes(text: str) -> str:
    """The bytes of the file name ``text`` in hex (a surrogate no file system gave: UTF-8's)."""
    try:
        return text.encode("utf-8", "surrogateescape").hex()
    except UnicodeEncodeError:
        return text.encode("utf-8", "surrogatepass").hex()


def _strict(value: Any) -> Any:
    """``value`` with the names :func:`json_text` cannot write as they are made writable."""
    if isinstance(value, str):
        if not _undecodable(value):
            return value
        return "".join("\ufffd" if "\ud800" <= c <= "\udfff" else c for c in value)
    if isinstance(value, (list, tuple)):
        return [_strict(v) for v in value]
    if not isinstance(value, dict):
        return value
    out: dict[Any, Any] = {}
    for key, v in value.items():
        item, name = _strict(v), key
        if isinstance(key, str) and _undecodable(key):
            if isinstance(item, dict):
                item = {**item, "name_bytes": _name_bytes(key)}
            clean = _strict(key)
            taken = clean in value or clean in out  # (two names alike but for their bytes)
            name = f"{clean} [{_name_bytes(key)}]" if taken else clean
        out[name] = item
        if isinstance(v, str) and _undecodable(v):
            out[f"{name}_bytes"] = _name_bytes(v)
    return out


@dataclass(frozen=True, eq=False, repr=False)  # value methods: Record
class Issue(Record):
    """A problem at ``path:line`` (line 0: not tied to a line) and what it is."""

    path: str
    line: int
    reason: str

    def __str__(self) -> str:
        return (
            f"{self.path}:{self.line}: {self.reason}"
            if self.line
            else f"{self.path}: {self.reason}"
        )


@dataclass(eq=False, repr=False)  # value methods: Record
class FileResult(Record):
    """The outcome of one input.

    ``status``: ``ok``, ``failed`` (see ``errors``), ``skipped`` (finished by an earlier run,
    ``--resume``; or a symbolic link to no file met in a tree, see ``warnings``) or ``interrupted`` (the run was stopped before this input was done; its
    output was left untouched). ``skipped_records`` are the records kept unconverted under
    ``on_error="skip"``. ``warnings``: what was not done as asked, though the input was
    converted (an option that does not apply to its format). ``bytes``, ``lines`` and
    ``changed_lines`` count the input read and converted; a failed input counts 0 of each
    (nothing of it is converted, its error names the line where it failed: how much had been
    read when the failure was noticed depends on ``jobs``), so a report is the same for any
    ``jobs``.

    >>> f = FileResult("a.txt", "out/a.txt", lines=2, changed_lines=1)
    >>> f.status, f.to_json()["changed_lines"]
    ('ok', 1)
    """

    input: str
    output: str
    status: str = "ok"
    bytes: int = 0
    lines: int = 0
    changed_lines: int = 0
    encoding: str | None = None
    seconds: float = 0.0
    errors: list[Issue] = field(default_factory=list)
    skipped_records: list[Issue] = field(default_factory=list)
    warnings: list[Issue] = field(default_factory=list)
    info: dict[str, Any] = field(default_factory=dict)

    __hash__ = None  # type: ignore[assignment]  # (mutable: unhashable, as dataclasses makes it)

    def to_json(self) -> dict[str, Any]:
        """The report's entry for this input."""
        out = asdict(self)
        out["errors"] = [str(e) for e in self.errors]
        out["skipped_records"] = [str(e) for e in self.skipped_records]
        out["warnings"] = [str(e) for e in self.warnings]
        info = out.pop("info")
        out.update(info)
        if self.errors:
            out["error"] = str(self.errors[0])
        return out


@dataclass(eq=False, repr=False)  # value methods: Record
class RunResult(Record):
    """The outcome of a run: one :class:`FileResult` per input, in input order, and totals.

    ``errors`` holds problems not tied to one input (the shared ``output`` could not be
    written). ``interrupted``: the run was stopped (Ctrl-C); outputs are complete or untouched
    and ``resume`` finishes the job. ``stopped``: the run stopped at an output that takes
    nothing more (a full disk; stdout or ``output`` failing), which every later input would
    have met: the input whose output failed is ``failed``, the others ``interrupted``.

    >>> r = RunResult([FileResult("a.txt", "-"), FileResult("b.txt", "-", status="failed")])
    >>> r.failed, r.exit_code, r.summary()["ok"]
    (1, 1, 1)
    """

    files: list[FileResult] = field(default_factory=list)
    seconds: float = 0.0
    jobs: int = 1
    interrupted: bool = False
    errors: list[Issue] = field(default_factory=list)
    stopped: bool = False

    __hash__ = None  # type: ignore[assignment]  # (mutable: unhashable, as dataclasses makes it)

    def count(self, status: str) -> int:
        """How many inputs ended with ``status``."""
        return sum(f.status == status for f in self.files)

    @property
    def failed(self) -> int:
        """Inputs that failed, plus problems of the shared output: nonzero when the run did
        not do everything (exit code 1). :meth:`summary` counts the two apart."""
        return self.count("failed") + len(self.errors)

    @property
    def exit_code(self) -> int:
        """130 when interrupted, 2 when stopped (a fatal error), 1 when something failed,
        else 0."""
        if self.interrupted:
            return 130
        if self.stopped:
            return 2
        return 1 if self.failed else 0

    def summary(self) -> dict[str, Any]:
        """Totals: files, ok, failed, skipped, lines, bytes, changed lines, MB/s, and the
        record values' languages where counted (:meth:`value_counts`).

        ``files``, ``ok``, ``failed`` and ``skipped`` count inputs (each input is counted once,
        under its status); ``output_errors`` counts the problems not tied to one input, listed
        in :attr:`errors` (the shared output or the report not written). ``lines``,
        ``bytes`` and ``changed_lines`` count the inputs converted or interrupted (one up to
        the stop); a failed one counts 0 of each.
        """
        ok = [f for f in self.files if f.status == "ok"]
        size = sum(f.bytes for f in self.files if f.status != "skipped")  # (failed: 0)
        done = [f for f in self.files if f.status in ("ok", "interrupted")]
        return {
            "files": len(self.files),
            "ok": len(ok),
            "failed": self.count("failed"),
            "output_errors": len(self.errors),
            "skipped": self.count("skipped"),
            "interrupted": self.interrupted,
            "skipped_records": sum(len(f.skipped_records) for f in self.files),
            "lines": sum(f.lines for f in done),
            "bytes": size,
            "changed_lines": sum(f.changed_lines for f in done),
            "seconds": round(self.seconds, 3),
            "mb_per_s": round(size / 1e6 / self.seconds, 2) if self.seconds > 0 else None,
            "jobs": self.jobs,
            **self.value_counts(),
        }

    def value_counts(self) -> dict[str, dict[str, int]]:
        """The inputs' counts of record values (romanize ``--lang auto`` on ``--field`` or
        ``--column``: ``langs``, the values by the language they were romanised in, ``und``
        without Cyrillic; ``lang_sources``, ``own`` decided alone or ``column`` in the file's
        language), added up over the inputs converted or interrupted; empty when none counted.

        >>> a = FileResult("a.jsonl", "-", info={"lang": "uk", "langs": {"uk": 3}})
        >>> b = FileResult("b.jsonl", "-", info={"lang": "ru", "langs": {"ru": 2, "uk": 1}})
        >>> RunResult([a, b]).value_counts()
        {'langs': {'uk': 4, 'ru': 2}}
        """
        out: dict[str, dict[str, int]] = {}
        for f in self.files:
            if f.status not in ("ok", "interrupted"):
                continue
            for name in ("langs", "lang_sources"):
                for key, n in f.info.get(name, {}).items():
                    held = out.setdefault(name, {})
                    held[key] = held.get(key, 0) + n
        return out

    def save(self, path: str) -> None:
        """Write :meth:`to_json` to ``path`` atomically (the ``report`` option)."""
        from .atomic import atomic_write

        with atomic_write(path) as fh:
            fh.write(json_text(self.to_json(), indent=2) + "\n")

    def to_json(self) -> dict[str, Any]:
        """The ``report`` file's content."""
        return {
            "status": "interrupted"
            if self.interrupted
            else "stopped"
            if self.stopped
            else "complete",
            "files": [f.to_json() for f in self.files],
            "errors": [str(e) for e in self.errors],
            "summary": self.summary(),
        }


@dataclass(frozen=True, eq=False, repr=False)  # value methods: Record
class Event(Record):
    """Something a run tells while it goes.

    ``kind``: ``"read"`` (``nbytes`` more input bytes read, ``total`` the bytes of all inputs
    when known), ``"file"`` (``file`` is finished), ``"error"`` (``issue`` made ``file`` fail,
    or is about the shared output), ``"record"`` (``issue`` is a record skipped under
    ``on_error="skip"``), ``"warning"`` (``issue``: ``file`` is converted, but not quite as
    asked), ``"note"`` (``message`` for a verbose reader).

    >>> import os, tempfile
    >>> from translit.io import Plan, RunOptions, run
    >>> src = os.path.join(tempfile.mkdtemp(), "a.txt")
    >>> _ = open(src, "w", encoding="utf-8").write("Щука\\n")
    >>> seen = []
    >>> out = os.path.join(os.path.dirname(src), "b.txt")
    >>> _ = run(Plan(str.upper, (src,), RunOptions(output=out, jobs=1)), on_event=seen.append)
    >>> [e.kind for e in seen if e.kind == "file"], seen[-1].file.lines
    (['file'], 1)
    """

    kind: str
    nbytes: int = 0
    total: int | None = None
    file: FileResult | None = None
    issue: Issue | None = None
    message: str = ""
