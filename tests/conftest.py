"""Shared test helpers: where the optional ../shared corpus is, and small text fixtures."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus"


def corpus_files(pattern: str = "*.txt") -> list[Path]:
    """Corpus files of ../shared/corpus (empty when the folder is absent)."""
    if not CORPUS.is_dir():
        return []
    return sorted(p for p in CORPUS.glob(pattern) if p.name != "SOURCES.md")


@pytest.fixture
def corpus() -> Path:
    """The ../shared/corpus folder; tests using it are skipped (with the reason) without it."""
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is absent (only CI and developers have it)")
    return CORPUS


def pytest_report_header(config: pytest.Config) -> str:
    from translit.engine import BACKEND

    where = "C extension _translit_speedups" if BACKEND == "native" else "pure Python"
    return f"translit token memo: {BACKEND} ({where})"
