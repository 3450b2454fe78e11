"""A table row as text lines, the same for every format that has tables (DOCX, ODT, .doc, HTML)."""

from __future__ import annotations


def row_lines(cells: list[str]) -> list[str]:
    """A row's cells (each cell's paragraphs parted by "\\n") as lines: one line, the cells joined by " | " and each
    cell's paragraphs by spaces (``"1 | Tuyên truyền | Sở Y tế"``); but a row of two cells one of which holds several
    paragraphs is a page's two columns laid out with a table — the issuer beside the national motto, the recipients
    beside the signature — and reads as the text file writes it: the left cell's paragraphs, then the right's, a line
    each (["Nơi nhận:", "- Bộ Lao động …;", …, "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Thu Yến"]: the recipients had
    run into one item and the signer been lost)."""
    parts = [[" ".join(p.split()) for p in cell.split("\n") if p.strip()] for cell in cells]
    if len(cells) == 2 and any(len(p) > 1 for p in parts):
        return [*parts[0], *parts[1]]
    return [" | ".join(" ".join(p) for p in parts)]
