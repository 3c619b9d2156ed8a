"""Lookup by every kind of form, lint findings on a crafted glossary and on the seed's
romanisations, and the ``translit glossary`` commands.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from translit.cli import cli
from translit.glossary import Concept, Glossary, Term, lint, load, lookup, shipped_path

DATA = Path(__file__).parent / "data" / "glossary"


@pytest.fixture(scope="module")
def ww2() -> Glossary:
    return load(shipped_path("ww2-roa.tbx"))


def first(g: Glossary, text: str, target: str | None = None) -> tuple[str, str, str | None]:
    m = lookup(g, text, target)[0]
    return m.concept.id, m.reason, m.target.text if m.target else None


# -- lookup --------------------------------------------------------------------------------------


def test_lookup_exact_and_case(ww2: Glossary) -> None:
    assert first(ww2, "РОА", "de") == ("roa", "exact", "Russische Befreiungsarmee")
    assert first(ww2, "вс Конр", "fr") == (
        "vs-konr",
        "case",
        "Forces armées du Comité pour la libération des peuples de Russie",
    )
    assert first(ww2, "russian liberation army")[:2] == ("roa", "case")


@pytest.mark.parametrize("mark", ["\u00ad", "\u200d", "\u2060", "\ufe0f"])
def test_lookup_reads_past_an_invisible_character(ww2: Glossary, mark: str) -> None:
    """``lookup 'РО<ZWJ>А'`` was found only by its name key, ranked as a name, and ``Вла<ZWJ>сов``
    too: a joiner inside a word is no letter (translit.script.INVISIBLE)."""
    assert first(ww2, f"РО{mark}А", "de") == ("roa", "exact", "Russische Befreiungsarmee")


def test_lookup_by_any_language_and_variant(ww2: Glossary) -> None:
    assert first(ww2, "Wlassow-Leute", "ru") == ("vlasovtsy", "exact", "власовцы")
    assert first(ww2, "Armée rouge", "en")[2] == "Red Army"
    assert first(ww2, "Drittes Reich", "fr") == ("nazi-germany", "exact", "Allemagne nazie")


def test_lookup_inflected_and_romanised(ww2: Glossary) -> None:
    assert first(ww2, "власовцев")[:2] == ("vlasovtsy", "inflected")
    assert first(ww2, "Красной армии", "de")[::2] == ("red-army", "Rote Armee")
    # BGN/PCGN romanisation of Холокост (х = kh)
    cid, reason, _ = first(ww2, "Kholokost", "fr")
    assert cid == "holocaust" and reason.startswith("romanised")
    # punctuation, primes and ë do not matter
    assert first(ww2, "Russkaya osvoboditel'naya armiya")[0] == "roa"
    assert first(ww2, "Vooruzhennyye sily Komiteta osvobozhdeniya narodov Rossii")[0] == "vs-konr"


def test_lookup_look_alikes(ww2: Glossary) -> None:
    import translit

    assert translit.normalize("PОА", homoglyphs=True) == "РОА"  # Latin P, Cyrillic О and А
    assert first(ww2, "PОА")[:2] == ("roa", "look-alikes")


def test_lookup_name_key(ww2: Glossary) -> None:
    import translit

    assert translit.name_key("Wlassow") == translit.name_key("Vlassov")  # (German, French)
    ids = [m.concept.id for m in lookup(ww2, "Wlasow")]
    assert "vlasov" in ids


def test_lookup_ranks_and_misses(ww2: Glossary) -> None:
    assert lookup(ww2, "nothing like this") == []
    assert lookup(ww2, "   ") == []
    scores = [m.score for m in lookup(ww2, "KONR")]
    assert scores == sorted(scores, reverse=True)


# -- lint ----------------------------------------------------------------------------------------


def test_lint_crafted_glossary() -> None:
    found = [str(f) for f in lint(load(DATA / "lint-bad.tbx"))]
    path = str(DATA / "lint-bad.tbx")

    def has(line: int, severity: str, part: str) -> bool:
        return any(f.startswith(f"{path}:{line}: {severity}: ") and part in f for f in found)

    assert has(14, "error", "'Osvobozhdenya'")  # the seed's romanisation, no scheme gives it
    assert has(14, "error", "'Vooruzhonyye'")
    assert has(41, "error", "concept id 'roa' also used at line 26")
    assert has(56, "error", "'Drittes Reich' (de) is deprecated in one place and preferred")
    assert has(57, "error", "language tag 'xx' unknown")
    # preferred in both concepts: an error (a warning when one of them is only admitted)
    assert has(60, "error", "'Vlasov army' (en) is a term of 2 concepts: roa, army")
    assert has(26, "warning", "concept 'roa' has no term in fr; add one")
    assert not any("Russkaya" in f for f in found)  # BGN/PCGN form: accepted


@pytest.mark.parametrize("gaps", [5, 6, 2000])
def test_lint_names_a_language_gap_concept_by_concept_or_once(gaps: int) -> None:
    # names.csv leaves most spelling columns of a row empty by design: 2,000 rows without a
    # Kazakh spelling were 2,000 warnings, 40,000 for the file; more than five are one warning
    concepts = [Concept("kk", terms=[Term("Астана", "kk"), Term("Astana", "en")])]
    concepts += [
        Concept(f"c{i}", terms=[Term(f"Имя{i}", "ru"), Term(f"Name{i}", "en")]) for i in range(gaps)
    ]
    found = [f for f in lint(Glossary(concepts)) if " term in " in f.message]
    if gaps <= 5:
        # none of these concepts has a term to mark preferred: only "add one" is true
        assert [f.message for f in found] == [
            "concept 'kk' has no term in ru; add one",
            *(f"concept 'c{i}' has no term in kk; add one" for i in range(gaps)),
        ]
    else:
        kk = [f.message for f in found if " in kk: " in f.message]
        assert kk == [
            f"{gaps:,} concepts have no preferred term in kk: 'c0', 'c1', 'c2', 'c3', 'c4', …; "
            "mark one term of each preferred, or add one where the column is empty"
        ]
        assert len(found) == 2  # and the one concept without Russian, by name


def test_lint_says_mark_preferred_only_where_a_term_is_there() -> None:
    # a concept whose only uk term is deprecated can mark it preferred; one with no uk term
    # at all was told "mark one of its uk terms preferred" too
    g = Glossary(
        [
            Concept("a", terms=[Term("Київ", "uk"), Term("Kyiv", "en")]),
            Concept("b", terms=[Term("Киев", "uk", status="deprecated"), Term("Kiev", "en")]),
            Concept("c", terms=[Term("Kharkiv", "en")]),
        ]
    )
    said = [f.message for f in lint(g) if " term in uk" in f.message]
    assert said == [
        "concept 'b' has no preferred term in uk; mark one of its uk terms preferred, or add one",
        "concept 'c' has no term in uk; add one",
    ]


def test_lint_seed_romanisations() -> None:
    # the seed writes "Osvobozhdenya" where every scheme writes osvobozhdeni(y)a / -ija / -iia
    g = Glossary(
        [
            Concept(
                "konr",
                terms=[
                    Term("Комитет освобождения народов России", "ru"),
                    Term("Komitet Osvobozhdenya Narodov Rossii", "ru-Latn", status="admitted"),
                ],
            )
        ],
        path="seed",
    )
    (f,) = lint(g)
    assert f.severity == "error" and "'Osvobozhdenya'" in f.message
    good = Glossary(
        [
            Concept(
                "konr",
                terms=[
                    Term("Комитет освобождения народов России", "ru"),
                    Term("Komitet osvobozhdeniya narodov Rossii", "ru-Latn", status="admitted"),
                ],
            )
        ]
    )
    assert lint(good) == []


def test_shipped_glossary_is_clean(ww2: Glossary) -> None:
    assert [str(f) for f in lint(ww2) if f.severity == "error"] == []
    langs = {"ru", "en", "fr", "de"}
    for c in ww2.concepts:
        assert langs <= {t.lang for t in c.terms}, c.id
        assert c.source, c.id
        for lang in langs:
            assert c.preferred(lang) is not None, (c.id, lang)


# -- command line ----------------------------------------------------------------------------------


def run(*args: str) -> tuple[int, str, str]:
    r = CliRunner().invoke(cli, ["glossary", *args])
    return r.exit_code, r.stdout, r.stderr


def test_cli_lookup_json() -> None:
    code, out, _ = run("lookup", "вс Конр", "--target", "fr", "--json")
    assert code == 0
    top = json.loads(out)[0]
    assert top["concept"] == "vs-konr"
    assert (
        top["target"]["text"] == "Forces armées du Comité pour la libération des peuples de Russie"
    )
    code, out, _ = run("lookup", "zzzz")
    assert code == 1 and out == ""


def test_cli_check_exit_codes() -> None:
    code, out, _ = run("check", str(DATA / "lint-bad.tbx"))
    assert code == 1
    assert f"{DATA / 'lint-bad.tbx'}:57: error: language tag 'xx'" in out
    code, out, _ = run("check", str(shipped_path("ww2-roa.tbx")))
    assert code == 0 and "error" not in out
    code, _, err = run("check", str(DATA / "xxe.tbx"))
    assert code == 1 and "xxe.tbx:2: XML declares entities" in err


def test_cli_convert_round_trip(tmp_path: Path) -> None:
    tbx = tmp_path / "g.tbx"
    code, _, err = run("convert", str(DATA / "multi.csv"), str(tbx))
    assert code == 0 and "multi.csv:3: type 'org' not kept" in err  # the row's first line
    back = tmp_path / "g.csv"
    assert run("convert", str(tbx), str(back))[0] == 0
    assert load(back) == load(DATA / "multi.csv")
    code, _, err = run("convert", str(DATA / "v2-martif.tbx"), str(tmp_path / "x.csv"))
    # its term source and term note were "not written" before glossary37's term columns (its
    # title, which a table has no place for, is said since interop46, its source language, the
    # martif's xml:lang, since interop47)
    assert code == 0 and [x for x in err.splitlines() if "not written" in x] == [
        x for x in err.splitlines() if "the glossary's title" in x or "source language" in x
    ]
    assert load(tmp_path / "x.csv").concepts == load(DATA / "v2-martif.tbx").concepts
    v2 = tmp_path / "v2.tbx"
    assert run("convert", str(DATA / "v3-dct-ed30.tbx"), str(v2), "--tbx-version", "2")[0] == 0
    assert "<martif" in v2.read_text(encoding="utf-8")


def test_cli_convert_keeps_obsolete_po_entries(tmp_path: Path) -> None:
    """PO to PO is the one command that writes a PO back: ``#~`` entries were lost there."""
    src = tmp_path / "a.po"
    src.write_text(
        'msgid ""\nmsgstr ""\n"Language: de\\n"\n\nmsgctxt "roa"\nmsgid "РОА"\nmsgstr "ROA"\n\n'
        '#~ msgctxt "vlasov"\n#~ msgid "Власов"\n#~ msgstr "Wlassow"\n',
        encoding="utf-8",
    )
    out = tmp_path / "b.po"
    assert run("convert", str(src), str(out)) == (0, "", "")
    assert '\n#~ msgctxt "vlasov"\n#~ msgid "Власов"\n#~ msgstr "Wlassow"\n' in out.read_text(
        encoding="utf-8"
    )
    code, _, err = run("convert", str(src), str(tmp_path / "g.tbx"))
    assert code == 0 and f"{tmp_path / 'g.tbx'}: obsolete PO entries: not written (1x)" in err
    assert run("lookup", "Власов", "-g", str(src))[0] == 1  # not a term in use


def test_cli_apply_modes(tmp_path: Path) -> None:
    src = tmp_path / "t.txt"
    src.write_text("Бойцы РОА и власовцев.\n", encoding="utf-8")
    code, out, _ = run("apply", str(src), "--target", "fr", "--mode", "annotate")
    assert code == 0
    assert out == "Бойцы РОА [ROA: Armée de libération russe] и власовцев [vlassoviens].\n"
    code, out, _ = run("apply", str(src), "-t", "de", "-m", "list", "--format", "json")
    recs = json.loads(out)
    assert [(r["text"], r["target"]) for r in recs] == [
        ("РОА", "Russische Befreiungsarmee"),
        ("власовцев", "Wlassow-Leute"),
    ]
    dst = tmp_path / "o.txt"
    code, out, _ = run("apply", str(src), "-t", "de", "-o", str(dst))
    assert code == 0 and dst.read_text(encoding="utf-8") == "Бойцы ROA и Wlassow-Leute.\n"
    code, _, err = run("apply", str(tmp_path / "missing.txt"), "-t", "de")
    assert code == 1 and "missing.txt" in err


def test_cli_apply_seed_lists_german_terms(corpus: Path) -> None:
    code, out, _ = run(
        "apply",
        str(corpus / "seed-roa-fr.txt"),
        "--glossary",
        str(shipped_path("ww2-roa.tbx")),
        "--target",
        "de",
        "--mode",
        "list",
    )
    assert code == 0
    rows = {tuple(r.split("\t")[3:]) for r in out.splitlines()}
    assert ("ROA", "roa", "en", "Russische Befreiungsarmee") in rows
    assert ("Власовцы", "vlasovtsy", "ru", "Wlassow-Leute") in rows
    assert ("KONR", "konr", "en", "Komitee zur Befreiung der Völker Russlands") in rows


def test_cli_stats() -> None:
    code, out, _ = run("stats", str(DATA / "v3-dct-ed30.tbx"), "--json")
    assert code == 0
    s = json.loads(out)[str(DATA / "v3-dct-ed30.tbx")]
    assert s["concepts"] == 1 and s["languages"] == {"de": 1, "ru": 3}


@pytest.mark.parametrize(
    "query", ["...", "—", "Русская Liberation Армия ROA " * 350, "Щ" * 10_000], ids=lambda q: q[:12]
)
def test_lookup_of_punctuation_or_a_huge_query_finds_nothing_and_says_so_briefly(
    query: str,
) -> None:
    """Punctuation alone and a 10,000-character query find nothing (exit 1, in about a second);
    the message echoed the whole query, one line of 10 KB (hostile12): it shows its start and
    its length."""
    res = CliRunner().invoke(cli, ["glossary", "lookup", query])
    assert res.exit_code == 1, res.output
    assert res.stdout == "" and res.stderr.startswith("translit: no concept of the glossary (")
    assert len(res.stderr) < 200 and "Traceback" not in res.stderr
    if len(query) > 80:
        assert res.stderr.endswith(f"… ({len(query):,} characters)\n"), res.stderr


@pytest.mark.parametrize("content", ["", "ru,en\n", "ru,en\r\n\r\n", ",\n,\n"], ids=repr)
def test_check_of_a_glossary_without_concepts_says_so(tmp_path: Path, content: str) -> None:
    """An empty CSV, or one with its header alone, checked clean in silence (exit 0, no line),
    though apply then does nothing (hostile12): a warning says it holds no concept."""
    src = tmp_path / "g.csv"
    src.write_text(content, encoding="utf-8")
    res = CliRunner().invoke(cli, ["glossary", "check", str(src)])
    assert res.exit_code == 0
    assert (
        res.stdout
        == f"{src}:0: warning: no concept: the glossary holds no term to check or apply\n"
    )
    assert [(f.severity, f.line) for f in lint(Glossary())] == [("warning", None)]


def test_a_glossary_without_an_extension_takes_its_format_from_an_option(tmp_path: Path) -> None:
    # stats, lookup -g and apply -g said "pass a format" for a glossary whose name shows none
    # (a FIFO, /dev/stdin, "terms"), and had no option to pass it with
    gl = tmp_path / "terms"
    gl.write_bytes(shipped_path("ww2-roa.tbx").read_bytes())
    runner = CliRunner()
    for args, flag in [
        (["glossary", "stats", str(gl)], "-f/--format"),
        (["glossary", "lookup", "РОА", "-g", str(gl), "-t", "fr"], "--glossary-format"),
        (["glossary", "apply", "-g", str(gl), "-t", "fr", "-m", "list"], "--glossary-format"),
    ]:
        result = runner.invoke(cli, args, input="армия РОА\n")
        assert result.exit_code == 2, result.output
        assert f"give it with {flag}" in result.output and "Traceback" not in result.output
    # check and convert had their options, and named none of them
    for args, flag, code in [
        (["glossary", "check", str(gl)], "-f/--format", 2),  # (as stats: no file read)
        (["glossary", "convert", str(gl), str(tmp_path / "out.tbx")], "--from", 2),
        (["glossary", "convert", str(shipped_path("ww2-roa.tbx")), str(tmp_path / "o")], "--to", 2),
    ]:
        result = runner.invoke(cli, args)
        assert result.exit_code == code, result.output
        assert f"give it with {flag}" in result.output, result.output
    result = runner.invoke(cli, ["glossary", "stats", "-f", "tbx", str(gl)])
    assert result.exit_code == 0 and "23 concepts" in result.output, result.output
    result = runner.invoke(
        cli, ["glossary", "lookup", "РОА", "-g", str(gl), "--glossary-format", "tbx", "-t", "fr"]
    )
    assert result.exit_code == 0 and "Armée de libération russe" in result.output
    text = tmp_path / "in.txt"
    text.write_text("армия РОА\n", encoding="utf-8")
    for jobs in ("1", "2"):
        result = runner.invoke(
            cli,
            [
                *["glossary", "apply", str(text), "-g", str(gl), "--glossary-format", "TBX"],
                *["-t", "fr", "-m", "annotate", "-q", "-j", jobs],
            ],
        )
        assert result.exit_code == 0, result.output
        assert result.output == "армия РОА [ROA: Armée de libération russe]\n", result.output


def test_a_glossary_from_standard_input(tmp_path: Path) -> None:
    # `-g -` and `stats -` read a file named "-" ("-: No such file or directory")
    tbx = shipped_path("ww2-roa.tbx").read_bytes()
    runner = CliRunner()
    lookup = ["glossary", "lookup", "РОА", "-g", "-", "-t", "fr"]
    result = runner.invoke(cli, [*lookup, "--glossary-format", "tbx"], input=tbx)
    assert result.exit_code == 0 and "Armée de libération russe" in result.output, result.output
    result = runner.invoke(cli, ["glossary", "stats", "-f", "tbx", "-"], input=tbx)
    assert result.exit_code == 0 and "23 concepts" in result.output, result.output
    result = runner.invoke(cli, ["glossary", "check", "-f", "tbx", "-"], input=tbx)
    assert result.exit_code == 0, result.output
    # no name to tell its format by; apply reads its text from there
    result = runner.invoke(cli, lookup, input=tbx)
    assert result.exit_code == 2 and "give it with --glossary-format" in result.output
    text = tmp_path / "in.txt"
    text.write_text("армия РОА\n", encoding="utf-8")
    apply = ["glossary", "apply", str(text), "-g", "-", "--glossary-format", "tbx", "-t", "fr"]
    result = runner.invoke(cli, apply, input=tbx)
    assert result.exit_code == 2 and "standard input holds the text" in result.output


@pytest.mark.parametrize("layout", ["bilingual", "omegat"])
def test_convert_to_two_languages_names_the_options_to_give(tmp_path: Path, layout: str) -> None:
    # user20: `glossary convert ww2-roa.tbx om.txt --layout omegat` said only "a bilingual
    # export needs source and target languages": not which options, nor which languages
    src, dst = str(shipped_path("ww2-roa.tbx")), str(tmp_path / "om.txt")
    res = CliRunner().invoke(cli, ["glossary", "convert", src, dst, "--layout", layout])
    assert res.exit_code == 2
    assert "give --source-lang and --target-lang" in res.output, res.output
    assert "(the glossary's languages: ru, en, fr, de)" in res.output
    langs = ["--source-lang", "ru", "--target-lang", "fr"]
    ok = CliRunner().invoke(cli, ["glossary", "convert", src, dst, "--layout", layout, *langs])
    assert ok.exit_code == 0, ok.output
    assert "Armée de libération russe" in Path(dst).read_text(encoding="utf-8")


def test_po_export_of_one_language_names_the_option_to_give(tmp_path: Path) -> None:
    one = tmp_path / "one.csv"
    one.write_text("id,ru\nc1,РОА\n", encoding="utf-8")
    res = CliRunner().invoke(cli, ["glossary", "convert", str(one), str(tmp_path / "o.po")])
    assert res.exit_code == 2 and "give --target-lang" in res.output, res.output
