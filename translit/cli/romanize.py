"""``translit romanize``: romanise files, trees, JSONL fields or CSV columns under a scheme.

The command only parses options and builds a :class:`RomanizeSpec`; reading, writing, formats,
encodings and workers are :mod:`translit.io`'s. With ``--lang auto`` (the default) the language
is detected once per input file, on the text of its first block (its first 20,000 characters):
a plain text file is romanised in it whole — not per chunk, so it is never romanised under two
languages; a JSONL field or a CSV/Parquet column value is romanised in its own language, that
file language where the value is too short or weak to decide alone
(:func:`translit.autodetect.record_language`, as the pandas accessor and Dask decide values).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

import click

from .._record import Record
from ..errors import shown
from ..io.options import option
from .options import click_options, io_options, run_io, split_io

__all__ = ["AUTO_LINE", "Romanize", "RomanizeSpec", "romanize"]

#: ``--lang auto-line``: every line gets its own language decision (mixed files).
AUTO_LINE = "auto-line"


def _normalize(text: str, lang: str) -> str:
    """The default clean-up before romanising: NFC, look-alike repair, stress marks stripped.

    The library repairs look-alikes itself (``homoglyphs=True``); the repair is kept here
    too because the rules apply together, per token: a stress mark on a Latin vowel typed
    into a Cyrillic word (``Москвá``) is stripped once the vowel is Cyrillic.
    """
    from ..normalization import ROMANIZE_DEFAULTS, normalize

    return normalize(text, lang=lang, **ROMANIZE_DEFAULTS)


def _line_body(line: str) -> str:
    """``line`` less its line end where that is ``\\n``, ``\\r\\n`` or ``\\r``, which the
    language decision does not read (tests/test_detect_cost.py); else ``line``.

    >>> _line_body("Київ\\r\\n"), _line_body("Київ\\x85")
    ('Київ', 'Київ\\x85')
    """
    for end in ("\r\n", "\n", "\r"):
        if line.endswith(end):
            return line[: -len(end)]
    return line


@dataclass(frozen=True, eq=False, repr=False)  # (see ARCHITECTURE.md, "Start-up")
class Romanize:
    """The bound transform: romanise a block of whole lines (picklable, for workers)."""

    scheme: str | None
    lang: str
    target: str | None = None
    normalize: bool = True
    #: the language was detected (auto, auto-line), not given: a detected language without the
    #: scheme falls back as the library's ``lang="auto"`` does (:func:`translit.api.auto_romanizer`)
    detected: bool = False
    #: what the run says about this file (its first block's lines of other languages)
    warnings: tuple[str, ...] = ()
    #: the first block's first mojibake: its line and warning, which the runner leaves out
    #: when it named the code page that misread the input (the precise cause of the same fault)
    mojibake: tuple[int, str] | None = None
    #: applied to records' values (--field, --column) under ``--lang auto``: each value in its
    #: own language, ``within`` where it is too short or weak to decide alone
    records: bool = False
    #: the language lent to such values (:func:`translit.autodetect.records_fallback`: the
    #: file's, unless its values are of several languages); None: ``lang``
    within: str | None = None
    #: under ``--lang auto-line``, the language of a block's first line when the block starts
    #: inside it (a line longer than a block, cut by the runner): decided once on the line's
    #: head (:meth:`continuing`), so every piece of the line is written in one language
    continued: str | None = None
    #: what :meth:`by_value` decided since the counts were last taken (:meth:`take_counts`:
    #: after each block, in the process that converted it; a copy sent to a worker is its own)
    counts: dict[str, dict[str, int]] = field(
        init=False, default_factory=lambda: {"langs": {}, "lang_sources": {}}
    )

    def for_records(self) -> Romanize:
        """This transform as a record format applies it to values: under ``--lang auto``, one
        deciding each value (:meth:`by_value`); the warning that lines are of other languages
        is then moot. Under ``--lang auto-line`` each value is counted as decided alone."""
        if not self.detected and self.lang != AUTO_LINE:
            return self
        return replace(self, records=True, warnings=())

    def by_value(self, values: list[str]) -> list[str] | None:
        """``values`` romanised each in its language within the file's
        (:func:`translit.autodetect.record_language`), those of one language in one call; None
        for a transform of one language for all (:func:`~translit.io.formats.map_values`).

        >>> Romanize(None, "uk", detected=True).for_records().by_value(["Петрович", "Щёлково"])
        ['Petrovych', 'Shchëlkovo']
        """
        if not self.records:
            return None
        from ..autodetect import record_decision
        from ..io.formats import map_values  # (building the command loads no format)

        groups: dict[str, list[int]] = {}
        langs, sources = self.counts["langs"], self.counts["lang_sources"]
        if self.lang == AUTO_LINE:  # each alone: counted, then converted line by line (None)
            for value in values:
                lang, source = record_decision(value, None)
                langs[lang] = langs.get(lang, 0) + 1
                sources[source] = sources.get(source, 0) + 1
            return None
        within = self.within or self.lang
        for k, value in enumerate(values):
            lang, source = record_decision(value, within)
            langs[lang] = langs.get(lang, 0) + 1
            sources[source] = sources.get(source, 0) + 1
            groups.setdefault(within if lang == "und" else lang, []).append(k)
        out = list(values)
        for lang, at in groups.items():
            one = Romanize(self.scheme, lang, self.target, self.normalize, True)
            for k, new in zip(at, map_values(one, [values[k] for k in at]), strict=True):
                out[k] = new
        return out

    def take_counts(self) -> dict[str, dict[str, int]]:
        """The values :meth:`by_value` decided since the last call, counted by language
        (``langs``; ``und``: no Cyrillic) and by what decided them (``lang_sources``: ``own``,
        the value alone; ``column``, the file's language lent to a weak value), for the run's
        report (:func:`~translit.io.workers.transform_counts`); empty for other transforms.

        >>> spec = Romanize(None, "uk", detected=True).for_records()
        >>> _ = spec.by_value(["Петрович", "Київ", "Москва — столица России", "NATO"])
        >>> spec.take_counts()
        {'langs': {'uk': 2, 'ru': 1, 'und': 1}, 'lang_sources': {'column': 1, 'own': 3}}
        >>> spec.take_counts()
        {}
        """
        if not any(self.counts.values()):
            return {}
        taken = {key: dict(counts) for key, counts in self.counts.items()}
        for counts in self.counts.values():
            counts.clear()
        return taken

    @property
    def line_head(self) -> int:
        """How many characters of a line its decision reads under ``--lang auto-line``
        (:data:`translit.autodetect.READ_CHARS`; 0 for a transform of one language): the
        runner never ends a block inside a line's first so many characters, and hands a block
        that starts inside a line to :meth:`continuing` with them
        (:func:`translit.io.reading.line_heads`)."""
        if self.lang != AUTO_LINE or self.records:
            return 0
        from ..autodetect import READ_CHARS

        return READ_CHARS

    def continuing(self, head: str) -> Romanize:
        """This transform for a block that starts inside a line whose first
        :attr:`line_head` characters are ``head`` (the line's start was in an earlier block):
        its first line, up to its line end, is written in the language of ``head``, the
        language the whole line is decided in; the lines after it each in their own.

        >>> Romanize(None, AUTO_LINE).continuing("Це Київ, " * 3000)("Гоголь\\nГоголь\\n")
        'Hohol\\nGogolʹ\\n'
        """
        from ..autodetect import auto_language

        return replace(self, continued=auto_language(head))

    def _by_line(self, text: str) -> str:
        """``text`` under ``--lang auto-line``: each line (as ``str.splitlines`` ends one, as
        the library's ``romanize(text, lang="auto-line")`` does) romanised as a file of its own
        language, :func:`translit.autodetect.auto_language` of the line less its line end (the line's decision: so a record's value, decided and counted first, is
        decided once); the first line in :attr:`continued` where the block starts inside it.
        Each line alone: a line's output reads no other line (Ќе ти дадам сè, its Latin è, is
        сѐ, its grave kept, alone as beside a line holding ѝ: tests/test_chunk_lookalike.py).

        >>> Romanize(None, AUTO_LINE)("Київ\\nГоголь\\r\\nМінськ\\n")
        'Kyiv\\nGogolʹ\\r\\nMinsk\\n'
        """
        from ..autodetect import auto_language

        out = []
        for k, line in enumerate(text.splitlines(keepends=True)):
            lang = self.continued if k == 0 and self.continued else None
            lang = lang or auto_language(_line_body(line))
            out.append(Romanize(self.scheme, lang, self.target, self.normalize, True)(line))
        return "".join(out)

    @property
    def separable(self) -> bool:
        """NUL is a boundary for normalisation and a scheme's romanisation, so the values of a
        JSONL/CSV block can be converted in one call (see translit.io.formats.map_values)."""
        return self.target is None and self.lang != "auto"

    @property
    def info(self) -> dict[str, Any]:
        """What the per-file report records about this file."""
        info: dict[str, Any] = (
            {"lang": self.lang} if self.target is None else {"target": self.target}
        )
        if self.records and self.lang != AUTO_LINE:  # (each value in its language: counted
            info["within"] = self.within or self.lang  # in ``langs``, ``lang_sources``)
        return info

    def __call__(self, text: str) -> str:
        if self.lang == AUTO_LINE:  # each line as a file of its own language (with -t too)
            return self._by_line(text)
        from ..api import auto_romanizer
        from ..api import romanize as romanize_text  # the API's dispatch, not a copy of it

        if self.normalize:
            text = _normalize(text, self.lang)
        # --no-normalize: the text exactly as given, look-alikes too (homoglyphs=False)
        if self.detected and self.target is None:
            return auto_romanizer(self.scheme, self.lang, self.normalize).romanize(text)
        return romanize_text(
            text, self.scheme, self.lang, target=self.target, homoglyphs=self.normalize
        )


@dataclass(frozen=True, eq=False, repr=False)  # value methods: Record
class RomanizeSpec(Record):
    """Options of a run; :meth:`bind` picks the language of one file from its first block.

    Each field is also the command's option of that name (:func:`~translit.io.options.option`).
    """

    scheme: str | None = option(
        None,
        "-s",
        "--scheme",
        help="Scheme id or alias (see 'translit schemes'); default: the language's, marked "
        "[default] in 'translit schemes': the system BGN/PCGN use for it today (bgn-pcgn; "
        "Ukrainian bgn-pcgn-2019, Bulgarian and Macedonian bgn-pcgn-2013; Uyghur odni-2015).",
    )
    lang: str = option(
        "auto",
        "-l",
        "--lang",
        help="Language of the Cyrillic text; auto: one decision per file, from the text of its "
        "first block (Russian unless the text shows evidence for another language: see README "
        "'Detection'), and each --field/--column value in its own language, the file's where "
        "the value is too short or weak to decide alone; auto-line: a decision for each line "
        "and each value on its own.",
    )
    target: str | None = option(
        None,
        "-t",
        "--target",
        metavar="en|de|fr",
        help="Romanise for readers of this language or locale (their convention, established "
        "names).",
    )
    normalize: bool = option(
        True,
        "--normalize/--no-normalize",
        help="First repair look-alike letters (as the library does) and apply NFC and "
        "stress-mark stripping; --no-normalize romanises the text exactly as given, "
        "look-alikes too (Пpивет: Ppivet).",
    )

    @property
    def line_head(self) -> int:
        """:attr:`Romanize.line_head` of the transforms this spec binds: the runner reads a
        plain text file as text, not bytes, where it is not 0 (it hands on lines' heads)."""
        return Romanize(self.scheme, self.lang).line_head

    def bind(self, sample: str) -> Romanize:
        """The transform for a file whose first block's text is ``sample``.

        >>> RomanizeSpec(lang="auto").bind("Київ").lang
        'uk'
        """
        lang = self.lang
        mojibake = _mojibake_warning(sample)
        warnings: tuple[str, ...] = ()
        if lang == "auto":
            from ..autodetect import auto_file_language, other_line_languages, records_fallback

            lang = auto_file_language(sample)
            if other := other_line_languages(sample, lang):
                lines = ", ".join(f"{n} {code}" for code, n in sorted(other.items(), key=_most))
                warnings += (
                    f"read as {lang} (its first block as a whole), while lines of it are of "
                    f"other languages on their own ({lines}): -l auto-line decides each",
                )
            within = records_fallback(lang, other)
            return Romanize(
                self.scheme,
                lang,
                self.target,
                self.normalize,
                True,
                warnings,
                mojibake,
                within=within,
            )
        return Romanize(self.scheme, lang, self.target, self.normalize, mojibake=mojibake)


def _most(item: tuple[str, int]) -> tuple[int, str]:
    """The order of languages by count, most first."""
    return -item[1], item[0]


def _mojibake_warning(sample: str) -> tuple[int, str] | None:
    """The line and warning of the first block's first mojibake, which romanising passes
    through as it is (None: none).

    >>> line, said = _mojibake_warning("Генерал ÐŸÐµÑ‚ÐµÑ€Ð±ÑƒÑ€Ð³")
    >>> line, said[:41]
    (1, "'ÐŸÐµÑ‚ÐµÑ€Ð±ÑƒÑ€Ð³' reads as 'Петербург'")
    >>> _mojibake_warning("Генерал Власов") is None
    True
    """
    from ..encodings import mojibake_edits
    from ..script import line_ends

    found = mojibake_edits(sample[: 1 << 16])  # a misread file is misread from its start
    if not found:
        return None
    s, e, rep = found[0]
    line = line_ends(sample, 0, s) + 1
    more = f" and {len(found) - 1} more" if len(found) > 1 else ""
    return line, (
        f"{shown(sample[s:e])}{more} reads as {shown(rep)} (text once decoded in the wrong "
        "encoding); translit normalize repairs such text, then romanise its output"
    )


@click.command()
@click_options(RomanizeSpec)
@io_options()
def romanize(files: tuple[str, ...], **kwargs: Any) -> None:
    """Romanise Cyrillic text from FILES (or stdin when none or '-').

    Line endings and all non-Cyrillic text are kept exactly. In JSONL only the --field values
    change and in CSV/TSV only the --column fields; everything else is left byte for byte.

    \b
    Examples:
      translit romanize letter.txt
      translit romanize -s wikipedia -o letter.en.txt letter.txt
      echo 'ВС КОНР' | translit romanize
      translit romanize -r corpus/ --glob '*.txt' --out-dir latin/ -j 4
      translit romanize --field text --field meta.title data.jsonl > latin.jsonl
      translit romanize --column name --add-column name_latin people.csv -o out.csv
      translit romanize --in-place --backup .orig --encoding cp1251 old.txt
      translit romanize -r corpus/ --out-dir latin/ --resume --report run.json
    """
    io = split_io(kwargs)
    from ..api import LANG_WORDS, known_scheme
    from ..api import romanize as romanize_text
    from ..errors import TranslitError
    from .base import cli_message, fail, given, language, reader

    spec = RomanizeSpec(**{**kwargs, "lang": language(kwargs["lang"], LANG_WORDS)})
    scheme, lang, target = spec.scheme, spec.lang, spec.target

    if target is not None and given("scheme"):
        fail(
            f"-s/--scheme {scheme} and -t/--target {target} clash: a target picks its own "
            "reader convention; give only one"
        )
    if target is not None and scheme is not None:  # TRANSLIT_ROMANIZE_SCHEME: -t typed wins
        spec = replace(spec, scheme=None)
        scheme = None
    if target is None:
        try:  # the API's own checks of scheme and language (delegated languages included)
            romanize_text("", scheme, "ru" if lang in ("auto", AUTO_LINE) else lang)
        except TranslitError as exc:
            if lang not in ("auto", AUTO_LINE) or scheme is None or not known_scheme(scheme):
                fail(cli_message(exc))
            # the scheme exists for other languages detection may find: checked per file
    else:
        reader(target)
    run_io(spec, files, io)
