"""Excel's ``sep=`` line: the first line with which a CSV file names its delimiter.

Excel writes ``sep=;`` (de, fr, ru locales, where the decimal separator is a comma) and
honours it on reading: when the whole first line is ``sep=`` and one character, that
character is the delimiter and the line is no record (the header follows). ``sep=\\t`` (a
backslash and a t, as people type it) names the tab. Both CSV readers ask this one rule: the
glossary tables (:mod:`translit.glossary.tabular`) and the batch CSV format
(:mod:`translit.io.formats.delimited`), which keeps the line in its output as read.
"""

from __future__ import annotations

import re

__all__ = ["excel_sep"]

#: the whole first line: ``sep=``, one character (or ``\t``), the line end or the text's end
_SEP_LINE = re.compile(r"sep=(\\t|[^\r\n])(?:\r\n|\n|\r?\Z)")


def excel_sep(text: str) -> tuple[str, int] | None:
    """The delimiter the first line of ``text`` names as Excel's ``sep=`` line and where the
    next line starts (the ``sep=`` line's length with its line end), else None. A byte-order
    mark is the caller's to remove.

    >>> excel_sep("sep=;\\nid;name\\n"), excel_sep("sep=\\\\t\\r\\nid\\tname"), excel_sep("sep=|")
    ((';', 6), ('\\t', 8), ('|', 5))
    >>> excel_sep("sep=x,name\\n1,a\\n") is None, excel_sep("sep=\\n") is None
    (True, True)
    """
    m = _SEP_LINE.match(text)
    if m is None:
        return None
    return ("\t" if m[1] == "\\t" else m[1]), m.end()
