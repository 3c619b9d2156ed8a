"""Public functions stay callable whatever submodules were imported before (no name clash)."""

from __future__ import annotations

import subprocess
import sys


def test_importing_every_submodule_keeps_the_public_functions() -> None:
    code = """
import translit.detection, translit.normalization, translit.reversal, translit.verification
import translit.names, translit.encodings, translit.api
import translit
assert translit.detect("Київ — столиця України") == "uk"
assert translit.normalize("Вла\\u0301сов") == "Власов"
assert translit.reverse("Moskva", "iso-9") == "Москва"
assert translit.verify("Ельцин", "Yeltsin").accepted
assert translit.romanize("Ельцин", lang="ru") == "Yelʹtsin"
print("ok")
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "ok"
