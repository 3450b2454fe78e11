"""Ingest speed: OCR pages/second (1 job vs all cores, beside bare tesseract on one page) and
text-extraction time per format.

Usage: python benchmarks/ingest_speed.py [--pages N]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
os.environ.setdefault("OMP_THREAD_LIMIT", "1")

from builders import make_docx, make_text_pdf, render_page  # noqa: E402

from vetplan.ingest import read_document  # noqa: E402


def sample_lines() -> list[str]:
    """Clean lines from the clean samples (002, 003)."""
    lines: list[str] = []
    for name in ("002_3303c71ebc34c61c.txt", "003_6086171514853b72.txt"):
        text = (ROOT / "samples" / name).read_text(encoding="utf-8")
        lines += [" ".join(x.replace("*", "").split())[:90] for x in text.splitlines() if len(x.split()) >= 4]
    return lines


def timed(fn, repeat: int = 1) -> float:  # type: ignore[no-untyped-def]
    """Best wall time of ``repeat`` calls."""
    best = float("inf")
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t)
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--pages", type=int, default=4, help="OCR pages to render (default 4)")
    ap.add_argument("--lines-per-page", type=int, default=30)
    args = ap.parse_args()
    lines = sample_lines()
    cores = os.cpu_count() or 1
    with tempfile.TemporaryDirectory() as tmp:
        d = Path(tmp)
        per = args.lines_per_page
        pages = [[lines[(p * per + i) % len(lines)] for i in range(per)] for p in range(args.pages)]
        imgs = [render_page(p, dpi=300, font_pt=11, width_in=7.5) for p in pages]
        tif = d / "scan.tif"
        imgs[0].save(tif, save_all=True, append_images=imgs[1:], dpi=(300, 300), compression="tiff_deflate")
        print(f"OCR: {args.pages} pages of {per} lines, 300 dpi, tesseract -l vie, OMP_THREAD_LIMIT=1")
        png = d / "page1.png"
        imgs[0].save(png, dpi=(300, 300))
        bare = timed(lambda: subprocess.run(["tesseract", str(png), "stdout", "-l", "vie", "--psm", "3"],
                                            capture_output=True, check=True))
        print(f"  baseline, bare tesseract on one PNG page: {bare:6.2f} s  ->  {1 / bare:5.2f} pages/s")
        for jobs in sorted({1, cores}):
            t = timed(lambda j=jobs: read_document(tif, ocr_jobs=j))
            print(f"  ocr_jobs={jobs}: {t:6.2f} s  ->  {args.pages / t:5.2f} pages/s "
                  f"({args.pages / t * bare:.2f}x bare tesseract)")
        text = "\n".join(lines)
        txt = d / "plan.txt"
        txt.write_text(text, encoding="utf-8")
        tcvn = d / "plan-tcvn3.txt"
        from vetplan.ingest.legacy import encode_legacy

        ok = [x for x in lines if all(_enc_ok(c) for c in x)]
        tcvn.write_bytes(encode_legacy("\n".join(ok), "tcvn3"))
        chunks = [lines[i : i + 45] for i in range(0, len(lines), 45)]
        pdf = make_text_pdf(d / "plan.pdf", chunks)
        docx = make_docx(d / "plan.docx", lines, [["STT", "Đơn vị", "Chỉ tiêu"]] * 20)
        print(f"Text extraction ({len(lines)} lines; best of 3):")
        for label, f in (("txt utf-8", txt), ("txt tcvn3", tcvn), (f"pdf-text ({len(chunks)} pages)", pdf),
                         ("docx", docx)):
            t = timed(lambda f=f: read_document(f), repeat=3)
            print(f"  {label:22s} {t * 1000:8.1f} ms  ({f.stat().st_size / 1024:.0f} KiB)")


def _enc_ok(c: str) -> bool:
    from vetplan.ingest.legacy import encode_legacy

    try:
        encode_legacy(c, "tcvn3")
        return True
    except UnicodeEncodeError:
        return False


if __name__ == "__main__":
    main()
