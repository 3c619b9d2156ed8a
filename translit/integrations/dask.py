"""translit on a Dask cluster (optional extra ``dask``): bags of text and DataFrame columns.

Only names travel to the workers (scheme id, language, target, normalisation options); each
worker process builds its romaniser once through :func:`translit.get_romanizer`'s cache and
reuses it for every partition. Results are exactly those of the local library calls.
``lang="auto"`` decides each value as the pandas accessor and the command line do
(:func:`translit.api.romanize_record`): in its own language, or, where a value is too short or
weak to decide alone, in the column's or bag's (:func:`translit.autodetect.column_language`
of its first partition's first values, found once as a task of the graph).

    >>> import dask.bag as db
    >>> from translit.integrations.dask import romanize_bag
    >>> romanize_bag(db.from_sequence(["Ельцин", "ВС КОНР"]), scheme="bgn-pcgn", lang="ru").compute()
    ['Yelʹtsin', 'VS KONR']
"""

from __future__ import annotations

import contextlib
import functools
import itertools
import logging
import re
import socket
import struct
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

from ..errors import ParameterError, TranslitError, UnknownColumnError

if TYPE_CHECKING:  # pragma: no cover
    from typing import Unpack

    import dask.bag
    import dask.dataframe

    from ..normalization import NormalizeOptions

__all__ = [
    "SchedulerError",
    "detect_bag",
    "detect_frame",
    "local_cluster",
    "normalize_bag",
    "normalize_frame",
    "romanize_bag",
    "romanize_frame",
]

#: Seconds a scheduler address has to take a connection and send Dask's greeting: a refused
#: port fails at once, a host that drops the connection or a service that says nothing (a web
#: server, the dashboard's port) after this, where Dask waited 30 s or, on the silent one,
#: for ever.
PROBE_SECONDS = 5.0

#: The largest greeting a scheduler sends (Dask's handshake is a few dozen bytes): a service of
#: another protocol read as one asked Dask to allocate exabytes ("out of memory").
_MOST_GREETING = 1 << 20


class SchedulerError(TranslitError, ConnectionError):
    """No Dask scheduler answers at ``address`` (nothing listens there, the host cannot be
    reached, or the service there is no Dask scheduler): a ``ConnectionError`` too.

    >>> str(SchedulerError("tcp://10.0.0.5:8786", "Connection refused")).split(";")[0]
    "`scheduler` 'tcp://10.0.0.5:8786': no scheduler answered (Connection refused)"
    """

    def __init__(self, address: str, why: str, fix: str | None = None) -> None:
        self.address = address
        self.why = why
        if fix is not None:  # (something answered: what is wrong is on this side)
            super().__init__(f"`scheduler` {address!r}: {why}; {fix}")
            return
        super().__init__(
            f"`scheduler` {address!r}: no scheduler answered ({why}); check the address "
            "(tcp://host:8786, the scheduler's port, not its dashboard's) and that the "
            "scheduler runs there (dask scheduler), or give local"
        )


def _romanize_one(
    text: Any, scheme: str | None, lang: str, target: str | None, homoglyphs: bool = True
) -> Any:
    if not isinstance(text, str):
        return text
    from ..api import romanize

    return romanize(text, scheme=scheme, lang=lang, target=target, homoglyphs=homoglyphs)


def _romanize_within(
    text: Any, within: str, scheme: str | None, target: str | None, homoglyphs: bool = True
) -> Any:
    """One value of a column or bag whose language is ``within``, under ``lang="auto"``."""
    if not isinstance(text, str):
        return text
    from ..api import romanize_record

    return romanize_record(text, within, scheme, target=target, homoglyphs=homoglyphs)


def _auto(lang: Any) -> bool:
    """Whether ``lang`` asks for the decision of each value (``"auto"``, any case)."""
    return isinstance(lang, str) and lang.strip().lower() == "auto"


def _detect_within(text: Any, within: str | None) -> Any:
    """The language romanize gives one value of a column or bag whose language is ``within``
    (None: each value alone), under the same ``lang``: :func:`translit.autodetect.record_decision`."""
    if not isinstance(text, str):
        return text
    from ..autodetect import record_decision

    return record_decision(text, within).lang


def _detect_partition(items: Iterable[Any], within: str | None) -> list[Any]:
    return _each_item(items, _detect_within, within)


def _first_languages(part: Any, columns: list[Any]) -> dict[Any, str]:
    """The language of each of ``columns`` of a frame's first partition ``part``."""
    from ..autodetect import column_language

    return {col: column_language(part[col]) for col in columns}


def _normalize_one(text: Any, options: dict[str, Any]) -> Any:
    if not isinstance(text, str):
        return text
    from ..normalization import normalize

    return normalize(text, **options)


def _want(value: Any, kind: str, call: str) -> None:
    """A ``TypeError`` naming ``call`` unless ``value`` is a Dask ``kind`` (``Bag`` or
    ``DataFrame``): a pandas frame or a list failed on a missing Dask attribute."""
    import dask.bag
    import dask.dataframe

    want = dask.bag.Bag if kind == "Bag" else dask.dataframe.DataFrame
    if isinstance(value, want):
        return
    hint = ""
    if type(value).__module__.startswith("pandas"):
        hint = (
            " (for pandas, the Series.translit accessor: import translit.integrations.pandas; "
            "df[col].translit.romanize(); or dask.dataframe.from_pandas)"
        )
    raise TypeError(f"{call} takes a Dask {kind}, not {type(value).__name__}{hint}")


def _each_item(items: Iterable[Any], fn: Any, *args: Any) -> list[Any]:
    """``fn(item, *args)`` of each item of a bag's partition; the error of one names the item
    (a bag has no row labels: its value), which the message did not."""
    from ..errors import TranslitError, placed, shown

    out = []
    for t in items:
        try:
            out.append(fn(t, *args))
        except TranslitError as exc:
            raise placed(exc, f"item {shown(t)}") from None
    return out


def _romanize_partition(
    items: Iterable[Any], scheme: str | None, lang: str, target: str | None, homoglyphs: bool
) -> list[Any]:
    return _each_item(items, _romanize_one, scheme, lang, target, homoglyphs)


def _normalize_partition(items: Iterable[Any], options: dict[str, Any]) -> list[Any]:
    return _each_item(items, _normalize_one, options)


def romanize_bag(
    bag: dask.bag.Bag,
    scheme: str | None = None,
    lang: str = "auto",
    target: str | None = None,
    *,
    homoglyphs: bool = True,
) -> dask.bag.Bag:
    """A bag of the romanised strings of ``bag`` (non-strings pass through; look-alikes
    repaired unless ``homoglyphs=False``, as :func:`translit.romanize`).

    >>> import dask.bag as db
    >>> romanize_bag(db.from_sequence(["Щука", 7]), lang="ru", target="fr").compute(scheduler="sync")
    ['Chtchouka', 7]
    """
    _want(bag, "Bag", "romanize_bag()")
    _romanize_one("", scheme, lang, target, homoglyphs)  # a bad name fails here, not on a worker
    if _auto(lang):  # each item within the bag's language, from its first partition
        import dask

        from ..autodetect import column_language

        within = dask.delayed(column_language, pure=True)(bag.to_delayed()[0])
        return bag.map_partitions(_within_partition, within, scheme, target, homoglyphs)
    return bag.map_partitions(_romanize_partition, scheme, lang, target, homoglyphs)


def _within_partition(
    items: Iterable[Any], within: str, scheme: str | None, target: str | None, homoglyphs: bool
) -> list[Any]:
    return _each_item(items, _romanize_within, within, scheme, target, homoglyphs)


def detect_bag(bag: dask.bag.Bag, lang: str = "auto") -> dask.bag.Bag:
    """A bag of the language codes :func:`romanize_bag` with the same ``lang`` uses for the
    strings of ``bag`` (``'und'`` without Cyrillic; non-strings pass through): ``"auto"``,
    each in its own language or the bag's (its first partition's) where too short or weak to
    decide alone; ``"auto-line"``, each alone (see the pandas accessor's ``detect``).

    >>> import dask.bag as db
    >>> bag = db.from_sequence(["Київ", "Харків", "Петрович", 7], npartitions=1)
    >>> detect_bag(bag).compute(scheduler="sync"), detect_bag(bag, "auto-line").compute(scheduler="sync")
    (['uk', 'uk', 'uk', 7], ['uk', 'uk', 'ru', 7])
    """
    from ..autodetect import record_mode

    _want(bag, "Bag", "detect_bag()")
    if record_mode(lang, "detect_bag()") == "auto-line":
        return bag.map_partitions(_detect_partition, None)
    import dask

    from ..autodetect import column_language

    within = dask.delayed(column_language, pure=True)(bag.to_delayed()[0])
    return bag.map_partitions(_detect_partition, within)


def normalize_bag(bag: dask.bag.Bag, **options: Unpack[NormalizeOptions]) -> dask.bag.Bag:
    """A bag of the normalised strings of ``bag`` (options as :func:`translit.normalize`).

    >>> import dask.bag as db
    >>> normalize_bag(db.from_sequence(["PОА"]), yo="fold").compute(scheduler="sync")
    ['РОА']
    """
    _want(bag, "Bag", "normalize_bag()")
    _normalize_one("", dict(options))  # (an unknown option or value fails here)
    return bag.map_partitions(_normalize_partition, dict(options))


def _series_map(series: Any, fn: Any, *args: Any) -> Any:
    import pandas as pd

    from .pandas import TranslitAccessor

    return TranslitAccessor(pd.Series(series))._map(lambda v: fn(v, *args))


def _apply_columns(
    frame: dask.dataframe.DataFrame,
    columns: str | Sequence[str | int],
    suffix: str | None,
    fn: Any,
    *args: Any,
    within: bool = False,
) -> dask.dataframe.DataFrame:
    """``fn(value, *args)`` of each value of ``columns``; ``within``: ``fn(value, lang, *args)``,
    ``lang`` the column's language (:func:`_first_languages`, one task)."""
    if isinstance(columns, str):  # one name, not its letters ("name" was n, a, m, e)
        columns = [columns]
    if isinstance(columns, (bytes, bytearray)) or not hasattr(columns, "__iter__"):
        raise TypeError(
            f"`columns` names the columns (a list such as ['name']), not {type(columns).__name__}"
        )
    columns = list(columns)
    if not columns:  # (the frame came back unchanged, as if the work were done)
        raise ParameterError("`columns` names the columns to work on (such as ['name']), not none")
    if suffix is not None and not isinstance(suffix, str):  # (suffix=1 made a column "name1")
        raise TypeError(f"`suffix` is a str such as '_latn', or None, not {type(suffix).__name__}")
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise UnknownColumnError(f"no such column(s): {', '.join(map(str, missing))}")
    fn("", *(("ru",) if within else ()), *args)  # a bad name or option fails here, not later
    # each partition as a pandas frame, so a column named by a number (dd.read_csv with
    # header=None) is replaced too: Dask's assign and item assignment take str names only
    names = {col: f"{col}{suffix}" if suffix else col for col in columns}
    taken = [name for name in names.values() if suffix and name in frame.columns]
    if taken:  # (the frame's own column of that name was replaced: its values lost)
        raise ParameterError(
            f"column(s) {', '.join(map(repr, taken))} already exist: suffix {suffix!r} would "
            "overwrite them; give another suffix, or drop or rename those columns first"
        )
    meta = frame._meta.copy()
    for col, name in names.items():
        # the meta's column as the partitions' will be (the accessor keeps a string dtype,
        # which pandas 3 reads text as): with an object placeholder instead, to_parquet
        # inferred the schema from it and failed
        meta[name] = _series_map(meta[col], fn, *(("ru",) if within else ()), *args)
    langs: Any = None
    if within:
        import dask

        first = frame.partitions[0]
        langs = dask.delayed(_first_languages, pure=True)(first, list(names))
    return frame.map_partitions(_frame_map, names, langs, fn, *args, meta=meta)


def _frame_map(part: Any, names: dict[Any, Any], langs: Any, fn: Any, *args: Any) -> Any:
    """A partition with ``fn`` applied to its ``names`` columns (``langs``: each column's
    language, handed to ``fn`` first, or None)."""
    out = part.copy()
    for col, name in names.items():
        lang = () if langs is None else (langs[col],)
        out[name] = _series_map(part[col], fn, *lang, *args)
    return out


def romanize_frame(
    frame: dask.dataframe.DataFrame,
    columns: str | Sequence[str | int],
    *,
    scheme: str | None = None,
    lang: str = "auto",
    target: str | None = None,
    suffix: str | None = None,
    homoglyphs: bool = True,
) -> dask.dataframe.DataFrame:
    """Romanise ``columns`` of a Dask DataFrame, in place or beside them (``suffix="_latn"``).

    Each partition romanises its distinct values once (see the pandas accessor); look-alikes
    are repaired unless ``homoglyphs=False`` (as :func:`translit.romanize`).

    A value that is no text passes unchanged, but Dask may have made it text before translit
    sees it: ``dask.dataframe.from_pandas`` (Dask's ``dataframe.convert-string``, on by
    default with pyarrow) turns an object column into strings, None and NaN into ``<NA>``
    (kept missing, never the word "None"), but the number 5 into "5", UTF-8 bytes into their
    text (romanised) and a list into its ``repr``. A partition holds only strings by then, so
    nothing here can tell; to keep such values as they are, build the frame under
    ``dask.config.set({"dataframe.convert-string": False})``.

    >>> import dask.dataframe as dd, pandas as pd
    >>> people = dd.from_pandas(pd.DataFrame({"name": ["Ельцин", "Ельцин"]}), npartitions=1)
    >>> out = romanize_frame(people, ["name"], scheme="wikipedia", lang="ru", suffix="_latn")
    >>> out.compute(scheduler="sync")["name_latn"].tolist()
    ['Yeltsin', 'Yeltsin']
    """
    _want(frame, "DataFrame", "romanize_frame()")
    if _auto(lang):
        return _apply_columns(
            frame, columns, suffix, _romanize_within, scheme, target, homoglyphs, within=True
        )
    return _apply_columns(frame, columns, suffix, _romanize_one, scheme, lang, target, homoglyphs)


def detect_frame(
    frame: dask.dataframe.DataFrame,
    columns: str | Sequence[str | int],
    *,
    lang: str = "auto",
    suffix: str | None = "_lang",
) -> dask.dataframe.DataFrame:
    """Beside each of ``columns`` (``suffix``), the language code :func:`romanize_frame` with
    the same ``lang`` uses for each value: ``"auto"``, its own or its column's (the first
    partition's) where too short or weak to decide alone; ``"auto-line"``, each alone.

    >>> import dask.dataframe as dd, pandas as pd
    >>> places = dd.from_pandas(pd.DataFrame({"p": ["Київ", "Харків", "Петрович"]}), npartitions=1)
    >>> detect_frame(places, "p").compute(scheduler="sync")["p_lang"].tolist()
    ['uk', 'uk', 'uk']
    """
    from ..autodetect import record_mode

    _want(frame, "DataFrame", "detect_frame()")
    if record_mode(lang, "detect_frame()") == "auto-line":
        return _apply_columns(frame, columns, suffix, _detect_within, None)
    return _apply_columns(frame, columns, suffix, _detect_within, within=True)


def normalize_frame(
    frame: dask.dataframe.DataFrame,
    columns: str | Sequence[str | int],
    *,
    suffix: str | None = None,
    **options: Unpack[NormalizeOptions],
) -> dask.dataframe.DataFrame:
    """Normalise ``columns`` of a Dask DataFrame (options as :func:`translit.normalize`).

    >>> import dask.dataframe as dd, pandas as pd
    >>> frame = dd.from_pandas(pd.DataFrame({"t": ["Власовъ"]}), npartitions=1)
    >>> normalize_frame(frame, ["t"], old_orthography=True).compute(scheduler="sync")["t"][0]
    'Власов'
    """
    _want(frame, "DataFrame", "normalize_frame()")
    return _apply_columns(frame, columns, suffix, _normalize_one, dict(options))


# -- the CLI's --engine dask ----------------------------------------------------------------


def local_cluster(workers: int) -> Any:
    """A LocalCluster of ``workers`` single-threaded processes on 127.0.0.1, without a
    dashboard, its scheduler's HTTP endpoints on a free port: the default 8787 is the port of
    the user's own cluster's dashboard, and taking it warned "Port 8787 is already in use".
    ``translit romanize --engine dask`` runs on one; so can a program's bags and frames.

    >>> import dask.bag as db
    >>> from dask.distributed import Client
    >>> with local_cluster(1) as cluster, Client(cluster) as client:
    ...     romanize_bag(db.from_sequence(["Власов"]), lang="ru").compute()
    ['Vlasov']
    """
    from dask.distributed import LocalCluster

    return LocalCluster(
        n_workers=workers,
        threads_per_worker=1,
        processes=True,
        host="127.0.0.1",
        dashboard_address=None,
        scheduler_kwargs={"dashboard_address": ":0"},
        # (Dask's logs of a stopped run, on the command's stderr: "Worker process still alive
        # after 4.0 seconds, killing", "Async instruction … ended with CancelledError", an
        # ERROR "Failed to communicate with scheduler during heartbeat" and its traceback;
        # a task's failure still comes back through its future, a dead worker's too)
        silence_logs=logging.CRITICAL,
    )


#: The leases of a run's Semaphore (``translit-run-…``): one held by each task around its
#: output's last rename, never waited for (the count is what the stop waits on).
_LEASES = 1 << 30

#: Seconds a stopped run waits for the renames under way on its workers (a lease expires after
#: Dask's ``distributed.scheduler.locks.lease-timeout``, 30 s, where its worker died).
_RENAMES_SECONDS = 30.0


class _Stopped(TranslitError):
    """A task's run was stopped (or its scheduler cannot say): its output is not renamed."""


def _is_live(run: str) -> bool:
    """Whether the run ``run`` is live: its Event, set by the client before its first task and
    cleared at its end (:func:`_forget`), is set. :class:`_Stopped` where the scheduler cannot
    say (a scheduler that cannot be asked counts as a stop)."""
    from distributed import Event

    try:
        return bool(Event(run).is_set())
    except Exception as exc:
        raise _Stopped(f"run {run}: no answer ({type(exc).__name__}: {exc})") from None


@contextlib.contextmanager
def _live(run: str) -> Iterator[None]:
    """On a worker, around an output's backup and rename (:data:`translit.io.atomic.commit_guard`):
    :class:`_Stopped` unless the run ``run`` is still live (:func:`_is_live`), holding a lease
    of its Semaphore meanwhile, so that the stop waits for a rename under way (:func:`_stop`).
    The run is asked only with the lease held: asking first as well (so that a task of a run
    already ended would not make its Semaphore again on a remote scheduler) left each local
    worker a client that printed a traceback at the worker's end when a run was stopped."""
    from distributed import Semaphore

    try:
        lease = Semaphore(_LEASES, run)
        lease.acquire()
    except Exception as exc:
        raise _Stopped(f"run {run}: no lease ({type(exc).__name__}: {exc})") from None
    try:
        if not _is_live(run):  # (asked with the lease held: the stop waits for it)
            raise _Stopped(f"run {run} was stopped")
        yield
    finally:
        with contextlib.suppress(Exception):
            lease.release()


def _stop(client: Any, run: str, futures: Sequence[Any]) -> None:
    """Stop the run ``run`` on ``client``'s cluster: no task renames an output into place from
    now on (:func:`_live`: its Event cleared), the tasks not finished are cancelled (a finished
    one's result is kept for the report), and the renames under way have ended
    (:data:`_RENAMES_SECONDS` at most), so the outputs on disk are the run's last."""
    import time

    from distributed import Event, Semaphore

    with contextlib.suppress(Exception):  # (a scheduler gone: its workers' tasks cannot rename)
        Event(run, client=client).clear()
        client.cancel([f for f in futures if f.status != "finished"])  # (results kept)
        leases = Semaphore(_LEASES, run, scheduler_rpc=client.scheduler, loop=client.loop)
        deadline = time.monotonic() + _RENAMES_SECONDS
        while leases.get_value() and time.monotonic() < deadline:
            time.sleep(0.02)


def _forget(client: Any, run: str) -> None:
    """Take the run ``run``'s Event and Semaphore off the scheduler, at its end however it
    ended (a remote scheduler outlives the run: each run left them there). Clearing the Event
    takes it away (the scheduler keeps an Event only while it is set or waited for), and a
    task still running on a remote worker reads that as a stop (:func:`_live`)."""
    from distributed import Event, Semaphore

    with contextlib.suppress(Exception):  # (a scheduler gone: nothing of it is left)
        Event(run, client=client).clear()
    with contextlib.suppress(Exception):
        Semaphore(_LEASES, run, scheduler_rpc=client.scheduler, loop=client.loop).close()


def _run_one(spec: Any, source: str, target: str, opts: Any, run_id: str | None = None) -> Any:
    """On a worker: the local runner on one input file; returns its RunResult as it is, or
    None where the run ``run_id`` was stopped before its output was renamed into place (its
    temporary file removed, the target untouched)."""
    from ..io.atomic import commit_guard
    from ..io.runner import Plan, run

    one = opts.replace(
        output=None if opts.in_place else target,  # (in place: the input, its backup)
        out_dir=None,
        suffix=None,
        jobs=1,
        quiet=True,
        verbose=False,
        progress=False,
        resume=False,
        report=None,
        recursive=False,
        globs=(),
        engine="local",
        scheduler=None,
    )
    if run_id is None:
        return run(Plan(spec, (source,), one))
    token = commit_guard.set(functools.partial(_live, run_id))
    try:
        return run(Plan(spec, (source,), one))
    except _Stopped:
        return None
    finally:
        commit_guard.reset(token)


def _address(scheduler: str) -> tuple[str, int] | None:
    """The host and port of a TCP scheduler address (None for another transport, such as
    ``inproc://`` or ``ucx://``); a :class:`~translit.io.UsageError` for no address at all."""
    from distributed.comm import get_address_host_port, parse_address

    from ..io.options import UsageError

    try:
        if parse_address(scheduler)[0] not in ("tcp", "tls"):
            return None
        host, port = get_address_host_port(scheduler)
    except (ValueError, TypeError) as exc:  # ("nonsense": an internal error, ValueError)
        what = f"{scheduler!r} is no scheduler address (tcp://host:8786) nor 'local': {exc}"
        raise UsageError(
            "{0} " + what.replace("{", "{{").replace("}", "}}"), ("scheduler",)
        ) from None
    return str(host), int(port)


def probe(scheduler: str, seconds: float = PROBE_SECONDS) -> None:
    """Raise :class:`SchedulerError` unless a Dask scheduler answers at ``scheduler`` within
    ``seconds``: the connection is taken and, on plain TCP, the first bytes are Dask's
    greeting (a scheduler sends its handshake first); on ``tls://``, distributed's own comm
    makes the TLS handshake and reads the greeting with the Dask configuration's TLS settings. Dask's own client retried a refused port
    for 30 s, waited for ever on a service that says nothing (a web server) and read another
    protocol's bytes as a frame length of exabytes (MemoryError).

    >>> probe("tcp://127.0.0.1:1")
    Traceback (most recent call last):
    ...
    translit.integrations.dask.SchedulerError: `scheduler` 'tcp://127.0.0.1:1': no scheduler \
answered (Connection refused); check the address (tcp://host:8786, the scheduler's port, not \
its dashboard's) and that the scheduler runs there (dask scheduler), or give local
    """
    address = _address(scheduler)
    if address is None:
        return
    host, port = address
    try:
        sock = socket.create_connection((host, port), timeout=seconds)
    except socket.gaierror as exc:
        raise SchedulerError(scheduler, f"no host {host!r}: {exc.strerror or exc}") from None
    except TimeoutError:
        raise SchedulerError(scheduler, f"no connection in {seconds:g} s") from None
    except OSError as exc:
        raise SchedulerError(scheduler, exc.strerror or str(exc)) from None
    with sock:
        if scheduler.startswith("tls://"):  # (the TLS handshake comes first: Dask's own comm)
            sock.close()
            _greet_tls(scheduler, seconds)
            return
        head = b""
        try:
            while len(head) < 8:
                got = sock.recv(8 - len(head))
                if not got:
                    break
                head += got
        except TimeoutError:
            raise SchedulerError(
                scheduler,
                f"the service there said nothing in {seconds:g} s; a Dask scheduler greets at once",
            ) from None
        except OSError as exc:
            raise SchedulerError(scheduler, exc.strerror or str(exc)) from None
    if len(head) < 8:
        raise SchedulerError(scheduler, "the connection was closed without Dask's greeting")
    (size,) = struct.unpack("<Q", head)
    if not 0 < size <= _MOST_GREETING:
        raise SchedulerError(
            scheduler, f"the service there speaks another protocol: it began {head!r}"
        )


#: what to do when ``tls://`` cannot be spoken from here
_TLS_SETTINGS = (
    "set the CA file and this client's certificate and key in the Dask configuration "
    "(distributed.comm.tls.ca-file, .client.cert, .client.key; or the variables "
    "DASK_DISTRIBUTED__COMM__TLS__CA_FILE, __CLIENT__CERT, __CLIENT__KEY), as the scheduler's "
    "certificate authority issued them"
)


def _greet_tls(scheduler: str, seconds: float) -> None:
    """Dask's greeting from a ``tls://`` scheduler, read by distributed's own comm layer with
    the TLS settings a client takes from the Dask configuration (``distributed.comm.tls.*``,
    ``DASK_DISTRIBUTED__COMM__TLS__…``): the TLS handshake and Dask's handshake, no client
    started, ``seconds`` at most. A silent TLS service hung ``Client`` for ever, and a
    certificate it refuses or a service of another protocol failed only inside it."""
    import asyncio
    import concurrent.futures

    from distributed.comm import connect as comm_connect
    from distributed.security import Security

    try:
        args = Security().get_connection_args("client")
    except (OSError, ValueError) as exc:  # (a ca-file or cert that cannot be read)
        raise SchedulerError(
            scheduler, f"Dask's TLS settings cannot be used ({exc})", _TLS_SETTINGS
        ) from None
    if args.get("ssl_context") is None:
        raise SchedulerError(scheduler, "tls:// needs Dask's TLS settings: none are set",
                             _TLS_SETTINGS)  # fmt: skip

    async def greet() -> None:
        comm = await asyncio.wait_for(comm_connect(scheduler, seconds, **args), seconds)
        await comm.close()

    # (in a thread of its own: a caller inside a running event loop, a notebook, keeps it)
    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        try:
            pool.submit(asyncio.run, greet()).result()
        except TimeoutError:
            raise SchedulerError(
                scheduler,
                f"no TLS handshake and Dask greeting in {seconds:g} s; a Dask scheduler "
                "answers at once",
            ) from None
        except OSError as exc:  # (CommClosedError: a certificate refused, a closed stream)
            said = " ".join(str(e) for e in (exc, exc.__cause__, exc.__context__) if e)
            if refused := re.search(r"\[SSL: \w+\] ([^(]+)", said):  # (an SSLError's reason)
                raise SchedulerError(
                    scheduler, f"the TLS handshake failed ({refused[1].strip()})", _TLS_SETTINGS
                ) from None
            if "closed" in said.lower():
                # (TLS 1.3: the client's side of the handshake ends before the scheduler checks
                # its certificate, so a refusal may come as a closed stream, not as the alert)
                raise SchedulerError(
                    scheduler,
                    "the TLS handshake failed (the scheduler closed the connection before its "
                    "greeting: most often a client certificate it refuses)",
                    _TLS_SETTINGS,
                ) from None
            raise SchedulerError(scheduler, f"TLS: {said or type(exc).__name__}") from None
        except Exception as exc:  # (another protocol's bytes read as Dask's frames)
            raise SchedulerError(
                scheduler, f"the service there speaks no Dask over TLS ({type(exc).__name__})"
            ) from None


def connect(scheduler: str) -> Any:
    """A ``dask.distributed.Client`` of the scheduler at ``scheduler`` after :func:`probe`;
    :class:`SchedulerError` when it cannot be had (the CLI's exit 2).

    >>> connect("tcp://127.0.0.1:1")
    Traceback (most recent call last):
    ...
    translit.integrations.dask.SchedulerError: `scheduler` 'tcp://127.0.0.1:1': no scheduler \
answered (Connection refused); check the address (tcp://host:8786, the scheduler's port, not \
its dashboard's) and that the scheduler runs there (dask scheduler), or give local
    """
    from dask.distributed import Client

    probe(scheduler)
    try:
        return Client(scheduler)
    except OSError as exc:  # (it said only "Timed out trying to connect to … after 30 s")
        raise SchedulerError(scheduler, str(exc)) from None
    except (MemoryError, ValueError, TypeError) as exc:  # (a frame length of another protocol)
        raise SchedulerError(scheduler, f"it spoke no Dask: {type(exc).__name__}") from None


def _stamp(path: str | None) -> tuple[int, int, int, int] | None:
    """What tells a file written anew (device, inode, size, modification time; an atomic
    write renames a new file into place), or None: no such file."""
    import os

    try:
        st = os.stat(path) if path else None
    except OSError:
        return None
    return None if st is None else (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns)


def settled(jobs: Sequence[Any], finished: Sequence[Any], before: dict[Any, Any]) -> list[Any]:
    """The report's entries of a stopped run of ``jobs``, once its workers are gone: the
    files of each job's result in ``finished`` (None: none came back), else ``ok`` where the
    job's output is not as it was before the run (``before``: :func:`_stamp` of each target;
    its task renamed it into place while the cluster closed, and its counts are unknown: a
    warning says so), else ``interrupted`` (its output untouched). engineer39 saw 14 outputs
    in ``--out-dir`` where the report said 12 ``ok``."""
    from ..io.results import FileResult, Issue

    out: list[Any] = []
    for j, done in itertools.zip_longest(jobs, finished):
        if done is not None:
            out.extend(done.files)
        elif j.target and _stamp(j.target) != before.get(j.target):
            why = "converted while the run stopped: its output is written, its counts unknown"
            out.append(
                FileResult(j.display, j.target, status="ok", warnings=[Issue(j.display, 0, why)])
            )
        else:
            out.append(FileResult(j.display, j.target or "", status="interrupted"))
    return out


def run_files(
    spec: Any,
    sources: Sequence[str],
    opts: Any,
    scheduler: str | None = None,
    on_event: Any = None,
    *,
    defaults: tuple[str, ...] = (),
) -> Any:
    """Run a CLI batch on a Dask cluster: one task per input file, the same files as locally.

    Each task runs translit's own batch runner (:func:`translit.io.run`) on one input on a
    worker, so encodings, formats and atomic writes are exactly the local engine's; the workers
    must see the input and output paths (a shared filesystem). Each task sends back its
    :class:`~translit.io.RunResult`; they are merged into one, whose events (errors, skipped
    records, finished files) go to ``on_event`` as locally, and ``opts.report`` is written
    from it. ``scheduler`` (default ``opts.scheduler``) is a scheduler address
    (``tcp://host:8786``) or ``"local"``/None: a LocalCluster on 127.0.0.1 with ``opts.jobs``
    worker processes (one per CPU when 0). ``defaults``: the options that are standing
    defaults (:attr:`translit.io.Plan.defaults`).
    """
    import os
    import time

    from dask.distributed import Client
    from dask.distributed import Event as LiveEvent

    from ..io.atomic import clean_stale
    from ..io.inputs import STDIN
    from ..io.options import UsageError
    from ..io.results import Event, FileResult, Issue, RunResult
    from ..io.runner import (
        interrupted,
        job_format,
        make_folders,
        plan_jobs,
        remove_unfilled,
        stops_ignored,
        unused_options,
        unused_warnings,
    )

    scheduler = scheduler or opts.scheduler or "local"
    if not (opts.out_dir or opts.in_place or opts.suffix):
        raise UsageError(
            "the dask engine writes files: give {0}, {1} or {2}", ("out_dir", "suffix", "in_place")
        )
    if opts.resume:
        raise UsageError(  # (its tasks write no manifest: nothing for a later run to resume)
            "{0} is not supported by the dask engine yet: a Dask run keeps no manifest of the "
            "files it finished; drop {0} to convert every input again, or use {1} local, "
            "whose runs {0} can finish",
            ("resume", "engine"),
        )
    jobs = plan_jobs(list(sources), opts, defaults)
    if any(j.source == STDIN for j in jobs):
        raise UsageError("the dask engine reads files, not stdin")
    unread = [j for j in jobs if j.error]  # (a folder that cannot be listed: fails here)
    passed = [j for j in jobs if j.passed]  # (a link to no file in a tree: a warning here)
    jobs = [j for j in jobs if not j.error and not j.passed]
    # an input of a mixed tree read as plain text: its task, given the one file, would refuse
    # the record options that plan_jobs let through with a warning; they do nothing to it
    formats = [job_format(j, opts) for j in jobs]
    warnings = [unused_warnings(j, f, opts) for j, f in zip(jobs, formats, strict=True)]
    started = time.perf_counter()
    made: list[str] = []
    if scheduler == "local":
        made = make_folders(opts)
        cluster = local_cluster(opts.jobs or os.cpu_count() or 1)
        client = Client(cluster)
    else:
        cluster = None
        client = connect(scheduler)
    stopped = True  # (until the workers' results are in)
    futures: list[Any] = []
    # (the run's name on the scheduler: its stop Event and its renames' Semaphore, _live)
    run = f"translit-run-{os.urandom(8).hex()}"
    before = {j.target: _stamp(j.target) for j in jobs}  # (the outputs as they were)
    finished: list[Any] | None = None  # (stopped: the results in when it was)
    try:
        if cluster is None:  # (once connected: a scheduler that is not there made no folder)
            made = make_folders(opts)
        LiveEvent(run, client=client).set()  # (live until its end: _live, _forget)
        for j, f in zip(jobs, formats, strict=True):  # (a loop: a stop keeps those sent)
            futures.append(
                client.submit(
                    _run_one, spec, j.source, j.target, opts.reset(*unused_options(f, opts)),
                    run, pure=False,
                )
            )  # fmt: skip
        parts = client.gather(futures)
        stopped = False
    except KeyboardInterrupt:  # (Ctrl-C, SIGTERM: the gather's task, cut short, was printed
        logging.getLogger("asyncio").setLevel(logging.CRITICAL)  # with its traceback at exit)
        # no output renamed into place from now on, on a remote cluster's workers too, which
        # are not stopped with the run (a task there wrote its output after the report)
        with stops_ignored():  # (a second Ctrl-C left no report: ignored, as locally)
            _stop(client, run, futures)
            finished = []
            for fut in futures:
                done = None
                if fut.status == "finished":
                    with contextlib.suppress(Exception):  # (a result the stop cut off: unknown)
                        done = fut.result(timeout=5)
                finished.append(done)
    finally:
        if stopped and finished is None:  # (a failure: the tasks still running rename nothing)
            _stop(client, run, futures)
        _forget(client, run)  # (every task done, or stopped: its Event and Semaphore go)
        client.close()
        if cluster is not None:
            cluster.close()
            # a run stopped (Ctrl-C, SIGTERM) while its workers wrote: the nanny kills them,
            # which left their temporary files (20 MB of .translit-tmp-* in --out-dir for
            # four 29 MB inputs) for a later run to find; they ran on this host, so they go now
            for folder in sorted(
                {os.path.dirname(os.path.abspath(j.target)) for j in jobs if j.target}
            ):
                clean_stale(folder)
        if stopped and finished is None:  # (a failure: the folders it made and left empty
            remove_unfilled(made)  # go, as the local engine's run() removes them however it ends)
    if finished is not None:  # (Ctrl-C, SIGTERM)
        # the report says so, as the local engine's does (it was not written: an earlier run's
        # report stayed, "complete", beside this run's outputs); made once the workers are
        # gone, so a task that finished while the cluster closed is in it as on disk
        partial = RunResult(jobs=opts.jobs or os.cpu_count() or 1, interrupted=True)
        partial.files = settled(jobs, finished, before)
        partial.seconds = time.perf_counter() - started
        if opts.report:
            partial.save(opts.report)
        remove_unfilled(made)
        raise interrupted(partial) from None
    result = RunResult(jobs=opts.jobs or os.cpu_count() or 1)
    for part, warned in zip(parts, warnings, strict=True):
        result.errors.extend(part.errors)
        for f in part.files:
            f.warnings[:0] = warned
            result.files.append(f)
            if on_event is not None:
                on_event(Event("read", nbytes=f.bytes))
                for issue in f.warnings:
                    on_event(Event("warning", file=f, issue=issue))
                for issue in f.errors:
                    on_event(Event("error", file=f, issue=issue))
                for issue in f.skipped_records:
                    on_event(Event("record", file=f, issue=issue))
                on_event(Event("file", file=f))
    # inputs never read: passed over while planning (a warning), or unreadable (an error)
    for kind, job, why in [
        *(("warning", job, job.passed) for job in passed),
        *(("error", job, job.error) for job in unread),
    ]:
        status = "skipped" if kind == "warning" else "failed"
        unconverted = FileResult(job.display, job.target or "", status=status)
        issue = Issue(job.display, 0, why)
        (unconverted.warnings if kind == "warning" else unconverted.errors).append(issue)
        result.files.append(unconverted)
        if on_event is not None:
            on_event(Event(kind, file=unconverted, issue=issue))
            on_event(Event("file", file=unconverted))
    result.seconds = time.perf_counter() - started
    if opts.report:
        result.save(opts.report)
    remove_unfilled(made)  # (a run that wrote nothing there: as the local engine's)
    return result
