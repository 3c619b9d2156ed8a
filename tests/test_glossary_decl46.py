"""glossary apply (decl46): a German term after a fitted article is written in the article's
case, number and declension (zur Roten Armee, mit den sowjetischen Dissidenten), not in the
nominative it is given in.

Expected forms: Duden, Die Grammatik (the adjective's strong, weak and mixed declension: weak
after der, die, das; mixed after ein, kein and the possessive articles; the noun's genitive
-s or -es in the masculine and neuter singular; the dative plural -n but after -n and -s; the
place adjectives in -er, Moskauer, Warschauer, do not decline), written out below, not read
from translit's tables. The terms: the shipped glossaries' German terms whose first word is
an attributive adjective.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from translit.glossary import Concept, Glossary, Term, apply_text, load, shipped_path
from translit.glossary.forms import written_number

# Duden's endings by (declension, slot): nominative, genitive, dative, accusative
_STRONG_NOMINATIVE = {"masculine": "er", "feminine": "e", "neuter": "es", "plural": "e"}
_WEAK = {
    "masculine": ("e", "en", "en", "en"),
    "feminine": ("e", "en", "en", "e"),
    "neuter": ("e", "en", "en", "e"),
    "plural": ("en", "en", "en", "en"),
}
_MIXED = {
    "masculine": ("er", "en", "en", "en"),
    "feminine": ("e", "en", "en", "e"),
    "neuter": ("es", "en", "en", "es"),
    "plural": ("en", "en", "en", "en"),
}
# (text before the term, declension table, case) by slot; the article already the slot's, so
# only the term's form is at stake
_BEFORE = {
    "masculine": [
        ("mit dem ", _WEAK, 2),
        ("wegen des ", _WEAK, 1),
        ("für den ", _WEAK, 3),
        ("mit einem ", _MIXED, 2),
        ("für einen ", _MIXED, 3),
        ("trotz seines ", _MIXED, 1),
        ("zum ", _WEAK, 2),
        ("mit keinem ", _MIXED, 2),
        ("durch den ", _WEAK, 3),
    ],
    "feminine": [
        ("mit der ", _WEAK, 2),
        ("wegen der ", _WEAK, 1),
        ("für die ", _WEAK, 3),
        ("mit einer ", _MIXED, 2),
        ("für eine ", _MIXED, 3),
        ("zur ", _WEAK, 2),
        ("die ", _WEAK, 0),
        ("ohne unsere ", _MIXED, 3),
        ("trotz ihrer ", _MIXED, 1),
    ],
    "neuter": [
        ("mit dem ", _WEAK, 2),
        ("wegen des ", _WEAK, 1),
        ("für das ", _WEAK, 3),
        ("mit einem ", _MIXED, 2),
        ("für ein ", _MIXED, 3),
        ("im ", _WEAK, 2),
    ],
    "plural": [
        ("mit den ", _WEAK, 2),
        ("wegen der ", _WEAK, 1),
        ("für die ", _WEAK, 3),
        ("mit seinen ", _MIXED, 2),
        ("ohne keine ", _MIXED, 3),
        ("die ", _WEAK, 0),
    ],
}
# an attributive adjective in the strong nominative (Duden's adjective suffixes -isch, -lich,
# -ig, -al, -iv, -ar, -ern, -ein, the superlative -st, and the simple adjectives of the shipped
# terms); a place's adjective in -er (Lokoter, Moskauer) is none of them: it does not decline
_ADJECTIVE = re.compile(
    r"([A-Za-zÄÖÜäöüß]*(isch|lich|ig|al|iv|ar|ern|ein|st)|[Rr]ot|[Ww]eiß|[Gg]roß|[Nn]eu"
    r"|[Dd]ritt|[Zz]weit)(?P<end>e|er|es)"
)


def _slot(concept: Concept, term: Term) -> str | None:
    """The term's slot as Duden's strong nominative ending of its first adjective tells it
    (a plural by the glossary's number)."""
    m = _ADJECTIVE.fullmatch(term.text.split(" ")[0])
    if m is None:
        return None
    if written_number(concept, term) == "plural":
        return "plural" if m.group("end") == "e" else None
    return {"er": "masculine", "e": "feminine", "es": "neuter"}[m.group("end")]


# a participle used as a noun (Kriegsgefangene, Reisende) declines as an adjective (Duden)
_PARTICIPLE = re.compile(r"\w+(en|end)(e|er|es)")


def _number(number: str) -> tuple[str]:
    return (f'<termNote type="grammaticalNumber">{number}</termNote>',)


def _shipped() -> list[tuple[str, Term, str]]:
    """(a Russian term, the German term with the gender its adjectives tell, the slot) of
    the shipped concepts whose German term opens with an adjective."""
    out = []
    for name in ("ww2-roa.tbx", "soviet-institutions.tbx"):
        for c in load(shipped_path(name)).concepts:
            ru = next((t.text for t in c.terms if t.lang == "ru" and not t.is_acronym), None)
            for t in c.terms:
                slot = _slot(c, t) if t.lang == "de" and not t.is_acronym else None
                if ru is None or slot is None or not 1 < len(t.text.split(" ")) <= 4:
                    continue
                if _PARTICIPLE.fullmatch(t.text.split(" ")[1]):  # (tested apart below)
                    continue
                if not re.fullmatch(r"[\w -]+", ru):  # (ВКП(б)'s "(большевиков)": its match
                    continue  # ends before the ")", which is written twice: not this task's)
                    continue
                gender = None if slot == "plural" else slot
                number = "plural" if slot == "plural" else "singular"
                out.append((ru, Term(t.text, "de", gender=gender, extra=_number(number)), slot))
    return out


_TERMS = _shipped()


def _duden(text: str, slot: str, table: dict[str, tuple[str, ...]], case: int) -> set[str]:
    """The forms Duden gives ``text`` (strong nominative) in ``case`` after such a determiner."""
    words = text.split(" ")
    lemma = _STRONG_NOMINATIVE[slot]
    k = 0
    while k < len(words) - 1 and _ADJECTIVE.fullmatch(words[k]) and words[k].endswith(lemma):
        k += 1
    adjectives = [w[: len(w) - len(lemma)] + table[slot][case] for w in words[:k]]
    head, rest = words[k], words[k + 1 :]
    if slot in ("masculine", "neuter") and case == 1 and not head.endswith(("s", "ß", "x", "z")):
        heads = {head + "s", head + "es"}
    elif slot == "plural" and case == 2 and not head.endswith(("n", "s")):
        heads = {head + "n"}
    else:
        heads = {head}
    return {" ".join((*adjectives, h, *rest)) for h in heads}


def test_the_shipped_terms_read() -> None:
    # the set the property runs over: singular of each gender and plural
    assert len(_TERMS) >= 30
    assert {slot for _, _, slot in _TERMS} == {"masculine", "feminine", "neuter", "plural"}


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(_TERMS), st.data())
def test_a_term_after_an_article_takes_its_case(
    item: tuple[str, Term, str], data: st.DataObject
) -> None:
    ru, de, slot = item
    before, table, case = data.draw(st.sampled_from(_BEFORE[slot]))
    g = Glossary([Concept("c", terms=[Term(ru, "ru"), de])])
    notes: list[tuple[int, int, str]] = []
    out = apply_text(f"{before}{ru} war", g, "de", notes=notes)
    assert out.startswith(before) and out.endswith(" war")
    assert out[len(before) : -len(" war")] in _duden(de.text, slot, table, case), notes


def _one(ru: str, de: Term, subject: str | None = None) -> Glossary:
    return Glossary([Concept("c", subject=subject, terms=[Term(ru, "ru"), de])])


def test_the_reported_lines() -> None:
    # main wrote the term in the nominative after the fitted article: zur Berliner Rote Armee
    red = _one("Красная армия", Term("Rote Armee", "de", gender="feminine"))
    dis = _one("советские диссиденты", Term("sowjetische Dissidenten", "de"))
    assert apply_text("zur Berliner Красная армия", red, "de") == "zur Berliner Roten Armee"
    assert apply_text("des Красная армия", red, "de") == "der Roten Armee"
    out = apply_text("mit seiner sowjetischen Красная армия", red, "de")
    assert out == "mit seiner sowjetischen Roten Armee"
    assert apply_text("mit sowjetischer Красная армия", red, "de") == "mit sowjetischer Roter Armee"
    assert apply_text("die Красная армия", red, "de") == "die Rote Armee"  # (nom. or acc.)
    out = apply_text("mit den советские диссиденты", dis, "de")
    assert out == "mit den sowjetischen Dissidenten"


def test_place_adjectives_and_names_are_not_declined() -> None:
    pact = _one("Варшавский договор", Term("Warschauer Pakt", "de", gender="masculine"))
    assert apply_text("wegen des Варшавский договор", pact, "de") == "wegen des Warschauer Pakts"
    lenin = _one("Ленин", Term("Lenin", "de", gender="masculine"), subject="person")
    assert apply_text("des Ленин", lenin, "de") == "des Lenin"  # (des jungen Goethe: no -s)
    red = _one("Красная армия", Term("Rote Armee", "de", gender="feminine"))
    assert apply_text("Красная армия", red, "de") == "Rote Armee"  # (no article: as given)


def test_a_participle_used_as_a_noun_declines_as_an_adjective() -> None:
    # Duden: der sowjetischen Kriegsgefangenen (the noun declines as an adjective); decl46
    # kept it as given, apply47 declines it (genders.toml adjectival)
    pows = _one("советские военнопленные", Term("sowjetische Kriegsgefangene", "de"))
    assert apply_text("wegen der советские военнопленные", pows, "de") == (
        "wegen der sowjetischen Kriegsgefangenen"
    )
