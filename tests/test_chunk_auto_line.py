"""``romanize -l auto-line`` decides each line once, whatever the block size: a line longer
than a block is cut by the runner, and every piece of it is written in the language its
whole line is decided in (the decision reads the line's first
:data:`translit.autodetect.READ_CHARS` characters; the runner hands those to every later piece
of the line, :func:`translit.io.reading.line_heads`).

Before, each piece was decided alone: "Ќе ти дадам сè што ќе посакаш." in blocks of 6 bytes
ended "što ḱe posakash" (the last piece read as Russian), "posakaš" whole.
"""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from conftest import romanized_run, translit_cli
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from translit.autodetect import READ_CHARS
from translit.cli.romanize import AUTO_LINE, Romanize
from translit.io.reading import LINE_BREAKS, line_heads

#: sentences of several languages, each decided as its language alone (a Macedonian сè typed
#: with a Latin è, a Bulgarian ѝ, Ukrainian і ї є, Belarusian ў, Serbian ј), and words that
#: alone are read as Russian (Гоголь, Петренко: each language writes them)
_SENTENCES = (
    "Ќе ти дадам сè што ќе посакаш.",
    "Скопје е главен град на Македонија, а Охрид е на езерото.",
    "Дадох ѝ книгата и тя си тръгна към София.",
    "Київ — столиця України, і тут живе багато людей, які їздять на роботу.",
    "Мінск — сталіца Беларусі, і ўсе тут жывуць побач.",
    "Београд је главни град Србије и лежи на ушћу Саве у Дунав.",
    "Москва — столица России, и здесь живёт много людей.",
    "Гоголь",
    "Петренко и Гоголь",
    "NATO and the EU, 1991",
)


def _line(words: list[int], size: int) -> str:
    """A line of about ``size`` characters: the sentences ``words`` picks, repeated."""
    picked = [_SENTENCES[k % len(_SENTENCES)] for k in words] or [_SENTENCES[0]]
    out: list[str] = []
    n = 0
    for sentence in itertools.cycle(picked):
        if n >= size:
            break
        out.append(sentence)
        n += len(sentence) + 1
    return " ".join(out)


_LINES = st.lists(
    st.tuples(
        st.lists(st.integers(0, len(_SENTENCES) - 1), min_size=1, max_size=6),
        st.sampled_from((1, 40, 300, READ_CHARS - 30, READ_CHARS + 5, 2 * READ_CHARS + 700)),
    ),
    min_size=1,
    max_size=4,
)


def _text(lines: list[tuple[list[int], int]], end: str) -> str:
    return "".join(_line(words, size) + end for words, size in lines)


def _romanized(src: Path, chunk_size: int, jobs: int = 1) -> str:
    return romanized_run(src, AUTO_LINE, chunk_size, jobs).decode("utf-8")


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    lines=_LINES,
    end=st.sampled_from(("\n", "\r\n")),
    size=st.one_of(st.integers(1, 64), st.integers(65, 1 << 16)),
)
def test_every_block_size_gives_the_whole_texts_answer(
    tmp_path: Path, lines: list[tuple[list[int], int]], end: str, size: int
) -> None:
    """The runner at blocks of ``size`` bytes writes what the transform gives the whole text
    in one call (each line decided on itself alone), lines of any length."""
    text = _text(lines, end)
    src = tmp_path / "in.txt"
    src.write_bytes(text.encode("utf-8"))
    assert _romanized(src, size) == Romanize(None, AUTO_LINE)(text)


def test_a_cut_macedonian_line_keeps_its_letters(tmp_path: Path) -> None:
    """The CHANGELOG's example: blocks of 6 bytes wrote the end of the line as Russian (the
    line past 70 KB of other lines: the first block holds the input's first 64 KiB whole)."""
    src = tmp_path / "in.txt"
    filler = "Не ни се јавија, значи нема да дојдат.\n" * 1800
    src.write_bytes((filler + "Ќе ти дадам сè што ќе посакаш.\n").encode())
    out = _romanized(src, 6)
    assert out == _romanized(src, 1 << 20)
    assert out.endswith("\nḰe ti dadam sè što ḱe posakaš.\n")


def test_a_long_ukrainian_line_is_ukrainian_to_its_end(tmp_path: Path) -> None:
    """A line of 60,000 characters whose head is Ukrainian and whose end holds only words any
    language writes (Гоголь alone is Russian): its end is written as Ukrainian in 4 KiB
    blocks too."""
    line = _line([3], 40_000) + " " + " ".join(["Гоголь"] * 3000)
    src = tmp_path / "in.txt"
    src.write_bytes((line + "\nГоголь\n").encode())
    out = _romanized(src, 4096)
    assert out == _romanized(src, 1 << 20) == Romanize(None, AUTO_LINE)(line + "\nГоголь\n")
    assert out.split("\n")[0].endswith("Hohol Hohol") and out.split("\n")[1] == "Gogolʹ"


@settings(max_examples=200, deadline=None)
@given(
    text=st.text(st.sampled_from("ab \n\r\x0c\u2028"), max_size=60),
    cuts=st.lists(st.integers(0, 60), max_size=8),
    n=st.integers(1, 8),
)
def test_line_heads_joins_blocks_until_a_lines_head_is_whole(
    text: str, cuts: list[int], n: int
) -> None:
    """:func:`line_heads` gives the text back in order, ends no block inside a line's first
    ``n`` characters, hands each block the first ``n`` characters of the line it starts
    inside, and holds no more than ``n`` characters and two blocks more."""
    at = sorted({0, len(text), *(min(c, len(text)) for c in cuts)})
    blocks = [text[a:b] for a, b in itertools.pairwise(at)]
    if any(b.startswith("\n") and a.endswith("\r") for a, b in itertools.pairwise(blocks)):
        return  # (no runner cuts inside a CRLF)
    longest = max(map(len, blocks), default=0)
    starts = [0, *itertools.accumulate(map(len, text.splitlines(keepends=True)))]
    done = 0
    for block, head in line_heads(blocks, n):
        assert len(block) <= n + 2 * longest
        start = max(k for k in starts if k <= done)  # (of the line the block starts in)
        if start < done:  # a block starting inside a line
            assert done - start >= n and head == text[start : start + n]
            assert not any(c in head for c in LINE_BREAKS)
        else:
            assert head == ""
        assert text.startswith(block, done)
        done += len(block)
    assert done == len(text)


@pytest.mark.parametrize("end", ["\n", "\r\n"])
def test_the_command_writes_one_output_at_4k_64k_1m_and_two_jobs(tmp_path: Path, end: str) -> None:
    """``translit romanize -l auto-line`` on a file of long lines of several languages
    (100 KB each, the Macedonian and Bulgarian ones ending in words Russian writes too): the
    same bytes at ``--chunk-size`` 4K, 64K and 1M, with ``-j 1`` and ``-j 2``."""
    tail = " ".join(["Гоголь"] * 2000)
    lines = [_line([k], 100_000) + " " + tail for k in range(len(_SENTENCES))]
    src = tmp_path / "in.txt"
    src.write_bytes("".join(line + end for line in lines * 2).encode())
    outs = set()
    for size, jobs in (("4K", "1"), ("64K", "1"), ("1M", "1"), ("4K", "2"), ("64K", "2")):
        done = translit_cli("romanize", "-q", "-l", "auto-line", "--chunk-size", size, "-j", jobs,
                            src)  # fmt: skip
        assert done.returncode == 0, done.stderr.decode()
        outs.add(done.stdout)
    assert len(outs) == 1
