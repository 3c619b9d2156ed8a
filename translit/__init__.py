"""translit: normalise and romanise Cyrillic text, names and acronyms; keep glossaries consistent.

    >>> import translit
    >>> translit.romanize("Русская освободительная армия (РОА)")
    'Russkaya osvoboditelʹnaya armiya (ROA)'
    >>> translit.romanize("Київ"), translit.romanize("Київ", target="de")
    ('Kyiv', 'Kyjiw')

Where to start:

- Romanise: :func:`romanize` (``scheme``, ``lang``, default ``"auto"``, and ``target`` for a
  reader's convention); :func:`get_romanizer`, a compiled romaniser, cached; :func:`schemes`,
  :func:`languages` and :func:`get_scheme`, what there is; :func:`reverse`, a reversible
  scheme's Latin read back.
- Language: :func:`detect`, :func:`explain_language`, :func:`detect_spans`.
- Names: :func:`verify`, :func:`name_key`, :func:`same_name`.
- Clean-up: :func:`normalize`, :func:`normalize_report`; bytes: :func:`decode`,
  :func:`detect_encoding`.
- Errors: each one a :class:`TranslitError`.
- Packages: :mod:`translit.glossary` (load, look up, check and apply terminology glossaries),
  :mod:`translit.io` (the batch runner behind the command line, ``run(Plan(…))``),
  :mod:`translit.integrations` (pandas, Dask, transliterate). The command is ``translit``
  (``translit --help``); README.md is the guided tour.

The public names below are imported on first use, so ``import translit`` stays cheap and no
scheme is read or compiled until one is asked for.
"""

from __future__ import annotations

from time import time_ns as _time_ns

from ._lazy import lazy_names

#: when this process first read the package's code (wall clock, ns): a package file newer than
#: this changed under the process, whose kept copies then describe other code
#: (``_datafiles.kept_copy``)
_IMPORTED_NS = _time_ns()

# (not typing.TYPE_CHECKING: importing typing would be most of the package's import time)
TYPE_CHECKING = False

__version__ = "0.1.0"

# public name -> module that defines it
_API: dict[str, str] = {
    "romanize": "translit.api",
    "Romanizer": "translit.engine",
    "get_romanizer": "translit.catalogue",
    "get_scheme": "translit.catalogue",
    "schemes": "translit.catalogue",
    "languages": "translit.catalogue",
    "Scheme": "translit.scheme",
    "read_scheme": "translit.scheme",
    "TranslitError": "translit.errors",
    "SchemeError": "translit.errors",
    "UnknownSchemeError": "translit.errors",
    "UnknownLanguageError": "translit.errors",
    "IrreversibleSchemeError": "translit.errors",
    "GlossaryError": "translit.errors",
    "EncodingError": "translit.errors",
    "ParameterError": "translit.errors",
    # issue 3: languages, detection, reverse
    "detect": "translit.autodetect",
    "detect_spans": "translit.detection",
    "explain_language": "translit.autodetect",
    "reverse": "translit.reversal",
    # issue 4: names for readers
    "name_key": "translit.names",
    "same_name": "translit.names",
    "verify": "translit.verification",
    "Verdict": "translit.verification",
    # issue 5: normalisation and encodings
    "normalize": "translit.normalization",
    "normalize_report": "translit.normalization",
    "decode": "translit.encodings",
    "detect_encoding": "translit.encodings",
}

__all__ = [
    "EncodingError",
    "GlossaryError",
    "IrreversibleSchemeError",
    "ParameterError",
    "Romanizer",
    "Scheme",
    "SchemeError",
    "TranslitError",
    "UnknownLanguageError",
    "UnknownSchemeError",
    "Verdict",
    "__version__",
    "decode",
    "detect",
    "detect_encoding",
    "detect_spans",
    "explain_language",
    "get_romanizer",
    "get_scheme",
    "languages",
    "name_key",
    "normalize",
    "normalize_report",
    "read_scheme",
    "reverse",
    "romanize",
    "same_name",
    "schemes",
    "verify",
]

if TYPE_CHECKING:  # pragma: no cover - for type checkers and IDEs only
    from .api import romanize
    from .autodetect import detect, explain_language
    from .catalogue import get_romanizer, get_scheme, languages, schemes
    from .detection import detect_spans
    from .encodings import decode, detect_encoding
    from .engine import Romanizer
    from .errors import (
        EncodingError,
        GlossaryError,
        IrreversibleSchemeError,
        ParameterError,
        SchemeError,
        TranslitError,
        UnknownLanguageError,
        UnknownSchemeError,
    )
    from .names import name_key, same_name
    from .normalization import normalize, normalize_report
    from .reversal import reverse
    from .scheme import Scheme, read_scheme
    from .verification import Verdict, verify

__getattr__, __dir__ = lazy_names(__name__, _API)
