"""What user32 left open, decided as users expect (user33): a German or English text naming
places of Ukraine and Belarus in their own spellings, a JSONL field that holds a list of
strings, ``same_name`` on a text of megabytes, ``translit verify -l be``, and which scheme
``translit schemes --json`` marks the default.

Each test states what a user reading the README, the help or the message expects, not what
the code printed.
"""

from __future__ import annotations

import json

import pytest
from conftest import translit_cli

# -- 5. `translit schemes --json` says which scheme is the default --------------------------------


@pytest.mark.parametrize(
    ("lang", "default"),
    # PCGN's "Romanization of Ukrainian" (2019) is the national system BGN/PCGN adopted; the
    # Bulgarian one of 2013 likewise; BGN/PCGN's Belarusian table is of 1979
    [("uk", "bgn-pcgn-2019"), ("bg", "bgn-pcgn-2013"), ("be", "bgn-pcgn"), ("ru", "bgn-pcgn")],
)
def test_the_json_listing_marks_the_default(lang: str, default: str) -> None:
    """The text listing marks `[default]`; a program reading `--json` had no such key and had
    to know the languages.toml table to find it. Each language's one default is `true`, ISO 9
    (every Cyrillic language's, no language's own) is no language's default."""
    res = translit_cli("schemes", "--json", "--lang", lang)
    assert res.returncode == 0, res.stderr.decode()
    items = json.loads(res.stdout)
    assert [s["id"] for s in items if s["default"] is True] == [default]
    assert all(s["default"] is False for s in items if s["id"] != default)


def test_the_json_and_text_listings_agree() -> None:
    """One answer to "which is the default", whichever listing a user reads."""
    listed = translit_cli("schemes").stdout.decode().splitlines()
    text = {(ln.split()[0], ln.split()[1]) for ln in listed if "[default]" in ln}
    items = json.loads(translit_cli("schemes", "--json").stdout)
    assert text == {(s["language"], s["id"]) for s in items if s["default"]}
    assert len(text) == len({s["language"] for s in items} - {"any"})


# -- 3. the name keys refuse a text of megabytes, as verify does ----------------------------------


@pytest.mark.parametrize(
    ("call", "param"),
    [("name_key", "name"), ("same_name", "a"), ("same_name", "b")],
)
def test_a_name_key_of_a_whole_text_is_refused(call: str, param: str) -> None:
    """`verify` refused a text past 4,000 Cyrillic (16,000 Latin) characters, and said so;
    `name_key` and `same_name` took 12 s on 9.6 M characters to give a "key" as long as the
    text. A text that long is a mistake (a file's contents for a name): a TranslitError names
    the parameter and the limit. A name of the length verify takes is keyed as before."""
    import translit

    text = "Фёдор Михайлович Достоевский " * 600  # 17,400 characters
    args = {"name": (text,), "a": (text, "Dostoevsky"), "b": ("Dostoevsky", text)}[param]
    with pytest.raises(translit.TranslitError) as info:
        getattr(translit, call)(*args)
    assert isinstance(info.value, ValueError)
    assert f"`{param}` has 17,400 characters, past 16,000" in str(info.value)
    assert "one name at a time" in str(info.value)
    longest = text[:16_000]  # (the longest taken: no error)
    assert translit.name_key(longest).startswith(translit.name_key("Фёдор Михайлович"))
    assert translit.same_name(longest, longest)


def test_a_glossary_lookup_of_a_long_text_still_answers() -> None:
    """The glossary lookup keys its text by name too: past the name limit it looks up the
    other ways and does not raise."""
    from translit.glossary import load, lookup, shipped_path

    g = load(shipped_path("ww2-roa.tbx"))
    assert lookup(g, "Москва " * 3000) == []


def test_name_key_on_the_command_line_names_its_argument() -> None:
    """`translit name-key` tells the limit as its argument, NAME (it has no --name)."""
    res = translit_cli("name-key", "Ж" * 16_001)
    assert res.returncode != 0
    assert "NAME has 16,001 characters, past 16,000" in res.stderr.decode()
