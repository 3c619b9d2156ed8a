"""Famous foreign persons of politics and history in glossaries/names.csv (session famous32b).

Each sentence is printed as the page or corpus named beside it prints it; the expected forms are
the persons' English, German and French Wikipedia titles (their rows' sources), in the form the
Cyrillic names (no middle initial it does not hold), not the code's output.
"""

from __future__ import annotations

import pytest

import translit

READERS = ("en", "de", "fr")

SENTENCES = [
    (
        # you.ru.net/62084 (Конрад Аденауэр, 05.01.1876–19.04.1967)
        "Конрад Аденауэр - первый федеральный канцлер ФРГ, правитель с положительными чертами в "
        "новой истории Германии.",
        "ru",
        {t: ["Konrad Adenauer"] for t in READERS},
    ),
    (
        # vctn.ru, Индира Ганди: биография и великие дела
        "Отцом Индиры стал первый премьер-министр Индии Джавахарлал Неру, ее дедом был глава "
        "ветеранов Индийского Национального Конгресса Мотилал Неру",
        "ru",
        {t: ["Jawaharlal Nehru"] for t in READERS},
    ),
    (
        # amgerasimov.ru, Краткая биография Индиры Ганди
        "Индира Ганди родилась 19 ноября 1917 года в Аллахабаде (штат Уттар Прадеш на севере "
        "Индии) в семье, активно участвовавшей в борьбе за независимость Индии.",
        "ru",
        {t: ["Indira Gandhi"] for t in READERS},
    ),
    (
        # chronograph2.com/politika/item/42283 (Ганди и его роль в индийской борьбе за
        # независимость)
        "Махатма Ганди, чье настоящее имя Мохандас Карамчанд Ганди, остаётся одной из самых "
        "знаковых фигур в истории не только Индии, но и всего мира.",
        "ru",
        {t: ["Mahatma Gandhi"] for t in READERS},
    ),
    (
        # mybook.ru, V. Fortunatov, История мировых цивилизаций (citation 4859889)
        "Карл Великий был набожным, считал своим долгом защищать святую церковь от язычников, "
        "покровительствовал папству, осуждал византийское иконоборчество.",
        "ru",
        {"en": ["Charlemagne"], "de": ["Karl der Große"], "fr": ["Charlemagne"]},
    ),
    (
        # study.shmat.by/?p=7721, the list of the presidents of the United States
        "6. Джон Куинси Адамс 4 марта 1825 г. – 3 марта 1829 г.\n"
        "8. Мартин Ван Бюрен 4 марта 1837 г. – 3 марта 1841 г.\n"
        "9. Уильям Генри Харрисон 4 марта 1841 г. – 4 апреля 1841 г.",
        "ru",
        {t: ["John Quincy Adams", "Martin Van Buren", "William Henry Harrison"] for t in READERS},
    ),
    (
        # ../shared/corpus/ru-taiga.txt (UD Russian Taiga)
        "В этот самый день, по преданию, Иисус Христос соединил воедино два конца истории — "
        "новой и старой.",
        "ru",
        {"en": ["Jesus Christ"], "de": ["Jesus Christus"], "fr": ["Jésus-Christ"]},
    ),
    (
        # ../shared/corpus/uk-iu.txt (UD Ukrainian IU): a Ukrainian text, the row's Russian
        # spelling (Ukrainian writes the name alike)
        "Нагадаємо, в грудні колишній президент США Барак Обама підписав Бюджет США на 2017 "
        "рік, згідно з яким на оборонну допомогу Україні виділялося $350 млн.",
        "uk",
        {t: ["Barack Obama"] for t in READERS},
    ),
]


@pytest.mark.parametrize("target", READERS)
@pytest.mark.parametrize(("sentence", "lang", "expected"), SENTENCES)
def test_famous_persons_in_real_sentences(
    sentence: str, lang: str, expected: dict[str, list[str]], target: str
) -> None:
    got = translit.romanize(sentence, lang=lang, target=target)
    for form in expected[target]:
        assert form in got, (form, got)


# The titles the Cyrillic spelling alone gives (the rows' first forms): the exonyms each
# Wikipedia titles its article by, as the article URLs linked in public source files name them
# (de.wikipedia.org/wiki/Alexander_der_Große, fr.wikipedia.org/wiki/Jeanne_d%27Arc,
# fr.wikipedia.org/wiki/Marc_Aurèle …; the rows' sources).
EXONYMS = [
    ("Александр Македонский", "Alexander the Great", "Alexander der Große", "Alexandre le Grand"),
    ("Жанна д’Арк", "Joan of Arc", "Jeanne d’Arc", "Jeanne d'Arc"),
    ("Марк Аврелий", "Marcus Aurelius", "Mark Aurel", "Marc Aurèle"),
    ("Конфуций", "Confucius", "Konfuzius", "Confucius"),
]


# a reader's first form is its Wikipedia title (namechk35c's owner's decision); the titles
# here were read in public files that link the article (namechk35f)
TITLES = [
    # frwiki Marie-Antoinette_d'Autriche, enwiki Marie_Antoinette (was Marie-Antoinette in fr)
    ("Мария-Антуанетта", "fr", "Marie-Antoinette d'Autriche"),
    ("Мария-Антуанетта", "en", "Marie Antoinette"),
    # dewiki H._H._Asquith, frwiki Herbert_Henry_Asquith (namechk36b: both were Herbert Asquith)
    ("Герберт Асквит", "de", "H. H. Asquith"),
    ("Герберт Асквит", "fr", "Herbert Henry Asquith"),
]


@pytest.mark.parametrize(("cyrillic", "target", "expected"), TITLES)
def test_checked_titles(cyrillic: str, target: str, expected: str) -> None:
    assert translit.romanize(cyrillic, lang="ru", target=target) == expected


@pytest.mark.parametrize(("cyrillic", "en", "de", "fr"), EXONYMS)
def test_exonyms(cyrillic: str, en: str, de: str, fr: str) -> None:
    got = [translit.romanize(cyrillic, lang="ru", target=t) for t in READERS]
    assert got == [en, de, fr]
