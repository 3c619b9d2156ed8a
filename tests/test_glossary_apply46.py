"""glossary apply (apply46): the writer's spaces kept in a name written for the target, a
given name abbreviated to two or three letters read as an initial, plural-only French
articles fitted to a singular target, the German place adjectives in -er and the irregular
French adjectives before the noun.

Expected forms: Grevisse and Goosse, Le Bon Usage (the determiners; the feminine and plural of
adjectives: beau, bel, belle, beaux; nouveau, nouvel; vieux, vieil, vieille; -al, -aux);
Duden, Die Grammatik (the place adjectives in -er, Moskauer, Kiewer, do not decline). The
names: the names layer's spellings (data/names/given_names.csv, conventions.toml).
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from translit.glossary import Concept, Glossary, Term, apply_text

_NBSP, _NNBSP = "\u00a0", "\u202f"


def _person(ru: str, fr: str, de: str) -> Glossary:
    terms = [Term(ru, "ru"), Term(fr, "fr"), Term(de, "de")]
    return Glossary([Concept("p", subject="person", terms=terms)])


_GAGARIN = _person("Гагарин", "Gagarine", "Gagarin")
_LENIN = _person("Ленин", "Lénine", "Lenin")
_SPACE = st.sampled_from([" ", _NBSP, _NNBSP, " " + _NBSP])


@given(_SPACE, _SPACE)
def test_the_writers_spaces_between_given_names_are_kept(a: str, b: str) -> None:
    # the given-name path joined the written names with a space: a no-break space was lost
    out = apply_text(f"Встреча с Юрием{a}Алексеевичем{b}Гагариным.", _GAGARIN, "fr")
    assert out == f"Встреча с Youri{a}Alekseïevitch{b}Gagarine."
    out = apply_text(f"Книга Ю.{a}А.{b}Гагарина.", _GAGARIN, "de")
    assert out == f"Книга Ju.{a}A.{b}Gagarin."


@given(st.sampled_from(["", " ", _NBSP, _NNBSP]), st.sampled_from(["", " ", _NBSP]))
def test_joined_initials_keep_the_spaces_there_are(a: str, b: str) -> None:
    # where the writer put none, the readers' space (conventions.toml [initials] space)
    out = apply_text(f"Заявил Ю.{a}А.{b}Гагарин вчера", _GAGARIN, "fr")
    assert out == f"Заявил I.{a or ' '}A.{b or ' '}Gagarine вчера"


def test_a_given_name_abbreviated_to_two_letters() -> None:
    # Вл. (Владимир, Владислав), Вс. (Всеволод): romanised as written, as the spaced form was
    # (Vl., Wl.): an abbreviation of two letters is the writer's, telling apart whom one
    # letter would not (Вл. and Вс. Соловьёв, brothers); joined to the surname it was left
    text = "Вл.Ленин и Вл.И.Ленин; Вл. Ленин"
    assert apply_text(text, _LENIN, "fr") == "Vl. Lénine и Vl. I. Lénine; Vl. Lénine"
    assert apply_text(text, _LENIN, "de") == "Wl. Lenin и Wl. I. Lenin; Wl. Lenin"


def test_an_abbreviation_no_given_name_starts_with_is_no_initial() -> None:
    # Тов. (товарищ): no listed given name starts so; it was written "Tov. Lénine"
    text = "Тов. Ленин и Тов.Ленин"
    assert apply_text(text, _LENIN, "fr") == "Тов. Lénine и Тов.Lénine"


def _one(ru: str, *targets: Term) -> Glossary:
    return Glossary([Concept("c", terms=[Term(ru, "ru"), *targets])])


_RED = _one("Красная армия", Term("Armée rouge", "fr", gender="feminine"))
_ARMY = _one("армия", Term("armée", "fr", gender="feminine"))


def _notes(text: str, g: Glossary, target: str) -> tuple[str, list[str]]:
    notes: list[tuple[int, int, str]] = []
    out = apply_text(text, g, target, notes=notes)
    return out, [why for _, _, why in notes]


def test_a_plural_only_article_before_a_singular_source() -> None:
    # les, aux, ces, des are plurals whatever the source term's number: they were left, with
    # no word, before a singular source ("les Armée rouge"); the target's number decides
    text = "les Красная армия, aux Красной армии, ces Красная армия"
    assert _notes(text, _RED, "fr") == ("l'Armée rouge, à l'Armée rouge, cette Armée rouge", [])
    assert apply_text("Les армия", _ARMY, "fr") == "L'armée"


def test_des_before_a_singular_name_is_de_les() -> None:
    # a name takes no indefinite article: des Armée rouge is de + les (de l'Armée rouge);
    # before a common noun des may be either (de l'armée, une armée): kept and said
    assert _notes("le rôle des Красной армии", _RED, "fr") == ("le rôle de l'Armée rouge", [])
    out, why = _notes("le rôle des армия", _ARMY, "fr")
    assert out == "le rôle des armée" and "cannot be told" in why[0]
    # before a plural target des is right either way: no word said
    forces = _one("Вооружённые силы", Term("Forces armées", "fr", gender="feminine"))
    assert _notes("le rôle des Вооружённые силы", forces, "fr") == ("le rôle des Forces armées", [])


_STAFF = _one("Вооружённые силы", Term("état-major", "fr", gender="masculine"))
_FORCES = _one("Вооружённые силы", Term("armée", "fr", gender="feminine"))
_CORPS = _one("Вооружённые силы", Term("Volkssturm", "de", gender="masculine"))
_FLEET = _one("флот", Term("Marine", "de", gender="feminine"))


def test_german_place_adjectives_in_er_do_not_decline() -> None:
    # Moskauer, Kiewer stand between the article and the term unchanged; the article was left
    # ("mit den Kiewer Volkssturm", no word said)
    text = "mit den Kiewer Вооружённые силы; mit den großen Moskauer Вооружённые силы"
    assert _notes(text, _CORPS, "de") == (
        "mit dem Kiewer Volkssturm; mit dem großen Moskauer Volkssturm",
        [],
    )
    text = "mit dem Moskauer флот, zum Kiewer флот"
    assert apply_text(text, _FLEET, "de") == "mit der Moskauer Marine, zur Kiewer Marine"
    # die: a nominative or an accusative, der or den before a masculine: said, as without one
    out, why = _notes("die Moskauer Вооружённые силы", _CORPS, "de")
    assert out == "die Moskauer Volkssturm" and "cannot be told" in why[0]
    # a determiner in -er (Unser, Dieser) is no place adjective: the article is its own
    assert apply_text("Unser флот", _FLEET, "de") == "Unsere Marine"
    # nor a noun in -er in apposition: the article is the noun's (der Kreuzer Aurora)
    aurora = _one("Аврора", Term("Aurora", "de", gender="feminine"))
    assert apply_text("der Kreuzer Аврора", aurora, "de") == "der Kreuzer Aurora"


_FR_ADJECTIVES = st.sampled_from(
    [
        ("beau", "bel", "belle", "beaux", "belles"),
        ("nouveau", "nouvel", "nouvelle", "nouveaux", "nouvelles"),
        ("vieux", "vieil", "vieille", "vieux", "vieilles"),
        ("principal", "principal", "principale", "principaux", "principales"),
        ("premier", "premier", "première", "premiers", "premières"),
    ]
)


@given(_FR_ADJECTIVES, st.sampled_from(["les", "Les", "ces", "aux"]), st.sampled_from([3, 4]))
def test_irregular_french_adjectives_agree(forms: tuple[str, ...], article: str, k: int) -> None:
    # (the plural forms after a plural article) beau, nouveau, vieux, -al: no article was read
    # past them (les beaux armée)
    masc, masc_vowel, fem, _, _ = forms
    before = f"{article} {forms[k]} Вооружённые силы"
    fitted = {"les": "la", "Les": "La", "ces": "cette", "aux": "à la"}[article]
    assert apply_text(before, _FORCES, "fr") == f"{fitted} {fem} armée"
    fitted = {"les": "le", "Les": "Le", "ces": "ce", "aux": "au"}[article]
    assert apply_text(before, _STAFF, "fr") == f"{fitted} {masc_vowel} état-major"
    front = _one("Вооружённые силы", Term("front", "fr", gender="masculine"))
    assert apply_text(before, front, "fr") == f"{fitted} {masc} front"


@given(st.sampled_from(["Marine", "Kriegsmarine", "Schwarzmeerflotte", "Truppe", "Armee"]))
def test_a_feminine_head_in_e_is_no_plural_beside_a_plural_source(head: str) -> None:
    # its plural would be -en (Duden: a feminine plural in -e has the umlaut: Kräfte): the
    # plural source (Военно-морские силы) made it one ("mit den Marine")
    navy = _one("Военно-морские силы", Term(head, "de", gender="feminine"))
    assert apply_text("mit den Военно-морские силы", navy, "de") == f"mit der {head}"
    forces = _one("Военно-морские силы", Term("Seestreitkräfte", "de", gender="feminine"))
    # (decl46: the term in the dative plural too, Duden's -n)
    assert apply_text("mit der Военно-морские силы", forces, "de") == "mit den Seestreitkräften"


@given(st.sampled_from([" ", _NBSP, _NNBSP]))
def test_a_term_of_as_many_words_keeps_the_writers_no_break_space(gap: str) -> None:
    # a full name matched whole was written with the target term's spaces
    g = Glossary(
        [
            Concept(
                "p",
                subject="person",
                terms=[Term("Юрий Гагарин", "ru"), Term("Youri Gagarine", "fr")],
            )
        ]
    )
    assert apply_text(f"с Юрием{gap}Гагариным", g, "fr") == f"с Youri{gap}Gagarine"
    # a line break between the words is the line's, not the name's
    assert apply_text("с Юрием\nГагариным", g, "fr") == "с Youri Gagarine"
