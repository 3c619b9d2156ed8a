"""Applying a glossary to text: Cyrillic-aware word boundaries, Russian case forms by rule,
acronym case, longest match first, replace/annotate/list modes.

Expected case forms are those of the standard Russian declension (e.g. армия → армией
instrumental, власовцы → власовцев genitive plural), checked by hand.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from translit.glossary import (
    Concept,
    Glossary,
    Term,
    apply_text,
    find_terms,
    load,
    shipped,
    shipped_path,
)
from translit.glossary import folding as glossary_folding
from translit.glossary.apply import _FEW, Matcher
from translit.glossary.folding import fold
from translit.morphology import forms


@pytest.fixture(scope="module")
def ww2() -> Glossary:
    return load(shipped_path("ww2-roa.tbx"))


@pytest.fixture
def small() -> Glossary:
    return Glossary(
        [
            Concept(
                "roa",
                terms=[
                    Term("РОА", "ru", type="acronym"),
                    Term("Armée de libération russe", "fr"),
                    Term("ROA", "fr", type="acronym"),
                ],
            ),
            Concept("army", terms=[Term("армия", "ru"), Term("armée", "fr")]),
            Concept("red-army", terms=[Term("Красная армия", "ru"), Term("Armée rouge", "fr")]),
            Concept("konr", terms=[Term("КОНР", "ru", type="acronym"), Term("KONR", "fr")]),
            Concept(
                "vs-konr",
                terms=[Term("ВС КОНР", "ru", type="acronym"), Term("VS KONR", "fr")],
            ),
        ]
    )


def found(text: str, g: Glossary) -> list[tuple[str, str]]:
    return [(h.text, h.concept.id) for h in find_terms(text, g)]


def test_word_boundaries_in_cyrillic(small: Glossary) -> None:
    assert found("Солдаты РОА, и КРОАТ, и РОАН.", small) == [("РОА", "roa")]
    assert found("(РОА)«РОА»РОА—РОА.", small) == [("РОА", "roa")] * 4
    assert found("РОА РОА", small) == [("РОА", "roa"), ("РОА", "roa")]  # adjacent terms
    assert found("ПРОА РОАК 1РОА РОА1", small) == []
    assert found("РОА", small) == [("РОА", "roa")]


def test_inflected_forms_by_rule_not_by_substring(small: Glossary) -> None:
    text = "с армией; об армиях; армиями; армейский; армиянин; армия"
    assert [h.text for h in find_terms(text, small)] == ["армией", "армиях", "армиями", "армия"]
    hows = {h.text: h.how for h in find_terms(text, small)}
    assert hows["армией"] == "inflected" and hows["армия"] == "term"


def test_longest_match_wins_over_overlapping_terms(small: Glossary) -> None:
    assert found("бойцы Красной армии и ВС КОНР", small) == [
        ("Красной армии", "red-army"),
        ("ВС КОНР", "vs-konr"),
    ]
    assert found("КОНР, армии", small) == [("КОНР", "konr"), ("армии", "army")]


def test_acronyms_match_in_garbled_case_but_not_all_lower_case(small: Glossary) -> None:
    assert found("abrégé comme вс Конр, vs Konr", small) == [
        ("вс Конр", "vs-konr"),
        ("vs Konr", "vs-konr"),
    ]
    assert found("роа и вс конр", small) == []


def test_fold_makes_every_separator_of_every_code_point_a_space() -> None:
    """fold's rule, character by character over all of Unicode (surrogates included): a
    character that is neither a word character nor a combining mark U+0300–U+036F is a
    space, and so are _ and the apostrophe-like letters ʹ ʺ ʻ ʼ ʽ; the rest is lower-cased,
    ё/ë read as е/e, and the length is kept."""
    text = "".join(chr(c) for c in range(0x110000) if len(chr(c).lower()) == 1)
    word = lambda ch: ch.isalnum() or ch == "_" or "\u0300" <= ch <= "\u036f"  # noqa: E731
    apostrophes = "_\u02b9\u02ba\u02bb\u02bc\u02bd"

    def want(part: str) -> str:  # (lower-cased whole, as fold reads it: Σ at a word's end is ς)
        out = "".join(ch if word(ch) and ch not in apostrophes else " " for ch in part.lower())
        return out.replace("ё", "е").replace("ë", "e")

    assert fold(text) == want(text)  # (Σ: the rule's route, whose long text's ASCII is bytes)
    plain = text.replace("Σ", "")  # (the table's route, in C where it is built)
    assert fold(plain) == want(plain) == glossary_folding._fold(plain)
    short = [text[i : i + 100] for i in range(0, len(text), 100)]  # (a term's length)
    assert [fold(part) for part in short] == [want(part) for part in short]


_FOLD_PIECES = st.sampled_from(
    [
        *"Аё-ЁЁ’'ʼ_ a\n\x00İΣσ東ẞ",
        "ΟΔΥΣΣΕΥΣ ",
        "Вла\u0301сов",
        "😀",
        "🇷🇺",
        "\ufe0f",
        "\ud800",
        "Ж" * 60,
    ]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_FOLD_PIECES, min_size=1, max_size=120).map("".join))
def test_fold_through_the_table_is_the_rule(text: str) -> None:
    """A long text folds through the C table (its characters below U+3000), the rest by the
    rule (CJK, emoji, a lone surrogate; all of it where Σ is): as the rule folds it whole;
    padded, with a space at each end."""
    assert fold(text) == glossary_folding._fold(text)
    assert glossary_folding.padded(text) == f" {glossary_folding._fold(text)} "


def test_yo_and_apostrophes_are_folded(ww2: Glossary) -> None:
    ids = [
        h.concept.id
        for h in find_terms(
            "Вооруженных сил Комитета освобождения народов России; l’Axe; puissances de l'Axe", ww2
        )
    ]
    assert ids[0] == "vs-konr" and ids.count("axis-powers") == 2


def test_romanised_forms_of_cyrillic_terms_are_found(ww2: Glossary) -> None:
    # BGN/PCGN of Красная армия is Krasnaya armiya (я = ya)
    hits = find_terms("la Krasnaya armiya de 1941", ww2)
    assert [(h.text, h.concept.id) for h in hits] == [("Krasnaya armiya", "red-army")]
    assert hits[0].how.startswith("romanised")
    assert find_terms("la Krasnaya armiya", ww2, romanized=False) == []


def test_replace_annotate_list_and_json(small: Glossary, ww2: Glossary) -> None:
    text = "РОА и Красная армия.\nВС КОНР"
    # an acronym becomes the target's acronym, a full form its full form
    assert apply_text(text, small, "fr") == "ROA и Armée rouge.\nVS KONR"
    assert apply_text("Бойцы РОА", ww2, "de") == "Бойцы ROA"
    assert apply_text("РОА", ww2, "fr", "annotate") == "РОА [ROA: Armée de libération russe]"
    assert apply_text("ROA", ww2, "fr", "annotate") == "ROA"  # already the target's form
    rows = apply_text(text, small, "fr", "list").splitlines()
    assert rows[0].split("\t") == ["1", "1", "РОА", "roa", "ru", "Armée de libération russe"]
    assert rows[2].split("\t") == ["2", "1", "ВС КОНР", "vs-konr", "ru", "VS KONR"]
    records = json.loads(apply_text(text, small, "fr", "json"))
    assert records[1]["text"] == "Красная армия" and records[1]["target"] == "Armée rouge"
    assert records[1]["line"] == 1 and records[1]["column"] == 7
    assert records[0]["target_acronym"] == "ROA"


def test_only_terms_of_given_languages(small: Glossary) -> None:
    assert found("ROA et РОА", Glossary(small.concepts)) == [("ROA", "roa"), ("РОА", "roa")]
    only_ru = [h.text for h in find_terms("ROA et РОА", small, langs=("ru",), romanized=False)]
    assert only_ru == ["РОА"]


def test_matcher_backends_agree(ww2: Glossary) -> None:
    text = "L'Armée rouge, la РОА; Вооружённых сил КОНР и власовцев, Wlassow-Leute " * 3
    a = Matcher(ww2, backend="pyahocorasick").find(text)
    assert Matcher(ww2, backend="table").find(text) == a and len(a) == 15
    pytest.importorskip("ahocorasick_rs")
    assert Matcher(ww2, backend="ahocorasick_rs").find(text) == a


def test_the_table_reads_the_terms_where_the_c_module_is_built() -> None:
    from translit.engine.native import BACKEND

    g = Glossary([Concept("c", terms=[Term("Красная армия", "ru")])])
    m = Matcher(g)
    assert m.backend == ("table" if BACKEND == "native" else "pyahocorasick")
    assert m.find("красная, армия") == []  # (the second word follows, the comma is no term's)
    assert [h.text for h in m.find("Красная\nармия")] == ["Красная\nармия"]


def _read_for_others(table: dict[str, Any], words: list[str]) -> int:
    """The most (second, size) pairs the matcher's table reads at one of ``words`` (a folded
    text's) for second words other than the next word's: what a place of a first word many
    terms share costs past its own patterns (a count, not a time)."""
    most = 0
    for word, after in zip(words, [*words[1:], None], strict=True):
        pairs = table.get(word, ())
        if type(pairs) is dict:  # (as table_hits reads one: the pairs of "" and of the next word)
            pairs = pairs.get("", ()) + (pairs.get(after, ()) if after else ())
        most = max(most, sum(second not in ("", after) for second in pairs[::2]))
    return most


def test_a_first_word_many_terms_share_costs_no_try_per_term() -> None:
    # the shipped names: 33 people called Александр, 22 Андрей, 20 Сергей …; a place of one of
    # those given names (or of its case forms, Александра, Александру: derived when a text
    # reaches them) tries the patterns of its next word, not every namesake's (it did: 33
    # tries at each Александр, 10,000 for a first word 10,000 terms share)
    g = load(shipped_path("names.csv"))
    shared = [
        t.text
        for c in g.concepts
        for t in c.terms
        if t.lang == "ru" and t.text.split()[0] in ("Александр", "Андрей", "Сергей")
    ]
    assert len(shared) >= 60
    text = ". ".join(form for name in shared for form in forms(name)[:3]) + "."
    table_matcher = Matcher(g, backend="table")
    hits = table_matcher.find(text)
    assert len(hits) == 3 * len(shared)  # (each name in three cases)
    assert Matcher(g, backend="pyahocorasick").find(text) == hits
    table = table_matcher._lengths
    assert _read_for_others(table, fold(text).split()) <= _FEW
    assert type(table["александру"]) is dict and len(table["александру"]) > 30
    # a table of flat tuples (all the namesakes' pairs at each place) would read them
    flat = {w: sum(v.values(), ()) if type(v) is dict else v for w, v in table.items()}
    assert _read_for_others(flat, fold(text).split()) > 30


def test_cache_follows_glossary_changes(small: Glossary) -> None:
    assert found("Власовцы", small) == []
    small.concepts.append(Concept("vlasovtsy", terms=[Term("власовцы", "ru")]))
    assert found("Власовцы", small) == [("Власовцы", "vlasovtsy")]


def test_forms_follow_the_declension() -> None:
    assert set(forms("Красная армия")) >= {
        "Красной армии",
        "Красную армию",
        "Красной армией",
        "Красных армий",
    }
    assert set(forms("власовцы")) >= {"власовцев", "власовцам", "власовцами", "власовцах"}
    assert "Вооружённых сил Комитета освобождения народов России" in forms(
        "Вооружённые силы Комитета освобождения народов России"
    )  # the genitive complement stays
    assert "Андрея Андреевича Власова" in forms("Андрей Андреевич Власов", hint="person")
    assert "Власовым" in forms("Власов", hint="person")
    assert forms("ВС КОНР") == ("ВС КОНР",)  # invariant acronyms do not decline
    assert "советских военнопленных" in forms("советские военнопленные")


WORD = st.text(alphabet="абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВОРКН", min_size=1, max_size=6)
SEP = st.sampled_from([" ", ", ", ".", "\n", "«", "»", " — ", "(", ")", "1"])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(WORD, SEP, st.sampled_from(["РОА", "Красной армии", "армия"]))))
def test_hits_respect_boundaries_and_do_not_overlap(pieces: list[str]) -> None:
    g = Glossary(
        [
            Concept("roa", terms=[Term("РОА", "ru", type="acronym")]),
            Concept("army", terms=[Term("армия", "ru")]),
            Concept("red-army", terms=[Term("Красная армия", "ru")]),
        ]
    )
    text = "".join(pieces)
    hits = find_terms(text, g)
    last = 0
    for h in hits:
        assert h.start >= last
        assert text[h.start : h.end] == h.text
        assert h.start == 0 or not text[h.start - 1].isalnum()
        assert h.end == len(text) or not text[h.end].isalnum()
        last = h.end
    assert len(fold(text)) == len(text)


def test_seed_text_lists_the_domain_terms_in_german(corpus) -> None:
    text = (corpus / "seed-roa-fr.txt").read_text(encoding="utf-8")
    g = load(shipped_path("ww2-roa.tbx"))
    rows = [r.split("\t") for r in apply_text(text, g, "de", "list").splitlines()]
    by_text = {r[2]: (r[3], r[5]) for r in rows}
    assert by_text["ROA"] == ("roa", "Russische Befreiungsarmee")
    assert by_text["РОА"] == ("roa", "Russische Befreiungsarmee")
    assert by_text["Власовцы"] == ("vlasovtsy", "Wlassow-Leute")
    assert by_text["KONR"] == ("konr", "Komitee zur Befreiung der Völker Russlands")
    assert by_text["вс Конр"][0] == "vs-konr"
    assert by_text["Armée rouge"] == ("red-army", "Rote Armee")


@pytest.mark.parametrize("mark", ["\u00ad", "\u200c", "\u200d", "\u2060", "\ufeff", "\ufe0f"])
def test_an_invisible_character_inside_a_term_still_matches(small: Glossary, mark: str) -> None:
    """``Крас<ZWJ>ная ар<SHY>мия`` was no term (glossary apply left it, exit 0): an invisible
    character inside a word (translit.script.INVISIBLE) is read past; the hit spans the text as
    written, invisible characters included, and the rest of the text is kept."""
    text = f"Он служил в Крас{mark}ной ар{mark}мии и {mark}РОА."
    assert found(text, small) == [
        (f"Крас{mark}ной ар{mark}мии", "red-army"),
        ("РОА", "roa"),
    ]
    assert apply_text(text, small, "fr") == f"Он служил в Armée rouge и {mark}ROA."
    assert found(f"РО{mark}АН", small) == []  # joined into one word: no term inside it


@settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    words=st.lists(
        st.sampled_from(["РОА", "Красной", "армии", "и", "КОНР", "ВС", "армия", ","]), max_size=12
    ),
    marks=st.lists(
        st.tuples(
            st.integers(0, 200), st.sampled_from(["\u00ad", "\u200d", "\ufe0f", "\U000e0100"])
        ),
        max_size=6,
    ),
)
def test_invisible_characters_move_hits_but_never_change_them(
    small: Glossary, words: list[str], marks: list[tuple[int, str]]
) -> None:
    """The hits of a text with invisible characters inserted are the hits of the text without
    them, at the offsets of the text as written (the mapping is hostile11's)."""
    from translit.script import drop_invisible

    clean = " ".join(words)
    text = clean
    for where, mark in marks:
        at = where % (len(text) + 1)
        text = text[:at] + mark + text[at:]
    plain = [(h.concept.id, h.text) for h in find_terms(clean, small)]
    hits = find_terms(text, small)
    assert [(h.concept.id, drop_invisible(h.text)) for h in hits] == plain
    assert all(text[h.start : h.end] == h.text for h in hits)


@pytest.mark.parametrize(
    "gap", ["\r\n", "  ", "\t ", " \r\n  ", "\u00a0 ", "\u2028", " \n\t"], ids=repr
)
def test_a_term_split_by_a_run_of_spaces_or_one_line_break_still_matches(
    small: Glossary, gap: str
) -> None:
    """``Красная\\r\\nармия`` (a Windows text wrapped there) and ``Красная  армия`` (two spaces)
    were no term, though ``Красная\\nармия`` was one and ``lookup`` found all three: a run of
    white space holding at most one line break is read as one space (hostile12); the hit spans
    the text as written."""
    text = f"В Красной{gap}армии и РОА."
    assert found(text, small) == [(f"Красной{gap}армии", "red-army"), ("РОА", "roa")]
    assert apply_text(text, small, "fr") == "В Armée rouge и ROA."
    listed = json.loads(apply_text(text, small, "fr", mode="json"))
    want = [(f"Красной{gap}армии", 1), ("РОА", 1 + gap.count("\n"))]  # (lines end at \n)
    assert [(d["text"], d["line"]) for d in listed] == want


@pytest.mark.parametrize("gap", ["\n\n", "\r\n\r\n", "\n \n", "\r\r"], ids=repr)
def test_a_term_never_spans_a_blank_line(small: Glossary, gap: str) -> None:
    """Two line breaks end a paragraph: the words on either side are no term."""
    assert found(f"Красной{gap}армии", small) == [("армии", "army")]


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    words=st.lists(
        st.sampled_from(["РОА", "Красной", "армии", "и", "КОНР", "ВС", "армия", ","]), max_size=12
    ),
    gaps=st.lists(
        st.sampled_from([" ", "  ", " \t", "\r\n", "\n", " \u200d ", "\t\xad\r\n", "\ufeff\n "]),
        min_size=12,
        max_size=12,
    ),
)
def test_spaces_and_invisible_characters_move_hits_but_never_change_them(
    small: Glossary, words: list[str], gaps: list[str]
) -> None:
    """A text whose words are parted by runs of spaces (one line break at most) and invisible
    characters has the hits of the text parted by single spaces, at its own offsets."""
    import re

    from translit.script import drop_invisible

    clean = " ".join(words)
    text = "".join(w + g for w, g in zip(words, gaps, strict=False)).rstrip()
    plain = [(h.concept.id, h.text) for h in find_terms(clean, small)]
    hits = find_terms(text, small)
    squash = lambda s: re.sub(r"\s+", " ", drop_invisible(s))  # noqa: E731
    assert [(h.concept.id, squash(h.text)) for h in hits] == plain
    assert all(text[h.start : h.end] == h.text for h in hits)


# user20: the shipped names.csv over the seed and the corpora matched common words as names:
# French "les termes" → Termez (Термез romanised), "russe :" → Roussé (German Russe), Ukrainian
# "очі" (eyes) → Oka, "суми" (sums) → Sumy, "правда" (truth) → Pravda, "об’єкта" → Ob.
@pytest.fixture
def names() -> Glossary:
    return Glossary(
        [
            Concept("place-ob", subject="place", terms=[Term("Обь", "ru"), Term("Об", "uk")]),
            Concept(
                "place-ruse",
                subject="place",
                terms=[Term("Ruse", "en"), Term("Russe", "de"), Term("Roussé", "fr")],
            ),
            Concept("place-termez", subject="place", terms=[Term("Термез", "ru")]),
            Concept("place-sumy", subject="place", terms=[Term("Суми", "uk")]),
            Concept("org-pravda", subject="org", terms=[Term("Правда", "ru")]),
            Concept("person-nemov", subject="person", terms=[Term("Немов", "ru")]),
            Concept("pasha", terms=[Term("Паша", "ru", pos="properNoun")]),
            Concept("komsomol", subject="party", terms=[Term("Комсомол", "ru")]),
            Concept("red-army", terms=[Term("Красная армия", "ru")]),
        ]
    )


def test_a_name_is_not_matched_by_a_lower_case_word(names: Glossary) -> None:
    # (a line no language's frequent words decide: with "Les" before it, a French line, the
    # German Russe and Termes, Duden's romanisation of Термез, match in neither case,
    # tests/test_glossary_latin.py)
    text = "termes russe : Termes, Russe, Правда, правда; Немов немов; Суми, суми, паша Паша."
    assert found(text, names) == [
        ("Termes", "place-termez"),
        ("Russe", "place-ruse"),
        ("Правда", "org-pravda"),
        ("Немов", "person-nemov"),
        ("Суми", "place-sumy"),
        ("Паша", "pasha"),
    ]
    # in capitals (a heading) a name is still a name, and its case forms are matched too
    assert found("В ТЕРМЕЗЕ и в Термезе, не в термезе", names) == [
        ("ТЕРМЕЗЕ", "place-termez"),
        ("Термезе", "place-termez"),
    ]
    # a capitalised term that is no name matches in any case by two words (a miscapitalised
    # one is caught), not by one word the dictionary reads as a common word (комсомол, in
    # lower case: the glossary's capital says the institution, see the next test)
    assert found("комсомола и красной армии", names) == [("красной армии", "red-army")]
    assert apply_text("les termes", names, "fr", "replace") == "les termes"


# OpenCorpora and VESUM (pymorphy3's dictionaries) read ставки (bets, rates) and ставок as
# forms of the common noun ставка, and Ukrainian ставок is a pond (СУМ: ставок, ставка, "штучна
# водойма"); they know госдума only as an organisation (Orgn) and куздра not at all.
def test_a_capitalised_term_is_not_matched_by_a_common_word_in_lower_case() -> None:
    g = Glossary(
        [
            Concept("stavka", subject="military", terms=[Term("Ставка", "ru")]),
            Concept("duma", subject="state", terms=[Term("Госдума", "ru")]),
            Concept("kuzdra", terms=[Term("Куздра", "ru")]),
            Concept("komsomol", subject="party", terms=[Term("комсомол", "ru")]),
            Concept("red-army", terms=[Term("Красная армия", "ru")]),
        ]
    )
    text = (
        "Ставка приказала; приказ Ставки. Процентные ставки, ставки на спорт, ставок.\n"
        "Каленченків ставок — одне з найбільш романтичних місць. СТАВКА.\n"
        "#госдума, Госдума; куздра; комсомола, Комсомола; красной армии."
    )
    assert found(text, g) == [
        ("Ставка", "stavka"),
        ("Ставки", "stavka"),
        ("СТАВКА", "stavka"),
        ("госдума", "duma"),  # (only the organisation: a lower-case hashtag is still it)
        ("Госдума", "duma"),
        ("куздра", "kuzdra"),  # (no word the dictionary knows: the text can only mean it)
        ("комсомола", "komsomol"),  # (a term in lower case matches in any case)
        ("Комсомола", "komsomol"),
        ("красной армии", "red-army"),  # (two words: the term)
    ]


def test_the_shipped_glossaries_find_no_stavka_among_ukrainian_ponds(corpus) -> None:
    """uk-iu: "розташувалися ставки: ...", "Каленченків ставок" are ponds, not the Stavka."""
    text = (corpus / "uk-iu.txt").read_text(encoding="utf-8")
    hits = find_terms(text, shipped())
    assert not [h for h in hits if h.concept.id == "stavka"]
    assert [h.text for h in hits if h.concept.id == "ukrainian-ssr"] == ["Українська РСР"]


def test_a_term_does_not_match_a_part_of_a_word_split_by_an_apostrophe(names: Glossary) -> None:
    # the apostrophe of Ukrainian and Belarusian is part of a word (об’єкт, Об'єднання, обʼєм)
    text = "Об’єкт, Об'єднання, Обʼєм, на Об, Об’ та Об."
    assert [h.start for h in find_terms(text, names)] == [30, 34, 41]  # на Об, Об’ та Об.
    assert found("Об’єкт Об", names) == [("Об", "place-ob")]


def test_romanised_forms_are_found_without_case_forms(ww2: Glossary) -> None:
    """With ``inflect=False`` no word of a text is looked up (nothing is filed), and the table
    of romanisations is still read at every word that starts one of its patterns."""
    got = [(h.concept.id, h.how.split()[0]) for h in
           find_terms("Die Russkaya osvoboditelnaya armiya und die Krasnaya armiya.", ww2,
                      inflect=False)]  # fmt: skip
    assert got == [("roa", "romanised"), ("red-army", "romanised")]


def test_a_new_word_after_every_term_is_declined_still_finds_its_form() -> None:
    """Once a text has reached every filed term the matcher stops keeping the words it has
    seen; a later text's word never seen before (дворцом) still starts a case form."""
    g = Glossary([Concept("palace", terms=[Term("дворец", "ru"), Term("palais", "fr")])])
    assert [(h.text, h.how) for h in find_terms("У дворца.", g)] == [("дворца", "inflected")]
    assert [(h.text, h.how) for h in find_terms("И дворцом.", g)] == [("дворцом", "inflected")]
    assert apply_text("И дворцом и дворцу.", g, "fr") == "И palais и palais."


# the characters a text is matched without or next to, found in C (RUNS_OF) where it is built:
# white space of every kind, invisible characters, stress marks on vowels and elsewhere,
# apostrophes, letters of every width
_SCANNED = st.lists(
    st.sampled_from(
        [
            *" \t\n\r\x0b\x0c\x1c\x1f\x85\xa0\u1680\u2028\u205f\u3000",
            *"\xad\u200d\ufe0f\U000e0100",
            *"\u0301\u0341аеЕxж😊",
            *"’'ʼ",
            "\r\n",
            "\u3001",
            "\u2000\u200a",
        ]
    ),
    max_size=40,
).map("".join)


@settings(max_examples=400, deadline=None)
@given(_SCANNED)
def test_the_scans_in_c_find_what_the_regexes_find(text: str) -> None:
    from unittest import mock

    from translit.glossary import apply
    from translit.script import invisible_at

    def scans() -> tuple[list[int], ...]:
        return (
            apply.spaces_at(text),
            apply.stress_at(text),
            apply._offsets(text, "invisible", invisible_at),
            apply._offsets(text, "apostrophe", apply._apostrophes_at),
            apply._kinds(text),
            apply._spaces_past(text, apply._kinds(text)[0]),
        )

    got = scans()
    with mock.patch.object(apply, "RUNS_OF", None):
        assert scans() == got


def test_no_white_space_past_the_last_the_scan_knows() -> None:
    from translit.glossary.apply import _LAST_SPACE

    assert chr(_LAST_SPACE).isspace()
    assert not any(chr(c).isspace() for c in range(_LAST_SPACE + 1, 0x110000))


# the spans of a text with invisible characters, stress marks and runs of white space: the
# matcher takes them all out at once and moves each span back once; the reference takes out
# one kind after the other and moves the spans back kind by kind (a stress mark belonging to
# the letter before it: a span ends after the marks after its last letter)
_HIDDEN = ["а", "е", "ж", "x", " ", "  ", "\n", "\r", "\r\n", "\t", "\u0301", "\xad", "\u200d", "’"]
_HIDING = st.lists(st.sampled_from(_HIDDEN), max_size=30).map("".join)


def _spans_kind_by_kind(m: Matcher, text: str) -> list[tuple[int, int, int]]:
    from translit.glossary import apply
    from translit.script import invisible_at

    hidden = apply._offsets(text, "invisible", invisible_at)
    plain = apply._without(text, hidden) if hidden else text
    stress = apply.stress_at(plain)
    if stress:
        plain = apply._without(plain, stress)
    spaces = apply.spaces_at(plain)
    got = m._spans(apply._without(plain, spaces) if spaces else plain)
    if spaces:
        got = apply._back(got, spaces)
    if stress:
        got = apply._back(got, stress, marks=True)
    return apply._back(got, hidden) if hidden else got


@settings(max_examples=500, deadline=None)
@given(_HIDING)
def test_spans_move_back_over_every_hidden_kind_at_once(text: str) -> None:
    terms = ["а", "же", "а е", "ежа", "е ж а", "x"]
    g = Glossary([Concept(f"c{i}", terms=[Term(t, "ru")]) for i, t in enumerate(terms)])
    m = Matcher(g, inflect=False, romanized=False)
    assert m.spans(text) == _spans_kind_by_kind(m, text)


@pytest.mark.parametrize("mode", ["replace", "annotate", "list", "json"])
def test_a_target_the_glossary_lacks_is_an_error_not_silence(small: Glossary, mode: str) -> None:
    """``apply_text(text, g, "xx")`` returned the text unchanged without a word, while
    ``translit glossary apply -t xx`` warned (api37); a tag of a language it has still works,
    and an empty glossary gives the text back."""
    from translit.errors import GlossaryError, TranslitError

    with pytest.raises(GlossaryError) as info:
        apply_text("Бойцы РОА", small, "de", mode)
    assert isinstance(info.value, TranslitError)
    assert str(info.value) == (
        "no term in the target language 'de' (the glossary has: fr, ru): give `target` one of "
        "those, or a glossary with terms in it"
    )
    assert apply_text("Бойцы РОА", small, "fr-CA", "annotate") == (
        "Бойцы РОА [ROA: Armée de libération russe]"
    )
    empty = {"replace": "Бойцы РОА", "annotate": "Бойцы РОА", "list": "", "json": "[]"}
    assert apply_text("Бойцы РОА", Glossary([]), "de", mode) == empty[mode]


def _seen(m: Matcher, text: str) -> list[tuple[int, int, str, str, str]]:
    return [(h.start, h.end, h.concept.id, h.term.text, h.how) for h in m.find(text)]


def test_romanisations_wait_for_a_text_of_another_script() -> None:
    # (cold44) a text of Cyrillic words and punctuation alone needs no romanisation, so none
    # is made; the first text holding a character of no Cyrillic block adds them all, and
    # every text's hits are those of a matcher that had them from the start (one that read
    # a Latin text first). The texts hold the terms of ww2-roa.tbx and their romanisations.
    g = load(shipped_path("ww2-roa.tbx"))
    cyrillic = ["Бойцы РОА, не КРОАТ; Красной армии.", "Генерал Власов и власовцы — ВС КОНР."]
    latin = ["Les Vlasovtsy de la ROA", "Vooruzhonnye sily KONR, 1944", "Krasnaya armiya"]
    lazy = Matcher(g)
    eager = Matcher(g)
    assert eager.find("Vlasovtsy")  # (a Latin text: the romanisations, before any other)
    assert not eager._roman_todo
    got = [_seen(lazy, t) for t in cyrillic]
    assert lazy._roman_todo  # (no romaniser asked for yet)
    assert not any(how.startswith("romanised") for hits in got for *_, how in hits)
    got += [_seen(lazy, t) for t in latin]
    assert not lazy._roman_todo
    assert got == [_seen(eager, t) for t in (*cyrillic, *latin)]
    assert any(how.startswith("romanised") for hits in got for *_, how in hits)


def test_no_romanisation_is_written_in_cyrillic_alone() -> None:
    # what the wait rests on: a romanisation's pattern holds a character of no Cyrillic block
    # nor white space nor digit (cold46: a text of Cyrillic words and digits, a date, cannot
    # hold it), unless its term holds a digit and no letter but the signs a scheme may write
    # with none (script.UNLETTERED: Ъ-1, ISO 9 ʺ-1). Every scheme of every language writes
    # each letter of the language's alphabet (data/alphabets.toml) without a Cyrillic
    # character, and each but those with a letter of another script (alone, in capitals,
    # after а, between digits), and the romanisations of the shipped terms each hold such a
    # character.
    from translit.catalogue import languages
    from translit.glossary.apply import _lettered, _unlettered_term, match_core
    from translit.glossary.model import romanizations_of, romanizers_of
    from translit.script import UNLETTERED, alphabet, has_cyrillic

    for lang in languages():
        letters = alphabet(lang)
        for sid, romanize in romanizers_of(lang):
            for ch in letters:
                for text in (ch, ch.upper(), "а" + ch, f"1{ch}2", f"1{ch.upper()}2"):
                    got = romanize(text)
                    assert not has_cyrillic(got), (lang, sid, text)
                    if ch.lower() not in UNLETTERED:
                        assert _lettered().search(match_core(got)), (lang, sid, text, got)
    terms = [t for c in shipped().concepts for t in c.terms]
    for t, roman in zip(terms, romanizations_of(terms), strict=True):
        for form in roman.values():
            core = match_core(form)
            assert (
                not core
                or _lettered().search(core)
                or _unlettered_term().fullmatch(match_core(t.text))
            ), form


def test_a_text_of_cyrillic_words_and_digits_compiles_no_romaniser() -> None:
    # (cold46) a date holds no romanisation's pattern: "5 мая 1945" waits as a text of
    # Cyrillic words alone did; but where a term may be romanised in digits alone (Ъ-1:
    # ISO 9 ʺ-1, folded 1), a digit is enough, as before
    g = load(shipped_path("ww2-roa.tbx"))
    lazy, eager = Matcher(g), Matcher(g)
    assert eager.find("Vlasovtsy") and not eager._roman_todo
    texts = ["Бойцы РОА 5 мая 1945 г.", "В 1944-м — ВС КОНР, 2-я дивизия"]
    got = [_seen(lazy, t) for t in texts]
    assert lazy._roman_todo
    assert got == [_seen(eager, t) for t in texts]
    signs = Glossary([Concept("s", terms=[Term("Ъ-1", "ru")])])
    m = Matcher(signs)
    assert m.find("Ъ-1 и 1") and not m._roman_todo
    assert [h.how.split()[0] for h in m.find("Ъ-1 и 1")] == ["term", "romanised"]
