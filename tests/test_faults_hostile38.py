"""Fault suite, hostile38: another red-team round over the inputs the earlier passes
(tests/test_faults_*.py) did not try. Each test builds its hostile input itself.

The bar: no traceback, no data lost, atomic outputs, exit codes 0/1/2/130, and a message that
names the file, the line, what is wrong and what to do.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest
from conftest import translit_cli
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import translit
from translit.errors import GlossaryError
from translit.glossary import load, lookup
from translit.glossary.files import loads

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


# -- 3. a glossary saved under another format's name ---------------------------------------------

_TBX = (
    '<?xml version="1.0" encoding="UTF-8"?>\n<tbx type="TBX-Basic" style="dca" xml:lang="en" '
    'xmlns="urn:iso:std:iso:30042:ed-2"><text><body><conceptEntry id="c1">'
    '<langSec xml:lang="ru"><termSec><term>Москва</term></termSec></langSec>'
    '<langSec xml:lang="en"><termSec><term>Moscow</term></termSec></langSec>'
    "</conceptEntry></body></text></tbx>\n"
)
_PO = 'msgid ""\nmsgstr ""\n"Language: en\\n"\n\nmsgid "Москва"\nmsgstr "Moscow"\n'
_CSV = "ru,en\nМосква,Moscow\n"


@pytest.mark.parametrize(
    ("name", "text", "said"),
    [
        ("terms.csv", _TBX, "reads as XML (TBX), not CSV: name it .tbx, or give its format, tbx"),
        ("terms.tsv", _PO, "reads as PO, not TSV: name it .po, or give its format, po"),
        ("terms.tbx", _CSV, "reads as CSV, not TBX: name it .csv, or give its format, csv"),
        ("terms.po", _CSV, "reads as CSV, not PO: name it .csv, or give its format, csv"),
        ("terms.xlsx", _CSV, "reads as CSV, not XLSX: name it .csv, or give its format, csv"),
    ],
)
def test_a_glossary_saved_under_another_formats_name_says_which_it_is(
    tmp_path: Path, name: str, text: str, said: str
) -> None:
    """A TBX saved as terms.csv was "a row of one cell: without a header of languages …",
    a CSV saved as .tbx "not well-formed XML: Start tag expected", as .xlsx "save it from
    Excel as 'Excel Workbook (.xlsx)'" (it is CSV already): each reader's own fault, nothing
    of what the file is. Every glossary command now says it, and reads it under its format."""
    src = tmp_path / name
    src.write_text(text, encoding="utf-8")
    with pytest.raises(GlossaryError, match=re.escape(said)):
        load(src)
    done = translit_cli("glossary", "convert", src, tmp_path / "out.csv")
    assert done.returncode == 2 and said in done.stderr.decode(), done.stderr.decode()
    assert not (tmp_path / "out.csv").exists()
    checked = translit_cli("glossary", "check", src)  # (check reads with strict=False)
    told = checked.stdout.decode() + checked.stderr.decode()  # (a line of its own, or the error)
    assert checked.returncode == 1 and said in told, told
    g = load(src, said.rsplit(" ", 1)[1], source_lang="ru", target_lang="en")  # as told
    assert [m.concept.preferred("en").text for m in lookup(g, "Москва")] == ["Moscow"]


def test_a_glossary_that_fails_in_its_own_format_says_nothing_of_another() -> None:
    """The hint is for a file that shows another format: a damaged TBX, or a CSV read as a
    TSV, keeps its reader's message alone."""
    with pytest.raises(GlossaryError) as bad_tbx:
        loads(b"<martif><text><body>", "tbx", "t.tbx")
    assert "reads as" not in str(bad_tbx.value)
    with pytest.raises(GlossaryError) as bad_csv:
        loads(b'ru,en\n"Moscow,x\n', "tsv", "t.tsv")
    assert "reads as" not in str(bad_csv.value)


# -- 4. a TBX whose bytes its encoding does not read ---------------------------------------------


@pytest.mark.parametrize(
    ("head", "named", "do"),
    [
        (
            '<?xml version="1.0" encoding="UTF-8"?>\n',
            "not UTF-8, the encoding its declaration names",
            'write encoding="cp1251" in its declaration',
        ),
        (
            "",
            "not UTF-8 (the encoding of XML without an encoding declaration)",
            '<?xml version="1.0" encoding="cp1251"?>',
        ),
    ],
)
def test_a_tbx_in_cp1251_read_as_utf8_says_what_it_is_and_what_to_do(
    tmp_path: Path, head: str, named: str, do: str
) -> None:
    """A TBX saved in cp1251 (an older Windows tool) with a UTF-8 declaration, or none, was
    "not well-formed XML: Invalid bytes in character encoding" (libxml2's words) and nothing
    of what to do. It now names the encoding the parser read it in, the one the bytes show,
    and the two ways out; the way it names reads the file."""
    src = tmp_path / "g.tbx"
    src.write_bytes((head + _TBX.split("\n", 1)[1]).encode("cp1251"))
    with pytest.raises(GlossaryError) as caught:
        load(src)
    said = str(caught.value)
    assert named in said and "reads as cp1251" in said and do in said, said
    assert "save it as UTF-8" in said and caught.value.line == (2 if head else 1)
    done = translit_cli("glossary", "convert", src, tmp_path / "out.csv")
    assert done.returncode == 2 and do in done.stderr.decode(), done.stderr.decode()
    fixed = '<?xml version="1.0" encoding="cp1251"?>\n' + _TBX.split("\n", 1)[1]
    src.write_bytes(fixed.encode("cp1251"))  # (as the message says)
    assert [m.concept.preferred("en").text for m in lookup(load(src), "Москва")] == ["Moscow"]


def test_a_few_bytes_outside_the_encoding_name_no_guess(tmp_path: Path) -> None:
    """One é in Latin-1 tells no encoding (the detector reads it as koi8-r И): no guess is
    named, the ways out are."""
    src = tmp_path / "g.tbx"
    src.write_bytes(
        _TBX.replace("Москва", "Moskva").replace("Moscow", "Moscou é").encode("latin-1")
    )
    with pytest.raises(GlossaryError) as caught:
        load(src)
    said = str(caught.value)
    assert "reads as" not in said and "declare the encoding it is saved in" in said, said
