"""Fault suite, hostile40: the leftovers hostile39 noted (a malformed ``sep=`` line, a PO
charset that is no character encoding, an empty compressed file, JSONL duplicate keys) and
two more classes. Each test builds its hostile input itself.

The bar: no traceback, no data lost, exit codes 0/1/2, and a message that names the file,
the line, what is wrong and what to do.
"""

from __future__ import annotations

import bz2
import codecs
import gzip
import io
import json
import lzma
from pathlib import Path

import pytest
from conftest import translit_cli
from hypothesis import given
from hypothesis import strategies as st

from translit.errors import GlossaryError, ascii_codec_problem, codec_problem
from translit.glossary.files import loads
from translit.glossary.tabular import read_table
from translit.io import InputError
from translit.io.compression import wrap_input
from translit.io.formats.delimited import Csv
from translit.io.formats.jsonl import Jsonl

# -- 1. a first line that starts sep= but names no one delimiter -----------------------------

_BAD_SEP = ["sep=;;", "sep=", "sep=\\t;", "sep=, ", "sep=\\t\t"]


@pytest.mark.parametrize("line", _BAD_SEP)
def test_a_malformed_sep_line_is_refused_by_the_glossary_reader(line: str) -> None:
    """It was read as the header: the terms came out tagged `und`, with only a warning."""
    with pytest.raises(GlossaryError) as info:
        read_table(f"{line}\nru;en\nРОА;ROA\n", "g.csv")
    assert info.value.line == 1 and "sep= and one character" in info.value.message
    assert repr(line) in info.value.message


@pytest.mark.parametrize("line", _BAD_SEP)
def test_a_malformed_sep_line_is_refused_by_the_batch_reader_in_the_same_words(
    line: str,
) -> None:
    """It said "no column 'ru'; … the header is one column, 'sep=;;'"."""
    with pytest.raises(GlossaryError) as glossary:
        read_table(f"{line}\nru;en\nРОА;ROA\n", "g.csv")
    with pytest.raises(InputError) as batch:
        Csv(columns=("ru",)).start(f"{line}\nru;en\n")
    assert batch.value.line == 1 and batch.value.message == glossary.value.message


def test_excels_sep_line_still_names_the_delimiter_for_both() -> None:
    """(A line naming a column, sep=x,name, is a header: tests/test_io_excel_sep.py.)"""
    g = read_table("sep=;\nru;en\nРОА;ROA\n", "g.csv")
    assert [t.text for c in g.concepts for t in c.terms] == ["РОА", "ROA"]
    fmt, lead, rest = Csv(columns=("ru",)).start("sep=;\nru;en\n")
    assert (lead, rest, fmt.delimiter) == ("sep=;\nru;en\n", "", ";")


def test_the_cli_refuses_a_malformed_sep_line_at_line_1(tmp_path: Path) -> None:
    src = tmp_path / "g.csv"
    src.write_text("sep=;;\nru;en\nРОА;ROA\n", encoding="utf-8")
    done = translit_cli("glossary", "convert", src, tmp_path / "g.tsv")
    assert done.returncode == 2 and b"g.csv:1: the first line 'sep=;;'" in done.stderr
    assert not (tmp_path / "g.tsv").exists()


# -- 2. a PO charset, or --encoding, that is no character encoding ----------------------------


def _po(charset: str) -> bytes:
    return (
        f'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset={charset}\\n"\n"Language: en\\n"'
        '\n"X-Source-Language: ru\\n"\n\nmsgid "\\\\u0416 +BBY-"\nmsgstr "Zh"\n'
    ).encode("ascii")


@pytest.mark.parametrize(
    "charset", ["unicode_escape", "raw_unicode_escape", "utf-7", "idna", "utf-16", "cp037"]
)
def test_a_po_charset_that_is_no_ascii_character_encoding_is_refused(charset: str) -> None:
    """unicode_escape read the msgid's \\u0416 as Ж, utf-7 its +BBY- as Ж, without a word."""
    with pytest.raises(GlossaryError) as info:
        loads(_po(charset), "po", path="g.po")
    assert info.value.line == 3 and f"charset={charset}," in info.value.message
    assert "Content-Type" in info.value.message


def test_a_po_file_in_a_code_page_still_reads() -> None:
    g = loads(_po("CP1251"), "po", path="g.po")
    assert [t.text for t in g.concepts[0].terms] == ["\\u0416 +BBY-", "Zh"]


@pytest.mark.parametrize("name", ["unicode_escape", "raw_unicode_escape", "utf-7"])
def test_an_escape_scheme_is_no_encoding_for_encoding_either(name: str) -> None:
    """`--encoding unicode_escape` read a file's C:\\new as C:, a line end and ew."""
    problem = codec_problem(name)
    assert problem is not None and "no character encoding" in problem
    done = translit_cli("romanize", "--encoding", name, stdin="C:\\new Жук\n".encode())
    assert done.returncode == 2 and b"--encoding" in done.stderr


def _python_codecs() -> list[str]:
    """Every codec module of the standard library's ``encodings`` package and every name of
    its alias table that is of text."""
    import encodings.aliases
    import pkgutil

    names = set(encodings.aliases.aliases.values())
    names |= {m.name for m in pkgutil.iter_modules(encodings.__path__)}
    found = []
    for name in sorted(names):
        try:
            info = codecs.lookup(name)
        except LookupError:  # (aliases, mbcs: not codecs here)
            continue
        if getattr(info, "_is_text_encoding", True):
            found.append(name)
    return found


def test_no_character_encoding_of_pythons_table_is_called_an_escape_scheme() -> None:
    """The escape probe refuses none of the code pages, CJK, UTF and EBCDIC encodings Python
    ships (its "Standard Encodings"), only its two escape codecs and UTF-7."""
    escapes = [n for n in _python_codecs() if "reads escapes" in (codec_problem(n) or "")]
    assert escapes == ["raw_unicode_escape", "unicode_escape", "utf_7"]
    assert ascii_codec_problem("koi8_r") is None and ascii_codec_problem("shift_jis") is None


# -- 3. a compressed file of no bytes -----------------------------------------------------------


@pytest.mark.parametrize("suffix", [".gz", ".bz2", ".xz"])
def test_an_empty_compressed_file_is_no_compressed_file(tmp_path: Path, suffix: str) -> None:
    """It read as the empty text, exit 0, where gzip -d, bzip2 -d and xz -d all fail it."""
    src = tmp_path / f"e.txt{suffix}"
    src.write_bytes(b"")
    done = translit_cli("romanize", "-o", tmp_path / "out.txt", src)
    assert done.returncode == 1 and b"the file has no bytes" in done.stderr
    assert f"no {suffix} data".encode() in done.stderr
    assert not (tmp_path / "out.txt").exists()


@pytest.mark.parametrize(
    ("suffix", "pack"), [(".gz", gzip.compress), (".bz2", bz2.compress), (".xz", lzma.compress)]
)
def test_a_compressed_empty_text_still_reads_as_empty(suffix: str, pack: object) -> None:
    assert callable(pack)
    assert wrap_input(io.BytesIO(pack(b"")), "a" + suffix).read() == b""


def test_xz_padding_with_no_stream_before_it_is_refused() -> None:
    """Eight NUL bytes read as the empty text; xz -d: "File format not recognized"."""
    with pytest.raises(lzma.LZMAError, match="where the first stream starts"):
        wrap_input(io.BytesIO(bytes(8)), "a.xz").read()
    with pytest.raises(lzma.LZMAError):
        wrap_input(io.BytesIO(bytes(4) + lzma.compress(b"x")), "a.xz").read()
    assert wrap_input(io.BytesIO(lzma.compress(b"x") + bytes(4)), "a.xz").read() == b"x"


# -- 4. JSONL duplicate keys: the output keeps every field -----------------------------------


@given(
    st.lists(
        st.tuples(st.sampled_from(["t", "n", "a"]), st.sampled_from(["Жук", "Мир", "x", 1])),
        min_size=1,
        max_size=6,
    )
)
def test_a_jsonl_record_with_duplicate_keys_loses_no_field(pairs: list[tuple[str, object]]) -> None:
    """json.loads keeps the last of duplicate keys, and only that one is converted; the line
    is edited in place, so the output still holds every key and value the input had (the
    earlier copies as read), and reads as the conversion of what json.loads read."""
    line = "{" + ", ".join(
        f"{json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}" for k, v in pairs
    )
    text, _, _ = Jsonl(fields=("t",)).records(str.upper, line + "}\n", skip=False)
    got = json.loads(text, object_pairs_hook=list)
    assert [k for k, _ in got] == [k for k, _ in pairs]
    assert [v for k, v in got if k != "t"] == [v for k, v in pairs if k != "t"]
    expected = json.loads(line + "}")
    if isinstance(expected.get("t"), str):
        expected["t"] = expected["t"].upper()
    assert json.loads(text) == expected


# -- 5. a sep= line naming another delimiter than the one the file is read with ----------------


def test_a_sep_line_against_the_given_delimiter_is_refused_by_both_readers() -> None:
    """A .tsv glossary starting sep=, was read with ',' (the line won: one cell a row), the
    same file through the batch with the tab (the suffix won, the line kept as read)."""
    text = "sep=,\nid\tru\n1\tЖук\n"
    with pytest.raises(GlossaryError) as glossary:
        read_table(text, "g.tsv", delimiter="\t")
    with pytest.raises(InputError) as batch:
        Csv(columns=("ru",), delimiter="\t").start(text)
    assert glossary.value.line == batch.value.line == 1
    assert glossary.value.message == batch.value.message
    assert "names the delimiter ','" in batch.value.message
    assert read_table("sep=;\nru;en\nРОА;ROA\n", "g.csv", delimiter=";").concepts


# -- 6. a PO template's charset=CHARSET placeholder ---------------------------------------------


def test_a_po_file_under_the_charset_placeholder_is_told_to_name_its_charset() -> None:
    """A cp1251 file under charset=CHARSET (xgettext's template) said "save it in the charset
    its header names", which names none; a UTF-8 one still reads (Babel ignores the
    placeholder)."""
    po = _po("CHARSET").replace(b"\\\\u0416 +BBY-", "Жук".encode())
    assert [t.text for t in loads(po, "po", path="g.po").concepts[0].terms] == ["Жук", "Zh"]
    with pytest.raises(GlossaryError) as info:
        loads(po.decode().encode("cp1251"), "po", path="g.po")
    assert info.value.line == 7 and "charset=CHARSET" in info.value.message
    assert "charset=CP1251" in info.value.message
