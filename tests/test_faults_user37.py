"""What a programmer and a data engineer met calling translit from Python (user37).

Each test states what a user reading the README and the docstrings expects, not what the code
printed.
"""

from __future__ import annotations

import glob
import io
import re
import subprocess
import sys
import unicodedata
from functools import partial
from pathlib import Path

import pytest

import translit
from translit.glossary import (
    Concept,
    Glossary,
    Term,
    apply_text,
    find_terms,
    load,
    lookup,
    shipped_path,
)
from translit.io import Plan, RunOptions, UsageError, run

# -- 1. an empty list of inputs is no request to read stdin --------------------------------------


@pytest.mark.parametrize("sources", [[], (), None])
def test_run_with_no_inputs_refuses_and_reads_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sources: list[str] | tuple[str, ...] | None
) -> None:
    """``run(spec, glob.glob("data/*.txt"), RunOptions(output=...))`` with a glob that matched
    nothing read stdin: a notebook or a cron job hung waiting for it, or, with stdin closed,
    wrote an empty output and reported success (exit 0, one input "<stdin>"). The command
    line reads stdin without FILE; a program names stdin as "-" (``Plan``'s docstring)."""
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO("Щука\n".encode())))
    out = tmp_path / "out.txt"
    matched = glob.glob(str(tmp_path / "nothing-here" / "*.txt"))
    assert matched == []
    given = matched if sources == [] else sources
    with pytest.raises(UsageError, match="no input"):
        run(partial(translit.romanize, lang="ru"), given, RunOptions(output=str(out), jobs=1))
    with pytest.raises(UsageError, match="no input"):
        run(Plan(partial(translit.romanize, lang="ru"), (), RunOptions(output=str(out), jobs=1)))
    assert not out.exists()


def test_run_reads_stdin_when_asked_by_a_dash(tmp_path: Path) -> None:
    """ "-" still names stdin (here a file given as stdin to a child process)."""
    src = tmp_path / "a.txt"
    src.write_text("Щука\n", encoding="utf-8")
    out = tmp_path / "out.txt"
    code = (
        "import sys, translit; from functools import partial; "
        "from translit.io import RunOptions, run; "
        f"r = run(partial(translit.romanize, lang='ru'), ['-'], RunOptions(output={str(out)!r}, jobs=1)); "
        "sys.exit(r.exit_code)"
    )
    with src.open("rb") as stdin:
        done = subprocess.run(
            [sys.executable, "-c", code], check=False, stdin=stdin, capture_output=True
        )
    assert done.returncode == 0, done.stderr
    assert out.read_text(encoding="utf-8") == "Shchuka\n"


# -- 2. a glossary's target language as ISO 639-2/-3 writes it -----------------------------------


@pytest.mark.parametrize(
    ("target", "expected"),
    # glossaries/ww2-roa.tbx, concept roa: en "Russian Liberation Army", de "Russische
    # Befreiungsarmee"; ISO 639-2 codes eng, ger (bibliographic) and deu (terminology)
    [
        ("eng", "Russian Liberation Army"),
        ("ger", "Russische Befreiungsarmee"),
        ("deu", "Russische Befreiungsarmee"),
        ("deu-AT", "Russische Befreiungsarmee"),
    ],
)
def test_a_glossary_target_in_a_three_letter_code_finds_the_terms(
    target: str, expected: str
) -> None:
    """``romanize(text, target="eng")`` reads eng as English (README: every language answers to
    its ISO 639-1, -2 and -3 codes), but ``lookup(g, "РОА", target="eng")`` gave no target term
    and ``apply_text("Бойцы РОА", g, "eng")`` returned the text unchanged, without a word."""
    g = load(shipped_path("ww2-roa.tbx"))
    match = lookup(g, "РОА", target=target)[0]
    assert match.target is not None and match.target.text == expected
    assert apply_text("Бойцы РОА", g, target, "annotate") == f"Бойцы РОА [ROA: {expected}]"


def test_a_glossary_term_tagged_with_a_three_letter_code_is_found_for_its_language() -> None:
    """A term a file tags ``eng`` is an English term for ``target="en"`` (and an exact tag
    still wins)."""
    g = Glossary(
        [Concept("roa", terms=[Term("РОА", "ru"), Term("Russian Liberation Army", "eng")])]
    )
    match = lookup(g, "РОА", target="en")[0]
    assert match.target is not None and match.target.text == "Russian Liberation Army"


def test_glossary_langs_in_a_three_letter_code_choose_the_terms_of_that_language() -> None:
    """``find_terms(text, g, langs=("rus",))`` matched no term (rus is no primary subtag of the
    glossary's tags), where ``langs=("ru",)`` finds РОА (glossaries/ww2-roa.tbx)."""
    g = load(shipped_path("ww2-roa.tbx"))
    assert [h.concept.id for h in find_terms("Бойцы РОА", g, langs=("rus",))] == ["roa"]
    assert find_terms("Бойцы РОА", g, langs=("deu",)) == []


# -- 3. reverse reads a romanised word that carries a stress mark --------------------------------


@pytest.mark.parametrize(
    ("latin", "scheme", "lang", "cyrillic"),
    # the stressed lines of the UD corpora (ru-gsd: "И́горь Ви́кторович", "Ада́м Смит";
    # uk-iu: "схо́дили", "плато́") as romanize writes them under each reversible scheme
    [
        ("Ígorʹ Víktorovich", "bgn-pcgn", "ru", "И\u0301горь Ви\u0301кторович"),
        ("Adám Smit", "gost-779", "ru", "Ада\u0301м Смит"),
        ("sxódyly za plató.", "dstu-9112-a", "uk", "схо\u0301дили за плато\u0301."),
        ("Ŝëgolʹ", "iso-9", "ru", "Щёголь"),
        # Bulgarian ѝ is и with a grave (NFD): UN 1977 writes ì, listed as unreadable before
        ("Tja ì kaza", "un-1977", "bg", "Тя ѝ каза"),
    ],
)
def test_reverse_reads_a_word_with_a_stress_mark(
    latin: str, scheme: str, lang: str, cyrillic: str
) -> None:
    """``reverse(romanize(text))`` left every stressed word of a dictionary or a UD corpus in
    Latin: ``reverse("Ígorʹ Víktorovich", "bgn-pcgn")`` gave "Ígorʹ Víktorovich" (the reading
    without the mark was never tried), though romanize keeps the mark on the vowel."""
    assert translit.reverse(latin, scheme, lang) == unicodedata.normalize("NFC", cyrillic)
    assert translit.romanize(cyrillic, scheme=scheme, lang=lang) == latin


def test_reverse_round_trips_the_stressed_lines_of_the_corpora(corpus: Path) -> None:
    """Every line of the first 400 of ../shared/corpus/ru-gsd.txt and uk-iu.txt without a
    Latin letter (Latin in the source is read as a romanisation, as documented) comes back
    from bgn-pcgn and gost-779 (ru) and dstu-9112-a (uk) as it was, the 11 and 6 stressed ones
    included (before: none of them). Ukrainian lines with an apostrophe are left out: ', ` and ’
    romanise to ', which reads back as ’."""
    for name, scheme, lang in (
        ("ru-gsd", "bgn-pcgn", "ru"),
        ("ru-gsd", "gost-779", "ru"),
        ("uk-iu", "dstu-9112-a", "uk"),
    ):
        text = (corpus / f"{name}.txt").read_text(encoding="utf-8").splitlines()[:400]
        lines = [unicodedata.normalize("NFC", t) for t in text if not re.search("[A-Za-z'’`]", t)]
        assert sum("\u0301" in t for t in lines) >= 6  # the stressed lines are there
        wrong = [
            t
            for t in lines
            if translit.reverse(translit.romanize(t, scheme=scheme, lang=lang), scheme, lang) != t
        ]
        assert wrong == []
