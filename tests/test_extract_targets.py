"""Target indicators: values, units, qualifiers, ranges, breakdowns, years, appendix rows."""

from __future__ import annotations

import pytest
from plan_texts import read_plan_text as _read

from vetplan.extract import extract_plan
from vetplan.extract.text import parse_vn_number


@pytest.mark.parametrize(
    ("s", "v"), [("224.500", 224500), ("72,2", 72.2), ("54,0", 54.0), ("1.050", 1050), ("365", 365), ("abc", None)]
)
def test_parse_vn_number(s: str, v: float | None) -> None:
    assert parse_vn_number(s) == v


def test_targets_002_inside_tasks_part() -> None:
    ts = extract_plan(_read("002_3303c71ebc34c61c.txt")).targets
    simple = [(t.value, t.unit, t.qualifier, t.year, t.label) for t in ts]
    assert simple == [
        (224500, "lượt người", "khoảng", 2022, None),
        (25000, "lượt người", None, 2022, "cao đẳng"),
        (28000, "lượt người", None, 2022, "trung cấp"),
        (171500, "lượt người", None, 2022, "sơ cấp và dưới 3 tháng"),
        (72.2, "%", "từ", 2022, None),
        (51.2, "%", "từ", 2022, None),
    ]
    assert all(t.source == "section" and t.evidence is not None for t in ts)
    assert ts[4].evidence.line_start == 33


def test_targets_003_objectives_and_phan_dau_elsewhere() -> None:
    ts = extract_plan(_read("003_6086171514853b72.txt")).targets
    assert (ts[0].value, ts[0].unit, ts[0].year) == (87, "%", 2024)
    assert ts[0].evidence is not None and ts[0].evidence.line_start == 34
    vals = [(t.value, t.qualifier) for t in ts]
    assert (10, "ít nhất") in vals and (50, "ít nhất") in vals and (30, None) in vals
    assert sum(1 for t in ts if t.evidence and t.evidence.line_start == 105) == 5
    assert all(t.unit == "%" for t in ts)


def test_targets_reference_000_section_and_appendix() -> None:
    ts = extract_plan(_read("000_663358d11c2db32e.txt", "ref")).targets
    sec = [t for t in ts if t.source == "section"]
    app = [t for t in ts if t.source == "appendix"]
    assert [(t.value, t.unit, t.label) for t in sec] == [
        (235000, "lượt người", None),
        (26000, "lượt người", "cao đẳng"),
        (30000, "lượt người", "trung cấp"),
        (179000, "lượt người", "sơ cấp và dưới 3 tháng"),
        (74.2, "%", None),
        (54.0, "%", None),
    ]
    assert all(t.year == 2024 for t in ts)
    assert len(app) == 36
    rows = {t.label: t for t in app}
    assert rows["Quận Đống Đa"].value == 1050 and rows["Quận Đống Đa"].unit == "người"
    assert rows["Huyện Ứng Hòa"].evidence is not None and rows["Huyện Ứng Hòa"].evidence.line_start == 582
    assert rows["Trình độ trung cấp"].value == 30000
    assert rows["Tỷ lệ lao động qua đào tạo"].value == 74.2


def test_targets_reference_004_year_from_intro() -> None:
    ts = extract_plan(_read("004_9189d18628ef2108.excerpt.txt", "ref")).targets
    assert [(t.value, t.unit, t.year) for t in ts] == [
        (100, "%", 2025),
        (100, "%", 2025),
        (40, "%", 2025),
        (30, "%", 2025),
    ]


PLAN = """Hà Nội, ngày 05 tháng 01 năm 2023
KẾ HOẠCH
Đào tạo nghề
I. MỤC TIÊU PHẤN ĐẤU
- Tỷ lệ lao động qua đào tạo trên 90%.
- Tỷ lệ học sinh học nghề 50%-55% đến năm 2025.
- Tỷ lệ có việc làm sau đào tạo đạt 120%.
- Tuyển sinh 1.200 người (cao đẳng 200, trung cấp 1.000).
- Phấn đấu tư vấn cho 10.000 lượt học sinh.
II. TỔ CHỨC THỰC HIỆN
1. Sở Lao động - Thương binh và Xã hội
- Chủ trì.
"""


def test_targets_handmade_qualifier_range_invalid_breakdown() -> None:
    r = extract_plan(PLAN)
    got = [(t.value, t.value_max, t.unit, t.qualifier, t.year, t.label) for t in r.targets]
    assert (90, None, "%", "trên", 2023, None) in got
    assert (50, 55, "%", None, 2025, None) in got
    assert (1200, None, "người", None, 2023, None) in got
    assert (200, None, "người", None, 2023, "cao đẳng") in got
    assert (1000, None, "người", None, 2023, "trung cấp") in got
    assert (10000, None, "lượt học sinh", None, 2023, None) in got
    bad = [t for t in r.targets if "120%" in t.text]
    assert bad and bad[0].value is None  # > 100 % dropped, kept as text
    assert any("120" in w or "percentage" in w for w in r.warnings)


def test_appendix_row_whose_value_lost_its_space() -> None:
    """A scan may glue a table row's value to its unit ("Người530", "%74,2") or leave a speck after it
    ("Người 200 ."): the row is still read."""
    text = ("KẾ HOẠCH\nAbc\nI. MỤC TIÊU\n- a.\nPHỤ LỤC\nChỉ tiêu năm 2024\n1 Quận Hoàng Mai Người 365\n"
            "2 Huyện Phúc Thọ Người530\nII Tỷ lệ lao động qua đào tạo %74,2\n3 Quận Hoàn Kiếm Người 200 .\n"
            "4 Huyện Đông Anh Người-1.056\n")
    got = [(t.label, t.value, t.unit) for t in extract_plan(text).targets]
    assert got == [("Quận Hoàng Mai", 365.0, "người"), ("Huyện Phúc Thọ", 530.0, "người"),
                   ("Tỷ lệ lao động qua đào tạo", 74.2, "%"), ("Quận Hoàn Kiếm", 200.0, "người"),
                   ("Huyện Đông Anh", 1056.0, "người")]


def test_a_speck_read_as_a_stop_between_a_number_and_its_unit() -> None:
    """"Tuyển sinh 5.500. người." (a scan's speck after the number): the target keeps its unit (it had been lost); a
    stop before a capital ends the sentence ("đạt 500. Người lao động …" has no unit)."""
    text = "KẾ HOẠCH\nAbc\nI. MỤC TIÊU\n- Tuyển sinh 5.500. người.\n- Tuyển sinh 200. Người học được hỗ trợ.\n"
    got = [(t.value, t.unit) for t in extract_plan(text).targets]
    assert (5500.0, "người") in got and (200.0, "người") not in got
    # or a hyphen for the space ("1.500-người"); a range's hyphen is still a range
    text = "KẾ HOẠCH\nAbc\nI. MỤC TIÊU\n- Tuyển sinh 1.500-người.\n- Tỷ lệ đạt 60-70%.\n"
    assert [(t.value, t.unit) for t in extract_plan(text).targets] == [(1500.0, "người"), (60.0, "%")]
    # or glued to the unit ("650.lao động")
    text = "KẾ HOẠCH\nAbc\nI. MỤC TIÊU\n- Đào tạo nghề cho 650.lao động nông thôn.\n"
    assert [(t.value, t.unit) for t in extract_plan(text).targets] == [(650.0, "lao động")]
    # or read as a comma where the unit ends the clause (fresh seed 1023 eng: "Tuyển sinh 5.300, người."); a comma
    # before more of a list stays the list's
    text = "KẾ HOẠCH\nAbc\nI. MỤC TIÊU\n- Tuyển sinh 5.300, người.\n- Hỗ trợ 1.200, người học và 300 lao động.\n"
    assert [(t.value, t.unit) for t in extract_plan(text).targets] == [(5300.0, "người"), (300.0, "lao động")]


def test_a_count_whose_thousands_a_comma_groups() -> None:
    """"1,750 lao động" (an English-style count, Tesseract-eng's reading of "1.750"): people, schools and classes are
    counted in wholes, so the comma groups thousands (it had been 1.75 workers, the target lost); a rate's or a sum's
    decimal comma stays ("2,5 tỷ đồng")."""
    text = "KẾ HOẠCH\nAbc\nI. MỤC TIÊU\n- Đào tạo nghề cho 1,750 lao động nông thôn.\n- Kinh phí 2,500 tỷ đồng.\n" \
        "- Tỷ lệ đạt 70,8%.\n"
    got = [(t.value, t.unit) for t in extract_plan(text).targets]
    assert (1750.0, "lao động") in got and (2.5, "tỷ đồng") in got and (70.8, "%") in got


def test_a_speck_glued_before_a_targets_number() -> None:
    """"- .Tuyển sinh.1.200 người." (vetplan's own OCR glued a speck between the word and the number): the target is
    read; a number's own thousands stop or decimal comma still opens no number ("1.200" is no "200")."""
    text = "KẾ HOẠCH\nAbc\nI. MỤC TIÊU\n- .Tuyển sinh.1.200 người.\n- Tỷ lệ lao động qua đào tạo đạt 62,5%.\n"
    got = [(t.value, t.unit) for t in extract_plan(text).targets]
    assert (1200.0, "người") in got and (62.5, "%") in got and (200.0, "người") not in got and (5.0, "%") not in got


def test_a_percentage_written_with_a_decimal_point() -> None:
    """"đạt 62.3%" (a scan, or text OCR'd with the English model, keeps the stop for the decimal comma: the target had
    been lost); a thousands stop still opens a count ("1.500 người"), not a percentage."""
    text = "KẾ HOẠCH\nAbc\nI. MỤC TIÊU\n- Tỷ lệ lao động qua đào tạo đạt 62.3%\n" \
           "- Tuyển sinh 1.500 người, gấp 2.5 lần.\n"
    assert [(t.value, t.unit) for t in extract_plan(text).targets] == [(62.3, "%"), (1500.0, "người")]


def test_a_rate_whose_percent_sign_a_scan_lost_and_a_colon_before_a_unit() -> None:
    """"Tỷ lệ lao động qua đào tạo đạt 66,9." (the "%" lost): a rate is a percentage; "650: lao động" (a speck before
    the unit). A count without a rate's words or unit stays none ("Số người đạt 50.")."""
    text = "KẾ HOẠCH\nAbc\nI. MỤC TIÊU\n- Tỷ lệ lao động qua đào tạo đạt 66,9.\n- Đào tạo nghề cho 650: lao động.\n" \
           "- Số người đạt 50.\n- Tỷ lệ hộ nghèo giảm 2\n"
    assert [(t.value, t.unit) for t in extract_plan(text).targets] == [(66.9, "%"), (650.0, "lao động")]
    # (a speck's stop between the rate's words, its % lost at the line's end: "- Tỷ. lệ lao động qua đào tạo đạt 78,3",
    # real Tesseract-eng on fresh seed 11474, the rate lost)
    speck = "KẾ HOẠCH\nAbc\nI. MỤC TIÊU\n- Tỷ. lệ lao động qua đào tạo đạt 78,3\n- Số người đạt 50.\n"
    assert [(t.value, t.unit) for t in extract_plan(speck).targets] == [(78.3, "%")]


def test_targets_from_tables_with_a_heading_row() -> None:
    """A targets table ("STT | Chỉ tiêu | Đơn vị tính | Năm 2023 | Năm 2024") gives a target per row and year column;
    a table by district ("STT | Đơn vị | Chỉ tiêu tuyển sinh (người)") one per row, its unit from the heading; a task
    table gives none. None had been read (a DOCX's, ODT's, .doc's, RTF's or HTML's table rows come as " | " rows)."""
    text = """ỦY BAN NHÂN DÂN TỈNH BÌNH THUẬN
Số: 116/KH-UBND
Bình Thuận, ngày 28 tháng 11 năm 2022
KẾ HOẠCH
Phát triển giáo dục nghề nghiệp năm 2023
I. MỤC TIÊU
Các chỉ tiêu cụ thể:
STT | Chỉ tiêu | Đơn vị tính | Năm 2023 | Năm 2024
1 | Tuyển sinh đào tạo nghề | Người | 5.000 | 5.500
2 | Tỷ lệ lao động qua đào tạo | % | 70 | 72,5
II. NHIỆM VỤ
STT | Nội dung nhiệm vụ | Cơ quan chủ trì | Thời gian thực hiện
1 | Tuyên truyền | Sở Lao động - Thương binh và Xã hội | Năm 2023
PHỤ LỤC
STT | Đơn vị | Chỉ tiêu tuyển sinh (người)
1 | Thành phố Phan Thiết | 1.200
2 | Huyện Tuy Phong | 800
"""
    got = [(t.label, t.value, t.unit, t.year, t.source, t.evidence.line_start if t.evidence else None)
           for t in extract_plan(text).targets]
    assert got == [("Tuyển sinh đào tạo nghề", 5000.0, "người", 2023, "section", 9),
                   ("Tuyển sinh đào tạo nghề", 5500.0, "người", 2024, "section", 9),
                   ("Tỷ lệ lao động qua đào tạo", 70.0, "%", 2023, "section", 10),
                   ("Tỷ lệ lao động qua đào tạo", 72.5, "%", 2024, "section", 10),
                   ("Thành phố Phan Thiết", 1200.0, "người", 2022, "appendix", 16),
                   ("Huyện Tuy Phong", 800.0, "người", 2022, "appendix", 17)]


def test_a_task_tables_money_is_no_target() -> None:
    """A task table's cost column ("Kinh phí (triệu đồng)") gives no targets, nor does a table that names agencies or
    times; a targets table's year column beside a cost column still does."""
    from vetplan.extract.targets import table_targets

    lines = ["STT | Nội dung nhiệm vụ | Kinh phí (triệu đồng) | Thời gian thực hiện",
             "1 | Tuyên truyền | 500 | Quý II/2023", "",
             "STT | Chỉ tiêu | Kinh phí (triệu đồng) | Đơn vị tính | Năm 2023", "1 | Tuyển sinh | 500 | người | 1.200"]
    assert [(t.label, t.value, t.unit, t.year) for t in table_targets(lines, 2023, [])] == [
        ("Tuyển sinh", 1200.0, "người", 2023)]


def test_a_two_word_unit_a_scans_hyphen_joined() -> None:
    """"Đào tạo nghề cho 1.450 .lao-động nông thôn" (fresh seed 1099 eng: the target had been lost) counts 1,450 "lao
    động"; a unit written right is read as before."""
    for line, want in (("- Đào tạo nghề cho 1.450 .lao-động nông thôn.", (1450.0, "lao động")),
                       ("- Tuyển sinh 500 học-sinh.", (500.0, "học sinh")),
                       ("- Tuyển sinh 500 học sinh.", (500.0, "học sinh"))):
        text = f"KẾ HOẠCH\nAbc\nI. MỤC TIÊU\n{line}\nII. NHIỆM VỤ\nabc\n"
        assert [(t.value, t.unit) for t in extract_plan(text).targets] == [want], line


def test_a_count_of_people_whose_thousands_stop_a_scan_lost_is_no_year() -> None:
    """"Tuyển Sinh 2000 người." (sample 000's engine on fresh seed 2605 eng000: the count's stop lost, the figure masked
    as a year, the target lost); "Đến năm 2025 người lao động …" keeps its year."""
    from vetplan.extract import extract_plan

    base = "KẾ HOẠCH\nAbc\nI. MỤC ĐÍCH\nx.\nII. CHỈ TIÊU\n{}\nIII. NHIỆM VỤ\n1. Làm\n- x.\n"
    assert [(t.value, t.unit) for t in extract_plan(base.format("- Tuyển Sinh 2000 người.")).targets] == \
        [(2000.0, "người")]
    got = extract_plan(base.format("- Đến năm 2025 người lao động qua đào tạo đạt 70%.")).targets
    assert [(t.value, t.unit, t.year) for t in got] == [(70.0, "%", 2025)]
