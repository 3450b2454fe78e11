"""A page scanned upside down or sideways is read turned over, with a warning naming the page."""

from __future__ import annotations

from pathlib import Path

from builders import OCR_PAGES, cer, render_page
from PIL import Image

from vetplan.ingest import read_document
from vetplan.ingest.ocr import mean_confidence, ocr_image

TRUTH = "\n".join(OCR_PAGES[0])


def test_upside_down_and_sideways_scans_are_read(tmp_path: Path) -> None:
    page = render_page(OCR_PAGES[0], dpi=300)
    for degrees in (180, 90):
        path = tmp_path / f"turned{degrees}.png"
        page.rotate(degrees, expand=True, fillcolor=255).save(path, dpi=(300, 300))
        doc = read_document(path)
        assert cer(doc.pages[0].text, TRUTH) < 0.02, degrees
        assert doc.warnings == ["page 1: scanned upside down or sideways; read turned 180°"]


def test_in_a_pdf_the_warning_names_the_page(tmp_path: Path) -> None:
    upright = render_page(OCR_PAGES[1], dpi=300)
    upside_down = render_page(OCR_PAGES[0], dpi=300).rotate(180)
    pdf = tmp_path / "scan.pdf"
    upright.save(pdf, "PDF", save_all=True, append_images=[upside_down], resolution=300.0)
    doc = read_document(pdf)
    assert cer(doc.pages[1].text, TRUTH) < 0.02
    assert [w for w in doc.warnings if "turned" in w] == ["page 2: scanned upside down or sideways; read turned 180°"]


def test_upright_pages_are_read_once_and_blank_ones_left_alone() -> None:
    res = ocr_image(render_page(OCR_PAGES[0], dpi=300), "vie", 300)
    assert res.turned == 0 and mean_confidence(res.words) > 80
    blank = ocr_image(Image.new("L", (1200, 1600), 255), "vie", 300)
    assert blank.turned == 0 and blank.text == ""


def test_a_phone_photo_is_turned_as_its_exif_orientation_says(tmp_path: Path) -> None:
    page = render_page(OCR_PAGES[0], dpi=300)
    for orientation, stored in ((3, page.rotate(180)), (6, page.rotate(90, expand=True, fillcolor=255))):
        exif = Image.Exif()
        exif[0x0112] = orientation
        path = tmp_path / f"photo{orientation}.jpg"
        stored.save(path, "JPEG", quality=92, exif=exif.tobytes(), dpi=(300, 300))
        doc = read_document(path)
        assert cer(doc.pages[0].text, TRUTH) < 0.02, orientation
        assert doc.warnings == [], orientation  # upright from the start: not read twice
