"""Large glossaries (10^5-10^6 entries, as terminologists keep): the memory a read concept
takes, the XLSX writer's, and the TBX writer's time for a term of many kept fragments
(memory43). The sizes measured: CHANGELOG.md."""

from __future__ import annotations

import copy
import io
import pickle
import tracemalloc

import pytest
from conftest import cpu_ratio
from lxml import etree

from translit.glossary.files import loads
from translit.glossary.model import Concept, Glossary, Implied, Term, implied, joined
from translit.glossary.tbx import read_tbx, write_tbx
from translit.glossary.xlsx import MAX_CELL, read_xlsx, write_xlsx

_NS = "{urn:iso:std:iso:30042:ed-2}"


def _table(n: int) -> bytes:
    """A two-language TSV of ``n`` short rows (the shape hostile41 converted at 500,000)."""
    return ("en\tru\n" + "".join(f"t{i}\tт{i}\n" for i in range(n))).encode()


def test_a_read_concept_of_two_terms_takes_under_1100_bytes() -> None:
    """Each Term and Concept kept its fields in a dict: 1,313 B a concept of a TSV of two
    languages (tracemalloc, 100,000 rows); in slots, 979 B."""
    data = _table(20_000)
    loads(_table(10), "tsv")  # (what the first read loads once: Babel's data, tables)
    tracemalloc.start()
    try:
        g = loads(data, "tsv")
        held, _ = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(g) == 20_000
    assert g.concepts[-1].terms[1].text == "т19999"
    assert held / len(g) < 1_100, held / len(g)


@pytest.mark.parametrize("protocol", range(pickle.HIGHEST_PROTOCOL + 1))
def test_terms_and_concepts_in_slots_pickle_and_copy_as_before(protocol: int) -> None:
    t = Term("РОА", "ru", type="acronym", pos="noun", line=4)
    c = Concept(implied("c1"), subject="org", terms=[t], notes={"": "n"}, extra=[("", "<x/>")])
    for got in (pickle.loads(pickle.dumps(c, protocol)), copy.deepcopy(c), copy.copy(c)):
        assert got == c
        assert got.terms[0].line == 4 and not got.terms[0].stated("status")
        assert isinstance(got.id, Implied) and isinstance(got.terms, list)
        g = Glossary([got])
        before = g.fingerprint()
        got.terms.append(Term("ROA", "en"))  # (still a tracked list: the change is seen)
        assert g.fingerprint() != before
    assert not hasattr(t, "__dict__") and not hasattr(c, "__dict__")


def test_a_workbook_of_many_rows_is_written_as_made_and_reads_back() -> None:
    """The sheet was held three times over (rows, one text, its bytes): 1,660 B a concept of
    write_xlsx's tracemalloc peak at 10,000 rows; now compressed as made, 886 B."""
    g = loads(_table(10_000), "tsv")
    out = io.BytesIO()
    tracemalloc.start()
    try:
        write_xlsx(g, out)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak / len(g) < 1_200, peak / len(g)
    back = read_xlsx(out.getvalue())
    assert [[t.text for t in c.terms] for c in back] == [[t.text for t in c.terms] for c in g]


def test_a_cell_too_long_for_a_sheet_is_refused_before_a_byte_is_written() -> None:
    g = Glossary(
        [Concept("a", terms=[Term("ok", "en")]), Concept("b", terms=[Term("x" * 9, "en")])]
    )
    g.concepts[1].terms[0].text = "x" * (MAX_CELL + 1)
    out = io.BytesIO()
    with pytest.raises(Exception, match="a sheet's cell holds"):
        write_xlsx(g, out)
    assert out.getvalue() == b""


def _write(g: Glossary) -> str:
    out = io.StringIO()
    write_tbx(g, out)
    return out.getvalue()


def _term_of_notes(n: int) -> Glossary:
    extra = tuple(f'<termNote type="geographicalUsage">g{i}</termNote>' for i in range(n))
    return Glossary(
        [Concept("c", terms=[Term("РОА", "ru", type="acronym", note="n", extra=extra)])]
    )


def _entry_of_groups(n: int) -> Glossary:
    """A concept of ``n`` definitions, each with the source a descripGrp kept beside it."""
    extra = [
        ("", f'<descripGrp type="definition"><admin type="source">s{i}</admin></descripGrp>')
        for i in range(n)
    ]
    definitions = {"": joined(*(f"d{i}" for i in range(n)))}
    return Glossary([Concept("c", terms=[Term("РОА", "ru")], definitions=definitions, extra=extra)])


def test_a_term_of_many_kept_fragments_writes_in_linear_time() -> None:
    """kept() scanned the element's children for each fragment: a term of 10,000 kept
    termNotes wrote in 19.2 s, 20,000 in 87.9 s; now 0.15 s and 0.36 s (10^5: 1.4 s)."""
    ratio = cpu_ratio(_write, _term_of_notes(1_000), _term_of_notes(4_000), floor=0.01)
    assert ratio < 8, ratio  # (linear is about 4, quadratic 16)
    ratio = cpu_ratio(_write, _entry_of_groups(1_000), _entry_of_groups(4_000), floor=0.01)
    assert ratio < 8, ratio


def test_kept_fragments_keep_their_places() -> None:
    """A kept termNote after the term's own termNotes, before its note; a kept group's rest
    rejoins the field's element it belongs to, the first not yet in a group, in order."""
    tig = etree.fromstring(_write(_term_of_notes(3)).encode()).find(f".//{_NS}termSec")
    assert tig is not None
    names = [(etree.QName(e).localname, e.get("type"), e.text) for e in tig]
    assert names == [
        ("term", None, "РОА"),
        ("termNote", "termType", "acronym"),
        ("termNote", "geographicalUsage", "g0"),
        ("termNote", "geographicalUsage", "g1"),
        ("termNote", "geographicalUsage", "g2"),
        ("note", None, "n"),
    ]
    text = _write(_entry_of_groups(3))
    entry = etree.fromstring(text.encode()).find(f".//{_NS}conceptEntry")
    assert entry is not None
    groups = entry.findall(f"{_NS}descripGrp")
    assert [(g[0].text, g[1].text) for g in groups] == [("d0", "s0"), ("d1", "s1"), ("d2", "s2")]
    back = read_tbx(text.encode())
    assert back.concepts[0].definitions[""].split("\n") == ["d0", "d1", "d2"]
