"""The package's data files (``translit/data/``): the one place that knows where they live.

Internal: the modules that own each file read it through here with names of their own (a
caller's scheme or language name never reaches a path; see :func:`translit.catalogue.locate`).

Scheme files, alphabets, normalisation and detection data ship inside the package; a wheel
installs them as plain files beside the modules, so they are found from this module's own
location and read with ``open`` and ``os.listdir``. (``importlib.resources`` finds the same
files, but importing it pulls in pathlib, tempfile, shutil and zipfile: about 10 ms of every
``translit`` start, as much as a short run spends converting.)

A TOML file is parsed once, not once per process: its parsed copy lies beside it, in
``__pycache__/<name>.<cache tag>.marshal``, as Python keeps ``.pyc`` files, and
:func:`load_toml` reads that while the file's size and checksums still match (a tenth of a
small run's instructions went to importing ``tomllib`` and parsing; detection and ``translit
schemes`` read many more files). The build writes the copies into the wheel
(:func:`write_copies`, called by ``setup.py``), so an installed package has them, even one
installed where its users cannot write, and uninstalling removes them with the rest. Elsewhere
(a checkout, an editable install) the first process to parse a file writes its copy, under
Python's own settings: nothing is written under ``PYTHONDONTWRITEBYTECODE``,
``PYTHONPYCACHEPREFIX`` moves the copies; a file whose copy cannot be written is parsed once
per process, its copy kept in memory.
A copy that cannot be read back (truncated, damaged on disk: each copy file ends with its own
CRC-32, another Python) is parsed again and rewritten.

    >>> load_toml("alphabets.toml")["ru"][:6]
    'абвгде'
    >>> "bgn-pcgn.toml" in listdir("schemes", "ru")
    True
"""

from __future__ import annotations

import contextlib
import marshal
import os
import sys
import zlib
from collections.abc import Callable
from typing import Any, TypeVar

T = TypeVar("T")

#: The package's folder: what the installer wrote (an installed wheel's, in site-packages),
#: where nothing is written at run time but in a checkout (see :func:`kept_copy`).
PACKAGE = os.path.dirname(os.path.abspath(__file__))
#: The data folder (``translit/data``).
ROOT = os.path.join(PACKAGE, "data")


def read_text(*parts: str) -> str:
    """The UTF-8 text of the data file ``parts`` (e.g. ``"schemes", "ru", "iso-9.toml"``);
    raises :class:`FileNotFoundError` when there is none."""
    with open(os.path.join(ROOT, *parts), encoding="utf-8") as fh:
        return fh.read()


def read_bytes(*parts: str) -> bytes:
    """The bytes of the data file ``parts``; raises :class:`FileNotFoundError` when there is
    none."""
    with open(os.path.join(ROOT, *parts), "rb") as fh:
        return fh.read()


def read_table(*parts: str) -> list[dict[str, str]]:
    """The rows of the CSV data file ``parts`` as dicts by its header (lines starting with ``#``
    are the file's comments); empty when there is no such file (a language without a table).

    >>> read_table("names", "given_names.csv")[0]["ru"]
    'Александр'
    """
    try:
        return read_rows(read_text(*parts))
    except FileNotFoundError:
        return []


def read_rows(text: str) -> list[dict[str, str]]:
    """The rows of the CSV ``text`` as dicts by its header, less its ``#`` comment lines."""
    import csv  # (only a caller of a table pays the import)

    lines = text.splitlines(keepends=True)
    return list(csv.DictReader(line for line in lines if not line.startswith("#")))


def glossary_roots() -> list[str]:
    """The folders of the shipped glossaries (the repository's ``glossaries/``): the installed
    package's ``_glossaries`` (a wheel puts them there), a checkout's ``glossaries`` beside the
    package; those that exist, in that order."""
    package = os.path.dirname(ROOT)
    found = (
        os.path.join(package, "_glossaries"),
        os.path.join(os.path.dirname(package), "glossaries"),
    )
    return [p for p in found if os.path.isdir(p)]


def read_glossary_bytes(name: str) -> bytes:
    """The bytes of the shipped glossary file ``name`` (``names.csv``), found as
    :func:`glossary_roots` says; raises :class:`FileNotFoundError` when there is none. (The
    glossary modules read and check these files; a lower module reads only their bytes.)"""
    for root in glossary_roots():
        if name in os.listdir(root):  # a name among the folder's files, never a path
            with open(os.path.join(root, name), "rb") as fh:
                return fh.read()
    raise FileNotFoundError(name)


def load_toml(*parts: str) -> dict[str, Any]:
    """The data file ``parts`` parsed as TOML (:class:`tomllib.TOMLDecodeError`, a
    :class:`ValueError`, if it is not), from its parsed copy when that is current (see the
    module docstring)."""
    path = os.path.join(ROOT, *parts)
    with open(path, "rb") as fh:
        raw = fh.read()
    stamp = _stamp(raw)
    copy = _copy_path(path)
    found = _read_copy(copy, stamp)
    if found is None and sys.pycache_prefix:  # the copy an installed wheel came with
        found = _read_copy(_copy_path(path, beside=True), stamp)
    if found is not None:
        return found
    where = (path, copy, sys.dont_write_bytecode)  # (a copy that now may be written, is)
    kept = _KEPT_HERE.get(where)
    if kept is not None and kept[0] == stamp:
        return marshal.loads(kept[1])
    data = _parsed(raw)
    if not _write_copy(copy, stamp, data):
        with contextlib.suppress(ValueError):  # (values marshal does not hold: parsed each time)
            _KEPT_HERE[where] = (stamp, marshal.dumps(data))
    return data


#: the copies a process could not keep on disk (bytecode writing turned off, a folder it cannot
#: write), kept in memory as marshal data: each call still returns tables of its own, as from
#: a copy on disk, without parsing the file again (`glossary apply` asks for inflection.toml
#: once per language and word class: 0.6 s a call to parse, each)
_KEPT_HERE: dict[tuple[str, str, bool], tuple[tuple[str, int, int, int], bytes]] = {}


def _parsed(raw: bytes) -> dict[str, Any]:
    import tomllib  # only for a file without a current copy: importing it costs 3 ms

    return tomllib.loads(raw.decode("utf-8"))


def write_copies(root: str) -> int:
    """Parse every TOML file under ``root`` and keep its copy beside it, whatever the
    bytecode settings say: the build (``setup.py``) does this for the wheel, whose file
    list then names the copies, so that uninstalling removes them. The number written.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as d:
    ...     _ = open(os.path.join(d, "a.toml"), "w").write("x = 1")
    ...     write_copies(d)
    1
    """
    done = 0
    for folder, _, names in os.walk(root):
        for name in sorted(names):
            if name.endswith(".toml"):
                path = os.path.join(folder, name)
                with open(path, "rb") as fh:
                    raw = fh.read()
                copy = _copy_path(path, beside=True)
                done += _write_copy(copy, _stamp(raw), _parsed(raw), always=True)
    return done


#: what a parsed copy starts with: a change to what copies hold makes the old ones stale
_MAGIC = "translit-toml-3"


def _stamp(raw: bytes) -> tuple[str, int, int, int]:
    """What a copy must have been made from: the file's size and two checksums of its bytes
    (not its modification time, which installing a wheel resets)."""
    return (_MAGIC, len(raw), zlib.crc32(raw), zlib.adler32(raw))


def _copy_path(path: str, beside: bool = False) -> str:
    """Where the parsed copy of the data file ``path`` lives: ``__pycache__`` beside it, or
    under ``sys.pycache_prefix`` (unless ``beside``), as for ``.pyc`` files."""
    head, name = os.path.split(path)
    folder = (
        os.path.join(sys.pycache_prefix, os.path.splitdrive(head)[1].lstrip(os.sep))
        if sys.pycache_prefix and not beside
        else os.path.join(head, "__pycache__")
    )
    return os.path.join(folder, f"{name}.{sys.implementation.cache_tag}.marshal")


def _read_copy(copy: str, stamp: tuple[str, int, int, int]) -> dict[str, Any] | None:
    """The data of ``copy`` if it is there, whole and made from the file as ``stamp`` says."""
    try:
        with open(copy, "rb") as fh:
            found = marshal.loads(_opened(fh.read()))
    except (OSError, EOFError, ValueError, TypeError):
        return None
    if type(found) is tuple and len(found) == 2 and found[0] == stamp and type(found[1]) is dict:
        return found[1]
    return None


def _write_copy(
    copy: str, stamp: tuple[str, int, int, int], data: dict[str, Any], always: bool = False
) -> bool:
    """Keep ``data`` in ``copy`` for the next process, written whole or not at all (another
    process may be reading it). Quietly nothing when it cannot be: bytecode writing turned off
    (unless ``always``), a folder that cannot be written, values marshal does not hold (TOML
    dates). Whether it was written."""
    if sys.dont_write_bytecode and not always:
        return False
    try:
        blob = marshal.dumps((stamp, data))
    except ValueError:
        return False
    return _written(copy, f"{copy}.{os.getpid()}.{id(data)}.tmp", _sealed(blob))  # (threads too)


def _sealed(blob: bytes) -> bytes:
    """``blob`` as a copy file holds it: its CRC-32 after it (4 bytes, little-endian)."""
    return blob + zlib.crc32(blob).to_bytes(4, "little")


def _opened(raw: bytes) -> bytes:
    """The blob a copy file ``raw`` holds (:func:`_sealed`); :class:`ValueError` where its
    checksum does not match: a copy damaged on disk (a flipped bit in a letter's romanisation
    read back as another letter, silently), cut short, or of the earlier layout. (Marshal and
    pickle data ignore the 4 bytes after them: an older reader reads a sealed copy.)"""
    blob = raw[:-4]
    if len(raw) < 4 or zlib.crc32(blob).to_bytes(4, "little") != raw[-4:]:
        raise ValueError("a damaged copy")
    return blob


def _written(copy: str, tmp: str, blob: bytes) -> bool:
    """``blob`` written to ``tmp``, then put in ``copy``'s place; whether it was. ``tmp`` is
    removed whatever stops the writing: a full disk, a folder that cannot be written, or the
    process stopped (Ctrl-C, SIGTERM), which goes on."""
    try:
        os.makedirs(os.path.dirname(copy), exist_ok=True)
        with open(tmp, "wb") as fh:
            fh.write(blob)
        os.replace(tmp, copy)
    except BaseException as e:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(e, OSError):
            return False
        raise
    return True


def listdir(*parts: str) -> list[str]:
    """The names in the data folder ``parts``, sorted (empty when there is no such folder)."""
    try:
        return sorted(os.listdir(os.path.join(ROOT, *parts)))
    except (FileNotFoundError, NotADirectoryError):
        return []


def is_dir(*parts: str) -> bool:
    """Whether ``parts`` names a folder of the data."""
    return os.path.isdir(os.path.join(ROOT, *parts))


# -- read copies of what the package's code makes of a file (a shipped glossary) --------------

#: what a kept copy starts with: a change to how copies are kept makes the old ones stale
_KEPT_MAGIC = "translit-kept-2"


def kept_copy(path: str, make: Callable[[], T], kind: str = "", deps: tuple[str, ...] = ()) -> T:
    """``make()``, what the package's code reads the file ``path`` as, from the copy a process
    kept of it before (``__pycache__/<name>.<cache tag>.pickle`` beside it, or under
    ``sys.pycache_prefix``, as :func:`load_toml`'s copies; for a file inside the package's
    folder, an installed wheel's shipped glossary, under the user's cache, :func:`cache_home`:
    see :func:`kept_path`; ``<name>.<kind><cache tag>.pickle``
    for another ``kind`` of thing made of it) while the file's size and checksums,
    :func:`code_stamp`, the package's own files, and the installed packages ``deps`` whose
    data ``make`` reads (:func:`deps_stamp`) still match; else made and kept for the
    next process under Python's bytecode settings (nothing kept under
    ``PYTHONDONTWRITEBYTECODE``, nor where the folder cannot be written: then made each time).
    A copy whose own checksum fails (damaged on disk, cut short) is made again; a process
    the package changed under keeps and reads none (:func:`changed_under_us`).
    For an object that pickles to an equal one (a shipped glossary): the copy is as trusted as
    the ``.pyc`` files beside it, which a writer of that folder could replace as well.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as d:
    ...     path = os.path.join(d, "a.txt")
    ...     _ = open(path, "w").write("x")
    ...     first = kept_copy(path, lambda: ["made"])
    ...     again = kept_copy(path, lambda: ["made again"])
    >>> first, again == (["made again"] if sys.dont_write_bytecode else ["made"])
    (['made'], True)
    """
    try:
        with open(path, "rb") as fh:
            raw = fh.read()
    except OSError:
        return make()  # (the reader reports it)
    stamp: tuple[Any, ...] = (_KEPT_MAGIC, len(raw), zlib.crc32(raw), zlib.adler32(raw))
    stamp += (code_stamp(), *deps_stamp(deps))
    if changed_under_us():
        return make()  # (this process's code is not the code the stamp describes)
    copy = kept_path(path, kind)
    try:
        with open(copy, "rb") as fh:
            found = _unkept(_opened(fh.read()))
    except Exception:  # (none there, or truncated, or of another version: made again)
        found = None
    if type(found) is tuple and len(found) == 2 and found[0] == stamp:
        return found[1]
    data = make()
    if not sys.dont_write_bytecode and copy:
        blob = _kept((stamp, data))
        if blob is not None:
            _written(copy, f"{copy}.{os.getpid()}.{id(data)}.tmp", _sealed(blob))
    return data


def _kept(value: Any) -> bytes | None:
    """``value`` as a kept copy holds it: marshal data where marshal holds every object of it
    (plain tables: read back without importing pickle, about 3 M instructions of a start,
    and faster), else a pickle (which starts with its PROTO opcode, 0x80, as marshal data
    never does); ``None`` where neither can."""
    with contextlib.suppress(ValueError):
        return marshal.dumps(value)
    import pickle

    try:
        return pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    except (pickle.PicklingError, TypeError, AttributeError, RecursionError):
        return None


def _unkept(blob: bytes) -> Any:
    """What :func:`_kept` wrote: a pickle, or marshal data."""
    if blob[:1] != b"\x80":
        return marshal.loads(blob)
    import pickle  # (only a copy marshal could not hold: not every start)

    return pickle.loads(blob)


def kept_path(path: str, kind: str = "") -> str:
    """Where :func:`kept_copy` keeps what it makes of the file ``path``: under
    ``sys.pycache_prefix`` where that is set; for a file inside :data:`PACKAGE` (an installed
    wheel's shipped glossaries: its site-packages folder is the installer's, maybe not
    writable, and ``pip uninstall`` removes only the files it installed) under
    :func:`cache_home`, its folder's path repeated there as the pycache prefix repeats it;
    else (a checkout's ``glossaries/``) ``__pycache__`` beside it. Empty where there is no
    cache folder.

    >>> kept_path("/repo/glossaries/names.csv", "name-keys.").endswith(
    ...     "glossaries/__pycache__/names.csv.name-keys.%s.pickle" % sys.implementation.cache_tag)
    True
    """
    tag = sys.implementation.cache_tag
    path = os.path.abspath(path)
    head, name = os.path.split(path)
    if not sys.pycache_prefix and os.path.commonpath([PACKAGE, path]) == PACKAGE:
        home = cache_home()
        if not home:
            return ""
        folder = os.path.join(home, os.path.splitdrive(head)[1].lstrip(os.sep))
        return os.path.join(folder, f"{name}.{kind}{tag}.pickle")
    return _copy_path(path)[: -len(f"{tag}.marshal")] + f"{kind}{tag}.pickle"


def cache_home() -> str:
    """The user's cache folder of translit: ``$XDG_CACHE_HOME/translit`` where that is an
    absolute path (the XDG spec ignores a relative one), else ``~/.cache/translit``
    (Windows: ``%LOCALAPPDATA%\\translit``); empty where no home folder is known."""
    base = os.environ.get("XDG_CACHE_HOME", "")
    if not os.path.isabs(base):
        base = os.environ.get("LOCALAPPDATA", "") if os.name == "nt" else ""
    if not os.path.isabs(base):
        base = os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "translit") if os.path.isabs(base) else ""


#: [the package stamp, the newest modification time (ns) of its files], taken once a process
_CODE_STAMP: list[int] = []


def code_stamp() -> int:
    """A checksum of the name, size and modification time of every file of the package (its
    modules and data, not ``__pycache__``), taken once a process: what a kept copy was made
    by (a changed module or data file, an upgrade, makes every copy stale)."""
    if not _CODE_STAMP:
        seen: list[str] = []
        newest = _listed(PACKAGE, "", seen)
        listed = "\n".join(seen).encode("utf-8", "surrogateescape")
        _CODE_STAMP[:] = [zlib.crc32(listed) << 32 | zlib.adler32(listed), newest]
    return _CODE_STAMP[0]


def changed_under_us() -> bool:
    """Whether a file of the package is newer than this process's import of translit
    (``translit._IMPORTED_NS``): the package was upgraded or edited under a running process
    (a Jupyter kernel, a Dask worker, a REPL beside ``git pull``), whose code is then not
    the one :func:`code_stamp`, taken from the files as they are now, describes. Such a
    process neither keeps a copy (the next process of the new code would read its old
    tables as current) nor reads one (the new code's, maybe of another layout). A file
    dated in the future (a clock set wrong) only costs the copies until that time."""
    code_stamp()
    started = getattr(sys.modules.get(__package__ or "", None), "_IMPORTED_NS", None)
    return isinstance(started, int) and len(_CODE_STAMP) > 1 and _CODE_STAMP[1] > started


def _listed(folder: str, rel: str, seen: list[str]) -> int:
    """``rel/name size mtime`` of each file under ``folder`` (``rel`` its path below the
    package), a folder's files before its subfolders, each in name order, ``__pycache__``
    and linked folders left out (what ``os.walk`` listed, in one ``scandir`` a folder); the
    newest modification time (ns) among them (0: none)."""
    try:
        with os.scandir(folder) as found:
            entries = sorted(found, key=lambda e: e.name)
    except OSError:
        return 0
    newest = 0
    below = []
    for entry in entries:
        try:
            if entry.is_dir():
                if entry.name != "__pycache__" and not entry.is_symlink():
                    below.append(entry)
                continue
            st = entry.stat()
        except OSError:
            continue
        seen.append(f"{rel}/{entry.name} {st.st_size} {st.st_mtime_ns}")
        newest = max(newest, st.st_mtime_ns)
    for entry in below:
        newest = max(newest, _listed(entry.path, f"{rel}/{entry.name}", seen))
    return newest


def deps_stamp(names: tuple[str, ...]) -> tuple[tuple[str, int, int], ...]:
    """(origin, size, modification time) of each installed package of ``names`` (its
    ``__init__.py``, which installing another version writes anew), found, not imported."""
    if not names:
        return ()  # (importing importlib.util costs about 6 M instructions of a start)
    from importlib.util import find_spec

    out = []
    for name in names:
        spec = find_spec(name)
        origin = (spec.origin if spec is not None else None) or ""
        try:
            st = os.stat(origin)
        except OSError:
            out.append((origin, -1, -1))
        else:
            out.append((origin, st.st_size, st.st_mtime_ns))
    return tuple(out)
