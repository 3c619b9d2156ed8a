"""translit schemes as transliterate packs, and transliterate's packs for other scripts."""

from __future__ import annotations

import transliterate

import translit
from translit.integrations.transliterate import register, romanize_delegated


def test_registered_packs_romanize_like_translit() -> None:
    codes = register()
    assert "ru-bgn-pcgn" in codes
    assert (
        transliterate.translit("Ельцин, ЩУКА", "ru-bgn-pcgn", reversed=True) == "Yelʹtsin, SHCHUKA"
    )
    # transliterate's own packs are still there after ours were registered
    assert "ru" in transliterate.get_available_language_codes()
    assert "el" in transliterate.get_available_language_codes()


def test_round_trip_through_a_reversible_pack() -> None:
    register()
    text = "Щёголь и Ёжик"
    latin = transliterate.translit(text, "ru-iso-9", reversed=True)
    assert latin == translit.romanize(text, scheme="iso-9", lang="ru")
    assert transliterate.translit(latin, "ru-iso-9") == text


def test_other_scripts_are_delegated_to_transliterate() -> None:
    assert romanize_delegated("Αθήνα", "el") == "Athina"
    assert translit.romanize("Αθήνα", lang="el") == transliterate.translit(
        "Αθήνα", "el", reversed=True
    )
    assert translit.romanize("თბილისი", lang="ka") == "tbilisi"
