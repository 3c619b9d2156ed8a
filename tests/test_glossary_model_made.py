"""How terms and concepts are made: the model's invariants hold without a set per field.

``Term`` and ``Concept`` store their fields straight into the new object (reading a table of
10,000 terms called ``_Tracked.__setattr__`` 126,000 times); these tests hold what that
``__setattr__`` guarded: a list is a tracked list, every change after making is seen by the
look-up and apply caches (``Glossary.fingerprint``), and a term's type and status read as
before. Also the CSV row reader's shortcut for rows with nothing to undo.
"""

from __future__ import annotations

import copy
import csv
import dataclasses
import io
import pickle

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from translit.errors import GlossaryError
from translit.glossary import Concept, Glossary, Term, tabular
from translit.glossary import model as M

TEXT = st.text(alphabet="абвгдРОАxyz '=\"-", min_size=1, max_size=8).filter(str.strip)
LANG = st.sampled_from(["ru", "fr", "de-AT", "RU_latn"])
TYPE = st.sampled_from(["", None, "acronym", "full form", M.implied("fullForm"), "fullForm"])
STATUS = st.sampled_from(["", None, "admitted", "deprecatedTerm-admn-sts", M.implied("admitted")])


def _term(data: st.DataObject) -> Term:
    return Term(data.draw(TEXT), data.draw(LANG), type=data.draw(TYPE), status=data.draw(STATUS))


@given(st.data())
def test_every_change_after_making_is_seen(data: st.DataObject) -> None:
    g = Glossary([Concept("c", terms=[_term(data) for _ in range(data.draw(st.integers(1, 3)))])])
    before = g.fingerprint()
    term, concept = g.concepts[0].terms[0], g.concepts[0]
    change = data.draw(st.sampled_from(["text", "lang", "type", "status", "pos", "append",
                                        "setitem", "pop", "subject", "terms", "concepts"]))  # fmt: skip
    new = Term("ЖЖЖ", "uk", type="acronym", status="admitted", pos="noun")
    if change in ("text", "lang", "type", "status", "pos"):
        assume(getattr(term, change) != getattr(new, change))  # (the same value: no change)
        setattr(term, change, getattr(new, change))
    elif change == "append":
        concept.terms.append(new)
    elif change == "setitem":
        concept.terms[0] = new
    elif change == "pop":
        concept.terms.pop()
    elif change == "subject":
        concept.subject = "place"
    elif change == "terms":
        concept.terms = [new]
        assert type(concept.terms) is M._TrackedList
    else:
        g.concepts.append(Concept("d", terms=[new]))
    assert g.fingerprint() != before


def test_making_an_object_changes_no_glossary() -> None:
    g = Glossary([Concept("c", terms=[Term("РОА", "ru")])])
    before = g.fingerprint()
    Concept("d", terms=[Term("ВЧК", "ru")])
    assert g.fingerprint() == before


def test_a_list_given_is_a_tracked_copy() -> None:
    given_terms = [Term("РОА", "ru")]
    c = Concept("c", terms=given_terms, extra=[("", "<note/>")])
    assert type(c.terms) is M._TrackedList and type(c.extra) is M._TrackedList
    given_terms.append(Term("ROA", "fr"))  # (the caller's list is not the concept's)
    assert len(c.terms) == 1
    t = Term("РОА", "ru", extra=["<descrip type='context'>x</descrip>"])  # type: ignore[arg-type]
    assert type(t.extra) is M._TrackedList
    before = M._GENERATION[0]
    t.extra.append("<note/>")
    assert M._GENERATION[0] > before
    assert Concept("c").terms == [] and type(Concept("c").terms) is M._TrackedList
    assert Concept("c", terms=None).terms == []  # (None: a new empty list)
    a, b = Concept("a"), Concept("b")
    assert a.terms is not b.terms and a.notes is not b.notes


@given(st.data())
def test_a_term_reads_as_the_dataclass_made_it(data: st.DataObject) -> None:
    text, lang, kind, status = data.draw(TEXT), data.draw(LANG), data.draw(TYPE), data.draw(STATUS)
    t = Term(f"  {text} ", lang, kind, status, line=7)
    assert t == Term(text=text, lang=lang, type=kind, status=status)  # (line not compared)
    assert t.text == text.strip() and t.lang == M.norm_tag(lang) and t.line == 7
    if not kind or isinstance(kind, M.Implied):
        assert not t.stated("type") and t.type == (M.norm_type(kind) if kind else "fullForm")
    else:
        assert t.stated("type") and t.type == M.norm_type(kind)
    if not status or isinstance(status, M.Implied):
        assert not t.stated("status")
    assert dataclasses.replace(t, pos="noun") == Term(text, lang, kind, status, pos="noun")
    for back in (copy.copy(t), copy.deepcopy(t), pickle.loads(pickle.dumps(t))):
        assert back == t and back.stated("status") == t.stated("status")
    assert [f.name for f in dataclasses.fields(Term)][:4] == ["text", "lang", "type", "status"]


def test_a_term_refuses_as_before() -> None:
    with pytest.raises(GlossaryError, match="unknown term type 'preferred'"):
        Term("РОА", "ru", type=M.implied("preferred"))  # (a status's default is no type)
    with pytest.raises(TypeError, match=r"Term\(status=…\) takes a str, not int"):
        Term("РОА", "ru", type="bogus", status=5)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"Term\(type=…\) takes a str, not list"):
        Term("РОА", "ru", type=["acronym"])  # type: ignore[arg-type]
    with pytest.raises(GlossaryError, match="empty"):
        Term("  ", "ru")
    with pytest.raises(GlossaryError, match="U\\+0000"):
        Term("Р\x00", "ru")
    with pytest.raises(TypeError, match=r"Term\(lang=…\) takes a str, not NoneType"):
        Term("РОА", None)  # type: ignore[arg-type]
    assert Term(type("S", (str,), {})("РОА"), "ru").text.__class__ is str


CELL = st.text(alphabet="a'=\r\n\t,\"\ufeff ж", max_size=6)


@given(st.lists(st.lists(CELL, min_size=1, max_size=4), min_size=1, max_size=5))
def test_the_row_reader_undoes_what_it_did_before(rows: list[list[str]]) -> None:
    # the reader's cells as it made them before its shortcut for rows with nothing to undo
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    text = out.getvalue()
    want = []
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    start = 1
    for row in reader:
        if any(cell.strip() for cell in row):
            row[0] = row[0].removeprefix("\ufeff")
            want.append((start, [tabular._unescape(c).replace("\r\n", "\n") for c in row]))
        start = reader.line_num + 1
    assert tabular._rows(text, ",", "x.csv") == want
