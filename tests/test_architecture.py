"""docs/ARCHITECTURE.md, checked: the layers, one owner per concept, public names.

The layer table is read from the document itself, so the page a newcomer reads is
the rule the code follows. Every check walks the source with ``ast`` (imports
inside functions included), so nothing here needs to import the modules it judges.
"""

from __future__ import annotations

import ast
import fnmatch
import re
from functools import cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
KITLIB = ROOT / "kitlib"
DOC = ROOT / "docs" / "ARCHITECTURE.md"

#: Where word lists and quotation-mark character classes may be written.
WORD_LIST_OWNERS = {"kitlib.vocab"}
QUOTE_CLASS_OWNERS = {"kitlib.text", "kitlib.quotes.marks"}

#: A word list: this many words or more in one literal.
WORD_LIST_MIN = 8

#: What counts as a word in a word list: letters (an apostrophe, hyphen or final full
#: stop inside), not an identifier with underscores, a file name or a suffix.
LISTED_WORD = re.compile(r"^[A-Za-z][a-z’'-]*[a-z.]$|^[A-Z]{2,}$")

#: Assignments whose values are lists of column names or file names, not word lists.
NOT_WORD_LISTS = re.compile(r"^(__all__|.*COLUMNS|.*FIELDS|INCLUDED|EXCLUDED|JUNK)$", re.IGNORECASE)

#: Names of Python's types and built-ins: a list of them (the kinds of a value a
#: recorder writes: "none", "bool", "int", …) names types, not words of English.
PYTHON_TYPE_NAMES = frozenset(
    "none ellipsis bool int float complex str bytes list tuple dict set frozenset "
    "object type range repr".split()
)

#: Quotation marks that make a character class a quotation-mark class.
CURLY_QUOTES = set("“”„«»")


# --------------------------------------------------------------------------
# Reading the code and the document
# --------------------------------------------------------------------------


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts)


@cache
def modules() -> dict[str, Path]:
    return {_module_name(p): p for p in sorted(KITLIB.rglob("*.py"))}


@cache
def tree(name: str) -> ast.Module:
    return ast.parse(modules()[name].read_text(encoding="utf-8"))


def _short(name: str) -> str:
    return "kitlib" if name == "kitlib" else name.removeprefix("kitlib.")


def _target(module: str, imported: str | None) -> str:
    """The kitlib module an import statement reaches: a submodule if it names one."""
    if imported and f"{module}.{imported}" in modules():
        return f"{module}.{imported}"
    return module


def imports(name: str) -> list[tuple[str, ast.AST, str | None]]:
    """``(target module, node, imported name)`` for every kitlib import in a module."""
    found = []
    for node in ast.walk(tree(name)):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("kitlib"):
            for alias in node.names:
                found.append((_target(node.module, alias.name), node, alias.name))
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith("kitlib"):
                    found.append((alias.name, node, None))
    return found


@cache
def layer_table() -> dict[str, tuple[int, str]]:
    """``{module pattern: (layer, may import)}`` from the table in ARCHITECTURE.md."""
    rows = {}
    for line in DOC.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^\|\s*(\d)\s*\|\s*`([\w.*_]+)`\s*\|.*\|\s*([^|]*)\|\s*$", line)
        if m:
            rows[m.group(2)] = (int(m.group(1)), m.group(3).strip())
    return rows


def row_of(name: str) -> str | None:
    short = _short(name)
    table = layer_table()
    if short in table:
        return short
    return next((p for p in table if fnmatch.fnmatchcase(short, p)), None)


def layer_of(name: str) -> int:
    return layer_table()[row_of(name)][0]


def allowed(name: str) -> set[str]:
    """The modules ``name`` may import, by its row of the table."""
    _, cell = layer_table()[row_of(name)]
    out: set[str] = set()
    for token in (t.strip().strip("`") for t in cell.split(",")):
        if token in ("", "–", "-"):
            continue
        if token.startswith("layer "):
            out |= {m for m in modules() if row_of(m) and layer_of(m) == int(token[6:])}
            continue
        full = "kitlib" if token == "kitlib" else f"kitlib.{token}"
        out |= {m for m in modules() if m == full or m.startswith(full + ".")}
    return out


def _inside_function(module: ast.Module) -> set[int]:
    inner = set()
    for node in ast.walk(module):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
            inner |= {id(n) for n in ast.walk(node) if n is not node}
    return inner


# --------------------------------------------------------------------------
# The layers
# --------------------------------------------------------------------------


def test_the_table_is_read():
    assert len(layer_table()) >= 40
    assert layer_table()["text"][0] == 0


def test_every_module_has_a_row_in_the_table():
    missing = [_short(m) for m in modules() if row_of(m) is None]
    assert missing == [], f"add these modules to the layer table in {DOC.name}: {missing}"


def test_every_import_is_one_the_table_allows():
    wrong = []
    for name in modules():
        if row_of(name) is None:
            continue
        ok = allowed(name) | {name}
        for target, node, _ in imports(name):
            if target not in ok:
                wrong.append(f"{_short(name)} imports {_short(target)} (line {node.lineno})")
    assert wrong == [], "imports the layer table does not allow:\n" + "\n".join(sorted(set(wrong)))


def test_no_import_cycle_even_through_imports_inside_functions():
    """Importing a module runs its family's face first: that counts as an import too."""
    graph: dict[str, set[str]] = {m: set() for m in modules()}
    for name in modules():
        for target, _, _ in imports(name):
            graph[name].add(target)
            family = target.rsplit(".", 1)[0]
            if family in modules() and family != "kitlib" and not name.startswith(family + "."):
                graph[name].add(family)  # "import kitlib.quotes.marks" runs kitlib/quotes first
    graph = {m: {t for t in targets if t in graph and t != m} for m, targets in graph.items()}
    state: dict[str, int] = {}
    cycles = []

    def visit(node: str, path: list[str]) -> None:
        state[node] = 1
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                cycles.append(" -> ".join(_short(m) for m in path[path.index(nxt) :] + [nxt]))
            elif nxt not in state:
                visit(nxt, path + [nxt])
        state[node] = 2

    for start in sorted(graph):
        if start not in state:
            visit(start, [start])
    assert cycles == []


def test_no_kitlib_import_inside_a_function():
    found = []
    for name in modules():
        inner = _inside_function(tree(name))
        for target, node, _ in imports(name):
            if id(node) in inner:
                found.append(f"{_short(name)} line {node.lineno}: {_short(target)}")
    assert found == [], "import these at the top of the module:\n" + "\n".join(found)


def test_no_private_name_crosses_a_module():
    found = []
    for name in modules():
        aliases = {}
        for target, node, imported in imports(name):
            if imported and imported.startswith("_") and target == node.module:
                found.append(f"{_short(name)} imports {imported} from {_short(target)}")
            if isinstance(node, ast.ImportFrom):
                for alias in node.names:
                    if alias.name == imported and target != node.module:
                        aliases[alias.asname or alias.name] = target
        for node in ast.walk(tree(name)):
            if (
                isinstance(node, ast.Attribute)
                and isinstance(node.value, ast.Name)
                and node.value.id in aliases
                and node.attr.startswith("_")
                and not node.attr.startswith("__")
            ):
                found.append(f"{_short(name)} line {node.lineno} uses {node.value.id}.{node.attr}")
    assert found == [], "make these public in their module, or move the code:\n" + "\n".join(found)


# --------------------------------------------------------------------------
# Public names
# --------------------------------------------------------------------------


def _declared_all(module: ast.Module) -> list[str] | None:
    for node in module.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "__all__" for t in node.targets
        ):
            return list(ast.literal_eval(node.value))
    return None


def _defined_public(module: ast.Module) -> set[str]:
    names = set()
    for node in module.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.add(node.name)
        elif isinstance(node, (ast.Assign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            for target in targets:
                parts = target.elts if isinstance(target, ast.Tuple) else [target]
                names |= {t.id for t in parts if isinstance(t, ast.Name)}
    return {n for n in names if not n.startswith("_")}


def _imported_public(module: ast.Module) -> set[str]:
    names = set()
    for node in module.body:
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("kitlib"):
            names |= {a.asname or a.name for a in node.names}
    return {n for n in names if not n.startswith("_")}


@pytest.mark.parametrize("name", sorted(m for m in modules() if m != "kitlib.__main__"))
def test_all_lists_exactly_the_public_names(name):
    """A module's ``__all__`` is what it defines without a leading underscore; a
    family's face lists what it imports from its modules."""
    if name == "kitlib":
        return  # the lazy names are checked in test_the_lazy_names_exist
    module = tree(name)
    declared = _declared_all(module)
    is_face = modules()[name].name == "__init__.py"
    public = _imported_public(module) if is_face else _defined_public(module)
    if declared is None:
        assert not public, f"{_short(name)} has public names but no __all__: {sorted(public)}"
        return
    assert len(declared) == len(set(declared)), f"{_short(name)}: __all__ repeats a name"
    assert sorted(declared) == sorted(public), (
        f"{_short(name)}: in __all__ but not public there: {sorted(set(declared) - public)}; "
        f"public but not in __all__: {sorted(public - set(declared))}"
    )


def test_the_lazy_names_exist():
    import importlib

    import kitlib

    for name, module in kitlib._LAZY.items():
        assert hasattr(importlib.import_module(module), name), name
    assert sorted(kitlib.__all__) == sorted(kitlib._LAZY)


# --------------------------------------------------------------------------
# One owner per concept
# --------------------------------------------------------------------------


def _strings(node: ast.AST) -> list[str] | None:
    """The strings of a literal list, tuple or set, or of ``"a b c".split()``."""
    if isinstance(node, (ast.List, ast.Tuple, ast.Set)):
        values = [e.value for e in node.elts if isinstance(e, ast.Constant)]
        if len(values) == len(node.elts) and all(isinstance(v, str) for v in values):
            return values
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "split"
        and isinstance(node.func.value, ast.Constant)
        and isinstance(node.func.value.value, str)
    ):
        return node.func.value.value.split()
    return None


def _excluded_values(module: ast.Module) -> set[int]:
    """Literals assigned to column lists and file lists, or passed as ``columns=``."""
    out = set()
    for node in ast.walk(module):
        targets = []
        if isinstance(node, ast.Assign):
            targets = [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            targets = [node.target.id]
        if any(NOT_WORD_LISTS.match(t) for t in targets) and node.value is not None:
            out |= {id(n) for n in ast.walk(node.value)}
        if isinstance(node, ast.keyword) and node.arg == "columns":
            out |= {id(n) for n in ast.walk(node.value)}
    return out


def is_listed_word(value: str) -> bool:
    """Is this string a word of a word list (not a Python type's name)?"""
    return bool(LISTED_WORD.match(value)) and value.lower() not in PYTHON_TYPE_NAMES


def word_lists(name: str) -> list[str]:
    module = tree(name)
    skip = _excluded_values(module)
    found = []
    for node in ast.walk(module):
        if id(node) in skip:
            continue
        values = _strings(node)
        if values and sum(is_listed_word(v) for v in values) >= WORD_LIST_MIN:
            found.append(f"{_short(name)} line {node.lineno}: {' '.join(values[:6])} …")
    return found


def quote_classes(name: str) -> list[str]:
    found = []
    for node in ast.walk(tree(name)):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            for m in re.finditer(r"\[[^\]]*\]", node.value):
                if CURLY_QUOTES & set(m.group()) and len(set("\"'’‘") & set(m.group())) >= 1:
                    found.append(f"{_short(name)} line {node.lineno}: {m.group()}")
    return found


def test_word_lists_live_in_vocab():
    found = [w for m in modules() if m not in WORD_LIST_OWNERS for w in word_lists(m)]
    assert found == [], "move these word lists to kitlib/vocab.py:\n" + "\n".join(found)


def test_quotation_mark_classes_live_in_text():
    found = [q for m in modules() if m not in QUOTE_CLASS_OWNERS for q in quote_classes(m)]
    assert found == [], "build these from kitlib.text.QUOTE_MARKS & co.:\n" + "\n".join(found)


def test_the_checks_find_what_they_look_for():
    """The owner checks are not blind: they see vocab's lists and text's classes."""
    assert len(word_lists("kitlib.vocab")) > 10
    assert quote_classes("kitlib.quotes.marks")


def test_a_list_of_type_names_is_no_word_list_but_words_among_them_are():
    """Type names do not count towards a word list; English words beside them still do."""
    types = ast.parse('KINDS = ("none", "ellipsis", "bool", "int", "float", "text", "repr")')
    words = ast.parse('W = ("none", "int", "also", "later", "then", "once", "again", "often", '
                      '"always", "never", "just", "still")')  # fmt: skip
    count = [sum(is_listed_word(v) for v in _strings(t.body[0].value)) for t in (types, words)]
    assert count[0] < WORD_LIST_MIN <= count[1]


def test_vocab_lists_repeat_no_word():
    repeated = []
    for node in ast.walk(tree("kitlib.vocab")):
        values = _strings(node)
        if values:
            seen = [v for i, v in enumerate(values) if v in values[:i]]
            if seen:
                repeated.append(f"line {node.lineno}: {sorted(set(seen))}")
    assert repeated == []


# --------------------------------------------------------------------------
# One student API
# --------------------------------------------------------------------------

#: The modules whose public functions are the student's API: the families' faces and
#: the top-level modules a lesson imports.
API_MODULES = (
    "kitlib.articles", "kitlib.readability", "kitlib.actors", "kitlib.quotes",
    "kitlib.words", "kitlib.frames", "kitlib.report", "kitlib.text", "kitlib.reliability",
    "kitlib.evaluation", "kitlib.plots", "kitlib.batch", "kitlib.differences",
    "kitlib.formatting", "kitlib.frames.codings", "kitlib.vocab", "kitlib.data",
    "kitlib.errors",
)  # fmt: skip


def api_functions():
    import importlib
    import inspect

    for module_name in API_MODULES:
        module = importlib.import_module(module_name)
        for name in module.__all__:
            value = getattr(module, name)
            if inspect.isfunction(value) or inspect.isclass(value):
                yield f"{module_name}.{name}", value


def test_options_are_keyword_only():
    """``f(article, *, options)``: a parameter with a default is given by its name, so
    ``find_quotes(nbc, True)`` cannot mean something nobody can read. A function whose
    every parameter has a default (``codebook(name="generic")``) may take one by position."""
    import inspect

    wrong = []
    for name, function in api_functions():
        if not inspect.isfunction(function):
            continue
        parameters = list(inspect.signature(function).parameters.values())
        positional = [p for p in parameters if p.kind == p.POSITIONAL_OR_KEYWORD]
        if not any(p.default is p.empty for p in positional):
            continue  # a selector such as codebook(name="generic")
        late = [p.name for p in positional if p.default is not p.empty]
        if late:
            wrong.append(f"{name}: {late}")
    assert wrong == [], "make these keyword-only (after a *):\n" + "\n".join(wrong)


def test_functions_of_several_articles_take_star_articles_and_names():
    import inspect

    wrong = []
    for name, function in api_functions():
        if not inspect.isfunction(function):
            continue
        parameters = inspect.signature(function).parameters
        several = [p for p in parameters.values() if p.kind == p.VAR_POSITIONAL]
        if several and several[0].name == "articles" and "names" not in parameters:
            wrong.append(name)
    assert wrong == []


def test_every_public_function_has_an_example():
    """Exceptions and warnings are named in the examples that raise them; a retired name
    (a stand-in that warns) points to the function that has the example."""
    wrong = [
        name
        for name, value in api_functions()
        if ">>>" not in (value.__doc__ or "")
        and not (isinstance(value, type) and issubclass(value, (Exception, Warning)))
        and not hasattr(value, "__wrapped__")
    ]
    assert wrong == [], "give these an Examples section a student can copy:\n" + "\n".join(wrong)
