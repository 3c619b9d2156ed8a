"""Issue 18's situations as tests: region-tagged TBX round trips, OmegaT files applied with a
target, replace keeping the form used, lint listing every error, renamed terms found."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from translit.cli import cli
from translit.glossary import (
    Concept,
    Glossary,
    Term,
    apply_text,
    find_terms,
    load,
    lookup,
    save,
    shipped,
)

REGION_TBX = """<?xml version="1.0" encoding="UTF-8"?>
<tbx xmlns="urn:iso:std:iso:30042:ed-2" type="TBX-Basic" style="dca" xml:lang="en-GB">
 <tbxHeader><fileDesc><sourceDesc><p>CAT export</p></sourceDesc></fileDesc></tbxHeader>
 <text><body>
  <conceptEntry id="roa">
   <langSec xml:lang="ru-RU">
    <termSec><term>Русская освободительная армия</term>
     <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec>
    <termSec><term>РОА</term><termNote type="termType">acronym</termNote></termSec>
   </langSec>
   <langSec xml:lang="fr-FR">
    <termSec><term>Armée de libération russe</term></termSec>
    <termSec><term>ROA</term><termNote type="termType">acronym</termNote></termSec>
   </langSec>
   <langSec xml:lang="de-DE"><termSec><term>Russische Befreiungsarmee</term></termSec></langSec>
   <langSec xml:lang="de-AT"><termSec><term>Russische Befreiungsarmee (AT)</term></termSec></langSec>
   <langSec xml:lang="en-GB">
    <termSec><term>Russian Liberation Army</term></termSec>
    <termSec><term>Vlasov army</term>
     <termNote type="termType">variant</termNote>
     <termNote type="administrativeStatus">admittedTerm-admn-sts</termNote></termSec>
   </langSec>
  </conceptEntry>
  <conceptEntry id="palace">
   <langSec xml:lang="ru-RU"><termSec><term>Зимний дворец</term></termSec></langSec>
   <langSec xml:lang="fr-CA"><termSec><term>Palais d'Hiver</term></termSec></langSec>
   <langSec xml:lang="sr-Latn"><termSec><term>Zimski dvorac</term></termSec></langSec>
  </conceptEntry>
 </body></text>
</tbx>
"""


def run(*args: str, stdin: str | None = None) -> tuple[int, str, str]:
    r = CliRunner().invoke(cli, ["glossary", *args], input=stdin)
    return r.exit_code, r.stdout, r.stderr


def _terms(g: Glossary) -> list[tuple[str, str, str, str, str]]:
    return [(c.id, t.lang, t.text, t.type, t.status) for c in g for t in c.terms]


def test_region_tagged_tbx_round_trips_through_csv(tmp_path: Path) -> None:
    src = tmp_path / "x.tbx"
    src.write_text(REGION_TBX, encoding="utf-8")
    csv_path, back = tmp_path / "x.csv", tmp_path / "back.tbx"
    assert run("convert", str(src), str(csv_path))[0] == 0
    header = csv_path.read_text(encoding="utf-8").splitlines()[0].split(",")
    assert len(header) == len(set(header))  # every language column once
    assert {"ru-RU", "fr-FR", "de-DE", "de-AT", "en-GB", "fr-CA", "sr-Latn"} <= set(header)
    code, _, err = run("convert", str(csv_path), str(back))
    assert code == 0 and "preferred full forms" not in err
    original = load(src)
    assert _terms(load(csv_path)) == _terms(original)
    assert _terms(load(back)) == _terms(original)  # no term growth, tags as written
    assert run("convert", str(back), str(tmp_path / "again.csv"))[0] == 0
    assert (tmp_path / "again.csv").read_bytes() == csv_path.read_bytes()


def test_region_tags_resolve_by_language_preferring_the_exact_region(tmp_path: Path) -> None:
    src = tmp_path / "x.tbx"
    src.write_text(REGION_TBX, encoding="utf-8")
    g = load(src)
    roa = g.get("roa")
    assert roa is not None
    assert roa.preferred("de-AT").text == "Russische Befreiungsarmee (AT)"
    assert roa.preferred("de-DE").text == "Russische Befreiungsarmee"
    assert roa.preferred("fr-CA").text == "Armée de libération russe"  # fr-FR, no fr-CA term
    assert roa.preferred("en").text == "Russian Liberation Army"
    palace = g.get("palace")
    assert palace is not None and palace.preferred("sr-Latn").text == "Zimski dvorac"
    assert palace.preferred("sr") is None  # a Latin-script term is not the bare tag's
    text = "Бойцы РОА у Зимнего дворца."
    assert apply_text(text, g, "fr", "replace") == "Бойцы ROA у Palais d'Hiver."
    # no German acronym: the full form; no German term for the palace: kept as written
    assert apply_text(text, g, "de-AT", "replace") == (
        "Бойцы Russische Befreiungsarmee (AT) у Зимнего дворца."
    )
    assert "Russische Befreiungsarmee (AT)" in apply_text(
        "Русская освободительная армия", g, "de-AT"
    )


OMEGAT = "Красная армия\tArmée rouge\tArmy of the USSR\nЗимний дворец\tPalais d'Hiver\n"


def test_omegat_file_applied_with_target(tmp_path: Path) -> None:
    f = tmp_path / "omegat.txt"
    f.write_text(OMEGAT, encoding="utf-8")
    code, out, err = run(
        "apply", "-g", str(f), "--target", "fr", "--mode", "annotate",
        stdin="У Зимнего дворца стояли части Красной армии.\n",
    )  # fmt: skip
    assert code == 0
    assert out == ("У Зимнего дворца [Palais d'Hiver] стояли части Красной армии [Armée rouge].\n")
    assert "und" not in err
    code, out, _ = run(
        "apply", "-g", str(f), "--target", "fr", "--mode", "list", stdin="Красной армии\n"
    )
    assert out.rstrip("\n").split("\t")[-1] == "Armée rouge"  # the target column is filled
    g = load(f)  # the library: the source language is detected, the target is never silent
    assert g.concepts[0].terms[0].lang == "ru"
    assert any("target language" in w for w in g.warnings)
    g = load(f, source_lang="ru", target_lang="fr-CA")
    assert g.concepts[1].preferred("fr-CA").text == "Palais d'Hiver"


def test_warns_when_no_term_in_target(tmp_path: Path) -> None:
    f = tmp_path / "omegat.txt"
    f.write_text(OMEGAT, encoding="utf-8")
    code, _, err = run("apply", "-g", str(f), "--target", "de", "--target-lang", "fr", stdin="x\n")
    assert code == 0 and "no glossary term in the target language 'de'" in err


def test_warns_when_no_term_in_a_lang_given() -> None:
    # a typo in --lang matched nothing, silently, with exit 0; a tag of a language the
    # glossary has, in any case or region, says nothing
    code, out, err = run("apply", "--target", "fr", "--lang", "xx", stdin="Бойцы РОА\n")
    assert code == 0 and out == "Бойцы РОА\n"
    assert "--lang 'xx': no glossary term in that language" in err and "ru" in err
    code, out, err = run(
        "apply", "--target", "fr", "--lang", "RU", "--lang", "ru-RU", stdin="Бойцы РОА\n"
    )
    assert code == 0 and out == "Бойцы ROA\n" and "--lang" not in err


def test_a_glossary_named_twice_is_read_once() -> None:
    # -g a.tbx -g ./a.tbx merged the file twice: every lookup result came twice
    from translit.glossary import shipped_path

    path = str(shipped_path("ww2-roa.tbx"))
    again = str(Path(path).parent / ".." / Path(path).parent.name / Path(path).name)
    _, once, _ = run("lookup", "РОА", "-g", path)
    code, twice, _ = run("lookup", "РОА", "-g", path, "-g", again, "-g", path)
    assert code == 0 and twice == once and once.count("roa\t") == 1


def test_weblate_csv_takes_languages_from_options(tmp_path: Path) -> None:
    f = tmp_path / "w.csv"
    f.write_text("source,target\nRed Army,Armée rouge\n", encoding="utf-8")
    code, out, _ = run(
        "apply", "-g", str(f), "--target", "fr", "--source-lang", "en", "--mode", "replace",
        stdin="The Red Army.\n",
    )  # fmt: skip
    assert code == 0 and out == "The Armée rouge.\n"


def test_replace_keeps_the_form_used() -> None:
    g = shipped()
    assert apply_text("Vlasov a dit.", g, "de", "replace") == "Wlassow a dit."
    assert apply_text("Andrey Vlasov a dit.", g, "de", "replace").startswith("Andrei")
    assert apply_text("Власову сказали.", g, "fr", "replace") == "Vlassov сказали."
    assert apply_text("РОА", g, "de", "replace") == "ROA"  # an acronym stays an acronym
    code, out, _ = run("apply", "--target", "de", "--mode", "replace", stdin="Vlasov a dit.\n")
    assert code == 0 and out == "Wlassow a dit.\n"


def test_a_given_name_and_surname_is_one_kind_of_form_in_every_language() -> None:
    """The shipped vlasov concept typed Andrey Vlasov and Andreï Vlassov as full forms, where
    Russian and German type the name without patronymic as a short form: "Andrey Vlasov" became
    "Andrei Andrejewitsch Wlassow", "Андрей Андреевич Власов" lost its patronymic in English
    ("Andrey Vlasov") and "Andrei Wlassow" its given name ("Vlasov")."""
    g = shipped()
    assert apply_text("Andrey Vlasov a dit.", g, "de", "replace") == "Andrei Wlassow a dit."
    assert apply_text("Andreï Vlassov a dit.", g, "de", "replace") == "Andrei Wlassow a dit."
    assert apply_text("Andrei Wlassow sagte.", g, "en", "replace") == "Andrey Vlasov sagte."
    assert (
        apply_text("Андрей Андреевич Власов сказал.", g, "en", "replace")
        == "Andrey Andreyevich Vlasov сказал."
    )
    assert apply_text("Андрей Власов сказал.", g, "fr", "replace") == "Andreï Vlassov сказал."


def test_shipped_glossary_has_no_contained_duplicates() -> None:
    ids = {c.id for c in shipped()}
    assert {"vlasov", "red-army", "vs-konr"} <= ids
    assert not {"person-vlasov", "org-red-army", "acronym-vs-konr"} & ids


BROKEN_TBX = """<?xml version="1.0" encoding="UTF-8"?>
<tbx xmlns="urn:iso:std:iso:30042:ed-2" type="TBX-Basic" style="dca" xml:lang="en">
<text><body>
<conceptEntry id="a"><langSec><termSec><term>x</term></termSec></langSec></conceptEntry>
<conceptEntry id="b"><langSec xml:lang="ru"><termSec><term></term></termSec></langSec></conceptEntry>
<conceptEntry id="c"><langSec xml:lang="ru"><termSec><term>РОА</term>
<termNote type="termType">nonsense</termNote></termSec></langSec></conceptEntry>
<conceptEntry id="d"><langSec xml:lang="xx-QQ"><termSec><term>ok</term></termSec></langSec>
</conceptEntry>
</body></text></tbx>
"""


def test_lint_reports_every_problem_in_one_run(tmp_path: Path) -> None:
    tbx = tmp_path / "broken.tbx"
    tbx.write_text(BROKEN_TBX, encoding="utf-8")
    csv_path = tmp_path / "broken.csv"
    csv_path.write_text(
        "id,ru,en,type\nc1,РОА,ROA,\nc2,Р\x07О,X,\nc3,КОНР,KONR,\n", encoding="utf-8"
    )
    tsv = tmp_path / "broken.txt"
    tsv.write_text("Красная армия\nРОА\tROA\nКОНР\n", encoding="utf-8")
    code, out, err = run("check", str(tbx), str(csv_path), str(tsv))
    assert code == 1
    lines = out.splitlines()
    for where, what in [
        (f"{tbx}:4:", "without xml:lang"),
        (f"{tbx}:5:", "term element missing or empty"),
        (f"{tbx}:8:", "language tag 'xx-QQ' unknown"),
        (f"{csv_path}:3:", "U+0007"),
        (f"{tsv}:1:", "a row of one cell"),
        (f"{tsv}:3:", "a row of one cell"),
    ]:
        assert any(line.startswith(where) and what in line for line in lines), (where, out)
    # a term type outside the TBX picklist is a tool's own: kept as read, with a warning
    assert f"{tbx}:7: term type 'nonsense' is in no TBX picklist: kept as read" in err


def test_renamed_term_is_found_by_lookup() -> None:
    g = Glossary([Concept("roa", terms=[Term("РОА", "ru", type="acronym"), Term("ROA", "fr")])])
    assert lookup(g, "РОА")[0].concept.id == "roa"
    assert [h.text for h in find_terms("РОА", g)] == ["РОА"]  # builds the cached matcher
    g.concepts[0].terms[0].text = "ЖЖЖ"
    assert lookup(g, "ЖЖЖ")[0].term.text == "ЖЖЖ"
    assert all(m.reason != "exact" for m in lookup(g, "РОА"))
    assert apply_text("ЖЖЖ и РОА", g, "fr", "replace") == "ROA и РОА"
    g.concepts.append(Concept("konr", terms=[Term("КОНР", "ru", type="acronym")]))
    assert lookup(g, "КОНР")[0].concept.id == "konr"


def test_lookup_without_hit_says_so() -> None:
    code, out, err = run("lookup", "xyzzy")
    assert code == 1 and out == ""
    assert "no concept" in err and "'xyzzy'" in err


@pytest.mark.parametrize(
    ("text", "cid"),
    [("Зимнего дворца", "palace"), ("ГУЛАГе", "gulag"), ("Главного управления лагерей", "gulag")],
)
def test_cli_lookup_finds_inflected_forms(tmp_path: Path, text: str, cid: str) -> None:
    g = Glossary(
        [
            Concept("palace", terms=[Term("Зимний дворец", "ru"), Term("Palais d'Hiver", "fr")]),
            Concept(
                "gulag",
                terms=[
                    Term("Главное управление лагерей", "ru"),
                    Term("ГУЛАГ", "ru", type="acronym"),
                ],
            ),
        ]
    )
    f = tmp_path / "g.tbx"
    save(g, f)
    code, out, _ = run("lookup", text, "-g", str(f))
    assert code == 0 and out.split("\t")[0] == cid


def test_shipped_glossary_is_complete_and_sourced() -> None:
    g = shipped()
    domain = [c for c in g if c.subject not in ("person", "place", "org", "acronym", "term")]
    assert len(domain) >= 150
    for c in domain:
        assert c.source, c.id
        for lang in ("ru", "en", "fr", "de"):
            assert c.preferred(lang) is not None, (c.id, lang)
    ru_acronyms = {
        t.text for c in domain for t in c.terms if t.lang == "ru" and t.type == "acronym"
    }
    assert {
        "НКВД",
        "ОГПУ",
        "ВЧК",
        "ГУЛАГ",
        "СМЕРШ",
        "КГБ",
        "ЦК КПСС",
        "РККА",
        "ВС КОНР",
    } <= ru_acronyms
    shorts = {t.text for c in domain for t in c.terms if t.type in ("shortForm", "abbreviation")}
    assert {"Политбюро", "Госплан", "Ukrainian SSR"} <= shorts
    from translit.glossary import lint

    assert [f for f in lint(g) if f.severity == "error"] == []
