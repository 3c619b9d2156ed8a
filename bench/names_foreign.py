"""Foreign persons' names spelled in Cyrillic: agreement of ``romanize(..., target=)`` with the
original name, with and without the foreign given names (``translit/data/names/foreign_given.csv``).

The list is ``bench/data/names_foreign.tsv`` (how it was chosen and split: its header). For each
part (``calibration``, ``held-out``) and target (en, de, fr) it prints the share of names
written exactly as the original (``whole``) and the share whose given name, the first word, is
the original's first word (``given``), before (the same romaniser without the table) and after.
The held-out part is measured only with ``--heldout`` (for the final report); ``--misses``
prints the misses of the parts measured.

Run: ``python -m bench.names_foreign``.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from translit.names.conventions import TargetRomanizer

LIST = Path(__file__).resolve().parent / "data" / "names_foreign.tsv"
TARGETS = ("en", "de", "fr")


def rows(part: str) -> list[tuple[str, str]]:
    """(Cyrillic, original) of the list's rows of ``part`` (``calibration``, ``held-out``)."""
    out = []
    for line in LIST.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            cyrillic, original, where = line.split("\t")
            if where == part:
                out.append((cyrillic, original))
    return out


def romanizers(target: str) -> tuple[TargetRomanizer, TargetRomanizer]:
    """The shipped romaniser for ``target``, and the same without the foreign given names."""
    after = TargetRomanizer(target)
    before = TargetRomanizer(target)
    before._foreign = {}
    return before, after


def first(name: str) -> str:
    return name.split(" ", 1)[0]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--misses", action="store_true", help="print the misses")
    ap.add_argument("--heldout", action="store_true", help="measure the held-out part too")
    args = ap.parse_args()
    for part in ("calibration", "held-out") if args.heldout else ("calibration",):
        names = rows(part)
        print(f"{part} ({len(names)} persons)")
        for target in TARGETS:
            before, after = romanizers(target)
            counts = {"whole": [0, 0], "given": [0, 0]}
            for cyrillic, original in names:
                for k, rom in enumerate((before, after)):
                    got = rom(cyrillic)
                    counts["whole"][k] += got == original
                    counts["given"][k] += first(got) == first(original)
                    if k and args.misses and got != original:
                        print(f"    {target}: {cyrillic} → {got} (original: {original})")
            n = len(names)
            print(
                f"  {target}: whole {counts['whole'][0]}/{n} → {counts['whole'][1]}/{n}, "
                f"given {counts['given'][0]}/{n} → {counts['given'][1]}/{n}"
            )


if __name__ == "__main__":
    main()
