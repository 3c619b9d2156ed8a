"""Kept copies (cold47): what the package makes of a file (a shipped glossary, its terms'
romanisations, the listed names' key tables) is read back from the copy an earlier process
kept, made again when the file, the package or a data package it reads changes, and never
required (nothing written under PYTHONDONTWRITEBYTECODE, a folder that cannot be written)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from translit import _datafiles as datafiles
from translit.glossary.model import Term, romanizations_all, romanizations_of

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def writing(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """Copies kept under ``tmp_path`` (a pycache prefix), whatever the environment says."""
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    monkeypatch.setattr(sys, "pycache_prefix", str(tmp_path / "cache"))
    return tmp_path


def _counted(value: object) -> tuple[list[int], object]:
    calls: list[int] = []

    def make() -> object:
        calls.append(1)
        return value

    return calls, make


def test_a_copy_is_read_back_while_the_file_is_unchanged(writing: Path) -> None:
    path = writing / "a.csv"
    path.write_text("x", encoding="utf-8")
    calls, make = _counted(["made"])
    assert datafiles.kept_copy(str(path), make) == ["made"]
    assert datafiles.kept_copy(str(path), make) == ["made"]
    assert len(calls) == 1  # (the second from the copy)
    other_calls, other = _counted(["other"])
    assert datafiles.kept_copy(str(path), other, "other.") == ["other"]  # (its own copy)
    path.write_text("y", encoding="utf-8")  # the file changed: made again
    assert datafiles.kept_copy(str(path), make) == ["made"]
    assert (len(calls), len(other_calls)) == (2, 1)


def test_a_copy_is_stale_when_the_package_or_a_dependency_changes(
    writing: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = writing / "a.csv"
    path.write_text("x", encoding="utf-8")
    calls, make = _counted({"k": 1})
    datafiles.kept_copy(str(path), make)
    monkeypatch.setattr(datafiles, "_CODE_STAMP", [datafiles.code_stamp() + 1])
    datafiles.kept_copy(str(path), make)
    assert len(calls) == 2
    datafiles.kept_copy(str(path), make, deps=("pytest",))
    assert len(calls) == 3
    monkeypatch.setattr(datafiles, "deps_stamp", lambda names: (("changed", 1, 1),))
    datafiles.kept_copy(str(path), make, deps=("pytest",))
    assert len(calls) == 4


def test_the_package_stamp_sees_a_changed_module(tmp_path: Path) -> None:
    # a copy of the package with one module touched stamps differently
    code = "import translit._datafiles as d; print(d.code_stamp())"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    first = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                           env=env, cwd=tmp_path, check=True).stdout  # fmt: skip
    module = ROOT / "translit" / "_record.py"
    stat = module.stat()
    try:
        os.utime(module, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))
        second = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                                env=env, cwd=tmp_path, check=True).stdout  # fmt: skip
    finally:
        os.utime(module, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert first.strip() and first != second


def test_a_broken_copy_is_made_again_and_nothing_is_required(
    writing: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = writing / "a.csv"
    path.write_text("x", encoding="utf-8")
    calls, make = _counted(("made",))
    datafiles.kept_copy(str(path), make)
    (copy,) = (writing / "cache").rglob("*.pickle")
    copy.write_bytes(copy.read_bytes()[:10])  # truncated
    assert datafiles.kept_copy(str(path), make) == ("made",)
    assert len(calls) == 2
    copy.unlink()
    monkeypatch.setattr(sys, "dont_write_bytecode", True)  # PYTHONDONTWRITEBYTECODE
    assert datafiles.kept_copy(str(path), make) == ("made",)
    assert not copy.exists()
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    monkeypatch.setattr(sys, "pycache_prefix", str(path))  # a folder that cannot be made
    assert datafiles.kept_copy(str(path), make) == ("made",)
    assert datafiles.kept_copy(str(writing / "none.csv"), make) == ("made",)  # (no file)
    assert len(calls) == 5


def test_known_romanizations_are_those_made_and_compile_nothing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from translit.glossary import model

    terms = [Term("Власов", "ru"), Term("Київ", "uk"), Term("ROA", "fr"), Term("Власов", "ru")]
    made = list(romanizations_of(terms))
    table = romanizations_all(terms)
    assert dict(table["ru", "Власов"]) == made[0] and dict(table["uk", "Київ"]) == made[1]
    asked: list[str] = []

    def batch(texts: list[str], lang: str, only: tuple[str, ...] = ()) -> object:
        asked.extend(texts)
        return made_batch(texts, lang, only)

    made_batch = model._romanize_batch
    monkeypatch.setattr(model, "_romanize_batch", batch)
    monkeypatch.setattr(model, "KNOWN_ROMANIZATIONS", [lambda: table])
    monkeypatch.setattr(model, "_known", [])
    again = [*terms, Term("Гагарин", "ru")]
    got = list(romanizations_of(again))
    assert got[:4] == made and got[4]["bgn-pcgn"] == "Gagarin"
    assert asked == ["Гагарин"]  # (only the text the table lacks is romanised)


_SECOND = """
import sys
import translit.catalogue as cat
from translit.glossary.files import load, shipped_file, shipped_files
from translit.glossary.model import primary, romanizations_all, romanizations_of
from translit.names import keys
gs = [shipped_file(p) for p in shipped_files()]
print("tbx" if "translit.glossary.tbx" in sys.modules else "-")
for p, g in zip(shipped_files(), gs):
    print(p.name, g == load(p), repr(g) == repr(load(p)), g.warnings == load(p).warnings)
terms = [t for p in shipped_files() for c in shipped_file(p).concepts for t in c.terms]
n = cat._compiled.cache_info().currsize
kept = list(romanizations_of(terms))
print("compiled", cat._compiled.cache_info().currsize - n)
tables = [keys._given_aliases(), keys._place_aliases(), keys._person_aliases(), keys._known_words()]
made = [keys._made_given_aliases(), keys._made_place_aliases(), keys._made_person_aliases(),
        keys._made_known_words()]
fresh = romanizations_all(terms)  # (made here, not read: every scheme compiled)
print("romanized", kept == [dict(fresh.get((primary(t.lang), t.text), ())) for t in terms])
print("tables", tables == made)
"""


def test_the_shipped_copies_read_back_as_made(tmp_path: Path) -> None:
    # two processes: the first keeps the copies (under a pycache prefix), the second reads
    # them: the same glossaries (no TBX reader imported), romanisations (no romaniser
    # compiled) and name tables as made
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONPYCACHEPREFIX": str(tmp_path)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    out = []
    for _ in range(2):
        proc = subprocess.run([sys.executable, "-c", _SECOND], capture_output=True, text=True,
                              env=env, cwd=tmp_path, check=False)  # fmt: skip
        assert proc.returncode == 0, proc.stderr[-3000:]
        out.append(proc.stdout.splitlines())
    assert list(tmp_path.rglob("*.name-keys.*.pickle")), "no copy kept"
    first, second = out
    assert first[0] == "tbx" and second[0] == "-"
    for line in first[1:-3] + second[1:-3]:
        assert line.endswith("True True True"), line
    assert second[-3] == "compiled 0" and first[-3] != "compiled 0"
    assert first[-2] == second[-2] == "romanized True"
    assert first[-1] == second[-1] == "tables True"


@pytest.fixture
def installed(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """A package folder under ``tmp_path`` as an installed wheel's (``site-packages/translit``),
    copies allowed, no pycache prefix, ``XDG_CACHE_HOME`` at ``tmp_path / "xdg"``."""
    package = tmp_path / "site-packages" / "translit"
    (package / "_glossaries").mkdir(parents=True)
    monkeypatch.setattr(datafiles, "PACKAGE", str(package), raising=False)  # (before 49: none)
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    monkeypatch.setattr(sys, "pycache_prefix", None)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    return package


def test_an_installed_package_gets_its_copies_in_the_users_cache(installed: Path) -> None:
    # a wheel's shipped glossary: its copy goes to $XDG_CACHE_HOME/translit, never into
    # site-packages (which pip uninstall then left behind: 3.4 MB of pickles in a
    # translit/_glossaries/__pycache__ of a package no longer installed)
    path = installed / "_glossaries" / "names.csv"
    path.write_text("x", encoding="utf-8")
    calls, make = _counted(["made"])
    assert datafiles.kept_copy(str(path), make, "name-keys.") == ["made"]
    assert datafiles.kept_copy(str(path), make, "name-keys.") == ["made"]
    assert len(calls) == 1  # (the second from the copy)
    assert not list(installed.parent.rglob("*.pickle")), "written into site-packages"
    (copy,) = (installed.parent.parent / "xdg" / "translit").rglob("*.pickle")
    assert copy.name == f"names.csv.name-keys.{sys.implementation.cache_tag}.pickle"
    assert str(path.parent).lstrip(os.sep) in str(copy)  # (one folder per installed package)


def test_the_users_cache_is_home_cache_without_an_absolute_xdg_cache_home(
    installed: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = installed.parent.parent / "home"
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/cache")  # (the XDG spec: ignored)
    path = installed / "_glossaries" / "a.csv"
    path.write_text("x", encoding="utf-8")
    datafiles.kept_copy(str(path), lambda: ["made"])
    assert list((home / ".cache" / "translit").rglob("*.pickle"))
    assert not (installed.parent.parent / "relative").exists()


def test_a_checkouts_copies_stay_beside_the_file(installed: Path) -> None:
    # a file outside the package folder (a checkout's glossaries/): as before, beside it
    folder = installed.parent.parent / "glossaries"
    folder.mkdir()
    path = folder / "a.csv"
    path.write_text("x", encoding="utf-8")
    datafiles.kept_copy(str(path), lambda: ["made"])
    assert list((folder / "__pycache__").glob("a.csv.*.pickle"))
    assert not (installed.parent.parent / "xdg").exists()
