"""Dask bags and DataFrames on a real LocalCluster (2 worker processes, loopback only)."""

from __future__ import annotations

from collections.abc import Iterator

import pandas as pd
import pytest
from conftest import corpus_files

from translit import get_romanizer

dask = pytest.importorskip("dask", reason="the dask extra is not installed")
import dask.bag as db  # noqa: E402
import dask.dataframe as dd  # noqa: E402
from dask.distributed import Client, LocalCluster  # noqa: E402

from translit.dask import romanize_bag, romanize_frame  # noqa: E402

SAMPLE = ["Русская освободительная армия", "ВС КОНР", "Ельцин\r\n", "", "ЩУКА и Щука"] * 20


@pytest.fixture(scope="module")
def client() -> Iterator[Client]:
    with (
        LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=True,
            host="127.0.0.1",
            dashboard_address=None,
        ) as cluster,
        Client(cluster) as c,
    ):
        yield c


def _lines() -> list[str]:
    files = corpus_files("ru-*.txt")
    if not files:
        return SAMPLE
    return files[0].read_text(encoding="utf-8").splitlines(keepends=True)[:3000]


def test_bag_equals_local_engine(client: Client) -> None:
    lines = _lines()
    r = get_romanizer("bgn-pcgn", "ru")
    got = romanize_bag(db.from_sequence(lines, npartitions=4), lang="ru").compute()
    assert got == [r(x) for x in lines]


def test_dataframe_columns_added_and_replaced(client: Client) -> None:
    lines = _lines()
    r = get_romanizer("bgn-pcgn", "ru")
    pdf = pd.DataFrame({"text": lines, "n": range(len(lines))})
    pdf.loc[3, "text"] = None
    ddf = dd.from_pandas(pdf, npartitions=3)
    added = romanize_frame(ddf, ["text"], lang="ru", suffix="_latn").compute()
    expected = [None if pd.isna(x) else r(x) for x in pdf["text"]]
    got = [None if pd.isna(x) else x for x in added["text_latn"]]
    assert got == expected
    assert added["n"].tolist() == list(range(len(lines)))
    replaced = romanize_frame(ddf, ["text"], lang="ru").compute()
    assert [None if pd.isna(x) else x for x in replaced["text"]] == expected


def test_unknown_column_is_a_clear_error() -> None:
    ddf = dd.from_pandas(pd.DataFrame({"a": ["x"]}), npartitions=1)
    with pytest.raises(KeyError, match="no such column"):
        romanize_frame(ddf, ["b"])
