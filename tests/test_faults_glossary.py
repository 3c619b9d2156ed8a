"""Fault suite, glossaries: hostile TBX, CSV/TSV and PO files, and random glossaries through
every writer and reader.

The bar (issue 20): a hostile file loads or is refused with a :class:`GlossaryError` naming
file:line; no entity is expanded, no file outside it is read, nothing is dropped silently; a
write error names the destination.
"""

from __future__ import annotations

import codecs
import contextlib
import io
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from translit.errors import GlossaryError
from translit.glossary import Concept, Glossary, Term, lint, load, save
from translit.glossary.articles import fit_ends
from translit.glossary.folding import fold
from translit.glossary.forms import (
    case_form,
    derived_forms,
    inflects_by_dictionary,
    may_be_plural,
    named_in_singular,
    plural_forms,
    plural_of,
    recased,
    s_plural_forms,
    term_forms,
    written_number,
)
from translit.glossary.model import check_glossary, is_name, norm_number, primary
from translit.glossary.multiterm import write_mtf
from translit.glossary.po import write_po
from translit.glossary.tabular import write_table
from translit.glossary.tbx import write_tbx
from translit.glossary.xlsx import write_xlsx

ROOT = Path(__file__).resolve().parent.parent
HEAD = b'<?xml version="1.0" encoding="UTF-8"?>\n'


def _tbx(term: str = "РОА", doctype: str = "", entry: str = 'id="c1"') -> str:
    return (
        f'{doctype}<tbx style="dca" type="TBX-Basic" xml:lang="en" '
        'xmlns="urn:iso:std:iso:30042:ed-2"><text><body>'
        f'<conceptEntry {entry}><langSec xml:lang="ru"><termSec><term>{term}</term></termSec>'
        '</langSec><langSec xml:lang="fr"><termSec><term>ROA</term></termSec></langSec>'
        "</conceptEntry></body></text></tbx>"
    )


LAUGHS = '<!DOCTYPE tbx [<!ENTITY a "aaaaaaaaaa">' + "".join(
    f'<!ENTITY {b} "{("&" + a + ";") * 10}">' for a, b in zip("abcdefgh", "bcdefghi", strict=True)
)
HOSTILE_TBX = {
    "billion-laughs": HEAD + (_tbx("&i;", LAUGHS + "]>")).encode(),
    "external-entity": HEAD + _tbx("&x;", '<!DOCTYPE tbx [<!ENTITY x SYSTEM "file:///etc/passwd">]>').encode(),
    "parameter-entity": HEAD + _tbx("x", '<!DOCTYPE tbx [<!ENTITY % p SYSTEM "file:///etc/passwd"> %p;]>').encode(),
    "external-dtd": HEAD + _tbx("x", '<!DOCTYPE tbx SYSTEM "file:///etc/passwd">').encode(),
    "xinclude": HEAD + _tbx('<xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="/etc/passwd" parse="text"/>').encode(),
    "deep": HEAD + _tbx("<a>" * 400 + "x" + "</a>" * 400).encode(),
    "huge-attribute": HEAD + _tbx("x", entry='id="' + "c" * 10_000_001 + '"').encode(),
    "many-attributes": HEAD + _tbx("x", entry=" ".join(f'a{i}="1"' for i in range(20_000))).encode(),
    "truncated": (HEAD + _tbx().encode())[:150],
    "empty": b"",
    "nul": HEAD + _tbx("Р\x00А").encode(),
    "nul-reference": HEAD + _tbx("Р&#0;А").encode(),
    "not-xml": b"\x89PNG\r\n\x1a\n" + bytes(range(256)),
    "declared-utf8-but-cp1251": HEAD + _tbx().encode("cp1251"),
    "declared-cp1251-but-utf8": b'<?xml version="1.0" encoding="windows-1251"?>\n' + _tbx().encode(),
    "declared-latin1-but-utf8": b"<?xml version='1.0' encoding='ISO-8859-1'?>\n" + _tbx().encode(),
    "declared-utf16-but-utf8": b'<?xml version="1.0" encoding="UTF-16"?>\n' + _tbx().encode(),
}  # fmt: skip
READABLE_TBX = {
    "utf-16-bom": '<?xml version="1.0" encoding="UTF-16"?>\n'.encode("utf-16")
    + _tbx().encode("utf-16-le"),
    "utf-16-no-bom": ('<?xml version="1.0" encoding="UTF-16"?>\n' + _tbx()).encode("utf-16-le"),
    "utf-16-be": ('<?xml version="1.0" encoding="UTF-16BE"?>\n' + _tbx()).encode("utf-16-be"),
    "cp1251": b'<?xml version="1.0" encoding="windows-1251"?>\n' + _tbx().encode("cp1251"),
    "cdata": HEAD + _tbx("<![CDATA[РОА]]>").encode(),
}
HOSTILE_TABLES = {
    "quote.csv": 'id,ru,fr\nroa,"РОА,ROA\nx,y,z\n',
    "nul.csv": "id,ru,fr\nroa,Р\x00А,ROA\n",
    "huge-field.csv": "id,ru,fr\nroa," + "Р" * 200_000 + ",ROA\n",
    "huge-quoted.csv": 'id,ru,fr\nroa,"' + "Р" * 200_000 + '",ROA\n',
    "binary.tsv": bytes(range(256)).decode("latin-1"),
    "utf-16-no-bom.csv": "id,ru,fr\nroa,РОА,ROA\n",  # written as UTF-16 LE below: not UTF-8
}
HOSTILE_PO = {
    "unterminated.po": 'msgid "РОА\nmsgstr "ROA"\n',
    "escaped-end.po": 'msgid "РОА\\"\nmsgstr "ROA"\n',
    "charset-hex.po": 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=hex\\n"\n\n'
    'msgid "x"\nmsgstr "y"\n',
    "orphan.po": '"orphan"\nmsgid "x"\nmsgstr "y"\n',
    "no-msgstr.po": 'msgid "РОА"\n',
}


def _refused(path: Path, line: bool = True) -> GlossaryError:
    with pytest.raises(GlossaryError) as info:
        load(path)
    message = str(info.value)
    assert message.startswith(f"{path}:" if line else str(path)), message
    return info.value


@pytest.mark.parametrize("name", sorted(HOSTILE_TBX))
def test_hostile_tbx_is_refused_with_its_location(tmp_path: Path, name: str) -> None:
    path = tmp_path / f"{name}.tbx"
    path.write_bytes(HOSTILE_TBX[name])
    if name == "many-attributes":  # well-formed: loads
        terms = [t.text for c in load(path).concepts for t in c.terms]
        assert not any("root:" in t for t in terms)
        return
    error = _refused(path)
    assert "root:" not in str(error) and len(str(error)) < 500


@pytest.mark.parametrize(
    ("declared", "says"),
    [
        ("windows-1251", "its bytes are UTF-8 (they read as 'РОА', not 'Р\\xa0РћРђ')"),
        ("ISO-8859-1", "its bytes are UTF-8 (they read as 'РОА', not 'Ð\\xa0Ð\\x9eÐ\\x90')"),
        ("UTF-16", "its bytes are not UTF-16 (no byte order mark"),
    ],
)
def test_a_tbx_whose_declared_encoding_is_not_its_own_says_so(
    tmp_path: Path, declared: str, says: str
) -> None:
    """A UTF-8 file declaring a one-byte encoding was read as that: every Cyrillic term came
    out as mojibake (РОА as Р РћРђ), and nothing said so (glossary check: no finding); one
    declaring UTF-16 failed as "not well-formed XML: Blank needed here" (hostile12)."""
    path = tmp_path / "t.tbx"
    path.write_bytes(f'<?xml version="1.0" encoding="{declared}"?>\n'.encode() + _tbx().encode())
    message = str(_refused(path))
    assert message.startswith(f"{path}:1: XML declares encoding={declared!r}, but "), message
    assert says in message and "correct the declaration" in message


@pytest.mark.parametrize("name", sorted(READABLE_TBX))
def test_tbx_in_any_declared_encoding_reads_the_same_terms(tmp_path: Path, name: str) -> None:
    path = tmp_path / f"{name}.tbx"
    path.write_bytes(READABLE_TBX[name])
    assert [[t.text for t in c.terms] for c in load(path).concepts] == [["РОА", "ROA"]]


@pytest.mark.parametrize("name", sorted(HOSTILE_TABLES))
def test_hostile_tables_are_refused_with_their_location(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    text = HOSTILE_TABLES[name]
    path.write_bytes(text.encode("utf-16-le") if "utf-16" in name else text.encode("latin-1" if "binary" in name else "utf-8"))  # fmt: skip
    _refused(path)


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("name", ["g.csv", "g.tsv", "omegat.txt"])
def test_utf16_table_without_a_bom_says_so(tmp_path: Path, name: str, codec: str) -> None:
    """It was read as UTF-8: "term 'i\x00d\x00' holds U+0000, which no glossary format can
    hold" (CSV), "OmegaT row needs source<TAB>target" (text), nothing on what to do."""
    path = tmp_path / name
    path.write_bytes("id,ru,fr\nroa,РОА,ROA\n".replace(",", "\t" if name != "g.csv" else ",").encode(codec))  # fmt: skip
    message = str(_refused(path))
    assert message == f"{path}:1: {codec.upper()} without a BOM (a zero byte beside each letter); save it as UTF-8, or as UTF-16 with a BOM"  # fmt: skip


#: Excel's "Unicode text" export (UTF-16 LE with a BOM, tab separated, CRLF) and its kin.
EXCEL_TEXT = "id\tru\tfr\r\nroa\tРОА\tROA\r\n"
READABLE_TABLES = {
    "excel-unicode-text.txt": codecs.BOM_UTF16_LE + EXCEL_TEXT.encode("utf-16-le"),
    "utf-16-be.tsv": codecs.BOM_UTF16_BE + EXCEL_TEXT.encode("utf-16-be"),
    "utf-8-bom.csv": codecs.BOM_UTF8 + EXCEL_TEXT.replace("\t", ",").encode("utf-8"),
    "utf-16-le.csv": codecs.BOM_UTF16_LE + EXCEL_TEXT.replace("\t", ",").encode("utf-16-le"),
}


@pytest.mark.parametrize("name", sorted(READABLE_TABLES))
def test_tables_with_a_bom_are_read_in_its_encoding(tmp_path: Path, name: str) -> None:
    """A UTF-16 glossary (Excel's "Unicode text") was refused as "not UTF-8"."""
    path = tmp_path / name
    path.write_bytes(READABLE_TABLES[name])
    g = load(path)
    assert [c.id for c in g.concepts] == ["roa"]
    assert [(t.lang, t.text) for t in g.concepts[0].terms] == [("ru", "РОА"), ("fr", "ROA")]


def test_bad_utf16_table_names_its_line(tmp_path: Path) -> None:
    path = tmp_path / "broken.txt"
    lone_surrogate = b"\x00\xd8A\x00"
    path.write_bytes(READABLE_TABLES["excel-unicode-text.txt"] + lone_surrogate)
    error = _refused(path)
    assert str(error).startswith(f"{path}:3: not UTF-16 (as its BOM says)"), error


def test_cells_past_the_header_are_reported(tmp_path: Path) -> None:
    """``roa,РОА,ROA,extra,more`` under ``id,ru,fr`` dropped two cells without a word."""
    path = tmp_path / "extra.csv"
    path.write_text("id,ru,fr\nroa,РОА,ROA,extra,more\n", encoding="utf-8")
    g = load(path)
    assert [[t.text for t in c.terms] for c in g.concepts] == [["РОА", "ROA"]]
    assert any(w.startswith(f"{path}:2: 5 cells") for w in g.warnings), g.warnings


@pytest.mark.parametrize("name", sorted(HOSTILE_PO))
def test_hostile_po_is_refused(tmp_path: Path, name: str) -> None:
    """``msgid "РОА`` (never closed) loaded as the term «РО»: Babel drops the last character."""
    path = tmp_path / name
    path.write_text(HOSTILE_PO[name], encoding="utf-8")
    error = _refused(path, line=False)
    if "unterminated" in name or "escaped" in name:
        assert str(error).startswith(f"{path}:1:") and "never closed" in str(error)


@pytest.mark.parametrize("index", ["9" * 5000, "1e3", "-1", " 1", ""])
def test_po_plural_form_that_is_no_number_names_its_line(tmp_path: Path, index: str) -> None:
    """Babel reads ``msgstr[N]`` with ``int()``: 5,000 digits were "bad PO file: Exceeds the
    limit (4300 digits) for integer string conversion…" and ``1e3`` "invalid literal for
    int()", with no line; ``msgstr[-1]`` was read as a form."""
    path = tmp_path / "plural.po"
    path.write_text(
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
        f'msgid "РОА"\nmsgid_plural "РОАs"\nmsgstr[0] "ROA"\nmsgstr[{index}] "ROAs"\n',
        encoding="utf-8",
    )
    message = str(_refused(path))
    assert message.startswith(f"{path}:8: bad PO file: msgstr[{index[:20]}"), message
    assert message.endswith("is not a plural form; number the forms msgstr[0], msgstr[1]…")


@pytest.mark.parametrize("end", ["\r", "\r\n", "\n"], ids=["cr", "crlf", "lf"])
def test_po_with_any_line_ends_reads_the_same_terms(tmp_path: Path, end: str) -> None:
    """A PO file with old-Mac line ends (CR alone) was one line to Babel: "bad PO file: missing
    msgstr for msgid '"msgstr ""Content-Type…' on 0", with no line to look at."""
    lines = ['msgid ""', 'msgstr ""', '"Content-Type: text/plain; charset=UTF-8\\n"',
             '"Language: fr\\n"', "", 'msgctxt "roa"', 'msgid "РОА"', 'msgstr "ROA"', ""]  # fmt: skip
    path = tmp_path / "g.po"
    path.write_bytes(end.join(lines).encode())
    g = load(path)
    assert [(c.id, [(t.lang, t.text, t.line) for t in c.terms]) for c in g.concepts] == [
        ("roa", [("ru", "РОА", 7), ("fr", "ROA", 7)])
    ]


def test_glossary_commands_on_hostile_files(tmp_path: Path) -> None:
    """``glossary check`` on several hostile files: exit 1, one file:line message each, no
    traceback; ``convert`` into a full disk names the destination."""
    paths = []
    for name in ("billion-laughs", "external-entity", "deep"):
        paths.append(tmp_path / f"{name}.tbx")
        paths[-1].write_bytes(HOSTILE_TBX[name])
    for name in ("quote.csv", "unterminated.po"):
        paths.append(tmp_path / name)
        paths[-1].write_text({**HOSTILE_TABLES, **HOSTILE_PO}[name], encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    cmd = [sys.executable, "-m", "translit", "glossary"]
    done = subprocess.run([*cmd, "check", *map(str, paths)], capture_output=True, env=env, timeout=120, check=False)  # fmt: skip
    err = done.stderr.decode()
    assert done.returncode == 1 and "Traceback" not in err
    for path in paths:
        assert f"{path}:" in err
    good = tmp_path / "good.csv"
    good.write_text("id,ru,fr\n" + "".join(f"c{i},РОА{i},ROA{i}\n" for i in range(3000)), encoding="utf-8")  # fmt: skip
    out = tmp_path / "out.tbx"

    def limit() -> None:
        import resource

        resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))

    done = subprocess.run(  # (no bytecode written under the limit: it would be cut short)
        [*cmd, "convert", str(good), str(out)], capture_output=True, timeout=120,
        env={**env, "PYTHONDONTWRITEBYTECODE": "1"}, preexec_fn=limit, check=False,
    )  # fmt: skip
    err = done.stderr.decode()
    assert done.returncode == 2 and f"error: {out}: File too large" in err, err
    assert not out.exists() and not [p for p in tmp_path.iterdir() if "translit-tmp" in p.name]


TEXT = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=1, max_size=12)


@st.composite
def glossaries(draw: st.DrawFn) -> Glossary:
    concepts = []
    for i in range(draw(st.integers(1, 4))):
        terms = [
            Term(draw(TEXT), lang)
            for lang in draw(st.lists(st.sampled_from(["ru", "fr", "de", "en"]), min_size=1, max_size=3, unique=True))
        ]  # fmt: skip
        concepts.append(Concept(f"c{i}", terms=terms))
    return Glossary(concepts, source_lang="ru", languages=["ru", "fr", "de", "en"])


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_random_glossary_round_trips(data: st.DataObject) -> None:
    """A glossary of random terms: each writer refuses it (GlossaryError) or writes a file that
    reads back; lint, term_forms, plural_forms, plural_of, s_plural_forms, is_name, recased,
    fit_ends, named_in_singular, written_number, may_be_plural, norm_number and case_form
    answer on anything that was built."""
    try:
        g = data.draw(glossaries())
        check_glossary(g)
    except GlossaryError:
        return
    assert all(isinstance(f.message, str) for f in lint(g))
    for c in g.concepts:
        assert isinstance(named_in_singular(c), bool)
        for t in c.terms:
            assert written_number(c, t) in ("", "singular", "plural")
            assert isinstance(may_be_plural(t), bool)
            assert isinstance(norm_number(t), str)
            forms = term_forms(c, t)
            assert all(isinstance(f, str) for f in forms)
            assert set(plural_forms(c, t)) <= set(forms)
            assert plural_of(t, c) in (None, *forms)
            assert s_plural_forms(c, t) <= set(forms)  # (case forms of the term, each)
            assert isinstance(is_name(c, t), bool)
            assert derived_forms(c, t)[:2] == (forms, plural_forms(c, t))
            assert not recased(t, t)
            assert all(isinstance(recased(t, u), bool) for u in c.terms)
            assert set(fit_ends(t, primary(t.lang))) <= set("'’ ")
            for u in c.terms:  # (a form's case and number given to another term)
                if inflects_by_dictionary(t) and inflects_by_dictionary(u):
                    for form in forms:
                        text, why = case_form(c, t, u, fold(form).strip(" "))
                        assert (text is None) == bool(why) and isinstance(why, str)
    for fmt in ("tbx", "csv", "tsv", "po", "xlsx", "multiterm"):
        buf: io.StringIO | io.BytesIO
        try:
            if fmt == "multiterm":  # (interop47)
                buf = io.BytesIO(write_mtf(g)[0])
            elif fmt == "po":
                buf = io.BytesIO()
                write_po(g, buf, target_lang="fr")
            elif fmt == "xlsx":
                buf = io.BytesIO()
                write_xlsx(g, buf)
            elif fmt == "tbx":
                buf = io.StringIO()
                write_tbx(g, buf)
            else:
                buf = io.StringIO()
                write_table(g, buf, delimiter="\t" if fmt == "tsv" else ",")
        except GlossaryError as exc:
            assert str(exc)
            continue
        raw = buf.getvalue()
        data_bytes = raw if isinstance(raw, bytes) else raw.encode("utf-8")
        from translit.glossary.files import loads

        try:
            back = loads(data_bytes, fmt, f"x.{fmt}")
        except GlossaryError as exc:  # e.g. a TSV cell of spaces only: the row has no term
            assert str(exc).startswith(f"x.{fmt}")
            continue
        if fmt in ("csv", "tbx", "xlsx", "multiterm"):
            xml = fmt in ("tbx", "multiterm")
            norm = (lambda s: " ".join(s.split())) if xml else (lambda s: s)
            assert sorted(norm(t.text) for c in back for t in c.terms) == sorted(
                norm(t.text) for c in g.concepts for t in c.terms
            )


def test_save_into_a_missing_folder_names_it(tmp_path: Path) -> None:
    g = Glossary([Concept("c1", terms=[Term("РОА", "ru")])])
    target = tmp_path / "no" / "such" / "g.csv"
    with pytest.raises(OSError) as info:
        save(g, target)
    assert str(target) in str(info.value)


@pytest.mark.parametrize("text", ["", " ", "\u3000", "\x85"])
def test_empty_term_is_refused(text: str) -> None:
    """``Term(" ", "ru")`` was accepted as an empty term that every writer wrote and no reader
    read back: the concept lost its term on a round trip."""
    with pytest.raises(GlossaryError, match="empty"):
        Term(text, "ru")


def test_tbx_writer_memory_does_not_grow_with_the_glossary() -> None:
    """write_tbx built the whole tree and one string of the whole file: 100k concepts took
    1 GB. Now each concept is written and dropped; the peak of 4× the concepts stays flat."""
    import tracemalloc

    class Discard(io.TextIOBase):
        def write(self, s: str) -> int:
            return len(s)

    def peak(n: int) -> int:
        g = Glossary([Concept(f"c{i}", terms=[Term(f"РОА{i}", "ru"), Term(f"ROA{i}", "fr")]) for i in range(n)])  # fmt: skip
        tracemalloc.start()
        write_tbx(g, Discard())
        top = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        return top

    peak(10)  # imports and caches first
    assert peak(8000) - peak(2000) < 1 << 20  # it was 10 MB more (the text of the whole file)


def test_giant_term_is_refused_with_its_location(tmp_path: Path) -> None:
    """A PO msgid of 5 million characters loaded; ``glossary apply`` then built a trie that deep
    and the interpreter died with SIGSEGV on exit (pyahocorasick frees it recursively)."""
    from translit.glossary.model import MAX_TERM

    path = tmp_path / "giant.po"
    path.write_text('msgid "' + "x" * (MAX_TERM + 1) + '"\nmsgstr "y"\n', encoding="utf-8")
    error = _refused(path)
    assert f"{path}:1:" in str(error) and f"at most {MAX_TERM}" in str(error)
    Term("Щ" * MAX_TERM, "ru")  # the limit itself is a term


def test_glossary_without_a_size_is_read_up_to_the_limit_only(tmp_path: Path) -> None:
    """A FIFO (or /dev/zero) has no size: the check of ``os.path.getsize`` passed and the whole
    stream was read into memory (``glossary check -f csv /dev/zero`` ended in MemoryError)."""
    import threading

    fifo = tmp_path / "g.csv"
    os.mkfifo(fifo)
    body = "id,ru,fr\n" + "roa,РОА,ROA\n" * 20_000

    def feed() -> None:
        with contextlib.suppress(BrokenPipeError), open(fifo, "w", encoding="utf-8") as fh:
            fh.write(body)

    writer = threading.Thread(target=feed)
    writer.start()
    try:
        with pytest.raises(GlossaryError, match="larger than 64 KiB") as info:
            load(fifo, max_bytes=1 << 16)
    finally:
        with contextlib.suppress(OSError):  # let the writer end if the reader did not drain it
            os.close(os.open(fifo, os.O_RDONLY | os.O_NONBLOCK))
        writer.join(10)
    assert str(info.value).startswith(f"{fifo}:")


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")
def test_glossary_check_of_an_endless_file_is_refused(tmp_path: Path) -> None:
    import resource

    def limit() -> None:  # 1 GB: enough for the program, too little for all of /dev/zero
        resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))

    done = subprocess.run(
        [sys.executable, "-m", "translit", "glossary", "check", "-f", "csv", "/dev/zero"],
        capture_output=True, env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=120,
        preexec_fn=limit, check=False,
    )  # fmt: skip
    err = done.stderr.decode()
    assert done.returncode == 1 and "Traceback" not in err and "internal error" not in err, err
    assert "/dev/zero: glossary file larger than" in err


@settings(max_examples=200, deadline=None)
@given(text=st.text(alphabet="ab\n\r", max_size=40), picks=st.lists(st.floats(0, 1), max_size=8))
def test_line_columns_are_those_counted_from_the_start(text: str, picks: list[float]) -> None:
    from translit.glossary.apply import line_columns

    # lines end at LF, CRLF or a CR alone, as in every report (hostile17): those of the text
    # before each offset, the column counted from the last
    offsets = [int(p * len(text)) for p in picks]
    pieces = [re.split("\r\n|\r|\n", text[:at]) for at in offsets]
    want = [(len(lines), len(lines[-1]) + 1) for lines in pieces]
    assert line_columns(text, offsets) == want
    assert line_columns(text, sorted(offsets)) == sorted(want)


@pytest.mark.parametrize("mode", ["list", "json"])
def test_line_columns_of_every_hit_take_linear_time(mode: str) -> None:
    """``apply_text(…, "list")`` (and ``glossary apply -m list``) counted each hit's line from
    the start of the text: 4,000 lines of 200 characters took 1 s, 16,000 lines 15 s."""
    from conftest import growth_ratio

    from translit.glossary import apply_text
    from translit.glossary.tabular import read_table

    glossary = read_table("id,ru,fr\nq,ЩУКА,Q\n", "g.csv", delimiter=",")
    apply_text("ЩУКА", glossary, "fr", mode)  # the matcher is built before the clock runs
    line = "ЩУКА " + "ж" * 200 + "\n"  # one hit a line: the time of counting lines shows
    assert growth_ratio(lambda t: apply_text(t, glossary, "fr", mode), lambda n: line * (n // 206)) < 9  # fmt: skip


def _list(tmp_path: Path, text_path: Path, fmt: str) -> bytes:
    """``glossary apply -m list --format fmt`` of ``text_path`` (in this process), its output."""
    from click.testing import CliRunner

    from translit.cli.glossary import glossary

    g = tmp_path / "g.csv"
    g.write_text("id,ru,fr\nroa,РОА,ROA\nkonr,ВС КОНР,FA KONR\n", encoding="utf-8")
    out = tmp_path / f"list.{fmt}"
    args = ["apply", "-g", str(g), "-t", "fr", "-m", "list", "--format", fmt, "-o", str(out)]
    done = CliRunner().invoke(glossary, [*args, str(text_path)])
    assert done.exit_code == 0, done.output
    return out.read_bytes()


def _filler(lines: int) -> str:
    """``lines`` lines of about 260 bytes, every hundredth holding two terms of :func:`_list`."""
    filler = "Солдаты шли на запад по дороге. " * 8 + "\n"
    return (filler * 99 + "Там РОА и ВС КОНР.\n") * (lines // 100)


def test_glossary_list_mode_of_several_blocks_lists_what_the_whole_text_holds(
    tmp_path: Path,
) -> None:
    # the listing is written a block (about 1 MB of whole lines) at a time: lines, columns and
    # offsets are those of the whole text
    import json

    from translit.glossary.apply import find_terms, line_columns

    text = _filler(14_000)  # 3.6 MB
    path = tmp_path / "t.txt"
    path.write_text(text, encoding="utf-8")
    records = json.loads(_list(tmp_path, path, "json"))
    g = load(str(tmp_path / "g.csv"))
    hits = find_terms(text, g)
    at = line_columns(text, [h.start for h in hits])
    want = [
        {"file": str(path), **h.to_dict("fr", position=p)} for h, p in zip(hits, at, strict=True)
    ]
    assert records == want and len(want) == 280
    assert want[-1]["line"] == 14_000 and want[-1]["start"] > 3_000_000
    tsv = _list(tmp_path, path, "tsv").decode().splitlines()
    assert [row.split("\t")[1:4] for row in tsv] == [
        [str(w["line"]), str(w["column"]), w["text"]] for w in want
    ]


def test_glossary_list_mode_memory_does_not_grow_with_the_input(tmp_path: Path) -> None:
    # the whole text, its hits and their lines were held, then the whole listing: a 38 MB
    # text took 480 MB (TSV) and 2 GB (JSON)
    import tracemalloc

    def peak(lines: int) -> int:
        path = tmp_path / f"{lines}.txt"
        path.write_text(_filler(lines), encoding="utf-8")
        tracemalloc.start()
        _list(tmp_path, path, "json")
        top = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        return top

    peak(100)  # imports and caches first
    assert peak(24_000) - peak(6_000) < 2 << 20  # (4.7 MB of text more; it was 47 MB more)


@pytest.mark.parametrize(
    ("name", "text", "says"),
    [  # libxml2's and csv's own words gave no advice ("try XML_PARSE_HUGE": a parser option)
        ("giant.tbx", '<?xml version="1.0"?>\n<martif><text><body><termEntry id="c">'
         '<langSet xml:lang="ru"><tig><term>' + "щ" * (11 << 20) + "</term></tig></langSet>"
         "</termEntry></body></text></martif>\n",
         ":2: a text longer than 10 MB (a term has at most 10,000 characters); shorten it"),
        ("giant.csv", "id,ru,fr\nc," + "щ" * 200_000 + ",x\n",
         ":2: bad CSV: a cell longer than 131,072 characters (a term has at most 10,000)"),
        # a CDATA section or comment past 10 MB was "not well-formed XML: CData section too big
        # found"; elements nested 100,000 deep were "a text longer than 10 MB"
        ("cdata.tbx", '<?xml version="1.0"?>\n<martif><text><body><termEntry id="c">'
         '<langSet xml:lang="ru"><tig><term><![CDATA[' + "щ" * (11 << 20) + "]]></term></tig>"
         "</langSet></termEntry></body></text></martif>\n",
         ":2: a text longer than 10 MB (a term has at most 10,000 characters); shorten it"),
        ("deep.tbx", '<?xml version="1.0"?>\n<martif><text><body><termEntry id="c">'
         + "<note>" * 100_000 + "x" + "</note>" * 100_000 + "</termEntry></body></text></martif>\n",
         ":2: elements nested more than 256 deep (a glossary nests a few levels); look for tags "
         "never closed"),
        ("deep.xml", '<?xml version="1.0"?>\n<mtf><conceptGrp>' + "<descripGrp>" * 100_000
         + "</descripGrp>" * 100_000 + "</conceptGrp></mtf>\n", ":2: elements nested more than 256 deep"),
    ],
    ids=["tbx", "csv", "tbx-cdata", "tbx-deep", "multiterm-deep"],
)  # fmt: skip
def test_giant_cell_or_text_node_says_what_to_do(
    tmp_path: Path, name: str, text: str, says: str
) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    error = _refused(path)
    assert says in str(error) and "XML_PARSE_HUGE" not in str(error)


def test_a_header_of_many_columns_not_kept_is_one_warning(tmp_path: Path) -> None:
    # a header of a million names that are no language gave a million warning lines
    path = tmp_path / "wide.csv"
    names = [f"zz-l{i}" for i in range(100_000)]  # (x-l0 is a language: private use)
    row = ",".join(["c", "РОА", "ROA", *["x"] * len(names)])  # (each column holds what is lost)
    path.write_text(",".join(["id", "ru", "fr", *names]) + f"\n{row}\n", encoding="utf-8")
    g = load(str(path))
    assert g.warnings == [f"{path}:1: 100,000 columns not kept: 'zz-l0', 'zz-l1', 'zz-l2', 'zz-l3', 'zz-l4', …"]  # fmt: skip
    path.write_text("id,ru,fr,a,b\nc,РОА,ROA,1,2\n", encoding="utf-8")  # a few: one each
    assert load(str(path)).warnings == [f"{path}:1: column 'a' not kept", f"{path}:1: column 'b' not kept"]  # fmt: skip
    path.write_text("id,ru,fr,a,b\nc,РОА,ROA,,2\nd,власть,pouvoir\n", encoding="utf-8")
    assert load(str(path)).warnings == [f"{path}:1: column 'b' not kept"]  # (a drops nothing)


def test_a_language_in_many_columns_reads_in_linear_time() -> None:
    """memoQ writes a language in several columns, one term each; each column counted the
    concept's terms so far, so a header of 100,000 'ru' columns did not load in 2 minutes."""
    from conftest import growth_ratio

    from translit.glossary.files import loads

    def table(n: int) -> str:
        return ",".join(["id"] + ["ru"] * n) + "\n" + ",".join(["c"] + ["РОА"] * n) + "\n"

    g = loads(table(3).encode(), "csv", "x.csv")
    assert [(t.text, t.status) for t in g.concepts[0].terms] == [("РОА", "preferred")] + [("РОА", "admitted")] * 2  # fmt: skip
    assert growth_ratio(lambda t: loads(t.encode(), "csv", "x.csv"), table) < 9


@pytest.mark.parametrize("tag", ["x-klingon", "qaa", "ru-x-old"])
@pytest.mark.parametrize("ext", [".csv", ".tsv", ".xlsx", ".tbx"])
def test_private_use_language_survives_every_writer_and_reader(
    tmp_path: Path, tag: str, ext: str
) -> None:
    """A private-use language (BCP 47 ``x-klingon``, ``qaa``) was written as a CSV column by
    ``convert`` and dropped on reading it back ("column 'x-klingon' not kept", exit 0), and
    ``check`` called it an error ("unknown to Babel")."""
    g = Glossary(languages=["ru", tag])
    g.concepts.append(Concept(id="c1", terms=[Term("Щука", "ru"), Term("Qapla", tag)]))
    path = tmp_path / f"g{ext}"
    save(g, path)
    back = load(path)
    assert [(t.text, t.lang) for t in back.concepts[0].terms] == [("Щука", "ru"), ("Qapla", tag)]
    assert not [w for w in back.warnings if "not kept" in w]
    assert not [i for i in lint(back) if "unknown to Babel" in str(i)]


def test_a_term_of_very_many_concepts_is_one_short_message() -> None:
    """``glossary check`` of 100,000 concepts sharing a term printed one line of 900 KB that
    named every concept; the lists of a message now stop after ten names."""
    g = Glossary(languages=["ru", "en"])
    for n in range(20_000):
        pike = Term("Pike", "en", status="deprecated" if n == 1 else "preferred")
        g.concepts.append(Concept(id=f"c{n}", line=n + 2, terms=[Term("Щука", "ru"), pike]))
    found = [str(i) for i in lint(g) if "'Щука' (ru)" in str(i) or "'Pike' (en)" in str(i)]
    assert found and all(len(m) < 300 for m in found), [m[:300] for m in found]
    assert any("is a term of 20,000 concepts: c0, c1," in m and "c9, …; " in m for m in found)
    assert any("deprecated in one place and preferred in another (c0, c1," in m for m in found)


@pytest.mark.parametrize("cmd", [["check"], ["stats"], ["lookup", "РОА", "-g"]])
def test_a_missing_glossary_without_extension_says_it_is_missing(
    tmp_path: Path, cmd: list[str]
) -> None:
    """``glossary check /nonexist`` said "cannot tell the glossary format from 'no extension';
    pass a format": passing one only led to the real error, that there is no such file."""
    done = subprocess.run(
        [sys.executable, "-m", "translit", "glossary", *cmd, str(tmp_path / "nonexist")],
        capture_output=True, timeout=120, check=False,
    )  # fmt: skip
    err = done.stderr.decode()
    assert done.returncode in (1, 2) and "No such file or directory" in err, err
    assert "format" not in err and "Traceback" not in err


@pytest.mark.parametrize("lang", ["", " ", "e n", "!!", "xx"])
@pytest.mark.parametrize("fmt", ["po", "csv"])
def test_a_language_option_that_is_no_tag_is_refused(tmp_path: Path, lang: str, fmt: str) -> None:
    """``glossary convert g.tbx g.po --source-lang '' --target-lang ''`` wrote a PO file of no
    entry and ``--source-lang 'e n'`` warned "concept without a e n term" 23 times, exit 0."""
    from click.testing import CliRunner

    from translit.cli import cli
    from translit.errors import ParameterError

    g = Glossary([Concept("c", terms=[Term("РОА", "ru"), Term("ROA", "fr")])])
    out = tmp_path / f"g.{fmt}"
    with pytest.raises(ParameterError, match=r"`source_lang` .* is not a language tag"):
        save(g, out, source_lang=lang, target_lang="fr")
    assert not out.exists()
    save(g, out, source_lang="ru", target_lang="fr")
    with pytest.raises(ParameterError, match=r"`target_lang` .* is not a language tag"):
        load(out, source_lang="ru", target_lang=lang)
    res = CliRunner().invoke(cli, ["glossary", "convert", str(out), str(tmp_path / "h.po"), "--source-lang", lang])  # fmt: skip
    assert (
        res.exit_code == 2 and "--source-lang" in res.output and "not a language tag" in res.output
    )
    assert not (tmp_path / "h.po").exists()


@pytest.mark.parametrize(
    ("header", "cells", "note", "definition"),
    [
        ("ru,en,note,note", "Щука,pike,fish,river", "fish\nriver", None),
        ("ru,en,comment", "Щука,pike,a fish", "a fish", None),
        ("ru,en,notes,explanation", "Щука,pike,a,b", "a\nb", None),
        ("ru,en,definition,definition", "Щука,pike,a fish,a river fish", None, "a fish\na river fish"),
    ],
)  # fmt: skip
def test_every_note_column_of_a_multilingual_table_is_read(
    tmp_path: Path, header: str, cells: str, note: str | None, definition: str | None
) -> None:
    """A header repeating "note" lost the first one's text in silence; a "comment" or
    "explanation" column (read as notes in the bilingual layouts) was dropped in silence; a
    second "definition" kept the second one and said the first was "not kept" (hostile12). Each
    is read, joined by line ends, as the bilingual layouts join their note columns."""
    src = tmp_path / "g.csv"
    src.write_text(f"{header}\n{cells}\n", encoding="utf-8")
    g = load(src)
    (c,) = g.concepts
    assert c.notes.get("") == note and c.definitions.get("") == definition
    assert g.warnings == []


@pytest.mark.parametrize(
    ("header", "says"),
    [
        ("id,ru,en,id", "column 'id' appears twice (columns 1 and 4)"),
        # (a second subject is a second subject field, as a second source is: interop46)
        ("ru,en,status,Status", "column 'Status' appears twice (columns 3 and 4)"),
        ("ru,entry_id,en,id", "column 'id' appears twice (columns 2 and 4)"),
    ],
)
def test_a_repeated_column_of_one_value_per_concept_is_refused(
    tmp_path: Path, header: str, says: str
) -> None:
    """``id,ru,en,id`` read the second id and warned that column 'id' was "not kept": which
    one was meant, no reader can tell."""
    src = tmp_path / "g.csv"
    src.write_text(f"{header}\nc1,Щука,pike,c2\n", encoding="utf-8")
    error = _refused(src)
    assert says in str(error) and "delete or rename one of them" in str(error)


def test_a_context_column_of_a_multilingual_table_is_said_not_kept(tmp_path: Path) -> None:
    """It was listed as a known column and never read: dropped without a word."""
    src = tmp_path / "g.csv"
    src.write_text("ru,en,context\nЩука,pike,Щука плывёт\n", encoding="utf-8")
    assert load(src).warnings == [f"{src}:1: column 'context' not kept"]


@pytest.mark.parametrize("joint", ["", "\ufeff"], ids=["no BOM", "BOM"])
@pytest.mark.parametrize("header", ["ru,en", "source,target", "id,ru,en"])
def test_two_exports_joined_read_as_one_glossary(tmp_path: Path, header: str, joint: str) -> None:
    """``cat a.csv b.csv``: the second header became a concept (ru "ru" → en "en", a BOM in
    its term), and a BOM at a line's start stayed inside the term (hostile12). The header
    again is skipped with a warning; a BOM opening a row is dropped."""
    rows = (
        ["Щука,pike", "Ёж,hedgehog"] if header != "id,ru,en" else ["c1,Щука,pike", "c2,Ёж,hedgehog"]
    )
    src = tmp_path / "g.csv"
    src.write_text(
        f"{header}\n{rows[0]}\n{joint}{header.upper()}\n{joint}{rows[1]}\n", encoding="utf-8"
    )
    g = load(src, source_lang="ru", target_lang="en")
    assert [[t.text for t in c.terms] for c in g.concepts] == [["Щука", "pike"], ["Ёж", "hedgehog"]]
    assert g.warnings == [f"{src}:3: the header again (two files joined?): not read as a concept"]


@pytest.mark.parametrize(
    ("target", "want"),
    [
        ("ru-Cyrl-RU", "Русская армия"),
        ("ru-Cyrl", "Русская армия"),
        ("RU", "Русская армия"),
        ("en-Latn-US", "Russian Army"),
        ("ru-Latn", None),
    ],
)
def test_a_target_naming_the_usual_script_takes_the_plain_terms(
    target: str, want: str | None
) -> None:
    """``-t ru-Cyrl-RU`` (and ``en-Latn-US``) found no term in a glossary of ``ru`` and ``en``
    terms ("no glossary term in the target language"): Cyrillic is how Russian is written
    unless a tag says otherwise (CLDR's likely subtags); ``ru-Latn`` still takes none of them.
    Terms tagged with their usual script are found by the plain tag too."""
    g = Glossary([Concept("c", terms=[Term("Русская армия", "ru"), Term("Russian Army", "en")])])
    preferred = g.concepts[0].preferred(target)
    assert (preferred.text if preferred else None) == want
    tagged = Glossary([Concept("c", terms=[Term("Русская армия", "ru-Cyrl"), Term("Army", "en")])])
    assert tagged.concepts[0].preferred("ru").text == "Русская армия"


def test_a_po_msgid_defined_twice_is_refused_at_its_line(tmp_path: Path) -> None:
    """Babel kept the first translation of a msgid defined twice and dropped the other in
    silence (glossary check: nothing; convert: one term lost); msgfmt refuses such a file
    ("duplicate message definition"). The same msgid in two msgctxt is two entries."""
    head = (
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: en\\n"\n\n'
    )
    src = tmp_path / "g.po"
    src.write_text(
        head + 'msgid "Щука"\nmsgstr "pike"\n\nmsgid "Щука"\nmsgstr "luce"\n', encoding="utf-8"
    )
    error = _refused(src)
    assert str(error) == (
        f"{src}:9: msgid 'Щука' is defined twice (first at line 6), as msgfmt refuses too: keep "
        "one of them, or give each its own msgctxt"
    )
    src.write_text(
        head + 'msgctxt "fish"\nmsgid "Щука"\nmsgstr "pike"\n\n'
        'msgctxt "river"\nmsgid "Щука"\nmsgstr "Shchuka"\n',
        encoding="utf-8",
    )
    g = load(src)
    assert [(c.id, c.terms[1].text) for c in g.concepts] == [("fish", "pike"), ("river", "Shchuka")]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
@pytest.mark.parametrize("cmd", [["check"], ["stats"], ["lookup", "РОА", "-g"]], ids=lambda c: c[0])
def test_a_glossary_that_cannot_be_read_at_all_is_fatal_for_every_command(
    tmp_path: Path, cmd: list[str]
) -> None:
    """A FIFO (no name to tell a format by) or a missing file: ``glossary check`` exited 1
    where ``lookup -g`` and ``stats`` exited 2; nothing was checked, so 2 for all of them."""
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    for bad in (fifo, tmp_path / "missing.tbx"):
        done = subprocess.run(
            [sys.executable, "-m", "translit", "glossary", *cmd, str(bad)],
            capture_output=True, timeout=120, check=False,
        )  # fmt: skip
        err = done.stderr.decode()
        assert done.returncode == 2 and f"translit: error: {bad}: " in err, err
        assert "Traceback" not in err


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_check_fails_an_unreadable_file_alone_among_files_it_read(tmp_path: Path) -> None:
    # the good file's findings are printed, as romanize converts the inputs it can read: exit 1
    fifo, good = tmp_path / "fifo", tmp_path / "good.csv"
    os.mkfifo(fifo)
    good.write_text("id,ru,en\nc,РОА,ROA\nc,Вермахт,Wehrmacht\n", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "translit", "glossary", "check", str(fifo), str(good)],
        capture_output=True, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 1, done.stderr.decode()
    assert f"{good}:3: error: concept id 'c' also used at line 2" in done.stdout.decode()
