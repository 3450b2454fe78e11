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
