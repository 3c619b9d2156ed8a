"""Glossary model and formats: TBX v2/v3 (both namespaces, DCA/DCT), CSV/TSV layouts, PO,
round trips, what each format cannot hold, and hostile XML.

Fixtures in tests/data/glossary/ are hand-written; expected values below are read off them.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from conftest import source_not_written
from hypothesis import given, settings
from hypothesis import strategies as st

from translit.catalogue import languages
from translit.errors import GlossaryError
from translit.glossary import Concept, Glossary, Term, load, lookup, save, shipped_path
from translit.glossary.model import norm_status, norm_tag, norm_type, valid_tag
from translit.glossary.tabular import read_table, write_table
from translit.glossary.tbx import read_tbx, write_tbx

DATA = Path(__file__).parent / "data" / "glossary"


def terms(c: Concept, lang: str) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.status) for t in c.terms if t.lang == lang]


# -- model ---------------------------------------------------------------------------------------


def test_language_tags_are_checked_with_babel() -> None:
    for tag in ("ru", "ru-Latn", "fr", "de", "en", "de-AT", "fr_CA", "uk"):
        assert valid_tag(tag), tag
    for tag in ("xx", "ru-Xyzw", "zz-Latn", ""):
        assert not valid_tag(tag), tag
    assert norm_tag("RU_latn") == "ru-Latn"
    assert norm_tag("de_at") == "de-AT"


def test_tbx_spellings_of_types_and_statuses() -> None:
    assert norm_type("full form") == "fullForm"
    assert norm_type("abbreviated form") == "abbreviation"
    assert norm_status("admittedTerm-admn-sts") == "admitted"
    assert norm_status("notRecommended") == "deprecated"
    assert norm_status("obsolete") == "superseded"
    with pytest.raises(GlossaryError):
        Term("x", "en", type="nonsense")
    with pytest.raises(GlossaryError):
        Term("x", "en", status="maybe")


def test_preferred_prefers_full_forms_and_skips_deprecated() -> None:
    c = Concept(
        "nazi-germany",
        terms=[
            Term("Drittes Reich", "de", status="deprecated"),
            Term("NS-Staat", "de", type="shortForm", status="admitted"),
            Term("nationalsozialistisches Deutschland", "de"),
            Term("ROA", "fr", type="acronym"),
            Term("Armée de libération russe", "fr"),
        ],
    )
    assert c.preferred("de").text == "nationalsozialistisches Deutschland"
    assert c.preferred("fr").text == "Armée de libération russe"
    assert c.preferred_acronym("fr").text == "ROA"
    assert c.preferred("en") is None


def test_romanised_forms_are_derived_from_the_schemes() -> None:
    # BGN/PCGN: ц = ts, ы = y; ISO 9: ц = c, ы = y (tables of both standards)
    forms = Term("Власовцы", "ru").romanizations(["bgn-pcgn", "iso-9"])
    assert forms == {"bgn-pcgn": "Vlasovtsy", "iso-9": "Vlasovcy"}
    assert Term("Vlasovites", "en").romanizations() == {}
    every = Term("Власовцы", "ru").romanizations()
    assert len(every) >= 2 and every["bgn-pcgn"] == "Vlasovtsy"


# -- TBX -----------------------------------------------------------------------------------------


def test_tbx_v2_martif_tig_ntig_and_repeated_langset() -> None:
    g = load(DATA / "v2-martif.tbx")
    assert g.title == "Crafted TBX v2 sample"
    red = g.get("red-army")
    assert red.subject == "military history"
    assert red.definitions["en"].startswith("The army of Soviet Russia")
    assert terms(red, "ru") == [
        ("Красная армия", "fullForm", "preferred"),
        ("РККА", "acronym", "admitted"),
    ]
    kr = red.terms_in("ru")[0]
    assert (kr.pos, kr.gender) == ("noun", "feminine")
    assert kr.source == "ru.wikipedia.org: Рабоче-крестьянская Красная армия"  # ntig-level admin
    # two <langSet xml:lang="de"> in one entry are merged
    assert terms(red, "de") == [
        ("Rote Armee", "fullForm", "preferred"),
        ("Arbeiter-und-Bauern-Rote Armee", "fullForm", "admitted"),
    ]
    assert red.terms_in("de")[1].note == "official name until 1946"
    assert terms(g.get("holocaust"), "fr") == [
        ("Shoah", "fullForm", "preferred"),
        ("Holocauste", "fullForm", "admitted"),
    ]
    assert red.terms[0].line == 18  # the <tig> of "Red Army"


def test_tbx_v3_dca_in_the_ed2_namespace() -> None:
    g = load(DATA / "v3-dca-ed2.tbx")
    c = g.get("eastern-front")
    assert c.preferred("fr").text == "front de l'Est"
    assert c.preferred("fr").gender == "masculine"
    assert c.definitions["de"] == "Kriegsschauplatz im Osten Europas 1941–1945."
    assert c.preferred("en").pos == "noun"


def test_tbx_v3_dct_in_the_ed30_namespace_with_repeated_langsec() -> None:
    g = load(DATA / "v3-dct-ed30.tbx")
    c = g.get("roa")
    assert c.subject == "military history"
    assert terms(c, "ru") == [
        ("Русская освободительная армия", "fullForm", "preferred"),
        ("РОА", "acronym", "admitted"),
        ("власовская армия", "variant", "admitted"),
    ]
    de = c.preferred("de")
    assert de.text == "Russische Befreiungsarmee"
    assert de.source == "de.wikipedia.org: Russische Befreiungsarmee"
    assert c.definitions["de"].startswith("Verband aus sowjetischen")


@pytest.mark.parametrize("name", ["v2-martif.tbx", "v3-dca-ed2.tbx", "v3-dct-ed30.tbx"])
@pytest.mark.parametrize("version", [2, 3])
def test_tbx_round_trip(name: str, version: int, tmp_path: Path) -> None:
    g = load(DATA / name)
    out = tmp_path / "out.tbx"
    assert save(g, out, tbx_version=version) == []
    text = out.read_text(encoding="utf-8")
    if version == 3:
        assert '<tbx xmlns="urn:iso:std:iso:30042:ed-2"' in text and 'type="TBX-Basic"' in text
    else:
        assert "<martif" in text and "<termEntry" in text
    assert load(out) == g


def test_tbx_rejects_other_xml() -> None:
    with pytest.raises(GlossaryError, match="not a TBX file"):
        read_tbx(b"<html><body/></html>", "x.tbx")
    with pytest.raises(GlossaryError, match="unknown TBX namespace"):
        read_tbx(b'<tbx xmlns="urn:example:other"><text/></tbx>', "x.tbx")
    with pytest.raises(GlossaryError, match=r"x\.tbx:1: not well-formed"):
        read_tbx(b"<martif><text></martif>", "x.tbx")


# -- hostile XML -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "line", "what"),
    [
        ("xxe.tbx", 2, "declares entities"),
        ("billion-laughs.tbx", 2, "declares entities"),
        ("external-dtd.tbx", 3, "external DTD 'http://attacker.example/evil.dtd'"),
    ],
)
def test_malicious_xml_is_refused_with_file_and_line(name: str, line: int, what: str) -> None:
    with pytest.raises(GlossaryError) as err:
        load(DATA / name)
    assert err.value.line == line
    assert err.value.path == str(DATA / name)
    assert what in str(err.value)
    assert f"{name}:{line}:" in str(err.value)


def test_undeclared_entities_and_oversized_files_are_refused(tmp_path: Path) -> None:
    with pytest.raises(GlossaryError):
        read_tbx(b"<martif><text><body>&secret;</body></text></martif>", "y.tbx")
    big = tmp_path / "big.tbx"
    big.write_bytes(b"<martif>" + b" " * 2048 + b"</martif>")
    with pytest.raises(GlossaryError, match="larger than"):
        load(big, max_bytes=1024)


def test_a_local_dtd_name_is_accepted_and_never_loaded() -> None:
    g = load(DATA / "v2-martif.tbx")  # <!DOCTYPE martif SYSTEM "TBXcoreStructV02.dtd">
    assert len(g.concepts) == 2


# -- CSV / TSV -----------------------------------------------------------------------------------


def test_headerless_omegat_tsv() -> None:
    g = load(DATA / "omegat.tsv", source_lang="en", target_lang="fr")
    assert len(g.concepts) == 3  # the first row is data
    first = g.concepts[0]
    assert [(t.text, t.lang) for t in first.terms] == [("Red Army", "en"), ("Armée rouge", "fr")]
    assert first.notes[""] == "Army of the USSR 1918-1946"
    assert g.concepts[1].notes == {}
    unknown = load(DATA / "omegat.tsv")
    assert unknown.concepts[0].terms[0].lang == "und"
    assert any("does not say the source language" in w for w in unknown.warnings)


def test_weblate_csv_with_quoting() -> None:
    g = load(DATA / "weblate.csv", source_lang="en", target_lang="de")
    assert [c.preferred("de").text for c in g.concepts] == ["Rote Armee", "Achsenmächte"]
    assert g.concepts[0].notes[""] == "term, with comma"
    assert g.concepts[1].notes[""] == 'He said "Achse"'


def test_multilingual_csv_with_bom_and_multiline_cells() -> None:
    g = load(DATA / "multi.csv")
    assert g.languages == ["ru", "en", "de", "fr"]
    roa = g.get("roa")
    assert roa.subject == "military history"
    assert all(t.type == "acronym" for t in roa.terms)
    assert roa.preferred("ru").text == "РОА"
    assert g.get("konr").notes[""] == "multi\nline note"
    assert terms(g.get("vlasovtsy"), "ru") == [
        ("Власовцы", "fullForm", "preferred"),
        ("власовцы", "fullForm", "admitted"),
    ]


def test_names_csv_layout_type_column_becomes_the_subject() -> None:
    text = (
        "id,type,ru,en,de,fr,source\n"
        "acronym-ussr,acronym,СССР,USSR,UdSSR,URSS,Wikipedia\n"
        "person-yeltsin,person,Ельцин,Yeltsin,Jelzin,Eltsine,Wikipedia\n"
    )
    g = read_table(text, "names.csv")
    ussr, yeltsin = g.concepts
    assert ussr.subject == "acronym" and ussr.preferred("de").text == "UdSSR"
    assert all(t.type == "acronym" for t in ussr.terms)
    assert yeltsin.subject == "person" and yeltsin.preferred("fr").text == "Eltsine"
    assert yeltsin.terms[0].type == "fullForm" and yeltsin.source == "Wikipedia"


def test_the_shipped_names_csv_reads() -> None:
    g = load(shipped_path("names.csv"))  # (shipped: its absence is a failure, not a skip)
    assert len(g.concepts) >= 150
    # every concept has a Cyrillic source spelling (a few are Ukrainian-only: Миколаїв; some
    # only in the language of their country: Тошкент, Өлгий)
    assert all(any(c.preferred(lang) for lang in languages()) for c in g.concepts)


def test_csv_round_trip_and_reported_losses(tmp_path: Path) -> None:
    g = load(DATA / "multi.csv")
    out = tmp_path / "out.csv"
    assert save(g, out) == []
    assert load(out) == g
    tbx = load(DATA / "v2-martif.tbx")
    lost = save(tbx, tmp_path / "lossy.csv")
    assert not any("term pos" in m for m in lost)  # (a <tag>:pos column: glossary36)
    back = load(tmp_path / "lossy.csv")  # types, statuses and parts of speech, term by term
    assert [[(t.text, t.lang, t.type, t.status, t.pos) for t in c.terms] for c in back] == [
        [(t.text, t.lang, t.type, t.status, t.pos) for t in c.terms] for c in tbx
    ]
    assert any(t.pos for c in tbx for t in c.terms)
    tsv = tmp_path / "out.tsv"
    save(g, tsv)
    assert "\t" in tsv.read_text(encoding="utf-8").splitlines()[0]
    assert load(tsv) == g


def test_formula_escaping_is_default_and_undone_on_load() -> None:
    g = Glossary(
        [Concept("f", terms=[Term("=SUM(A1)", "en"), Term("+49 Vorwahl", "de"), Term("'=x", "fr")])]
    )
    buf = io.StringIO()
    write_table(g, buf, bom=True)
    text = buf.getvalue()
    assert text.startswith("\ufeff")
    assert ",'=SUM(A1)," in text and ",'+49 Vorwahl," in text and ",''=x," in text
    assert read_table(text).concepts == g.concepts  # the ' comes off again on load
    plain = io.StringIO()
    g.concepts[0].terms.pop()  # "'=x" written unescaped would read back as "=x"
    write_table(g, plain, escape_formulas=False)
    assert ",=SUM(A1)," in plain.getvalue()
    assert read_table(plain.getvalue()).concepts == g.concepts


def test_bilingual_exports(tmp_path: Path) -> None:
    g = load(DATA / "v3-dca-ed2.tbx")
    lost = save(g, tmp_path / "o.tsv", layout="omegat", source_lang="en", target_lang="de")
    assert (tmp_path / "o.tsv").read_text(encoding="utf-8") == (
        "# Glossary in tab-separated format -*- coding: utf-8 -*-\n"  # OmegaT's encoding line
        "Eastern Front\tOstfront\n"
    )
    assert lost  # the French term and the subject do not fit
    save(g, tmp_path / "w.csv", layout="bilingual", source_lang="en", target_lang="fr")
    back = load(tmp_path / "w.csv", source_lang="en", target_lang="fr")
    assert back.concepts[0].id == "eastern-front"
    assert back.concepts[0].preferred("fr").text == "front de l'Est"


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.text(
            st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="|\ufeff"),
            min_size=1,
            max_size=12,
        ).filter(lambda s: s.strip() == s and s.strip()),
        min_size=1,
        max_size=4,
    )
)
def test_csv_round_trip_keeps_any_text(texts: list[str]) -> None:
    g = Glossary(
        [
            Concept(f"c{i}", terms=[Term(t, "fr"), Term(t[::-1].strip() or "x", "de")])
            for i, t in enumerate(texts)
        ]
    )
    buf = io.StringIO()
    write_table(g, buf)
    assert read_table(buf.getvalue()).concepts == g.concepts


# -- PO ------------------------------------------------------------------------------------------


def test_po_read() -> None:
    g = load(DATA / "terms.po")
    red = g.get("red-army")
    assert [(t.text, t.lang) for t in red.terms] == [("Red Army", "en"), ("Armée rouge", "fr")]
    assert red.notes[""] == "preferred French form"
    assert red.definitions[""] == "Armed forces of the Soviet state 1918-1946"
    axis = g.concepts[2]
    assert [t.text for t in axis.terms] == ["Axis powers"]  # untranslated: no target term


def test_po_round_trip_and_losses(tmp_path: Path) -> None:
    g = load(DATA / "terms.po")
    out = tmp_path / "out.po"
    assert save(g, out, source_lang="en", target_lang="fr") == []
    assert load(out) == g
    rich = load(DATA / "v2-martif.tbx")
    lost = save(rich, tmp_path / "rich.po", source_lang="en", target_lang="ru")
    assert lost and "not written" in lost[0]
    pot = tmp_path / "t.pot"
    save(g, pot, source_lang="en")
    template = load(pot)
    assert [t.text for t in template.get("red-army").terms] == ["Red Army"]
    assert "Armée rouge" not in pot.read_text(encoding="utf-8")


def _po(msgid: bytes, charset: str = "UTF-8") -> bytes:
    head = f'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset={charset}\\n"\n\n'.encode()
    return head + b'msgctxt "c1"\nmsgid "' + msgid + b'"\nmsgstr "x"\n'


@pytest.mark.parametrize(
    ("msgid", "text"),
    [
        (rb"\x41\102", "AB"),  # hex, octal
        (rb"\303\251t\xc3\xa9", "été"),  # escapes are bytes of the charset: é in UTF-8 is two
        (rb"a\042b\134c", 'a"b\\c'),  # a quote and a backslash by number
        (rb"\1010", "A0"),  # octal stops after three digits
        (rb"\\x41 \\101", r"\x41 \101"),  # an escaped backslash, then plain text
        (rb"a\tb", "a\tb"),
    ],
)
def test_po_escapes_are_read_as_gettext_reads_them(msgid: bytes, text: str) -> None:
    r"""``msgid "\x41"`` was read as the four characters ``\x41``: Babel knows only the letter
    escapes, gettext (manual 3.6) all of C's but \u and \U."""
    from translit.glossary.po import read_po

    assert read_po(_po(msgid), "t.po").concepts[0].terms[0].text == text


def test_po_escapes_are_bytes_of_the_declared_charset() -> None:
    from translit.glossary.po import read_po

    data = _po(rb"\xc2\353\340\361\356\342", "CP1251")  # Власов in windows-1251
    assert read_po(data, "t.po").concepts[0].terms[0].text == "Власов"


@pytest.mark.parametrize(
    ("msgid", "says"),
    [
        (rb"a\x00b", r"\x00b is the control character 0x0b (gettext reads every hex digit"),
        (rb"a\0", r"\0 is NUL"),
        (rb"a\000b", r"\000 is NUL"),
        (rb"a\ab", r"\a is the control character 0x07"),
        (rb"\u00e9", r"cannot hold the escape \u"),
        (rb"C:\dir", r"\d is not an escape gettext knows"),
        (rb"\x41BC", r"\x41BC is more than one byte"),
        (rb"\400", r"\400 is more than one byte"),
        (rb"\351t\351", "not valid utf-8"),  # é in cp1251 bytes, in a UTF-8 file
    ],
)
def test_po_bad_escape_is_refused_at_its_line(msgid: bytes, says: str) -> None:
    from translit.glossary.po import read_po

    with pytest.raises(GlossaryError) as info:
        read_po(_po(msgid), "t.po")
    assert str(info.value).startswith("t.po:6: bad PO file: ") and says in str(info.value)


@pytest.mark.parametrize(
    "entry",
    [
        b'msgctxt "a"\nmsgctxt "b"\nmsgid "x"\nmsgstr "y"\n',
        b'msgctxt "a"\n"a2"\n# note\n\nmsgctxt "b"\nmsgid "x"\nmsgstr "y"\n',
    ],
)
def test_po_second_msgctxt_in_one_entry_is_refused(entry: bytes) -> None:
    """Two msgctxt lines before one msgid: the concept silently took the id of the last."""
    from translit.glossary.po import read_po

    data = b'msgctxt "c0"\nmsgid "w"\nmsgstr "z"\n\n' + entry
    line = 5 + entry.split(b"\n").index(b'msgctxt "b"')
    with pytest.raises(GlossaryError, match=f"^t.po:{line}: bad PO file: a second msgctxt") as info:
        read_po(data, "t.po")
    assert "first is at line 5" in str(info.value)


def test_po_one_msgctxt_per_entry_is_read() -> None:
    from translit.glossary.po import read_po

    data = b'msgctxt "a"\nmsgid "x"\nmsgstr "y"\n\nmsgctxt "b"\nmsgid "w"\nmsgstr "z"\n'
    assert [c.id for c in read_po(data, "t.po").concepts] == ["a", "b"]


#: A PO file with an obsolete entry (``#~``, as msgmerge keeps a message the sources dropped):
#: its notes, its definition, a context, an escape and a string on two lines.
OBSOLETE_PO = (
    b'msgid ""\nmsgstr ""\n"Language: de\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
    b'msgctxt "roa"\nmsgid "\xd0\xa0\xd0\x9e\xd0\x90"\nmsgstr "ROA"\n\n'
    b"# kept for the 1944 texts\n#. the general\n"
    b'#~ msgctxt "vlasov"\n#~ msgid "\\320\\222\\320\\273\\320\\260\\321\\201\\320\\276\\320\\262"\n'
    b'#~ msgstr ""\n#~ "Wlas"\n#~ "sow"\n'
)


def test_po_obsolete_entries_are_kept_out_of_use_and_written_back(tmp_path: Path) -> None:
    """``#~`` entries were dropped on reading, so ``glossary convert a.po b.po`` lost them."""
    src = tmp_path / "a.po"
    src.write_bytes(OBSOLETE_PO)
    g = load(src)
    assert [c.id for c in g.concepts] == ["roa"]  # never an active term
    assert lookup(g, "Власов") == []
    (old,) = g.obsolete
    assert (old.id, old.line, old.notes, old.definitions) == (
        "vlasov",
        13,
        {"": "kept for the 1944 texts"},
        {"": "the general"},
    )
    assert [(t.text, t.lang) for t in old.terms] == [("Власов", "ru"), ("Wlassow", "de")]
    out = tmp_path / "b.po"
    assert save(g, out) == []
    text = out.read_text(encoding="utf-8")
    assert '#~ msgctxt "vlasov"\n#~ msgid "Власов"\n#~ msgstr "Wlassow"\n' in text
    back = load(out)
    assert back == g and back.obsolete == g.obsolete and back.obsolete[0].notes == old.notes
    assert back.obsolete[0].definitions == old.definitions
    assert save(g, tmp_path / "t.pot") == []  # a template keeps them, untranslated like the rest
    assert '#~ msgid "Власов"\n#~ msgstr ""\n' in (tmp_path / "t.pot").read_text(encoding="utf-8")
    # a format with no place for them says so
    assert save(g, tmp_path / "g.tbx") == ["obsolete PO entries: not written (1x)"]
    assert save(g, tmp_path / "g.csv") == [
        "obsolete PO entries: not written (1x)",
        source_not_written("ru"),  # (a table names no source language: said, interop47)
    ]


@pytest.mark.parametrize(
    ("entry", "line", "says"),
    [
        (b'#~ msgid "abc\n#~ msgstr "x"\n', 5, "a string opened in this line is never closed"),
        (b'#~ msgid "a\\u0041"\n#~ msgstr "x"\n', 5, r"cannot hold the escape \u"),
        (b'#~ msgid "a\\000"\n#~ msgstr "x"\n', 5, r"\000 is NUL"),
        (b'#~ msgctxt "a"\n#~ msgctxt "b"\n#~ msgid "q"\n#~ msgstr "x"\n', 6, "a second msgctxt"),
        (b'#~ msgstr "x"\n', 5, "an obsolete (#~) line in an active entry"),
        (b'#~ msgid "q"\nmsgstr "x"\n', 6, "an active line in an obsolete (#~) entry"),
        (b'#~ msgid "q"\n#~ blah\n', 6, "Unknown or misformatted keyword"),
    ],
)
def test_po_malformed_obsolete_entry_is_refused_at_its_line(
    entry: bytes, line: int, says: str
) -> None:
    """A bad ``#~`` entry was swallowed or misread: Babel dropped the last character of a string
    never closed, kept escapes as text, and a ``#~ msgstr`` after an active entry made that
    entry obsolete (its term gone without a word)."""
    from translit.glossary.po import read_po

    data = b'msgctxt "c0"\nmsgid "w"\nmsgstr "z"\n\n' + entry
    with pytest.raises(GlossaryError) as info:
        read_po(data, "t.po")
    assert str(info.value).startswith(f"t.po:{line}: bad PO file: "), str(info.value)
    assert says in str(info.value)


def test_po_previous_msgid_of_an_obsolete_entry_is_read_like_an_active_one() -> None:
    """``msgmerge --previous`` writes ``#~| msgid`` (valid for msgfmt): the file was refused."""
    from translit.glossary.po import read_po

    data = b'#| msgid "v"\nmsgid "w"\nmsgstr "z"\n\n#~| msgid "p"\n#~ msgid "q"\n#~ msgstr "x"\n'
    g = read_po(data, "t.po")
    assert [(c.notes, [t.text for t in c.terms]) for c in [*g.concepts, *g.obsolete]] == [
        ({"": '| msgid "v"'}, ["w", "z"]),
        ({"": '| msgid "p"'}, ["q", "x"]),
    ]


PO_TEXT = st.text(
    st.one_of(
        st.sampled_from('\\"x0178abnrtvu\t\n\r \u2028\x85\x7f'), st.characters(codec="utf-8")
    ),
    min_size=1,
    max_size=16,
)


@settings(max_examples=200, deadline=None)
@given(PO_TEXT, PO_TEXT)
def test_po_round_trip_keeps_any_term_text(source: str, target: str) -> None:
    """Whatever a term can hold, the PO writer escapes so that the reader gives it back."""
    from translit.glossary.po import read_po, write_po

    try:
        g = Glossary([Concept("c1", terms=[Term(source, "en"), Term(target, "fr")])])
    except GlossaryError:  # text no format can hold, or only spaces
        return
    buf = io.BytesIO()
    write_po(g, buf, source_lang="en", target_lang="fr")
    back = read_po(buf.getvalue(), "t.po")
    assert [t.text for t in back.concepts[0].terms] == [t.text for t in g.concepts[0].terms]


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(PO_TEXT, PO_TEXT, st.booleans()), min_size=1, max_size=5))
def test_po_round_trip_keeps_obsolete_entries_apart(entries: list[tuple[str, str, bool]]) -> None:
    """Active and obsolete entries in any order and with any text come back as they went, each
    on its own side."""
    from translit.glossary.po import read_po, write_po

    active: list[Concept] = []
    obsolete: list[Concept] = []
    for i, (source, target, old) in enumerate(entries):
        try:
            c = Concept(f"c{i}", terms=[Term(source, "en"), Term(target, "fr")])
        except GlossaryError:  # text no format can hold, or only spaces
            continue
        c.notes[""] = f"note {i}"
        c.definitions[""] = "a definition\non two lines"
        (obsolete if old else active).append(c)
    g = Glossary(active, obsolete=obsolete)
    buf = io.BytesIO()
    assert write_po(g, buf, source_lang="en", target_lang="fr") == []
    back = read_po(buf.getvalue(), "t.po", source_lang="en")
    assert back == g
    assert [(c.id, c.notes, c.definitions) for c in back.obsolete] == [
        (c.id, c.notes, c.definitions) for c in obsolete
    ]


# -- files ---------------------------------------------------------------------------------------


def test_format_from_extension_or_option(tmp_path: Path) -> None:
    (tmp_path / "x.docx").write_bytes(b"PK")  # (a missing file is FileNotFoundError first)
    with pytest.raises(GlossaryError, match="cannot tell the glossary format"):
        load(tmp_path / "x.docx")
    p = tmp_path / "terms.txt"
    p.write_text("id,ru,fr\nroa,РОА,ROA\n", encoding="utf-8")
    assert load(p, format="csv").get("roa").preferred("fr").text == "ROA"
    with pytest.raises(GlossaryError, match="unknown glossary format"):
        load(p, format="ods")


def test_save_is_atomic_and_leaves_no_temp_files(tmp_path: Path) -> None:
    g = load(DATA / "multi.csv")
    save(g, tmp_path / "a.tbx")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.tbx"]


def test_shipped_path() -> None:
    p = shipped_path("ww2-roa.tbx")
    assert p.is_file() and p.name == "ww2-roa.tbx"
    with pytest.raises(GlossaryError, match="no shipped glossary"):
        shipped_path("nope.tbx")


def test_tbx_writer_keeps_every_field() -> None:
    c = Concept(
        "x",
        subject="law",
        source="somewhere",
        definitions={"en": "d", "": "lang-less"},
        notes={"fr": "n"},
        terms=[
            Term(
                "a",
                "en",
                type="acronym",
                status="superseded",
                pos="noun",
                gender="masculine",
                note="nt",
                source="src",
            ),
        ],
    )
    g = Glossary([c], title="T", languages=["en", "fr"])
    buf = io.StringIO()
    write_tbx(g, buf)
    back = read_tbx(buf.getvalue().encode("utf-8"))
    assert back == g and back.title == "T" and back.languages == ["en", "fr"]


WORDS = st.text(alphabet="abcdeéßКРОАжщёʹ'&<>\"", min_size=1, max_size=8)
PHRASE = st.lists(WORDS, min_size=1, max_size=3).map(" ".join)
TERM = st.builds(
    Term,
    text=PHRASE,
    lang=st.sampled_from(["ru", "ru-Latn", "fr", "de", "en"]),
    type=st.sampled_from(["fullForm", "acronym", "variant", "transliteratedForm"]),
    status=st.sampled_from(["preferred", "admitted", "deprecated", "superseded"]),
    pos=st.sampled_from([None, "noun", "properNoun"]),
    gender=st.sampled_from([None, "feminine"]),
    note=st.one_of(st.none(), PHRASE),
    source=st.one_of(st.none(), PHRASE),
)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.lists(TERM, min_size=1, max_size=5), min_size=1, max_size=4),
    st.sampled_from([2, 3]),
)
def test_tbx_round_trip_property(concepts: list[list[Term]], version: int) -> None:
    cs = []
    for i, raw in enumerate(concepts):
        order = list(dict.fromkeys(t.lang for t in raw))  # TBX groups terms by language
        ts = sorted(raw, key=lambda t: order.index(t.lang))
        cs.append(Concept(f"c{i}", subject="s & <t>", terms=ts, notes={ts[0].lang: "a\nb"}))
    g = Glossary(cs)
    buf = io.StringIO()
    write_tbx(g, buf, version=version)
    assert read_tbx(buf.getvalue().encode("utf-8")) == g
