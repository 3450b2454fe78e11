"""End to end through the installed ``vetplan`` command: ingest the samples, normalize, exit codes."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from vetplan import __version__
from vetplan.build import build_id
from vetplan.schemas import Plan, plan_json_schema

VETPLAN = [sys.executable, "-m", "vetplan"]


def run(*args: str, **kw) -> subprocess.CompletedProcess:
    return subprocess.run([*VETPLAN, *args], capture_output=True, text=True, timeout=600, **kw)


@pytest.fixture(scope="module")
def ingested(tmp_path_factory, sample_files) -> tuple[Path, subprocess.CompletedProcess]:
    out = tmp_path_factory.mktemp("out")
    proc = run("ingest", *map(str, sample_files), "-o", str(out), "--jobs", "2")
    return out, proc


def test_ingest_samples_writes_one_valid_plan_per_sample(ingested, sample_files):
    out, proc = ingested
    assert proc.returncode == 0, proc.stderr
    validator = jsonschema.Draft202012Validator(plan_json_schema())
    for sample in sample_files:
        dest = out / (sample.stem + ".json")
        assert dest.is_file(), f"missing {dest.name}; have {sorted(p.name for p in out.iterdir())}"
        data = json.loads(dest.read_text(encoding="utf-8"))
        validator.validate(data)
        plan = Plan.model_validate(data)
        assert plan.source.path == sample.name
        assert plan.source.format == "txt"
        assert plan.vetplan_version == __version__
        assert plan.text.count("\n") == sample.read_text(encoding="utf-8").replace("\r\n", "\n").count("\n")
        assert plan.document.doc_type and "hoạch" in plan.document.doc_type.lower()
        assert plan.sections, sample.name


def test_manifest_has_one_ok_record_per_input(ingested, sample_files):
    out, _ = ingested
    records = [json.loads(line) for line in (out / "manifest.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [r["input"] for r in records] == [s.name for s in sample_files]
    assert {r["status"] for r in records} == {"ok"}
    for r in records:
        assert (out / r["output"]).is_file()
        assert r["error"] is None


def test_no_stray_files_in_output(ingested, sample_files):
    out, _ = ingested
    names = sorted(p.name for p in out.rglob("*"))
    assert names == sorted([s.stem + ".json" for s in sample_files] + ["manifest.jsonl"])


def test_normalize_keeps_line_count(sample_files):
    for sample in sample_files:
        proc = run("normalize", str(sample))
        assert proc.returncode == 0, proc.stderr
        assert proc.stdout.count("\n") == sample.read_text(encoding="utf-8").count("\n") + (
            0 if sample.read_text(encoding="utf-8").endswith("\n") else 1
        )
        assert "damage=" in proc.stderr


def test_normalize_with_a_named_damage_kind(tmp_path):
    """`--damage ocr_vie` for text OCR'd with the Vietnamese model elsewhere: its marks are checked; detected,
    the same text looks clean and stays; an unknown kind is a usage error naming the choices."""
    f = tmp_path / "vie.txt"
    f.write_text("học sinh trong giáo dục phố thông, định hướng phần luông học sinh\n", encoding="utf-8")
    told = run("normalize", str(f), "--damage", "ocr_vie")
    assert told.returncode == 0 and told.stdout == "học sinh trong giáo dục phổ thông, định hướng phân luồng học sinh\n"
    assert "damage=ocr_vie" in told.stderr
    assert run("normalize", str(f)).stdout == f.read_text(encoding="utf-8")
    bad = run("normalize", str(f), "--damage", "bogus")
    assert bad.returncode == 2 and "ocr_vie" in bad.stderr


def test_ingest_with_a_named_damage_kind(tmp_path):
    """`vetplan ingest --damage ocr_vie` passes the kind to every worker: text files OCR'd with the Vietnamese
    model elsewhere get their marks checked; without it the same file is detected (clean) and kept."""
    f = tmp_path / "vie.txt"
    f.write_text("KẾ HOẠCH\nTriển khai công tác giáo dục nghề nghiệp\n"
                 "học sinh trong giáo dục phố thông, định hướng phần luông học sinh\n", encoding="utf-8")
    told = run("ingest", str(f), "-o", str(tmp_path / "told"), "-q", "--damage", "ocr_vie", "--jobs", "1")
    assert told.returncode == 0, told.stderr
    plan = json.loads((tmp_path / "told" / "vie.json").read_text(encoding="utf-8"))
    assert plan["normalization"]["damage"] == "ocr_vie" and "giáo dục phổ thông, định hướng phân luồng" in plan["text"]
    plain = run("ingest", str(f), "-o", str(tmp_path / "plain"), "-q", "--jobs", "1")
    assert plain.returncode == 0
    plain_plan = json.loads((tmp_path / "plain" / "vie.json").read_text(encoding="utf-8"))
    assert plain_plan["normalization"]["damage"] == "clean"
    assert run("ingest", str(f), "-o", str(tmp_path / "x"), "--damage", "nope").returncode == 2


def test_some_inputs_failing_gives_exit_1_and_keeps_the_rest(tmp_path, sample_files):
    bad = tmp_path / "broken.pdf"
    bad.write_bytes(b"%PDF-1.7\n this is not really a pdf")
    inputs = tmp_path / "in"
    inputs.mkdir()
    good = inputs / sample_files[1].name
    shutil.copy(sample_files[1], good)
    out = tmp_path / "out"
    proc = run("ingest", str(good), str(bad), str(tmp_path / "missing.txt"), "-o", str(out), "-q")
    assert proc.returncode == 1
    records = {r["input"]: r for r in map(json.loads, (out / "manifest.jsonl").read_text().splitlines())}
    assert records[good.name]["status"] == "ok"
    assert (out / (good.stem + ".json")).is_file()
    assert records["broken.pdf"]["status"] == "error" and "broken.pdf" in records["broken.pdf"]["error"]
    missing = [r for k, r in records.items() if k.endswith("missing.txt")]
    assert missing and missing[0]["status"] == "error" and "no such file" in missing[0]["error"]


def test_usage_errors_exit_2(tmp_path):
    assert run("ingest").returncode == 2
    assert run("ingest", "samples", "-o", str(tmp_path), "--jobs", "0").returncode == 2
    assert run("no-such-command").returncode == 2


def test_a_place_that_cannot_be_written_is_named_before_any_work(tmp_path, sample_files):
    """``--jsonl`` where no file can be written is a usage error before the batch (it had failed with a traceback
    after it); ``schema -o`` there is an error naming the place."""
    (tmp_path / "file").write_text("x", encoding="utf-8")
    into = tmp_path / "file" / "plans.jsonl"
    proc = run("ingest", str(sample_files[0]), "-o", str(tmp_path / "out"), "--jsonl", str(into))
    assert proc.returncode == 2 and f"--jsonl {into}: its folder cannot be made" in proc.stderr
    assert not (tmp_path / "out" / "manifest.jsonl").exists()
    proc = run("ingest", str(sample_files[0]), "-o", str(tmp_path / "out"), "--jsonl", str(tmp_path))
    assert proc.returncode == 2 and "is a folder" in proc.stderr
    proc = run("schema", "-o", str(tmp_path / "file" / "plan.schema.json"))
    assert proc.returncode == 1 and "plan.schema.json: cannot be written" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_version_and_help():
    proc = run("--version")
    assert proc.returncode == 0 and proc.stdout.strip() == f"vetplan {__version__}"
    for cmd in ("ingest", "normalize", "schema"):
        proc = run(cmd, "--help")
        assert proc.returncode == 0 and "Example:" in proc.stdout


def test_resume_skips_unchanged_and_redoes_changed(tmp_path, sample_files):
    src = tmp_path / "in"
    src.mkdir()
    for s in sample_files[1:3]:
        shutil.copy(s, src / s.name)
    out = tmp_path / "out"
    assert run("ingest", str(src), "-o", str(out), "-q").returncode == 0
    first = {p.name: p.stat().st_mtime_ns for p in out.glob("*.json")}
    changed = src / sample_files[1].name
    changed.write_text(changed.read_text(encoding="utf-8") + "\nPhụ lục bổ sung\n", encoding="utf-8")
    assert run("ingest", str(src), "-o", str(out), "-q", "--resume").returncode == 0
    records = {r["input"]: r for r in map(json.loads, (out / "manifest.jsonl").read_text().splitlines())}
    statuses = {Path(k).name: r["status"] for k, r in records.items()}
    assert statuses == {sample_files[1].name: "ok", sample_files[2].name: "skipped"}
    second = {p.name: p.stat().st_mtime_ns for p in out.glob("*.json")}
    assert second[sample_files[2].stem + ".json"] == first[sample_files[2].stem + ".json"]
    # a plan another build of vetplan made (the same version number: a fix between releases) is redone
    kept = out / (sample_files[2].stem + ".json")
    older = json.loads(kept.read_text(encoding="utf-8"))
    assert older["vetplan_build"] == build_id()
    older["vetplan_build"] = "0" * 16
    kept.write_text(json.dumps(older, ensure_ascii=False), encoding="utf-8")
    assert run("ingest", str(src), "-o", str(out), "-q", "--resume").returncode == 0
    manifest = (out / "manifest.jsonl").read_text().splitlines()
    records = {Path(r["input"]).name: r["status"] for r in map(json.loads, manifest)}
    assert records == {sample_files[1].name: "skipped", sample_files[2].name: "ok"}
    assert json.loads(kept.read_text(encoding="utf-8"))["vetplan_build"] == build_id()


def test_jsonl_stream_to_stdout(tmp_path, sample_files):
    proc = run("ingest", str(sample_files[2]), "-o", str(tmp_path / "o"), "--jsonl", "-")
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert len(lines) == 1
    assert Plan.model_validate_json(lines[0]).source.path == sample_files[2].name


def test_the_command_line_gives_numpy_one_blas_thread():
    """numpy's BLAS threads only spin on vetplan's small arrays (CPU time a decode does not use): the command
    line asks for one before numpy loads, and an explicit setting wins."""
    code = "import os, vetplan.cli, numpy; print(os.environ['OPENBLAS_NUM_THREADS'])"
    env = {k: v for k, v in os.environ.items() if k != "OPENBLAS_NUM_THREADS"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
    assert out.stdout.split() == ["1"], out.stderr
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                         env={**env, "OPENBLAS_NUM_THREADS": "2"})
    assert out.stdout.split() == ["2"], out.stderr
