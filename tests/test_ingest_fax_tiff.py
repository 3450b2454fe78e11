"""Black-and-white archive scans and faxes: CCITT Group 4 TIFFs, and a fax's oblong pixels (204 x 98 dpi)."""

from __future__ import annotations

from pathlib import Path

from builders import OCR_PAGES, cer, render_page
from PIL import Image

from vetplan.ingest import read_document
from vetplan.ingest.images import load_frame, open_image

LINES = OCR_PAGES[0] + OCR_PAGES[1]
TRUTH = "\n".join(LINES)


def _bilevel(img: Image.Image) -> Image.Image:
    return img.point(lambda v: 255 if v > 128 else 0).convert("1")


def test_group4_tiff_pages_are_read(tmp_path: Path) -> None:
    """Tesseract got the page in a TIFF that kept the source's group4 compression, which needs 1 bit a
    pixel: every such page failed ("encoder error -2")."""
    pages = [_bilevel(render_page(p, dpi=200)) for p in OCR_PAGES[:2]]
    path = tmp_path / "archive.tif"
    pages[0].save(path, save_all=True, append_images=pages[1:], dpi=(200, 200), compression="group4")
    doc = read_document(path)
    assert len(doc.pages) == 2
    for page, lines in zip(doc.pages, OCR_PAGES[:2], strict=True):
        assert cer(page.text, "\n".join(lines)) < 0.02


def test_a_standard_resolution_fax_is_read(tmp_path: Path) -> None:
    """204 x 98 dpi: the page is stored at half height. Read as stored, CER was 34%."""
    page = render_page(LINES, dpi=204, width_in=7.5)
    fax = _bilevel(page.resize((page.width, round(page.height * 98 / 204)), Image.Resampling.BOX))
    path = tmp_path / "fax.tif"
    fax.save(path, dpi=(204, 98), compression="group4")
    frame, dpi = load_frame(open_image(path.read_bytes()), 0)
    assert dpi == 98 and frame.size == (round(fax.width * 98 / 204), fax.height)
    assert cer(read_document(path).pages[0].text, TRUTH) < 0.04


def test_square_pixels_are_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "fine.tif"
    _bilevel(render_page(OCR_PAGES[0], dpi=200)).save(path, dpi=(200, 200), compression="group4")
    img = open_image(path.read_bytes())
    frame, dpi = load_frame(img, 0)
    assert dpi == 200 and frame.size == img.size
