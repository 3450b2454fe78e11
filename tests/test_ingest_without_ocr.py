"""``read_document(..., ocr=False)``: only the text a file holds, never OCR (what ``vetplan lexicon learn`` reads)."""

from __future__ import annotations

from pathlib import Path

import pytest
from builders import OCR_PAGES, PLAN_LINES, PLAN_TEXT, make_image_pdf, make_png, make_text_pdf, render_page

from vetplan.ingest import IngestError, read_document


def test_a_page_image_is_refused_without_ocr(tmp_path: Path) -> None:
    f = make_png(tmp_path / "scan.png", OCR_PAGES[0])
    with pytest.raises(IngestError) as e:
        read_document(f, ocr=False)
    assert e.value.path.endswith("scan.png") and "needs OCR" in e.value.reason


def test_a_scanned_pdf_is_refused_without_ocr_and_a_text_pdf_read_the_same(tmp_path: Path) -> None:
    scan = make_image_pdf(tmp_path / "scan.pdf", [OCR_PAGES[0], OCR_PAGES[1]])
    with pytest.raises(IngestError) as e:
        read_document(scan, ocr=False)
    assert "none of its 2 page(s) has a usable text layer" in e.value.reason
    text = make_text_pdf(tmp_path / "text.pdf", [PLAN_LINES, PLAN_LINES[:3]])
    assert [p.text for p in read_document(text, ocr=False).pages] == [PLAN_TEXT, "\n".join(PLAN_LINES[:3])]


def test_a_docx_of_pasted_scans_gives_only_its_text_without_ocr(tmp_path: Path) -> None:
    import io

    import docx
    from docx.shared import Inches

    buf = io.BytesIO()
    render_page(OCR_PAGES[0], dpi=300).save(buf, "PNG", dpi=(300, 300))
    d = docx.Document()
    d.add_paragraph("Kế hoạch")
    d.add_picture(io.BytesIO(buf.getvalue()), width=Inches(6))
    d.save(str(tmp_path / "scans.docx"))
    assert [p.method for p in read_document(tmp_path / "scans.docx").pages] == ["docx", "ocr"]
    doc = read_document(tmp_path / "scans.docx", ocr=False)
    assert [(p.method, p.text.strip()) for p in doc.pages] == [("docx", "Kế hoạch")] and not doc.ocr
