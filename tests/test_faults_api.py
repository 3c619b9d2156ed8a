"""Fault suite, library side: random Unicode through every public function and method.

The functions come from ``__all__`` of ``translit`` and of each library module, so a new public
function is attacked without editing this file: a parameter annotated ``str``, ``bytes``,
``bool`` or ``int`` gets random values (scheme, language and target parameters get every known
value plus bogus ones: NUL, lone surrogates, paths, empty). A function whose parameters cannot be
drawn that way must be listed in ``ELSEWHERE`` with the test that attacks it.

The bar (issue 20): a result, or a :class:`translit.TranslitError` with a message; never
another exception, never lost text. No call is timed (no hypothesis deadline: speed is the
bench's).
"""

from __future__ import annotations

import importlib
import inspect
import io
import pkgutil
import re
import types
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_any_input import ANY_TEXT, TEXT

import translit
from translit.errors import TranslitError

#: Packages attacked elsewhere: the command line and the batch layer through the CLI
#: (tests/test_faults_cli.py), the integrations with their own frameworks' objects.
NOT_HERE = ("translit.cli", "translit.io", "translit.integrations", "translit.__main__")

#: Public functions whose parameters are not plain values, with the test that attacks them.
ELSEWHERE = {
    "translit.detection_patterns.count": "test_any_input.test_detect_any_text (the data's patterns, any text, a frozenset)",
    "translit.detection_patterns.item_chars": "test_any_input.test_detect_any_text (a parsed regex item of the data's patterns)",
    "translit.detection_patterns.may_match": "test_any_input.test_detect_any_text (the data's patterns, a frozenset)",
    "translit.autodetect.column_language": "test_records_language.test_column_language_of_any_values (an iterable of any values)",
    "translit.autodetect.records_fallback": "test_records_language.test_column_language_of_any_values (a mapping of counts)",
    "translit.engine.memo.make_room": "test_engine (memo internals, a Memo argument)",
    "translit.engine.native.char_table": "test_speedups.test_first_of_* (a Ranges argument)",
    "translit.engine.lookalike.repair_word": "test_lookalike (through repair and normalize: "
    "slots and a put callback)",
    "translit.engine.lookalike.repair_apostrophes": "test_lookalike (through repair and "
    "normalize: slots and a put callback)",
    "translit.engine.lookalike.ends_capitals": "test_lookalike (through repair and normalize: "
    "a word's span in slots or in a text of any mixed letters)",
    "translit.engine.native.is_normal": "test_normalize.test_is_normal_* (any text, a Form)",
    "translit.engine.native.normal": "test_normalize.test_normal_* (any text, a Form)",
    "translit.engine.native.pairs_known": "test_speedups.test_pairs_known_* (a tuple, a dict of dicts or None)",
    "translit.engine.native.table_hits": "test_speedups.test_table_hits_* (a tuple, dicts of tuples)",
    "translit.engine.native.unstable_spans": "test_normalize.test_unstable_spans_* (a Form)",
    "translit.errors.placed": "test_faults_hostile29.test_a_value_that_fails_in_a_series_names_its_row (a TranslitError argument)",
    "translit.glossary.apply_text": "test_any_input.test_glossary_search_and_apply_any_text",
    "translit.glossary.latin.language_of": "test_glossary_latin.test_language_of_any_words (an iterable of words)",
    "translit.glossary.latin.text_language": "test_glossary_latin.test_text_language_gives_every_cut_of_a_text_the_whole_texts_answer (folded pieces)",
    "translit.glossary.find_terms": "test_any_input.test_glossary_search_and_apply_any_text",
    "translit.glossary.check_translation": "test_glossary_qa.test_any_pairs_give_findings_of_their_segments (an iterable of pairs)",
    "translit.glossary.lookup": "test_any_input.test_glossary_search_and_apply_any_text",
    "translit.glossary.lint": "test_faults_glossary.test_random_glossary_round_trips",
    "translit.glossary.load": "test_faults_glossary (hostile files)",
    "translit.glossary.model.listing": "test_faults_glossary.test_a_term_of_very_many_concepts_is_one_short_message (a list)",
    "translit.glossary.save": "test_faults_glossary.test_random_glossary_round_trips",
    "translit.glossary._xml.dca_fragment": "test_glossary_cat_tools (every kept data category)",
    "translit.glossary._xml.first_rests": "test_glossary_public_layouts (group round trips)",
    "translit.glossary._xml.xml_lines": "test_glossary_public_layouts (any concept via TBX)",
    "translit.glossary._xml.xml_text": "test_glossary_public_layouts (any concept via TBX)",
    "translit.glossary._xml.iter_elements": "test_glossary_hostile, test_faults_glossary (hostile TBX and XLSX files; a tuple of tags)",
    "translit.glossary._xml.plain_fragment": "test_glossary_tbx_basic.test_the_back_matter_comes_back_and_every_target_names_an_object (an lxml element)",
    "translit.names.korean.korean_name": "test_names_korean.test_any_surname_and_words_give_a_name_or_none (a list of words)",
    "translit.names.korean.surname_first": "test_names_korean.test_any_words_are_a_korean_name_or_not (a list of words)",
    "translit.names.korean.readings": "test_names_korean.test_any_words_are_a_korean_name_or_not (a list of words)",
    "translit.names.korean.latin_syllables": "test_names_korean.test_any_words_are_a_korean_name_or_not (a list of words)",
    "translit.glossary._xml.local_name": "test_glossary_cat_tools (every element of every TBX/MultiTerm sample; an lxml tag)",
    "translit.glossary.apply.line_columns": "test_faults_glossary.test_line_columns_*",
    "translit.glossary.forms.form_case": "test_glossary_apply50.test_form_case_of_any_term_and_form (a Concept and a Term)",
    "translit.glossary.forms.term_forms": "test_faults_glossary.test_random_glossary_round_trips",
    "translit.glossary.forms.derived_forms": "test_faults_glossary.test_random_glossary_round_trips",
    "translit.glossary.forms.plural_forms": "test_faults_glossary.test_random_glossary_round_trips",
    "translit.glossary.forms.plural_of": "test_faults_glossary.test_random_glossary_round_trips",
    "translit.glossary.forms.recased": "test_faults_glossary.test_random_glossary_round_trips",
    "translit.glossary.forms.case_form": "test_faults_glossary.test_random_glossary_round_trips",
    "translit.glossary.forms.inflects_by_dictionary": "test_faults_glossary.test_random_glossary_round_trips",
    "translit.glossary.forms.named_in_singular": "test_faults_glossary.test_random_glossary_round_trips",
    "translit.glossary.forms.written_number": "test_faults_glossary.test_random_glossary_round_trips",
    "translit.glossary.forms.may_be_plural": "test_faults_glossary.test_random_glossary_round_trips",
    "translit.glossary.model.norm_number": "test_faults_glossary.test_random_glossary_round_trips",
    "translit.glossary.forms.s_plural_forms": "test_faults_glossary.test_random_glossary_round_trips",
    "translit.glossary.forms.number_after": "test_glossary_number_de.test_number_after_any_words (a list of words)",
    "translit.glossary.forms.adjective_run": "test_glossary_joined_bare_de.test_adjective_run_any_words (a list of words)",
    "translit.glossary.model.short_kind": "test_glossary_term_kind.test_short_kind_of_any_terms (a Concept and a Term)",
    "translit.glossary.model.is_name": "test_faults_glossary.test_random_glossary_round_trips",
    "translit.glossary.articles.article_cases": "test_glossary_decl46.test_a_term_after_an_article_takes_its_case",
    "translit.glossary.articles.fit_article": "test_faults_user21.test_a_fitted_article_agrees_with_the_term_s_first_sound",
    "translit.glossary.articles.fit_ends": "test_faults_glossary.test_random_glossary_round_trips",
    "translit.glossary.articles.fit_gender": "test_faults_user22.test_a_fitted_german_article_is_the_same_case_of_the_new_gender",
    "translit.glossary.model.check_glossary": "test_faults_glossary.test_random_glossary_round_trips",
    "translit.glossary.model.romanizations_of": "test_glossary_sizes (a list of Terms)",
    "translit.glossary.model.settle_ids": "test_glossary_interop.test_settled_ids_* (a list of Concepts)",
    "translit.errors.shown": "test_faults_cli.test_a_huge_argument_is_shown_cut_in_its_message",
    "translit.errors.want_bool": "test_a_switch_takes_a_bool (below)",
    "translit.glossary.model.want_glossary": "test_a_glossary_function_given_no_glossary_* (below)",
    "translit.glossary.model.want_tags": "test_glossary_targets_and_languages_of_the_wrong_type",
    "translit.glossary.multiterm.read_mtf": "test_glossary_cat_tools.test_broken_multiterm_*",
    "translit.glossary.multiterm.write_mtf": "test_glossary_fidelity.test_any_glossary_comes_back_from_multiterm_*",
    "translit.glossary.po.write_po": "test_faults_glossary.test_random_glossary_round_trips",
    "translit.glossary.tabular.write_table": "test_faults_glossary.test_random_glossary_round_trips",
    "translit.glossary.tbx.write_tbx": "test_faults_glossary.test_random_glossary_round_trips",
    "translit.glossary.xlsx.write_xlsx": "test_faults_glossary.test_random_glossary_round_trips",
    "translit.glossary.tabular.multi_rows": "test_faults_glossary.test_random_glossary_round_trips",
    "translit.glossary.tabular.read_rows": "test_glossary_xlsx.test_a_damaged_workbook_*",
    "translit.normalization_rules.apply_edits": "test_normalize (edits from plan())",
    "translit.normalization_rules.plan": "test_normalize (an Options argument)",
    "translit.scheme.parse_metadata": "test_scheme_validation (a parsed mapping)",
    "translit.shipped.read_name_rows": "test_names_languages.test_any_names_file_* (a path)",
    "translit.scheme.parse_scheme": "test_scheme_validation (a parsed mapping)",
    "translit.script.char_class": "test_script (a Ranges argument)",
    "translit.script.chars": "test_script (a Ranges argument)",
    "translit.script.derive_unstable": "test_normalize.test_the_shipped_unstable_table_* (a Form)",
    "translit.script.in_ranges": "test_in_ranges_wants_one_character (below)",
    "translit.script.line_ends": "test_faults_hostile17.test_blocks_never_cut_a_crlf_* (str, bytes)",
}

LANGS = list(translit.languages())
SCHEMES = sorted({s["id"] for lang in LANGS for s in translit.schemes(lang)})
BOGUS = st.sampled_from(
    ["", " ", "xx", "ru\x00", "r\udc00u", "../ru/bgn-pcgn", "/etc/passwd", "..", "any", "und",
     "ru-RU", "RUS", "auto", "auto-line", "\ufeffru", "bgn_pcgn", "ISO 9", "x" * 300]
)  # fmt: skip
VALUES: dict[str, st.SearchStrategy[str]] = {
    "lang": st.sampled_from([*LANGS, "auto"]),
    "scheme": st.sampled_from(SCHEMES),
    "name": st.sampled_from(SCHEMES),
    "target": st.sampled_from(["en", "de", "fr", "ru", "uk", "es"]),
    "source": st.sampled_from(LANGS),
    "encoding": st.sampled_from(["auto", "utf-8", "cp1251", "koi8-r", "utf-16", "hex", "bogus"]),
}
BUDGET = settings(
    deadline=None,  # (timing is the bench's; the first example compiles tables, seconds on a loaded machine)
    max_examples=25,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def _public() -> dict[str, Callable[..., Any]]:
    """Every public function of the library: ``qualified name → function``, one name each."""
    modules = [translit]
    for info in pkgutil.walk_packages(translit.__path__, "translit."):
        if not info.name.startswith(NOT_HERE):
            modules.append(importlib.import_module(info.name))
    found: dict[str, Callable[..., Any]] = {}
    seen: set[int] = set()
    for module in modules:
        for name in getattr(module, "__all__", ()):
            obj = getattr(module, name)
            if isinstance(obj, types.FunctionType) and id(obj) not in seen:
                seen.add(id(obj))
                found[f"{module.__name__}.{name}"] = obj
    return found


def _strategy(param: inspect.Parameter) -> st.SearchStrategy[Any] | None:
    """Values for one parameter, or ``None`` when its type is not a plain value."""
    kind = param.annotation  # as written: every library module has deferred annotations
    if kind in ("str", "str | None"):
        text = st.one_of(VALUES.get(param.name, TEXT), BOGUS, TEXT)
        return st.one_of(st.none(), text) if kind != "str" else text
    if kind == "bytes":
        return st.one_of(st.binary(max_size=500), TEXT.map(lambda t: t.encode("utf-8", "replace")))
    if kind == "bool":
        return st.booleans()
    if kind == "int":
        return st.sampled_from([-1, 0, 1, 2, 7, 1 << 20])
    return None


def _drawable(fn: Callable[..., Any]) -> dict[str, st.SearchStrategy[Any]] | None:
    params: dict[str, st.SearchStrategy[Any]] = {}
    for p in inspect.signature(fn).parameters.values():
        if p.kind in (p.VAR_POSITIONAL, p.VAR_KEYWORD):
            continue
        s = _strategy(p)
        if s is None:
            if p.default is p.empty:
                return None
            continue
        params[p.name] = s if p.default is p.empty else st.one_of(st.just(p.default), s)
    return params


PUBLIC = _public()
DRAWN = {n: s for n, f in PUBLIC.items() if (s := _drawable(f)) is not None}


def test_every_public_function_is_attacked() -> None:
    """A public function is drawn here or names the test that attacks it; nothing is listed that
    no longer exists."""
    assert set(PUBLIC) - set(DRAWN) == set(ELSEWHERE)
    assert len(DRAWN) > 40


def test_every_test_named_elsewhere_exists() -> None:
    """Each test module and test (or tests, ``test_x_*``) that ``ELSEWHERE`` names is there: a
    renamed or deleted test left a function listed as attacked by nothing."""
    folder = Path(__file__).parent
    defined = {
        path.stem: set(re.findall(r"^\s*def (test_\w+)", path.read_text("utf-8"), re.M))
        for path in folder.glob("test_*.py")
    }
    every = set().union(*defined.values())

    def exists(module: str | None, test: str) -> bool:
        names = defined.get(module, set()) if module else every
        return any(n.startswith(test[:-1]) for n in names) if test.endswith("*") else test in names

    missing = [
        (function, ref)
        for function, where in ELSEWHERE.items()
        for ref in re.findall(r"test_\w+(?:\.test_\w+\*?)?\*?", where.split("(")[0])
        if not (exists(*ref.split(".", 1)) if "." in ref else ref in defined or exists(None, ref))
    ]
    assert not missing, missing


@pytest.mark.parametrize("name", sorted(DRAWN))
@BUDGET
@given(data=st.data())
def test_public_function_on_random_arguments(name: str, data: st.DataObject) -> None:
    kwargs = {k: data.draw(s, label=k) for k, s in DRAWN[name].items()}
    try:
        PUBLIC[name](**kwargs)
    except TranslitError as exc:
        assert str(exc), f"{type(exc).__name__} without a message"


def _instances() -> list[tuple[str, Any]]:
    from translit.names import get_target_romanizer
    from translit.reversal import get_reverser

    return [
        ("Romanizer bgn-pcgn ru", translit.get_romanizer("bgn-pcgn", "ru")),
        ("Romanizer iso-9 bg", translit.get_romanizer("iso-9", "bg")),
        ("Romanizer latin sr", translit.get_romanizer("latin", "sr")),
        ("Reverser iso-9 ru", get_reverser("iso-9", "ru")),
        ("Reverser latin sr", get_reverser("latin", "sr")),
        ("TargetRomanizer en", get_target_romanizer("en")),
        ("TargetRomanizer fr uk", get_target_romanizer("fr", "uk")),
    ]


INSTANCES = _instances()
METHODS = [
    (label, obj, name)
    for label, obj in INSTANCES
    for name, method in inspect.getmembers(obj, callable)
    if (not name.startswith("_") or name == "__call__")
    and list(inspect.signature(method).parameters) in (["text"], ["word"])
]


def test_methods_found() -> None:
    assert {name for _, _, name in METHODS} >= {"romanize", "reverse", "__call__", "spans"}


@pytest.mark.parametrize(("label", "obj", "name"), METHODS, ids=lambda v: str(v)[:30])
@BUDGET
@given(text=ANY_TEXT)
def test_method_on_random_text(label: str, obj: Any, name: str, text: str) -> None:
    try:
        getattr(obj, name)(text)
    except TranslitError as exc:
        assert str(exc)


@pytest.mark.parametrize(("label", "obj"), INSTANCES[:5], ids=lambda v: str(v)[:30])
@BUDGET
@given(text=TEXT, size=st.integers(1, 40))
def test_streams_equal_the_whole(label: str, obj: Any, text: str, size: int) -> None:
    """Every chunk size gives the bytes of the whole text, lines too; no character is lost."""
    convert = getattr(obj, "romanize", None) or obj.reverse
    stream = getattr(obj, "romanize_stream", None) or obj.reverse_stream
    lines = getattr(obj, "romanize_lines", None) or obj.reverse_lines
    out = io.StringIO()
    stream(io.StringIO(text, newline=""), out, chunk_size=size)
    assert out.getvalue() == convert(text)
    split = text.splitlines(keepends=True)
    assert "".join(lines(split)) == "".join(convert(line) for line in split)


@pytest.mark.parametrize(("label", "obj"), INSTANCES[:5], ids=lambda v: str(v)[:30])
def test_stream_refuses_a_chunk_size_that_reads_nothing(label: str, obj: Any) -> None:
    """``chunk_size=0`` read nothing and wrote an empty output for a non-empty input."""
    stream = getattr(obj, "romanize_stream", None) or obj.reverse_stream
    for size in (0, -5):
        with pytest.raises(translit.ParameterError, match="chunk_size"):
            stream(io.StringIO("Щука\n"), io.StringIO(), chunk_size=size)


@pytest.mark.parametrize(
    "name",
    ["../../../../../../tmp/x", "/etc/hostname", "ru/../ru/bgn-pcgn", "a\x00b", "a\udc00", ".."],
)
def test_scheme_name_never_reaches_the_file_system(name: str) -> None:
    """A scheme name was joined to the data folder as a path: ``../…`` read any ``.toml``
    file on the disk, and a NUL or lone surrogate escaped as ValueError/UnicodeEncodeError."""
    for call in (
        lambda: translit.get_scheme(name),
        lambda: translit.get_romanizer(name, "ru"),
        lambda: translit.romanize("Щука", scheme=name, lang="ru"),
        lambda: translit.reverse("Shchuka", name, "ru"),
    ):
        with pytest.raises(translit.UnknownSchemeError):
            call()
    assert translit.api.known_scheme(name) is False


def test_scheme_name_cannot_load_a_file_outside_the_catalogue(tmp_path: Any) -> None:
    (tmp_path / "evil.toml").write_text('id = "evil"\nlanguage = "ru"\n', encoding="utf-8")
    up = "../" * 40 + str(tmp_path).lstrip("/") + "/evil"
    with pytest.raises(translit.UnknownSchemeError):
        translit.get_scheme(up)


@pytest.mark.parametrize("encoding", ["x\x00", "utf\udc00-8", "", "hex", "rot13"])
def test_decode_bogus_encoding_is_an_encoding_error(encoding: str) -> None:
    with pytest.raises(translit.EncodingError):
        translit.decode("Щука".encode(), encoding)


def test_alphabet_of_unknown_language() -> None:
    from translit.script import alphabet

    with pytest.raises(translit.UnknownLanguageError, match="'zz'"):
        alphabet("zz")


def test_in_ranges_wants_one_character() -> None:
    from translit.script import CYRILLIC_BLOCKS, in_ranges, is_cyrillic

    for bad in ("", "аб"):
        with pytest.raises(translit.ParameterError):
            is_cyrillic(bad)
        with pytest.raises(translit.ParameterError):
            in_ranges(CYRILLIC_BLOCKS, bad)


def test_morphology_word_with_lone_surrogate() -> None:
    """pymorphy3's dictionary encodes keys as UTF-8: a lone surrogate raised UnicodeEncodeError."""
    from translit.morphology import forms, is_declinable_acronym

    assert is_declinable_acronym("ГУЛАГ\udc00") is False
    assert forms("дом\udc00") == ("дом\udc00",)
    assert is_declinable_acronym("ГУЛАГ") is True


@pytest.mark.parametrize("delimiter", ["", ";;", '"', "\n"])
def test_table_delimiter_that_csv_cannot_use(delimiter: str) -> None:
    from translit.glossary import Glossary
    from translit.glossary.tabular import read_table, write_table

    with pytest.raises(translit.ParameterError, match="delimiter"):
        read_table("id,ru\nx,Щука\n", delimiter=delimiter)
    with pytest.raises(translit.ParameterError, match="delimiter"):
        write_table(Glossary(), io.StringIO(), delimiter=delimiter)


@pytest.mark.parametrize("name", ["../README.md", "../glossaries/ww2-roa.tbx", "x" * 300, "a\x00"])
def test_shipped_glossary_name_is_not_a_path(name: str) -> None:
    """``shipped_path("../README.md")`` returned the project's README; a long name raised
    OSError (File name too long)."""
    from translit.glossary import shipped_path

    with pytest.raises(translit.GlossaryError, match="no shipped glossary"):
        shipped_path(name)


class _Text(str):
    """A str subclass, as numpy.str_ is: its own methods must not change the result."""

    def isascii(self) -> bool:
        raise AssertionError("the subclass's method was called")


@pytest.mark.parametrize("pure", [False, True], ids=["C engine if built", "interpreter"])
def test_romanize_reads_a_str_subclass_as_its_text(pure: bool) -> None:
    # it used to fail with "sequence item 0: expected str instance, NoneType found"
    from translit.engine import native

    saved = native.ENGINE
    native.ENGINE = None if pure else saved
    try:
        r = translit.Romanizer(translit.get_scheme("bgn-pcgn", "ru"))
    finally:
        native.ENGINE = saved
    for text in ["Щука Я", "ЩУКА Я Ю. Власов", "Вла\u0302сов", "ascii"]:
        assert r.romanize(_Text(text)) == r(_Text(text)) == r.romanize(text)
        assert translit.romanize(_Text(text), lang="ru") == translit.romanize(text, lang="ru")


@pytest.mark.parametrize("value", [123, None, b"\xd0\xa9", ["Щ"]])
def test_romanize_of_a_non_str_is_a_type_error(value: object) -> None:
    r = translit.get_romanizer("bgn-pcgn", "ru")
    with pytest.raises(TypeError, match=f"takes a str, not {type(value).__name__}"):
        r.romanize(value)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="str"):
        translit.romanize(value, lang="ru")  # type: ignore[arg-type]


#: each public function that takes a text, called with ``value`` in its place
TEXT_CALLS: dict[str, Callable[[Any], Any]] = {
    "romanize": translit.romanize,
    "reverse": lambda v: translit.reverse(v, "iso-9", "ru"),
    "normalize": translit.normalize,
    "normalize_report": translit.normalize_report,
    "detect": translit.detect,
    "detect_spans": translit.detect_spans,
    "explain_language": translit.explain_language,
    "name_key": translit.name_key,
    "same_name": lambda v: translit.same_name("Иван Петров", v),
    "verify": lambda v: translit.verify(v, "Ivan"),
}
BYTES_CALLS: dict[str, Callable[[Any], Any]] = {
    "decode": translit.decode,
    "detect_encoding": translit.detect_encoding,
}


@pytest.mark.parametrize("value", [None, 5, ["Щука"]], ids=repr)
@pytest.mark.parametrize("name", sorted(TEXT_CALLS) + sorted(BYTES_CALLS))
def test_a_value_of_the_wrong_type_is_a_type_error_that_says_so(name: str, value: Any) -> None:
    """``decode(None)`` said "'NoneType' object has no attribute 'startswith'" (AttributeError),
    ``detect(None)`` "object of type 'NoneType' has no len()", ``name_key(5)`` "normalize()
    argument 2 must be str, not int": not one named the function or what it takes."""
    call = {**TEXT_CALLS, **BYTES_CALLS}[name]
    kind = "bytes" if name in BYTES_CALLS else "a str"
    with pytest.raises(TypeError) as info:
        call(value)
    assert str(info.value) == f"{name}() takes {kind}, not {type(value).__name__}"


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: translit.get_scheme(5), "a scheme name is a str, not int"),  # type: ignore[arg-type]
        (lambda: translit.romanize("Щ", scheme=b"iso-9"), "a scheme name is a str, not bytes"),  # type: ignore[arg-type]
        (lambda: translit.get_romanizer("iso-9", None), "a language code is a str, not NoneType"),  # type: ignore[arg-type]
        (lambda: translit.schemes(5), "a language code is a str, not int"),  # type: ignore[arg-type]
        (lambda: translit.romanize("Щ", target=5), "romanize\\(\\) takes `target` as a str, not int"),  # type: ignore[arg-type]
    ],
)  # fmt: skip
def test_a_name_of_the_wrong_type_is_a_type_error(call: Callable[[], Any], message: str) -> None:
    """``get_scheme(5)`` and ``romanize(…, target=5)`` raised AttributeError ('int' object has
    no attribute 'strip')."""
    with pytest.raises(TypeError, match=message):
        call()


def test_decode_takes_any_bytes_like_object_and_a_codec_that_always_fails() -> None:
    """``decode(b"x", "undefined")`` let the codec's UnicodeError through."""
    data = "Щука".encode("cp1251")
    assert translit.decode(bytearray(data), "cp1251") == translit.decode(memoryview(data), "cp1251") == "Щука"  # fmt: skip
    with pytest.raises(translit.EncodingError, match="'undefined' is not a text encoding"):
        translit.decode(b"x", "undefined")


@pytest.mark.parametrize(
    ("label", "obj", "name"),
    [m for m in METHODS if m[2] in ("romanize", "reverse", "__call__", "spans", "safe_cut")],
    ids=lambda v: str(v)[:30],
)
def test_every_text_method_says_what_it_takes(label: str, obj: Any, name: str) -> None:
    """The text methods of romanisers and reversers. ``get_reverser(…).reverse(None)`` said "expected string or bytes-like object, got
    'NoneType'", a TargetRomanizer "cannot use a string pattern on a bytes-like object";
    ``safe_cut(None)`` an AttributeError, "'NoneType' object has no attribute 'rfind'"."""
    for value in (None, 5, b"x"):
        with pytest.raises(TypeError, match=f"takes a str, not {type(value).__name__}"):
            getattr(obj, name)(value)


class _Opaque(str):
    """A str subclass whose own methods must not be used: its text is what counts."""

    def __getitem__(self, key: Any) -> str:
        raise AssertionError("the subclass's __getitem__ was called")

    def split(self, *args: Any, **kwargs: Any) -> list[str]:
        raise AssertionError("the subclass's split was called")

    def replace(self, *args: Any, **kwargs: Any) -> str:
        raise AssertionError("the subclass's replace was called")


@pytest.mark.parametrize("name", sorted(TEXT_CALLS))
def test_every_text_function_reads_a_str_subclass_as_its_text(name: str) -> None:
    """``detect``, ``name_key``, ``verify``… called the subclass's own methods (its
    ``__getitem__``, ``replace``, ``split``), so their results depended on them."""
    text = "Щука Иван Петров"
    assert TEXT_CALLS[name](_Opaque(text)) == TEXT_CALLS[name](text)


@pytest.mark.parametrize(
    ("cyrillic", "latin", "says"),
    [
        ("Щука " * 8_000, "Shchuka " * 8_000 + "x", "`cyrillic` has 40,000 characters, past 4,000"),
        ("Щука", "x" * 16_001, "`latin` has 16,001 characters, past 16,000"),
    ],
    ids=["cyrillic", "latin"],
)
def test_verify_of_a_text_past_its_limit_says_so(cyrillic: str, latin: str, says: str) -> None:
    """The search of the closest scheme matches characters pairwise: a 40,000-character text
    with one wrong letter took minutes, 10 million characters ended in MemoryError."""
    with pytest.raises(translit.ParameterError) as info:
        translit.verify(cyrillic, latin)
    assert str(info.value) == f"verify() checks a name or a title: {says}; check a long text a sentence at a time"  # fmt: skip
    longest = "Щука " * 800  # at the limit: a verdict
    assert translit.verify(longest, translit.romanize(longest, lang="ru")).accepted


@pytest.mark.parametrize("value", [None, 5, b"id = 'x'"], ids=repr)
def test_read_scheme_of_a_value_that_is_no_text_is_a_type_error(value: Any) -> None:
    """``read_scheme("x.toml", None)`` raised AttributeError ("'NoneType' object has no
    attribute 'replace'", from tomllib); bytes: "a bytes-like object is required, not 'str'"."""
    with pytest.raises(TypeError) as info:
        translit.read_scheme("x.toml", value)
    assert str(info.value) == f"read_scheme() takes a str, not {type(value).__name__}"


@pytest.mark.parametrize("nested", ["a = " + "[" * 100_000 + "]" * 100_000, "a = " + "{x=" * 100_000 + "1" + "}" * 100_000], ids=["arrays", "tables"])  # fmt: skip
def test_read_scheme_of_toml_nested_too_deeply_is_a_scheme_error(nested: str) -> None:
    """tomllib reads nested arrays and inline tables recursively: RecursionError."""
    with pytest.raises(translit.SchemeError) as info:
        translit.read_scheme("deep.toml", nested)
    assert str(info.value) == "deep.toml: arrays or inline tables nested too deeply (a scheme nests a few levels)"  # fmt: skip


# -- wrong types where the earlier sweeps drew only plain values (hostile12) -----------------
def _glossary() -> Any:
    from translit.glossary import Concept, Glossary, Term

    return Glossary([Concept("c1", terms=[Term("Щука", "ru"), Term("pike", "en")])])


_NOT_A_GLOSSARY = [None, "terms.csv", b"x", 3, [], __import__("pathlib").Path("terms.csv")]


@pytest.mark.parametrize("value", _NOT_A_GLOSSARY, ids=repr)
@pytest.mark.parametrize("name", ["lookup", "apply_text", "find_terms", "lint", "save"])
def test_a_glossary_function_given_no_glossary_says_what_it_takes(name: str, value: Any) -> None:
    """``lookup("terms.csv", "Щука")`` raised AttributeError: 'str' object has no attribute
    'fingerprint' (lint: 'path', save: 'concepts')."""
    from translit import glossary as G

    calls: dict[str, Callable[[Any], Any]] = {
        "lookup": lambda g: G.lookup(g, "Щука"),
        "apply_text": lambda g: G.apply_text("Щука", g, "en"),
        "find_terms": lambda g: G.find_terms("Щука", g),
        "lint": G.lint,
        "save": lambda g: G.save(g, "never-written.csv"),
    }
    with pytest.raises(TypeError) as info:
        calls[name](value)
    assert str(info.value).startswith(f"{name}() takes a Glossary (translit.glossary.load(path))")
    assert str(info.value).endswith(f"not {type(value).__name__}")


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda g: __import__("translit.glossary").glossary.apply_text("Щука", g, None), "apply_text() takes a str, not NoneType"),
        (lambda g: __import__("translit.glossary").glossary.apply_text("Щука", g, 5), "apply_text() takes a str, not int"),
        (lambda g: __import__("translit.glossary").glossary.apply_text("Щука", g, "en", langs="ru"), "`langs` is a tuple of language tags, not str ('ru'): write ('ru',)"),
        (lambda g: __import__("translit.glossary").glossary.find_terms("Щука", g, langs=b"ru"), "`langs` is a tuple of language tags, not bytes"),
        (lambda g: __import__("translit.glossary").glossary.find_terms("Щука", g, langs=[None]), "`langs` is a tuple of language tags, not [None]"),
        (lambda g: __import__("translit.glossary").glossary.lookup(g, "Щука", target=5), "lookup() takes a str, not int"),
    ],
)  # fmt: skip
def test_glossary_targets_and_languages_of_the_wrong_type(
    call: Callable[[Any], Any], message: str
) -> None:
    """``apply_text(…, target=None)`` raised AttributeError ('NoneType' object has no attribute
    'strip'); ``langs="ru"`` was read as the languages 'r' and 'u', and ``langs=b"ru"`` as 114
    and 117 (AttributeError)."""
    with pytest.raises(TypeError) as info:
        call(_glossary())
    assert message in str(info.value)


@pytest.mark.parametrize("fmt", [3, ["csv"], __import__("pathlib").Path("csv"), b"csv"], ids=repr)
def test_a_glossary_format_of_the_wrong_type(tmp_path: Any, fmt: Any) -> None:
    """``load(path, format=3)`` raised AttributeError: 'int' object has no attribute 'lower'."""
    from translit.glossary import load, save

    src = tmp_path / "g.csv"
    src.write_text("ru,en\nЩука,pike\n", encoding="utf-8")
    for call in (lambda: load(src, format=fmt), lambda: save(_glossary(), tmp_path / "o.csv", fmt)):
        with pytest.raises(TypeError, match=f"`format` is a str, not {type(fmt).__name__}"):
            call()


@pytest.mark.parametrize("name", ["g.csv", "g.tsv", "g.po", "g.tbx"])
def test_a_keyword_no_reader_takes_names_load_not_an_inner_reader(tmp_path: Any, name: str) -> None:
    """``load("g.csv", bogus=1)`` said "read_table() got an unexpected keyword argument"."""
    from translit.glossary import load, save

    save(_glossary(), tmp_path / name, source_lang="ru", target_lang="en")
    with pytest.raises(TypeError) as info:
        load(tmp_path / name, bogus=1)
    assert str(info.value).startswith("load() got an unexpected keyword argument 'bogus'")


@pytest.mark.parametrize(
    ("kw", "message"),
    [
        ({"text": None}, "Term(text=…) takes a str, not NoneType"),
        ({"text": 5}, "Term(text=…) takes a str, not int"),
        ({"text": b"x"}, "Term(text=…) takes a str, not bytes"),
        ({"lang": None}, "Term(lang=…) takes a str, not NoneType"),
        ({"lang": ["ru"]}, "Term(lang=…) takes a str, not list"),
    ],
)
def test_a_term_of_the_wrong_type(kw: dict[str, Any], message: str) -> None:
    """``Term(None, "ru")`` raised AttributeError ('NoneType' object has no attribute 'strip'),
    ``Term("x", ["ru"])`` "unhashable type: '_TrackedList'"."""
    from translit.glossary import Term

    with pytest.raises(TypeError) as info:
        Term(**{"text": "Щука", "lang": "ru", **kw})
    assert str(info.value) == message


@pytest.mark.parametrize("forms", ["Ельцин", ["Ельцин"], 5, b"x"], ids=repr)
def test_established_forms_of_the_wrong_type(forms: Any) -> None:
    """``romanize_for(text, "en", forms=["Ельцин"])`` raised AttributeError: 'list' object has
    no attribute 'items'."""
    from translit.names import TargetRomanizer, romanize_for

    for call in (
        lambda: romanize_for("Ельцин", "en", forms=forms),
        lambda: TargetRomanizer("en", forms),
    ):
        with pytest.raises(TypeError, match=f"`forms` is a mapping of Cyrillic → Latin forms, such as .*, not {type(forms).__name__}"):  # fmt: skip
            call()
    assert romanize_for("Ельцин", "en", forms={"Ельцин": "Jelzin"}) == "Jelzin"


@pytest.mark.parametrize("value", [b"\xc2\xab\xc2\xbb", 5, ["«»"]], ids=repr)
def test_normalize_quotes_and_dashes_of_the_wrong_type(value: Any) -> None:
    """``normalize(text, quotes=b"«»")`` raised AttributeError ('int' object has no attribute
    'splitlines')."""
    for name in ("quotes", "dashes"):
        with pytest.raises(TypeError, match=f"`{name}` is a str or None, not {type(value).__name__}"):  # fmt: skip
            translit.normalize("«Щука»", **{name: value})


def test_a_stream_method_given_no_stream_says_what_it_takes() -> None:
    """``romanize_stream("text", out)`` raised AttributeError: 'str' object has no attribute
    'read'."""
    r = translit.get_romanizer("bgn-pcgn", "ru")
    for value in ("Щука", None, b"x"):
        with pytest.raises(TypeError, match="`src` is a text stream"):
            r.romanize_stream(value, io.StringIO())  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="`dst` is a text stream"):
        r.romanize_stream(io.StringIO("Щука"), "out.txt")  # type: ignore[arg-type]


def test_romanize_with_a_scheme_and_a_target_says_they_clash() -> None:
    """``romanize("Ельцин", scheme="iso-9", target="de")`` gave 'Jelzin', the scheme ignored
    in silence (the command line refused -s with -t); the pandas accessor did the same."""
    import pandas as pd

    import translit.integrations.pandas

    with pytest.raises(translit.ParameterError, match="`scheme` 'iso-9' and `target` 'de' clash"):
        translit.romanize("Ельцин", scheme="iso-9", lang="ru", target="de")
    with pytest.raises(translit.ParameterError, match="clash"):
        pd.Series(["Ельцин"]).translit.romanize(scheme="iso-9", target="de")
    assert translit.romanize("Ельцин", lang="ru", target="de") == "Jelzin"


def test_a_scheme_from_the_environment_yields_to_a_typed_target() -> None:
    from click.testing import CliRunner

    from translit.cli import cli as main

    env = {"TRANSLIT_ROMANIZE_SCHEME": "iso-9"}
    res = CliRunner().invoke(main, ["romanize", "-t", "de"], input="Ельцин\n", env=env)
    assert (res.exit_code, res.stdout) == (0, "Jelzin\n"), res.output
    res = CliRunner().invoke(main, ["romanize", "-s", "iso-9", "-t", "de"], input="Ельцин\n")
    assert res.exit_code == 2 and "clash" in res.stderr


@pytest.mark.parametrize(
    ("call", "name"),
    [
        (lambda v: translit.get_romanizer("bgn-pcgn", "ru", reverse=v), "reverse"),
        (lambda v: translit.normalize("Щука", spaces=v), "spaces"),
        (lambda v: translit.normalize("Щука", homoglyphs=v), "homoglyphs"),
        (lambda v: translit.normalize_report("Щука", old_orthography=v), "old_orthography"),
    ],
)
@pytest.mark.parametrize("value", ["no", "false", None, 2, b"", [True]], ids=repr)
def test_a_switch_takes_a_bool(call: Callable[[Any], Any], name: str, value: Any) -> None:
    """``get_romanizer(…, reverse="no")`` gave a reverse romaniser and ``normalize(…,
    spaces="false")`` repaired spaces: any non-empty str is true (hostile12)."""
    with pytest.raises(TypeError, match=f"`{name}` is a bool \\(True or False\\), not "):
        call(value)


def test_a_switch_takes_numpy_bools_and_0_or_1() -> None:
    import numpy as np

    assert translit.normalize("Вла\u0301сов", homoglyphs=np.True_, spaces=0) == "Власов"
    assert translit.get_romanizer("bgn-pcgn", "ru", reverse=0) is translit.get_romanizer(
        "bgn-pcgn", "ru"
    )
