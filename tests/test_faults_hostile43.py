"""Fault suite, hostile43: a seventh attacker's round, on what changed lately (``glossary qa``
and ``io.read_pairs``, ``glossary apply`` with plural articles, ``detect --field``) and three
small faults the last round left. Each test builds its hostile input itself.

The bar: no traceback, no data lost, no hang, exit codes 0/1/2 (130 Ctrl-C, 143 SIGTERM),
and a message that names the file, what is wrong and what to do.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import translit_cli

# -- 1. glossary lookup -: a query holding a tab -------------------------------------------------


def test_a_batch_query_holding_a_tab_keeps_the_lines_columns() -> None:
    """``glossary lookup -`` starts each output line with the query and a tab: a query of
    ``Красная<TAB>армия`` (it matches "Красная армия") was printed as it is, so its line had a
    column more than the others and every column after it was the one before. The query is
    written with its tab (and a backslash) escaped, as ``\\t`` (``\\\\``)."""
    done = translit_cli(
        "glossary", "lookup", "-", "-t", "de", stdin="Красная\tармия\nгулаг\n".encode()
    )
    out = done.stdout.decode()
    assert done.returncode == 0, done.stderr.decode()
    lines = out.splitlines()
    assert lines and all(line.count("\t") == lines[-1].count("\t") for line in lines), out
    assert any(line.startswith("Красная\\tармия\t") for line in lines), out
    assert any(line.startswith("гулаг\t") for line in lines), out


def test_a_batch_query_holding_a_backslash_is_told_apart_from_a_tab() -> None:
    """(The escape is reversible: a backslash is doubled, so a query ``гулаг\\`` (it matches
    ГУЛАГ) is not read back as one ending in a tab.)"""
    done = translit_cli("glossary", "lookup", "-", "-t", "de", stdin="гулаг\\\n".encode())
    out = done.stdout.decode()
    assert done.returncode == 0, done.stderr.decode()
    assert out and all(line.startswith("гулаг\\\\\t") for line in out.splitlines()), out


# -- 2. bad bytes: advice naming only the options the command has -------------------------------


def _options(*command: str) -> set[str]:
    """The long options ``translit COMMAND --help`` lists."""
    text = translit_cli(*command, "--help").stdout.decode()
    return set(re.findall(r"(?<![\w-])--[a-z][a-z-]*", text))


_BAD = "Київ\n".encode() + b"\xff\xfe\xfd x\n"  # UTF-8 with bad bytes on line 2


@pytest.mark.parametrize(
    "command",
    [
        ("glossary", "lookup", "-"),
        ("name-key", "-"),
        ("detect", "-"),
        ("detect", "--summary", "-"),
        ("romanize", "--encoding", "utf-8", "-"),
    ],
    ids=["lookup", "name-key", "detect", "detect-summary", "romanize"],
)
def test_bad_bytes_advice_names_only_options_the_command_has(command: tuple[str, ...]) -> None:
    """A stdin line of bad UTF-8 told ``glossary lookup`` and ``name-key`` to "try another
    --encoding, or --errors replace|surrogateescape", options neither had; ``detect`` and
    ``glossary qa`` have --encoding but no --errors, and were told it too. Every option
    the advice names is now one of the command's (lookup and name-key got --encoding, as
    every other reading command has it)."""
    done = translit_cli(*command, stdin=_BAD)
    err = done.stderr.decode()
    assert done.returncode in (1, 2), err
    assert "<stdin>:2: cannot decode byte(s) ff" in err and "Traceback" not in err, err
    named = set(re.findall(r"(?<![\w-])--[a-z][a-z-]*", err))
    assert named and named <= _options(*command[:-1]), (named, err)


def test_glossary_qa_bad_bytes_advice_names_only_its_options(tmp_path: Path) -> None:
    glossary = tmp_path / "g.tsv"
    glossary.write_text("ru\tde\nКрасная армия\tRote Armee\n", encoding="utf-8")
    pairs = tmp_path / "p.tsv"
    pairs.write_bytes("Красная армия\tRote Armee\n".encode() + b"\xff\tx\n")
    done = translit_cli("glossary", "qa", pairs, "-g", glossary, "--source-lang", "ru", "-t", "de")
    err = done.stderr.decode()
    assert done.returncode == 2, err
    assert "p.tsv:2: cannot decode" in err, err
    named = set(re.findall(r"(?<![\w-])--[a-z][a-z-]*", err))
    assert named and named <= _options("glossary", "qa"), (named, err)


@pytest.mark.parametrize("command", [("glossary", "lookup", "-"), ("name-key", "-")])
def test_lookup_and_name_key_read_stdin_in_the_encoding_given(command: tuple[str, ...]) -> None:
    """(The --encoding they now take is used: cp1251 bytes read as cp1251, as detect reads
    them, and an encoding no codec knows is a usage error, exit 2.)"""
    data = "гулаг\n".encode("cp1251")
    done = translit_cli(*command, "--encoding", "cp1251", stdin=data)
    assert done.returncode == 0, done.stderr.decode()
    assert done.stdout.decode().startswith(("гулаг\t", "gulag")), done.stdout.decode()
    done = translit_cli(*command, "--encoding", "bogus-1", stdin=data)
    err = done.stderr.decode()
    assert done.returncode == 2 and "bogus-1" in err and "Traceback" not in err, err


# -- 3. detect --summary names standard input as its errors do ----------------------------------


def test_detect_summary_names_stdin_as_its_errors_do() -> None:
    """``detect --summary -`` printed "-: 2 lines: …" where its errors (and romanize's) say
    "<stdin>:2: …": one input, two names. It is "<stdin>" in both."""
    done = translit_cli("detect", "--summary", stdin="Київ\nЛьвів\n".encode())
    assert done.returncode == 0, done.stderr.decode()
    assert done.stdout.decode().startswith("<stdin>: 2 lines: uk 2"), done.stdout.decode()
    done = translit_cli("detect", "--summary", "-", stdin=_BAD)
    assert "<stdin>:2: " in done.stderr.decode(), done.stderr.decode()
    assert not done.stdout.decode().startswith("-:"), done.stdout.decode()


def test_name_key_of_a_line_holding_a_tab_keeps_two_columns() -> None:
    """``name-key`` prints "key<TAB>name": a name line holding a tab gave that row a third
    column. It is written escaped, as lookup writes a query."""
    done = translit_cli("name-key", stdin="Андрей\tВласов\nВласов\n".encode())
    out = done.stdout.decode()
    assert done.returncode == 0, done.stderr.decode()
    assert [line.count("\t") for line in out.splitlines()] == [1, 1], out
    assert out.splitlines()[0].endswith("\tАндрей\\tВласов"), out


# -- 4. XLIFF: an element of another namespace named as a segment; other declared languages --

_XLIFF12 = (
    '<?xml version="1.0"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"'
    ' xmlns:m="urn:example:memory">\n<file source-language="{src}" target-language="{tgt}" '
    'datatype="plaintext" original="x"><body>\n<trans-unit id="1"><source>{source}</source>'
    "<target>{target}</target></trans-unit>\n</body></file></xliff>\n"
)


def test_an_xliff_segment_keeps_text_around_another_namespaces_segment(tmp_path: Path) -> None:
    """The XLIFF reader took each element named ``segment`` in any namespace for a 2.0
    segment: one of another vocabulary inside a 1.2 ``<source>`` (a tool's own mark-up) was
    taken as a segment, then cleared with every element before it in the source, and their
    text after them: "Красная армия и x генерал" was read "Красная  генерал", and the check
    did not see "Красная армия" (nor a forbidden term so hidden in the target). Only the
    XLIFF's own namespace names its units."""
    from translit.io import read_pairs

    path = tmp_path / "m.xlf"
    path.write_text(
        _XLIFF12.format(
            src="ru",
            tgt="fr",
            source='Красная <g id="1">армия</g> и <m:segment>x</m:segment> генерал',
            target='Armée <g id="1">rouge</g> <m:segment/>et général',
        ),
        encoding="utf-8",
    )
    (seg,) = read_pairs(str(path))
    assert seg.source == "Красная армия и x генерал", seg
    assert seg.target == "Armée rouge et général", seg


@pytest.mark.parametrize("version", ["1.2", "2.0"])
def test_an_xliff_of_other_languages_than_given_is_told(tmp_path: Path, version: str) -> None:
    """``glossary qa de.xlf --source-lang ru -t fr`` of a file declaring Russian → German
    checked its German targets for French terms: every term "missing", exit 1, and not a word
    that the file says it is German. It is now told (a warning naming the file's languages
    and the option to give); the check runs as asked, as before."""
    glossary = tmp_path / "g.tsv"
    glossary.write_text("ru\tfr\tde\nгенерал\tgénéral\tGeneral\n", encoding="utf-8")
    path = tmp_path / "p.xlf"
    if version == "1.2":
        body = _XLIFF12.format(src="ru-RU", tgt="de-DE", source="генерал", target="der General")
    else:
        body = (
            '<xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="ru" '
            'trgLang="de"><file id="f"><unit id="1"><segment><source>генерал</source>'
            "<target>der General</target></segment></unit></file></xliff>"
        )
    path.write_text(body, encoding="utf-8")
    done = translit_cli("glossary", "qa", path, "-g", glossary, "--source-lang", "ru", "-t", "fr")
    err = done.stderr.decode()
    assert done.returncode == 1, err  # (général is missing from the German target)
    assert "warning: " in err and "p.xlf:" in err, err
    assert "target language 'de" in err and "not the 'fr'" in err, err
    done = translit_cli("glossary", "qa", path, "-g", glossary, "--source-lang", "ru", "-t", "de")
    assert done.returncode == 0 and not done.stderr, done.stderr.decode()


def test_glossary_qa_names_stdin_one_way(tmp_path: Path) -> None:
    """``glossary qa -`` named standard input "-" in its findings ("-:1: missing: …") and
    errors ("-:2: cannot decode …"), and "<stdin>" in its warnings: one input, two names in
    one run. It is "<stdin>" in each, as detect and romanize name it."""
    glossary = tmp_path / "g.tsv"
    glossary.write_text("ru\tfr\nгенерал\tgénéral\n", encoding="utf-8")
    args = ("glossary", "qa", "-", "-g", glossary, "--source-lang", "ru", "-t", "fr")
    done = translit_cli(*args, stdin="генерал\tx\n".encode())
    assert done.returncode == 1, done.stderr.decode()
    assert done.stdout.decode().startswith("<stdin>:1: missing: генерал"), done.stdout.decode()
    done = translit_cli(*args, stdin="генерал\tgénéral\n".encode() + b"\xff\tx\n")
    assert done.returncode == 2 and "error: <stdin>:2: cannot decode" in done.stderr.decode()
    done = translit_cli(*args, "--encoding", "cp1251", stdin="генерал\tx\n".encode())
    assert "warning: <stdin>:1:" in done.stderr.decode(), done.stderr.decode()
    source = tmp_path / "ru.txt"
    source.write_text("генерал\nгенерал\n", encoding="utf-8")
    done = translit_cli(*args[:2], source, "-", *args[3:], stdin=b"x\n")
    err = done.stderr.decode()
    assert done.returncode == 2 and "error: <stdin>:2: <stdin> ends before line 2" in err, err


@pytest.mark.parametrize("command", [("glossary", "lookup", "-"), ("name-key", "-")])
def test_lookup_and_name_key_warn_of_an_encoding_that_misreads(command: tuple[str, ...]) -> None:
    """(As detect does: UTF-8 read as cp1251 is told, the way to mend it named.)"""
    done = translit_cli(*command, "--encoding", "cp1251", stdin="Власов\n".encode())
    err = done.stderr.decode()
    assert "warning: <stdin>:1: decoded as cp1251" in err and "--encoding utf-8" in err, err


def test_glossary_qa_names_a_csv_cell_past_the_readers_limit(tmp_path: Path) -> None:
    """A CSV of pairs with a segment of 200,000 characters failed with csv's own words,
    "not a valid table row: field larger than field limit (131072)": no advice, and nothing
    says the TSV reader has no such limit. It says the cell's length and what to do."""
    glossary = tmp_path / "g.tsv"
    glossary.write_text("ru\tfr\nгенерал\tgénéral\n", encoding="utf-8")
    pairs = tmp_path / "p.csv"
    pairs.write_text("генерал,général\nгенерал," + "x" * 200_000 + "\n", encoding="utf-8")
    done = translit_cli("glossary", "qa", pairs, "-g", glossary, "--source-lang", "ru", "-t", "fr")
    err = done.stderr.decode()
    assert done.returncode == 2, err
    assert "p.csv:2: " in err and "131,072 characters" in err and "TSV" in err, err


def test_an_xliff_of_many_files_in_other_languages_is_told_once(tmp_path: Path) -> None:
    """(A 1.2 XLIFF of one ``<file>`` per document, all ru → de, is told once, not once a
    file; a ``<file>`` of yet other languages is told too.)"""
    glossary = tmp_path / "g.tsv"
    glossary.write_text("ru\tfr\nгенерал\tgénéral\n", encoding="utf-8")
    unit = '<trans-unit id="1"><source>генерал</source><target>General</target></trans-unit>'
    files = "".join(
        f'<file source-language="ru" target-language="{t}" original="d{i}"><body>{unit}'
        "</body></file>"
        for i, t in enumerate(["de", "de-DE", "de", "en"])
    )
    path = tmp_path / "many.xlf"
    path.write_text(f'<xliff version="1.2">{files}</xliff>', encoding="utf-8")
    done = translit_cli("glossary", "qa", path, "-g", glossary, "--source-lang", "ru", "-t", "fr")
    told = [ln for ln in done.stderr.decode().splitlines() if "warning: " in ln]
    assert [ln.split("declares the target language ")[1][:4] for ln in told] == [
        "'de'",
        "'en'",
    ], told
