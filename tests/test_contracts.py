"""The promises a maintainer relies on, checked on every run of the test suite (.ci/run).

* mypy finds no error in the package (configuration in pyproject.toml, no blanket ignore);
* every docstring example of the package runs and prints what it says;
* no import cycle between modules, counting imports placed inside functions and modules
  loaded by name (``importlib.import_module``), and the layers point one way: cli → integrations (pandas, Dask) → io → library → engine → base (LAYERS);
* ``ruff check`` is clean;
* no test tool is among the runtime requirements, directly or through a dependency;
* importing any public module never shadows a public name of its package;
* Cyrillic code point ranges are written in one module, :mod:`translit.script`;
* no module imports another's private name; every exception class is a ``TranslitError``;
  library messages name parameters, never ``--flags``;
* the public names stay (names may be added, none removed), and every package and data file
  is installed.
"""

from __future__ import annotations

import ast
import doctest
import importlib
import importlib.metadata
import pkgutil
import re
import subprocess
import sys
import tomllib
from pathlib import Path
from types import ModuleType

import pytest

import translit

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "translit"
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))

#: Tools that test, benchmark or check the code: never needed by a user's run.
TEST_TOOLS = frozenset(
    {
        "pytest", "pytest-benchmark", "pytest-cov", "pytest-xdist", "hypothesis", "ruff",
        "mypy", "pluggy", "iniconfig", "py-cpuinfo", "coverage", "import-linter", "tox", "nox",
        "pandas-stubs", "types-lxml",
    }
)  # fmt: skip


def _modules() -> dict[str, Path]:
    """Every module of the package: dotted name → file."""
    out = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = list(path.relative_to(ROOT).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        out[".".join(parts)] = path
    return out


MODULES = _modules()
#: every module imports without running anything (translit.__main__ runs the command line
#: only as a program)
IMPORTABLE = sorted(MODULES)


# --------------------------------------------------------------------------------------------
# types


def test_mypy_finds_no_error() -> None:
    from mypy import api

    out, err, status = api.run(["--config-file", str(ROOT / "pyproject.toml"), str(PACKAGE)])
    assert status == 0, out + err


def test_no_blanket_type_ignore() -> None:
    """No ``ignore_errors`` in the configuration and no ``# type: ignore`` without a code."""
    config = PYPROJECT["tool"]["mypy"]
    overrides = config.get("overrides", [])
    assert not config.get("ignore_errors") and not config.get("ignore_missing_imports")
    assert not any(o.get("ignore_errors") for o in overrides)
    bare = re.compile(r"#\s*type:\s*ignore(?!\[)")
    found = [
        f"{name}:{n}"
        for name, path in MODULES.items()
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if bare.search(line)
    ]
    assert not found, f"'# type: ignore' without an error code: {found}"


def test_type_checking_block_names_every_public_name() -> None:
    """``translit/__init__.py`` imports every public name for type checkers."""
    tree = ast.parse((PACKAGE / "__init__.py").read_text(encoding="utf-8"))
    typed = {
        alias.asname or alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.If) and ast.unparse(node.test) == "TYPE_CHECKING"
        for stmt in ast.walk(node)
        if isinstance(stmt, ast.ImportFrom)
        for alias in stmt.names
    }
    assert set(translit.__all__) - {"__version__"} == typed


# --------------------------------------------------------------------------------------------
# doctests

# modules whose examples need an optional extra (installed by the `test` extra)
_EXTRAS = {"translit.integrations.pandas": "pandas", "translit.integrations.dask": "dask"}


@pytest.mark.parametrize("name", IMPORTABLE)
def test_doctests(name: str) -> None:
    if name in _EXTRAS:
        pytest.importorskip(_EXTRAS[name])
    module = importlib.import_module(name)
    finder = doctest.DocTestFinder(exclude_empty=True)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    report: list[str] = []
    for test in finder.find(module, name):
        runner.run(test, out=report.append)
    assert runner.failures == 0, "".join(report)


def test_the_package_has_doctests() -> None:
    """The doctest run above is not empty: the public functions carry examples."""
    finder = doctest.DocTestFinder(exclude_empty=True)
    examples = sum(
        len(t.examples)
        for name in IMPORTABLE
        if name not in _EXTRAS
        for t in finder.find(importlib.import_module(name), name)
    )
    assert examples >= 70


# --------------------------------------------------------------------------------------------
# layering


def _is_type_checking(node: ast.If) -> bool:
    return ast.unparse(node.test) in ("TYPE_CHECKING", "typing.TYPE_CHECKING")


def _imports(name: str, source: str, is_package: bool = False) -> set[str]:
    """The translit modules ``name`` imports at run time, wherever the import statement is
    (module level or inside a function); imports under ``if TYPE_CHECKING:`` never run."""
    tree = ast.parse(source)
    package = name if is_package else name.rpartition(".")[0]
    skip = {
        id(n)
        for node in ast.walk(tree)
        if isinstance(node, ast.If) and _is_type_checking(node)
        for n in ast.walk(node)
    }
    found: set[str] = set()
    for node in ast.walk(tree):
        if id(node) in skip:
            continue
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parent = package.split(".")
                parent = parent[: len(parent) - node.level + 1]
                base = ".".join(parent + ([base] if base else []))
            for alias in node.names:
                sub = f"{base}.{alias.name}"
                found.add(sub if sub in MODULES else base)
    return {m for m in found if m in MODULES and m != name}


def _lazy_map(source: str) -> dict[str, str]:
    """A package's lazy names (name → module): the dict it hands to ``lazy_names``."""
    tree = ast.parse(source)
    handed = {
        ast.unparse(node.args[1])
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and ast.unparse(node.func) == "lazy_names"
    }
    for node in ast.walk(tree):
        target = node.target if isinstance(node, ast.AnnAssign) else None
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target = node.targets[0]
        if target is not None and ast.unparse(target) in handed:
            return ast.literal_eval(node.value)
    return {}


def _lazy_names(source: str) -> set[str]:
    """The modules a package's lazy names import on first use."""
    return set(_lazy_map(source).values())


def _loaded_by_name(name: str, source: str, is_package: bool) -> set[str]:
    """The modules ``name`` loads by name (``importlib.import_module``), an import no import
    statement shows: each module of the package its strings name (the command line's table of
    commands) and, for a package that loads its own modules (``f"{__name__}.…"``: the formats'
    registry), each of them."""
    if "import_module(" not in source:
        return set()
    found = {
        node.value
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value in MODULES
    }
    if is_package and 'import_module(f"{__name__}.' in source:
        depth = name.count(".") + 1
        found |= {m for m in MODULES if m.startswith(name + ".") and m.count(".") == depth}
    return found - {name}


def _graph() -> dict[str, set[str]]:
    graph = {}
    for name, path in MODULES.items():
        source = path.read_text(encoding="utf-8")
        is_package = path.name == "__init__.py"
        graph[name] = _imports(name, source, is_package) | _loaded_by_name(name, source, is_package)
        if is_package:  # a lazy public name is an import too
            graph[name] |= _lazy_names(source) & set(MODULES)
    return graph


GRAPH = _graph()


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    out: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                out.append(sorted(comp))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return out


def test_cycle_finder_finds_a_cycle() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert _cycles(graph) == [["a", "b", "c"]]
    assert _cycles({"a": {"b"}, "b": set()}) == []


def test_import_graph_counts_lazy_names() -> None:
    assert "translit.glossary.files" in GRAPH["translit.glossary"]
    assert "translit.api" in GRAPH["translit"]
    assert "translit.io.runner" in GRAPH["translit.io"]


def test_import_graph_sees_imports_inside_functions() -> None:
    src = "def f():\n    from .engine import Romanizer\n    from . import names\n"
    assert _imports("translit.probe", src) == {"translit.engine", "translit.names"}
    typed = "if TYPE_CHECKING:\n    from .engine import Romanizer\n"
    assert _imports("translit.probe", typed) == set()


def test_import_graph_sees_modules_loaded_by_name() -> None:
    assert "translit.cli.romanize" in GRAPH["translit.cli"]  # (COMMANDS)
    assert "translit.io.formats.jsonl" in GRAPH["translit.io.formats"]  # (registry())


def test_no_import_cycle() -> None:
    cycles = _cycles(GRAPH)
    assert not cycles, "import cycles (counting imports inside functions): " + "; ".join(
        " ↔ ".join(c) for c in cycles
    )


#: Layers, top to bottom; a module may import only from its own layer or the ones below.
#: Anything not listed is a library module (between io and engine).
LAYERS: list[tuple[str, tuple[str, ...]]] = [
    ("cli", ("translit.cli", "translit.__main__")),
    (
        "integrations",
        ("translit.integrations.pandas", "translit.integrations.dask"),
    ),
    ("io", ("translit.io",)),
    ("library", ()),
    ("engine", ("translit.engine", "translit.chunking")),
    (
        "base",
        (
            "translit.scheme",
            "translit.script",
            "translit._datafiles",
            "translit.errors",
            "translit._lazy",
            "translit._record",
            "translit.io.atomic",
            "translit.io.stops",
        ),
    ),
]


def _layer(module: str) -> int:
    """The layer of ``module``: that of the longest prefix that names it."""
    found = [
        (len(p), k)
        for k, (_, prefixes) in enumerate(LAYERS)
        for p in prefixes
        if module == p or module.startswith(p + ".")
    ]
    return max(found)[1] if found else 3


def test_layers_point_down() -> None:
    upward = sorted(
        f"{a} ({LAYERS[_layer(a)][0]}) imports {b} ({LAYERS[_layer(b)][0]})"
        for a, targets in GRAPH.items()
        for b in targets
        if a not in ("translit", "translit.integrations") and _layer(b) < _layer(a)
    )
    assert not upward, "imports that point up:\n" + "\n".join(upward)


# --------------------------------------------------------------------------------------------
# lint


def test_ruff_is_clean() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "--no-cache", "."],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert out.returncode == 0, out.stdout + out.stderr


# --------------------------------------------------------------------------------------------
# dependencies


def _name(requirement: str) -> str:
    from packaging.requirements import Requirement

    return re.sub(r"[-_.]+", "-", Requirement(requirement).name).lower()


def test_no_test_tool_among_the_runtime_requirements() -> None:
    runtime = {_name(r) for r in PYPROJECT["project"]["dependencies"]}
    assert not runtime & TEST_TOOLS, sorted(runtime & TEST_TOOLS)


def test_no_test_tool_pulled_in_by_a_runtime_requirement() -> None:
    """The installed closure of the runtime requirements (extras not counted) has no test tool."""
    from packaging.requirements import Requirement

    seen: set[str] = set()
    todo = [_name(r) for r in PYPROJECT["project"]["dependencies"]]
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        try:
            requires = importlib.metadata.requires(name) or []
        except importlib.metadata.PackageNotFoundError:
            continue
        for r in requires:
            req = Requirement(r)
            if req.marker is None or req.marker.evaluate({"extra": ""}):
                todo.append(_name(r))
    assert not seen & TEST_TOOLS, f"a plain install pulls in {sorted(seen & TEST_TOOLS)}"


def test_the_test_extra_holds_the_contract_tools() -> None:
    test = {_name(r) for r in PYPROJECT["project"]["optional-dependencies"]["test"]}
    assert {"pytest", "pytest-benchmark", "hypothesis", "ruff", "mypy", "types-lxml"} <= test


# --------------------------------------------------------------------------------------------
# names


def _public_packages() -> list[ModuleType]:
    return [importlib.import_module(n) for n in MODULES if (MODULES[n].name == "__init__.py")]


def test_no_submodule_is_named_like_a_public_name() -> None:
    clashes = [
        f"{pkg.__name__}.{sub.name}"
        for pkg in _public_packages()
        for sub in pkgutil.iter_modules(pkg.__path__)
        if sub.name in getattr(pkg, "__all__", ())
    ]
    assert not clashes


def test_importing_every_module_shadows_no_public_name() -> None:
    code = """
import importlib, sys, types
names = sys.argv[1:]
for name in names:
    importlib.import_module(name)
bad = []
for name in names:
    pkg = sys.modules[name]
    if not hasattr(pkg, "__path__"):
        continue
    for public in getattr(pkg, "__all__", ()):
        if isinstance(getattr(pkg, public), types.ModuleType):
            bad.append(f"{name}.{public}")
print(" ".join(bad))
"""
    names = [n for n in IMPORTABLE if n not in _EXTRAS or importlib.util.find_spec(_EXTRAS[n])]
    out = subprocess.run(
        [sys.executable, "-c", code, *names], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "", f"public names shadowed by modules: {out.stdout}"


# --------------------------------------------------------------------------------------------
# one home for the script facts

# the hex digits of a code point in a Cyrillic block, after any leading zeros
_HEX = r"(?:4[0-9a-fA-F]{2}|5[0-2][0-9a-fA-F]|1[cC]8[0-9a-fA-F]|2[dD][eEfF][0-9a-fA-F]|[aA]6[4-9][0-9a-fA-F])"
_RANGE_PATTERNS = [
    # an escaped Cyrillic code point as a range end or in a comparison: [\u0400-…], "\u0400" <= c
    re.compile(rf"\\[uU]0*{_HEX}(?:-\\|[\"']\s*<=)|(?:-|<=\s*[\"'])\\[uU]0*{_HEX}"),
    # a Cyrillic code point as a number: 0x0400, 0x4FF, 0x052F, 0x1C80, 0x2DE0, 0xA640
    re.compile(rf"\b0x0*{_HEX}\b"),
    # a range of literal Cyrillic characters in a character class: [а-яё]
    re.compile("\\[[^\\]\\s\"'(),]*[\u0400-\u052f]-[\u0400-\u052f]"),
]  # fmt: skip


def test_range_patterns_see_the_ways_ranges_were_written() -> None:
    for written in (
        "[\\u0400-\\u04ff]", '"\\u0400" <= c', 'c <= "\\u04ff"', "0x0400 <= o <= 0x052F",
        "(0x400, 0x481)", "[а-яё]", r"[\u0400-\u052F\u1C80-\u1C8F]", r"[\u0300-\u04ff]",
    ):  # fmt: skip
        assert any(p.search(written) for p in _RANGE_PATTERNS), written
    for harmless in (
        "0x4000", "\\u0041", "U+0301", "а-b", "(Горбачёв-фонд)", '"\\u0400\\u04ff"',
        '[("Йошкар-Ола", "Jjoshkar-Ola")]',
    ):  # fmt: skip
        assert not any(p.search(harmless) for p in _RANGE_PATTERNS), harmless


def test_cyrillic_ranges_live_in_translit_script_only() -> None:
    found = [
        f"{name}:{n}: {line.strip()}"
        for name, path in MODULES.items()
        if name != "translit.script"
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if any(p.search(line) for p in _RANGE_PATTERNS)
    ]
    assert not found, "Cyrillic ranges outside translit/script.py:\n" + "\n".join(found)


LAZY_PACKAGES = [n for n, p in MODULES.items() if _lazy_map(p.read_text(encoding="utf-8"))]


def test_lazy_packages_are_found() -> None:
    assert {"translit", "translit.glossary", "translit.io"} <= set(LAZY_PACKAGES)


@pytest.mark.parametrize("package", LAZY_PACKAGES)
def test_type_checking_block_matches_the_lazy_map(package: str) -> None:
    """Each lazy name is imported for type checkers from the module the lazy loader uses."""
    source = MODULES[package].read_text(encoding="utf-8")
    typed = {
        alias.asname or alias.name: f"{package}.{stmt.module}"
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.If) and _is_type_checking(node)
        for stmt in ast.walk(node)
        if isinstance(stmt, ast.ImportFrom) and stmt.level == 1
        for alias in stmt.names
    }
    assert typed == _lazy_map(source)


def _private_imports() -> list[str]:
    found = []
    for name, path in MODULES.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.ImportFrom):
                continue
            base = node.module or ""
            if node.level:
                parts = package.split(".")
                base = ".".join(parts[: len(parts) - node.level + 1] + ([base] if base else []))
            if not base.startswith("translit"):
                continue
            found += [
                f"{name} imports {base}.{a.name}"
                for a in node.names
                if a.name.startswith("_") and not a.name.startswith("__")
                and f"{base}.{a.name}" not in MODULES
            ]  # fmt: skip
    return found


def test_no_module_imports_a_private_name_of_another() -> None:
    assert _private_imports() == []


# --------------------------------------------------------------------------------------------
# one error tree


def test_every_exception_class_of_the_package_is_a_translit_error() -> None:
    outside = []
    for name in IMPORTABLE:
        if name in _EXTRAS and importlib.util.find_spec(_EXTRAS[name]) is None:
            continue
        module = importlib.import_module(name)
        for obj in vars(module).values():
            if (
                isinstance(obj, type)
                and issubclass(obj, BaseException)
                and obj.__module__ == name
                and not issubclass(obj, translit.TranslitError)
            ):
                outside.append(f"{name}.{obj.__name__}")
    assert outside == []


def test_library_messages_name_parameters_and_the_cli_names_flags(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from translit.cli import cli, cli_message
    from translit.io import UsageError
    from translit.io.runner import RunOptions, run

    (tmp_path / "a.txt").write_text("Москва\n", encoding="utf-8")
    with pytest.raises(UsageError) as err:
        run(str.upper, (str(tmp_path / "a.txt"),), RunOptions(resume=True))
    assert "`resume` needs `out_dir`" in str(err.value) and "--" not in str(err.value)
    assert cli_message(err.value).startswith("--resume needs --out-dir")
    res = CliRunner().invoke(cli, ["romanize", "--resume", str(tmp_path / "a.txt")])
    assert res.exit_code == 2
    assert "--resume needs --out-dir" in res.output
    with pytest.raises(translit.TranslitError, match="`stress`"):
        translit.normalize("x", stress="drop")


def test_the_package_imports_no_test_tool() -> None:
    tools = {"pytest", "pytest_benchmark", "hypothesis", "mypy", "ruff", "_pytest"}
    found = []
    for name, path in MODULES.items():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                mods = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and not node.level:
                mods = [node.module or ""]
            else:
                continue
            found += [f"{name}: {m}" for m in mods if m.split(".")[0] in tools]
    assert found == []


# --------------------------------------------------------------------------------------------
# the public API stays (names may be added, none removed)

PUBLIC = {
    "translit": {
        "EncodingError", "GlossaryError", "IrreversibleSchemeError", "ParameterError",
        "Romanizer", "Scheme", "SchemeError", "TranslitError", "UnknownLanguageError",
        "UnknownSchemeError", "Verdict", "__version__", "decode", "detect", "detect_encoding",
        "detect_spans", "get_romanizer", "get_scheme", "languages", "name_key", "normalize",
        "normalize_report", "read_scheme", "reverse", "romanize", "same_name", "schemes",
        "verify",
    },
    "translit.glossary": {
        "Concept", "Finding", "Glossary", "Hit", "Match", "Term", "apply_text", "find_terms",
        "lint", "load", "lookup", "save", "shipped", "shipped_path",
    },
    "translit.io": {
        "AtomicFile", "InputError", "RunOptions", "TEMP_PREFIX", "UsageError", "atomic_write",
        "clean_stale", "read_blocks", "run",
    },
}  # fmt: skip


@pytest.mark.parametrize("package", sorted(PUBLIC))
def test_public_api_keeps_its_names(package: str) -> None:
    module = importlib.import_module(package)
    assert PUBLIC[package] <= set(module.__all__)
    for name in PUBLIC[package]:
        assert getattr(module, name) is not None


def test_library_errors_name_no_command_line_flag() -> None:
    """Outside translit/cli, an exception's message names parameters, never ``--flags``."""
    flag = re.compile(r"(?<![\w-])--[a-z]")
    found = []
    for name, path in MODULES.items():
        if name.startswith("translit.cli") or name == "translit.__main__":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call):
                texts = [
                    c.value
                    for arg in node.exc.args
                    for c in ast.walk(arg)
                    if isinstance(c, ast.Constant) and isinstance(c.value, str)
                ]
                found += [f"{name}:{node.lineno}: {t}" for t in texts if flag.search(t)]
    assert found == []


# The tests run from the source tree, which holds every file; an install holds only what
# pyproject lists. A package or data file left out breaks `pip install .` users, not the tests.
_NOT_SHIPPED = {"translit/data/detection/README.md"}  # documentation of the data, not read


def test_every_package_is_installed() -> None:
    listed = set(PYPROJECT["tool"]["setuptools"]["packages"])
    found = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "translit").rglob("__init__.py")
    }
    assert found <= listed, sorted(found - listed)


def test_every_data_file_is_installed() -> None:
    patterns = PYPROJECT["tool"]["setuptools"]["package-data"]["translit"]
    data = [
        p
        for p in (ROOT / "translit").rglob("*")
        if p.is_file()
        and p.suffix not in {".py", ".pyc", ".so", ".c"}
        and "__pycache__" not in p.parts
    ]
    missing = [
        str(p.relative_to(ROOT))
        for p in data
        if not any(p.relative_to(ROOT / "translit").match(pat) for pat in patterns)
        and str(p.relative_to(ROOT)) not in _NOT_SHIPPED
    ]
    assert data and not missing, missing
