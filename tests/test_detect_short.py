"""The language decision on short input: spellings an orthography excludes, estimated languages
against calibrated ones, ties reported in the result, and the evaluation generator of
bench/detect_short.py (same seed, same spans)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import translit
from bench import detect_mixed, detect_short


def test_belarusian_u_short_stands_only_after_a_vowel() -> None:
    # ў after a consonant is Uzbek ў, not Belarusian (be.toml [[impossible]]); opening a text
    # it costs Belarusian points (be.toml [[patterns]]), so Ўзбек is still Uzbek
    assert translit.detect("Ўзбек") == "uz"
    assert translit.detect("ЎЗБЕК") == "uz"
    assert translit.detect("кўп") == "uz"
    # after a vowel, also across a space, it stays Belarusian
    assert translit.detect("Праўда") == "be"
    assert translit.detect("на ўсходзе") == "be"
    # a piece cut from a sentence after a word ending in a vowel opens with ў: with і, a letter
    # the Uzbek alphabet lacks, it is Belarusian (it was Uzbek while ў opening a text counted
    # as a letter outside Belarusian)
    assert translit.detect("ўрад Беларусі") == "be"
    assert translit.detect("ў Мінску") == "be"


@pytest.mark.parametrize("gap", ["\n", "\r\n", "\t", "\u00a0", "  "])
def test_belarusian_u_short_after_a_vowel_across_any_white_space(gap: str) -> None:
    # a wrapped line breaks between two words, and Belarusian typography puts a no-break space
    # after a short word: white space of any kind stands between the two words (pieces of the
    # held-out half of UD Belarusian-HSE; with a line break or a no-break space for the space,
    # ў was read as opening the text, and Uzbek or Ukrainian won)
    assert translit.detect(f"ва{gap}ўмовах") == "be"
    assert translit.detect(f"амаль на{gap}ўсіх") == "be"
    assert translit.detect(f"Паўгода{gap}ўжо там") == "be"
    # after a consonant, across any white space, ў stays impossible in Belarusian (кўп)
    assert translit.detect(f"брат{gap}ўзяў") == "uz"


def test_a_piece_of_a_belarusian_sentence_opening_with_u_short_is_no_uzbek(corpus: Path) -> None:
    # every piece of 1 to 3 words of the held-out (odd) lines of the Belarusian corpus that
    # opens with ў and holds і or ы, letters Uzbek lacks: none is Uzbek (238 of the held-out
    # pieces of 1 to 5 words opening with ў were, before)
    lines = (corpus / "be-hse.txt").read_text(encoding="utf-8").splitlines()[1::2]
    pieces = set()
    for line in lines:
        words = [w.strip(detect_short._EDGE) for w in line.split()]
        words = [w for w in words if w]
        for k in (1, 2, 3):
            for i in range(len(words) - k + 1):
                text = " ".join(words[i : i + k])
                if text[:1] in "ўЎ" and any(c in text.lower() for c in "іы"):
                    pieces.add(text)
    assert len(pieces) > 300
    assert not [t for t in sorted(pieces) if translit.detect(t) == "uz"]


def test_an_estimated_language_may_outscore_a_calibrated_one_sharing_its_letters() -> None:
    # қ ғ are Kazakh letters too; Uzbek outscores Kazakh here by more than ESTIMATED_MARGIN
    assert translit.detect("Шарқий қирғоқ") == "uz"
    e = translit.explain_language("Шарқий қирғоқ")
    assert e.scores["uz"] - e.scores["kk"] > translit.detection.ESTIMATED_MARGIN


def test_a_tie_is_reported() -> None:
    e = translit.explain_language("Сербія")  # Ukrainian and Belarusian spell it so
    assert set(e.tied) == {"uk", "be"}
    assert e.lang == e.tied[0]
    assert "tie" in e.reason and "tie:" in e.report()
    clear = translit.explain_language("Київ")  # ї: Ukrainian alone among the calibrated
    assert clear.lang == "uk" and clear.tied == ()
    assert "tie" not in clear.report()


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="абвгдеіїєўқғңөүһјљњӣҷәзклмнопрстуфхцчшыэюяь ", max_size=30))
def test_a_tie_names_the_decision_first_and_stays_within_the_margin(text: str) -> None:
    e = translit.explain_language(text)
    if e.tied:
        assert len(e.tied) >= 2 and len(set(e.tied)) == len(e.tied)
        assert e.tied[0] == e.lang == translit.detect(text)
        top = max(e.scores[c] for c in e.tied)
        margin = translit.detection.TIE_MARGIN
        assert all(top - margin <= e.scores[c] for c in e.tied)
        # the best score decides, unless the chosen language prevails over it in a tie
        best = max(e.tied, key=e.scores.__getitem__)
        prevails = translit.detection._evidence().langs[e.lang].prevails
        assert e.scores[e.lang] == top or best in prevails


def test_a_tie_between_ukrainian_and_belarusian_goes_to_ukrainian() -> None:
    # Мар'яна, Знам'янка and сім'я are spelled so in both (an apostrophe before я: Pravopys
    # 2019 § 6, Pravily 2008 § 13); Belarusian scores higher, Ukrainian text is far more common
    for text in ("сім'я", "Знам’янка", "ЗНАМ’ЯНКА", "Мар'яна"):
        e = translit.explain_language(text)
        assert e.lang == "uk" and set(e.tied) == {"uk", "be"}, (text, e.report())
    e = translit.explain_language("сім'я")
    assert e.scores["be"] > e.scores["uk"]  # (so the tie, not the score, decided it)
    assert "Ukrainian prevails in a tie" in e.report()
    assert translit.romanize("Знам’янка") == "Znamianka"  # the Ukrainian default, KMU 55
    # a text that settles it stays Belarusian
    assert translit.detect("сям'я") == "be" and translit.detect("Мінск — сталіца Беларусі") == "be"


# engineer41's file: Ukrainian places and names with one Russian place. Its ё is a letter
# Ukrainian lacks and Rusyn has, but Russian's too: no evidence of Rusyn's own (rue.toml)
_UK_WITH_A_RUSSIAN_PLACE = "Київ\nХарків\nПетрович\nЩёлково\nОлександр Усик\n"


def test_a_tie_between_ukrainian_and_rusyn_without_rusyn_evidence_goes_to_ukrainian() -> None:
    e = translit.explain_language(_UK_WITH_A_RUSSIAN_PLACE)
    # (rusyn41: without evidence of its own Rusyn no longer even ties: Ukrainian lacks only ё,
    # a letter Russian has too)
    assert e.lang == "uk" and "rue" not in e.tied, e.report()
    assert e.scores["rue"] > e.scores["uk"]  # (so the evidence rule, not the score, decided it)
    # the file as a whole: it was Russian (Rusyn, which no line is on its own, fell back)
    assert translit.detection.detect_file(_UK_WITH_A_RUSSIAN_PLACE) == "uk"
    assert translit.autodetect.auto_file_language(_UK_WITH_A_RUSSIAN_PLACE) == "uk"
    assert translit.detect("Київ Харків Щёлково") == "uk"
    # Rusyn's own letters and words still make it Rusyn
    assert translit.detect("Русиньскый язык є їх") == "rue"


def test_rusyn_ahead_of_ukrainian_still_needs_its_own_evidence() -> None:
    # rusyn41: Rusyn led Ukrainian by more than the tie margin and won on ы ё alone, letters
    # Russian has too; names in title case are no evidence (a name keeps its language's spelling)
    assert translit.detect("Київ Харків Щёлково сыр") == "uk"
    assert translit.detect("Київ, Сыктывкар") != "rue"
    # a line of Rusyn (rusinskiimir.ru, Society for Rusyn Evolution): ы beside і in its words
    assert translit.detect("но сякый термін не може быти принятый дїля опредїленя") == "rue"


_UK_WORDS = ("Київ", "Харків", "Олександр", "їх", "є", "і", "сім'я")
_RU_WORDS = ("Щёлково", "Ёжик", "подъезд", "Петрович", "сыр", "Быково")
_RUE_WORDS = ("што", "ку", "тота", "Русины", "Дїти", "быти")
# Rusyn's words that are its evidence in a tie (rusyn41: што ку тота; detect46: the words of
# MediaWiki's extension messages in Rusyn that no UD Ukrainian or Russian sentence writes)
_RUE_TIE_WORDS = frozenset(
    [
        "што",
        "ку",
        "тота",
        "тоту",
        "котрый",
        "котрых",
        "вшыткы",
        "вшыткых",
        "вшытко",
        "кідь",
        "почас",
        "быти",
        "сьте",
        "жебы",
        "лем",
        "єй",
    ]
)


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.lists(st.sampled_from(_UK_WORDS + _RU_WORDS + _RUE_WORDS), min_size=1, max_size=3),
        min_size=1,
        max_size=4,
    )
)
def test_rusyn_wins_a_tie_with_ukrainian_only_on_its_own_evidence(lines: list[list[str]]) -> None:
    text = "\n".join(" ".join(words) for words in lines)
    e = translit.explain_language(text)
    # Rusyn's evidence, read in the words not in title case (names: Київ, Русины)
    low = "\n".join(" ".join(w for w in ws if not w.istitle()) for ws in lines).lower()
    own = any(
        ("ы" in line and any(c in line for c in "іїєґ"))
        or any(w in _RUE_TIE_WORDS for w in line.split())
        for line in low.splitlines()
    )
    if {"uk", "rue"} <= set(e.tied):
        # without Rusyn's evidence Ukrainian prevails; with it, the better score decides
        best = max(("uk", "rue"), key=lambda c: e.scores[c])
        assert e.lang == (best if own else "uk"), e.report()
    # tie or lead: never Rusyn without its evidence (rusyn41)
    assert e.lang != "rue" or own, e.report()


def test_the_evaluation_spans_are_reproducible() -> None:
    names = detect_short.name_spans()
    assert names == detect_short.name_spans()
    assert {s.lang for s in names} == {"sr", "tg", "uz", "mn", "tt", "ba"}
    assert {s.split for s in names} == {"held", "cal"}
    assert {s.form for s in names} == {"as is", "Title", "CAPS"}
    caps = [s.text for s in names if s.form == "CAPS"]
    assert all(t == t.upper() for t in caps)


def test_the_cldr_items_of_the_mixed_evaluation_follow_their_labelling_rule() -> None:
    items = detect_mixed.cldr_items()
    assert items == detect_mixed.cldr_items()
    assert {s.split for s in items} == {"held", "cal"}
    for s in items:
        assert "ru" not in s.labels and s.labels and s.kind.startswith("cldr-")
        assert detect_mixed._CYR.search(s.text)


def test_the_mixed_evaluation_is_reproducible(corpus: Path) -> None:
    one = detect_mixed.corpus_items(seed=5, per_kind=4)
    assert one == detect_mixed.corpus_items(seed=5, per_kind=4)
    assert {s.kind for s in one} >= {"names", "in-fr", "headline", "seed"}
    assert all(s.text == s.text.upper() for s in one if s.kind == "headline")
    pairs = detect_mixed.mixed_pairs(seed=5, per_pair=2)
    assert all(p.first != p.second for p in pairs)


def test_the_corpus_spans_are_reproducible(corpus: Path) -> None:
    one = detect_short.corpus_spans(seed=5, per_length=4)
    assert one == detect_short.corpus_spans(seed=5, per_length=4)
    assert one != detect_short.corpus_spans(seed=6, per_length=4)
    for s in one:
        if s.form == "as is":
            assert len(s.text.split(" ")) == int(s.kind[0])
    assert {s.lang for s in one} >= {"ru", "uk", "be", "bg", "mk", "kk", "ky"}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Жыццё", "be"),  # жы: Russian writes жи
        ("Ведаць", "be"),  # -ць closing a word, with ы-less Belarusian statistics
        ("Вони знають", "uk"),  # -ють
        ("Що далі", "uk"),
        ("Гэтым летам", "be"),
        ("Трэба ведаць", "be"),
        ("Дуже добре", "uk"),
        ("Працювати", "uk"),  # -ювати
        ("Това е", "bg"),
        ("Зошто", "mk"),
        ("Менен бирге", "ky"),
        ("Айылдагы мектеп", "ky"),  # -дагы
        ("Баланын", "ky"),  # the genitive -нын
        # Ukrainian oblast names as the Constitution of Ukraine (art. 133) writes them: the
        # feminine of -ський -цький, which Russian writes -ская -цкая
        ("Хмельницька область", "uk"),
        ("Полтавська область", "uk"),
        ("Донецька", "uk"),
        ("Волинською", "uk"),
        ("Засгийн газар", "mn"),  # the Government of Mongolia: the genitive -ийн
        ("Энэ хот", "mn"),  # the particle энэ
        ("Гуьмсе", "ce"),  # Gudermes in Chechen: уь, ь after a vowel
        ("Окуу китеби", "ky"),  # the verbal noun -уу: a school book
        ("Мамлекеттик тил боюнча", "ky"),  # the postposition боюнча
        # Belarusian spellings of the orthography of 2008: -цыя, -цца, -ныя, ццё
        ("Рэвалюцыя", "be"),
        ("Адбываецца", "be"),
        ("Розныя", "be"),
        ("Виробництво", "uk"),  # -цтво where Russian writes -ство
        ("Йдеться про", "uk"),
        ("Можливо", "uk"),
        ("Информацията", "bg"),  # the definite -цията
        ("Властта", "bg"),  # -стта
        ("Срещу", "bg"),
        ("Най-голям", "bg"),  # the superlative най-
        ("Още малко", "bg"),
        ("Тие одат", "mk"),  # they go
        ("Кыргызстандын", "ky"),  # the genitive -дын after a consonant
        ("Окуудан кийин", "ky"),  # the verbal noun with a case ending
        ("Выступленьня", "be"),  # the classical orthography's soft sign in a cluster
        # function words of the per-language lists that no Russian form has
        ("Серед них", "uk"),
        ("Днес", "bg"),
        ("Данас", "sr"),
        ("Ооба", "ky"),
        ("Пасля вайны", "be"),
        # an apostrophe between a consonant and я ю є ї (Ukrainian) or е ё ю я і (Belarusian),
        # where Russian writes ъ or ь: the three apostrophes typed for it
        ("П'ять", "uk"),
        ("М’ясо", "uk"),
        ("Марʼяна Петренко", "uk"),
    ],
)
def test_a_spelling_no_russian_word_has_decides_a_short_text(text: str, lang: str) -> None:
    assert translit.detect(text) == lang
    assert translit.detect(text.upper()) == lang


def test_a_spelling_several_languages_share_is_decided_by_score_and_may_tie() -> None:
    # шы: Belarusian or a Turkic language, never Russian; the scores choose among them
    e = translit.explain_language("Шығыс")
    assert e.lang == "kk"  # ғ: Kazakh's own letter, the ordinary rule
    e = translit.explain_language("беше")  # Bulgarian and Macedonian
    assert e.lang in {"bg", "mk"} and "Russian lacks" in e.reason
    for text in ("Се случи", "Една жена", "Каква"):  # се, една, каква: Bulgarian and Macedonian
        e = translit.explain_language(text)
        assert e.lang in {"bg", "mk"} and "Russian lacks" in e.reason, text
    # an apostrophe before я: Ukrainian or Belarusian (сям'я, family in Belarusian)
    for text in ("Сям'я", "Дар'я"):
        e = translit.explain_language(text)
        assert e.lang in {"uk", "be"} and "Russian lacks" in e.reason, text
    # Russian stays Russian: жи ши, -ть, -ют
    for text in ("Жизнь", "Широкий", "Знают", "Читать", "Что это"):
        assert translit.detect(text) == "ru", text


def test_russian_abbreviations_stay_russian() -> None:
    # words the decisive spellings left out because a Russian abbreviation spells them
    for text in ("СА", "Тверской бул.", "деп. Иванов", "ЦК КПСС"):
        assert translit.detect(text) == "ru", text


@pytest.mark.parametrize(
    "text",
    # the Russian forms next to the new spellings: -ська after a vowel (diminutives), a
    # one-letter stem before -ийн, -уу without a vowel before its consonant (the acronym of the
    # State University of Management), ь after a consonant only, the loans in -цца, and the
    # Russian words for the Ukrainian, Belarusian and Bulgarian ones above
    [
        *("Васька", "Параська", "авоська", "Моськой", "Юрийн", "ГУУ", "Тюмень", "Ульяновск"),
        *("Пицца", "Пьяцца", "Государство", "Может быть", "Идётся", "Одна", "Что это", "Встреча"),
        *("Алтын", "Мартын", "Ольштын", "Объявление", "Ещё", "Наиболее", "Возьми", "Письмо"),
        *("код КОАТУУ", "Тюме\u0301нь"),  # an acronym with hiatus; a stress mark is no word break
        *("Аль-Кайда", "Через", "Теперь", "Было"),  # a hyphen joins кайда to a Russian word
        *("Кот-д’Ивуар", "О'кей", "Д'Артаньян", "Подъезд"),  # apostrophes Russian writes
    ],
)
def test_russian_forms_beside_the_newer_spellings_stay_russian(text: str) -> None:
    assert translit.detect(text) == "ru"
    assert translit.detect(text.upper()) == "ru"


def test_cli_detect_explain_prints_the_tie() -> None:
    from click.testing import CliRunner

    from translit.cli import cli

    result = CliRunner().invoke(cli, ["detect", "--explain"], input="Сербія\nКиїв\n")
    assert result.exit_code == 0, result.output
    ties = [line.split()[1:3] for line in result.output.splitlines() if "tie: " in line]
    assert [set(t) for t in ties] == [{"be", "uk"}]  # Сербія's; Київ is no tie


def test_the_serbian_sentences_are_cyrillic_and_split_in_halves() -> None:
    rows = detect_short.serbian_rows()
    assert len(rows) == 40 and len({n for n, _ in rows}) == 40
    assert {n % 2 for n, _ in rows} == {0, 1}
    # Serbian Cyrillic: no Latin letter but the quoted English names and EXIT, no Russian-only letter
    for _, text in rows:
        assert not set(text.lower()) & set("йыэёщъьюя"), text
    spans = [s for s in detect_short.corpus_spans(per_length=5) if s.lang == "sr"]
    assert {s.kind for s in spans} == {"1w", "2w", "3w", "5w"}
