"""A small interpreter of interscript's map language, as an oracle for the scheme tests.

interscript (github interscript/interscript-ruby) writes each romanisation system as a map
(``maps/*.imp``, shared letter classes in ``libs/*.iml``); ``../shared/reference/interscript-maps``
holds its 90 Cyrillic maps. This module runs those maps on a string the way interscript's Ruby
compiler does, for the subset of the language they use, so tests can compare translit's schemes
with interscript's reading of each standard. Test code only: the package never imports it.

The semantics, as interscript's Ruby compiler implements them (lib/interscript/compiler/ruby.rb,
lib/interscript/stdlib.rb):

* a ``stage`` runs its statements in order on the whole string;
* ``sub FROM, TO, before: B, after: A, not_before: NB, not_after: NA`` outside ``parallel`` is one
  global, left-to-right, non-overlapping regex substitution of ``(?<=B)(?<!NB)FROM(?!NA)(?=A)``:
  ``before`` is the text *preceding* the match (a look-behind), ``after`` the text following it;
  TO is a string with ``ref(n)`` back-references, or ``upcase`` / ``downcase`` of the match;
* ``parallel { sub … }`` replaces in one pass. Without any context it is a trie: at each
  position the longest source wins, and of two rules with the same source the *later* one.
  With contexts it is one alternation of the rules sorted by ``max_length`` (source plus
  contexts plus ``priority``; ties keep file order): at each position the first rule that
  matches wins. The replacement is the literal first string of TO;
* ``boundary`` is Onigmo's ``\\b`` under Ruby's syntax, a Unicode word boundary (letters,
  marks, digits, connector punctuation are word characters), while ``not_word`` is ``\\W``, ASCII
  only (so a Cyrillic letter is ``not_word``); ``line_start`` / ``line_end`` are ``^`` / ``$`` of
  any line; ``any_character`` is ``.``; ``none`` is the empty string;
* ``dependency "m", as: x`` + ``run map.x.stage.main`` runs map m's stage with m's own aliases;
  ``dependency "lib", import: true`` brings a library's aliases into scope; ``compose`` is NFC.
"""

from __future__ import annotations

import functools
import itertools
import re
import sys
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

# --- items (the patterns of a rule) -----------------------------------------------------------


@dataclass(frozen=True)
class Str:
    text: str


@dataclass(frozen=True)
class Any:
    items: tuple[Item, ...]
    is_class: bool  # from a string or a range: a character class (else an ordered alternation)


@dataclass(frozen=True)
class Seq:
    items: tuple[Item, ...]


@dataclass(frozen=True)
class Capture:
    item: Item


@dataclass(frozen=True)
class Ref:
    n: int


@dataclass(frozen=True)
class Maybe:
    item: Item


@dataclass(frozen=True)
class Alias:
    name: str


Item = Str | Any | Seq | Capture | Ref | Maybe | Alias

_MARKS = "".join(
    chr(c) for c in range(0x300, 0x10000) if unicodedata.category(chr(c)).startswith("M")
)
_WORD = f"[\\w{re.escape(_MARKS)}]"
STDLIB = {  # stdlib alias -> regex (Ruby's Onigmo semantics, see the module docstring)
    "any_character": ".",
    "none": "",
    "space": " ",
    "boundary": f"(?:(?<={_WORD})(?!{_WORD})|(?<!{_WORD})(?={_WORD}))",
    "non_word_boundary": f"(?:(?<={_WORD})(?={_WORD})|(?<!{_WORD})(?!{_WORD}))",
    "word": "[A-Za-z0-9_]",
    "not_word": "[^A-Za-z0-9_]",
    "alpha": "[a-zA-Z]",
    "not_alpha": "[^a-zA-Z]",
    "digit": "[0-9]",
    "not_digit": "[^0-9]",
    "line_start": "^",
    "line_end": "$",
    "string_start": "\\A",
    "string_end": "\\Z",
}


def _seq(items: list[Item]) -> Item:
    flat: list[Item] = []
    for i in items:
        flat.extend(i.items if isinstance(i, Seq) else (i,))
    return flat[0] if len(flat) == 1 else Seq(tuple(flat))


# --- statements --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Sub:
    source: Item
    target: Item | str  # "upcase" / "downcase" or an item
    before: Item | None = None
    after: Item | None = None
    not_before: Item | None = None
    not_after: Item | None = None
    priority: int = 0


@dataclass(frozen=True)
class Parallel:
    subs: tuple[Sub, ...]


@dataclass(frozen=True)
class Run:
    dep: str | None  # the dependency's ``as:`` name, None for a stage of the same map
    stage: str


@dataclass(frozen=True)
class Compose:
    pass


Statement = Sub | Parallel | Run | Compose


# --- the parser --------------------------------------------------------------------------------

_TOKEN = re.compile(
    r"""\s+|\#[^\n]*
    |(?P<dq>"(?:\\.|[^"\\])*")|(?P<sq>'(?:\\.|[^'\\])*')
    |(?P<key>[A-Za-z_]\w*):(?!:)|(?P<name>[A-Za-z_][\w.]*)|(?P<num>\d+)
    |(?P<p>\.\.|[()\[\]{},+])""",
    re.VERBOSE,
)
_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "0": "\0", "s": " ", "e": "\x1b"}


def _unquote(tok: str) -> str:
    body = tok[1:-1]
    if tok[0] == "'":
        return re.sub(r"\\([\\'])", r"\1", body)

    def esc(m: re.Match[str]) -> str:
        e = m.group(1)
        if e.startswith("u{"):
            return "".join(chr(int(h, 16)) for h in e[2:-1].split())
        if e.startswith("u"):
            return chr(int(e[1:], 16))
        return _ESCAPES.get(e, e)

    return re.sub(r"\\(u\{[0-9A-Fa-f ]+\}|u[0-9A-Fa-f]{4}|.)", esc, body, flags=re.S)


def _tokens(text: str) -> list[tuple[str, str | int]]:
    out: list[tuple[str, str | int]] = []
    pos = 0
    while pos < len(text):
        m = _TOKEN.match(text, pos)
        if not m:
            raise SyntaxError(f"interscript map: cannot read {text[pos : pos + 40]!r}")
        pos = m.end()
        kind = m.lastgroup
        if kind in ("dq", "sq"):
            out.append(("str", _unquote(m.group())))
        elif kind == "num":
            out.append(("num", int(m.group())))
        elif kind is not None:
            out.append((kind, m.group(kind)))
    return out


class _Parser:
    def __init__(self, text: str) -> None:
        self.toks = _tokens(text)
        self.i = 0

    def peek(self, k: int = 0) -> tuple[str, str | int]:
        return self.toks[self.i + k] if self.i + k < len(self.toks) else ("eof", "")

    def take(self, kind: str | None = None, value: str | None = None) -> str | int:
        tok = self.peek()
        if (kind and tok[0] != kind) or (value is not None and tok[1] != value):
            raise SyntaxError(f"interscript map: expected {kind} {value}, got {tok}")
        self.i += 1
        return tok[1]

    def at(self, value: str) -> bool:
        return self.peek()[0] == "p" and self.peek()[1] == value

    def expr(self) -> Item | str:
        parts = [self.term()]
        while self.at("+"):
            self.take()
            parts.append(self.term())
        if len(parts) == 1:
            return parts[0]
        items = [p if not isinstance(p, str) else Alias(p) for p in parts]
        return _seq(items)

    def term(self) -> Item | str:
        kind, value = self.peek()
        if kind == "str":
            self.take()
            if self.at(".."):
                self.take()
                last = str(self.take("str"))
                return Any(tuple(Str(chr(c)) for c in range(ord(str(value)), ord(last) + 1)), True)
            return Str(str(value))
        if kind == "p" and value == "[":
            self.take()
            items = self.args_until("]")
            return Any(tuple(self.item(x) for x in items), False)
        name = str(self.take("name"))
        if not self.at("("):
            return name  # an alias, or upcase / downcase as a target
        self.take()
        args = self.args_until(")")
        if name == "any":
            (arg,) = args
            if isinstance(arg, Any):
                return arg
            if isinstance(arg, Str):
                return Any(tuple(Str(c) for c in arg.text), True)
            raise SyntaxError(f"interscript map: any({arg})")
        if name == "capture":
            return Capture(self.item(args[0]))
        if name == "maybe":
            return Maybe(self.item(args[0]))
        if name == "ref":
            return Ref(int(args[0]))  # type: ignore[arg-type]
        raise SyntaxError(f"interscript map: unknown function {name}")

    def args_until(self, close: str) -> list[Item | str]:
        out: list[Item | str] = []
        while not self.at(close):
            if self.peek()[0] == "num":
                out.append(str(self.take()))
            else:
                out.append(self.expr())
            if self.at(","):
                self.take()
        self.take("p", close)
        return out

    @staticmethod
    def item(x: Item | str) -> Item:
        return Alias(x) if isinstance(x, str) else x

    def sub(self) -> Sub:
        source = self.item(self.expr())
        self.take("p", ",")
        target = self.expr()
        if isinstance(target, str) and target not in ("upcase", "downcase"):
            target = Alias(target)
        kw: dict[str, Item | int] = {}
        while self.at(","):
            self.take()
            key = str(self.take("key"))
            if key == "priority":
                kw[key] = int(self.take("num"))
            else:
                kw[key] = self.item(self.expr())
        return Sub(source, target, **kw)  # type: ignore[arg-type]

    def block(self) -> list[Statement]:
        self.take("p", "{")
        out: list[Statement] = []
        while not self.at("}"):
            word = str(self.take("name"))
            if word == "sub":
                out.append(self.sub())
            elif word == "parallel":
                subs = []
                self.take("p", "{")
                while not self.at("}"):
                    self.take("name", "sub")
                    subs.append(self.sub())
                self.take("p", "}")
                out.append(Parallel(tuple(subs)))
            elif word == "run":
                path = str(self.take("name")).split(".")
                if path[0] == "map":  # map.<dep>.stage.<name>
                    out.append(Run(path[1], path[3]))
                else:  # stage.<name>
                    out.append(Run(None, path[1]))
            elif word == "compose":
                out.append(Compose())
            else:
                raise SyntaxError(f"interscript map: unknown statement {word}")
        self.take("p", "}")
        return out


# --- maps --------------------------------------------------------------------------------------


@dataclass
class Map:
    """One interscript map (or library): its aliases, stages and dependencies."""

    name: str
    aliases: dict[str, Item | str] = field(default_factory=dict)
    stages: dict[str, list[Statement]] = field(default_factory=dict)
    deps: dict[str, Map] = field(default_factory=dict)
    _compiled: dict[int, Callable[[str], str]] = field(default_factory=dict)

    def resolve(self, name: str) -> Item | str:
        """An alias's item (the map's own or an imported library's), or its stdlib regex."""
        if name in self.aliases:
            return self.aliases[name]
        if name in STDLIB:
            return name
        raise KeyError(f"{self.name}: unknown alias {name}")

    def __call__(self, text: str, stage: str = "main") -> str:
        """``text`` through the map's ``stage``."""
        for st in self.stages[stage]:
            key = id(st)
            fn = self._compiled.get(key)
            if fn is None:
                fn = self._compiled[key] = _compile(self, st)
            text = fn(text)
        return text


def _rx(m: Map, item: Item | str) -> str:
    """The regex of an item (Python ``re`` syntax)."""
    if isinstance(item, str):  # a stdlib alias name
        return STDLIB[item]
    if isinstance(item, Str):
        return re.escape(item.text)
    if isinstance(item, Any):
        if item.is_class:
            return "[" + "".join(re.escape(i.text) for i in item.items if isinstance(i, Str)) + "]"
        return "(?:" + "|".join(_rx(m, i) for i in item.items) + ")"
    if isinstance(item, Seq):
        return "".join(_rx(m, i) for i in item.items)
    if isinstance(item, Capture):
        return "(" + _rx(m, item.item) + ")"
    if isinstance(item, Maybe):
        return "(?:" + _rx(m, item.item) + ")?"
    if isinstance(item, Ref):
        return f"(?:\\{item.n})"
    return _rx(m, m.resolve(item.name))


def _fixed(m: Map, item: Item | str) -> list[str]:
    """The item as alternatives of fixed width (Python's look-behind needs them; Onigmo's
    accepts top-level alternatives of different widths)."""
    if isinstance(item, Alias):
        return _fixed(m, m.resolve(item.name))
    if isinstance(item, Any) and not item.is_class:
        return [x for i in item.items for x in _fixed(m, i)]
    if isinstance(item, Seq):
        parts = [_fixed(m, i) for i in item.items]
        return ["".join(p) for p in itertools.product(*parts)]
    if isinstance(item, Maybe):
        return ["", *_fixed(m, item.item)]
    return [_rx(m, item)]


def _behind(m: Map, item: Item, negative: bool) -> str:
    alts = _fixed(m, item)
    if negative:
        return "".join(f"(?<!{a})" for a in alts)
    return "(?:" + "|".join(f"(?<={a})" for a in alts) + ")"


def _rule_rx(m: Map, s: Sub) -> str:
    rx = ""
    if s.before is not None:
        rx += _behind(m, s.before, False)
    if s.not_before is not None:
        rx += _behind(m, s.not_before, True)
    rx += _rx(m, s.source)
    if s.not_after is not None:
        rx += f"(?!{_rx(m, s.not_after)})"
    if s.after is not None:
        rx += f"(?={_rx(m, s.after)})"
    return rx


def _first_string(m: Map, item: Item | str) -> list[str | int]:
    """The replacement: literal text and group numbers (interscript writes an item's first
    string, e.g. the first alternative of ``any``)."""
    if isinstance(item, str):
        if STDLIB[item]:
            raise ValueError(f"{m.name}: stdlib alias {item} as a replacement")
        return []
    if isinstance(item, Str):
        return [item.text]
    if isinstance(item, Ref):
        return [item.n]
    if isinstance(item, Seq):
        return [x for i in item.items for x in _first_string(m, i)]
    if isinstance(item, Any):
        return _first_string(m, item.items[0])
    if isinstance(item, Capture | Maybe):
        return _first_string(m, item.item)
    return _first_string(m, m.resolve(item.name))


def _max_length(m: Map, item: Item | str | None) -> int:
    if item is None:
        return 0
    if isinstance(item, str):
        return 0 if item == "none" else 1
    if isinstance(item, Str):
        return len(item.text)
    if isinstance(item, Any):
        return max(_max_length(m, i) for i in item.items)
    if isinstance(item, Seq):
        return sum(_max_length(m, i) for i in item.items)
    if isinstance(item, Capture | Maybe):
        return _max_length(m, item.item)
    if isinstance(item, Alias):
        resolved = m.resolve(item.name)
        if isinstance(resolved, str):
            return _max_length(m, resolved)
        raise ValueError(f"{m.name}: interscript cannot size alias {item.name} in parallel")
    raise ValueError(f"{m.name}: interscript cannot size {item} in parallel")


def _strings(m: Map, item: Item | str) -> list[str]:
    """Every string an item matches (a parallel rule's trie keys)."""
    if isinstance(item, Str):
        return [item.text]
    if isinstance(item, Any):
        return [x for i in item.items for x in _strings(m, i)]
    if isinstance(item, Seq):
        return ["".join(p) for p in itertools.product(*(_strings(m, i) for i in item.items))]
    raise ValueError(f"{m.name}: no trie for {item}")


def _compile(m: Map, st: Statement) -> Callable[[str], str]:
    if isinstance(st, Compose):
        return functools.partial(unicodedata.normalize, "NFC")
    if isinstance(st, Run):
        target = m if st.dep is None else m.deps[st.dep]
        return functools.partial(target.__call__, stage=st.stage)
    if isinstance(st, Sub):
        pattern = re.compile(_rule_rx(m, st), re.M)
        if st.target == "upcase":
            return functools.partial(pattern.sub, lambda g: g.group().upper())
        if st.target == "downcase":
            return functools.partial(pattern.sub, lambda g: g.group().lower())
        parts = _first_string(m, st.target)

        def repl(g: re.Match[str]) -> str:
            return "".join(p if isinstance(p, str) else (g.group(p) or "") for p in parts)

        return functools.partial(pattern.sub, repl)
    return _compile_parallel(m, st)


def _compile_parallel(m: Map, st: Parallel) -> Callable[[str], str]:
    targets = ["".join(str(p) for p in _first_string(m, s.target)) for s in st.subs]
    plain = all(
        s.before is None and s.after is None and s.not_before is None and s.not_after is None
        for s in st.subs
    )
    table: dict[str, str] = {}
    if plain:
        try:
            for s, t in zip(st.subs, targets, strict=True):
                for key in _strings(m, s.source):
                    if not key:
                        raise ValueError("empty key")
                    table[key] = t  # a later rule with the same source wins, as in the trie
        except ValueError:
            plain = False
    if plain:
        longest = max(map(len, table))

        def trie(text: str) -> str:
            out = []
            i = 0
            while i < len(text):
                for n in range(min(longest, len(text) - i), 0, -1):
                    hit = table.get(text[i : i + n])
                    if hit is not None:
                        out.append(hit)
                        i += n
                        break
                else:
                    out.append(text[i])
                    i += 1
            return "".join(out)

        return trie
    order = sorted(
        range(len(st.subs)),
        key=lambda k: (
            -(
                _max_length(m, st.subs[k].source)
                + sum(
                    _max_length(m, c)
                    for c in (
                        st.subs[k].before,
                        st.subs[k].after,
                        st.subs[k].not_before,
                        st.subs[k].not_after,
                    )
                )
                + st.subs[k].priority
            ),
            k,
        ),
    )
    pattern = re.compile("|".join(f"(?P<_{k}>{_rule_rx(m, st.subs[k])})" for k in order), re.M)
    return functools.partial(pattern.sub, lambda g: targets[int(str(g.lastgroup)[1:])])


# --- loading -----------------------------------------------------------------------------------


def _body(text: str) -> str:
    start = text.find("metadata {")
    if start < 0:
        return text
    end = text.index("\n}\n", start)
    return text[:start] + text[end + 3 :]


class Library:
    """The maps of an interscript ``maps/`` + ``libs/`` folder, loaded on demand."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.maps: dict[str, Map] = {}

    def names(self) -> list[str]:
        """The ids of the folder's maps."""
        return sorted(p.stem for p in (self.root / "maps").glob("*.imp"))

    def __getitem__(self, name: str) -> Map:
        if name not in self.maps:
            path = self.root / "maps" / f"{name}.imp"
            if not path.exists():
                path = self.root / "libs" / f"{name}.iml"
            self.maps[name] = self._load(name, path.read_text(encoding="utf-8"))
        return self.maps[name]

    def _load(self, name: str, text: str) -> Map:
        m = Map(name)
        p = _Parser(_body(text))
        while p.peek()[0] != "eof":
            word = str(p.take("name"))
            if word == "dependency":
                dep = self[str(p.take("str"))]
                p.take("p", ",")
                key = str(p.take("key"))
                value = str(p.take("name"))
                if key == "as":
                    m.deps[value] = dep
                elif key == "import" and value == "true":
                    m.aliases.update(dep.aliases)
            elif word == "aliases":
                p.take("p", "{")
                while not p.at("}"):
                    self._def_alias(m, p)
                p.take("p", "}")
            elif word == "def_alias":
                p.i -= 1
                self._def_alias(m, p)
            elif word == "stage":
                stage = "main"
                if p.at("("):
                    p.take()
                    stage = str(p.take("name"))
                    p.take("p", ")")
                m.stages[stage] = p.block()
            else:
                raise SyntaxError(f"{name}: unknown top-level word {word}")
        return m

    @staticmethod
    def _def_alias(m: Map, p: _Parser) -> None:
        p.take("name", "def_alias")
        alias = str(p.take("name"))
        p.take("p", ",")
        m.aliases[alias] = p.expr()


def main(argv: list[str]) -> None:
    """``python tests/interscript_oracle.py MAPS_ROOT MAP_ID`` romanises stdin's lines."""
    lib = Library(Path(argv[1]))
    m = lib[argv[2]]
    for line in sys.stdin:
        print(m(line.rstrip("\n")))


if __name__ == "__main__":
    main(sys.argv)
