"""A Ukrainian man's name declines where VESUM does not tag his given name as one.

VESUM (pymorphy3-dicts-uk) reads the nominative Володимир and Богдан as a town's name and as
an animate noun without the given-name mark (its other forms carry it), so the person rules
(every word of a man's name declines; a surname in -ко after a man's given name declines,
`masculine_o`) did not fire: "Володимира Кличко", "Богдана Хмельницький". The given-names table
(translit/data/names/given_names.csv, its uk column and sex) now says a word is a given name
where the dictionary's tags do not.

Expected forms are typed from the grammar, not read from the code: Український правопис 2019,
§ 82 (second declension: Володимир, Богдан, hard group) and § 83 (dative -ові and -у; of
several masculine nouns side by side the first takes -ові, those after it -у: Гордієнкові
Василю Іллічу), a man's surname in -ко as a masculine noun in -о (Забудько: Забудька,
Забудькові/-у, Забудьком, vocative Забудьку); a man's surname of the adjective type in
-ський, -цький declines as an adjective (the textbooks of business Ukrainian, "Відмінювання
прізвищ": Хмельницького, Хмельницькому, Хмельницьким); a living being's accusative is its
genitive.
"""

from __future__ import annotations

import pytest

from translit.glossary import Concept, Glossary, Term
from translit.glossary.apply import apply_text
from translit.morphology import inflect

PEOPLE = Glossary(
    [
        Concept(
            "wladimir-klitschko",
            subject="person",
            terms=[Term("Владимир Кличко", "ru"), Term("Володимир Кличко", "uk")],
        ),
        Concept(
            "khmelnytsky",
            subject="person",
            terms=[Term("Богдан Хмельницкий", "ru"), Term("Богдан Хмельницький", "uk")],
        ),
        Concept(
            "zelenskyy",
            subject="person",
            terms=[Term("Владимир Зеленский", "ru"), Term("Володимир Зеленський", "uk")],
        ),
    ]
)


@pytest.mark.parametrize(
    ("term", "case", "expected"),
    [
        ("Володимир Кличко", "gent", "Володимира Кличка"),
        ("Володимир Кличко", "accs", "Володимира Кличка"),
        ("Володимир Кличко", "datv", "Володимирові Кличку"),  # (§ 83, note: -ові, then -у)
        ("Володимир Кличко", "ablt", "Володимиром Кличком"),
        ("Володимир Кличко", "voct", "Володимире Кличку"),
        ("Богдан Хмельницький", "gent", "Богдана Хмельницького"),
        ("Богдан Хмельницький", "datv", "Богданові Хмельницькому"),
        ("Богдан Хмельницький", "ablt", "Богданом Хмельницьким"),
        ("Володимир Зеленський", "gent", "Володимира Зеленського"),
        ("Володимир Винниченко", "gent", "Володимира Винниченка"),
        ("Володимир Івасюк", "datv", "Володимирові Івасюку"),
    ],
)
def test_a_man_s_name_declines_with_a_given_name_vesum_does_not_tag(
    term: str, case: str, expected: str
) -> None:
    assert inflect(term, "uk", case, hint="person") == expected


def test_without_the_hint_too() -> None:
    """A term of capitalised words that reads as a person's name is one without the hint."""
    assert inflect("Володимир Кличко", "uk", "gent") == "Володимира Кличка"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Бой Владимира Кличко.", "Бой Володимира Кличка."),
        ("Победа Владимиру Кличко далась легко.", "Победа Володимирові Кличку далась легко."),
        ("Указ Владимира Зеленского.", "Указ Володимира Зеленського."),
        ("Восстание Богдана Хмельницкого.", "Восстание Богдана Хмельницького."),
        ("С Богданом Хмельницким.", "С Богданом Хмельницьким."),
    ],
)
def test_replace_writes_the_ukrainian_target_declined(text: str, expected: str) -> None:
    notes: list[tuple[int, int, str]] = []
    assert apply_text(text, PEOPLE, "uk", "replace", notes=notes) == expected
    assert notes == []


def test_a_ukrainian_text_s_declined_form_is_the_term() -> None:
    """«повстання Богдана Хмельницького» holds the term (its genitive), so a Russian target is
    written for it in the same case; «Володимира Кличка» is found too, and kept with a note,
    since the Russian dictionary only guesses Кличко (a guess is never written)."""
    got = apply_text("Повстання Богдана Хмельницького.", PEOPLE, "ru")
    assert got == "Повстання Богдана Хмельницкого."
    notes: list[tuple[int, int, str]] = []
    assert apply_text("Бій Володимира Кличка.", PEOPLE, "ru", notes=notes).startswith("Бій Воло")
    assert [n[2].split(":")[0] for n in notes] == ["kept «Володимира Кличка»"]
