"""The word before a replaced term, fitted to the term: glossary apply's ``replace`` in French
and German.

French writes some words by the sound after them (``data/elision.toml``: l'Holocauste, la
Shoah; :func:`fit_article`), and an article agrees with its noun's gender (``data/articles.toml``:
le génocide, la Shoah; der Holocaust, die Shoah; :func:`fit_gender`). :func:`fit_ends` and
:func:`fit_letters` tell the replace loop which matches may need either, so most are written
without a look.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Mapping
from typing import Any

from .._datafiles import load_toml
from .forms import (
    ADJECTIVES_MOST,
    adjective_ending,
    adjective_run,
    coordinators,
    determined_number,
    may_be_plural,
    place_adjective,
)
from .model import Term, norm_gender, primary

__all__ = [
    "article_cases",
    "fit_article",
    "fit_ends",
    "fit_gender",
    "fit_letters",
    "fused_pairs",
    "indeclinable_words",
    "is_preposition",
    "without_article",
]


@functools.cache
def _elision(lang: str) -> tuple[re.Pattern[str], re.Pattern[str], dict[str, Any]] | None:
    """The words ``lang`` writes by the sound that follows (``data/elision.toml``): a pattern
    of an elided one ending a text, one of a full one and a space ending it, and the table."""
    data = load_toml("elision.toml").get(lang)
    if data is None:
        return None
    elided = "|".join(sorted(data["elided"], key=len, reverse=True))
    full = "|".join(sorted(data["before_vowel"], key=len, reverse=True))
    return (
        re.compile(rf"(?<!\w)({elided})(['’])$", re.IGNORECASE),
        re.compile(rf"(?<!\w)({full}) $", re.IGNORECASE),
        data,
    )


@functools.cache
def fit_letters(lang: str) -> frozenset[str]:
    """The last letters of the words :func:`fit_article` and :func:`fit_gender` may change in
    ``lang`` (French: the l of l', the u of qu', the e of le, the a of la…, and of the
    adjectives between an article and the term, the d of grand), lower case: the
    letter before a term's apostrophe or space that the replace loop tests first (a Russian
    text's matches end in none of them).

    >>> "".join(sorted(fit_letters("fr"))), "".join(sorted(fit_letters("de"))), fit_letters("ru")
    ('adegilnrstux', 'emnrs', frozenset())
    """
    out: set[str] = set()
    rules = _elision(lang)
    if rules is not None:
        out.update(w[-1].lower() for w in (*rules[2]["elided"], *rules[2]["before_vowel"]))
    articles = _articles(lang)
    if articles is not None:
        out |= {c.lower() for c in articles[1]}
        out |= {form[-1] for form in _adjective_forms(lang)}
    return frozenset(out)


#: the order of an irregular adjective's forms in articles.toml ``irregular_adjectives`` (the
#: fifth, the masculine singular before a vowel, read as the masculine singular)
_IRREGULAR_ORDER = (
    ("masculine", "singular"),
    ("feminine", "singular"),
    ("masculine", "plural"),
    ("feminine", "plural"),
    ("masculine", "singular"),
)


@functools.cache
def _adjective_forms(lang: str) -> dict[str, list[tuple[str, str, str]]]:
    """Each form of ``lang``'s adjectives before the noun (articles.toml ``adjectives``, regular:
    French grand, grande, grands, grandes; ``irregular_adjectives``: beau, bel, belle, beaux)
    and its (adjective, gender, number) readings."""
    out: dict[str, list[tuple[str, str, str]]] = {}
    for base in load_toml("articles.toml").get(lang, {}).get("adjectives", ()):
        for gender, number in itertools.product(("masculine", "feminine"), ("singular", "plural")):
            out.setdefault(_adjective_form(base, gender, number), []).append((base, gender, number))
    for base, forms in _irregular(lang).items():
        for form, (gender, number) in zip(forms, _IRREGULAR_ORDER, strict=True):
            if (base, gender, number) not in out.setdefault(form, []):
                out[form].append((base, gender, number))
    return out


def _irregular(lang: str) -> Mapping[str, list[str]]:
    """``lang``'s irregular adjectives before the noun (articles.toml ``irregular_adjectives``)."""
    return load_toml("articles.toml").get(lang, {}).get("irregular_adjectives", {})


def _adjective_form(base: str, gender: str, number: str, vowel: bool = False) -> str:
    """A French adjective in ``gender`` and ``number`` (Le Bon Usage: -e, -s; -aux for -al in the
    masculine plural; an irregular one as articles.toml gives it, its masculine singular before
    a vowel with ``vowel``: bel).

    >>> [_adjective_form(a, "feminine", "plural") for a in ("grand", "jeune", "mauvais", "beau")]
    ['grandes', 'jeunes', 'mauvaises', 'belles']
    >>> _adjective_form("mauvais", "masculine", "plural"), _adjective_form("vrai", "feminine", "singular")
    ('mauvais', 'vraie')
    >>> _adjective_form("principal", "masculine", "plural"), _adjective_form("vieux", "masculine", "singular", True)
    ('principaux', 'vieil')
    """
    irregular = _irregular("fr").get(base)
    if irregular is not None:
        if vowel and (gender, number) == ("masculine", "singular"):
            return irregular[4]
        return irregular[_IRREGULAR_ORDER.index((gender, number))]
    if gender == "masculine" and number == "plural" and base.endswith("al"):
        return base[:-2] + "aux"
    form = base if gender == "masculine" or base.endswith("e") else base + "e"
    return form if number == "singular" or form[-1] in "sx" else form + "s"


def _as_cased(model: str, word: str) -> str:
    """``word`` with the case of ``model`` (an article: Le, LE, le)."""
    if len(model) > 1 and model.isupper():
        return word.upper()
    return word[:1].upper() + word[1:] if model[:1].isupper() else word


def _sound(first: str, data: Mapping[str, Any]) -> str:
    """How a term starting with ``first`` (lower case) starts: "vowel", "" (a consonant) or
    "unsure" (an h or y, or no letter: the word decides; ``data``: a language's elision.toml)."""
    if first in data["vowels"]:
        return "vowel"
    return "unsure" if first in data["unsure"] or not first.isalpha() else ""


#: what a text before a term may end with where :func:`fit_article` changes it, by the term's
#: first sound: the apostrophe of an elided word (before a consonant), the space after a full
#: one (before a vowel), either (an h or y); and a space where :func:`fit_gender` may (an
#: article of a language in articles.toml)
_FIT_ENDS = {"": "'’", "vowel": " ", "unsure": "'’ "}


def fit_ends(term: Term, lang: str) -> str:
    """The characters that, ending the text before ``term``, may make :func:`fit_article` or
    :func:`fit_gender` change it ("" for a language without such rules); most matches end
    otherwise.

    >>> fit_ends(Term("Shoah", "fr"), "fr"), fit_ends(Term("Allemagne", "fr"), "fr")
    ("'’ ", ' ')
    """
    rules = _elision(lang)
    ends = "" if rules is None else _FIT_ENDS[_sound(term.text[:1].lower(), rules[2])]
    return ends + " " if _articles(lang) is not None and " " not in ends else ends


@functools.cache
def _articles(
    lang: str,
) -> (
    tuple[re.Pattern[str], frozenset[str], dict[str, list[tuple[int, int, int]]], dict[str, Any]]
    | None
):
    """``lang``'s articles (``data/articles.toml``): a pattern of one (or of a preposition fused
    with one) and a space ending a text, the last letters of them all, each form's (determiner,
    slot, case) readings, and the table. A slot is a gender's index in ``genders``, or one past
    them for the plural (the ``plural`` rows): les is the plural of le and la, German den a
    masculine accusative or a plural dative."""
    data = load_toml("articles.toml").get(lang)
    if data is None or "forms" not in data:  # (English: articles that agree with nothing)
        return None
    readings: dict[str, list[tuple[int, int, int]]] = {}
    for d, by_gender in enumerate(data["forms"]):
        for g, by_case in enumerate(by_gender):
            for c, form in enumerate(by_case):
                readings.setdefault(form, []).append((d, g, c))
    plural = len(data["genders"])
    for d, by_case in enumerate(data.get("plural", ())):
        for c, form in enumerate(by_case):
            if form:  # (German ein has no plural)
                readings.setdefault(form, []).append((d, plural, c))
    words = [*readings, *data.get("read_as", {}), *data.get("fused", {})]
    alts = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    pattern = re.compile(rf"(?<!\w)({alts}) $", re.IGNORECASE)
    return pattern, frozenset(w[-1] for w in words), readings, data


def _form(data: Mapping[str, Any], determiner: int, slot: int, case: int) -> str:
    """The ``determiner``-th article of a table in ``slot`` (a gender's index, or one past them:
    the plural) and ``case`` ("" where it has none: German ein's plural)."""
    if slot < len(data["genders"]):
        return str(data["forms"][determiner][slot][case])
    return str(data["plural"][determiner][case])


def fit_gender(
    before: str,
    source: Term | None,
    term: Term,
    lang: str,
    number: str = "",
    *,
    after: str = "",
    case: str = "",
) -> tuple[str, str | None]:
    """``before`` (the text before ``term`` is written in place of ``source``) with the article
    ending it in the gender, number and case ``term`` asks for, and the attributive adjectives
    between in the ending that goes with it, and ``None``; or ``before`` unchanged and why,
    when the article is there but cannot be fitted (``data/articles.toml``: ``term`` has no
    gender, or the article's case cannot be told). ``source``'s gender is used when it is of
    the text's language ``lang``: German der is a masculine nominative, a feminine genitive or
    dative, or a plural genitive. Where ``source`` is of another language whose article
    ``before`` ends with, the article is that language's, the text's (a French text's des
    before a German target): left as it is.

    >>> de = lambda word, gender: Term(word, "de", gender=gender)
    >>> fit_gender("über den ", de("Holocaust", "masculine"), de("Shoah", "feminine"), "de")
    ('über die ', None)
    >>> fit_gender("Zum ", de("Holocaust", "masculine"), de("Shoah", "feminine"), "de")
    ('Zur ', None)
    >>> print(fit_gender("der ", de("Holocaust", None), de("Shoah", "feminine"), "de")[1])
    «der» kept before «Shoah»: its case cannot be told without the gender of «Holocaust» (TBX grammaticalGender, a CSV de:gender column)
    >>> fit_gender("le ", Term("génocide", "fr"), Term("Shoah", "fr", gender="feminine"), "fr")
    ('la ', None)
    >>> fit_gender("des ", Term("émigrés", "fr"), de("Emigranten", None), "de")
    ('des ', None)

    ``number`` is the term's (:func:`~.forms.written_number`). With ``"plural"`` the article
    is written in the plural, whatever the term's gender (articles.toml ``plural``); with
    ``"singular"`` an article of the plural is written in the term's gender, the way back
    (les → la, German mit den → mit der); with ``""`` (not told) only the article's
    singular readings are fitted:

    >>> forces = Term("Forces armées ukrainiennes", "fr")
    >>> fit_gender("de la ", None, forces, "fr", "plural"), fit_gender("L'", None, forces, "fr", "plural")
    (('des ', None), ('Les ', None))
    >>> fit_gender("mit der ", None, de("Streitkräfte", None), "de", "plural")
    ('mit den ', None)
    >>> fit_gender("Les ", None, Term("armée", "fr", gender="feminine"), "fr", "singular")
    ('La ', None)
    >>> fit_gender("mit den ", None, de("Wehrmacht", "feminine"), "de", "singular")
    ('mit der ', None)

    German attributive adjectives between the article and the term (:func:`~.forms.adjective_ending`)
    narrow its readings to those they agree with, and take the ending the term's gender and
    number ask for after it (``[de.adjective]``: weak after der, mixed after ein and kein);
    with no article after a preposition, the strong ending in the cases it governs. An
    article's plural readings are read only where ``number`` is told and ``source`` may be a
    plural (:func:`~.forms.may_be_plural`: den Holocaust is no dative plural):

    >>> fit_gender("des sowjetischen ", de("Holocaust", None), de("Shoah", "feminine"), "de")
    ('der sowjetischen ', None)
    >>> fit_gender("den sowjetischen ", de("Holocaust", None), de("Shoah", "feminine"), "de")
    ('die sowjetische ', None)
    >>> fit_gender("die sowjetische ", None, de("Dissidenten", None), "de", "plural")
    ('die sowjetischen ', None)
    >>> fit_gender("mit sowjetischen ", None, de("Wehrmacht", "feminine"), "de", "singular")
    ('mit sowjetischer ', None)

    A preposition and article the text wrote apart where no fused form was there to write (in
    der, in die, zu den) are written fused where the fitted pair has one (articles.toml
    ``fused``: im, ins, zum), unless ``after``, the text after the term, opens a relative
    clause (``relative``: the article then points, in dem Volkskommissariat, das …); a pair
    the writer could have fused (zu der, in dem) stays apart. Where ``source`` is of another
    language than the text, so that the article was written for the target's noun, an article
    of several readings is read in those of the target's gender and number (der Roten Armee: a
    genitive or dative, either way der):

    >>> nkvd, army = de("Volkskommissariat", "neuter"), de("Rote Armee", "feminine")
    >>> ru = Term("Красная армия", "ru")
    >>> fit_gender("In der ", ru, nkvd, "de", "singular"), fit_gender("zu der ", ru, nkvd, "de", "singular")
    (('Im ', None), ('zu dem ', None))
    >>> fit_gender("in der ", ru, nkvd, "de", "singular", after=", das ihn")
    ('in dem ', None)
    >>> fit_gender("Er sah der ", ru, army, "de", "singular")
    ('Er sah der ', None)

    ``case`` is the one case the source's form in the text has, where it is a foreign term
    declined there (:func:`~.forms.form_case`: "genitive" for der Народного комиссариата):
    the article's readings in that case are read alone, where it has any (never against the
    article: die before a Russian genitive is read as before):

    >>> fit_gender("der ", ru, nkvd, "de", "singular", case="genitive")
    ('des ', None)
    >>> fit_gender("die ", ru, nkvd, "de", "singular", case="genitive")
    ('das ', None)
    """
    rules = _articles(lang)
    plural = number == "plural"
    if plural and rules is not None and before[-1:] in "'’":
        return _elided_plural(before, rules[3])
    if rules is None or before[-1:] != " " or before[-2:-1].lower() not in fit_letters(lang):
        return before, None
    pattern, _, readings, data = rules
    cut = _indeclinable_from(before, lang)
    if cut < len(before):  # (die Moskauer Prozesse: the article fitted past them)
        head, why = fit_gender(before[:cut], source, term, lang, number, after=after, case=case)
        return head + before[cut:], why
    m = pattern.search(before, max(len(before) - 12, 0))
    ending = ""  # (of the adjectives between the article and the term: des sowjetischen)
    adjectives: list[tuple[int, int]] = []
    if m is None:
        cut, ending, adjectives = _adjectives_ending(before, lang)
        m = pattern.search(before, max(cut - 12, 0), cut) if ending else None
        if m is None and not ending and _adjective_forms(lang):
            return _fitted_french(before, term, number, lang)
        if m is None and ending:
            return _fitted_strong(
                before,
                cut=cut,
                ending=ending,
                adjectives=adjectives,
                source=source,
                term=term,
                number=number,
                lang=lang,
            )
        if m is None:
            return before, _unread_between(before, term, number, data, lang)
    word = m.group(1)
    told = primary(source.lang) if source is not None else lang
    if told != lang and _is_article(word, told):  # (the text's: French des before a German
        return before, None  # target in a French text is no German genitive; left as it is)
    lead, art = "", word.lower()
    fused = data.get("fused", {})
    if art in fused:
        lead, art = fused[art].rsplit(" ", 1)
        lead += " "
    art = data.get("read_as", {}).get(art, art)
    genders = data["genders"]
    slots = [*genders, "plural"]
    seen = readings.get(art)
    if seen is None:  # (a letter the pattern's case folding took: İm is no im)
        return before, None
    singular = [r for r in seen if r[1] < len(genders)]
    if number not in ("singular", "plural"):
        seen = singular
        if not seen:
            return before, None
    elif source is not None and not may_be_plural(source) and singular:
        seen = singular  # (no plural reading: den Holocaust; but an article that is only a
    # plural, French les, des, aux, ces, is one whatever the source's number: fitted to the
    # target's, les Красная армия → l'Armée rouge)
    same = source is not None and primary(source.lang) == lang
    had = norm_gender(source.gender).lower() if source is not None and same else ""
    if had in genders:
        seen = [r for r in seen if slots[r[1]] == had]
        if not seen:  # (not the source term's article: a plural, a pronoun)
            return before, None
    prep = lead or before[max(m.start() - 12, 0) : m.start()]
    governed = data.get("governs", {}).get(prep.rsplit(None, 1)[-1].lower() if prep.strip() else "")
    if governed is not None:  # (a preposition before it: mit der Shoah is a dative)
        seen = [r for r in seen if data["cases"][r[2]] in governed]
    if ending and seen:  # (the readings the adjectives agree with: des sowjetischen, a genitive)
        seen = [r for r in seen if _declined(lang, slots[r[1]], r[0], r[2]) == ending]
        if not seen:
            return before, None
    if case and not same:  # (the foreign form's one case, where the article has it: der
        seen = [r for r in seen if data["cases"][r[2]] == case] or seen  # Народного …, genitive)
    fix = f"(TBX grammaticalGender, a CSV {lang}:gender column)"
    want = _wanted(term, number, genders)
    if want is None:
        return (
            before,
            f"«{word}» kept before «{term.text}», which the glossary gives no gender {fix}",
        )
    if not seen:  # (mit den before a singular: no case it can be, no guess made)
        return before, f"«{word}» kept before «{term.text}»: its case cannot be told: check it"
    t = slots.index(want)
    got = _got(data, seen, t, want, ending=ending, lang=lang)
    forms = {f for f, _ in got}
    a_plural = ", a plural" if plural else ""
    if "" in forms:
        return (
            before,
            f"«{word}» kept before «{term.text}», a plural, which it has none of: check it",
        )
    if len(forms) > 1 and term.text[:1].isupper():  # (a name: no indefinite article, des
        unnamed = data.get("not_before_names", ())  # Armée rouge is de + les: de l'Armée rouge)
        named = [r for r in seen if _form(data, r[0], 0, 0) not in unnamed]
        if named:
            got = _got(data, named, t, want, ending=ending, lang=lang)
            forms = {f for f, _ in got}
    if len(forms) > 1 and source is not None and not same:  # (written for the target's noun:
        mine = [r for r in seen if r[1] == t]  # der Roten Armee, a genitive or a dative)
        if mine:
            got = _got(data, mine, t, want, ending=ending, lang=lang)
            forms = {f for f, _ in got}
    if len(forms) > 1:
        why = f"«{word}» kept before «{term.text}»{a_plural}: its case cannot be told"
        if source is not None and same and had not in genders:
            return before, f"{why} without the gender of «{source.text}» {fix}"
        return before, f"{why}: check it"
    if len(got) > 1:
        return before, (
            f"«{word}» kept before «{before[m.end() :]}{term.text}»{a_plural}: the adjectives "
            f"between would change their ending with «{term.text}»: check them"
        )
    form, new_end = got.pop()
    new = lead + form
    new = fused_pairs(lang).get(new, new)
    tail = _reended(before, m.end(), adjectives, ending, new_end)
    at, written = m.start(), _as_cased(word, new)
    if not lead and not _opens_relative(after, data):
        at, written = _fused_with(before, at, art, form, lang) or (at, written)
    return before[:at] + written + " " + tail, None


@functools.cache
def fused_pairs(lang: str) -> dict[str, str]:
    """Each preposition and article ``lang`` fuses (articles.toml ``fused``, read back) with
    its fused form, built once: do not modify it.

    >>> fused_pairs("de")["in dem"], fused_pairs("de")["zu der"], fused_pairs("fr")
    ('im', 'zur', {})
    """
    fused = load_toml("articles.toml").get(lang, {}).get("fused", {})
    return {pair: one for one, pair in fused.items()}


def _fused_with(before: str, at: int, art: str, form: str, lang: str) -> tuple[int, str] | None:
    """(where the preposition before the article at ``at`` starts, the preposition fused with
    ``form``, cased as it is), where the text's pair (the preposition and ``art``) has no fused
    form and the new pair has one (in der → im); ``None`` else (zu der: the writer's choice)."""
    if at < 2 or before[at - 1] != " ":
        return None
    start = before.rfind(" ", 0, at - 1) + 1
    prep = before[start : at - 1]
    pairs = fused_pairs(lang)
    low = prep.lower()
    if not prep or f"{low} {art}" in pairs or f"{low} {form}" not in pairs:
        return None
    return start, _as_cased(prep, pairs[f"{low} {form}"])


def _opens_relative(after: str, data: Mapping[str, Any]) -> bool:
    """Whether ``after`` (the text after a term) opens a relative clause: a comma and one of
    articles.toml ``relative`` (", das ihn …"), before which the article stays apart."""
    head = after.lstrip()
    if not head.startswith(","):
        return False
    word = head[1:].split(None, 1)
    return bool(word) and word[0].rstrip(",.;:") in data.get("relative", ())


def article_cases(
    before: str, source: Term | None, term: Term, lang: str, number: str
) -> frozenset[tuple[int, int]]:
    """The (declension, case) readings of the determiner ending ``before`` (as
    :func:`fit_gender` left it; read past the indeclinable place adjectives and the attributive
    adjectives between) that agree with ``term`` of ``number``: the declension its adjectives
    take after it (``[de.adjective]``'s rows: 1 weak after der, 2 mixed after ein, kein and
    the possessives; 0 strong for adjectives right after a preposition, no article), each
    case an index of articles.toml ``cases``, narrowed by a preposition before it and by the
    ending of the adjectives between; none where no determiner is read, ``term`` has no gender
    or ``number`` is not told (:func:`~.forms.in_case` writes the term in them).

    >>> de = Term("Rote Armee", "de", gender="feminine")
    >>> sorted(article_cases("zur Berliner ", None, de, "de", "singular"))
    [(1, 2)]
    >>> sorted(article_cases("der ", None, de, "de", "singular"))
    [(1, 1), (1, 2)]
    >>> sorted(article_cases("mit seiner sowjetischen ", None, de, "de", "singular"))
    [(2, 2)]
    >>> sorted(article_cases("mit sowjetischer ", None, de, "de", "singular"))
    [(0, 2)]
    >>> article_cases("der ", None, de, "de", ""), article_cases("Er sah ", None, de, "de", "singular")
    (frozenset(), frozenset())
    """
    rules = _articles(lang)
    if rules is None or number not in ("singular", "plural") or before[-1:] != " ":
        return frozenset()
    pattern, _, readings, data = rules
    genders = data["genders"]
    want = _wanted(term, number, genders)
    if want is None:
        return frozenset()
    slot = [*genders, "plural"].index(want)
    head = before[: _indeclinable_from(before, lang)]
    cut, ending, _ = _adjectives_ending(head, lang)
    head = head[:cut]
    m = pattern.search(head, max(len(head) - 12, 0))
    if m is None:  # (adjectives right after a preposition: the strong declension)
        last = head.split()[-1:]
        governed = data.get("governs", {}).get(last[0].lower()) if last and ending else None
        table = load_toml("inflection.toml").get(lang, {}).get("adjective", {})
        if governed is None or want not in table:
            return frozenset()
        return frozenset(
            (0, c)
            for c, case in enumerate(data["cases"])
            if case in governed and table[want][0][c] == ending
        )
    word = m.group(1)
    told = primary(source.lang) if source is not None else lang
    if told != lang and _is_article(word, told):  # (a French text's des: not German)
        return frozenset()
    lead, art = "", word.lower()
    if art in data.get("fused", {}):
        lead, art = data["fused"][art].rsplit(" ", 1)
    art = data.get("read_as", {}).get(art, art)
    prep = lead or head[max(m.start() - 12, 0) : m.start()]
    governed = data.get("governs", {}).get(prep.rsplit(None, 1)[-1].lower() if prep.strip() else "")
    return frozenset(
        (1 if d == 0 else 2, c)
        for d, s, c in readings.get(art, ())
        if s == slot
        and (governed is None or data["cases"][c] in governed)
        and (not ending or _declined(lang, want, d, c) == ending)
    )


def article_gender(before: str, lang: str) -> str | None:
    """The gender the article ending ``before`` (then a space) tells, where all its readings
    are of one gender and of the singular (French le, du, au, un, ce: masculine; la, de la,
    une, cette: feminine); ``None`` for an elided l', a plural les, none.

    >>> article_gender("avec la ", "fr"), article_gender("du ", "fr"), article_gender("l'", "fr")
    ('feminine', 'masculine', None)
    >>> article_gender("les ", "fr"), article_gender("Il vit ", "fr")
    (None, None)
    """
    rules = _articles(lang)
    if rules is None or before[-1:] != " ":
        return None
    pattern, _, readings, data = rules
    m = pattern.search(before, max(len(before) - 12, 0))
    if m is None:
        return None
    art = m.group(1).lower()
    fused = data.get("fused", {})
    if art in fused:
        art = fused[art].rsplit(" ", 1)[1]
    art = data.get("read_as", {}).get(art, art)
    genders = data["genders"]
    slots = {s for _, s, _ in readings.get(art, ())}
    return genders[slots.pop()] if len(slots) == 1 and next(iter(slots)) < len(genders) else None


def _got(
    data: Mapping[str, Any],
    seen: list[tuple[int, int, int]],
    slot: int,
    want: str,
    *,
    ending: str,
    lang: str,
) -> set[tuple[str, str]]:
    """The forms the readings ``seen`` (determiner, slot, case) of an article take in ``slot``
    (the target term's gender or the plural, ``want``), each with the ending the adjectives
    between take after it ("" where there are none: ``ending``)."""
    return {
        (_form(data, d, slot, c), _declined(lang, want, d, c) if ending else "") for d, _, c in seen
    }


def _fitted_french(before: str, term: Term, number: str, lang: str) -> tuple[str, str | None]:
    """``before``, ending in an article and one or two regular adjectives before the noun
    (:func:`_adjective_forms`: les grandes, le petit), with both in the gender and number of
    ``term`` (la grande armée), where every reading that agrees gives one answer; unchanged
    where no such article and adjectives end it, kept and said where the answer depends on
    a reading or ``term`` has no gender.

    >>> armee = Term("armée", "fr", gender="feminine")
    >>> _fitted_french("Les grandes ", armee, "singular", "fr"), _fitted_french("du seul ", armee, "singular", "fr")
    (('La grande ', None), ('de la seule ', None))
    >>> _fitted_french("les autres ", armee, "singular", "fr")
    ("l'autre ", None)
    """
    rules = _articles(lang)
    table = _adjective_forms(lang)
    if rules is None:
        return before, None
    pattern, _, readings, data = rules
    genders = data["genders"]
    spans: list[tuple[int, int]] = []
    at = len(before)
    while len(spans) < 2 and at >= 2 and before[at - 1] == " ":
        start = before.rfind(" ", 0, at - 1) + 1
        if before[start : at - 1] not in table:
            break
        spans.append((start, at - 1))
        at = start
    m = pattern.search(before, max(at - 12, 0), at) if spans else None
    if m is None:
        return before, None
    word = m.group(1)
    seen = readings.get(data.get("read_as", {}).get(word.lower(), word.lower()), [])
    if number not in ("singular", "plural"):
        seen = [r for r in seen if r[1] < len(genders)]
    slots = [*genders, "plural"]
    adjs = [table[before[a:b]] for a, b in spans]
    agree = [
        r
        for r in seen
        if all(
            any(
                (n == "plural") == (slots[r[1]] == "plural") and (n == "plural" or g == slots[r[1]])
                for _, g, n in adj
            )
            for adj in adjs
        )
    ]
    gender = norm_gender(term.gender).lower()
    if not agree:
        return before, None
    if gender not in genders:
        return (
            before,
            f"«{word}» kept before «{before[m.end() :]}{term.text}», which the glossary gives no gender",
        )
    want = slots.index("plural" if number == "plural" else gender)
    written = {_form(data, d, want, c) for d, _, c in agree}
    if len(written) > 1:
        return before, f"«{word}» kept before «{term.text}»: its case cannot be told: check it"
    num = "plural" if number == "plural" else "singular"
    elision = _elision(lang)
    first = term.text[:1].lower()
    sound = _sound(first, elision[2]) if elision is not None else ""
    nearest = adjs[0][0][0]  # (the adjective next to the term: beau or bel by its sound)
    bel = _adjective_form(nearest, gender, num, vowel=True)
    if sound == "unsure" and bel != _adjective_form(nearest, gender, num):
        return before, f"whether «{term.text}» takes {nearest} or {bel} depends on its {first}"
    forms = [
        _adjective_form(adj[0][0], gender, num, vowel=i == 0 and sound == "vowel")
        for i, adj in enumerate(adjs)
    ]
    lead = before[: m.start()] + _as_cased(word, written.pop()) + " "
    lead = fit_article(lead, Term(forms[-1], lang, gender=gender), lang)[0]  # (l'autre)
    pos = m.end()
    out = [lead]
    for (a, b), form in sorted(zip(spans, forms, strict=True)):
        out += [before[pos:a], form]
        pos = b
    return "".join(out) + before[pos:], None


def _indeclinable_from(before: str, lang: str) -> int:
    """Where the run of indeclinable place adjectives ending ``before`` starts (articles.toml
    ``indeclinable``: German Moskauer, Kiewer; :func:`~.forms.place_adjective`; no
    determiner: Der, Unser, Dieser are none), after a space;
    ``len(before)`` for none.

    >>> _indeclinable_from("die Moskauer ", "de"), _indeclinable_from("Unser ", "de")
    (4, 6)
    """
    rules = _articles(lang)
    at = len(before)
    end = rules[3].get("indeclinable") if rules is not None else None
    if rules is None or not end:
        return at
    while at >= 2 and before[at - 1] == " ":
        start = before.rfind(" ", 0, at - 1) + 1
        word = before[start : at - 1]
        if (
            not start
            or len(word) < len(end) + 3
            or word.lower() in rules[2]
            or not place_adjective(word, lang)
        ):
            break
        at = start
    return at


def indeclinable_words(text: str, lang: str) -> int:
    """How many of the first words of ``text`` (a term) are indeclinable place adjectives
    (:func:`_indeclinable_from`: Warschauer Pakt, Moskauer Prozesse; not Roter Terror).

    >>> indeclinable_words("Warschauer Pakt", "de"), indeclinable_words("Roter Terror", "de")
    (1, 0)
    """
    words = text.split(" ")
    k = 0
    while k < len(words) - 1 and _indeclinable_from(f" {words[k]} ", lang) == 1:
        k += 1
    return k


def _wanted(term: Term, number: str, genders: list[str]) -> str | None:
    """The slot ``term`` asks of the words before it: ``"plural"`` for a plural ``number``,
    else its gender, ``None`` where the glossary gives none."""
    if number == "plural":
        return "plural"
    want = norm_gender(term.gender).lower()
    return want if want in genders else None


def _reended(
    before: str, at: int, adjectives: list[tuple[int, int]], ending: str, new_end: str
) -> str:
    """``before[at:]`` with each adjective (its span in ``before``) ending in ``new_end``
    instead of ``ending``."""
    out: list[str] = []
    pos = at
    for _, stop in sorted(adjectives):
        out.append(before[pos : stop - len(ending)])
        out.append(new_end)
        pos = stop
    out.append(before[pos:])
    return "".join(out)


def _fitted_strong(
    before: str,
    *,
    cut: int,
    ending: str,
    adjectives: list[tuple[int, int]],
    source: Term | None,
    term: Term,
    number: str,
    lang: str,
) -> tuple[str, str | None]:
    """``before``, ending in attributive adjectives (from ``cut``, of ``ending``) with no article
    before them, with their strong ending (``[de.adjective]`` row 0) in the gender and number
    of ``term``: only right after a preposition whose cases narrow them (mit sowjetischen → mit
    sowjetischer Armee); else unchanged (a word of no table before them, diese, seine, zwei,
    may be a determiner whose declension is not the strong one)."""
    data = load_toml("articles.toml")[lang]
    head = before[:cut].split()[-1:] or [""]
    governed = data.get("governs", {}).get(head[0].lower())
    table = load_toml("inflection.toml").get(lang, {}).get("adjective", {})
    genders = data["genders"]
    want = _wanted(term, number, genders)
    if governed is None:
        return before, _unread_between(before, term, number, data, lang)
    if not table or want is None:
        return before, None
    slots = [*genders, "plural"] if number in ("singular", "plural") else list(genders)
    if source is not None and not may_be_plural(source):
        slots = list(genders)
    cases = [c for c, case in enumerate(data["cases"]) if case in governed]
    seen = [c for s in slots for c in cases if table[s][0][c] == ending]
    ends = {table[want][0][c] for c in seen}
    if not ends:
        return before, None
    if len(ends) > 1:
        return before, (
            f"«{before[cut:]}{term.text}» kept: the case of its adjectives cannot be told: check them"
        )
    return before[:cut] + _reended(before, cut, adjectives, ending, ends.pop()), None


def _unread_between(
    before: str, term: Term, number: str, data: Mapping[str, Any], lang: str
) -> str | None:
    """Why an article one to three words before ``term``, the words between lower case and
    one of them no adjective (:func:`~.forms.adjective_ending`: sehr, schon), is kept where
    none of its readings agrees with ``term`` (mit den sehr großen before a masculine
    singular); ``None`` else (no such article, or one that may agree)."""
    rules = _articles(lang)
    want = _wanted(term, number, data["genders"])
    if rules is None or want is None:
        return None
    words = before.split()[-4:]
    for j in range(len(words) - 2, max(len(words) - 5, -1), -1):
        between = words[j + 1 :]
        if not all(w.isalpha() and w.islower() for w in between):
            return None
        art = words[j].lower()
        art = data.get("fused", {}).get(art, art).rsplit(" ", 1)[-1]
        art = data.get("read_as", {}).get(art, art)
        seen = rules[2].get(art)
        if seen is None:
            continue
        governed = data.get("governs", {}).get(words[j - 1].lower() if j else "")
        if governed is not None:  # (mit den: a dative)
            seen = [r for r in seen if data["cases"][r[2]] in governed] or seen
        slot = [*data["genders"], "plural"].index(want)
        if number not in ("singular", "plural"):
            seen = [r for r in seen if r[1] < len(data["genders"])]
        unread = [w for w in between if adjective_ending(w, lang) is None]
        if not seen or not unread or any(r[1] == slot for r in seen):
            return None
        return (
            f"«{words[j]}» kept before «{' '.join(between)} {term.text}»: «{unread[0]}» is no "
            "adjective it can fit: check them"
        )
    return None


def _elided_plural(before: str, data: Mapping[str, Any]) -> tuple[str, str | None]:
    """``before``, ending in an elided article (French l', de l', à l'), with its plural
    (articles.toml ``plural_elided``: les, des, aux) before a plural term; unchanged else."""
    tail = before[-6:].replace("’", "'").lower()
    for elided, plural in sorted(data.get("plural_elided", {}).items(), key=lambda kv: -len(kv[0])):
        at = len(before) - len(elided)
        if tail.endswith(elided) and (at == 0 or not before[at - 1].isalnum()):
            return before[:at] + _as_cased(before[at:-1], plural) + " ", None
    return before, None


def _adjectives_ending(before: str, lang: str) -> tuple[int, str, list[tuple[int, int]]]:
    """(where the attributive adjectives that end ``before`` start, their one ending:
    :func:`~.forms.adjective_run`, and so joined by und, oder, sowie or a comma, and each
    adjective's span), or ``(len(before), "", [])`` for none.

    >>> _adjectives_ending("des großen, sowjetischen und russischen ", "de")
    (4, 'en', [(4, 10), (12, 24), (29, 39)])
    """
    at = len(before)
    if at < 2 or before[at - 1] != " ":
        return at, "", []
    start = before.rfind(" ", 0, at - 1) + 1
    if adjective_ending(before[start : at - 1], lang) is None:
        return at, "", []  # (no adjective right before the term: most calls)
    words: list[str] = []
    starts: list[int] = []
    joining = coordinators(lang)
    while len(words) < 2 * ADJECTIVES_MOST and at >= 2 and before[at - 1] == " ":
        start = before.rfind(" ", 0, at - 1) + 1
        word = before[start : at - 1]
        if len(word) > 1 and word[-1] == ",":  # (großen, sowjetischen: the comma a word)
            words.append(",")
            starts.append(start)
            word = word[:-1]
        words.append(word)
        starts.append(start)
        at = start
        if word not in joining and adjective_ending(word, lang) is None:
            break  # (the word before the adjectives: no need to read on)
    k, ending = adjective_run(words, lang)
    if not k:
        return len(before), "", []
    spans = [
        (starts[i], starts[i] + len(words[i]))
        for i in range(k)
        if words[i] not in joining and adjective_ending(words[i], lang) is not None
    ]
    return starts[k - 1], ending, sorted(spans)


def _declined(lang: str, gender: str, determiner: int, case: int) -> str:
    """The ending of an adjective after the ``determiner``-th of ``lang``'s articles.toml
    forms (der: the weak declension; ein, kein: the mixed) before a noun of ``gender`` in its
    ``case``-th case (inflection.toml ``[<lang>.adjective]``)."""
    table = load_toml("inflection.toml").get(lang, {}).get("adjective", {})
    rows = table.get(gender)
    return rows[1 if determiner == 0 else 2][case] if rows else ""


def is_preposition(word: str, lang: str) -> bool:
    """Whether ``word`` is one of the prepositions ``data/articles.toml`` gives the cases of in
    ``lang`` (German, after Duden: a bare noun after one is a name, in Russe; a common noun
    takes an article, mit dem Russen).

    >>> is_preposition("In", "de"), is_preposition("der", "de"), is_preposition("in", "fr")
    (True, False, False)
    """
    got = _articles(lang)
    return got is not None and word.lower() in got[3].get("governs", {})


def _is_article(word: str, lang: str) -> bool:
    """Whether ``word`` is a determiner of ``lang``: an article of its ``data/articles.toml``
    table (or one fused with a preposition, or one of its ``opening`` words: English the, a,
    an), or a word of its ``[<lang>.number]`` in ``data/inflection.toml`` (French les, des:
    :func:`~.forms.determined_number`).

    >>> _is_article("des", "fr"), _is_article("Du", "fr"), _is_article("der", "fr")
    (True, True, False)
    >>> _is_article("der", "en"), _is_article("des", "de"), _is_article("The", "en")
    (False, True, True)
    """
    rules = _articles(lang)
    if rules is not None and rules[0].search(word + " ") is not None:
        return True
    if word.lower() in load_toml("articles.toml").get(lang, {}).get("opening", ()):
        return True
    return determined_number(word, lang) is not None


def without_article(text: str) -> str | None:
    """``text`` without the article that opens it, of a language ``data/articles.toml`` has
    (French, German, English: a determiner, elided or not, is no part of a term: der Roten
    Armee, l'Armée rouge, the Red Army, as copied from a text), or ``None`` where none opens it
    or nothing follows.

    >>> without_article("der Roten Armee"), without_article("l’Armée rouge")
    ('Roten Armee', 'Armée rouge')
    >>> without_article("the Red Army"), without_article("An NKVD order"), without_article("A.")
    ('Red Army', 'NKVD order', None)
    >>> without_article("Rote Armee"), without_article("der"), without_article("Die Hard 2")
    (None, None, 'Hard 2')
    """
    head, _, rest = text.partition(" ")
    rest = rest.strip()
    langs = load_toml("articles.toml")
    if rest and any(_is_article(head, lang) for lang in langs):
        return rest
    elided = re.match(r"(\w+['’])(?=\w)", text)
    if elided and any(_is_article(elided.group(1).replace("’", "'"), lang) for lang in langs):
        return text[elided.end() :]
    return None


def fit_article(before: str, term: Term, lang: str) -> tuple[str, str | None]:
    """``before`` (the text before ``term`` is written) with the word ending it in the form
    ``term``'s first sound asks for, and ``None``; or ``before`` unchanged and why it cannot
    be fitted (``data/elision.toml``: French l' d' qu' before a vowel, le la de que du au
    before a consonant; an h or y, or an l' before a term without a gender, cannot be told).

    >>> fit_article("de l'", Term("Shoah", "fr", gender="feminine"), "fr")
    ('de la ', None)
    >>> fit_article("Le ", Term("Allemagne nazie", "fr"), "fr")
    ("L'", None)
    >>> fit_article("l'", Term("Shoah", "fr"), "fr")[1]
    '«Shoah» needs le or la after it, and the glossary gives the term no gender'
    """
    rules = _elision(lang)
    if rules is None or not before or before[-1] not in fit_ends(term, lang):
        return before, None
    elided_re, full_re, data = rules
    first = term.text[:1].lower()
    cut = max(len(before) - 8, 0)  # (the longest word and the letter before it: its end only)
    tail = before[cut:]
    sound = _sound(first, data)
    m = elided_re.search(tail)
    if m is not None:
        if sound == "vowel":
            return before, None
        word = m.group(1)
        if sound == "unsure":
            return before, f"whether «{term.text}» takes {word}{m.group(2)} depends on its {first}"
        full = data["elided"][word.lower()]
        if not full:
            gender = norm_gender(term.gender).lower()
            full = data["article"].get(gender, "")
            if not full:
                return before, (
                    f"«{term.text}» needs {' or '.join(data['article'].values())} after it, "
                    "and the glossary gives the term no gender"
                )
        return before[: cut + m.start()] + _as_cased(word, full) + " ", None
    m = full_re.search(tail)
    if m is None or sound == "":
        return before, None
    word = m.group(1)
    if sound == "unsure":
        return (
            before,
            f"whether «{term.text}» takes {word} or an elided form depends on its {first}",
        )
    elided = data["before_vowel"][word.lower()]
    return before[: cut + m.start()] + _as_cased(word, elided), None
