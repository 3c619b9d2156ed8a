"""Names for English, German and French readers, split by job:

* :mod:`.conventions` — which scheme romanises a source language for a reader language
  (``romanize(text, lang="uk", target="de")``), and the romaniser that applies established
  forms, given names and acronyms before it;
* :mod:`.forms` — the established forms (``glossaries/names.csv``, CLDR places) and the
  given-names table;
* :mod:`.keys` — :func:`name_key` and :func:`same_name`, which fold any rendering of a name to
  one key (Власов ≡ Wlassow ≡ Vlassov);
* :mod:`.chinese`, :mod:`.japanese`, :mod:`.korean` — names Russian texts write in a
  Cyrillization of the language (Дэн Сяопин, Синдзо Абэ, Мун Чжэ Ин) read back as the press
  writes them, through :mod:`.syllables`' one reader of syllable tables.

>>> romanize_for("Юрий Алексеевич Гагарин", "en")
'Yuri Alekseyevich Gagarin'
"""

from __future__ import annotations

from .conventions import (
    CONVENTIONS,
    TargetRomanizer,
    convention_for,
    established_forms,
    established_variants,
    get_target_romanizer,
    initials_space,
    romanize_for,
    target_language,
)
from .forms import APPLIED_TYPES, given_names
from .keys import name_key, same_name

__all__ = [
    "APPLIED_TYPES",
    "CONVENTIONS",
    "TargetRomanizer",
    "convention_for",
    "established_forms",
    "established_variants",
    "get_target_romanizer",
    "given_names",
    "initials_space",
    "name_key",
    "romanize_for",
    "same_name",
    "target_language",
]
