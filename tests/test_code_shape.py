"""The generator's modules define each top-level name once: a second `def` of a name, or a second pattern
assigned to a constant's name, silently replaces the first for every caller (a helper added under a name already
taken broke an older rule that way; so did a pattern named like an older one)."""
import ast
from collections import Counter
from pathlib import Path

GENERATOR = Path(__file__).resolve().parent.parent / "generator"


def _defined_twice(source: str) -> set[str]:
    names = Counter()
    for node in ast.parse(source).body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names[node.name] += 1
        elif isinstance(node, (ast.Assign, ast.AnnAssign)):
            names.update(t.id for t in (node.targets if isinstance(node, ast.Assign) else [node.target]) if isinstance(t, ast.Name))
    return {name for name, count in names.items() if count > 1}


def test_the_check_sees_a_function_defined_twice():
    assert _defined_twice("def spelt(a):\n    return a\n\n\ndef other():\n    pass\n\n\ndef spelt(b):\n    return b\n") == {"spelt"}
    assert _defined_twice("def spelt(a):\n    return a\n\n\nclass Spelt:\n    pass\n") == set()
    assert _defined_twice("_AFTER = 1\n_AFTER = 2\n_ALL = [1]\n_ALL += [2]\n") == {"_AFTER"}


def test_no_generator_module_defines_a_name_twice():
    twice = {str(path.relative_to(GENERATOR)): names for path in sorted(GENERATOR.rglob("*.py"))
             if (names := _defined_twice(path.read_text(encoding="utf-8")))}
    assert twice == {}
