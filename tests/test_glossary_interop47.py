"""Glossaries keep their languages, or say so; TBX says its respellings; MultiTerm XML is written
(interop47).

Found by interop46: soviet-institutions.tbx's declared languages ``ru en fr de`` came back from
CSV as ``ru en fr de uk`` and its source language ru as none, in silence; TBX wrote a source's
``Feminine`` and ``Noun`` as TBX-Basic's picklist spells them, in silence; MultiTerm XML was read
and could only be written as TBX. The MultiTerm layout is the MultiTerm XML schema's (RWS
MultiTerm SDK, "XML Schema: MTF"); the content is this project's own.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import source_not_written
from lxml import etree

from translit.cli import cli
from translit.errors import GlossaryError
from translit.glossary import Concept, Glossary, Term, load, save, shipped_path
from translit.glossary.files import loads

# -- a table's languages ---------------------------------------------------------------------------


@pytest.mark.parametrize("ext", ["csv", "tsv", "xlsx"])
def test_a_tables_lost_source_and_undeclared_languages_are_said(tmp_path: Path, ext: str) -> None:
    # before: said only the title; read back, source None and uk declared
    g = load(shipped_path("soviet-institutions.tbx"))
    assert (g.source_lang, g.languages) == ("ru", ["ru", "en", "fr", "de"])
    out = tmp_path / f"g.{ext}"
    said = save(g, out)
    assert said[1:] == [
        source_not_written("ru"),
        "languages of terms the glossary does not declare, uk: written as columns, each a "
        "language a table declares (read back: ru, en, fr, de, uk)",
    ]
    back = load(out)
    assert (back.source_lang, back.languages) == (None, ["ru", "en", "fr", "de", "uk"])
    given = load(out, source_lang="ru")  # (the source language, given back by its reader)
    assert (given.source_lang, given.languages) == ("ru", ["ru", "en", "fr", "de", "uk"])


def test_a_declared_language_without_terms_comes_back_from_a_table(tmp_path: Path) -> None:
    # its column, empty, declares it: nothing lost, nothing said
    g = Glossary(
        [Concept("c1", terms=[Term("РОА", "ru"), Term("ROA", "de")])], languages=["ru", "de", "kk"]
    )
    assert save(g, tmp_path / "g.csv") == []
    assert load(tmp_path / "g.csv").languages == ["ru", "de", "kk"]


def test_a_pair_layout_says_nothing_of_its_languages(tmp_path: Path) -> None:
    # (the bilingual layout and PO are given both languages: nothing to say)
    g = Glossary([Concept("c1", terms=[Term("РОА", "ru"), Term("ROA", "de")])], source_lang="ru")
    assert save(g, tmp_path / "g.csv", layout="bilingual", source_lang="ru", target_lang="de") == []


# -- TBX's respellings -----------------------------------------------------------------------------


def test_a_gender_in_a_tools_word_is_written_as_tbx_basic_spells_it_and_said(
    tmp_path: Path,
) -> None:
    # Phrase's NEUTRAL, go-tm's Noun: TBX-Basic's picklists are closed (a validator refuses
    # the file's spelling), so the picklist's is written; before, in silence
    g = Glossary(
        [
            Concept(
                "c1",
                terms=[
                    Term("Lager", "de", gender="NEUTRAL", pos="Noun"),
                    Term("Armee", "de", gender="feminine", pos="noun"),
                ],
            )
        ]
    )
    said = save(g, tmp_path / "g.tbx")
    assert said == [
        "parts of speech and genders in another spelling than TBX-Basic's picklist: written in "
        "its spelling, 'Noun' as 'noun' (1x), 'NEUTRAL' as 'neuter' (1x)"
    ]
    notes = [n.text for n in etree.parse(str(tmp_path / "g.tbx")).iter("{*}termNote")]
    assert notes == ["noun", "neuter", "noun", "feminine"]


# -- MultiTerm XML -------------------------------------------------------------------------------


def test_multiterm_is_a_format_save_and_convert_write(tmp_path: Path) -> None:
    src = tmp_path / "roa.tbx"
    src.write_bytes(shipped_path("ww2-roa.tbx").read_bytes())
    out = tmp_path / "termbase.xml"
    done = CliRunner().invoke(
        cli,
        ["glossary", "convert", str(src), str(out), "--to", "multiterm"],
        catch_exceptions=False,
    )
    assert done.exit_code == 0, done.output
    assert "the glossary's source language 'en': not written (MultiTerm XML names none)" in (
        done.output
    )
    data = out.read_bytes()
    assert data.startswith(b"\xff\xfe")  # UTF-16 with a BOM, as MultiTerm exports it
    assert etree.fromstring(data).tag == "mtf"
    back = tmp_path / "back.tbx"
    done = CliRunner().invoke(cli, ["glossary", "convert", str(out), str(back)])
    assert done.exit_code == 0, done.output
    assert [c.id for c in load(back)] == [c.id for c in load(src)]


def test_multiterm_text_is_escaped_and_comes_back(tmp_path: Path) -> None:
    odd = ["a < b & c", "]]> ' \"", "два  пробела", "<term>x</term>"]
    g = Glossary(
        [
            Concept(str(n), terms=[Term(text, "ru", note=text)], notes={"": text})
            for n, text in enumerate(odd, 1)
        ]
    )
    out = tmp_path / "g.xml"
    assert save(g, out, format="multiterm") == [  # (два  пробела: as a note, 2x)
        'texts with runs of spaces or a space at a line\'s end: marked xml:space="preserve", '
        "XML's own attribute, which the MTF schema does not list (2x)"
    ]
    back = load(out, format="multiterm")
    assert [(c.terms[0].text, c.terms[0].note, c.notes) for c in back] == [
        (text, text, {"": text}) for text in odd
    ]


def test_multiterm_output_is_atomic(tmp_path: Path) -> None:
    # a glossary the writer refuses (kept data declaring an entity) leaves the old file whole
    out = tmp_path / "g.xml"
    out.write_bytes(b"old")
    bad = Glossary(
        [
            Concept(
                "1", terms=[Term("РОА", "ru", extra=('<!DOCTYPE x [<!ENTITY e "e">]><x>&e;</x>',))]
            )
        ]
    )
    with pytest.raises(GlossaryError, match="declares a DOCTYPE"):
        save(bad, out, format="multiterm")
    assert out.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["g.xml"]


def test_several_concept_sources_in_multiterm_are_each_read() -> None:
    # the second Source field of an entry was kept as unknown data, not a source
    data = """<mtf><conceptGrp><concept>1</concept>
      <descripGrp><descrip type="Source">Hoffmann 1986</descrip></descripGrp>
      <descripGrp><descrip type="Source">Andreyev 1987</descrip></descripGrp>
      <languageGrp><language type="Russian" lang="RU"/><termGrp><term>РОА</term></termGrp>
      </languageGrp></conceptGrp></mtf>""".encode()
    c = loads(data, "multiterm", "s.xml").concepts[0]
    assert (c.source, c.extra) == ("Hoffmann 1986\nAndreyev 1987", [])
    assert c.source.parts == ("Hoffmann 1986", "Andreyev 1987")


def test_what_multiterm_cannot_hold_is_said() -> None:
    from translit.glossary.multiterm import write_mtf

    c = Concept(
        "roa",
        terms=[Term("РОА", "ru", id="t1", extra=('<ref type="crossReference">KONR</ref>',))],
        notes={"kk": "no Kazakh term"},
    )
    _, said = write_mtf(Glossary([c, Concept("2", terms=[])]))
    assert said == [
        "concept ids that are no entry numbers (the schema's <concept> is an unsigned number): "
        "written as read (1x)",
        "definitions, notes and data of a language without terms (a MultiTerm languageGrp "
        "holds a term): not written (1x)",
        "term ids (MultiTerm has none): not written (1x)",
        'TBX data <ref type="crossReference">: not written (MultiTerm XML holds fields, '
        "transactions and system fields) (1x)",
        "concepts without terms (the schema's conceptGrp holds a languageGrp): written without "
        "one (1x)",
    ]
