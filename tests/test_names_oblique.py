"""The oblique forms of place names (the phrase rule) and the shipped copy of their derivation.

translit/data/names/oblique_ru.tsv holds each one-word place name's folded oblique forms, so a
process need not load the dictionary and decline 1,100 names; it is read only when it was made
with the installed pymorphy3 and dictionary, and a name it lacks is derived when read.
"""

from __future__ import annotations

import os
import sys

import pytest

from translit import _datafiles as datafiles
from translit import morphology
from translit.names import forms as F


def _derived() -> frozenset[str]:
    """The phrase rule's set as the dictionary gives it, every name declined now."""
    names = F._place_names()
    nominative = {F.fold(n) for n in names}
    return frozenset(
        f for n in names for f in map(F.fold, F._inflections(n)) if f not in nominative
    )


@pytest.fixture
def fresh() -> object:
    """The caches of the set and of the copy emptied before and after a test."""
    for cached in (F.oblique_forms, F._shipped_declined):
        cached.cache_clear()
    yield None
    for cached in (F.oblique_forms, F._shipped_declined):
        cached.cache_clear()


def _shipped_text() -> str:
    return datafiles.read_text("names", "oblique_ru.tsv")


def _made_with() -> str:
    return next(x for x in _shipped_text().splitlines() if x.startswith(F._MADE_WITH))


def _rows(text: str) -> dict[str, str]:
    return dict(x.split("\t", 1) for x in text.splitlines() if x and not x.startswith("#"))


def test_the_shipped_copy_is_the_derivation_of_todays_names() -> None:
    # every row as the installed dictionary declines the name, and a row for every name of
    # names.csv and CLDR; when this fails after a change to names.csv, Babel or the
    # morphology, renew the file: write translit.names.forms.oblique_table() into it
    if _made_with() != F._MADE_WITH + str(morphology.dictionary_version("ru")):
        pytest.skip(
            f"oblique_ru.tsv was made with other versions ({_made_with()}); installed: "
            f"{morphology.dictionary_version('ru')}: the copy is not read here (see the next test)"
        )
    today = F.oblique_table()
    cldr_from = next(x for x in _shipped_text().splitlines() if x.startswith(F.CLDR_FROM))
    if cldr_from in today.splitlines():  # the Babel it was made with: the whole file
        assert _shipped_text() == today
        return
    # another Babel (a user's install): its CLDR names may differ, and one the copy lacks is
    # derived when read; every row it has, and every place of names.csv, must still be today's
    shipped, derived = _rows(_shipped_text()), _rows(today)
    ours = {r.text for r in F.established_rows() if r.kind == "place" and r.lang == "ru"}
    assert {n for n in ours if n in derived} <= shipped.keys()
    assert {n: shipped[n] for n in shipped.keys() & derived.keys()} == {
        n: derived[n] for n in shipped.keys() & derived.keys()
    }


def test_the_set_is_the_derivation(fresh: object) -> None:
    got = F.oblique_forms()
    assert got == _derived()
    assert {"москвы", "москве", "москвой", "твери", "казани"} <= got
    assert "москва" not in got and "тверь" not in got  # a nominative is never one
    assert F.oblique_forms("uk") == frozenset()


def test_the_copy_spares_the_dictionary(fresh: object) -> None:
    # (a process of its own: this one has loaded pymorphy3 long ago)
    import subprocess

    code = (
        "import sys; from translit.names.forms import oblique_forms; "
        "assert 'москвой' in oblique_forms(); print('pymorphy3' in sys.modules)"
    )
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=False
    )
    assert out.returncode == 0, out.stderr
    made = _made_with() == F._MADE_WITH + str(morphology.dictionary_version("ru"))
    assert out.stdout.strip() == ("False" if made else "True")


def test_a_copy_made_with_another_dictionary_is_not_read(
    fresh: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(morphology, "dictionary_version", lambda lang: "pymorphy3 0, other 0")
    assert F._shipped_declined() == {}
    assert F.oblique_forms() == _derived()


def test_a_name_the_copy_lacks_is_derived(fresh: object, monkeypatch: pytest.MonkeyPatch) -> None:
    kept = dict(F._shipped_declined())
    if not kept:
        pytest.skip("the copy is not read with the installed dictionary")
    del kept["Москва"]
    kept["Тверь"] = ("нарочно",)  # (a row is what the set is made of: the copy is read)
    monkeypatch.setattr(F, "_shipped_declined", lambda: kept)
    got = F.oblique_forms()
    assert "москвой" in got and "нарочно" in got and "твери" not in got


def test_no_copy_no_trouble(fresh: object, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(F, "_OBLIQUE_FILE", ("names", "no-such-file.tsv"))
    assert F._shipped_declined() == {}
    assert "москвой" in F.oblique_forms()


def test_a_place_form_in_a_text_is_transcribed(fresh: object) -> None:
    from translit import romanize

    # (Duden writes -ой as -oi: Tolstoi)
    assert romanize("Москва и Москвой", lang="ru", target="de") == "Moskau i Moskwoi"
