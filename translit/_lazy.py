"""Lazy public names of a package (PEP 562): each is imported from its module on first use.

Used by ``translit``, ``translit.glossary`` and ``translit.io``, so that importing a package
costs next to nothing and a name's module (and its dependencies) loads only when asked for.
"""

from __future__ import annotations

import importlib
import sys

TYPE_CHECKING = False  # (not typing.TYPE_CHECKING: typing would cost more than the package)
if TYPE_CHECKING:  # pragma: no cover
    from collections.abc import Callable, Mapping
    from typing import Any


def lazy_names(
    package: str, api: Mapping[str, str]
) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """``__getattr__`` and ``__dir__`` for ``package``, whose public names ``api`` maps to modules.

    >>> getattr_, dir_ = lazy_names("translit", {"romanize": "translit.api"})
    >>> getattr_("romanize").__name__
    'romanize'
    """

    def __getattr__(name: str) -> Any:
        module = api.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module), name)
        setattr(sys.modules[package], name, value)  # from now on a plain module attribute
        return value

    def __dir__() -> list[str]:
        return sorted(set(vars(sys.modules[package])) | set(api))

    return __getattr__, __dir__
