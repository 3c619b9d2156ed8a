"""Which files a command reads and where each result goes.

Inputs are files, ``-`` (stdin) and, with ``recursive``, directories walked in sorted order
(hidden entries, translit's temporary files, the resume manifest and what is not a regular file
(a FIFO, a socket, a device) are skipped; ``globs`` filter file names or their paths under
the folder, e.g. ``*.txt``, ``**/*.txt`` (``**/``: any folders, none included); with
``suffix`` alone, files already named with it are earlier outputs and skipped, and so are
``backup`` copies with ``in_place``; ``out_dir`` is passed over, and refused when it lies in
an input tree and holds files no earlier run wrote (no manifest); a folder with none of its files left is a :class:`Job`
with an error, so the run fails: a mistyped glob exited 0). Each input gets one target:

- nothing given: stdout (several inputs are concatenated);
- ``output``: that one file (several inputs concatenated);
- ``out_dir``: the same relative path under ``out_dir`` (a directory input's tree is mirrored,
  a file input keeps its base name);
- ``in_place``: the input itself;
- ``suffix``: a sibling whose name has ``suffix`` before the extension
  (``a.txt`` + ``.lat`` → ``a.lat.txt``); combined with ``out_dir`` the renamed file goes there.

The last three name the output after the input, so they take regular files only: a FIFO, a
device or a socket named as an input is refused with them (``/dev/null.lat``; ``<(cmd)``'s
``63``), and read to stdout or ``output``.

:func:`plan` refuses (with :class:`UsageError`) to write over an input except with
``in_place``, two inputs that would write the same target, and a ``backup`` name that is already
taken (a backup is never overwritten: remove or move the old one first).
:func:`refuse_overwrite` is the same check for any other output (reports, ``glossary convert``).

    >>> sibling("corpus/a.txt", ".lat")
    'corpus/a.lat.txt'
"""

from __future__ import annotations

import fnmatch
import functools
import os
import stat
from collections.abc import Iterable

from ..errors import shown
from .atomic import TEMP_PREFIX
from .options import RunOptions, UsageError

__all__ = [
    "MANIFEST",
    "STDIN",
    "Job",
    "UsageError",
    "in_place_warning",
    "input_name",
    "plan",
    "refuse_overwrite",
    "sibling",
]

STDIN = "-"
MANIFEST = ".translit-manifest.jsonl"


class Job:
    """One input and where its result goes (``target`` None: stdout).

    ``found``: the input was found under a directory input (``recursive``), not named.
    ``error``: why the input cannot be read at all, found while planning (a folder of the tree
    that cannot be listed): it fails with this message without being read. ``passed``: why
    the input is passed over with a warning, found while planning (a symbolic link to no file
    met in the tree, as ``grep -r`` and ``rsync`` pass over one): no failure. ``links``: the
    names (hard links) the input's file has, where it is rewritten in place: the result is a
    new file under its own name alone (see :func:`in_place_warning`). (A plain class: a
    dataclass's generated __init__ cost every start, see ARCHITECTURE.md, "Start-up".)
    """

    __slots__ = ("error", "found", "links", "passed", "rel", "size", "source", "target")

    def __init__(
        self,
        source: str,
        rel: str,
        target: str | None,
        size: int | None,
        *,
        found: bool = False,
        error: str = "",
        links: int = 1,
        passed: str = "",
    ) -> None:
        self.source, self.rel, self.target, self.size = source, rel, target, size
        self.found, self.error, self.links, self.passed = found, error, links, passed

    @property
    def display(self) -> str:
        """How messages name the input."""
        return input_name(self.source)


def input_name(name: str) -> str:
    """How messages and reports name the input ``name``: standard input (``-``) as
    ``<stdin>``, in every command (detect --summary and glossary qa said ``-``).

    >>> input_name("-"), input_name("a.txt")
    ('<stdin>', 'a.txt')
    """
    return "<stdin>" if name == STDIN else name


def in_place_warning(job: Job) -> str:
    """What to tell of rewriting ``job``'s input in place, "" if nothing: a file of several
    names (hard links) gets its result as a new file under this name (the atomic rename a
    result needs), and its other names keep the old text.

    >>> in_place_warning(Job("a.txt", "a.txt", "a.txt", 6, links=2))
    'this file has 2 names (hard links): `in_place` writes the result as a new file under this name, and the other name keeps the old text'
    """
    if job.links < 2:
        return ""
    other = "the other name keeps" if job.links == 2 else f"the {job.links - 1} other names keep"
    return (
        f"this file has {job.links} names (hard links): `in_place` writes the result as a new "
        f"file under this name, and {other} the old text"
    )


def _stem(name: str) -> tuple[str, str]:
    """``name`` as its stem and its whole extension: the format's and a codec's after it
    (``d.csv.gz``: ``d``, ``.csv.gz``), so a suffix goes where the name still says the format.

    >>> _stem("d.parquet.gz"), _stem("a.b.txt"), _stem(".bashrc.gz")
    (('d', '.parquet.gz'), ('a.b', '.txt'), ('.bashrc', '.gz'))
    """
    from .compression import codec_of

    codec = codec_of(name) or ""
    base = name[: len(name) - len(codec)]
    if not base:  # ('.gz' alone: a hidden file's name)
        return name, ""
    stem, ext = os.path.splitext(base)
    if not stem:  # '.bashrc'
        stem, ext = base, ""
    return stem, ext + codec


def sibling(path: str, suffix: str) -> str:
    """``path`` with ``suffix`` inserted before its whole extension (``d.csv.gz`` →
    ``d.lat.csv.gz``: ``d.csv.lat.gz`` was read back as no format).

    >>> sibling("data/d.parquet.gz", ".lat")
    'data/d.lat.parquet.gz'
    """
    folder, name = os.path.split(path)
    stem, ext = _stem(name)
    return os.path.join(folder, f"{stem}{suffix}{ext}")


def _walk(
    root: str,
    globs: tuple[str, ...],
    skip: str | None,
    suffix: str | None = None,
    backup: str | None = None,
) -> list[tuple[str, str, str]]:
    """(path, "", "") of each file under ``root`` to convert, (folder, why, "") of each folder
    that cannot be listed (its files were passed over in silence: exit 0), and (path, "",
    why) of each symbolic link to no file, passed over with a warning."""
    found: list[tuple[str, str, str]] = []

    def unlisted(exc: OSError) -> None:
        why = exc.strerror or str(exc)
        found.append((str(exc.filename or root), (
            f"cannot list this folder ({why}), so its files are not converted; check its "
            "permissions"
        ), ""))  # fmt: skip

    for folder, dirs, files in os.walk(root, onerror=unlisted):
        dirs[:] = sorted(
            d
            for d in dirs
            if not d.startswith(".")
            and (skip is None or os.path.realpath(os.path.join(folder, d)) != skip)
        )
        for name in sorted(files):
            if name.startswith((".", TEMP_PREFIX)) or name == MANIFEST:
                continue
            if suffix and _stem(name)[0].endswith(suffix):
                continue  # an output of an earlier --suffix run, not an input
            if backup and name.endswith(backup):
                continue  # a backup of an earlier --in-place run
            path = os.path.join(folder, name)
            rel = os.path.relpath(path, root)
            if globs and not any(
                fnmatch.fnmatch(name, g) or fnmatch.fnmatch(rel, g) for g in _globs(globs)
            ):
                continue
            if os.path.islink(path) and not os.path.exists(path):  # (its target gone, or a
                # loop): the tree's, not an input named; its file is not there to convert
                found.append((path, "", _NO_FILE))
                continue
            found.append((path, "", ""))
    return found


#: why a symbolic link to no file met in a tree is passed over
_NO_FILE = "a symbolic link to no file (its target is gone, or a loop), passed over"
#: why such a link named as an input fails ("No such file or directory" of a name `ls` lists)
_NO_FILE_NAMED = (
    "a symbolic link to no file (its target is gone, or a loop): mend it or name a file"
)


def _refuse_inputs_in_out_dir(src: str, out_dir: str, real_out: str) -> None:
    """Refuse an ``out_dir`` inside the tree ``src`` that holds files and no manifest: the walk
    passes over ``out_dir`` (so that outputs are not read again), which left those files
    unconverted in silence, and an output of the same name replaced one of them."""
    root = _real(src)
    if os.path.dirname(real_out) == real_out or not real_out.startswith(
        root.rstrip(os.sep) + os.sep
    ):
        return
    try:
        with os.scandir(out_dir) as entries:
            names = [e.name for e in entries if not e.name.startswith((".", TEMP_PREFIX))]
    except OSError:  # (not there yet: made by the run)
        return
    if names and not os.path.lexists(os.path.join(out_dir, MANIFEST)):
        raise UsageError(
            f"{out_dir}: `out_dir` is a folder of the input tree {src} and holds files that are "
            f"no earlier output (no {MANIFEST}), such as {sorted(names)[0]}: they would not be "
            "converted and could be overwritten; choose an `out_dir` outside the tree, or an "
            "empty one"
        )


def _nothing_under(globs: tuple[str, ...]) -> str:
    """Why a folder input fails when no file under it is converted.

    >>> _nothing_under(("*.txt", "*.md"))
    "no file under this folder matches `globs` '*.txt' or '*.md'; check the pattern (quote it, so the shell does not expand it)"
    """
    if globs:
        which = " or ".join(
            f"'{shown(g, typed=True)}'" for g in globs
        )  # (as typed: repr doubles a backslash)
        slash = "; folders are separated by /, not \\" if any("\\" in g for g in globs) else ""
        return (
            f"no file under this folder matches `globs` {which}; check the pattern (quote it, "
            f"so the shell does not expand it){slash}"
        )
    return "no file to convert under this folder (hidden files and special files are skipped)"


@functools.cache
def _globs(globs: tuple[str, ...]) -> tuple[str, ...]:
    """``globs`` and, for one starting with ``**/`` (any folders, none included, as in a shell's
    globstar and .gitignore), the same without it: ``**/*.txt`` passed over the top folder's
    files, as ``*`` of :mod:`fnmatch` matches a ``/`` but the ``/`` itself must be there.

    >>> _globs(("**/*.txt", "*.csv"))
    ('**/*.txt', '*.csv', '*.txt')
    """
    bare = []
    for pattern in globs:
        rest = pattern
        while rest.startswith("**/"):
            rest = rest[3:]
            bare.append(rest)
    return globs + tuple(b for b in bare if b)


def plan(
    sources: tuple[str, ...] | list[str],
    *,
    recursive: bool = False,
    globs: tuple[str, ...] = (),
    output: str | None = None,
    out_dir: str | None = None,
    in_place: bool = False,
    suffix: str | None = None,
    backup: str | None = None,
) -> list[Job]:
    """The jobs for ``sources`` under the output options (see the module docstring)."""
    # one way for outputs, a suffix alone or with out_dir: RunOptions's rule (its one home)
    RunOptions(output=output, out_dir=out_dir, in_place=in_place, suffix=suffix).check()
    if output == STDIN:
        output = None
    skip = _real(out_dir) if out_dir else None
    # (input, relative name, found under a directory, why it cannot be read, why passed over)
    pairs: list[tuple[str, str, bool, str, str]] = []
    if not sources:  # (an empty glob's list read stdin: a program hung or wrote nothing, exit 0)
        raise UsageError(f"no input given: name files or folders, or {STDIN!r} for stdin")
    for src in sources:
        if src == STDIN:
            pairs.append((STDIN, "stdin", False, "", ""))
        elif os.path.isdir(src):
            if not recursive:
                raise UsageError(f"{src}: is a directory (set `recursive` to convert the tree)")
            if skip is not None:
                _refuse_inputs_in_out_dir(src, out_dir or "", skip)
            listed = _walk(
                src, globs, skip, suffix if not out_dir else None, backup if in_place else None
            )
            for path, error, passed in listed:
                pairs.append((path, os.path.relpath(path, src), True, error, passed))
            if all(passed for _, _, passed in listed):  # (it exited 0 having done nothing: a
                # mistyped --glob, a wrong folder)
                pairs.append((src, "", True, _nothing_under(globs), ""))
        else:
            dangling = os.path.islink(src) and not os.path.exists(src)
            pairs.append((src, os.path.basename(src), False, _NO_FILE_NAMED * dangling, ""))
    jobs: list[Job] = []
    for src, rel, found, error, passed in pairs:
        size = None
        if error or passed:  # (its output would be the folder's, in out_dir; none for the
            # folder itself)
            where = os.path.join(out_dir, rel) if out_dir and rel else output
            jobs.append(Job(src, rel, where, None, found=found, error=error, passed=passed))
            continue
        if src != STDIN:
            try:
                info = os.stat(src)
            except (OSError, ValueError):  # ValueError: a NUL in the name
                pass  # reported when the file is read
            else:
                if found and not stat.S_ISREG(info.st_mode):
                    continue  # a FIFO, socket or device in a tree: no text file (a FIFO's
                    # open would wait for a writer forever); named on its own, it is read
                derived = "in_place" if in_place else "suffix" if suffix else "out_dir"
                if (in_place or suffix or out_dir) and not stat.S_ISREG(info.st_mode):
                    # in place, a FIFO was read, then written back into with no reader (it
                    # waited forever); a suffix made /dev/null.lat among the devices, an
                    # out_dir an output named 63 after a shell's <(cmd)
                    what = (
                        "rewrites a regular file"
                        if in_place
                        else "names each output after a regular file it reads"
                    )
                    raise UsageError(
                        f"{src}: `{derived}` {what}, and this is a {_kind(info.st_mode)}: "
                        "read it as standard input and write with `output`, or name a file"
                    )
                size = info.st_size
        if src == STDIN and (in_place or out_dir or suffix):
            raise UsageError("stdin can only go to stdout or `output`")
        if in_place:
            target: str | None = src
        elif out_dir:
            target = os.path.join(out_dir, sibling(rel, suffix) if suffix else rel)
        elif suffix:
            target = sibling(src, suffix)
        else:
            target = output
        links = info.st_nlink if in_place and size is not None else 1
        jobs.append(Job(src, rel, target, size, found=found, links=links))
    _check([j for j in jobs if not j.passed], in_place=in_place, shared=bool(output))
    if in_place and backup:
        for job in jobs:
            if job.passed:
                continue
            kept = job.source + backup
            if os.path.lexists(kept):
                raise UsageError(
                    f"{kept}: a backup of {job.source} is already there and a backup is never "
                    "overwritten; move it away or choose another backup suffix"
                )
    return jobs


def _kind(mode: int) -> str:
    """What a file that is not a regular one is, for a message."""
    for test, name in (
        (stat.S_ISFIFO, "FIFO (a named pipe)"),
        (stat.S_ISCHR, "character device"),
        (stat.S_ISBLK, "block device"),
        (stat.S_ISSOCK, "socket"),
    ):
        if test(mode):
            return name
    return "special file"


def refuse_overwrite(
    output: str | None, inputs: Iterable[str], what: str = "output", of: str = "an input"
) -> None:
    """Raise :class:`UsageError` naming both paths if writing ``output`` would replace an input.

    The same file is recognised through links and different spellings of its path (a file
    not made yet, such as a backup, by its path).

    >>> refuse_overwrite("a.json", ["a.txt"])
    >>> refuse_overwrite("./a.txt", ["a.txt"], "report")
    Traceback (most recent call last):
    translit.io.options.UsageError: report ./a.txt would overwrite an input, a.txt
    """
    if isinstance(inputs, (str, bytes, os.PathLike)):  # (compared letter by letter)
        raise TypeError(f"`inputs` is a collection of paths, not one path ({inputs!r:.40})")
    if not output or output == STDIN:
        return
    try:
        if not stat.S_ISREG(os.stat(output).st_mode):
            return  # /dev/null, a FIFO: writing there replaces nothing
    except (OSError, ValueError):
        pass
    real = _real(output)
    node = _inode(output)
    for src in inputs:
        if src == STDIN:
            continue
        if _real(src) == real or (node is not None and _inode(src) == node):
            raise UsageError(f"{what} {output} would overwrite {of}, {src}")


def _real(path: str) -> str:
    """``os.path.realpath``; a name no file can have (a NUL in it) is returned as it is."""
    try:
        return os.path.realpath(path)
    except ValueError:
        return path


def _inode(path: str) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return None
    return (st.st_dev, st.st_ino)


def _check(jobs: list[Job], *, in_place: bool, shared: bool) -> None:
    inputs = [j.source for j in jobs if j.source != STDIN]
    real_inputs = {_real(p) for p in inputs}
    inodes = {_inode(p) for p in inputs} - {None}
    seen: dict[str, str] = {}
    for job in jobs:
        if job.target is None:
            continue
        real = _real(job.target)
        if not in_place and (real in real_inputs or _inode(job.target) in inodes):
            raise UsageError(
                f"{job.target}: would overwrite an input, {_which(job.target, jobs)} "
                "(use `in_place` to convert in place)"
            )
        if not shared and real in seen:  # (one input named twice: in place, it was converted
            if seen[real] == job.source:  # twice, and failed the second time with a backup)
                raise UsageError(
                    f"{job.source} is given twice: it would be converted twice into "
                    f"{job.target}; name each input once"
                )
            raise UsageError(
                f"{job.target}: both {seen[real]} and {job.source} would be written there"
            )
        seen[real] = job.source


def _which(target: str, jobs: list[Job]) -> str:
    real, node = _real(target), _inode(target)
    for job in jobs:
        if job.source != STDIN and (
            _real(job.source) == real or (node is not None and _inode(job.source) == node)
        ):
            return job.source
    return target  # pragma: no cover - only called when one matches
