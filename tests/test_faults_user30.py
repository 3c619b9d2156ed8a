"""What users met, user30: a translator (names in a French and a German text), a
terminologist (a small glossary in five languages, converted between formats) and a data
engineer (JSONL, CSV and Parquet files, a folder with ``-r``) following the README and
``--help`` alone.

Each test states what the README or the help promises, or what a user reading the message
needs, not what the code printed.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import translit_cli

# -- 1. a missing Parquet input is told as the input's fault ------------------------------------


@pytest.mark.parametrize("where", [["--suffix", ".lat"], ["--out-dir", "out"]])
def test_a_missing_parquet_input_is_named_as_missing(tmp_path: Path, where: list[str]) -> None:
    """The README's `translit reverse -s iso-9 --column title --suffix .cyrl books.parquet`,
    books.parquet absent, said "books.cyrl.parquet: Failed to open local file … its folder was
    removed or renamed while the run wrote there: run again": the output blamed, and advice
    that cannot help. A missing CSV input says "nothere.csv: No such file or directory"."""
    pytest.importorskip("pyarrow")
    for name in ("nothere.parquet", "nothere.csv"):
        args = [a if a != "out" else str(tmp_path / "out") for a in where]
        res = translit_cli("romanize", "--column", "name", *args, tmp_path / name)
        err = res.stderr.decode()
        assert res.returncode == 1, err
        assert f"error: {tmp_path / name}: No such file or directory" in err, err
        assert "removed or renamed" not in err, err


# -- 2. verify --target: that reader's convention alone ------------------------------------------


@pytest.mark.parametrize(
    ("cyr", "latin", "target", "expected"),
    [
        # the seed's English forms in a French text: French Wikipedia titles him Andreï Vlassov
        ("Андрей Власов", "Andrey Vlasov", "fr", "Andreï Vlassov"),
        # German readers' Jelzin (Duden) is no English form: WP:RUS writes Yeltsin
        ("Ельцин", "Jelzin", "en", "Yeltsin"),
        # and the English form is none for German readers (Duden: Jelzin)
        ("Ельцин", "Yeltsin", "de", "Jelzin"),
    ],
)
def test_verify_with_a_target_tries_that_readers_convention_alone(
    cyr: str, latin: str, target: str, expected: str
) -> None:
    """`verify --target`'s help: "only its convention and established forms are tried". It
    tried every scheme all the same, so `verify -t en Ельцин Jelzin` said "accepted by: duden",
    and a translator checking a French text's names for French readers was told yes to the
    English forms."""
    import translit

    v = translit.verify(cyr, latin, lang="ru", target=target)
    assert not v.accepted, v
    assert v.expected == expected
    res = translit_cli("verify", "-t", target, cyr, latin)
    assert res.returncode == 1, res.stdout.decode()
    assert f"expected: {expected}" in res.stdout.decode()
    # without a target every scheme is still tried: the form is some scheme's
    assert translit.verify(cyr, latin, lang="ru").accepted


# -- 3. a folder of JSONL and CSV files ---------------------------------------------------------


def test_field_and_column_together_say_how_to_convert_a_mixed_folder(tmp_path: Path) -> None:
    """A folder of JSONL and CSV files with a text column: `--field text` fails on the CSV,
    `--column text` on the JSONL, and both together were refused with "cannot go together",
    nothing said of what to do. The message names the two runs, and they do the job (the
    compressed JSONL file too)."""
    import gzip

    corpus = tmp_path / "corpus"
    (corpus / "sub").mkdir(parents=True)
    (corpus / "a.jsonl").write_text('{"text": "Щука"}\n', encoding="utf-8")
    (corpus / "b.jsonl.gz").write_bytes(gzip.compress('{"text": "Ельцин"}\n'.encode()))
    (corpus / "sub" / "c.csv").write_text("id,text\n1,Жуков\n", encoding="utf-8")
    out = tmp_path / "out"
    both = ("--field", "text", "--column", "text")
    res = translit_cli("romanize", "-r", corpus, "--out-dir", out, *both)
    err = res.stderr.decode()
    assert res.returncode == 2, err
    assert "two runs" in err and "--glob '*.jsonl*'" in err and "--glob '*.csv*'" in err, err
    common = ("romanize", "-q", "-r", corpus, "--out-dir", out)
    assert translit_cli(*common, "--glob", "*.jsonl*", "--field", "text").returncode == 0
    assert translit_cli(*common, "--glob", "*.csv*", "--column", "text").returncode == 0
    assert (out / "a.jsonl").read_text(encoding="utf-8") == '{"text": "Shchuka"}\n'
    # BGN/PCGN: ь is ʹ (the soft-sign prime)
    assert gzip.decompress((out / "b.jsonl.gz").read_bytes()).decode() == '{"text": "Yelʹtsin"}\n'
    assert (out / "sub" / "c.csv").read_text(encoding="utf-8") == "id,text\n1,Zhukov\n"


# -- 4. a PO export of a glossary in five languages ---------------------------------------------


def test_a_po_export_of_several_languages_asks_which_two(tmp_path: Path) -> None:
    """A PO file holds one source and one target language. `glossary convert terms.csv
    terms.po` of a ru/en/fr/de/uk glossary wrote ru → en, the first two columns, dropping the
    French, German and Ukrainian terms with "terms other than the preferred pair …: not
    written (3x)", where the bilingual CSV layout asks which two; it asks for a PO file too,
    and does as told when given them."""
    src = tmp_path / "terms.csv"
    src.write_text(
        "id,ru,en,fr,de,uk\npartisan,партизан,partisan,partisan,Partisan,партизан\n",
        encoding="utf-8",
    )
    out = tmp_path / "terms.po"
    res = translit_cli("glossary", "convert", src, out)
    err = res.stderr.decode()
    assert res.returncode == 2, err
    assert "give --source-lang and --target-lang" in err, err
    assert "ru, en, fr, de, uk" in err, err
    assert not out.exists()
    res = translit_cli(
        "glossary", "convert", src, out, "--source-lang", "ru", "--target-lang", "de"
    )
    assert res.returncode == 0, res.stderr.decode()
    text = out.read_text(encoding="utf-8")
    assert 'msgid "партизан"\nmsgstr "Partisan"' in text
    # a glossary of two languages needs no option: there is one pair
    two = tmp_path / "two.csv"
    two.write_text("id,ru,fr\np,партизан,partisan\n", encoding="utf-8")
    assert translit_cli("glossary", "convert", two, tmp_path / "two.po").returncode == 0


def test_the_omegat_layout_is_named_as_omegat_names_itself(tmp_path: Path) -> None:
    """It said "a omegat export holds two languages"."""
    src = tmp_path / "terms.csv"
    src.write_text("id,ru,en,fr\np,партизан,partisan,partisan\n", encoding="utf-8")
    res = translit_cli("glossary", "convert", src, tmp_path / "glossary.txt", "--layout", "omegat")
    assert res.returncode == 2
    assert "error: an OmegaT export holds two languages" in res.stderr.decode()


# -- 5. romanize --no-normalize's help ----------------------------------------------------------


def test_romanize_normalize_help_says_what_no_normalize_does_to_look_alikes() -> None:
    """The help said "look-alike letters are repaired either way" and, in the same sentence,
    that --no-normalize romanises "look-alikes too"; it does the second (README,
    Normalisation: exactly as given), so the first was wrong."""
    help_text = " ".join(translit_cli("romanize", "--help").stdout.decode().split())
    assert "repaired either way" not in help_text
    messy = "Пpивет Мocквa\n".encode()  # a Latin p, c and a typed into the words
    assert translit_cli("romanize", stdin=messy).stdout == b"Privet Moskva\n"
    assert translit_cli("romanize", "--no-normalize", stdin=messy).stdout == b"Ppivet Mockva\n"


# -- 6. JSONL: a value of raw Cyrillic with one escape keeps its raw letters ------------------------


@pytest.mark.parametrize(
    ("line", "command", "expected"),
    [
        # Go's encoding/json writes < > & as \u003c \u003e \u0026 and every other character raw
        ('{"text":"Пpивет \\u003c Ёж"}\n', "normalize", '{"text":"Привет < Ёж"}\n'),
        ('{"text":"Щука \\u003c Ёж"}\n', "normalize", '{"text":"Щука \\u003c Ёж"}\n'),  # as is
        ('{"text":"Щука \\u003c Ёж"}\n', "romanize", '{"text":"Shchuka < Yëzh"}\n'),
        # a stress mark typed as an escape in a raw Cyrillic value
        ('{"text":"Ёлка\\u0301"}\n', "normalize", '{"text":"Ёлка"}\n'),
        # an ASCII-escaped value (json.dumps' default) stays ASCII-escaped
        ('{"text":"\\u0429\\u0443\\u043a\\u0430"}\n', "romanize", '{"text":"Shchuka"}\n'),
        (
            '{"text":"\\u0401\\u043b\\u043a\\u0430\\u0301"}\n',
            "normalize",
            '{"text":"\\u0401\\u043b\\u043a\\u0430"}\n',
        ),
    ],
)
def test_a_jsonl_value_keeps_the_style_of_its_raw_letters(
    tmp_path: Path, line: str, command: str, expected: str
) -> None:
    """The README: the line is edited in place, escapes kept. A value holding raw Cyrillic and
    one \\u escape (Go's JSON writes < as \\u003c; an escaped stress mark) was taken for an
    ASCII-escaped one and written all in escapes: "Ёлка\\u0301" normalised to
    "\\u0401\\u043b\\u043a\\u0430", which no one reading the file can read. A value with raw
    letters is written with raw letters; an ASCII-only escaped one stays so."""
    src = tmp_path / "a.jsonl"
    src.write_text(line, encoding="utf-8")
    res = translit_cli(command, "--field", "text", src)
    assert res.returncode == 0, res.stderr.decode()
    assert res.stdout.decode() == expected


# -- 7. glossary apply: a preposition settles the number of a form of either number -------------

_FRONT = "id,ru,fr,de\nfront-line,линия фронта,ligne de front,Frontlinie\n"


@pytest.mark.parametrize(
    ("text", "target", "expected"),
    [
        # к takes the dative (Rosenthal): линии after к is the dative singular (plural: линиям)
        ("Партизаны вышли к линии фронта.", "fr", "Партизаны вышли к ligne de front."),
        ("Партизаны вышли к линии фронта.", "de", "Партизаны вышли к Frontlinie."),
        # без takes the genitive: линии is the genitive singular (plural: линий)
        ("Войска остались без линии фронта.", "fr", "Войска остались без ligne de front."),
    ],
)
def test_a_preposition_settles_a_form_of_either_number(
    tmp_path: Path, text: str, target: str, expected: str
) -> None:
    """«линии фронта» is a genitive, dative or locative singular or a nominative or accusative
    plural, so replace kept it and warned "singular in one reading and plural in another":
    after к (dative) or без (genitive) it is singular, as the dictionary's own readings say
    once narrowed to the preposition's cases (what replace already does for a Russian
    target, в Советской Армии)."""
    glossary = tmp_path / "terms.csv"
    glossary.write_text(_FRONT, encoding="utf-8")
    res = translit_cli("glossary", "apply", "-g", glossary, "-t", target, stdin=text.encode())
    assert res.stdout.decode() == expected, res.stderr.decode()
    assert "singular in one reading" not in res.stderr.decode()


def test_a_form_of_either_number_without_a_telling_preposition_is_still_kept(
    tmp_path: Path,
) -> None:
    """на takes the accusative or the locative: линии is then an accusative plural or a
    locative singular, and with no preposition any of five readings: kept, and warned of."""
    glossary = tmp_path / "terms.csv"
    glossary.write_text(_FRONT, encoding="utf-8")
    for text in ("Бои на линии фронта.", "Линии фронта сдвинулись."):
        res = translit_cli("glossary", "apply", "-g", glossary, "-t", "fr", stdin=text.encode())
        assert res.stdout.decode() == text
        assert "singular in one reading and plural in another" in res.stderr.decode()


# -- 8. glossary lookup of a term copied with its article ---------------------------------------


@pytest.mark.parametrize("query", ["der Roten Armee", "l'Armée rouge", "l’Armée rouge", "la Shoah"])
def test_lookup_reads_past_a_leading_article(query: str) -> None:
    """A terminologist pastes the words as the text has them: "der Roten Armee" (German
    genitive), "l'Armée rouge". `glossary apply` finds the term in that text, but `glossary
    lookup` said "no concept of the glossary (2514 concepts) matches 'der Roten Armee'"; the
    article (Duden, Le Bon Usage: a determiner, no part of the term) is read past."""
    from translit.glossary import load, lookup, shipped_path

    g = load(shipped_path("ww2-roa.tbx"))
    found = lookup(g, query, target="ru")
    assert found, query
    assert found[0].concept.id in ("red-army", "holocaust")
    res = translit_cli("glossary", "lookup", query, "-t", "en")
    assert res.returncode == 0, res.stderr.decode()


@pytest.mark.parametrize(
    ("query", "concept"), [("the Red Army", "red-army"), ("The Red Army", "red-army")]
)
def test_lookup_reads_past_a_leading_english_article(query: str, concept: str) -> None:
    """English the (a, an) before a term copied from a text was no article (only the French
    and German ones were): "the Red Army" found nothing (sweep38)."""
    from translit.glossary import load, lookup, shipped_path

    g = load(shipped_path("ww2-roa.tbx"))
    found = lookup(g, query, target="ru")
    assert found and found[0].concept.id == concept, query
    assert lookup(g, "the") == [] and lookup(g, "an") == []


def test_lookup_of_an_article_alone_still_finds_nothing() -> None:
    from translit.glossary import load, lookup, shipped_path

    g = load(shipped_path("ww2-roa.tbx"))
    assert lookup(g, "der") == [] and lookup(g, "l'") == []
