"""Foreign persons of culture and science (glossaries/names.csv, session famous32a): in a real
sentence, each reader gets the person's established form. The sentences are copied from the
pages named beside them; the expected forms are the persons' English, German and French
Wikipedia titles (as each row's source says), never the code's output."""

from __future__ import annotations

import pytest

import translit
from translit.names.forms import shipped_forms

READERS = ("en", "de", "fr")

# (sentence, its page, source language, the forms en / de / fr readers print)
SENTENCES = [
    (
        # stress marks as the copy of the Russian article prints them
        "Иога\u0301нн Во\u0301льфганг фон Гёте (28 августа 1749, Франкфурт-на-Майне, Священная "
        "Римская империя — 22 марта 1832, Веймар, Саксен-Веймар-Эйзенах, Германский союз) — "
        "немецкий поэт",
        "znanierussia.ru, Гёте, Иоганн Вольфганг",
        "ru",
        ("Johann Wolfgang von Goethe",) * 3,
    ),
    (
        "Вольфганг Амадей Моцарт родился 27.01.1756 в Зальцбурге.",
        "beautyart.ucoz.ru/news/den_rozhdenija_mocarta_27_janvarja",
        "ru",
        ("Wolfgang Amadeus Mozart",) * 3,
    ),
    (
        "Любой человек, даже не имеющий никакого отношения к физике или какой-либо другой науке "
        "знает, ну или по крайней мере слышал имя такого известного учёного как Альберт Эйнштейн.",
        "dzen.ru/a/ZgFy2Y4giF79lw9t",
        "ru",
        ("Albert Einstein",) * 3,
    ),
    (
        "Георг Фридрих Гендель (нем. Georg Friedrich Händel, 1685—1759) — немецкий композитор "
        "эпохи барокко, известный своими операми, ораториями и концертами.",
        "knigorai.com/books/126909",
        "ru",
        ("George Frideric Handel", "Georg Friedrich Händel", "Georg Friedrich Haendel"),
    ),
    (
        "Галилео Галилей, родившийся 15 февраля 1564 года в Пизе, стал одним из величайших "
        "ученых всех времен.",
        "dzen.ru/a/ZedDTFXGFzaheQpF",
        "ru",
        ("Galileo Galilei", "Galileo Galilei", "Galilée"),
    ),
    (
        "Кто такой Христофор Колумб",
        "prosemenov.ru, Какую Америку открыл Христофор Колумб (a heading)",
        "ru",
        ("Christopher Columbus", "Christoph Kolumbus", "Christophe Colomb"),
    ),
    (
        "20 мая 1799 года родился французский писатель, один из основоположников реализма в "
        "литературе – Оноре де Бальзак.",
        "lib.kantiana.ru, 20 мая день рождения Оноре де Бальзака",
        "ru",
        ("Honoré de Balzac",) * 3,
    ),
    (
        "Помимо своего литературного вклада, Эрнест Хемингуэй был известен своей любовью к "
        "приключениям и экстремальным видам спорта.",
        "dzen.ru/a/ZRcU97a_jhQG6v_B",
        "ru",
        ("Ernest Hemingway",) * 3,
    ),
    (
        "Одри Хепберн была известной актрисой, наиболее популярной по таким фильмам, как "
        "«Завтрак у Тиффани» и «Римские каникулы».",
        "500znakov.ru, Одри Хепберн: талантливая актриса",
        "ru",
        ("Audrey Hepburn",) * 3,
    ),
    (
        "Чарльз Дарвин (1809–1882) был английским натуралистом, постулировавшим, что все виды "
        "живых существ со временем произошли от общего предка в результате процесса, "
        "называемого естественным отбором.",
        "ru.historyback.com/world/europe/1041060808.html",
        "ru",
        ("Charles Darwin",) * 3,
    ),
    (
        "Леонардо да Винчи оставил значимый след в истории, ведь он известен не только как "
        "художник эпохи Возрождения, но и как ученый, анатом, инженер, философ, поэт и музыкант.",
        "dzen.ru/a/YofWZHs1nGvqhPFZ",
        "ru",
        ("Leonardo da Vinci", "Leonardo da Vinci", "Léonard de Vinci"),
    ),
    (
        "Вечно подозреваемый в политической неблагонадёжности, не чувствуя себя во Франции в "
        "безопасности, Вольтер последовал (1751) приглашению прусского короля Фридриха II",
        "UD Russian-GSD (the sentence about Voltaire)",
        "ru",
        ("Voltaire",) * 3,
    ),
    (
        "Альберт Ейнштейн (Albert Einstein) (1879-1955) — один із найбільш визначних фізиків "
        "XX століття",
        "visionary.management.com.ua/science/albert-einstein",
        "uk",
        ("Albert Einstein",) * 3,
    ),
    (
        "21 липня 1899 року народився письменник і журналіст Ернест Хемінгуей.",
        "m.gazeta.ua, 115-річчя з дня народження Ернеста Хемінгуея",
        "uk",
        ("Ernest Hemingway",) * 3,
    ),
]


@pytest.mark.parametrize(("sentence", "page", "lang", "forms"), SENTENCES)
def test_the_readers_form_in_a_real_sentence(
    sentence: str, page: str, lang: str, forms: tuple[str, str, str]
) -> None:
    for target, form in zip(READERS, forms, strict=True):
        got = translit.romanize(sentence, lang=lang, target=target)
        assert form in got, (page, target, got)


@pytest.mark.parametrize(
    ("spelling", "why"),
    [
        # left out: a common Russian given name (Платон Каратаев, Платон Лебедев), and the
        # given name of Rafael Nadal; the painter's row is Рафаэль Санти
        ("Платон", "Plato"),
        ("Рафаэль", "Raphael"),
    ],
)
def test_a_given_name_is_no_one_word_row(spelling: str, why: str) -> None:
    assert spelling not in shipped_forms("en"), why


def test_a_one_name_person_is_his_row() -> None:
    # known by one name: the row holds that name (Michel-Ange: the fr title)
    assert translit.romanize("Микеланджело", lang="ru", target="fr") == "Michel-Ange"
    assert translit.romanize("Рафаэль Санти", lang="ru", target="de") == "Raffael"
