"""The folders are the pipeline: data flows one way, and the installed package is only ``vetplan``."""

from __future__ import annotations

import ast
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
# A stage may import itself, the contract and earlier stages — never a later stage or the front ends.
ALLOWED = {
    "schemas": {"schemas"},
    "ingest": {"ingest"},
    "normalize": {"normalize"},
    "extract": {"extract", "schemas"},
}
ORCHESTRATION = {"pipeline", "batch", "cli", "__main__"}


def _vetplan_imports(path: Path, package: str) -> set[str]:
    """Top-level vetplan subpackages/modules that ``path`` imports (relative or absolute)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level == 0 and node.module and node.module.startswith("vetplan."):
                found.add(node.module.split(".")[1])
            elif node.level == 1:
                found.add(package)
            elif node.level >= 2:
                if node.module:
                    found.add(node.module.split(".")[0])
                else:
                    found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith("vetplan."):
                    found.add(alias.name.split(".")[1])
    return found


@pytest.mark.parametrize("stage", sorted(ALLOWED))
def test_stage_imports_flow_one_way(stage):
    for path in sorted((ROOT / stage).rglob("*.py")):
        imported = _vetplan_imports(path, stage) - {"__init__"}
        bad = imported - ALLOWED[stage] - {"vetplan"}
        assert not bad, f"{path.relative_to(ROOT)} imports {sorted(bad)}: later stages or front ends"
        assert not imported & ORCHESTRATION, path


def test_wheel_installs_only_the_vetplan_package(tmp_path):
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(tmp_path),
         str(ROOT)],
        check=True, capture_output=True,
    )
    wheel = next(tmp_path.glob("vetplan-*.whl"))
    tops = {name.split("/")[0] for name in zipfile.ZipFile(wheel).namelist()}
    # name-version.dist-info; the wheel is platform-specific when the decoder's C loops were compiled
    assert tops == {"vetplan", "-".join(wheel.name.split("-")[:2]) + ".dist-info"}, tops
    names = zipfile.ZipFile(wheel).namelist()
    for module in ("vetplan/cli.py", "vetplan/ingest/__init__.py", "vetplan/normalize/__init__.py",
                   "vetplan/extract/__init__.py", "vetplan/schemas/plan.py"):
        assert module in names
    assert any(n.startswith("vetplan/normalize/data/") and n.endswith(".json") for n in names), "model data missing"
    assert not any(n.startswith("vetplan/tests/") or n.startswith("vetplan/samples/") for n in names)


def _names_bound_twice(source: str) -> list[str]:
    """Module-level names a module binds more than once (an assignment, an annotated one, a def or a class)."""
    seen: dict[str, int] = {}
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign):
            names = [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names = [node.target.id]
        elif isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            names = [node.name]
        else:
            names = []
        for n in names:
            seen[n] = seen.get(n, 0) + 1
    return sorted(n for n, k in seen.items() if k > 1)


def test_no_module_binds_a_name_twice() -> None:
    """A pattern or fixer defined again further down a module silently replaces the first for every caller (the
    forty-eighth session's second `_DEPUTIES_WORD_MISREAD` broke "Chủ tịch, ec PCT" in fix_chairman_title until a real
    text showed it); ruff does not flag a reassigned module constant."""
    assert _names_bound_twice("A = 1\ndef f(): pass\nA = 2\n") == ["A"]
    for part in ("normalize", "extract", "ingest", "schemas", ""):
        for path in sorted((ROOT / part).glob("*.py")):
            assert _names_bound_twice(path.read_text(encoding="utf-8")) == [], path
