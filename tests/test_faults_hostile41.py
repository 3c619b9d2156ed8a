"""Fault suite, hostile41: a fifth attacker's round (report and output paths that are FIFOs,
devices or folders; glossary files in every format with hostile structure; extreme lines;
a run killed and resumed; a bare environment). Each test builds its hostile input itself.

The bar: no traceback, no data lost, no hang, exit codes 0/1/2 (130 Ctrl-C, 143 SIGTERM),
and a message that names the file, what is wrong and what to do.
"""

from __future__ import annotations

import io
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import CLI_ENV, cpu_ratio, growth_ratio, source_not_written, translit_cli

from translit.glossary.model import parts_of

_POSIX = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs and links are POSIX's")

# -- 1. --report naming a FIFO that no process reads --------------------------------------------


def _waiting_in_open(pid: int) -> bool:
    """Whether ``pid`` waits for the other end of a FIFO (Linux says so in its wchan); True
    where that cannot be read, after the moment the run needs to get there."""
    try:
        with open(f"/proc/{pid}/wchan", encoding="ascii") as fh:
            waits = fh.read()
    except OSError:
        time.sleep(1.0)
        return True
    if waits.strip() in ("", "0"):  # (a kernel that does not say: as where none can be read)
        time.sleep(1.0)
        return True
    return "partner" in waits or "fifo" in waits


@_POSIX
@pytest.mark.parametrize(
    "command",
    [("romanize", "-l", "ru"), ("glossary", "apply", "-t", "en")],
    ids=["romanize", "glossary-apply"],
)
def test_a_report_fifo_without_reader_stops_on_sigterm(
    tmp_path: Path, command: tuple[str, ...]
) -> None:
    """`--report FIFO` with no process reading it: the report was opened with the stop signals
    ignored (so that a second Ctrl-C cannot cut it), and opening a FIFO waits for its reader,
    so the run waited forever and neither Ctrl-C nor SIGTERM ended it (only SIGKILL). A stop
    signal now ends the wait: exit 143, the outputs already written kept, and it says the
    report was not written."""
    src = tmp_path / "a.txt"
    src.write_text("Андрей Власов и РОА\n", encoding="utf-8")
    fifo = tmp_path / "report.json"
    os.mkfifo(fifo)
    out = tmp_path / "out.txt"
    proc = subprocess.Popen(
        [sys.executable, "-m", "translit", *command, "-o", str(out), "--report", str(fifo),
         str(src)],
        env=CLI_ENV, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and proc.poll() is None:
            if out.exists() and _waiting_in_open(proc.pid):
                break
            time.sleep(0.05)
        assert proc.poll() is None, "the run ended before it opened the report"
        proc.send_signal(signal.SIGTERM)
        try:
            _, err = proc.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            pytest.fail("SIGTERM did not end a run waiting for its report FIFO's reader")
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    text = err.decode()
    assert proc.returncode == 143, text
    assert "Traceback" not in text and "report" in text and "not written" in text, text
    assert f"report in {fifo}" not in text, text  # (it was not written there)
    assert out.read_text(encoding="utf-8").strip()  # (the output, finished, is kept)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "out.txt", "report.json"]


@_POSIX
def test_a_report_fifo_with_a_reader_gets_the_report(tmp_path: Path) -> None:
    """(The FIFO is a legitimate report: a process reading it gets the JSON, exit 0.)"""
    src = tmp_path / "a.txt"
    src.write_text("Андрей Власов\n", encoding="utf-8")
    fifo = tmp_path / "report.json"
    os.mkfifo(fifo)
    proc = subprocess.Popen(
        [sys.executable, "-m", "translit", "romanize", "-l", "ru", "-q", "--report", str(fifo),
         str(src)],
        env=CLI_ENV, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )  # fmt: skip
    try:
        with open(fifo, encoding="utf-8") as fh:
            report = fh.read()
        out, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    assert proc.returncode == 0, err.decode()
    assert out.decode() == "Andrey Vlasov\n" and '"status": "complete"' in report


# -- 2. a TBX language that is no language tag, written to a table ------------------------------

_TBX = """<?xml version="1.0" encoding="UTF-8"?>
<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
<tbxHeader><fileDesc><sourceDesc><p>t</p></sourceDesc></fileDesc></tbxHeader>
<text><body><conceptEntry id="roa">
<langSec xml:lang="en"><termSec><term>Russian Liberation Army</term></termSec></langSec>
<langSec xml:lang="{lang}"><termSec><term>Русская освободительная армия</term></termSec></langSec>
</conceptEntry></body></text></tbx>
"""

#: xml:lang values a tool may write that are no language tag a table header reads back: the
#: private-use-looking ``xx`` (lint-bad.tbx's), an unknown language, a cut private-use tag, two
#: tags in one, and ``ru:type``, which a table reads back as the ``ru`` terms' type column
_NO_TAGS = ["xx", "zz-ZZ", "ru-RU-x-", "ru&#9;en", "ru en", "ru:type"]


@pytest.mark.parametrize("lang", _NO_TAGS)
@pytest.mark.parametrize("fmt", ["csv", "tsv", "xlsx"])
def test_a_term_in_no_language_tag_written_to_a_table_is_said_lost(
    tmp_path: Path, lang: str, fmt: str
) -> None:
    """TBX → CSV/TSV/XLSX wrote the terms under a column named by the xml:lang, exit 0 and not a
    word; reading the table back dropped that column ("column 'xx' not kept", a warning) or,
    for ``ru:type``, read the Russian terms as the English term's… type: the round trip lost
    them. The writer now says so, as it says what else a table cannot hold."""
    from translit.glossary.files import load, save

    src = tmp_path / "g.tbx"
    src.write_text(_TBX.format(lang=lang), encoding="utf-8")
    g = load(src)
    lost = save(g, tmp_path / f"g.{fmt}")
    said = [w for w in lost if "no language tag" in w]
    assert said, lost
    back = load(tmp_path / f"g.{fmt}", strict=False)
    assert "Русская освободительная армия" not in [t.text for c in back.concepts for t in c.terms]


@pytest.mark.parametrize("lang", ["ru", "ru-RU", "RU", "ru_RU", "x-old", "qaa"])
def test_a_term_in_a_language_tag_round_trips_without_a_word(tmp_path: Path, lang: str) -> None:
    """(Tags the table reads back are written as before, without a loss said but the
    document's language, which the model reads as the source language: interop47.)"""
    from translit.glossary.files import load, save

    src = tmp_path / "g.tbx"
    src.write_text(_TBX.format(lang=lang), encoding="utf-8")
    assert save(load(src), tmp_path / "g.csv") == [source_not_written("en")]
    back = load(tmp_path / "g.csv")
    assert "Русская освободительная армия" in [t.text for c in back.concepts for t in c.terms]


def test_the_cli_warns_of_the_terms_a_table_cannot_read_back(tmp_path: Path) -> None:
    src = tmp_path / "g.tbx"
    src.write_text(_TBX.format(lang="xx"), encoding="utf-8")
    done = translit_cli("glossary", "convert", src, tmp_path / "g.csv")
    err = done.stderr.decode()
    assert done.returncode == 0 and "'xx'" in err and "no language tag" in err, err


# -- 3. an entity no DTD defines, inside an attribute's value -----------------------------------

_V2 = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE martif SYSTEM "TBXcoreStructV02.dtd">
<martif type="TBX" xml:lang="en"><text><body>
<termEntry id="{id}"><descrip type="{kind}">military history</descrip>
<langSet xml:lang="en"><tig><term>{term}</term></tig></langSet>
<langSet xml:lang="ru"><tig><term>Красная армия</term></tig></langSet>
</termEntry></body></text></martif>
"""


@pytest.mark.parametrize(
    ("fields", "entity"),
    [
        ({"id": "red&x;-army", "kind": "subjectField", "term": "Red Army"}, "&x;"),
        ({"id": "red-army", "kind": "subject&nbsp;Field", "term": "Red Army"}, "&nbsp;"),
        ({"id": "red-army", "kind": "subjectField", "term": "Red &foo; Army"}, "&foo;"),
    ],
    ids=["id", "type", "text"],
)
def test_an_undefined_entity_in_an_attribute_is_refused_as_in_text(
    fields: dict[str, str], entity: str
) -> None:
    """A TBX v2 file names its DTD (never loaded), so libxml2 reads an entity no one defines
    as a warning; in a term's text the reader refused it ("XML uses an entity '&foo;'"), but
    in an attribute's value the parser dropped it in silence: ``id="red&x;-army"`` was read as
    the concept red-army, ``type="subject&nbsp;Field"`` as a subject field. Refused alike."""
    from translit.errors import GlossaryError
    from translit.glossary.files import loads

    with pytest.raises(GlossaryError) as info:
        loads(_V2.format(**fields).encode(), "tbx", "g.tbx")
    assert entity in info.value.message and info.value.line == 4, info.value


def test_the_five_predefined_entities_and_character_references_still_read() -> None:
    from translit.glossary.files import loads

    fields = {"id": "r&amp;d&#45;1", "kind": "subjectField", "term": "R&amp;D &lt;&#x41;&gt;"}
    g = loads(_V2.format(**fields).encode(), "tbx", "g.tbx")
    assert [c.id for c in g.concepts] == ["r&d-1"]
    assert g.concepts[0].terms[0].text == "R&D <A>"


# -- 4. an output named by a symbolic link into a folder that is not there ----------------------


@_POSIX
@pytest.mark.parametrize(
    "args",
    [
        ("romanize", "-l", "ru", "-o", "{link}", "{src}"),
        ("romanize", "-l", "ru", "--report", "{link}", "{src}"),
        ("glossary", "apply", "-t", "en", "-o", "{link}", "{src}"),
        ("glossary", "convert", "{glossary}", "{link}"),
    ],
    ids=["output", "report", "apply-output", "convert-dst"],
)
def test_a_link_into_a_missing_folder_is_refused_before_any_work(
    tmp_path: Path, args: tuple[str, ...]
) -> None:
    """`-o`, `--report` or a glossary's DST a symbolic link to `gone/out.txt`, `gone` missing:
    the folder checks looked at the link's own folder, the run read and converted everything
    and then failed to write (exit 1 or 2, the output lost) saying "its folder was removed or
    renamed while the run wrote there: run again", which fails again. It is refused before
    any work, naming the link and its target's folder."""
    src = tmp_path / "a.txt"
    src.write_text("Андрей Власов\n", encoding="utf-8")
    glossary = tmp_path / "g.csv"
    glossary.write_text("ru,en\nРОА,ROA\n", encoding="utf-8")
    link = tmp_path / "out.txt"
    link.symlink_to(tmp_path / "gone" / "out.txt")
    names = {"link": str(link), "src": str(src), "glossary": str(glossary)}
    done = translit_cli(*[a.format(**names) for a in args])
    err = done.stderr.decode()
    assert done.returncode == 2, err
    assert "symbolic link" in err and "gone" in err and "Traceback" not in err, err
    assert "removed or renamed while the run wrote" not in err, err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "g.csv", "out.txt"]


# -- 5. a TBX concept of many notes ---------------------------------------------------------------


def _many_notes(n: int) -> str:
    notes = "".join(f"<note>n{i}</note><descrip type='definition'>d{i}</descrip>" for i in range(n))
    return (
        '<?xml version="1.0"?><tbx type="TBX-Basic" style="dca" xml:lang="en" '
        'xmlns="urn:iso:std:iso:30042:ed-2"><text><body><conceptEntry id="c">'
        f'{notes}<langSec xml:lang="en"><termSec><term>Red Army</term></termSec></langSec>'
        "</conceptEntry></body></text></tbx>"
    )


def test_a_concept_of_many_notes_reads_in_linear_time() -> None:
    """Each note of a concept was added by joining all those before it again (``with_part``):
    a CSV of one row and 10^6 `note` columns (5 MB) ran `glossary convert` to TBX past 120 s,
    and a TBX concept of 20,000 notes read in 2.2 s, of 10,000 in 0.57 s: quadratic. The
    reader now gathers a concept's parts and joins each field once."""
    from translit.glossary.files import loads

    ratio = growth_ratio(lambda text: loads(text.encode(), "tbx", "g.tbx"), _many_notes)
    assert ratio < 8, ratio  # (linear is about 4, quadratic 16)
    g = loads(_many_notes(3).encode(), "tbx", "g.tbx")
    assert parts_of(g.concepts[0].notes[""]) == ("n0", "n1", "n2")
    assert parts_of(g.concepts[0].definitions[""]) == ("d0", "d1", "d2")


def test_a_concept_of_many_notes_writes_in_linear_time() -> None:
    """The TBX writer took each written entry out of the tree again, and lxml walked the entry
    for each of its elements: `save(g, "w.tbx")` of one concept took 0.54 s for 50,000 notes,
    1.76 s for 100,000, and a CSV of one row and 10^6 `note` columns did not convert to TBX in
    300 s. Each entry is now built as its own root and dropped once written."""
    from translit.glossary.model import Concept, Glossary, Term, joined
    from translit.glossary.tbx import write_tbx

    def many(n: int) -> Glossary:
        notes = joined(*(f"n{i}" for i in range(n)))
        return Glossary([Concept("c", terms=[Term("Red Army", "en")], notes={"": notes})])

    def write(g: Glossary) -> str:
        out = io.StringIO()
        write_tbx(g, out)
        return out.getvalue()

    ratio = cpu_ratio(write, many(20_000), many(80_000))
    assert ratio < 8, ratio  # (linear is about 4, quadratic 16)
    assert write(many(2)).count("<note>") == 2
