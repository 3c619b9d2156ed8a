"""Every scheme file loads, validates, and romanises its own sample pairs exactly."""

from __future__ import annotations

from pathlib import Path

import pytest

import translit
from translit.catalogue import _index, _raw, _resolve, get_romanizer, get_scheme, languages
from translit.scheme import merged_raw

SCHEME_DIR = Path(translit.__file__).parent / "data" / "schemes"
FILES = sorted(SCHEME_DIR.glob("*/*.toml"))


def _samples():
    for path in FILES:
        lang, sid = path.parent.name, path.stem
        scheme = get_scheme(sid, lang)
        for src, out, _ in scheme.samples:
            yield pytest.param(sid, lang, src, out, id=f"{lang}/{sid}:{src}")


@pytest.mark.parametrize("path", FILES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_scheme_file_is_valid_and_has_samples(path: Path) -> None:
    scheme = get_scheme(path.stem, path.parent.name)
    assert scheme.id == path.stem
    assert scheme.source, "every scheme names its source"
    assert len(scheme.samples) >= 3, "every scheme carries sample pairs from its standard"


@pytest.mark.parametrize(("sid", "lang", "src", "out"), list(_samples()))
def test_scheme_sample(sid: str, lang: str, src: str, out: str) -> None:
    assert get_romanizer(sid, lang).romanize(src) == out


def test_aliases_resolve_to_their_scheme() -> None:
    for lang in languages():
        for name, sid in _index(lang).items():
            assert get_scheme(name, lang).id == sid
            assert get_scheme(name.replace("-", "_").upper(), lang).id == sid


_INHERITING = [p for p in FILES if "inherit" in _raw(p.parent.name, p.stem)[1]]


@pytest.mark.parametrize("path", _INHERITING, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_a_file_that_inherits_holds_only_the_letters_it_changes(path: Path) -> None:
    # a letter written as the parent writes it is a second copy of the parent's fact (the ALA-LC
    # columns for kk ba ky tt uz tg repeated the whole generic table for 0-3 letters of their own)
    lang = path.parent.name
    raw = _raw(lang, path.stem)[1]
    parent = merged_raw(str(path), _resolve(raw["inherit"], lang), _resolve)
    same = {k for k, v in raw.get("letters", {}).items() if parent["letters"].get(k) == v}
    assert not same, f"{sorted(same)} as in {raw['inherit']}"


def test_the_ala_lc_columns_of_the_non_slavic_languages_inherit_the_generic_table() -> None:
    # (their letters and outputs were compared byte for byte before and after, marks20)
    generic = get_scheme("ala-lc-cyrillic", "any").body.letters
    for lang, own in [
        ("kk", {"ұ": "ū"}),
        ("ba", {"ҡ": "q"}),
        ("ky", {}),
        ("tt", {}),
        ("uz", {"ҳ": "ḣ"}),
        ("tg", {"ӣ": "ī", "ҳ": "ḣ", "ҷ": "j"}),
    ]:
        assert _raw(lang, "ala-lc-1997")[1]["inherit"] == "ala-lc-cyrillic"
        assert dict(get_scheme("ala-lc-1997", lang).body.letters) == {**generic, **own}
