"""Cross-language name keys: renderings of one name collide, different names stay apart.

Renderings come from issue 4 and from Wikipedia article titles (glossaries/names.csv and
tests/data/names_*.tsv, each with its source).
"""

from __future__ import annotations

import csv
import functools
import itertools
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import translit
from translit.names import name_key, same_name
from translit.names.keys import _listed_key, _listed_spellings, _person_aliases, _place_aliases
from translit.script import has_cyrillic

ROOT = Path(__file__).resolve().parent.parent

SAME = [
    ["Власов", "Vlasov", "Wlassow", "Vlassov", "Wlasow"],
    ["Чайковский", "Tchaikovsky", "Tschaikowski", "Tchaïkovski", "Chaykovskiy"],
    ["Ельцин", "Yeltsin", "Jelzin", "Eltsine", "Yelʹtsin", "Yel'tsin"],
    ["Горбачёв", "Gorbachev", "Gorbatschow", "Gorbatchev", "Gorbachyov"],
    ["Хрущёв", "Khrushchev", "Chruschtschow", "Khrouchtchev"],
    ["Шостакович", "Shostakovich", "Schostakowitsch", "Chostakovitch"],
    ["Достоевский", "Dostoevsky", "Dostoyevsky", "Dostojewski", "Dostoïevski"],
    ["Солженицын", "Solzhenitsyn", "Solschenizyn", "Soljenitsyne"],
    ["Жуков", "Zhukov", "Schukow", "Joukov"],
    [
        "Пётр Ильич Чайковский",
        "Pyotr Ilyich Tchaikovsky",
        "Pjotr Iljitsch Tschaikowski",
        "Piotr Ilitch Tchaïkovski",
    ],
    [
        "Андрей Андреевич Власов",
        "Andrey Andreyevich Vlasov",
        "Andrei Andrejewitsch Wlassow",
        "Andreï Andreïevitch Vlassov",
    ],
]

DIFFERENT = [
    ("Власов", "Волков"),
    ("Иванов", "Иванова"),
    ("Чехов", "Чайковский"),
    ("Vlasov", "Vlasenko"),
    ("Tolstoy", "Tolstaya"),
    ("Gorbachev", "Gorbunov"),
    ("Lenin", "Lenina"),
    ("Pushkin", "Pushkov"),
    ("Шукшин", "Шишкин"),
]


@pytest.mark.parametrize("names", SAME, ids=lambda n: n[0])
def test_renderings_of_one_name_collide(names: list[str]) -> None:
    keys = {name_key(n) for n in names}
    assert len(keys) == 1, {n: name_key(n) for n in names}
    for a, b in itertools.combinations(names, 2):
        assert same_name(a, b)


@pytest.mark.parametrize(("a", "b"), DIFFERENT)
def test_different_names_stay_apart(a: str, b: str) -> None:
    assert not same_name(a, b)


def test_public_api() -> None:
    assert translit.same_name("Чайковский", "Tschaikowski")
    assert translit.name_key("Wlassow") == translit.name_key("Власов")


@settings(deadline=None)  # the first example builds the alias tables
@given(st.sampled_from([n for group in SAME for n in group]))
def test_case_does_not_matter(name: str) -> None:
    assert name_key(name.upper()) == name_key(name) == name_key(name.lower())


def _surnames() -> list[list[str]]:
    with open(ROOT / "glossaries" / "names.csv", encoding="utf-8", newline="") as fh:
        rows = [
            r
            for r in csv.DictReader(fh)
            if r["type"] == "person" and r["ru"] and " " not in r["ru"]
        ]
    first = [{k: v.split("|")[0] for k, v in r.items()} for r in rows]
    return [[r["ru"], r["en"], r["de"], r["fr"]] for r in first if r["en"] and r["de"]]


# Measured on the person rows of glossaries/names.csv (Wikipedia titles, en/de/fr; since issue
# 14 they include Ukrainian and Belarusian forms of Russian-spelled rows such as Lukaschenka,
# Skaryna, Bykau, which the rules alone do not reach); the held-out figures are in README.md.
# The bounds guard against regressions.
def test_collision_rate_on_published_renderings() -> None:
    groups = _surnames()
    pairs = [(g[0], other) for g in groups for other in g[1:] if other]
    keys = sum(name_key(a) == name_key(b) for a, b in pairs)
    hits = sum(same_name(a, b) for a, b in pairs)
    assert keys / len(pairs) >= 0.91, f"name_key: {keys}/{len(pairs)}"  # measured 510/555
    assert hits / len(pairs) >= 0.97, f"same_name: {hits}/{len(pairs)}"  # measured 542/555


def test_false_match_rate_on_different_names() -> None:
    groups = _surnames()
    pairs = [
        (a[lang], b[lang])
        for a, b in itertools.combinations(groups, 2)
        for lang in (0, 1, 2, 3)
        if a[lang] and b[lang]
    ]
    false = sum(same_name(x, y) for x, y in pairs)
    assert false / len(pairs) <= 0.001, f"{false}/{len(pairs)}"  # measured 0/42340


@pytest.mark.parametrize(
    ("cyr", "latin"),
    [("Мухин", "Muchin"), ("Шилов", "Chilov"), ("Кошкин", "Kochkin")],
)
def test_same_name_reads_unmarked_spellings_as_german_or_french(cyr: str, latin: str) -> None:
    # no spelling marker says German (ch = х) or French (ch = ш): name_key guesses English
    # (names not in the shipped data; a listed form such as Bucharin shares its key),
    # same_name also tries the other two readings
    assert name_key(cyr) != name_key(latin)
    assert same_name(cyr, latin)
    assert same_name(latin, cyr)


# -- issue 14: German -j, French j, mixed forms, translated given names, uk/ru spellings -------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Сергей", "Sergej"),  # German -j (de.wikipedia: Sergej Lawrow redirects)
        ("Николай", "Nikolaj"),
        ("Рыжков", "Ryjkov"),  # French j after y (fr.wikipedia: Nikolaï Ryjkov)
        ("Дзержинский", "Dzerjinski"),
        ("Александр Александрович Алехин", "Alexander Aleksandrovich Alekhine"),  # mixed
        ("Лев Троцкий", "Leon Trotsky"),  # translated given names (en/fr Wikipedia titles)
        ("Лев Троцкий", "Léon Trotski"),
        ("Иосиф Сталин", "Joseph Stalin"),
        ("Иосиф Сталин", "Josef Stalin"),
        ("Олександр", "Александр"),  # Ukrainian vs Russian spelling of one name
        ("Олександр Усик", "Oleksandr Usyk"),
        ("Kharkiv", "Kharkov"),
        ("Харків", "Харьков"),
        ("Київ", "Kiew"),
        ("Грушевский", "Hrushevsky"),  # Ukrainian г = h
    ],
)
def test_issue_14_renderings_match(a: str, b: str) -> None:
    assert same_name(a, b), (name_key(a), name_key(b))
    assert same_name(b, a)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Александр", "Алексей"),
        ("Alexander", "Alexei"),
        ("Иосиф Сталин", "Иосиф Бродский"),
        ("Kharkiv", "Kherson"),
        ("Sergej", "Sergejew"),
        ("Lev", "Leonid"),
    ],
)
def test_issue_14_different_names_stay_apart(a: str, b: str) -> None:
    assert not same_name(a, b)


def test_key_rules_are_data() -> None:
    import tomllib

    data = tomllib.loads((ROOT / "translit" / "data" / "names" / "keys.toml").read_text("utf-8"))
    assert {"markers", "fr", "de", "uk", "all"} <= set(data)
    assert all(len(r["rule"]) == 2 for k in ("fr", "de", "uk", "all") for r in data[k])


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # a person or place of glossaries/names.csv in any spelling, form or scheme rendering
        ("Бухарин", "Bucharin"),  # the listed German form
        ("Андрэй Уласаў", "Andrei Wlassow"),  # Belarusian spelling, German form
        ("Лукашэнка", "Lukashenko"),
        ("Пётр Великий", "Peter the Great"),  # a translated name
        ("Гродна", "Hrodna"),  # Belarusian spelling, its BGN/PCGN rendering
        # scholarly transliteration (č š ž; c for ц)
        ("Пушкин", "Puškin"),
        ("Александр Солженицын", "Aleksandr Solženicyn"),
    ],
)
def test_listed_names_and_scholarly_spellings_share_the_key(a: str, b: str) -> None:
    assert same_name(a, b) and same_name(b, a)


def test_listed_forms_do_not_join_different_people() -> None:
    assert not same_name("Пётр Великий", "Catherine the Great")
    assert not same_name("Лукашэнка", "Lukashevich")
    assert not same_name("Puškin", "Puzkin")


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # a patronymic in one rendering only (Larousse: Gueorgui Konstantinovitch Joukov)
        ("Георгий Жуков", "Gueorgui Konstantinovitch Joukov"),
        ("Дмитрий Шостакович", "Dmitri Dmitrijewitsch Schostakowitsch"),
        ("Юлия Владимировна Тимошенко", "Yulia Tymoshenko"),
        # Ukrainian spellings key near the Russian ones (и is ы, і is и); Belarusian ў is w/v
        ("Нагуєвичі", "Nahujewytschi"),  # de.wikipedia.org: Iwan Franko
        ("Коцюбинський", "Коцюбинский"),
        ("Барысаў", "Barysaw"),  # BGN/PCGN
    ],
)
def test_patronymics_and_ukrainian_belarusian_spellings(a: str, b: str) -> None:
    assert same_name(a, b) and same_name(b, a)


def test_a_surname_ending_in_ich_is_not_a_patronymic() -> None:
    # only a middle word is left out; Abramovich is a surname
    assert not same_name("Роман Абрамович", "Roman Abramov")
    assert not same_name("Дмитрий Шостакович", "Dmitri Dmitrijewitsch")


def _listed_full_names() -> list[tuple[str, str]]:
    with open(ROOT / "glossaries" / "names.csv", encoding="utf-8", newline="") as fh:
        rows = [r for r in csv.DictReader(fh) if r["type"] == "person"]
    # (a cell holds its variants after |: Курманжан-датка|Курманджан Датка, each a spelling)
    return [
        (ru, r[t].split("|")[0])
        for r in rows
        for ru in r["ru"].split("|")
        if ru.count(" ") == 1
        for t in ("en", "de", "fr")
        if r[t]
    ]


_FULL = _listed_full_names()
# the forms that are a given name and a surname too (not "Georgi Feodosjewitsch Woronoi", whose
# own patronymic another one added on the Cyrillic side contradicts)
_TWO_WORDS = [(cyr, form) for cyr, form in _FULL if len(form.split()) == 2]
_ALL_FORMS = [n for pair in _FULL for n in pair]


@settings(deadline=None)  # the first example builds the alias tables
@given(st.sampled_from(_ALL_FORMS), st.sampled_from(_ALL_FORMS))
def test_same_name_is_symmetric(a: str, b: str) -> None:
    assert same_name(a, b) == same_name(b, a)


@settings(deadline=None)  # the first example builds the alias tables
@given(st.sampled_from(_TWO_WORDS), st.sampled_from(["Иванович", "Петровна", "Сергеевич"]))
@example(("Александр Дуглас-Хьюм", "Alec Douglas-Home"), "Иванович")  # (a run drew it: the
# name without its patronymic was looked up with its hyphen lost, Александр Дуглас Хьюм)
def test_a_patronymic_added_on_one_side_keeps_the_match(pair: tuple[str, str], patr: str) -> None:
    cyr, form = pair
    given_name, surname = cyr.split(" ")
    assert same_name(f"{given_name} {patr} {surname}", form)


# -- names as pages print them (bench/data/names_keys.tsv, each with its source page) ---------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # initials (journal-vniispk.ru; puschkingesellschaft.com; illeguan.de; universalis.fr)
        ("Фёдор Михайлович Достоевский", "F. M. Dostoevsky"),
        ("Александр Сергеевич Пушкин", "Alexander S. Puschkin"),
        ("Пётр Яковлевич Чаадаев", "P. Ja. Čaadaev"),
        ("Александр Николаевич Островский", "A.N. Ostrovski"),
        ("Fyodor Mikhailovich Dostoyevsky", "F. M. Dostoevsky"),
        # a surname alone (hugendubel.de; gmsavenue.com; voanews.com)
        ("Фёдор Михайлович Достоевский", "Dostojewski"),
        ("Fiodor Dostoïevski", "Dostojewski"),
        ("Юлія Володимирівна Тимошенко", "Tymoshenko"),
        ("Лев Давидович Троцкий", "Trotzki"),
        ("Михаил Евграфович Салтыков-Щедрин", "Saltykov-Shchedrin"),
        # catalogue order and a surname-first heading (ldoceonline.com; universalis.fr)
        ("Юрий Алексеевич Гагарин", "Gagarin, Yuri"),
        ("Александр Исаевич Солженицын", "Soljénitsyne Alexandre Issaïevitch"),
        ("Pouchkine, Alexandre", "Aleksandr Sergeevič Puškin"),
        # spelling variants of listed given names and places (jean-jaures.org; lapresse.ca)
        ("Володимир Олександрович Зеленський", "Volodymir Zelenski"),
        ("Олександр Турчинов", "Oleksander Turchinov"),
        ("Kharkov", "Char'kiv"),
    ],
)
def test_printed_forms_match_the_full_name(a: str, b: str) -> None:
    assert same_name(a, b) and same_name(b, a)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Лев Николаевич Толстой", "A. K. Tolstoj"),  # another Tolstoy's initials
        ("Фёдор Михайлович Достоевский", "A. G. Dostoevskaya"),  # his wife
        ("Dostoevsky", "Anna Dostoevskaya"),  # a surname alone keeps its ending
        ("F.", "Fyodor Dostoevsky"),  # an initial is never a surname
        ("Юрий Гагарин", "Gagarin, Valentin"),
        ("Simonov Constantin Mikhaïlovitch", "Konstantin Petrovich Simonov"),
    ],
)
def test_printed_forms_of_different_people_stay_apart(a: str, b: str) -> None:
    assert not same_name(a, b) and not same_name(b, a)


def test_a_surname_alone_matches_every_person_of_that_surname() -> None:
    # documented in same_name: a surname alone says nothing of the given name
    assert same_name("Tolstoï", "Лев Николаевич Толстой")
    assert same_name("Tolstoï", "Алексей Константинович Толстой")
    # a given name alone is not a surname
    assert not same_name("Fyodor", "Фёдор Михайлович Достоевский")


def test_a_patronymic_ending_a_given_name_first_name_is_not_turned_round() -> None:
    # Dmitri Dmitrijewitsch Schostakowitsch: its middle word is a patronymic, so it is read as
    # printed (given, patronymic, surname), not as a surname-first heading
    assert same_name("Дмитрий Дмитриевич Шостакович", "Dmitri Dmitrijewitsch Schostakowitsch")
    assert not same_name("Дмитрий Дмитриевич Шостакович", "Dmitri Schostakowitsch Dmitrijew")


def test_two_patronymics_tell_people_of_one_name_apart() -> None:
    # Фёдор Михайлович and his son Фёдор Фёдорович Достоевский (dostmirkult.ru); the Tolstoys
    assert not same_name("Fyodor Mikhailovich Dostoyevsky", "Fyodor Fyodorovich Dostoyevsky")
    assert not same_name("Алексей Константинович Толстой", "Aleksej Nikolaevič Tolstoj")
    # without a patronymic on one side they may be either (a father and son of one name)
    assert same_name("Fyodor Dostoevsky", "Fyodor Fyodorovich Dostoyevsky")
    # patronymics of one name in Belarusian, Ukrainian and Russian spellings match by their
    # consonants (dnhewrhegkli.shop: Swetlana Alexandrowna Alexijewitsch)
    assert same_name("Святлана Аляксандраўна Алексіевіч", "Swetlana Alexandrowna Alexijewitsch")
    assert same_name("Svjatlana Aljaksandraŭna Aleksievič", "Світлана Олександрівна Алексієвич")


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # French forms that drop a final vowel (docslib.org; album.sinkothek.at)
        ("Сергей Павлович Дягилев", "Serge Diaghilev"),
        ("Сергей Сергеевич Прокофьев", "Serge Prokofieff"),
        # a nobiliary particle inside the name (larousse.fr: Serge de Diaghilev)
        ("Sergei Pavlovich Diaghilev", "Serge de Diaghilev"),
    ],
)
def test_given_name_endings_and_particles(a: str, b: str) -> None:
    assert same_name(a, b) and same_name(b, a)


def test_a_final_vowel_is_not_a_feminine_ending() -> None:
    # Тимошенко is one surname for both; Oleksandr and Oleksandra are two people
    assert not same_name("Oleksandr Tymoshenko", "Oleksandra Tymoshenko")
    assert not same_name("Evgeni Plushenko", "Evgenia Plushenko")


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # Belarusian -ка for Russian -ко, Рыгоравіч for Григорьевич (theinfolist.com; en.wikipedia)
        ("Аляксандр Рыгоравіч Лукашэнка", "Alexander Grigoryevich Lukashenko"),
        ("Павел Павлавіч Латушка", "Pavel Latushko"),
        # Belarusian ў written u (en.wikipedia.org: Syarhei Tsikhanouski) as well as w (Barysaw)
        ("Сяргей Ціханоўскі", "Syarhei Tsikhanouski"),
        # a title before the name (dsk1931ev.de: Prof. Michail Botwinnik)
        ("Михаил Моисеевич Ботвинник", "Prof. Michail Botwinnik"),
    ],
)
def test_belarusian_spellings_and_titles(a: str, b: str) -> None:
    assert same_name(a, b) and same_name(b, a)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # ьо is the sound Russian writes ё: written io (WP:UKRTABLE: Альона = Aliona), jo
        # (German), yo, or, by the national system, o
        ("Альона Ковальова", "Aliona Kovaliova"),
        ("Андрій Ковальов", "Andriy Kovalyov"),
        ("Ковальов", "Kowaljow"),
        ("Ковальов", "Kovalov"),
    ],
)
def test_ukrainian_soft_sign_before_o_is_read_as_yo_too(a: str, b: str) -> None:
    assert same_name(a, b) and same_name(b, a)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # scholarly spellings of Ukrainian and Belarusian write г as h (English Wikipedia:
        # Francišak Bahuševič; Bohdan Havrylyšyn, the economist Богдан Гаврилишин)
        ("Францішак Багушэвіч", "Francišak Bahuševič"),
        ("Богдан Гаврилишин", "Bohdan Havrylyšyn"),
    ],
)
def test_scholarly_h_is_also_read_as_g(a: str, b: str) -> None:
    assert same_name(a, b) and same_name(b, a)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # Bulgarian щ is шт: the official system's sht (Щастие → Shtastie: the Transliteration Act
        # 2009 and the ALA-LC Bulgarian table), and by hand the German Wikipedia table's scht and
        # the French Wikipedia table's cht (bg/duden.toml, bg/french.toml), for a word with no
        # other letter that marks it Bulgarian
        ("Щастие", "Shtastie"),
        ("Щастие", "Schtastie"),
        ("Щастие", "Chtastie"),
    ],
)
def test_bulgarian_shcha_is_also_read_as_sht(a: str, b: str) -> None:
    assert same_name(a, b) and same_name(b, a)


@pytest.mark.parametrize(
    "form",
    [
        # Рагачоў as the Wikipedias write it: English Rahachow and the romanised Rahačoŭ (the
        # article, read through iiab.me/kiwix wikipedia_en_all_maxi_2023-10/A/Rogachev), French
        # Rahatchow (kampuspedia.com/fr/Rahatchow, a copy of the article), German Rahatschou
        # (wikide.org/de/Rahachow: "Rahatschou liegt zwischen den Flüssen Drut und Dnjepr"): ў
        # as w or u, г as h, in a word that ch, tch or tsch would otherwise read as German or
        # French alone
        "Rahachow",
        "Rahačoŭ",
        "Rahatchow",
        "Rahatschou",
    ],
)
def test_belarusian_w_and_h_together(form: str) -> None:
    assert same_name("Рагачоў", form) and same_name(form, "Рагачоў")


def test_german_ou_of_a_belarusian_word_is_not_only_french() -> None:
    # German Wikipedia writes ў as u (be/duden.toml: Mahiljou, Baryssau), so оў is ou, which
    # French writes for у: Нароўля by that table, applied by hand (н n, а a, р r, о o, ў u, л l,
    # я ja), is Naroulja, whose j is й, not the French ж
    assert same_name("Нароўля", "Naroulja") and same_name("Naroulja", "Нароўля")


def test_ukrainian_soft_sign_before_o_keeps_names_apart() -> None:
    assert not same_name("Ковальов", "Kovalenko") and not same_name("Ковальов", "Kozlov")


def test_a_short_patronymic_ending_is_not_enough() -> None:
    # Ivanovich and Stepanovich share only their ending: two people
    assert not same_name("Pavel Ivanovich Petrov", "Pavel Stepanovich Petrov")


def _printed_forms() -> list[str]:
    lines = (ROOT / "bench" / "data" / "names_keys.tsv").read_text("utf-8").splitlines()
    rows = [line.split("\t") for line in lines if line and not line.startswith("#")]
    return sorted({r[1] for r in rows} | {r[3] for r in rows})


_PRINTED = _printed_forms()


@settings(deadline=None)  # the first example builds the alias tables
@given(st.sampled_from(_PRINTED), st.sampled_from(_PRINTED))
def test_same_name_is_symmetric_on_printed_forms(a: str, b: str) -> None:
    # initials, a surname alone, catalogue order: the word-by-word reading is symmetric too
    assert same_name(a, b) == same_name(b, a)


@pytest.mark.parametrize(("a", "b"), [("", "A"), ("ba", "b."), ("F.", "F."), (",", "A, B")])
def test_degenerate_names_are_answered_both_ways(a: str, b: str) -> None:
    # found by the any-input property test and a fuzz run: empty names, a lone initial
    assert same_name(a, b) == same_name(b, a)
    assert not same_name("b.", "ba")  # an initial is never a surname


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # a word with a Serbian, Macedonian or Bulgarian letter is read in that language's own
        # system (Serbian Latin; the Macedonian official system, gj for ѓ as readers write it;
        # the Bulgarian Streamlined System, whose table writes Търговище → Targovishte)
        ("Новак Ђоковић", "Novak Đoković"),
        ("Новак Ђоковић", "Novak Djokovic"),  # English Wikipedia drops the accents: đ → dj
        ("Јован Цвијић", "Jovan Cvijić"),
        ("Ѓорге Иванов", "Gjorge Ivanov"),
        ("Търговище", "Targovishte"),
        ("Търговище", "Targowischte"),
    ],
)
def test_south_slavic_spellings_key_in_their_own_system(a: str, b: str) -> None:
    assert same_name(a, b) and same_name(b, a)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # Serbian towns without a Serbian letter in their Cyrillic spelling: the Latin c is ц
        # (the Serbian Latin alphabet; English Wikipedia titles Obrenovac, Lazarevac)
        ("Обреновац", "Obrenovac"),
        ("Лазаревац", "Lazarevac"),
    ],
)
def test_a_latin_c_may_be_ts(a: str, b: str) -> None:
    assert same_name(a, b) and same_name(b, a)
    # name_key keeps one reading (c as k); c before h is no ц (Chekhov)
    assert name_key(b) != name_key(a)
    assert same_name("Чехов", "Chekhov")


def test_russian_hard_sign_is_not_read_as_bulgarian() -> None:
    # ъ before a vowel is the Russian hard sign (WP:RUS: Подъячев → Podyachev); only a ъ before
    # a consonant, which Russian never writes, marks a Bulgarian word
    assert name_key("Подъячев") == name_key("Podyachev")
    assert not same_name("Новак Ђоковић", "Novak Jovanović")


def test_ou_is_one_key_in_every_reading() -> None:
    # Белоусова by the German table (с between vowels → ss, в → w) and by WP:RUS: the English
    # ou (о+у) also shows the French marker, and was keyed as French у while German kept it
    assert same_name("Ljudmila Beloussowa", "Lyudmila Belousova")
    assert same_name("Людмила Белоусова", "Ljudmila Beloussowa")
    assert not same_name("Belousova", "Belova")


def test_regnal_numbers_key_as_themselves() -> None:
    # a monarch in each reader's form ([regnal]: the en/de/fr Wikipedia titles Nicholas II,
    # Nikolaus II., Nicolas II; Catherine Ire) is one name; another number is another monarch
    assert same_name("Николай II", "Nikolaus II.")
    assert same_name("Николай II", "Nicolas II")
    assert same_name("Екатерина I", "Catherine Ire")
    assert same_name("Пётр I", "Pierre Ier")
    assert not same_name("Пётр I", "Peter II")
    assert not same_name("Николай I", "Nicholas II")
    # an initial with a full stop inside a name stays an initial
    assert same_name("Пётр Ильич Чайковский", "Pjotr I. Tschaikowski")
    assert same_name("Иван Сергеевич Тургенев", "I. S. Turgenev")


def _rule_patterns() -> list[str]:
    import tomllib

    data = tomllib.loads((ROOT / "translit" / "data" / "names" / "keys.toml").read_text("utf-8"))
    out = [r["rule"][0] for k in ("fr", "de", "uk", "all") for r in data[k]]
    out += [m for m in data["markers"].values() if isinstance(m, str)]
    return out


def test_key_rules_take_linear_time_on_long_runs() -> None:
    """A run of one letter is never tried again from each of its letters: ``[iy]+o`` on
    30,000 i took seconds (quadratic), so name_key("i" * 100_000) took minutes. Each rule on a
    run four times as long costs about four times as much (a quadratic one sixteen): a ratio of
    CPU times, whatever the machine's speed; runs too short to time (under 1 ms) count as 1 ms."""
    import re

    from conftest import cpu_ratio

    def growth(rule: str, letter: str, n: int, floor: float) -> float:
        sub = functools.partial(re.compile(rule).sub, "")
        return cpu_ratio(sub, letter * n, letter * 4 * n, floor)

    # the measure tells the regression apart: the old rule grows as a square (about 16)
    assert growth("[iy]+o", "i", 4_000, 0.0) > 9
    slow = [
        (rule, letter)
        for rule in _rule_patterns()
        for letter in sorted({ch for ch in rule if ch.isalpha()} | {"i", "y", "e"})
        if growth(rule, letter, 10_000, 1e-3) > 9
    ]
    assert not slow


@pytest.mark.parametrize("letter", ["Y", "ї"])
def test_name_functions_take_linear_time_on_one_letter(letter: str) -> None:
    from conftest import cpu_ratio, growth_ratio

    from translit.glossary import lookup, shipped

    glossary = shipped()
    calls = itertools.count()

    def each(text: str) -> None:  # a new text for every call: the keys are cached
        text += " " + "b" * (next(calls) % 7 + 1)
        if len(text) < 16_000:  # (longer: refused, test_faults_user33.py; timed to the limit)
            name_key(text), same_name(text, text + "e")
        lookup(glossary, text)

    assert growth_ratio(each, lambda n: letter * n) < 9
    # the name keys alone, from a quarter of their limit to the limit (a text of 16,000
    # characters, test_faults_user33.py): linear is about 4
    assert cpu_ratio(each, letter * 3_990, letter * 15_960, 1e-3) < 9


def test_a_latin_given_name_sharing_a_listed_variants_key_keeps_its_own_reading() -> None:
    # Iona (Иона Якир, English Wikipedia title Iona Yakir) keys "ena" by the rules, as Jenia,
    # the French form of Женя, does: the given-name alias alone made it Женя's, so Иона, which
    # the tables lack, never matched its own rendering
    assert translit.same_name("Иона Якир", "Iona Yakir")
    assert translit.same_name("Иона Эммануилович Якир", "Iona Emmanuilowitsch Jakir")
    assert translit.same_name("Женя", "Jenia")
    assert not translit.same_name("Иона Якир", "Ivan Yakir")


def test_a_belarusian_w_after_a_vowel_is_also_u() -> None:
    # ў is w in BGN/PCGN and the English Wikipedia places (Krychaw, Vawkavysk), u in German
    # Wikipedia (Krytschau, Waukawysk): two Latin renderings of one Belarusian name the data
    # does not list match (listed ones did already: Barysaw, Baryssau)
    assert same_name("Krychaw", "Krytschau")
    assert same_name("Vawkavysk", "Waukawysk")
    assert same_name("Slawharad", "Slauharad")
    assert same_name("Barysaw", "Baryssau")
    # w before a vowel stays v (Wolodymyr); other names stay apart
    assert not same_name("Barysaw", "Barysava")
    assert not same_name("Pawlow", "Paulus")


# -- one person in two Cyrillic languages (bench/data/names_keys_xlang.tsv, one page each) -----


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # Serbian ћ ђ are the soft affricates Russian writes ч дж (the Russian practical
        # transcription of Serbian; hmong.ru/ru/Чосич,_Добрица; ru.wikipedia.org/wiki/Андрич,_Иво;
        # slaidy.com: Ђорђевић, written Джорджевич in Russian), and Bulgarian writes alike
        # (bg.wikipedia, 2007: Никола Пашич, "на сръбски Никола Пашић")
        ("Ћосић", "Чосич"),
        ("Андрић", "Андрич"),
        ("Ђорђевић", "Джорджевич"),
        ("Пашић", "Пашич"),
        ("Новак Ђоковић", "Новак Джокович"),
        # the Serbian Latin letters keep that key (ć đ read as č dž)
        ("Ćosić", "Чосич"),
        ("Đoković", "Джокович"),
        ("Đoković", "Ђоковић"),
    ],
)
def test_serbian_soft_affricates_key_as_the_russian_ones(a: str, b: str) -> None:
    assert name_key(a) == name_key(b)
    assert same_name(a, b) and same_name(b, a)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # Serbian and Macedonian c is ц and њ before a consonant нь (subotica.ru: Милош Црнянский,
        # серб. Милош Црњански)
        ("Милош Црњански", "Милош Црнянский"),
        # a final -тар -тър for Russian -тр (wikiwand.com/ru: Пётр I Петрович Негош, серб.
        # Петар I Петровић Његош; the Macedonian Wikipedia's Петар Илич Чајковски, "руски: Пётр
        # Ильич Чайковский"; bazar.bg: Александър Сергеевич Пушкин)
        ("Петар I Петровић Његош", "Пётр I Петрович Негош"),
        ("Петар Илич Чајковски", "Пётр Ильич Чайковский"),
        ("Александър Сергеевич Пушкин", "Александр Сергеевич Пушкин"),
        # Belarusian -аў for -ов, дз ц before і for д т, а я for unstressed о е (wiki-cine.com;
        # adebiportal.kz; profilbaru.com, whose Ukrainian article writes the Russian spelling)
        ("Васіль Уладзіміравіч Быкаў", "Василий Владимирович Быков"),
        ("Караткевіч Уладзімір Сямёнавіч", "Короткевич Владимир Семенович"),
        ("Максім Адамавіч Багдановіч", "Максим Адамович Богданович"),
        # a Kazakh patronymic (-ұлы, "son of") for the Russian -ович (balkhashlib.kz)
        ("Мұхтар Омарханұлы Әуезов", "Мухтар Омарханович Ауэзов"),
    ],
)
def test_one_person_in_two_cyrillic_languages(a: str, b: str) -> None:
    assert same_name(a, b) and same_name(b, a)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # people of the Serbian Encyclopedia's index of Ђ (srpskaenciklopedija.rs): a surname
        # with and without -ић, or another given name, is another person
        ("ЂАЈА, Јован", "ЂАЈИЋ, Јован"),
        ("ЂАКОВ, Дамјан", "ЂАКОВИЋ, Богдан"),
        ("ЂАКОВИЋ, Богдан", "ЂАКОВИЋ, Петар"),
        ("ЂЕЛЕВИЋ, Биљана", "ЂЕЛИЋ, Нинослав"),
        ("ЂЕНИЋ, Љубиша", "ЂЕКИЋ, Милић"),
        # one family (wikiwand.com/ru: Пётр I and Пётр II Петрович Негош; m.dama.bg: Христо
        # Ботьов Петков, son of Ботьо Петков and Иванка Ботева; mozgotvet.com: Чокан Валиханов,
        # son of Чингис Валиханов)
        ("Пётр I Петрович Негош", "Пётр II Петрович Негош"),
        ("Христо Ботьов Петков", "Ботьо Петков"),
        ("Христо Ботев", "Иванка Ботева"),
        ("Чокан Чингисович Валиханов", "Чингис Валиханов"),
        # a son's and a daughter's patronymic of one father are two people; Petar is not Petra;
        # the Belarusian vowels fold only vowels (Кавалёнак, the Belarusian Коваленок, is not
        # Коваленко)
        ("Мухтар Омарханович Ауэзов", "Мұхтар Омарханқызы Әуезов"),
        ("Петар", "Петра"),
        ("Кавалёнак", "Коваленко"),
    ],
)
def test_close_names_of_different_people_stay_apart(a: str, b: str) -> None:
    assert not same_name(a, b) and not same_name(b, a)


def _xlang_pairs() -> list[tuple[str, str, str]]:
    lines = (ROOT / "bench" / "data" / "names_keys_xlang.tsv").read_text("utf-8").splitlines()
    rows = [line.split("\t") for line in lines if line and not line.startswith("#")]
    return [(r[1], r[3], r[4]) for r in rows]


def test_match_rate_on_the_cross_language_list() -> None:
    # bench/names_accuracy.py --xlang: measured 25/30 and 0/28 (before the rules of session
    # names20: 9/30); the bounds guard against regressions
    pairs = _xlang_pairs()
    same = [(a, b) for a, b, r in pairs if r == "same"]
    different = [(a, b) for a, b, r in pairs if r == "different"]
    hits = sum(same_name(a, b) for a, b in same)
    false = [(a, b) for a, b in different if same_name(a, b)]
    assert hits >= 25, f"{hits}/{len(same)}"
    assert not false, false


_SERBIAN = "абвгдђежзијклљмнњопрстћуфхцчџш"


@settings(deadline=None)
@given(
    st.text(alphabet=_SERBIAN, min_size=1, max_size=8),
    st.sampled_from("ћђ"),
    st.text(alphabet=_SERBIAN, max_size=6),
)
@example("ле", "ћ", "")  # (CI drew them: Leć had Lech's key, the Polish given name, and Oćh
@example("о", "ћ", "х")  # the French Och of Ош; the look-up now keeps ć)
def test_a_serbian_word_keys_as_its_serbian_latin_spelling(a: str, soft: str, b: str) -> None:
    # a word with ћ or ђ is read in Serbian (keys.toml [[cyrillic_spellings]]): its key is that
    # of its Serbian Latin spelling, whose ć đ (č dž) say so themselves
    word = (a + soft + b).capitalize()
    latin = translit.romanize(word, scheme="latin", lang="sr")
    assert name_key(word) == name_key(latin)


@pytest.mark.parametrize(
    "name",
    ["", " ", "\t\n", "...", "—", "-", "'", "1", "123", "А.", "A.", "Ю.", "А. Б.", "A.B.", "Ж.-Ж."],
)
def test_a_text_that_names_no_one_matches_nothing(name: str) -> None:
    # a de-duplication job compares the name cells of two records: two empty cells, dashes,
    # digits or initials alone are no evidence of one person
    assert not same_name(name, name)
    assert not same_name(name, "Александр Пушкин")
    assert not same_name("Pushkin", name)


@pytest.mark.parametrize("name", ["", "  ", "—", "123", "(1)"])
def test_a_text_without_a_letter_has_the_empty_key(name: str) -> None:
    assert name_key(name) == ""


@pytest.mark.parametrize(
    ("a", "b"),
    [  # a one-letter word is a name: Korean and Chinese surnames (Ю Yu, Е Ye; Kontsevich and
        # Palladius spell them so), and an initial before a surname still fits it
        ("Ю", "Yu"),
        ("А. Пушкин", "Александр Пушкин"),
        (" Пушкин ", "Pushkin"),
    ],
)
def test_short_names_that_name_someone_still_match(a: str, b: str) -> None:
    assert same_name(a, b)


# -- cli36: a name in catalogue or index order ----------------------------------------------------


@pytest.mark.parametrize(
    ("name", "key"),
    [
        # a surname in capitals or before a comma is read as such: the key of given-name-first
        ("VLASOV Andrey", "andrei vlasov"),
        ("Vlasov, Andrey", "andrei vlasov"),
        ("Andrey VLASOV", "andrei vlasov"),
        ("ВЛАСОВ Андрей", "andrei vlasov"),
        ("Власов, Андрей", "andrei vlasov"),
        # the order of Russian documents: surname, given name, patronymic
        ("Власов Андрей Андреевич", "andrei andreviC vlasov"),
        # nothing marks the order: as written
        ("Vlasov Andrey", "vlasov andrei"),
    ],
)
def test_a_marked_surname_first_keys_as_given_name_first(name: str, key: str) -> None:
    """``translit name-key "VLASOV Andrey"`` gave ``vlasov andrei`` and ``Andrey Vlasov``
    ``andrei vlasov``: a catalogue heading did not meet the name it heads."""
    assert name_key(name) == key


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("VLASOV Andrey", "Andrey Vlasov"),
        ("ВЛАСОВ Андрей", "Andrei Vlasov"),
        ("Vlasov Andrey", "Андрей Власов"),  # (unmarked: either word may be the surname)
        ("КИМ Ён Су", "Ким Ён Су"),  # (a Korean name in its own order, surname in capitals)
        ("Власов Андрей Андреевич", "Andrei Andreyevich Vlasov"),
    ],
)
def test_same_name_reads_either_order(a: str, b: str) -> None:
    """``same_name("VLASOV Andrey", "Andrey Vlasov")`` was False."""
    assert same_name(a, b) and same_name(b, a)


@pytest.mark.parametrize(
    "name", ["КИМ Ён Су", "Ким Ён Су", "Kim, Yeon-su", "KIM Yeon Su", "KIM Yeonsu", "Kim Yeon-su"]
)
def test_a_korean_name_is_surname_first_in_any_setting(name: str) -> None:
    """``name_key("КИМ Ён Су")`` gave ``en su kim`` (a surname in capitals read as a catalogue
    heading's, turned round) beside ``kim en su`` for Ким Ён Су: a Korean name (a surname of
    data/names/korean.toml, then syllables) is written surname first already, and keys so."""
    assert name_key(name).split()[0] == "kim"
    for other in ("Ким Ён Су", "Kim Yeon-su", "KIM Yeon Su", "Kim Yeonsu"):
        assert same_name(name, other) and same_name(other, name), other
    # Kontsevich's ё is yeo or yo, its н n or ng: Ён Су may be Yeong-su too, Yeon-su not
    assert same_name(name, "Kim Yeong-su") is has_cyrillic(name)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Ким Ён Су", "Kim Su-yeon"),  # the syllables in another order: another person
        ("Ким Ён Су", "Kim Yeon-ho"),
        ("КИМ Ён Су", "Su Yeon Kim"),
        ("Пак Кын Хе", "Park Geun-ho"),
    ],
)
def test_korean_names_of_other_syllables_stay_apart(a: str, b: str) -> None:
    assert not same_name(a, b) and not same_name(b, a)


def test_a_russian_given_name_after_a_korean_surname_is_turned() -> None:
    # КИМ Анна (a Russian Korean's name: Анна reads ан-на in Kontsevich too) and KIM Andrey are
    # catalogue headings: given name first
    assert name_key("КИМ Анна") == name_key("Анна Ким")
    assert name_key("KIM Andrey") == name_key("Andrey Kim")


def test_swapped_names_of_two_people_stay_apart() -> None:
    assert not same_name("Власов Андрей", "Андрей Волков")
    assert not same_name("Ivan Petrov", "Petr Ivanov")


@functools.cache
def _two_word_people() -> list[tuple[str, str]]:
    """(en, ru) of the persons of glossaries/names.csv (Wikipedia titles) named by two words of
    three letters or more each, in both columns; not the Korean persons, whose titles are
    surname first already (Han Kang: Kang is her given name)."""
    with (ROOT / "glossaries" / "names.csv").open(encoding="utf-8", newline="") as f:
        rows = [
            r
            for r in csv.DictReader(f)
            if r["type"] == "person" and "Korean persons" not in r["source"]
        ]
    out = []
    for r in rows:
        en, ru = r["en"].split("|")[0], r["ru"].split("|")[0]
        if all(len(n.split()) == 2 and all(len(w) >= 3 and w.isalpha() for w in n.split())
               for n in (en, ru)):  # fmt: skip
            out.append((en, ru))
    return out


def test_enough_two_word_people() -> None:
    assert len(_two_word_people()) > 200


@settings(max_examples=150, deadline=None)
@given(st.data())
def test_catalogue_orders_key_as_the_name(data: st.DataObject) -> None:
    """Real names (names.csv persons, Wikipedia titles): SURNAME Given and Surname, Given key
    as Given Surname, and same_name holds, in English and in Russian."""
    for name in data.draw(st.sampled_from(_two_word_people())):
        given_name, surname = name.split()
        for heading in (f"{surname.upper()} {given_name}", f"{surname}, {given_name}"):
            assert name_key(heading) == name_key(name), heading
            assert same_name(heading, name), heading


@functools.cache
def _listed_by_their_key() -> dict[str, list[str]]:
    """Every listed spelling (places and people of glossaries/names.csv, their forms and
    renderings) under the key it is given when looked up alone, worked out one by one."""
    out: dict[str, list[str]] = {}
    for s in dict.fromkeys([*_place_aliases(), *_person_aliases()]):
        key = _listed_key(s)
        if key is not None:
            out.setdefault(key, []).append(s)
    return out


def test_a_key_lists_exactly_the_listed_names_with_it() -> None:
    """What a key's look-up lists (key_skeletons adds their skeletons) is every listed spelling
    whose own key it is, once each, and nothing else."""
    by_key = _listed_by_their_key()
    assert len(by_key) > 3_000
    for key, spellings in by_key.items():
        assert sorted(_listed_spellings(key)) == sorted(spellings), key
    assert {"kiew", "kyiv", "київ", "киев"} <= set(_listed_spellings(name_key("Kiew")))


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=12), st.sampled_from(["vlasov", "kev", "Vlasov", "vlasov "])))
def test_any_text_lists_only_the_listed_names_with_that_key(text: str) -> None:
    got = _listed_spellings(text)
    assert all(_listed_key(s) == text for s in got)
    assert bool(got) == (text in _listed_by_their_key())
