"""Broken scheme files are rejected with the file and the key named."""

from __future__ import annotations

import pytest

from translit import Romanizer, SchemeError, read_scheme

GOOD = """
id = "demo"
language = "ru"
source = "test"
samples = [["аб", "ab"]]

[letters]
"а" = "a"
"б" = "b"
"""


def test_good_file_loads() -> None:
    s = read_scheme("demo.toml", GOOD)
    assert s.id == "demo" and s.body.letters["а"] == "a"


def test_case_capitals_give_a_letters_own_capital() -> None:
    text = GOOD.replace('"а" = "a"', '"а" = "i"') + '\n[case]\ncapitals = { "i" = "İ" }\n'
    r = Romanizer(read_scheme("demo.toml", text))
    assert r.romanize("Аб АБ аб") == "İb İB ib"
    assert Romanizer(read_scheme("demo.toml", GOOD)).romanize("Аб АБ") == "Ab AB"


@pytest.mark.parametrize(
    ("text", "key", "words"),
    [
        (GOOD.replace('"б" = "b"', '"б" = "б"'), "letters.б", "Cyrillic"),
        (GOOD.replace('"б" = "b"', '"Б" = "b"'), "letters.Б", "lowercase"),
        (
            GOOD + '\n[[rules]]\nmatch = "а"\nout = "x"\nprev = "{vowels}"\n',
            "rules[0].prev",
            "unknown class",
        ),
        (GOOD + '\n[[rules]]\nmatch = "а"\nout = "x"\nnext = "^"\n', "rules[0].next", "'$'"),
        (
            GOOD + '\n[[rules]]\nmatch = "а"\nout = "x"\npervious = "а"\n',
            "rules[0].pervious",
            "unknown key",
        ),
        (
            GOOD + '\n[[rules]]\nmatch = "а"\nout = "x"\nsamples = []\n',
            "rules[0].samples",
            "unknown key",
        ),
        (GOOD.replace('id = "demo"', 'id = "Demo_1"'), "id", "lowercase"),
        (
            GOOD.replace('samples = [["аб", "ab"]]', 'samples = [["аб"]]'),
            "samples[0]",
            "[input, output]",
        ),
        (GOOD + "\nrevesible = true\n", "letters.revesible", "output"),
        (
            GOOD.replace('source = "test"', 'source = "test"\nreversable = true'),
            "reversable",
            "unknown key",
        ),
        (GOOD + '\n[case]\ncapitals = { "I" = "İ" }\n', "case.capitals", "lower-case"),
        ("id = \n", "", "not valid TOML"),
        (GOOD.replace('source = "test"', 'source = "test"\nyear = "1947"'), "year", "whole"),
        (
            GOOD + '\n[[reverse_exceptions]]\npattern = "ыы"\nexample = "ы"\nwhy = "w"\n',
            "reverse_exceptions[0].example",
            "match the pattern",
        ),
        (
            GOOD + '\n[[reverse_exceptions]]\npattern = "(ы"\nexample = "ы"\nwhy = "w"\n',
            "reverse_exceptions[0].pattern",
            "regular expression",
        ),
        (
            GOOD + '\n[[reverse_exceptions]]\npattern = "ы"\nexample = "ы"\n',
            "reverse_exceptions[0]",
            "exactly the keys",
        ),
    ],
)
def test_broken_files_name_file_and_key(text: str, key: str, words: str) -> None:
    with pytest.raises(SchemeError) as err:
        read_scheme("broken.toml", text)
    assert err.value.path == "broken.toml"
    assert err.value.key == key
    assert words in str(err.value)
