"""Language detection: the issue's examples, distinctive letters, spans, the corpus accuracy."""

from __future__ import annotations

import itertools
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import corpus_files
from hypothesis import given
from hypothesis import strategies as st

import translit
from translit.cli import cli
from translit.detection import LANGUAGES, detect, detect_or_default, detect_spans


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # issue #3, "Examples that must hold"
        ("Київ — столиця України", "uk"),
        ("Москва — столица России", "ru"),
        ("Мінск — сталіца Беларусі", "be"),
        # one letter only one of the languages has
        ("Ђорђе Јовановић", "sr"),
        ("Ѓорѓи", "mk"),
        ("Ќе дојдам утре.", "mk"),
        ("Қазақстан", "kk"),
        ("Ґанок", "uk"),
        ("Беларусь — краіна ў Еўропе.", "be"),
        # sentences with shared letters only
        ("България е държава в Югоизточна Европа.", "bg"),
        ("Скопје е главен град на Македонија и најголемиот град во државата.", "mk"),
        ("Београд је главни град Србије и највећи град у држави.", "sr"),
        ("Бишкек Кыргызстандын борбору жана эң чоң шаары болуп саналат.", "ky"),
        ("Өнөөдөр Улаанбаатар хотод цаг агаар сайхан байна.", "mn"),
        ("Сегодня в Москве прошёл сильный дождь, и улицы были пустыми.", "ru"),
        ("Сьогодні в Києві йшов сильний дощ, і вулиці були порожні.", "uk"),
    ],
)
def test_detect_examples(text: str, lang: str) -> None:
    assert detect(text) == lang
    assert translit.detect(text) == lang


def test_no_cyrillic_is_und_and_auto_falls_back_to_russian() -> None:
    assert detect("Hello, world 123") == "und"
    assert detect("") == "und"
    assert detect_or_default("Hello") == "ru"
    # no distinguishing evidence: Russian
    assert detect("Москва") == "ru"
    assert detect("Хабаровск") == "ru"


def test_romanize_auto_uses_the_detected_language() -> None:
    # г is h in Ukrainian: the bug users hit when Ukrainian is romanised with Russian rules
    assert translit.romanize("Гоголь і Київ") == "Hoholʹ i Kyyiv"
    assert translit.romanize("Гоголь и Москва") == "Gogolʹ i Moskva"
    assert translit.romanize("Ђорђе", scheme="bgn-pcgn") == "Đorđe"


@given(st.text(max_size=200))
def test_spans_cover_the_text(text: str) -> None:
    spans = detect_spans(text)
    assert "".join(text[s:e] for s, e, _ in spans) == text
    assert all(a.end == b.start for a, b in itertools.pairwise(spans))
    assert all(lang in (*LANGUAGES, "und") for _, _, lang in spans)


def test_spans_of_mixed_text() -> None:
    text = "Hello! Київ — столиця України. Так. Москва — столица России, и это большой город."
    got = [(text[s:e].strip(), lang) for s, e, lang in detect_spans(text)]
    assert got == [
        ("Hello!", "und"),
        ("Київ — столиця України. Так.", "uk"),
        ("Москва — столица России, и это большой город.", "ru"),
    ]


def _sentences(path: Path) -> list[str]:
    return [
        line.strip()
        for line in path.read_text(encoding="utf-8").splitlines()
        if len(line.split()) >= 5
    ]


TARGET = 0.98
# Measured per-sentence accuracy is lower than the target for these two (see the issue note):
# Bulgarian sentences without ъ щ я й read as Russian or Macedonian, Macedonian ones without
# ѓ ќ ѕ as Serbian. The floors guard against regressions; the target test records the gap.
FLOOR = {"bg": 0.95, "mk": 0.93}

FILES = corpus_files("[a-z][a-z]-*.txt")


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_corpus_accuracy_floor(path: Path) -> None:
    lang = path.name[:2]
    sentences = _sentences(path)
    right = sum(detect(s) == lang for s in sentences)
    assert right / len(sentences) >= FLOOR.get(lang, TARGET), f"{right}/{len(sentences)}"


@pytest.mark.parametrize(
    "path",
    [
        pytest.param(
            p,
            marks=pytest.mark.xfail(
                p.name[:2] in FLOOR, reason="below the 98% target, see FLOOR", strict=True
            ),
        )
        for p in FILES
    ],
    ids=lambda p: p.stem,
)
def test_corpus_accuracy_target(path: Path) -> None:
    lang = path.name[:2]
    sentences = _sentences(path)
    right = sum(detect(s) == lang for s in sentences)
    assert right / len(sentences) >= TARGET, f"{right}/{len(sentences)}"


def test_corpus_tests_say_why_they_are_absent() -> None:
    if not FILES:
        pytest.skip("../shared/corpus is absent (only CI and developers have it)")


def test_cli_detect_per_line_and_summary(tmp_path: Path) -> None:
    f = tmp_path / "mixed.txt"
    f.write_text("Київ — столиця України\nHello\nМосква — столица России\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["detect", str(f)])
    assert result.exit_code == 0
    assert result.output.split() == ["uk", "und", "ru"]
    result = CliRunner().invoke(cli, ["detect", "--summary", str(f)])
    assert result.exit_code == 0
    assert re.search(r"3 lines: (uk|und|ru) 1 \(33\.3%\)", result.output)


def test_cli_detect_stdin_and_errors(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["detect"], input="Мінск — сталіца Беларусі\n")
    assert result.exit_code == 0 and result.output == "be\n"
    bad = tmp_path / "bad.txt"
    bad.write_bytes("Київ\n".encode() + b"\xff\xfe\n")
    result = CliRunner().invoke(cli, ["detect", str(bad), str(tmp_path / "missing.txt")])
    assert result.exit_code == 1
    assert f"translit: error: {bad}:2:" in result.output
    assert "missing.txt" in result.output


def test_cli_detect_reads_legacy_encodings_through_the_io_layer(tmp_path) -> None:
    from click.testing import CliRunner

    from translit.cli import cli

    path = tmp_path / "cp1251.txt"
    path.write_bytes("Київ — столиця України\nМосква — столица России\n".encode("cp1251"))
    result = CliRunner().invoke(cli, ["detect", str(path)])
    assert result.exit_code == 0, result.output
    assert result.output.split() == ["uk", "ru"]
