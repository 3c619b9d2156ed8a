"""translit on a Dask cluster (optional extra ``dask``): bags of text and DataFrame columns.

Only names travel to the workers (scheme id, language, target, normalisation options); each
worker process builds its romaniser once through :func:`translit.get_romanizer`'s cache and
reuses it for every partition. Results are exactly those of the local library calls.

    >>> import dask.bag as db
    >>> from translit.dask import romanize_bag
    >>> romanize_bag(db.from_sequence(["Ельцин", "ВС КОНР"]), scheme="bgn-pcgn", lang="ru").compute()
    ['Yelʹtsin', 'VS KONR']
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    import dask.bag
    import dask.dataframe

__all__ = ["normalize_bag", "normalize_frame", "romanize_bag", "romanize_frame"]


def _romanize_one(text: Any, scheme: str, lang: str, target: str | None) -> Any:
    if not isinstance(text, str):
        return text
    from ..api import romanize

    return romanize(text, scheme=scheme, lang=lang, target=target)


def _normalize_one(text: Any, options: dict[str, Any]) -> Any:
    if not isinstance(text, str):
        return text
    from ..normalize import normalize

    return normalize(text, **options)


def _romanize_partition(
    items: Iterable[Any], scheme: str, lang: str, target: str | None
) -> list[Any]:
    return [_romanize_one(t, scheme, lang, target) for t in items]


def _normalize_partition(items: Iterable[Any], options: dict[str, Any]) -> list[Any]:
    return [_normalize_one(t, options) for t in items]


def romanize_bag(
    bag: dask.bag.Bag, scheme: str = "bgn-pcgn", lang: str = "auto", target: str | None = None
) -> dask.bag.Bag:
    """A bag of the romanised strings of ``bag`` (non-strings pass through)."""
    return bag.map_partitions(_romanize_partition, scheme, lang, target)


def normalize_bag(bag: dask.bag.Bag, **options: Any) -> dask.bag.Bag:
    """A bag of the normalised strings of ``bag`` (options as :func:`translit.normalize`)."""
    return bag.map_partitions(_normalize_partition, options)


def _series_map(series: Any, fn: Any, *args: Any) -> Any:
    import pandas as pd

    from .pandas import TranslitAccessor

    return TranslitAccessor(pd.Series(series))._map(lambda v: fn(v, *args))


def _apply_columns(
    frame: dask.dataframe.DataFrame,
    columns: Sequence[str],
    suffix: str | None,
    fn: Any,
    *args: Any,
) -> dask.dataframe.DataFrame:
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise KeyError(f"no such column(s): {', '.join(missing)}")
    out = frame
    for col in columns:
        series = frame[col].map_partitions(_series_map, fn, *args, meta=(col, "object"))
        out = out.assign(**{(col + suffix) if suffix else col: series})
    return out


def romanize_frame(
    frame: dask.dataframe.DataFrame,
    columns: Sequence[str],
    *,
    scheme: str = "bgn-pcgn",
    lang: str = "auto",
    target: str | None = None,
    suffix: str | None = None,
) -> dask.dataframe.DataFrame:
    """Romanise ``columns`` of a Dask DataFrame, in place or beside them (``suffix="_latn"``).

    Each partition romanises its distinct values once (see the pandas accessor).
    """
    return _apply_columns(frame, columns, suffix, _romanize_one, scheme, lang, target)


def normalize_frame(
    frame: dask.dataframe.DataFrame,
    columns: Sequence[str],
    *,
    suffix: str | None = None,
    **options: Any,
) -> dask.dataframe.DataFrame:
    """Normalise ``columns`` of a Dask DataFrame (options as :func:`translit.normalize`)."""
    return _apply_columns(frame, columns, suffix, _normalize_one, options)
