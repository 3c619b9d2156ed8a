"""Mojibake repair (:func:`translit.encodings.repair_mojibake`) on real sentences: how many
misread lines come back exactly, and how many sound lines it changes.

    python -m bench.mojibake                 # every corpus file of ../shared/corpus
    python -m bench.mojibake --show 5        # and five lines of each kind it got wrong
    python -m bench.mojibake --start 400     # lines 401-800: past those the margin was set on

Each line of the UD files in ``../shared/corpus`` (ru, uk, be, bg, mk, kk, ky; the French seed
for sound text only) is misread the ways files are misread: UTF-8 bytes read as windows-1252
(sloppy: its five undefined bytes kept as C1 controls, or replaced by U+FFFD), ISO-8859-1
(Latin-1: every byte 0x80-0x9F a C1 control, as Python's and pandas' encoding="latin-1" read it), windows-1251,
KOI8-R, CP866, MacCyrillic and ISO-8859-5; windows-1251 bytes read as windows-1252, as
ISO-8859-1 and as KOI8-R; KOI8-R and CP866 bytes read as windows-1251; and UTF-8 read as windows-1252 twice. A
line an encoding cannot hold (Kazakh letters in windows-1251) is not counted for it. For each,
the share of lines repaired exactly is printed, and for the sound lines (as they are, and cut
into pieces of one to three words) the number changed at all, which must be 0.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections.abc import Callable
from pathlib import Path

from translit.encodings import repair_mojibake

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"


def sloppy(data: bytes, codec: str = "cp1252") -> str:
    """``data`` read in ``codec`` as browsers (WHATWG) read it: a byte it leaves undefined
    (0x81 0x8D 0x8F 0x90 0x9D in windows-1252, 0x98 in windows-1251) as a C1 control."""
    return "".join(bytes([b]).decode(codec, errors="ignore") or chr(b) for b in data)


#: the misreadings measured here and tested in tests/test_mojibake.py: text -> as misread
MISREADS: dict[str, Callable[[str], str]] = {
    "utf8>cp1252": lambda t: sloppy(t.encode("utf-8")),
    "utf8>cp1252 (replaced)": lambda t: t.encode("utf-8").decode("cp1252", errors="replace"),
    "utf8>latin_1": lambda t: t.encode("utf-8").decode("latin_1"),
    "utf8>cp1251": lambda t: sloppy(t.encode("utf-8"), "cp1251"),
    "utf8>koi8_r": lambda t: t.encode("utf-8").decode("koi8_r"),
    "utf8>cp866": lambda t: t.encode("utf-8").decode("cp866"),
    "utf8>mac_cyrillic": lambda t: t.encode("utf-8").decode("mac_cyrillic"),
    "utf8>iso8859_5": lambda t: t.encode("utf-8").decode("iso8859_5"),
    "utf8>cp1252>utf8>cp1252": lambda t: sloppy(sloppy(t.encode()).encode()),
    "cp1251>cp1252": lambda t: sloppy(t.encode("cp1251")),
    "cp1251>latin_1": lambda t: t.encode("cp1251").decode("latin_1"),
    "cp1251>koi8_r": lambda t: t.encode("cp1251").decode("koi8_r"),
    "koi8_r>cp1251": lambda t: sloppy(t.encode("koi8_r"), "cp1251"),
    "cp866>cp1251": lambda t: sloppy(t.encode("cp866"), "cp1251"),
}
#: the misreadings that lose nothing: each comes back exactly
LOSSLESS = [kind for kind in MISREADS if "replaced" not in kind]


def lines(path: Path, limit: int, start: int = 0) -> list[str]:
    out = [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]
    return out[start : start + limit]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--limit", type=int, default=400, help="lines per corpus file")
    ap.add_argument(
        "--start", type=int, default=0, help="skip this many lines (400: past the calibration)"
    )
    ap.add_argument("--show", type=int, default=0)
    args = ap.parse_args(argv)
    if not CORPUS.is_dir():
        print(f"{CORPUS} is absent: nothing to measure", file=sys.stderr)
        return 0
    files = sorted(CORPUS.glob("*.txt"))
    rng = random.Random(12)
    sound_changed, sound_total = [], 0
    texts = [p for p in files if not p.name.startswith("seed")]
    print(f"{'misreading':26} " + " ".join(f"{p.stem[:9]:>9}" for p in texts))
    for kind, misread in MISREADS.items():
        row, wrong = [], []
        for path in texts:
            ok = total = 0
            for line in lines(path, args.limit, args.start):
                try:
                    bad = misread(line)
                except UnicodeEncodeError:
                    continue
                if bad == line:
                    continue
                total += 1
                got = repair_mojibake(bad)
                if got == line:
                    ok += 1
                elif "\ufffd" in bad and got.replace("\ufffd", "") != bad.replace("\ufffd", ""):
                    ok += 1  # a lost byte stays U+FFFD: the rest came back
                else:
                    wrong.append((bad, got, line))
            row.append(f"{100 * ok / total:8.1f}%" if total else f"{'-':>9}")
        print(f"{kind:26} " + " ".join(row))
        for bad, got, line in wrong[: args.show]:
            at = next((i for i, (a, b) in enumerate(zip(got, line, strict=False)) if a != b), 0)
            at = max(0, at - 20)
            print(f"    {bad[:70]!r}\n -> …{got[at : at + 60]!r}\n != …{line[at : at + 60]!r}")
    for path in files:
        for line in lines(path, args.limit * 3):
            words = line.split()
            pieces = [line]
            for _ in range(2):
                n = rng.randint(1, 3)
                at = rng.randrange(max(1, len(words) - n + 1))
                pieces.append(" ".join(words[at : at + n]))
            for piece in pieces:
                sound_total += 1
                if repair_mojibake(piece) != piece:
                    sound_changed.append(piece)
    print(f"sound lines and pieces changed: {len(sound_changed)} of {sound_total}")
    for piece in sound_changed[: max(args.show, 10)]:
        print(f"    {piece[:70]!r} -> {repair_mojibake(piece)[:70]!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
