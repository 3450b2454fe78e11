"""Which build of vetplan made a plan: a hash of the code and data that decide its output.

vetplan's version number changes only at a release, but what a plan holds changes with every fix of the repair or
the extraction, and an editable install or a checkout between releases keeps the number. ``--resume`` takes a plan
as current only when the build that made it is this one (:func:`build_id`), so an archive converted again after an
upgrade is redone, not kept as the older build left it.
"""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path

#: the package's parts whose modules and data make a plan (the top level: ``vetplan/*.py``)
PARTS = ("", "ingest", "normalize", "extract", "schemas")


def build_files(root: Path | None = None) -> list[Path]:
    """The files :func:`build_id` hashes, in a fixed order: each part's ``*.py`` and ``data/*`` (not the tests,
    benchmarks or scripts an editable install's folder also holds, nor the compiled loops, whose results are the
    Python loops')."""
    root = root or Path(__file__).resolve().parent
    files: list[Path] = []
    for part in PARTS:
        folder = root / part
        files += sorted(folder.glob("*.py"))
        files += sorted(p for p in (folder / "data").glob("*") if p.is_file())
    return files


def build_id(root: Path | None = None) -> str:
    """sha256 (first 16 hex digits) of the relative path and bytes of each of :func:`build_files`: the same for a
    wheel and an editable install of the same source, different once any module or data file differs
    (``"3f9c0a…"``). Computed once per process."""
    return _build_id(str((root or Path(__file__).resolve().parent).resolve()))


@cache
def _build_id(root: str) -> str:
    base = Path(root)
    h = hashlib.sha256()
    for f in build_files(base):
        data = f.read_bytes()
        h.update(f.relative_to(base).as_posix().encode("utf-8") + b"\0" + str(len(data)).encode("ascii") + b"\0")
        h.update(data)
    return h.hexdigest()[:16]
