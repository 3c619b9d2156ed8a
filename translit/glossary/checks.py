"""Check a glossary: one :class:`Finding` per problem, ``file:line: severity: message``.

Checks (severity):

- a concept id used twice with different content (error) or the same content (warning);
- two concepts with the same terms in every language (warning: duplicate concepts);
- a term listed under two concepts (warning; error when preferred in both);
- a term that is deprecated/superseded in one place and preferred in another (error);
- a language tag Babel does not know (error);
- a romanised form (a ``ru-Latn`` term, or a ``transliteratedForm`` in Latin script) that no
  scheme produces from the concept's Cyrillic terms (error; a warning when it matches only
  after dropping diacritics and apostrophes). :func:`translit.verify` decides when it is
  installed; otherwise every scheme of the catalogue is tried. Words are compared one by one
  so the message names the wrong word ("Osvobozhdenya") and what the schemes give;
- a Russian or Ukrainian term that is a case/number form of another term
  (:func:`translit.morphology.forms`): "Красной армии" listed beside or instead of "Красная
  армия" — terms are listed in the nominative, and lookup and apply derive the other forms
  (warning; a name that is a case form of another concept's name is a name of its own:
  Толстой beside Толстая, Павлова beside Павлов);
- a declared language with no preferred term in a concept (warning; one warning per language,
  with the count and the first concepts, when more than five concepts lack it);
- two preferred full forms in one language of a concept (warning);
- a term holding a CAT tool's matching mark: Phrase's ``|`` where an ending starts, a ``*``
  wildcard ending a stem (warning: apply reads them as separators and finds the term in no
  text).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from ..errors import shown as _shown
from .forms import term_forms
from .model import (
    GENDERS,
    Concept,
    Glossary,
    Term,
    is_cyrillic,
    is_name,
    listing,
    norm_gender,
    primary,
    valid_tag,
    want_glossary,
)

__all__ = ["Finding", "lint"]

_APOSTROPHES = "'’ʹʺʼ\"`´"
#: Concepts without a preferred term in one language named one by one; more are one finding
#: (names.csv leaves most spelling columns of a row empty by design)
_EACH = 5


@dataclass(frozen=True)
class Finding:
    """One lint result: where (``path``, ``line`` when known), ``severity`` (``error`` or
    ``warning``) and ``message``; ``str()`` gives the CLI's ``file:line: severity: message``.

    >>> print(Finding("terms.csv", 4, "warning", "concept 'x' has no preferred term in 'de'"))
    terms.csv:4: warning: concept 'x' has no preferred term in 'de'
    """

    path: str
    line: int | None
    severity: str  # "error" | "warning"
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line or 0}: {self.severity}: {self.message}"


def _loose(s: str) -> str:
    s = unicodedata.normalize("NFD", s.casefold())
    s = "".join(c for c in s if unicodedata.category(c) != "Mn" and c not in _APOSTROPHES)
    return " ".join(s.replace("-", " ").split())


def _check_romanised(c: Concept, t: Term) -> tuple[str, str] | None:
    """(severity, message) when ``t`` is not a romanisation of one of ``c``'s Cyrillic terms."""
    base = primary(t.lang)
    sources = [
        s for s in c.terms if is_cyrillic(s.text) and (primary(s.lang) == base or base == "und")
    ] or [s for s in c.terms if is_cyrillic(s.text)]
    if not sources:
        return None
    from ..verification import verify

    if any(verify(s.text, t.text).accepted for s in sources):
        return None
    outputs = {(s.text, sch, out) for s in sources for sch, out in s.romanizations().items()}
    if any(out.casefold() == t.text.casefold() for _, _, out in outputs):
        return None
    loose = [(src, sch, out) for src, sch, out in outputs if _loose(out) == _loose(t.text)]
    if loose:
        _, sch, out = sorted(loose)[0]
        return (
            "warning",
            f"{t.text!r} matches {sch} {out!r} only without its diacritics/apostrophes; "
            f"write it as the scheme does, {out!r}",
        )
    # name the words no scheme produces
    words = t.text.split()
    bad: list[str] = []
    for s in sources:
        cyr = s.text.split()
        if len(cyr) != len(words):
            continue
        for w, latin in zip(cyr, words, strict=True):
            forms = set(Term(w, s.lang).romanizations().values())
            if _loose(latin) not in {_loose(x) for x in forms}:
                bad.append(f"{latin!r} (schemes give {', '.join(sorted(forms))})")
        break
    detail = "; ".join(bad) if bad else f"schemes give {sorted({o for _, _, o in outputs})[:4]}"
    return "error", (
        f"romanised form {t.text!r} is produced by no scheme: {detail}; write a scheme's "
        "spelling, or give a spelling of no scheme (a press or target-language form) its "
        "language's tag (en, de) in place of -Latn"
    )


def _case_forms(glossary: Glossary, path: str) -> list[Finding]:
    """Terms that are oblique forms of another term of the same language."""
    from ..morphology import LANGUAGES

    terms = [
        (c, t)
        for c in glossary.concepts
        for t in c.terms
        if primary(t.lang) in LANGUAGES and is_cyrillic(t.text)
    ]
    by_form: dict[tuple[str, str], tuple[Concept, Term]] = {}
    for c, t in terms:
        for form in term_forms(c, t)[1:]:
            by_form.setdefault((primary(t.lang), form.casefold()), (c, t))
    out = []
    for c, t in terms:
        got = by_form.get((primary(t.lang), t.text.casefold()))
        if got is None or got[1].text.casefold() == t.text.casefold():
            continue
        oc, ot = got
        if oc is not c and is_name(c, t) and is_name(oc, ot):
            continue  # Толстой beside Толстая, Павлова beside Павлов: a name of its own
        where = "of the same concept" if oc is c else f"of concept {oc.id!r}"
        out.append(
            Finding(
                path,
                t.line or c.line,
                "warning",
                f"{t.text!r} is a case form of {ot.text!r} ({where}): list terms in the "
                "nominative; lookup and apply match the other forms",
            )
        )
    return out


def lint(glossary: Glossary) -> list[Finding]:
    """Check ``glossary``; findings in file order.

    >>> from translit.glossary import Concept, Glossary, Term
    >>> g = Glossary([Concept("x", terms=[Term("Комитет освобождения", "ru"),
    ...                                   Term("Komitet osvobozhdenya", "ru-Latn")])])
    >>> print(lint(g)[0])  # doctest: +ELLIPSIS
    <glossary>:0: error: romanised form 'Komitet osvobozhdenya' is produced by no scheme: ...
    """
    from .apply import match_core  # (the matcher's own reading of a term)

    path = want_glossary(glossary, "lint()").path or "<glossary>"
    out: list[Finding] = []

    def add(line: int | None, severity: str, message: str) -> None:
        out.append(Finding(path, line, severity, message))

    if not glossary.concepts:  # (an empty file, a header alone: "no finding" said nothing)
        add(None, "warning", "no concept: the glossary holds no term to check or apply")
    by_id: dict[str, Concept] = {}
    signatures: dict[tuple[Any, ...], Concept] = {}
    uses: dict[tuple[str, str], list[tuple[Concept, Term]]] = {}
    bad_tags = {t.lang for c in glossary.concepts for t in c.terms if not valid_tag(t.lang)}
    declared = glossary.declared_languages()
    missing = {
        lang: [c for c in glossary.concepts if c.preferred(lang) is None]
        for lang in declared
        if lang not in bad_tags
    }
    for c in glossary.concepts:
        old = by_id.get(c.id)
        if old is not None:
            if old == c:
                add(
                    c.line,
                    "warning",
                    f"concept {c.id!r} repeated (line {old.line}); delete the repeat",
                )
            else:
                add(
                    c.line,
                    "error",
                    f"concept id {c.id!r} also used at line {old.line}; give one of them "
                    "another id, or merge them into one concept",
                )
        else:
            by_id[c.id] = c
        sig = tuple(sorted((t.lang, t.text.casefold()) for t in c.terms))
        if sig and sig in signatures and signatures[sig].id != c.id:
            other = signatures[sig]
            add(
                c.line,
                "warning",
                f"concepts {other.id!r} and {c.id!r} have the same terms; merge them, or add "
                "the term that tells them apart",
            )
        signatures.setdefault(sig, c)
        preferred_full: dict[str, list[Term]] = {}
        for t in c.terms:
            if t.lang in bad_tags:
                add(
                    t.line or c.line,
                    "error",
                    f"language tag {_shown(t.lang)} unknown to Babel (CLDR); write a BCP 47 "
                    "tag: a language (ru, de), a script (ru-Latn), a region (de-AT)",
                )
            uses.setdefault((t.lang, t.text.casefold()), []).append((c, t))
            if t.gender is not None and norm_gender(t.gender) not in GENDERS:
                add(
                    t.line or c.line,
                    "warning",
                    f"gender {_shown(t.gender)} of {t.text!r} is none of {', '.join(GENDERS)}: "
                    "glossary apply cannot fit an article to it; write one of them",
                )
            if t.status == "preferred" and t.type == "fullForm":
                preferred_full.setdefault(t.lang, []).append(t)
            mark = _matching_mark(t.text)
            if mark:
                add(
                    t.line or c.line,
                    "warning",
                    f"term {_shown(t.text)} ({_tag(t.lang)}) holds {mark!r}, a CAT tool's "
                    "matching mark (Phrase marks where an ending starts with |, glossaries end "
                    "a stem with the wildcard *): glossary apply reads it as a separator and "
                    "finds the term in no text; write the term whole (apply derives its forms)",
                )
            if not match_core(t.text):
                add(
                    t.line or c.line,
                    "warning",
                    f"term {_shown(t.text)} ({_tag(t.lang)}) holds no letter nor digit: glossary "
                    "apply never matches it (it reads every other character as a separator); "
                    "delete it, or write it in words",
                )
            latin = not is_cyrillic(t.text)
            if latin and (t.lang.endswith("-Latn") or t.type == "transliteratedForm"):
                if t.lang.endswith("-Latn") or primary(t.lang) in ("ru", "uk", "be", "bg", "und"):
                    got = _check_romanised(c, t)
                else:
                    got = None  # a target-language transcription (de Wlassowzy): not a scheme's
                if got:
                    add(t.line or c.line, *got)
        for lang, terms in preferred_full.items():
            # 'und': a pair file whose languages are unknown (warned once) holds the source and
            # the target term there, no two forms of one language (OmegaT's own test.csv gave
            # this warning for each of its rows)
            if len(terms) > 1 and lang != "und":
                add(
                    terms[1].line or c.line,
                    "warning",
                    f"concept {c.id!r} has {len(terms)} preferred full forms in {_tag(lang)}: "
                    + listing([repr(t.text) for t in terms])
                    + "; keep one preferred and mark the others admitted",
                )
        for lang in declared:
            if lang in missing and len(missing[lang]) <= _EACH and c.preferred(lang) is None:
                # only deprecated terms there can be marked preferred; none at all, only added
                add(
                    c.line,
                    "warning",
                    f"concept {c.id!r} has no preferred term in {_tag(lang)}; mark one of its "
                    f"{_tag(lang)} terms preferred, or add one"
                    if c.terms_in(lang)
                    else f"concept {c.id!r} has no term in {_tag(lang)}; add one",
                )
    for lang, gaps in missing.items():
        if len(gaps) > _EACH:  # one line per language, not one per concept (a sparse column)
            shown = listing([repr(c.id) for c in gaps[: _EACH + 1]], _EACH)
            add(
                gaps[0].line,
                "warning",
                f"{len(gaps):,} concepts have no preferred term in {_tag(lang)}: {shown}; "
                f"mark one term of each preferred, or add one where the column is empty",
            )
    out.extend(_case_forms(glossary, path))
    for (lang, _), places in uses.items():
        concepts = list(dict.fromkeys(c.id for c, _ in places))
        statuses = {t.status for _, t in places}
        text = places[0][1].text
        line = places[-1][1].line or places[-1][0].line
        if statuses & {"deprecated", "superseded"} and "preferred" in statuses:
            add(
                line,
                "error",
                f"{text!r} ({_tag(lang)}) is deprecated in one place and preferred in another "
                f"({listing(concepts)}); give it one status in all of them: deprecated (apply "
                "replaces it) or preferred",
            )
        elif len(concepts) > 1:
            both = sum(1 for _, t in places if t.status == "preferred") > 1
            todo = (
                "make it preferred in one concept only (admitted in the others), or merge them"
                if both
                else "merge the concepts if they are one; else lookup names them all"
            )
            add(
                line,
                "error" if both else "warning",
                f"{text!r} ({_tag(lang)}) is a term of {len(concepts):,} concepts: "
                f"{listing(concepts)}; {todo}",
            )
    out.sort(key=lambda f: f.line or 0)
    return out


def _matching_mark(text: str) -> str | None:
    """The CAT tools' matching mark ``text`` holds: a ``|`` between letters (Phrase's stem
    mark) or a ``*`` ending a word (a wildcard), else ``None``.

    >>> _matching_mark("morpholog|y"), _matching_mark("translat* memory"), _matching_mark("C*-algebra")
    ('|', '*', None)
    """
    if re.search(r"\w\|\w", text):
        return "|"
    return "*" if re.search(r"\w\*(?!\w|-)", text) else None


def _tag(lang: str) -> str:
    """A language tag from the file as a finding shows it: as it is, or quoted and cut when
    it is long or holds what a line of output must not (``xml:lang="ru&#10;x: error"`` made
    a finding of its own).

    >>> _tag("ru"), _tag("ru\\nx")
    ('ru', "'ru\\\\nx'")
    """
    return lang if lang.isprintable() and len(lang) <= 35 else _shown(lang)
