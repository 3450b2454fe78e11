"""Scanned PDF pages are OCR'd from the embedded image at its own resolution; high-dpi scans are scaled down."""

from __future__ import annotations

import io
from pathlib import Path

import pypdfium2 as pdfium
from builders import OCR_PAGES, cer, make_scan_with_text_layer, pdf_bytes, render_page
from PIL import Image

from vetplan.ingest import read_document
from vetplan.ingest.ocr import MAX_OCR_DPI, fit_resolution
from vetplan.ingest.pdf import RENDER_DPI, page_image
from vetplan.normalize.synth import scan_like

OCR_TRUTH = ["\n".join(p) for p in OCR_PAGES]


def _scan_pdf(img: Image.Image, dpi: int) -> bytes:
    buf = io.BytesIO()
    img.save(buf, "PDF", resolution=float(dpi))
    return buf.getvalue()


def _mean_diff(a: Image.Image, b: Image.Image) -> float:
    size = (120, 40)
    pa, pb = a.convert("L").resize(size).tobytes(), b.convert("L").resize(size).tobytes()
    return sum(abs(x - y) for x, y in zip(pa, pb, strict=True)) / (size[0] * size[1])


def test_single_scan_is_taken_at_native_resolution() -> None:
    img = render_page(OCR_PAGES[0], dpi=200)
    for mode in ("L", "1", "RGB"):
        page = pdfium.PdfDocument(_scan_pdf(img.convert(mode), 200))[0]
        got, dpi = page_image(page)
        assert dpi == 200 and got.size == img.size, mode
        ref = page.render(scale=RENDER_DPI / 72, grayscale=True).to_pil()
        assert _mean_diff(got, ref) < 2, mode  # same picture as pdfium's render (Decode arrays, colours)


def test_page_rotation_is_applied() -> None:
    img = render_page(OCR_PAGES[0], dpi=200)
    for rotation in (90, 180, 270):
        page = pdfium.PdfDocument(_scan_pdf(img, 200))[0]
        page.set_rotation(rotation)
        got, _ = page_image(page)
        ref = page.render(scale=RENDER_DPI / 72, grayscale=True).to_pil()
        assert _mean_diff(got, ref) < 2, rotation


def test_other_pages_are_rendered(tmp_path: Path) -> None:
    text_page = pdfium.PdfDocument(pdf_bytes([["Kế hoạch"]]))[0]
    got, dpi = page_image(text_page)
    assert dpi == RENDER_DPI and abs(got.width - text_page.get_width() * RENDER_DPI / 72) <= 1
    low = pdfium.PdfDocument(_scan_pdf(render_page(OCR_PAGES[0], dpi=100), 100))[0]
    assert page_image(low)[1] == 100  # a low-resolution scan is taken as it is, not enlarged
    thumb = pdfium.PdfDocument(_scan_pdf(render_page(OCR_PAGES[0], dpi=40), 40))[0]
    assert page_image(thumb)[1] == RENDER_DPI  # a picture of too few pixels to be a scan is rendered
    # a scanner's invisible OCR layer does not prevent taking the scan itself
    f = make_scan_with_text_layer(tmp_path / "s.pdf", OCR_PAGES[0], ["abc"])
    got, dpi = page_image(pdfium.PdfDocument(f.read_bytes())[0])
    assert dpi == 300 and got.size == render_page(OCR_PAGES[0], dpi=300).size


def test_speckled_low_resolution_scan_is_read_at_its_own_resolution(tmp_path: Path) -> None:
    """A 150-dpi scan with specks: enlarged to 300 dpi, Tesseract joined the grown specks to the letters."""
    scan = scan_like(render_page(OCR_PAGES[0], dpi=150, font_pt=13), seed=5103)
    pdf = tmp_path / "scan150.pdf"
    pdf.write_bytes(_scan_pdf(scan, 150))
    page = read_document(pdf).pages[0]
    assert cer(page.text, OCR_TRUTH[0]) < 0.02


def test_fit_resolution() -> None:
    img = Image.new("L", (1000, 600), 255)
    assert fit_resolution(img, None) == (img, None)
    assert fit_resolution(img, 320) == (img, 320)
    small, dpi = fit_resolution(img, 600)
    assert dpi == MAX_OCR_DPI and small.size == (500, 300)


def test_ocr_of_native_and_high_dpi_scans(tmp_path: Path) -> None:
    pdf = tmp_path / "scan200.pdf"
    pdf.write_bytes(_scan_pdf(render_page(OCR_PAGES[0], dpi=200), 200))
    assert cer(read_document(pdf).pages[0].text, OCR_TRUTH[0]) < 0.02
    png = tmp_path / "scan600.png"
    render_page(OCR_PAGES[1], dpi=600).save(png, dpi=(600, 600))
    assert cer(read_document(png).pages[0].text, OCR_TRUTH[1]) < 0.02
