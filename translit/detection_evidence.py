"""The scoring evidence's classes (:func:`translit.detection._evidence` builds them from
data/detection): kept apart so that a text decided without the evidence (rule 3: a short
Russian name) does not pay for creating them when translit.detection is imported (two frozen
dataclasses: ~12 M instructions, a quarter of that import)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import NamedTuple

from .detection_triples import Triples

__all__ = ["Evidence", "Language", "Plain"]


# (dataclasses, not NamedTuples: scoring reads their fields in every line's loop, and a
# NamedTuple's field is a descriptor, twice as slow to read; no repr or eq, which cost the import)
@dataclass(frozen=True, repr=False, eq=False)
class Language:
    code: str
    alphabet: frozenset[str]
    own: frozenset[str]  # letters Russian lacks
    logp: Mapping[str, float]
    absent: float
    statistics: bool
    endings: Mapping[str, float]
    #: its letter patterns: (regex, points, why); each regex is compiled when a text first
    #: may match it (translit.detection_patterns)
    patterns: tuple[tuple[str, float, str], ...]
    triples: Triples | None
    #: spellings its orthography excludes (``[[impossible]]``): each match counts as a letter
    #: outside its alphabet (Belarusian ў after a consonant or opening a text: Ўзбек)
    impossible: str | None
    #: the language as typed without its own letters (``plain`` in its file), or None
    plain: Plain | None
    #: the languages a tie goes to this one from (``prevails_in_tie`` in its file: Ukrainian
    #: over Belarusian, whose text is far rarer)
    prevails: frozenset[str] = frozenset()


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


@dataclass(frozen=True, repr=False, eq=False)
class Evidence:
    langs: Mapping[str, Language]
    words: Mapping[str, Mapping[str, float]]  # word -> language -> points
    ending_lengths: tuple[int, ...]
    endings: Mapping[str, tuple[tuple[str, float], ...]]  # ending -> (language, points)
    russian: frozenset[str]
    old_letters: frozenset[str]
    old_only: frozenset[str]  # ѣ ѳ ѵ ѷ: old letters no modern language has
    old_i: float  # log-probability of і in old Russian
    old_excludes: tuple[str, ...]  # languages whose alphabet must not hold a "weak" text
    old_i_misplaced: str  # і where the old spelling did not write it (a regex)
    old_i_exception: str
    old_signs: tuple[tuple[str, str | None], ...]  # (sign, unless): regexes
    #: letters only one language's alphabet has (Serbian ђ ћ, Macedonian ѓ ќ ѕ, Kazakh ұ, …),
    #: with that language
    sole: Mapping[str, str]
    #: spellings that rule a modern language out of a "weak" text as a letter it lacks would
    #: (regex, languages): ru.toml ``old_unlike``
    old_unlike: tuple[tuple[str, frozenset[str]], ...] = ()
    #: the letters of a language's former spelling (bg.toml ``former_letters``: ѫ ѣ)
    former: Mapping[str, frozenset[str]] = field(default_factory=dict)
