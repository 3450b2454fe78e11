"""Word 97–2003 ``.doc`` files (many archived plans are kept so): their text through the piece table, one line per
paragraph, a table row as its cells joined by " | " as for a DOCX; a legacy font's lines re-read; fields as their
results. The files are real: DOCX made with python-docx, saved as .doc by LibreOffice (``soffice``, which
``scripts/test.sh`` installs)."""

from __future__ import annotations

import shutil
from pathlib import Path

import docx
import pytest
from builders import make_docx, soffice_convert

from vetplan.ingest import IngestError, detect_format, read_document
from vetplan.ingest.doc_reader import DocRejected, read_doc
from vetplan.pipeline import plan_from_file


def _soffice() -> str:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found is None:
        pytest.fail("the .doc tests need LibreOffice to write real .doc files: apt-get install libreoffice-writer-nogui"
                    " (scripts/test.sh installs it as root)")
    return found


def convert(src: Path, fmt: str = "doc") -> Path:
    """``src`` saved by LibreOffice as ``fmt`` beside it (:func:`builders.soffice_convert`)."""
    _soffice()
    return soffice_convert(src, fmt)


def test_a_doc_reads_as_its_text_with_table_rows_as_a_docx_does(tmp_path: Path) -> None:
    """An empty cell stays a cell and a cell's two paragraphs one cell (the row's end is known by its paragraph's
    properties, not guessed from two cell marks in a row)."""
    d = docx.Document()
    d.add_paragraph("ỦY BAN NHÂN DÂN TỈNH BÌNH THUẬN")
    d.add_paragraph("Số: 116/KH-UBND")
    d.add_paragraph("KẾ HOẠCH")
    table = d.add_table(rows=3, cols=3)
    for r, row in enumerate([["Chỉ tiêu", "", "Năm 2023"], ["Tuyển sinh", "người", "1.300"], ["", "", "70%"]]):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    table.cell(1, 0).add_paragraph("trình độ sơ cấp")
    d.add_paragraph("Nơi nhận: - Bộ Lao động - Thương binh và Xã hội;")
    d.save(str(tmp_path / "plan.docx"))
    path = convert(tmp_path / "plan.docx")
    assert path.read_bytes()[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # (an OLE compound file: Word 97–2003)
    doc = read_document(path)
    assert doc.format == "doc" and [p.method for p in doc.pages] == ["doc"] and doc.warnings == []
    assert doc.pages[0].text.split("\n") == [
        "ỦY BAN NHÂN DÂN TỈNH BÌNH THUẬN", "Số: 116/KH-UBND", "KẾ HOẠCH", "Chỉ tiêu |  | Năm 2023",
        "Tuyển sinh trình độ sơ cấp | người | 1.300", " |  | 70%", "Nơi nhận: - Bộ Lao động - Thương binh và Xã hội;"]
    renamed = tmp_path / "plan.bin"  # (known by its content, not its name)
    renamed.write_bytes(path.read_bytes())
    assert detect_format(renamed) == "doc"


def test_a_plan_kept_as_doc_gives_the_plan_its_text_gives(tmp_path: Path, sample_files: list[Path]) -> None:
    source = next(f for f in sample_files if f.name.startswith("003_"))
    lines = source.read_text(encoding="utf-8").split("\n")
    path = convert(make_docx(tmp_path / "003.docx", lines, []))
    assert read_document(path).pages[0].text.split("\n")[:40] == lines[:40]
    from_text, from_doc = plan_from_file(source), plan_from_file(path)
    assert from_doc.source.format == "doc"
    assert [s.kind for s in from_doc.sections] == [s.kind for s in from_text.sections]
    assert len(from_doc.tasks) == len(from_text.tasks) and len(from_doc.targets) == len(from_text.targets)
    assert from_doc.document.issuer == from_text.document.issuer and from_doc.document.title == from_text.document.title
    assert from_doc.document.signer == from_text.document.signer and from_doc.document.signer.name == "Dương Anh Đức"


def test_a_doc_typed_in_a_legacy_font_is_read_as_unicode(tmp_path: Path) -> None:
    """A plan typed in .VnTime (TCVN3) holds the font's bytes as 8-bit characters ("KÕ ho¹ch"): its lines are re-read,
    a Unicode line beside them left as it is."""
    from builders import PLAN_LINES
    from test_ingest_docx_legacy_fonts import _as_font_characters, _docx, _typeable

    body = _typeable(PLAN_LINES[1:], "tcvn3")
    paragraphs = [(PLAN_LINES[0], "Times New Roman")] + [(_as_font_characters(ln, "tcvn3"), ".VnTime") for ln in body]
    path = convert(_docx(tmp_path / "plan.docx", paragraphs))
    doc = read_document(path)
    assert doc.pages[0].text == "\n".join([PLAN_LINES[0], *body])
    assert len(doc.warnings) == 1 and doc.warnings[0].startswith("legacy tcvn3 font text remapped to Unicode")


def test_a_field_reads_as_its_result_not_its_code(tmp_path: Path) -> None:
    """A hyperlink (a field in a .doc: its code "HYPERLINK …" then its result) reads as the words shown."""
    from docx.opc.constants import RELATIONSHIP_TYPE
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    d = docx.Document()
    p = d.add_paragraph("Chi tiết tại ")
    rid = p.part.relate_to("https://molisa.gov.vn/ke-hoach", RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), rid)
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "Cổng thông tin điện tử"
    run.append(text)
    link.append(run)
    p._p.append(link)
    p.add_run(" của Bộ.")
    d.save(str(tmp_path / "link.docx"))
    doc = read_document(convert(tmp_path / "link.docx"))
    assert doc.pages[0].text.strip() == "Chi tiết tại Cổng thông tin điện tử của Bộ."


def test_a_damaged_doc_and_other_ole_files_are_named(tmp_path: Path) -> None:
    whole = convert(make_docx(tmp_path / "plan.docx", ["KẾ HOẠCH", "Phát triển giáo dục nghề nghiệp"], []))
    cut = tmp_path / "cut.doc"
    cut.write_bytes(whole.read_bytes()[:1500])
    with pytest.raises(IngestError) as e:
        read_document(cut)
    assert e.value.path.endswith("cut.doc") and "damaged Word document" in e.value.reason
    data = bytearray(whole.read_bytes())  # the text's place in the piece table out of the file: named, no crash
    at = data.index("KẾ HOẠCH".encode("utf-16-le")) if "KẾ HOẠCH".encode("utf-16-le") in data else None
    assert at is not None
    with pytest.raises(DocRejected):
        read_doc(bytes(data[:at]))
    # an OLE file of another kind (its stream named otherwise: a legacy spreadsheet's is "Workbook")
    other = whole.read_bytes().replace("WordDocument".encode("utf-16-le"), "Workbook\0\0\0\0".encode("utf-16-le"))
    (tmp_path / "targets.xls").write_bytes(other)
    with pytest.raises(IngestError, match=r"legacy Excel or PowerPoint binary file, not a Word document"):
        read_document(tmp_path / "targets.xls")
    (tmp_path / "targets.doc").write_bytes(other)  # (named .doc: said so)
    with pytest.raises(IngestError, match="an OLE file without a Word document"):
        read_document(tmp_path / "targets.doc")
