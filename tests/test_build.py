"""The build a plan records (``vetplan_build``) and ``--resume`` redoing plans another build made."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import vetplan
from vetplan.build import build_files, build_id


def _copy_package(dst: Path) -> Path:
    root = Path(vetplan.__file__).resolve().parent
    for f in build_files(root):
        target = dst / f.relative_to(root)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(f, target)
    return dst


def test_the_build_id_is_a_hash_of_the_code_and_data_only(tmp_path: Path) -> None:
    """The same source gives the same id wherever it lies; a changed module, a new data file, a renamed module each
    give another; files beside the package (tests, benchmarks: an editable install's folder) none."""
    root = Path(vetplan.__file__).resolve().parent
    here = build_id()
    assert len(here) == 16 and int(here, 16) >= 0
    files = build_files(root)
    assert root / "pipeline.py" in files and root / "normalize" / "decode.py" in files
    assert not any("tests" in f.relative_to(root).parts or "benchmarks" in f.relative_to(root).parts for f in files)
    copy = _copy_package(tmp_path / "a")
    assert build_id(copy) == here
    (copy / "tests").mkdir()
    (copy / "tests" / "test_x.py").write_text("x = 1\n", encoding="utf-8")
    assert build_id(copy) == here
    other = _copy_package(tmp_path / "b")
    decode = other / "normalize" / "decode.py"
    decode.write_text(decode.read_text(encoding="utf-8") + "\n# another build\n", encoding="utf-8")
    assert build_id(other) != here
    data = _copy_package(tmp_path / "c")
    (data / "normalize" / "data" / "extra.json").write_text("{}", encoding="utf-8")
    assert build_id(data) != here
    moved = _copy_package(tmp_path / "d")
    (moved / "extract" / "text.py").rename(moved / "extract" / "text2.py")
    assert build_id(moved) != here


def test_a_plan_records_its_build(tmp_path: Path) -> None:
    from vetplan.pipeline import plan_from_file
    from vetplan.schemas import Plan

    path = tmp_path / "x.txt"
    path.write_text("KẾ HOẠCH\nPhát triển giáo dục nghề nghiệp năm 2024\n", encoding="utf-8")
    plan = plan_from_file(path)
    assert plan.vetplan_build == build_id()
    data = json.loads(plan.model_dump_json())
    assert data["vetplan_build"] == build_id()
    assert Plan.model_validate(data).vetplan_build == build_id()
