"""``translit.dask``: the public name of :mod:`translit.integrations.dask` (bags, DataFrames)."""

from .integrations.dask import normalize_bag, normalize_frame, romanize_bag, romanize_frame

__all__ = ["normalize_bag", "normalize_frame", "romanize_bag", "romanize_frame"]
