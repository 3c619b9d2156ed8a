"""Mojibake repair (translit.encodings.repair_mojibake, the `mojibake` rule of normalize and
`translit normalize --mojibake`): each common misreading comes back, sound text of every
language and of French is never touched, and a byte the misreading lost stays one U+FFFD."""

from __future__ import annotations

import unicodedata

import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from bench.mojibake import LOSSLESS, MISREADS, sloppy
from translit.cli import cli
from translit.encodings import mojibake_edits, repair_mojibake
from translit.normalization import normalize, normalize_report

SENTENCES = [
    "Генерал Андрей Власов и Русская освободительная армия (РОА).",
    "Київ — столиця України, а Львів — найбільше місто заходу.",
    "Мінск — сталіца Рэспублікі Беларусь.",
    "София е столицата на България.",
    "Скопје е главен град на Северна Македонија.",
]


@pytest.mark.parametrize("misread", LOSSLESS)
def test_each_misreading_comes_back(misread: str) -> None:
    tried = 0
    for sentence in SENTENCES:
        try:
            bad = MISREADS[misread](sentence)
        except UnicodeEncodeError:  # Ukrainian ї in KOI8-R, Macedonian ј in windows-1251…
            continue
        tried += 1
        assert bad != sentence
        assert repair_mojibake(bad) == sentence, bad
    assert tried >= 2


def test_the_issue_examples() -> None:
    assert (
        repair_mojibake("Ð’Ð»Ð°Ñ\x81Ð¾Ð² Ð¸ Ð\xa0ÐžÐ\x90, Ð’Ð¡ ÐšÐžÐ\x9dÐ\xa0")
        == "Власов и РОА, ВС КОНР"
    )
    assert repair_mojibake("Àíäðåé Âëàñîâ") == "Андрей Власов"


def test_a_lost_byte_stays_one_replacement_character() -> None:
    # "Андрей" in UTF-8 read as windows-1252 with replacement: А (D0 90) lost its 0x90
    bad = "Андрей Власов".encode().decode("cp1252", errors="replace")
    assert bad.startswith("Ð\ufffd")
    assert repair_mojibake(bad) == "\ufffdндрей Вла\ufffdов"


def test_only_the_misread_run_of_a_line_changes() -> None:
    line = "Статья: ÐŸÐµÑ‚ÐµÑ€Ð±ÑƒÑ€Ð³ (из старого архива)"
    assert repair_mojibake(line) == "Статья: Петербург (из старого архива)"
    assert mojibake_edits(line) == [(8, 26, "Петербург")]


@pytest.mark.parametrize(
    "sound",
    [
        "Il est à Moscou, très loin de chez lui.",
        "À l'époque, l'Église était très présente à Besançon.",
        "Ärger über Größe: Müller, Weiß und Schröder.",
        "Bjørn Ødegård i Tromsø.",
        "São Paulo, Ñandú, Ávila",
        "Подъезд № 5, «Ёлка» — ЁЖ, ОАО «РЖД», ВС КОНР",
        "Ђорђе Јовановић, Љубљана, Њујорк",
        "Қазақстан Республикасы, Өскемен, Ұлытау",
        "кар’єрах, приїжджав, ґанок, Ї, Є",
        "Cafe\u0301 vs café, Ð and Þ in Icelandic: Ðeir þú",
        # KOI8-U's bytes of тілі are the UTF-8 of Ԧ̦, a letter no alphabet writes (was repaired)
        "тілі-тілі ѓердан",
        # one word of two with a capital after a small letter is no line of swapped case
        # (half the words were taken for most: век аА was век ај, windows-1251 as MacCyrillic)
        "век аА",
        "век бА",
        "Привет мИр",
    ],
)
def test_sound_text_is_kept(sound: str) -> None:
    assert repair_mojibake(sound) == sound
    assert not any(c.rule.startswith("mojibake") for c in normalize_report(sound))


# sound lines the code-page scorer, which reads bytes and finds capitals rare, took for KOI8-R
# and windows-1251 read as each other (or CP866 as windows-1251): their reading must read better
# in the language detector's model too (bench/mojibake_audit.py found them)
@pytest.mark.parametrize(
    ("sound", "was"),
    [
        ("ПАК ЧОН аС", "рбл юпо Бу"),  # capitals with one word flipped
        ("иВАНОВ иВАН", "Йчбопч Йчбо"),  # caps lock on
        ("пРИВЕТ мИР", "Опхбер Лхп"),
        ("мОСКВА", "Нпулчб"),
        ("мРНК и", "Нтол Й"),  # an UD line (ru-taiga) as written
        ("ВСЁ ТАК", "ВСр ТАК"),  # capitals: Ё read as a sign inside a word
        ("БЪДЕ СЪДЕН", "вяде уядео"),  # Bulgarian capitals
        ("І ІНШЫЯ РЭЧЫ,", "В ВЭилп анзл,"),  # Belarusian capitals
        # (a first fix read these as CP866 read as MacCyrillic, whose capitals are alike:
        # (иВЕЙЦАРИЯ), В дОРМУЛЕ)
        ("(шВЕЙЦАРИЯ)", "(Ычекгбтйс)"),
        ("В фОРМУЛЕ", "б Тнплске"),
        # (moji49: the reading must read better by a margin per letter, a larger one for a line
        # of short words: acronyms)
        ("бЕРЕГ", "Ветез"),  # one or two words with caps lock on
        ("дНЕПР", "Доерт"),
        ("с дНЁМ", "У Доін"),
        ('"хЕБЪР"', '"Иевят"'),
        ("АЕЦ дНСП", "бег Доур"),  # acronyms, one word's first letter small
        ("#НН дНСП АН", "#оо Доур бо"),
        ("оТ БТПП.", "Нр ароо."),
        ("БНБ БЧК", "ама авй"),  # acronyms in capitals
        ("УРБР ХЛРПР", "спап укпоп"),  # ru-taiga's nonsense verse, in capitals
    ],
)
def test_sound_lines_the_scorer_misjudged_are_kept(sound: str, was: str) -> None:
    assert repair_mojibake(sound) == sound, was
    assert normalize(sound) == sound
    assert not any(c.rule.startswith("mojibake") for c in normalize_report(sound))


def test_sound_corpus_lines_are_kept(corpus) -> None:  # type: ignore[no-untyped-def]
    from conftest import corpus_files

    for path in corpus_files():
        for line in path.read_text(encoding="utf-8").splitlines()[:300]:
            assert repair_mojibake(line) == line, (path.name, line)


@given(st.sampled_from(SENTENCES), st.sampled_from(LOSSLESS), st.integers(0, 3))
def test_repair_is_idempotent_and_local(sentence: str, misread: str, pad: int) -> None:
    try:
        bad = MISREADS[misread](sentence)
    except UnicodeEncodeError:
        return
    text = "Sound line.\n" * pad + bad + "\nКиїв і Мінськ.\n"
    fixed = repair_mojibake(text)
    assert fixed == "Sound line.\n" * pad + sentence + "\nКиїв і Мінськ.\n"
    assert repair_mojibake(fixed) == fixed


def test_a_latin_capital_typed_into_a_short_line_is_a_look_alike_only() -> None:
    """век бA (a Latin A typed) is repaired as a look-alike alone: its line was read as KOI8-R
    misread as windows-1251, ЧЕЛ Вб."""
    assert normalize("век бA") == "век бА"
    assert normalize("бОДТЕК чМБУПЧ") == "Андрей Власов"  # (most words so: swapped)


def test_normalize_repairs_first_then_the_other_rules() -> None:
    # UTF-8 of a stressed word with a Latin look-alike, read as windows-1252
    bad = sloppy("Вла\u0301сов и PОА".encode())
    assert normalize(bad) == "Власов и РОА"
    assert normalize(bad, mojibake=False) == bad
    report = normalize_report(bad)
    assert [c.rule for c in report] == ["mojibake+stress", "mojibake", "mojibake+homoglyph"]


def test_cli_option_and_report(tmp_path) -> None:  # type: ignore[no-untyped-def]
    src = tmp_path / "a.txt"
    src.write_text("Ð”Ð¾Ð¼ ÐºÐ½Ð¸Ð³Ð¸\nДом книги\n", encoding="utf-8")
    run = CliRunner().invoke(cli, ["normalize", str(src)])
    assert run.exit_code == 0, run.output
    assert run.stdout == "Дом книги\nДом книги\n"
    kept = CliRunner().invoke(cli, ["normalize", "--no-mojibake", str(src)])
    assert kept.stdout == src.read_text(encoding="utf-8")
    report = CliRunner().invoke(cli, ["normalize", "--report", str(src)])
    assert f"{src}:1:1: mojibake: 'Ð”Ð¾Ð¼' -> 'Дом'" in report.stdout


def test_romanize_warns_of_mojibake_and_keeps_exit_0(tmp_path) -> None:  # type: ignore[no-untyped-def]
    src = tmp_path / "a.txt"
    src.write_text("Генерал Власов\nÐŸÐµÑ‚ÐµÑ€Ð±ÑƒÑ€Ð³ 1945\n", encoding="utf-8")
    run = CliRunner().invoke(cli, ["romanize", str(src)])
    assert run.exit_code == 0, run.output
    assert run.stdout.startswith("General Vlasov\nÐŸÐµÑ‚ÐµÑ€Ð±ÑƒÑ€Ð³ 1945")  # passed through
    assert f"{src}:2: 'ÐŸÐµÑ‚ÐµÑ€Ð±ÑƒÑ€Ð³' reads as 'Петербург'" in run.stderr
    assert "translit normalize" in run.stderr
    sound = tmp_path / "b.txt"
    sound.write_text("Генерал Власов, café, № 5, кВт\n", encoding="utf-8")
    assert "warning" not in CliRunner().invoke(cli, ["romanize", str(sound)]).stderr


def test_a_few_swapped_case_letters_are_no_koi8() -> None:
    # hypothesis found ЁЁ аВ read as KOI8-R (іі Бч) when four letters were enough; the language
    # decision (translit.detect, romanize's lang="auto") repairs no mojibake at all
    assert repair_mojibake("ЁЁ аВ") == "ЁЁ аВ"
    assert normalize("ЁЁ аВ") == "ЁЁ аВ"
    import translit

    assert translit.detect("ЁЁ аВ") == "ru"
    assert translit.detect("ÐŸÐµÑ‚ÐµÑ€Ð±ÑƒÑ€Ð³") == "und"


EMOJI = ["👍", "🙏", "😊", "🤷\u200d♀️", "🏊🏼\u200d♀️", "⚡️", "✌️", "💯"]
UTF8_ONCE = [k for k in LOSSLESS if k.startswith("utf8>") and k.count(">") == 1]


@given(
    st.lists(
        st.sampled_from(EMOJI)
        | st.characters(min_codepoint=0x1F300, max_codepoint=0x1FAFF, categories=["So"]),
        min_size=1,
        max_size=4,
    ),
    st.sampled_from(["", "Nice", "@screened-5 "]),
    st.sampled_from([k for k in UTF8_ONCE if k != "utf8>cp866"]),
)
def test_emoji_come_back(emoji: list[str], before: str, misread: str) -> None:
    # UTF-8 of an emoji is four bytes no sound text forms (ðŸ‘\x8d, рџ‘Ќ), or three and the
    # selector U+FE0F (âš¡ï¸\x8f): a run of them is sure without a letter. (Read as CP866 an
    # emoji is capitals, ЁЯСН, which the quick screen lets through: left as it is.)
    text = before + "".join(emoji)
    assert repair_mojibake(MISREADS[misread](text)) == text


def test_no_break_space_and_joiners_inside_a_run() -> None:
    # a run with a no-break space or a zero-width character was refused as unprintable
    for text in (
        "Гісторыі беларусаў, заблякаваных у\xa0Марока і\xa0Пэру",
        "\u200b\u200b</a><strong>Гэта сенсацыя!",
        "Не понимаю я этого ритуала у таких людей🤷\u200d♀️",
    ):
        for misread in UTF8_ONCE:
            assert repair_mojibake(MISREADS[misread](text)) == text, misread


def test_valid_utf8_is_no_8bit_misreading() -> None:
    # ✋ (E2 9C 8B) read as windows-1252 is âœ‹, whose bytes read as CP866 gave тЬЛ: bytes that
    # are valid UTF-8 are UTF-8 (as detect_encoding decides), never 8-bit Cyrillic
    bad = sloppy("✋✋✋✋".encode())
    assert repair_mojibake(bad) == bad
    assert (
        repair_mojibake("кар’єрах, вії, дії, історії» — ґанок")
        == "кар’єрах, вії, дії, історії» — ґанок"
    )


# lines whose only capital is the first letter: read in the other of KOI8-R and windows-1251
# they are capitals with no case break (у лютым: с КЧРШЛ), the class of miss the capitals screen
# finds; and lines in CP866 read as windows-1251 with signs beside signs (¬\xa0 is ма)
LOWER_LINES = [
    "У лютым беларусы ў сярэднім атрымлівалі 370 даляраў",
    "В парке раньше находилась эстрада, снесена и позднее на её месте выстроен дом",
    "С техния живот и творчество вече се занимава историята.",
    "У них народилася донька, а потім ще два сини.",
    "Добрый день! Поэтому сегодня мне не до юмора.",
    "Дзяцей няма каму нараджаць, кажа матка.",
    "Всё смотрела б я, долго б смотрела.",
    "Каза да не се шегувам с него.",
]
HEADINGS = [
    "ВЕЧЕРНЯЯ ПЕСНЯ",
    "НАРОДНО СЪБРАНИЕ",
    "ПЕРВЫЙ ГРОМ",
    "ДУМЫ ПАХАРЯ",
    "ТО БУДЕТ ВПРЕДЬ...",
    "НЕМЦАМ, ПОЛЬШЧА",
    "ПОСТАНОВЛЕНИЕ ВЕРХОВНОГО СОВЕТА РСФСР",
    "ЗАКОН УКРАЇНИ ПРО ДЕРЖАВНУ МОВУ",
]


@pytest.mark.parametrize("misread", ["cp1251>koi8_r", "koi8_r>cp1251", "cp866>cp1251"])
def test_lines_in_small_letters_come_back(misread: str) -> None:
    tried = 0
    for line in LOWER_LINES:
        try:
            bad = MISREADS[misread](line)
        except UnicodeEncodeError:
            continue
        tried += 1
        assert repair_mojibake(bad) == line, (misread, bad)
    assert tried >= 4


@given(st.lists(st.sampled_from(HEADINGS), min_size=1, max_size=3), st.booleans())
def test_headings_in_capitals_are_kept(headings: list[str], lower: bool) -> None:
    # sound capitals pass the capitals screen: the scorer's margin keeps them ("НАРОДНО
    # СЪБРАНИЕ" read from KOI8-R is 0.16 nats a letter more plausible, the margin is 0.3)
    text = "\n".join(h.lower() if lower else h for h in headings)
    assert repair_mojibake(text) == text
    assert not mojibake_edits(text)


@pytest.mark.parametrize("misread", ["cp1251>koi8_r", "koi8_r>cp1251", "cp866>cp1251"])
@pytest.mark.parametrize("word", ["Менск.", "Раскол", "Прости!", "Алиса!!!"])
def test_one_word_of_five_letters_comes_back(misread: str, word: str) -> None:
    # eight letters were needed (лЕМЯЙ. for Менск. was left); five are, with the margin
    assert repair_mojibake(MISREADS[misread](word)) == word


@pytest.mark.parametrize(
    "sound", ["кВт·ч и МВт", "БелТА, ТАСС", "ЕГЭ ОГЭ", "Кой е?", "ДУМЫ ПАХАРЯ"]
)
def test_short_sound_pieces_are_kept(sound: str) -> None:
    assert repair_mojibake(sound) == sound


# lines with no capital at all, as capitals: the scorer finds them 0.3-0.8 nats a letter more
# plausible read right, under the margin for capitals (0.8) that keeps sound headings; left
@pytest.mark.parametrize("misread", ["cp1251>koi8_r", "koi8_r>cp1251"])
@pytest.mark.parametrize(
    "line",
    [
        "мы гуляли по парку и говорили о погоде",
        "деревни черных и красных хмонгов. это древняя народность",
        *LOWER_LINES,
        *HEADINGS,
    ],
)
def test_a_misread_line_comes_back_or_stays(misread: str, line: str) -> None:
    try:
        bad = MISREADS[misread](line)
    except UnicodeEncodeError:
        return
    assert repair_mojibake(bad) in (line, bad)


@given(
    st.lists(
        st.one_of(
            st.tuples(st.sampled_from(SENTENCES), st.sampled_from(LOSSLESS)).map(
                lambda p: _misread_or_keep(*p)
            ),
            st.sampled_from(SENTENCES),
            st.sampled_from(["\n", "\x00", "ё", "Ё\u0301", "Ã", "A\u0303"]),
        ),
        max_size=8,
    ).map("".join)
)
def test_decomposed_text_is_screened_line_by_line_on_its_composed_form(text: str) -> None:
    # NFD text is composed once, whole, and its lines paired with the composed lines; with
    # `near` given empty (no span: every line, each composed on its own, the way it was done)
    # the repairs are the same
    nfd = unicodedata.normalize("NFD", text)
    if unicodedata.is_normalized("NFC", nfd):
        nfd += "е\u0308"
    assert mojibake_edits(nfd) == mojibake_edits(nfd, near=[])


def _misread_or_keep(sentence: str, misread: str) -> str:
    try:
        return MISREADS[misread](sentence)
    except UnicodeEncodeError:
        return sentence


def _sound_sentences() -> list[str]:
    """The sentences above and every UD line of ../shared/corpus (where present) of 1-12 words."""
    from conftest import corpus_files

    found = [*SENTENCES, *LOWER_LINES, *HEADINGS]
    for path in corpus_files():
        if not path.name.startswith("seed"):
            found += [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines()]
    return [ln for ln in found if ln and len(ln.split()) <= 12]


_FLIPS = {
    "swapped": str.swapcase,
    "capitals": str.upper,
    "small": str.lower,
    "title": lambda w: w[:1].upper() + w[1:].lower(),
    "first small": lambda w: w[:1].lower() + w[1:].upper(),
}


@given(
    st.sampled_from(_sound_sentences()),
    st.integers(0, 11),
    st.sampled_from(sorted(_FLIPS)),
    st.sampled_from(["as written", "capitals", "caps lock"]),
)
def test_one_word_of_a_sound_sentence_in_another_case_is_kept(
    sentence: str, at: int, flip: str, line_case: str
) -> None:
    # a sound line with one word's case changed (caps lock on, one word typed in capitals or
    # small letters) is never repaired into other letters
    line = {"as written": sentence, "capitals": sentence.upper(), "caps lock": sentence.swapcase()}
    words = line[line_case].split(" ")
    words[at % len(words)] = _FLIPS[flip](words[at % len(words)])
    text = " ".join(words)
    assert repair_mojibake(text) == text
