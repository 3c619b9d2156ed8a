"""hostfix46: the language a Latin-script line that decides none of its own is read in, by
``glossary apply``, is the file's (decided once, from the sample ``-l auto`` binds a file
to), not that of the block it arrives in: one output at every ``--chunk-size``.

The text is tests/test_faults_hostile35.py's recipe: lines of the shipped ww2-roa.tbx's terms
and French, German, English and Russian function words, seeded.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from conftest import translit_cli
from hypothesis import given, settings
from hypothesis import strategies as st

from translit.errors import GlossaryError
from translit.glossary import load, shipped_path
from translit.glossary.apply import apply_text, latin_fallback

_FILLS = {
    "en": ["the", "and", "of", "was", "in", "army"],
    "de": ["der", "die", "und", "war", "im", "Heer"],
    "fr": ["le", "la", "et", "était", "dans", "armée"],
    "ru": ["и", "в", "на", "был", "армия"],
}
_GLOSSARY = load(shipped_path("ww2-roa.tbx"))


def _recipe(seed: int, count: int = 400) -> list[str]:
    """``count`` lines of hostile35's recipe (its test of a long text matched in parts)."""
    rng = random.Random(seed)
    terms = [t.text for c in _GLOSSARY.concepts for t in c.terms]
    lines = []
    for _ in range(count):
        fill = _FILLS[rng.choice(list(_FILLS))]
        words = [
            rng.choice(terms) if rng.random() < 0.3 else rng.choice(fill)
            for _ in range(rng.randint(1, 12))
        ]
        lines.append(" ".join(words))
    return lines


_LINES = _recipe(1)


@settings(max_examples=40, deadline=None)
@given(cut=st.integers(1, len(_LINES) - 1), mode=st.sampled_from(["replace", "annotate"]))
def test_a_text_cut_at_a_line_end_gives_the_whole_texts_output_with_the_fallback_given(
    cut: int, mode: str
) -> None:
    """The two halves of a text cut at a line end, each applied with the whole text's
    fallback, give what the whole text gives (each half decided its own: 4-8 lines differed)."""
    text = "\n".join(_LINES)
    fallback = latin_fallback(text)
    head, tail = "\n".join(_LINES[:cut]) + "\n", "\n".join(_LINES[cut:])
    whole = apply_text(text, _GLOSSARY, "fr", mode, fallback=fallback)
    parts = [apply_text(t, _GLOSSARY, "fr", mode, fallback=fallback) for t in (head, tail)]
    assert "".join(parts) == whole
    assert apply_text(text, _GLOSSARY, "fr", mode) == whole  # (its own: the same, whole)


#: a line of the recipe that decides no language of its own
_UNDECIDED = "Holocauste Grande Guerre patriotique was"


def test_the_fallback_decides_an_undecided_line() -> None:
    """A line of no language of its own (a line of the recipe) is read in the fallback
    given: its French Holocauste is a French term in a French line, or in a line of none,
    and no term in a German or English one (the concept's term there is Holocaust)."""
    text = _UNDECIDED
    assert latin_fallback(text) == ""
    listed = {
        fb: apply_text(text, _GLOSSARY, "en", "list", fallback=fb) for fb in ("", "fr", "de", "en")
    }
    assert listed[""] == apply_text(text, _GLOSSARY, "en", "list")
    concepts = {fb: [row.split("\t")[3] for row in got.splitlines()] for fb, got in listed.items()}
    assert concepts == {
        "": ["holocaust", "great-patriotic-war"],
        "fr": ["holocaust", "great-patriotic-war"],
        "de": ["great-patriotic-war"],
        "en": ["great-patriotic-war"],
    }


@pytest.mark.parametrize("bad", ["xx", "FR", " "])
def test_an_unknown_fallback_is_refused(bad: str) -> None:
    with pytest.raises(GlossaryError, match="unknown fallback"):
        apply_text("РОА", _GLOSSARY, "fr", fallback=bad)


_FILE = "\n".join(_LINES * 6) + "\n"  # (153 KB: blocks at 4K to 1M)


@pytest.fixture(scope="module")
def written(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """The 153 KB file and what ``glossary apply -t fr --chunk-size 1M`` writes of it."""
    src = tmp_path_factory.mktemp("hostfix46") / "mixed.txt"
    src.write_text(_FILE, encoding="utf-8")
    return src, _applied(src, "1M")


def _applied(src: Path, chunk: str) -> str:
    done = translit_cli(
        "glossary", "apply", src, "-t", "fr", "--chunk-size", chunk, "-j", "1", "-q"
    )
    assert done.returncode == 0, done.stderr.decode()
    return done.stdout.decode()


@settings(max_examples=4, deadline=None)
@given(size=st.integers(4, 1023))
def test_glossary_apply_writes_one_output_at_every_chunk_size(
    written: tuple[Path, str], size: int
) -> None:
    """``glossary apply -t fr`` of the 153 KB file at ``--chunk-size`` from 4K to 1M writes
    what 1M writes (11 lines differed between 4K and 1M)."""
    src, whole = written
    assert _applied(src, f"{size}K") == whole


def test_glossary_apply_at_4k_writes_what_1m_writes(written: tuple[Path, str]) -> None:
    """The smallest blocks (hypothesis may not draw 4K)."""
    src, whole = written
    assert _applied(src, "4K") == whole


def test_list_mode_reads_an_undecided_line_in_the_files_language(tmp_path: Path) -> None:
    """``--mode list`` reads a file a block of 1 MiB at a time: a line that decides no
    language in its second block, of French lines, was read as French there (Holocauste
    listed, and replaced by replace, whose second block it is too at 1M), though the file's
    language, from its first 64 KiB, is German. Both now read it as German: Holocauste, a
    French word in a German line, is neither listed nor replaced."""
    german = ["Der Tag war lang und die Nacht war kalt."] * 2000  # (82 KB)
    french = ["Le jour était long et la nuit était froide."] * 26000  # (1.2 MB)
    src = tmp_path / "mixed.txt"
    src.write_text("\n".join([*german, *french, _UNDECIDED]) + "\n", encoding="utf-8")
    assert latin_fallback(german[0]) == "de"
    assert latin_fallback("\n".join(french)) == "fr"
    listed = translit_cli("glossary", "apply", src, "-t", "en", "--mode", "list", "-q")
    assert listed.returncode == 0, listed.stderr.decode()
    assert [row.split("\t")[4] for row in listed.stdout.decode().splitlines()] == [
        "great-patriotic-war"
    ]
    done = translit_cli("glossary", "apply", src, "-t", "en", "-q")
    assert done.returncode == 0, done.stderr.decode()
    assert done.stdout.decode().splitlines()[-1].startswith("Holocauste Great Patriotic War")
