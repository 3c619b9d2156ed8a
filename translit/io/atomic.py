"""Atomic output files: write to a temporary file beside the target, fsync, then rename.

A target only ever holds its old content or its complete new content: the new content goes to
``.translit-tmp-<host>+<pid>-<name>-<random>`` in the target's folder, is flushed and fsynced,
and replaces the target with one :func:`os.replace` (the folder is fsynced too). A run killed by
SIGKILL cannot remove its temporary file; the name says it is translit's, which host and which
process wrote it, and :func:`clean_stale` (called by every run before it writes into a folder)
removes those written *on this host* by a process that is gone. A file of another host (a
shared filesystem under ``--engine dask``) is never touched: its process cannot be checked.

Errors name the target, never the temporary file: an :class:`OSError` raised while creating,
writing or renaming carries ``filename`` = the target path.

    >>> import os, tempfile
    >>> folder = tempfile.mkdtemp()
    >>> with atomic_write(os.path.join(folder, "a.txt")) as fh:
    ...     _ = fh.write("Vlasov\\n")
    >>> os.listdir(folder)
    ['a.txt']
"""

from __future__ import annotations

import contextlib
import errno
import functools
import os
import stat
import sys
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from contextvars import ContextVar
from typing import IO, Any, BinaryIO

from ..errors import TranslitError, want_codec, want_path
from .stops import held

__all__ = [
    "TEMP_PREFIX",
    "AtomicFile",
    "BackupExistsError",
    "atomic_write",
    "clean_stale",
    "commit_guard",
    "new_temp",
    "read_only",
    "temp_prefix",
]

#: Temporary files are named ``.translit-tmp-<host>+<pid>-<target>-<random>`` so a leftover one
#: is recognisable as translit's and removable, by its own host, once its process is gone.
TEMP_PREFIX = ".translit-tmp-"


#: What may still keep a file from its target (in this thread or task): a context manager,
#: entered around the backup and the rename, that raises to leave the target and the backup as
#: they are (the temporary file is then removed), or None. The Dask engine's tasks set it to
#: the check that their run is still live (:func:`translit.integrations.dask.run_files`): a
#: remote cluster's task finishing after the run was stopped wrote its output after the report.
commit_guard: ContextVar[Callable[[], AbstractContextManager[None]] | None] = ContextVar(
    "translit_commit_guard", default=None
)


class BackupExistsError(FileExistsError, TranslitError):
    """A backup file is already there: translit never overwrites a backup (it refuses)."""


@functools.cache
def _host() -> str:
    """This host's name reduced to ``[A-Za-z0-9.]`` (so ``+`` and ``-`` parse back)."""
    if hasattr(os, "uname"):
        name = os.uname().nodename
    else:  # pragma: no cover - Windows
        import socket

        name = socket.gethostname()
    name = name or "localhost"
    return "".join(c if c.isascii() and (c.isalnum() or c == ".") else "." for c in name)[:64]


def temp_prefix(pid: int | None = None, host: str | None = None) -> str:
    """The start of this process's temporary names: ``.translit-tmp-<host>+<pid>-``.

    >>> temp_prefix(42, "node1").endswith("node1+42-")
    True
    """
    return f"{TEMP_PREFIX}{host or _host()}+{os.getpid() if pid is None else pid}-"


def _pid_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:  # Linux: a killed process not yet reaped by its parent is a zombie, i.e. gone
        with open(f"/proc/{pid}/stat", "rb") as fh:
            return fh.read().rsplit(b")", 1)[-1].split()[0] != b"Z"
    except (OSError, IndexError):
        return True


def clean_stale(folder: str | os.PathLike[str]) -> list[str]:
    """Remove translit's temporary files in ``folder`` left by this host's dead processes.

    Returns the removed paths. Files of a live process (a concurrent run), of another host and
    of the old ``<pid>-`` naming (which does not say the host) are left alone.

    >>> import tempfile
    >>> clean_stale(tempfile.mkdtemp())
    []
    """
    if not isinstance(folder, (str, os.PathLike)):  # (None listed the current folder)
        raise TypeError(f"`folder` is a path (str or os.PathLike), not {type(folder).__name__}")
    removed: list[str] = []
    me = _host()
    try:
        names = os.listdir(folder)
    except (OSError, ValueError):
        return removed
    for name in names:
        if not name.startswith(TEMP_PREFIX):
            continue
        host, plus, rest = name[len(TEMP_PREFIX) :].partition("+")
        pid_text = rest.split("-", 1)[0]
        # (a pid is ASCII digits that int() and os.kill take: ².isdigit() is True, and a
        # stray ".translit-tmp-host+²-x" failed every conversion into its folder)
        pid = (
            int(pid_text) if pid_text.isascii() and pid_text.isdigit() and len(pid_text) < 10 else 0
        )
        if not plus or host != me or not pid or _pid_alive(pid):
            continue
        path = os.path.join(folder, name)
        with contextlib.suppress(OSError):
            os.unlink(path)
            removed.append(path)
    return removed


# as tempfile.mkstemp opens its files: a new name only (never an existing file or a link)
_TEMP_FLAGS = os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
_TEMP_FLAGS |= getattr(os, "O_BINARY", 0)


def new_temp(folder: str, prefix: str) -> tuple[int, str]:
    """``tempfile.mkstemp(prefix=prefix, dir=folder)``: (descriptor, path) of a new file in
    ``folder`` that only its owner may read, named ``prefix`` + 12 random hex digits. Written
    out here because importing tempfile (with shutil, random, bz2, lzma) cost every run ~3 ms.
    """
    for _ in range(10_000):
        path = os.path.join(folder, prefix + os.urandom(6).hex())
        try:
            return os.open(path, _TEMP_FLAGS, 0o600), path
        except FileExistsError:
            continue
    raise FileExistsError(errno.EEXIST, "no free temporary file name", folder)  # pragma: no cover


def _fsync_dir(folder: str) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


class AtomicFile:
    """A binary file that appears at ``path`` only when :meth:`commit` is called.

    A target that exists and is not a regular file (``/dev/null``, a FIFO) is written directly:
    it cannot be replaced by a rename. A symbolic link is followed: the file it points to is
    replaced and the link kept.

    ``keep_mode_of`` copies that file's permission bits (``--in-place``); without it an existing
    target keeps its permissions and a new one gets the usual ``0o666 & ~umask``. ``backup``
    (a path) receives the target's previous content, as a hard link when possible.
    :meth:`abort` (or garbage) removes the temporary file and leaves the target untouched.

    >>> import os, tempfile
    >>> folder = tempfile.mkdtemp()
    >>> f = AtomicFile(os.path.join(folder, "b.txt"))
    >>> _ = f.write(b"x")
    >>> f.commit()
    >>> open(os.path.join(folder, "b.txt"), "rb").read()
    b'x'
    """

    def __init__(
        self,
        path: str | bytes | os.PathLike[str],
        *,
        keep_mode_of: str | os.PathLike[str] | None = None,
        backup: str | None = None,
    ) -> None:
        self.path = want_path(path, "AtomicFile()")
        try:  # (through the link: /dev/stdout of a pipe is a link to "pipe:[…]", no file name)
            special = not stat.S_ISREG(os.stat(self.path).st_mode)
        except FileNotFoundError:
            special = False
        except OSError as exc:  # (a link in a loop said only "Too many levels of symbolic links")
            if exc.errno == errno.ELOOP:
                raise OSError(errno.ELOOP, _LOOP, self.path) from None
            raise
        if special and stat.S_ISSOCK(os.stat(self.path).st_mode):  # ("No such device or address")
            raise OSError(errno.ENXIO, _SOCKET, self.path)
        if not special and os.path.islink(self.path):  # replace the file the link points to,
            self.path = os.path.realpath(self.path)  # keep the link
        self.folder = os.path.dirname(os.path.abspath(self.path))
        self.keep_mode_of = keep_mode_of
        # the input written in place as it is now: another program that replaces it (an
        # editor's save) or writes to it meanwhile leaves its text, not the run's of the old
        self.read_as = _identity(keep_mode_of) if keep_mode_of is not None else None
        self.backup = backup
        self.done = False
        self.tmp = ""
        self.written = 0  # bytes handed to the kernel (not counting the file's buffer)
        self.flushed = 0  # the first of them already sent on their way to the disk
        if backup is not None and os.path.lexists(backup):
            raise BackupExistsError(
                errno.EEXIST, "backup already exists; translit never overwrites one", backup
            )
        if not special and read_only(self.path):  # (the rename the folder allows would
            # replace it: a file of mode 444, or another user's, as `>` and `cp` refuse it)
            raise OSError(errno.EACCES, os.strerror(errno.EACCES), self.path)
        try:
            if special:  # /dev/null, a FIFO, a terminal: cannot be renamed over; write directly
                self.file: BinaryIO = open(self.path, "wb")  # noqa: SIM115
                return
        except OSError as exc:
            raise _naming(exc, self.path) from None
        try:  # a stop signal (SIGTERM…) right after the file is made raised before its name
            with held():  # was kept, and the file stayed: held back until it is
                try:
                    prefix = f"{temp_prefix()}{os.path.basename(self.path)[:100]}-"
                    fd, self.tmp = new_temp(self.folder, prefix)
                except OSError as exc:
                    raise _naming(exc, self.path) from None
                self.file = os.fdopen(fd, "wb")
        except BaseException:
            self.abort()
            raise

    def write(self, data: bytes) -> int:
        """Append ``data`` to the temporary file."""
        try:
            n = self.file.write(data)
        except OSError as exc:
            raise _naming(exc, self.path) from None
        self._written(n)
        return n

    def _written(self, n: int) -> None:
        """Start writing each MiB to the disk as it comes (Linux ``sync_file_range``), so
        the final fsync only waits for the last of them instead of the whole file."""
        self.written += n
        if self.tmp and self.written - self.flushed >= _WRITEBACK:
            with contextlib.suppress(OSError, ValueError):
                self.file.flush()
                _start_writeback(self.file.fileno(), self.flushed, self.written - self.flushed)
            self.flushed = self.written

    def commit(self) -> None:
        """Flush, fsync and rename the temporary file over the target."""
        if not self.tmp:
            self.done = True
            self.file.close()
            return
        try:
            self.file.flush()
            os.fsync(self.file.fileno())
            self.file.close()
            target = self.path
            mode_source = self.keep_mode_of
            if mode_source is None and os.path.exists(target):
                mode_source = target
            if mode_source is not None:
                os.chmod(self.tmp, os.stat(mode_source).st_mode & 0o7777)
            else:
                umask = os.umask(0)
                os.umask(umask)
                os.chmod(self.tmp, 0o666 & ~umask)
            guard = commit_guard.get()
            with guard() if guard is not None else contextlib.nullcontext():
                if self.read_as is not None and _identity(self.keep_mode_of) != self.read_as:
                    raise OSError(errno.ESTALE, _CHANGED, self.keep_mode_of)
                if self.backup and os.path.exists(target):
                    _backup(target, self.backup)
                os.replace(self.tmp, target)
                self.done = True
            _fsync_dir(self.folder)
        except OSError as exc:
            self.abort()
            if isinstance(exc, BackupExistsError) or (self.backup and exc.filename == self.backup):
                raise  # the backup's fault: it names the backup, not the target
            raise _naming(exc, self.path) from None
        except BaseException:
            self.abort()
            raise

    def abort(self) -> None:
        """Drop the temporary file; the target keeps its old content (if any)."""
        if self.done:
            return
        self.done = True
        if self.tmp:  # first: a stop signal while the file closes must not keep it
            with contextlib.suppress(OSError):
                os.unlink(self.tmp)
        with contextlib.suppress(OSError, AttributeError):
            self.file.close()
        if self.tmp and os.path.lexists(self.tmp):  # (Windows: an open file stays)
            with contextlib.suppress(FileNotFoundError):
                os.unlink(self.tmp)

    def __del__(self) -> None:
        with contextlib.suppress(Exception):
            self.abort()


_WRITEBACK = 1 << 20


@functools.cache
def _sync_file_range() -> Any:
    if not sys.platform.startswith("linux"):
        return None
    try:
        import ctypes

        fn = ctypes.CDLL(None, use_errno=True).sync_file_range
    except (OSError, AttributeError):  # pragma: no cover - another C library
        return None
    fn.argtypes = (ctypes.c_int, ctypes.c_int64, ctypes.c_int64, ctypes.c_uint)
    return fn


def _start_writeback(fd: int, offset: int, length: int) -> None:
    """Ask the kernel to start writing these bytes of ``fd`` (does not wait; no-op elsewhere)."""
    fn = _sync_file_range()
    if fn is not None:
        fn(fd, offset, length, 2)  # SYNC_FILE_RANGE_WRITE


def _naming(exc: OSError, path: str) -> OSError:
    """``exc`` as an OSError of the same class whose ``filename`` is ``path`` (the target)."""
    if exc.errno is None:
        return exc
    return type(exc)(exc.errno, exc.strerror, path)


def read_only(path: str) -> bool:
    """Whether ``path`` is a file that exists and this process may not write (for root, which
    may write any file, none is)."""
    if not os.path.exists(path):
        return False
    effective = os.access in os.supports_effective_ids
    return not os.access(path, os.W_OK, effective_ids=effective)


def unwritable(what: str, path: str, *, folder: bool = False) -> str:
    """What to say of the output `what` the user may not write: the file ``path`` (mode 444,
    another user's), or with ``folder`` the folder ``path`` it would go in. The one wording of
    the batch commands and ``glossary convert`` (which said only "Permission denied").

    >>> unwritable("output", "a.txt")
    'a.txt: `output` is a file you may not write (Permission denied); make it writable (chmod u+w) or name another'
    >>> unwritable("output", "/srv", folder=True)
    '/srv: no permission to write in it for `output`; name another'
    """
    if folder:
        return f"{path}: no permission to write in it for `{what}`; name another"
    return (
        f"{path}: `{what}` is a file you may not write (Permission denied); make it writable "
        "(chmod u+w) or name another"
    )


#: what a symbolic link in a loop is to a writer (os.stat: "Too many levels of symbolic links")
_LOOP = (
    "a symbolic link in a loop (it leads back to itself), so no file can be written through "
    "it; remove or mend the link"
)
#: what a socket is to a writer (open: "No such device or address")
_SOCKET = (
    "a socket, which no file can be written to by its name; write a file, or write to "
    "standard output and pipe it to the program that listens there"
)


def no_output(what: str, path: str) -> str | None:
    """What to say of the output `what` when ``path`` is a symbolic link in a loop or into a
    folder that is not there, or a socket, where nothing can be written, else None: the one
    wording of the batch commands and ``glossary convert``, said before any work.

    >>> import os, tempfile
    >>> link = os.path.join(tempfile.mkdtemp(), "out.txt")
    >>> os.symlink(link, link)
    >>> print(no_output("output", link).replace(link, "out.txt"))
    out.txt: `output` is a symbolic link in a loop (it leads back to itself), so no file can be written through it; remove or mend the link, or name another
    >>> no_output("output", os.path.dirname(link)) is None
    True
    """
    try:
        mode = os.stat(path).st_mode
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return f"{path}: `{what}` is {_LOOP}, or name another"
        folder = os.path.dirname(os.path.realpath(path))  # (the file is written through it)
        if os.path.islink(path) and not os.path.isdir(folder):
            return (
                f"{path}: `{what}` is a symbolic link to {os.readlink(path)}, in a folder that "
                f"is not there ({folder}); make that folder, mend the link, or name another"
            )
        return None
    return f"{path}: `{what}` is {_SOCKET}" if stat.S_ISSOCK(mode) else None


def writable_folder(folder: str) -> bool:
    """Whether this process may make a file in ``folder`` (as its effective user)."""
    effective = os.access in os.supports_effective_ids
    return os.access(folder, os.W_OK | os.X_OK, effective_ids=effective)


_CHANGED = (
    "the input changed while it was read (another program replaced it or wrote to it); "
    "not written, the file left as that program left it: convert it once nothing does"
)


def _identity(path: str | os.PathLike[str] | None) -> tuple[int, ...] | None:
    """The file at ``path`` as a change would tell (device, inode, size, modification time),
    None where there is none."""
    try:
        st = os.stat(path)  # type: ignore[arg-type]
    except (OSError, TypeError, ValueError):
        return None
    return (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns)


def _backup(target: str, backup: str) -> None:
    """Make ``backup`` hold the current content of ``target`` (hard link, else a copy).

    An existing ``backup`` is never replaced (:class:`BackupExistsError`): the final step is a
    hard link, which fails when the name is taken, so even a concurrent run cannot overwrite it.
    """
    folder = os.path.dirname(os.path.abspath(backup))
    # (the name cut as for an output's temporary file: a backup name near the file system's
    # limit of 255 bytes must not make the temporary name too long)
    tmp = os.path.join(folder, f"{temp_prefix()}backup-{os.path.basename(backup)[:100]}")
    with contextlib.suppress(FileNotFoundError):
        os.unlink(tmp)
    try:
        try:
            os.link(target, tmp)
        except OSError:
            import shutil

            shutil.copy2(target, tmp)
    except OSError as exc:  # e.g. the backup's folder is full: the backup cannot be made
        raise _naming(exc, backup) from None
    try:
        os.link(tmp, backup)
    except FileExistsError:
        raise BackupExistsError(
            errno.EEXIST, "backup already exists; translit never overwrites one", backup
        ) from None
    except OSError as exc:  # no hard links on this filesystem
        if os.path.lexists(backup):
            raise BackupExistsError(
                errno.EEXIST, "backup already exists; translit never overwrites one", backup
            ) from None
        try:
            os.replace(tmp, backup)
        except OSError:
            raise _naming(exc, backup) from None
    finally:
        with contextlib.suppress(OSError):
            os.unlink(tmp)


@contextlib.contextmanager
def atomic_write(
    path: str | os.PathLike[str],
    *,
    encoding: str = "utf-8",
    errors: str = "strict",
    newline: str = "",
    keep_mode_of: str | os.PathLike[str] | None = None,
) -> Iterator[IO[str]]:
    """Open a text file for writing that appears at ``path`` only once complete.

    On an exception the temporary file is removed and ``path`` is left untouched.

    >>> import os, tempfile
    >>> path = os.path.join(tempfile.mkdtemp(), "out.txt")
    >>> with atomic_write(path) as fh:
    ...     _ = fh.write("Shchuka\\n")
    ...     os.path.exists(path)
    False
    >>> open(path, encoding="utf-8").read()
    'Shchuka\\n'
    """
    import io

    want_codec(encoding, errors)  # an unknown name is a ParameterError, before any file exists
    out = AtomicFile(want_path(path, "atomic_write()"), keep_mode_of=keep_mode_of)
    try:
        fh = io.TextIOWrapper(
            out.file, encoding=encoding, errors=errors, newline=newline, write_through=True
        )
        try:
            yield fh
            fh.flush()
        except OSError as exc:
            if exc.filename is None and exc.errno is not None:  # a write into the temporary
                raise type(exc)(exc.errno, exc.strerror, os.fspath(path)) from None  # file
            raise
        fh.detach()
        out.commit()
    finally:
        out.abort()
