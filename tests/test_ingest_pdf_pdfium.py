"""The pdfium text-layer reader: reading order, rotated pages, image coverage and the pdfplumber fallback.

Every PDF is a real one written by reportlab with embedded DejaVu fonts; pdfplumber's
``extract_text(layout=False)`` (the reader used before) is the reference the pipeline was built on.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from pathlib import Path

import pdfplumber
import pypdfium2 as pdfium
import pytest
from builders import (
    DEJAVU_SANS,
    DEJAVU_SERIF,
    OCR_PAGES,
    PLAN_LINES,
    PLAN_TEXT,
    encode_text,
    make_scan_with_text_layer,
    pdf_bytes,
    render_page,
)
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from vetplan.extract import extract_plan
from vetplan.ingest import pdf as vpdf
from vetplan.ingest import read_document

DEJAVU_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
HEADER_LEFT = ["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HÀ NỘI", "Số: 15/KH-UBND"]
HEADER_RIGHT = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Hà Nội, ngày 3 tháng 2 năm 2024"]
BODY = ["KẾ HOẠCH", "Phát triển giáo dục nghề nghiệp", "Căn cứ Luật Giáo dục nghề nghiệp;", "I. MỤC ĐÍCH, YÊU CẦU",
        "- Nâng cao chất lượng.", "II. TỔ CHỨC THỰC HIỆN", "1. Sở Tài chính: bố trí kinh phí."]
HEADER_TEXT = "\n".join([f"{a} {b}" for a, b in zip(HEADER_LEFT, HEADER_RIGHT, strict=True)] + BODY)

Draw = Callable[[canvas.Canvas], None]
_PLUMBER_OPEN = pdfplumber.open


def _pdf(*pages: Draw, rotate: int = 0) -> bytes:
    """A PDF with one page per drawing function (fonts 'VN' and 'VNB' registered)."""
    pdfmetrics.registerFont(TTFont("VN", DEJAVU_SANS))
    pdfmetrics.registerFont(TTFont("VNB", DEJAVU_BOLD))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, pageCompression=0, invariant=1)
    for draw in pages:
        draw(c)
        if rotate:
            c.setPageRotation(rotate)
        c.showPage()
    c.save()
    return buf.getvalue()


def _lines_at(lines: Sequence[str], order: Sequence[int], size: float = 12) -> Draw:
    """Draw ``lines`` top to bottom on the page, writing them into the content stream in ``order``."""

    def draw(c: canvas.Canvas) -> None:
        for i in order:
            c.setFont("VN", size)
            c.drawString(72, A4[1] - 72 - size * 1.5 * i, lines[i])

    return draw


def _header(c: canvas.Canvas, scaled: bool = False) -> None:
    """A two-column header as word processors write it: the whole left cell, then the whole right cell.

    The motto column is bold, one point larger and 0.6 pt off the issuer column's baselines.
    ``scaled``: every string is set in a 1 pt font under a 12x (13x) scaling matrix.
    """
    top = A4[1] - 60

    def put(font: str, size: float, x: float, y: float, s: str, centred: bool = True) -> None:
        c.saveState()
        c.translate(x, y)
        if scaled:
            c.scale(size, size)
        c.setFont(font, 1 if scaled else size)
        (c.drawCentredString if centred else c.drawString)(0, 0, s)
        c.restoreState()

    for i, s in enumerate(HEADER_LEFT):
        put("VN", 12, 150, top - 18 * i, s)
    for i, s in enumerate(HEADER_RIGHT):
        put("VNB", 13, 400, top - 18 * i + 0.6, s)
    for i, s in enumerate(BODY):
        put("VN", 12, 72, top - 80 - 18 * i, s, centred=False)


def _table(c: canvas.Canvas) -> None:
    """A ruled table whose last row has a cell wrapped on two lines."""
    rows = [["STT", "Đơn vị", "Chỉ tiêu"], ["1", "Sở Lao động - Thương binh", "215.000 người"],
            ["2", "Trường nghề", "72,5%"]]
    xs, y = [72, 110, 330, 500], A4[1] - 100
    c.setFont("VN", 11)
    for row in rows:
        c.line(xs[0], y + 14, xs[-1], y + 14)
        for x, cell in zip(xs, row, strict=False):
            c.drawString(x + 4, y, cell)
        y -= 20
    c.drawString(xs[0] + 4, y, "3")
    c.drawString(xs[1] + 4, y, "Trung tâm giáo dục")
    c.drawString(xs[1] + 4, y - 14, "nghề nghiệp quận")
    c.drawString(xs[2] + 4, y, "1.200")
    for x in xs:
        c.line(x, A4[1] - 86, x, y - 20)


def _separate_words(c: canvas.Canvas) -> None:
    """Every word drawn on its own, without space characters (spaces come from the gaps)."""
    c.setFont("VN", 12)
    for i, line in enumerate(PLAN_LINES):
        x = 72.0
        for word in line.split():
            c.drawString(x, A4[1] - 72 - 18 * i, word)
            x += pdfmetrics.stringWidth(word, "VN", 12) + 5


def _landscape(c: canvas.Canvas) -> None:
    """A landscape page in a portrait box: text drawn turned 90° counter-clockwise (shown upright with /Rotate 90)."""
    c.translate(A4[0], 0)
    c.rotate(90)
    _lines_at(PLAN_LINES, range(len(PLAN_LINES)))(c)


def _plumber_text(data: bytes, page: int = 0) -> str:
    with _PLUMBER_OPEN(io.BytesIO(data)) as plumb:
        return plumb.pages[page].extract_text(layout=False) or ""


def _pdfium_text(data: bytes, page: int = 0) -> str | None:
    return vpdf.pdfium_page_text(pdfium.PdfDocument(data)[page].get_textpage())


def _raw_pdfium(data: bytes, page: int = 0) -> str:
    """pdfium's own text order (content-stream order), lines split on its CRLFs."""
    return pdfium.PdfDocument(data)[page].get_textpage().get_text_range().replace("\r\n", "\n")


def _read(tmp_path: Path, data: bytes) -> list[str]:
    f = tmp_path / "p.pdf"
    f.write_bytes(data)
    doc = read_document(f)
    assert all(p.method == "pdf-text" for p in doc.pages) and doc.warnings == []
    return [p.text for p in doc.pages]


@pytest.fixture
def no_plumber(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Make read_pdf's use of pdfplumber fail, and record it (the tests' own reference reads still work)."""
    calls: list[int] = []

    def refuse(*_a: object, **_k: object) -> object:
        calls.append(1)
        raise AssertionError("pdfplumber opened")

    monkeypatch.setattr(pdfplumber, "open", refuse)
    return calls


def test_two_column_header_is_one_line_per_row(tmp_path: Path, no_plumber: list[int]) -> None:
    data = _pdf(_header)
    assert _raw_pdfium(data).startswith("\n".join(HEADER_LEFT))  # pdfium's own order: left cell, then right
    assert _read(tmp_path, data) == [HEADER_TEXT]
    assert _plumber_text(data) == HEADER_TEXT
    d = extract_plan(HEADER_TEXT).document
    assert d.number == "15/KH-UBND" and d.place == "Hà Nội" and d.issuer == "ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI"
    assert not no_plumber


def test_header_in_a_scaled_one_point_font(tmp_path: Path) -> None:
    # pdfium's FPDFText_GetFontSize says 1 here; the 0.6 pt offset must still be within one line
    data = _pdf(lambda c: _header(c, scaled=True))
    assert _read(tmp_path, data) == [HEADER_TEXT] == [_plumber_text(data)]


def test_content_stream_out_of_visual_order(tmp_path: Path, no_plumber: list[int]) -> None:
    order = [3, 0, 7, 1, 5, 2, 6, 4]
    data = _pdf(_lines_at(PLAN_LINES, order), _lines_at(PLAN_LINES, order[::-1]))
    assert _raw_pdfium(data).splitlines() == [PLAN_LINES[i] for i in order]
    assert _read(tmp_path, data) == [PLAN_TEXT, PLAN_TEXT]
    assert not no_plumber


def test_wrapped_table_cell_goes_under_its_row() -> None:
    data = _pdf(_table)
    assert "Trung tâm giáo dục\nnghề nghiệp quận\n1.200" in _raw_pdfium(data)
    assert _pdfium_text(data) == _plumber_text(data)
    assert (_pdfium_text(data) or "").endswith("3 Trung tâm giáo dục 1.200\nnghề nghiệp quận")


@pytest.mark.parametrize("leading", [8.0, 10.0])
def test_tightly_set_lines_pdfium_runs_together_are_cut(leading: float) -> None:
    lines = ["Đẩy mạnh đào tạo nghề", "nâng cao chất lượng", "hiệu quả đào tạo."]

    def draw(c: canvas.Canvas) -> None:
        t = c.beginText(72, 700)
        t.setFont("VN", 12, leading=leading)  # one text object, lines closer than the font size
        for line in lines:
            t.textLine(line)
        c.drawText(t)

    data = _pdf(draw)
    assert len(_raw_pdfium(data).splitlines()) < len(lines)
    assert _pdfium_text(data) == "\n".join(lines) == _plumber_text(data)


def test_hyphen_ending_a_line_is_kept() -> None:
    # pdfium runs "tạo-" on into "bồi" as one line and reports the hyphen as a marker (U+FFFE / 0x02)
    lines = ["Sở Lao động -", "Thương binh và Xã hội; đào tạo-", "bồi dưỡng nghề."]
    data = _pdf(_lines_at(lines, range(3)))
    assert "\ufffe" in _raw_pdfium(data)
    assert _pdfium_text(data) == "\n".join(lines) == _plumber_text(data)


@pytest.mark.parametrize("rotate", [90, 180, 270])
def test_rotated_pages_read_in_their_own_frame(tmp_path: Path, no_plumber: list[int], rotate: int) -> None:
    # pdfplumber reads these as one word per line (90, 270) or mirrored text (180)
    data = _pdf(_lines_at(PLAN_LINES, range(len(PLAN_LINES))), rotate=rotate)
    assert _read(tmp_path, data) == [PLAN_TEXT]
    assert _plumber_text(data) != PLAN_TEXT


def test_landscape_text_turned_on_a_portrait_page(tmp_path: Path, no_plumber: list[int]) -> None:
    data = _pdf(_landscape, rotate=90)
    assert _read(tmp_path, data) == [PLAN_TEXT] == [_plumber_text(data)]


@pytest.mark.parametrize(
    "make",
    [
        lambda: pdf_bytes([PLAN_LINES, PLAN_LINES[:3]]),
        lambda: pdf_bytes([PLAN_LINES], font_path=DEJAVU_SERIF),
        lambda: pdf_bytes([PLAN_LINES], font_size=9),
        lambda: _pdf(_separate_words),
        lambda: _pdf(_header),
        lambda: _pdf(_table),
    ],
    ids=["two-pages", "serif", "9pt", "separate-words", "header", "table"],
)
def test_same_text_as_pdfplumber(make: Callable[[], bytes]) -> None:
    data = make()
    for i in range(len(pdfium.PdfDocument(data))):
        assert _pdfium_text(data, i) == _plumber_text(data, i)


def test_legacy_font_repair_without_pdfplumber(tmp_path: Path, no_plumber: list[int]) -> None:
    lines = ["Phát triển giáo dục nghề nghiệp năm 2024", "Đẩy mạnh đào tạo nghề cho lao động, chất lọc"]
    fake = [encode_text(x, "tcvn3").decode("cp1252") for x in lines]
    f = tmp_path / "vntime.pdf"
    f.write_bytes(pdf_bytes([fake], standard_font=True))
    doc = read_document(f)
    assert doc.pages[0].method == "pdf-text" and doc.pages[0].text == "\n".join(lines)
    assert doc.warnings == ["page 1: legacy tcvn3 font text remapped to Unicode"]
    assert not no_plumber


def test_unusable_pdfium_text_is_read_again_by_pdfplumber(monkeypatch: pytest.MonkeyPatch) -> None:
    # no ToUnicode map: pdfium gives control characters, pdfplumber (cid:NN), whose reason is kept
    data = pdf_bytes([OCR_PAGES[0]], break_tounicode=True)
    assert "(cid:" not in (_pdfium_text(data) or "")
    texts, verdicts, warnings = [""], [vpdf.judge_text_layer("x\x01\x02\x03\x04")], []
    vpdf._plumber_retry(data, [0], texts, verdicts, warnings)
    assert "(cid:" in texts[0] and "cid" in (verdicts[0].reason or "") and not warnings


def test_pdfium_failures_fall_back_to_pdfplumber(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = _pdf(_header, _lines_at(PLAN_LINES, range(8)))
    calls: list[int] = []
    real = vpdf.pdfium_page_text

    def flaky(tp: object, *_where: object) -> str | None:  # (its tables and height too)
        calls.append(1)
        if len(calls) == 1:
            return None  # chars pdfium cannot place
        raise RuntimeError("pdfium broke")

    monkeypatch.setattr(vpdf, "pdfium_page_text", flaky)
    assert _read(tmp_path, data) == [_plumber_text(data, 0), PLAN_TEXT]
    assert len(calls) == 2
    monkeypatch.setattr(vpdf, "pdfium_page_text", real)
    assert _read(tmp_path, data) == [HEADER_TEXT, PLAN_TEXT]


def test_pdfplumber_failure_keeps_pdfium_verdict(monkeypatch: pytest.MonkeyPatch) -> None:
    data = pdf_bytes([PLAN_LINES])
    monkeypatch.setattr(pdfplumber, "open", lambda *_a, **_k: 1 / 0)
    texts, verdicts, warnings = ["\x01\x02"], [vpdf.LayerVerdict(False, "\x01\x02", "junk")], []
    vpdf._plumber_retry(data, [0], texts, verdicts, warnings)
    assert texts == ["\x01\x02"] and verdicts[0].reason == "junk"
    assert warnings == ["pdfplumber failed (ZeroDivisionError: division by zero); pdfium text kept"]


def _image_page(width: float, height: float, form: bool = False) -> Draw:
    from reportlab.lib.utils import ImageReader

    img = ImageReader(render_page(OCR_PAGES[0], dpi=100))

    def draw(c: canvas.Canvas) -> None:
        if form:
            c.beginForm("scan")
            c.drawImage(img, 0, 0, width=width, height=height)
            c.endForm()
            c.saveState()
            c.translate(30, 40)
            c.scale(0.5, 0.8)
            c.doForm("scan")
            c.restoreState()
        else:
            c.drawImage(img, 50, 60, width=width, height=height)
        c.setFont("VN", 12)
        c.drawString(72, 72, "Kế hoạch")

    return draw


def test_image_coverage_matches_pdfplumber(tmp_path: Path) -> None:
    scan = make_scan_with_text_layer(tmp_path / "s.pdf", OCR_PAGES[0], ["abc"]).read_bytes()
    cases = [scan, pdf_bytes([PLAN_LINES]), _pdf(_image_page(300, 200)), _pdf(_image_page(500, 700, form=True))]
    got = []
    for data in cases:
        with pdfplumber.open(io.BytesIO(data)) as plumb:
            want = vpdf._image_coverage(plumb.pages[0])
        got.append(vpdf._pdfium_image_coverage(pdfium.PdfDocument(data)[0]))
        assert got[-1] == pytest.approx(want, abs=1e-3)
    assert got[0] > 0.99 and got[1] == 0 and 0.1 < got[2] < 0.2 and 0.25 < got[3] < 0.4
