"""Every command's help: each option explained, one spelling per option across commands."""

from __future__ import annotations

from collections import defaultdict

import click
import pytest
from click.testing import CliRunner

from translit.cli import COMMANDS, cli


def _commands() -> dict[str, click.Command]:
    """Every command and glossary subcommand by its full name (``glossary apply``)."""
    ctx = click.Context(cli)
    out: dict[str, click.Command] = {}
    for name in COMMANDS:
        command = cli.get_command(ctx, name)
        assert command is not None
        if isinstance(command, click.Group):
            for sub in command.commands.values():
                out[f"{name} {sub.name}"] = sub
        else:
            out[name] = command
    return out


COMMANDS_ALL = _commands()


@pytest.mark.parametrize("name", sorted(COMMANDS_ALL))
def test_every_option_is_explained(name: str) -> None:
    """An option without help showed only its name and choices (--tbx-version, --mode)."""
    command = COMMANDS_ALL[name]
    ctx = click.Context(command)
    bare = []
    for p in command.params:
        if isinstance(p, click.Option) and not p.hidden:
            p.get_help_record(ctx)  # (some options fill their help in on first use)
            if not (p.help or "").strip():
                bare.append(p.opts[0])
    assert not bare, f"translit {name}: options without help: {bare}"


@pytest.mark.parametrize("name", sorted(COMMANDS_ALL))
def test_help_runs_and_shows_examples(name: str) -> None:
    res = CliRunner().invoke(cli, [*name.split(), "--help"])
    assert res.exit_code == 0, res.output
    assert "Example" in res.output


#: long options that mean something else in one command, so they keep their own short form:
#: apply's --lang filters terms and its --format is the listing's; the -f, --format of check
#: and stats is a glossary format (tbx, csv, po…), not the batch commands' text input format;
#: qa's --format is its findings' (text, json), as apply's is its listing's
_OWN_MEANING = {
    ("glossary apply", "--lang"),
    ("glossary apply", "--format"),
    ("glossary qa", "--format"),
    ("glossary check", "--format"),
    ("glossary stats", "--format"),
}


def test_one_short_flag_per_long_option() -> None:
    """The same long option has the same short flag in every command that takes it (`verify`
    had --target without the -t of romanize and glossary lookup/apply)."""
    shorts: dict[str, set[str]] = defaultdict(set)
    for name, command in COMMANDS_ALL.items():
        for p in command.params:
            if not isinstance(p, click.Option):
                continue
            longs = [o for o in p.opts if o.startswith("--")]
            short = next((o for o in p.opts if not o.startswith("--")), "")
            for long in longs:
                if (name, long) not in _OWN_MEANING:
                    shorts[long].add(short)
    mixed = {long: s for long, s in shorts.items() if len(s) > 1}
    assert not mixed, f"options spelt with and without their short flag: {mixed}"


def test_one_long_option_per_short_flag() -> None:
    """A short flag means one long option in every command that takes it (qa43's -s was
    --source, the source language, where -s is --scheme elsewhere)."""
    longs: dict[str, set[str]] = defaultdict(set)
    for command in COMMANDS_ALL.values():
        for p in command.params:
            if isinstance(p, click.Option):
                short = [o for o in p.opts if not o.startswith("--")]
                for flag in short:
                    longs[flag].update(o for o in p.opts if o.startswith("--"))
    mixed = {flag: sorted(names) for flag, names in longs.items() if len(names) > 1}
    assert not mixed, f"short flags of more than one long option: {mixed}"


def test_glossary_qa_help_tells_its_input_findings_and_exit_codes() -> None:
    out = CliRunner().invoke(cli, ["glossary", "qa", "--help"]).output
    assert "Usage: cli glossary qa [OPTIONS] PAIRS [TARGET_FILE]" in out
    for said in (
        "missing",
        "forbidden",
        "misspelled",
        "Exit code 0",
        "--source-lang TEXT",
        "-t, --target TEXT",
        "translit glossary qa pairs.tsv --source-lang ru -t fr",
    ):
        assert said in out, said
    assert "qa" in CliRunner().invoke(cli, ["glossary", "--help"]).output


def test_verify_takes_t_for_target() -> None:
    res = CliRunner().invoke(cli, ["verify", "-t", "en", "Исаак Бабель", "Isaac Babel"])
    assert res.exit_code == 0, res.output
    assert res.output.strip() == "accepted by: target:en"


@pytest.mark.parametrize("name", sorted(COMMANDS_ALL))
def test_help_examples_are_laid_out_as_written(name: str) -> None:
    """`glossary lookup --help` printed its text indented 4 to 10 spaces and its printf example
    cut in two: a "\\n" in the docstring was a line break, so no common indent was taken off."""
    out = CliRunner().invoke(cli, [*name.split(), "--help"]).output
    body = out.split("\nOptions:")[0].split("\n")[2:]  # (the text between Usage and Options)
    assert any(line in ("  Example:", "  Examples:") for line in body), out
    misplaced = [line for line in body if line.startswith("     ") and "translit" not in line]
    assert not misplaced, f"translit {name} --help: {misplaced}"
    for line in body:
        if "printf '" in line:
            assert line.count("'") % 2 == 0, line  # (the quoted argument on one line)
