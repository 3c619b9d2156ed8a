"""Fault suite, twelfth sweep: numbers written in other digits than 0-9, the report of a failed
input under any ``-j``, and the commands and conditions earlier sweeps touched least.

The bar: no traceback, no data lost, atomic outputs, exit codes 0/1/2/130, and a message that
names the file (or option, or variable), the line, what is wrong and what to do.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from translit.cli import cli

ROOT = Path(__file__).resolve().parent.parent

#: numbers ``int()`` (or ``float()``) reads that are not written in the digits 0-9: Arabic-Indic
#: three, fullwidth three, Devanagari three, mathematical bold three, NKo three, a digit
#: separator, a sign
NOT_ASCII_DIGITS = ["٣", "３", "३", "𝟑", "߃", "1_0", "+2"]


def _invoke(args: list[str], env: dict[str, str] | None = None) -> tuple[int, str]:
    done = CliRunner().invoke(cli, args, input="Щука\n", env=env)
    return done.exit_code, done.output


@pytest.mark.parametrize("value", NOT_ASCII_DIGITS)
@pytest.mark.parametrize(
    ("command", "option", "variable", "suffix"),
    [
        (["romanize", "-l", "ru"], "--jobs", "TRANSLIT_JOBS", ""),
        (["normalize"], "--jobs", "TRANSLIT_JOBS", ""),
        (["romanize", "-l", "ru"], "--chunk-size", "TRANSLIT_CHUNK_SIZE", "K"),
        (["reverse", "-s", "iso-9"], "--chunk-size", "TRANSLIT_CHUNK_SIZE", ""),
        (["detect", "--summary"], "--min-words", "TRANSLIT_DETECT_MIN_WORDS", ""),
    ],
)
def test_a_number_in_other_digits_is_a_usage_error(
    command: list[str], option: str, variable: str, suffix: str, value: str
) -> None:
    """``TRANSLIT_JOBS=٣`` (an Arabic-Indic three) ran with three processes: click's integer
    reads what ``int()`` reads, every Unicode decimal digit, ``1_0`` and ``+2``; a size read
    them through ``float()``. Typed or from the environment, each is now refused (exit 2)
    with the option, the variable when it came from there, and what to write."""
    typed = _invoke([*command, option, value + suffix])
    from_env = _invoke(command, env={variable: value + suffix})
    for code, output in (typed, from_env):
        assert code == 2, output
        assert option in output and "digits 0-9" in output, output
        assert "Traceback" not in output
    assert variable in from_env[1], from_env[1]


@pytest.mark.parametrize(
    ("option", "value"),
    [("--jobs", "2"), ("--jobs", " 1 "), ("--chunk-size", "64K"), ("--chunk-size", "1.5m"),
     ("--chunk-size", "65536"), ("--chunk-size", "64kb")],
)  # fmt: skip
def test_numbers_in_ascii_digits_still_work(option: str, value: str) -> None:
    assert _invoke(["romanize", "-l", "ru", option, value]) == (0, "Shchuka\n")
