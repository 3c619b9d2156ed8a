"""Thin adapters that connect translit to other libraries; none holds a rule of its own.

- :mod:`translit.integrations.transliterate` — translit schemes as ``transliterate`` packs, and
  ``transliterate``'s own packs for scripts translit does not cover (Greek, Georgian, Armenian).
- :mod:`translit.integrations.pandas` — the ``Series.translit`` accessor.
- :mod:`translit.integrations.dask` — bags and DataFrames on a Dask cluster.
"""
