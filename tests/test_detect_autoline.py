"""The decision per line (``--lang auto-line``) takes the lean path: a word's share reads its
function-word and ending points from tables made once (the longest listed ending stands for
every word it ends), the parts of a score are plain tuples laid out once, a triple table
searched often is read by a dict, and the decision skips what only explains it. Each is compared here with the
computation it replaced, written out plainly (the oracle), on every line and every word of the
shared corpus and on random mixes of words of several languages, Latin and stray letters."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import CORPUS
from hypothesis import given, settings
from hypothesis import strategies as st

import translit.detection as d
from translit.script import alphabet

FILES = sorted(CORPUS.glob("[a-z][a-z]-*.txt")) if CORPUS.is_dir() else []


def _word_oracle(sh: d._Shares, word: str) -> int:
    """A word's packed share as it was computed before the tables: each language's function
    words, each language's longest listed ending found by trying every length, each plain
    reading's, and the triples."""
    ev, at = sh.ev, sh.at
    w = f"__{word}_"
    packed = 0
    for i in range(len(w) - 2):  # (the triples' own memo: they are not what changed)
        v = sh.triple.get(w[i : i + 3])
        packed += sh._triple(w[i : i + 3]) if v is None else v
    for code, pts in ev.words.get(word, {}).items():
        packed += d._fixed(pts) << at["words", code]
    long = len(word) > 3
    if long:
        done: set[str] = set()
        for k in ev.ending_lengths:
            for code, pts in ev.endings.get(word[-k:], ()):
                if code not in done:
                    done.add(code)
                    packed += d._fixed(pts) << at["endings", code]
    for code in sh.plain:
        p = ev.langs[code].plain
        assert p is not None
        if word in p.words:
            packed += d._fixed(d._WORD_WEIGHT) << at["plain words", code]
        if long:
            packed += (
                d._fixed(d._ending(word, p.endings, ev.ending_lengths)) << at["plain endings", code]
            )
    return packed


def _parts_oracle(t: d._Text, ev: d._Evidence, old_i: bool) -> dict[str, d._Parts]:
    """Every language's parts as they were computed before the layout: fields found by name,
    each language's patterns searched in its own loop."""
    sh = d._shares()
    n, fixed = len(sh.codes), d._FIXED
    lf = sh.letters(t.counts)
    wf = sh.word_pack.fields(sum(_word_oracle(sh, w) for w in t.words))
    i = len(sh.tri)
    tri_fields = dict(zip(sh.tri, wf[:i], strict=True))
    ptri_fields = dict(zip(sh.ptri, wf[i : i + len(sh.ptri)], strict=True))
    i += len(sh.ptri)
    word_fields = wf[i : i + n]
    i += n
    end_fields = dict(zip(sh.ends, wf[i : i + len(sh.ends)], strict=True))
    i += len(sh.ends)
    plain_fields = {c: (wf[i + 2 * k], wf[i + 2 * k + 1]) for k, c in enumerate(sh.plain)}
    plain_letters = dict(zip(sh.plain, lf[2 * n + 1 :], strict=True))
    by_triples = {code: d.TRIPLE_WEIGHT * v / fixed for code, v in tri_fields.items()}
    readers = [v for c, v in by_triples.items() if t.counts.keys() <= ev.langs[c].alphabet]
    if d.DEFAULT in by_triples and t.counts.keys() <= ev.langs[d.DEFAULT].alphabet:
        readers = [by_triples[d.DEFAULT]]
    borrowed = max(readers or by_triples.values(), default=0.0)
    plain_text = len(set(t.words)) >= d.PLAIN_MIN_WORDS
    out: dict[str, d._Parts] = {}
    for k, (code, lang) in enumerate(ev.langs.items()):
        letters = (lf[2 * n] if old_i and code == d.DEFAULT else lf[k]) / fixed
        tri = by_triples.get(code, borrowed)
        if lang.triples_from is not None:  # (Rusyn: Ukrainian's table reads it too, rusyn43)
            tri = max(tri, by_triples[lang.triples_from])
        words, ends = word_fields[k] / fixed, end_fields.get(code, 0) / fixed
        if lang.plain and plain_text and not lang.own.intersection(t.counts):
            p_letters = plain_letters[code] / fixed - d.PLAIN_COST
            p_tri = d.TRIPLE_WEIGHT * ptri_fields[code] / fixed if code in ptri_fields else tri
            p_words = words + plain_fields[code][0] / fixed
            p_ends = plain_fields[code][1] / fixed
            if p_letters + p_tri + p_words + p_ends > letters + tri + words + ends:
                letters, tri, words, ends = p_letters, p_tri, p_words, p_ends
        outside = lf[n + k]
        if lang.impossible:
            found = len(d._rx(lang.impossible).findall(t.text))
            letters += d._fixed(lang.absent) * found / fixed
            outside += found
        pat = sum(pts * len(d._rx(rx).findall(t.text)) for rx, pts, _ in sh.patterns[code])
        out[code] = d._Parts(letters, words, ends, pat / fixed, tri, outside)
    return out


def _check_line(line: str) -> None:
    ev = d._evidence()
    full = d._explain(line)
    lean = d._explain(line, full=False)
    assert (lean.lang, lean.threshold, lean.own_letters) == (
        full.lang,
        full.threshold,
        full.own_letters,
    ), line
    t = d._prepare(line)
    if t.counts:
        for old_i in (False, True):
            got = d._parts(t, ev, old_i)
            want = _parts_oracle(t, ev, old_i)
            assert got == want, line
            # the decision adds the parts as _Parts.total does
            assert [sum(r[:5]) for r in d._rows(t, ev, old_i)] == [p.total for p in want.values()]


def _check_word(sh: d._Shares, word: str) -> None:
    assert sh._word(word) == _word_oracle(sh, word), word


@pytest.mark.skipif(not FILES, reason="../shared/corpus is absent (only CI and developers have it)")
@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_every_corpus_line_and_word_is_decided_as_before(path: Path) -> None:
    lines = path.read_text(encoding="utf-8").splitlines()
    sh = d._shares()
    words: set[str] = set()
    for line in lines:
        _check_line(line)
        words.update(d._prepare(line).words)
    for word in words:
        _check_word(sh, word)


def _letters() -> list[str]:
    """The lower-case letters of every language's alphabet (translit/data/alphabets.toml)."""
    return sorted({c for code in d.LANGUAGES for c in alphabet(code)})


_LETTER = st.sampled_from(_letters())
_WORD = st.text(_LETTER, min_size=1, max_size=9)
# a word whose end is a listed ending of some language (or a plain reading), short or long
_ENDED = st.builds(
    lambda stem, end: stem + end,
    st.text(_LETTER, max_size=4),
    st.sampled_from(sorted(d._shares().end_keys)),
)
_LISTED = st.sampled_from(sorted(d._shares().listable))
_LATIN = st.sampled_from(["Hello", "abc", "Minsk", "e", "j", "Kyiv", "12", "x."])
_PIECE = st.one_of(_WORD, _ENDED, _LISTED, _LATIN, _WORD.map(str.upper), _ENDED.map(str.title))
_SEP = st.sampled_from([" ", " ", ", ", ". ", " — ", "-", "'", "\u0301", " 12 ", ".\n"])


@st.composite
def _mixes(draw: st.DrawFn) -> str:
    n = draw(st.integers(1, 16))
    return "".join(draw(_PIECE) + draw(_SEP) for _ in range(n)).strip()


@settings(max_examples=300, deadline=None)
@given(_mixes())
def test_random_mixes_are_decided_as_before(line: str) -> None:
    _check_line(line)
    sh = d._shares()
    for word in d._prepare(line).words:
        _check_word(sh, word)


@settings(max_examples=300, deadline=None)
@given(st.one_of(_WORD, _ENDED, _LISTED))
def test_a_word_share_is_its_endings_and_function_words_as_before(word: str) -> None:
    sh = d._shares()
    sh.word.pop(word, None)
    _check_word(sh, word.lower())


def test_a_triple_table_reads_each_count_as_the_file_has_it() -> None:
    """Line by line, whole, and whole and searched often (a dict): the counts of the file."""
    ev = d._evidence()
    for code, lang in ev.langs.items():
        if lang.triples is None:
            continue
        data = d._load(code)
        for field, width in (("triples", 3), ("pairs", 2)):
            want = {row[:width]: int(row[width:]) for row in str(data[field]).split()}
            table = d._Triples(
                str(data["triples"]), str(data["pairs"]), letters=str(data["letters"])
            )
            rows = table.rows.triples if width == 3 else table.rows.pairs
            keys = [*want, "_" * width, "ѣ" * width, "a" * width]
            for key in keys[:: max(1, len(keys) // 5)]:  # a few lines split
                assert rows.get(key) == want.get(key, 0), (code, key)
            assert not rows.whole
            for key in keys:  # every line split: whole, then searched often enough for a dict
                assert rows.get(key) == want.get(key, 0), (code, key)
            assert rows.whole and rows._counts
            for key in keys:
                assert rows.get(key) == want.get(key, 0), (code, key)


# (autocpu50) texts with letters of the languages of estimated tables, which the UD corpora lack:
# the lean decision scores only Russian, the calibrated languages and those with letters of
# their own in the text (_Shares.reading); each is decided as when every language is scored
_OWNED = [
    "Рөстәм Миңнеханов",
    "Татарстан Республикасы Президенты җитәкчелегендә",
    "Ўзбекистон Республикаси пойтахти Тошкент шаҳрида яшайди",
    "Ҷумҳурии Тоҷикистон дар Осиёи Миёна ҷойгир аст",
    "Башҡортостан Республикаһы башҡалаһы Өфө ҡалаһы",
    "Нохчийн Республика, Соьлжа-ГӀала",
    "Русиньскый язык є єден з východoslovanskых, жебы лем",
    "Він сказав, що приїде до Києва, а Сыктывкар далеко",
    "Ђорђе Јовановић и Ѓорѓи",
]


@pytest.mark.parametrize("line", _OWNED)
def test_the_languages_a_lean_decision_scores_decide_as_all_would(line: str) -> None:
    _check_line(line)
    t, ev = d._prepare(line), d._evidence()
    lean = d._explain(line, full=False)
    scored = d._explain(line, full=False, scored=True)  # (every language scored)
    assert (lean.lang, lean.threshold) == (scored.lang, scored.threshold), line
    codes, _ = d._shares().reading(d._shares().owners(c) for c in t.counts.keys() - ev.russian)
    held = {c for c, lg in ev.langs.items() if lg.own & t.counts.keys()}
    stats = {c for c, lg in ev.langs.items() if lg.statistics}
    assert set(codes) == {"ru"} | stats | held and held - stats, line
