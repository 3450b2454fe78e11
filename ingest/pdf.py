"""PDF pages: text layer through pdfplumber, OCR for unusable pages.

A page that is just one scanned image is OCR'd from that image at its own resolution (decoded by
pypdfium2, no page rendering: an embedded 200-dpi scan is not upscaled, and decoding costs about a
tenth of a 300-dpi render); any other page is rendered at :data:`RENDER_DPI`.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from dataclasses import dataclass

from PIL import Image

from .legacy import LEGACY_ENCODINGS, decode_legacy
from .models import PageText, check_page_limit
from .ocr import ocr_many
from .vietnamese import score_text

RENDER_DPI = 300
MIN_NATIVE_DPI = 200  # scans below this are still rendered (upscaled) at RENDER_DPI
_MIN_SCAN_COVER = 0.85  # a page "is a scan" when one upright image covers this share of it
# /Rotate (degrees clockwise) as a PIL transpose
_TURN = {90: Image.Transpose.ROTATE_270, 180: Image.Transpose.ROTATE_180, 270: Image.Transpose.ROTATE_90}
_CID = re.compile(r"\(cid:\d+\)")


class PdfRejected(ValueError):
    """The PDF cannot be opened."""


@dataclass
class LayerVerdict:
    """Whether a page's text layer can be used, and the (possibly repaired) text."""

    usable: bool
    text: str
    reason: str | None = None
    repaired_from: str | None = None


def _letters(text: str) -> int:
    return sum(1 for c in text if c.isalpha())


def _to_legacy_bytes(text: str) -> bytes | None:
    out = bytearray()
    for c in text:
        try:
            out += c.encode("cp1252")
        except UnicodeEncodeError:
            if ord(c) < 256:
                out.append(ord(c))
            else:
                return None
    return bytes(out)


def _try_legacy_repair(text: str) -> tuple[str, str] | None:
    """Re-read text shown through a legacy 8-bit Vietnamese font (TCVN3/VNI/VISCII) as Unicode."""
    raw = _to_legacy_bytes(text)
    if raw is None:
        return None
    best: tuple[float, str, str] | None = None
    for enc in LEGACY_ENCODINGS:
        fixed = decode_legacy(raw, enc)
        sc = score_text(fixed)
        if sc.junk_chars <= max(1, 0.005 * _letters(fixed)) and sc.quality >= 0.9 and sc.vn_syllables:
            if best is None or sc.score > best[0]:
                best = (sc.score, fixed, enc)
    return (best[1], best[2]) if best else None


def judge_text_layer(text: str, image_coverage: float = 0.0) -> LayerVerdict:
    """Decide if a page's extracted text is real text, a legacy-font encoding to remap, or garbage."""
    stripped = text.strip()
    if not stripped:
        return LayerVerdict(False, text, "no text layer")
    cids = len(_CID.findall(stripped))
    if cids and cids * 8 > len(stripped) * 0.2:
        return LayerVerdict(False, text, f"{cids} (cid:NN) glyphs without Unicode mapping")
    sc = score_text(stripped)
    letters = _letters(stripped)
    junk = sc.junk_chars > max(2, 0.02 * letters)
    if junk or sc.quality < 0.6:
        repaired = _try_legacy_repair(text)
        if repaired:
            return LayerVerdict(True, repaired[0], None, repaired[1])
        why = f"{sc.junk_chars} junk characters" if junk else f"only {sc.quality:.0%} plausible words"
        return LayerVerdict(False, text, f"garbage text layer ({why}; legacy font without Unicode map?)")
    tokens = sc.vn_syllables + sc.ascii_words + sc.bad_tokens
    if image_coverage >= 0.5 and tokens >= 20 and sc.vn_syllables < 0.15 * tokens:
        return LayerVerdict(
            False, text, "text layer of a scanned page has almost no Vietnamese diacritics (non-Vietnamese OCR)"
        )
    return LayerVerdict(True, text)


def _image_coverage(page: object) -> float:
    try:
        area = float(page.width * page.height)  # type: ignore[attr-defined]
        covered = 0.0
        for im in page.images:  # type: ignore[attr-defined]
            covered = max(covered, float((im["x1"] - im["x0"]) * (im["bottom"] - im["top"])))
        return covered / area if area else 0.0
    except Exception:
        return 0.0


def _open_pdfium(data: bytes):  # type: ignore[no-untyped-def]
    import pypdfium2 as pdfium

    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as e:
        msg = str(e)
        if "password" in msg.lower():
            raise PdfRejected("PDF is encrypted (password required)") from e
        raise PdfRejected(f"corrupt or truncated PDF ({msg})") from e


def read_pdf(
    data: bytes, *, ocr_lang: str, max_pages: int | None, ocr_jobs: int, strict_max_pages: bool = False
) -> tuple[list[PageText], list[str]]:
    """Extract all pages of a PDF; OCR only pages whose text layer is unusable."""
    import pdfplumber

    warnings: list[str] = []
    pdf_doc = _open_pdfium(data)
    try:
        n_pages = len(pdf_doc)
        if n_pages == 0:
            raise PdfRejected("PDF has no pages")
        limit = check_page_limit(n_pages, max_pages, strict_max_pages, warnings)
        texts: list[str] = [""] * limit
        coverage: list[float] = [0.0] * limit
        plumber_failed: str | None = None
        try:
            with pdfplumber.open(io.BytesIO(data)) as plumb:
                for i in range(limit):
                    page = plumb.pages[i]
                    texts[i] = page.extract_text(layout=False) or ""
                    coverage[i] = _image_coverage(page)
        except Exception as e:  # pdfminer can choke where pdfium copes
            plumber_failed = f"{type(e).__name__}: {e}"
        if plumber_failed:
            warnings.append(f"pdfplumber failed ({plumber_failed}); text taken from pdfium")
            for i in range(limit):
                tp = pdf_doc[i].get_textpage()
                texts[i] = tp.get_text_range().replace("\r\n", "\n")
        pages: list[PageText | None] = [None] * limit
        to_ocr: list[int] = []
        for i in range(limit):
            verdict = judge_text_layer(texts[i], coverage[i])
            if verdict.usable:
                pages[i] = PageText(i + 1, _clean(verdict.text), "pdf-text")
                if verdict.repaired_from:
                    warnings.append(f"page {i + 1}: legacy {verdict.repaired_from} font text remapped to Unicode")
            else:
                to_ocr.append(i)
                if texts[i].strip():
                    warnings.append(f"page {i + 1}: {verdict.reason}; OCR used")
        if to_ocr:

            def renderer(idx: int) -> Callable[[], tuple[Image.Image, int | None]]:
                return lambda: page_image(pdf_doc[idx])

            results = ocr_many((renderer(i) for i in to_ocr), ocr_lang, ocr_jobs)
            for i, res in zip(to_ocr, results, strict=True):
                pages[i] = PageText(i + 1, res.text, "ocr", res.engine, res.lang, res.words)
        return [p for p in pages if p is not None], warnings
    finally:
        pdf_doc.close()


def _single_scan(page):  # type: ignore[no-untyped-def]
    """The one upright, opaque image covering the page, if the page holds nothing else visible."""
    import pypdfium2.raw as pdfium_c

    image = None
    for obj in page.get_objects(max_depth=0):
        if obj.type == pdfium_c.FPDF_PAGEOBJ_TEXT:
            if pdfium_c.FPDFTextObj_GetTextRenderMode(obj.raw) == pdfium_c.FPDF_TEXTRENDERMODE_INVISIBLE:
                continue  # the (unusable) OCR layer of a scanner
            return None
        if obj.type != pdfium_c.FPDF_PAGEOBJ_IMAGE or image is not None:
            return None
        image = obj
    if image is None or pdfium_c.FPDFPageObj_HasTransparency(image.raw):
        return None
    a, b, c, d, _, _ = image.get_matrix().get()
    if abs(b) > 1e-6 or abs(c) > 1e-6 or a <= 0 or d <= 0:
        return None  # rotated, skewed or mirrored placement: let pdfium render it
    left, bottom, right, top = image.get_bounds()
    cl, cb, cr, ct = page.get_cropbox()
    tol = 2.0
    if left < cl - tol or bottom < cb - tol or right > cr + tol or top > ct + tol:
        return None  # partly cropped away
    if (right - left) * (top - bottom) < _MIN_SCAN_COVER * (cr - cl) * (ct - cb):
        return None
    return image


def page_image(page) -> tuple[Image.Image, int]:  # type: ignore[no-untyped-def]
    """The image to OCR for a PDF page, with its resolution in dpi.

    A page that is one scan of at least :data:`MIN_NATIVE_DPI` gives that scan's pixels at their own
    resolution (rotated as the page is displayed; OCR scales scans above 300 dpi down); anything
    else is rendered in grayscale at :data:`RENDER_DPI`.
    """
    image = _single_scan(page)
    if image is not None:
        try:
            w, h = image.get_px_size()
            left, bottom, right, top = image.get_bounds()
            dpi_x, dpi_y = w * 72 / (right - left), h * 72 / (top - bottom)
            if abs(dpi_x - dpi_y) <= 0.03 * dpi_x and dpi_x >= MIN_NATIVE_DPI:
                img = image.get_bitmap(render=False).to_pil()
                rotation = page.get_rotation() % 360
                if rotation in _TURN:
                    img = img.transpose(_TURN[rotation])
                return img, round(dpi_x)
        except Exception:  # undecodable image data: pdfium's renderer may still cope
            pass
    return page.render(scale=RENDER_DPI / 72, grayscale=True).to_pil(), RENDER_DPI


def _clean(text: str) -> str:
    import unicodedata

    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text)
