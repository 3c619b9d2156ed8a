"""auto44: ``-l auto`` on records and ``-l auto-line`` pay less per value, deciding the same.

A value decided within a column of another language than Russian (``decide_in``) was read by
the full explanation (the reason, the ranking, the function words, the notes of excluded
spellings), and its text prepared twice; it now asks :func:`translit.detection._explain` for
the scores and the tie alone (``scored``), which must be what the full explanation holds.
Values up to 512 characters are memoised as names were. The texts are the shared UD corpus
files' sentences and pieces of them (every language's file), and hypothesis's texts of
corpus-like words.
"""

from __future__ import annotations

import random
import re

from conftest import CORPUS, needs_corpus
from hypothesis import example, given, settings
from hypothesis import strategies as st

from translit import autodetect
from translit.detection import LANGUAGES, _evidence, _explain, _shares, decide_in
from translit.detection_patterns import SPACES, within_words

# words of several languages, with letters of their own, letters they share (і: uk be kk ky;
# ў: be uz), and Russian's, so texts of them fall to the scores, to ties and to own letters
_WORDS = [
    "Київ",
    "столиця",
    "України",
    "Сербія",
    "Мінск",
    "сталіца",
    "Беларусі",
    "Іван",
    "Петрович",
    "і",
    "це",
    "що",
    "този",
    "е",
    "държава",
    "София",
    "съм",
    "който",
    "Скопје",
    "ѓе",
    "ќе",
    "каде",
    "Јован",
    "Ђорђе",
    "шта",
    "је",
    "Қазақстан",
    "және",
    "бір",
    "Кыргызстан",
    "менен",
    "үчүн",
    "болуп",
    "Москва",
    "столица",
    "России",
    "и",
    "это",
    "Щёлково",
    "Россія",
    "было",
    "годъ",
    "Ўладзімір",
    "дзе",
    "ёсць",
    "сябры",
]
_TEXTS = st.lists(
    st.one_of(
        st.sampled_from(_WORDS),
        st.text(
            st.sampled_from("абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґўјљњћђқүөңә"),
            min_size=1,
            max_size=9,
        ),
    ),
    min_size=1,
    max_size=14,
).map(" ".join)


def _what_decide_in_reads(text: str) -> tuple[str, tuple[str, ...], dict[str, float]]:
    """The language, the tie and the scores of the full explanation of ``text``."""
    full = _explain(text)
    return full.lang, full.tied, dict(full.scores)


def _scored(text: str) -> tuple[str, tuple[str, ...], dict[str, float]]:
    found = _explain(text, full=False, scored=True)
    return found.lang, found.tied, dict(found.scores)


@given(_TEXTS)
@example("Сербія Сербія Сербія")  # a tie of Ukrainian and Belarusian
@example("Петрович")
@example("Россія")
@settings(max_examples=300, deadline=None)
def test_the_scored_decision_holds_what_the_full_one_does(text: str) -> None:
    assert _scored(text) == _what_decide_in_reads(text)


@needs_corpus
def test_the_scored_decision_on_every_corpus_file() -> None:
    """Every UD file's lines (every 7th) and pieces of 1-6 words of them."""
    rng = random.Random(44)
    checked = 0
    for path in sorted(CORPUS.glob("*.txt")):
        lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]
        for line in lines[::7]:
            words = line.split()
            k = rng.randint(1, min(6, len(words)))
            i = rng.randrange(len(words) - k + 1)
            for text in (line, " ".join(words[i : i + k])):
                assert _scored(text) == _what_decide_in_reads(text), (path.name, text)
                checked += 1
    assert checked > 2000


@given(_TEXTS.map(lambda t: (t + " ") * (1 + 80 // (len(t) + 1))), st.sampled_from(LANGUAGES))
@settings(max_examples=60, deadline=None)
def test_a_long_value_decided_twice_is_decided_as_alone(text: str, within: str) -> None:
    """A value of 64-512 characters, memoised: its second decision is its first, and both are
    ``decide_in`` of the text as the decision reads it (no memo)."""
    fresh = decide_in(autodetect._repaired(text), within)
    assert autodetect._decided(text, within) == fresh
    assert autodetect._decided(text, within) == fresh
    assert autodetect.detect(text) == fresh[1] == autodetect.detect(text)


# auto46: under ``-l auto-line`` a record's value is decided (and counted) alone, then its line
# romanised: the line is decided less its line end, which the decision must not read (it was
# decided with it, a second decision for every value)
_ENDS = st.sampled_from(["\n", "\r\n", "\r"])


@given(_TEXTS, _ENDS)
@example("Сербія", "\n")
@example("Петрович Петро", "\r\n")
@settings(max_examples=300, deadline=None)
def test_a_line_end_does_not_change_the_decision(text: str, end: str) -> None:
    assert autodetect.auto_language(text + end) == autodetect.auto_language(text)
    assert autodetect._decide(text + end) == autodetect._decide(text)


@needs_corpus
def test_a_line_end_does_not_change_the_decision_on_the_corpus() -> None:
    """Every line of every corpus file (the seed's too), alone and with each line end."""
    checked = 0
    for path in sorted(CORPUS.glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines()[::3]:
            alone = autodetect._decide(line)
            for end in ("\n", "\r\n", "\r"):
                assert autodetect._decide(line + end) == alone, (path.name, line, end)
            checked += 1
    assert checked > 3000


def test_auto_line_romanises_each_line_as_alone() -> None:
    """Each line as the file of its own language it would be alone, whatever its neighbours
    (сè, a Latin è, beside other Macedonian lines: its grave kept as сѐ's, alone too)."""
    from translit.cli.romanize import AUTO_LINE, Romanize

    text = "Київ\nЛьвів\r\nГоголь\nМосква\rМінск\n\nЌе ти дадам сè што ќе посакаш.\n"
    text += "Не ни се јавија, значи нема да дојдат.\nNATO"
    by_line = "".join(Romanize(None, AUTO_LINE)(line) for line in text.splitlines(keepends=True))
    assert Romanize(None, AUTO_LINE)(text) == by_line
    assert Romanize(None, AUTO_LINE)(text).splitlines()[:3] == ["Kyiv", "Lviv", "Gogolʹ"]
    assert "dadam sè što" in by_line


# auto46: the patterns no match of which reaches past a space (detection_patterns.within_words)
# are counted in a text's words, each word's points kept: the sums must be the whole text's
_SPACED = st.text(
    st.sampled_from(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґўјљњћђѓќѕџқүөңәғұһ"
        "-'’ʼ.,!?0123456789_ \t\n\u00a0\u2028\u3000"
    ),
    max_size=60,
)


def _whole_text(text: str) -> tuple[int, ...]:
    """What :meth:`_Shares.by_word` must give for ``text``, from its patterns on the whole."""
    sh = _shares()
    n = len(sh.codes)
    out = [0] * (2 * n)
    for rx, _, langs in sh.word_patterns:
        found = len(re.findall(rx, text))
        for k, pts in langs:
            out[k] += pts * found
    for k, rx in sh.word_impossible:
        out[n + k] = len(re.findall(rx, text))
    return tuple(out)


@given(st.one_of(_SPACED, _TEXTS.map(str.lower)))
@example("по-русски ць і кінець зрабіць")
@example("ъ ъе най-добрият шт аа\u00a0в с ся")
@settings(max_examples=400, deadline=None)
def test_patterns_counted_word_by_word_are_the_whole_texts(text: str) -> None:
    _evidence()
    assert _shares().by_word(text) == _whole_text(text)
    assert _shares().by_word(text) == _whole_text(text)  # (the words' memo)


def test_the_patterns_counted_word_by_word() -> None:
    """Most patterns are (uk's excluded spellings too); those that read across a space (be's
    ў after a word, mk's function words) are searched in the whole text."""
    sh = _shares()
    assert len(sh.word_patterns) >= 25 and len(sh.all_patterns) >= 1
    assert [sh.codes[k] for k, _ in sh.word_impossible] == ["uk"]
    assert not within_words(r"(?<![^\W\d_][\s-])ў") and within_words("(?<![а-я])по-[а-я]")
    assert "".join(c for c in map(chr, range(0x110000)) if c.isspace()) == SPACES


@needs_corpus
def test_patterns_counted_word_by_word_on_every_corpus_file() -> None:
    checked = 0
    for path in sorted(CORPUS.glob("*.txt")):
        lines = path.read_text(encoding="utf-8").lower().splitlines()
        for line in lines[::3]:
            assert _shares().by_word(line) == _whole_text(line), (path.name, line)
            checked += 1
    assert checked > 4000
