"""The scoring evidence's classes (:func:`translit.detection._evidence` builds them from
data/detection): kept apart so that a text decided without the evidence (rule 3: a short
Russian name) does not pay for creating them when translit.detection is imported.

Plain classes, made once a process: not dataclasses, whose import (inspect, ast, dis,
tokenize: ~25 M instructions) the first scored text of a process paid for nothing else; not
NamedTuples, whose fields scoring reads in every line's loop (a NamedTuple's field is a
descriptor, twice as slow to read as an instance's attribute)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import NamedTuple

from .detection_triples import Triples

__all__ = ["Evidence", "Language", "Plain"]


class Language:
    """A language's evidence: its alphabet, letter and triple models, words, endings and
    patterns (its file of data/detection)."""

    def __init__(  # noqa: PLR0917 - the dataclass's signature it replaced, which _evidence uses
        self,
        code: str,
        alphabet: frozenset[str],
        own: frozenset[str],
        logp: Mapping[str, float],
        absent: float,
        statistics: bool,
        endings: Mapping[str, float],
        patterns: tuple[tuple[str, float, str], ...],
        triples: Triples | None,
        impossible: str | None,
        plain: Plain | None,
        prevails: frozenset[str] = frozenset(),
        excludes: tuple[tuple[str, str], ...] = (),
        holds_tie: str | None = None,
        triples_from: str | None = None,
    ) -> None:
        self.code = code
        self.alphabet = alphabet
        self.own = own  # letters Russian lacks
        self.logp = logp
        self.absent = absent
        self.statistics = statistics
        self.endings = endings
        #: its letter patterns: (regex, points, why); each regex is compiled when a text first
        #: may match it (translit.detection_patterns)
        self.patterns = patterns
        self.triples = triples
        #: spellings its orthography excludes (``[[impossible]]``): each match counts as a
        #: letter outside its alphabet (Belarusian ў after a consonant or opening a text: Ўзбек)
        self.impossible = impossible
        #: the language as typed without its own letters (``plain`` in its file), or None
        self.plain = plain
        #: the languages a tie goes to this one from (``prevails_in_tie`` in its file:
        #: Ukrainian over Belarusian, whose text is far rarer)
        self.prevails = prevails
        #: the ``[[impossible]]`` spellings one by one, (regex, name), that an explanation
        #: names where they ruled the language out (Ukrainian: е closing a word after а о я)
        self.excludes = excludes
        #: what a text must hold for this language to keep a tie from one that prevails over
        #: it (``tie_evidence`` in its file, one regex: Rusyn's ы beside і ї є ґ, its own
        #: words), or None: fewer of the text's letters outside its alphabet keep it
        self.holds_tie = holds_tie
        #: having no triple table of its own, the language whose table also reads it, taken
        #: where it scores better than the best reader (``triples_from`` in its file: Rusyn,
        #: Ukrainian's), or None
        self.triples_from = triples_from


class Plain(NamedTuple):
    """A language typed without its own letters (``plain`` in its file: Kazakh қ as к, і as и):
    its letter frequencies and triples with each own letter counted as the one that stands for
    it, and its words and endings so spelled, read on a text that holds none of its own
    letters."""

    logp: Mapping[str, float]
    triples: Triples | None
    #: its function words as typed so, those its list does not already hold
    words: frozenset[str]
    #: its endings and their spellings typed so (the longest listed counts, as in ``endings``)
    endings: Mapping[str, float]


class Evidence:
    """The evidence of every language, and what the old Russian spelling is told by."""

    def __init__(  # noqa: PLR0917 - the dataclass's signature it replaced, which _evidence uses
        self,
        langs: Mapping[str, Language],
        words: Mapping[str, Mapping[str, float]],
        ending_lengths: tuple[int, ...],
        endings: Mapping[str, tuple[tuple[str, float], ...]],
        russian: frozenset[str],
        old_letters: frozenset[str],
        old_only: frozenset[str],
        old_i: float,
        old_excludes: tuple[str, ...],
        old_i_misplaced: str,
        old_i_exception: str,
        old_signs: tuple[tuple[str, str | None], ...],
        sole: Mapping[str, str],
        old_unlike: tuple[tuple[str, frozenset[str]], ...] = (),
        former: Mapping[str, frozenset[str]] | None = None,
    ) -> None:
        self.langs = langs
        self.words = words  # word -> language -> points
        self.ending_lengths = ending_lengths
        self.endings = endings  # ending -> (language, points)
        self.russian = russian
        self.old_letters = old_letters
        self.old_only = old_only  # ѣ ѳ ѵ ѷ: old letters no modern language has
        self.old_i = old_i  # log-probability of і in old Russian
        self.old_excludes = old_excludes  # languages whose alphabet must not hold a "weak" text
        self.old_i_misplaced = old_i_misplaced  # і where the old spelling did not write it
        self.old_i_exception = old_i_exception
        self.old_signs = old_signs  # (sign, unless): regexes
        #: letters only one language's alphabet has (Serbian ђ ћ, Macedonian ѓ ќ ѕ, Kazakh ұ,
        #: …), with that language
        self.sole = sole
        #: spellings that rule a modern language out of a "weak" text as a letter it lacks
        #: would (regex, languages): ru.toml ``old_unlike``
        self.old_unlike = old_unlike
        #: the letters of a language's former spelling (bg.toml ``former_letters``: ѫ ѣ)
        self.former: Mapping[str, frozenset[str]] = former if former is not None else {}
