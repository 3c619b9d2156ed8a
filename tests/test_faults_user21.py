"""What users met, seventeenth pass (user21): the faults user20 left (French elision in
``glossary apply``, a common word opening a sentence taken for a name, an interrupted file's
lines, Parquet's ``-o`` exit code, ``detect --field``) and what a fresh pass found.

Each test states the behaviour a user expects, written from the language or the README, not
from the code's output.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import translit_cli
from hypothesis import given
from hypothesis import strategies as st

from translit.glossary import Concept, Glossary, Term, apply_text, load, shipped_path
from translit.glossary.articles import fit_article

# -- 1. French elision: the article before a replaced term ---------------------------------


@pytest.fixture(scope="module")
def roa() -> Glossary:
    return load(shipped_path("ww2-roa.tbx"))  # Holocauste (admitted) → Shoah, feminine


def test_an_elided_article_becomes_the_full_one_before_a_consonant(roa: Glossary) -> None:
    """l'Holocauste → la Shoah (Shoah is feminine in the glossary), d' → de, qu' → que; the
    capital of a sentence's first article stays. It wrote l'Shoah, d'Shoah, qu'Shoah."""
    text = "L'Holocauste, de l’Holocauste, d'Holocauste, qu'Holocauste."
    assert apply_text(text, roa, "fr") == "La Shoah, de la Shoah, de Shoah, que Shoah."


def test_a_full_article_is_elided_before_a_vowel(roa: Glossary) -> None:
    """le Troisième Reich → l'Allemagne nazie (not "le Allemagne nazie"), du → de l', au → à l',
    de → d'. It wrote "Le Allemagne nazie", "du Allemagne nazie"."""
    text = "Le Troisième Reich ; du Troisième Reich, au Troisième Reich, de Troisième Reich."
    want = "L'Allemagne nazie ; de l'Allemagne nazie, à l'Allemagne nazie, d'Allemagne nazie."
    assert apply_text(text, roa, "fr") == want
    # a word that merely ends so is no article (Bile, sola), and other languages are left alone
    assert apply_text("Dieu Troisième Reich", roa, "fr") == "Dieu Allemagne nazie"
    assert apply_text("le Troisième Reich", roa, "de") == "le nationalsozialistisches Deutschland"


def _gloss(fr: Term) -> Glossary:
    return Glossary([Concept("h", terms=[Term("Холокост", "ru"), Term("Holocauste", "fr",
        status="admitted"), fr])])  # fmt: skip


def test_a_term_that_cannot_be_fitted_is_kept_and_noted_with_its_line_and_column() -> None:
    """Without a gender, l' before Shoah could be le or la: the text's own term is kept (no
    wrong French is written) and the caller hears where, and why."""
    g = _gloss(Term("Shoah", "fr"))
    notes: list[tuple[int, int, str]] = []
    text = "Titre\nSur l'Holocauste et la Holocauste."
    got = apply_text(text, g, "fr", notes=notes)
    assert got == "Titre\nSur l'Holocauste et la Shoah."
    assert len(notes) == 2 and notes[0][:2] == (2, 7), notes
    assert "kept «Holocauste»" in notes[0][2] and "no gender" in notes[0][2]
    # (user22) la before it may be right or not: kept, and reported at the term too
    assert notes[1][:2] == (2, 24) and "«la» kept" in notes[1][2] and "no gender" in notes[1][2]
    # an h can be mute or aspirated (l'Holocauste, la Hongrie): not guessed either
    g = _gloss(Term("Hécatombe", "fr", gender="feminine"))  # (a made-up preferred term)
    notes.clear()
    assert apply_text("la Holocauste", g, "fr", notes=notes) == "la Holocauste"
    assert "depends on its h" in notes[0][2]
    with pytest.raises(TypeError, match="`notes` is a list"):
        apply_text("x", g, "fr", notes="x")  # type: ignore[arg-type]


_ELIDED = ("l'", "L'", "d'", "qu'", "l’")
_FULL = ("le ", "la ", "Le ", "de ", "que ", "du ", "au ")


@given(
    lead=st.sampled_from(["", "Sur ", "et ", "Dieu ", "avec "]),
    article=st.sampled_from(_ELIDED + _FULL + ("", "il ")),
    first=st.sampled_from("aeiouéèhyAEHObcdfgkmnprstvBCDKSV"),
    gender=st.sampled_from([None, "masculine", "feminine"]),
)
def test_a_fitted_article_agrees_with_the_term_s_first_sound(
    lead: str, article: str, first: str, gender: str | None
) -> None:
    """Whatever the article and the term: either the text before is left as it was and a reason
    is given, or it ends in an elided form exactly when the term starts with a vowel."""
    term = Term(first + "rmée", "fr", gender=gender)
    before = lead + article
    fitted, why = fit_article(before, term, "fr")
    vowel = first.lower() in "aeiouéè"
    if why is not None:
        assert fitted == before and (first.lower() in "hy" or article.lower().startswith("l"))
    elif article in _ELIDED + _FULL:
        assert fitted.endswith(("'", "’")) == vowel, (before, fitted)
        assert fitted.startswith(lead)
    else:
        assert fitted == before


def test_the_command_warns_of_a_kept_term_at_its_line_and_column(tmp_path: Path) -> None:
    """``glossary apply`` prints the note as a warning (FILE:LINE: column C: …) and exits 0,
    under -j 1 and -j 2 alike (the notes come back from the worker processes)."""
    (tmp_path / "g.csv").write_text("id,type,ru,fr\nh,term,Холокост,Shoah\n", encoding="utf-8")
    src = tmp_path / "t.txt"
    src.write_text("Холокост.\n" * 3000 + "Sur l'Холокост.\n", encoding="utf-8")
    outs = []
    for jobs in ("1", "2"):
        out = tmp_path / f"o{jobs}.txt"
        done = translit_cli("glossary", "apply", "-g", tmp_path / "g.csv", "-t", "fr", "-j", jobs,
                            "--chunk-size", "4K", "-o", out, src)  # fmt: skip
        err = done.stderr.decode()
        assert done.returncode == 0, err
        assert f"{src}:3001: column 7: kept «Холокост»" in err, err
        outs.append(out.read_text(encoding="utf-8"))
    assert outs[0] == outs[1] and outs[0].endswith("Shoah.\nSur l'Холокост.\n")


# -- 2. a common word opening a sentence is not a name ------------------------------------


@pytest.fixture(scope="module")
def places() -> Glossary:
    return Glossary(
        [
            Concept("place-ob", subject="place", terms=[Term("Обь", "ru"), Term("Об", "uk")]),
            Concept("org-pravda", subject="org", terms=[Term("Правда", "ru")]),
            Concept("place-rivne", subject="place", terms=[Term("Ровно", "ru")]),
            Concept("place-oryol", subject="place", terms=[Term("Орёл", "ru")]),
        ]
    )


def _ids(text: str, g: Glossary) -> list[tuple[str, str]]:
    from translit.glossary import find_terms

    return [(h.text, h.concept.id) for h in find_terms(text, g)]


def test_a_function_word_opening_a_sentence_is_not_taken_for_a_name(places: Glossary) -> None:
    """Russian "Об этом" (about this) opened three corpus sentences and was the Ukrainian name
    of the Ob; "Правда, все це…" (true, …) a Ukrainian one and was the newspaper; "Ровно в пять"
    (at five sharp) is the town Rovno. A preposition, conjunction, particle or adverb has its
    capital from the sentence there, in the dictionary of the term's language or the line's."""
    assert _ids("Об этом сообщает пресс-служба.", places) == []
    assert _ids("— Правда, все це у них провадиться. Ровно в пять.", places) == []
    assert _ids("Так было. Об этом «Ровно» молчит!", places) == [("Ровно", "place-rivne")]
    # the same words inside a sentence, after an initial or an abbreviation, are names
    text = "Река Об, газета Правда и город Ровно; с. Ровно; г. Орёл."
    assert [i for _, i in _ids(text, places)] == [
        "place-ob", "org-pravda", "place-rivne", "place-rivne", "place-oryol",
    ]  # fmt: skip
    # a name that is a noun in the dictionary too still opens a sentence (Орёл, the eagle)
    assert _ids("Орёл — город на Оке.", places) == [("Орёл", "place-oryol")]


# -- 3. an interrupted file counts its lines as it counts its bytes --------------------------


@pytest.mark.parametrize("encoding", ["utf-8", "cp1251"])  # (bytes to workers; text here)
def test_an_interrupted_input_counts_the_lines_it_read_as_it_counts_its_bytes(
    tmp_path: Path, encoding: str
) -> None:
    """Ctrl-C in the middle of a file: its entry said bytes 3 MB, lines 0, and the summary
    added its bytes but not its lines. Both now count what was read until the stop."""
    from functools import partial

    from translit import romanize
    from translit.io import Plan, RunOptions, run

    src = tmp_path / "a.txt"
    src.write_text("Щука и Ельцин.\n" * 40_000, encoding=encoding)
    reads = []

    def stop_at_third_block(event: object) -> None:
        if getattr(event, "kind", "") == "read":
            reads.append(event)
            if len(reads) == 3:
                raise KeyboardInterrupt

    opts = RunOptions(out_dir=str(tmp_path / "out"), jobs=1, chunk_size=64 << 10,
                      encoding=encoding)  # fmt: skip
    with pytest.raises(KeyboardInterrupt) as caught:
        run(Plan(partial(romanize, lang="ru"), (str(src),), opts), on_event=stop_at_third_block)
    result = caught.value.result  # type: ignore[attr-defined]
    f = result.files[0]
    assert f.status == "interrupted" and 0 < f.bytes < src.stat().st_size
    assert f.lines > 0 and f.changed_lines <= f.lines  # (was 0 lines of 3 blocks' bytes)
    assert f.lines <= f.bytes // len("Щука и Ельцин.\n".encode(encoding)) + 1
    summary = result.summary()
    assert (summary["bytes"], summary["lines"], summary["changed_lines"]) == (
        f.bytes, f.lines, f.changed_lines,
    )  # fmt: skip
    assert json.loads(json.dumps(result.to_json()))["summary"]["lines"] == f.lines


# -- 4. an output that cannot be written: exit 2 for every format -----------------------------


def _inputs(folder: Path) -> dict[str, list[str]]:
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    pq.write_table(pa.table({"t": ["Щука"]}), folder / "a.parquet")
    (folder / "a.jsonl").write_text('{"t": "Щука"}\n', encoding="utf-8")
    (folder / "a.csv").write_text("t\nЩука\n", encoding="utf-8")
    (folder / "a.txt").write_text("Щука\n", encoding="utf-8")
    return {"a.parquet": ["--column", "t"], "a.jsonl": ["--field", "t"],
            "a.csv": ["--column", "t"], "a.txt": []}  # fmt: skip


def test_parquet_to_one_output_is_a_usage_error_as_other_impossible_options_are(
    tmp_path: Path,
) -> None:
    """README: exit 2 is a usage or fatal error. ``-o out.parquet`` (or stdout) for a Parquet
    input named on the command line was refused per input, exit 1, after the run; a CSV
    without --column, say, is exit 2 before it. Now the same, before any input is read."""
    _inputs(tmp_path)
    for extra in (["-o", str(tmp_path / "o.parquet")], []):
        done = translit_cli("romanize", "--column", "t", tmp_path / "a.parquet", *extra)
        err = done.stderr.decode()
        assert done.returncode == 2 and "--out-dir, --suffix or --in-place" in err, err
        assert "Traceback" not in err and not (tmp_path / "o.parquet").exists()
    # found under a folder with files of other formats, it still fails alone (exit 1)
    tree = tmp_path / "tree"
    tree.mkdir()
    (tmp_path / "a.parquet").rename(tree / "a.parquet")
    (tree / "b.txt").write_text("Щука\n", encoding="utf-8")
    done = translit_cli("romanize", "-r", "--column", "t", "-o", tmp_path / "all.txt", tree)
    err = done.stderr.decode()
    assert done.returncode == 1 and f"{tree / 'a.parquet'}: Parquet is read" in err, err


@pytest.mark.parametrize("where", ["under-a-file", "sysfs"])
def test_an_output_that_cannot_be_written_is_exit_2_for_every_format(
    tmp_path: Path, where: str
) -> None:
    """``-o`` into a folder that takes no file (a file in the way; /sys, which refuses even
    root) failed each input, exit 1, with "its folder was removed or renamed while the run
    wrote there" for /proc; --out-dir and --report so placed were exit 2 already. Every
    format now says it before the run, exit 2, and no input is read."""
    if where == "sysfs" and not Path("/sys/kernel").is_dir():
        pytest.skip("no sysfs here")
    target = "/sys/translit-user21.out" if where == "sysfs" else str(tmp_path / "a.txt" / "o")
    for name, options in _inputs(tmp_path).items():
        if name == "a.parquet":
            continue  # (refused for -o whatever the target: above)
        done = translit_cli("romanize", *options, "-o", target, tmp_path / name)
        err = done.stderr.decode()
        assert done.returncode == 2, (name, err)
        assert "--output" in err and "Traceback" not in err and "removed or renamed" not in err
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".translit-tmp")]


# -- 5. detect --field / --column --------------------------------------------------------------


def test_detect_reads_a_jsonl_field_or_a_csv_column_one_row_per_record(tmp_path: Path) -> None:
    """``romanize`` takes --field and --column; ``detect`` read JSONL and CSV as lines, so a
    record's keys and quotes were part of the text and a CSV value on two lines two rows."""
    (tmp_path / "d.jsonl").write_text(
        '{"t": "Київ — столиця України", "m": {"x": "Мінск — сталіца Беларусі"}}\n'
        '{"t": "Москва — столица России"}\n\n{"other": 1}\n',
        encoding="utf-8",
    )
    done = translit_cli("detect", "--field", "t", tmp_path / "d.jsonl")
    assert done.returncode == 0 and done.stdout.decode() == "uk\nru\nund\n", done.stderr
    done = translit_cli("detect", "--field", "m.x", tmp_path / "d.jsonl")
    assert done.stdout.decode() == "be\nund\nund\n", done.stderr
    (tmp_path / "p.csv").write_text(
        'id,name\n1,"Москва,\nстолица России"\n2,Київ — столиця України\n', encoding="utf-8"
    )
    for column in ("name", "2"):
        done = translit_cli("detect", "--column", column, tmp_path / "p.csv")
        assert done.returncode == 0 and done.stdout.decode() == "ru\nuk\n", done.stderr
    semi = (tmp_path / "p.csv").read_text(encoding="utf-8").replace(",", ";")
    (tmp_path / "semi.csv").write_text(semi, encoding="utf-8")  # (sniffed, as romanize does)
    done = translit_cli("detect", "--column", "name", tmp_path / "semi.csv")
    assert done.returncode == 0 and done.stdout.decode() == "ru\nuk\n", done.stderr
    done = translit_cli("detect", "--column", "name", stdin=(tmp_path / "p.csv").read_bytes())
    assert done.stdout.decode() == "ru\nuk\n", done.stderr  # (stdin: the option says CSV)
    done = translit_cli("detect", "--summary", "--column", "name", tmp_path / "p.csv")
    assert done.stdout.decode().endswith("p.csv: 2 records: ru 1 (50.0%), uk 1 (50.0%)\n")


@pytest.mark.parametrize(
    ("args", "code", "says"),
    [
        (["--field", "t", "p.csv"], 2, "--field applies to JSONL inputs; "),
        (["--column", "t", "d.jsonl"], 2, "--column applies to CSV/TSV inputs; "),
        (["--field", "t", "--column", "t", "d.jsonl"], 2, "give one of them"),
        (["--column", "nom", "p.csv"], 1, "p.csv:1: no column 'nom'; the header has: id, name"),
        (["--field", "t", "bad.jsonl"], 1, "bad.jsonl:2: not valid JSON"),
    ],
)
def test_detect_field_and_column_faults_name_the_file_and_line(
    tmp_path: Path, args: list[str], code: int, says: str
) -> None:
    (tmp_path / "p.csv").write_text("id,name\n1,Щука\n", encoding="utf-8")
    (tmp_path / "d.jsonl").write_text('{"t": "Щука"}\n', encoding="utf-8")
    (tmp_path / "bad.jsonl").write_text('{"t": "Щука"}\n{"t": \n', encoding="utf-8")
    done = translit_cli("detect", *[str(tmp_path / a) if "." in a else a for a in args])
    err = done.stderr.decode()
    assert done.returncode == code and says in err and "Traceback" not in err, err


# -- the fresh pass -----------------------------------------------------------------------------


def test_an_unknown_scheme_lists_the_language_s_schemes_not_every_alias() -> None:
    """``romanize(text, scheme="nope")`` listed 230 names for Russian, every alias and
    interscript id among them (bgn, bgn-alt, bgnpcgn-rus-cyrl-latn-1947, …): the schemes
    themselves are what a reader can choose from."""
    import translit
    from translit.errors import UnknownSchemeError

    ids = {s["id"] for s in translit.schemes("ru")}
    with pytest.raises(UnknownSchemeError) as caught:
        translit.romanize("Щука", scheme="zzzz", lang="ru")
    listed = str(caught.value).split("its schemes: ")[1].split(" (")[0].split(", ")
    assert set(listed) <= ids | {s["id"] for s in translit.schemes("any")}
    assert "bgn-pcgn" in listed and "bgnpcgn-rus-cyrl-latn-1947" not in listed
    assert "bgnpcgn-rus-cyrl-latn-1947" in caught.value.known  # (still there for programs)
