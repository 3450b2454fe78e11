"""A scanned first-and-last page in the official layout (Nghị định 30/2020/NĐ-CP): the issuer and the national
motto side by side, the number beside the place and date, a centred title, the body, then the recipients beside
the signature column — OCR'd by real Tesseract, which reads the two columns line by line merged, then repaired
and extracted as ``vetplan ingest`` does."""

from __future__ import annotations

from pathlib import Path

from builders import LIBERATION_SERIF
from PIL import Image, ImageDraw, ImageFont

from vetplan.ingest import read_document
from vetplan.pipeline import build_plan

DPI = 300
BOLD = LIBERATION_SERIF.replace("Regular", "Bold")
LEFT_HEAD = [("ỦY BAN NHÂN DÂN", False), ("TỈNH NINH BÌNH", True), ("", False), ("Số: 112/KH-UBND", False)]
RIGHT_HEAD = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True), ("Độc lập - Tự do - Hạnh phúc", True), ("", False),
              ("Ninh Bình, ngày 14 tháng 6 năm 2023", False)]
TITLE = ["KẾ HOẠCH", "Phát triển giáo dục nghề nghiệp", "tỉnh Ninh Bình năm 2023"]
BODY = """Căn cứ Quyết định số 2239/QĐ-TTg ngày 30/12/2021 của Thủ tướng Chính phủ, Ủy ban nhân dân
tỉnh ban hành Kế hoạch phát triển giáo dục nghề nghiệp năm 2023 như sau:
I. MỤC ĐÍCH, YÊU CẦU
Nâng cao chất lượng đào tạo, đáp ứng nhu cầu nhân lực của thị trường lao động.
II. CHỈ TIÊU
Tuyển sinh 18.500 người; tỷ lệ lao động qua đào tạo đạt 71,5%.
III. NHIỆM VỤ VÀ GIẢI PHÁP
1. Đổi mới tuyển sinh
Sở Lao động - Thương binh và Xã hội chủ trì, phối hợp với Sở Giáo dục và Đào tạo thực hiện.
IV. TỔ CHỨC THỰC HIỆN
Các sở, ngành báo cáo kết quả về Sở Lao động - Thương binh và Xã hội trước ngày 15/12/2023.""".split("\n")
LEFT_TAIL = ["Nơi nhận:", "- Bộ Lao động - TB và XH;", "- Thường trực Tỉnh ủy;", "- Lưu: VT, VP6."]
RIGHT_TAIL = ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Trần Song Tùng"]


def official_page() -> Image.Image:
    w, h = round(8.27 * DPI), round(11.69 * DPI)
    img = Image.new("L", (w, h), 255)
    d = ImageDraw.Draw(img)
    lh = round(13 * 1.5 * DPI / 72)

    def font(bold: bool, pt: float = 13) -> ImageFont.FreeTypeFont:
        return ImageFont.truetype(BOLD if bold else LIBERATION_SERIF, round(pt * DPI / 72))

    def centred(x0: int, x1: int, y: int, text: str, f: ImageFont.FreeTypeFont) -> None:
        d.text((x0 + (x1 - x0 - d.textlength(text, font=f)) / 2, y), text, font=f, fill=0)

    y = round(0.6 * DPI)
    for k, ((left, lb), (right, rb)) in enumerate(zip(LEFT_HEAD, RIGHT_HEAD, strict=True)):
        centred(140, 1090, y + k * lh, left, font(lb, 12.5))
        centred(1040, w - 90, y + k * lh, right, font(rb, 12.5))
    y += 5 * lh
    for line in TITLE:
        centred(0, w, y, line, font(True, 14))
        y += round(1.1 * lh)
    y += lh
    for line in BODY:
        d.text((240, y), line, font=font(False), fill=0)
        y += lh
    y += lh
    for k, line in enumerate(LEFT_TAIL):
        d.text((240, y + k * lh), line, font=font(k == 0, 11), fill=0)
    for k, line in enumerate(RIGHT_TAIL):
        centred(1290, w - 240, y + k * lh, line, font(True))
    return img


def test_an_official_page_is_read_and_its_fields_found(tmp_path: Path) -> None:
    path = tmp_path / "scan.png"
    official_page().save(path, dpi=(DPI, DPI))
    plan = build_plan(read_document(path))
    d = plan.document
    assert (d.number, d.doc_type, d.place, str(d.issued_date)) == ("112/KH-UBND", "Kế hoạch", "Ninh Bình", "2023-06-14")
    assert d.issuer == "ỦY BAN NHÂN DÂN TỈNH NINH BÌNH"
    assert d.title == "Phát triển giáo dục nghề nghiệp tỉnh Ninh Bình năm 2023"  # not the preamble after it
    assert d.signer is not None
    assert (d.signer.name, d.signer.position, d.signer.on_behalf_of) == (
        "Trần Song Tùng", "PHÓ CHỦ TỊCH", "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH")
    assert d.recipients == ["Bộ Lao động - TB và XH", "Thường trực Tỉnh ủy"]
    assert [(b.number, str(b.date)) for b in plan.legal_basis] == [("2239/QĐ-TTg", "2021-12-30")]
    assert [s.kind for s in plan.sections] == ["purpose", "targets", "tasks", "implementation"]
    assert [(t.value, t.unit) for t in plan.targets] == [(18500, "người"), (71.5, "%")]
    (task,) = plan.tasks
    assert (task.lead, task.partners) == (["Sở Lao động - Thương binh và Xã hội"], ["Sở Giáo dục và Đào tạo"])
    assert [str(r.deadline) for r in plan.reporting] == ["2023-12-15"]
