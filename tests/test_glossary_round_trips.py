"""Glossary round trips lose nothing (gloss14): a file read, then written in a format and read
back, gives the same concepts for the fields that format holds, and what it cannot hold is said
(a warning naming the field and how many entries lost it).

The layouts under ``tests/data/glossary/`` were written for this project from the tools'
documentation (Weblate docs/formats/tbx.rst: source explanation in ``<descrip>``, translation
explanation in ``<note from="translator">``); the content is our own.
"""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from translit.glossary.files import load, save
from translit.glossary.model import Concept, Glossary, Term

DATA = Path(__file__).parent / "data" / "glossary"


def _notes(path: Path) -> list[tuple[str | None, str]]:
    doc = etree.parse(str(path))
    return [(n.get("from"), n.text or "") for n in doc.iter("{*}note", "note")]


def test_a_weblate_note_keeps_who_wrote_it_through_tbx(tmp_path: Path) -> None:
    src = DATA / "weblate.tbx"
    g = load(src)
    for version in (2, 3):
        out = tmp_path / f"v{version}.tbx"
        assert save(g, out, tbx_version=version) == []
        assert _notes(out) == [
            ("translator", "Capital К only at the start of a sentence."),
            ("developer", "Keep short."),
            ("translator", "Line one\nline two"),
        ]
        assert load(out).concepts == g.concepts


def test_a_weblate_note_a_table_cannot_hold_is_named_with_its_count(tmp_path: Path) -> None:
    g = load(DATA / "weblate.tbx")
    lost = save(g, tmp_path / "out.csv")
    assert any("note" in w and "(2x)" in w for w in lost), lost


def test_a_po_export_keeps_its_source_language(tmp_path: Path) -> None:
    # The source language was not written: read back, a de-AT → fr-CA glossary said en → fr-CA.
    # Written as the header X-Source-Language, which Qt's lconvert and translate-toolkit write
    g = Glossary(
        source_lang="de-AT",
        concepts=[Concept("c1", terms=[Term("Rote Armee", "de-AT"), Term("Armée rouge", "fr-CA")])],
    )
    out = tmp_path / "g.po"
    assert save(g, out, target_lang="fr-CA") == []
    assert '"X-Source-Language: de-AT\\n"' in out.read_text("utf-8")
    back = load(out)
    assert back.source_lang == "de-AT"
    assert [(t.lang, t.text) for t in back.concepts[0].terms] == [
        ("de-AT", "Rote Armee"),
        ("fr-CA", "Armée rouge"),
    ]
    assert load(out, source_lang="de-DE").source_lang == "de-DE"  # the caller's word first
