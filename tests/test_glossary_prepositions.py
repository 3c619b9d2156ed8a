"""A preposition right before a Russian or Ukrainian form settles its case in glossary replace.

Expected forms are typed from the grammars, not read from the code: Русская грамматика 1980
and Rosenthal (в, на + accusative or locative; без, после, до + genitive; к + dative; по +
dative, accusative or locative), Вихованець & Городенська for Ukrainian (у/в + genitive,
accusative or locative; до + genitive) and the declensions of СУМ: Радянська армія, genitive
Радянської армії, dative and locative Радянській армії; Russian вооружённый конфликт, dative
вооружённому конфликту, locative вооружённом конфликте.
"""

from __future__ import annotations

import pytest

from translit.glossary import Concept, Glossary, Term, load, shipped_path
from translit.glossary.apply import apply_text
from translit.glossary.forms import governed_cases, preposition_cases

WAR = Glossary(
    [
        Concept(
            "war",
            terms=[
                Term("вооружённый конфликт", "ru"),
                Term("война", "ru", status="admitted"),
                Term("війна", "uk"),
            ],
        ),
        Concept(  # (a target whose dative and locative differ, for a three-way form)
            "army",
            terms=[
                Term("вооружённый конфликт", "ru"),
                Term("Советская Армия", "ru", status="admitted"),
            ],
        ),
    ]
)


@pytest.fixture(scope="module")
def soviet() -> Glossary:
    return load(shipped_path("soviet-institutions.tbx"))


def _apply(text: str, g: Glossary, target: str) -> tuple[str, list[tuple[int, int, str]]]:
    notes: list[tuple[int, int, str]] = []
    return apply_text(text, g, target, "replace", notes=notes), notes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("служил в Советской Армии", "служил в Радянській армії"),  # (locative)
        ("В Советской Армии служил", "В Радянській армії служил"),  # (a capital preposition)
        ("служил в\u00a0Советской Армии", "служил в\u00a0Радянській армії"),  # (no-break space)
        ("без Советской Армии", "без Радянської армії"),  # (genitive)
        ("после Советской Армии", "после Радянської армії"),
        ("к Советской Армии", "к Радянській армії"),  # (dative)
    ],
)
def test_a_russian_preposition_settles_the_case(soviet: Glossary, text: str, expected: str) -> None:
    """Советской Армии: genitive, dative or locative; the preposition leaves one."""
    assert _apply(text, soviet, "uk") == (expected, [])


def test_a_ukrainian_preposition_settles_the_case() -> None:
    """війні: dative or locative (СУМ); на takes the locative, so the Russian target is in
    the locative (на вооружённом конфликте); without a preposition it is kept."""
    assert _apply("Загинув на війні.", WAR, "ru") == ("Загинув на вооружённом конфликте.", [])
    out, notes = _apply("Завдяки війні.", WAR, "ru")
    assert out == "Завдяки війні." and len(notes) == 1


def test_a_russian_target_after_a_preposition() -> None:
    """войне: dative or locative; на takes the locative (на вооружённом конфликте), к the
    dative (к вооружённому конфликту)."""
    assert _apply("Погиб на войне, шёл к войне.", WAR, "ru") == (
        "Погиб на вооружённом конфликте, шёл к вооружённому конфликту.",
        [],
    )


def test_a_preposition_taking_both_readings_keeps_the_text() -> None:
    """по takes the dative and the locative: войне stays both, and is kept and reported."""
    out, notes = _apply("Приказ по войне.", WAR, "ru")
    assert out == "Приказ по войне."
    assert len(notes) == 1 and "dative singular or locative singular" in notes[0][2]


def test_the_note_names_the_readings_the_preposition_leaves() -> None:
    """по before Советской Армии (genitive, dative or locative) leaves the dative and the
    locative, which give вооружённый конфликт two forms."""
    out, notes = _apply("Приказ по Советской Армии.", WAR, "ru")
    assert out == "Приказ по Советской Армии."
    assert len(notes) == 1 and "its dative singular or locative singular" in notes[0][2]
    assert "genitive" not in notes[0][2]


def test_no_preposition_or_none_that_fits_changes_nothing(soviet: Glossary) -> None:
    """из-за (no simple preposition of the table), a line end between, and через, whose
    accusative is no reading of Советской Армии: kept, all three readings named."""
    for text in ("из-за Советской Армии", "служил в\nСоветской Армии", "через Советской Армии"):
        out, notes = _apply(text, soviet, "uk")
        assert out == text
        assert len(notes) == 1
        assert "genitive singular, dative singular or locative singular" in notes[0][2]


def test_the_table_names_the_prepositions_of_each_language() -> None:
    """у: Russian genitive only; Ukrainian genitive, accusative and locative (у брата, у
    школу, у школі)."""
    assert governed_cases("у", "ru") == {"gent", "gen2"}
    assert governed_cases("у", "uk") == {"gent", "accs", "loct"}
    assert governed_cases("під", "ru") == frozenset()


def test_a_preposition_is_read_in_its_lines_language_ukrainian_line(soviet: Glossary) -> None:
    """A Russian term's form in a Ukrainian line (detected so): у and в are read as Ukrainian
    (Вихованець & Городенська: genitive, accusative or locative, у брата, у школу, у школі),
    which leaves Советской Армии its genitive and its locative, two forms of Радянська армія:
    kept and warned of. Read as Russian (у: the genitive only) it gave «у Радянської армії»,
    where a Ukrainian «служив у …» is a locative."""
    for prep in ("у", "в"):
        text = f"Мій дід довго служив {prep} Советской Армии."
        out, notes = _apply(text, soviet, "uk")
        assert out == text
        assert len(notes) == 1 and "genitive singular or locative singular" in notes[0][2]


def test_a_preposition_is_read_in_its_lines_language_russian_line() -> None:
    """A Ukrainian term's form in a Russian line (detected so): у is read as Russian (Русская
    грамматика: the genitive only), which no reading of війні (dative or locative) is: kept
    and warned of, where read as Ukrainian it gave the locative. к takes the dative in both
    tables, so it settles війні either way (к вооружённому конфликту)."""
    text = "Мой дед, который родился и вырос в Москве, всю жизнь вспоминал, как служил у війні."
    out, notes = _apply(text, WAR, "ru")
    assert out == text
    assert len(notes) == 1 and "dative singular or locative singular" in notes[0][2]
    text = "Мой дед, который родился и вырос в Москве, всю жизнь вспоминал, как шёл к війні."
    assert _apply(text, WAR, "ru") == (text.replace("війні", "вооружённому конфликту"), [])


def test_a_line_of_neither_language_narrows_only_by_a_preposition_spelled_alike() -> None:
    """Where the line's language is neither Russian nor Ukrainian, a preposition narrows only
    if both tables give it the same cases (по, к); в (Russian accusative or locative,
    Ukrainian genitive, accusative or locative) does not."""
    assert preposition_cases("в", "be", "ru") == frozenset()
    assert preposition_cases("к", None, "uk") == {"datv"}
    assert preposition_cases("в", "ru", "uk") == {"accs", "loct", "loc2"}


def test_a_lines_language_is_detected_once(
    soviet: Glossary, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The language of a line holding kept forms after prepositions whose tables differ is
    :func:`translit.detection.detect`'s of the line, detected once for the line however many
    such forms it holds and however many calls meet it again; the memo keeps at most
    ``_LINES_MOST`` lines."""
    from translit import detection
    from translit.glossary import apply

    seen: list[str] = []
    real = detection.detect

    def counted(text: str) -> str:
        seen.append(text)
        return real(text)

    monkeypatch.setattr(detection, "detect", counted)
    monkeypatch.setattr(apply, "_LINES", {})
    line = "Мій дід довго служив у Советской Армии, а його батько теж служив у Советской Армии."
    text = f"{line}\nОн служил в Советской Армии."
    out, notes = _apply(text, soviet, "uk")  # (Ukrainian line: в, у leave two forms, kept)
    assert out == f"{line}\nОн служил в Радянській армії."  # (Russian line: the locative)
    assert len(notes) == 2
    assert seen == [line, "Он служил в Советской Армии."]
    assert _apply(text, soviet, "uk") == (out, notes)
    assert len(seen) == 2  # (met again: not detected again)
    monkeypatch.setattr(apply, "_LINES_MOST", 4)
    for n in range(10):
        assert apply.line_language(f"Он служил {n} лет.", 0, 2) == "ru"
        assert len(apply._LINES) <= 4
