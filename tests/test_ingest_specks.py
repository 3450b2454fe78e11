"""A page strewn with specks (a dirty copier glass, a grainy photocopy) is read again through a median filter."""

from __future__ import annotations

from pathlib import Path

import pytest
from builders import OCR_PAGES, cer, render_page, with_specks
from PIL import Image

from vetplan.ingest import ocr, read_document

TRUTH = "\n".join(OCR_PAGES[0])


def _specked_page(seed: int = 8291) -> Image.Image:
    """A 200-dpi page with one pixel in 60 turned into a black dot of one or two pixels."""
    return with_specks(render_page(OCR_PAGES[0], dpi=200), seed)


def test_a_specked_page_is_read_through_a_median_filter(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "specks.png"
    _specked_page().save(path, dpi=(200, 200))
    doc = read_document(path)
    assert "page 1: specks on the page; read through a median filter" in doc.warnings
    assert cer(doc.pages[0].text, TRUTH) < 0.06
    # the same page read as it is, and only darkened: the filter is what reads it
    unsure = ocr.FAINT_CONFIDENCE
    monkeypatch.setattr(ocr, "FAINT_CONFIDENCE", 0.0)
    plain = ocr.ocr_image(_specked_page(), "vie", 200)
    assert cer(plain.text, TRUTH) > 2 * cer(doc.pages[0].text, TRUTH)
    assert ocr.mean_confidence(plain.words) < unsure  # (so it was read again)


def test_despeckle_drops_dots_and_keeps_strokes() -> None:
    page = Image.new("L", (40, 40), 255)
    page.putpixel((5, 5), 0)  # a lone dot
    page.paste(0, (20, 10, 22, 30))  # a stroke two pixels wide
    clean = ocr.despeckle(page)
    assert clean.getpixel((5, 5)) == 255
    assert all(clean.getpixel((x, y)) == 0 for x in (20, 21) for y in range(11, 29))
