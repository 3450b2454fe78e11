"""The batch runner: per-file timeout, Ctrl-C/SIGTERM and --resume, collision-free output names,
safe reruns, --jsonl, nothing written outside -o; unit tests of ``output_names`` and ``write_atomic``.

Slow inputs are real: a page image PDF that Tesseract needs several seconds for.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from vetplan.batch import MANIFEST, TMP_SUFFIX, output_names, write_atomic
from vetplan.normalize.synth import strip_diacritics
from vetplan.schemas import Plan

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
ENV = {**os.environ, "OMP_THREAD_LIMIT": "1"}

SHORT_PLAN = """ỦY BAN NHÂN DÂN
THÀNH PHỐ HÀ NỘI
Số: 12/KH-UBND
Hà Nội, ngày 05 tháng 3 năm 2024
KẾ HOẠCH
Phát triển giáo dục nghề nghiệp năm 2024
I. MỤC ĐÍCH, YÊU CẦU
1. Nâng cao chất lượng đào tạo nghề nghiệp cho người lao động.
II. CHỈ TIÊU
Tuyển sinh đào tạo nghề nghiệp cho 230.000 người.
III. TỔ CHỨC THỰC HIỆN
1. Sở Lao động - Thương binh và Xã hội chủ trì triển khai Kế hoạch.
"""


def vetplan(*args: str, cwd: Path | None = None, timeout: float = 300) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "vetplan", *args], capture_output=True, text=True,
                          timeout=timeout, env=ENV, cwd=cwd)


def manifest(out: Path) -> list[dict]:
    return [json.loads(line) for line in (out / MANIFEST).read_text(encoding="utf-8").splitlines()]


def files_under(folder: Path) -> set[str]:
    return {p.relative_to(folder).as_posix() for p in folder.rglob("*") if not p.is_dir()}


def plan_text(n: int) -> str:
    return SHORT_PLAN.replace("12/KH-UBND", f"{n}/KH-UBND")


def make_scan_pdf(path: Path, lines: int = 60, height: int = 2400) -> None:
    """A one-page image-only PDF (no text layer): the reader must OCR it, which takes seconds."""
    from PIL import Image, ImageDraw, ImageFont

    text = [ln for ln in next(SAMPLES.glob("002_*.txt")).read_text(encoding="utf-8").splitlines() if ln.strip()]
    font = ImageFont.truetype(str(FONT), 26)
    img = Image.new("L", (1700, height), 255)
    draw = ImageDraw.Draw(img)
    for i, line in enumerate(text[:lines]):
        draw.text((60, 40 + 38 * i), line[:90], font=font, fill=0)
    img.save(path, resolution=200)


def make_text_pdf(path: Path, text: str) -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    if "DejaVu" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DejaVu", str(FONT)))
    c = canvas.Canvas(str(path))
    c.setFont("DejaVu", 11)
    for i, line in enumerate(text.splitlines()):
        c.drawString(50, 800 - 16 * i, line)
    c.save()


def _proc_stat(pid: int) -> tuple[int, int, str] | None:
    """(ppid, session id, state) of a live process, from /proc."""
    try:
        raw = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    fields = raw[raw.rindex(")") + 2:].split()
    return int(fields[1]), int(fields[3]), fields[0]


def worker_sessions(parent: int) -> set[int]:
    """Session ids of the parent's children that lead their own session (the batch workers)."""
    found = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            stat = _proc_stat(int(entry.name))
            if stat and stat[0] == parent and stat[1] == int(entry.name):
                found.add(int(entry.name))
    return found


def live_in_sessions(sessions: set[int]) -> list[int]:
    """Processes (not zombies) still alive in any of ``sessions``: a worker or an OCR child it started."""
    alive = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            stat = _proc_stat(int(entry.name))
            if stat and stat[1] in sessions and stat[2] != "Z":
                alive.append(int(entry.name))
    return alive


def _sigint_delivered() -> None:
    """In the child before it runs Python: SIGINT back to its default, so Python turns it into KeyboardInterrupt as at
    a terminal. A suite started as a background job of a non-interactive shell inherits SIGINT ignored, and Python
    keeps ignoring it: the interrupt test's batch had run to its end (4/4 done, exit 0) in such a CI run."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def run_watching(args: list[str], *, until: callable | None = None, sig: int | None = None,
                 timeout: float = 300) -> tuple[subprocess.Popen, str, set[int]]:
    """Run ``vetplan`` while recording its worker sessions; send ``sig`` once ``until()`` is true."""
    proc = subprocess.Popen([sys.executable, "-m", "vetplan", *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=ENV, preexec_fn=_sigint_delivered)
    sessions: set[int] = set()
    deadline = time.monotonic() + timeout
    sent = False
    while proc.poll() is None and time.monotonic() < deadline:
        sessions |= worker_sessions(proc.pid)
        if sig is not None and not sent and until is not None and until():
            time.sleep(0.5)  # let the worker get into the next (slow) file
            sessions |= worker_sessions(proc.pid)
            proc.send_signal(sig)
            sent = True
        time.sleep(0.1)
    _, err = proc.communicate(timeout=max(1.0, deadline - time.monotonic()))
    return proc, err, sessions


# ------------------------------------------------------------------ timeout


def test_timeout_kills_a_slow_file_and_its_ocr_and_the_batch_goes_on(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    make_scan_pdf(src / "a-slow-scan.pdf")
    (src / "b-plan.txt").write_text(plan_text(1), encoding="utf-8")
    out = tmp_path / "out"
    proc, err, sessions = run_watching(["ingest", str(src), "-o", str(out), "--jobs", "1", "--timeout", "2"])
    assert proc.returncode == 1, err
    records = {r["input"]: r for r in manifest(out)}
    assert records["a-slow-scan.pdf"]["status"] == "error"
    assert "a-slow-scan.pdf: timed out after 2 s" in records["a-slow-scan.pdf"]["error"]
    assert records["a-slow-scan.pdf"]["seconds"] >= 2
    assert records["b-plan.txt"]["status"] == "ok", records["b-plan.txt"]
    assert files_under(out) == {"b-plan.json", MANIFEST}
    assert sessions, "workers were seen"
    time.sleep(0.5)
    assert live_in_sessions(sessions) == [], "the killed worker's OCR process must die with it"


# ------------------------------------------------------------------ interruption and resume


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM], ids=["SIGINT", "SIGTERM"])
def test_interrupt_leaves_no_partial_output_and_resume_completes(tmp_path, sig):
    src = tmp_path / "in"
    src.mkdir()
    (src / "01.txt").write_text(plan_text(1), encoding="utf-8")
    make_scan_pdf(src / "02-scan.pdf", lines=45, height=1800)  # OCR for seconds: the signal comes inside it
    (src / "03.txt").write_text(plan_text(3), encoding="utf-8")
    (src / "04.txt").write_text(plan_text(4), encoding="utf-8")
    out = tmp_path / "out"
    args = ["ingest", str(src), "-o", str(out), "--jobs", "1"]
    proc, err, sessions = run_watching(args, until=lambda: (out / "01.json").exists(), sig=sig)
    assert proc.returncode == 130, err
    assert "interrupted" in err and "Traceback" not in err, err
    time.sleep(0.5)
    assert live_in_sessions(sessions) == [], "no worker (or OCR child) outlives the interrupted batch"
    present = files_under(out)
    assert not [p for p in present if p.endswith(TMP_SUFFIX)], present
    records = manifest(out)
    assert records and {r["status"] for r in records} == {"ok"}, records
    assert "02-scan.pdf" not in {r["input"] for r in records}, "the file being read when interrupted is not done"
    assert present == {r["output"] for r in records} | {MANIFEST}
    for r in records:
        Plan.model_validate_json((out / r["output"]).read_text(encoding="utf-8"))  # whole, valid JSON

    if sig == signal.SIGTERM:
        return  # resuming is the same after either signal; run it once to keep the suite fast
    again = vetplan(*args, "--resume", "-q")
    assert again.returncode == 0, again.stderr
    final = {r["input"]: r for r in manifest(out)}
    assert list(final) == ["01.txt", "02-scan.pdf", "03.txt", "04.txt"]
    done_before = {r["input"] for r in records}
    for name, r in final.items():
        assert r["status"] == ("skipped" if name in done_before else "ok"), r
    assert files_under(out) == {"01.json", "02-scan.json", "03.json", "04.json", MANIFEST}


# ------------------------------------------------------------------ names, reruns, jsonl, -o only


def test_output_names_never_collide_end_to_end(tmp_path):
    src = tmp_path / "in"
    for rel in ("a/plan.txt", "b/plan.txt", "c/plan.txt", "A/Plan.txt"):
        (src / rel).parent.mkdir(parents=True, exist_ok=True)
        (src / rel).write_text(plan_text(len(rel)), encoding="utf-8")
    make_text_pdf(src / "c" / "plan.pdf", plan_text(9))
    x, y = tmp_path / "x", tmp_path / "y"
    x.mkdir()
    y.mkdir()
    (x / "plan.txt").write_text(plan_text(7), encoding="utf-8")
    (y / "plan.txt").write_text(plan_text(8), encoding="utf-8")
    out = tmp_path / "out"
    proc = vetplan("ingest", "in", "x/plan.txt", "y/plan.txt", "-o", "out", "-q", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    records = manifest(out)
    inputs = [r["input"] for r in records]
    assert inputs == ["A/Plan.txt", "a/plan.txt", "b/plan.txt", "c/plan.pdf", "c/plan.txt",
                      "x/plan.txt", "y/plan.txt"]
    outputs = [r["output"] for r in records]
    assert len({o.lower() for o in outputs}) == len(outputs), outputs
    assert files_under(out) == set(outputs) | {MANIFEST}
    for r in records:
        plan = Plan.model_validate_json((out / r["output"]).read_text(encoding="utf-8"))
        assert plan.source.path == r["input"]
    assert {"c/plan.pdf.json", "c/plan.txt.json", "b/plan.json"} <= set(outputs)


def test_two_folders_with_the_same_file_names_and_a_file_given_twice(tmp_path):
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "plan.txt").write_text(plan_text(len(folder) + ord(folder)), encoding="utf-8")
    proc = vetplan("ingest", "a", "b", "a/plan.txt", "./a", "-o", "out", "-q", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    records = manifest(tmp_path / "out")
    assert [r["input"] for r in records] == ["a/plan.txt", "b/plan.txt"]
    assert files_under(tmp_path / "out") == {r["output"] for r in records} | {MANIFEST}


def test_rerun_is_safe_and_gives_the_same_outputs(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    for n in range(3):
        (src / f"{n}.txt").write_text(plan_text(n), encoding="utf-8")
    (src / "bad.pdf").write_bytes(b"%PDF-1.4 broken")
    out = tmp_path / "out"
    first = vetplan("ingest", str(src), "-o", str(out), "-q")
    snapshot = {p: (out / p).read_bytes() for p in files_under(out) if p != MANIFEST}
    records1 = manifest(out)
    second = vetplan("ingest", str(src), "-o", str(out), "-q")
    assert first.returncode == second.returncode == 1
    assert {p: (out / p).read_bytes() for p in files_under(out) if p != MANIFEST} == snapshot
    strip = [{k: v for k, v in r.items() if k != "seconds"} for r in records1]
    assert [{k: v for k, v in r.items() if k != "seconds"} for r in manifest(out)] == strip


def test_jsonl_file_holds_every_plan_in_manifest_order(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    for n in range(3):
        (src / f"{n}.txt").write_text(plan_text(n), encoding="utf-8")
    (src / "1b.bin").write_bytes(os.urandom(100))
    proc = vetplan("ingest", "in", "-o", "out", "--jsonl", "plans.jsonl", "--jobs", "2", cwd=tmp_path)
    assert proc.returncode == 1 and proc.stdout == ""
    plans = [Plan.model_validate_json(line) for line in (tmp_path / "plans.jsonl").read_text("utf-8").splitlines()]
    ok = [r for r in manifest(tmp_path / "out") if r["status"] == "ok"]
    assert [p.source.path for p in plans] == [r["input"] for r in ok] == ["0.txt", "1.txt", "2.txt"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in", "out", "plans.jsonl"]


def test_jsonl_stdout_is_clean_with_progress_on_stderr(tmp_path):
    (tmp_path / "p.txt").write_text(plan_text(1), encoding="utf-8")
    proc = vetplan("ingest", "p.txt", "-o", "out", "--jsonl", "-", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert len(lines) == 1 and Plan.model_validate_json(lines[0]).source.path == "p.txt"
    assert "1 ok, 0 failed" in proc.stderr


def test_jsonl_stdout_closed_early_does_not_stop_the_batch(tmp_path):
    for n in range(3):
        (tmp_path / f"{n}.txt").write_text(plan_text(n), encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "vetplan", "ingest", "0.txt", "1.txt", "2.txt", "-o", "out",
                             "--jsonl", "-", "-q", "--jobs", "1"], cwd=tmp_path, env=ENV,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    proc.stdout.close()  # like `| head -0`
    _, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err
    assert [r["status"] for r in manifest(tmp_path / "out")] == ["ok", "ok", "ok"]


def test_jsonl_file_inside_an_input_folder_is_not_read_back(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "p.txt").write_text(plan_text(1), encoding="utf-8")
    for _ in range(2):
        proc = vetplan("ingest", str(src), "-o", str(tmp_path / "out"), "--jsonl", str(src / "plans.jsonl"), "-q")
        assert proc.returncode == 0, proc.stderr
        assert [r["input"] for r in manifest(tmp_path / "out")] == ["p.txt"]


def test_quiet_mode_is_silent_and_writes_nothing_outside_out(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "p.txt").write_text(plan_text(1), encoding="utf-8")
    (src / "bad.docx").write_bytes(b"not a docx")
    before = sorted(p.name for p in tmp_path.iterdir())
    proc = vetplan("ingest", "in", "-o", "out", "-q", cwd=tmp_path)
    assert proc.returncode == 1
    assert proc.stdout == "" and proc.stderr == ""
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([*before, "out"])
    assert files_under(src) == {"p.txt", "bad.docx"}


def test_output_inside_an_input_folder_is_never_read_back(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "p.txt").write_text(plan_text(1), encoding="utf-8")
    for _ in range(2):
        proc = vetplan("ingest", str(src), "-o", str(src / "out"), "-q")
        assert proc.returncode == 0, proc.stderr
        assert [r["input"] for r in manifest(src / "out")] == ["p.txt"]


def test_missing_and_empty_inputs_get_error_records(tmp_path):
    (tmp_path / "empty").mkdir()
    (tmp_path / "p.txt").write_text(plan_text(1), encoding="utf-8")
    proc = vetplan("ingest", "p.txt", "missing.txt", "empty", "-o", "out", "-q", cwd=tmp_path)
    assert proc.returncode == 1
    records = manifest(tmp_path / "out")
    assert [(r["input"], r["status"]) for r in records] == [("p.txt", "ok"), ("missing.txt", "error"),
                                                            ("empty", "error")]
    assert "no such file" in records[1]["error"] and "no documents" in records[2]["error"]


def test_output_folder_that_is_a_file_is_a_usage_error(tmp_path):
    (tmp_path / "p.txt").write_text(plan_text(1), encoding="utf-8")
    (tmp_path / "out").write_text("x")
    proc = vetplan("ingest", "p.txt", "-o", "out", cwd=tmp_path)
    assert proc.returncode == 2 and "out" in proc.stderr and "Traceback" not in proc.stderr


# ------------------------------------------------------------------ stage bugs the batch tests found
# (pinned as strict xfails, since fixed in ingest: now regression tests)


def test_archive_with_no_documents_gets_a_record(tmp_path):
    import zipfile

    src = tmp_path / "in"
    src.mkdir()
    with zipfile.ZipFile(src / "folders-only.zip", "w") as zf:
        zf.writestr("folder/", b"")
    (src / "p.txt").write_text(plan_text(1), encoding="utf-8")
    vetplan("ingest", str(src), "-o", str(tmp_path / "out"), "-q")
    assert "folders-only.zip" in {r["input"] for r in manifest(tmp_path / "out")}


def test_xlsx_is_one_unsupported_input_not_an_archive(tmp_path):
    import zipfile

    src = tmp_path / "in"
    src.mkdir()
    with zipfile.ZipFile(src / "sheet.xlsx", "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("xl/workbook.xml", "<workbook/>")
    vetplan("ingest", str(src), "-o", str(tmp_path / "out"), "-q")
    records = manifest(tmp_path / "out")
    assert [r["input"] for r in records] == ["sheet.xlsx"]
    assert "unsupported format" in records[0]["error"]


def test_max_pages_exceeded_is_an_error(tmp_path):
    from reportlab.pdfgen import canvas

    pdf = tmp_path / "long.pdf"
    c = canvas.Canvas(str(pdf))
    for n in range(4):
        c.drawString(50, 800, f"KE HOACH trang {n + 1}")
        c.showPage()
    c.save()
    vetplan("ingest", str(pdf), "-o", str(tmp_path / "out"), "-q", "--max-pages", "2")
    record = manifest(tmp_path / "out")[0]
    assert record["status"] == "error" and "pages" in record["error"]


# ------------------------------------------------------------------ units


def test_output_names_units():
    assert output_names(["samples/000.txt"]) == ["samples/000.json"]
    assert output_names(["a.zip/sub/plan.pdf"]) == ["a.zip/sub/plan.json"]
    assert output_names(["plan.pdf", "plan.txt"]) == ["plan.pdf.json", "plan.txt.json"]
    assert output_names(["README"]) == ["README.json"]
    assert output_names([".hidden.txt"]) == ["hidden.json"]
    # nothing leaves -o
    for name in output_names(["../../etc/passwd", "/etc/shadow", "..", "a/../../b.txt", "C:\\x\\..\\y.txt", ""]):
        assert not name.startswith("/") and ".." not in name.split("/") and name.endswith(".json"), name
    # case-insensitive clashes, identical display names, a name that another output needs as a folder
    names = output_names(["Plan.txt", "plan.txt", "plan.txt", "plan.TXT", "plan.json.txt", "plan.json/x.txt",
                          "manifest.jsonl", "manifest.txt"])
    assert len({n.lower() for n in names}) == len(names), names
    folders = {"/".join(n.lower().split("/")[:k]) for n in names for k in range(1, n.count("/") + 1)}
    assert not folders & {n.lower() for n in names}, names
    assert "manifest.jsonl" not in names
    # stable: the same inputs always give the same names
    assert output_names(["a/plan.txt", "b/plan.txt"]) == output_names(["a/plan.txt", "b/plan.txt"])
    assert output_names([]) == []


def test_output_names_are_safe_file_names():
    names = output_names(["a:b*c?.txt", "tab\there.txt", "x" * 400 + ".txt", "kế hoạch/đợt 1.pdf"])
    assert names[0] == "a_b_c_.json"
    assert "\t" not in names[1]
    assert all(len(part) <= 130 for n in names for part in n.split("/"))
    assert names[3] == "kế hoạch/đợt 1.json"


def test_write_atomic_replaces_whole_and_leaves_no_temp(tmp_path):
    dest = tmp_path / "deep" / "er" / "plan.json"
    write_atomic(dest, "first\n")
    assert dest.read_text() == "first\n"
    write_atomic(dest, "second ✓\n")
    assert dest.read_text(encoding="utf-8") == "second ✓\n"
    assert sorted(p.name for p in dest.parent.iterdir()) == ["plan.json"]


def test_write_atomic_failure_keeps_the_old_file(tmp_path):
    dest = tmp_path / "plan.json"
    write_atomic(dest, "old\n")

    with pytest.raises(TypeError):
        write_atomic(dest, 12345)  # type: ignore[arg-type]
    with pytest.raises(UnicodeEncodeError):
        write_atomic(dest, "bad surrogate \udcff")
    assert dest.read_text() == "old\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.json"]


def test_write_atomic_into_a_read_only_folder_raises_and_leaves_nothing(tmp_path):
    if os.geteuid() == 0:
        pytest.skip("root writes everywhere")
    ro = tmp_path / "ro"
    ro.mkdir()
    ro.chmod(0o555)
    try:
        with pytest.raises(PermissionError):
            write_atomic(ro / "plan.json", "x")
    finally:
        ro.chmod(0o755)
    assert list(ro.iterdir()) == []


def test_stale_temp_files_are_cleaned(tmp_path):
    src = tmp_path / "p.txt"
    src.write_text(plan_text(1), encoding="utf-8")
    out = tmp_path / "out"
    (out / "sub").mkdir(parents=True)
    (out / "sub" / f".plan.json.123{TMP_SUFFIX}").write_text("{partial")
    shutil.copy(src, tmp_path / "q.txt")
    proc = vetplan("ingest", str(src), "-o", str(out), "-q")
    assert proc.returncode == 0
    assert files_under(out) == {"p.json", MANIFEST}


def test_output_names_of_many_identical_display_names_are_short_and_fast():
    started = time.perf_counter()
    names = output_names(["plan.txt"] * 3000)
    assert time.perf_counter() - started < 5, "numbering identical names must not be quadratic"
    assert len({n.lower() for n in names}) == 3000
    assert max(len(n) for n in names) < 40, max(names, key=len)
    assert names[:3] == [names[0], names[0][: -len(".json")] + "-2.json", names[0][: -len(".json")] + "-3.json"]


# ------------------------------------------------------------------ exact duplicates


NOT_A_PLAN = """Classic pancakes

Ingredients: 200 g flour, 2 eggs, 300 ml milk, a pinch of salt, butter for the pan.
Whisk the flour and salt, add the eggs, pour in the milk slowly and beat until smooth.
"""


def test_identical_inputs_are_converted_once_and_each_gets_its_own_output(tmp_path):
    src = tmp_path / "in"
    (src / "sub").mkdir(parents=True)
    (src / "a.txt").write_text(plan_text(5), encoding="utf-8")
    shutil.copy(src / "a.txt", src / "b.txt")
    shutil.copy(src / "a.txt", src / "sub" / "a.txt")
    (src / "c.txt").write_text(plan_text(6), encoding="utf-8")
    (src / "pancakes.txt").write_text(NOT_A_PLAN, encoding="utf-8")
    shutil.copy(src / "pancakes.txt", src / "sub" / "pancakes-copy.txt")
    shutil.copy(src / "a.txt", src / "a.md")  # same bytes, other extension: converted on its own
    out = tmp_path / "out"
    proc = vetplan("ingest", str(src), "-o", str(out), "-q", "--jobs", "2", "--jsonl", str(tmp_path / "p.jsonl"))
    assert proc.returncode == 0, proc.stderr
    records = manifest(out)
    assert [r["input"] for r in records] == ["a.md", "a.txt", "b.txt", "c.txt", "pancakes.txt", "sub/a.txt",
                                             "sub/pancakes-copy.txt"]
    by = {r["input"]: r for r in records}
    assert {r["input"]: r["duplicate_of"] for r in records if r["duplicate_of"]} == {
        "b.txt": "a.txt", "sub/a.txt": "a.txt", "sub/pancakes-copy.txt": "pancakes.txt"}
    assert all(r["status"] == "ok" for r in records), records
    assert by["b.txt"]["sha256"] == by["a.txt"]["sha256"] == by["a.md"]["sha256"]
    assert by["sub/pancakes-copy.txt"]["is_plan"] is False
    assert any(w.startswith("sub/pancakes-copy.txt: ") for w in by["sub/pancakes-copy.txt"]["warnings"])
    assert files_under(out) == {r["output"] for r in records} | {MANIFEST}
    # each copy's JSON is byte for byte what converting that file alone gives
    for name in ("b.txt", "sub/a.txt", "sub/pancakes-copy.txt"):
        solo_in, solo_out = tmp_path / "solo" / name.replace("/", "_"), tmp_path / "solo-out" / name.replace("/", "_")
        (solo_in / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(src / name, solo_in / name)
        alone = vetplan("ingest", str(solo_in), "-o", str(solo_out), "-q", "--jobs", "1")
        assert alone.returncode == 0, alone.stderr
        [solo] = manifest(solo_out)
        assert solo["duplicate_of"] is None
        assert (out / by[name]["output"]).read_bytes() == (solo_out / solo["output"]).read_bytes(), name
    plans = [Plan.model_validate_json(line) for line in (tmp_path / "p.jsonl").read_text("utf-8").splitlines()]
    assert [p.source.path for p in plans] == [r["input"] for r in records]
    # a rerun with --resume finds every output, copies included, current
    again = vetplan("ingest", str(src), "-o", str(out), "-q", "--resume")
    assert again.returncode == 0, again.stderr
    assert [r["status"] for r in manifest(out)] == ["skipped"] * len(records)


def test_copies_of_a_failing_input_get_error_records_naming_themselves(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    for name in ("x.pdf", "y.pdf", "z.pdf"):
        (src / name).write_bytes(b"%PDF-1.4 broken")
    (src / "ok.txt").write_text(plan_text(1), encoding="utf-8")
    out = tmp_path / "out"
    proc = vetplan("ingest", str(src), "-o", str(out), "-q", "--jobs", "2")
    assert proc.returncode == 1, proc.stderr
    by = {r["input"]: r for r in manifest(out)}
    assert by["ok.txt"]["status"] == "ok"
    first = by["x.pdf"]
    assert first["status"] == "error" and "x.pdf" in first["error"] and first["duplicate_of"] is None
    for name in ("y.pdf", "z.pdf"):
        r = by[name]
        assert r["status"] == "error" and r["output"] is None and r["duplicate_of"] == "x.pdf", r
        assert r["error"].startswith(f"{name}: same content as x.pdf, which failed: "), r
        assert first["error"] in r["error"]
    assert files_under(out) == {"ok.json", MANIFEST}


def test_copies_of_an_input_that_times_out_fail_with_it(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    make_scan_pdf(src / "scan-1.pdf")
    shutil.copy(src / "scan-1.pdf", src / "scan-2.pdf")
    out = tmp_path / "out"
    proc = vetplan("ingest", str(src), "-o", str(out), "-q", "--jobs", "2", "--timeout", "1")
    assert proc.returncode == 1, proc.stderr
    first, copy = manifest(out)
    assert first["error"] == "scan-1.pdf: timed out after 1 s", first
    assert copy["error"] == "scan-2.pdf: same content as scan-1.pdf, which failed: timed out after 1 s", copy
    assert copy["duplicate_of"] == "scan-1.pdf"
    assert files_under(out) == {MANIFEST}


def test_an_input_that_now_fails_does_not_leave_its_old_output_looking_current(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(plan_text(1), encoding="utf-8")
    out = tmp_path / "out"
    assert vetplan("ingest", str(src), "-o", str(out), "-q").returncode == 0
    old = (out / "a.json").read_bytes()
    (src / "a.txt").write_bytes(b"\x00\x01binary now")
    proc = vetplan("ingest", str(src), "-o", str(out), "-q")
    assert proc.returncode == 1
    assert not (out / "a.json").exists()
    assert (out / "a.json.stale").read_bytes() == old  # nothing lost, but no longer a *.json
    (rec,) = manifest(out)
    assert rec["status"] == "error" and any("a.json.stale" in w for w in rec["warnings"])


# ------------------------------------------------------------------ a worker's memory


def test_a_worker_past_its_memory_budget_is_replaced_between_files_and_nothing_changes(tmp_path):
    """A worker's caches grow with every plan it reads (one over 1,350 diverse plans had reached 523 MB): one past
    ``--worker-memory`` MB after a file hands over to a fresh worker, which reads the next file as the old one would
    have. Not after the last file; never with 0."""
    src = tmp_path / "in"
    src.mkdir()
    for n in range(3):  # (one of them to repair)
        (src / f"{n}.txt").write_text(plan_text(n) if n != 1 else strip_diacritics(plan_text(n)), encoding="utf-8")
    outs = {}
    for budget in ("1", "0"):
        out = tmp_path / f"out{budget}"
        proc, err, sessions = run_watching(["ingest", str(src), "-o", str(out), "-q", "-j", "1",
                                            "--worker-memory", budget])
        assert proc.returncode == 0, err
        assert len(sessions) == (3 if budget == "1" else 1)
        outs[budget] = {p: (out / p).read_bytes() for p in files_under(out) if p != MANIFEST}
        assert [r["status"] for r in manifest(out)] == ["ok"] * 3
    assert outs["1"] == outs["0"] and len(outs["0"]) == 3
