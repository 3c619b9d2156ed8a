"""apply48: `glossary apply` in German and French text, apply47's leftovers.

A German term of a noun before a name or a genitive attribute (Unternehmen Barbarossa,
Generalplan Ost, Befehl Nr. 227) is headed by that first noun: it gives the term's gender and
takes the case ending, the name after it does not (Duden, Die Grammatik, "Enge Apposition":
des Unternehmens Barbarossa, des Generalplans Ost). The expected forms are written here, not
produced by the code.
"""

from __future__ import annotations

from translit.glossary import Concept, Glossary, Term, apply_text
from translit.glossary.forms import in_case, inferred_gender


def _one(ru: str, term: Term, subject: str | None = None) -> Glossary:
    return Glossary([Concept("c", subject=subject, terms=[Term(ru, "ru"), term])])


def test_a_noun_before_a_name_heads_the_term() -> None:
    # main read Unternehmen as an adjective (its -en a weak plural's ending) and so no gender;
    # Zitadelle's gender (die Delle) stood for Operation's, Taifun's for Unternehmen's
    assert inferred_gender("Unternehmen Barbarossa", "de") == ("neuter", "Unternehmen", "table")
    assert inferred_gender("Unternehmen Taifun", "de") == ("neuter", "Unternehmen", "table")
    assert inferred_gender("Operation Zitadelle", "de") == ("feminine", "Operation", "rule")
    assert inferred_gender("Befehl Nr. 227", "de") == ("masculine", "Befehl", "table")
    # an adjective before the noun is still read as one (Rote Armee, sowjetische ...)
    assert inferred_gender("Sozialdemokratische Arbeiterpartei Russlands", "de")[0] == "feminine"


def test_the_head_declines_the_name_after_it_does_not() -> None:
    weak = {"declension": 1, "case": 1}  # (after des)
    assert in_case("Unternehmen Barbarossa", "de", "neuter", "singular", **weak) == (
        "Unternehmens Barbarossa"
    )
    assert in_case("Generalplan Ost", "de", "masculine", "singular", **weak) == "Generalplans Ost"
    assert in_case("Befehl Nr. 227", "de", "masculine", "singular", **weak) == "Befehls Nr. 227"
    assert in_case("Verbrechen gegen die Menschlichkeit", "de", "neuter", "singular", **weak) == (
        "Verbrechens gegen die Menschlichkeit"
    )
    # dative and accusative: no ending (dem Unternehmen Barbarossa)
    assert in_case("Unternehmen Barbarossa", "de", "neuter", "singular", declension=1, case=2) == (
        "Unternehmen Barbarossa"
    )
    # a number or a name first is no head noun: kept as given (None)
    assert in_case("XV. Kosaken-Kavallerie-Korps", "de", "neuter", "singular", **weak) is None


def test_apply_writes_the_genitive_of_the_head() -> None:
    barb = _one("операция «Барбаросса»", Term("Unternehmen Barbarossa", "de"))
    notes: list[tuple[int, int, str]] = []
    out = apply_text("Die Planung des операция «Барбаросса» begann.", barb, "de", notes=notes)
    assert out == "Die Planung des Unternehmens Barbarossa begann."
    assert len(notes) == 1 and "«Unternehmen»" in notes[0][2]  # (an inferred gender: said)
    assert apply_text("zur операция «Барбаросса»", barb, "de") == "zum Unternehmen Barbarossa"
    ost = _one("Генеральный план «Ост»", Term("Generalplan Ost", "de", gender="masculine"))
    assert apply_text("wegen des Генерального плана «Ост»", ost, "de") == (
        "wegen des Generalplans Ost"
    )
    order = _one("Приказ № 227", Term("Befehl Nr. 227", "de"))
    assert (
        apply_text("die Folgen des Приказа № 227", order, "de") == "die Folgen des Befehls Nr. 227"
    )
    # a stated gender, a term of a feminine head: unchanged (der Operation Keelhaul)
    op = _one("операция «Килхол»", Term("Operation Keelhaul", "de"))
    assert apply_text("wegen des операция «Килхол»", op, "de") == "wegen der Operation Keelhaul"


def test_a_french_head_of_either_gender_takes_the_articles() -> None:
    # Le Bon Usage (les noms à deux genres): le or la commissaire, ministre (epicene); le
    # détenu, la détenue (a feminine of its own). main kept the article and said "no gender"
    # for each; now the writer's article tells the gender
    com = _one("народный комиссар", Term("commissaire du peuple", "fr"))
    notes: list[tuple[int, int, str]] = []
    assert apply_text("Il vit la народный комиссар.", com, "fr", notes=notes) == (
        "Il vit la commissaire du peuple."
    )
    assert notes == []
    assert apply_text("Il parle du народный комиссар.", com, "fr") == (
        "Il parle du commissaire du peuple."
    )
    zk = _one("заключённый", Term("détenu du Goulag", "fr"))
    notes = []
    assert apply_text("une заключённый", zk, "fr", notes=notes) == "une détenue du Goulag"
    assert len(notes) == 1 and "feminine" in notes[0][2] and "«détenu»" in notes[0][2]
    assert apply_text("le заключённый", zk, "fr") == "le détenu du Goulag"
    emig = _one("эмигрант", Term("émigré", "fr"))
    assert apply_text("la эмигрант", emig, "fr") == "l'émigrée"
    # an elided l' tells no gender: kept and said, as before
    notes = []
    assert apply_text("l'заключённый", zk, "fr", notes=notes) == "l'заключённый"
    assert notes and "no gender" in notes[0][2]
    # a stated gender wins over the article
    man = _one("заключённый", Term("détenu", "fr", gender="masculine"))
    assert apply_text("la заключённый", man, "fr") == "le détenu"


def test_a_term_that_may_say_its_own_gender_is_not_read_by_the_article() -> None:
    # found on the synthetic lines: "le nouvelle politique économique" was kept in silence
    # (politique is epicene in Dicollecte, le politique), and "la secrétaire général" would be
    # (général agrees with a man): an adjective of the term's own may say its gender
    npe = _one("новая экономическая политика", Term("nouvelle politique économique", "fr"))
    notes: list[tuple[int, int, str]] = []
    assert apply_text("le новая экономическая политика", npe, "fr", notes=notes) == (
        "le nouvelle politique économique"
    )
    assert notes and "no gender" in notes[0][2]
    sec = _one("генеральный секретарь", Term("secrétaire général du Parti", "fr"))
    notes = []
    apply_text("la генеральный секретарь", sec, "fr", notes=notes)
    assert notes and "no gender" in notes[0][2]


def test_the_kept_starts_are_the_dictionarys() -> None:
    # apply48: the shipped terms' first words' forms_start, kept beside each glossary file
    # (morphology.KNOWN_STARTS, where copies may be kept), is what the dictionary says of
    # every one of them
    import sys

    from translit import morphology
    from translit.glossary import shipped

    g = shipped()
    firsts = sorted({(t.text.split()[0], t.lang) for c in g.concepts for t in c.terms})[::5]
    made = morphology.dictionary_starts(firsts)
    assert len(made) > 500 and set(made.values()) == {"lexeme", "word", None}
    for (word, lang), start in made.items():
        assert morphology._forms_start(word, lang) == start
    morphology.forms_start.cache_clear()
    morphology.forms_start("Зимний", "ru")
    assert bool(morphology._known_starts) == (not sys.dont_write_bytecode)
    for table in morphology._known_starts:
        for (word, lang), start in list(table.items())[::7]:
            assert morphology._forms_start(word, lang) == start, word
