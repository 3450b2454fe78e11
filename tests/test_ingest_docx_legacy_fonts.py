"""A DOCX typed in a legacy 8-bit Vietnamese font (``.VnTime``: TCVN3, ``VNI-Times``: VNI) stores the font's bytes
as characters ("KÕ ho¹ch"); ingest re-reads those lines as Unicode, as it does for a PDF's text layer."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from builders import PLAN_LINES, PLAN_TEXT

from vetplan.ingest import read_document
from vetplan.ingest.legacy import encode_legacy


def _as_font_characters(text: str, encoding: str) -> str:
    """What Word stores for ``text`` typed in a font of ``encoding``: each byte as its cp1252 (else Latin-1)
    character."""
    out = []
    for b in encode_legacy(text, encoding):
        try:
            out.append(bytes([b]).decode("cp1252"))
        except UnicodeDecodeError:
            out.append(chr(b))
    return "".join(out)


def _docx(path: Path, paragraphs: list[tuple[str, str | None]], style_font: str | None = None) -> Path:
    """Paragraphs in their runs' fonts; a paragraph without one is in the style "Body", set in ``style_font``."""
    from docx.enum.style import WD_STYLE_TYPE

    d = docx.Document()
    body = d.styles.add_style("Body", WD_STYLE_TYPE.PARAGRAPH)
    body.font.name = style_font
    for text, font in paragraphs:
        run = d.add_paragraph(style=None if font else "Body").add_run(text)
        if font:
            run.font.name = font
    d.save(str(path))
    return path


def _typeable(lines: list[str], encoding: str) -> list[str]:
    """The lines a DOCX can hold in that font (TCVN3 puts some capitals in control codes, which no DOCX holds: its
    users typed capitals in the capitals' font, .VnTimeH, with the small letters' bytes)."""
    return [line for line in lines if all(c >= " " for c in _as_font_characters(line, encoding))]


@pytest.mark.parametrize(("encoding", "font"), [("tcvn3", ".VnTime"), ("vni", "VNI-Times")])
def test_legacy_font_paragraphs_are_read_as_unicode_beside_unicode_ones(tmp_path: Path, encoding: str,
                                                                        font: str) -> None:
    body = _typeable(PLAN_LINES[1:], encoding)  # (a header in Unicode, the body in the old font)
    assert len(body) >= 5
    paragraphs = [(PLAN_LINES[0], "Times New Roman")] + [(_as_font_characters(line, encoding), font) for line in body]
    doc = read_document(_docx(tmp_path / "plan.docx", paragraphs))
    assert doc.pages[0].text == "\n".join([PLAN_LINES[0], *body])
    changed = sum(1 for line in body if _as_font_characters(line, encoding) != line)
    assert doc.warnings == [f"legacy {encoding} font text remapped to Unicode ({changed} paragraphs, by their font)"]


def test_a_capitals_font_and_a_style_font_and_a_font_of_another_name(tmp_path: Path) -> None:
    """ABC's capitals fonts (.VnTimeH) draw the small letters' bytes as capitals: a heading reads in capitals; a
    paragraph style's font counts for its runs; legacy bytes in a font of another name (fonts replaced when the
    document was converted) are found by how they read, line by line."""
    heading = _as_font_characters("kế hoạch phát triển giáo dục nghề nghiệp", "tcvn3")
    styled = _as_font_characters("Đẩy mạnh đào tạo nghề cho người lao động;", "tcvn3")
    renamed = _as_font_characters("nâng cao chất lượng và hiệu quả đào tạo.", "tcvn3")
    doc = read_document(_docx(tmp_path / "plan.docx", [(heading, ".VnTimeH"), (styled, None), (renamed, "Arial")],
                              style_font=".VnTime"))
    assert doc.pages[0].text.split("\n") == ["KẾ HOẠCH PHÁT TRIỂN GIÁO DỤC NGHỀ NGHIỆP",
                                            "Đẩy mạnh đào tạo nghề cho người lao động;",
                                            "nâng cao chất lượng và hiệu quả đào tạo."]
    assert doc.warnings == ["legacy tcvn3 font text remapped to Unicode (2 paragraphs, by their font)",
                            "legacy tcvn3 font text remapped to Unicode (1 line)"]


def test_unicode_and_ocr_damaged_text_in_a_docx_stay_as_they_are(tmp_path: Path, sample_files: list[Path]) -> None:
    """No false reading: correct Unicode, and Tesseract-eng's damaged reading of a scan pasted into Word (its "é",
    "|", "~" are no font's bytes of Vietnamese), come out as written."""
    unicode_doc = read_document(_docx(tmp_path / "u.docx", [(line, "Times New Roman") for line in PLAN_LINES]))
    assert unicode_doc.pages[0].text == PLAN_TEXT and unicode_doc.warnings == []
    eng = next(f for f in sample_files if f.name.startswith("000_")).read_text(encoding="utf-8").splitlines()
    lines = [ln for ln in eng if ln.strip()][:150]
    ocr_doc = read_document(_docx(tmp_path / "ocr.docx", [(line, "Times New Roman") for line in lines]))
    assert ocr_doc.pages[0].text.split("\n") == lines
    assert ocr_doc.warnings == []
