"""A quarter's Roman number read by vetplan's OCR with and without ``recount_quarter_strokes``.

Tesseract's Vietnamese model drops or misreads one of the close-set strokes of "III" ("Quý II/2024.", "IH", "TII"),
most in serif fonts. Lines with six quarters ("Quý III/2024", "Quý IV/2023", "Quý III năm 2022", "Quý II/2021",
"Quý I/2020", "Quý II/2019") are rendered clean in eight fonts (serif, sans, bold, italic) at 12-14 pt and 200 and
300 dpi, read by ``ocr_image`` with the recount switched off and on, and each quarter counted right where the text
holds it exactly. Nothing here was tuned on but the first font (Liberation Serif, whose "III" showed the loss).

Usage: ``python benchmarks/quarter_strokes.py`` (about 20 s: 96 OCR runs of a small image).
"""

from __future__ import annotations

import os

os.environ.setdefault("OMP_THREAD_LIMIT", "1")

from PIL import Image, ImageDraw, ImageFont  # noqa: E402

from vetplan.ingest import ocr  # noqa: E402

FONTS = [
    "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf",
    "/usr/share/fonts/truetype/liberation2/LiberationSerif-Bold.ttf",
    "/usr/share/fonts/truetype/liberation2/LiberationSerif-Italic.ttf",
    "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
    "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf",
    "/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf",
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
]
LINES = ["- Thời gian thực hiện: Quý III/2024.", "thời gian thực hiện: Quý IV/2023.",
         "Quý III năm 2022 và Quý II/2021, Quý I/2020", "Quý II/2019."]
QUARTERS = ["Quý III/2024", "Quý IV/2023", "Quý III năm 2022", "Quý II/2021", "Quý I/2020", "Quý II/2019"]


def page(font: str, pt: int, dpi: int) -> Image.Image:
    px = round(pt * dpi / 72)
    f = ImageFont.truetype(font, px)
    img = Image.new("L", (px * 40, px * 2 * len(LINES) + px * 2), 255)
    d = ImageDraw.Draw(img)
    for k, line in enumerate(LINES):
        d.text((px, px + k * px * 2), line, font=f, fill=0)
    return img


def main() -> None:
    recount = ocr.recount_quarter_strokes
    totals = {"without": 0, "with": 0}
    print(f"{'font':28s} {'pt':>3s} {'dpi':>4s}  without  with  (quarters right of {len(QUARTERS)})")
    for font in FONTS:
        for pt in (12, 13, 14):
            for dpi in (200, 300):
                img = page(font, pt, dpi)
                got = {}
                for name, step in (("without", lambda tsv, _img: tsv), ("with", recount)):
                    ocr.recount_quarter_strokes = step
                    text = " ".join(ocr.ocr_image(img, "vie", dpi).text.split())
                    got[name] = sum(q in text for q in QUARTERS)
                    totals[name] += got[name]
                ocr.recount_quarter_strokes = recount
                print(f"{os.path.basename(font)[:-4]:28s} {pt:3d} {dpi:4d}  {got['without']:7d}  {got['with']:4d}")
    n = len(FONTS) * 6 * len(QUARTERS)
    print(f"\nquarters read right: without the recount {totals['without']}/{n}, with it {totals['with']}/{n}")


if __name__ == "__main__":
    main()
