"""What README.md and docs/ARCHITECTURE.md say about the code base is true of it: the modules the
map names exist and every module is on the map, the paths the documents name exist, each flag a
README command line uses is an option of that command, and the facts they state as numbers
(the C engine's API version, the languages) are the code's. (The README's examples themselves
run in tests/test_readme.py.)"""

from __future__ import annotations

import importlib
import re
from pathlib import Path

import click
import pytest
from test_contracts import LAYERS
from test_readme import _flat, _sh

import translit
from translit.cli import COMMANDS, cli
from translit.engine import native

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
ARCHITECTURE = (ROOT / "docs" / "ARCHITECTURE.md").read_text(encoding="utf-8")
#: the map's "Modules" picture: the code block after "## Modules"
MODULE_MAP = re.search(r"## Modules\n```\n(.*?)```", ARCHITECTURE, flags=re.S)


def _module_files() -> list[Path]:
    return sorted(
        p.relative_to(ROOT / "translit")
        for p in (ROOT / "translit").rglob("*.py")
        if "__pycache__" not in p.parts
    )


def test_the_map_has_its_modules_block() -> None:
    assert MODULE_MAP is not None
    assert "api.py" in MODULE_MAP[1]


@pytest.mark.parametrize("path", _module_files(), ids=str)
def test_every_module_is_on_the_map(path: Path) -> None:
    """Each module file's name appears in the Modules picture (a package's __init__.py and
    __main__.py are named by their package: ``engine/``, ``cli/``)."""
    assert MODULE_MAP is not None
    picture = MODULE_MAP[1]
    if path.name in ("__init__.py", "__main__.py") and len(path.parts) > 1:
        assert f"{path.parts[-2]}/" in picture, path
    else:
        assert re.search(rf"(?<![\w.]){re.escape(path.name)}\b", picture), path


#: paths named in the two documents: translit/…, tests/….py, bench/….py, docs/….md, data/…
NAMED_PATHS = sorted(
    {
        m
        for text in (README, ARCHITECTURE)
        for m in re.findall(
            r"(?<![\w/.])((?:translit|tests|bench|docs|glossaries|examples|src)/[\w./*{}<>,-]*[\w*}>])",
            text,
        )
        if not re.search(r"[<>{}*]", m)
    }
)


def test_the_documents_name_paths() -> None:
    assert len(NAMED_PATHS) >= 40


@pytest.mark.parametrize("path", NAMED_PATHS)
def test_named_path_exists(path: str) -> None:
    """A path the README or the map names exists in the tree (``translit/_speedups`` and
    ``translit/_glossaries`` are what the build makes: the C source and the glossaries)."""
    built = {
        "translit/_speedups": "src/_speedups.c",
        "translit/_glossaries": "glossaries",
    }
    assert (ROOT / built.get(path, path)).exists(), path


def _command(words: list[str]) -> tuple[click.Command, list[str]]:
    """The click command ``translit words…`` runs and the words left after its name."""
    module, attr, _ = COMMANDS[words[0]]
    command = getattr(importlib.import_module(module), attr)
    rest = words[1:]
    if isinstance(command, click.Group) and rest and rest[0] in command.commands:
        command, rest = command.commands[rest[0]], rest[1:]
    return command, rest


def _flags(command: click.Command) -> set[str]:
    return {o for p in command.params for o in (*p.opts, *p.secondary_opts)} | {"-h", "--help"}


#: each `translit COMMAND …` line of the README's shell blocks, with its command's words
COMMAND_LINES = [
    line.strip()
    for block in re.findall(r"```sh\n(.*?)```", README, flags=re.S)
    for line in re.findall(r"(?:^|\| )(translit [^#\n]*)", block.replace("\\\n", " "), flags=re.M)
]


def test_the_readme_has_command_lines() -> None:
    assert len(COMMAND_LINES) >= 20


@pytest.mark.parametrize("line", COMMAND_LINES)
def test_readme_command_line_flags_are_options(line: str) -> None:
    """Every flag a README command line passes is an option of the command it runs."""
    words = line.split()[1:]
    command, _ = _command(words)
    flags = {w.split("=")[0] for w in words if re.fullmatch(r"--?[a-zA-Z][\w-]*(=.*)?", w)}
    assert flags <= _flags(command), sorted(flags - _flags(command))


def test_the_map_states_the_c_engines_api_version() -> None:
    stated = re.search(r"native\.API_VERSION \((\d+),", ARCHITECTURE)
    assert stated is not None
    assert int(stated[1]) == native.API_VERSION
    source = (ROOT / "src" / "_speedups.c").read_text(encoding="utf-8")
    assert f"#define API_VERSION {stated[1]}\n" in source


def test_the_readme_counts_the_languages() -> None:
    """ "… and ten with fewer schemes (`az ba …`, below; 19 in all)": the nine named, the ten
    listed, and the count, against ``translit.languages()``."""
    found = re.search(r"ten with fewer\s+schemes \(`([a-z ]+)`, below; (\d+) in all\)", README)
    assert found is not None
    nine = re.findall(r"\(`([a-z]{2})`\)", README[: found.start()])
    ten = found[1].split()
    assert (len(nine), len(ten)) == (9, 10)
    assert sorted(nine + ten) == sorted(translit.languages())
    assert int(found[2]) == len(translit.languages())


def _all_flags() -> set[str]:
    found = _flags(cli)
    for name in COMMANDS:
        command, _ = _command([name])
        found |= _flags(command)
        if isinstance(command, click.Group):
            for sub in command.commands.values():
                found |= _flags(sub)
    return found


#: flags of other programs the documents show: pytest-benchmark's, `dask worker`/`scheduler`'s
#: and valgrind's
OTHER_TOOLS = {
    "--benchmark-enable",
    "--benchmark-only",
    "--benchmark-timer",
    "--host",
    "--nworkers",
    "--tool",
}


def test_every_flag_the_documents_name_exists() -> None:
    """A flag named anywhere in the README or the map is an option of a translit command, of a
    bench script (``python -m bench.…``) or of one of the other tools shown."""
    bench = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "bench").glob("*.py"))
    named = {
        m
        for text in (README, ARCHITECTURE)
        for m in re.findall(r"(?<![\w-])(--[a-z][a-z0-9-]*[a-z0-9])", text)
    }
    unknown = {
        f
        for f in named - _all_flags() - OTHER_TOOLS
        if not re.search(rf"['\"]{re.escape(f)}['\"]", bench)
    }
    assert not unknown, sorted(unknown)


def test_the_maps_layers_are_the_contract_tests() -> None:
    """The map's "Arrows point down" line names the layers and the modules of the engine and
    base layers that tests/test_contracts.py's LAYERS holds, in the same order."""
    rule = re.search(r"Arrows point down: (.*?); no module", ARCHITECTURE, flags=re.S)
    assert rule is not None
    parts = [p.strip() for p in " ".join(rule[1].split()).split("→")]
    names = [p.split(" (")[0].strip("`") for p in parts]
    assert names == ["cli", "integrations", "io", "library modules", "engine", "base"]
    assert [n for n, _ in LAYERS] == ["cli", "integrations", "io", "library", "engine", "base"]
    for part, (_, prefixes) in zip(parts[4:], LAYERS[4:], strict=True):
        listed = re.findall(r"`([\w.]+)`", part.split("(", 1)[1])
        assert sorted(f"translit.{m}" for m in listed) == sorted(prefixes), part


#: the contradictory options the README's Conventions paragraph lists as usage errors (its
#: words, then a command line that makes the clash), each exit code 2
CLASHES = [
    ("`--glob` without `-r`", "translit romanize --glob '*.txt' a.txt"),
    ("`--add-field` without `--field`", "translit romanize --add-field x a.txt"),
    ("`--field` with `--column`", "translit romanize --field a --column b a.txt"),
    ("`--scheduler` without `--engine dask`", "translit romanize --scheduler tcp://h:1 a.txt"),
    ("`-s` with `--target`", "translit romanize -s iso-9 --target en a.txt"),
    ("`normalize --report` with an output option", "translit normalize --report -o b.txt a.txt"),
    ("any batch option it does not read, such as `-j`", "translit normalize --report -j 2 a.txt"),
    ("`-q` with `-v`", "translit romanize -q -v a.txt"),
    ("`-q` with `-v` or `--progress`", "translit romanize -q --progress a.txt"),
    ("`detect --min-words` without `--summary`", "translit detect --min-words 3 a.txt"),
    ("`schemes --json` with `--markdown`", "translit schemes --json --markdown"),
    (
        "`glossary apply --format` without `--mode list`",
        "translit glossary apply --target fr --format json a.txt",
    ),
    ("an unknown `-l/--lang`", "translit romanize -l xx a.txt"),
]


@pytest.mark.parametrize(("words", "line"), CLASHES, ids=[w for w, _ in CLASHES])
def test_readme_option_clashes_are_usage_errors(words: str, line: str, tmp_path: Path) -> None:
    assert _flat(words) in _flat(README)
    (tmp_path / "a.txt").write_text("Щука\n", encoding="utf-8")
    res = _sh(line, cwd=tmp_path)
    assert res.returncode == 2, res.stdout + res.stderr
    assert not (tmp_path / "b.txt").exists()
