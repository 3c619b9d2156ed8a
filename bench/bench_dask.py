"""Dask engine vs the local engine, file to file: when does a cluster pay off?

Eight input files (the Russian corpus repeated to ~10 MB in all, or a synthetic text when
../shared/corpus is absent) are romanised to eight output files, once by this process with the
library, and once by a LocalCluster of 1 and of 2 worker processes (loopback only) that read and
write the files themselves (``dask.bag.read_text`` → :func:`translit.integrations.dask.romanize_bag` →
``to_textfiles``). The ratio is the price of distribution; a cluster pays off only when it
brings more cores or machines than one process can use.

    pytest bench/bench_dask.py --benchmark-enable --benchmark-only --benchmark-columns=mean,min
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("dask", reason="the dask extra is not installed")
pytest.importorskip("distributed", reason="the dask extra is not installed")

import dask.bag as db
from dask.distributed import Client

from translit import get_romanizer
from translit.integrations.dask import local_cluster, romanize_bag

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"
FILES = 8


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    files = sorted(CORPUS.glob("ru-*.txt"))
    if files:
        text = "".join(p.read_text(encoding="utf-8") for p in files)
        print(f"\nbench_dask: Russian corpus from {CORPUS}, repeated to ~10 MB")
    else:
        text = "Русская освободительная армия (РОА), ВС КОНР, Ельцин.\n" * 2000
        print("\nbench_dask: ../shared/corpus absent; synthetic text")
    reps = max(1, 10_000_000 // FILES // len(text.encode()))
    folder = tmp_path_factory.mktemp("dask-in")
    paths = []
    for n in range(FILES):
        p = folder / f"part-{n}.txt"
        p.write_text(text * reps, encoding="utf-8")
        paths.append(p)
    return paths


@pytest.fixture(scope="module", params=[1, 2], ids=lambda n: f"{n}-workers")
def client(request: pytest.FixtureRequest) -> Iterator[Client]:
    with (
        local_cluster(request.param) as cluster,
        Client(cluster) as c,
    ):
        yield c


def test_local_library(benchmark, inputs: list[Path], tmp_path: Path) -> None:
    r = get_romanizer("bgn-pcgn", "ru")

    def run() -> None:
        for p in inputs:
            text = p.read_text(encoding="utf-8")
            (tmp_path / p.name).write_text(r(text), encoding="utf-8")

    benchmark.pedantic(run, rounds=3, iterations=1)
    assert len(list(tmp_path.iterdir())) == FILES


def test_dask_files(benchmark, client: Client, inputs: list[Path], tmp_path: Path) -> None:
    def run() -> None:
        bag = db.read_text([str(p) for p in inputs], encoding="utf-8")
        romanize_bag(bag, scheme="bgn-pcgn", lang="ru").to_textfiles(
            str(tmp_path / "*.txt"), encoding="utf-8"
        )

    benchmark.pedantic(run, rounds=3, iterations=1)
    assert len(list(tmp_path.glob("*.txt"))) == FILES
