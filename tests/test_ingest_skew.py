"""A page scanned crooked is turned level before OCR; a level page is left as it is."""

from __future__ import annotations

from pathlib import Path

from builders import OCR_PAGES, cer, render_page
from PIL import Image

from vetplan.ingest import read_document
from vetplan.ingest.ocr import estimate_skew, straighten

LINES = OCR_PAGES[0] + OCR_PAGES[1] + OCR_PAGES[0]
TRUTH = "\n".join(LINES)


def _tilted(degrees: float) -> Image.Image:
    page = render_page(LINES, dpi=300, width_in=7.5)
    return page.rotate(degrees, expand=True, fillcolor=255, resample=Image.Resampling.BICUBIC)


def test_the_tilt_is_measured() -> None:
    for degrees in (0.0, 1.0, -2.5, 4.0, 7.0, -10.0, 13.0):
        assert abs(estimate_skew(_tilted(degrees)) + degrees) <= 0.3, degrees
    assert estimate_skew(_tilted(90)) == 0.0  # lines running down the page are no tilt (Tesseract turns them)
    assert estimate_skew(Image.new("L", (1000, 1400), 255)) == 0.0


def test_crooked_scans_are_read(tmp_path: Path) -> None:
    for degrees in (7.0, -10.0):  # Tesseract alone read nothing of either
        path = tmp_path / f"tilted{degrees}.png"
        _tilted(degrees).save(path, dpi=(300, 300))
        assert cer(read_document(path).pages[0].text, TRUTH) < 0.02, degrees


def test_level_and_slightly_tilted_pages_are_left_alone() -> None:
    for degrees in (0.0, 1.0):  # (Tesseract straightens small tilts itself)
        page = _tilted(degrees)
        assert straighten(page) is page
