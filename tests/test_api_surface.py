"""The public names exist, are listed in __all__, each has a docstring with an example, and a
user's script over them type-checks under ``mypy --strict`` without an ``Any``."""

from __future__ import annotations

import importlib
import inspect
import os
import subprocess
import sys
from pathlib import Path

import pytest

import translit

ROOT = Path(__file__).resolve().parent.parent
USER_SCRIPT = ROOT / "tests" / "data" / "user_script.py"

#: the public namespaces a user imports from (the integrations need their extras)
NAMESPACES = {
    "translit": None,
    "translit.io": None,
    "translit.glossary": None,
    "translit.integrations.transliterate": None,
    "translit.integrations.pandas": "pandas",
    "translit.integrations.dask": "dask",
}


def test_every_public_name_resolves_and_is_documented() -> None:
    for name in translit.__all__:
        obj = getattr(translit, name)
        if name != "__version__":
            assert obj.__doc__, name


@pytest.mark.parametrize("namespace", sorted(NAMESPACES))
def test_every_public_function_and_class_has_an_example(namespace: str) -> None:
    """A docstring with a ``>>>`` example (tests/test_contracts.py runs them all)."""
    if NAMESPACES[namespace]:
        pytest.importorskip(NAMESPACES[namespace])
    module = importlib.import_module(namespace)
    missing = [
        name
        for name in module.__all__
        if (inspect.isclass(obj := getattr(module, name)) or inspect.isfunction(obj))
        and ">>>" not in (obj.__doc__ or "")
    ]
    assert not missing, f"{namespace}: no example in the docstring of {missing}"


def test_a_users_script_type_checks_strictly_without_any() -> None:
    """``schemes()`` returned ``list[dict[str, Any]]``, so ``s["year"]`` was unchecked."""
    from mypy import api

    out, err, status = api.run(
        [
            "--strict",
            "--disallow-any-expr",
            "--follow-imports=silent",
            "--python-version=3.11",
            str(USER_SCRIPT),
        ]
    )
    assert status == 0, out + err


def test_the_users_script_runs() -> None:
    res = subprocess.run(
        [sys.executable, str(USER_SCRIPT)],
        check=False,
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert res.returncode == 0, res.stderr
