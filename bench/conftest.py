"""Fixtures of the benchmark suite; the data and the peers live in :mod:`bench.common`."""

from __future__ import annotations

import shlex
from pathlib import Path

import pytest

from translit.engine import BACKEND

from .common import REPEAT, Corpus, is_quick, load_corpus


@pytest.fixture(scope="session")
def corpus(request: pytest.FixtureRequest) -> Corpus:
    return load_corpus(is_quick(request.config))


def pytest_report_header(config: pytest.Config) -> str:
    c = load_corpus(is_quick(config))
    mb = len(c.text.encode()) / 1e6
    mode = "quick (untimed)" if c.quick else f"timed, bulk = corpus ×{REPEAT}"
    return f"translit bench: {mode}; corpus: {c.source}, {mb:.2f} MB per copy; engine: {BACKEND}"


def pytest_terminal_summary(
    terminalreporter: pytest.TerminalReporter, config: pytest.Config
) -> None:
    """Say which text the benchmarks ran on (the header is hidden with -q)."""
    passed = terminalreporter.stats.get("passed", [])
    if any(Path(r.fspath).parent.name == "bench" for r in passed):
        terminalreporter.write_line(pytest_report_header(config))


def pytest_benchmark_update_json(
    config: pytest.Config, benchmarks: list[object], output_json: dict[str, object]
) -> None:
    """Keep the command line in the JSON, so the report can print how it was made."""
    output_json["command"] = shlex.join(["pytest", *config.invocation_params.args])
    output_json["translit_backend"] = BACKEND
