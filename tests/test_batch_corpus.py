"""A BAD CORPUS: ≥20 kinds of broken input mixed with good plans, built for real, run through the
``vetplan ingest`` command in a subprocess.

The batch must finish (exit 1), convert every good file, give every bad one an error record that names
it and says why, write nothing but the expected JSONs and the manifest into ``-o``, write nothing outside
``-o``, and leave the inputs byte-for-byte unchanged.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tarfile
import time
import uuid
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from vetplan.schemas import Plan

pytest.importorskip("vetplan.ingest", reason="ingest stage not built yet")
pytest.importorskip("reportlab")

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
MAX_CHARS = 200_000
MAX_PAGES = 3

RECIPE = """Classic pancakes

Ingredients: 200 g flour, 2 eggs, 300 ml milk, a pinch of salt, butter for the pan.
Whisk the flour and salt, add the eggs, pour in the milk slowly and beat until smooth.
Rest the batter for 30 minutes. Heat a little butter and cook each pancake for one minute a side.
Serve with lemon and sugar. Makes 8 pancakes.
"""


def sample_text(name: str = "002") -> str:
    return next(SAMPLES.glob(f"{name}_*.txt")).read_text(encoding="utf-8")


def vietnamese_lines(n: int = 40) -> list[str]:
    return [ln for ln in sample_text("002").splitlines() if ln.strip()][:n]


# ------------------------------------------------------------------ builders of real files


def make_text_pdf(path: Path, lines: list[str], pages: int = 1, *, encrypt: str | None = None) -> None:
    """A PDF with a text layer (Vietnamese through DejaVu Sans)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    if "DejaVu" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DejaVu", str(FONT)))
    c = canvas.Canvas(str(path), pagesize=A4, encrypt=encrypt)
    per_page = max(1, len(lines) // pages)
    for p in range(pages):
        c.setFont("DejaVu", 11)
        y = 800
        chunk = lines[p * per_page:(p + 1) * per_page] or [f"Trang {p + 1}"]
        for line in chunk:
            c.drawString(50, y, line[:95])
            y -= 16
            if y < 50:
                break
        c.showPage()
    c.save()


def make_text_image(path: Path, lines: list[str]) -> None:
    """A small page image of Vietnamese text (OCR'd by the pipeline)."""
    from PIL import Image, ImageDraw, ImageFont

    font = ImageFont.truetype(str(FONT), 22)
    img = Image.new("L", (1100, 40 + 34 * len(lines)), 255)
    draw = ImageDraw.Draw(img)
    for i, line in enumerate(lines):
        draw.text((30, 20 + 34 * i), line[:80], font=font, fill=0)
    img.save(path)


def make_docx(path: Path, lines: list[str]) -> None:
    import docx

    d = docx.Document()
    for line in lines:
        d.add_paragraph(line)
    d.save(str(path))


def png_bomb() -> bytes:
    """A valid PNG header declaring 100 000 × 100 000 pixels (10 G pixels) with a tiny body."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return len(data).to_bytes(4, "big") + kind + data + zlib.crc32(kind + data).to_bytes(4, "big")

    ihdr = (100_000).to_bytes(4, "big") * 2 + bytes([8, 0, 0, 0, 0])
    idat = zlib.compress(b"\x00" * 2000)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")


def zip_bytes(members: dict[str, bytes], compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression) as zf:
        for name, data in members.items():
            zf.writestr(zipfile.ZipInfo(name), data, compress_type=compression)
    return buf.getvalue()


def tar_with(path: Path, entries: list[tuple[tarfile.TarInfo, bytes | None]]) -> None:
    with tarfile.open(path, "w") as tf:
        for info, data in entries:
            tf.addfile(info, io.BytesIO(data) if data is not None else None)


def tar_info(name: str, kind: bytes = tarfile.REGTYPE, size: int = 0, linkname: str = "") -> tarfile.TarInfo:
    info = tarfile.TarInfo(name)
    info.type, info.size, info.linkname, info.mtime = kind, size, linkname, 1_700_000_000
    return info


# ------------------------------------------------------------------ the corpus


@dataclass
class Case:
    """One corpus entry: what the manifest must say about ``input`` (a display name)."""

    input: str
    expect: str  # "ok" (a plan), "nonplan" (ok, is_plan false, warned), "error"
    reason: str = ""  # regex the error (or a warning) must match, case-insensitive
    members: bool = False  # the input may instead show up as refused members "<input>/…" (see xfail tests)


def build_corpus(root: Path, outside: Path) -> list[Case]:
    """Write the corpus under ``root``; ``outside`` is a folder the zip-slip entries aim at."""
    rng = random.Random(20240601)
    cases: list[Case] = []
    lines = vietnamese_lines()
    clean = sample_text("002")

    def add(rel: str, data: bytes | Callable[[Path], None], expect: str, reason: str = "",
            display: str | None = None) -> None:
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if callable(data):
            data(path)
        else:
            path.write_bytes(data)
        if display != "":
            cases.append(Case(display or rel, expect, reason))

    # good files
    for s in ("002", "003"):
        src = next(SAMPLES.glob(f"{s}_*.txt"))
        add(f"good/{src.name}", src.read_bytes(), "ok")
    add("good/[draft] kế hoạch #2.txt", clean.encode("utf-8"), "ok")  # rich-markup-like name
    add("good/plan.pdf", lambda p: make_text_pdf(p, lines, pages=2), "ok")
    add("good/plan.docx", lambda p: make_docx(p, lines), "ok")
    add("good/scan.png", lambda p: make_text_image(p, lines[:8]), "ok")
    add("good/utf16-no-bom.txt", clean.encode("utf-16-le"), "ok")
    add("good/cp1258.txt", clean.encode("cp1258", errors="ignore"), "ok")
    add("good/archive.zip", zip_bytes({"inner/plan.txt": clean.encode()}), "ok", display="")
    cases.append(Case("good/archive.zip/inner/plan.txt", "ok"))

    # non-plans: processed, warned, is_plan false
    add("nonplan/recipe.txt", RECIPE.encode(), "nonplan", r"does not look like a plan")
    add("nonplan/empty.txt", b"", "nonplan", r"no text|does not look like a plan")

    # broken inputs
    add("bad/random.bin", rng.randbytes(4096), "error", r"unsupported format")
    add("bad/program.exe", b"MZ\x90\x00\x03" + rng.randbytes(2000), "error", r"unsupported format")
    add("bad/sheet.xlsx", zip_bytes({"[Content_Types].xml": b"<Types/>", "xl/workbook.xml": b"<workbook/>"}),
        "", display="")
    cases.append(Case("bad/sheet.xlsx", "error", r"unsupported format", members=True))
    add("bad/old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(2000), "error", r"damaged Word document")

    def truncated_pdf(p: Path) -> None:
        make_text_pdf(p, lines)
        p.write_bytes(p.read_bytes()[: p.stat().st_size // 3])

    add("bad/truncated.pdf", truncated_pdf, "error", r"corrupt|truncated|PDF")
    add("bad/corrupt.pdf", b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >>\nendobj\n" + rng.randbytes(800)
        + b"\n%%EOF\n", "error", r"corrupt|PDF")
    add("bad/encrypted.pdf", lambda p: make_text_pdf(p, lines, encrypt="secret"), "error", r"encrypt|password")
    add("bad/bomb.png", png_bomb(), "error", r"bomb|too large")
    add("bad/garbage.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
        + rng.randbytes(3000), "error", r"image|corrupt|truncated")
    add("bad/not-a-zip.docx", "Đây không phải là tệp DOCX".encode() * 20, "error", r"docx|corrupt")
    # bytes undefined in UTF-8, cp1252 and cp1258 alike, odd length (not UTF-16)
    add("bad/undecodable.txt", bytes(rng.choice([0x81, 0x8D, 0x8F, 0x90, 0x9D]) for _ in range(3001)), "error",
        r"encoding|decod")
    add("bad/huge.txt", ("Kế hoạch đào tạo nghề nghiệp cho lao động nông thôn.\n" * 5000).encode(), "error",
        r"limit|characters")
    add("bad/nul-bytes.txt", clean[:3000].encode().replace(b" ", b"\x00", 40), "error", r"NUL|binary")

    # archives
    big = b"0" * (60 << 20)  # 60 MiB of zeros deflate to ~60 KiB: ratio ~1000
    add("bad/zipbomb.zip", zip_bytes({"bomb.txt": big}), "", display="")
    cases.append(Case("bad/zipbomb.zip/bomb.txt", "error", r"bomb|ratio|exceeds"))
    slip_target = outside / f"evil-{uuid.uuid4().hex}.txt"
    add("bad/zipslip.zip", zip_bytes({"../evil.txt": b"pwned", str(slip_target): b"pwned",
                                      "ok/plan.txt": clean.encode()}), "", display="")
    cases.append(Case("bad/zipslip.zip/ok/plan.txt", "ok"))
    zipped = zip_bytes({"plan.txt": clean.encode()})
    add("bad/truncated.zip", zipped[: len(zipped) // 2], "error", r"corrupt|archive|zip")
    deep = zip_bytes({"plan.txt": clean.encode()})
    for level in range(3):
        deep = zip_bytes({f"level{level}.zip": deep})
    add("bad/deep.zip", deep, "", display="")
    cases.append(Case("bad/deep.zip/level2.zip/level1.zip", "error", r"nested|deep"))

    def links_tar(p: Path) -> None:
        tar_with(p, [(tar_info("passwd", tarfile.SYMTYPE, linkname="/etc/passwd"), None),
                     (tar_info("hard", tarfile.LNKTYPE, linkname="passwd"), None),
                     (tar_info("plan.txt", size=len(clean.encode())), clean.encode())])

    add("bad/links.tar", links_tar, "", display="")
    cases += [Case("bad/links.tar/passwd", "error", r"link"), Case("bad/links.tar/hard", "error", r"link"),
              Case("bad/links.tar/plan.txt", "ok")]

    def special_tar(p: Path) -> None:
        fifo, dev = tar_info("fifo", tarfile.FIFOTYPE), tar_info("null", tarfile.CHRTYPE)
        dev.devmajor, dev.devminor = 1, 3
        tar_with(p, [(fifo, None), (dev, None)])

    add("bad/special.tar", special_tar, "", display="")
    cases += [Case("bad/special.tar/fifo", "error", r"special|fifo"),
              Case("bad/special.tar/null", "error", r"special|device")]

    # a symlink in the folder, pointing outside the corpus
    secret = outside / "secret.txt"
    secret.write_text(clean, encoding="utf-8")
    (root / "bad" / "link.txt").symlink_to(secret)
    cases.append(Case("bad/link.txt", "error", r"symbolic link"))

    # a PDF over --max-pages: refused, or read up to the limit with a warning (see test_batch_runner)
    add("limits/many-pages.pdf", lambda p: make_text_pdf(p, lines, pages=MAX_PAGES + 3), "maxpages",
        r"max.?pages|pages")
    return cases


def tree_digest(root: Path) -> dict[str, str]:
    """Every entry under ``root`` (symlinks not followed) → a hash of its bytes, link target or kind."""
    out = {}
    for p in sorted(root.rglob("*")):
        rel = p.relative_to(root).as_posix()
        if p.is_symlink():
            out[rel] = "link:" + os.readlink(p)
        elif p.is_file():
            out[rel] = hashlib.sha256(p.read_bytes()).hexdigest() + f":{p.stat().st_mode:o}"
        else:
            out[rel] = f"dir:{p.stat().st_mode:o}"
    return out


@pytest.fixture(scope="module")
def corpus_run(tmp_path_factory):
    base = tmp_path_factory.mktemp("corpus")
    corpus, outside, out = base / "corpus", base / "outside", base / "out"
    corpus.mkdir()
    outside.mkdir()
    cases = build_corpus(corpus, outside)
    locked = None
    if os.geteuid() != 0:  # root reads everything: the unreadable-folder case needs a normal user
        locked = corpus / "locked"
        (locked / "inner").mkdir(parents=True)
        (locked / "inner" / "plan.txt").write_text(sample_text("002"), encoding="utf-8")
    before = tree_digest(corpus)
    outside_before = tree_digest(outside)
    if locked is not None:
        locked.chmod(0)
        cases.append(Case("locked/", "error", r"cannot list|permission"))
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    started = time.monotonic()
    try:
        proc = subprocess.run(
            [sys.executable, "-m", "vetplan", "ingest", str(corpus), "-o", str(out), "--jobs", "2",
             "--timeout", "120", "--max-chars", str(MAX_CHARS), "--max-pages", str(MAX_PAGES)],
            capture_output=True, text=True, timeout=300, env=env, cwd=base,
        )
    finally:
        if locked is not None:
            locked.chmod(0o755)
    seconds = time.monotonic() - started
    records = [json.loads(line) for line in (out / "manifest.jsonl").read_text(encoding="utf-8").splitlines()]
    return {"base": base, "corpus": corpus, "outside": outside, "out": out, "cases": cases, "proc": proc,
            "records": records, "before": before, "outside_before": outside_before, "seconds": seconds,
            "slip": [p for p in outside.iterdir()]}


def test_corpus_has_at_least_20_kinds_of_broken_input(corpus_run):
    bad = [c for c in corpus_run["cases"] if c.expect in ("error", "nonplan", "maxpages")]
    assert len(bad) >= 20, len(bad)


def test_batch_finishes_with_exit_1_and_a_summary(corpus_run):
    proc = corpus_run["proc"]
    assert proc.returncode == 1, proc.stderr[-3000:]
    assert proc.stdout == "", "progress and messages belong on stderr"
    summary = r"\d+ ok, \d+ failed, 0 skipped \(2 not plans\) of \d+ in [\d.]+ s"
    assert re.search(summary, proc.stderr), proc.stderr[-2000:]
    assert "Traceback" not in proc.stderr, proc.stderr[-3000:]


def records_for(case: Case, records: list[dict]) -> list[dict]:
    """The record of ``case.input``, or (``members``) the records of its members when it was expanded."""
    exact = [r for r in records if r["input"] == case.input]
    if exact or not case.members:
        return exact
    return [r for r in records if r["input"].startswith(case.input + "/")]


def test_every_input_has_exactly_one_record_in_order(corpus_run):
    records = corpus_run["records"]
    inputs = [r["input"] for r in records]
    assert len(inputs) == len(set(inputs)), "one record per input"
    covered = set()
    for case in corpus_run["cases"]:
        found = records_for(case, records)
        assert found, f"no record for {case.input}"
        covered.update(r["input"] for r in found)
    # every other record is an archive member refused for a reason (the zip-slip entries)
    for r in records:
        if r["input"] not in covered:
            assert r["status"] == "error" and r["input"].startswith("bad/zipslip.zip/"), r
            assert re.search(r"zip-slip|escapes|absolute", r["error"]), r
    top = [i.split("/")[0] for i in inputs]
    assert top == sorted(top), "manifest follows the sorted folder walk"


def test_good_files_are_converted(corpus_run):
    by_input = {r["input"]: r for r in corpus_run["records"]}
    out = corpus_run["out"]
    for case in corpus_run["cases"]:
        if case.expect != "ok":
            continue
        rec = by_input[case.input]
        assert rec["status"] == "ok", rec
        plan = Plan.model_validate_json((out / rec["output"]).read_text(encoding="utf-8"))
        assert plan.source.path == case.input
        assert plan.source.sha256 == rec["sha256"]
        assert plan.is_plan, (case.input, plan.plan_confidence, plan.warnings)


def test_non_plans_are_processed_with_a_warning(corpus_run):
    by_input = {r["input"]: r for r in corpus_run["records"]}
    for case in corpus_run["cases"]:
        if case.expect != "nonplan":
            continue
        rec = by_input[case.input]
        assert rec["status"] == "ok", rec
        assert rec["is_plan"] is False, rec
        assert any(re.search(case.reason, w, re.I) for w in rec["warnings"]), rec
        plan = Plan.model_validate_json((corpus_run["out"] / rec["output"]).read_text(encoding="utf-8"))
        assert plan.plan_confidence < 0.5


def test_bad_files_have_an_error_naming_them_and_a_reason(corpus_run):
    by_input = {r["input"]: r for r in corpus_run["records"]}
    for case in corpus_run["cases"]:
        if case.expect == "error":
            for rec in records_for(case, corpus_run["records"]):
                assert rec["status"] == "error", rec
                assert rec["output"] is None
                name = case.input.rstrip("/").rsplit("/", 1)[-1]
                assert name in rec["error"], rec
                assert re.search(case.reason, rec["error"], re.I), (case.reason, rec["error"])
        elif case.expect == "maxpages":
            rec = by_input[case.input]  # refused, or truncated with a warning: never silently whole
            if rec["status"] == "error":
                assert re.search(case.reason, rec["error"], re.I), rec
            else:
                assert any(re.search(case.reason, w, re.I) for w in rec["warnings"]), rec
                plan = Plan.model_validate_json((corpus_run["out"] / rec["output"]).read_text(encoding="utf-8"))
                assert plan.source.pages <= MAX_PAGES


def test_output_folder_holds_only_the_jsons_and_the_manifest(corpus_run):
    out = corpus_run["out"]
    expected = {r["output"] for r in corpus_run["records"] if r["status"] == "ok"} | {"manifest.jsonl"}
    present = {p.relative_to(out).as_posix() for p in out.rglob("*") if not p.is_dir()}
    assert present == expected
    for p in out.rglob("*"):
        assert not p.is_symlink()
        assert p.resolve().is_relative_to(out.resolve())


def test_nothing_written_outside_the_output_folder(corpus_run):
    base = corpus_run["base"]
    assert tree_digest(corpus_run["outside"]) == corpus_run["outside_before"]
    assert not list(base.rglob("evil*.txt")) or all(p.parent == corpus_run["outside"] for p in base.rglob("evil*"))
    for p in corpus_run["outside"].glob("evil-*"):
        pytest.fail(f"zip-slip wrote {p}")
    assert not (base / "evil.txt").exists() and not (corpus_run["corpus"] / "evil.txt").exists()
    assert sorted(p.name for p in base.iterdir()) == ["corpus", "out", "outside"]


def test_inputs_are_unchanged(corpus_run):
    assert tree_digest(corpus_run["corpus"]) == corpus_run["before"]


def test_rerun_with_resume_skips_everything_good_and_redoes_only_failures(corpus_run, tmp_path):
    out = tmp_path / "out"
    shutil.copytree(corpus_run["out"], out)
    proc = subprocess.run(
        [sys.executable, "-m", "vetplan", "ingest", str(corpus_run["corpus"]), "-o", str(out), "--resume", "-q",
         "--jobs", "2", "--max-chars", str(MAX_CHARS), "--max-pages", str(MAX_PAGES)],
        capture_output=True, text=True, timeout=300, env={**os.environ, "OMP_THREAD_LIMIT": "1"},
    )
    assert proc.returncode == 1 and proc.stdout == "" and proc.stderr == ""
    first = {r["input"]: r for r in corpus_run["records"]}
    second = [json.loads(line) for line in (out / "manifest.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [r["input"] for r in second] == list(first)
    for r in second:
        if first[r["input"]]["status"] == "ok":
            assert r["status"] == "skipped" and r["output"] == first[r["input"]]["output"], r
            assert r["is_plan"] == first[r["input"]]["is_plan"]
        else:
            assert r["status"] == "error" and r["error"] == first[r["input"]]["error"]
