"""Hostile glossary files (issue 20 items 5, 6): refused or escaped with file:line, no traceback;
and glossary loading linear in the input size."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import cpu_ratio
from hypothesis import example, given, settings
from hypothesis import strategies as st

from translit.cli import cli
from translit.errors import GlossaryError
from translit.glossary import Concept, Glossary, Term, load, save
from translit.glossary.files import loads
from translit.glossary.tabular import read_table, write_table

ENTITY_DOC = (
    '<?xml version="1.0" encoding="{enc}"?>\n'
    '<!DOCTYPE martif SYSTEM "a>b.dtd" [<!ENTITY a "xxxxxxxxxx">'
    '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>\n'
    '<martif type="TBX"><text><body><termEntry id="&b;"><langSet xml:lang="ru">'
    "<tig><term>РОА</term></tig></langSet></termEntry></body></text></martif>\n"
)


@pytest.mark.parametrize(
    ("codec", "declared"),
    [
        ("utf-8", "UTF-8"),
        ("utf-16", "UTF-16"),  # with a BOM
        ("utf-16-le", "UTF-16"),  # without one
        ("utf-16-be", "UTF-16"),
        ("utf-32", "UTF-32"),
    ],
)
def test_entity_doctype_refused_in_any_encoding(codec: str, declared: str) -> None:
    data = ENTITY_DOC.format(enc=declared).encode(codec)
    with pytest.raises(GlossaryError) as err:
        loads(data, "tbx", "x.tbx")
    assert err.value.path == "x.tbx" and err.value.line == 2
    assert "entities" in err.value.message


@pytest.mark.parametrize(
    "doctype",
    [
        '<!DOCTYPE martif SYSTEM "a>b.dtd" [<!ENTITY x "y">]>',
        "<!DOCTYPE martif SYSTEM 'a]>b.dtd' [<!ENTITY x \"y\">]>",
        '<!DOCTYPE martif PUBLIC "-//x>y//EN" "ok.dtd" [<!ENTITY x "y">]>',
        "<!doctype martif [<!ELEMENT martif ANY>]>",
        '<!DOCTYPE martif SYSTEM "file:///etc/passwd">',
    ],
)
def test_doctype_forms_refused(doctype: str) -> None:
    data = f'<?xml version="1.0"?>\n{doctype}\n<martif type="TBX"/>\n'.encode()
    with pytest.raises(GlossaryError):
        loads(data, "tbx", "x.tbx")


def test_plain_dtd_name_still_accepted() -> None:
    data = b'<!DOCTYPE martif SYSTEM "TBXcoreStructV02.dtd">\n<martif type="TBX"><text/></martif>'
    assert len(loads(data, "tbx", "x.tbx")) == 0


def test_unknown_declared_xml_encoding() -> None:
    with pytest.raises(GlossaryError, match="unknown encoding 'bogus'"):
        loads(b'<?xml version="1.0" encoding="bogus"?><martif/>', "tbx", "x.tbx")


@pytest.mark.parametrize("charset", ["bogus", "base64", "rot13"])
def test_po_bad_charset(tmp_path: Path, charset: str) -> None:
    po = tmp_path / "g.po"
    po.write_text(
        f'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset={charset}\\n"\n\n'
        'msgid "РОА"\nmsgstr "ROA"\n',
        encoding="utf-8",
    )
    with pytest.raises(GlossaryError) as err:
        load(po)
    assert err.value.line == 3 and "charset" in err.value.message
    r = CliRunner().invoke(cli, ["glossary", "check", str(po)])
    assert r.exit_code == 1 and f"{po}:3:" in r.stderr and "Traceback" not in r.output


@pytest.mark.parametrize("bad", ["\x00", "\x07", "\x1b", "\ufffe", "\uffff"])
def test_csv_cells_no_format_can_hold(tmp_path: Path, bad: str) -> None:
    f = tmp_path / "g.csv"
    f.write_text(f"id,ru,en\nc0,Власов,Vlasov\nc1,Р{bad}О,ROA\n", encoding="utf-8")
    with pytest.raises(GlossaryError) as err:
        load(f)
    assert err.value.line == 3 and f"U+{ord(bad):04X}" in err.value.message
    r = CliRunner().invoke(cli, ["glossary", "convert", str(f), str(tmp_path / "g.tbx")])
    assert r.exit_code == 2 and f"{f}:3:" in r.stderr and "Traceback" not in r.output


@pytest.mark.parametrize("bad", ["\x00", "\ud800", "\ufffe", "\x0b"])
@pytest.mark.parametrize("fmt", ["tbx", "csv", "tsv", "po"])
def test_writers_refuse_unfit_text_with_location(tmp_path: Path, bad: str, fmt: str) -> None:
    c = Concept("c1", line=7, terms=[Term("РОА", "ru"), Term("ROA", "en")])
    c.notes[""] = f"a{bad}b"  # set after construction: terms are checked when made
    g = Glossary([c], path="made.tbx", source_lang="ru")
    with pytest.raises(GlossaryError) as err:
        save(g, tmp_path / f"out.{fmt}", target_lang="en")
    assert err.value.path == "made.tbx" and err.value.line == 7
    assert not (tmp_path / f"out.{fmt}").exists()  # nothing half-written


def test_term_with_lone_surrogate_refused() -> None:
    with pytest.raises(GlossaryError, match=r"U\+D800"):
        Term("Р\ud800О", "ru")


def test_unbalanced_quote_is_an_error_not_a_merge(tmp_path: Path) -> None:
    f = tmp_path / "g.csv"
    f.write_text('id,ru,en\nc1,"РОА,ROA\nc2,КОНР,KONR\nc3,ВС КОНР,VS KONR\n', encoding="utf-8")
    with pytest.raises(GlossaryError) as err:
        load(f)
    assert err.value.line == 2 and "quote" in err.value.message
    r = CliRunner().invoke(cli, ["glossary", "check", str(f)])
    assert r.exit_code == 1 and f"{f}:2:" in r.stderr
    stray = 'id,ru,en\nc1,"РО"А",ROA\nc2,КОНР,KONR\n'
    with pytest.raises(GlossaryError) as err:
        read_table(stray, "s.csv")
    assert err.value.line == 2


def test_multiline_quoted_cell_still_reads() -> None:
    g = read_table('id,ru,note\nc1,РОА,"two\nlines"\nc2,КОНР,\n')
    assert [c.id for c in g] == ["c1", "c2"] and g.concepts[0].notes[""] == "two\nlines"


def test_formula_escape_cli_default_and_opt_out(tmp_path: Path) -> None:
    src = tmp_path / "g.tbx"
    g = Glossary([Concept("f", terms=[Term("=1+1", "en"), Term("@x", "fr")])])
    save(g, src)
    out = tmp_path / "g.csv"
    r = CliRunner().invoke(cli, ["glossary", "convert", str(src), str(out)])
    assert r.exit_code == 0 and ",'=1+1,'@x," in out.read_text(encoding="utf-8")
    assert load(out).concepts[0].terms == g.concepts[0].terms
    r = CliRunner().invoke(cli, ["glossary", "convert", str(src), str(out), "--no-escape-formulas"])
    assert r.exit_code == 0 and ",=1+1,@x," in out.read_text(encoding="utf-8")


TEXT = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=1, max_size=12
).filter(lambda s: s.strip() and "|" not in s)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(TEXT, TEXT), min_size=1, max_size=4), st.sampled_from(["csv", "tbx"]))
@example([("0", "0\r0")], "csv")  # a lone CR: minimal quoting missed it, the row came back cut
@example([("=1", "'-x"), ('a"b', "c,d\ne")], "csv")
def test_any_text_round_trips_or_is_refused(pairs: list[tuple[str, str]], fmt: str) -> None:
    """Whatever a term holds, a writer either refuses it (GlossaryError) or the file reads back
    with the same terms: formula escaping, quotes and line breaks included."""
    try:
        g = Glossary(
            [
                Concept(f"c{i}", terms=[Term(a, "ru"), Term(b, "fr")])
                for i, (a, b) in enumerate(pairs)
            ]
        )
    except GlossaryError:
        return  # refused on construction: text no format can hold
    buf = io.StringIO()
    if fmt == "csv":
        write_table(g, buf)
    else:
        from translit.glossary.tbx import write_tbx

        write_tbx(g, buf)
    back = loads(buf.getvalue().encode("utf-8"), fmt, f"x.{fmt}")
    norm = lambda s: " ".join(s.split()) if fmt == "tbx" else s  # noqa: E731 - TBX folds spaces
    assert [[norm(t.text) for t in c.terms] for c in back] == [
        [norm(t.text) for t in c.terms] for c in g
    ]


def _peak(fn: object, arg: str) -> int:
    import tracemalloc

    tracemalloc.start()
    fn(arg)  # type: ignore[operator]
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak


def test_load_memory_is_linear() -> None:
    small, big = _csv(1000), _csv(4000)
    load_one = lambda text: loads(text.encode(), "csv", "x.csv")  # noqa: E731
    load_one(small)
    ratio = _peak(load_one, big) / _peak(load_one, small)
    assert ratio < 6, f"4x the input took {ratio:.1f}x the memory"


def _csv(n: int) -> str:
    buf = io.StringIO()
    concepts = [
        Concept(f"c{i}", terms=[Term(f"Термин номер {i}", "ru"), Term(f"term {i}", "en")])
        for i in range(n)
    ]
    write_table(Glossary(concepts), buf)
    return buf.getvalue()


@pytest.mark.parametrize("fmt", ["csv", "tbx"])
def test_load_is_linear(fmt: str) -> None:
    n = 2000 if fmt == "csv" else 600
    small, big = _csv(n), _csv(4 * n)
    if fmt == "tbx":
        from translit.glossary.tbx import write_tbx

        def as_tbx(text: str) -> str:
            buf = io.StringIO()
            write_tbx(read_table(text), buf)
            return buf.getvalue()

        small, big = as_tbx(small), as_tbx(big)
    load_one = lambda text: loads(text.encode(), fmt, f"x.{fmt}")  # noqa: E731
    load_one(small)  # warm imports
    ratio = cpu_ratio(load_one, small, big)  # (process time: wall time is other processes' too)
    assert ratio < 7, f"4x the input took {ratio:.1f}x the time"


# An empty TBX file (0 bytes, white space, an XML declaration and nothing else) said only
# lxml's "not well-formed XML: Document is empty" (or "Start tag expected, '<' not found"):
# no word of what is wrong with the file nor of what to do (glossary32).
EMPTY_XML = [
    (b"", None, "the file is empty (0 bytes)"),
    (b"\n  \n", 2, "the file holds white space only"),
    (b'<?xml version="1.0" encoding="UTF-8"?>\n', 1, "the file holds an XML declaration only"),
    (
        '<?xml version="1.0" encoding="UTF-16"?>\n<!-- exported -->\n'.encode("utf-16"),
        2,
        "the file holds an XML declaration and a comment only",
    ),
]


@pytest.mark.parametrize(("data", "line", "what"), EMPTY_XML)
def test_an_empty_tbx_file_says_what_is_wrong_and_what_to_do(
    tmp_path: Path, data: bytes, line: int | None, what: str
) -> None:
    f = tmp_path / "g.tbx"
    f.write_bytes(data)
    where = f"{f}:{line}" if line else f"{f}"
    want = (
        f"translit: error: {where}: {what}, no element: no glossary in it (a TBX file holds "
        "<martif> or <tbx>); export the glossary again, or name the file that holds it\n"
    )
    with pytest.raises(GlossaryError) as err:
        load(f)
    assert (err.value.line, str(err.value)) == (line, want[len("translit: error: ") : -1])
    # check: an error of the file, exit 1 as for every file it finds wrong
    r = CliRunner().invoke(cli, ["glossary", "check", str(f)])
    assert (r.exit_code, r.stderr) == (1, want)
    # convert: nothing to convert, exit 2, nothing written
    out = tmp_path / "out.csv"
    r = CliRunner().invoke(cli, ["glossary", "convert", str(f), str(out)])
    assert (r.exit_code, r.stderr, out.exists()) == (2, want, False)


def test_an_empty_tbx_among_good_glossaries_fails_alone(tmp_path: Path) -> None:
    empty, good = tmp_path / "empty.tbx", tmp_path / "good.csv"
    empty.write_bytes(b"")
    good.write_text("id,ru,en\nc1,РОА,ROA\n", encoding="utf-8")
    r = CliRunner().invoke(cli, ["glossary", "check", str(empty), str(good)])
    assert r.exit_code == 1 and r.stdout == ""  # the good file checked, nothing to say of it
    assert r.stderr.startswith(f"translit: error: {empty}: the file is empty (0 bytes)")
