"""Established forms of names spelled in every Cyrillic language (glossaries/names.csv has a
column per language with scheme files), and the loader's checks of the file.

Expected forms are the rows' sources: the English, German and French Wikipedia article titles.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from translit.errors import GlossaryError
from translit.shipped import read_name_rows

HEADER = "id,type,ru,uk,be,en,de,fr,kk,mn,source\n"


def _file(tmp_path: Path, *rows: str, header: str = HEADER) -> Path:
    path = tmp_path / "names.csv"
    path.write_text(header + "".join(r + "\n" for r in rows), encoding="utf-8")
    return path


def test_a_spelling_in_any_language_column_is_a_row(tmp_path: Path) -> None:
    path = _file(
        tmp_path,
        "place-astana,place,Астана,,,Astana,Astana,Astana,Астана,,Wikipedia",
        "place-olgii,place,,,,Ölgii,Ölgii,Ölgii,,Өлгий,Wikipedia",
    )
    rows = read_name_rows(path)
    assert [(r.id, r.lang, r.text) for r in rows] == [
        ("place-astana", "ru", "Астана"),
        ("place-astana", "kk", "Астана"),
        ("place-olgii", "mn", "Өлгий"),
    ]
    assert rows[2].forms == {"en": ("Ölgii",), "de": ("Ölgii",), "fr": ("Ölgii",)}


@pytest.mark.parametrize(
    ("row", "message"),
    [
        (
            "p,place,,,,Astana,Astana,Astana,Astana,,W",
            "column kk: 'Astana' is not spelled in Cyrillic",
        ),
        ("p,place,Астана,,,Astana,Астана,Astana,,,W", "column de: 'Астана' has Cyrillic letters"),
        ("p,town,Астана,,,Astana,Astana,Astana,,,W", "type 'town' is not one of"),
        ("p,place,Астана,,,Astana,Astana,Astana,,,", "no source"),
        ("p,place,,,,Astana,Astana,Astana,,,W", "no Cyrillic spelling"),
    ],
)
def test_a_bad_row_names_the_file_and_line(tmp_path: Path, row: str, message: str) -> None:
    good = "place-osh,place,Ош,,,Osh,Osch,Och,,,Wikipedia"
    path = _file(tmp_path, good, row)
    with pytest.raises(GlossaryError) as err:
        read_name_rows(path)
    assert str(err.value).startswith(f"{path}:3: row 'p': ")
    assert message in str(err.value)


def test_a_column_of_a_language_without_schemes_is_refused(tmp_path: Path) -> None:
    path = _file(tmp_path, "p,place,Ош,Osh,Osch,Och,Oš,W", header="id,type,ru,en,de,fr,fi,source\n")
    with pytest.raises(GlossaryError, match=rf"^{path}:1: column 'fi' is neither"):
        read_name_rows(path)
