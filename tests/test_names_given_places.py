"""A given name spelled as a place (``[given.places]`` of conventions.toml): the given name
before its surname, the place elsewhere."""

from __future__ import annotations

import pytest

import translit
from bench.given_names_tables import language_places
from translit.names.conventions import _config


@pytest.mark.parametrize("target", ["en", "de", "fr"])
def test_a_given_name_spelled_as_a_country_before_a_surname(target: str) -> None:
    # Јордан, a Macedonian and Serbian given name (nam_dict: Macedonia 7, Serbia 4) and the
    # country Jordan in CLDR's mk and sr names: before a surname, the name
    assert translit.romanize("Јордан Илиевски", lang="mk", target=target) == "Jordan Ilievski"
    assert translit.romanize("Јордан Јовановић", lang="sr", target=target) == "Jordan Jovanović"
    # Софија, Sofia the city and a Serbian and Macedonian given name
    assert translit.romanize("Софија Јовановић", lang="sr", target=target) == "Sofija Jovanović"
    assert translit.romanize("Софија Петровска", lang="mk", target=target) == "Sofija Petrovska"


@pytest.mark.parametrize(
    ("text", "lang", "target", "out"),
    [
        # the place where no surname follows: alone, before punctuation, before a small letter
        ("Јордан", "mk", "de", "Jordanien"),
        ("Јордан, Сирија", "sr", "de", "Jordanien, Syrien"),
        ("Јордан и Сирија", "mk", "fr", "Jordanie i Syrie"),
        ("Софија", "sr", "de", "Sofia"),
    ],
)
def test_the_place_elsewhere(text: str, lang: str, target: str, out: str) -> None:
    assert translit.romanize(text, lang=lang, target=target) == out


def test_every_listed_spelling_is_a_place_of_its_language() -> None:
    from translit.glossary.folding import fold

    listed = _config()["given"]["places"]
    assert listed  # (read from the file, not empty)
    for lang, spellings in listed.items():
        places = language_places(lang)
        for spelling in spellings:
            assert fold(spelling) in places, (lang, spelling)
