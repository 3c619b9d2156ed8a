"""Fault suite, hostile49: an eleventh attacker's round on the fortieth session's code.

Each test builds its input itself and fails on the commit before its fix (the guards of what
held say so in their docstring).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import translit
from translit.engine.lookalike import repair
from translit.script import drop_invisible

# -- 1. a combining mark right after a soft hyphen or a joiner ------------------------------------
# One reading: the mark is the letter's (a reader sees it over the letter, the invisible
# character having no glyph; Unicode makes no base of U+00AD, so the mark attaches to no
# character, least of all the soft hyphen: a hyphenator that counts code points put the soft
# hyphen between a letter and its stress mark). romanize reads it so (Ви\xad\u0301ктор →
# Ví\xadktor), normalize's stress rule strips it as the letter's; and a text transform
# (normalize, the look-alike repair) moves and composes nothing across the invisible
# character, as NFC does not.


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("aaі\u00ad\u0308", "aai\u00ad\u0308"),  # (repair gave "aaï\xad": composed across)
        ("Кие\u00ad\u0308в" + "x", None),
        ("Пp\u00ad\u0301ивет", "Пр\u00ad\u0301ивет"),
        ("aaі\u200d\u0308", "aai\u200d\u0308"),
        ("Кiе\u2060\u0306в", "Кіе\u2060\u0306в"),
    ],
)
def test_the_repair_composes_nothing_across_an_invisible_character(
    text: str, want: str | None
) -> None:
    """lookalike.repair of "aaі\\xad\\u0308" gave "aaï\\xad" (the mark composed onto the
    letter before the soft hyphen) where normalize, whose rule it says it is, keeps
    "aai\\xad\\u0308"."""
    got = repair(text)
    assert got == translit.normalize(text, form=None, stress="keep", mojibake=False)
    if want is not None:
        assert got == want


_SCHEMES = [("bgn-pcgn", "ru"), ("official", "uk"), ("iso-9", "uk"), ("official", "be"),
            ("official", "bg"), ("bgn-pcgn", "uk"), ("official", "mk")]  # fmt: skip


@pytest.mark.parametrize(("scheme", "lang"), _SCHEMES)
@pytest.mark.parametrize("hidden", ["\u00ad", "\u200d", "\u2060", "\ufe0f"])
@pytest.mark.parametrize("word", ["Г\u0301", "к\u0301а", "и\u0306", "Кі\u0308в"])
def test_a_mark_after_an_invisible_character_is_its_letter_s(
    scheme: str, lang: str, hidden: str, word: str
) -> None:
    """romanize -s official -l uk of "Г\\xad\\u0301" wrote "H\\xad", of "Г\\u0301" (NFC: Ѓ)
    "Gj": the mark after the soft hyphen was read as a stray mark, not as its letter's, so
    the word read otherwise with the soft hyphen than without it (bg: G against Gj; be:
    Ḣ against Ǵ)."""
    r = translit.get_romanizer(scheme, lang)
    cut = word[:1] + hidden + word[1:]
    got = r(cut)
    assert drop_invisible(got) == r(word)
    assert got.count(hidden) == 1
    assert got == r._romanize_reference(cut)


# -- 2. a stop signal while the command line loads ------------------------------------------------

_STOPPED_WHILE_LOADING = """
import os, signal, sys
class Hook:  # the signal comes while translit.cli is imported: the run's first ~0.4 s
    def find_spec(self, name, path, target=None):
        if name == "{at}":
            os.kill(os.getpid(), signal.{sig})
        return None
sys.meta_path.insert(0, Hook())
sys.argv = ["translit", "schemes"]
from translit.__main__ import run
run()
"""


@pytest.mark.skipif(not hasattr(signal, "SIGHUP"), reason="POSIX signals")
@pytest.mark.parametrize(("sig", "code"), [("SIGTERM", 143), ("SIGHUP", 129)])
@pytest.mark.parametrize("at", ["translit.cli", "click.core"])
def test_a_stop_signal_while_the_command_line_loads_is_said(sig: str, code: int, at: str) -> None:
    """A SIGTERM in a run's first ~0.4 s (the command line loading, before its handlers were
    set) killed it by the signal's default action: status -15, no word; one inside
    translit.cli's own imports (click.core) wrote "translit: interrupted", exit 130. Now 143
    and the line every stopped command writes."""
    proc = subprocess.run(  # noqa: PLW1510 (the status is the test's)
        [sys.executable, "-c", textwrap.dedent(_STOPPED_WHILE_LOADING.format(sig=sig, at=at))],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
    )
    assert proc.returncode == code, proc
    assert proc.stderr == f"translit: interrupted by {sig}\n"
    assert proc.stdout == ""


def test_a_signal_ignored_at_start_stays_ignored_while_loading() -> None:
    """(A guard: nohup's ignored SIGHUP is not taken over by the early handler.)"""
    script = textwrap.dedent(_STOPPED_WHILE_LOADING.format(sig="SIGHUP", at="click.core"))
    script = "import signal; signal.signal(signal.SIGHUP, signal.SIG_IGN)\n" + script
    proc = subprocess.run(  # noqa: PLW1510 (the status is the test's)
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120
    )
    assert proc.returncode == 0, proc
    assert "bgn-pcgn" in proc.stdout


# -- 3. GOST 7.79 B's two-character `` cut by a soft hyphen at a word's end ---------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("azh`\u00ad`", "ажъ\u00ad"),  # (was "ажь\xad`": ь and a stray `)
        ("azh`\u200d`, pod`\u00ad`ezd", "ажъ\u200d, подъ\u00adезд"),
        ("Iz`\u00ad`", "Изъ\u00ad"),
        ("azh``\u00ad", "ажъ\u00ad"),  # (after both signs: as it was)
    ],
)
def test_gost_b_hard_sign_cut_by_an_invisible_character_reverses_as_one(
    text: str, want: str
) -> None:
    """reverse -s gost-7.79-b of "azh`\\xad`" wrote "ажь\\xad`": the word's last sign cut by a
    soft hyphen was read as ` (ь) and a stray ` (a sign between letters was read whole)."""
    assert translit.reverse(text, scheme="gost-7.79-b", lang="ru") == want


# -- 4. what is typed for ё and the Ukrainian apostrophe: read as written -------------------------


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        # e: is a word's е before a colon (37 lines of the UD corpora: "решение: всем",
        # "главное: зачем"), never ё: reading it so would write решениё
        ("А главное: зачем", "ru", "A glavnoye: zachem"),
        ("решение: всем", "ru", "resheniye: vsem"),
        # " glued between letters is a quotation's edge (ru-taiga: Партия "Яблоко"настроена;
        # ТОВ"Світанок"), not an apostrophe: reading it so would drop the quote
        ('ТОВ"Світанок"', "uk", 'TOV"Svitanok"'),
        ('"Яблоко"настроена', "ru", '"Yabloko"nastroyena'),
    ],
)
def test_a_colon_and_a_double_quote_stay_as_written(text: str, lang: str, want: str) -> None:
    """(A guard of a decision, hostile49: e: for ё and " for the apostrophe are not read as
    such; the text's colon and quotes are kept.)"""
    assert translit.romanize(text, lang=lang) == want
    assert translit.normalize(text, lang=lang, mojibake=False) == text


# -- 5. an --in-place input replaced or written to by another program during the run -------------


@pytest.mark.parametrize("how", ["renamed over", "appended to"])
def test_an_in_place_input_changed_under_the_run_is_not_overwritten(
    tmp_path: Path, how: str
) -> None:
    """romanize --in-place of a file another program replaced (an editor's save: a new file
    renamed over it) while the run read the old one wrote the old content's romanisation over
    the new file: the new text was lost (with --backup, the backup held it, the old original
    gone). Now the input is not written: the file is left as the other program left it."""
    from translit.io.atomic import AtomicFile

    src = tmp_path / "a.txt"
    src.write_text("Москва\n", encoding="utf-8")
    out = AtomicFile(src, keep_mode_of=src)
    out.write(b"Moskva\n")
    if how == "renamed over":
        new = tmp_path / "new.txt"
        new.write_text("Новый текст\n", encoding="utf-8")
        os.replace(new, src)
    else:
        with open(src, "a", encoding="utf-8") as f:
            f.write("ещё строка\n")
    with pytest.raises(OSError, match="changed while it was read"):
        out.commit()
    assert "Moskva" not in src.read_text(encoding="utf-8")
    assert [p.name for p in tmp_path.iterdir()] == ["a.txt"]  # (no temporary file left)


def test_an_in_place_input_left_alone_is_written(tmp_path: Path) -> None:
    """(A guard: the check lets the run's own file through, a hard-linked backup too.)"""
    from translit.io.atomic import AtomicFile

    src = tmp_path / "a.txt"
    src.write_text("Москва\n", encoding="utf-8")
    out = AtomicFile(src, keep_mode_of=src, backup=str(src) + ".orig")
    out.write(b"Moskva\n")
    out.commit()
    assert src.read_text(encoding="utf-8") == "Moskva\n"
    assert (tmp_path / "a.txt.orig").read_text(encoding="utf-8") == "Москва\n"
