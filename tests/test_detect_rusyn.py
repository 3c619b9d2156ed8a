"""Real Rusyn text: its detection and its romanisation (rusyn43).

The lines are MediaWiki's Rusyn interface messages (languages/i18n/rue.json of MediaWiki core,
translated on translatewiki.net; as Debian's mediawiki 1:1.39.17 ships it), each named by its
message key, and one line of rusinskiimir.ru (the Society for Rusyn Evolution) that rusyn41
tested. They are in the Prešov standard, which writes no ô or ӱ; the Subcarpathian variants of
Ukraine write ô (typed as a Latin ô inside the Cyrillic word, as о + U+0302, or as ō on some
sites) and ӱ (data/alphabets.toml): the property tests type a real line's о and у so.
"""

from __future__ import annotations

import re

import pytest
from conftest import CORPUS
from hypothesis import assume, example, given, settings
from hypothesis import strategies as st

import translit
from translit.autodetect import other_line_languages
from translit.script import has_cyrillic

# (message key, text): each is Rusyn; the last five were Ukrainian or Russian before rusyn43
# (Rusyn was read with Kazakh's letter triples, the one table whose alphabet holds і, ы and и)
_LINES = (
    ("badaccess-group0", "Вам не є дозволено выконовати тоту дїю."),
    ("badarticleerror", "Тота дїя не може быти выконана на тій сторінцї."),
    ("querypage-no-updates", "Зміны той сторінкы заборонены. Дата нынї не можуть быти обновлены."),
    (
        "protectedpagetext",
        "Тота сторінка была замкнута, жебы не годен быв єй едітовати або інакше мінити.",
    ),
    ("rusinskiimir.ru", "но сякый термін не може быти принятый дїля опредїленя"),
    ("wrongpassword", "Задали сьте хыбне гесло. Спробуйте іщі раз."),
    ("login-abort-generic", "Не вдало ся войти до сістемы."),
    ("undo-failure", "Едітованя не могло быти зрушене про конфлікт міджілеглых змін."),
    ("filename-toolong", "Назвы файлів не можуть быти довшы, як 240 байтів."),
    ("noemailtext", "Тот хоснователь не зазначів платну адресу ел. пошты."),
)
_TEXTS = [text for _, text in _LINES]

# ô as Rusyn texts type it: a Latin ô inside the Cyrillic word (the look-alike rule makes it
# о + U+0302), о + U+0302 itself, and ō (о + U+0304) as some Rusyn sites type it
_O_HAT = ("\u00f4", "\u043e\u0302", "\u014d")


def test_real_rusyn_lines_are_rusyn() -> None:
    for key, text in _LINES:
        e = translit.explain_language(text)
        assert e.lang == "rue", (key, e.report())


def _subcarpathian(text: str, picks: list[int], typed: str, letter: str) -> str:
    """``text`` with the picked ``letter`` (о or у) inside its words written ``typed``."""
    at = [m.start() for m in re.finditer(f"(?<=\\w){letter}", text)]
    chosen = {at[i % len(at)] for i in picks} if at else set()
    return "".join(typed if i in chosen else c for i, c in enumerate(text))


@settings(max_examples=120, deadline=None)
@given(
    st.sampled_from(_TEXTS),
    st.lists(st.integers(0, 40), min_size=1, max_size=3),
    st.sampled_from((*_O_HAT, "ӱ")),
)
@example(_TEXTS[0], [3], "\u00f4")  # Вам не є дозволено выконовати тôту дїю.
def test_the_subcarpathian_letters_are_rusyn_evidence(
    text: str, picks: list[int], typed: str
) -> None:
    written = _subcarpathian(text, picks, typed, "у" if typed == "ӱ" else "о")
    assume(written != text)  # (a line without у inside a word has no ӱ to take)
    e = translit.explain_language(written)
    assert e.lang == "rue", e.report()
    letter = {"\u014d": "о\u0304", "ӱ": "ӱ"}.get(typed, "о\u0302")
    assert e.own_letters[letter] == ("rue",), e.report()  # Rusyn's letter, no other's
    assert translit.detect(written.upper()) == "rue"


# French words with ô (hôtel, côte, rôle, Rhône: their own spelling) quoted in Russian text, and
# a circumflex on another Cyrillic letter: no letter of Rusyn's
_FRENCH = ("Hôtel", "hôtel", "Côte d'Azur", "rôle", "Rhône", "bientôt", "Hôtel-Dieu")
_RUSSIAN = ("отель", "в", "Париже", "на", "берегу", "мы", "жили", "роль", "река", "был", "дом")


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_RUSSIAN + _FRENCH), min_size=1, max_size=8))
def test_a_latin_o_circumflex_outside_a_cyrillic_word_is_no_rusyn(words: list[str]) -> None:
    text = " ".join(words)
    assert translit.detect(text) != "rue"
    assert translit.detect(text.replace("а", "а\u0302")) != "rue"  # а̂: no Rusyn letter


def test_the_subcarpathian_letters_romanise_under_the_rusyn_scheme() -> None:
    # BGN/PCGN 2016 (Rusyn) lists neither ô nor ӱ: ô keeps its circumflex on o, ӱ is ü (the
    # fallback table's, ISO 9), ō its macron; the scheme's own letters stay its (ї ji, ю yu)
    line = "Вам не є дозволено выконовати тôту дїю."
    assert translit.romanize(line, lang="rue") == "Vam ne je dozvoleno vykonovaty tôtu djiyu."
    assert translit.romanize("Спробӱйте іщі раз.", lang="rue") == "Sprobüjte išči raz."
    assert translit.romanize("ТŌТУ", lang="rue") == "TŌTU"


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(_TEXTS),
    st.lists(st.integers(0, 40), min_size=1, max_size=3),
    st.sampled_from((*_O_HAT, "ӱ")),
)
def test_a_subcarpathian_line_is_romanised_as_rusyn(
    text: str, picks: list[int], typed: str
) -> None:
    # lang="auto" reads it as Rusyn, so it gives what lang="rue" gives: before, a line with ō
    # and ӯ was Tajik (і as ì) and one with ô Russian (ь as ʹ)
    written = _subcarpathian(text, picks, typed, "у" if typed == "ӱ" else "о")
    out = translit.romanize(written, lang="rue")
    assert translit.romanize(written, lang="auto") == out
    assert not has_cyrillic(out)
    assert "ʹ" not in out and "ì" not in out


# -- detect44: ӯ, a lone ô in a Russian file, and Rusyn's spellings beyond its letters --------

# Lines of rusinskiimir.ru (the Society for Rusyn Evolution, rusyn41's), which types the
# Subcarpathian ӱ as ӯ and ô as ō: with the ō written о, ӯ is their one Subcarpathian letter
_RUSINSKIIMIR_U = (
    "У Подкарпатї нынї ситуацїя така, ож много людей, етнїчных русинӯв, не дӯйшло до свої "
    "індентичности.",
    "Айбо даже у сякӯй назывцї “сплящі русины” указуют розуміня про свою выражену културну "
    "індентичность из унїкальным языком.",
)

# Tajik: MediaWiki's Tajik interface messages (languages/i18n/tg-cyrl.json, translatewiki.net,
# as Debian's mediawiki 1:1.39.17 ships it), with ӯ, which Tajik writes and Rusyn types
_TAJIK_U = (
    ("laggedreplicamode", "Ҳушдор: Саҳифа мумкин аст рӯзрасониҳои охирро дар бар нагирад."),
    ("user-mail-no-addy", "Кӯшиши ирсоли нома ба почтаи электронӣ бидуни почтаи электронӣ."),
    ("blockedtext-composite-no-ids", "Нишонии IP-и шумо дар чандин рӯйхати блокҳо мавҷуд аст."),
    (
        "prefs-help-email",
        "Нишонаи электронӣ ихтиёрист, аммо фиристодани гузарвожаи навро агар гузарвожаи худро "
        "фаромӯш кунед мумкин мегардад.",
    ),
)


def test_a_rusyn_line_with_u_macron_is_rusyn_and_tajik_keeps_it() -> None:
    """ӯ (Rusyn's ӱ as rusinskiimir.ru types it) was Tajik's alone: a Rusyn line with it and
    no ō was ru (its і, ї, ы are no Tajik letters, its ӯ no Ukrainian or Russian one) or tg;
    now Rusyn. Tajik lines, and every piece of one to three of their words with ӯ (Кӯшиши
    ирсоли нома: ӯ its only letter beyond Russian's), stay Tajik."""
    for text in _RUSINSKIIMIR_U:
        e = translit.explain_language(text)
        assert e.lang == "rue", e.report()
        assert "ӯ" in e.own_letters, e.report()
    for key, text in _TAJIK_U:
        assert translit.detect(text) == "tg", key
        words = text.split()
        for n in (1, 2, 3):
            for i in range(len(words) - n + 1):
                piece = " ".join(words[i : i + n])
                if "ӯ" in piece:
                    assert translit.detect(piece) == "tg", (key, piece)


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(_TEXTS), st.lists(st.integers(0, 40), min_size=1, max_size=2))
@example(_TEXTS[0], [0])  # Вам не є дозволено выконовати тотӯ дїю: ru before
def test_a_real_rusyn_line_with_u_typed_u_macron_is_rusyn(text: str, picks: list[int]) -> None:
    written = _subcarpathian(text, picks, "ӯ", "у")
    assume(written != text)
    assert translit.detect(written) == "rue", translit.explain_language(written).report()


def test_a_rusyn_line_in_a_russian_file_whose_one_sign_is_o_circumflex_is_flagged() -> None:
    """Lines whose letters are all Russian's but for ô (a Latin ô in the Cyrillic word, or
    о + U+0302) were never decided alone, so a Russian file with them was not said to be mixed;
    French ô (Hôtel) in Russian lines is no such line."""
    rusyn = ["Ôн быв дома", "Вôн пришов домо\u0302в"]
    russian = ["Москва", "Тверь", "Мы жили в Hôtel de Ville", "Казань"]
    assert other_line_languages("\n".join(rusyn + russian), "ru") == {"rue": 2}
    assert other_line_languages("\n".join(russian), "ru") == {}


# Rusyn lines of MediaWiki's messages (rue.json) that were Ukrainian or Russian, now Rusyn by
# spellings Ukrainian and Russian do not write: ся standing alone, ї after л н с т ц, -ованя
_SPELLED = (
    ("mypreferencesprotected", "Не мате дозволїня мінити свої наставлїня."),
    ("immobile-source-page", "Тота сторінка ся не дасть переменовати."),
    ("sectioneditnotsupported-text", "На тій сторінцї не є підпороване едітованя єдной секції."),
    ("backend-fail-hashes", "Не вдало ся обтримати гешы файлів про порівнаня."),
    ("api-clientside-error-timeout", "Сервер не одповідав в очекаванім часї."),
    ("api-error-stashfailed", "Внутрїшня хыба: серверу ся не вдало уложыти дочасный файл."),
)


def test_rusyn_spellings_beyond_its_letters_decide_real_lines() -> None:
    for key, text in _SPELLED:
        e = translit.explain_language(text)
        assert e.lang == "rue", (key, e.report())


@pytest.mark.skipif(not CORPUS.is_dir(), reason="no shared corpus")
def test_the_ukrainian_corpus_writes_none_of_those_spellings() -> None:
    """UD Ukrainian-IU (and Russian-GSD) write no ї after л н с т ц and no -ованя; ся alone
    once each (the reason it is Rusyn's tie evidence and a few points, not a Ukrainian
    impossibility)."""
    for name in ("uk-iu", "ru-gsd"):
        text = (CORPUS / f"{name}.txt").read_text(encoding="utf-8").lower()
        assert not re.search("[лнстц]ї", text), name
        assert not re.search(r"ованя(?!\w)", text), name
        assert len(re.findall(r"(?<!\w)ся(?!\w)", text)) <= 1, name


# -- detect46: Rusyn's words and spellings counted in MediaWiki's extension messages ----------

# Rusyn lines of the messages of MediaWiki's extensions (extensions-core/*/i18n/rue.json, as
# Debian's mediawiki 1:1.39.17 ships them: the set rue.toml's detect46 evidence was counted in)
# and of its core messages (rue.json, the 179 the CHANGELOG measures): each was Ukrainian,
# Russian or Belarusian before detect46 and holds one of the signs it added (лем; котрый; сьте
# and ї after a consonant; ы after к; быти)
_COUNTED = (
    ("abusefilter-list-options-deleted-only", "Указати лем змазаны філтры"),
    ("fancycaptcha-imgcaptcha-ph", "Перепишіть текст, котрый видите на образчикови."),
    ("inputbox-error-no-type", "Не задали сьте тіп формуларёвого поля про створїня."),
    ("wikieditor-toolbar-tool-link-int-target-tooltip", "Назва сторінкы або URL"),
    ("mobile-frontend-history", "Зобразити історію едітовань той сторінкы."),
    ("viewsourcetext", "Можете зобразити і копіровати код той сторінкы."),
    ("password-name-match", "Ваше гесло не може быти таке саме як і ваше хосновательске мено."),
)


def test_rusyn_words_and_spellings_of_its_messages_decide_real_lines() -> None:
    for key, text in _COUNTED:
        e = translit.explain_language(text)
        assert e.lang == "rue", (key, e.report())


# detect46's signs, each read by rue.toml as Rusyn's: no sentence of these corpora holds one
_SIGNS = {
    "ы after к г х": "[кгх]ы",
    "ї after a consonant": "[бвгґджзклмнпрстфхцчшщ]ї",
    "-ыти -ованю -анём -інём": r"(?:ыти|ованю|анём|інём)(?!\w)",
    "a word": r"(?<!\w)(?:котрый|котрых|вшыткы|вшыткых|вшытко|кідь|почас|быти|сьте|тоту|жебы"
    r"|лем|єй|ёго)(?!\w)",
}


@pytest.mark.skipif(not CORPUS.is_dir(), reason="no shared corpus")
@pytest.mark.parametrize("name", ["uk-iu", "ru-gsd", "ru-taiga", "be-hse", "bg-btb", "mk-mtb"])
def test_the_other_corpora_write_none_of_rusyns_counted_signs(name: str) -> None:
    text = (CORPUS / f"{name}.txt").read_text(encoding="utf-8").lower()
    for what, rx in _SIGNS.items():
        assert not re.search(rx, text), (name, what, re.search(rx, text))


@pytest.mark.skipif(not CORPUS.is_dir(), reason="no shared corpus")
@settings(max_examples=80, deadline=None)
@given(st.data())
def test_kyrgyz_pieces_with_ky_are_not_rusyn(data: st.DataObject) -> None:
    """Kyrgyz writes кы гы хы (Кыргыз), which rue.toml counts for Rusyn: a piece of one to
    three words of UD Kyrgyz-KTMU holding one is never Rusyn (Rusyn needs і ї є ґ ô ӱ)."""
    lines = _kyrgyz_lines()
    words = data.draw(st.sampled_from(lines)).split()
    at = data.draw(st.integers(0, len(words) - 1))
    piece = " ".join(words[at : at + data.draw(st.integers(1, 3))])
    assert translit.detect(piece) != "rue", piece
    assert translit.detect(piece.upper()) != "rue", piece


def _kyrgyz_lines() -> list[str]:
    """The UD Kyrgyz-KTMU sentences that write кы гы or хы."""
    text = (CORPUS / "ky-ktmu.txt").read_text(encoding="utf-8")
    return [s for s in text.splitlines() if re.search("[кгх]ы", s.lower())]
