"""Builders of REAL test inputs: PDFs, images, DOCX, legacy-encoded text and archives.

Shared by the ingest tests and reusable by other stages' tests.
"""

from __future__ import annotations

import io
import tarfile
import zipfile
from collections.abc import Sequence
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from vetplan.ingest.legacy import encode_cp1258_decomposed, encode_legacy

DEJAVU_SANS = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DEJAVU_SERIF = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
LIBERATION_SERIF = "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf"

# A short, clean plan excerpt: every letter exists in TCVN3, VNI, VISCII and cp1258.
PLAN_LINES: list[str] = [
    "ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI",
    "Số: 73/KH-UBND",
    "KẾ HOẠCH",
    "Phát triển giáo dục nghề nghiệp năm 2024",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "Đẩy mạnh đào tạo nghề cho người lao động;",
    "nâng cao chất lượng và hiệu quả đào tạo.",
    "II. CHỈ TIÊU: tuyển sinh 215.000 người, đạt 72,5%.",
]
PLAN_TEXT = "\n".join(PLAN_LINES)

# Lines for OCR pages: shorter so a page OCRs in about a second.
OCR_PAGES: list[list[str]] = [
    [
        "KẾ HOẠCH",
        "Phát triển giáo dục nghề nghiệp năm 2024",
        "Đẩy mạnh đào tạo nghề cho người lao động,",
        "nâng cao chất lượng và hiệu quả đào tạo.",
    ],
    [
        "II. CHỈ TIÊU",
        "Tuyển sinh đào tạo nghề cho 215.000 người;",
        "tỷ lệ lao động qua đào tạo đạt 72,5%.",
        "Sở Lao động - Thương binh và Xã hội chủ trì.",
    ],
]

ENCODINGS = ("utf-8", "utf-8-sig", "utf-16", "cp1258", "tcvn3", "vni", "viscii")


def encode_text(text: str, encoding: str) -> bytes:
    """Encode text in any encoding the ingest stage detects (cp1258 with decomposed tone marks)."""
    if encoding == "cp1258":
        return encode_cp1258_decomposed(text)
    if encoding in ("tcvn3", "vni", "viscii"):
        return encode_legacy(text, encoding)
    return text.encode(encoding)


def render_page(
    lines: Sequence[str], *, dpi: int = 300, font_path: str = LIBERATION_SERIF, font_pt: float = 12.0,
    width_in: float = 6.0,
) -> Image.Image:
    """Render lines black on white at ``dpi`` (grayscale), like a clean scan."""
    px = round(font_pt * dpi / 72)
    font = ImageFont.truetype(font_path, px)
    margin = round(0.4 * dpi)
    line_h = round(px * 1.6)
    height = 2 * margin + line_h * len(lines)
    img = Image.new("L", (round(width_in * dpi), height), 255)
    draw = ImageDraw.Draw(img)
    for i, line in enumerate(lines):
        draw.text((margin, margin + i * line_h), line, font=font, fill=0)
    img.info["dpi"] = (dpi, dpi)
    return img


def with_specks(page: Image.Image, seed: int, share: float = 1 / 60) -> Image.Image:
    """``page`` (grey) with ``share`` of its pixels turned into black dots, about half of them two pixels wide: the dust
    of a dirty copier glass."""
    import numpy as np

    a = np.array(page.convert("L"))
    rng = np.random.default_rng(seed)
    dots = rng.random(a.shape) < share
    a[dots] = 0
    a[:, 1:][dots[:, :-1] & (rng.random(a[:, 1:].shape) < 0.5)] = 0
    return Image.fromarray(a)


def make_png(path: Path, lines: Sequence[str], dpi: int = 300) -> Path:
    """Write a PNG of rendered lines."""
    render_page(lines, dpi=dpi).save(path, format="PNG", dpi=(dpi, dpi))
    return path


def make_tiff(path: Path, pages: Sequence[Sequence[str]], dpi: int = 300) -> Path:
    """Write a multi-page TIFF, one rendered page per entry."""
    imgs = [render_page(p, dpi=dpi) for p in pages]
    imgs[0].save(path, save_all=True, append_images=imgs[1:], dpi=(dpi, dpi), compression="tiff_deflate")
    return path


def make_image_pdf(path: Path, pages: Sequence[Sequence[str]], dpi: int = 300) -> Path:
    """Write an image-only (scanned) PDF."""
    imgs = [render_page(p, dpi=dpi) for p in pages]
    imgs[0].save(path, "PDF", save_all=True, append_images=imgs[1:], resolution=float(dpi))
    return path


def pdf_bytes(
    pages: Sequence[Sequence[str]], *, font_path: str = DEJAVU_SANS, break_tounicode: bool = False,
    encrypt_password: str | None = None, font_size: float = 12, standard_font: bool = False,
) -> bytes:
    """A PDF with a real text layer in an embedded TrueType font (reportlab).

    ``break_tounicode`` removes the fonts' ToUnicode maps (glyphs still render, the text layer is
    garbage); ``standard_font`` writes the strings with Helvetica (WinAnsi) instead.
    """
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    encrypt = None
    if encrypt_password is not None:
        from reportlab.lib import pdfencrypt

        encrypt = pdfencrypt.StandardEncryption(encrypt_password, ownerPassword="owner", strength=128)
    c = canvas.Canvas(buf, pagesize=A4, pageCompression=0, encrypt=encrypt, invariant=1)
    if standard_font:
        font = "Helvetica"
    else:
        font = "VNFont"
        pdfmetrics.registerFont(TTFont(font, font_path))
    for lines in pages:
        y = A4[1] - 72
        for line in lines:
            c.setFont(font, font_size)
            c.drawString(72, y, line)
            y -= font_size * 1.5
        c.showPage()
    c.save()
    data = buf.getvalue()
    if break_tounicode:
        assert b"/ToUnicode" in data
        data = data.replace(b"/ToUnicode", b"/ToUnicodX")
    return data


def make_text_pdf(path: Path, pages: Sequence[Sequence[str]], **kw: object) -> Path:
    """Write :func:`pdf_bytes` to ``path``."""
    path.write_bytes(pdf_bytes(pages, **kw))  # type: ignore[arg-type]
    return path


def make_docx(
    path: Path, before: Sequence[str], rows: Sequence[Sequence[str]], after: Sequence[str] = ()
) -> Path:
    """A DOCX with paragraphs, one table, and more paragraphs (python-docx)."""
    import docx

    d = docx.Document()
    for p in before:
        d.add_paragraph(p)
    if rows:
        t = d.add_table(rows=len(rows), cols=len(rows[0]))
        for r, row in enumerate(rows):
            for c, val in enumerate(row):
                t.cell(r, c).text = val
    for p in after:
        d.add_paragraph(p)
    d.save(str(path))
    return path


#: a multilevel list as a plan's parts and tasks are numbered (I. / 1. / 1.1. / a)) and a dash list whose bullet is a
#: Symbol font's character, as Word writes them in numbering.xml
AUTO_NUMBERING = (
    '<w:root xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    '<w:abstractNum w:abstractNumId="90"><w:multiLevelType w:val="multilevel"/>'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>'
    '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/></w:lvl>'
    '<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2.%3."/></w:lvl>'
    '<w:lvl w:ilvl="3"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%4)"/></w:lvl>'
    '</w:abstractNum><w:abstractNum w:abstractNumId="91"><w:multiLevelType w:val="singleLevel"/>'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\uf02d"/>'
    '<w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol"/></w:rPr></w:lvl></w:abstractNum>'
    '<w:num w:numId="90"><w:abstractNumId w:val="90"/></w:num><w:num w:numId="91"><w:abstractNumId w:val="91"/></w:num>'
    "</w:root>")
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_AUTO_NUMBERED = [(r"^(?:I|II|III|IV|V|VI|VII|VIII|IX|X)\.\s+", "90", 0), (r"^\d+\.\d+\.\s+", "90", 2),
                  (r"^\d+\.\s+", "90", 1), (r"^[a-zđ]\)\s+", "90", 3), (r"^-\s+", "91", 0)]


def auto_numbered_document():  # noqa: ANN201 - a python-docx Document
    """A python-docx document holding :data:`AUTO_NUMBERING`'s lists (abstract lists before the lists that use them,
    as the schema orders them)."""
    import docx
    from lxml import etree

    d = docx.Document()
    numbering = d.part.numbering_part.element
    extra = list(etree.fromstring(AUTO_NUMBERING))
    for k, el in enumerate(e for e in extra if e.tag == _W + "abstractNum"):
        numbering.insert(k, el)
    for el in extra:
        if el.tag == _W + "num":
            numbering.append(el)
    return d


def add_auto_numbered(d, line: str) -> None:  # noqa: ANN001 - a python-docx Document
    """``line`` as a paragraph of ``d`` (:func:`auto_numbered_document`): one that opens with a number ("I.", "2.",
    "2.1.", "a)") or a dash holds only the rest, a ``numPr`` putting it in the list that draws them."""
    import re

    from lxml import etree

    for pattern, num_id, ilvl in _AUTO_NUMBERED:
        if m := re.match(pattern, line):
            num_pr = etree.SubElement(d.add_paragraph(line[m.end():])._p.get_or_add_pPr(), _W + "numPr")
            etree.SubElement(num_pr, _W + "ilvl").set(_W + "val", str(ilvl))
            etree.SubElement(num_pr, _W + "numId").set(_W + "val", num_id)
            return
    d.add_paragraph(line)


def make_auto_numbered_docx(path: Path, lines: Sequence[str]) -> Path:
    """A DOCX of ``lines`` whose numbers ("I.", "2.", "2.1.", "a)") and dashes are Word's automatic list numbers
    (:func:`add_auto_numbered`), as many plans are typed."""
    d = auto_numbered_document()
    for line in lines:
        add_auto_numbered(d, line)
    d.save(str(path))
    return path


def soffice_convert(src: Path, fmt: str) -> Path:
    """``src`` saved by LibreOffice (``soffice``) as ``fmt`` beside it, with a profile folder of its own (conversions
    may run side by side); ``RuntimeError`` naming LibreOffice's complaint when it cannot."""
    import shutil
    import subprocess

    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise RuntimeError("LibreOffice (soffice) is needed: apt-get install libreoffice-writer-nogui")
    proc = subprocess.run([soffice, f"-env:UserInstallation=file://{src.parent}/.lo-profile", "--headless",
                           "--convert-to", fmt, "--outdir", str(src.parent), str(src)],
                          capture_output=True, text=True, timeout=180)
    out = src.with_suffix("." + fmt)
    if proc.returncode or not out.is_file():
        raise RuntimeError(f"soffice could not write {fmt}: {(proc.stderr + proc.stdout).strip()[:300]}")
    return out


def make_zip(path: Path, members: dict[str, bytes], *, compression: int = zipfile.ZIP_DEFLATED) -> Path:
    """A zip holding ``members`` (names are written verbatim: '../x' gives a zip-slip archive)."""
    with zipfile.ZipFile(path, "w", compression=compression) as zf:
        for name, data in members.items():
            zi = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
            zi.compress_type = compression
            zi.external_attr = 0o644 << 16
            zf.writestr(zi, data)
    return path


def add_zip_symlink(path: Path, name: str, target: str) -> Path:
    """Append a Unix symbolic-link member to a zip."""
    with zipfile.ZipFile(path, "a") as zf:
        zi = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
        zi.create_system = 3
        zi.external_attr = (0o120777 << 16)
        zf.writestr(zi, target)
    return path


def make_tar(
    path: Path, members: dict[str, bytes], *, gz: bool = True, symlinks: dict[str, str] | None = None
) -> Path:
    """A tar (gzip-compressed by default) holding ``members`` and optional symbolic links."""
    with tarfile.open(path, "w:gz" if gz else "w") as tf:
        for name, data in members.items():
            ti = tarfile.TarInfo(name)
            ti.size = len(data)
            ti.mtime = 1704067200
            tf.addfile(ti, io.BytesIO(data))
        for name, target in (symlinks or {}).items():
            ti = tarfile.TarInfo(name)
            ti.type = tarfile.SYMTYPE
            ti.linkname = target
            tf.addfile(ti)
    return path


def make_zip_bomb(path: Path, size: int = 8 * 1024 * 1024) -> Path:
    """A zip whose member inflates ``size`` zero bytes from a few kilobytes."""
    return make_zip(path, {"plan.txt": b"\0" * size, "ok.txt": "Kế hoạch".encode()})


def png_bomb_bytes(width: int = 40000, height: int = 40000) -> bytes:
    """A tiny PNG whose header claims a huge size (decompression bomb)."""
    import struct
    import zlib

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)

    ihdr = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    idat = zlib.compress(b"\0" * 64)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")


def cer(hyp: str, ref: str) -> float:
    """Character error rate with whitespace runs collapsed to one space."""
    h = " ".join(hyp.split())
    r = " ".join(ref.split())
    prev = list(range(len(h) + 1))
    for i, rc in enumerate(r, 1):
        cur = [i] + [0] * len(h)
        for j, hc in enumerate(h, 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (rc != hc))
        prev = cur
    return prev[-1] / max(1, len(r))


def make_scan_with_text_layer(path: Path, lines: Sequence[str], layer: Sequence[str], dpi: int = 300) -> Path:
    """A scanned page (full-page image) under an invisible text layer, like OCR'd PDFs from scanners."""
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    img = render_page(lines, dpi=dpi)
    w, h = img.width * 72 / dpi, img.height * 72 / dpi
    c = canvas.Canvas(str(path), pagesize=(w, h), invariant=1)
    c.drawImage(ImageReader(img), 0, 0, width=w, height=h)
    t = c.beginText(20, h - 30)
    t.setTextRenderMode(3)  # invisible
    t.setFont("Helvetica", 8)
    for line in layer:
        t.textLine(line)
    c.drawText(t)
    c.showPage()
    c.save()
    return path
