"""PDF (text layer, broken layers, scans), images and DOCX — real files, real Tesseract."""

from __future__ import annotations

from pathlib import Path

import pytest
from builders import (
    OCR_PAGES,
    PLAN_LINES,
    PLAN_TEXT,
    cer,
    encode_text,
    make_docx,
    make_image_pdf,
    make_png,
    make_text_pdf,
    make_tiff,
    pdf_bytes,
    png_bomb_bytes,
    render_page,
)

from vetplan.ingest import IngestError, detect_format, read_document

OCR_TRUTH = ["\n".join(p) for p in OCR_PAGES]


def test_text_pdf_exact_per_page(tmp_path: Path) -> None:
    f = make_text_pdf(tmp_path / "plan.pdf", [PLAN_LINES, PLAN_LINES[:3]])
    doc = read_document(f)
    assert doc.format == "pdf" and not doc.ocr and doc.warnings == []
    assert [p.text for p in doc.pages] == [PLAN_TEXT, "\n".join(PLAN_LINES[:3])]
    assert all(p.method == "pdf-text" and p.ocr_engine is None for p in doc.pages)
    assert [p.number for p in doc.pages] == [1, 2]
    assert len(read_document(f, max_pages=1).pages) == 1


def test_serif_font_pdf(tmp_path: Path) -> None:
    from builders import DEJAVU_SERIF

    f = make_text_pdf(tmp_path / "serif.pdf", [PLAN_LINES], font_path=DEJAVU_SERIF)
    assert read_document(f).pages[0].text == PLAN_TEXT


def test_broken_tounicode_page_falls_back_to_ocr(tmp_path: Path) -> None:
    good = pdf_bytes([PLAN_LINES])
    f = make_text_pdf(tmp_path / "cid.pdf", [OCR_PAGES[0]], break_tounicode=True)
    doc = read_document(f)
    page = doc.pages[0]
    assert page.method == "ocr" and doc.ocr
    assert page.ocr_engine and page.ocr_engine.startswith("tesseract 5") and page.ocr_lang == "vie"
    assert cer(page.text, OCR_TRUTH[0]) < 0.02
    assert any("cid" in w for w in doc.warnings)
    assert good  # builder sanity


def test_legacy_tcvn3_font_layer_is_remapped(tmp_path: Path) -> None:
    # (TCVN3 puts "ư" at 0xAD, the soft hyphen, which reportlab's Helvetica does not draw: avoided here.)
    lines = ["Phát triển giáo dục nghề nghiệp năm 2024", "Đẩy mạnh đào tạo nghề cho lao động, chất lọc"]
    fake = [encode_text(x, "tcvn3").decode("cp1252") for x in lines]
    f = make_text_pdf(tmp_path / "vntime.pdf", [fake], standard_font=True)
    doc = read_document(f)
    assert doc.pages[0].method == "pdf-text"
    assert doc.pages[0].text == "\n".join(lines)
    assert any("tcvn3" in w for w in doc.warnings)


def test_scanned_pdf_parallel_ocr(tmp_path: Path) -> None:
    f = make_image_pdf(tmp_path / "scan.pdf", OCR_PAGES)
    doc = read_document(f, ocr_jobs=2)
    assert doc.ocr and [p.method for p in doc.pages] == ["ocr", "ocr"]
    for page, truth in zip(doc.pages, OCR_TRUTH, strict=True):
        assert cer(page.text, truth) < 0.02, page.text
        assert page.word_confidences and all(0 <= c <= 100 for _, c in page.word_confidences)


def test_png_ocr_clean_page(tmp_path: Path) -> None:
    f = make_png(tmp_path / "page.png", OCR_PAGES[0])
    doc = read_document(f)
    assert doc.format == "image" and doc.ocr
    assert cer(doc.pages[0].text, OCR_TRUTH[0]) < 0.02
    assert doc.pages[0].text.count("\n") == len(OCR_PAGES[0]) - 1


def test_multipage_tiff_and_jpeg(tmp_path: Path) -> None:
    doc = read_document(make_tiff(tmp_path / "scan.tif", OCR_PAGES), ocr_jobs=2)
    assert [p.number for p in doc.pages] == [1, 2]
    for page, truth in zip(doc.pages, OCR_TRUTH, strict=True):
        assert cer(page.text, truth) < 0.02
    jpg = tmp_path / "p.jpg"
    render_page(OCR_PAGES[1][:2]).save(jpg, quality=90, dpi=(300, 300))
    assert cer(read_document(jpg).pages[0].text, "\n".join(OCR_PAGES[1][:2])) < 0.02


def test_image_bomb_and_corrupt_image(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.png"
    bomb.write_bytes(png_bomb_bytes())
    with pytest.raises(IngestError, match="bomb"):
        read_document(bomb)
    bad = tmp_path / "bad.png"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + b"garbage" * 10)
    with pytest.raises(IngestError, match="bad.png"):
        read_document(bad)


def test_encrypted_pdf(tmp_path: Path) -> None:
    f = tmp_path / "secret.pdf"
    f.write_bytes(pdf_bytes([PLAN_LINES[:2]], encrypt_password="s3cret"))
    with pytest.raises(IngestError) as e:
        read_document(f)
    assert "encrypted" in str(e.value) and "secret.pdf" in str(e.value)
    # Owner-password only (empty user password): readable.
    g = tmp_path / "restricted.pdf"
    g.write_bytes(pdf_bytes([PLAN_LINES[:2]], encrypt_password=""))
    assert read_document(g).pages[0].text == "\n".join(PLAN_LINES[:2])


def test_corrupt_and_truncated_pdf(tmp_path: Path) -> None:
    f = tmp_path / "broken.pdf"
    f.write_bytes(b"%PDF-1.4\n" + b"\x00garbage" * 50)
    with pytest.raises(IngestError, match="corrupt"):
        read_document(f)
    data = pdf_bytes([PLAN_LINES])
    t = tmp_path / "truncated.pdf"
    t.write_bytes(data[: len(data) // 3])
    with pytest.raises(IngestError, match="truncated.pdf"):
        read_document(t)


def test_docx_paragraphs_and_table_in_order(tmp_path: Path) -> None:
    rows = [["STT", "Đơn vị", "Chỉ tiêu"], ["1", "Quận Hoàn Kiếm", "200"], ["2", "Huyện Gia Lâm", "600"]]
    f = make_docx(tmp_path / "plan.docx", PLAN_LINES[:3], rows, ["Nơi nhận:"])
    assert detect_format(f) == "docx"
    doc = read_document(f)
    assert doc.format == "docx" and len(doc.pages) == 1 and doc.pages[0].method == "docx"
    expected = PLAN_LINES[:3] + [" | ".join(r) for r in rows] + ["Nơi nhận:"]
    assert doc.pages[0].text == "\n".join(expected)


def test_detect_by_magic_not_extension(tmp_path: Path) -> None:
    f = make_png(tmp_path / "scan.txt", ["x"])
    assert detect_format(f) == "image"
    g = tmp_path / "plan.bin"
    g.write_bytes(pdf_bytes([["abc"]]))
    assert detect_format(g) == "pdf"


def test_scan_with_english_ocr_layer_is_reocred(tmp_path: Path, sample_files: list[Path]) -> None:
    from builders import make_scan_with_text_layer

    eng = sample_files[0].read_text(encoding="utf-8").splitlines()[20:40]  # Tesseract-eng damage
    f = make_scan_with_text_layer(tmp_path / "scan.pdf", OCR_PAGES[0], eng)
    doc = read_document(f)
    assert doc.pages[0].method == "ocr"
    assert cer(doc.pages[0].text, OCR_TRUTH[0]) < 0.02
    # a good Vietnamese layer over the same scan is kept
    g = make_scan_with_text_layer(tmp_path / "good.pdf", OCR_PAGES[0], ["Kế hoạch"])
    assert read_document(g).pages[0].method == "pdf-text"


def test_missing_ocr_language_names_the_fix(tmp_path: Path) -> None:
    f = make_png(tmp_path / "p.png", ["x"])
    with pytest.raises(IngestError) as e:
        read_document(f, ocr_lang="zzz")
    assert "zzz" in str(e.value) and "apt-get install" in str(e.value)


def test_pages_ocrd_with_the_vietnamese_model_are_repaired_as_such(tmp_path: Path) -> None:
    """A document whose every page vetplan OCR'd with Tesseract's Vietnamese model is normalised as
    "ocr_vie" (its marks checked in context); a text file or a text-layer PDF is detected as before."""
    from vetplan.pipeline import damage_hint, plan_from_file

    scan = plan_from_file(make_png(tmp_path / "page.png", OCR_PAGES[0]))
    assert scan.source.ocr and scan.normalization.damage == "ocr_vie"
    assert cer(scan.text, OCR_TRUTH[0]) < 0.02
    typed = plan_from_file(make_text_pdf(tmp_path / "plan.pdf", [PLAN_LINES[:12]]))
    assert not typed.source.ocr and typed.normalization.damage == "clean"
    ocr_page = read_document(make_png(tmp_path / "p2.png", OCR_PAGES[1][:3])).pages
    typed_page = read_document(make_text_pdf(tmp_path / "typed.pdf", [PLAN_LINES[:5]])).pages
    assert damage_hint(ocr_page) == "ocr_vie" and damage_hint(ocr_page + typed_page) is None


def test_a_page_too_large_to_render_is_rejected_at_once_and_a_poster_rendered_lower(tmp_path: Path) -> None:
    """A page 35 m tall (a broken MediaBox: 420 x 99999 pt, found by the fuzzer) was rendered for OCR at 300
    dpi — 1751 x 416663 pixels, ~20 s — before Tesseract refused it; it is now rejected before rendering,
    naming the file and the page size. A poster is rendered at the resolution that fits the render cap."""
    import time

    from reportlab.pdfgen import canvas

    from vetplan.ingest.pdf import MAX_RENDER_PIXELS, RENDER_DPI, render_dpi

    f = tmp_path / "strip.pdf"
    c = canvas.Canvas(str(f), pagesize=(420, 99999))
    c.rect(10, 10, 100, 100)  # no text layer: the page goes to OCR
    c.showPage()
    c.save()
    t = time.monotonic()
    with pytest.raises(IngestError, match=r"strip\.pdf.*420 x 99999 pt.*too large to render for OCR"):
        read_document(f)
    assert time.monotonic() - t < 5
    assert render_dpi(595, 842) == RENDER_DPI  # A4
    a0 = render_dpi(2384, 3370)
    assert 100 <= a0 < RENDER_DPI and (2384 * a0 / 72) * (3370 * a0 / 72) <= MAX_RENDER_PIXELS


def test_a_page_too_large_to_ocr_is_skipped_not_the_document(tmp_path: Path) -> None:
    """One broken page (a 35 m MediaBox) among readable ones: the others are read, the page is named in a
    warning; the document fails only when nothing readable is left (the test above)."""
    from reportlab.pdfgen import canvas

    f = tmp_path / "mixed.pdf"
    c = canvas.Canvas(str(f), pagesize=(595, 842))
    c.drawString(72, 750, "Ke hoach trien khai giao duc nghe nghiep nam 2024")
    c.showPage()
    c.setPageSize((420, 99999))
    c.rect(10, 10, 100, 100)  # no text layer: the page would go to OCR
    c.showPage()
    c.save()
    doc = read_document(f)
    assert [p.number for p in doc.pages] == [1]
    assert "Ke hoach trien khai" in doc.pages[0].text
    assert any(w.startswith("page 2:") and "too large to render for OCR" in w and "skipped" in w
               for w in doc.warnings)
