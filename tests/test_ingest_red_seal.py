"""A colour scan's red seal, stamped over the signature block, is dropped out before OCR."""

from __future__ import annotations

import math
from pathlib import Path

from builders import DEJAVU_SANS, LIBERATION_SERIF
from PIL import Image, ImageChops, ImageDraw, ImageFont

from vetplan.ingest import read_document
from vetplan.ingest.ocr import prepare_image, red_ink_share
from vetplan.pipeline import build_plan

DPI = 300
LEFT = ["Nơi nhận:", "- Bộ Lao động - Thương binh và Xã hội;", "- Thường trực Thành ủy;", "- Lưu: VT, KGVX."]
RIGHT = ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", "Nguyễn Văn Hùng"]


def signature_block(seal: tuple[int, int, int] | None) -> Image.Image:
    """The end of a plan: recipients on the left, the signature column on the right, and (``seal``: its
    colour) the issuer's round seal stamped over the column's title; ink multiplies as on paper."""
    w, h = int(8.27 * DPI), int(3.2 * DPI)
    text = Image.new("RGB", (w, h), (250, 248, 242))
    d = ImageDraw.Draw(text)
    font = ImageFont.truetype(LIBERATION_SERIF, int(13 * DPI / 72))
    for i, line in enumerate(LEFT):
        d.text((200, 80 + 70 * i), line, font=font, fill=(0, 0, 0))
    for i, line in enumerate(RIGHT):
        d.text((1750 - d.textlength(line, font=font) / 2, 80 + 80 * i), line, font=font, fill=(0, 0, 0))
    ink = Image.new("RGB", (w, h), (255, 255, 255))
    d = ImageDraw.Draw(ink)
    d.line([(1550, 470), (1620, 420), (1680, 480), (1760, 410), (1850, 470)], fill=(20, 40, 140), width=6)
    if seal is not None:
        cx, cy, r = 1650, 330, 230
        d.ellipse((cx - r, cy - r, cx + r, cy + r), outline=seal, width=14)
        d.ellipse((cx - r + 40, cy - r + 40, cx + r - 40, cy + r - 40), outline=seal, width=6)
        small = ImageFont.truetype(DEJAVU_SANS, 40)
        ring = "ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI * "
        for i, ch in enumerate(ring):
            a = -math.pi / 2 + 2 * math.pi * i / len(ring)
            d.text((cx + (r - 75) * math.cos(a) - 12, cy + (r - 75) * math.sin(a) - 20), ch, font=small, fill=seal)
        d.text((cx - 45, cy - 50), "★", font=ImageFont.truetype(DEJAVU_SANS, 90), fill=seal)
    return ImageChops.multiply(text, ink)


def test_the_signature_block_under_a_red_seal_is_read(tmp_path: Path) -> None:
    png = tmp_path / "last_page.png"
    signature_block((215, 35, 45)).save(png, dpi=(DPI, DPI))
    doc = read_document(png)
    lines = doc.pages[0].text.splitlines()
    for title in RIGHT[:3]:
        assert title in lines, doc.pages[0].text  # in luminance the whole column was set aside as a picture
    signer = build_plan(doc).document.signer
    assert signer is not None and signer.name == "Nguyễn Văn Hùng" and signer.position == "PHÓ CHỦ TỊCH"


def test_pages_without_red_ink_keep_their_luminance() -> None:
    page = signature_block(None)  # black print and a blue signature
    assert red_ink_share(page) == 0.0
    assert prepare_image(page).tobytes() == page.convert("L").tobytes()
    sealed = signature_block((215, 35, 45))
    assert red_ink_share(sealed) > 0.001
    gray = prepare_image(sealed)
    assert gray.mode == "L" and gray.getpixel((1650 - 230 + 5, 330)) > 200  # the seal's ring is paper now
    assert gray.getpixel((1650 - 230 + 5, 330)) - sealed.convert("L").getpixel((1650 - 230 + 5, 330)) > 100


def test_a_colour_scan_in_a_pdf_too(tmp_path: Path) -> None:
    pdf = tmp_path / "signed.pdf"
    signature_block((185, 25, 70)).save(pdf, "PDF", resolution=float(DPI))
    doc = read_document(pdf)
    lines = doc.pages[0].text.splitlines()
    assert all(title in lines for title in RIGHT[:3]), lines  # (a darker seal's faint ring: "KT:CHỦ TỊCH")
    signer = build_plan(doc).document.signer
    assert signer is not None and signer.position == "PHÓ CHỦ TỊCH"
    assert signer.on_behalf_of == "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH"
