"""glossary apply: the article before a plural target term is written in the plural
(apply43; translator41's "La Forces armées ukrainiennes").

The number a term is written in has one home, the model's stated number
(``norm_number``: TBX grammaticalNumber) read first, then the source term's number by the
dictionary where the target's own form may be plural (``forms.written_number``). Expected
articles: Grevisse and Goosse, Le Bon Usage, the determiners (les, des = de les, aux = à les,
ces); Duden, Die Grammatik, the definite article's plural (die, der, den, die).
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from translit.glossary import Concept, Glossary, Term, apply_text
from translit.glossary.forms import written_number
from translit.glossary.model import norm_number
from translit.morphology import is_plural_term

_PLURAL = '<termNote type="grammaticalNumber">plural</termNote>'
_SINGULAR = '<termNote type="grammaticalNumber">singular</termNote>'


def _afu(fr_extra: tuple[str, ...] = ()) -> Glossary:
    return Glossary(
        [
            Concept(
                "afu",
                terms=[
                    Term("Вооружённые силы Украины", "ru"),
                    Term("Forces armées ukrainiennes", "fr", gender="feminine", extra=fr_extra),
                    Term("Streitkräfte der Ukraine", "de"),
                ],
            )
        ]
    )


def test_the_translators_line_takes_the_plural_article() -> None:
    text = "La Вооружённые силы Украины ont répondu. Le ministère de la Вооружённые силы Украины."
    got = apply_text(text, _afu(), "fr")
    assert got == (
        "Les Forces armées ukrainiennes ont répondu. Le ministère des Forces armées ukrainiennes."
    )


def test_elided_and_fused_french_articles() -> None:
    text = (
        "l'Вооружённые силы Украины, à l'Вооружённые силы Украины, cette Вооружённые силы Украины"
    )
    got = apply_text(text, _afu(), "fr")
    assert got == (
        "les Forces armées ukrainiennes, aux Forces armées ukrainiennes, "
        "ces Forces armées ukrainiennes"
    )


def test_german_plural_article_by_case() -> None:
    text = "Mit der Вооружённые силы Украины. Die Вооружённые силы Украины."
    got = apply_text(text, _afu(), "de")
    # (decl46: the term in the article's case too, the dative plural's -n: Duden)
    assert got == "Mit den Streitkräften der Ukraine. Die Streitkräfte der Ukraine."
    notes: list[tuple[int, int, str]] = []
    kept = apply_text("Eine Вооружённые силы Украины", _afu(), "de", notes=notes)
    assert kept == "Eine Streitkräfte der Ukraine" and "a plural" in notes[0][2]


def test_a_stated_number_comes_first() -> None:
    # singular stated: the feminine article stays, as before apply43
    got = apply_text("la Вооружённые силы Украины", _afu((_SINGULAR,)), "fr")
    assert got == "la Forces armées ukrainiennes"
    assert norm_number(Term("x", "fr", extra=(_PLURAL,))) == "plural"
    # stated plural where neither the source nor the form would tell it
    g = Glossary(
        [
            Concept(
                "c",
                terms=[Term("армия", "ru"), Term("Armee", "de", extra=(_PLURAL,))],
            )
        ]
    )
    # (decl46: a plural as the file states, so the dative plural's -n follows: Duden)
    assert apply_text("Mit der армия", g, "de") == "Mit den Armeen"


def test_number_evidence_from_the_shipped_glossaries() -> None:
    # the source's number needs the target's own form to agree: the short form Axe is one
    # whose form cannot be a plural (apply44: so it is told singular, and a plural article
    # before it is fitted back: les страны оси → l'Axe)
    axis = Concept(
        "axis",
        terms=[Term("страны оси", "ru"), Term("Axe", "fr", type="shortForm")],
    )
    assert written_number(axis, axis.terms[1]) == "singular"
    # a German name's form does not tell it (das Erzgebirge), a French one's does (les Alpes)
    ore = Concept(
        "ore", subject="place", terms=[Term("Рудные горы", "ru"), Term("Erzgebirge", "de")]
    )
    alps = Concept("alps", subject="place", terms=[Term("Альпы", "ru"), Term("Alpes", "fr")])
    assert (
        written_number(ore, ore.terms[1]) == "" and written_number(alps, alps.terms[1]) == "plural"
    )
    # a guessed reading of an unknown word is no plural (Сванетия: its ending only looks so)
    assert is_plural_term("Вооружённые силы") and not is_plural_term("Сванетия", hint="place")
    assert not is_plural_term("Монпелье", hint="place")  # indeclinable: either number


@given(
    article=st.sampled_from(["le ", "la ", "du ", "de la ", "au ", "à la ", "l'", "de l'", "ce "]),
    head=st.sampled_from(["Forces", "Troupes", "Légions", "Armées"]),
)
def test_a_plural_term_never_follows_a_singular_article(article: str, head: str) -> None:
    g = Glossary(
        [
            Concept(
                "c",
                terms=[
                    Term("армия", "ru"),
                    Term(f"{head} de l'Est", "fr", extra=(_PLURAL,)),
                ],
            )
        ]
    )
    got = apply_text(f"x {article}армия y", g, "fr")
    before = got[2 : got.index(head)]
    assert before in ("les ", "des ", "aux ", "ces "), got


def _gagarin() -> Glossary:
    return Glossary(
        [
            Concept(
                "person-gagarin",
                subject="person",
                terms=[
                    Term("Гагарин", "ru"),
                    Term("Gagarin", "de"),
                    Term("Gagarine", "fr"),
                    Term("Gagarin", "en"),
                ],
            )
        ]
    )


def test_a_given_name_before_a_listed_surname_is_written_for_the_target() -> None:
    # translator41's line: the given name stayed Cyrillic ("встреча с Юрием Gagarin")
    text = "встреча с Юрием Гагариным"
    assert apply_text(text, _gagarin(), "fr") == "встреча с Youri Gagarine"
    assert apply_text(text, _gagarin(), "de") == "встреча с Juri Gagarin"
    text = "Юрия Алексеевича Гагарина встретили, Ю. А. Гагарин улетел"
    assert apply_text(text, _gagarin(), "fr") == (
        "Youri Alekseïevitch Gagarine встретили, I. A. Gagarine улетел"  # (apply44: I., not Iou.)
    )


def test_words_that_are_no_given_name_stay() -> None:
    # a common noun, a conjunction before the surname: nothing to write but the surname
    text = "Встреча Гагарина. Сергей и Гагарин."
    assert apply_text(text, _gagarin(), "de") == "Встреча Gagarin. Сергей и Gagarin."
    # a term of no person: its capitalised words before are not read as names
    g = Glossary([Concept("c", terms=[Term("Гагарин", "ru"), Term("Gagarin", "de")])])
    assert apply_text("Юрий Гагарин", g, "de") == "Юрий Gagarin"


def test_initials_after_a_bracket_and_a_ukrainian_line() -> None:
    # (ru-taiga: "(А. А. Ахматова)"): the bracket's initial is read too, never half the name
    assert apply_text("(Ю. А. Гагарин)", _gagarin(), "fr") == "(I. A. Gagarine)"
    # a Ukrainian line (uk-iu: "Микола Кулеба"): the given name read as Ukrainian, Mykola
    g = Glossary(
        [
            Concept(
                "k",
                subject="person",
                terms=[Term("Кулеба", "ru"), Term("Kouleba", "fr"), Term("Kuleba", "en")],
            )
        ]
    )
    line = "Міжнародним партнерам потрібно усвідомлювати це, - наголосив Микола Кулеба."
    assert apply_text(line, g, "en").endswith("наголосив Mykola Kuleba.")
