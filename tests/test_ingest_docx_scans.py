"""A plan scanned and pasted into Word: a DOCX of pictures is OCR'd page by page; a DOCX with text is not."""

from __future__ import annotations

import io
from pathlib import Path

import docx
from builders import OCR_PAGES, cer, render_page
from docx.shared import Inches

from vetplan.ingest import read_document
from vetplan.ingest.docx_reader import docx_pictures


def _docx_of(path: Path, paragraphs: list[str], pictures: list[bytes]) -> Path:
    d = docx.Document()
    for p in paragraphs:
        d.add_paragraph(p)
    for png in pictures:
        d.add_picture(io.BytesIO(png), width=Inches(6))
    d.save(str(path))
    return path


def _png(lines: list[str], dpi: int = 300) -> bytes:
    buf = io.BytesIO()
    render_page(lines, dpi=dpi).save(buf, "PNG", dpi=(dpi, dpi))
    return buf.getvalue()


def test_pasted_scans_are_read_in_order(tmp_path: Path) -> None:
    emblem = _png(["UBND"], dpi=72)  # a small picture: a logo, not a page
    path = _docx_of(tmp_path / "scans.docx", [], [_png(OCR_PAGES[0]), emblem, _png(OCR_PAGES[1])])
    assert len(docx_pictures(path.read_bytes())) == 3
    doc = read_document(path)
    assert [p.method for p in doc.pages] == ["ocr", "ocr"] and doc.ocr
    for page, lines in zip(doc.pages, OCR_PAGES[:2], strict=True):
        assert cer(page.text, "\n".join(lines)) < 0.02
    assert "the DOCX holds scanned pages as pictures: 2 OCR'd" in doc.warnings


def test_a_caption_stays_as_the_first_page_and_max_pages_holds(tmp_path: Path) -> None:
    path = _docx_of(tmp_path / "captioned.docx", ["Bản scan kế hoạch"], [_png(OCR_PAGES[0]), _png(OCR_PAGES[1])])
    doc = read_document(path, max_pages=2)
    assert [p.method for p in doc.pages] == ["docx", "ocr"] and doc.pages[0].text == "Bản scan kế hoạch"
    assert any("only the first 2 of 3 pages" in w for w in doc.warnings)


def test_a_docx_with_text_is_not_ocrd(tmp_path: Path) -> None:
    text = [" ".join(OCR_PAGES[0])] * 3  # the plan's own text, with a picture (an emblem, a chart)
    doc = read_document(_docx_of(tmp_path / "text.docx", text, [_png(OCR_PAGES[1])]))
    assert [p.method for p in doc.pages] == ["docx"] and not doc.ocr


def test_an_unreadable_picture_is_named_and_the_rest_read(tmp_path: Path) -> None:
    import zipfile

    path = _docx_of(tmp_path / "mixed.docx", [], [_png(OCR_PAGES[0]), _png(OCR_PAGES[1])])
    broken = tmp_path / "broken.docx"
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(broken, "w") as dst:
        media = sorted(n for n in src.namelist() if n.startswith("word/media/"))
        for item in src.infolist():
            data = src.read(item.filename)
            dst.writestr(item, b"\x89PNG\r\n\x1a\n broken" if item.filename == media[0] else data)
    doc = read_document(broken)
    assert len(doc.pages) == 1 and any(w.startswith("picture 1 of the DOCX not read: ") for w in doc.warnings)
