"""The Series.translit accessor: distinct values once, missing values kept, dtype kept."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

import translit
import translit.integrations.pandas as accessor_module


def test_romanize_with_duplicates_and_missing_values() -> None:
    s = pd.Series(["Ельцин", None, "Ельцин", np.nan, 5, "Щука"], index=list("abcdef"), name="n")
    out = s.translit.romanize(scheme="bgn-pcgn", lang="ru")
    assert out.index.tolist() == list("abcdef") and out.name == "n"
    assert out["a"] == out["c"] == "Yelʹtsin"
    assert out["f"] == "Shchuka"
    assert out["b"] is None and np.isnan(out["d"]) and out["e"] == 5


def test_string_dtype_and_pd_na_are_kept() -> None:
    s = pd.Series(["ВС КОНР", pd.NA, "РОА"], dtype="string")
    out = s.translit.romanize(lang="ru")
    assert isinstance(out.dtype, pd.StringDtype)
    assert out.tolist()[0] == "VS KONR" and out.tolist()[2] == "ROA"
    assert out.isna().tolist() == [False, True, False]


def test_each_distinct_value_is_computed_once(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    real = translit.api.romanize

    def counting(text: str, **kw: object) -> str:
        calls.append(text)
        return real(text, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(translit.api, "romanize", counting)
    s = pd.Series(["Ельцин", "Щука"] * 500)
    out = s.translit.romanize(lang="ru")
    assert sorted(calls) == ["Ельцин", "Щука"]
    assert out.tolist() == ["Yelʹtsin", "Shchuka"] * 500
    assert accessor_module.TranslitAccessor is type(s.translit)


def test_empty_series() -> None:
    assert pd.Series([], dtype=object).translit.romanize().tolist() == []


def test_a_column_holding_lists_or_dicts_keeps_them() -> None:
    """An object column with a list or a dict (a frame read from JSON) raised "unhashable type:
    'list'" from pandas.factorize: non-string values are returned unchanged, these too."""
    s = pd.Series(["Щука", ["Щ"], None, {"a": "Ж"}, "Щука", 5], index=list("abcdef"), name="n")
    for out in (s.translit.romanize(lang="ru"), s.translit.name_key()):
        assert out.index.tolist() == list("abcdef") and out.name == "n"
        assert out["b"] == ["Щ"] and out["d"] == {"a": "Ж"} and out["c"] is None and out["f"] == 5
        assert out["a"] == out["e"] != "Щука"
    assert s.translit.romanize(lang="ru")["a"] == "Shchuka"


@pytest.mark.parametrize("type_", ["string", "large_string"])
def test_a_pyarrow_string_column_keeps_its_dtype(type_: str) -> None:
    # pd.ArrowDtype(pa.string()) (pd.read_parquet(dtype_backend="pyarrow")) came back object
    pa = pytest.importorskip("pyarrow")
    dtype = pd.ArrowDtype(getattr(pa, type_)())
    s = pd.Series(["Щука", None, "Щука"], dtype=dtype, name="n")
    out = s.translit.romanize(lang="ru")
    assert out.dtype == dtype and out.name == "n"
    assert out.tolist()[::2] == ["Shchuka", "Shchuka"]
    assert out.isna().tolist() == [False, True, False]


def test_a_categorical_column_stays_categorical() -> None:
    """A category column came back as object (a million rows of a few names: a million Python
    strings, and no ``.cat`` for the code after it; hostile12). Its categories are converted in
    their order, ``ordered`` kept, missing values kept missing."""
    s = pd.Series(
        pd.Categorical(["Ёж", None, "Щука", "Ёж"], categories=["Щука", "Ёж", "Кот"], ordered=True),
        index=[5, 6, 7, 8],
        name="who",
    )
    out = s.translit.romanize(scheme="bgn-pcgn", lang="ru")
    assert isinstance(out.dtype, pd.CategoricalDtype) and out.cat.ordered
    assert out.cat.categories.tolist() == ["Shchuka", "Yëzh", "Kot"]
    assert out.tolist()[::2] == ["Yëzh", "Shchuka"] and pd.isna(out.iloc[1])
    assert (out.index.tolist(), out.name) == ([5, 6, 7, 8], "who")
    folded = pd.Series(pd.Categorical(["Ёлка", "Елка"])).translit.normalize(yo="fold")
    assert folded.cat.categories.tolist() == ["Елка"] and folded.tolist() == ["Елка", "Елка"]
    numbers = pd.Series(pd.Categorical([1, 2, 1])).translit.romanize(lang="ru")
    assert isinstance(numbers.dtype, pd.CategoricalDtype) and numbers.tolist() == [1, 2, 1]


def test_reverse_with_an_irreversible_scheme_blames_the_scheme_not_a_row() -> None:
    """It said "row 0 ('Yeltsin'): scheme 'wikipedia' (ru) is not reversible": the fault is
    the scheme's, whatever the rows hold; the message names the reversible ones (api37)."""
    s = pd.Series(["Yeltsin", "Gagarin"], name="who")
    with pytest.raises(translit.IrreversibleSchemeError) as info:
        s.translit.reverse("wikipedia", "ru")
    text = str(info.value)
    assert "row" not in text and "who" not in text
    assert text.startswith("scheme 'wikipedia' (ru) is not reversible")
    # the Russian schemes marked reversible in their files (translit schemes ru)
    assert "reversible ones for ru: bgn-pcgn, gost-779, gost-779-alt, iso-9" in text
    with pytest.raises(translit.IrreversibleSchemeError, match="is not reversible"):
        pd.Series([None, 3]).translit.reverse("wikipedia", "ru")  # no text: fails all the same


def test_detect_keeps_missing_values_missing() -> None:
    """``s.map(translit.detect)`` failed on None and the accessor had no detect (api37)."""
    s = pd.Series(
        ["Київ і Харків", None, "Привет, как дела", np.nan, "Київ і Харків"], dtype=object
    )
    out = s.translit.detect()
    assert out.tolist()[0] == "uk" and out.tolist()[2] == "ru" and out.tolist()[4] == "uk"
    assert out[1] is None and isinstance(out[3], float) and np.isnan(out[3])
    assert list(out.index) == list(s.index)
    cats = s.astype("category").translit.detect()
    assert cats.isna().tolist() == [False, True, False, True, False]
    assert cats.dropna().tolist() == ["uk", "ru", "uk"]
    assert isinstance(cats.dtype, pd.CategoricalDtype)
