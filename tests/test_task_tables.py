"""Tasks listed in a table ("STT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian thực hiện"), as
many plans and their appendices list them: each row below the heading is a task with its lead, partners and time
(none had been read). The heading's merged cell ("Cơ quan thực hiện" over "Chủ trì | Phối hợp") is written
differently by each format; the same table in DOCX, .doc, ODT, RTF, HTML and a PDF printed from it (its ruled table
found by pdfplumber, its rows' cells kept apart: pdfium reads a row's cells as one line) gives the same tasks."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from test_ingest_doc import convert

from vetplan.extract import extract_plan
from vetplan.extract.tasks import table_tasks
from vetplan.pipeline import plan_from_file

HEAD = ["ỦY BAN NHÂN DÂN TỈNH BÌNH THUẬN", "Số: 116/KH-UBND", "Bình Thuận, ngày 28 tháng 11 năm 2022", "KẾ HOẠCH",
        "Phát triển giáo dục nghề nghiệp năm 2023", "I. MỤC ĐÍCH, YÊU CẦU", "Nâng cao chất lượng đào tạo nghề.",
        "II. NHIỆM VỤ, GIẢI PHÁP", "Các nhiệm vụ cụ thể như sau:"]
TAIL = ["III. TỔ CHỨC THỰC HIỆN", "Các sở, ngành triển khai thực hiện."]
ROWS = [["I", "Công tác truyền thông", "", "", ""],
        ["1", "Tuyên truyền về giáo dục nghề nghiệp", "Sở Lao động - Thương binh và Xã hội",
         "Sở Thông tin và Truyền thông", "Quý II/2023"],
        ["2", "Tổ chức ngày hội tuyển sinh", "Sở Giáo dục và Đào tạo", "Sở Lao động - Thương binh và Xã hội, Tỉnh Đoàn",
         "Tháng 5/2023"]]
WANT = [("1", "Tuyên truyền về giáo dục nghề nghiệp", ["Sở Lao động - Thương binh và Xã hội"],
         ["Sở Thông tin và Truyền thông"], "Quý II/2023"),
        ("2", "Tổ chức ngày hội tuyển sinh", ["Sở Giáo dục và Đào tạo"], ["Sở Lao động - Thương binh và Xã hội",
                                                                          "Tỉnh Đoàn"], "Tháng 5/2023")]


def _got(tasks: list) -> list[tuple]:
    return [(t.number, t.title, t.lead, t.partners, t.timeline) for t in tasks]


@pytest.mark.parametrize("heading", [
    ["STT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian thực hiện"],
    ["STT | Nội dung nhiệm vụ | Cơ quan thực hiện |  | Thời gian thực hiện", " |  | Chủ trì | Phối hợp | "],  # DOCX
    ["STT | Nội dung nhiệm vụ | Cơ quan thực hiện | Thời gian thực hiện", " |  | Chủ trì | Phối hợp | "],  # .doc, RTF
    ["STT | Nội dung nhiệm vụ | Cơ quan thực hiện |  | Thời gian thực hiện", "Chủ trì | Phối hợp"],  # HTML
])
def test_a_task_tables_rows_are_tasks_under_any_shape_of_heading(heading: list[str]) -> None:
    lines = [*HEAD, *heading, *(" | ".join(r) for r in ROWS), *TAIL]
    assert _got(extract_plan("\n".join(lines)).tasks) == WANT
    assert [t.evidence.line_start for t in table_tasks(lines) if t.evidence] == [len(HEAD) + len(heading) + 2,
                                                                                  len(HEAD) + len(heading) + 3]


def test_a_table_that_lists_no_tasks_gives_none() -> None:
    """A targets table ("STT | Chỉ tiêu | Đơn vị tính | Năm 2023") and a header's two columns are no task tables."""
    lines = [*HEAD, "STT | Chỉ tiêu | Đơn vị tính | Năm 2023", "1 | Tuyển sinh | người | 1.300", *TAIL]
    assert table_tasks(lines) == [] and extract_plan("\n".join(lines)).tasks == []
    assert table_tasks(["ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: 1/KH-UBND | Hà Nội, ngày"]) == []


def test_the_same_task_table_in_every_office_format_gives_the_same_tasks(tmp_path: Path) -> None:
    d = docx.Document()
    for line in HEAD:
        d.add_paragraph(line)
    rows = [["STT", "Nội dung nhiệm vụ", "Cơ quan thực hiện", "", "Thời gian thực hiện"], ["", "", "Chủ trì",
                                                                                         "Phối hợp", ""], *ROWS]
    table = d.add_table(rows=len(rows), cols=5)
    table.style = "Table Grid"  # (ruled, as plans print their tables: a PDF's table is found by its lines)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if value:
                table.cell(r, c).text = value
    table.cell(0, 2).merge(table.cell(0, 3))  # (merged as Word merges: across, and down)
    for c in (0, 1, 4):
        table.cell(0, c).merge(table.cell(1, c))
    for line in TAIL:
        d.add_paragraph(line)
    d.save(str(tmp_path / "plan.docx"))
    assert _got(plan_from_file(tmp_path / "plan.docx").tasks) == WANT
    for fmt in ("doc", "odt", "rtf", "html", "pdf"):
        plan = plan_from_file(convert(tmp_path / "plan.docx", fmt))
        assert _got(plan.tasks) == WANT, fmt
        assert plan.document.number == "116/KH-UBND" and [s.kind for s in plan.sections][:2] == ["purpose", "tasks"]
