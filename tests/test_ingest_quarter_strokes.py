"""A quarter's Roman number is written with the strokes its image shows: Tesseract's Vietnamese model drops or
misreads one of the close-set strokes of a serif "III" ("Quý II/2024.", "IH", "TII")."""

from __future__ import annotations

import numpy as np
from builders import DEJAVU_SANS, LIBERATION_SERIF
from PIL import Image, ImageDraw, ImageFont

from vetplan.ingest.ocr import count_stems, ocr_image, recount_quarter_strokes

TSV_HEAD = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"


def _word(text: str, font: str = LIBERATION_SERIF, px: int = 36) -> Image.Image:
    f = ImageFont.truetype(font, px)
    box = ImageDraw.Draw(Image.new("L", (1, 1))).textbbox((0, 0), text, font=f)
    img = Image.new("L", (box[2] + 12, box[3] + 12), 255)
    ImageDraw.Draw(img).text((6, 6), text, font=f, fill=0)
    return img


def test_the_strokes_that_open_a_word_are_counted() -> None:
    for font in (LIBERATION_SERIF, DEJAVU_SANS):
        for px in (28, 36, 54):
            assert count_stems(np.asarray(_word("III/2024.", font, px))) == 3, (font, px)
            assert count_stems(np.asarray(_word("II/2024.", font, px))) == 2, (font, px)
            assert count_stems(np.asarray(_word("I/2024.", font, px))) == 1, (font, px)
            assert count_stems(np.asarray(_word("IV/2023.", font, px))) == 1, (font, px)  # the V is no stroke
            assert count_stems(np.asarray(_word("2/2024.", font, px))) is None, (font, px)  # a digit first
    # a bold sans slash is nearly as tall and upright as a stroke, and may touch the I before it: no stroke
    bold_sans = "/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf"
    for px in (33, 42, 58):
        assert [count_stems(np.asarray(_word(w, bold_sans, px))) for w in ("III/2019.", "II/2019.", "I/2019.")] == [
            3, 2, 1], px
    assert count_stems(np.asarray(_word("III", px=8))) is None  # too small to tell
    assert count_stems(np.full((30, 60), 255, dtype=np.uint8)) is None


def _tsv(rows: list[tuple[str, tuple[int, int, int, int]]]) -> str:
    out = [TSV_HEAD]
    for k, (text, (left, top, width, height)) in enumerate(rows, start=1):
        out.append(f"5\t1\t1\t1\t1\t{k}\t{left}\t{top}\t{width}\t{height}\t60.0\t{text}")
    return "\n".join(out)


def _line(words: list[str]) -> tuple[Image.Image, list[tuple[int, int, int, int]]]:
    """``words`` drawn on one line, with each word's box."""
    f = ImageFont.truetype(LIBERATION_SERIF, 36)
    img = Image.new("L", (1200, 80), 255)
    d = ImageDraw.Draw(img)
    boxes, x = [], 10
    for w in words:
        left, top, right, bottom = d.textbbox((x, 20), w, font=f)
        d.text((x, 20), w, font=f, fill=0)
        boxes.append((left, top, right - left, bottom - top))
        x = right + 18
    return img, boxes


def _texts(tsv: str) -> list[str]:
    return [row.split("\t")[11] for row in tsv.split("\n")[1:]]


def test_a_quarter_gets_the_strokes_its_image_shows() -> None:
    img, boxes = _line(["Quý", "III/2024.", "Quý", "II/2023", "Mục", "III/2022"])
    read = ["Quý", "II/2024.", "Quý", "H/2023", "Mục", "II/2022"]  # as Tesseract read them
    got = _texts(recount_quarter_strokes(_tsv(list(zip(read, boxes, strict=True))), img))
    assert got == ["Quý", "III/2024.", "Quý", "II/2023", "Mục", "II/2022"]  # (no quarter after "Mục")
    for wrong in ("TII/2024.", "IH/2024.", "IIH/2024.", "LII/2024.", "II1/2024."):
        tsv = _tsv([("Quý", boxes[0]), (wrong, boxes[1])])
        assert _texts(recount_quarter_strokes(tsv, img))[1] == "III/2024.", wrong


def test_a_quarter_is_not_given_strokes_its_image_lacks() -> None:
    img, boxes = _line(["Quý", "IV/2024.", "Quý", "1/2023", "Quý", "II/2022"])
    read = ["Quý", "II/2024.", "Quý", "1/2023", "Quý", "III/2022"]
    # a clean "II" over one stroke and a V is left (Tesseract may have missed the V, not added a stroke); an Arabic
    # "1" stays; a clean "III" over two strokes is left too (strokes are added, never taken)
    got = _texts(recount_quarter_strokes(_tsv(list(zip(read, boxes, strict=True))), img))
    assert got == read


def test_a_scanned_quarter_keeps_its_third_stroke() -> None:
    """Liberation Serif (Times New Roman's metrics) at 13 pt, 200 dpi: Tesseract 5's Vietnamese model reads
    "Quý II/2024." off this line."""
    px = round(13 * 200 / 72)
    f = ImageFont.truetype(LIBERATION_SERIF, px)
    img = Image.new("L", (px * 30, px * 4), 255)
    ImageDraw.Draw(img).text((px, px), "- Thời gian thực hiện: Quý III/2024.", font=f, fill=0)
    assert "Quý III/2024." in ocr_image(img, "vie", 200).text
