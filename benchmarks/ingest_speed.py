"""Ingest speed: OCR per-stage breakdown and pages/s, each beside bare Tesseract measured in the same run,
then text-extraction time per format.

Pages are realistic: A4, 40 lines of plan text (samples 002/003) in 13 pt Liberation Serif, scanned at
300 dpi (``--dpi``); ``--noisy`` adds skew, blur and speckle.  Sections:

  stages     one image-only PDF page through vetplan's OCR path, stage by stage (CPU ms of this process,
             tesseract as CPU s of its process), beside ``tesseract page.png stdout -l vie --psm 3``
  pages/s    read_document on the PDF, PNG and TIFF, ocr_jobs=1 and 2, beside 1 and 2 bare tesseracts
             run at once on the page (what the cores really give); peak RSS of this process
  text       txt, legacy txt, text-layer PDF, DOCX; for the PDF, per page: read_document and its pdfium text
             reader beside pdfplumber's text + page.images (the reader before), timed in the same run

Usage: python benchmarks/ingest_speed.py [--pages N] [--dpi D] [--noisy] [--skip-text]
"""

from __future__ import annotations

import argparse
import io
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
os.environ.setdefault("OMP_THREAD_LIMIT", "1")

from builders import LIBERATION_SERIF, cer, make_docx, make_text_pdf  # noqa: E402
from PIL import Image, ImageDraw, ImageFilter, ImageFont  # noqa: E402

from vetplan.ingest import read_document  # noqa: E402

A4_IN = (8.27, 11.69)
TESS = ["tesseract", "{}", "stdout", "-l", "vie", "--psm", "3"]


def sample_lines() -> list[str]:
    """Clean lines (paragraphs) from the clean samples (002, 003)."""
    lines: list[str] = []
    for name in ("002_3303c71ebc34c61c.txt", "003_6086171514853b72.txt"):
        text = (ROOT / "samples" / name).read_text(encoding="utf-8")
        lines += [" ".join(x.replace("*", "").split()) for x in text.splitlines() if len(x.split()) >= 4]
    return lines


def page_lines(paras: list[str], page: int, n_lines: int, pt: float = 13) -> list[str]:
    """``n_lines`` lines of wrapped plan text as they fall on an A4 page with 1.2/0.8 in margins."""
    font = ImageFont.truetype(LIBERATION_SERIF, 100)
    width = (A4_IN[0] - 2.0) * 72 / pt * 100
    out: list[str] = []
    i = page * 7
    while len(out) < n_lines:
        cur = ""
        for w in paras[i % len(paras)].split():
            t = f"{cur} {w}".strip()
            if font.getlength(t) <= width:
                cur = t
            else:
                out.append(cur)
                cur = w
        out.append(cur)
        i += 1
    return out[:n_lines]


def render_a4(lines: list[str], dpi: int, noisy: bool = False, seed: int = 0, pt: float = 13) -> Image.Image:
    """An A4 scan of ``lines`` (grayscale); ``noisy``: 1.2° skew, blur, grain and speckles."""
    import numpy as np

    w, h = round(A4_IN[0] * dpi), round(A4_IN[1] * dpi)
    px = round(pt * dpi / 72)
    font = ImageFont.truetype(LIBERATION_SERIF, px)
    img = Image.new("L", (w, h), 255)
    draw = ImageDraw.Draw(img)
    top = round(0.8 * dpi)
    step = min((h - top - round(0.7 * dpi)) / max(1, len(lines)), px * 1.5)
    for i, line in enumerate(lines):
        draw.text((round(1.2 * dpi), top + round(i * step)), line, font=font, fill=0)
    if noisy:
        img = img.rotate(1.2, resample=Image.Resampling.BILINEAR, fillcolor=255)
        img = img.filter(ImageFilter.GaussianBlur(0.6 * dpi / 300))
        rng = np.random.default_rng(seed)
        a = np.asarray(img, dtype=np.float32) + rng.normal(-10, 18, (h, w))
        a[rng.random(a.shape) < 0.002] = 0
        img = Image.fromarray(np.clip(a, 0, 255).astype("uint8"), "L")
    return img


def child_cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def run_tess(args: list[str]) -> tuple[float, float, str]:
    """Wall seconds, CPU seconds and stdout of one tesseract process."""
    t = time.perf_counter()
    p = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    out = p.stdout.read() if p.stdout else b""
    _, _, ru = os.wait4(p.pid, 0)
    return time.perf_counter() - t, ru.ru_utime + ru.ru_stime, out.decode("utf-8", "replace")


def cpu_ms(fn: Callable[[], object], repeat: int = 3) -> tuple[float, object]:
    """Best CPU milliseconds (this process) of ``repeat`` calls, and the last result."""
    best, res = float("inf"), None
    for _ in range(repeat):
        t = time.process_time()
        res = fn()
        best = min(best, time.process_time() - t)
    return best * 1000, res


def bench_stages(pdf: Path, png: Path, truth: str, reps: int) -> float:
    """Stage-by-stage time of page 1 of ``pdf``; return bare tesseract CPU s on the same page."""
    import pypdfium2 as pdfium

    from vetplan.ingest import ocr
    from vetplan.ingest import pdf as vpdf

    data = pdf.read_bytes()
    ocr.tesseract_version.cache_clear()
    ocr.check_languages.cache_clear()
    v_ms, _ = cpu_ms(ocr.tesseract_version, 1)
    t = time.perf_counter()
    ocr.check_languages("vie")
    checks = time.perf_counter() - t

    def probe() -> None:  # what read_pdf does first on every page: the pdfium text layer + image coverage
        doc = pdfium.PdfDocument(data)
        try:
            vpdf._pdfium_read(doc[0])
        finally:
            doc.close()

    probe_ms, _ = cpu_ms(probe)
    # a fresh document per call: pdfium caches decoded images, a page is only read once in real use
    img_ms, (img, dpi) = cpu_ms(lambda: vpdf.page_image(pdfium.PdfDocument(data)[0]))  # type: ignore[misc]
    old_ms, _ = cpu_ms(lambda: pdfium.PdfDocument(data)[0].render(scale=300 / 72, grayscale=True).to_pil())
    prep_ms, (gray, dpi2) = cpu_ms(lambda: ocr.fit_resolution(ocr.prepare_image(img), dpi))  # type: ignore[misc]
    with tempfile.TemporaryDirectory() as d:
        tif, pgm = Path(d) / "p.tif", Path(d) / "p.pgm"
        write_ms, _ = cpu_ms(lambda: gray.save(tif, format="TIFF"))
        gray.save(pgm, format="PPM")
        variants = {
            "vetplan: tesseract TIFF ... tsv": [a.format(tif) for a in TESS] + ["--dpi", str(dpi2), "tsv"],
            "  same, txt output": [a.format(tif) for a in TESS] + ["--dpi", str(dpi2)],
            "  same, PGM input (before)": [a.format(pgm) for a in TESS] + ["--dpi", str(dpi2), "tsv"],
            "bare: tesseract page.png (txt)": [a.format(png) for a in TESS],
            "  bare, tsv output": [a.format(png) for a in TESS] + ["tsv"],
        }
        best = {k: (float("inf"), float("inf"), "") for k in variants}
        for _ in range(reps):  # interleaved, so a noisy neighbour hits all alike
            for k, args in variants.items():
                w, c, out = run_tess(args)
                if c < best[k][1]:
                    best[k] = (w, c, out)
    tsv = best["vetplan: tesseract TIFF ... tsv"][2]
    parse_ms, (text, _) = cpu_ms(lambda: ocr.parse_tsv(tsv))  # type: ignore[misc]
    bare_cpu = best["bare: tesseract page.png (txt)"][1]
    tess_cpu = best["vetplan: tesseract TIFF ... tsv"][1]
    own = probe_ms + img_ms + prep_ms + write_ms + parse_ms
    print(f"\nstages, page 1 of the PDF ({img.size[0]}x{img.size[1]} at {dpi} dpi; CPU; best of 3, "
          f"tesseract best of {reps})")
    rows = [
        ("tesseract --version, --list-langs", f"{v_ms:6.1f} ms", f"once per process ({checks * 1000:.0f} ms wall)"),
        ("text-layer probe (pdfium)", f"{probe_ms:6.1f} ms", "finds no usable text, so the page is OCR'd"),
        ("page image (native scan)", f"{img_ms:6.1f} ms", f"was: pdfium render at 300 dpi {old_ms:.0f} ms"),
        ("grayscale + resolution fit", f"{prep_ms:6.1f} ms", ""),
        ("uncompressed TIFF write", f"{write_ms:6.1f} ms", ""),
        ("TSV parse", f"{parse_ms:6.1f} ms", f"CER {cer(text, truth):.4f}"),
    ]
    for label, value, note in rows:
        print(f"  {label:34s} {value:>10s}   {note}")
    for k, (w, c, out) in best.items():
        err = cer(ocr.parse_tsv(out)[0] if "tsv" in k or "PGM" in k else out, truth)
        print(f"  {k:34s} {c:8.2f} s   cpu ({w:.2f} s wall), {c / bare_cpu:.2f}x bare, CER {err:.4f}")
    print(f"  vetplan's own per-page work      {own:6.1f} ms   = {own / 1000 / tess_cpu:.1%} of its tesseract time")
    return bare_cpu


def bench_pages(files: dict[str, Path], png: Path, truths: list[str], n_pages: int, reps: int) -> None:
    """Pages/s of read_document per input kind and job count, beside bare tesseracts run at once."""
    cores = os.cpu_count() or 1
    print(f"\npages/s ({n_pages} pages; best of {reps}; {cores} cores; load {os.getloadavg()[0]:.2f})")
    print(f"  {'':26s} {'vetplan':>8s} {'bare':>8s} {'ratio':>6s}  CPU s/page vetplan (bare)")
    for jobs in sorted({1, min(2, cores)}):
        bare_w, bare_c = float("inf"), 0.0
        args = [a.format(png) for a in TESS]
        for _ in range(reps):
            c0, t = child_cpu(), time.perf_counter()
            procs = [subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL) for _ in range(jobs)]
            for p in procs:
                p.wait()
            w = time.perf_counter() - t
            if w < bare_w:
                bare_w, bare_c = w, (child_cpu() - c0) / jobs
        bare_rate = jobs / bare_w
        for label, f in files.items():
            best, cpu, doc = float("inf"), 0.0, None
            for _ in range(reps):
                c0, p0, t = child_cpu(), time.process_time(), time.perf_counter()
                doc = read_document(f, ocr_jobs=jobs)
                w = time.perf_counter() - t
                if w < best:
                    best, cpu = w, (child_cpu() - c0 + time.process_time() - p0) / n_pages
            assert doc is not None
            err = sum(cer(p.text, t) for p, t in zip(doc.pages, truths, strict=True)) / n_pages
            rate = n_pages / best
            print(f"  {label + f', ocr_jobs={jobs}':26s} {rate:8.2f} {bare_rate:8.2f} {rate / bare_rate:6.2f}  "
                  f"{cpu:.2f} ({bare_c:.2f}), CER {err:.4f}")
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"  peak RSS: this process {rss:.0f} MB; children {kids:.0f} MB (a forked child counts the parent's "
          "pages until exec: not tesseract's own size, ~70 MB per 300-dpi A4 page by /usr/bin/time)")


def bench_text(lines: list[str], d: Path) -> None:
    from vetplan.ingest.legacy import encode_legacy

    text = "\n".join(lines)
    txt = d / "plan.txt"
    txt.write_text(text, encoding="utf-8")
    tcvn = d / "plan-tcvn3.txt"
    ok = [x for x in lines if all(_enc_ok(c) for c in x)]
    tcvn.write_bytes(encode_legacy("\n".join(ok), "tcvn3"))
    chunks = [lines[i : i + 45] for i in range(0, len(lines), 45)]
    pdf = make_text_pdf(d / "plan.pdf", chunks)
    docx = make_docx(d / "plan.docx", lines, [["STT", "Đơn vị", "Chỉ tiêu"]] * 20)
    print(f"\ntext extraction ({len(lines)} lines; best of 3 wall):")
    for label, f in (("txt utf-8", txt), ("txt tcvn3", tcvn), (f"pdf-text ({len(chunks)} pages)", pdf),
                     ("docx", docx)):
        best, doc = float("inf"), None
        for _ in range(3):
            t = time.perf_counter()
            doc = read_document(f)
            best = min(best, time.perf_counter() - t)
        print(f"  {label:22s} {best * 1000:8.1f} ms  ({f.stat().st_size / 1024:.0f} KiB)")
        if f is pdf and doc is not None:
            bench_pdf_text(pdf, [p.text for p in doc.pages], best)


def bench_pdf_text(pdf: Path, texts: list[str], read_s: float) -> None:
    """Per page: read_document and its pdfium text reader, beside pdfplumber (the reader before) in this run."""
    import unicodedata

    import pdfplumber
    import pypdfium2 as pdfium

    from vetplan.ingest import pdf as vpdf

    data = pdf.read_bytes()
    n = len(texts)

    def plumber() -> list[str]:  # what read_pdf did per page before: text, then image coverage
        out = []
        with pdfplumber.open(io.BytesIO(data)) as plumb:
            for page in plumb.pages:
                out.append(page.extract_text(layout=False) or "")
                vpdf._image_coverage(page)
        return out

    def pdfium_reader() -> list[str]:
        doc = pdfium.PdfDocument(data)
        try:
            return [vpdf._pdfium_read(doc[i])[0] or "" for i in range(len(doc))]
        finally:
            doc.close()

    old_ms, old = cpu_ms(plumber)
    new_ms, _ = cpu_ms(pdfium_reader)
    same = sum(unicodedata.normalize("NFC", a) == b for a, b in zip(old, texts, strict=True))  # type: ignore[arg-type]
    print(f"    per page: read_document {read_s * 1000 / n:6.1f} ms; text layer + image coverage (CPU, best of 3): "
          f"pdfium {new_ms / n:5.1f} ms, pdfplumber {old_ms / n:6.1f} ms (the reader before) = {old_ms / new_ms:.0f}x; "
          f"same text as pdfplumber on {same}/{n} pages")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pages", type=int, default=2, help="OCR pages (default 2)")
    ap.add_argument("--lines-per-page", type=int, default=40)
    ap.add_argument("--dpi", type=int, default=300, help="scan resolution (default 300)")
    ap.add_argument("--noisy", action="store_true", help="skewed, blurred, speckled scans")
    ap.add_argument("--reps", type=int, default=2, help="repeats of each OCR timing (best kept)")
    ap.add_argument("--skip-text", action="store_true", help="OCR sections only")
    args = ap.parse_args()
    paras = sample_lines()
    pages = [page_lines(paras, p, args.lines_per_page) for p in range(args.pages)]
    truths = ["\n".join(p) for p in pages]
    imgs = [render_a4(p, args.dpi, args.noisy, seed=i) for i, p in enumerate(pages)]
    dpi = args.dpi
    print(f"OCR: {args.pages} A4 pages x {args.lines_per_page} lines, 13 pt serif, {dpi} dpi"
          f"{', noisy' if args.noisy else ''}; tesseract -l vie --psm 3, "
          f"OMP_THREAD_LIMIT={os.environ['OMP_THREAD_LIMIT']}")
    with tempfile.TemporaryDirectory() as tmp:
        d = Path(tmp)
        pdf, png, tif = d / "scan.pdf", d / "page1.png", d / "scan.tif"
        # (TIFF first: Pillow's multi-page PDF writer leaves state on the appended images that breaks it)
        imgs[0].save(tif, save_all=True, append_images=imgs[1:], dpi=(dpi, dpi), compression="tiff_deflate")
        imgs[0].save(pdf, "PDF", save_all=True, append_images=imgs[1:], resolution=float(dpi))
        imgs[0].save(png, dpi=(dpi, dpi))
        bench_stages(pdf, png, truths[0], args.reps)
        bench_pages({"image-only PDF": pdf, "TIFF": tif}, png, truths, args.pages, args.reps)
        if not args.skip_text:
            bench_text(paras, d)


def _enc_ok(c: str) -> bool:
    from vetplan.ingest.legacy import encode_legacy

    try:
        encode_legacy(c, "tcvn3")
        return True
    except UnicodeEncodeError:
        return False


if __name__ == "__main__":
    main()
