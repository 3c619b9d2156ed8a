"""detect47: a text holding a letter a language's alphabet lacks is not decided as that
language unless the rest of the text shows the letter is foreign matter (a quoted name, a
loan); Ukrainian -кій -гій is no sign of the old Russian spelling; Kyrgyz ӊ is read as ң.

The pieces are real: 1-3 words cut from the UD sentences of ../shared/corpus (uk-iu.txt,
be-hse.txt, kk-ktb.txt, ky-ktmu.txt, ru-taiga.txt), each decided as a language lacking one of
its letters before (detect46's audit left them).
"""

from __future__ import annotations

import pytest
from conftest import corpus_files, needs_corpus

import translit
from translit import detection


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("ўвесь", "be"),  # be-hse.txt: ru (Russian has no ў; ў opening a text costs be points)
        ("ўсе часы было", "be"),  # ru
        ("ўніз", "be"),  # uk (Ukrainian has no ў)
        ("ў арт-прасторы «Корпус»", "be"),  # ru
        ("Пєсков", "uk"),  # uk-iu.txt: ru (є)
        ("МВД Леопольд Авзеґер,", "uk"),  # ru (ґ)
        ("яғни Стратмор", "kk"),  # kk-ktb.txt: ru (ғ)
        ("Александра Мария Лондонның", "kk"),  # ru (ң)
        ("герцогиниясы атанып, ағасы-Эдуард", "kk"),  # ky, which has no ғ
        ("чоӊ", "ky"),  # ky-ktmu.txt: ru (ӊ, typed for ң)
        ("Кыргызстандын статистикасы чоӊ", "ky"),  # ru
    ],
)
def test_a_letter_the_language_lacks_rules_it_out(text: str, lang: str) -> None:
    e = translit.explain_language(text)
    assert e.lang == lang == translit.detect(text), e.report()


@pytest.mark.parametrize(
    "text",
    ["якій", "у якій", "А будь-якій", "Великій", "на Великій", "технологій", "другій", "далекій"],
)
def test_ukrainian_kii_gii_is_no_old_russian_sign(text: str) -> None:
    # uk-iu.txt: the feminine locative and the genitive plural were read as pre-1918 Russian
    assert translit.detect(text) == "uk", translit.explain_language(text).report()


@pytest.mark.parametrize(
    "text",
    [
        "Достоевскій",
        "Россіи",
        "Великій Новгородъ",
        "Пріемные",  # bench/data/detect_old.tsv (emigre): і where the old spelling wrote it
        "Исторія государства Россійскаго",
    ],
)
def test_old_russian_stays_russian(text: str) -> None:
    assert translit.detect(text) == "ru", translit.explain_language(text).report()


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # the rest of the text shows its language: the letter is foreign matter
        ("Он сказал, что вчера вечером приехал в Київ.", "ru"),
        ('У тебя вон какая Ґ!"', "ru"),  # ru-taiga.txt
        ('Напад на абаронцу мемарыяла Курапаты каля " Поедем поедим".', "be"),  # be-hse.txt
        (
            "Выступаюць Nizkiz, Петля пристрастия, Мутнаевока, Teleport і SnopSnoŭ.",
            "be",
        ),  # be-hse.txt: и of a Russian band's name
    ],
)
def test_foreign_matter_keeps_the_language_of_the_rest(text: str, lang: str) -> None:
    e = translit.explain_language(text)
    assert e.lang == lang, e.report()
    assert "foreign matter" in e.reason


def test_the_reason_names_the_letter() -> None:
    e = translit.explain_language("Пєсков")
    assert e.lang == "uk" and "Russian lacks є" in e.reason, e.report()


def test_the_variant_is_read_as_its_letter() -> None:
    assert detection._prepare("ЧОӉ").counts["ң"] == 1
    assert translit.detect("чоӊ") == translit.detect("чоң") == "ky"


@needs_corpus
def test_no_one_word_piece_is_decided_as_a_language_lacking_its_letters() -> None:
    # every word of the UD corpora holding a letter Russian lacks: where a calibrated language
    # writes all its letters, the decision does too (Russian with its old letters where the
    # old spelling wrote them: Пріемные). Before: ўвесь ru, ўніз uk, Пєсков ru, чоӊ ru, …
    ev = detection._evidence()
    calibrated = [c for c, lg in ev.langs.items() if lg.statistics]
    words = set()
    for path in corpus_files("[a-z][a-z]-*.txt"):
        words |= set(path.read_text(encoding="utf-8").split())
    wrong, checked = [], 0
    for word in sorted(words):
        t = detection._prepare(word)
        present = set(t.counts)
        if len(t.words) != 1 or present <= ev.russian:
            continue
        writes = detection._writes(detection._old_letters(t, ev))
        if not any(present <= writes[c] for c in calibrated):
            continue
        checked += 1
        got = translit.detect(word)
        if got != "und" and not present <= writes[got]:
            wrong.append((word, got))
    assert checked > 3000
    assert not wrong, wrong[:20]
