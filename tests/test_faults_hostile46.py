"""Fault suite, hostile46: an eighth attacker's round on the thirty-sixth session's code.

An elliptical short form (тройка of тройка НКВД) read by the text before it across lines, so
``glossary apply`` gave other output at another ``--chunk-size`` and in ``--mode list`` than
in replace; ``detect --summary --min-words`` of a number past ``sys.maxsize``. Each test builds
its input itself and fails on the commit before its fix.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from conftest import translit_cli
from hypothesis import given, settings
from hypothesis import strategies as st

from translit.glossary import apply_text, load

# -- 1. an elliptical short form and its antecedent: one line --------------------------------------

#: a concept whose one-word lower-case term is a word of its longer term (as the shipped
#: soviet-institutions.tbx's nkvd-troika: тройка НКВД, тройка)
_GLOSSARY = "ru\tfr\nтройка НКВД|тройка\ttroïka du NKVD\n"
#: lines naming the concept in full, using its short form, or neither (a troika of horses)
_LINES = (
    "Тройка НКВД осудила его.",
    "Потом тройка вынесла приговор.",
    "Тройка лошадей мчалась по снегу.",
    "Он молчал.",
    "",
)


@pytest.fixture(scope="module")
def troika(tmp_path_factory: pytest.TempPathFactory) -> object:
    path = tmp_path_factory.mktemp("g") / "g.tsv"
    path.write_text(_GLOSSARY, encoding="utf-8")
    return load(str(path))


@settings(max_examples=80, deadline=None)
@given(
    lines=st.lists(st.sampled_from(_LINES), min_size=1, max_size=8),
    end=st.sampled_from(("\n", "\r\n", "\r")),
    cut=st.integers(min_value=0, max_value=8),
)
def test_apply_gives_the_same_text_however_its_lines_are_cut_into_blocks(
    troika: object, lines: list[str], end: str, cut: int
) -> None:
    """``glossary apply`` hands a file to the matcher a block of whole lines at a time, where
    the blocks' bounds depend on ``--chunk-size`` (and the first 64 KiB): a text applied
    whole is the text applied in two blocks cut at any line end. тройка stood for тройка НКВД
    where a line before it, in the same block, named it: "Тройка НКВД осудила его.\\nПотом
    тройка" gave troïka du NKVD at once and тройка in two blocks."""
    text = end.join(lines) + end
    at = sum(len(line) + len(end) for line in lines[: min(cut, len(lines))])
    whole = apply_text(text, troika, "fr")  # type: ignore[arg-type]
    parts = apply_text(text[:at], troika, "fr") + apply_text(text[at:], troika, "fr")  # type: ignore[arg-type]
    assert whole == parts, (text, at)


def test_the_short_form_still_stands_for_its_concept_after_it_on_its_line(troika: object) -> None:
    """What the rule is for (qa44): тройка after тройка НКВД on its line is the NKVD troika,
    тройка alone (or before the full form) is not, whichever line follows."""
    got = apply_text(
        "Тройка НКВД осудила его, потом тройка вынесла приговор.\nТройка лошадей мчалась.\n",
        troika,  # type: ignore[arg-type]
        "fr",
    )
    assert got == (
        "Troïka du NKVD осудила его, потом troïka du NKVD вынесла приговор.\n"
        "Тройка лошадей мчалась.\n"
    )


@pytest.mark.parametrize("end", ["\n", "\r\n", "\r", " \n\t", "\u00ad\r\n "])
def test_a_long_text_matched_in_parts_reads_each_short_form_by_its_own_line(
    troika: object, end: str
) -> None:
    """A text past a part's length is matched a part at a time, the concepts named on a line
    carried from part to part: its hits are the whole text's at once at any part size, its
    lines ended by LF, CRLF or a CR alone, with white space or invisible characters about."""
    import random

    from translit.glossary import apply

    rng = random.Random(46)
    words = ["тройка", "НКВД", "Тройка", "и", "лошадей", "потом", "\u00ad", ","]
    lines = [" ".join(rng.choice(words) for _ in range(rng.randint(0, 9))) for _ in range(700)]
    text = end.join(lines)
    matcher = apply.Matcher.for_glossary(troika)
    whole = matcher.find(text)
    short = sum(h.text.lower() == "тройка" for h in whole)
    full = len(whole) - short
    assert 20 < short < text.lower().count("тройка") - full  # (short forms read, and not all)
    for window, overhang, context in ((37, 30, 20), (37, 30, 4096), (200, 120, 60)):
        with pytest.MonkeyPatch.context() as mp:
            mp.setattr(apply, "_WINDOW", window)
            mp.setattr(apply, "_OVERHANG", overhang)
            mp.setattr(apply, "_CONTEXT", context)
            parts = list(matcher.find_parts(text))
            assert len(parts) > 10
            assert [h for part in parts for h in part] == whole, window


def test_glossary_apply_writes_one_file_alike_at_every_chunk_size_and_lists_what_it_writes(
    tmp_path: Path,
) -> None:
    """The CLI on a file whose тройка НКВД is 100 KB in, its тройка a few lines after:
    ``--chunk-size 4K`` wrote тройка, 1M wrote troïka du NKVD, and ``--mode list`` (blocks of
    its own) listed what neither or both wrote."""
    glossary = tmp_path / "g.tsv"
    glossary.write_text(_GLOSSARY, encoding="utf-8")
    filler = ["Слово за слово, и так весь день до самого вечера."] * 2000
    lines = [*filler, _LINES[0], *filler[:20], _LINES[1], *filler[:20]]
    src = tmp_path / "a.txt"
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    outs = []
    for size in ("4K", "1M"):
        done = translit_cli(
            "glossary", "apply", src, "-g", glossary, "-t", "fr", "--chunk-size", size, "-j", "1",
            "-q",
        )  # fmt: skip
        assert done.returncode == 0, done.stderr.decode()
        outs.append(done.stdout.decode())
    assert outs[0] == outs[1]
    listed = translit_cli("glossary", "apply", src, "-g", glossary, "-t", "fr", "--mode", "list")
    assert listed.returncode == 0, listed.stderr.decode()
    assert len(listed.stdout.decode().splitlines()) == outs[0].lower().count("troïka")


# -- 2. a count past sys.maxsize --------------------------------------------------------------------


@pytest.mark.parametrize("how", ["option", "environment"])
def test_detect_min_words_past_sys_maxsize_counts_no_line(tmp_path: Path, how: str) -> None:
    """``detect --summary --min-words 99999999999999999999999`` (or TRANSLIT_DETECT_MIN_WORDS)
    failed: "internal error: ValueError: Indices for islice() must be None or an integer";
    no line has that many words: none is counted, exit 0."""
    (tmp_path / "n.txt").write_text("Київ — столиця України\n", encoding="utf-8")
    big = str(sys.maxsize * 10**4)
    if how == "option":
        done = translit_cli("detect", "--summary", "--min-words", big, tmp_path / "n.txt")
    else:
        done = translit_cli(
            "detect", "--summary", tmp_path / "n.txt", env={"TRANSLIT_DETECT_MIN_WORDS": big}
        )
    assert done.returncode == 0, done.stderr.decode()
    assert "internal error" not in done.stderr.decode()
    assert "0 lines" in done.stdout.decode(), done.stdout.decode()


# -- 3. an encoding variable set aside is not refused ----------------------------------------------


@pytest.mark.parametrize(
    ("args", "variable"),
    [
        (("glossary", "lookup", "Власов"), "TRANSLIT_GLOSSARY_LOOKUP_ENCODING"),
        (("name-key", "Власов"), "TRANSLIT_NAME_KEY_ENCODING"),
        (("glossary", "lookup", "Власов"), "TRANSLIT_ENCODING"),
        (("name-key", "Власов"), "TRANSLIT_ENCODING"),
    ],
)
def test_an_encoding_no_stdin_reads_is_not_checked(args: tuple[str, ...], variable: str) -> None:
    """``TRANSLIT_GLOSSARY_LOOKUP_ENCODING=bogus translit glossary lookup Власов`` warned
    "TRANSLIT_GLOSSARY_LOOKUP_ENCODING is set aside" and then failed "unknown encoding
    'bogus'", exit 2 (the shared TRANSLIT_ENCODING, not read either, failed the same): a
    value this run does not read is no reason to stop it. The answer, exit 0."""
    done = translit_cli(*args, env={variable: "bogus"})
    assert done.returncode == 0, done.stderr.decode()
    assert "vlasov" in done.stdout.decode()
    assert "unknown encoding" not in done.stderr.decode()


def test_an_encoding_stdin_reads_is_still_checked() -> None:
    """The same variable where standard input is read: refused, exit 2, as before."""
    done = translit_cli(
        "name-key", stdin="Власов\n".encode(), env={"TRANSLIT_NAME_KEY_ENCODING": "bogus"}
    )
    assert done.returncode == 2
    assert "unknown encoding 'bogus'" in done.stderr.decode()


# -- 4. Romanizer of anything but a Scheme ----------------------------------------------------------


@pytest.mark.parametrize("bad", ["bgn-pcgn", None, b"x", 10**100])
def test_romanizer_of_no_scheme_is_a_type_error(bad: object) -> None:
    """``translit.Romanizer("bgn-pcgn")`` (a public class, typed ``scheme: Scheme``) failed with
    AttributeError "'str' object has no attribute 'body'"; now a TypeError naming the way to
    one (translit.get_romanizer), as the API's other functions refuse a wrong type."""
    import translit

    with pytest.raises(TypeError, match="get_romanizer"):
        translit.Romanizer(bad)  # type: ignore[arg-type]


# -- 5. a run of joined initials, however long --------------------------------------------------------


@pytest.fixture(scope="module")
def shipped_glossary() -> object:
    from translit.glossary import shipped

    return shipped()


@settings(max_examples=25, deadline=None)
@given(
    initials=st.lists(st.sampled_from("ЮАВСМ"), min_size=1, max_size=12),
    target=st.sampled_from(("fr", "en")),
)
def test_joined_initials_are_written_as_the_same_initials_spaced(
    shipped_glossary: object, initials: list[str], target: str
) -> None:
    """``glossary apply -t fr`` of "Ю.А.Ю.А.Гагарин" wrote "Ю.A. I. A. Gagarine": joined
    initials (apply44) were read three at most, the first left in Cyrillic and glued to the
    written ones (hostfix45 wrote every spaced one). Joined or spaced, the same initials are
    written alike and none is left in Cyrillic."""
    joined = "".join(f"{i}." for i in initials) + "Гагарин полетел."
    spaced = " ".join(f"{i}." for i in initials) + " Гагарин полетел."
    got = apply_text(joined, shipped_glossary, target)  # type: ignore[arg-type]
    assert got == apply_text(spaced, shipped_glossary, target)  # type: ignore[arg-type]
    assert not any(ch in got for ch in "ЮАВСМ"), got


def test_a_long_run_of_joined_initials_is_written_whole_in_linear_time(
    shipped_glossary: object,
) -> None:
    """20,000 joined initials before a surname: each written (was: all but the last three
    left), 10,000 and 20,000 in about twice the time, not four times."""
    from conftest import growth_ratio

    got = apply_text("Ю.А." * 2000 + "Гагарин", shipped_glossary, "fr")  # type: ignore[arg-type]
    assert got == "I. A. " * 2000 + "Gagarine"
    ratio = growth_ratio(
        lambda t: apply_text(t, shipped_glossary, "fr"),  # type: ignore[arg-type]
        lambda n: "Ю.А." * (n // 4) + "Гагарин",
    )
    assert ratio < 8, ratio
