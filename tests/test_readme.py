"""The README's Python examples (``>>>`` lines) run and print what the README says, and its
command lines do what their comments say (exit codes, outputs)."""

from __future__ import annotations

import doctest
import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

import translit

README = Path(__file__).resolve().parent.parent / "README.md"
BLOCKS = re.findall(r"```python\n(.*?)```", README.read_text(encoding="utf-8"), flags=re.S)
EXAMPLES = [b for b in BLOCKS if ">>>" in b]


def test_readme_has_examples() -> None:
    assert EXAMPLES


@pytest.mark.parametrize("block", EXAMPLES, ids=lambda b: b.splitlines()[0][:40])
def test_readme_example(block: str) -> None:
    parser = doctest.DocTestParser()
    test = parser.get_doctest(block, {}, "README", str(README), 0)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    runner.run(test, clear_globs=True)
    result = runner.summarize(verbose=False)
    assert result.failed == 0, f"README example failed:\n{block}"


# -- the README's command lines -----------------------------------------------------------------

ROOT = README.parent
SHELL = re.findall(r"```sh\n(.*?)```", README.read_text(encoding="utf-8"), flags=re.S)
#: command lines whose comment says the exit code: `translit verify … # exit 0: accepted by …`
EXIT_LINES = [
    (m[1].strip(), int(m[2]))
    for block in SHELL
    for m in re.finditer(r"^((?:printf .*?\| )?translit [^#\n]*?)\s*# exit (\d)", block, re.M)
]


def _sh(
    line: str, cwd: Path | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """``line`` in a shell (in ``cwd``, with ``env`` added), ``translit`` this checkout's
    command."""
    translit = f"{shlex.quote(sys.executable)} -m translit"
    return subprocess.run(
        ["bash", "-c", re.sub(r"(^|\| )translit ", rf"\g<1>{translit} ", line)],
        cwd=cwd or ROOT,
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "PYTHONPATH": str(ROOT), "PYTHONIOENCODING": "utf-8", **(env or {})},
    )


def test_readme_has_command_lines_with_exit_codes() -> None:
    assert len(EXIT_LINES) >= 3


@pytest.mark.parametrize(("line", "code"), EXIT_LINES, ids=lambda v: str(v)[:40])
def test_readme_command_line_exits_as_its_comment_says(line: str, code: int) -> None:
    res = _sh(line)
    assert res.returncode == code, res.stdout + res.stderr


def test_readme_first_command_romanises_the_sampler_under_bgn_pcgn() -> None:
    """``translit romanize examples/sampler.txt``: every Cyrillic word romanised, BGN/PCGN."""
    res = _sh("translit romanize examples/sampler.txt")
    assert res.returncode == 0, res.stderr
    assert not re.search("[а-яёА-ЯЁ]", res.stdout)
    assert "Yuriy Alekseyevich Gagarin" in res.stdout and "Pëtr Nikolayevich Vrangelʹ" in res.stdout


def test_readme_reader_lines() -> None:
    """The lines of the names section whose comment is their output."""
    res = _sh("printf 'Київ\\nХарків\\nІван Франко\\n' | translit romanize -l uk --target en")
    assert res.stdout.split("\n")[:3] == ["Kyiv", "Kharkiv", "Ivan Franko"]
    res = _sh("translit name-key Власов Vlasov Wlassow Vlassov")
    assert [row.split("\t")[0] for row in res.stdout.splitlines()] == ["vlasov"] * 4
    res = _sh("printf 'Андрей Власов\\nVLASOV Andrey\\n' | translit name-key")
    assert [row.split("\t")[0] for row in res.stdout.splitlines()] == ["andrei vlasov"] * 2
    res = _sh("translit verify 'Ельцин' 'Jeltzin'")
    assert "expected: Jelzin" in res.stdout


# -- outputs the README quotes in its prose -----------------------------------------------------


def _flat(text: str) -> str:
    """``text`` with each run of white space one space (the README wraps its lines)."""
    return " ".join(text.split())


#: (command line, the README's words about it, what it prints as the README says); the words
#: must still be in the README (white space aside), and the command must print each fragment
PROSE_OUTPUTS = [
    (
        "translit verify -l uk Київ Kyiv",
        "# exit 0: accepted by national, wikipedia, target:en",
        ["accepted by:", "national", "wikipedia", "target:en"],
    ),
    (
        "translit verify --target en 'Исаак Бабель' 'Isaac Babel'",
        "# exit 0: accepted by target:en",
        ["accepted by: target:en"],
    ),
    (
        "translit verify 'Пётр Ильич Чайковский' 'Peter Ilich Tchaikowskey'",
        "'Peter Ilich Tchaikowskey'` → word 3, expected Tchaikovsky)",
        ["word 3: Tchaikowskey -> expected Tchaikovsky"],
    ),
    (
        "printf 'Сербія\\n' | translit detect --explain",
        "`translit detect --explain` prints a `tie:` line",
        ["tie: uk be"],
    ),
]


@pytest.mark.parametrize(("line", "quote", "printed"), PROSE_OUTPUTS, ids=lambda v: str(v)[:40])
def test_readme_prose_outputs(line: str, quote: str, printed: list[str]) -> None:
    assert _flat(quote) in _flat(README.read_text(encoding="utf-8"))
    res = _sh(line)
    for fragment in printed:
        assert fragment in res.stdout + res.stderr, res.stdout + res.stderr


def test_readme_quoted_messages(tmp_path: Path) -> None:
    """The error and warning lines the Batch conversion section quotes, word for word."""
    text = _flat(README.read_text(encoding="utf-8"))
    notes = tmp_path / "notes.txt"
    notes.write_text("Щука\n", encoding="utf-8")
    cases = [
        (
            "translit romanize --field t notes.txt",
            {},
            "--field applies to JSONL and Parquet inputs; notes.txt is plain text: drop --field"
            " or give --format jsonl",
        ),
        (
            "translit romanize notes.txt",
            {"TRANSLIT_ROMANIZE_SHEME": "x"},
            "translit: warning: TRANSLIT_ROMANIZE_SHEME is set, but translit reads no such"
            " variable: it is ignored; did you mean TRANSLIT_ROMANIZE_SCHEME?",
        ),
        (
            "translit romanize notes.txt",
            {"TRANSLIT_ROMANIZE_BACKUP": ".b"},
            "translit: warning: TRANSLIT_ROMANIZE_BACKUP is set aside: --backup goes with"
            " --in-place",
        ),
    ]
    for line, env, quote in cases:
        assert quote in text, quote
        res = _sh(line, cwd=tmp_path, env=env)
        assert quote in _flat(res.stderr), res.stderr


def _section(start: str, end: str) -> str:
    text = README.read_text(encoding="utf-8")
    return text[text.index(start) : text.index(end)]


#: the `typed` → `read` pairs of the look-alike paragraphs (Normalisation and legacy encodings)
LOOKALIKE_PAIRS = re.findall(
    r"`([^`\n]+)` → `([^`\n]+)`",
    _section("**Look-alikes when romanising.**", "**Encodings.**"),
)


def test_readme_lookalike_pairs_are_found() -> None:
    assert len(LOOKALIKE_PAIRS) >= 8


@pytest.mark.parametrize(("typed", "read"), LOOKALIKE_PAIRS)
def test_readme_lookalike_pair(typed: str, read: str) -> None:
    """A pair that reads as Cyrillic is normalize's repair, one in Latin romanize's output."""
    if re.search("[а-яёіА-ЯЁІ]", read):
        assert translit.normalize(typed) == read
    else:
        assert translit.romanize(typed) == read


#: the README's "Cyrillic → English / German / French" triples (the names section's reader forms)
READER_TRIPLES = [
    (re.split(r"[:(]\s*", m[1].strip())[-1].strip(), m[2].strip(), m[3].strip(), m[4].strip())
    for m in re.finditer(
        r"([А-ЯЁІЇЄҐЎЈЉЊЏЂЋҚҰӨҮҢҺӘҒ][\w'’\- .]*?) → ([^/;:,()]+?) / ([^/;:,()]+?) / "
        r"([^/;:,()]+?)(?=[,;.)]|\s\(|$)",
        _flat(README.read_text(encoding="utf-8")),
    )
]


def test_readme_reader_triples_are_found() -> None:
    assert len(READER_TRIPLES) >= 10


@pytest.mark.parametrize(("name", "en", "de", "fr"), READER_TRIPLES)
def test_readme_reader_triple(name: str, en: str, de: str, fr: str) -> None:
    got = tuple(translit.romanize(name, target=t) for t in ("en", "de", "fr"))
    assert got == (en, de, fr)
