"""The language decision on short input: spans of 1, 2, 3 and 5 words, as written, in Title Case
and in ALL CAPS, and short real names, per language and span length.

    python -m bench.detect_short                  # the tables (held-out and calibration halves)
    python -m bench.detect_short --compare        # also langid and lingua on the same spans
    python -m bench.detect_short --dump spans.tsv # the spans themselves (lang, kind, split, text)
    python -m bench.detect_short --calibrate      # the margins of detection.py, calibration half
    python -m bench.detect_short --confusion held # language x decision per length, one half

Sources, read where they are, never copied into the project:

- ``../shared/corpus/<lang>-*.txt`` (UD sentences: ru uk be bg mk kk ky): from each file, spans of
  ``k`` consecutive words (whitespace tokens with a letter; Latin words stay in) cut at a seeded
  random place of a seeded random sentence, the punctuation at their edges stripped;
- ``bench/data/detect_short_names.tsv``: CLDR territory names in sr tg uz mn tt ba (its header
  says how they were chosen);
- ``bench/data/detect_short_sr.tsv``: 40 Serbian news sentences of UD_Serbian-SET, written in
  Serbian Cyrillic (its header says how), cut into spans and sentences as the corpus files are,
  an odd sentence number held out (present without ``../shared``).

Spans from the odd-numbered sentences (odd rows of the names file) are the **held-out** half; the
even ones are the calibration half, the one the detection tables were counted on
(``bench_detect.py``). Rules are judged on the held-out half.

``--confusion`` prints, for one half, the confusion matrix of every length (the spans as written,
and every whole sentence of that half, ``sent``): rows the true language, columns the decision.

Each span counts as right when the decision is its language; "no evidence" is the share decided
by the fallback (Russian letters and too few words, or nothing beat Russian), "tie" the share
:func:`translit.explain_language` reports as undecided between languages. ``--compare`` runs
langid 1.1.6 and lingua 2.x (``pip install 'translit-kit[detect-compare]'``), each restricted to
those of our languages it knows, on the same spans: a yardstick, not a dependency.
"""

from __future__ import annotations

import argparse
import collections
import random
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
NAMES = Path(__file__).resolve().parent / "data" / "detect_short_names.tsv"
SERBIAN = Path(__file__).resolve().parent / "data" / "detect_short_sr.tsv"
LENGTHS = (1, 2, 3, 5)
PER_LENGTH = 120  # spans per language and length (each in three forms)
SEED = 11
_WORD = re.compile(r"[^\W\d_]")
_CYR = re.compile("[\u0400-\u04ff]")
_EDGE = "\"'«»„“”‘’()[]{}.,;:!?…—–-*/"


class Span(NamedTuple):
    lang: str
    kind: str  # "1w" "2w" "3w" "5w" or "name"
    form: str  # "as is", "Title", "CAPS"
    split: str  # "held" (odd sentence or row) or "cal"
    text: str


def _forms(text: str) -> Iterator[tuple[str, str]]:
    yield "as is", text
    yield "Title", " ".join(w[:1].upper() + w[1:] for w in text.split(" "))
    yield "CAPS", text.upper()


def serbian_rows(path: Path = SERBIAN) -> list[tuple[int, str]]:
    """The Serbian sentences as (sentence number, text): the number's parity is the half."""
    rows = [r for r in path.read_text(encoding="utf-8").splitlines() if r and r[0] != "#"]
    return [(int(sid.rpartition("s")[2]), text) for sid, text in (r.split("\t") for r in rows)]


def corpus_sentences(corpus: Path | None = None) -> dict[str, list[tuple[int, str]]]:
    """Each language's lines of the files ``<lang>-*.txt`` of ``corpus`` (:data:`CORPUS`) as
    (line number, text), the files of one language one after another (none where ``../shared``
    is absent): an odd number is held out."""
    by_lang: dict[str, list[tuple[int, str]]] = collections.defaultdict(list)
    for path in sorted((corpus or CORPUS).glob("[a-z][a-z]-*.txt")):
        lines = path.read_text(encoding="utf-8").splitlines()
        by_lang[path.name[:2]] += list(enumerate(lines))
    return by_lang


def _sentences() -> dict[str, list[tuple[int, str]]]:
    """Each language's sentences as (number, text): the corpus files' lines (where ../shared
    is) and the Serbian file; an odd number is held out."""
    by_lang = corpus_sentences()
    by_lang["sr"] += serbian_rows()
    return by_lang


def corpus_spans(seed: int = SEED, per_length: int = PER_LENGTH) -> list[Span]:
    """Spans cut from the shared corpus, the same for the same seed (one generator per file and
    length, seeded by name, so that adding a file changes no other file's spans)."""
    by_lang = _sentences()
    out: list[Span] = []
    for lang, rows in sorted(by_lang.items()):
        lines = [line for _, line in rows]
        for k in LENGTHS:
            rnd = random.Random(f"{seed}:{lang}:{k}")
            for i, text in word_spans(lines, k, per_length, rnd):
                split = "held" if rows[i][0] % 2 else "cal"
                out += [Span(lang, f"{k}w", form, split, t) for form, t in _forms(text)]
    return out


def cut_words(line: str) -> list[str]:
    """The words of ``line`` as spans are cut of it: its whitespace tokens with a letter, the
    punctuation at their edges stripped."""
    return [w for w in (t.strip(_EDGE) for t in line.split()) if _WORD.search(w)]


def word_spans(lines: list[str], k: int, n: int, rnd: random.Random) -> list[tuple[int, str]]:
    """Up to ``n`` distinct pieces of ``k`` consecutive words (:func:`cut_words`) holding a
    Cyrillic letter, each at a random place of a random line of ``lines`` drawn by ``rnd`` (at
    most 50 × ``n`` draws), with the index of its line: the one cut of this bench and
    ``bench.detect_held``."""
    seen: set[str] = set()
    out: list[tuple[int, str]] = []
    for _ in range(50 * n):
        if len(seen) >= n:
            break
        i = rnd.randrange(len(lines))
        words = cut_words(lines[i])
        if len(words) < k:
            continue
        start = rnd.randrange(len(words) - k + 1)
        text = " ".join(words[start : start + k])
        if _CYR.search(text) and text not in seen:
            seen.add(text)
            out.append((i, text))
    return out


def name_spans(path: Path = NAMES) -> list[Span]:
    out: list[Span] = []
    rows = [r for r in path.read_text(encoding="utf-8").splitlines() if r and r[0] != "#"]
    for i, row in enumerate(rows):
        lang, _code, name = row.split("\t")
        out += [Span(lang, "name", form, "held" if i % 2 else "cal", t) for form, t in _forms(name)]
    return out


def spans(seed: int = SEED, per_length: int = PER_LENGTH) -> list[Span]:
    """Every span of the evaluation (the corpus part only where ``../shared`` is)."""
    return corpus_spans(seed, per_length) + name_spans()


def sentence_spans() -> list[Span]:
    """Every sentence of the corpus files and the Serbian file as it stands (stripped), kind
    ``sent``, split by the parity of its number as the spans are."""
    out: list[Span] = []
    for lang, rows in sorted(_sentences().items()):
        for index, line in rows:
            if _CYR.search(line):
                split = "held" if index % 2 else "cal"
                out.append(Span(lang, "sent", "as is", split, line.strip()))
    return out


def confusion_table(items: list[Span], decide: Decider) -> None:
    """Per kind (length): rows the true language, columns the decision, counts; then the
    off-diagonal cells of all kinds, largest first."""
    got = {s: decide(s.text) for s in items}
    kinds = sorted({s.kind for s in items}, key=lambda k: (k == "name", k == "sent", k))
    cells: collections.Counter[tuple[str, str, str]] = collections.Counter()
    for kind in kinds:
        sub = [s for s in items if s.kind == kind]
        langs = sorted({s.lang for s in sub})
        cols = langs + sorted({got[s] for s in sub} - set(langs))
        print(f"\n### {kind} (n = {len(sub)})\n")
        print("| true \\ decided | " + " | ".join(cols) + " | right % |")
        print("| --- |" + " ---: |" * (len(cols) + 1))
        for lang in langs:
            row = collections.Counter(got[s] for s in sub if s.lang == lang)
            for k, n in row.items():
                if k != lang:
                    cells[lang, k, kind] += n
            n_all = sum(row.values())
            print(
                f"| {lang} | "
                + " | ".join(str(row[c] or ".") for c in cols)
                + f" | {_pct(row[lang], n_all)} |"
            )
    pairs: collections.Counter[tuple[str, str]] = collections.Counter()
    for (lang, k, _kind), n in cells.items():
        pairs[lang, k] += n
    print("\n### confusions, largest first (true -> decided: count by kind)\n")
    for (lang, k), n in pairs.most_common():
        by = ", ".join(f"{kd} {cells[lang, k, kd]}" for kd in kinds if cells[lang, k, kd])
        print(f"- {lang} -> {k}: {n} ({by})")


# -- deciders -------------------------------------------------------------------------------------

Decider = Callable[[str], str]


def translit_decider() -> Decider:
    import translit

    return translit.detect


def _fallback(text: str) -> bool:
    import translit

    reason = translit.explain_language(text).reason
    return reason.startswith(("only Russian letters", "no other language"))


def _tie(text: str) -> bool:
    import translit

    return bool(getattr(translit.explain_language(text), "tied", ()))


def langid_decider(ours: Iterable[str]) -> tuple[Decider, set[str]]:
    from langid.langid import LanguageIdentifier, model  # type: ignore[import-untyped]

    ident = LanguageIdentifier.from_modelstring(model)
    known = set(ident.nb_classes) & set(ours)
    ident.set_languages(sorted(known))
    return (lambda text: str(ident.classify(text)[0])), known


def lingua_decider(ours: Iterable[str]) -> tuple[Decider, set[str]]:
    from lingua import IsoCode639_1, LanguageDetectorBuilder  # type: ignore[import-not-found]

    langs = []
    for code in ours:
        try:
            langs.append(IsoCode639_1.from_str(code))
        except ValueError:
            continue
    detector = LanguageDetectorBuilder.from_iso_codes_639_1(*langs).build()
    known = {c.name.lower() for c in langs}

    def decide(text: str) -> str:
        found = detector.detect_language_of(text)
        return found.iso_code_639_1.name.lower() if found else "und"

    return decide, known


# -- tables ---------------------------------------------------------------------------------------


def _pct(n: int, d: int) -> str:
    return f"{100 * n / d:5.1f}" if d else "    -"


def accuracy_table(items: list[Span], decide: Decider, title: str, extra: bool = True) -> None:
    """Per language and kind: right %, and (``extra``) the fallback and tie shares and the most
    frequent wrong answers."""
    kinds = sorted({s.kind for s in items}, key=lambda k: (k == "name", k))
    print(f"\n### {title}\n")
    print("| lang | " + " | ".join(kinds) + " | all | n | no evidence | tie | wrong as |")
    print("| --- |" + " ---: |" * (len(kinds) + 4) + " --- |")
    got = {s: decide(s.text) for s in items}
    for lang in sorted({s.lang for s in items}):
        mine = [s for s in items if s.lang == lang]
        cells = []
        for kind in kinds:
            sub = [s for s in mine if s.kind == kind]
            cells.append(_pct(sum(got[s] == lang for s in sub), len(sub)))
        right = sum(got[s] == lang for s in mine)
        wrong = collections.Counter(got[s] for s in mine if got[s] != lang)
        if extra:
            fb = _pct(sum(_fallback(s.text) for s in mine), len(mine))
            tie = _pct(sum(_tie(s.text) for s in mine), len(mine))
        else:
            fb = tie = "-"
        print(
            f"| {lang} | " + " | ".join(cells) + f" | {_pct(right, len(mine))} | {len(mine)} | "
            f"{fb} | {tie} | " + ", ".join(f"{k} {n}" for k, n in wrong.most_common(5)) + " |"
        )


def forms_table(items: list[Span], decide: Decider) -> None:
    print("\n### by form (all languages)\n")
    print("| form | right % | n |")
    print("| --- | ---: | ---: |")
    for form in ("as is", "Title", "CAPS"):
        sub = [s for s in items if s.form == form]
        print(
            f"| {form} | {_pct(sum(decide(s.text) == s.lang for s in sub), len(sub))} | {len(sub)} |"
        )


def romanised_table(items: list[Span], decide: Decider) -> None:
    """The language ``romanize(text)`` (``lang="auto"``) uses, against :func:`translit.detect`:
    the same but for text without Cyrillic (Russian, not ``"und"``)."""
    from translit.autodetect import auto_language

    differ = [s for s in items if auto_language(s.text) != decide(s.text)]
    right = sum(auto_language(s.text) == s.lang for s in items)
    print(
        f"\nromanize(text) uses the right language for {_pct(right, len(items)).strip()} % of the "
        f"spans; it differs from translit.detect on {len(differ)}"
    )


def calibrate(items: list[Span]) -> None:
    """On the calibration half (spans as written): right answers for each ``ESTIMATED_MARGIN``,
    then, for each ``TIE_MARGIN``, how often decisions by letters of their own are right when
    reported as a tie and when not."""
    import translit.detection as d

    part = [s for s in items if s.split == "cal" and s.form == "as is"]
    saved = d.ESTIMATED_MARGIN, d.TIE_MARGIN
    try:
        for est in (0.0, 2.0, 4.0, 8.0, float("inf")):
            d.ESTIMATED_MARGIN = est
            right = collections.Counter(s.lang for s in part if d._explain(s.text).lang == s.lang)
            row = ", ".join(f"{k} {right[k]}" for k in sorted({s.lang for s in part}))
            print(f"ESTIMATED_MARGIN={est}: {sum(right.values())}/{len(part)} right: {row}")
        d.ESTIMATED_MARGIN = saved[0]
        for tie in (1.0, 2.0, 3.0, 4.0, 6.0):
            d.TIE_MARGIN = tie
            found = [(s, d._explain(s.text)) for s in part]
            own = [(s, e) for s, e in found if e.reason.startswith("its own letters")]
            tied = [s.lang == e.lang for s, e in own if e.tied]
            clear = [s.lang == e.lang for s, e in own if not e.tied]
            print(
                f"TIE_MARGIN={tie}: tied {len(tied)}, right {_pct(sum(tied), len(tied))} %; "
                f"not tied {len(clear)}, right {_pct(sum(clear), len(clear))} %"
            )
    finally:
        d.ESTIMATED_MARGIN, d.TIE_MARGIN = saved


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--per-length", type=int, default=PER_LENGTH)
    parser.add_argument("--compare", action="store_true", help="also langid and lingua")
    parser.add_argument("--dump", metavar="TSV", help="write the spans to this file and stop")
    parser.add_argument(
        "--calibrate",
        action="store_true",
        help="ESTIMATED_MARGIN, TIE_MARGIN on the calibration half",
    )
    parser.add_argument(
        "--confusion",
        choices=("held", "cal"),
        help="the confusion matrices of one half (spans as written and whole sentences)",
    )
    args = parser.parse_args(argv)
    items = spans(args.seed, args.per_length)
    if args.confusion:
        found = items + sentence_spans()
        part = [s for s in found if s.split == args.confusion and s.form == "as is"]
        confusion_table(part, translit_decider())
        return 0
    if args.calibrate:
        calibrate(items)
        return 0
    if args.dump:
        with open(args.dump, "w", encoding="utf-8") as f:
            for s in items:
                f.write("\t".join(s) + "\n")
        return 0
    if not CORPUS.is_dir():
        print(f"({CORPUS} absent: CLDR names and the Serbian sentences only)", file=sys.stderr)
    ours = sorted({s.lang for s in items})
    deciders: list[tuple[str, Decider, set[str] | None]] = [
        ("translit.detect", translit_decider(), None)
    ]
    if args.compare:
        for name, make in (("langid 1.1.6", langid_decider), ("lingua", lingua_decider)):
            try:
                decide, known = make(ours)
            except ImportError:
                print(f"({name} not installed)", file=sys.stderr)
                continue
            deciders.append((name, decide, known))
    for split in ("held", "cal"):
        part = [s for s in items if s.split == split]
        for name, decide, known in deciders:
            sub = part if known is None else [s for s in part if s.lang in known]
            label = f"{name}, {'held-out' if split == 'held' else 'calibration'} half"
            if known is not None:
                label += f" (its languages: {' '.join(sorted(known))})"
            accuracy_table(sub, decide, label, extra=known is None)
            if known is None:
                forms_table(sub, decide)
                romanised_table(sub, decide)
    return 0


if __name__ == "__main__":
    sys.exit(main())
