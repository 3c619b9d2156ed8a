"""Reader conventions: romanising a source language for readers of a target language.

``romanize(text, lang="uk", target="de")`` goes through :func:`romanize_for`:

1. the target (``"en"``, ``"de"``, ``"fr"`` or a locale such as ``"de_AT"``, ``"fr-CA"``, parsed
   with Babel) and the source language pick the reader convention
   (``translit/data/names/conventions.toml``): the source language's own ``wikipedia``
   (English), ``duden`` or ``french`` scheme — ru, uk and be have all three — else a documented
   fallback (the language's official, Latin, national or BGN/PCGN scheme, else the Russian
   convention) whose scholarly letters ì ï ŭ are folded to i i u;
2. *established forms* are applied first (Чайковский → Tschaikowski, Харків → Charkiw,
   СССР → UdSSR; :mod:`translit.names.forms`), then, for Russian sources, given names keep
   their common form (Юрий → Yuri, Juri, Iouri) with or without patronymic and surname;
3. a surname after a given name (of the tables, or one the morphological dictionary reads as a
   given name) takes its readers' ending (``[surnames]``: Mykola Khvylovy, Sergei Krikalev);
4. acronyms are written letter by letter with the convention's case rule, a name in capitals
   as a word (ПЕТРОВ → PETROV);
5. a name the text spells with е for ё gets its ё back (``[yo]``: Федоров → Fyodorov);
6. everything else goes through the convention's scheme (initials keep title case: А. → A.).

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
* phrases: only the form listed (the nominative) is replaced; an inflected name (Москвой,
  России) is transcribed by the convention, never replaced by the nominative exonym
  (Битва под Москвой → Bitwa pod Moskwoi, not "pod Moskau");
* a given name that is also an ordinary word (Вера, Роман, Лев) is applied only when another
  capitalised word follows it (Лев Толстой → Leo Tolstoi; Лев спит → Lew spit).
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Container, Mapping
from typing import TYPE_CHECKING

from .. import _datafiles as datafiles
from ..catalogue import (
    find_scheme,
    get_romanizer,
    get_scheme,
    lang_arg,
    languages,
    norm_lang,
    reader_romanizer,
)
from ..engine.case import BREAKS, CLOSE, OPEN, CapsLines
from ..engine.lookalike import ends_capitals, numeral_runs
from ..engine.memo import MAX_KEY, WORD_MEMO, make_room
from ..errors import TranslitError, UnknownLanguageError, want_names, want_str
from ..morphology import LANGUAGES as MORPHOLOGY_LANGUAGES
from ..morphology import (
    agrees_with_noun,
    declension_table,
    declined_nominatives,
    function_parts,
    genitive_only,
    is_adjective,
    is_common_word,
    is_declined_name,
    is_given_name,
    is_inflected_form,
    is_proper_name,
    is_surname,
    is_whole_common_word,
    is_word,
    lexemes,
    listed_readings,
    names_nothing,
    person_declined,
    person_genders,
    singular_declined,
    surname_before_place,
    surname_declined,
    surname_genders,
    surname_lemmas,
    yo_spelling,
)
from ..morphology import forms as word_forms
from ..script import (
    CYRILLIC_VOWELS,
    INVISIBLE,
    MARKS,
    WORD_APOSTROPHES,
    char_class,
    drop_marks,
    vowels,
)
from .chinese import LANGUAGES as CHINESE_SOURCES
from .chinese import chinese_name, marked_word
from .chinese import may_read as chinese_may_read
from .chinese import syllables as chinese_syllables
from .forms import (
    CYRILLIC,
    READERS,
    ROMAN_NUMERAL,
    convention_ids,
    conventions_config,
    elsewhere_variants,
    established_rows,
    fold,
    foreign_given_forms,
    given_forms,
    given_names,
    given_spellings,
    oblique_forms,
    place_words,
    regnal_forms,
    regnal_numeral,
    shipped_forms,
    shipped_variants,
    source_given_forms,
    source_order,
    south_slavic_given,
)
from .japanese import has_marker, hepburn_word, named_pair, single_word
from .japanese import syllables as japanese_syllables
from .keys import same_name
from .korean import LETTERS_OF as KOREAN_LETTERS_OF
from .korean import korean_name
from .korean import surname as korean_surname
from .korean import syllables as korean_syllables
from .syllables import HYPHEN as _HYPHEN

if TYPE_CHECKING:  # pragma: no cover
    from ..engine import Romanizer
    from ..shipped import NameRow

__all__ = [
    "CONVENTIONS",
    "TargetRomanizer",
    "convention_for",
    "foreign_surnames",
    "get_target_romanizer",
    "initials_space",
    "regnal_forms",
    "regnal_numeral",
    "romanize_for",
    "target_language",
]


_config = conventions_config

#: Target language → the id of its reader-convention scheme (in each source language's folder).
CONVENTIONS: dict[str, str] = dict(convention_ids())

_CYR = CYRILLIC
# stress marks, and a soft hyphen, a joiner or a variation selector inside a word (Ель\xadцин)
_MARKS = char_class(MARKS + INVISIBLE)
_APOS = WORD_APOSTROPHES  # the Ukrainian and Belarusian apostrophe, inside a word
_GROUP = re.Match.group  # (a match's text, called from C: map(_GROUP, words))
_WORD = re.compile(
    f"[{_CYR}][{_CYR}{_MARKS}]*(?:[{_APOS}][{_CYR}][{_CYR}{_MARKS}]*)*"
    f"(?:[-\u2010][{_CYR}][{_CYR}{_MARKS}]*(?:[{_APOS}][{_CYR}][{_CYR}{_MARKS}]*)*)*"
)
_PART = re.compile(f"[{_CYR}][{_CYR}{_MARKS}]*")


# -- targets ----------------------------------------------------------------------------------


def initials_space(target: str) -> str:
    """What ``target``'s readers write between a given name's initials and before the surname
    (conventions.toml ``[initials] space``: V. V. Poutine, W. W. Putin; a space where the
    table names none).

    >>> initials_space("fr"), initials_space("de-AT")
    (' ', ' ')
    """
    spaces = _config().get("initials", {}).get("space", {})
    return str(spaces.get(target_language(target), " "))


def target_language(target: str) -> str:
    """The language (``en``, ``de``, ``fr``) of a target name or locale.

    >>> target_language("de_AT"), target_language("fr-CA"), target_language("en")
    ('de', 'fr', 'en')
    """
    from babel import Locale, UnknownLocaleError

    if not isinstance(target, str):
        raise TypeError(f"a target language is a str, not {type(target).__name__}")
    raw = target.strip().replace("-", "_")
    try:
        lang = Locale.parse(raw).language
    except (UnknownLocaleError, ValueError, TypeError):
        lang = raw.split("_")[0].lower()
    if lang not in CONVENTIONS:
        raise UnknownLanguageError(target, CONVENTIONS)
    return lang


def established_variants(target: str, source: str = "ru") -> Mapping[str, tuple[str, ...]]:
    """Source spelling → every established form in ``target`` (preferred first): ``target`` a
    reader language or locale as :func:`target_language` reads it, ``source`` a language code
    as every function reads it (``de_AT`` gave the CLDR names alone, ``DE`` a
    FileNotFoundError, ``xx`` an almost empty mapping; an unknown one is now an
    :class:`~translit.UnknownLanguageError`). See :func:`~.forms.shipped_variants`.

    >>> established_variants("fr", "uk")["Київ"], established_variants("fr_CA", "uk-UA")["Київ"]
    (('Kiev', 'Kyiv'), ('Kiev', 'Kyiv'))
    """
    return shipped_variants(target_language(target), lang_arg(source))


def established_forms(target: str, source: str = "ru") -> Mapping[str, str]:
    """Source spelling → the preferred established form in ``target`` (``""``: an acronym
    written letter by letter), the arguments read as :func:`established_variants` reads them.

    >>> established_forms("de")["Москва"], established_forms("en", "uk")["Харків"]
    ('Moskau', 'Kharkiv')
    """
    return shipped_forms(target_language(target), lang_arg(source))


def _has(sid: str, lang: str, kind: str | None = None) -> bool:
    try:
        scheme = find_scheme(sid, lang)
    except TranslitError:
        return False
    if scheme is None:
        return False
    # the language's own scheme of that name or alias (bgn-pcgn is Uzbek's bgn-pcgn-2000), never
    # a scheme of the "any" folder
    return scheme.language == lang and (kind is None or scheme.kind == kind)


@functools.cache
def _convention(target: str, source: str) -> tuple[str, str, bool]:
    """(scheme id, its language, whether it is a fallback) for readers of ``target``."""
    lang = target_language(target)
    src = norm_lang(source)
    if src not in languages():
        raise UnknownLanguageError(source, languages())
    sid = CONVENTIONS[lang]
    if _has(sid, src, "convention"):
        return sid, src, False
    config = _config()["fallback"]
    if (via := config.get("convention_of", {}).get(src)) is not None:  # (Rusyn: Ukrainian's)
        return sid, via, True
    if src not in _russian(lang):
        for fallback in config["schemes"]:
            if _has(fallback, src):
                return fallback, src, True
    return sid, "ru", True


def convention_for(target: str, lang: str = "ru") -> str:
    """The scheme id romanising ``lang`` for readers of ``target``.

    >>> convention_for("de"), convention_for("fr_BE", "uk"), convention_for("en", "bg")
    ('duden', 'french', 'official')
    """
    want_names("convention_for()", target=target, lang=lang)  # (before the cache hashes them)
    return _convention(target, lang)[0]


@functools.cache
def _reader_fold(sid: str, lang: str, fallback: bool) -> dict[int, str] | None:
    """The fold of ``conventions.toml``: scholarly letters that reach the output through a
    fallback scheme, or through ISO 9 for a letter a convention lacks, become plain letters;
    a convention keeps the letters it writes itself, in both cases (the French convention's ï,
    Ï in a word in capitals: ZAÏTSEV).

    >>> french, duden = _reader_fold("french", "ru", False), _reader_fold("duden", "ru", False)
    >>> ord("Ï") in french, ord("Ï") in duden
    (False, True)
    """
    scheme = get_scheme(sid, lang)
    body = scheme.body
    # the Russian convention a language falls back to (Tatar, Bashkir) still writes its own ï
    written = body.written if not fallback or scheme.kind == "convention" else frozenset()
    own = written | {c.upper() for c in written}
    table = {k: v for k, v in _config()["fallback"]["fold"].items() if k not in own}
    return str.maketrans(table) if table else None


# -- romanising for a target ------------------------------------------------------------------


@functools.lru_cache(maxsize=1 << 16)
def _fold_word(w: str) -> str:
    """:func:`fold` of one word (cached: the hot path of :meth:`TargetRomanizer.romanize`)."""
    return fold(w)


@functools.cache
def _patronymic(source: str = "") -> re.Pattern[str]:
    """A patronymic (``[patronymic]`` of conventions.toml), folded; with ``source``, also the
    middle names of that language (``[patronymic.languages]``: Bulgarian Христов)."""
    config = _config()["patronymic"]
    endings = "|".join((*config["endings"], *config.get("languages", {}).get(source, ())))
    return re.compile(f"^[{_CYR}]+(?:{endings})$")


def _is_patronymic(folded: str, source: str = "") -> bool:
    """Whether the folded word is a patronymic: of an ending of :func:`_patronymic`, or one
    ``[patronymic.irregular]`` lists (Ільіч, Ілліч, Кузьмич: no ending rule reads them).
    (:meth:`TargetRomanizer._after_given` reads the endings alone: a one-word listed person
    after a given name and such a patronymic stays read, Петро Ілліч Чайковський.)"""
    return folded in _irregular_patronymics() or bool(_patronymic(source).match(folded))


@functools.cache
def _irregular_patronymics() -> Mapping[str, tuple[str, str]]:
    """Folded patronymic of ``[patronymic.irregular]`` (every language's) → (the folded
    father's given name it is of, "son" or "daughter"): Якаўлевіч → (якаў, son)."""
    out: dict[str, tuple[str, str]] = {}
    for table in _config()["patronymic"].get("irregular", {}).values():
        for father, (son, daughter) in table.items():
            out[fold(son)] = (fold(father), "son")
            out[fold(daughter)] = (fold(father), "daughter")
    return out


def _irregular_patronymic_of(gid: str, sex: str, lang: str) -> str | None:
    """The ``lang`` patronymic (``sex``) of the given name ``gid`` that ``[patronymic.irregular]``
    lists (Яков → Яковлевич), or None: a name the ending rules do not form."""
    table = _config()["patronymic"].get("irregular", {}).get(lang, {})
    for g in given_names():
        if g.id == gid:
            for name in g.spellings.get(lang, ()):
                for spelling in dict.fromkeys((name, name.replace("ё", "е"))):
                    if spelling in table:
                        return str(table[spelling][0 if sex == "son" else 1])
    return None


@functools.cache
def _surname_rules(
    source: str, target: str
) -> tuple[dict[str, str], tuple[tuple[re.Pattern[str], str], ...]]:
    """``[surnames.<source>.<target>]`` of conventions.toml: Cyrillic ending (lower case, after a
    consonant) → reader ending (Ukrainian -ський → English -sky, Russian -ёв → English -ev), and
    its ``rewrites``: (pattern, Cyrillic replacement) applied to the rest of the surname."""
    table = dict(_config().get("surnames", {}).get(source, {}).get(target, {}))
    rewrites = _compiled_rewrites(table.pop("rewrites", []))
    return {k.lower(): v for k, v in table.items()}, rewrites


def _compiled_rewrites(pairs: list[list[str]]) -> tuple[tuple[re.Pattern[str], str], ...]:
    """Rewrites of conventions.toml, (pattern, Cyrillic replacement): patterns read in any case,
    as :func:`_rewritten` applies them (a name in capitals takes the rewrite its small letters
    take)."""
    return tuple((re.compile(p, re.IGNORECASE), r) for p, r in pairs)


def _rewritten(word: str, rewrites: tuple[tuple[re.Pattern[str], str], ...]) -> str:
    """``word`` after ``rewrites`` (:func:`_compiled_rewrites`), each replacement in the case
    of the letters it replaces.

    >>> _rewritten("ЧАЙКА", _compiled_rewrites([["(?<=а)й(?=к)", "и"]]))
    'ЧАИКА'
    >>> _rewritten("НЕСЦЯРЭНКА Несцярэнка", _compiled_rewrites([["(?<=ц)я", "іа"]]))
    'НЕСЦІАРЭНКА Несціарэнка'
    >>> _rewritten("Хуршид ХОН Х.", _compiled_rewrites([["х", "кҳ"]]))
    'Кҳуршид КҲОН КҲ.'
    """
    for pattern, repl in rewrites:
        word = pattern.sub(functools.partial(_in_case_of, repl), word)
    return word


def _in_case_of(repl: str, match: re.Match[str]) -> str:
    """``repl`` in the case of the letters ``match`` replaces: a capital before a small letter
    takes a capital only on the replacement's first letter."""
    if not match.group().isupper():
        return repl
    after = match.string[match.end() : match.end() + 1]
    return repl[:1].upper() + repl[1:] if after.islower() else repl.upper()


#: A surname ending of ``[surnames]`` that starts with a vowel follows a consonant letter
#: (Крикалёв, not Соловьёв); -ський, -цький follow anything (Нечуй-Левицький).
_NOT_BEFORE = frozenset("аеёиоуыэюяіїєьъ'’ʼ-")


def _is_acronym_form(ru: str) -> bool:
    if not ru.isupper():  # (most forms: a lower-case letter, found in C; an acronym is upper)
        return False
    letters = [c for c in ru if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _upper(forms: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(f.upper() for f in forms)


def _word_caps(span: str, forms: tuple[str, ...]) -> tuple[str, ...]:
    """``forms`` of the listed name ``span`` with each word in capitals that ``span`` writes
    in capitals, where a form is as many capitalised words as ``span`` (a surname in capitals,
    as French and bibliographic usage write it, stays so: Юлия ТИМОШЕНКО → Yulia TYMOSHENKO);
    an acronym's capitals (РСР: three letters or fewer, or no vowel) are no such styling, and a
    form with a word in small letters (RSS d'Ukraine) does not follow the text word for word.

    >>> _word_caps("Андрей ВЛАСОВ", ("Andrey Vlasov", "Andrei Vlasov"))
    ('Andrey VLASOV', 'Andrei VLASOV')
    >>> _word_caps("Нижний Новгород", ("Nizhny Novgorod",))
    ('Nizhny Novgorod',)
    >>> _word_caps("Українська РСР", ("RSS d'Ukraine", "Ukrainian SSR"))
    ("RSS d'Ukraine", 'Ukrainian SSR')
    """
    words = span.split()
    caps = [sum(c.isalpha() for c in w) > 3 and w.isupper() and _has_vowel(w) for w in words]
    if not any(caps):
        return forms
    out = []
    for form in forms:
        parts = form.split(" ")
        if len(parts) == len(words) and all(p[:1].isupper() for p in parts):
            parts = [p.upper() if up else p for p, up in zip(parts, caps, strict=True)]
        out.append(" ".join(parts))
    return tuple(out)


def _russian(target: str) -> frozenset[str]:
    """The source languages romanised for readers of ``target`` by the Russian convention
    (``[fallback] russian`` and ``russian_for`` of conventions.toml)."""
    config = _config()["fallback"]
    return frozenset((*config["russian"], *config.get("russian_for", {}).get(target, ())))


@functools.cache
def _respelling(source: str, target: str) -> tuple[tuple[re.Pattern[str], str], ...]:
    """The letter rules of ``[russian_spelling.<source>]`` (keys.toml) for a language romanised
    by the Russian convention for readers of ``target`` (Tatar, Bashkir; Kazakh for English and
    French readers): its letters as the Russian spelling writes them (Җәлил → Джалил, Көкшетау →
    Кокшетау), before the Russian convention."""
    return _russian_letters(source) if source in _russian(target) else ()


@functools.cache
def _russian_letters(source: str) -> tuple[tuple[re.Pattern[str], str], ...]:
    """The letter rules of ``[russian_spelling.<source>]`` (keys.toml): ``source``'s spelling
    of a name as Russian spells it (Belarusian Пуцін → Путин, Лукашэнка → Лукашенко)."""
    rules = datafiles.load_toml("names", "keys.toml").get("russian_spelling", {}).get(source, [])
    return tuple((re.compile(r["rule"][0]), r["rule"][1]) for r in rules)


@functools.lru_cache(maxsize=1 << 12)
def _as_russian(word: str, source: str) -> str:
    """``word`` of ``source`` spelled as Russian spells it (:func:`_russian_letters`), cached:
    every capitalised word of a Ukrainian or Belarusian line no other rule takes asks it.

    >>> _as_russian("Пуцін", "be"), _as_russian("Єльцин", "uk")
    ('Путин', 'Ельцин')
    """
    for pattern, repl in _russian_letters(source):
        word = pattern.sub(repl, word)
    return word


#: A Roman numeral after a name (Пётр I, Николай II, Иван IV), not followed by a letter or digit
_NUMERAL = re.compile(rf"[ \t\u00a0]+({ROMAN_NUMERAL})(?!\w)")


@functools.cache
def _regnal_names(source: str, target: str) -> dict[str, tuple[str, bool]]:
    """``[regnal]`` of conventions.toml: folded spelling of a given name of ``source`` → (its
    regnal form in ``target`` (a row of ``[regnal.names]`` is en, de, fr), or ``""`` where it
    keeps its given-name form; is a woman's).

    >>> _regnal_names("ru", "de")["николай"], _regnal_names("ru", "fr")["иван"]
    (('Nikolaus', False), ('', False))
    """
    config = _config().get("regnal", {})
    if source not in ("ru", "uk", "be") or target not in READERS:
        return {}
    names = config.get("names", {})
    out: dict[str, tuple[str, bool]] = {}
    for g in given_names():
        form = names[g.id][READERS.index(target)] if g.id in names else ""
        for spelling in g.spellings.get(source, ()):
            out.setdefault(fold(spelling), (form, g.sex == "f"))
    return out


@functools.cache
def _given_table(source: str, target: str) -> Mapping[str, tuple[tuple[str, ...], bool]]:
    """The given names of ``source`` for readers of ``target``: its own table's
    (:func:`given_forms`), and for the languages ``[given] russian`` (conventions.toml) names
    for the reader the Russian spellings of ``given_names.csv`` as readers write the Russian
    name (Kazakh Александр Винокуров: Alexander Vinokourov; not Uzbek in French: Rustam).

    >>> _given_table("kk", "en")["александр"][0][0], "александр" in _given_table("uz", "fr")
    ('Alexander', False)
    """
    own = given_forms(target, source)
    if source not in _config()["given"].get("russian", {}).get(target, ()):
        return own
    return {**given_forms(target, "ru"), **own}


@functools.cache
def _respelled(
    source: str,
) -> tuple[str, re.Pattern[str], tuple[tuple[re.Pattern[str], str], ...]] | None:
    """``[respelled.<source>]`` of conventions.toml: the language whose persons ``source``
    spells in its own letters, the ending of their surnames, and the rewrites that spell such a
    word in that language's letters (None: no such table).

    >>> _respelled("ru")[0], _respelled("uk")
    ('sr', None)
    """
    table = _config().get("respelled", {}).get(source)
    if not table:
        return None
    ending = re.compile(table["surname"], re.IGNORECASE)
    return str(table["lang"]), ending, _compiled_rewrites(table["rewrites"])


def _in_word_case(word: str, respelled: str) -> str:
    """``respelled`` (small letters) in the case of ``word``: capitals, capitalised or small.

    >>> _in_word_case("ЯКОВ", "јаков"), _in_word_case("Яков", "јаков")
    ('ЈАКОВ', 'Јаков')
    """
    if word.isupper() and len(word) > 1:
        return respelled.upper()
    return respelled[:1].upper() + respelled[1:] if word[:1].isupper() else respelled


@functools.cache
def _person_rules(
    source: str, target: str
) -> tuple[str | None, tuple[tuple[re.Pattern[str], str], ...]]:
    """``[persons.<target>]`` of conventions.toml: the scheme that writes a person's name (a
    capitalised word next to another) of ``source``, where it is not the convention, and the
    rewrites (pattern, Cyrillic replacement) applied to such a word before it is written.

    >>> _person_rules("bg", "fr"), _person_rules("bg", "en")
    (('official', ()), (None, ()))
    >>> _person_rules("kk", "en")[1][0][1]
    'и'
    >>> _person_rules("uz", "en")[1][0][1]
    'кҳ'
    """
    table = _config().get("persons", {}).get(target, {})
    scheme = table.get(source, {}).get("scheme")
    rewrites = table.get("rewrites", []) if source in table.get("languages", ()) else []
    compiled = _compiled_rewrites([*rewrites, *table.get(source, {}).get("rewrites", ())])
    if source in table.get("surname_rewrites", ()):
        compiled += _surname_rules(source, target)[1]
    return (str(scheme) if scheme else None), compiled


@functools.cache
def _izofa(source: str) -> tuple[str, tuple[tuple[re.Pattern[str], str], ...]]:
    """``[izofa.<source>]`` of conventions.toml: the letters a text must write for the izofa
    to be read, and the rewrites that drop it from a word of a person's name that another
    follows (Tajik Рустами Эмомалӣ → Рустам Эмомалӣ).

    >>> _izofa("tg")[0], len(_izofa("tg")[1]), _izofa("ru")
    ('ӣ', 3, ('', ()))
    """
    table = _config().get("izofa", {}).get(source, {})
    rewrites = tuple((re.compile(p), r) for p, r in table.get("rewrites", ()))
    return str(table.get("needs", "")), rewrites


def _spaced(text: str, words: list[re.Match[str]], i: int, j: int) -> bool:
    """Whether words ``i`` to ``j`` of ``text`` stand apart by white space alone (the words of
    one name, not two across a comma, a dash or a line's punctuation); true for ``i == j``.

    >>> ws = list(re.finditer(r"\\w+", "Лев Толстой, Ясная"))
    >>> _spaced("Лев Толстой, Ясная", ws, 0, 1), _spaced("Лев Толстой, Ясная", ws, 0, 2)
    (True, False)
    """
    if j == i + 1:  # (the case most callers ask: two words)
        return text[words[i].end() : words[j].start()].isspace()
    return all(text[words[k].end() : words[k + 1].start()].isspace() for k in range(i, j))


def _name_word(
    text: str, words: list[re.Match[str]], i: int, j: int, short: Container[str] = ()
) -> bool:
    """Whether word ``j`` of ``text`` is a name beside word ``i``: capitalised, of three letters
    or more (or, lower-cased, in ``short``), and apart from word ``i`` by white space alone (a
    surname beside a given name, not a name standing alone, nor Мари Эл); the one test of the
    helpers below and of :meth:`TargetRomanizer._foreign_hit`.

    >>> t = "Мари Эл, Витторио Де Сика"
    >>> ws = list(re.finditer(r"\\w+", t))
    >>> _name_word(t, ws, 0, 1), _name_word(t, ws, 1, 2), _name_word(t, ws, 2, 3, {"де"})
    (False, False, True)
    """
    if not 0 <= j < len(words):
        return False
    w = words[j].group()
    return (
        (len(w) >= 3 or w.lower() in short)
        and w[:1].isupper()
        and _spaced(text, words, min(i, j), max(i, j))
    )


def _before_name(text: str, words: list[re.Match[str]], i: int) -> bool:
    """Whether a name (:func:`_name_word`) follows word ``i``: the surname after a given name,
    the word the izofa joins it to."""
    return _name_word(text, words, i, i + 1)


def _in_name(text: str, words: list[re.Match[str]], i: int) -> bool:
    """Whether word ``i`` stands next to a name (:func:`_name_word`): a given name and a
    surname, not a name standing alone."""
    return _name_word(text, words, i, i - 1) or _name_word(text, words, i, i + 1)


class TargetRomanizer:
    """Romanises text of one source language for readers of one target language:
    established forms, given names, acronyms, then the convention.

    >>> TargetRomanizer("de")("Пётр Чайковский, СССР")
    'Pjotr Tschaikowski, UdSSR'
    >>> TargetRomanizer("de", lang="uk")("Володимир Зеленський, Харків")
    'Wolodymyr Selenskyj, Charkiw'
    """

    __slots__ = (
        "_alone",
        "_alone_first",
        "_alone_parts",
        "_chinese",
        "_elsewhere",
        "_elsewhere_first",
        "_elsewhere_words",
        "_first",
        "_fold",
        "_fold_chars",
        "_foreign",
        "_generic_forms",
        "_generics",
        "_given",
        "_given_names",
        "_given_places",
        "_initials",
        "_izofa",
        "_japanese",
        "_keyed",
        "_korean",
        "_letters",
        "_max_words",
        "_morph",
        "_named_words",
        "_oblique",
        "_oblique_ends",
        "_oblique_keys",
        "_oblique_places",
        "_oblique_starts",
        "_pairs",
        "_person",
        "_person_fold",
        "_person_rewrites",
        "_places",
        "_plain_words",
        "_regnal",
        "_respell",
        "_respelled",
        "_rewrites",
        "_rom",
        "_surnames",
        "_table",
        "_three_first",
        "_unsure",
        "_vowels",
        "_yo",
        "language",
        "source",
    )

    def __init__(
        self,
        target: str,
        forms: Mapping[str, str | tuple[str, ...]] | None = None,
        lang: str = "ru",
    ) -> None:
        self.language = target_language(target)
        sid, scheme_lang, fallback = _convention(self.language, lang)
        self.source = norm_lang(lang)
        self._vowels = vowels(self.source)  # (Bulgarian ъ is one: ТЪЙ is a word)
        # a scheme a convention falls back to writes the letters it lacks (another alphabet's:
        # Serbian џ in Kyrgyz text) as the conventions do, without ISO 9's marks (dz, not ǰ)
        self._rom: Romanizer = (
            reader_romanizer(sid, scheme_lang) if fallback else get_romanizer(sid, scheme_lang)
        )
        person, self._person_rewrites = _person_rules(self.source, self.language)
        self._izofa = _izofa(self.source)  # (the letters it needs, its rewrites)
        self._generics = frozenset(_config().get("generics", {}).get(self.source, ()))
        self._initials: dict[str, str] = dict(_config().get("initials", {}).get(self.language, {}))
        generic = _config().get("generic_forms", {}).get(self.language, {}).get(self.source, {})
        self._generic_forms: dict[str, str] = {str(k): str(v) for k, v in generic.items()}
        self._person = reader_romanizer(person, self.source) if person else None
        # a persons' scheme that is a standard (Tajik BGN/PCGN) leaves its marks folded too
        self._person_fold = _reader_fold(person, self.source, True) if person else None
        self._respell = _respelling(self.source, self.language) if fallback else ()
        self._fold = _reader_fold(sid, scheme_lang, fallback)
        # the characters the fold changes, as a set: a text holding none is folded whole
        self._fold_chars = frozenset(map(chr, self._fold or ()))
        self._letters: dict[tuple[str, str], str] = {}  # _acronym_letter's values
        table: dict[str, tuple[str, tuple[str, ...], bool]] = {}
        shipped = forms is None
        if forms is not None and not isinstance(forms, Mapping):  # (a list: AttributeError)
            raise TypeError(
                "`forms` is a mapping of Cyrillic → Latin forms, such as {'Ельцин': 'Yeltsin'}, "
                f"not {type(forms).__name__}"
            )
        if forms is None:
            forms = shipped_variants(self.language, self.source)
            self._given = _given_table(self.source, self.language)
            self._foreign = foreign_given_forms(self.source)
            self._given_places = _given_places(self.source)
            self._oblique = oblique_forms(self.source)
            self._places = place_words(self.source)
            self._regnal = _regnal_names(self.source, self.language)
            self._surnames, self._rewrites = _surname_rules(self.source, self.language)
            self._alone, self._unsure = _surname_table(self.language, self.source)
            self._elsewhere = elsewhere_variants(self.language, self.source)
        else:
            self._given, self._oblique, self._surnames, self._rewrites = {}, frozenset(), {}, ()
            self._foreign = {}
            self._given_places = frozenset()
            self._places = frozenset()
            self._regnal = {}
            self._alone, self._unsure = {}, {}
            self._elsewhere = {}
        self._elsewhere_first = frozenset(k.split(" ", 1)[0] for k in self._elsewhere)
        self._elsewhere_words = max((k.count(" ") + 1 for k in self._elsewhere), default=1)
        self._alone_first = frozenset(k.split(" ", 1)[0] for k in self._alone)
        # the first parts of its hyphenated surnames of one word, whose cases are read too
        self._alone_parts = frozenset(
            k.split("-", 1)[0] for k in self._alone if "-" in k and " " not in k
        )
        self._given_names = given_spellings(self.source) if shipped else frozenset()
        self._pairs = _person_spellings(self.source, 2) if shipped else frozenset()
        self._respelled = _respelled(self.source) if shipped else None
        # the words a listed person's name in an oblique case may decline from (_oblique_person)
        self._oblique_keys = (
            frozenset(w for k in self._pairs for w in k.split(" "))
            | frozenset(self._alone)
            | _person_words(self.source)
            if shipped and self.source in _oblique_sources()
            else frozenset()
        )
        # their first four letters: a word that starts otherwise needs no dictionary look-up
        self._oblique_starts = frozenset(k[:4] for k in self._oblique_keys)
        # the first words of the persons of three words whose last word alone declines
        self._three_first = (
            frozenset(k.split(" ", 1)[0] for k in _person_spellings(self.source, 3))
            if self._oblique_keys
            else frozenset()
        )
        # per word, bounded (the oldest half goes when full): whether it may end a name in
        # an oblique case (_may_end_oblique), whether a word without a capital may start a rule
        self._oblique_ends: dict[str, bool] = {}
        self._plain_words: dict[str, bool] = {}
        # per capitalised word, bounded: whether a rule that reads the word itself may take it
        self._named_words: dict[str, bool] = {}
        self._morph = self.source in _config()["given"]["morphology"]
        self._yo = shipped and self.source in _config()["yo"]["languages"]
        # Chinese names in Russian's and Ukrainian's systems (Дэн Сяопин → Deng Xiaoping) and
        # Japanese ones in Russian's Polivanov system (Синдзо Абэ → Shinzo Abe)
        self._chinese = shipped and self.source in CHINESE_SOURCES
        self._japanese = shipped and self.source == "ru"
        # Korean ones in its Kontsevich system (Мун Чжэ Ин → Moon Jae-in)
        # (a Korean name in Kontsevich: a Russian text's, a Ukrainian one's in its letters)
        self._korean = shipped and (self.source == "ru" or self.source in KOREAN_LETTERS_OF)
        # persons of two words a row spells in Russian alone, read in this language's letters
        # by their words' keys (Олексій Навальний: Алексей Навальный)
        self._keyed = shipped and self.source in _config()["given"].get("keyed_persons", ())
        # the first two letters of the listed places a word in an oblique case may be a form of
        # (``[oblique.<lang>] places``: Києві, Київ), none where the phrase rule keeps them
        self._oblique_places = (
            frozenset(w[:2] for w in self._places)
            if _config().get("oblique", {}).get(self.source, {}).get("places")
            else frozenset()
        )
        for ru, form in forms.items():
            if not isinstance(ru, str) or not isinstance(form, (str, tuple, list)):
                raise TypeError(
                    f"`forms` maps a str to a str or a tuple of str, not {ru!r:.40} to {form!r:.40}"
                )
            variants = (form,) if isinstance(form, str) else tuple(form)
            if not all(variants):  # (an empty form: none)
                variants = tuple(v for v in variants if v)
            table.setdefault(fold(ru), (ru, variants, _is_acronym_form(ru)))
        self._table = table
        self._first = frozenset(k.split(" ", 1)[0] for k in table)
        self._max_words = max((k.count(" ") + 1 for k in table), default=1)

    def __repr__(self) -> str:
        return f"<TargetRomanizer {self.source}→{self.language} ({self._rom.scheme.id})>"

    @property
    def scheme_id(self) -> str:
        """The id of the convention scheme (``duden``; a fallback such as ``official``)."""
        return self._rom.scheme.id

    def acronym(self, word: str) -> str:
        """``word`` (Cyrillic capitals) letter by letter with the convention's case rule
        (title-case digraphs where a word has no vowel letter), each letter with the value
        it has after the letter before it, not alone (ЦЕРН: ZERN, not ZJERN, е alone being
        je; Kazakh ЖЕР: SCHER; French АЙДА: AÏDA), but none the spelling of words gives a
        letter before the next one (МГИМО: MGIMO, not the French word's MGUIMO).

        >>> TargetRomanizer("de").acronym("ВЧК"), TargetRomanizer("fr").acronym("МГИМО")
        ('WTschK', 'MGIMO')
        >>> TargetRomanizer("de").acronym("ЦЕРН"), TargetRomanizer("en").acronym("ЦЕРН")
        ('ZERN', 'TSERN')
        """
        letters = [ch for ch in word.upper() if ch.isalpha()]
        pieces = [self._acronym_letter(letters, k) for k in range(len(letters))]
        title = self._rom.scheme.body.acronyms == "title"
        if title and not self._has_vowel(word):
            return "".join(pieces)
        return "".join(pieces).upper()

    def _acronym_letter(self, letters: list[str], k: int) -> str:
        """Letter ``k`` of an acronym as the convention writes it after the letter before it: a
        letter after a vowel letter as after А, a vowel letter after a consonant as after Б
        (whose values are the same before every letter), the first letter, and a consonant
        after a consonant, alone."""
        letter = letters[k]
        if k and letters[k - 1].lower() in self._vowels:
            before = "А"
        elif k and letter.lower() in self._vowels:
            before = "Б"
        else:
            before = ""
        value = self._letters.get((before, letter))
        if value is None:
            alone, pair = self._convert(before), self._convert(before + letter)
            value = pair[len(alone) :] if pair.startswith(alone) else self._convert(letter)
            if len(self._letters) < 4096:  # (any letter may come: a bounded memo)
                self._letters[before, letter] = value
        return value

    def capitals(self, word: str, headline: bool = False) -> str:
        """A word written in capitals: an acronym letter by letter (:meth:`acronym`), but a
        word (longer than five letters, or one the dictionary knows and never as an
        abbreviation: a name, ДЕНЬ, СЕМЬ) as a word, so that its letters keep the values their
        neighbours give them (DEN, not the letters' DYEN). A language without a dictionary
        (translit/data/names/conventions.toml [given] morphology) reads a word with a vowel
        letter on a line in capitals (``headline``) as a word too: there words outnumber
        acronyms, whose listed ones are looked up first (Belarusian ЧАСУ: TSCHASSU, as часу
        gives tschassu, not the letters' TSCHASU).

        >>> r = TargetRomanizer("en")
        >>> r.capitals("ЛЕНИН"), r.capitals("ПЕТРОВ"), r.capitals("МГИМО"), r.capitals("ЛЕС")
        ('LENIN', 'PETROV', 'MGIMO', 'LES')
        >>> be = TargetRomanizer("de", lang="be")
        >>> be.capitals("ЧАСУ"), be.capitals("ЧАСУ", headline=True), be.capitals("ВКЛ", True)
        ('TSCHASU', 'TSCHASSU', 'WKL')
        """
        if self._has_vowel(word) and (
            len(word) > 5
            or (self._morph and is_word(word, self.source))
            or (headline and not self._morph)
        ):
            return self._convert(self._yo_word(word)).upper()
        return self.acronym(word)

    def _has_vowel(self, word: str) -> bool:
        """Whether ``word`` holds a vowel letter of the source language (Bulgarian ТЪЙ does)."""
        return any(c in self._vowels for c in word.lower())

    def _hit(self, span: str) -> tuple[str, ...] | None:
        key = _fold_word(span)
        entry = self._table.get(key)
        if entry is None or key in self._oblique:
            return None
        ru, forms, acro = entry
        letters = [c for c in span if c.isalpha()]
        if acro:
            if " " not in ru and not (
                all(c.isupper() for c in letters) or any(c.isupper() for c in letters[1:])
            ):
                return None
            if forms:
                return forms
            return (" ".join(self.acronym(w) for w in ru.split()),)
        if not letters[0].isupper():
            return None
        if len(letters) > 1 and all(c.isupper() for c in letters):
            return _upper(forms)
        return _word_caps(span, forms)

    def _given_hit(self, text: str, words: list[re.Match[str]], i: int) -> tuple[str, ...] | None:
        w = words[i].group()
        entry = self._given.get(_fold_word(w))
        if entry is None or not w[:1].isupper():
            return None
        forms, is_word = entry
        if i and _spaced(text, words, i - 1, i):
            prev = words[i - 1].group()
            if prev[:1].isupper() and _fold_word(prev) in self._given:
                return None  # a surname spelled like a given name (Анна Герман: German)
        if is_word and (
            i + 1 >= len(words)
            or not _spaced(text, words, i, i + 1)
            or not words[i + 1].group()[:1].isupper()
        ):
            return None  # a word as well (Лев): a name only before a capitalised word
        if len(w) > 1 and w.isupper():
            return _upper(forms)
        return forms

    def _foreign_hit(self, text: str, words: list[re.Match[str]], i: int) -> tuple[str, ...] | None:
        """The original of a given name of a Latin-script language (``foreign_given.csv``:
        Жак → Jacques, Жан-Поль → Jean-Paul) for word ``i`` when a capitalised word of three
        letters or more (the surname, perhaps after particles: Оноре де Бальзак) follows it; a spelling the Slavic
        tables hold too (Гарри) only when that surname is a foreign person's
        (:func:`_foreign_persons`: Гарри Трумэн → Harry, Гарри Каспаров → Garry)."""
        w = words[i].group()
        if not w[:1].isupper():
            return None
        parts = [self._foreign.get(_fold_word(p)) for p in _HYPHEN.split(w)]
        if not all(parts):
            return None
        j = i + 1
        while j < len(words) and _foreign_particle(words[j].group()):
            j += 1
        if not _name_word(text, words, i, j, short=_foreign_particles()):
            return None  # (Мари Эл is no name; Витторио Де Сика is)
        surname = words[j].group()
        if any(p[1] for p in parts if p) and _fold_word(surname) not in _foreign_persons(
            self.language, self.source
        ):
            return None  # the Slavic tables' reading (Гарри Каспаров: Garry)
        form = "-".join(p[0] for p in parts if p)
        return (form.upper(),) if w.isupper() and len(w) > 1 else (form,)

    def _word_in_place(
        self, text: str, words: list[re.Match[str]], i: int, folded: str, forms: tuple[str, ...]
    ) -> tuple[str, ...] | None:
        """The listed forms ``forms`` of word ``i`` (``folded``, folded) as its place reads
        them: none for a place's spelling in the place of a surname (Георгий Львов) nor for a
        given name spelled as a place before its surname (``[given.places]``: Јордан Илиевски),
        which the given-name rules read; a foreign given name before its surname, not the place
        it also spells (:meth:`_foreign_hit`: Сальвадор Дали, Salvador, not El Salvador)."""
        if folded in self._places and self._after_given(text, words, i):
            return None
        if folded in self._given_places and _before_name(text, words, i):
            return None
        if self._foreign:
            return self._foreign_hit(text, words, i) or forms
        return forms

    def _regnal_hit(
        self, text: str, words: list[re.Match[str]], i: int
    ) -> list[tuple[int, int, tuple[str, ...]]]:
        """A monarch's regnal name (``[regnal]``: Пётр I → Peter I, Peter I., Pierre Ier): the
        spans of the name and of its numeral, or ``[]``."""
        word = words[i]
        entry = self._regnal.get(_fold_word(word.group())) if self._regnal else None
        if entry is None or not word.group()[:1].isupper() or word.group().isupper():
            return []
        m = _NUMERAL.match(text, word.end())
        if m is None or (i + 1 < len(words) and words[i + 1].start() < m.end()):
            return []
        form, female = entry
        given = self._given_hit(text, words, i) or (self._convert(word.group()),)
        names = tuple(dict.fromkeys((form, *given) if form else given))
        numeral = m.group(1)
        config = _config()["regnal"]
        forms = [numeral]
        if self.language in config.get("ordinal_stop", ()) and text[m.end() : m.end() + 1] != ".":
            forms.insert(0, numeral + ".")  # the text's own full stop serves (Пётр I.)
        first = config.get("first", {}).get(self.language)
        if first and numeral == "I":
            forms.insert(0, first[1] if female else first[0])
        return [(word.start(), word.end(), names), (m.start(1), m.end(1), tuple(forms))]

    def _chinese_hit(
        self, text: str, words: list[re.Match[str]], i: int
    ) -> list[tuple[int, int, tuple[str, ...]]]:
        """A Chinese name in the Palladius system at word ``i`` (Дэн Сяопин → Deng Xiaoping:
        a listed surname, a given name, no third capitalised word), or a word only Palladius
        spells (Гуанчжоу → Guangzhou): the spans of :mod:`translit.names.chinese`, or ``[]``."""
        word = words[i]
        w = word.group()
        if not w[:1].isupper() or not _bounded(text, word.start(), word.end()):
            return []
        nxt = _second_name_word(text, words, i)
        if (
            nxt is not None
            and not _third_name_word(text, words, i)  # (Korean, Vietnamese: Ли Куан Ю)
            and _fold_word(nxt.group()) not in self._given_names  # (Ли Анна, Ян Иван)
            and (name := chinese_name(w, nxt.group(), self.source))
            and not (  # (У, the surname Wu, is not the preposition that starts a sentence)
                len(w) == 1
                and not text[: word.start()].rstrip(' "«(„“')[-1:].isalnum()
                and is_word(w.lower(), self.source)
            )
        ):
            return [(word.start(), word.end(), (name[0],)), (nxt.start(), nxt.end(), (name[1],))]
        form = marked_word(w, self.source)
        return [(word.start(), word.end(), (form,))] if form else []

    def _korean_hit(
        self, text: str, words: list[re.Match[str]], i: int
    ) -> tuple[list[tuple[int, int, tuple[str, ...]]], int] | None:
        """A Korean name in the Kontsevich system at word ``i`` (a listed surname, then a given
        name of two syllables: two words, Мун Чжэ Ин, or one, perhaps hyphenated, Пак Кын-Хе),
        as (the spans of its surname and of its given name, the words it takes), else ``None``.
        Refused: a given name of the tables in its place (Ким Роман, Пак Инна), a one-word given
        name the dictionary knows as a word or a given name (Удо) or another Cyrillic language's
        table does (Serbian Новак: Ким Новак is Kim Novak; a word of one syllable is not
        asked: the dictionary knows most syllables as words, Сок, Сон, Хе, Ин), a name word
        after it, a surname that is a conjunction opening a sentence (Но; not Ли, also a
        particle, which opens none), one word that the Chinese reader reads (Ли Хунчжи)."""
        word = words[i]
        w = word.group()
        if not w[:1].isupper() or not _bounded(text, word.start(), word.end()):
            return None
        nxt = _second_name_word(text, words, i)
        if nxt is None:
            return None
        given = [nxt]
        if _third_name_word(text, words, i):
            if text[nxt.end() : words[i + 2].start()] != " " or _third_name_word(
                text, words, i + 1
            ):
                return None  # (four name words, or a line break: no Korean name)
            given.append(words[i + 2])
        texts = [g.group() for g in given]
        parts = [p for t in texts for p in _HYPHEN.split(t)]
        if (
            any(_fold_word(p) in self._given_names or _fold_word(p) in self._foreign for p in parts)
            or (
                len(given) == 1
                and (
                    is_word(texts[0])
                    or is_given_name(texts[0])
                    or _fold_word(texts[0]) in _cyrillic_given_names()
                )
            )
            # (Palladius writes a Chinese given name as one word, Kontsevich a Korean one in
            # two: one word that reads as a Chinese name is Chinese, Ли Хунчжи: Li Hongzhi)
            or (len(parts) == 1 and self._chinese and chinese_name(w, parts[0], self.source))
            or (_opens_sentence(w) and _sentence_start(text, word.start()))
        ):
            return None
        name = korean_name(w, texts, self.source)
        if name is None:
            return None
        spans: list[tuple[int, int, tuple[str, ...]]] = [
            (word.start(), word.end(), (name[0],)),
            (nxt.start(), given[-1].end(), (name[1],)),
        ]
        return spans, 1 + len(given)

    def _japanese_known(self, w: str, *, dictionary: bool = True) -> bool:
        """Whether ``w`` is a given name of the tables (Катя, Марио) or, with ``dictionary``,
        a word the dictionary knows and never as a name (тётя, сюда) or only as an inflected
        form (Тюрингии), which no Japanese name of the Polivanov system is taken for
        (Миядзаки, which the dictionary also knows as a name, is not excluded)."""
        fw = _fold_word(w)
        return (
            fw in self._given_names
            or fw in self._foreign
            or (
                dictionary
                and ((is_whole_common_word(w) and not is_proper_name(w)) or is_inflected_form(w))
            )
        )

    def _japanese_unmarked(self, w: str, n: str) -> bool:
        """Whether two words without a marker are a Japanese name: one a listed Japanese given
        name, the other a word of syllables (:func:`translit.names.japanese.named_pair`, in
        either order: Ёсимаса Хаяси, Хаяси Ёсимаса), and neither a Russian or Ukrainian
        word or given name (:meth:`_japanese_known`: Анна Ито, Мама Юки) nor a name of the
        dictionary (:func:`_dictionary_name`: Айно Пикассо, Аки Абакумова; Харуки Мураками
        too, a row of names.csv)."""
        if any(self._japanese_known(x) or _dictionary_name(x) for x in (w, n)):
            return False
        return named_pair(w, n) or named_pair(n, w)

    def _japanese_hit(
        self, text: str, words: list[re.Match[str]], i: int
    ) -> list[tuple[int, int, tuple[str, ...]]]:
        """A Japanese name in the Polivanov system at word ``i``, in Hepburn (Синдзо Абэ →
        Shinzo Abe, Кюсю → Kyushu), or ``[]``: two capitalised words that read wholly as
        syllables, one of them holding a marker (:func:`translit.names.japanese.has_marker`,
        a consonant before э counting) and no known word (:meth:`_japanese_known`; the other
        only no given name: Кэйсукэ Хонда) nor a name the dictionary declines (Айка Тюрин, Аи
        Сёмина; its indeclinable surnames stay, Сэйко Хасимото), and no third name word; or two words without a marker that
        :meth:`_japanese_unmarked` takes (Ёсимаса Хаяси); or one word with a marker (never a
        consonant before э alone: Тереза Мэй)."""
        word = words[i]
        w = word.group()
        if not w[:1].isupper() or not _bounded(text, word.start(), word.end()):
            return []
        first = hepburn_word(w)
        if first is None:
            return []
        nxt = _second_name_word(text, words, i)
        if nxt is not None:
            if _third_name_word(text, words, i):
                return []  # three name words: no Japanese name
            n = nxt.group()
            second = hepburn_word(n)
            if second is not None:
                marked = [has_marker(x, pair=True) for x in (w, n)]
                if (
                    any(marked)
                    and not any(
                        self._japanese_known(x, dictionary=m) or is_declined_name(x)
                        for x, m in zip((w, n), marked, strict=True)
                    )
                ) or (not any(marked) and self._japanese_unmarked(w, n)):
                    return [
                        (word.start(), word.end(), (first,)),
                        (nxt.start(), nxt.end(), (second,)),
                    ]
        before = words[i - 1] if i else None
        if (
            before is not None
            and text[before.end() : word.start()] == " "
            and _fold_word(before.group()) in self._given_names
        ):
            return []  # a surname after a given name of the tables (Тереза Мэй, Артём Дзюба)
        alone = single_word(w)
        if alone and not self._japanese_known(w) and not is_declined_name(w):
            return [(word.start(), word.end(), (alone,))]
        return []

    def _given_variants(self, given: str, forms: tuple[str, ...]) -> tuple[str, ...]:
        """``forms`` of a listed name that starts with a given name, followed by the same
        forms with the given name's other variants (Sergei Prokofiev, then Sergey Prokofiev):
        what verify accepts; the preferred form stays first."""
        entry = self._given.get(_fold_word(given))
        if entry is None:
            return forms
        variants = entry[0]
        extra = []
        for form in forms:
            first, _, rest = form.partition(" ")
            if rest and first in variants:
                extra += [f"{v} {rest}" for v in variants]
        return tuple(dict.fromkeys((*forms, *extra)))

    def _keyed_row(self, given: str, surname: str) -> str | None:
        """The spelling of the listed person of two words :func:`_keyed_persons` gives the
        nominatives ``given`` and ``surname`` of this language (none where the language reads
        no such persons, ``[given] keyed_persons``): a row of that given name whose surname
        starts alike (:func:`_initials`) and may be the same name (:func:`_same_surname`: the
        keys of names.keys, built only when such a row is met, their tables cost a second), the
        only such row. The spelling rules are keys.toml's, so one rule serves every language
        listed: Belarusian Уладзімір Пуцін is Владимир Путин by ``[cyrillic_variants]`` (ц
        before і as т), Караткевіч Короткевич by ``[vowel_reduction]``."""
        if not self._keyed:
            return None
        listed = _keyed_persons(self.source).get(_given_ids().get(_fold_word(given), ""), ())
        start = _initials(surname)
        rows = [r for r in listed if r[0] == start]
        if not rows:
            return None
        found = {r[2] for r in rows if _same_surname(surname, r[1])}
        return found.pop() if len(found) == 1 else None

    def _keyed_hit(
        self, text: str, words: list[re.Match[str]], i: int
    ) -> tuple[int, tuple[str, ...]] | None:
        """The number of words and the forms of a listed person of two words whose row gives
        another spelling (the Russian one: ``[given] keyed_persons`` of conventions.toml) from
        word ``i``: a given name, perhaps a patronymic (:func:`_russian_patronymic`: printed as
        the Russian one) and a surname in this language's letters, capitalised or all in
        capitals (the forms then in capitals), in the nominative or, where the language has case
        endings (``[oblique]``), in a case both names are of the row's name: each word's key is
        the row's word's (:func:`_keyed_persons`).

        >>> TargetRomanizer("de", lang="uk")("Олексій Навальний, Олексія Навального")
        'Alexei Nawalny, Alexei Nawalny'
        >>> TargetRomanizer("en", lang="uk")("ВОЛОДИМИР ПУТІН, Володимира Володимировича Путіна")
        'VLADIMIR PUTIN, Vladimir Vladimirovich Putin'
        """
        for n in (3, 2):
            if i + n > len(words) or not _spaced(text, words, i, i + n - 1):
                continue
            said = [m.group() for m in words[i : i + n]]
            caps = all(w.isupper() and _titled(w[:1] + w[1:].lower()) for w in said)
            if not (caps or all(map(_titled, said))) or len(said[-1]) < 3:
                continue
            start, end = words[i].start(), words[i + n - 1].end()
            if not _bounded(text, start, end):
                continue
            if caps:
                said = [w[:1] + w[1:].lower() for w in said]
            middle = ""
            if n == 3:
                middle = _russian_patronymic(said[1], self.source) or ""
                if not middle:
                    continue
            # (Belarusian: the patronymic's case read with the other words', by the table)
            tabled = n == 3 and declension_table(self.source) is not None
            found = self._keyed_forms(said[0], said[-1], said[1] if tabled else "")
            if found is None:
                continue
            row, forms, patronymic = found
            if middle:
                if fold(row) in _own_persons(self.source):
                    if not tabled or said[0] + said[-1] == row.replace(" ", ""):
                        continue  # (a row of this language's spelling: its own patronymic rules)
                    middle = self._own_patronymic(row, said[1], patronymic)
                else:
                    middle = get_target_romanizer(self.language, "ru")._convert(middle)
                forms = tuple(f"{g} {middle} {s}" for g, _, s in (f.partition(" ") for f in forms))
            if caps:
                forms = _upper(forms)
            return n, tuple(dict.fromkeys((*forms, self._convert(text[start:end]))))
        return None

    def _own_patronymic(self, row: str, said: str, nominative: str) -> str:
        """The patronymic ``said`` (its nominative ``nominative``) of the person of the row
        ``row`` in this language's own spelling, as :meth:`_with_patronymic` prints it in the
        nominative: the patronymic of the person's own language (``[patronymic]
        own_language``), or the Russian one where the row's form writes the Russian given name,
        else the nominative in the line's letters (Ryhorawitsch, for German readers of
        Aljaksandr Lukaschenka); :meth:`_oblique_forms` asks it too (с Владимиром
        Александровичем Зеленским: Oleksandrovych)."""
        return self._row_patronymic(fold(row), said) or self.romanize(nominative)

    def _row_patronymic(self, pair: str, said: str) -> str | None:
        """The patronymic ``said`` of the person row ``pair`` (folded given name and surname)
        in another language's form, or None: the patronymic of the person's own language
        (``[patronymic] own_language``: Віталь Клічко, a Ukrainian: Volodymyrovych), or the
        Russian one where the row's form writes the Russian given name
        (:func:`_russian_given_rows`: Дмитро Медведєв, Dmitry Anatolyevich)."""
        own = _own_language_rows(self.source).get(pair, "ru")
        if own == self.source or (
            own == "ru" and pair not in _russian_given_rows(self.source, self.language)
        ):
            return None
        found = _russian_patronymic(said, self.source, own)
        return get_target_romanizer(self.language, own)._convert(found) if found else None

    def _keyed_surname(
        self, text: str, words: list[re.Match[str]], i: int
    ) -> tuple[int, tuple[str, ...]] | None:
        """A Russian person's row of one word (Путин) named in this language's letters, alone,
        in the nominative (``[given] keyed_persons``): the word respelled letter by letter as
        Russian spells it (keys.toml ``[russian_spelling.<lang>]``: Belarusian Пуцін → Путин)
        is the row's spelling exactly. Not after a given name (another person of the surname)
        nor a word listed itself.

        In a case (a language with a ``[declension.<lang>]`` table, Belarusian: ад Пуціна), the
        word is a singular case form that table gives a nominative so respelled, or a row of
        one word in the line's own spelling (Я. Коласа), by the noun rules or the table's
        ``surname`` rules (з Пуціным, з Ціханоўскай: only these read an adjective's form; a
        surname they decline, Лукашэнка, Шушкевіч, Цой, in their forms alone),
        with the guards of :meth:`_oblique_place`: not after a given name in a case nor a
        capitalised word inside a sentence (Аляксандра Пуціна, another person), not after a
        word that names a place after a person (``[oblique.be] named_after``: плошча Леніна,
        the square, вёска Леніна, as Russian's and Ukrainian's oblique persons), nor in an
        address (:func:`_in_address`: Леніна, Жыткавіцкі раён; на Машэрава, 18).

        >>> TargetRomanizer("en", lang="be")("у Маскве Пуцін прапанаваў")
        'u Moscow Putin prapanavaw'
        >>> TargetRomanizer("de", lang="be")("ліст ад Пуціна, з Ціханоўскай")
        'list ad Putin, s Zichanouskaja'
        """
        word = words[i].group()
        if (
            not (_titled(word) or _is_acronym_form(word))
            or _fold_word(word) in self._table
            or not _bounded(text, words[i].start(), words[i].end())
            or self._after_given(text, words, i)
        ):
            return None
        forms = self._russian_person(word)
        if not forms and _titled(word) and declension_table(self.source) is not None:
            if (
                self._named_before(text, words, i)
                or _named_after(text, words, i, self.source)  # (плошча Леніна: the square)
                or _in_address(text, words, i, self.source)  # (Леніна, Жыткавіцкі раён)
            ):
                return None
            # a noun's case (not an adjective's form: Гомельскай) or a surname's own (з
            # Пуціным, з Ціханоўскай: the table's surname rules, an adjective's shape too)
            guesses = [
                *(
                    ()
                    if is_adjective(word, self.source)
                    else declined_nominatives(word, self.source)
                ),
                *declined_nominatives(word, self.source, "surname"),
            ]
            for nominative in dict.fromkeys(guesses):
                forms = self._person_row(nominative)
                own = surname_declined(nominative, self.source)
                # (a surname the table's surname rules decline, those forms alone: not a
                # woman's noun's, Лукашэнкай, Шушкевіччу; else the noun table's, Коласа)
                if forms and (word in own if own else _declines_to(nominative, word, self.source)):
                    break
                forms = None
        if not forms:
            return None
        return 1, tuple(dict.fromkeys((*forms, self._convert(word))))

    def _person_row(self, word: str) -> tuple[str, ...] | None:
        """The forms of the person's row of one word ``word`` is in the line's own spelling
        (Ціханоўская) or respelled as Russian spells it (:meth:`_russian_person`), or none."""
        if _fold_word(word) in _person_words(self.source, own=True):
            return self._hit(word)
        return self._russian_person(word)

    def _russian_person(self, word: str) -> tuple[str, ...] | None:
        """The forms of the Russian person's row of one word ``word`` respelled as Russian
        spells it is (:meth:`_keyed_surname`), or none."""
        russian = _as_russian(word, self.source)
        if russian == word or _fold_word(russian) not in _person_words("ru"):
            return None
        return self._hit(russian)

    def _named_before(self, text: str, words: list[re.Match[str]], i: int) -> bool:
        """Whether word ``i`` follows a capitalised word it may be the last of a name with: a
        given name in a case (Йосипа Немана: a surname, not the Neman) or any capitalised word
        inside a sentence (Станиця Луганська: a name of several words)."""
        before = words[i - 1] if i and _spaced(text, words, i - 1, i) else None
        return (
            before is not None
            and before.group()[:1].isupper()
            and len(before.group()) > 1  # (a letter alone, no full stop: a preposition, У Гомлі)
            and (self._given_case(before.group()) or not _sentence_start(text, before.start()))
        )

    def _keyed_forms(
        self, given: str, surname: str, patronymic: str = ""
    ) -> tuple[str, tuple[str, ...], str] | None:
        """The row :meth:`_keyed_row` finds for a given name and a surname as the text writes
        them, perhaps with a patronymic between, in the nominative or a case of the row's name
        (every word in one case: Belarusian's by its ``[declension.be]`` table), its forms (the
        convention's letters, which stay accepted, are added by the caller: Wolodymyr Putin)
        and the patronymic's nominative ("" without one)."""
        cased = self.source in _oblique_sources() or declension_table(self.source) is not None
        table = _keyed_persons(self.source)
        middles = _patronymic_nominatives(patronymic, self.source) if patronymic else [""]
        # (Belarusian: a row of the line's own spelling too, whatever its given name: Зянона
        # Пазняка, Тадэвуша Касцюшкі; its nominative is the plain look-up's)
        own = declension_table(self.source) is not None
        for g in _nominatives(given, self.source) if cased else [given]:
            keyed = _given_ids().get(_fold_word(g)) in table
            if not (keyed or own):
                continue
            for s in _name_nominatives(surname, self.source) if cased else [surname]:
                pair = f"{g} {s}"
                row = (
                    pair
                    if own and _fold_word(pair) in _own_persons(self.source)
                    else self._keyed_row(g, s)
                    if keyed
                    else None
                )
                if row is None:
                    continue
                for p in middles if cased else middles[:1]:
                    if p and not _is_patronymic(_fold_word(p)):
                        continue
                    said = " ".join(w for w in (given, patronymic, surname) if w)
                    name = " ".join(w for w in (g, p, s) if w)
                    if name != said and not _declines_to(name, said, self.source):
                        continue  # (a case of neither word's name, or not all in one case)
                    forms = self._hit(row)
                    if forms:
                        return row, self._given_variants(row.split(" ", 1)[0], forms), p
        return None

    def _surname_hit(self, text: str, words: list[re.Match[str]], i: int) -> str | None:
        """The reader form of a surname (``[surnames]`` of conventions.toml: its ending and its
        rewrites) for the word ``i`` when a given name, perhaps with a patronymic, stands
        before it."""
        w = words[i].group()
        if (
            i == 0
            or not w[:1].isupper()
            or not _bounded(text, words[i].start(), words[i].end())
            or _is_patronymic(_fold_word(w))
        ):
            return None  # a patronymic is not a surname (Михайло Михайлович)
        w = self._yo_word(w, as_name=True)
        low = w.lower()
        ending = next((e for e in self._surnames if low.endswith(e)), None)
        if ending is not None and (
            len(w) <= len(ending) + 1
            or (ending[0] in _NOT_BEFORE and low[-len(ending) - 1] in _NOT_BEFORE)
        ):
            ending = None  # an ending that starts with a vowel follows a consonant (not Соловьёв)
        stem = w[: -len(ending)] if ending else w
        stem = _rewritten(stem, self._rewrites)
        if (ending is None and stem == w) or not self._after_given(text, words, i):
            return None  # (the word's own test first: the given name's may ask the dictionary)
        form = self._convert(stem) + (self._surnames[ending] if ending else "")
        return form.upper() if w.isupper() and len(w) > 1 else form

    def _surname_alone(
        self, text: str, words: list[re.Match[str]], i: int
    ) -> tuple[int, tuple[str, ...]] | None:
        """A foreign person's surname alone (:func:`foreign_surnames`: Шекспир → Shakespeare,
        де Голль → de Gaulle) from word ``i``: its number of words and its forms, the
        convention's rendering last; at a sentence start the form opens with a capital
        (Де Голль → De Gaulle). Not after a given name nor before a capitalised word (it stands
        where a given name does: Милош Теодосић), nor for a word the dictionary lists as a
        common word or a given name (Лист, leaf; Коль, the vocative of Коля)."""
        for n in range(min(3, len(words) - i), 0, -1):
            if not _spaced(text, words, i, i + n - 1):
                continue
            run = words[i : i + n]
            key = " ".join(_fold_word(m.group()) for m in run)
            forms = self._alone.get(key)
            if forms is None and n == 1:
                key = self._hyphenated_case(run[0].group()) or key
                forms = self._alone.get(key)
            if forms is None:
                continue
            start, end, last = run[0].start(), run[-1].end(), run[-1].group()
            if (
                not last[:1].isupper()
                or not (n > 1 or last[1:2].islower() or len(last) == 1 or last.isupper())
                or key in self._table
                or key in self._oblique
                or not _bounded(text, start, end)
                or self._after_given(text, words, i)
                or _before_name(text, words, i + n - 1)  # (a given name: Милош Теодосић)
            ):
                return None
            if key in self._unsure and not _any_admitted(self._unsure[key]):
                return None  # (the dictionary's word on the row: Пригожин is a Russian's)
            if (
                n == 1  # (with its particle a surname is no word: де Сталь)
                and "-" not in last  # (a hyphenated one is its own evidence: Віке-Фрейберга)
                and self._morph
                and any(listed_readings(last[:1] + last[1:].lower(), self.source))
            ):
                return None  # a word the dictionary lists as a common word or a given name
            if len(last) > 1 and last.isupper():
                forms = _upper(forms)
            elif _sentence_start(text, start):
                forms = tuple(f[:1].upper() + f[1:] for f in forms)
            return n, tuple(dict.fromkeys((*forms, self._convert(text[start:end]))))
        return None

    def _hyphenated_case(self, word: str) -> str | None:
        """The folded hyphenated foreign surname of :func:`foreign_surnames` that ``word`` is a
        case of by the ``[oblique.<lang>]`` endings of its last part, its first parts as
        written (Віке-Фрейберги, Віке-Фрейберзі, Віке-Фрейбергою: Віке-Фрейберга; the
        dictionary declines no such name), or none.

        >>> TargetRomanizer("en", lang="uk")._hyphenated_case("Віке-Фрейбергою")
        'віке-фрейберга'
        """
        head, sep, last = word.rpartition("-")
        if not sep or _fold_word(word).split("-", 1)[0] not in self._alone_parts:
            return None
        for nominative in _nominatives(last, self.source)[1:]:
            key = _fold_word(f"{head}-{nominative}")
            if key in self._alone:
                return key
        return None

    def _oblique_place(
        self, text: str, words: list[re.Match[str]], i: int
    ) -> tuple[int, tuple[str, ...]] | None:
        """A listed place of one word in an oblique case (``[oblique.<lang>] places``: у Києві,
        з Києва, до Харкова) from word ``i``: 1 and the forms its nominative prints (a row's
        form for this language's spelling, data/names/source_forms.toml: Kyjiw), the
        convention's rendering last. The word is a case form the dictionary gives the place
        (:func:`_declines_to`, read as a place), its nominative by the dictionary's lexemes or
        the language's endings; never the place of a surname after a given name (Георгій
        Львов, Йосипа Немана), a word after a capitalised one inside a sentence (Станиця
        Луганська), a word the dictionary also knows as an adjective (Івано-Франківська
        області, and so з Донецька: a miss rather than a wrong name), nor a word listed itself.

        >>> TargetRomanizer("de", lang="uk")("у Києві, з Києва до Харкова")
        'u Kyjiw, s Kyjiw do Charkiw'
        """
        word = words[i].group()
        if (
            not _titled(word)
            or _fold_word(word) in self._table
            or not _bounded(text, words[i].start(), words[i].end())
            or self._after_given(text, words, i)
        ):
            return None
        if self._named_before(text, words, i):
            # a surname after a given name in a case (Йосипа Немана, not the Neman), a word of a
            # name of several (Станиця Луганська, not Luhansk's genitive)
            return None
        if is_adjective(word, self.source):
            return None  # (Івано-Франківська області: the oblast's adjective, not the city's case)
        guesses = (*_lexeme_nominatives(word, self.source), *_nominatives(word, self.source)[1:])
        for nominative in dict.fromkeys(guesses):
            if _fold_word(nominative) not in self._places:
                continue
            forms = self._hit(nominative)
            if forms and _declines_to(nominative, word, self.source, "place"):
                return 1, tuple(dict.fromkeys((*forms, self._convert(word))))
        return None

    def _oblique_person(
        self, text: str, words: list[re.Match[str]], i: int
    ) -> tuple[int, tuple[str, ...]] | None:
        """A listed person's name in an oblique case (genitive, dative, instrumental,
        prepositional: Джона Кеннеди, Ференца Листа, романы Толкина, Льва Толстого, с Путиным)
        from word ``i``: its number of words and the nominative's forms (what the nominative
        prints), the convention's rendering last. The name is a row of two words, a given name
        and a person's row of one word (Владимира Путина), either with a patronymic between
        (Льва Николаевича Толстого), a foreign person's surname alone
        (:func:`foreign_surnames`) or a person's row of one word. The text's words must be a
        form :func:`_declines_to` gives the nominative (the morphology of the oblique place
        table); a name of one word must pass the tests of :meth:`_oblique_forms`.

        >>> TargetRomanizer("en")("романы Толкина, Джону Кеннеди")
        'romany Tolkien, John F. Kennedy'
        >>> TargetRomanizer("fr")("Vladimir Poutine"), TargetRomanizer("fr")("с Владимиром Путиным")
        ('Vladimir Poutine', 's Vladimir Poutine')
        """
        for n in (3, 2, 1):
            run = words[i : i + n]
            if len(run) < n or not _spaced(text, words, i, i + n - 1):
                continue
            said = [m.group() for m in run]
            if not all(map(_titled, said)):
                continue
            start, end = run[0].start(), run[-1].end()
            span = text[start:end]
            if not _bounded(text, start, end) or _fold_word(span) in self._table:
                continue
            if n == 3 and (last := self._last_declined(said)) is not None:
                return 3, tuple(dict.fromkeys((*last, self._convert(span))))
            if not all(len(w) > 2 for w in said):
                continue
            if (
                n == 1
                and _fold_word(span) in self._oblique
                and not surname_before_place(span, self.source)
            ):
                continue  # (a place's oblique form: Москвы; not Пушкина, of Pushkin more often)
            options: list[list[str]] = []
            for k in range(n - 1, -1, -1):  # (the surname first: most runs end there)
                options.insert(0, self._options(said[k], k, n))
                if not options[0]:
                    break
            if not all(options):
                continue
            if _named_after(text, words, i, self.source):
                return None  # (a place's name: проспект Ленина)
            # a given name in the nominative as written, before a surname that is a nominative
            # too (Алла Пугачёва: no Алл Пугачёв) or declines not (Валентина Матвиенко: no
            # Валентин's genitive): the name as written
            written = n > 1 and (
                _fold_word(said[0]) in self._given_names or is_declined_name(said[0], self.source)
            )
            if written and is_declined_name(said[-1], self.source):
                continue
            for nominative in map(" ".join, itertools.product(*options)):
                if nominative == span:
                    continue  # (the nominative alone: after every oblique reading, below)
                if not (
                    _declines_to(nominative, span, self.source)
                    or (n == 1 and _row_surname(self.language, self.source, nominative, span))
                ):
                    continue
                if written and nominative.rsplit(" ", 1)[-1] == said[-1]:
                    continue
                forms = self._oblique_forms(text, words, i, nominative)
                if forms:
                    return n, tuple(dict.fromkeys((*forms, self._convert(span))))
            if n == 1 and span in options[0]:
                forms = self._nominative_surname(text, words, i)
                if forms:
                    return 1, tuple(dict.fromkeys((*forms, self._convert(span))))
        return None

    def _nominative_surname(
        self, text: str, words: list[re.Match[str]], i: int
    ) -> tuple[str, ...] | None:
        """The reader surname of the persons' rows of two words whose surname word ``i`` is,
        in the nominative and alone (сказав Дудаєв: Dudayev, as генералу Дудаєву): the rule of
        the oblique cases (:func:`_row_surname`: every such row agrees, a woman's nominative
        that is a man's case gives none; :meth:`_doubted`: no sentence's first word, nothing
        after a capitalised word), none for a given name's spelling or after a given name."""
        said = words[i].group()
        key = _fold_word(said)
        if (
            key in self._table
            or key in self._alone
            or key in self._given_names
            or self._after_given(text, words, i)
            or _before_name(text, words, i)
            or (i and _spaced(text, words, i - 1, i) and self._given_case(words[i - 1].group()))
            or self._doubted(text, words, i)
            or listed_readings(said, self.source)[1]
        ):
            return None
        return _row_surname(self.language, self.source, said, said)

    def _may_open_oblique(self, words: list[re.Match[str]], i: int) -> bool:
        """Whether :meth:`_oblique_person` may find a name from word ``i``: false where no run
        of one, two or three words from it can pass its tests, for its words alone. Each run
        needs word ``i`` capitalised (:func:`_titled`) and either its first words those of a
        listed person of three words (:meth:`_last_declined`) or its last word one
        :meth:`_may_end_oblique` admits (the options of the last word of a run of two or
        three, asked first, and of a word alone)."""
        w = words[i].group()
        if not _titled(w):
            return False
        if self._three_first and _fold_word(w) in self._three_first:
            return True
        return any(self._may_end_oblique(m.group()) for m in words[i : i + 3])

    def _may_end_oblique(self, word: str) -> bool:
        """Whether ``word`` may be the last word of a run :meth:`_oblique_person` reads (a
        word alone, or the second of two, or the third of three): capitalised, three letters
        or more, and a nominative its ending gives is a word of a listed person's name, or it
        starts as one does (where :meth:`_options` asks the dictionary). Without either,
        :meth:`_options` gives such a word none, whatever the text around it; memoised."""
        known = self._oblique_ends.get(word)
        if known is None:
            keys = self._oblique_keys
            known = (
                _titled(word)
                and len(word) > 2
                and (
                    _fold_word(word)[:4] in self._oblique_starts
                    or any(_fold_word(c) in keys for c in _nominatives(word, self.source))
                )
            )
            if len(word) <= MAX_KEY:
                make_room(self._oblique_ends, WORD_MEMO, 1)
                self._oblique_ends[word] = known
        return known

    def _options(self, word: str, k: int, n: int) -> list[str]:
        """The nominatives the text's ``word``, the ``k``-th of a name of ``n`` words, may be a
        case of (:meth:`_may_be`): those its ending gives, else the dictionary's lexemes (Льва →
        Лев, Коновальца → Коновалец), looked up only then, and for a surname only where a
        listed name starts as the word does."""
        by_ending = [c for c in _nominatives(word, self.source) if self._may_be(c, k, n)]
        if by_ending or ((k or n == 1) and _fold_word(word)[:4] not in self._oblique_starts):
            return by_ending
        return [
            c
            for c in _lexeme_nominatives(word, self.source)
            if self._may_be(c, k, n, dictionary=True)
        ]

    def _last_declined(self, said: list[str]) -> tuple[str, ...] | None:
        """The forms of a listed person of three words whose last alone declines, the text's
        first two words as the row writes them (East Asian names: Ким Чен Ына, Хо Ши Мина, Юн
        Сок Йоля), the last a case of the row's by ``[oblique]``'s endings; the dictionary
        declines no such syllable (it reads Юн as a given name and Ёль not at all), the row's
        own first words are the evidence."""
        head = " ".join(said[:2])
        for nominative in _nominatives(said[2], self.source)[1:]:
            name = f"{head} {nominative}"
            if _fold_word(name) in _person_spellings(self.source, 3):
                return self._hit(name)
        return None

    def _may_be(self, word: str, k: int, n: int, dictionary: bool = False) -> bool:
        """Whether ``word``, a nominative guessed for the ``k``-th word of a name of ``n`` words
        in an oblique case, may stand there: a word of a listed person's name; first, a given
        name of the tables (``dictionary``: or one the dictionary lists); the middle of three,
        a patronymic."""
        if n == 3 and k == 1:
            return _is_patronymic(_fold_word(word))
        key = _fold_word(word)
        if key in self._oblique_keys:
            return True
        if k or n == 1:
            return False
        return key in self._given_names or (dictionary and self._listed_given(word))

    def _oblique_forms(
        self, text: str, words: list[re.Match[str]], i: int, nominative: str
    ) -> tuple[str, ...] | None:
        """The forms :meth:`_oblique_person` gives the nominative ``nominative`` of the text's
        word ``i`` and the next one or two, or of word ``i`` alone."""
        key = _fold_word(nominative)
        if nominative.count(" ") == 2:
            # a patronymic between: kept, as the nominative keeps it (Leo Nikolayevich Tolstoy)
            given, patronymic, surname = nominative.split(" ")
            pair = self._person_forms(f"{given} {surname}")
            # (names48) the person's own language's patronymic, as the nominative prints it
            middle = self._own_patronymic(f"{given} {surname}", patronymic, patronymic)
            return tuple(f"{g} {middle} {s}" for g, s in pair) if pair else None
        if " " in nominative:
            pair = self._person_forms(nominative)
            if pair:
                return tuple(f"{g} {s}" for g, s in pair)
            surname, given = nominative.split(" ")  # (written surname first: Листа Ференца)
            if f"{_fold_word(given)} {_fold_word(surname)}" not in self._pairs:
                return None
            swapped = self._surname_first(nominative, list(_WORD.finditer(nominative)), 0)
            if not swapped:
                return None
            return (" ".join(p[2][0] for p in swapped),)
        if (
            self._after_given(text, words, i)
            or _before_name(text, words, i)
            or (i and _spaced(text, words, i - 1, i) and self._given_case(words[i - 1].group()))
        ):
            return None  # (a given name's case before it: Францу Ксаверу Моцарту)
        said = words[i].group()
        common, as_given = listed_readings(said, self.source)
        if (
            key in self._table
            and key in _person_words(self.source)
            and key not in _foreign_persons(self.language, self.source)
        ):
            # a person's row of one word (Путин, Толстой); not where a row of two words with
            # that surname names another person (Пригожин: Prigozhin; Ілля Пригожин: Prigogine)
            row = None if as_given or self._doubted(text, words, i) else self._hit(nominative)
            others = _pair_surnames(self.language, self.source).get(key, ())
            if row and any(lasts[:1] not in ((), row[:1]) for _, lasts in others):
                return None
            return row
        surnames = _row_surname(self.language, self.source, nominative, said)
        if surnames is not None and key not in self._table and key not in self._alone:
            # the surname of a person's row of two words alone (книги Пушкина, вірші Франка:
            # Pushkin, Franko), a form the row itself declines to (_row_surname; Франка is
            # франк's too, the franc: the capital mid-sentence decides); a case of a given name
            # of the tables is none (Германа: Герман's)
            if self._doubted(text, words, i) or any(
                _fold_word(c) in self._given_names for c in _nominatives(said, self.source)
            ):
                return None
            return surnames
        if as_given or (
            (common or any(listed_readings(nominative, self.source)))
            and (key not in surname_lemmas(said, self.source) or self._doubted(text, words, i))
        ):
            # the oblique form a word's (Листа, лист's), unless the dictionary lists it as this
            # surname's too (Ukrainian Кличка: Кличко's, and кличка, a nickname) and it stands
            # capitalised where a capital tells (not a sentence's first word: _doubted)
            return None
        if key in self._table:  # a person row of one word, a foreign person's (Гитлер)
            persons = _foreign_persons(self.language, self.source)
            forms = self._hit(nominative) if key in persons else None
        else:
            forms = self._alone.get(key)
            if key in self._unsure and not _any_admitted(self._unsure[key]):
                return None
        if not forms or not all(f[:1].isupper() for f in forms):
            return None  # (a particle first, де Голля: left to the convention)
        return forms

    def _doubted(self, text: str, words: list[re.Match[str]], i: int) -> bool:
        """Whether a listed person's surname alone in an oblique case at word ``i`` is in
        doubt: a sentence's first word, where a capital tells nothing of a word that is also a
        common word (путина, толстого) or a woman's surname (Ельцина, Блохіна; the full stop
        of an initial ends no sentence: М. Ю. Лермонтова), or a word after a word with a
        capital the tables do not know, which may be a given name they lack before a woman's
        surname (Щука Жукова, Снежана Жукова: not Zhukov; маршала Жукова is), or a word
        spelled as an adjective before a noun it agrees with, a name of that noun's (Успенским
        собором, Білому озері). A sentence's first word that the dictionary reads as no noun
        nor name (Сам, Тоді, Вчора: :func:`~translit.morphology.names_nothing`) owes its
        capital to the sentence, not to a given name: no doubt (Сам Дудаєв: Dudayev)."""
        before = words[i - 1].group() if i else ""
        initial = len(before) == 1 and before.isupper()
        titled = (
            len(before) > 1
            and before[0].isupper()
            and before[1:].islower()
            and not (
                _sentence_start(text, words[i - 1].start()) and names_nothing(before, self.source)
            )
        )
        after = words[i + 1].group() if i + 1 < len(words) else ""
        return (
            (_sentence_start(text, words[i].start()) and not initial)
            or (titled and _spaced(text, words, i - 1, i))
            or (
                after[:1].islower()
                and _spaced(text, words, i, i + 1)
                and agrees_with_noun(words[i].group(), after, self.source)
            )
        )

    def _listed_given(self, word: str) -> bool:
        """Whether ``word`` is a given name of the tables or one the dictionary lists as such
        (not one it guesses from an ending: Кузеран, a county)."""
        return _fold_word(word) in self._given_names or listed_readings(word, self.source)[1]

    def _given_case(self, word: str) -> bool:
        """Whether ``word``, capitalised, is a listed given name in some case (Ксаверу)."""
        return word[:1].isupper() and any(
            self._listed_given(c)
            for c in (*_nominatives(word, self.source), *_lexeme_nominatives(word, self.source))
        )

    def _person_forms(self, name: str) -> list[tuple[str, str]]:
        """The forms of ``name``, "given name + surname" in the nominative, each as (given
        name, surname), as the nominative prints them: a listed person of two words (its
        forms, the given name's variants after them), or a given name the tables or the
        dictionary list (not one it guesses: Кузеран, a county) before a listed person's row of
        one word (the given name's forms with the row's: Владимир Путин → Vladimir Putin; a
        foreign surname alone is none after a given name, :meth:`_surname_alone`); ``[]`` for
        none."""
        given, surname = name.split(" ")
        key = _fold_word(surname)
        if _fold_word(name) in self._pairs:
            forms = self._hit(name)
            split = [f.split(" ", 1) for f in self._given_variants(given, forms or ())]
            return [(p[0], p[1]) for p in split if len(p) == 2]
        keyed = self._keyed_row(given, surname)
        if keyed is not None:  # (Андрієм Сахаровим read as Андрій Сахаров: Андрей Сахаров's)
            first = keyed.split(" ", 1)[0]
            split = [f.split(" ", 1) for f in self._given_variants(first, self._hit(keyed) or ())]
            return [(p[0], p[1]) for p in split if len(p) == 2]
        if key not in self._table or key not in _person_words(self.source):
            return []
        if not self._listed_given(given):
            return []
        last = self._hit(surname) or ()
        entry = self._given.get(_fold_word(given))
        firsts = entry[0] if entry else (self.romanize(given),)
        return [(g, s) for s in last for g in firsts]

    def _after_given(self, text: str, words: list[re.Match[str]], i: int) -> bool:
        """Whether word ``i`` follows a given name, perhaps with a patronymic between, all
        separated by white space only (the place of a surname)."""
        if i == 0:
            return False
        j = i - 1  # the given name: the word before, or the one before a patronymic
        if j >= 1 and _patronymic().match(_fold_word(words[j].group())):
            j -= 1
        return self._is_given(words[j].group()) and _spaced(text, words, j, i)

    def _is_given(self, word: str) -> bool:
        """A capitalised given name: in the tables, or (``[given] morphology`` of
        conventions.toml) read as one by the morphological dictionary (Панас, Агатангел)."""
        if not word[:1].isupper():
            return False
        if _fold_word(word) in self._given_names:
            return True
        return self._morph and is_given_name(word[:1] + word[1:].lower(), self.source)

    def _yo_in_place(self, text: str, words: list[re.Match[str]], i: int) -> str:
        """:meth:`_yo_word` of word ``i``, read as a name when it follows a given name
        (Елена Королева → Королёва; the noun at the start of "Королева приехала" keeps е)."""
        w = words[i].group()
        yo = self._yo_word(w)
        if yo == w and self._yo and w[:1].isupper():
            named = self._yo_word(w, as_name=True)  # (first: the given name's test may cost more)
            if named != w and self._after_given(text, words, i):
                yo = named
        return yo

    def _yo_word(self, word: str, as_name: bool = False) -> str:
        """``word`` with the ё its readers' conventions write where the text has е
        (``[yo]`` of conventions.toml: Федоров → Фёдоров, Fjodorow, Fyodorov, Fiodorov);
        ``as_name``: the word is known to be a name (it follows a given name)."""
        if not self._yo or not word[:1].isupper() or "-" in word:
            return word
        return yo_spelling(word, self.source, as_name=as_name)

    def _with_patronymic(
        self, text: str, words: list[re.Match[str]], i: int
    ) -> list[tuple[int, int, tuple[str, ...]]]:
        """A listed "given name + surname" around a patronymic (or the source language's middle
        name, ``[patronymic.languages]``: Тодор Христов Живков): the two words' spans.

        >>> TargetRomanizer("en")("АНДРЕЙ АНДРЕЕВИЧ ВЛАСОВ")
        'ANDREY ANDREYEVICH VLASOV'
        """
        if i + 2 >= len(words) or _fold_word(words[i].group()) not in self._first:
            return []
        given, patronymic, surname = words[i], words[i + 1], words[i + 2]
        if not (
            _spaced(text, words, i, i + 2)
            and patronymic.group()[:1].isupper()
            and _is_patronymic(_fold_word(patronymic.group()), self.source)
            and _bounded(text, given.start(), surname.end())
        ):
            return []
        # the three words in capitals: the name in capitals (АНДРЕЙ АНДРЕЕВИЧ ВЛАСОВ, as a
        # heading or a list writes it), no acronym of a given name's spelling
        caps = all(_is_acronym_form(w.group()) for w in (given, patronymic, surname))
        forms = self._hit(f"{given.group()} {surname.group()}")
        if not forms or (_is_acronym_form(given.group()) and not caps):
            return []
        # the row's forms of two words (a reader's form of the surname alone, the French press's
        # Lénine beside Vladimir Lénine, names no given name to put the patronymic after)
        split = [p for f in forms if len(p := f.split(" ", 1)) == 2]
        if not split:
            return []
        firsts = tuple(dict.fromkeys(p[0] for p in split))
        lasts = tuple(dict.fromkeys(p[1] for p in split))
        spans = [(given.start(), given.end(), firsts), (surname.start(), surname.end(), lasts)]
        # a row that writes the given name in its Russian form (Дмитро Медведєв: Dmitry) writes
        # the patronymic so too (Anatolyevich, not the Ukrainian Anatoliiovych), and a person
        # of another language's takes that language's (Віталь Клічко: Volodymyrovych)
        said = patronymic.group()
        middle = self._row_patronymic(
            _fold_word(f"{given.group()} {surname.group()}"), said[:1] + said[1:].lower()
        )
        if middle:
            middle = middle.upper() if caps else middle
            spans.insert(1, (patronymic.start(), patronymic.end(), (middle,)))
        return spans

    def _surname_first(
        self, text: str, words: list[re.Match[str]], i: int
    ) -> list[tuple[int, int, tuple[str, ...]]]:
        """A listed "given name + surname" written surname first, as lists, indexes and
        bibliographies write a person (ВЛАСОВ Андрей Андреевич, Тимошенко, Юлия), or as a
        text writes a person whose language puts the surname first (Мураками Харуки): the two
        words' spans in the text's order, each with its part of the listed forms.

        >>> TargetRomanizer("en")("Мураками Харуки"), TargetRomanizer("en")("ТИМОШЕНКО ЮЛИЯ")
        ('Murakami Haruki', 'TYMOSHENKO YULIA')
        """
        if i + 1 >= len(words):
            return []
        surname, given = words[i], words[i + 1]
        if not (surname.group()[:1].isupper() and given.group()[:1].isupper()):
            return []
        key = _fold_word(given.group())
        if key not in self._first:
            return []
        between = text[surname.end() : given.start()]
        native = key not in self._given_names
        if native:
            # a listed person of two words whose given name is none of the table's (Харуки
            # Мураками written Мураками Харуки, as Russian texts write Japanese, Korean,
            # Chinese, Hungarian names): only spaces between (no line break), and the words in
            # the text's order no row of their own
            last = _fold_word(surname.group())
            if (
                not _spaced(text, words, i, i + 1)
                or "\n" in between
                or f"{key} {last}" not in self._pairs
                or f"{last} {key}" in self._table
            ):
                return []
        # both words in capitals: the name in capitals (ТИМОШЕНКО ЮЛИЯ, as a heading or a list
        # in capitals writes it), no acronym of a given name's spelling
        caps = _is_acronym_form(surname.group()) and _is_acronym_form(given.group())
        if (
            between.strip() not in ("", ",")
            or not _bounded(text, surname.start(), given.end())
            or (_is_acronym_form(given.group()) and not caps)
        ):
            return []
        forms = self._hit(f"{given.group()} {surname.group()}")
        # the forms of two words: a title of three (J. Robert Oppenheimer, Franklin Delano
        # Roosevelt) has no part for each word, and the row's form the text's two words name
        # follows it after | (Robert Oppenheimer, Franklin Roosevelt); where a longer form
        # lacks that surname, the row names no surname (Constantin le Grand beside
        # Constantin Ier: Великий Константин is no surname first)
        every = [f.split(" ") for f in forms or ()]
        split = [p for p in every if len(p) == 2]
        if not split or any(
            len(p) < 2 or (len(p) > 2 and any(s[1] not in p for s in split)) for p in every
        ):
            return []
        if native:
            # a form whose given name is none of the readings the tables give the text's word
            # (Ференц written, read Ferenc; Franz printed) renders another name, and swapped
            # it is a name nobody prints (Liszt Franz): readers get the person as the row
            # writes it (Franz Liszt), as their encyclopedias print him in running text
            known = _given_readings(self.language, self.source).get(key)
            if known and _bare_form(split[0][0]) not in known:
                assert forms is not None
                return [(surname.start(), given.end(), forms)]
        lasts = tuple(dict.fromkeys(p[1] for p in split))
        firsts = tuple(dict.fromkeys(p[0] for p in split))
        if caps:
            lasts, firsts = _upper(lasts), _upper(firsts)
        return [(surname.start(), surname.end(), lasts), (given.start(), given.end(), firsts)]

    def spans(self, text: str) -> list[tuple[int, int, tuple[str, ...]]]:
        """The replaced spans of ``text``: (start, end, forms with the preferred one first).

        >>> TargetRomanizer("en").spans("Юрий Лотман, Москва")
        [(0, 4, ('Yuri', 'Yury')), (13, 19, ('Moscow',))]
        """
        text = want_str(text, "spans()")
        words = list(_WORD.finditer(text))
        if not words:
            return []
        joined = "".join(map(_GROUP, words))
        has_lower = joined != joined.upper()
        caps: CapsLines | None = None  # (built when a word in capitals asks)
        needs, izofa = self._izofa
        if needs and not set(needs) <= set(joined.lower()):
            izofa = ()  # (a text typed without ӣ writes и for it: Эмомали is no izofa)
        out: list[tuple[int, int, tuple[str, ...]]] = []
        plain_known = self._plain_words  # (_may_start's memo, read first: most words stop there)
        i = 0
        while i < len(words):
            first = words[i]
            # a word whose first character is no capital starts no regnal name, no name surname
            # first, no respelled pair, no Korean, Chinese, Japanese or other language's name,
            # no person in an oblique case, no given name nor surname, no name that takes ё:
            # each of those rules asks for that capital first, so none is asked (their answer
            # is theirs when not asked: nothing). A run of a listed form, an acronym row, a
            # surname alone after its particle (де Голль), a generic word and a compound's
            # parts are still looked up, as are words in capitals (1990-Х)
            w = first.group()
            cap = w[:1].isupper()
            if not cap and not (
                self._may_start(w) if (known := plain_known.get(w)) is None else known
            ):
                i += 1  # (nothing below reads such a word: no rule it could start)
                continue
            folded = _fold_word(w)
            # a capitalised word that no table lists nor any syllable reading takes is asked
            # only the rules that read its neighbours (_may_be_named: the others answer None)
            itself = cap and self._may_be_named(w)
            regnal = self._regnal_hit(text, words, i) if itself else []
            if regnal:
                out.extend(regnal)
                i += 1
                continue
            surname_first = self._surname_first(text, words, i) if cap else []
            if surname_first:
                out.extend(surname_first)
                i += 2
                continue
            respelled = self._respelled_hit(text, words, i) if itself else None
            if respelled:
                out.append((first.start(), words[i + 1].end(), respelled))
                i += 2
                continue
            done = 0
            maxn = min(self._max_words, len(words) - i)
            if folded not in self._first:
                maxn = 0  # no entry starts with this word: skip the look-ups
            elif maxn > 1:
                # a run of words apart by white space alone (:func:`_spaced`): no entry reads
                # across punctuation, so the longer runs are not looked up
                reach = 1
                while (
                    reach < maxn
                    and text[words[i + reach - 1].end() : words[i + reach].start()].isspace()
                ):
                    reach += 1
                maxn = reach
            # a Korean name after the rows of several words, before those of one (Цой Гю Ха is
            # Choi Kyu-hah, not the Tsoi of Viktor Tsoi) and a surname alone
            korean = (
                self._korean_hit(text, words, i)
                if itself and self._korean and korean_surname(first.group(), self.source)
                else None
            )
            for n in range(maxn, 0 if korean is None else 1, -1):
                last = words[i + n - 1]  # (words i to i + n - 1 are _spaced: n <= reach)
                if not _bounded(text, first.start(), last.end()):
                    continue
                forms = self._hit(text[first.start() : last.end()])
                if forms is not None and n == 1:
                    forms = self._word_in_place(text, words, i, folded, forms)
                if forms is not None:
                    if n > 1:
                        forms = self._given_variants(first.group(), forms)
                    span = text[first.start() : last.end()]
                    if not has_lower or not any(c.islower() for c in span):
                        # an acronym on a line in capitals: its form in capitals (ВЧК → CHEKA)
                        caps = caps or CapsLines(text, self._vowels)
                        if caps.at(first.start()) and len(span) > 1:
                            forms = _upper(forms)
                    out.append((first.start(), last.end(), forms))
                    done = n
                    break
            if done:
                i += done
                continue
            keyed = self._keyed_hit(text, words, i) if self._keyed and cap else None
            if keyed is None and self._keyed and cap:
                keyed = self._keyed_surname(text, words, i)
            if keyed is not None:
                out.append((first.start(), words[i + keyed[0] - 1].end(), keyed[1]))
                i += keyed[0]
                continue
            if korean is not None:
                out.extend(korean[0])
                i += korean[1]
                continue
            elsewhere = (
                self._elsewhere_hit(text, words, i)
                if cap and folded in self._elsewhere_first
                else None
            )
            if elsewhere is not None:
                n, forms = elsewhere
                out.append((first.start(), words[i + n - 1].end(), forms))
                i += n
                continue
            alone = (
                self._surname_alone(text, words, i)
                if folded in self._alone_first or folded.split("-", 1)[0] in self._alone_parts
                else None
            )
            if alone is not None:
                n, forms = alone
                out.append((first.start(), words[i + n - 1].end(), forms))
                i += n
                continue
            oblique = (
                self._oblique_place(text, words, i)
                if cap and folded[:2] in self._oblique_places
                else None
            ) or (
                self._oblique_person(text, words, i)
                if cap and self._oblique_keys and self._may_open_oblique(words, i)
                else None
            )
            if oblique is not None:
                n, forms = oblique
                out.append((first.start(), words[i + n - 1].end(), forms))
                i += n
                continue
            syllabic = self._chinese_hit(text, words, i) if itself and self._chinese else []
            if not syllabic and itself and self._japanese:
                syllabic = self._japanese_hit(text, words, i)
            if syllabic:
                out.extend(syllabic)
                i += len(syllabic)
                continue
            with_patronymic = self._with_patronymic(text, words, i) if folded in self._first else []
            if with_patronymic:
                out.extend(with_patronymic)
                i += 3
                continue
            bounded = _bounded(text, first.start(), first.end())
            given = foreign = None
            if self._given and bounded and itself:
                foreign = self._foreign_hit(text, words, i) if self._foreign else None
                given = foreign or self._given_hit(text, words, i)
            surname = (
                self._surname_hit(text, words, i)
                if cap and (self._surnames or self._rewrites)
                else None
            )
            in_name = bounded and cap and _in_name(text, words, i)
            person = (self._person is not None or bool(self._person_rewrites)) and in_name
            named = w  # the word as a person's name writes it: without the izofa
            if in_name and izofa and w[1:].islower() and _before_name(text, words, i):
                for pattern, repl in izofa:  # (Рустами Эмомалӣ: Rustam Emomali)
                    named = pattern.sub(repl, named)
            if given is not None:
                out.append((first.start(), first.end(), given))
                while (
                    foreign
                    and i + 1 < len(words)
                    and (particle := _foreign_particle(words[i + 1].group())) is not None
                ):
                    i += 1  # a foreign name's particle as its language writes it (фон: von)
                    out.append((words[i].start(), words[i].end(), (particle,)))
            elif surname is not None:
                out.append((first.start(), first.end(), (surname,)))
            elif (
                w.isupper()
                and "-" not in w
                and sum(c.isalpha() for c in w) >= 2
                and (has_lower or len(w) <= 5 or not self._has_vowel(w))
                and bounded
            ):
                caps = caps or CapsLines(text, self._vowels)
                headline = caps.at(first.start())
                if numeral_runs().fullmatch(w) and ends_capitals(text, first.start(), first.end()):
                    # a name's last syllable the look-alike rule keeps (ПАК ЧОН ХІ ПРИБУВ),
                    # which alone reads as a numeral: read in small letters, as no numeral is
                    capitals = self._convert(w.lower()).upper()
                else:
                    capitals = self._person_form(w) if person else self.capitals(w, headline)
                if headline:
                    capitals = capitals.upper()  # (an acronym's title-case digraphs: ZhKKh)
                out.append((first.start(), first.end(), (capitals,)))
            elif (person or named != w) and (
                (form := self._person_form(named)) != (plain := self._convert(w))
            ):
                # a person's name, written as readers write persons ([persons]: Kubrat Pulev,
                # Akhmet Baitursynuly); the convention's form stays an accepted variant
                out.append((first.start(), first.end(), (form, plain)))
            elif (
                w in self._generics
                and bounded
                and i
                and words[i - 1].group()[:1].isupper()
                and _spaced(text, words, i - 1, i)
            ):
                # a place's generic word after its name, capitalised as readers write it
                # ([generics]: Фрушка гора → Fruška Gora, Увс нуур → Uvs Nuur)
                plain = self._convert(w)
                form = self._generic_forms.get(w) or plain[:1].upper() + plain[1:]
                out.append((first.start(), first.end(), (form, plain)))
            elif "-" in w or "\u2010" in w:
                # a compound not listed as a whole: its parts may be (Горбачёв-фонд)
                start = first.start()
                for part in _PART.finditer(w):
                    forms = self._hit(part.group())
                    if forms is not None:
                        out.append((start + part.start(), start + part.end(), forms))
            elif bounded and cap and (yo := self._yo_in_place(text, words, i)) != w:
                # the ё the text leaves out; the е reading stays an accepted variant
                out.append((first.start(), first.end(), (self._convert(yo), self._convert(w))))
            i += 1
        return self._with_initials(text, words, out) if self._initials else out

    def _with_initials(
        self,
        text: str,
        words: list[re.Match[str]],
        out: list[tuple[int, int, tuple[str, ...]]],
    ) -> list[tuple[int, int, tuple[str, ...]]]:
        """``out`` and a span for each initial of ``text`` that no span of ``out`` covers (a
        capital the readers' table ``[initials.<target>]`` names and a full stop, beside
        another initial, Ю. А. Гагарин, or before a surname, Я. Гашек, or joined to the
        word after, Я.Гашек; not the pronoun Я ending a sentence): French I. for Ю., not Iou.

        >>> TargetRomanizer("fr").romanize("Ю. А. Гагарин, Я.Гашек, Е. Т. Гайдар. Кто? Я. Потом")
        'I. A. Gagarine, I.Gachek, E. T. Gaïdar. Kto? Ia. Potom'
        """
        added: list[tuple[int, int, tuple[str, ...]]] = []
        for k, m in enumerate(words):
            w, end = m.group(), m.end()
            if w not in self._initials or text[end : end + 1] != ".":
                continue
            if any(a <= m.start() < b for a, b, _ in out):
                continue
            after = words[k + 1] if k + 1 < len(words) else None
            named = after is not None and after.group()[:1].isupper()
            if not (
                (k and _is_initial(text, words[k - 1]))
                or (
                    named
                    and after is not None
                    and (
                        after.start() == end + 1  # (joined: Я.Гашек)
                        or _is_initial(text, after)
                        or _dictionary_name(after.group())
                    )
                )
            ):
                continue
            added.append((m.start(), end, (self._initials[w],)))
        return sorted(out + added) if added else out

    def _may_be_named(self, word: str) -> bool:
        """Whether a rule of :meth:`spans` that reads capitalised ``word`` itself may take it:
        a regnal name, a South Slavic given name (:meth:`_respelled_hit`), a Korean or Chinese
        surname or a word of Palladius's or Polivanov's syllables (:meth:`_korean_hit`,
        :meth:`_chinese_hit`, :meth:`_japanese_hit`), a given name of the tables or a foreign
        one. Where it is none of them, each of those rules answers ``None`` or ``[]``, whatever
        the words around it (tests/test_names_readers41.py asks them); the rules that read
        the words around it (a surname after a given name, a person in an oblique case, a
        name written surname first, ё) are still asked. A function of the word, memoised."""
        known = self._named_words.get(word)
        if known is None:
            folded = _fold_word(word)
            known = (
                folded in self._regnal
                or folded in south_slavic_given()
                or folded in self._given
                or all(_fold_word(p) in self._foreign for p in _HYPHEN.split(word))
                or (self._korean and korean_surname(word, self.source) is not None)
                or (self._chinese and chinese_may_read(word, self.source))
                or (self._japanese and hepburn_word(word) is not None)
            )
            if len(word) <= MAX_KEY:
                make_room(self._named_words, WORD_MEMO, 1)
                self._named_words[word] = known
        return known

    def _may_start(self, word: str) -> bool:
        """Whether ``word``, whose first character is no capital, may start a rule of
        :meth:`spans`: a run of a listed form or acronym row, a surname alone after its
        particle (де Голль), a place's generic word, a compound (its listed parts), a word in
        capitals (1990-Х). A function of the word alone, memoised (bounded)."""
        known = self._plain_words.get(word)
        if known is None:
            folded = _fold_word(word)
            known = (
                folded in self._first
                or folded in self._alone_first
                or word in self._generics
                or "-" in word
                or "\u2010" in word
                or word.isupper()
            )
            if len(word) <= MAX_KEY:
                make_room(self._plain_words, WORD_MEMO, 1)
                self._plain_words[word] = known
        return known

    def _respelled_hit(
        self, text: str, words: list[re.Match[str]], i: int
    ) -> tuple[str, ...] | None:
        """Forms of words ``i`` and ``i + 1``, a person of another language the source spells
        in its letters (``[respelled]`` of conventions.toml: Зоран Джинджич → Zoran Đinđić): a
        South Slavic given name the source has not, then a surname of that language's ending,
        which no established form reads, written as that language writes the pair. Not a pair
        within a name of three capitalised words: there the word in -ич is a Russian patronymic
        (Муса Хираманович Манаров, Манаров Муса Хираманович).

        >>> TargetRomanizer("fr")("Ратко Младич и Иван Петрович")
        'Ratko Mladić i Ivan Petrovitch'
        """
        if self._respelled is None or i + 1 >= len(words) or not _spaced(text, words, i, i + 1):
            return None
        given = words[i].group()
        if not given[:1].isupper() or _fold_word(given) not in south_slavic_given():
            return None  # (asked first: the cheapest test, and the one most words fail)
        prev = words[i - 1].group() if i else ""
        before = (
            prev[:1].isupper()
            and _spaced(text, words, i - 1, i)
            and not is_whole_common_word(prev, self.source)  # (Режиссёр Горан Брегович)
        )
        if before or _third_name_word(text, words, i):
            return None
        lang, ending, rewrites = self._respelled
        surname = words[i + 1].group()
        if (
            not surname[:1].isupper()
            or not ending.search(surname)
            or self._hit(f"{given} {surname}") is not None
            or self._hit(surname) is not None
        ):
            return None
        spelled = " ".join(
            _in_word_case(w, _rewritten(w.lower(), rewrites)) for w in (given, surname)
        )
        return (get_target_romanizer(self.language, lang).romanize(spelled),)

    def _elsewhere_hit(
        self, text: str, words: list[re.Match[str]], i: int
    ) -> tuple[int, tuple[str, ...]] | None:
        """(words, forms) of a capitalised name another Cyrillic language spells so
        (:func:`~translit.names.forms.elsewhere_variants`) that is no word or name of the
        source: not one of its given names, nor a word its dictionary knows (Семей, Орал:
        Russian words as well as Kazakh towns). A name among Latin words (Гомель und Гродна:
        no Cyrillic word beside it, or none at all) is quoted as named, so only a whole word of
        the dictionary keeps it; beside a Cyrillic word, any form the dictionary reads does
        (из Гродна: the Russian genitive of Гродно)."""
        first = words[i]
        for n in range(min(self._elsewhere_words, len(words) - i), 0, -1):
            last = words[i + n - 1]
            if not _spaced(text, words, i, i + n - 1):
                continue
            span = text[first.start() : last.end()]
            forms = self._elsewhere.get(_fold_word(span))
            if (
                forms is None
                or not span[:1].isupper()
                or not _bounded(text, first.start(), last.end())
            ):
                continue
            sides = (
                text[words[i - 1].end() : first.start()] if i else "x",
                text[last.end() : words[i + n].start()] if i + n < len(words) else "x",
            )
            quoted = all(any(c.isalpha() for c in side) for side in sides)
            known = is_whole_common_word if quoted else _any_reading
            if all(
                _fold_word(w) in self._given_names or known(w, self.source) for w in span.split()
            ):
                return None
            letters = [c for c in span if c.isalpha()]
            return n, (
                _upper(forms) if len(letters) > 1 and span.isupper() else _word_caps(span, forms)
            )
        return None

    def _person_form(self, word: str) -> str:
        """``word`` as a part of a person's name (``[persons]`` of conventions.toml): its
        rewrites, then the persons' scheme, else the convention."""
        word = _rewritten(word, self._person_rewrites)
        if self._person is None:
            return self._convert(word)
        out = self._person.romanize(word)
        return out.translate(self._person_fold) if self._person_fold is not None else out

    def _convert(self, text: str, held: bool = False) -> str:
        """``text`` through the convention; the scholarly letters a fallback writes for
        Cyrillic are folded, Latin text of the input is kept as it is. ``held``: its one-letter
        capital words left held for the line (:meth:`Romanizer.held`)."""
        for pattern, repl in self._respell:
            text = pattern.sub(repl, text)
        out = self._rom.held(text) if held else self._rom.romanize(text)
        fold = self._fold
        if fold is None:
            return out
        if self._fold_chars.isdisjoint(text):
            return out.translate(fold)
        # word by word (the input's own letters are kept), the one-letter words settled over
        # the piece unless the caller settles them over its line
        if OPEN in text or CLOSE in text:
            return _WORD.sub(lambda m: self._rom.romanize(m.group()).translate(fold), text)
        out = _WORD.sub(lambda m: self._rom.held(m.group()).translate(fold), text)
        return out if held else self._rom.resolve(out)

    def romanize(self, text: str) -> str:
        """Romanise ``text`` for this target (see the module docstring for the rules)."""
        text = want_str(text, "romanize()")
        # the text between the forms is romanised in pieces; its one-letter capital words are
        # written in their case once the line is joined, so that they see the forms beside them
        # (ЩУКИН Щ. Ж. → SHCHUKIN SHCH. ZH., not Shch. Zh.)
        spans = self.spans(text)
        held = bool(spans) and OPEN not in text and CLOSE not in text
        out: list[str] = []
        pos = 0
        for start, end, forms in spans:
            out.append(self._convert(text[pos:start], held))
            out.append(forms[0])
            pos = end
        out.append(self._convert(text[pos:], held))
        return self._rom.resolve("".join(out)) if held else "".join(out)

    def alternatives(self, text: str) -> list[tuple[str, ...]]:
        """``text`` as pieces, each with every accepted rendering (preferred first): what
        :func:`translit.verify` compares a given romanisation with.

        >>> TargetRomanizer("en").alternatives("Юрий Лотман")
        [('Yuri', 'Yury'), (' Lotman',)]
        """
        rom = self._convert
        out: list[tuple[str, ...]] = []
        pos = 0
        for start, end, forms in self.spans(text):
            if pos < start:
                out.append((rom(text[pos:start]),))
            out.append(forms)
            pos = end
        if pos < len(text):
            out.append((rom(text[pos:]),))
        return out

    __call__ = romanize


@functools.cache
def _foreign_particles() -> dict[str, str]:
    """``[given.foreign_particles]`` of conventions.toml: the words in small letters that may
    stand between a foreign given name and its surname (де, ван, фон) → their Latin form."""
    return {str(k): str(v) for k, v in _config()["given"].get("foreign_particles", {}).items()}


@functools.cache
def _given_places(source: str) -> frozenset[str]:
    """Folded given names of ``source`` spelled as a place (``[given.places]`` of
    conventions.toml: Јордан, Софија), read as the given name before a surname."""
    return frozenset(_fold_word(w) for w in _config()["given"].get("places", {}).get(source, ()))


def _foreign_particle(word: str) -> str | None:
    """The Latin form of ``word`` when it is a particle of a foreign name (in small letters: a
    capitalised Де is a part of the surname, Витторио Де Сика).

    >>> _foreign_particle("фон"), _foreign_particle("Де")
    ('von', None)
    """
    return _foreign_particles().get(word) if word.islower() else None


@functools.cache
def _person_spellings(source: str, words: int) -> frozenset[str]:
    """Folded person spellings of ``words`` words in ``glossaries/names.csv`` (``source``'s,
    then the Russian ones): of two, the persons a text may write with the two words swapped; of
    three, the East Asian names whose last word alone declines (Ким Чен Ына).

    >>> "харуки мураками" in _person_spellings("ru", 2), "нью йорк" in _person_spellings("ru", 2)
    (True, False)
    >>> "ким чен ын" in _person_spellings("ru", 3), "юн сок йоль" in _person_spellings("uk", 3)
    (True, True)
    """
    order = source_order(source)
    return frozenset(
        fold(row.text)
        for row in established_rows()
        if row.kind == "person" and row.lang in order and row.text.count(" ") == words - 1
    )


@functools.lru_cache(maxsize=1 << 12)
def _same_surname(word: str, listed: str) -> bool:
    """Whether the surname ``word`` may be the listed surname ``listed`` in another Cyrillic
    spelling (:func:`~translit.names.keys.same_name` of the two words: their keys, with the
    readings keys.toml gives a Cyrillic word, ``[cyrillic_variants]`` and ``[vowel_reduction]``),
    cached: :meth:`TargetRomanizer._keyed_row` asks it of each guessed nominative.

    >>> _same_surname("Пуцін", "Путин"), _same_surname("Навальны", "Навальный")
    (True, True)
    >>> _same_surname("Путін", "Пугачёв")
    False
    """
    return same_name(word, listed)


#: the letters whose spelling Ukrainian, Belarusian and Russian share as one letter
#: (:func:`_initials`): Єльцин and Ельцин, Ігнатьєв and Игнатьев start alike
#: and the vowels Belarusian writes for unstressed о and е (akanye, yakanye: Сабянін, Собянин)
_ONE_LETTER = str.maketrans("єіїёэыґоя", "еииеиигае")


def _initials(word: str) -> str:
    """The first two letters of ``word``, folded, each letter that Ukrainian, Belarusian and
    Russian write differently read as one (:data:`_ONE_LETTER`): what a surname's spellings
    in those languages share, the cheap test before its key."""
    return _fold_word(word)[:2].translate(_ONE_LETTER)


@functools.lru_cache(maxsize=1 << 10)
def _russian_patronymic(word: str, source: str, lang: str = "ru") -> str | None:
    """The Russian patronymic, in the nominative, of the patronymic ``word`` of ``source``'s
    spelling (in a case where ``source`` has ``[oblique]`` endings): the father's given name read
    from it and formed again in Russian (``[patronymic.russian]`` of conventions.toml), the
    first form the Russian dictionary reads as a person's name of the patronymic's sex; None
    for a word that is no patronymic of a listed given name. ``lang="uk"``: the Ukrainian one
    (``[patronymic.ukrainian]``: Уладзіміравіч → Володимирович).

    >>> _russian_patronymic("Володимирович", "uk"), _russian_patronymic("Олексіївни", "uk")
    ('Владимирович', 'Алексеевна')
    >>> _russian_patronymic("Уладзіміравіч", "be"), _russian_patronymic("Петрович", "uk")
    ('Владимирович', 'Петрович')
    >>> _russian_patronymic("Шевченко", "uk") is None
    True
    >>> _russian_patronymic("Уладзіміравіч", "be", "uk"), _russian_patronymic("Мікалаеўна", "be", "uk")
    ('Володимирович', 'Миколаївна')

    A patronymic of ``[patronymic.irregular]`` is read as its father's name there:

    >>> _russian_patronymic("Якаўлевіч", "be"), _russian_patronymic("Ілліч", "uk")
    ('Яковлевич', 'Ильич')
    >>> _russian_patronymic("Міхайлаўна", "be", "uk"), _russian_patronymic("Ильича", "ru", "uk")
    ('Михайлівна', 'Ілліч')
    """
    config = _config()["patronymic"]
    rules = config["russian"]
    patronymic_of = _russian_patronymic_of if lang == "ru" else _ukrainian_patronymic_of
    for nominative in _patronymic_nominatives(word, source):
        low = _fold_word(nominative)
        if not _is_patronymic(low):
            continue
        sex = "daughter" if low.endswith(tuple(rules["daughter_endings"])) else "son"
        if low in _irregular_patronymics():  # (Якаўлевіч: Якаў; Ільіч: Ілля)
            father, sex = _irregular_patronymics()[low]
            gid = _given_ids().get(father)
            if gid is not None and (found := patronymic_of(gid, sex)) is not None:
                return found
        for ending in sorted(config["endings"], key=len, reverse=True):
            if not low.endswith(ending):
                continue
            stem = low[: -len(ending)]
            for drop, add in rules["father"]:
                if not stem.endswith(drop):
                    continue
                gid = _given_ids().get(stem[: len(stem) - len(drop)] + add)
                if gid is not None and (found := patronymic_of(gid, sex)) is not None:
                    return found
    return None


def _patronymic_nominatives(word: str, source: str) -> list[str]:
    """The patronymics ``word`` may be a case of, itself first: by ``[oblique.<lang>]``'s
    endings, or (Belarusian, no such endings) by ``[declension.be]``'s ``patronymic`` rules
    (Рыгоравічам, Ільічу, Аляксандраўнай: Рыгоравіч, Ільіч, Аляксандраўна); ``[word]`` for a
    language read in the nominative alone.

    >>> _patronymic_nominatives("Рыгоравічам", "be"), _patronymic_nominatives("Ильича", "bg")
    (['Рыгоравічам', 'Рыгоравіч'], ['Ильича'])
    """
    if source in _oblique_sources():
        return _nominatives(word, source)
    return [word, *declined_nominatives(word, source, "patronymic")]


def _name_nominatives(word: str, source: str) -> list[str]:
    """The nominatives a word of a person's name may be a case of, itself first:
    :func:`_nominatives`, and for a language of a ``[declension.<lang>]`` table its
    ``surname`` rules' too (Пуціным, Лукашэнкам: Пуцін, Лукашэнка)."""
    return list(
        dict.fromkeys((*_nominatives(word, source), *declined_nominatives(word, source, "surname")))
    )


@functools.cache
def _ukrainian_patronymic_of(gid: str, sex: str) -> str | None:
    """The Ukrainian patronymic (``sex``: son or daughter) of the given name ``gid`` of the
    given-name tables, by ``[patronymic.ukrainian]`` (the first rule whose end the name's
    Ukrainian spelling has: the dictionary lacks many, Володимирович among them)."""
    if (listed := _irregular_patronymic_of(gid, sex, "uk")) is not None:
        return listed  # (Яків → Якович, Ілля → Ілліч)
    rules = _config()["patronymic"]["ukrainian"][sex]
    for g in given_names():
        if g.id != gid:
            continue
        for name in g.spellings.get("uk", ()):
            for drop, add in rules:
                if name.endswith(drop):
                    return name[: len(name) - len(drop)] + add
    return None


@functools.cache
def _own_language_rows(source: str) -> Mapping[str, str]:
    """Folded ``source`` spelling of each person row ``[patronymic] own_language`` lists → the
    person's own language, whose patronymic a line of another language is printed with."""
    ids = {i: lang for lang, rows in _config()["patronymic"].get("own_language", {}).items()
           for i in rows}  # fmt: skip
    return {
        fold(row.text): ids[row.id]
        for row in established_rows()
        if row.id in ids and row.lang == source and row.kind == "person"
    }


@functools.cache
def _russian_patronymic_of(gid: str, sex: str) -> str | None:
    """The Russian patronymic (``sex``: son or daughter) of the given name ``gid`` of the
    given-name tables, by ``[patronymic.russian]``; None where the dictionary reads none."""
    if (listed := _irregular_patronymic_of(gid, sex, "ru")) is not None:
        return listed  # (Яков → Яковлевич, Илья → Ильич)
    want = "masc" if sex == "son" else "femn"
    for g in given_names():
        if g.id != gid:
            continue
        for name in g.spellings.get("ru", ()):
            for spelling in dict.fromkeys((name, name.replace("ё", "е"))):
                for drop, add in _config()["patronymic"]["russian"][sex]:
                    if spelling.endswith(drop):
                        formed = spelling[: len(spelling) - len(drop)] + add
                        if want in person_genders(formed, "ru"):
                            return formed
    return None


@functools.cache
def _own_persons(source: str) -> frozenset[str]:
    """Folded spellings of the person rows of ``glossaries/names.csv`` in ``source``'s own
    column (not the Russian ones :func:`_keyed_persons` adds)."""
    return frozenset(
        fold(row.text) for row in established_rows() if row.kind == "person" and row.lang == source
    )


@functools.cache
def _russian_given_rows(source: str, target: str) -> frozenset[str]:
    """Folded ``source`` spellings of the person rows of two words whose ``target`` forms write
    the given name in its Russian form (these take the Russian patronymic):

    * where ``source`` spells the given name otherwise, the form's first word is a ``target``
      form of the row's Russian given name (given_names.csv) and none of ``source``'s reader
      forms of its own spelling (given_names_<source>.csv): Дмитро Медведєв, Dmitry;
    * where both spell it alike, the form is the row's Russian spelling as the reader's Russian
      convention writes it: Павел Латушка, en Pavel Latushko (Pavlovich, as en Wikipedia); not
      de Pawel Latuschka, the Belarusian spelling's (Paulawitsch).

    >>> "дмитро медведєв" in _russian_given_rows("uk", "en")
    True
    >>> "володимир зеленський" in _russian_given_rows("uk", "en")
    False
    >>> [("павел латушка" in _russian_given_rows("be", t)) for t in ("en", "de")]
    [True, False]
    """
    by_id: dict[str, dict[str, str]] = {}
    forms: dict[str, tuple[str, ...]] = {}
    for row in established_rows():
        if row.kind == "person" and row.text.count(" ") == 1:
            by_id.setdefault(row.id, {}).setdefault(row.lang, row.text)
            forms.setdefault(row.id, tuple(row.forms.get(target, ())))
    russian = {fold(s): g.forms.get(target, ()) for g in given_names() for s in g.spellings["ru"]}
    own = source_given_forms(source)
    out = set()
    for rid, texts in by_id.items():
        if "ru" not in texts or source not in texts or not forms[rid]:
            continue
        ru_given, given = texts["ru"].split(" ")[0], texts[source].split(" ")[0]
        first = forms[rid][0].split(" ")[0]
        if (
            fold(ru_given) != fold(given)
            and first in russian.get(fold(ru_given), ())
            and first not in own.get(given, {}).get(target, ())
        ) or (
            fold(ru_given) == fold(given)
            and fold(texts["ru"]) != fold(texts[source])
            and forms[rid][0] == get_target_romanizer(target, "ru")._convert(texts["ru"])
        ):
            out.add(fold(texts[source]))
    return frozenset(out)


@functools.cache
def _given_ids() -> dict[str, str]:
    """Folded Russian, Ukrainian and Belarusian spelling of a given name → the id of its row
    of the given-names tables (Володимир, Уладзімір, Владимир: one id); a spelling of two
    rows is neither's."""
    out: dict[str, str | None] = {}
    for g in given_names():
        for lang in ("ru", "uk", "be"):
            for spelling in g.spellings.get(lang, ()):
                key = fold(spelling)
                out[key] = g.id if out.get(key, g.id) == g.id else None
    return {k: v for k, v in out.items() if v is not None}


@functools.cache
def _keyed_persons(source: str) -> Mapping[str, tuple[tuple[str, str, str], ...]]:
    """The persons of two words, a given name and a surname, of ``glossaries/names.csv``
    (``source``'s spellings, then the Russian ones) by the id of the given name
    (:func:`_given_ids`), for a language of ``[given] keyed_persons``: (the surname's
    :func:`_initials`, the surname, the row's spelling) each; empty for another language.

    >>> ("на", "Навальный", "Алексей Навальный") in _keyed_persons("uk")[_given_ids()["олексій"]]
    True
    >>> _keyed_persons("ru")
    {}
    """
    if source not in _config()["given"].get("keyed_persons", ()):
        return {}
    ids = _given_ids()
    out: dict[str, dict[str, tuple[str, str, str]]] = {}
    for lang in source_order(source):
        for row in established_rows():
            if row.kind != "person" or row.lang != lang or row.text.count(" ") != 1:
                continue
            given, surname = row.text.split(" ")
            gid = ids.get(fold(given))
            if gid is not None:  # (the first spelling of a row's name stands for it)
                out.setdefault(gid, {}).setdefault(row.id, (_initials(surname), surname, row.text))
    return {k: tuple(v.values()) for k, v in out.items()}


@functools.cache
def _person_words(source: str, *, own: bool = False) -> frozenset[str]:
    """Folded person spellings of one word in ``glossaries/names.csv`` (``source``'s, then the
    Russian ones; ``own``: ``source``'s alone).

    >>> "гитлер" in _person_words("ru"), "ціханоўская" in _person_words("be", own=True)
    (True, True)
    """
    order = (source,) if own else source_order(source)
    return frozenset(
        fold(row.text)
        for row in established_rows()
        if row.kind == "person" and row.lang in order and " " not in row.text
    )


@functools.cache
def _given_readings(target: str, source: str) -> Mapping[str, frozenset[str]]:
    """Folded spelling of a given name (``source``'s, then the Russian ones) → its forms in
    ``target`` in the given-name tables (their reader forms and the originals of
    ``foreign_given.csv``), case-folded and without accents.

    >>> sorted(_given_readings("en", "ru")["ференц"]), sorted(_given_readings("fr", "ru")["жан"])
    (['ferenc'], ['jean'])
    """
    out: dict[str, set[str]] = {}
    for lang in source_order(source):
        for spelling, (forms, _) in given_forms(target, lang).items():
            out.setdefault(spelling, set()).update(_bare_form(f) for f in forms)
        for spelling, (original, _) in foreign_given_forms(lang).items():
            out.setdefault(spelling, set()).add(_bare_form(original))
    return {k: frozenset(v) for k, v in out.items()}


def _bare_form(form: str) -> str:
    """A reader form case-folded and without accents (Léon, LEON → leon)."""
    return drop_marks(form.casefold())


@functools.cache
def _foreign_persons(target: str, source: str) -> frozenset[str]:
    """Folded one-word person spellings of ``glossaries/names.csv`` (``source``'s, then the
    Russian ones) that name a foreign person: the row prints one form for every reader, and not
    the one the ``target`` convention writes (Трумэн: Truman, not Trumen; Пастернак: Pasternak
    is the convention's, a Russian's name).

    >>> "трумэн" in _foreign_persons("en", "ru"), "пастернак" in _foreign_persons("en", "ru")
    (True, False)
    """
    convert = get_target_romanizer(target, source)._convert
    out = set()
    for row in established_rows():
        if row.kind != "person" or row.lang not in (source, "ru") or " " in row.text:
            continue
        forms = {row.form(t) for t in READERS}
        if len(forms) == 1 and (form := forms.pop()) and form != convert(row.text):
            out.add(fold(row.text))
    return frozenset(out)


@functools.cache
def foreign_surnames(target: str, source: str = "ru") -> Mapping[str, tuple[str, ...]]:
    """A foreign person's surname alone (``[surname_alone]`` of conventions.toml): folded
    surname, with the particles before it, of each "given name + surname" person row of
    ``glossaries/names.csv`` (``source``'s spellings, then the Russian ones) that names a
    foreign person (:func:`_foreign_row`) → the same last words of its ``target`` forms; a
    particle in small letters may be left out (бетховен: Beethoven).

    Derived from the rows, so a row appended later gives its surname too. Left out: a surname
    two rows spell alike with other forms, a given name's spelling, an East Slavic surname
    suffix, and a row whose form has another particle there.

    >>> foreign_surnames("en")["шекспир"], foreign_surnames("fr")["де голль"]
    (('Shakespeare',), ('de Gaulle',))
    >>> "поляков" in foreign_surnames("fr"), "богарне" in foreign_surnames("en")
    (False, False)
    """
    table, unsure = _surname_table(target, source)
    return {k: v for k, v in table.items() if k not in unsure or _any_admitted(unsure[k])}


#: What the dictionary must say of a surname :func:`_surname_table` admits on its word: (a
#: given name it must list as one, or ""; an East Slavic-looking surname it must not list as a
#: surname or a word, or ""; the row's language, whose dictionary says it)
_Unsure = tuple[str, str, str]


def _any_admitted(rows: tuple[_Unsure, ...]) -> bool:
    """Whether the dictionary admits the surname for one of the rows that give it."""
    return any(_admitted(*row) for row in rows)


@functools.lru_cache(maxsize=1 << 10)
def _admitted(given: str, surname: str, lang: str) -> bool:
    """Whether ``lang``'s dictionary admits a surname :func:`_surname_table` left to it: it
    lists ``given`` as a given name (Герберт, Джоан) and ``surname`` as neither a surname nor a
    word (Толкин; not Пригожин). Asked only when the surname is met, so that a text with no
    such word does not load the dictionary.

    >>> _admitted("Герберт", "", "ru"), _admitted("", "Толкин", "ru"), _admitted("", "Поляков", "ru")
    (True, True, False)
    """
    if given and not listed_readings(given, lang)[1]:
        return False
    return not surname or not _russian_surname(surname, lang)


@functools.cache
def _surname_table(
    target: str, source: str
) -> tuple[Mapping[str, tuple[str, ...]], Mapping[str, tuple[_Unsure, ...]]]:
    """(:func:`foreign_surnames` before the dictionary's word: every surname it may give, those
    the dictionary must admit → what it must say, :func:`_admitted`)."""
    particles = _foreign_particles()
    latin = {p.lower() for p in particles.values()}
    endings = tuple(_config().get("surname_alone", {}).get("slavic_endings", ()))
    order = source_order(source)
    given = {lang: given_spellings(lang) for lang in order}
    foreign = {lang: foreign_given_forms(lang) for lang in order}
    # where the text's dictionary keeps a surname off its words when read (Бор, a pine forest),
    # the dictionary may admit a surname too: a given name it lists, a suffix no surname has
    checked = source in _config()["given"]["morphology"]
    found: dict[str, tuple[str, ...]] = {}
    unsure: dict[str, tuple[_Unsure, ...]] = {}
    seen: dict[str, set[tuple[str, ...]]] = {}  # every row's surname → its preferred forms
    for row in established_rows():
        if row.kind != "person" or row.lang not in order or " " not in row.text:
            continue
        words = row.text.split()
        k = len(words) - 1
        while k > 1 and fold(words[k - 1]) in particles:
            k -= 1
        n = len(words) - k
        surnames: dict[str, tuple[str, ...]] = {}
        for t in READERS:
            parts = []
            for form in row.forms.get(t, ()):
                fw = form.split()
                if len(fw) > n and fw[-n - 1].lower() not in latin:
                    parts.append(" ".join(fw[-n:]))
            surnames[t] = tuple(dict.fromkeys(parts))
        keyed = [(fold(" ".join(words[k:])), surnames)]
        if n > 1 and all(w.islower() for w in words[k:-1]):
            # a particle in small letters is left out as Russian texts leave it out (Гёте,
            # Бетховен: Goethe, Beethoven), where the form writes it in small letters too
            bare = {t: tuple(dict.fromkeys(
                        f.split()[-1] for f in fs if all(w.islower() for w in f.split()[:-1])))
                    for t, fs in surnames.items()}  # fmt: skip
            keyed.append((fold(words[-1]), bare))
        for key, forms in keyed:
            seen.setdefault(key, set()).add(tuple(f[0] if f else "" for f in forms.values()))
        last = fold(words[-1])
        row_given = _foreign_row(row, words[0], target, checked)
        slavic = last.endswith(endings)
        if (
            not row_given
            or last in given[row.lang]
            or last in given[source]
            or last in foreign[row.lang]
            or (slavic and (not checked or not _foreign_given(words[0], row.lang)))
        ):
            continue
        # a hyphenated surname of no Slavic ending is its own evidence (Вике-Фрейберга): the
        # dictionary need not know the given name (Вайра)
        asks = (
            words[0] if row_given == "dictionary" and "-" not in words[-1] else "",
            words[-1] if slavic else "",
            row.lang,
        )
        for key, forms in keyed:
            if not all(forms.values()):
                continue  # (none for a form with another particle: Joséphine de Beauharnais)
            if key not in found:
                found[key] = forms[target]
                if any(asks[:2]):
                    unsure[key] = (asks,)
            elif key in unsure:  # (another row may be admitted, or need no word: Илон, Ілон)
                unsure[key] = (*unsure[key], asks) if any(asks[:2]) else ()
    unsure = {k: v for k, v in unsure.items() if v}
    kept = {k: v for k, v in found.items() if len(seen[k]) == 1}
    return kept, {k: v for k, v in unsure.items() if k in kept}


def _foreign_given(given: str, lang: str) -> bool:
    """Whether ``given`` is a given name of ``foreign_given.csv`` only (Джон, Жорж), not one
    the Slavic tables hold too (Гарри, Илья).

    >>> _foreign_given("Джон", "ru"), _foreign_given("Илья", "ru"), _foreign_given("Гарри", "ru")
    (True, False, False)
    """
    foreign = foreign_given_forms(lang)
    parts = [fold(p) for p in _HYPHEN.split(given)]
    return all(p in foreign and not foreign[p][1] for p in parts)


def _east_asian(name: str, lang: str) -> bool:
    """Whether the two-word name ``name`` may be East Asian, its surname first: its first word
    reads as Chinese syllables (Цай Інвень) or its last as Chinese, Japanese or Korean ones
    (Мао Цзэдун, Харуки Мураками).

    >>> _east_asian("Мао Цзэдун", "ru"), _east_asian("Харуки Мураками", "ru")
    (True, True)
    >>> _east_asian("Цай Інвень", "uk"), _east_asian("Джоан Роулинг", "ru")
    (True, False)
    >>> _east_asian("Иван Франко", "ru"), _east_asian("Ева Браун", "ru")
    (False, False)
    """
    first, last = name.split(maxsplit=1)[0], name.rsplit(maxsplit=1)[-1]
    # a Chinese surname first is one syllable, and no given name of the tables (Мао, Цай; not
    # Иван or Ева, which read as the syllables yi wang, ye wa)
    surname = chinese_syllables(first, lang)
    return lang in CHINESE_SOURCES and bool(
        (surname and len(surname) == 1 and fold(first) not in _cyrillic_given_names())
        or chinese_syllables(last, lang)
        or japanese_syllables(last)
        or korean_syllables(last)
    )


def _oblique_sources() -> frozenset[str]:
    """The source languages whose persons' oblique forms :meth:`TargetRomanizer._oblique_person`
    reads: those with case endings in ``conventions.toml`` ``[oblique]`` (Belarusian has
    ``places`` alone: its endings are ``inflection.toml``'s ``[declension.be]``)."""
    return frozenset(k for k, v in _config().get("oblique", {}).items() if "endings" in v)


def _in_address(text: str, words: list[re.Match[str]], i: int, lang: str) -> bool:
    """Whether word ``i`` is a name in an address (a language with ``[oblique.<lang>]
    address``): a settlement's, with a comma after it and then a word of that list (a
    district, a region) one or two words on (Леніна, Жыткавіцкі раён: the village, not Lenin's
    genitive), or a street's, a house number after it (на Машэрава, 18: the avenue, the
    generic word left out).

    >>> t = "Леніна, Жыткавіцкі раён. На Машэрава 18."
    >>> ws = list(re.finditer(r"\\w+", t))
    >>> _in_address(t, ws, 0, "be"), _in_address(t, ws, 4, "be"), _in_address(t, ws, 3, "be")
    (True, True, False)
    """
    ends = _config()["oblique"].get(lang, {}).get("address", ())
    after = text[words[i].end() :]
    if not ends:
        return False
    if re.match(r",?\s\d{1,3}(?!\d|[.,:]\d)", after):
        return True  # (a house number: not a year, Пуціна 2020 году, nor a date, 1.05)
    if not re.match(r"\s*,\s", after):
        return False
    return any(m.group().lower() in ends for m in words[i + 1 : i + 3])


def _named_after(text: str, words: list[re.Match[str]], i: int, lang: str) -> bool:
    """Whether word ``i`` follows a word that names a place after a person (``[oblique.<lang>]
    named_after``: проспект Ленина, им. Кирова, имени И. Е. Репина), white space or a full stop
    and white space between, initials too.

    >>> ws = list(re.finditer(r"\\w+", "театр им. Кирова"))
    >>> _named_after("театр им. Кирова", ws, 2, "ru"), _named_after("театр им. Кирова", ws, 1, "ru")
    (True, False)
    """
    j = i - 1
    while j >= 0 and len(words[j].group()) == 1 and words[j].group().isupper():
        j -= 1  # (an initial)
    if j < 0:
        return False
    between = text[words[j].end() : words[i].start()]
    config = _config()["oblique"][lang]
    before = words[j].group().lower()
    if not re.fullmatch(r"\.?\s+(?:\w\.\s*)*", between):
        return False
    if before in config.get("genitive_never", ()):
        # (a genitive where the preposition takes none: на С. Бандери, the street's word left out)
        return genitive_only(words[i].group(), lang)
    return before in config.get("named_after", ())


#: The most parts a hyphenated name declines by, part by part (Римский-Корсаков: two; a longer
#: word is no name, and its parts' readings would multiply)
_NAME_PARTS = 3


def _nominatives(word: str, lang: str) -> list[str]:
    """The words ``word`` may be an oblique case of, by its ending (``conventions.toml``
    ``[oblique.<lang>] endings``; each part of a hyphenated word by its own), ``word`` itself
    first (an indeclinable name: Кеннеди).

    >>> _nominatives("Толкина", "ru")[:2], "Толстой" in _nominatives("Толстого", "ru")
    (['Толкина', 'Толкин'], True)
    >>> "Салтыков-Щедрин" in _nominatives("Салтыкова-Щедрина", "ru")
    True
    """
    return list(_nominative_guesses(word, lang))


@functools.lru_cache(maxsize=1 << 14)
def _nominative_guesses(word: str, lang: str) -> tuple[str, ...]:
    """:func:`_nominatives`, cached (a function of the word and the language's endings alone:
    every capitalised word of a line asks it, the same ones line after line)."""
    parts = word.split("-")
    if 1 < len(parts) <= _NAME_PARTS:  # (a hyphenated surname, part by part: Римского-Корсакова)
        each = [_nominative_guesses(p, lang) for p in parts]
        return tuple(dict.fromkeys(map("-".join, itertools.product(*each))))
    out = [word]
    for ending, instead in _config()["oblique"][lang].get("endings", ()):
        if word.endswith(ending) and len(word) > len(ending) + 1:
            out.append(word[: -len(ending)] + instead)
    # (Belarusian: the nouns of data/inflection.toml's [declension.be] it is a case of)
    out += declined_nominatives(word, lang)
    return tuple(dict.fromkeys(out))


def _lexeme_nominatives(word: str, lang: str) -> list[str]:
    """The nominatives of the dictionary's lexemes of ``word``, capitalised as ``word``: what
    no ending gives (a fleeting vowel, Льва → Лев; Шевченка → Шевченко); a hyphenated word the
    dictionary lacks whole, part by part.

    >>> _lexeme_nominatives("Льва", "ru"), _lexeme_nominatives("Шевченка", "uk")
    (['Лев'], ['Шевченко'])
    >>> "Бестужев-Рюмін" in _lexeme_nominatives("Бестужевим-Рюміном", "uk")
    True
    """
    if not word[:1].isupper() or lang not in MORPHOLOGY_LANGUAGES:
        return []  # (Belarusian: no dictionary; _nominatives reads its declension table)
    found = ["-".join(p[:1].upper() + p[1:] for p in lemma.split("-"))
             for lemma in sorted(lexemes(word, lang))]  # fmt: skip
    parts = word.split("-")
    if found or not 1 < len(parts) <= _NAME_PARTS:
        return found
    # a hyphenated name the dictionary lacks whole: part by part, each by its lexemes or its
    # ending (Бестужевим-Рюміном: Бестужев, the lexeme; Рюмін, the ending)
    each = [[*_lexeme_nominatives(p, lang), *_nominatives(p, lang)] for p in parts]
    return [n for n in map("-".join, itertools.product(*each)) if n != word]


@functools.lru_cache(maxsize=1 << 12)
def _declines_to(nominative: str, said: str, lang: str, hint: str = "person") -> bool:
    """Whether ``said`` is the person's name ``nominative`` in an oblique case of the singular
    (genitive, dative, instrumental, prepositional) as :func:`translit.morphology.forms` gives
    it, read as a person's (``hint``; ``"place"``: a place's, Києві of Київ): the derivation of
    the oblique place table.

    >>> _declines_to("Джон Кеннеди", "Джона Кеннеди", "ru"), _declines_to("Лист", "Листа", "ru")
    (True, True)
    >>> _declines_to("Толкин", "Толкину", "ru"), _declines_to("Толкин", "Толкины", "ru")
    (True, False)
    """
    want = fold(said)
    if declension_table(lang) is not None:  # (Belarusian: the table's singular cases)
        if hint == "person" and " " in nominative:  # (each word of a name in one case)
            return any(fold(f) == want for f in person_declined(nominative, lang))
        return any(fold(f) == want for f in singular_declined(nominative, lang))
    forms = word_forms(nominative, lang, hint=hint, plural=False)
    return any(fold(f) == want for f in forms[1:])


@functools.cache
def _pair_surnames(
    target: str, source: str
) -> Mapping[str, tuple[tuple[str, tuple[str, ...]], ...]]:
    """Folded surname of each "given name + surname" person row of ``glossaries/names.csv``
    (``source``'s spellings, then the Russian ones; no East Asian name, whose surname comes
    first) → each such row's spelling with the last words of its ``target`` forms, the
    preferred one first: what a reader calls the person by surname; none (``()``) where the
    preferred form does not end with the surname (an epithet: Peter the Great, Sergius of
    Radonezh; a single word: Charlemagne, Michelangelo).

    >>> _pair_surnames("en", "ru")["пушкин"]
    (('Александр Пушкин', ('Pushkin',)),)
    >>> [lasts for _, lasts in _pair_surnames("en", "ru")["великий"]][:2]
    [(), ()]
    """
    order = source_order(source)
    rows: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    for row in established_rows():
        if row.kind != "person" or row.lang not in order or row.text.count(" ") != 1:
            continue
        if _east_asian(row.text, row.lang) or not row.forms.get(target):
            continue
        lasts = [
            f.split()[-1]
            for f in row.forms[target]
            if len(f.split()) > 1 and all(w[:1].isupper() for w in f.split())
        ]
        if row.form(target).split()[-1:] != lasts[:1]:
            lasts = []  # (the preferred form names no surname last)
        rows.setdefault(fold(row.text.split()[1]), []).append((row.text, tuple(lasts)))
    return {k: tuple(dict.fromkeys(v)) for k, v in rows.items()}


def _row_surname(target: str, source: str, surname: str, said: str) -> tuple[str, ...] | None:
    """The reader surname (:func:`_pair_surnames`) of the persons whose row of two words, with
    ``surname`` last, :func:`translit.morphology.forms` declines to end in ``said``, an
    oblique case: the row's given name tells the surname's gender and declension where the
    surname alone does not (Іван Франко: Франка; Александр Пушкин: Пушкина, never
    Пушкиной). ``None`` for none, or where those persons' preferred reader surnames differ
    (Фридман: Friedmann and Fridman); a Ukrainian text's Франка is Ivan Franko's alone, since
    Francisco Franco's surname does not decline. Where a form is a man's and a woman's
    (Пушкина, Пушкину: also the nominative and accusative of a woman Пушкина; Орлову: of a
    man Орлов and of Любовь Орлова), the man's reading wins: a woman's row gives no form the
    dictionary reads as a man's oblique case, a man's row every form it declines to.

    >>> _row_surname("de", "uk", "Франко", "Франка"), _row_surname("en", "ru", "Пушкин", "Пушкиной")
    (('Franko',), None)
    >>> _row_surname("en", "ru", "Фридман", "Фридмана"), _row_surname("en", "ru", "Орлова", "Орлову")
    (None, None)
    """
    if surname_genders(surname, source, nominative=True) == {"femn"} and "masc" in (
        surname_genders(said, source, nominative=False)
    ):
        return None  # (a man's case too, which wins: Орлову, of Орлов before Орлова)
    want = fold(said)
    nominative = want == fold(surname)  # (every row of that surname: its nominative)
    found = [
        lasts
        for text, lasts in _pair_surnames(target, source).get(fold(surname), ())
        if nominative
        or any(
            fold(f.rsplit(" ", 1)[-1]) == want
            for f in word_forms(text, source, hint="person", plural=False)[1:]
        )
    ]
    if not found or not all(found) or len({lasts[0] for lasts in found}) > 1:
        return None
    return tuple(dict.fromkeys(w for lasts in found for w in lasts))


def _russian_surname(word: str, lang: str) -> bool:
    """Whether ``word``, a surname with an East Slavic suffix, may be a Russian (Ukrainian)
    bearer's: the dictionary lists it as a surname or a word (Поляков; Дарвин too, which it
    lists among surnames), or ``lang`` has no dictionary. Толкин, which it does not list, is
    only the foreign person's.

    >>> _russian_surname("Поляков", "ru"), _russian_surname("Толкин", "ru")
    (True, False)
    """
    if lang not in _config()["given"]["morphology"]:
        return True
    return is_surname(word, lang) or any(listed_readings(word, lang))


def _foreign_row(row: NameRow, given: str, target: str, dictionary: bool = False) -> str:
    """Whether a "given name + surname" row names a foreign person for :func:`foreign_surnames`:
    its given name is one of ``foreign_given.csv``, or one the Slavic tables hold (that table
    too: Гарри; or only: Альберт Эйнштейн) and the row prints one form for every reader, not the
    one the ``target`` convention writes (Albert Einstein, not Albert Eynshteyn; Мао Цзэдун, no
    given name first, is none); "one form" is the preferred one or, where the readers' titles
    differ, a form every reader accepts (Robert Oppenheimer beside J. Robert Oppenheimer).
    ``dictionary``: a given name the tables lack may count, where the row's language has a
    dictionary and the row is no East Asian name (Герберт Уэллс; not Мао Цзэдун): the answer
    is then "dictionary", which must list it as a given name (:func:`_admitted`); else "yes"
    or "" (no)."""
    parts = [fold(p) for p in _HYPHEN.split(given)]
    foreign = foreign_given_forms(row.lang)
    if _foreign_given(given, row.lang):
        return "yes"
    answer = "yes"
    if not all(p in foreign or p in given_spellings(row.lang) for p in parts):
        if not (
            dictionary
            and row.lang in _config()["given"]["morphology"]
            and len(row.text.split()) == 2
            and not _east_asian(row.text, row.lang)
        ):
            return ""
        answer = "dictionary"
    firsts = {row.form(t) for t in READERS}
    shared = set.intersection(*(set(row.forms.get(t, ())) for t in READERS))
    if len(firsts) != 1 and not shared:
        return ""
    sid, scheme_lang, fallback = _convention(target, row.lang)
    rom = reader_romanizer(sid, scheme_lang) if fallback else get_romanizer(sid, scheme_lang)
    convention = rom.romanize(row.text)
    foreign_form = firsts.pop() != convention if len(firsts) == 1 else convention not in shared
    return answer if foreign_form else ""


def _any_reading(word: str, lang: str) -> bool:
    """Whether ``lang``'s dictionary reads ``word`` in any way: a word, a form of one, an
    abbreviation (Об: the preposition, and ОБ)."""
    return is_word(word, lang) or is_common_word(word, lang)


def _has_vowel(word: str) -> bool:
    return any(c in CYRILLIC_VOWELS for c in word.lower())


#: What may stand between a sentence's end (or a line's start) and its first word
_OPENERS = frozenset(" \t\u00a0\"'«»„“”‘’‹›([{—–-")


def _sentence_start(text: str, pos: int) -> bool:
    """Whether ``text[pos]`` opens a sentence: only white space, quotes, brackets and dashes
    stand between it and the text's or a line's start, or a full stop, ! ? or ….

    >>> _sentence_start("Он сказал. «Де Голль", 12), _sentence_start("сказал де Голль", 7)
    (True, False)
    """
    k = pos - 1
    while k >= 0 and text[k] in _OPENERS:
        k -= 1
    return k < 0 or text[k] in ".!?\u2026" or text[k] in BREAKS


def _opens_sentence(word: str) -> bool:
    """Whether ``word`` may open a sentence as a conjunction (Но), not a particle too (Ли never
    opens one). (A preposition, О, governs a case whose ending adds a syllable: О Ким Ине.)"""
    parts = function_parts(word)
    return "CONJ" in parts and "PRCL" not in parts


@functools.cache
def _cyrillic_given_names() -> frozenset[str]:
    """Folded given names of every source language's tables (:func:`given_spellings`: Serbian
    Новак, Bulgarian Петко), which no Korean given name of one word is."""
    return frozenset().union(*(given_spellings(lang) for lang in languages()))


def _is_initial(text: str, word: re.Match[str]) -> bool:
    """Whether ``word`` of ``text`` is an initial: one capital and a full stop after it."""
    w = word.group()
    return len(w) == 1 and w.isupper() and text[word.end() : word.end() + 1] == "."


def _dictionary_name(word: str) -> bool:
    """Whether the Russian dictionary lists ``word`` as a surname (Пикассо, Бойко, Путина) or
    as a name it declines (Тюрин, Абакумова): no word of a Japanese name in the Polivanov
    system without a marker. Of its 69 indeclinable surnames that read as syllables 3 are
    Japanese (Мураками, Хасимото, Симадо: famous bearers are rows of names.csv)."""
    return is_surname(word) or is_declined_name(word)


def _second_name_word(text: str, words: list[re.Match[str]], i: int) -> re.Match[str] | None:
    """The word after word ``i`` where the two may be a name of two words (one space between,
    the second capitalised and standing alone), else None: the shape the Chinese and Japanese
    readers ask for."""
    nxt = words[i + 1] if i + 1 < len(words) else None
    if (
        nxt is None
        or text[words[i].end() : nxt.start()] != " "
        or not nxt.group()[:1].isupper()
        or not _bounded(text, nxt.start(), nxt.end())
    ):
        return None
    return nxt


def _third_name_word(text: str, words: list[re.Match[str]], i: int) -> bool:
    """Whether a capitalised word follows the word after word ``i`` across white space: a
    name of three words or more (Ли Куан Ю, Хо Ши Мин), which neither reader takes."""
    after = words[i + 2] if i + 2 < len(words) else None
    return after is not None and _spaced(text, words, i + 1, i + 2) and after.group()[:1].isupper()


@functools.lru_cache(maxsize=1 << 14)  # (asked of each capitalised word by several rules)
def _titled(word: str) -> bool:
    """Whether each part of ``word`` (a hyphenated one: Римского-Корсакова) is capitalised, in
    small letters after its first.

    >>> _titled("Римского-Корсакова"), _titled("Римского-корсакова"), _titled("ПУШКИНА")
    (True, False, False)
    """
    return all(p[:1].isupper() and p[1:].islower() for p in _HYPHENS.split(word))


_HYPHENS = re.compile("[-\u2010]")


def _bounded(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    return not (before.isalnum() or after.isalnum())


def get_target_romanizer(target: str, lang: str = "ru") -> TargetRomanizer:
    """The cached :class:`TargetRomanizer` for ``target`` and source ``lang`` with the shipped
    established forms.

    >>> get_target_romanizer("fr")("Москва"), get_target_romanizer("en", "uk")("Київ")
    ('Moscou', 'Kyiv')
    """
    try:
        return _target_romanizer(target, lang)
    except TypeError as exc:  # (a list: "unhashable type: 'list'" from the cache)
        if str(exc).startswith("unhashable"):
            want_names("get_target_romanizer()", target=target, lang=lang)
        raise


@functools.cache
def _target_romanizer(target: str, lang: str) -> TargetRomanizer:
    tl, sl = target_language(target), norm_lang(lang)
    if (tl, sl) != (target, lang):
        return _target_romanizer(tl, sl)
    return TargetRomanizer(tl, lang=sl)


def romanize_for(
    text: str,
    target: str,
    forms: Mapping[str, str | tuple[str, ...]] | None = None,
    lang: str = "ru",
) -> str:
    """Romanise ``text`` of language ``lang`` for readers of ``target`` (``en``/``de``/``fr``
    or a locale).

    ``forms`` (source spelling → established form) replaces the shipped established forms.

    >>> romanize_for("Андрей Андреевич Власов", "de")
    'Andrei Andrejewitsch Wlassow'
    >>> romanize_for("Ельцин", "fr-CA")
    'Eltsine'
    >>> romanize_for("Іван Франко", "en", lang="uk")
    'Ivan Franko'
    """
    if forms is not None:
        return TargetRomanizer(target, forms, lang).romanize(text)
    return get_target_romanizer(target, lang).romanize(text)
