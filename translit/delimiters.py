"""Excel's ``sep=`` line: the first line with which a CSV file names its delimiter.

Excel writes ``sep=;`` (de, fr, ru locales, where the decimal separator is a comma) and
honours it on reading: when the whole first line is ``sep=`` and one character, that
character is the delimiter and the line is no record (the header follows). ``sep=\\t`` (a
backslash and a t, as people type it) names the tab. Both CSV readers ask this one rule: the
glossary tables (:mod:`translit.glossary.tabular`) and the batch CSV format
(:mod:`translit.io.formats.delimited`), which keeps the line in its output as read. A first
line of ``sep=`` and no letter nor digit that names no one character (``sep=;;``, ``sep=``)
is refused by both (:func:`sep_line_problem`): read as the header, it made a glossary's terms ``und``.
"""

from __future__ import annotations

import re

from .errors import shown

__all__ = ["excel_sep", "sep_line_problem"]

#: the whole first line: ``sep=``, one character (or ``\t``), the line end or the text's end
_SEP_LINE = re.compile(r"sep=(\\t|[^\r\n])(?:\r\n|\n|\r?\Z)")
#: a first line meant as one, which names no column either: ``sep=`` and no letter nor digit
#: but ``\t`` (``sep=;;``, ``sep=``); ``sep=x,name`` is a header whose first column is named ``sep=x``
_SEP_ATTEMPT = re.compile(r"sep=(?:\\t|[^\w\r\n])*(?:\r\n|\n|\r|\Z)")


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


def sep_line_problem(text: str, delimiter: str | None = None) -> str | None:
    """Why the first line of ``text``, ``sep=`` and no letter nor digit as Excel's delimiter
    line, is none (None: it is one, or the line is no such attempt: ``sep=x,name`` is a header
    naming a column ``sep=x``), or one naming another character than the ``delimiter`` the
    file is read with (its ``.tsv`` suffix or the caller's: the batch kept the caller's, the
    glossary tables the line's). The caller names the file and line 1.

    >>> print(sep_line_problem("sep=;;\\nru;en\\n"))
    the first line 'sep=;;' names no delimiter: Excel's line is sep= and one character (sep=; or sep=\\t); correct it, or remove the line
    >>> [sep_line_problem(t) is None for t in ("sep=;\\nru;en\\n", "ru;en\\n", "sep=;;name\\n")]
    [True, True, True]
    >>> print(sep_line_problem("sep=,\\nru\\ten\\n", "\\t"))
    the first line 'sep=,' names the delimiter ',', where the file is read with '\\t' (its suffix or the delimiter given); correct the line, or give the delimiter it names
    """
    declared = excel_sep(text)
    if declared and delimiter is not None and declared[0] != delimiter:
        return (
            f"the first line {shown(text[: declared[1]].rstrip())} names the delimiter "
            f"{declared[0]!r}, where the file is read with {delimiter!r} (its suffix or the "
            "delimiter given); correct the line, or give the delimiter it names"
        )
    if declared is not None or not _SEP_ATTEMPT.match(text):
        return None
    return (
        f"the first line {shown(text.splitlines()[0])} names no delimiter: Excel's line is sep= and one character "
        "(sep=; or sep=\\t); correct it, or remove the line"
    )
