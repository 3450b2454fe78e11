"""Text boxes (a header's number and date are often set in them): each box's paragraphs are lines after the paragraph
they are anchored in, once — in a DOCX Word writes a box twice, as a DrawingML shape and as VML in the alternate
content's fallback, and both had been run into the anchoring paragraph's text; an ODT's frames and shapes had run
into it once; a Word 97–2003 .doc keeps them in a story of their own, matched to their anchors by shape id."""

from __future__ import annotations

from pathlib import Path

import docx
from lxml import etree
from test_ingest_doc import convert
from test_ingest_odt import make_odt

from vetplan.ingest import read_document
from vetplan.pipeline import plan_from_file

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = (f'xmlns:w="{W}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
      'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
      'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
      'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:v="urn:schemas-microsoft-com:vml"')


def _box(lines: list[str]) -> str:
    return "<w:txbxContent>" + "".join(f"<w:p><w:r><w:t>{ln}</w:t></w:r></w:p>" for ln in lines) + "</w:txbxContent>"


def word_text_box(lines: list[str]) -> etree._Element:
    """A run holding a text box as Word writes it: the shape, and its VML copy as the fallback."""
    return etree.fromstring(
        f"<w:r {NS}><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wp:anchor><a:graphic>"
        f"<a:graphicData><wps:wsp><wps:txbx>{_box(lines)}</wps:txbx></wps:wsp></a:graphicData></a:graphic>"
        f"</wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>{_box(lines)}</v:textbox>"
        "</v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>")


def vml_text_box(lines: list[str]) -> etree._Element:
    """A run holding a text box as older writers do: VML only."""
    return etree.fromstring(f"<w:r {NS}><w:pict><v:shape><v:textbox>{_box(lines)}</v:textbox></v:shape></w:pict></w:r>")


HEADER_BOX = ["Số: 116/KH-UBND", "Bình Thuận, ngày 28 tháng 11 năm 2022"]


def test_a_text_box_reads_once_as_lines_after_its_paragraph(tmp_path: Path) -> None:
    d = docx.Document()
    d.add_paragraph("ỦY BAN NHÂN DÂN TỈNH BÌNH THUẬN")._p.append(word_text_box(HEADER_BOX))
    d.add_paragraph("")._p.append(vml_text_box(["DỰ THẢO"]))
    cell = d.add_table(rows=1, cols=2).cell(0, 1)
    cell.text = "Chỉ tiêu"
    cell.paragraphs[0]._p.append(word_text_box(["năm 2023"]))
    d.add_paragraph("KẾ HOẠCH")
    d.save(str(tmp_path / "plan.docx"))
    lines = read_document(tmp_path / "plan.docx").pages[0].text.split("\n")
    assert lines == ["ỦY BAN NHÂN DÂN TỈNH BÌNH THUẬN", *HEADER_BOX, "", "DỰ THẢO", "Chỉ tiêu", "năm 2023", "KẾ HOẠCH"]


def plan_with_a_header_box(path: Path) -> Path:
    """A plan whose number and date are in a text box beside the issuer, as a DOCX."""
    d = docx.Document()
    d.add_paragraph("ỦY BAN NHÂN DÂN TỈNH BÌNH THUẬN")._p.append(word_text_box(HEADER_BOX))
    for line in ["KẾ HOẠCH", "Phát triển giáo dục nghề nghiệp năm 2023", "I. MỤC ĐÍCH, YÊU CẦU",
                 "1. Mục đích", "Nâng cao chất lượng đào tạo nghề cho người lao động."]:
        d.add_paragraph(line)
    d.save(str(path))
    return path


def test_a_plans_number_and_date_in_a_text_box_are_its_header(tmp_path: Path) -> None:
    doc = plan_from_file(plan_with_a_header_box(tmp_path / "plan.docx")).document
    assert doc.number == "116/KH-UBND" and doc.place == "Bình Thuận" and str(doc.issued_date) == "2022-11-28"


def test_an_odts_frames_and_shapes_read_as_lines_after_their_paragraph(tmp_path: Path) -> None:
    frame = ('<text:p>ỦY BAN NHÂN DÂN TỈNH BÌNH THUẬN<draw:frame xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:'
             'drawing:1.0" text:anchor-type="char"><draw:text-box>'
             + "".join(f"<text:p>{ln}</text:p>" for ln in HEADER_BOX) + "</draw:text-box></draw:frame></text:p>"
             "<text:p>KẾ HOẠCH</text:p>")
    lines = ["ỦY BAN NHÂN DÂN TỈNH BÌNH THUẬN", *HEADER_BOX, "KẾ HOẠCH"]
    assert read_document(make_odt(tmp_path / "frame.odt", frame)).pages[0].text.split("\n") == lines
    d = docx.Document()  # (LibreOffice writes a Word text box as a shape holding its paragraphs)
    d.add_paragraph("ỦY BAN NHÂN DÂN TỈNH BÌNH THUẬN")._p.append(word_text_box(HEADER_BOX))
    d.add_paragraph("KẾ HOẠCH")
    d.save(str(tmp_path / "shape.docx"))
    shape = convert(tmp_path / "shape.docx", "odt")
    assert read_document(shape).pages[0].text.split("\n") == lines


def test_a_docs_text_boxes_read_as_lines_after_their_anchors_paragraph(tmp_path: Path) -> None:
    path = convert(plan_with_a_header_box(tmp_path / "plan.docx"))
    assert read_document(path).pages[0].text.split("\n")[:4] == ["ỦY BAN NHÂN DÂN TỈNH BÌNH THUẬN", *HEADER_BOX,
                                                                   "KẾ HOẠCH"]
    doc = plan_from_file(path).document
    assert doc.number == "116/KH-UBND" and doc.place == "Bình Thuận" and str(doc.issued_date) == "2022-11-28"

