"""``translit glossary lookup -``: the terms of standard input, one a line (leftovers39: it
looked up the term "-" and said no concept matched it, where detect and name-key read ``-``
as standard input).

Expected values are the shipped glossaries' concepts, read in glossaries/ww2-roa.tbx and
soviet-institutions.tbx: РОА is the concept roa (German Russische Befreiungsarmee), goulags
the French plural of goulag (concept gulag).
"""

from __future__ import annotations

import json

from click.testing import CliRunner

from translit.cli import cli


def _run(args: list[str], stdin: str) -> tuple[int, str, str]:
    r = CliRunner().invoke(cli, ["glossary", "lookup", *args], input=stdin)
    return r.exit_code, r.stdout, r.stderr


def test_each_line_is_a_term_and_leads_its_output_lines() -> None:
    code, out, err = _run(["-", "-t", "de"], "РОА\r\n\n  \ngoulags\n")
    assert code == 0 and err == ""
    assert out.splitlines() == [
        "РОА\troa\texact\tРОА (ru)\tRussische Befreiungsarmee",
        "goulags\tgulag\tinflected\tgoulag (fr)\tHauptverwaltung der Lager",
    ]


def test_a_term_that_matches_nothing_is_said_and_exits_1() -> None:
    code, out, err = _run(["-"], "РОА\nzzzqqq\n")
    assert code == 1
    assert [line.split("\t")[:2] for line in out.splitlines()] == [["РОА", "roa"]]
    assert "matches 'zzzqqq'" in err


def test_json_gives_one_object_per_term() -> None:
    code, out, _ = _run(["-", "--json", "-t", "fr"], "РОА\nzzzqqq\n")
    data = json.loads(out)
    assert code == 1
    assert [d["term"] for d in data] == ["РОА", "zzzqqq"]
    assert [m["concept"] for m in data[0]["matches"]] == ["roa"] and data[1]["matches"] == []


def test_one_term_prints_as_before() -> None:
    code, out, _ = _run(["РОА", "-t", "de"], "")
    assert (code, out) == (0, "roa\texact\tРОА (ru)\tRussische Befreiungsarmee\n")


def test_no_term_and_a_glossary_on_stdin_are_usage_errors() -> None:
    code, _, err = _run(["-"], "\n \n")
    assert code == 2 and "no term on standard input" in err
    code, _, err = _run(["-", "-g", "-", "--glossary-format", "csv"], "РОА\n")
    assert code == 2 and "standard input holds the glossary" in err
