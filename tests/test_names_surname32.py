"""A foreign person's surname alone (``[surname_alone]`` of conventions.toml): a full-name row of
glossaries/names.csv whose given name is a foreign one also gives its surname. Expected values
are the rows' sources (the en/de/fr Wikipedia titles the rows cite: William Shakespeare, Charles
de Gaulle, Vincent van Gogh, Marine Le Pen, Serge Poliakoff) and, for a particle at a sentence
start, The Chicago Manual of Style 8.5 ("always capitalized when beginning a sentence"), never
the code's output."""

from __future__ import annotations

from pathlib import Path

import pytest

import translit
from translit.names import conventions
from translit.shipped import NameRow

READERS = ("en", "de", "fr")


def _ru(text: str, target: str, lang: str = "ru") -> str:
    return translit.romanize(text, lang=lang, target=target)


@pytest.mark.parametrize("target", READERS)
def test_surname_alone_takes_the_full_rows_surname(target: str) -> None:
    # person-william-shakespeare: en, de, fr titles William Shakespeare
    assert _ru("Пьесы писал Шекспир.", target).split()[-1] == "Shakespeare."
    assert _ru("Шекспир", target) == "Shakespeare"
    # person-marine-le-pen: en, fr titles Marine Le Pen (Le: a part of the surname, capitalised)
    assert _ru("сказала Ле Пен", target).endswith(" Le Pen")


@pytest.mark.parametrize("target", READERS)
def test_particle_as_the_full_name_writes_it_capital_at_a_sentence_start(target: str) -> None:
    # person-charles-de-gaulle: Charles de Gaulle; CMOS 8.5: the particle kept as in the full
    # name, capitalised when it begins a sentence (en Wikipedia: "De Gaulle was ...")
    assert _ru("генерал де Голль", target).endswith(" de Gaulle")
    assert _ru("Де Голль", target) == "De Gaulle"
    assert _ru("Он ушёл. Де Голль остался.", target).split(". ")[1].startswith("De Gaulle ")
    assert _ru("генерал Де Голль", target).endswith(" de Gaulle")  # not a sentence start
    # person-vincent-van-gogh: Vincent van Gogh; Russian writes Ван with a capital
    assert _ru("картины написал Ван Гог", target).endswith(" van Gogh")
    assert _ru("«Ван Гог", target) == "«Van Gogh"
    assert _ru("ДЕ ГОЛЛЬ", target) == "DE GAULLE"


@pytest.mark.parametrize("target", READERS)
def test_a_particle_in_small_letters_may_be_left_out(target: str) -> None:
    # person-ludwig-van-beethoven: Ludwig van Beethoven; Russian texts write Бетховен alone,
    # English, German and French ones Beethoven
    assert _ru("писал Бетховен", target).endswith(" Beethoven")
    assert _ru("писал ван Бетховен", target).endswith(" van Beethoven")


def test_ukrainian_spelling_of_the_row() -> None:
    # the row's uk spelling Шарль де Голль
    assert _ru("генерал де Голль", "en", "uk").endswith(" de Gaulle")


@pytest.mark.parametrize("target", READERS)
def test_exclusions(target: str) -> None:
    # an East Slavic surname (Серж Поляков: Serge Poliakoff; Пол Хлебников: Paul Klebnikov):
    # other bearers keep the convention
    assert "Poliakoff" not in _ru("сказал Поляков", target)
    assert "Klebnikov" not in _ru("сказал Хлебников", target)
    # a row whose form has another particle there (Жозефина Богарне: Joséphine de Beauharnais)
    assert "Beauharnais" not in _ru("сказала Богарне", target)
    # a word the dictionary lists as a common word (лист, leaf: the row Ференц Лист's source)
    assert "Liszt" not in _ru("Так и ты, забвенный Лист в ночных полях", target)
    # with its particle the word is the surname (Никола де Сталь: Nicolas de Staël)
    assert _ru("картины написал де Сталь", target).endswith(" de Staël")
    # after a given name the surname rules apply, not another person's form
    assert "Shakespeare" not in _ru("Иван Шекспир", target)
    # an inflected form that is a word of the dictionary is transcribed (Листа: лист's)
    assert "Liszt" not in _ru("не было Листа", target)
    # the full name stays whole
    assert _ru("Шарль де Голль", target) == "Charles de Gaulle"


def test_an_existing_row_wins() -> None:
    # person-hitler (a surname row of its own) and person-bush
    assert _ru("Гитлер", "en") == "Hitler"
    assert _ru("сказал Буш", "de").endswith(" Bush")


def test_verify_accepts_the_form_and_the_convention() -> None:
    assert translit.verify("де Голль", "de Gaulle", lang="ru", target="en").accepted
    assert translit.verify("Шекспир", "Shekspir", lang="ru", target="en").accepted


def _row(rid: str, text: str, en: str, lang: str = "ru") -> NameRow:
    return NameRow(rid, "person", lang, text, dict.fromkeys(READERS, (en,)))


def test_clashing_rows_give_no_surname(monkeypatch: pytest.MonkeyPatch) -> None:
    rows = (
        _row("a", "Жак Кох", "Jacques Koch"),
        _row("b", "Пьер Кох", "Pierre Coche"),  # another form: no surname form
        _row("c", "Джон Джонсон", "John Johnson"),
        _row("d", "Борис Джонсон", "Boris Johnson"),  # the same form: fine
        # a given name of the Slavic tables, the readers' forms differing: a Russian's row
        NameRow(
            "e",
            "person",
            "ru",
            "Андрей Джонс",
            {"en": ("Andrei Jones",), "de": ("Andrei Dschons",), "fr": ("Andreï Djons",)},
        ),
        # no given name first (person-mao-zedong: Mao Zedong, Mao the surname)
        _row("f", "Мао Цзэдун", "Mao Zedong"),
        # a Slavic given name, one form for every reader, not the convention's: Albert Einstein
        _row("g", "Альберт Эйнштейн", "Albert Einstein"),
        # an East Slavic surname suffix (person-serge-poliakoff)
        _row("h", "Серж Поляков", "Serge Poliakoff"),
    )
    monkeypatch.setattr(conventions, "established_rows", lambda: rows)
    # (the table is derived when read; surname35's dictionary checks come after it)
    monkeypatch.setattr(conventions, "_surname_table", conventions._surname_table.__wrapped__)
    found = conventions.foreign_surnames.__wrapped__("en", "ru")
    assert found == {"джонсон": ("Johnson",), "эйнштейн": ("Einstein",)}


@pytest.mark.parametrize(
    ("needle", "expected"),
    [
        # ru-gsd of the shared corpus; person-friedrich-nietzsche, person-ray-bradbury titles
        ("воззрения Ницше", "vozzreniya Nietzsche"),
        ("Брэдбери потратил", "Bradbury potratil"),
    ],
)
def test_corpus_sentences(corpus: Path, needle: str, expected: str) -> None:
    lines = [
        line
        for line in (corpus / "ru-gsd.txt").read_text(encoding="utf-8").splitlines()
        if needle in line
    ]
    assert lines, f"{needle!r} is no longer in ru-gsd.txt"
    assert expected in _ru(lines[0], "en")


def test_corpus_homographs_are_left(corpus: Path) -> None:
    # ru-poetry: "забвенный Лист" is a leaf, ru-taiga: "а Коль" calls a Коля
    for name, needle in (("ru-poetry.txt", "забвенный Лист"), ("ru-taiga.txt", "а Коль,")):
        text = (corpus / name).read_text(encoding="utf-8")
        line = next(x for x in text.splitlines() if needle in x)
        out = _ru(line, "en")
        assert "Liszt" not in out and "Kohl" not in out
