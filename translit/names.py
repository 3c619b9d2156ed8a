"""Names for English, German and French readers: target conventions, established forms, name keys.

``romanize(text, target="de")`` goes through :func:`romanize_for`:

1. the target (``"en"``, ``"de"``, ``"fr"`` or a locale such as ``"de_AT"``, ``"fr-CA"``, parsed
   with Babel) picks the reader convention: ``wikipedia`` (English), ``duden``, ``french``;
2. *established forms* are applied first (Чайковский → Tschaikowski, Москва → Moskau,
   СССР → UdSSR): a plain mapping Cyrillic → target form, by default built from
   ``glossaries/names.csv`` and Babel's CLDR country and city names (see :func:`established_forms`);
3. acronyms are written letter by letter with the convention's case rule;
4. everything else goes through the convention's scheme (initials keep title case: А. → A.).

Matching rule for established forms (documented in README.md):

* whole words only: a match never starts or ends inside a run of letters or digits (Cyrillic,
  Latin or any other script); multi-word entries match across single runs of whitespace;
* ё and е are the same letter, combining stress marks are ignored;
* names (persons, places) match only when written with a capital first letter; a name written
  in capitals gives the form in capitals (ЕЛЬЦИН → YELTSIN), otherwise the form as listed;
* acronyms match in any case when they span several words ("вс Конр" → ВС КОНР) and, for one
  word, when it is all capitals or has a capital after its first letter (so the noun "Воз" at
  the start of a sentence is never read as ВОЗ); an acronym without an established form in the
  target language is written letter by letter from its canonical capitals;
* inflection: place names also match in the oblique case forms of their last letter
  (Москве, Москвы, Новосибирска …) — person names never do, because Ельцина is also the
  feminine surname and Иванова another person than Иванов.

:func:`name_key` folds any rendering of a name (Cyrillic, or Latin in an English, German or
French convention) to one key, so that :func:`same_name` can tell Власов ≡ Wlassow ≡ Vlassov.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

from .catalogue import get_romanizer
from .errors import UnknownLanguageError
from .script import CYRILLIC_CLASS

if TYPE_CHECKING:  # pragma: no cover
    from .engine import Romanizer

__all__ = [
    "CONVENTIONS",
    "TargetRomanizer",
    "convention_for",
    "established_forms",
    "get_target_romanizer",
    "name_key",
    "romanize_for",
    "same_name",
    "target_language",
]

#: Target language → the reader convention (scheme id) used for it.
CONVENTIONS: dict[str, str] = {"en": "wikipedia", "de": "duden", "fr": "french"}

#: Row types of names.csv applied by romanisation (org and term rows are translations that
#: the glossary tools use; they are never substituted into romanised text).
APPLIED_TYPES = frozenset({"person", "place", "acronym"})

_CYR = CYRILLIC_CLASS
_MARKS = r"\u0300-\u036F"
_WORD = re.compile(f"[{_CYR}][{_CYR}{_MARKS}]*(?:[-\u2010][{_CYR}][{_CYR}{_MARKS}]*)*")
_PART = re.compile(f"[{_CYR}][{_CYR}{_MARKS}]*")
_CYR_VOWELS = frozenset("аеёиоуыэюяіїєў")


# -- targets ----------------------------------------------------------------------------------


def target_language(target: str) -> str:
    """The language (``en``, ``de``, ``fr``) of a target name or locale.

    >>> target_language("de_AT"), target_language("fr-CA"), target_language("en")
    ('de', 'fr', 'en')
    """
    from babel import Locale, UnknownLocaleError

    raw = target.strip().replace("-", "_")
    try:
        lang = Locale.parse(raw).language
    except (UnknownLocaleError, ValueError, TypeError):
        lang = raw.split("_")[0].lower()
    if lang not in CONVENTIONS:
        raise UnknownLanguageError(target, CONVENTIONS)
    return lang


def convention_for(target: str) -> str:
    """The scheme id of the reader convention for ``target``.

    >>> convention_for("de"), convention_for("fr_BE")
    ('duden', 'french')
    """
    return CONVENTIONS[target_language(target)]


# -- established forms: data ------------------------------------------------------------------


def _established_forms() -> tuple[dict[str, str], ...]:
    """The rows (type, ru, en, de, fr) of the shipped established-forms glossary.

    They come through the API layer (:func:`translit.shipped.name_rows`, which reads
    ``glossaries/names.csv`` with :mod:`translit.glossary`); names never reads glossaries.
    """
    from .shipped import name_rows

    return name_rows()


def _inflections(name: str) -> list[str]:
    """Oblique case forms of a one-word Russian place name (:func:`translit.morphology.forms`)."""
    if " " in name or len(name) < 4:
        return []
    from .morphology import forms

    return list(forms(name, "ru", hint="place", plural=False)[1:])


# CLDR territory codes that are not places (EU, UN, pseudo-locales, "unknown region"), and
# CLDR names that are also common words at the start of a Russian sentence (Того = "of that").
_CLDR_NOT_PLACES = frozenset({"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ"})
_CLDR_AMBIGUOUS = frozenset({"Того"})


def _cldr_places(lang: str) -> dict[str, str]:
    """Russian CLDR country and exemplar-city names → their names in ``lang`` (Babel).

    A name that is both a country and a city (Алжир) keeps the country.
    """
    from babel import Locale

    ru, loc = Locale("ru"), Locale(lang)
    out: dict[str, str] = {}

    def add(name: str, target: str) -> None:
        if target and name[:1].isupper() and name not in _CLDR_AMBIGUOUS and "(" not in name:
            out.setdefault(name, target.replace("_", " ").replace("\u00ad", ""))

    for code, name in ru.territories.items():
        if len(code) == 2 and code.isalpha() and code not in _CLDR_NOT_PLACES:
            add(name, loc.territories.get(code, ""))
    for zone, info in ru.time_zones.items():
        city = info.get("city")
        if city and not zone.startswith("Etc/"):
            add(city, loc.time_zones.get(zone, {}).get("city") or zone.rsplit("/", 1)[-1])
    return out


@functools.cache
def established_forms(target: str) -> Mapping[str, str]:
    """Cyrillic → established form in the target language, from the shipped data.

    Persons, places and acronyms of ``glossaries/names.csv`` plus Babel's CLDR country and
    city names; place names also under their oblique case forms. An acronym the data knows
    without a form in this language maps to ``""`` (written letter by letter).

    >>> established_forms("de")["Москва"], established_forms("fr")["Москве"]
    ('Moskau', 'Moscou')
    """
    lang = target_language(target)
    exact: dict[str, str] = {}
    places: dict[str, str] = {}
    for name, form in _cldr_places(lang).items():
        places[name] = form
    for row in _established_forms():
        kind, ru, form = row.get("type", ""), row.get("ru", ""), row.get(lang, "")
        if kind not in APPLIED_TYPES or not ru:
            continue
        if kind == "acronym":
            exact[ru] = form
        elif form:
            (places if kind == "place" else exact)[ru] = form
    exact = {**places, **exact}
    inflected: dict[str, str | None] = {}
    for name, form in places.items():
        for infl in _inflections(name):
            prev = inflected.get(infl, form)
            inflected[infl] = form if prev == form else None  # ambiguous: drop
    for infl, known in inflected.items():
        if known is not None:
            exact.setdefault(infl, known)
    return exact


# -- romanising for a target ------------------------------------------------------------------


@functools.lru_cache(maxsize=1 << 16)
def _fold_word(w: str) -> str:
    """:func:`_fold` of one word (cached: the hot path of :meth:`TargetRomanizer.romanize`)."""
    return _fold(w)


def _fold(s: str) -> str:
    """Look-up form: lower case, ё = е, stress marks (acute, grave) dropped, й kept."""
    s = unicodedata.normalize("NFD", s).replace("\u0301", "").replace("\u0300", "")
    s = unicodedata.normalize("NFC", s).lower().replace("ё", "е").replace("\u2010", "-")
    return " ".join(s.split())


def _is_acronym_form(ru: str) -> bool:
    letters = [c for c in ru if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


class TargetRomanizer:
    """Romanises text for readers of one language: established forms, acronyms, convention.

    >>> TargetRomanizer("de")("Пётр Чайковский, СССР")
    'Pjotr Tschaikowski, UdSSR'
    """

    __slots__ = ("_first", "_max_words", "_rom", "_table", "language")

    def __init__(self, target: str, forms: Mapping[str, str] | None = None) -> None:
        self.language = target_language(target)
        self._rom: Romanizer = get_romanizer(CONVENTIONS[self.language], "ru")
        if forms is None:
            forms = established_forms(self.language)
        table: dict[str, tuple[str, str, bool]] = {}
        for ru, form in forms.items():
            acro = _is_acronym_form(ru)
            table.setdefault(_fold(ru), (ru, form, acro))
        self._table = table
        self._first = frozenset(k.split(" ", 1)[0] for k in table)
        self._max_words = max((k.count(" ") + 1 for k in table), default=1)

    def __repr__(self) -> str:
        return f"<TargetRomanizer {self.language!r} ({self._rom.scheme.id})>"

    def acronym(self, word: str) -> str:
        """``word`` (Cyrillic capitals) letter by letter with the convention's case rule.

        >>> TargetRomanizer("de").acronym("ВЧК"), TargetRomanizer("fr").acronym("МГИМО")
        ('WTschK', 'MGIMO')
        """
        pieces = [self._rom.romanize(ch) for ch in word.upper() if ch.isalpha()]
        title = self._rom.scheme.body.acronyms == "title"
        if title and not any(ch in _CYR_VOWELS for ch in word.lower()):
            return "".join(pieces)
        return "".join(pieces).upper()

    def _hit(self, span: str) -> str | None:
        entry = self._table.get(_fold(span))
        if entry is None:
            return None
        ru, form, acro = entry
        letters = [c for c in span if c.isalpha()]
        if acro:
            if " " not in ru and not (
                all(c.isupper() for c in letters) or any(c.isupper() for c in letters[1:])
            ):
                return None
            if form:
                return form
            return " ".join(self.acronym(w) for w in ru.split())
        if not letters[0].isupper():
            return None
        if len(letters) > 1 and all(c.isupper() for c in letters):
            return form.upper()
        return form

    def romanize(self, text: str) -> str:
        """Romanise ``text`` for this target (see the module docstring for the rules)."""
        words = list(_WORD.finditer(text))
        if not words:
            return text
        joined = "".join(m.group() for m in words)
        has_lower = joined != joined.upper()
        out: list[str] = []
        pos = 0
        i = 0
        rom = self._rom.romanize
        while i < len(words):
            first = words[i]
            done = 0
            maxn = min(self._max_words, len(words) - i)
            if _fold_word(first.group()) not in self._first:
                maxn = 0  # no entry starts with this word: skip the look-ups
            for n in range(maxn, 0, -1):
                last = words[i + n - 1]
                if n > 1 and not all(
                    text[words[k].end() : words[k + 1].start()].isspace()
                    for k in range(i, i + n - 1)
                ):
                    continue
                if not _bounded(text, first.start(), last.end()):
                    continue
                form = self._hit(text[first.start() : last.end()])
                if form is not None:
                    out.append(rom(text[pos : first.start()]))
                    out.append(form)
                    pos = last.end()
                    done = n
                    break
            if done:
                i += done
                continue
            w = first.group()
            if (
                w.isupper()
                and "-" not in w
                and sum(c.isalpha() for c in w) >= 2
                and (has_lower or len(w) <= 5 or not _has_vowel(w))
                and _bounded(text, first.start(), first.end())
            ):
                out.append(rom(text[pos : first.start()]))
                out.append(self.acronym(w))
                pos = first.end()
            elif "-" in w or "\u2010" in w:
                # a compound not listed as a whole: its parts may be (Горбачёв-фонд)
                start = first.start()
                for part in _PART.finditer(w):
                    form = self._hit(part.group())
                    if form is not None:
                        out.append(rom(text[pos : start + part.start()]))
                        out.append(form)
                        pos = start + part.end()
            i += 1
        out.append(rom(text[pos:]))
        return "".join(out)

    __call__ = romanize


def _has_vowel(word: str) -> bool:
    return any(c in _CYR_VOWELS for c in word.lower())


def _bounded(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    return not (before.isalnum() or after.isalnum())


@functools.cache
def get_target_romanizer(target: str) -> TargetRomanizer:
    """The cached :class:`TargetRomanizer` for ``target`` with the shipped established forms.

    >>> get_target_romanizer("fr")("Москва")
    'Moscou'
    """
    lang = target_language(target)
    if lang != target:
        return get_target_romanizer(lang)
    return TargetRomanizer(lang)


def romanize_for(text: str, target: str, forms: Mapping[str, str] | None = None) -> str:
    """Romanise ``text`` for readers of ``target`` (``en``/``de``/``fr`` or a locale).

    ``forms`` (Cyrillic → established form) replaces the shipped established forms.

    >>> romanize_for("Андрей Андреевич Власов", "de")
    'Andrei Andrejewitsch Wlassow'
    >>> romanize_for("Ельцин", "fr-CA")
    'Eltsine'
    """
    if forms is not None:
        return TargetRomanizer(target, forms).romanize(text)
    return get_target_romanizer(target).romanize(text)


# -- name keys --------------------------------------------------------------------------------

# Ordered rewrite rules (data): per-convention spellings → one English-like spelling, then a
# coarse phonetic fold. Each rule is (pattern, replacement), applied with re.sub in order.
_FOLD_FR: tuple[tuple[str, str], ...] = (
    (r"chtch", "shch"),
    (r"tch", "\x01"),
    (r"ch", "sh"),
    (r"\x01", "ch"),
    (r"ou", "u"),
    (r"j", "zh"),
    (r"gu(?=[eiy])", "g"),
    (r"(?<=[aeiouy])ss(?=[aeiouy])", "s"),
    (r"(?<=[iy])ne\b", "n"),
)
_FOLD_DE: tuple[tuple[str, str], ...] = (
    (r"schtsch", "\x02"),
    (r"tsch", "\x01"),
    (r"sch", "\x03"),
    (r"ch", "kh"),
    (r"\x02", "shch"),
    (r"\x01", "ch"),
    (r"\x03", "sh"),
    (r"w", "v"),
    (r"z", "ts"),
    (r"(?<=[aeiouy])ss(?=[aeiouy])", "s"),
    (r"j", "y"),
)
_FOLD_ALL: tuple[tuple[str, str], ...] = (
    (r"x", "ks"),
    (r"ph", "f"),
    (r"gh", "g"),
    (r"ff\b", "v"),
    (r"andre?\b", "andr"),
    (r"ander\b", "andr"),
    (r"ck", "k"),
    (r"q", "k"),
    (r"shch|sch", "S"),
    (r"sh|zh", "S"),
    (r"tch|ch", "C"),
    (r"kh|h", "H"),
    (r"c", "k"),
    (r"z", "s"),
    (r"w", "v"),
    (r"j", "y"),
    (r"[iy]+o", "e"),
    (r"[iy]+(?=[aeou])", ""),
    (r"(?<=[SC])o", "e"),
    (r"S(?=t)", "s"),
    (r"y", "i"),
    (r"(.)\1+", r"\1"),
)
# Spelling markers of the French and German conventions; the strong ones also decide the
# flavour of the other words of the same name (Michail in "Michail Gorbatschow").
_FR_STRONG = re.compile(r"ou|[ïéèê]|gu[ei]|[iy]ne\b|(?<![iy])j(?![aeiouy])|\bji")
_FR_MARK = re.compile(_FR_STRONG.pattern + r"|(?<!s)tch")
_DE_STRONG = re.compile(r"w|sch")
_DE_MARK = re.compile(r"w|sch|j|ow\b|ew\b")


def _apply(rules: Iterable[tuple[str, str]], s: str) -> str:
    for pattern, repl in rules:
        s = re.sub(pattern, repl, s)
    return s


def _flavour(
    text: str, fr: re.Pattern[str] = _FR_MARK, de: re.Pattern[str] = _DE_MARK
) -> tuple[tuple[str, str], ...] | None:
    """The spelling rules of the convention ``text`` seems written in (None: no marker)."""
    raw = text.lower()
    if fr.search(raw) and not _DE_STRONG.search(raw):
        return _FOLD_FR
    if de.search(raw):
        return _FOLD_DE
    return None


def _latin_word_key(word: str, flavour: tuple[tuple[str, str], ...]) -> str:
    s = unicodedata.normalize("NFD", word.lower())
    s = "".join(c for c in s if c.isascii() and c.isalpha())
    return _apply(_FOLD_ALL, _apply(flavour, s))


def _prepared(name: str) -> str:
    text = unicodedata.normalize("NFC", name)
    if re.search(f"[{_CYR}]", text):
        text = re.sub("[ёЁ]", lambda m: "йо" if m.group() == "ё" else "Йо", text)
        text = get_romanizer("bgn-pcgn", "ru").romanize(text)
    return text


def _keys(text: str, defaults: Iterable[tuple[tuple[str, str], ...]]) -> list[str]:
    words = re.split(r"[\s\-\u2010]+", text)
    out = []
    for default in defaults:
        keys = [_latin_word_key(w, _flavour(w) or default) for w in words]
        out.append(" ".join(k for k in keys if k))
    return out


def name_key(name: str) -> str:
    """A cross-language key: renderings of the same name in any reader convention collide.

    Cyrillic is romanised (BGN/PCGN, ё read as yo); each Latin word is read in the convention
    its spelling shows (tsch/sch/w: German; ou/ï/gu/-ine: French; else the name's other words
    decide, else English) and folded by ordered rewrite rules (tsch→ch, sch→sh, w→v, ss→s
    between vowels, ï→i, -sky/-ski/-skiy → -ski, ...).

    >>> name_key("Власов") == name_key("Wlassow") == name_key("Vlassov")
    True
    >>> name_key("Tchaïkovski") == name_key("Chaykovskiy")
    True
    """
    text = _prepared(name)
    return _keys(text, [_flavour(text, _FR_STRONG, _DE_STRONG) or ()])[0]


def _key_variants(name: str) -> set[str]:
    """:func:`name_key` plus, for Latin words whose spelling shows no convention, their keys
    read as German and as French too (Archilocha may be German for Архилоха)."""
    if re.search(f"[{_CYR}]", name):
        return {name_key(name)}
    text = _prepared(name)
    strong = _flavour(text, _FR_STRONG, _DE_STRONG)
    return set(_keys(text, [strong] if strong is not None else [(), _FOLD_DE, _FOLD_FR]))


def same_name(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` are renderings of the same name.

    True when their :func:`name_key` match, or when a Latin name without any spelling marker
    matches once read as German or French (Bucharin ≡ Бухарин, Vorochilov ≡ Ворошилов).

    >>> same_name("Чайковский", "Tschaikowski"), same_name("Власов", "Волков")
    (True, False)
    """
    return not _key_variants(a).isdisjoint(_key_variants(b))
