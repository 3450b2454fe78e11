"""Reading the plan texts tests pin behaviour on: ``samples/`` in the repo, ``reference/`` in ../shared."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def read_plan_text(name: str, where: str = "samples") -> str:
    """Text of ``samples/NAME`` or ``../shared/reference/NAME``; skips the test when it is not there."""
    path = (ROOT / "samples" / name) if where == "samples" else (SHARED / "reference" / name)
    if not path.exists():
        pytest.skip(f"{path} not available")
    return path.read_text(encoding="utf-8")
