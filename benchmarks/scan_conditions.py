"""How scans made under poor conditions are read: each condition's character error rate with vetplan's
handling of it and without (the handling switched off in the same run: the baseline).

Pages are reference 000 (text vetplan never tuned its OCR handling on) rendered scanned-looking
(``synth.render_page`` with a degradation seed; fonts and seeds used by no other benchmark), then:

  uneven light   a light gradient from full to 40%, a shadow, a vignette (a phone photo, a curled page)
                 → :func:`~vetplan.ingest.ocr.flatten_illumination` on / off
  low resolution a 150-dpi scan in a PDF → read from its own pixels / rendered up to 300 dpi (before)
  upside down    the page turned 180° and 90° → read again turned over when unsure / read once
  crooked        the page tilted 4°, 7° and -10° → turned level first / read as it is
  fax            a standard-resolution fax (204 x 98 dpi, Group 4 TIFF) → square pixels / as stored
  negative       white print on black (microfilm) → turned positive / Tesseract's per-line inversion
  dim photo      a positive page photographed dark (paper ~70 grey) → kept positive / inverted (before: any
                 page with a median grey under 100 was taken for a negative)
  huge page      two pages stitched into one 40,000-px strip, a 33,000-px-wide strip → read in bands /
                 narrowed; before, Tesseract refused them ("Image too large")
  red seal       the signature block under a red round seal, colour scan → red drop-out / luminance
  faint print    strokes a copier thinned to grey hairlines (blurred, then eroded), 200 and 250 dpi → read
                 again darkened when unsure / read once; and well-printed pages (not darkened: the same)
  specks         a page strewn with black dots of a pixel or two (a dirty copier glass), 200 and 250 dpi →
                 read again through a median filter when unsure / darkened only (before; the dots made by
                 tests/builders.py's ``with_specks``, as the test's page)
  blank page     a page of nothing but a copier's faint grain → read as blank / by Tesseract (before)

Usage: ``python benchmarks/scan_conditions.py [--shared ../shared]`` (about 7 min: the first blank page's
"before" alone keeps Tesseract busy for over 4).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

os.environ.setdefault("OMP_THREAD_LIMIT", "1")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

import numpy as np  # noqa: E402
from builders import cer, with_specks  # noqa: E402
from PIL import Image  # noqa: E402

from vetplan.ingest import ocr, read_document  # noqa: E402
from vetplan.normalize.synth import fitted_lines, render_page  # noqa: E402

SERIF = "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf"
SANS = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def scan(ref: str, k: int, font: str, dpi: int, seed: int, d: Path) -> tuple[Image.Image, str]:
    """Page ``k`` (35 lines) of the reference, rendered scanned-looking; with its truth."""
    lines = fitted_lines(ref, font=font, dpi=dpi, size_pt=13)[35 * k: 35 * k + 35]
    path = d / f"page{k}_{dpi}.png"
    render_page(lines, str(path), font=font, dpi=dpi, size_pt=13, degrade=seed)
    return Image.open(path).convert("L"), "\n".join(lines)


def timed(fn: Callable[[], str]) -> tuple[str, float]:
    """Text and CPU seconds (this process and Tesseract)."""
    r0, c0 = time.process_time(), os.times()
    out = fn()
    c1 = os.times()
    return out, time.process_time() - r0 + c1.children_user + c1.children_system - c0.children_user - c0.children_system


@contextmanager
def switched_off(module: object, name: str, off: object) -> Iterator[None]:
    """``module.name`` set to ``off`` (vetplan's handling of a condition switched off) for the block."""
    saved = getattr(module, name)
    setattr(module, name, off)
    try:
        yield
    finally:
        setattr(module, name, saved)


def now_and_before(read: Callable[[], str], module: object, name: str, off: object) -> tuple[
        tuple[str, float], tuple[str, float]]:
    """``read()`` timed as vetplan runs it, then with ``module.name`` switched to ``off``."""
    now = timed(read)
    with switched_off(module, name, off):
        return now, timed(read)


def row(label: str, truth: str, now: tuple[str, float], before: tuple[str, float]) -> None:
    print(f"  {label:34s} CER {cer(now[0], truth):7.4f} ({now[1]:4.1f} s)   before {cer(before[0], truth):7.4f} "
          f"({before[1]:4.1f} s)")


def uneven_light(ref: str, d: Path) -> None:
    print("uneven light (250 dpi): flatten_illumination / one global threshold (before)")
    for k, (name, seed) in enumerate((("gradient 100% to 40%", 9801), ("shadow", 9802), ("vignette", 9803))):
        page, truth = scan(ref, k, SERIF if k != 1 else SANS, 250, seed, d)
        h, w = page.height, page.width
        yy, xx = np.mgrid[0:h, 0:w]
        light = {
            0: 1.0 - 0.6 * xx / w,
            1: 1.0 - 0.55 * np.exp(-((xx - 0.7 * w) ** 2 + (yy - 0.4 * h) ** 2) / (2 * (0.25 * w) ** 2)),
            2: 1.0 - 0.25 * (((xx - w / 2) / (w / 2)) ** 2 + ((yy - h / 2) / (h / 2)) ** 2),
        }[k]
        lit = Image.fromarray(np.clip(np.asarray(page, dtype=np.float32) * light, 0, 255).astype(np.uint8), "L")
        even = timed(lambda p=page: ocr.ocr_image(p, "vie", 250).text)
        row(name, truth, *now_and_before(lambda p=lit: ocr.ocr_image(p, "vie", 250).text, ocr, "UNEVEN_LIGHT",
                                         float("inf")))
        print(f"  {'':34s} (the same page evenly lit: CER {cer(even[0], truth):.4f})")


def low_resolution(ref: str, d: Path) -> None:
    import pypdfium2 as pdfium

    print("low resolution (150 dpi scan in a PDF): its own pixels / rendered at 300 dpi (before)")
    for k, seed in ((3, 9811), (4, 9812)):
        page, truth = scan(ref, k, SERIF, 150, seed, d)
        pdf = d / f"low{k}.pdf"
        page.save(pdf, "PDF", resolution=150.0)
        now = timed(lambda f=pdf: read_document(f).pages[0].text)
        before = timed(lambda f=pdf: ocr.ocr_image(
            pdfium.PdfDocument(f)[0].render(scale=300 / 72, grayscale=True).to_pil(), "vie", 300).text)
        row(f"page {k + 1}", truth, now, before)


def upside_down(ref: str, d: Path) -> None:
    print("upside down / sideways (300 dpi): read again turned over when unsure / read once (before)")
    page, truth = scan(ref, 5, SERIF, 300, 9821, d)
    upright = timed(lambda: ocr.ocr_image(page, "vie", 300).text)
    for degrees in (180, 90):
        turned = page.rotate(degrees, expand=True, fillcolor=255)
        row(f"turned {degrees}°", truth, *now_and_before(lambda p=turned: ocr.ocr_image(p, "vie", 300).text, ocr,
                                                          "UNREAD_CONFIDENCE", -1.0))
    print(f"  {'upright (read once, as before)':34s} CER {cer(upright[0], truth):7.4f} ({upright[1]:4.1f} s)")


def crooked(ref: str, d: Path) -> None:
    print("crooked (300 dpi): turned level first / read as it is (before)")
    page, truth = scan(ref, 6, SANS, 300, 9831, d)
    for degrees in (4.0, 7.0, -10.0):
        tilted = page.rotate(degrees, expand=True, fillcolor=255, resample=Image.Resampling.BICUBIC)
        row(f"tilted {degrees:g}°", truth, *now_and_before(lambda p=tilted: ocr.ocr_image(p, "vie", 300).text, ocr,
                                                            "MIN_SKEW", float("inf")))


def fax(ref: str, d: Path) -> None:
    from vetplan.ingest import images

    print("fax (204 x 98 dpi, Group 4 TIFF): pixels made square / read as stored (before)")
    page, truth = scan(ref, 7, SERIF, 204, 0, d)
    squashed = page.resize((page.width, round(page.height * 98 / 204)), Image.Resampling.BOX)
    path = d / "fax.tif"
    squashed.point(lambda v: 255 if v > 128 else 0).convert("1").save(path, dpi=(204, 98), compression="group4")
    as_stored = lambda frame, dpi: (frame, round(float(dpi[0])) if dpi else None)  # noqa: E731
    row("fax page", truth, *now_and_before(lambda: read_document(path).pages[0].text, images, "square_pixels",
                                           as_stored))


def negative(ref: str, d: Path) -> None:
    from PIL import ImageOps

    print("negative (white on black): turned positive / Tesseract's own per-line inversion (before)")
    for k, (font, dpi, seed) in enumerate(((SERIF, 300, 9841), (SANS, 250, 9842), (SERIF, 200, 0))):
        page, truth = scan(ref, 8 + k, font, dpi, seed, d)
        neg = ImageOps.invert(page)
        row(f"negative {dpi} dpi", truth, *now_and_before(lambda p=neg, r=dpi: ocr.ocr_image(p, "vie", r).text, ocr,
                                                          "DARK_PAPER", 0))


def dim_photo(ref: str, d: Path) -> None:
    from PIL import ImageOps

    print("dim photo of a positive page (paper ~70 grey): kept positive / inverted as a negative (before)")
    for k, (font, dpi, seed) in enumerate(((SERIF, 250, 9851), (SANS, 300, 9852))):
        page, truth = scan(ref, 11 + k, font, dpi, seed, d)
        dim = Image.fromarray((np.asarray(page, dtype=np.float32) * 0.28).astype(np.uint8), "L")
        row(f"dim photo {dpi} dpi (median {int(np.median(np.asarray(dim)))})", truth, *now_and_before(
            lambda p=dim, r=dpi: ocr.ocr_image(p, "vie", r).text, ocr, "light_paper", ImageOps.invert))


def faint_print(ref: str, d: Path) -> None:
    from PIL import ImageFilter

    print("faint print (a copier's thinned strokes): read again darkened when unsure / read once (before)")
    for k, (font, dpi, seed, blur) in enumerate(((SERIF, 200, 9871, 0.5), (SANS, 200, 9872, 0.4),
                                                 (SERIF, 250, 9873, 0.6), (SANS, 250, 9874, 0.3))):
        page, truth = scan(ref, 1 + 2 * k, font, dpi, seed, d)
        faint = page.filter(ImageFilter.GaussianBlur(blur)).filter(ImageFilter.MaxFilter(3))
        row(f"faint {dpi} dpi (blur {blur})", truth, *now_and_before(
            lambda p=faint, r=dpi: ocr.ocr_image(p, "vie", r).text, ocr, "FAINT_CONFIDENCE", -1.0))
    for k, (font, dpi, seed) in enumerate(((SERIF, 300, 9875), (SANS, 200, 9876))):
        page, truth = scan(ref, 9 + 2 * k, font, dpi, seed, d)
        row(f"well printed {dpi} dpi", truth, *now_and_before(
            lambda p=page, r=dpi: ocr.ocr_image(p, "vie", r).text, ocr, "FAINT_CONFIDENCE", -1.0))


def specks(ref: str, d: Path) -> None:
    print("specks (one pixel in 60 a black dot): read again despeckled when unsure / darkened only (before)")
    for k, (font, dpi, seed) in enumerate(((SERIF, 200, 9891), (SANS, 250, 9892))):
        page, truth = scan(ref, 2 + 2 * k, font, dpi, seed, d)
        specked = with_specks(page, seed)
        row(f"specks {dpi} dpi", truth, *now_and_before(
            lambda p=specked, r=dpi: ocr.ocr_image(p, "vie", r).text, ocr, "despeckle", lambda g: g))


def blank(d: Path) -> None:
    from PIL import ImageFilter

    from vetplan.normalize.synth import scan_like

    print("blank page of faint grain (200 dpi): read as blank / by Tesseract (before)")
    for seed in (9871, 9881):
        grain = scan_like(Image.new("L", (1654, 2338), 255), seed).filter(ImageFilter.GaussianBlur(0.5))
        grain = grain.filter(ImageFilter.MaxFilter(3))
        now, before = now_and_before(lambda g=grain: ocr.ocr_image(g, "vie", 200).text, ocr, "BLANK_MAX_INK", 0)
        print(f"  {f'grain {seed}':34s} {len(now[0].split()):3d} words ({now[1]:5.1f} s)   before "
              f"{len(before[0].split()):3d} words ({before[1]:5.1f} s)")


def huge_page(ref: str, d: Path) -> None:
    print("page past Tesseract's 32,767-px limit (300 dpi): read in bands / narrowed; before: refused")
    (top, top_truth), (bottom, bottom_truth) = (scan(ref, k, SERIF, 300, 9861 + k, d) for k in range(2))
    tall = Image.new("L", (max(top.width, bottom.width), 40_000), 255)
    tall.paste(top, (0, 0))
    tall.paste(bottom, (0, tall.height - bottom.height))
    wide = Image.new("L", (33_000, top.height), 255)
    wide.paste(top, (0, 0))
    for label, img, truth in (("two pages in a 40,000-px strip", tall, top_truth + "\n" + bottom_truth),
                              ("a page in a 33,000-px-wide strip", wide, top_truth)):
        text, secs = timed(lambda i=img: ocr.ocr_image(i, "vie", 300).text)
        print(f"  {label:34s} CER {cer(text, truth):7.4f} ({secs:4.1f} s)   before  refused")


def red_seal(d: Path) -> None:
    from test_ingest_red_seal import RIGHT, signature_block

    from vetplan.pipeline import build_plan

    print("red seal over the signature block (colour scan, 300 dpi): red drop-out / luminance (before)")
    for colour in ((215, 35, 45), (200, 50, 60), (185, 25, 70)):
        path = d / "sealed.png"
        signature_block(colour).save(path, dpi=(300, 300))
        doc = read_document(path)
        with switched_off(ocr, "RED_INK_SHARE", float("inf")):
            old = read_document(path)
        for label, got in (("now", doc), ("before", old)):
            lines = [ln.replace(" ", "") for ln in got.pages[0].text.splitlines()]
            titles = sum(t.replace(" ", "") in lines for t in RIGHT[:3])
            signer = build_plan(got).document.signer
            print(f"  seal {colour!s:15s} {label:6s}: title lines read {titles}/3, signer "
                  f"{(signer.position, signer.name) if signer else None}")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    args = ap.parse_args()
    ref = (Path(args.shared) / "reference" / "000_663358d11c2db32e.txt").read_text(encoding="utf-8")
    print(f"scan conditions: CER (CPU s incl. Tesseract) with vetplan's handling / without; {ocr.tesseract_version()}")
    with tempfile.TemporaryDirectory() as tmp:
        d = Path(tmp)
        uneven_light(ref, d)
        low_resolution(ref, d)
        upside_down(ref, d)
        crooked(ref, d)
        fax(ref, d)
        negative(ref, d)
        dim_photo(ref, d)
        faint_print(ref, d)
        specks(ref, d)
        blank(d)
        huge_page(ref, d)
        red_seal(d)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
