"""The main job end to end on scans: a clean reference plan rendered as scanned-looking page images in a PDF,
read and built as ``vetplan ingest`` does (``read_document``: its own Tesseract ``-l vie`` OCR;
``build_plan``: the ``ocr_vie`` repair and extraction; in process, so the OCR as read is at hand). Prints, per
scan, the syllables right (letters-only, aligned, as ``restore.py`` counts) as OCR'd and after repair, and
the fields extracted against those of the clean text (header fields, section kinds, target recall), beside
the same fields extracted from the OCR without repair (the baseline).

Usage: ``python benchmarks/scan_to_plan.py [--shared ../shared]`` (about 1 min: two scans, OCR with 2 jobs).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("OMP_THREAD_LIMIT", "1")
sys.path.insert(0, str(Path(__file__).resolve().parent))

import extract_after_repair as fields_of  # noqa: E402 - the same field comparison
import restore  # noqa: E402 - the same syllable accuracy

from vetplan.normalize.synth import fitted_lines, render_page  # noqa: E402

#: (label, font, dpi, degradation seed): used by no other benchmark
SCANS = [
    ("Liberation Sans Bold 200 dpi", "/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf", 200, 9601),
    ("Liberation Serif 300 dpi", "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf", 300, 9701),
]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=str(Path(__file__).resolve().parents[2] / "shared"))
    args = ap.parse_args()
    ref = (Path(args.shared) / "reference" / "000_663358d11c2db32e.txt").read_text(encoding="utf-8")
    from PIL import Image

    from vetplan.ingest import read_document
    from vetplan.pipeline import assemble_text, build_plan

    print("reference 000 as a scanned PDF -> read_document (tesseract -l vie) -> build_plan (ocr_vie repair,"
          " extraction), as vetplan ingest runs them")
    for label, font, dpi, seed in SCANS:
        lines = fitted_lines(ref, font=font, dpi=dpi)
        clean = "\n".join(lines)
        with tempfile.TemporaryDirectory() as td:
            pages = []
            for k in range(0, len(lines), 40):
                png = os.path.join(td, f"p{k}.png")
                render_page(lines[k:k + 40], png, font=font, dpi=dpi, degrade=seed + k)
                pages.append(Image.open(png).convert("L"))
            pdf = Path(td, "scan.pdf")
            pages[0].save(pdf, save_all=True, append_images=pages[1:], resolution=dpi)
            raw = read_document(pdf, ocr_jobs=2)
        as_ocrd, _ = assemble_text(raw.pages)
        plan = build_plan(raw)
        ok, n = restore.accuracy(clean, plan.text)
        ok0, _ = restore.accuracy(clean, as_ocrd)
        want = fields_of.fields(clean)
        got = fields_of.compare(want, fields_of.fields(plan.text))
        base = fields_of.compare(want, fields_of.fields(as_ocrd))
        print(f"  {label:30s} pages {plan.source.pages:2d}  damage {plan.normalization.damage:8s}"
              f" syllables {100 * ok0 / n:6.2f}% as OCR'd -> {100 * ok / n:6.2f}%  | header {got[0]}/4 (OCR"
              f" {base[0]}/4), sections {'right' if got[1] else 'WRONG'} ({'right' if base[1] else 'wrong'}),"
              f" targets {100 * got[3]:.1f}% ({100 * base[3]:.1f}%)", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
