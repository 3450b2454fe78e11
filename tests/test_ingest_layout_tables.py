"""A plan typed as Word users type it: the header a two-column table (issuer | national motto, number | place and
date), the recipients beside the signature in a two-column table, the lists Word's automatic numbers and Symbol-font
dashes. A row of two cells holding several lines each is the page's two columns, read one after the other as the
text file writes them (the recipients had run into one item and the signer been lost); a PDF printed from it draws
its dashes as Symbol's private-use character, read as "-" (its task items had not been items)."""

from __future__ import annotations

from pathlib import Path

import docx
from builders import make_auto_numbered_docx
from test_ingest_doc import convert

from vetplan.ingest.table_rows import row_lines
from vetplan.pipeline import plan_from_file

BODY = ["KẾ HOẠCH", "Đào tạo nghề cho lao động nông thôn năm 2021", "I. MỤC ĐÍCH, YÊU CẦU",
        "Nâng cao chất lượng đào tạo nghề nghiệp.", "II. NHIỆM VỤ VÀ GIẢI PHÁP", "1. Kiểm tra, giám sát",
        "- Rà soát mạng lưới cơ sở giáo dục nghề nghiệp.", "- Đơn vị chủ trì: Sở Công Thương.",
        "- Đơn vị phối hợp: Sở Kế hoạch và Đầu tư.", "- Thời gian thực hiện: Quý II/2021.",
        "III. TỔ CHỨC THỰC HIỆN", "Các cơ quan báo cáo kết quả về Sở Lao động - Thương binh và Xã hội trước ngày "
        "16/12/2021."]


def _cell(cell, lines: list[str]) -> None:  # noqa: ANN001 - a python-docx cell
    cell.text = lines[0]
    for line in lines[1:]:
        cell.add_paragraph(line)


def plan_with_layout_tables(path: Path) -> Path:
    make_auto_numbered_docx(path, BODY)
    d = docx.Document(str(path))
    head = d.add_table(rows=2, cols=2)
    _cell(head.cell(0, 0), ["UBND TỈNH QUẢNG NINH", "SỞ LAO ĐỘNG - THƯƠNG BINH", "VÀ XÃ HỘI"])
    _cell(head.cell(0, 1), ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"])
    _cell(head.cell(1, 0), ["Số: 172/KH-SLĐTBXH"])
    _cell(head.cell(1, 1), ["Quảng Ninh, ngày 21 tháng 04 năm 2021"])
    d.paragraphs[0]._p.addprevious(head._tbl)  # (the header above the body)
    tail = d.add_table(rows=1, cols=2)
    _cell(tail.cell(0, 0), ["Nơi nhận:", "- Bộ Lao động - Thương binh và Xã hội;", "- Thường trực Tỉnh ủy;",
                            "- Lưu: VT."])
    _cell(tail.cell(0, 1), ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Thu Yến"])
    d.save(str(path))
    return path


def test_a_two_column_row_of_several_lines_is_the_pages_two_columns() -> None:
    assert row_lines(["Nơi nhận:\n- Bộ Lao động;\n- Lưu: VT.", "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nNguyễn Thu Yến"]) == [
        "Nơi nhận:", "- Bộ Lao động;", "- Lưu: VT.", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Thu Yến"]
    assert row_lines(["Số: 1/KH-UBND", "Hà Nội, ngày 2 tháng 3 năm 2024"]) == [
        "Số: 1/KH-UBND | Hà Nội, ngày 2 tháng 3 năm 2024"]  # (one line a cell: a row as ever)
    assert row_lines(["1", "Tuyên truyền\nvề nghề", "Sở Y tế"]) == ["1 | Tuyên truyền về nghề | Sở Y tế"]


def test_a_plan_typed_with_layout_tables_reads_in_every_format(tmp_path: Path) -> None:
    source = plan_with_layout_tables(tmp_path / "plan.docx")
    for path in [source, *(convert(source, fmt) for fmt in ("doc", "odt", "html", "rtf", "pdf"))]:
        plan = plan_from_file(path)
        doc = plan.document
        where = path.suffix
        assert doc.issuer == "UBND TỈNH QUẢNG NINH SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", where
        assert doc.number == "172/KH-SLĐTBXH" and str(doc.issued_date) == "2021-04-21", where
        assert doc.signer is not None and doc.signer.name == "Nguyễn Thu Yến", where
        assert doc.signer.position == "PHÓ GIÁM ĐỐC", where
        assert doc.recipients == ["Bộ Lao động - Thương binh và Xã hội", "Thường trực Tỉnh ủy"], where
        assert [(t.lead, t.partners, t.timeline) for t in plan.tasks] == [
            (["Sở Công Thương"], ["Sở Kế hoạch và Đầu tư"], "Quý II/2021")], where
