"""A page image past Tesseract's size limit (32,767 pixels a side: "Image too large") is still read: pages
stitched into one tall scan are read in bands cut between lines, a too-wide strip is narrowed."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from builders import OCR_PAGES, cer, render_page
from PIL import Image

from vetplan.ingest import read_document
from vetplan.ingest.ocr import MAX_OCR_SIDE, tall_page_bands


def _stitched(pages: list[Image.Image], height: int) -> Image.Image:
    """``pages`` spread down one white image ``height`` pixels tall (a stitched scan; blank between them)."""
    width = max(p.width for p in pages)
    out = Image.new("L", (width, height), 255)
    step = (height - pages[-1].height) // (len(pages) - 1)
    for k, page in enumerate(pages):
        out.paste(page, (0, k * step))
    return out


def test_a_tall_stitched_scan_is_read_in_bands(tmp_path: Path) -> None:
    first, second = (render_page(lines, dpi=300) for lines in OCR_PAGES[:2])
    tall = _stitched([first, second], 40_000)
    path = tmp_path / "stitched.png"
    tall.save(path, dpi=(300, 300))
    doc = read_document(path)
    truth = "\n".join(OCR_PAGES[0] + OCR_PAGES[1])
    assert cer(doc.pages[0].text, truth) < 0.02  # both pages, the top and the bottom of the strip


def test_bands_are_cut_between_lines_and_fit_the_limit() -> None:
    page = render_page(OCR_PAGES[0] * 100, dpi=300)  # one long page of text: ~32,500 px of lines
    assert page.height > MAX_OCR_SIDE
    bands = tall_page_bands(page)
    assert len(bands) == 2 and all(b.height <= MAX_OCR_SIDE for b in bands)
    assert sum(b.height for b in bands) == page.height
    cut_row = np.asarray(bands[1])[0]
    assert cut_row.min() == 255  # the cut row holds no print: no line was cut through
    small = render_page(OCR_PAGES[0], dpi=300)
    assert tall_page_bands(small) == [small]


def test_a_too_wide_strip_is_narrowed_and_read(tmp_path: Path) -> None:
    page = render_page(OCR_PAGES[0], dpi=300)
    wide = Image.new("L", (33_000, page.height), 255)
    wide.paste(page, (0, 0))
    path = tmp_path / "wide.png"
    wide.save(path, dpi=(300, 300))
    assert cer(read_document(path).pages[0].text, "\n".join(OCR_PAGES[0])) < 0.02
