"""Capitals left open by case29 (case30): acronyms of mixed case, and an acronym on a line in
capitals under the reader conventions (``target=``).

Sources: the BGN/PCGN Russian tests of Lingua::Translit's implementation (N. D. Lečić,
github.com/ndlecic/bgn-pcgn_rus, t/34_tr_BGN-PCGN_RUS_Standard.t, "Abbreviations": РАНХиГС →
RANKhiGS, СПбГУ → SPbGU, ЮУрГУ → YuUrGU: each capital of a mixed-case acronym is the initial of
a word and keeps its word's title case); WP:RUS for running text (ЖКХ → ZhKKh); a line in
capitals is its running text in capitals, as the standard schemes write it (bgn-pcgn: РЕФОРМА ЖКХ
→ REFORMA ZHKKH).
"""

from __future__ import annotations

import pytest

from translit import catalogue, romanize

BGN = catalogue.get_romanizer("bgn-pcgn", "ru")


@pytest.mark.parametrize(
    ("scheme", "src", "out"),
    [
        # Lečić's BGN/PCGN tests (the mixed-case ones: his all-caps acronyms are written in
        # title case too, RZhD, where translit's bgn-pcgn writes a word in capitals: RZHD)
        ("bgn-pcgn", "ЮУрГУ", "YuUrGU"),
        ("bgn-pcgn", "РАНХиГС", "RANKhiGS"),
        ("bgn-pcgn", "СПбГУ", "SPbGU"),
        # the same rule: a capital before a capital in a word with a small letter is an initial
        ("bgn-pcgn", "ЖКХшный", "ZhKKhshnyy"),
        ("wikipedia", "ЮУрГУ", "YuUrGU"),
        ("duden", "ЮУрГУ", "JuUrGU"),
        # unchanged: one-letter romanisations, title case, words in capitals
        ("bgn-pcgn", "ВЛКСМовец", "VLKSMovets"),
        ("bgn-pcgn", "КрасГМУ", "KrasGMU"),
        ("bgn-pcgn", "Щукин", "Shchukin"),
        ("bgn-pcgn", "ЩУКИН", "SHCHUKIN"),
        ("bgn-pcgn", "ЦСКА", "TSSKA"),
    ],
)
def test_mixed_case_acronym_capitals_are_initials(scheme: str, src: str, out: str) -> None:
    r = catalogue.get_romanizer(scheme, "ru")
    assert r(src) == out
    assert r._romanize_reference(src) == out  # the interpreter agrees with the C engine
    assert r(f"{src} ({src})") == f"{out} ({out})"


def test_mixed_case_acronym_kyrgyz_corpus_words() -> None:
    # the two words of ../shared/corpus (ky-ktmu) the rule changes under bgn-pcgn: ШКУ and ЖЧК
    # with Kyrgyz case endings (were SHKUnun, JCHKny)
    ky = catalogue.get_romanizer("bgn-pcgn", "ky")
    assert ky("ШКУнун") == ky._romanize_reference("ШКУнун") == "ShKUnun"
    assert ky("ЖЧКны") == ky._romanize_reference("ЖЧКны") == "JChKny"


@pytest.mark.parametrize("target", ["en", "de", "fr"])
@pytest.mark.parametrize(
    "line",
    ["Реформа ЖКХ", "Реформа ЖКХ и ВЧК", "Доклад ЦК КПСС", "Дом ЖКХ на улице"],
)
def test_acronym_on_a_line_in_capitals_is_in_capitals(target: str, line: str) -> None:
    running = romanize(line, target=target)
    assert romanize(line.upper(), target=target) == running.upper()


def test_acronym_in_running_text_keeps_its_form() -> None:
    assert romanize("Реформа ЖКХ", target="en") == "Reforma ZhKKh"  # WP:RUS
    assert romanize("РЕФОРМА ЖКХ", target="en") == "REFORMA ZHKKH"
    assert romanize("РЕФОРМА ЖКХ", "bgn-pcgn") == "REFORMA ZHKKH"
    # a line of acronyms only is no heading in capitals; the case is the line's, not the text's
    assert romanize("ЖКХ", target="en") == "ZhKKh"
    assert romanize("ЦК ЖКХ", target="de") == "ZK SchKCh"
    assert romanize("РЕФОРМА ЖКХ\nРеформа ЖКХ", target="en") == "REFORMA ZHKKH\nReforma ZhKKh"
