"""What one name rule of the reader conventions changes: the benches of the syllable readers
(``names_japanese``, ``names_korean``) romanise lines with the rule and without it (the rule's
method replaced for the while) and print the lines that differ."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import Any

from translit import romanize

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"

Off = Callable[[], AbstractContextManager[None]]


@contextmanager
def replaced(owner: Any, name: str, value: Any) -> Iterator[None]:
    """``owner.name`` is ``value`` for the while (a rule switched off)."""
    original = getattr(owner, name)
    setattr(owner, name, value)
    try:
        yield
    finally:
        setattr(owner, name, original)


def changed(lines: list[str], off: Off, lang: str = "auto") -> list[tuple[str, str, str]]:
    """(line, with the rule, without) of each line the rule changes (``romanize(line,
    lang=lang, target="en")``)."""
    on = [romanize(x, lang=lang, target="en") for x in lines]
    with off():
        without = [romanize(x, lang=lang, target="en") for x in lines]
    return [(x, a, b) for x, a, b in zip(lines, on, without, strict=True) if a != b]


def print_corpus_changes(off: Off, lang: str = "auto") -> None:
    """How many lines of the shared Russian corpus the rule changes, and the words it changes
    in each (a note when the corpus is not beside the project)."""
    if not CORPUS.is_dir():
        print(f"corpus: not found at {CORPUS}: not compared")
        return
    lines = [
        line
        for path in sorted(CORPUS.glob("ru-*.txt"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    hits = changed(lines, off, lang)
    print(f"corpus: {len(hits)} of {len(lines)} Russian lines changed")
    for line, on, without in hits:
        words = [(b, a) for a, b in zip(on.split(), without.split(), strict=False) if a != b]
        print("   ", words, "|", line[:80])
