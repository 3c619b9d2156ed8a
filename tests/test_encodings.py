"""translit.decode / translit.detect_encoding: Unicode by its marks, legacy Cyrillic encodings
by plausibility, errors that say what to do."""

from __future__ import annotations

import codecs
import contextlib

import pytest
from hypothesis import given
from hypothesis import strategies as st

import translit
from translit.encodings import CANDIDATES, decode, detect_encoding
from translit.errors import EncodingError, TranslitError

RUSSIAN = "Русская освободительная армия (РОА) и Комитет освобождения народов России."
# French as legacy Cyrillic files hold it: these encodings have no accented Latin letters
FRENCH_CYRILLIC = (
    "Le general Andrei Vlassov (Андрей Власов) dirigeait l'Armee de liberation russe, "
    "en russe Русская освободительная армия, abregee РОА."
)
SAMPLES = {
    "ru": (RUSSIAN, ["cp1251", "koi8_r", "koi8_u", "cp866", "iso8859_5", "mac_cyrillic"]),
    "uk": ("Київ - столиця України, її найбільше місто.", ["cp1251", "koi8_u", "mac_cyrillic"]),
    "be": ("Беларусь - краіна ва Усходняй Еўропе, сталіца - Мінск.", ["cp1251", "iso8859_5"]),
    "bg": ("България е държава в Югоизточна Европа, столицата е София.", ["cp1251", "cp866"]),
    "mk": ("Скопје е главен град на Македонија, ќе дојдам утре.", ["cp1251", "iso8859_5"]),
}


@pytest.mark.parametrize(
    "enc", ["cp1251", "koi8_r", "cp866", "koi8_u", "iso8859_5", "mac_cyrillic"]
)
def test_french_with_cyrillic_round_trip(enc: str) -> None:
    data = FRENCH_CYRILLIC.encode(enc)
    assert decode(data) == FRENCH_CYRILLIC
    if enc != "koi8_u":  # KOI8-U reads Russian exactly as KOI8-R, which wins the tie
        assert detect_encoding(data) == codecs.lookup(enc).name


@pytest.mark.parametrize(
    ("lang", "enc"), [(lang, enc) for lang, (_, encs) in SAMPLES.items() for enc in encs]
)
def test_languages_round_trip(lang: str, enc: str) -> None:
    text = SAMPLES[lang][0]
    assert decode(text.encode(enc)) == text


@pytest.mark.parametrize("enc", ["cp1251", "koi8_r", "cp866"])
def test_seed_round_trip(corpus, enc: str) -> None:  # type: ignore[no-untyped-def]
    # The seed's accented French letters (é, à, É…) and, in KOI8-R and CP866, its guillemets do
    # not exist in these encodings: a legacy file holds "?" there, and must decode to exactly that.
    seed = (corpus / "seed-roa-fr.txt").read_text(encoding="utf-8")
    data = seed.encode(enc, "replace")
    assert decode(data, encoding="auto") == data.decode(enc)
    assert detect_encoding(data) == codecs.lookup(enc).name


def test_seed_round_trip_unicode(corpus) -> None:  # type: ignore[no-untyped-def]
    seed = (corpus / "seed-roa-fr.txt").read_text(encoding="utf-8")
    for enc in ["utf-8", "utf-8-sig", "utf-16", "utf-32"]:
        assert decode(seed.encode(enc)) == seed


def test_corpus_whole_files(corpus) -> None:  # type: ignore[no-untyped-def]
    from conftest import corpus_files

    for path in corpus_files():
        text = path.read_text(encoding="utf-8")
        for enc in ["cp1251", "iso8859_5", "mac_cyrillic"]:
            data = text.encode(enc, "replace")
            assert decode(data) == data.decode(enc), (path.name, enc)


def test_unicode_marks() -> None:
    assert detect_encoding(codecs.BOM_UTF8 + RUSSIAN.encode()) == "utf-8-sig"
    assert decode(codecs.BOM_UTF8 + RUSSIAN.encode()) == RUSSIAN  # the BOM is removed
    assert detect_encoding(RUSSIAN.encode("utf-8")) == "utf-8"
    for enc in ["utf-16", "utf-16-le", "utf-16-be"]:
        data = RUSSIAN.encode(enc)
        if enc != "utf-16":
            data = (codecs.BOM_UTF16_LE if enc.endswith("le") else codecs.BOM_UTF16_BE) + data
        assert detect_encoding(data) == "utf-16"
        assert decode(data) == RUSSIAN
    assert decode(RUSSIAN.encode("utf-32")) == RUSSIAN


def test_utf16_without_bom() -> None:
    assert detect_encoding(RUSSIAN.encode("utf-16-le")) == "utf-16-le"
    assert decode(RUSSIAN.encode("utf-16-be")) == RUSSIAN


def test_ascii_and_empty() -> None:
    assert detect_encoding(b"plain text") == "ascii"
    assert decode(b"") == ""


def test_explicit_encoding() -> None:
    data = "Власов".encode("cp1251")
    assert decode(data, encoding="windows-1251") == "Власов"
    assert decode(data, encoding="cp1251") == "Власов"
    assert decode("Власов".encode("koi8_r"), "koi8-r") == "Власов"
    assert decode(codecs.BOM_UTF8 + b"x", "utf-8") == "x"


def test_errors_say_what_to_do() -> None:
    with pytest.raises(EncodingError, match="`encoding`") as err:
        decode(b"abc", encoding="no-such-codec")
    assert isinstance(err.value, TranslitError)
    with pytest.raises(EncodingError, match="at byte 3") as err:
        decode(b"abc\xff", encoding="utf-8")
    assert err.value.offset == 3
    with pytest.raises(EncodingError, match="binary"):
        decode(b"\x00\x01\x02\x03\x00\xff\xfe\x00\x10")
    with pytest.raises(EncodingError, match="not a text encoding"):
        decode(b"abc", encoding="hex")


def test_latin_legacy() -> None:
    text = "Il était à Paris, où l'armée a été défaite. Éducation, façade."
    assert decode(text.encode("cp1252")) == text


def test_names_are_python_codecs() -> None:
    for enc in CANDIDATES:
        data = RUSSIAN.encode(enc, "replace")
        codecs.lookup(detect_encoding(data))


def test_public_names() -> None:
    assert translit.decode("Власов".encode("cp866")) == "Власов"
    assert translit.detect_encoding("Власов".encode("cp866")) == "cp866"


@given(st.text(st.characters(exclude_categories=("Cs",), exclude_characters="\x00")))
def test_utf8_always_read_back(text: str) -> None:  # (zero bytes make it binary or UTF-16)
    if text.startswith("\ufeff"):
        return  # a leading BOM is removed: that is the point of it
    assert decode(text.encode("utf-8")) == text


@given(st.binary(max_size=300))
def test_any_bytes_text_or_encoding_error(data: bytes) -> None:
    with contextlib.suppress(EncodingError):
        assert isinstance(decode(data), str)


def test_damaged_utf8_stays_utf8_and_the_bad_byte_is_reported() -> None:
    from translit.encodings import detect_encoding

    damaged = ("Русская освободительная армия\n" * 20).encode() + b"\xff\n"
    assert detect_encoding(damaged) == "utf-8"  # not ISO-8859-5 mojibake of every letter
    assert detect_encoding("Київ\n".encode() + b"\xff\xfe\n") == "utf-8"
    for legacy in ("cp1251", "koi8-r", "iso-8859-5"):  # a legacy line is nearly all invalid UTF-8
        assert detect_encoding("Русская освободительная армия".encode(legacy)) != "utf-8"


def test_misread_names_the_code_page_a_wrong_declaration_misread(corpus) -> None:  # type: ignore[no-untyped-def]
    # resume36: `--encoding koi8-r` on a cp1251 file romanised mojibake with exit 0. The corpus
    # (UD sentences ru uk be bg mk kk ky, ../shared/corpus/SOURCES.md) in each code page that
    # can write it (a line, ten lines): its own encoding is never doubted, and every other that
    # reads a tenth of its letters or more apart is doubted, naming a page that reads it right
    from conftest import corpus_files

    from translit.encodings import misread

    right = wrong = named = 0
    for path in corpus_files():
        lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
        for enc in CANDIDATES:
            kept = [line for line in lines if line == line.encode(enc, "replace").decode(enc)]
            for data in (kept[0].encode(enc), "".join(kept[:10]).encode(enc)) if kept else ():
                if data.isascii():
                    continue
                text = data.decode(enc)
                right += 1
                assert misread(data, enc) is None, (path.name, enc, text[:60])
                for other in CANDIDATES:
                    try:
                        seen = data.decode(other)
                    except UnicodeDecodeError:
                        continue
                    apart = sum(a != b for a, b in zip(text, seen, strict=True))  # (a byte, a char)
                    if apart * 10 < sum(c > "\x7f" for c in text):  # koi8-r/-u on Russian
                        continue
                    wrong += 1
                    found = misread(data, other)
                    assert found is not None, (path.name, enc, other, text[:60])
                    named += data.decode(found[0]) == text  # (KOI8-R for KOI8-U: alike)
    assert right > 80 and wrong > 400
    assert named == wrong


def test_misread_names_utf8_and_the_line_the_readings_part_at() -> None:
    from translit.encodings import misread

    data = "id,name\n1,Smith\n2,Андрей Власов\n".encode()
    assert misread(data, "cp1251") == ("utf-8", 3)
    assert misread(data.decode().encode("cp866"), "windows-1251") == ("cp866", 3)
    assert misread(b"id,name\n1,Smith\n", "koi8-r") is None  # ASCII: nothing to doubt
    assert misread("Andrey Vlasov\n".encode("cp1251"), "latin-1") is None  # not a scored page
