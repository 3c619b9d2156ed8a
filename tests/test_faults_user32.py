"""What users met, user32: a programmer romanising and detecting Ukrainian, Belarusian and the
other languages from Python, a translator of German and English texts about Ukraine and
Belarus, and a data engineer (mixed CSV and JSONL files, pandas, mojibake), following the
README, ``--help`` and the docstrings alone.

Each test states what the README or the help promises, or what a user reading the message
needs, not what the code printed.
"""

from __future__ import annotations

import pytest

# -- 1. UTF-8 read as ISO-8859-1 (Latin-1) is mojibake normalize repairs -----------------------


@pytest.mark.parametrize(
    "text",
    [
        "Київ — столиця України",
        "Лукашэнка сустрэўся з Пуціным у Мінску",
        "София е столицата на България",
    ],
)
def test_utf8_read_as_latin_1_comes_back(text: str) -> None:
    """A UTF-8 CSV read with pandas' ``encoding="latin-1"`` (the usual way round a
    UnicodeDecodeError) holds every byte 0x80-0x9F as a C1 control, where windows-1252 has
    letters: ``Ð\\x9aÐ¸Ñ\\x97Ð²`` for Київ. `translit.normalize` repairs "UTF-8 read as
    windows-1252 (also with its five undefined bytes kept as C1 controls)", and left this
    reading as it was, or worse, repaired the words without such a byte (`е`, `на`) and left
    the others."""
    import translit

    misread = text.encode("utf-8").decode("latin-1")
    assert translit.normalize(misread) == text
    # and windows-1251 bytes read so: the em dash 0x97 is a C1 control in Latin-1
    misread = text.encode("cp1251", errors="ignore").decode("latin-1")
    assert translit.normalize(misread) == text.encode("cp1251", errors="ignore").decode("cp1251")
