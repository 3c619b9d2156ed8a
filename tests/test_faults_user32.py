"""What users met, user32: a programmer romanising and detecting Ukrainian, Belarusian and the
other languages from Python, a translator of German and English texts about Ukraine and
Belarus, and a data engineer (mixed CSV and JSONL files, pandas, mojibake), following the
README, ``--help`` and the docstrings alone.

Each test states what the README or the help promises, or what a user reading the message
needs, not what the code printed.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import CORPUS, translit_cli

# -- 1. UTF-8 read as ISO-8859-1 (Latin-1) is mojibake normalize repairs -----------------------


@pytest.mark.parametrize(
    "text",
    [
        "Київ — столиця України",
        "Лукашэнка сустрэўся з Пуціным у Мінску",
        "София е столицата на България",
    ],
)
def test_utf8_read_as_latin_1_comes_back(text: str) -> None:
    """A UTF-8 CSV read with pandas' ``encoding="latin-1"`` (the usual way round a
    UnicodeDecodeError) holds every byte 0x80-0x9F as a C1 control, where windows-1252 has
    letters: ``Ð\\x9aÐ¸Ñ\\x97Ð²`` for Київ. `translit.normalize` repairs "UTF-8 read as
    windows-1252 (also with its five undefined bytes kept as C1 controls)", and left this
    reading as it was, or worse, repaired the words without such a byte (`е`, `на`) and left
    the others."""
    import translit

    misread = text.encode("utf-8").decode("latin-1")
    assert translit.normalize(misread) == text
    # and windows-1251 bytes read so: the em dash 0x97 is a C1 control in Latin-1
    misread = text.encode("cp1251", errors="ignore").decode("latin-1")
    assert translit.normalize(misread) == text.encode("cp1251", errors="ignore").decode("cp1251")


# -- 2. which scheme is the default: the listing says it, the help does not misname it --------


@pytest.mark.parametrize(
    ("lang", "default"),
    [
        # PCGN's "Romanization of Ukrainian" (2019): BGN/PCGN adopted the national system;
        # the Bulgarian and Macedonian ones (2013) likewise; Tatar's BGN/PCGN table is of 2007
        ("uk", "bgn-pcgn-2019"),
        ("bg", "bgn-pcgn-2013"),
        ("ru", "bgn-pcgn"),
        ("tt", "bgn-pcgn-2007"),
    ],
)
def test_the_scheme_listing_marks_the_default(lang: str, default: str) -> None:
    """`romanize -s`'s help said "default: the language's default scheme, bgn-pcgn", and
    `translit schemes --lang uk` listed bgn-pcgn (1965: Kyyiv) and bgn-pcgn-2019 (Kyiv) alike:
    a user had no way to see that `-l uk` writes the 2019 edition. The listing marks the one
    `romanize` uses without -s, and only that one."""
    import translit

    res = translit_cli("schemes", "--lang", lang)
    assert res.returncode == 0, res.stderr.decode()
    marked = [line.split()[1] for line in res.stdout.decode().splitlines() if "[default]" in line]
    assert marked == [default]
    assert translit.get_romanizer(None, lang).scheme.id == default
    res = translit_cli("romanize", "--help")
    text = " ".join(res.stdout.decode().split())
    assert "[default] in 'translit schemes'" in text, text


# -- 3. a country code typed for a language ------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "country", "lang"),
    # ISO 3166-1 alpha-2: UA Ukraine, BY Belarus, KZ Kazakhstan, KG Kyrgyzstan, RS Serbia
    [("ua", "Ukraine", "uk"), ("BY", "Belarus", "be"), ("kz", "Kazakhstan", "kk"),
     ("kg", "Kyrgyzstan", "ky"), ("rs", "Serbia", "sr"), ("ua_UA", "Ukraine", "uk")],
)  # fmt: skip
def test_a_country_code_for_a_language_says_which_code_is_meant(
    typed: str, country: str, lang: str
) -> None:
    """`romanize("Київ", lang="ua")` said "unknown language 'ua'; known: auto, auto-line, az,
    …": ua, by, kz are what many files and forms call Ukrainian, Belarusian, Kazakh (the
    country's code, ISO 3166-1), and the list left the user to guess which of uk, ug, uz was
    meant. The message names the country and its language's code; the library and the
    command line alike."""
    import translit

    with pytest.raises(translit.UnknownLanguageError) as exc:
        translit.romanize("Київ", lang=typed)
    assert f"is the country code of {country}" in str(exc.value)
    assert f"its language is {lang}" in str(exc.value)
    res = translit_cli("romanize", "-l", typed, stdin="Київ".encode())
    assert res.returncode == 2
    assert f"its language is {lang}" in res.stderr.decode()
    # a code that is a language's own (bg Bulgarian, mn Mongolian) is no such error
    assert translit.romanize("Пловдив", lang="bg") == "Plovdiv"


# -- 4. a CSV of Ukrainian and Russian rows under -l auto -----------------------------------------


MIXED_CSV = (
    "id,name,city\n"
    "1,Олександр Усик,Київ\n"
    "2,Александр Усик,Москва\n"
    "3,Сергій Жадан,Харків\n"
    "4,Фёдор Емельяненко,Старый Оскол\n"
    "5,Юлія Тимошенко,Дніпро\n"
)


def test_a_file_of_rows_in_two_languages_is_romanised_row_by_row(tmp_path: Path) -> None:
    """A CSV of Ukrainian and Russian names was read as one language, Russian, with no word
    said: Київ came out Kiïv, Олександр Усик Oleksandr Usik; then (user32) with a warning naming
    `-l auto-line`, which `-q` hid. `--lang auto` now decides each --column value in its own
    language (engineer41: the file's where a value cannot decide alone), as `-l auto-line`
    does here; nothing is left to warn of."""
    path = tmp_path / "people.csv"
    path.write_text(MIXED_CSV, encoding="utf-8")
    res = translit_cli("romanize", "--column", "name", "--column", "city", path)
    err = res.stderr.decode()
    assert res.returncode == 0, err
    assert "auto-line" not in err, err
    for lang in ("auto", "auto-line"):
        res = translit_cli("romanize", "-q", "-l", lang, "--column", "name", "--column",
                           "city", path)  # fmt: skip
        assert "Oleksandr Usyk,Kyiv" in res.stdout.decode()
        assert "Aleksandr Usik,Moskva" in res.stdout.decode()


@pytest.mark.skipif(not CORPUS.is_dir(), reason=f"shared corpus not found at {CORPUS}")
@pytest.mark.parametrize("name", ["uk-iu", "be-hse", "bg-btb", "mk-mtb", "ru-taiga", "kk-ktb"])
def test_a_file_of_one_language_says_nothing_of_mixed_lines(tmp_path: Path, name: str) -> None:
    """The warning is for files whose lines are of several languages: the UD corpus files,
    each of one language, get none."""
    text = (CORPUS / f"{name}.txt").read_text(encoding="utf-8")
    path = tmp_path / f"{name}.txt"
    path.write_text(text[:60_000], encoding="utf-8")
    res = translit_cli("romanize", "-o", tmp_path / "out.txt", path)
    assert res.returncode == 0
    assert "auto-line" not in res.stderr.decode()


# -- 5. a scheme name many languages have, asked of one that has none ----------------------------


@pytest.mark.parametrize("name", ["national", "latin", "official"])
def test_a_scheme_of_other_languages_is_not_answered_with_a_look_alike_name(name: str) -> None:
    """`romanize("Москва", scheme="national")` (a name from `translit schemes --lang uk`) said
    "did you mean international-scholarly?", `latin` "did you mean loc-alt?", `official`
    "loc-alt, icao": names that only look alike, for systems that are no one's national, Latin
    or official one. Where a name is a scheme of four to ten other languages, the message
    says whose it is, and lists this language's (test_schemes_catalogue: a name nearly every
    language has is answered by this language's alone)."""
    import translit

    with pytest.raises(translit.UnknownSchemeError) as exc:
        translit.romanize("Москва", scheme=name, lang="ru")
    msg = str(exc.value)
    assert "did you mean" not in msg, msg
    assert "it is a scheme of" in msg and ("uk" in msg or "sr" in msg), msg
    # and the schemes Russian has instead
    assert "this one's are" in msg and "bgn-pcgn" in msg and "wikipedia" in msg, msg


# -- 6. reverse and English words ----------------------------------------------------------------


def test_reverse_reads_an_english_word_that_is_a_valid_romanisation() -> None:
    """The README said English is "left as it is" by reverse; only a word with a letter the
    scheme never writes is (watched: ISO 9 writes no w). An English word of the scheme's
    letters is read as Cyrillic, as the module's rule says ("test" → тест); the README now
    says so, with this example."""
    import translit

    assert translit.reverse("FIFA and UEFA met in Minsk", "iso-9", "be") == (
        "ФИФА анд УЕФА мет ин Минск"
    )
    assert translit.reverse("Ŝëgolʹ watched", "iso-9") == "Щёголь watched"
