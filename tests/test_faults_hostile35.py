"""Fault suite, hostile35: the two leftovers of hostile33 (a tiny ``--chunk-size``; ``glossary
apply --mode list`` on one huge line) and a fresh red-team of what the earlier passes
(tests/test_faults_*.py) did not try. Each test generates its inputs in ``tmp_path``.

The bar: no traceback, no data lost, atomic outputs, exit codes 0/1/2/130, and a message that
names the file, the line, what is wrong and what to do.
"""

from __future__ import annotations

import itertools
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from conftest import CLI_ENV, translit_cli

# -- 1. --chunk-size below a floor ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "env"),
    [
        (("--chunk-size", "1"), {}),
        (("--chunk-size", "4095"), {}),
        ((), {"TRANSLIT_CHUNK_SIZE": "64"}),
    ],
)
def test_a_chunk_size_below_4k_is_refused_before_any_work(
    tmp_path: Path, typed: tuple[str, ...], env: dict[str, str]
) -> None:
    """``--chunk-size 1`` was taken: each line was looked for one byte at a time and each
    piece sent alone (1 MB of 88-byte lines: 4.7 s of CPU against 0.2 s with 4K or the
    default). The command line takes 4K or more, typed or from ``TRANSLIT_CHUNK_SIZE``, and
    says why and what to give (exit 2, no output written)."""
    src = tmp_path / "in.txt"
    src.write_text("Щука\n" * 10, encoding="utf-8")
    out = tmp_path / "out.txt"
    done = translit_cli("romanize", "-l", "ru", *typed, "-o", out, src, env=env)
    err = done.stderr.decode()
    assert done.returncode == 2, err
    assert "--chunk-size" in err and "4K" in err and "Traceback" not in err, err
    assert not out.exists()
    ok = translit_cli("romanize", "-l", "ru", "--chunk-size", "4K", "-o", out, src)
    assert ok.returncode == 0, ok.stderr.decode()
    assert out.read_text(encoding="utf-8") == "Shchuka\n" * 10  # BGN/PCGN: Щ shch, у u


# -- 2. glossary apply --mode list on one huge line ------------------------------------------------

#: Cyrillic terms of a made glossary, and words around them (a term may span spaces)
_GLOSSARY = (
    "ru,en\nГУЛАГ,Gulag\nгенеральный секретарь,General Secretary\nсъезд партии,party congress\n"
)
_WORDS = ["ГУЛАГ", "генеральный", "секретарь", "в", "и", "съезд", "партии", "лагерь", "был"]


def test_a_long_line_is_matched_a_part_at_a_time_with_the_same_hits() -> None:
    """A text longer than a part (``_WINDOW`` characters) is matched a part at a time, each
    cut at white space and matched with context either side: its hits are those of the
    whole text at once, for the shipped glossaries' Cyrillic terms with invisible characters,
    runs of white space and line breaks between, at part sizes from 37 characters on."""
    import random

    from translit.glossary import load, shipped_path

    rng = random.Random(35)
    fill = ["и", "в", "на.", "\n", "", "\u00ad", "«Красной»", "1945"]
    for name in ("ww2-roa.tbx", "soviet-institutions.tbx"):
        g = load(shipped_path(name))
        cyrillic = [
            t.text
            for c in g.concepts
            for t in c.terms
            if any("а" <= ch <= "я" for ch in t.text.lower())
        ]
        words = [
            rng.choice(cyrillic) if rng.random() < 0.4 else rng.choice(fill) for _ in range(2500)
        ]
        text = " ".join(words)
        _same_hits_in_parts(g, text, ((37, 500), (200, 120), (1000, 100)), 10, name)


def _same_hits_in_parts(
    g: Any, text: str, settings: tuple[tuple[int, int], ...], min_parts: int, name: str
) -> None:
    """``text`` (with more than 500 hits of ``g``) matched a part at a time, with each
    (window, overhang) of ``settings`` in more than ``min_parts`` parts, gives the hits it
    gives at once, and matching at once is not changed by it."""
    from translit.glossary import apply

    matcher = apply.Matcher.for_glossary(g)
    whole = matcher.find(text)
    assert len(whole) > 500
    for window, overhang in settings:
        with pytest.MonkeyPatch.context() as mp:
            mp.setattr(apply, "_WINDOW", window)
            mp.setattr(apply, "_OVERHANG", overhang)
            parts = list(matcher.find_parts(text))
            assert len(parts) > min_parts
            assert [h for part in parts for h in part] == whole, (name, window)
            assert matcher.find(text) == whole


def test_a_long_text_of_several_languages_is_matched_a_part_at_a_time_with_the_same_hits() -> None:
    """Lines of French, German, English and Russian words with the glossaries' terms of every
    language: a Latin-script line that does not decide its language takes the whole text's,
    in parts as at once. Each part took its own (a part mostly French read a Shoah line as
    French, the whole text reads it as none): 731 hits in parts against 739 at once."""
    import random

    from translit.glossary import load, shipped_path

    rng = random.Random(1)
    fills = {
        "en": ["the", "and", "of", "was", "in", "army"],
        "de": ["der", "die", "und", "war", "im", "Heer"],
        "fr": ["le", "la", "et", "était", "dans", "armée"],
        "ru": ["и", "в", "на", "был", "армия"],
    }
    for name in ("ww2-roa.tbx", "soviet-institutions.tbx"):
        g = load(shipped_path(name))
        terms = [t.text for c in g.concepts for t in c.terms]
        lines = []
        for _ in range(400):
            fill = fills[rng.choice(list(fills))]
            words = [
                rng.choice(terms) if rng.random() < 0.3 else rng.choice(fill)
                for _ in range(rng.randint(1, 12))
            ]
            lines.append(" ".join(words))
        text = "\n".join(lines)
        _same_hits_in_parts(g, text, ((37, 500), (1000, 100), (3000, 2000)), 5, name)


def test_list_mode_on_one_huge_line_holds_a_part_not_the_line(tmp_path: Path) -> None:
    """``glossary apply --mode list`` on one line of 100 MB peaked at 1.6 GB (the matching's
    tables, 27 bytes a character, and every hit of the line at once): it lists a part of the
    line at a time. Here parts are made small so that a 2 M character line shows it: the
    peak grew by 61 MB before, 14 MB now; the listing is that of the whole line."""
    glossary = tmp_path / "g.csv"
    glossary.write_text(_GLOSSARY, encoding="utf-8")
    cycles = 36_000
    line = " ".join(itertools.islice(itertools.cycle(_WORDS), cycles * len(_WORDS)))
    src = tmp_path / "line.txt"
    src.write_text(line, encoding="utf-8")
    small = tmp_path / "small.txt"
    small.write_text(_WORDS[0], encoding="utf-8")
    child = (
        "import resource, sys\n"
        "from translit.cli import main\n"
        "import translit.glossary.apply as A\n"
        "A._WINDOW, A._OVERHANG = 1 << 14, 1 << 10\n"
        "for f, o in zip(sys.argv[2::2], sys.argv[3::2]):\n"
        "    try:\n"
        "        main(['glossary', 'apply', '-q', '-g', sys.argv[1], '-t', 'en', '--mode', 'list',"
        " f, '-o', o])\n"
        "    except SystemExit as exc:\n"
        "        assert not exc.code, exc.code\n"
        "    print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss >> 10)\n"
    )
    out = tmp_path / "list.tsv"
    done = subprocess.run(
        [sys.executable, "-c", child, glossary, small, tmp_path / "s.tsv", src, out],
        env=CLI_ENV, capture_output=True, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr.decode()
    before, after = map(int, done.stdout.split())
    assert after - before < 30, (before, after)  # MB: the line, its bytes and one part
    rows = out.read_text(encoding="utf-8").splitlines()
    # every occurrence of the three terms, in order, at its column (one line: column = offset + 1)
    starts = [0]
    for word in _WORDS[:-1]:
        starts.append(starts[-1] + len(word) + 1)
    period = starts[-1] + len(_WORDS[-1]) + 1
    want = [(1 + k * period + starts[i], term)
            for k in range(cycles)
            for i, term in ((0, "ГУЛАГ"), (1, "генеральный секретарь"), (5, "съезд партии"))]  # fmt: skip
    got = [(int(r.split("\t")[2]), r.split("\t")[3]) for r in rows]
    assert got == want


# -- 3. what was typed, echoed to a terminal ------------------------------------------------------

#: a terminal's controls: clear the screen (CSI), set the window's title (OSC ... BEL)
_CONTROLS = "\x1b[2J\x1b]0;pwned\x07"


def test_an_extra_argument_holding_terminal_controls_is_shown_escaped() -> None:
    """click's own "Got unexpected extra argument (…)" quoted the argument as typed: its
    ESC and BEL reached the terminal (``translit schemes $'\\e]0;title\\a'`` set the window's
    title). Every line of click's usage errors is shown as translit's own messages are."""
    done = translit_cli("schemes", f"x{_CONTROLS}")
    err = done.stderr.decode()
    assert done.returncode == 2, err
    assert "\x1b" not in err and "\x07" not in err, err
    assert "x\\x1b[2J\\x1b]0;pwned\\x07" in err, err


def test_verify_shows_the_controls_of_the_text_it_quotes() -> None:
    """``verify``'s verdict quotes the expected form, made from CYRILLIC, and each word of
    LATIN: a text holding terminal controls wrote them to the terminal. They are shown as
    escapes (the JSON verdict escapes them itself)."""
    for cyrillic, latin in ((f"Щука{_CONTROLS}", "Shchuka"), ("Щука", f"Shchuka{_CONTROLS}")):
        done = translit_cli("verify", "-l", "ru", cyrillic, latin)
        out = done.stdout.decode()
        assert done.returncode == 1, done.stderr.decode()
        assert "\x1b" not in out and "\x07" not in out, out
        assert "Shchuka\\x1b[2J\\x1b]0;pwned\\x07" in out, out


# -- 4. translit.io called directly: paths as bytes, things that are no file -----------------------


def test_the_io_layer_takes_a_path_as_bytes_wherever_it_takes_one(tmp_path: Path) -> None:
    """``run`` took its sources as bytes, but ``RunOptions(output=b"…")`` was a TypeError,
    ``open_source(b"…")`` "takes a str, not bytes" and ``atomic_write(b"…")`` "Can't mix
    strings and bytes in path components"; ``atomic_write(None)`` said "expected str, bytes or
    os.PathLike object", naming no function. A path is str, bytes or os.PathLike in each."""
    from functools import partial

    import translit
    from translit.io import RunOptions, atomic_write, open_source, run

    src = tmp_path / "a.txt"
    src.write_text("Щука\n", encoding="utf-8")
    out = tmp_path / "b.txt"
    opts = RunOptions(output=bytes(out), jobs=1, quiet=True)
    assert opts.output == str(out)
    result = run(partial(translit.romanize, lang="ru"), [bytes(src)], opts)
    assert result.exit_code == 0
    assert out.read_text(encoding="utf-8") == "Shchuka\n"
    with open_source(bytes(src)) as source:
        assert source.name == str(src)
    written = tmp_path / "c.txt"
    with atomic_write(bytes(written)) as fh:
        fh.write("Щ")
    assert written.read_text(encoding="utf-8") == "Щ"
    for call in (atomic_write, open_source):
        with pytest.raises(TypeError, match=rf"{call.__name__}\(\) takes a path"), call(None):  # type: ignore[arg-type]
            pass


def test_read_blocks_says_what_it_reads_when_given_something_else(tmp_path: Path) -> None:
    """``read_blocks`` (an open binary file) given a path said "'str' object has no attribute
    'read'", a file opened as text "can't concat str to bytes", a closed one "read of closed
    file": each names ``read_blocks()`` and says what to give."""
    from translit.io import read_blocks

    src = tmp_path / "a.txt"
    src.write_text("Щука\n", encoding="utf-8")
    for value in (str(src), src, bytes(src)):
        with pytest.raises(
            TypeError, match=r"read_blocks\(\) reads an open binary file, not a path"
        ):
            list(read_blocks(value, "utf-8"))  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"read_blocks\(\) reads an open binary file, not NoneType"):
        list(read_blocks(None, "utf-8"))  # type: ignore[arg-type]
    with open(src, encoding="utf-8") as text, pytest.raises(TypeError, match="open it with 'rb'"):
        list(read_blocks(text, "utf-8"))  # type: ignore[arg-type]
    closed = open(src, "rb")  # noqa: SIM115
    closed.close()
    with pytest.raises(ValueError, match=r"read_blocks\(\) was given a closed file"):
        list(read_blocks(closed, "utf-8"))
    with open(src, "rb") as raw:
        assert "".join(read_blocks(raw, "utf-8")) == "Щука\n"


# -- 5. standard output in an 8-bit code page ------------------------------------------------------


@pytest.mark.parametrize("encoding", ["cp1251", "koi8-r", "cp866"])
def test_stdout_in_a_cyrillic_code_page_that_cannot_hold_a_character_is_told(
    encoding: str,
) -> None:
    """``translit schemes`` under ``PYTHONIOENCODING=cp1251`` (a Russian Windows console's
    code page) ended in a traceback, UnicodeEncodeError "'charmap' codec can't encode
    character '\\xe7'" (ç of a scheme's name): the 8-bit code pages' codec names itself
    "charmap", never taken for stdout's encoding, as latin-1 was. It is told as for latin-1,
    naming the encoding and what to set (exit 2)."""
    done = translit_cli("schemes", env={"PYTHONIOENCODING": encoding})
    err = done.stderr.decode()
    assert done.returncode == 2, err
    assert "Traceback" not in err, err
    assert f"<stdout>: its encoding {encoding} cannot hold" in err, err
    assert "PYTHONIOENCODING=utf-8" in err, err


# -- 6. option values at their limits --------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "text", "select"),
    [
        ("a.csv", "a,b\nЩ,Ю\n", ("--column", "b", "--add-column", "")),
        ("a.jsonl", '{"t": "Щ"}\n', ("--field", "t", "--add-field", "")),
        ("b.jsonl", '{"t": "Щ"}\n', ("--field", "t", "--add-field", " ")),
    ],
)
def test_a_blank_name_for_a_new_column_or_key_is_refused(
    tmp_path: Path, name: str, text: str, select: tuple[str, ...]
) -> None:
    """``--add-column ''`` wrote a header cell with no name (``a,b,``) and ``--add-field ''``
    a key "" beside the field, in silence (``--suffix ''`` and ``--column ''`` were refused).
    A blank name is refused before any work (exit 2), as a name given twice is."""
    src = tmp_path / name
    src.write_text(text, encoding="utf-8")
    out = tmp_path / f"out-{name}"
    done = translit_cli("romanize", "-l", "ru", *select, "-o", out, src)
    err = done.stderr.decode()
    assert done.returncode == 2, err
    assert f"{select[2]} names the new key or column, not {select[3]!r}" in err, err
    assert not out.exists()


# -- 7. the Dask shell -------------------------------------------------------------------------------


def test_romanize_frame_takes_a_suffix_as_text_only() -> None:
    """``romanize_frame(frame, ["name"], suffix=1)`` added a column "name1" in silence (the
    number's text): ``suffix`` is a str or None, else a TypeError naming it, before any work."""
    dd = pytest.importorskip("dask.dataframe")
    import pandas as pd

    from translit.integrations.dask import normalize_frame, romanize_frame

    frame = dd.from_pandas(pd.DataFrame({"name": ["Щука"]}), npartitions=1)
    for call, kw in ((romanize_frame, {"lang": "ru"}), (normalize_frame, {})):
        with pytest.raises(TypeError, match="`suffix` is a str"):
            call(frame, ["name"], suffix=1, **kw)  # type: ignore[operator]
    done = romanize_frame(frame, ["name"], lang="ru", suffix="_latn").compute(scheduler="sync")
    assert done["name_latn"].tolist() == ["Shchuka"]


def test_glossary_lookup_of_no_term_is_a_usage_error() -> None:
    """``glossary lookup ''`` searched, exit 1 "no concept of the glossary … matches ''", as
    if a term had been looked for and not found (``name-key ''`` and ``verify ''`` are usage
    errors): a term of white space or invisible characters only is refused, exit 2."""
    for term in ("", " ", "\u00ad"):
        done = translit_cli("glossary", "lookup", term, "-t", "en")
        err = done.stderr.decode()
        assert done.returncode == 2, err
        assert "TERM is" in err and "give a word or more" in err, err
    found = translit_cli("glossary", "lookup", "ГУЛАГ", "-t", "en")
    assert found.returncode == 0 and found.stdout.decode().startswith("gulag\t"), found.stderr


def test_a_scheduler_address_where_none_answers_says_what_to_do(tmp_path: Path) -> None:
    """``--engine dask --scheduler tcp://127.0.0.1:1`` (nothing listens there) said only
    "Timed out trying to connect to tcp://127.0.0.1:1 after 30 s": it names --scheduler and
    says what to check, or to give local (exit 2). (Dask's connect timeout cut to 1 s.)"""
    pytest.importorskip("dask.distributed")
    src = tmp_path / "a.txt"
    src.write_text("Щука\n", encoding="utf-8")
    done = translit_cli(
        "romanize", "-l", "ru", "--engine", "dask", "--scheduler", "tcp://127.0.0.1:1",
        "--out-dir", tmp_path / "out", src,
        env={"DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT": "1s"},
    )  # fmt: skip
    err = done.stderr.decode()
    assert done.returncode == 2, err
    assert "--scheduler 'tcp://127.0.0.1:1': no scheduler answered" in err, err
    assert "or give local" in err and "Traceback" not in err, err


# -- 8. the language a file is read in, whatever --chunk-size ---------------------------------------


def test_the_language_of_a_file_does_not_depend_on_the_chunk_size(tmp_path: Path) -> None:
    """``--lang auto`` decides a file's language on the first 20,000 characters (README,
    "Files and lines"), but the sample was cut to ``--chunk-size`` characters: 500 Russian
    lines before Ukrainian ones (їжак, Київ: Ukrainian letters) were Russian at 4K (Kiïv,
    BGN/PCGN's Russian ї) and Ukrainian at 256K (Kyiv). The sample is at least the head's
    64 KiB, which the first block holds: the same file, the same output at any size."""
    src = tmp_path / "mix.txt"
    src.write_text(
        "Москва жизнь привет мир\n" * 500 + "Київ Україна їжак та інші\n" * 3000, "utf-8"
    )
    outputs = set()
    for size in ("4K", "16K", "256K"):
        done = translit_cli("romanize", "-q", "--chunk-size", size, src)
        assert done.returncode == 0, done.stderr.decode()
        outputs.add(done.stdout)
    assert len(outputs) == 1
    lines = outputs.pop().decode("utf-8").splitlines()
    assert lines[600] == "Kyiv Ukraina yizhak ta inshi"  # the Ukrainian national system (KMU 2010)
