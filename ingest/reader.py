"""read_document: dispatch on format and attach provenance."""

from __future__ import annotations

import hashlib
from pathlib import Path

from .detect import detect_format, unsupported_reason
from .doc_reader import DocRejected, read_doc
from .docx_reader import DocxRejected, docx_pictures, read_docx
from .html_reader import read_html
from .images import ImageRejected, frame_count, load_frame, open_image
from .legacy import repair_legacy_font_lines
from .models import IngestError, PageLimitExceeded, PageText, RawDocument, check_page_limit
from .ocr import OcrUnavailable, ocr_many, ocr_page
from .odt_reader import OdtRejected, read_odt
from .pdf import PdfRejected, read_pdf
from .rtf_reader import RtfRejected, read_rtf
from .textenc import UndecodableText, decode_text


def _read_txt(data: bytes, max_pages: int | None, strict: bool) -> tuple[list[PageText], str, list[str]]:
    decoded = decode_text(data)
    chunks = decoded.text.split("\f")
    if len(chunks) > 1 and not chunks[-1].strip():
        chunks.pop()
    warnings = list(decoded.warnings)
    chunks = chunks[: check_page_limit(len(chunks), max_pages, strict, warnings)]
    pages = [PageText(i + 1, c, "text") for i, c in enumerate(chunks)]
    return pages, decoded.encoding, warnings


def _one_page(text: str, method: str) -> tuple[list[PageText], list[str]]:
    """An office document's text as one page, its lines typed in a legacy font's bytes re-read (an ODT converted
    from an old document with its fonts kept, a .doc typed in .VnTime)."""
    warnings: list[str] = []
    return [PageText(1, _legacy_lines_repaired(text, warnings), method)], warnings


def _legacy_lines_repaired(text: str, warnings: list[str]) -> str:
    """``text`` with its lines in a legacy font's bytes re-read (:func:`repair_legacy_font_lines`), saying so in
    ``warnings``."""
    text, legacy, repaired = repair_legacy_font_lines(text)
    if repaired:
        warnings.append(f"legacy {legacy} font text remapped to Unicode ({repaired} line{'s' * (repaired != 1)})")
    return text


def _read_html(data: bytes) -> tuple[list[PageText], str, list[str]]:
    decoded = decode_text(data)
    return [PageText(1, read_html(decoded.text), "html")], decoded.encoding, list(decoded.warnings)


def _read_image(
    data: bytes, ocr_lang: str, max_pages: int | None, ocr_jobs: int, strict: bool
) -> tuple[list[PageText], list[str]]:
    img = open_image(data)
    n = frame_count(img)
    warnings: list[str] = []
    limit = check_page_limit(n, max_pages, strict, warnings)
    makers = [lambda i=i: load_frame(img, i) for i in range(limit)]
    pages = [ocr_page(i + 1, r, warnings) for i, r in enumerate(ocr_many(makers, ocr_lang, ocr_jobs))]
    return pages, warnings


#: a DOCX with fewer letters of text than this and pictures in it is a plan pasted in as scans: they are OCR'd
DOCX_MIN_LETTERS = 200
#: pictures smaller than this on either side are emblems, logos or signatures, not pages
MIN_PAGE_PICTURE = 400


def _read_docx(
    data: bytes, ocr_lang: str, max_pages: int | None, ocr_jobs: int, strict: bool, ocr: bool = True
) -> tuple[list[PageText], list[str]]:
    """The DOCX's text as one page; when it holds almost no text, its page-sized pictures are OCR'd as
    pages after it (a plan scanned and pasted into Word), unless ``ocr`` is False."""
    text, by_font = read_docx(data)
    warnings = [f"legacy {enc} font text remapped to Unicode ({n} paragraph{'s' * (n != 1)}, by their font)"
                for enc, n in sorted(by_font.items())]
    text = _legacy_lines_repaired(text, warnings)  # (a legacy font's text in a font of another name)
    scans = []
    if ocr and sum(c.isalpha() for c in text) < DOCX_MIN_LETTERS:
        for n, blob in enumerate(docx_pictures(data), 1):
            try:
                img = open_image(blob)
            except ImageRejected as e:  # an EMF chart, a broken image, a decompression bomb
                warnings.append(f"picture {n} of the DOCX not read: {e}")
                continue
            if min(img.size) >= MIN_PAGE_PICTURE:
                scans.append(img)
    if not scans:
        return [PageText(1, text, "docx")], warnings
    pages = [PageText(1, text.strip(), "docx")] if text.strip() else []  # a caption before the scans
    limit = check_page_limit(len(pages) + len(scans), max_pages, strict, warnings) - len(pages)
    makers = [lambda img=img: load_frame(img, 0) for img in scans[:max(0, limit)]]
    first = len(pages) + 1
    pages += [ocr_page(first + i, r, warnings) for i, r in enumerate(ocr_many(makers, ocr_lang, ocr_jobs))]
    warnings.append(f"the DOCX holds scanned pages as pictures: {len(makers)} OCR'd")
    return pages, warnings


def read_document(
    path: Path,
    *,
    display_name: str | None = None,
    ocr_lang: str = "vie",
    max_pages: int | None = None,
    ocr_jobs: int = 1,
    strict_max_pages: bool = False,
    ocr: bool = True,
) -> RawDocument:
    """Read one file (txt, PDF, image, DOCX, ODT, HTML, RTF, Word 97–2003 DOC) into raw text per page; raise
    :class:`IngestError`.

    Over ``max_pages``, only the first pages are read (with a warning), or, with
    ``strict_max_pages``, the file is rejected before any page is read. With ``ocr=False`` only text a file
    holds is read (a text file, a DOCX's text, a PDF's text layer): a page image is rejected, a PDF's pages
    without a usable text layer are left out, a DOCX's pictures are not read."""
    path = Path(path)
    name = display_name or str(path)
    try:
        data = path.read_bytes()
    except IsADirectoryError as e:
        raise IngestError(name, "is a folder, not a file (use iter_inputs)") from e
    except OSError as e:
        raise IngestError(name, f"cannot read file ({e.strerror or e})") from e
    sha = hashlib.sha256(data).hexdigest()
    fmt = detect_format(path)
    if fmt is None:
        raise IngestError(name, unsupported_reason(path))
    if max_pages is not None and max_pages < 1:
        raise IngestError(name, "max_pages must be at least 1")
    encoding: str | None = None
    warnings: list[str] = []
    try:
        if fmt == "txt":
            pages, encoding, warnings = _read_txt(data, max_pages, strict_max_pages)
        elif fmt == "pdf":
            pages, warnings = read_pdf(
                data, ocr_lang=ocr_lang, max_pages=max_pages, ocr_jobs=ocr_jobs, strict_max_pages=strict_max_pages,
                ocr=ocr,
            )
        elif fmt == "html":
            pages, encoding, warnings = _read_html(data)
        elif fmt == "odt":
            pages, warnings = _one_page(read_odt(data), "odt")
        elif fmt == "rtf":
            pages = [PageText(1, read_rtf(data), "rtf")]
        elif fmt == "doc":
            pages, warnings = _one_page(read_doc(data), "doc")
        elif fmt == "image":
            if not ocr:
                raise IngestError(name, "a page image: not read (its text needs OCR)")
            pages, warnings = _read_image(data, ocr_lang, max_pages, ocr_jobs, strict_max_pages)
        else:
            pages, warnings = _read_docx(data, ocr_lang, max_pages, ocr_jobs, strict_max_pages, ocr)
    except (UndecodableText, PdfRejected, ImageRejected, DocxRejected, OdtRejected, RtfRejected, DocRejected,
            PageLimitExceeded) as e:
        raise IngestError(name, str(e)) from e
    except OcrUnavailable as e:
        raise IngestError(name, f"OCR needed but unavailable: {e}") from e
    except RuntimeError as e:  # pytesseract.TesseractError, tesseract timeouts
        raise IngestError(name, f"OCR failed ({type(e).__name__}: {e})") from e
    except MemoryError as e:
        raise IngestError(name, "out of memory while reading (file too large)") from e
    if not any(p.text.strip() for p in pages):
        warnings.append("no text found")
    return RawDocument(
        path=name,
        sha256=sha,
        format=fmt,
        pages=pages,
        encoding=encoding,
        ocr=any(p.method == "ocr" for p in pages),
        warnings=warnings,
    )
