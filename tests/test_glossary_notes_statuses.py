"""Several notes stay several, and a type or status a file did not state is not added (gloss16).

Two faults of the TBX round trip, found by review: every ``<note>`` (and every definition) of
one place was joined into one string by line ends, a repeated one dropped, so two notes came
back as one holding a line end; and the writer wrote ``termType`` and ``administrativeStatus``
for every term, the model's defaults (``fullForm``, ``preferred``) where the file had none.

The properties below draw what a TBX file says (notes, definitions, types, statuses) as plain
data, render it as TBX, and compare what comes back with the drawn data itself, never with the
code's own output. ``tests/data/glossary/several-notes.tbx`` is the example of the README.
"""

from __future__ import annotations

import copy
import dataclasses
import io
import pickle
import re
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from conftest import source_not_written
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from translit.cli import cli
from translit.glossary import Concept, Glossary, Term, lint, load, save
from translit.glossary.files import loads
from translit.glossary.model import Implied, Joined, Spelled, implied, joined, parts_of
from translit.glossary.tbx import NOT_BASIC, NS_V3, write_tbx

DATA = Path(__file__).parent / "data" / "glossary"
EXAMPLE = DATA / "several-notes.tbx"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"

# -- what a TBX document says, read with lxml alone (v2 and v3 alike) ---------------------------


def _name(el: Any) -> str:
    return str(etree.QName(el).localname)


def _text(el: Any) -> str:
    return "".join(el.itertext())


def _said(holder: Any) -> dict[str, list[str]]:
    """The notes, definitions and sources directly in ``holder``, each list in document order."""
    out: dict[str, list[str]] = {"notes": [], "definitions": [], "sources": []}
    for el in holder:
        if not isinstance(el.tag, str):
            continue
        name, kind = _name(el), el.get("type")
        if name == "note":
            out["notes"].append(_text(el))
        elif name == "descrip" and kind == "definition":
            out["definitions"].append(_text(el))
        elif name == "admin" and kind == "source":
            out["sources"].append(_text(el))
    return {k: v for k, v in out.items() if v}


def shape(data: bytes) -> list[dict[str, Any]]:
    """Each entry of a TBX document: what it says itself, and per language what the language
    section says and each term (its text, termType, administrativeStatus, notes, sources)."""
    entries = []
    for entry in etree.fromstring(data).iter("{*}termEntry", "{*}conceptEntry", "termEntry"):
        langs: dict[str, Any] = {}
        for ls in entry:
            if not isinstance(ls.tag, str) or _name(ls) not in ("langSet", "langSec"):
                continue
            terms = []
            for holder in ls:
                if not isinstance(holder.tag, str) or _name(holder) not in ("tig", "termSec"):
                    continue
                notes = {
                    el.get("type"): _text(el)
                    for el in holder
                    if isinstance(el.tag, str) and _name(el) == "termNote"
                }
                term = next(el for el in holder if isinstance(el.tag, str) and _name(el) == "term")
                terms.append(
                    (
                        _text(term),
                        notes.get("termType"),
                        notes.get("administrativeStatus"),
                        _said(holder),
                    )
                )
            langs[ls.get(XML_LANG)] = {**_said(ls), "terms": terms}
        entries.append({**_said(entry), "langs": langs})
    return entries


def render(entries: list[dict[str, Any]], v3: bool) -> bytes:
    """``entries`` (as :func:`shape` gives them) as a TBX v3 (TBX-Basic, DCA) or v2 document."""
    ns = f"{{{NS_V3}}}" if v3 else ""

    def E(parent: Any, tag: str, text: str | None = None, **attrs: str) -> Any:
        el = etree.SubElement(parent, ns + tag, attrs)
        el.text = text
        return el

    def said(parent: Any, what: dict[str, Any]) -> None:
        for text in what.get("definitions", []):
            E(parent, "descrip", text, type="definition")
        for text in what.get("sources", []):
            E(parent, "admin", text, type="source")
        for text in what.get("notes", []):
            E(parent, "note", text)

    root = etree.Element(ns + ("tbx" if v3 else "martif"), {XML_LANG: "en"}, nsmap=None)
    root.set("type", "TBX-Basic")
    body = E(E(root, "text"), "body")
    for n, entry in enumerate(entries):
        el = E(body, "conceptEntry" if v3 else "termEntry", id=f"c{n}")
        said(el, entry)
        for lang, section in entry["langs"].items():
            ls = E(el, "langSec" if v3 else "langSet", **{XML_LANG: lang})
            said(ls, section)
            for text, kind, status, term_said in section["terms"]:
                holder = E(ls, "termSec" if v3 else "tig")
                E(holder, "term", text)
                if kind is not None:
                    E(holder, "termNote", kind, type="termType")
                if status is not None:
                    E(holder, "termNote", status, type="administrativeStatus")
                said(holder, term_said)
    return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8"))


# -- drawn TBX data ------------------------------------------------------------------------------

# few words, so a note is often repeated; a line break inside one, markup characters
_LINE = st.lists(st.sampled_from(["ROA", "Власов", "a<b", "&", "note", "é"]), min_size=1,
                 max_size=3).map(" ".join)  # fmt: skip
_TEXT = st.lists(_LINE, min_size=1, max_size=2).map("\n".join)
_TYPE = st.sampled_from([None, None, "fullForm", "acronym", "variant"])
_STATUS = st.sampled_from(
    [None, None, "preferredTerm-admn-sts", "admittedTerm-admn-sts", "deprecatedTerm-admn-sts"]
)
#: other spellings of the picklists that tools write (Weblate, IATE, TBX-Min), and a type
#: IATE writes (initialism): a TBX round trip writes each as it was
_STATUS_ANY = st.one_of(
    _STATUS, st.sampled_from(["forbidden", "obsolete", "standardizedTerm-admn-sts",
                              "proposedTerm-admn-sts", "notRecommended", "preferred"])
)  # fmt: skip
#: TBX-Basic's picklists of the two (LTAC's DCA/TBX-Basic_DCA.sch, module.min/basic.termNote)
_BASIC_PICKLIST = {
    "termType": {"fullForm", "acronym", "abbreviation", "shortForm", "variant", "phrase"},
    "administrativeStatus": {
        "admittedTerm-admn-sts",
        "deprecatedTerm-admn-sts",
        "supersededTerm-admn-sts",
        "preferredTerm-admn-sts",
    },
}
_TYPE_ANY = st.one_of(_TYPE, st.sampled_from(["initialism", "full form", "abbreviation"]))
_TERM_WORD = st.sampled_from(["РОА", "Русская армия", "ROA", "Armée russe", "Wlassow-Armee"])


def _said_strategy(kinds: tuple[str, ...]) -> st.SearchStrategy[dict[str, list[str]]]:
    return st.fixed_dictionaries(
        {}, optional={k: st.lists(_TEXT, min_size=1, max_size=3) for k in kinds}
    )


def _entries(
    *, in_langs: bool = True, in_terms: bool = True, spellings: bool = False
) -> st.SearchStrategy[Any]:
    """Entries as :func:`shape` gives them; ``in_langs``/``in_terms``: notes and definitions in
    language sections and terms too (a table holds only the entry's); ``spellings``: types and
    statuses in any spelling tools write, not only the TBX writer's."""
    term = st.tuples(
        _TERM_WORD,
        _TYPE_ANY if spellings else _TYPE,
        _STATUS_ANY if spellings else _STATUS,
        _said_strategy(("notes", "sources")) if in_terms else st.just({}),
    )
    section = st.builds(
        lambda said, terms: {**said, "terms": terms},
        _said_strategy(("notes", "definitions")) if in_langs else st.just({}),
        st.lists(term, min_size=1, max_size=3),
    )
    entry = st.builds(
        lambda said, langs: {**said, "langs": langs},
        _said_strategy(("notes", "definitions", "sources")),
        st.dictionaries(st.sampled_from(["ru", "fr", "de-AT"]), section, min_size=1, max_size=2),
    )
    return st.lists(entry, min_size=1, max_size=3)


#: what the TBX writer says of a MultiTerm concept number, and of IATE's second status category
_NUMBER_ID = (
    "ids that are no XML names or are repeated (TBX's ids are xsd:ID: a letter or _ first, "
    "no spaces, each once): written '7' as '_7'"
)
_NORMATIVE = (
    'data TBX-Basic does not allow, written as read: <termNote type="normativeAuthorization"> '
    "(1x: entry c1)" + NOT_BASIC
)
#: and of Weblate's and TBX v2's spellings, outside TBX-Basic's picklists (LTAC's Schematron)
_SPELLINGS = (
    'data TBX-Basic does not allow, written as read: <termNote type="normativeAuthorization"> '
    "(1x: entry c1), <termNote type=\"termType\"> 'initialism', not in its picklist (1x: entry "
    "c1), <termNote type=\"administrativeStatus\"> 'forbidden', not in its picklist (1x: entry "
    "c1)" + NOT_BASIC
)


def _tbx(g: Glossary, version: int, *said: str) -> bytes:
    """``g`` written as TBX ``version``, the writer saying ``said`` (what TBX-Basic refuses)."""
    out = io.StringIO()
    assert write_tbx(g, out, version=version) == list(said)
    return out.getvalue().encode("utf-8")


@settings(max_examples=60, deadline=None)
@given(entries=_entries(spellings=True), v3_in=st.booleans(), version=st.sampled_from([2, 3]))
def test_tbx_to_tbx_keeps_every_note_and_adds_no_type_or_status(
    entries: list[dict[str, Any]], v3_in: bool, version: int
) -> None:
    g = loads(render(entries, v3_in), "tbx", "drawn.tbx")
    out = io.StringIO()
    said = write_tbx(g, out, version=version)
    assert shape(out.getvalue().encode("utf-8")) == entries
    # what is said: the spellings drawn outside TBX-Basic's picklists (LTAC's Schematron), each
    outside = sorted(
        {
            (kind, value)
            for e in entries
            for section in e["langs"].values()
            for _, type_, status, _ in section["terms"]
            for kind, value in (("termType", type_), ("administrativeStatus", status))
            if value is not None and value not in _BASIC_PICKLIST[kind]
        }
    )
    named = re.findall(r"<termNote type=\"(\w+)\"> '([^']*)', not in its picklist", "".join(said))
    assert sorted(set(named)) == outside


def _table_expected(entries: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """What a table gives back, as the README says: everything, but a further term of a
    language whose status its file did not state comes back stated ``preferred`` (a table reads
    a further term without one as admitted, so the writer has to write it)."""
    out = copy.deepcopy(entries)
    for entry in out:
        for section in entry["langs"].values():
            section["terms"] = [
                (text, kind, status or ("preferredTerm-admn-sts" if k else None), said)
                for k, (text, kind, status, said) in enumerate(section["terms"])
            ]
    return out


@settings(max_examples=40, deadline=None)
@given(
    entries=_entries(in_langs=False, in_terms=False), fmt=st.sampled_from(["csv", "tsv", "xlsx"])
)
def test_tbx_to_a_table_and_back_keeps_notes_apart_and_statuses_unstated(
    tmp_path_factory: pytest.TempPathFactory, entries: list[dict[str, Any]], fmt: str
) -> None:
    g = loads(render(entries, True), "tbx", "drawn.tbx")
    path = tmp_path_factory.mktemp("t") / f"g.{fmt}"
    # (several sources of a concept were one cell, joined by line ends, "sources apart" said:
    # each is a source column of its own now, glossary38; its xml:lang, a source language a
    # table has no place for, is said, interop47)
    assert save(g, path) == [source_not_written(g.source_lang)]
    back = shape(_tbx(load(path), 3))
    assert back == _table_expected(entries)


@settings(max_examples=40, deadline=None)
@given(
    notes=st.lists(_TEXT, max_size=3),
    source=_TERM_WORD,
    target=_TERM_WORD,
    forbidden=st.booleans(),
)
def test_tbx_to_po_and_back_adds_no_status_and_says_notes_join(
    tmp_path_factory: pytest.TempPathFactory,
    notes: list[str],
    source: str,
    target: str,
    forbidden: bool,
) -> None:
    status = "deprecatedTerm-admn-sts" if forbidden else None  # what PO holds: #, forbidden
    entries = [
        {
            **({"notes": notes} if notes else {}),
            "langs": {
                "ru": {"terms": [(source, None, None, {})]},
                "fr": {"terms": [(target, None, status, {})]},
            },
        }
    ]
    g = loads(render(entries, True), "tbx", "drawn.tbx")
    path = tmp_path_factory.mktemp("p") / "g.po"
    lost = save(g, path, source_lang="ru", target_lang="fr")
    assert not any("types and statuses" in x for x in lost)
    assert any(x.startswith("notes apart") for x in lost) == (len(notes) > 1)
    back = shape(_tbx(load(path), 3))
    assert back[0]["langs"] == entries[0]["langs"]


# -- the example file, through the library and the command line ---------------------------------


def test_the_example_keeps_its_notes_apart_and_its_unstated_statuses_unstated() -> None:
    g = load(EXAMPLE)
    c = g.concepts[0]
    assert parts_of(c.notes[""]) == (
        "Checked against the 1944 Prague Manifesto.",
        "Ask the client before changing.",
        "Ask the client before changing.",
    )
    assert parts_of(c.notes["fr"]) == (
        "Traduction validée par le client.",
        "Ne pas traduire « ROA » par « ALR ».\nVoir la note de style 3.",
    )
    assert len(parts_of(c.definitions["ru"])) == 2
    # callers reading the string see what they saw before: the notes joined by line ends
    assert c.notes["fr"] == (
        "Traduction validée par le client.\nNe pas traduire « ROA » par « ALR ».\n"
        "Voir la note de style 3."
    )
    roa = c.terms[1]
    assert parts_of(roa.note) == (
        "Lower case in running text is an error.",
        "Source: Wikipedia, 2024-05-01.",
    )
    stated = [(t.text, t.stated("type"), t.stated("status")) for t in c.terms]
    assert stated == [
        ("Русская освободительная армия", False, False),
        ("РОА", True, False),
        ("Armée de libération russe", True, True),
        ("armée Vlassov", False, True),
    ]
    # the values every reader of the model uses are those of before
    assert [(t.type, t.status) for t in c.terms] == [
        ("fullForm", "preferred"),
        ("acronym", "preferred"),
        ("fullForm", "preferred"),
        ("fullForm", "admitted"),
    ]
    assert c.preferred("ru").text == "Русская освободительная армия"


def run(*args: str) -> tuple[int, str, str]:
    r = CliRunner().invoke(cli, ["glossary", *args])
    return r.exit_code, r.stdout, r.stderr


@pytest.mark.parametrize("version", ["2", "3"])
def test_glossary_convert_writes_the_example_back_as_it_was(tmp_path: Path, version: str) -> None:
    out = tmp_path / "out.tbx"
    assert run("convert", str(EXAMPLE), str(out), "--tbx-version", version) == (0, "", "")
    assert shape(out.read_bytes()) == shape(EXAMPLE.read_bytes())
    text = out.read_text("utf-8")
    assert text.count('type="termType"') == 2 and text.count('type="administrativeStatus"') == 2
    assert text.count("<note>") == 7


def test_glossary_convert_through_csv_keeps_the_entry_notes_apart(tmp_path: Path) -> None:
    csv, back = tmp_path / "g.csv", tmp_path / "g.tbx"
    code, _, err = run("convert", str(EXAMPLE), str(csv))
    assert code == 0
    # the language sections' notes and definitions keep their language (fr:note,
    # ru:definition columns; they went to the entry); the term's two notes are its
    # "ru:term note" and "ru:term note 2" (glossary38; were "term note: not written (1x)");
    # its source language has no place in a table (interop47)
    assert err == f"translit: warning: {csv}: {source_not_written('en')}\n"
    head = csv.read_text("utf-8").splitlines()[0].split(",")
    assert head.count("note") == 3 and head.count("fr:note") == 2
    assert head.count("ru:definition") == 2
    assert head.count("ru:term note 2") == 2  # (the second term's: a column for each term)
    assert run("convert", str(csv), str(back))[0] == 0
    got = shape(back.read_bytes())[0]
    was = shape(EXAMPLE.read_bytes())[0]
    assert (
        got["notes"]
        == was["notes"]
        == [
            "Checked against the 1944 Prague Manifesto.",
            "Ask the client before changing.",
            "Ask the client before changing.",
        ]
    )
    assert (
        got["langs"]["fr"]["notes"]
        == was["langs"]["fr"]["notes"]
        == [
            "Traduction validée par le client.",
            "Ne pas traduire « ROA » par « ALR ».\nVoir la note de style 3.",
        ]
    )
    assert got["langs"]["ru"]["definitions"] == was["langs"]["ru"]["definitions"]
    assert [t[3] for t in got["langs"]["ru"]["terms"]] == [
        t[3] for t in was["langs"]["ru"]["terms"]
    ]
    assert [t[:3] for t in got["langs"]["ru"]["terms"]] == [
        ("Русская освободительная армия", None, None),
        ("РОА", "acronym", "preferredTerm-admn-sts"),  # a further term: the layout's limit
    ]
    assert [t[:3] for t in got["langs"]["fr"]["terms"]] == [
        ("Armée de libération russe", "fullForm", "preferredTerm-admn-sts"),
        ("armée Vlassov", None, "admittedTerm-admn-sts"),
    ]


# -- the other readers and writers ----------------------------------------------------------------

MTF = """<?xml version="1.0" encoding="UTF-8"?>
<mtf><conceptGrp><concept>7</concept>
  <descripGrp><descrip type="Note">Erste Notiz.</descrip></descripGrp>
  <descripGrp><descrip type="Note">Zweite Notiz.</descrip></descripGrp>
  <languageGrp><language type="German" lang="DE"/>
    <termGrp><term>Rote Armee</term></termGrp>
    <termGrp><term>RA</term>
      <descripGrp><descrip type="Term Type">acronym</descrip></descripGrp>
      <descripGrp><descrip type="Note">kurz</descrip></descripGrp>
      <descripGrp><descrip type="Note">kurz</descrip></descripGrp></termGrp>
  </languageGrp>
</conceptGrp></mtf>
"""


def test_multiterm_notes_stay_apart_and_no_status_is_added() -> None:
    g = loads(MTF.encode(), "tbx", "mt.xml")
    got = shape(_tbx(g, 3, _NUMBER_ID))[0]
    assert got["notes"] == ["Erste Notiz.", "Zweite Notiz."]
    assert got["langs"]["de"]["terms"] == [
        ("Rote Armee", None, None, {}),
        ("RA", "acronym", None, {"notes": ["kurz", "kurz"]}),
    ]


def test_a_table_with_two_note_columns_reads_two_notes() -> None:
    g = loads('id,ru,note,note\nroa,РОА,one,"two\nlines"\n'.encode(), "csv", "n.csv")
    assert parts_of(g.concepts[0].notes[""]) == ("one", "two\nlines")
    g = loads("source,target,comment,notes\nРОА,ROA,one,two\n".encode(), "csv", "w.csv")
    assert parts_of(g.concepts[0].notes[""]) == ("one", "two")


@pytest.mark.parametrize(
    ("fmt", "options"),
    [("tsv", {"layout": "omegat"}), ("po", {})],  # (the bilingual CSV keeps them: interop46)
)
def test_a_pair_layout_says_it_joins_several_notes(
    tmp_path: Path, fmt: str, options: dict[str, str]
) -> None:
    c = Concept("c1", terms=[Term("РОА", "ru"), Term("ROA", "fr")], notes={"": joined("a", "b")})
    lost = save(Glossary([c]), tmp_path / f"g.{fmt}", source_lang="ru", target_lang="fr", **options)
    assert [x for x in lost if x.startswith("notes apart")] == [
        next(x for x in lost if x.startswith("notes apart"))
    ]
    assert load(tmp_path / f"g.{fmt}", source_lang="ru", target_lang="fr").concepts[0].notes[
        ""
    ] in ("a\nb", "a b")  # one note now (OmegaT: a line a row)


@pytest.mark.parametrize("fmt", ["csv", "po"])
def test_a_pair_layout_says_it_cannot_hold_a_stated_status(tmp_path: Path, fmt: str) -> None:
    c = Concept("c1", terms=[Term("РОА", "ru", status="preferred"), Term("ROA", "fr")])
    options = {"layout": "bilingual"} if fmt == "csv" else {}
    lost = save(Glossary([c]), tmp_path / f"g.{fmt}", source_lang="ru", target_lang="fr", **options)
    assert "term types and statuses: not written (1x)" in lost
    c.terms[0] = Term("РОА", "ru")  # unstated: nothing to say
    lost = save(Glossary([c]), tmp_path / f"g.{fmt}", source_lang="ru", target_lang="fr", **options)
    assert not any("statuses" in x for x in lost)


# -- the model -----------------------------------------------------------------------------------


def test_a_term_built_in_code_states_what_its_caller_gave_and_what_is_set_later() -> None:
    t = Term("ROA", "fr")
    assert (t.type, t.status, t.stated("type"), t.stated("status")) == (
        "fullForm", "preferred", False, False,
    )  # fmt: skip
    tbx = _tbx(Glossary([Concept("c", terms=[t])]), 3)
    assert b"termNote" not in tbx
    t.status = "deprecated"
    assert t.stated("status") and b"deprecatedTerm-admn-sts" in _tbx(
        Glossary([Concept("c", terms=[t])]), 3
    )
    assert Term("ROA", "fr", type="fullForm").stated("type")  # given, though the default
    assert not Term("ROA", "fr", status="").stated("status")  # an empty cell: not given


def test_an_unstated_value_the_tbx_reader_would_not_take_is_written() -> None:
    # a CSV row's further term is admitted without saying so; TBX reads no status as preferred
    t = Term("armée Vlassov", "fr", status=implied("admitted"))
    assert not t.stated("status")
    assert b"admittedTerm-admn-sts" in _tbx(Glossary([Concept("c", terms=[t])]), 3)


def test_implied_spelled_and_joined_values_survive_copy_pickle_and_replace() -> None:
    forbidden = Spelled("deprecated", "forbidden", "administrativeStatus")
    t = Term("РОА", "ru", note=joined("a", "a"), type="", status=forbidden)
    for other in (
        copy.deepcopy(t),
        copy.copy(t),
        pickle.loads(pickle.dumps(t)),
        dataclasses.replace(t, text="ROA"),
    ):
        assert not other.stated("type") and other.stated("status")
        assert isinstance(other.type, Implied) and isinstance(other.note, Joined)
        assert parts_of(other.note) == ("a", "a")
        assert isinstance(other.status, Spelled) and other.status.spelling == "forbidden"


SPELLED = b"""<?xml version="1.0" encoding="UTF-8"?>
<martif type="TBX" xml:lang="en"><text><body>
<termEntry id="c1">
  <langSet xml:lang="de">
    <tig><term>Rote Armee</term><termNote type="termType">fullForm</termNote>
      <termNote type="normativeAuthorization">standardizedTerm</termNote></tig>
    <tig><term>RA</term><termNote type="termType">initialism</termNote>
      <termNote type="administrativeStatus">forbidden</termNote></tig>
  </langSet>
</termEntry>
</body></text></martif>
"""


def test_a_status_or_type_is_written_back_as_the_file_spelled_it() -> None:
    # Weblate marks a term forbidden when its administrativeStatus is "forbidden"; it came
    # back "deprecatedTerm-admn-sts", which Weblate does not read so, and IATE's
    # normativeAuthorization came back as an administrativeStatus
    g = loads(SPELLED, "tbx", "spelled.tbx")
    red, ra = g.concepts[0].terms
    assert (red.status, ra.type, ra.status) == ("preferred", "acronym", "deprecated")
    for version in (2, 3):
        text = _tbx(g, version, _SPELLINGS).decode()
        assert '<termNote type="normativeAuthorization">standardizedTerm</termNote>' in text
        assert '<termNote type="termType">initialism</termNote>' in text
        assert '<termNote type="administrativeStatus">forbidden</termNote>' in text
        assert "admn-sts" not in text and "acronym" not in text
    ra.status = "superseded"  # set in code: the TBX spelling of the model's value
    said = _SPELLINGS.replace(
        ", <termNote type=\"administrativeStatus\"> 'forbidden', not in its picklist (1x: entry c1)",
        "",
    )  # (superseded: TBX-Basic's picklist holds it)
    assert "supersededTerm-admn-sts" in _tbx(g, 3, said).decode()


def test_lint_reads_unstated_statuses_as_before() -> None:
    # two preferred full forms in one language: lint says so whether stated or not
    stated = Concept(
        "c", terms=[Term("А", "ru", status="preferred"), Term("Б", "ru", status="preferred")]
    )
    unstated = Concept("c", terms=[Term("А", "ru"), Term("Б", "ru")])
    said = [[f.message for f in lint(Glossary([c]))] for c in (stated, unstated)]
    assert said[0] == said[1]


TWO_SUBJECTS = b"""<?xml version="1.0" encoding="UTF-8"?>
<martif type="TBX" xml:lang="en"><text><body>
<termEntry id="roa">
  <descrip type="subjectField">military history</descrip>
  <descrip type="subjectField">collaboration</descrip>
  <langSet xml:lang="ru">
    <descrip type="subjectField">history of the USSR</descrip>
    <tig><term>\xd0\xa0\xd0\x9e\xd0\x90</term></tig>
  </langSet>
</termEntry>
</body></text></martif>
"""


@pytest.mark.parametrize("version", [2, 3])
def test_every_subject_field_of_an_entry_is_kept(version: int) -> None:
    # a second subjectField replaced the first, and a language's one replaced the entry's:
    # TBX -> TBX kept the last alone
    g = loads(TWO_SUBJECTS, "tbx", "subjects.tbx")
    subject = g.concepts[0].subject
    assert parts_of(subject) == ("military history", "collaboration", "history of the USSR")
    tree = etree.fromstring(_tbx(g, version))
    written = [_text(el) for el in tree.iter() if el.get("type") == "subjectField"]
    assert written == ["military history", "collaboration", "history of the USSR"]
