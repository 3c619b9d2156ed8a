"""The ``Series.translit`` accessor for pandas (optional extra ``pandas``).

Importing this module registers the accessor::

    >>> import pandas as pd
    >>> import translit.integrations.pandas  # registers .translit
    >>> s = pd.Series(["Ельцин", None, "Ельцин"], dtype=object)
    >>> s.translit.romanize(scheme="wikipedia").tolist()
    ['Yeltsin', None, 'Yeltsin']

Every method works on the distinct values only (``pandas.factorize``), so a column of a million
rows with ten thousand distinct names romanises ten thousand strings. Missing values and
non-string values are returned unchanged; the index, the name and a ``string`` dtype are kept,
and a categorical column stays categorical (its categories converted).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from typing import Unpack

    from ..normalization import NormalizeOptions

import numpy as np
import pandas as pd

__all__ = ["TranslitAccessor"]


def _at(position: int, _k: int) -> int:
    """The row ``position`` (the one row of a single value's conversion)."""
    return position


def _may_hold_text(dtype: Any) -> bool:
    """Whether a column of ``dtype`` may hold text: objects, strings, categories (not numbers,
    booleans or dates, which the accessor returns as they are, dtype and all)."""
    return (
        pd.api.types.is_object_dtype(dtype)
        or pd.api.types.is_string_dtype(dtype)
        or isinstance(dtype, pd.CategoricalDtype)
    )


@pd.api.extensions.register_series_accessor("translit")
class TranslitAccessor:
    """``series.translit.romanize(...)``, ``.normalize(...)``, ``.name_key()``, ``.reverse(...)``,
    ``.detect()``, ``.lang_source()``.

    >>> s = pd.Series(["Юрий Гагарин", "Щука", 7], name="who")
    >>> s.translit.romanize(lang="ru", target="de").tolist(), s.name
    (['Juri Gagarin', 'Schtschuka', 7], 'who')
    """

    def __init__(self, series: pd.Series) -> None:
        self._s = series

    def romanize(
        self,
        scheme: str | None = None,
        lang: str = "auto",
        target: str | None = None,
        *,
        homoglyphs: bool = True,
    ) -> pd.Series:
        """Romanise each value (see :func:`translit.romanize`; look-alikes repaired unless
        ``homoglyphs=False``). ``lang="auto"`` decides each value as the command line decides
        a ``--column``'s: in its own language, or the column's (its first values,
        :func:`translit.autodetect.column_language`) where the value is too short or weak to
        decide alone (a name, a number, an acronym): :func:`translit.api.romanize_record`.

        >>> pd.Series(["Ельцин", "Пpивет"]).translit.romanize(scheme="iso-9", lang="ru").tolist()
        ['Elʹcin', 'Privet']
        >>> pd.Series(["Київ", "Харків", "Петрович"]).translit.romanize().tolist()
        ['Kyiv', 'Kharkiv', 'Petrovych']
        """
        from ..api import romanize, romanize_record
        from ..autodetect import column_language

        if isinstance(lang, str) and lang.strip().lower() == "auto":
            within = column_language(self._s)
            return self._map(
                lambda v: romanize_record(v, within, scheme, target=target, homoglyphs=homoglyphs)
            )
        return self._map(
            lambda v: romanize(v, scheme=scheme, lang=lang, target=target, homoglyphs=homoglyphs)
        )

    def normalize(self, **options: Unpack[NormalizeOptions]) -> pd.Series:
        """Normalise each value (see :func:`translit.normalize`; same keyword options).

        >>> s = pd.Series(["Вла\u0301совъ", None], dtype=object)
        >>> s.translit.normalize(old_orthography=True).tolist()
        ['Власов', None]
        """
        from ..normalization import normalize

        return self._map(lambda v: normalize(v, **options))

    def reverse(self, scheme: str, lang: str = "ru") -> pd.Series:
        """Turn romanised values back into Cyrillic (reversible schemes only).

        >>> pd.Series(["Đorđe"]).translit.reverse("latin", "sr").tolist()
        ['Ђорђе']
        """
        from ..reversal import get_reverser, reverse

        get_reverser(scheme, lang)  # an irreversible scheme is the scheme's fault, not a row's
        return self._map(lambda v: reverse(v, scheme, lang))

    def detect(self, lang: str = "auto") -> pd.Series:
        """The language code of each value as :meth:`romanize` with the same ``lang`` uses it
        (``'und'`` for text without Cyrillic); missing values stay missing. ``lang="auto"``:
        the value's own language, or the column's (:func:`translit.autodetect.column_language`)
        where it is too short or weak to decide alone (:meth:`lang_source` says which);
        ``"auto-line"``: each value alone (:func:`translit.detect`), as ``romanize(lang=
        "auto-line")`` decides it and as a value would be read outside its column.

        >>> s = pd.Series(["Київ", "Харків", None, "Петрович", "Moscow"], dtype=object)
        >>> s.translit.detect().tolist(), s.translit.detect("auto-line").tolist()
        (['uk', 'uk', None, 'uk', 'und'], ['uk', 'uk', None, 'ru', 'und'])
        """
        from ..autodetect import column_language, record_decision, record_mode

        within = column_language(self._s) if record_mode(lang, "detect()") == "auto" else None
        return self._map(lambda v: record_decision(v, within).lang)

    def lang_source(self) -> pd.Series:
        """Where the language :meth:`detect` gives each value (``lang="auto"``) comes from:
        ``'own'``, the value decided alone; ``'column'``, the column's language lent to a value
        too short or weak to decide alone (:func:`translit.autodetect.record_decision`).

        >>> pd.Series(["Київ", "Харків", "Петрович"]).translit.lang_source().tolist()
        ['own', 'own', 'column']
        """
        from ..autodetect import column_language, record_decision

        within = column_language(self._s)
        return self._map(lambda v: record_decision(v, within).source)

    def name_key(self) -> pd.Series:
        """The cross-language matching key of each name (see :func:`translit.name_key`).

        >>> pd.Series(["Власов", "Wlassow"]).translit.name_key().tolist()
        ['vlasov', 'vlasov']
        """
        from ..names import name_key

        return self._map(name_key)

    def _map(self, fn: Callable[[str], Any]) -> pd.Series:
        s = self._s
        if not _may_hold_text(s.dtype):  # (numbers, booleans, dates: an int64 column came
            fn("")  # back as object) a bad scheme or language fails all the same
            return s.copy()
        try:
            codes, uniques = pd.factorize(s, use_na_sentinel=True)
        except TypeError:  # an unhashable value (a list, a dict: JSON-born columns) has no code
            return self._map_each(fn)
        distinct = np.asarray(uniques, dtype=object)
        done = np.array(
            self._each(fn, distinct, lambda k: int(np.flatnonzero(codes == k)[0])), dtype=object
        )
        if not any(isinstance(u, str) for u in distinct):
            fn("")  # a bad scheme or language fails also on a column without one string
        out = s.to_numpy(dtype=object, copy=True)
        known = codes >= 0
        if len(done):
            out[known] = done[codes[known]]
        if isinstance(s.dtype, pd.CategoricalDtype):  # a category stays one (it was object)
            return self._categorical(out, fn)
        # a string dtype (string, str, string[pyarrow], ArrowDtype(pa.string())) is kept
        keep_dtype = s.dtype != object and pd.api.types.is_string_dtype(s.dtype)
        if not keep_dtype:
            # keep the original missing-value objects (NaN, None, pd.NA) as they were
            out[~known] = s.to_numpy(dtype=object)[~known]
        return pd.Series(out, index=s.index, name=s.name, dtype=s.dtype if keep_dtype else object)

    def _each(
        self, fn: Callable[[str], Any], values: Any, row: Callable[[int], int | None]
    ) -> list[Any]:
        """``fn`` of each string of ``values``, every other value kept; the error of one names
        its row (``row(k)``: the position of a row that holds ``values[k]``), its column and
        the value: a column of a million rows said "unknown scheme 'mosmetro' for language
        'uk'" of one Ukrainian value, and not which."""
        from ..errors import TranslitError, placed, shown

        out = []
        for k, value in enumerate(values):
            if not isinstance(value, str):
                out.append(value)
                continue
            try:
                out.append(fn(value))
            except TranslitError as exc:
                s, at = self._s, row(k)
                where = f"row {shown(s.index[at])}" if at is not None else "a category"
                if s.name is not None:
                    where += f" of column {shown(s.name)}"
                raise placed(exc, f"{where} ({shown(value)})") from None
        return out

    def _categorical(self, values: Any, fn: Callable[[str], Any]) -> pd.Series:
        """The converted ``values`` of a categorical column as one: its categories converted
        in their order (two that convert alike become one), ``ordered`` kept."""
        s = self._s
        codes = s.cat.codes.to_numpy()

        def row(k: int) -> int | None:
            held = np.flatnonzero(codes == k)
            return int(held[0]) if len(held) else None  # (None: a category no row holds)

        cats = self._each(fn, s.cat.categories, row)
        values[codes < 0] = np.nan
        kind = pd.CategoricalDtype(list(dict.fromkeys(cats)), ordered=s.cat.ordered)
        return pd.Series(pd.Categorical(values, dtype=kind), index=s.index, name=s.name)

    def _map_each(self, fn: Callable[[str], Any]) -> pd.Series:
        """:meth:`_map` for a column ``pandas.factorize`` refuses: each distinct string still
        converted once, every other value (lists, dicts, missing values) kept as it is."""
        s = self._s
        out = s.to_numpy(dtype=object, copy=True)
        done: dict[str, Any] = {}
        for n, value in enumerate(out):
            if isinstance(value, str):
                if value not in done:
                    done[value] = self._each(fn, [value], functools.partial(_at, n))[0]
                out[n] = done[value]
        if not done:
            fn("")  # (as in _map: a bad name fails without a string to convert)
        return pd.Series(out, index=s.index, name=s.name, dtype=object)
