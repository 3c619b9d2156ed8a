"""Fault suite, hostile38: another red-team round over the inputs the earlier passes
(tests/test_faults_*.py) did not try. Each test builds its hostile input itself.

The bar: no traceback, no data lost, atomic outputs, exit codes 0/1/2/130, and a message that
names the file, the line, what is wrong and what to do.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from conftest import translit_cli
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import translit

# -- 1. a Parquet text column stored as string_view -----------------------------------------------


def test_a_parquet_string_view_column_is_text(tmp_path: Path) -> None:
    """Polars 1.38 wrote its strings as Arrow ``Utf8View`` (pola-rs/polars#26435), and
    arrow-rs and pyarrow 21+ writers keep ``string_view`` in the file's Arrow schema, which
    pyarrow reads back as such: the column was refused as "string_view, not text" (exit 1,
    nothing converted). It is text: converted in place or into a new column, its type kept."""
    pa = pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq

    if not hasattr(pa, "string_view"):
        pytest.skip("this pyarrow has no string_view type (pyarrow 16 and later)")
    src = tmp_path / "d.parquet"
    names = pa.array(["Москва", None, "Щука"], pa.string_view())
    try:
        pq.write_table(pa.table({"name": names, "n": [1, 2, 3]}), src)
    except (pa.ArrowNotImplementedError, NotImplementedError):
        pytest.skip("this pyarrow cannot write string_view to Parquet (pyarrow 21 and later)")
    assert pq.read_schema(src).field("name").type == pa.string_view()  # (the input is one)
    done = translit_cli("romanize", "--column", "name", "--suffix", ".lat", src)
    assert done.returncode == 0, done.stderr.decode()
    out = pq.read_table(tmp_path / "d.lat.parquet")
    assert out.column("name").to_pylist() == ["Moskva", None, "Shchuka"]
    assert out.schema.field("name").type == pa.string_view()
    assert out.column("n").to_pylist() == [1, 2, 3]
    done = translit_cli(
        "romanize", "--column", "name", "--add-column", "lat", "--suffix", ".add", src
    )
    assert done.returncode == 0, done.stderr.decode()
    out = pq.read_table(tmp_path / "d.add.parquet")
    assert out.column_names == ["name", "lat", "n"]
    assert out.column("name").to_pylist() == ["Москва", None, "Щука"]
    assert out.column("lat").to_pylist() == ["Moskva", None, "Shchuka"]


# -- 2. a name key of a name in NFD -------------------------------------------------------------

_NAME_CHARS = st.one_of(
    st.characters(codec="utf-8"),
    st.characters(min_codepoint=0x0400, max_codepoint=0x04FF),
    st.characters(min_codepoint=0xAC00, max_codepoint=0xD7A3),  # Hangul syllables
    st.sampled_from("ÉéÕõÅåÑñЙйЁё\u0301\u0306 ,-.AGKXß"),
)


@settings(deadline=None, max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(_NAME_CHARS, max_size=30))
@example("G0_%\uba23\xa0X\xdf\x81\xd5")  # (hypothesis found it: "g kso" in NFC, "kso g" in NFD)
def test_a_name_key_is_the_same_for_a_name_in_nfc_or_nfd(name: str) -> None:
    """A Hangul syllable in NFD is three jamo, three letters where NFC has one, so a word of
    two capitals and a syllable was "a surname in capitals" (three letters or more) in NFD
    alone, and moved after the given name: another key for the same name (macOS file names
    and some exports are NFD)."""
    nfc, nfd = unicodedata.normalize("NFC", name), unicodedata.normalize("NFD", name)
    try:
        key = translit.name_key(nfc)
    except translit.TranslitError:
        return
    assert translit.name_key(nfd) == key, (nfc, nfd)
