"""Verification of a given romanisation: is ``latin`` a correct rendering of ``cyrillic``?

:func:`verify` romanises the Cyrillic (of language ``lang``; ``"auto"`` detects it) under every
scheme of that language (standards and reader conventions, :func:`translit.schemes`) and for the
reader targets (``target:en``, ``target:de``, ``target:fr``, or only ``target``) with their
established forms, where *any* established variant is accepted (Yuri or Yury, Kyiv or Kiev), and
compares. Title-casing differences, apostrophe variants (' ’ ʹ ʼ) and runs of whitespace are
ignored; everything else (letters, diacritics, separators) must match. A Ukrainian or Belarusian
text is also read in its Russian spelling (given names through the given-names tables, the
letters by ``[russian_spelling]`` of ``translit/data/names/keys.toml``: Віктор Янукович →
Виктор Янукович → Viktor Yanukovich), labelled ``ru:<scheme>``, and so is a Kazakh or Kyrgyz
text (Көкшетау → Кокшетау → Kokshetau): readers print many such names so (Taras Grigorovich
Shevchenko, Igor Karpenko, Roza Otunbayeva). The language's own schemes and readers come
first: the ``ru:`` labels accept only what none of them does, the tables of every Cyrillic
language aside (``verify -l be Гродна Grodna`` is accepted by Belarusian schemes, not 40
Russian ones besides), and a text with ё also as
written with е, as Russian print mostly does (Звонарёва → Swonarewa), labelled
``<scheme> (ё as е)``, and with ё after ж ч ш щ as о, the letter Russian spelling writes for
the same sound there in other words (шорох, шов; Правила русской орфографии и пунктуации,
2006, the rules for о and ё after the hushing consonants), which English and French titles
print (Саша Чёрный → Sasha Chorny, Sacha Tchorny), labelled ``<scheme> (ё as о)``. When no candidate gives the
whole text, a text whose every word some candidate gives is accepted *word by word* (names
are printed so: Peter Ilich Tchaikovsky mixes an English given name, a library-style
patronymic and the established surname), labelled ``mixed`` with each word's candidates in
:attr:`Verdict.words`. A name in catalogue order (Pouchkine, Alexandre; Simonov Constantin
Mikhaïlovitch) is accepted as such, its labels ending in ``(catalogue order)`` or
``(surname first)``. When nothing matches, the closest candidate (fewest differing words, then
most similar letters) is reported with a word-by-word diff.
"""

from __future__ import annotations

import difflib
import functools
import itertools
import re
import unicodedata
from dataclasses import dataclass, replace

from .errors import ParameterError, want_name_length, want_names, want_str
from .errors import shown as _shown
from .script import WORD_APOSTROPHES, drop_invisible, drop_marks, has_cyrillic

__all__ = ["Verdict", "WordDiff", "candidates", "russian_spelling", "verify"]

_APOSTROPHES = re.compile("['’ʹʼ′`´‘]")


@dataclass(frozen=True, slots=True)
class WordDiff:
    """One word of the given romanisation that differs from the expected one.

    ``index`` is the 0-based word position in the given text (-1 for a missing word);
    ``given`` is ``""`` when a word is missing, ``expected`` is ``""`` when one is extra.
    """

    index: int
    given: str
    expected: str


@dataclass(frozen=True, slots=True)
class Verdict:
    """The result of :func:`verify`; true when the romanisation is accepted.

    ``schemes`` lists every scheme (or ``target:xx``) that produces ``latin``; ``closest`` is the
    first of them, or the nearest candidate when none does, with its output in ``expected`` and
    the differing words in ``diff`` (empty when accepted). A text accepted word by word has
    ``schemes == ("mixed",)`` and, in ``words``, each word with the candidates that give it; a
    rejected text whose other words some candidate gives has ``closest == "mixed"`` and only
    its wrong words in ``diff``.

    >>> v = verify("Ельцин", "Jeltzin")
    >>> bool(v), v.closest, v.expected, [(d.given, d.expected) for d in v.diff]
    (False, 'duden', 'Jelzin', [('Jeltzin', 'Jelzin')])
    >>> v = verify("Ігар Карпенка", "Igor Karpenko", lang="be")
    >>> v.lang, v.russian, "ru:wikipedia" in v.schemes, "wikipedia" in v.schemes
    ('be', 'Игорь Карпенко', True, False)
    """

    cyrillic: str
    latin: str
    accepted: bool
    schemes: tuple[str, ...]
    closest: str
    expected: str
    diff: tuple[WordDiff, ...] = ()
    words: tuple[tuple[str, tuple[str, ...]], ...] = ()
    #: the language whose schemes were tried (``lang``, or the one detected), and the Russian
    #: spelling the ``ru:`` labels of the verdict read ("" when it names none)
    lang: str = ""
    russian: str = ""

    def __bool__(self) -> bool:
        return self.accepted


def _piece(s: str) -> str:
    # a joiner or a soft hyphen inside a word (both sides: the schemes keep them) is no letter
    s = unicodedata.normalize("NFC", drop_invisible(s)).casefold()
    s = _APOSTROPHES.sub("'", s)
    return re.sub(r"\s+", " ", s)


def _norm(s: str) -> str:
    return _piece(s).strip()


def _unaccented(s: str) -> str:
    """``s`` without its accents and diaereses (é → e, ï → i)."""
    return unicodedata.normalize("NFC", drop_marks(s))


def _source(cyrillic: str, lang: str) -> str:
    from .catalogue import lang_arg

    # the folder code: "UK", "uk-UA" were not "uk" to the respelling into Russian (Viktor
    # Yanukovich not accepted); "AUTO" was an unknown language
    lang = lang_arg(lang, ("auto",))
    if lang != "auto":
        return lang
    # the decision of lang="auto" everywhere: look-alikes repaired
    from .autodetect import auto_language

    return auto_language(cyrillic)


def _targets(target: str | None) -> tuple[str, ...]:
    from .names import target_language
    from .names.forms import READERS

    if target is None:
        return READERS

    return (target_language(target),)


def _alternatives(cyrillic: str, lang: str, target: str | None) -> dict[str, list[tuple[str, ...]]]:
    """Reader targets' renderings of ``cyrillic`` as pieces with every accepted variant."""
    from .names import get_target_romanizer

    return {
        f"target:{t}": get_target_romanizer(t, lang).alternatives(cyrillic)
        for t in _targets(target)
    }


@functools.cache
def _respelling(lang: str) -> tuple[dict[str, str], tuple[tuple[re.Pattern[str], str], ...]]:
    """Given names of ``lang`` → their Russian spelling, and the letter rules (none: the
    language is not read in a Russian spelling)."""
    from ._datafiles import load_toml
    from .catalogue import norm_lang
    from .names.forms import given_names

    lang = norm_lang(lang)  # (russian_spelling(text, "UK") was None)
    names = {
        s: g.spellings["ru"][0]
        for g in given_names()
        if g.spellings.get("ru")
        for s in g.spellings.get(lang, ())
    }
    data = load_toml("names", "keys.toml")
    rules = data.get("russian_spelling", {}).get(lang, [])
    return names, tuple((re.compile(r["rule"][0]), r["rule"][1]) for r in rules)


def russian_spelling(text: str, lang: str) -> str | None:
    """``text`` in its Russian spelling, or None for a language ``[russian_spelling]`` of
    keys.toml has no rules for (Ukrainian, Belarusian, Kazakh, Kyrgyz have): listed given names
    by the given-names tables, other words by the letter rules.

    >>> russian_spelling("Віталій Кличко", "uk"), russian_spelling("Ігор Коломойський", "uk")
    ('Виталий Кличко', 'Игорь Коломойский')
    >>> russian_spelling("Көкшетау", "kk"), russian_spelling("Курманбек Бакиев", "ru")
    ('Кокшетау', None)
    """
    if not _respelling(lang)[1]:
        return None
    names, rules = _respelling(lang)

    def word(m: re.Match[str]) -> str:
        w = m.group()
        if w in names:
            return names[w]
        for pattern, repl in rules:
            w = pattern.sub(repl, w)
        return w

    pattern = f"[^\\W\\d_]+(?:[{WORD_APOSTROPHES}][^\\W\\d_]+)*"
    return re.sub(pattern, word, unicodedata.normalize("NFC", text))


def candidates(cyrillic: str, lang: str = "auto", target: str | None = None) -> dict[str, str]:
    """Every scheme's (and reader target's) romanisation of ``cyrillic``, by label.

    ``lang`` is the source language (``"auto"``: detected); ``target`` keeps only that reader
    target's convention (else every scheme, and en, de and fr). Reader targets give their
    preferred forms here.

    >>> candidates("Ельцин")["target:de"]
    'Jelzin'
    >>> candidates("Київ", lang="uk", target="en")["target:en"]
    'Kyiv'
    """
    from .catalogue import get_romanizer, schemes

    lang = _source(cyrillic, lang)
    out: dict[str, str] = {}
    for info in schemes(lang) if target is None else ():  # a reader's: its convention alone
        if info["kind"] == "reverse":
            continue
        out[info["id"]] = get_romanizer(info["id"], lang).romanize(cyrillic)
    for label, pieces in _alternatives(cyrillic, lang, target).items():
        out[label] = "".join(p[0] for p in pieces)
    russian = russian_spelling(cyrillic, lang)
    if russian is not None:
        out.update({f"ru:{k}": v for k, v in candidates(russian, "ru", target).items()})
    if lang in ("ru", "be") and re.search("[ёЁ]", cyrillic):  # ё is often written е
        plain = cyrillic.replace("ё", "е").replace("Ё", "Е")
        out.update({f"{k}{_AS_E}": v for k, v in candidates(plain, lang, target).items()})
        # after ж ч ш щ, ё is the о that spelling writes there in other words (шёлк, шорох)
        hard = _YO_AFTER_HUSHING.sub(lambda m: "о" if m.group() == "ё" else "О", cyrillic)
        if hard != cyrillic:
            out.update({f"{k}{_AS_O}": v for k, v in candidates(hard, lang, target).items()})
    return out


#: ё after ж ч ш щ, read as о too (Саша Чёрный → Sasha Chorny, Sacha Tchorny).
_YO_AFTER_HUSHING = re.compile("(?<=[жчшщЖЧШЩ])[ёЁ]")
#: the labels' ends of a text read with ё respelt: forms a scheme accepts, never the one it
#: writes, so never the one verify proposes (-t fr proposed Vooroujonnye for Вооружённые where
#: romanize -t fr writes Vooroujennye)
_AS_E, _AS_O = " (ё as е)", " (ё as о)"


def _accepts(pieces: list[tuple[str, ...]], given: str) -> str | None:
    """The accepted rendering of ``pieces`` that ``given`` (normalised) is, or ``None``."""
    pattern = "".join(
        "(" + "|".join(re.escape(_piece(v)) for v in sorted(set(p), key=len, reverse=True)) + ")"
        for p in pieces
    )
    m = re.fullmatch(pattern, given) or re.fullmatch(pattern.strip(), given)
    if m is None:
        return None
    return "".join(next(v for v in p if _piece(v) == m.group(k + 1)) for k, p in enumerate(pieces))


def _diff(given: str, expected: str) -> tuple[WordDiff, ...]:
    g_words = given.split()
    e_words = expected.split()
    g_norm = [_norm(w) for w in g_words]
    e_norm = [_norm(w) for w in e_words]
    out: list[WordDiff] = []
    sm = difflib.SequenceMatcher(a=g_norm, b=e_norm, autojunk=False)
    for op, i1, i2, j1, j2 in sm.get_opcodes():
        if op == "equal":
            continue
        n = max(i2 - i1, j2 - j1)
        for k in range(n):
            gi, ej = i1 + k, j1 + k
            out.append(
                WordDiff(
                    index=gi if gi < i2 else -1,
                    given=g_words[gi] if gi < i2 else "",
                    expected=_like(e_words[ej], g_words[gi] if gi < i2 else "") if ej < j2 else "",
                )
            )
    return tuple(out)


def _like(expected: str, given: str) -> str:
    """``expected`` with the title case of ``given`` (display only: case is not compared)."""
    if given[:1].isupper() and expected[:1].islower():
        return expected[:1].upper() + expected[1:]
    return expected


def _spellings(label: str, pieces: list[tuple[str, ...]]) -> list[tuple[str, str]]:
    """(label, text) for the first few combinations of a reader target's variants."""
    return [(label, "".join(c)) for c in itertools.islice(itertools.product(*pieces), 64)]


def _word_labels(
    cyrillic: str, lang: str, target: str | None, cands: dict[str, str]
) -> list[tuple[dict[str, set[str]], dict[str, str]]]:
    """For each word of ``cyrillic``: each normalised rendering → the candidates that give it,
    from the whole text's renderings and from the word's own; and each normalised rendering →
    the rendering as written (GULAG, Vīķe-Freiberga: an expected form is printed so), the whole
    text's first."""
    words = cyrillic.split()
    out: list[dict[str, set[str]]] = [{} for _ in words]
    written: list[dict[str, str]] = [{} for _ in words]
    texts = list(cands.items())
    for label, pieces in _alternatives(cyrillic, lang, target).items():
        texts += _spellings(label, pieces)
    for label, text in texts:
        rendered = text.split()
        if len(rendered) == len(words):
            for i, r in enumerate(rendered):
                out[i].setdefault(_norm(r), set()).add(label)
                if not label.endswith((_AS_E, _AS_O)):  # (accepted, never proposed)
                    written[i].setdefault(_norm(r), r)
    if len(words) > 1:
        for i, w in enumerate(words):
            alone = list(candidates(w, lang, target).items())
            for label, pieces in _alternatives(w, lang, target).items():
                alone += _spellings(label, pieces)
            for label, text in alone:
                out[i].setdefault(_norm(text), set()).add(label)
                if not label.endswith((_AS_E, _AS_O)):
                    written[i].setdefault(_norm(text), text.strip())
    return list(zip(out, written, strict=True))


def _mixed(
    cyrillic: str, latin: str, lang: str, target: str | None, cands: dict[str, str]
) -> list[tuple[str, tuple[str, ...], dict[str, str]]] | None:
    """Each word of ``latin`` with the candidates that give it (none: a wrong word) and all the
    word's renderings (normalised → as written); None when the word counts differ."""
    given = latin.split()
    if len(given) != len(cyrillic.split()):
        return None
    found = []
    for word, (table, written) in zip(
        given, _word_labels(cyrillic, lang, target, cands), strict=True
    ):
        labels = table.get(_norm(word), set())
        if not labels:  # a reader form without its accents
            bare = _unaccented(_norm(word))
            labels = {
                f"{label} without accents"
                for form, ls in table.items()
                if _unaccented(form) == bare
                for label in ls
                if "target:" in label
            }
        found.append((word, tuple(sorted(labels)), written))
    return found


def _nearest(word: str, written: dict[str, str]) -> str:
    """The rendering in ``written`` (normalised → as written) most like ``word`` (the expected
    form of a wrong word), as written: GULAG, not gulag."""
    given = _norm(word)
    best = max(sorted(written), key=lambda f: difflib.SequenceMatcher(a=given, b=f).ratio())
    return written[best]


def verify(cyrillic: str, latin: str, lang: str = "auto", target: str | None = None) -> Verdict:
    """Check that ``latin`` is a correct romanisation of ``cyrillic`` (language ``lang``,
    ``"auto"``: detected) under a known scheme, or for a reader target with any of its
    established variants; with ``target``, only that reader's convention is tried (Jelzin is
    right for German readers, not for English ones). A blank ``cyrillic`` is never accepted; a
    ``cyrillic`` without a Cyrillic letter beside a ``latin`` with one (the two swapped) is a
    :class:`ParameterError`.

    >>> verify("Русская освободительная армия", "Russkaya osvoboditel'naya armiya").accepted
    True
    >>> v = verify("Комитет освобождения", "Komitet Osvobozhdenya")
    >>> v.accepted, [d.given for d in v.diff]
    (False, ['Osvobozhdenya'])
    >>> {"national", "wikipedia", "target:en"} <= set(verify("Київ", "Kyiv", lang="uk").schemes)
    True
    >>> verify("Харків", "Kharkov", lang="uk").accepted  # established for en (Kharkiv|Kharkov)
    True
    >>> verify("Николай Ежов", "Nikolai Yezhov", lang="ru").schemes
    ('target:en',)
    >>> verify("Сергей Есенин", "Sergueï Essenine", lang="ru").schemes  # Essénine, unaccented
    ('target:fr without accents',)
    >>> "ru:wikipedia" in verify("Віктор Янукович", "Viktor Yanukovich", lang="uk").schemes
    True
    >>> v = verify("Пётр Ильич Чайковский", "Peter Ilich Tchaikovsky", lang="ru")
    >>> v.schemes, [(w, "target:en" in labels) for w, labels in v.words]
    (('mixed',), [('Peter', True), ('Ilich', False), ('Tchaikovsky', True)])
    >>> verify("Ельцин", "Jelzin").accepted, verify("Ельцин", "Jelzin", target="en").expected
    (True, 'Yeltsin')
    >>> verify("Александр Пушкин", "Pouchkine, Alexandre", lang="ru").schemes
    ('target:fr (catalogue order)',)
    """
    cyrillic = want_str(cyrillic, "verify()")
    want_names("verify()", lang=lang, target=target)  # (a list: "unhashable type" from a cache)
    latin = want_str(latin, "verify()")
    if not drop_invisible(cyrillic).strip():  # ('' and '' was accepted by every scheme)
        return Verdict(cyrillic, latin, False, (), "", "")
    if has_cyrillic(latin) and not has_cyrillic(cyrillic):  # (it said "Київ: expected Kyiv")
        raise ParameterError(
            f"the Cyrillic text comes first: {_shown(cyrillic)} holds no Cyrillic letter and "
            f"{_shown(latin)} does; did you swap them? (verify(cyrillic, latin); "
            "translit verify CYRILLIC LATIN)"
        )
    for what, text, latin_ in (("cyrillic", cyrillic, False), ("latin", latin, True)):
        says = "verify() checks a name or a title"
        want_name_length(text, says, what, latin_, "check a long text a sentence at a time")
    verdict = _verify(cyrillic, latin, lang, target)
    words = cyrillic.split()
    if verdict.accepted or not 2 <= len(words) <= 4 or not all(w[:1].isupper() for w in words):
        return verdict
    # a name (capitalised words) in catalogue order: "Surname, Given …", or the surname first
    if latin.count(",") == 1:
        surname, given = (part.strip() for part in latin.split(","))
        reordered, order = _verify(cyrillic, f"{given} {surname}", lang, target), "catalogue order"
    else:
        rotated = " ".join([words[-1], *words[:-1]])
        reordered, order = _verify(rotated, latin, lang, target), "surname first"
    if not reordered.accepted:
        return verdict
    labels = tuple(f"{label} ({order})" for label in reordered.schemes)
    return replace(
        reordered, cyrillic=cyrillic, latin=latin, schemes=labels, closest=labels[0], diff=()
    )


def _verify(cyrillic: str, latin: str, lang: str, target: str | None) -> Verdict:
    """:func:`verify` of a text in the order it is written."""
    lang = _source(cyrillic, lang)
    verdict = _verdict(cyrillic, latin, lang, target)
    labels = [verdict.closest, *verdict.schemes, *(x for _, ls in verdict.words for x in ls)]
    read = any(label.startswith("ru:") for label in labels)
    return replace(
        verdict, lang=lang, russian=russian_spelling(cyrillic, lang) or "" if read else ""
    )


def _own(label: str) -> bool:
    """Whether ``label`` is one of the language's own schemes or readers: not a ``ru:`` reading,
    nor a table of every Cyrillic language (ISO 9, ALA-LC's generic one), which give the
    Russian letters' values to the letters a language shares with Russian too (Taras
    Grigorovich Shevchenko: the press's Russian reading, ALA-LC's generic г)."""
    from .catalogue import ANY, schemes

    generic = {info["id"] for info in schemes(ANY)}
    return not label.startswith("ru:") and label.split(" ", maxsplit=1)[0] not in generic


def _verdict(cyrillic: str, latin: str, lang: str, target: str | None) -> Verdict:
    given = _norm(latin)
    cands = candidates(cyrillic, lang, target)
    accepting = [label for label, out in cands.items() if _norm(out) == given]
    matched: dict[str, str] = {label: cands[label] for label in accepting}
    alternatives = _alternatives(cyrillic, lang, target)
    for label, pieces in alternatives.items():
        if label not in matched:
            form = _accepts(pieces, given)
            if form is not None:
                accepting.append(label)
                matched[label] = form
    if not accepting:  # a reader form without its accents (Essenine for Essénine) is a variant
        bare = _unaccented(given)
        for label, pieces in alternatives.items():
            form = _accepts([tuple(map(_unaccented, p)) for p in pieces], bare)
            if form is not None:
                accepting.append(f"{label} without accents")
                matched[accepting[-1]] = form
    if any(_own(label) for label in accepting):  # the language's own first
        accepting = [label for label in accepting if not label.startswith("ru:")]
    if accepting:
        first = accepting[0]
        return Verdict(cyrillic, latin, True, tuple(accepting), first, matched[first])
    mixed = _mixed(cyrillic, latin, lang, target, cands)
    if mixed is not None and all(labels for _, labels, _ in mixed):
        words = tuple((w, labels) for w, labels, _ in mixed)
        return Verdict(cyrillic, latin, True, ("mixed",), "mixed", latin, (), words)
    best: tuple[int, float] | None = None
    best_label = ""
    best_diff: tuple[WordDiff, ...] = ()
    for label, out in cands.items():
        if label.endswith((_AS_E, _AS_O)):  # (the text as written: what romanize gives)
            continue
        diff = _diff(latin, out)
        score = (len(diff), -difflib.SequenceMatcher(a=given, b=_norm(out)).ratio())
        if best is None or score < best:
            best, best_label, best_diff = score, label, diff
    if mixed is not None and best is not None:
        # word by word, only the words no candidate gives are wrong: fewer than the closest
        # candidate's differences when the right ones come from several schemes
        wrong = [(i, w, _nearest(w, t)) for i, (w, labels, t) in enumerate(mixed) if not labels]
        if len(wrong) < best[0] and all(t for _, _, t in mixed):
            diff = tuple(WordDiff(i, w, _like(e, w)) for i, w, e in wrong)
            fixed = latin.split()
            for d in diff:
                fixed[d.index] = d.expected
            return Verdict(cyrillic, latin, False, (), "mixed", " ".join(fixed), diff)
    return Verdict(cyrillic, latin, False, (), best_label, cands[best_label], best_diff)
