"""Fault suite, hostfix45: what the seventh attacker (hostile43) found and left, each fixed.

A file of CR-only line ends read by ``glossary qa``'s aligned reader, XLIFF units marked
``translate="no"``, ``detect_frame`` with no column, a run of repeated initials before a
surname in ``glossary apply``, the depth refusal of an XLIFF file, and ``--encoding`` where no
standard input is read. Each test builds its input itself and fails on the commit before its fix.
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import pytest
from conftest import translit_cli
from hypothesis import given, settings
from hypothesis import strategies as st

from translit.errors import ParameterError
from translit.io.pairs import read_pairs

# -- 1. one rule of a line end: the aligned reader counts a CR alone as one ---------------------

_LINE_ENDS = ("\n", "\r\n", "\r")
#: a line's text: no character of a line end (LF, CR), no other of str.splitlines' ends either
_TEXT = st.text(
    st.characters(
        blacklist_categories=("Cs",),
        blacklist_characters="\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029",
    ),
    max_size=12,
)


@settings(max_examples=60, deadline=None)
@given(
    lines=st.lists(_TEXT.filter(lambda s: s.strip() != ""), min_size=1, max_size=8),
    ends=st.tuples(st.sampled_from(_LINE_ENDS), st.sampled_from(_LINE_ENDS)),
    last=st.booleans(),
)
def test_aligned_files_pair_line_n_whatever_ends_their_lines(
    tmp_path_factory: pytest.TempPathFactory, lines: list[str], ends: tuple[str, str], last: bool
) -> None:
    """Line *n* of the source pairs with line *n* of the target whether each file ends its
    lines with LF, CRLF or a CR alone (an old Mac's), as detect and romanize count them: a
    CR-only file was one line ("ends before line 2")."""
    folder = tmp_path_factory.mktemp("aligned")
    src, tgt = folder / "src.txt", folder / "tgt.txt"
    src.write_bytes((ends[0].join(lines) + (ends[0] if last else "")).encode("utf-8"))
    tgt.write_bytes((ends[1].join(f"<{s}>" for s in lines) + ends[1]).encode("utf-8"))
    pairs = list(read_pairs(str(src), str(tgt)))
    assert [(p.line, p.source, p.target) for p in pairs] == [
        (n, s, f"<{s}>") for n, s in enumerate(lines, 1)
    ]


def test_glossary_qa_checks_a_cr_only_file_line_by_line(tmp_path: Path) -> None:
    """``glossary qa ru.txt fr.txt`` of a CR-only source: exit 2, "ends before line 2"; now
    line 2 is checked (its "Власов" has no Vlassov in the target: a finding at line 2)."""
    glossary = tmp_path / "g.tsv"
    glossary.write_text("ru\tfr\nВласов\tVlassov\n", encoding="utf-8")
    (tmp_path / "ru.txt").write_bytes("Здравствуйте\rгенерал Власов\r".encode())
    (tmp_path / "fr.txt").write_bytes("Bonjour\ngénéral\n".encode())
    done = translit_cli(
        "glossary", "qa", tmp_path / "ru.txt", tmp_path / "fr.txt", "-g", glossary,
        "--source-lang", "ru", "-t", "fr",
    )  # fmt: skip
    assert done.returncode == 1, done.stderr.decode()
    assert "ru.txt:2: missing: Власов" in done.stdout.decode(), done.stdout.decode()


# -- 2. XLIFF units not to be translated ---------------------------------------------------------

_UNIT12 = '<trans-unit id="{id}"{no}><source>генерал</source><target>x</target></trans-unit>'


def _xliff12(body: str) -> str:
    return (
        '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file '
        f'source-language="ru" target-language="fr" original="a"><body>{body}</body></file></xliff>'
    )


def test_xliff_units_marked_translate_no_are_not_checked(tmp_path: Path) -> None:
    """XLIFF 1.2: a ``trans-unit translate="no"``, and the units of a ``<group
    translate="no">`` (but one saying ``translate="yes"`` itself) are not translated: they
    were checked as any other, each a finding. Skipped now, told once how many."""
    no, yes = ' translate="no"', ' translate="yes"'
    body = (
        _UNIT12.format(id=1, no=no)
        + f'<group translate="no">{_UNIT12.format(id=2, no="")}{_UNIT12.format(id=3, no="")}'
        + f"{_UNIT12.format(id=4, no=yes)}</group>"
        + _UNIT12.format(id=5, no="")
    )
    path = tmp_path / "job.xlf"
    path.write_text(_xliff12(body), encoding="utf-8")
    glossary = tmp_path / "g.tsv"
    glossary.write_text("ru\tfr\nгенерал\tgénéral\n", encoding="utf-8")
    done = translit_cli("glossary", "qa", path, "-g", glossary)
    out, err = done.stdout.decode(), done.stderr.decode()
    assert done.returncode == 1, err
    assert [ln.split(":")[2] for ln in out.splitlines()] == [" missing"] * 2, out
    assert 'job.xlf: 3 segments marked translate="no" skipped' in err, err
    assert err.startswith("translit: note: "), err
    assert err.count("job.xlf") == 1, err


def test_xliff2_units_marked_translate_no_are_not_checked(tmp_path: Path) -> None:
    """(XLIFF 2.0: ``translate="no"`` on a ``<unit>``, or inherited from its ``<file>``.)"""
    seg = "<segment><source>генерал</source><target>x</target></segment>"
    path = tmp_path / "job.xlf"
    path.write_text(
        '<xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="ru" '
        f'trgLang="fr"><file id="f"><unit id="1" translate="no">{seg}</unit>'
        f'<unit id="2">{seg}</unit></file><file id="g" translate="no"><unit id="3">{seg}'
        "</unit></file></xliff>",
        encoding="utf-8",
    )
    assert [s.line for s in read_pairs(str(path))] == [1]
    told: list[tuple[int, str]] = []
    assert len(list(read_pairs(str(path), note=lambda n, m: told.append((n, m))))) == 1
    assert told == [(0, '2 segments marked translate="no" skipped (not to be translated)')]


# -- 3. detect_frame with no column ---------------------------------------------------------------


def test_detect_frame_with_no_column_is_refused() -> None:
    """``detect_frame(frame, [])`` returned the frame unchanged, without a word (so did
    romanize_frame and normalize_frame, which share its reading of ``columns``)."""
    pytest.importorskip("dask", reason="the dask extra is not installed")
    import dask.dataframe as dd

    from translit.integrations.dask import detect_frame, normalize_frame, romanize_frame

    frame = dd.from_pandas(pd.DataFrame({"name": ["Юрий Гагарин"]}), npartitions=1)
    for call in (detect_frame, romanize_frame, normalize_frame):
        with pytest.raises(ParameterError, match=r"`columns` names the columns .*\['name'\]"):
            call(frame, [])
        with pytest.raises(ParameterError, match="`columns`"):
            call(frame, ())


# -- 4. initials before a surname: each converted -------------------------------------------------


def test_glossary_apply_writes_every_initial_before_a_surname() -> None:
    """``Ю. А. Ю. А. Гагарин`` became ``Ю. A. Iou. A. Gagarine`` with ``glossary apply -t fr``:
    the names layer wrote three words before the surname, and the fourth stayed Cyrillic
    beside Latin. Every initial is written, however many (a run of 30; 20,000 take ~3 s)."""
    lines = [
        "Ю. А. Ю. А. Гагарин",
        "Космонавт Ю. А. Ю. А. Гагарин полетел.",
        " ".join(["Ю. А."] * 15) + " Гагариным",
        "Ю. А. Гагарин",
    ]
    done = translit_cli("glossary", "apply", "-t", "fr", "-", stdin="\n".join(lines).encode())
    out = done.stdout.decode().splitlines()
    assert done.returncode == 0, done.stderr.decode()
    assert out[0] == "I. A. I. A. Gagarine", out
    assert out[1] == "Космонавт I. A. I. A. Gagarine полетел.", out
    assert out[2] == " ".join(["I. A."] * 15) + " Gagarine", out
    assert out[3] == "I. A. Gagarine", out
    assert not re.search("[А-я]", out[2]), out


# -- 5. the depth refusal of an XLIFF file names an XLIFF file ------------------------------------


def test_a_deep_xliff_is_refused_as_an_xliff_file(tmp_path: Path) -> None:
    """An XLIFF file nested 300 deep was refused "(a glossary nests a few levels)"."""
    deep = "<g>" * 300 + "генерал" + "</g>" * 300
    path = tmp_path / "deep.xlf"
    path.write_text(_xliff12(f'<trans-unit id="1"><source>{deep}</source></trans-unit>'), "utf-8")
    done = translit_cli("glossary", "qa", path, "--source-lang", "ru", "-t", "fr")
    err = done.stderr.decode()
    assert done.returncode == 2, err
    assert "deep.xlf:" in err and "(an XLIFF file nests a few levels)" in err, err
    assert "glossary" not in err, err


# -- 6. --encoding where no standard input is read -------------------------------------------------


@pytest.mark.parametrize(
    ("command", "own", "after"),
    [
        (("glossary", "lookup"), "TRANSLIT_GLOSSARY_LOOKUP_ENCODING", ("-t", "fr")),
        (("name-key",), "TRANSLIT_NAME_KEY_ENCODING", ()),
    ],
)
def test_an_encoding_without_stdin_is_refused(
    command: tuple[str, ...], own: str, after: tuple[str, ...]
) -> None:
    """``glossary lookup TERM --encoding cp1251`` (and ``name-key NAME``) read nothing in it
    and said nothing. Typed: a usage error (exit 2), as the CLI's other pointless options;
    the command's own variable: set aside with a warning; the shared TRANSLIT_ENCODING,
    set for every command: used by those that read, nothing said."""
    done = translit_cli(*command, "Власов", *after, "--encoding", "cp1251")
    err = done.stderr.decode()
    assert done.returncode == 2 and "error: --encoding reads the " in err, err
    done = translit_cli(*command, "Власов", *after, env={own: "cp1251"})
    err = done.stderr.decode()
    assert done.returncode == 0 and f"warning: {own} is set aside: --encoding" in err, err
    done = translit_cli(*command, "Власов", *after, env={"TRANSLIT_ENCODING": "cp1251"})
    assert done.returncode == 0 and not done.stderr, done.stderr.decode()
    done = translit_cli(*command, "-", *after, "--encoding", "utf-8", stdin="Власов\n".encode())
    assert done.returncode == 0 and "Власов" in done.stdout.decode(), done.stderr.decode()
