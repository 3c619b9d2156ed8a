"""The romanisation engine: compiles a scheme :class:`~translit.scheme.Body` into a Romanizer.

How text flows through a :class:`Romanizer`:

1. The text is cut at spaces into tokens; each token's result is memoised (bounded), so the hot
   path is a split, one look-up per token and a join. Where the optional C extension
   ``translit._speedups`` is built (``src/_speedups.c``), its ``TokenMemo`` does these
   three steps in one pass over the text's buffer, without a string object per token, and hands
   the tokens it does not know back to step 2; it holds no rule. Without it (no C compiler at
   install time, or ``TRANSLIT_PURE_PYTHON=1``) a dict and ``str.split``/``str.join`` do the
   same, with the same output (``BACKEND`` says which is in use).
2. On a token miss, a compiled regex finds the *words* in it: runs of the scheme's letters
   (Cyrillic, plus letters the scheme maps), with combining marks and the scheme's inner
   punctuation (e.g. the Ukrainian apostrophe) allowed between letters. Everything else passes
   through unchanged. Words are memoised too.
3. On a word miss, the word is lower-cased and read left to right: at each letter the scheme's
   rules for that letter are tried in order (endings, then context rules in file order, then
   multi-letter mappings, longest first), then the plain letter. Rule contexts look at the
   *source* letters before and after the match, never at output.
4. Case is put back per source letter: a capital whose neighbour is also a capital gives an
   all-caps piece (ЩУКА → SHCHUKA, never ShchUKA), a lone capital gives a title-case piece
   (Щука → Shchuka, Ю. → Yu.). A one-letter capital word whose romanisation has several letters
   (Я, Ж, Щ …) follows its line: written in capitals when the word before or after it on the
   same line is an all-caps word of two or more letters (Я ЛЮБЛЮ → YA LYUBLYU), else in title
   case (Я люблю → Ya lyublyu); followed by a period it is an initial (Ю. Власов → Yu. Vlasov),
   in capitals only after an all-caps word. A scheme with ``case.acronyms = "title"`` writes all-caps words
   without a vowel letter as acronyms with title-case digraphs (ДШК → DShK).

Words never span a whitespace or any character outside the word class, so any cut at such a
character gives the same output (:meth:`Romanizer.romanize_chunks` relies on it).

Speed (see ``bench/README.md``): steps 2-4 run once per *distinct* token and word, in batches.
A text's unknown tokens are joined into one string and cut into words with one ``re.split``.
When every one of those words is lower-case or capitalised (the common case of new text), they
go straight through the rules and the lower-case table described next, with no word memo
(``Bulk.plain``). Otherwise the unknown words are sorted by shape with a regex: lower-case or
capitalised words (``щука``, ``Щука``) and all-caps words (``ЩУКА``) made only of plain letters
are converted together by one ``re.sub`` of the scheme's rules, compiled into a single
alternation with the rule contexts as look-arounds (each match becomes a private-use
placeholder for its rule), then one ``str.translate`` that writes each letter and placeholder
in the word's case. Any other word (mixed case, combining marks, unusual letters) goes through the interpreter of
step 3. Both routes give identical output: ``_romanize_reference`` is the *reference mode*,
the same interpreter run on every word with the memo tables and the batch route disabled,
and the test suite checks the two against each other for every scheme on random text.

A Romanizer is immutable; its memo tables are private caches whose content never changes a
result, so one instance can be shared by threads.
"""

from __future__ import annotations

from .memo import Memo
from .native import BACKEND
from .romanizer import Romanizer

__all__ = ["BACKEND", "Memo", "Romanizer"]
