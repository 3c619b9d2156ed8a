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
)
from .model import Term, norm_gender, primary

__all__ = [
    "fit_article",
    "fit_ends",
    "fit_gender",
    "fit_letters",
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
    ``lang`` (French: the l of l', the u of qu', the e of le, the a of la…), lower case: the
    letter before a term's apostrophe or space that the replace loop tests first (a Russian
    text's matches end in none of them).

    >>> "".join(sorted(fit_letters("fr"))), "".join(sorted(fit_letters("de"))), fit_letters("ru")
    ('adelntu', 'emnrs', frozenset())
    """
    out: set[str] = set()
    rules = _elision(lang)
    if rules is not None:
        out.update(w[-1].lower() for w in (*rules[2]["elided"], *rules[2]["before_vowel"]))
    articles = _articles(lang)
    if articles is not None:
        out |= {c.lower() for c in articles[1]}
    return frozenset(out)


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
    gender, case) readings, and the table."""
    data = load_toml("articles.toml").get(lang)
    if data is None or "forms" not in data:  # (English: articles that agree with nothing)
        return None
    readings: dict[str, list[tuple[int, int, int]]] = {}
    for d, by_gender in enumerate(data["forms"]):
        for g, by_case in enumerate(by_gender):
            for c, form in enumerate(by_case):
                readings.setdefault(form, []).append((d, g, c))
    words = [*readings, *data.get("read_as", {}), *data.get("fused", {})]
    alts = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    pattern = re.compile(rf"(?<!\w)({alts}) $", re.IGNORECASE)
    return pattern, frozenset(w[-1] for w in words), readings, data


def fit_gender(
    before: str, source: Term | None, term: Term, lang: str, number: str = ""
) -> tuple[str, str | None]:
    """``before`` (the text before ``term`` is written in place of ``source``) with the article
    ending it in the gender, and case, ``term`` asks for, and ``None``; or ``before`` unchanged
    and why, when the article is there but cannot be fitted (``data/articles.toml``: ``term``
    has no gender, or the article's case cannot be told). ``source``'s gender is used when it is
    of the text's language ``lang``: German der is a masculine nominative, or a feminine
    genitive or dative. Where ``source`` is of another language whose article ``before`` ends
    with, the article is that language's, the text's (a French text's des before a German
    target): left as it is.

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

    With ``number`` ``"plural"`` (the term's, :func:`~.forms.written_number`) the article
    is written in the plural, whatever the term's gender (articles.toml ``plural``):

    >>> forces = Term("Forces armées ukrainiennes", "fr")
    >>> fit_gender("de la ", None, forces, "fr", "plural"), fit_gender("L'", None, forces, "fr", "plural")
    (('des ', None), ('Les ', None))
    >>> fit_gender("mit der ", None, de("Streitkräfte", None), "de", "plural")
    ('mit den ', None)

    German attributive adjectives between the article and the term (:func:`~.forms.adjective_ending`)
    narrow its readings to those they agree with, and the article is fitted where their
    ending stays in the target's gender (the weak and mixed genitive and dative: -en), else
    kept and said so (den sowjetischen Holocaust, die sowjetische Shoah):

    >>> fit_gender("des sowjetischen ", de("Holocaust", None), de("Shoah", "feminine"), "de")
    ('der sowjetischen ', None)
    >>> fit_gender("den sowjetischen ", de("Holocaust", None), de("Shoah", "feminine"), "de")[1]
    '«den» kept before «sowjetischen Shoah»: the adjectives between would change their ending with the gender of «Shoah»: check them'
    """
    rules = _articles(lang)
    plural = number == "plural"
    if plural and rules is not None and before[-1:] in "'’":
        return _elided_plural(before, rules[3])
    if rules is None or before[-1:] != " " or before[-2:-1].lower() not in rules[1]:
        return before, None
    pattern, _, readings, data = rules
    m = pattern.search(before, max(len(before) - 12, 0))
    ending = ""  # (of the adjectives between the article and the term: des sowjetischen)
    if m is None:
        cut, ending = _adjectives_ending(before, lang)
        m = pattern.search(before, max(cut - 12, 0), cut) if ending else None
        if m is None:
            return before, None
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
    seen = readings.get(art)
    if seen is None:  # (a letter the pattern's case folding took: İm is no im)
        return before, None
    same = source is not None and primary(source.lang) == lang
    had = norm_gender(source.gender).lower() if source is not None and same else ""
    if had in genders:
        seen = [r for r in seen if genders[r[1]] == had]
        if not seen:  # (not the source term's article: a plural, a pronoun)
            return before, None
    prep = lead or before[max(m.start() - 12, 0) : m.start()]
    governed = data.get("governs", {}).get(prep.rsplit(None, 1)[-1].lower() if prep.strip() else "")
    if governed is not None:  # (a preposition before it: mit der Shoah is a dative)
        seen = [r for r in seen if data["cases"][r[2]] in governed] or seen
    if ending:  # (the readings the adjectives agree with: des sowjetischen, a genitive)
        seen = [r for r in seen if _declined(lang, genders[r[1]], r[0], r[2]) == ending]
        if not seen:
            return before, None
    if plural:
        return _fitted_plural(
            before, m, word, lead=lead, seen=seen, ending=ending, term=term, data=data
        )
    want = norm_gender(term.gender).lower()
    fix = f"(TBX grammaticalGender, a CSV {lang}:gender column)"
    if want not in genders:
        return (
            before,
            f"«{word}» kept before «{term.text}», which the glossary gives no gender {fix}",
        )
    t = genders.index(want)
    if ending and {_declined(lang, want, d, c) for d, _, c in seen} != {ending}:
        return before, (
            f"«{word}» kept before «{before[m.end() :]}{term.text}»: the adjectives between "
            f"would change their ending with the gender of «{term.text}»: check them"
        )
    forms = {data["forms"][d][t][c] for d, _, c in seen}
    if len(forms) > 1:
        why = f"«{word}» kept before «{term.text}»: its case cannot be told"
        if source is not None and same and had not in genders:
            return before, f"{why} without the gender of «{source.text}» {fix}"
        return before, f"{why}: check it"

    new = lead + forms.pop()
    new = next((k for k, v in fused.items() if v == new), new)
    return before[: m.start()] + _as_cased(word, new) + " " + before[m.end() :], None


def _elided_plural(before: str, data: Mapping[str, Any]) -> tuple[str, str | None]:
    """``before``, ending in an elided article (French l', de l', à l'), with its plural
    (articles.toml ``plural_elided``: les, des, aux) before a plural term; unchanged else."""
    tail = before[-6:].replace("’", "'").lower()
    for elided, plural in sorted(data.get("plural_elided", {}).items(), key=lambda kv: -len(kv[0])):
        at = len(before) - len(elided)
        if tail.endswith(elided) and (at == 0 or not before[at - 1].isalnum()):
            return before[:at] + _as_cased(before[at:-1], plural) + " ", None
    return before, None


def _fitted_plural(
    before: str,
    m: re.Match[str],
    word: str,
    *,
    lead: str,
    seen: list[tuple[int, int, int]],
    ending: str,
    term: Term,
    data: Mapping[str, Any],
) -> tuple[str, str | None]:
    """:func:`fit_gender`'s article ``word`` (match ``m`` of ``before``, read as ``seen``)
    in the plural (articles.toml ``plural``) before ``term``, a plural; kept and said where
    the determiner has none (German ein), its case cannot be told, or adjectives between
    would change their ending (the plural's after every determiner here: -en)."""
    table = data.get("plural")
    if table is None:
        return before, None
    forms = {table[d][c] for d, _, c in seen}
    if ending and ending != "en":
        return before, (
            f"«{word}» kept before «{before[m.end() :]}{term.text}», a plural: the adjectives "
            "between would change their ending: check them"
        )
    if "" in forms:
        return (
            before,
            f"«{word}» kept before «{term.text}», a plural, which it has none of: check it",
        )
    if len(forms) > 1:
        return (
            before,
            f"«{word}» kept before «{term.text}», a plural: its case cannot be told: check it",
        )
    new = lead + forms.pop()
    new = next((k for k, v in data.get("fused", {}).items() if v == new), new)
    return before[: m.start()] + _as_cased(word, new) + " " + before[m.end() :], None


def _adjectives_ending(before: str, lang: str) -> tuple[int, str]:
    """(where the attributive adjectives that end ``before`` start, their one ending:
    :func:`~.forms.adjective_run`, and so joined by und, oder, sowie or a comma), or
    ``(len(before), "")`` for none.

    >>> _adjectives_ending("des großen, sowjetischen und russischen ", "de")
    (4, 'en')
    """
    at = len(before)
    if at < 2 or before[at - 1] != " ":
        return at, ""
    start = before.rfind(" ", 0, at - 1) + 1
    if adjective_ending(before[start : at - 1], lang) is None:
        return at, ""  # (no adjective right before the term: most calls)
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
    return (starts[k - 1], ending) if k else (len(before), "")


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
