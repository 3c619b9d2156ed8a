"""Established forms of people in public life (glossaries/names.csv, issue 14 item 3).

Every expected value is a form read on the page named beside it (Wikipedia article titles or,
where the row says so, the press), checked through the search tool when the rows were written;
none comes from the rules, which give something else for each of them.
"""

from __future__ import annotations

import pytest

import translit


@pytest.mark.parametrize(
    ("lang", "text", "target", "expected"),
    [
        # a Ukrainian person spelled in Russian keeps the Ukrainian-based form
        ("ru", "Янукович", "de", "Janukowytsch"),  # de.wikipedia: Wiktor Janukowytsch
        ("uk", "Гройсман", "fr", "Hroïsman"),  # fr.wikipedia: Volodymyr Hroïsman
        # ... and the given name readers know, not the Russian one (Pyotr)
        ("ru", "Пётр Порошенко", "en", "Petro Poroshenko"),  # en.wikipedia
        # French Wikipedia writes this Belarusian in a Russian-based form
        ("ru", "Светлана Тихановская", "fr", "Svetlana Tikhanovskaïa"),  # fr.wikipedia
        # neighbours in their own spelling
        ("ru", "Гейдар Алиев", "de", "Heydər Əliyev"),  # de.wikipedia: Heydər Əliyev
        ("ru", "Ислам Каримов", "de", "Islom Karimov"),  # de.wikipedia: Islom Karimov
        ("ru", "Серж Саргсян", "fr", "Serge Sarkissian"),  # fr.wikipedia: Serge Sarkissian
        # forms the transcription rules do not reach
        ("ru", "Касьянов", "de", "Kassjanow"),  # de.wikipedia: Michail Kassjanow
        ("ru", "Победоносцев", "fr", "Pobiedonostsev"),  # fr.wikipedia: Constantin Pobiedonostsev
        ("ru", "Гапон", "fr", "Gapone"),  # fr.wikipedia: Gueorgui Gapone
        ("ru", "Ерёменко", "fr", "Ieremenko"),  # fr.wikipedia: Andreï Ieremenko
        ("ru", "Крикалёв", "fr", "Krikaliov"),  # fr.wikipedia: Sergueï Krikaliov
        ("ru", "Лигачёв", "en", "Ligachev"),  # en.wikipedia: Yegor Ligachev
        ("ru", "Остерман", "en", "Osterman"),  # en.wikipedia: Andrey Osterman
        ("ru", "Серафим Саровский", "fr", "Séraphin de Sarov"),  # fr.wikipedia
        # the person's own or the reader's Wikipedia's form of the given name
        ("ru", "Евгений Касперский", "fr", "Eugène Kaspersky"),  # fr.wikipedia
        ("ru", "Евгений Плющенко", "fr", "Evgeni Plushenko"),  # fr.wikipedia
        ("ru", "Александр Овечкин", "fr", "Aleksandr Ovetchkine"),  # fr.wikipedia
        ("ru", "Евгений Малкин", "fr", "Ievgueni Malkine"),  # fr.wikipedia
        # a Ukrainian spelling of a Soviet marshal gets his established form
        ("uk", "Семен Тимошенко", "fr", "Semion Timochenko"),  # fr.wikipedia
    ],
)
def test_checked_public_life_forms(lang: str, text: str, target: str, expected: str) -> None:
    assert translit.romanize(text, lang=lang, target=target) == expected


def test_a_common_surname_is_listed_only_with_its_given_name() -> None:
    # Maria Kalesnikava (en.wikipedia) is listed as a full name: other Kolesnikovas keep the
    # convention's form
    assert translit.romanize("Мария Колесникова", lang="ru", target="en") == "Maria Kalesnikava"
    assert translit.romanize("Колесникова", lang="ru", target="en") == "Kolesnikova"
    # two people named Тимошенко, each listed with the given name, keep their own forms
    assert translit.romanize("Юлия Тимошенко", lang="ru", target="en") == "Yulia Tymoshenko"
    assert translit.romanize("Семён Тимошенко", lang="ru", target="en") == "Semyon Timoshenko"


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # the same two people (en.wikipedia: Yulia Tymoshenko, Semyon Timoshenko) written
        # surname first, as lists, indexes and bibliographies write them
        ("Тимошенко Юлия", "Tymoshenko Yulia"),
        ("Тимошенко, Юлия", "Tymoshenko, Yulia"),
        ("Тимошенко Семён", "Timoshenko Semyon"),
        ("ТИМОШЕНКО Юлия Владимировна", "TYMOSHENKO Yulia Vladimirovna"),
        # a word the text writes in capitals stays in capitals (French and bibliographic usage)
        ("Юлия ТИМОШЕНКО", "Yulia TYMOSHENKO"),
        ("Мария КОЛЕСНИКОВА", "Maria KALESNIKAVA"),
        # both words in capitals, as a heading or a list writes the name (they were TIMOSHENKO
        # YULIA and MURAKAMI KHARUKI: a given name in capitals was taken for an acronym)
        ("ТИМОШЕНКО ЮЛИЯ", "TYMOSHENKO YULIA"),
        ("МУРАКАМИ ХАРУКИ", "MURAKAMI HARUKI"),
    ],
)
def test_a_listed_person_in_any_order_and_case(text: str, expected: str) -> None:
    assert translit.romanize(text, lang="ru", target="en") == expected


@pytest.mark.parametrize(
    ("text", "target", "expected"),
    [  # a listed person of two words whose given name is none of the given-names table's,
        # written surname first as Russian texts write Japanese and Hungarian names: the row's
        # spellings (en.wikipedia: Haruki Murakami, Imre Nagy; de.wikipedia: Zoltán Kodály) in
        # the text's order, as the Japanese government's English and Hungarian itself write them
        ("Мураками Харуки", "en", "Murakami Haruki"),
        ("Мураками Харуки", "de", "Murakami Haruki"),
        ("Надь Имре", "en", "Nagy Imre"),
        ("Кодай Золтан", "de", "Kodály Zoltán"),
        ("Мураками Харуки, Кодай Золтан", "de", "Murakami Haruki, Kodály Zoltán"),
        # the row's own order is unchanged, and a row already written surname first too
        ("Харуки Мураками", "en", "Haruki Murakami"),
        ("Ли Куан Ю", "en", "Lee Kuan Yew"),
    ],
)
def test_a_listed_person_written_surname_first(text: str, target: str, expected: str) -> None:
    assert translit.romanize(text, lang="ru", target=target) == expected


def test_only_a_person_row_of_two_words_is_read_the_other_way_round() -> None:
    en = translit.names.conventions.get_target_romanizer("en")
    # a place row (Белая Церковь: Bila Tserkva) in the other order is two words, not the place
    assert "Tserkva" not in en("Церковь Белая")
    # a line break or a comma between the words: two names, not the person
    assert en("Мураками\nХаруки") == "Murakami\nKharuki"
    assert en("Мураками, Харуки") == "Murakami, Kharuki"


def test_the_other_order_of_a_person_row_is_read_as_its_own_row(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from translit.names.conventions import TargetRomanizer

    r = TargetRomanizer("en")
    swapped = ("Мураками Харуки", ("Other Person",), False)
    monkeypatch.setattr(r, "_table", {**r._table, "мураками харуки": swapped})
    monkeypatch.setattr(r, "_first", r._first | {"мураками"})
    assert r("Мураками Харуки") == "Other Person"


@pytest.mark.parametrize(
    ("text", "target", "expected"),
    [  # a row whose reader form gives the person another given name than the text's (Ференц
        # is read Ferenc; the en and de encyclopedias print Franz Liszt, the Hungarian Liszt
        # Ferenc only as his name in Hungarian: en.wikipedia "Franz Liszt (Hungarian: Liszt
        # Ferenc)", de.wikipedia "Franz Liszt (ungarisch Liszt Ferenc)"; en.wikipedia's
        # "Hungarian names": texts in languages of the Western order put the family name
        # last): swapped, the form would be a name nobody prints (Liszt Franz), so readers get
        # the row's form in its own order
        ("Лист Ференц", "en", "Franz Liszt"),
        ("Лист Ференц", "de", "Franz Liszt"),
        ("Ліст Ференц", "en", "Franz Liszt"),
        ("ЛИСТ ФЕРЕНЦ", "en", "FRANZ LISZT"),
        # beside a person whose form reads the text's words (Имре is Imre): the text's order
        ("Лист Ференц, Надь Имре", "en", "Franz Liszt, Nagy Imre"),
        # Жан is Jean: en.wikipedia titles him John Calvin, de.wikipedia Johannes Calvin, and
        # fr.wikipedia Jean Calvin, which reads Жан, so French keeps the text's order
        ("Кальвин Жан", "en", "John Calvin"),
        ("Кальвин Жан", "de", "Johannes Calvin"),
        ("Кальвин Жан", "fr", "Calvin Jean"),
        # Никколо is Niccolò; fr.wikipedia titles him Nicolas Machiavel
        ("Макиавелли Никколо", "fr", "Nicolas Machiavel"),
        ("Макиавелли Никколо", "en", "Machiavelli Niccolò"),
    ],
)
def test_a_form_that_renders_another_given_name_keeps_its_own_order(
    text: str, target: str, expected: str
) -> None:
    lang = "uk" if "і" in text else "ru"
    got = translit.romanize(text, lang=lang, target=target)
    assert got == expected


@pytest.mark.parametrize(
    ("text", "target", "expected"),
    [  # a row whose reader's first form is a title of three words, the form the text's two
        # words name after | (glossaries/names.csv: fr Franklin Delano Roosevelt|Franklin
        # Roosevelt, en J. Robert Oppenheimer|Robert Oppenheimer, fr Idi Amin Dada|Idi Amin,
        # en John F. Kennedy|John Kennedy): written surname first, each word takes its part
        # of the two-word form, as it did before the titles came first (the title had no part
        # for each word, and the words fell to the convention: Roosevelt Frankline)
        ("Рузвельт Франклин", "fr", "Roosevelt Franklin"),
        ("РУЗВЕЛЬТ ФРАНКЛИН", "fr", "ROOSEVELT FRANKLIN"),
        ("Оппенгеймер Роберт", "en", "Oppenheimer Robert"),
        ("Амин Иди", "fr", "Amin Idi"),
        ("Кеннеди Джон", "en", "Kennedy John"),
        # a longer form without the two-word form's last word names no surname: an epithet or
        # a regnal number (fr Constantin le Grand|Constantin Ier, de Kyros der Große|Kyros II.)
        # is no surname written first
        ("Великий Константин", "fr", "Veliki Constantin"),
        ("Великий Кир", "de", "Weliki Kir"),
    ],
)
def test_a_surname_first_person_whose_title_has_three_words(
    text: str, target: str, expected: str
) -> None:
    assert translit.romanize(text, lang="ru", target=target) == expected
