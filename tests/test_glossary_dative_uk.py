"""A Ukrainian target's dative singular where VESUM gives a masculine noun two (-ові, -у).

Expected forms are the rule's own examples, typed from the sources, not read from the code:
Український правопис 2019, § 83 and its note (several masculine nouns in the dative side by
side: the first -ові/-еві/-єві, those after it -у/-ю), as the textbooks give it ("Гордієнкові
Василю Іллічу", "Панченкові Івану Андрійовичу") and О. Пономарів, Культура слова ("Михайлові
Івановичу"; one word: -ові, "батькові"); -ов surnames take -у only (§ 83, 2: Власову). A
thing's dative the sources do not settle (Радянському Союзові or Союзу): kept and warned of.
"""

from __future__ import annotations

import pytest

from translit.glossary import Concept, Glossary, Term
from translit.glossary.apply import apply_text

PEOPLE = Glossary(
    [
        Concept(
            "vlasov",
            subject="person",
            terms=[Term("Андрей Андреевич Власов", "ru"), Term("Андрій Андрійович Власов", "uk")],
        ),
        Concept(
            "gordienko",
            subject="person",
            terms=[Term("Гордиенко Василий Ильич", "ru"), Term("Гордієнко Василь Ілліч", "uk")],
        ),
        Concept(
            "panchenko",
            subject="person",
            terms=[
                Term("Панченко Иван Андреевич", "ru"),
                Term("Панченко Іван Андрійович", "uk"),
            ],
        ),
        Concept(
            "mykhailo",
            subject="person",
            terms=[Term("Михаил Иванович", "ru"), Term("Михайло Іванович", "uk")],
        ),
        Concept(
            "shevchenko",
            subject="person",
            terms=[Term("Тарас Шевченко", "ru"), Term("Тарас Шевченко", "uk")],
        ),
        Concept("general", terms=[Term("генерал", "ru"), Term("генерал", "uk")]),
        Concept("father", terms=[Term("отец", "ru"), Term("батько", "uk")]),
        Concept("union", terms=[Term("Советский Союз", "ru"), Term("Радянський Союз", "uk")]),
        Concept("don", subject="place", terms=[Term("Дон", "ru"), Term("Дон", "uk")]),
    ]
)


def _apply(text: str) -> tuple[str, list[tuple[int, int, str]]]:
    notes: list[tuple[int, int, str]] = []
    return apply_text(text, PEOPLE, "uk", "replace", notes=notes), notes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("письмо Гордиенко Василию Ильичу", "письмо Гордієнкові Василю Іллічу"),
        ("письмо Панченко Ивану Андреевичу", "письмо Панченкові Івану Андрійовичу"),
        ("письмо Михаилу Ивановичу", "письмо Михайлові Івановичу"),
        ("памятник Тарасу Шевченко", "памятник Тарасові Шевченку"),  # (Іванові Біласу)
        ("письмо Андрею Андреевичу Власову", "письмо Андрієві Андрійовичу Власову"),
    ],
)
def test_a_persons_name_takes_ovi_first_then_u(text: str, expected: str) -> None:
    """Of a name's nouns with both datives, the first takes -ові (-еві, -єві), the rest -у."""
    assert _apply(text) == (expected, [])


@pytest.mark.parametrize(
    ("text", "expected"),
    [("помог отцу", "помог батькові"), ("доложил генералу", "доложил генералові")],
)
def test_a_living_beings_noun_alone_takes_ovi(text: str, expected: str) -> None:
    """One noun of a living being in the dative: -ові (батькові, генералові)."""
    assert _apply(text) == (expected, [])


@pytest.mark.parametrize("text", ["к Советскому Союзу", "Советскому Союзу", "к Дону", "на Дону"])
def test_a_things_dative_is_kept_and_warned_of(text: str) -> None:
    """Союз is a thing: Радянському Союзові or Союзу, which the sources do not settle (a
    preposition, к, leaves the dative, still two forms). So is a place, whatever reading the
    dictionary has (VESUM's Дон is only дон, the title, a living being's: not Донові; на Дону,
    a Russian second locative, ru-taiga "осесть на Дону")."""
    out, notes = _apply(text)
    assert out == text
    assert len(notes) == 1 and "no one sure form" in notes[0][2]


def test_the_note_names_a_things_two_datives() -> None:
    """The note on a thing's dative names both forms, to choose from by hand (Український
    правопис 2019, § 83, 1: будинкові and будинку, палацові and палацу alike)."""
    _, notes = _apply("Слава Советскому Союзу!")
    assert notes[0][2].endswith("(«Радянському Союзові» or «Радянському Союзу»): write it by hand")
