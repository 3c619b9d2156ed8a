"""Every shipped data file names its sources, and a file under a licence other than MIT says so.

docs/DATA_LICENCES.md is the one inventory of the shipped data (translit/data, glossaries,
examples): a table whose first column names files and whose last column gives their licence as an
SPDX identifier. These tests read that table and the files themselves, so that adding a data file
without sources, without a row, or under another licence without its notice, text and metadata
fails here.
"""

from __future__ import annotations

import csv
import fnmatch
import io
import os
import re
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
INVENTORY = ROOT / "docs" / "DATA_LICENCES.md"
SHIPPED = ("translit/data", "glossaries", "examples")
# a header line that names sources: "Source:", "Sources:", "Sources (…):", "Sources."
SOURCES_LINE = re.compile(r"^#.*\bSources?\b\s*[(:.]", re.MULTILINE)
SPDX_LINE = re.compile(r"^# SPDX-License-Identifier: (\S+)$")
TBX = "{urn:iso:std:iso:30042:ed-2}"


def shipped_files() -> list[str]:
    """The data files the package ships, as paths from the repository's root."""
    found = []
    for top in SHIPPED:
        for folder, dirs, files in os.walk(ROOT / top):
            dirs[:] = [d for d in dirs if d != "__pycache__"]
            for name in files:
                found.append((Path(folder) / name).relative_to(ROOT).as_posix())
    return sorted(found)


def inventory() -> list[tuple[list[str], str]]:
    """The table's rows: (the file patterns of the first column, the licence of the last)."""
    rows = []
    for line in INVENTORY.read_text(encoding="utf-8").splitlines():
        if not line.startswith("| `"):
            continue
        cells = line.strip().strip("|").split("|")
        patterns = re.findall(r"`([^`]+)`", cells[0])
        licences = re.findall(r"`([^`]+)`", cells[-1])
        assert len(licences) == 1, f"DATA_LICENCES.md: one licence per row: {line[:80]}"
        rows.append((patterns, licences[0]))
    return rows


def rows_of(path: str) -> list[tuple[list[str], str]]:
    return [row for row in inventory() if any(fnmatch.fnmatchcase(path, p) for p in row[0])]


def header(text: str) -> str:
    """The comment block a file starts with (its lines starting with # and blank lines)."""
    lines = []
    for line in text.splitlines():
        if line.startswith("#") or not line.strip():
            lines.append(line)
        else:
            break
    return "\n".join(lines)


def spdx_of(path: str) -> str | None:
    first = (ROOT / path).read_text(encoding="utf-8").split("\n", 1)[0]
    match = SPDX_LINE.match(first)
    return match.group(1) if match else None


def project() -> dict[str, Any]:
    with open(ROOT / "pyproject.toml", "rb") as fh:
        meta: dict[str, Any] = tomllib.load(fh)["project"]
    return meta


def test_the_inventory_has_rows() -> None:
    rows = inventory()
    assert len(rows) >= 10
    assert {licence for _, licence in rows} >= {"MIT"}


@pytest.mark.parametrize("path", shipped_files())
def test_every_shipped_data_file_is_in_one_row_of_the_inventory(path: str) -> None:
    rows = rows_of(path)
    assert len(rows) == 1, (
        f"{path}: in {len(rows)} rows of docs/DATA_LICENCES.md; give it one row "
        "(its sources, their licences, the kind of thing shipped and its licence)"
    )


def test_every_row_of_the_inventory_names_a_shipped_file() -> None:
    files = shipped_files()
    for patterns, _ in inventory():
        for pattern in patterns:
            assert any(fnmatch.fnmatchcase(f, pattern) for f in files), (
                f"docs/DATA_LICENCES.md names {pattern}, which matches no shipped file"
            )


def data_files() -> list[str]:
    return [
        f
        for f in shipped_files()
        if f.startswith(("translit/data/", "glossaries/")) and f.endswith((".toml", ".csv", ".tbx"))
    ]


@pytest.mark.parametrize("path", data_files())
def test_every_data_file_names_its_sources(path: str) -> None:
    text = (ROOT / path).read_text(encoding="utf-8")
    if path.endswith(".tbx"):
        concepts = ET.fromstring(text.encode()).iter(f"{TBX}conceptEntry")
        for concept in concepts:
            said = [
                a.text
                for a in concept.iter(f"{TBX}admin")
                if a.get("type") == "source" and (a.text or "").strip()
            ]
            assert said, f'{path}: concept {concept.get("id")} has no <admin type="source">'
        return
    if SOURCES_LINE.search(header(text)):
        return
    if path.endswith(".toml"):
        data = tomllib.loads(text)
        assert data.get("source") or data.get("sources"), (
            f"{path}: name the sources in a `source`/`sources` key or in a 'Sources:' line "
            "of the header comment"
        )
        return
    lines = [line for line in text.splitlines(keepends=True) if not line.startswith("#")]
    rows = list(csv.DictReader(io.StringIO("".join(lines))))
    assert rows and "source" in rows[0], (
        f"{path}: give a `source` column or a 'Sources:' line in the header comment"
    )
    empty = [i for i, row in enumerate(rows, 1) if not (row["source"] or "").strip()]
    assert not empty, f"{path}: rows {empty[:5]} name no source"


def test_a_licence_other_than_mit_is_said_in_each_file_in_licenses_and_in_the_metadata() -> None:
    meta = project()
    expression = str(meta["license"])
    declared = set(expression.split(" AND "))
    assert "MIT" in declared
    license_files = [str(p) for p in meta["license-files"]]
    used = {"MIT"}
    for patterns, licence in inventory():
        if licence == "MIT":
            continue
        used.add(licence)
        text = ROOT / "LICENSES" / f"{licence}.txt"
        assert text.is_file(), f"LICENSES/{licence}.txt: the licence's text is missing"
        assert any(fnmatch.fnmatchcase(f"LICENSES/{licence}.txt", g) for g in license_files)
        assert licence in declared, f"pyproject.toml: license = {expression!r} lacks {licence}"
        files = [f for f in shipped_files() if any(fnmatch.fnmatchcase(f, p) for p in patterns)]
        for f in files:
            assert spdx_of(f) == licence, (
                f"{f}: its first line must be '# SPDX-License-Identifier: {licence}'"
            )
    assert declared == used, f"pyproject.toml declares {declared - used} that no data file has"


@pytest.mark.parametrize("path", [f for f in data_files() if not f.endswith(".tbx")])
def test_a_file_that_names_its_own_licence_is_in_a_row_of_that_licence(path: str) -> None:
    licence = spdx_of(path)
    if licence is not None:
        assert [lic for _, lic in rows_of(path)] == [licence], path


def test_the_gfdl_text_is_the_licence_itself() -> None:
    text = (ROOT / "LICENSES" / "GFDL-1.2-no-invariants-or-later.txt").read_text(encoding="utf-8")
    head = [line.strip() for line in text.splitlines()[:3]]
    assert head[:2] == ["GNU Free Documentation License", "Version 1.2, November 2002"]
    assert "ADDENDUM: How to use this License for your documents" in text
    assert len(text) > 20_000
