"""A user's script over the public API, as the README shows it: tests/test_api_typing.py runs
``mypy --strict --disallow-any-expr`` on it, so every value it touches has a precise type."""

from __future__ import annotations

import os
import tempfile
from functools import partial

import translit
from translit import TranslitError, Verdict
from translit.glossary import (
    Glossary,
    apply_text,
    find_terms,
    lint,
    load,
    lookup,
    save,
    shipped_path,
)
from translit.io import Plan, RunOptions, RunResult, run
from translit.reversal import get_reverser

latin: str = translit.romanize("Юрий Гагарин", scheme="wikipedia")
r = translit.get_romanizer("iso-9", "ru")
converted: list[str] = [r("Щёголь"), r.romanize("Щёголь")]
listed = translit.schemes("ru")
ids: list[str] = [s["id"] for s in listed]
years: list[int | None] = [s["year"] for s in listed]
reversible: bool = translit.get_scheme("iso-9", "ru").info()["reversible"]
langs: tuple[str, ...] = translit.languages()
lang: str = translit.detect("Київ")
reason: str = translit.explain_language("Київ").reason
span_langs: list[str] = [s.lang for s in translit.detect_spans("Київ. Москва.")]
back: str = translit.reverse("Đorđe", "latin", "sr")
key: str = translit.name_key("Власов")
same: bool = translit.same_name("Сергей", "Sergej")
verdict: Verdict = translit.verify("Київ", "Kyiv", lang="uk")
given: list[str] = [d.given for d in verdict.diff]
clean: str = translit.normalize("PОА", yo="fold", quotes="german")
offsets: list[int] = [c.offset for c in translit.normalize_report("в РОА и КОНP")]
encoding: str = translit.detect_encoding(b"abc")
text: str = translit.decode(b"abc")
try:
    translit.romanize("x", scheme="nope")
except translit.UnknownSchemeError as exc:
    suggestions: list[str] = exc.suggestions
except TranslitError as exc:
    message: str = str(exc)

glossary: Glossary = load(shipped_path("ww2-roa.tbx"))
match = lookup(glossary, "вс Конр", target="fr")[0]
concept_id: str = match.concept.id
annotated: str = apply_text("Бойцы РОА", glossary, "fr", "annotate")
starts: list[int] = [h.start for h in find_terms("Бойцы РОА", glossary)]
severities: list[str] = [f.severity for f in lint(glossary)]
folder = tempfile.mkdtemp()
lost: list[str] = save(glossary, os.path.join(folder, "x.csv"))
with open(os.path.join(folder, "a.txt"), "w", encoding="utf-8") as fh:
    fh.write("Щука\n")
options = RunOptions(out_dir=os.path.join(folder, "out"), jobs=1)
result: RunResult = run(
    Plan(partial(translit.romanize, lang="ru"), (os.path.join(folder, "a.txt"),), options)
)
status: str = result.files[0].status
cyrillic: str = get_reverser("iso-9", "ru")("Ŝëgolʹ")
