"""Capitals left open by case30 (caps32): the schemes that write acronyms with title-case
digraphs (``case.acronyms = "title"``: wikipedia, duden, french) on a line in capitals, in both
engines; initials on a line in capitals, before and after the surname.

Sources: WP:RUS for running text (ЖКХ → ZhKKh, ЦК → TsK); a line in capitals is its running text
in capitals (case30: bgn-pcgn writes РЕФОРМА ЖКХ → REFORMA ZHKKH, and a heading set in capitals
reads so), the letters each scheme's own table (Duden Ж sch, Х ch; French Ж j, Х kh); the rule
that says which line is in capitals is translit.engine.case.caps_line, shared with ``target=``.
Initials: a line in capitals is its running text in capitals, so the initials of Ю. А. Гагарин
(Yu. A. Gagarin: BGN/PCGN, and English usage) are YU. A. in it; on a line with a small letter
they keep title case beside words in capitals, as the US JPRS reports print their references
(JPRS-USP-92-002, 1 April 1992: "[Yu. B. Mineyev, I. B. Volkov, et al; KOSMICHESKIYE
ISSLEDOVANIYA, Vol 29 No 4, Jul-Aug 91]", "[V. A. Sarychev, M. Yu. Belyayev, et al; …]").
"""

from __future__ import annotations

import unicodedata

import pytest

from translit import catalogue, romanize


def _both(scheme: str, text: str) -> str:
    """The C engine's output (or the interpreter's, when not built), checked against the
    reference interpreter and the interpreter's memoised route."""
    r = catalogue.get_romanizer(scheme, "ru")
    out = r(text)
    assert r._romanize_reference(text) == out
    assert r._interpret(text) == out
    return out


@pytest.mark.parametrize(
    ("scheme", "line", "out"),
    [
        ("wikipedia", "РЕФОРМА ЖКХ", "REFORMA ZHKKH"),
        ("duden", "РЕФОРМА ЖКХ", "REFORMA SCHKCH"),
        ("french", "РЕФОРМА ЖКХ", "REFORMA JKKH"),
        ("wikipedia", "ДОКЛАД ЦК КПСС", "DOKLAD TSK KPSS"),
        ("wikipedia", "СТАНКОВЫЙ ПУЛЕМЁТ ДШК, 1938", "STANKOVY PULEMYOT DSHK, 1938"),
    ],
)
def test_scheme_acronym_on_a_line_in_capitals(scheme: str, line: str, out: str) -> None:
    assert _both(scheme, line) == out


@pytest.mark.parametrize(
    ("scheme", "line", "out"),
    [
        # running text keeps WP:RUS's title-case digraphs
        ("wikipedia", "Реформа ЖКХ", "Reforma ZhKKh"),
        ("wikipedia", "Доклад ЦК КПСС", "Doklad TsK KPSS"),
        ("duden", "Reforma ЖКХ", "Reforma SchKCh"),
        # a line of acronyms only is no heading in capitals
        ("wikipedia", "ЦК КПСС", "TsK KPSS"),
        ("wikipedia", "ЖКХ", "ZhKKh"),
        # one small letter anywhere on the line (a Latin word too) makes it running text
        ("wikipedia", "РЕФОРМА ЖКХ (draft)", "REFORMA ZhKKh (draft)"),
    ],
)
def test_scheme_acronym_in_running_text(scheme: str, line: str, out: str) -> None:
    assert _both(scheme, line) == out


def test_the_line_decides_not_the_text() -> None:
    text = "РЕФОРМА ЖКХ\nРеформа ЖКХ\r\nЦК КПСС\u2028ДОКЛАД ЦК"
    assert _both("wikipedia", text) == "REFORMA ZHKKH\nReforma ZhKKh\r\nTsK KPSS\u2028DOKLAD TSK"
    r = catalogue.get_romanizer("wikipedia", "ru")
    lines = ["РЕФОРМА ЖКХ\n", "Реформа ЖКХ\n", "ЖКХ"]
    assert list(r.romanize_lines(lines)) == ["REFORMA ZHKKH\n", "Reforma ZhKKh\n", "ZhKKh"]


@pytest.mark.parametrize(
    ("line", "out"),
    [
        ("РЕФОРМА ЖКХ Ж\u0324ЕСТЬ", "REFORMA ZHKKH ZHEST"),  # the acronym in C, beside it
        ("РЕФОРМА ЖК\u0324Х", "REFORMA ZHKKH"),  # the acronym itself declined
        ("Реформа ЖК\u0324Х", "Reforma ZhKKh"),
    ],
)
def test_an_acronym_and_a_word_the_c_engine_declines(line: str, out: str) -> None:
    # a word with a mark the scheme does not carry (U+0324) goes to the interpreter; an
    # acronym still reads its whole line (held(text, start, stop) in C, the memoised route)
    r = catalogue.get_romanizer("wikipedia", "ru")
    if r._c is not None:
        assert r._c(line, 0, len(line)).__class__ is tuple  # (declined: the route is tested)
    assert _both("wikipedia", line) == out


def test_a_long_line_in_capitals_cut_in_blocks() -> None:
    # the interpreter cuts a long text in blocks of 65,536 characters; the line is the text's
    line = "РЕФОРМА ЖКХ " * 7000
    assert _both("wikipedia", line) == "REFORMA ZHKKH " * 7000
    assert _both("wikipedia", line + "и") == "REFORMA ZhKKh " * 7000 + "i"


@pytest.mark.parametrize("scheme", ["wikipedia", "duden", "french"])
def test_schemes_agree_with_target_on_a_line_in_capitals(scheme: str) -> None:
    target = {"wikipedia": "en", "duden": "de", "french": "fr"}[scheme]
    word = romanize("РЕФОРМА ЖКХ", target=target).split()[1]
    assert romanize("РЕФОРМА ЖКХ", scheme).split()[1] == word


def test_a_line_in_nfd_reads_as_in_nfc() -> None:
    # NFD Й is И + U+0306: И is a vowel letter, Й is none; the C engine leaves such a line to
    # the interpreter, which reads it in NFC (hypothesis found ЙХ → JCh, its NFD JCH)
    for text, out in [("ЙХ", "JCh"), ("РЕФОРМА ЙХ", "REFORMA JCH"), ("Й ХЧ", "J ChTsch")]:
        nfd = unicodedata.normalize("NFD", text)
        r = catalogue.get_romanizer("duden", "ru")
        assert r(text) == r(nfd) == r._romanize_reference(nfd) == out, text


@pytest.mark.parametrize(
    ("src", "scheme", "out"),
    [
        # a line in capitals: the running text's initials in capitals, in both positions (the
        # first was Yu. A. GAGARIN)
        ("Ю. А. ГАГАРИН", "bgn-pcgn", "YU. A. GAGARIN"),
        ("ГАГАРИН Ю. А.", "bgn-pcgn", "GAGARIN YU. A."),
        ("Ю. А. ГАГАРИН", "ala-lc", "I͡U. A. GAGARIN"),
        ("ГАГАРИН Ю. А.", "ala-lc", "GAGARIN I͡U. A."),
        # ../shared/corpus/ru-poetry.txt line 507, in capitals (was I Ya... LYUBLYU...)
        ("И Я... ЛЮБЛЮ...", "bgn-pcgn", "I YA... LYUBLYU..."),
        # a line with a small letter: title case, wherever the words in capitals stand (the
        # first was GAGARIN YU. A., kosmonavt)
        ("ГАГАРИН Ю. А., космонавт", "bgn-pcgn", "GAGARIN Yu. A., kosmonavt"),
        (
            "Ю. Б. Минеев, И. Б. Волков; КОСМИЧЕСКИЕ ИССЛЕДОВАНИЯ",
            "bgn-pcgn",
            "Yu. B. Mineyev, I. B. Volkov; KOSMICHESKIYE ISSLEDOVANIYA",
        ),
        (
            "В. А. Сарычев, М. Ю. Беляев; КОСМИЧЕСКИЕ ИССЛЕДОВАНИЯ",
            "bgn-pcgn",
            "V. A. Sarychev, M. Yu. Belyayev; KOSMICHESKIYE ISSLEDOVANIYA",
        ),
        # initials alone are no line in capitals: nothing says so (as before)
        ("Ю. Ж.", "bgn-pcgn", "Yu. Zh."),
    ],
)
def test_initials_follow_their_line(src: str, scheme: str, out: str) -> None:
    assert _both(scheme, src) == out


@pytest.mark.parametrize("target", ["en", "de", "fr"])
def test_initials_of_a_line_in_capitals_under_target(target: str) -> None:
    running = romanize("Ю. А. Гагарин", target=target)
    assert romanize("Ю. А. ГАГАРИН", target=target) == running.upper()
    surname, initials = romanize("Гагарин", target=target), running.rsplit(" ", 1)[0]
    assert romanize("ГАГАРИН Ю. А.", target=target) == f"{surname} {initials}".upper()
    assert romanize("ГАГАРИН Ю. А., космонавт", target=target).startswith(
        f"{surname.upper()} {initials},"
    )
