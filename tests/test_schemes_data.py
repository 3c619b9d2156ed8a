"""Every scheme file loads, validates, and romanises its own sample pairs exactly."""

from __future__ import annotations

from pathlib import Path

import pytest

import translit
from translit.catalogue import _index, get_romanizer, get_scheme, languages

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
