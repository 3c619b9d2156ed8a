"""The romanisation engine: compiles a scheme :class:`~translit.scheme.Body` into a Romanizer.

One compile step (:mod:`.tables`) turns a scheme into plain tables: the three case forms of
every letter's output, the rule lists of each first letter (endings, then context rules in file
order, then multi-letter mappings, longest first) with their previous/next contexts, and the
word pattern. Two readers run those same tables:

- the C engine (``translit._speedups.Engine``, ``src/_speedups.c``), given the tables flattened
  by :func:`.tables.plain_tables`, converts a whole text in one pass; it holds no rule of its
  own, so a new scheme is still a data file;
- the interpreter (:class:`Romanizer`'s ``_word`` and ``_cased``), the reference: the test suite
  checks the C engine against it for every scheme on random text. It converts the words the C
  engine declines (a word with a combining mark other than a stress mark; a text holding the
  sentinels below), and
  everything when the
  extension is not built (no C compiler at install time, or ``TRANSLIT_PURE_PYTHON=1``), with
  the same output (``BACKEND`` says which runs).

Both read a text the same way:

1. *Words* are runs of the scheme's letters (Cyrillic, plus letters the scheme maps), with
   combining marks and the scheme's inner punctuation (e.g. the Ukrainian apostrophe) allowed
   between letters. Everything else passes through unchanged.
2. A word is lower-cased and read left to right: at each letter the scheme's rules for that
   letter are tried in order, then the plain letter. Rule contexts look at the *source*
   letters before and after the match, never at output.
3. Case is put back per source letter: a capital whose neighbour is also a capital gives an
   all-caps piece (ЩУКА → SHCHUKA, never ShchUKA), a lone capital gives a title-case piece
   (Щука → Shchuka, Ю. → Yu.). A one-letter capital word whose romanisation has several letters
   (Я, Ж, Щ …) follows its line: written in capitals when the word before or after it on the
   same line (across signs, spaces and numbers) is an all-caps word of two or more letters (Я
   ЛЮБЛЮ → YA LYUBLYU, Я 4 ГОДА → YA 4 GODA), or a one-letter word beside it, across a gap
   only, went to capitals (ЮЛЯ И Я → YULYA I YA), else in title case (Я люблю → Ya
   lyublyu). Followed by a period it is an initial, in capitals on a line in capitals (its
   held words aside: Ю. А. ГАГАРИН → YU. A. GAGARIN, ГАГАРИН Ю. А. → GAGARIN YU. A.), else in
   title case (Ю. Власов → Yu. Vlasov; ГАГАРИН Ю. А., космонавт → GAGARIN Yu. A., kosmonavt).
   A scheme with ``case.acronyms = "title"`` writes
   all-caps words without a vowel letter as acronyms with title-case digraphs (ДШК → DShK),
   but in capitals on a line in capitals (:func:`.case.caps_line`: РЕФОРМА ЖКХ → REFORMA
   ZHKKH), the one rule that the reader conventions read too. The C engine reads the line
   only when it meets such an acronym (its ``pass()`` is compiled with and without the rule).

Words never span a whitespace or any character outside the word class, so any cut at such a
character gives the same output (:meth:`Romanizer.romanize_chunks` relies on it).

Speed (see ``bench/README.md``): a short name is one C call; a text never seen before runs at
the C engine's speed, so there is no memo in front of it (converting a word in C costs what
looking it up would). In a text holding a word it declines, the C engine still converts the
stretches between such words; the interpreter converts those words and memoises them
(bounded, :mod:`.memo`), and the one-letter capital words are settled over the whole text.

A Romanizer is immutable; its memo is a private cache whose content never changes a result,
and the C engine holds no state between calls, so one instance can be shared by threads.
"""

from __future__ import annotations

from .._lazy import lazy_names

__all__ = ["BACKEND", "Memo", "Romanizer"]

TYPE_CHECKING = False  # (not typing.TYPE_CHECKING: typing would cost more than the package)
if TYPE_CHECKING:  # pragma: no cover - for type checkers and IDEs only
    from .memo import Memo
    from .native import BACKEND
    from .romanizer import Romanizer

# lazy (PEP 562), so that a module needing only .native (the normaliser's quick scan) does
# not load the romaniser and its tables
__getattr__, __dir__ = lazy_names(
    __name__,
    {
        "BACKEND": f"{__name__}.native",
        "Memo": f"{__name__}.memo",
        "Romanizer": f"{__name__}.romanizer",
    },
)
