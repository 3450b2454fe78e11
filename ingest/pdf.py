"""PDF pages: text layer through pdfium (pdfplumber as fallback), OCR for unusable pages.

A page that is just one scanned image is OCR'd from that image at its own resolution (decoded by
pypdfium2, no page rendering: an embedded 150-dpi scan is not upscaled, and decoding costs about a
tenth of a 300-dpi render); any other page is rendered at :data:`RENDER_DPI`.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PIL import Image

from .legacy import letter_count, repair_legacy_font_text
from .models import PageText, check_page_limit
from .ocr import ocr_many, ocr_page, prepare_image
from .vietnamese import score_text

RENDER_DPI = 300
# A page rendered for OCR holds at most this many pixels and this many on a side (Tesseract refuses an image
# over 32,767 pixels high or wide): a larger page (an A1 poster) is rendered at the resolution that fits; one
# that fits only below MIN_RENDER_DPI (a 35-metre strip from a broken MediaBox) is rejected before rendering
MAX_RENDER_PIXELS = 40_000_000
MAX_RENDER_SIDE = 32_000
MIN_RENDER_DPI = 100
# Scans down to this resolution are OCR'd from their own pixels, not upscaled: Tesseract reads a speckled
# 100–200 dpi scan far worse once it is enlarged (its specks grow past the noise filter's size and join the
# letters; CER 0.1–1.4% native → 4–15% rendered at 300 dpi; README "How scans are read").
MIN_NATIVE_DPI = 70
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


def judge_text_layer(text: str, image_coverage: float = 0.0) -> LayerVerdict:
    """Decide if a page's extracted text is real text, a legacy-font encoding to remap, or garbage."""
    stripped = text.strip()
    if not stripped:
        return LayerVerdict(False, text, "no text layer")
    cids = len(_CID.findall(stripped))
    if cids and cids * 8 > len(stripped) * 0.2:
        return LayerVerdict(False, text, f"{cids} (cid:NN) glyphs without Unicode mapping")
    sc = score_text(stripped)
    letters = letter_count(stripped)
    junk = sc.junk_chars > max(2, 0.02 * letters)
    if junk or sc.quality < 0.6:
        repaired = repair_legacy_font_text(text)
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
    """Share of a pdfplumber page covered by its largest image (the fallback reader's view)."""
    try:
        area = float(page.width * page.height)  # type: ignore[attr-defined]
        covered = 0.0
        for im in page.images:  # type: ignore[attr-defined]
            covered = max(covered, float((im["x1"] - im["x0"]) * (im["bottom"] - im["top"])))
        return covered / area if area else 0.0
    except Exception:
        return 0.0


Matrix = tuple[float, float, float, float, float, float]


def _compose(m: Matrix, n: Matrix) -> Matrix:
    """``m`` then ``n`` (PDF row-vector convention)."""
    a, b, c, d, e, f = m
    a2, b2, c2, d2, e2, f2 = n
    return (
        a * a2 + b * c2, a * b2 + b * d2, c * a2 + d * c2, c * b2 + d * d2, e * a2 + f * c2 + e2, e * b2 + f * d2 + f2
    )


def _pdfium_image_coverage(page) -> float:  # type: ignore[no-untyped-def]
    """Share of a pdfium page covered by its largest image, images inside Form XObjects included.

    Equivalent to :func:`_image_coverage` on pdfplumber's ``page.images`` (bounding box of the placed
    image over the page's width x height), from pdfium's page objects without parsing the page twice.
    """
    import ctypes

    import pypdfium2.raw as pdfium_c

    try:
        width, height = page.get_size()
        area = float(width * height)
        if not area:
            return 0.0
        best = 0.0
        ident: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
        n_objects = pdfium_c.FPDFPage_CountObjects(page.raw)
        stack = [(pdfium_c.FPDFPage_GetObject(page.raw, i), ident, 0) for i in range(n_objects)]
        box = [ctypes.c_float() for _ in range(4)]
        fs = pdfium_c.FS_MATRIX()
        while stack:
            obj, outer, depth = stack.pop()
            kind = pdfium_c.FPDFPageObj_GetType(obj)
            if kind == pdfium_c.FPDF_PAGEOBJ_FORM and depth < 15:
                if not pdfium_c.FPDFPageObj_GetMatrix(obj, fs):
                    continue
                inner = _compose((fs.a, fs.b, fs.c, fs.d, fs.e, fs.f), outer)
                stack += [(pdfium_c.FPDFFormObj_GetObject(obj, j), inner, depth + 1)
                          for j in range(pdfium_c.FPDFFormObj_CountObjects(obj))]
            elif kind == pdfium_c.FPDF_PAGEOBJ_IMAGE:
                if not pdfium_c.FPDFPageObj_GetBounds(obj, *(ctypes.byref(v) for v in box)):
                    continue
                left, bottom, right, top = (v.value for v in box)
                if outer != ident:  # bounds of an object in a form are in the form's space
                    a, b, c, d, e, f = outer
                    xs = [a * x + c * y + e for x in (left, right) for y in (bottom, top)]
                    ys = [b * x + d * y + f for x in (left, right) for y in (bottom, top)]
                    left, right, bottom, top = min(xs), max(xs), min(ys), max(ys)
                best = max(best, (right - left) * (top - bottom))
        return best / area
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


@dataclass
class _Segment:
    """A run of text on one visual line, placed in the page's upright frame (y grows upwards)."""

    text: str
    x: float
    y: float
    size: float


_LINE_RUN = re.compile(r"[^\r\n]+")
_HYPHEN = "\ufffe"  # pdfium's text for a hyphen ending a line (the line break itself is dropped)


def _origin(tp, index: int, turn: int) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    """Origin of a char, rotated by ``-turn`` quarter turns so the page's text runs left to right."""
    import ctypes

    import pypdfium2.raw as pdfium_c

    cx, cy = ctypes.c_double(), ctypes.c_double()
    pdfium_c.FPDFText_GetCharOrigin(tp, index, ctypes.byref(cx), ctypes.byref(cy))
    x, y = cx.value, cy.value
    for _ in range(turn):
        x, y = y, -x
    return x, y


def _size(tp, index: int, turn: int) -> float:  # type: ignore[no-untyped-def]
    """A char's font size on the page: the height of its loose box across the text direction.

    (pdfium's own font size leaves out the text matrix: 1 for text set in a 1 pt font scaled 12 times.)
    """
    left, bottom, right, top = tp.get_charbox(index, loose=True)
    size = (right - left) if turn % 2 else (top - bottom)
    return size if size > 0 else 10.0


def _split_by_chars(tp, first: int, last: int, turn: int, size: float) -> list[_Segment]:  # type: ignore[no-untyped-def]
    """Cut pdfium's line ``first..last`` (char indices) where its chars jump to another visual line."""
    import pypdfium2.raw as pdfium_c

    out: list[_Segment] = []
    chars: list[str] = []
    inked = False  # ``chars`` holds more than whitespace
    x0 = y0 = last_x = 0.0
    for ci in range(first, last + 1):
        code = pdfium_c.FPDFText_GetUnicode(tp, ci)
        ch = "-" if pdfium_c.FPDFText_IsHyphen(tp, ci) == 1 else chr(code or 32)
        if ch.isspace() or pdfium_c.FPDFText_IsGenerated(tp, ci) == 1:
            chars.append(ch)
            continue
        x, y = _origin(tp, ci, turn)
        if inked and (abs(y - y0) > 0.5 * size or x < last_x - size):
            out.append(_Segment("".join(chars), x0, y0, size))
            chars, inked = [], False
        if not inked:
            x0, y0, inked = x, y, True
        chars.append(ch)
        last_x = x
    if inked:
        out.append(_Segment("".join(chars), x0, y0, size))
    return out


#: a table found on a page: its box (pdfplumber's frame: x0, top, x1, bottom, in points from the top left) and its
#: rows as lines, cells joined by " | " as for a DOCX
PageTable = tuple[tuple[float, float, float, float], list[str]]


def pdfium_page_text(tp, tables: list[PageTable] | None = None,  # type: ignore[no-untyped-def]
                     height: float = 0.0) -> str | None:
    """A pdfium text page as lines in top-to-bottom order, pieces of one visual line joined by a space.

    pdfium gives text in content-stream order, one of its lines per ``\\r\\n``: the left column of a
    two-column header before the right one, a late-drawn line at the end.  Each of its lines is placed
    by its first char's baseline (in the frame where the page's dominant text direction is left to
    right, so rotated pages work), lines within 0.3 font size of a baseline are one visual line,
    ordered by x, and whitespace runs are one space: pdfplumber's ``extract_text(layout=False)``
    output.  A pdfium line whose last char is not on its first char's line is cut char by char (pdfium
    joins a line ending in a hyphen to the next and hides the hyphen: it is put back).
    ``None`` if chars cannot be placed. On an upright page, the text inside ``tables`` (a page ``height`` points
    high) is left out and each table's rows are lines where the table begins (a row's cells, which pdfium reads as
    one line, or as lines that cut across the cells, kept apart).
    """
    import math

    import pypdfium2.raw as pdfium_c

    text = tp.get_text_range()
    runs: list[tuple[str, int, int, float]] = []  # text, first char, last char, angle
    for m in _LINE_RUN.finditer(text):
        piece = m.group()
        if not piece.strip():
            continue
        lead = len(piece) - len(piece.lstrip())
        first = pdfium_c.FPDFText_GetCharIndexFromTextIndex(tp, m.start() + lead)
        last = pdfium_c.FPDFText_GetCharIndexFromTextIndex(tp, m.start() + len(piece.rstrip()) - 1)
        if first < 0 or last < first:
            return None
        angle = pdfium_c.FPDFText_GetCharAngle(tp, first)
        runs.append((piece, first, last, angle if angle >= 0 else 0.0))
    if not runs:
        return ""
    votes = [0, 0, 0, 0]
    for piece, _, _, angle in runs:
        votes[round(-angle / (math.pi / 2)) % 4] += len(piece)  # pdfium's angle runs clockwise
    turn = votes.index(max(votes))
    segs: list[_Segment] = []
    for piece, first, last, _ in runs:
        size = _size(tp, first, turn)
        x, y = _origin(tp, first, turn)
        x2, y2 = _origin(tp, last, turn)
        if abs(y2 - y) > 0.5 * size or x2 < x - 1:
            segs += _split_by_chars(tp, first, last, turn, size)
        else:
            segs.append(_Segment(piece.replace(_HYPHEN, "-"), x, y, size))
    if tables and turn == 0 and height > 0:
        segs = [s for s in segs if not any(_inside(s, box, height) for box, _ in tables)]
        segs += [_Segment("\n".join(table_lines), box[0], height - box[1], 0.0) for box, table_lines in tables]
    segs.sort(key=lambda s: -s.y)
    rows: list[list[_Segment]] = []
    for seg in segs:
        anchor = rows[-1][0] if rows else None
        if anchor is not None and anchor.y - seg.y <= 0.3 * min(anchor.size, seg.size):
            rows[-1].append(seg)
        else:
            rows.append([seg])
    lines = (" ".join(s.text if s.size == 0.0 else " ".join(s.text.split()) for s in sorted(row, key=lambda s: s.x))
             for row in rows)  # (a table's rows, size 0, as they are)
    return "\n".join(line for line in lines if line)


def _inside(seg: _Segment, box: tuple[float, float, float, float], height: float) -> bool:
    """Whether a segment's start (a little above its baseline) lies inside a table's box."""
    x, top = seg.x + 0.5, height - seg.y - 0.3 * seg.size
    return box[0] <= x <= box[2] and box[1] <= top <= box[3]


#: a page with fewer path objects than this draws no ruled table (its pdfplumber reading is spared)
MIN_TABLE_PATHS = 6


def _ruled(page) -> bool:  # type: ignore[no-untyped-def]
    """Whether a pdfium page draws enough lines or boxes to hold a ruled table."""
    import pypdfium2.raw as pdfium_c

    try:
        paths = page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_PATH], max_depth=2)
        return sum(1 for _ in zip(range(MIN_TABLE_PATHS), paths, strict=False)) >= MIN_TABLE_PATHS
    except Exception:  # noqa: BLE001 - a damaged content stream: no tables looked for
        return False


def page_tables(plumb_page) -> list[PageTable]:  # type: ignore[no-untyped-def]
    """The ruled tables of a pdfplumber page (its lines' strategy: a table drawn with borders, as word processors print
    them), each as its box and its rows, a cell's lines joined by spaces, a merged cell's covered ones empty; tables
    of one column or one row are none (a framed paragraph, a box around the header)."""
    out: list[PageTable] = []
    for table in plumb_page.find_tables():
        rows = table.extract()
        if len(rows) < 2 or max((len(r) for r in rows), default=0) < 2:
            continue
        lines = [" | ".join(" ".join((cell or "").split()) for cell in row) for row in rows]
        if any(_CID.search(line) for line in lines):
            continue  # (glyphs pdfminer cannot name: pdfium's reading of them is kept)
        out.append((tuple(table.bbox), lines))
    return out


def _pdfium_read(page, tables: list[PageTable] | None = None) -> tuple[str | None, float]:  # type: ignore[no-untyped-def]
    """Text (``None`` if pdfium cannot place it) and image coverage of a pdfium page (its ``tables`` row by row)."""
    try:
        tp = page.get_textpage()
        try:
            text = pdfium_page_text(tp, tables, page.get_height()) if tp.count_chars() else ""
        finally:
            tp.close()
    except Exception:
        text = None
    return text, _pdfium_image_coverage(page)


class _Tables:
    """The ruled tables of a PDF's pages, found by pdfplumber on the pages that draw enough lines (opened once, on the
    first such page); none where pdfplumber fails."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.plumb: Any = None  # (a pdfplumber.PDF once opened)
        self.failed = False

    def of(self, index: int, page) -> list[PageTable]:  # type: ignore[no-untyped-def]
        if self.failed or not _ruled(page):
            return []
        try:
            if self.plumb is None:
                import pdfplumber

                self.plumb = pdfplumber.open(io.BytesIO(self.data))
            return page_tables(self.plumb.pages[index])
        except Exception:  # noqa: BLE001 - pdfminer can choke where pdfium copes: the text without its tables
            self.failed = True
            return []

    def close(self) -> None:
        if self.plumb is not None:
            self.plumb.close()


def read_pdf(
    data: bytes, *, ocr_lang: str, max_pages: int | None, ocr_jobs: int, strict_max_pages: bool = False,
    ocr: bool = True,
) -> tuple[list[PageText], list[str]]:
    """Extract all pages of a PDF; OCR only pages whose text layer is unusable (with ``ocr=False`` such pages
    are left out, with a warning, and a PDF with none usable is rejected).

    The text layer is read with pdfium; a page pdfium cannot place, or whose pdfium text is judged
    unusable, is read again with pdfplumber, whose text is kept when it is usable (or when both are
    not: its reason, e.g. ``(cid:NN)`` glyphs, is the better one).
    """
    warnings: list[str] = []
    pdf_doc = _open_pdfium(data)
    try:
        n_pages = len(pdf_doc)
        if n_pages == 0:
            raise PdfRejected("PDF has no pages")
        limit = check_page_limit(n_pages, max_pages, strict_max_pages, warnings)
        verdicts: list[LayerVerdict] = []
        texts: list[str] = []
        retry: list[int] = []
        tables = _Tables(data)
        try:
            for i in range(limit):
                text, cover = _pdfium_read(pdf_doc[i], tables.of(i, pdf_doc[i]))
                verdicts.append(judge_text_layer(text or "", cover))
                texts.append(text or "")
                if text is None or (text.strip() and not verdicts[i].usable):
                    retry.append(i)
        finally:
            tables.close()
        if retry:
            _plumber_retry(data, retry, texts, verdicts, warnings)
        pages: list[PageText | None] = [None] * limit
        to_ocr: list[int] = []
        skipped: list[str] = []
        for i, verdict in enumerate(verdicts):
            if verdict.usable:
                pages[i] = PageText(i + 1, _clean(verdict.text), "pdf-text")
                if verdict.repaired_from:
                    warnings.append(f"page {i + 1}: legacy {verdict.repaired_from} font text remapped to Unicode")
            elif not ocr:
                skipped.append(f"page {i + 1}: {verdict.reason or 'no text layer'}, not OCR'd")
            else:
                try:
                    render_dpi(*pdf_doc[i].get_size())  # a page too large to OCR is left out, not the document
                except PdfRejected as e:
                    skipped.append(f"page {i + 1}: {e}")
                    continue
                to_ocr.append(i)
                if texts[i].strip():
                    warnings.append(f"page {i + 1}: {verdict.reason}; OCR used")
        if not ocr and not any(pages):
            raise PdfRejected(f"none of its {limit} page(s) has a usable text layer (a scan: its text needs OCR)")
        if skipped and not to_ocr and not any(pages):
            raise PdfRejected("; ".join(skipped))  # nothing readable is left
        warnings += [f"{why}; page skipped" for why in skipped]
        if to_ocr:

            def renderer(idx: int) -> Callable[[], tuple[Image.Image, int | None]]:
                return lambda: page_image(pdf_doc[idx])

            results = ocr_many((renderer(i) for i in to_ocr), ocr_lang, ocr_jobs)
            for i, res in zip(to_ocr, results, strict=True):
                pages[i] = ocr_page(i + 1, res, warnings)
        return [p for p in pages if p is not None], warnings
    finally:
        pdf_doc.close()


def _plumber_retry(
    data: bytes, indices: list[int], texts: list[str], verdicts: list[LayerVerdict], warnings: list[str]
) -> None:
    """Read pages ``indices`` with pdfplumber; take its text where pdfium's was unplaceable or unusable."""
    import pdfplumber

    try:
        with pdfplumber.open(io.BytesIO(data)) as plumb:
            for i in indices:
                page = plumb.pages[i]
                text = page.extract_text(layout=False) or ""
                verdict = judge_text_layer(text, _image_coverage(page))
                if verdict.usable or not verdicts[i].usable:
                    texts[i], verdicts[i] = text, verdict
    except Exception as e:  # pdfminer can choke where pdfium copes
        warnings.append(f"pdfplumber failed ({type(e).__name__}: {e}); pdfium text kept")


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
    else is rendered at :data:`RENDER_DPI` (less for a page larger than A2: :func:`render_dpi`). Either
    comes back in grayscale, a colour page with its red seal dropped out
    (:func:`~vetplan.ingest.ocr.prepare_image`; pdfium renders in colour faster than in grayscale, and
    only the grayscale page is held while pages wait for Tesseract).
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
                return prepare_image(img), round(dpi_x)
        except Exception:  # undecodable image data: pdfium's renderer may still cope
            pass
    dpi = render_dpi(*page.get_size())
    return prepare_image(page.render(scale=dpi / 72).to_pil()), dpi


def render_dpi(width_pt: float, height_pt: float) -> int:
    """The resolution a page of this size (points) is rendered at for OCR: :data:`RENDER_DPI`, or less where
    the page would pass :data:`MAX_RENDER_PIXELS` or :data:`MAX_RENDER_SIDE` (A4 and A2 300 dpi, A1 227, A0 160).
    Raises :class:`PdfRejected` when even :data:`MIN_RENDER_DPI` would not fit."""
    w, h = max(width_pt, 1.0), max(height_pt, 1.0)
    fit = min(RENDER_DPI, 72 * (MAX_RENDER_PIXELS / (w * h)) ** 0.5, 72 * MAX_RENDER_SIDE / max(w, h))
    if fit < MIN_RENDER_DPI:
        raise PdfRejected(f"a page of {width_pt:.0f} x {height_pt:.0f} pt ({width_pt / 72 * 2.54:.0f} x "
                          f"{height_pt / 72 * 2.54:.0f} cm) is too large to render for OCR")
    return int(fit)


#: a list item's bullet drawn from a symbol font (Symbol's, Wingdings' private-use characters: "\uf02d", "\uf0b7")
#: or a typographic one, opening a line: written "-", as plans type their dashes
_SYMBOL_BULLET = re.compile("^([ \t]*)[\ue000-\uf8ff\u2022\u25aa\u25cf\u25e6\u27a2\u2043][ \t]*", re.M)


def _clean(text: str) -> str:
    """A text layer's line ends and normal form; a symbol font's bullet as a dash (a Word list's "-" printed to PDF
    is Symbol's "\uf02d": the items of a task had not been read as items)."""
    import unicodedata

    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", _SYMBOL_BULLET.sub(r"\1- ", text))
