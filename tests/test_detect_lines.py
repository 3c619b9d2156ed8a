"""The decision per line (``--lang auto-line``) on generated mixed files: each line decided
among the others, with the shares of words and letters the earlier lines left kept, is the
decision of that line alone in a fresh state; and the packed fixed-point sums behind the scores
are exact."""

from __future__ import annotations

from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

import translit.autodetect as autodetect
import translit.detection as d
from translit.cli import cli

# words of each language (and of the old Russian spelling), from the examples of the README and
# the tests (no corpus needed): a line draws from one to three of them
WORDS = {
    lang: words.split()
    for lang, words in {
        "ru": "Москва столица России сегодня прошёл сильный дождь улицы были пустыми",
        "uk": "Київ столиця України місто річка Дніпро який дуже можливо їхній",
        "be": "Мінск сталіца Беларусі гэты таксама трэба дзе ўсё сьцяг Жыццё",
        "bg": "София България това който защото трябва още изток най-добрият",
        "sr": "Београд Србија Ђорђе Јовановић ћирилица љубав њега џеп",
        "mk": "Скопје Македонија ѓердан ќерка ѕвезда тоа зошто тие ништо",
        "kk": "Қазақстан Республикасы Алматы неміс тілі және бұл үшін өте",
        "ky": "Бишкек Кыргызстан менен боюнча Ысык-Көл жана үчүн өкмөт",
        "mn": "Улаанбаатар Монгол энэ байна Өвөрхангай аймгийн төв",
        "tt": "Татарстан җитәкчесе Габдулла Тукай",
        "old": "Достоевскій Россіи въ міръ Власовъ",
    }.items()
}
_ALL = sorted(WORDS)
_SEPARATORS = [" ", " ", ", ", ". ", " — ", "-", "'", "\u0301", " 12 ", " abc "]


@st.composite
def lines(draw: st.DrawFn) -> str:
    langs = draw(st.lists(st.sampled_from(_ALL), min_size=1, max_size=3))
    n = draw(st.integers(1, 14))
    out = []
    for _ in range(n):
        word = draw(st.sampled_from(WORDS[draw(st.sampled_from(langs))]))
        case = draw(st.sampled_from((str, str.upper, str.lower, str.capitalize)))
        out += [case(word), draw(st.sampled_from(_SEPARATORS))]
    return "".join(out).strip()


def _fresh() -> None:
    """A process's state before its first decision: no line memo, no share kept."""
    autodetect._decide_short.cache_clear()
    d._detect_short.cache_clear()
    d._shares().word.clear()
    d._shares().triple.clear()


@settings(max_examples=60, deadline=None)
@given(st.lists(lines(), min_size=2, max_size=12))
def test_a_line_among_others_is_decided_as_alone(file_lines: list[str]) -> None:
    _fresh()
    among = [d.explain_language(line) for line in file_lines]
    among_auto = [autodetect.auto_language(line) for line in file_lines]
    for line, explained, auto in zip(file_lines, among, among_auto, strict=True):
        _fresh()
        assert d.explain_language(line) == explained  # language, reason, tie, scores
        _fresh()
        assert autodetect.auto_language(line) == auto
        assert d.detect(line) == explained.lang


@settings(max_examples=15, deadline=None)
@given(st.lists(lines(), min_size=2, max_size=8))
def test_auto_line_romanises_each_line_in_the_language_of_that_line_alone(
    file_lines: list[str],
) -> None:
    text = "\n".join(file_lines) + "\n"
    got = CliRunner().invoke(cli, ["romanize", "-l", "auto-line", "-s", "iso-9", "-"], input=text)
    assert got.exit_code == 0, got.output
    want = []
    for line in file_lines:
        _fresh()
        lang = autodetect.auto_language(line)
        one = CliRunner().invoke(
            cli, ["romanize", "-l", lang, "-s", "iso-9", "-"], input=line + "\n"
        )
        want.append(one.stdout)  # (a warning names its line in the whole input)
    assert got.stdout == "".join(want)


_VALUE = st.integers(-(1 << 50), 1 << 50)


@given(st.lists(st.lists(_VALUE, min_size=5, max_size=5), min_size=1, max_size=40))
def test_packed_sums_are_the_sums_of_each_field(rows: list[list[int]]) -> None:
    packer = d._Packer(5)
    total = sum(packer.pack(row) for row in rows)
    assert packer.fields(total) == tuple(sum(col) for col in zip(*rows, strict=True))
