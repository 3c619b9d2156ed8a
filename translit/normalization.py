"""Text normalisation before romanisation: Unicode form, look-alike letters, stress, old spelling.

Real Cyrillic text arrives decomposed (macOS, PDFs), with Latin letters typed into Cyrillic
words (``PОА`` with a Latin P), with stress accents (``Влáсов``), in the pre-1918 spelling
(``Власовъ``, ``Россія``) or with mixed typography. :func:`normalize` repairs all of it, each
rule behind its own option, and :func:`normalize_report` lists every change it would make
(offset, line, column, before, after, rule) so an editor can review them.

Rules, in the order they apply (each one is independent; the data lives in
``translit/data/normalize.toml``, and for mojibake in ``translit/data/encodings.toml``):

``mojibake``
    ``True`` (default): text that was decoded with the wrong encoding and saved so is read
    right (``Ð’Ð»Ð°Ñ\\x81Ð¾Ð²`` and ``Р’Р»Р°СЃРѕРІ``: UTF-8 read as windows-1252 and as
    windows-1251; ``Àíäðåé``: windows-1251 read as windows-1252; ``бОДТЕК``: KOI8-R read as
    windows-1251), also when misread twice; everything else is kept as it is (see
    :func:`translit.encodings.repair_mojibake`). The other rules then apply to the repaired
    text. Rule ``mojibake``.
``form``
    Unicode normalisation form (``"NFC"`` by default, ``"NFD"``, ``"NFKC"``, ``"NFKD"``;
    ``None`` leaves the form alone). Rule name ``unicode``.
``homoglyphs``
    Look-alike repair. A *word* is a run of Latin and Cyrillic letters (with combining marks
    and soft hyphens); anything else - digits, hyphens, apostrophes, other scripts - ends it.
    Only words holding both Latin and Cyrillic letters are touched. A letter is a *look-alike*
    when the data gives it an image in the other script (Latin P ↔ Cyrillic Р, Latin ë ↔ ё via
    its base letter), otherwise it is *distinctive* (Latin n, Cyrillic ж). Then:

    1. distinctive letters of both scripts: the word is genuinely mixed and left alone
       (``iPhoneом``, ``ГОГОЛЬfest``);
    2. distinctive letters of one script only: the look-alikes of the other script become
       that script (``Bаpвapа`` → ``Варвара``, ``Vlasоv`` with a Cyrillic о → ``Vlasov``);
    3. look-alikes only: the script with more letters wins, a tie goes to Cyrillic
       (``PОА`` → ``РОА``, ``КОНP`` → ``КОНР``).

    A word in one script is never changed, so ``iPhone-ом`` (two words), ``T-34`` and ``Т-34``
    (a one-letter word and a number) and every Latin or Cyrillic word pass through as typed:
    a whole word in the wrong script cannot be told from an intended one. A look-alike of the
    apostrophe (`` ` ‘ ′ ´``) between a consonant and a vowel an apostrophe comes before
    (я ю є ї ё е і) is the Ukrainian and Belarusian apostrophe, ’ (``Знам`янка`` →
    ``Знам’янка``), and the word goes on. Rule ``homoglyph``.
``stress``
    ``"strip"`` (default) removes the combining acute and grave (U+0301, U+0300) from Cyrillic
    vowels, precomposed ``ѐ``/``ѝ`` included; й and ё keep their marks, NFD input included. In
    Bulgarian and Macedonian text the grave on е and и is kept (``ѝ`` "her"). ``"keep"`` leaves
    stress marks. Rule ``stress``.
``old_orthography``
    Off by default. The 1918 reform for Russian text: ѣ → е, і → и, ѳ → ф, ѵ → и, word-final ъ
    dropped (``Власовъ`` → ``Власов``, ``Россія`` → ``Россия``), and the pronoun forms the reform
    respelled (``онѣ`` → ``они``, ``ея`` → ``её``). The adjective endings -аго/-яго and -ыя/-ія
    are *not* changed: the reform changed them in adjectives and participles only, which needs
    grammar, and names keep them (Живаго, Сантьяго, Чикаго). Only Russian text is changed (і is a
    letter of Ukrainian and Belarusian, ъ a vowel of Bulgarian): with ``lang`` given, only when
    it is ``ru``; otherwise the letters decide, because detectors trained on modern text take old
    Russian for Belarusian or Bulgarian. Text with ѣ, ѳ, ѵ or a word-final ъ is old Russian; text
    with a letter of another alphabet (ї є ґ ў ј љ …), with і before a consonant (він, Мінск: the
    old spelling wrote і only before vowels and in міръ) or with ъ before a consonant (ъгъл) is
    not; text with і before vowels only is; text with none of these (only the pronouns ея, нея)
    is changed if :func:`translit.detection.detect` says Russian. Only words without Latin letters
    are changed. Rule ``old-orthography``.
``yo``
    ``"keep"`` (default) or ``"fold"`` (ё → е, Ё → Е, as indexes and search do). Rule ``yo``.
``quotes``
    ``None`` (default) or a style: ``"guillemets"`` «», ``"german"`` „“, ``"english"`` “”,
    ``"ascii"`` "", or any two characters (opening, closing). Every double quotation mark
    becomes the style's opening mark after a space, an opening bracket, another quote or the
    start of the text, otherwise the closing one; a mark between spaces keeps the direction of
    its glyph (« opening, » closing) or is left as it is. Nesting is not rebuilt. Rule ``quotes``.
``dashes``
    ``None`` (default) or ``"em"`` —, ``"en"`` –, ``"hyphen"`` -, or one character: ‒ – — ―, and a
    hyphen standing alone between spaces, become that dash. Rule ``dashes``.
``spaces``
    ``False`` (default) or ``True``: no-break, narrow no-break (French typography), thin and
    fixed-width spaces become an ordinary space; soft hyphens are removed. Rule ``spaces``.

With the defaults, text without Cyrillic letters passes through unchanged if it is already
NFC, and ``normalize(normalize(x)) == normalize(x)`` for every string and option set.
:data:`ROMANIZE_DEFAULTS` are the options ``translit romanize --normalize`` uses.

Speed: a text that needs nothing costs two scans in C (the triggers' characters, and those a
normal form can change, :func:`translit.script.unstable`, with ``unicodedata``'s check only
around them); only the whitespace-separated tokens that contain a trigger (mixed scripts, a
mark, an old letter, a quote…) are examined in Python, and their results are memoised.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
import unicodedata
from collections.abc import Iterator, Mapping
from typing import Any, NamedTuple, TypedDict

from .encodings import mojibake_edits
from .engine.lookalike import letter
from .errors import ParameterError, shown, want_bool, want_names, want_str
from .normalization_rules import (
    LETTERS,
    RULES,
    Form,
    Options,
    Plan,
    apply_edits,
    load_data,
    mixed_letters,
    plan,
)
from .script import LINE_END_RE, NORMAL_FORMS

__all__ = [
    "DASH_STYLES",
    "DEFAULTS",
    "FORMS",
    "QUOTE_STYLES",
    "ROMANIZE_DEFAULTS",
    "RULES",
    "Change",
    "NormalizeOptions",
    "language_of",
    "normalize",
    "normalize_report",
]

#: Unicode normalisation forms accepted by ``form`` (``None`` = leave the form alone).
FORMS: tuple[str, ...] = NORMAL_FORMS
_FORMS: dict[str, Form] = {f: f for f in NORMAL_FORMS}


class NormalizeOptions(TypedDict, total=False):
    """The keyword options of :func:`normalize`, for functions that pass them on (the pandas
    accessor's and Dask's ``normalize``): a type checker then knows each one's type.

    >>> opts: NormalizeOptions = {"yo": "fold", "quotes": "german"}
    >>> normalize("«Ёлка»", **opts)
    '„Елка“'
    """

    mojibake: bool
    form: str | None
    homoglyphs: bool
    stress: str
    old_orthography: bool
    yo: str
    quotes: str | None
    dashes: str | None
    spaces: bool
    lang: str | None


#: Every option of :func:`normalize` with its default value.
DEFAULTS: NormalizeOptions = {
    "mojibake": True,
    "form": "NFC",
    "homoglyphs": True,
    "stress": "strip",
    "old_orthography": False,
    "yo": "keep",
    "quotes": None,
    "dashes": None,
    "spaces": False,
    "lang": None,
}

#: The options of ``translit romanize --normalize``: NFC, look-alike repair, stress removal;
#: everything else off (spelling, ё, typography are the author's, not the romaniser's; a
#: misread file is repaired by ``translit normalize``, where the report shows each repair).
ROMANIZE_DEFAULTS: Mapping[str, Any] = {
    "mojibake": False,
    "form": "NFC",
    "homoglyphs": True,
    "stress": "strip",
    "old_orthography": False,
    "yo": "keep",
    "quotes": None,
    "dashes": None,
    "spaces": False,
}


class Change(NamedTuple):
    """One change: ``text[offset:offset + len(before)]`` becomes ``after``.

    ``offset`` counts code points from 0; ``line`` and ``column`` count from 1 (lines end at
    LF, CRLF or a CR alone, :data:`translit.script.LINE_END_RE`). ``rule`` names the rule(s) that made it, joined by ``+`` (e.g. ``homoglyph+stress``).
    """

    offset: int
    line: int
    column: int
    before: str
    after: str
    rule: str


#: One edit: ``text[start:end]`` becomes the replacement; the last item names the rule(s).
Edit = tuple[int, int, str, str]

#: Named quote styles: name -> opening and closing mark (also accepted: any two characters).
QUOTE_STYLES: Mapping[str, str] = dict(load_data().quote_styles)
#: Named dash styles: name -> dash (also accepted: any one character).
DASH_STYLES: Mapping[str, str] = dict(load_data().dash_styles)


def _check(
    form: str | None,
    stress: str,
    yo: str,
    quotes: str | None,
    dashes: str | None,
) -> tuple[Form | None, str | None, str | None]:
    data = load_data()
    checked: Form | None = None
    if form is not None:
        checked = _FORMS.get(str(form).upper())
        if checked is None:
            raise ParameterError(f"`form` must be one of {', '.join(FORMS)} or None, not {form!r}")
    if stress not in ("strip", "keep"):
        raise ParameterError(f"`stress` must be 'strip' or 'keep', not {stress!r}")
    if yo not in ("keep", "fold"):
        raise ParameterError(f"`yo` must be 'keep' or 'fold', not {yo!r}")
    for name, value in (("quotes", quotes), ("dashes", dashes)):
        if value is not None and not isinstance(value, str):  # (bytes: AttributeError)
            raise TypeError(f"`{name}` is a str or None, not {type(value).__name__}")
    pair = None
    if quotes is not None:
        pair = data.quote_styles.get(quotes, quotes)
        if len(pair) != 2 or not _inline(pair):
            names = ", ".join(data.quote_styles)
            raise ParameterError(
                f"`quotes` must be one of {names} or two characters (not line breaks), not {shown(quotes)}"
            )
    dash = None
    if dashes is not None:
        dash = data.dash_styles.get(dashes, dashes)
        if len(dash) != 1 or not _inline(dash):
            names = ", ".join(data.dash_styles)
            raise ParameterError(
                f"`dashes` must be one of {names} or one character (not a line break), not {shown(dashes)}"
            )
    return checked, pair, dash


def _inline(chars: str) -> bool:
    """Whether ``chars`` are neither line breaks, control characters nor lone surrogates (a
    byte of an argument that is not UTF-8): ``quotes="\\n\\n"`` cut every quoted line in
    three (and the FILE:LINE of the report with it).

    >>> _inline("«»"), _inline("\\n\\n"), _inline("\\x00")
    (True, False, False)
    """
    return all(
        c.splitlines() == [c]
        and c >= " "
        and not "\x7f" <= c <= "\x9f"
        and not "\ud800" <= c <= "\udfff"
        for c in chars
    )


@functools.lru_cache(maxsize=64)
def _language(lang: str) -> str:
    """The folder code of ``lang`` as every other function reads it (``BG``, ``bg-BG``,
    ``bul`` → ``bg``: written so, the Bulgarian ѝ lost its grave and ``RU`` kept the old
    spelling), or :class:`~translit.UnknownLanguageError` for a language no function knows
    (``xx`` was kept and normalised as some language). ``el``, ``hy``, ``ka`` (romanised
    through transliterate) are normalised too."""
    from .catalogue import DELEGATED, lang_arg

    return lang_arg(want_str(lang, "normalize()"), ("auto", "und", *DELEGATED))


def _resolve_lang(text: str, lang: str | None) -> str:
    if lang:
        return lang
    from .detection import detect

    return detect(text)


def _plan_for(
    text: str,
    *,
    form: str | None,
    homoglyphs: bool,
    stress: str,
    old_orthography: bool,
    yo: str,
    quotes: str | None,
    dashes: str | None,
    spaces: bool,
    lang: str | None,
) -> Plan | None:
    """The plan for ``text`` under these options; None: it leaves ``text`` as it is."""
    checked, pair, dash = _check(form, stress, yo, quotes, dashes)
    homoglyphs = want_bool(homoglyphs, "homoglyphs")  # (spaces="no" repaired spaces)
    old_orthography = want_bool(old_orthography, "old_orthography")
    spaces = want_bool(spaces, "spaces")
    if lang == "":
        lang = None
    elif lang is not None:
        lang = _language(lang)
        lang = None if lang in ("auto", "und") else lang
    data = load_data()
    opts = Options(
        checked,
        bool(homoglyphs),
        stress == "strip",
        False,
        yo == "fold",
        pair,
        dash,
        bool(spaces),
        False,
        lang,
    )
    if not old_orthography and plan(opts).untouched(text):
        return None  # nothing to repair (a grave is a stress mark the quick check sees)
    needs_old = old_orthography and bool(
        _old().hint.search(text)
        or _old().word_hint.search(text)
        or (homoglyphs and mixed_letters(True).search(text))
    )
    needs_grave = opts.stress and bool(
        _grave().search(text)
        or (homoglyphs and _lookalike_grave().search(text) and mixed_letters(True).search(text))
    )
    if not (needs_old or needs_grave):
        return plan(opts)
    # The language-dependent rules decide on the text as the other rules leave it (graves
    # stripped), so that normalize's own output, read again, leads to the same decisions.
    base = apply_edits(text, plan(opts).edits(text)) if not lang else text
    detected: list[str] = []

    def language() -> str:
        if lang:
            return lang
        if not detected:
            detected.append(_resolve_lang(base, None))
        return detected[0]

    old = needs_old and _is_old_russian(base, lang, language)
    # text read as old Russian is Russian: its graves are stress marks (ЍѢ → ИЕ; deciding the
    # grave by the letters, Bulgarian, kept Ѝ, and the output ЍЕ, read again, was Russian)
    keep_grave = bool(needs_grave) and not old and language() in data.keep_grave_langs
    return plan(opts._replace(old=old, keep_grave=keep_grave))


def _is_old_russian(text: str, lang: str | None, language: Any) -> bool:
    """Whether ``old_orthography`` applies to ``text`` (see the module documentation)."""
    data = load_data()
    if lang:
        return lang in data.old_langs
    old = _old()
    if old.strong.search(text):  # ѣ ѳ ѵ, or a hard sign ending a word after a consonant
        return True
    if any(c in text for c in data.other_letters) or old.bg_hard_sign.search(text):
        return False
    for m in old.i_before_consonant.finditer(text):
        s = m.start()
        if not (text[s - 1 : s] in "мМ" and text[s + 1 : s + 2] in "рР"):
            return False  # і before a consonant: Ukrainian or Belarusian (old Russian: only міръ)
    if "і" in text or "І" in text:  # і before vowels only, as the old spelling wrote it
        return True
    return language() in data.old_langs  # only the respelled pronouns (ея, нея): ask


def language_of(text: str) -> str | None:
    """The language :func:`normalize` assumes for ``text`` when ``lang`` is not given.

    Russian when the letters show the old orthography (see ``old_orthography`` above: detectors
    take old Russian for Belarusian or Bulgarian), else :func:`translit.detection.detect`; ``None``
    without Cyrillic. The command line decides once per file with it.

    >>> language_of("Власовъ и Россія"), language_of("Київ")
    ('ru', 'uk')
    """
    from .detection import detect

    found = detect(text)
    if _is_old_russian(text, None, lambda: found):
        return "ru"
    return None if found == "und" else found


class _OldSigns(NamedTuple):
    """The signs of the pre-1918 spelling (and against it) that :func:`_is_old_russian` reads."""

    hint: re.Pattern[str]  # a letter the old spelling may hold
    word_hint: re.Pattern[str]  # a respelled pronoun (ея)
    strong: re.Pattern[str]  # ѣ ѳ ѵ, or a hard sign ending a word after a consonant
    bg_hard_sign: re.Pattern[str]  # a hard sign before a consonant (Bulgarian)
    i_before_consonant: re.Pattern[str]  # і before a consonant (Ukrainian, Belarusian)


@functools.cache
def _old() -> _OldSigns:
    """Compiled on first use: only ``old_orthography`` and :func:`language_of` need them."""
    return _OldSigns(
        hint=re.compile("[ѣѢѳѲѵѴѷѶіІъЪ]"),
        word_hint=re.compile("[яЯ](?<=(?i:ея))"),
        strong=re.compile(
            f"[{re.escape(load_data().old_evidence)}]"
            f"|(?<=[бвгджзклмнпрстфхцчшщБВГДЖЗКЛМНПРСТФХЦЧШЩ])[ъЪ](?![{LETTERS}])"
        ),
        bg_hard_sign=re.compile("[ъЪ](?=[бвгджзйклмнпрстфхцчшщБВГДЖЗЙКЛМНПРСТФХЦЧШЩ])"),
        i_before_consonant=re.compile("[іІ](?![аеёиіоуыэюяйѣАЕЁИІОУЫЭЮЯЙѢ])"),
    )


@functools.cache
def _grave() -> re.Pattern[str]:
    """A grave accent, alone or in a letter (compiled on first use)."""
    return re.compile("[ѐѝЀЍ\u0300\u0340]")


@functools.cache
def _lookalike_grave() -> re.Pattern[str]:
    """A Latin letter with a grave that the look-alike rule makes a Cyrillic letter keeping its
    grave in Bulgarian and Macedonian (normalize.toml [stress] keep_grave: è for ѐ, as in сè
    typed with a Latin è): a line holding one decides the grave as a line holding ѐ does, and
    not by the lines beside it (compiled on first use).

    >>> _lookalike_grave().pattern
    '[Èè]'
    """
    found = set()
    for kept in load_data().keep_grave_letters:
        for cyrillic in (kept, kept.upper()):
            latin = letter(cyrillic)[1]
            typed = unicodedata.normalize("NFC", f"{latin}\u0300") if latin else ""
            if len(typed) == 1 and letter(typed)[1] == unicodedata.normalize(
                "NFC", f"{cyrillic}\u0300"
            ):
                found.add(typed)
    return re.compile(f"[{''.join(sorted(found))}]" if found else "(?!)")


def normalize(
    text: str,
    *,
    mojibake: bool = True,
    form: str | None = "NFC",
    homoglyphs: bool = True,
    stress: str = "strip",
    old_orthography: bool = False,
    yo: str = "keep",
    quotes: str | None = None,
    dashes: str | None = None,
    spaces: bool = False,
    lang: str | None = None,
) -> str:
    """Return ``text`` normalised (see the module documentation for each option).

    ``lang`` is the language of the text (``ru``, ``uk``…); it only matters for
    ``old_orthography`` and Bulgarian/Macedonian graves, and is detected when not given (``None``
    or ``"auto"``).
    A bad option value raises :class:`ValueError`.

    >>> normalize("PОА, КОНP")        # Latin P in Cyrillic words
    'РОА, КОНР'
    >>> normalize("Влáсов")           # stress mark U+0301
    'Власов'
    >>> normalize("Власовъ из Россіи", old_orthography=True)
    'Власов из России'
    >>> normalize("Київ", old_orthography=True, lang="uk")
    'Київ'
    >>> normalize("«Ёлка»", yo="fold", quotes="german")
    '„Елка“'
    >>> normalize("Ð’Ð»Ð°Ñ\\x81Ð¾Ð² Ð¸ Ð\\xa0ÐžÐ\\x90")   # UTF-8 read as windows-1252
    'Власов и РОА'
    """
    text = want_str(text, "normalize()")
    want_names("normalize()", lang=lang)  # (a list: "unhashable type" from a cache)
    opts = {"form": form, "homoglyphs": homoglyphs, "stress": stress}
    opts |= {"old_orthography": old_orthography, "yo": yo, "quotes": quotes, "dashes": dashes}
    opts |= {"spaces": spaces, "lang": lang}
    edits = _edits(text, mojibake, opts)
    first = next(edits, None)
    if first is None:
        return text
    return apply_edits(text, itertools.chain((first,), edits))


_ROUNDS = 4  # mojibake, then the other rules, again while the rules leave new mojibake behind


def _edits(text: str, mojibake: bool, opts: dict[str, Any]) -> Iterator[Edit]:
    """The edits :func:`normalize` makes to ``text``: mojibake read right first, then the other
    rules, again while they change what they left (``О\\u00ad\\u0301``: the soft hyphen
    removed, the stress mark stands on О) or leave a line that reads as mojibake (``IëЀЀ``
    becomes ``ІёЕЕ``, KOI8-R read as windows-1251), so that normalising twice changes nothing
    more. With ``mojibake`` off (romanize --normalize), the rules run once, as before."""
    if not want_bool(mojibake, "mojibake"):  # (mojibake="no" repaired it)
        plan = _plan_for(text, **opts)  # one pass, as romanize --normalize wants it: a second
        return plan.edits(text) if plan is not None else iter(())  # scans the text again
    edits = _mojibake(text)
    current = apply_edits(text, edits) if edits else text
    for _ in range(_ROUNDS):
        plan = _plan_for(current, **opts)
        more = list(plan.edits(current)) if plan is not None else []
        if not more:
            break
        after = apply_edits(current, more)
        edits = compose_edits(edits, more, current) if edits else more
        current = after
        again = _mojibake(current, more)
        if again:
            edits = compose_edits(edits, again, current)
            current = apply_edits(current, again)
    return iter(edits)


def _mojibake(text: str, made: list[Edit] | None = None) -> list[Edit]:
    """The mojibake repairs of ``text`` as edits of the rule ``mojibake``; with ``made`` (the
    edits that gave ``text``), only in the lines they changed: only there can the other rules
    have left mojibake behind."""
    spans = None
    if made is not None:
        spans, shift = [], 0
        for s, e, rep, _ in made:
            spans.append((s + shift, s + shift + len(rep)))
            shift += len(rep) - (e - s)
    return [(s, e, rep, "mojibake") for s, e, rep in mojibake_edits(text, spans)]


def normalize_report(
    text: str,
    *,
    mojibake: bool = True,
    form: str | None = "NFC",
    homoglyphs: bool = True,
    stress: str = "strip",
    old_orthography: bool = False,
    yo: str = "keep",
    quotes: str | None = None,
    dashes: str | None = None,
    spaces: bool = False,
    lang: str | None = None,
) -> list[Change]:
    """The changes :func:`normalize` makes to ``text`` with the same options, in text order.

    Applying them (each ``before`` at ``offset`` replaced by ``after``) gives ``normalize(text)``.

    >>> [tuple(c) for c in normalize_report("в РОА и КОНP")]
    [(11, 1, 12, 'P', 'Р', 'homoglyph')]
    >>> [tuple(c) for c in normalize_report("Àíäðåé\\nÐ’Ð»Ð°Ñ\\x81Ð¾Ð²")]
    [(0, 1, 1, 'Àíäðåé', 'Андрей', 'mojibake'), (7, 2, 1, 'Ð’Ð»Ð°Ñ\\x81Ð¾Ð²', 'Власов', 'mojibake')]
    """
    text = want_str(text, "normalize_report()")
    want_names("normalize_report()", lang=lang)
    opts = {"form": form, "homoglyphs": homoglyphs, "stress": stress}
    opts |= {"old_orthography": old_orthography, "yo": yo, "quotes": quotes, "dashes": dashes}
    opts |= {"spaces": spaces, "lang": lang}
    changes: list[Change] = []
    newlines: list[int] | None = None
    for s, e, rep, rule in _edits(text, mojibake, opts):
        if newlines is None:
            newlines = [m.end() - 1 for m in LINE_END_RE.finditer(text)]
        line = bisect.bisect_left(newlines, s)
        col = s - (newlines[line - 1] + 1 if line else 0)
        changes.append(Change(s, line + 1, col + 1, text[s:e], rep, rule))
    return changes


def compose_edits(first: list[Edit], second: list[Edit], between: str) -> list[Edit]:
    """The edits of a text that do what ``first`` does to it (giving ``between``) and then what
    ``second`` does to ``between``; edits of the two that overlap become one, their rules
    joined by ``+``. All lists are ``(start, end, replacement, rule)`` in text order, without
    overlaps.

    >>> text = "xy cdeF"
    >>> first = [(0, 2, "Ж", "a"), (6, 7, "", "a")]            # "Ж cde"
    >>> second = [(0, 1, "Z", "b"), (2, 3, "y", "b")]          # "Z yde"
    >>> compose_edits(first, second, "Ж cde")
    [(0, 2, 'Z', 'a+b'), (3, 4, 'y', 'b'), (6, 7, '', 'a')]
    """
    # each edit of ``first`` as (start in between, end in between, start in text, end in text)
    images, shift, shifts = [], 0, [0]  # shifts[k]: the length the first k edits added
    for s, e, rep, _ in first:
        images.append((s + shift, s + shift + len(rep), s, e))
        shift += len(rep) - (e - s)
        shifts.append(shift)
    ends = [img[1] for img in images]

    def back(pos: int) -> int:  # a position of ``between`` outside every image, in the text
        return pos - shifts[bisect.bisect_right(ends, pos)]

    # groups of overlapping edits: (start, end) in between, with their first and second edits
    pieces = sorted(
        [(a, b, 0, i) for i, (a, b, _, _) in enumerate(images)]
        + [(s, e, 1, i) for i, (s, e, _, _) in enumerate(second)]
    )
    groups: list[list[Any]] = []
    for a, b, which, i in pieces:
        if groups and a < groups[-1][1]:  # an insertion at either end of an edit keeps apart
            groups[-1][1] = max(groups[-1][1], b)
            groups[-1][2].append((which, i))
        else:
            groups.append([a, b, [(which, i)]])
    out: list[Edit] = []
    for lo, hi, members in groups:
        firsts = [images[i] for which, i in members if which == 0]
        seconds = [second[i] for which, i in members if which == 1]
        start = firsts[0][2] if firsts and firsts[0][0] == lo else back(lo)
        end = firsts[-1][3] if firsts and firsts[-1][1] == hi else back(hi)
        rep = apply_edits(between[lo:hi], ((s - lo, e - lo, r, u) for s, e, r, u in seconds))
        rules = [first[i][3] for which, i in members if which == 0] + [u for *_, u in seconds]
        out.append((start, end, rep, "+".join(dict.fromkeys(rules))))
    return out
